#!/bin/bash
# CPU against GPU on the same random IR modules: gpuopt's outputs must be byte-identical.
# Run on the GPU machine from the repository root (needs only Python, NumPy and CuPy):
#   bash scripts/fuzz/gpu_compare.sh [COUNT] [SEED] [WORK] [EXTRA_INPUT_DIR]
# EXTRA_INPUT_DIR: more .ll files to compare (e.g. csmith modules kept with --write-modules).
set -euo pipefail
count=${1:-10000}
seed=${2:-1}
work=${3:-/tmp/gpuopt-gpu-compare}
extra=${4:-}
pipeline='function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)'
export PYTHONPATH=$PWD/src
rm -rf "$work" && mkdir -p "$work/in" "$work/cpu" "$work/gpu"
start=$(date +%s)
python scripts/fuzz/differential.py --random-ir "$count" --seed "$seed" --generate-only "$work/in"
if [ -n "$extra" ]; then cp "$extra"/*.ll "$work/in/"; fi
echo "generated $(ls "$work/in" | wc -l) modules in $(( $(date +%s) - start )) s"
# CPU: batches of 500 modules, one process per core
start=$(date +%s)
find "$work/in" -name '*.ll' | sort | xargs -P "$(nproc)" -n 500 \
  python -m gpuopt --device cpu -S "-passes=$pipeline" --output-dir "$work/cpu"
echo "cpu: $(( $(date +%s) - start )) s"
# GPU: batches of 2000 modules, one process at a time
start=$(date +%s)
find "$work/in" -name '*.ll' | sort | xargs -n 2000 \
  python -m gpuopt --device gpu -S "-passes=$pipeline" --output-dir "$work/gpu"
echo "gpu: $(( $(date +%s) - start )) s"
python scripts/fuzz/differential.py compare-outputs "$work/cpu" "$work/gpu"
