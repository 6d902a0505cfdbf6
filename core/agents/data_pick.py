"""Rows of an attached table picked by what the question says, and the one reader every
derived table figure goes through (``derived_answers``).

- rows with one value ("what percentage gave us a 5?", "how many rated it 4?"), with any at
  all ("on how many days did it rain at all?", "how many dry days?"), at or past a pass mark
  said in words ("the pass mark is fifty: how many passed?");
- one row's value by its name ("what did Tom get?", "Noah's mark?", "how much did Ann sell?");
- months picked by quarter, half or range ("total for Q2", "April to June", "the second half
  against the first half");
- the row asked "when" or "on what date" named by its date.
"""

from __future__ import annotations

import datetime
import math
import re
import statistics

from core.agents.data_change_rows import row_changes
from core.agents.data_compare import table_figures_more, weighting
from core.agents.data_counts import out_of
from core.agents.data_derived import (
    MONTHS,
    priced_total,
    profits,
    ratio_of_totals,
    row_gaps,
    row_products,
    rows_under,
)
from core.agents.data_nth import nth_row
from core.agents.data_period_totals import balance_after, best_period, per_day_average
from core.agents.data_query import Table, kept_rows
from core.agents.data_rows import counting
from core.agents.data_table import plain_name as _plain
from core.agents.data_table import read_table, row_labels
from core.agents.data_totals_ratio import mean_difference, totals_ratio
from core.agents.patterns import ci

ASKS_SHARE = ci(r"\b(?:percent\w*|%|share|proportion|fraction|what\s+part)\b")
ASKS_COUNT = ci(r"\bhow\s+many\b|\bcount\b|\bnumber\s+of\b|\bhow\s+often\b")
EQUAL = ci(r"\b(?:gave|give|giving|rated|rating\s+of|rate|scored|score\s+of|chose|picked|marked|"
           r"voted|answered|said|a|an)\s+(?:us\s+|it\s+|them\s+|exactly\s+)*(?:a\s+|an\s+)?"
           r"(?P<v>\d+(?:\.\d+)?)\s*(?:stars?|out\s+of\s+\d+|/\s*\d+)?(?:\s*[?.!,]|\s*$|\s+"
           r"(?:rating|score|star)\b)")
ANY = ci(r"\b(?P<pos>at\s+all|any\s+(?:rain|snow|sales?|spend\w*|activity)|non[-\s]?zero|"
         r"more\s+than\s+(?:zero|nothing|0))\b|\b(?P<zero>dry|zero|no\s+(?:rain|snow|sales?)|"
         r"nothing)\b")
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten "
                                    "eleven twelve thirteen fourteen fifteen sixteen seventeen "
                                    "eighteen nineteen".split())}
WORDS.update({w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())})
PASS_MARK = ci(r"\b(?:pass(?:ing)?\s+(?:mark|grade|score|line|threshold)|threshold|cut[-\s]?off)\s+"
               r"(?:is|was|of|=|:|at)?\s*(?P<v>\d+(?:\.\d+)?|[a-z]+(?:[-\s][a-z]+)?)|"
               r"\b(?P<w>\d+(?:\.\d+)?)\s+(?:or\s+(?:more|above)\s+)?(?:is\s+a\s+pass|to\s+pass|"
               r"passes)\b")


def _number(said: str) -> float | None:
    said = said.lower().strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", said):
        return float(said)
    parts = re.split(r"[-\s]", said)
    if all(p in WORDS for p in parts) and parts:
        return float(sum(WORDS[p] for p in parts))
    return float(WORDS[parts[0]]) if parts[0] in WORDS else None


def picked_count(name: str, values: list[float], request: str) -> str | None:
    """Rows with one value, with any at all, or past a pass mark: a count or a share."""
    if not (ASKS_SHARE.search(request) or ASKS_COUNT.search(request)) or not values:
        return None
    mark = PASS_MARK.search(request)
    if mark is not None and (limit := _number(mark.group("v") or mark.group("w"))) is not None \
            and re.search(r"\bpass\w*|\bfail\w*", request, re.I):
        failed = bool(re.search(r"\bfail\w*", request, re.I)) and not re.search(
            r"\bpass(?:ed|es)?\b(?!\s+mark)", request[mark.end():], re.I)
        hits = [v for v in values if (v < limit if failed else v >= limit)]
        said = "failed" if failed else "passed"
        return _said(hits, values, request, f"{said} (pass mark {limit:g})", "students")
    any_ = ANY.search(request)
    if any_ is not None:
        zero = any_.group("zero") is not None
        hits = [v for v in values if (v == 0 if zero else v > 0)]
        return _said(hits, values, request, "with none" if zero else "above zero", "rows")
    equal = EQUAL.search(request)
    if equal is not None and float(equal.group("v")) in values:
        target = float(equal.group("v"))
        hits = [v for v in values if v == target]
        return _said(hits, values, request, f"equal to {target:g}", "rows")
    return None


def _said(hits: list[float], values: list[float], request: str, what: str, noun: str) -> str:
    share = len(hits) / len(values) * 100
    return (f"{out_of(len(hits), len(values), request, noun)} {what}; that is "
            f"**{share:.2f}%**".replace(".00%", "%"))


LOOKUP = ci(r"\b(?:what|how\s+much|how\s+many)\s+(?:did|does|has|had|was|is)\s+(?P<a>[A-Z][\w'-]*"
            r"(?:\s+[A-Z][\w'-]*)?)\s+(?:get|got|score|scored|make|made|earn|earned|sell|sold|have|"
            r"had|do|did|pay|paid|spend|spent|weigh|run|ran|'s)|\b(?P<b>[A-Z][\w-]*)'s\s+"
            r"(?:score|mark|result|grade|total|figure|number|value|time|sales)\b")


def looked_up(name: str, values: list[float], labels: list[str], request: str) -> str | None:
    found = LOOKUP.search(request)
    if found is None or len(labels) != len(values):
        return None
    asked = (found.group("a") or found.group("b")).lower()
    rows = [i for i, label in enumerate(labels) if label.lower() == asked]
    if len(rows) != 1:
        return None
    value = values[rows[0]]
    shown = f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{labels[rows[0]]}: **{shown}** ({_plain(name)})"


QUARTER = ci(r"\bq(?P<q>[1-4])\b|\b(?P<w>first|second|third|fourth|last)\s+quarter\b")
HALF = ci(r"\b(?P<w>first|second|1st|2nd|last)\s+half\b|\bh(?P<h>[12])\b")
RANGE = ci(rf"\b(?P<a>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?\s*(?:to|through|thru|until|till|"
           rf"-|–|—)\s*(?P<b>{'|'.join(m[:3] for m in MONTHS)})[a-z]*\b")
ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "fourth": 4, "last": 4}


def _month(label: str) -> int | None:
    word = label.strip().lower()[:3]
    short = [m[:3] for m in MONTHS]
    return short.index(word) + 1 if word in short else None


def month_spans(name: str, values: list[float], labels: list[str], request: str) -> str | None:
    """Totals (or averages) of months picked by quarter, half or range."""
    months = [_month(label) for label in labels]
    if len(labels) != len(values) or None in months:
        return None
    spans: list[tuple[str, set[int]]] = []
    for found in RANGE.finditer(request):
        a, b = _month(found.group("a")) or 0, _month(found.group("b")) or 0
        if 0 < a < b:
            spans.append((f"{found.group('a')}–{found.group('b')}", set(range(a, b + 1))))
    if not spans:
        for found in QUARTER.finditer(request):
            q = int(found.group("q")) if found.group("q") else ORDINAL[found.group("w").lower()]
            spans.append((f"Q{q}", set(range(3 * q - 2, 3 * q + 1))))
        for found in HALF.finditer(request):
            h = int(found.group("h")) if found.group("h") else min(ORDINAL[found.group(
                "w").lower()], 2)
            spans.append((f"{'first' if h == 1 else 'second'} half", set(range(6 * h - 5,
                                                                              6 * h + 1))))
    if not spans:
        return None
    spans.sort(key=lambda span: min(span[1]))  # the later period less the earlier
    mean = bool(re.search(r"\b(?:average|mean|avg)\b", request, re.I))
    word = "average" if mean else "total"
    figures = []
    for said, picked in spans:
        rows = [v for v, m in zip(values, months, strict=True) if m in picked]
        if rows:
            figures.append((said, statistics.fmean(rows) if mean else math.fsum(rows)))
    if not figures:
        return None
    parts = [f"{word} {_plain(name)} for {said}: **{v:.2f}**".replace(".00**", "**")
             for said, v in figures]
    if len(figures) == 2:
        (first, low), (second, high) = figures
        gap = high - low
        parts.append(f"{second} minus {first}: **{gap:+.2f}**".replace(".00**", "**"))
    return "; ".join(parts)


WHEN = ci(r"\b(?:when|what\s+date|which\s+date|on\s+what\s+day|what\s+day)\b")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")


def date_labels(data: bytes, labels: list[str], request: str) -> list[str]:
    """The dates naming the rows when the question asks when (the file also has a category)."""
    if not WHEN.search(request):
        return labels
    header, rows = read_table(data)
    for index in range(len(header)):
        cells = [row[index] if index < len(row) else "" for row in rows]
        if cells and all(DATE.fullmatch(c) for c in cells) and len(cells) == len(labels):
            return cells
    return labels


BY_DATE = ci(r"\b(?P<w>days?\s+of\s+(?:the\s+)?week|week\s?days?|per\s+weekday)\b|"
             r"\b(?:by|per|each|every|for\s+each|which)\s+(?P<m>month)\b|\bmonthly\s+totals?\b")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_groups(data: bytes, name: str, values: list[float], request: str) -> str | None:
    """Rows dated 2026-03-01 … grouped by weekday or by month ("which day of the week is
    busiest on average?", "total per month")."""
    found = BY_DATE.search(request)
    if found is None or (found.group("w") and re.search(r"\bweek\s?ends?\b", request, re.I)):
        return None  # "weekends vs weekdays": two groups of rows (data_where), not seven
    header, rows = read_table(data)
    dates = next(([row[i] if i < len(row) else "" for row in rows] for i in range(len(header))
                  if rows and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[i] if i < len(row)
                                               else "") for row in rows)), None)
    if dates is None or len(dates) != len(values):
        return None
    days = [datetime.date.fromisoformat(d) for d in dates]
    keys = [DAYS[d.weekday()] if found.group("w") else MONTHS[d.month - 1].title() for d in days]
    groups: dict[str, list[float]] = {}
    for key, value in zip(keys, values, strict=True):
        groups.setdefault(key, []).append(value)
    if len(groups) < 2:
        return None
    mean = bool(re.search(r"\b(?:average|mean|avg|typical|usually|tends?)\b", request, re.I))
    figures = {k: statistics.fmean(v) if mean else math.fsum(v) for k, v in groups.items()}
    low = bool(re.search(r"\b(?:least|lowest|quietest|fewest|smallest|worst|slowest)\b", request,
                         re.I))
    pick = (min if low else max)(figures, key=lambda k: figures[k])
    listed = ", ".join(f"{k} {v:.2f}".replace(".00", "") for k, v in figures.items())
    word = "average" if mean else "total"
    return (f"{'lowest' if low else 'highest'} {word} {_plain(name)}: **{pick}** "
            f"(**{figures[pick]:.2f}**".replace(".00**", "**") + f"); by "
            f"{'weekday' if found.group('w') else 'month'}: {listed}")


def derived_answers(data: bytes, series: dict[str, list[float]], request: str) -> list[str]:
    """Every figure the question asks that combines the table's columns or picks its rows."""
    labels = row_labels(data)
    numeric = {n: v for n, v in series.items() if not counting(v) or len(series) == 1}
    rows = read_table(data)[1]
    kept, only = kept_rows(Table(data), request), ""
    if kept is not None and any(kept[0]) and not all(kept[0]) and all(
            len(v) == len(kept[0]) for v in numeric.values()):  # "… for bikes": those rows only
        keep = kept[0]
        numeric = {n: [x for x, k in zip(v, keep, strict=True) if k] for n, v in numeric.items()}
        labels = [x for x, k in zip(labels, keep, strict=True) if k] if len(
            labels) == len(keep) else labels
        rows = [x for x, k in zip(rows, keep, strict=True) if k] if len(rows) == len(keep) else rows
        only = f" ({kept[1]} only)"
    out = [line for line in (totals_ratio(numeric, request), mean_difference(numeric, request),
                             balance_after(numeric, request), best_period(numeric, labels, request),
                             per_day_average(data, numeric, request),
                             row_changes(numeric, labels, request),
                             profits(numeric, labels, request),
                             row_products(numeric, labels, request, rows),
                             row_gaps(numeric, labels, request),
                             rows_under(numeric, labels, request),
                             None if weighting(request) else  # a weighted mean instead
                             ratio_of_totals(numeric, request, labels),
                             priced_total(numeric, request)) if line]
    out = [line + only for line in out]
    if not out and numeric:
        name, values = next(iter(numeric.items()))
        out = [line for line in (nth_row(values, labels, request),
                                 date_groups(data, name, values, request),
                                 picked_count(name, values, request),
                                 looked_up(name, values, labels, request),
                                 month_spans(name, values, labels, request)) if line]
    return [*table_figures_more(Table(data), request), *out] if out else out


__all__ = ["date_labels", "derived_answers", "looked_up", "month_spans", "picked_count"]
