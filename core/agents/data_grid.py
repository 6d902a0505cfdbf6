"""A table attached as CSV, read plainly: its header and rows, column names as words, and
figures written to the places asked."""

from __future__ import annotations

import re

from core.tools.csvread import csv_rows


def figure(value: float, places: int | None = None) -> str:
    """To the places asked, else to the hundredth without trailing zeros."""
    if places:
        return f"{value:.{places}f}"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def plain_name(name: str) -> str:
    """A column's name as words: "avg_heart-rate" → "avg heart rate"."""
    return re.sub(r"[\s_\-]+", " ", name).strip().lower()


def read_table(data: bytes) -> tuple[list[str], list[list[str]]]:
    """The header and the non-empty rows of a CSV file."""
    rows = [[cell.strip() for cell in row] for row in csv_rows(data)
            if any(cell.strip() for cell in row)]
    if len(rows) < 2:
        return [], []
    return [cell.strip() for cell in rows[0]], rows[1:]


__all__ = ["figure", "plain_name", "read_table"]
