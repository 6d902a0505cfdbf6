"""Answer forms shared by the round-8 modules (``X_*``, dev now): rounding without ties,
numbers with and without units, currencies, times of day, and receipt lines."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import (
    RATES,
    image_recipe,
)

MILE, LB, INCH = Fraction("1.609344"), Fraction("0.45359237"), Fraction("2.54")
GALLON, OUNCE, SQ_FT = Fraction("3.785411784"), Fraction("28.349523125"), Fraction("0.09290304")
USD, GBP, KJ = Fraction(str(RATES["USD"])), Fraction(str(RATES["GBP"])), Fraction("4.184")
PLOT = ["here is the plot", "here's the plot", "here is the chart", "here's the chart",
        "here is the graph", "here's the graph"]
KM, MI, KG = ("km", "kilometres", "kilometers"), ("miles", "mi"), ("kg", "kilograms", "kilos")
LBS, CM, INCHES = ("lb", "lbs", "pounds"), ("cm", "centimetres", "centimeters"), ("in", "inches")
KMH, MPH = ("km/h", "kph", "kilometres per hour", "kilometers per hour"), ("mph", "miles per hour")
DEG_F, DEG_C = ("°F", "F", "degrees Fahrenheit", "° F"), ("°C", "C", "degrees Celsius", "° C")
LITRES = ("litres", "liters", "L")
WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def tie(v: Fraction, places: int = 2) -> bool:
    """True when rounding to `places` decimals would be a tie: replies may differ."""
    scaled = v * 10**places
    return bool((scaled * 2).denominator == 1 and scaled.denominator != 1)


def num(v: Fraction, places: int = 2) -> list[str]:
    """The value rounded, short and fixed forms, with thousands separators where they fit."""
    r = float(round(v, places))
    forms = []
    for sep in ("", ","):
        fixed = f"{r:{sep}.{places}f}"
        forms += [fixed.rstrip("0").rstrip(".") if places else fixed, fixed]
    forms += ["\u2212" + f[1:] for f in forms if f.startswith("-")]
    return list(dict.fromkeys(forms))


def units(values: list[str], *names: str) -> list[str]:
    return [f"{v} {n}" for v in values for n in names]


def x_is(v: Any) -> list[str]:
    return [f"x = {v}", f"x={v}"]


def euros(v: list[str]) -> list[str]:
    return [f for x in v for f in (f"{x} EUR", f"€{x}", f"€ {x}", f"{x} euros", f"EUR {x}")]


def pounds(v: list[str]) -> list[str]:
    return [f for x in v for f in (f"{x} GBP", f"£{x}", f"£ {x}", f"{x} pounds", f"GBP {x}")]


def clock(hour: int) -> list[str]:
    twelve, suffix = (hour - 12 if hour > 12 else hour), ("pm" if hour >= 12 else "am")
    return [f"{hour}:00", f"{twelve}:00 {suffix}", f"{twelve}:00{suffix}", f"{twelve} {suffix}",
            f"{twelve}{suffix}", f"{twelve}:00 {suffix.upper()}", f"{twelve} {suffix.upper()}"]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Fraction, list[tuple[str, Fraction]]]:
    recipe, answer = image_recipe(rng, "receipt")
    goods = [(name, Fraction(f"{price:.2f}")) for name, price in recipe["items"]]
    return recipe, Fraction(answer[0]), goods
