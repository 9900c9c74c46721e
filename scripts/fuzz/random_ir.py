"""Random IR functions that are UB-free or guarded, for differential execution.

    python scripts/fuzz/random_ir.py SEED INDEX > rir.ll          # one module
    python scripts/fuzz/random_ir.py SEED INDEX --guard > g.ll   # its guard

A module holds one function ``@rir<INDEX>`` built from regions: straight-line
code, if/else diamonds and switches that join in phis, counted loops (top- and
bottom-tested, nested), irreducible two-entry cycles that a fuel counter ends,
and allocas (scalars and a ``[4 x i32]`` array) with loads and stores.  Values
are integers of widths 1, 8, 16, 17, 32, 33, 64 and 128 and ``<4 x i32>``
vectors; operations carry poison-producing flags (nsw, nuw, exact, disjoint,
samesign, nneg), shifts by any amount, divisions by any divisor, selects,
casts and intrinsics.  A module depends only on (seed, index).

The generator avoids UB only where it is cheap (loop bounds, array indices,
initialised memory).  Everything else is caught by the *guard*:
``guard_functions`` rewrites the text of any function in this subset (the
generator's, or one llvm-reduce has cut down) into ``@NAME.guard``, the same
code without poison flags that returns 1 when the original would have made
poison or hit immediate UB on the path it ran (overflow under nsw/nuw, an
inexact ``exact``, a shift by >= the width, division by zero or INT_MIN/-1,
a non-disjoint ``or disjoint``, ...).  The guard over-approximates: poison
that is never used still counts.  ``harness_module`` wraps each function in a
``@NAME.run(ptr in, ptr out)`` that calls the guard, and only when it says
defined, the function; ``DRIVER_C`` feeds them deterministic inputs.
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field

WIDTHS = (1, 8, 16, 17, 32, 33, 64, 128)
VECTOR = "<4 x i32>"
PROFILES = {"default": 0.85, "constants": 0.5}  # how often an operand comes from the pool
INT_TYPE = re.compile(r"i(\d+)$")
TYPE_AT_START = re.compile(r"(i\d+|<\d+ x i\d+>|void)(?!\w)\s*(.*)$", re.S)


def width(type_: str) -> int:
    match = INT_TYPE.match(type_)
    assert match, type_
    return int(match.group(1))


def is_vector(type_: str) -> bool:
    return type_.startswith("<")


def lane_type(type_: str) -> str:
    return type_[1:-1].split(" x ")[1] if is_vector(type_) else type_


def lanes(type_: str) -> int:
    return int(type_[1:].split(" x ")[0]) if is_vector(type_) else 1


def int_literal(type_: str, value: int) -> str:
    """A constant in the signed range of its type (what LLVM prints)."""
    bits = width(type_)
    value &= (1 << bits) - 1
    if bits == 1:
        return "true" if value else "false"
    return str(value - (1 << bits) if value >> (bits - 1) else value)


def bool_type(type_: str) -> str:
    return f"<{lanes(type_)} x i1>" if is_vector(type_) else "i1"


def split_top(text: str) -> list[str]:
    """Split on commas outside (), <>, [], {}."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in "(<[{":
            depth += 1
        elif char in ")>]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:at].strip())
            start = at + 1
    parts.append(text[start:].strip())
    return [part for part in parts if part]


# --------------------------------------------------------------------------- generator


@dataclass
class Pool:
    """SSA values usable at the current point, by type (dominance by construction)."""

    values: dict[str, list[str]] = field(default_factory=dict)

    def add(self, type_: str, name: str) -> None:
        self.values.setdefault(type_, []).append(name)

    def copy(self) -> Pool:
        return Pool({type_: list(names) for type_, names in self.values.items()})

    def of(self, type_: str) -> list[str]:
        return self.values.get(type_, [])


class Generator:
    """Emits one function; every choice comes from ``rng``."""

    def __init__(self, rng: random.Random, name: str, profile: str = "default") -> None:
        self.rng = rng
        # "constants": operands are constants half the time, so that folding is exercised
        self.from_pool = PROFILES[profile]
        self.name = name
        self.lines: list[str] = []
        self.count = 0
        self.blocks = 0
        self.block = "entry"
        self.declarations: dict[str, str] = {}
        self.slots: list[tuple[str, str]] = []  # (pointer, type)
        self.array = ""
        self.later: dict[str, list[str]] = {}

    # -- helpers
    def fresh(self) -> str:
        self.count += 1
        return f"%v{self.count}"

    def label(self) -> str:
        self.blocks += 1
        return f"b{self.blocks}"

    def emit(self, text: str) -> None:
        self.lines.append(f"  {text}")

    def placeholder(self) -> str:
        """A line filled in later (phis whose incoming values are not known yet)."""
        marker = f"@later{len(self.later)}"
        self.later[marker] = []
        self.lines.append(marker)
        return marker

    def begin(self, label: str) -> None:
        self.lines.append(f"{label}:")
        self.block = label

    def int_type(self) -> str:
        return self.rng.choice(WIDTHS)

    def some_type(self) -> str:
        return VECTOR if self.rng.random() < 0.12 else f"i{self.int_type()}"

    def constant(self, type_: str) -> str:
        if is_vector(type_):
            lane = lane_type(type_)
            return "<" + ", ".join(f"{lane} {self.constant(lane)}"
                                   for _ in range(lanes(type_))) + ">"
        bits = width(type_)
        pick = self.rng.random()
        if pick < 0.4:
            value = self.rng.randrange(-4, 9)
        elif pick < 0.6:
            value = self.rng.choice((1 << (bits - 1), (1 << (bits - 1)) - 1, -1, 1 << bits >> 1))
        else:
            value = self.rng.getrandbits(bits)
        return int_literal(type_, value)

    def declare(self, name: str, text: str) -> None:
        self.declarations[name] = text

    def value(self, pool: Pool, type_: str) -> str:
        """A pool value of this type (recent ones more often), a cast of one, or a constant."""
        names = pool.of(type_)
        if names and self.rng.random() < self.from_pool:
            recent = names[-4:] if self.rng.random() < 0.5 else names
            return self.rng.choice(recent)
        others = [t for t in pool.values if pool.values[t] and not is_vector(t)]
        if not is_vector(type_) and others and self.rng.random() < 0.6:
            source = self.rng.choice(others)
            return self.convert(pool.values[source][-1], source, type_, pool, flags=True)
        return self.constant(type_)

    def convert(self, name: str, source: str, target: str, pool: Pool | None,
                flags: bool = False) -> str:
        """Cast between integer types (vectors: reduce to i32 first)."""
        if is_vector(source):
            reduced = self.fresh()
            self.declare("llvm.vector.reduce.xor.v4i32",
                         "declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>)")
            self.emit(f"{reduced} = call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> {name})")
            name, source = reduced, "i32"
        if source == target:
            return name
        result = self.fresh()
        if width(source) > width(target):
            flag = ""
            if flags:
                flag = "".join(f" {f}" for f in ("nuw", "nsw") if self.rng.random() < 0.08)
            self.emit(f"{result} = trunc{flag} {source} {name} to {target}")
        elif self.rng.random() < 0.5:
            flag = " nneg" if flags and source != "i1" and self.rng.random() < 0.15 else ""
            self.emit(f"{result} = zext{flag} {source} {name} to {target}")
        else:
            self.emit(f"{result} = sext {source} {name} to {target}")
        if pool is not None:
            pool.add(target, result)
        return result

    def condition(self, pool: Pool) -> str:
        if pool.of("i1") and self.rng.random() < 0.5:
            return self.value(pool, "i1")
        return self.compare(pool, f"i{self.int_type()}")

    def compare(self, pool: Pool, type_: str) -> str:
        predicate = self.rng.choice(("eq", "ne", "ult", "ule", "ugt", "uge",
                                     "slt", "sle", "sgt", "sge"))
        flag = " samesign" if self.rng.random() < 0.1 else ""
        result = self.fresh()
        left, right = self.value(pool, type_), self.value(pool, type_)
        self.emit(f"{result} = icmp{flag} {predicate} {type_} {left}, {right}")
        pool.add(bool_type(type_), result)
        return result

    # -- straight-line operations
    def operation(self, pool: Pool) -> None:
        type_ = self.some_type()
        if is_vector(type_):
            self.vector_operation(pool)
            return
        pick = self.rng.random()
        if pick < 0.35:
            self.arithmetic(pool, type_)
        elif pick < 0.45:
            self.shift(pool, type_)
        elif pick < 0.55:
            self.division(pool, type_)
        elif pick < 0.63:
            self.compare(pool, type_)
        elif pick < 0.7:
            result = self.fresh()
            condition = self.condition(pool)
            left, right = self.value(pool, type_), self.value(pool, type_)
            self.emit(f"{result} = select i1 {condition}, {type_} {left}, {type_} {right}")
            pool.add(type_, result)
        elif pick < 0.78:
            others = [t for t in pool.values if pool.values[t] and not is_vector(t)]
            if others:
                source = self.rng.choice(others)
                self.convert(self.rng.choice(pool.values[source]), source, type_, pool,
                             flags=True)
        elif pick < 0.9:
            self.intrinsic(pool, type_)
        else:
            self.memory(pool)

    def arithmetic(self, pool: Pool, type_: str) -> None:
        opcode = self.rng.choice(("add", "sub", "mul", "and", "or", "xor", "add", "sub"))
        flags = ""
        if opcode in ("add", "sub", "mul"):
            flags = "".join(f" {f}" for f in ("nuw", "nsw") if self.rng.random() < 0.12)
        elif opcode == "or" and self.rng.random() < 0.15:
            flags = " disjoint"
        result = self.fresh()
        left, right = self.value(pool, type_), self.value(pool, type_)
        self.emit(f"{result} = {opcode}{flags} {type_} {left}, {right}")
        pool.add(type_, result)

    def shift(self, pool: Pool, type_: str) -> None:
        opcode = self.rng.choice(("shl", "lshr", "ashr"))
        bits = width(type_)
        pick = self.rng.random()
        if pick < 0.15:
            amount = self.value(pool, type_)  # any amount: the guard catches >= width
        elif pick < 0.6 or bits == 1:
            amount = int_literal(type_, self.rng.randrange(bits))
        else:
            amount = self.fresh()
            source = self.value(pool, type_)
            if bits & (bits - 1) == 0:
                self.emit(f"{amount} = and {type_} {source}, {bits - 1}")
            else:
                self.emit(f"{amount} = urem {type_} {source}, {bits}")
        if opcode == "shl":
            flags = "".join(f" {f}" for f in ("nuw", "nsw") if self.rng.random() < 0.12)
        else:
            flags = " exact" if self.rng.random() < 0.12 else ""
        result = self.fresh()
        self.emit(f"{result} = {opcode}{flags} {type_} {self.value(pool, type_)}, {amount}")
        pool.add(type_, result)

    def division(self, pool: Pool, type_: str) -> None:
        opcode = self.rng.choice(("udiv", "sdiv", "urem", "srem"))
        bits = width(type_)
        divisor = self.value(pool, type_)
        if self.rng.random() < 0.75 and bits > 1:
            # Safe by construction: non-zero, and positive for the signed ones.
            if opcode[0] == "s":
                positive = self.fresh()
                self.emit(f"{positive} = and {type_} {divisor}, {(1 << (bits - 1)) - 1}")
                divisor = positive
            nonzero = self.fresh()
            self.emit(f"{nonzero} = or {type_} {divisor}, 1")
            divisor = nonzero
        flags = " exact" if opcode.endswith("div") and self.rng.random() < 0.1 else ""
        result = self.fresh()
        self.emit(f"{result} = {opcode}{flags} {type_} {self.value(pool, type_)}, {divisor}")
        pool.add(type_, result)

    def intrinsic(self, pool: Pool, type_: str) -> None:
        bits = width(type_)
        choices = ["umin", "umax", "smin", "smax", "abs", "ctpop", "ctlz", "cttz",
                   "fshl", "fshr", "uadd.sat", "usub.sat", "sadd.sat", "ssub.sat",
                   "bitreverse", "with.overflow"]
        if bits % 16 == 0:
            choices.append("bswap")
        name = self.rng.choice(choices)
        result = self.fresh()
        a = self.value(pool, type_)
        if name in ("abs", "ctlz", "cttz"):
            flag = "true" if self.rng.random() < 0.25 else "false"
            self.declare(f"llvm.{name}.{type_}",
                         f"declare {type_} @llvm.{name}.{type_}({type_}, i1)")
            self.emit(f"{result} = call {type_} @llvm.{name}.{type_}({type_} {a}, i1 {flag})")
        elif name in ("ctpop", "bitreverse", "bswap"):
            self.declare(f"llvm.{name}.{type_}", f"declare {type_} @llvm.{name}.{type_}({type_})")
            self.emit(f"{result} = call {type_} @llvm.{name}.{type_}({type_} {a})")
        elif name in ("fshl", "fshr"):
            b, c = self.value(pool, type_), self.value(pool, type_)
            self.declare(f"llvm.{name}.{type_}",
                         f"declare {type_} @llvm.{name}.{type_}({type_}, {type_}, {type_})")
            self.emit(f"{result} = call {type_} @llvm.{name}.{type_}({type_} {a}, "
                      f"{type_} {b}, {type_} {c})")
        elif name == "with.overflow":
            kind = self.rng.choice(("sadd", "uadd", "ssub", "usub", "smul", "umul"))
            full = f"llvm.{kind}.with.overflow.{type_}"
            pair = f"{{{type_}, i1}}"
            self.declare(full, f"declare {pair} @{full}({type_}, {type_})")
            self.emit(f"{result} = call {pair} @{full}({type_} {a}, {type_} "
                      f"{self.value(pool, type_)})")
            value, flag = self.fresh(), self.fresh()
            self.emit(f"{value} = extractvalue {pair} {result}, 0")
            self.emit(f"{flag} = extractvalue {pair} {result}, 1")
            pool.add(type_, value)
            pool.add("i1", flag)
            return
        else:
            self.declare(f"llvm.{name}.{type_}",
                         f"declare {type_} @llvm.{name}.{type_}({type_}, {type_})")
            self.emit(f"{result} = call {type_} @llvm.{name}.{type_}({type_} {a}, "
                      f"{type_} {self.value(pool, type_)})")
        pool.add(type_, result)

    def vector_operation(self, pool: Pool) -> None:
        vector = VECTOR
        if not pool.of(vector) or self.rng.random() < 0.25:
            base = "zeroinitializer" if self.rng.random() < 0.5 else self.constant(vector)
            for lane in range(4):
                if self.rng.random() < 0.6:
                    result = self.fresh()
                    self.emit(f"{result} = insertelement {vector} {base}, i32 "
                              f"{self.value(pool, 'i32')}, i64 {lane}")
                    base = result
            if base.startswith("%"):
                pool.add(vector, base)
            return
        pick = self.rng.random()
        result = self.fresh()
        a = self.value(pool, vector)
        if pick < 0.4:
            opcode = self.rng.choice(("add", "sub", "mul", "and", "or", "xor"))
            flags = ""
            if opcode in ("add", "sub", "mul"):
                flags = "".join(f" {f}" for f in ("nuw", "nsw") if self.rng.random() < 0.12)
            elif opcode == "or" and self.rng.random() < 0.15:
                flags = " disjoint"
            self.emit(f"{result} = {opcode}{flags} {vector} {a}, {self.value(pool, vector)}")
            pool.add(vector, result)
        elif pick < 0.55:
            opcode = self.rng.choice(("shl", "lshr", "ashr"))
            if self.rng.random() < 0.8:
                amount = "<" + ", ".join(f"i32 {self.rng.randrange(32)}" for _ in range(4)) + ">"
            else:
                amount = self.value(pool, vector)
            flags = " exact" if opcode != "shl" and self.rng.random() < 0.1 else ""
            self.emit(f"{result} = {opcode}{flags} {vector} {a}, {amount}")
            pool.add(vector, result)
        elif pick < 0.7:
            self.emit(f"{result} = extractelement {vector} {a}, i64 {self.rng.randrange(4)}")
            pool.add("i32", result)
        elif pick < 0.8:
            mask = ", ".join(f"i32 {self.rng.randrange(8)}" for _ in range(4))
            self.emit(f"{result} = shufflevector {vector} {a}, {vector} "
                      f"{self.value(pool, vector)}, <4 x i32> <{mask}>")
            pool.add(vector, result)
        elif pick < 0.9:
            condition = self.compare(pool, vector)
            self.emit(f"{result} = select <4 x i1> {condition}, {vector} {a}, {vector} "
                      f"{self.value(pool, vector)}")
            pool.add(vector, result)
        else:
            kind = self.rng.choice(("add", "umax", "smin", "and", "or"))
            name = f"llvm.vector.reduce.{kind}.v4i32"
            self.declare(name, f"declare i32 @{name}(<4 x i32>)")
            self.emit(f"{result} = call i32 @{name}({vector} {a})")
            pool.add("i32", result)

    def memory(self, pool: Pool) -> None:
        if self.rng.random() < 0.3:
            index, element = self.fresh(), self.fresh()
            self.emit(f"{index} = and i64 {self.value(pool, 'i64')}, 3")
            self.emit(f"{element} = getelementptr inbounds [4 x i32], ptr {self.array}, i64 0, "
                      f"i64 {index}")
            target = (element, "i32")
        else:
            target = self.rng.choice(self.slots)
        address, type_ = target
        if self.rng.random() < 0.5:
            result = self.fresh()
            self.emit(f"{result} = load {type_}, ptr {address}")
            pool.add(type_, result)
        else:
            self.emit(f"store {type_} {self.value(pool, type_)}, ptr {address}")

    # -- regions
    def body(self, pool: Pool, depth: int, budget: int) -> None:
        """A sequence of regions; ``pool`` grows with what stays visible after each."""
        while budget > 0:
            pick = self.rng.random()
            if depth >= 2 or pick < 0.45:
                for _ in range(self.rng.randrange(1, 5)):
                    self.operation(pool)
                budget -= 2
            elif pick < 0.6:
                self.diamond(pool, depth)
                budget -= 4
            elif pick < 0.7:
                self.switch(pool, depth)
                budget -= 5
            elif pick < 0.85:
                self.loop(pool, depth)
                budget -= 5
            else:
                self.irreducible(pool)
                budget -= 5

    def arm_values(self, arm: Pool, types: list[str]) -> list[str]:
        return [self.value(arm, type_) for type_ in types]

    def phis(self, results: list[tuple[str, str]], incoming: list[tuple[str, list[str]]]) -> None:
        for column, (result, type_) in enumerate(results):
            entries = ", ".join(f"[ {values[column]}, %{label} ]" for label, values in incoming)
            self.emit(f"{result} = phi {type_} {entries}")

    def diamond(self, pool: Pool, depth: int) -> None:
        condition = self.condition(pool)
        then, other, join = self.label(), self.label(), self.label()
        triangle = self.rng.random() < 0.3
        types = [self.some_type() for _ in range(self.rng.randrange(1, 4))]
        incoming: list[tuple[str, list[str]]] = []
        if triangle:  # the values for the direct edge come before the branch
            incoming.append((self.block, self.arm_values(pool, types)))
        self.emit(f"br i1 {condition}, label %{then}, label %{join if triangle else other}")
        for label in ((then,) if triangle else (then, other)):
            self.begin(label)
            arm = pool.copy()
            self.body(arm, depth + 1, self.rng.randrange(1, 5))
            incoming.append((self.block, self.arm_values(arm, types)))
            self.emit(f"br label %{join}")
        self.begin(join)
        results = [(self.fresh(), type_) for type_ in types]
        self.phis(results, incoming)
        for result, type_ in results:
            pool.add(type_, result)

    def switch(self, pool: Pool, depth: int) -> None:
        type_ = f"i{self.rng.choice(WIDTHS[1:])}"
        selector = self.value(pool, type_)
        types = [self.some_type() for _ in range(self.rng.randrange(1, 3))]
        direct = self.arm_values(pool, types)  # for edges straight to the join
        join, default = self.label(), self.label()
        cases: list[tuple[str, str]] = []
        seen: set[str] = set()
        arms: list[str] = []
        for _ in range(self.rng.randrange(1, 5)):
            value = self.constant(type_)
            if value in seen:
                continue
            seen.add(value)
            if arms and self.rng.random() < 0.25:
                target = self.rng.choice(arms)
            elif self.rng.random() < 0.2:
                target = join
            else:
                target = self.label()
                arms.append(target)
            cases.append((value, target))
        switch_block = self.block
        table = " ".join(f"{type_} {value}, label %{target}" for value, target in cases)
        self.emit(f"switch {type_} {selector}, label %{default} [ {table} ]")
        incoming = [(switch_block, direct) for _, target in cases if target == join]
        for label in [default, *arms]:
            self.begin(label)
            arm = pool.copy()
            self.body(arm, depth + 1, self.rng.randrange(1, 4))
            incoming.append((self.block, self.arm_values(arm, types)))
            self.emit(f"br label %{join}")
        self.begin(join)
        results = [(self.fresh(), t) for t in types]
        self.phis(results, incoming)
        for result, t in results:
            pool.add(t, result)

    def trip_count(self, pool: Pool, type_: str) -> str:
        count = self.fresh()
        self.emit(f"{count} = and {type_} {self.value(pool, type_)}, 7")
        return count

    def loop(self, pool: Pool, depth: int) -> None:
        counter = self.rng.choice(("i32", "i8", "i64", "i17"))
        trip = self.trip_count(pool, counter)
        types = [self.some_type() for _ in range(self.rng.randrange(1, 3))]
        initial = self.arm_values(pool, types)
        preheader = self.block
        head, exit_ = self.label(), self.label()
        index, after = self.fresh(), self.fresh()
        carried = [(self.fresh(), t) for t in types]
        bottom = self.rng.random() < 0.5
        self.emit(f"br label %{head}")
        self.begin(head)
        marker = self.placeholder()  # the phis, once the latch is known
        inner = pool.copy()
        inner.add(counter, index)
        for name, type_ in carried:
            inner.add(type_, name)
        if not bottom:
            test, body = self.fresh(), self.label()
            self.emit(f"{test} = icmp ult {counter} {index}, {trip}")
            self.emit(f"br i1 {test}, label %{body}, label %{exit_}")
            self.begin(body)
            body_pool = inner.copy()
        else:
            body_pool = inner
        self.body(body_pool, depth + 1, self.rng.randrange(2, 6))
        updates = self.arm_values(body_pool, types)
        self.emit(f"{after} = add nuw nsw {counter} {index}, 1")
        latch = self.block
        if bottom:
            test = self.fresh()
            self.emit(f"{test} = icmp ult {counter} {after}, {trip}")
            self.emit(f"br i1 {test}, label %{head}, label %{exit_}")
        else:
            self.emit(f"br label %{head}")
        phis = [f"  {index} = phi {counter} [ 0, %{preheader} ], [ {after}, %{latch} ]"]
        phis += [f"  {name} = phi {type_} [ {start}, %{preheader} ], [ {update}, %{latch} ]"
                 for (name, type_), start, update in zip(carried, initial, updates, strict=True)]
        self.later[marker] = phis
        self.begin(exit_)
        # Top-tested: the header's values dominate the exit; bottom-tested: the whole body's.
        visible = body_pool if bottom else inner
        pool.values = visible.copy().values

    def irreducible(self, pool: Pool) -> None:
        """Two blocks that enter each other, entered at either; fuel ends the cycle."""
        fuel = self.fresh()
        self.emit(f"{fuel} = add nuw nsw i32 {self.trip_count(pool, 'i32')}, 1")
        condition = self.condition(pool)
        types = [self.some_type() for _ in range(self.rng.randrange(1, 3))]
        initial = self.arm_values(pool, types)
        entry = self.block
        first, second, exit_ = self.label(), self.label(), self.label()
        self.emit(f"br i1 {condition}, label %{first}, label %{second}")
        names = {label: (self.fresh(), [self.fresh() for _ in types], self.fresh())
                 for label in (first, second)}
        outgoing: dict[str, list[str]] = {}
        leaving: list[tuple[str, list[str]]] = []
        marks: dict[str, str] = {}
        for label, peer in ((first, second), (second, first)):
            left, carried, spent = names[label]
            self.begin(label)
            marks[label] = self.placeholder()
            arm = pool.copy()
            arm.add("i32", left)
            for name, type_ in zip(carried, types, strict=True):
                arm.add(type_, name)
            for _ in range(self.rng.randrange(1, 5)):
                self.operation(arm)
            outgoing[label] = self.arm_values(arm, types)
            leaving.append((label, self.arm_values(arm, [types[0]])))
            more, go = self.fresh(), self.fresh()
            self.emit(f"{spent} = sub nsw i32 {left}, 1")
            self.emit(f"{more} = icmp sgt i32 {spent}, 0")
            self.emit(f"{go} = and i1 {more}, {self.condition(arm)}")
            self.emit(f"br i1 {go}, label %{peer}, label %{exit_}")
        for label, peer in ((first, second), (second, first)):
            left, carried, _ = names[label]
            phis = [f"  {left} = phi i32 [ {fuel}, %{entry} ], [ {names[peer][2]}, %{peer} ]"]
            phis += [f"  {name} = phi {type_} [ {start}, %{entry} ], [ {update}, %{peer} ]"
                     for name, type_, start, update
                     in zip(carried, types, initial, outgoing[peer], strict=True)]
            self.later[marks[label]] = phis
        self.begin(exit_)
        result = self.fresh()
        self.phis([(result, types[0])], leaving)
        pool.add(types[0], result)

    def function(self) -> str:
        params = [f"i{self.int_type()}" for _ in range(self.rng.randrange(1, 6))]
        if self.rng.random() < 0.2:
            params.append(VECTOR)
        returned = f"i{self.int_type()}"
        pool = Pool()
        for at, type_ in enumerate(params):
            pool.add(type_, f"%a{at}")
        header = ", ".join(f"{type_} %a{at}" for at, type_ in enumerate(params))
        self.lines.append(f"define {returned} @{self.name}({header}) {{")
        self.begin("entry")
        for _ in range(self.rng.randrange(0, 4)):
            type_ = f"i{self.int_type()}"
            slot = self.fresh()
            self.emit(f"{slot} = alloca {type_}")
            self.slots.append((slot, type_))
        self.array = self.fresh()
        self.emit(f"{self.array} = alloca [4 x i32]")
        for lane in range(4):
            element = self.fresh()
            self.emit(f"{element} = getelementptr inbounds [4 x i32], ptr {self.array}, "
                      f"i64 0, i64 {lane}")
            self.emit(f"store i32 {self.value(pool, 'i32')}, ptr {element}")
        for slot, type_ in self.slots:
            self.emit(f"store {type_} {self.value(pool, type_)}, ptr {slot}")
        self.slots.append((self.array, "i32"))
        self.body(pool, 0, self.rng.randrange(4, 16))
        total = self.value(pool, returned)
        candidates = [(t, n) for t in pool.values if t == VECTOR or not is_vector(t)
                      for n in pool.values[t][-3:]]
        for type_, name in self.rng.sample(candidates, min(len(candidates), 5)):
            converted = self.convert(name, type_, returned, None)
            mixed = self.fresh()
            self.emit(f"{mixed} = {self.rng.choice(('xor', 'add'))} {returned} {total}, "
                      f"{converted}")
            total = mixed
        self.emit(f"ret {returned} {total}")
        self.lines.append("}")
        lines = [filled for line in self.lines for filled in self.later.get(line, [line])]
        return "\n".join(lines)


def generate(seed: int, index: int, profile: str = "default") -> str:
    """The module for (seed, index): one function ``@rir<index>`` and its declarations."""
    salt = "" if profile == "default" else f"{profile}-"
    rng = random.Random(f"gpuopt-random-ir-{salt}{seed}-{index}")
    generator = Generator(rng, f"rir{index}", profile)
    text = generator.function()
    declarations = "\n".join(generator.declarations[name]
                             for name in sorted(generator.declarations))
    return f"; random_ir.py seed {seed} index {index}\n\n{text}\n\n{declarations}\n"



# --------------------------------------------------------------------------- guard


class Unsupported(Exception):
    """A function uses something the guard cannot check (llvm-reduce candidates)."""


ASSIGNED = re.compile(r"^\s+(%[-\w.$]+) = (\w+)((?: (?:nuw|nsw|exact|disjoint|samesign|nneg))*)"
                      r" (.*)$")
HEADER = re.compile(r"^define\s+(.*?)@([-\w.$]+)\((.*)\)([^{]*)\{\s*$")
LABEL = re.compile(r"^[-\w.$]+:")
RETURN_TYPE = re.compile(r"(i\d+|<\d+ x i\d+>|void)\s*$")
OVERFLOW = {"add": "add", "sub": "sub", "mul": "mul"}
SAFE_OPCODES = frozenset((
    "add", "sub", "mul", "shl", "lshr", "ashr", "and", "or", "xor", "udiv", "sdiv", "urem",
    "srem", "icmp", "trunc", "zext", "sext", "select", "phi", "alloca", "load",
    "getelementptr", "extractelement", "insertelement", "shufflevector", "extractvalue",
    "call", "freeze"))
UNASSIGNED = re.compile(r"^\s+(store|br|switch|ret|unreachable)\b")
POINTER = re.compile(r"ptr (%[-\w.$]+)")
ARRAY_GEP = re.compile(r"^(?:inbounds )?\[(\d+) x (i\d+)\], ptr (%[-\w.$]+), i64 0, i64 (\S+)$")


@dataclass
class Signature:
    name: str
    returned: str
    params: list[str]  # types
    header: str  # the parameter list as written


def signature(line: str) -> Signature:
    match = HEADER.match(line)
    if not match:
        raise Unsupported(f"cannot read the header {line!r}")
    returned = RETURN_TYPE.search(match.group(1).strip())
    if not returned:
        raise Unsupported(f"return type of {line!r}")
    params = []
    for param in split_top(match.group(3)):
        typed = TYPE_AT_START.match(param)
        if not typed or typed.group(1) == "void":
            raise Unsupported(f"parameter {param!r}")
        params.append(typed.group(1))
    return Signature(match.group(2), returned.group(1), params, match.group(3))


class Guard:
    """Rewrites one function into its guard, line by line (the lines say what to check)."""

    def __init__(self) -> None:
        self.count = 0
        self.declarations: dict[str, str] = {}
        self.pointers: set[str] = set()
        self.out: list[str] = []

    def fresh(self) -> str:
        self.count += 1
        return f"%guard.{self.count}"

    def emit(self, text: str) -> str:
        self.out.append(f"  {text}")
        return text

    def value(self, text: str) -> str:
        name = self.fresh()
        self.emit(f"{name} = {text}")
        return name

    def splat(self, type_: str, value: int) -> str:
        if not is_vector(type_):
            return int_literal(type_, value)
        lane = lane_type(type_)
        return "<" + ", ".join(f"{lane} {int_literal(lane, value)}"
                               for _ in range(lanes(type_))) + ">"

    def ub_if(self, condition: str, type_: str) -> None:
        """OR a condition (i1, or one bit per lane) into the UB slot."""
        if is_vector(type_):
            name = f"llvm.vector.reduce.or.v{lanes(type_)}i1"
            self.declarations[name] = f"declare i1 @{name}({bool_type(type_)})"
            condition = self.value(f"call i1 @{name}({bool_type(type_)} {condition})")
        old = self.value("load i1, ptr %guard.ub")
        new = self.value(f"or i1 {old}, {condition}")
        self.emit(f"store i1 {new}, ptr %guard.ub")

    def differs(self, type_: str, a: str, b: str) -> str:
        return self.value(f"icmp ne {type_} {a}, {b}")

    def overflow(self, kind: str, type_: str, a: str, b: str) -> str:
        suffix = f"v{lanes(type_)}{lane_type(type_)}" if is_vector(type_) else type_
        name = f"llvm.{kind}.with.overflow.{suffix}"
        pair = f"{{{type_}, {bool_type(type_)}}}"
        self.declarations[name] = f"declare {pair} @{name}({type_}, {type_})"
        both = self.value(f"call {pair} @{name}({type_} {a}, {type_} {b})")
        return self.value(f"extractvalue {pair} {both}, 1")

    def instruction(self, line: str) -> None:
        """Emit the checks for one line, then its flag-free, UB-free copy."""
        if "undef" in line or "poison" in line:
            raise Unsupported("undef or poison operand")
        match = ASSIGNED.match(line)
        if not match:
            self.statement(line)
            return
        result, opcode, flags, rest = match.groups()
        flags_set = set(flags.split())
        if opcode not in SAFE_OPCODES:
            raise Unsupported(f"opcode {opcode}")
        if opcode in ("add", "sub", "mul", "shl", "lshr", "ashr", "and", "or", "xor", "udiv",
                      "sdiv", "urem", "srem"):
            typed = TYPE_AT_START.match(rest)
            if not typed:
                raise Unsupported(line)
            type_ = typed.group(1)
            a, b = split_top(typed.group(2))
            b = self.binary(opcode, flags_set, type_, a, b)
            self.emit(f"{result} = {opcode} {type_} {a}, {b}")
            return
        if opcode == "icmp" and "samesign" in flags_set:
            _, remainder = rest.split(" ", 1)
            typed = TYPE_AT_START.match(remainder)
            if not typed:
                raise Unsupported(line)
            type_ = typed.group(1)
            a, b = split_top(typed.group(2))
            zero = self.splat(type_, 0)
            signs = [self.value(f"icmp slt {type_} {x}, {zero}") for x in (a, b)]
            self.ub_if(self.value(f"xor {bool_type(type_)} {signs[0]}, {signs[1]}"), type_)
        elif opcode in ("trunc", "zext") and flags_set:
            source, target = rest.split(" to ")
            typed = TYPE_AT_START.match(source)
            if not typed:
                raise Unsupported(line)
            type_, a = typed.group(1), typed.group(2).strip()
            if "nneg" in flags_set:
                self.ub_if(self.value(f"icmp slt {type_} {a}, {self.splat(type_, 0)}"), type_)
            for flag, back in (("nuw", "zext"), ("nsw", "sext")):
                if flag in flags_set:
                    narrow = self.value(f"trunc {type_} {a} to {target}")
                    wide = self.value(f"{back} {target} {narrow} to {type_}")
                    self.ub_if(self.differs(type_, wide, a), type_)
        elif opcode == "call":
            rest = self.call(rest)
        elif opcode in ("extractelement", "insertelement"):
            rest = self.element(opcode, rest)
        elif opcode == "getelementptr":
            rest = self.gep(rest)
            self.pointers.add(result)
        elif opcode == "alloca":
            self.pointers.add(result)
        elif opcode in ("load",):
            self.pointer_check(rest)
        self.emit(f"{result} = {opcode} {rest}")

    def binary(self, opcode: str, flags: set[str], type_: str, a: str, b: str) -> str:
        """Checks for one binary operator; returns the right operand the copy uses."""
        bits = width(lane_type(type_))
        if opcode in OVERFLOW:
            for flag, sign in (("nsw", "s"), ("nuw", "u")):
                if flag in flags:
                    self.ub_if(self.overflow(sign + opcode, type_, a, b), type_)
            return b
        if opcode == "or" and "disjoint" in flags:
            common = self.value(f"and {type_} {a}, {b}")
            self.ub_if(self.differs(type_, common, self.splat(type_, 0)), type_)
            return b
        if opcode in ("shl", "lshr", "ashr"):
            big = self.value(f"icmp uge {type_} {b}, {self.splat(type_, bits)}")
            self.ub_if(big, type_)
            safe = self.value(f"select {bool_type(type_)} {big}, {type_} {self.splat(type_, 0)}, "
                              f"{type_} {b}")
            shifted = self.value(f"{opcode} {type_} {a}, {safe}")
            undo = {"shl": [("nuw", "lshr"), ("nsw", "ashr")],
                    "lshr": [("exact", "shl")], "ashr": [("exact", "shl")]}[opcode]
            for flag, inverse in undo:
                if flag in flags:
                    back = self.value(f"{inverse} {type_} {shifted}, {safe}")
                    self.ub_if(self.differs(type_, back, a), type_)
            return safe
        if opcode in ("udiv", "sdiv", "urem", "srem"):
            zero = self.value(f"icmp eq {type_} {b}, {self.splat(type_, 0)}")
            bad = zero
            if opcode[0] == "s":
                low = self.value(f"icmp eq {type_} {a}, {self.splat(type_, 1 << (bits - 1))}")
                minus = self.value(f"icmp eq {type_} {b}, {self.splat(type_, -1)}")
                both = self.value(f"and {bool_type(type_)} {low}, {minus}")
                bad = self.value(f"or {bool_type(type_)} {zero}, {both}")
            self.ub_if(bad, type_)
            safe = self.value(f"select {bool_type(type_)} {bad}, {type_} {self.splat(type_, 1)}, "
                              f"{type_} {b}")
            if "exact" in flags:
                remainder = self.value(f"{opcode[0]}rem {type_} {a}, {safe}")
                self.ub_if(self.differs(type_, remainder, self.splat(type_, 0)), type_)
            return safe
        return b

    def call(self, rest: str) -> str:
        callee = re.search(r"@([-\w.$]+)\(", rest)
        if not callee or not callee.group(1).startswith("llvm."):
            raise Unsupported(f"call {rest!r}")
        name = callee.group(1)
        if name.split(".")[1] in ("abs", "ctlz", "cttz") and rest.rstrip().endswith("i1 true)"):
            args = split_top(rest[rest.index("(", callee.start()) + 1:rest.rindex(")")])
            typed = TYPE_AT_START.match(args[0])
            assert typed
            type_, a = typed.group(1), typed.group(2).strip()
            bad = 1 << (width(lane_type(type_)) - 1) if name.split(".")[1] == "abs" else 0
            self.ub_if(self.value(f"icmp eq {type_} {a}, {self.splat(type_, bad)}"), type_)
            rest = rest[:rest.rindex("i1 true)")] + "i1 false)"
        return rest

    def element(self, opcode: str, rest: str) -> str:
        operands = split_top(rest)
        index = operands[-1]
        typed = TYPE_AT_START.match(index)
        vector = TYPE_AT_START.match(operands[0])
        if not typed or not vector:
            raise Unsupported(rest)
        index_type, value = typed.group(1), typed.group(2).strip()
        count = lanes(vector.group(1))
        if value.startswith("%"):
            big = self.value(f"icmp uge {index_type} {value}, {count}")
            self.ub_if(big, "i1")
            value = self.value(f"select i1 {big}, {index_type} 0, {index_type} {value}")
        elif not 0 <= int(value) < count:
            self.ub_if("true", "i1")
            value = "0"
        return ", ".join([*operands[:-1], f"{index_type} {value}"])

    def gep(self, rest: str) -> str:
        match = ARRAY_GEP.match(rest.split(", align")[0])
        if not match or match.group(3) not in self.pointers:
            raise Unsupported(f"getelementptr {rest!r}")
        count, element, base, index = match.groups()
        if index.startswith("%"):
            big = self.value(f"icmp uge i64 {index}, {count}")
            self.ub_if(big, "i1")
            index = self.value(f"select i1 {big}, i64 0, i64 {index}")
        elif not 0 <= int(index) < int(count):
            self.ub_if("true", "i1")
            index = "0"
        return f"inbounds [{count} x {element}], ptr {base}, i64 0, i64 {index}"

    def pointer_check(self, text: str) -> None:
        for pointer in POINTER.findall(text):
            if pointer not in self.pointers:
                raise Unsupported(f"memory through {pointer}")

    def statement(self, line: str) -> None:
        match = UNASSIGNED.match(line)
        if not match:
            if LABEL.match(line) or not line.strip() or line.strip().startswith(";"):
                self.out.append(line)
                return
            raise Unsupported(f"line {line!r}")
        kind = match.group(1)
        if kind == "store":
            self.pointer_check(line)
            self.out.append(line)
        elif kind == "ret":
            self.emit(f"ret i1 {self.value('load i1, ptr %guard.ub')}")
        elif kind == "unreachable":
            self.emit("ret i1 true")
        else:
            self.out.append(line)

    def function(self, lines: list[str]) -> list[str]:
        header = signature(lines[0])
        self.out.append(f"define i1 @{header.name}.guard({header.header}) {{")
        body = lines[1:-1]
        start = 1 if body and LABEL.match(body[0]) else 0
        self.out.extend(body[:start])
        self.emit("%guard.ub = alloca i1")
        self.emit("store i1 false, ptr %guard.ub")
        for line in body[start:]:
            self.instruction(line.split(", !")[0] if ", !" in line else line)
        self.out.append("}")
        return self.out


def functions(module: str) -> list[list[str]]:
    """The definitions in a module, each as its lines (header to closing brace)."""
    found: list[list[str]] = []
    current: list[str] | None = None
    for line in module.splitlines():
        if line.startswith("define "):
            current = [line]
        elif current is not None:
            current.append(line)
            if line.startswith("}"):
                found.append(current)
                current = None
    return found


def declarations(module: str) -> dict[str, str]:
    """name -> declaration, without attribute groups (the harness has none)."""
    return {match.group(1): re.sub(r"\s+#\d+\s*$", "", line) for line in module.splitlines()
            if (match := re.match(r"declare .*?@([-\w.$]+)\(", line))}


def guard_functions(module: str) -> tuple[list[Signature], str]:
    """The signatures of the module's functions and the text of their guards (with the
    declarations both need).  Raises Unsupported for what the guard cannot check."""
    signatures, texts = [], []
    needed = declarations(module)
    for lines in functions(module):
        guard = Guard()
        texts.append("\n".join(guard.function(lines)))
        signatures.append(signature(lines[0]))
        needed.update(guard.declarations)
    return signatures, "\n\n".join(texts) + "\n\n" + "\n".join(needed.values()) + "\n"


# --------------------------------------------------------------------------- harness

SLOTS = 16  # 64-bit input words per call (i128 and vectors take two)


def runner(sig: Signature) -> str:
    """``@NAME.run(ptr in, ptr out)``: out[0] = guard; unless UB, the result in out[1..2]."""
    lines = [f"define void @{sig.name}.run(ptr %in, ptr %out) {{", "entry:"]
    args, slot = [], 0
    for at, type_ in enumerate(sig.params):
        lines.append(f"  %p{at} = getelementptr i64, ptr %in, i64 {slot}")
        if is_vector(type_) or width(type_) > 64:
            lines.append(f"  %x{at} = load {type_}, ptr %p{at}, align 1")
            slot += 2
        else:
            lines.append(f"  %w{at} = load i64, ptr %p{at}, align 1")
            cast = "bitcast" if type_ == "i64" else "trunc"
            lines.append(f"  %x{at} = {cast} i64 %w{at} to {type_}")
            slot += 1
        args.append(f"{type_} %x{at}")
    if slot > SLOTS:
        raise Unsupported("too many parameters")
    call_args = ", ".join(args)
    lines += [f"  %ub = call i1 @{sig.name}.guard({call_args})",
              "  %ubx = zext i1 %ub to i64", "  store i64 %ubx, ptr %out",
              "  br i1 %ub, label %done, label %call", "call:"]
    target = "  %slot = getelementptr i64, ptr %out, i64 1"
    if sig.returned == "void":
        lines.append(f"  call void @{sig.name}({call_args})")
    elif is_vector(sig.returned) or width(sig.returned) > 64:
        lines += [f"  %r = call {sig.returned} @{sig.name}({call_args})", target,
                  f"  store {sig.returned} %r, ptr %slot, align 1"]
    else:
        lines.append(f"  %r = call {sig.returned} @{sig.name}({call_args})")
        wide = "%r"
        if sig.returned != "i64":
            lines.append(f"  %rx = zext {sig.returned} %r to i64")
            wide = "%rx"
        lines += [target, f"  store i64 {wide}, ptr %slot, align 1"]
    lines += ["  br label %done", "done:", "  ret void", "}"]
    return "\n".join(lines)


def harness_module(modules: list[str]) -> str:
    """One module with the guards and runners of all functions in ``modules``, and the
    table ``@rir_table`` / ``@rir_count`` that DRIVER_C walks."""
    parts, runners, names = [], [], []
    needed: dict[str, str] = {}
    for module in modules:
        signatures, guards = guard_functions(module)
        guard_lines = [line for line in guards.splitlines() if not line.startswith("declare ")]
        needed.update(declarations(guards))
        parts.append("\n".join(guard_lines))
        for sig in signatures:
            runners.append(runner(sig))
            names.append(sig.name)
            needed[sig.name] = f"declare {sig.returned} @{sig.name}({', '.join(sig.params)})"
    table = ", ".join(f"ptr @{name}.run" for name in names)
    return "\n\n".join([
        *parts, *runners,
        f"@rir_count = constant i32 {len(names)}",
        f"@rir_table = constant [{len(names)} x ptr] [{table}]",
        "\n".join(needed.values()),
    ]) + "\n"


DRIVER_C = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
/* Calls every function of the harness on INPUTS deterministic inputs:
   usage: driver INPUTS [STACK-BYTE]. Prints "k i ub" or "k i lo hi". */
extern const int rir_count;
extern void (*const rir_table[])(uint64_t *, uint64_t *);

static uint64_t next(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static uint64_t pick(uint64_t *state) {
  static const uint64_t edges[] = {0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 63, 64, 0x7f, 0x80, 0xff,
    0x7fff, 0x8000, 0xffff, 0x10000, 0x1ffff, 0x7fffffff, 0x80000000ull, 0xffffffffull,
    0x100000000ull, 0x1ffffffffull, 0x7fffffffffffffffull, 0x8000000000000000ull,
    0xffffffffffffffffull};
  uint64_t r = next(state);
  switch (r & 7) {
    case 0: case 1: case 2: return (uint64_t)((int64_t)(r >> 8) % 9);
    case 3: return edges[(r >> 8) % (sizeof edges / sizeof edges[0])];
    case 4: return -edges[(r >> 8) % (sizeof edges / sizeof edges[0])];
    default: return next(state);
  }
}

/* Fill the stack below us, so that reading uninitialised stack differs by STACK-BYTE. */
__attribute__((noinline)) static void scribble(int byte) {
  volatile unsigned char area[8192];
  for (int i = 0; i < (int)sizeof area; i++) area[i] = (unsigned char)(byte + i);
}

int main(int argc, char **argv) {
  int inputs = argc > 1 ? atoi(argv[1]) : 256;
  int byte = argc > 2 ? atoi(argv[2]) : 0;
  for (int k = 0; k < rir_count; k++) {
    for (int i = 0; i < inputs; i++) {
      uint64_t state = (uint64_t)i * 0x2545F4914F6CDD1Dull + 1, in[16], out[3] = {0, 0, 0};
      for (int j = 0; j < 16; j++) in[j] = pick(&state);
      scribble(byte);
      rir_table[k](in, out);
      if (out[0]) printf("%d %d ub\n", k, i);
      else printf("%d %d %016llx %016llx\n", k, i, (unsigned long long)out[1],
                  (unsigned long long)out[2]);
    }
  }
  return 0;
}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("index", type=int)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="default")
    parser.add_argument("--guard", action="store_true",
                        help="print the harness (guard, runner, table) instead")
    options = parser.parse_args()
    module = generate(options.seed, options.index, options.profile)
    print(harness_module([module]) if options.guard else module, end="")


if __name__ == "__main__":
    main()
