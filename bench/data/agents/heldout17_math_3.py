"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part 3: everyday word problems
on home, travel, fitness, hobbies and small business."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, family, money, near_tie, num, pct, r2
from bench.data.agents.helpers import Family


@family
def pace_run(rng: random.Random) -> Made:
    km, mins = rng.choice([5, 10, 21.1, 8, 12]), rng.randint(22, 130)
    pace = mins / km
    if near_tie(pace * 60, 0) or pace < 3.5 or pace > 9:
        return None
    m, s = divmod(round(pace * 60), 60)
    return (f"ran {km} km in {mins} minutes. what was my pace per km (min:sec, nearest second)?",
            [[f"{m}:{s:02d}", f"{m} min {s} s", f"{m}m {s}s", f"{m} minutes {s} seconds"]])


@family
def steps_goal(rng: random.Random) -> Made:
    goal, done, days = rng.choice([8000, 10000, 12000]), rng.randint(20, 60) * 1000, 7
    done_days = rng.randint(3, 5)
    need = goal * days - done
    left = days - done_days
    per = Fraction(need, left)
    if need <= 0 or per.denominator != 1:
        return None
    return (f"My weekly goal is {goal:,} steps a day on average over 7 days. After {done_days} "
            f"days I've done {done:,} steps total. How many steps per day do I need for the rest "
            "of the week?", [num(per, 0)])


@family
def pool_fill(rng: random.Random) -> Made:
    vol, rate = rng.randint(10, 60) * 1000, rng.choice([15, 20, 25, 30, 40])
    hours = Fraction(vol, rate * 60)
    if near_tie(float(hours), 1):
        return None
    return (f"Our pool holds {vol:,} litres and the hose gives {rate} litres a minute. How many "
            "hours to fill it? one decimal", [num(round(float(hours), 1), 1)])


@family
def electricity_cost(rng: random.Random) -> Made:
    watts, hours = rng.choice([60, 100, 150, 800, 1200, 2000]), rng.randint(1, 10)
    rate = Fraction(rng.randint(10, 35), 100)
    cost = Fraction(watts * hours * 30, 1000) * rate
    if near_tie(float(cost), 2):
        return None
    return (f"A {watts} W heater runs {hours} hours a day for 30 days. Electricity is "
            f"${float(rate):.2f} per kWh. What does that cost?", [money(r2(cost))])


@family
def car_depreciation(rng: random.Random) -> Made:
    price, rate, years = rng.randint(15, 45) * 1000, rng.choice([10, 12, 15, 20]), \
        rng.randint(2, 6)
    value = Fraction(price) * Fraction(100 - rate, 100) ** years
    if near_tie(float(value), 2):
        return None
    return (f"New car costs ${price:,} and loses {rate}% of its value each year. What's it worth "
            f"after {years} years? Nearest cent.", [money(r2(value))])


@family
def garden_border(rng: random.Random) -> Made:
    w, ln, b = rng.randint(3, 12), rng.randint(4, 15), rng.choice([0.5, 1, 1.5, 2])
    area = (w + 2 * b) * (ln + 2 * b) - w * ln
    return (f"A lawn is {w} m by {ln} m and I'm adding a gravel path {b} m wide all the way "
            "around it. What's the area of the path in m²?", [num(area)])


@family
def mix_price(rng: random.Random) -> Made:
    a_kg, a_p = rng.randint(2, 10), rng.randint(4, 12)
    b_kg, b_p = rng.randint(2, 10), rng.randint(13, 25)
    avg = Fraction(a_kg * a_p + b_kg * b_p, a_kg + b_kg)
    if near_tie(float(avg), 2):
        return None
    return (f"I'm blending {a_kg} kg of tea at ${a_p}/kg with {b_kg} kg at ${b_p}/kg. What's the "
            "cost per kg of the blend?", [money(r2(avg))])


@family
def break_even(rng: random.Random) -> Made:
    fixed, price, cost = rng.randint(5, 60) * 100, rng.randint(12, 40), rng.randint(3, 10)
    units = math.ceil(fixed / (price - cost))
    return (f"Stall costs ${fixed:,} to set up. I sell t-shirts for ${price}, each costs me "
            f"${cost} to make. How many do I need to sell to break even (at least)?",
            [num(units, 0)])


@family
def battery_hours(rng: random.Random) -> Made:
    pct_now, per_hour = rng.randint(30, 95), rng.choice([6, 8, 12, 15])
    left = Fraction(pct_now, per_hour)
    h = int(left)
    m = (left - h) * 60
    if m.denominator != 1:
        return None
    forms = [f"{h} hours {m} minutes", f"{h} h {m} min", f"{h}h {m}m", f"{h} hr {m} min",
             f"{h} hours and {m} minutes", f"{h}:{int(m):02d}"]
    if m == 0:
        forms = [f"{h} hours"]
    return (f"phone is at {pct_now}% and drops about {per_hour}% an hour. how long till it dies? "
            "answer in hours and minutes", [forms])


@family
def pages_per_day(rng: random.Random) -> Made:
    pages, read, days = rng.randint(250, 900), rng.randint(20, 200), rng.randint(5, 20)
    per = math.ceil((pages - read) / days)
    return (f"My book has {pages} pages, I've read {read} of them. Book club is in {days} days. "
            "How many pages a day (whole pages) do I need to read to finish?",
            [[str(per)]])


@family
def class_ratio(rng: random.Random) -> Made:
    g, b = rng.randint(2, 7), rng.randint(2, 7)
    if math.gcd(g, b) != 1:
        return None
    total = (g + b) * rng.randint(3, 8)
    return (f"A class of {total} has girls to boys in the ratio {g}:{b}. How many boys?",
            [[str(total * b // (g + b))]])


@family
def score_percent_needed(rng: random.Random) -> Made:
    total, passmark = rng.choice([60, 80, 120, 150]), rng.choice([40, 50, 65, 70])
    need = math.ceil(total * passmark / 100)
    return (f"The exam is out of {total} marks and you need {passmark}% to pass. What's the "
            "minimum whole-number score to pass?", [[str(need)]])


@family
def percent_composition(rng: random.Random) -> Made:
    a, b, c = rng.randint(5, 60), rng.randint(5, 60), rng.randint(5, 60)
    share = a / (a + b + c) * 100
    if near_tie(share, 1):
        return None
    return (f"My spending last month: food ${a * 10}, transport ${b * 10}, fun ${c * 10}. What "
            "percentage of the total went on food? 1 dp", [pct(share)])


@family
def mortgage_payment(rng: random.Random) -> Made:
    p, rate, years = rng.randint(10, 50) * 10000, rng.choice([3, 4, 5, 6]), \
        rng.choice([15, 20, 25, 30])
    i, n = rate / 1200, years * 12
    pay = p * i / (1 - (1 + i) ** -n)
    if near_tie(pay, 2):
        return None
    return (f"What's the monthly payment on a ${p:,} mortgage at {rate}% annual interest "
            f"(compounded monthly) over {years} years? Standard amortisation, to the cent.",
            [money(round(pay, 2))])


@family
def carpool_split(rng: random.Random) -> Made:
    km, cons, price, people = rng.randint(80, 600), rng.choice([5, 6, 7, 8]), \
        Fraction(rng.randint(150, 220), 100), rng.randint(2, 5)
    cost = Fraction(km * cons, 100) * price / people
    if near_tie(float(cost), 2):
        return None
    return (f"Trip is {km} km, car uses {cons} L/100km, fuel ${float(price):.2f}/L, split between "
            f"{people} people. How much each?", [money(r2(cost))])


@family
def hobby_yarn(rng: random.Random) -> Made:
    per, count, skein = rng.randint(120, 400), rng.randint(2, 8), rng.choice([100, 150, 200])
    skeins = math.ceil(per * count / skein)
    return (f"Each hat takes {per} m of yarn, I want to knit {count} hats, and a skein has "
            f"{skein} m. How many skeins should I buy?", [[str(skeins)]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    pace_run, steps_goal, pool_fill, electricity_cost, car_depreciation, garden_border,
    mix_price, break_even, battery_hours, pages_per_day, class_ratio, score_percent_needed,
    percent_composition, mortgage_payment, carpool_split, hobby_yarn)]
