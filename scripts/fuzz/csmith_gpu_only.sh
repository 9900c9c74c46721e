#!/usr/bin/env bash
# On the GPU machine, from the repository root: csmith_device.py check
# --gpu-only over each archive given (every program's GPU output against its
# CPU output), one after the other, while the time lasts; results to $OUT.
#   bash scripts/fuzz/csmith_gpu_only.sh SECONDS ARCHIVE...
# GPU_PROCESSES (default 4): gpuopt processes sharing the GPU.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
deadline=$(( $(date +%s) + $1 )); shift
if [ -f .gpu/kernel_cache.tar ] && [ ! -d ~/.cupy/kernel_cache ]; then
  mkdir -p ~/.cupy && tar xf .gpu/kernel_cache.tar -C ~/.cupy
fi
for archive in "$@"; do
  [ "$(date +%s)" -lt "$deadline" ] || { echo "out of time before $archive"; break; }
  name=$(basename "$archive" .tar.xz)
  timeout $(( deadline - $(date +%s) )) python scripts/fuzz/csmith_device.py check "$archive" \
    --out "${OUT:-/tmp/csmith-gpu}/$name" --no-ray --gpu 100000 --gpu-only --gpu-processes "${GPU_PROCESSES:-4}" 2>&1 | grep -E "GPU|CPU"
done
