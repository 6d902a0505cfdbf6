"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 1: shared helpers and
everyday unit conversions (length, mass, volume, temperature, speed, pace, fuel economy)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from bench.data.agents.helpers import Family, Item, fresh, item

CAT = "calc"
MILE, LB, GAL, INCH, FOOT = 1.609344, 0.45359237, 3.785411784, 2.54, 0.3048
UKGAL, OZ, FLOZ = 4.54609, 28.349523125, 29.5735295625


class Skip(Exception):
    """Raised by a family for an unusable draw (a rounding tie or a degenerate value)."""


Make = Callable[[random.Random], tuple[str, list[list[str]]] | None]


def registrar(prefix: str) -> Callable[[Make], Family]:
    """A decorator naming each family ``<prefix><function>``; a draw that raises Skip or
    returns None is drawn again."""
    def family(make: Make) -> Family:
        name = f"{prefix}{make.__name__}"

        def draw(rng: random.Random) -> Item:
            while True:
                try:
                    made = make(rng)
                except Skip:
                    made = None
                if made is not None:
                    return item(name, CAT, made[0], made[1])
        draw.__name__ = name
        return fresh(draw)
    return family


family = registrar("M_u_")


def num(x: float, places: int = 1, margin: float = 0.06) -> list[str]:
    """The value rounded to ``places`` decimals as people write it; Skip near a tie."""
    scaled = abs(x) * 10 ** places
    if abs(scaled - math.floor(scaled) - 0.5) < margin:
        raise Skip
    v = round(x, places) + 0.0
    full = f"{v:.{places}f}"
    out = [full.rstrip("0").rstrip(".") if "." in full else full, full]
    if abs(v) >= 1000:
        comma = f"{v:,.{places}f}"
        out += [comma, comma.rstrip("0").rstrip(".") if "." in comma else comma]
    return list(dict.fromkeys(out))


def whole(x: float, margin: float = 0.06) -> list[str]:
    return num(x, 0, margin)


def money(x: float) -> list[str]:
    vals = num(x, 2, 0.01)
    return vals + [f"${v}" for v in vals]


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@family
def km_to_miles_run(rng):
    km = rng.choice([5, 8, 10, 12, 15, 21.1, 25, 30, 42.2])
    t = pick(rng, f"how many miles is a {km}k", f"my race is {km} km, what's that in miles?",
             f"Converting {km} kilometres to miles please (2 decimals)")
    return t + " — give it to 2 decimal places", [num(km / MILE, 2)]


@family
def miles_to_km_drive(rng):
    m = rng.randint(23, 480)
    t = pick(rng, f"The drive to my sister's is {m} miles. How far is that in kilometers?",
             f"{m} mi in km?", f"sat nav says {m} miles, my friend only thinks in km — how many km")
    return t + " (one decimal)", [num(m * MILE, 1)]


@family
def height_ft_in_to_cm(rng):
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    t = pick(rng, f"I'm {ft}'{inch}\" — what is that in cm?",
             f"my son is {ft} feet {inch} inches tall, how many centimetres is that",
             f"Form wants my height in cm. I am {ft} ft {inch} in.")
    return t + " Round to the nearest cm.", [whole((ft * 12 + inch) * INCH)]


@family
def cm_to_ft_in(rng):
    cm = rng.randint(150, 198)
    total = cm / INCH
    ft, inch = divmod(round(total), 12)
    if abs(total - math.floor(total) - 0.5) < 0.08:
        raise Skip
    t = pick(rng, f"How tall is {cm} cm in feet and inches? nearest inch",
             f"Dating app profile says {cm}cm. What's that in feet/inches (to the nearest inch)?")
    return t, [[f"{ft}'{inch}", f"{ft} ft {inch}", f"{ft} feet {inch}", f"{ft}ft {inch}",
                 f"{ft}′{inch}", f"{ft} foot {inch}"] + ([f"{ft} feet"] if inch == 0 else [])]


@family
def kg_to_stone_lb(rng):
    kg = rng.randint(48, 130)
    lbs = kg / LB
    st, lb = divmod(round(lbs), 14)
    if abs(lbs - math.floor(lbs) - 0.5) < 0.08:
        raise Skip
    t = pick(rng, f"My scale says {kg} kg, what's that in stone and pounds? (nearest pound)",
             f"convert {kg}kg to st and lb, round to whole pounds")
    return t, [[f"{st} stone {lb}", f"{st} st {lb}", f"{st}st {lb}", f"{st} stone, {lb}"]]


@family
def lb_to_kg_luggage(rng):
    lb = rng.randint(35, 72)
    limit = rng.choice([20, 23, 25, 32])
    kg = lb * LB
    if abs(kg - limit) < 0.15:
        raise Skip
    over = "yes" if kg > limit else "no"
    t = (f"My suitcase weighs {lb} lb and the airline limit is {limit} kg. What's the bag in kg "
         f"(one decimal), and am I OK with that allowance?")
    ans = num(kg, 1)
    word = (["over", "exceeds", "too heavy", "overweight"] if over == "yes"
            else ["under", "within", "below"])
    return t, [ans, word]


@family
def fahrenheit_to_celsius(rng):
    f = rng.choice([x for x in range(-10, 106) if x != 32])
    t = pick(rng, f"It's {f}°F in Chicago today, what's that in celsius?",
             f"{f} F to C", f"Recipe from a US blog says keep it at {f} degrees "
             f"Fahrenheit. Celsius?")
    return t + " (one decimal place)", [num((f - 32) * 5 / 9, 1)]


@family
def celsius_to_fahrenheit_oven(rng):
    c = rng.choice([140, 150, 160, 170, 175, 180, 190, 200, 210, 220, 230, 240, 250])
    t = pick(rng, f"My oven is in Fahrenheit and the recipe says {c}C. What setting?",
             f"{c} degrees c in fahrenheit please")
    return t + " Exact value please, no rounding to the dial.", [num(c * 9 / 5 + 32, 1)]


@family
def fever_temp(rng):
    c = rng.choice([37.8, 38.1, 38.4, 38.6, 38.9, 39.2, 39.5, 39.7, 40.1])
    t = (f"Thermometer reads {c} °C. My mum only understands Fahrenheit — what is it in "
         f"°F to one decimal?")
    return t, [num(c * 9 / 5 + 32, 1)]


@family
def kelvin_convert(rng):
    k = rng.choice([250, 263, 273, 288, 300, 310, 320, 350, 373, 400])
    c = k - 273.15
    f = c * 9 / 5 + 32
    t = f"A temperature of {k} K — what's that in Celsius and in Fahrenheit? Two decimals."
    return t, [num(c, 2), num(f, 2)]


@family
def mph_to_kmh(rng):
    mph = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    t = pick(rng, f"speed limit in the US road is {mph} mph. what's that in km/h?",
             f"Convert {mph} miles per hour to kilometres per hour.")
    return t + " Round to the nearest whole number.", [whole(mph * MILE)]


@family
def kmh_to_ms(rng):
    kmh = rng.randint(11, 140)
    t = f"A train goes {kmh} km/h. How many metres per second is that? Two decimals."
    return t, [num(kmh / 3.6, 2)]


@family
def knots_to_kmh(rng):
    kn = rng.randint(5, 35)
    t = f"Wind forecast is {kn} knots. What is that in km/h? (1 knot = 1.852 km/h) one decimal"
    return t, [num(kn * 1.852, 1)]


@family
def pace_min_per_km_to_mile(rng):
    m, s = rng.randint(4, 7), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    pace = (m * 60 + s) * MILE
    if abs(pace - math.floor(pace) - 0.5) < 0.1:
        raise Skip
    tot = round(pace)
    pm, ps = divmod(tot, 60)
    t = (f"I run at {m}:{s:02d} per km. What's my pace per mile? Give it as min:sec "
         f"to the nearest second.")
    return t, [[f"{pm}:{ps:02d}"]]


@family
def finish_time_from_pace(rng):
    m, s = rng.randint(4, 7), rng.choice([0, 15, 20, 30, 45])
    dist = rng.choice([5, 10, 21.1, 42.2])
    total = round((m * 60 + s) * dist)
    h, rem = divmod(total, 3600)
    mm, ss = divmod(rem, 60)
    name = {5: "5k", 10: "10k", 21.1: "half marathon (21.1 km)", 42.2: "marathon (42.2 km)"}[dist]
    t = f"If I hold {m}:{s:02d}/km for a {name}, what will my finish time be?"
    forms = ([f"{h}:{mm:02d}:{ss:02d}", f"{h}h {mm}m {ss}s", f"{h}h{mm}m{ss}s"] if h
             else [f"{mm}:{ss:02d}", f"0:{mm:02d}:{ss:02d}", f"{mm}m {ss}s", f"{mm} min {ss} s"])
    if not h and not ss:
        forms += [f"{mm} minutes", f"{mm} min"]
    return t, [forms]


@family
def pace_from_time(rng):
    dist = rng.choice([5, 10])
    total = rng.randint(dist * 240, dist * 420)
    per = total / dist
    if dist == 10 and total % 10 == 5:
        raise Skip
    per = round(per)
    m, s = divmod(total, 60)
    pm, ps = divmod(per, 60)
    t = f"ran {dist}k in {m}:{s:02d} today. what was my average pace per km? (nearest second)"
    return t, [[f"{pm}:{ps:02d}"]]


@family
def mpg_to_l100(rng):
    mpg = rng.randint(18, 55)
    uk = rng.random() < 0.5
    gal = UKGAL if uk else GAL
    l100 = 100 * gal / (mpg * MILE)
    which = "UK (imperial) mpg" if uk else "US mpg"
    t = f"My car does {mpg} mpg — that's {which}. What's that in litres per 100 km? One decimal."
    return t, [num(l100, 1)]


@family
def l100_to_mpg(rng):
    ln = rng.choice([4.5, 5.2, 5.8, 6.4, 7.1, 7.9, 8.5, 9.3, 10.2, 11.6])
    t = f"Car brochure says {ln} L/100km. What's that in US miles per gallon? Nearest whole mpg."
    return t, [whole(100 * GAL / (ln * MILE))]


@family
def trip_fuel_cost(rng):
    km = rng.randint(120, 900)
    cons = rng.choice([5.5, 6.0, 6.5, 7.2, 8.0, 9.5])
    price = rng.choice([1.59, 1.65, 1.72, 1.79, 1.84, 1.91])
    cost = km * cons / 100 * price
    t = (f"Road trip: {km} km, car uses {cons} L per 100 km, fuel is €{price} a litre. "
         f"How much will the fuel cost?")
    return t, [money(cost) + [f"€{v}" for v in num(cost, 2, 0.01)]]


@family
def gallons_for_trip_us(rng):
    mi = rng.randint(150, 1200)
    mpg = rng.randint(22, 40)
    price = rng.choice([2.89, 3.15, 3.49, 3.79, 4.05])
    gal = mi / mpg
    t = (f"driving {mi} miles, my car gets {mpg} mpg and gas is ${price}/gallon. how many gallons "
         f"will i use (1 decimal) and what will it cost?")
    return t, [num(gal, 1), money(gal * price)]


@family
def litres_to_gallons(rng):
    ln = rng.choice([20, 25, 40, 45, 50, 55, 60, 75, 80])
    t = f"The tank holds {ln} litres. How many US gallons is that? 2 dp"
    return t, [num(ln / GAL, 2)]


@family
def floz_to_ml(rng):
    oz = rng.choice([4, 6, 8, 10, 12, 16, 20, 24, 32])
    t = pick(rng, f"My water bottle is {oz} fl oz (US). How many ml?",
             f"{oz} US fluid ounces to millilitres")
    return t + " Nearest ml.", [whole(oz * FLOZ)]


@family
def ounces_to_grams(rng):
    oz = rng.randint(3, 24)
    t = f"Steak is {oz} oz, how many grams is that? nearest gram"
    return t, [whole(oz * OZ)]


@family
def inches_screen_cm(rng):
    d = rng.choice([13.3, 14, 15.6, 24, 27, 32, 43, 55, 65, 75])
    t = f"Is a {d} inch TV/monitor — what's the diagonal in cm? one decimal"
    return t, [num(d * INCH, 1)]


@family
def tv_width_height(rng):
    d = rng.randint(24, 86)
    w = d * 16 / math.hypot(16, 9)
    h = d * 9 / math.hypot(16, 9)
    t = (f"A {d}\" 16:9 TV: how wide and how tall is the screen in inches? One decimal each "
         f"(screen only, no bezel)")
    return t, [num(w, 1), num(h, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    km_to_miles_run, miles_to_km_drive, height_ft_in_to_cm, cm_to_ft_in, kg_to_stone_lb,
    lb_to_kg_luggage, fahrenheit_to_celsius, celsius_to_fahrenheit_oven, fever_temp,
    kelvin_convert, mph_to_kmh, kmh_to_ms, knots_to_kmh, pace_min_per_km_to_mile,
    finish_time_from_pace, pace_from_time, mpg_to_l100, l100_to_mpg, trip_fuel_cost,
    gallons_for_trip_us, litres_to_gallons, floz_to_ml, ounces_to_grams, inches_screen_cm,
    tv_width_height)]
