"""The sum of the first n terms of a series given by its opening terms, with a constant
step or a constant ratio: "sum of the first 24 terms of 23 + 24 + 25 + ...", "add up the
first 10 terms of 5, 9, 13, ...", "first 6 terms of the geometric series 3 + 6 + 12 + …,
total?" → n/2 × (2a + (n − 1)d) or a(rⁿ − 1)/(r − 1).

The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

NUM = r"-?\d+(?:\.\d+)?"
OPENING = _c(rf"(?<![\d.])({NUM}(?:\s*[+,;]\s*{NUM}){{2,5}})\s*[+,]?\s*(?:\.\s*\.\s*\.|…|etc\b)")
FIRST_N = _c(r"\b(?:sum|total|add\s+up|adding\s+up|added|summing)\b[^.?!]{0,40}?\bfirst\s+(\d+)"
             r"\s+terms?\b|\bfirst\s+(\d+)\s+terms?\b[^?!]{0,60}?\b(?:sum|total|add\s+up|added|"
             r"sums?\s+to)\b")
MAX_TERMS = 10_000


def _terms(text: str) -> list[Fraction]:
    return [Fraction(t) for t in re.split(r"\s*[+,;]\s*", text.strip())]


def series_sum(text: str) -> Kind | None:
    """The sum of the first n terms of a written series, or None."""
    if "first" not in text or (asked := FIRST_N.search(text)) is None:
        return None
    if (opening := OPENING.search(text)) is None:
        return None
    n = int(asked.group(1) or asked.group(2))
    terms = _terms(opening.group(1))
    if not 1 <= n <= MAX_TERMS:
        return None
    steps = {b - a for a, b in pairwise(terms)}
    a = opening.group(1).replace(" ", "").replace(",", "+").split("+")[0].split(";")[0]
    if len(steps) == 1:
        d = str(steps.pop())
        return Kind("evaluate", f"{n}/2 * (2*{a} + ({n} - 1)*({d}))",
                    named=f"sum of the first {n} terms (a = {a}, step {d})")
    if 0 in terms:
        return None
    ratios = {b / a_ for a_, b in pairwise(terms)}
    if len(ratios) != 1 or (r := ratios.pop()) == 1 or abs(r) > 1000 or n > 500:
        return None
    return Kind("evaluate", f"{a} * (({r})^{n} - 1)/(({r}) - 1)",
                named=f"sum of the first {n} terms (a = {a}, ratio {r})")
