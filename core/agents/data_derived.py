"""Figures an attached table gives once its columns are combined or its rows picked out, in
the words people use.

- each row's product of a count and a price ("total revenue", "which product brought in the
  most money?", "takings per item");
- each row's gap between two columns ("the day with the biggest gap between the high and the
  low", "largest swing");
- rows where one column is below (or above) another ("how many items are below their
  reorder level?");
- one column's total over another's ("litres per 100 km", "overall pace in minutes per km");
- a column's total at a price each ("at 0.31 per kWh, what did it cost?");
- rows with one value ("what percentage gave us a 5?", "how many rated it 4?"), with any at
  all ("on how many days did it rain at all?", "how many dry days?"), past a pass mark said
  in words ("the pass mark is fifty: how many passed?");
- one row's value by its name ("what did Tom get?", "Noah's score?");
- months picked by quarter, half or range ("total for Q2", "April to June", "the second half
  against the first").
"""

from __future__ import annotations

import math
import re

from core.agents.data_counts import out_of
from core.agents.data_kept import ALL_ROWS, ONE_ROW
from core.agents.data_table import figure as _fmt
from core.agents.data_table import plain_name as _plain
from core.agents.data_table import read_table, row_labels
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

QUANTITY = ci(r"\b(?:units?|qty|quantity|sold|count|number|items?|pieces?|pcs|volume|orders?|"
              r"tickets?|hours?|hrs|kwh|litres?|liters?)\b")
PRICE = ci(r"\b(?:price|cost|rate|each|fee|per|unit\s+price|wage|pay)\b")
REVENUE = ci(r"\b(?:revenue|turnover|takings|income|earn\w*|money|brought\s+in|bring\w*\s+in|"
             r"made|make[s]?|sales\s+value|value\s+of\s+(?:the\s+)?sales|gross|×|\*|times)\b")
WHICH = ci(r"\b(?:which|who|whose)\b|\bwhat\s+(?:product|item|thing|line|one|shop|store|category|"
           r"month|day|person|service|dish|book|model)\b")
LOW_WORDS = ci(r"\b(?:least|lowest|smallest|fewest|worst|minimum|min)\b")
MONTHS = ("january february march april may june july august september october november "
          "december").split()


def _money(value: float) -> str:
    return f"{value:.2f}"


def _find(series: dict[str, list[float]], pattern: re.Pattern[str]) -> str | None:
    hits = [name for name in series if pattern.search(_plain(name))]
    return hits[0] if len(hits) == 1 else None


def row_products(series: dict[str, list[float]], labels: list[str], request: str,
                 rows: list[list[str]] | None = None) -> str | None:
    """A count times a price on each row: the total, or the row that makes the most (shown
    whole when the table's rows are given: "the largest order by value — date and amount")."""
    if not REVENUE.search(request) or PROFIT.search(request):
        return None
    price = _find(series, PRICE)
    count = next((n for n in series if n != price and QUANTITY.search(_plain(n))), None)
    if price is None or count is None or len(series[price]) != len(series[count]):
        return None
    made = [a * b for a, b in zip(series[count], series[price], strict=True)]
    if (WHICH.search(request) or ONE_ROW.search(request)) and len(labels) == len(made) and \
            not ALL_ROWS.search(request):
        low = bool(LOW_WORDS.search(request))
        pick = min(made) if low else max(made)
        at = made.index(pick)
        whole = f"; that row: {', '.join(rows[at])}" if rows and len(rows) == len(made) else ""
        return (f"{'least' if low else 'most'} money ({_plain(count)} × {_plain(price)}): "
                f"**{labels[at]}** (**{_money(pick)}**){whole}")
    return (f"total revenue ({_plain(count)} × {_plain(price)}): **{_money(math.fsum(made))}** "
            f"over {len(made)} rows")


BETWEEN_COLUMNS = ci(r"\b(?:gap|difference|swing|range|spread|distance)\b[^?]*?\bbetween\s+"
                     r"(?:the\s+|its\s+)?(?P<a>[a-z][\w ]{0,20}?)\s+and\s+(?:the\s+)?"
                     r"(?P<b>[a-z][\w ]{0,20}?)"
                     r"(?:\s+(?:was|were|is|are|biggest|largest|smallest|greatest|highest|"
                     r"lowest)\b|[?.,]|$)")


def _column_named(series: dict[str, list[float]], words: str) -> str | None:
    words = words.strip().lower()
    words = re.sub(r"\s+(?:temperature|temp|reading|value|column|figure)s?$", "", words)
    stem = words.rstrip("s")
    hits = [n for n in series if any(w.startswith(stem) or stem.startswith(w) for w in
                                     _plain(n).split() if len(w) >= 2)]
    return hits[0] if len(hits) == 1 else None


def row_gaps(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    found = BETWEEN_COLUMNS.search(request)
    if found is None:
        return None
    a, b = _column_named(series, found.group("a")), _column_named(series, found.group("b"))
    if a is None or b is None or a == b or len(labels) != len(series[a]):
        return None
    gaps = [abs(x - y) for x, y in zip(series[a], series[b], strict=True)]
    low = bool(LOW_WORDS.search(request))
    pick = min(gaps) if low else max(gaps)
    at = gaps.index(pick)
    return (f"{'smallest' if low else 'biggest'} gap between {_plain(a)} and {_plain(b)}: "
            f"**{labels[at]}** (**{_fmt(pick)}**: {_fmt(series[a][at])} and "
            f"{_fmt(series[b][at])})")


UNDER = ci(r"\b(?:(?P<lt>below|under|less\s+than|lower\s+than|short\s+of|beneath)|(?P<gt>above|"
           r"over|more\s+than|higher\s+than|exceed\w*|past))\s+(?:(?:their|its|the|his|her|my|"
           r"our)\s+)?"
           r"(?P<c>[a-z][\w ]{1,30}?)\s*(?:[?.,]|$)")


OVERSPEND = ci(r"\bover[-\s]?(?:spen[dt]\w*|run\w*|shoot\w*)|\bover\s+(?:the\s+)?budget\b")
MOST_OVER = ci(r"\b(?:most|furthest|farthest|biggest|largest|worst|highest|greatest)\b")
LIMIT_COLUMN = ci(r"\b(?:budget\w*|target|planned|plan|limit|allowance|allocated|goal)\b")


def rows_under(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    """"How many items are below their reorder level?": one column against another."""
    if OVERSPEND.search(request) and MOST_OVER.search(request) and len(labels) == len(
            next(iter(series.values()), [])):  # "biggest overspend": spent less its budget
        limit = _find(series, LIMIT_COLUMN)
        spent = [n for n in series if n != limit]
        if limit is not None and len(spent) == 1:
            gaps = [v - c for v, c in zip(series[spent[0]], series[limit], strict=True)]
            at = gaps.index(max(gaps))
            return (f"furthest over its {_plain(limit)}: **{labels[at]}** (by **{_fmt(gaps[at])}**"
                    f": {_fmt(series[spent[0]][at])} against {_fmt(series[limit][at])})")
    found = UNDER.search(request)
    if found is None or not re.search(r"\bhow\s+many\b|\bwhich\b|\bcount\b|\bnumber\s+of\b",
                                      request, re.I):
        return None
    limit = _column_named(series, found.group("c").split()[0]) or _column_named(
        series, found.group("c"))
    others = [n for n in series if n != limit]
    if limit is None or len(others) != 1:
        return None
    other = others[0]
    below = found.group("lt") is not None
    gaps = [(c - v) if below else (v - c) for v, c in zip(series[other], series[limit],
                                                          strict=True)]
    if re.search(r"\b(?:which|who|whose)\b", request, re.I) and len(labels) == len(gaps) and \
            re.search(r"\b(?:most|furthest|farthest|biggest|largest|worst|highest)\b", request,
                      re.I):  # "which month went furthest over budget?"
        at = gaps.index(max(gaps))
        return (f"furthest {'below' if below else 'over'} its {_plain(limit)}: **{labels[at]}** "
                f"(by **{_fmt(gaps[at])}**: {_fmt(series[other][at])} against "
                f"{_fmt(series[limit][at])})")
    hits = [i for i, gap in enumerate(gaps) if gap > 0]
    names = f" ({', '.join(labels[i] for i in hits)})" if hits and len(labels) == len(
        series[other]) else ""
    return (f"{out_of(len(hits), len(series[other]), request, 'rows')} "
            f"{'below' if below else 'above'} their {_plain(limit)}{names}")


PER = ci(r"\b(?P<a>[a-z]+)\s+(?:per|a|an|/|for\s+every|every)\s*(?P<n>100\s+|1000\s+)?"
         r"(?P<b>[a-z]+)\b")
PACE = ci(r"\bpace\b")


def ratio_of_totals(series: dict[str, list[float]], request: str,
                    labels: list[str] | None = None) -> str | None:
    """"litres per 100 km", "minutes per km": one column's total over another's; "which car
    did the most km per litre?": the row with the highest (or lowest) ratio."""
    for found in PER.finditer(request):
        a = _unit_column(series, found.group("a"))
        b = _unit_column(series, found.group("b"))
        if a is None or b is None or a == b or not math.fsum(series[b]):
            continue
        scale = float(found.group("n") or 1)
        if labels and len(labels) == len(series[a]) and re.search(
                r"\b(?:which|who|whose)\b", request, re.I) and all(series[b]):
            ratios = [x / y * scale for x, y in zip(series[a], series[b], strict=True)]
            low = bool(LOW_WORDS.search(request) or re.search(r"\bcheapest\b", request, re.I))
            pick = min(ratios) if low else max(ratios)
            return (f"{'lowest' if low else 'highest'} {found.group('a')} per "
                    f"{found.group('b')}: **{labels[ratios.index(pick)]}** (**{_fmt(pick)}**)")
        ratio = math.fsum(series[a]) / math.fsum(series[b]) * scale
        per = f"{int(scale)} " if scale != 1 else ""
        extra = ""
        if PACE.search(request) and re.match(r"min", found.group("a"), re.I):
            whole = int(ratio)
            extra = f" ({whole}:{round((ratio - whole) * 60):02d} per {found.group('b')})"
        return (f"overall {found.group('a')} per {per}{found.group('b')}: **{_fmt(ratio)}**{extra} "
                f"({_fmt(math.fsum(series[a]))} ÷ {_fmt(math.fsum(series[b]))}"
                f"{f' × {per.strip()}' if per else ''})")
    return None


def _unit_column(series: dict[str, list[float]], word: str) -> str | None:
    word = word.lower()
    if len(word) < 2 or word in ("per", "the", "a", "an"):
        return None
    stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
    hits = [n for n in series if any(w == word or w.rstrip("s") == stem for w in
                                     _plain(n).split())]
    return hits[0] if len(hits) == 1 else None


REVENUE_COLUMN = ci(r"\b(?:revenue|sales|income|takings|turnover|price|earnings)\b")
COST_COLUMN = ci(r"\b(?:cost|costs|expenses?|spend|spent|outgoings)\b")
MARGIN = ci(r"\bmargins?\b")
PROFIT = ci(r"\b(?:profit\w*|margin|net|made\s+after\s+costs|earn\w*\s+after)\b")


def profits(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    """Revenue less cost on each row: the total profit, or the row that makes the most."""
    if not PROFIT.search(request):
        return None
    income, cost = _find(series, REVENUE_COLUMN), _find(series, COST_COLUMN)
    if income is None or cost is None or income == cost:
        return None
    each = [a - b for a, b in zip(series[income], series[cost], strict=True)]
    if WHICH.search(request) and len(labels) == len(each):
        low = bool(LOW_WORDS.search(request))
        pick = min(each) if low else max(each)
        return (f"{'lowest' if low else 'highest'} profit ({_plain(income)} − {_plain(cost)}): "
                f"**{labels[each.index(pick)]}** (**{_fmt(pick)}**)")
    total = math.fsum(each)
    if MARGIN.search(request) and math.fsum(series[income]):  # the margin is the figure asked
        places = places_asked(request)
        margin = total / math.fsum(series[income]) * 100
        return (f"profit margin (total profit ÷ total {_plain(income)}): "
                f"**{margin:.{2 if places is None else places + 2}f}%** (profit {_fmt(total)} "
                f"of {_fmt(math.fsum(series[income]))})")
    share = f", a margin of {_fmt(total / math.fsum(series[income]) * 100)}%" if math.fsum(
        series[income]) else ""
    return f"total profit ({_plain(income)} − {_plain(cost)}): **{_fmt(total)}**{share}"


AT_PRICE = ci(r"(?P<at>\bat\s+|@\s*)?[$€£]?\s*(?P<p>\d+(?:\.\d+)?)\s*(?:[$€£]|p|c|cents?|pence)?\s*"
              r"(?:per|a|an|/|each)\s*(?P<u>[a-z]+)")
COSTS = ci(r"\b(?:cost\w*|pay|paid|bill|spen[dt]|charge\w*|price\w*|worth)\b")


def priced_total(series: dict[str, list[float]], request: str) -> str | None:
    """"At 0.31 per kWh, what did all of it cost?": a column's total at a price each."""
    found = next((m for m in AT_PRICE.finditer(request) if m.group("at") or _unit_column(
        series, m.group("u"))), None)
    if found is None or not COSTS.search(request):
        return None
    column = _unit_column(series, found.group("u")) or (next(iter(series)) if len(series) == 1
                                                        else None)
    if column is None:
        return None
    total = math.fsum(series[column])
    price = float(found.group("p"))
    return (f"cost: **{_money(total * price)}** ({_fmt(total)} {found.group('u')} × "
            f"{found.group('p')})")


__all__ = [
    "priced_total",
    "ratio_of_totals",
    "read_table",
    "row_gaps",
    "row_labels",
    "row_products",
    "rows_under",
]
