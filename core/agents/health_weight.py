"""Weights from a height: the range between two BMIs the message gives ("healthy BMI is 18.5
to 24.9, I'm 175 cm: lowest and highest weight?"), an ideal body weight by a named formula
(Devine, Robinson, Miller, Hamwi), and how far a BMI moved with a weight lost or gained."""

from __future__ import annotations

import re

from core.tools import health

NUM = r"(\d+(?:\.\d+)?)"
BMI_BAND = re.compile(rf"\bbmi\b[^.?!\d]{{0,30}}{NUM}\s*(?:-|–|to|and)\s*{NUM}|"
                      rf"{NUM}\s*(?:-|–|to)\s*{NUM}\s+(?:is\s+)?(?:a\s+)?(?:healthy|normal)?"
                      r"\s*bmi\b", re.I)
RANGE_ASK = re.compile(r"\b(?:lowest|highest|least|most|min(?:imum)?|max(?:imum)?|range|"
                       r"between|limits?)\b", re.I)
# (base kg at 5 ft, kg per inch over 5 ft) for men and women
IDEAL = {"devine": ((50, 2.3), (45.5, 2.3)), "robinson": ((52, 1.9), (49, 1.7)),
         "miller": ((56.2, 1.41), (53.1, 1.36)), "hamwi": ((48, 2.7), (45.5, 2.2))}
IDEAL_NAME = re.compile(r"\b(devine|robinson|miller|hamwi)\b", re.I)
MOVED = re.compile(rf"\b(lost|lose|losing|dropped|shed|gained|gain|put\s+on)\s+(?:about\s+)?"
                   rf"{NUM}\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b", re.I)
MOVED_ASK = re.compile(r"\bhow\s+much\b[^.?!]*\bbmi\b|\bbmi\b[^.?!]*\b(?:gone|go|went|come|"
                       r"dropped|fallen|fall|fell|risen|rise|changed?|moved|difference|"
                       r"down|up)\b|\bby\s+how\s+much\b", re.I)
LB = 0.45359237


def bmi_band(text: str, height: float | None, weight: float | None) -> health.HealthResult | None:
    """The weights at the two BMIs the message gives, for its height."""
    band = BMI_BAND.search(text)
    if band is None or height is None or weight is not None or not RANGE_ASK.search(text):
        return None
    low, high = (float(g) for g in band.groups() if g)
    if not 10 <= low < high <= 60 or not 40 <= height <= 260:
        return None
    metres = height / 100
    light, heavy = low * metres**2, high * metres**2
    return health.HealthResult(f"weight for a BMI of {low:g} to {high:g}",
                               f"{health._two(light)} kg to {health._two(heavy)} kg",
                               f"BMI {low:g} and {high:g} × ({metres:g} m)²",
                               f"about {light:.1f}–{heavy:.1f} kg, {light / LB:.1f}–"
                               f"{heavy / LB:.1f} lb")


def ideal_weight(text: str, height: float | None, sex: str | None) -> health.HealthResult | str \
        | None:
    """An ideal body weight by the formula named (Devine by default for "ideal body weight
    formula" when one is named)."""
    named = IDEAL_NAME.search(text)
    if named is None:
        return None
    if height is None or sex is None:
        return "for an ideal body weight I need the height and whether male or female"
    base, per_inch = IDEAL[named.group(1).lower()][0 if sex == "male" else 1]
    inches = height / 2.54
    value = base + per_inch * (inches - 60)
    if not 20 <= value <= 200:
        return None
    return health.HealthResult(f"ideal body weight ({named.group(1).title()})",
                               f"{health._two(value)} kg", f"{base:g} kg + {per_inch:g} kg × "
                               f"({health._two(inches)} in − 60 in)",
                               f"about {value:.1f} kg, {value / LB:.1f} lb")


def bmi_moved(text: str, weight: float | None, height: float | None) -> health.HealthResult | None:
    """"started at 111 kg, lost 12 kg, 183 cm: by how much has my BMI gone down?"."""
    moved = MOVED.search(text)
    if moved is None or height is None or not MOVED_ASK.search(text):
        return None
    amount = float(moved.group(2)) * (LB if moved.group(3).lower().startswith(("lb", "pound"))
                                      else 1)
    metres = height / 100
    change = amount / metres**2
    down = moved.group(1).lower().startswith(("lo", "dr", "sh"))
    detail = ""
    if weight is not None:
        before = weight / metres**2
        after = before - change if down else before + change
        detail = f"from {health._two(before)} to {health._two(after)}"
    return health.HealthResult(f"BMI {'down' if down else 'up'} by", health._two(change),
                               f"{health._two(amount)} kg ÷ ({metres:g} m)²", detail)
