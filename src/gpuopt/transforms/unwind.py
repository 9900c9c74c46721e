"""simplifycfg's unwind step: invokes that cannot unwind, or whose landing pad
only resumes, become calls.

Two of LLVM's rewrites that end in ``changeToCall``/``removeUnwindEdge``:

1. markAliveBlocks (Local.cpp): an ``invoke`` that does not throw, where its
   call-site attributes (an attribute group ``#N`` or words before ``to
   label``) or the function attributes of its direct callee's ``declare`` or
   ``define`` line (inline or through ``#N``) hold ``nounwind``.  Intrinsic
   declarations get LLVM's own attributes whatever their text says, so of the
   intrinsics an ``invoke`` may call only ``llvm.donothing`` counts.  Not in a
   function whose personality catches asynchronous exceptions
   (``_except_handler3``/``4``, ``__C_specific_handler``) nor in a module with
   the ``eh-asynch`` flag (LLVM's canSimplifyInvokeNoUnwind).
2. simplifyResume: a landing pad block whose only work is to resume what it
   caught.  Single: the block's first row after its phis is ``landingpad ...
   cleanup`` and it ends in ``resume`` of that landingpad.  Common: a block
   ends in ``resume`` of a phi (and holds nothing else that matters), and a
   predecessor P whose every successor is that block starts (after its phis)
   with ``landingpad ... cleanup``, gives the phi that landingpad, and holds
   nothing else that matters.  "Nothing that matters" is debug records,
   ``llvm.lifetime.end`` calls and pure rows (opcode table; not volatile or
   atomic): they only feed the resume or die with the block.  Every invoke
   that unwinds to such a landing pad (the block, or P) becomes a call, and
   the pad, now without predecessors, goes with the unreachable-block step.

A converted invoke becomes ``call`` with the same callee, arguments,
attributes, bundles and metadata attachments, and ``br label %normal``; its
result's uses take the call, and its unwind destination loses this block's
phi entry (a phi left with one value becomes it, as LLVM's removePredecessor
does).  The call's text is built on the host from the invoke's template,
one per converted invoke (the printer builds every line the same way).

Differs from LLVM: landing pads with ``catch`` or ``filter`` clauses are left
alone (LLVM lets a resume of them go too); a nounwind invoke whose unused
result comes from a read-only callee becomes a call (LLVM drops it); an invoke
of a null or undefined callee is not made ``unreachable``; pure rows between a
landingpad and its resume count as empty (LLVM allows only debug and
lifetime-end intrinsics, but its instcombine has removed the rest before);
and a resume of ``{ptr, i32}`` rebuilt by two ``insertvalue`` from the two
``extractvalue`` fields of one value (the landingpad, or a phi of
landingpads) counts as a resume of that value, which LLVM's instcombine
folds it to before simplifycfg runs; so does one rebuilt from phis of the
two fields of each predecessor's landingpad (LLVM keeps those invokes).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from gpuopt.arrays import expand, lookup, segment_max, segment_min
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.initializers import split_top_level
from gpuopt.ir.module import (
    CONST_INT,
    KIND_LABEL,
    NAME_NONE,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_VALUE,
    HostTables,
    Module,
)
from gpuopt.ir.rewrite import insert_instructions, phi_values, replace_and_delete, type_id
from gpuopt.ir.segments import host_function_facts
from gpuopt.transforms.branch_common import drop_phi_entries

INVOKE = op.OPCODE_ID["invoke"]
RESUME = op.OPCODE_ID["resume"]
LANDINGPAD = op.OPCODE_ID["landingpad"]
EXTRACTVALUE = op.OPCODE_ID["extractvalue"]
INSERTVALUE = op.OPCODE_ID["insertvalue"]

# Shape classes of the rows that take a landingpad's value apart and rebuild it.
NOT_FIELD, FIELD_0, FIELD_1, REBUILD_0, REBUILD_1 = range(5)
_LITERAL_PAIR = r"(\{[^{}\0]*\})"
_EXTRACT = re.compile(r"extractvalue " + _LITERAL_PAIR + r" \0, ([01])$")
_REBUILD_0 = re.compile(r"insertvalue " + _LITERAL_PAIR + r" (?:poison|undef), [^\0]* \0, 0$")
_REBUILD_1 = re.compile(r"insertvalue " + _LITERAL_PAIR + r" \0, [^\0]* \0, 1$")
_LIFETIME_END = re.compile(r"(?:(?:tail|notail|musttail) )?call void @llvm\.lifetime\.end\.")
_CLEANUP_ONLY = re.compile(r"landingpad\s.*\scleanup\s*$", re.S)
_CLAUSE = re.compile(r"\b(?:catch|filter)\b")

# Function attributes: declarations, attribute groups, personalities.
_NAME = r'(?:"[^"]*"|[-a-zA-Z$._0-9]+)'
_FUNCTION = re.compile(rf"^[ \t]*(?:declare|define)\b[^@\n]*@({_NAME})[ \t]*\((.*)$", re.M)
_GROUP = re.compile(r"^[ \t]*attributes[ \t]+(#[0-9]+)[ \t]*=[ \t]*\{(.*)\}", re.M)
_STRING = re.compile(r'c?"[^"]*"')
_NOUNWIND = re.compile(r'(?<![-\w$.@%#!"])nounwind(?![-\w$.])')
_GROUP_REF = re.compile(r"#[0-9]+")
_ASYNC_PERSONALITY = re.compile(
    r"personality\s+ptr\s+@(?:_except_handler[34]|__C_specific_handler)\b")
_INVOKE_CALLEE = re.compile(rf"invoke\b[^@\0]*?(?:@({_NAME})|\0)[ \t]*\(")
_TO_LABEL = re.compile(r"\s*\bto\s+label\s*$")
_INVOKE_SUFFIX = re.compile(r"\s*\bto\s+label\s*\0\s*unwind\s+label\s*\0.*$", re.S)
# A comment in an invoke's text (the reader keeps one that sits on an earlier
# line than the statement's end); strings are matched first so that a ';' in
# one is no comment.
_COMMENT = re.compile(r'(c?"[^"]*")|;[^\n]*')
# The only intrinsic an invoke may call that LLVM marks nounwind.
_NOUNWIND_INTRINSICS = frozenset(("llvm.donothing",))


def remove_unwind_edges(m: Module) -> tuple[Module, int]:
    """Invokes that cannot unwind, or that unwind to a landing pad that only
    resumes, become ``call`` + ``br label %normal``."""
    xp = m.xp
    opcode = m.inst_opcode
    invokes = xp.flatnonzero(opcode == INVOKE)
    if invokes.shape[0] == 0:
        return m, 0
    start = m.inst_operand_start[invokes].astype(xp.int64)
    count = m.inst_operand_count[invokes].astype(xp.int64)
    last = xp.maximum(start + count - 1, 0)
    # the normal and the unwind label are an invoke's last two operands (the
    # reader's _check_invoke guarantees it for what it reads; kept as a guard)
    shaped = (count >= 2) & (m.operand_tag[last] == TAG_BLOCK) \
        & (m.operand_tag[xp.maximum(last - 1, 0)] == TAG_BLOCK)
    unwind = xp.where(shaped, m.operand_ref[last], 0)
    converting = shaped & (_nounwind_invokes(m, invokes) | _trivial_landing_pads(m)[unwind])
    rows = invokes[converting]
    if rows.shape[0] == 0:
        return m, 0
    return _invokes_to_calls(m, rows)


def _by_shape(m: Module, rows: Any, classify: Callable[[str], int]) -> Any:
    """``classify`` of each row's shape text, judged once per distinct shape
    (0 for rows a pass made, which have none)."""
    xp = m.xp
    if rows.shape[0] == 0:
        return xp.zeros(0, dtype=xp.int64)
    shapes = xp.unique(m.inst_shape[rows]).tolist()
    items = m.host.strings.items
    values = [classify(items[shape]) if shape >= 0 else 0
              for shape in shapes]  # distinct shapes, not instructions
    return lookup(xp, shapes, values, m.inst_shape[rows])


def _per_row(m: Module, mask: Any, classify: Callable[[str], int]) -> Any:
    """``_by_shape`` over the rows in ``mask``, 0 elsewhere."""
    xp = m.xp
    out = xp.zeros(m.n_instructions, dtype=xp.int64)
    rows = xp.flatnonzero(mask)
    out[rows] = _by_shape(m, rows, classify)
    return out


# -- 1. invokes of nounwind callees ------------------------------------------

def _nounwind_invokes(m: Module, invokes: Any) -> Any:
    """Per invoke: whether its call site or its direct callee is nounwind."""
    xp = m.xp
    facts = _nounwind_facts(m.host)
    shapes = xp.unique(m.inst_shape[invokes]).tolist()
    items = m.host.strings.items
    for shape in shapes:  # distinct shapes, judged once while the host text stays
        if shape not in facts.judged:
            facts.judged[shape] = facts.judge(items[shape]) if shape >= 0 else 0
    values = [facts.judged[shape] for shape in shapes]
    return (lookup(xp, shapes, values, m.inst_shape[invokes]) == 1) \
        & ~xp.asarray(facts.async_function[m.host_function_rows()])[m.inst_function[invokes]]


@dataclass
class _NounwindFacts:
    judge: Callable[[str], int]  # an invoke's shape text -> 1 where it is nounwind
    judged: dict[int, int]  # shape id -> judge's answer, filled as shapes come
    async_function: np.ndarray  # per host function row: an asynchronous-EH personality


def _nounwind_facts(host: HostTables) -> _NounwindFacts:
    """The module lines' and headers' nounwind facts, remembered while those
    texts stay as they are."""
    headers = host.function_header
    return remembered(host, ("unwind nounwind facts", id(headers), len(headers)),
                      lambda: _read_nounwind_facts(host))


def _read_nounwind_facts(host: HostTables) -> _NounwindFacts:
    texts = [payload for kind, payload in host.items if kind == "text"]
    # a match lies within one line, so the lines without the keyword can go
    # (the metadata, mostly) before the multi-line patterns scan the rest
    attributes = "\n".join(text for text in texts if "attributes" in text)
    groups = {found.group(1) for found in _GROUP.finditer(attributes)
              if _NOUNWIND.search(_STRING.sub("", found.group(2)))}
    declarations = "\n".join(text for text in texts if "declare" in text or "define" in text)
    headers = "\n".join(host.function_header)
    functions = set()
    for found in _FUNCTION.finditer(declarations + "\n" + headers):  # host text
        rest = _STRING.sub("", found.group(2))
        if _NOUNWIND.search(rest) or any(ref in groups for ref in _GROUP_REF.findall(rest)):
            functions.add(found.group(1))

    def nounwind(shape: str) -> int:
        callee = _INVOKE_CALLEE.match(shape)
        if callee is None:
            return 0
        name = callee.group(1)
        if name is not None and name.startswith("llvm."):
            if name in _NOUNWIND_INTRINSICS:
                return 1
        elif name is not None and name in functions:
            return 1
        words = _call_site_attributes(shape, callee.end())
        return int(any(word == "nounwind" or word in groups for word in words))

    # an asynchronous-EH personality catches what nounwind does not cover, and
    # so does any function of a module with the "eh-asynch" flag
    async_function = host_function_facts(host, '"eh-asynch"')
    for found in _ASYNC_PERSONALITY.finditer(headers):  # only the matching headers
        async_function[headers.count("\n", 0, found.start())] = True  # one line each
    return _NounwindFacts(nounwind, {}, async_function)


def _call_site_attributes(shape: str, open_paren: int) -> list[str]:
    """The words between the argument list that opens at ``open_paren`` and
    the bundles or ``to label``: the call site's function attributes."""
    depth, position, in_string = 0, open_paren - 1, False
    for position in range(open_paren - 1, len(shape)):  # one distinct shape's text
        char = shape[position]
        if char == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
            if depth == 0:
                break
    rest = _STRING.sub("", shape[position + 1:])
    rest = rest.split("[", 1)[0]
    words = rest.split()
    return words[:words.index("to")] if "to" in words else words


# -- 2. landing pads that only resume -----------------------------------------

def _field_class(text: str) -> int:
    """NOT_FIELD, or which field of a two-field struct a row takes out
    (FIELD_0/1) or puts in (REBUILD_0 over poison, REBUILD_1 over a value)."""
    for pattern, number in ((_REBUILD_0, REBUILD_0), (_REBUILD_1, REBUILD_1)):
        found = pattern.match(text)
        if found and len(split_top_level(found.group(1)[1:-1])) == 2:
            return number
    found = _EXTRACT.match(text)
    if found and len(split_top_level(found.group(1)[1:-1])) == 2:
        return FIELD_0 if found.group(2) == "0" else FIELD_1
    return NOT_FIELD


def _trivial_landing_pads(m: Module) -> Any:
    """Per block: whether it is a landing pad whose invokes may all become
    calls (see the module docstring, rule 2)."""
    xp = m.xp
    n = m.n_instructions
    n_blocks = int(m.block_function.shape[0])
    none = xp.zeros(n_blocks, dtype=bool)
    opcode = m.inst_opcode.astype(xp.int32)
    term = (m.block_first_inst + m.block_inst_count - 1).astype(xp.int64)
    resumes = (m.block_inst_count > 0) & (opcode[term] == RESUME)
    if not bool(resumes.any()):
        return none
    rows = xp.arange(n, dtype=xp.int64)
    block = m.inst_block.astype(xp.int64)
    is_phi = opcode == op.PHI
    is_debug = opcode == op.DBG_RECORD
    # each block's first row past its phis (and debug records): a landingpad?
    first = segment_min(xp, xp.where(~is_phi & ~is_debug, rows, n), block, n_blocks, n)
    safe_first = xp.minimum(first, max(n - 1, 0))
    has_pad = (first < n) & (opcode[safe_first] == LANDINGPAD)
    pads = xp.flatnonzero(has_pad)
    cleanup = xp.zeros(n_blocks, dtype=bool)
    cleanup[pads] = _by_shape(m, safe_first[pads], lambda text: int(
        bool(_CLEANUP_ONLY.match(text)) and not _CLAUSE.search(text))) == 1
    # rows that matter: not a phi, debug record, the pad or the terminator,
    # nor pure, nor a lifetime end
    near = (has_pad | resumes)[block]
    lifetime_end = _per_row(m, near & (opcode == op.CALL),
                            lambda text: int(bool(_LIFETIME_END.match(text)))) == 1
    quiet = xp.asarray(op.IS_PURE)[opcode] & ((m.inst_flags & op.FLAG_ORDERED) == 0)
    matters = ~(is_phi | is_debug | quiet | lifetime_end) & (rows != term[block])
    matters &= ~(has_pad[block] & (rows == first[block]))
    clean = xp.bincount(block[matters], minlength=n_blocks)[:n_blocks] == 0
    fields = _per_row(m, near & ((opcode == EXTRACTVALUE) | (opcode == INSERTVALUE)),
                      _field_class)

    start = m.inst_operand_start.astype(xp.int64)
    tag, ref = m.operand_tag, m.operand_ref.astype(xp.int64)
    total = int(tag.shape[0])

    def operand(rows_: Any, k: int = 0) -> tuple[Any, Any]:
        """(is an instruction, its row) of operand ``k`` of each row."""
        position = xp.minimum(start[rows_] + k, max(total - 1, 0))
        valid = (m.inst_operand_count[rows_] > k) & (tag[position] == TAG_VALUE)
        return valid, xp.where(valid, ref[position], 0)

    def field_of_pad(valid: Any, value: Any, field: int, pad_block: Any) -> Any:
        """Whether each value is ``extractvalue`` field ``field`` of the pad
        of ``pad_block``."""
        is_field = valid & (fields[value] == field)
        source_valid, source = operand(value)
        return is_field & source_valid & has_pad[pad_block] & (source == first[pad_block])

    # the resumed value; a two-field value rebuilt from its own two fields
    # stands for that value (the pad, or a phi of pads)
    blocks = xp.flatnonzero(resumes)
    valid, value = operand(term[blocks])
    rebuilt = valid & (block[value] == blocks) & (fields[value] == REBUILD_1)
    inner_valid, inner = operand(value)
    rebuilt &= inner_valid & (fields[inner] == REBUILD_0) & (block[inner] == blocks)
    valid_0, part_0 = operand(inner)
    valid_1, part_1 = operand(value, 1)
    rebuilt &= valid_0 & valid_1
    source_valid_0, source_0 = operand(part_0)
    source_valid_1, source_1 = operand(part_1)
    same_source = rebuilt & (fields[part_0] == FIELD_0) & (fields[part_1] == FIELD_1) \
        & source_valid_0 & source_valid_1 & (source_0 == source_1)
    resumed = xp.where(same_source, source_0, value)
    own = valid & (block[resumed] == blocks)
    is_pad = own & (resumed == first[blocks]) & has_pad[blocks]
    trivial = none.copy()
    single = blocks[is_pad & cleanup[blocks] & clean[blocks]]
    trivial[single] = True

    # common resumes: phis whose entry from a predecessor P is P's pad (or
    # the two fields of it, rebuilt after the phis)
    common = own & ~has_pad[blocks] & clean[blocks]
    phi_role = xp.zeros(n, dtype=xp.int64)  # 1: the resumed phi; 2, 3: its fields
    phi_role[resumed[common & is_phi[resumed]]] = 1
    fields_in_phis = common & rebuilt & ~same_source & is_phi[part_0] & is_phi[part_1] \
        & (block[part_0] == blocks) & (block[part_1] == blocks)
    phi_role[part_0[fields_in_phis]] = 2
    phi_role[part_1[fields_in_phis]] = 3
    entries = xp.flatnonzero((tag == TAG_BLOCK) & (phi_role[m.operand_owner] > 0))
    if entries.shape[0]:
        phi = m.operand_owner[entries].astype(xp.int64)
        resume_block = block[phi]
        pred = ref[entries]
        entry_valid = tag[entries - 1] == TAG_VALUE
        entry_value = xp.where(entry_valid, ref[entries - 1], 0)
        role = phi_role[phi]
        whole = (role == 1) & entry_valid & has_pad[pred] & (entry_value == first[pred])
        key = resume_block * n_blocks + pred
        with_0 = key[(role == 2) & field_of_pad(entry_valid, entry_value, FIELD_0, pred)]
        with_1 = key[(role == 3) & field_of_pad(entry_valid, entry_value, FIELD_1, pred)]
        pairs = xp.concatenate((key[whole], with_0[xp.isin(with_0, with_1)]))
        # P goes nowhere but the resume block, and is a clean cleanup pad
        cfg_source, cfg_target = _edges(m)
        only = segment_min(xp, cfg_target, cfg_source, n_blocks, n_blocks)
        also = segment_max(xp, cfg_target, cfg_source, n_blocks, -1)
        pads_of = pairs % n_blocks
        resume_of = pairs // n_blocks
        good = (only[pads_of] == resume_of) & (also[pads_of] == resume_of) \
            & (opcode[term[pads_of]] == op.BR) & cleanup[pads_of] & clean[pads_of]
        trivial[pads_of[good]] = True
    return trivial


def _edges(m: Module) -> tuple[Any, Any]:
    """(source block, target block) of every terminator's block operand."""
    xp = m.xp
    owner_opcode = m.inst_opcode[m.operand_owner].astype(xp.int32)
    edge = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & xp.asarray(op.IS_TERMINATOR)[owner_opcode])
    return (m.inst_block[m.operand_owner[edge]].astype(xp.int64),
            m.operand_ref[edge].astype(xp.int64))


# -- the rewrite -----------------------------------------------------------------

def _invokes_to_calls(m: Module, rows: Any) -> tuple[Module, int]:
    """Each invoke of ``rows`` becomes a call and ``br label %normal`` (the
    caller has checked that its last two operands are its labels)."""
    xp = m.xp
    n = m.n_instructions
    k = int(rows.shape[0])
    start = m.inst_operand_start[rows].astype(xp.int64)
    arguments = m.inst_operand_count[rows].astype(xp.int64) - 2
    normal = m.operand_ref[start + arguments]
    unwind = m.operand_ref[start + arguments + 1]
    block = m.inst_block[rows]
    templates, shapes = _call_texts(m, rows, arguments)
    m, label = type_id(m, "label", KIND_LABEL)
    minus_one = xp.full(2 * k, -1, dtype=xp.int32)
    new = {"inst_opcode": xp.concatenate((xp.full(k, op.CALL), xp.full(k, op.BR))),
           "inst_type": xp.concatenate((m.inst_type[rows], xp.full(k, -1))),
           "inst_aux_type": minus_one,
           "inst_shape": xp.concatenate((shapes, xp.full(k, -1))),
           "inst_block": xp.concatenate((block, block)),
           "inst_function": xp.concatenate((m.inst_function[rows], m.inst_function[rows])),
           "inst_flags": xp.concatenate((m.inst_flags[rows], xp.zeros(k, dtype=xp.int16))),
           "inst_predicate": minus_one,
           "inst_name": xp.concatenate((m.inst_name[rows], xp.full(k, NAME_NONE))),
           "inst_template": xp.concatenate((templates, xp.full(k, -1)))}
    which, argument = expand(xp, start, arguments)
    owner = xp.concatenate((which, k + xp.arange(k)))
    m, index = insert_instructions(
        m, xp.concatenate((rows, rows)), new, owner,
        xp.concatenate((m.operand_tag[argument], xp.full(k, TAG_BLOCK))),
        xp.concatenate((m.operand_ref[argument], normal)),
        xp.concatenate((m.operand_type[argument], xp.full(k, label))))
    m = replace_and_delete(m, index[rows], xp.full(k, TAG_VALUE), index[n:n + k])
    m = drop_phi_entries(m, block, unwind, xp.ones(k, dtype=xp.int64))
    return fold_settled_phis(m, unwind), k


def fold_settled_phis(m: Module, blocks: Any) -> Module:
    """Phis of ``blocks`` whose remaining entries all bring one value (or the
    phi itself) become that value, as LLVM's removePredecessor does."""
    xp = m.xp
    affected = xp.zeros(m.block_function.shape[0], dtype=bool)
    affected[blocks] = True
    phis = xp.flatnonzero((m.inst_opcode == op.PHI) & affected[m.inst_block]
                          & (m.inst_operand_count >= 2))
    if phis.shape[0] == 0:
        return m
    values, owner = phi_values(m, phis)
    first = m.inst_operand_start[owner].astype(xp.int64)
    tag, ref = m.operand_tag, m.operand_ref
    self_reference = (tag[values] == TAG_VALUE) & (ref[values] == owner)
    constant = (tag[first] == TAG_CONSTANT) & (tag[values] == TAG_CONSTANT)
    first_ref = xp.where(constant, ref[first], 0)
    value_ref = xp.where(constant, ref[values], 0)
    same = ((tag[values] == tag[first]) & (ref[values] == ref[first])) | self_reference | (
        constant & (m.constant_kind[first_ref] == CONST_INT)
        & (m.constant_kind[value_ref] == CONST_INT)
        & (m.constant_type[first_ref] == m.constant_type[value_ref])
        & (m.constant_value[first_ref] == m.constant_value[value_ref]))
    differing = xp.bincount(owner[~same], minlength=m.n_instructions)[:m.n_instructions]
    start = m.inst_operand_start[phis].astype(xp.int64)
    settled = phis[(differing[phis] == 0)
                   & ~((tag[start] == TAG_VALUE) & (ref[start] == phis))]
    if settled.shape[0] == 0:
        return m
    start = m.inst_operand_start[settled]
    return replace_and_delete(m, settled, m.operand_tag[start], m.operand_ref[start])


def _call_texts(m: Module, rows: Any, arguments: Any) -> tuple[Any, Any]:
    """Template and shape ids of the call each invoke becomes: its text with
    ``invoke`` spelled ``call`` and ``to label ... unwind label ...`` cut out,
    its metadata attachments kept."""
    xp = m.xp
    host = m.host
    strings = host.strings
    template_ids, shape_ids = [], []
    shape_of: dict[int, int] = {}
    for template, shape, count in zip(m.inst_template[rows].tolist(),
                                      m.inst_shape[rows].tolist(),
                                      arguments.tolist(), strict=True):  # one per invoke
        pieces = host.templates[template]
        call = list(pieces[:count + 1])
        call[0] = "call" + call[0][len("invoke"):]
        call[count] = _TO_LABEL.sub("", _without_comments(call[count])) + pieces[count + 2]
        template_ids.append(len(host.templates))
        host.templates.append(call)
        if shape not in shape_of:
            text = "call" + _without_comments(strings.items[shape])[len("invoke"):] \
                if shape >= 0 else ""
            shape_of[shape] = strings.intern(_INVOKE_SUFFIX.sub("", text)) if text else -1
        shape_ids.append(shape_of[shape])
    return xp.asarray(template_ids, dtype=xp.int32), xp.asarray(shape_ids, dtype=xp.int32)


def _without_comments(text: str) -> str:
    """``text`` without its ';' comments (strings kept): the piece before an
    invoke's ``to label`` may hold one (the reader keeps a comment that is not on
    the statement's last line), which the call's tail must not follow."""
    return _COMMENT.sub(lambda found: found.group(1) or "", text) if ";" in text else text
