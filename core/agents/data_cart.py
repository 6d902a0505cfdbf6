"""A basket typed as lines of a quantity and a unit price ("3 rice ($2.10 ea)", "eggs: 4 at
3.55 each", "2 x milk @ 1.20"): its total, the number of items, and the average price per
item with every unit counted (and, when only "average price" is asked, the average of the
prices as listed, said as such)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.agents.patterns import ci

NAME = r"(?P<n>[a-z][a-z' -]{0,30}?)"
PRICE = r"[$€£]?\s*(?P<p>\d+(?:\.\d{1,2})?)(?![\d:.]|\s*[ap]\.?m\b|\s*%)"
EACH = r"\s*(?:ea(?:ch)?\b|apiece\b|/\s*(?:ea|each|unit|item|pc)\b)"
LINE = (
    # "3 rice ($2.10 ea)", "2 x milk @ $1.20", "4 bagels at 0.90 each"
    ci(rf"(?<![\w.$€£])(?P<q>\d+)\s*(?:x|×|\*)?\s*{NAME}\s*\(?\s*(?:(?:@|at)\s*{PRICE}(?:{EACH})?|"
       rf"{PRICE.replace('<p>', '<p2>')}{EACH})\s*\)?"),
    # "eggs: 4 at 3.55 each", "milk - 2 x $1.20", "apples x3 @ 0.50"
    ci(rf"\b{NAME}\s*(?::|-|–|\bx)\s*(?P<q>\d+)\s*(?:x|×|@|at)\s*{PRICE}(?:{EACH})?"),
)
ASK_TOTAL = ci(r"\b(?:total|bill|altogether|in\s+all|sum|how\s+much\s+(?:is|was|did|do|does|will)|"
               r"come\s+to|spen[dt])\b")
ASK_MEAN = ci(r"\b(?:average|avg|mean)\b")
PER_UNIT = ci(r"\b(?:every|each|all|individual)\s+(?:unit|item|piece)s?\b|\bper\s+(?:unit|item|"
              r"piece)\b|\bunits?\s+counted\b|\bcounting\s+(?:every|each|all)\b")
ASK_COUNT = ci(r"\bhow\s+many\s+(?:items|units|things|pieces|products)\b|\bnumber\s+of\s+"
               r"(?:items|units)\b|\bitem\s+count\b")
CURRENCY = re.compile(r"[$€£]")
CENT = Decimal("0.01")


def _lines(request: str) -> list[tuple[str, int, Decimal]]:
    found = sorted((m for pattern in LINE for m in pattern.finditer(request)),
                   key=lambda m: (m.start(), -m.end()))
    items, end = [], 0
    for m in found:
        price = m.group("p") or m.groupdict().get("p2")
        if m.start() < end or price is None or int(m.group("q")) == 0:
            continue  # overlapping another reading of the same words
        items.append((m.group("n").strip(), int(m.group("q")), Decimal(price)))
        end = m.end()
    return items


def _money(value: Decimal, sign: str) -> str:
    return f"{sign}{value.quantize(CENT, ROUND_HALF_UP)}"


def cart_figures(request: str) -> str | None:
    """The basket's figures the request asks for, or None when it lists no such basket."""
    items = _lines(request)
    if len(items) < 2 or not (ASK_TOTAL.search(request) or ASK_MEAN.search(request)
                              or ASK_COUNT.search(request)):
        return None
    sign = found.group(0) if (found := CURRENCY.search(request)) is not None else ""
    total = sum((q * p for _, q, p in items), Decimal(0))
    units = sum(q for _, q, _ in items)
    worked = " + ".join(f"{q} × {_money(p, sign)}" for _, q, p in items)
    lines = []
    if ASK_TOTAL.search(request) or ASK_MEAN.search(request):
        lines.append(f"total **{_money(total, sign)}** ({worked})")
    if ASK_COUNT.search(request) or ASK_MEAN.search(request):
        lines.append(f"items **{units}** ({len(items)} lines)")
    if ASK_MEAN.search(request):
        each = _money(total / units, sign)
        lines.append(f"average price per item, every unit counted: **{each}** "
                     f"({_money(total, sign)} ÷ {units})")
        if not PER_UNIT.search(request):
            listed = sum((p for _, _, p in items), Decimal(0)) / len(items)
            lines.append(f"average of the listed prices: {_money(listed, sign)}")
    return "\n".join(lines)


__all__ = ["cart_figures"]
