"""Quartiles, the interquartile range and percentiles, by the method the request names.

Linear interpolation between the sorted values (the common spreadsheet method) unless the
request names another: the medians of the lower and upper halves ("split-in-half", with the
middle value left out, or kept in both halves for Tukey's hinges), or the exclusive (n + 1)
method.
"""

from __future__ import annotations

import statistics

from core.agents.data_plot import short_figure as _fmt
from core.agents.patterns import ci

QUARTILES = ci(r"\b(?:inter-?\s?quartile|iqr|quartiles?|q1|q3)\b")
PERCENTILE = ci(r"\b(?P<p>\d{1,2})(?:st|nd|rd|th)\s+percentile\b|\bpercentile\s+(?P<q>\d{1,2})\b")


def spread_parts(values: list[float], request: str) -> str | None:
    """Quartiles and the interquartile range, or a percentile ("the 90th percentile"), by
    linear interpolation between the sorted values (the common spreadsheet method)."""
    if len(values) < 2:
        return None
    if (asked := PERCENTILE.search(request)) is not None:
        p = int(asked.group("p") or asked.group("q"))
        if 0 < p < 100:
            cut = statistics.quantiles(values, n=100, method="inclusive")[p - 1]
            return f"{p}th percentile **{_fmt(cut)}**"
    if QUARTILES.search(request):
        q1, q3, how = quartiles(values, request)
        return (f"lower quartile (Q1) **{_fmt(q1)}**, upper quartile (Q3) **{_fmt(q3)}**, "
                f"interquartile range **{_fmt(q3 - q1)}**{how}")
    return None


# "the medians of the lower and upper halves", "split-in-half method", "Tukey's hinges"
HALVES = ci(r"\bhal(?:f|ves)\b.{0,60}\bmedians?\b|\bmedians?\b.{0,60}\bhal(?:f|ves)\b|"
            r"\bsplit[-\s]+(?:it\s+)?in(?:to)?[-\s]+(?:two\s+)?hal(?:f|ves)\b|\bhinges?\b|"
            r"\btukey\b")
KEEP_MIDDLE = ci(r"\b(?:includ\w*|keep\w*|count\w*)\s+(?:the\s+)?(?:overall\s+|middle\s+|"
                 r"centre\s+|center\s+)?(?:median|middle)\b|\bhinges?\b|\btukey\b")
EXCLUSIVE = ci(r"\bquartile\.exc\b|\bexclusive\s+method\b|\(n\s*\+\s*1\)")


def quartiles(values: list[float], request: str) -> tuple[float, float, str]:
    """Q1 and Q3 by the method the request names (medians of the two halves, with or without
    the middle value; the exclusive (n + 1) method), else by linear interpolation."""
    if HALVES.search(request) and len(values) >= 4:
        ordered = sorted(values)
        half = len(ordered) // 2
        keep = len(ordered) % 2 == 1 and bool(KEEP_MIDDLE.search(request))
        lower, upper = ordered[:half + keep], ordered[len(ordered) - half - keep:]
        return (statistics.median(lower), statistics.median(upper),
                f" (medians of the lower and upper halves, the middle value "
                f"{'in both' if keep else 'left out'})" if len(ordered) % 2 else
                " (medians of the lower and upper halves)")
    if EXCLUSIVE.search(request) and len(values) >= 3:
        q1, _, q3 = statistics.quantiles(values, n=4, method="exclusive")
        return q1, q3, " (exclusive method)"
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3, ""


__all__ = ["PERCENTILE", "QUARTILES", "quartiles", "spread_parts"]
