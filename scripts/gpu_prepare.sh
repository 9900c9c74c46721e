#!/usr/bin/env bash
# Here, before a device run: pack the corpus, this machine's CPU output hashes,
# the pytest wheels and the pass-time inputs into .gpu/ (git-ignored; carried
# with `carry: [".gpu"]`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p .gpu/wheels
number=0
while read -r pipeline; do  # one hash file per pipeline of scripts/gpu_pipelines.txt
  number=$((number + 1))
  .venv/bin/python scripts/gpu_corpus.py --corpus .corpus/ll --pipeline "$pipeline" \
    --write-hashes ".gpu/cpu-hashes-$number.txt" --repeat 1 "$@"
done < scripts/gpu_pipelines.txt
(cd .corpus/ll && tar cf - ./*.ll | xz -T2 -6) > .gpu/corpus.tar.xz
.venv/bin/pip download -q pytest -d .gpu/wheels
bash scripts/gpu_prepare_time.sh  # .gpu/time-passes/ for bench/time_passes_gpu.py
du -sh .gpu
