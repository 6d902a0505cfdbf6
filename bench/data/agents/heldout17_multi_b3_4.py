"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-4: two unrelated
questions in one message, garden and pet sums, and conversions that feed a second step."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import cents, d2, family, screen
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num
from bench.data.agents.helpers import Family


@family
def two_q_gcd_and_miles(rng: random.Random) -> Made:
    g = rng.randint(3, 12)
    a, b = g * rng.randint(2, 9), g * rng.randint(10, 19)
    if math.gcd(a, b) != g:
        return None
    miles = rng.randint(5, 60)
    km = miles * F("1.609344")
    if near(km, 1):
        return None
    text = (f"two unrelated things for homework: what's the highest common factor of {a} and {b}? "
            f"and how many km is {miles} miles, 1 decimal place?")
    return text, [[f"hcf is {g}", f"hcf of {a} and {b} is {g}", f"is {g}", f"= {g}",
                   f"factor {g}", f"gcd is {g}"], num(km, 1)]


@family
def two_q_sqrt_and_tip(rng: random.Random) -> Made:
    n = rng.randint(11, 30) ** 2
    bill, pct = cents(rng, 20, 120), rng.choice([15, 20])
    tip = bill * pct / 100
    if tie(tip):
        return None
    text = f"Quick: square root of {n}?\nAlso {pct}% tip on ${d2(bill)}?"
    return text, [[f"{math.isqrt(n)}"], cash(tip)]


@family
def dog_food_cups_to_grams_month(rng: random.Random) -> Made:
    cups, g_per_cup, bag_kg = F(rng.randint(2, 8), 2), rng.choice([100, 110, 120]), rng.choice(
        [5, 10, 12, 15])
    grams_day = cups * g_per_cup
    days = bag_kg * 1000 / grams_day
    if near(days, 0):
        return None
    text = (f"My dog eats {float(cups):g} cups of kibble twice a day... wait no, that's the daily "
            f"total. The bag says 1 cup = {g_per_cup} g. Grams per day? And how many days will a "
            f"{bag_kg} kg bag last (nearest whole day)?")
    return text, [[f"{num(grams_day, 0)[0]} g", f"{num(grams_day, 0)[0]}g",
                   f"{num(grams_day, 0)[0]} grams"], num(days, 0)]


@family
def lawn_fertiliser_lb_to_kg(rng: random.Random) -> Made:
    length, width = rng.randint(8, 30), rng.randint(5, 20)
    area = length * width
    rate = rng.choice([20, 25, 30, 35])
    grams = area * rate
    lb = F(grams, 1000) / F("0.45359237")
    if near(lb, 1):
        return None
    text = (f"Lawn is {length} m x {width} m. Fertiliser rate is {rate} g per m². How much "
            "fertiliser in kg, and in pounds (1 dp) since the bags are sold in lb?")
    return text, [num(F(grams, 1000), 3), num(lb, 1)]


@family
def screen_subscription_list_eur(rng: random.Random) -> Made:
    subs = [(n, cents(rng, 3, 18)) for n in rng.sample(["Music", "Video", "Cloud", "News",
                                                         "Games"], 3)]
    month = sum((p for _, p in subs), F(0))
    year_eur = convert(month * 12, "USD", "EUR")
    if tie(year_eur):
        return None
    recipe = screen(rng, "Subscriptions", [f"{n}: ${d2(p)}/mo" for n, p in subs])
    text = ("Here's my subscriptions screen. What do they cost a month all together, a year, and "
            "the yearly amount in euros (1 EUR = 1.17 USD)?")
    return text, [cash(month), cash(month * 12), money(year_eur, "EUR") + cash(year_eur)], \
        {"image": recipe}


@family
def screen_flight_gate_walk(rng: random.Random) -> Made:
    board = rng.randint(9 * 60, 20 * 60)
    now = board - rng.randint(15, 50)
    metres = rng.choice([400, 600, 800, 1200])
    walk = F(metres, 80)
    spare = board - now - walk
    if near(spare, 0) or walk.denominator != 1:
        return None
    recipe = screen(rng, "Boarding pass", [f"Gate B{rng.randint(2, 40)}",
                                           f"Boarding {board // 60:02d}:{board % 60:02d}"])
    text = (f"It's {now // 60:02d}:{now % 60:02d} now. The gate is {metres} m away and I walk at "
            "80 m a minute. How long is the walk, and how many minutes will I have to spare before "
            "boarding (the time on my pass)?")
    return text, [[f"{walk} min", f"{walk} minutes"], [f"{spare} min", f"{spare} minutes"]], \
        {"image": recipe}


@family
def paint_ratio_mix_cost(rng: random.Random) -> Made:
    a, b = rng.choice([(2, 1), (3, 1), (3, 2), (4, 1)])
    total = rng.choice([5, 6, 8, 10])
    part_a = F(total * a, a + b)
    price = cents(rng, 8, 22)
    if near(part_a, 2, 0.002):
        return None
    text = (f"mixing a custom colour: white and blue in a {a}:{b} ratio. I need {total} litres in "
            f"all. How many litres of white and of blue (2 dp)? White costs ${d2(price)}/L — cost "
            "of the white?")
    cost = part_a * price
    if tie(cost):
        return None
    return text, [num(part_a, 2), num(total - part_a, 2), cash(cost)]


@family
def savings_rate_chart_months(rng: random.Random) -> Made:
    start, add = rng.choice([0, 200, 500]), rng.choice([75, 120, 150, 250])
    goal = rng.choice([2000, 2500, 3000, 4000])
    months = -(-(goal - start) // add)
    text = (f"I've got ${start} saved and I'll add ${add} every month. How many months to reach "
            f"${goal:,}, how much will I actually have at that point, and can you chart the "
            "balance month by month?")
    return text, [[f"{months} months"], cash(F(start + months * add)), CHART]


@family
def shoe_size_cm_and_price(rng: random.Random) -> Made:
    inches = F(rng.randint(90, 125), 10)
    cm = inches * F("2.54")
    gbp = cents(rng, 40, 140)
    usd = convert(gbp, "GBP", "USD")
    if near(cm, 1) or tie(usd):
        return None
    text = (f"buying shoes from a UK site: my foot is {float(inches)} inches long — in cm (1 dp)? "
            f"and the shoes are £{d2(gbp)}, what's that in dollars (1 EUR = 1.17 USD = 0.87 GBP)?")
    return text, [num(cm, 1), money(usd, "USD") + cash(usd)]


@family
def percent_grade_and_letter(rng: random.Random) -> Made:
    total = rng.choice([40, 60, 75, 80, 120])
    got = rng.randint(total // 2, total)
    pct = F(got * 100, total)
    if near(pct, 1):
        return None
    v = float(pct)
    letter = "A" if v >= 90 else "B" if v >= 80 else "C" if v >= 70 else "D" if v >= 60 else "F"
    text = (f"Got {got} out of {total} on my exam. What's that as a percentage (1 dp)? Grades: "
            "A is 90+, B 80-89.9, C 70-79.9, D 60-69.9, F below 60 — which grade is that?")
    return text, [num(pct, 1), [f"grade {letter}", f"{letter} grade", f"grade is {letter}",
                                f"grade: {letter}", f"grade of {letter}", f"grade is an {letter}",
                                f"grade is a {letter}"]]


@family
def cylinder_tank_litres_days(rng: random.Random) -> Made:
    r, h = F(rng.randint(30, 80), 100), F(rng.randint(80, 200), 100)
    litres = math.pi * float(r) ** 2 * float(h) * 1000
    use = rng.choice([40, 60, 80, 100])
    days = litres / use
    if near(litres, 0) or near(days, 1):
        return None
    text = (f"Rain barrel is a cylinder, radius {float(r)} m, height {float(h)} m. How many litres "
            f"does it hold (nearest litre)? If the garden uses {use} L a day, how many days of "
            "water is a full barrel (1 dp)?")
    return text, [num(litres, 0), num(days, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    two_q_gcd_and_miles, two_q_sqrt_and_tip, dog_food_cups_to_grams_month,
    lawn_fertiliser_lb_to_kg, screen_subscription_list_eur, screen_flight_gate_walk,
    paint_ratio_mix_cost, savings_rate_chart_months, shoe_size_cm_and_price,
    percent_grade_and_letter, cylinder_tank_litres_days)]
