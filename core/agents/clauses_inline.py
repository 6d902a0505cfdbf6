"""A list of asks numbered inside one line, after the facts they share.

"For g(x) = 3x^2 + 2: 1. its slope at x = 1 2. its integral from 0 to 2", "Pay £48,000 a
year, rent €1,900 a month: 1) monthly pay in EUR 2) rent as a share of it": the numbered asks
are laid out one a line under the facts, so each is read with them as a listed ask is
(:mod:`core.agents.clauses_list`).
"""

from __future__ import annotations

import re

MAX_ITEMS = 9
# "1." must be followed by a word ("x = 2. 2. the integral": the second "2." numbers);
# "1)" and "(1)" may be followed by figures ("1) 15% of 80")
MARKS = tuple(re.compile(rf"(?:(?<=[\s:;,])|^)(?:\(?{k}\)|{k}\.(?=\s+[^\W\d]))\s+(?=\S)")
              for k in range(1, MAX_ITEMS + 1))


def inline_list(text: str) -> str | None:
    """The text with its inline numbered asks one a line under the facts before them, or
    None when the line holds no such list (two or more asks numbered 1, 2, … in order after
    some facts)."""
    if "\n" in text.strip() or len(text) > 2000 or not MARKS[0].search(text):
        return None
    starts: list[tuple[int, int]] = []
    position = 0
    for mark in MARKS:
        found = mark.search(text, position)
        if found is None:
            break
        starts.append((found.start(), found.end()))
        position = found.end()
    if len(starts) < 2:
        return None
    stem = text[:starts[0][0]].strip()
    if not re.search(r"[a-z]", stem, re.I):
        return None  # "1) 15% of 80 2) 10 km in miles": the usual numbered split reads it
    items = [text[end:(starts[index + 1][0] if index + 1 < len(starts) else len(text))]
             .strip(" ,;") for index, (_, end) in enumerate(starts)]
    if not all(items):
        return None
    return "\n".join([stem, *(f"{index}) {item}" for index, item in enumerate(items, 1))])


__all__ = ["inline_list"]
