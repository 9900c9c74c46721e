#!/usr/bin/env bash
# Here, before a device run: pack the corpus, this machine's CPU output hashes
# and the pytest wheels into .gpu/ (git-ignored; carried with `carry: [".gpu"]`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .gpu/wheels
.venv/bin/python scripts/gpu_corpus.py --corpus .corpus/ll --write-hashes .gpu/cpu-hashes.txt --repeat 1 "$@"
(cd .corpus/ll && tar cf - ./*.ll | xz -T2 -6) > .gpu/corpus.tar.xz
.venv/bin/pip download -q pytest -d .gpu/wheels
du -sh .gpu
