"""Round 7 (``W_*``) for ``muse bench agents``: written in one sitting, without sight of
the planner's rules, before the rules were adjusted to anything here, and held out for one
blind run (its scores are kept in ``heldout_round7.json``). After that run these families
became dev items, with their text and answers unchanged.

Every family is drawn through :func:`bench.data.agents.helpers.fresh`: no accepted answer
appears in its own request, and no item repeats another. Values whose rounding would be a
tie are drawn again, so each accepted answer is the one exact rounding.

The families live in five modules: :mod:`bench.data.agents.heldout7_math` (money,
percentages, arithmetic, powers, roots, factorials, fractions),
:mod:`bench.data.agents.heldout7_algebra` (equations, algebra, calculus),
:mod:`bench.data.agents.heldout7_units` (conversions and health),
:mod:`bench.data.agents.heldout7_read` (data and images) and this one (requests for several
agents), which registers them all (the name ``HELDOUT`` is kept;
:mod:`bench.data.agents.generate` draws them as dev).
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout5_math import poly_forms, show, tie
from bench.data.agents.heldout5_units import INCH, LB, MILE, litres, one_place
from bench.data.agents.heldout6_algebra import nonzero
from bench.data.agents.heldout6_math import money
from bench.data.agents.heldout6_read import HIGH, MEAN
from bench.data.agents.heldout6_units import FL_OZ, STONE, value
from bench.data.agents.heldout7_algebra import ALGEBRA, coeff
from bench.data.agents.heldout7_math import MATH, cash
from bench.data.agents.heldout7_read import DATA, IMAGES
from bench.data.agents.heldout7_units import UNITS
from bench.data.agents.helpers import (
    RATES,
    Family,
    Item,
    fresh,
    image_recipe,
    item,
    labelled,
    poly,
)

PLOT = ["Here is the plot"]


def _usd(answer: list[str]) -> Fraction:
    return Fraction(round(Fraction(answer[0]) * 100), 100)


def _currency(value: Fraction, code: str, sign: str, word: str) -> list[str]:
    return [f for v in cash(value) for f in (f"{v} {code}", f"{sign}{v}", f"{v} {sign}",
                                             f"{v} {word}")]


def _signs(text: str) -> list[str]:
    return list(dict.fromkeys([text, text.replace("-", "−")]))


# --- a picture and a sum ---------------------------------------------------------------------

def w_note_change(rng: random.Random) -> Item:  # a receipt total and the change from a note
    recipe, answer = image_recipe(rng, "receipt")
    note = rng.choice([50, 100]) if _usd(answer) < 50 else 100
    if _usd(answer) >= 100:
        return w_note_change(rng)
    return item("W_note_change", "multi", f"I'm paying this with a ${note} bill - what's the "
                "total and how much change should I get?",
                [answer, money(note - _usd(answer))], image=recipe)


def w_service_charge(rng: random.Random) -> Item:  # a receipt total with a service charge
    recipe, answer = image_recipe(rng, "receipt")
    p = rng.choice([Fraction(10), Fraction(25, 2), Fraction(15)])
    after = _usd(answer) * (100 + p) / 100
    if tie(after):
        return w_service_charge(rng)
    return item("W_service_charge", "multi", f"read the total off this and add a {show(p)}% "
                "service charge - what's the final figure?", [answer, cash(after)],
                image=recipe)


def w_coupon_euros(rng: random.Random) -> Item:  # a coupon off a receipt, then in euros
    recipe, answer = image_recipe(rng, "receipt")
    off = rng.choice([2, 5, 10])
    left = _usd(answer) - off
    eur = left / Fraction(str(RATES["USD"]))
    if left <= 0 or tie(eur):
        return w_coupon_euros(rng)
    return item("W_coupon_euros", "multi", f"I've got a ${off} voucher for this receipt. what "
                "would I still owe, and how much is that in euros?",
                [money(left), _currency(eur, "EUR", "€", "euros")], image=recipe)


def w_shop_pounds(rng: random.Random) -> Item:  # the shop's name and the total in pounds
    recipe, answer = image_recipe(rng, "receipt")
    gbp = _usd(answer) / Fraction(str(RATES["USD"])) * Fraction(str(RATES["GBP"]))
    if tie(gbp):
        return w_shop_pounds(rng)
    return item("W_shop_pounds", "multi", "where's this receipt from and what does it come to "
                "in British pounds?", [[recipe["shop"].upper(), recipe["shop"]], answer,
                                       _currency(gbp, "GBP", "£", "pounds")], image=recipe)


def w_sign_and_product(rng: random.Random) -> Item:  # a sign read plus an unrelated product
    recipe, words = image_recipe(rng, "sign")
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return item("W_sign_and_product", "multi", f"two things: what does the sign in this photo "
                f"say, and what's {a} times {b}?", [*([w] for w in words), [str(a * b)]],
                image=recipe)


# --- maths with a plot -------------------------------------------------------------------

def w_expand_draw(rng: random.Random) -> Item:  # a product expanded, then drawn
    a, b = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
    left = f"(x {'+' if a > 0 else '-'} {abs(a)})(x {'+' if b > 0 else '-'} {abs(b)})"
    return item("W_expand_draw", "multi", f"expand y = {left} and sketch the graph for me",
                [poly_forms({2: 1, 1: a + b, 0: a * b}), PLOT])


def w_cubic_slope_plot(rng: random.Random) -> Item:  # a cubic plotted and differentiated
    k = rng.randint(1, 9)
    return item("W_cubic_slope_plot", "multi", f"plot y = x^3 - {coeff(k)}x, and what's its "
                "derivative?", [PLOT, poly_forms({2: 3, 0: -k})])


def w_roots_draw(rng: random.Random) -> Item:  # where a parabola meets the axis, and its graph
    r1, r2 = sorted(rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 2))
    text = poly(-(r1 + r2), r1 * r2)
    return item("W_roots_draw", "multi", f"graph {text} and tell me where it cuts the x-axis",
                [PLOT, [f"x = {v}" for v in _signs(str(r1))],
                 [f"x = {v}" for v in _signs(str(r2))]])


# --- health and units together ------------------------------------------------------------

def w_bmi_and_max(rng: random.Random) -> Item:  # BMI and maximum heart rate in one message
    age, h, w = rng.randint(18, 75), rng.randint(150, 198), rng.randint(48, 125)
    bmi = Fraction(w * 10000, h * h)
    if tie(bmi, 1):
        return w_bmi_and_max(rng)
    return item("W_bmi_and_max", "multi", f"new gym form asks for BMI and max heart rate. I'm "
                f"{age}, {h} cm, {w} kg", [one_place(bmi), [f"{220 - age} bpm"]])


def w_tempo_and_km(rng: random.Random) -> Item:  # a heart-rate target and a distance
    age, p, miles = rng.randint(20, 65), rng.choice([60, 70, 80]), rng.choice([3, 5, 6, 8, 10])
    bpm = Fraction((220 - age) * p, 100)
    if bpm.denominator != 1:
        return w_tempo_and_km(rng)
    return item("W_tempo_and_km", "multi", f"tomorrow: {miles} miles at {p}% of my max heart "
                f"rate (I'm {age}). how many km is the run, and what bpm should I hold?",
                [value(miles * MILE), [f"{bpm} bpm"]])


def w_stone_bmi(rng: random.Random) -> Item:  # a weight in stone to kg, then BMI
    st, h = rng.randint(8, 18), rng.randint(152, 196)
    kg = st * STONE
    bmi = kg * 10000 / (h * h)
    if tie(kg) or tie(bmi, 1):
        return w_stone_bmi(rng)
    return item("W_stone_bmi", "multi", f"I weigh {st} stone and I'm {h} cm. what's that "
                "in kg, and what's my BMI?", [value(kg), one_place(bmi)])


def w_water_ounces(rng: random.Random) -> Item:  # daily water in litres and fluid ounces
    kg = rng.choice([40, 60, 80, 100, 120, 140])
    water = Fraction(35 * kg, 1000)
    return item("W_water_ounces", "multi", f"at {kg} kg how much water should I drink a day, "
                "and what's that in US fl oz?", [litres(water), value(water * 1000 / FL_OZ)])


def w_child_dose_lb(rng: random.Random) -> Item:  # a weight in pounds, then a dose per kg
    lb, per = rng.randint(20, 90), rng.choice([5, 10, 15])
    kg = lb * LB
    exact_mg, rounded_mg = kg * per, Fraction(round(kg * 100), 100) * per
    if tie(kg) or tie(exact_mg):
        return w_child_dose_lb(rng)
    doses = list(dict.fromkeys(value(exact_mg) + value(rounded_mg)))
    return item("W_child_dose_lb", "multi", f"my son is {lb} lb. what's that in kg, and the "
                f"dose is {per} mg/kg - how many mg?", [value(kg),
                                                         [f"{d} mg" for d in doses]])


# --- data with a conversion -------------------------------------------------------------------

def w_fahrenheit_week(rng: random.Random) -> Item:  # a mean in °F, then in °C
    temps = [rng.randint(40, 100) for _ in range(7)]
    mean = Fraction(sum(temps), 7)
    c = (mean - 32) * Fraction(5, 9)
    if tie(mean) or tie(c):
        return w_fahrenheit_week(rng)
    return item("W_fahrenheit_week", "multi", f"daily highs in °F this week: "
                f"{', '.join(map(str, temps))}. average them and give me that in celsius too",
                [labelled(MEAN, show(mean)), _signs(show(c))])


def w_wettest_mm(rng: random.Random) -> Item:  # the largest of a list, then to millimetres
    rain = rng.sample(range(1, 300), rng.randint(5, 8))
    top = Fraction(max(rain), 100)
    listed = ", ".join(f"{r / 100:.2f}" for r in rain)
    return item("W_wettest_mm", "multi", f"rain gauge, inches per day: {listed}. what was the "
                "wettest day, and how many mm is that?",
                [labelled([*HIGH, "wettest"], f"{float(top):.2f}")
                 + labelled([*HIGH, "wettest"], show(top)), value(top * 254 / 10)])


def w_csv_runs_miles(rng: random.Random) -> Item:  # a CSV mean, then in miles
    runs = [Fraction(rng.randint(30, 220), 10) for _ in range(rng.randint(5, 8))]
    mean = sum(runs, Fraction(0)) / len(runs)
    if tie(mean) or tie(mean / MILE):
        return w_csv_runs_miles(rng)
    csv = "date,distance_km\n" + "".join(f"2026-06-{2 * i + 1:02d},{show(r)}\n"
                                         for i, r in enumerate(runs))
    return item("W_csv_runs_miles", "multi", "what's my average run in this log, in km and in "
                "miles?", [labelled(MEAN, show(mean)), value(mean / MILE)], csv=csv)


def w_three_asks(rng: random.Random) -> Item:  # a percentage, a conversion and a root at once
    p, n, km, r = rng.choice([15, 35, 45, 65]), rng.randint(3, 40) * 20, rng.randint(3, 60), \
        rng.randint(11, 40)
    return item("W_three_asks", "multi", f"quick ones: {p}% of {n}; {km} km in miles; and "
                f"the square root of {r * r}", [money(Fraction(p * n, 100)),
                                                value(km / MILE), [str(r)]])


def w_factorial_seconds(rng: random.Random) -> Item:  # a factorial and a time conversion
    n, h = rng.randint(6, 12), rng.randint(2, 30)
    return item("W_factorial_seconds", "multi", f"how big is {n}!, and how many seconds are in "
                f"{h} hours?", [[str(math.factorial(n)), f"{math.factorial(n):,}"],
                                [str(h * 3600), f"{h * 3600:,}"]])


def w_height_inches_bmi(rng: random.Random) -> Item:  # feet and inches to cm, then BMI
    ft, inch, w = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(50, 120)
    cm = (ft * 12 + inch) * INCH * 100
    bmi = w * 10000 / cm ** 2
    if tie(cm) or tie(bmi, 1):
        return w_height_inches_bmi(rng)
    return item("W_height_inches_bmi", "multi", f"I'm {ft}'{inch}\" and {w} kg. give me my "
                "height in cm, then my BMI", [value(cm), one_place(bmi)])


MULTI: list[tuple[Family, int]] = [
    (w_note_change, 6), (w_service_charge, 6), (w_coupon_euros, 6), (w_shop_pounds, 6),
    (w_sign_and_product, 6), (w_expand_draw, 6), (w_cubic_slope_plot, 6), (w_roots_draw, 6),
    (w_bmi_and_max, 6), (w_tempo_and_km, 6), (w_stone_bmi, 6), (w_water_ounces, 6),
    (w_child_dose_lb, 6), (w_fahrenheit_week, 6), (w_wettest_mm, 6), (w_csv_runs_miles, 6),
    (w_three_asks, 6), (w_factorial_seconds, 6), (w_height_inches_bmi, 6)]

HELDOUT: list[tuple[Family, int]] = [(fresh(make), count) for make, count in [
    *MATH, *ALGEBRA, *UNITS, *DATA, *IMAGES, *MULTI]]
