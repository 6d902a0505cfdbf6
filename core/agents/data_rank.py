"""Rows ranked and rows grouped, in the words people use.

- the top or bottom few ("top 3 products", "the three biggest months", "lowest 2 scores",
  "add up the best four", "my 5 cheapest buys"), with their labels and their sum;
- a column's figures by label ("total per region", "spending by category", "average for
  each month", "break it down by person", "how much per category?");
- one row's place in the order ("what position is Friday in, highest first?", "where does
  March rank?", "Ann's rank from lowest to highest").
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_between import question_text
from core.agents.patterns import ci

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10}
N = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
HIGH = (r"top|best|highest|biggest|largest|greatest|most|hottest|warmest|longest|heaviest|"
        r"dearest|priciest|busiest|strongest|fastest")
LOW = (r"bottom|worst|lowest|smallest|least|fewest|coldest|coolest|shortest|lightest|cheapest|"
       r"quietest|weakest|slowest")
RANKED = ci(rf"\b(?:(?P<hi>{HIGH})|(?P<lo>{LOW}))\s+{N}\b(?!\s*(?:%|percent|per\s+cent|"
            r"days?\s+(?:moving|rolling)|km\b|k\b|mi\b|miles?\b|m\b|kg\b|lbs?\b|min\b|mins\b|"
            r"minutes?\b|hours?\b|hrs?\b|seconds?\b|metres?\b|meters?\b))|"
            rf"\b{N.replace('<n>', '<n2>')}\s+(?:(?:were|are|was|is|"
            rf"had|have)\s+(?:the\s+)?)?(?:(?P<hi2>{HIGH})|(?P<lo2>{LOW}))\b")
BY = ci(r"\b(?:per|by|for\s+each|for\s+every|each)\s+(?P<k>[a-z][a-z_ ]{1,20}?)(?:'s)?\b(?:\s+"
        r"(?:total|totals|average|averages|mean|sum|please))?\s*(?:[?.!,]|$|\band\b)|"
        r"\bbr(?:eak|oken)\s+(?:it\s+|this\s+|that\s+|them\s+)?down\s+by\s+"
        r"(?P<b>[a-z][a-z_ ]{1,20}?)\s*(?:[?.!,]|$)|\bgroup(?:ed)?\s+by\s+"
        r"(?P<g>[a-z][a-z_ ]{1,20}?)\s*(?:[?.!,]|$)")
NOT_KEYS = ci(r"^(?:transactions?|items?|units?|visits?|orders?|heads?|capita|cent|hours?|"
              r"minutes?|km|miles?|kg|kilos?|litres?|liters?|pounds?|dollars?|euros?|step|row|"
              r"entry|purchase|person|the\s+\w+)$")
MEAN = ci(r"\b(?:average|avg|mean)\b")
SHARE_ASKED = ci(r"%|\bper\s?cent(?:age)?\b|\b(?:share|proportion|fraction)\b")
POSITION = ci(r"\b(?:what|which)\s+(?:position|place|rank(?:ing)?|spot)\b|\bwhere\s+(?:does|do|"
              r"did|would|will|is|are)\b.*\b(?:rank|come|place|sit|stand|fall|land)s?\b|"
              r"\b(?:rank|ranking|position|placing)\s+(?:of|for)\b|'s\s+(?:rank|ranking|position)\b|"
              r"\branks?\s+(?:where|in\s+what)\b")
ASCENDING = ci(r"\b(?:lowest|smallest|least|fewest|cheapest|slowest|shortest|worst)\s+"
               r"(?:first|to\s+(?:the\s+)?(?:highest|largest|biggest|most|greatest|top))\b|"
               r"\bascending\b|\bfrom\s+(?:the\s+)?bottom\b")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth")


def _fmt(value: float, places: int | None) -> str:
    if places:
        return f"{value:.{places}f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def ranked(values: list[float], labels: list[str], request: str,
           places: int | None) -> str | None:
    """"top 3": the few highest (or lowest) values, named by their rows, and their sum."""
    found = RANKED.search(request)
    if found is None or not values:
        return None
    said = (found.group("n") or found.group("n2")).lower()
    n = int(said) if said.isdigit() else COUNTS[said]
    if not 1 < n < len(values):
        return None
    low = bool(found.group("lo") or found.group("lo2"))
    named = len(labels) == len(values)
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=not low)[:n]
    items = [f"**{labels[i]}** ({_fmt(values[i], places)})" if named else
             f"**{_fmt(values[i], places)}**" for i in order]
    total = math.fsum(values[i] for i in order)
    mean = f"; their average **{_fmt(total / n, None)}**" if MEAN.search(request) else ""
    whole = math.fsum(values)
    share = f"; **{_fmt(total / whole * 100, None)}%** of the total {_fmt(whole, places)}" if (
        whole and SHARE_ASKED.search(request)) else ""
    return (f"{'bottom' if low else 'top'} {n}: {', '.join(items)}; together "
            f"**{_fmt(total, places)}**{mean}{share}")


def by_label(name: str, values: list[float], labels: list[str], request: str,
             places: int | None) -> str | None:
    """"total per region": each label's total (or average, when that is asked)."""
    found = BY.search(request)
    if found is None or len(labels) != len(values) or not values:
        return None
    key = (found.group("k") or found.group("b") or found.group("g") or "").strip()
    if NOT_KEYS.match(key):
        return None
    groups: dict[str, list[float]] = {}
    for label, value in zip(labels, values, strict=True):
        groups.setdefault(label, []).append(value)
    if len(groups) == len(labels) or len(groups) < 2:
        return None  # no label repeats: each row is its own group already
    average = bool(MEAN.search(request))
    word = "average" if average else "total"
    shown = [(label, statistics.fmean(v) if average else math.fsum(v))
             for label, v in groups.items()]
    parts = [f"{label} **{_fmt(figure, None if average else places)}**"
             for label, figure in shown]
    column = re.sub(r"[\s_\-]+", " ", name).strip().lower()
    return f"{word} {column} by {key}: " + ", ".join(parts)


def position_of(values: list[float], labels: list[str], request: str) -> str | None:
    """"where does Friday rank, highest first?": the named row's place in the order (ties
    share the better place)."""
    if len(labels) != len(values) or len(values) < 2 or not POSITION.search(request):
        return None
    asked = question_text(request, POSITION.search)
    named = [i for i, label in enumerate(labels) if label.strip() and re.search(
        rf"(?<![\w-]){re.escape(label.strip().lower())}(?![\w-])", asked)]
    if len({labels[i].strip().lower() for i in named}) != 1:
        return None
    low = bool(ASCENDING.search(request))
    value = values[named[0]]
    place = 1 + sum(v < value if low else v > value for v in values)
    word = f" ({ORDINALS[place - 1]})" if place <= len(ORDINALS) else ""
    return (f"**{labels[named[0]].strip()}** is **{_ordinal(place)}**{word} of {len(values)}, "
            f"{'lowest' if low else 'highest'} first ({_fmt(value, None)})")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


__all__ = ["by_label", "position_of", "ranked"]
