"""Several modules as one, so that all their functions share every launch.

Module-scoped names would collide when texts are simply put together (two
modules' ``@main``, their ``!0`` and ``#0``, a ``%struct.S`` with two
bodies), so every module after the first of a group is renamed apart on the
way in:

- its globals, named types and comdats take the prefix ``gpuopt.b<K>.``
  (inside the quotes where a name is quoted);
- its metadata and attribute-group numbers move past those of the modules
  before it;
- intrinsics keep their names, since passes know them by name, and a second
  declaration of one is renamed like a global: an unused declaration, so that
  the joined text declares each intrinsic once.

A named-metadata line ``!gpuopt.b<K>.end = !{}`` closes each module, so the
joined module's printed items cut back into modules, which are then renamed
back.  Metadata that passes append (new ``!DILocation`` lines) goes to the
modules that refer to it, numbered after their own the one way every
grouping of the work gives (``canonical_appended``).  Modules that cannot be
joined safely (numbered types; another datalayout, which passes read) go
into separate groups.  Module-wide facts that passes read from a module's
lines (an extern_weak global, the eh-asynch flag...) are judged per module
of the joined text (ir/segments.py), so modules that differ in them join.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from gpuopt.parallel import TextWorkers

MARK = "gpuopt.b"
NAME = r'(?:"[^"\n]*"|[-a-zA-Z$._0-9]+)'  # a global, local or type name, quoted or not
_TAIL = r"(?![-a-zA-Z$._0-9])"
_STRING_OR_COMMENT = r'"[^"\n]*"|;[^\n]*'
NUMBERS = re.compile(_STRING_OR_COMMENT + r"|(?P<sigil>[!#])(?P<number>[0-9]+)")  # !N, #N
_NUMBERED_TYPE = re.compile(r"^%[0-9]+ = type", re.MULTILINE)
_TYPE_DEFINITION = re.compile(r"^%(" + NAME + r") = type", re.MULTILINE)
_COMDAT_DEFINITION = re.compile(r"^\$(" + NAME + r") = comdat", re.MULTILINE)
_INTRINSIC_DECLARATION = re.compile(
    r'^declare [^\n]*?@(llvm\.[-a-zA-Z$._0-9]+|"llvm\.[^"\n]*")\(', re.MULTILINE)
_DATALAYOUT = re.compile(r"^target datalayout = [^\n]*", re.MULTILINE)


# Module-wide facts that passes read from the module's lines (a pass that reads
# a new one adds it here): each module of a joined batch keeps its own
# (ir/segments.py), and a store unit carries the lines that state them.
MODULE_FACTS = (
    "extern_weak",                      # instcombine: may a global's address be null
    '"eh-asynch"',                      # unwind: no call is nounwind
    '"SemanticInterposition"',          # constant_loads: may initializers be replaced
    "@llvm.memcpy.p0.p0.i64(",          # sroa: may it add calls of these
    "@llvm.memset.p0.i64(",
)


def join_key(text: str) -> tuple[object, ...] | None:
    """Modules with equal keys can be joined; None: this module goes alone."""
    if MARK in text or _NUMBERED_TYPE.search(text):
        return None
    return tuple(_DATALAYOUT.findall(text))


@dataclass
class _Part:
    prefix: str                 # '' for the first module
    metadata_offset: int
    attribute_offset: int
    metadata_end: int           # one past the module's highest !N (joined numbering)


@dataclass
class Joined:
    text: str
    parts: list[_Part]


def highest_number(text: str, sigil: str) -> int:
    """One past the highest !N or #N outside strings and comments (0: none)."""
    return highest_numbers(text)[0 if sigil == "!" else 1]


def highest_numbers(text: str) -> tuple[int, int]:
    """``highest_number`` of ``!`` and of ``#``, in one scan (findall's tuples:
    no match objects for the millions of a large module's references)."""
    found = NUMBERS.findall(text)
    return (max((int(number) for sigil, number in found if sigil == "!"), default=-1) + 1,
            max((int(number) for sigil, number in found if sigil == "#"), default=-1) + 1)


def _quote_aware(prefix: str, name: str) -> str:
    return f'"{prefix}{name[1:]}' if name.startswith('"') else prefix + name


# Modules go to the workers in pieces of about this many bytes, cut at line
# ends (no token of the scans spans a line), so that the largest module of a
# batch does not set the pace alone.
PIECE_BYTES = 4 << 20


def _pieces(text: str) -> list[tuple[int, int]]:
    """``text`` as (start, end) pieces of about ``PIECE_BYTES``, each ending at
    a line end (the last at the text's end)."""
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + PIECE_BYTES, len(text))
        if end < len(text):
            newline = text.find("\n", end)
            end = len(text) if newline < 0 else newline + 1
        out.append((start, end))
        if end >= len(text):
            return out
        start = end


def _scan(text: str) -> tuple[tuple[int, int], list[str], list[str]]:
    """``highest_numbers`` of a piece of a module, and the named types and
    comdats it defines."""
    return (highest_numbers(text), [found.group(1) for found in _TYPE_DEFINITION.finditer(text)],
            [found.group(1) for found in _COMDAT_DEFINITION.finditer(text)])


def join(texts: list[str]) -> Joined:
    """One text for modules whose ``join_key`` is equal and not None.  The
    scans and renames of a large batch run on several cores (parallel.py),
    a large module's in pieces."""
    cuts = [_pieces(text) for text in texts]
    owner = [index for index, spans in enumerate(cuts) for _ in spans]
    bases = [start for spans in cuts for start, _ in spans]
    pieces = [texts[index][start:end] for index, spans in enumerate(cuts)
              for start, end in spans]
    sizes = [len(piece) for piece in pieces]
    with TextWorkers(sum(sizes)) as workers:
        scans = workers.map(_scan, [(piece,) for piece in pieces], sizes)
        numbers = [[0, 0] for _ in texts]
        types: list[list[str]] = [[] for _ in texts]
        comdats: list[list[str]] = [[] for _ in texts]
        for index, ((metadata, attributes), piece_types, piece_comdats) in zip(
                owner, scans, strict=True):  # pieces
            numbers[index] = [max(numbers[index][0], metadata),
                              max(numbers[index][1], attributes)]
            types[index] += piece_types
            comdats[index] += piece_comdats
        parts: list[_Part] = []
        jobs: list[tuple[Any, ...]] = []
        declared: set[str] = set()
        metadata_offset = attribute_offset = 0
        for index, text in enumerate(texts):  # modules: offsets add up in order
            prefix = f"{MARK}{index}." if index else ""
            intrinsics = {found.group(1): found.start(1)
                          for found in _INTRINSIC_DECLARATION.finditer(text)}
            again = {intrinsics[name] for name in intrinsics if name in declared}
            jobs.append((prefix, metadata_offset, attribute_offset, set(intrinsics), again,
                         types[index], comdats[index]))
            declared |= intrinsics.keys()
            metadata_count, attribute_count = numbers[index]
            parts.append(_Part(prefix, metadata_offset, attribute_offset,
                               metadata_offset + metadata_count))
            metadata_offset += metadata_count
            attribute_offset += attribute_count
        renames = [k for k, index in enumerate(owner) if index > 0]  # the first stays
        renamed_pieces = workers.map(_rename, [
            (pieces[k], bases[k], *jobs[owner[k]])
            for k in renames], [sizes[k] for k in renames])
    renamed = list(pieces)
    for k, piece in zip(renames, renamed_pieces, strict=True):
        renamed[k] = piece
    modules: list[list[str]] = [[] for _ in texts]
    for index, piece in zip(owner, renamed, strict=True):  # pieces, in order
        modules[index].append(piece)
    return Joined("".join("".join(module).rstrip("\n") + f"\n!{MARK}{index}.end = !{{}}\n"
                          for index, module in enumerate(modules)), parts)


def _rename(text: str, base: int, prefix: str, metadata_offset: int, attribute_offset: int,
            intrinsics: set[str], again: set[int], types: list[str],
            comdats: list[str]) -> str:
    """A module's piece (at ``base`` in its text) in the joined module's names:
    ``again`` holds the places in the module's text of intrinsics declared by
    an earlier module, ``types`` and ``comdats`` the names the whole module
    defines."""
    alternatives = [_STRING_OR_COMMENT, r"(?P<global>@" + NAME + ")",
                    r"(?P<sigil>[!#])(?P<number>[0-9]+)"]
    for sigil, names, group in (("%", types, "type"), (r"\$", comdats, "comdat")):
        if names:  # longest first, so that a name's prefix never matches alone
            spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
            alternatives.append(f"(?P<{group}>{sigil}(?:{spelled}){_TAIL})")
    token = re.compile("|".join(alternatives))

    def replace(found: re.Match[str]) -> str:
        text = found.group()
        if found.group("sigil"):
            offset = metadata_offset if text[0] == "!" else attribute_offset
            return f"{text[0]}{int(found.group('number')) + offset}"
        if found.group("global"):
            name = text[1:]
            if name in intrinsics and base + found.start() + 1 not in again:
                return text
            return "@" + _quote_aware(prefix, name)
        if found.lastgroup in ("type", "comdat"):
            return text[0] + _quote_aware(prefix, text[1:])
        return text  # a string or a comment
    return token.sub(replace, text)


def split(items: list[str], joined: Joined) -> list[str]:
    """The printed items of the joined module cut back into module texts."""
    ends = []
    for index in range(len(joined.parts)):
        ends.append(items.index(f"!{MARK}{index}.end = !{{}}", ends[-1] + 1 if ends else 0))
    # Lines passes appended (new metadata, ``!N = !DILocation(line: 0, scope: !S...)``)
    # belong to the module whose numbers hold the first node they name, and are
    # numbered after that module's own, in order, as a run of that module alone does.
    added: list[list[str]] = [[] for _ in joined.parts]
    renumber: list[dict[int, int]] = [{} for _ in joined.parts]
    for line in items[ends[-1] + 1:]:
        numbers = [int(found.group("number")) for found in NUMBERS.finditer(line)
                   if found.group("sigil") == "!"]
        owner = next(k for k, part in enumerate(joined.parts)
                     if len(numbers) < 2 or numbers[1] < part.metadata_end)
        part = joined.parts[owner]
        renumber[owner][numbers[0]] = part.metadata_end - part.metadata_offset \
            + len(added[owner])
        added[owner].append(line)
    texts = []
    start = 0
    for end in ends:
        own = items[start:end]
        start = end + 1
        while own and own[-1] == "":  # as a module read alone ends
            own.pop()
        texts.append("\n".join(own))
    cuts = [_pieces(text) for text in texts]
    owner = [index for index, spans in enumerate(cuts) for _ in spans]
    pieces = [texts[index][start:end] for index, spans in enumerate(cuts)
              for start, end in spans]
    with TextWorkers(sum(len(text) for text in texts)) as workers:
        # own names and numbers, piece by piece; then, for modules that passes
        # appended metadata for, those lines numbered after the module's own
        renamed = workers.map(_renumber, [(piece, joined.parts[index], renumber[index])
                                          for piece, index in zip(pieces, owner, strict=True)],
                              [len(piece) for piece in pieces])
        bodies: list[list[str]] = [[] for _ in texts]
        for index, piece in zip(owner, renamed, strict=True):  # pieces, in order
            bodies[index].append(piece)
        jobs = [("".join(body), part, renumber[index], added[index])
                for index, (body, part) in enumerate(zip(bodies, joined.parts, strict=True))]
        appending = [k for k, job in enumerate(jobs) if job[3]]
        appended = workers.map(_with_appended, [jobs[k] for k in appending],
                               [len(jobs[k][0]) for k in appending])
    out = [job[0] + "\n" for job in jobs]
    for k, text in zip(appending, appended, strict=True):
        out[k] = text
    return out


def _with_appended(body: str, part: _Part, renumber: dict[int, int], added: list[str]) -> str:
    """One module's text cut from the joined module, in its own names and
    numbers (``body``), then the metadata lines passes appended for it."""
    lines = [_renumber(line, part, renumber) for line in added]
    return canonical_appended(body, lines, part.metadata_end - part.metadata_offset) + "\n"


_DEFINITION = re.compile(r"^!([0-9]+) = (.*)$", re.DOTALL)
_OWN_DEFINITION = re.compile(r"^!([0-9]+) = ([^\n]*)$", re.MULTILINE)


def canonical_appended(body: str, appended: list[str], first: int) -> str:
    """``body`` (a module without the metadata lines passes appended) and
    those lines (``!N = ...``, N >= ``first``), renumbered from ``first``.

    Passes number the nodes they add (line-0 ``!DILocation``s of promoted
    variables' records, transforms/debug_values.py) in the order they make
    them, and that order depends on how the work was grouped: a module alone,
    joined with others, or cut into one unit per function (the store,
    ``--ray``).  Every output numbers them this one way instead: by first
    reference in the text, each distinct node once and a node the module
    already has as itself (LLVM uniques equal locations too; a pass reuses
    the first equal node it sees, and a unit of the store holds only the
    nodes it reaches), and a node nothing refers to any more dropped (LLVM
    prints only metadata something reaches)."""
    if not appended:
        return body
    definitions: dict[int, str] = {}
    for line in appended:
        found = _DEFINITION.match(line)
        if found is None:
            raise ValueError(f"not an appended metadata line: {line!r}")
        definitions[int(found.group(1))] = found.group(2)
    numbers: dict[int, int] = {}
    by_text: dict[str, int] = {}  # the module's own first, in line order
    wanted = set(definitions.values())
    for found in _OWN_DEFINITION.finditer(body):
        if found.group(2) in wanted:
            by_text.setdefault(found.group(2), int(found.group(1)))
    lines: list[str] = []

    def renumber(found: re.Match[str]) -> str:
        if found.group("sigil") != "!" or int(found.group("number")) < first:
            return found.group()
        number = int(found.group("number"))
        if number not in numbers:
            text = NUMBERS.sub(renumber, definitions[number])  # (the nodes it names first)
            if text not in by_text:
                by_text[text] = first + len(lines)
                lines.append(f"!{by_text[text]} = {text}")
            numbers[number] = by_text[text]
        return f"!{numbers[number]}"

    return "\n".join([NUMBERS.sub(renumber, body), *lines])


def _renumber(text: str, part: _Part, added: dict[int, int]) -> str:
    """Module text back in its own names and numbers."""
    if part.prefix:
        text = text.replace(part.prefix, "")
    if not (part.metadata_offset or part.attribute_offset or added):
        return text

    def back(found: re.Match[str]) -> str:
        sigil = found.group("sigil")
        if not sigil:
            return found.group()
        number = int(found.group("number"))
        if sigil == "!":
            return f"!{added[number]}" if number in added \
                else f"!{number - part.metadata_offset}"
        return f"#{number - part.attribute_offset}"
    return NUMBERS.sub(back, text)


def group_for_joining(texts: list[str], limit: int,
                      size: Callable[[str], int] = len) -> list[list[int]]:
    """Input positions in groups to join: equal keys, in input order, each group
    at most ``limit`` in ``size`` (a module larger than that goes alone)."""
    open_groups: dict[object, list[int]] = {}
    filled: dict[object, int] = {}
    groups: list[list[int]] = []
    for index, text in enumerate(texts):
        key = join_key(text)
        if key is None:
            groups.append([index])
            continue
        if key in open_groups and filled[key] + size(text) > limit:
            del open_groups[key]
        if key not in open_groups:
            open_groups[key] = []
            filled[key] = 0
            groups.append(open_groups[key])
        open_groups[key].append(index)
        filled[key] += size(text)
    return groups
