"""Facts read from a module's host text once and reused across rounds.

Passes that iterate (instcombine's and sroa's rounds) ask the same questions
of the module lines and type table every round: which globals are constant,
which are variables, what each type's layout is.  The lines and types change
rarely while passes run, so each answer is kept on the host tables, keyed by
the question and by the identity and length of the list of module items and
the length of the type table (a change to either asks again).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from gpuopt.ir.module import HostTables

T = TypeVar("T")


def remembered(host: HostTables, question: Hashable, answer: Callable[[], T]) -> T:
    """``answer()``, computed once per question for the host's current lines
    and types."""
    facts, key = fact_key(host, question)
    if key not in facts:
        facts[key] = answer()
    return facts[key]  # type: ignore[no-any-return]


def fact_key(host: HostTables, question: Hashable) -> tuple[dict[Any, Any], Any]:
    """The host's remembered answers, and the key of ``question`` about its
    lines and types as they are now (for answers stored after the fact)."""
    facts = host.__dict__.setdefault("_facts", {})
    return facts, (question, id(host.items), len(host.items), len(host.type_text))


def kept_while_items(host: HostTables, question: Hashable, answer: Callable[[], T],
                     extend: Callable[[T, list[str]], T] | None = None) -> T:
    """``answer()``, kept (the latest only) while the list of module items is
    the same list of the same length: for answers about the module lines alone,
    which ``remembered`` would ask again each time the type table grows (sroa
    grows it every round).  ``extend(answer, lines)`` gives the answer for the
    same lines with metadata lines appended (``carry_item_facts``); without
    it the answer is worked out again."""
    facts = host.__dict__.setdefault("_item_facts", {})  # (not ``remembered``'s keys)
    key = (id(host.items), len(host.items))
    if question not in facts or facts[question][0] != key:
        facts[question] = (key, answer(), extend)
    return facts[question][1]  # type: ignore[no-any-return]


def carry_item_facts(old: HostTables, length: int, host: HostTables, added: list[str]) -> None:
    """Give ``host``, whose items are ``old``'s first ``length`` items and the
    metadata lines ``added``, the answers ``kept_while_items`` kept for those
    items that say how to extend them (mem2reg's rounds append line-0
    locations and make new host tables every round)."""
    key = (id(host.items), len(host.items))
    facts = host.__dict__.setdefault("_item_facts", {})
    for question, (kept_key, answer, extend) in old.__dict__.get("_item_facts", {}).items():
        if kept_key == (id(old.items), length) and extend is not None and question not in facts:
            facts[question] = (key, extend(answer, added), extend)


def unchanged(answer: T, added: list[str]) -> T:
    """``extend`` for answers that appended metadata lines do not change."""
    return answer
