"""The average, total or median of only the values past a limit ("mean of the readings above
120", "total sales across the months that hit at least 3,000", "average of the scores of 50
or more")."""

from __future__ import annotations

import math
import statistics

from core.agents.data_asks import (
    BETWEEN,
    COUNTING,
    OR_MORE,
    THRESHOLD,
    WORDS,
    figures_said,
    passes_limit,
)
from core.agents.data_growth import plain_figure
from core.agents.patterns import ci

MEAN = ci(r"\b(?:average|avg|mean)\b")
MEDIAN = ci(r"\bmedian\b")
TOTAL = ci(r"\b(?:total|sum|add(?:ed)?\s+up|combined|altogether)\b")


def threshold_figure(values: list[float], request: str, name: str = "") -> str | None:
    """The statistic asked of the values past the limit the question sets."""
    text = figures_said(request)
    asked = "median" if MEDIAN.search(text) else "average" if MEAN.search(text) else (
        "total" if TOTAL.search(text) else "")
    if not asked or not values or (COUNTING.search(text) and asked == "total"):
        return None
    if (between := BETWEEN.search(text)) is not None:
        low, high = sorted((float(between.group("n")), float(between.group("m"))))
        hits = [v for v in values if low <= v <= high]
        said = f"between {low:g} and {high:g}"
    else:
        found = THRESHOLD.search(text) or OR_MORE.search(text)
        if found is None or text[found.end():found.end() + 1] == "%":
            return None
        kind = next(k for k in ("ge", "le", "gt", "lt") if found.groupdict().get(k))
        limit = float(found.group("n"))
        hits = [v for v in values if passes_limit(v, kind, limit)]
        said = f"{WORDS[kind]} {limit:g}"
    if not hits or len(hits) == len(values):
        return None  # no value, or every one, past the limit: no filter to apply
    figure = float(statistics.median(hits)) if asked == "median" else (
        statistics.fmean(hits) if asked == "average" else math.fsum(hits))
    of = f" {name}" if name else ""
    return f"{asked}{of} of the {len(hits)} values {said}: **{plain_figure(figure)}**"


__all__ = ["threshold_figure"]
