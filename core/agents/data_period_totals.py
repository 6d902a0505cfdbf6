"""A table's rows summed into something the question names: a balance carried on from an
opening figure, or the quarter (or half) of the year that came out best.

- "I started with 1,200 in the account: what's the balance after these?" → the opening
  figure plus every amount (money out written negative);
- "which quarter had the most sales, and its total?" → months grouped into quarters.
"""

from __future__ import annotations

import math
import re

from core.agents.data_table import plain_name, read_table
from core.agents.patterns import ci

OPENING = ci(r"\b(?:start(?:ed|ing)?|open(?:ed|ing)?|initial|beginning|began)\b[^.?!\d]{0,40}?"
             r"(?:balance\s+(?:of|was|is|at|:)?\s*|with\s+|at\s+|of\s+|was\s+|:\s*)?[$€£]?\s*"
             r"(?P<v>-?\d[\d,]*(?:\.\d+)?)(?![\d.]*\s*(?:dp|decimal|%))")
BALANCE = ci(r"\b(?:balance|end\s+(?:up\s+)?with|left|closing|ending|final|finish\w*|now\s+have)\b")
AMOUNT = ci(r"\b(?:amount|amt|value|change|transaction|net|sum|money|cash|debit|credit|"
            r"flow|movement)\b")
PERIOD = ci(r"\b(?P<p>quarter|half)\b")
SUPERLATIVE = ci(r"\b(?:most|highest|biggest|best|top|strongest|peak|lowest|least|worst|weakest|"
                 r"smallest|busiest|quietest)\b")
NAMED_PERIOD = ci(r"\bq[1-4]\b|\bh[12]\b|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
                  r"(?:quarter|half)\b")
LOW = ci(r"\b(?:least|lowest|worst|weakest|smallest|fewest|quietest)\b")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|"
                 r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.I)
MONTHS = [m[:3] for m in ("january february march april may june july august september "
                          "october november december").split()]


def balance_after(series: dict[str, list[float]], request: str) -> str | None:
    """The opening figure said plus every amount of the table's money column."""
    found = OPENING.search(request)
    if found is None or not BALANCE.search(request):
        return None
    columns = [n for n in series if AMOUNT.search(plain_name(n))] if len(series) > 1 else list(
        series)
    if len(columns) != 1 or not any(v < 0 for v in series[columns[0]]):
        return None  # money out written negative: the amounts are signed
    opening = float(found.group("v").replace(",", ""))
    moved = math.fsum(series[columns[0]])
    return (f"closing balance: **{opening + moved:.2f}** (opening {opening:g} "
            f"{'+' if moved >= 0 else '−'} {abs(moved):.2f} net from {len(series[columns[0]])} "
            f"rows)")


def _month(label: str) -> int | None:
    word = label.strip().lower()[:3]
    return MONTHS.index(word) + 1 if word in MONTHS else None


def best_period(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    """Months grouped into quarters (or halves): the one with the highest (lowest) total."""
    found = PERIOD.search(request)
    if found is None or len(series) != 1 or not SUPERLATIVE.search(request) or (
            NAMED_PERIOD.search(request)):
        return None
    name, values = next(iter(series.items()))
    months = [_month(label) for label in labels]
    if len(months) != len(values) or None in months or len(set(months)) != len(months):
        return None
    size = 3 if found.group("p").lower() == "quarter" else 6
    totals: dict[int, float] = {}
    for month, value in zip(months, values, strict=True):
        if month is not None:
            totals[(month - 1) // size + 1] = totals.get((month - 1) // size + 1, 0.0) + value
    if len(totals) < 2:
        return None
    low = bool(LOW.search(request))
    pick = (min if low else max)(totals, key=lambda k: totals[k])
    word = "Q" if size == 3 else "H"
    listed = ", ".join(f"{word}{k} {totals[k]:g}" for k in sorted(totals))
    said = "quarter" if size == 3 else "half"
    return (f"{'lowest' if low else 'highest'} {said} for {plain_name(name)}: **{word}{pick}** "
            f"({said} {pick}), total **{_shown(totals[pick])}**; by {said}: {listed}")


def _shown(value: float) -> str:
    return f"{value:.2f}".removesuffix(".00") if not re.fullmatch(r"-?\d+", f"{value:g}") else (
        f"{value:.0f}")




PER_DAY = ci(r"\b(?:daily|a\s+day|per\s+(?P<p>day|date|week|month)|each\s+(?:day|date)|every\s+day|"
             r"/\s*day)\b|\b(?:number\s+of|distinct|different)\s+(?:days|dates)\b")
AVERAGE = ci(r"\b(?:average|avg|mean|typical(?:ly)?|usual(?:ly)?|on\s+average)\b")


def per_day_average(data: bytes, series: dict[str, list[float]], request: str) -> str | None:
    """Several rows a day (a food log, meals by date): the total over the days it covers."""
    if not AVERAGE.search(request) or (said := PER_DAY.search(request)) is None or (
            said.group("p") or "day").lower() in ("week", "month") or len(series) != 1:
        return None
    name, values = next(iter(series.items()))
    header, rows = read_table(data)
    for index in range(len(header)):
        cells = [row[index] if index < len(row) else "" for row in rows]
        if len(cells) == len(values) and all(DAY.fullmatch(c) for c in cells) and (
                1 < len(set(cells)) < len(cells)):
            days = len(set(cells))
            total = math.fsum(values)
            return (f"average {plain_name(name)} per day: **{total / days:.4f}** (total "
                    f"{_shown(total)} over {days} days of {len(cells)} rows)")
    return None


__all__ = ["balance_after", "best_period", "per_day_average"]
