"""FileCheck tests: each tests/lit/*.ll names its own RUN lines, as LLVM's do.

``%s`` is the file, ``gpuopt`` the command under test, ``FileCheck`` and
``opt`` LLVM 22's.  Every RUN line runs in a shell with pipefail.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FILECHECK, ROOT, require_tool

TOOL_WORD = re.compile(r"(?<![\w/.-])(gpuopt|opt|FileCheck)(?![\w.-])")
CASES = sorted((ROOT / "tests" / "lit").glob("*.ll"))


def run_lines(path: Path) -> list[str]:
    lines = [line.split("RUN:", 1)[1].strip() for line in path.read_text().splitlines()
             if line.startswith("; RUN:")]
    assert lines, f"{path.name} has no RUN line"
    return lines


@pytest.mark.parametrize("path", CASES, ids=[case.name for case in CASES])
def test_lit(path: Path) -> None:
    require_tool(FILECHECK)
    tools = {"gpuopt": f"{shlex.quote(sys.executable)} -m gpuopt", "opt": "opt-22",
             "FileCheck": FILECHECK}
    for line in run_lines(path):
        command = TOOL_WORD.sub(lambda match: tools[match.group(1)],
                                line.replace("%s", shlex.quote(str(path))))
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True,
                                text=True, check=False, cwd=ROOT)
        assert result.returncode == 0, f"RUN: {line}\n{result.stdout}\n{result.stderr}"
