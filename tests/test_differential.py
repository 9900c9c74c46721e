"""Differential execution in CI (scripts/fuzz/differential.py, small): random IR
modules and csmith programs through the standard pipeline behave like their
unoptimized builds, and the guard of scripts/fuzz/random_ir.py really reports
the inputs on which the original function has UB.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT, require_tool

sys.path.insert(0, str(ROOT / "scripts" / "fuzz"))
import differential
import random_ir

# Two functions on the same inputs: @wide never has UB and returns what the
# flagged operation of @flagged computes, widened, so the test knows when it is UB.
GUARDED = """
define i64 @flagged(i32 %a, i32 %b, i8 %c, i8 %d) {
  %sum = add nsw i32 %a, %b
  %quotient = udiv i8 %c, %d
  %s = sext i32 %sum to i64
  %q = zext i8 %quotient to i64
  %r = xor i64 %s, %q
  ret i64 %r
}

define i64 @wide(i32 %a, i32 %b, i8 %c, i8 %d) {
  %a64 = sext i32 %a to i64
  %b64 = sext i32 %b to i64
  %sum = add i64 %a64, %b64
  %low = and i64 %sum, 1099511627775
  %d64 = zext i8 %d to i64
  %tag = shl i64 %d64, 40
  %r = or i64 %low, %tag
  ret i64 %r
}
"""


def _run_harness(module: str, tmp_path: Path, inputs: int) -> list[list[str]]:
    for tool in ("clang-22", "llc-22", "llvm-link-22"):
        require_tool(tool)
    (tmp_path / "m.ll").write_text(module)
    harness = tmp_path / "harness.ll"
    harness.write_text(random_ir.harness_module([module]))
    differential.must(["llc-22", "-O0", "-relocation-model=pic", "-filetype=obj", harness,
                       "-o", tmp_path / "harness.o"])
    driver = differential.driver_object(tmp_path)
    differential.build_program([tmp_path / "m.ll"], tmp_path / "harness.o", driver,
                               tmp_path / "m.exe")
    lines = differential.execute(tmp_path / "m.exe", inputs, 30)
    assert lines is not None
    return differential.by_function(lines, 2)


def test_guard_reports_exactly_the_inputs_with_ub(tmp_path: Path) -> None:
    flagged, wide = _run_harness(GUARDED, tmp_path, 400)
    assert len(flagged) == len(wide) == 400
    ub = 0
    for got, reference in zip(flagged, wide, strict=True):
        assert not reference.endswith(" ub")  # @wide has nothing to guard
        value = int(reference.split()[1], 16)
        total = ((value & 0xFFFFFFFFFF) ^ 1 << 39) - (1 << 39)  # the 40-bit signed sum
        divisor = value >> 40
        expect_ub = not -(1 << 31) <= total < 1 << 31 or divisor == 0
        assert got.endswith(" ub") == expect_ub, (got, reference)
        ub += expect_ub
    assert 0 < ub < 400  # the inputs reach both sides


def test_generated_modules_are_reproducible_and_verify(tmp_path: Path) -> None:
    opt = require_tool("opt-22")
    for index in range(5):
        text = random_ir.generate(7, index)
        assert text == random_ir.generate(7, index)
        for name, body in (("m", text), ("g", random_ir.harness_module([text]))):
            path = tmp_path / f"{name}{index}.ll"
            path.write_text(body)
            subprocess.run([opt, "-passes=verify", "-disable-output", str(path)], check=True)


def test_random_ir_through_the_standard_pipeline() -> None:
    tally = differential.random_ir_batch(1, list(range(10)), differential.Settings(inputs=300))
    assert [f"{f.index} {f.kind}: {f.detail[:200]}" for f in tally.failures] == []
    assert tally.checked == 10
    assert tally.inputs > 300  # defined executions were compared, not only UB


def test_csmith_through_the_standard_pipeline() -> None:
    require_tool("csmith")
    tally = differential.csmith_batch(1, [0, 1, 2], differential.Settings())
    assert [f"{f.index} {f.kind}: {f.detail[:200]}" for f in tally.failures] == []
    assert tally.checked + tally.skipped == 3
    assert tally.checked >= 1


def test_a_module_llvm_cannot_compile_is_skipped_not_fatal(tmp_path: Path) -> None:
    """Random IR module (5, 7258) makes llc-22 -O0 abort ("Unable to copy EFLAGS
    physical register!", an LLVM bug): it once ended a 10,000-module sweep.  Its
    batch goes on, with the module skipped and its neighbours compared."""
    for tool in ("clang-22", "llc-22", "llvm-link-22", "opt-22"):
        require_tool(tool)
    module = tmp_path / "rir7258.ll"
    module.write_text(random_ir.generate(5, 7258, "default"))
    assert not differential.compiles(module), \
        "llc-22 -O0 now compiles (5, 7258): choose another module it cannot compile"
    tally = differential.random_ir_batch(5, [7257, 7258, 7259], differential.Settings(inputs=16))
    assert (tally.checked, tally.skipped, tally.failures) == (2, 1, [])
    assert tally.inputs + tally.ub_inputs == 2 * 16


def test_device_failures_that_do_not_reproduce_are_not_saved(tmp_path: Path) -> None:
    """``csmith_device.py reduce`` turns a GPU-machine check's failures into
    regression tests; one that behaves here (clang-22 builds, this gpuopt) is
    reported and not saved as a failing case."""
    for tool in ("clang-22", "opt-22", "llvm-reduce-22"):
        require_tool(tool)
    folder, regressions = tmp_path / "check", tmp_path / "regressions"
    (folder / "failures").mkdir(parents=True)
    program = ('@.str = private constant [15 x i8] c"checksum = %X\\0A\\00"\n'
               "declare i32 @printf(ptr, ...)\n"
               "define i32 @main() {\n"
               "  %1 = call i32 (ptr, ...) @printf(ptr @.str, i32 12345)\n"
               "  ret i32 0\n}\n")
    (folder / "failures" / "csmith-7-3.ll").write_text(program)
    (folder / "failures" / "csmith-7-4.ll").write_text(program)
    (folder / "csmith-check.json").write_text(
        '{"archive": "csmith-7.tar.xz", "failures": {"csmith-7-3.ll": "mismatch: checksum '
        '= 1, expected 3039", "csmith-7-4.ll": "no output"}}\n')
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "fuzz" / "csmith_device.py"),
                             "reduce", str(folder), "--regressions", str(regressions)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "csmith-7-3.ll: mismatch: checksum = 1, expected 3039 there, but not here" \
        in result.stdout
    assert "csmith-7-4.ll: no output there, but gpuopt optimizes it here" in result.stdout
    assert not regressions.exists() or list(regressions.iterdir()) == []


def test_a_reduction_over_its_time_limit_saves_the_whole_module(tmp_path: Path) -> None:
    """A reduction that runs over its limit (an hour by default; a csmith case
    takes most of one on two cores) still saves the failing module, whole and
    marked so, instead of ending the sweep with a traceback."""
    require_tool("llvm-reduce-22")
    module = "define i32 @f(i32 %x) {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n"
    failure = differential.Failure("csmith", 7, 3, "crash", "Traceback ...", module)
    saved = differential.reduce_and_save(failure, differential.Settings(reduce_timeout=0.2),
                                         tmp_path)
    text = saved.read_text()
    assert "; not reduced: llvm-reduce ran over 0.2 s" in text
    assert module in text


# A program like the one llvm-reduce made of a csmith case once: it prints an
# alloca whose store was deleted, so its output is stack garbage, not a result.
READS_UNINITIALISED = """\
@.str = private constant [15 x i8] c"checksum = %X\\0A\\00"
declare i32 @printf(ptr, ...)
define i32 @main() {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i16], align 2
  %3 = load i32, ptr %1, align 4
  %4 = call i32 (ptr, ...) @printf(ptr @.str, i32 %3)
  ret i32 0
}
"""


def test_filled_allocas_show_reads_of_uninitialised_stack(tmp_path: Path) -> None:
    """0x55 and 0xaa differ in every bit: the third reduction of session 10's case
    ended on ``(garbage xor x) & 1``, which 0 and 0xaa filled alike."""
    for tool in ("clang-22", "opt-22"):
        require_tool(tool)
    printed = []
    for byte in (85, -86):
        module = tmp_path / f"filled{byte}.ll"
        module.write_text(differential.with_filled_allocas(READS_UNINITIALISED, byte))
        assert differential.verify(module) == ""
        printed.append(differential.build_and_run(module, tmp_path / f"filled{byte}", [], 10))
    assert printed == ["checksum = 55555555\n", "checksum = AAAAAAAA\n"]
    # so such a candidate is never "interesting" as a csmith mismatch
    candidate = tmp_path / "candidate.ll"
    candidate.write_text(READS_UNINITIALISED)
    assert not differential.interesting("mismatch-csmith", "", candidate, differential.Settings())


def test_a_load_of_a_never_written_alloca_is_found() -> None:
    assert differential.loads_a_never_written_alloca(READS_UNINITIALISED)
    written = READS_UNINITIALISED.replace("  %3 = load",
                                          "  store i32 7, ptr %1, align 4\n  %3 = load")
    assert not differential.loads_a_never_written_alloca(written)


# The driver's print of a csmith program, as clang-22 -O0 writes it, and what a
# reduction made of it once: a printf that lost its format and value, which then
# prints whatever the argument registers hold.
CSMITH_PRINT = """
@.str.35 = private unnamed_addr constant [15 x i8] c"checksum = %X\\0A\\00", align 1
@.str.5 = private unnamed_addr constant [36 x i8] c"...checksum after hashing %s : %lX\\0A\\00",
  align 1

define i32 @platform_main_end(i32 %0, ptr %1, i64 %2) {
  %4 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %1, i64 noundef %2)
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str.35, i32 noundef %0)
  ret i32 %5
}

declare i32 @printf(ptr noundef, ...)
"""


def test_a_printf_that_lost_its_arguments_is_found() -> None:
    assert not differential.printf_lost_arguments(CSMITH_PRINT)
    lost_all = CSMITH_PRINT.replace("@printf(ptr noundef @.str.35, i32 noundef %0)", "@printf()")
    lost_value = CSMITH_PRINT.replace(", i32 noundef %0)", ")")
    lost_one = CSMITH_PRINT.replace(", i64 noundef %2)", ")")
    for candidate in (lost_all, lost_value, lost_one):
        assert differential.printf_lost_arguments(candidate)


def test_a_reference_that_prints_no_checksum_is_not_a_mismatch(tmp_path: Path) -> None:
    """A candidate whose reference prints other than csmith's checksum line is no
    miscompile, whatever its optimized build prints.  This one prints how far
    @after sits from @main in the binary: gpuopt folds main's additions away, so
    the optimized build prints another distance, every time (the old test took
    that for a miscompile)."""
    for tool in ("clang-22", "opt-22"):
        require_tool(tool)
    program = tmp_path / "prints-other.ll"
    program.write_text(
        '@.str = private constant [10 x i8] c"value %X\\0A\\00"\n'
        "declare i32 @printf(ptr, ...)\n"
        "define i32 @main() {\n"
        "  %1 = ptrtoint ptr @main to i64\n  %2 = ptrtoint ptr @after to i64\n"
        "  %3 = sub i64 %2, %1\n  %4 = trunc i64 %3 to i32\n"
        + "".join(f"  %{k + 5} = add i32 %{k + 4}, 0\n" for k in range(40))
        + "  %45 = call i32 (ptr, ...) @printf(ptr @.str, i32 %44)\n  ret i32 0\n}\n"
        "define i32 @after() {\n  ret i32 0\n}\n")
    assert not differential.interesting("mismatch-csmith", "", program,
                                        differential.Settings())
