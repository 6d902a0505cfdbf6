"""Questions that cut an attached table down before the figure asked, in the words people use.

- one named row's figures across its columns ("Priya's average over every subject", "what did
  Tom score in total across the three tests?") when the table holds one row per name;
- the rows between two dates, both included unless the question says otherwise ("total km
  from 2026-05-15 to 2026-05-20", "average from 3 March to 9 March", "how many days between
  May 2 and May 6 had rain?");
- two groups of a column of repeated names set against each other ("how far apart are the
  mean scores for History and French?", "how much more did Lidl take than Aldi in total?").
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics

from core.agents.data_grid import figure, plain_name, read_table
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked
from core.tools.data import NUMBER, bare_cell

MEAN = ci(r"\b(?:average|avg|mean)\b")
MEDIAN = ci(r"\bmedian\b")
TOTAL = ci(r"\b(?:total|sum|altogether|combined|in\s+all|how\s+much)\b")
COUNT = ci(r"\bhow\s+many\s+(?:days?|rows?|entries|records|times|dates|weeks?)\b")
ACROSS = ci(r"\b(?:across|over|for)\s+(?:all|every|each|the\s+(?:\w+\s+)?(?:subjects?|columns?|"
            r"tests?|exams?|papers?|modules?|categories|items|months|quarters|rounds|games))|"
            r"\b(?:all|every)\s+(?:\w+\s+)?(?:subjects?|columns?|tests?|exams?|categories)\b|"
            r"\boverall\b")
APART = ci(r"\b(?:differen\w*|gap|apart|how\s+much\s+(?:more|less|higher|lower|bigger|smaller)|"
           r"how\s+many\s+more|compare\w*|vs\.?|versus|ahead|behind|between)\b")
SKIP = frozenset({"id", "year", "no", "number", "age", "week", "day", "month", "rank", "#"})
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<m{k}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SPOKEN = ci(rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format(k=1)}|"
            rf"\b{_MONTH.format(k=2)}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b")
EXCLUSIVE = ci(r"\b(?:exclusive|not\s+(?:counting|including)|excluding)\b")


def _number(cell: str) -> float | None:
    bare = bare_cell(cell)
    return float(bare.replace(",", "")) if NUMBER.fullmatch(bare) else None


def _numeric(header: list[str], rows: list[list[str]]) -> dict[int, list[float]]:
    """The columns whose every cell is a number, by position."""
    out = {}
    for index in range(len(header)):
        cells = [_number(row[index]) if index < len(row) else None for row in rows]
        if all(c is not None for c in cells):
            out[index] = [c for c in cells if c is not None]
    return out


def _named(name: str, request: str) -> bool:
    """Whether the request names the column, whole or by one of its own words ("distance"
    for distance_km)."""
    plain, asked = plain_name(name), plain_name(request)
    if plain and re.search(rf"\b{re.escape(plain)}s?\b", asked):
        return True
    return any(len(word) >= 4 and re.search(rf"\b{re.escape(word)}", asked)
               for word in plain.split())


def _shown(value: float, request: str) -> str:
    places = places_asked(request)
    return f"{value:.{places}f}" if places is not None else figure(value)


def _statistic(request: str) -> tuple[str, str] | None:
    """The statistic asked ("mean", "total", …) with the word to show, or None."""
    for word, pattern in (("median", MEDIAN), ("average", MEAN), ("total", TOTAL)):
        if pattern.search(request):
            return word, word
    return None


def _apply(word: str, values: list[float]) -> float:
    if word == "median":
        return float(statistics.median(values))
    return statistics.fmean(values) if word == "average" else math.fsum(values)


def row_across(header: list[str], rows: list[list[str]], request: str) -> str | None:
    """One named row's average or total over its number columns."""
    asked = _statistic(request)
    numeric = {i: v for i, v in _numeric(header, rows).items()
               if plain_name(header[i]) not in SKIP}
    text = [i for i in range(len(header)) if i not in _numeric(header, rows)
            and not any(ISO.search(r[i]) for r in rows if i < len(r))]
    if asked is None or len(numeric) < 2 or not text:
        return None
    if any(_named(header[i], request) for i in numeric) and not ACROSS.search(request):
        return None  # a column named: its own figure, not the row's
    names = [row[text[0]] for row in rows]
    hits = [k for k, name in enumerate(names)
            if name and re.search(rf"\b{re.escape(name)}\b", request, re.I)]
    if len(hits) != 1 or names.count(names[hits[0]]) != 1:
        return None
    k = hits[0]
    values = [numeric[i][k] for i in sorted(numeric)]
    columns = ", ".join(header[i] for i in sorted(numeric))
    value = _apply(asked[0], values)
    return f"{names[k]}'s {asked[1]} across {columns}: **{_shown(value, request)}**"


def _dates_asked(request: str, year: int) -> list[dt.date]:
    found: list[tuple[int, dt.date]] = []
    for m in ISO.finditer(request):
        try:
            found.append((m.start(), dt.date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            return []
    for m in SPOKEN.finditer(request):
        month = (m["m1"] or m["m2"]).lower()[:3]
        try:
            found.append((m.start(), dt.date(year, MONTHS.index(month) + 1,
                                             int(m["d1"] or m["d2"]))))
        except ValueError:
            return []
    return [d for _, d in sorted(found)]


def date_range(header: list[str], rows: list[list[str]], request: str) -> str | None:
    """The total, average or count of the rows from one date to another."""
    dated = [i for i in range(len(header))
             if rows and all(i < len(r) and ISO.fullmatch(r[i]) for r in rows)]
    if len(dated) != 1:
        return None
    days = [dt.date.fromisoformat(r[dated[0]]) for r in rows]
    asked = _dates_asked(request, days[0].year)
    if len(asked) != 2 or asked[0] >= asked[1]:
        return None
    first, last = asked
    if EXCLUSIVE.search(request):
        kept = [k for k, d in enumerate(days) if first < d < last]
    else:
        kept = [k for k, d in enumerate(days) if first <= d <= last]
    if not kept:
        return None
    span = f"from {first.isoformat()} to {last.isoformat()}"
    numeric = {i: v for i, v in _numeric(header, rows).items()
               if plain_name(header[i]) not in SKIP}
    named = [i for i in numeric if _named(header[i], request)]
    column = named[0] if len(named) == 1 else (next(iter(numeric)) if len(numeric) == 1 else None)
    asked_stat = _statistic(request)
    if COUNT.search(request) and (asked_stat is None or asked_stat[0] == "total"):
        return f"rows {span}: **{len(kept)}**"
    if column is None or asked_stat is None:
        return None
    value = _apply(asked_stat[0], [numeric[column][k] for k in kept])
    return (f"{asked_stat[1]} {header[column]} {span}: **{_shown(value, request)}** "
            f"({len(kept)} rows)")


def groups_apart(header: list[str], rows: list[list[str]], request: str) -> str | None:
    """The gap between two named groups' average or total of a column."""
    asked = _statistic(request)
    if asked is None or not APART.search(request):
        return None
    numeric = {i: v for i, v in _numeric(header, rows).items()
               if plain_name(header[i]) not in SKIP}
    named = [i for i in numeric if _named(header[i], request)]
    column = named[0] if len(named) == 1 else (next(iter(numeric)) if len(numeric) == 1 else None)
    if column is None:
        return None
    for index in range(len(header)):
        if index in numeric:
            continue
        cells = [row[index] if index < len(row) else "" for row in rows]
        distinct = sorted(set(cells), key=cells.index)
        if len(distinct) == len(cells):
            continue  # every row its own name: no groups
        picked = sorted((m.start(), name) for name in distinct if name and (
            m := re.search(rf"\b{re.escape(name)}\b", request, re.I)) is not None)
        if len(picked) != 2:
            continue
        figures = []
        for _, name in picked:
            values = [numeric[column][k] for k, c in enumerate(cells) if c == name]
            figures.append((name, _apply(asked[0], values)))
        (a, va), (b, vb) = figures
        return (f"{asked[1]} {header[column]}: {a} {_shown(va, request)}, {b} "
                f"{_shown(vb, request)}; difference **{_shown(abs(va - vb), request)}**")
    return None


def sliced(data: bytes, request: str) -> list[str]:
    """Every sliced figure the question asks of the table."""
    header, rows = read_table(data)
    if not header:
        return []
    found = (row_across(header, rows, request), date_range(header, rows, request),
             groups_apart(header, rows, request))
    return [line for line in found if line]


__all__ = ["sliced"]
