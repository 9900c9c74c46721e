#!/usr/bin/env bash
# The whole test suite, set-up included (README's second command; .ci/run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/setup.sh
.venv/bin/ruff check src tests scripts bench
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
