"""Facts read from a module's host text once and reused across rounds.

Passes that iterate (instcombine's rounds) ask the same questions of the
module lines every round: which globals are constant, which are variables.
The lines do not change while passes run, so each answer is kept on the host
tables, keyed by the question and by the identity and length of the list of
module items (a change to the lines asks again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from gpuopt.ir.module import HostTables

T = TypeVar("T")


def remembered(host: HostTables, question: str, answer: Callable[[], T]) -> T:
    """``answer()``, computed once per question for the host's current lines."""
    facts = host.__dict__.setdefault("_facts", {})
    key = (question, id(host.items), len(host.items))
    if key not in facts:
        facts[key] = answer()
    return facts[key]  # type: ignore[no-any-return]
