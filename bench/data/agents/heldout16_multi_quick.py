"""Round 16 multi-part families (``L_m_*``, dev now): several quick asks in one message — sums,
percentages, powers, roots, conversions and small solves side by side."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Family,
    cm,
    deg_c,
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
    random,
    root,
    safe,
    two_roots,
    unit,
    usd,
)
from bench.data.agents.heldout16_multi_common import convert as fx

QUICK: list[Family] = []
add = fam(QUICK)


@add
def three_in_a_row(rng: random.Random):  # three arithmetic asks on one line
    a, b, c, d = rng.randint(12, 99), rng.randint(12, 99), rng.randint(101, 999), rng.randint(3, 9)
    return (f"quick: {a}*{b}, {c}/{d} to 2dp, and {a}+{b}+{c}",
            [num(a * b), num(F(c, d)), num(a + b + c)]) if safe(F(c, d)) else None


@add
def percent_and_root(rng: random.Random):  # a percentage and a square root
    p, n, s = rng.choice([12, 15, 18, 35, 45, 65]), rng.randint(120, 990), rng.randint(13, 60)
    return (f"What is {p}% of {n}? Also, what's the square root of {s * s}?",
            [num(F(p * n, 100)), num(s)])


@add
def power_and_factorial(rng: random.Random):  # a power and a factorial
    a, b, n = rng.randint(2, 9), rng.randint(5, 9), rng.randint(5, 9)
    return (f"{a} to the power {b}? and {n} factorial?", [num(a ** b), num(math.factorial(n))])


@add
def conversions_pair(rng: random.Random):  # miles to km and pounds to kg
    mi, lb = rng.randint(3, 300), rng.randint(5, 250)
    if not safe(mi * MILE, lb * LB):
        return None
    return (f"convert {mi} miles to km and {lb} lbs to kg", [km(mi * MILE), kg(lb * LB)])


@add
def temps_both_ways(rng: random.Random):  # Celsius to Fahrenheit and back
    c, f = rng.randint(-20, 45), rng.randint(0, 110)
    fc = (F(f) - 32) * 5 / 9
    if not safe(fc) or c == f:
        return None
    return (f"{c} C in F, and {f} F in C?", [deg_f(F(9 * c, 5) + 32), deg_c(fc)])


@add
def solve_and_multiply(rng: random.Random):  # a small equation and a product
    a, x, b = rng.randint(2, 9), rng.randint(-20, 30), rng.randint(1, 40)
    p, q = rng.randint(101, 999), rng.randint(11, 99)
    return (f"two unrelated ones: solve {a}x - {b} = {a * x - b}, and what's {p} × {q}",
            [root(x), num(p * q)])


@add
def tip_and_split_and_convert(rng: random.Random):  # a bill: tip, per person, in euros
    bill, n = rng.randint(40, 300), rng.randint(2, 6)
    tot = F(bill * 118, 100)
    each = tot / n
    e = fx(each, "USD", "EUR")
    if not safe(tot, each, e):
        return None
    return (f"dinner was ${bill}. add 18% tip, split between {n} people — what's each share, and "
            "what's that in euros for my friend from Berlin?", [usd(tot), usd(each), eur(e)])


@add
def currency_trio(rng: random.Random):  # one amount into two currencies
    a = rng.randint(20, 2000)
    e, g = F(a), fx(F(a), "EUR", "GBP")
    u = fx(F(a), "EUR", "USD")
    if not safe(g, u):
        return None
    return (f"how much is €{a} in dollars and in pounds?", [usd(u), gbp(g)]) if e else None


@add
def area_and_circumference(rng: random.Random):  # a circle's area and circumference
    r = rng.randint(2, 40)
    a, c = math.pi * r * r, 2 * math.pi * r
    if abs(a * 100 % 1 - 0.5) < 0.01 or abs(c * 100 % 1 - 0.5) < 0.01:
        return None
    fa, fc = (F(round(v, 2)).limit_denominator(100) for v in (a, c))
    return (f"circle with radius {r} cm: area and circumference?",
            [unit(fa, "cm²", "cm2", "square centimetres", "square centimeters", "sq cm"),
             cm(fc)])


@add
def derivative_and_integral(rng: random.Random):  # derivative and antiderivative of one function
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    return (f"d/dx and integral of {3 * a}x^2 + {2 * b}x please",
            [expr(f"{6 * a}x + {2 * b}"), expr(f"{a}x^3 + {b}x^2")])


@add
def gcd_and_prime(rng: random.Random):  # a gcd and whether a number is prime
    g = rng.randint(3, 15)
    a, b = g * rng.choice([2, 3, 5]), g * rng.choice([7, 11, 13])
    n = rng.choice([91, 97, 101, 119, 127, 133, 143, 149, 151, 161, 169, 173, 187, 191, 193])
    prime = all(n % k for k in range(2, int(n ** 0.5) + 1))
    ans = [f"{n} is prime", "is prime", "is a prime"] if prime else [
        f"{n} is not prime", "not prime", "not a prime"]
    return (f"hcf of {a} and {b}? and is {n} a prime?", [num(math.gcd(a, b)), ans])


@add
def fractions_two(rng: random.Random):  # two fraction sums
    a, b, c, d = rng.randint(1, 5), rng.randint(2, 9), rng.randint(1, 5), rng.randint(2, 9)
    if b == d or math.gcd(a, b) > 1 or math.gcd(c, d) > 1:
        return None
    s, p = F(a, b) + F(c, d), F(a, b) * F(c, d)
    if s.denominator == 1 or p.denominator == 1:
        return None
    return (f"{a}/{b} + {c}/{d} = ? and {a}/{b} times {c}/{d} = ? (as fractions)",
            [[str(s)], [str(p)]])


@add
def units_grab_bag(rng: random.Random):  # feet to metres, ounces to grams, inches to cm
    ft, oz, inch = rng.randint(3, 40), rng.randint(2, 40), rng.randint(2, 80)
    m, g, c = ft * F(3048, 10000), oz * OZ, inch * INCH * 100
    if not safe(m, g, c):
        return None
    return (f"hey can you convert a few things: {ft} ft to metres, {oz} oz to grams, {inch} "
            "inches to cm", [unit(m, "m", "metres", "meters"), unit(g, "g", "grams"), cm(c)])


@add
def discount_then_tax(rng: random.Random):  # sale price then tax
    p = rng.randint(20, 400)
    d, t = rng.choice([10, 20, 25, 30]), rng.choice([5, 7, 8, 10])
    sale = F(p * (100 - d), 100)
    final = sale * (100 + t) / 100
    if not safe(final):
        return None
    return (f"${p} item, {d}% off, then {t}% tax on the sale price. sale price? final price?",
            [usd(sale), usd(final)])


@add
def quadratic_and_percent(rng: random.Random):  # a quadratic and an unrelated percent
    r1, r2, p = two_roots(rng)
    a, b = rng.randint(3, 80), rng.randint(100, 900)
    pc = F(a * 100, b)
    if not safe(pc):
        return None
    return (f"solve {p} = 0. separately, {a} out of {b} as a percentage?",
            [root(r1), root(r2), [f"{v}%" for v in forms(pc)]])


@add
def mean_median_list(rng: random.Random):  # mean and median of a short list
    xs = sorted(rng.sample(range(1, 100), rng.choice([5, 7])))
    rng.shuffle(xs)
    m = F(sum(xs), len(xs))
    md = sorted(xs)[len(xs) // 2]
    if not safe(m) or m == md:
        return None
    from bench.data.agents.heldout16_multi_common import MEAN, MEDIAN, named
    return (f"mean & median of {', '.join(map(str, xs))}", [named(MEAN, m), named(MEDIAN, F(md))])


@add
def hours_minutes_seconds(rng: random.Random):  # seconds to hours, and minutes to days
    s, m = rng.randint(3600, 86000), rng.randint(1500, 20000)
    h, d = F(s, 3600), F(m, 1440)
    if not safe(h, d):
        return None
    return (f"how many hours is {s} seconds, and how many days is {m} minutes?",
            [[f"{v} hours" for v in forms(h)] + [f"{v} h" for v in forms(h)],
             [f"{v} days" for v in forms(d)]])


@add
def speed_and_time(rng: random.Random):  # average speed, then time for another distance
    d, t = rng.randint(50, 600), rng.choice([2, 3, 4, 5, 6])
    v = F(d, t)
    d2 = rng.randint(50, 900)
    tt = d2 / v
    if not safe(v, tt):
        return None
    return (f"drove {d} km in {t} hours. average speed? and at that speed how long for {d2} km?",
            [unit(v, "km/h", "kilometres per hour", "kph"), [f"{x} hours" for x in forms(tt)] +
             [f"{x} h" for x in forms(tt)]])


@add
def simple_interest_compound(rng: random.Random):  # simple versus compound interest
    p, r, n = rng.choice([1000, 2000, 5000, 10000]), rng.choice([3, 4, 5, 6]), rng.randint(2, 6)
    simple = F(p) * (1 + F(r * n, 100))
    comp = F(p) * (1 + F(r, 100)) ** n
    if not safe(comp):
        return None
    return (f"${p} at {r}% for {n} years: what would I have with simple interest, and with "
            "interest compounded yearly?", [usd(simple), usd(comp)])


@add
def expand_and_factor(rng: random.Random):  # expand one expression and factor another
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    k = rng.randint(2, 12)
    if a == b:
        return None
    return (f"expand (x + {a})(x - {b}) and factor x^2 - {k * k}",
            [expr(f"x^2 {'+' if a > b else '-'} {abs(a - b)}x - {a * b}") if a - b not in (
                1, -1) else expr(f"x^2 {'+' if a > b else '-'} x - {a * b}"),
             [f"(x - {k})(x + {k})", f"(x + {k})(x - {k})", f"(x-{k})(x+{k})",
              f"(x+{k})(x-{k})"]])


@add
def kg_to_lb_and_stone(rng: random.Random):  # kilograms to pounds and to stone
    w = rng.randint(45, 150)
    lb = w / LB
    st = lb / 14
    if not safe(lb, st):
        return None
    return (f"{w} kg in lbs? and in stone?", [lbs(lb), unit(st, "st", "stone", "stones")])


@add
def percent_of_two(rng: random.Random):  # two different percentages
    a, b = rng.choice([5, 12, 17, 23, 42]), rng.choice([8, 15, 33, 60, 75])
    x, y = rng.randint(50, 900), rng.randint(50, 900)
    return (f"{a}% of {x}, and {b}% of {y}?", [num(F(a * x, 100)), num(F(b * y, 100))]) if safe(
        F(a * x, 100), F(b * y, 100)) else None


@add
def cube_root_and_log(rng: random.Random):  # a cube root and a log base ten
    n, k = rng.randint(4, 30), rng.randint(2, 7)
    return (f"cube root of {n ** 3}, and log10 of {10 ** k}?", [num(n), num(k)])


@add
def marathon_time_and_speed(rng: random.Random):  # minutes to hours and km/h for 42.195 km
    mins = rng.randint(150, 330)
    h = F(mins, 60)
    v = F(42195, 1000) / h
    if not safe(h, v):
        return None
    return (f"finished the marathon in {mins} minutes! how many hours is that and what was my "
            "average speed in km/h?", [[f"{x} hours" for x in forms(h)] + [
                f"{x} h" for x in forms(h)], unit(v, "km/h", "kilometres per hour", "kph")])


@add
def sqm_sqft(rng: random.Random):  # square metres to square feet, and a price per square foot
    m2 = rng.randint(30, 200)
    ft2 = m2 / (F(3048, 10000) ** 2)
    price = rng.randint(150, 900) * 1000
    per = price / ft2
    if not safe(ft2, per):
        return None
    return (f"the flat is {m2} m² and costs ${price:,}. how many sq ft is that and what's the "
            "price per sq ft?", [unit(ft2, "sq ft", "square feet", "ft²", "ft2"), usd(per)])


@add
def ratio_split_two(rng: random.Random):  # a ratio split, then each part's share as a percent
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    k = rng.randint(10, 200)
    if a == b:
        return None
    total = (a + b) * k
    pc = F(a * 100, a + b)
    if not safe(pc):
        return None
    return (f"split {total} in the ratio {a}:{b}. how much is each part and what percent is the "
            "first?", [num(a * k), num(b * k), [f"{v}%" for v in forms(pc)]])


@add
def minutes_and_pace(rng: random.Random):  # walking distance and time per mile
    mins, mi = rng.randint(25, 120), rng.randint(2, 8)
    pace = F(mins, mi)
    k = mi * MILE
    if not safe(pace, k):
        return None
    return (f"walked {mi} miles in {mins} min. minutes per mile? and how many km?",
            [[f"{v} min" for v in forms(pace)] + [f"{v} minutes" for v in forms(pace)] +
             forms(pace), km(k)])


@add
def lcm_and_sum_squares(rng: random.Random):  # an lcm and a sum of squares
    a, b = rng.randint(4, 20), rng.randint(4, 20)
    if a == b:
        return None
    return (f"lcm({a}, {b}) and {a}² + {b}²", [num(math.lcm(a, b)), num(a * a + b * b)])


@add
def miles_to_km_back(rng: random.Random):  # km to miles and miles to km together
    k, mi = rng.randint(5, 500), rng.randint(5, 500)
    if not safe(k / MILE, mi * MILE) or k == mi:
        return None
    return (f"what's {k} km in miles and {mi} miles in km", [miles(k / MILE), km(mi * MILE)])


__all__ = ["QUICK", "deg_c", "expr", "gbp", "lbs"]
