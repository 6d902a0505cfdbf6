"""A basal metabolic rate by the formula the message names, and the calories a day it
gives with an activity multiplier.

Mifflin–St Jeor is the usual one; "Harris-Benedict" (the revised 1984 form unless "original"
or 1919 is said), "Katch-McArdle" and "Cunningham" (from lean mass: weight less body fat)
are used when named. "BMR × 1.55", "activity factor 1.375" or "moderately active" turns the
rate into maintenance calories.
"""

from __future__ import annotations

import re

from core.agents import bodydata
from core.tools import health
from core.tools.workers import ToolRefused

NUM = r"\d+(?:\.\d+)?"
HARRIS = re.compile(r"\bharris[\s-]*benedict\b|\bharris\b", re.I)
ORIGINAL = re.compile(r"\boriginal\b|\b1919\b|\bold(?:er)?\s+(?:version|form|equation)\b", re.I)
KATCH = re.compile(r"\bkatch(?:[\s-]*mc\s*ardle)?\b|\bmcardle\b", re.I)
CUNNINGHAM = re.compile(r"\bcunningham\b", re.I)
FAT = re.compile(rf"(?P<v>{NUM})\s*(?:%|percent\b|per\s*cent\b)\s*(?:body[\s-]*)?fat\b|"
                 rf"\b(?:body[\s-]*)?fat\s*(?:percentage|%|level)?\s*(?:is|of|at|=|:|was)?\s*"
                 rf"(?:about\s+|around\s+)?(?P<w>{NUM})\s*(?:%|percent\b|per\s*cent\b)", re.I)
LEAN = re.compile(rf"\blean\s+(?:body\s+)?mass\s*(?:is|of|=|:)?\s*(?P<v>{NUM})\s*"
                  rf"(?P<u>kg|kilos?|kilograms?|lbs?|pounds?)\b|(?P<x>{NUM})\s*(?P<y>kg|kilos?|"
                  rf"kilograms?|lbs?|pounds?)\s+(?:of\s+)?lean\b", re.I)
FACTOR = re.compile(r"\b(?:activity|pal)\s*(?:multiplier|factor|level)?\s*(?:of|is|=|:)?\s*"
                    r"(?P<v>[12](?:\.\d+)?)\b|\b(?:multiplier|factor)\s*(?:of|is|=|:)?\s*"
                    r"(?P<w>[12](?:\.\d+)?)\b|(?:×|\*|\bx|\btimes)\s*(?P<x>[12]\.\d+)\b", re.I)
LB = 0.45359237


def lean_mass(text: str, weight: float | None) -> float | None:
    """Lean body mass in kg: said outright, or the weight less its body-fat share."""
    lean = LEAN.search(text)
    if lean is not None:
        value = float(lean.group("v") or lean.group("x"))
        unit = (lean.group("u") or lean.group("y")).lower()
        return value * LB if unit.startswith(("lb", "pound")) else value
    fat = FAT.search(text)
    if fat is None or weight is None:
        return None
    share = float(fat.group("v") or fat.group("w"))
    return weight * (1 - share / 100) if 0 < share < 80 else None


def multiplier(text: str) -> tuple[str, float] | None:
    """The activity multiplier a message gives as a number or names as a level."""
    found = FACTOR.search(text)
    if found is not None:
        value = float(found.group("v") or found.group("w") or found.group("x"))
        if 1 <= value <= 2.6:
            return f"activity factor {value:g}", value
    return bodydata.activity_factor(text)


def _harris(weight: float, height: float, age: int, male: bool,
            original: bool) -> tuple[float, str]:
    if original:
        terms = (66.473, 13.7516, 5.0033, 6.755) if male else (655.0955, 9.5634, 1.8496, 4.6756)
        name = "Harris-Benedict (original)"
    else:
        terms = (88.362, 13.397, 4.799, 5.677) if male else (447.593, 9.247, 3.098, 4.330)
        name = "Harris-Benedict (revised)"
    base, per_kg, per_cm, per_year = terms
    value = base + per_kg * weight + per_cm * height - per_year * age
    return value, (f"{name}: {base:g} + {per_kg:g}×{weight:g} + {per_cm:g}×{height:g} − "
                   f"{per_year:g}×{age}")


async def named_bmr(text: str, weight: float | None, height: float | None, age: int | None,
                    sex: str | None) -> health.HealthResult | str | None:
    """The BMR by a formula other than Mifflin–St Jeor when the message names one; what is
    missing when it cannot be worked out; None when no other formula is named."""
    if KATCH.search(text) or CUNNINGHAM.search(text):
        lean = lean_mass(text, weight)
        if lean is None:
            return "for that BMR I need the lean mass, or the weight and body-fat percentage"
        if not 10 <= lean <= 250:
            raise ToolRefused("lean mass should be between 10 and 250 kg")
        if KATCH.search(text):
            value, basis = 370 + 21.6 * lean, f"Katch-McArdle: 370 + 21.6 × {lean:.2f} kg lean mass"
        else:
            value, basis = 500 + 22 * lean, f"Cunningham: 500 + 22 × {lean:.2f} kg lean mass"
        return health.HealthResult("BMR", health.kcal(value), basis, amount=value,
                                   unit="kcal/day")
    if HARRIS.search(text):
        if weight is None or height is None or age is None or sex is None:
            return "for BMR I need weight, height, age and sex"
        original = ORIGINAL.search(text) is not None
        value, basis = _harris(weight, height, age, sex == "male", original)
        return health.HealthResult("BMR", health.kcal(value), basis, amount=value,
                                   unit="kcal/day")
    return None


def maintenance(rate: health.HealthResult, text: str) -> health.HealthResult | None:
    """The BMR × the activity multiplier when the message asks for maintenance calories."""
    level = multiplier(text)
    if level is None or rate.amount is None or not bodydata.MAINTAIN.search(text):
        return None
    value = rate.amount * level[1]
    return health.HealthResult("maintenance calories", health.kcal(value),
                               f"BMR {rate.amount:.2f} kcal ({rate.basis}) × {level[1]:g} "
                               f"({level[0]})", amount=value, unit="kcal/day")
