#!/usr/bin/env bash
# Here, before a device run of bench/time_passes_gpu.py: copy a spread of corpus
# modules, small to large, xz-compressed (the carry limit is 64 MiB), into
# .gpu/time-passes/ (git-ignored; carried with `carry: [".gpu"]`), with the
# commit they were prepared at (the device machine has no .git).
#   bash scripts/gpu_prepare_time.sh [MODULE ...]   # names under .corpus/ll, no .ll
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
default="csmith-13 csmith-1 csmith-4 csmith-38 zlib bzip2 rust-collections aho_corasick \
lua5.4 regex_syntax regex"
modules=${*:-$default}
rm -rf .gpu/time-passes
mkdir -p .gpu/time-passes
for name in $modules; do
  xz -T2 -6 -c ".corpus/ll/$name.ll" > ".gpu/time-passes/$name.ll.xz"
done
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- || commit="$commit (plus uncommitted changes)"
echo "$commit" > .gpu/time-passes/COMMIT
du -sh .gpu/time-passes
