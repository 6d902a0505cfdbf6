"""Questions about a table's rows in order, or its total spread over something, in the words
people use.

- the total shared out: "we have 7 staff — sales per staff member?", "spread over the 30-day
  month, how much a day?", "split between 4 of us";
- the total at a rate: "at $60 an hour, what should I invoice?", "at £0.30 a mile";
- one row against another: "how many more in December than in January?", "March vs May";
- when a running total first passes a figure: "in which month did my savings first go over
  £1000?", "when did we reach 500 sign-ups?";
- a meter's use per day: readings that count up, dated, "how many kWh a day on average?";
- the largest one-step fall or rise: "biggest single-day fall", "largest daily drop";
- the last week of daily rows: "the 7-day average for the most recent week";
- each column's average when the question names none: "average blood pressure, top and
  bottom number".
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
import statistics

from core.agents.data_compare import table_figures_more
from core.agents.data_kept import table_query
from core.agents.data_query import MEAN, Table, measure
from core.agents.data_ranges import range_filtered
from core.agents.data_table import figure as fmt
from core.agents.data_table import plain_name
from core.agents.data_timecol import time_column_line
from core.agents.patterns import ci

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twelve": 12}
HOW_MANY = r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
GROUP_OF = ci(rf"(?<![\d.,$€£]){HOW_MANY}[\s-]+(?P<w>[a-z]+)")
SHARED = ci(r"\b(?:per|a|each|every|for\s+each|for\s+every)\s+(?P<w>[a-z]+)")
SPLIT = ci(rf"\b(?:split|shared?|divided)\s+(?:\w+\s+){{0,3}}?(?:between|among|by|into)\s+"
           rf"(?:the\s+)?{HOW_MANY}\b")
PEOPLE = {"person", "people", "head", "staff", "member", "employee", "worker", "friend",
          "household", "flatmate", "housemate", "each"}
RATE = ci(r"(?:at|@|charg\w*|bill\w*|for)\s+[$€£]\s*(?P<r>\d+(?:\.\d+)?)\s*(?:an?|per|/|each)\s*"
          r"(?P<u>[a-z]+)|(?:at|@)\s+(?P<r2>\d+(?:\.\d+)?)\s*(?P<c>[$€£]|p|pence|cents?|dollars|"
          r"euros|pounds)\s*(?:an?|per|/|each)\s*(?P<u2>[a-z]+)")
THAN = ci(r"\b(?:in\s+|on\s+|for\s+)?(?P<a>[\w'-]+)\s+(?:than|compared\s+(?:with|to)|vs\.?|"
          r"versus)\s+(?:in\s+|on\s+|for\s+|with\s+)?(?P<b>[\w'-]+)")
FIRST_PAST = ci(r"\bfirst\s+(?:\w+\s+){0,2}?(?:go|went|goes|gone|get|got|pass\w*|exceed\w*|"
                r"hit|reach\w*|top\w*|cross\w*|break|broke)\s+(?:over\s+|above\s+|past\s+|"
                r"beyond\s+)?[$€£]?\s*(?P<n>\d[\d,]*(?:\.\d+)?)(?P<k>k\b)?|\b(?:when|which\s+\w+)"
                r"\s+did\s+(?:\w+\s+){0,3}?(?:reach|hit|pass|exceed|top|cross)\s+[$€£]?\s*"
                r"(?P<m>\d[\d,]*(?:\.\d+)?)")
RUNNING = ci(r"\b(?:saving\w*|saved|total|cumulative|running|so\s+far|altogether|balance|pot)\b")
METER = ci(r"\b(?:meter|counter|odometer|mileage|counts?\s+up|cumulative|readings?)\b")
PER_DAY = ci(r"\b(?:a|per|each)\s+day\b|\bdaily\b|\bday\s+on\s+average\b")
STEP = ci(r"\b(?:biggest|largest|greatest|worst|sharpest|steepest|best|highest)\s+(?:single[-\s]"
          r"|one[-\s])?(?P<p>day|daily|week|weekly|month|monthly|session|step)?[-\s]*(?:to[-\s]"
          r"\w+\s+)?(?P<d>fall|drop|decline|loss|dip|plunge|rise|gain|jump|increase|climb)\b")
LAST_WEEK = ci(r"\b(?:most\s+recent|last|latest|final|past)\s+(?:full\s+)?(?:week|7\s+days|"
               r"seven\s+days)\b|\b(?:7|seven)[-\s]day\s+(?:average|mean)\b")
MONTHS = ("jan feb mar apr may jun jul aug sep oct nov dec").split()


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def shared_out(table: Table, request: str) -> str | None:
    """The total divided by a number of people or days the question gives."""
    asked = measure(table, request)
    if asked is None:
        return None
    name, values = asked
    total = math.fsum(values)
    if (split := SPLIT.search(request)) is not None:
        n = _count(split.group("n"))
        return f"total {plain_name(name)} ÷ {n}: **{fmt(total / n)}** each ({fmt(total)} in all)"
    per = [m.group("w").lower().rstrip("s") for m in SHARED.finditer(request)]
    per += ["person"] if set(per) & PEOPLE else []
    for found in GROUP_OF.finditer(request):
        word = found.group("w").lower().rstrip("s")
        word = "person" if word in PEOPLE or request[found.end():].lower().startswith(
            (" us", " them", " you")) else word
        n = _count(found.group("n"))
        if word in per and n > 1 and n != len(values):
            return (f"total {plain_name(name)} per {word}: **{fmt(total / n)}** ({fmt(total)} ÷ "
                    f"{n})")
        if word in per and n == len(values):
            return f"total {plain_name(name)} per {word}: **{fmt(total / n)}**"
    return None


def at_rate(table: Table, request: str) -> str | None:
    """A column's total times a rate the question gives ("at $60 an hour")."""
    found = RATE.search(request)
    if found is None:
        return None
    rate = float(found.group("r") or found.group("r2"))
    unit = (found.group("u") or found.group("u2")).lower()
    if (found.group("c") or "").lower() in ("p", "pence") or (
            found.group("c") or "").lower().startswith("cent"):
        rate /= 100
    stem = {"hr": "hour", "hrs": "hour", "h": "hour", "mi": "mile"}.get(unit, unit.rstrip("s"))
    column = next((n for n in table.values() if stem in plain_name(n) or plain_name(n).startswith(
        stem[:3])), None)
    if column is None:
        return None
    total = math.fsum(table.numeric[column])
    sign = re.search(r"[$€£]", request)
    symbol = sign.group(0) if sign else ""
    return (f"{fmt(total)} {plain_name(column)} × {symbol}{fmt(rate)}: **{symbol}"
            f"{total * rate:,.2f}** ({total * rate:.2f})")


def two_rows(table: Table, request: str) -> str | None:
    """One named row against another: the first named minus the second."""
    labels = table.labels()
    asked = measure(table, request)
    if asked is None or (found := THAN.search(request)) is None:
        return None

    def row(word: str) -> int | None:
        hits = [i for i, label in enumerate(labels) if label.lower() == word.lower() or (
            len(word) >= 3 and label.lower().startswith(word.lower()))]
        return hits[0] if len(hits) == 1 else None

    a, b = row(found.group("a")), row(found.group("b"))
    if a is None or b is None or a == b:
        return None
    name, values = asked
    gap = values[a] - values[b]
    word = "more" if gap >= 0 else "fewer"
    return (f"{labels[a]} − {labels[b]}: **{fmt(gap)}** ({fmt(abs(gap))} {word}; "
            f"{fmt(values[a])} vs {fmt(values[b])} {plain_name(name)})")


def first_past(table: Table, request: str) -> str | None:
    """The first row where the values, or their running total, pass a figure."""
    found = FIRST_PAST.search(request)
    asked = measure(table, request)
    if found is None or asked is None:
        return None
    limit = float((found.group("n") or found.group("m")).replace(",", "")) * (
        1000 if found.group("k") else 1)
    values = asked[1]
    labels = table.labels()
    running = list(itertools.accumulate(values))
    own = next((i for i, v in enumerate(values) if v > limit), None)
    if own is not None and not RUNNING.search(request):
        return f"first above {fmt(limit)}: **{labels[own]}** ({fmt(values[own])})"
    total = next((i for i, v in enumerate(running) if v > limit), None)
    if total is None:
        return f"the running total never passes {fmt(limit)} (it ends at **{fmt(running[-1])}**)"
    return (f"running total first above {fmt(limit)}: **{labels[total]}** "
            f"({fmt(running[total])} by then)")


def _dates(table: Table) -> list[datetime.date] | None:
    for cells in table.text.values():
        try:
            return [datetime.date.fromisoformat(c[:10]) for c in cells]
        except ValueError:
            continue
    return None


def meter_rate(table: Table, request: str) -> str | None:
    """Readings that count up: the use per day between the first and the last."""
    asked = measure(table, request)
    if not METER.search(request) or not PER_DAY.search(request) or asked is None:
        return None
    values = asked[1]
    dates = _dates(table)
    if not dates or len(values) < 2 or any(b < a for a, b in itertools.pairwise(values)):
        return None
    days = (dates[-1] - dates[0]).days
    if days <= 0:
        return None
    used = values[-1] - values[0]
    return (f"use per day: **{fmt(used / days)}** ({fmt(used)} over {days} days, "
            f"{dates[0]} to {dates[-1]})")


def biggest_move(table: Table, request: str) -> str | None:
    """The largest fall (or rise) from one row to the next."""
    found = STEP.search(request)
    asked = measure(table, request)
    if found is None or asked is None or len(asked[1]) < 2:
        return None
    values = asked[1]
    labels = table.labels()
    steps = [b - a for a, b in itertools.pairwise(values)]
    fall = found.group("d").lower() in ("fall", "drop", "decline", "loss", "dip", "plunge")
    at = (min if fall else max)(range(len(steps)), key=lambda i: steps[i])
    word = "fall" if fall else "rise"
    return (f"biggest one-step {word}: **{fmt(abs(steps[at]))}** ({labels[at]} → "
            f"{labels[at + 1]}: {fmt(values[at])} → {fmt(values[at + 1])})")


def last_week(table: Table, request: str) -> str | None:
    """The average of the last seven daily rows."""
    asked = measure(table, request)
    if not LAST_WEEK.search(request) or asked is None or len(asked[1]) < 7:
        return None
    values = asked[1]
    last = values[-7:]
    return (f"average of the last 7 days: **{fmt(statistics.fmean(last))}** "
            f"({', '.join(fmt(v) for v in last)})")


def _asked_word(name: str, request: str) -> str:
    """A column called by the word the question uses for it ("high" for "high_c")."""
    for word in plain_name(name).split():
        if len(word) >= 3 and re.search(rf"\b{re.escape(word)}\b", request, re.I):
            return word
    return plain_name(name)


OTHER_MEAN = ci(r"\b(?:average|mean|avg)\s+(?:speed|pace|rate|per|cost|price|spend|change|"
                r"increase|growth|improvement|gain|drop|difference)\b")


def each_mean(table: Table, request: str) -> str | None:
    """"Average blood pressure", "average high, average low": each column's average when the
    question names none of them or several."""
    series = table.values()
    named = [n for n in series if _asked_word(n, request) != plain_name(n) or re.search(
        rf"\b{re.escape(plain_name(n))}\b", plain_name(request))]
    if not MEAN.search(request) or len(series) < 2 or len(series) > 4 or len(named) == 1 or (
            OTHER_MEAN.search(request)):
        return None
    return "; ".join(f"average {_asked_word(n, request)} **{fmt(statistics.fmean(v))}**"
                     for n, v in series.items() if n in named or not named)


DISTANCE = ci(r"\b(?:km|kms|kilomet\w*|miles?|mi|distance|dist)\b")
DURATION = ci(r"\b(?P<u>minutes?|mins?|hours?|hrs?|h|seconds?|secs?|time|duration)\b")
OVERALL_SPEED = ci(r"\b(?:overall|average|mean)\s+(?:speed|pace)\b|\bspeed\s+overall\b")


def overall_speed(table: Table, request: str) -> str | None:
    """Distance and time columns: the total distance over the total time."""
    if not OVERALL_SPEED.search(request):
        return None
    series = table.values()
    far = [n for n in series if DISTANCE.search(plain_name(n))]
    long = [(n, m) for n in series if (m := DURATION.search(plain_name(n))) and n not in far]
    if len(far) != 1 or len(long) != 1:
        return None
    unit = long[0][1].group("u").lower()
    scale = 1.0 if unit.startswith("h") else 3600.0 if unit.startswith("s") else 60.0
    hours = math.fsum(series[long[0][0]]) / scale
    distance = math.fsum(series[far[0]])
    if not hours:
        return None
    per = "mph" if plain_name(far[0]).startswith("mi") else "km/h"
    return (f"overall average speed: **{fmt(distance / hours)} {per}** (total "
            f"{fmt(distance)} {plain_name(far[0])} in {fmt(hours)} hours)")


def table_figures(data: bytes, request: str) -> list[str]:
    """Every figure the question asks of the table: read as a whole (rows kept, grouped or
    combined), then in order."""
    table = Table(data)
    if not table.header:
        return []
    kinds = (at_rate, shared_out, two_rows, first_past, meter_rate, biggest_move, last_week,
             each_mean, overall_speed)
    first = [line for line in (range_filtered(table, request),  # "… for kids aged 13 to 15"
                               time_column_line(table, request)) if line]  # "median time"
    return [*first, *table_figures_more(table, request),
            *table_query(table, request),
            *(line for kind in kinds if (line := kind(table, request)))]


__all__ = ["table_figures"]
