"""Translation checks over the per-pass test set: every pipeline named in a
tests/lit file's RUN lines is run by gpuopt (in process) on that file, and
each drivable function of the original is compared with its optimized
version on many inputs under lli-22 (see translation.py).

    python scripts/fuzz/translation_check.py [FILES...] [--inputs 1000] [--seed 1]
        [--pipeline 'function(sroa,instcombine,...)']

To reduce a mismatch (the test gets the candidate file as its last argument):

    llvm-reduce-22 --test=$(which python) --test-arg=scripts/fuzz/translation_check.py \
        --test-arg=--interesting --test-arg=--inputs=300 --test-arg=--pipeline=PIPELINE \
        bad.ll -o reduced.ll

With no FILES: all of tests/lit/*.ll.  Prints one line per file and pipeline,
the mismatches, and a summary; exits 1 when there is a mismatch.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translation import Report, run_check

ROOT = Path(__file__).resolve().parents[2]


def pipelines(path: Path) -> list[str]:
    """The distinct -passes= texts of ``path``'s RUN lines that print IR."""
    found: list[str] = []
    for line in path.read_text().splitlines():
        if not line.startswith("; RUN:") or "gpuopt" not in line or "-disable-output -" in line:
            continue
        command = line.split("|")[0]
        if "-disable-output" in command:
            continue
        match = re.search(r"-passes=('[^']*'|\S+)", command)
        if match and match.group(1).strip("'") not in found:
            found.append(match.group(1).strip("'"))
    return found


def optimize(text: str, pipeline: str) -> str:
    """gpuopt's output for ``text`` under ``pipeline``, run in this process."""
    from gpuopt.cli import Streams, run_guarded

    stdout, stderr = io.StringIO(), io.StringIO()
    status = run_guarded(["-S", f"-passes={pipeline}", "-"],
                 Streams(io.BytesIO(text.encode()), stdout, stderr))
    if status:
        raise RuntimeError(f"gpuopt -passes={pipeline} failed: {stderr.getvalue()}")
    return stdout.getvalue()


def check_files(paths: list[Path], inputs: int, seed: int, verbose: bool = True,
                pipeline_override: str | None = None) -> Report:
    total = Report()
    for path in paths:
        original = path.read_text()
        for pipeline in [pipeline_override] if pipeline_override else pipelines(path):
            report = run_check(original, optimize(original, pipeline), inputs=inputs, seed=seed)
            total.add(report)
            if verbose:
                print(f"{path.name} [{pipeline}]: {len(report.checked)} checked, "
                      f"{sum(report.skipped.values())} skipped, {report.compared} inputs "
                      f"compared, {report.ub_inputs} ub, {len(report.mismatches)} mismatches, "
                      f"{report.introduced_inputs} with UB only after", flush=True)
                for line in report.mismatches + report.introduced + report.failures:
                    print(f"  {line}", flush=True)
    return total


def summary(report: Report) -> str:
    lines = [f"functions checked: {len(report.checked)} ({len(report.never_compared)} of them "
             f"with every input a UB input)",
             f"functions skipped: {sum(report.skipped.values())}"]
    lines += [f"  {count:4d}  {reason}" for reason, count in report.skipped.most_common()]
    lines += [f"inputs run: {report.inputs}", f"inputs compared: {report.compared}",
              f"ub inputs excluded: {report.ub_inputs}"]
    lines += [f"  {count:6d}  {reason}" for reason, count in Counter(
        report.ub_reasons).most_common()]
    lines += [f"mismatches: {len(report.mismatches)}",
              f"inputs where only the optimized code has immediate UB: "
              f"{report.introduced_inputs}",
              f"checker failures: {len(report.failures)}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pipeline", default=None,
                        help="run this pipeline on every file instead of its RUN lines' ones")
    parser.add_argument("--interesting", action="store_true",
                        help="llvm-reduce's interestingness test: print nothing, exit 0 when "
                             "a mismatch or UB only after remains, 1 otherwise")
    options = parser.parse_args()
    paths = options.files or sorted((ROOT / "tests" / "lit").glob("*.ll"))
    if options.interesting:
        try:
            report = check_files(paths, options.inputs, options.seed, verbose=False,
                                 pipeline_override=options.pipeline)
        except (RuntimeError, OSError):
            return 1
        return 0 if report.mismatches or report.introduced else 1
    try:
        report = check_files(paths, options.inputs, options.seed,
                             pipeline_override=options.pipeline)
    except (RuntimeError, OSError) as error:
        print(f"translation_check: error: {error}", file=sys.stderr)
        return 1
    print(summary(report))
    return 1 if report.mismatches or report.introduced else 0


if __name__ == "__main__":
    sys.exit(main())
