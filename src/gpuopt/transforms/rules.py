"""The rewrite rules of instsimplify and instcombine, stated once as data.

Each ``Rule`` says what it rewrites (a source pattern of instructions,
variables and constants), when (properties of its constants, and facts the
pass knows from an analysis), and into what (a variable of the pattern, a
constant, or a new instruction and its flags).  Two readers take the same
entries:

* the passes: ``match`` (or ``match_families``, one mask per family of rules
  that differ only in an opcode or predicate) turns the patterns of one site
  into masks over the instruction rows (an array program: per operand path
  one gather, per property one comparison, cached across the rules of the
  site; the analyses' facts are masks the pass supplies), and the pass
  applies the targets (``apply_in_place`` writes target instructions over
  the rows); these are the rules marked ``driven``;
* the prover (tests/test_rules_proved.py through rule_semantics.py), which
  turns every entry into a bit-vector formula and proves that the target
  refines the source at widths 1, 8, 33 and 64, poison and undefined
  behaviour as the LangRef defines them.

Every entry is driven now.  tests/test_rules_proved.py also checks each
against the pass by running instcombine on the rule's source pattern,
printed as IR, and comparing with the target printed the same way (a rule
not marked ``driven`` would be hand-written in the pass and checked so).

Type names: ``T`` is the width of the root's operands (and of its result,
for a binary operator), ``N`` and ``M`` other integer widths (a rule's
``narrower`` pairs order them), ``i1`` the boolean.  docs/rules.md says more.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from gpuopt.ir import opcodes as op
from gpuopt.ir.module import CONST_INT, CONST_POISON, TAG_CONSTANT, TAG_GLOBAL, TAG_VALUE, Module
from gpuopt.ir.rewrite import append_constants, operand_row


@dataclass(frozen=True)
class Var:
    """Any value of type ``type``; one name used twice is one value."""

    name: str
    type: str = "T"


@dataclass(frozen=True)
class Const:
    """An integer constant operand with a property (see CONSTANT_PROPERTIES);
    ``arg`` names the type a property refers to (``low_ones`` of N)."""

    name: str
    prop: str = "any"
    type: str = "T"
    arg: str = ""


@dataclass(frozen=True)
class Derived:
    """A target constant computed from the source's constants (DERIVED)."""

    fn: str
    of: str = ""
    type: str = "T"


@dataclass(frozen=True)
class Keep:
    """A target flag that the source root's flag of that name carries over,
    where ``when`` (a constant property of the constant ``of``) holds."""

    flag: str
    when: str = ""
    of: str = ""


@dataclass(frozen=True)
class Inst:
    """An instruction.  In a source pattern ``flags`` must be present (others
    may be); in a target ``flags`` are set and ``keep`` copies the root's."""

    opcode: str
    operands: tuple[Pattern, ...]
    type: str = "T"
    predicate: str = ""
    flags: tuple[str, ...] = ()
    keep: tuple[Keep, ...] = ()


Pattern = Var | Const | Derived | Inst


@dataclass(frozen=True)
class Fact:
    """A precondition the pass knows from an analysis (FACTS)."""

    kind: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    name: str
    source: Inst
    target: Pattern
    pre: tuple[Fact, ...] = ()
    narrower: tuple[tuple[str, str], ...] = ()  # (a, b): width of a < width of b
    driven: bool = False  # the pass builds its mask from this entry
    where: str = ""  # the function of the pass that applies the rule


# Constant properties: the numpy/cupy test on a constant's stored value (an
# int64: zero-extended below 64 bits, the bit pattern at 64) of width w, and
# the prover's statement of it (rule_semantics.CONSTANT_FORMULAS).
def _all_ones(xp: Any, w: Any) -> Any:
    return xp.where(w >= 64, -1, (xp.int64(1) << xp.clip(w, 1, 63)) - 1)


def _smax(xp: Any, w: Any) -> Any:
    return xp.where(w >= 64, (1 << 63) - 1, (xp.int64(1) << xp.clip(w - 1, 0, 62)) - 1)


def _smin(xp: Any, w: Any) -> Any:
    return xp.where(w >= 64, -(1 << 63), _smax(xp, w) + 1)


def _power(xp: Any, v: Any) -> Any:
    u = v.astype(xp.uint64)
    return (u > 1) & ((u & (u - xp.uint64(1))) == 0)


def log2(xp: Any, v: Any) -> Any:
    """floor(log2) of each value (as uint64), one bit of the answer a step."""
    u = v.astype(xp.uint64)
    result = xp.zeros(u.shape[0], dtype=xp.int64)
    for bit in range(6):  # six bits of the answer
        shift = result + (1 << (5 - bit))
        high = (shift < 64) & ((u >> xp.minimum(shift, 63).astype(xp.uint64)) != 0)
        result = xp.where(high, shift, result)
    return result


CONSTANT_PROPERTIES: dict[str, Callable[[Any, Any, Any], Any]] = {
    "any": lambda xp, v, w: xp.ones(v.shape[0], dtype=bool),
    "zero": lambda xp, v, w: v == 0,
    "one": lambda xp, v, w: v == 1,
    "ones": lambda xp, v, w: v == _all_ones(xp, w),
    "smin": lambda xp, v, w: v == _smin(xp, w),
    "smax": lambda xp, v, w: v == _smax(xp, w),
    # 2^k with k >= 1; and with 2^k also below the sign bit (k < w - 1)
    "pow2": lambda xp, v, w: _power(xp, v),
    "pow2_below_sign": lambda xp, v, w: _power(xp, v) & (log2(xp, v) < w - 1),
    # any constant operand (ANY_KIND): the rules that only move it
    "literal": lambda xp, v, w: xp.ones(v.shape[0], dtype=bool),
}


def _low(xp: Any, v: Any, a: Any) -> Any:
    """The low ``a`` bits of each value, as uint64."""
    return v.astype(xp.uint64) & _all_ones(xp, a).astype(xp.uint64)


def _sign_extended(xp: Any, v: Any, w: Any, a: Any) -> Any:
    """The sign extension of the low ``a`` bits of v to width w, as uint64."""
    low, mask = _low(xp, v, a), _all_ones(xp, a).astype(xp.uint64)
    sign = xp.uint64(1) << (xp.clip(a, 1, 64) - 1).astype(xp.uint64)
    return xp.where((low & sign) != 0, (low | ~mask) & _all_ones(xp, w).astype(xp.uint64), low)


# Properties about another type's bits (a Const's ``arg``, in the rules a
# narrower one): (xp, value, width, the arg type's width) -> mask
ARG_PROPERTIES: dict[str, Callable[[Any, Any, Any, Any], Any]] = {
    # of a constant wider than its arg type: its low bits all ones / all zeros
    "keeps_low": lambda xp, v, w, a: _low(xp, v, a) == _all_ones(xp, a).astype(xp.uint64),
    "clears_low": lambda xp, v, w, a: _low(xp, v, a) == 0,
    "zext_fits": lambda xp, v, w, a: v.astype(xp.uint64) == _low(xp, v, a),
    "sext_fits": lambda xp, v, w, a: v.astype(xp.uint64) == _sign_extended(xp, v, w, a),
}

# Properties that hold of constants of every kind, not only integers: a
# float, null, poison, a vector, or a global's address (the pass moves the
# operand without reading it; the prover reads it as an integer constant)
ANY_KIND = ("literal",)

# Constant properties that the constant's kind decides, not an integer value:
# the matcher compares the kind (the prover: rule_semantics.constant_formula).
CONSTANT_KINDS: dict[str, int] = {"poison": CONST_POISON}

# Target constants from source constants: (xp, value of ``of``, width) -> int64
DERIVED: dict[str, Callable[[Any, Any, Any], Any]] = {
    "zero": lambda xp, v, w: xp.zeros(w.shape[0], dtype=xp.int64),
    "ones": lambda xp, v, w: _all_ones(xp, w),
    "false": lambda xp, v, w: xp.zeros(w.shape[0], dtype=xp.int64),
    "true": lambda xp, v, w: xp.ones(w.shape[0], dtype=xp.int64),
    "log2": lambda xp, v, w: log2(xp, v),
    "minus_one": lambda xp, v, w: (v.astype(xp.uint64) - xp.uint64(1)).astype(xp.int64),
    # (a constant of kind poison: the pass makes it, its value unread)
    "poison": lambda xp, v, w: xp.zeros(w.shape[0], dtype=xp.int64),
    # (w the width of the Derived's own type)
    "trunc": lambda xp, v, w: _low(xp, v, w).astype(xp.int64),
}

# Facts (the prover's statements are in rule_semantics.FACT_FORMULAS):
#   nonneg x        x is below the sign bit;  neg x  x has the sign bit set
#   nonzero x       x is not 0
#   bits_within x C every bit x may have is set in C
#   fits x N        x is at most N's all-ones (unsigned)
#   fits_pos x N    x is below N's sign bit
#   sign_ext x N    x equals the sign extension of its low N bits
#   range x lo hi   lo <= x <= hi (unsigned)
#   ult a b         constant a < constant b (unsigned);  ule a b  likewise <=
#   ne a b          constants a and b differ;  eq a b  they are equal
#   odd a / even a  bit 0 of constant a is 1 / 0
#   variable x      x is not a constant (an instruction's result or an
#                   argument): no statement about its value, it keeps a
#                   canonical form from swapping back (the matcher reads it)
#   instruction x   x is an instruction's result (the matcher reads it; no
#                   statement about its value either)
FACTS = ("nonneg", "neg", "nonzero", "bits_within", "fits", "fits_pos", "sign_ext", "range",
         "ult", "ule", "ne", "eq", "odd", "even", "variable", "instruction")
# the facts ``match`` reads from the operands
MATCHED_FACTS = ("variable", "instruction")

# The relations the matcher tests itself, on values as uint64: a constant's
# stored value, or a value a fact of the pass gave (``range x lo hi``'s bounds).
RELATIONS: dict[str, Callable[..., Any]] = {
    "ult": lambda a, b: a < b,
    "ule": lambda a, b: a <= b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "odd": lambda a: (a & 1) == 1,
    "even": lambda a: (a & 1) == 0,
}

# The other facts come from the pass's analyses, as a mask over the roots
# (``match``'s ``facts``): fact kind -> a function of the fact's arguments,
# each a bound name's operand path or a type name's width at each root.  A
# fact that names values of its own (``range x lo hi``) gives the mask and
# those values, in order: (mask, (lo, hi)).
FactMasks = Mapping[str, Callable[..., Any]]

PREDICATES = op.ICMP_PREDICATES
SWAPPED = {"eq": "eq", "ne": "ne", "ugt": "ult", "uge": "ule", "ult": "ugt", "ule": "uge",
           "sgt": "slt", "sge": "sle", "slt": "sgt", "sle": "sge"}
INVERSE = {"eq": "ne", "ne": "eq", "ugt": "ule", "uge": "ult", "ult": "uge", "ule": "ugt",
           "sgt": "sle", "sge": "slt", "slt": "sge", "sle": "sgt"}
UNSIGNED = {"eq": "eq", "ne": "ne", "ugt": "ugt", "uge": "uge", "ult": "ult", "ule": "ule",
            "sgt": "ugt", "sge": "uge", "slt": "ult", "sle": "ule"}
REFLEXIVE = ("eq", "uge", "ule", "sge", "sle")

x, y, c = Var("x"), Var("y"), Var("c", "i1")
ZERO, ONE, ONES = Const("Z", "zero"), Const("O", "one"), Const("A", "ones")


def _binary(name: str, a: Pattern, b: Pattern, **kw: Any) -> Inst:
    return Inst(name, (a, b), **kw)


def _icmp(predicate: str, a: Pattern, b: Pattern, **kw: Any) -> Inst:
    return Inst("icmp", (a, b), type="i1", predicate=predicate, **kw)


def _rules_round() -> list[Rule]:
    """instcombine's _rules_round: uses of the instruction take the target."""
    site = "instcombine._rules_round"
    rules = []
    for name in ("add", "sub", "or", "xor", "shl", "lshr", "ashr"):
        rules.append(Rule(f"{name} x, 0 -> x", _binary(name, x, ZERO), x))
    for name in ("mul", "udiv", "sdiv"):
        rules.append(Rule(f"{name} x, 1 -> x", _binary(name, x, ONE), x))
    rules += [
        Rule("and x, -1 -> x", _binary("and", x, ONES), x),
        Rule("and x, x -> x", _binary("and", x, x), x),
        Rule("or x, x -> x", _binary("or", x, x), x),
        Rule("mul x, 0 -> 0", _binary("mul", x, ZERO), Derived("zero")),
        Rule("and x, 0 -> 0", _binary("and", x, ZERO), Derived("zero")),
        Rule("urem x, 1 -> 0", _binary("urem", x, ONE), Derived("zero")),
        Rule("srem x, 1 -> 0", _binary("srem", x, ONE), Derived("zero")),
        Rule("sub x, x -> 0", _binary("sub", x, x), Derived("zero")),
        Rule("xor x, x -> 0", _binary("xor", x, x), Derived("zero")),
        Rule("shl 0, x -> 0", _binary("shl", ZERO, x), Derived("zero")),
        Rule("lshr 0, x -> 0", _binary("lshr", ZERO, x), Derived("zero")),
        Rule("ashr 0, x -> 0", _binary("ashr", ZERO, x), Derived("zero")),
        Rule("or x, -1 -> -1", _binary("or", x, ONES), Derived("ones")),
        Rule("sub 0, (sub 0, x) -> x",
             _binary("sub", ZERO, _binary("sub", Const("Z2", "zero"), x)), x),
        Rule("xor (xor x, -1), -1 -> x",
             _binary("xor", _binary("xor", x, Const("A2", "ones")), ONES), x),
        Rule("select c, true, false -> c",
             Inst("select", (c, Const("T1", "one", "i1"), Const("F1", "zero", "i1")),
                  type="i1"), c),
        Rule("trunc (zext x) -> x",
             Inst("trunc", (Inst("zext", (Var("x", "N"),)),), type="N"), Var("x", "N"),
             narrower=(("N", "T"),)),
        Rule("trunc (sext x) -> x",
             Inst("trunc", (Inst("sext", (Var("x", "N"),)),), type="N"), Var("x", "N"),
             narrower=(("N", "T"),)),
    ]
    # icmp against the limits of its range
    limits = [("ult", "zero", "false"), ("ugt", "ones", "false"), ("slt", "smin", "false"),
              ("sgt", "smax", "false"), ("uge", "zero", "true"), ("ule", "ones", "true"),
              ("sge", "smin", "true"), ("sle", "smax", "true")]
    for predicate, prop, result in limits:
        rules.append(Rule(f"icmp {predicate} x, {prop} -> {result}",
                          _icmp(predicate, x, Const("C", prop)), Derived(result, type="i1")))
    for predicate in PREDICATES:
        result = "true" if predicate in REFLEXIVE else "false"
        rules.append(Rule(f"icmp {predicate} x, x -> {result}", _icmp(predicate, x, x),
                          Derived(result, type="i1")))
    b = Var("b", "i1")
    rules += [
        Rule("icmp ne i1 x, false -> x", _icmp("ne", b, Const("F", "zero", "i1")), b),
        Rule("icmp eq i1 x, true -> x", _icmp("eq", b, Const("T1", "one", "i1")), b),
    ]
    return [Rule(r.name, r.source, r.target, r.pre, r.narrower, True, site) for r in rules]


def _strength() -> list[Rule]:
    """instcombine's _rewrite_in_place: strength reduction by 2^k (in place)."""
    site = "instcombine._rewrite_in_place"
    power = Const("C", "pow2")
    return [
        Rule("mul x, 2^k -> shl x, k", _binary("mul", x, power),
             _binary("shl", x, Derived("log2", "C"),
                     keep=(Keep("nuw"), Keep("nsw", "pow2_below_sign", "C"))),
             driven=True, where=site),
        Rule("udiv x, 2^k -> lshr x, k", _binary("udiv", x, power),
             _binary("lshr", x, Derived("log2", "C"), keep=(Keep("exact"),)),
             driven=True, where=site),
        Rule("urem x, 2^k -> and x, 2^k-1", _binary("urem", x, power),
             _binary("and", x, Derived("minus_one", "C")), driven=True, where=site),
        Rule("sdiv exact x, 2^k -> ashr exact x, k (2^k below the sign bit)",
             _binary("sdiv", x, Const("C", "pow2_below_sign"), flags=("exact",)),
             _binary("ashr", x, Derived("log2", "C"), keep=(Keep("exact"),)),
             driven=True, where=site),
    ]


def _canonical() -> list[Rule]:
    """instcombine's _rewrite_in_place: canonical forms, a constant (of any
    kind) moved to the right of a variable, and compares against 0 and 1."""
    site = "instcombine._rewrite_in_place"
    k = Const("C", "literal")
    variable = (Fact("variable", ("x",)),)
    rules = []
    for name in ("add", "mul", "and", "or", "xor"):
        rules.append(Rule(f"{name} C, x -> {name} x, C", _binary(name, k, x),
                          _binary(name, x, k, keep=_keep_all(name)), pre=variable,
                          driven=True, where=site))
    for predicate in PREDICATES:
        rules.append(Rule(f"icmp {predicate} C, x -> icmp {SWAPPED[predicate]} x, C",
                          _icmp(predicate, k, x),
                          _icmp(SWAPPED[predicate], x, k, keep=(Keep("samesign"),)),
                          pre=variable, driven=True, where=site))
    zero = Const("Z", "zero")
    rules += [
        Rule("icmp ugt x, 0 -> icmp ne x, 0", _icmp("ugt", x, zero), _icmp("ne", x, zero),
             driven=True, where=site),
        Rule("icmp ule x, 0 -> icmp eq x, 0", _icmp("ule", x, zero), _icmp("eq", x, zero),
             driven=True, where=site),
        Rule("icmp ult x, 1 -> icmp eq x, 0", _icmp("ult", x, ONE),
             _icmp("eq", x, Derived("zero")), driven=True, where=site),
        Rule("icmp uge x, 1 -> icmp ne x, 0", _icmp("uge", x, ONE),
             _icmp("ne", x, Derived("zero")), driven=True, where=site),
    ]
    return rules


def _keep_all(name: str) -> tuple[Keep, ...]:
    words = [w for bit, w in op.FLAG_PRINT_ORDER if _allowed(name) & bit]
    return tuple(Keep(w) for w in words)


def _allowed(name: str) -> int:
    return op.ALLOWED_FLAGS.get(name, 0)


def allowed_flags(name: str) -> tuple[str, ...]:
    """The flag words an instruction of this opcode may carry."""
    return tuple(w for bit, w in op.FLAG_PRINT_ORDER if _allowed(name) & bit)


def _casts() -> list[Rule]:
    """instcombine's _rewrite_in_place: cast chains, compares of extensions
    (driven: the root row takes operands from two levels down, and their
    types); _narrow_compares' compares against a constant (hand-written: they
    truncate the constant)."""
    site = "instcombine._rewrite_in_place"
    n, m = Var("x", "N"), Var("y", "N")
    rules = [
        Rule("zext (zext x) -> zext x",
             Inst("zext", (Inst("zext", (n,), type="M"),)), Inst("zext", (n,)),
             narrower=(("N", "M"), ("M", "T")), where=site),
        Rule("sext (sext x) -> sext x",
             Inst("sext", (Inst("sext", (n,), type="M"),)), Inst("sext", (n,)),
             narrower=(("N", "M"), ("M", "T")), where=site),
        Rule("sext (zext x) -> zext x",
             Inst("sext", (Inst("zext", (n,), type="M"),)), Inst("zext", (n,)),
             narrower=(("N", "M"), ("M", "T")), where=site),
        Rule("trunc (trunc x) -> trunc x",
             Inst("trunc", (Inst("trunc", (Var("x", "M"),)),), type="N"),
             Inst("trunc", (Var("x", "M"),), type="N"),
             narrower=(("N", "T"), ("T", "M")), where=site),
    ]
    for ext in ("zext", "sext"):
        rules += [
            Rule(f"trunc ({ext} x) -> {ext} x (x narrower than the result)",
                 Inst("trunc", (Inst(ext, (n,), type="M"),)), Inst(ext, (n,)),
                 narrower=(("N", "T"), ("T", "M")), where=site),
            Rule(f"trunc ({ext} x) -> trunc x (x wider than the result)",
                 Inst("trunc", (Inst(ext, (Var("x", "M"),), type="N"),)),
                 Inst("trunc", (Var("x", "M"),)),
                 narrower=(("T", "M"), ("M", "N")), where=site),
        ]
    wide = Var("x", "M")
    rules += [
        Rule("trunc (and x, C) -> trunc x (C keeps the low bits)",
             Inst("trunc", (_binary("and", wide, Const("C", "keeps_low", "M", "T"),
                                    type="M"),)),
             Inst("trunc", (wide,)), narrower=(("T", "M"),), where=site),
        Rule("trunc (or x, C) -> trunc x (C clears the low bits)",
             Inst("trunc", (_binary("or", wide, Const("C", "clears_low", "M", "T"),
                                    type="M"),)),
             Inst("trunc", (wide,)), narrower=(("T", "M"),), where=site),
        Rule("trunc (xor x, C) -> trunc x (C clears the low bits)",
             Inst("trunc", (_binary("xor", wide, Const("C", "clears_low", "M", "T"),
                                    type="M"),)),
             Inst("trunc", (wide,)), narrower=(("T", "M"),), where=site),
    ]
    for predicate in PREDICATES:
        rules.append(Rule(
            f"icmp {predicate} (zext x), (zext y) -> icmp {UNSIGNED[predicate]} x, y",
            _icmp(predicate, Inst("zext", (n,)), Inst("zext", (m,))),
            _icmp(UNSIGNED[predicate], n, m), narrower=(("N", "T"),), where=site))
        rules.append(Rule(
            f"icmp {predicate} (sext x), (sext y) -> icmp {predicate} x, y",
            _icmp(predicate, Inst("sext", (n,)), Inst("sext", (m,))),
            _icmp(predicate, n, m), narrower=(("N", "T"),), where=site))
        # narrow compares: against a constant the narrow type holds (driven;
        # samesign holds of sign extensions' sources, not of zero extensions')
        if predicate in ("eq", "ne") or predicate.startswith("u"):
            rules.append(Rule(
                f"icmp {predicate} (zext x), C -> icmp {predicate} x, trunc C",
                _icmp(predicate, Inst("zext", (n,)), Const("C", "zext_fits", "T", "N")),
                _icmp(predicate, n, Derived("trunc", "C", "N")),
                narrower=(("N", "T"),), driven=True, where="instcombine._narrow_compares"))
        rules.append(Rule(
            f"icmp {predicate} (sext x), C -> icmp {predicate} x, trunc C",
            _icmp(predicate, Inst("sext", (n,)), Const("C", "sext_fits", "T", "N")),
            _icmp(predicate, n, Derived("trunc", "C", "N"), keep=(Keep("samesign"),)),
            narrower=(("N", "T"),), driven=True, where="instcombine._narrow_compares"))
    return [replace(r, driven=True) if r.where == site else r for r in rules]


def _ranges() -> list[Rule]:
    """instcombine's _range_rules and known-nonzero compares (hand-written:
    they read analysis/ranges.py's facts)."""
    site = "instcombine._range_rules"
    zero = Const("Z", "zero")
    rules = [
        Rule("sdiv x, y -> udiv x, y (both below the sign bit)", _binary("sdiv", x, y),
             _binary("udiv", x, y, keep=(Keep("exact"),)),
             pre=(Fact("nonneg", ("x",)), Fact("nonneg", ("y",))), where=site),
        Rule("srem x, y -> urem x, y (both below the sign bit)", _binary("srem", x, y),
             _binary("urem", x, y),
             pre=(Fact("nonneg", ("x",)), Fact("nonneg", ("y",))), where=site),
        Rule("ashr x, y -> lshr x, y (x below the sign bit)", _binary("ashr", x, y),
             _binary("lshr", x, y, keep=(Keep("exact"),)),
             pre=(Fact("nonneg", ("x",)),), where=site),
        Rule("and x, C -> x (C keeps every bit x may have)", _binary("and", x, Const("C")), x,
             pre=(Fact("bits_within", ("x", "C")),), where=site),
        Rule("zext (trunc x) -> x (x fits the narrow type)",
             Inst("zext", (Inst("trunc", (x,), type="N"),)), x,
             pre=(Fact("fits", ("x", "N")),), narrower=(("N", "T"),), where=site),
        Rule("sext (trunc x) -> x (x below the narrow sign bit)",
             Inst("sext", (Inst("trunc", (x,), type="N"),)), x,
             pre=(Fact("fits_pos", ("x", "N")),), narrower=(("N", "T"),), where=site),
        Rule("sext (trunc x) -> x (x's sign bits reach the narrow type)",
             Inst("sext", (Inst("trunc", (x,), type="N"),)), x,
             pre=(Fact("sign_ext", ("x", "N")),), narrower=(("N", "T"),), where=site),
        Rule("zext (trunc x) -> zext x (x fits, x narrower than the result)",
             Inst("zext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("zext", (Var("x", "M"),)),
             pre=(Fact("fits", ("x", "N")),), narrower=(("N", "M"), ("M", "T")), where=site),
        Rule("zext (trunc x) -> trunc x (x fits, x wider than the result)",
             Inst("zext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("trunc", (Var("x", "M"),)),
             pre=(Fact("fits", ("x", "N")),), narrower=(("N", "T"), ("T", "M")), where=site),
        Rule("sext (trunc x) -> sext x (x's sign bits reach the narrow type)",
             Inst("sext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("sext", (Var("x", "M"),)),
             pre=(Fact("sign_ext", ("x", "N")),), narrower=(("N", "M"), ("M", "T")),
             where=site),
        Rule("sext (trunc x) -> sext x (x below the narrow sign bit)",
             Inst("sext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("sext", (Var("x", "M"),)),
             pre=(Fact("fits_pos", ("x", "N")),), narrower=(("N", "M"), ("M", "T")),
             where=site),
        Rule("sext (trunc x) -> trunc x (x's sign bits reach the narrow type, x wider than "
             "the result)",
             Inst("sext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("trunc", (Var("x", "M"),)),
             pre=(Fact("sign_ext", ("x", "N")),), narrower=(("N", "T"), ("T", "M")),
             where=site),
        Rule("sext (trunc x) -> trunc x (x below the narrow sign bit, x wider than the "
             "result)",
             Inst("sext", (Inst("trunc", (Var("x", "M"),), type="N"),)),
             Inst("trunc", (Var("x", "M"),)),
             pre=(Fact("fits_pos", ("x", "N")),), narrower=(("N", "T"), ("T", "M")),
             where=site),
    ]
    for predicate in ("sgt", "sge", "slt", "sle"):
        rules.append(Rule(
            f"icmp {predicate} x, y -> icmp samesign {UNSIGNED[predicate]} x, y (both below "
            "the sign bit)", _icmp(predicate, x, y),
            _icmp(UNSIGNED[predicate], x, y, flags=("samesign",)),
            pre=(Fact("nonneg", ("x",)), Fact("nonneg", ("y",))), where=site))
    # compares that the operands' ranges decide: x in [a, b], y in [p, q]
    rx = Fact("range", ("x", "a", "b"))
    ry = Fact("range", ("y", "p", "q"))
    decided = [
        ("ult", "true", ("ult", ("b", "p"))), ("ult", "false", ("ule", ("q", "a"))),
        ("ule", "true", ("ule", ("b", "p"))), ("ule", "false", ("ult", ("q", "a"))),
        ("ugt", "true", ("ult", ("q", "a"))), ("ugt", "false", ("ule", ("b", "p"))),
        ("uge", "true", ("ule", ("q", "a"))), ("uge", "false", ("ult", ("b", "p"))),
        ("eq", "false", ("ult", ("b", "p"))), ("ne", "true", ("ult", ("b", "p"))),
        ("eq", "false", ("ult", ("q", "a"))), ("ne", "true", ("ult", ("q", "a"))),
    ]
    for predicate, result, (kind, args) in decided:
        rules.append(Rule(f"icmp {predicate} x, y -> {result} ({args[0]} {kind} {args[1]})",
                          _icmp(predicate, x, y), Derived(result, type="i1"),
                          pre=(rx, ry, Fact(kind, args)), where=site))
    # signed: both on one side of the sign bit keeps the unsigned order; a
    # value below it is greater than one with it set
    for predicate, result, (kind, args) in decided[:8]:
        signed = "s" + predicate[1:]
        for side in ("nonneg", "neg"):
            pre = (rx, ry, Fact(kind, args)) + ((Fact("nonneg", ("x",)), Fact("nonneg", ("y",)))
                                                 if side == "nonneg" else
                                                 (Fact("neg", ("x",)), Fact("neg", ("y",))))
            rules.append(Rule(
                f"icmp {signed} x, y -> {result} ({args[0]} {kind} {args[1]}, both {side})",
                _icmp(signed, x, y), Derived(result, type="i1"), pre=pre, where=site))
    for predicate, result in (("sgt", "true"), ("sge", "true"), ("slt", "false"),
                              ("sle", "false")):
        rules.append(Rule(f"icmp {predicate} x, y -> {result} (x below the sign bit, y not)",
                          _icmp(predicate, x, y), Derived(result, type="i1"),
                          pre=(Fact("nonneg", ("x",)), Fact("neg", ("y",))), where=site))
    for predicate, result in (("sgt", "false"), ("sge", "false"), ("slt", "true"),
                              ("sle", "true")):
        rules.append(Rule(f"icmp {predicate} x, y -> {result} (y below the sign bit, x not)",
                          _icmp(predicate, x, y), Derived(result, type="i1"),
                          pre=(Fact("neg", ("x",)), Fact("nonneg", ("y",))), where=site))
    site = "instcombine._rules_round (known nonzero)"
    rules += [
        Rule("icmp eq x, 0 -> false (x nonzero)", _icmp("eq", x, zero),
             Derived("false", type="i1"), pre=(Fact("nonzero", ("x",)),), where=site),
        Rule("icmp ne x, 0 -> true (x nonzero)", _icmp("ne", x, zero),
             Derived("true", type="i1"), pre=(Fact("nonzero", ("x",)),), where=site),
        Rule("icmp ugt x, 0 -> true (x nonzero)", _icmp("ugt", x, zero),
             Derived("true", type="i1"), pre=(Fact("nonzero", ("x",)),), where=site),
    ]
    return [Rule(r.name, r.source, r.target, r.pre, r.narrower, True, r.where) for r in rules]


def _booleans() -> list[Rule]:
    """instcombine's _booleans and _nots_of_extended_compares (driven; the
    inversions of each are one family over the predicates, the compare
    rewritten in place)."""
    site = "instcombine._booleans"
    t = Const("T1", "one", "i1")
    a_, b_ = Var("a", "i1"), Var("b", "i1")
    rules = []
    for predicate in PREDICATES:
        rules.append(Rule(
            f"xor (icmp {predicate} x, y), true -> icmp {INVERSE[predicate]} x, y",
            Inst("xor", (_icmp(predicate, x, y), t), type="i1"),
            _icmp(INVERSE[predicate], x, y), driven=True, where=site))
        rules.append(Rule(
            f"xor (zext (icmp {predicate} x, y)), 1 -> zext (icmp {INVERSE[predicate]} x, y)",
            Inst("xor", (Inst("zext", (_icmp(predicate, x, y),), type="N"),
                         Const("O", "one", "N")), type="N"),
            Inst("zext", (_icmp(INVERSE[predicate], x, y),), type="N"),
            narrower=(("i1", "N"),), driven=True,
            where="instcombine._nots_of_extended_compares"))
    k1, k2, kk = Const("K1", type="N"), Const("K2", type="N"), Const("K", type="N")
    not_of = (Fact("instruction", ("c",)),)  # (a not of an instruction's result)
    rules += [
        Rule("select (xor c, true), a, b -> select c, b, a",
             Inst("select", (Inst("xor", (c, t), type="i1"), a_, b_), type="i1"),
             Inst("select", (c, b_, a_), type="i1"), pre=not_of, driven=True, where=site),
        Rule("select (xor c, true), a, b -> select c, b, a (any type)",
             Inst("select", (Inst("xor", (c, t), type="i1"), Var("a"), Var("b"))),
             Inst("select", (c, Var("b"), Var("a"))), pre=not_of, driven=True, where=site),
        Rule("trunc (select c, K1, K2) to i1 -> c (K1 odd, K2 even)",
             Inst("trunc", (Inst("select", (c, k1, k2), type="N"),), type="i1"), c,
             pre=(Fact("odd", ("K1",)), Fact("even", ("K2",))), narrower=(("i1", "N"),),
             driven=True, where=site),
        Rule("trunc (select c, K1, K2) to i1 -> xor c, true (K1 even, K2 odd)",
             Inst("trunc", (Inst("select", (c, k1, k2), type="N"),), type="i1"),
             Inst("xor", (c, Derived("true", type="i1")), type="i1"),
             pre=(Fact("even", ("K1",)), Fact("odd", ("K2",))), narrower=(("i1", "N"),),
             driven=True, where=site),
        Rule("icmp eq (select c, K1, K2), K -> c (K1 = K, K2 != K)",
             _icmp("eq", Inst("select", (c, k1, k2), type="N"), kk), c,
             pre=(Fact("eq", ("K1", "K")), Fact("ne", ("K2", "K"))), driven=True, where=site),
        Rule("icmp ne (select c, K1, K2), K -> c (K1 != K, K2 = K)",
             _icmp("ne", Inst("select", (c, k1, k2), type="N"), kk), c,
             pre=(Fact("ne", ("K1", "K")), Fact("eq", ("K2", "K"))), driven=True, where=site),
        Rule("icmp eq (select c, K1, K2), K -> xor c, true (K1 != K, K2 = K)",
             _icmp("eq", Inst("select", (c, k1, k2), type="N"), kk),
             Inst("xor", (c, Derived("true", type="i1")), type="i1"),
             pre=(Fact("ne", ("K1", "K")), Fact("eq", ("K2", "K"))), driven=True, where=site),
        Rule("icmp ne (select c, K1, K2), K -> xor c, true (K1 = K, K2 != K)",
             _icmp("ne", Inst("select", (c, k1, k2), type="N"), kk),
             Inst("xor", (c, Derived("true", type="i1")), type="i1"),
             pre=(Fact("eq", ("K1", "K")), Fact("ne", ("K2", "K"))), driven=True, where=site),
    ]
    return rules


def _overflow() -> list[Rule]:
    """overflow_intrinsics: extractvalue of a *.with.overflow call with an
    identity operand (driven: the pass supplies the calls' arguments, operands
    or literals of their text, through ``Supplied``).  The pseudo-opcodes
    ``{u,s}{add,sub,mul}.overflow.value`` and ``.flag`` are the call's two
    fields."""
    site = "overflow_intrinsics.fold_overflow_intrinsics"
    rules = []
    for swapped in (False, True):  # x first; then the identity (add and mul commute, sub not)
        for sign in ("u", "s"):
            for name, identity in (("add", ZERO), ("sub", ZERO), ("mul", ONE)):
                if swapped and name == "sub":
                    continue
                call = f"{sign}{name}.overflow"
                # (smul of i1 by 1 is by -1, which overflows for x = -1: not used in i1)
                wider = (("i1", "T"),) if call == "smul.overflow" else ()
                operands = (identity, x) if swapped else (x, identity)
                text = f"{identity.prop}, x" if swapped else f"x, {identity.prop}"
                rules.append(Rule(f"{call} {text}: value -> x", Inst(call + ".value", operands),
                                  x, narrower=wider, where=site))
                rules.append(Rule(f"{call} {text}: flag -> false",
                                  Inst(call + ".flag", operands, type="i1"),
                                  Derived("false", type="i1"), narrower=wider, where=site))
            call = f"{sign}mul.overflow"
            operands, text = ((ZERO, x), "0, x") if swapped else ((x, ZERO), "x, 0")
            rules.append(Rule(f"{call} {text}: value -> 0", Inst(call + ".value", operands),
                              Derived("zero"), where=site))
            rules.append(Rule(f"{call} {text}: flag -> false",
                              Inst(call + ".flag", operands, type="i1"),
                              Derived("false", type="i1"), where=site))
    return [Rule(r.name, r.source, r.target, r.pre, r.narrower, True, r.where) for r in rules]


def _instsimplify() -> list[Rule]:
    """instsimplify's rules besides constant folding (whose arithmetic,
    _evaluate, is checked against the prover's semantics on values)."""
    site = "instsimplify._fold_round"
    p = Const("P", "poison")
    # (all driven: _fold_round's masks come from them)
    selects = [
        Rule("select true, a, b -> a",
             Inst("select", (Const("T1", "one", "i1"), Var("a"), Var("b"))), Var("a")),
        Rule("select false, a, b -> b",
             Inst("select", (Const("F1", "zero", "i1"), Var("a"), Var("b"))), Var("b")),
        Rule("select c, a, a -> a", Inst("select", (c, Var("a"), Var("a"))), Var("a")),
    ]
    rules = [
        Rule("select poison, a, b -> poison",
             Inst("select", (Const("P", "poison", "i1"), Var("a"), Var("b"))),
             Derived("poison")),
    ]
    for name in op.BINARY_OPS:
        rules.append(Rule(f"{name} poison, x -> poison", _binary(name, p, x),
                          Derived("poison")))
        rules.append(Rule(f"{name} x, poison -> poison", _binary(name, x, p),
                          Derived("poison")))
    for predicate in PREDICATES:  # (the pass folds every predicate)
        rules.append(Rule(f"icmp {predicate} poison, x -> poison", _icmp(predicate, p, x),
                          Derived("poison", type="i1")))
        rules.append(Rule(f"icmp {predicate} x, poison -> poison", _icmp(predicate, x, p),
                          Derived("poison", type="i1")))
    for name in ("zext", "sext"):
        rules.append(Rule(f"{name} poison -> poison", Inst(name, (Const("P", "poison", "N"),)),
                          Derived("poison"), narrower=(("N", "T"),)))
    rules.append(Rule("trunc poison -> poison",
                      Inst("trunc", (Const("P", "poison", "M"),)), Derived("poison"),
                      narrower=(("T", "M"),)))
    return [Rule(r.name, r.source, r.target, r.pre, r.narrower, True, site)
            for r in selects + rules]


RULES: tuple[Rule, ...] = tuple(_rules_round() + _strength() + _canonical() + _casts()
                                + _ranges() + _booleans() + _overflow() + _instsimplify())


def site_rules(where: str) -> tuple[Rule, ...]:
    return tuple(r for r in RULES if r.driven and r.where == where)


# -- the matcher -----------------------------------------------------------------------

Path = tuple[int, ...]


@dataclass
class Match:
    """Per driven rule of a site, its mask; and where each bound variable is."""

    masks: dict[str, Any]
    paths: dict[str, dict[str, Path]]


class Operands:
    """Operand reads over the instruction rows ``roots`` (every row when
    None), cached by operand path (a path is the operand positions from the
    root down), shared by the rules of one site.  Arrays are per root."""

    def __init__(self, m: Module, roots: Any = None) -> None:
        self.m = m
        self.xp = m.xp
        self.roots = roots
        self.cache: dict[Any, Any] = {}
        self.opcode = m.inst_opcode.astype(m.xp.int32)

    def _memo(self, key: Any, make: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def memo(self, key: Any, make: Callable[[], Any]) -> Any:
        """A value over these roots made once, under a key of the caller's
        (kept apart from the reads' own keys)."""
        return self._memo(("caller",) + tuple(key), make)

    def row(self, path: Path) -> Any:
        """The operand table row of each instruction's operand at ``path``."""
        def make() -> Any:
            owner = self.owner(path[:-1])
            return operand_row(self.m, self.m.inst_operand_start[owner], path[-1])
        return self._memo(("row", path), make)

    def owner(self, path: Path) -> Any:
        """The instruction at ``path`` (the root itself for the empty path)."""
        if not path:
            return self._memo(("owner", ()), lambda: self.xp.arange(self.m.n_instructions)
                              if self.roots is None else self.roots)
        return self._memo(("owner", path), lambda: self.xp.where(
            self.tag(path) == TAG_VALUE, self.ref(path), 0))

    def tag(self, path: Path) -> Any:
        return self._memo(("tag", path),
                          lambda: self.m.operand_tag[self.row(path)].astype(self.xp.int32))

    def ref(self, path: Path) -> Any:
        return self._memo(("ref", path), lambda: self.m.operand_ref[self.row(path)])

    def constant(self, path: Path) -> tuple[Any, Any]:
        """Whether the operand is an integer constant, and its stored value."""
        def make() -> tuple[Any, Any]:
            xp, m = self.xp, self.m
            is_const = self.tag(path) == TAG_CONSTANT
            safe = xp.where(is_const, self.ref(path), 0)
            return is_const & (m.constant_kind[safe] == CONST_INT), m.constant_value[safe]
        result: tuple[Any, Any] = self._memo(("constant", path), make)
        return result

    def kind(self, path: Path) -> Any:
        """The operand's constant kind (module.CONST_*), -1 where it is no constant."""
        def make() -> Any:
            xp = self.xp
            is_const = self.tag(path) == TAG_CONSTANT
            return xp.where(is_const, self.m.constant_kind[xp.where(is_const, self.ref(path), 0)],
                            -1)
        return self._memo(("kind", path), make)

    def has_opcode(self, path: Path, name: str) -> Any:
        def make() -> Any:
            code = op.OPCODE_ID[name]
            if not path:
                return self.at(path, self.opcode) == code
            return (self.tag(path) == TAG_VALUE) & (self.opcode[self.owner(path)] == code)
        return self._memo(("opcode", path, name), make)

    def prop(self, path: Path, prop: str, width: Any, arg_width: Any = None) -> Any:
        """Whether the operand is an integer constant with the property at
        the given widths (one array per root class: the cache keys on it);
        ``arg_width``: the width of the type an ARG_PROPERTIES one reads."""
        if prop in CONSTANT_KINDS:  # (the kind decides: no width, no value)
            return self._memo(("prop", path, prop),
                              lambda: self.kind(path) == CONSTANT_KINDS[prop])

        def make() -> Any:
            if prop in ANY_KIND:  # (no value read)
                return ~self.variable(path)
            is_int, value = self.constant(path)
            if prop in ARG_PROPERTIES:
                return is_int & ARG_PROPERTIES[prop](self.xp, value, width, arg_width)
            return is_int & CONSTANT_PROPERTIES[prop](self.xp, value, width)
        self.cache.setdefault(("width", id(width)), width)  # (keeps the id unique)
        self.cache.setdefault(("width", id(arg_width)), arg_width)
        return self._memo(("prop", path, prop, id(width), id(arg_width)), make)

    def at(self, path: Path, column: Any) -> Any:
        """An instruction column read at the instruction at ``path``."""
        if not path and self.roots is None:
            return column
        return column[self.owner(path)]

    def predicate(self, path: Path, name: str) -> Any:
        return self._memo(("predicate", path, name), lambda: self.at(
            path, self.m.inst_predicate) == op.ICMP_ID[name])

    def same(self, a: Path, b: Path) -> Any:
        return self._memo(("same", a, b), lambda: (self.tag(a) == self.tag(b))
                          & (self.ref(a) == self.ref(b)))

    def variable(self, path: Path) -> Any:
        """The operand is not a constant (nor a global's address)."""
        return self._memo(("variable", path), lambda: (self.tag(path) != TAG_CONSTANT)
                          & (self.tag(path) != TAG_GLOBAL))

    def code(self, path: Path = ()) -> Any:
        """The (opcode, predicate) of the instruction at ``path`` as one index
        into a Family's tables."""
        def make() -> Any:
            predicate = self.xp.maximum(self.at(path, self.m.inst_predicate), 0)
            return self.at(path, self.opcode) * len(PREDICATES) + predicate
        return self._memo(("code", path), make)

    def type_of(self, path: Path, operand: bool) -> Any:
        """The type of the operand at ``path``, or of the instruction there."""
        return self._memo(("type of", path, operand), lambda: self.m.operand_type[
            self.row(path)] if operand else self.at(path, self.m.inst_type))

    def same_type(self, a: Path, b: Path) -> Any:
        """The operand at ``a`` has the type of the instruction at ``b``."""
        return self._memo(("type", a, b), lambda: self.m.operand_type[self.row(a)]
                          == self.m.inst_type[self.owner(b)])

    def width(self, path: Path, operand: bool | None = None) -> Any:
        """The width of the operand's type at ``path`` (of the instruction's
        there where ``operand`` is false; by default the root's own type for
        the empty path, an operand's otherwise)."""
        operand = bool(path) if operand is None else operand
        return self._memo(("width", path, operand), lambda: self.m.type_width[
            self.xp.maximum(self.type_of(path, operand), 0)].astype(self.xp.int64))


class Supplied(Operands):
    """Reads of rows whose opcode and operands the pass supplies itself, for
    rows the operand table does not spell out (an extractvalue of an
    intrinsic call whose arguments may be literals of the call's text): per
    root the index of its pseudo-opcode in ``names`` (``field``; -1: none),
    per operand path its tag and ref, whether it is an integer constant and
    its value (as ``Operands.constant``), and the operands' width.  Only the
    root and those paths are read; the root's code (``code``) indexes a
    Family's tables as a module row's does."""

    def __init__(self, m: Module, roots: Any, names: tuple[str, ...], field: Any,
                 operands: dict[Path, tuple[Any, Any, Any, Any]], width: Any) -> None:
        super().__init__(m, roots)
        self.names, self.field, self.operands = names, field, operands
        self.operand_width = width  # (of every supplied operand)

    def has_opcode(self, path: Path, name: str) -> Any:
        assert not path
        return self._memo(("opcode", path, name), lambda: self.field == self.names.index(name))

    def code(self, path: Path = ()) -> Any:
        assert not path
        # (one entry past the names: field -1 reads the code of no family)
        return self._memo(("code", path), lambda: self.xp.asarray(
            [OPCODE_CODES[name] * len(PREDICATES) for name in self.names] + [NO_CODE])[
                self.field])

    def kind(self, path: Path) -> Any:
        return self._memo(("kind", path), lambda: self.xp.where(
            self.operands[path][2], CONST_INT, -1))

    def width(self, path: Path, operand: bool | None = None) -> Any:
        if bool(path) if operand is None else operand:  # (a supplied operand's)
            return self.operand_width
        return super().width(path, False)

    def tag(self, path: Path) -> Any:
        return self.operands[path][0]

    def ref(self, path: Path) -> Any:
        return self.operands[path][1]

    def constant(self, path: Path) -> tuple[Any, Any]:
        return self.operands[path][2], self.operands[path][3]


def match(reads: Operands, rules: tuple[Rule, ...], width: Any,
          facts: FactMasks | None = None) -> Match:
    """Each rule's source pattern as a mask over the instruction rows (the
    caller ands in which rows the site admits as roots).  ``width`` is the
    width of type T at each row, the one the constant properties read;
    ``facts`` gives the masks of the rules' facts (FactMasks)."""
    masks: dict[str, Any] = {}
    paths: dict[str, dict[str, Path]] = {}
    for rule in rules:  # over the rule table, not instructions
        bound: dict[str, Path] = {}
        masks[rule.name] = _rule_mask(reads, rule, bound, width, None, facts)
        paths[rule.name] = bound
    return Match(masks, paths)


def _rule_mask(reads: Operands, rule: Rule, bound: dict[str, Path], width: Any,
               free: Path | None, facts: FactMasks | None = None) -> Any:
    """The rule's source pattern, its facts (``facts``: the masks of those
    the pass supplies) and the types it relates that an instruction's
    validity does not (the opcode and predicate of the instruction at path
    ``free`` are left to the caller)."""
    mask = _pattern_mask(reads, rule.source, (), bound, width, rule, free)
    nodes = _typed_nodes(rule.source, ())
    first = type_paths(rule.source)

    def width_of(name: str) -> Any:
        return 1 if name == "i1" else reads.width(*first[name])

    for path, node in nodes:  # constants about another type's bits
        if isinstance(node, Const) and node.arg:
            mask = mask & reads.prop(path, node.prop, width, width_of(node.arg))
    values: dict[str, Any] = {}
    for fact in rule.pre:  # a few facts, in order (a relation reads earlier values)
        mask = mask & _fact_mask(reads, fact, bound, first, width_of, values, facts or {})
    variables: dict[str, Path] = {}
    for path, node in nodes:  # variables of one type under different instructions
        if not isinstance(node, Var):
            continue
        other = variables.setdefault(node.type, path)
        if other[:-1] != path[:-1]:
            mask = mask & (reads.type_of(other, True) == reads.type_of(path, True))
    for a, b in _unimplied(rule, nodes):  # widths no cast of the pattern orders
        mask = mask & (width_of(a) < width_of(b))
    return mask


def type_paths(source: Inst) -> dict[str, tuple[Path, bool]]:
    """Where each type name of a source pattern is first read: the path, and
    whether as an operand (else the instruction there; Operands.width)."""
    first: dict[str, tuple[Path, bool]] = {}
    for path, node in _typed_nodes(source, ()):  # the pattern's nodes
        first.setdefault(node.type, (path, not isinstance(node, Inst)))
    return first


def _fact_mask(reads: Operands, fact: Fact, bound: dict[str, Path],
               types: dict[str, tuple[Path, bool]], width_of: Callable[[str], Any],
               values: dict[str, Any], facts: FactMasks) -> Any:
    """A fact's mask: one the matcher reads from the operands, a relation
    between values (constants' stored values, or values an earlier fact
    named), tested here; any other from the pass's ``facts`` (which may name
    new values)."""
    xp = reads.xp
    if fact.kind == "variable":
        return reads.variable(bound[fact.args[0]])
    if fact.kind == "instruction":
        return reads.tag(bound[fact.args[0]]) == TAG_VALUE
    if fact.kind in RELATIONS:
        args = [values[name] if name in values else reads.memo(
            ("value", bound[name]), lambda name=name: reads.constant(bound[name])[1].astype(
                xp.uint64)) for name in fact.args]
        return reads.memo(("relation", fact.kind) + tuple(id(a) for a in args),
                          lambda: RELATIONS[fact.kind](*args))
    inputs = [name for name in fact.args if name in bound or name in types]
    supply = facts[fact.kind]
    key = ("fact", fact.kind, id(supply)) + tuple(
        ("path", bound[name]) if name in bound else ("type", types[name]) for name in inputs)
    reads.cache.setdefault(("alive", id(supply)), supply)
    result = reads.memo(key, lambda: supply(*(
        bound[name] if name in bound else width_of(name) for name in inputs)))
    if not isinstance(result, tuple):
        return result
    mask, named = result
    for name, value in zip(fact.args[len(inputs):], named, strict=True):  # its new values
        values[name] = value
    return mask


def _typed_nodes(p: Pattern, path: Path) -> list[tuple[Path, Pattern]]:
    """The pattern's nodes in order, with their paths."""
    if isinstance(p, Inst):
        return [(path, p)] + [n for k, o in enumerate(p.operands)
                              for n in _typed_nodes(o, path + (k,))]
    return [(path, p)]


def _unimplied(rule: Rule, nodes: list[tuple[Path, Pattern]]) -> list[tuple[str, str]]:
    """The rule's ``narrower`` pairs that its casts do not imply (a zext or
    sext is wider than its operand, a trunc narrower)."""
    implied = set()
    for _, node in nodes:  # the pattern's casts
        if isinstance(node, Inst) and node.opcode in ("zext", "sext", "trunc"):
            inner = node.operands[0]
            pair = (node.type, inner.type) if node.opcode == "trunc" else (inner.type, node.type)
            implied.add(pair)
    for _ in nodes:  # transitive closure, at most one step per node
        implied |= {(a, d) for a, b in implied for c, d in implied if b == c}
    return [pair for pair in rule.narrower if pair not in implied]


def _pattern_mask(reads: Operands, pattern: Pattern, path: Path, bound: dict[str, Path],
                  width: Any, rule: Rule, free: Path | None = None) -> Any:
    if isinstance(pattern, Var):
        if pattern.name in bound:
            return reads.same(bound[pattern.name], path)
        bound[pattern.name] = path
        return None
    if isinstance(pattern, Const):
        bound[pattern.name] = path
        # (one about another type's bits: once every type is read)
        return None if pattern.arg else reads.prop(path, pattern.prop, width)
    assert isinstance(pattern, Inst), rule.name
    if path != free:
        mask = reads.has_opcode(path, pattern.opcode)
        if pattern.predicate:
            mask = mask & reads.predicate(path, pattern.predicate)
    elif path:
        mask = reads.tag(path) == TAG_VALUE
    else:
        mask = reads.xp.ones(reads.owner(()).shape[0], dtype=bool)
    if pattern.flags:
        bits = sum(op.FLAG_WORDS[f] for f in pattern.flags)
        mask = mask & ((reads.at(path, reads.m.inst_flags) & bits) == bits)
    for k, operand in enumerate(pattern.operands):  # over the pattern's operands
        sub = _pattern_mask(reads, operand, path + (k,), bound, width, rule, free)
        if sub is not None:
            mask = mask & sub
    # a cast back to a variable's own type: the variable's type is the root's
    if isinstance(pattern.operands[0], Var) and pattern.opcode in ("zext", "sext", "trunc") \
            and path and pattern.operands[0].type == rule.source.type:
        mask = mask & reads.same_type(path + (0,), ())
    return mask


# -- families of rules, and targets applied in place ------------------------------------

# Opcodes of the table's sources that the module spells otherwise (a field of
# an intrinsic call's result: a pass reads them through Supplied), numbered
# after the module's own for a Family's tables; NO_CODE: no family's code.
PSEUDO_OPCODES = tuple(sorted({node.opcode for rule in RULES
                               for _, node in _typed_nodes(rule.source, ())
                               if isinstance(node, Inst) and node.opcode not in op.OPCODE_ID}))
OPCODE_CODES = op.OPCODE_ID | {name: len(op.OPCODES) + k for k, name in enumerate(PSEUDO_OPCODES)}
NO_CODE = len(OPCODE_CODES) * len(PREDICATES)


@dataclass(frozen=True)
class Family:
    """Rules that differ only in the opcode and predicate of one source
    instruction (the root's, or the one at path ``at``), and in the target's
    opcode, predicate and unconditional flags at the node written over it
    (``written``): matched once, that instruction's code (``Operands.code``)
    looked up in tables built from them."""

    rules: tuple[Rule, ...]
    at: Path
    opcode: tuple[int, ...]  # per code: the target's opcode (-1: no rule of the family;
    #                          0: a target that is no instruction)
    predicate: tuple[int, ...]  # the target's predicate (-1: the root keeps its own)
    kept: tuple[int, ...]  # flag bits the target keeps from the root
    set: tuple[int, ...]  # flag bits the target sets


def _blank(p: Pattern) -> Pattern:
    """The pattern without its predicates."""
    if not isinstance(p, Inst):
        return p
    return replace(p, predicate="", operands=tuple(_blank(o) for o in p.operands))


def restated(rule: Rule) -> Path | None:
    """The path of the source's node that the target restates, predicates
    aside (``xor (zext (icmp P x, y)), 1 -> zext (icmp !P x, y)``: (0,)): the
    pass may rewrite a node below it in place and give its value to the
    root's uses."""
    def walk(p: Pattern, path: Path) -> Path | None:
        if isinstance(p, Inst):
            if _blank(p) == _blank(rule.target):
                return path
            for k, o in enumerate(p.operands):  # over the pattern's operands
                found = walk(o, path + (k,))
                if found is not None:
                    return found
        return None
    return walk(rule.source, ())


def inner_paths(p: Inst) -> list[Path]:
    """The paths of the pattern's instructions below its root."""
    return [path for path, node in _typed_nodes(p, ()) if path and isinstance(node, Inst)]


def _target_path(rule: Rule, at: Path) -> Path:
    """The path in the target of the node written over the source's node at
    ``at`` (the target itself at the root, or where it restates a node above)."""
    above = restated(rule) if at else None
    return at[len(above):] if above is not None and at[:len(above)] == above else ()


def written(rule: Rule, at: Path = ()) -> Pattern:
    """The target's node written over the source's node at ``at``."""
    target = rule.target
    return _varies(target, _target_path(rule, at)) if isinstance(target, Inst) else target


def _erased(p: Inst, at: Path, target: bool = False) -> Inst:
    """The pattern without the opcode and predicate of its instruction at
    ``at`` (a target's: nor its flags and unconditional keeps either)."""
    if not at:
        if target:
            return replace(p, opcode="", predicate="", flags=(),
                           keep=tuple(k for k in p.keep if k.when))
        return replace(p, opcode="", predicate="")
    inner = p.operands[at[0]]
    assert isinstance(inner, Inst)
    operands = p.operands[:at[0]] + (_erased(inner, at[1:], target),) + p.operands[at[0] + 1:]
    return replace(p, operands=operands)


def _varies(p: Inst, at: Path) -> Inst:
    """The pattern's instruction at ``at`` (a source's: the one whose code a
    family looks up)."""
    for k in at:  # down the path
        inner = p.operands[k]
        assert isinstance(inner, Inst)
        p = inner
    return p


def _shape(rule: Rule, at: Path) -> tuple[Any, ...]:
    """What the rules of one family share."""
    target = rule.target
    if isinstance(target, Inst):
        target = _erased(target, _target_path(rule, at), target=True)
    return (_erased(rule.source, at), target, rule.pre, rule.narrower)


def families(rules: tuple[Rule, ...], at: Path = ()) -> tuple[Family, ...]:
    """The rules grouped into families that vary at the source instruction
    at ``at`` (in the order of their first rule); built once, at import."""
    groups: dict[tuple[Any, ...], list[Rule]] = {}
    for rule in rules:  # over the table
        groups.setdefault(_shape(rule, at), []).append(rule)
    out = []
    for members in groups.values():  # a few families
        tables = [[-1] * (NO_CODE + 1), [-1] * (NO_CODE + 1), [0] * (NO_CODE + 1),
                  [0] * (NO_CODE + 1)]
        for rule in members:  # the family's rules
            target = written(rule, at)
            varies = _varies(rule.source, at)
            base = OPCODE_CODES[varies.opcode] * len(PREDICATES)
            codes = [base + op.ICMP_ID[varies.predicate]] if varies.predicate \
                else range(base, base + len(PREDICATES))
            for code in codes:  # (one, or every predicate column)
                if not isinstance(target, Inst):  # (the family's rows are the pass's)
                    tables[0][code] = 0
                    continue
                tables[0][code] = op.OPCODE_ID[target.opcode]
                tables[1][code] = op.ICMP_ID[target.predicate] if target.predicate else -1
                tables[2][code] = sum(op.FLAG_WORDS[k.flag] for k in target.keep if not k.when)
                tables[3][code] = sum(op.FLAG_WORDS[f] for f in target.flags)
        out.append(Family(tuple(members), at, *(tuple(t) for t in tables)))
    return tuple(out)


def match_families(reads: Operands, group: tuple[Family, ...], width: Any,
                   facts: FactMasks | None = None, exclusive: bool = True) -> Match:
    """``match`` by families: per family (keyed by its first rule's name),
    the roots it matches (where ``exclusive``, a root matched by an earlier
    family is not matched again), and where each variable is bound."""
    xp = reads.xp
    masks: dict[str, Any] = {}
    paths: dict[str, dict[str, Path]] = {}
    taken = xp.zeros(reads.owner(()).shape[0], dtype=bool)
    for family in group:  # over the site's families
        name = family.rules[0].name
        paths[name] = {}
        code = reads.code(family.at)
        masks[name] = _rule_mask(reads, family.rules[0], paths[name], width, family.at, facts) \
            & (xp.asarray(family.opcode, dtype=xp.int32)[code] >= 0)
        if exclusive:
            masks[name] &= ~taken
            taken |= masks[name]
    return Match(masks, paths)


def by_target(group: tuple[Family, ...], found: Match) -> dict[Any, Any]:
    """The roots of the families whose target is no instruction, by target:
    a Derived constant's function, or the path its variable is bound at (the
    rows whose uses take that operand)."""
    out: dict[Any, Any] = {}
    for family in group:  # over the site's families
        name, target = family.rules[0].name, family.rules[0].target
        if isinstance(target, Inst):
            continue
        key = target.fn if isinstance(target, Derived) else found.paths[name][target.name]
        out[key] = out[key] | found.masks[name] if key in out else found.masks[name]
    return out


def rewrite_in_place(reads: Operands, group: tuple[Family, ...], width: Any
                     ) -> tuple[Module, int]:
    """``match_families``, then ``apply_in_place`` to the roots."""
    found = match_families(reads, group, width)
    return apply_in_place(reads, group, found, width)


def apply_in_place(reads: Operands, group: tuple[Family, ...], found: Match, width: Any,
                   at: Path = (), into: Module | None = None) -> tuple[Module, int]:
    """Each family's target written over the row of the instruction at
    path ``at`` of its matched roots (the root's own; or an operand's, whose
    uses the caller gives the root's): the opcode, predicate and flags from
    the family's tables and kept flags, and each operand from the path its
    variable is bound at in the source (with that operand's type), or a new
    constant (a ``Derived``).  It writes into ``into`` where given (the
    module read, with changes to other rows).  The module and the number of
    rows."""
    xp, m = reads.xp, reads.m if into is None else into
    masks = [found.masks[family.rules[0].name] for family in group]
    counts = xp.stack(masks).sum(axis=1).tolist() if masks else []  # (one sync)
    if not sum(counts):
        return m, 0
    columns = {name: getattr(m, name).copy() for name in (
        "inst_opcode", "inst_predicate", "inst_flags", "operand_tag", "operand_ref",
        "operand_type")}
    new_constants = []  # (operand row, type, value) per Derived operand
    for family, mask, count in zip(group, masks, counts, strict=True):
        if not count:
            continue
        bound = found.paths[family.rules[0].name]
        hit = xp.flatnonzero(mask)  # positions among the roots
        rows, codes = reads.owner(at)[hit], reads.code(family.at)[hit]
        target = written(family.rules[0], family.at)
        assert isinstance(target, Inst)
        columns["inst_opcode"][rows] = xp.asarray(family.opcode)[codes]
        if target.predicate:
            columns["inst_predicate"][rows] = xp.asarray(family.predicate)[codes]
        kept = xp.asarray(family.kept)[codes]
        for keep in target.keep:  # flags kept only where a constant property holds
            if keep.when:
                value = reads.constant(bound[keep.of])[1][hit]
                holds = CONSTANT_PROPERTIES[keep.when](xp, value, width[hit])
                kept = kept | xp.where(holds, op.FLAG_WORDS[keep.flag], 0)
        columns["inst_flags"][rows] = (m.inst_flags[reads.owner(())[hit]] & kept) \
            | xp.asarray(family.set)[codes]
        start = m.inst_operand_start[rows]
        for k, operand in enumerate(target.operands):  # the target's operands
            if isinstance(operand, Derived):  # of the type where the source first has it
                value = reads.constant(bound[operand.of])[1][hit] if operand.of \
                    else xp.zeros(hit.shape[0], dtype=xp.int64)
                where = type_paths(family.rules[0].source)[operand.type]
                new_constants.append((start + k, reads.type_of(*where)[hit], DERIVED[
                    operand.fn](xp, value, reads.width(*where)[hit])))
                continue
            assert isinstance(operand, (Var, Const)), family.rules[0].name
            source = bound[operand.name]
            if source == at + (k,):
                continue
            for name in ("operand_tag", "operand_ref", "operand_type"):
                columns[name][start + k] = getattr(reads.m, name)[reads.row(source)[hit]]
    m = m.with_columns(**columns)
    if new_constants:  # appended in operand order, in one call
        where, types, values = (xp.concatenate(c) for c in zip(*new_constants, strict=True))
        order = xp.argsort(where)  # (each operand row once)
        m, ids = append_constants(m, types[order], xp.full(order.shape[0], CONST_INT, xp.int8),
                                  values[order])
        # (the operand row takes the constant's type too: a narrowed compare's
        # constant is of the narrow type, and later rules read widths from it)
        operand_tag, operand_ref = m.operand_tag.copy(), m.operand_ref.copy()
        operand_type = m.operand_type.copy()
        operand_tag[where[order]] = TAG_CONSTANT
        operand_ref[where[order]] = ids
        operand_type[where[order]] = types[order]
        m = m.with_columns(operand_tag=operand_tag, operand_ref=operand_ref,
                           operand_type=operand_type)
    return m, sum(counts)
