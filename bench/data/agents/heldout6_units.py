"""Round 6 (``V_*``, held out once, dev now) for ``muse bench agents``, third part: unit
conversions and health calculations (see :mod:`bench.data.agents.heldout6`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, show, tie
from bench.data.agents.heldout5_units import INCH, LB, litres, one_place
from bench.data.agents.helpers import Family, Item, item

YARD, KNOT, ACRE = Fraction("0.9144"), Fraction("1.852"), Fraction("4046.8564224")
FL_OZ, STONE = Fraction("29.5735295625"), 14 * LB


def value(v: Fraction) -> list[str]:
    """A converted value to two places (fmt), with thousands commas where they apply."""
    return commas(show(v))


def ok(*values: Fraction) -> bool:
    return not any(tie(v) for v in values)


# --- conversions -----------------------------------------------------------------------

def v_stone(rng: random.Random) -> Item:  # British body weight in stone and pounds
    st, lb = rng.randint(7, 20), rng.randint(1, 13)
    kg = st * STONE + lb * LB
    if not ok(kg):
        return v_stone(rng)
    return item("V_stone", "calc", f"I'm {st} stone {lb}, what is that in kilos?", [value(kg)])


def v_yards(rng: random.Random) -> Item:  # a distance in yards, golf
    v = rng.randint(90, 560)
    return item("V_yards", "calc", f"the hole is {v} yards long - how many metres?",
                [value(v * YARD)])


def v_knots(rng: random.Random) -> Item:  # boat speed in knots
    v = rng.randint(4, 40)
    return item("V_knots", "calc", f"our ferry cruises at {v} knots. how fast is that in km/h?",
                [value(v * KNOT)])


def v_acres(rng: random.Random) -> Item:  # land area, acres to hectares
    v = Fraction(rng.randint(2, 400), 2)
    if not ok(v * ACRE / 10000):
        return v_acres(rng)
    return item("V_acres", "calc", f"the farm is {show(v)} acres. how many hectares is that?",
                [value(v * ACRE / 10000)])


def v_fl_oz(rng: random.Random) -> Item:  # a drink can in US fluid ounces
    v = rng.choice([8, 12, 16, 20, 24, 32])
    return item("V_fl_oz", "calc", f"how many ml is a {v} fl oz bottle?", [value(v * FL_OZ)])


def v_seconds_days(rng: random.Random) -> Item:  # days to seconds
    d = rng.randint(2, 30)
    return item("V_seconds_days", "calc", f"how many seconds are there in {d} days?",
                [commas(str(d * 86400))])


def v_screen(rng: random.Random) -> Item:  # a screen diagonal in inches, to cm
    v = Fraction(rng.randint(50, 850), 10)
    if not ok(v * INCH * 100):
        return v_screen(rng)
    return item("V_screen", "calc", f"the TV is {show(v)}\" across - what's that in cm?",
                [value(v * INCH * 100)])


def v_kelvin_back(rng: random.Random) -> Item:  # kelvin to Celsius
    k = rng.randint(200, 400)
    return item("V_kelvin_back", "calc", f"the sample is at {k} K, what's that in celsius?",
                [[show(k - Fraction("273.15")), show(k - Fraction("273.15")).replace("-", "−")]])


def v_tank(rng: random.Random) -> Item:  # cubic metres to litres
    v = Fraction(rng.randint(2, 60), 4)
    return item("V_tank", "calc", f"a water tank holds {show(v)} cubic metres. how many litres "
                "is that?", [commas(show(v * 1000))])


def v_luggage(rng: random.Random) -> Item:  # kilograms to pounds in a luggage limit
    v = rng.choice([7, 8, 10, 12, 15, 20, 23, 25, 30, 32])
    return item("V_luggage", "calc", f"the airline allows {v} kg of checked luggage. how many "
                "pounds is that?", [value(v / LB)])


# --- health ----------------------------------------------------------------------------

def v_bmi_range(rng: random.Random) -> Item:  # BMI with height in metres, "healthy" asked
    h, w = Fraction(rng.randint(150, 200), 100), Fraction(rng.randint(90, 260), 2)
    bmi = w / h ** 2
    if tie(bmi, 1):
        return v_bmi_range(rng)
    return item("V_bmi_range", "calc", f"i'm {float(h):.2f} m tall and weigh {show(w)} kg. is "
                "my BMI in the healthy range?", [one_place(bmi)])


def v_rest_calories(rng: random.Random) -> Item:  # BMR asked as calories burned at rest
    age, h, w = rng.randint(18, 70), rng.randint(150, 195), rng.randint(45, 120)
    female = rng.random() < 0.5
    bmr = 10 * w + Fraction(25 * h, 4) - 5 * age + (-161 if female else 5)
    if tie(bmr, 0):
        return v_rest_calories(rng)
    who = "woman" if female else "man"
    return item("V_rest_calories", "calc", f"{age} yo {who}, {h}cm, {w}kg - how many calories "
                "do I burn at rest?", [commas(str(round(bmr)))])


def v_water_teen(rng: random.Random) -> Item:  # daily water for someone else
    w = rng.choice([n for n in range(40, 111) if not tie(Fraction(35 * n, 1000), 1)])
    return item("V_water_teen", "calc", f"my daughter weighs {w} kg. how much water should she "
                "have in a day?", [litres(Fraction(35 * w, 1000))])


def v_training_zones(rng: random.Random) -> Item:  # zones asked before a race
    age = rng.randint(16, 75)
    return item("V_training_zones", "calc", f"training for a half marathon at {age} - can you "
                "work out my heart rate training zones?", [[f"{220 - age} bpm"]])


def v_zone_band(rng: random.Random) -> Item:  # a band of the maximum heart rate, exact ends
    age = rng.choice([20, 30, 40, 50, 60, 70])
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    lo, hi = (220 - age) * low // 100, (220 - age) * high // 100
    return item("V_zone_band", "calc", f"what heart rate is {low}-{high}% of max for a "
                f"{age} year old?", [[f"{lo} bpm", f"{lo}-{hi}", f"{lo}–{hi}", f"{lo} to {hi}"],
                                     [f"{hi} bpm"]])


def v_next_dose(rng: random.Random) -> Item:  # dose timing on a 24-hour clock
    hour, minute = rng.randint(6, 13), rng.choice([0, 15, 30, 45])
    gap = rng.choice([4, 6, 8])
    nh = hour + gap
    twelve = nh - 12 if nh > 12 else nh
    suffix = "pm" if nh >= 12 else "am"
    forms = [f"{nh}:{minute:02d}", f"{twelve}:{minute:02d} {suffix}",
             f"{twelve}:{minute:02d}{suffix}", f"{twelve}:{minute:02d} {suffix.upper()}"]
    return item("V_next_dose", "calc", f"took my antibiotic at {hour}:{minute:02d}, it's every "
                f"{gap} hours. when's the next one?", [list(dict.fromkeys(forms))])


def v_daily_mg(rng: random.Random) -> Item:  # a day's total dose from tablets and interval
    mg, tabs, gap = rng.choice([200, 250, 400, 500]), rng.randint(1, 2), rng.choice([4, 6, 8, 12])
    total = mg * tabs * 24 // gap
    return item("V_daily_mg", "calc", f"{tabs} tablet{'s' * (tabs > 1)} of {mg} mg every {gap} "
                "hours - how many mg is that in 24 hours?",
                [[f"{t} mg" for t in commas(str(total))]])


UNITS: list[tuple[Family, int]] = [
    (v_stone, 6), (v_yards, 6), (v_knots, 6), (v_acres, 6), (v_fl_oz, 6), (v_seconds_days, 6),
    (v_screen, 6), (v_kelvin_back, 6), (v_tank, 6), (v_luggage, 6), (v_bmi_range, 6),
    (v_rest_calories, 6), (v_water_teen, 6), (v_training_zones, 6), (v_zone_band, 6),
    (v_next_dose, 6), (v_daily_mg, 6)]
