"""Round 5 (``U_*``, held out once, dev now) for ``muse bench agents``, second part: unit
conversions and health calculations (see :mod:`bench.data.agents.heldout5`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, show, tie
from bench.data.agents.helpers import Family, Item, item

MILE, LB = Fraction("1.609344"), Fraction("0.45359237")
FOOT, INCH = Fraction("0.3048"), Fraction("0.0254")


def one_place(*values: Fraction) -> list[str]:
    """Values to one decimal place, plus the whole number where that place is a zero."""
    out = [f"{float(v):.1f}" for v in values]
    return list(dict.fromkeys(out + [f.removesuffix(".0") for f in out if f.endswith(".0")]))


def litres(value: Fraction) -> list[str]:
    return [f"{v} {unit}" for v in one_place(value) for unit in ("litres", "liters")]


# --- units and health ------------------------------------------------------------------

def u_miles_run(rng: random.Random) -> Item:  # a run in miles, to km
    v = Fraction(rng.randint(10, 262), 10)
    return item("U_miles_run", "calc", f"just ran {show(v)} miles!! how far is that in km",
                [[show(v * MILE)]])


def u_height(rng: random.Random) -> Item:  # feet and inches, three ways of writing them
    ft, inch = rng.randint(4, 6), rng.randint(1, 11)
    said = rng.choice([f"{ft}'{inch}\"", f"{ft} foot {inch}", f"{ft} ft {inch} in"])
    return item("U_height", "calc", f"I'm {said}, what's that in centimetres?",
                [[show((ft * 12 + inch) * INCH * 100)]])


def u_lb_grams(rng: random.Random) -> Item:  # a cooking quantity in pounds, to grams
    v = Fraction(rng.choice([2, 3, 4, 5, 6, 8, 10, 12]), 4)
    return item("U_lb_grams", "calc", f"recipe calls for {show(v)} lb of beef - how many "
                "grams is that?", [commas(show(v * LB * 1000))])


def u_butter_oz(rng: random.Random) -> Item:  # grams to ounces in the kitchen
    g = rng.choice([50, 75, 100, 125, 150, 175, 200, 225, 250, 300, 400, 500])
    return item("U_butter_oz", "calc", f"how many ounces is {g} grams of butter?",
                [[show(g / (LB * 1000 / 16))]])


def u_fever(rng: random.Random) -> Item:  # body temperature, Celsius to Fahrenheit
    c = Fraction(rng.randint(365, 405), 10)
    return item("U_fever", "calc", f"my son's temperature is {show(c)}°C, what's that in "
                "Fahrenheit?", [[show(c * 9 / 5 + 32)]])


def u_tyre_psi(rng: random.Random) -> Item:  # pressure, psi to bar
    v = rng.randint(26, 45)
    psi = LB * Fraction("9.80665") / INCH ** 2
    return item("U_tyre_psi", "calc", f"tyres should be at {v} psi - what's that in bar?",
                [[show(v * psi / 100000)]])


def u_speed_limit(rng: random.Random) -> Item:  # a road sign's mph, to km/h
    v = rng.randrange(20, 85, 5)
    return item("U_speed_limit", "calc", f"driving in the US and the limit says {v} mph. "
                "what's that in km/h?", [[show(v * MILE)]])


def u_sq_feet(rng: random.Random) -> Item:  # floor area, square feet to square metres
    v = rng.randrange(300, 3000, 10)
    return item("U_sq_feet", "calc", f"the flat is {v} sq ft, how many square metres is that?",
                [[show(v * FOOT ** 2)]])


def u_hours_minutes(rng: random.Random) -> Item:  # fractional hours to minutes
    h = Fraction(rng.randint(5, 39), 4)
    return item("U_hours_minutes", "calc", f"how many minutes are there in {show(h)} hours?",
                [[str(int(h * 60))]])


def u_kcal_kj(rng: random.Random) -> Item:  # food energy, kcal to kJ
    v = rng.randrange(60, 900, 5)
    return item("U_kcal_kj", "calc", f"this snack bar is {v} kcal. what's that in kJ?",
                [commas(show(v * Fraction("4.184")))])


def u_summit(rng: random.Random) -> Item:  # altitude, metres to feet
    v = rng.randint(1000, 8848)
    return item("U_summit", "calc", f"the summit is at {v} m - how high is that in feet?",
                [commas(show(v / FOOT))])


def u_bmi_imperial(rng: random.Random) -> Item:  # BMI from feet, inches and pounds
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(100, 280)
    inches = ft * 12 + inch
    exact_bmi = lb * LB / (inches * INCH) ** 2
    rough = Fraction(703) * lb / inches ** 2
    if tie(exact_bmi, 1) or tie(rough, 1):
        return u_bmi_imperial(rng)
    return item("U_bmi_imperial", "calc", f"what's my BMI? I'm {ft}'{inch}\" and {lb} lbs",
                [one_place(exact_bmi, rough)])


def u_bmi_kilos(rng: random.Random) -> Item:  # "body mass index", half kilos
    w, h = Fraction(rng.randint(90, 240), 2), rng.randint(150, 200)
    value = w / (Fraction(h, 100)) ** 2
    if tie(value, 1):
        return u_bmi_kilos(rng)
    return item("U_bmi_kilos", "calc", f"calculate body mass index: weight {show(w)} kg, "
                f"height {h} cm", [one_place(value)])


def u_bmr_words(rng: random.Random) -> Item:  # basal metabolic rate spelled out
    age, w, h = rng.randint(18, 75), rng.randint(45, 120), rng.randrange(148, 204, 4)
    sex = rng.choice(["male", "female"])
    value = 10 * w + h * 25 // 4 - 5 * age + (5 if sex == "male" else -161)
    return item("U_bmr_words", "calc", f"basal metabolic rate for a {age}-year-old {sex}, "
                f"{h} cm, {w} kg?", [commas(str(value))])


def u_water_kilos(rng: random.Random) -> Item:  # daily water, "kilos"
    w = rng.choice([n for n in range(42, 131) if not tie(Fraction(35 * n, 1000), 1)])
    return item("U_water_kilos", "calc", f"I weigh {w} kilos. how many litres of water should "
                "I be drinking a day?", [litres(Fraction(35 * w, 1000))])


def u_zones_runner(rng: random.Random) -> Item:  # zones for someone else, third person
    age = rng.randint(18, 80)
    return item("U_zones_runner", "calc", f"my dad is {age} and wants to start running - what "
                "are his heart rate zones?", [[f"{220 - age} bpm"]])


UNITS: list[tuple[Family, int]] = [
    (u_miles_run, 5), (u_height, 5), (u_lb_grams, 5), (u_butter_oz, 5), (u_fever, 5),
    (u_tyre_psi, 5), (u_speed_limit, 5), (u_sq_feet, 5), (u_hours_minutes, 5), (u_kcal_kj, 5),
    (u_summit, 5), (u_bmi_imperial, 5), (u_bmi_kilos, 5), (u_bmr_words, 5), (u_water_kilos, 5),
    (u_zones_runner, 5)]
