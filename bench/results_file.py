"""What every benchmark's results file shares: the commit measured and where
the dated table goes."""

from __future__ import annotations

import datetime
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def commit() -> str:
    """$GPUOPT_COMMIT (the device machine's .git may be stale), else git's short
    HEAD, else .gpu/COMMIT (written before a device run), else 'unknown'."""
    if found := os.environ.get("GPUOPT_COMMIT"):
        return found
    git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True)
    if git.returncode == 0:
        return git.stdout.strip()
    marker = ROOT / ".gpu" / "COMMIT"
    return marker.read_text().strip() if marker.exists() else "unknown"


def write_table(name: str, label: str, lines: list[str]) -> Path:
    """bench/results/NAME-DATE[-LABEL].md with ``lines``; its path."""
    suffix = f"-{label}" if label else ""
    target = RESULTS / f"{name}-{datetime.date.today().isoformat()}{suffix}.md"
    target.write_text("\n".join(lines) + "\n")
    print(f"wrote {target}")
    return target
