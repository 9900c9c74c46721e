"""Opcode numbering and the per-opcode property tables that passes index.

Every instruction row carries an ``opcode`` id from ``OPCODES``.  Properties
are arrays indexed by opcode (STYLE.md habit 3), so a pass asks
``IS_PURE[opcode]`` for all instructions at once instead of branching.

``DBG_RECORD`` is not an LLVM opcode: it is the row we give to a debug record
line (``#dbg_value(...)``).  Its operands are not uses for liveness, and when
the value it names is deleted it points at ``poison``, as LLVM does.
"""

from __future__ import annotations

import numpy as np

BINARY_OPS = ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem",
              "shl", "lshr", "ashr", "and", "or", "xor")
FLOAT_BINARY_OPS = ("fadd", "fsub", "fmul", "fdiv", "frem")
INT_CASTS = ("trunc", "zext", "sext")
OTHER_CASTS = ("fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp",
               "ptrtoint", "ptrtoaddr", "inttoptr", "bitcast", "addrspacecast")
TERMINATORS = ("ret", "br", "switch", "indirectbr", "invoke", "resume",
               "unreachable", "cleanupret", "catchret", "catchswitch", "callbr")
OTHERS = ("icmp", "fcmp", "select", "phi", "fneg", "freeze",
          "alloca", "load", "store", "getelementptr", "fence", "cmpxchg", "atomicrmw",
          "extractvalue", "insertvalue", "extractelement", "insertelement", "shufflevector",
          "call", "va_arg", "landingpad", "cleanuppad", "catchpad")

OPCODES: tuple[str, ...] = (("dbg_record",) + BINARY_OPS + FLOAT_BINARY_OPS + INT_CASTS
                            + OTHER_CASTS + TERMINATORS + OTHERS)
OPCODE_ID: dict[str, int] = {name: i for i, name in enumerate(OPCODES)}
N_OPCODES = len(OPCODES)

DBG_RECORD = OPCODE_ID["dbg_record"]
ICMP = OPCODE_ID["icmp"]
SELECT = OPCODE_ID["select"]
PHI = OPCODE_ID["phi"]
BR = OPCODE_ID["br"]
LOAD = OPCODE_ID["load"]
STORE = OPCODE_ID["store"]
CALL = OPCODE_ID["call"]
ALLOCA = OPCODE_ID["alloca"]
GEP = OPCODE_ID["getelementptr"]
PTRTOINT = OPCODE_ID["ptrtoint"]
TRUNC, ZEXT, SEXT = (OPCODE_ID[n] for n in INT_CASTS)
(ADD, SUB, MUL, UDIV, SDIV, UREM, SREM, SHL, LSHR, ASHR, AND, OR, XOR) = (
    OPCODE_ID[n] for n in BINARY_OPS)


def _table(names: tuple[str, ...] | list[str]) -> np.ndarray:
    mask = np.zeros(N_OPCODES, dtype=bool)
    mask[[OPCODE_ID[n] for n in names]] = True
    return mask


IS_TERMINATOR = _table(TERMINATORS)
IS_BINARY = _table(BINARY_OPS)
IS_INT_CAST = _table(INT_CASTS)
# Instructions the reader parses into typed operands and the printer rebuilds
# from columns; everything else is printed from its verbatim template.
IS_MODELED = _table(BINARY_OPS + INT_CASTS + ("icmp", "select"))
# Trivially dead when unused (LLVM's wouldInstructionBeTriviallyDead): no
# write, no trap that counts as a side effect.  Loads qualify unless volatile
# or atomic, which the FLAG_ORDERED bit excludes.
IS_PURE = _table(BINARY_OPS + FLOAT_BINARY_OPS + INT_CASTS + OTHER_CASTS
                 + ("icmp", "fcmp", "select", "phi", "fneg", "freeze", "alloca", "load",
                    "getelementptr", "extractvalue", "insertvalue", "extractelement",
                    "insertelement", "shufflevector"))
IS_COMMUTATIVE = _table(("add", "mul", "and", "or", "xor"))

# Instruction flag bits (column ``flags``).
FLAG_NUW = 1
FLAG_NSW = 2
FLAG_EXACT = 4
FLAG_DISJOINT = 8
FLAG_NNEG = 16
FLAG_SAMESIGN = 32
FLAG_ORDERED = 64  # volatile or atomic memory access: never trivially dead
FLAG_ZERO_INDICES = 128  # getelementptr whose indices are all 0
FLAG_INBOUNDS = 256  # getelementptr inbounds
FLAG_WORDS: dict[str, int] = {"nuw": FLAG_NUW, "nsw": FLAG_NSW, "exact": FLAG_EXACT,
                              "disjoint": FLAG_DISJOINT, "nneg": FLAG_NNEG,
                              "samesign": FLAG_SAMESIGN}
# Printing order LLVM uses for the poison-generating flags.
FLAG_PRINT_ORDER: tuple[tuple[int, str], ...] = (
    (FLAG_DISJOINT, "disjoint"), (FLAG_NNEG, "nneg"), (FLAG_SAMESIGN, "samesign"),
    (FLAG_EXACT, "exact"), (FLAG_NUW, "nuw"), (FLAG_NSW, "nsw"))
# Which flags each modeled opcode accepts (others are a parse error).
ALLOWED_FLAGS: dict[str, int] = {
    **{op: FLAG_NUW | FLAG_NSW for op in ("add", "sub", "mul", "shl")},
    **{op: FLAG_EXACT for op in ("udiv", "sdiv", "lshr", "ashr")},
    "or": FLAG_DISJOINT, "trunc": FLAG_NUW | FLAG_NSW, "zext": FLAG_NNEG,
    "icmp": FLAG_SAMESIGN,
}

ICMP_PREDICATES: tuple[str, ...] = ("eq", "ne", "ugt", "uge", "ult", "ule",
                                    "sgt", "sge", "slt", "sle")
ICMP_ID: dict[str, int] = {p: i for i, p in enumerate(ICMP_PREDICATES)}
