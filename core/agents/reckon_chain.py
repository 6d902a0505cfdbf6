"""An amount taken through percentage changes one after another, with the value after each.

"a $374 jacket went up 10%, then was cut by 10% in the sale - price after the rise, and
the final price?" → $411.40, then $370.26; "start with 100, raise it by 28% and then cut
the result by 15%" → 128, then 108.8; "rent of 1,200 rose 5% last year and another 3% this
year, what is it now?"; "a 20% rise followed by a 20% drop on 50".

The starting amount is the first one said before the first change; at least two changes
are needed (one change alone is a sale or a rise, :mod:`core.agents.money_sale`). The
overall percentage asked ("what's the overall change?") is left to
:mod:`core.agents.reckon_change`. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUMBER = r"[$€£¥]?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.]*\d)"
PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
OBJECT = (r"(?:(?:it|that|this|them|the\s+(?:result|total|answer|price|amount|number|value|"
          r"new\s+\w+|sum|figure|rent|cost|fare|bill|salary|pay))\s+)?")
UP = (r"went\s+up|goes\s+up|gone\s+up|go\s+up|rose|risen|rises|rise|raised?|raising|increased?|"
      r"increases|increasing|grew|grows|grown|marked\s+up|mark\s+up|bumped\s+up|bump\s+up|"
      r"jumped|climbed|added|add|put\s+up|hiked?|gained|up")
DOWN = (r"went\s+down|goes\s+down|gone\s+down|go\s+down|fell|fallen|falls|fall|dropped|drops|"
        r"drop|cut|cuts|reduced?|reducing|decreased?|decreases|decreasing|lowered|lower|"
        r"slashed|slash|marked\s+down|mark\s+down|knocked\s+down|discounted|discount|"
        r"shrank|lost|loses|declined|took\s+off|take\s+off|knock\s+off|down")
VERBED = _c(rf"\b(?:({UP})|({DOWN}))\s+{OBJECT}(?:by\s+)?(?:a\s+(?:further|another)\s+|"
            rf"(?:a\s+)?(?:further|another)\s+)?{PCT}")
NOUNED = _c(rf"\b(?:an?\s+|another\s+|a\s+further\s+)?{PCT}\s+(?:pay\s+|price\s+|rent\s+|"
            rf"salary\s+)?(?:(rise|increase|raise|hike|uplift|mark-?up|gain|jump|more|on\s+top)|(cut|drop|fall|decrease|"
            rf"reduction|discount|off|markdown|loss|less|decline))\b")
AGAIN = _c(rf"\b(?:and|then)\s+(?:then\s+)?(?:by\s+)?(?:another|a\s+further|a\s+second)\s+{PCT}"
           rf"(?!\s*(?:pay\s+|price\s+)?(?:rise|increase|raise|hike|uplift|mark-?up|gain|jump|more|on|"
           rf"cut|drop|fall|decrease|reduction|discount|off|markdown|loss|less|decline)\b)")
ON_START = _c(rf"\s*(?:on|of|to|from|for|applied\s+to)\s+(?:an?\s+|the\s+)?{NUMBER}")
OVERALL = _c(r"\b(?:overall|net|total|combined|in\s+all)\s+(?:percent(?:age)?\s+)?(?:change|effect|"
             r"increase|decrease|rise|drop|gain|loss)\b|\bby\s+(?:what|how\s+much)\s+"
             r"(?:percent|%)|\bwhat\s+(?:percent(?:age)?|%)\b")
VALUE_ASK = _c(r"\b(?:what|how\s+much)\b|\bfinal\b|\bend\s+(?:up|with)\b|\bnew\s+(?:price|"
               r"amount|value|rent|salary|total|figure)\b|\bnow\b|\bprice\s+after\b|\bafter\s+"
               r"(?:the|both|each|that|all)\b|\bresult\b|\?")


def _changes(text: str) -> list[tuple[int, Fraction, bool]]:
    """Each percentage change said, in order: (where, percent, up)."""
    verbed = list(VERBED.finditer(text))
    found = [(m.start(), Fraction(m.group(3)), bool(m.group(1))) for m in verbed]
    found += [(m.start(), Fraction(m.group(1)), bool(m.group(2))) for m in NOUNED.finditer(text)
              if not any(v.start() <= m.start(1) < v.end() for v in verbed)]
    for m in AGAIN.finditer(text):  # "rose 5% and another 3%": the same way again
        before = [up for at, _, up in sorted(found) if at < m.start()]
        if before:
            found.append((m.start(), Fraction(m.group(1)), before[-1]))
    return sorted(found)


def percent_chain(text: str) -> Reckoned | None:
    if not 2 <= len(changes := _changes(text)) <= 6:
        return None
    if OVERALL.search(text) or not VALUE_ASK.search(text):
        return None
    first_at = changes[0][0]
    start = None
    for m in re.finditer(NUMBER, text[:first_at]):
        if not re.match(r"\s*(?:%|percent|per\s*cent|years?|months?|days?)\b", text[m.end():],
                        re.I):
            start = m
            break
    if start is None:  # "a 20% rise then a 10% cut on 50"
        start = ON_START.match(text, max(_end(text, at) for at, _, _ in changes))
    if start is None or not any(up for _, _, up in changes) or any(
            p >= 100 and not up for _, p, up in changes):  # cuts alone: a sale
        return None
    value = Fraction(start.group(1).replace(",", ""))
    sign = sign_of(text)
    cash = bool(sign) or re.search(r"\b(?:price|cost|rent|salary|pay|bill|fare|wage)", text)
    lines, values = [], []
    for _, pct, up in changes:
        value = value * (1 + pct / 100) if up else value * (1 - pct / 100)
        values.append(value)
        said = f"{show(pct)}% {'rise' if up else 'cut'}"
        lines.append(f"after the {said}: {money(value, sign) if cash else show(value)}")
    basis = f"{start.group(1)}" + "".join(
        f" × {show(1 + p / 100) if up else show(1 - p / 100)}" for _, p, up in changes)
    return Reckoned("step by step", values[-1], "", basis, text="; ".join(lines))


def _end(text: str, at: int) -> int:
    """Where the change said at ``at`` ends."""
    m = VERBED.match(text, at) or NOUNED.match(text, at) or AGAIN.match(text, at)
    return m.end() if m is not None else at


KINDS = (percent_chain,)
