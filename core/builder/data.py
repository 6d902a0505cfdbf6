"""Turn pasted numbers or CSV bytes into a :class:`Dataset` for a dashboard."""

from __future__ import annotations

import re

from core.builder.spec import Dataset, Series
from core.tools.csvread import text_rows

MAX_ROWS = 500
MAX_SERIES = 6
MAX_CSV_BYTES = 2_000_000
_NUMBER = r"-?\d[\d,]*(?:\.\d+)?"
_PAIR = re.compile(r"([A-Za-z][\w .'/-]{0,30}?)\s*[:=\-–]?\s*[$€£]?(" + _NUMBER + r")\s*%?")


class DataError(ValueError):
    """The data could not be read as a table of numbers."""


def _number(cell: str) -> float | None:
    cleaned = cell.strip().replace(",", "").replace("$", "").replace("€", "").replace("£", "")
    cleaned = cleaned.rstrip("%")
    try:
        return float(cleaned)
    except ValueError:
        return None


def from_csv(raw: bytes) -> Dataset:
    if len(raw) > MAX_CSV_BYTES:
        raise DataError("the file is too large")
    text = raw.decode("utf-8-sig", errors="replace")
    return _from_rows(_rows(text))


def _rows(text: str) -> list[list[str]]:
    return [row for row in text_rows(text) if any(c.strip() for c in row)]


def _from_rows(rows: list[list[str]]) -> Dataset:
    if len(rows) < 2:
        raise DataError("I need at least a header and one row")
    header, body = rows[0], rows[1 : MAX_ROWS + 1]
    width = len(header)
    numeric = [c for c in range(width) if _numeric_column(body, c)]
    if not numeric:
        raise DataError("no column holds numbers")
    label_col = next((c for c in range(width) if c not in numeric), None)
    labels = tuple(
        (row[label_col].strip() if label_col is not None and label_col < len(row) else str(i + 1))
        for i, row in enumerate(body)
    )
    series = tuple(
        Series(header[c].strip() or f"Series {c + 1}", tuple(_cell(row, c) for row in body))
        for c in numeric[:MAX_SERIES]
    )
    return Dataset(labels=labels, series=series)


def _cell(row: list[str], col: int) -> float:
    value = _number(row[col]) if col < len(row) else None
    return value if value is not None else 0.0


def _numeric_column(body: list[list[str]], col: int) -> bool:
    cells = [row[col] for row in body if col < len(row) and row[col].strip()]
    return bool(cells) and all(_number(c) is not None for c in cells)


def from_text(text: str) -> Dataset | None:
    """Numbers pasted in a message: a CSV block, ``label: value`` pairs or a plain list."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    table = [ln for ln in lines if ln.count(",") >= 1 or "\t" in ln]
    if len(table) >= 3:
        try:
            return _from_rows(_rows("\n".join(table)))
        except DataError:
            pass
    pairs = [(m.group(1).strip(), _number(m.group(2))) for m in _PAIR.finditer(text)]
    clean = [(label, value) for label, value in pairs if value is not None and label]
    if len(clean) >= 2:
        return _single([p[0] for p in clean], [p[1] or 0.0 for p in clean], "Value")
    numbers = [v for v in (_number(n) for n in re.findall(_NUMBER, text)) if v is not None]
    if len(numbers) >= 3:
        return _single([str(i + 1) for i in range(len(numbers))], numbers, "Value")
    return None


def _single(labels: list[str], values: list[float], name: str) -> Dataset:
    rows = min(len(labels), MAX_ROWS)
    return Dataset(tuple(labels[:rows]), (Series(name, tuple(values[:rows])),))
