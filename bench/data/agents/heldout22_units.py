"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 1: shared helpers,
length and mass conversions."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction as F

from bench.data.agents.helpers import Family, fresh, item

Made = tuple[str, list[list[str]]]


class Redraw(Exception):
    """A drawn value sits on or near a rounding tie (or is otherwise unsuitable)."""


def family(make: Callable[[random.Random], Made]) -> Family:
    """Wraps ``make`` (rng -> (text, required)) into a fresh calc family named A_u_<name>."""
    name = "A_u_" + make.__name__

    def draw(rng: random.Random) -> dict:
        while True:
            try:
                text, required = make(rng)
            except Redraw:
                continue
            return item(name, "calc", text, required)

    made = fresh(draw)
    made.__name__ = make.__name__
    return made


def _commas(whole: int) -> str:
    return f"{whole:,}"


def num(value: F | int | float, dp: int = 2) -> list[str]:
    """Accepted forms of ``value`` rounded to ``dp`` decimals; Redraw near a rounding tie."""
    v = F(value)
    scaled = v * 10**dp
    low = math.floor(scaled)
    rest = scaled - low
    if abs(rest - F(1, 2)) < F(1, 40):
        raise Redraw
    r = low + (1 if rest > F(1, 2) else 0)
    sign = "-" if r < 0 else ""
    whole, frac = divmod(abs(r), 10**dp)
    out: list[str] = []
    for w in dict.fromkeys([str(whole), _commas(whole)]):
        if dp:
            full = f"{w}.{frac:0{dp}d}"
            out += [sign + full, sign + (full.rstrip("0").rstrip("."))]
        else:
            out.append(sign + w)
    exact = v * 10**6
    if exact.denominator == 1 and F(r, 10**dp) != v:
        out += [x for x in num(v, 6) if "." in x or dp == 0]
    return list(dict.fromkeys(out))


def loose(value: F | int | float, dp: int = 3) -> list[str]:
    """For a request that states no rounding: the value to ``dp`` decimals, plus its two-decimal
    rounding (unless that sits on a tie) as people often give it."""
    out = num(value, dp)
    try:
        out += num(value, 2)
    except Redraw:
        pass
    return list(dict.fromkeys(out))


def d(x: F | int | float) -> str:
    """A number as a person would type it (exact, no trailing zeros)."""
    v = F(x).limit_denominator(10**6)
    if v.denominator == 1:
        return str(v.numerator)
    return f"{float(v):.4f}".rstrip("0").rstrip(".")


def tenth(rng: random.Random, low: float, high: float) -> F:
    """A random value with one decimal between low and high."""
    return F(rng.randint(round(low * 10), round(high * 10)), 10)


def hm(minutes: int, other_forms: bool = True) -> list[str]:
    """A duration in hours and minutes, in the ways people write it; with other_forms, also as
    decimal hours and as total minutes (off when the request itself gives one of those)."""
    h, m = divmod(minutes, 60)
    hw = ["h", "hr", "hrs", "hour", "hours"]
    mw = ["m", "min", "mins", "minute", "minutes"]
    out: list[str] = []
    if h and m:
        out += [f"{h}{a}{j}{m}{b}" for a in hw for j in ("", "and", ",") for b in mw]
        if m < 10:  # "3 h 06 min"
            out += [f"{h}{a}{j}{m:02d}{b}" for a in hw for j in ("", "and", ",") for b in mw]
        out.append(f"{h}:{m:02d}")
    elif h:
        out += [f"{h}{a}" for a in hw]
    else:
        out += [f"{m}{b}" for b in mw]
    if other_forms and h and minutes % 6 == 0 and m:
        out += [f"{d(F(minutes, 60))}{a}" for a in hw]
    if other_forms and h:
        out += [f"{minutes}{b}" for b in mw if b != "m"]
    return out


def clock(h: int, m: int) -> list[str]:
    """A time of day, 24-hour and 12-hour."""
    h %= 24
    twelve = h % 12 or 12
    half = "am" if h < 12 else "pm"
    out = [
        f"{h:02d}:{m:02d}",
        f"{h}:{m:02d}",
        f"{twelve}:{m:02d}{half}",
        f"{twelve}:{m:02d}{half[0]}.m.",
    ]
    if m == 0:
        out += [f"{twelve}{half}", f"{twelve}{half[0]}.m."]
    return list(dict.fromkeys(out))


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def day(when: dt.date) -> list[str]:
    """A calendar date in the common written forms."""
    month, short, n = MONTHS[when.month - 1], MONTHS[when.month - 1][:3], when.day
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    out = [when.isoformat(), f"{n}/{when.month}/{when.year}", f"{when.month}/{n}/{when.year}"]
    for name in (month, short):
        out += [
            f"{name} {n}",
            f"{n} {name}",
            f"{name} {n}{suffix}",
            f"{n}{suffix} {name}",
            f"{n}{suffix} of {name}",
        ]
    return out


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------- length


@family
def km_to_miles(rng: random.Random) -> Made:
    km = d(rng.choice([tenth(rng, 3, 45), F(rng.randint(5, 300))]))
    v = F(str(km)) / F("1.609")
    return pick(
        rng,
        f"how many miles is {km} km? use 1 mile = 1.609 km, 2 decimals",
        f"Convert {km} kilometres to miles (1 mi = 1.609 km). Round to two decimal places.",
        f"{km}km in miles? (1.609 km per mile, round to 2dp)",
    ), [num(v, 2)]


@family
def miles_to_km(rng: random.Random) -> Made:
    mi = d(rng.choice([tenth(rng, 2, 30), F(rng.randint(5, 400))]))
    v = F(str(mi)) * F("1.609344")
    return pick(
        rng,
        f"What is {mi} miles in km? Use 1 mile = 1.609344 km and round to 1 decimal.",
        f"{mi} mi to kilometers, 1 decimal place please (1 mi = 1.609344 km)",
        f"how far is {mi} miles in kilometres? round to one decimal, 1 mile is 1.609344 km",
    ), [num(v, 1)]


@family
def feet_inches_to_cm(rng: random.Random) -> Made:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    v = (ft * 12 + inch) * F("2.54")
    return pick(
        rng,
        f"I'm {ft}'{inch}\" - how tall is that in cm? (1 inch = 2.54 cm, round to 1 decimal)",
        f"convert {ft} ft {inch} in to centimetres, 1 in = 2.54 cm, one decimal",
        f"My height is {ft} feet {inch} inches. What's that in cm to one decimal place? "
        f"Use 2.54 cm per inch.",
    ), [num(v, 1)]


@family
def cm_to_feet_inches(rng: random.Random) -> Made:
    cm = rng.randint(150, 200)
    total = F(cm) / F("2.54")
    inches_whole = math.floor(total)
    ft, rest = divmod(inches_whole, 12)
    if rest == 0:
        raise Redraw
    return pick(
        rng,
        f"{cm} cm is how many feet and whole inches? (1 in = 2.54 cm, drop the "
        f"fraction of an inch)",
        f"I am {cm}cm tall. In feet and inches (round the inches down to a whole number), "
        f"using 2.54 cm = 1 inch?",
    ), [[f"{ft}{u}{j}{rest}" for u in ("'", "′", "ft", "feet", "foot") for j in ("", ",", "and")]]


@family
def inches_to_cm_screen(rng: random.Random) -> Made:
    inch = d(rng.choice([tenth(rng, 10, 18), F(rng.randint(19, 85))]))
    v = F(str(inch)) * F("2.54")
    return pick(
        rng,
        f"a {inch} inch screen is how many cm diagonally? 1 in = 2.54 cm, 1 decimal",
        f"What's {inch}\" in centimeters? (2.54 cm/inch) round to one decimal",
    ), [num(v, 1)]


@family
def meters_to_feet(rng: random.Random) -> Made:
    m = d(rng.choice([tenth(rng, 1, 35), F(rng.randint(41, 9000))]))
    v = F(str(m)) / F("0.3048")
    return pick(
        rng,
        f"how many feet is {m} m? 1 ft = 0.3048 m, round to the nearest foot"
        if F(m) > 40
        else f"how many feet is {m} m? 1 ft = 0.3048 m, round to 2 decimals",
        f"Convert {m} meters into feet (1 foot = 0.3048 m); "
        f"" + ("nearest whole foot." if F(m) > 40 else "2 decimal places."),
    ), [num(v, 0 if F(m) > 40 else 2)]


@family
def yards_to_meters(rng: random.Random) -> Made:
    yd = rng.randint(5, 2000)
    v = F(yd) * F("0.9144")
    text = pick(
        rng,
        f"{yd} yards in metres? (1 yd = 0.9144 m)",
        f"what's {yd} yd in meters, 1 yard = 0.9144 m, 2 decimals",
    )
    return text, [list(dict.fromkeys(num(v, 2) + ([] if "decimals" in text else loose(v, 1))))]


@family
def steps_to_km(rng: random.Random) -> Made:
    steps = rng.randint(40, 180) * 100
    stride = rng.choice([65, 70, 72, 75, 78, 80, 68])
    v = F(steps * stride, 100000)
    return pick(
        rng,
        f"I walked {steps} steps today and my stride is {stride} cm. how many km is "
        f"that? 2 decimals",
        f"If each step is {stride} cm, how far in kilometres are {steps:,} steps? Round to "
        f"2 decimal places.",
    ), [num(v, 2)]


# ---------------------------------------------------------------- mass


@family
def kg_to_lb(rng: random.Random) -> Made:
    kg = tenth(rng, 45, 120)
    v = kg / F("0.45359237")
    return pick(
        rng,
        f"{d(kg)} kg in pounds? 1 lb = 0.45359237 kg, round to 1 decimal",
        f"I weigh {d(kg)}kg, what's that in lbs (1 decimal)? use 1 lb = 0.45359237 kg",
        f"Convert {d(kg)} kilograms to pounds. 1 pound = 0.45359237 kg. One decimal place.",
    ), [num(v, 1)]


@family
def lb_to_kg(rng: random.Random) -> Made:
    lb = rng.randint(90, 280)
    v = lb * F("0.45359237")
    return pick(
        rng,
        f"{lb} lbs to kg (1 lb = 0.45359237 kg), 1 decimal",
        f"how many kilos is {lb} pounds? round to one decimal, 1 lb = 0.45359237 kg",
    ), [num(v, 1)]


@family
def stone_to_kg(rng: random.Random) -> Made:
    st, lb = rng.randint(8, 18), rng.randint(0, 13)
    v = (st * 14 + lb) * F("0.45359237")
    return pick(
        rng,
        f"i'm {st} stone {lb} - what's that in kg? (14 lb per stone, 1 lb = 0.45359237 kg, 1 dp)",
        f"Convert {st} st {lb} lb to kilograms, 1 decimal place. 1 stone = 14 lb, 1 lb = "
        f"0.45359237 kg.",
    ), [num(v, 1)]


@family
def kg_to_stone_lb(rng: random.Random) -> Made:
    kg = rng.randint(50, 120)
    lbs = F(kg) / F("0.45359237")
    whole = round(lbs)
    if abs(lbs - whole) > F(45, 100):
        raise Redraw
    st, lb = divmod(whole, 14)
    if lb == 0:
        raise Redraw
    return pick(
        rng,
        f"{kg} kg in stone and pounds? round to the nearest whole pound (1 lb = "
        f"0.45359237 kg, 14 lb = 1 st)",
        f"what is {kg}kg in stones and lbs, to the nearest pound? 1 lb = 0.45359237 kg",
    ), [
        [
            *(f"{st}{u}{j}{lb}" for u in ("st", "stone", "stones") for j in ("", ",", "and")),
        ]
    ]


@family
def ounces_to_grams(rng: random.Random) -> Made:
    oz = d(tenth(rng, 1, 40))
    v = F(str(oz)) * F("28.3495")
    return pick(
        rng,
        f"{oz} oz to grams? 1 oz = 28.3495 g, round to 1 decimal",
        f"How many grams in {oz} ounces (1 oz = 28.3495 g)? One decimal please.",
    ), [num(v, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        km_to_miles,
        miles_to_km,
        feet_inches_to_cm,
        cm_to_feet_inches,
        inches_to_cm_screen,
        meters_to_feet,
        yards_to_meters,
        steps_to_km,
        kg_to_lb,
        lb_to_kg,
        stone_to_kg,
        kg_to_stone_lb,
        ounces_to_grams,
    )
]
