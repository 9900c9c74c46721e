"""The scalar leaves of constant globals' initializers: (byte offset, type, value text).

sroa turns ``memcpy(local, @constant, n)`` into stores of the constants the
local's slices receive, so it needs to know what scalar sits at each offset of
a constant global.  Initializers are module text kept on the host; each global
that such a memcpy reads is parsed once (a handful per module).
"""

from __future__ import annotations

import re

from gpuopt.ir.host_facts import kept_while_items, unchanged
from gpuopt.ir.layout import module_lines, named_type_bodies, type_shape
from gpuopt.ir.module import Module

_GLOBAL = re.compile(r'(@(?:"[^"]*"|[-a-zA-Z$._0-9]+))\s*=\s*(.*)$')
_CONSTANT_WORD = re.compile(r"\bconstant\s+")
_ZERO = {"ptr": "null", "half": "0xH0000", "bfloat": "0xR0000", "float": "0.000000e+00",
         "double": "0.000000e+00"}

Leaf = tuple[int, str, str]


def global_lines(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The named type lines, and each global's line by its name: the lines
    ``constant_leaves`` reads."""
    types = [line for line in lines if line.startswith("%")]
    by_name = {}
    for line in lines:  # module lines, not instructions
        if line.startswith("@") and (found := _GLOBAL.match(line)):
            by_name.setdefault(found.group(1), line)
    return types, by_name


def module_global_lines(m: Module) -> tuple[list[str], dict[str, str]]:
    """``global_lines`` of the module lines, kept while they are the same."""
    return kept_while_items(m.host, "global lines", lambda: global_lines(module_lines(m)),
                            unchanged)


def constant_leaves(lines: list[str], names: set[str]) -> dict[str, list[Leaf]]:
    """For each global in ``names`` that is a ``constant`` with an initializer
    whose leaves are all understood: its leaves in offset order."""
    bodies = named_type_bodies(lines)
    out: dict[str, list[Leaf]] = {}
    for line in lines:
        found = _GLOBAL.match(line)
        if not found or found.group(1) not in names:
            continue
        keyword = _CONSTANT_WORD.search(found.group(2))
        if keyword is None or "externally_initialized" in found.group(2)[:keyword.start()]:
            continue
        rest = found.group(2)[keyword.end():]
        type_end = _item_end(rest, 0, stop=" ")
        value_end = _item_end(rest, type_end + 1, stop=",")
        leaves: list[Leaf] = []
        if _leaves(rest[:type_end], rest[type_end + 1:value_end].strip(), 0, bodies, leaves):
            out[found.group(1)] = leaves
    return out


def _leaves(type_text: str, value: str, offset: int, bodies: dict[str, str],
            out: list[Leaf]) -> bool:
    """Append the leaves of ``value`` of type ``type_text`` at ``offset``; False when
    some part is not understood (then the global is not used)."""
    if type_text.startswith("%"):
        body = bodies.get(type_text)
        return body is not None and _leaves(body, value, offset, bodies, out)
    if (type_text.startswith("i") and type_text[1:].isdigit()) or type_text in _ZERO:
        if value == "zeroinitializer":
            value = _ZERO.get(type_text, "false" if type_text == "i1" else "0")
        if value in ("undef", "poison") or ("(" in value and type_text != "ptr"):
            return False
        out.append((offset, type_text, value))
        return True
    array = re.fullmatch(r"\[(\d+) x (.*)\]", type_text)
    struct = re.fullmatch(r"(<?)\{ ?(.*?) ?\}(>?)", type_text)
    if array:
        count, element = int(array.group(1)), array.group(2)
        stride = type_shape(element, bodies).size
        if stride < 0:
            return False
        if value == "zeroinitializer":
            return all(_leaves(element, value, offset + k * stride, bodies, out)
                       for k in range(count))
        if value.startswith('c"') and element == "i8":
            data = _c_string(value[2:-1])
            out.extend((offset + k, "i8", str(byte - 256 if byte > 127 else byte))
                       for k, byte in enumerate(data))
            return len(data) == count
        if not (value.startswith("[") and value.endswith("]")):
            return False
        items = split_top_level(value[1:-1])
        return len(items) == count and all(
            item.startswith(element + " ")
            and _leaves(element, item[len(element) + 1:].strip(), offset + k * stride,
                        bodies, out)
            for k, item in enumerate(items))
    if struct:
        shape = type_shape(type_text, bodies)
        fields = shape.fields or ()
        if shape.size < 0:
            return False
        if value == "zeroinitializer":
            return all(_leaves(t, value, offset + at, bodies, out) for at, t in fields)
        opener = "<{" if struct.group(1) else "{"
        closer = "}>" if struct.group(1) else "}"
        if not (value.startswith(opener) and value.endswith(closer)):
            return False
        items = split_top_level(value[len(opener):-len(closer)])
        return len(items) == len(fields) and all(
            item.startswith(t + " ") and _leaves(t, item[len(t) + 1:].strip(), offset + at,
                                                 bodies, out)
            for (at, t), item in zip(fields, items, strict=True))
    return False


# what _item_end looks at, by its stop character: quotes, brackets and the stop
_ITEM_MARKS = {stop: re.compile(r'["\[\]{}<>()' + stop + "]") for stop in ", "}


def _item_end(text: str, start: int, stop: str) -> int:
    """Index of the first ``stop`` (a comma or a space) at bracket depth 0 from
    ``start``, outside strings.  It jumps from mark to mark with one regular
    expression search each (the initializers of Rust modules' tables run to
    tens of thousands of characters)."""
    depth = 0
    marks = _ITEM_MARKS[stop]
    position = start
    while (found := marks.search(text, position)) is not None:
        char = found.group()
        position = found.end()
        if char == '"':  # a string runs to the next quote: escapes are \XX
            close = text.find('"', position)
            if close < 0:
                return len(text)
            position = close + 1
        elif char in "[{<(":
            depth += 1
        elif char in "]}>)":
            depth -= 1
        elif depth == 0:
            return found.start()
    return len(text)


def split_top_level(body: str) -> list[str]:
    """The comma-separated items of ``body``, brackets and strings respected."""
    items, start = [], 0
    while start < len(body):
        end = _item_end(body, start, stop=",")
        items.append(body[start:end].strip())
        start = end + 1
    return [item for item in items if item]


_HEX_PAIR = re.compile(r"[0-9a-fA-F]{2}")


def _c_string(text: str) -> bytes:
    """The bytes of a c"..." string's body, unescaped as LLVM's lexer does: a
    backslash before anything but a backslash or two hex digits stays as is."""
    out = bytearray()
    position = 0
    while position < len(text):
        if text[position] == "\\" and position + 2 < len(text) + 1:
            if text[position + 1] == "\\":
                out.append(92)
                position += 2
                continue
            if _HEX_PAIR.fullmatch(text, position + 1, position + 3):
                out.append(int(text[position + 1:position + 3], 16))
                position += 3
                continue
        out.extend(text[position].encode())
        position += 1
    return bytes(out)
