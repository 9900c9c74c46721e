"""Unsigned value ranges of integer instructions: a small part of LLVM's
computeConstantRange and computeKnownBits, for instcombine's compare and mask
rules.

Every integer value of width at most 64 gets an inclusive unsigned range
``[low, high]`` (uint64).  Its rules (``W`` the width, ``M`` its all-ones mask):

- a constant is ``[c, c]``; an argument, a load, a call and anything not
  listed is ``[0, M]``
- ``zext`` keeps its source's range; ``sext`` and ``trunc`` keep it when the
  source is known to stay below the narrower type's sign bit (``sext``) or to
  fit the result (``trunc``)
- ``and`` is at most the smaller operand's high; ``or`` and ``xor`` are at
  most the smallest ``2^k - 1`` covering both highs (``or`` at least the larger
  low), and add a constant none of whose bits the other operand may have;
  ``xor`` with all ones is M - x
- ``lshr`` (and ``ashr`` of a value below the sign bit) and ``udiv`` by a
  constant divide both ends; by a variable amount, at most the first operand
- ``urem`` is at most the divisor minus one (a constant) and the dividend
- ``add``, ``sub`` and ``shl`` by a constant move both ends when no end can wrap;
  ``add nsw`` of two values below the sign bit stays below it
- ``select`` and ``phi`` join their values' ranges; ``icmp`` is ``[0, 1]``

All ranges start as the full range and rounds recompute every value from its
operands' ranges until nothing narrows (or a fixed bound).  Each round is
sound by itself, as it only uses ranges that hold, so stopping early is too;
a loop's phi keeps the join with its back edge, which stays wide, but for
one kind of recurrence: a phi whose other values are below the sign bit and
whose back-edge values are ``add nsw`` of the phi and a value below the sign
bit stays below the sign bit and above its other values' lowest.
"""

from __future__ import annotations

from typing import Any

from gpuopt.analysis import range_kernels
from gpuopt.arrays import lookup, segment_max, segment_min
from gpuopt.backend import uses_fused_kernels
from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, KIND_INT, TAG_CONSTANT, TAG_VALUE, Module
from gpuopt.ir.rewrite import operand_row, phi_values

MAX_ROUNDS = 16  # each round is sound by itself; long chains keep a wider range


def all_ones(xp: Any, width: Any) -> Any:
    """The unsigned all-ones value of each width (uint64; 0 for width 0)."""
    w = xp.clip(width, 0, 64).astype(xp.uint64)
    return xp.where(w >= 64, xp.uint64(0xFFFFFFFFFFFFFFFF),
                    (xp.uint64(1) << xp.minimum(w, xp.uint64(63))) - xp.uint64(1))


def cover(xp: Any, value: Any) -> Any:
    """The smallest 2^k - 1 at least ``value`` (bit smearing)."""
    out = value.astype(xp.uint64)
    for shift in (1, 2, 4, 8, 16, 32):
        out = out | (out >> xp.uint64(shift))
    return out


def bit_length(xp: Any, value: Any) -> Any:
    """Bits needed to write each unsigned value (0 for 0): a binary search of
    six steps."""
    value = value.astype(xp.uint64)
    below = xp.zeros(value.shape[0], dtype=xp.int64)  # highest set bit, once found
    for step in (32, 16, 8, 4, 2, 1):
        higher = (value >> (below + step).astype(xp.uint64)) != 0
        below = xp.where(higher, below + step, below)
    return xp.where(value != 0, below + 1, 0)


def _phi_entries(m: Module, phis: Any) -> tuple[Any, Any, Any]:
    """(value operand, its phi, its phi as an index into ``phis``) per phi entry."""
    xp = m.xp
    phi_value, phi_owner = phi_values(m, phis)
    slot_of = xp.zeros(m.n_instructions, dtype=xp.int64)
    slot_of[phis] = xp.arange(int(phis.shape[0]), dtype=xp.int64)
    return phi_value, phi_owner, slot_of[phi_owner]


def value_ranges(m: Module) -> tuple[Any, Any, Any]:
    """Per instruction: (known, low, high); ``known`` marks integer values of
    width at most 64, whose range is ``[low, high]``.

    The rounds are those of the module docstring, computed sparsely: only the
    modeled instructions and the phis have rules (everything else keeps its
    full range), and a round recomputes only the rows one of whose inputs
    narrowed in the round before (any other row would get its own range
    back), so later rounds touch a few rows.  The last module's answer is
    kept (see ``_remembered``): instcombine asks twice a round, often of an
    unchanged module.  The arrays returned may be shared: never write to them."""
    columns = _range_columns(m)
    cached = _remembered(m, "value_ranges", columns)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result = _value_ranges(m)
    _remember("value_ranges", columns, result)
    return result


# the columns value_ranges reads
_RANGE_COLUMNS = ("inst_opcode", "inst_type", "inst_flags", "inst_operand_start",
                  "inst_operand_count", "operand_tag", "operand_ref", "operand_type",
                  "operand_owner", "type_kind", "type_width", "constant_kind", "constant_value")

_last: dict[str, tuple[tuple[Any, ...], Any]] = {}


def _range_columns(m: Module) -> tuple[Any, ...]:
    return tuple(getattr(m, name) for name in _RANGE_COLUMNS)


def _remembered(m: Module, question: str, columns: tuple[Any, ...]) -> Any:
    """The answer kept for ``question`` when the columns it read are the same
    arrays, or equal ones (one comparison of all of them), else None."""
    if question not in _last:
        return None
    before, answer = _last[question]
    if len(before) != len(columns) or any(
            type(a) is not type(b) or a.shape != b.shape or a.dtype != b.dtype
            for a, b in zip(before, columns, strict=True)):
        return None
    if all(a is b for a, b in zip(before, columns, strict=True)):
        return answer
    xp = m.xp
    differ = [(a != b).any() for a, b in zip(before, columns, strict=True) if a is not b]
    if bool(xp.stack(differ).any()):
        return None
    return answer


def _remember(question: str, columns: tuple[Any, ...], answer: Any) -> None:
    _last[question] = (columns, answer)


def _value_ranges(m: Module) -> tuple[Any, Any, Any]:
    xp = m.xp
    u64 = xp.uint64
    i64 = xp.int64
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    result_type = xp.maximum(m.inst_type, 0)
    width = m.type_width[result_type].astype(i64)
    known = (m.inst_type >= 0) & (m.type_kind[result_type] == KIND_INT) & (width >= 1) \
        & (width <= 64)
    mask = xp.where(known, all_ones(xp, width), u64(0))
    low = xp.zeros(n, dtype=u64)
    high = mask.copy()
    if n == 0 or m.operand_tag.shape[0] == 0:
        return known, low, high

    def operand_source(index: Any) -> tuple[Any, Any, Any, Any, Any]:
        """What the operands in rows ``index`` are, once: (a constant, its
        value, from a ranged value, that value's row, the type's full range)."""
        tag = m.operand_tag[index]
        ref = m.operand_ref[index]
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[xp.where(tag == TAG_CONSTANT, ref, 0)]
                                            == CONST_INT)
        value = m.constant_value[xp.where(constant, ref, 0)].astype(u64)
        from_value = (tag == TAG_VALUE) & known[xp.where(tag == TAG_VALUE, ref, 0)]
        row = xp.where(from_value, ref, 0).astype(i64)
        operand_type = xp.maximum(m.operand_type[index], 0)
        full = all_ones(xp, m.type_width[operand_type].astype(i64))
        return constant, value, from_value, row, full

    def operand_range(source: tuple[Any, Any, Any, Any, Any]) -> tuple[Any, Any, Any]:
        """(is a constant, low, high) of the operands ``source`` describes."""
        constant, value, from_value, row, full = source
        return (constant,
                xp.where(constant, value, xp.where(from_value, low[row], u64(0))),
                xp.where(constant, value, xp.where(from_value, high[row], full)))

    def subset(source: tuple[Any, ...], at: Any) -> tuple[Any, Any, Any, Any, Any]:
        constant, value, from_value, row, full = source
        return constant[at], value[at], from_value[at], row[at], full[at]

    def narrowed(source: tuple[Any, ...], changed: Any) -> Any:
        """Which operands read a value whose range changed."""
        return source[2] & changed[source[3]]

    # the rows with rules: modeled instructions (R) and phis (P)
    rows = xp.flatnonzero(xp.asarray(op.IS_MODELED)[opcode] & known).astype(i64)
    row_opcode = opcode[rows]
    row_width = width[rows]
    row_mask = mask[rows]
    start = m.inst_operand_start[rows]
    index0 = operand_row(m, start)
    source0 = operand_source(index0)
    source1 = operand_source(operand_row(m, start, 1))
    source2 = operand_source(operand_row(m, start, 2))
    # operand widths (the source of a cast is narrower or wider than its result)
    source_width = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(i64)
    row_source_sign = xp.where(source_width >= 1,
                               u64(1) << xp.clip(source_width - 1, 0, 63).astype(u64), u64(0))
    row_sign = xp.where(row_width >= 1, u64(1) << xp.clip(row_width - 1, 0, 63).astype(u64),
                        u64(0))
    row_nsw = (m.inst_flags[rows] & op.FLAG_NSW) != 0

    phis = xp.flatnonzero((opcode == op.PHI) & known).astype(i64)
    n_phis = int(phis.shape[0])
    phi_value, phi_owner, phi_slot = _phi_entries(m, phis)
    phi_source = operand_source(phi_value)
    phi_mask = mask[phis]
    # phi values that are add nsw of the phi itself and another value
    full_start = m.inst_operand_start
    nsw = (m.inst_flags & op.FLAG_NSW) != 0
    phi_row = xp.where(m.operand_tag[phi_value] == TAG_VALUE, m.operand_ref[phi_value], 0)
    phi_row = phi_row.astype(i64)
    first_is_phi = (m.operand_tag[full_start[phi_row]] == TAG_VALUE) \
        & (m.operand_ref[full_start[phi_row]] == phi_owner)
    second_is_phi = (m.operand_tag[full_start[phi_row] + 1] == TAG_VALUE) \
        & (m.operand_ref[full_start[phi_row] + 1] == phi_owner)
    recurrence = (m.operand_tag[phi_value] == TAG_VALUE) & (opcode[phi_row] == op.ADD) \
        & nsw[phi_row] & (m.inst_operand_count[phi_row] == 2) & (first_is_phi | second_is_phi)
    # the add's other operand (its second where the phi is its first)
    other_source = operand_source(operand_row(m, full_start[phi_row]
                                              + first_is_phi.astype(i64)))
    owner_sign = xp.where(width[phi_owner] >= 1,
                          u64(1) << xp.clip(width[phi_owner] - 1, 0, 63).astype(u64), u64(0))

    active = xp.arange(rows.shape[0], dtype=i64)  # into rows
    active_phis = xp.arange(n_phis, dtype=i64)    # into phis
    fused = uses_fused_kernels(xp)
    for _ in range(MAX_ROUNDS):
        if active.shape[0] == 0 and active_phis.shape[0] == 0:
            break
        at = rows[active]
        if fused:  # the same round as one kernel (range_kernels.py), this code its twin
            rule_low, rule_high, changed = range_kernels.range_round(
                xp, active, rows, (row_opcode, row_mask, row_width, row_source_sign, row_sign,
                                   row_nsw), (source0, source1, source2), low, high)
        else:
            rule_low, rule_high = _rules(
                xp, row_opcode[active], row_mask[active], row_width[active],
                row_source_sign[active], row_sign[active], row_nsw[active],
                operand_range(subset(source0, active)), operand_range(subset(source1, active)),
                operand_range(subset(source2, active)))
            # keep every range inside the type and never wider than the last round's
            rule_low = xp.maximum(rule_low, low[at])
            rule_high = xp.minimum(xp.minimum(rule_high, high[at]), row_mask[active])
            changed = (rule_low != low[at]) | (rule_high != high[at])

        phi_at = phis[active_phis]
        if n_phis:
            take_value = xp.flatnonzero(_member(xp, active_phis, n_phis)[phi_slot]).astype(i64)
            slot = phi_slot[take_value]
            _, plo, phi_hi = operand_range(subset(phi_source, take_value))
            # a recurrence p = phi [start, ...], [add nsw p, x, ...] with x
            # and every start below the sign bit never goes below its lowest
            # start, nor past the sign bit (by induction; LLVM's
            # matchSimpleRecurrence); a negative start counts up through 0
            hi_other = operand_range(subset(other_source, take_value))[2]
            sign_of = owner_sign[take_value]
            step = recurrence[take_value] & (hi_other < sign_of)
            starts_high = segment_max(xp, xp.where(step, u64(0), phi_hi), slot, n_phis, 0)
            step &= starts_high[slot] < sign_of
            plo = xp.where(step, u64(0xFFFFFFFFFFFFFFFF), plo)
            phi_hi = xp.where(step, sign_of - u64(1), phi_hi)
            phi_low = segment_min(xp, plo, slot, n_phis, 0xFFFFFFFFFFFFFFFF)[active_phis]
            phi_high = segment_max(xp, phi_hi, slot, n_phis, 0)[active_phis]
            phi_low = xp.maximum(phi_low, low[phi_at])
            phi_high = xp.minimum(xp.minimum(phi_high, high[phi_at]), phi_mask[active_phis])
            phi_changed = (phi_low != low[phi_at]) | (phi_high != high[phi_at])
        # (Jacobi rounds: every rule above read the last round's ranges)
        low[at] = rule_low
        high[at] = rule_high
        marked = xp.zeros(n, dtype=bool)
        marked[at] = changed
        if n_phis:
            low[phi_at] = phi_low
            high[phi_at] = phi_high
            marked[phi_at] = phi_changed
        # the next round: the rows reading a range that changed
        active = xp.flatnonzero(narrowed(source0, marked) | narrowed(source1, marked)
                                | narrowed(source2, marked)).astype(i64)
        if n_phis:
            value_narrowed = narrowed(phi_source, marked) \
                | (recurrence & narrowed(other_source, marked))
            reading = segment_max(xp, value_narrowed.astype(xp.int32), phi_slot, n_phis, 0)
            active_phis = xp.flatnonzero(reading).astype(i64)
    return known, low, high


def _member(xp: Any, index: Any, size: int) -> Any:
    """A mask of ``size`` rows, set at ``index``."""
    out = xp.zeros(size, dtype=bool)
    out[index] = True
    return out


def _rules(xp: Any, opcode: Any, mask: Any, width: Any, source_sign: Any, sign: Any, nsw: Any,
           range0: tuple[Any, Any, Any], range1: tuple[Any, Any, Any],
           range2: tuple[Any, Any, Any]) -> tuple[Any, Any]:
    """(low, high) of modeled instructions by their rules, from their
    operands' ranges (the last rule that applies wins; the full range where
    none does)."""
    u64 = xp.uint64
    _, lo0, hi0 = range0
    c1, lo1, hi1 = range1
    _, lo2, hi2 = range2
    amount = xp.minimum(lo1, u64(63))
    shift_ok = c1 & (lo1 < width.astype(u64))
    divisor = xp.maximum(lo1, u64(1))
    new_low = xp.zeros(opcode.shape[0], dtype=u64)
    new_high = mask.copy()

    def is_(name: str) -> Any:
        return opcode == op.OPCODE_ID[name]

    def take(rule: Any, lo: Any, hi: Any) -> None:
        nonlocal new_low, new_high
        new_low = xp.where(rule, lo, new_low)
        new_high = xp.where(rule, hi, new_high)

    take(is_("zext"), lo0, hi0)
    take(is_("sext") & (hi0 < source_sign), lo0, hi0)
    take(is_("trunc") & (hi0 <= mask), lo0, hi0)
    take(is_("and"), u64(0), xp.minimum(hi0, hi1))
    take(is_("or"), xp.maximum(lo0, lo1), cover(xp, hi0 | hi1))
    take(is_("xor"), u64(0), cover(xp, hi0 | hi1))
    # with a constant whose bits x never has, or and xor add it
    disjoint = c1 & ((cover(xp, hi0) & lo1) == 0)
    take((is_("or") | is_("xor")) & disjoint, lo0 + lo1, hi0 + lo1)
    # xor with all ones is M - x
    take(is_("xor") & c1 & (lo1 == mask), mask - hi0, mask - lo0)
    below_sign = hi0 < sign
    shift_right = is_("lshr") | (is_("ashr") & below_sign)
    take(shift_right, u64(0), hi0)
    take(shift_right & shift_ok, lo0 >> amount, hi0 >> amount)
    take(is_("udiv"), u64(0), hi0)
    take(is_("udiv") & c1 & (lo1 > 0), lo0 // divisor, hi0 // divisor)
    take(is_("urem"), u64(0), hi0)
    take(is_("urem") & c1 & (lo1 > 0), u64(0), xp.minimum(hi0, lo1 - u64(1)))
    take(is_("add") & (hi0 <= mask - hi1), lo0 + lo1, hi0 + hi1)
    # add nsw of two values below the sign bit stays below it (or is poison)
    nonnegative = (hi0 < sign) & (hi1 < sign)
    take(is_("add") & nsw & nonnegative, lo0 + lo1, xp.minimum(hi0 + hi1, sign - u64(1)))
    take(is_("sub") & (lo0 >= hi1), lo0 - hi1, hi0 - lo1)
    take(is_("shl") & shift_ok & (hi0 <= (mask >> amount)), lo0 << amount, hi0 << amount)
    take(is_("select"), xp.minimum(lo1, lo2), xp.maximum(hi1, hi2))
    take(is_("icmp"), u64(0), u64(1))
    return new_low, new_high


def sign_bits(m: Module, known: Any, high: Any) -> Any:
    """Per instruction: how many of its top bits are known to equal its sign bit
    (LLVM's ComputeNumSignBits, in part; at least 1, its width at most).

    - ``sext`` from N bits adds W - N to its source's; ``zext`` from N bits has
      at least W - N (its top bits are zero); a value whose range high has
      bit length L has at least W - L
    - ``ashr`` by a constant C adds C; ``shl`` by C takes C away (while some stay)
    - ``trunc`` keeps those that stay inside the narrow type
    - ``and``, ``or``, ``xor``, ``select`` and ``phi`` keep the fewest of their
      operands'; ``add`` and ``sub`` one fewer than that

    Rounds start from 1 everywhere and only raise counts that their rules
    prove, so each round is sound by itself (as for ranges).  As there, a
    round recomputes only the rows with an input that changed in the round
    before, and the last answer is kept for unchanged columns."""
    columns = (*_range_columns(m), known, high)
    cached = _remembered(m, "sign_bits", columns)
    if cached is not None:
        return cached
    result = _sign_bits(m, known, high)
    _remember("sign_bits", columns, result)
    return result


def _sign_bits(m: Module, known: Any, high: Any) -> Any:
    xp = m.xp
    i64 = xp.int64
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(i64)
    count = xp.ones(n, dtype=i64)
    if n == 0 or m.operand_tag.shape[0] == 0:
        return count
    # from the range: a high of bit length L leaves W - L top zero bits
    length = bit_length(xp, high)
    from_range = xp.where(known, xp.maximum(width - length, 1), 1)
    ceiling = xp.maximum(width, 1)
    # (any integer width: these rules need no values, so i80 bitfields count)
    integer = (m.inst_type >= 0) & (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT)
    rows = xp.flatnonzero(xp.asarray(op.IS_MODELED)[opcode] & integer).astype(i64)
    phis = xp.flatnonzero((opcode == op.PHI) & integer).astype(i64)
    n_phis = int(phis.shape[0])
    phi_value, _, phi_slot = _phi_entries(m, phis)

    def operand_source(index: Any) -> tuple[Any, Any, Any, Any]:
        """(a constant, its count, a value, its row) of the operands in rows
        ``index``, once."""
        tag, ref = m.operand_tag[index], m.operand_ref[index]
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
        operand_width = m.type_width[xp.maximum(m.operand_type[index], 0)].astype(i64)
        # a constant's: the top bits equal to its sign bit, within its width
        value = m.constant_value[safe].astype(xp.uint64)
        top = xp.clip(operand_width - 1, 0, 63).astype(xp.uint64)
        negative = ((value >> top) & xp.uint64(1)) != 0
        flipped = xp.where(negative, ~value, value) & all_ones(xp, operand_width)
        constant_bits = xp.maximum(operand_width - bit_length(xp, flipped), 1)
        is_value = tag == TAG_VALUE
        return constant, constant_bits, is_value, xp.where(is_value, ref, 0).astype(i64)

    def operand_bits(source: tuple[Any, Any, Any, Any], at: Any) -> Any:
        constant, constant_bits, is_value, row = (column[at] for column in source)
        return xp.where(constant, constant_bits, xp.where(is_value, count[row], 1))

    def narrowed(source: tuple[Any, Any, Any, Any], changed: Any) -> Any:
        return source[2] & changed[source[3]]

    start = m.inst_operand_start[rows]
    index0, index1, index2 = (operand_row(m, start, k) for k in range(3))
    source0, source1, source2 = (operand_source(index) for index in (index0, index1, index2))
    phi_source = operand_source(phi_value)
    row_opcode = opcode[rows]
    row_width = width[rows]
    source_width = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(i64)
    amount_tag = m.operand_tag[index1]
    amount_safe = xp.where(amount_tag == TAG_CONSTANT, m.operand_ref[index1], 0)
    small, small_value = small_constants(m)
    amount_known = (amount_tag == TAG_CONSTANT) & small[amount_safe] \
        & (small_value[amount_safe] >= 0) & (small_value[amount_safe] < row_width)
    amount = xp.where(amount_known, small_value[amount_safe], 0)

    active = xp.arange(rows.shape[0], dtype=i64)  # into rows
    active_phis = xp.arange(n_phis, dtype=i64)    # into phis
    first = True
    fused = uses_fused_kernels(xp)
    for _ in range(MAX_ROUNDS):
        if active.shape[0] == 0 and active_phis.shape[0] == 0:
            break
        at = rows[active]
        if fused:  # the same round as one kernel (range_kernels.py), this code its twin
            new, changed = range_kernels.sign_round(
                xp, active, rows, (row_opcode, row_width, source_width, amount_known, amount),
                (source0, source1, source2), count, from_range, ceiling)
        else:
            b0, b1, b2 = (operand_bits(source, active) for source in (source0, source1, source2))
            new = _sign_rules(xp, row_opcode[active], row_width[active], source_width[active],
                              amount_known[active], amount[active], b0, b1, b2)
            new = xp.clip(xp.maximum(xp.maximum(new, from_range[at]), count[at]), 1,
                          ceiling[at])
            changed = new != count[at]
        phi_at = phis[active_phis]
        if n_phis:
            take_value = xp.flatnonzero(_member(xp, active_phis, n_phis)[phi_slot]).astype(i64)
            fewest = segment_min(xp, operand_bits(phi_source, take_value),
                                 phi_slot[take_value], n_phis, 64)[active_phis]
            fewest = xp.clip(xp.maximum(xp.maximum(fewest, from_range[phi_at]), count[phi_at]),
                             1, ceiling[phi_at])
            phi_changed = fewest != count[phi_at]
        # (Jacobi rounds: every rule above read the last round's counts)
        if first:  # rows without rules take their range's count, once
            marked = xp.clip(xp.maximum(from_range, 1), 1, ceiling) != count
            count = xp.clip(xp.maximum(from_range, 1), 1, ceiling)
            first = False
        else:
            marked = xp.zeros(n, dtype=bool)
        count[at] = new
        marked[at] = changed
        if n_phis:
            count[phi_at] = fewest
            marked[phi_at] = phi_changed
        active = xp.flatnonzero(narrowed(source0, marked) | narrowed(source1, marked)
                                | narrowed(source2, marked)).astype(i64)
        if n_phis:
            reading = segment_max(xp, narrowed(phi_source, marked).astype(xp.int32), phi_slot,
                                  n_phis, 0)
            active_phis = xp.flatnonzero(reading).astype(i64)
    return count


def _sign_rules(xp: Any, opcode: Any, width: Any, source_width: Any, amount_known: Any,
                amount: Any, b0: Any, b1: Any, b2: Any) -> Any:
    """Sign bits of modeled instructions by their rules, from their operands'."""
    def is_(name: str) -> Any:
        return opcode == op.OPCODE_ID[name]

    new = xp.ones(opcode.shape[0], dtype=xp.int64)
    new = xp.where(is_("sext"), b0 + width - source_width, new)
    new = xp.where(is_("zext"), width - source_width, new)
    new = xp.where(is_("ashr") & amount_known, b0 + amount, new)
    new = xp.where(is_("shl") & amount_known & (b0 > amount), b0 - amount, new)
    new = xp.where(is_("trunc"), b0 - (source_width - width), new)
    new = xp.where(is_("and") | is_("or") | is_("xor"), xp.minimum(b0, b1), new)
    new = xp.where(is_("add") | is_("sub"), xp.minimum(b0, b1) - 1, new)
    new = xp.where(is_("select"), xp.minimum(b1, b2), new)
    return new


def small_constants(m: Module) -> tuple[Any, Any]:
    """Per constant: whether it is an integer below 2^63 and its value; wider
    integer types keep their constants as text (``i80 62``), read here once
    per distinct text."""
    xp = m.xp
    small = (m.constant_kind == CONST_INT) & (m.constant_value >= 0)
    value = m.constant_value.copy()
    wide = (m.constant_kind != CONST_INT) & (m.constant_text >= 0) & (m.constant_type >= 0) \
        & (m.type_kind[xp.maximum(m.constant_type, 0)] == KIND_INT)
    texts = xp.unique(m.constant_text[wide]).tolist()
    numbers = [m.host.strings.items[int(t)] for t in texts]
    keys = [t for t, text in zip(texts, numbers, strict=True) if text.isdigit()
            and int(text) < (1 << 63)]
    if keys:
        found = lookup(xp, keys, [int(m.host.strings.items[int(t)]) for t in keys],
                       m.constant_text, -1)
        small = small | (wide & (found >= 0))
        value = xp.where(wide & (found >= 0), found, value)
    return small, value
