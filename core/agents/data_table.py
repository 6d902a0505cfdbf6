"""Questions about an attached table as a whole, in the words people use.

- how many rows it holds ("how many records, not counting the header?", "how many entries
  are in this log?", "number of rows in the file", "how long is the list?");
- how many different values a text column holds ("how many different customers ordered?",
  "number of unique products", "how many customers placed orders?" with a customer column);
- one category's share of a column's total ("what percentage of my spending went on
  transport?", "what share of sales came from online?", "rent as a % of everything");
- the net of money in and money out ("how much more came in than went out?", "net for the
  year", "am I up or down overall?", "profit after expenses", "what's left over?"), from an
  income and an expense column or from rows labelled income and expense;
- the compound annual growth rate from the first row to the last ("CAGR from the first year
  to the last", "average yearly growth, compounded"), over the years the rows span;
- a statistic of the columns the question names ("average systolic and average diastolic",
  "median of weight and of waist", "total of income and of tax").
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_counts import said
from core.agents.data_grid import figure, plain_name, read_table
from core.agents.data_rows import counting
from core.agents.data_slices import sliced
from core.agents.data_words import CAGR
from core.agents.patterns import ci
from core.tools.data import NUMBER, bare_cell, labels_in_csv

DATE = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?(?:[T ][\d:]+)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
YEAR = re.compile(r"(?:19|20)\d\d")
NOT_COUNTED = ci(r"\b(?:above|over|below|under|more\s+than|less\s+than|fewer\s+than|at\s+least|"
                 r"at\s+most|between|or\s+more|or\s+less|or\s+fewer|average|mean|exceed\w*)\b")
ROWS = ci(r"\bhow\s+many\s+(?P<n>records|rows|entries|lines|data\s+rows|data\s+points|"
          r"observations|row\s+entries|items|transactions|orders|readings|measurements|samples|"
          r"responses|submissions|logs|sessions|workouts|runs|trips|days|purchases)\b|"
          r"\b(?:number|count)\s+of\s+(?P<m>records|rows|entries|lines|data\s+points|"
          r"observations|transactions)\b|\brow\s+count\b|\bhow\s+(?:long|big)\s+is\s+(?:the|this|"
          r"my)\s+(?:list|file|log|table|csv|sheet)\b")
DISTINCT = ci(r"\b(?:how\s+many|number\s+of|count\s+(?:the)?)\s*(?:different|distinct|unique|"
              r"separate|individual)\s+(?P<n>[a-z][a-z-]+)\b")
HOW_MANY = ci(r"\bhow\s+many\s+(?P<n>[a-z][a-z-]+)\b")
SHARE = ci(r"\b(?:what|which)\s+(?:percent(?:age)?|%|share|proportion|fraction|part|portion)\b|"
           r"\bhow\s+much\s+of\b|\bas\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\b|"
           r"\b(?:percent(?:age)?|%|share|proportion|fraction)\s+of\s+(?:my|our|the|all|total|"
           r"every|everything|spending|sales)\b|\bhow\s+big\s+a\s+(?:share|part|chunk|slice)\b|"
           r"\bwhat\s+%")
NET = ci(r"\bnet\b|\bhow\s+much\s+more\s+(?:came|come|comes|went|goes|go)\s+in\b|\b(?:came|"
         r"come|comes)\s+in\s+than\s+(?:went|goes|go)\s+out\b|\b(?:profit|surplus|deficit|"
         r"left\s*over|leftover)\b|\b(?:am|are|was|were|is)\s+(?:i|we|it)\s+(?:up|down|ahead|"
         r"behind)\b|\bin\s+the\s+(?:black|red)\b|\b(?:income|earnings|revenue|takings)\s+(?:minus|"
         r"less|after|take\s+away)\s+(?:expenses|spending|costs|outgoings)\b|\bafter\s+(?:all\s+)?"
         r"(?:(?:the|my|our)\s+)?(?:expenses|costs|spending|outgoings|bills)\b|\bbalance\b")
IN_WORDS = ci(r"^(?:income|incomes|in|inflow|inflows|earn\w*|revenue|revenues|sales|credit|"
              r"credits|deposit\w*|received|receipts|takings|salary|pay|paid\s+in|money\s+in)$")
OUT_WORDS = ci(r"^(?:expense|expenses|out|outflow|outflows|outgoings?|spend|spending|spent|"
               r"costs?|debit|debits|withdraw\w*|paid\s+out|money\s+out|bills?|payments?)$")
MEAN = ci(r"\b(?:average|avg|mean)\b")
STATS = (
    ("average", MEAN, statistics.fmean),
    ("median", ci(r"\bmedian\b"), statistics.median),
    ("total", ci(r"\b(?:total|sum|altogether|combined)\b"), math.fsum),
    ("highest", ci(r"\b(?:highest|max(?:imum)?|largest|biggest|peak|top)\b"), max),
    ("lowest", ci(r"\b(?:lowest|min(?:imum)?|smallest)\b"), min),
)
UNIT_WORDS = frozenset("hours hrs hr minutes mins seconds secs km kms miles kg kgs lbs lb usd eur "
                       "gbp cm mm ml count total value amount number per day daily".split())


_fmt = figure


_plain = plain_name


def _column(rows: list[list[str]], index: int) -> list[str]:
    return [row[index] if index < len(row) else "" for row in rows]


def row_labels(data: bytes) -> list[str]:
    """The rows' names: the first text column, else a date column, else a column of years."""
    if labels := labels_in_csv(data):
        return labels
    header, rows = read_table(data)
    for index in range(len(header)):
        cells = _column(rows, index)
        if all(DATE.fullmatch(c) for c in cells):
            return cells
    for index in range(len(header)):
        cells = _column(rows, index)
        if all(YEAR.fullmatch(c) for c in cells) and len(set(cells)) == len(cells):
            return cells
    return []


def labels_of_values(data: bytes, name: str, labels: list[str]) -> list[str]:
    """The labels of the rows a column has a number in (a blank cell's row names no value)."""
    header, rows = read_table(data)
    if name not in header or len(labels) != len(rows):
        return labels
    index = header.index(name)
    return [label for label, row in zip(labels, rows, strict=True)
            if index < len(row) and NUMBER.fullmatch(bare_cell(row[index]))]


def _names_word(name: str, request: str) -> int | None:
    """Where the request names a column by its name or one of its own words, or None."""
    plain = _plain(name)
    asked = _plain(request)
    if plain and (found := re.search(rf"\b{re.escape(plain)}s?\b", asked)):
        return found.start()
    for word in plain.split():
        if len(word) >= 4 and word not in UNIT_WORDS:
            stem = word[:-1] if word.endswith("s") else word
            if (found := re.search(rf"\b{re.escape(stem)}\w*", asked)) is not None:
                return found.start()
    return None


def _text_columns(header: list[str], rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    out = []
    for index, name in enumerate(header):
        cells = _column(rows, index)
        if all(c and NUMBER.fullmatch(c) is None and not DATE.fullmatch(c) for c in cells):
            out.append((name, cells))
    return out


def row_count(header: list[str], rows: list[list[str]], request: str) -> str | None:
    found = ROWS.search(request)
    if found is None or NOT_COUNTED.search(request[found.end():]) or DISTINCT.search(request):
        return None
    noun = re.sub(r"\s+", " ", (found.group("n") or found.group("m") or "rows").lower())
    if any(_names_word(name, noun) is not None for name, _ in _text_columns(header, rows)):
        return None  # "how many customers": the different ones, below
    if any(re.search(rf"\b{re.escape(cell.lower())}\b", request.lower())
           for _, cells in _text_columns(header, rows) for cell in set(cells) if len(cell) >= 3):
        return None  # "how many Dining rows": one category's rows
    return f"**{len(rows)}** {said(len(rows), noun)} (rows of data, not counting the header)"


def distinct_count(header: list[str], rows: list[list[str]], request: str) -> str | None:
    found = DISTINCT.search(request)
    columns = _text_columns(header, rows)
    if not columns:
        return None
    if found is None:
        asked = HOW_MANY.search(request)
        if asked is None or NOT_COUNTED.search(request[asked.end():]):
            return None
        noun = asked.group("n").lower()
        named = [(name, cells) for name, cells in columns if _names_word(name, noun) is not None
                 and len(set(cells)) < len(cells)]  # "how many customers": some came back
    else:
        noun = found.group("n").lower()
        named = [(name, cells) for name, cells in columns if _names_word(name, noun) is not None]
        named = named or [(name, cells) for name, cells in columns
                          if len(set(cells)) < len(cells)][:1]
    if len(named) != 1:
        return None
    name, cells = named[0]
    kinds = list(dict.fromkeys(cells))
    shown = ", ".join(kinds[:12]) + (", …" if len(kinds) > 12 else "")
    noun = noun if noun.endswith("s") or found is not None else _plain(name) + "s"
    return (f"**{len(kinds)}** different {said(len(kinds), noun)} ({shown}; {len(cells)} rows "
            f"in all)")


def label_count(header: list[str], rows: list[list[str]], series: dict[str, list[float]],
                request: str) -> str | None:
    """"how many orders did Ann place?": the rows carrying the label named."""
    asked = HOW_MANY.search(request)
    if asked is None or NOT_COUNTED.search(request[asked.end():]) or DISTINCT.search(request):
        return None
    noun = asked.group("n").lower()
    if any(_names_word(name, noun) is not None for name, v in series.items() if not counting(v)):
        return None  # "how many hours on Apollo": a column's total, not a count of rows
    for _, cells in _text_columns(header, rows):
        kinds = {c.lower() for c in cells}
        named = [k for k in kinds if len(k) >= 2 and re.search(
            rf"\b{re.escape(k)}(?:'s|s)?\b", request.lower())]
        if len(named) == 1 and len(kinds) > 1:
            count = sum(1 for c in cells if c.lower() == named[0])
            return f"**{count}** {said(count, noun)} for {named[0]} (of {len(cells)} rows)"
    return None


def _value_column(series: dict[str, list[float]], labels: list[str],
                  request: str) -> tuple[str, list[float]] | None:
    """The numeric column a question is about: the one it names, else the first that is not
    the rows' labels (years) or a running count."""
    values = {name: v for name, v in series.items() if [_fmt(x) for x in v] != labels and not (
        len(v) > 2 and v == [float(i) for i in range(int(v[0]), int(v[0]) + len(v))])}
    named = sorted((at, name) for name in values
                   if (at := _names_word(name, request)) is not None)
    if named:
        return named[0][1], values[named[0][1]]
    return next(iter(values.items()), None)


def category_share(series: dict[str, list[float]], labels: list[str],
                   request: str, places: dict[str, int | None]) -> str | None:
    if not SHARE.search(request) or not labels or (column := _value_column(
            series, labels, request)) is None:
        return None
    name, values = column
    if len(values) != len(labels):
        return None
    kinds = {label.lower() for label in labels}
    asked = {k for k in kinds if len(k) >= 3 and re.search(rf"\b{re.escape(k)}(?:s|es)?\b",
                                                           request.lower())}
    if not asked or asked == kinds:
        return None
    part = math.fsum(v for v, label in zip(values, labels, strict=True) if label.lower() in asked)
    whole = math.fsum(values)
    if not whole:
        return None
    said_ = " and ".join(sorted(asked))
    place = places.get(name)
    return (f"{said_}: **{part / whole * 100:.2f}%** of the total {_plain(name)} "
            f"({_fmt(part, place)} of {_fmt(whole, place)})")


def net_of(series: dict[str, list[float]], labels: list[str], request: str,
           places: dict[str, int | None]) -> str | None:
    if not NET.search(request):
        return None
    ins = [n for n in series if any(IN_WORDS.match(w) for w in [_plain(n), *_plain(n).split()])]
    outs = [n for n in series if any(OUT_WORDS.match(w) for w in [_plain(n), *_plain(n).split()])]
    place = next((p for p in places.values() if p), None)
    if len(ins) == 1 and len(outs) == 1 and ins != outs:
        got, spent = math.fsum(series[ins[0]]), math.fsum(series[outs[0]])
        return (f"net ({_plain(ins[0])} − {_plain(outs[0])}): **{_fmt(got - spent, place)}** "
                f"({_plain(ins[0])} {_fmt(got, place)}, {_plain(outs[0])} {_fmt(spent, place)})")
    column = _value_column(series, labels, request)
    if column is None or len(column[1]) != len(labels):
        return None
    name, values = column
    got_ = [v for v, label in zip(values, labels, strict=True) if IN_WORDS.match(label.strip())]
    spent_ = [v for v, label in zip(values, labels, strict=True)
              if OUT_WORDS.match(label.strip())]
    if not got_ or not spent_:
        return None
    got, spent = math.fsum(got_), math.fsum(abs(v) for v in spent_)
    place = places.get(name)
    return (f"net (money in − money out): **{_fmt(got - spent, place)}** (in {_fmt(got, place)}, "
            f"out {_fmt(spent, place)})")


def file_cagr(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    if not CAGR.search(request) or (column := _value_column(series, labels, request)) is None:
        return None
    name, values = column
    if len(values) < 2 or values[0] <= 0 or values[-1] <= 0:
        return None
    years = [int(m.group(0)) for label in labels if (m := YEAR.search(label))]
    span = years[-1] - years[0] if len(years) == len(values) and years[-1] > years[0] else \
        len(values) - 1
    rate = ((values[-1] / values[0]) ** (1 / span) - 1) * 100
    where = f"{labels[0]} → {labels[-1]}: " if len(labels) == len(values) else ""
    return (f"compound annual growth rate of {_plain(name)}: **{rate:.2f}%** a year ({where}"
            f"{_fmt(values[0])} → {_fmt(values[-1])} over {span} years)")


def named_stats(series: dict[str, list[float]], labels: list[str], request: str,
                places: dict[str, int | None]) -> list[str]:
    """"average systolic and average diastolic": each statistic asked of each column named,
    when the file has more than one column of values."""
    values = {name: v for name, v in series.items() if [_fmt(x) for x in v] != labels}
    if len(values) < 2:
        return []
    named = sorted((at, name) for name in values if (at := _names_word(name, request)) is not None)
    asked = [(word, how) for word, pattern, how in STATS if pattern.search(request)]
    if len(named) < 2 or not asked:
        return []
    exact = ("average", "median")  # a mean to 2 decimals; a total as the file writes it
    out = [_stat_line(word, _plain(name),
                      _fmt(how(values[name]), None if word in exact else places.get(name)))
           for word, how in asked for _, name in named if values[name]]
    if asked[0][0] == "total" and BOTH.search(request):  # "… and both together?"
        both = math.fsum(math.fsum(values[name]) for _, name in named)
        out.append(f"all together **{_fmt(both, places.get(named[0][1]))}**")
    return out


def _stat_line(word: str, name: str, shown: str) -> str:
    """"average goals **13**"; a total of things counted says them: "total **65** goals"."""
    if word == "total" and re.fullmatch(r"[a-z]{3,}s", name):
        return f"total **{shown}** {name}"
    return f"{word} {name} **{shown}**"


BOTH = ci(r"\b(?:both|all|them|the\s+two)\s+(?:together|combined|added)\b|\bcombined\b|"
          r"\bgrand\s+total\b|\ball\s+together\b")


def table_answers(data: bytes, series: dict[str, list[float]], request: str,
                  places: dict[str, int | None]) -> list[str]:
    """Every whole-table figure the question asks, to go before the columns' summaries."""
    header, rows = read_table(data)
    if not header:
        return []
    labels = row_labels(data)
    lines = [row_count(header, rows, request), distinct_count(header, rows, request),
             label_count(header, rows, series, request),
             category_share(series, labels, request, places),
             net_of(series, labels, request, places), file_cagr(series, labels, request)]
    return sliced(data, request) + [line for line in lines if line] + named_stats(
        series, labels, request, places)


__all__ = ["figure", "labels_of_values", "plain_name", "read_table", "row_labels", "table_answers"]
