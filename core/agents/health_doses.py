"""How many doses a course takes, from how often they are taken and for how long.

"if I take it every 4 hours for 7 days, how many doses is that?" → 42 doses; "one tablet
every 8 hours for 2 weeks — how many tablets do I need?" → 42 tablets; "2 puffs every 12
hours over a fortnight, how many puffs?" → 56. Doses every few hours are counted round the
clock; a count per dose ("2 tablets every 6 hours") multiplies when the question counts
the same things. A supply that names a number a day stays with the supply reader.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

THINGS = (r"doses|tablets|pills|capsules|caps|puffs|drops|sachets|injections|shots|spoonfuls|"
          r"teaspoons|lozenges|patches|times")
COUNT_ASK = _c(rf"\bhow\s+many\s+(?:(?:individual|separate|single|total)\s+)?({THINGS})\b|"
               rf"\b(?:number|total)\s+of\s+({THINGS})\b")
EVERY = _c(rf"\bevery\s+{NUM}\s*(hours?|hrs?|h)\b|\bevery\s+(hour)\b")
FOR = _c(rf"\b(?:for|over|across|during|in|lasting|through)\s+(?:the\s+next\s+|a\s+|one\s+)?"
         rf"(?:{NUM}\s*)?(days?|weeks?|fortnights?|hours?|hrs?)\b|\b(?:a|one|{NUM})[\s-]*"
         rf"(day|week)[\s-]+(?:course|supply|treatment|prescription)\b")
PER_DOSE = _c(rf"\b{NUM}\s*({THINGS})\s+(?:every|each\s+time|at\s+a\s+time|a\s+time|per\s+dose)")
HOURS = {"day": 24, "week": 168, "fortnight": 336, "hour": 1, "hr": 1, "h": 1}


def _unit(word: str) -> str:
    word = word.lower()
    return "hour" if word.startswith(("hr", "h")) else word.rstrip("s")


def dose_count(text: str) -> Trip | None:
    """The doses (or tablets, puffs …) a course of regular doses takes (text expanded,
    lower-cased), or None."""
    ask = COUNT_ASK.search(text)
    every = EVERY.search(text)
    if ask is None or every is None:
        return None
    interval = _f(every.group(1)) if every.group(1) else Fraction(1)
    spans = [m for m in FOR.finditer(text) if not every.start() <= m.start() < every.end()]
    if interval <= 0 or len(spans) != 1:
        return None
    span = spans[0]
    count = _f(span.group(1) or span.group(3) or "1")
    unit = _unit(span.group(2) or span.group(4))
    hours = count * HOURS[unit]
    doses = int(hours // interval)
    if doses <= 0 or doses > 10_000:
        return None
    asked = (ask.group(1) or ask.group(2)).lower()
    asked = "doses" if asked == "times" else asked
    each = PER_DOSE.search(text)
    per = _f(each.group(1)) if each is not None and each.group(2).lower().rstrip("s") == \
        asked.rstrip("s") else Fraction(1)
    total = per * doses
    period = f"{_show(count)} {unit}{'s' if count != 1 else ''}"
    basis = f"{period} ({_show(hours)} h) ÷ every {_show(interval)} h = {doses} doses"
    if per != 1:
        basis += f" × {_show(per)} {asked}"
    noun = asked if total != 1 else asked.rstrip("s")
    return Trip("doses" if asked == "doses" else f"{asked} needed", total, asked,
                f"{_show(total)} {noun}", basis)


MASS = r"(mg|milligrams?|mcg|micrograms?|µg|g|grams?|ml|millilit(?:er|re)s?|iu|units?)"
DOSE = _c(rf"\b(?:(\d{{1,2}})\s*(?:x|×|tablets?|pills?|capsules?|caps?)\s*(?:of\s+)?)?{NUM}\s*"
          rf"{MASS}\b")
TIMES_A_DAY = _c(r"\b(\d{1,2})\s*(?:times|x)\s*(?:a|per|each|every)\s+day\b|\b(\d{1,2})\s*times\s+"
                 r"daily\b|\b(once|twice|thrice)\s+(?:a\s+day|daily|per\s+day)\b")
TOTAL_ASK = _c(r"\bhow\s+(?:many|much)\s+(?:mg|milligrams?|mcg|micrograms?|g|grams?|ml|"
               r"millilit\w+|units?|iu|medicine|paracetamol|ibuprofen|in\s+total|altogether|"
               r"total)\b|\btotal\s+(?:dose|amount|intake)\b|\bin\s+total\b|\baltogether\b")
WORDS = {"once": 1, "twice": 2, "thrice": 3}
UNITS = {"milligram": "mg", "milligrams": "mg", "microgram": "mcg", "micrograms": "mcg",
         "µg": "mcg", "gram": "g", "grams": "g", "unit": "units", "iu": "IU"}


def dose_amount_total(text: str) -> Trip | None:
    """"400 mg three times a day for 5 days, how many mg in total?" → 6,000 mg; "500 mg
    every 6 hours for a week: total?" → 14,000 mg."""
    dose = DOSE.search(text)
    if dose is None or TOTAL_ASK.search(text) is None:
        return None
    daily = TIMES_A_DAY.search(text)
    every = EVERY.search(text)
    if daily is not None:
        per_day = Fraction(WORDS[daily.group(3).lower()] if daily.group(3) else
                           int(daily.group(1) or daily.group(2)))
        said = daily.group(0)
    elif every is not None:
        hours = _f(every.group(1)) if every.group(1) else Fraction(1)
        if hours <= 0:
            return None
        per_day = Fraction(int(24 // hours))
        said = every.group(0)
    else:
        return None
    skip = [(dose.start(), dose.end()), (daily or every).span()]  # type: ignore[union-attr]
    spans = [m for m in FOR.finditer(text) if not any(a <= m.start() < b for a, b in skip)]
    days, period = Fraction(1), "a day"
    if len(spans) == 1:
        span = spans[0]
        count = _f(span.group(1) or span.group(3) or "1")
        unit = _unit(span.group(2) or span.group(4))
        if unit == "hour":
            return None  # "over 24 hours" with doses a day: left to the timing reader
        if daily is None and count == 1 and unit in ("day", "week"):
            return None  # "every 8 hours … in a day": the dose-total reader's
        days = count * HOURS[unit] / 24
        period = f"{_show(count)} {unit}s" if count != 1 else f"a {unit}"
    elif len(spans) > 1 or daily is None:
        return None  # doses every few hours over a day: the dose-total reader's
    each = _f(dose.group(2)) * int(dose.group(1) or 1)
    unit = UNITS.get(dose.group(3).lower(), dose.group(3).lower())
    total = each * per_day * days
    if total <= 0:
        return None
    shown = f"{_show(total)} {unit}"
    if unit == "mg" and re.search(r"\bhow\s+many\s+(?:grams|g)\b|\bin\s+(?:grams|g)\b", text):
        shown = f"{_show(total / 1000)} g ({shown})"  # asked in grams
    return Trip(f"total over {period}", total, unit, shown,
                f"{_show(each)} {unit} × {_show(per_day)} a day ({said}) × {_show(days)} "
                f"day{'s' if days != 1 else ''}")
