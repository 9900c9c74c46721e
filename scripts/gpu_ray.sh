#!/usr/bin/env bash
# On a GPU machine of the device tool (one or more GPUs), from the repository
# root, with .gpu carried: Ray from .gpu/raysite.tar.xz (the machine has no
# package registry; pack it here with scripts/gpu_ray_prepare.sh), then
# bench/ray_scaling.py on the corpus (.gpu/corpus.tar.xz).
#   bash scripts/gpu_ray.sh COPIES "SYSTEMS" LABEL
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# NVLink multicast stays off (the device tool's KINDS.md says why)
export NCCL_NVLS_ENABLE=0 TORCH_SYMM_MEM_DISABLE_MULTICAST=1 NVSHMEM_DISABLE_NVLS=1
tar xJf .gpu/raysite.tar.xz -C /tmp
export PYTHONPATH=$PWD/src:$PWD/bench:/tmp/raysite PYTHONUNBUFFERED=1
nvidia-smi -L
python -c "import ray, cupy; print('ray', ray.__version__, 'GPUs', cupy.cuda.runtime.getDeviceCount())"
if [ -f .gpu/kernel_cache.tar ] && [ ! -d ~/.cupy/kernel_cache ]; then
  mkdir -p ~/.cupy && tar xf .gpu/kernel_cache.tar -C ~/.cupy
fi
warm=$(mktemp -d)
tar xJf .gpu/corpus.tar.xz -C "$warm" ./csmith-13.ll ./zlib.ll
start=$(date +%s)
python -m gpuopt --device gpu -passes='function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)' \
  "$warm/csmith-13.ll" "$warm/zlib.ll" -disable-output
echo "kernels warmed in $(( $(date +%s) - start )) s"
python bench/ray_scaling.py --pool .gpu/corpus.tar.xz --copies "${1:-1}" \
  --systems "${2:-plain gpu,ray gpu x2,ray gpu x1,ray cpu,plain cpu}" --label "${3:-gpu}" \
  --machine "$(nvidia-smi -L | wc -l) x $(nvidia-smi --query-gpu=name --format=csv,noheader | head -1), $(nproc) cores" \
  --out "${OUT:-/tmp/out}"
(cd ~/.cupy && tar cf "${OUT:-/tmp/out}/kernel_cache.tar" kernel_cache)
