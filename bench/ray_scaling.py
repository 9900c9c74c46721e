"""``gpuopt --ray`` against the plain batch path, and its scaling over GPUs
and CPU workers, in one run on one machine.

The batch is the corpus (a folder of .ll or a .tar/.tar.xz), repeated
``--copies`` times with every defined symbol of each copy renamed (``@f`` ->
``@c1.f``), so that no two functions are the same text: a ``--ray`` run looks
each function up by its text and would otherwise optimize a copy once.  Every
system turns the whole batch from text to optimized text in one command,
process start (and, for ``--ray``, the local cluster's start) included,
timed from outside:

- ``plain gpu``: ``gpuopt --device gpu`` on one GPU (the batch path);
- ``ray gpu xK``: ``gpuopt --ray --device gpu`` with K GPUs visible (one
  worker per GPU);
- ``plain cpu`` and ``ray cpu xN``: the same on the CPU (N workers: the
  machine's cores).

From -time-passes it keeps the pass total (summed over workers) and, for
``--ray``, the wall clock of the shards on the cluster (the distributed part,
without process and cluster start).  Every output folder is hashed: all must
be byte-identical.  Results: ``ray_scaling-<label>-<date>.md`` and ``.json``::

    python bench/ray_scaling.py --pool .gpu/corpus.tar.xz --copies 2 \\
        --systems "plain gpu,ray gpu x1,ray gpu x2,ray cpu" --label h200x2 --out DIR
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from results_file import commit
from scale import load_pool, output_digest

ROOT = Path(__file__).resolve().parent.parent
STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
INSTRUCTION = re.compile(rb"^  [^ ;#}]", re.MULTILINE)
PASS_TOTAL = re.compile(r"Pass execution timing report.*?Total Execution Time: ([0-9.]+)",
                        re.DOTALL)
SHARDS = re.compile(r"([0-9.]+) \([ 0-9.]+%\)  shards on the cluster, wall clock")
DEFINED = re.compile(rb"^(?:define [^@\n]*@|@)([A-Za-z_.$][-A-Za-z_.$0-9]*)", re.MULTILINE)


def renamed_copy(text: bytes, copy: int) -> bytes:
    """``text`` with each symbol it defines renamed ``@cK.name`` (declarations
    and intrinsics keep their names: they name code outside the module)."""
    if copy == 0:
        return text
    names = sorted(set(DEFINED.findall(text)), key=len, reverse=True)
    if not names:
        return text
    pattern = re.compile(rb"@(" + b"|".join(re.escape(name) for name in names)
                         + rb")(?![-A-Za-z_.$0-9])")
    return pattern.sub(lambda match: b"@c%d." % copy + match[1], text)


def batch(pool: Path, copies: int, into: Path) -> tuple[list[Path], int]:
    sources = [path for path, _ in load_pool(pool, into)]
    (into / "batch").mkdir()
    files, instructions = [], 0
    for copy in range(copies):
        for source in sources:
            text = renamed_copy(source.read_bytes(), copy)
            path = into / "batch" / f"c{copy}-{source.name}"
            path.write_bytes(text)
            files.append(path)
            instructions += len(INSTRUCTION.findall(text))
    return files, instructions


def run_system(name: str, files: list[Path], out: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    argv = [sys.executable, "-m", "gpuopt", f"-passes={STANDARD}", "-time-passes"]
    words = name.split()
    argv += ["--device", words[1]]
    if words[0] == "ray":
        argv.append("--ray")
    if words[1] == "gpu":
        count = int(words[2][1:]) if len(words) > 2 else 1
        env["CUDA_VISIBLE_DEVICES"] = ",".join(str(index) for index in range(count))
    out.mkdir()
    start = time.perf_counter()
    result = subprocess.run([*argv, *map(str, files), "--output-dir", str(out)], env=env,
                            capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    (out.parent / f"stderr-{out.name}.txt").write_text(result.stderr)  # the phase tables
    if result.returncode != 0:
        return {"system": name, "error": result.stderr[-2000:]}
    passes = PASS_TOTAL.search(result.stderr)
    shards = SHARDS.search(result.stderr)
    return {"system": name, "seconds": round(seconds, 2),
            "passes": float(passes[1]) if passes else None,
            "shards_wall": float(shards[1]) if shards else None,
            "outputs": output_digest(out), "notes": [line for line in result.stderr.splitlines()
                                               if "note:" in line]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, required=True)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--systems", default="plain gpu,ray gpu x1,ray gpu x2,ray cpu")
    parser.add_argument("--label", default="run")
    parser.add_argument("--machine", default=platform.node())
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    systems = [name.strip() for name in options.systems.split(",") if name.strip()]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        files, instructions = batch(options.pool, options.copies, work)
        print(f"batch: {len(files)} modules, {instructions} instructions", flush=True)
        report = {"date": datetime.date.today().isoformat(), "machine": options.machine,
                  "commit": commit(), "command": " ".join(sys.argv), "modules": len(files),
                  "copies": options.copies, "instructions": instructions, "rows": []}
        table = ""
        for name in systems:  # the results are written after each system
            row = run_system(name, files, work / name.replace(" ", "-"))
            (options.out / f"stderr-{name.replace(' ', '-')}.txt").write_text(
                (work / f"stderr-{name.replace(' ', '-')}.txt").read_text())
            report["rows"].append(row)
            print(json.dumps(row), flush=True)
            table = write(report, options.label, options.out)
    print(table)


def write(report: dict[str, Any], label: str, out: Path) -> str:
    stem = out / f"ray_scaling-{label}-{report['date']}"
    out.mkdir(parents=True, exist_ok=True)
    stem.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")
    rows, instructions = report["rows"], report["instructions"]
    digests = {row.get("outputs") for row in rows if "outputs" in row}
    lines = [f"# gpuopt --ray against the batch path ({label}), {report['date']}", "",
             f"- machine: {report['machine']}; commit: {report['commit']}",
             f"- command: `{report['command']}`",
             f"- batch: {report['modules']} modules, {instructions} instructions "
             f"(the corpus x{report['copies']}, defined symbols renamed per copy)",
             f"- outputs: {'all identical' if len(digests) == 1 else 'DIFFERENT: ' + str(digests)}",
             "- seconds: wall clock, text in to text out, process and cluster start included; "
             "passes: -time-passes' pass total (summed over workers); shards: the wall clock "
             "of the shards on the cluster", "",
             "| system | seconds | vs plain on the same device | passes | shards | "
             "instructions/s |", "|---|---|---|---|---|---|"]
    plain = {row["system"].split()[1]: row["seconds"] for row in rows
             if row["system"].startswith("plain") and "seconds" in row}
    for row in rows:
        if "seconds" not in row:
            lines.append(f"| {row['system']} | failed | | | | |")
            continue
        base = plain.get(row["system"].split()[1])
        ratio = f"{row['seconds'] / base:.2f}x" if base else ""
        lines.append(f"| {row['system']} | {row['seconds']} | {ratio} | {row['passes']} | "
                     f"{row['shards_wall'] or ''} | {instructions / row['seconds']:,.0f} |")
    table = "\n".join(lines) + "\n"
    stem.with_suffix(".md").write_text(table)
    return table


if __name__ == "__main__":
    main()
