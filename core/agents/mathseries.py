"""Series written out from their first terms, beyond a constant step
(:mod:`core.agents.mathsums` has those).

- powers of consecutive numbers: "1² + 2² + ... + 39²", "1^3 + 2^3 + … + 20^3";
- a constant ratio: "1 + 2 + 4 + 8 + ... + 2^26", "3 + 6 + 12 + ... + 1536".

The text is already expanded and lower-cased. Each answer is an exact expression.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import pairwise

from core.agents.patterns import ci as _c

SUPER = str.maketrans("²³⁴⁵", "2345")
TERM = r"\d+(?:\s*(?:\^|\*\*)\s*\d+|[²³⁴⁵])?"
DOTS = r"(?:\.\s*\.\s*\.|…|etc\.?)"
WRITTEN = _c(rf"(?<![\d.^])((?:{TERM}\s*\+\s*){{2,6}}){DOTS}\s*\+\s*({TERM})(?![\d.^])")
MAX_TERMS = 100_000


def _term(text: str) -> tuple[int, int]:
    """"7²" → (7, 2); "2^26" → (2, 26); "8" → (8, 1)."""
    base, _, power = re.sub(r"\s+", "", text.translate(SUPER)).replace("**", "^").partition("^")
    if not power and len(base) > 1 and base[-1] in "2345" and text.strip()[-1] in "²³⁴⁵":
        base, power = base[:-1], base[-1]
    return int(base), int(power or 1)


def _powers(terms: list[tuple[int, int]], last: tuple[int, int]) -> str | None:
    """1^k + 2^k + … + n^k for k = 2 or 3: the closed forms."""
    power = terms[0][1]
    bases = [b for b, _ in terms]
    if power not in (2, 3) or any(p != power for _, p in terms) or last[1] != power:
        return None
    if bases != list(range(1, len(bases) + 1)) or last[0] < len(bases):
        return None
    n = last[0]
    return f"{n}*({n} + 1)*(2*{n} + 1)/6" if power == 2 else f"({n}*({n} + 1)/2)^2"


def _geometric(terms: list[tuple[int, int]], last: tuple[int, int]) -> str | None:
    values = [Fraction(b) ** p for b, p in terms]
    if 0 in values or len(values) < 3:
        return None
    ratios = {b / a for a, b in pairwise(values)}
    if len(ratios) != 1 or (ratio := ratios.pop()) in (0, 1, -1) or ratio.denominator != 1:
        return None
    final = Fraction(last[0]) ** last[1] if last[1] * last[0].bit_length() <= 4000 else None
    if final is None:
        return None
    count, value = 1, values[0]
    while abs(value) < abs(final) and count <= MAX_TERMS:
        value, count = value * ratio, count + 1
    if value != final:
        return None
    return f"{values[0]}*({ratio}^{count} - 1)/({ratio} - 1)"


def written_series(text: str) -> str | None:
    """The exact sum of a series written from its first terms, or None."""
    if (m := WRITTEN.search(text)) is None:
        return None
    terms = [_term(t) for t in re.findall(TERM, m.group(1))]
    last = _term(m.group(2))
    return _powers(terms, last) or _geometric(terms, last)
