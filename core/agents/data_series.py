"""Lists read with their positions or counts, and the one reader every list figure goes
through.

- a frequency table said in words ("5 households with 0 pets; 9 with 1 pet …", "3 people
  scored 10, 4 scored 8") and its mean;
- values named by weekday ("Mon=54 Tue=113 …") and the weekday and weekend averages;
- a straight-line trend over a list's positions and the value it predicts ("what does it
  predict for week 7?", "forecast the next month");
- R² of a straight-line fit through two series.

``asked_figures`` gives every figure a request asks of the listed numbers (the first kinds
that recognise the ask), first in the reply.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable

from core.agents.data_compare import LIST_KINDS as COMPARED
from core.agents.data_compare import means_gap
from core.agents.data_figures import (
    absolute_deviation,
    coefficient_of_variation,
    extreme_from_average,
    fmt,
    geometric_average,
    harmonic_speed,
    leave_one_out,
    mean_median_gap,
    needed_next,
    percentile_rank,
    short_of_each,
    standard_error,
    z_score,
)
from core.agents.data_labels import labelled_values
from core.agents.data_listed import rate_of_whole, said_around, signed_net, top_share
from core.agents.data_lists import main_list
from core.agents.data_reckon import (
    against_limit,
    changes,
    each_share,
    index_numbers,
    net_change,
    plain_figure,
    projection,
    share_versus_mean,
    total_in_unit,
    two_lists,
)
from core.agents.patterns import ci

COUNTED = ci(r"(?<![\d.])(?P<c>\d+)\s+(?P<cn>[a-z]+)\s+(?:with|having|had|has|have|owning|own|"
             r"that\s+(?:have|had|own)|got|get|scored|score|gave|give|rated|rate|chose|picked|"
             r"answered|earned|made|ate|read|saw|bought|took)\s+(?:a\s+)?(?P<v>\d+(?:\.\d+)?)"
             r"(?:\s+(?P<vn>(?!and\b|or\b)[a-z]+))?")


def frequency_mean(request: str) -> str | None:
    """"5 households with 0 pets; 9 households with 1 pet …": the mean per household."""
    found = list(COUNTED.finditer(request))
    if len(found) < 2 or not re.search(r"\b(?:average|mean|avg|per)\b", request, re.I):
        return None
    pairs = [(float(m.group("v")), int(m.group("c"))) for m in found]
    people = sum(c for _, c in pairs)
    if not people:
        return None
    mean = sum(v * c for v, c in pairs) / people
    noun = (found[0].group("vn") or "").lower()
    noun = "" if not noun else f" {noun}" if noun.endswith("s") else f" {noun}s"
    return (f"mean **{fmt(mean)}**{noun} per {found[0].group('cn').lower().rstrip('s')} "
            f"({fmt(sum(v * c for v, c in pairs))} ÷ {people})")


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
WEEKEND = ("sat", "sun")
SPLIT = ci(r"\bweek\s?days?\b|\bweek\s?ends?\b|\bworking\s+days\b|\bbusiness\s+days\b")


def weekday_weekend(request: str) -> str | None:
    if not SPLIT.search(request) or (found := labelled_values(request)) is None:
        return None
    labels, values = found
    days = [label.lower()[:3] for label in labels]
    work = [v for d, v in zip(days, values, strict=True) if d in WEEKDAYS]
    rest = [v for d, v in zip(days, values, strict=True) if d in WEEKEND]
    if not work or not rest:
        return None
    total = bool(re.search(r"\b(?:total|sum|altogether)\b", request, re.I)) and not re.search(
        r"\b(?:average|mean|avg)\b", request, re.I)
    figure: Callable[[list[float]], float] = sum if total else statistics.fmean
    word = "total" if total else "average"
    return (f"{word}s — weekday **{fmt(figure(work))}**, weekend **{fmt(figure(rest))}** "
            f"(weekdays: {len(work)}, weekend days: {len(rest)})")


FORECAST = ci(r"\b(?:predict\w*|forecast\w*|project\w*|extrapolat\w*|estimat\w*|expect\w*)\b")
AT = ci(r"\b(?:for|in|at|by)\s+(?:the\s+)?(?P<u>week|month|day|year|quarter|period|step|session|"
        r"point|value|game|round)\s+(?P<n>\d+)\b|\b(?P<next>next|following|coming)\s+(?:\w+\s+)?"
        r"(?:week|month|day|year|quarter|period|value|one|reading|session)\b")
LINEAR = ci(r"\b(?:straight[-\s]line|linear|trend|best[-\s]?fit|regression|least[-\s]squares|"
            r"line)\b")


CONTINUES = ci(r"\bif\s+(?:the|this|that|it|my|our|things|sales|growth)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:trend|pattern|pace|rate)?\s*"
               r"(?:continues|holds|keeps\s+(?:up|going)|carries\s+on|goes\s+on)\b|"
               r"\b(?:extend|continue)\s+the\s+(?:trend|line)\b")


def list_forecast(values: list[float], request: str) -> str | None:
    """A straight-line trend over positions 1, 2, 3 … and the value it predicts."""
    if not ((FORECAST.search(request) and LINEAR.search(request)) or CONTINUES.search(
            request)) or len(values) < 3:
        return None
    if (at := AT.search(request)) is None:
        return None
    x = float(at.group("n")) if at.group("n") else len(values) + 1.0
    slope, intercept = statistics.linear_regression(range(1, len(values) + 1), values)
    return (f"the straight-line trend predicts **{fmt(slope * x + intercept)}** for "
            f"{fmt(x)} (y = {fmt(slope)}x + {fmt(intercept)} over positions 1–{len(values)})")


R2 = ci(r"\br\s*(?:²|\^\s*2|-?\s*squared?)|\bcoefficient\s+of\s+determination\b")


def r_squared(series: dict[str, list[float]], request: str) -> str | None:
    if not R2.search(request) or len(series) < 2:
        return None
    (_, xs), (_, ys) = list(series.items())[:2]
    if len(xs) != len(ys) or len(xs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    r = statistics.correlation(xs, ys)
    return f"R² **{fmt(r * r)}** (Pearson r = {r:.3f}, squared)"


LIST_KINDS: tuple[Callable[[list[float], str], str | None], ...] = (
    signed_net, coefficient_of_variation, absolute_deviation, standard_error, z_score,
    percentile_rank,
    mean_median_gap, extreme_from_average, leave_one_out, needed_next, geometric_average,
    harmonic_speed, projection, index_numbers, against_limit, changes, list_forecast, total_in_unit,
    share_versus_mean, short_of_each, net_change, each_share, rate_of_whole, top_share)


def asked_figures(request: str, series: dict[str, list[float]] | None = None,
                  everyday: bool = False) -> list[str]:
    """Every figure the request asks of its listed numbers that the summary does not give.
    ``everyday``: also the plain total or average asked in everyday words."""
    series = series or {}
    words = [line for line in (frequency_mean(request), weekday_weekend(request),
                               said_around(request)) if line]
    if words:
        return words
    if len(series) >= 2:
        return [line for line in (r_squared(series, request), two_lists(series, request),
                                  means_gap(series, request)) if line][:2]
    values = next(iter(series.values())) if series else main_list(request)
    if compared := [line for kind in COMPARED if (line := kind(values, request))]:
        return compared[:2]
    out = [line for kind in LIST_KINDS if (line := kind(values, request))]
    if not out and everyday and (line := plain_figure(values, request)):
        out.append(line)
    return out[:2]


__all__ = ["asked_figures", "frequency_mean", "list_forecast", "r_squared", "weekday_weekend"]
