"""Totals made of parts: legs of a trip at their own speeds, a commute each way over working
days, an amount cut or raised by a percent, what is left of a goal, a loaded barbell and the
volume of sets lifted.

"237 km at 90 km/h, then 22 km at 60 km/h: total driving time?" → 3 hours; "16.1 km each way,
240 working days a year" → 7,728 km; "cutting the 180 g of sugar by 20%" → 144 g; "aiming for
2.7 L, had 4 glasses of 200 ml: how much more?" → 1,900 ml; "20 kg bar with 25, 5, 2.5 kg plates
on each side" → 85 kg; "6 sets of 7 at 62.5 kg" → 2,625 kg.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _duration, _f, _show

LEG = _c(rf"{NUM}\s*(km|kilomet\w+|miles?|mi)\b[^.;]*?\bat\s+(?:about\s+)?{NUM}\s*(km/h|kph|kmh|"
         r"mph|km\s+an\s+hour|miles\s+an\s+hour)")
TOTAL_TIME = _c(r"\btotal\s+(?:driving\s+|travel\s+|journey\s+|riding\s+)?time\b|\bhow\s+long\b|"
                r"\bhow\s+much\s+time\b|\bjourney\s+time\b|\btime\s+altogether\b")


def legs_time(text: str) -> Trip | None:
    """The time of a trip made of legs, each at its own speed."""
    legs = list(LEG.finditer(text))
    if len(legs) < 2 or TOTAL_TIME.search(text) is None:
        return None
    seconds = Fraction(0)
    for leg in legs:
        if _f(leg.group(3)) <= 0:
            return None
        seconds += _f(leg.group(1)) / _f(leg.group(3)) * 3600
    return Trip("time", seconds / 3600, "hours", _duration(seconds),
                " + ".join(f"{leg.group(1)} ÷ {leg.group(3)}" for leg in legs))


EACH_WAY = _c(rf"{NUM}\s*(km|kilomet\w+|miles?|mi)\s+(?:each\s+way|one\s+way|there)\b")
DAYS = _c(rf"{NUM}\s+(?:working\s+|work\s+|office\s+|school\s+)?days?\b")
WEEKLY = _c(r"\s*(?:a|per|each|every)\s+week\b|\s*/\s*(?:week|wk)\b")
WEEKS_A_YEAR = _c(rf"{NUM}\s+(?:working\s+|work\s+|school\s+|office\s+)?weeks?\s+"
                  r"(?:a|per|each|every|in\s+a)\s+year\b")


def each_way(text: str) -> Trip | None:
    """A distance each way, there and back on each of a number of days."""
    way, days = EACH_WAY.search(text), DAYS.search(text)
    if way is None or days is None or not re.search(r"\btotal\b|\bhow\s+(?:far|many)\b|\ba\s+year\b"
                                                    r"|\bper\s+year\b|\bin\s+a\b", text):
        return None
    unit = "km" if way.group(2).lower().startswith("k") else "miles"
    total = _f(way.group(1)) * 2 * _f(days.group(1))
    basis = f"{way.group(1)} {unit} × 2 × {days.group(1)} days"
    weeks = WEEKS_A_YEAR.search(text)
    if weeks is not None and WEEKLY.match(text, days.end()):  # "3 days a week, 48 weeks a year"
        total *= _f(weeks.group(1))
        return Trip("distance", total, f"{unit} a year", f"{_show(total)} {unit} a year",
                    f"{basis} × {weeks.group(1)} weeks")
    span = re.search(r"\b(?:a|per|each)\s+(week|year|month)\b", text)
    label = f"{unit} a {span.group(1)}" if span else unit
    return Trip("distance", total, label, f"{_show(total)} {label}", basis)


AMOUNT = _c(rf"{NUM}\s*(g|grams?|kg|ml|l|litres?|liters?|cups?|tbsp|tsp|oz)\b")
BY_PERCENT = _c(r"\b(cut|cutting|reduce|reducing|lower|lowering|less|drop|dropping|trim|"
                r"trimming|increase|increasing|raise|raising|more|boost|boosting|up)\b[^.?]*?\bby\s+"
                rf"{NUM}\s*(?:%|percent\b)")


def cut_by_percent(text: str) -> Trip | None:
    """An amount with its unit cut or raised by a percent."""
    change, amounts = BY_PERCENT.search(text), list(AMOUNT.finditer(text))
    if change is None or len(amounts) != 1 or not re.search(r"\bhow\s+much\b|\bwhat\b|\?", text):
        return None
    down = change.group(1).lower().startswith(("cut", "reduc", "lower", "less", "drop", "trim"))
    share = _f(change.group(2)) / 100
    value = _f(amounts[0].group(1)) * (1 - share if down else 1 + share)
    unit = amounts[0].group(2)
    return Trip("amount", value, unit, f"{_show(value)} {unit}",
                f"{amounts[0].group(0)} × ({'1 − ' if down else '1 + '}{change.group(2)}%)")


GOAL = _c(rf"\b(?:aim(?:ing)?\s+for|goal\s+(?:is|of)?|target\s+(?:is|of)?|want\s+to\s+drink|"
          rf"need\s+to\s+drink)\s+(?:about\s+)?{NUM}\s*(l|litres?|liters?|ml)\b")
HAD = _c(rf"\b{NUM}\s+(?:glasses|cups|bottles|mugs)\s+of\s+{NUM}\s*(ml|l)\b")
LEFT_ASK = _c(r"\bhow\s+much\s+(?:more|left|else|to\s+go)\b|\bleft\s+to\s+drink\b|\bstill\s+need\b")


def left_of_goal(text: str) -> Trip | None:
    """What is left to drink of a daily goal after glasses of a size."""
    goal, had = GOAL.search(text), HAD.search(text)
    if goal is None or had is None or LEFT_ASK.search(text) is None:
        return None
    target = _f(goal.group(1)) * (1 if goal.group(2).lower() == "ml" else 1000)
    drunk = _f(had.group(1)) * _f(had.group(2)) * (1000 if had.group(3).lower() == "l" else 1)
    left = target - drunk
    return Trip("still to drink", left, "ml", f"{_show(left)} ml ({_show(left / 1000)} L)",
                f"{goal.group(1)} {goal.group(2)} − {had.group(1)} × {had.group(2)} ml")


BAR = _c(rf"{NUM}\s*(kg|lb)s?\s+(?:olympic\s+)?bar\b")
PLATES = _c(rf"((?:{NUM}\s*(?:kg|lb)?s?\s*(?:,|and|\+|&)?\s*)+)(?:kg|lb)s?\s+plates?\s+(?:on\s+)?"
            r"(each|both|per|a)\s+side")


def barbell(text: str) -> Trip | None:
    """A bar and the plates on each side: the weight lifted."""
    bar = BAR.search(text) if "plate" in text.lower() else None
    # the plates' pattern backtracks a long way on any run of figures: only tried beside a bar
    plates = PLATES.search(text) if bar is not None else None
    if bar is None or plates is None:
        return None
    each = [_f(n.replace(",", "")) for n in re.findall(r"\d+(?:\.\d+)?", plates.group(1))]
    total = _f(bar.group(1)) + 2 * sum(each, Fraction(0))
    unit = bar.group(2)
    return Trip("total weight", total, unit, f"{_show(total)} {unit}",
                f"{bar.group(1)} + 2 × ({' + '.join(_show(e) for e in each)})")


SETS = _c(rf"{NUM}\s+sets?\s+of\s+{NUM}(?:\s+reps?)?\s+(?:at|with|of)\s+{NUM}\s*(kg|lbs?)\b")


def sets_volume(text: str) -> Trip | None:
    """Sets × reps × weight: the volume lifted."""
    m = SETS.search(text)
    if m is None or not re.search(r"\bvolume\b|\btotal\b|\bhow\s+much\b", text):
        return None
    total = _f(m.group(1)) * _f(m.group(2)) * _f(m.group(3))
    return Trip("volume lifted", total, m.group(4), f"{_show(total)} {m.group(4)}",
                f"{m.group(1)} × {m.group(2)} × {m.group(3)} {m.group(4)}")


def legs_and_totals(text: str) -> Trip | None:
    """Any of the totals above."""
    return legs_time(text) or each_way(text) or cut_by_percent(text) or left_of_goal(text) or \
        barbell(text) or sets_volume(text)
