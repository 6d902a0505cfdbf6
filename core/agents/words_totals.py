"""A total of the same measured amount repeated: "662 kcal on each of my 2 rides" → 1,324
kcal; "4 runs of 8.5 km each", "450 kcal per session, 3 sessions this week", "each of my 5
loads was 12 kg". The amount keeps its unit; money stays with the price readers.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show
from core.tools.unitnames import CURRENCY, readings

QTY = rf"(?:about\s+|around\s+|roughly\s+|approximately\s+|~\s*)?{NUM}\s*([a-z]+(?:/[a-z]+)?)"
THING = r"([a-z]+)\b"
EACH_OF = _c(rf"{QTY}\s+(?:on|for|in|from|during|with|at|over)?\s*(?:each|every)\s+(?:one\s+)?of\s+"
             rf"(?:my|the|our|his|her|their|those|these|all)?\s*{NUM}\s+{THING}")
EACH_OF_FIRST = _c(rf"\b(?:each|every)\s+(?:one\s+)?of\s+(?:my|the|our|his|her|their|those|these|"
                   rf"all)?\s*{NUM}\s+{THING}\s+(?:was|were|is|are|took|burned|burnt|covered|"
                   rf"came\s+to|used|weighed|had|lasted)\s+{QTY}")
OF_EACH = _c(rf"\b{NUM}\s+{THING}\s+(?:of|at|with|burning|covering|using|weighing|lasting)\s+"
             rf"{QTY}\s+(?:each|apiece|a\s+piece|every\s+time)")
PER = _c(rf"{QTY}\s+(?:per|a|an|each|every)\s+{THING}")
TOTAL_ASK = _c(r"\btotal\b|\baltogether\b|\bin\s+all\b|\bcombined\b|\ball\s+together\b|"
               r"\bsum\b|\boverall\b|\bhow\s+(?:many|much)\b[^.?!]*\b(?:all|week|month|total)\b")


def _unit(word: str) -> str | None:
    units = readings(word)
    return word if units and all(u.dim != CURRENCY for u in units) else None


def _stem(word: str) -> str:
    return re.sub(r"(?:es|s)$", "", word) if len(word) > 3 else word


def _same(thing: str, other: str) -> bool:
    return _stem(thing) == _stem(other) or thing.rstrip("s") == other.rstrip("s")


def repeated_total(text: str) -> Trip | None:
    """The total of an amount repeated a number of times (text expanded, lower-cased)."""
    if len(text) > 400 or TOTAL_ASK.search(text) is None or re.search(r"[$€£¥]", text):
        return None
    found: tuple[str, str, str, str] | None = None  # amount, unit, count, thing
    if m := EACH_OF.search(text):
        found = (m.group(1), m.group(2), m.group(3), m.group(4))
    elif m := EACH_OF_FIRST.search(text):
        found = (m.group(3), m.group(4), m.group(1), m.group(2))
    elif m := OF_EACH.search(text):
        found = (m.group(3), m.group(4), m.group(1), m.group(2))
    elif m := PER.search(text):
        counts = [c for c in re.finditer(rf"{NUM}\s+{THING}", text)
                  if _same(c.group(2), m.group(3)) and not m.start() <= c.start() < m.end()]
        if len(counts) == 1:
            found = (m.group(1), m.group(2), counts[0].group(1), counts[0].group(2))
    if found is None or _unit(found[1]) is None:
        return None
    if re.search(r"\bhow\s+(?:many|much)\b[^.?!]*\b(?:a|per|each|in\s+a)\s+(?:week|month|year)\b",
                 text) and re.search(r"\b(?:every|each|a|per)\s+day\b|\bdaily\b", text):
        return None  # "… every day: how many litres a week?" is a rate over a period
    if wider(text, 2):
        return None
    amount, unit, count, thing = _f(found[0]), found[1], _f(found[2]), found[3]
    if count <= 1 or count.denominator != 1 or amount <= 0 or count > 10_000:
        return None
    total = amount * count
    shown = f"{_show(total)} {unit}"
    if re.fullmatch(r"min(?:ute)?s?", unit) and total >= 60 and total.denominator == 1:
        hours, minutes = divmod(int(total), 60)  # "1,160 minutes (19 hours 20 minutes)"
        shown += f" ({hours} hours {minutes} minutes)" if minutes else f" ({hours} hours)"
    return Trip("total", total, unit, shown,
                f"{_show(amount)} {unit} × {_show(Fraction(count))} {thing}")


def wider(text: str, used: int) -> bool:
    """The quantities combined by their units take in more of what is given than ``used``."""
    from core.agents.words_dimensions import dimensions

    found = dimensions(text)
    return found is not None and found.basis.count("×") + found.basis.count("÷") + 1 > used
