"""Shared pieces for round 12's unit, health and everyday families (``P_u_*``, dev now):
exact unit constants, and the forms in which a rounded quantity, a sum of money, a clock
time or a duration is accepted."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
INCH = F("0.0254")  # m
FOOT = 12 * INCH
YARD = 3 * FOOT
MILE = 1760 * YARD
NMI = F(1852)  # m
LB = F("0.45359237")  # kg
OZ = LB / 16
STONE = 14 * LB
US_GAL = F("3.785411784")  # litres
UK_GAL = F("4.54609")  # litres
US_FLOZ = US_GAL * 1000 / 128  # ml
UK_FLOZ = UK_GAL * 1000 / 160  # ml
US_CUP = 8 * US_FLOZ  # ml
US_TBSP = US_FLOZ / 2  # ml
US_TSP = US_TBSP / 3  # ml
US_PINT = 16 * US_FLOZ  # ml
UK_PINT = 20 * UK_FLOZ  # ml
KCAL = F("4.184")  # kJ
ACRE = 4840 * YARD**2  # m²
SURVEY_ACRE = 43560 * F(1200, 3937) ** 2  # m², the US survey acre
PSI = LB * F("9.80665") / INCH**2  # Pa

Maker = Callable[[random.Random], Item | None]


def tie(value: Fraction, dp: int = 2) -> bool:
    """True when rounding to ``dp`` decimals would land exactly on a half."""
    scaled = F(value) * 10**dp
    return bool((scaled * 2).denominator == 1 and scaled.denominator != 1)


def show(value: Fraction | int) -> str:
    """A number as a person types it in a request (no trailing zeros)."""
    value = F(value)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


def num(value: Fraction | int, dp: int = 2) -> list[str]:
    """``value`` rounded to ``dp`` decimals: trimmed, full, and with thousands commas."""
    value = F(value)
    scaled = round(value * 10**dp)
    sign = "-" if scaled < 0 else ""
    whole, frac = divmod(abs(scaled), 10**dp)
    full = f"{frac:0{dp}d}" if dp else ""
    trimmed = full.rstrip("0")
    out: list[str] = []
    for digits in (f"{whole}", f"{whole:,}"):
        out.append(sign + digits + (f".{trimmed}" if trimmed else ""))
        if dp:
            out.append(sign + digits + f".{full}")
    return list(dict.fromkeys(out))


def qty(value: Fraction | int, *units: str, dp: int = 2) -> list[str]:
    """A rounded quantity followed by any of its unit names (symbols also written close up)."""
    out = []
    for n in num(value, dp):
        for unit in units:
            out.append(f"{n} {unit}")
            if len(unit) <= 5 and " " not in unit:
                out.append(f"{n}{unit}")
    return list(dict.fromkeys(out))


def money(value: Fraction | int) -> list[str]:
    """An amount of money: the two-decimal form and, when it differs, the trimmed one."""
    return num(value, 2)


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight, wrapped) in 24-hour and 12-hour forms."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    twelve = h % 12 or 12
    half = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}"]
    for mark in (half, half.upper()):
        out += [f"{twelve}:{m:02d} {mark}", f"{twelve}:{m:02d}{mark}"]
    out.append(f"{twelve}:{m:02d} {half[0]}.m.")
    return list(dict.fromkeys(out))


def duration(minutes: int) -> list[str]:
    """A whole number of minutes as hours and minutes, in the ways people write it."""
    h, m = divmod(minutes, 60)
    hs = "hour" if h == 1 else "hours"
    ms = "minute" if m == 1 else "minutes"
    if not m:
        return [f"{h} {hs}", f"{h}h", f"{h} h", f"{h} hrs" if h != 1 else f"{h} hr",
                f"{h}:00"]
    if not h:
        return [f"{m} {ms}", f"{m} min", f"{m}min", f"{m} mins"]
    out = [f"{h} {hs} {m} {ms}", f"{h} {hs} and {m} {ms}", f"{h} {hs}, {m} {ms}",
           f"{h}h {m}m", f"{h}h{m}m", f"{h}h {m}min", f"{h} h {m} min", f"{h} hr {m} min",
           f"{h} hrs {m} mins", f"{h}:{m:02d}"]
    if (F(minutes, 60) * 100).denominator == 1:
        out += qty(F(minutes, 60), "hours", "h", "hrs")
    return list(dict.fromkeys(out))


def calc(family: str, text: str, *parts: list[str]) -> Item:
    return item(family, "calc", text, [list(part) for part in parts])


def families(*makers: Maker) -> list[tuple[Family, int]]:
    """Eight items from each maker; a maker returns None to ask for another draw (a tie)."""
    def retry(make: Maker) -> Family:
        def draw(rng: random.Random) -> Item:
            while True:
                made = make(rng)
                if made is not None:
                    return made
        return draw
    return [(fresh(retry(make)), 8) for make in makers]


def conv(family: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    """One quantity to ``dp`` decimals, or None when the rounding would be a tie."""
    if tie(value, dp):
        return None
    return calc(family, text, qty(value, *units, dp=dp))


def alts(family: str, text: str, values: list[Fraction], *units: str,
         dp: int = 2) -> Item | None:
    """One quantity with more than one accepted value, where a unit has two honest
    definitions (the survey and the international acre, metric and imperial horsepower)."""
    if any(tie(value, dp) for value in values):
        return None
    forms = [form for value in values for form in qty(value, *units, dp=dp)]
    return calc(family, text, list(dict.fromkeys(forms)))
