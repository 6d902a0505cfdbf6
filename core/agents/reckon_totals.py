"""Totals of repeated amounts: sessions of a set length, a count going down by steps, many
files of a size, a term in payments, and an amount growing by a percentage each period.

- sessions: "each lesson is 90 minutes and the course has 11 lessons, total time?" →
  16 hours 30 minutes;
- a taper: "9 tablets on day 1, then one fewer each day until none, how many in total?" →
  9 + 8 + … + 1 = 45 tablets;
- files: "2,385 photos at about 9.5 MB each — how many GB? (1 GB = 1000 MB)" → 22.66 GB;
- a term in payments: "loan term is 1.25 years, how many monthly payments?" → 15;
- growth each period: "running 20 km this week and adding 10% each week, how far in week 9?"
  → 20 × 1.1⁸ = 42.87 km.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _one(word: str) -> str:
    word = word.lower()
    return word[:-2] if word.endswith(("ses", "xes", "ches", "shes")) else word.rstrip("s")


def hours_minutes(minutes: Fraction) -> str:
    """Whole minutes as "16 hours 30 minutes"."""
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    if not hours:
        return f"{rest} minutes"
    said = f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{said} {rest} minutes" if rest else said


# --- sessions of a set length ------------------------------------------------------------------

SESSION = _c(rf"\beach\s+([a-z]+)\s+(?:is|lasts|takes|runs(?:\s+for)?|=)\s+(?:about\s+)?{NUM}\s*"
             rf"(minutes?|mins?|hours?|hrs?)\b|\b([a-z]+)\s+(?:are|last|take|run)\s+{NUM}\s*"
             rf"(minutes?|"
             rf"mins?|hours?|hrs?)\s+each\b")
TOTAL_TIME = _c(r"\btotal\s+(?:time|duration|length|hours)\b|\bhow\s+long\b[^.?!]*\b(?:total|"
                r"altogether|in\s+all|overall|whole|entire)\b|\b(?:total|altogether|in\s+all)"
                r"\b[^.?!]*"
                r"\?|\bhow\s+(?:many\s+hours|much\s+time)\b")


def sessions_total(text: str) -> Reckoned | None:
    """A number of sessions of the same length, added up."""
    found = SESSION.search(text)
    if found is None or not TOTAL_TIME.search(text):
        return None
    name = _one(found.group(1) or found.group(4))
    length, unit = _f(found.group(2) or found.group(5)), (found.group(3) or found.group(6)).lower()
    count = next((m for m in re.finditer(rf"(?<![\d.,]){NUM}\s+{re.escape(name)}(?:e?s)?\b", text)
                  if not found.start() <= m.start() < found.end()), None)
    if count is None:
        return None
    times = _f(count.group(1))
    minutes = times * length * (60 if unit.startswith("h") else 1)
    return Reckoned("total time", minutes / 60, "hours",
                    f"{show(times)} × {show(length)} {unit} = {show(minutes)} minutes",
                    text=f"{hours_minutes(minutes)} ({show(minutes)} minutes)")


# --- a count going down by steps ------------------------------------------------------------------

START = _c(rf"(?<![\d.]){NUM}\s+([a-z]+)\s+(?:on\s+)?(?:day|week)\s+(?:1|one)\b|\bstart(?:s"
           rf"|ing)?\s+(?:at|"
           rf"with|on)\s+{NUM}\s+([a-z]+)")
FEWER = _c(r"\b(?:then\s+)?(1|2|3|4|5|half\s+a|a)\s+(?:fewer|less)\s+(?:each|every|a|per)\s+(?:day|"
           r"week)\b[^.?!]*\b(?:until|till|down\s+to|to)\s+(?:none|zero|0|nothing|(?:there\s+are"
           r"\s+)?"
           r"no\s+more)\b|\b(?:reduc\w+|cut\w*|drop\w*|decreas\w+|taper\w*)\s+by\s+(1|2|3|4|5)\s+"
           r"(?:each|every|a|per)\s+(?:day|week)\b[^.?!]*\b(?:until|till|down\s+to|to)\s+(?:none"
           r"|zero|"
           r"0|nothing)\b")
HOW_MANY = _c(r"\bhow\s+many\b|\btotal\b")


def taper_total(text: str) -> Reckoned | None:
    """A daily count going down by a step until none, added up."""
    start, fewer = START.search(text), FEWER.search(text)
    if start is None or fewer is None or not HOW_MANY.search(text):
        return None
    first = _f(start.group(1) or start.group(3))
    step_word = (fewer.group(1) or fewer.group(2)).lower()
    step = Fraction(1) if step_word == "a" else Fraction(1, 2) if step_word == "half a" else \
        Fraction(step_word)
    if step <= 0 or first <= 0 or first > 10_000:
        return None
    days = math.ceil(first / step)
    total = sum((first - step * k for k in range(days)), Fraction(0))
    thing = start.group(2) or start.group(4)
    return Reckoned("total", total, thing, f"{show(first)} + {show(first - step)} + … over "
                    f"{days} days", text=f"{show(total)} {thing} over {days} days")


# --- many files of a size -----------------------------------------------------------------------

SIZES = {"kb": 1, "mb": 2, "gb": 3, "tb": 4}
FILES = _c(rf"(?<![\d.]){NUM}\s+([a-z]+)\s+(?:at|of|averaging|each\s+(?:about|around)?)\s*"
           rf"(?:about\s+|"
           rf"around\s+|roughly\s+)?{NUM}\s*(kb|mb|gb)\b")
SIZE_ASK = _c(r"\bhow\s+many\s+(kb|mb|gb|tb)\b|\bin\s+(kb|mb|gb|tb)\b|\bhow\s+much\s+(?:space"
              r"|storage)\b")
STATED = _c(r"\b1\s*(gb|tb|mb)\s*=\s*(1000|1024)\s*(mb|gb|kb)\b")


def files_size(text: str) -> Reckoned | None:
    """A number of files times their size, in the unit asked."""
    files, ask = FILES.search(text), SIZE_ASK.search(text)
    if files is None or ask is None:
        return None
    count, size, unit = _f(files.group(1)), _f(files.group(3)), files.group(4).lower()
    wanted = (ask.group(1) or ask.group(2) or "gb").lower()
    stated = STATED.search(text)
    base = int(stated.group(2)) if stated else 1000
    value = count * size * Fraction(base) ** (SIZES[unit] - SIZES[wanted])
    shown_unit = wanted.upper()
    return Reckoned("total size", value, shown_unit,
                    f"{show(count)} × {show(size)} {unit.upper()} ÷ {base}^"
                    f"{SIZES[wanted] - SIZES[unit]}")


# --- a term in payments ---------------------------------------------------------------------

TERM = _c(rf"(?<![\d.]){NUM}\s*(years?|yrs?)\b")
PAYMENTS_ASK = _c(r"\bhow\s+many\s+(monthly|weekly|fortnightly|quarterly)\s+(?:payments"
                  r"|instal?ments|"
                  r"repayments|bills|deposits)\b")
PER_YEAR = {"monthly": 12, "weekly": 52, "fortnightly": 26, "quarterly": 4}


def term_payments(text: str) -> Reckoned | None:
    """The payments a term of years holds."""
    term, ask = TERM.search(text), PAYMENTS_ASK.search(text)
    if term is None or ask is None:
        return None
    often = ask.group(1).lower()
    count = _f(term.group(1)) * PER_YEAR[often]
    return Reckoned("payments", count, "payments",
                    f"{show(_f(term.group(1)))} years × {PER_YEAR[often]}",
                    text=f"{show(count)} {often} payments")


# --- growth each period -------------------------------------------------------------------------

BASE = _c(rf"(?<![\d.]){NUM}\s*(km|miles?|mi|minutes?|mins|kg|reps|pages|words|hours?|laps)\s+"
          rf"(?:this|a|per|each|in\s+the\s+first|the\s+first|in)\s+(week|day|month)\b")
GROW = _c(rf"\b(?:add(?:ing)?|increas\w*|grow\w*|up|rais\w*|build\w*\s+up)\s+(?:by\s+|it\s+by"
          rf"\s+)?{NUM}"
          rf"\s*(?:%|percent|per\s*cent)\s+(?:each|every|a|per)\s+(week|day|month)\b")
AT = _c(r"\b(?:in|by|during|for|on)\s+(?:week|day|month)\s+(\d+)\b")


def growth_at_period(text: str) -> Reckoned | None:
    """An amount growing by a percentage each period, in a numbered period."""
    base, grow = BASE.search(text), GROW.search(text)
    at = next(reversed(list(AT.finditer(text))), None)  # the period asked comes last
    if base is None or grow is None or at is None or "total" in text:
        return None
    start, rate, number = _f(base.group(1)), _f(grow.group(1)), int(at.group(1))
    if number < 1 or number > 520:
        return None
    value = start * (1 + rate / 100) ** (number - 1)
    unit = base.group(2)
    return Reckoned(f"{grow.group(2)} {number}", value, unit,
                    f"{show(start)} × (1 + {show(rate)}%)^{number - 1}")


KINDS = (sessions_total, taper_total, files_size, term_payments, growth_at_period)
