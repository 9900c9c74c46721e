"""instcombine: instsimplify plus a table of peephole rewrites, to a fixed point.

Assumes nothing about a value beyond what its own instruction says.  Each
round applies every rule below to every instruction of the module at once
(a rule is a mask over rows and the replacement it picks), then instsimplify's
constant folding; rounds repeat until nothing changes (``max-iterations=N``
bounds them, 1000 by default, a guard against a pair of rules that undo
each other: each round leaves a valid module; ``no-verify-fixpoint`` is
accepted, as the fixpoint here is always reached or the bound says so).

The bit-vector rules are stated in rules.py's table and proved there
(tests/test_rules_proved.py, docs/rules.md), and read from it: the
identities, absorbing and self-inverse rules, double negations, ``select c,
true, false``, ``trunc (ext x)``, range limits, self and boolean compares,
known-nonzero compares, the rules over value ranges, canonical operand
order, the canonical compares against 0 and 1, strength reductions, cast
chains, compares of extensions, narrow compares, negations and their
inversions (the masks come from rules.match and rules.match_families, the
analyses' facts as masks the pass supplies; the in-place targets are
written by rules.apply_in_place).

Replacements (the instruction's uses take another value):

- identity: add x,0 / sub x,0 / mul x,1 / and x,-1 / or x,0 / xor x,0 /
  shl, lshr, ashr x,0 / udiv, sdiv x,1 to x
- idempotent: and x,x and or x,x to x
- absorbing: mul x,0 and and x,0 to 0; or x,-1 to -1; urem, srem x,1 to 0;
  shl, lshr, ashr 0,x to 0
- self-inverse: sub x,x and xor x,x to 0
- double negation: sub 0,(sub 0,x) and xor (xor x,-1),-1 to x
- select: select c, true, false to c (plus instsimplify's constant and equal arms)
- cast chains: trunc (zext x) and trunc (sext x) to x when the types agree
- range limits: icmp ult x,0 / ugt x,MAX / slt x,SMIN / sgt x,SMAX to false,
  their complements to true
- self compare: icmp eq, uge, ule, sge, sle x,x to true; ne, ugt, ult, sgt, slt
  x,x to false
- boolean compare: icmp ne i1 x, false and icmp eq i1 x, true to x
- value ranges (analysis/ranges.py): an icmp whose operands' unsigned ranges
  decide it (signed predicates where both stay on one side of the sign bit,
  or each on its own side) to false or true; and x, C to x when C keeps every bit
  x may have; zext/sext (trunc x) back to x's type to x when x fits the
  narrow type (below its sign bit, for sext), or for sext when x's known sign
  bits (a part of ComputeNumSignBits) reach into the narrow type
- pointers: icmp eq/ne of a pointer into an alloca (inbounds constant GEPs,
  offset inside it) and a global variable to false/true; of two such
  pointers into one alloca, by their offsets; into two allocas, false/true
  where their distance lies inside the lower one
- constant copies: an alloca whose only write is a memcpy of a constant
  global, and that is otherwise only read, reads the global instead
  (transforms/constant_copies.py)
- constant loads: a simple load at a constant offset into a constant global
  with a definitive initializer reads the constant there
  (transforms/constant_loads.py)
- overflow intrinsics: extractvalue of llvm.{u,s}{add,sub,mul}.with.overflow
  of two constants, or of an identity operand (x+0, x-0, x*1, x*0), to the
  known result or flag (transforms/overflow_intrinsics.py)
- known nonzero: icmp eq x, 0 (or null) to false and icmp ne/ugt x, 0 to true
  when x is an or with a nonzero operand, an extension, select or phi of such
  values, an alloca, a global, or an inbounds GEP of such a pointer
- zero-index GEP: getelementptr T, ptr p, 0, ... to p
- phi: all incoming values one value (itself aside) to that value
- stores of loaded values: a store of what a load just read from the same
  pointer, in the same block with no write between, goes
- store to load: a load of the pointer that a store in the same block just
  wrote, as the same type and with no write between, to the stored value;
  a narrower integer load of a stored integer constant to its low bytes
  (little-endian modules)
- conditions from selects: trunc (select c, K1, K2) to i1 and icmp eq/ne
  (select c, K1, K2), K to c, or to a new ``xor c, true``
- write-only allocas: an alloca that is only stored to, memset or memcpy'd
  into (through any GEPs) goes with all its writes (transforms/dead_allocas.py)

In-place rewrites (the instruction changes):

- canonical order: a commutative operator or an icmp with a constant (or a
  global's address) on the left gets it on the right (the predicate swapped); icmp ugt x, 0 is icmp
  ne x, 0, icmp ule x, 0 is icmp eq x, 0, icmp ult x, 1 is icmp eq x, 0 and
  icmp uge x, 1 is icmp ne x, 0
- strength: mul x,2^k to shl x,k; udiv x,2^k to lshr x,k; urem x,2^k to
  and x,2^k-1; sdiv exact x,2^k (below the sign bit) to ashr exact x,k
- unsigned forms (value ranges): sdiv, srem of values below the sign bit to
  udiv, urem; ashr of one to lshr; a signed icmp of two to icmp samesign of
  the unsigned predicate
- cast chains: zext (zext x) and sext (sext x) to one cast of x; sext of a
  zext to a zext; trunc of a zext, sext or trunc to one cast of the first
  source (an extension where it is narrower than the result, else a trunc);
  trunc (and x, C) where C keeps every bit the trunc keeps, and trunc
  (or/xor x, C) where C has none of them, to trunc x
- icmp of extensions: icmp of (zext a), (zext b), with a and b of one type,
  to the icmp of a and b (a signed predicate becoming its unsigned one); any
  icmp of (sext a), (sext b) to the same icmp of a and b
- narrow compares: icmp eq, ne or unsigned of (zext x), any icmp of
  (sext x), and a constant that x's type can hold, to the icmp of x and that
  constant; icmp eq, ne or unsigned
  of (and (zext x), C) and C2, both fitting x's type, to the icmp of
  (and x, C) and C2 in that type (the and used only there)
- phis of operations: a phi whose incoming values are all one cast (from one
  type), one binary operator with one constant operand, or one extractvalue
  (one aggregate type and index), each used only by the phi, becomes the
  operation on a phi of their operands; a phi identical to an earlier one of
  its block is that phi
- rebuilt aggregates: insertvalue (insertvalue poison, (extractvalue A, 0),
  0), (extractvalue A, 1), 1 of a two-field type is A
- narrowed truncations: trunc (B x, y) to T with B used only there computes
  B in the type S its extended operands come from (T no wider than S) where
  every operand is an extension of an S value or a constant (add, sub, mul,
  and, or, xor; shl, lshr/ashr of a zext and ashr of a sext by a constant
  below S's width; udiv, urem of zexts); a trunc of a phi used only there,
  of constants and extensions of T values, is that phi in T; select c,
  (ext x), (ext y) or (ext x) and a constant that fits, the extensions used
  only there, is ext (select c, x, y); a switch on (ext x) whose case values
  all fit x's type switches on x; and (B (zext x), y), C with C fitting x's
  type and B add, sub, mul, and, or or xor is zext (and (B x, trunc y), C)
  (transforms/narrow_masks.py)
- pointer tests: icmp eq/ne (ptrtoint p to i64), 0 to icmp eq/ne p, null
- negations: xor (icmp P a, b), true, the icmp used only there, to the icmp
  with the inverse predicate, and xor (zext (icmp P a, b)), 1 to the zext of
  that icmp; br and select on xor c, true take c and swap
  their targets or arms

New instructions:

- merged stores: two simple stores to one pointer that end the two
  predecessors of a block (each just before its unconditional branch) become
  a phi of the values and one store at the top of that block

Differs from LLVM's pass: ranges instead of known bits and no demanded-bits
reasoning, no
vector rules, no floating point, and new instructions only where listed above
(most of LLVM's canonical forms that need one are not made).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from gpuopt.analysis.cfg import build_cfg
from gpuopt.analysis.dominators import Dominators, dominator_tree
from gpuopt.analysis.memory import pointer_roots, readnone_calls
from gpuopt.analysis.ranges import all_ones, cover, sign_bits, small_constants, value_ranges
from gpuopt.arrays import exclusive_cumsum, expand, lookup, segment_max, segment_min
from gpuopt.diagnostics import UserError
from gpuopt.ir import opcodes as op
from gpuopt.ir.host_facts import remembered
from gpuopt.ir.initializers import split_top_level
from gpuopt.ir.layout import gep_offsets, module_lines, type_layout
from gpuopt.ir.module import (
    CONST_INT,
    CONST_OTHER,
    KIND_INT,
    KIND_PTR,
    NAME_NONE,
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
    append_constants,
    constant_classes,
    delete_instructions,
    insert_instructions,
    operand_row,
    phi_values,
    replace_and_delete,
    replace_uses,
    type_id,
    use_counts,
)
from gpuopt.ir.segments import function_facts
from gpuopt.transforms.constant_copies import replace_constant_copies
from gpuopt.transforms.constant_loads import fold_constant_loads
from gpuopt.transforms.dce import DCE
from gpuopt.transforms.dead_allocas import remove_write_only_allocas
from gpuopt.transforms.debug_values import poison_retyped_debug_uses
from gpuopt.transforms.fold_into_phi import fold_compares_into_phis, fold_operations_into_phis
from gpuopt.transforms.function_subset import (
    FunctionCut,
    changed_functions,
    cut_functions,
    merge_functions,
    worth_cutting,
)
from gpuopt.transforms.instsimplify import _fold_round
from gpuopt.transforms.narrow_masks import narrow_masked_operations
from gpuopt.transforms.overflow_intrinsics import fold_overflow_intrinsics
from gpuopt.transforms.rules import (
    Const,
    Derived,
    Inst,
    Match,
    Operands,
    Path,
    Rule,
    Var,
    apply_in_place,
    by_target,
    families,
    inner_paths,
    match,
    match_families,
    restated,
    rewrite_in_place,
    site_rules,
)

EXTRACTVALUE = op.OPCODE_ID["extractvalue"]
DEFAULT_ROUNDS = 1000  # real modules settle in tens of rounds
INSERTVALUE = op.OPCODE_ID["insertvalue"]


@dataclass(frozen=True)
class InstCombine:
    name: ClassVar[str] = "instcombine"
    llvm_class: ClassVar[str] = "InstCombinePass"
    max_iterations: int = DEFAULT_ROUNDS

    @staticmethod
    def from_params(params: str | None) -> InstCombine:
        limit = DEFAULT_ROUNDS
        for param in filter(None, (params or "").split(";")):
            if param in ("no-verify-fixpoint", "verify-fixpoint"):
                continue
            if param.startswith("max-iterations=") and param[15:].isdigit():
                limit = int(param[15:])
                continue
            raise UserError(f"invalid instcombine pass parameter '{param}'")
        return InstCombine(limit)

    def apply(self, m: Module) -> tuple[Module, dict[str, int]]:
        # After a round, only the functions it changed (or held rewrites back
        # in) can change in the next: a round's result for a function depends
        # on that function, on module-wide facts, and on whether a rule that
        # runs in rounds of its own fired anywhere, which only functions with
        # pending rewrites can make it do.  Later rounds run on a module cut
        # down to those functions, nested cuts as the set shrinks, merged back
        # at the fixpoint.
        cuts: list[FunctionCut] = []
        tree: list[Dominators] = []  # of the module being rounded on: the CFG never changes

        def dominators() -> Dominators:
            if not tree:
                tree.append(dominator_tree(m.xp, build_cfg(m)))
            return tree[0]

        def merged_back(m: Module) -> Module:
            while cuts:
                m = merge_functions(m, cuts.pop())
            tree.clear()
            return m

        combined = folded = removed = erased = 0
        for _ in range(self.max_iterations):  # rounds until no rule fires
            before, facts_before = m, _host_facts(m)
            m, changed, simplified, waiting = _round(m, dominators)
            combined += changed
            folded += simplified
            if changed or simplified:
                if _host_facts(m) != facts_before:  # every function asks again
                    m = merged_back(m)
                    continue
                active = changed_functions(before, m) | waiting
                if bool(active.any()):
                    if worth_cutting(m, active):
                        m, cut = cut_functions(m, active)
                        cuts.append(cut)
                        tree.clear()
                    continue
            # instcombine erases what became trivially dead, as LLVM's does
            # (a dead load no longer keeps an alloca alive)
            m = merged_back(m)
            before = m
            m, dead = DCE().apply(m)
            erased += dead["Number of insts removed"]
            m, allocas = remove_write_only_allocas(m)
            removed += allocas
            if allocas == 0 and dead["Number of insts removed"] == 0:
                break
            active = changed_functions(before, m)
            if worth_cutting(m, active):
                m, cut = cut_functions(m, active)
                cuts.append(cut)
                tree.clear()
        else:  # the bound stopped the rounds: what is dead still goes
            m = merged_back(m)
            m, dead = DCE().apply(m)
            erased += dead["Number of insts removed"]
        return m, {"Number of insts combined": combined,
                   "Number of constant folds": folded,
                   "Number of dead inst eliminated": erased,
                   "Number of write-only allocas removed": removed}


def _round(m: Module, dominators: Callable[[], Dominators]) -> tuple[Module, int, int, Any]:
    """One round of every rule, then instsimplify's folding: the module, the
    number of rewrites, the number of folds, and a mask of the functions whose
    rewrites a rule held back for a later round."""
    m, changed = _rules_round(m)
    m, negations, waiting = _booleans(m)
    m, merged = _merge_stores(m)
    m, extracted = _extract_inserted(m)
    m, copied = replace_constant_copies(m)
    m, loaded = fold_constant_loads(m)
    m, overflows = fold_overflow_intrinsics(m)
    loaded += overflows
    m, masked = narrow_masked_operations(m)
    m, narrowed = _narrow_truncations(m)
    narrowed += masked
    m, narrowed_phis = _narrow_phi_truncations(m)
    m, into_phis = fold_operations_into_phis(m, dominators)
    m, compares_into_phis = fold_compares_into_phis(m)
    into_phis += compares_into_phis
    m, selects = _selects_of_extensions(m)
    m, switches = _narrow_switches(m)
    narrowed += narrowed_phis + selects + switches
    m, stores = _stores_of_loaded_values(m)
    m, nots = _nots_of_extended_compares(m)
    negations += nots
    m, phis = _fold_phi_operations(m)
    m, same_phis = _identical_phis(m)
    m, rebuilt = _rebuilt_aggregates(m)
    changed += negations + merged + extracted + copied + loaded + narrowed + stores \
        + phis + same_phis + rebuilt + into_phis
    m, simplified = _fold_round(m)
    return m, changed, simplified, waiting


def _host_facts(m: Module) -> tuple[int, int]:
    """What a round may add that rules read in every function: types (looked
    up by their text) and module lines (the host tables grow in place)."""
    return len(m.host.type_text), id(m.host.items)


def _rules_round(m: Module) -> tuple[Module, int]:
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    m, rewritten = _rewrite_in_place(m)
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0 = operand_row(m, start)
    index1 = operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0].astype(xp.int32), m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1].astype(xp.int32), m.operand_ref[index1]
    width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
    all_ones = xp.where(width >= 64, -1, (xp.int64(1) << xp.clip(width, 1, 63)) - 1)

    def is_(name: str) -> Any:
        return opcode == op.OPCODE_ID[name]

    # the table's rules (rules.py): per target, the rows that take it
    reads = Operands(m)
    nonzero = _known_nonzero(m)  # (the known-nonzero entries' fact)
    targets = _table_rules(m, opcode, width, nonzero)
    to_operand0 = targets[(0,)]
    to_zero, to_ones = targets["zero"], targets["ones"]
    never, always = targets["false"], targets["true"]
    # (trunc (ext x) to x reads x two operands down, as double negation does)
    trunc_back = targets[(0, 0)] & is_("trunc")
    to_x_of_x = targets[(0, 0)] & ~is_("trunc")
    source = reads.owner((0,))
    predicate = m.inst_predicate.astype(xp.int32)

    def pred(name: str) -> Any:
        return predicate == op.ICMP_ID[name]

    # a pointer known to be nonnull: icmp eq p, null is false; ne and ugt p,
    # null are true (integers: the table's known-nonzero entries)
    globals_nonnull = _globals_nonnull(m)
    nonzero_operand = ((tag0 == TAG_VALUE) & nonzero[xp.where(tag0 == TAG_VALUE, ref0, 0)]) \
        | ((tag0 == TAG_GLOBAL) & globals_nonnull)
    is_null1 = (tag1 == TAG_CONSTANT) & (
        m.constant_text[xp.where(tag1 == TAG_CONSTANT, ref1, 0)] == m.host.strings.intern("null"))
    pointer_compare = is_("icmp") & (m.type_kind[xp.maximum(m.operand_type[index0], 0)]
                                     == KIND_PTR)
    against_zero = nonzero_operand & pointer_compare & is_null1
    # null against a global or an inbounds constant GEP of one (either side)
    is_null0 = (tag0 == TAG_CONSTANT) & (
        m.constant_text[xp.where(tag0 == TAG_CONSTANT, ref0, 0)] == m.host.strings.intern("null"))
    nonnull_constant = _nonnull_constants(m)
    constant0 = (tag0 == TAG_CONSTANT) & nonnull_constant[xp.where(tag0 == TAG_CONSTANT, ref0, 0)]
    constant1 = (tag1 == TAG_CONSTANT) & nonnull_constant[xp.where(tag1 == TAG_CONSTANT, ref1, 0)]
    nonnull1 = (constant1 | (tag1 == TAG_GLOBAL)) & globals_nonnull
    nonnull0 = constant0 & globals_nonnull
    against_zero |= pointer_compare & (pred("eq") | pred("ne")) & (
        (is_null0 & nonnull1) | (nonnull0 & is_null1))
    never |= against_zero & pred("eq")
    always |= against_zero & (pred("ne") | pred("ugt"))
    # value ranges: the rows replaced, by target; and in place the unsigned
    # forms (the rules below hold for both forms) and ext (trunc x) that
    # loses nothing made one cast of x
    m, by_range, in_place, in_place_count = _range_rules(m)
    range_never, range_always = by_range["false"], by_range["true"]
    mask_to_x, ext_of_trunc = by_range[(0,)], by_range[(0, 0)]
    rewritten += in_place_count
    trunc_back &= ~in_place[source]  # (it read the operand a recast row no longer has)
    m, object_never, object_always = _distinct_objects(m)
    range_never |= object_never
    range_always |= object_always
    never |= range_never & ~always
    always |= range_always & ~never
    # zero-index GEP of a local pointer
    zero_gep = (opcode == op.GEP) & ((m.inst_flags & op.FLAG_ZERO_INDICES) != 0)
    m, forward_tag, forward_ref, forward = _store_to_load(m)
    phi_tag, phi_ref, phi_same = _uniform_phis(m)

    replace_with_operand0 = to_operand0 | zero_gep | mask_to_x
    constant_rows = to_zero | to_ones | never | always
    fired = replace_with_operand0 | constant_rows | targets[(1, 1)] | to_x_of_x \
        | trunc_back | forward | phi_same | ext_of_trunc
    count = int(fired.sum()) + rewritten
    if not bool(fired.any()):
        return m, rewritten

    rows = xp.flatnonzero(constant_rows)
    result_type = xp.where(never | always, _i1(m), m.inst_type)[rows]
    value = xp.where((never | always)[rows], always[rows].astype(xp.int64),
                     xp.where(to_ones[rows], -1, 0))
    value = value & xp.where(to_ones[rows], all_ones[rows], -1)
    m, ids = append_constants(m, result_type, xp.full(rows.shape[0], CONST_INT, xp.int8), value)
    replacement_tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(n, dtype=xp.int32)
    replacement_tag[rows] = TAG_CONSTANT
    replacement_ref[rows] = ids
    source_start = reads.row((0, 0))
    choices = [
        (replace_with_operand0, tag0, ref0),
        (targets[(1, 1)], m.operand_tag[reads.row((1, 1))].astype(xp.int32),
         m.operand_ref[reads.row((1, 1))]),
        (to_x_of_x | trunc_back | ext_of_trunc, m.operand_tag[source_start].astype(xp.int32),
         m.operand_ref[source_start]),
        (forward, forward_tag, forward_ref),
        (phi_same, phi_tag, phi_ref),
    ]
    for mask, tag, ref in choices:  # over the rules that reuse an existing value
        hit = mask & (replacement_tag == NO_REPLACEMENT)
        replacement_tag = xp.where(hit, tag, replacement_tag).astype(xp.int32)
        replacement_ref = xp.where(hit, ref, replacement_ref).astype(xp.int32)
    replaced = replacement_tag != NO_REPLACEMENT
    # a value never replaces itself (a phi of only itself is dead code, adce's job)
    self_ref = replaced & (replacement_tag == TAG_VALUE) & (replacement_ref == xp.arange(n))
    replacement_tag = xp.where(self_ref, NO_REPLACEMENT, replacement_tag).astype(xp.int32)
    replaced &= ~self_ref
    m = replace_uses(m, replacement_tag, replacement_ref)
    return delete_instructions(m, ~replaced), count


_ROUND_RULES = site_rules("instcombine._rules_round") \
    + site_rules("instcombine._rules_round (known nonzero)")


def _table_rules(m: Module, opcode: Any, width: Any, nonzero: Any) -> dict[Any, Any]:
    """The masks of _rules_round's table rules, by target: an operand path
    (the rows whose uses take that operand) or a constant ("zero", "ones",
    "false", "true").  Which rows may be a rule's root, and the width its
    constants are read at, depend on the root's opcode: integer binary
    operators of at most 64 bits (their width); selects of i1; any trunc;
    icmp of integers of at most 64 bits against a constant, scalar icmp of
    any two equal operands (the operands' width).  ``nonzero``: the values
    known to be nonzero (_known_nonzero), the fact of the entries that read
    it."""
    xp = m.xp
    targets: dict[Any, Any] = {key: xp.zeros(m.n_instructions, dtype=bool)
                               for key in ((0,), (1, 1), (0, 0), "zero", "ones", "false",
                                           "true")}
    # (only the rows of the rules' root opcodes are read)
    rows = xp.flatnonzero(xp.asarray(_ROUND_ROOTS)[opcode])
    if rows.shape[0] == 0:
        return targets
    reads = Operands(m, rows)
    opcode, width = opcode[rows], width[rows]
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    is_int = (m.type_kind[xp.maximum(m.inst_type[rows], 0)] == KIND_INT) & (width <= 64)
    binary = xp.asarray(op.IS_BINARY)[opcode] & modeled & is_int
    index0 = reads.row((0,))
    operand_width = m.type_width[xp.maximum(m.operand_type[index0], 0)].astype(xp.int64)
    operand_int = (m.type_kind[xp.maximum(m.operand_type[index0], 0)] == KIND_INT) \
        & (operand_width <= 64)
    is_icmp = opcode == op.ICMP
    sites = {  # root class -> (roots, the width constants are read at)
        "binary": (binary, width),
        "select": (modeled & (opcode == op.SELECT) & (width == 1), width),
        "trunc": (opcode == op.TRUNC, width),
        "icmp constant": (is_icmp & operand_int, operand_width),
        # (a scalar compare: the replacing constant is an i1, not a vector)
        "icmp": (is_icmp & modeled & (m.inst_type[rows] == _i1(m)), operand_width),
    }
    facts = {"nonzero": lambda path: (
        (reads.tag(path) == TAG_VALUE) & nonzero[reads.owner(path)])
        | ((reads.tag(path) == TAG_GLOBAL) & _globals_nonnull(m, reads.owner(())))}
    for site, rules in _ROUND_SITES.items():  # five root classes
        roots, site_width = sites[site]
        found = match(reads, rules, site_width, facts)
        hits: dict[Any, Any] = {}  # per target, the site's rules that give it
        for rule in rules:  # over the table, not instructions
            mask = found.masks[rule.name]
            if any(isinstance(p, Const) and p.type == "i1" for p in rule.source.operands):
                mask = mask & (site_width == 1)  # (an i1 constant: a compare of booleans)
            target = rule.target
            key = target.fn if isinstance(target, Derived) \
                else found.paths[rule.name][target.name]  # type: ignore[union-attr]
            hits[key] = hits[key] | mask if key in hits else mask
        for key, mask in hits.items():  # a few targets
            targets[key][rows] |= roots & mask
    return targets


def _round_sites(table: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    """_rules_round's table rules by the root class that admits them."""
    out: dict[str, list[Rule]] = {}
    for rule in table:  # over the table
        name = rule.source.opcode
        if name == "icmp":
            constant = any(isinstance(p, Const) for p in rule.source.operands)
            site = "icmp constant" if constant else "icmp"
        else:
            site = name if name in ("select", "trunc") else "binary"
        out.setdefault(site, []).append(rule)
    return {site: tuple(rules) for site, rules in out.items()}


_ROUND_SITES = _round_sites(_ROUND_RULES)
_ROUND_ROOTS = [name in {rule.source.opcode for rule in _ROUND_RULES} for name in op.OPCODES]


def _in_place_stage(rule: Rule) -> int:
    """The stage of _rewrite_in_place that applies an in-place rule: 0 moves
    a constant right of a variable, 1 compares against a constant, 2 reduces
    a binary operator's strength, 3 reads an operand two levels down."""
    if any(fact.kind == "variable" for fact in rule.pre):
        return 0
    if not any(isinstance(p, Inst) for p in rule.source.operands):
        return 1 if rule.source.opcode == "icmp" else 2
    return 3


def _in_place_stages() -> tuple[tuple[Any, list[bool], Callable[..., Any]], ...]:
    """Per stage: its rule families, the opcodes of its roots, and which of
    those rows it admits (strength: integers above i1; casts: a trunc to an
    integer, as a trunc of vectors keeps its chain)."""
    table = site_rules("instcombine._rewrite_in_place")

    def every(m: Module, opcode: Any, width: Any) -> Any:
        return True

    def strength(m: Module, opcode: Any, width: Any) -> Any:
        return m.xp.asarray(op.IS_MODELED)[opcode] & (width > 1) \
            & (m.type_kind[m.xp.maximum(m.inst_type, 0)] == KIND_INT)

    def casts(m: Module, opcode: Any, width: Any) -> Any:
        return (opcode != op.TRUNC) | (m.type_kind[m.xp.maximum(m.inst_type, 0)] == KIND_INT)

    stages = []
    for stage, admit in enumerate((every, every, strength, casts)):  # four stages
        rules = tuple(rule for rule in table if _in_place_stage(rule) == stage)
        opcodes = {rule.source.opcode for rule in rules}
        stages.append((families(rules), [name in opcodes for name in op.OPCODES], admit))
    return tuple(stages)


_IN_PLACE_STAGES = _in_place_stages()


def _range_rules(m: Module) -> tuple[Module, dict[Any, Any], Any, int]:
    """Rules that read value ranges (analysis/ranges.py), rules.py's
    ``instcombine._range_rules`` entries: an icmp whose operands' ranges
    decide it (false, true); ``and x, C`` where C keeps every bit x may have
    (to x); ``zext``/``sext`` of ``trunc x`` back to x's own type where x fits
    the narrow type (below its sign bit, for ``sext``), or for ``sext``
    where x's sign bits reach into the narrow type (to x; where x has
    another type, one cast of x, in place); ``sdiv``/``srem`` and signed
    ``icmp`` of operands below the sign bit to ``udiv``/``urem`` and ``icmp
    samesign`` of the unsigned predicate, and ``ashr`` of one to ``lshr`` (in
    place).  Returns the module with the in-place rewrites made, the other
    rows by target (an operand path, or "false"/"true"), the mask of the rows
    rewritten in place, and their count."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    # the rows these rules are about (every rule starts from one of these opcodes)
    rows = xp.flatnonzero(xp.asarray(_RANGE_ROOTS)[opcode])
    reads = Operands(m, rows)
    opcode = opcode[rows]
    width = reads.width((0,))
    operand_type = xp.maximum(m.operand_type[reads.row((0,))], 0)
    is_int = (m.type_kind[operand_type] == KIND_INT) & (width >= 1) & (width <= 64)
    # which rows may be roots: integer compares and operators, any extension
    modeled = xp.asarray(op.IS_MODELED)[opcode]
    roots = (is_int & (modeled | (opcode == op.ICMP))) | (opcode == op.ZEXT) \
        | (opcode == op.SEXT)
    found = match_families(reads, _RANGE_FAMILIES, width, _range_facts(m, reads),
                           exclusive=False)
    # (the rules that replace the row, by target)
    targets = {key: mask & roots for key, mask in by_target(_RANGE_FAMILIES, found).items()}
    # (a compare its ranges decide is replaced, not rewritten)
    admitted = roots & ~(targets["false"] | targets["true"])
    chosen = Match({f.rules[0].name: found.masks[f.rules[0].name] & admitted
                    for f in _RANGE_IN_PLACE}, found.paths)
    rewritten = _any_mask(xp, chosen, rows.shape[0])
    m, _ = apply_in_place(reads, _RANGE_IN_PLACE, chosen, width)

    def every(mask: Any) -> Any:
        out = xp.zeros(m.n_instructions, dtype=bool)
        out[rows] = mask
        return out

    return m, {key: every(mask) for key, mask in targets.items()}, every(rewritten), \
        int(rewritten.sum())


def _range_facts(m: Module, reads: Operands) -> dict[str, Callable[..., Any]]:
    """The facts of _range_rules' entries (rules.FACTS) over the rows of
    ``reads``, from value ranges and sign bits: an operand's range is its
    constant's value, or its instruction's range where the analysis knows
    one."""
    xp = m.xp
    u64 = xp.uint64
    known, low, high = value_ranges(m)

    def bounds(path: Path) -> tuple[Any, Any, Any]:
        def make() -> tuple[Any, Any, Any]:
            constant, value = reads.constant(path)
            value = value.astype(u64)
            row = reads.owner(path)
            from_value = (reads.tag(path) == TAG_VALUE) & known[row]
            return (constant | from_value,
                    xp.where(constant, value, xp.where(from_value, low[row], u64(0))),
                    xp.where(constant, value, xp.where(from_value, high[row],
                                                       all_ones(xp, reads.width(path)))))
        result: tuple[Any, Any, Any] = reads.memo(("bounds", path), make)
        return result

    def sign(width: Any) -> Any:
        return u64(1) << xp.clip(width - 1, 0, 63).astype(u64)

    def value_range(path: Path) -> tuple[Any, tuple[Any, Any]]:
        has, lo, hi = bounds(path)
        return has, (lo, hi)

    def bits_within(path: Path, constant: Path) -> Any:
        value = reads.constant(constant)[1].astype(u64)
        return (cover(xp, bounds(path)[2]) & ~value & all_ones(xp, reads.width(path))) == 0

    def narrow_source(path: Path) -> tuple[Any, Any]:
        """Whether x (an instruction's result) is known, and its high, also
        where x is an and with a small constant mask (at most the mask)."""
        def make() -> tuple[Any, Any]:
            is_value, source = reads.tag(path) == TAG_VALUE, reads.owner(path)
            source_high = xp.where(known[source], high[source], ~u64(0))
            mask_tag = reads.tag(path + (1,))
            mask_ref = xp.where(mask_tag == TAG_CONSTANT, reads.ref(path + (1,)), 0)
            small, small_value = small_constants(m)
            masked = reads.has_opcode(path, "and") & (mask_tag == TAG_CONSTANT) \
                & small[mask_ref]
            source_high = xp.where(masked, xp.minimum(source_high,
                                                      small_value[mask_ref].astype(u64)),
                                   source_high)
            typed = m.operand_type[reads.row(path)] >= 0
            return is_value & (known[source] | masked) & typed, source_high
        result: tuple[Any, Any] = reads.memo(("narrow source", path), make)
        return result

    def fits(path: Path, narrow: Any) -> Any:
        has, source_high = narrow_source(path)
        return has & (source_high <= all_ones(xp, narrow))

    def fits_pos(path: Path, narrow: Any) -> Any:
        return fits(path, narrow) & (narrow_source(path)[1] < sign(narrow))

    def sign_ext(path: Path, narrow: Any) -> Any:
        # (the sign-bit analysis runs only where some sext of a trunc reads it)
        if not bool((reads.has_opcode((), "sext") & reads.has_opcode((0,), "trunc")).any()):
            return xp.zeros(narrow.shape[0], dtype=bool)
        typed = m.operand_type[reads.row(path)] >= 0
        return (reads.tag(path) == TAG_VALUE) & typed \
            & (sign_bits(m, known, high)[reads.owner(path)] > reads.width(path) - narrow)

    return {
        "range": value_range,
        "nonneg": lambda path: bounds(path)[2] < sign(reads.width(path)),
        "neg": lambda path: bounds(path)[1] >= sign(reads.width(path)),
        "bits_within": bits_within,
        "fits": fits,
        "fits_pos": fits_pos,
        "sign_ext": sign_ext,
    }


_RANGE_RULES = site_rules("instcombine._range_rules")
_RANGE_FAMILIES = families(_RANGE_RULES)
_RANGE_IN_PLACE = tuple(f for f in _RANGE_FAMILIES if isinstance(f.rules[0].target, Inst))
_RANGE_ROOTS = [name in {rule.source.opcode for rule in _RANGE_RULES} for name in op.OPCODES]


def _booleans(m: Module) -> tuple[Module, int, Any]:
    """Conditions made from selects of constants, and negations (the module,
    the count, and a mask of the functions holding rewrites that waited, as
    the parts below run in rounds of their own across the whole module):

    - trunc (select c, K1, K2) to i1 and icmp eq/ne (select c, K1, K2), K, with
      constant arms, are c when the arms map to true, false; when they map to
      false, true they become a new ``xor i1 c, true`` (LLVM's FoldOpIntoSelect
      and its canonical not);
    - xor (icmp P a, b), true with the compare used only there is the compare
      with the inverse predicate;
    - br (xor c, true), A, B is br c, B, A; select (xor c, true), A, B is
      select c, B, A.
    """
    xp = m.xp
    n = m.n_instructions
    none_waiting = xp.zeros(m.function_name.shape[0], dtype=bool)
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0, none_waiting
    opcode, start, tag0, ref0, tag1, ref1 = _first_operands(m)
    i1 = _i1(m)

    # -- not-conditions: xor c, true ---------------------------------------------
    c1, v1 = _int_constant(m, tag1, ref1)
    is_not = (opcode == op.XOR) & (m.inst_type == i1) & c1 & (v1 & 1 == 1) & (tag0 == TAG_VALUE)
    negated = xp.where(is_not, ref0, 0)  # the c of each not
    uses = use_counts(m)
    # br (not c), A, B: take c and swap the targets
    branches = xp.flatnonzero((opcode == op.BR) & (m.inst_operand_count == 3))
    flip_branches = branches[is_not[xp.where(tag0[branches] == TAG_VALUE, ref0[branches], 0)]
                             & (tag0[branches] == TAG_VALUE)]
    # select (not c), A, B: select c, B, A (rules.py's table)
    selects = xp.flatnonzero(opcode == op.SELECT)
    select_reads = Operands(m, selects)
    select_width = xp.zeros(selects.shape[0], dtype=xp.int64)  # (no property reads it)
    flips = match_families(select_reads, _FLIPS, select_width)
    flip_selects = selects[_any_mask(xp, flips, selects.shape[0])]
    # xor (icmp P x, y), true with the icmp used only by it: the icmp with the
    # inverse predicate (rules.py's table; in a round of its own: a flip
    # gives the icmp another use)
    nots = xp.flatnonzero(opcode == op.XOR)
    not_reads = Operands(m, nots)
    not_width = xp.zeros(nots.shape[0], dtype=xp.int64)
    inversions = match_families(not_reads, _INVERSIONS, not_width)
    may_invert = xp.zeros(n, dtype=bool)
    may_invert[nots] = _any_mask(xp, inversions, nots.shape[0]) \
        & (uses[not_reads.owner((0,))] == 1)
    # Each function decides for itself (its output must not depend on the
    # other functions of a batch): one with a flip inverts nothing this round,
    # and one with negations takes no conditions from selects this round.
    n_functions = none_waiting.shape[0]
    flip_rows = xp.concatenate((flip_branches, flip_selects))
    flipping = xp.bincount(m.inst_function[flip_rows], minlength=n_functions) > 0
    invert = may_invert & ~flipping[m.inst_function]
    busy = flipping | (xp.bincount(m.inst_function[invert], minlength=n_functions) > 0)
    count = int(flip_rows.shape[0]) + int(invert.sum())
    if count:
        # what waits for a round without negations, in the functions with
        # some: inversions held back by flips, and conditions from selects (a
        # superset of them: any trunc or icmp of a select)
        of_any_select = (tag0 == TAG_VALUE) & (opcode[xp.where(tag0 == TAG_VALUE, ref0, 0)]
                                               == op.SELECT) \
            & ((opcode == op.TRUNC) | (opcode == op.ICMP))
        waits = (of_any_select | (may_invert & ~invert)) & busy[m.inst_function]
        waiting = xp.bincount(m.inst_function[waits], minlength=n_functions) > 0
        operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
        condition = start[flip_branches]
        operand_ref[condition] = negated[m.operand_ref[condition]]
        a, b = start[flip_branches] + 1, start[flip_branches] + 2
        operand_tag[a], operand_tag[b] = m.operand_tag[b], m.operand_tag[a]
        operand_ref[a], operand_ref[b] = m.operand_ref[b], m.operand_ref[a]
        m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref)
        m, _ = apply_in_place(select_reads, _FLIPS, flips, select_width, into=m)
        # each inverted xor's icmp takes the target, and the xor's uses
        held = invert[nots]
        inversions = Match({k: mask & held for k, mask in inversions.masks.items()},
                           inversions.paths)
        m, _ = apply_in_place(not_reads, _INVERSIONS, inversions, not_width, (0,), into=m)
        rows = xp.flatnonzero(invert)
        m = replace_and_delete(m, rows, xp.full(rows.shape[0], TAG_VALUE), negated[rows])
        if bool(busy.all()):
            return m, count, waiting
        # the other functions: conditions from selects, on the module as it now is
        m, selects = _select_conditions(m, ~busy)
        return m, count + selects, waiting
    m, selects = _select_conditions(m, ~busy)
    return m, selects, none_waiting


_BOOLEAN_RULES = site_rules("instcombine._booleans")
_CONDITIONS = tuple(rule for rule in _BOOLEAN_RULES if rule.source.opcode in ("trunc", "icmp"))
_FLIPS = families(tuple(rule for rule in _BOOLEAN_RULES if rule.source.opcode == "select"))
_INVERSIONS = families(tuple(rule for rule in _BOOLEAN_RULES if rule.source.opcode == "xor"),
                       (0,))


def _any_mask(xp: Any, found: Match, n: int) -> Any:
    """The roots that some family of ``found`` matched."""
    mask = xp.zeros(n, dtype=bool)
    for family_mask in found.masks.values():  # a few families
        mask |= family_mask
    return mask


def _first_operands(m: Module) -> tuple[Any, Any, Any, Any, Any, Any]:
    """(opcode, operand start, tag and ref of operand 0, of operand 1) per row."""
    xp = m.xp
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    return (m.inst_opcode.astype(xp.int32), start, m.operand_tag[index0], m.operand_ref[index0],
            m.operand_tag[index1], m.operand_ref[index1])


def _int_constant(m: Module, tag: Any, ref: Any) -> tuple[Any, Any]:
    """(an integer constant, its value) of operands (tag, ref)."""
    safe = m.xp.where(tag == TAG_CONSTANT, ref, 0)
    return (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT), m.constant_value[safe]


def _select_conditions(m: Module, free: Any) -> tuple[Module, int]:
    """Conditions from selects of constants (see ``_booleans``) in the
    functions marked ``free`` (rules.py's table: a target c takes the
    root's uses, a target xor c, true is a new instruction that does)."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    i1 = _i1(m)
    uses = use_counts(m)
    roots = xp.flatnonzero(((opcode == op.TRUNC) & (m.inst_type == i1)) | (opcode == op.ICMP))
    reads = Operands(m, roots)
    found = match(reads, _CONDITIONS, xp.zeros(roots.shape[0], dtype=xp.int64))
    # (a dead root would fire again every round)
    live = (uses[roots] > 0) & free[m.inst_function[roots]]
    same, negate = xp.zeros(n, dtype=bool), xp.zeros(n, dtype=bool)
    for rule in _CONDITIONS:  # over the table's six
        taken = same if isinstance(rule.target, Var) else negate
        taken[roots] |= found.masks[rule.name] & live
    # the row of c, the select's first operand (where every rule binds it)
    assert {found.paths[rule.name]["c"] for rule in _CONDITIONS} == {(0, 0)}
    condition_row = xp.zeros(n, dtype=xp.int64)
    condition_row[roots] = reads.row((0, 0))
    count = int(same.sum()) + int(negate.sum())
    if count == 0:
        return m, 0
    rows = xp.flatnonzero(same)
    m = replace_uses(m, *_replacement(m, rows, m.operand_tag[condition_row[rows]],
                                      m.operand_ref[condition_row[rows]]))
    # not c: the target, a new instruction before the root, whose uses it takes
    rows = xp.flatnonzero(negate)
    k = int(rows.shape[0])
    if k:
        assert {rule.target for rule in _CONDITIONS if not isinstance(rule.target, Var)} \
            == {Inst("xor", (Var("c", "i1"), Derived("true", type="i1")), type="i1")}
        m, true = append_constants(m, xp.full(1, i1), xp.full(1, CONST_INT), xp.ones(1))
        new = {"inst_opcode": xp.full(k, op.XOR), "inst_type": xp.full(k, i1),
               "inst_aux_type": xp.full(k, -1),
               "inst_shape": xp.full(k, m.host.strings.intern("xor i1 \0, \0")),
               "inst_block": m.inst_block[rows], "inst_function": m.inst_function[rows],
               "inst_flags": xp.zeros(k), "inst_predicate": xp.full(k, -1),
               "inst_name": xp.full(k, NAME_NUMBERED), "inst_template": xp.full(k, -1)}
        operand_owner = xp.repeat(xp.arange(k), 2)
        operand_tag = xp.stack((m.operand_tag[condition_row[rows]].astype(xp.int64),
                                xp.full(k, TAG_CONSTANT)), axis=1).reshape(-1)
        operand_ref = xp.stack((m.operand_ref[condition_row[rows]].astype(xp.int64),
                                xp.full(k, int(true[0]))), axis=1).reshape(-1)
        m, index = insert_instructions(m, rows, new, operand_owner, operand_tag, operand_ref,
                                       xp.full(2 * k, i1))
        m = replace_uses(m, *_replacement(m, index[rows], xp.full(k, TAG_VALUE), index[n:]))
    return m, count


def _extract_inserted(m: Module) -> tuple[Module, int]:
    """extractvalue (insertvalue A, v, I), J: v when J is I; when I and J are
    different single indices, the extractvalue reads A instead (in place), so
    chains of inserts resolve over rounds.  Both instructions are opaque rows:
    which of their parts are operands and their index lists come from their
    shape texts, read once per distinct shape.  Only local values (operands)
    are forwarded."""
    xp = m.xp
    opcode = m.inst_opcode
    extracts = xp.flatnonzero((opcode == op.OPCODE_ID["extractvalue"])
                              & (m.inst_operand_count == 1))
    if extracts.shape[0] == 0:
        return m, 0
    start = m.inst_operand_start
    source_tag, source = m.operand_tag[start[extracts]], m.operand_ref[start[extracts]]
    of_insert = (source_tag == TAG_VALUE) & (
        opcode[xp.where(source_tag == TAG_VALUE, source, 0)] == op.OPCODE_ID["insertvalue"])
    extracts, source = extracts[of_insert], source[of_insert]
    if extracts.shape[0] == 0:
        return m, 0
    strings = m.host.strings
    shapes = xp.unique(xp.concatenate((m.inst_shape[extracts], m.inst_shape[source]))).tolist()
    # per shape: index-list id, whether it is a single index, and for an
    # insertvalue whether its aggregate and its value are operands (holes)
    table: dict[str, list[int]] = {"indices": [], "single": [], "aggregate": [], "value": []}
    for shape in shapes:  # distinct shapes, not instructions
        text = strings.items[shape]
        items = split_top_level(text.split(" ", 1)[1] if " " in text else "")
        inserting = text.startswith("insertvalue")
        indices = items[2:] if inserting else items[1:]
        table["indices"].append(strings.intern(", ".join(indices)))
        table["single"].append(int(len(indices) == 1))
        table["aggregate"].append(int(bool(items) and items[0].endswith("\0")))
        table["value"].append(int(inserting and len(items) > 1 and items[1].endswith("\0")))
    def column(name: str, rows: Any) -> Any:
        return lookup(xp, shapes, table[name], m.inst_shape[rows])

    same = column("indices", extracts) == column("indices", source)
    aggregate_hole = column("aggregate", source) == 1
    value_hole = column("value", source) == 1
    # the inserted value is the insert's first operand, or its second after
    # an aggregate operand
    value_row = start[source] + aggregate_hole.astype(xp.int64)
    # (a replaced extractvalue stays until DCE: only one still used counts)
    take_value = same & value_hole & (use_counts(m)[extracts] > 0)
    aggregate_tag = m.operand_tag[start[source]]
    aggregate_ref = m.operand_ref[start[source]]
    # (an insert into itself, possible in unreachable code, would loop)
    look_through = ~same & aggregate_hole & (column("single", extracts) == 1) \
        & (column("single", source) == 1) \
        & ~((aggregate_tag == TAG_VALUE) & (aggregate_ref == source))
    count = int(take_value.sum()) + int(look_through.sum())
    if count == 0:
        return m, 0
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    rows = start[extracts[look_through]]
    operand_tag[rows] = m.operand_tag[start[source[look_through]]]
    operand_ref[rows] = m.operand_ref[start[source[look_through]]]
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref)
    rows = extracts[take_value]
    m = replace_uses(m, *_replacement(m, rows, m.operand_tag[value_row[take_value]],
                                      m.operand_ref[value_row[take_value]]))
    return m, count


def _merge_stores(m: Module) -> tuple[Module, int]:
    """Two simple stores of one type to one pointer, each just before the
    unconditional branch that ends one of the two predecessors of a block,
    become a phi of the stored values and one store after that block's phis
    (LLVM's mergeStoreIntoSuccessor).  A load there then reads the phi."""
    xp = m.xp
    n = m.n_instructions
    if n == 0:
        return m, 0
    cfg = build_cfg(m)
    joins = xp.flatnonzero((cfg.predecessor_count == 2) & ~cfg.entry)
    if joins.shape[0] == 0:
        return m, 0
    first_edge = cfg.predecessor_edge[cfg.predecessor_start[joins]]
    second_edge = cfg.predecessor_edge[cfg.predecessor_start[joins] + 1]
    left, right = cfg.edge_source[first_edge], cfg.edge_source[second_edge]
    ends = m.block_first_inst + m.block_inst_count - 1  # each block's terminator

    def store_before_branch(block: Any) -> tuple[Any, Any]:
        terminator = ends[block]
        store = xp.maximum(terminator - 1, 0)
        ok = (cfg.successor_count[block] == 1) & (m.inst_opcode[terminator] == op.BR) \
            & (m.block_inst_count[block] >= 2) & (m.inst_opcode[store] == op.STORE) \
            & ((m.inst_flags[store] & op.FLAG_ORDERED) == 0)
        return ok, store

    left_ok, left_store = store_before_branch(left)
    right_ok, right_store = store_before_branch(right)
    start = m.inst_operand_start
    if m.operand_tag.shape[0] < 2:
        return m, 0
    # operands 0 and 1 of each candidate; a row that is not a store may have
    # fewer, so its reads are kept in bounds (the test below drops it anyway)
    last = m.operand_tag.shape[0] - 1
    left_value, right_value = xp.minimum(start[left_store], last), \
        xp.minimum(start[right_store], last)
    left_pointer, right_pointer = xp.minimum(left_value + 1, last), \
        xp.minimum(right_value + 1, last)
    same = left_ok & right_ok & (left != right) \
        & (m.inst_shape[left_store] == m.inst_shape[right_store]) \
        & (m.operand_tag[left_pointer] == m.operand_tag[right_pointer]) \
        & (m.operand_ref[left_pointer] == m.operand_ref[right_pointer]) \
        & (m.operand_type[left_value] == m.operand_type[right_value])
    rows = xp.flatnonzero(same)
    k = int(rows.shape[0])
    if k == 0:
        return m, 0
    joins, left, right = joins[rows], left[rows], right[rows]
    left_store, right_store = left_store[rows], right_store[rows]
    value_type = m.operand_type[start[left_store]]
    m, label = type_id(m, "label")
    m, void = type_id(m, "void")
    # the new store's text: the first store's, its trailing attachments dropped
    strings = m.host.strings
    shapes = xp.unique(m.inst_shape[left_store]).tolist()
    template_of = {}
    for shape in shapes:  # distinct store texts, not instructions
        template_of[shape] = len(m.host.templates)
        m.host.templates.append(strings.items[shape].split("\0"))
    store_template = lookup(xp, shapes, [template_of[s] for s in shapes],
                            m.inst_shape[left_store])
    phis_on_top = xp.bincount(m.inst_block[m.inst_opcode == op.PHI],
                              minlength=m.block_function.shape[0])[joins]
    first = m.block_first_inst[joins]
    new = {"inst_opcode": xp.concatenate((xp.full(k, op.PHI), xp.full(k, op.STORE))),
           "inst_type": xp.concatenate((value_type, xp.full(k, void))),
           "inst_aux_type": xp.full(2 * k, -1),
           "inst_shape": xp.concatenate((xp.full(k, strings.intern("phi")),
                                         m.inst_shape[left_store])),
           "inst_block": xp.tile(joins, 2), "inst_function": xp.tile(m.block_function[joins], 2),
           "inst_flags": xp.zeros(2 * k), "inst_predicate": xp.full(2 * k, -1),
           "inst_name": xp.concatenate((xp.full(k, NAME_NUMBERED), xp.full(k, NAME_NONE))),
           "inst_template": xp.concatenate((xp.full(k, -1), store_template))}
    number = xp.arange(k)
    owner = xp.concatenate((number, number, number, number, k + number, k + number))
    left_tag = m.operand_tag[start[left_store]].astype(xp.int64)
    left_ref = m.operand_ref[start[left_store]].astype(xp.int64)
    right_tag = m.operand_tag[start[right_store]].astype(xp.int64)
    right_ref = m.operand_ref[start[right_store]].astype(xp.int64)
    block_tag = xp.full(k, TAG_BLOCK)
    tag = xp.concatenate((left_tag, block_tag, right_tag, block_tag, xp.full(k, TAG_VALUE),
                          m.operand_tag[start[left_store] + 1].astype(xp.int64)))
    ref = xp.concatenate((left_ref, left, right_ref, right, n + number,
                          m.operand_ref[start[left_store] + 1].astype(xp.int64)))
    types = xp.concatenate((value_type, xp.full(k, label), value_type, xp.full(k, label),
                            value_type, m.operand_type[start[left_store] + 1]))
    m, index = insert_instructions(m, xp.concatenate((first, first + phis_on_top)), new,
                                   owner, tag, ref, types)
    keep = xp.ones(n + 2 * k, dtype=bool)
    keep[index[xp.concatenate((left_store, right_store))]] = False
    return delete_instructions(m, keep), k


def _replacement(m: Module, rows: Any, tag: Any, ref: Any) -> tuple[Any, Any]:
    """The (tag, ref) replacement map that sends ``rows`` to (tag, ref)."""
    xp = m.xp
    replacement_tag = xp.full(m.n_instructions, NO_REPLACEMENT, dtype=xp.int32)
    replacement_ref = xp.zeros(m.n_instructions, dtype=xp.int32)
    replacement_tag[rows] = tag
    replacement_ref[rows] = ref
    return replacement_tag, replacement_ref


def _i1(m: Module) -> int:
    return m.host.type_text.index("i1") if "i1" in m.host.type_text else -1


def _rewrite_in_place(m: Module) -> tuple[Module, int]:
    """rules.py's in-place rules in four stages, each on the module the one
    before left (a swapped compare may then be a canonical one): constants
    to the right, compares against 0 and 1, strength reduction by 2^k, cast
    chains and compares of extensions; then narrow and pointer compares."""
    count = 0
    for group, roots, admit in _IN_PLACE_STAGES:  # four stages
        xp = m.xp
        opcode = m.inst_opcode.astype(xp.int32)
        width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)
        rows = xp.flatnonzero(xp.asarray(roots)[opcode] & admit(m, opcode, width))
        if rows.shape[0]:
            m, rewritten = rewrite_in_place(Operands(m, rows), group, width[rows])
            count += rewritten
    m, count = _narrow_compares(m, count)
    m, count = _narrow_masked_compares(m, count)
    return _pointer_compares(m, count)


def _pointer_compares(m: Module, count: int) -> tuple[Module, int]:
    """icmp eq/ne (ptrtoint p to iN), 0 becomes icmp eq/ne ptr p, null (N >= 64,
    so that the integer holds the whole pointer)."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    source = xp.where(tag0 == TAG_VALUE, ref0, 0)
    pointer_row = operand_row(m, start[source])
    pointer_tag, pointer_ref = m.operand_tag[pointer_row], m.operand_ref[pointer_row]
    # (a module whose functions take no arguments has an empty argument table)
    argument_type = xp.concatenate((m.argument_type, xp.full(1, -1, m.argument_type.dtype)))
    pointer_type = xp.where(
        pointer_tag == TAG_VALUE, m.inst_type[xp.where(pointer_tag == TAG_VALUE, pointer_ref, 0)],
        xp.where(pointer_tag == TAG_ARGUMENT,
                 argument_type[xp.where(pointer_tag == TAG_ARGUMENT, pointer_ref, -1)], -1))
    # where the pointer's own row has no type (a call, an extractvalue), the
    # ptrtoint's text names it: ``ptrtoint ptr \0 to iN``
    ptr_id = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -1
    casts = xp.unique(m.inst_shape[opcode == op.PTRTOINT]).tolist()
    plain = [int(m.host.strings.items[int(shape)].startswith("ptrtoint ptr \0"))
             if shape >= 0 else 0 for shape in casts]
    from_plain = lookup(xp, casts, plain, m.inst_shape[source], 0) == 1
    pointer_type = xp.where((pointer_type < 0) & from_plain, ptr_id, pointer_type)
    safe1 = xp.where(tag1 == TAG_CONSTANT, ref1, 0)
    predicate = m.inst_predicate.astype(xp.int32)
    rows = xp.flatnonzero(
        (opcode == op.ICMP) & ((predicate == op.ICMP_ID["eq"]) | (predicate == op.ICMP_ID["ne"]))
        & (tag0 == TAG_VALUE) & (opcode[source] == op.PTRTOINT)
        & (m.inst_operand_count[source] == 1) & (pointer_type >= 0)
        & (m.type_width[xp.maximum(m.operand_type[index0], 0)] >= 64)
        & (tag1 == TAG_CONSTANT) & (m.constant_kind[safe1] == CONST_INT)
        & (m.constant_value[safe1] == 0))
    if rows.shape[0] == 0:
        return m, count
    ptr = m.host.type_text.index("ptr") if "ptr" in m.host.type_text else -1
    rows = rows[pointer_type[rows] == ptr]
    if rows.shape[0] == 0:
        return m, count
    m, null = append_constants(m, xp.full(1, ptr), xp.full(1, CONST_OTHER), xp.zeros(1),
                               text="null")
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    a, b = start[rows], start[rows] + 1
    operand_tag[a] = pointer_tag[rows]
    operand_ref[a] = pointer_ref[rows]
    operand_type[a] = ptr
    operand_tag[b] = TAG_CONSTANT
    operand_ref[b] = null[0]
    operand_type[b] = ptr
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type)
    return m, count + int(rows.shape[0])


def _narrow_truncations(m: Module) -> tuple[Module, int]:
    """trunc (B x, y) to T, where B is used only there, computes B in a
    narrower type S instead (part of LLVM's canEvaluateTruncated): S is the
    type that B's extended operands come from, T no wider than S.  For add,
    sub, mul, and, or and xor every operand is an extension of an S value or
    a constant (the low bits of the result need no more); shl by a constant
    below S's width needs that of its first operand only; lshr (and ashr of
    a zext) by such a constant needs a zext of an S value first, ashr a sext;
    udiv and urem need zexts of S values (or a constant that fits S).  B
    takes type S and the narrow operands (constants truncated), becomes
    lshr where it was an ashr of a zext, and loses nuw/nsw/exact; the
    trunc's uses take B where S is T, else the trunc reads B from S."""
    xp = m.xp
    n = m.n_instructions
    if n == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    tag0, ref0 = m.operand_tag[operand_row(m, start)], m.operand_ref[operand_row(m, start)]
    inner = xp.where(tag0 == TAG_VALUE, ref0, 0)
    result_type = m.inst_type
    result_width = m.type_width[xp.maximum(result_type, 0)].astype(xp.int64)
    candidate = (opcode == op.TRUNC) & (tag0 == TAG_VALUE) & (result_type >= 0) \
        & (m.type_kind[xp.maximum(result_type, 0)] == KIND_INT)
    inner_op = opcode[inner]
    inner_start = start[inner]
    uses = use_counts(m)

    def operand(k: int) -> tuple[Any, Any, Any, Any, Any]:
        """Operand k of the inner instruction: (an extension, its opcode, the
        type it extends from, a constant, the constant's value)."""
        row = operand_row(m, inner_start, k)
        tag, ref = m.operand_tag[row], m.operand_ref[row]
        value = xp.where(tag == TAG_VALUE, ref, 0)
        extension = (tag == TAG_VALUE) & ((opcode[value] == op.ZEXT) | (opcode[value] == op.SEXT))
        source_type = m.operand_type[operand_row(m, start[value])]
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
        return extension, opcode[value], source_type, constant, m.constant_value[safe]

    ext0, ext_op0, from0, const0, _ = operand(0)
    ext1, ext_op1, from1, const1, value1 = operand(1)
    # S: the type the extended operands come from (both, where both are)
    narrow_type = xp.where(ext0, from0, from1)
    narrow_width = m.type_width[xp.maximum(narrow_type, 0)].astype(xp.int64)
    wide_width = m.type_width[xp.maximum(m.inst_type[inner], 0)].astype(xp.int64)
    same_source = (~ext0 | ~ext1 | (from0 == from1)) & (narrow_type >= 0) \
        & (m.type_kind[xp.maximum(narrow_type, 0)] == KIND_INT) \
        & (result_width <= narrow_width) & (narrow_width < wide_width)
    binary = (inner_op == op.ADD) | (inner_op == op.SUB) | (inner_op == op.MUL) \
        | (inner_op == op.AND) | (inner_op == op.OR) | (inner_op == op.XOR)
    # udiv and urem: both operands zero-extended from S (a constant fitting S)
    narrow_mask = all_ones(xp, narrow_width).astype(xp.int64)
    division = ((inner_op == op.UDIV) | (inner_op == op.UREM)) & ext0 & (ext_op0 == op.ZEXT) \
        & ((ext1 & (ext_op1 == op.ZEXT)) | (const1 & ((value1 & ~narrow_mask) == 0)))
    small_amount = const1 & (value1 >= 0) & (value1 < narrow_width)
    logical_shift = ((inner_op == op.LSHR) | (inner_op == op.ASHR)) & (ext_op0 == op.ZEXT)
    shift = small_amount & ext0 & ((inner_op == op.SHL) | logical_shift
                                   | ((inner_op == op.ASHR) & (ext_op0 == op.SEXT)))
    fires = candidate & same_source & (uses[inner] == 1) \
        & xp.asarray(op.IS_MODELED)[inner_op] & (
            (binary & (ext0 | const0) & (ext1 | const1) & (ext0 | ext1)) | shift | division)
    # one trunc per inner instruction (it has one use), so rows do not collide
    rows = xp.flatnonzero(fires)
    if rows.shape[0] == 0:
        return m, 0
    targets = inner[rows]
    narrow = narrow_type[rows]
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    mask = narrow_mask[rows]
    for k in (0, 1):
        row = start[targets] + k
        tag, ref = m.operand_tag[row], m.operand_ref[row]
        value = xp.where(tag == TAG_VALUE, ref, 0)
        source_row = start[value]
        is_ext = tag == TAG_VALUE
        m, ids = append_constants(m, narrow, xp.full(rows.shape[0], CONST_INT, xp.int8),
                                  m.constant_value[xp.where(is_ext, 0, ref)] & mask)
        operand_tag[row] = xp.where(is_ext, m.operand_tag[source_row], TAG_CONSTANT)
        operand_ref[row] = xp.where(is_ext, m.operand_ref[source_row], ids)
        operand_type[row] = narrow
    inst_type = m.inst_type.copy()
    inst_type[targets] = narrow
    flags = m.inst_flags.copy()
    flags[targets] = flags[targets] & op.FLAG_DISJOINT
    new_opcode = m.inst_opcode.copy()
    new_opcode[targets] = xp.where(logical_shift[rows], op.LSHR, inner_op[rows])
    # where S is wider than T, the trunc stays and reads the narrow B
    operand_type[start[rows]] = narrow
    types_before = m.inst_type
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_type=inst_type, inst_flags=flags,
                       inst_opcode=new_opcode)
    m = poison_retyped_debug_uses(m, types_before)
    same = narrow == result_type[rows]
    return replace_and_delete(m, rows[same], TAG_VALUE, targets[same]), int(rows.shape[0])


def _narrow_phi_truncations(m: Module) -> tuple[Module, int]:
    """trunc (phi ...) to T, the phi used only there, whose incoming values are
    integer constants or extensions of T values: the phi itself becomes a T
    phi of the truncated constants and the extended values (LLVM's
    canEvaluateTruncated, for phis), and the trunc's uses take it."""
    if m.n_instructions == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    tag0, ref0 = m.operand_tag[operand_row(m, start)], m.operand_ref[operand_row(m, start)]
    phi = xp.where(tag0 == TAG_VALUE, ref0, 0).astype(xp.int64)
    candidate = (opcode == op.TRUNC) & (tag0 == TAG_VALUE) & (opcode[phi] == op.PHI) \
        & (m.inst_type >= 0) & (use_counts(m)[phi] == 1)
    truncs = xp.flatnonzero(candidate).astype(xp.int64)
    if truncs.shape[0] == 0:
        return m, 0
    phis = phi[truncs]
    narrow = xp.full(n, -1, dtype=xp.int64)
    narrow[phis] = m.inst_type[truncs]
    values, owner = phi_values(m, phis)
    tag, ref = m.operand_tag[values], m.operand_ref[values]
    safe = xp.where(tag == TAG_CONSTANT, ref, 0)
    constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
    value = xp.where(tag == TAG_VALUE, ref, 0)
    extension = (tag == TAG_VALUE) & ((opcode[value] == op.ZEXT) | (opcode[value] == op.SEXT)) \
        & (m.operand_type[operand_row(m, start[value])] == narrow[owner])
    ok = segment_min(xp, (constant | extension).astype(xp.int64), owner, n, 1) == 1
    chosen = ok[phis]
    truncs, phis = truncs[chosen], phis[chosen]
    if truncs.shape[0] == 0:
        return m, 0
    in_chosen = xp.zeros(n, dtype=bool)
    in_chosen[phis] = True
    take = in_chosen[owner]
    values, owner, constant, extension = values[take], owner[take], constant[take], extension[take]
    safe, value = safe[take], value[take]
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    mask = all_ones(xp, m.type_width[narrow[owner]].astype(xp.int64)).astype(xp.int64)
    m, ids = append_constants(m, narrow[owner], xp.full(values.shape[0], CONST_INT, xp.int8),
                              m.constant_value[safe] & mask)
    source = operand_row(m, start[value])
    operand_tag[values] = xp.where(constant, TAG_CONSTANT, m.operand_tag[source])
    operand_ref[values] = xp.where(constant, ids, m.operand_ref[source])
    operand_type[values] = narrow[owner]
    inst_type = m.inst_type.copy()
    inst_type[phis] = narrow[phis]
    template = m.inst_template.copy()
    template[phis] = -1  # printed from its columns, with its new type
    types_before = m.inst_type
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_type=inst_type, inst_template=template)
    m = poison_retyped_debug_uses(m, types_before)
    return replace_and_delete(m, truncs, TAG_VALUE, phis), int(truncs.shape[0])


def _selects_of_extensions(m: Module) -> tuple[Module, int]:
    """select c, (ext x), (ext y) or (ext x) with a constant that fits x's type
    T, each extension used only there and both of one kind, becomes ext
    (select c, x, y) in T (LLVM's foldSelectExtConst and its two-extension
    form): a new select and extension go before the old select, which goes."""
    if m.n_instructions == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    selects = (opcode == op.SELECT) & xp.asarray(op.IS_MODELED)[opcode] & (m.inst_type >= 0) \
        & (m.type_kind[xp.maximum(m.inst_type, 0)] == KIND_INT)
    if not bool(selects.any()):
        return m, 0
    uses = use_counts(m)
    wide_width = m.type_width[xp.maximum(m.inst_type, 0)].astype(xp.int64)

    def arm(k: int) -> tuple[Any, Any, Any, Any, Any]:
        """Arm k: (an extension used only here, its opcode, its source type,
        an integer constant, its value)."""
        row = operand_row(m, start, k)
        tag, ref = m.operand_tag[row], m.operand_ref[row]
        value = xp.where(tag == TAG_VALUE, ref, 0)
        extension = (tag == TAG_VALUE) & ((opcode[value] == op.ZEXT) | (opcode[value] == op.SEXT)) \
            & (uses[value] == 1)
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
        return extension, opcode[value], m.operand_type[operand_row(m, start[value])], \
            constant, m.constant_value[safe]

    ext1, kind1, from1, const1, value1 = arm(1)
    ext2, kind2, from2, const2, value2 = arm(2)
    kind = xp.where(ext1, kind1, kind2)
    narrow_type = xp.where(ext1, from1, from2)
    narrow_width = m.type_width[xp.maximum(narrow_type, 0)].astype(xp.int64)
    narrow_mask = all_ones(xp, narrow_width).astype(xp.int64)

    def fits(value: Any) -> Any:
        return _extension_fits(xp, value, kind, narrow_width, wide_width)

    both = ext1 & ext2 & (kind1 == kind2) & (from1 == from2)
    mixed = (ext1 & const2 & fits(value2)) | (ext2 & const1 & fits(value1))
    fire = selects & (both | mixed) & (narrow_type >= 0) & (narrow_width < wide_width) \
        & (m.inst_operand_count == 3)
    rows = xp.flatnonzero(fire).astype(xp.int64)
    k = int(rows.shape[0])
    if k == 0:
        return m, 0
    narrow = narrow_type[rows]
    # the new select's operands: the condition, then each arm's source or
    # its constant in T
    kinds = xp.full(k, CONST_INT, xp.int8)
    m, id1 = append_constants(m, narrow, kinds, value1[rows] & narrow_mask[rows])
    m, id2 = append_constants(m, narrow, kinds, value2[rows] & narrow_mask[rows])
    condition = start[rows]

    def arm_operand(k_arm: int, is_ext: Any, ids: Any) -> tuple[Any, Any]:
        row = start[rows] + k_arm
        source = start[xp.where(m.operand_tag[row] == TAG_VALUE, m.operand_ref[row], 0)]
        return (xp.where(is_ext[rows], m.operand_tag[source], TAG_CONSTANT).astype(xp.int64),
                xp.where(is_ext[rows], m.operand_ref[source], ids).astype(xp.int64))

    tag1, ref1 = arm_operand(1, ext1, id1)
    tag2, ref2 = arm_operand(2, ext2, id2)
    i1 = m.operand_type[condition]
    number = xp.arange(k, dtype=xp.int64)
    new = {"inst_opcode": xp.concatenate((xp.full(k, op.SELECT), kind[rows])),
           "inst_type": xp.concatenate((narrow, m.inst_type[rows])),
           "inst_aux_type": xp.full(2 * k, -1), "inst_shape": xp.full(2 * k, -1),
           "inst_block": xp.tile(m.inst_block[rows], 2),
           "inst_function": xp.tile(m.inst_function[rows], 2),
           "inst_flags": xp.zeros(2 * k), "inst_predicate": xp.full(2 * k, -1),
           "inst_name": xp.full(2 * k, NAME_NUMBERED), "inst_template": xp.full(2 * k, -1)}
    owner = xp.concatenate((xp.repeat(number, 3), k + number))
    tag = xp.stack((m.operand_tag[condition].astype(xp.int64), tag1, tag2), axis=1).reshape(-1)
    ref = xp.stack((m.operand_ref[condition].astype(xp.int64), ref1, ref2), axis=1).reshape(-1)
    types = xp.stack((i1, narrow, narrow), axis=1).reshape(-1)
    m, index = insert_instructions(
        m, xp.tile(rows, 2), new, owner, xp.concatenate((tag, xp.full(k, TAG_VALUE))),
        xp.concatenate((ref, n + number)), xp.concatenate((types, narrow)))
    return replace_and_delete(m, index[rows], TAG_VALUE, index[n + k + number]), k


def _narrow_switches(m: Module) -> tuple[Module, int]:
    """switch (zext or sext x) whose every case value is the extension of a
    value of x's type T switches on x (LLVM's visitSwitchInst): the condition
    and the case constants take T, and the switch's template its type text."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    switches = xp.flatnonzero((opcode == op.OPCODE_ID["switch"])
                              & (m.inst_operand_count >= 4)).astype(xp.int64)
    if switches.shape[0] == 0:
        return m, 0
    tag0, ref0 = m.operand_tag[start[switches]], m.operand_ref[start[switches]]
    ext = xp.where(tag0 == TAG_VALUE, ref0, 0)
    kind = opcode[ext]
    source = start[ext]
    narrow_type = m.operand_type[source].astype(xp.int64)
    wide_type = m.operand_type[start[switches]].astype(xp.int64)
    candidate = (tag0 == TAG_VALUE) & ((kind == op.ZEXT) | (kind == op.SEXT)) \
        & (narrow_type >= 0) & (wide_type >= 0)
    switches, ext, kind, source = switches[candidate], ext[candidate], kind[candidate], \
        source[candidate]
    narrow_type, wide_type = narrow_type[candidate], wide_type[candidate]
    if switches.shape[0] == 0:
        return m, 0
    cases = (m.inst_operand_count[switches].astype(xp.int64) - 2) // 2
    which, case = expand(xp, xp.zeros(switches.shape[0], dtype=xp.int64), cases)
    value_row = start[switches[which]] + 2 + 2 * case
    safe = xp.where(m.operand_tag[value_row] == TAG_CONSTANT, m.operand_ref[value_row], 0)
    value = m.constant_value[safe]
    narrow_width = m.type_width[narrow_type[which]].astype(xp.int64)
    low = value & all_ones(xp, narrow_width).astype(xp.int64)
    fits = (m.operand_tag[value_row] == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT) \
        & _extension_fits(xp, value, kind[which], narrow_width,
                          m.type_width[wide_type[which]].astype(xp.int64))
    bad = xp.bincount(which, weights=(~fits).astype(xp.int64),
                      minlength=switches.shape[0])[:switches.shape[0]]
    chosen = (bad == 0) & (m.inst_template[switches] >= 0)
    if not bool(chosen.any()):
        return m, 0
    keep_case = chosen[which]
    # the chosen switches' cases, numbered within the chosen switches
    which = (xp.cumsum(chosen.astype(xp.int64)) - 1)[which[keep_case]]
    switches, source = switches[chosen], source[chosen]
    narrow_type, wide_type = narrow_type[chosen], wide_type[chosen]
    value_row, low = value_row[keep_case], low[keep_case]
    m, ids = append_constants(m, narrow_type[which], xp.full(low.shape[0], CONST_INT, xp.int8),
                              low)
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    operand_tag[start[switches]] = m.operand_tag[source]
    operand_ref[start[switches]] = m.operand_ref[source]
    operand_type[start[switches]] = narrow_type
    operand_ref[value_row] = ids
    operand_type[value_row] = narrow_type[which]
    template = m.inst_template.copy()
    template[switches] = _retyped_switch_templates(m, switches, wide_type, narrow_type)
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_template=template)
    return m, int(switches.shape[0])


def _extension_fits(xp: Any, value: Any, kind: Any, narrow_width: Any, wide_width: Any) -> Any:
    """A wide constant (zero-extended bits) is the zext (``kind`` ZEXT) or sext
    of its truncation to the narrow width."""
    narrow_mask = all_ones(xp, narrow_width).astype(xp.int64)
    wide_mask = all_ones(xp, wide_width).astype(xp.int64)
    low = value & narrow_mask
    sign = xp.int64(1) << xp.clip(narrow_width - 1, 0, 62)
    extended = xp.where((low & sign) != 0, (low | ~narrow_mask) & wide_mask, low)
    return xp.where(kind == op.ZEXT, value == low, value == extended)


def _retyped_switch_templates(m: Module, switches: Any, wide_type: Any,
                              narrow_type: Any) -> Any:
    """Each switch's template with its condition and case type text changed,
    one new template per distinct (template, new type) on the host."""
    xp = m.xp
    host = m.host
    made: dict[tuple[int, int, int], int] = {}
    ids = []
    for template, wide, narrow in zip(m.inst_template[switches].tolist(), wide_type.tolist(),
                                      narrow_type.tolist(), strict=True):
        key = (template, wide, narrow)
        if key not in made:
            old, new = f"{host.type_text[wide]} ", f"{host.type_text[narrow]} "
            pieces = [piece[:-len(old)] + new if piece.endswith(old) else piece
                      for piece in host.templates[template]]
            made[key] = len(host.templates)
            host.templates.append(pieces)
        ids.append(made[key])
    return xp.asarray(ids, dtype=m.inst_template.dtype)


def _distinct_objects(m: Module) -> tuple[Module, Any, Any]:
    """icmp eq/ne of a pointer into an alloca and a global variable's address:
    never equal (LLVM's computePointerICmp with haveNonOverlappingStorage),
    when the alloca side is reached through inbounds GEPs of constant offset
    and that offset lies inside the alloca (not one past its end; at offset 0
    only with the alloca on the left, where LLVM's distance test allows it).
    Extern_weak globals and functions are not global variables here.  Two
    such pointers into one alloca are equal exactly when their offsets are."""
    xp = m.xp
    n = m.n_instructions
    nothing = xp.zeros(n, dtype=bool)
    opcode = m.inst_opcode.astype(xp.int32)
    predicate = m.inst_predicate.astype(xp.int32)
    compares = (opcode == op.ICMP) & ((predicate == op.ICMP_ID["eq"])
                                      | (predicate == op.ICMP_ID["ne"]))
    if not bool(compares.any()) or not bool((opcode == op.ALLOCA).any()):
        return m, nothing, nothing
    variables = remembered(m.host, "global variables", lambda: _global_variables(m))
    # only compares of a global or of two local pointers need the layout
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    pointer_made = xp.zeros(n, dtype=bool)
    pointer_made[xp.flatnonzero((opcode == op.ALLOCA) | (opcode == op.GEP))] = True

    def local_pointer(tag: Any, ref: Any) -> Any:
        return (tag == TAG_VALUE) & pointer_made[xp.where(tag == TAG_VALUE, ref, 0)]

    interesting = compares & (local_pointer(tag0, ref0) | local_pointer(tag1, ref1)) & (
        (tag0 == TAG_GLOBAL) | (tag1 == TAG_GLOBAL)
        | (local_pointer(tag0, ref0) & local_pointer(tag1, ref1)))
    if not bool(interesting.any()):
        return m, nothing, nothing
    m, lay = type_layout(m)  # (may add element and field types to the type table)
    if lay is None:
        return m, nothing, nothing
    allocas = (opcode == op.ALLOCA) & (m.inst_operand_count == 0) & (m.inst_aux_type >= 0)
    size = lay.size[xp.clip(m.inst_aux_type.astype(xp.int64), 0, lay.size.shape[0] - 1)]
    geps = xp.flatnonzero((opcode == op.GEP) & ((m.inst_flags & op.FLAG_INBOUNDS) != 0))
    constant, gep_offset = gep_offsets(m, lay, geps)
    from_value = m.operand_tag[m.inst_operand_start[geps]] == TAG_VALUE
    keep = constant & from_value
    root, offset = pointer_roots(m, allocas, geps[keep], gep_offset[keep])
    known = xp.asarray(sorted(variables) or [-1], dtype=xp.int64)

    def local(tag: Any, ref: Any) -> tuple[Any, Any]:
        row = xp.where(tag == TAG_VALUE, ref, 0)
        alloca = (tag == TAG_VALUE) & (root[row] >= 0)
        at = offset[row]
        inside = (at >= 0) & (at < size[xp.maximum(root[row], 0)])
        return alloca & inside, at

    def variable(tag: Any, ref: Any) -> Any:
        return (tag == TAG_GLOBAL) & xp.isin(ref.astype(xp.int64), known)

    local0, at0 = local(tag0, ref0)
    local1, at1 = local(tag1, ref1)
    distinct = compares & ((local0 & variable(tag1, ref1))
                           | (local1 & (at1 > 0) & variable(tag0, ref0)))
    # into two allocas: unequal where their distance lies inside the one that
    # starts lower (LLVM's haveNonOverlappingStorage test)
    row0, row1 = xp.where(tag0 == TAG_VALUE, ref0, 0), xp.where(tag1 == TAG_VALUE, ref1, 0)
    root0, root1 = root[row0], root[row1]
    two_allocas = compares & (tag0 == TAG_VALUE) & (tag1 == TAG_VALUE) & (root0 >= 0) \
        & (root1 >= 0) & (root0 != root1)
    distance = at0 - at1
    distinct |= two_allocas & xp.where(distance >= 0, distance < size[xp.maximum(root0, 0)],
                                       -distance < size[xp.maximum(root1, 0)])
    # two constant offsets from one alloca: the offsets decide
    same_root = compares & (tag0 == TAG_VALUE) & (tag1 == TAG_VALUE) & (root[row0] >= 0) \
        & (root[row0] == root[row1])
    equal = same_root & (at0 == at1)
    distinct |= same_root & (at0 != at1)
    eq, ne = predicate == op.ICMP_ID["eq"], predicate == op.ICMP_ID["ne"]
    return m, (distinct & eq) | (equal & ne), (distinct & ne) | (equal & eq)


def _global_variables(m: Module) -> set[int]:
    """String ids of ``@name`` for the module's global variables (defined or
    declared, not extern_weak), read once from the module lines."""
    names = set()
    for line in module_lines(m):
        found = _GLOBAL_VARIABLE.match(line)
        if found and "extern_weak" not in line.split("=", 1)[1].split(" global ")[0] \
                .split(" constant ")[0]:
            names.add(m.host.strings.intern(found.group(1)))
    return names


_GLOBAL_VARIABLE = re.compile(r'(@[-a-zA-Z$._0-9]+|@"[^"]*") = (?:[a-z_]+ |\([^)]*\) )*'
                              r"(?:global|constant) ")


def _narrow_compares(m: Module, count: int) -> tuple[Module, int]:
    """icmp P (zext or sext x), C becomes icmp P x, C' when C fits x: P eq or
    ne, an unsigned P for a zext, any P for a sext (both keep those orders);
    rules.py's ``instcombine._narrow_compares`` entries, on compares of
    integers of at most 64 bits."""
    xp = m.xp
    rows = xp.flatnonzero(m.inst_opcode == op.ICMP)
    reads = Operands(m, rows)
    width = reads.width((0,))
    operand_type = xp.maximum(m.operand_type[reads.row((0,))], 0)
    roots = (m.type_kind[operand_type] == KIND_INT) & (width <= 64)
    found = match_families(reads, _NARROW_FAMILIES, width, exclusive=False)
    chosen = Match({name: mask & roots for name, mask in found.masks.items()}, found.paths)
    m, _ = apply_in_place(reads, _NARROW_FAMILIES, chosen, width)
    return m, count + int(_any_mask(xp, chosen, rows.shape[0]).sum())


_NARROW_RULES = site_rules("instcombine._narrow_compares")
_NARROW_FAMILIES = families(_NARROW_RULES)


def _narrow_masked_compares(m: Module, count: int) -> tuple[Module, int]:
    """icmp eq/ne or unsigned (and (zext x), C), C2, the and used only there
    and both constants fitting x's type T, becomes the icmp of (and x, C) in
    T against C2 (LLVM's foldICmpAndConstConst): the and changes in place."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    index0, index1 = operand_row(m, start), operand_row(m, start, 1)
    tag0, ref0 = m.operand_tag[index0], m.operand_ref[index0]
    tag1, ref1 = m.operand_tag[index1], m.operand_ref[index1]
    masked = xp.where(tag0 == TAG_VALUE, ref0, 0)
    mask_row = operand_row(m, start[masked], 1)
    source = m.operand_ref[start[masked]]
    from_zext = (m.operand_tag[start[masked]] == TAG_VALUE) \
        & (opcode[xp.where(m.operand_tag[start[masked]] == TAG_VALUE, source, 0)] == op.ZEXT)
    zext = xp.where(from_zext, source, 0)
    narrow_row = start[zext]
    narrow_type = m.operand_type[narrow_row]
    narrow_mask = all_ones(xp, m.type_width[xp.maximum(narrow_type, 0)].astype(xp.int64)) \
        .astype(xp.int64)

    def fits(tag: Any, ref: Any) -> tuple[Any, Any]:
        safe = xp.where(tag == TAG_CONSTANT, ref, 0)
        value = m.constant_value[safe]
        return (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT) \
            & ((value & ~narrow_mask) == 0) & (value >= 0), value

    mask_fits, mask_value = fits(m.operand_tag[mask_row], m.operand_ref[mask_row])
    bound_fits, bound_value = fits(tag1, ref1)
    predicate = m.inst_predicate.astype(xp.int32)
    rewrite = (opcode == op.ICMP) & (predicate <= op.ICMP_ID["ule"]) & (tag0 == TAG_VALUE) \
        & (opcode[masked] == op.AND) & xp.asarray(op.IS_MODELED)[opcode[masked]] \
        & (use_counts(m)[masked] == 1) & from_zext & (narrow_type >= 0) \
        & (m.type_kind[xp.maximum(narrow_type, 0)] == KIND_INT) & mask_fits & bound_fits
    rows = xp.flatnonzero(rewrite)
    if rows.shape[0] == 0:
        return m, count
    ands = masked[rows]
    kind = xp.full(rows.shape[0], CONST_INT, xp.int8)
    m, mask_ids = append_constants(m, narrow_type[rows], kind, mask_value[rows])
    m, bound_ids = append_constants(m, narrow_type[rows], kind, bound_value[rows])
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    a, c = start[ands], start[ands] + 1
    operand_tag[a] = m.operand_tag[narrow_row[rows]]
    operand_ref[a] = m.operand_ref[narrow_row[rows]]
    operand_ref[c] = mask_ids
    operand_type[a] = narrow_type[rows]
    operand_type[c] = narrow_type[rows]
    operand_ref[start[rows] + 1] = bound_ids
    operand_type[start[rows]] = narrow_type[rows]
    operand_type[start[rows] + 1] = narrow_type[rows]
    inst_type = m.inst_type.copy()
    inst_type[ands] = narrow_type[rows]
    flags = m.inst_flags.copy()  # the narrow values' signs may differ
    flags[rows] = flags[rows] & ~op.FLAG_SAMESIGN
    types_before = m.inst_type
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_type=inst_type, inst_flags=flags)
    return poison_retyped_debug_uses(m, types_before), \
        count + int(rows.shape[0])


def _store_to_load(m: Module) -> tuple[Module, Any, Any, Any]:
    """Per load, the value a store just before it in its block wrote to the same
    pointer as the same type, with nothing between that may write memory (a
    call writes unless it calls an intrinsic that writes nothing); or,
    in a little-endian module, the low bytes of a stored integer constant
    wider than the loaded integer (a new constant)."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    ordered, generation = _write_generations(m)
    start = m.inst_operand_start
    stores = xp.flatnonzero((opcode == op.STORE) & ~ordered).astype(xp.int64)
    loads = xp.flatnonzero((opcode == op.LOAD) & ~ordered).astype(xp.int64)
    tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    ref = xp.zeros(n, dtype=xp.int32)
    hit = xp.zeros(n, dtype=bool)
    if stores.shape[0] == 0 or loads.shape[0] == 0:
        return m, tag, ref, hit

    def pointer_key(rows: Any, operand: int) -> Any:
        index = operand_row(m, start[rows] + operand)
        return (m.operand_tag[index].astype(xp.int64) << 40) | m.operand_ref[index]

    # key: (generation, pointer); generation already pins the block
    store_key = generation[stores] * (1 << 44) + pointer_key(stores, 1)
    load_key = generation[loads] * (1 << 44) + pointer_key(loads, 0)
    order = xp.argsort(store_key)
    store_key, stores = store_key[order], stores[order]
    position = xp.minimum(xp.searchsorted(store_key, load_key), stores.shape[0] - 1)
    store = stores[position]
    same_place = (store_key[position] == load_key) \
        & (m.inst_block[store] == m.inst_block[loads]) & (store < loads)
    stored_type = m.operand_type[start[store]]
    match = same_place & (stored_type == m.inst_type[loads])
    # a narrower integer read of a stored integer constant: its low bytes
    stored_tag, stored_ref = m.operand_tag[start[store]], m.operand_ref[start[store]]
    constant = xp.where(stored_tag == TAG_CONSTANT, stored_ref, 0)
    load_width = m.type_width[xp.maximum(m.inst_type[loads], 0)].astype(xp.int64)
    narrow = same_place & ~match & _little_endian(m) & (stored_tag == TAG_CONSTANT) \
        & (m.constant_kind[constant] == CONST_INT) \
        & (m.type_kind[xp.maximum(m.inst_type[loads], 0)] == KIND_INT) \
        & (m.type_kind[xp.maximum(stored_type, 0)] == KIND_INT) \
        & (load_width % 8 == 0) & (load_width < m.type_width[xp.maximum(stored_type, 0)])
    narrow_loads = loads[narrow]
    low = m.constant_value[constant[narrow]] & ((xp.int64(1) << xp.minimum(
        load_width[narrow], 63)) - 1)
    m, ids = append_constants(m, m.inst_type[narrow_loads],
                              xp.full(narrow_loads.shape[0], CONST_INT, xp.int8), low)
    loads, store = loads[match], store[match]
    tag[loads] = m.operand_tag[start[store]]
    ref[loads] = m.operand_ref[start[store]]
    hit[loads] = True
    tag[narrow_loads] = TAG_CONSTANT
    ref[narrow_loads] = ids
    hit[narrow_loads] = True
    return m, tag, ref, hit


_NOT_FAMILIES = families(site_rules("instcombine._nots_of_extended_compares"), (0, 0))
_NOT_ROOTS = [name in {f.rules[0].source.opcode for f in _NOT_FAMILIES} for name in op.OPCODES]


def _nots_of_extended_compares(m: Module) -> tuple[Module, int]:
    """xor (zext (icmp P a, b)), 1, the zext and icmp used only there, is the
    zext of icmp !P a, b (LLVM: xor of a zext bool is the zext of its not,
    which inverts the compare): the icmp's predicate flips in place.  The
    rules are rules.py's table entries, one family over the ten predicates:
    the new predicate is a lookup in the family's table, and the xor's uses
    take the node the target restates."""
    xp = m.xp
    if m.n_instructions == 0 or m.operand_tag.shape[0] == 0:
        return m, 0
    roots = xp.flatnonzero(xp.asarray(_NOT_ROOTS)[m.inst_opcode])
    if roots.shape[0] == 0:
        return m, 0
    reads = Operands(m, roots)
    uses = use_counts(m)
    width = m.type_width[xp.maximum(m.inst_type[roots], 0)].astype(xp.int64)
    predicate = m.inst_predicate.copy()
    rows, values = [], []
    found = match_families(reads, _NOT_FAMILIES, width)
    for family in _NOT_FAMILIES:  # over the table's families
        rule, varying = family.rules[0], family.at
        at = restated(rule)
        assert at is not None, rule.name
        hit = found.masks[rule.name] & xp.asarray(op.IS_MODELED)[reads.at((), reads.opcode)] \
            & (reads.at(varying, m.inst_predicate) >= 0)
        for path in inner_paths(rule.source):  # (the instructions below, used only there)
            hit &= uses[reads.owner(path)] == 1
        # (a scalar compare: the pattern's i1, not a vector of them)
        hit &= m.operand_type[reads.row(varying)] == _i1(m)
        chosen = xp.flatnonzero(hit)
        compares = reads.owner(varying)[chosen]
        predicate[compares] = xp.asarray(family.predicate, dtype=predicate.dtype)[
            reads.code(varying)[chosen]]
        rows.append(roots[chosen])
        values.append(reads.owner(at)[chosen])
    rows_all = xp.concatenate(rows)
    if rows_all.shape[0] == 0:
        return m, 0
    m = m.with_columns(inst_predicate=predicate)
    return replace_and_delete(m, rows_all, TAG_VALUE, xp.concatenate(values)), \
        int(rows_all.shape[0])


def _fold_phi_operations(m: Module) -> tuple[Module, int]:
    """A phi whose incoming values are all one operation on different values
    becomes that operation on a phi of those values (LLVM's
    foldPHIArgOpIntoPHI): casts (zext, sext, trunc) from one source type,
    binary operators with one constant second operand, and extractvalues of
    one aggregate type and index (foldPHIArgExtractValueInstructionIntoPHI).  Each incoming
    instruction must have no use but this phi; the new instruction goes after
    the block's phis with the flags all of them share, the phi takes their
    operands (and the source type), and the phi's uses take the new
    instruction.  Integer constants may stand among at least two zexts where
    they fit the source type (LLVM's foldPHIArgZextsIntoPHI)."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    phis = xp.flatnonzero((opcode == op.PHI) & (m.inst_type >= 0)).astype(xp.int64)
    if phis.shape[0] == 0:
        return m, 0
    values, owner = phi_values(m, phis)
    start = m.inst_operand_start
    tag, ref = m.operand_tag[values], m.operand_ref[values].astype(xp.int64)
    inst = xp.where(tag == TAG_VALUE, ref, 0)
    op_of = opcode[inst]
    is_inst = (tag == TAG_VALUE) & (inst != owner)
    cast = is_inst & ((op_of == op.ZEXT) | (op_of == op.SEXT) | (op_of == op.TRUNC))
    second = operand_row(m, start[inst], 1)
    binary = is_inst & xp.asarray(op.IS_BINARY)[op_of] & xp.asarray(op.IS_MODELED)[op_of] \
        & (m.inst_operand_count[inst] == 2) & (m.operand_tag[second] == TAG_CONSTANT)
    source_type = m.operand_type[start[inst]].astype(xp.int64)
    # extractvalue of a local aggregate, by shape (its aggregate type and indices)
    m, aggregate_of_shape = _extracted_aggregate_types(m)
    extract = is_inst & (op_of == EXTRACTVALUE) & (m.inst_operand_count[inst] == 1) \
        & (aggregate_of_shape(m.inst_shape[inst]) >= 0)
    # one key per kind of operation; -1 where the value is no such operation
    operation = (op_of + 1).astype(xp.int64) << 48
    key = xp.where(cast & (source_type >= 0), operation | source_type,
                   xp.where(binary, operation | (1 << 47)
                            | m.operand_ref[second].astype(xp.int64),
                            xp.where(extract, operation | (1 << 46)
                                     | m.inst_shape[inst].astype(xp.int64), -1)))
    # every use of an incoming instruction is in this phi
    pair = owner * n + inst
    _, inverse, counts = xp.unique(pair, return_inverse=True, return_counts=True)
    only_here = use_counts(m)[inst] == counts[inverse.reshape(-1)]
    big = 1 << 62
    # integer constants join a phi of zexts that they fit (foldPHIArgZextsIntoPHI)
    safe = xp.where(tag == TAG_CONSTANT, ref, 0)
    constant = (tag == TAG_CONSTANT) & (m.constant_kind[safe] == CONST_INT)
    key = xp.where(only_here, key, -1)
    low = segment_min(xp, xp.where(constant, big, key), owner, n, big)
    high = segment_max(xp, xp.where(constant, -1, key), owner, n, -1)
    operations = xp.bincount(owner, weights=(~constant).astype(xp.int64), minlength=n)[:n]
    constants = xp.bincount(owner, weights=constant.astype(xp.int64), minlength=n)[:n]
    uniform = (low == high) & (low >= 0) & (low != big) & (operations + constants >= 2)
    # a cast's source type is the phi's new type (a binary operator keeps it)
    is_cast_key = ((low >> 48) - 1 == op.ZEXT) | ((low >> 48) - 1 == op.SEXT) \
        | ((low >> 48) - 1 == op.TRUNC)
    is_extract_key = (low >> 48) - 1 == EXTRACTVALUE
    new_type_of = xp.where(uniform & is_cast_key, low & ((1 << 47) - 1),
                           xp.where(uniform & is_extract_key,
                                    aggregate_of_shape(low & ((1 << 46) - 1)),
                                    xp.maximum(m.inst_type, 0)))
    new_mask = all_ones(xp, m.type_width[new_type_of].astype(xp.int64)).astype(xp.uint64)
    fits = m.constant_value[safe].astype(xp.uint64) <= new_mask[owner]
    constants_fit = segment_min(xp, xp.where(constant, fits, True).astype(xp.int64),
                                owner, n, 1) == 1
    with_constants = ((low >> 48) - 1 == op.ZEXT) & constants_fit & (operations >= 2)
    uniform &= (constants == 0) | with_constants
    # the new type must be a legal integer of the x86-64 data layout or i1
    # (LLVM's shouldChangeType)
    legal = xp.isin(m.type_width[new_type_of], xp.asarray([1, 8, 16, 32, 64])) \
        | ~is_cast_key
    # the new instruction goes after the phis: not before an EH pad
    phis_in_block = xp.bincount(m.inst_block[opcode == op.PHI], minlength=m.block_function.shape[0])
    first_other = xp.minimum(m.block_first_inst[m.inst_block] + phis_in_block[m.inst_block], n - 1)
    pad = xp.isin(opcode[first_other], xp.asarray(
        [op.OPCODE_ID[name] for name in ("landingpad", "cleanuppad", "catchpad")]))
    chosen_mask = uniform & legal & ~pad & (opcode == op.PHI)
    chosen = xp.flatnonzero(chosen_mask).astype(xp.int64)
    k = int(chosen.shape[0])
    if k == 0:
        return m, 0
    # the operation, its type and constant, from each chosen phi's first entry
    in_chosen = chosen_mask[owner]
    first_value = segment_min(xp, xp.where(in_chosen & ~constant, values, big), owner, n,
                              big)[chosen]
    model = m.operand_ref[first_value].astype(xp.int64)
    flags = xp.full(n, 0xFFFF, dtype=xp.int64)
    for bit in range(16):  # the flags every incoming operation has
        has = segment_min(xp, xp.where(in_chosen, (m.inst_flags[inst].astype(xp.int64) >> bit)
                                       & 1, 1), owner, n, 1)
        flags = xp.where(has == 1, flags, flags & ~(1 << bit))
    new_type = new_type_of[chosen]  # the operation's first operand's type
    is_binary = xp.asarray(op.IS_BINARY)[opcode[model]]
    # the phi takes the operations' first operands and their type
    operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
    operand_type = m.operand_type.copy()
    chosen_values = values[in_chosen & ~constant]
    source = start[inst[in_chosen & ~constant]]
    operand_tag[chosen_values] = m.operand_tag[source]
    operand_ref[chosen_values] = m.operand_ref[source]
    # (the phi's new type: an opaque extractvalue's operand has no type column)
    operand_type[chosen_values] = new_type_of[owner[in_chosen & ~constant]]
    # constants take the narrow type
    narrowed = xp.flatnonzero(in_chosen & constant)
    narrow_types = new_type_of[owner[narrowed]]
    m, ids = append_constants(m, narrow_types, xp.full(narrowed.shape[0], CONST_INT, xp.int8),
                              m.constant_value[safe[narrowed]])
    operand_ref[values[narrowed]] = ids
    operand_type[values[narrowed]] = narrow_types
    inst_type = m.inst_type.copy()
    old_type = m.inst_type[chosen]
    inst_type[chosen] = new_type
    template = m.inst_template.copy()
    template[chosen] = -1  # the phi prints from its columns, with its new type
    types_before = m.inst_type
    m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                       operand_type=operand_type, inst_type=inst_type, inst_template=template)
    m = poison_retyped_debug_uses(m, types_before)
    # the operation, after the block's phis
    blocks = m.inst_block[chosen]
    phis_on_top = xp.bincount(m.inst_block[m.inst_opcode == op.PHI],
                              minlength=m.block_function.shape[0])[blocks]
    # (an extractvalue is opaque: it keeps the first one's shape and template)
    opaque = opcode[model] == EXTRACTVALUE
    new = {"inst_opcode": opcode[model], "inst_type": old_type,
           "inst_aux_type": xp.full(k, -1),
           "inst_shape": xp.where(opaque, m.inst_shape[model], -1),
           "inst_block": blocks, "inst_function": m.inst_function[chosen],
           "inst_flags": flags[chosen], "inst_predicate": xp.full(k, -1),
           "inst_name": xp.full(k, NAME_NUMBERED),
           "inst_template": xp.where(opaque, m.inst_template[model], -1)}
    number = xp.arange(k)
    binary_rows = xp.flatnonzero(is_binary)
    owner_new = xp.concatenate((number, binary_rows))
    tag_new = xp.concatenate((xp.full(k, TAG_VALUE), xp.full(binary_rows.shape[0], TAG_CONSTANT)))
    ref_new = xp.concatenate((chosen, m.operand_ref[start[model[binary_rows]] + 1]
                              .astype(xp.int64)))
    type_new = xp.concatenate((new_type, m.operand_type[start[model[binary_rows]] + 1]))
    position = xp.concatenate((xp.zeros(k, dtype=xp.int64),
                               xp.ones(binary_rows.shape[0], dtype=xp.int64)))
    order = xp.argsort(owner_new * 2 + position)  # operands grouped by owner, in order
    m, index = insert_instructions(m, m.block_first_inst[blocks] + phis_on_top, new,
                                   owner_new[order], tag_new[order], ref_new[order],
                                   type_new[order])
    new_rows = index[n:]
    m = replace_uses(m, *_replacement(m, index[chosen], xp.full(k, TAG_VALUE), new_rows))
    operand_ref = m.operand_ref.copy()  # the new operation still reads the phi
    operand_ref[m.inst_operand_start[new_rows]] = index[chosen]
    return m.with_columns(operand_ref=operand_ref), k


def _identical_phis(m: Module) -> tuple[Module, int]:
    """A phi identical to an earlier phi of its block (same type, same incoming
    values and blocks in the same order; integer constants by value) is that
    phi (LLVM's visitPHINode).
    Phis are grouped by block, type, operand count and a hash of their
    operands, then compared operand by operand with their group's first."""
    xp = m.xp
    phis = xp.flatnonzero(m.inst_opcode == op.PHI).astype(xp.int64)
    if phis.shape[0] < 2:
        return m, 0
    count = m.inst_operand_count[phis].astype(xp.int64)
    which, operand = expand(xp, m.inst_operand_start[phis].astype(xp.int64), count)
    position = operand - m.inst_operand_start[phis[which]]
    # (constants appended by passes repeat the reader's: compare them by class)
    same_constant = constant_classes(m)
    tags = m.operand_tag
    refs = xp.where(tags == TAG_CONSTANT, same_constant[xp.where(tags == TAG_CONSTANT,
                                                                 m.operand_ref, 0)],
                    m.operand_ref).astype(xp.int64)
    mixed = ((tags[operand].astype(xp.int64) * 1000003 + refs[operand] + 1)
             * (position * 2654435761 + 97))
    total = xp.cumsum(mixed)  # (int64 wraps around alike on both backends)
    first = exclusive_cumsum(xp, count).astype(xp.int64)
    last = first + count - 1
    hashed = total[last] - xp.where(first > 0, total[xp.maximum(first - 1, 0)], 0)
    block = m.inst_block[phis].astype(xp.int64)
    kind = m.inst_type[phis].astype(xp.int64)
    order = xp.lexsort(xp.stack((phis, hashed, count, kind, block)))
    sorted_phis = phis[order]
    same_group = xp.ones(phis.shape[0], dtype=bool)
    same_group[0] = False
    for column in (block, kind, count, hashed):
        ordered = column[order]
        same_group[1:] &= ordered[1:] == ordered[:-1]
    candidates = xp.flatnonzero(same_group)
    if candidates.shape[0] == 0:
        return m, 0
    # each phi's group leader: the first of its run
    run_starts = xp.flatnonzero(~same_group)
    run = xp.searchsorted(run_starts, candidates, side="right") - 1
    rows, leaders = sorted_phis[candidates], sorted_phis[run_starts[run]]
    # operand by operand against the leader
    pair, offset = expand(xp, xp.zeros(rows.shape[0], dtype=xp.int64),
                          m.inst_operand_count[rows].astype(xp.int64))
    mine = m.inst_operand_start[rows[pair]] + offset
    theirs = m.inst_operand_start[leaders[pair]] + offset
    differs = (tags[mine] != tags[theirs]) | (refs[mine] != refs[theirs])
    equal = xp.bincount(pair, weights=differs.astype(xp.int64),
                        minlength=rows.shape[0])[:rows.shape[0]] == 0
    rows, leaders = rows[equal], leaders[equal]
    if rows.shape[0] == 0:
        return m, 0
    return replace_and_delete(m, rows, TAG_VALUE, leaders), int(rows.shape[0])


def _rebuilt_aggregates(m: Module) -> tuple[Module, int]:
    """insertvalue (insertvalue poison, (extractvalue A, 0), 0), (extractvalue
    A, 1), 1 of a two-field aggregate type, A of that type and the inner insert
    used only there, is A (LLVM's foldAggregateConstructionIntoAggregateReuse,
    its simplest case; undef or poison as the base)."""
    xp = m.xp
    opcode = m.inst_opcode
    inserts = xp.flatnonzero((opcode == INSERTVALUE) & (m.inst_operand_count == 2))
    if inserts.shape[0] == 0:
        return m, 0
    start = m.inst_operand_start
    strings = m.host.strings
    rows = xp.flatnonzero((opcode == INSERTVALUE) | (opcode == EXTRACTVALUE))
    shapes = xp.unique(m.inst_shape[rows]).tolist()
    # per shape: aggregate type text id, index (-1: not one index), two fields,
    # base poison/undef (inserts), aggregate and value as operands
    table: dict[str, list[int]] = {"type": [], "index": [], "pair": [], "fresh": [], "holes": []}
    for shape in shapes:  # distinct shapes, not instructions
        text = strings.items[int(shape)] if shape >= 0 else ""
        word, _, rest = text.partition(" ")
        type_end = _type_end(rest)
        type_text, tail = rest[:type_end], rest[type_end + 1:]
        items = split_top_level(tail)
        inserting = word == "insertvalue"
        indices = items[2:] if inserting else items[1:]
        table["type"].append(strings.intern(type_text))
        table["index"].append(int(indices[0]) if len(indices) == 1 and indices[0].isdigit()
                              else -1)
        table["pair"].append(int(type_text.startswith("{") and
                                 len(split_top_level(type_text[1:-1])) == 2))
        table["fresh"].append(int(inserting and bool(items) and items[0] in ("poison", "undef")))
        holes = [item.endswith("\0") for item in items[:2 if inserting else 1]]
        table["holes"].append(int(all(holes) if not inserting
                                  else (holes == [False, True] or holes == [True, True])))

    def column(name: str, at: Any) -> Any:
        return lookup(xp, shapes, table[name], m.inst_shape[at], -1)

    # outer: insertvalue T %inner, %v1, 1 (both operands); inner: insertvalue
    # T poison, %v0, 0 (one operand)
    outer = inserts[(column("index", inserts) == 1) & (column("pair", inserts) == 1)
                    & (column("fresh", inserts) == 0) & (column("holes", inserts) == 1)]
    inner_tag, inner = m.operand_tag[start[outer]], m.operand_ref[start[outer]]
    inner = xp.where(inner_tag == TAG_VALUE, inner, 0)
    v1_tag, v1 = m.operand_tag[start[outer] + 1], m.operand_ref[start[outer] + 1]
    v0_tag = m.operand_tag[start[inner]]
    v0 = m.operand_ref[start[inner]]
    v0 = xp.where(v0_tag == TAG_VALUE, v0, 0)
    v1 = xp.where(v1_tag == TAG_VALUE, v1, 0)
    source0 = m.operand_ref[start[v0]]
    source1 = m.operand_ref[start[v1]]
    ok = (inner_tag == TAG_VALUE) & (opcode[inner] == INSERTVALUE) \
        & (m.inst_operand_count[inner] == 1) & (column("index", inner) == 0) \
        & (column("fresh", inner) == 1) & (column("type", inner) == column("type", outer)) \
        & (use_counts(m)[inner] == 1) \
        & (v0_tag == TAG_VALUE) & (opcode[v0] == EXTRACTVALUE) & (column("index", v0) == 0) \
        & (v1_tag == TAG_VALUE) & (opcode[v1] == EXTRACTVALUE) & (column("index", v1) == 1) \
        & (m.inst_operand_count[v0] == 1) & (m.inst_operand_count[v1] == 1) \
        & (column("type", v0) == column("type", outer)) \
        & (column("type", v1) == column("type", outer)) \
        & (m.operand_tag[start[v0]] == TAG_VALUE) & (m.operand_tag[start[v1]] == TAG_VALUE) \
        & (source0 == source1)
    rows = outer[ok]
    if rows.shape[0] == 0:
        return m, 0
    return replace_and_delete(m, rows, TAG_VALUE, source0[ok]), int(rows.shape[0])


def _type_end(text: str) -> int:
    """Where the type that opens ``text`` ends (brackets respected)."""
    depth = 0
    for index, char in enumerate(text):
        depth += char in "{[<("
        depth -= char in "}]>)"
        if char == " " and depth == 0:
            return index
    return len(text)


def _extracted_aggregate_types(m: Module) -> tuple[Module, Any]:
    """For extractvalue shapes whose aggregate is an operand (``extractvalue
    T \0, i``): a function from shape ids to T's type id (-1 for others)."""
    xp = m.xp
    extracts = m.inst_opcode == EXTRACTVALUE
    shapes = xp.unique(m.inst_shape[extracts]).tolist()
    types = []
    for shape in shapes:  # distinct shapes, not instructions
        text = m.host.strings.items[int(shape)] if shape >= 0 else ""
        found = _EXTRACT_SHAPE.match(text)
        if found:
            m, type_row = type_id(m, found.group(1))
            types.append(type_row)
        else:
            types.append(-1)

    def aggregate_of(shape_ids: Any) -> Any:
        return lookup(xp, shapes, types, shape_ids, -1)

    return m, aggregate_of


_EXTRACT_SHAPE = re.compile(r"extractvalue (.*) \0, [0-9]+(?:, [0-9]+)*$")


def _stores_of_loaded_values(m: Module) -> tuple[Module, int]:
    """A store of the value just loaded from the same pointer (or from an
    identical GEP), in the same block with nothing between that may write
    memory, both simple, goes (LLVM's visitStoreInst: "store X, (load X)" is a
    no-op)."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    ordered, generation = _write_generations(m)
    stores = xp.flatnonzero((opcode == op.STORE) & ~ordered).astype(xp.int64)
    if stores.shape[0] == 0:
        return m, 0
    start = m.inst_operand_start
    value_tag, value_ref = m.operand_tag[start[stores]], m.operand_ref[start[stores]]
    load = xp.where(value_tag == TAG_VALUE, value_ref, 0)
    pointer = operand_row(m, start[stores] + 1)
    loaded_from = operand_row(m, start[load])
    same_pointer = (m.operand_tag[pointer] == m.operand_tag[loaded_from]) \
        & (m.operand_ref[pointer] == m.operand_ref[loaded_from])
    # or two identical GEPs (LLVM's equivalentAddressValues)
    first = xp.where(m.operand_tag[pointer] == TAG_VALUE, m.operand_ref[pointer], 0)
    second = xp.where(m.operand_tag[loaded_from] == TAG_VALUE, m.operand_ref[loaded_from], 0)
    twins = (m.operand_tag[pointer] == TAG_VALUE) & (m.operand_tag[loaded_from] == TAG_VALUE) \
        & (opcode[first] == op.GEP) & (opcode[second] == op.GEP) \
        & (m.inst_shape[first] == m.inst_shape[second]) & (m.inst_shape[first] >= 0) \
        & (m.inst_flags[first] == m.inst_flags[second]) \
        & (m.inst_operand_count[first] == m.inst_operand_count[second])
    longest = int(m.inst_operand_count[first[twins]].max()) if bool(twins.any()) else 0
    for k in range(longest):  # operand positions, not instructions
        has = m.inst_operand_count[first] > k
        a, b = start[first] + k, start[second] + k
        twins &= ~has | ((m.operand_tag[xp.where(has, a, 0)] == m.operand_tag[xp.where(has, b, 0)])
                         & (m.operand_ref[xp.where(has, a, 0)]
                            == m.operand_ref[xp.where(has, b, 0)]))
    dead = (value_tag == TAG_VALUE) & (opcode[load] == op.LOAD) & ~ordered[load] \
        & (m.inst_block[load] == m.inst_block[stores]) & (load < stores) \
        & (generation[stores] == generation[load] + 1) & (same_pointer | twins)
    count = int(dead.sum())
    if count == 0:
        return m, 0
    keep = xp.ones(m.n_instructions, dtype=bool)
    keep[stores[dead]] = False
    return delete_instructions(m, keep), count


def _write_generations(m: Module) -> tuple[Any, Any]:
    """(volatile or atomic, memory generation) per row: the generation counts
    the rows so far that may write memory (a call writes unless it calls an
    intrinsic that writes nothing), a store's own write included."""
    xp = m.xp
    opcode = m.inst_opcode.astype(xp.int32)
    ordered = (m.inst_flags & op.FLAG_ORDERED) != 0
    may_write = ~xp.asarray(op.IS_PURE)[opcode] & (opcode != op.DBG_RECORD) \
        & ~readnone_calls(m) | ordered
    return ordered, xp.cumsum(may_write.astype(xp.int64))


def _little_endian(m: Module) -> bool:
    return remembered(m.host, "little endian", lambda: any(
        kind == "text" and line.startswith('target datalayout = "e')
        for kind, line in m.host.items))


def _globals_nonnull(m: Module, rows: Any = None) -> Any:
    """At each instruction row (every row when None): whether a global's
    address is never null there.  It is not in address space 0 only where it
    may be left undefined (extern_weak); judged per module as LLVM's caller
    sees it (a module with any extern_weak global: none), so each module of
    a joined batch by its own lines.  A bool where all of them agree."""
    weak = function_facts(m, "extern_weak")
    if not weak.any():
        return True
    if weak.all():
        return False
    functions = m.inst_function if rows is None else m.inst_function[rows]
    return m.xp.asarray(~weak)[functions]


def _known_nonzero(m: Module) -> Any:
    """Integer and pointer values that can never be zero (a small part of
    LLVM's isKnownNonZero): an ``or`` with a nonzero operand, a zero or sign
    extension of a nonzero value, a ``select`` or a phi whose every incoming
    value is nonzero; an alloca, a global (unless the module has extern_weak
    ones) and an inbounds GEP of a nonzero pointer.  The greatest such set:
    every candidate starts out nonzero and rounds refute those whose rule
    fails (sound by induction over execution: each value is made from values
    made before it), until none is refuted."""
    xp = m.xp
    n = m.n_instructions
    opcode = m.inst_opcode.astype(xp.int32)
    start = m.inst_operand_start
    tag, ref = m.operand_tag, m.operand_ref
    is_value = tag == TAG_VALUE
    is_constant = tag == TAG_CONSTANT
    safe = xp.where(is_constant, ref, 0)
    constant_nonzero = is_constant & (m.constant_kind[safe] == CONST_INT) & (
        m.constant_value[safe] != 0)
    constant_nonzero |= (tag == TAG_GLOBAL) & _globals_nonnull(m, m.operand_owner)
    allocas = opcode == op.ALLOCA
    inbounds = (opcode == op.GEP) & ((m.inst_flags & op.FLAG_INBOUNDS) != 0)
    phi = opcode == op.PHI
    selects = opcode == op.SELECT
    ors = opcode == op.OR
    extension = (opcode == op.ZEXT) | (opcode == op.SEXT)
    values, owner = phi_values(m, xp.flatnonzero(phi).astype(xp.int64))
    known = phi | selects | ors | extension | allocas | inbounds
    # only the candidates' operands are read: the rounds run on those rows
    rows = xp.flatnonzero(known).astype(xp.int64)
    if rows.shape[0] == 0:
        return known
    position = xp.zeros(n, dtype=xp.int64)
    position[rows] = xp.arange(rows.shape[0], dtype=xp.int64)
    owner = position[owner]

    def operand(index: Any) -> tuple[Any, Any, Any]:
        """(a nonzero constant, a value, its row) of the operands in rows ``index``."""
        return constant_nonzero[index], is_value[index], \
            xp.where(is_value[index], ref[index], 0)

    def nonzero(source: tuple[Any, Any, Any]) -> Any:
        constant, value, row = source
        return constant | (value & known[row])

    first_source, second_source, third_source = (
        operand(operand_row(m, start[rows], k)) for k in range(3))
    value_source = operand(values)
    ors, extension, selects, phi, allocas, inbounds = (
        mask[rows] for mask in (ors, extension, selects, phi, allocas, inbounds))
    for _ in range(n + 1):  # each round refutes at least one candidate, or stops
        first = nonzero(first_source)
        second = nonzero(second_source)
        third = nonzero(third_source)
        refuted = xp.bincount(owner[~nonzero(value_source)],
                              minlength=rows.shape[0])[:rows.shape[0]] > 0
        before = known[rows]
        new = before & ((ors & (first | second)) | (extension & first)
                        | (selects & second & third) | (phi & ~refuted) | allocas
                        | (inbounds & first))
        if not bool((new != before).any()):
            break
        known[rows] = new
    return known


def _nonnull_constants(m: Module) -> Any:
    """Per constant: a pointer constant that is never null: an inbounds
    ``getelementptr`` constant expression (every nested one inbounds too) of
    a global (the caller ands in ``_globals_nonnull`` of the rows that read
    it).  Judged once per distinct text."""
    xp = m.xp
    if _globals_nonnull(m) is False:
        return xp.zeros(m.constant_kind.shape[0], dtype=bool)
    other = (m.constant_kind == CONST_OTHER) & (m.constant_text >= 0)
    texts = xp.unique(m.constant_text[other]).tolist()
    judged = remembered(m.host, "nonnull constant texts", dict)
    for text_id in texts:  # distinct texts, not instructions
        if text_id not in judged:
            text = m.host.strings.items[int(text_id)]
            judged[text_id] = text.startswith("getelementptr inbounds") \
                and text.count("getelementptr") == text.count("getelementptr inbounds") \
                and _GEP_GLOBAL_BASE.search(text) is not None
    keys = [t for t in texts if judged[t]]
    return other & (lookup(xp, keys, [1] * len(keys), m.constant_text, 0) == 1)


_GEP_GLOBAL_BASE = re.compile(r"\(\S.*?, ptr @[-a-zA-Z$._0-9\"]")


def _uniform_phis(m: Module) -> tuple[Any, Any, Any]:
    """Per phi whose incoming values (itself aside) are all one value: that value."""
    xp = m.xp
    n = m.n_instructions
    phis = xp.flatnonzero(m.inst_opcode == op.PHI).astype(xp.int64)
    tag = xp.full(n, NO_REPLACEMENT, dtype=xp.int32)
    ref = xp.zeros(n, dtype=xp.int32)
    hit = xp.zeros(n, dtype=bool)
    if phis.shape[0] == 0:
        return tag, ref, hit
    value, owner = phi_values(m, phis)
    value_tag = m.operand_tag[value].astype(xp.int64)
    value_ref = m.operand_ref[value].astype(xp.int64)
    counted = ~((value_tag == TAG_VALUE) & (value_ref == owner))
    key = (value_tag << 40) | value_ref
    big = 1 << 62
    low = segment_min(xp, xp.where(counted, key, big), owner, n, big)
    high = segment_max(xp, xp.where(counted, key, -1), owner, n, -1)
    uniform = (low == high) & (low != big)
    hit = uniform & (m.inst_opcode == op.PHI)
    tag = xp.where(hit, low >> 40, tag).astype(xp.int32)
    ref = xp.where(hit, low & ((1 << 40) - 1), ref).astype(xp.int32)
    return tag, ref, hit
