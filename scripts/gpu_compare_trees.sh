#!/usr/bin/env bash
# On the GPU machine (the device tool), from the repository root, with .gpu
# carried: the corpus as one batch on the GPU (end to end, text in and out,
# process start included), by an older source tree and by this one, in
# alternating rounds on the same machine, so that a change is measured
# without the spread between machines.  Every output is compared with the
# CPU hashes.  Prints one line per run and the phase tables to $OUT.
#   bash scripts/gpu_compare_trees.sh BEFORE.tar.gz ROUNDS HASHES
#   (BEFORE.tar.gz: `git archive COMMIT src | gzip`; HASHES: "name sha256" lines)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
before_tar=$1 rounds=$2 hashes=$3
out=${OUT:-/tmp/compare-out}
mkdir -p "$out"
export PYTHONUNBUFFERED=1
pipeline='function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)'
if [ -f .gpu/kernel_cache.tar ] && [ ! -d ~/.cupy/kernel_cache ]; then
  mkdir -p ~/.cupy && tar xf .gpu/kernel_cache.tar -C ~/.cupy
fi
corpus=$(mktemp -d) before=$(mktemp -d)
tar xJf .gpu/corpus.tar.xz -C "$corpus"
tar xzf "$before_tar" -C "$before"
echo "corpus: $(ls "$corpus"/*.ll | wc -l) modules; GPU: $(nvidia-smi --query-gpu=name --format=csv,noheader)"
status=0
run() {  # $1: label, $2: source root, $3: round
  local dir; dir=$(mktemp -d)
  local start; start=$(date +%s.%N)
  PYTHONPATH=$2/src python -m gpuopt -passes="$pipeline" --device gpu -time-passes \
    "$corpus"/*.ll --output-dir "$dir" 2> "$out/$1-$3.log"
  local wall; wall=$(python -c "print(round($(date +%s.%N) - $start, 1))")
  (cd "$dir" && sha256sum -- *.ll) | awk '{print $2, $1}' | sort > "$dir.hashes"
  local same=identical
  if ! sort "$hashes" | diff -q - "$dir.hashes" >/dev/null; then
    same=DIFFERENT; status=1; sort "$hashes" | diff - "$dir.hashes" | head -5
  fi
  local passes; passes=$(grep -m1 -E "Total Execution Time" "$out/$1-$3.log" | head -1)
  echo "$1 round $3: ${wall} s wall; outputs $same; ${passes}"
  rm -rf "$dir"
}
for round in $(seq "$rounds"); do
  run before "$before" "$round"
  run after "$PWD" "$round"
done
exit $status
