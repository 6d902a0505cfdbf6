"""The lines of a listed screenshot that a question picks, counted and summed.

A list of payments ("Mar 17  Uber  -$113.81") or of amounts: the question picks lines by a
name they carry ("my Uber payments", "the Lidl ones") or by a threshold ("above $50", "over
75 euros", "under £20"), and asks how many there are, what they come to, or both. Amounts
are summed as spent (their size, not their sign).
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain
from core.agents.vision_table import Row, table

MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec".split())
ASKS_COUNT = ci(r"\bhow\s+many\b|\bcount\b|\bnumber\s+of\b")
ASKS_SUM = ci(r"\b(?:total\w*|sum|add\w*\s+(?:up|together)|add\s+them|spent|spend|come\s+to|"
              r"altogether|combined|in\s+all|add\s+up\s+to)\b")
THRESHOLD = ci(r"\b(?P<way>above|over|more\s+than|greater\s+than|exceeding|at\s+least|under|"
               r"below|less\s+than)\s+(?:[$€£]\s?)?(?P<v>\d+(?:\.\d+)?)")
COMMON = frozenset("payments payment transactions transaction purchases purchase spending list "
                   "this that these those total count many much what and the my on in of all "
                   "them they were was how screenshot".split())


def filtered(question: str, text: str) -> list[Answer]:
    """How many lines the question picks and what they come to."""
    counting, summing = bool(ASKS_COUNT.search(question)), bool(ASKS_SUM.search(question))
    if not (counting or summing):
        return []
    rows = [r for r in table(text) if r.currency]
    if len(rows) < 3 or len({r.line for r in rows}) != len(rows) or len(
            {r.currency for r in rows}) > 1:
        return []
    picked, said = _picked(question, rows)
    if picked is None:
        return []
    total = sum((abs(r.value) for r in picked), Fraction(0))
    currency = rows[0].currency
    listed = " + ".join(plain(abs(r.value)) for r in picked) or "none"
    out: list[Answer] = []
    if counting:  # the sum, when asked too, is the figure a later part carries
        out.append((f"**{len(picked)}** of the {len(rows)} lines are {said}.",
                    None if summing else float(len(picked))))
    if summing or counting:
        out.append((f"They come to **{money(total, currency)}** ({listed}).", float(total)))
    return out if summing else out[:1]


def _picked(question: str, rows: list[Row]) -> tuple[list[Row] | None, str]:
    limit = THRESHOLD.search(question)
    if limit is not None:
        bound = Fraction(limit.group("v"))
        way = limit.group("way").lower()
        if way in ("under", "below", "less than"):
            return [r for r in rows if abs(r.value) < bound], f"{way} {plain(bound)}"
        if way == "at least":
            return [r for r in rows if abs(r.value) >= bound], f"at least {plain(bound)}"
        return [r for r in rows if abs(r.value) > bound], f"over {plain(bound)}"
    names = {w for r in rows for w in r.label if w not in MONTHS and len(w) >= 3}
    asked = [w for w in re.findall(r"[a-z]+", question.lower()) if w in names and w not in COMMON]
    if not asked:
        return None, ""
    picked = [r for r in rows if any(w in r.label for w in asked)]
    if not picked or len(picked) == len(rows):
        return None, ""
    return picked, " and ".join(dict.fromkeys(w.title() for w in asked))
