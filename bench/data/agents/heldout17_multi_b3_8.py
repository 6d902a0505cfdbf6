"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-8: numbered lists of
mixed questions, probability with a percentage, and trips priced in two currencies."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import F, convert, money, root, tie
from bench.data.agents.heldout17_multi_b3 import cents, d2, family, screen
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num
from bench.data.agents.helpers import Family


@family
def numbered_mix_eq_area_conv(rng: random.Random) -> Made:
    x = rng.randint(2, 15)
    a, b = rng.randint(2, 7), rng.randint(1, 20)
    r = rng.randint(2, 9)
    lbs = rng.randint(100, 250)
    kg = lbs * F("0.45359237")
    if near(kg, 1) or near(math.pi * r * r, 1):
        return None
    text = (f"1. solve {a}x - {b} = {a * x - b}\n2. area of a circle with radius {r} cm (1 dp)\n"
            f"3. {lbs} lb in kg (1 dp)")
    return text, [root(x), num(math.pi * r * r, 1), num(kg, 1)]


@family
def marbles_probability_percent(rng: random.Random) -> Made:
    red, blue, green = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 9)
    n = red + blue + green
    p1 = F(red, n)
    p2 = F(red * (red - 1), n * (n - 1))
    if near(p1 * 100, 1) or near(p2 * 100, 1):
        return None
    text = (f"A bag has {red} red, {blue} blue and {green} green marbles. Probability of drawing a "
            "red, as a fraction and as a % (1 dp)? Then the chance of two reds in a row without "
            "putting the first back, as a % (1 dp)?")
    return text, [[str(p1), f"{p1.numerator} out of {p1.denominator}"], num(p1 * 100, 1),
                  num(p2 * 100, 1)]


@family
def screen_hotel_nights_split(rng: random.Random) -> Made:
    nights, rate = rng.randint(2, 7), cents(rng, 80, 220)
    tax = rng.choice([10, 12, 14])
    people = rng.randint(2, 4)
    total = nights * rate * (100 + tax) / 100
    each = total / people
    gbp = convert(F(round(each * 100), 100), "EUR", "GBP")
    if tie(total) or tie(each) or tie(gbp):
        return None
    recipe = screen(rng, "Booking", [f"Nights: {nights}", f"Rate: €{d2(rate)}/night",
                                     f"City tax: {tax}%"])
    text = (f"Booking screenshot attached. What's the total with the tax, what's each person's "
            f"share if {people} of us split it, and what's one share in pounds (1 EUR = 0.87 "
            "GBP)? cents/pence please")
    return text, [cash(total), cash(each), money(gbp, "GBP") + cash(gbp)], {"image": recipe}


@family
def dice_sum_table_chart(rng: random.Random) -> Made:
    target = rng.randint(3, 11)
    ways = 6 - abs(7 - target)
    p = F(ways, 36)
    text = (f"Rolling two dice: how many ways to get a total of {target}, what's the probability "
            "(as a fraction in lowest terms), and can you chart the distribution of all totals?")
    return text, [[f"{ways} ways", f"{ways} combinations", f"{ways} outcomes"], [str(p)], CHART]


@family
def interest_simple_vs_card(rng: random.Random) -> Made:
    debt, apr, pay = rng.choice([1200, 1500, 2000, 2500, 3000]), rng.choice([18, 20, 24]), \
        rng.choice([100, 150, 200])
    month_int = F(debt * apr, 1200)
    after = debt + month_int - pay
    if tie(month_int):
        return None
    text = (f"Credit card balance ${debt:,}, APR {apr}% (monthly rate = APR/12). How much "
            f"interest is added in the first month, and what's the balance after that interest "
            f"and my ${pay} payment?")
    return text, [cash(month_int), cash(after)]


@family
def slope_intercept_from_points(rng: random.Random) -> Made:
    m, c = rng.choice([-3, -2, 2, 3, 4]), rng.randint(-6, 8)
    x1, x2 = rng.sample(range(-4, 6), 2)
    y1, y2 = m * x1 + c, m * x2 + c
    cs = f"+ {c}" if c > 0 else f"- {-c}" if c < 0 else ""
    text = (f"Line through ({x1}, {y1}) and ({x2}, {y2}): slope? equation in y = mx + c form? and "
            "please plot it")
    eq = f"y = {m}x {cs}".strip()
    return text, [[f"slope is {m}", f"slope = {m}", f"m = {m}", f"slope of {m}", f"slope: {m}",
                   f"slope {m}", f"gradient is {m}"], [eq, eq.replace(" ", "")], CHART]


@family
def sunscreen_ml_days_trip(rng: random.Random) -> Made:
    apps, ml_app, days = rng.randint(2, 4), rng.choice([30, 35]), rng.randint(5, 14)
    bottle_oz = rng.choice([3, 6, 8])
    ml = apps * ml_app * days
    bottle_ml = bottle_oz * F("29.5735295625")
    bottles = math.ceil(ml / bottle_ml)
    text = (f"Beach trip {days} days, sunscreen {apps} times a day at about {ml_app} ml a go. "
            f"Total ml? Bottles are {bottle_oz} US fl oz — how many bottles to pack (whole "
            "bottles)?")
    return text, [[f"{ml} ml", f"{ml:,} ml", f"{ml}ml"], [f"{bottles} bottles",
                                                          f"{bottles} bottle"]]


@family
def pct_increase_rent_eur_gbp(rng: random.Random) -> Made:
    rent, pct = rng.randint(700, 1600), rng.choice([3, 4, 5, 7, 8])
    new = F(rent * (100 + pct), 100)
    gbp = convert(new, "EUR", "GBP")
    if tie(new) or tie(gbp):
        return None
    text = (f"Landlord's raising my €{rent} rent by {pct}%. New monthly rent? extra per year? and "
            "my UK bank wants it in pounds too: new rent at 1 EUR = 0.87 GBP")
    return text, [cash(new), cash((new - rent) * 12), money(gbp, "GBP") + cash(gbp)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    numbered_mix_eq_area_conv, marbles_probability_percent, screen_hotel_nights_split,
    dice_sum_table_chart, interest_simple_vs_card, slope_intercept_from_points,
    sunscreen_ml_days_trip, pct_increase_rent_eur_gbp)]
