#!/usr/bin/env bash
# On the GPU machine (the device tool), from the repository root, with
# .gpu/corpus.tar.xz (and .gpu/kernel_cache.tar) carried: the corpus as one
# batch on the GPU, end to end, under cProfile; writes the profile and its
# listings by own and by cumulative time to $OUT (batch.prof, prof.txt), and
# the -time-passes tables to $OUT/prof-time.log.
#   bash scripts/gpu_profile_batch.sh [TOP]   (TOP: lines per listing, default 60)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
top=${1:-60}
out=${OUT:-/tmp/profile-out}
mkdir -p "$out"
export PYTHONPATH=$PWD/src PYTHONUNBUFFERED=1
if [ -f .gpu/kernel_cache.tar ] && [ ! -d ~/.cupy/kernel_cache ]; then
  mkdir -p ~/.cupy && tar xf .gpu/kernel_cache.tar -C ~/.cupy
fi
corpus=$(mktemp -d) outputs=$(mktemp -d)
tar xJf .gpu/corpus.tar.xz -C "$corpus"
start=$(date +%s.%N)
python -m cProfile -o "$out/batch.prof" -m gpuopt \
  -passes='function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)' \
  --device gpu -time-passes "$corpus"/*.ll --output-dir "$outputs" 2> "$out/prof-time.log"
echo "the batch under cProfile: $(python -c "print(round($(date +%s.%N) - $start, 1))") s"
python - "$out/batch.prof" "$top" > "$out/prof.txt" <<'PY'
import pstats, sys
stats = pstats.Stats(sys.argv[1])
stats.sort_stats("tottime").print_stats(int(sys.argv[2]))
stats.sort_stats("cumulative").print_stats(2 * int(sys.argv[2]))
PY
