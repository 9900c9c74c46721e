"""Hostile input: property-based tests of the reader, the pipeline parser and
the command (issue 6).  Every case must end in a valid module or output, or a
gpuopt user error (``UserError``: opt's error layout, exit status 1), never
another exception, a hang or unbounded memory.

* mutated real modules (the lit tests and a small csmith program): byte flips,
  deleted and duplicated lines, truncation, token swaps, through the reader and
  the standard pipeline in process; the accepted ones are checked with
  ``opt-22 -passes=verify`` in one batch at the end;
* random pipeline text through the pipeline parser and the pass registry;
* the command on hand-made hostile files (invalid UTF-8, a 10 MB line,
  constants nested 10,000 deep, huge literals and widths, long names), each
  within a time limit, and some under an address-space limit (RLIMIT_AS) of a
  fixed base plus a multiple of the input's size.

Hypothesis runs derandomized with no example database, so CI is reproducible.
The crashes the fuzzer (scripts/fuzz/fuzz_reader.py) found are cases of
``FUZZER_FINDINGS``.
"""

from __future__ import annotations

import io
import re
import resource
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GPUOPT, ROOT, opt_verify, require_tool
from gpuopt import cli
from gpuopt.diagnostics import SourceError, UserError
from gpuopt.ir.printer import print_module
from gpuopt.ir.reader import MAX_LITERAL_DIGITS, read_module
from gpuopt.passes.manager import build_plan
from gpuopt.passes.pipeline import MAX_NESTING, MAX_PASS_RUNS, parse_pipeline

STANDARD = "function(sroa,instcombine<no-verify-fixpoint>,early-cse,sccp,adce,simplifycfg)"
POSITIONED = re.compile(r"^gpuopt: (.+):(\d+):(\d+): error: (.+)$")
FILE_LEVEL = re.compile(r"^gpuopt: (?:(.+): )?error: (.+)$")
SETTINGS = settings(database=None, derandomize=True, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.data_too_large])
LIT = sorted((ROOT / "tests" / "lit").glob("*.ll"))
# a small csmith program: fixed seed, one function, shallow blocks (about 10 KB of IR)
CSMITH = ["--seed", "3", "--max-funcs", "1", "--max-block-depth", "1", "--max-block-size",
          "3", "--max-expr-complexity", "3", "--max-struct-fields", "3", "--max-array-dim",
          "2", "--no-bitfields", "--no-packed-struct", "--no-volatiles"]
# Per case of the command: seconds, and the address-space limit's base and
# multiple of the input size (Python, NumPy and the passes' code take about
# 150 MB of address space before reading anything).
SECONDS = 30
MEMORY_BASE = 512 << 20
MEMORY_PER_INPUT_BYTE = 100


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The modules to mutate: the lit tests and a csmith program."""
    directory = tmp_path_factory.mktemp("csmith")
    program = subprocess.run([require_tool("csmith"), *CSMITH], capture_output=True,
                             text=True, check=True).stdout
    (directory / "program.c").write_text(program)
    subprocess.run([require_tool("clang-22"), "-O0", "-Xclang", "-disable-O0-optnone", "-S",
                    "-emit-llvm", "-w", "-I/usr/include/csmith", str(directory / "program.c"),
                    "-o", str(directory / "program.ll")], check=True)
    return [path.read_text() for path in LIT] + [(directory / "program.ll").read_text()]


def run_command(data: bytes, passes: str = STANDARD) -> tuple[int, str, str]:
    """The command in process on ``data`` as standard input: (status, output, messages)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    status = cli.run_guarded(["-S", f"-passes={passes}", "-"],
                             cli.Streams(io.BytesIO(data), stdout, stderr))
    return status, stdout.getvalue(), stderr.getvalue()


def check_report(messages: str, data: bytes | None = None) -> None:
    """An opt-style report: the first line positioned (with the source line and
    a caret under the column) or file-level; no traceback."""
    assert "Traceback" not in messages and "gpuopt bug" not in messages, messages
    lines = messages.rstrip("\n").split("\n")
    positioned = POSITIONED.match(lines[0])
    if positioned is None:
        assert FILE_LEVEL.match(lines[0]) and len(lines) == 1, messages
        return
    column = int(positioned.group(3))
    assert len(lines) == 3 and lines[2] == " " * (column - 1) + "^", messages
    if data is not None:
        text = data.decode("utf-8", "replace")
        line = int(positioned.group(2))
        assert line <= text.count("\n") + 1, messages


# -- (a) mutated real modules --------------------------------------------------------
_TOKEN = re.compile(r'c?"[^"\n]*"|[%@!#]?[-\w.$]+|\S')


def mutate(draw: Any, text: str) -> bytes:
    """One to three mutations of ``text``, chosen by ``draw``."""
    data = text.encode()
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "byte", "delete", "duplicate", "truncate",
                                     "swap", "insert"]))
        if not data:
            break
        if kind in ("flip", "byte"):
            at = draw(st.integers(0, len(data) - 1))
            new = data[at] ^ (1 << draw(st.integers(0, 7))) if kind == "flip" \
                else draw(st.integers(0, 255))
            data = data[:at] + bytes([new]) + data[at + 1:]
        elif kind in ("delete", "duplicate"):
            lines = data.split(b"\n")
            at = draw(st.integers(0, len(lines) - 1))
            count = draw(st.integers(1, 3))
            lines[at:at + count] = [] if kind == "delete" else lines[at:at + count] * 2
            data = b"\n".join(lines)
        elif kind == "truncate":
            data = data[:draw(st.integers(0, len(data)))]
        else:
            decoded = data.decode("utf-8", "replace")
            tokens = list(_TOKEN.finditer(decoded))
            if len(tokens) < 2:
                continue
            first, second = sorted(draw(st.lists(st.integers(0, len(tokens) - 1),
                                                 min_size=2, max_size=2, unique=True)))
            a, b = tokens[first], tokens[second]
            if kind == "swap":
                decoded = (decoded[:a.start()] + b.group() + decoded[a.end():b.start()]
                           + a.group() + decoded[b.end():])
            else:  # a token copied to another place
                decoded = decoded[:b.start()] + a.group() + " " + decoded[b.start():]
            data = decoded.encode()
    return data


def test_mutated_modules(seeds: list[str], tmp_path: Path) -> None:
    """Mutated modules through the reader and the standard pipeline: a module
    whose output opt-22 accepts, or a UserError.  The outputs are verified in
    one batch at the end."""
    accepted: list[tuple[bytes, str]] = []

    @settings(SETTINGS, max_examples=60)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        text = data.draw(st.sampled_from(seeds))
        mutated = mutate(data.draw, text)
        status, output, messages = run_command(mutated)
        if status == 0:
            accepted.append((mutated, output))
        else:
            check_report(messages, mutated)

    check()
    assert accepted, "no mutated module was accepted: the check of outputs checked nothing"
    for index, (mutated, output) in enumerate(accepted):
        (tmp_path / f"{index}.in.ll").write_bytes(mutated)
        (tmp_path / f"{index}.out.ll").write_text(output)
    # one batch: the status of opt-22 -passes=verify on each output
    script = ('for i in $(seq 0 $(($1 - 1))); do '
              'opt-22 -passes=verify -disable-output $i.out.ll 2>/dev/null; echo $i $?; done')
    result = subprocess.run(["bash", "-c", script, "-", str(len(accepted))], cwd=tmp_path,
                            capture_output=True, text=True, check=True)
    bad = [int(index) for index, status in
           (line.split() for line in result.stdout.splitlines()) if status != "0"]
    # an input that opt rejects too is one the reader should have refused
    assert not bad, (f"outputs {bad} do not verify; inputs that opt-22 accepts: "
                     f"{[index for index in bad if not opt_verify(accepted[index][0].decode())]}"
                     f" (cases in {tmp_path})")


def test_truncation_at_every_byte() -> None:
    """A small module cut at every byte: the reader gives a module or a
    positioned error inside the text, and a module prints."""
    text = (ROOT / "tests" / "lit" / "pipeline.ll").read_text()
    for end in range(len(text)):
        cut = text[:end]
        try:
            print_module(read_module(cut, "cut.ll"))
        except SourceError as failure:
            assert 1 <= failure.line <= cut.count("\n") + 1, (end, failure.render())
        except UserError as failure:
            assert failure.render().startswith("gpuopt: cut.ll: error: "), (end, failure)


# -- (b) the pipeline parser -----------------------------------------------------------
_PIPELINE_ALPHABET = st.sampled_from(list("(),<>;=-_.:' \t0123456789") + [
    "dce", "adce", "instcombine", "function", "module", "cgscc", "repeat", "sroa",
    "simplifycfg", "max-iterations=", "no-verify-fixpoint", "eager-inv", "\u00b2", "\x00",
    "\u0663", "\xff", "verify"])


@settings(SETTINGS, max_examples=300)
@given(st.one_of(st.lists(_PIPELINE_ALPHABET, max_size=30).map("".join),
                 st.text(max_size=40)))
def test_pipeline_text(text: str) -> None:
    """Random pipeline text: a plan, or a SourceError pointing into the text."""
    try:
        build_plan(text)
    except SourceError as failure:
        assert failure.source == "-passes" and failure.line == 1
        assert 1 <= failure.column <= len(text) + 1, (text, failure.column)
        assert failure.render().splitlines()[0].startswith("gpuopt: -passes:1:")


@pytest.mark.parametrize(("text", "message"), [
    ("function(" * (MAX_NESTING + 1) + "dce" + ")" * (MAX_NESTING + 1),
     f"pipeline nested more than {MAX_NESTING} deep"),
    ("repeat<100>(repeat<101>(dce))", f"more than {MAX_PASS_RUNS} passes"),
    ("repeat<" + "9" * 5000 + ">(dce)", f"more than {MAX_PASS_RUNS} passes"),
    (",".join(["dce"] * (MAX_PASS_RUNS + 1)), f"more than {MAX_PASS_RUNS} passes"),
    ("repeat<\u00b2>(dce)", "invalid character '\\xb2' in pipeline"),
    ("instcombine<max-iterations=\u0663>", "invalid character '\\u0663' in pipeline"),
])
def test_pipeline_limits(text: str, message: str) -> None:
    with pytest.raises(SourceError) as failure:
        parse_pipeline(text)
    assert message in failure.value.message


def test_pipeline_within_limits() -> None:
    nested = "function(" * MAX_NESTING + "dce" + ")" * MAX_NESTING
    assert len(build_plan(nested)) == 1
    assert len(build_plan(f"repeat<{MAX_PASS_RUNS}>(dce)")) == 1


# -- (c) the command on hostile files ---------------------------------------------------
DEEP = 10_000
FUNCTION = "define i32 @f(i32 %x) {{\n{body}  ret i32 %x\n}}\n"


def _nested_struct_constant(depth: int) -> bytes:
    """A global of a struct type nested ``depth`` deep (named types: linear size)
    and its constant, { %t.. { ... { i8 0 } } }."""
    types = ["%t0 = type { i8 }"] + [f"%t{k} = type {{ %t{k - 1} }}" for k in range(1, depth)]
    value = "".join(f"{{ %t{k} " for k in range(depth - 2, -1, -1)) + "{ i8 0 }" \
        + " }" * (depth - 1)
    return ("\n".join(types) + f"\n@g = global %t{depth - 1} {value}\n").encode()


# opt-22 itself overflows its stack on these (a segmentation fault), so their
# outputs are compared with the input's global line instead of verified.
BEYOND_OPT = {"struct-constant-10000-deep"}
HOSTILE: dict[str, tuple[bytes, str | None]] = {
    # name: (input, None for a valid module, else a piece of the error message)
    "invalid-utf8": (b"define i32 @f(i32 %x) {\n  ret i32 %x \xff\xfe\n}\n", "invalid UTF-8"),
    "invalid-utf8-overlong": (b"@g = global i8 0 ; \xc0\xaf\n", "invalid UTF-8"),
    "truncated-utf8": ("@g = global i8 0 ; \u00e9".encode()[:-1], "invalid UTF-8"),
    "empty": (b"", "empty input"),
    "nul": (b"\0" * 64, "NUL byte"),
    "line-10mb": (("@g = global [1 x i8] zeroinitializer" + " " * (10 << 20) + "\n").encode(),
                  None),
    "comment-10mb": (("; " + "x" * (10 << 20) + "\n@g = global i8 0\n").encode(), None),
    "instruction-line-10mb": (FUNCTION.format(
        body="  %a = add i32 %x, 1" + " " * (10 << 20) + "\n").encode(), None),
    # 400,000 literals of 19 digits, each checked against its type: linear
    "long-literals-line-10mb": ((f"@g = global [{400_000} x i64] ["
                                 + ", ".join(["i64 -1234567890123456789"] * 400_000)
                                 + "]\n").encode(), None),
    "string-10mb": ((f'@s = constant [{10 << 20} x i8] c"' + "a" * (10 << 20) + '"\n').encode(),
                    None),
    "array-type-10000-deep": (FUNCTION.format(
        body="  %a = alloca " + "[1 x " * DEEP + "i32" + "]" * DEEP + "\n"
             "  store i32 %x, ptr %a\n").encode(), None),
    "struct-type-10000-deep": (("%t = type " + "{ " * DEEP + "i8" + " }" * DEEP + "\n"
                                "@g = global %t zeroinitializer\n").encode(), None),
    "struct-constant-10000-deep": (_nested_struct_constant(DEEP), None),
    "struct-constant-1000-deep": (_nested_struct_constant(1000), None),
    "vector-type-10000-deep": (FUNCTION.format(
        body="  %a = alloca " + "<1 x " * DEEP + "i8" + ">" * DEEP + "\n").encode(), None),
    "brackets-10000-unclosed": (("@g = global " + "[" * DEEP + "\n").encode(), "expected ']'"),
    "brackets-10000-in-body": (FUNCTION.format(
        body="  %a = alloca " + "[" * DEEP + "\n").encode(), "is never closed"),
    "parentheses-10000": (FUNCTION.format(
        body="  %a = add i32 %x, " + "(" * DEEP + "1" + ")" * DEEP + "\n").encode(),
        "expected value token"),
    "i128-literal": (b"define i128 @f(i128 %x) {\n  %a = add i128 %x, "
                     b"170141183460469231731687303715884105727\n  ret i128 %a\n}\n",
                     None),
    "i128-literal-negative": (b"define i128 @f(i128 %x) {\n  %a = add i128 %x, "
                              b"-170141183460469231731687303715884105728\n  ret i128 %a\n}\n",
                              None),
    "i128-literal-over": (b"define i128 @f(i128 %x) {\n  %a = add i128 %x, "
                          b"340282366920938463463374607431768211456\n  ret i128 %a\n}\n",
                          "does not fit in i128"),
    "i128-literal-over-typed": (b"declare void @h(i128)\ndefine void @f() {\n  call void "
                                b"@h(i128 -170141183460469231731687303715884105729)\n"
                                b"  ret void\n}\n", "does not fit in i128"),
    "i64-literal-unsigned": (b"declare void @h(i64)\ndefine void @f() {\n  call void "
                             b"@h(i64 18446744073709551615)\n  ret void\n}\n", None),
    "i64-literal-over-in-call": (b"declare void @h(i64)\n" + FUNCTION.format(
        body="  call void @h(i64 noundef 99999999999999999999)\n").encode(),
        "does not fit in i64"),
    "digits-10000": (FUNCTION.format(body="  %a = add i32 %x, " + "9" * 10_000 + "\n")
                     .encode(), f"gpuopt reads at most {MAX_LITERAL_DIGITS}"),
    "digits-10000-global": (("@g = global i64 " + "9" * 10_000 + "\n").encode(),
                            f"gpuopt reads at most {MAX_LITERAL_DIGITS}"),
    "untyped-unsigned-64-bit": (b'!0 = !DIEnumerator(name: "top", value: 18446744073709551615, '
                                b"isUnsigned: true)\n", None),
    "untyped-past-64-bits": (b'!0 = !DIEnumerator(name: "top", value: 18446744073709551616, '
                             b"isUnsigned: true)\n", "does not fit in i64"),
    "digits-10000-in-string": (('@s = constant [10000 x i8] c"' + "9" * 10_000 + '"\n')
                               .encode(), None),
    "width-8388608": (b"define i8388608 @f(i8388608 %x) {\n  %a = mul i8388608 %x, -1\n"
                      b"  %b = add i8388608 %a, 1\n  ret i8388608 %b\n}\n", None),
    "width-8388609": (b"define i8388609 @f(i8388609 %x) {\n  ret i8388609 %x\n}\n",
                      "bitwidth for integer type out of range"),
    "width-huge-in-call-type": (b"declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)\n"
                                + FUNCTION.format(body="  %a = call { i" + "6" * 20 + ", i1 } "
                                                  "@llvm.umul.with.overflow.i64(i64 2, i64 32)"
                                                  "\n").encode(),
                                "bitwidth for integer type out of range"),
    "array-of-4g-of-i8388608": (FUNCTION.format(
        body="  %a = alloca [4294967295 x [4294967295 x i8388608]]\n"
             "  store i32 %x, ptr %a\n").encode(), None),
    "name-1mb": (("@" + "n" * (1 << 20) + " = global i8 0\n" + FUNCTION.format(
        body="  %" + "v" * (1 << 20) + " = add i32 %x, 1\n")).encode(), None),
    "quoted-name-1mb": (('@"' + "n" * (1 << 20) + '" = global i8 0\n').encode(), None),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_command(name: str) -> None:
    """In process, within SECONDS: a valid output, or an opt-style error."""
    data, expected = HOSTILE[name]
    start = time.perf_counter()
    status, output, messages = run_command(data)
    assert time.perf_counter() - start < SECONDS, name
    if expected is None:
        assert status == 0, messages
        if name in BEYOND_OPT:
            assert data.decode().splitlines()[-1] in output.splitlines()
        else:
            assert opt_verify(output) == "", name
        return
    assert status == 1 and output == "", (status, messages[:300])
    check_report(messages, data)
    assert expected in messages.split("\n")[0], messages[:300]


# The cases that also run as a child process under an address-space limit:
# MEMORY_BASE + MEMORY_PER_INPUT_BYTE times the input's size.
UNDER_LIMIT = ["line-10mb", "string-10mb", "long-literals-line-10mb", "struct-constant-10000-deep",
               "array-type-10000-deep", "digits-10000", "name-1mb", "width-8388608"]


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.parametrize("name", UNDER_LIMIT)
def test_hostile_command_memory(name: str, tmp_path: Path) -> None:
    """The command as a child under RLIMIT_AS: the same outcome as in process,
    exit status 0 or 1, and no output file when it fails."""
    data, expected = HOSTILE[name]
    path = tmp_path / "input.ll"
    path.write_bytes(data)
    output = tmp_path / "output.ll"
    limit = MEMORY_BASE + MEMORY_PER_INPUT_BYTE * len(data)
    result = subprocess.run([*GPUOPT, "-S", f"-passes={STANDARD}", str(path), "-o",
                             str(output)], capture_output=True, text=True,
                            timeout=SECONDS, check=False,
                            preexec_fn=lambda: _limit_memory(limit))
    if expected is None:
        assert result.returncode == 0, result.stderr[-2000:]
        assert output.exists()
        return
    assert result.returncode == 1 and not output.exists(), result.stderr[-2000:]
    check_report(result.stderr)
    assert expected in result.stderr.split("\n")[0]


def test_memory_limit_is_reported(tmp_path: Path) -> None:
    """Too small a limit for the input: 'out of memory', exit status 1, no output."""
    data = ("define i32 @f(i32 %x) {\n  br label %b\nb:\n  %p = phi i32 "
            + ", ".join(["[ %x, %0 ]"] * 200_000) + "\n  ret i32 %p\n}\n").encode()
    path = tmp_path / "phi.ll"
    path.write_bytes(data)
    output = tmp_path / "output.ll"
    result = subprocess.run([*GPUOPT, "-S", str(path), "-o", str(output)], capture_output=True,
                            text=True, timeout=SECONDS, check=False,
                            preexec_fn=lambda: _limit_memory(MEMORY_BASE // 2 + len(data)))
    assert result.returncode == 1 and not output.exists(), result.stderr[-2000:]
    assert result.stderr == "gpuopt: error: out of memory\n", result.stderr[-2000:]


# -- what the fuzzer found ----------------------------------------------------------
# Each crash of scripts/fuzz/fuzz_reader.py in the reader or the command,
# minimized: (input, a piece of the error message).
FUZZER_FINDINGS: dict[str, tuple[bytes, str]] = {
    # an i64 literal past 64 bits in an overflow intrinsic's call: instcombine
    # read it into an int64 column (OverflowError)
    "literal-past-64-bits": (
        b"declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)\n"
        b"define void @f(i64 %x, i32 %y) {\n"
        b"  %f = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 -1, "
        b"i64 -9223372036855775808)\n  ret void\n}\n", "does not fit in i64"),
    # a 90-digit integer width in a call's type, kept as text: instcombine read
    # it into an int64 column (OverflowError)
    # an opcode word run into other letters ('retZ'): the reader took it for
    # 'ret' and went on (simplifycfg then asserted on a phi it left behind)
    "opcode-run-on": (b"define void @f(i32 %x) {\n  retZ void\n}\n", "expected instruction opcode"),
    "opcode-run-on-named": (b"define i32 @f(i32 %x) {\n  %a = add.foo i32 %x, 1\n  ret i32 %a\n}\n",
                            "expected instruction opcode"),
    "width-in-kept-text": (
        b"declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64)\n"
        b"define void @f(i64 %x, i32 %y) {\n  %a = call { i6666666666666666666666666666666"
        b"66666666666666666666666666666666666666666666666666666666664, i1 } "
        b"@llvm.umul.with.overflow.i64(i64 2, i64 32)\n  ret void\n}\n",
        "bitwidth for integer type out of range"),
}


@pytest.mark.parametrize("name", sorted(FUZZER_FINDINGS))
def test_fuzzer_findings(name: str) -> None:
    data, expected = FUZZER_FINDINGS[name]
    status, output, messages = run_command(data)
    assert status == 1 and output == "", messages
    check_report(messages, data)
    assert expected in messages.split("\n")[0], messages


def test_escape_that_is_not_hex() -> None:
    """A c"..." string with a backslash before no hex pair (fuzzer finding:
    instcombine read a constant global's bytes with int(..., 16), ValueError).
    LLVM keeps such a backslash as a byte; the load folds to what opt folds it to."""
    source = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-'
              'f80:128-n8:16:32:64-S128"\n'
              '@str = private unnamed_addr constant [7 x i8] c"h\\o0lel", align 1\n'
              "define i32 @f() {\n  %word = load i32, ptr @str, align 1\n"
              "  ret i32 %word\n}\n")
    status, output, messages = run_command(source.encode(), "instcombine")
    assert status == 0, messages
    expected = subprocess.run([require_tool("opt-22"), "-S", "-passes=instcombine"],
                              input=source, capture_output=True, text=True, check=True).stdout
    returned = re.compile(r"ret i32 .*")
    found = returned.search(expected)
    assert found is not None and found.group() in output, (expected, output)


# Found by scripts/fuzz/fuzz_reader.py on the final code of session 7: the
# reader kept an invoke's text with holes and did not check its syntax, so an
# invoke without a return type or with a label operand that is not %name was
# read, and either printed as invalid IR or, with more around it (the three
# fuzzer-* cases of tests/fuzz_regressions/), crashed sccp's block deletion or
# the unwind rules.  Each is now an opt-style error: (input, line, column,
# message), each as opt-22 -passes=verify reports it.
_INVOKE_TAIL = """ok:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %l
}
"""


def _invoke(first: str, second: str, before: str = "") -> str:
    """A function whose entry block is ``before``, then an invoke spelled on
    two lines, then the ok and landing-pad blocks."""
    return ("declare void @g()\ndeclare i32 @__gxx_personality_v0(...)\n"
            "define void @f() personality ptr @__gxx_personality_v0 {\nentry:\n"
            f"{before}  {first}\n          {second}\n" + _INVOKE_TAIL)


_X = "  %x = add i32 1, 2\n"
INVALID_INVOKES: dict[str, tuple[str, int, int, str]] = {
    "invoke-label-without-percent": (
        _invoke("invoke void @g()", "to label i324 unwind label %lp"),
        6, 20, "expected value token"),
    "invoke-without-type": (
        _invoke("invoke @g()", "to label %ok unwind label %lp"), 5, 10, "expected type"),
    "invoke-without-unwind": (
        _invoke("invoke void @g()", "to label %ok", _X), 8, 1, "expected 'unwind' in invoke"),
    "invoke-without-to": (
        _invoke("invoke void @g()", "label %ok unwind label %lp", _X),
        7, 11, "expected 'to' in invoke"),
    "invoke-to-missing-block": (
        _invoke("invoke void @g()", "to label %ok unwind label %nope", _X),
        7, 37, "use of undefined value '%nope'"),
    "invoke-to-a-value": (
        _invoke("invoke void @g()", "to label %x unwind label %lp", _X),
        7, 20, "'%x' is not a basic block"),
    "invoke-argument-list-open": (
        _invoke("invoke void @g(i32 %x", "to label %ok unwind label %lp", _X),
        7, 11, "expected ',' in argument list"),
    **{name: ((ROOT / "tests" / "fuzz_regressions" / f"{name}.ll").read_text(), line, column,
              message)
       for name, line, column, message in (
           ("fuzzer-invoke-syntax-crash", 30, 10, "expected type"),
           ("fuzzer-unwind-index", 31, 11, "expected value token"),
           ("fuzzer-phi-entries", 30, 1, "expected type"))},
}


@pytest.mark.parametrize("name", sorted(INVALID_INVOKES))
def test_invalid_invoke_is_an_error(name: str, tmp_path: Path) -> None:
    """Exit status 1, opt's report (file:line:col, message, the line, a caret),
    no traceback and no output file."""
    source, line, column, message = INVALID_INVOKES[name]
    path = tmp_path / f"{name}.ll"
    path.write_text(source)
    output = tmp_path / "output.ll"
    result = subprocess.run([*GPUOPT, "-S", f"-passes={STANDARD}", str(path), "-o", str(output)],
                            capture_output=True, text=True, timeout=SECONDS, check=False)
    assert result.returncode == 1 and not output.exists(), result.stderr[-2000:]
    check_report(result.stderr, source.encode())
    assert result.stderr.startswith(f"gpuopt: {path}:{line}:{column}: error: {message}\n"), \
        result.stderr


# Invoke spellings the check accepts, as opt-22 does: calling convention and
# return attributes, a function type, parameter attributes, constant
# expressions, inline asm, an indirect callee, operand bundles, string, group
# and memory attributes, quoted and numbered labels, a comment before 'to'.
VALID_INVOKES = """%T = type { i32, i64 }
@gv = global i32 0
declare void @g(i32)
declare i32 @h(ptr, ...)
declare fastcc noundef ptr @p(ptr, i64)
declare void @m(ptr)
declare %T @t()
declare i32 @__gxx_personality_v0(...)
define void @f(i32 %x, ptr %q) personality ptr @__gxx_personality_v0 {
entry:
  invoke void @g(i32 %x) to label %b1 unwind label %lp
b1:
  %r = invoke fastcc noundef align 8 ptr @p(ptr align 8 nonnull %q, i64 range(i64 0, 9) 4) #0
          to label %b2 unwind label %lp, !dbg !0
b2:
  %v = invoke i32 (ptr, ...) @h(ptr byval(%T) %q, i32 signext 7, i32 ptrtoint (ptr @gv to i32))
          to label %b3 unwind label %lp
b3:
  invoke void asm sideeffect "nop", "~{memory}"()
          to label %b4 unwind label %lp
b4:
  invoke void @m(ptr nocapture dereferenceable(16) %q) [ "foo"(i32 %x) ]
          to label %b5 unwind label %"quoted lp"
b5:
  %s = invoke %T @t() "string-attr" "k"="v" memory(read)
          to label %0 unwind label %lp
0:
  invoke void %q(i32 zeroext %x) #0 to label %b7 unwind label %lp
b7:
  invoke void @g(i32 poison) ; a comment before the 'to' line stays in the text
          to label %b8 unwind label %lp
b8:
  ret void
lp:
  %l = landingpad { ptr, i32 }
          cleanup
  call void @g(i32 1)
  resume { ptr, i32 } %l
"quoted lp":
  %l2 = landingpad { ptr, i32 }
          cleanup
  resume { ptr, i32 } %l2
}
attributes #0 = { nounwind }
!0 = !{}
!1 = !{i32 1}
"""


def test_valid_invoke_spellings_are_read() -> None:
    """Read and printed back unchanged; through the pipeline, output that verifies."""
    assert opt_verify(VALID_INVOKES) == ""
    status, output, messages = run_command(VALID_INVOKES.encode(), "verify")
    assert status == 0, messages
    assert [line for line in output.splitlines() if line] == VALID_INVOKES.splitlines()
    status, output, messages = run_command(VALID_INVOKES.encode())
    assert status == 0 and opt_verify(output) == "", messages
