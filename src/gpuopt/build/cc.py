"""``gpuopt-cc``: a drop-in C compiler that puts gpuopt between clang's front
end and LLVM's code generator (``make CC=gpuopt-cc``).

A compile step (``-c`` with C sources, an optimization level above ``-O0``)
runs three commands per source (build/compile.py):

1. ``clang-22 -O0 -Xclang -disable-O0-optnone -S -emit-llvm``: unoptimized IR,
   with the user's flags (defines, includes, ``-std``, warnings, ``-g``, ``-f``
   and ``-m`` flags, ``-MD``/``-MMD`` with the .d file and target clang would
   have written for the object);
2. gpuopt with the standard pipeline (with ``GPUOPT_STORE=PATH``, through
   that function store);
3. ``clang-22 -O2 -Xclang -disable-llvm-passes -c``: LLVM 22's code generator
   at -O2 and no middle end, with the user's ``-f``/``-m``/``-g``/``-Wa,`` flags
   (PIC, sections, target, assembler), writing the object clang would have written;
   with a store, code is regenerated only for the partitions of the file
   that changed (build/codegen.py).

When the warm server listens at ``$GPUOPT_SERVER`` (wire.py), the whole step
goes to it: the driver sends its arguments, working directory and
environment, and prints what comes back; otherwise it runs the step itself.

Everything else goes to clang-22 unchanged (exec, so output and exit status are
clang's): links, ``-E``, ``-S`` (assembly is clang's own, not gpuopt's),
``-M``/``-MM``, ``-v``, ``--version``, ``-x``, inputs that are not ``.c``,
``-O0`` (or no ``-O``: clang's default is -O0, so the user asked for no
optimization), and flags whose work needs LLVM's middle end (sanitizers,
profiling, coverage, LTO).

Differences from clang at -O2, because the front end runs at -O0:
``__OPTIMIZE__`` is not defined (glibc's inline string functions and
``_FORTIFY_SOURCE`` are off, so a ``-D_FORTIFY_SOURCE`` is dropped instead of
making glibc warn), and ``always_inline`` functions are called, not inlined.
On x86-64, frame pointers are omitted as clang does above -O0, unless the
user's flags say otherwise.

Environment: ``GPUOPT_CC_VERBOSE=1`` prints each command on stderr;
``GPUOPT_CC_KEEP=DIR`` keeps each step's IR in a folder under DIR;
``GPUOPT_CC_LOG=PATH`` appends one JSON line of timings per compiled source
(one ``O_APPEND`` write, so parallel makes do not mix lines).

A make runs this driver for every compile and link, so it starts lean: this
module imports a few standard modules, and a link costs one Python start and
an exec; NumPy and the passes are imported only for a compile with no server.
"""

from __future__ import annotations

import os
import sys
from typing import NamedTuple, NoReturn

TOOL = "gpuopt-cc"
CLANG = "clang-22"

# Options whose value is the next argument (clang's separate forms).
_TAKES_VALUE = frozenset({
    "-o", "-I", "-D", "-U", "-include", "-imacros", "-isystem", "-iquote", "-idirafter",
    "-iprefix", "-iwithprefix", "-iwithprefixbefore", "-isysroot", "--sysroot", "-MF", "-MT",
    "-MQ", "-MJ", "-x", "-Xclang", "-Xlinker", "-Xpreprocessor", "-Xassembler", "-target",
    "-arch", "-L", "-l", "-u", "-z", "-T", "-e", "--param", "-mllvm", "-F", "-framework",
    "-aux-info", "-dependency-file", "-ivfsoverlay", "-B", "-working-directory",
})
# Any of these makes the command something other than a plain compile to an object.
_NOT_A_COMPILE = frozenset({
    "-E", "-S", "-M", "-MM", "-fsyntax-only", "-emit-llvm", "-###", "-v", "--version",
    "-x", "-pg", "--coverage", "-save-temps", "-MJ", "-working-directory",
})
# Flags whose work is done by passes of LLVM's middle end, which gpuopt replaces.
_MIDDLE_END_PREFIXES = (
    "-fsanitize", "-fprofile", "-fcoverage", "-fcs-profile", "-flto", "-fxray",
    "-finstrument-functions", "-fembed-bitcode", "-fopenmp", "-save-temps", "-fpass-plugin",
    "-fmemory-profile", "-fdebug-pass",
)
# glibc warns about _FORTIFY_SOURCE without __OPTIMIZE__, which the -O0 front end lacks.
_FORTIFY_FLAGS = ("-D_FORTIFY_SOURCE", "-U_FORTIFY_SOURCE", "-Wp,-D_FORTIFY_SOURCE",
                  "-Wp,-U_FORTIFY_SOURCE")
_FRAME_POINTER_FLAGS = ("-fomit-frame-pointer", "-fno-omit-frame-pointer",
                        "-momit-leaf-frame-pointer", "-mno-omit-leaf-frame-pointer")


class CompileStep(NamedTuple):
    """One source of a compile command: where its object and .d file go."""

    source: str
    object: str
    dependency_flags: tuple[str, ...]  # -MF/-MQ that clang would have derived from -o


class CompilePlan(NamedTuple):
    front_end_flags: tuple[str, ...]  # the user's flags for the front end
    codegen_flags: tuple[str, ...]    # the user's flags that matter to the code generator
    steps: tuple[CompileStep, ...]


def verbose(env: dict[str, str] | os._Environ[str]) -> bool:
    return env.get("GPUOPT_CC_VERBOSE", "") not in ("", "0")


def pass_through(args: list[str]) -> NoReturn:
    """Become ``clang-22 ARGS``: clang's output, messages and exit status."""
    if verbose(os.environ):
        import shlex

        sys.stderr.write(f"{TOOL}: {shlex.join([CLANG, *args])}\n")
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execvp(CLANG, [CLANG, *args])
    except OSError as failure:
        sys.stderr.write(f"{TOOL}: error: cannot run {CLANG}: {failure.strerror}\n")
        sys.exit(1)


def _optimization_level(args: list[str]) -> str:
    """The last -O option's level ('0' when none: clang's default)."""
    levels = [arg[2:] or "1" for arg in args if arg.startswith("-O")]
    return levels[-1] if levels else "0"


def plan_compile(args: list[str]) -> CompilePlan | None:
    """How to compile ``args`` through gpuopt, or None to leave them to clang."""
    options: list[str] = []
    sources: list[str] = []
    output: str | None = None
    compile_only = False
    dependency_file_given = dependency_target_given = False
    index = 0
    while index < len(args):
        arg = args[index]
        value = args[index + 1] if arg in _TAKES_VALUE and index + 1 < len(args) else None
        index += 2 if value is not None else 1
        if arg in _NOT_A_COMPILE or arg.startswith(("@", "-x")) or \
                arg.startswith(_MIDDLE_END_PREFIXES):
            return None
        if arg == "-c":
            compile_only = True
        elif arg == "-o" or (arg.startswith("-o") and value is None):
            if output is not None:
                return None  # clang reports it
            output = value if arg == "-o" else arg[2:]
            if output is None:
                return None
        elif arg == "-" or not arg.startswith("-"):
            sources.append(arg)
        else:
            dependency_file_given |= arg.startswith("-MF")
            dependency_target_given |= arg.startswith(("-MT", "-MQ"))
            options.append(arg)
            if value is not None:
                options.append(value)
    if not compile_only or not sources or _optimization_level(options) == "0":
        return None
    if any(not source.endswith(".c") for source in sources):
        return None
    if output is not None and len(sources) > 1:
        return None  # clang's error: cannot specify -o with several outputs
    writes_dependencies = "-MD" in options or "-MMD" in options
    steps = []
    for source in sources:
        obj = output if output is not None else \
            os.path.splitext(os.path.basename(source))[0] + ".o"
        dependency: list[str] = []
        if writes_dependencies and not dependency_file_given:
            dependency += ["-MF", os.path.splitext(obj)[0] + ".d"]
        if writes_dependencies and not dependency_target_given:
            dependency += ["-MQ", obj]
        steps.append(CompileStep(source, obj, tuple(dependency)))
    return CompilePlan(_front_end_flags(options), _codegen_flags(options), tuple(steps))


def _front_end_flags(options: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    if os.uname().machine == "x86_64" and not any(flag in options
                                                 for flag in _FRAME_POINTER_FLAGS):
        kept.append("-fomit-frame-pointer")  # what clang does above -O0 on x86-64
    index = 0
    while index < len(options):
        flag = options[index]
        value = options[index + 1] if index + 1 < len(options) else ""
        if flag in ("-D", "-U") and value.startswith("_FORTIFY_SOURCE"):
            index += 2
            continue
        index += 1
        if flag.startswith(("-O", *_FORTIFY_FLAGS)):
            continue
        kept.append(flag)
    return tuple(kept)


def _codegen_flags(options: list[str]) -> tuple[str, ...]:
    kept: list[str] = []
    index = 0
    while index < len(options):
        flag = options[index]
        value = options[index + 1] if flag in _TAKES_VALUE else None
        index += 2 if value is not None else 1
        if flag in ("-target", "-mllvm", "-Xassembler") and value is not None:
            kept += [flag, value]
        elif flag.startswith(("-f", "-m", "-g", "--target=", "-Wa,")) and value is None:
            kept.append(flag)  # -Wa,: the integrated assembler runs in this step
    return tuple(kept)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    plan = plan_compile(args)
    if plan is None:
        pass_through(args)
    try:
        status = _on_server(args)
        if status is not None:
            return status
        from gpuopt.build.compile import Context, compile_all

        return compile_all(plan, Context.local())
    except KeyboardInterrupt:
        return 130


def _on_server(args: list[str]) -> int | None:
    """The compile step run by the warm server: its exit status, after
    printing its output; None when no server listens."""
    from gpuopt.wire import NoAnswer, default_socket, print_reply, request

    try:
        reply = request(default_socket(), {
            "compile": args, "cwd": os.getcwd(), "env": dict(os.environ),
            "color": sys.stderr.isatty()})
    except NoAnswer as failure:
        sys.stderr.write(f"{failure}\n")
        return 1
    return None if reply is None else print_reply(reply)


if __name__ == "__main__":
    sys.exit(main())
