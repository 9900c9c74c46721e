"""Bad input gets opt's error layout, exit status 1 and no output file.

Every case is a small valid module (clang-style IR) with one defect, run
through the real command as a subprocess.  The report must be

    gpuopt: FILE:LINE:COL: error: MESSAGE
    <the source line>
    <a caret under COL>

(or ``gpuopt: FILE: error: MESSAGE`` where no position applies: a missing
file, empty input, bitcode), with no traceback, exit status 1 and no file
written at ``-o``.  Each case also goes through ``opt-22 -passes=verify``,
which must reject it too, so that every case is truly invalid IR; the few
that opt accepts and gpuopt rejects by design say why in ``opt_accepts``.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import GPUOPT, require_tool

COMMAND = [*GPUOPT, "-S", "-passes=instsimplify,dce"]
POSITIONED = re.compile(r"^gpuopt: (.*):(\d+):(\d+): error: (.*)$")
FILE_LEVEL = re.compile(r"^gpuopt: (.*): error: (.*)$")

# clang -O0 style: numbered values, a phi, the modeled integer ops, a call.
BASE = """\
; ModuleID = 'clamp.c'
source_filename = "clamp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-\
n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local global i32 0, align 4
@.str = private unnamed_addr constant [4 x i8] c"%d\\0A\\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @clamp(i32 noundef %0, i32 noundef %1) #0 {
  %3 = add nsw i32 %0, %1
  %4 = icmp sgt i32 %3, 0
  br i1 %4, label %5, label %8

5:                                                ; preds = %2
  %6 = mul nsw i32 %3, 2
  %7 = load i32, ptr @counter, align 4
  store i32 %6, ptr @counter, align 4
  br label %8

8:                                                ; preds = %5, %2
  %9 = phi i32 [ %6, %5 ], [ %3, %2 ]
  %10 = select i1 %4, i32 %9, i32 1
  %11 = trunc i32 %10 to i8
  %12 = zext i8 %11 to i32
  ret i32 %12
}

; Function Attrs: noinline nounwind uwtable
define dso_local void @report(i32 noundef %0) #0 {
  %2 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %0)
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "no-trapping-math"="true" \
"stack-protector-buffer-size"="8" "target-cpu"="x86-64" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" \
"stack-protector-buffer-size"="8" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"uwtable", i32 2}
!2 = !{!"clang version 22.0.0"}
"""

# clang -O2 style: named values and blocks, TBAA and loop metadata.
LOOP = """\
; ModuleID = 'sum.c'
source_filename = "sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-\
n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @sum(ptr noundef readonly captures(none) %a, i32 noundef %n) #0 {
entry:
  %cmp4 = icmp sgt i32 %n, 0
  br i1 %cmp4, label %for.body.preheader, label %for.cond.cleanup

for.body.preheader:                               ; preds = %entry
  %wide.trip.count = zext nneg i32 %n to i64
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %add, %for.body ]
  ret i32 %s.0.lcssa

for.body:                                         ; preds = %for.body.preheader, %for.body
  %indvars.iv = phi i64 [ 0, %for.body.preheader ], [ %indvars.iv.next, %for.body ]
  %s.05 = phi i32 [ 0, %for.body.preheader ], [ %add, %for.body ]
  %arrayidx = getelementptr inbounds nuw i32, ptr %a, i64 %indvars.iv
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %add = add nsw i32 %0, %s.05
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, %wide.trip.count
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !9
}

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable \
"no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"clang version 22.0.0"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
"""

# clang -O0 style: a switch whose case list spans lines.
SWITCH = """\
source_filename = "classify.c"
target triple = "x86_64-pc-linux-gnu"

define dso_local i32 @classify(i32 noundef %0) {
  %2 = alloca i32, align 4
  switch i32 %0, label %5 [
    i32 1, label %3
    i32 2, label %4
  ]

3:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %6

4:                                                ; preds = %1
  store i32 20, ptr %2, align 4
  br label %6

5:                                                ; preds = %1
  store i32 0, ptr %2, align 4
  br label %6

6:                                                ; preds = %5, %4, %3
  %7 = load i32, ptr %2, align 4
  ret i32 %7
}
"""


def defect(module: str, old: str, new: str) -> str:
    """``module`` with its one occurrence of ``old`` replaced: the case's defect."""
    assert module.count(old) == 1, f"{old!r} must occur once"
    return module.replace(old, new)


def cut(module: str, before: str) -> str:
    """``module`` cut off just before ``before`` (a truncated file)."""
    assert module.count(before) == 1, f"{before!r} must occur once"
    return module[:module.index(before)]


@dataclass(frozen=True)
class Case:
    name: str
    text: str | bytes
    where: str | None  # "LINE:COL" of the report; None for a file-level error
    message: str  # a piece of the message
    opt_accepts: str = ""  # why we reject what opt-22 accepts ("": opt rejects it too)

    @property
    def data(self) -> bytes:
        return self.text.encode() if isinstance(self.text, str) else self.text


CASES = [
    # -- not textual IR at all ---------------------------------------------------
    Case("empty", "", None, "empty input",
         opt_accepts="opt reads an empty file as an empty module; an empty input to "
                     "gpuopt is almost always a failed earlier step, so it is an error"),
    Case("whitespace-only", "\n  \n\t\n", None, "empty input",
         opt_accepts="as for empty input"),
    Case("bitcode", b"BC\xc0\xde\x35\x14\x00\x00\x05\x00\x00\x00\x62\x0c\x30\x24", None,
         "bitcode input is not supported"),
    Case("bitcode-wrapper", b"\xde\xc0\x17\x0b\x00\x00\x00\x00\x14\x00\x00\x00", None,
         "bitcode input is not supported"),
    Case("elf-binary", b"\x7fELF\x02\x01\x01\x00" + bytes(24), "1:8", "NUL byte"),
    Case("nul-byte", defect(BASE, "  %6 = mul", "  %6 = \0mul"), "16:8", "NUL byte",
         opt_accepts="opt's lexer skips a NUL inside the buffer; a NUL in text IR means "
                     "a binary or corrupted file, so gpuopt stops there"),
    Case("latin1-in-instruction",
         defect(BASE, "%3 = add nsw i32 %0, %1", "%3 = add nsw i32 %0, %1 \xe9").encode("latin-1"),
         "11:27", "invalid UTF-8"),
    Case("latin1-in-source-filename",
         defect(BASE, 'source_filename = "clamp.c"', 'source_filename = "caf\xe9.c"')
         .encode("latin-1"), "2:23", "invalid UTF-8",
         opt_accepts="opt takes any bytes in strings and comments; gpuopt keeps text as "
                     "Python str and requires UTF-8"),
    # -- truncated files ---------------------------------------------------------
    Case("cut-between-instructions", cut(BASE, "  br label %8\n"), "19:1",
         "found end of file when expecting more instructions"),
    Case("cut-mid-instruction", cut(BASE, " %1\n  %4 = icmp"), "11:23", "expected value token"),
    Case("cut-mid-type", cut(BASE, "32 %0, %1\n"), "11:16", "expected type"),
    Case("cut-after-equals", cut(LOOP, "add nsw i32 %0, %s.05"), "25:9",
         "expected instruction opcode"),
    Case("cut-in-argument-list", cut(BASE, "noundef %1) #0 {"), "10:48",
         "expected ')' at end of argument list"),
    Case("cut-in-switch", cut(SWITCH, "    i32 2, label %4"), "8:1",
         "found end of file when expecting more instructions"),
    Case("cut-in-attribute-group", cut(LOOP, ' "no-trapping-math"'), "31:80",
         "unterminated attribute group"),
    Case("cut-in-global-type", BASE + "@table = global [4 x i32", "46:25", "expected ']'"),
    # -- opcodes and types -----------------------------------------------------
    Case("unknown-opcode", defect(BASE, "add nsw", "addd nsw"), "11:8",
         "expected instruction opcode"),
    Case("opcode-run-on", defect(BASE, "ret i32 %12", "retZ i32 %12"), "26:3",
         "expected instruction opcode"),
    Case("opcode-run-on-named", defect(BASE, "%3 = add nsw", "%3 = add.x nsw"), "11:8",
         "expected instruction opcode"),
    Case("unknown-opcode-named", defect(LOOP, "%add = add nsw", "%add = plus nsw"), "25:10",
         "expected instruction opcode"),
    Case("i0", defect(BASE, "%3 = add nsw i32 %0, %1", "%3 = add nsw i0 0, 0"), "11:16",
         "bitwidth for integer type out of range"),
    Case("i99999999", defect(BASE, "%6 = mul nsw i32 %3, 2", "%6 = mul nsw i99999999 %3, 2"),
         "16:16", "bitwidth for integer type out of range"),
    Case("add-float", defect(BASE, "%3 = add nsw i32 %0, %1", "%3 = add float 1.0, 2.0"),
         "11:12", "invalid operand type"),
    Case("unknown-type-word", defect(BASE, "%3 = add nsw i32", "%3 = add nsw int"), "11:16",
         "expected type"),
    Case("icmp-float", defect(BASE, "icmp sgt i32 %3, 0", "icmp sgt float 1.0, 0.0"), "12:17",
         "icmp requires integer operands"),
    Case("trunc-to-wider", defect(BASE, "trunc i32 %10 to i8", "trunc i32 %10 to i64"), "24:15",
         "invalid cast opcode for cast from 'i32' to 'i64'"),
    Case("zext-to-narrower", defect(LOOP, "zext nneg i32 %n to i64", "zext nneg i32 %n to i16"),
         "13:32", "invalid cast opcode for cast from 'i32' to 'i16'"),
    Case("operand-type-mismatch", defect(BASE, "%3 = add nsw i32", "%3 = add nsw i64"), "11:20",
         "'%0' defined with type 'i32' but expected 'i64'"),
    Case("pointer-as-integer", defect(LOOP, "%add = add nsw i32 %0, %s.05",
                                      "%add = add nsw i32 %a, %s.05"), "25:22",
         "'%a' defined with type 'ptr' but expected 'i32'"),
    Case("ret-wrong-type", defect(LOOP, "ret i32 %s.0.lcssa", "ret i64 %s.0.lcssa"), "18:7",
         "value doesn't match function result type 'i32'"),
    Case("ret-void-in-i32-function", defect(BASE, "ret i32 %12", "ret void"), "26:7",
         "value doesn't match function result type 'i32'"),
    Case("branch-on-i32", defect(BASE, "br i1 %4, label %5", "br i32 %3, label %5"), "13:6",
         "branch condition must have 'i1' type"),
    Case("select-on-i32", defect(BASE, "select i1 %4,", "select i32 %3,"), "23:16",
         "select condition must be i1 or <n x i1>"),
    Case("select-mixed-types", defect(BASE, "i32 %9, i32 1", "i32 %9, i64 1"), "23:16",
         "both values to select must have same type"),
    Case("float-constant-for-int", defect(BASE, "%6 = mul nsw i32 %3, 2",
                                          "%6 = mul nsw i32 %3, 2.5"), "16:24",
         "floating point constant invalid for type"),
    # -- undefined values ------------------------------------------------------
    Case("undefined-local", defect(BASE, "add nsw i32 %0, %1", "add nsw i32 %0, %x"), "11:24",
         "use of undefined value '%x'"),
    Case("undefined-local-named", defect(LOOP, "%add = add nsw i32 %0, %s.05",
                                         "%add = add nsw i32 %0, %s.5"), "25:26",
         "use of undefined value '%s.5'"),
    Case("undefined-global-store", defect(BASE, "store i32 %6, ptr @counter",
                                          "store i32 %6, ptr @count"), "18:21",
         "use of undefined value '@count'"),
    Case("undefined-function-call", defect(BASE, "@printf(ptr noundef @.str",
                                           "@print(ptr noundef @.str"), "31:28",
         "use of undefined value '@print'"),
    Case("undefined-global-initializer",
         defect(BASE, "@counter = dso_local global i32 0, align 4",
                "@counter = dso_local global i32 0, align 4\n@p = global ptr @count"),
         "7:17", "use of undefined value '@count'"),
    Case("undefined-label", defect(BASE, "br label %8", "br label %80"), "19:12",
         "use of undefined value '%80'"),
    Case("undefined-personality", defect(BASE, "(i32 noundef %0) #0 {",
                                         "(i32 noundef %0) #0 personality ptr @__gxx_pers {"),
         "30:66", "use of undefined value '@__gxx_pers'"),
    Case("label-as-value", defect(BASE, "add nsw i32 %0, %1", "add nsw i32 %0, %5"), "11:24",
         "'%5' is a label, expected a value"),
    Case("value-as-label", defect(BASE, "[ %3, %2 ]", "[ %3, %3 ]"), "22:34",
         "'%3' is not a basic block"),
    # -- operand counts and punctuation ----------------------------------------
    Case("add-one-operand", defect(BASE, "add nsw i32 %0, %1", "add nsw i32 %0"), "11:22",
         "expected ',' in arithmetic operation"),
    Case("add-three-operands", defect(BASE, "add nsw i32 %0, %1", "add nsw i32 %0, %1, %1"),
         "11:28", "expected metadata after comma"),
    Case("br-one-label", defect(BASE, "br i1 %4, label %5, label %8", "br i1 %4, label %5"),
         "13:21", "expected ',' after true destination"),
    Case("select-two-operands", defect(BASE, "select i1 %4, i32 %9, i32 1",
                                       "select i1 %4, i32 %9"), "23:29",
         "expected ',' after select value"),
    Case("icmp-one-operand", defect(BASE, "icmp sgt i32 %3, 0", "icmp sgt i32 %3"), "12:23",
         "expected ',' after compare value"),
    Case("icmp-bad-predicate", defect(LOOP, "icmp eq i64", "icmp equal i64"), "27:24",
         "expected icmp predicate"),
    Case("ret-without-value", defect(BASE, "ret i32 %12", "ret i32"), "26:10",
         "expected value token"),
    Case("cast-without-to", defect(BASE, "zext i8 %11 to i32", "zext i8 %11 i32"), "25:21",
         "expected 'to' after cast value"),
    Case("phi-without-brackets", defect(BASE, "phi i32 [ %6, %5 ], [ %3, %2 ]",
                                        "phi i32 %6, %5"), "22:16",
         "expected '[' in phi value list"),
    # (opt points at the next line's first token: without '[' the case lines are
    # not part of the statement, whose end is where gpuopt points)
    Case("switch-without-bracket", defect(SWITCH, "label %5 [", "label %5"), "6:26",
         "expected '[' with switch table"),
    Case("switch-on-pointer", defect(SWITCH, "switch i32 %0", "switch ptr %2"), "6:10",
         "switch condition must have integer type"),
    Case("switch-case-not-constant", defect(SWITCH, "i32 1, label %3", "i32 %0, label %3"),
         "7:5", "case value is not a constant integer"),
    Case("switch-case-undef", defect(SWITCH, "i32 1, label %3", "i32 undef, label %3"),
         "7:5", "case value is not a constant integer"),
    Case("switch-duplicate-case", defect(SWITCH, "i32 2, label %4", "i32 u0x1, label %4"),
         "8:5", "duplicate case value in switch"),
    # s0x1: the digits' active bits (one) are signed, so this is -1, as in opt
    Case("switch-duplicate-signed-hex", defect(SWITCH, "i32 1, label %3\n    i32 2, label %4",
                                               "i32 -1, label %3\n    i32 s0x1, label %4"),
         "8:5", "duplicate case value in switch"),
    Case("switch-case-not-label", defect(SWITCH, "i32 2, label %4", "i32 2, label %2"),
         "8:18", "'%2' is not a basic block"),
    Case("switch-case-wrong-type", defect(SWITCH, "i32 2, label %4", "i64 2, label %4"),
         "8:5", "Switch constants must all be same type as switch value!"),
    Case("load-without-comma", defect(LOOP, "load i32, ptr %arrayidx", "load i32 ptr %arrayidx"),
         "24:17", "expected ',' after load's type"),
    Case("stray-paren", defect(BASE, "%6 = mul nsw i32 %3, 2", "%6 = mul nsw i32 %3, 2)"),
         "16:25", "expected ',' or end of instruction"),
    Case("invalid-character", defect(BASE, "add nsw i32 %0, %1", "add nsw i32 %0 & %1"),
         "11:23", "invalid character '&'"),
    Case("flag-not-allowed", defect(BASE, "add nsw", "add exact"), "11:12",
         "'exact' is not valid on 'add'"),
    Case("trailing-comma-in-arguments", defect(BASE, "i32 noundef %1) #0 {",
                                               "i32 noundef %1,) #0 {"), "10:60",
         "expected type"),
    Case("store-with-name", defect(BASE, "store i32 %6", "%x = store i32 %6"), "18:3",
         "instructions returning void cannot have a name"),
    # -- use-list order directives (read and dropped) --------------------------
    Case("uselistorder-keeps-order", defect(BASE, "  ret i32 %12\n}",
                                            "  ret i32 %12\n  uselistorder i32 %3, { 0, 1 }\n}"),
         "27:24", "expected uselistorder indexes to change the order"),
    Case("uselistorder-repeated-index", BASE + "uselistorder ptr @counter, { 1, 1 }\n", "46:28",
         "expected distinct uselistorder indexes in range [0, size)"),
    Case("uselistorder-one-index", BASE + "uselistorder ptr @counter, { 0 }\n", "46:28",
         "expected >= 2 uselistorder indexes"),
    # -- numbering and definitions ---------------------------------------------
    Case("misnumbered-value", defect(BASE, "%3 = add", "%5 = add"), "11:3",
         "instruction expected to be numbered '%3'"),
    Case("misnumbered-label", defect(BASE, "5:  ", "6:  "), "15:1",
         "label expected to be numbered '5'"),
    Case("misnumbered-argument", defect(BASE, "i32 noundef %1) #0 {", "i32 noundef %2) #0 {"),
         "10:57", "argument expected to be numbered '%1'"),
    Case("duplicate-value", defect(LOOP, "%add = add nsw i32 %0, %s.05\n",
                                   "%add = add nsw i32 %0, %s.05\n  %add = mul i32 %0, 2\n"),
         "26:3", "multiple definition of local value named 'add'"),
    Case("duplicate-label", defect(LOOP, "!llvm.loop !9\n}",
                                   "!llvm.loop !9\n\nfor.body:\n  ret i32 0\n}"), "30:1",
         "multiple definition of local value named 'for.body'"),
    Case("duplicate-function", BASE + "\ndefine i32 @clamp() {\n  ret i32 0\n}\n", "47:12",
         "invalid redefinition of function 'clamp'"),
    Case("duplicate-declaration", defect(BASE, "declare i32 @printf(ptr noundef, ...) #1\n",
                                         "declare i32 @printf(ptr noundef, ...) #1\n"
                                         "declare i32 @printf(ptr, ...)\n"), "36:13",
         "invalid redefinition of function 'printf'"),
    Case("duplicate-global", defect(BASE, "@counter = dso_local global i32 0, align 4\n",
                                    "@counter = dso_local global i32 0, align 4\n"
                                    "@counter = dso_local global i32 1, align 4\n"), "7:1",
         "redefinition of global '@counter'"),
    # -- blocks ----------------------------------------------------------------
    Case("block-without-terminator", defect(BASE, "  store i32 %6, ptr @counter, align 4\n"
                                                  "  br label %8\n",
                                            "  store i32 %6, ptr @counter, align 4\n"),
         "18:3", "expected a terminator at the end of the block"),
    # (opt starts a new unnamed block after a terminator, so there it is the
    # numbering that breaks: that block takes %6)
    Case("terminator-mid-block", defect(BASE, "  %6 = mul", "  br label %8\n  %6 = mul"), "16:3",
         "terminator in the middle of a block"),
    Case("empty-block", defect(LOOP, "for.cond.cleanup:  ", "for.empty:\nfor.cond.cleanup:  "),
         "16:1", "block has no instructions"),
    Case("function-not-closed", defect(BASE, "  ret i32 %12\n}\n", "  ret i32 %12\n"), "29:1",
         "expected instruction opcode"),
    Case("missing-open-brace", defect(BASE, "(i32 noundef %0) #0 {", "(i32 noundef %0) #0"),
         "30:49", "expected '{'"),
    # -- top level -------------------------------------------------------------
    Case("garbage-line", defect(BASE, "@counter =", "hello world\n@counter ="), "6:1",
         "expected top-level entity"),
    Case("c-source", defect(BASE, "@counter =", "int main(void) { return 0; }\n@counter ="),
         "6:1", "expected top-level entity"),
    Case("stray-brace", BASE + "}\n", "46:1", "expected top-level entity"),
    Case("unterminated-string", defect(BASE, 'source_filename = "clamp.c"',
                                       'source_filename = "clamp.c'), "2:19",
         "end of line in string constant"),
    Case("unquoted-triple", defect(LOOP, 'target triple = "x86_64-pc-linux-gnu"',
                                   "target triple = x86_64-pc-linux-gnu"), "4:17",
         "expected string constant"),
    Case("struct-not-closed", defect(LOOP, "; Function Attrs",
                                     "%struct.pair = type { i32, i64\n\n; Function Attrs"),
         "6:31", "expected '}' at end of struct"),
    # -- limits (tests/test_hostile_input.py has the hostile cases) -------------
    Case("width-in-kept-text", defect(BASE, "declare i32 @printf(ptr noundef, ...)",
                                      "declare i8388609 @printf(ptr noundef, ...)"), "35:9",
         "bitwidth for integer type out of range"),
    Case("literal-past-i64", defect(BASE, "@printf(ptr noundef @.str, i32 noundef %0)",
                                    "@printf(ptr noundef @.str, i64 noundef "
                                    "18446744073709551616)"), "31:67",
         "integer constant 18446744073709551616 does not fit in i64",
         opt_accepts="opt truncates a literal to its type; the passes read some literals "
                     "into 64-bit columns, so gpuopt refuses what would have to be cut"),
    Case("literal-past-i64-in-global", defect(BASE, "@counter = dso_local global i32 0",
                                              "@counter = dso_local global i64 "
                                              "-99999999999999999999"), "6:33",
         "does not fit in i64", opt_accepts="as for literal-past-i64"),
    Case("literal-of-5000-digits", defect(BASE, "%6 = mul nsw i32 %3, 2",
                                          "%6 = mul nsw i32 %3, " + "7" * 5000), "16:24",
         "integer literal of 5000 digits: gpuopt reads at most 4000",
         opt_accepts="opt reads a literal of any length; Python's int() takes at most 4300 "
                     "digits, and no front end writes such a literal"),
]


def _shown(line: str) -> str:
    """A source line as the report shows it: one character per column."""
    return "".join(ch if ch.isprintable() else " " if ch == "\t" else "?" for ch in line)


def _check_report(stderr: str, source: str | None, where: str | None) -> str:
    """Check the report's layout; returns its message."""
    assert "Traceback" not in stderr, stderr
    lines = stderr.rstrip("\n").split("\n")
    if where is None:
        match = FILE_LEVEL.match(lines[0])
        assert match and ":" not in match.group(1).split("/")[-1], stderr
        assert len(lines) == 1, stderr
        return match.group(2)
    match = POSITIONED.match(lines[0])
    assert match, f"not FILE:LINE:COL: error: ...\n{stderr}"
    line, column = int(match.group(2)), int(match.group(3))
    assert f"{line}:{column}" == where, f"reported at {line}:{column}, expected {where}\n{stderr}"
    assert len(lines) == 3, stderr
    if source is not None:
        assert lines[1] == _shown(source.split("\n")[line - 1]), stderr
    assert lines[2] == " " * (column - 1) + "^", f"caret not at column {column}\n{stderr}"
    return match.group(4)


def _opt_verify(path: Path) -> subprocess.Popen[bytes]:
    """opt-22's verifier on ``path``, started now (it runs beside gpuopt)."""
    return subprocess.Popen([require_tool("opt-22"), "-passes=verify", "-disable-output",
                             str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _opt_rejects(path: Path) -> bool:
    return _opt_verify(path).wait() != 0


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    source, out = tmp_path / "input.ll", tmp_path / "out.ll"
    source.write_bytes(case.data)
    opt = _opt_verify(source)
    result = subprocess.run([*COMMAND, str(source), "-o", str(out)], capture_output=True,
                            check=False)
    opt_rejects = opt.wait() != 0
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1, f"exit status {result.returncode}\n{stderr}"
    assert result.stdout == b""
    text = case.data.decode("utf-8", "replace")
    message = _check_report(stderr, text, case.where)
    assert case.message in message, stderr
    assert not out.exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["input.ll"]
    assert opt_rejects != bool(case.opt_accepts), (
        "opt-22 accepts it: not a bad-input case" if not case.opt_accepts
        else "opt-22 now rejects it: drop opt_accepts")


def test_cases_are_distinct() -> None:
    assert len(CASES) >= 45
    assert len({case.name for case in CASES}) == len(CASES)
    assert len({case.data for case in CASES}) == len(CASES)


def test_base_modules_are_valid(tmp_path: Path) -> None:
    """The modules the cases start from are fine for opt and for gpuopt."""
    for name, module in (("base", BASE), ("loop", LOOP), ("switch", SWITCH)):
        source = tmp_path / f"{name}.ll"
        source.write_text(module)
        assert not _opt_rejects(source), name
        result = subprocess.run([*COMMAND, str(source)], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, result.stderr
        checked = subprocess.run([require_tool("opt-22"), "-passes=verify", "-disable-output"],
                                 input=result.stdout, capture_output=True, text=True,
                                 check=False)
        assert checked.returncode == 0, checked.stderr


# Command-line mistakes: (name, arguments, input file, where, message).  ``where``
# is "LINE:COL" in the -passes text, "file" for ``gpuopt: FILE: error: ...`` or
# "option" for ``gpuopt: error: ...``.  opt-22 must reject the same arguments.
COMMAND_LINE = [
    ("missing-file", [], "missing.ll", "file", "Could not open input file"),
    ("directory", [], ".", "file", "Could not open input file: Is a directory"),
    ("unknown-pass", ["-passes=instsimplify,nosuchpass"], "base.ll", "1:14",
     "unknown pass name 'nosuchpass'"),
    ("unclosed-pipeline", ["-passes=function(dce"], "base.ll", "1:13", "expected ')'"),
    ("leading-comma", ["-passes=,dce"], "base.ll", "1:1", "expected a pass name"),
    ("trailing-comma", ["-passes=dce,"], "base.ll", "1:5", "expected a pass name"),
    ("repeat-without-count", ["-passes=repeat<x>(dce)"], "base.ll", "1:1",
     "repeat needs a count"),
    ("extra-paren", ["-passes=function(dce))"], "base.ll", "1:14", "unexpected ')'"),
    ("pass-with-nested-pipeline", ["-passes=dce(instsimplify)"], "base.ll", "1:1",
     "does not take a nested pipeline"),
    ("unknown-option", ["-bogus"], "base.ll", "option",
     "Unknown command line argument '-bogus'"),
]


@pytest.mark.parametrize(("arguments", "input_name", "where", "message"),
                         [case[1:] for case in COMMAND_LINE],
                         ids=[case[0] for case in COMMAND_LINE])
def test_bad_command_line(arguments: list[str], input_name: str, where: str, message: str,
                          tmp_path: Path) -> None:
    (tmp_path / "base.ll").write_text(BASE)
    out = tmp_path / "out.ll"
    # COMMAND has -passes already: as with opt, the last one given wins
    result = subprocess.run([*COMMAND, *arguments, input_name, "-o", str(out)],
                            capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    if where == "option":
        assert "Traceback" not in result.stderr
        assert re.match(r"^gpuopt: error: .+\n\Z", result.stderr), result.stderr
        assert message in result.stderr
    else:
        pipeline = next((a.split("=", 1)[1] for a in arguments if a.startswith("-passes=")),
                        None)
        found = _check_report(result.stderr, pipeline, None if where == "file" else where)
        assert message in found, result.stderr
    assert not out.exists()
    opt = subprocess.run([require_tool("opt-22"), *arguments, "-disable-output", input_name],
                         capture_output=True, text=True, check=False, cwd=tmp_path)
    assert opt.returncode != 0, "opt-22 accepts this command line"


@pytest.mark.parametrize("arguments", [["-passes=dce", "bad.ll"], ["-passes=nosuchpass", "base.ll"],
                                       ["-bogus", "base.ll"], ["-passes=dce", "missing.ll"]],
                         ids=["bad-ir", "bad-pipeline", "unknown-option", "missing-file"])
def test_existing_output_is_untouched(arguments: list[str], tmp_path: Path) -> None:
    """A failed run leaves an earlier -o file as it was, and no temporary file."""
    (tmp_path / "base.ll").write_text(BASE)
    (tmp_path / "bad.ll").write_text(defect(BASE, "add nsw", "addd nsw"))
    out = tmp_path / "out.ll"
    previous = b"; an earlier result\n\xff binary tail \x00\n"
    out.write_bytes(previous)
    before = out.stat()
    result = subprocess.run([*COMMAND, *arguments, "-o", str(out)], capture_output=True,
                            text=True, check=False, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert out.read_bytes() == previous
    assert out.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.ll", "base.ll", "out.ll"]
