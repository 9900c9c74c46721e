"""The reader's fast paths (common instruction spellings matched by one regex,
bodies grouped into statements by one scan, metadata runs screened by byte
counts) must give exactly what the careful paths give: the same columns, host
tables and errors.  Each case is read twice, with the fast paths on and off."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from gpuopt.diagnostics import UserError
from gpuopt.ir import reader
from gpuopt.ir.printer import print_module
from gpuopt.ir.reader import read_module

_HEADER = """%struct.S = type { i32, ptr }
@g = global i32 0
@h = global [4 x i32] zeroinitializer
declare void @use(ptr)
"""

_BODIES = [
    # loads, stores, branches: locals, globals, constants, quoted names
    """define i32 @f(ptr %p, i1 %c, i32 %unused) {
entry:
  %"a b" = load i32, ptr %p, align 4, !tbaa !1
  store i32 %"a b", ptr @g, align 4
  store i32 -7, ptr %p
  store ptr null, ptr %p, align 8
  store i1 true, ptr %p
  br i1 %c, label %x, label %"y z", !prof !2
x:
  br label %"y z"
"y z":
  %v = load i32, ptr @g
  ret i32 %v
}""",
    # arithmetic, compares, casts, GEPs, allocas
    """define i64 @f(i32 %a, ptr %p, i64 %w, i8 %b) {
  %1 = add nsw i32 %a, 1
  %2 = or disjoint i32 %1, %a
  %3 = icmp samesign ult i32 %2, 10
  %4 = icmp eq ptr %p, null
  %5 = zext nneg i32 %2 to i64
  %6 = trunc nuw i64 %5 to i8
  %7 = sext i8 %6 to i64
  %8 = getelementptr inbounds nuw %struct.S, ptr %p, i32 0, i32 1
  %9 = getelementptr i8, ptr %p, i64 %7
  %10 = getelementptr inbounds [4 x i32], ptr @h, i64 0, i64 0
  %11 = getelementptr i8, ptr %p
  %12 = alloca [16 x i8], align 8
  %13 = alloca %struct.S, align 8
  %14 = alloca i32, align 4, !dbg !3
  ret i64 %7
}""",
    # statements over two lines (invoke, landingpad), quoted and dotted labels,
    # comments and blank lines between statements, debug records
    """define void @f(ptr %p) personality ptr @use {
entry:
  ; a comment line

  invoke void @use(ptr %p)
          to label %"ok.1" unwind label %pad
"ok.1":                                           ; preds = %entry
  #dbg_value(ptr %p, !1, !DIExpression(), !2)
	br label %done.x
pad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
done.x:
  ret void
}""",
    # invokes: rustc's spellings (the fast path) and others (the careful check)
    """define void @f(ptr %p, i64 %n) personality ptr @use {
entry:
  %r = invoke noundef align 8 ptr @use(ptr noalias noundef align 8 dereferenceable(24) %p)
          to label %a unwind label %pad, !dbg !1
a:
  invoke void @use(ptr sret([16 x i8]) align 8 %p, i64 %n)
          to label %b unwind label %pad
b:
  %s = invoke { ptr, i64 } %p(ptr inttoptr (i64 4 to ptr), i64 0) ; a comment
          to label %c unwind label %pad
c:
  ret void
pad:
  %lp = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %lp
}""",
    # a switch's case list goes on over later lines: the careful path groups it
    """define i32 @f(i32 %n) {
  switch i32 %n, label %1 [
    i32 1, label %2
  ]
1:
  ret i32 0
2:
  ret i32 1
}""",
    # spellings the fast paths leave to the grammar
    """define void @f(ptr %p, i32 %n) {
  %1 = load volatile i32, ptr %p, align 4 ; a comment
  %2 = alloca i32, i32 %n, align 4
  store atomic i32 %1, ptr %p seq_cst, align 4
  %3 = add i32 %1, 0x10
  %4 = getelementptr <2 x i8>, ptr %p, <2 x i64> <i64 0, i64 1>
  ret void
}""",
]

_BAD = [
    "  %r = load i32, ptr %q, align 4\n  ret void",         # undefined value
    "  %r = load i32, ptr %entry\n  ret void",              # a label as a value
    "  load i32, ptr %p\n  ret void",                       # result without a name
    "  %r = store i32 1, ptr %p\n  ret void",               # void with a name
    "  store i64 %n, ptr %p\n  ret void",                   # type mismatch
    "  %r = add nuw i32 %n, %n\n  %s = udiv nuw i32 %r, 2\n  ret void",  # flag not valid
    "  %r = icmp eq float 1.0, 2.0\n  ret void",            # icmp on floats
    "  %r = trunc i32 %n to i64\n  ret void",               # trunc widens
    "  %r = zext i32 %n to i32\n  ret void",                # same width
    "  %r = add i32 %n, 1.5\n  ret void",                   # float constant for int
    "  br i1 %n, label %entry, label %entry",               # condition not i1
    "  br label %n",                                        # not a block
    "  ret i32 %n",                                         # not the result type
    "  %r = getelementptr i8, ptr %p, float 1.0\n  ret void",  # non-integer index
    "  %r = load i32, ptr %p, align 4, !tbaa\n  ret void",  # attachment cut short
    "  %r = alloca i0, align 4\n  ret void",                # width out of range
    "  %r = add i32 %n, 1\n  %r = add i32 %n, 2\n  ret void",  # defined twice
    "  %5 = add i32 %n, 1\n  ret void",                     # numbered out of order
    "  br label %7\n7:\n  ret void",                        # label out of order
    "  br label %x\nx:\nx:\n  ret void",                     # label defined twice
    "  %r =\n  ret void",                                   # no opcode
    "  to label %entry\n  ret void",                        # 'to' with no invoke above
    "  invoke void @use(ptr %p)\n    to label %entry unwind label %n",  # not a block
    "  invoke void @use(ptr %p)\n    to label %x unwind label %entry",  # undefined
    "  invoke @use(ptr %p)\n    to label %entry unwind label %entry",   # no return type
]


def _metadata_module(bad_line: str) -> str:
    """A module whose metadata run is long enough to be screened by byte counts,
    with ``bad_line`` in its middle."""
    nodes = [f'!{k} = !{{!"s(", i32 {k}, !{{}}}}' for k in range(200)]
    nodes[100] = bad_line
    return _HEADER + "\n".join(nodes) + "\n"


@pytest.mark.parametrize("bad_line", [
    '!100 = !{ptr @g, !"[x"}',        # a defined @name and a bracket in a string: fine
    '!100 = !{ptr @nowhere}',         # undefined @name
    '!100 = !{!"open}',               # string left open
    '!100 = !{!1, !2',                # bracket left open
    '!100 = !{!1} ; comment (',       # a comment hides the bracket
])
def test_metadata_screen_matches_line_checks(bad_line: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fast, slow = _both(_metadata_module(bad_line), monkeypatch)
    assert fast == slow


def _snapshot(text: str) -> Any:
    try:
        module = read_module(text, "t.ll")
    except UserError as failure:
        return ("error", failure.render())
    columns = {name: np.asarray(getattr(module, name)) for name in module.column_names()}
    host = module.host
    return ({name: (str(value.dtype), value.tolist()) for name, value in columns.items()},
            host.strings.items, host.templates, host.type_text, host.items,
            host.function_header, print_module(module))


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _snapshot(text)
    with monkeypatch.context() as patch:
        patch.setattr(reader._Reader, "_fast_parse", lambda *_: None)
        patch.setattr(reader, "_FAST_ALLOCA", reader.re.compile(r"(?!)"))
        patch.setattr(reader, "_FAST_INVOKE", reader.re.compile(r"(?!)"))
        patch.setattr(reader._Reader, "_scan_body", lambda *_: None)
        patch.setattr(reader, "_SCAN_MIN_LINES", 1 << 62)
        slow = _snapshot(text)
    return fast, slow


@pytest.mark.parametrize("body", _BODIES)
def test_fast_paths_match_grammar(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = _HEADER + body + "\n!1 = !{}\n!2 = !{}\n!3 = !{}\n"
    fast, slow = _both(text, monkeypatch)
    assert fast[0] != "error", fast
    assert fast == slow


@pytest.mark.parametrize("body", _BAD)
def test_fast_paths_report_grammar_errors(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the arguments' types are read first, so the fast paths know them
    text = _HEADER + ("define void @f(ptr %p, i32 %n, i1 %c, i64 %w, i8 %b, float %x) "
                      f"{{\nentry:\n{body}\n}}\n")
    fast, slow = _both(text, monkeypatch)
    assert fast[0] == "error", fast
    assert fast == slow
