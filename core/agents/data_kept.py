"""The rows a question keeps of an attached table, and what it asks of them: the average,
median, total, count or share of one group ("weekend days", "orders over 50", "all but the
30th"), two groups side by side with the gap between them when it is asked, and a figure
combining columns row by row."""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable

from core.agents.data_counts import counted_noun
from core.agents.data_query import (
    COUNT,
    GAP,
    HIGH,
    HOW_MUCH,
    LOW,
    MEAN,
    MEDIAN,
    SHARE,
    TOTAL,
    VALUE_ASK,
    Table,
    grouped,
    kept_rows,
    measure,
)
from core.agents.data_table import figure as fmt
from core.agents.data_table import plain_name
from core.agents.data_where import groups, without_limits
from core.agents.patterns import ci


def filtered(table: Table, request: str) -> str | None:
    """The average, total, count or share of the rows the question keeps: rows named, or
    rows past a stated limit, on a weekday or left out by label, one group or two set side by
    side ("dry days (rain_mm = 0) versus rainy days (rain_mm > 0)")."""
    kept = kept_rows(table, request)
    sets = groups(table.numeric, table.text, table.labels(), request)
    if sets and (kept is None or len(sets) == 2):
        asked = without_limits(table.numeric, request)
        lines = [_kept_figure(table, asked, keep, said) for keep, said in sets]
        if not all(lines):
            return None
        if len(sets) == 2 and GAP.search(request):  # "the gap between weekday and weekend"
            figures = [_kept_value(table, asked, keep) for keep, _ in sets]
            if None not in figures:
                a, b = (f for f in figures if f is not None)
                lines.append(f"difference: **{fmt(abs(a - b))}**")
        return "; ".join(line for line in lines if line)
    return _kept_figure(table, request, *kept) if kept is not None else None


def _kept_figure(table: Table, request: str, keep: list[bool], said: str) -> str | None:
    n, k = len(keep), sum(keep)
    asked = measure(table, request)
    noun = re.search(r"\b(?:our|my|the|of)\s+(?P<n>[a-z]+s)\b", request, re.I)
    things = counted_noun(request, noun.group("n").lower() if noun else "rows")
    if SHARE.search(request):
        if asked is not None and not COUNT.search(request) and asked[0] in table.numeric:
            part = math.fsum(v for v, kept_ in zip(asked[1], keep, strict=True) if kept_)
            whole = math.fsum(asked[1])
            if whole:
                return (f"{said}: **{part / whole * 100:.2f}%** of the total "
                        f"{plain_name(asked[0])} ({fmt(part)} of {fmt(whole)})")
        return f"{said}: **{k / n * 100:.2f}%** of the {things} ({k} out of {n})"
    values = [v for v, kept_ in zip(asked[1], keep, strict=True) if kept_] if asked else []
    if COUNT.search(request) and not MEAN.search(request):
        also = f"; total {plain_name(asked[0])} for {said}: **{fmt(math.fsum(values))}**" if (
            asked and asked[0] in table.numeric and TOTAL.search(request)) else ""  # both asked
        return f"**{k}** of {n} {things} {said} ({k} out of {n}){also}"
    stat = _statistic(request)
    if asked is None or stat is None or not values:
        return None
    word, how = stat
    rows = "" if word == "total" else f" ({len(values)} rows)"
    return f"{word} {plain_name(asked[0])} for {said}: **{fmt(how(values))}**{rows}"


def _statistic(request: str) -> tuple[str, Callable[[list[float]], float]] | None:
    """The statistic asked of kept rows: a median, an average or a total."""
    if MEDIAN.search(request):
        return "median", lambda v: float(statistics.median(v))
    if MEAN.search(request):
        return "average", statistics.fmean
    return ("total", math.fsum) if TOTAL.search(request) or HOW_MUCH.search(request) else None


def _kept_value(table: Table, request: str, keep: list[bool]) -> float | None:
    """The statistic asked of the kept rows, as a number."""
    asked, stat = measure(table, request), _statistic(request)
    values = [v for v, k in zip(asked[1], keep, strict=True) if k] if asked else []
    return stat[1](values) if stat is not None and values else None


ONE_ROW = ci(r"\b(?:largest|biggest|highest|top|best|smallest|lowest|priciest|most\s+valuable)\s+"
             r"(?:single\s+|one\s+)?(?:order|sale|transaction|day|row|entry|purchase|invoice|"
             r"line|deal|booking|payment)\b|\bsingle\s+(?:order|sale|transaction|purchase)\b")
ALL_ROWS = ci(r"\b(?:total|sum|altogether|overall|in\s+all|combined)\b")


def combined(table: Table, request: str) -> str | None:
    """A figure combining columns row by row, averaged, totalled or at its largest."""
    asked = measure(table, request)
    if asked is None or asked[0] in table.numeric:
        return None
    name, values = asked
    labels = table.labels()
    if MEAN.search(request):
        return f"average {name}: **{fmt(statistics.fmean(values))}**"
    out = []
    single = ONE_ROW.search(request)  # "the largest order by value": one row, not the total
    if (TOTAL.search(request) or VALUE_ASK.search(request)) and not (
            single and not ALL_ROWS.search(request)):
        out.append(f"total {name}: **{fmt(math.fsum(values))}**")
    if (HIGH.search(request) or LOW.search(request)) and (not out or single or re.search(
            r"\b(?:which|who|what\s+\w+\s+(?:was|is|did))\b", request, re.I)):
        pick = (min if LOW.search(request) and not HIGH.search(request) else max)(
            range(len(values)), key=lambda i: values[i])
        out.append(f"{name}: **{fmt(values[pick])}** at **{labels[pick]}**")
    return "; ".join(out) or None


def table_query(table: Table, request: str) -> list[str]:
    """Every figure this reader finds the question asking of the table."""
    first = grouped(table, request) or filtered(table, request)
    also = combined(table, request)
    if first and also and not TOTAL.search(request) and not VALUE_ASK.search(request):
        also = None  # the combined figure's largest row is the group answer already
    return [line for line in (first, also) if line]


__all__ = ["filtered", "table_query"]
