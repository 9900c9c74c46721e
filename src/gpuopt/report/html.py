"""``gpuopt ... --report out.html``: one self-contained page about a run.

For the whole run: the time of each pass on the device used (a bar chart)
and what each pass removed (instructions, blocks, its statistics).  For each
function (a searchable list, since a batch has thousands): its CFG before and
after the run as SVG (graphviz ``dot``), the diff after every pass that
changed it, and its instruction and block counts after each pass.

Everything is inline (CSS, script, SVG): the page opens from a file with no
network.  Each function's details sit packed (gzip, base64) in an inert
``<script>`` element and are unpacked into the page when picked (from the
list, or ``#f=NAME`` or ``#n=NUMBER`` in the address), so the file stays a few MB and the
browser lays out one function at a time however many there are.
"""

from __future__ import annotations

import base64
import gzip
import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from gpuopt.diagnostics import UserError
from gpuopt.passes.manager import PassRecord
from gpuopt.report.cfg import Drawing, dot_path, draw_all, function_dot
from gpuopt.report.changes import FunctionHistory, ModuleChanges
from gpuopt.report.print_changed import diff_body

_NODE_FONT = ' font-family="monospace" font-size="10.00"'
_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)
_MISSING_DOT = ("graphviz's 'dot' was not found, so no control-flow graph is drawn "
                "(Debian: apt-get install graphviz); the rest of the report is complete.")


@dataclass(frozen=True)
class RunSummary:
    pipeline: str
    device: str
    records: list[PassRecord]
    modules: list[ModuleChanges]


def write_report(path: str, summary: RunSummary, messages: TextIO) -> None:
    """Write the page to ``path``; a missing ``dot`` is said on ``messages``
    and in the page."""
    start = time.perf_counter()
    if dot_path() is None:
        messages.write(f"gpuopt: warning: {_MISSING_DOT}\n")
    page = render(summary)
    try:
        Path(path).write_text(page, encoding="utf-8")
    except OSError as failure:
        raise UserError(f"{path}: error: cannot write the report: "
                        f"{failure.strerror}") from None
    seconds = time.perf_counter() - start
    messages.write(f"gpuopt: report written to {path} ({len(page) >> 10} KiB, "
                   f"{sum(len(m.functions) for m in summary.modules)} functions, "
                   f"{seconds:.1f} s)\n")


def render(summary: RunSummary) -> str:
    functions = [(module, function) for module in summary.modules
                 for function in module.functions]
    # before and after of every function, drawn by one dot process
    graphs = [function_dot(text, function.name) for _, function in functions
              for text in (function.initial_text, function.final_text)]
    drawings = draw_all(graphs)
    several = len(summary.modules) > 1
    entries, templates = [], []
    for number, (module, function) in enumerate(functions):
        label = function.name + (f" ({module.source})" if several else "")
        changed = sum(change.text is not None for change in function.changes)
        final = function.changes[-1].instructions if function.changes \
            else function.initial_instructions
        entries.append(
            f'<li data-n="{number}" data-name="{_e(function.name)}">'
            # a name may repeat across modules: then the list links by number
            f'<a href="#{f"n={number}" if several else "f=" + _e(_url(function.name))}">'
            f'{_e(label)}</a> '
            f'<span class="meta">{function.initial_instructions}&rarr;{final}'
            f'{_changed_by(changed)}</span></li>')
        templates.append(_function_template(number, label, module, function,
                                            drawings[2 * number], drawings[2 * number + 1]))
    warning = "" if dot_path() is not None else f'<p class="warning">{_e(_MISSING_DOT)}</p>'
    n_instructions = sum(f.initial_instructions for _, f in functions)
    final_instructions = sum((f.changes[-1].instructions if f.changes
                              else f.initial_instructions) for _, f in functions)
    sources = ", ".join(module.source for module in summary.modules)
    return _PAGE.format(
        title=_e(f"gpuopt report: {sources}"),
        style=_STYLE, script=_SCRIPT, warning=warning,
        heading=_e(sources),
        overview=_e(f"pipeline '{summary.pipeline}' on {summary.device}: "
                    f"{len(summary.modules)} module(s), {len(functions)} functions, "
                    f"{n_instructions} → {final_instructions} instructions, passes "
                    f"{sum(r.seconds for r in summary.records):.3f} s"),
        charts=_charts(summary.records, summary.device),
        pass_table=_pass_table(summary.records, summary.modules),
        count=len(functions), entries="\n".join(entries), templates="\n".join(templates))


def _function_template(number: int, label: str, module: ModuleChanges,
                       function: FunctionHistory, before: Drawing, after: Drawing) -> str:
    rows = [f"<tr><td>(input)</td><td>{function.initial_instructions}</td>"
            f"<td>{function.initial_blocks}</td><td></td></tr>"]
    diffs = []
    previous_text = function.initial_text
    previous_count = function.initial_instructions
    for change in function.changes:
        record = module.passes[change.pass_index]
        delta = change.instructions - previous_count
        rows.append(f'<tr class="{"changed" if change.text is not None else "same"}">'
                    f"<td>{_e(record.name)}</td><td>{change.instructions}</td>"
                    f"<td>{change.blocks}</td><td>{delta:+d}</td></tr>")
        previous_count = change.instructions
        if change.text is None:
            continue
        body = diff_body(previous_text, change.text)
        lines = body.rstrip("\n").split("\n")
        removed = sum(line.startswith("-") for line in lines)
        added = sum(line.startswith("+") for line in lines)
        diffs.append(
            f'<details class="pass-diff" open><summary>After {_e(record.llvm_class)} '
            f'({_e(record.name)}, pass {change.pass_index + 1}): '
            f'<span class="del">-{removed}</span> <span class="ins">+{added}</span> lines'
            f'</summary><pre class="diff">{_diff_html(lines)}</pre></details>')
        previous_text = change.text
    if not diffs:
        diffs.append('<p class="same">No pass changed this function.</p>')
    section = (f'<section class="function" '
            f'data-name="{_e(function.name)}"><h2>{_e(label)}</h2>'
            f'<div class="cfgs"><figure class="cfg before"><figcaption>CFG before</figcaption>'
            f'{_drawing(before)}</figure><figure class="cfg after"><figcaption>CFG after'
            f'</figcaption>{_drawing(after)}</figure></div>'
            f'<h3>Per pass</h3><table class="stats"><tr><th>pass</th><th>instructions</th>'
            f'<th>blocks</th><th>&Delta;</th></tr>{"".join(rows)}</table>'
            f'<h3>Changes</h3>{"".join(diffs)}</section>')
    # gzip then base64: a lua-sized module's diffs and drawings are tens of MB
    # of text, a few MB packed; the page unpacks one function when it is picked
    packed = base64.b64encode(gzip.compress(section.encode("utf-8"), mtime=0)).decode("ascii")
    return f'<script type="application/x-gzip-base64" id="t{number}">{packed}</script>'


def _drawing(drawing: Drawing) -> str:
    if drawing.svg is None:
        return f'<p class="warning">not drawn: {_e(drawing.note)}</p>'
    # the node font moves to the page's style; comments go
    svg = drawing.svg[drawing.svg.index("<svg"):].replace(_NODE_FONT, "")
    return _COMMENT.sub("", svg)


def _diff_html(lines: list[str]) -> str:
    kinds = {"-": "del", "+": "ins"}
    return "\n".join(f'<span class="{kinds[line[0]]}">{_e(line)}</span>' if line[:1] in kinds
                     else _e(line) for line in lines)


def _by_pass(records: list[PassRecord]) -> dict[str, dict[str, Any]]:
    """Records merged by pass name, in first-run order."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        row = merged.setdefault(record.name, {"class": record.llvm_class, "runs": 0,
                                              "seconds": 0.0, "removed": 0, "stats": {}})
        row["runs"] += 1
        row["seconds"] += record.seconds
        row["removed"] += record.instructions_before - record.instructions_after
        for key, value in record.statistics.items():
            row["stats"][key] = row["stats"].get(key, 0) + value
    return merged


def _charts(records: list[PassRecord], device: str) -> str:
    """Bar charts of each pass's time on the device and of what it removed."""
    merged = _by_pass(records)
    if not merged:
        return "<p>No pass ran.</p>"
    return (_bar_chart(f"Time per pass on {device}",
                       [(name, row["seconds"], f'{row["seconds"] * 1000:.1f} ms',
                         f'{row["class"]}: {row["seconds"]:.4f} s over {row["runs"]} run(s)')
                        for name, row in merged.items()])
            + _bar_chart("Instructions removed per pass",
                         [(name, max(row["removed"], 0), str(row["removed"]),
                           f'{row["class"]}: {row["removed"]} instructions removed')
                          for name, row in merged.items()]))


def _bar_chart(caption: str, rows: list[tuple[str, float, str, str]]) -> str:
    """Horizontal bars: (label, value, value's text, tooltip) per row."""
    longest = max(value for _, value, _, _ in rows) or 1.0
    height, width, left = 22, 720, 150
    bars = []
    for position, (label, value, shown, tip) in enumerate(rows):
        length = max(1.0, (width - left - 90) * value / longest)
        y = position * height
        bars.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{_e(label)}</text>'
                    f'<rect x="{left}" y="{y + 4}" width="{length:.1f}" height="{height - 8}">'
                    f'<title>{_e(tip)}</title></rect>'
                    f'<text x="{left + length + 6:.1f}" y="{y + 15}">{_e(shown)}</text>')
    return (f'<figure class="chart"><figcaption>{_e(caption)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height * len(rows)}" '
            f'style="width: 100%; max-width: {width}px" font-family="sans-serif" '
            f'font-size="12">'
            f'{"".join(bars)}</svg></figure>')


def _pass_table(records: list[PassRecord], modules: list[ModuleChanges]) -> str:
    merged = _by_pass(records)
    # functions each pass changed, from the recorded texts
    changed: dict[str, int] = {}
    for module in modules:
        for function in module.functions:
            for change in function.changes:
                if change.text is not None:
                    name = module.passes[change.pass_index].name
                    changed[name] = changed.get(name, 0) + 1
    rows = []
    for name, row in merged.items():
        stats = ", ".join(f"{_e(key)}: {value}" for key, value in sorted(row["stats"].items())
                          if value)
        rows.append(f"<tr><td>{_e(name)}</td><td>{_e(row['class'])}</td><td>{row['runs']}</td>"
                    f"<td>{row['seconds'] * 1000:.1f}</td><td>{row['removed']}</td>"
                    f"<td>{changed.get(name, 0)}</td><td>{stats}</td></tr>")
    return ('<table class="passes"><tr><th>pass</th><th>LLVM class</th><th>runs</th>'
            '<th>ms</th><th>instructions removed</th><th>functions changed</th>'
            f'<th>statistics</th></tr>{"".join(rows)}</table>')


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _url(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


_STYLE = """
body { font-family: sans-serif; margin: 0; display: flex; height: 100vh; }
nav { width: 300px; border-right: 1px solid #ccc; display: flex; flex-direction: column; }
nav input { margin: 8px; padding: 4px; }
nav ul { list-style: none; margin: 0; padding: 0 8px; overflow-y: auto; flex: 1; }
nav li { padding: 2px 0; font-size: 13px; }
nav li.picked a { font-weight: bold; }
.meta { color: #777; font-size: 11px; }
main { flex: 1; overflow-y: auto; padding: 0 16px 16px 16px; }
.warning { background: #fee; border: 1px solid #c66; padding: 6px; }
.cfgs { display: flex; gap: 12px; align-items: flex-start; }
.cfg { flex: 1; margin: 0; border: 1px solid #ddd; overflow: auto; max-height: 70vh; }
.cfg svg { max-width: 100%; height: auto; }
.cfg .node text { font-family: monospace; font-size: 10px; }
pre.diff { background: #f8f8f8; padding: 6px; overflow-x: auto; font-size: 12px; }
.del { color: #b00; } .ins { color: #070; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
tr.same td { color: #999; }
.chart rect { fill: #4a7ab7; }
"""

_SCRIPT = """
const list = document.getElementById('functions');
const items = Array.from(list.querySelectorAll('li'));
const search = document.getElementById('search');
const shown = document.getElementById('shown');
function filter() {
  const words = search.value.toLowerCase();
  let count = 0;
  for (const item of items) {
    const keep = item.firstChild.textContent.toLowerCase().includes(words);  // name (module)
    item.hidden = !keep;
    count += keep;
  }
  shown.textContent = count;
}
async function unpack(id) {
  const packed = document.getElementById(id).textContent;
  const bytes = Uint8Array.from(atob(packed), c => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return await new Response(stream).text();
}
let picks = 0;
async function pick() {
  const ticket = ++picks;
  const match = /^#([fn])=(.*)$/.exec(location.hash);
  const wanted = match ? decodeURIComponent(match[2]) : null;
  const key = match && match[1] === 'n' ? 'n' : 'name';
  const item = items.find(i => i.dataset[key] === wanted);
  const name = item ? item.dataset.name : null;
  const detail = document.getElementById('detail');
  for (const other of items) other.classList.remove('picked');
  if (!item) {
    detail.replaceChildren();
    delete detail.dataset.function;
    document.getElementById('run').hidden = false;
    return;
  }
  item.classList.add('picked');
  item.scrollIntoView({block: 'nearest'});
  const section = await unpack('t' + item.dataset.n);
  if (ticket !== picks) return;  // a later pick won
  detail.innerHTML = section;
  detail.dataset.function = name;
  document.getElementById('run').hidden = true;
}
search.addEventListener('input', filter);
window.addEventListener('hashchange', pick);
// #q=WORDS in the address fills the search box (a link to a search)
const query = /^#q=(.*)$/.exec(location.hash);
if (query) search.value = decodeURIComponent(query[1]);
filter();
pick();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>{style}</style></head>
<body>
<nav><input id="search" type="search" placeholder="search functions" autofocus>
<div class="meta" style="padding: 0 8px"><span id="shown">{count}</span> of {count} functions
</div><ul id="functions">
{entries}
</ul><a href="#run" style="padding: 8px">run summary</a></nav>
<main><h1>{heading}</h1>{warning}<p>{overview}</p>
<div id="detail"></div>
<section id="run"><h2>Run</h2>{charts}
<h3>What each pass did</h3>{pass_table}
<p>Pick a function on the left to see its control-flow graph before and after, and the
diff after every pass that changed it.</p></section>
</main>
{templates}
<script>{script}</script>
</body></html>
"""


def summary_of(batch: Any, pipeline: str) -> RunSummary:
    """The summary of a finished Batch (batch.py)."""
    import numpy as np

    from gpuopt.backend import device_name

    return RunSummary(pipeline, " + ".join(batch.devices) or device_name(np),
                      list(batch.records), list(batch.changes))



def _changed_by(passes: int) -> str:
    if not passes:
        return ""
    return f", {passes} pass{'es' if passes > 1 else ''} changed it"
