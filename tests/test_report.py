"""``--report out.html`` rendered by a real browser: headless Chromium opens
the page on a real module (lua from the corpus when it is built, else a small
C program compiled here), picks a function through the address (#f=NAME),
and the rendered DOM must show that function's CFG before and after (SVG
from graphviz) and the diff after each pass that changed it."""

from __future__ import annotations

import html
import os
import re
import subprocess
from pathlib import Path

import pytest

import gpuopt
from conftest import GPUOPT, ROOT, require_tool

PIPELINE = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
LUA = ROOT / ".corpus" / "ll" / "lua5.4.ll"
PROGRAM = r"""
#include <stdio.h>
static int collatz(unsigned n) {
  int steps = 0;
  while (n != 1) { if (n % 2) n = 3 * n + 1; else n /= 2; steps++; }
  return steps;
}
int main(void) {
  int best = 0, arg = 0;
  for (unsigned i = 1; i < 1000; i++) { int s = collatz(i); if (s > best) { best = s; arg = i; } }
  printf("%d %d\n", arg, best);
  return 0;
}
"""


def chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess[str]:
    """Headless Chromium with no network of its own (no background requests,
    updates, sync or QUIC), its profile in ``profile``."""
    return subprocess.run(
        [require_tool("/usr/bin/chromium"), "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
         "--virtual-time-budget=5000", *arguments],
        capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def subject(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(a real module, a function in it with branches that the passes change)."""
    if LUA.exists():
        return LUA, "luaH_getn"
    folder = tmp_path_factory.mktemp("program")
    (folder / "collatz.c").write_text(PROGRAM)
    subprocess.run([require_tool("clang-22"), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", "collatz.c", "-o", "collatz.ll"], cwd=folder, check=True)
    return folder / "collatz.ll", "collatz"


@pytest.fixture(scope="module")
def report(subject: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_tool("dot")
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = subprocess.run([*GPUOPT, f"-passes={PIPELINE}", "-disable-output", str(subject[0]),
                             "--report", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert f"report written to {out}" in result.stderr
    return out


def test_chromium_shows_the_picked_functions_cfgs_and_diffs(
        subject: tuple[Path, str], report: Path, tmp_path: Path) -> None:
    module, name = subject
    result = chromium("--dump-dom", f"{report.as_uri()}#f={name}", profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    dom = result.stdout
    # the page's script has run: the picked function's details were unpacked
    match = re.search(r'<div id="detail" data-function="([^"]*)">(.*?)</section>', dom, re.S)
    assert match is not None, "no function was unpacked into the page"
    assert html.unescape(match.group(1)) == name
    detail = match.group(2)
    cfgs = re.findall(r'<figure class="cfg (before|after)">.*?<svg(.*?)</svg>', detail, re.S)
    assert [kind for kind, _ in cfgs] == ["before", "after"]
    for _, svg in cfgs:  # graphviz's drawing of this function, with nodes and edges
        assert f"CFG for &#39;{name}&#39; function" in svg or f"CFG for '{name}' function" in svg
        assert 'class="node"' in svg and 'class="edge"' in svg
    # the diffs are those the API computes for the same run
    run = gpuopt.run(gpuopt.read(module), PIPELINE)
    expected = [line for line in run.diff(name).split("\n") if line[:1] in ("-", "+")]
    assert expected, f"no pass changed {name}"
    shown = [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in
             "\n".join(re.findall(r'<pre class="diff">(.*?)</pre>', detail, re.S)).split("\n")]
    assert [line for line in shown if line[:1] in ("-", "+")] == expected
    assert '<span class="del">-' in detail and '<span class="ins">+' in detail


def test_every_function_is_listed_and_searchable(subject: tuple[Path, str],
                                                 report: Path) -> None:
    page = report.read_text()
    module = gpuopt.read(subject[0])
    listed = re.findall(r'<li data-n="\d+" data-name="([^"]*)">', page)
    assert [html.unescape(name) for name in listed] == [f[0] for f in gpuopt.functions(module)]
    assert '<input id="search" type="search"' in page
    # self-contained: nothing is fetched from anywhere
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_the_run_summary_charts_time_and_removals_per_pass(subject: tuple[Path, str],
                                                            report: Path) -> None:
    page = report.read_text()
    run = gpuopt.run(gpuopt.read(subject[0]), PIPELINE, record=False)
    names = [record.name for record in run.records]
    assert "Time per pass on cpu" in page and "Instructions removed per pass" in page
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>(\d+)</td><td>[\d.]+</td>"
                      r"<td>(-?\d+)</td>", page)
    # the same pipeline removes the same instructions, pass by pass (CPU runs agree)
    assert [(name, int(removed)) for name, _, _, removed in rows] == [
        (r.name, r.instructions_before - r.instructions_after) for r in run.records]
    for name in names:
        assert f'text-anchor="end">{html.escape(name)}</text>' in page


def test_the_search_box_filters_the_list(subject: tuple[Path, str], report: Path,
                                         tmp_path: Path) -> None:
    words = subject[1][:5].upper()  # case does not matter
    result = chromium("--dump-dom", f"{report.as_uri()}#q={words}", profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    shown = re.findall(r'<li data-n="\d+" data-name="([^"]*)">', result.stdout)
    hidden = re.findall(r'<li data-n="\d+" data-name="([^"]*)" hidden="">', result.stdout)
    names = [f[0] for f in gpuopt.functions(gpuopt.read(subject[0]))]
    assert shown == [name for name in names if words.lower() in name.lower()]
    assert len(shown) + len(hidden) == len(names) and hidden
    assert re.search(rf'<span id="shown">{len(shown)}</span>', result.stdout)


def test_the_screenshot_shows_a_page(subject: tuple[Path, str], report: Path,
                                     tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = chromium(f"--screenshot={shot}", "--window-size=1400,1000",
                      f"{report.as_uri()}#f={subject[1]}", profile=tmp_path / "p")
    assert result.returncode == 0, result.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_without_dot_the_report_says_so_and_is_still_written(tmp_path: Path) -> None:
    source = tmp_path / "collatz.c"
    source.write_text(PROGRAM)
    subprocess.run([require_tool("clang-22"), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", str(source), "-o", str(tmp_path / "collatz.ll")], check=True)
    out = tmp_path / "report.html"
    empty = tmp_path / "bin"
    empty.mkdir()  # a PATH where there is no dot
    result = subprocess.run([*GPUOPT, f"-passes={PIPELINE}", "-disable-output",
                             str(tmp_path / "collatz.ll"), "--report", str(out)],
                            capture_output=True, text=True, check=False,
                            env={**os.environ, "PATH": str(empty)})
    assert result.returncode == 0, result.stderr
    assert "warning: graphviz's 'dot' was not found" in result.stderr
    page = out.read_text()
    assert "graphviz&#x27;s &#x27;dot&#x27; was not found" in page
    assert page.count('<script type="application/x-gzip-base64"') == 2  # collatz, main


def test_an_unwritable_report_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    source = tmp_path / "f.ll"
    source.write_text("define i32 @f(i32 %x) {\n  %y = add i32 2, 3\n  ret i32 %y\n}\n")
    result = subprocess.run([*GPUOPT, "-passes=instsimplify", "-disable-output", str(source),
                             "--report", str(tmp_path / "missing" / "r.html")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: cannot write the report: No such file or directory" in result.stderr
