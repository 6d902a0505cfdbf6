"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-7: more everyday money,
time and quantity questions and a handful of textbook exercises written the way people type."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def split_bill_items(rng: random.Random) -> Made:
    mine = [Fraction(rng.randint(500, 2500), 100) for _ in range(2)]
    shared, people, tip = Fraction(rng.randint(800, 3000), 100), rng.randint(3, 6), 20
    owe = (sum(mine) + shared / people) * Fraction(100 + tip, 100)
    if tie(owe, 2):
        return None
    return (f"Group dinner: I had a main at ${float(mine[0]):.2f} and a drink at "
            f"${float(mine[1]):.2f}; we shared a ${float(shared):.2f} platter between {people} of "
            "us. Add 20% tip on top of my part. What do I owe? nearest cent",
            [money(round(float(owe) + 1e-9, 2))])


@family
def hourly_vs_salary(rng: random.Random) -> Made:
    salary, rate = rng.randint(40, 90) * 1000, rng.randint(20, 45)
    hours = Fraction(salary, rate * 52)
    if tie(hours, 1):
        return None
    return (f"Job A pays ${salary:,}/year. Job B pays ${rate}/hour. How many hours a week (52 "
            "weeks) would I need at job B to match job A? One decimal.", [dec(hours, 1)])


@family
def emergency_fund_months(rng: random.Random) -> Made:
    expenses, months = rng.randint(15, 45) * 100, rng.choice([3, 6])
    saved, per = rng.randint(5, 40) * 100, rng.randint(2, 8) * 100
    need = expenses * months - saved
    if need <= 0:
        return None
    m = math.ceil(need / per)
    return (f"My monthly expenses are ${expenses:,}. I want an emergency fund of {months} months' "
            f"expenses, I have ${saved:,} saved and can add ${per} a month. How many months to get "
            "there?", [[str(m), f"{m} months"]])


@family
def fraction_left_pie(rng: random.Random) -> Made:
    a, b = Fraction(1, rng.randint(3, 8)), Fraction(1, rng.randint(3, 8))
    c = Fraction(rng.randint(1, 3), rng.randint(6, 12))
    left = 1 - a - b - c
    if left <= 0:
        return None
    return (f"Mia ate {a} of the pie, Sam ate {b}, and the dog got {c}. What fraction of the pie "
            "is left?", [frac(left)])


@family
def scale_drawing(rng: random.Random) -> Made:
    scale, cm = rng.choice([50, 100, 200, 250, 500]), Fraction(rng.randint(15, 180), 10)
    real = cm * scale / 100
    return (f"On a 1:{scale} floor plan a wall measures {float(cm)} cm. How long is the real wall "
            "in metres?", [[f"{float(real):g}", f"{float(real):g} m"]])


@family
def map_scale_km(rng: random.Random) -> Made:
    scale, cm = rng.choice([25000, 50000, 100000, 250000]), Fraction(rng.randint(12, 250), 10)
    km = cm * scale / 100000
    return (f"map is 1:{scale:,}. two villages are {float(cm)} cm apart on it. real distance in "
            "km?",
            [[f"{float(km):g}", f"{float(km):g} km"]])


@family
def percentage_points(rng: random.Random) -> Made:
    old, new = rng.randint(10, 60), rng.randint(10, 60)
    if old == new:
        return None
    rel = Fraction(new - old, old) * 100
    if tie(rel, 1):
        return None
    pts = abs(new - old)
    return (f"Turnout went from {old}% to {new}%. By how many percentage points did it change, and "
            "by what percent (relative, 1 decimal)?",
            [[f"{pts} percentage points", f"{pts} points", f"{pts} pp", f"{pts} percentage-points"],
             [f"{abs(float(rel)):.1f}%", f"{abs(float(rel)):.1f} %",
              f"{abs(float(rel)):.1f} percent"]])


@family
def dozen_eggs_cost(rng: random.Random) -> Made:
    dozen, need = Fraction(rng.randint(250, 700), 100), rng.randint(14, 60)
    boxes = math.ceil(need / 12)
    return (f"Eggs only come in boxes of 12 at ${float(dozen):.2f} a box. I need {need} eggs for "
            "the bake sale. What will I spend?", [money(boxes * dozen)])


@family
def reading_finish(rng: random.Random) -> Made:
    pages, read, per = rng.randint(250, 900), 0, rng.randint(15, 60)
    read = rng.randint(20, pages - 50)
    days = math.ceil((pages - read) / per)
    return (f"book has {pages} pages, I'm on page {read} (finished it). reading {per} pages a day, "
            "how many more days to finish?", [[str(days), f"{days} days"]])


@family
def parking_fees(rng: random.Random) -> Made:
    mins = rng.randint(35, 600)
    first, after = Fraction(rng.randint(200, 400), 100), Fraction(rng.randint(100, 250), 100)
    cap = rng.randint(15, 30)
    hours = math.ceil(mins / 60)
    cost = min(first + after * (hours - 1), Fraction(cap))
    return (f"Parking: ${float(first):.2f} for the first hour or part of it, ${float(after):.2f} "
            f"for each extra hour or part, max ${cap} a day. I parked {mins // 60} h {mins % 60} "
            "min. What do I pay?", [money(cost)])


@family
def angle_supplement(rng: random.Random) -> Made:
    a = rng.randint(3, 87)
    return (f"An angle is {a}°. Give its complement and its supplement.",
            [[f"{90 - a}°", f"{90 - a} degrees", f"complement is {90 - a}", f"complement: {90 - a}",
              f"complement {90 - a}"],
             [f"{180 - a}°", f"{180 - a} degrees", f"supplement is {180 - a}",
              f"supplement: {180 - a}", f"supplement {180 - a}"]])


@family
def pythag_triple_leg(rng: random.Random) -> Made:
    m, n = rng.randint(2, 9), rng.randint(1, 8)
    if n >= m:
        return None
    k = rng.randint(1, 4)
    a, b, c = k * (m * m - n * n), k * 2 * m * n, k * (m * m + n * n)
    return (f"right triangle, hypotenuse {c}, one leg {a}. other leg?", [[str(b)]])


@family
def trapezoid_area(rng: random.Random) -> Made:
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 20)
    area = Fraction((a + b) * h, 2)
    return (f"trapezium with parallel sides {a} cm and {b} cm, height {h} cm — area?",
            [[f"{float(area):g}", f"{float(area):g} cm²", f"{float(area):g} cm^2"]])


@family
def cylinder_surface(rng: random.Random) -> Made:
    r, h = rng.randint(2, 20), rng.randint(3, 40)
    s = 2 * math.pi * r * (r + h)
    if tie(s, 1):
        return None
    return (f"Total surface area of a closed cylinder, r = {r} cm, h = {h} cm? to 1 decimal place",
            [dec(s, 1)])


@family
def similar_triangles(rng: random.Random) -> Made:
    a, b = rng.randint(3, 15), rng.randint(3, 15)
    k = Fraction(rng.randint(3, 12), rng.choice([2, 4]))
    if k == 1:
        return None
    a2, b2 = a * k, b * k
    if a2.denominator != 1:
        return None
    return (f"Two triangles are similar. The small one has sides {a} and {b}; in the big one the "
            f"side matching {a} is {a2}. What's the side matching {b}?", [frac(b2)])


@family
def variance_small(rng: random.Random) -> Made:
    vals = [rng.randint(1, 20) for _ in range(rng.randint(5, 7))]
    m = Fraction(sum(vals), len(vals))
    var = sum((v - m) ** 2 for v in vals) / len(vals)
    if tie(var, 2):
        return None
    return (f"population variance of {', '.join(map(str, vals))}? (2 dp)", [dec(var)])


@family
def z_score(rng: random.Random) -> Made:
    mu, sd, x = rng.randint(50, 120), rng.randint(4, 20), rng.randint(30, 150)
    z = Fraction(x - mu, sd)
    if tie(z, 2):
        return None
    return (f"Test scores have mean {mu} and standard deviation {sd}. What's the z-score of a "
            f"score of {x}? 2 d.p.", [dec(z)])


@family
def exp_derivative_value(rng: random.Random) -> Made:
    a, k, x0 = rng.randint(2, 9), rng.randint(2, 5), rng.choice([0, 1])
    v = a * k * math.exp(k * x0)
    if tie(v, 2):
        return None
    return (f"d/dx of {a}e^({k}x), evaluated at x = {x0}. 2dp if not whole", [dec(v)])


@family
def ln_derivative(rng: random.Random) -> Made:
    a, b, x0 = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 6)
    v = Fraction(a, a * x0 + b)
    return (f"y = ln({a}x + {b}). what is dy/dx at x = {x0}? exact fraction", [frac(v)])


@family
def mortgage_interest_split(rng: random.Random) -> Made:
    bal, rate = rng.randint(100, 600) * 1000, rng.choice([3, 3.5, 4, 4.5, 5, 5.5, 6])
    pay = rng.randint(8, 40) * 100
    interest = Fraction(bal) * Fraction(str(rate)) / 100 / 12
    principal = pay - interest
    if principal <= 0 or tie(principal, 2):
        return None
    return (f"mortgage balance ${bal:,}, rate {rate}% a year (monthly interest = rate/12 on the "
            f"balance). this month I pay ${pay:,}. how much of that goes to principal?",
            [money(round(float(principal) + 1e-9, 2))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    split_bill_items, hourly_vs_salary, emergency_fund_months, fraction_left_pie, scale_drawing,
    map_scale_km, percentage_points, dozen_eggs_cost, reading_finish, parking_fees,
    angle_supplement, pythag_triple_leg, trapezoid_area, cylinder_surface, similar_triangles,
    variance_small, z_score, exp_derivative_value, ln_derivative, mortgage_interest_split)]
