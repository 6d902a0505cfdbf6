"""Round 15 (``J_m_*``, dev now) messages with several quick asks at once: sums, percentages,
conversions and small solves side by side, each needing its own answer."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout15_multi_common import (
    GALLON,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Made,
    cm,
    deg_c,
    deg_f,
    forms,
    gather,
    kg,
    km,
    lbs,
    litres,
    ok,
    root,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def pct_and_square(r: random.Random) -> Made:  # a percentage and a square
    p, b, s = r.choice([12, 15, 18, 35, 45]), r.randint(40, 900), r.randint(13, 45)
    v = F(p * b, 100)
    return (f"two quick ones: {p}% of {b}? and {s} squared?", [forms(v), n(s * s)])


def three_conversions(r: random.Random) -> Made:  # three unit conversions in one breath
    a, b, c = r.randint(2, 30), r.randint(-5, 35), r.randint(2, 90)
    x, y, z = F(a) * MILE, F(b * 9, 5) + 32, F(c) / LB
    if not ok(x, y, z):
        return None
    return (f"{a} miles in km, {b} C in F, {c} kg in pounds — go", [km(x), deg_f(y), lbs(z)])


def multiply_divide(r: random.Random) -> Made:  # a product and a quotient
    a, b, c, d = r.randint(12, 99), r.randint(12, 99), r.randint(100, 999), r.randint(3, 9)
    q = F(c, d)
    if not ok(q):
        return None
    return (f"what's {a}×{b}, and {c} divided by {d}?", [n(a * b), forms(q)])


def sqrt_and_cube(r: random.Random) -> Made:  # a square root and a cube
    s, c = r.randint(11, 40), r.randint(4, 15)
    return (f"square root of {s * s}? also {c} cubed", [[str(s)], n(c ** 3)])


def solve_and_percent(r: random.Random) -> Made:  # unrelated: a solve and a percentage
    a, x, b = r.randint(2, 9), r.randint(-10, 20), r.randint(2, 30)
    p, base = r.choice([5, 8, 12.5, 20]), r.randint(50, 500)
    v = F(str(p)) * base / 100
    if not ok(v):
        return None
    return (f"Solve {a}x - {b} = {a * x - b}. Separately, what is {p}% of {base}?",
            [root(x), forms(v)])


def cook_conversions(r: random.Random) -> Made:  # cups of kitchen conversions
    oz, f = r.randint(4, 32), r.choice([300, 325, 350, 375, 400, 425])
    g, c = F(oz) * OZ, (F(f) - 32) * F(5, 9)
    if not ok(g, c):
        return None
    return (f"american recipe, help: {oz} oz of flour in grams? and {f}°F in celsius?",
            [unit(g, "g", "grams"), deg_c(c)])


def tip_and_split(r: random.Random) -> Made:  # a tip and a split (no image)
    bill, p, k = F(r.randint(3000, 25000), 100), r.choice([10, 15, 20]), r.randint(2, 6)
    tip, each = bill * p / 100, bill * (100 + p) / 100 / k
    if not ok(tip, each):
        return None
    return (f"dinner came to ${float(bill):.2f}. {p}% tip is how much, and split {k} ways "
            "with tip each pays?",
            [forms(tip), forms(each)])


def factorial_power(r: random.Random) -> Made:  # a factorial and a power of two
    a, b = r.randint(5, 12), r.randint(10, 30)
    return (f"{a}! and 2^{b}?", [n(math.factorial(a)), n(2 ** b)])


def hcf_and_prime(r: random.Random) -> Made:  # hcf and whether a number is prime
    g = r.randint(3, 15)
    a, b = g * r.randint(2, 11), g * r.randint(2, 11)
    p = r.choice([97, 91, 89, 87, 83, 77, 71, 51, 53, 57, 59, 119, 121, 127, 131])
    isp = all(p % d for d in range(2, int(p ** 0.5) + 1))
    if math.gcd(a, b) != g or a == b:
        return None
    return (f"biggest number that divides both {a} and {b}? and is {p} prime or not?",
            [[str(g)], ["is prime", "is a prime", "yes"] if isp else
             ["not prime", "not a prime", "isn't prime", "is not prime", "composite"]])


def inches_and_gallons(r: random.Random) -> Made:  # a TV size and a fuel amount
    i, g = r.randint(32, 85), r.randint(5, 25)
    x, y = F(i) * INCH * 100, F(g) * GALLON
    if not ok(x, y):
        return None
    return (f"how many cm is a {i} inch tv, and how many litres is {g} US gallons?",
            [cm(x), litres(y)])


def mean_and_median_quick(r: random.Random) -> Made:  # mean and median of a short list
    vals = sorted(r.sample(range(1, 60), 6))
    m, md = F(sum(vals), 6), F(vals[2] + vals[3], 2)
    r.shuffle(vals)
    if not ok(m) or m == md:
        return None
    return (f"mean and median of {' '.join(map(str, vals))}", [forms(m), forms(md)])


def time_add_and_convert(r: random.Random) -> Made:  # minutes to hours and a time difference
    mins = r.randint(100, 600)
    h, m = divmod(mins, 60)
    sec = r.randint(2, 9) * 3600
    if m == 0:
        return None
    return (f"how many hours and minutes is {mins} minutes? and how many seconds in "
            f"{sec // 3600} hours?", [[f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
                                       f"{h}h {m}m", f"{h} h {m} min"], n(sec)])


def derivative_and_integral(r: random.Random) -> Made:  # a derivative and an antiderivative
    a, b = r.randint(2, 9), r.randint(2, 9)
    return (f"d/dx of x^{a} and the integral of {b * 2}x dx?",
            [[f"{a}x^{a - 1}", f"{a}*x**{a - 1}", f"{a}x**{a - 1}", f"{a}*x^{a - 1}"],
             [f"{b}x^2", f"{b}*x**2", f"{b}x²", f"{b}*x^2"]])


def percent_change_and_of(r: random.Random) -> Made:  # percent change, then percent of
    a = r.randint(60, 200)
    b = a + r.randint(-12, 30)
    ch = abs(F(b - a, a) * 100)
    if a == b or not ok(ch):
        return None
    return (f"rent went from {a * 10} to {b * 10} a month — what % change is that? and what "
            f"would a 3% rise on {b * 10} be?", [[f"{v}%" for v in forms(ch)],
                                                forms(F(b * 10 * 3, 100))])


def km_h_and_m_s(r: random.Random) -> Made:  # speed conversions both ways
    a, b = r.randint(20, 130), r.randint(3, 40)
    x, y = F(a * 1000, 3600), F(b * 3600, 1000)
    if not ok(x):
        return None
    return (f"{a} km/h in m/s? and {b} m/s in km/h?",
            [[f"{v} m/s" for v in forms(x)], [f"{v} km/h" for v in forms(y)]])


def area_and_volume(r: random.Random) -> Made:  # room area and a box volume
    a, b = r.randint(2, 9), r.randint(2, 9)
    c, d, e = r.randint(10, 60), r.randint(10, 60), r.randint(10, 60)
    if not ok(F(c * d * e, 1000)):
        return None
    return (f"room is {a}.5 m by {b} m — floor area? and a box {c}×{d}×{e} cm, volume in "
            "litres?", [[f"{v} m²" for v in forms(F(2 * a + 1, 2) * b)]
                        + [f"{v} m^2" for v in forms(F(2 * a + 1, 2) * b)]
                        + [f"{v} square metres" for v in forms(F(2 * a + 1, 2) * b)],
                        litres(F(c * d * e, 1000))])


def ratio_and_fraction(r: random.Random) -> Made:  # split in a ratio, then a fraction
    a, b, k = r.randint(1, 5), r.randint(1, 5), r.randint(10, 60)
    tot = (a + b) * k
    if a == b or math.gcd(a, b) != 1:
        return None
    return (f"split {tot} in the ratio {a}:{b}. also what's 3/8 as a decimal?",
            [[f"{a * k} and {b * k}", f"{a * k}, {b * k}", f"{a * k} : {b * k}",
              f"{a * k}:{b * k}"], ["0.375"]])


def weekday_and_sum(r: random.Random) -> Made:  # days in weeks, hours in days
    w, d = r.randint(3, 52), r.randint(2, 30)
    return (f"how many days in {w} weeks, and how many hours in {d} days?",
            [[f"{7 * w} days"], [f"{24 * d} hours"]])


def stone_and_feet(r: random.Random) -> Made:  # stones to kg, feet to metres
    st, ft = r.randint(8, 20), r.randint(4, 7)
    x, y = F(st * 14) * LB, F(ft) * INCH * 12
    if not ok(x, y):
        return None
    return (f"my gran talks in stones and feet: {st} stone in kg, and {ft} feet in metres?",
            [kg(x), unit(y, "m", "metres", "meters")])


def quadratic_and_linear(r: random.Random) -> Made:  # a quadratic solve and a linear solve
    a, b = sorted(r.sample(range(-8, 9), 2))
    c = r.randint(2, 9)
    y = r.randint(-9, 12)
    if 0 in (a, b):
        return None
    s, p = a + b, a * b
    eq = f"x^2 {'-' if s > 0 else '+'} {abs(s)}x {'+' if p > 0 else '-'} {abs(p)} = 0"
    if s == 0:
        return None
    return (f"1) {eq}  2) {c}y = {c * y}", [root(a), root(b), [f"y = {y}", f"y={y}"]])


def miles_gallon(r: random.Random) -> Made:  # mpg to km per litre and L/100km
    mpg = r.randint(18, 55)
    kml = F(mpg) * MILE / GALLON
    l100 = 100 / kml
    if not ok(kml, l100):
        return None
    return (f"car does {mpg} mpg (US). what's that in km per litre, and in litres per 100 km?",
            [forms(kml), forms(l100)])


def rounding_quick(r: random.Random) -> Made:  # round and scientific notation
    x = F(r.randint(10000, 99999), 1000)
    big = r.randint(10, 99) * 10 ** r.randint(5, 8)
    e = len(str(big)) - 1
    mant = F(big, 10 ** e)
    return (f"round {float(x)} to one decimal place, and write {big} in scientific notation",
            [[f"{float(x):.1f}"], [f"{float(mant):g} × 10^{e}", f"{float(mant):g}e{e}",
                                   f"{float(mant):g} x 10^{e}", f"{float(mant):g}×10^{e}",
                                   f"{float(mant):g} * 10^{e}", f"{float(mant):g}e+{e}"]])


QUICK = gather(pct_and_square, three_conversions, multiply_divide, sqrt_and_cube,
               solve_and_percent, cook_conversions, tip_and_split, factorial_power,
               hcf_and_prime, inches_and_gallons, mean_and_median_quick, time_add_and_convert,
               derivative_and_integral, percent_change_and_of, km_h_and_m_s, area_and_volume,
               ratio_and_fraction, weekday_and_sum, stone_and_feet, quadratic_and_linear,
               miles_gallon, rounding_quick)
