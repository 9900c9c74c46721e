"""Every rule of the rule table (transforms/rules.py) proved with z3.

For each rule and each choice of widths from (1, 8, 33, 64) that its types
allow, rule_semantics.prove shows that the target refines the source
(poison and undefined behaviour per the LangRef).  Widths where no input
meets the pattern (a power of two above 1 in i1, a division by poison) are
reported as vacuous.  A prover that cannot fail proves nothing: deliberately
wrong rules must be refuted.  Where a rule is hand-written in the pass, its
statement is checked against the pass: instcombine on the rule's source,
printed as IR, gives what it gives on the target.  Constant folding
(instsimplify._evaluate) is checked against the same semantics on values.
"""

from __future__ import annotations

import itertools
import random
import re
import time

import numpy as np
import pytest

z3 = pytest.importorskip("z3")

from gpuopt import optimize  # noqa: E402
from gpuopt.ir import opcodes as op  # noqa: E402
from gpuopt.transforms.instsimplify import _evaluate  # noqa: E402
from gpuopt.transforms.rule_semantics import (  # noqa: E402
    WIDTHS,
    _binary,
    _compare,
    constant_formula,
    instances,
    prove,
)
from gpuopt.transforms.rules import (  # noqa: E402
    ARG_PROPERTIES,
    CONSTANT_KINDS,
    CONSTANT_PROPERTIES,
    DERIVED,
    FACTS,
    MATCHED_FACTS,
    RELATIONS,
    RULES,
    Const,
    Derived,
    Fact,
    Inst,
    Keep,
    Pattern,
    Rule,
    Var,
)

TIMEOUT_MS = 20000


def test_every_rule_is_proved(capsys: pytest.CaptureFixture[str]) -> None:
    began = time.perf_counter()
    proved: dict[str, set[int]] = {}
    vacuous: dict[str, set[int]] = {}
    failed = []
    slowest = (0.0, "")
    for rule in RULES:  # every rule, every width choice
        proved[rule.name], vacuous[rule.name] = set(), set()
        for widths in instances(rule):
            outcome = prove(rule, widths, TIMEOUT_MS)
            main = widths.get("T", 1)
            if outcome.status == "proved":
                proved[rule.name].add(main)
            elif outcome.status == "vacuous":
                vacuous[rule.name].add(main)
            else:
                failed.append(f"{rule.name} at {widths}: {outcome.status} "
                              f"{outcome.counterexample}")
            slowest = max(slowest, (outcome.seconds, f"{rule.name} at {widths}"))
    assert not failed, "\n".join(failed)
    # no input meets a division by poison (always UB): vacuously true, never proved
    unproved = [name for name, widths in proved.items() if not widths]
    assert all(re.fullmatch(r"[us](div|rem) x, poison -> poison", name)
               for name in unproved), unproved
    proofs = sum(len(instances(rule)) for rule in RULES)
    driven = sum(rule.driven for rule in RULES)
    by_widths: dict[tuple[int, ...], int] = {}
    for widths in proved.values():  # how many rules were proved at which root widths
        key = tuple(sorted(widths))
        by_widths[key] = by_widths.get(key, 0) + 1
    with capsys.disabled():
        print(f"\n{len(RULES)} rules ({driven} driven by the table), {proofs} width choices, "
              f"{time.perf_counter() - began:.1f} s; rules by the root widths (T) they are "
              f"proved at: {dict(sorted(by_widths.items()))}; vacuous at some width: "
              f"{sum(bool(v) for v in vacuous.values())} rules; slowest {slowest[0]:.1f} s "
              f"({slowest[1]})")


def _patterns(p: Pattern) -> list[Pattern]:
    return [p] + ([q for o in p.operands for q in _patterns(o)] if isinstance(p, Inst) else [])


def test_the_table_is_well_formed() -> None:
    """Names are unique; the facts and properties used are the documented
    ones; a driven rule uses only what the pass's matcher reads."""
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:  # every rule
        assert all(fact.kind in FACTS for fact in rule.pre), rule.name
        nodes = _patterns(rule.source) + _patterns(rule.target)
        assert all(p.opcode in op.OPCODE_ID or ".overflow." in p.opcode
                   for p in nodes if isinstance(p, Inst)), rule.name
        if rule.driven:
            # (its facts: read from the operands, relations the matcher tests,
            # or masks the pass supplies)
            assert all(fact.kind in MATCHED_FACTS or fact.kind in RELATIONS
                       or fact.kind in FACTS for fact in rule.pre), rule.name
            assert rule.where.split(".")[0] in ("instcombine", "instsimplify",
                                                "overflow_intrinsics")
            assert all(p.prop in CONSTANT_PROPERTIES or p.prop in CONSTANT_KINDS
                       or (p.prop in ARG_PROPERTIES and p.arg)
                       for p in nodes if isinstance(p, Const)), rule.name
            assert all(p.fn in DERIVED for p in nodes if isinstance(p, Derived)), rule.name


x, y = Var("x"), Var("y")


@pytest.mark.parametrize(("rule", "widths"), [
    # mul nsw x, 2^(w-1) is not shl nsw x, w-1 (LangRef: the sign bit must not change)
    (Rule("mul x, 2^k -> shl x, k (keeping nsw always)", Inst("mul", (x, Const("C", "pow2"))),
          Inst("shl", (x, Derived("log2", "C")), keep=(Keep("nuw"), Keep("nsw")))),
     {"T": 8}),
    (Rule("add x, y -> add nsw x, y", Inst("add", (x, y)), Inst("add", (x, y), flags=("nsw",))),
     {"T": 33}),
    (Rule("shl x, y -> shl nuw x, y (nuw kept from nothing)", Inst("shl", (x, y)),
          Inst("shl", (x, y), keep=(Keep("nsw"),), flags=("nuw",))), {"T": 64}),
    (Rule("udiv x, 2^k -> lshr exact x, k", Inst("udiv", (x, Const("C", "pow2"))),
          Inst("lshr", (x, Derived("log2", "C")), flags=("exact",))), {"T": 8}),
    (Rule("icmp slt x, y -> icmp ult x, y", Inst("icmp", (x, y), "i1", "slt"),
          Inst("icmp", (x, y), "i1", "ult")), {"T": 8}),
    (Rule("sdiv x, y -> udiv x, y (x only below the sign bit)", Inst("sdiv", (x, y)),
          Inst("udiv", (x, y)), pre=(Fact("nonneg", ("x",)),)), {"T": 8}),
    (Rule("icmp sgt x, y -> samesign ugt (no precondition)", Inst("icmp", (x, y), "i1", "sgt"),
          Inst("icmp", (x, y), "i1", "ugt", flags=("samesign",))), {"T": 33}),
    # the miscompile this table found: smul.with.overflow.i1 x, 1 overflows at x = -1
    (Rule("smul.overflow x, 1: flag -> false", Inst("smul.overflow.flag", (x, Const("O", "one")),
                                                     type="i1"), Derived("false", type="i1")),
     {"T": 1}),
    (Rule("zext (trunc x) -> x (no precondition)",
          Inst("zext", (Inst("trunc", (x,), type="N"),)), x, narrower=(("N", "T"),)),
     {"N": 8, "T": 64}),
], ids=lambda value: value.name if isinstance(value, Rule) else str(value))
def test_wrong_rules_are_refuted(rule: Rule, widths: dict[str, int]) -> None:
    outcome = prove(rule, widths, TIMEOUT_MS)
    assert outcome.status == "refuted", outcome
    assert outcome.counterexample


# -- constant folding against the prover's semantics ------------------------------------

def _z3_fold(name: str, flags: int, predicate: int, a: int, b: int, width: int,
             result_width: int) -> tuple[int, bool] | None:
    """(value, poison) of the prover's model on two constants, None for UB."""
    av, bv = z3.BitVecVal(a, width), z3.BitVecVal(b, width)
    words = {w: z3.BoolVal(bool(flags & bit)) for w, bit in op.FLAG_WORDS.items()}
    if name == "icmp":
        result = _compare(op.ICMP_PREDICATES[predicate], av, bv)
        poison = bool(flags & op.FLAG_SAMESIGN) and (a >> (width - 1)) != (b >> (width - 1))
        return int(z3.is_true(z3.simplify(result))), poison
    if name in ("trunc", "zext", "sext"):
        inst = Inst(name, (Const("A"),), type="R")
        from gpuopt.transforms.rule_semantics import Env, evaluate
        env = Env({"T": width, "R": result_width}, {}, {"A": av}, set(), {}, [],
                  itertools.count(), set())
        env.root_flags = {}
        inst_flags = tuple(w for w in op.FLAG_WORDS if flags & op.FLAG_WORDS[w])
        bits, poison, _ = evaluate(Inst(name, inst.operands, "R", flags=inst_flags), env,
                                   source=True)
        return z3.simplify(bits).as_long(), z3.is_true(z3.simplify(poison))
    bits, poison, ub = _binary(name, av, bv, words)
    if z3.is_true(z3.simplify(ub)):
        return None
    return z3.simplify(bits).as_long(), z3.is_true(z3.simplify(poison))


def test_constant_properties_agree_with_the_prover() -> None:
    """The matcher's constant properties (CONSTANT_PROPERTIES, ARG_PROPERTIES
    about a narrower type's bits) and DERIVED trunc give, on stored values,
    what the prover's statements of them give."""
    rng = random.Random(5)
    for width, arg in ((1, 0), (8, 1), (8, 4), (33, 8), (33, 32), (64, 1), (64, 32), (64, 63)):
        mask, low = (1 << width) - 1, (1 << arg) - 1
        values = sorted({v & mask for v in (0, 1, 2, mask, mask >> 1, (mask >> 1) + 1, low,
                                            low >> 1, (low >> 1) + 1, mask ^ (low >> 1),
                                            mask ^ low, rng.randrange(mask + 1))})
        stored = np.asarray(values, dtype=np.uint64).astype(np.int64)  # (the bit pattern)
        widths = np.full(len(values), width, dtype=np.int64)
        args = np.full(len(values), arg, dtype=np.int64)
        for prop in (*CONSTANT_PROPERTIES, *(ARG_PROPERTIES if arg else ())):
            if prop in ARG_PROPERTIES:
                got = ARG_PROPERTIES[prop](np, stored, widths, args)
            else:
                got = CONSTANT_PROPERTIES[prop](np, stored, widths)
            for v, value in zip(values, got.tolist(), strict=True):  # one z3 check per value
                expected = z3.is_true(z3.simplify(constant_formula(
                    prop, z3.BitVecVal(v, width), arg if prop in ARG_PROPERTIES else 0)))
                assert value == expected, (prop, width, arg, v)
        if arg:
            truncated = DERIVED["trunc"](np, stored, args)
            assert truncated.tolist() == [v & low for v in values]


def test_constant_folding_agrees_with_the_prover() -> None:
    rng = random.Random(11)
    cases = []
    for width in WIDTHS:
        mask = (1 << width) - 1
        values = sorted({v & mask for v in (0, 1, 2, 3, mask, mask >> 1, (mask >> 1) + 1,
                                            width - 1, width, rng.randrange(mask + 1))})
        for name in op.BINARY_OPS:
            allowed = op.ALLOWED_FLAGS.get(name, 0)
            flag_sets = sorted({f & allowed for f in (0, op.FLAG_NUW, op.FLAG_NSW,
                                                      op.FLAG_NUW | op.FLAG_NSW, op.FLAG_EXACT,
                                                      op.FLAG_DISJOINT)})
            for flags, a, b in itertools.product(flag_sets, values, values):
                cases.append((op.OPCODE_ID[name], flags, -1, a, b, width, width))
        for predicate, a, b in itertools.product(range(10), values, values):
            for flags in (0, op.FLAG_SAMESIGN):
                cases.append((op.ICMP, flags, predicate, a, b, width, 1))
        for other in WIDTHS:
            for a in values:
                if other < width:
                    for flags in (0, op.FLAG_NUW, op.FLAG_NSW):
                        cases.append((op.TRUNC, flags, -1, a, 0, width, other))
                if other > width:
                    cases.append((op.ZEXT, 0, -1, a, 0, width, other))
                    cases.append((op.ZEXT, op.FLAG_NNEG, -1, a, 0, width, other))
                    cases.append((op.SEXT, 0, -1, a, 0, width, other))
    columns = list(zip(*cases, strict=True))
    opcode, flags, predicate, a, b, width, result_width = (
        np.asarray(column, dtype=np.uint64 if k in (3, 4) else np.int64)
        for k, column in enumerate(columns))
    value, poison, defined = _evaluate(np, opcode, flags, predicate, a, b, width, result_width)
    wrong = []
    for k, case in enumerate(cases):  # one z3 evaluation per case
        name = op.OPCODES[case[0]]
        expected = _z3_fold(name, case[1], case[2], case[3], case[4], case[5], case[6])
        if expected is None:  # immediate UB: any fold refines it (INT_MIN / -1 is poison)
            continue
        if not bool(defined[k]) or bool(poison[k]) != expected[1] \
                or (not expected[1] and int(value[k]) != expected[0]):
            wrong.append((name, case, expected, (int(value[k]), bool(poison[k]))))
    assert len(cases) > 10000
    assert not wrong, wrong[:10]


# -- hand-written rules against their statements ----------------------------------------

EXAMPLE_WIDTHS = {"T": 32, "N": 8, "M": 64}


def _example_widths(rule: Rule) -> dict[str, int] | None:
    """Widths for an IR example of the rule: 32, 8, 64 where they fit its
    ``narrower`` pairs, else the first that do (above 1 bit where they can)."""
    choices = instances(rule, (1, 8, 16, 32, 64))
    preferred = [w for w in choices if all(w[k] == v for k, v in EXAMPLE_WIDTHS.items()
                                           if k in w)]
    wide = [w for w in choices if w.get("T", 32) > 1]
    # (no 1-bit type where one can be had: below i1's sign bit is only 0)
    wider = [w for w in wide if min(w.values(), default=2) > 1]
    for pool in (preferred, wider, wide, choices):
        if pool:
            return pool[0]
    return None


def _constant(prop: str, width: int, arg: int) -> int | None:
    mask = (1 << width) - 1
    table = {"any": 5 & mask, "literal": 5 & mask, "zero": 0, "one": 1, "ones": mask,
             "smin": 1 << (width - 1), "smax": (1 << (width - 1)) - 1,
             "pow2": 4 if width > 2 else None, "pow2_below_sign": 4 if width > 3 else None,
             "keeps_low": mask, "clears_low": (1 << arg) if arg else None,
             "zext_fits": 3, "sext_fits": mask - 2}
    return table.get(prop)


def _signed_text(value: int, width: int) -> str:
    if width == 1:
        return "true" if value & 1 else "false"
    return str(value - (1 << width) if value >> (width - 1) else value)


class Printer:
    """A rule's pattern as the body of an IR function."""

    def __init__(self, widths: dict[str, int], constants: dict[str, int],
                 root_flags: tuple[str, ...] = ()) -> None:
        self.widths, self.constants, self.root_flags = widths, constants, root_flags
        self.lines: list[str] = []
        self.names = itertools.count()
        self.declares: set[str] = set()

    def ty(self, name: str) -> str:
        return f"i{1 if name == 'i1' else self.widths[name]}"

    def value(self, p: Pattern) -> str:
        if isinstance(p, Var):
            return f"%{p.name}"
        if isinstance(p, Const):
            if p.prop == "poison":
                return "poison"
            return _signed_text(self.constants[p.name], int(self.ty(p.type)[1:]))
        if isinstance(p, Derived):
            w = int(self.ty(p.type)[1:])
            fixed = {"zero": 0, "false": 0, "true": 1, "ones": (1 << w) - 1}
            if p.fn == "poison":
                return "poison"
            if p.fn in fixed:
                return _signed_text(fixed[p.fn], w)
            of = self.constants[p.of]
            derived = {"log2": of.bit_length() - 1, "minus_one": of - 1,
                       "trunc": of & ((1 << w) - 1)}[p.fn]
            return _signed_text(derived, w)
        assert isinstance(p, Inst)
        operands = [self.value(o) for o in p.operands]
        types = [self.ty(o.type) for o in p.operands]
        name = f"%t{next(self.names)}"
        kept = [k.flag for k in p.keep if k.flag in self.root_flags and (
            not k.when or CONSTANT_PROPERTIES[k.when](
                np, np.asarray([self.constants[k.of]]), np.asarray([self.widths[p.type]]))[0])]
        flags = " ".join(sorted(set(p.flags) | set(kept)))
        flags = f" {flags}" if flags else ""
        if p.opcode == "icmp":
            text = f"icmp{flags} {p.predicate} {types[0]} {operands[0]}, {operands[1]}"
        elif p.opcode == "select":
            text = f"select i1 {operands[0]}, {types[1]} {operands[1]}, {types[2]} {operands[2]}"
        elif p.opcode in ("zext", "sext", "trunc"):
            text = f"{p.opcode}{flags} {types[0]} {operands[0]} to {self.ty(p.type)}"
        elif ".overflow." in p.opcode:
            call, part = p.opcode.split(".overflow.")
            w = types[0]
            self.declares.add(f"declare {{ {w}, i1 }} @llvm.{call}.with.overflow.{w}({w}, {w})")
            self.lines.append(f"  {name}.c = call {{ {w}, i1 }} @llvm.{call}.with.overflow.{w}"
                              f"({w} {operands[0]}, {w} {operands[1]})")
            text = f"extractvalue {{ {w}, i1 }} {name}.c, {0 if part == 'value' else 1}"
        else:
            text = f"{p.opcode}{flags} {types[0]} {operands[0]}, {operands[1]}"
        self.lines.append(f"  {name} = {text}")
        return name


def _variables(p: Pattern, out: dict[str, str]) -> dict[str, str]:
    if isinstance(p, Var):
        out.setdefault(p.name, p.type)
    if isinstance(p, Inst):
        for operand in p.operands:
            _variables(operand, out)
    return out


def _constants_of(p: Pattern) -> list[Const]:
    if isinstance(p, Const):
        return [p]
    if isinstance(p, Inst):
        return [c for o in p.operands for c in _constants_of(o)]
    return []


def _choose_constants(rule: Rule, widths: dict[str, int]) -> dict[str, int] | None:
    """Values for the rule's constants: each property's example, and for
    facts between constants the first small values that satisfy them."""
    consts = {c.name: c for c in _constants_of(rule.source)}
    width = {name: 1 if c.type == "i1" else widths[c.type] for name, c in consts.items()}
    free = [name for name, c in consts.items() if c.prop == "any"]
    fixed = {}
    for name, c in consts.items():
        if c.prop not in ("any", "poison"):
            value = _constant(c.prop, width[name], widths.get(c.arg, 0))
            if value is None:
                return None
            fixed[name] = value
    checks = {"odd": lambda a: a & 1 == 1, "even": lambda a: a & 1 == 0,
              "eq": lambda a, b: a == b, "ne": lambda a, b: a != b}
    between = [f for f in rule.pre if f.kind in checks]
    for values in itertools.product((5, 2, 3, 7), repeat=len(free)):  # a few small tries
        chosen = dict(fixed, **dict(zip(free, values, strict=True)))
        if all(checks[f.kind](*(chosen[a] for a in f.args)) for f in between):
            return chosen
    return None


def _definitions(rule: Rule, arguments: dict[str, str],
                 widths: dict[str, int]) -> dict[str, tuple[str, str]]:
    """Per variable, its argument's type and the instructions that define it
    from that argument so that the pass's analyses know the rule's facts:
    a freeze where there are none (an instruction result, as rules that look
    through an operand's instruction must not stop at an argument); lshr by
    1 for ``nonneg``; or with the sign bit for ``neg``; or with 1 for
    ``nonzero``; lshr to N bits (below N's sign bit) for ``fits``
    (``fits_pos``); and with 1 for ``bits_within``; a sext from N for
    ``sign_ext``; and for two ``range`` facts, [0, 3] for the lower value
    and [8, 15] for the higher (both with the sign bit set where they are
    ``neg``)."""
    facts: dict[str, list[Fact]] = {}
    for fact in rule.pre:
        facts.setdefault(fact.args[0], []).append(fact)
    # which ranged variable is below the other: "b < p" (x's high, y's low)
    below = {("b", "p"): "x", ("q", "a"): "y"}
    lower = next((below[f.args] for f in rule.pre
                  if f.kind in ("ult", "ule") and f.args in below), "")
    out = {}
    for name, type_name in arguments.items():  # a few variables
        w = 1 if type_name == "i1" else widths[type_name]
        ty, kinds = f"i{w}", {f.kind: f for f in facts.get(name, [])}
        sign = _signed_text(1 << (w - 1), w)
        arg = f"%{name}.arg"
        if "range" in kinds:
            mask, low = ("3", "0") if name == lower else ("7", "8")
            neg = "neg" in kinds
            base = _signed_text((int(low) | (1 << (w - 1))) if neg else int(low), w)
            text = f"  %{name}.m = and {ty} {arg}, {mask}\n" \
                f"  %{name} = or {ty} %{name}.m, {base}\n"
        elif "sign_ext" in kinds:
            n = widths[kinds["sign_ext"].args[1]]
            out[name] = (f"i{n}", f"  %{name} = sext i{n} {arg} to {ty}\n")
            continue
        elif "fits" in kinds or "fits_pos" in kinds:
            n = widths[(kinds.get("fits") or kinds["fits_pos"]).args[1]]
            shift = w - n + (0 if "fits" in kinds else 1)
            text = f"  %{name} = lshr {ty} {arg}, {shift}\n"
        elif "bits_within" in kinds:
            text = f"  %{name} = and {ty} {arg}, 1\n"  # (within the example's C, 5)
        elif "nonneg" in kinds:
            text = f"  %{name} = lshr {ty} {arg}, 1\n"
        elif "neg" in kinds:
            text = f"  %{name} = or {ty} {arg}, {sign}\n"
        elif "nonzero" in kinds:
            text = f"  %{name} = or {ty} {arg}, 1\n"
        else:
            text = f"  %{name} = freeze {ty} {arg}\n"
        out[name] = (ty, text)
    return out


def _example(rule: Rule, index: int) -> tuple[str, str, set[str]] | None:
    """The rule's source and target as two IR functions of the same
    arguments (None where the rule needs analysis facts, or no example
    widths or constants exist)."""
    widths = _example_widths(rule)
    constants = _choose_constants(rule, widths) if widths is not None else None
    if widths is None or constants is None:
        return None
    arguments = _variables(rule.source, {})
    printer = Printer(widths, constants)
    signature = ", ".join(f"{printer.ty(t)} %{name}" for name, t in arguments.items())
    bodies = []
    declares: set[str] = set()
    definitions = _definitions(rule, arguments, widths)
    signature = ", ".join(f"{t} %{name}.arg" for name, (t, _) in definitions.items())
    frozen = "".join(text for _, text in definitions.values())
    for side, pattern in (("source", rule.source), ("target", rule.target)):
        printer = Printer(widths, constants, rule.source.flags)
        result = printer.value(pattern)
        declares |= printer.declares
        bodies.append(f"define {printer.ty(pattern.type)} @{side}{index}({signature}) {{\n"
                      + frozen + "".join(line + "\n" for line in printer.lines)
                      + f"  ret {printer.ty(pattern.type)} {result}\n}}\n")
    return bodies[0], bodies[1], declares


def _bodies(text: str) -> dict[str, str]:
    """Each function's body, its local values renamed in order of definition."""
    out = {}
    for found in re.finditer(r"define [^@]*@(\w+)\(([^)]*)\)[^{]*\{\n(.*?)\n\}", text, re.S):
        body = found.group(3)
        defined = re.findall(r"^\s*(%[\w.]+) =", body, re.M)
        names = {name: f"%v{k}" for k, name in enumerate(defined)}
        out[found.group(1)] = re.sub(r"%[\w.]+", lambda m, names=names: names.get(
            m.group(0), m.group(0)), body)
    return out


def test_hand_written_rules_match_their_statements() -> None:
    """instcombine gives the same function for each rule's source as for its
    target, for every rule the pass applies without analysis facts (the
    driven ones too: their reading of the table is checked the same way)."""
    examples = {}
    declares: set[str] = set()
    for index, rule in enumerate(RULES):  # one function pair per rule
        example = _example(rule, index)
        if example is not None:
            examples[index] = example
            declares |= example[2]
    text = "".join(source + target for source, target, _ in examples.values()) \
        + "".join(line + "\n" for line in sorted(declares))
    out = _bodies(optimize(text, "function(instcombine<no-verify-fixpoint>)"))
    different = []
    for index in examples:  # compare the optimized pairs
        source, target = out[f"source{index}"], out[f"target{index}"]
        if source != target:
            different.append(f"{RULES[index].name}:\n{source}\n  vs\n{target}")
    checked = len(examples)
    stated_only = [r for r in RULES if not r.driven]
    assert checked >= len(RULES) * 3 // 5, checked
    assert sum(1 for i in examples if not RULES[i].driven) >= len(stated_only) // 2
    assert not different, "\n\n".join(different)


FAMILY_MODULE = """
define i1 @f(i8 %a, i16 %b, i32 %c, i64 %d) {
  %za = zext i8 %a to i32
  %sa = sext i8 %a to i32
  %small = lshr i32 %c, 4
  %big = or i32 %c, -2147483648
  %m = and i32 %c, 255
  %t = trunc i32 %m to i8
  %zt = zext i8 %t to i32
  %st = sext i8 %t to i64
  %q = sdiv i32 %small, 3
  %r = ashr i32 %small, 2
  %k = and i32 %m, 1023
  %e0 = icmp ult i32 %za, 7
  %e1 = icmp sgt i32 %sa, -3
  %e2 = icmp eq i32 %za, 300
  %e3 = icmp slt i32 %small, %m
  %e4 = icmp sgt i32 %big, %small
  %e5 = icmp ugt i32 %m, 255
  %e6 = icmp ne i32 %m, 4096
  %e7 = icmp sle i32 %small, %za
  ret i1 %e0
}
"""


def test_families_match_what_their_rules_match() -> None:
    """match_families' mask of each family is the or of match's masks of its
    rules, on the range rules (with the pass's facts) and the narrow compares."""
    from gpuopt import read_module
    from gpuopt.transforms import instcombine
    from gpuopt.transforms.rules import Operands, families, match, match_families

    m = read_module(FAMILY_MODULE, "families")
    every = np.arange(m.n_instructions)
    sites = [(instcombine._RANGE_RULES, instcombine._range_facts),
             (instcombine._NARROW_RULES, None)]
    grouped = 0
    for rules, facts in sites:  # two sites
        reads, apart = Operands(m, every), Operands(m, every)  # (no shared cache)
        found = match(reads, rules, reads.width((0,)), facts(m, reads) if facts else None)
        group = families(rules)
        by_family = match_families(apart, group, apart.width((0,)),
                                   facts(m, apart) if facts else None, exclusive=False)
        assert sorted(r.name for f in group for r in f.rules) == sorted(r.name for r in rules)
        for family in group:  # each family against its rules
            expected = np.zeros(m.n_instructions, dtype=bool)
            for rule in family.rules:  # (a few)
                expected |= found.masks[rule.name]
            assert np.array_equal(by_family.masks[family.rules[0].name], expected), \
                [r.name for r in family.rules]
            grouped += len(family.rules) > 1
        assert any(bool(mask.any()) for mask in found.masks.values())
    assert grouped >= 3
