"""Coverage-guided fuzzing (atheris, libFuzzer) of the reader, the pipeline
parser and the command.

    python scripts/fuzz/fuzz_reader.py --seeds DIR          # write the seed corpus
    python scripts/fuzz/fuzz_reader.py DIR -runs=1000000 -max_len=4096 \\
        -timeout=10 -rss_limit_mb=2048
    python scripts/fuzz/fuzz_reader.py --reader-only DIR ...   # no passes: faster
    GPUOPT_FUZZ_COLLECT=CRASHES python scripts/fuzz/fuzz_reader.py DIR ...

Each input is raw bytes, taken as an input file is: decoded as the command
decodes a file (NUL bytes, invalid UTF-8 and bitcode are errors), then read
with ``read_module``.  A ``-passes=`` in the input's first line (the lit
tests' RUN lines have one) is given to the pipeline parser and the pass
registry; every input whose module reads and whose pipeline parses also runs
through the whole command in process (``cli.run_guarded`` on standard input),
so the passes see every module the mutations make valid.  An outcome other
than a module, an output or a ``UserError`` is a crash: any other exception,
or a report that calls itself a gpuopt bug.  libFuzzer's ``-timeout`` makes a
slow input a crash, ``-rss_limit_mb`` a large one.

Seeds: the lit tests (tests/lit/*.ll) and the small modules of the real
corpus (/work/main/.corpus/ll, or the folder named by GPUOPT_CORPUS).
docs/fuzzing-input.md says how to run it and what it has found.
"""

from __future__ import annotations

import io
import os
import re
import sys
import traceback
from pathlib import Path

import atheris

# Coverage of the code that reads input; the passes run uninstrumented (their
# array code has little branching for coverage to guide, and costs time).
with atheris.instrument_imports(include=["gpuopt.cli", "gpuopt.diagnostics", "gpuopt.ir",
                                         "gpuopt.passes"]):
    from gpuopt import cli
    from gpuopt.diagnostics import UserError
    from gpuopt.ir.reader import read_module
    from gpuopt.passes.manager import build_plan

ROOT = Path(__file__).resolve().parents[2]
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
_PASSES = re.compile(rb"-passes=('[^'\n]*'|\S*)")
# Seeds beyond this size would be cut to -max_len anyway.
SEED_BYTES = 16384
# GPUOPT_FUZZ_COLLECT=DIR: keep each distinct crash's input there and go on
# fuzzing (a first sweep); unset, the first crash stops libFuzzer as usual.
# --reader-only: decoding, the reader and the pipeline parser, not the passes
# (a valid module's passes take 100 times as long as reading it).
RUN_COMMAND = True
COLLECT = Path(os.environ["GPUOPT_FUZZ_COLLECT"]) if os.environ.get("GPUOPT_FUZZ_COLLECT") \
    else None


def pipeline_of(data: bytes) -> str:
    """The pipeline text of a ``-passes=`` in the first line, else the standard one."""
    match = _PASSES.search(data.split(b"\n", 1)[0])
    if match is None:
        return STANDARD
    return match.group(1).strip(b"'").decode("utf-8", "replace")


def one_input(data: bytes) -> None:
    if COLLECT is None:
        check_input(data)
        return
    try:
        check_input(data)
    except Exception as failure:  # every crash is kept, then fuzzing goes on
        collect(data, failure)


def collect(data: bytes, failure: Exception) -> None:
    """Keep the first input of each distinct crash (exception type and the
    innermost gpuopt frame) in the folder COLLECT names."""
    assert COLLECT is not None
    frames = [frame for frame in traceback.extract_tb(failure.__traceback__)
              if "gpuopt" in frame.filename]
    where = f"{Path(frames[-1].filename).stem}-{frames[-1].lineno}" if frames else "top"
    path = COLLECT / f"{type(failure).__name__}-{where}"
    if not path.exists():
        path.write_bytes(data)
        (COLLECT / f"{path.name}.txt").write_text("".join(
            traceback.format_exception(failure)))


def check_input(data: bytes) -> None:
    try:
        text, name = cli.read_source("-", io.BytesIO(data))
    except UserError:
        return
    passes = pipeline_of(data)
    try:
        build_plan(passes)
    except UserError:
        passes = STANDARD
    try:
        read_module(text, name)
    except UserError:
        return
    if not RUN_COMMAND:
        return
    stdout, stderr = io.StringIO(), io.StringIO()
    status = cli.run_guarded(["-S", f"-passes={passes}", "-"],
                             cli.Streams(io.BytesIO(data), stdout, stderr))
    if "gpuopt bug" in stderr.getvalue():
        raise RuntimeError(stderr.getvalue())
    if status not in (0, 1) or (status == 1 and not stderr.getvalue()):
        raise RuntimeError(f"exit status {status}: {stderr.getvalue()!r}")


def write_seeds(directory: Path) -> int:
    corpus = Path(os.environ.get("GPUOPT_CORPUS", "/work/main/.corpus/ll"))
    paths = sorted((ROOT / "tests" / "lit").glob("*.ll"))
    if corpus.is_dir():
        paths += sorted(path for path in corpus.glob("*.ll")
                        if path.stat().st_size <= SEED_BYTES)
    directory.mkdir(parents=True, exist_ok=True)
    for path in paths:
        (directory / path.name).write_bytes(path.read_bytes())
    return len(paths)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        count = write_seeds(Path(sys.argv[2]))
        print(f"{count} seeds in {sys.argv[2]}")
        return
    if COLLECT is not None:
        COLLECT.mkdir(parents=True, exist_ok=True)
    global RUN_COMMAND
    if "--reader-only" in sys.argv:
        sys.argv.remove("--reader-only")
        RUN_COMMAND = False
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
