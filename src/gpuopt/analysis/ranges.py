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

from gpuopt.arrays import lookup, segment_max, segment_min
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


def value_ranges(m: Module) -> tuple[Any, Any, Any]:
    """Per instruction: (known, low, high); ``known`` marks integer values of
    width at most 64, whose range is ``[low, high]``."""
    xp = m.xp
    u64 = xp.uint64
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    result_type = xp.maximum(m.inst_type, 0)
    width = m.type_width[result_type].astype(xp.int64)
    known = (m.inst_type >= 0) & (m.type_kind[result_type] == KIND_INT) & (width >= 1) \
        & (width <= 64)
    mask = xp.where(known, all_ones(xp, width), u64(0))
    low = xp.zeros(n, dtype=u64)
    high = mask.copy()
    if n == 0 or m.operand_tag.shape[0] == 0:
        return known, low, high

    start = m.inst_operand_start
    # operand widths (the source of a cast is narrower or wider than its result)
    index0 = operand_row(m, start)
    source_type = xp.maximum(m.operand_type[index0], 0)
    source_width = m.type_width[source_type].astype(xp.int64)
    source_sign = xp.where(source_width >= 1,
                           u64(1) << xp.clip(source_width - 1, 0, 63).astype(u64), u64(0))
    sign = xp.where(width >= 1, u64(1) << xp.clip(width - 1, 0, 63).astype(u64), u64(0))

    def is_(name: str) -> Any:
        return opcode == op.OPCODE_ID[name]

    modeled = xp.asarray(op.IS_MODELED)[opcode] & known
    phis = xp.flatnonzero((opcode == op.PHI) & known).astype(xp.int64)
    phi_value, phi_owner = phi_values(m, phis)

    def operand_source(index: Any) -> tuple[Any, Any, Any, Any, Any]:
        """What the operands in rows ``index`` are, once: (a constant, its
        value, from a ranged value, that value's row, the type's full range)."""
        tag = m.operand_tag[index]
        ref = m.operand_ref[index]
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[xp.where(tag == TAG_CONSTANT, ref, 0)]
                                            == CONST_INT)
        value = m.constant_value[xp.where(constant, ref, 0)].astype(u64)
        from_value = (tag == TAG_VALUE) & known[xp.where(tag == TAG_VALUE, ref, 0)]
        row = xp.where(from_value, ref, 0)
        operand_type = xp.maximum(m.operand_type[index], 0)
        full = all_ones(xp, m.type_width[operand_type].astype(xp.int64))
        return constant, value, from_value, row, full

    def operand_range(source: tuple[Any, Any, Any, Any, Any], low: Any, high: Any
                      ) -> tuple[Any, Any, Any]:
        """(is a constant, low, high) of the operands ``source`` describes."""
        constant, value, from_value, row, full = source
        return (constant,
                xp.where(constant, value, xp.where(from_value, low[row], u64(0))),
                xp.where(constant, value, xp.where(from_value, high[row], full)))

    source0 = operand_source(index0)
    source1 = operand_source(operand_row(m, start, 1))
    source2 = operand_source(operand_row(m, start, 2))
    phi_source = operand_source(phi_value)
    nsw = (m.inst_flags & op.FLAG_NSW) != 0
    # phi values that are add nsw of the phi itself and another value
    phi_row = xp.where(m.operand_tag[phi_value] == TAG_VALUE, m.operand_ref[phi_value], 0)
    phi_row = phi_row.astype(xp.int64)
    first_is_phi = (m.operand_tag[start[phi_row]] == TAG_VALUE) \
        & (m.operand_ref[start[phi_row]] == phi_owner)
    second_is_phi = (m.operand_tag[start[phi_row] + 1] == TAG_VALUE) \
        & (m.operand_ref[start[phi_row] + 1] == phi_owner)
    recurrence = (m.operand_tag[phi_value] == TAG_VALUE) & (opcode[phi_row] == op.ADD) \
        & nsw[phi_row] & (m.inst_operand_count[phi_row] == 2) & (first_is_phi | second_is_phi)
    phi_sign = sign
    for _ in range(MAX_ROUNDS):
        _, lo0, hi0 = operand_range(source0, low, high)
        c1, lo1, hi1 = operand_range(source1, low, high)
        _, lo2, hi2 = operand_range(source2, low, high)
        amount = xp.minimum(lo1, u64(63))
        shift_ok = c1 & (lo1 < width.astype(u64))
        divisor = xp.maximum(lo1, u64(1))
        new_low = xp.zeros(n, dtype=u64)
        new_high = mask.copy()

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
        new_low = xp.where(modeled, new_low, u64(0))
        new_high = xp.where(modeled, new_high, mask)
        if phis.shape[0]:
            _, plo, phi_hi = operand_range(phi_source, low, high)
            # a recurrence p = phi [start, ...], [add nsw p, x, ...] with x
            # and every start below the sign bit never goes below its lowest
            # start, nor past the sign bit (by induction; LLVM's
            # matchSimpleRecurrence); a negative start counts up through 0
            hi_other = xp.where(first_is_phi, hi1[phi_row], hi0[phi_row])
            step = recurrence & (hi_other < phi_sign[phi_owner])
            starts_high = segment_max(xp, xp.where(step, u64(0), phi_hi), phi_owner, n, 0)
            step &= starts_high[phi_owner] < phi_sign[phi_owner]
            plo = xp.where(step, u64(0xFFFFFFFFFFFFFFFF), plo)
            phi_hi = xp.where(step, phi_sign[phi_owner] - u64(1), phi_hi)
            new_low[phis] = segment_min(xp, plo, phi_owner, n, 0xFFFFFFFFFFFFFFFF)[phis]
            new_high[phis] = segment_max(xp, phi_hi, phi_owner, n, 0)[phis]
        # keep every range inside the type and never wider than the last round's
        new_low = xp.maximum(new_low, low)
        new_high = xp.minimum(xp.minimum(new_high, high), mask)
        if bool(((new_low == low) & (new_high == high)).all()):
            break
        low, high = new_low, new_high
    return known, low, high


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
    prove, so each round is sound by itself (as for ranges)."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    count = xp.ones(n, dtype=xp.int64)
    if n == 0 or m.operand_tag.shape[0] == 0:
        return count
    start = m.inst_operand_start
    index0, index1, index2 = (operand_row(m, start, k) for k in range(3))
    source_width = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(xp.int64)
    # from the range: a high of bit length L leaves W - L top zero bits
    length = bit_length(xp, high)
    from_range = xp.where(known, xp.maximum(width - length, 1), 1)
    # (any integer width: these rules need no values, so i80 bitfields count)
    modeled = xp.asarray(op.IS_MODELED)[opcode] & (m.inst_type >= 0) \
        & (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT)
    phis = xp.flatnonzero((opcode == op.PHI) & (m.inst_type >= 0)
                          & (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT)
                          ).astype(xp.int64)
    phi_value, phi_owner = phi_values(m, phis)

    def operand_bits(index: Any, count: Any) -> Any:
        tag, ref = m.operand_tag[index], m.operand_ref[index]
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
        operand_width = m.type_width[xp.maximum(m.operand_type[index], 0)].astype(xp.int64)
        # a constant's: the top bits equal to its sign bit, within its width
        value = m.constant_value[safe].astype(xp.uint64)
        top = xp.clip(operand_width - 1, 0, 63).astype(xp.uint64)
        negative = ((value >> top) & xp.uint64(1)) != 0
        flipped = xp.where(negative, ~value, value) & all_ones(xp, operand_width)
        constant_bits = xp.maximum(operand_width - bit_length(xp, flipped), 1)
        value_row = xp.where(tag == TAG_VALUE, ref, 0)
        return xp.where(constant, constant_bits,
                        xp.where(tag == TAG_VALUE, count[value_row], 1))

    amount_tag = m.operand_tag[index1]
    amount_safe = xp.where(amount_tag == TAG_CONSTANT, m.operand_ref[index1], 0)
    small, small_value = small_constants(m)
    amount_known = (amount_tag == TAG_CONSTANT) & small[amount_safe] \
        & (small_value[amount_safe] >= 0) & (small_value[amount_safe] < width)
    amount = xp.where(amount_known, small_value[amount_safe], 0)
    for _ in range(MAX_ROUNDS):
        b0 = operand_bits(index0, count)
        b1 = operand_bits(index1, count)
        b2 = operand_bits(index2, count)
        new = xp.ones(n, dtype=xp.int64)

        def is_(name: str) -> Any:
            return opcode == op.OPCODE_ID[name]

        new = xp.where(is_("sext"), b0 + width - source_width, new)
        new = xp.where(is_("zext"), width - source_width, new)
        new = xp.where(is_("ashr") & amount_known, b0 + amount, new)
        new = xp.where(is_("shl") & amount_known & (b0 > amount), b0 - amount, new)
        new = xp.where(is_("trunc"), b0 - (source_width - width), new)
        new = xp.where(is_("and") | is_("or") | is_("xor"), xp.minimum(b0, b1), new)
        new = xp.where(is_("add") | is_("sub"), xp.minimum(b0, b1) - 1, new)
        new = xp.where(is_("select"), xp.minimum(b1, b2), new)
        new = xp.where(modeled, new, 1)
        if phis.shape[0]:
            fewest = segment_min(xp, operand_bits(phi_value, count), phi_owner, n, 64)
            new[phis] = fewest[phis]
        new = xp.clip(xp.maximum(xp.maximum(new, from_range), count), 1,
                      xp.maximum(width, 1))
        if bool((new == count).all()):
            break
        count = new
    return count


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
