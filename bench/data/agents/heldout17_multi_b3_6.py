"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-6: geometry and
algebra with a practical second step, and sports, travel and kitchen conversions."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import cents, d2, family, screen
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num
from bench.data.agents.helpers import Family


@family
def circle_garden_edging(rng: random.Random) -> Made:
    d = rng.randint(2, 9)
    circ = math.pi * d
    area = math.pi * d * d / 4
    per_m = cents(rng, 2, 9)
    cost = math.ceil(circ) * per_m
    if near(circ, 2, 0.003) or near(area, 2, 0.003):
        return None
    text = (f"Round flower bed, {d} m across. Circumference and area to 2 dp? Edging is sold in "
            f"whole metres at ${d2(per_m)} a metre — what will the edging cost?")
    return text, [num(circ, 2), num(area, 2), cash(cost)]


@family
def marathon_splits_pace_km(rng: random.Random) -> Made:
    h, m = rng.randint(3, 5), rng.randint(0, 59)
    total = h * 60 + m
    pace = F(total) / F("42.195")
    mins = int(pace)
    secs = (pace - mins) * 60
    if near(secs, 0) or round(secs) == 60:
        return None
    half = F(total, 2)
    text = (f"Goal: marathon (42.195 km) in {h}:{m:02d}. What pace per km is that (min:sec, "
            "nearest second), and what should my halfway split be if I run even pace?")
    hh, hm = divmod(half, 60)
    half_txt = f"{int(hh)}:{int(hm):02d}:{'30' if half.denominator == 2 else '00'}"
    return text, [[f"{mins}:{round(secs):02d}"], [half_txt, half_txt.rstrip("0").rstrip(":")
                                                   if half.denominator == 1 else half_txt]]


@family
def fahrenheit_fever_dose_time(rng: random.Random) -> Made:
    f = F(rng.randint(1000, 1040), 10)
    c = (f - 32) * 5 / 9
    start = rng.randint(7 * 60, 20 * 60)
    gap = rng.choice([4, 6])
    if near(c, 1):
        return None
    text = (f"Thermometer shows {float(f)}°F. What's that in °C (1 dp)? Also last dose of the "
            f"fever medicine was at {start // 60:02d}:{start % 60:02d} and it's every {gap} "
            "hours — when's the next one due?")
    return text, [num(c, 1), clock(start + gap * 60)]


@family
def factor_quadratic_then_area(rng: random.Random) -> Made:
    w = rng.randint(3, 12)
    extra = rng.randint(2, 7)
    area = w * (w + extra)
    text = (f"A rectangle's length is {extra} m more than its width and its area is {area} m². "
            "Set up the equation, find the width and length, and then the perimeter.")
    return text, [[f"width {w}", f"width is {w}", f"width = {w}", f"w = {w}", f"x = {w}",
                   f"width: {w}", f"width of {w}"], [f"{w + extra} m", f"length {w + extra}",
                                                      f"length is {w + extra}"],
                  [f"{2 * (2 * w + extra)} m", f"perimeter is {2 * (2 * w + extra)}",
                   f"perimeter {2 * (2 * w + extra)}", f"perimeter: {2 * (2 * w + extra)}"]]


@family
def exponential_bacteria_plot(rng: random.Random) -> Made:
    n0, dbl, hours = rng.choice([100, 250, 500, 1000]), rng.choice([20, 30, 40]), rng.randint(3, 6)
    n = n0 * 2 ** (hours * 60 // dbl)
    if (hours * 60) % dbl:
        return None
    text = (f"Bacteria culture starts at {n0} cells and doubles every {dbl} minutes. How many "
            f"cells after {hours} hours? How many doublings is that? Please plot the growth too.")
    d = hours * 60 // dbl
    return text, [[f"{n:,}", str(n)], [f"{d} doublings", f"{d} times"], CHART]


@family
def screen_cart_coupon_gbp(rng: random.Random) -> Made:
    goods = [(n, cents(rng, 6, 60)) for n in rng.sample(["Lamp", "Mug set", "Cushion", "Rug",
                                                         "Frame"], 3)]
    sub = sum((p for _, p in goods), F(0))
    off = rng.choice([10, 15, 20])
    pay = sub * (100 - off) / 100
    gbp = convert(F(round(pay * 100), 100), "USD", "GBP")
    if tie(pay) or tie(gbp):
        return None
    recipe = screen(rng, "Your cart", [f"{n}  ${d2(p)}" for n, p in goods])
    text = (f"My cart's in the screenshot. With a {off}% off code, what's the subtotal and what "
            "will I pay? My sister in the UK wants the same — what's the discounted price in "
            "pounds (1 EUR = 1.17 USD = 0.87 GBP)?")
    return text, [cash(sub), cash(pay), money(gbp, "GBP") + cash(gbp)], {"image": recipe}


@family
def recipe_cups_ml_servings(rng: random.Random) -> Made:
    cups, serv, want = F(rng.randint(2, 8), 2), rng.choice([4, 6]), rng.choice([2, 3, 10, 12])
    ml = cups * F("236.59")
    scaled = ml * want / serv
    if near(ml, 0) or near(scaled, 0):
        return None
    text = (f"recipe calls for {float(cups):g} cups of stock and serves {serv}. in ml that's...? "
            f"(US cup = 236.59 ml, nearest ml) and how much stock in ml for {want} servings?")
    return text, [num(ml, 0), num(scaled, 0)]


@family
def ratio_solve_then_chart(rng: random.Random) -> Made:
    parts = rng.sample([1, 2, 3, 4, 5], 3)
    unit = rng.randint(10, 60)
    total = sum(parts) * unit
    text = (f"I split ${total} between rent, food and fun in the ratio {parts[0]}:{parts[1]}:"
            f"{parts[2]}. How much goes to each? Pie chart of it too please")
    return text, [*(cash(F(p * unit)) for p in parts), CHART]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    circle_garden_edging, marathon_splits_pace_km, fahrenheit_fever_dose_time,
    factor_quadratic_then_area, exponential_bacteria_plot, screen_cart_coupon_gbp,
    recipe_cups_ml_servings, ratio_solve_then_chart)]
