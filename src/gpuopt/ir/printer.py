"""Columns back to textual IR.

Names: unnamed values and blocks are numbered afresh in textual order
(arguments, then each block's label and its instructions), as LLVM requires
after deletions.  Operand texts are computed for all operands at once by tag;
each instruction line is its template with operand texts between the pieces,
or, for a modeled instruction whose template a pass dropped, rebuilt from its
columns.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gpuopt.ir import opcodes as op
from gpuopt.ir.module import (
    CONST_INT,
    NAME_NONE,
    NAME_NUMBERED,
    TAG_ARGUMENT,
    TAG_BLOCK,
    TAG_CONSTANT,
    TAG_GLOBAL,
    TAG_VALUE,
    Module,
)


def print_module(module: Module, rebuild_modeled: bool = False,
                 functions: list[tuple[str, str]] | None = None) -> str:
    """The module's text.  Modeled instructions print from their columns;
    ``rebuild_modeled`` prints phis and branches from theirs too (tests use it
    to check that the columns are complete)."""
    return "\n".join(print_items(module, rebuild_modeled, functions)) + "\n"


def print_items(module: Module, rebuild_modeled: bool = False,
                functions: list[tuple[str, str]] | None = None) -> list[str]:
    """The text of each module-level item (a line, or a whole function), in order."""
    m = module.to(np)
    host = m.host
    strings = host.strings.items
    inst_display, block_display, arg_display = _display_names(m)
    operand_text = _operand_texts(m, inst_display, block_display, arg_display)

    templates = host.templates
    opcode = m.inst_opcode
    template = m.inst_template
    starts = m.inst_operand_start
    counts = m.inst_operand_count
    names = m.inst_name
    # Modeled instructions always print from their columns, so passes may
    # change their opcode, flags, predicate or operands freely.
    rebuild = (template < 0) | op.IS_MODELED[opcode] | (
        ((opcode == op.PHI) | (opcode == op.BR)) & rebuild_modeled)
    lines_of_inst: list[str] = []
    for row in range(m.n_instructions):  # host formatting: one string per instruction
        texts = operand_text[starts[row]:starts[row] + counts[row]]
        if rebuild[row]:
            body = _rebuild(m, row, texts)
        else:
            pieces = templates[template[row]]
            parts = [pieces[0]]
            for index, text in enumerate(texts):
                parts.append(text)
                parts.append(pieces[index + 1])
            body = "".join(parts)
        if opcode[row] == op.DBG_RECORD:
            lines_of_inst.append("    " + body)
        elif names[row] != NAME_NONE:
            lines_of_inst.append(f"  {inst_display[row]} = {body}")
        else:
            lines_of_inst.append("  " + body)

    first_block = m.function_first_block
    block_count = m.function_block_count
    block_first = m.block_first_inst
    block_count_inst = m.block_inst_count
    block_names = m.block_name
    out: list[str] = []
    for kind, payload in host.items:
        if kind == "text":
            out.append(payload)
            continue
        if kind == "blockaddress":
            pieces, rows = payload
            parts = [pieces[0]]
            for index, row in enumerate(rows):
                parts.append(block_display[row])
                parts.append(pieces[index + 1])
            out.append("".join(parts))
            continue
        fn = payload
        lines = [host.function_header[fn]]
        for block in range(first_block[fn], first_block[fn] + block_count[fn]):
            if block != first_block[fn] or block_names[block] != NAME_NUMBERED:
                if block != first_block[fn]:
                    lines.append("")
                lines.append(block_display[block][1:] + ":")
            first = block_first[block]
            lines.extend(lines_of_inst[first:first + block_count_inst[block]])
        lines.append("}")
        out.append("\n".join(lines))
        if functions is not None:
            functions.append((strings[m.function_name[fn]], out[-1]))
    return out


def print_functions(module: Module) -> list[tuple[str, str]]:
    """(name, text) of every function definition, in order."""
    functions: list[tuple[str, str]] = []
    print_module(module, functions=functions)
    return functions


def _display_names(m: Module) -> tuple[list[str], list[str], list[str]]:
    """'%name' for every instruction, block and argument, numbering the unnamed."""
    strings = m.host.strings.items
    n_functions = m.function_name.shape[0]
    numbered_args = m.argument_name == NAME_NUMBERED
    arg_rank = _rank_within(numbered_args, m.argument_function, n_functions)
    args_per_function = np.bincount(m.argument_function[numbered_args],
                                     minlength=n_functions)

    numbered_blocks = np.flatnonzero(m.block_name == NAME_NUMBERED)
    numbered_insts = np.flatnonzero(m.inst_name == NAME_NUMBERED)
    # Textual order: a block's label comes just before its first instruction.
    position = np.concatenate((m.block_first_inst[numbered_blocks].astype(np.int64) * 2,
                               numbered_insts.astype(np.int64) * 2 + 1))
    owner = np.concatenate((m.block_function[numbered_blocks], m.inst_function[numbered_insts]))
    order = np.argsort(position, kind="stable")
    numbers = np.empty(position.shape[0], dtype=np.int64)
    numbers[order] = _rank_within(np.ones(order.shape[0], dtype=bool), owner[order], n_functions)
    numbers += args_per_function[owner]

    inst_display = _names(m.inst_name, strings)
    block_display = _names(m.block_name, strings)
    arg_display = _names(m.argument_name, strings)
    for row, number in zip(numbered_blocks.tolist(),
                           numbers[:numbered_blocks.shape[0]].tolist(), strict=True):
        block_display[row] = f"%{number}"
    for row, number in zip(numbered_insts.tolist(),
                           numbers[numbered_blocks.shape[0]:].tolist(), strict=True):
        inst_display[row] = f"%{number}"
    for row, number in zip(np.flatnonzero(numbered_args).tolist(),
                           arg_rank[numbered_args].tolist(), strict=True):
        arg_display[row] = f"%{number}"
    return inst_display, block_display, arg_display


def _rank_within(mask: np.ndarray, group: np.ndarray, n_groups: int) -> np.ndarray:
    """For rows in ``mask``, their rank among masked rows of the same group
    (rows already sorted by group)."""
    counts = np.bincount(group[mask], minlength=n_groups)
    group_start = np.concatenate(([0], np.cumsum(counts)[:-1]))
    running = np.cumsum(mask) - 1
    return np.where(mask, running - group_start[group], -1)


def _names(column: np.ndarray, strings: list[str]) -> list[str]:
    return [f"%{strings[i]}" if i >= 0 else "" for i in column.tolist()]


def constant_texts(m: Module) -> list[str]:
    """Printed text of every constant (computed integers from their value)."""
    strings = m.host.strings.items
    widths = np.where(m.constant_type >= 0, m.type_width[np.maximum(m.constant_type, 0)], 0)
    values = m.constant_value
    signed = _sign_extend(values, widths)
    out = []
    for text, kind, width, value in zip(m.constant_text.tolist(), m.constant_kind.tolist(),
                                        widths.tolist(), signed.tolist(), strict=True):
        if text >= 0:
            out.append(strings[text])
        elif kind == CONST_INT:
            out.append(("true" if value else "false") if width == 1 else str(value))
        else:
            out.append("poison")
    return out


def _sign_extend(values: np.ndarray, widths: np.ndarray) -> np.ndarray:
    shift = np.clip(64 - widths, 0, 63).astype(np.int64)
    return np.where(widths > 0, (values << shift) >> shift, values)


def _operand_texts(m: Module, inst_display: list[str], block_display: list[str],
                   arg_display: list[str]) -> list[str]:
    tag = m.operand_tag
    ref = m.operand_ref
    out = np.empty(tag.shape[0], dtype=object)
    tables: dict[int, Any] = {
        TAG_VALUE: np.array(inst_display + [""], dtype=object),
        TAG_ARGUMENT: np.array(arg_display + [""], dtype=object),
        TAG_BLOCK: np.array(block_display + [""], dtype=object),
        TAG_CONSTANT: np.array(constant_texts(m) + [""], dtype=object),
        TAG_GLOBAL: np.array(m.host.strings.items + [""], dtype=object),
    }
    for key, table in tables.items():
        mask = tag == key
        out[mask] = table[ref[mask]]
    return out.tolist()


def _rebuild(m: Module, row: int, texts: list[str]) -> str:
    """A modeled instruction printed from its columns (plus its template's tail)."""
    code = int(m.inst_opcode[row])
    name = op.OPCODES[code]
    flags = int(m.inst_flags[row])
    words = [name] + [word for bit, word in op.FLAG_PRINT_ORDER if flags & bit]
    start = int(m.inst_operand_start[row])
    operand_types = [m.host.type_text[t] for t in m.operand_type[start:start + len(texts)]]
    template = int(m.inst_template[row])
    tail = m.host.templates[template][-1] if template >= 0 else ""
    if code == op.ICMP:
        words.append(op.ICMP_PREDICATES[int(m.inst_predicate[row])])
    head = " ".join(words)
    if code == op.BR:
        if len(texts) == 3:
            return f"br i1 {texts[0]}, label {texts[1]}, label {texts[2]}{tail}"
        return f"br label {texts[0]}{tail}"
    if code == op.PHI:
        result = m.host.type_text[int(m.inst_type[row])]
        pairs = ", ".join(f"[ {texts[i]}, {texts[i + 1]} ]" for i in range(0, len(texts), 2))
        tail = tail[tail.index("]") + 1:] if "]" in tail else ""  # after the last pair
        return f"phi {result} {pairs}{tail}"
    if op.IS_INT_CAST[code]:
        result = m.host.type_text[int(m.inst_type[row])]
        # the tail piece still holds " to TYPE"; integer types have no commas
        tail = tail[tail.index(","):] if "," in tail else ""
        return f"{head} {operand_types[0]} {texts[0]} to {result}{tail}"
    if code == op.SELECT:
        typed = ", ".join(f"{t} {v}" for t, v in zip(operand_types, texts, strict=True))
        return f"{head} {typed}{tail}"
    return f"{head} {operand_types[0]} {texts[0]}, {texts[1]}{tail}"
