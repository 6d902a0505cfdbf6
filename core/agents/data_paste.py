"""A table pasted into the message: lines of cells split by commas, tabs, semicolons or
pipes, with or without a header row ("month,kwh\\n2025-01,350\\n…", "run 1<TAB>265\\n…"), or
lines of a label and its value ("2018: 127\\n2019: 143\\n…": the labels are no values).

Each column whose every cell is a number is a series, named by its header (or "column N");
a column of dates, months or names is no values ("2025-01" is a label, not minus one).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

from core.agents.plan import Subtask

SEPARATORS = ("\t", ",", ";", "|", ":")
LABELLED = re.compile(r"[:=]\s*[$€£]?-?\d")
NUMBER = re.compile(r"[$€£]?\s*-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?")  # "1,128.15" too


def _cells(line: str, separator: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split(separator)]


def _value(cell: str) -> float | None:
    if not NUMBER.fullmatch(cell):
        return None
    return float(re.sub(r"[$€£%,\s]", "", cell))


def _block(lines: list[str], separator: str) -> list[list[str]]:
    """The longest run of lines that each split into the same number (≥ 2) of cells."""
    best: list[list[str]] = []
    run: list[list[str]] = []
    for line in lines:
        cells = _cells(line, separator) if separator in line else []
        if cells and all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            continue  # a markdown table's rule line
        if any(not c or len(c) > 30 or LABELLED.search(c) for c in cells):
            cells = []  # prose, or "weight: 70" (a series written on its line)
        if len(cells) >= 2 and (not run or len(cells) == len(run[0])):
            run.append(cells)
        else:
            best = run if len(run) > len(best) else best
            run = [cells] if len(cells) >= 2 else []
    return run if len(run) > len(best) else best


def pasted_table(text: str) -> dict[str, list[float]]:
    """The numeric columns of a table pasted in the text; {} when there is none (at least
    three rows of values and two cells a row)."""
    lines = [line for line in text.splitlines() if line.strip()]
    for separator in SEPARATORS:
        rows = _block(lines, separator)
        if not rows:
            continue
        if separator == ":":  # "2018: 127", "Monday: $1000": a label and its value
            if any(re.fullmatch(r"\d{1,2}", row[0]) for row in rows):
                continue  # "25:30": a time, not a label
            rows = [["values"], *(row[1:] for row in rows if len(row) == 2)]
        header = rows[0] if all(_value(c) is None for c in rows[0]) else None
        body = rows[1:] if header else rows
        if len(body) < 3:
            continue
        series: dict[str, list[float]] = {}
        for i in range(len(body[0])):
            values = [_value(row[i]) for row in body]
            if all(v is not None for v in values):
                name = header[i] if header and header[i] else f"column {i + 1}"
                series[name] = [v for v in values if v is not None]
        if series:
            return series
    return {}




def pasted_csv(text: str) -> bytes:
    """A table pasted with a header row and at least two columns, as the CSV file it would
    be if attached (so every question about an attached file can be asked of it), or b""."""
    lines = [line for line in text.splitlines() if line.strip()]
    for separator in SEPARATORS[:-1]:  # "label: value" lines are a series, not a table
        rows = _block(lines, separator)
        if len(rows) < 4 or any(_value(cell) is not None for cell in rows[0]) or not all(
                rows[0]) or not pasted_table("\n".join(separator.join(r) for r in rows)):
            continue
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(rows)
        return out.getvalue().encode()
    return b""


def table_lines(text: str) -> str:
    """The lines of the table pasted in the text (header included), or ""."""
    lines = [line for line in text.splitlines() if line.strip()]
    for separator in SEPARATORS:
        rows = _block(lines, separator)
        if len(rows) >= 3 and pasted_table(text):
            cut = [_cells(line, separator) for line in lines]
            start = next(i for i, cells in enumerate(cut) if cells == rows[0])
            return "\n".join(lines[start:start + len(rows)])
    return ""


def keep_table(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """A data part of a message with a pasted table gets the table's lines as written (the
    clauses of a message are read with its line breaks folded)."""
    if "\n" not in text or not any(s.agent == "data" for s in subtasks):
        return subtasks
    table = table_lines(text)
    if not table:
        return subtasks
    whole = " ".join(text.split())
    out = []
    for s in subtasks:
        if s.agent == "data" and "\n" not in s.request:
            flat = " ".join(s.request.split())
            request = text if flat == whole else f"{table}\n{s.request}"
            s = replace(s, request=request)
        out.append(s)
    return out


__all__ = ["keep_table", "pasted_csv", "pasted_table", "table_lines"]
