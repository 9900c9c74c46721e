"""scan.plain_lines, the byte-class screen of metadata lines, against the same
test written per line with str methods (the reader's _check_top_level quick test)."""

from __future__ import annotations

import numpy as np

from gpuopt.ir.scan import plain_lines

_LINES = [
    "!0 = !{}",
    '!1 = !DIFile(filename: "a(b.c", directory: "/x")',  # a bracket in a string: rejected
    '!2 = !{!"é(", !"ü)"}',                              # non-ASCII, balanced
    "!3 = !{!1, !2",                                     # unbalanced brace
    "!4 = !{ptr @g}",                                    # an @name
    "!5 = !{} ; comment",                                # a comment
    '!6 = !{!"open}',                                    # odd number of quotes
    "!7 = !{[(])}",                                      # counts match, order does not
    "",
    "!8 = distinct !DISubprogram(name: \"f\", type: !9, retainedNodes: !{})",
    "!9 = !{!\"\\22\"}",
]


def _quick_test(line: str) -> bool:
    return ";" not in line and "@" not in line and line.count('"') % 2 == 0 \
        and line.count("(") == line.count(")") and line.count("[") == line.count("]") \
        and line.count("{") == line.count("}")


def test_plain_lines_matches_per_line_test() -> None:
    expected = [_quick_test(line) for line in _LINES]
    assert plain_lines(_LINES).tolist() == expected
    assert expected.count(False) == 5  # the screen does reject lines


def test_plain_lines_on_many_lines() -> None:
    # lines built from the counted characters, so that every class matters
    rng = np.random.default_rng(5)
    alphabet = list('()[]{}";@!ab é')
    lines = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 12)))) for _ in range(500)]
    assert plain_lines(lines).tolist() == [_quick_test(line) for line in lines]
