"""Where the GPU's pass time goes: launches, copies and host waits per pass.

On the GPU machine, for each input module: the standard pipeline runs once to
compile the kernels, then each pass runs in turn on the device columns under
PyTorch's profiler (CUPTI: every kernel and copy of the process, CuPy's
included), and the table gives per pass its wall seconds, the kernels it
launched, its copies device-to-host (each one a wait for the host), the sum
of the kernels' own GPU time, and the bytes its copies moved.  A pass whose
wall time is far above its kernel time is bound by launches and waits, not by
the GPU's work.  Then the whole pipeline runs once more under cProfile, and
the functions with the most own time are listed (time spent waiting for the
GPU shows in the CuPy calls that copy to the host).

    python bench/gpu_profile.py --inputs .gpu/time-passes --only csmith-13,lua5.4

Writes ``$OUT/gpu_profile.md`` (else bench/results/gpu_profile-<date>.md).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime
import io
import lzma
import os
import platform
import pstats
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gpuopt.backend import namespace, synchronize  # noqa: E402
from gpuopt.ir.reader import read_module  # noqa: E402
from gpuopt.passes import STANDARD_PIPELINE  # noqa: E402
from gpuopt.passes.manager import run_pipeline  # noqa: E402

PASSES = ["sroa", "instcombine<no-verify-fixpoint>", "early-cse", "sccp", "adce", "simplifycfg"]


def load(folder: Path, name: str) -> str:
    for candidate in (folder / f"{name}.ll", folder / f"{name}.ll.xz"):
        if candidate.exists():
            data = candidate.read_bytes()
            return (lzma.decompress(data) if candidate.suffix == ".xz" else data).decode()
    raise SystemExit(f"{name}: not in {folder}")


def profile_pass(module: Any, pipeline: str) -> tuple[Any, dict[str, float]]:
    from torch.profiler import ProfilerActivity, profile

    synchronize(module.xp)
    with profile(activities=[ProfilerActivity.CPU, ProfilerActivity.CUDA]) as prof:
        start = time.perf_counter()
        module = run_pipeline(pipeline, module)
        synchronize(module.xp)
        wall = time.perf_counter() - start
    counts = {"wall": wall, "kernels": 0, "kernel_s": 0.0, "d2h": 0, "h2d": 0, "d2d": 0,
              "copy_bytes": 0.0, "memset": 0}
    for event in prof.events():
        if str(event.device_type).endswith("CUDA"):
            name = event.name
            seconds = event.device_time_total / 1e6 if hasattr(event, "device_time_total") \
                else event.cuda_time_total / 1e6
            if name.startswith("Memcpy"):
                kind = "d2h" if "DtoH" in name else "h2d" if "HtoD" in name else "d2d"
                counts[kind] += 1
            elif name.startswith("Memset"):
                counts["memset"] += 1
            else:
                counts["kernels"] += 1
                counts["kernel_s"] += seconds
    return module, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", default=".gpu/time-passes")
    parser.add_argument("--only", default="csmith-13,lua5.4")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--array-code", action="store_true",
                        help="the array code where fused kernels exist (backend.FUSED_KERNELS "
                             "off), to compare the two")
    parser.add_argument("--name", default="gpu_profile", help="the results file's name")
    options = parser.parse_args()
    import cupy

    if options.array_code:
        from gpuopt import backend

        backend.FUSED_KERNELS = False

    card = cupy.cuda.runtime.getDeviceProperties(0)["name"].decode()
    lines = [f"# Where the GPU's pass time goes, {datetime.date.today().isoformat()}", "",
             f"- machine: {platform.node()}, GPU {card}, "
             f"CuPy {cupy.__version__}; commit {os.environ.get('GPUOPT_COMMIT', '?')}",
             f"- command: `python bench/gpu_profile.py {' '.join(sys.argv[1:])}`", ""]
    for name in options.only.split(","):
        text = load(Path(options.inputs), name)
        gpu = namespace("gpu")
        warm = read_module(text, name).to(gpu)
        run_pipeline(STANDARD_PIPELINE, warm)  # compile every kernel first
        module = read_module(text, name)
        lines += [f"## {name}: {module.n_instructions} instructions", "",
                  "| pass | wall s | kernels | kernel GPU s | copies to host | to device "
                  "| on device | memsets | launches+copies per second |",
                  "|---|---|---|---|---|---|---|---|---|"]
        module = module.to(gpu)
        for pipeline in PASSES:
            module, c = profile_pass(module, f"function({pipeline})")
            rate = (c["kernels"] + c["d2h"] + c["h2d"] + c["d2d"]) / c["wall"]
            lines.append(f"| {pipeline.split('<')[0]} | {c['wall']:.3f} | {c['kernels']} | "
                         f"{c['kernel_s']:.3f} | {c['d2h']} | {c['h2d']} | {c['d2d']} | "
                         f"{c['memset']} | {rate:.0f} |")
            print(lines[-1], flush=True)
        module = read_module(text, name).to(gpu)
        profiler = cProfile.Profile()
        profiler.enable()
        run_pipeline(STANDARD_PIPELINE, module)
        synchronize(gpu)
        profiler.disable()
        report = io.StringIO()
        pstats.Stats(profiler, stream=report).sort_stats("tottime").print_stats(options.top)
        table = report.getvalue().strip().splitlines()[-options.top - 3:]
        lines += ["", f"cProfile of the whole pipeline on the GPU, top {options.top} by own "
                      "time:", "", "```", *table, "```", ""]
    out = Path(os.environ["OUT"]) / f"{options.name}.md" if os.environ.get("OUT") else \
        ROOT / "bench" / "results" / f"{options.name}-{datetime.date.today().isoformat()}.md"
    out.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
