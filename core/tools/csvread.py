"""Rows of a CSV attachment, whatever its separator and number style.

Spreadsheets export with commas, semicolons (where a comma is the decimal mark), tabs or
pipes. The separator is the one that splits the header into two or more fields and gives
the most rows the header's width; ties keep the usual order (comma first). Numbers are then
written one way for every reader: "1,234.50" (a thousands comma) becomes "1234.50", and in a
file whose numbers use a decimal comma ("3,5" or "1.234,50") they become "3.5" and
"1234.50". An amount in brackets, as accountants write a negative ("(1,250.00)",
"($40)"), becomes a minus ("-1250.00", "-$40").
"""

from __future__ import annotations

import csv
import io
import re

MAX_BYTES = 5_000_000
SEPARATORS = (",", ";", "\t", "|")
SAMPLE_LINES = 30
THOUSANDS = re.compile(r"([-+]?[$€£]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?)(%?)")
DECIMAL_COMMA = re.compile(r"([-+]?[$€£]?)(\d{1,3}(?:\.\d{3})+,\d+|\d+,\d+)(%?)")
# a decimal comma that cannot be a thousands comma: not three digits after it, or a dot before
CLEARLY_DECIMAL = re.compile(r"[-+]?[$€£]?(?:\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:\.\d{3})+,\d+)%?")
DOT_DECIMAL = re.compile(r"[-+]?[$€£]?\d*\.\d+%?")
PLAIN = re.compile(r"[$€£]?\d+(?:\.\d+)?")
BRACKETED = re.compile(r"\(\s*([$€£]?\s?\d[\d,.]*)\s*\)")


def csv_rows(data: bytes) -> list[list[str]]:
    """The rows of a CSV file (its first 5 MB), cells as written but numbers normalised."""
    return text_rows(data[:MAX_BYTES].decode("utf-8-sig", errors="replace"))


def text_rows(text: str) -> list[list[str]]:
    separator = separator_of(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    decimal_comma = separator != "," and _decimal_comma(rows)
    return [[_number_style(cell, decimal_comma) for cell in row] for row in rows]


def separator_of(text: str) -> str:
    """The field separator: the one that splits the header and keeps its width best."""
    lines = [line for line in text[:20_000].splitlines()[:SAMPLE_LINES] if line.strip()]
    if len(text) > 20_000 and len(lines) > 1:
        lines = lines[:-1]  # the sample may end inside a line
    best, best_score = ",", 0.0
    for separator in SEPARATORS:
        widths = [len(row) for row in csv.reader(lines, delimiter=separator)]
        if not widths or widths[0] < 2:
            continue
        score = sum(width == widths[0] for width in widths) / len(widths)
        if score > best_score:
            best, best_score = separator, score
    return best


def _decimal_comma(rows: list[list[str]]) -> bool:
    cells = [cell.strip() for row in rows[:200] for cell in row]
    return any(CLEARLY_DECIMAL.fullmatch(cell) for cell in cells) and not any(
        DOT_DECIMAL.fullmatch(cell) for cell in cells)


def _number_style(cell: str, decimal_comma: bool) -> str:
    stripped = cell.strip()
    if (bracketed := BRACKETED.fullmatch(stripped)) is not None:  # "(2,212.55)": a negative
        shown = _number_style(bracketed.group(1).replace(" ", ""), decimal_comma)
        return "-" + shown if PLAIN.fullmatch(shown) else cell
    if decimal_comma:
        if (m := DECIMAL_COMMA.fullmatch(stripped)) is not None:
            return m.group(1) + m.group(2).replace(".", "").replace(",", ".") + m.group(3)
        return cell
    if (m := THOUSANDS.fullmatch(stripped)) is not None:
        return m.group(1) + m.group(2).replace(",", "") + m.group(3)
    return cell


__all__ = ["csv_rows", "separator_of", "text_rows"]
