"""Textual LLVM IR to columns.

The reader keeps module-level entities (types, globals, declarations,
attribute groups, metadata, comdats) as verbatim lines and parses function
bodies into the instruction and operand columns.  Every instruction gets a
template: its text with each operand cut out, so that whatever the passes do
not interpret (attributes, metadata attachments, alignment, calling
conventions) prints back exactly.  The instructions passes reason about
(``IS_MODELED`` plus ret, br, switch, load, store and phi) are parsed by grammar, so
all of their operands, constants included, are columns; for the rest, only
local value references are operands.  An ``invoke`` is kept verbatim too, but
its syntax is checked as opt reads it (``_check_invoke``), so its last two
operands are always its normal and unwind blocks.

Errors are ``SourceError`` with opt's wording where there is one.

The reader is host code.  What can be found for the whole text at once is:
line starts (one cumulative sum), where each function body stops (one regex
scan), whether each metadata line is plainly fine (byte-class counts per
line, ``scan.plain_lines``), each body's statements and names (one regex scan
per body, ``_scan_body``), and the derived columns (block, function, template
and operand owner come from the row order in ``_build``).  Instructions are
still read one by one, since the ids of strings, types and constants are given
in order of first use and the passes see them; the common spellings take a
fast path, anything unusual the careful path, which words every error.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, NamedTuple

import numpy as np

from gpuopt.diagnostics import SourceError, UserError, error_at
from gpuopt.ir import opcodes as op
from gpuopt.ir.lexer import REFERENCE, Token, name_key, tokenize
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    CONST_POISON,
    CONST_UNDEF,
    FLOAT_TYPES,
    KIND_INT,
    KIND_PTR,
    KIND_VECTOR,
    KIND_VOID,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_ARGUMENT,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_GLOBAL,
    TAG_VALUE,
    HostTables,
    Module,
    classify_type,
)
from gpuopt.ir.scan import plain_lines

_NAME = r'(?:"[^"]*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*|[0-9]+)'
_TOP_GLOBAL = re.compile(rf"\s*(@{_NAME})\s*=")
_TOP_TYPE = re.compile(rf"\s*(%{_NAME})\s*=\s*type\b")
_TOP_FUNCTION = re.compile(rf"(?:define|declare)\b[^@]*(@{_NAME})\s*\(")
_TOP_OK = re.compile(r"\s*(?:source_filename\b|target\b|attributes\b|!|\$|module\s+asm\b"
                     r"|uselistorder|declare\b)")
_LABEL = re.compile(r'\s*("[^"]*"|[-a-zA-Z$._0-9]+):(?=\s|;|$)')
# A use-list order directive (``uselistorder TYPE VALUE, { 1, 0, 2 }`` in a body or at
# the top level, ``uselistorder_bb @f, %bb, { ... }`` at the top level): the order of
# a value's uses in LLVM's memory, no part of what the program means.  llvm-reduce and
# ``-preserve-ll-uselistorder`` write them.  They are read and dropped, as opt -S drops
# them: the passes change uses, and a kept directive would then name the wrong count.
_USE_LIST_ORDER = re.compile(r"[ \t]*uselistorder(?:_bb)?[ \t]+[^{};]*,[ \t]*\{([^{};]*)\}"
                             r"[ \t]*(?:;.*)?$")
# (the opcode word is taken whole, so 'retZ' or 'add.x' is an unknown opcode,
# not 'ret' or 'add' with something after it)
_RESULT = re.compile(rf"\s*(?:(%{_NAME})\s*=\s*)?([a-z_0-9][-a-zA-Z$._0-9]*+)")
_BLOCK_ADDRESS = re.compile(rf"blockaddress\(\s*(@{_NAME})\s*,\s*(%{_NAME})\s*\)")
_TRAILING_METADATA = re.compile(r"(?:\s*,\s*![-a-zA-Z$._0-9]+\s+!(?:[0-9]+|\{[^}]*\}))+\s*$")
_STRINGS = re.compile(r'c?"[^"]*"|;[^\n]*')
# What _check_top_level looks at in a verbatim top-level line; strings go first
# so that brackets, ';' and '@' inside them do not count.
_TOP_SCAN = re.compile(rf'(?P<global>@{_NAME})|c?"[^"]*"|(?P<comment>;)|(?P<open_string>")'
                       r"|[()\[\]{}]")
_TOP_REFS = re.compile(rf'c?"[^"]*"|;[^\n]*|(@{_NAME})')
_TOP_STRING_ITEM = re.compile(r"\s*(?:source_filename|target\s+(?:datalayout|triple))\s*=\s*")
_NAMED = re.compile(rf"[ \t]*(?:%{_NAME}[ \t]*=[ \t]*)?")
_INT_LITERAL = re.compile(r"(?:[-+]?[0-9]+|[us]0x[0-9a-fA-F]+)$")
_INT_TYPE = re.compile(r"i([0-9]+)$")
_I1_TYPE = re.compile(r"i1$|<\s*(?:vscale\s+x\s+)?[0-9]+\s+x\s+i1\s*>$")
_ORDERINGS = frozenset(("unordered", "monotonic", "acquire", "release", "acq_rel", "seq_cst"))
_SIMPLE_TYPES = FLOAT_TYPES | {"void", "label", "metadata", "token", "x86_amx", "ptr"}
_CONSTANT_WORDS = {"true": CONST_INT, "false": CONST_INT, "poison": CONST_POISON,
                   "undef": CONST_UNDEF, "null": CONST_OTHER, "zeroinitializer": CONST_OTHER,
                   "none": CONST_OTHER}
_OPEN = {"(": ")", "[": "]", "{": "}", "<": ">"}
# A character that may begin what REFERENCE matches: without one, no references.
_REFERENCE_START = re.compile(r'[%@";]')
# One statement line of a body, as _statements and _define_locals see it on text
# whose only blanks are spaces, tabs and newlines (_ODD_BLANK finds the others):
# groups 1 and 2 are _RESULT's (the result name and the opcode word; a word that
# is a label's start does not count), 3 a label, 4 a debug record, 5 anything
# else.  Blank and comment lines do not match.
_BODY_LINE = re.compile(r"""
    ^[ \t]*(?:
        (?:(%(?:"[^"\n]*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*|[0-9]+))[ \t]*=[ \t]*)?
        ([a-z_0-9][-a-zA-Z$._0-9]*+)(?!:(?:[ \t;\n]|$))
      | ("[^"\n]*"|[-a-zA-Z$._0-9]+):(?=[ \t;\n]|$)
      | (\#dbg_)
      | ([^ \t\n;])
    )[^\n]*""", re.M | re.X)
_INDENT = re.compile(r"[ \t]*")
# A line that is '}' alone or starts with 'define' (blanks aside, as str.strip
# sees them: [^\S\n] is \s without the newline), found from the newline before
# it: a literal first character lets the regex engine skip ahead quickly.
_BODY_STOP = re.compile(r"\n[^\S\n]*(?:\}[^\S\n]*$|define)", re.M)
_ODD_BLANK = re.compile(r"[\r\x0b\x0c\x1c-\x1f]")
_CONTINUATION_WORDS = frozenset(("to", "catch", "filter", "cleanup"))
# What an invoke may hold besides its types, values and labels (LLParser's
# parseInvoke): attribute words from LLVM 22's Attributes.td (parameter and
# return attributes; all of them after the argument list, as function
# attributes), the older spellings LLParser still upgrades, and calling
# conventions (``cc N``, and the words below).
_PARAM_ATTRIBUTES = frozenset((
    "align", "alignstack", "allocalign", "allocptr", "byref", "byval", "captures",
    "dead_on_return", "dead_on_unwind", "dereferenceable", "dereferenceable_or_null",
    "elementtype", "immarg", "inalloca", "initializes", "inreg", "nest", "noalias", "noext",
    "nofpclass", "nofree", "nonnull", "noundef", "preallocated", "range", "readnone",
    "readonly", "returned", "signext", "sret", "swiftasync", "swifterror", "swiftself",
    "writable", "writeonly", "zeroext", "nocapture"))
_FUNCTION_ATTRIBUTES = _PARAM_ATTRIBUTES | frozenset((
    "allockind", "allocsize", "alwaysinline", "builtin", "cold", "convergent",
    "coro_elide_safe", "coro_only_destroy_when_complete", "disable_sanitizer_instrumentation",
    "fn_ret_thunk_extern", "hot", "hybrid_patchable", "inlinehint", "jumptable", "memory",
    "minsize", "mustprogress", "naked", "nobuiltin", "nocallback", "nocf_check",
    "nocreateundeforpoison", "nodivergencesource", "noduplicate", "noimplicitfloat", "noinline",
    "nomerge", "nonlazybind", "noprofile", "norecurse", "noredzone", "noreturn",
    "nosanitize_bounds", "nosanitize_coverage", "nosync", "nounwind", "null_pointer_is_valid",
    "optdebug", "optforfuzzing", "optnone", "optsize", "presplitcoroutine", "returns_twice",
    "safestack", "sanitize_address", "sanitize_alloc_token", "sanitize_hwaddress",
    "sanitize_memory", "sanitize_memtag", "sanitize_numerical_stability", "sanitize_realtime",
    "sanitize_realtime_blocking", "sanitize_thread", "sanitize_type", "shadowcallstack",
    "skipprofile", "speculatable", "speculative_load_hardening", "ssp", "sspreq", "sspstrong",
    "strictfp", "uwtable", "vscale_range", "willreturn", "argmemonly", "inaccessiblememonly",
    "inaccessiblemem_or_argmemonly", "marked_for_windows_hot_patching",
    "allow_direct_access_in_hot_patch_function"))
_CALLING_CONVENTION = re.compile(
    r"[a-z0-9_]*cc|cc|spir_(?:kernel|func)|ptx_(?:kernel|device)|aarch64_[a-z0-9_]+"
    r"|amdgpu_[a-z0-9_]+|riscv_[a-z0-9_]+|x86_[a-z0-9_]+|arm_[a-z0-9_]+|addrspace")
_INVOKE = op.OPCODE_ID["invoke"]
# Constant words that take a global right after them rather than '(...)'.
_GLOBAL_PREFIX_WORDS = frozenset(("dso_local_equivalent", "no_cfi"))
# Blanks and comments: from a statement's end to the token after it, where opt
# points when the statement stops too early.
_BLANKS_AND_COMMENTS = re.compile(r"(?:\s+|;[^\n]*)*")
# Fast paths: the commonest spellings of structured instructions, matched whole
# (opcode word to statement end) by one regex each.  A match has only tokens
# the grammar accepts in these places, so reading it from the groups gives the
# grammar's result; anything else (and anything odd on the way) falls back to
# the grammar.  Values: a local, a global, a decimal integer or a constant word.
_FAST_VALUE = rf"(%{_NAME}|@{_NAME}|-?[0-9]+|true|false|null|poison|undef|zeroinitializer|none)"
_FAST_ATTACH = r"(?:, ![-a-zA-Z$._][-a-zA-Z$._0-9]* ![0-9]+)*"
_FAST_FLAGS = r"((?: (?:nuw|nsw|exact|disjoint|nneg|samesign))*)"
_FAST_LOAD = re.compile(
    rf"load ([a-z0-9]+), ptr (%{_NAME})(?:, align [0-9]+)?{_FAST_ATTACH}")
_FAST_STORE = re.compile(
    rf"store ([a-z0-9]+) {_FAST_VALUE}, ptr (%{_NAME})(?:, align [0-9]+)?{_FAST_ATTACH}")
_FAST_BR = re.compile(
    rf"br (?:label (%{_NAME})|i1 {_FAST_VALUE}, label (%{_NAME}), label (%{_NAME})){_FAST_ATTACH}")
_FAST_BINARY = re.compile(
    rf"[a-z]+{_FAST_FLAGS} (i[0-9]+) {_FAST_VALUE}, {_FAST_VALUE}{_FAST_ATTACH}")
_FAST_ICMP = re.compile(
    rf"icmp{_FAST_FLAGS} ([a-z]+) ([a-z0-9]+) {_FAST_VALUE}, {_FAST_VALUE}{_FAST_ATTACH}")
_FAST_CAST = re.compile(
    rf"[a-z]+{_FAST_FLAGS} (i[0-9]+) {_FAST_VALUE} to (i[0-9]+){_FAST_ATTACH}")
# A type as the fast paths take it: a one-token type, or an array of one.
_FAST_TYPE = rf"([a-z0-9]+|%{_NAME}|\[[0-9]+ x [a-z0-9]+\])"
_FAST_ALLOCA = re.compile(rf"alloca {_FAST_TYPE}(?:, align [0-9]+)?{_FAST_ATTACH}")
_FAST_GEP = re.compile(rf"getelementptr((?: (?:inbounds|nusw|nuw))*) {_FAST_TYPE}, "
                       rf"ptr {_FAST_VALUE}((?:, i[0-9]+ {_FAST_VALUE})*){_FAST_ATTACH}")
_FAST_INDEX = re.compile(rf", (i[0-9]+) {_FAST_VALUE}")
_FAST_RET = re.compile(rf"ret (?:void|([a-z0-9]+) {_FAST_VALUE}){_FAST_ATTACH}")
# The commonest spellings of an invoke (rustc's), matched whole: only what
# _check_invoke accepts, so a match needs no more than its two labels looked up.
_FAST_INVOKE_TYPE = (r"(?:i[1-9][0-9]*|ptr|float|double"
                     r"|\{ (?:i[1-9][0-9]*|ptr)(?:, (?:i[1-9][0-9]*|ptr))* \})")
_FAST_INVOKE_ATTRIBUTE = (r"(?:align [0-9]+|dereferenceable(?:_or_null)?\([0-9]+\)|noalias|nonnull"
                          r"|noundef|readonly|writeonly|zeroext|signext|nocapture|captures\(none\)"
                          r"|(?:sret|byval)\(\[[0-9]+ x i8\]\))")
_FAST_INVOKE_ARGUMENT = (rf"{_FAST_INVOKE_TYPE}(?: {_FAST_INVOKE_ATTRIBUTE})*"
                         rf" (?:%{_NAME}|@{_NAME}|-?[0-9]+|true|false|null|poison|undef)")
_FAST_INVOKE = re.compile(
    rf"invoke(?: (?:fastcc|{_FAST_INVOKE_ATTRIBUTE}))* (?:void|{_FAST_INVOKE_TYPE})"
    rf" [%@]{_NAME}\((?:{_FAST_INVOKE_ARGUMENT}(?:, {_FAST_INVOKE_ARGUMENT})*)?\)"
    rf"(?: #[0-9]+)*\s+to label (%{_NAME}) unwind label (%{_NAME}){_FAST_ATTACH}")
_VOID_OPCODES = (op.OPCODE_ID["store"], op.OPCODE_ID["fence"])
_STRUCTURED = frozenset(("ret", "br", "load", "store", "phi", "getelementptr", "switch"))
# Opcode properties by word, as Python sets: the per-instruction code tests
# them once per line, where indexing the NumPy tables costs more.
_BINARY_WORDS = frozenset(op.BINARY_OPS)
_INT_CAST_WORDS = frozenset(op.INT_CASTS)
_GRAMMAR_WORDS = _BINARY_WORDS | _INT_CAST_WORDS | {"icmp", "select"} | _STRUCTURED
# The words _fast_parse reads, by opcode id.
_FAST_OPCODES = {word: op.OPCODE_ID[word] for word in _BINARY_WORDS | _INT_CAST_WORDS | {
    "icmp", "load", "store", "br", "ret", "getelementptr"}}
# The order of the per-row tuples the reader collects (see _Reader._inst_rows);
# an instruction's block, function, template and first operand and an operand's
# owner follow from the order of the rows, so _build derives them.
_INST_ROW = ("aux_type", "shape", "flags", "predicate", "operand_count", "name")
_OPERAND_ROW = ("tag", "ref", "type")
_MAX_INT_WIDTH = 1 << 23
# Decimal digit runs are screened as bytes: digits become '0', 'i' stays, all
# else is ' ', so bytes.find locates every run of _SCREENED_DIGITS digits or
# more (at most 10**18 - 1 has fewer, so shorter literals fit any 64-bit
# column) and every iN of seven digits or more (a width near or past the limit).
_SCREENED_DIGITS = 19
_DIGIT_CLASSES = b" " * 48 + b"0" * 10 + b" " * 47 + b"i" + b" " * 150
_WIDE_INT_TYPE = b"i" + b"0" * len(str(_MAX_INT_WIDTH))
_DIGIT_RUN = re.compile(rb"0*")
# The most digits an integer literal may have: Python's int() refuses more than
# 4300 by default, and no front end writes a literal of even 100.
MAX_LITERAL_DIGITS = 4000
# A long literal's type: the iN right before it (attribute words between, as in
# a call's 'i64 noundef N'), else the last iN shortly before on its line.
_TYPED_BEFORE = re.compile(r'(?<![-\w.$%@!#"])i([0-9]+)(?:[ \t]+[a-z_]+)*[ \t]+$')
_INT_TYPE_WORD = re.compile(r'(?<![-\w.$%@!#"])i([0-9]+)\b')
# How far back the two look (bounded, so a line of many long literals stays linear)
_TYPED_WINDOW = 64
_TYPE_WINDOW = 256
# A string or comment on one line: digits inside are no literal.
_LINE_STRINGS = re.compile(r'c?"[^"\n]*"|;[^\n]*')
# Below this many metadata lines, checking each line costs less than a scan.
_SCAN_MIN_LINES = 64
_MASK64 = (1 << 64) - 1


class _Operand(NamedTuple):
    tag: int
    ref: int
    type: int
    start: int
    end: int


# An operand as the fast paths build it: a plain tuple in _Operand's field order
# (tag, ref, type, start, end), cheaper to make than the named one.
_OperandRow = tuple[int, int, int, int, int]


@dataclass
class _Columns:
    """Python lists the reader fills, turned into arrays once at the end."""

    function: dict[str, list[int]] = field(default_factory=lambda: _lists(
        "name", "first_block", "block_count", "first_arg", "arg_count"))
    argument: dict[str, list[int]] = field(default_factory=lambda: _lists(
        "function", "name", "type"))
    block: dict[str, list[int]] = field(default_factory=lambda: _lists(
        "function", "first_inst", "inst_count", "name"))
    inst: dict[str, list[int]] = field(default_factory=lambda: _lists(
        "opcode", "type", *_INST_ROW))
    operand: dict[str, list[int]] = field(default_factory=lambda: _lists(*_OPERAND_ROW))
    type: dict[str, list[int]] = field(default_factory=lambda: _lists("kind", "width"))
    constant: dict[str, list[int]] = field(default_factory=lambda: _lists(
        "type", "kind", "value", "text"))


def _lists(*names: str) -> dict[str, list[int]]:
    return {name: [] for name in names}


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.host = HostTables(source_name=source)
        self.cols = _Columns()
        self.type_ids: dict[str, int] = {}
        self.constant_ids: dict[tuple[int, str], int] = {}
        self.named_types: set[str] = set()
        self.globals: set[str] = set()
        # per function: local name key -> (tag, row)
        self.locals: dict[str, tuple[int, int]] = {}
        # per instruction row: where its text starts, for errors found later
        self._inst_offsets: list[int] = []
        # per function name: label key -> block row, for blockaddress constants
        self.block_maps: dict[str, dict[str, int]] = {}
        # the current function's result type when one word, for checking ``ret``
        self._return_type: str | None = None
        # block row -> offset of its label, to point at a block left empty
        self._label_offsets: dict[int, int] = {}
        # memo of pure parses of repeated text: a template's tail -> its shape
        # tail; a one-token type word -> its type id (only when valid)
        self._shape_tails: dict[str, str] = {}
        self._word_types: dict[str, int] = {}
        # instruction columns not read while parsing, one tuple per row (in
        # _INST_ROW order), and operand rows (tag, ref, type): one append each,
        # split into the columns by _build
        self._inst_rows: list[tuple[int, ...]] = []
        # the type columns the fast paths read per operand, bound once
        self._argument_types = self.cols.argument["type"]
        self._inst_types = self.cols.inst["type"]
        self._opcodes = self.cols.inst["opcode"]
        # ASCII with no blanks but spaces, tabs and newlines: str.strip and the
        # patterns' \s then agree with _BODY_LINE's [ \t], so bodies may be scanned
        self._plain_text = text.isascii() and _ODD_BLANK.search(text) is None
        self._operand_rows: list[tuple[int, int, int]] = []

    # -- errors -------------------------------------------------------------
    def error(self, offset: int, message: str) -> SourceError:
        return error_at(self.source, self.text, offset, message)

    # -- interning ------------------------------------------------------------
    def type_id(self, text: str) -> int:
        found = self.type_ids.get(text)
        if found is not None:
            return found
        kind, width = classify_type(text)
        self.type_ids[text] = len(self.host.type_text)
        self.host.type_text.append(text)
        self.cols.type["kind"].append(kind)
        self.cols.type["width"].append(width)
        return self.type_ids[text]

    def constant_id(self, type_id: int, text: str) -> int:
        key = (type_id, text)
        found = self.constant_ids.get(key)
        if found is not None:
            return found
        kind, value = CONST_OTHER, 0
        width = self.cols.type["width"][type_id] if type_id >= 0 else 0
        is_int = type_id >= 0 and self.cols.type["kind"][type_id] == KIND_INT
        if text in _CONSTANT_WORDS:
            kind = _CONSTANT_WORDS[text]
            value = 1 if text == "true" else 0
            if kind == CONST_INT and not is_int:
                kind = CONST_OTHER
        elif is_int and width <= 64 and _INT_LITERAL.match(text):
            kind, value = CONST_INT, _parse_int(text) & ((1 << width) - 1)
        if kind == CONST_INT and width > 64:
            kind = CONST_OTHER
        if value >= 1 << 63:
            value -= 1 << 64
        c = self.cols.constant
        self.constant_ids[key] = len(c["type"])
        c["type"].append(type_id)
        c["kind"].append(kind)
        c["value"].append(value)
        c["text"].append(self.host.strings.intern(text))
        return self.constant_ids[key]

    # -- module level ---------------------------------------------------------
    def read(self) -> Module:
        text = self.text
        if not text.strip():
            raise UserError(f"{self.source}: error: empty input: expected LLVM IR")
        self._check_long_literals()
        lines = text.split("\n")
        # line start offsets as Python ints: indexed once per line below
        starts = np.concatenate(([0], np.cumsum(np.fromiter(map(len, lines), np.int64,
                                                            len(lines)) + 1))).tolist()
        self._collect_names(lines, starts)
        # every line where a function body may stop, found in one scan of the text
        # (the pattern starts at the newline before the line, the first line aside)
        first = lines[0]
        self._body_stops = [0] if first.strip() == "}" or first.lstrip().startswith(
            "define") else []
        self._body_stops += [bisect_right(starts, match.start() + 1) - 1
                             for match in _BODY_STOP.finditer(text)]
        index = 0
        while index < len(lines):
            line = lines[index]
            if line[:1] == "!":  # metadata, most of a debug build's lines: _TOP_OK's case
                index = self._read_metadata_run(lines, starts, index)
                continue
            stripped = line.lstrip()
            if stripped.startswith("define"):
                index = self._read_function(lines, starts, index)
                continue
            if stripped and not stripped.startswith(";") and not (
                    _TOP_OK.match(line) or _TOP_GLOBAL.match(line) or _TOP_TYPE.match(line)):
                col = len(line) - len(stripped)
                raise self.error(int(starts[index]) + col, "expected top-level entity")
            if stripped and not stripped.startswith(";"):
                self._check_top_level(line, int(starts[index]))
            if stripped.startswith("uselistorder"):
                self._check_use_list_order(line, int(starts[index]))
                index += 1
                continue
            if not stripped.startswith(";"):  # comments go, as opt drops them
                self.host.items.append(("text", line))
            index += 1
        while self.host.items and self.host.items[-1] == ("text", ""):
            self.host.items.pop()
        self._resolve_block_addresses(starts)
        return self._build()

    def _check_long_literals(self) -> None:
        """Every decimal literal of _SCREENED_DIGITS digits or more, outside
        strings and comments, must have at most MAX_LITERAL_DIGITS digits and fit
        its type (iN right before it, else the widest of i64 and the iN last seen
        on its line): opt silently truncates one that does not, and the passes,
        which read some literals from text into 64-bit columns, would overflow.
        Every iN type must be at most _MAX_INT_WIDTH wide, kept text included.
        Linear: one translate and a few finds over the bytes,
        and per line with a hit one scan of its strings."""
        text = self.text
        digits = text.encode("ascii", "replace").translate(_DIGIT_CLASSES)
        hits: list[tuple[int, int, bool]] = []  # (start, end of digits, is a type)
        for pattern, is_type in ((b"0" * _SCREENED_DIGITS, False), (_WIDE_INT_TYPE, True)):
            position = digits.find(pattern)
            while position >= 0:
                end = _DIGIT_RUN.match(digits, position + is_type).end()
                hits.append((position, end, is_type))
                position = digits.find(pattern, end)
        hits.sort()
        searched, line_start = 0, -1
        spans: Any = iter(())
        span: re.Match[str] | None = None
        for position, end, is_type in hits:
            newline = text.rfind("\n", searched, position)
            if newline >= 0 or line_start < 0:
                line_start = newline + 1
                spans = _LINE_STRINGS.finditer(text, line_start)
                span = next(spans, None)
            searched = end
            while span is not None and span.end() <= position:
                span = next(spans, None)
            if span is not None and span.start() <= position:
                continue  # in a string or a comment
            if not is_type:
                self._check_literal(line_start, position, end)
            elif _alone(text, position, end) and (
                    end - position > 8 or int(text[position + 1:end]) > _MAX_INT_WIDTH):
                raise self.error(position, "bitwidth for integer type out of range")

    def _check_literal(self, line_start: int, position: int, end: int) -> None:
        text = self.text
        if end - position > MAX_LITERAL_DIGITS:
            raise self.error(position, f"integer literal of {end - position} digits: gpuopt "
                                       f"reads at most {MAX_LITERAL_DIGITS}")
        negative = text[position - 1:position] == "-"
        start = position - negative
        if not _alone(text, start, end):
            return  # part of a name, a hex or float literal: not an integer literal
        typed = _TYPED_BEFORE.search(text[max(line_start, start - _TYPED_WINDOW):start])
        if typed is not None:
            width = int(typed.group(1))
        else:
            widths = _INT_TYPE_WORD.findall(text[max(line_start, start - _TYPE_WINDOW):start])
            width = max(64, int(widths[-1]) if widths else 0)
        if not 0 < width <= _MAX_INT_WIDTH or (end - position) * 10 < (width - 1) * 3:
            return  # a bad width is reported where the type is read; or it fits
        value = int(text[position:end])
        # iN holds -2**(N-1) .. 2**N - 1, read as signed or unsigned (hand-written
        # IR spells -1 as 18446744073709551615; a DIEnumerator's value may too)
        if value > (1 << (width - 1) if negative else (1 << width) - 1):
            shown = text[start:end] if end - start <= 24 else text[start:start + 20] + "..."
            raise self.error(start, f"integer constant {shown} does not fit in i{width} "
                                    "(gpuopt refuses what opt would truncate)")

    def _read_metadata_run(self, lines: list[str], starts: list[int], index: int) -> int:
        """Keep the run of metadata lines that starts at ``index``, checked as
        _check_top_level checks them; returns the index after the run.  A long
        run is screened with one byte-class count (scan.plain_lines), and only
        the lines that screen fails are checked one by one, in order."""
        stop = index + 1
        while stop < len(lines) and lines[stop][:1] == "!":
            stop += 1
        run = lines[index:stop]
        if len(run) < _SCAN_MIN_LINES:
            suspects = range(len(run))
        else:
            suspects = np.flatnonzero(~plain_lines(run)).tolist()
        for position in suspects:
            self._check_top_level(run[position], starts[index + position])
        self.host.items.extend([("text", line) for line in run])
        return stop

    def _check_top_level(self, line: str, start: int) -> None:
        """A top-level line is kept verbatim, so check here what would make opt reject
        it: a string left open, unbalanced brackets (a cut-off file), an undefined @name."""
        if line.startswith(("source_filename", "target")):
            string_item = _TOP_STRING_ITEM.match(line)
            if string_item and not line.startswith('"', string_item.end()):
                raise self.error(start + string_item.end(), "expected string constant")
        # Fast paths with str methods only, since nearly every line is fine: no
        # comment, quotes paired, bracket counts balanced, and no @name but the
        # one this line defines or declares.  Then the same with strings cut out
        # and names looked up; the loop below finds the position of what is wrong.
        names = line.count("@")
        if ";" not in line and line.count('"') % 2 == 0 and _balanced(line) and (
                names == 0 or (names == 1 and line.startswith(("@", "declare")))):
            return
        bare = _STRINGS.sub("", line)
        if '"' not in bare and _balanced(bare) and all(
                not name or name_key(name) in self.globals for name in _TOP_REFS.findall(line)):
            return
        stack: list[tuple[str, int]] = []
        end = len(line.rstrip())
        for match in _TOP_SCAN.finditer(line):
            text, offset = match.group(), start + match.start()
            if match.group("comment") is not None:
                end = len(line[:match.start()].rstrip())
                break
            if match.group("open_string") is not None:
                raise self.error(offset, "end of line in string constant")
            if match.group("global") is not None:
                if name_key(text) not in self.globals:
                    raise self.error(offset, f"use of undefined value '{text}'")
            elif text in _OPEN:
                stack.append((_OPEN[text], offset))
            elif text in ")]}":
                if not stack or stack[-1][0] != text:
                    raise self.error(offset, f"unbalanced '{text}'")
                stack.pop()
        if stack:
            closer = stack[-1][0]
            message = f"expected '{closer}'"
            if line.lstrip().startswith("attributes"):
                message = "unterminated attribute group"
            elif closer == "}" and _TOP_TYPE.match(line):
                message = "expected '}' at end of struct"
            raise self.error(start + end, message)

    def _resolve_block_addresses(self, starts: list[int]) -> None:
        """Module-level ``blockaddress(@f, %bb)`` names a block that the printer may
        renumber, so such lines become templates with block holes."""
        for position, (kind, line) in enumerate(self.host.items):
            if kind != "text" or "blockaddress" not in line:
                continue
            pieces, rows, cursor = [], [], 0
            for match in _BLOCK_ADDRESS.finditer(line):
                blocks = self.block_maps.get(name_key(match.group(1)), {})
                row = blocks.get(name_key(match.group(2)))
                if row is None:
                    raise UserError(f"{self.source}: error: blockaddress of unknown block "
                                    f"{match.group(1)}, {match.group(2)}")
                pieces.append(line[cursor:match.start(2)])
                rows.append(row)
                cursor = match.end(2)
            pieces.append(line[cursor:])
            self.host.items[position] = ("blockaddress", (pieces, rows))

    def _collect_names(self, lines: list[str], starts: list[int]) -> None:
        # name key -> True for a function, False for a variable/alias: a second
        # definition is an error (opt's wording), since the printer would emit both.
        seen: dict[str, bool] = {}
        for index, line in enumerate(lines):
            if not line or line[0] in " \t;}":
                continue
            # what the patterns below match starts with '@', '%' or 'd' after
            # optional spaces: skip the rest (metadata, attributes) untried
            if line[0] not in "@%d" and not line[0].isspace():
                continue
            global_match = _TOP_GLOBAL.match(line)
            if global_match:
                key = name_key(global_match.group(1))
                if key in seen:
                    raise self.error(int(starts[index]),
                                     f"redefinition of global '{global_match.group(1)}'")
                seen[key] = False
                self.globals.add(key)
                continue
            type_match = _TOP_TYPE.match(line)
            if type_match:
                self.named_types.add(name_key(type_match.group(1)))
                continue
            function_match = _TOP_FUNCTION.match(line)
            if function_match:
                token = function_match.group(1)
                key = name_key(token)
                if key in seen:
                    offset = int(starts[index]) + function_match.start(1)
                    raise self.error(offset, f"invalid redefinition of function '{key}'"
                                     if seen[key] else f"redefinition of function '{token}'")
                seen[key] = True
                self.globals.add(key)

    # -- functions ------------------------------------------------------------
    def _read_function(self, lines: list[str], starts: list[int], index: int) -> int:
        header_start = int(starts[index])
        header = lines[index]
        if not header.rstrip().endswith("{"):
            bare = _STRINGS.sub("", header)
            raise self.error(header_start + len(header.rstrip()),
                             "expected ')' at end of argument list"
                             if bare.count("(") > bare.count(")")
                             else "expected '{' at the end of a function header")
        fn = len(self.cols.function["name"])
        name_match = _TOP_FUNCTION.match(header.lstrip())
        if not name_match:
            raise self.error(header_start, "expected function name")
        self.locals = {}
        indent = len(header) - len(header.lstrip())
        self._return_type = self._header_return_type(
            header_start + indent, header_start + indent + name_match.start(1))
        for match in REFERENCE.finditer(header):  # personality, prefix: must be defined
            if match.group(2) and name_key(match.group(2)) not in self.globals:
                raise self.error(header_start + match.start(2),
                                 f"use of undefined value '{match.group(2)}'")
        first_arg = len(self.cols.argument["name"])
        arg_count, numbered = self._read_arguments(header, header_start, fn)
        # the body runs to the next line that is '}' alone or starts a definition
        following = bisect_right(self._body_stops, index)
        end = self._body_stops[following] if following < len(self._body_stops) else len(lines)
        if end >= len(lines) or lines[end].strip() != "}":
            # A file cut mid-instruction has its precise error in the last
            # statement.  References to what was cut off are no error of their
            # own: past those, the last statement is read alone, and when it is
            # fine the report is the end of the file.
            statements = self._statements(lines, starts, index + 1, end)
            if statements:
                self._define_locals(statements, fn, numbered, header_start)
                try:
                    self._read_body(statements, fn, check_terminators=False)
                except SourceError as failure:
                    if not failure.message.startswith("use of undefined value"):
                        raise
                    kind, first, stop = statements[-1]
                    try:
                        if kind == "inst":
                            self._read_instruction(first, stop, self._inst_names[-1])
                    except SourceError as last:
                        if not last.message.startswith("use of undefined value"):
                            raise
            unclosed = f"(the body of {name_match.group(1)} is not closed by '}}')"
            if end < len(lines):
                line = lines[end]
                raise self.error(int(starts[end]) + len(line) - len(line.lstrip()),
                                 f"expected instruction opcode {unclosed}")
            raise self.error(len(self.text),
                             f"found end of file when expecting more instructions {unclosed}")
        f = self.cols.function
        f["name"].append(self.host.strings.intern(name_key(name_match.group(1))))
        f["first_block"].append(len(self.cols.block["name"]))
        f["first_arg"].append(first_arg)
        f["arg_count"].append(arg_count)
        self.host.function_header.append(header.rstrip())
        scanned = self._scan_body(starts[index + 1], starts[end], numbered) \
            if self._plain_text else None
        if scanned is None:
            statements = self._statements(lines, starts, index + 1, end)
            self._define_locals(statements, fn, numbered, header_start)
        else:
            statements = scanned
        self._read_body(statements, fn)
        self.block_maps[name_key(name_match.group(1))] = {
            key: row for key, (tag, row) in self.locals.items() if tag == TAG_BLOCK}
        f["block_count"].append(len(self.cols.block["name"]) - f["first_block"][-1])
        self.host.items.append(("function", fn))
        return end + 1

    def _check_use_list_order(self, line: str, start: int) -> None:
        """A use-list order directive, which is dropped: its shape, and its indexes a
        permutation of 0..n-1 (n > 1) that moves something, as LLParser asks."""
        directive = _USE_LIST_ORDER.match(line)
        if directive is None:
            raise self.error(start + len(line) - len(line.lstrip()),
                             "expected uselistorder directive: uselistorder TYPE VALUE, "
                             "{ INDEX, ... }")
        at = start + directive.start(1) - 1  # at the '{', as opt reports
        pieces = [piece.strip() for piece in directive.group(1).split(",")]
        if not all(piece.isdigit() for piece in pieces):
            raise self.error(at, "expected uselistorder indexes")
        indexes = [int(piece) for piece in pieces]
        if len(indexes) < 2:
            raise self.error(at, "expected >= 2 uselistorder indexes")
        if sorted(indexes) != list(range(len(indexes))):
            raise self.error(at, "expected distinct uselistorder indexes in range [0, size)")
        if indexes == sorted(indexes):
            raise self.error(at, "expected uselistorder indexes to change the order")

    def _header_return_type(self, start: int, name_offset: int) -> str | None:
        """The function's result type when it is one word (``i32``, ``void``, ``ptr``),
        for checking ``ret``; None for anything longer, which goes unchecked."""
        tokens = tokenize(self.text, start, name_offset)
        if len(tokens) < 2:
            return None
        kind, text, _ = tokens[-1]
        if kind == "word" and (_INT_TYPE.match(text) or text in _SIMPLE_TYPES):
            return text
        return None

    def _read_arguments(self, header: str, header_start: int, fn: int) -> tuple[int, int]:
        """Arguments of a definition; returns (argument count, how many are numbered)."""
        name_end = _TOP_FUNCTION.match(header.lstrip())
        assert name_end is not None
        offset = header_start + len(header) - len(header.lstrip()) + name_end.end()
        tokens = tokenize(self.text, offset, header_start + len(header))
        depth, current, pieces = 1, [], []
        closing = header_start + len(header.rstrip())  # the ')', once found
        for token in tokens:
            if token[1] in "([{<":
                depth += 1
            elif token[1] in ")]}>":
                depth -= 1
                if depth == 0:
                    closing = token[2]
                    break
            if depth == 1 and token[1] == ",":
                if not current:  # '(,' or ', ,': an argument is missing
                    raise self.error(token[2], "expected type")
                pieces.append(current)
                current = []
                continue
            current.append(token)
        if current:
            pieces.append(current)
        elif pieces:  # a ',' right before the ')'
            raise self.error(closing, "expected type")
        a = self.cols.argument
        count = numbered = 0
        for piece in pieces:
            if piece[0][1] == "...":
                continue
            type_id = self._parse_type(piece, 0)[0]
            last = piece[-1]
            row = len(a["name"])
            name = NAME_NUMBERED
            if last[0] == "local" and len(piece) > 1:
                key = name_key(last[1])
                if key.isdigit() and int(key) != numbered:
                    raise self.error(last[2], f"argument expected to be numbered '%{numbered}'")
                if not key.isdigit():
                    name = self.host.strings.intern(last[1][1:])
                self._define(key, TAG_ARGUMENT, row, last[2])
            elif "..." not in last[1]:
                self._define(str(numbered), TAG_ARGUMENT, row, last[2])
            numbered += name == NAME_NUMBERED
            count += 1
            a["function"].append(fn)
            a["name"].append(name)
            a["type"].append(type_id)
        return count, numbered

    def _define(self, key: str, tag: int, row: int, offset: int) -> None:
        if key in self.locals:
            raise self.error(offset, f"multiple definition of local value named '{key}'")
        self.locals[key] = (tag, row)

    def _statements(self, lines: list[str], starts: list[int], first: int,
                    end: int) -> list[tuple[str, int, int]]:
        """Group body lines into (kind, start, end) statements.

        A switch's case list and a landingpad's clauses continue on later
        lines; they join the instruction they belong to.
        """
        out: list[tuple[str, int, int]] = []
        depth = 0
        for index in range(first, end):
            line = lines[index]
            stripped = line.strip()
            if not stripped or stripped[0] == ";":
                continue
            start = starts[index]
            line_end = start + len(line.rstrip())
            first_word = stripped.split(None, 1)[0]
            # invoke's "to label ... unwind label ..." and landingpad clauses
            # continue the instruction above them.
            continues = out and out[-1][0] == "inst" and (
                first_word == "to" or (first_word in ("catch", "filter", "cleanup")
                                       and "landingpad" in self.text[out[-1][1]:out[-1][2]]))
            if depth > 0 or continues:
                kind, s, _ = out[-1]
                out[-1] = (kind, s, line_end)
                depth += _bracket_depth(line)
                continue
            if first_word == "uselistorder":
                self._check_use_list_order(line, start)
            elif ":" in line and _LABEL.match(line):
                out.append(("label", start, line_end))
            elif stripped.startswith("#dbg_"):
                out.append(("dbg", start, line_end))
            else:
                out.append(("inst", start, line_end))
                depth = _bracket_depth(line)
        return out

    def _scan_body(self, body_start: int, body_end: int,
                   numbered_args: int) -> list[tuple[str, int, int]] | None:
        """_statements and _define_locals in one regex scan of the body's lines, on
        text whose only blanks are spaces, tabs and newlines.  Returns the
        statements; None for a body without any, which the careful path reports.
        Statements are grouped as _statements groups them (a switch's case list,
        invoke's ``to`` line and landingpad clauses join the line above), and
        errors are raised as _define_locals raises them, in the same order."""
        block = len(self.cols.block["name"])
        inst = len(self.cols.inst["opcode"])
        block_names: list[int] = []
        inst_names: list[int] = []
        results: list[re.Match[str] | None] = []
        statements: list[tuple[str, int, int]] = []
        counter = numbered_args
        text, defined, strings = self.text, self.locals, self.host.strings
        last_kind = ""
        depth = 0  # brackets left open by the statement above
        for match in _BODY_LINE.finditer(text, body_start, body_end):
            line = match.group()
            line_start = match.start()
            line_end = line_start + len(line.rstrip())
            word = match.group(2)
            brackets = "[" in line or "]" in line
            if depth > 0 or (
                    last_kind == "inst" and word in _CONTINUATION_WORDS
                    and match.group(1) is None
                    and (match.end(2) == line_start + len(line) or text[match.end(2)] in " \t")
                    and (word == "to" or "landingpad" in text[
                        statements[-1][1]:statements[-1][2]])):
                # the statement above goes on: a switch's cases, invoke's "to
                # label ... unwind label ...", landingpad clauses
                statements[-1] = (statements[-1][0], statements[-1][1], line_end)
                if brackets:
                    depth += _bracket_depth(line)
                continue
            if word == "uselistorder" and match.group(1) is None:
                self._check_use_list_order(line, line_start)
                continue
            result: re.Match[str] | None = match
            if word is not None:
                kind = "inst"
            elif match.group(3) is not None:
                kind = "label"
            elif match.group(4) is not None:
                kind = "dbg"
            else:  # no opcode word: read later, where the error is worded
                kind = "inst"
                result = _RESULT.match(text, line_start)
            if kind == "inst":
                depth = _bracket_depth(line) if brackets else 0
            if not statements and kind != "label":  # the entry block, unnamed
                block_names.append(NAME_NUMBERED)
                defined.setdefault(str(counter), (TAG_BLOCK, block))
                counter += 1
                block += 1
            statements.append((kind, line_start, line_end))
            last_kind = kind
            if kind == "label":
                label = match.group(3)
                key = label[1:-1] if label.startswith('"') else label
                label_offset = match.start(3)
                self._label_offsets[block] = label_offset
                if key.isdigit():
                    if int(key) != counter:
                        raise self.error(label_offset,
                                         f"label expected to be numbered '{counter}'")
                    counter += 1
                    block_names.append(NAME_NUMBERED)
                else:
                    block_names.append(strings.intern(label))
                self._define(key, TAG_BLOCK, block, label_offset)
                block += 1
                continue
            if kind == "dbg":
                inst_names.append(NAME_NONE)
                results.append(None)
                inst += 1
                continue
            results.append(result)
            token = result.group(1) if result else None
            if token:
                key = token[2:-1] if token[1] == '"' else token[1:]  # name_key, inline
                if key.isdigit():
                    if int(key) != counter:
                        raise self.error(result.start(1),
                                         f"instruction expected to be numbered '%{counter}'")
                    counter += 1
                    inst_names.append(NAME_NUMBERED)
                else:
                    inst_names.append(strings.intern(token[1:]))
                if key in defined:  # _define, inline
                    raise self.error(result.start(1),
                                     f"multiple definition of local value named '{key}'")
                defined[key] = (TAG_VALUE, inst)
            else:
                inst_names.append(NAME_NONE)
            inst += 1
        if not statements:
            return None
        self._block_names, self._inst_names, self._inst_results = \
            block_names, inst_names, results
        return statements

    def _define_locals(self, statements: list[tuple[str, int, int]], fn: int,
                       numbered_args: int, header_start: int) -> None:
        """First pass over a body: every block and value name, numbering checked."""
        counter = numbered_args
        block = len(self.cols.block["name"])
        inst = len(self.cols.inst["opcode"])
        self._block_names: list[int] = []
        self._inst_names: list[int] = []
        # per instruction statement, its _RESULT match (None for a debug record)
        self._inst_results: list[re.Match[str] | None] = []
        if not statements:
            raise self.error(header_start, "function body has no instructions")
        if statements[0][0] != "label":
            self._block_names.append(NAME_NUMBERED)
            self.locals.setdefault(str(counter), (TAG_BLOCK, block))
            counter += 1
            block += 1
        # hot loop: what it calls per statement, bound once
        text, defined, match_result = self.text, self.locals, _RESULT.match
        add_name, add_result = self._inst_names.append, self._inst_results.append
        for kind, start, _ in statements:
            if kind == "label":
                match = _LABEL.match(self.text, start)
                assert match is not None
                label = match.group(1)
                key = label[1:-1] if label.startswith('"') else label
                label_offset = match.start(1)  # already absolute: matched from ``start``
                self._label_offsets[block] = label_offset
                if key.isdigit():
                    if int(key) != counter:
                        raise self.error(label_offset,
                                         f"label expected to be numbered '{counter}'")
                    counter += 1
                    self._block_names.append(NAME_NUMBERED)
                else:
                    self._block_names.append(self.host.strings.intern(label))
                self._define(key, TAG_BLOCK, block, label_offset)
                block += 1
                continue
            if kind == "inst":
                result = match_result(text, start)
                add_result(result)
                token = result.group(1) if result else None
                if token:
                    key = token[2:-1] if token[1] == '"' else token[1:]  # name_key, inline
                    if key.isdigit():
                        if int(key) != counter:
                            raise self.error(result.start(1),
                                             f"instruction expected to be numbered '%{counter}'")
                        counter += 1
                        add_name(NAME_NUMBERED)
                    else:
                        add_name(self.host.strings.intern(token[1:]))
                    if key in defined:  # _define, inline
                        raise self.error(result.start(1),
                                         f"multiple definition of local value named '{key}'")
                    defined[key] = (TAG_VALUE, inst)
                else:
                    add_name(NAME_NONE)
            else:
                add_name(NAME_NONE)
                add_result(None)
            inst += 1

    def _read_body(self, statements: list[tuple[str, int, int]], fn: int,
                   check_terminators: bool = True) -> None:
        b = self.cols.block
        block_row = len(b["name"]) - 1
        inst_count = b["inst_count"]
        names = iter(self._block_names)
        inst_names = iter(self._inst_names)
        results = iter(self._inst_results)
        fast_parse, push = self._fast_parse, self._push_instruction
        if statements[0][0] != "label":
            block_row = self._open_block(fn, next(names))
        for kind, start, end in statements:
            if kind == "label":
                block_row = self._open_block(fn, next(names))
                continue
            name = next(inst_names)
            result = next(results)
            if kind == "dbg":
                self._read_generic(op.DBG_RECORD, start + self._indent(start), end, NAME_NONE,
                                   0, -1)
                inst_count[block_row] += 1
                continue
            # The commonest instructions go straight to their fast path, past the
            # checks of _read_instruction that their words pass (a store's name
            # and a statement without an opcode are left to it).
            word = result.group(2) if result is not None else ""
            opcode = _FAST_OPCODES.get(word, -1)
            if opcode < 0 or result is None or result.start(2) >= end or (
                    opcode == op.STORE and result.group(1)):
                self._read_instruction(start, end, name, result)
                inst_count[block_row] += 1
                continue
            word_start = result.start(2)
            try:
                fast = fast_parse(word, opcode, word_start, end, name)
            except SourceError:
                fast = None  # the grammar finds (and words) the error itself
            if fast is None:
                self._read_grammar(word, opcode, word_start, end, name)
            else:
                type_id, flags, predicate, operands = fast
                push(opcode, type_id, flags, predicate, operands, name, word_start, end,
                     self._fast_aux)
            inst_count[block_row] += 1
        if check_terminators:
            self._check_terminators(fn)

    def _indent(self, start: int) -> int:
        blanks = _INDENT.match(self.text, start)
        assert blanks is not None  # [ \t]* matches anywhere
        return blanks.end() - start

    def _open_block(self, fn: int, name: int) -> int:
        b = self.cols.block
        b["function"].append(fn)
        b["first_inst"].append(len(self.cols.inst["opcode"]))
        b["inst_count"].append(0)
        b["name"].append(name)
        return len(b["name"]) - 1

    def _check_terminators(self, fn: int) -> None:
        b, i = self.cols.block, self.cols.inst
        for row in range(self.cols.function["first_block"][fn], len(b["name"])):
            first, count = b["first_inst"][row], b["inst_count"][row]
            codes = i["opcode"][first:first + count]
            real = [code for code in codes if code != op.DBG_RECORD]
            if not count:
                raise self.error(self._label_offsets.get(row, 0),
                                 "block has no instructions: expected a terminator")
            if not real or not op.IS_TERMINATOR[real[-1]]:
                raise self.error(self._inst_offsets[first + count - 1],
                                 "expected a terminator at the end of the block")
            for position, code in enumerate(real[:-1]):
                if op.IS_TERMINATOR[code]:
                    raise self.error(self._inst_offsets[first + position],
                                     "terminator in the middle of a block")

    # -- instructions -----------------------------------------------------------
    def _read_instruction(self, start: int, end: int, name: int,
                          result: re.Match[str] | None = None) -> None:
        if result is None:  # _define_locals has usually matched it already
            result = _RESULT.match(self.text, start)
        if result is None or result.start(2) >= end:
            # No opcode word in the statement (a line cut after '=', a stray
            # symbol): point past the name and '='.
            named = _NAMED.match(self.text, start)
            raise self.error(min(named.end(), end), "expected instruction opcode")
        word_start = result.start(2)
        word = result.group(2)
        if word in ("tail", "musttail", "notail"):
            nxt = _RESULT.match(self.text, result.end(2))
            if not nxt or nxt.group(2) != "call" or nxt.group(1):
                raise self.error(word_start, f"expected 'call' after '{word}'")
        elif word not in op.OPCODE_ID or word == "dbg_record":
            raise self.error(word_start, "expected instruction opcode")
        opcode = op.OPCODE_ID.get(word, op.CALL)
        if opcode in _VOID_OPCODES and result.group(1):
            raise self.error(result.start(1), "instructions returning void cannot have a name")
        if word in _GRAMMAR_WORDS:
            self._read_structured(word, opcode, word_start, end, name)
        elif opcode == _INVOKE:
            self._check_invoke(word_start, end)
            self._read_generic(opcode, word_start, end, name, 0, -1)
        elif opcode == op.ALLOCA:
            self._read_alloca(word_start, end, name)
        else:
            self._read_generic(opcode, word_start, end, name, 0, -1)

    def _check_invoke(self, start: int, end: int) -> None:
        """An invoke's syntax, as LLParser's parseInvoke reads it: calling
        convention and return attributes, the return type, the callee, the
        argument list, function attributes and operand bundles, then exactly
        ``to label %normal unwind label %unwind`` (blocks of this function, as
        for ``br``) and only metadata attachments after.  The instruction stays
        verbatim text (_read_generic); what this guarantees the passes is that
        its last two operands are its two labels.  The common spellings are
        one regex match (_FAST_INVOKE) and two lookups; the rest one tokenize,
        which also words the errors."""
        fast = _FAST_INVOKE.fullmatch(self.text, start, end)
        if fast is not None:
            labels = [self.locals.get(label[2:-1] if label[1] == '"' else label[1:])
                      for label in fast.groups()]  # name_key, inline
            if all(found is not None and found[0] == TAG_BLOCK for found in labels):
                return
        tokens = tokenize(self.text, start, end)
        for token in tokens:
            if token[0] == "bad":
                raise self.error(token[2], f"invalid character '{token[1]}'")
        blanks = _BLANKS_AND_COMMENTS.match(self.text, end)
        past = blanks.end() if blanks is not None else end  # the token after the statement
        n = len(tokens)

        def at(index: int) -> int:
            return tokens[index][2] if index < n else past

        index = 1
        while index < n and tokens[index][0] == "word" and (
                tokens[index][1] in _PARAM_ATTRIBUTES
                or _CALLING_CONVENTION.fullmatch(tokens[index][1])):
            word = tokens[index][1]
            index += 1
            if index < n and tokens[index][1] == "(":
                index = _skip_balanced(tokens, index, self)
            elif word in ("cc", "align"):
                if index >= n or tokens[index][0] != "number":
                    raise self.error(at(index), "expected integer")
                index += 1
        if index >= n:
            raise self.error(past, "expected type")
        index = self._skip_type(tokens, index)
        if index < n and tokens[index][1] == "(":  # a function type's parameters
            index = _skip_balanced(tokens, index, self)
        index = self._skip_value(tokens, index, past)  # the callee
        if index >= n or tokens[index][1] != "(":
            raise self.error(at(index), "expected '(' in call")
        index = self._skip_arguments(tokens, index + 1, past)
        while index < n and tokens[index][1] != "to":
            kind, word = tokens[index][:2]
            if kind == "hash":
                index += 1
            elif kind == "word" and word in _FUNCTION_ATTRIBUTES:
                index += 1
                if index < n and tokens[index][1] == "(":
                    index = _skip_balanced(tokens, index, self)
            elif kind == "string" and word[0] == '"':  # "key" or "key"="value"
                index += 3 if index + 1 < n and tokens[index + 1][1] == "=" else 1
            elif word == "[":  # operand bundles
                index = _skip_balanced(tokens, index, self)
            else:
                break
        if index >= n or tokens[index][1] != "to":
            raise self.error(at(index), "expected 'to' in invoke")
        index = self._skip_invoke_label(tokens, index + 1, past)
        if index >= n or tokens[index][1] != "unwind":
            raise self.error(at(index), "expected 'unwind' in invoke")
        index = self._skip_invoke_label(tokens, index + 1, past)
        parser = _Grammar(self, tokens, end)
        parser.index = index
        parser.finish("invoke")

    def _skip_invoke_label(self, tokens: list[Token], index: int, past: int) -> int:
        """``label %name`` naming a block of this function (LLParser's
        parseTypeAndBasicBlock, with br's wording for a name that is no block)."""
        if index >= len(tokens):
            raise self.error(past, "expected type")
        offset, is_label = tokens[index][2], tokens[index][1] == "label"
        index = self._skip_type(tokens, index)
        if not is_label:
            raise self.error(offset, "expected a basic block")
        if index >= len(tokens) or tokens[index][0] != "local":
            raise self.error(tokens[index][2] if index < len(tokens) else past,
                             "expected value token")
        self._block_named(*tokens[index][1:])
        return index + 1

    def _skip_arguments(self, tokens: list[Token], index: int, past: int) -> int:
        """A call's argument list after its '(' (LLParser's parseParameterList):
        ``type [attributes] value`` pieces (``metadata`` any metadata), ',' between,
        ``...`` allowed; returns the index after the ')'."""
        n = len(tokens)
        first = True
        while index >= n or tokens[index][1] != ")":
            if not first:
                if index >= n or tokens[index][1] != ",":
                    raise self.error(tokens[index][2] if index < n else past,
                                     "expected ',' in argument list")
                index += 1
            first = False
            if index < n and tokens[index][1] == "...":
                index += 1
                continue
            if index >= n:
                raise self.error(past, "expected type")
            metadata = tokens[index][1] == "metadata"
            index = self._skip_type(tokens, index)
            while not metadata and index < n:
                kind, word = tokens[index][:2]
                if kind == "word" and word in _PARAM_ATTRIBUTES:
                    index += 1
                    if index < n and tokens[index][1] == "(":
                        index = _skip_balanced(tokens, index, self)
                    elif word == "align":
                        if index >= n or tokens[index][0] != "number":
                            raise self.error(tokens[index][2] if index < n else past,
                                             "expected integer")
                        index += 1
                elif kind == "string" and word[0] == '"':  # "key" or "key"="value"
                    index += 3 if index + 1 < n and tokens[index + 1][1] == "=" else 1
                else:
                    break
            if metadata:  # !N, !"text", !{...}, !DIExpression(...), or 'T value'
                if index >= n or tokens[index][1] in (",", ")"):
                    raise self.error(tokens[index][2] if index < n else past,
                                     "expected metadata operand")
                index = self._skip_to_separator(tokens, index)
            else:
                index = self._skip_value(tokens, index, past)
        return index + 1

    def _skip_value(self, tokens: list[Token], index: int, past: int) -> int:
        """The index after the value at tokens[index] (what _parse_value accepts,
        and inline asm), without interning it; "expected value token" else."""
        if index >= len(tokens):
            raise self.error(past, "expected value token")
        kind, text, offset = tokens[index]
        if kind in ("local", "global", "number", "meta") or (kind == "string" and text[0] == "c"):
            return index + 1
        if kind == "punct" and text in "[<{":
            return _skip_balanced(tokens, index, self)
        if kind != "word":
            raise self.error(offset, "expected value token")
        if text in _CONSTANT_WORDS:
            return index + 1
        following = tokens[index + 1] if index + 1 < len(tokens) else ("", "", past)
        if text in _GLOBAL_PREFIX_WORDS and following[0] == "global":
            return index + 2
        if text == "asm":  # asm [sideeffect] [alignstack] [inteldialect] [unwind] "..", ".."
            index += 1
            while index < len(tokens) and tokens[index][0] == "word":
                index += 1
            for expected in ("string", ",", "string"):
                if index >= len(tokens) or expected not in (tokens[index][0], tokens[index][1]):
                    raise self.error(tokens[index][2] if index < len(tokens) else past,
                                     "expected string constant" if expected == "string"
                                     else "expected comma in inline asm expression")
                index += 1
            return index
        stop = index + 1  # a constant expression: words, then '(...)'
        while stop < len(tokens) and tokens[stop][0] == "word":
            stop += 1
        if stop >= len(tokens) or tokens[stop][1] != "(":
            raise self.error(offset, "expected value token")
        return _skip_balanced(tokens, stop, self)

    @staticmethod
    def _skip_to_separator(tokens: list[Token], index: int) -> int:
        """The index of the next ',' or ')' outside brackets (or the end)."""
        depth = 0
        while index < len(tokens):
            kind, text = tokens[index][:2]
            if kind == "punct":
                if depth == 0 and text in ",)":
                    return index
                if text in "([{<":
                    depth += 1
                elif text in ")]}>":
                    depth -= 1
            index += 1
        return index

    def _read_alloca(self, start: int, end: int, name: int) -> None:
        """alloca keeps its verbatim template; the allocated type goes to ``aux_type``,
        and an array size or ``inalloca`` marks it FLAG_ORDERED (not promotable)."""
        match = _FAST_ALLOCA.fullmatch(self.text, start, end)
        if match is not None:  # the common spelling: no array size, no inalloca
            allocated = self._fast_type(match, 1)
            if allocated >= 0:
                operands, end = self._references(start, end)
                self._push_instruction(op.ALLOCA, self.type_id("ptr"), 0, -1, operands, name,
                                       start, end, aux_type=allocated)
                return
        tokens = tokenize(self.text, start, end)
        index = 1
        flags = 0
        if index < len(tokens) and tokens[index][1] == "inalloca":
            flags, index = op.FLAG_ORDERED, index + 1
        allocated, index = self._parse_type(tokens, index)
        if index + 1 < len(tokens) and tokens[index][1] == "," and \
                tokens[index + 1][1] not in ("align", "addrspace") and \
                tokens[index + 1][0] != "meta":
            flags = op.FLAG_ORDERED
        operands, end = self._references(start, end)
        self._push_instruction(op.ALLOCA, self.type_id("ptr"), flags, -1, operands, name,
                               start, end, aux_type=allocated)

    def _push_instruction(self, opcode: int, type_id: int, flags: int, predicate: int,
                          operands: list[_OperandRow], name: int, start: int, end: int,
                          aux_type: int = -1) -> None:
        """Append one instruction row (to the block opened last), its operands and
        its template."""
        text = self.text
        operand_rows = self._operand_rows
        if operands:
            pieces, cursor = [], start
            for tag, ref, operand_type, operand_start, operand_end in operands:
                pieces.append(text[cursor:operand_start])
                cursor = operand_end
                operand_rows.append((tag, ref, operand_type))
            tail = text[cursor:end]
            pieces.append(tail)
        else:
            tail = text[start:end]
            pieces = [tail]
        # the text with operands cut out and trailing metadata attachments
        # dropped: equal shapes and equal operands mean equal instructions.
        # Tails repeat (", align 8, !tbaa !5"), so their stripped form is cached.
        if "!" not in tail:  # no attachment to drop
            last = tail
        else:
            last = self._shape_tails.get(tail)
            if last is None:
                last = self._shape_tails[tail] = _TRAILING_METADATA.sub("", tail)
        if last is tail:
            key = "\0".join(pieces)
        else:
            pieces[-1] = last
            key = "\0".join(pieces)
            pieces[-1] = tail
        strings = self.host.strings
        shape = strings.ids.get(key)
        if shape is None:  # Strings.intern, inline
            shape = strings.intern(key)
        self._opcodes.append(opcode)
        self._inst_types.append(type_id)
        self._inst_rows.append((aux_type, shape, flags, predicate, len(operands), name))
        self.host.templates.append(pieces)
        self._inst_offsets.append(start)

    def _read_generic(self, opcode: int, start: int, end: int, name: int, flags: int,
                      type_id: int) -> None:
        """An instruction kept verbatim: only its local references become operands."""
        operands, end = self._references(start, end)
        self._push_instruction(opcode, type_id, flags, -1, operands, name, start, end)

    def _references(self, start: int, end: int) -> tuple[list[_OperandRow], int]:
        """Local references in text[start:end] as operands, and where a comment on the
        statement's last line cuts it (one on an earlier line, as before an
        invoke's ``to`` line, stays in the text and cuts nothing)."""
        if _REFERENCE_START.search(self.text, start, end) is None:
            return [], end  # the common tail (", align 8, !tbaa !5"): nothing to scan
        out: list[_OperandRow] = []
        for match in REFERENCE.finditer(self.text, start, end):
            group = match.lastindex  # which alternative: None for a string
            if group is None:
                continue
            if group == 3:
                if match.end(3) < end:  # a comment on an earlier line of the statement
                    continue
                return out, len(self.text[start:match.start(3)].rstrip()) + start
            token = match.group(group)
            key = token[2:-1] if token[1:2] == '"' else token[1:]  # name_key, inline
            if group == 2:
                if key not in self.globals:
                    raise self.error(match.start(2), f"use of undefined value '{token}'")
                continue
            found = self.locals.get(key)
            if found is None:
                if key in self.named_types:
                    continue
                raise self.error(match.start(1), f"use of undefined value '{token}'")
            out.append((found[0], found[1], -1, match.start(1), match.end(1)))
        return out, end

    def _read_structured(self, word: str, opcode: int, start: int, end: int,
                         name: int) -> None:
        try:
            fast = self._fast_parse(word, opcode, start, end, name)
        except SourceError:
            fast = None  # the grammar below finds (and words) the error itself
        if fast is not None:
            type_id, flags, predicate, operands = fast
            self._push_instruction(opcode, type_id, flags, predicate, operands, name, start,
                                   end, aux_type=self._fast_aux)
            return
        self._read_grammar(word, opcode, start, end, name)

    def _read_grammar(self, word: str, opcode: int, start: int, end: int, name: int) -> None:
        """A structured instruction read by ``_Grammar``, token by token."""
        tokens = tokenize(self.text, start, end)
        for token in tokens:
            if token[0] == "bad":
                raise self.error(token[2], f"invalid character '{token[1]}'")
        parser = _Grammar(self, tokens, end)
        parser.next()  # the opcode word
        type_id, flags, predicate, parsed = parser.parse(word, opcode)
        aux_type = parser.aux_type
        tail_start = parser.position()
        parser.finish(word)
        tail, end = self._references(tail_start, end)
        operands: list[_OperandRow] = [*parsed, *tail]
        if name == NAME_NONE and type_id >= 0 and self.cols.type["kind"][type_id] != KIND_VOID \
                and word not in ("store", "br", "ret"):
            raise self.error(start, "instruction with a result must be given a name")
        if name != NAME_NONE and word in ("br", "ret", "store", "switch"):
            raise self.error(start, "instructions returning void cannot have a name")
        self._push_instruction(opcode, type_id, flags, predicate, operands, name, start, end,
                               aux_type=aux_type)

    def _fast_parse(self, word: str, opcode: int, start: int, end: int,
                    name: int) -> tuple[int, int, int, list[_OperandRow]] | None:
        """What ``_Grammar.parse`` returns for a common spelling of ``word``, with the
        same interning order; None where the grammar must read it.  Only one-word
        types already read once (``_word_types``) are taken."""
        text, types = self.text, self._word_types
        self._fast_aux = -1  # a GEP's source type
        if word == "load":
            match = _FAST_LOAD.fullmatch(text, start, end)
            if match is None or name == NAME_NONE:
                return None
            type_id, pointer = types.get(match.group(1)), types.get("ptr")
            if type_id is None or pointer is None:
                return None
            return type_id, 0, -1, [self._fast_value(match, 2, pointer)]
        if word == "store":
            match = _FAST_STORE.fullmatch(text, start, end)
            if match is None or name != NAME_NONE:
                return None
            type_id, pointer = types.get(match.group(1)), types.get("ptr")
            if type_id is None or pointer is None:
                return None
            value = self._fast_value(match, 2, type_id)
            void = self.type_id("void")
            return void, 0, -1, [value, self._fast_value(match, 3, pointer)]
        if word == "br":
            match = _FAST_BR.fullmatch(text, start, end)
            if match is None or name != NAME_NONE:
                return None
            void = self.type_id("void")
            if match.group(1) is not None:
                return void, 0, -1, [self._fast_block(match, 1)]
            condition_type = types.get("i1")
            if condition_type is None:
                return None
            condition = self._fast_value(match, 2, condition_type)
            return void, 0, -1, [condition, self._fast_block(match, 3),
                                 self._fast_block(match, 4)]
        if word == "ret":
            match = _FAST_RET.fullmatch(text, start, end)
            if match is None or name != NAME_NONE:
                return None
            spelled = match.group(1) or "void"
            type_id = types.get(spelled)
            returns = self._return_type
            if type_id is None or (returns is not None and spelled != returns):
                return None
            if match.group(1) is None:
                return type_id, 0, -1, []
            return type_id, 0, -1, [self._fast_value(match, 2, type_id)]
        if name == NAME_NONE:
            return None
        if word == "getelementptr":
            return self._fast_getelementptr(start, end)
        if word in _BINARY_WORDS:
            match = _FAST_BINARY.fullmatch(text, start, end)
            if match is None:
                return None
            flags = _fast_flags(word, match.group(1))
            type_id = types.get(match.group(2))
            if flags < 0 or type_id is None:
                return None
            lhs = self._fast_value(match, 3, type_id)
            return type_id, flags, -1, [lhs, self._fast_value(match, 4, type_id)]
        if word == "icmp":
            match = _FAST_ICMP.fullmatch(text, start, end)
            if match is None:
                return None
            flags = _fast_flags(word, match.group(1))
            predicate = op.ICMP_ID.get(match.group(2), -1)
            type_id = types.get(match.group(3))
            if flags < 0 or predicate < 0 or type_id is None or \
                    self.cols.type["kind"][type_id] not in (KIND_INT, KIND_PTR):
                return None
            lhs = self._fast_value(match, 4, type_id)
            rhs = self._fast_value(match, 5, type_id)
            return self.type_id("i1"), flags, predicate, [lhs, rhs]
        if word in _INT_CAST_WORDS:
            match = _FAST_CAST.fullmatch(text, start, end)
            if match is None:
                return None
            flags = _fast_flags(word, match.group(1))
            source_type, target_type = types.get(match.group(2)), types.get(match.group(4))
            if flags < 0 or source_type is None or target_type is None:
                return None
            widths = self.cols.type["width"]
            source_width, target_width = widths[source_type], widths[target_type]
            if source_width == target_width or (source_width > target_width) != (word == "trunc"):
                return None
            return target_type, flags, -1, [self._fast_value(match, 3, source_type)]
        return None

    def _fast_getelementptr(self, start: int,
                            end: int) -> tuple[int, int, int, list[_OperandRow]] | None:
        """``_Grammar._getelementptr`` for a scalar GEP with integer-typed indices."""
        match = _FAST_GEP.fullmatch(self.text, start, end)
        pointer = self._word_types.get("ptr")
        if match is None or pointer is None:
            return None
        aux_type = self._fast_type(match, 2)
        if aux_type < 0:
            return None
        indices: list[tuple[re.Match[str], int]] = []
        cursor, stop = match.start(4), match.end(4)
        for index in _FAST_INDEX.finditer(self.text, cursor, stop):
            index_type = self._word_types.get(index.group(1))
            if index.start() != cursor or index_type is None:
                return None
            indices.append((index, index_type))
            cursor = index.end()
        if cursor != stop:
            return None
        operands = [self._fast_value(match, 3, pointer)]
        for index, index_type in indices:
            operands.append(self._fast_value(index, 2, index_type))
        flags = op.FLAG_INBOUNDS if "inbounds" in match.group(1) else 0
        constant = self.cols.constant
        if all(o[0] == TAG_CONSTANT and constant["kind"][o[1]] == CONST_INT
               and constant["value"][o[1]] == 0 for o in operands[1:]):
            flags |= op.FLAG_ZERO_INDICES
        self._fast_aux = aux_type
        return self.type_id("ptr"), flags, -1, operands

    def _fast_type(self, match: re.Match[str], group: int) -> int:
        """Type id of a ``_FAST_TYPE`` group, -1 when the grammar must read it."""
        spelled = match.group(group)
        if spelled[0] == "[":
            # brackets balanced, one space apart: the text is already canonical
            return self.type_id(spelled)
        return self._word_types.get(spelled, -1)

    def _fast_value(self, match: re.Match[str], group: int, type_id: int) -> _OperandRow:
        """``_parse_value`` of the one token a fast-path group matched."""
        text = match.group(group)
        first = text[0]
        if first == "%":  # the commonest case, inline: a value already defined
            found = self.locals.get(text[2:-1] if text[1] == '"' else text[1:])
            if found is not None:
                tag, row = found
                if tag == TAG_ARGUMENT:
                    defined = self._argument_types[row]
                elif tag == TAG_VALUE:
                    types = self._inst_types
                    defined = types[row] if row < len(types) else -1
                else:
                    defined = -1
                if tag != TAG_BLOCK and (defined < 0 or type_id < 0 or defined == type_id):
                    offset = match.start(group)
                    return tag, row, type_id, offset, offset + len(text)
        elif first != "@":  # a constant already interned: what constant_id would return
            constant = self.constant_ids.get((type_id, text))
            if constant is not None:
                offset = match.start(group)
                return TAG_CONSTANT, constant, type_id, offset, offset + len(text)
        kind = "local" if first == "%" else "global" if first == "@" else \
            "number" if first == "-" or first.isdigit() else "word"
        return self._parse_value([(kind, text, match.start(group))], 0, type_id)[0]

    def _fast_block(self, match: re.Match[str], group: int) -> _OperandRow:
        """``_parse_block_ref`` of the one token a fast-path group matched."""
        text = match.group(group)
        found = self.locals.get(text[2:-1] if text[1] == '"' else text[1:])
        offset = match.start(group)
        if found is None or found[0] != TAG_BLOCK:  # the careful path words the error
            return self._parse_block_ref([("local", text, offset)], 0)[0]
        return TAG_BLOCK, found[1], self.type_id("label"), offset, offset + len(text)

    # -- types ------------------------------------------------------------------
    def _parse_type(self, tokens: list[Token], index: int) -> tuple[int, int]:
        """Parse a type at tokens[index]; returns (type id, next index)."""
        if index < len(tokens):
            # one-token types (i32, ptr, %struct.S) repeat: their id by their text
            word = tokens[index][1]
            found = self._word_types.get(word)
            if found is not None and (word != "ptr" or index + 1 >= len(tokens)
                                      or tokens[index + 1][1] != "addrspace"):
                return found, index + 1
        end = self._skip_type(tokens, index)
        first, last = tokens[index], tokens[end - 1]
        if end == index + 1:
            # (a quoted name's inner spaces are normalized like any type text's)
            type_id = self.type_id(" ".join(first[1].split()))
            self._word_types[first[1]] = type_id
            return type_id, end
        text = " ".join(self.text[first[2]:last[2] + len(last[1])].split())
        return self.type_id(text), end

    def _skip_type(self, tokens: list[Token], index: int) -> int:
        if index >= len(tokens):
            offset = tokens[-1][2] + len(tokens[-1][1]) if tokens else len(self.text)
            raise self.error(offset, "expected type")
        kind, text, offset = tokens[index]
        if kind == "word" and (_INT_TYPE.match(text) or text in _SIMPLE_TYPES):
            if _INT_TYPE.match(text) and not 0 < int(text[1:]) <= _MAX_INT_WIDTH:
                raise self.error(offset, "bitwidth for integer type out of range")
            index += 1
            if text == "ptr" and index < len(tokens) and tokens[index][1] == "addrspace":
                index = _skip_balanced(tokens, index + 1, self)
        elif kind == "word" and text == "target":
            index = _skip_balanced(tokens, index + 1, self)
        elif kind == "local" and name_key(text) in self.named_types:
            index += 1
        elif kind == "punct" and text in "[<{":
            index = _skip_balanced(tokens, index, self)
        else:
            raise self.error(offset, "expected type")
        return index

    # -- values -----------------------------------------------------------------
    def _parse_value(self, tokens: list[Token], index: int, type_id: int) -> tuple[_Operand, int]:
        if index >= len(tokens):
            offset = tokens[-1][2] + len(tokens[-1][1])
            raise self.error(offset, "expected value token")
        kind, text, offset = tokens[index]
        if kind == "local":
            found = self.locals.get(name_key(text))
            if found is None:
                raise self.error(offset, f"use of undefined value '{text}'")
            if found[0] == TAG_BLOCK:
                raise self.error(offset, f"'{text}' is a label, expected a value")
            defined = self._value_type(found)
            if defined >= 0 and type_id >= 0 and defined != type_id:
                have, want = self.host.type_text[defined], self.host.type_text[type_id]
                # one-word types only: longer type texts keep the source's spacing
                if _one_word(have) and _one_word(want):
                    raise self.error(offset, f"'{text}' defined with type '{have}' "
                                             f"but expected '{want}'")
            return _Operand(found[0], found[1], type_id, offset, offset + len(text)), index + 1
        if kind == "global":
            if name_key(text) not in self.globals:
                raise self.error(offset, f"use of undefined value '{text}'")
            ref = self.host.strings.intern(text)
            return _Operand(TAG_GLOBAL, ref, type_id, offset, offset + len(text)), index + 1
        stop = index + 1
        if kind == "word" and text not in _CONSTANT_WORDS:
            while stop < len(tokens) and tokens[stop][0] == "word":
                stop += 1
            if stop >= len(tokens) or tokens[stop][1] != "(":
                raise self.error(offset, "expected value token")
            stop = _skip_balanced(tokens, stop, self)
        elif kind == "punct" and text in "[<{":
            stop = _skip_balanced(tokens, index, self)
        elif kind not in ("number", "word", "string"):
            raise self.error(offset, "expected value token")
        if kind == "number" and type_id >= 0 and self.cols.type["kind"][type_id] == KIND_INT \
                and "." in text:
            raise self.error(offset, "floating point constant invalid for type")
        last = tokens[stop - 1]
        end = last[2] + len(last[1])
        constant = self.constant_id(type_id, self.text[offset:end])
        return _Operand(TAG_CONSTANT, constant, type_id, offset, end), stop

    def _value_type(self, found: tuple[int, int]) -> int:
        """Type id of a local value already read, -1 when unknown (a forward
        reference, or an instruction kept verbatim)."""
        tag, row = found
        if tag == TAG_ARGUMENT:
            return self.cols.argument["type"][row]
        types = self.cols.inst["type"]
        return types[row] if tag == TAG_VALUE and row < len(types) else -1

    def _parse_label(self, tokens: list[Token], index: int) -> tuple[_Operand, int]:
        if index >= len(tokens) or tokens[index][1] != "label":
            offset = tokens[index][2] if index < len(tokens) else tokens[-1][2]
            raise self.error(offset, "expected 'label'")
        return self._parse_block_ref(tokens, index + 1)

    def _parse_block_ref(self, tokens: list[Token], index: int) -> tuple[_Operand, int]:
        if index >= len(tokens) or tokens[index][0] != "local":
            offset = tokens[index][2] if index < len(tokens) else tokens[-1][2]
            raise self.error(offset, "expected a basic block label")
        _, text, offset = tokens[index]
        return _Operand(TAG_BLOCK, self._block_named(text, offset), self.type_id("label"),
                        offset, offset + len(text)), index + 1

    def _block_named(self, text: str, offset: int) -> int:
        """The block a label operand names (br's and invoke's errors otherwise)."""
        found = self.locals.get(name_key(text))
        if found is None:
            raise self.error(offset, f"use of undefined value '{text}'")
        if found[0] != TAG_BLOCK:
            raise self.error(offset, f"'{text}' is not a basic block")
        return int(found[1])

    # -- columns ----------------------------------------------------------------
    def _build(self) -> Module:
        c = self.cols
        i32 = np.int32
        # Passes gather type and constant rows at clipped indices (row 0 for
        # operands that are not constants), so these tables are never empty:
        # an unused void type and untyped poison row, which nothing prints.
        if not c.type["kind"]:
            self.type_id("void")
        if not c.constant["type"]:
            self.constant_id(-1, "poison")

        def arr(values: Any, dtype: Any = i32) -> np.ndarray:
            return np.asarray(values, dtype=dtype)

        for table, rows, names in ((c.inst, self._inst_rows, _INST_ROW),
                                   (c.operand, self._operand_rows, _OPERAND_ROW)):
            # one flat pass over the tuples: cheaper than np.array's row by row
            matrix = np.fromiter(chain.from_iterable(rows), dtype=np.int64,
                                 count=len(rows) * len(names)).reshape(len(rows), len(names))
            for position, name in enumerate(names):
                table[name] = matrix[:, position]  # type: ignore[assignment]
        # Rows come in program order: each block's instructions follow the
        # previous block's, each instruction's operands the previous one's.
        n_insts = len(c.inst["opcode"])
        block_inst_count = arr(c.block["inst_count"])
        operand_count = arr(c.inst["operand_count"])
        inst_block = np.repeat(np.arange(len(block_inst_count), dtype=i32), block_inst_count)
        assert inst_block.shape[0] == n_insts

        return Module(
            host=self.host, xp=np,
            function_name=arr(c.function["name"]),
            function_first_block=arr(c.function["first_block"]),
            function_block_count=arr(c.function["block_count"]),
            function_first_arg=arr(c.function["first_arg"]),
            function_arg_count=arr(c.function["arg_count"]),
            argument_function=arr(c.argument["function"]),
            argument_name=arr(c.argument["name"]),
            argument_type=arr(c.argument["type"]),
            block_function=arr(c.block["function"]),
            block_first_inst=arr(c.block["first_inst"]),
            block_inst_count=arr(c.block["inst_count"]),
            block_name=arr(c.block["name"]),
            inst_opcode=arr(c.inst["opcode"], np.int16),
            inst_type=arr(c.inst["type"]),
            inst_aux_type=arr(c.inst["aux_type"]),
            inst_shape=arr(c.inst["shape"]),
            inst_block=inst_block,
            inst_function=np.repeat(arr(c.block["function"]), block_inst_count),
            inst_flags=arr(c.inst["flags"], np.int16),
            inst_predicate=arr(c.inst["predicate"], np.int8),
            inst_operand_start=np.cumsum(operand_count, dtype=i32) - operand_count,
            inst_operand_count=operand_count,
            inst_name=arr(c.inst["name"]),
            inst_template=np.arange(n_insts, dtype=i32),
            operand_tag=arr(c.operand["tag"], np.int8),
            operand_ref=arr(c.operand["ref"]),
            operand_type=arr(c.operand["type"]),
            operand_owner=np.repeat(np.arange(n_insts, dtype=i32), operand_count),
            type_kind=arr(c.type["kind"], np.int8),
            type_width=arr(c.type["width"]),
            constant_type=arr(c.constant["type"]),
            constant_kind=arr(c.constant["kind"], np.int8),
            constant_value=arr(c.constant["value"], np.int64),
            constant_text=arr(c.constant["text"]),
        )


class _Grammar:
    """Recursive descent over one structured instruction's tokens."""

    def __init__(self, reader: _Reader, tokens: list[Token], end: int) -> None:
        self.r = reader
        self.tokens = tokens
        self.index = 0
        self.end = end
        # the type an instruction names besides its result (a GEP's source type)
        self.aux_type = -1

    def position(self) -> int:
        if self.index < len(self.tokens):
            return self.tokens[self.index][2]
        return self.end

    def peek(self) -> str:
        return self.tokens[self.index][1] if self.index < len(self.tokens) else ""

    def next(self) -> Token:
        if self.index >= len(self.tokens):
            raise self.r.error(self.end, "unexpected end of instruction")
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str, where: str = "") -> None:
        """Consume ``text``; ``where`` completes the message as opt words it."""
        if self.peek() != text:
            raise self.r.error(self.position(), f"expected '{text}' {where}".rstrip())
        self.index += 1

    def finish(self, word: str) -> None:
        """Only an atomic's scope and ordering, ', align N' on memory accesses and
        ', !kind !node' attachments may follow the operands: an extra operand or a
        stray token is an error, as in opt (it would otherwise become an operand)."""
        tokens, i, n = self.tokens, self.index, len(self.tokens)
        if i >= n:
            return
        memory = word in ("load", "store")
        if memory:
            if tokens[i][1] == "syncscope":
                i = _skip_balanced(tokens, i + 1, self.r)
            while i < n and tokens[i][1] in _ORDERINGS:
                i += 1
        while i < n:
            if tokens[i][1] != ",":
                raise self.r.error(tokens[i][2],
                                   f"expected ',' or end of instruction, found '{tokens[i][1]}'")
            i += 1
            kind, text, offset = tokens[i] if i < n else ("", "", self.end)
            if memory and text == "align":
                if i + 1 >= n or tokens[i + 1][0] != "number":
                    raise self.r.error(tokens[i + 1][2] if i + 1 < n else self.end,
                                       "expected alignment value")
                i += 2
                continue
            if kind != "meta" or text == "!":
                raise self.r.error(offset, "expected metadata after comma")
            i += 1
            if i >= n or tokens[i][0] != "meta":
                raise self.r.error(tokens[i][2] if i < n else self.end, "expected metadata node")
            i += 1
            if i < n and tokens[i][1] in ("(", "{"):  # inline: !{...}, !DILocation(...)
                i = _skip_balanced(tokens, i, self.r)
        self.index = i

    def _getelementptr(self) -> tuple[int, int, int, list[_Operand]]:
        """getelementptr [inbounds|nusw|nuw|inrange(..)] T, ptr base {, [inrange] ty idx}:
        the base and every index are operands (constant indices included), the
        source type T goes to ``aux_type``."""
        r = self.r
        flags = 0
        while self.peek() in ("inbounds", "nusw", "nuw", "inrange"):
            if self.peek() == "inbounds":
                flags = op.FLAG_INBOUNDS
            self.index = _skip_balanced(self.tokens, self.index + 1, r) \
                if self.peek() == "inrange" else self.index + 1
        self.aux_type = self.type()
        self.expect(",", "after getelementptr's type")
        base_type = self.type()
        operands = [self.value(base_type)]
        vector = self._text(base_type) if r.cols.type["kind"][base_type] == KIND_VECTOR else ""
        while self.peek() == "," and self.index + 1 < len(self.tokens) \
                and self.tokens[self.index + 1][0] != "meta":
            self.index += 1
            if self.peek() == "inrange":
                self.index = _skip_balanced(self.tokens, self.index + 1, r)
            index_type = self.type()
            if r.cols.type["kind"][index_type] == KIND_VECTOR:
                vector = vector or self._text(index_type)
            elif r.cols.type["kind"][index_type] != KIND_INT:
                raise r.error(self.tokens[self.index - 1][2],
                              "getelementptr index must be an integer")
            operands.append(self.value(index_type))
        constant = r.cols.constant
        zero = all(o.tag == TAG_CONSTANT and constant["kind"][o.ref] == CONST_INT
                   and constant["value"][o.ref] == 0 for o in operands[1:])
        # the address of the object itself: instcombine folds it to the pointer
        flags |= op.FLAG_ZERO_INDICES if zero and not vector else 0
        result = "ptr"
        if vector:
            result = vector.split(" x ")[0] + " x ptr>"
        return r.type_id(result), flags, -1, operands

    def type(self) -> int:
        type_id, self.index = self.r._parse_type(self.tokens, self.index)
        return type_id

    def value(self, type_id: int) -> _Operand:
        operand, self.index = self.r._parse_value(self.tokens, self.index, type_id)
        return operand

    def label(self) -> _Operand:
        operand, self.index = self.r._parse_label(self.tokens, self.index)
        return operand

    def flags(self, word: str) -> int:
        flags = 0
        allowed = op.ALLOWED_FLAGS.get(word, 0)
        while self.peek() in op.FLAG_WORDS:
            bit = op.FLAG_WORDS[self.peek()]
            if not bit & allowed:
                raise self.r.error(self.position(), f"'{self.peek()}' is not valid on '{word}'")
            flags |= bit
            self.index += 1
        return flags

    def int_type(self, word: str) -> int:
        offset = self.position()
        type_id = self.type()
        kind = self.r.cols.type["kind"][type_id]
        text = self.r.host.type_text[type_id]
        if kind != KIND_INT and not (kind == KIND_VECTOR and " x i" in text):
            raise self.r.error(offset, f"invalid operand type for '{word}': expected integer")
        return type_id

    def _text(self, type_id: int) -> str:
        return self.r.host.type_text[type_id]

    def _switch(self) -> tuple[int, int, int, list[_Operand]]:
        """switch T cond, label default [ T value, label dest ... ]: the condition, the
        default, then each case's value (an integer constant) and destination."""
        r = self.r
        condition_offset = self.position()
        condition_type = self.type()
        operands = [self.value(condition_type)]
        self.expect(",", "after switch condition")
        operands.append(self.label())
        self.expect("[", "with switch table")
        if r.cols.type["kind"][condition_type] != KIND_INT:
            raise r.error(condition_offset, "switch condition must have integer type")
        seen: set[int] = set()
        while self.peek() != "]":
            case_offset = self.position()
            case_type = self.type()
            case = self.value(case_type)
            self.expect(",", "after case value")
            label = self.label()
            value = self._case_value(case, case_type, case_offset)
            if case_type != condition_type:
                raise r.error(case_offset,
                              "Switch constants must all be same type as switch value!")
            if value in seen:
                raise r.error(case_offset, "duplicate case value in switch")
            seen.add(value)
            operands += [case, label]
        self.index += 1  # the ']'
        return r.type_id("void"), 0, -1, operands

    def _case_value(self, case: _Operand, case_type: int, offset: int) -> int:
        """The exact value of a switch case (any width), as LLVM reads it."""
        r = self.r
        text = r.text[case.start:case.end]
        width = r.cols.type["width"][case_type]
        is_int = r.cols.type["kind"][case_type] == KIND_INT
        if case.tag == TAG_CONSTANT and is_int and text in ("true", "false"):
            if width != 1:
                raise r.error(case.start, "constant expression type mismatch: got type 'i1' "
                                          f"but expected '{self._text(case_type)}'")
            return int(text == "true")
        if case.tag == TAG_CONSTANT and is_int and text.startswith("0x"):
            raise r.error(case.start, "floating point constant invalid for type")
        if case.tag != TAG_CONSTANT or not is_int or not _INT_LITERAL.match(text):
            raise r.error(offset, "case value is not a constant integer")
        return _parse_int(text) & ((1 << width) - 1)

    def parse(self, word: str, opcode: int) -> tuple[int, int, int, list[_Operand]]:
        """Returns (result type, flags, predicate, operands) for ``word``."""
        r = self.r
        if op.IS_BINARY[opcode]:
            flags = self.flags(word)
            type_id = self.int_type(word)
            lhs = self.value(type_id)
            self.expect(",", "in arithmetic operation")
            return type_id, flags, -1, [lhs, self.value(type_id)]
        if word == "icmp":
            flags = self.flags(word)
            predicate_offset = self.position()
            predicate = op.ICMP_ID.get(self.peek(), -1)
            if predicate < 0:
                raise r.error(predicate_offset, "expected icmp predicate (e.g. 'eq')")
            self.index += 1
            type_offset = self.position()
            type_id = self.type()
            kind = r.cols.type["kind"][type_id]
            if kind not in (KIND_INT, KIND_PTR) and not (
                    kind == KIND_VECTOR and (" x i" in self._text(type_id)
                                             or " x ptr" in self._text(type_id))):
                raise r.error(type_offset, "icmp requires integer operands")
            lhs = self.value(type_id)
            self.expect(",", "after compare value")
            rhs = self.value(type_id)
            type_text = r.host.type_text[type_id]
            result = "i1"
            if type_text.startswith("<"):
                result = type_text.split(" x ")[0] + " x i1>"
            return r.type_id(result), flags, predicate, [lhs, rhs]
        if op.IS_INT_CAST[opcode]:
            flags = self.flags(word)
            source_offset = self.position()
            source_type = self.int_type(word)
            operand = self.value(source_type)
            self.expect("to", "after cast value")
            target_type = self.int_type(word)
            # trunc narrows, zext and sext widen; a scalar stays scalar (vector
            # widths go unchecked)
            kinds = (r.cols.type["kind"][source_type], r.cols.type["kind"][target_type])
            widths = (r.cols.type["width"][source_type], r.cols.type["width"][target_type])
            narrows = widths[0] > widths[1]
            if kinds[0] != kinds[1] or (kinds[0] == KIND_INT and (
                    narrows != (word == "trunc") or widths[0] == widths[1])):
                raise r.error(source_offset, "invalid cast opcode for cast from "
                              f"'{self._text(source_type)}' to '{self._text(target_type)}'")
            return target_type, flags, -1, [operand]
        if word == "select":
            while self.peek() in ("nnan", "ninf", "nsz", "arcp", "contract", "afn",
                                  "reassoc", "fast"):
                self.index += 1
            operands, types = [], []
            first_offset = self.position()
            for position in range(3):
                if position:
                    self.expect(",", "after select condition" if position == 1
                                else "after select value")
                type_id = self.type()
                types.append(type_id)
                operands.append(self.value(type_id))
            if not _I1_TYPE.match(self._text(types[0])):
                raise r.error(first_offset, "select condition must be i1 or <n x i1>")
            if types[1] != types[2] and _one_word(self._text(types[1])) \
                    and _one_word(self._text(types[2])):
                raise r.error(first_offset, "both values to select must have same type")
            return type_id, 0, -1, operands
        if word == "ret":
            type_offset = self.position()
            type_id = self.type()
            returns = r._return_type
            if returns is not None and _one_word(self._text(type_id)) \
                    and self._text(type_id) != returns:
                raise r.error(type_offset,
                              f"value doesn't match function result type '{returns}'")
            if r.cols.type["kind"][type_id] == KIND_VOID:
                return type_id, 0, -1, []
            return type_id, 0, -1, [self.value(type_id)]
        if word == "br":
            void = r.type_id("void")
            if self.peek() == "label":
                return void, 0, -1, [self.label()]
            condition_offset = self.position()
            condition_type = self.type()
            if self._text(condition_type) != "i1":
                raise r.error(condition_offset, "branch condition must have 'i1' type")
            condition = self.value(condition_type)
            self.expect(",", "after branch condition")
            true_label = self.label()
            self.expect(",", "after true destination")
            return void, 0, -1, [condition, true_label, self.label()]
        if word in ("load", "store"):
            flags = 0
            while self.peek() in ("atomic", "volatile"):
                flags = op.FLAG_ORDERED
                self.index += 1
            type_id = self.type()
            operands = []
            if word == "store":
                operands.append(self.value(type_id))
                type_id = r.type_id("void")
            self.expect(",", "after store operand" if word == "store" else "after load's type")
            pointer_type = self.type()
            operands.append(self.value(pointer_type))
            return type_id, flags, -1, operands
        if word == "getelementptr":
            return self._getelementptr()
        if word == "switch":
            return self._switch()
        assert word == "phi"
        while self.peek() in ("nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc",
                              "fast"):
            self.index += 1
        type_id = self.type()
        operands = []
        while True:
            self.expect("[", "in phi value list")
            operands.append(self.value(type_id))
            self.expect(",", "after phi value")
            block, self.index = r._parse_block_ref(self.tokens, self.index)
            operands.append(block)
            self.expect("]", "in phi value list")
            if self.peek() != "," or self.index + 1 >= len(self.tokens) \
                    or self.tokens[self.index + 1][1] != "[":
                break
            self.index += 1
        return type_id, 0, -1, operands


def _skip_balanced(tokens: list[Token], index: int, reader: _Reader) -> int:
    """Index after the bracketed group that opens at tokens[index]."""
    if index >= len(tokens) or tokens[index][1] not in _OPEN:
        offset = tokens[index][2] if index < len(tokens) else tokens[-1][2]
        raise reader.error(offset, "expected '('")
    stack = []
    for position in range(index, len(tokens)):
        text = tokens[position][1]
        if tokens[position][0] != "punct":
            continue
        if text in _OPEN:
            stack.append(_OPEN[text])
        elif text in ")]}>":
            if not stack or stack.pop() != text:
                raise reader.error(tokens[position][2], f"unbalanced '{text}'")
            if not stack:
                return position + 1
    raise reader.error(tokens[index][2], f"'{tokens[index][1]}' is never closed")


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a token of its own, not part of a name or a
    longer number (no name character touches it)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return not (before and (before.isalnum() or before in "-_.$%@!#\"")) and not (
        after and (after.isalnum() or after in "-_.$\""))


def _fast_flags(word: str, spelled: str) -> int:
    """FLAG_* bits of a fast path's flag words, -1 when one is not valid on ``word``."""
    flags = 0
    allowed = op.ALLOWED_FLAGS.get(word, 0)
    for flag in spelled.split():
        bit = op.FLAG_WORDS[flag]
        if not bit & allowed:
            return -1
        flags |= bit
    return flags


def _balanced(text: str) -> bool:
    """Bracket counts match (order unchecked: this is the fast path's test)."""
    return text.count("(") == text.count(")") and text.count("[") == text.count("]") \
        and text.count("{") == text.count("}")


def _one_word(type_text: str) -> bool:
    """A type written as one word (``i32``, ``ptr``, ``%struct.S``): its text is
    canonical, so two different ids are two different types."""
    return " " not in type_text and not type_text.startswith(("<", "[", "{"))


def _bracket_depth(line: str) -> int:
    opened = line.count("[")
    if (not opened and "]" not in line) or ('"' not in line and ";" not in line):
        return opened - line.count("]")  # no brackets, or nothing for _STRINGS to cut
    bare = _STRINGS.sub("", line)
    return bare.count("[") - bare.count("]")


def _parse_int(text: str) -> int:
    if text[:3] in ("u0x", "s0x"):
        value = int(text[3:], 16)
        if text[0] == "s" and value:
            # as LLVM's lexer: the digits are cut to their active bits, whose top
            # bit is then the sign (s0x1 is -1, s0x80 is -128)
            value -= 1 << value.bit_length()
        return value
    return int(text, 0) if text.startswith("0x") else int(text)


def read_module(text: str, source: str = "<stdin>") -> Module:
    """Parse textual IR into a NumPy-backed module; raises SourceError on bad input."""
    text = text.replace("\r\n", "\n")
    reader = _Reader(text, source)
    # The reader makes millions of small tuples and lists and no reference
    # cycles: the cyclic collector would only walk them again and again (a
    # fifth of the time on lua5.4.ll), so it pauses while the text is read.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return reader.read()
    finally:
        if collecting:
            gc.enable()
