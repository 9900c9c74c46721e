"""Tokens of LLVM's textual IR, found with one regular expression.

A token is ``(kind, text, offset)`` with ``offset`` into the whole source, so
every error can point at its line and column.
"""

from __future__ import annotations

import re

_NAME = r'(?:"[^"]*"|[-a-zA-Z$._][-a-zA-Z$._0-9]*|[0-9]+)'

TOKEN = re.compile(rf"""
   (?P<space>\s+)
  |(?P<string>c?"[^"]*")
  |(?P<local>%{_NAME})
  |(?P<global>@{_NAME})
  |(?P<meta>!(?:[-a-zA-Z$._][-a-zA-Z$._0-9]*|[0-9]+)?)
  |(?P<hash>\#(?:[0-9]+|dbg_[a-z_]+))
  |(?P<number>[us]?0x[0-9a-fA-F]+|0x[KLMHR][0-9a-fA-F]+
              |[-+]?[0-9]+(?:\.[0-9]*(?:[eE][-+]?[0-9]+)?)?)
  |(?P<word>[a-zA-Z_$][-a-zA-Z0-9_$.]*)
  |(?P<punct>\.\.\.|[=,*(){{}}\[\]<>:|])
  |(?P<comment>;[^\n]*)
  |(?P<bad>.)
""", re.X | re.S)

# Value references and the things that may hide them (strings, comments):
# the fast scan that turns an instruction's text into a template.
REFERENCE = re.compile(rf'c?"[^"]*"|(%{_NAME})|(@{_NAME})|(;[^\n]*)')

Token = tuple[str, str, int]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``, without spaces and comments."""
    out: list[Token] = []
    for match in TOKEN.finditer(text, start, end):
        kind = match.lastgroup
        assert kind is not None
        if kind in ("space", "comment"):
            continue
        out.append((kind, match.group(), match.start()))
    return out


def name_key(token: str) -> str:
    """The lookup key of a %/@ name: sigil and quotes dropped."""
    body = token[1:]
    return body[1:-1] if body.startswith('"') else body
