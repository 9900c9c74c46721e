#!/usr/bin/env bash
# On the GPU machine (the device tool), from the repository root, with .gpu
# carried (scripts/gpu_prepare.sh): the whole corpus as ONE batch on the GPU
# (modules joined into shared launches), directly and through a warm
# `gpuopt serve --device gpu`, each output's hash compared with this
# repository's CPU hashes of each module optimized alone.
#   bash scripts/gpu_batch_check.sh [HASHES [PIPELINE]]
#   (default .gpu/cpu-hashes-3.txt and the standard pipeline; HASHES are of PIPELINE's outputs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PYTHONPATH=$PWD/src PYTHONUNBUFFERED=1
hashes=${1:-.gpu/cpu-hashes-3.txt}
pipeline=${2:-'function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)'}
echo "pipeline: $pipeline"
if [ -f .gpu/kernel_cache.tar ] && [ ! -d ~/.cupy/kernel_cache ]; then
  mkdir -p ~/.cupy && tar xf .gpu/kernel_cache.tar -C ~/.cupy
fi
corpus=$(mktemp -d)
tar xJf .gpu/corpus.tar.xz -C "$corpus"
echo "corpus: $(ls "$corpus"/*.ll | wc -l) modules, $(du -sh "$corpus" | cut -f1)"
status=0
check() {  # $1: label, $2: output folder
  (cd "$2" && sha256sum -- *.ll) | awk '{print $2, $1}' | sort > "$2.hashes"
  if sort "$hashes" | diff -q - "$2.hashes" >/dev/null; then
    echo "$1: all $(wc -l < "$2.hashes") outputs identical to the CPU's"
  else
    echo "$1: DIFFERENT from the CPU:"; sort "$hashes" | diff - "$2.hashes" | head; status=1
  fi
}
direct=$(mktemp -d)
start=$(date +%s.%N)
python -m gpuopt -passes="$pipeline" --device gpu -time-passes "$corpus"/*.ll \
  --output-dir "$direct" 2> "$direct.log"
echo "direct batch on the GPU: $(python -c "print(round($(date +%s.%N) - $start, 2))") s wall"
grep -E "Total Execution|Pass\$|read\$|print\$|to device|to host|device:" "$direct.log" | head -20
check "direct GPU batch" "$direct"
socket=/tmp/gpuopt-check.sock
python -m gpuopt serve --socket "$socket" --device gpu --warm "$corpus/csmith-13.ll" 2> /tmp/serve.log &
for _ in $(seq 600); do [ -S "$socket" ] && break; sleep 0.2; done
served=$(mktemp -d)
start=$(date +%s.%N)
python -m gpuopt --server="$socket" -passes="$pipeline" "$corpus"/*.ll --output-dir "$served"
echo "batch through the warm server: $(python -c "print(round($(date +%s.%N) - $start, 2))") s wall"
check "server GPU batch" "$served"
python -m gpuopt serve --socket "$socket" --stop
exit $status
