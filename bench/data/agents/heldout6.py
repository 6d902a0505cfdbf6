"""Round 6 (``V_*``) for ``muse bench agents``: written in one sitting, without sight of
the planner's rules, before the rules were adjusted to anything here, and held out for one
blind run (its scores are kept in ``heldout_round6.json``). After that run these families
became dev items, with their text and answers unchanged.

Every family is drawn through :func:`bench.data.agents.helpers.fresh`: no accepted answer
appears in its own request, and no item repeats another. Values whose rounding would be a
tie are drawn again, so each accepted answer is the one exact rounding.

The families live in five modules: :mod:`bench.data.agents.heldout6_math` (arithmetic,
money, percentages, powers, roots, factorials), :mod:`bench.data.agents.heldout6_algebra`
(equations, algebra, calculus), :mod:`bench.data.agents.heldout6_units` (conversions and
health), :mod:`bench.data.agents.heldout6_read` (data and images) and this one (requests
for several agents), which registers them all (the name ``HELDOUT`` is kept;
:mod:`bench.data.agents.generate` draws them as dev).
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout5_math import commas, poly_forms, poly_text, show, tie
from bench.data.agents.heldout5_units import FOOT, LB, MILE, litres, one_place
from bench.data.agents.heldout6_algebra import ALGEBRA, factor_forms, nonzero
from bench.data.agents.heldout6_math import MATH_1, money
from bench.data.agents.heldout6_read import DATA, HIGH, IMAGES
from bench.data.agents.heldout6_units import UNITS
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


def _euros(value: Fraction) -> list[str]:
    return [f for v in money(value) for f in (f"{v} EUR", f"€{v}", f"{v} €", f"{v} euros")]


def v_split_receipt(rng: random.Random) -> Item:  # a receipt total shared out evenly
    recipe, answer = image_recipe(rng, "receipt")
    n = rng.randint(2, 5)
    each = _usd(answer) / n
    if (each * 100).denominator != 1:
        return v_split_receipt(rng)
    return item("V_split_receipt", "multi", f"there were {n} of us at this lunch - how much "
                "does each person owe?", [answer, money(each)], image=recipe)


def v_budget_share(rng: random.Random) -> Item:  # a receipt as a share of a budget
    recipe, answer = image_recipe(rng, "receipt")
    budget = rng.choice([20, 25, 50, 100])
    share = _usd(answer) * 100 / budget
    if share >= 100:
        return v_budget_share(rng)
    return item("V_budget_share", "multi", f"my weekly snack budget is ${budget}. what "
                "percentage of it went on this receipt?",
                [answer, [f for v in money(share) for f in (f"{v}%", f"{v} %", f"{v} percent")]],
                image=recipe)


def v_priciest_euros(rng: random.Random) -> Item:  # the dearest line, and the total in euros
    recipe, answer = image_recipe(rng, "receipt")
    name = max(recipe["items"], key=lambda line: line[1])[0]
    eur = _usd(answer) / Fraction(str(RATES["USD"]))
    if tie(eur):
        return v_priciest_euros(rng)
    return item("V_priciest_euros", "multi", "which thing on this receipt cost the most, and "
                "what's the whole bill in euros?",
                [[name, name.upper()], answer, _euros(Fraction(round(eur * 100), 100))],
                image=recipe)


def v_roots_slope(rng: random.Random) -> Item:  # roots and the derivative of one quadratic
    r1, r2 = sorted(rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 6, 8], 2))
    b = -(r1 + r2)
    return item("V_roots_slope", "multi", f"for y = {poly(b, r1 * r2)}: where is y zero, and "
                "what's dy/dx?", [[f"x = {r1}"], [f"x = {r2}"], poly_forms({1: 2, 0: b})])


def v_bmi_water(rng: random.Random) -> Item:  # two health figures from height and weight
    h, w = rng.randint(150, 200), rng.randint(48, 125)
    bmi, water = Fraction(w * 10000, h * h), Fraction(35 * w, 1000)
    if tie(bmi, 1) or tie(water, 1):
        return v_bmi_water(rng)
    return item("V_bmi_water", "multi", f"{h} cm, {w} kg. tell me my BMI and my daily water "
                "target", [one_place(bmi), litres(water)])


def v_height_weight(rng: random.Random) -> Item:  # two imperial measurements to metric
    ft, lb = rng.choice([5, 6]), rng.randint(100, 260)
    cm, kg = ft * FOOT * 100, lb * LB
    if tie(kg):
        return v_height_weight(rng)
    return item("V_height_weight", "multi", f"filling in a form that wants metric: {ft} feet "
                f"in cm and {lb} pounds in kg?", [[show(cm)], [show(kg)]])


def v_plot_value(rng: random.Random) -> Item:  # a line drawn, and its value at a point
    m, c, p = nonzero(rng, -5, 5), rng.randint(-9, 9), rng.randint(2, 9)
    line = poly_text({1: m, 0: c}, False)
    value = m * p + c
    return item("V_plot_value", "multi", f"draw the line y = {line} for me, and what's y when "
                f"x = {p}?", [[f"y = {value}", f"y = {str(value).replace('-', '−')}"], PLOT])


def v_factorial_hours(rng: random.Random) -> Item:  # a factorial, then minutes to hours
    n = rng.randint(5, 11)
    hours = commas(str(math.factorial(n) // 60))
    return item("V_factorial_hours", "multi", f"what's {n}! - and if that were minutes, how "
                "many hours would it be?", [commas(str(math.factorial(n))),
                                             [f"{h} hours" for h in hours]])


def v_maxhr_weather(rng: random.Random) -> Item:  # a health figure and a temperature
    age, f = rng.randint(20, 70), rng.randint(50, 104)
    c = Fraction(f - 32) * 5 / 9
    if tie(c):
        return v_maxhr_weather(rng)
    return item("V_maxhr_weather", "multi", f"going for a run - I'm {age} so what's my max heart "
                f"rate? and the app says {f}°F, what's that in °C?",
                [[f"{220 - age} bpm"], [show(c)]])


def v_longest_miles(rng: random.Random) -> Item:  # the largest of a list, then in miles
    runs = [Fraction(rng.randint(30, 250), 10) for _ in range(rng.randint(4, 7))]
    top = max(runs)
    if runs.count(top) > 1 or tie(top / MILE):
        return v_longest_miles(rng)
    listed = ", ".join(show(r) for r in runs)
    return item("V_longest_miles", "multi", f"runs this month (km): {listed}. which was the "
                "longest, and how many miles is it?",
                [labelled([*HIGH, "longest"], show(top)), [show(top / MILE)]])


def v_factor_expand(rng: random.Random) -> Item:  # two algebra jobs in one message
    a = rng.randint(2, 9)
    b, c = rng.sample(range(1, 9), 2)
    return item("V_factor_expand", "multi", f"two algebra questions: factor x^2 - {a * a}, and "
                f"expand (x + {b})(x + {c})", [factor_forms(-a, a),
                                               poly_forms({2: 1, 1: b + c, 0: b * c})])


def v_run_pace(rng: random.Random) -> Item:  # a distance in miles and an average speed
    km = rng.choice([5, 8, 10, 12, 15, 21])
    speed = rng.randint(8, 16)
    minutes = Fraction(km * 60, speed)
    if minutes.denominator != 1:
        return v_run_pace(rng)
    return item("V_run_pace", "multi", f"did {km} km in {minutes} minutes today. how far is "
                "that in miles, and what was my average speed in km/h?",
                [[show(km / MILE)], [str(speed), f"{speed} km/h"]])


def v_dose_plan(rng: random.Random) -> Item:  # next dose time and a day's total
    mg, gap, hour = rng.choice([200, 250, 400, 500]), rng.choice([4, 6, 8]), rng.randint(7, 11)
    nh = hour + gap
    twelve = nh - 12 if nh > 12 else nh
    suffix = "pm" if nh >= 12 else "am"
    times = [f"{nh}:00", f"{twelve} {suffix}", f"{twelve}{suffix}", f"{twelve}:00 {suffix}",
             f"{twelve}:00{suffix}", f"{twelve} {suffix.upper()}", f"{twelve}:00 {suffix.upper()}"]
    total = 2 * mg * 24 // gap
    return item("V_dose_plan", "multi", f"I took 2 x {mg} mg at {hour}am and the box says every "
                f"{gap} hours. when's my next dose and how many mg would that be over a full "
                "day?", [list(dict.fromkeys(times)), [f"{t} mg" for t in commas(str(total))]])


MULTI: list[tuple[Family, int]] = [
    (v_split_receipt, 6), (v_budget_share, 6), (v_priciest_euros, 6), (v_roots_slope, 6),
    (v_bmi_water, 6), (v_height_weight, 6), (v_plot_value, 6), (v_factorial_hours, 6),
    (v_maxhr_weather, 6), (v_longest_miles, 6), (v_factor_expand, 6), (v_run_pace, 6),
    (v_dose_plan, 6)]

HELDOUT: list[tuple[Family, int]] = [(fresh(make), count) for make, count in [
    *MATH_1, *ALGEBRA, *UNITS, *DATA, *IMAGES, *MULTI]]
