"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 1: shared helpers and
everyday conversions of length, mass and volume."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction as F

from bench.data.agents import helpers
from bench.data.agents.helpers import Family

Made = tuple[str, list[list[str]]]
WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
NAMES = ["Sam", "Priya", "Tom", "Lena", "Omar", "Mia", "Jack", "Aiko", "Leo", "Nina"]


class Redraw(Exception):
    """Raised while drawing when a value sits on (or next to) a rounding tie."""


def forms(n: int, d: int) -> list[str]:
    """Accepted spellings of the integer n scaled by 10**-d."""
    sign, a = ("-" if n < 0 else ""), abs(n)
    ip, fp = divmod(a, 10**d)
    out: list[str] = []
    for whole in (str(ip), f"{ip:,}"):
        if d:
            full = f"{whole}.{fp:0{d}d}"
            out += [full, full.rstrip("0").rstrip(".")]
        else:
            out.append(whole)
    signs = [sign, "\u2212"] if sign else [sign]
    return list(dict.fromkeys(g + o for g in signs for o in out))


def R(value: object, d: int = 0, tol: F = F(1, 25)) -> list[str]:
    """value rounded to d decimals (half up), in every accepted spelling; Redraw near ties."""
    v = F(value)  # type: ignore[arg-type]
    scaled = v * 10**d
    if abs(scaled - math.floor(scaled) - F(1, 2)) < tol:
        raise Redraw
    return forms(math.floor(scaled + F(1, 2)), d)


def U(*parts: list[str]) -> list[str]:
    """The union of several accepted lists, order kept."""
    return list(dict.fromkeys(a for p in parts for a in p))


def show(v: object) -> str:
    """A drawn number the way a person types it."""
    v = F(v)  # type: ignore[arg-type]
    if v.denominator == 1:
        return str(v.numerator)
    return f"{float(v):.6f}".rstrip("0").rstrip(".")


def grid(rng: random.Random, lo: float, hi: float, step: float) -> F:
    """A value between lo and hi on a grid of step (exact)."""
    st = F(str(step))
    k = rng.randint(math.ceil(F(str(lo)) / st), math.floor(F(str(hi)) / st))
    return k * st


def word(rng: random.Random, n: int) -> str:
    return WORDS[n] if n < len(WORDS) and rng.random() < 0.3 else str(n)


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def hm(minutes: int) -> list[str]:
    """A duration in whole minutes as '2 h 05 min' style forms."""
    h, m = divmod(minutes, 60)
    out = [
        f"{h}:{m:02d}",
        f"{h}h{m:02d}",
        f"{h}h{m}m",
        f"{h}hours{m}minutes",
        f"{h}hrs{m}min",
        f"{h}hr{m}min",
        f"{h}hours,{m}minutes",
        f"{h}hoursand{m}minutes",
        f"{h}h{m}min",
        f"{h}hours{m}min",
        f"{h}hour{m}minutes",
        f"{h}hourand{m}minutes",
        f"{h}hour{m}min",
        f"{h}hrs{m}mins",
        f"{h}h{m}mins",
        f"{h}hours{m}mins",
        f"{h}h{m:02d}min",
        f"{h}h{m:02d}m",
        f"{h}hours{m:02d}minutes",
        f"{h}hoursand{m:02d}minutes",
    ]
    if minutes * 10 % 60 == 0:
        dec = show(F(minutes, 60))
        out += [f"{dec}hours", f"{dec}hrs", f"{dec}h"]
    if m == 0:
        out += [f"{h}hours", f"{h}h", f"{h}hrs", f"{h}hour"]
    out += [f"{minutes}minutes", f"{minutes}min", f"{minutes}mins"]
    return list(dict.fromkeys(out))


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight, wrapped) in 24 h and 12 h forms."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return list(
        dict.fromkeys(
            [
                f"{h:02d}:{m:02d}",
                f"{h12}:{m:02d}{ap}",
                f"{h12}:{m:02d}{ap[0]}.{ap[1]}.",
                f"{h12}:{m:02d}{ap.upper()}",
            ]
            + [f"{h}:{m:02d}"]
            + ([f"{h12}{ap}", f"{h12}{ap[0]}.{ap[1]}."] if m == 0 else [])
        )
    )


def family(fn: Callable[[random.Random], Made]) -> Family:
    """Wraps a drawer returning (text, required) into a fresh benchmark family."""
    name = f"E_u_{fn.__name__}"

    def make(rng: random.Random) -> helpers.Item:
        while True:
            try:
                text, req = fn(rng)
            except Redraw:
                continue
            return helpers.item(name, "calc", text, req)

    make.__name__ = fn.__name__
    return helpers.fresh(make)


LB = F("0.45359237")
INCH = F("2.54")


@family
def km_to_miles(rng: random.Random) -> Made:
    km = float(grid(rng, 2, 150, 0.5))
    t = pick(
        rng,
        "how many miles is a {k} km run? use 1 mile = 1.609 km, 1 decimal",
        "Convert {k} kilometres to miles (1 mi = 1.609 km), round to one decimal place.",
        "{k}km in miles? (1 mile=1.609km) one decimal pls",
    )
    return t.format(k=show(F(str(km)))), [R(F(str(km)) / F("1.609"), 1)]


@family
def miles_to_km(rng: random.Random) -> Made:
    mi = grid(rng, 2, 400, 0.5)
    t = pick(
        rng,
        "My drive is {m} miles. How far is that in km? Use 1 mile = 1.609 km and round to 1 "
        "decimal.",
        "{m} mi to km please (1 mi = 1.609 km), nearest tenth",
        "convert {m} miles into kilometers, 1 mile is 1.609 km, round to one decimal",
    )
    return t.format(m=show(mi)), [R(mi * F("1.609"), 1)]


@family
def height_ft_in_to_cm(rng: random.Random) -> Made:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    t = pick(
        rng,
        "I'm {f}'{i}\" tall, what's that in cm? (1 inch = 2.54 cm, nearest cm)",
        "How tall is {f} ft {i} in in centimetres? Round to the nearest whole cm.",
        "my son is {f} foot {i}. height in cm to the nearest centimetre? 1 in = 2.54 cm",
    )
    return t.format(f=ft, i=inch), [R((ft * 12 + inch) * INCH, 0)]


@family
def cm_to_ft_in(rng: random.Random) -> Made:
    cm = rng.randint(150, 200)
    total = F(cm) / INCH
    n = math.floor(total + F(1, 2))
    if abs(total - math.floor(total) - F(1, 2)) < F(1, 20):
        raise Redraw
    f, i = divmod(n, 12)
    t = pick(
        rng,
        "What is {c} cm in feet and inches? Round to the nearest inch (1 in = 2.54 cm).",
        "my height is {c}cm, how much is that in ft and in, nearest inch",
        "Convert a height of {c} centimetres to feet + inches (nearest whole inch).",
    )
    acc = [
        f"{f}'{i}",
        f"{f}ft{i}",
        f"{f}feet{i}",
        f"{f}foot{i}",
        f"{f}′{i}",
        f"{f}’{i}",
        f"{f}ft{i}in",
        f"{f}feet{i}inches",
        f"{f}ft.{i}",
        f"{f}feet,{i}",
        f"{f}ft,{i}",
        f"{f}feetand{i}",
        f"{f}'{i}\"",
    ]
    return t.format(c=cm), [acc]


@family
def screen_inches_to_cm(rng: random.Random) -> Made:
    size = rng.choice(
        [
            24,
            27,
            32,
            40,
            43,
            50,
            55,
            65,
            75,
            13.3,
            15.6,
            14,
            6.1,
            6.7,
            10.9,
            11,
            12.9,
            13.6,
            16,
            17.3,
            19,
            21.5,
            22,
            28,
            34,
            42,
            48,
            70,
            77,
            85,
            98,
            5.4,
            6.5,
        ]
    )
    s = F(str(size))
    t = pick(
        rng,
        "A {s}-inch TV — what is the diagonal in cm? 1 inch = 2.54 cm, one decimal.",
        'how many centimetres is a {s}" screen diagonal? round to 1 dp',
        "Convert {s} inches to cm (one decimal place).",
    )
    return t.format(s=show(s)), [R(s * INCH, 1)]


@family
def meters_to_feet(rng: random.Random) -> Made:
    m = grid(rng, 1.5, 3000, 0.5)
    t = pick(
        rng,
        "How many feet is {m} metres? (1 ft = 0.3048 m) Round to the nearest foot.",
        "{m} m in feet, nearest whole foot pls. 1 foot = 0.3048 m",
        "The hill is {m} meters high. What's that in feet, to the nearest foot? 1 ft = 0.3048 m",
    )
    return t.format(m=show(m)), [R(m / F("0.3048"), 0)]


@family
def kg_to_lb(rng: random.Random) -> Made:
    kg = grid(rng, 2, 140, 0.5)
    t = pick(
        rng,
        "{k} kg in pounds? use 1 kg = 2.2046 lb, one decimal",
        "Convert {k} kilograms to lbs (1 kg = 2.2046 lb). Round to 1 decimal place.",
        "my suitcase weighs {k}kg, how many pounds is that? (1 kg=2.2046 lb, 1 dp)",
    )
    return t.format(k=show(kg)), [R(kg * F("2.2046"), 1)]


@family
def lb_to_kg(rng: random.Random) -> Made:
    lb = rng.randint(5, 320)
    t = pick(
        rng,
        "How many kg is {p} lbs? 1 lb = 0.4536 kg, round to one decimal.",
        "i weigh {p} pounds. what's that in kilos? (1 lb = 0.4536 kg, 1 decimal)",
        "Convert {p} lb to kilograms using 1 lb = 0.4536 kg; one decimal place please.",
    )
    return t.format(p=lb), [R(lb * F("0.4536"), 1)]


@family
def stone_to_kg(rng: random.Random) -> Made:
    st, lb = rng.randint(7, 20), rng.randint(0, 13)
    t = pick(
        rng,
        "I'm {s} stone {p} — how many kg is that? (1 st = 14 lb, 1 lb = 0.4536 kg, 1 decimal)",
        "Convert {s} st {p} lb to kilograms. Use 14 lb per stone and 0.4536 kg per lb; round to "
        "one decimal.",
        "{s}st {p}lb in kg? 1 stone = 14 pounds, 1 pound = 0.4536 kg, one dp",
    )
    return t.format(s=st, p=lb), [R((st * 14 + lb) * F("0.4536"), 1)]


@family
def kg_to_stone_lb(rng: random.Random) -> Made:
    kg = rng.randint(45, 130)
    lbs = kg / F("0.4536")
    if abs(lbs - math.floor(lbs) - F(1, 2)) < F(1, 20):
        raise Redraw
    n = math.floor(lbs + F(1, 2))
    s, p = divmod(n, 14)
    t = pick(
        rng,
        "What's {k} kg in stone and pounds? Use 1 lb = 0.4536 kg, 14 lb = 1 stone, nearest pound.",
        "convert {k}kg to stones + lbs (nearest lb). 1 lb = 0.4536 kg",
        "How much is {k} kilograms in st and lb, rounded to the nearest pound? (1 lb = 0.4536 kg)",
    )
    acc = [
        f"{s}st{p}",
        f"{s}stone{p}",
        f"{s}stones{p}",
        f"{s}stoneand{p}",
        f"{s}stonesand{p}",
        f"{s}st,{p}",
        f"{s}stone,{p}",
        f"{s}stones,{p}",
    ]
    return t.format(k=kg), [acc]


@family
def oz_to_grams(rng: random.Random) -> Made:
    oz = grid(rng, 1, 40, 0.5)
    t = pick(
        rng,
        "Recipe says {o} oz of butter, how many grams? 1 oz = 28.35 g, nearest gram",
        "Convert {o} ounces to grams (1 oz = 28.35 g), round to a whole number.",
        "{o}oz = ? g (use 28.35 g per oz, nearest g)",
    )
    return t.format(o=show(oz)), [R(oz * F("28.35"), 0)]


@family
def grams_to_oz(rng: random.Random) -> Made:
    g = rng.randint(20, 2000)
    t = pick(
        rng,
        "how many ounces is {g} g? 1 oz = 28.35 g, one decimal",
        "Convert {g} grams to oz using 28.35 g per ounce. One decimal place.",
        "A parcel weighs {g} grams. What is that in ounces (1 oz = 28.35 g)? Round to 1 dp.",
    )
    return t.format(g=g), [R(F(g) / F("28.35"), 1)]


@family
def liters_to_us_gallons(rng: random.Random) -> Made:
    L = rng.randint(5, 400)
    t = pick(
        rng,
        "How many US gallons is {l} litres? 1 US gallon = 3.785 L, round to 2 decimals.",
        "{l} L in gallons (US, 1 gal = 3.785 L)? 2 dp",
        "My fish tank holds {l} liters. How many US gallons is that? Use 3.785 L per gallon, two "
        "decimals.",
    )
    return t.format(l=L), [R(F(L) / F("3.785"), 2)]


@family
def uk_gallons_to_liters(rng: random.Random) -> Made:
    g = grid(rng, 1, 60, 0.5)
    t = pick(
        rng,
        "Convert {g} imperial gallons to litres (1 imp gal = 4.546 L). One decimal.",
        "how many litres in {g} UK gallons? 1 UK gallon = 4.546 litres, 1 dp",
        "The water butt holds {g} gallons (imperial, 4.546 L each). How many litres is that, to "
        "one decimal?",
    )
    return t.format(g=show(g)), [R(g * F("4.546"), 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        km_to_miles,
        miles_to_km,
        height_ft_in_to_cm,
        cm_to_ft_in,
        screen_inches_to_cm,
        meters_to_feet,
        kg_to_lb,
        lb_to_kg,
        stone_to_kg,
        kg_to_stone_lb,
        oz_to_grams,
        grams_to_oz,
        liters_to_us_gallons,
        uk_gallons_to_liters,
    )
]
