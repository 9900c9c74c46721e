#!/usr/bin/env bash
# Prepare this checkout on a fresh Debian 12 machine: LLVM 22 and the tools the
# tests use from Debian, then a .venv at the repository root with gpuopt
# installed in editable mode.  Safe to run again: it only does what is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=()
command -v clang-22 >/dev/null || packages+=(clang-22)
command -v opt-22 >/dev/null || packages+=(llvm-22)
[ -x /usr/lib/llvm-22/bin/FileCheck ] || packages+=(llvm-22-tools)
command -v csmith >/dev/null || packages+=(csmith)
[ -d /usr/include/csmith ] || packages+=(libcsmith-dev)
command -v dot >/dev/null || packages+=(graphviz)            # --report's CFG drawings
[ -x /usr/bin/chromium ] || packages+=(chromium)             # tests/test_report.py renders the report
command -v python3 >/dev/null || packages+=(python3)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing ${packages[*]} from Debian" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import gpuopt, pytest, ruff, rich, watchfiles, pycozo, cozo_embedded, z3, hypothesis, atheris' 2>/dev/null; then
  echo "setup: creating .venv with gpuopt (pip install -e '.[dev]')" >&2
  python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip >/dev/null
  .venv/bin/pip install -q -e '.[dev]'
fi
