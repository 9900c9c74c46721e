"""The module as flat columns: see docs/columns.md for the full vocabulary.

Numeric columns live in arrays of one namespace ``xp`` (NumPy or CuPy) and
move to the device together; text (names, verbatim templates, module-level
lines) stays on the host in ``Strings`` and is only touched by the reader and
the printer.  Every reference is an integer index: no pointers, no objects per
instruction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

# Operand tags (column ``operand_tag``): what ``operand_ref`` indexes.
TAG_VALUE = 0     # an instruction's result: ref is an instruction row
TAG_ARGUMENT = 1  # a function argument: ref is an argument row
TAG_CONSTANT = 2  # ref is a constants row
TAG_GLOBAL = 3    # ref is a string id of the global's name (printed as @name)
TAG_BLOCK = 4     # ref is a block row (printed as %label)

# Name column values besides string ids.
NAME_NUMBERED = -1  # unnamed: the printer numbers it (%0, %1, ...) in order
NAME_NONE = -2      # no result (store, br, call void, debug records)

# Type kinds (column ``type_kind``).
KIND_OTHER, KIND_INT, KIND_PTR, KIND_VOID, KIND_FLOAT, KIND_VECTOR, KIND_LABEL = range(7)

FLOAT_TYPES = frozenset(("half", "bfloat", "float", "double", "fp128", "x86_fp80", "ppc_fp128"))


def classify_type(text: str) -> tuple[int, int]:
    """(kind, width) of the type spelled ``text``; width is an integer's bits, else 0."""
    if text.startswith("i") and text[1:].isdigit():
        return KIND_INT, int(text[1:])
    if text.startswith("ptr"):
        return KIND_PTR, 0
    if text == "void":
        return KIND_VOID, 0
    if text == "label":
        return KIND_LABEL, 0
    if text in FLOAT_TYPES:
        return KIND_FLOAT, 0
    if text.startswith("<") and not text.startswith("<{"):
        return KIND_VECTOR, 0
    return KIND_OTHER, 0


# Constant kinds (column ``constant_kind``).
CONST_OTHER, CONST_INT, CONST_POISON, CONST_UNDEF = range(4)


class Strings:
    """An append-only interned string table (host side)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.ids: dict[str, int] = {}

    def intern(self, text: str) -> int:
        found = self.ids.get(text)
        if found is not None:
            return found
        self.ids[text] = len(self.items)
        self.items.append(text)
        return len(self.items) - 1

    def __getitem__(self, index: int) -> str:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)


@dataclass
class HostTables:
    """What stays on the host: text, and how the module's lines are ordered."""

    strings: Strings = field(default_factory=Strings)
    # Template pieces per template id: the verbatim text of an instruction
    # with its operand references cut out; operand k goes between piece k and
    # k+1.  Modeled instructions have a template of only their tail
    # (``, !dbg !12``) and are rebuilt from columns.
    templates: list[list[str]] = field(default_factory=list)
    type_text: list[str] = field(default_factory=list)
    # Module-level items in source order: ("text", line) or ("function", row).
    items: list[tuple[str, Any]] = field(default_factory=list)
    # Per function row: the header line up to and including '{'.
    function_header: list[str] = field(default_factory=list)
    source_name: str = "<stdin>"


@dataclass
class Module:
    """One module (or a batch of modules) as columns.

    Row order is program order: functions in source order, their blocks in
    layout order, each block's instructions in order.  Every pass keeps that.
    """

    host: HostTables
    xp: Any
    # functions
    function_name: Any       # string id
    function_first_block: Any
    function_block_count: Any
    function_first_arg: Any
    function_arg_count: Any
    # arguments
    argument_function: Any
    argument_name: Any       # string id or NAME_NUMBERED
    argument_type: Any       # type id
    # blocks
    block_function: Any
    block_first_inst: Any
    block_inst_count: Any
    block_name: Any          # string id or NAME_NUMBERED
    # instructions
    inst_opcode: Any         # OPCODES id
    inst_type: Any           # result type id, -1 when not known
    inst_aux_type: Any       # alloca: the allocated type id; else -1
    inst_shape: Any          # string id of the template text without metadata attachments
    inst_block: Any
    inst_function: Any
    inst_flags: Any          # FLAG_* bits
    inst_predicate: Any      # ICMP_ID for icmp, else -1
    inst_operand_start: Any
    inst_operand_count: Any
    inst_name: Any           # string id, NAME_NUMBERED or NAME_NONE
    inst_template: Any       # template id
    # operands
    operand_tag: Any         # TAG_*
    operand_ref: Any
    operand_type: Any        # type id, -1 when not known
    operand_owner: Any       # instruction row
    # types (interned)
    type_kind: Any
    type_width: Any          # bit width for integer types, else 0
    # constants (interned by the reader; passes append)
    constant_type: Any
    constant_kind: Any
    constant_value: Any      # int64 bits of an integer of width <= 64, zero-extended
    constant_text: Any       # string id of verbatim text, -1 for computed integers
    # Not a column: in a module cut down to some functions
    # (``transforms/function_subset.py``), each function's row in the host
    # tables (headers, module items, per-module facts), a NumPy array; None
    # where the function rows are the host's own.
    function_host_row: Any = None

    @property
    def n_instructions(self) -> int:
        return int(self.inst_opcode.shape[0])

    def column_names(self) -> list[str]:
        return [f.name for f in fields(self)
                if f.name not in ("host", "xp", "function_host_row")]

    def host_function_rows(self) -> np.ndarray:
        """Each function's row in the host tables (see ``function_host_row``)."""
        if self.function_host_row is not None:
            return self.function_host_row  # type: ignore[no-any-return]
        return np.arange(int(self.function_name.shape[0]), dtype=np.int64)

    def to(self, xp: Any) -> Module:
        """The same module with every numeric column in namespace ``xp``.

        Moving to CuPy copies host to device once; moving back synchronizes.
        """
        if xp is self.xp:
            return self
        if xp is np:
            moved = {name: _to_numpy(getattr(self, name)) for name in self.column_names()}
        else:
            moved = {name: xp.asarray(getattr(self, name)) for name in self.column_names()}
        return replace(self, xp=xp, **moved)

    def with_columns(self, **columns: Any) -> Module:
        return replace(self, **columns)


def _to_numpy(array: Any) -> np.ndarray:
    return array.get() if hasattr(array, "get") else np.asarray(array)
