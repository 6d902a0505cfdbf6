"""Answer forms shared by round 13's unit, health and everyday families (``K_u_*``, dev now): exact
unit definitions, rounding without ties, and the ways a number, a duration or a clock time
may be written in a reply."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
INCH, FOOT, YARD, MILE = F("0.0254"), F("0.3048"), F("0.9144"), F("1609.344")  # metres
NMI = F(1852)  # metres
LB = F("0.45359237")  # kg
OZ, STONE = LB / 16, LB * 14
US_GAL, UK_GAL = F("3.785411784"), F("4.54609")  # litres
US_CUP, US_TBSP, US_TSP = US_GAL * 1000 / 16, US_GAL * 1000 / 256, US_GAL * 1000 / 768  # ml
US_FLOZ, UK_FLOZ = US_GAL * 1000 / 128, UK_GAL * 1000 / 160  # ml
US_PINT, UK_PINT = US_GAL * 1000 / 8, UK_GAL * 1000 / 8  # ml
ACRE = F("4046.8564224")  # m²
PSI = LB * F("9.80665") / INCH**2  # Pa
MMHG = F("133.322387415")  # Pa
KCAL = F("4.184")  # kJ
BTU = F("1055.05585262")  # J
Maker = Callable[[random.Random], Item | None]


def show(value: Fraction | int) -> str:
    """A terminating value written plainly: 2.25, 40, -3.5."""
    text = format(Decimal(F(value).numerator) / Decimal(F(value).denominator), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def nums(value: Fraction | float, dp: int = 2) -> list[str] | None:
    """The rounded value as a reply may write it; None when rounding would be a tie."""
    exact = F(value)
    scaled = exact * 10**dp
    if (scaled * 2).denominator == 1 and scaled.denominator != 1:
        return None
    if isinstance(value, float) and abs(abs(scaled - int(scaled)) - F(1, 2)) < F(1, 10**6):
        return None
    rounded = F(round(scaled), 10**dp)
    fixed = format(Decimal(rounded.numerator) / Decimal(rounded.denominator), f".{dp}f")
    plain = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [plain, fixed]
    if abs(rounded) >= 1000:
        out += [_commas(plain), _commas(fixed)]
    out += [form.replace("-", "\u2212") for form in out if form.startswith("-")]
    return list(dict.fromkeys(out))


def _commas(text: str) -> str:
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, frac = text.partition(".")
    return sign + f"{int(whole):,}" + (f".{frac}" if frac else "")


def with_units(value: Fraction | float, units: tuple[str, ...], dp: int = 2) -> list[str] | None:
    forms = nums(value, dp)
    if forms is None:
        return None
    if not units:
        return forms
    return list(dict.fromkeys(f"{n}{sep}{u}" for n in forms for u in units for sep in (" ", "")))


def conv(name: str, text: str, value: Fraction | float, *units: str, dp: int = 2) -> Item | None:
    answers = with_units(value, units, dp)
    return None if answers is None else item(name, "calc", text, [answers])


def multi(name: str, text: str, *parts: list[str] | None) -> Item | None:
    if any(part is None for part in parts):
        return None
    return item(name, "calc", text, [part for part in parts if part is not None])


def clock(minutes: int) -> list[str]:
    """A time of day in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    twelve, half = (h % 12 or 12), ("am" if h < 12 else "pm")
    out = [f"{h:02d}:{m:02d}", f"{twelve}:{m:02d} {half}", f"{twelve}:{m:02d}{half}",
           f"{twelve}:{m:02d} {half.upper()}", f"{twelve}:{m:02d}{half.upper()}"]
    if h >= 10:
        out.append(f"{h}:{m:02d}")
    if m == 0:
        out += [f"{twelve} {half}", f"{twelve}{half}", f"{twelve} {half.upper()}",
                f"{twelve}{half.upper()}"]
    return list(dict.fromkeys(out))


def duration(minutes: int) -> list[str]:
    """A whole number of minutes as hours and minutes, in the usual spellings."""
    h, m = divmod(minutes, 60)
    hw = "hour" if h == 1 else "hours"
    mw = "minute" if m == 1 else "minutes"
    if h == 0:
        return [f"{m} {mw}", f"{m} min", f"{m} mins", f"{m}min"]
    if m == 0:
        return [f"{h} {hw}", f"{h} h", f"{h}h", f"{h} hrs" if h > 1 else f"{h} hr", f"{h}:00"]
    out = [f"{h} {hw} {m} {mw}", f"{h} {hw} and {m} {mw}", f"{h} {hw}, {m} {mw}",
           f"{h} h {m} min", f"{h}h {m}min", f"{h}h {m}m", f"{h}h{m:02d}", f"{h} hr {m} min",
           f"{h} hrs {m} mins", f"{h} hrs {m} min", f"{h}:{m:02d}", f"{h} h {m} m",
           f"{h} {hw} and {m} mins", f"{h}h{m}m", f"{h} hrs and {m} mins", f"{h} hr {m} mins"]
    if (F(minutes, 60) * 100).denominator == 1:
        out += [f"{show(F(minutes, 60))} hours", f"{show(F(minutes, 60))} h"]
    return list(dict.fromkeys(out))


def retry(make: Maker) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                return made
    return draw


def families(*makers: Maker) -> list[tuple[Family, int]]:
    return [(fresh(retry(make)), 8) for make in makers]


def money(value: Fraction | float, symbol: str, code: str) -> list[str] | None:
    """An amount of money: the number alone or with its symbol or code."""
    forms = nums(value, 2)
    if forms is None:
        return None
    out = forms + [f"{symbol}{n}" for n in forms] + [f"{n} {code}" for n in forms]
    return list(dict.fromkeys(out))


def date_forms(year: int, month: int, day: int) -> list[str]:
    """A calendar date in the usual spellings."""
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    name = names[month - 1]
    th = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return [f"{year}-{month:02d}-{day:02d}", f"{day} {name} {year}", f"{name} {day}, {year}",
            f"{name} {day} {year}", f"{day}{th} {name} {year}", f"{name} {day}{th}, {year}",
            f"{name} {day}{th} {year}", f"{day}{th} of {name} {year}", f"{day} {name[:3]} {year}",
            f"{name[:3]} {day}, {year}"]
