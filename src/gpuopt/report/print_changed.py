"""opt's ``-print-changed[=quiet|diff|diff-quiet|cdiff|cdiff-quiet]`` layout.

opt prints these dumps function-major (all passes of f, then of g), on
stderr: the module at start (not in quiet modes), then per function and pass
"*** IR Dump After <Class> on <f> ***" with the function's text, or its diff
against the text before the pass, or "... omitted because no change ***"
(not in quiet modes).  ``-filter-print-funcs`` limits the dumps to the named
functions; the others get "... filtered out ***".  The diff body is that of
opt's system diff: the function's blocks (each after a blank line, the entry
block's label only when named), every line prefixed by ' ', '-' or '+'.
"""

from __future__ import annotations

import difflib

from gpuopt.report.changes import FunctionHistory, ModuleChanges

MODES = ("", "quiet", "diff", "diff-quiet", "cdiff", "cdiff-quiet")
_RED, _GREEN, _RESET = "\033[31m", "\033[32m", "\033[0m"


def check_mode(mode: str) -> str:
    """The mode, or a UserError in opt's words for one opt does not know."""
    from gpuopt.diagnostics import UserError

    if mode not in MODES:
        raise UserError(f"error: for the --print-changed option: Cannot find option named "
                        f"'{mode}'!")
    return mode


def print_changed(changes: ModuleChanges, mode: str, only: frozenset[str] | None) -> str:
    """The dumps of one module's run in ``mode``; ``only``: -filter-print-funcs."""
    quiet = mode.endswith("quiet")
    out: list[str] = []
    if not quiet:
        # opt names the module first; gpuopt's printer keeps no comments
        out.append(f"*** IR Dump At Start ***\n; ModuleID = '{changes.source}'\n"
                   + changes.initial_module_text.rstrip("\n") + "\n")
    for function in changes.functions:
        out += _function_dumps(changes, function, mode, quiet, only)
        if not quiet:
            out.append(f"*** IR Pass PassManager<Function> on {function.name} ignored ***\n")
    if not quiet:
        out.append("*** IR Pass ModuleToFunctionPassAdaptor on [module] ignored ***\n")
    return "".join(out)


def _function_dumps(changes: ModuleChanges, function: FunctionHistory, mode: str,
                    quiet: bool, only: frozenset[str] | None) -> list[str]:
    out: list[str] = []
    before = function.initial_text
    for change in function.changes:
        head = f"*** IR Dump After {changes.passes[change.pass_index].llvm_class} on " \
               f"{function.name}"
        if only is not None and function.name not in only:
            if not quiet:
                out.append(head + " filtered out ***\n")
        elif change.text is None:
            if not quiet:
                out.append(head + " omitted because no change ***\n")
        elif mode.startswith(("diff", "cdiff")):
            out.append(head + " ***\n" + diff_body(before, change.text,
                                                   mode.startswith("cdiff")) + "\n")
        else:
            out.append(head + " ***\n" + change.text + "\n")
        if change.text is not None:
            before = change.text
    return out


def block_lines(function_text: str) -> list[str]:
    """The lines opt's diff compares: the blocks between '{' and '}', each
    block after a blank line."""
    lines = function_text.split("\n")
    opening = next(i for i, line in enumerate(lines) if line.rstrip().endswith("{"))
    closing = len(lines) - 1 - lines[::-1].index("}")
    return [""] + lines[opening + 1:closing]


def diff_body(before: str, after: str, colour: bool = False) -> str:
    """Every line of both versions, prefixed ' ', '-' or '+' (removed lines of a
    changed run before the added ones, as diff prints them)."""
    old, new = block_lines(before), block_lines(after)
    out: list[str] = []
    removed, added = (_RED, _RESET) if colour else ("", ""), (_GREEN, _RESET) if colour \
        else ("", "")
    # autojunk: in functions of 200+ lines, lines in over 1% of them (blank
    # lines, common branches) only extend matches; 20x faster on lua, and the
    # diff still lists every line
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=True)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out += [" " + line for line in old[i1:i2]]
            continue
        out += [f"{removed[0]}-{line}{removed[1]}" for line in old[i1:i2]]
        out += [f"{added[0]}+{line}{added[1]}" for line in new[j1:j2]]
    return "\n".join(out) + "\n"
