"""Bit-vector semantics of the rule table (rules.py) for z3, and the refinement
proof of each rule.  Imported by the tests only (z3-solver is a test
dependency, absent on the GPU machine).

Each value is a triple (bits, poison, ub) of z3 terms, after the LangRef:

* ``nuw``/``nsw`` on add, sub, mul, shl: poison on unsigned / signed
  overflow (shl: the bits shifted out, or the sign, change);
* ``exact`` on udiv, sdiv: poison when the remainder is nonzero; on lshr,
  ashr: when a set bit is shifted out;
* ``disjoint`` on or: poison when the operands share a set bit;
* ``samesign`` on icmp: poison when the operands' sign bits differ;
* ``nneg`` on zext: poison when the operand is negative; ``nuw``/``nsw`` on
  trunc: poison when the value changes as an unsigned / signed number;
* shl, lshr, ashr by at least the width: poison;
* udiv, sdiv, urem, srem by 0 (or by a poison divisor), and sdiv, srem of
  INT_MIN by -1: immediate undefined behaviour;
* poison operands make the result poison (select only through its
  condition and the arm it picks).

A flag the source pattern does not require is a free boolean: one proof
covers the instruction with and without it.  Variables may be poison.
A rule is proved at a choice of widths when z3 shows the negation of
refinement unsatisfiable: wherever the source is defined (no UB), the
target is defined; wherever the source is also not poison, the target is
not poison (its own flags included) and has the same bits.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

import z3

from gpuopt.transforms.rules import (
    Const,
    Derived,
    Fact,
    Inst,
    Pattern,
    Rule,
    Var,
    allowed_flags,
)

WIDTHS = (1, 8, 33, 64)
BV = Any  # a z3 bit-vector term
Value = tuple[Any, Any, Any]  # bits, poison, ub


def _ones(w: int) -> BV:
    return z3.BitVecVal((1 << w) - 1, w)


def _sign(w: int) -> BV:
    return z3.BitVecVal(1 << (w - 1), w)


def _smin(w: int) -> BV:
    return _sign(w)


def _smax(w: int) -> BV:
    return z3.BitVecVal((1 << (w - 1)) - 1, w)


def _negative(v: BV) -> Any:
    """The sign bit, as a bit test (which z3 simplifies through a Concat)."""
    return z3.Extract(v.size() - 1, v.size() - 1, v) == 1


def _power(v: BV) -> Any:
    w = v.size()
    return z3.And(z3.UGT(v, z3.BitVecVal(1, w)), v & (v - 1) == 0)


def constant_formula(prop: str, v: BV, arg_width: int) -> Any:
    """The statement of a constant property (rules.CONSTANT_PROPERTIES) of v;
    ``arg_width`` is the width of the type the property refers to."""
    w = v.size()
    low = z3.Extract(arg_width - 1, 0, v) if arg_width else v
    table = {
        "any": lambda: z3.BoolVal(True),
        "literal": lambda: z3.BoolVal(True),
        "poison": lambda: z3.BoolVal(True),
        "zero": lambda: v == 0,
        "one": lambda: v == 1,
        "ones": lambda: v == _ones(w),
        "smin": lambda: v == _smin(w),
        "smax": lambda: v == _smax(w),
        "pow2": lambda: _power(v),
        "pow2_below_sign": lambda: z3.And(_power(v), z3.ULT(v, _sign(w))),
        # of a wide constant, about the low bits of a narrower type
        "keeps_low": lambda: low == _ones(arg_width),
        "clears_low": lambda: low == 0,
        # a constant the narrow type holds, by zero / sign extension
        "zext_fits": lambda: z3.ZeroExt(w - arg_width, low) == v,
        "sext_fits": lambda: z3.SignExt(w - arg_width, low) == v,
    }
    return table[prop]()


@dataclass
class Env:
    widths: dict[str, int]
    variables: dict[str, tuple[BV, Any]]
    constants: dict[str, BV]
    poison_constants: set[str]
    root_flags: dict[str, Any]
    side: list[Any]
    fresh: itertools.count  # type: ignore[type-arg]
    nonneg: set[str]

    def width(self, name: str) -> int:
        return 1 if name == "i1" else self.widths[name]

    def new(self, prefix: str, w: int) -> BV:
        return z3.BitVec(f"{prefix}{next(self.fresh)}", w)


def type_names(rule: Rule) -> list[str]:
    """The type names a rule uses, besides i1."""
    names: set[str] = set()

    def walk(p: Pattern) -> None:
        names.add(p.type)
        if isinstance(p, Inst):
            for operand in p.operands:
                walk(operand)
    walk(rule.source)
    walk(rule.target)
    for a, b in rule.narrower:
        names.update((a, b))
    for fact in rule.pre:
        if fact.kind in ("fits", "fits_pos", "sign_ext"):
            names.add(fact.args[1])
    names.discard("i1")
    return sorted(names)


def instances(rule: Rule, widths: tuple[int, ...] = WIDTHS) -> list[dict[str, int]]:
    """Every assignment of widths to the rule's type names that its
    ``narrower`` pairs allow."""
    names = type_names(rule)
    out = []
    for choice in itertools.product(widths, repeat=len(names)):  # a few widths each
        assignment = dict(zip(names, choice, strict=True))

        def width(name: str, a: dict[str, int] = assignment) -> int:
            return 1 if name == "i1" else a[name]
        if all(width(a) < width(b) for a, b in rule.narrower):
            out.append(assignment)
    return out


def _binary(name: str, a: BV, b: BV, flags: dict[str, Any]) -> tuple[BV, Any, Any]:
    """(bits, poison from flags or shift amounts, immediate UB) of a binary
    operator on defined operands."""
    w = a.size()
    f = {k: flags.get(k, z3.BoolVal(False)) for k in ("nuw", "nsw", "exact", "disjoint")}
    false = z3.BoolVal(False)
    if name in ("add", "sub", "mul"):
        wide = 2 * w if name == "mul" else w + 1
        ua, ub = z3.ZeroExt(wide - w, a), z3.ZeroExt(wide - w, b)
        sa, sb = z3.SignExt(wide - w, a), z3.SignExt(wide - w, b)
        exact_u = {"add": ua + ub, "sub": ua - ub, "mul": ua * ub}[name]
        exact_s = {"add": sa + sb, "sub": sa - sb, "mul": sa * sb}[name]
        bits = {"add": a + b, "sub": a - b, "mul": a * b}[name]
        u_over = z3.ZeroExt(wide - w, bits) != exact_u
        s_over = z3.SignExt(wide - w, bits) != exact_s
        return bits, z3.Or(z3.And(f["nuw"], u_over), z3.And(f["nsw"], s_over)), false
    if name in ("udiv", "urem"):
        ub_ = b == 0
        bits = z3.UDiv(a, b) if name == "udiv" else z3.URem(a, b)
        poison = z3.And(f["exact"], z3.URem(a, b) != 0) if name == "udiv" else false
        return bits, poison, ub_
    if name in ("sdiv", "srem"):
        # through the unsigned division of the magnitudes (LangRef: truncating
        # toward zero, the remainder takes the dividend's sign); z3 then sees
        # the udiv of operands known to be non-negative as that of a and b
        ub_ = z3.Or(b == 0, z3.And(a == _smin(w), b == _ones(w)))
        na, nb = _negative(a), _negative(b)
        ua, ub = z3.If(na, -a, a), z3.If(nb, -b, b)
        quotient, remainder = z3.UDiv(ua, ub), z3.URem(ua, ub)
        rem = z3.If(na, -remainder, remainder)
        bits = z3.If(na == nb, quotient, -quotient) if name == "sdiv" else rem
        poison = z3.And(f["exact"], remainder != 0) if name == "sdiv" else false
        return bits, poison, ub_
    if name in ("shl", "lshr", "ashr"):
        too_far = z3.UGE(b, w)
        if name == "shl":
            bits = a << b
            poison = z3.Or(too_far, z3.And(f["nuw"], z3.LShR(bits, b) != a),
                           z3.And(f["nsw"], (bits >> b) != a))
        else:
            bits = z3.LShR(a, b) if name == "lshr" else a >> b
            poison = z3.Or(too_far, z3.And(f["exact"], (bits << b) != a))
        return bits, poison, false
    if name == "and":
        return a & b, false, false
    if name == "or":
        return a | b, z3.And(f["disjoint"], (a & b) != 0), false
    if name == "xor":
        return a ^ b, false, false
    raise KeyError(name)


def _compare(predicate: str, a: BV, b: BV) -> Any:
    return {"eq": a == b, "ne": a != b, "ugt": z3.UGT(a, b), "uge": z3.UGE(a, b),
            "ult": z3.ULT(a, b), "ule": z3.ULE(a, b), "sgt": a > b, "sge": a >= b,
            "slt": a < b, "sle": a <= b}[predicate]


def _overflow(name: str, a: BV, b: BV) -> tuple[BV, Any]:
    """``{s,u}{add,sub,mul}.overflow``: the wrapped result and the flag."""
    sign, operation = name[0], name[1:4]
    flags = {"nuw" if sign == "u" else "nsw": z3.BoolVal(True)}
    bits, overflow, _ = _binary(operation, a, b, flags)
    return bits, overflow


def evaluate(p: Pattern, env: Env, source: bool, root: bool = False) -> Value:
    false = z3.BoolVal(False)
    if isinstance(p, Var):
        if p.name not in env.variables:
            w = env.width(p.type)
            bits = z3.BitVec(p.name, w)
            if p.name in env.nonneg:  # (a zero sign bit in the term: z3 simplifies with it)
                bits = z3.BitVecVal(0, 1) if w == 1 else z3.Concat(
                    z3.BitVecVal(0, 1), z3.BitVec(p.name, w - 1))
            env.variables[p.name] = (bits, z3.Bool(f"{p.name}.poison"))
        bits, poison = env.variables[p.name]
        return bits, poison, false
    if isinstance(p, Const):
        if p.name not in env.constants:
            w = env.width(p.type)
            env.constants[p.name] = z3.BitVec(p.name, w)
            arg = env.width(p.arg) if p.arg else 0
            env.side.append(constant_formula(p.prop, env.constants[p.name], arg))
            if p.prop == "poison":
                env.poison_constants.add(p.name)
        return env.constants[p.name], z3.BoolVal(p.name in env.poison_constants), false
    if isinstance(p, Derived):
        return _derived(p, env)
    assert isinstance(p, Inst)
    operands = [evaluate(o, env, source) for o in p.operands]
    flags = _flags(p, env, source, root)
    w = env.width(p.type)
    ub = z3.Or(*[o[2] for o in operands]) if operands else false
    poisoned = z3.Or(*[o[1] for o in operands])
    name = p.opcode
    if name == "select":
        (cb, cp, _), (ab, ap, _), (bb, bp, _) = operands
        return z3.If(cb == 1, ab, bb), z3.Or(cp, z3.If(cb == 1, ap, bp)), ub
    if name == "icmp":
        (ab, _, _), (bb, _, _) = operands
        result = z3.If(_compare(p.predicate, ab, bb), z3.BitVecVal(1, 1), z3.BitVecVal(0, 1))
        samesign = z3.And(flags.get("samesign", false),
                          z3.Extract(ab.size() - 1, ab.size() - 1, ab)
                          != z3.Extract(bb.size() - 1, bb.size() - 1, bb))
        return result, z3.Or(poisoned, samesign), ub
    if name in ("zext", "sext", "trunc"):
        (ab, _, _), = operands
        v = ab.size()
        if name == "trunc":
            bits = z3.Extract(w - 1, 0, ab)
            poison = z3.Or(z3.And(flags.get("nuw", false), z3.ZeroExt(v - w, bits) != ab),
                           z3.And(flags.get("nsw", false), z3.SignExt(v - w, bits) != ab))
        elif name == "zext":
            bits = z3.ZeroExt(w - v, ab)
            poison = z3.And(flags.get("nneg", false), ab < 0)
        else:
            bits, poison = z3.SignExt(w - v, ab), false
        return bits, z3.Or(poisoned, poison), ub
    if ".overflow." in name:
        (ab, _, _), (bb, _, _) = operands
        bits, overflow = _overflow(name.split(".")[0], ab, bb)
        if name.endswith(".flag"):
            return z3.If(overflow, z3.BitVecVal(1, 1), z3.BitVecVal(0, 1)), poisoned, ub
        return bits, poisoned, ub
    (ab, _, _), (bb, bp, _) = operands
    bits, poison, immediate = _binary(name, ab, bb, flags)
    if name in ("udiv", "sdiv", "urem", "srem"):  # a poison divisor may be 0
        immediate = z3.Or(immediate, bp)
    return bits, z3.Or(poisoned, poison), z3.Or(ub, immediate)


def _flags(p: Inst, env: Env, source: bool, root: bool) -> dict[str, Any]:
    """The instruction's flags: in a source, required ones true and the rest
    free; in a target, its own plus those kept from the source root."""
    if source:
        flags = {f: (z3.BoolVal(True) if f in p.flags else z3.Bool(f"{f}{next(env.fresh)}"))
                 for f in allowed_flags(p.opcode)}
        if root:
            env.root_flags.update(flags)
        return flags
    flags = {f: z3.BoolVal(True) for f in p.flags}
    for keep in p.keep:
        kept = env.root_flags.get(keep.flag, z3.BoolVal(False))
        if keep.when:
            const = env.constants[keep.of]
            kept = z3.And(kept, constant_formula(keep.when, const, 0))
        flags[keep.flag] = z3.Or(flags.get(keep.flag, z3.BoolVal(False)), kept)
    return flags


def _derived(p: Derived, env: Env) -> Value:
    false = z3.BoolVal(False)
    w = env.width(p.type)
    if p.fn == "poison":
        return z3.BitVecVal(0, w), z3.BoolVal(True), false
    constant = {"zero": 0, "false": 0, "true": 1, "ones": (1 << w) - 1}
    if p.fn in constant:
        return z3.BitVecVal(constant[p.fn], w), false, false
    of = env.constants[p.of]
    if p.fn == "minus_one":
        return of - 1, false, false
    if p.fn == "trunc":
        return z3.Extract(w - 1, 0, of), false, false
    if p.fn == "log2":  # the k of of = 2^k (of is a power of two by its property)
        if z3.is_bv_value(of) and of.as_long() > 0:  # (a split case: k is known)
            return z3.BitVecVal(of.as_long().bit_length() - 1, w), false, false
        k = env.new("k", w)
        env.side.append(z3.And(z3.ULT(k, w), (z3.BitVecVal(1, w) << k) == of))
        return k, false, false
    raise KeyError(p.fn)


def fact_formula(fact: Fact, env: Env) -> Any:
    """The statement of an analysis fact (rules.FACTS).  A fact about a
    variable holds of its value where it is not poison."""
    def value(name: str) -> tuple[BV, Any]:
        if name in env.variables:
            return env.variables[name]
        return env.constants[name], z3.BoolVal(False)

    kind, args = fact.kind, fact.args
    if kind in ("variable", "instruction"):  # (the form of an operand, not its value)
        return z3.BoolVal(True)
    if kind in ("ult", "ule", "ne", "eq"):
        a, b = env.constants[args[0]], env.constants[args[1]]
        return {"ult": z3.ULT(a, b), "ule": z3.ULE(a, b), "ne": a != b, "eq": a == b}[kind]
    if kind in ("odd", "even"):
        bit = z3.Extract(0, 0, env.constants[args[0]])
        return bit == (1 if kind == "odd" else 0)
    v, poison = value(args[0])
    w = v.size()
    if kind == "nonneg":
        statement = v >= 0
    elif kind == "neg":
        statement = v < 0
    elif kind == "nonzero":
        statement = v != 0
    elif kind == "bits_within":
        statement = (v & ~env.constants[args[1]]) == 0
    elif kind == "range":
        for bound in args[1:]:
            if bound not in env.constants:
                env.constants[bound] = z3.BitVec(bound, w)
        statement = z3.And(z3.ULE(env.constants[args[1]], v), z3.ULE(v, env.constants[args[2]]))
    else:
        n = env.width(args[1])
        low = z3.Extract(n - 1, 0, v)
        statement = {"fits": lambda: z3.ZeroExt(w - n, low) == v,
                     "fits_pos": lambda: z3.And(z3.ZeroExt(w - n, low) == v,
                                                z3.Extract(n - 1, n - 1, v) == 0),
                     "sign_ext": lambda: z3.SignExt(w - n, low) == v}[kind]()
    return z3.Or(poison, statement)


@dataclass
class Outcome:
    rule: str
    widths: dict[str, int]
    status: str  # "proved", "vacuous" (no input meets the pattern), "refuted", "unknown"
    seconds: float
    counterexample: str = ""


def prove(rule: Rule, widths: dict[str, int], timeout_ms: int = 20000) -> Outcome:
    """Refinement of ``rule`` at one choice of widths.  A power-of-two
    constant wider than 8 bits is split into its cases 2^1 .. 2^(w-1) (z3
    rewrites a division or multiplication by a known 2^k into bit moves,
    where the symbolic one is slow at 64 bits); the rule is proved when every
    case is (or meets no input)."""
    began = time.perf_counter()
    split = [(p.name, widths[p.type]) for p in _constants(rule.source)
             if p.prop in ("pow2", "pow2_below_sign") and widths[p.type] > 8]
    if not split:
        return _prove_case(rule, widths, {}, timeout_ms, began)
    name, w = split[0]
    outcomes = [_prove_case(rule, widths, {name: 1 << k}, timeout_ms, began)
                for k in range(1, w)]  # each power of two of the width
    for status in ("refuted", "unknown"):
        for outcome in outcomes:
            if outcome.status == status:
                return Outcome(rule.name, widths, status, time.perf_counter() - began,
                               outcome.counterexample)
    proved = any(o.status == "proved" for o in outcomes)
    return Outcome(rule.name, widths, "proved" if proved else "vacuous",
                   time.perf_counter() - began)


def _constants(p: Pattern) -> list[Const]:
    if isinstance(p, Const):
        return [p]
    if isinstance(p, Inst):
        return [c for operand in p.operands for c in _constants(operand)]
    return []


def _prove_case(rule: Rule, widths: dict[str, int], fixed: dict[str, int], timeout_ms: int,
                began: float) -> Outcome:
    nonneg = {f.args[0] for f in rule.pre if f.kind == "nonneg"}
    env = Env(widths, {}, {}, set(), {}, [], itertools.count(), nonneg)
    for name, value in fixed.items():
        const = next(p for p in _constants(rule.source) if p.name == name)
        env.constants[name] = z3.BitVecVal(value, widths[const.type])
        env.side.append(constant_formula(const.prop, env.constants[name], 0))
    src_bits, src_poison, src_ub = evaluate(rule.source, env, source=True, root=True)
    pre = [fact_formula(f, env) for f in rule.pre]
    tgt_bits, tgt_poison, tgt_ub = evaluate(rule.target, env, source=False)
    assumptions = env.side + pre
    solver = z3.Solver()
    solver.set(timeout=timeout_ms)
    solver.add(*assumptions)
    # the rule applies here at all: some defined source meets it
    solver.push()
    solver.add(z3.Not(src_ub))
    applies = solver.check()
    solver.pop()
    if applies == z3.unsat:
        return Outcome(rule.name, widths, "vacuous", time.perf_counter() - began)
    refines = z3.Implies(z3.Not(src_ub), z3.And(
        z3.Not(tgt_ub), z3.Implies(z3.Not(src_poison),
                                   z3.And(z3.Not(tgt_poison), src_bits == tgt_bits))))
    solver.add(z3.Not(refines))
    result = solver.check()
    seconds = time.perf_counter() - began
    if result == z3.unsat:
        return Outcome(rule.name, widths, "proved", seconds)
    if result == z3.sat:
        return Outcome(rule.name, widths, "refuted", seconds, str(solver.model()))
    return Outcome(rule.name, widths, "unknown", seconds)
