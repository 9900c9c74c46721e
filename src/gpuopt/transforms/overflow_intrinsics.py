"""Arithmetic with overflow flags on known operands, for instcombine (LLVM's
constant folding of ``llvm.{u,s}{add,sub,mul}.with.overflow`` and the
identities of InstCombine's foldIntrinsicWithOverflowCommon).

A call of one of these intrinsics returns ``{ iN, i1 }``: the wrapped result
and whether the operation overflowed.  Where the call's two operands are
integer constants (of at most 64 bits), both parts are known; where one
operand is the identity (``add``/``sub`` of 0 as the second operand, ``mul``
by 1, except ``smul`` of i1, where 1 is -1) the result is the other operand
and the flag false; ``mul`` by 0 is 0
without overflow.  Each ``extractvalue`` of the call, of index 0 or 1, takes
the known part; the call, a readnone intrinsic, then goes with DCE.  The
identities are rules.py's table entries (proved there), matched per
extractvalue through ``rules.Supplied``: the field as a pseudo-opcode
(``uadd.overflow.value``), the call's arguments as its operands.

Rust's checked arithmetic (``x * 32`` after inlining, overflow panics)
is where these calls come from.

Differs from LLVM's: no folding of calls whose result is used other than by
extractvalue (LLVM rebuilds the aggregate constant), no range-based
``nuw``/``nsw`` proofs (LLVM turns a call that cannot overflow into a plain
instruction), and no vector forms.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Any

from gpuopt.analysis.ranges import all_ones
from gpuopt.arrays import lookup
from gpuopt.ir import opcodes as op
from gpuopt.ir.initializers import split_top_level
from gpuopt.ir.module import CONST_INT, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    append_constants,
    operand_row,
    replace_uses,
    type_id,
    use_counts,
)
from gpuopt.transforms.rules import (
    DERIVED,
    Derived,
    Supplied,
    by_target,
    families,
    match_families,
    site_rules,
)

_CALLEE = re.compile(r"(?:(?:tail|notail|musttail) )?call \{ i(\d+), i1 \} "
                     r"@llvm\.([us])(add|sub|mul)\.with\.overflow\.i\d+\((.*)\)$")
_ARGUMENT = re.compile(r"i\d+ (?:noundef )?(\0|-?\d+)")
_KINDS = {("u", "add"): 1, ("u", "sub"): 2, ("u", "mul"): 3,
          ("s", "add"): 4, ("s", "sub"): 5, ("s", "mul"): 6}
# the table's pseudo-opcodes: field 0 (value) or 1 (flag) of a call of kind k
# is _FIELDS[(k - 1) * 2 + field]
_FIELDS = tuple(f"{sign}{name}.overflow.{field}" for (sign, name), _ in
                sorted(_KINDS.items(), key=lambda item: item[1]) for field in ("value", "flag"))
_FAMILIES = families(site_rules("overflow_intrinsics.fold_overflow_intrinsics"))
_CONSTANT_TARGETS = sorted({rule.target.fn for family in _FAMILIES for rule in family.rules
                            if isinstance(rule.target, Derived)})
EXTRACTVALUE = op.OPCODE_ID["extractvalue"]


def fold_overflow_intrinsics(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    calls = xp.flatnonzero(m.inst_opcode == op.CALL)
    if calls.shape[0] == 0:
        return m, 0
    # per distinct call text: the intrinsic, its width, and each argument as
    # an operand (a hole in the text) or a literal
    strings = m.host.strings
    shapes = xp.unique(m.inst_shape[calls]).tolist()
    table: dict[str, list[int]] = {name: [] for name in
                                   ("kind", "width", "a_hole", "a", "b_hole", "b")}
    for shape in shapes:  # distinct call texts, not instructions
        found = _CALLEE.match(strings.items[int(shape)]) if shape >= 0 else None
        arguments = [_ARGUMENT.fullmatch(item) for item in
                     split_top_level(found.group(4))] if found else []
        # (integers of at most 64 bits, literals in their unsigned or signed range)
        understood = found is not None and len(arguments) == 2 and all(arguments) \
            and int(found.group(1)) <= 64 and all(
                argument.group(1) == "\0" or -(1 << 63) <= int(argument.group(1)) < (1 << 64)
                for argument in arguments if argument is not None)
        table["kind"].append(_KINDS[(found.group(2), found.group(3))] if understood else 0)
        table["width"].append(int(found.group(1)) if understood else 0)
        for name, argument in zip(("a", "b"), arguments if understood else [None, None],
                                  strict=True):
            hole = argument is None or argument.group(1) == "\0"
            table[name + "_hole"].append(int(hole))
            # a literal's 64-bit pattern, as an int64 (18446744073709551615 is -1)
            literal = 0 if hole else int(argument.group(1)) & ((1 << 64) - 1)
            table[name].append(literal - (1 << 64) if literal >> 63 else literal)

    def column(name: str) -> Any:
        return lookup(xp, shapes, table[name], m.inst_shape[calls], 0)

    kind, width = column("kind"), column("width").astype(xp.int64)
    a_hole, b_hole = column("a_hole") == 1, column("b_hole") == 1
    a_literal, b_literal = column("a"), column("b")
    chosen = (kind > 0) & (width >= 1) & (width <= 64)
    if not bool(chosen.any()):
        return m, 0
    calls, kind, width = calls[chosen], kind[chosen], width[chosen]
    a_hole, b_hole = a_hole[chosen], b_hole[chosen]
    a_literal, b_literal = a_literal[chosen], b_literal[chosen]

    # the extractvalues of those calls, and which part each reads
    extracts = xp.flatnonzero((m.inst_opcode == EXTRACTVALUE) & (m.inst_operand_count == 1))
    source_tag = m.operand_tag[m.inst_operand_start[extracts]]
    source = m.operand_ref[m.inst_operand_start[extracts]].astype(xp.int64)
    of_call = xp.zeros(n, dtype=xp.int64) - 1
    of_call[calls] = xp.arange(calls.shape[0])
    which = xp.where(source_tag == TAG_VALUE, of_call[xp.where(source_tag == TAG_VALUE,
                                                                  source, 0)], -1)
    extracts, which = extracts[which >= 0], which[which >= 0]
    if extracts.shape[0] == 0:
        return m, 0
    extract_shapes = xp.unique(m.inst_shape[extracts]).tolist()
    parts = []
    for shape in extract_shapes:  # distinct extractvalue texts
        items = split_top_level(strings.items[int(shape)].split(" ", 1)[1])
        parts.append(int(items[1]) if len(items) == 2 and items[1] in ("0", "1") else -1)
    part = lookup(xp, extract_shapes, parts, m.inst_shape[extracts], -1)

    # the operands (holes) or literals, and what the call computes from them
    # (a call of two literals has no operand rows: its start may be past the
    # table's end, so every read is clipped into it and masked)
    start = m.inst_operand_start[calls]
    row_a, row_b = operand_row(m, start), operand_row(m, start + a_hole.astype(xp.int64))
    tag_a = xp.where(a_hole, m.operand_tag[row_a], TAG_CONSTANT)
    tag_b = xp.where(b_hole, m.operand_tag[row_b], TAG_CONSTANT)
    ref_a = xp.where(a_hole, m.operand_ref[row_a], -1)
    ref_b = xp.where(b_hole, m.operand_ref[row_b], -1)
    safe_a = xp.where(a_hole & (tag_a == TAG_CONSTANT), ref_a, 0)
    safe_b = xp.where(b_hole & (tag_b == TAG_CONSTANT), ref_b, 0)
    const_a = ~a_hole | ((tag_a == TAG_CONSTANT) & (m.constant_kind[safe_a] == CONST_INT))
    const_b = ~b_hole | ((tag_b == TAG_CONSTANT) & (m.constant_kind[safe_b] == CONST_INT))
    u64 = xp.uint64
    mask = all_ones(xp, width)
    a = xp.where(a_hole, m.constant_value[safe_a].astype(u64), a_literal.astype(u64)) & mask
    b = xp.where(b_hole, m.constant_value[safe_b].astype(u64), b_literal.astype(u64)) & mask
    value, overflow = _evaluate(xp, kind, a, b, width)
    both = const_a & const_b

    # rules.py's table (x + 0, x * 1, x * 0...), read per extract: the field
    # it takes as a pseudo-opcode, the call's arguments as its operands
    # (where both are constants, the evaluation above gives the field)
    code = xp.where(part >= 0, (kind[which] - 1) * 2 + part, -1)
    reads = Supplied(m, extracts, _FIELDS, code,
                     {(0,): (tag_a[which], ref_a[which], const_a[which],
                             a[which].astype(xp.int64)),
                      (1,): (tag_b[which], ref_b[which], const_b[which],
                             b[which].astype(xp.int64))}, width[which])
    # (per target: an argument's path, or a constant)
    hits = by_target(_FAMILIES, match_families(reads, _FAMILIES, width[which], exclusive=False))
    by_rule = ~both[which] & functools.reduce(operator.or_, hits.values())
    take = (both[which] & (part >= 0)) | by_rule
    extracts, which, part = extracts[take], which[take], part[take]
    if extracts.shape[0] == 0:
        return m, 0
    hits = {key: mask[take] & ~both[which] for key, mask in hits.items()}
    m, i1 = type_id(m, "i1")
    result_type = xp.zeros(calls.shape[0], dtype=xp.int64)
    for bits in xp.unique(width).tolist():  # the few distinct widths
        m, type_of_width = type_id(m, f"i{bits}")
        result_type = xp.where(width == bits, type_of_width, result_type)
    # the constants the extracts take: the value (type iN) or the flag (i1),
    # evaluated, or the table's target constant
    new_type = xp.where(part == 0, result_type[which], i1)
    new_value = xp.where(part == 0, value[which].astype(xp.int64),
                         xp.where(both[which], overflow[which], False).astype(xp.int64))
    for fn in _CONSTANT_TARGETS:  # (zero, false)
        if fn in hits:
            new_value = xp.where(hits[fn], DERIVED[fn](xp, new_value, width[which]), new_value)
    m, ids = append_constants(m, new_type, xp.full(extracts.shape[0], CONST_INT, dtype=xp.int8),
                              new_value)
    none = xp.zeros(extracts.shape[0], dtype=bool)
    to_a, to_b = hits.get((0,), none), hits.get((1,), none)
    tag = xp.where(to_a, tag_a[which], xp.where(to_b, tag_b[which], TAG_CONSTANT))
    ref = xp.where(to_a, ref_a[which], xp.where(to_b, ref_b[which], ids))
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[extracts] = tag
    replacement_ref[extracts] = ref
    # (an extract already without uses would count again every round)
    used = use_counts(m)[extracts] > 0
    m = replace_uses(m, replacement_tag, replacement_ref)
    return m, int(used.sum())


def _evaluate(xp: Any, kind: Any, a: Any, b: Any, width: Any) -> tuple[Any, Any]:
    """(wrapped result, overflow) of each kind on uint64 bit patterns of the
    given widths (zero-extended)."""
    u64 = xp.uint64
    w = width.astype(u64)
    mask = all_ones(xp, width)
    sign = u64(1) << (w - u64(1))

    def signed(x: Any) -> Any:
        return ((x ^ sign) - sign).astype(xp.int64)  # (x below 2^w: sign-extended)

    added, subtracted, multiplied = (a + b) & mask, (a - b) & mask, (a * b) & mask
    a_safe = xp.where(a == 0, u64(1), a)
    sa, sb = signed(a), signed(b)
    smin = signed(sign)
    value = xp.where((kind == 1) | (kind == 4), added,
                     xp.where((kind == 2) | (kind == 5), subtracted, multiplied))
    result = signed(value)
    # a signed product overflowed unless dividing it back gives the operand
    # (-1 apart: its only overflow is -1 * MIN)
    by = xp.where((sa == 0) | (sa == -1), 1, sa)
    smul = xp.where(sa == -1, sb == smin, (sa != 0) & (result // by != sb))
    overflow = xp.where(
        kind == 1, added < a,  # wrapped past the mask
        xp.where(kind == 2, a < b,
                 xp.where(kind == 3, (a != 0) & (b > mask // a_safe),
                          xp.where(kind == 4, ((sa ^ result) & (sb ^ result)) < 0,
                                   xp.where(kind == 5, ((sa ^ sb) & (sa ^ result)) < 0,
                                            smul)))))
    return value, overflow
