"""Round 16 multi-part families (``L_m_*``, dev now): a result used again in the same message —
"…then double it", a solve fed into a conversion, a statistic fed into a percentage."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    LB,
    MILE,
    F,
    Family,
    deg_f,
    eur,
    expr,
    fam,
    forms,
    gbp,
    kg,
    km,
    lbs,
    miles,
    num,
    r2,
    random,
    root,
    safe,
    two_roots,
    unit,
    usd,
    var,
)
from bench.data.agents.heldout16_multi_common import convert as fx

CHAIN: list[Family] = []
add = fam(CHAIN)


@add
def product_then_double(rng: random.Random):  # a product, then doubled
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return f"{a} times {b}, then double it", [num(a * b), num(2 * a * b)]


@add
def sum_then_halve_then_square(rng: random.Random):  # sum, half, square
    a, b = rng.randint(10, 60), rng.randint(10, 60)
    if (a + b) % 2:
        return None
    h = (a + b) // 2
    return (f"add {a} and {b}, halve the result, then square that",
            [num(a + b), num(h), num(h * h)])


@add
def solve_then_convert_km(rng: random.Random):  # a distance solved for, then in kilometres
    d, a = rng.randint(5, 90), rng.randint(2, 6)
    k = d * MILE
    if not safe(k):
        return None
    return (f"if {a}d = {a * d} and d is a distance in miles, what's d? and d in km?",
            [var("d", d), km(k)])


@add
def solve_then_dollars(rng: random.Random):  # a price in euros solved for, then in dollars
    p, n = rng.randint(8, 90), rng.randint(3, 9)
    u = fx(F(p), "EUR", "USD")
    if not safe(u):
        return None
    return (f"{n} tickets cost €{n * p} in total. how much is one ticket, and what's one ticket "
            "in dollars?", [eur(F(p)), usd(u)])


@add
def mean_then_percent_above(rng: random.Random):  # class average, then how far a mark is above
    xs = [rng.randint(40, 95) for _ in range(rng.randint(5, 8))]
    m = F(sum(xs), len(xs))
    mine = rng.randint(60, 100)
    pc = (mine - m) / m * 100
    if not safe(m, pc) or mine <= m:
        return None
    from bench.data.agents.heldout16_multi_common import MEAN, named
    return (f"class scores: {', '.join(map(str, xs))}. what's the class average, and by what "
            f"percent is a score of {mine} above it?", [named(MEAN, m), [
                f"{v}%" for v in forms(pc)]])


@add
def root_then_times_pi(rng: random.Random):  # a square root, then times pi
    n = rng.randint(5, 30)
    v = n * math.pi
    if abs(v * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"take the square root of {n * n} and multiply by pi (2 decimals)",
            [num(n), num(F(round(v, 2)).limit_denominator(100))])


@add
def percent_then_percent(rng: random.Random):  # two successive percentage changes
    p = rng.randint(50, 500) * 10
    up, down = rng.choice([10, 20, 25, 50]), rng.choice([10, 20, 25, 40])
    a = F(p * (100 + up), 100)
    b = a * (100 - down) / 100
    if not safe(b):
        return None
    return (f"start with {p}, increase it by {up}%, then decrease the result by {down}%. what do "
            "you get at each step?", [num(a), num(b)])


@add
def triple_then_minus(rng: random.Random):  # triple, subtract, then the cube root (chatty)
    n = rng.randint(3, 9)
    c = n ** 3
    k = rng.randint(5, 50)
    x = F(c + k, 3)
    if x.denominator != 1:
        return None
    x = int(x)
    return (f"ok this is a puzzle: take {x}, triple it, subtract {k}, then take the cube root. "
            "what do I get at each stage?", [num(3 * x), num(c), num(n)])


@add
def derivative_then_value_then_double(rng: random.Random):  # derivative, slope at a point, doubled
    a, b, n = rng.randint(2, 6), rng.randint(2, 9), rng.randint(2, 5)
    s = 2 * a * n + b
    return (f"f(x) = {a}x^2 + {b}x. find f'(x), evaluate it at x = {n}, and double that",
            [expr(f"{2 * a}x + {b}"), num(s), num(2 * s)])


@add
def quadratic_bigger_root_squared(rng: random.Random):  # the bigger root, then its square
    r1, r2, p = two_roots(rng)
    big = max(r1, r2)
    return (f"what's the larger solution of {p} = 0? and that number squared plus one?",
            [root(big), num(big * big + 1)])


@add
def area_then_tiles(rng: random.Random):  # floor area, then tiles and cost
    a, b = F(rng.randint(20, 60), 10), F(rng.randint(20, 60), 10)
    tile = rng.choice([F(1, 4), F(9, 100), F(36, 100)])
    area = a * b
    n = math.ceil(area / tile)
    cost = rng.choice([3, 4, 5, 7])
    if not safe(area):
        return None
    return (f"kitchen floor is {float(a):g} m by {float(b):g} m. area? and if each tile covers "
            f"{float(tile):g} m² how many tiles (rounded up), costing €{cost} each?",
            [unit(area, "m²", "m2", "square metres", "square meters"),
             [f"{n} tiles", str(n)], eur(F(n * cost))])


@add
def kilos_then_pounds_then_split(rng: random.Random):  # total kilos, in pounds, per box
    n, each = rng.randint(3, 12), rng.randint(2, 25)
    tot = n * each
    lb = tot / LB
    boxes = rng.choice([2, 4, 5])
    if not safe(lb, lb / boxes):
        return None
    return (f"{n} bags of {each} kg each. total weight? in pounds? and pounds per box if I pack "
            f"them into {boxes} boxes evenly?", [kg(F(tot)), lbs(lb), lbs(lb / boxes)])


@add
def hourly_then_weekly_then_euros(rng: random.Random):  # hourly pay to weekly, then euros
    rate, hrs = F(rng.randint(1500, 4500), 100), rng.randint(15, 45)
    week = rate * hrs
    e = fx(week, "USD", "EUR")
    if not safe(week, e):
        return None
    return (f"I earn ${float(rate):.2f} an hour and work {hrs} hours a week. weekly pay? then "
            "convert it to euros", [usd(week), eur(e)])


@add
def integral_then_average(rng: random.Random):  # an integral, then the average value
    n, a = rng.randint(2, 9), rng.randint(1, 6)
    integral = F(a * n * n, 1)
    return (f"integrate {2 * a}x from 0 to {n}, then divide by {n} to get the average value",
            [num(integral), num(integral / n)])


@add
def solve_then_celsius_to_f(rng: random.Random):  # a temperature solved for, then Fahrenheit
    t, a = rng.randint(-10, 40), rng.randint(2, 5)
    b = rng.randint(1, 20)
    f = F(9 * t, 5) + 32
    if not safe(f):
        return None
    return (f"the temp T in °C satisfies {a}T - {b} = {a * t - b}. find T, then give it in °F",
            [var("T", t), deg_f(f)])


@add
def speed_then_distance(rng: random.Random):  # speed from a distance and time, then another trip
    d, t = rng.randint(5, 40), rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2)])
    v = d / t
    t2 = rng.randint(2, 6)
    if not safe(v, v * t2, r2(v) * t2):
        return None
    mins = int(t * 60)
    return (f"cycled {d} km in {mins} minutes. my speed in km/h? then how far would I get in "
            f"{t2} hours at that speed?", [unit(v, "km/h", "kilometres per hour", "kph"),
                                          list(dict.fromkeys(km(v * t2) + km(r2(v) * t2)))])


@add
def sum_of_list_then_average_then_gbp(rng: random.Random):  # total, average, then in pounds
    xs = [rng.randint(10, 200) for _ in range(rng.randint(4, 7))]
    tot, m = sum(xs), F(sum(xs), len(xs))
    g = fx(m, "EUR", "GBP")
    if not safe(m, g):
        return None
    return (f"hotel nights cost €{', €'.join(map(str, xs))}. total? average per night? and the "
            "average in pounds?", [eur(F(tot)), eur(m), gbp(g)])


@add
def factor_then_add_roots_times(rng: random.Random):  # roots, sum, then times ten
    r1, r2, p = two_roots(rng)
    s = r1 + r2
    if s in (0, r1, r2):
        return None
    return (f"find the roots of {p}, add them, then times by 10", [root(r1), root(r2), num(s),
                                                                   num(10 * s)])


@add
def compound_then_profit(rng: random.Random):  # savings after years, then the interest earned
    p, r, n = rng.choice([500, 1500, 2500, 8000]), rng.choice([2, 3, 4, 5, 7]), rng.randint(2, 10)
    a = F(p) * (1 + F(r, 100)) ** n
    if not safe(a, a - p):
        return None
    return (f"if I put £{p} in savings at {r}% a year compounded annually for {n} years, what do "
            "I end up with, and how much of that is interest?", [gbp(a), gbp(a - p)])


@add
def miles_per_day_then_week_km(rng: random.Random):  # daily miles, then weekly km
    mi = F(rng.randint(10, 80), 10)
    days = rng.choice([5, 6, 7])
    w = mi * days
    if not safe(w * MILE):
        return None
    return (f"I walk {float(mi):g} miles a day, {days} days a week. how many miles a week, and "
            "how many km is that?", [miles(w), km(w * MILE)])


@add
def det_then_inverse_entry(rng: random.Random):  # determinant, then scaled by its reciprocal
    a, b, c, d = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    det = a * d - b * c
    if det in (0, 1, -1):
        return None
    return (f"for the matrix [[{a}, {b}], [{c}, {d}]] find the determinant, then the top-left "
            "entry of the inverse", [num(det), [str(F(d, det)), *num(F(d, det))]]) if safe(
        F(d, det)) else None


@add
def bmi_then_kg_to_lose(rng: random.Random):  # BMI, then kilos down to a BMI of 22
    w, h = rng.randint(75, 120), rng.randint(160, 195)
    b = F(w) / F(h, 100) ** 2
    t = 22 * F(h, 100) ** 2
    if not safe(b, w - t) or w <= t:
        return None
    from bench.data.agents.heldout16_multi_common import dp12
    return (f"{w} kg, {h} cm. bmi? and how many kg would I have to lose to get to a BMI of 22?",
            [dp12(b), kg(w - t)])


@add
def gallons_then_cost_then_per_person(rng: random.Random):  # fuel for a trip, cost, split
    d, mpg = rng.randint(100, 900), rng.randint(20, 45)
    price = F(rng.randint(300, 500), 100)
    n = rng.randint(2, 5)
    g = F(d, mpg)
    cost = g * price
    if not safe(g, cost, cost / n, r2(g) * price, r2(g) * price / n):
        return None
    return (f"road trip of {d} miles, car does {mpg} mpg, gas is ${float(price):.2f}/gallon, "
            f"{n} of us chipping in. gallons needed? total cost? each person's share?",
            [unit(g, "gal", "gallons"), list(dict.fromkeys(usd(cost) + usd(r2(g) * price))),
             list(dict.fromkeys(usd(cost / n) + usd(r2(g) * price / n)))])


@add
def square_then_subtract_then_root(rng: random.Random):  # Pythagoras by steps
    a, b, c = rng.choice([(6, 8, 10), (9, 12, 15), (5, 12, 13), (12, 16, 20), (15, 20, 25),
                          (8, 15, 17), (7, 24, 25), (10, 24, 26)])
    return (f"square {c}, subtract {a} squared, then take the square root",
            [num(c * c), num(c * c - a * a), num(b)])


@add
def pounds_to_kg_then_dose(rng: random.Random):  # a dog's weight to kg, then a dose per kg
    lb = rng.randint(10, 90)
    w = lb * LB
    per = rng.choice([2, 5, 10])
    if not safe(w, w * per, r2(w) * per):
        return None
    return (f"my dog weighs {lb} lb. vet says {per} mg per kg. what's his weight in kg and the "
            "dose in mg?", [kg(w), list(dict.fromkeys(unit(w * per, "mg", "milligrams") + unit(
                r2(w) * per, "mg", "milligrams")))])


@add
def percent_of_then_in_dollars(rng: random.Random):  # a deposit in pounds, then in dollars
    price = rng.randint(50, 900) * 100
    pc = rng.choice([5, 10, 15, 20])
    dep = F(price * pc, 100)
    u = fx(dep, "GBP", "USD")
    if not safe(u):
        return None
    return (f"house costs £{price:,}, deposit is {pc}%. how much is the deposit, and in US "
            "dollars?", [gbp(dep), usd(u)])


@add
def solve_system_then_product(rng: random.Random):  # two numbers from sum and difference
    x, y = rng.randint(10, 60), rng.randint(1, 40)
    if x <= y:
        return None
    return (f"x + y = {x + y} and x - y = {x - y}. solve, then work out x*y",
            [var("x", x), var("y", y), num(x * y)])


@add
def sequence_then_next_double(rng: random.Random):  # geometric sequence: next term, then double
    a, r = rng.randint(2, 9), rng.choice([2, 3])
    seq = [a * r ** i for i in range(4)]
    nxt = a * r ** 4
    return (f"{', '.join(map(str, seq))}, ... what comes next? and what's double that?",
            [num(nxt), num(2 * nxt)])


@add
def time_add_then_convert(rng: random.Random):  # total minutes of videos, then hours
    xs = [rng.randint(5, 59) for _ in range(rng.randint(3, 6))]
    tot = sum(xs)
    h = F(tot, 60)
    if not safe(h):
        return None
    return (f"videos of {', '.join(map(str, xs))} minutes. total minutes? and in hours?",
            [[f"{tot} minutes", f"{tot} min", f"{tot} mins"], [f"{v} hours" for v in forms(h)] +
             [f"{v} h" for v in forms(h)]])


__all__ = ["CHAIN", "miles"]
