"""The volume of a box-shaped space from its three sides, in the unit the question names.

"the pool is 4 m long, 3 m wide and 1.5 m deep, how many litres does it hold?" → 18,000
litres; "a 60 x 30 x 40 cm tank, how many litres?" → 72 litres; "a raised bed 2.4 m by
1.2 m by 0.3 m, how many cubic metres of soil?"; "fish tank 24 by 12 by 16 inches: US
gallons?". Sides convert exactly; a second unit asked beside the first is shown too.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

SIDE = r"(mm|cm|m|metres?|meters?|ft|feet|foot|in|inch(?:es)?|yards?|yd)"
METRE = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1),
         "ft": Fraction("0.3048"), "in": Fraction("0.0254"), "yd": Fraction("0.9144")}
BY = r"\s*(?:x|×|\*|by)\s*"
BOX = _c(rf"{NUM}\s*{SIDE}?{BY}{NUM}\s*{SIDE}?{BY}{NUM}\s*{SIDE}\b")
LENGTH = _c(rf"{NUM}\s*{SIDE}\b(?:\s*(?:long|wide|deep|high|tall|in\s+(?:length|width|depth|"
            rf"height)))?")
# the units a volume is asked in, each with its size in cubic metres and its name
VOLUMES: tuple[tuple[str, Fraction, str], ...] = (
    (r"(?:us\s+|american\s+)?gallons?|gal\b", Fraction("0.003785411784"), "US gallons"),
    (r"(?:uk|imperial|british)\s+gallons?", Fraction("0.00454609"), "imperial gallons"),
    (r"cubic\s+met(?:er|re)s?|m3\b|m³", Fraction(1), "m³"),
    (r"cubic\s+centimet(?:er|re)s?|cm3\b|cm³|cc\b", Fraction(1, 10**6), "cm³"),
    (r"cubic\s+(?:feet|foot)|ft3\b|ft³|cu\.?\s*ft\b", Fraction("0.3048") ** 3, "ft³"),
    (r"cubic\s+inch(?:es)?|in3\b|in³", Fraction("0.0254") ** 3, "in³"),
    (r"cubic\s+yards?|yd3\b|yd³", Fraction("0.9144") ** 3, "yd³"),
    (r"millilit(?:er|re)s?|ml\b", Fraction(1, 10**6), "ml"),
    (r"lit(?:er|re)s?|ltrs?\b|l\b", Fraction(1, 1000), "litres"),
)
ASKED = _c(r"\b(?:how\s+many|how\s+much|in|into|as)\s+(?:\w+\s+){0,2}?(" +
           "|".join(f"(?:{pattern})" for pattern, _, _ in VOLUMES) + ")")
VOLUME_ASK = _c(r"\bvolume\b|\bcapacity\b|\bhow\s+much\s+(?:water|soil|concrete|sand|air|"
                r"liquid|compost|gravel|does\s+it\s+hold)\b|\bhold\b")
CUBED = {"m": "m³", "cm": "cm³", "mm": "mm³", "ft": "ft³", "in": "in³", "yd": "yd³"}


def _key(unit: str) -> str:
    unit = unit.lower()
    if unit.startswith(("met", "m")) and unit not in ("mm",):
        return "m"
    if unit.startswith(("f",)):
        return "ft"
    if unit.startswith("in"):
        return "in"
    if unit.startswith("y"):
        return "yd"
    return unit


def _sides(text: str) -> tuple[list[Fraction], str, str] | None:
    """The three sides in metres, how they were written, and the unit they share."""
    box = BOX.search(text)
    if box is not None:
        last = _key(box.group(6))
        units = [_key(u) if u else last for u in (box.group(2), box.group(4))] + [last]
        values = [box.group(1), box.group(3), box.group(5)]
        sides = [_f(v) * METRE[u] for v, u in zip(values, units, strict=True)]
        return sides, box.group(0), last if len(set(units)) == 1 else "m"
    found = list(LENGTH.finditer(text))
    if len(found) != 3:
        return None
    units = [_key(m.group(2)) for m in found]
    sides = [_f(m.group(1)) * METRE[u] for m, u in zip(found, units, strict=True)]
    return sides, " × ".join(f"{m.group(1)} {m.group(2)}" for m in found), \
        units[0] if len(set(units)) == 1 else "m"


def box_volume(text: str) -> Trip | None:
    """The volume a box-shaped space holds (text expanded, lower-cased), or None."""
    asked = list(ASKED.finditer(text))
    if not asked and not VOLUME_ASK.search(text):
        return None
    read = _sides(text)
    if read is None or any(side <= 0 for side in read[0]):
        return None
    sides, written, unit = read
    cubic = sides[0] * sides[1] * sides[2]
    wanted: list[tuple[Fraction, str]] = []
    for match in asked:
        said = match.group(1)
        for pattern, size, name in VOLUMES:
            if re.fullmatch(pattern, said, re.I) and (size, name) not in wanted:
                wanted.append((size, name))
                break
    if not wanted:  # "what's the volume?": the sides' unit cubed (and litres beside metres)
        side = METRE.get(unit, Fraction(1))
        wanted = [(side**3, CUBED.get(unit, "m³"))]
        if unit in ("m", "cm"):
            wanted.append((Fraction(1, 1000), "litres"))
    values = [(cubic / size, name) for size, name in wanted]
    first, name = values[0]
    shown = f"{_show(first)} {name}"
    if len(values) > 1:
        shown += " (" + ", ".join(f"{_show(v)} {n}" for v, n in values[1:]) + ")"
    side = METRE.get(unit, Fraction(1))
    return Trip("volume", first, name, shown,
                f"{written} = {_show(cubic / side**3)} {CUBED.get(unit, 'm³')}")
