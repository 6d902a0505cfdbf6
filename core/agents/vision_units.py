"""A figure read from an image converted into the unit the question names ("what is this
limit in km/h?", "in fahrenheit", "how many feet is that?", "and in lbs?"). Exact factors."""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci

MILE = Fraction("1.609344")
FOOT = Fraction("0.3048")
POUND = Fraction("0.45359237")
OUNCE = Fraction("28.349523125")
TARGETS = (
    ("F", ci(r"\bfahrenheit\b|°\s?F\b|\bdegrees\s+F\b"), "°F"),
    ("C", ci(r"\bcelsius\b|\bcentigrade\b|°\s?C\b"), "°C"),
    ("km/h", ci(r"\bkm/h\b|\bkph\b|\bkilomet(?:er|re)s?\s+(?:per|an|a)\s+hour\b|\bkmh\b"), "km/h"),
    ("mph", ci(r"\bmph\b|\bmiles\s+(?:per|an|a)\s+hour\b"), "mph"),
    ("ft", ci(r"\bfeet\b|\bfoot\b|\bft\b"), "ft"),
    ("m", ci(r"\bmet(?:er|re)s?\b"), "m"),
    ("lb", ci(r"\blbs?\b|\bpounds?\b(?!\s+sterling)"), "lb"),
    ("kg", ci(r"\bkilo(?:gram)?s?\b|\bkg\b"), "kg"),
    ("mi", ci(r"\bmiles?\b"), "miles"),
    ("km", ci(r"\bkilomet(?:er|re)s?\b|\bkm\b"), "km"),
    ("oz", ci(r"\bounces?\b|\boz\b"), "oz"),
    ("in", ci(r"\binch(?:es)?\b"), "in"),
    ("cm", ci(r"\bcentimet(?:er|re)s?\b|\bcm\b"), "cm"),
)
INCH = Fraction("0.0254")
FACTORS: dict[tuple[str, str], Fraction] = {
    ("mph", "km/h"): MILE, ("km/h", "mph"): 1 / MILE, ("mi", "km"): MILE, ("km", "mi"): 1 / MILE,
    ("m", "ft"): 1 / FOOT, ("ft", "m"): FOOT, ("kg", "lb"): 1 / POUND, ("lb", "kg"): POUND,
    ("g", "oz"): 1 / OUNCE, ("oz", "g"): OUNCE, ("kg", "oz"): 1000 / OUNCE,
    ("lb", "oz"): Fraction(16), ("g", "lb"): Fraction(1, 1000) / POUND,
    ("in", "m"): INCH, ("m", "in"): 1 / INCH, ("in", "cm"): INCH * 100, ("cm", "in"): 1 / (
        INCH * 100), ("in", "ft"): Fraction(1, 12), ("ft", "in"): Fraction(12),
    ("t", "kg"): Fraction(1000), ("kg", "t"): Fraction(1, 1000), ("t", "lb"): 1000 / POUND,
}


# "1 m = 3.281 ft", "1 mile is 1.609 km", "2.2046 lb per kg", "28.35 g/oz": the factor given
STATED = ci(r"(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>[a-z°]+)\s*(?:=|is|equals)\s*(?P<b>\d+(?:\.\d+)?)\s*"
            r"(?P<ub>[a-z°]+)|(?P<c>\d+(?:\.\d+)?)\s*(?P<uc>[a-z°]+)\s*(?:/|per|an?)\s*(?P<ud>[a-z°]+)\b")


def _named(word: str) -> str | None:
    for unit, pattern, _ in TARGETS:
        if (found := pattern.search(word)) is not None and found.span() == (0, len(word)):
            return unit
    return {"kms": "km", "mile": "mi", "mi": "mi", "m": "m", "g": "g", "grams": "g",
            "gram": "g"}.get(word.lower())


def stated_factors(question: str) -> dict[tuple[str, str], Fraction]:
    """The conversion factors the question states, both ways: "1 m = 3.281 ft" gives
    (m, ft) → 3.281 and (ft, m) → 1/3.281."""
    out: dict[tuple[str, str], Fraction] = {}
    for found in STATED.finditer(question):
        if found.group("a"):
            a, ua, b, ub = (Fraction(found.group("a")), found.group("ua"),
                            Fraction(found.group("b")), found.group("ub"))
        else:
            a, ua, b, ub = (Fraction(1), found.group("ud"), Fraction(found.group("c")),
                            found.group("uc"))
        source, target = _named(ua), _named(ub)
        if source and target and source != target and a and b:
            out[(source, target)], out[(target, source)] = b / a, a / b
    return out


def convert(value: Fraction, source: str, target: str,
            stated: dict[tuple[str, str], Fraction] | None = None) -> Fraction | None:
    if stated and (source, target) in stated:
        return value * stated[(source, target)]  # the factor the question gives
    if (source, target) == ("C", "F"):
        return value * Fraction(9, 5) + 32
    if (source, target) == ("F", "C"):
        return (value - 32) * Fraction(5, 9)
    factor = FACTORS.get((source, target))
    return value * factor if factor is not None else None


def targets(question: str) -> list[tuple[str, str]]:
    """The units the question names, as (unit, how it is shown), in the order named."""
    found = []
    for unit, pattern, shown in TARGETS:
        if (at := pattern.search(question)) is not None:
            found.append((at.start(), unit, shown))
    taken = {unit for _, unit, _ in found}
    if "mph" in taken:  # "miles per hour" also names miles
        found = [f for f in found if f[1] != "mi"]
    if "km/h" in taken:
        found = [f for f in found if f[1] != "km"]
    return [(unit, shown) for _, unit, shown in sorted(found)]


def convert_asked(question: str, value: Fraction, unit: str) -> list[tuple[str, Fraction]]:
    """The figure in each other unit the question names it in: (shown unit, value)."""
    stated = stated_factors(question)
    return [(shown, result) for target, shown in targets(question)
            if target != unit and (result := convert(value, unit, target, stated)) is not None]
