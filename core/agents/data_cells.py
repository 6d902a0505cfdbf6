"""A table's cells read with the question: a one-letter (or one-digit) group said after its
column's name ("class B", "group 2's scores", "team A"), and the month of each date cell."""

from __future__ import annotations

import re

from core.agents.data_table import plain_name
from core.agents.patterns import ci

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
DAY_FIRST = ci(r"\b(?:day|dd?)\s*[/.]\s*(?:month|mm?)\b")
MONTH_FIRST = ci(r"\b(?:month|mm?)\s*[/.]\s*(?:day|dd?)\b")


def said_as_group(request: str, column: str, cell: str) -> bool:
    """``cell`` (one letter or digit) said right after the name of its ``column``."""
    if len(cell) != 1 or not cell.isalnum():
        return False
    return re.search(rf"\b{re.escape(plain_name(column))}\s+{re.escape(cell)}(?:'s)?(?![\w'])",
                     plain_name(request).replace(" s ", "'s "), re.I) is not None


def months_of(cells: list[str], request: str) -> list[int] | None:
    """Each date's month: ISO dates, or day/month or month/day dates when the request says
    which, or a day past 12 shows it; None when any cell is no date or the order is unclear."""
    if all(ISO.match(c) for c in cells):
        return [int(c[5:7]) for c in cells]
    parts = [SLASHED.match(c.strip()) for c in cells]
    if not cells or any(p is None for p in parts):
        return None
    pairs = [(int(p.group(1)), int(p.group(2))) for p in parts if p is not None]
    day_first = bool(DAY_FIRST.search(request)) or any(a > 12 for a, _ in pairs)
    month_first = bool(MONTH_FIRST.search(request)) or any(b > 12 for _, b in pairs)
    if day_first == month_first:
        return None
    months = [b if day_first else a for a, b in pairs]
    return months if all(1 <= m <= 12 for m in months) else None


__all__ = ["months_of", "said_as_group"]
