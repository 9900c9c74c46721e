"""Helpers shared by simplifycfg's steps: block facts (address taken, the
terminator's branch shape), phi entry edits, value identity, the x86-64 cost
model LLVM's TargetTransformInfo gives simplifycfg (which instructions are
free), fresh value names, and the poison facts that decide between ``or`` and
``select i1 %a, i1 true, i1 %b`` (LLVM's impliesPoison).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import replace
from typing import Any

import numpy as np

from gpuopt.arrays import exclusive_cumsum, expand, lookup, segment_min
from gpuopt.backend import uses_fused_kernels
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.layout import TypeLayout
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    NAME_NUMBERED,
    TAG_ARGUMENT,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_GLOBAL,
    TAG_VALUE,
    Module,
)
from gpuopt.ir.rewrite import (
    NO_REPLACEMENT,
    delete_instructions,
    delete_operands,
    operand_row,
    replace_uses,
)
from gpuopt.transforms import poison_scan_kernel
from gpuopt.transforms.simplifycfg_host import (
    blockaddress_rows,
    per_module,
    with_block_rows,
)


@per_module
def address_taken(m: Module) -> Any:
    """Blocks named by a blockaddress: in module lines, or anywhere but a
    terminator's successor list or a phi's incoming block."""
    xp = m.xp
    taken = xp.zeros(m.block_function.shape[0], dtype=bool)
    rows = blockaddress_rows(m.host)
    if rows:
        taken[xp.asarray(rows)] = True
    owner_opcode = m.inst_opcode[m.operand_owner].astype(xp.int32)
    other = (m.operand_tag == TAG_BLOCK) & ~xp.asarray(op.IS_TERMINATOR)[owner_opcode] \
        & (owner_opcode != op.PHI)
    taken[m.operand_ref[other]] = True
    return taken


def drop_phi_entries(m: Module, pred: Any, block: Any, how_many: Any) -> Module:
    """Remove ``how_many[k]`` incoming entries for predecessor ``pred[k]`` from every
    phi of ``block[k]`` (several edges from one predecessor mean as many entries)."""
    xp = m.xp
    n_blocks = m.block_function.shape[0]
    if pred.shape[0] == 0:
        return m
    edge_key = block.astype(xp.int64) * n_blocks + pred
    order = xp.argsort(edge_key)
    edge_key, how_many = edge_key[order], how_many[order]
    is_entry_block = (m.operand_tag == TAG_BLOCK) & (m.inst_opcode[m.operand_owner] == op.PHI)
    rows = xp.flatnonzero(is_entry_block)
    owner = m.operand_owner[rows].astype(xp.int64)
    key = m.inst_block[owner].astype(xp.int64) * n_blocks + m.operand_ref[rows]
    position = xp.searchsorted(edge_key, key)
    safe = xp.minimum(position, max(edge_key.shape[0] - 1, 0))
    hit = edge_key[safe] == key
    # rank of each entry among the same phi's entries for the same predecessor
    group = owner * n_blocks + m.operand_ref[rows]
    group_order = xp.argsort(group * (rows.shape[0] + 1) + xp.arange(rows.shape[0]))
    sorted_group = group[group_order]
    first = xp.searchsorted(sorted_group, sorted_group)
    rank = xp.empty(rows.shape[0], dtype=xp.int64)
    rank[group_order] = xp.arange(rows.shape[0]) - first
    drop = hit & (rank < how_many[safe])
    keep = xp.ones(m.operand_tag.shape[0], dtype=bool)
    keep[rows[drop]] = False
    keep[rows[drop] - 1] = False  # the value that goes with the block
    return delete_operands(m, keep)


@per_module
def terminators(m: Module) -> Any:
    return (m.block_first_inst + m.block_inst_count - 1).astype(m.xp.int64)


@per_module
def branches(m: Module) -> tuple[Any, Any, Any, Any, Any, Any, Any, Any]:
    """Per block: its terminator row, that row's first operand row, whether it
    is a conditional or an unconditional ``br``, its first operand's tag and
    ref (the condition, or the only target), and a conditional br's true and
    false blocks (0 for other terminators)."""
    xp = m.xp
    term = terminators(m)
    start = m.inst_operand_start[term].astype(xp.int64)
    is_br = m.inst_opcode[term] == op.BR
    conditional = is_br & (m.inst_operand_count[term] == 3)
    unconditional = is_br & (m.inst_operand_count[term] == 1)
    first = operand_row(m, start)
    true_block = xp.where(conditional, m.operand_ref[operand_row(m, start, 1)], 0)
    false_block = xp.where(conditional, m.operand_ref[operand_row(m, start, 2)], 0)
    return (term, start, conditional, unconditional, m.operand_tag[first],
            m.operand_ref[first].astype(xp.int64), true_block.astype(xp.int64),
            false_block.astype(xp.int64))


def same_values(m: Module, left: Any, right: Any) -> Any:
    """Whether operand rows ``left[k]`` and ``right[k]`` name the same value (the
    same reference, or integer constants of one type and value)."""
    xp = m.xp
    tag, ref = m.operand_tag, m.operand_ref
    same = (tag[left] == tag[right]) & (ref[left] == ref[right])
    constant = (tag[left] == TAG_CONSTANT) & (tag[right] == TAG_CONSTANT)
    left_ref = xp.where(constant, ref[left], 0)
    right_ref = xp.where(constant, ref[right], 0)
    return same | (constant & (m.constant_kind[left_ref] == CONST_INT)
                   & (m.constant_kind[right_ref] == CONST_INT)
                   & (m.constant_type[left_ref] == m.constant_type[right_ref])
                   & (m.constant_value[left_ref] == m.constant_value[right_ref]))


# LLVM's x86-64 cost model for simplifycfg (TCK_SizeAndLatency) finds these
# free: truncations, pointer/integer casts, freeze and aggregate element
# moves (not a bitcast between integer and float registers; gpuopt cannot tell
# a vector bitcast, which is free, from those).  Some zext/sext and GEPs are
# free too (see ``free_rows``).
_FREE = np.isin(np.arange(op.N_OPCODES),
                [op.OPCODE_ID[name] for name in ("trunc", "ptrtoint", "inttoptr", "freeze",
                                                 "extractvalue", "insertvalue")])


@per_module
def free_rows(m: Module, lay: TypeLayout | None) -> Any:
    """Per instruction: whether LLVM's x86-64 cost model calls it free
    (TCC_Free) for simplifycfg's budgets.  Besides ``_FREE``'s opcodes: a
    ``zext`` from i32 to i64 (isZExtFree), a ``zext`` or ``sext`` of a load (an
    extending load), and a GEP that fits an addressing mode: constant indices
    and at most one variable index, stepping over 1, 2, 4 or 8 bytes."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    free = xp.asarray(_FREE)[opcode]
    source = operand_row(m, m.inst_operand_start.astype(xp.int64))
    extend = (opcode == op.ZEXT) | (opcode == op.SEXT)
    source_width = m.type_width[xp.maximum(m.operand_type[source], 0)]
    result_width = m.type_width[xp.maximum(m.inst_type, 0)]
    source_value = xp.where(m.operand_tag[source] == TAG_VALUE, m.operand_ref[source], 0)
    of_load = (m.operand_tag[source] == TAG_VALUE) & (opcode[source_value] == op.LOAD)
    free |= extend & of_load
    free |= (opcode == op.ZEXT) & (source_width == 32) & (result_width == 64) \
        & (m.operand_type[source] >= 0) & (m.inst_type >= 0)
    geps = xp.flatnonzero(opcode == op.GEP)
    if geps.shape[0] and lay is not None:
        free[geps] = _addressing_mode(m, lay, geps)
    return free


def _addressing_mode(m: Module, lay: TypeLayout, rows: Any) -> Any:
    """GEPs whose indices are constants but at most one, which steps over 1, 2,
    4 or 8 bytes (x86's base + scale * index + displacement)."""
    xp = m.xp
    start = m.inst_operand_start[rows].astype(xp.int64)
    count = m.inst_operand_count[rows].astype(xp.int64)
    current = m.inst_aux_type[rows].astype(xp.int64)
    known = current >= 0
    variables = xp.zeros(rows.shape[0], dtype=xp.int64)
    scale_ok = xp.ones(rows.shape[0], dtype=bool)
    n_types = lay.size.shape[0]
    longest = int(count.max()) if rows.shape[0] else 0
    for position in range(1, longest):  # one step per index position
        has = count > position
        row = operand_row(m, start, position)
        is_constant = m.operand_tag[row] == TAG_CONSTANT
        safe = xp.clip(current, 0, n_types - 1)
        if position == 1:
            step = lay.size[safe]
            next_type = current
        else:
            element = lay.element[safe]
            is_struct = lay.field_start[safe] >= 0
            ref = xp.where(is_constant, m.operand_ref[row], 0)
            index = m.constant_value[ref]
            field = xp.clip(lay.field_start[safe] + index, 0,
                            max(lay.field_offset.shape[0] - 1, 0))
            step = xp.where(element >= 0, lay.size[xp.maximum(element, 0)], -1)
            next_type = xp.where(element >= 0, element,
                                 xp.where(is_struct & is_constant, lay.field_type[field], -1))
        variable = has & ~is_constant
        variables += variable.astype(xp.int64)
        scale_ok &= ~variable | (step == 1) | (step == 2) | (step == 4) | (step == 8)
        known &= ~has | (next_type >= 0) | (position == longest - 1)
        current = xp.where(has, next_type, current)
    return known & (variables <= 1) & scale_ok


def fresh_names(m: Module, function: Any, base: list[str], which: Any) -> Any:
    """Name ids for new values: proposal k in ``function[k]`` wants the text
    ``base[which[k]]``; it gets that text, or the text with the smallest
    number appended that no value, block or argument of its function has and
    no earlier proposal took (LLVM appends a counter); NAME_NUMBERED after
    ``_TRIES`` numbers, or for an empty base."""
    xp = m.xp
    k = int(function.shape[0])
    if k == 0:
        return xp.zeros(0, dtype=xp.int32)
    strings = m.host.strings
    candidates = [[strings.intern(text + (str(number) if number else ""))
                   for number in range(_TRIES)] for text in base]  # a few texts
    table = xp.asarray(candidates, dtype=xp.int64).reshape(len(base), _TRIES)
    # a key per (function, name): names shifted past NAME_NONE (-2) and
    # NAME_NUMBERED (-1), so that no unnamed row of the next function has the
    # key of a name in this one (which made names depend on the batch)
    size = len(strings) + 2
    taken = xp.concatenate((
        m.inst_function.astype(xp.int64) * size + m.inst_name + 2,
        m.block_function.astype(xp.int64) * size + m.block_name + 2,
        m.argument_function.astype(xp.int64) * size + m.argument_name + 2))
    taken = xp.unique(taken)
    wanted = table[which]  # (k, _TRIES)
    keys = function.astype(xp.int64)[:, None] * size + wanted + 2
    position = xp.clip(xp.searchsorted(taken, keys), 0, max(taken.shape[0] - 1, 0))
    free = taken[position] != keys if taken.shape[0] else xp.ones(keys.shape, dtype=bool)
    # proposals for one (function, base) take the free numbers in order
    group = function.astype(xp.int64) * (len(base) + 1) + which
    order = xp.argsort(group * k + xp.arange(k), kind="stable")
    sorted_group = group[order]
    first = xp.searchsorted(sorted_group, sorted_group)
    rank = xp.empty(k, dtype=xp.int64)
    rank[order] = xp.arange(k) - first
    running = xp.cumsum(free.astype(xp.int64), axis=1)
    hit = free & (running == rank[:, None] + 1)
    found = hit.any(axis=1)
    chosen = xp.argmax(hit, axis=1)
    named = found & xp.asarray([bool(text) for text in base])[which]
    return xp.where(named, wanted[xp.arange(k), chosen], NAME_NUMBERED).astype(xp.int32)


_TRIES = 16
_PARAMETER_NOUNDEF = re.compile(r"\bnoundef\b")


def noundef_arguments(m: Module) -> Any:
    """Per argument row: whether its parameter carries ``noundef`` (from the
    function headers' text, each function's through its host row)."""
    xp = m.xp
    rows = m.host_function_rows().tolist()
    counts = m.function_arg_count.tolist()
    headers = m.host.function_header
    # per (host rows, argument counts): the flags, read once while the headers
    # stay the same
    known: dict[tuple[tuple[int, ...], tuple[int, ...]], list[bool]] = remembered(
        m.host, ("noundef arguments", id(headers), len(headers)), dict)
    key = (tuple(rows), tuple(counts))
    if key not in known:
        flags: list[bool] = []
        for row, count in zip(rows, counts, strict=True):  # header texts
            parameters = [p for p in _parameters(headers[row]) if p.strip() != "..."]
            marks = [bool(_PARAMETER_NOUNDEF.search(p)) for p in parameters]
            flags.extend(marks if len(marks) == count else [False] * count)
        known[key] = flags
    flags = known[key]
    return xp.asarray(flags, dtype=bool) if flags else xp.zeros(0, dtype=bool)


def _parameters(header: str) -> list[str]:
    """The parameter texts of a ``define`` line, split at top-level commas."""
    at = header.find("@")
    if at < 0:
        return []
    position = at + 1
    if header.startswith('"', position):
        position = header.index('"', position + 1) + 1
    opening = header.find("(", position)
    if opening < 0:
        return []
    depth, pieces, start = 0, [], opening + 1
    for index in range(opening, len(header)):
        char = header[index]
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth -= 1
            if depth == 0:
                pieces.append(header[start:index])
                break
        elif char == "," and depth == 1:
            pieces.append(header[start:index])
            start = index + 1
    return [piece for piece in pieces if piece.strip()]


# Opcodes that never make poison of their own when they carry no
# poison-generating flags (LLVM's canCreatePoison), and those whose every
# operand passes poison on (propagatesPoison; a select only its condition).
_QUIET = np.isin(np.arange(op.N_OPCODES), [op.OPCODE_ID[name] for name in (
    "add", "sub", "mul", "and", "or", "xor", "udiv", "sdiv", "urem", "srem",
    "trunc", "zext", "sext", "icmp", "select", "phi", "freeze", "ptrtoint", "inttoptr",
    "bitcast", "extractvalue", "insertvalue")])
_PROPAGATES = np.isin(np.arange(op.N_OPCODES), [op.OPCODE_ID[name] for name in (
    "add", "sub", "mul", "and", "or", "xor", "udiv", "sdiv", "urem", "srem",
    "shl", "lshr", "ashr", "trunc", "zext", "sext", "icmp", "fcmp", "ptrtoint", "inttoptr",
    "bitcast", "getelementptr", "fadd", "fsub", "fmul", "fdiv", "frem", "fneg")])
_FLOAT_QUIET = np.isin(np.arange(op.N_OPCODES), [op.OPCODE_ID[name] for name in (
    "fcmp", "fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "sitofp", "uitofp", "fpext",
    "fptrunc")])
_POISON_WORDS = re.compile(r"\b(?:nnan|ninf|fast|nneg)\b")
_POISON_FLAGS = (op.FLAG_NUW | op.FLAG_NSW | op.FLAG_EXACT | op.FLAG_DISJOINT | op.FLAG_NNEG
                 | op.FLAG_SAMESIGN)
_NOUNDEF_LOAD = re.compile(r"!noundef\b")
# LLVM's MaxAnalysisRecursionDepth for isGuaranteedNotToBePoison.
_GUARANTEE_DEPTH = 6


def quiet_rows(m: Module) -> Any:
    """Per instruction: cannot create poison (LLVM's !canCreatePoison)."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    quiet = xp.asarray(_QUIET)[opcode] & ((m.inst_flags & _POISON_FLAGS) == 0)
    # shifts by a constant below the width
    second = operand_row(m, m.inst_operand_start.astype(xp.int64), 1)
    shift = (opcode == op.SHL) | (opcode == op.LSHR) | (opcode == op.ASHR)
    amount_constant = m.operand_tag[second] == TAG_CONSTANT
    ref = xp.where(amount_constant, m.operand_ref[second], 0)
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    in_range = amount_constant & (m.constant_kind[ref] == CONST_INT) \
        & (m.constant_value[ref] >= 0) & (m.constant_value[ref] < width)
    quiet |= shift & in_range & ((m.inst_flags & _POISON_FLAGS) == 0)
    # float operations (opaque: their flags are in their text) without nnan,
    # ninf or fast, and uitofp without nneg
    floating = xp.asarray(_FLOAT_QUIET)[opcode]
    shapes = xp.unique(m.inst_shape[floating]).tolist()
    plain = [int(t >= 0 and not _POISON_WORDS.search(m.host.strings[int(t)].split("\0")[0]))
             for t in shapes]
    quiet |= floating & (lookup(xp, shapes, plain, m.inst_shape, 0) == 1)
    return quiet


def guaranteed_not_poison(m: Module, seed: Any | None = None) -> tuple[Any, Any]:
    """(per instruction, per argument): never poison (LLVM's
    isGuaranteedNotToBePoison without context, to its recursion depth):
    ``noundef`` arguments, integer and other plain constants, globals, freeze,
    loads with ``!noundef``, the instructions in ``seed`` (known otherwise),
    and instructions that cannot create poison (phis included) whose operands
    are all such values."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    arguments = noundef_arguments(m)
    quiet = quiet_rows(m)
    loads = opcode == op.LOAD
    shapes = xp.unique(m.inst_template[loads]).tolist()
    marked = [int(bool(_NOUNDEF_LOAD.search(m.host.templates[t][-1]))) if t >= 0 else 0
              for t in shapes]
    base = (opcode == op.OPCODE_ID["freeze"]) | (loads & (lookup(xp, shapes, marked,
                                                       m.inst_template, 0) == 1))
    if seed is not None:
        base = base | seed
    owner = m.operand_owner.astype(xp.int64)
    is_phi_block = (opcode[owner] == op.PHI) & (m.operand_tag == TAG_BLOCK)
    counted = ~is_phi_block & (opcode[owner] != op.DBG_RECORD)
    constant_ok = _plain_constants(m)
    tag, ref = m.operand_tag, m.operand_ref.astype(xp.int64)
    fixed = xp.where(tag == TAG_ARGUMENT, arguments[xp.where(tag == TAG_ARGUMENT, ref, 0)]
                     if arguments.shape[0] else False,
                     xp.where(tag == TAG_CONSTANT, constant_ok[xp.where(tag == TAG_CONSTANT,
                                                                        ref, 0)],
                              tag == TAG_GLOBAL))
    guaranteed = base.copy()
    for _ in range(_GUARANTEE_DEPTH):  # one level of operands per round
        operand_ok = xp.where(tag == TAG_VALUE, guaranteed[xp.where(tag == TAG_VALUE, ref, 0)],
                              fixed)
        bad = xp.bincount(owner[counted & ~operand_ok], minlength=n)[:n]
        new = base | (quiet & (bad == 0) & (m.inst_operand_count > 0))
        if not bool((new != guaranteed).any()):
            break
        guaranteed = new
    return guaranteed, arguments


def _plain_constants(m: Module) -> Any:
    """Per constant: neither poison nor undef nor an expression."""
    xp = m.xp
    kind = m.constant_kind
    strings = m.host.strings
    texts = xp.unique(m.constant_text[kind == CONST_OTHER]).tolist()
    plain = [int(t >= 0 and _plain_text(strings[int(t)])) for t in texts]
    other = lookup(xp, texts, plain, m.constant_text, 0) == 1
    return (kind == CONST_INT) | ((kind == CONST_OTHER) & other)


def _plain_text(text: str) -> bool:
    return text in ("null", "true", "false", "zeroinitializer") or \
        bool(re.fullmatch(r"-?[0-9][-+.0-9e]*|0x[0-9A-Fa-f]+|0x[KLMHR][0-9A-Fa-f]+", text))


def implies_poison(m: Module, rhs: Any, lhs_tag: Any, lhs_ref: Any, lhs_is_not: Any) -> Any:
    """Per pair k: whether instruction ``rhs[k]`` being poison makes the left
    value poison (LLVM's impliesPoison(RHS, LHS)), where the left value is the
    value (``lhs_tag[k]``, ``lhs_ref[k]``), or ``xor`` of it and ``true`` where
    ``lhs_is_not[k]``.
    Then ``or``/``and`` of the two means the same as the logical select."""
    xp = m.xp
    k = int(rhs.shape[0])
    if k == 0:
        return xp.zeros(0, dtype=bool)
    opcode = m.inst_opcode.astype(xp.int32)
    # values the program could not survive as poison (LLVM's
    # programUndefinedIfPoison, which isGuaranteedNotToBePoison asks at every
    # level): judged for the instructions within its recursion depth of the
    # right-hand side, not for the right-hand side's own block (its rows move)
    reach = _operand_closure(m, rhs.astype(xp.int64), _GUARANTEE_DEPTH)
    undefined = undefined_if_poison(m, xp.full(reach.shape[0], TAG_VALUE, dtype=xp.int32), reach)
    moved_block = xp.zeros(m.block_function.shape[0], dtype=bool)
    moved_block[m.inst_block[rhs]] = True
    seed = xp.zeros(m.n_instructions, dtype=bool)
    seed[reach[undefined & ~moved_block[m.inst_block[reach]]]] = True
    guaranteed, arguments = guaranteed_not_poison(m, seed)
    quiet = quiet_rows(m)
    constant_ok = _plain_constants(m)
    propagates = xp.asarray(_PROPAGATES)[opcode]
    pair = xp.arange(k, dtype=xp.int64)
    shift = 36

    def key(owner: Any, tag: Any, ref: Any) -> Any:
        return (owner * 8 + tag.astype(xp.int64)) << shift | ref.astype(xp.int64)

    def operands_of(owner: Any, rows: Any) -> tuple[Any, Any, Any]:
        """(pair, tag, ref) of every operand of instruction rows[k] (pair owner[k])."""
        which, operand = expand(xp, m.inst_operand_start[rows].astype(xp.int64),
                                m.inst_operand_count[rows].astype(xp.int64))
        selected = (opcode[rows[which]] != op.SELECT) | \
            (operand == m.inst_operand_start[rows[which]])
        keep = selected & (m.operand_tag[operand] != TAG_BLOCK)
        return owner[which][keep], m.operand_tag[operand][keep], m.operand_ref[operand][keep]

    # the values whose poison directly makes the left value poison
    lhs = xp.where(lhs_tag == TAG_VALUE, lhs_ref, 0).astype(xp.int64)
    chain = (lhs_tag == TAG_VALUE) & propagates[lhs]
    level0 = (pair, lhs_tag, lhs_ref)
    p1, t1, r1 = operands_of(pair[chain], lhs[chain])
    is_value1 = t1 == TAG_VALUE
    v1 = xp.where(is_value1, r1, 0).astype(xp.int64)
    go = is_value1 & propagates[v1]
    p2, t2, r2 = operands_of(p1[go], v1[go])
    # with a new xor in front, the left value's chain is one level shorter
    keep2 = ~lhs_is_not[p2]
    implied = xp.sort(xp.concatenate((key(*level0), key(p1, t1, r1),
                                      key(p2[keep2], t2[keep2], r2[keep2]))))

    def direct(owner: Any, tag: Any, ref: Any) -> Any:
        wanted = key(owner, tag, ref)
        position = xp.clip(xp.searchsorted(implied, wanted), 0, implied.shape[0] - 1)
        return implied[position] == wanted

    home = m.inst_block[rhs.astype(xp.int64)].astype(xp.int64)  # B, whose rows move to P

    def sure(owner: Any, tag: Any, ref: Any) -> Any:
        ref = ref.astype(xp.int64)
        value = xp.where(tag == TAG_VALUE, ref, 0)
        argument = xp.where(tag == TAG_ARGUMENT, ref, 0)
        constant = xp.where(tag == TAG_CONSTANT, ref, 0)
        from_argument = arguments[argument] if arguments.shape[0] else xp.zeros_like(tag, bool)
        plain = xp.where(tag == TAG_VALUE, guaranteed[value],
                         xp.where(tag == TAG_ARGUMENT, from_argument,
                                  xp.where(tag == TAG_CONSTANT, constant_ok[constant],
                                           tag == TAG_GLOBAL)))
        # B's rows move to just before P's branch, where nothing else follows to
        # use them: no scan for those (LLVM asks about the copies in P)
        moved = (tag == TAG_VALUE) & (m.inst_block[value] == home[owner])
        return plain | (undefined_if_poison(m, tag, ref) & ~moved)

    def implies(owner: Any, tag: Any, ref: Any, depth: int) -> Any:
        result = sure(owner, tag, ref) | direct(owner, tag, ref)
        if depth >= 2:
            return result
        value = xp.where(tag == TAG_VALUE, ref, 0).astype(xp.int64)
        recurse = (tag == TAG_VALUE) & quiet[value] & ~result
        rows = xp.flatnonzero(recurse)
        if rows.shape[0] == 0:
            return result
        which, operand = expand(xp, m.inst_operand_start[value[rows]].astype(xp.int64),
                                m.inst_operand_count[value[rows]].astype(xp.int64))
        child = implies(owner[rows][which], m.operand_tag[operand], m.operand_ref[operand],
                        depth + 1)
        child |= m.operand_tag[operand] == TAG_BLOCK  # a phi's blocks are no values
        failed = xp.bincount(which[~child], minlength=rows.shape[0])[:rows.shape[0]]
        result[rows] = (failed == 0) & (m.inst_operand_count[value[rows]] > 0)
        return result

    return implies(pair, xp.full(k, TAG_VALUE, dtype=xp.int32), rhs.astype(xp.int64), 0)


def insert_blocks(m: Module, before: Any, names: Any) -> tuple[Module, Any, Any]:
    """New empty blocks, block k just before existing block ``before[k]`` (in
    its function), named ``names[k]``; new blocks before one existing block keep
    their order.  Returns the module, the new row of every old block and the
    rows of the new blocks.  Fill them with ``insert_instructions`` before the
    first row of the block that follows."""
    xp = m.xp
    n_blocks = int(m.block_function.shape[0])
    k = int(before.shape[0])
    if k == 0:
        return m, xp.arange(n_blocks, dtype=xp.int64), xp.zeros(0, dtype=xp.int64)
    key = xp.concatenate((xp.arange(n_blocks, dtype=xp.int64) * 2 + 1,
                          before.astype(xp.int64) * 2)) * (k + 1)
    key[n_blocks:] += xp.arange(k, dtype=xp.int64)
    order = xp.argsort(key)
    index = xp.empty(n_blocks + k, dtype=xp.int64)
    index[order] = xp.arange(n_blocks + k, dtype=xp.int64)
    old, new = index[:n_blocks], index[n_blocks:]
    block_function = xp.concatenate((m.block_function, m.block_function[before]))[order]
    per_function = xp.bincount(block_function,
                               minlength=m.function_name.shape[0]).astype(xp.int32)
    is_block = m.operand_tag == TAG_BLOCK
    m = replace(m, host=with_block_rows(m.host, old))  # the same where no blockaddress
    m = m.with_columns(
        block_function=block_function.astype(m.block_function.dtype),
        block_first_inst=xp.concatenate((m.block_first_inst,
                                         m.block_first_inst[before]))[order],
        block_inst_count=xp.concatenate((m.block_inst_count,
                                         xp.zeros(k, dtype=m.block_inst_count.dtype)))[order],
        block_name=xp.concatenate((m.block_name, names.astype(m.block_name.dtype)))[order],
        inst_block=old[m.inst_block].astype(m.inst_block.dtype),
        operand_ref=xp.where(is_block, old[xp.where(is_block, m.operand_ref, 0)],
                             m.operand_ref).astype(m.operand_ref.dtype),
        function_first_block=exclusive_cumsum(xp, per_function),
        function_block_count=per_function)
    return m, old, new


def fold_single_value_phis(m: Module, blocks: Any) -> tuple[Module, int]:
    """Phis of the masked blocks whose incoming values, besides the phi
    itself, are all one value become that value: what LLVM's
    removePredecessor does (through PHINode::hasConstantValue) to the phis of a
    block that loses an edge, so steps that drop edges call this for the
    blocks that lost them."""
    xp = m.xp
    n = m.n_instructions
    phis = xp.flatnonzero((m.inst_opcode == op.PHI) & blocks[m.inst_block])
    if phis.shape[0] == 0:
        return m, 0
    which, operand = expand(xp, m.inst_operand_start[phis].astype(xp.int64),
                            m.inst_operand_count[phis].astype(xp.int64))
    is_value = (operand - m.inst_operand_start[phis[which]]) % 2 == 0
    which, operand = which[is_value], operand[is_value]
    tag, ref = m.operand_tag[operand], m.operand_ref[operand]
    self_ref = (tag == TAG_VALUE) & (ref == phis[which])
    none = int(m.operand_tag.shape[0])
    first = segment_min(xp, xp.where(self_ref, none, operand), which, int(phis.shape[0]), none)
    has_value = first < none
    reference = xp.minimum(first, none - 1)[which]
    differ = ~self_ref & ~same_values(m, operand, reference)
    bad = xp.bincount(which[differ], minlength=phis.shape[0])[:phis.shape[0]]
    folding = has_value & (bad == 0)
    if not bool(folding.any()):
        return m, 0
    rows = phis[folding]
    value = first[folding]
    # Phis folding into each other around a cycle (each one's only other value
    # is the next) have no value from outside it: they stay.  Chains that end
    # in an outside value resolve through replace_uses' pointer jumping.
    folds = xp.zeros(n, dtype=bool)
    folds[rows] = True
    next_row = xp.full(n, -1, dtype=xp.int64)
    onto = (m.operand_tag[value] == TAG_VALUE) & folds[xp.where(
        m.operand_tag[value] == TAG_VALUE, m.operand_ref[value], 0)]
    next_row[rows[onto]] = m.operand_ref[value[onto]]
    jump = next_row.copy()
    for _ in range(int(rows.shape[0]).bit_length() + 1):  # pointer doubling: log2 rounds
        jump = xp.where((jump >= 0) & (jump[xp.maximum(jump, 0)] >= 0),
                        jump[xp.maximum(jump, 0)], jump)
    in_cycle = (jump[rows] >= 0) & (next_row[xp.maximum(jump[rows], 0)] >= 0)
    if bool(in_cycle.any()):
        rows, value = rows[~in_cycle], value[~in_cycle]
        if rows.shape[0] == 0:
            return m, 0
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = m.operand_tag[value]
    replacement_ref[rows] = m.operand_ref[value]
    m = replace_uses(m, replacement_tag, replacement_ref)
    keep = xp.ones(n, dtype=bool)
    keep[rows] = False
    return delete_instructions(m, keep), int(rows.shape[0])


def phi_entry_lookup(m: Module, phi: Any, block: Any) -> tuple[Any, Any]:
    """For each (phi row, block): whether the phi has an entry for the block,
    and the operand row of the first such entry's value."""
    xp = m.xp
    n_blocks = m.block_function.shape[0]
    owner = m.operand_owner.astype(xp.int64)
    entry = xp.flatnonzero((m.operand_tag == TAG_BLOCK) & (m.inst_opcode[owner] == op.PHI))
    keys = owner[entry] * n_blocks + m.operand_ref[entry]
    order = xp.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    wanted = phi.astype(xp.int64) * n_blocks + block
    position = xp.clip(xp.searchsorted(sorted_keys, wanted), 0, max(keys.shape[0] - 1, 0))
    found = sorted_keys[position] == wanted if keys.shape[0] else xp.zeros_like(wanted, bool)
    return found, entry[order][position] - 1 if keys.shape[0] else wanted


def phis_of(m: Module, blocks: Any) -> tuple[Any, Any]:
    """(index into ``blocks``, phi row) for every phi of each block."""
    xp = m.xp
    n_blocks = m.block_function.shape[0]
    is_phi = m.inst_opcode == op.PHI
    phi_count = xp.bincount(m.inst_block[is_phi], minlength=n_blocks)[:n_blocks]
    return expand(xp, m.block_first_inst[blocks].astype(xp.int64),
                  phi_count[blocks].astype(xp.int64))


def tail_has(m: Module, rows: Any, word: str) -> Any:
    """Per given row: its template's tail (metadata attachments) holds ``word``
    (``!prof``, ``!llvm.loop``); judged once per distinct template."""
    xp = m.xp
    templates = xp.unique(m.inst_template[rows]).tolist()
    marked = [int(t >= 0 and word in m.host.templates[t][-1]) for t in templates]
    return lookup(xp, templates, marked, m.inst_template[rows], 0) == 1


# LLVM's programUndefinedIfPoison scans at most this many instructions.
_SCAN_LIMIT = 31
# Instructions whose operand at a position makes the program undefined when
# it is poison (LLVM's handleGuaranteedNonPoisonOps): a conditional br's or a
# switch's condition (position 0), a load's pointer (0), a store's pointer
# (1), a divisor (1); calls are judged by their text.
_UB_OPERAND = {"br": 0, "switch": 0, "load": 0, "store": 1, "udiv": 1, "sdiv": 1, "urem": 1,
               "srem": 1}
_UB_POSITION = np.array([_UB_OPERAND.get(name, -1) for name in op.OPCODES], dtype=np.int64)
_NOUNDEF_ARGUMENT = re.compile(r"\b(?:noundef|dereferenceable(?:_or_null)?\()")


def undefined_if_poison(m: Module, tag: Any, ref: Any) -> Any:
    """Per queried value (an instruction or an argument): the program would be
    undefined were it poison (LLVM's programUndefinedIfPoison): scanning from
    just after it (from the entry block's start for an argument), through
    blocks reached by ``br label``, at most ``_SCAN_LIMIT`` instructions and no
    further than a call (which may not return), some instruction branches on
    it, or loads or stores through it, divides by it, or passes it as a
    ``noundef`` or ``dereferenceable`` argument, directly or through
    instructions that pass poison on.  One instruction of every scan per step."""
    xp = m.xp
    q = int(tag.shape[0])
    result = xp.zeros(q, dtype=bool)
    is_value = tag == TAG_VALUE
    is_argument = tag == TAG_ARGUMENT
    if q == 0 or not bool((is_value | is_argument).any()):
        return result
    opcode = m.inst_opcode.astype(xp.int32)
    ref = ref.astype(xp.int64)
    alive, row, block = _scan_starts(m, tag, ref)
    if uses_fused_kernels(xp):  # each scan in a thread of one kernel, this code its twin
        return poison_scan_kernel.scan(xp, alive, row, block, tag, ref, poison_scan_tables(m))
    first_block = block.copy()
    ub_position = xp.asarray(_UB_POSITION)
    calls = (opcode == op.CALL) | (opcode == op.OPCODE_ID["invoke"])
    propagates = xp.asarray(_PROPAGATES)[opcode]
    shift = 42
    query = xp.arange(q, dtype=xp.int64)
    tainted = xp.sort((query << shift) | ((tag.astype(xp.int64) << 32) | ref))
    end_of_block, one_successor, successor = _block_exits(m, opcode)
    for _ in range(_SCAN_LIMIT):  # one instruction of every scan per step
        # past a block's end: on to its only successor, after that one's phis
        over = alive & (row >= end_of_block[block])
        go = over & one_successor[block] & (successor[block] != first_block)
        alive &= ~over | go
        block = xp.where(go, successor[block], block)
        row = xp.where(go, m.block_first_inst[block], row).astype(xp.int64)
        # skip phis and debug records
        row = xp.where(alive, _next_non_skipped(m, row, block, end_of_block), row)
        live = xp.flatnonzero(alive & (row < end_of_block[block]))
        if live.shape[0] == 0:
            break
        at = row[live]
        which, operand = expand(xp, m.inst_operand_start[at].astype(xp.int64),
                                m.inst_operand_count[at].astype(xp.int64))
        owner_query = live[which]
        key = (owner_query << shift) | ((m.operand_tag[operand].astype(xp.int64) << 32)
                                        | m.operand_ref[operand].astype(xp.int64))
        spot = xp.clip(xp.searchsorted(tainted, key), 0, tainted.shape[0] - 1)
        hit = (tainted[spot] == key) & (m.operand_tag[operand] != TAG_BLOCK)
        position = operand - m.inst_operand_start[at[which]]
        owner_opcode = opcode[at[which]]
        conditional_br = (owner_opcode == op.BR) & (m.inst_operand_count[at[which]] == 3)
        ub = hit & (((ub_position[owner_opcode] == position)
                     & ((owner_opcode != op.BR) | conditional_br))
                    | (calls[at[which]] & _call_ub_operands(m, at[which], position)))
        undefined = xp.bincount(which[ub], minlength=live.shape[0])[:live.shape[0]] > 0
        result[live[undefined]] = True
        alive[live[undefined]] = False
        passes = xp.bincount(which[hit & propagates[at[which]]],
                             minlength=live.shape[0])[:live.shape[0]] > 0
        new = live[passes & ~undefined]
        if new.shape[0]:
            tainted = xp.sort(xp.concatenate((tainted, (new << shift)
                                              | ((TAG_VALUE << 32) | row[new]))))
        # a call may not return: the scan stops there
        alive[live[calls[at] & ~undefined]] = False
        row = xp.where(alive, row + 1, row)
    return result


def _scan_starts(m: Module, tag: Any, ref: Any) -> tuple[Any, Any, Any]:
    """(scanned at all, first row, its block) of each query's scan: just after
    an instruction, or at the start of an argument's entry block."""
    xp = m.xp
    is_value = tag == TAG_VALUE
    is_argument = tag == TAG_ARGUMENT
    value = xp.where(is_value, ref, 0)
    argument = xp.where(is_argument, ref, 0)
    entry_row = m.block_first_inst[m.function_first_block[m.argument_function[argument]]] \
        if m.argument_function.shape[0] else xp.zeros(tag.shape[0], dtype=xp.int64)
    row = xp.where(is_value, value + 1, entry_row).astype(xp.int64)
    block = xp.where(is_value, m.inst_block[value],
                     m.inst_block[xp.minimum(entry_row, m.n_instructions - 1)]).astype(xp.int64)
    return is_value | is_argument, row, block


def _block_exits(m: Module, opcode: Any) -> tuple[Any, Any, Any]:
    """Per block: (its end row, whether it ends in ``br label``, that label)."""
    xp = m.xp
    end_of_block = (m.block_first_inst + m.block_inst_count).astype(xp.int64)
    term = end_of_block - 1
    one_successor = (opcode[term] == op.BR) & (m.inst_operand_count[term] == 1)
    successor = m.operand_ref[operand_row(m, m.inst_operand_start[term].astype(xp.int64))] \
        .astype(xp.int64)
    return end_of_block, one_successor, successor


def poison_scan_tables(m: Module) -> dict[str, Any]:
    """The module's arrays a scan of ``undefined_if_poison`` reads, by the
    names of poison_scan_kernel.TABLES (per-opcode tables where it can)."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    end_of_block, one_successor, successor = _block_exits(m, opcode)
    is_call = np.zeros(op.N_OPCODES, dtype=bool)
    is_call[[op.CALL, op.OPCODE_ID["invoke"]]] = True
    # each call operand: a noundef or dereferenceable argument, or the callee
    call_operand = xp.flatnonzero(xp.asarray(is_call)[opcode[m.operand_owner]])
    owner = m.operand_owner[call_operand]
    call_ub_operand = xp.zeros(m.operand_tag.shape[0], dtype=bool)
    if call_operand.shape[0]:
        call_ub_operand[call_operand] = _call_ub_operands(
            m, owner, call_operand - m.inst_operand_start[owner])
    return {
        "opcode": opcode, "operand_start": m.inst_operand_start,
        "operand_count": m.inst_operand_count, "operand_tag": m.operand_tag,
        "operand_ref": m.operand_ref, "block_first": m.block_first_inst, "block_end": end_of_block,
        "one_successor": one_successor, "successor": successor,
        "ub_position": xp.asarray(_UB_POSITION), "is_call": xp.asarray(is_call),
        "propagates": xp.asarray(_PROPAGATES), "call_ub_operand": call_ub_operand}


def _next_non_skipped(m: Module, row: Any, block: Any, end_of_block: Any) -> Any:
    """The first row at or after ``row`` in its block that is neither a phi nor
    a debug record (the block's end where none is)."""
    xp = m.xp
    opcode = m.inst_opcode
    kept = xp.flatnonzero((opcode != op.PHI) & (opcode != op.DBG_RECORD)).astype(xp.int64)
    if kept.shape[0] == 0:
        return end_of_block[block]
    position = xp.minimum(xp.searchsorted(kept, row), kept.shape[0] - 1)
    following = xp.where(kept[position] >= row, kept[position], end_of_block[block])
    return xp.minimum(following, end_of_block[block])


def _call_ub_operands(m: Module, rows: Any, hole: Any) -> Any:
    """Per (call row, operand position): the operand is a ``noundef`` or
    ``dereferenceable`` argument of the call or invoke, or its callee (judged
    once per template from the text around the operand, and remembered)."""
    xp = m.xp
    templates = xp.unique(m.inst_template[rows]).tolist()
    memo = _CALL_MARKS.setdefault(m.host.strings, {})
    marks: list[int] = []
    offsets: list[int] = []
    for template in templates:  # distinct call templates reached by the scans
        offsets.append(len(marks))
        if template < 0:
            continue
        if template not in memo:
            pieces = m.host.templates[template]
            found = []
            for at in range(len(pieces) - 1):
                before, after = pieces[at], pieces[at + 1]
                segment = before[max(before.rfind(","), before.rfind("(")) + 1:]
                found.append(int(bool(_NOUNDEF_ARGUMENT.search(segment))
                                 or after.startswith("(")))
            memo[template] = found
        marks.extend(memo[template])
    base = lookup(xp, templates, offsets, m.inst_template[rows], -1)
    table = xp.asarray(marks or [0], dtype=bool)
    index = xp.clip(base + hole, 0, table.shape[0] - 1)
    return (base >= 0) & (m.inst_template[rows] >= 0) & table[index]


# Per string table (one per module's host tables): call template -> marks.
_CALL_MARKS: weakref.WeakKeyDictionary[Any, dict[int, list[int]]] = \
    weakref.WeakKeyDictionary()

def _operand_closure(m: Module, rows: Any, depth: int) -> Any:
    """The instruction rows among ``rows`` and their operands, recursively, to
    ``depth`` levels (distinct, sorted)."""
    xp = m.xp
    found = xp.unique(rows)
    frontier = found
    for _ in range(depth):  # one level of operands per sweep
        _, operand = expand(xp, m.inst_operand_start[frontier].astype(xp.int64),
                                m.inst_operand_count[frontier].astype(xp.int64))
        value = m.operand_tag[operand] == TAG_VALUE
        fresh = xp.unique(m.operand_ref[operand][value].astype(xp.int64))
        position = xp.clip(xp.searchsorted(found, fresh), 0, max(found.shape[0] - 1, 0))
        fresh = fresh[found[position] != fresh] if found.shape[0] else fresh
        if fresh.shape[0] == 0:
            break
        found = xp.unique(xp.concatenate((found, fresh)))
        frontier = fresh
    return found
