"""Translation checks: run an original and an optimized module's functions on
many inputs under lli-22 and compare what they do.

One harness per module pair, one lli process per harness, linked by
llvm-link-22 from:

- the original, its defined functions renamed ``o.NAME``; it keeps the global
  variable definitions (made external), which the other copies share;
- the optimized module, functions renamed ``p.NAME``, globals as declarations;
- the guard: the original again (``g.NAME``) with a check before every
  instruction that can make poison or immediate UB on its operands (nsw/nuw,
  exact, disjoint, nneg, samesign, trunc nuw/nsw, shift amounts, division,
  poison/undef operands, inbounds GEPs, loads and stores outside a known
  object, misaligned or of uninitialized bytes, unreachable, assume, ...) and a
  step and recursion limit.  A failing check jumps back to the runtime, and
  the input is counted as a UB input and not compared;
- the optimized module with the same checks (``q.NAME``), run after the
  comparison: immediate UB that only the optimized code has (a division by
  zero, an out-of-bounds access, a reached ``unreachable``) is reported too;
- the runtime (translation_runtime.py, compiled by clang-22) and the generated
  wrappers and stubs: each external declaration (renamed ``ext.NAME``) gets a
  deterministic definition that folds its arguments into a hash (read-only or
  read-none declarations: a pure function of its arguments), so the calls the
  two versions make are compared too.

Per input, the guard runs first; when it passes, the original and then the
optimized function run from the same state (same argument words, pointer
arguments to the same 256-byte buffers refilled from the same seed, globals
restored), and their return values, buffers, mutable globals, external-call
hash and outcome (returned or called a noreturn function) must agree.
docs/translation-checks.md says more.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from translation_runtime import SOURCE as RUNTIME_SOURCE

TOKEN = re.compile(r';[^\n]*|@"[^"]*"|c?"[^"]*"|@[-a-zA-Z$._0-9]+')
LOCAL = r'%[-a-zA-Z$._0-9]+|%"[^"]*"'
INSTRUCTION = re.compile(rf'^\s*(?:({LOCAL})\s*=\s*)?([a-z_]+[a-z0-9_.]*)\b\s*(.*)$', re.S)
LINKAGE = re.compile(r'\b(private|internal|linkonce_odr|linkonce|weak_odr|weak|common|'
                     r'available_externally|extern_weak|external|dso_local|dso_preemptable|'
                     r'hidden|protected|default|thread_local(\([a-z]+\))?)\s+')
COMDAT = re.compile(r',?\s*comdat(\(\$[-\w.$"]+\))?')
HOST_LAYOUT = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
TARGET = f'target datalayout = "{HOST_LAYOUT}"\ntarget triple = "x86_64-pc-linux-gnu"'
TYPE_LINE = re.compile(r'\s*%[-\w$."]+\s*=\s*type\b')
EXTERNAL = "ext."
BUFFER_BYTES = 256
CALLING_CONVENTIONS = re.compile(r'\b(fastcc|coldcc|ccc|cc \d+|tailcc|swiftcc)\b')
# intrinsics that neither make poison nor need a check beyond their operands
PLAIN_INTRINSICS = re.compile(
    r'llvm\.(([su](add|sub|mul)\.with\.overflow|[su](add|sub)\.sat|[su](min|max)|ctpop|bswap|'
    r'bitreverse|fsh[lr]|expect|donothing|sideeffect|[su]cmp|experimental\.noalias\.scope\.decl|'
    r'dbg\.[a-z]+|var\.annotation)\b)')
# the runtime's reason codes (reason_names in translation_runtime.py)
REASON = {"overflow": 1, "exact": 2, "shift": 3, "division": 4, "disjoint": 5, "trunc": 6,
          "nneg": 7, "samesign": 8, "poison": 9, "unreachable": 10, "misaligned": 12,
          "assume": 19, "intrinsic": 20, "range": 23, "nonnull": 24, "fptoint": 26,
          "select": 27, "external": 28}


class Skip(Exception):
    """A function the checker cannot drive or model; the message says why."""


@dataclass
class Param:
    type: str
    attrs: str
    name: str


@dataclass
class Function:
    name: str
    header: str
    lines: list[str]
    ret: str
    ret_attrs: str
    params: list[Param]
    cc: str


@dataclass
class Declaration:
    name: str
    ret: str
    params: list[str]
    variadic: bool
    attrs: str


@dataclass
class Global:
    name: str
    line: str
    type: str
    writable: bool
    clean: bool  # no undef/poison in the initializer
    defined: bool


@dataclass
class Module:
    text: str
    functions: dict[str, Function] = field(default_factory=dict)
    declarations: dict[str, Declaration] = field(default_factory=dict)
    globals: dict[str, Global] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)
    layout: str | None = None
    other: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class Report:
    checked: list[str] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    inputs: int = 0
    compared: int = 0
    ub_inputs: int = 0
    ub_reasons: Counter[str] = field(default_factory=Counter)
    mismatches: list[str] = field(default_factory=list)
    introduced: list[str] = field(default_factory=list)  # immediate UB only the optimized has
    introduced_inputs: int = 0
    never_compared: list[str] = field(default_factory=list)  # every input was a UB input
    failures: list[str] = field(default_factory=list)  # checker trouble: guard or original crashed

    def add(self, other: Report) -> None:
        self.checked += other.checked
        self.skipped.update(other.skipped)
        self.inputs += other.inputs
        self.compared += other.compared
        self.ub_inputs += other.ub_inputs
        self.ub_reasons.update(other.ub_reasons)
        self.mismatches += other.mismatches
        self.introduced += other.introduced
        self.introduced_inputs += other.introduced_inputs
        self.never_compared += other.never_compared
        self.failures += other.failures


# ---------------------------------------------------------------- text helpers

def split_top(text: str, separator: str = ",") -> list[str]:
    """``text`` split at ``separator`` outside brackets and quotes."""
    parts, depth, start, quoted = [], 0, 0, False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def matching(text: str, start: int) -> int:
    """Index just past the bracket that closes the one at ``start``."""
    depth, quoted = 0, False
    for index in range(start, len(text)):
        char = text[index]
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
            if depth == 0:
                return index + 1
    raise Skip("unbalanced brackets")


def take_type(text: str) -> tuple[str, str]:
    """The type at the start of ``text`` and the rest."""
    text = text.lstrip()
    if not text:
        raise Skip("missing type")
    if text[0] in "[{<":
        end = matching(text, 0)
    else:
        match = re.match(r'(ptr(\s+addrspace\(\d+\))?|%[-\w$.]+|%"[^"]*"|[a-z0-9_]+)', text)
        if not match:
            raise Skip(f"cannot read a type in {text[:30]!r}")
        end = match.end()
    kind, rest = text[:end], text[end:]
    # a function type: 'void (i32, ...)'
    stripped = rest.lstrip()
    if stripped.startswith("(") and "(" not in kind and re.match(
            r'\(\s*(\.\.\.|[a-z%{\[<][^)]*)?\)\s*[@%*]', stripped):
        close = matching(stripped, 0)
        return kind + " " + stripped[:close], stripped[close:]
    return kind, rest


def int_bits(kind: str) -> int | None:
    match = re.fullmatch(r'i(\d+)', kind.strip())
    return int(match.group(1)) if match else None


def store_bytes(kind: str) -> str:
    """The bytes a load or store of ``kind`` touches, as an IR i64 expression
    (a constant, or the type's allocation size for aggregates)."""
    bits = int_bits(kind)
    if bits is not None:
        return str((bits + 7) // 8)
    simple = {"ptr": 8, "float": 4, "double": 8, "half": 2, "bfloat": 2, "fp128": 16}
    if kind in simple:
        return str(simple[kind])
    if kind == "x86_fp80":
        return "10"
    return f"ptrtoint (ptr getelementptr ({kind}, ptr null, i32 1) to i64)"


def logical_lines(body: list[str]) -> list[str]:
    """Body lines with continuations (invoke's 'to label', switch cases,
    landingpad clauses) joined to their instruction."""
    out: list[str] = []
    depth = 0
    for raw in body:
        line = strip_comment(raw).rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if out and (depth > 0 or re.match(r'(to label|unwind |cleanup|catch |filter )', stripped)):
            out[-1] += " " + stripped
        else:
            out.append(line)
        depth = bracket_depth(out[-1])
    return out


def bracket_depth(line: str) -> int:
    depth, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "([{":
            depth += 1
        elif not quoted and char in ")]}":
            depth -= 1
    return depth


def strip_comment(line: str) -> str:
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            return line[:index]
    return line


def global_name(token: str) -> str:
    return token[2:-1] if token.startswith('@"') else token[1:]


def spell(name: str) -> str:
    return f"@{name}" if re.fullmatch(r'[-a-zA-Z$._][-a-zA-Z$._0-9]*', name) else f'@"{name}"'


def rename(text: str, names: dict[str, str]) -> str:
    """``text`` with every global reference in ``names`` replaced (outside
    comments and strings)."""
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token[0] != "@":
            return token
        new = names.get(global_name(token))
        return spell(new) if new is not None else token
    return TOKEN.sub(replace, text)


# ---------------------------------------------------------------- module reader

def read_module(text: str) -> Module:
    module = Module(text)
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = strip_comment(line).strip()
        if stripped.startswith("define "):
            end = index
            while lines[end].strip() != "}":
                end += 1
            header = stripped
            while not header.endswith("{") or bracket_depth(header[:-1]) > 0:
                index += 1
                header += " " + strip_comment(lines[index]).strip()
            function = read_function(header, lines[index + 1:end])
            module.functions[function.name] = function
            index = end + 1
            continue
        if stripped.startswith("declare "):
            declaration = read_declaration(stripped)
            module.declarations[declaration.name] = declaration
        elif stripped.startswith("@"):
            read_global(module, stripped)
        elif stripped.startswith("attributes #"):
            key, _, value = stripped[len("attributes "):].partition("=")
            module.groups[key.strip()] = value.strip()
            module.other.append(line)
        elif stripped.startswith("target datalayout"):
            module.layout = stripped.split('"')[1]
        elif stripped.startswith(("target triple", "source_filename")) or re.match(
                r'\$[-\w.$"]+\s*=\s*comdat', stripped):
            pass
        elif stripped:
            module.other.append(line)
        index += 1
    return module


def read_header(header: str) -> tuple[str, str, list[str], str, str]:
    """(name, text before the return type's end, parameter texts, text after
    the parameters, return type) of a define or declare line."""
    match = re.search(r'(@"[^"]*"|@[-a-zA-Z$._0-9]+)\s*\(', header)
    if not match:
        raise Skip("cannot read the function header")
    name = global_name(match.group(1))
    open_at = match.end() - 1
    close = matching(header, open_at)
    params = split_top(header[open_at + 1:close - 1])
    before = header[:match.start()].split(None, 1)[1] if " " in header[:match.start()] else ""
    before = before.strip()
    # the return type is the last type in 'before'
    if before.endswith(("}", "]", ">")):
        opener = {"}": "{", "]": "[", ">": "<"}[before[-1]]
        depth = 0
        for position in range(len(before) - 1, -1, -1):
            depth += before[position] == before[-1]
            depth -= before[position] == opener
            if depth == 0:
                break
        if before[position - 1:position] == "<":
            position -= 1
        ret, prefix = before[position:], before[:position]
    else:
        words = before.rsplit(None, 1)
        ret, prefix = words[-1], (words[0] if len(words) > 1 else "")
    return name, prefix, params, header[close:], ret


def read_function(header: str, body: list[str]) -> Function:
    name, prefix, texts, _after, ret = read_header(header)
    params = []
    for number, text in enumerate(texts):
        if text == "...":
            params.append(Param("...", "", ""))
            continue
        kind, rest = take_type(text)
        words = rest.split()
        if words and words[-1].startswith("%"):
            params.append(Param(kind, " ".join(words[:-1]), words[-1]))
        else:
            params.append(Param(kind, rest.strip(), f"%{number}"))
    cc = CALLING_CONVENTIONS.search(prefix)
    return Function(name, header, body, ret, prefix, params, cc.group(0) if cc else "")


def read_declaration(line: str) -> Declaration:
    name, prefix, texts, after, ret = read_header(line)
    variadic = bool(texts) and texts[-1] == "..."
    kinds = [take_type(text)[0] for text in texts if text != "..."]
    return Declaration(name, ret, kinds, variadic, after + " " + prefix)


def read_global(module: Module, line: str) -> None:
    match = re.match(r'(@"[^"]*"|@[-a-zA-Z$._0-9]+)\s*=\s*(.*)$', line)
    if not match:
        module.problems.append("unreadable global")
        return
    name, rest = global_name(match.group(1)), match.group(2)
    if re.search(r'\b(alias|ifunc)\b', rest.split("(")[0]):
        module.problems.append("aliases or ifuncs")
        return
    if "appending" in rest.split()[:3]:
        return
    keyword = re.search(r'\b(global|constant)\b', rest)
    if not keyword:
        module.problems.append("unreadable global")
        return
    kind, initializer = take_type(rest[keyword.end():])
    defined = not re.match(r'\s*(external|extern_weak)\b', rest)
    module.globals[name] = Global(
        name, line, kind, keyword.group(1) == "global", not re.search(
            r'\b(undef|poison)\b', initializer), defined)


# ---------------------------------------------------------------- copies

def copy_module(module: Module, prefix: str, functions: set[str], definitions: bool,
                bodies: dict[str, list[str]] | None = None, extra: tuple[str, ...] = (),
                shared: frozenset[str] = frozenset()) -> str:
    """``module`` as text with its defined functions renamed PREFIX.NAME and
    made external; global variables kept as external definitions
    (``definitions``) or turned into declarations."""
    # external functions and variables get a prefix too, so that their stubs
    # never stand in for the C library the runtime itself calls
    names = {name: EXTERNAL + name for name in module.declarations
             if not name.startswith("llvm.")}
    names |= {name: EXTERNAL + name for name, item in module.globals.items() if not item.defined}
    names |= {name: f"{prefix}.{name}" for name in functions}
    out: list[str] = [TARGET, *extra, *(line for line in module.other if TYPE_LINE.match(line))]
    for name, item in module.globals.items():
        if not item.defined:
            out.append(f"{spell(name)} = external global {item.type}")
        elif definitions or name not in shared:
            # the original's globals are defined once (in its copy); ones only the
            # optimized module has (say, a switch table) stay its own
            rest = item.line.split("=", 1)[1]
            keyword = re.search(r'\b(global|constant)\b', rest)
            assert keyword is not None
            head = LINKAGE.sub("", rest[:keyword.start()] + " ")
            out.append(f"{spell(name)} = {head}{COMDAT.sub('', rest[keyword.start():])}")
        else:
            out.append(f"{spell(name)} = external global {item.type}")
    for declaration in module.declarations.values():
        if declaration.name not in functions:
            out.append(rename_declaration(module.text, declaration))
    out += [line for line in module.other if not TYPE_LINE.match(line)]
    for name, function in module.functions.items():
        before, _, after = function.header.partition("@")
        header = LINKAGE.sub("", before) + "@" + COMDAT.sub("", after)
        lines = bodies[name] if bodies is not None and name in bodies else function.lines
        out.append(header)
        out += lines
        out.append("}")
    return rename("\n".join(out), names) + "\n"


def rename_declaration(text: str, declaration: Declaration) -> str:
    for line in text.splitlines():
        stripped = strip_comment(line).strip()
        if stripped.startswith("declare ") and re.search(
                re.escape(spell(declaration.name)) + r'\s*\(', stripped):
            return stripped
    raise Skip(f"declaration of {declaration.name} not found")


# ---------------------------------------------------------------- the guard

class Guard:
    """Checks inserted into one function of the guard copy."""

    def __init__(self, function: Function, module: Module) -> None:
        self.function = function
        self.module = module
        self.count = 0
        self.intrinsics: set[str] = set()
        self.replacement: str | None = None  # the instruction's text after '=', if changed

    def fresh(self) -> str:
        self.count += 1
        return f"%.tc{self.count}"

    def check(self, out: list[str], condition: str, reason: str) -> None:
        value = self.fresh()
        out.append(f"  {value} = zext i1 {condition} to i32")
        out.append(f"  call void @__tc_check(i32 {value}, i32 {REASON[reason]})")

    def compute(self, out: list[str], text: str) -> str:
        value = self.fresh()
        out.append(f"  {value} = {text}")
        return value

    def overflow(self, out: list[str], op: str, kind: str, a: str, b: str) -> str:
        name = f"llvm.{op}.with.overflow.{kind}"
        self.intrinsics.add(f"declare {{ {kind}, i1 }} @{name}({kind}, {kind})")
        pair = self.compute(out, f"call {{ {kind}, i1 }} @{name}({kind} {a}, {kind} {b})")
        return self.compute(out, f"extractvalue {{ {kind}, i1 }} {pair}, 1")

    def binary(self, out: list[str], opcode: str, rest: str) -> None:
        words = rest.split()
        flags = set()
        while words and words[0] in ("nsw", "nuw", "exact", "disjoint"):
            flags.add(words.pop(0))
        kind, operands = take_type(" ".join(words))
        values = split_top(operands)
        if len(values) < 2:
            raise Skip(f"cannot read {opcode}")
        a, b = values[0], values[1]
        bits = int_bits(kind)
        if bits is None:
            if kind.startswith("<"):
                raise Skip("vector types")
            return
        for flag, op in (("nsw", "s"), ("nuw", "u")):
            if flag in flags and opcode in ("add", "sub", "mul"):
                self.check(out, self.overflow(out, op + opcode, kind, a, b), "overflow")
        if opcode in ("shl", "lshr", "ashr"):
            big = self.compute(out, f"icmp uge {kind} {b}, {bits}")
            self.check(out, big, "shift")
            amount = self.compute(out, f"select i1 {big}, {kind} 0, {kind} {b}")
            if opcode == "shl":
                shifted = self.compute(out, f"shl {kind} {a}, {amount}")
                for flag, back in (("nuw", "lshr"), ("nsw", "ashr")):
                    if flag in flags:
                        undone = self.compute(out, f"{back} {kind} {shifted}, {amount}")
                        self.check(out, self.compute(out, f"icmp ne {kind} {undone}, {a}"),
                                   "overflow")
            elif "exact" in flags:
                shifted = self.compute(out, f"{opcode} {kind} {a}, {amount}")
                undone = self.compute(out, f"shl {kind} {shifted}, {amount}")
                self.check(out, self.compute(out, f"icmp ne {kind} {undone}, {a}"), "exact")
        if opcode in ("udiv", "sdiv", "urem", "srem"):
            zero = self.compute(out, f"icmp eq {kind} {b}, 0")
            bad = zero
            if opcode[0] == "s":
                minimum = -(1 << (bits - 1))
                is_min = self.compute(out, f"icmp eq {kind} {a}, {minimum}")
                is_minus = self.compute(out, f"icmp eq {kind} {b}, -1")
                both = self.compute(out, f"and i1 {is_min}, {is_minus}")
                bad = self.compute(out, f"or i1 {zero}, {both}")
            self.check(out, bad, "division")
            # the guard's own division takes a divisor that cannot trap: code
            # generation may schedule a division above the check's call
            safe = self.compute(out, f"select i1 {bad}, {kind} 1, {kind} {b}")
            self.replacement = (f"{opcode} {' '.join(sorted(flags))} {kind} "
                                f"{', '.join([a, safe, *values[2:]])}")
            if "exact" in flags:
                remainder = self.compute(out, f"{opcode[0]}rem {kind} {a}, {safe}")
                self.check(out, self.compute(out, f"icmp ne {kind} {remainder}, 0"), "exact")
        if opcode == "or" and "disjoint" in flags:
            common = self.compute(out, f"and {kind} {a}, {b}")
            self.check(out, self.compute(out, f"icmp ne {kind} {common}, 0"), "disjoint")

    def cast(self, out: list[str], opcode: str, rest: str) -> None:
        words = rest.split()
        flags = set()
        while words and words[0] in ("nsw", "nuw", "nneg"):
            flags.add(words.pop(0))
        kind, operand = take_type(" ".join(words))
        value, _, target = operand.rpartition(" to ")
        value = value.strip()
        target = split_top(target)[0] if target else ""
        if kind.startswith("<"):
            raise Skip("vector types")
        if opcode in ("fptosi", "fptoui"):
            raise Skip("fptosi/fptoui")
        if "nneg" in flags:
            self.check(out, self.compute(out, f"icmp slt {kind} {value}, 0"), "nneg")
        if opcode == "trunc":
            narrow = self.compute(out, f"trunc {kind} {value} to {target}")
            for flag, wide in (("nuw", "zext"), ("nsw", "sext")):
                if flag in flags:
                    back = self.compute(out, f"{wide} {target} {narrow} to {kind}")
                    self.check(out, self.compute(out, f"icmp ne {kind} {back}, {value}"),
                               "trunc")

    def memory(self, out: list[str], kind: str, pointer: str, align: int, store: bool) -> None:
        out.append(f"  call void @__tc_mem(ptr {pointer}, i64 {store_bytes(kind)}, "
                   f"i64 {align}, i32 {int(store)})")

    def instruction(self, line: str, out: list[str], after: list[str]) -> None:
        """Checks for ``line`` into ``out`` (before it) and ``after``."""
        match = INSTRUCTION.match(line)
        if not match:
            raise Skip(f"cannot read {line.strip()[:40]!r}")
        result, opcode, rest = match.groups()
        body = split_top(rest)
        if re.search(r'<\s*\d+\s+x\b', rest):
            raise Skip("vector types")
        if re.search(r'\b(undef|poison)\b', re.sub(r'"[^"]*"', "", rest)) and opcode not in (
                "phi", "select") and not re.search(r'@llvm\.dbg\.', rest):
            self.check(out, "true", "poison")
        if opcode in ("add", "sub", "mul", "shl", "lshr", "ashr", "udiv", "sdiv", "urem", "srem",
                      "and", "or", "xor"):
            self.binary(out, opcode, rest)
        elif opcode in ("fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fcmp"):
            if re.match(r'\s*(fast|nnan|ninf|nsz|arcp|contract|afn|reassoc)\b', rest):
                raise Skip("fast-math flags")
        elif opcode in ("trunc", "zext", "sext", "uitofp", "sitofp", "fptosi", "fptoui",
                        "ptrtoint", "inttoptr", "bitcast", "fptrunc", "fpext"):
            self.cast(out, opcode, rest)
        elif opcode == "addrspacecast":
            raise Skip("address spaces")
        elif opcode == "icmp":
            words = rest.split()
            if words[0] == "samesign":
                kind, operands = take_type(" ".join(words[2:]))
                a, b = split_top(operands)[:2]
                if int_bits(kind) is not None:
                    differ = self.compute(out, f"xor {kind} {a}, {b}")
                    self.check(out, self.compute(out, f"icmp slt {kind} {differ}, 0"),
                               "samesign")
        elif opcode == "select":
            self.select(out, rest)
        elif opcode == "load":
            self.load(out, body)
        elif opcode == "store":
            self.store(out, body)
        elif opcode == "getelementptr":
            self.gep(after, result, rest)
        elif opcode in ("call", "tail", "musttail", "notail", "invoke"):
            self.call(out, line)
        elif opcode == "alloca":
            self.alloca(after, result, rest)
        elif opcode in ("atomicrmw", "cmpxchg"):
            words = [word for word in rest.split() if word not in ("volatile", "weak")]
            if opcode == "atomicrmw":
                words = words[1:]
            pointer = split_top(" ".join(words))[0]
            _, value = take_type(pointer)
            value_kind = take_type(split_top(" ".join(words))[1])[0]
            self.memory(out, value_kind, value.strip(), 1, True)
        elif opcode == "unreachable":
            self.check(out, "true", "unreachable")
        elif opcode in ("ret", "br", "switch", "phi", "freeze", "extractvalue", "insertvalue",
                        "fence", "landingpad", "resume"):
            pass
        else:
            raise Skip(f"instruction {opcode}")

    def select(self, out: list[str], rest: str) -> None:
        parts = split_top(rest)
        condition = take_type(parts[0])[1].strip()
        arms = [take_type(part)[1].strip() for part in parts[1:3]]
        poisonous = [bool(re.search(r'\b(undef|poison)\b', arm)) for arm in arms]
        if re.search(r'\b(undef|poison)\b', condition):
            self.check(out, "true", "poison")
        if poisonous[0] and poisonous[1]:
            self.check(out, "true", "select")
        elif poisonous[0]:
            self.check(out, condition, "select")
        elif poisonous[1]:
            self.check(out, self.compute(out, f"xor i1 {condition}, true"), "select")

    def load(self, out: list[str], body: list[str]) -> None:
        words = [word for word in body[0].split() if word not in ("atomic", "volatile")]
        kind = take_type(" ".join(words))[0]
        pointer = take_type(body[1])[1].strip()
        if re.search(r'!(range|nonnull|align|dereferenceable|noundef)\b', ",".join(body[2:])):
            raise Skip("load metadata that makes poison")
        self.memory(out, kind, pointer, self.align(body, kind), False)
        bits = int_bits(kind)
        if bits is not None and bits % 8:
            out.append(f"  call void @__tc_load_pad(ptr {pointer}, i64 {(bits + 7) // 8}, "
                       f"i32 {bits})")

    def store(self, out: list[str], body: list[str]) -> None:
        words = [word for word in body[0].split() if word not in ("atomic", "volatile")]
        kind, value = take_type(" ".join(words))
        pointer = take_type(body[1])[1].strip()
        self.memory(out, kind, pointer, self.align(body, kind), True)
        if kind == "ptr":
            out.append(f"  call void @__tc_store_ptr(ptr {pointer}, ptr {value.strip()})")

    @staticmethod
    def align(body: list[str], kind: str) -> int:
        """The access's alignment: its align operand, else the type's ABI alignment."""
        for part in body[2:]:
            match = re.fullmatch(r'align\s+(\d+)', part.strip())
            if match:
                return int(match.group(1))
        bits = int_bits(kind)
        if bits is not None:
            return min(16, 1 << max(0, (bits - 1).bit_length() - 3)) if bits > 8 else 1
        return {"ptr": 8, "float": 4, "double": 8, "half": 2}.get(kind, 1)

    def gep(self, after: list[str], result: str | None, rest: str) -> None:
        words = rest.split()
        flags = set()
        while words and (words[0] in ("inbounds", "nuw", "nusw") or words[0].startswith(
                "inrange")):
            flags.add(words.pop(0))
        if not flags & {"inbounds", "nuw", "nusw"} or result is None:
            return
        parts = split_top(" ".join(words))
        base = take_type(parts[1])[1].strip()
        after.append(f"  call void @__tc_gep(ptr {base}, ptr {result}, i32 "
                     f"{int('nuw' in flags)})")
        if "nuw" in flags:
            for part in parts[2:]:
                if part.startswith("!") or part.startswith("align"):
                    continue
                kind, index = take_type(part)
                index = index.strip()
                self.check(after, self.compute(after, f"icmp slt {kind} {index}, 0"), "overflow")

    def alloca(self, after: list[str], result: str | None, rest: str) -> None:
        parts = split_top(rest)
        words = [word for word in parts[0].split() if word != "inalloca"]
        if "inalloca" in parts[0]:
            raise Skip("inalloca")
        kind = take_type(" ".join(words))[0]
        size = f"ptrtoint (ptr getelementptr ({kind}, ptr null, i32 1) to i64)"
        total = size
        for part in parts[1:]:
            if part.startswith(("align", "addrspace", "!")):
                continue
            count_kind, count = take_type(part)
            wide = self.compute(after, f"zext {count_kind} {count.strip()} to i64") \
                if count_kind != "i64" else count.strip()
            total = self.compute(after, f"mul i64 {size}, {wide}")
        uses = " ".join(self.function.lines)
        live = int(not re.search(r'@llvm\.lifetime\.start[.\w]*\((i64 [-\d]+,\s*)?ptr\s+'
                                 + re.escape(result or "") + r'\)', uses))
        after.append(f"  call void @__tc_alloca(ptr {result}, i64 {total}, i32 {live})")

    def argument_attributes(self, out: list[str], args: list[str], values: list[str]) -> None:
        """Checks for the call-site attributes that make an argument poison."""
        for arg, value in zip(args, values, strict=True):
            kind, rest = take_type(arg)
            align = re.search(r'\balign (\d+)', rest)
            if kind == "ptr" and align and int(align.group(1)) > 1:
                address = self.compute(out, f"ptrtoint ptr {value} to i64")
                low = self.compute(out, f"and i64 {address}, {int(align.group(1)) - 1}")
                self.check(out, self.compute(out, f"icmp ne i64 {low}, 0"), "misaligned")
            if kind == "ptr" and re.search(r'\bnonnull\b', rest):
                self.check(out, self.compute(out, f"icmp eq ptr {value}, null"), "nonnull")
            ranged = re.search(r'range\((i\d+) (-?\d+), (-?\d+)\)', rest)
            if ranged:
                shifted = self.compute(out, f"sub {kind} {value}, {ranged.group(2)}")
                width = self.compute(out, f"sub {kind} {ranged.group(3)}, {ranged.group(2)}")
                self.check(out, self.compute(out, f"icmp uge {kind} {shifted}, {width}"),
                           "range")

    def call(self, out: list[str], line: str) -> None:
        if re.match(r'\s*%', line):
            line = line.split("=", 1)[1]
        callee = re.search(rf'(@"[^"]*"|@[-a-zA-Z$._0-9]+|{LOCAL})\s*\(', line)
        if not callee or callee.group(1).startswith("%"):
            raise Skip("indirect calls")
        if "asm " in line.split(callee.group(1))[0]:
            raise Skip("inline asm")
        if re.match(r'\s*musttail\b', line):
            raise Skip("musttail calls")
        name = global_name(callee.group(1))
        open_at = callee.end() - 1
        close = matching(line, open_at)
        args = split_top(line[open_at + 1:close - 1])
        values = [argument_value(arg) for arg in args]
        tail = line[close:]
        if re.search(r'\[\s*"', tail):
            raise Skip("operand bundles")
        self.argument_attributes(out, args, values)
        if not name.startswith("llvm."):
            if re.search(r'\b(range\(|nonnull|dereferenceable|align \d)',
                         line[:callee.start()]):
                raise Skip("call-site result attributes")
            if name in self.module.declarations and self.module.declarations[name].variadic \
                    and "(...)" not in line and "..." in line:
                raise Skip("variadic calls")
            return
        if PLAIN_INTRINSICS.match(name):
            return
        if name.startswith("llvm.abs."):
            kind = take_type(args[0])[0]
            if values[1] != "false":
                minimum = -(1 << ((int_bits(kind) or 1) - 1))
                self.check(out, self.compute(out, f"icmp eq {kind} {values[0]}, {minimum}"),
                           "intrinsic")
        elif name.startswith(("llvm.ctlz.", "llvm.cttz.")):
            kind = take_type(args[0])[0]
            if values[1] != "false":
                self.check(out, self.compute(out, f"icmp eq {kind} {values[0]}, 0"), "intrinsic")
        elif name == "llvm.assume":
            self.check(out, self.compute(out, f"xor i1 {values[0]}, true"), "assume")
        elif name.startswith(("llvm.memcpy.", "llvm.memmove.", "llvm.memcpy.inline.")):
            size_kind = take_type(args[2])[0]
            size = self.compute(out, f"zext {size_kind} {values[2]} to i64") \
                if size_kind != "i64" else values[2]
            out.append(f"  call void @__tc_memcpy(ptr {values[0]}, ptr {values[1]}, i64 {size}, "
                       f"i32 {int(name.startswith('llvm.memmove'))})")
        elif name.startswith(("llvm.memset.", "llvm.memset.inline.")):
            size_kind = take_type(args[2])[0]
            size = self.compute(out, f"zext {size_kind} {values[2]} to i64") \
                if size_kind != "i64" else values[2]
            out.append(f"  call void @__tc_memset(ptr {values[0]}, i64 {size})")
        elif name.startswith(("llvm.lifetime.start", "llvm.lifetime.end")):
            out.append(f"  call void @__tc_lifetime(ptr {values[-1]}, i32 "
                       f"{int('start' in name)})")
        elif re.match(r'llvm\.[su]shl\.sat\.', name):
            kind = take_type(args[0])[0]
            self.check(out, self.compute(out, f"icmp uge {kind} {values[1]}, "
                                              f"{int_bits(kind)}"), "shift")
        else:
            raise Skip(f"intrinsic {name}")


def references(text: str) -> tuple[set[str], set[str]]:
    """The global names ``text`` calls (followed by '(') and uses otherwise."""
    called: set[str] = set()
    used: set[str] = set()
    for match in TOKEN.finditer(text):
        token = match.group(0)
        if token[0] != "@":
            continue
        after = text[match.end():match.end() + 2].lstrip()
        (called if after.startswith("(") else used).add(global_name(token))
    return called, used


VALUE_WORDS = re.compile(r'(getelementptr|ptrtoint|inttoptr|bitcast|addrspacecast|trunc|add|sub|'
                         r'mul|xor|shl|icmp|true|false|null|none|poison|undef|zeroinitializer|'
                         r'blockaddress|dso_local_equivalent|no_cfi|ptrauth)\b')


def argument_value(arg: str) -> str:
    """The value of a call argument 'TYPE [attributes] VALUE'."""
    if arg.startswith("metadata"):
        return arg
    _, rest = take_type(arg)
    words = split_top(rest.strip(), " ")
    index = 0
    while index < len(words) - 1:
        word = words[index]
        if VALUE_WORDS.match(word) or not re.match(r'[a-z_]+(\(.*\))?$', word):
            break
        index += 2 if word == "align" else 1
    return " ".join(words[index:])


def instrument(function: Function, module: Module) -> tuple[list[str], set[str]]:
    """The guard copy's body of ``function`` and the intrinsic declarations it needs."""
    guard = Guard(function, module)
    lines = logical_lines(function.lines)
    unnamed = sum(param.name.startswith("%") and param.name[1:].isdigit()
                  for param in function.params)
    # blocks: label -> (first line index); phi operands that are poison, by predecessor
    labels: list[str] = []
    starts: list[int] = []
    for index, line in enumerate(lines):
        label = re.match(r'([-a-zA-Z$._0-9]+|"[^"]*"):', line)
        if label:
            labels.append(label.group(1))
            starts.append(index)
    if not starts or starts[0] != 0:
        labels.insert(0, str(unnamed))
        starts.insert(0, -1)
    poison_edges: dict[str, list[str]] = {}
    for block, start in zip(labels, starts, strict=True):
        for line in lines[start + 1:]:
            match = INSTRUCTION.match(line)
            if not match or match.group(2) != "phi":
                break
            for pair in re.finditer(r'\[\s*([^,\]]+),\s*%("[^"]*"|[-\w$.]+)\s*\]', line):
                if re.search(r'\b(undef|poison)\b', pair.group(1)):
                    poison_edges.setdefault(pair.group(2), []).append(block)
    out: list[str] = []
    param_checks: list[str] = []
    for param in function.params:
        match = re.search(r'range\((i\d+) (-?\d+), (-?\d+)\)', param.attrs)
        if match:
            kind, low, high = match.groups()
            shifted = guard.compute(param_checks, f"sub {kind} {param.name}, {low}")
            width = guard.compute(param_checks, f"sub {kind} {high}, {low}")
            guard.check(param_checks, guard.compute(
                param_checks, f"icmp uge {kind} {shifted}, {width}"), "range")
        if "nonnull" in param.attrs.split():
            guard.check(param_checks, guard.compute(
                param_checks, f"icmp eq ptr {param.name}, null"), "nonnull")
    frame = "  %.tcframe = call i32 @__tc_frame_push()"
    block_of = dict(zip(starts, labels, strict=True))
    current = labels[0]
    if starts[0] == -1:
        out += [frame, *param_checks, "  call void @__tc_step()"]
    in_phis = False
    for index, line in enumerate(lines):
        if index in block_of:
            current = block_of[index]
            out.append(line)
            if index == starts[0]:
                out += [frame, *param_checks]
            in_phis = True
            continue
        match = INSTRUCTION.match(line)
        opcode = match.group(2) if match else ""
        if line.strip().startswith("#dbg_"):
            out.append(line)
            continue
        if in_phis and opcode not in ("phi", "landingpad"):
            out.append("  call void @__tc_step()")
            in_phis = False
        before: list[str] = []
        after: list[str] = []
        if opcode == "phi":
            out.append(line)
            continue
        guard.replacement = None
        guard.instruction(line, before, after)
        if guard.replacement is not None:
            line = line.split("=", 1)[0] + "= " + guard.replacement
        if opcode in ("br", "switch", "invoke", "ret", "unreachable", "resume"):
            for successor in poison_edges.get(current, []):
                guard.check(before, edge_condition(guard, before, line, successor), "poison")
        if opcode == "ret":
            before += ret_checks(guard, function, line)
            before.append("  call void @__tc_frame_pop(i32 %.tcframe)")
        if opcode == "landingpad":
            out += [line, *after]
            continue
        out += before + [line] + after
    return out, guard.intrinsics


def edge_condition(guard: Guard, out: list[str], line: str, successor: str) -> str:
    """When the terminator ``line`` goes to ``successor`` ('true' where unsure)."""
    match = re.match(r'\s*br i1 (\S+), label %("[^"]*"|[-\w$.]+), label %("[^"]*"|[-\w$.]+)',
                     line)
    if not match:
        return "true"
    condition, yes, no = match.groups()
    if yes == successor and no == successor:
        return "true"
    if yes == successor:
        return condition
    if no == successor:
        return guard.compute(out, f"xor i1 {condition}, true")
    return "false"


def ret_checks(guard: Guard, function: Function, line: str) -> list[str]:
    out: list[str] = []
    match = re.match(r'\s*ret\s+(\S+)\s+(\S+)', line)
    if not match:
        return out
    kind, value = match.groups()
    value = value.rstrip(",")
    ranged = re.search(r'range\((i\d+) (-?\d+), (-?\d+)\)', function.ret_attrs)
    if ranged:
        _, low, high = ranged.groups()
        shifted = guard.compute(out, f"sub {kind} {value}, {low}")
        width = guard.compute(out, f"sub {kind} {high}, {low}")
        guard.check(out, guard.compute(out, f"icmp uge {kind} {shifted}, {width}"), "range")
    if re.search(r'\bnonnull\b', function.ret_attrs) and kind == "ptr":
        guard.check(out, guard.compute(out, f"icmp eq ptr {value}, null"), "nonnull")
    return out


# ---------------------------------------------------------------- variadic calls

def devariadic(text: str, variadic: set[str], used: dict[str, tuple[str, list[str]]]) -> str:
    """Calls to variadic external functions rewritten as calls to one
    fixed-signature stub per argument-type list (recorded in ``used``: stub
    name -> (declaration, types)), so that the stubs can hash every argument."""
    out = []
    for line in text.split("\n"):
        callee = re.search(r'(@"[^"]*"|@[-a-zA-Z$._0-9]+)\s*\(', line)
        if callee and global_name(callee.group(1)) in variadic and re.search(
                r'\b(call|invoke)\b', line[:callee.start()]):
            name = global_name(callee.group(1))
            close = matching(line, callee.end() - 1)
            args = split_top(line[callee.end():close - 1])
            kinds = [take_type(arg)[0] for arg in args]
            stub = f"{name}.tc." + ".".join(re.sub(r'[^\w]', '_', kind) for kind in kinds)
            used[stub] = (name, kinds)
            head = re.sub(r'\s*\([^()]*\.\.\.\)\s*$', " ", line[:callee.start()])
            line = head + spell(stub) + line[callee.end() - 1:]
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- harness

def describe_value(kind: str) -> tuple[int, int, int]:
    """(kind code, bits, 64-bit words) of a parameter or result field type."""
    bits = int_bits(kind)
    if bits is not None and bits > 0:
        return 0, bits, (bits + 63) // 64
    if kind == "ptr":
        return 1, 64, 1
    if kind in ("float", "double"):
        return 2, 32 if kind == "float" else 64, 1
    raise Skip(f"type {kind}")


def result_fields(kind: str) -> list[str]:
    if kind == "void":
        return []
    if kind.startswith("{") and kind.endswith("}"):
        return [take_type(part)[0] for part in split_top(kind[1:-1].strip())]
    describe_value(kind)
    return [kind]


def buffer_size(attrs: str) -> int:
    size = BUFFER_BYTES
    for match in re.finditer(r'dereferenceable(?:_or_null)?\((\d+)\)', attrs):
        size = max(size, int(match.group(1)))
    align = re.search(r'\balign (\d+)', attrs)
    if (align and int(align.group(1)) > 64) or size > 1 << 16:
        raise Skip("parameter alignment or size")
    if re.search(r'\b(inalloca|preallocated|swifterror|swiftself|swiftasync)\b', attrs):
        raise Skip("parameter attribute")
    return size


def wrapper(function: Function, prefix: str, number: int) -> str:
    lines = [f"define void @__tc_w.{prefix}.{number}(ptr %args, ptr %result) {{"]
    values, at = [], 0
    for index, param in enumerate(function.params):
        code, bits, words = describe_value(param.type)
        slot = f"%s{index}"
        lines.append(f"  {slot} = getelementptr i64, ptr %args, i64 {at}")
        if code == 1:
            lines.append(f"  %a{index} = load ptr, ptr {slot}, align 8")
        elif code == 2:
            lines += [f"  %w{index} = load i{bits}, ptr {slot}, align 8",
                      f"  %a{index} = bitcast i{bits} %w{index} to {param.type}"]
        elif bits == 64 * words:
            lines.append(f"  %a{index} = load i{bits}, ptr {slot}, align 8")
        else:
            lines += [f"  %w{index} = load i{64 * words}, ptr {slot}, align 8",
                      f"  %a{index} = trunc i{64 * words} %w{index} to i{bits}"]
        attrs = re.sub(r'\b(noundef|returned)\b', "", param.attrs)
        values.append(f"{param.type} {attrs} %a{index}")
        at += words
    call = f"call {function.cc} {function.ret} {spell(prefix + '.' + function.name)}" \
           f"({', '.join(values)})"
    fields = result_fields(function.ret)
    if not fields:
        lines.append(f"  {call}")
    else:
        lines.append(f"  %r = {call}")
    at = 0
    for index, kind in enumerate(fields):
        code, bits, words = describe_value(kind)
        value = "%r"
        if function.ret.startswith("{"):
            value = f"%f{index}"
            lines.append(f"  {value} = extractvalue {function.ret} %r, {index}")
        slot = f"%o{index}"
        lines.append(f"  {slot} = getelementptr i64, ptr %result, i64 {at}")
        if code == 1:
            lines.append(f"  store ptr {value}, ptr {slot}, align 8")
        elif code == 2:
            lines += [f"  %b{index} = bitcast {kind} {value} to i{bits}",
                      f"  store i{bits} %b{index}, ptr {slot}, align 8"]
        elif bits == 64 * words:
            lines.append(f"  store {kind} {value}, ptr {slot}, align 8")
        else:
            lines += [f"  %z{index} = zext {kind} {value} to i{64 * words}",
                      f"  store i{64 * words} %z{index}, ptr {slot}, align 8"]
        at += words
    return "\n".join(lines + ["  ret void", "}"])


def function_attributes(module: Module, text: str) -> str:
    """``text`` with its attribute-group references expanded."""
    return re.sub(r'#\d+', lambda match: module.groups.get(match.group(0), ""), text)


PURE = re.compile(r'\breadnone\b|\breadonly\b|memory\((?![^)]*write)[^)]*\)')


def call_sites(modules: list[Module]) -> dict[str, list[str]]:
    """Per callee name, the attribute text after each call's arguments."""
    sites: dict[str, list[str]] = {}
    for module in modules:
        for function in module.functions.values():
            for line in function.lines:
                line = strip_comment(line)
                match = re.search(r'\b(?:call|invoke)\b[^@]*?(@"[^"]*"|@[-a-zA-Z$._0-9]+)\s*\(',
                                  line)
                if not match:
                    continue
                try:
                    close = matching(line, match.end() - 1)
                except Skip:
                    continue
                sites.setdefault(global_name(match.group(1)), []).append(
                    function_attributes(module, line[close:]))
    return sites


def external_kind(declaration: Declaration, module: Module, sites: list[str]) -> str:
    """'pure', 'effect' or 'noreturn': how the stub of ``declaration`` behaves,
    from its attributes and those of its call sites."""
    attrs = function_attributes(module, declaration.attrs)
    text = " ".join([attrs, *sites])
    if "noreturn" in text:
        return "noreturn"
    return "pure" if PURE.search(attrs) or any(PURE.search(site) for site in sites) else "effect"


def stub(name: str, ret: str, kinds: list[str], variadic: bool, number: int, how: str) -> str:
    params = [f"{kind} %a{index}" for index, kind in enumerate(kinds)]
    if variadic:
        params.append("...")
    lines = [f"define {ret} {spell(name)}({', '.join(params)}) {{"]
    hash_value = f"{number * 7919 + 1}"
    step = 0

    def mix(text: str, pointer: bool = False) -> None:
        nonlocal hash_value, step
        step += 1
        helper = "__tc_mix_ptr" if pointer else "__tc_mix"
        argument = f"ptr {text}" if pointer else f"i64 {text}"
        lines.append(f"  %h{step} = call i64 @{helper}(i64 {hash_value}, {argument})")
        hash_value = f"%h{step}"

    for index, kind in enumerate(kinds):
        bits = int_bits(kind)
        if kind == "ptr":
            mix(f"%a{index}", pointer=True)
        elif kind in ("float", "double"):
            width = 32 if kind == "float" else 64
            lines.append(f"  %c{index} = bitcast {kind} %a{index} to i{width}")
            lines.append(f"  %e{index} = zext i{width} %c{index} to i64" if width < 64
                         else f"  %e{index} = or i64 %c{index}, 0")
            mix(f"%e{index}")
        elif bits is not None:
            for word in range((bits + 63) // 64):
                value = f"%a{index}"
                if word:
                    lines.append(f"  %s{index}.{word} = lshr {kind} %a{index}, {64 * word}")
                    value = f"%s{index}.{word}"
                if bits > 64:
                    lines.append(f"  %t{index}.{word} = trunc {kind} {value} to i64")
                elif bits < 64:
                    lines.append(f"  %t{index}.{word} = zext {kind} {value} to i64")
                else:
                    lines.append(f"  %t{index}.{word} = or i64 {value}, 0")
                mix(f"%t{index}.{word}")
    if how == "noreturn":
        lines += [f"  call void @__tc_noreturn(i64 {hash_value})", "  unreachable", "}"]
        return "\n".join(lines)
    if how == "effect":
        lines.append(f"  %r = call i64 @__tc_effect(i64 {hash_value})")
    else:
        lines.append(f"  %r = or i64 {hash_value}, 0")
    fields = result_fields(ret) if ret != "void" else []
    values = []
    for index, kind in enumerate(fields):
        lines.append(f"  %m{index} = call i64 @__tc_mix(i64 %r, i64 {index})")
        bits = int_bits(kind)
        if kind == "ptr":
            values.append("null")
            continue
        if kind in ("float", "double"):
            width = 32 if kind == "float" else 64
            lines.append(f"  %n{index} = trunc i64 %m{index} to i{width}" if width < 64
                         else f"  %n{index} = or i64 %m{index}, 0")
            lines.append(f"  %v{index} = bitcast i{width} %n{index} to {kind}")
        elif bits is not None and bits < 64:
            lines.append(f"  %v{index} = trunc i64 %m{index} to {kind}")
        elif bits is not None and bits > 64:
            lines.append(f"  %v{index} = zext i64 %m{index} to {kind}")
        else:
            lines.append(f"  %v{index} = or i64 %m{index}, 0")
        values.append(f"%v{index}")
    if ret == "void":
        lines.append("  ret void")
    elif ret.startswith("{"):
        current = "poison"
        for index, (kind, value) in enumerate(zip(fields, values, strict=True)):
            lines.append(f"  %i{index} = insertvalue {ret} {current}, {kind} {value}, {index}")
            current = f"%i{index}"
        lines.append(f"  ret {ret} {current}")
    else:
        lines.append(f"  ret {ret} {values[0]}")
    lines.append("}")
    return "\n".join(lines)


RUNTIME_DECLARATIONS = """
declare void @__tc_check(i32, i32)
declare void @__tc_step()
declare i32 @__tc_frame_push()
declare void @__tc_frame_pop(i32)
declare void @__tc_alloca(ptr, i64, i32)
declare void @__tc_lifetime(ptr, i32)
declare void @__tc_mem(ptr, i64, i64, i32)
declare void @__tc_load_pad(ptr, i64, i32)
declare void @__tc_store_ptr(ptr, ptr)
declare void @__tc_gep(ptr, ptr, i32)
declare void @__tc_memcpy(ptr, ptr, i64, i32)
declare void @__tc_memset(ptr, i64)
"""


@dataclass
class Harness:
    """The four module texts of one check and what was left out."""

    original: str
    optimized: str
    guard: str
    optimized_guard: str | None
    harness: str
    checked: list[str]
    skipped: Counter[str]


def build(original_text: str, optimized_text: str) -> Harness:
    original, optimized = read_module(original_text), read_module(optimized_text)
    skipped: Counter[str] = Counter()
    problems = original.problems + optimized.problems
    if original.layout not in (None, HOST_LAYOUT):
        problems.append("non-host data layout")
    defined = set(original.functions) | set(optimized.functions)
    skip: dict[str, str] = {}
    for name in original.functions:
        if problems:
            skip[name] = problems[0]
        elif name not in optimized.functions:
            skip[name] = "missing from the optimized module"
    extra = set(optimized.declarations) - set(original.declarations) - defined
    for name in sorted(extra):
        if not name.startswith("llvm."):
            for function in original.functions:
                skip.setdefault(function, f"the optimized module declares a new function {name}")
    # variadic externals: one fixed stub per argument-type list
    variadic = {name for module in (original, optimized)
                for name, declaration in module.declarations.items() if declaration.variadic}
    used: dict[str, tuple[str, list[str]]] = {}
    for module in (original, optimized):
        for function in module.functions.values():
            function.lines = devariadic("\n".join(function.lines), variadic, used).split("\n")
    bodies: dict[str, list[str]] = {}
    intrinsics: set[str] = set()
    for name, function in original.functions.items():
        try:
            if len(function.params) > 60:
                raise Skip("more than 60 parameters")
            for param in function.params:
                if param.type == "...":
                    raise Skip("variadic definitions")
                describe_value(param.type)
                if param.type == "ptr":
                    buffer_size(param.attrs)
            result_fields(function.ret)
            for field_kind in result_fields(function.ret):
                describe_value(field_kind)
            if re.search(r'\b(blockaddress|indirectbr|callbr|va_arg|dso_local_equivalent)\b',
                         "\n".join(function.lines)):
                raise Skip("blockaddress, indirectbr, callbr or va_arg")
            bodies[name], needed = instrument(function, original)
            intrinsics |= needed
        except Skip as reason:
            skip.setdefault(name, str(reason))
        except (IndexError, ValueError) as error:
            skip.setdefault(name, f"checker cannot read it ({type(error).__name__})")
    # a defined function that claims not to write memory must not call a stub
    # that has effects, nor store (the optimizer may delete calls to it)
    for name, function in original.functions.items():
        after = function.header[function.header.find(")", function.header.find("@")):]
        if PURE.search(function_attributes(original, after)) and re.search(
                r'\bstore\b|\bcall\b[^@]*@(?!llvm\.)', "\n".join(function.lines)):
            skip.setdefault(name, "memory attributes its body may break")
    # a function address used as a value, or a call of a skipped function
    calls: dict[str, set[str]] = {}
    for module in (original, optimized):
        for name, function in module.functions.items():
            called, addressed = references("\n".join(function.lines))
            calls.setdefault(name, set()).update(called)
            if addressed & defined:
                skip.setdefault(name, "uses a function's address")
    changed = True
    while changed:  # bounded by the number of functions
        changed = False
        for name in original.functions:
            if name not in skip and calls.get(name, set()) & set(skip):
                skip[name] = "calls a skipped function"
                changed = True
    # externals whose results the stubs cannot honor
    declarations = {**optimized.declarations, **original.declarations}
    unmodeled = {name for name, declaration in declarations.items()
                 if not name.startswith("llvm.") and name not in defined and re.search(
                     r'\b(range\(|nonnull|dereferenceable|align \d)', declaration.attrs)}
    for function_name, called in calls.items():
        if function_name in original.functions and called & unmodeled:
            skip.setdefault(function_name, "calls an external with result attributes")
    for reason in skip.values():
        skipped[reason] += 1
    checked = [name for name in original.functions if name not in skip]

    stubs = tuple(f"declare {declarations[name].ret} {spell(stub_name)}({', '.join(kinds)})"
                  for stub_name, (name, kinds) in sorted(used.items()))
    guard = guard_module(copy_module(original, "g", defined, False, bodies, stubs,
                                     frozenset(original.globals)), intrinsics)
    # the optimized code gets the same checks, to find poison or UB it introduces
    optimized_bodies: dict[str, list[str]] = {}
    optimized_intrinsics: set[str] = set()
    try:
        for name, function in optimized.functions.items():
            optimized_bodies[name], needed = instrument(function, optimized)
            optimized_intrinsics |= needed
        optimized_guard = guard_module(copy_module(
            optimized, "q", defined, False, optimized_bodies, stubs,
            frozenset(original.globals) | frozenset(optimized.globals)), optimized_intrinsics)
    except (Skip, IndexError, ValueError):
        optimized_guard = None
    harness = harness_text(original, optimized, checked, declarations, used, defined,
                           optimized_guard is not None)
    return Harness(copy_module(original, "o", defined, True, extra=stubs),
                   copy_module(optimized, "p", defined, False, extra=stubs,
                               shared=frozenset(original.globals)), guard,
                   optimized_guard, harness, checked, skipped)


def guard_module(text: str, intrinsics: set[str]) -> str:
    """A guard copy with the runtime's and the checks' declarations added."""
    declared = {line.split("@", 1)[1].split("(")[0] for line in text.splitlines()
                if line.startswith("declare")}
    return text + RUNTIME_DECLARATIONS + "\n".join(
        line for line in sorted(intrinsics)
        if line.split("@", 1)[1].split("(")[0] not in declared) + "\n"


def harness_text(original: Module, optimized: Module, checked: list[str],
                 declarations: dict[str, Declaration], used: dict[str, tuple[str, list[str]]],
                 defined: set[str], optimized_guard: bool) -> str:
    out = [TARGET, *(line for line in original.other if TYPE_LINE.match(line)),
           "declare void @__tc_global(ptr, i64, i32, i32)",
           "declare void @__tc_run(i32, ptr, i32, ptr, i32, ptr, ptr, ptr, ptr, ptr, i32)",
           "declare i64 @__tc_mix(i64, i64)", "declare i64 @__tc_mix_ptr(i64, ptr)",
           "declare i64 @__tc_effect(i64)", "declare void @__tc_noreturn(i64)"]
    numbers = {name: index for index, name in enumerate(sorted(declarations))}
    sites = call_sites([original, optimized])
    for name, declaration in sorted(declarations.items()):
        if name.startswith("llvm.") or name in defined:
            continue
        how = external_kind(declaration, original, sites.get(name, []))
        try:
            out.append(stub(EXTERNAL + name, declaration.ret, declaration.params,
                            declaration.variadic, numbers[name], how))
        except Skip:
            # a result the stub cannot make: the call ends the run as a UB input
            out.append(f"define {declaration.ret} {spell(EXTERNAL + name)}(...) {{\n"
                       f"  call void @__tc_check(i32 1, i32 {REASON['external']})\n"
                       f"  unreachable\n}}")
    for stub_name, (name, kinds) in sorted(used.items()):
        declaration = declarations[name]
        out.append(stub(stub_name, declaration.ret, kinds, False, numbers[name],
                        external_kind(declaration, original, sites.get(name, []))))
    # the original's globals, then the ones only the optimized module defines
    variables = {**{name: item for name, item in optimized.globals.items() if item.defined},
                 **original.globals}
    for name, item in variables.items():
        if item.defined:
            out.append(f"{spell(name)} = external global {item.type}")
        else:
            out.append(f"{spell(EXTERNAL + name)} = global {item.type} zeroinitializer")
    main = ["define void @__tc_harness(i32 %inputs) {"]
    for name, item in variables.items():
        writable = int(item.writable or not item.defined)
        size = f"ptrtoint (ptr getelementptr ({item.type}, ptr null, i32 1) to i64)"
        symbol = spell(name if item.defined else EXTERNAL + name)
        main.append(f"  call void @__tc_global(ptr {symbol}, i64 {size}, i32 {writable}, "
                    f"i32 {int(item.clean)})")
    for number, name in enumerate(checked):
        function = original.functions[name]
        params = [describe_value(param.type) for param in function.params]
        pdesc = []
        for param, (code, bits, words) in zip(function.params, params, strict=True):
            pdesc += [code, bits, words, buffer_size(param.attrs) if code == 1 else 0]
        rdesc = []
        for kind in result_fields(function.ret):
            rdesc += list(describe_value(kind))
        label = name.encode()
        out.append(f'@__tc_name.{number} = private constant [{len(label) + 1} x i8] '
                   f'c"{ir_string(label)}\\00"')
        out.append(f"@__tc_p.{number} = private constant [{len(pdesc) + 1} x i32] "
                   f"[{', '.join(f'i32 {value}' for value in [*pdesc, 0])}]")
        out.append(f"@__tc_r.{number} = private constant [{len(rdesc) + 1} x i32] "
                   f"[{', '.join(f'i32 {value}' for value in [*rdesc, 0])}]")
        for prefix in ("g", "o", "p", "q") if optimized_guard else ("g", "o", "p"):
            out.append(wrapper(function, prefix, number))
            kinds = ", ".join(param.type for param in function.params)
            callee = spell(prefix + "." + name)
            out.append(f"declare {function.cc} {function.ret} {callee}({kinds})")
        main.append(f"  call void @__tc_run(i32 {number}, ptr @__tc_name.{number}, "
                    f"i32 {len(params)}, ptr @__tc_p.{number}, i32 {len(rdesc) // 3}, "
                    f"ptr @__tc_r.{number}, ptr @__tc_w.g.{number}, ptr @__tc_w.o.{number}, "
                    f"ptr @__tc_w.p.{number}, "
                    f"ptr {f'@__tc_w.q.{number}' if optimized_guard else 'null'}, i32 %inputs)")
    main += ["  ret void", "}"]
    return "\n".join(out + main) + "\n"


def ir_string(data: bytes) -> str:
    return "".join(chr(byte) if 32 <= byte < 127 and byte not in (34, 92) else f"\\{byte:02X}"
                   for byte in data)


# ---------------------------------------------------------------- running

_RUNTIME_CACHE: dict[str, Path] = {}


def runtime_module(directory: Path) -> Path:
    """The runtime compiled to IR by clang-22 (once per process)."""
    key = hashlib.sha256(RUNTIME_SOURCE.encode()).hexdigest()[:16]
    cached = _RUNTIME_CACHE.get(key)
    if cached is not None and cached.exists():
        return cached
    source = directory / "translation_runtime.c"
    source.write_text(RUNTIME_SOURCE)
    target = directory / "translation_runtime.ll"
    subprocess.run(["clang-22", "-O1", "-S", "-emit-llvm", "-o", str(target), str(source)],
                   check=True, capture_output=True, text=True)
    _RUNTIME_CACHE[key] = target
    return target


def run_check(original_text: str, optimized_text: str, inputs: int = 64, seed: int = 1,
              timeout: float = 120.0, keep: Path | None = None) -> Report:
    """Check every drivable function of ``original_text`` against
    ``optimized_text``."""
    report = Report()
    harness = build(original_text, optimized_text)
    report.skipped.update(harness.skipped)
    if not harness.checked:
        return report
    with tempfile.TemporaryDirectory(prefix="translation-") as scratch:
        directory = keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        runtime = runtime_module(Path(tempfile.gettempdir()) if keep is None else directory)
        files = []
        modules = [("harness", harness.harness), ("original", harness.original),
                   ("guard", harness.guard), ("optimized", harness.optimized)]
        if harness.optimized_guard is not None:
            modules.append(("optimized-guard", harness.optimized_guard))
        for label, text in modules:
            path = directory / f"{label}.ll"
            path.write_text(text)
            files.append(str(path))
        linked = directory / "linked.bc"
        link = subprocess.run(["llvm-link-22", str(runtime), *files, "-o", str(linked)],
                              capture_output=True, text=True, check=False)
        if link.returncode:
            report.failures.append(f"llvm-link failed: {link.stderr.strip()[:2000]}")
            report.skipped["harness did not link"] += len(harness.checked)
            return report
        try:
            result = subprocess.run(["lli-22", str(linked), str(inputs), str(seed)],
                                    capture_output=True, text=True, check=False,
                                    timeout=timeout)
            output, status = result.stdout, result.returncode
            error = result.stderr
        except subprocess.TimeoutExpired as expired:
            output = expired.stdout.decode() if isinstance(expired.stdout, bytes) else (
                expired.stdout or "")
            status, error = -1, "timeout"
    seen = set()
    for line in output.splitlines():
        if line.startswith("MISMATCH "):
            report.mismatches.append(line)
        elif line.startswith("INTRODUCED "):
            report.introduced.append(line)
        elif line.startswith("FUNC "):
            head, _, reasons = line[5:].partition(" reasons=")
            name, *fields = head.split(" ")
            values = dict(field_text.split("=", 1) for field_text in fields)
            values["reasons"] = reasons
            seen.add(name)
            report.checked.append(name)
            report.inputs += int(values["inputs"])
            report.compared += int(values["checked"])
            report.ub_inputs += int(values["ub"])
            report.introduced_inputs += int(values["introduced"])
            if int(values["checked"]) == 0:
                report.never_compared.append(name)
            for item in filter(None, values["reasons"].split(";")):
                reason, count = item.rsplit(":", 1)
                report.ub_reasons[reason] += int(count)
            for kind in ("guard_fail", "orig_fail"):
                if int(values[kind]):
                    report.failures.append(f"{name}: {kind}={values[kind]}")
    missing = [name for name in harness.checked if name not in seen]
    if missing:
        report.failures.append(f"lli exited {status} before {', '.join(missing)}: "
                               f"{error.strip()[-2000:]}")
    return report
