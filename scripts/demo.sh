#!/usr/bin/env bash
# The README's first command: set up, build Lua 5.4 to LLVM IR from Debian's
# source package, optimize it with gpuopt, and print a before/after report.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
.venv/bin/python scripts/corpus/build_corpus.py --only lua5.4 >&2
exec .venv/bin/python scripts/demo.py
