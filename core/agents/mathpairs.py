"""Two unknown numbers from their sum and their difference or ratio.

"two numbers add up to 65 and one is 19 bigger than the other", "the sum of two numbers
is 50 and their difference is 8", "two integers total 36; one is three times the other"
→ the system ``x + y = S, x - y = D`` (or ``x = k*y``) for the exact solver.
"""

from __future__ import annotations

import re

N = r"(-?\d+(?:\.\d+)?)"
PAIR = re.compile(r"\b(?:two|2)\s+(?:\w+\s+)?(?:numbers|integers|values|amounts)\b", re.I)
SUM = re.compile(rf"\b(?:add(?:s|ed)?\s+(?:up\s+)?to|sum\s+(?:up\s+)?(?:to|is|of)|"
                 rf"total(?:s|\s+of|\s+is|\s+to)?|together\s+(?:make|give|are|is)|"
                 rf"(?:make|makes|equal|equals)|sum\s+together\s+to)\s+{N}", re.I)
SUM_FIRST = re.compile(rf"\bsum\s+of\s+(?:two|2)\s+\w+\s+is\s+{N}", re.I)
DIFF = re.compile(rf"\b(?:(?:one|1)\s+(?:of\s+them\s+)?is\s+{N}\s+(?:more|bigger|larger|greater|"
                  rf"higher|less|smaller|lower|fewer)\s+than\s+the\s+other|"
                  rf"differ(?:ence)?\s+(?:is\s+|of\s+|by\s+)?{N}|(?:one|1)\s+exceeds\s+the\s+other"
                  rf"\s+by\s+{N})", re.I)
TIMES = re.compile(rf"\b(?:one|1)\s+(?:of\s+them\s+)?is\s+(twice|double|triple|thrice|{N}\s+times)"
                   rf"(?:\s+as\s+(?:big|large|much)\s+as)?\s+the\s+other", re.I)
FACTOR = {"twice": "2", "double": "2", "triple": "3", "thrice": "3"}


def two_numbers(text: str) -> str | None:
    """The system for a sum-and-difference (or sum-and-ratio) pair, or None."""
    if not PAIR.search(text):
        return None
    total = SUM_FIRST.search(text) or SUM.search(text)
    if total is None:
        return None
    if (diff := DIFF.search(text)) is not None:
        gap = next(g for g in diff.groups() if g)
        return f"x + y = {total.group(1)}, x - y = {gap.lstrip('-')}"
    if (times := TIMES.search(text)) is not None:
        factor = FACTOR.get(times.group(1).lower()) or times.group(2)
        return f"x + y = {total.group(1)}, x = {factor}*y"
    return None
