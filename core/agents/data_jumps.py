"""The largest change from one value to the next ("which month had the biggest jump?"), in
percent of the earlier value when the request says so ("biggest month-over-month % rise")."""

from __future__ import annotations

import itertools
import re

from core.agents.data_asks import _fmt
from core.agents.patterns import ci

STEP_FILLER = (r"(?:single\s+|one\s+|[a-z]+[\s-](?:over|on|to)[\s-][a-z]+\s+|(?:day|daily|"
          r"week(?:ly)?|month(?:ly)?|year(?:ly)?|quarter(?:ly)?)\s+|(?:%|percent(?:age)?)\s*){0,3}")
STEP = ci(r"\b(?:biggest|largest|greatest|sharpest|steepest|smallest|highest|worst|best)\s+"
          rf"(?P<mid>{STEP_FILLER})"
          r"(?P<k>jump|rise|increase|gain|climb|drop|fall|decrease|decline|loss|change|swing|dip)\b")
IN_PERCENT = ci(r"%|\bper\s?cent|\bpercentage\b")


def in_percent(found: re.Match[str], request: str, filler: str) -> bool:
    """Whether a step asked for is asked in percent of the earlier value ("biggest % rise",
    "largest increase in percent")."""
    return bool(IN_PERCENT.search(filler) or IN_PERCENT.search(
        request[found.end():found.end() + 40]))


def steps_between(values: list[float], relative: bool) -> list[tuple[float, int]] | None:
    """Each change from one value to the next with the earlier one's position, in percent of
    the earlier value when relative (None when a value to divide by is zero)."""
    if relative and any(a == 0 for a in values[:-1]):
        return None
    return [((b - a) / abs(a) * 100 if relative else b - a, i)
            for i, (a, b) in enumerate(itertools.pairwise(values))]


def biggest_step(values: list[float], request: str, labels: list[str]) -> str | None:
    """"which month had the biggest jump?": the largest change from one value to the next; in
    percent of the earlier value when the request says so ("biggest month-over-month %
    rise")."""
    found = STEP.search(request)
    if found is None or len(values) < 2:
        return None
    relative = in_percent(found, request, found.group("mid"))
    if (steps := steps_between(values, relative)) is None:
        return None
    kind = found.group("k").lower()
    falling = kind in ("drop", "fall", "decrease", "decline", "loss", "dip")
    change, at = min(steps) if falling else max(steps, key=lambda s: (
        abs(s[0]) if kind in ("change", "swing") else s[0]))
    where = f"{labels[at]} → {labels[at + 1]}" if len(labels) == len(values) else \
        f"value {at + 1} → {at + 2}"
    shown = f"{'+' if change > 0 else ''}{_fmt(change)}{'%' if relative else ''}"
    return (f"biggest {kind}{' in percent' if relative else ''}: **{shown}** "
            f"({where}: {_fmt(values[at])} → {_fmt(values[at + 1])})")


__all__ = ["STEP", "STEP_FILLER", "biggest_step", "in_percent", "steps_between"]
