"""A reader of questions about an attached table that maps the ask onto the table's columns.

It reads three things from the question, in whatever words and order they come:

- which rows count: a value of a column named ("in Ops", "got refunded"), weekend or weekday
  rows, or a code the question defines ("on_time = no means late");
- which figure of a row: a column it names (or the one column of values), or one computed
  across columns per row: a ratio ("goals per game", "cheapest per 100 g"), a difference of an
  old and a new column ("improved", "before and after", "this year vs last", "a day's high and
  low"), or a quantity times its price ("what's it all worth", "what did we take");
- how it is asked: grouped by a column of repeated names ("which form group did best on
  average", "which customer spent the most in total", "which size sold the most", "the most
  popular answer"), row by row ("who topped", "when were we busiest"), or as the average,
  total, count or share of the rows kept.
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_cells import months_of, said_as_group
from core.agents.data_table import figure as fmt
from core.agents.data_table import plain_name, read_table
from core.agents.patterns import ci

MONEY = re.compile(r"^[$€£]?\s*-?[\d,]*\d(?:\.\d+)?\s*%?$")
HIGH = ci(r"\b(?:most|best|top\w*|highest|largest|biggest|greatest|max(?:imum)?|busiest|"
          r"popular|favou?rite|commonest|dearest|priciest|peak\w*|strongest|fastest|winner|won)\b")
LOW = ci(r"\b(?:least|worst|lowest|smallest|fewest|min(?:imum)?|cheapest|quietest|slowest|"
         r"weakest|bottom|poorest)\b")
MEDIAN = ci(r"\bmedian\b")
MEAN = ci(r"\b(?:average|avg|mean|typical(?:ly)?|on\s+average)\b")
TOTAL = ci(r"\b(?:total|sum|altogether|combined|in\s+all|all\s+told|worth|take|took|takings|"
           r"revenue|turnover|brought\s+in|all\s+of\s+it|overall)\b")
HOW_MUCH = ci(r"\bhow\s+much\b(?!\s+(?:more|less|higher|lower|bigger|smaller|of)\b)|\b(?:owe[sd]?|"
              r"owing|outstanding|still\s+due)\b")
COUNT = ci(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b|\bhow\s+often\b")
SHARE = ci(r"\b(?:percent\w*|share|proportion|fraction|what\s+part|how\s+much\s+of)\b|%")
WHICH = ci(r"\b(?:which|what|whose)\s+(?P<w>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)|\b(?P<who>who)\b|"
           r"\b(?P<when>when|what\s+time|which\s+hour|what\s+hour)\b")
BY = ci(r"\b(?:by|for\s+each)\s+(?P<w>[a-z][\w-]*)")
POPULAR = ci(r"\bmost\s+(?:popular|common|frequent|often|chosen|picked|liked|ordered|bought)|"
             r"\bfavou?rite\b|\b(?:sold|ordered|bought|chosen|picked)\s+(?:the\s+)?most\b|"
             r"\bcame\s+up\s+most\b|\bmode\b")
DEFINED = ci(r"(?P<c>[a-z][\w ]{0,20}?)\s*(?:=|==|is|of)\s*['\"]?(?P<v>[\w-]+)['\"]?\s+"
             r"(?:means|=|is|counts\s+as)\s+(?P<w>[a-z]+)")
PER = ci(r"\bper\s+(?:(?P<k>\d+)\s*)?(?P<w>[a-z]+)|\b(?:a|each)\s+(?P<w2>game|match|hour|unit|"
         r"item|day|visit|person|head)\b")
GAP = ci(r"\b(?:gap|differen\w*|how\s+much\s+(?:more|less|higher|lower)|how\s+many\s+more|"
         r"how\s+far\s+apart)\b")
PAIRS = (("before", "after"), ("last", "this"), ("previous", "current"), ("prev", "curr"),
         ("old", "new"), ("start", "end"), ("pre", "post"), ("low", "high"), ("min", "max"),
         ("first", "second"), ("target", "actual"), ("budget", "actual"), ("planned", "actual"))
CHANGE = ci(r"\b(?:improv\w*|chang\w*|differen\w*|gap|swing|grew|grow\w*|gain\w*|ris\w*|rose|"
            r"increas\w*|decreas\w*|drop\w*|fell|fall\w*|compar\w*|vs\.?|versus|up\s+on|"
            r"better|worse|jump\w*|spread|range|between)\b")
MOVE = ci(r"\b(?:jump\w*|r[io]se|rises|rising|gr[eo]w\w*|increas\w*|climb\w*|drop\w*|f[ae]ll\w*|"
          r"declin\w*|chang\w*|compared\s+(?:with|to)\s+the|improv\w*|gain\w*|went\s+(?:up|down))\b")
QUANTITY = ci(r"\b(?:qty|quantity|quantities|sold|units?|count|number|pieces|pcs|hours|hrs|"
              r"items|stock|sales|volume|nights|days)\b")
PRICE = ci(r"\b(?:price|prices|unit\s+price|cost|each|rate|fee|per)\b")
VALUE_ASK = ci(r"\b(?:worth|value|take|took|takings|revenue|turnover|brought\s+in|made|earn\w*|"
               r"income|sales\s+total|total\s+sales|bill|wages?|payroll|pay\s+out|paid\s+out|"
               r"(?:total|overall)\s+cost|cost\s+in\s+total|money)\b")
UNIT_OF = {"g": "gram", "gram": "gram", "grams": "gram", "kg": "kg", "kilo": "kg", "ml": "ml",
           "l": "litre", "litre": "litre", "game": "play", "match": "play", "games": "play",
           "hour": "hour", "hr": "hour", "km": "km", "mile": "mile", "head": "people",
           "person": "people", "night": "night", "day": "day", "visit": "visit"}
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
MONTH = ci(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|"
           r"tember|ober|ember)?\b|\b(?:in|during|for|of|through)\s+(may)\b(?!\s+(?:be|have|not)\b)")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _num(cell: str) -> float | None:
    if not MONEY.match(cell.strip()):
        return None
    try:
        return float(re.sub(r"[$€£,%\s]", "", cell))
    except ValueError:
        return None


class Table:
    """The header, rows, numeric columns and text columns of a CSV file."""

    def __init__(self, data: bytes) -> None:
        self.header, self.rows = read_table(data)
        self.numeric: dict[str, list[float]] = {}
        self.text: dict[str, list[str]] = {}
        for index, name in enumerate(self.header):
            cells = [row[index] if index < len(row) else "" for row in self.rows]
            values = [_num(c) for c in cells]
            if cells and all(v is not None for v in values):
                self.numeric[name] = [v for v in values if v is not None]
            else:
                self.text[name] = cells

    def counting(self, name: str) -> bool:
        """A column numbering the rows (1, 2, 3 …): no figure anyone asks about."""
        values = self.numeric.get(name, [])
        return len(values) > 2 and values == [values[0] + i for i in range(len(values))]

    def values(self) -> dict[str, list[float]]:
        return {n: v for n, v in self.numeric.items() if not self.counting(n)}

    def labels(self) -> list[str]:
        """The rows' names: the first text column whose cells are all different."""
        unique = [c for c in self.text.values() if len(set(c)) == len(c)]
        return unique[0] if unique else [str(i + 1) for i in range(len(self.rows))]


def _word_at(name: str, request: str) -> int | None:
    """Where the request names a column, by its name or one of its words (plural or not)."""
    asked = plain_name(request)
    plain = plain_name(name)
    if found := re.search(rf"\b{re.escape(plain)}(?:s|es)?\b", asked):
        return found.start()
    for word in plain.split():
        if len(word) >= 3 and word not in ("per", "the", "total", "number", "amount"):
            stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
            if (found := re.search(rf"\b{re.escape(stem)}\w*", asked)) is not None:
                return found.start()
    return None


def _said(request: str, cell: str) -> bool:
    """A cell's value said in the request ("Ops", "refunded", "asleep" for "sleep")."""
    if len(cell) < 2 or _num(cell) is not None:
        return False
    lead = r"\w{0,2}" if len(cell) >= 4 else ""
    word = rf"\b{lead}{re.escape(cell.lower())}(?:s|es|ed)?\b"
    return re.search(word, request.lower()) is not None


NOT = ci(r"\b(?:not|n't|never|except|excluding|excluded|besides|other\s+than|apart\s+from|"
         r"outside|without|minus|bar)\s+(?:(?:yet|been|marked|flagged|set|as|labell?ed|tagged|"
         r"the|those|ones?|any|already|still)\s+){0,3}(?P<w>[\w-]+)")


def _negated(request: str, named: set[str]) -> bool:
    """The rows named are the ones left out ("not marked paid", "everything except food")."""
    return any(_said(found.group("w"), cell) for found in NOT.finditer(request) for cell in named)


def kept_rows(table: Table, request: str) -> tuple[list[bool], str] | None:
    """Which rows the question is about, and how to say so, or None for all of them."""
    for found in DEFINED.finditer(request):
        column = next((n for n in table.text if plain_name(n) == plain_name(found.group("c"))
                       or n.lower() == found.group("c").strip().lower()), None)
        if column is not None:
            keep = [c.lower() == found.group("v").lower() for c in table.text[column]]
            if any(keep):
                return keep, found.group("w").lower()
    weekend = re.search(r"\bweek\s?ends?\b", request, re.I)
    weekday = re.search(r"\bweek\s?days?\b|\bworking\s+days\b", request, re.I)
    if weekend or weekday:
        for cells in table.text.values():
            days = [c[:3].lower() for c in cells]
            if all(d in DAYS for d in days):
                keep = [(d in DAYS[5:]) == bool(weekend) for d in days]
                return keep, "weekend days" if weekend else "weekdays"
    month = MONTH.search(request)
    wanted = MONTHS.index((month.group(1) or month.group(2)).lower()[:3]) + 1 if month else 0
    in_month: tuple[list[bool], str] | None = None
    for cells in table.text.values() if month else ():
        months = months_of(cells, request)
        if months and len(set(months)) > 1 and wanted in months:
            in_month = [m == wanted for m in months], MONTHS[wanted - 1].title()
            break
    named = _named_rows(table, request)
    if in_month and named:  # "what did Ben sell in March": both kept
        keep = [a and b for a, b in zip(in_month[0], named[0], strict=True)]
        return (keep, f"{named[1]} in {in_month[1]}") if any(keep) else None
    return in_month or named


def _named_rows(table: Table, request: str) -> tuple[list[bool], str] | None:
    """The rows whose text cell the request names ("in Ops", "Ben's")."""
    for name, cells in table.text.items():
        kinds = set(cells)
        if len(kinds) == len(cells) and not SHARE.search(request):
            continue  # one row each: a row named is looked up, not a group kept
        named = {k for k in kinds if _said(request, k) or said_as_group(request, name, k)}
        if named and named != kinds and not _word_at(name, " ".join(named)) == 0:
            if _negated(request, named):  # "everything not marked paid"
                return [c not in named for c in cells], "not " + " or ".join(sorted(named))
            keep = [c in named for c in cells]
            return keep, " and ".join(sorted(named))
    return None


def _pair(series: dict[str, list[float]]) -> tuple[str, str] | None:
    """An old and a new column ("before"/"after", "last_year"/"this_year", "low"/"high")."""
    for old, new in PAIRS:
        a = [n for n in series if old in plain_name(n).split() or plain_name(n).startswith(old)]
        b = [n for n in series if new in plain_name(n).split() or plain_name(n).startswith(new)]
        if len(a) == 1 and len(b) == 1 and a != b:
            return a[0], b[0]
    return None


def _unit_column(series: dict[str, list[float]], word: str) -> str | None:
    unit = UNIT_OF.get(word.lower(), word.lower().rstrip("s"))
    found = [n for n in series if unit in plain_name(n) or any(
        UNIT_OF.get(w, "") == unit for w in plain_name(n).split())]
    return found[0] if len(found) == 1 else None


def measure(table: Table, request: str) -> tuple[str, list[float]] | None:
    """The figure of each row the question is about: a column, or columns combined."""
    series = table.values()
    per = PER.search(request)
    if per and len(series) >= 2:
        below = _unit_column(series, per.group("w") or per.group("w2"))
        others = [n for n in series if n != below]
        named = [n for n in others if _word_at(n, request[:per.start()]) is not None]
        priced = [n for n in others if PRICE.search(plain_name(n)) and LOW.search(request)]
        top = (named or priced or (others if len(others) == 1 else []))[:1]
        if below and top:
            scale = float(per.group("k") or 1)
            values = [a / b * scale if b else math.nan
                      for a, b in zip(series[top[0]], series[below], strict=True)]
            said = f" {per.group('k')}" if per.group("k") else ""
            return f"{plain_name(top[0])} per{said} {plain_name(below)}", values
    if (pair := _pair(series)) is not None and CHANGE.search(request):
        old, new = pair
        values = [b - a for a, b in zip(series[old], series[new], strict=True)]
        return f"{plain_name(new)} − {plain_name(old)}", values
    quantity = [n for n in series if QUANTITY.search(plain_name(n)) and not PRICE.search(
        plain_name(n))]
    price = [n for n in series if PRICE.search(plain_name(n))]
    if len(quantity) == 1 and len(price) == 1 and VALUE_ASK.search(request):
        values = [a * b for a, b in zip(series[quantity[0]], series[price[0]], strict=True)]
        return f"{plain_name(quantity[0])} × {plain_name(price[0])}", values
    spots = sorted((at, re.search(rf"\b{re.escape(plain_name(n))}(?:s|es)?\b", plain_name(
        request)) is None, n) for n in series if (at := _word_at(n, request)) is not None)
    if spots:
        return spots[0][2], series[spots[0][2]]  # at one place, the column named whole
    return next(iter(series.items())) if len(series) == 1 else None


def _group_column(table: Table, request: str) -> str | None:
    """The column a "which …" names, or the one a "who"/"when"/"most popular" points at."""
    columns = [*table.text, *(n for n in table.numeric if not table.counting(n))]
    for found in BY.finditer(request):  # "total by region", "split by team"
        named = [n for n in columns if _word_at(n, found.group("w")) is not None]
        if named:
            return named[0]
    for found in WHICH.finditer(request):
        if found.group("w"):
            named = [n for n in columns if _word_at(n, found.group("w")) is not None]
            if named:
                return named[0]
        elif found.group("who"):
            return next(iter(table.text), None)
        elif found.group("when"):
            return next((n for n in table.text if re.search(
                r"hour|time|date|day|month|week|year|when", plain_name(n))), None)
    if POPULAR.search(request):
        repeated = [n for n in columns if len(set(table.text.get(n) or table.numeric[n]))
                    < len(table.rows)]
        return repeated[0] if len(repeated) == 1 else None
    return None


def _cell(value: float | str) -> str:
    return fmt(value) if isinstance(value, float) else value


TIMED = ci(r"\b(?:time|times|secs?|seconds?|minutes?|mins?|duration|lap|split|pace)\b")
SPEED = ci(r"\b(?:(?P<fast>fastest|quickest|speediest)|(?P<slow>slowest))\b")


def _ends(request: str, name: str) -> tuple[bool, bool]:
    """Whether the most and the least are asked; a time's fastest is its least."""
    high, low = bool(HIGH.search(request)), bool(LOW.search(request))
    speed = SPEED.search(request)
    if speed and TIMED.search(plain_name(name)):
        return bool(speed.group("slow")), bool(speed.group("fast"))
    return high, low


TOP_N = ci(r"\b(?:top|the|which|name\s+the|best|biggest|largest)\s+"
           r"(?P<n>two|three|four|five|[2-9])\s+(?P<w>[a-z][\w-]*)")
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _top_n(table: Table, request: str) -> tuple[int, str] | None:
    """"the two products with the most units", "top 3 regions by sales": how many groups, and
    the column of the groups."""
    found = TOP_N.search(request)
    if found is None:
        return None
    columns = [*table.text, *(n for n in table.numeric if not table.counting(n))]
    named = [n for n in columns if _word_at(n, found.group("w")) is not None]
    n = COUNTS.get(found.group("n").lower()) or int(found.group("n"))
    return (n, named[0]) if named else None


def grouped(table: Table, request: str) -> str | None:
    """"Which team …", "who …", "the most popular …": the group or row with the most or least
    (the top few when a number of them is asked)."""
    top_n = _top_n(table, request)
    if (column := top_n[1] if top_n else _group_column(table, request)) is None:
        return None
    keys: list[str] = table.text.get(column) or [fmt(v) for v in table.numeric[column]]
    asked = measure(table, request)
    if asked is not None and asked[0] == column:
        asked = None
    high, low = _ends(request, asked[0] if asked else "")
    if not (high or low):
        return None
    if len(set(keys)) == len(keys):  # one row each: the row with the most
        if asked is None or (asked[0] in table.numeric and MOVE.search(request)):
            return None  # "jumped the most": a step from one row to the next
        name, values = asked
        pairs = [(v, k) for v, k in zip(values, keys, strict=True) if not math.isnan(v)]
        value, key = (min if low and not high else max)(pairs)
        word = "lowest" if low and not high else "highest"
        return f"{word} {plain_name(name)}: **{key}** (**{fmt(value)}**)"
    groups: dict[str, list[float]] = {}
    for index, key in enumerate(keys):
        groups.setdefault(key, []).append(1.0 if asked is None else asked[1][index])
    how = "count" if asked is None else "average" if MEAN.search(request) else "total"
    figures = {k: len(v) if how == "count" else statistics.fmean(v) if how == "average"
               else math.fsum(v) for k, v in groups.items()}
    pick = (min if low and not high and not POPULAR.search(request) else max)(
        figures, key=lambda k: figures[k])
    ordered = sorted(figures.items(), key=lambda kv: kv[1], reverse=not (low and not high))
    listed = ", ".join(f"{k} {fmt(v)}" for k, v in sorted(figures.items(), key=lambda kv: -kv[1]))
    if top_n is not None and asked is not None and 1 < top_n[0] < len(figures):
        picked = ", ".join(f"**{k}** ({fmt(v)})" for k, v in ordered[:top_n[0]])
        return (f"{'lowest' if low and not high else 'highest'} {top_n[0]} by {how} "
                f"{plain_name(asked[0])}: {picked}; by {plain_name(column)}: {listed[:300]}")
    top = pick == max(figures, key=lambda k: figures[k])
    if asked is None:
        return (f"{'most' if top else 'least'} common {plain_name(column)}: **{pick}** "
                f"({figures[pick]:g} rows); by {plain_name(column)}: {listed[:300]}")
    return (f"{'highest' if top else 'lowest'} {how} {plain_name(asked[0])} by "
            f"{plain_name(column)}: **{pick}** (**{fmt(figures[pick])}**); by "
            f"{plain_name(column)}: {listed[:300]}")


__all__ = ["Table", "kept_rows", "measure", "months_of"]
