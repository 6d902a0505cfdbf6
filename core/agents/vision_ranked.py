"""A list of named figures on an image, ranked: the top or bottom one, its share of the
whole, and what an amount of it costs.

A screen or a sign often lists like figures, one name each ("Rent  £850.00", "Anna  23
votes", "Physics  68%", "Esso  1.529/L"). A question asks which one comes first or last in
its own words ("which one was the biggest?", "who got the most votes?", "which is the
cheapest?"), what share of the whole that one (or a named one) has ("what share of the
votes did it get?", "what % of the total is rent?"), or what a quantity costs at the chosen
one's price ("what would 30 litres cost there?"). The list is the largest run of lines that
end in the same kind of figure (the same currency sign, unit or word); nothing is answered
when there is no such list or the question names no ranking.
"""

from __future__ import annotations

import re
from collections import Counter
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

Answer = tuple[str, float | None]
ROW = re.compile(r"^\s*(?P<name>[A-Za-z][A-Za-z0-9 &'+./-]{0,30}?)\s*[:\-–]?\s+(?:[-−]\s?)?"
                 r"(?P<sym>[$€£])?"
                 r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>%|[A-Za-z/]{1,8}"
                 r"(?:\s+[A-Za-z]{1,8})?)?\s*$")
HIGH = ci(r"\b(?:biggest|largest|highest|most|(?<!from\sthe\s)top|best|won|win|winner|winning|"
          r"greatest|longest|heaviest|priciest|dearest|costliest|busiest|popular|max(?:imum)?)\b")
LOW = ci(r"\b(?:smallest|lowest|least|cheapest|fewest|worst|shortest|lightest|quietest|"
         r"min(?:imum)?)\b")
WHICH = ci(r"\b(?:which|what|who|whose|where)\b|^\s*(?:and\s+)?(?:the\s+)?(?:biggest|largest|"
           r"highest|smallest|lowest|top|cheapest|priciest|dearest)\b")
SHARE = ci(r"\b(?:share|percentage|percent|proportion|fraction|%)\b|%")
AMOUNT = ci(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?P<u>litres?|liters?|l|kg|kilos?|g|grams?|hours?|hrs?|"
            r"kwh|units?|gallons?|m|metres?|meters?|items?|tickets?)\b")
COST = ci(r"\b(?:cost|pay|price|spend|be)\b")
TOTALS = ci(r"^\s*(?:sub\s*-?\s*)?total|tax|vat|change|cash|card|balance|paid|due\b")
SUM_ASKED = ci(r"\b(?:total|altogether|combined|sum|add\w*|average|mean|difference|gap|"
               r"between|how\s+many)\b")


def rows(text: str) -> list[tuple[str, Fraction, str]]:
    """The largest run of (name, figure, kind) lines ending in the same kind of figure."""
    found = []
    for line in text.splitlines():
        row = ROW.match(line)
        if row is None or (row.group("sym") and TOTALS.match(row.group("name"))):
            continue  # a receipt's total, tax or change is no entry of its list
        kind = row.group("sym") or (row.group("unit") or "")
        found.append((row.group("name").strip(), Fraction(row.group("n").replace(",", "")), kind))
    kinds = Counter(kind.lower() for *_, kind in found)
    if not kinds:
        return []
    kind, count = kinds.most_common(1)[0]
    if count < 2 or list(kinds.values()).count(count) > 1:
        return []  # no list, or two lists as long as each other
    return [row for row in found if row[2].lower() == kind]


def _shown(value: Fraction, kind: str) -> str:
    number = f"{float(value):,.2f}" if kind in "$€£" and kind else _plain(value)
    if kind in ("$", "€", "£"):
        return f"{kind}{number}"
    return f"{number}{kind}" if kind == "%" or kind.startswith("/") else f"{number} {kind}".strip()


def _plain(value: Fraction) -> str:
    return str(int(value)) if value == int(value) else f"{float(value):g}"


def ranked(question: str, text: str) -> list[Answer]:
    """The top or bottom of the image's list, its share, or an amount at its price."""
    high, low = HIGH.search(question), LOW.search(question)
    if not WHICH.search(question) or bool(high) == bool(low) or (
            SUM_ASKED.search(question) and not SHARE.search(question)):
        return []
    listed = rows(text)
    if len(listed) < 2:
        return []
    values = [value for _, value, _ in listed]
    pick = max(values) if high else min(values)
    if values.count(pick) > 1:
        return []  # a tie: no one answer
    name, value, kind = next(row for row in listed if row[1] == pick)
    word = "highest" if high else "lowest"
    out: list[Answer] = [(f"The {word} is **{name}** (**{_shown(value, kind)}**).",
                          float(value))]
    if SHARE.search(question) and kind != "%":
        whole = sum(values, Fraction(0))
        share = value * 100 / whole
        places = places_asked(question)
        shown = f"{float(share):.{1 if places is None else places}f}"
        out.append((f"That is **{shown}%** of the {_plain(whole)} in all.", float(share)))
    elif (amount := AMOUNT.search(question)) and COST.search(question) and kind.startswith("/"):
        qty = Fraction(amount.group("n"))
        cost = value * qty
        out.append((f"{_plain(qty)} at {_plain(value)} comes to **{float(cost):.2f}**.",
                    float(cost)))
    return out
