"""A module as function entities, for the store: cut, hash, reassemble.

Each defined function becomes a *unit*: a small module of its own (the
function, the module lines it refers to, and the module-wide facts passes
read) in a canonical spelling, so that the same function in another build,
another module or after an edit elsewhere spells the same:

- attribute-group numbers are renumbered 0, 1, ... in the module's order;
  metadata keeps its numbers (see ``build``);
- other functions it names become declarations; global variables it names
  come whole (passes read constant initializers), with what they name;
- debug-info nodes are followed only through the fields passes read (scope,
  type, baseType, inlinedAt); a node reached otherwise stands as ``!{}``.

The unit's key hashes its text with local names normalized, the pipeline and
gpuopt's version.  The unit is what gets optimized on a miss; what the store
keeps is the unit's result in canonical spelling (the function, and metadata
lines passes appended), and ``assemble`` maps it back into the module's own
numbers and names.  Passes change nothing else at module level (the store
checks, and says so if a pass ever does).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from gpuopt.ir.join import MODULE_FACTS, NAME, NUMBERS, canonical_appended

FORMAT = 1  # of keys and stored values: bump when either changes meaning

# What a line names, strings and comments skipped: globals, comdats, !N and #N
# (few per function); local and type names come apart.
_REFERENCE = re.compile(r'"[^"\n]*"|;[^\n]*|(@' + NAME + r"|\$" + NAME + r"|[!#][0-9]+)")
_NAMED_LABEL = re.compile(r"^(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|\"[^\"\n]*\"):", re.MULTILINE)
_ATTRIBUTE = re.compile(r'"[^"\n]*"|;[^\n]*|#([0-9]+)')
_PERCENT_NAME = re.compile(r"%(" + NAME + ")")
# A local's name where it is used (%name) or labels a block (name: at a line's
# start); strings (inline asm) are kept as they are.
_LOCAL = re.compile(r'("[^"\n]*")|%(' + NAME + r")|^(" + NAME + r"):", re.MULTILINE)
_FUNCTION_TEXT = r"^define [^\n]*\{\n.*?^\}$"
_ITEM = re.compile(_FUNCTION_TEXT + r"|^[^\n]+$", re.MULTILINE | re.DOTALL)  # a function or a line
_FUNCTION = re.compile(_FUNCTION_TEXT, re.MULTILINE | re.DOTALL)
_BLOCKADDRESS = re.compile(r"blockaddress\(@" + NAME + r", %" + NAME + r"\)")
_COMMENT_LINE = re.compile(r"^;[^\n]*\n", re.MULTILINE)  # the reader drops them, as opt does
_GLOBAL_LINE = re.compile(r"^@(" + NAME + r") = ")
_DECLARE_NAME = re.compile(r"@(" + NAME + r")\(")
_TYPE_LINE = re.compile(r"^%(" + NAME + r") = type ")
_COMDAT_LINE = re.compile(r"^\$(" + NAME + r") = comdat ")
_METADATA_LINE = re.compile(r"^!([0-9]+) = ")
_ATTRIBUTES_LINE = re.compile(r"^attributes #([0-9]+) = ")
_DI_NODE = re.compile(r"^!?[0-9]* ?= ?(?:distinct )?!(DI[A-Za-z]+)\(")
_DI_FOLLOWED = re.compile(r"\b(?:scope|type|baseType|inlinedAt): !([0-9]+)")
_OWN_COMDAT = re.compile(r"\bcomdat\b(?!\()")
# Words a declaration cannot carry, or that mean nothing without a body.
_DEFINITION_ONLY = re.compile(
    r" (?:private|internal|linkonce_odr|linkonce|weak_odr|weak|available_externally|"
    r"appending|common)(?= )|"
    r" comdat(?:\(\$" + NAME + r"\))?| section \"[^\"]*\"| partition \"[^\"]*\"|"
    r" personality (?:ptr )?@" + NAME + r"| prefix [^{]*?(?= [#!{])| prologue [^{]*?(?= [#!{])|"
    r" ![a-z_.]+ ![0-9]+")


class StoreFormatError(RuntimeError):
    """A pass changed module lines the store cannot carry (a gpuopt bug to fix
    in this file, never a user's mistake)."""


@dataclass
class Unit:
    """One defined function, ready to look up or optimize."""

    name: str                  # as spelled after '@'
    key: str                   # hex digest
    text: str                  # the unit module (canonical spelling)
    callees: tuple[str, ...]   # functions it names, as spelled after '@'
    attributes: list[int]      # canonical #K -> the module's number
    metadata_end: int          # one past its highest !N; passes number new nodes from here


@dataclass
class Cut:
    """A module's text with its units and where each unit's function lies."""

    text: str
    units: list[Unit] = field(default_factory=list)
    function_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    global_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    highest_metadata: int = -1


class _Module:
    """The module's lines, indexed by what they define."""

    def __init__(self, text: str) -> None:
        found_items = list(_ITEM.finditer(text))
        self.items = [found.group() for found in found_items]
        self.spans = [found.span() for found in found_items]
        self.globals: dict[str, int] = {}      # global variables, aliases, ifuncs
        self.functions: dict[str, int] = {}    # definitions
        self.declarations: dict[str, int] = {}
        self.types: dict[str, int] = {}
        self.comdats: dict[str, int] = {}
        self.metadata: dict[int, int] = {}
        self.attributes: dict[int, int] = {}
        self.header: list[int] = []
        self.type_names: set[str] = set()
        self._named: dict[str, tuple[list[str], set[str]]] = {}
        self.percent_names: dict[str, set[str]] = {}  # a line's %names, locals and types
        self.metadata_followed: dict[int, list[int]] = {}  # node -> nodes a unit takes along
        self.metadata_with_globals: set[int] = set()
        self.facts: list[int] = []             # lines carrying a module-wide fact
        self.module_flags: int | None = None
        for index, item in enumerate(self.items):
            first = item[0]
            if first == "d":
                if item.startswith("define "):
                    self.functions[_DECLARE_NAME.search(item).group(1)] = index  # type: ignore[union-attr]
                elif item.startswith("declare ") and (found := _DECLARE_NAME.search(item)):
                    self.declarations[found.group(1)] = index
            elif first == "@":
                if found := _GLOBAL_LINE.match(item):
                    self.globals[found.group(1)] = index
            elif first == "!":
                if found := _METADATA_LINE.match(item):
                    self.metadata[int(found.group(1))] = index
                elif item.startswith("!llvm.module.flags = "):
                    self.module_flags = index
            elif first == "%":
                if found := _TYPE_LINE.match(item):
                    self.types[found.group(1)] = index
                    self.type_names.add(found.group(1))
            elif first == "$":
                if found := _COMDAT_LINE.match(item):
                    self.comdats[found.group(1)] = index
            elif first == "a":
                if found := _ATTRIBUTES_LINE.match(item):
                    self.attributes[int(found.group(1))] = index
            elif item.startswith("target "):
                self.header.append(index)
            if first in "d@" and any(fact in item for fact in MODULE_FACTS) \
                    and not item.startswith("define "):
                self.facts.append(index)


    def named(self, line: str) -> tuple[list[str], set[str]]:
        """What a line names: its references (@g, $c, !N, #N) and the type
        names in it; remembered, since many units share a line."""
        if (known := self._named.get(line)) is None:
            percent = set(_PERCENT_NAME.findall(line))
            known = ([reference for reference in _REFERENCE.findall(line) if reference],
                     percent & self.type_names)
            self._named[line] = known
            self.percent_names[line] = percent
        return known


def _as_declaration(define: str) -> str:
    first = define.split("\n", 1)[0]
    head = first[:first.rindex("{")].rstrip()
    return "declare" + _DEFINITION_ONLY.sub("", head[len("define"):])


class _UnitBuilder:
    """The unit of one function: the lines it needs, in canonical spelling."""

    def __init__(self, module: _Module, name: str) -> None:
        self.module = module
        self.name = name
        self.metadata: dict[int, int] = {}    # module number -> canonical
        self.attributes: dict[int, int] = {}
        self.globals: list[int] = []          # item indices of global lines, in order of use
        self.declarations: list[tuple[int, str]] = []  # (item index, line)
        self.types: set[str] = set()
        self.comdats: set[str] = set()
        self.seen_globals: set[str] = set()
        self.metadata_queue: list[int] = []

    # what a line names ------------------------------------------------------
    def visit(self, line: str, own_comdat: str | None = None) -> None:
        module = self.module
        references, types = module.named(line)
        for reference in references:
            sigil = reference[0]
            if sigil == "@":
                self._global(reference[1:])
            elif sigil == "$":
                self._comdat(reference[1:])
            elif sigil == "!":
                self._metadata(int(reference[1:]))
            else:
                number = int(reference[1:])
                if number in module.attributes:
                    self.attributes.setdefault(number, len(self.attributes))
        for name in types - self.types:
            self.types.add(name)
            self.visit(module.items[module.types[name]])
        if own_comdat is not None and _OWN_COMDAT.search(line.split("\n", 1)[0]):
            self._comdat(own_comdat)

    def _comdat(self, name: str) -> None:
        if name in self.module.comdats:
            self.comdats.add(name)

    def _global(self, name: str) -> None:
        if name in self.seen_globals:
            return
        self.seen_globals.add(name)
        module = self.module
        if name in module.globals:
            index = module.globals[name]
            line = module.items[index]
            self.globals.append(index)
            self.visit(line, own_comdat=name)
        elif name in module.functions:
            if name != self.name:
                index = module.functions[name]
                line = _as_declaration(module.items[index])
                self.declarations.append((index, line))
                self.visit(line)
        elif name in module.declarations:
            index = module.declarations[name]
            line = module.items[index]
            self.declarations.append((index, line))
            self.visit(line)

    def _metadata(self, number: int) -> None:
        if number not in self.metadata and number in self.module.metadata:
            self.metadata[number] = number
            self.metadata_queue.append(number)

    def close_metadata(self) -> None:
        """Nodes the unit names, through the fields passes read: a debug-info
        node's other references (files, compile units, members...) are left
        out (the reader does not resolve them; the module's own lines go into
        the output)."""
        module = self.module
        while self.metadata_queue:
            number = self.metadata_queue.pop()
            followed = module.metadata_followed.get(number)
            if followed is None:
                line = module.items[module.metadata[number]]
                if _DI_NODE.match(line):
                    followed = [int(found) for found in _DI_FOLLOWED.findall(line)]
                else:
                    followed = [int(reference[1:]) for reference in module.named(line)[0]
                                if reference[0] == "!"]
                    if any(reference[0] != "!" for reference in module.named(line)[0]):
                        module.metadata_with_globals.add(number)  # e.g. !{ptr @f}
                        self.visit(line)
                module.metadata_followed[number] = followed
            elif number in module.metadata_with_globals:
                self.visit(module.items[module.metadata[number]])
            for reference in followed:
                self._metadata(reference)

    # spelling -----------------------------------------------------------------
    def spell(self, line: str) -> str:
        """The line with attribute groups in the unit's numbering."""
        if "#" not in line:
            return line
        return _ATTRIBUTE.sub(lambda found: f"#{self.attributes[int(found.group(1))]}"
                              if found.group(1) else found.group(), line)

    def build(self) -> tuple[str, str]:
        """(unit text, the function's text in it)."""
        module = self.module
        function = module.items[module.functions[self.name]]
        self.callees = tuple(dict.fromkeys(
            name for name in (reference[1:] for reference in module.named(function)[0]
                              if reference[0] == "@")
            if name != self.name and (name in module.functions or name in module.declarations)))
        # order of first use: the function, then module flags and fact lines
        self.visit(function, own_comdat=self.name)
        for index in module.facts:
            self.visit(module.items[index])
        if module.module_flags is not None:
            self.visit(module.items[module.module_flags])
        self.close_metadata()
        # Canonical numbers and names keep the module's relative order.
        # Metadata keeps the module's numbers: some passes order by the text of
        # attachments (``!llvm.loop !41``), and the result should not depend on
        # whether a function went through the store.  With -g, an edit moves the
        # lines of every function below it anyway.
        self.metadata = {number: number for number in self.metadata}
        self.attributes = {number: rank for rank, number in enumerate(sorted(self.attributes))}
        lines = [module.items[index] for index in module.header]
        lines += [module.items[index] for index in sorted(
            module.types[name] for name in self.types)]
        lines += [module.items[index] for index in sorted(
            module.comdats[name] for name in self.comdats)]
        # globals, the function and its declarations in the module's order:
        # passes order operands by global (commutative operands, compares)
        named = [(index, self.spell(module.items[index])) for index in set(self.globals)]
        named += [(index, self.spell(line)) for index, line in self.declarations]
        spelled_function = self.spell(function)
        named.append((module.functions[self.name], spelled_function))
        lines += [line for _, line in sorted(named)]
        for number, canonical in sorted(self.attributes.items(), key=lambda pair: pair[1]):
            body = module.items[module.attributes[number]].split(" = ", 1)[1]
            lines.append(f"attributes #{canonical} = {body}")
        if module.module_flags is not None:
            lines.append(self.spell(module.items[module.module_flags]))
        lines += [module.items[module.metadata[number]] for number in sorted(self.metadata)]
        return "\n".join(lines) + "\n", spelled_function


def _local_insensitive(function: str, types: set[str], percent: set[str]) -> str:
    """The function with each local name replaced by its order of first
    appearance (type names stay), so that renaming a local keeps the key.
    Numbered locals are in order already (LLVM requires it)."""
    if _NAMED_LABEL.search(function) is None and all(
            name.isdigit() or name in types for name in percent):
        return function
    pieces = _LOCAL.split(function)
    order: dict[str, int] = {}
    result = [pieces[0]]
    for index in range(1, len(pieces), 4):  # host text work, one step per name
        string, used, labelled = pieces[index:index + 3]
        if string:
            result.append(string)
        elif used in types:
            result.append("%" + used)
        else:
            name = used or labelled
            number = order.setdefault(name, len(order))
            result.append(f"%<{number}>" if used else f"<{number}>:")
        result.append(pieces[index + 3])
    return "".join(result)


def cut(text: str, salt: str) -> Cut:
    """The module's units, keyed by their text and ``salt`` (pipeline and version)."""
    text = text.replace("\r\n", "\n")
    module = _Module(text)
    result = Cut(text, highest_metadata=max(module.metadata, default=-1))
    result.function_spans = {name: module.spans[index]
                             for name, index in module.functions.items()}
    result.global_spans = {name: module.spans[index] for name, index in module.globals.items()}
    for name in module.functions:
        builder = _UnitBuilder(module, name)
        unit_text, function = builder.build()
        names = module.percent_names[module.items[module.functions[name]]]
        hashed = unit_text.replace(function, _local_insensitive(function, module.type_names,
                                                                names))
        key = hashlib.sha256(f"{FORMAT}\0{salt}\0{hashed}".encode()).hexdigest()
        back_attributes = [0] * len(builder.attributes)
        for number, canonical in builder.attributes.items():
            back_attributes[canonical] = number
        result.units.append(Unit(name, key, unit_text, builder.callees, back_attributes,
                                 max(builder.metadata, default=-1) + 1))
    return result


def skeleton(text: str) -> str:
    """The module with each function body blanked (its line declared, its
    other lines empty): reading it checks every line outside functions, at
    the line and column a read of the whole module gives."""
    def declared(found: re.Match[str]) -> str:
        return _as_declaration(found.group()) + "\n" * found.group().count("\n")
    # a blockaddress names a body this text no longer has: null, padded so
    # that columns stay where they were
    return _BLOCKADDRESS.sub(lambda found: "null".ljust(len(found.group())),
                             _FUNCTION.sub(declared, text.replace("\r\n", "\n")))


# --- what the store keeps ------------------------------------------------------

def stored_value(unit: Unit, optimized: str) -> str:
    """From the optimized unit: its function, the metadata lines passes
    appended, and lines that name the function's blocks (blockaddress)."""
    before = [found.group() for found in _ITEM.finditer(unit.text)]
    after = [found.group() for found in _ITEM.finditer(optimized)]
    function_at = next(index for index, item in enumerate(before) if item.startswith("define "))
    changed: dict[str, str] = {}
    appended: list[str] = []
    for index, item in enumerate(after):
        if index == function_at:
            continue
        if index < len(before):
            if item != before[index]:
                found = _GLOBAL_LINE.match(item)
                if not found or f"blockaddress(@{unit.name}," not in item:
                    raise StoreFormatError(f"a pass changed a module line of @{unit.name}'s "
                                           f"unit that the store cannot carry: {item[:80]}")
                changed[found.group(1)] = item
        elif _METADATA_LINE.match(item):
            appended.append(item)
        else:
            raise StoreFormatError(f"a pass added a module line the store cannot carry: "
                                   f"{item[:80]}")
    return json.dumps({"function": after[function_at], "appended": appended,
                       "changed": changed})


def assemble(module: Cut, values: list[str]) -> str:
    """The module with each unit's function replaced by its stored result,
    mapped back into the module's numbers and names; metadata that passes
    appended goes at the end, numbered after the module's own."""
    replaced: dict[tuple[int, int], str] = {}
    next_metadata = module.highest_metadata + 1
    appended: list[str] = []
    for unit, value in zip(module.units, values, strict=True):
        stored = json.loads(value)
        fresh: dict[int, int] = {}
        for line in stored["appended"]:
            fresh[int(_METADATA_LINE.match(line).group(1))] = next_metadata  # type: ignore[union-attr]
            next_metadata += 1

        def back(found: re.Match[str], unit: Unit = unit, fresh: dict[int, int] = fresh) -> str:
            if sigil := found.group("sigil"):
                number = int(found.group("number"))
                if sigil == "#":
                    return f"#{unit.attributes[number]}"
                return f"!{number}" if number < unit.metadata_end else f"!{fresh[number]}"
            return found.group()

        replaced[module.function_spans[unit.name]] = NUMBERS.sub(back, stored["function"])
        appended += [NUMBERS.sub(back, line) for line in stored["appended"]]
        for name, line in stored["changed"].items():
            replaced[module.global_spans[name]] = NUMBERS.sub(back, line)
    pieces, position = [], 0
    for (start, end), text in sorted(replaced.items()):
        pieces += [_COMMENT_LINE.sub("", module.text[position:start]), text]
        position = end
    pieces.append(_COMMENT_LINE.sub("", module.text[position:]))
    out = "".join(pieces).rstrip("\n")
    return canonical_appended(out, appended, module.highest_metadata + 1) + "\n"
