"""Statistics of numbers listed in a maths question, worked out exactly.

- the middle value: "what's the middle value of 203, 260, 30, 247 once sorted?";
- a sample (or population) standard deviation: "sample SD for: 73, 65, 74, 25";
- the slope (and intercept) of the line of best fit: "line of best fit slope for x = 1, 2,
  3, 4 and y = 41, 44, 47, 13";
- the next number of a pattern whose differences grow steadily: "what comes next: 17, 22,
  29, 38, 49, ?".

The text is already expanded and lower-cased; each kind needs its own words.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from core.agents.mathkinds import Kind
from core.agents.mathsums import grouped
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

NUM = r"-?\d+(?:\.\d+)?"
LISTED = re.compile(rf"(?<![\w.]){NUM}(?:\s*,\s*{NUM}|\s+and\s+{NUM}){{2,}}")
MIDDLE = _c(r"\b(?:middle\s+(?:value|number|one)|median)\b")
SPREAD = _c(r"\b(?:(sample|population)\s+)?(?:sd|s\.d\.|std\.?\s*dev|stdev|standard\s+deviation)"
            r"\b(?:\s+\((sample|population)\))?")
BEST_FIT = _c(r"\b(?:line\s+of\s+best\s+fit|best[-\s]fit\s+line|regression\s+line|least[-\s]"
              r"squares(?:\s+line)?|linear\s+regression|trend\s*line)\b")
XS = _c(rf"\bx\s*(?:=|:|values?\s*(?:=|:)?)\s*\[?({NUM}(?:\s*,\s*{NUM})+)")
YS = _c(rf"\by\s*(?:=|:|values?\s*(?:=|:)?)\s*\[?({NUM}(?:\s*,\s*{NUM})+)")
NEXT = _c(r"\b(?:what\s+(?:comes|is|number\s+comes)\s+next|next\s+(?:number|term|one|value)|"
          r"continue\s+the\s+(?:pattern|sequence))\b|,\s*\?\s*$|,\s*_+\s*$")


def _values(text: str) -> list[Fraction]:
    found = LISTED.findall(text)
    if len(found) != 1:
        return []
    return [Fraction(v) for v in re.findall(NUM, found[0])]


def _middle(text: str) -> Kind | None:
    if not MIDDLE.search(text) or SPREAD.search(text) or len(values := _values(text)) < 3:
        return None
    ordered = sorted(values)
    half = len(ordered) // 2
    median = ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2
    return Kind("evaluate", grouped(median), named="median")


def _spread(text: str) -> Kind | None:
    if (m := SPREAD.search(text)) is None or len(values := _values(text)) < 2:
        return None
    kind = m.group(1) or m.group(2) or "sample"
    mean = sum(values, Fraction(0)) / len(values)
    squares = sum(((v - mean) * (v - mean) for v in values), Fraction(0))
    variance = squares / (len(values) - (1 if kind == "sample" else 0))
    return Kind("evaluate", f"sqrt({grouped(variance)})", named=f"{kind} standard deviation")


def _best_fit(text: str) -> Kind | None:
    if not BEST_FIT.search(text) or (xs := XS.search(text)) is None or (
            ys := YS.search(text)) is None:
        return None
    x = [Fraction(v) for v in re.findall(NUM, xs.group(1))]
    y = [Fraction(v) for v in re.findall(NUM, ys.group(1))]
    if len(x) != len(y) or len(x) < 2:
        return None
    mx, my = sum(x, Fraction(0)) / len(x), sum(y, Fraction(0)) / len(y)
    sxx = sum(((a - mx) * (a - mx) for a in x), Fraction(0))
    if not sxx:
        return None
    slope = sum(((a - mx) * (b - my) for a, b in zip(x, y, strict=True)), Fraction(0)) / sxx
    return Kind("values", encode(("slope", f"text:{_d(slope)}", ""),
                                 ("intercept", f"text:{_d(my - slope * mx)}", "")))


def _d(value: Fraction) -> str:
    """7/10 → "0.7"; 1/3 → "0.3333 (1/3)"."""
    shown = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return shown if Fraction(shown) == value else f"{shown} ({value})"


def _next(text: str) -> Kind | None:
    if not NEXT.search(text) or len(values := _values(text)) < 4:
        return None
    first = [b - a for a, b in pairwise(values)]
    second = [b - a for a, b in pairwise(first)]
    ratios = {b / a for a, b in pairwise(values)} if 0 not in values else set()
    if len(set(second)) == 1:  # a constant step, or a step that changes steadily
        return Kind("evaluate", grouped(values[-1] + first[-1] + second[0]), named="next")
    if len(ratios) == 1:
        return Kind("evaluate", grouped(values[-1] * ratios.pop()), named="next")
    return None


READERS = (_best_fit, _spread, _middle, _next)


def listed_stats(text: str) -> Kind | None:
    """The statistic of listed numbers a maths question asks for, or None."""
    return first_found(READERS, text)
