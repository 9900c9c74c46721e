#!/usr/bin/env bash
# On the GPU machine (the device tool), from the repository root:
#   the backend-parametrised tests with CuPy, then CPU against GPU on the whole
#   corpus, compared byte for byte with each other and with this repository's
#   CPU hashes.  Needs .gpu/ carried: corpus.tar.xz, cpu-hashes.txt and wheels/
#   (pytest), made by scripts/gpu_prepare.sh on a machine with the corpus.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PYTHONPATH=$PWD/src PYTHONUNBUFFERED=1
python -c 'import pytest' 2>/dev/null || pip install -q --no-index --find-links .gpu/wheels pytest
python -c 'import cupy, numpy; print("cupy", cupy.__version__, "numpy", numpy.__version__, "devices", cupy.cuda.runtime.getDeviceCount())'
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
out=${OUT:-/tmp/gpu-check}
mkdir -p "$out"
status=0
python -m pytest -q -p no:cacheprovider tests/test_backends.py tests/test_instsimplify_semantics.py \
  tests/test_dominators.py 2>&1 | tee "$out/pytest.log" || status=1
corpus=$(mktemp -d)
tar xJf .gpu/corpus.tar.xz -C "$corpus"
number=0
while read -r pipeline; do
  number=$((number + 1))
  python scripts/gpu_corpus.py --corpus "$corpus" --pipeline "$pipeline" \
    --hashes ".gpu/cpu-hashes-$number.txt" "$@" 2>&1 | tee "$out/corpus-$number.log" || status=1
done < scripts/gpu_pipelines.txt
exit $status
