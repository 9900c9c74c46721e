"""``undefined_if_poison``'s scans on the GPU: one thread per queried value.

The array code (branch_common.py, the twin the CPU runs) advances every scan
by one instruction per step, for up to 31 steps, with about 40 array
operations a step: over a thousand launches per call.  Each scan is short and
independent, so here a thread walks its own: the same steps (a block
crossing costs one, as there), the same set of values that pass the query's
poison on (at most one new value a step, so 32 entries), the same rules for
what makes the program undefined.  Every scan that is still going is at an
instruction when the array code looks (a block ends with a terminator, which
the scan stops at or crosses), so the array code's "no scan left" stop is
each thread's own stop.  tests/test_poison_scan_kernel.py compiles this C
with clang-22 against the array code, and checks the kernel on the GPU.
"""

from __future__ import annotations

import functools
from typing import Any

from gpuopt.ir import opcodes as op
from gpuopt.ir.module import TAG_BLOCK, TAG_VALUE

SCAN_C = f"""
#define SCAN_LIMIT 31
#define OP_BR {op.BR}
#define SKIP_PHI {op.PHI}
#define SKIP_DBG {op.DBG_RECORD}
#define TAG_VALUE {TAG_VALUE}
#define TAG_BLOCK {TAG_BLOCK}
""" + r"""
typedef long long i64;

/* One query's scan (branch_common.undefined_if_poison): 1 where the program
   would be undefined were the value (tag, ref) poison. */
DEVICE static int poison_scan(int alive, i64 row, i64 block, int tag, i64 ref,
                              const int *opcode, const i64 *operand_start,
                              const i64 *operand_count, const int *operand_tag,
                              const i64 *operand_ref, const i64 *block_first,
                              const i64 *block_end, const unsigned char *one_successor,
                              const i64 *successor, const i64 *ub_position,
                              const unsigned char *is_call, const unsigned char *propagates,
                              const unsigned char *call_ub_operand) {
    int tainted_tag[SCAN_LIMIT + 1];
    i64 tainted_ref[SCAN_LIMIT + 1];
    int n_tainted = 1;
    const i64 first_block = block;
    tainted_tag[0] = tag;
    tainted_ref[0] = ref;
    for (int step = 0; step < SCAN_LIMIT && alive; step++) {
        /* past a block's end: on to its only successor, after that one's phis */
        if (row >= block_end[block]) {
            if (!(one_successor[block] && successor[block] != first_block)) return 0;
            block = successor[block];
            row = block_first[block];
        }
        /* skip phis and debug records (what _next_non_skipped finds) */
        while (row < block_end[block] && (opcode[row] == SKIP_PHI || opcode[row] == SKIP_DBG))
            row++;
        if (row >= block_end[block]) return 0;  /* (never: a block ends in a terminator) */
        const i64 first = operand_start[row], last = first + operand_count[row];
        const int owner = opcode[row];
        const int conditional_br = owner == OP_BR && operand_count[row] == 3;
        int undefined = 0, passes = 0;
        for (i64 operand = first; operand < last; operand++) {
            const int t = operand_tag[operand];
            if (t == TAG_BLOCK) continue;
            const i64 r = operand_ref[operand];
            int hit = 0;
            for (int k = 0; k < n_tainted; k++)
                if (tainted_tag[k] == t && tainted_ref[k] == r) { hit = 1; break; }
            if (!hit) continue;
            const i64 position = operand - first;
            if ((ub_position[owner] == position && (owner != OP_BR || conditional_br))
                || (is_call[owner] && call_ub_operand[operand]))
                undefined = 1;
            if (propagates[owner]) passes = 1;
        }
        if (undefined) return 1;
        if (passes) {
            tainted_tag[n_tainted] = TAG_VALUE;
            tainted_ref[n_tainted] = row;
            n_tainted++;
        }
        if (is_call[owner]) return 0;  /* a call may not return: the scan stops there */
        row++;
    }
    return 0;
}
"""

_SCAN = r"""
result = poison_scan(alive, row, block, tag, ref, &opcode[0], &operand_start[0],
                     &operand_count[0], &operand_tag[0], &operand_ref[0], &block_first[0],
                     &block_end[0], &one_successor[0], &successor[0], &ub_position[0],
                     &is_call[0], &propagates[0], &call_ub_operand[0]);
"""

TABLES = ("opcode", "operand_start", "operand_count", "operand_tag", "operand_ref",
          "block_first", "block_end", "one_successor", "successor", "ub_position", "is_call",
          "propagates", "call_ub_operand")
TABLE_TYPES = ("int32", "int64", "int64", "int32", "int64", "int64", "int64", "uint8", "int64",
               "int64", "uint8", "uint8", "uint8")


@functools.cache
def _kernel(cupy: Any) -> Any:
    tables = ", ".join(f"raw {kind} {name}" for name, kind in zip(TABLES, TABLE_TYPES,
                                                                    strict=True))
    return cupy.ElementwiseKernel(
        "bool alive, int64 row, int64 block, int32 tag, int64 ref, " + tables,
        "bool result", _SCAN, "gpuopt_poison_scan",
        preamble="#define DEVICE __device__\n" + SCAN_C)


def scan(cupy: Any, alive: Any, row: Any, block: Any, tag: Any, ref: Any,
         tables: dict[str, Any]) -> Any:
    """Per query, whether the program is undefined were it poison; ``tables``
    holds the arrays of ``TABLES`` (any integer or bool dtype)."""
    columns = [tables[name].astype(getattr(cupy, kind), copy=False)
               for name, kind in zip(TABLES, TABLE_TYPES, strict=True)]
    return _kernel(cupy)(alive, row.astype(cupy.int64, copy=False),
                         block.astype(cupy.int64, copy=False), tag.astype(cupy.int32, copy=False),
                         ref.astype(cupy.int64, copy=False), *columns)
