#!/usr/bin/env bash
# The command fuzzer (scripts/fuzz/fuzz_reader.py, with the passes) on the GPU
# machine's cores: one libFuzzer process per core on one shared corpus, each
# collecting its crashes (GPUOPT_FUZZ_COLLECT) and going on.  The machine has
# no package registry, so atheris for its Python comes packed from here:
#   here:  pip download atheris==3.0.0 --python-version 3.12 --only-binary=:all: \
#            --platform manylinux2014_x86_64 -d W; unzip the wheel, keep atheris/
#            (native and core_with_libfuzzer), tar -cJf .gpu/fuzz/atheris312.tar.xz atheris
#          tar -C FUZZDIR -cJf .gpu/fuzz/fuzz-corpus.tar.xz corpus_cmd seeds
#   there: bash scripts/fuzz/fuzz_device.sh PROCESSES RUNS_EACH SECONDS_EACH
# Writes each process's log, the crashes and a summary (fuzz-summary.txt) to $OUT.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
processes=$1 runs=$2 seconds=$3
out=${OUT:-/tmp/fuzz-out}
work=$(mktemp -d)
mkdir -p "$out" "$work/site"
tar xJf .gpu/fuzz/atheris312.tar.xz -C "$work/site"
tar xJf .gpu/fuzz/fuzz-corpus.tar.xz -C "$work"
export PYTHONPATH=$PWD/src:$work/site PYTHONUNBUFFERED=1
python -c "import atheris" || exit 1
start=$(date +%s)
for k in $(seq "$processes"); do
  mkdir -p "$out/crashes-$k"
  GPUOPT_FUZZ_COLLECT=$out/crashes-$k python scripts/fuzz/fuzz_reader.py "$work/corpus_cmd" \
    "$work/seeds" -runs="$runs" -max_total_time="$seconds" -max_len=4096 -timeout=20 \
    -rss_limit_mb=2560 -seed="$k" > "$out/fuzz-$k.log" 2>&1 &
done
wait
{
  echo "processes: $processes, -runs=$runs, -max_total_time=$seconds, wall $(( $(date +%s) - start )) s"
  total=0
  for k in $(seq "$processes"); do
    done_line=$(grep -E "^Done [0-9]+ runs" "$out/fuzz-$k.log" | tail -1)
    last=$(grep -oE "^#[0-9]+" "$out/fuzz-$k.log" | tail -1 | tr -d '#')
    count=$(echo "$done_line" | grep -oE "[0-9]+" | head -1)
    count=${count:-${last:-0}}
    total=$(( total + count ))
    echo "process $k: ${done_line:-no Done line (last #$last)}; $(grep -cE "ERROR: libFuzzer|==ERROR" "$out/fuzz-$k.log") libFuzzer errors"
  done
  echo "inputs run: $total"
  echo "crashes kept: $(find "$out"/crashes-* -type f ! -name '*.txt' | wc -l)"
  find "$out"/crashes-* -type f ! -name '*.txt' -printf '  %f\n' | sort | uniq -c
  echo "corpus now: $(ls "$work/corpus_cmd" | wc -l) inputs"
} | tee "$out/fuzz-summary.txt"
