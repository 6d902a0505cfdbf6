"""One column's total over another's, said as a division or by the everyday name of the
ratio, and a column worked out on each row (one column less another) then averaged.

- "total tips / total bills, in %", "tips as a percentage of all bills", "litres / km x 100";
- "our AOV overall" (revenue ÷ orders), "overall conversion rate" (purchases ÷ visitors),
  "L/100 km" (litres ÷ km × 100), "miles per gallon overall" (miles ÷ gallons);
- "what % of visitors bought something?" (the other column over the visitors);
- "average monthly savings (income minus expenses)", "mean of high − low".
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_table import plain_name
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

WORD = r"[a-z][a-z_]*"
DIVIDED = ci(rf"\b(?:total\s+|all\s+(?:the\s+)?|sum\s+of\s+(?:the\s+)?)?(?P<a>{WORD})\s*"
             rf"(?:/|÷|\bdivided\s+by\b|\bover\b)\s*(?:the\s+)?(?:total\s+|all\s+(?:the\s+)?|"
             rf"sum\s+of\s+(?:the\s+)?)?(?P<n>100\s*)?(?P<b>{WORD})\b(?:\s*[x×*]\s*(?P<m>100)\b)?")
SHARE_OF = ci(rf"\b(?:total\s+)?(?P<a>{WORD})\s+as\s+(?:a\s+)?(?:percent(?:age)?|share|%|"
              rf"proportion|fraction)\s+of\s+(?:the\s+)?(?:all\s+(?:the\s+)?|total\s+)?"
              rf"(?P<b>{WORD})")
PCT_OF = ci(rf"(?:%|\bpercent(?:age)?|\bshare|\bproportion|\bfraction)\s+of\s+(?:the\s+|all\s+"
            rf"(?:the\s+)?|total\s+)?(?P<b>{WORD})\s+(?:who|that|which|did|had|made|were|was|"
            rf"bought|purchased|converted|clicked|signed|ordered|went|turned|came|showed|"
            rf"actually|ended)\b")
PERCENT = ci(r"%|\bper\s*cent\w*|\bpercent\w*|\brate\b")
NAMED = (  # an everyday ratio's name → the numerator's and denominator's column words
    (ci(r"\baov\b|\baverage\s+(?:order|basket|transaction|ticket)\s+(?:value|size)\b|"
        r"\bavg\s+(?:order|basket)\s+value\b|\b(?:revenue|spend|takings)\s+per\s+order\b"),
     ("revenue", "sales", "takings", "turnover", "amount"), ("orders", "order", "transactions"),
     1.0),
    (ci(r"\bconversion\s+rate\b|\bconverted\b|\bconversion\b"),
     ("purchases", "conversions", "orders", "sales", "signups", "buyers", "converted"),
     ("visitors", "visits", "sessions", "clicks", "users", "leads"), 100.0),
    (ci(r"\bclick[-\s]?through\s+rate\b|\bctr\b"), ("clicks",),
     ("impressions", "views"), 100.0),
    (ci(r"\btip\s+(?:rate|percentage|%)|\btipp?ing\s+rate\b"), ("tip", "tips"),
     ("bill", "bills", "total", "amount"), 100.0),
    (ci(r"\bl\s*/\s*100\s*km\b|\blitres?\s+per\s+100\s*km\b|\bliters?\s+per\s+100\s*km\b|"
        r"\bfuel\s+(?:consumption|economy|use)\b"),
     ("litres", "liters", "fuel", "l"), ("km", "kilometres", "kilometers", "distance"), 100.0),
    (ci(r"\bmpg\b|\bmiles\s+per\s+gallon\b"), ("miles", "mi"), ("gallons", "gal"), 1.0),
)
ALIASES = {"l": "litres", "liters": "litres", "gal": "gallons", "kms": "km"}
LESS = ci(rf"\b(?P<a>{WORD})\s+(?:minus|less|-|−)\s+(?P<b>{WORD})\b")
MEAN = ci(r"\b(?:average|avg|mean|typical|per\s+(?:month|day|week|year|row))\b")
SAVED = ci(r"\bsav(?:e|ed|ing|ings)\b|\bleft\s+over\b|\bsurplus\b|\bnet\b")
INCOME = ci(r"\b(?:income|earnings|salary|pay|revenue|in|inflow)\b")
SPENDING = ci(r"\b(?:expenses?|spending|spend|spent|costs?|outgoings|out|outflow)\b")


def _column(series: dict[str, list[float]], word: str) -> str | None:
    """The one column a word names ("tips" → "tip", "total km" → "km_driven")."""
    word = ALIASES.get(word.lower(), word.lower()).strip("_")
    if len(word) < 2 and word != "l":
        return None
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    hits = [n for n in series if plain_name(n) == plain_name(word) or any(
        w == word or w.rstrip("s") == stem or ALIASES.get(w) == word
        for w in plain_name(n).split())]
    return hits[0] if len(hits) == 1 else None


def _figure(value: float, places: int | None) -> str:
    return f"{value:.{2 if places is None else places + 2}f}"  # the places asked: rounded later


def _ratio(series: dict[str, list[float]], a: str, b: str, scale: float, request: str,
           said: str) -> str | None:
    top, bottom = math.fsum(series[a]), math.fsum(series[b])
    if not bottom:
        return None
    value = top / bottom * scale
    unit = "%" if scale == 100 and PERCENT.search(request) else ""
    times = f" × {scale:g}" if scale != 1 else ""
    return (f"{said}: **{_figure(value, places_asked(request))}{unit}** (total {plain_name(a)} "
            f"{top:.2f} ÷ total {plain_name(b)} {bottom:.2f}{times})".replace(".00 ", " ")
            .replace(".00)", ")"))


def totals_ratio(series: dict[str, list[float]], request: str) -> str | None:
    """One column's total over another's, as the question says or names it."""
    for found in DIVIDED.finditer(request):
        a, b = _column(series, found.group("a")), _column(series, found.group("b"))
        if a is None or b is None or a == b:
            continue
        scale = 100.0 if found.group("m") or found.group("n") or PERCENT.search(request) else 1.0
        return _ratio(series, a, b, scale, request, f"{plain_name(a)} ÷ {plain_name(b)}")
    for found in SHARE_OF.finditer(request):
        a, b = _column(series, found.group("a")), _column(series, found.group("b"))
        if a is not None and b is not None and a != b:
            return _ratio(series, a, b, 100.0, request + " %", f"{plain_name(a)} as % of "
                          f"{plain_name(b)}")
    for pattern, tops, bottoms, scale in NAMED:
        if (said := pattern.search(request)) is None:
            continue
        a = next((c for w in tops if (c := _column(series, w)) is not None), None)
        b = next((c for w in bottoms if (c := _column(series, w)) is not None), None)
        if a is not None and b is not None and a != b:
            return _ratio(series, a, b, scale, request + (" %" if scale == 100 and not re.match(
                r"l\b|litre|liter|fuel", said.group(0), re.I) else ""), said.group(0).lower())
    share = PCT_OF.search(request)
    if share is not None and len(series) == 2 and (b := _column(series, share.group(
            "b"))) is not None:
        a = next(name for name in series if name != b)
        if 0 <= math.fsum(series[a]) <= math.fsum(series[b]):
            return _ratio(series, a, b, 100.0, request + " %", f"{plain_name(a)} as % of "
                          f"{plain_name(b)}")
    return None


def mean_difference(series: dict[str, list[float]], request: str) -> str | None:
    """One column less another on each row, averaged ("average monthly savings")."""
    if not MEAN.search(request):
        return None
    pair: tuple[str, str] | None = None
    if (found := LESS.search(request)) is not None:
        a, b = _column(series, found.group("a")), _column(series, found.group("b"))
        pair = (a, b) if a is not None and b is not None and a != b else None
    if pair is None and SAVED.search(request):
        ins = [n for n in series if INCOME.search(plain_name(n))]
        outs = [n for n in series if SPENDING.search(plain_name(n))]
        pair = (ins[0], outs[0]) if len(ins) == 1 and len(outs) == 1 and ins != outs else None
    if pair is None or len(series[pair[0]]) != len(series[pair[1]]) or not series[pair[0]]:
        return None
    each = [x - y for x, y in zip(series[pair[0]], series[pair[1]], strict=True)]
    value = statistics.fmean(each)
    return (f"average {plain_name(pair[0])} − {plain_name(pair[1])} per row: "
            f"**{_figure(value, places_asked(request))}** (total {math.fsum(each):.2f} over "
            f"{len(each)} rows)")


__all__ = ["mean_difference", "totals_ratio"]
