"""Splitting initializer text (ir/initializers.py): the regular-expression
walk of ``_item_end`` agrees with the plain character loop it replaced, on
random texts of the characters it cares about and on real initializers."""

from __future__ import annotations

import random

from gpuopt.ir.initializers import _item_end, split_top_level


def _item_end_by_characters(text: str, start: int, stop: str) -> int:
    """The character loop: the first ``stop`` at depth 0 outside strings."""
    depth = 0
    in_string = False
    for position in range(start, len(text)):
        char = text[position]
        if char == '"':
            in_string = not in_string
        elif in_string:
            continue
        elif char in "[{<(":
            depth += 1
        elif char in "]}>)":
            depth -= 1
        elif char == stop and depth == 0:
            return position
    return len(text)


def test_item_end_agrees_with_the_character_loop() -> None:
    draw = random.Random(12)
    alphabet = 'ab1 ,"[]{}<>()\\'
    for _ in range(20000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randrange(0, 24)))
        start = draw.randrange(0, len(text) + 1)
        for stop in ", ":
            assert _item_end(text, start, stop) == _item_end_by_characters(text, start, stop), \
                (text, start, stop)


def test_split_top_level_of_a_real_initializer() -> None:
    body = ('{ ptr, [2 x i64] } { ptr @"a,b", [2 x i64] [i64 1, i64 2] }, '
            'ptr getelementptr (i8, ptr @t, i64 8), [3 x i8] c"x,\\22y"')
    assert split_top_level(body) == [
        "{ ptr, [2 x i64] } { ptr @\"a,b\", [2 x i64] [i64 1, i64 2] }",
        "ptr getelementptr (i8, ptr @t, i64 8)",
        '[3 x i8] c"x,\\22y"']
