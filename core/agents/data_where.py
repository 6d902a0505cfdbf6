"""Rows kept by a condition on a column of numbers or on the weekday of a date, one group or
two set side by side.

"average visitors on dry days (rain_mm = 0) versus rainy days (rain_mm > 0)", "mean sales
when temp is above 25", "steps on weekends vs weekdays" (the weekday read from ISO dates as
well as from day names), "average kwh excluding the row for 2026-01-30". Each group is a
mask over the rows and the words that name it; the figure asked is worked out by the table
reader for each group in turn.
"""

from __future__ import annotations

import datetime as dt
import re

from core.agents.data_table import plain_name
from core.agents.patterns import ci

Group = tuple[list[bool], str]

OP = (r"(?P<op>==|=|>=|<=|≥|≤|>|<|(?:is|was|were|are)?\s*(?:at\s+least|at\s+most|above|over|"
      r"below|under|more\s+than|less\s+than|greater\s+than|higher\s+than|lower\s+than|"
      r"equal\s+to|exactly)|(?:is|was|were|are|equals?))")
NUMBER = (r"(?P<n>-?\d[\d,]*(?:\.\d+)?)(?![\d.]*\s*(?:%|decimal|dp\b|places?))(?!\s*(?:or\s+"
          r"(?:more|less|above|over|higher|lower|below|fewer|under)\b|\+))")
AGAINST = ci(r"\b(?:versus|vs\.?|compared\s+(?:to|with)|against)\s")
WEEKEND = ci(r"\bweek\s?ends?\b|\b(?:sat(?:urday)?s?\s*(?:[-–/&]|and|\+)\s*sun(?:day)?s?)\b")
WEEKDAY = ci(r"\bweek\s?days?\b|\bworking\s+days\b|\b(?:mon(?:day)?s?\s*(?:[-–]|to|through|"
             r"thru)\s*fri(?:day)?s?)\b")
LEFT_OUT = ci(r"\b(?:excluding|exclude|except(?:\s+for)?|without|leaving\s+out|leave\s+out|"
              r"ignoring|ignore|not\s+counting|apart\s+from|other\s+than)\s+(?:the\s+)?"
              r"(?:row\s+(?:for|of|on|dated)\s+|day\s+|date\s+)?(?P<l>[\w-]+(?:\s[\w-]+)?)")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _passes(value: float, op: str, limit: float) -> bool:
    op = " ".join(op.split()).removeprefix("is ").removeprefix("was ").removeprefix(
        "were ").removeprefix("are ")
    if op in (">", "above", "over", "more than", "greater than", "higher than"):
        return value > limit
    if op in ("<", "below", "under", "less than", "lower than"):
        return value < limit
    if op in (">=", "≥", "at least"):
        return value >= limit
    if op in ("<=", "≤", "at most"):
        return value <= limit
    return value == limit  # "=", "is", "equal to", "exactly", "of"


def _limit_of(name: str) -> re.Pattern[str]:
    """"COLUMN OP NUMBER" for one column, its name written as words."""
    words = r"[\s_-]+".join(re.escape(w) for w in plain_name(name).split())
    return re.compile(rf"\b{words}(?:s|es)?\s*{OP}\s*{NUMBER}", re.I)


def _limits(numeric: dict[str, list[float]], text: str) -> list[tuple[int, Group]]:
    """Every "COLUMN OP NUMBER" the text states, where it stands, as a mask over the rows."""
    found: list[tuple[int, Group]] = []
    plain = plain_name(text).replace("≥", ">=").replace("≤", "<=")
    for name, values in numeric.items():
        for hit in _limit_of(name).finditer(plain):
            limit = float(hit.group("n").replace(",", ""))
            keep = [_passes(v, hit.group("op"), limit) for v in values]
            said = f"{plain_name(name)} {' '.join(hit.group('op').split())} {hit.group('n')}"
            found.append((hit.start(), (keep, said)))
    return sorted(found, key=lambda spot: spot[0])


def _weekdays(text_columns: dict[str, list[str]]) -> list[int] | None:
    """Each row's weekday (0 = Monday) from a column of day names or ISO dates."""
    for cells in text_columns.values():
        days = [c[:3].lower() for c in cells]
        if cells and all(d in DAYS for d in days):
            return [DAYS.index(d) for d in days]
        try:
            return [dt.date.fromisoformat(c.strip()[:10]).weekday() for c in cells]
        except ValueError:
            continue
    return None


def _week_parts(text_columns: dict[str, list[str]], request: str) -> list[tuple[int, Group]]:
    end, day = WEEKEND.search(request), WEEKDAY.search(request)
    if end is None and day is None:
        return []
    days = _weekdays(text_columns)
    if days is None:
        return []
    spots = [(end.start(), ([d >= 5 for d in days], "weekends"))] if end else []
    if day is not None:
        spots.append((day.start(), ([d < 5 for d in days], "weekdays")))
    return sorted(spots, key=lambda spot: spot[0])


def _left_out(labels: list[str], request: str) -> Group | None:
    """All rows but the one the request leaves out by its label ("excluding 2026-01-30")."""
    for hit in LEFT_OUT.finditer(request):
        said = hit.group("l").lower()
        for label in labels:
            if label and (said == label.lower() or said.split()[0] == label.lower()):
                return [cell != label for cell in labels], f"all but {label}"
    return None


def groups(numeric: dict[str, list[float]], text_columns: dict[str, list[str]],
           labels: list[str], request: str) -> list[Group]:
    """The row groups the request asks about, in its order: one, or two set against each
    other ("… versus …"); empty when it keeps no rows by a stated limit, weekday or label."""
    spots = _limits(numeric, request) or _week_parts(text_columns, request)
    kept = [group for _, group in spots if any(group[0])]
    if len(kept) >= 2 and (AGAINST.search(request) or len(kept) == 2):
        return kept[:2]
    if len(kept) == 1:
        return kept
    left = _left_out(labels, request)
    return [left] if left is not None and any(left[0]) else []


def without_limits(numeric: dict[str, list[float]], request: str) -> str:
    """The request with its stated limits taken out, so a column named only in a limit is
    not taken for the figure asked."""
    plain = plain_name(request)
    for name in numeric:
        plain = _limit_of(name).sub(" ", plain)
    return plain


__all__ = ["Group", "groups", "without_limits"]
