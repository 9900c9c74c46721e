"""How long a batch's text work takes: joining its modules into one text
(ir/join.py ``join``) and cutting the printed result back (``split``),
without reading or passes in between (the joined text is read and printed
once, untimed, to have items to cut).

    python bench/join_time.py [--rounds N] FILE.ll...

Runs on the worker processes as a batch run does (parallel.py); prints the
seconds of each round and the cores.  Run it with ``PYTHONPATH`` naming
another tree's ``src`` to time that tree's code on the same machine.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path

from gpuopt import parallel
from gpuopt.ir.join import join, split
from gpuopt.ir.printer import print_items
from gpuopt.ir.reader import read_module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = [path.read_text() for path in args.files]
    joined = join(texts)
    items = print_items(read_module(joined.text, "<batch>"))
    cut = hashlib.sha256("".join(split(items, joined)).encode()).hexdigest()[:16]
    whole = hashlib.sha256(joined.text.encode()).hexdigest()[:16]
    print(f"{len(texts)} modules, {sum(map(len, texts)) / 1e6:.1f} MB, "
          f"{parallel.cores()} cores; joined {whole}, cut back {cut}")
    for round_ in range(args.rounds):
        start = time.perf_counter()
        joined = join(texts)
        joining = time.perf_counter() - start
        start = time.perf_counter()
        split(items, joined)
        cutting = time.perf_counter() - start
        print(f"round {round_ + 1}: join {joining:.2f} s, cut back {cutting:.2f} s")


if __name__ == "__main__":
    main()
