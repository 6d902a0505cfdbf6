"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 1: length, height,
mass and temperature conversions."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents import helpers
from bench.data.agents.helpers import Family

F = Fraction
MILE, LB, INCH, OZ = F("1.609344"), F("0.45359237"), F("0.0254"), F("28.349523125")
FOOT, YARD, FL_OZ, GAL = F("0.3048"), F("0.9144"), F("29.5735295625"), F("3.785411784")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Redraw(Exception):
    """Raised inside a family when a drawn value sits on or near a rounding tie."""


def fam(make: Callable[[random.Random], Any]) -> Family:
    """Wraps ``make`` (rng -> (text, answer part or parts[, extra])) as a family I_u_<name>."""
    name = f"I_u_{make.__name__}"

    def draw(rng: random.Random) -> helpers.Item:
        for _ in range(5000):
            try:
                got = make(rng)
            except Redraw:
                continue
            if got is None:
                continue
            text, req = got[0], got[1]
            extra = got[2] if len(got) > 2 else {}
            parts = [req] if isinstance(req[0], str) else req
            return helpers.item(name, "calc", text, [list(dict.fromkeys(p)) for p in parts],
                                **extra)
        raise RuntimeError(name)
    draw.__name__ = make.__name__
    return helpers.fresh(draw)


def _fixed(n: int, d: int) -> tuple[str, str]:
    sign = "-" if n < 0 else ""
    whole, rest = divmod(abs(n), 10**d)
    tail = f".{str(rest).zfill(d)}" if d else ""
    return f"{sign}{whole}{tail}", f"{sign}{whole:,}{tail}"


def num(value: Fraction | int | float, dp: int = 2) -> list[str]:
    """A value rounded to ``dp`` decimals (and, as more precise forms, to up to 2 decimals),
    with and without trailing zeros and thousands commas. Raises Redraw near a tie."""
    v = F(value)
    out: list[str] = []
    for d in range(dp, max(dp, 2) + 1):
        q = v * 10**d
        frac = q - (q.numerator // q.denominator)
        if q.denominator != 1 and abs(frac - F(1, 2)) < F(1, 25):
            raise Redraw
        n = round(q)
        plain, comma = _fixed(n, d)
        out += [plain, comma]
        if d:
            out += [plain.rstrip("0").rstrip("."), comma.rstrip("0").rstrip(".")]
    for d in range(max(dp, 2) + 1, 7):
        if (v * 10 ** max(dp, 2)).denominator == 1:
            break
        if (v * 10**d).denominator == 1:
            plain, comma = _fixed(int(v * 10**d), d)
            out += [plain, comma]
            break
    return list(dict.fromkeys(out))


def near(value: Fraction, dp: int) -> bool:
    q = F(value) * 10**dp
    frac = q - (q.numerator // q.denominator)
    return q.denominator != 1 and abs(frac - F(1, 2)) < F(1, 25)


def whole(n: int) -> list[str]:
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def hm(minutes: int) -> list[str]:
    """A duration in hours and minutes, written the ways people write it."""
    h, m = divmod(minutes, 60)
    hs = "hour" if h == 1 else "hours"
    ms = "minute" if m == 1 else "minutes"
    if m == 0:
        return [f"{h}{w}" for w in (hs, "h", "hr", "hrs")] + [f"{h}:00"]
    if h == 0:
        return [f"{m}{w}" for w in (ms, "min", "mins", "m")]
    return [f"{h}{a}{s}{m}{b}" for a in (hs, "h", "hr", "hrs") for s in ("", "and", ",", ",and")
            for b in (ms, "min", "mins", "m")] + [f"{h}:{m:02d}", f"{minutes}minutes",
                                                  f"{minutes}min"]


def clock(minutes: int) -> list[str]:
    """A clock time (minutes after midnight, wrapped to one day) in 24 h and 12 h forms."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    half = "am" if h < 12 else "pm"
    dots = "a.m." if h < 12 else "p.m."
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{dots}"]
    if h >= 10 or h == 0:
        out.append(f"{h}:{m:02d}" if h else f"00:{m:02d}")
    return out


def day(d: datetime.date) -> list[str]:
    """A date as month-and-day in either order (with or without a suffix), and ISO."""
    name, short, n = MONTHS[d.month - 1], MONTHS[d.month - 1][:3], d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    out = [d.isoformat()]
    for mo in (name, short):
        out += [f"{mo}{n}", f"{mo}{n}{suf}", f"{n}{mo}", f"{n}{suf}{mo}", f"{n}{suf}of{mo}"]
    return out


def say(d: datetime.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}" if d.day % 2 else \
        f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


def dec(rng: random.Random, low: float, high: float, places: int = 1) -> Fraction:
    """A random decimal between low and high with ``places`` decimals, as a Fraction."""
    scale = 10**places
    return F(rng.randint(int(low * scale), int(high * scale)), scale)


def show(v: Fraction) -> str:
    """A drawn decimal as it would be typed."""
    text = f"{float(v):.6f}".rstrip("0").rstrip(".")
    return text


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def ft_in(total_inches: int) -> list[str]:
    ft, inch = divmod(total_inches, 12)
    return [f"{ft}{a}{s}{inch}{b}" for a in ("ft", "feet", "foot", "'", "ft.", "′", "’")
            for s in ("", ",", "and", ",and") for b in ("in", "inches", "inch", '"', "″", "")]


def st_lb(total_lb: int) -> list[str]:
    st, lb = divmod(total_lb, 14)
    return [f"{st}{a}{s}{lb}{b}" for a in ("st", "stone", "stones", "st.")
            for s in ("", ",", "and", ",and") for b in ("lb", "lbs", "pounds", "pound", "")]


@fam
def cm_height_feet(rng: random.Random) -> Any:
    cm = rng.randint(150, 198)
    inches = F(cm, 1) / F("2.54")
    if near(inches, 0) or round(inches) % 12 == 0:
        raise Redraw
    text = pick(rng, f"I'm {cm} cm tall, what is that in feet and inches? nearest inch pls",
                f"my son is {cm}cm. how tall is that in ft and in (round to the nearest inch)?",
                f"Convert a height of {cm} centimetres to feet + inches, rounded to the whole "
                f"inch.")
    return text, ft_in(round(inches))


@fam
def feet_inches_cm(rng: random.Random) -> Any:
    ft, inch = rng.randint(4, 6), rng.randint(1, 11)
    cm = (ft * 12 + inch) * F("2.54")
    text = pick(rng, f"What's {ft}'{inch}\" in cm? one decimal",
                f"how many centimeters is {ft} ft {inch} in? Round to 1 decimal place.",
                f"My height is {ft} feet {inch} inches - in cm to one decimal?")
    return text, num(cm, 1)


@fam
def km_to_miles(rng: random.Random) -> Any:
    km = rng.choice([F(5), F(10), F(21), F(15), F(42), F(8), F(12), F(30), F(50)]) + \
        rng.choice([0, 0, F(1, 2), F(3, 10)])
    miles = km / MILE
    text = pick(rng, f"How many miles is {show(km)} km? 2 decimals",
                f"my run today was {show(km)} km. in miles (round to 2 dp)?",
                f"Convert {show(km)} kilometres to miles, to two decimal places.")
    return text, num(miles, 2)


@fam
def miles_to_km(rng: random.Random) -> Any:
    mi = rng.randint(3, 480)
    rate = rng.choice([F("1.609"), F("1.61"), F("1.6")])
    text = pick(rng, f"{mi} miles to km? use 1 mile = {show(rate)} km",
                f"The drive is {mi} miles. How far is that in kilometres if 1 mi = {show(rate)} "
                f"km? 1 decimal",
                f"Using 1 mile = {show(rate)} km, what is {mi} mi in km (one decimal place)?")
    return text, num(mi * rate, 1)


@fam
def tv_inches_cm(rng: random.Random) -> Any:
    size = rng.choice([32, 40, 43, 50, 55, 65, 75, 77, 85, 24, 27, 34])
    thing = rng.choice(["TV", "monitor", "screen", "telly"])
    text = pick(rng, f"a {size} inch {thing} is how many cm diagonally? (1 decimal)",
                f"What's the diagonal of a {size}\" {thing} in centimetres, to one decimal?",
                f"Convert {size} in to cm for a {thing} screen, round to 1 dp.")
    return text, num(size * F("2.54"), 1)


@fam
def metres_to_feet(rng: random.Random) -> Any:
    m = rng.randint(20, 900)
    what = rng.choice(["the tower", "the waterfall", "this hill", "the building", "the cliff"])
    text = pick(rng, f"{what} is {m} m tall. How many feet is that? Round to the nearest foot.",
                f"convert {m} meters to feet (whole number)",
                f"How high is {what} in feet if it is {m} metres? nearest foot")
    feet = m / FOOT
    return text, num(feet, 0)


@fam
def yards_to_metres(rng: random.Random) -> Any:
    yd = rng.choice([25, 50, 100, 110, 150, 220, 300, 400, 440, 500, 880, 1760])
    yd += rng.choice([0, 0, 5, 15])
    text = pick(rng, f"how many metres is {yd} yards? 1 decimal",
                f"The pool length is {yd} yd - in meters to one decimal place?",
                f"Convert {yd} yards into metres (round 1 dp).")
    return text, num(yd * YARD, 1)


@fam
def kg_to_pounds(rng: random.Random) -> Any:
    kg = dec(rng, 2, 140, rng.choice([0, 1]))
    text = pick(rng, f"What is {show(kg)} kg in pounds? 1 decimal.",
                f"{show(kg)}kg in lbs? round to one decimal",
                f"My suitcase weighs {show(kg)} kilograms. How many pounds is that (1 dp)?")
    return text, num(kg / LB, 1)


@fam
def pounds_to_kg(rng: random.Random) -> Any:
    lb = rng.randint(3, 320)
    text = pick(rng, f"convert {lb} lb to kg, 2 decimal places",
                f"I weigh {lb} pounds - what's that in kilos? Round to 2 dp.",
                f"How many kilograms are {lb} lbs (two decimals)?")
    return text, num(lb * LB, 2)


@fam
def stone_to_kg(rng: random.Random) -> Any:
    st, lb = rng.randint(7, 20), rng.randint(1, 13)
    kg = (st * 14 + lb) * LB
    text = pick(rng, f"I'm {st} st {lb} lb, how much is that in kg? 1 decimal pls",
                f"Convert {st} stone {lb} pounds to kilograms, rounded to one decimal.",
                f"weight {st}st {lb}lb -> kg (1 dp)")
    return text, num(kg, 1)


@fam
def kg_to_stone(rng: random.Random) -> Any:
    kg = rng.randint(45, 130)
    lb = kg / LB
    if near(lb, 0) or round(lb) % 14 == 0:
        raise Redraw
    text = pick(rng, f"What's {kg} kg in stone and pounds? To the nearest pound.",
                f"how much is {kg}kg in st and lb (round to nearest lb)",
                f"My scale says {kg} kg; my gran wants it in stones and pounds, nearest pound.")
    return text, st_lb(round(lb))


@fam
def ounces_to_grams(rng: random.Random) -> Any:
    oz = rng.choice([4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 32]) + rng.choice([0, 0, F(1, 2)])
    what = rng.choice(["steak", "bag of coffee", "jar of honey", "block of cheese", "can of beans"])
    text = pick(rng, f"a {show(oz)} oz {what} is how many grams? whole grams",
                f"How many grams in {show(oz)} ounces? Round to the nearest gram.",
                f"Convert {show(oz)} oz ({what}) to g, nearest gram please")
    return text, num(oz * OZ, 0)


@fam
def grams_to_ounces(rng: random.Random) -> Any:
    g = rng.choice([50, 100, 125, 150, 200, 225, 250, 300, 340, 400, 450, 500, 750, 1000])
    g += rng.choice([0, 0, 10, 20])
    text = pick(rng, f"{g} g to ounces? 2 decimals",
                f"The recipe calls for {g} grams of flour - how many oz is that (round to 2 dp)?",
                f"Convert {g} grams into ounces, two decimal places.")
    return text, num(g / OZ, 2)


@fam
def celsius_to_fahrenheit(rng: random.Random) -> Any:
    c = rng.choice([*list(range(-25, 46)), 160, 170, 180, 190, 200, 220, 230, 250])
    c += rng.choice([0, 0, F(1, 2)])
    f = c * F(9, 5) + 32
    text = pick(rng, f"what is {show(c)} C in F?",
                f"Convert {show(c)}°C to Fahrenheit (1 decimal).",
                f"Recipe says bake at {show(c)} degrees celsius. What's that in fahrenheit? 1 dp")
    return text, num(f, 1)


@fam
def fahrenheit_to_celsius(rng: random.Random) -> Any:
    f = dec(rng, -10, 110, rng.choice([0, 1]))
    c = (f - 32) * F(5, 9)
    text = pick(rng, f"{show(f)} F in celsius? round to 1 decimal",
                f"It's {show(f)}°F outside. What is that in °C to one decimal place?",
                f"Convert {show(f)} degrees Fahrenheit to Celsius, 1 dp.")
    return text, num(c, 1)


@fam
def fever_check(rng: random.Random) -> Any:
    f = dec(rng, 97, 105, 1)
    c = (f - 32) * F(5, 9)
    text = pick(rng, f"my thermometer reads {show(f)} F, what is that in C? 1 decimal",
                f"Kid's temp is {show(f)} °F - how much is that in Celsius (one decimal)?")
    return text, num(c, 1)


@fam
def temperature_change(rng: random.Random) -> Any:
    df = rng.randint(4, 60)
    text = pick(rng, f"The temperature dropped by {df} °F overnight. How big a drop is that in "
                     f"°C? 1 decimal (it's a difference, not a reading)",
                f"if the forecast says it will be {df} degrees F warmer tomorrow, how many "
                f"degrees C warmer is that? round 1 dp. (temperature difference)")
    return text, num(df * F(5, 9), 1)


@fam
def celsius_to_kelvin(rng: random.Random) -> Any:
    c = dec(rng, -200, 400, rng.choice([0, 1]))
    text = pick(rng, f"{show(c)} °C in kelvin? (K = C + 273.15)",
                f"Convert {show(c)} degrees Celsius to Kelvin using 273.15.")
    return text, num(c + F("273.15"), 2)


@fam
def kelvin_to_fahrenheit(rng: random.Random) -> Any:
    k = rng.randint(200, 600)
    f = (k - F("273.15")) * F(9, 5) + 32
    text = pick(rng, f"What is {k} K in Fahrenheit? 2 decimals",
                f"convert {k} kelvin to °F (round to 2 dp)")
    return text, num(f, 2)


@fam
def mm_to_inches(rng: random.Random) -> Any:
    mm = rng.randint(3, 300)
    what = rng.choice(["rain fell", "of snow fell", "rainfall was measured"])
    text = pick(rng, f"{mm} mm {what} today. how many inches is that? 2 decimals",
                f"Convert {mm} millimetres to inches, to 2 dp.")
    return text, num(F(mm, 1) / F("25.4"), 2)


@fam
def inch_fraction_mm(rng: random.Random) -> Any:
    whole_in = rng.randint(0, 9)
    num_, den = rng.choice([(1, 4), (3, 8), (5, 16), (1, 2), (3, 4), (7, 8), (1, 8), (9, 16)])
    inches = whole_in + F(num_, den)
    txt = f"{whole_in} {num_}/{den}" if whole_in else f"{num_}/{den}"
    text = pick(rng, f"how many mm is a {txt} inch bolt? 1 decimal", f"{txt} in to mm (1 dp)",
                f"What is {txt}\" in millimetres? Round to one decimal place.")
    return text, num(inches * F("25.4"), 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cm_height_feet, feet_inches_cm, km_to_miles, miles_to_km, tv_inches_cm, metres_to_feet,
    yards_to_metres, kg_to_pounds, pounds_to_kg, stone_to_kg, kg_to_stone, ounces_to_grams,
    grams_to_ounces, celsius_to_fahrenheit, fahrenheit_to_celsius, fever_check,
    temperature_change, celsius_to_kelvin, kelvin_to_fahrenheit, mm_to_inches,
    inch_fraction_mm)]
