"""Round 15 (``J_m_*``, dev now) more messages with several small asks: mixed arithmetic,
conversions, money and time questions written the way people fire them off in one chat
message."""

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
    cash,
    clock,
    cm,
    convert,
    deg_c,
    deg_f,
    forms,
    gather,
    kg,
    km,
    lbs,
    litres,
    miles,
    ok,
    root,
    tie,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def bullets_three(r: random.Random) -> Made:  # three bullet-point asks
    a, b = r.randint(101, 999), r.randint(11, 99)
    c, p = r.randint(11, 40), r.choice([6, 8, 14, 22, 36])
    return (f"- {a} * {b}\n- sqrt({c * c})\n- {p}% of 250",
            [n(a * b), [str(c)], forms(F(p * 250, 100))])


def euro_pound_dollar(r: random.Random) -> Made:  # one amount into two currencies
    e = r.randint(15, 900)
    u, g = convert(F(e), "EUR", "USD"), convert(F(e), "EUR", "GBP")
    if not ok(u, g):
        return None
    return (f"€{e} — how much in dollars and in pounds?", [cash(u, "USD"), cash(g, "GBP")])


def time_until_and_convert(r: random.Random) -> Made:  # minutes between times, and a conversion
    a, b = r.randint(6 * 60, 11 * 60), r.randint(13 * 60, 22 * 60)
    k = r.randint(2, 50)
    mi = F(k) / MILE
    if not ok(mi):
        return None
    return (f"how many minutes from {a // 60}:{a % 60:02d} to {b // 60}:{b % 60:02d}? and {k} km "
            "in miles", [[f"{b - a} minutes", f"{b - a} min"], miles(mi)])


def solve_two_unrelated(r: random.Random) -> Made:  # two separate linear equations
    x, y = r.randint(-9, 15), r.randint(-9, 15)
    a, b = r.randint(2, 8), r.randint(2, 8)
    if x == y:
        return None
    return (f"quick: solve {a}x = {a * x} and y/{b} = {y}", [root(x), [f"y = {b * y}",
                                                                      f"y={b * y}"]])


def fl_oz_and_cups(r: random.Random) -> Made:  # fl oz to ml and grams to oz
    fo, g = r.randint(4, 64), r.randint(50, 900)
    ml, oz = F(fo) * F(2957353, 100000), F(g) / OZ
    if not ok(ml, oz):
        return None
    return (f"{fo} fl oz in ml, and {g} g in ounces?", [unit(ml, "ml", "mL", "millilitres"),
                                                        unit(oz, "oz", "ounces")])


def age_and_days(r: random.Random) -> Made:  # age from a birth year, and days alive rough
    by = r.randint(1950, 2015)
    age = 2026 - by
    return (f"born in {by} — how old do I turn in 2026, and roughly how many days is that "
            "(365 per year)?", [[str(age)], n(age * 365)])


def percent_off_two(r: random.Random) -> Made:  # two sale prices
    a, b = r.randint(20, 300), r.randint(20, 300)
    p, q = r.choice([15, 20, 30, 35]), r.choice([10, 25, 40, 50])
    x, y = F(a * (100 - p), 100), F(b * (100 - q), 100)
    return (f"shoes ${a} at {p}% off and a coat ${b} at {q}% off. sale prices? together?",
            [forms(x), forms(y), forms(x + y)])


def temp_both_ways(r: random.Random) -> Made:  # C to F and F to C
    c, f = r.randint(-20, 45), r.randint(-10, 110)
    cf, fc = F(c * 9, 5) + 32, (F(f) - 32) * F(5, 9)
    if not ok(fc):
        return None
    return (f"{c}°C in F? {f}°F in C?", [deg_f(cf), deg_c(fc)])


def area_units(r: random.Random) -> Made:  # acres to hectares and sq ft to sq m
    ac, sqft = r.randint(2, 80), r.randint(300, 3000)
    ha = F(ac) * F(40468564224, 10**11)
    m2 = F(sqft) * (INCH * 12) ** 2
    if not ok(ha, m2):
        return None
    return (f"{ac} acres in hectares, and a {sqft} sq ft flat in square metres?",
            [[f"{v} ha" for v in forms(ha)] + [f"{v} hectares" for v in forms(ha)],
             [f"{v} m²" for v in forms(m2)] + [f"{v} m^2" for v in forms(m2)]
             + [f"{v} square metres" for v in forms(m2)]])


def hours_minutes_seconds(r: random.Random) -> Made:  # seconds to h:m:s and a product
    s = r.randint(3700, 40000)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    a, b = r.randint(11, 49), r.randint(11, 49)
    if m == 0 or sec == 0:
        return None
    return (f"{s} seconds as hours minutes seconds? and {a}*{b}",
            [[f"{h} hours, {m} minutes and {sec} seconds", f"{h} h {m} min {sec} s",
              f"{h}:{m:02d}:{sec:02d}", f"{h} hours {m} minutes {sec} seconds",
              f"{h}h {m}m {sec}s"], n(a * b)])


def tip_options(r: random.Random) -> Made:  # 15, 18 and 20% tips on a bill
    b = F(r.randint(1500, 20000), 100)
    ts = [b * p / 100 for p in (15, 18, 20)]
    if not ok(*ts):
        return None
    return (f"bill is ${float(b):.2f} — what are 15, 18 and 20% tips?", [forms(t) for t in ts])


def speed_units(r: random.Random) -> Made:  # mph to km/h and knots to km/h
    mph, kn = r.randint(15, 90), r.randint(5, 40)
    a, b = F(mph) * MILE, F(kn) * F(1852, 1000)
    if not ok(a, b):
        return None
    return (f"{mph} mph to km/h, and {kn} knots to km/h", [[f"{v} km/h" for v in forms(a)],
                                                          [f"{v} km/h" for v in forms(b)]])


def lcm_buses(r: random.Random) -> Made:  # buses leave together again, and time
    a, b = r.sample([6, 8, 9, 10, 12, 15, 20], 2)
    start = r.randint(6, 9) * 60
    lc = a * b // math.gcd(a, b)
    return (f"bus A every {a} min, bus B every {b} min, both leave at {start // 60}:00 am. "
            "after how many minutes do they leave together again, and at what time?",
            [[f"{lc} minutes", f"{lc} min"], clock(start + lc)])


def volume_shopping(r: random.Random) -> Made:  # unit prices, which is cheaper
    a, pa = r.choice([500, 750, 1000]), F(r.randint(150, 600), 100)
    b, pb = r.choice([1500, 2000, 3000]), F(r.randint(300, 1500), 100)
    ua, ub = pa / a * 100, pb / b * 100
    if ua == ub or not ok(ua, ub):
        return None
    return (f"olive oil: {a} ml for ${float(pa):.2f} or {b} ml for ${float(pb):.2f}. price per "
            "100 ml for each?", [forms(ua), forms(ub)])


def days_weeks_calc(r: random.Random) -> Made:  # days to weeks and days, and hours
    d = r.randint(15, 400)
    w, rest = divmod(d, 7)
    if rest == 0:
        return None
    return (f"{d} days — how many weeks and days is that, and how many hours?",
            [[f"{w} weeks and {rest} days", f"{w} weeks, {rest} days", f"{w} weeks {rest} days"],
             n(d * 24)])


def bmi_and_conversion(r: random.Random) -> Made:  # a BMI and an unrelated conversion
    w, h = r.randint(50, 110), r.randint(150, 195)
    b = F(w * 10000, h * h)
    g = r.randint(2, 20)
    lit = F(g) * GALLON
    if tie(b, 1) or not ok(b, lit):
        return None
    return (f"two things: BMI for {w} kg / {h} cm, and {g} gallons in litres",
            [forms(b, 1) + forms(b), litres(lit)])


def weight_three(r: random.Random) -> Made:  # three weights converted
    a, b, c = r.randint(2, 150), r.randint(2, 150), r.randint(2, 40)
    x, y, z = F(a) * LB, F(b) / LB, F(c) * OZ
    if not ok(x, y, z):
        return None
    return (f"{a} lb → kg, {b} kg → lb, {c} oz → g", [kg(x), lbs(y), unit(z, "g", "grams")])


def height_both(r: random.Random) -> Made:  # cm to inches and inches to cm
    c, i = r.randint(20, 200), r.randint(5, 80)
    x, y = F(c, 100) / INCH, F(i) * INCH * 100
    if not ok(x, y):
        return None
    return (f"{c} cm in inches and {i} inches in cm pls",
            [[f"{v} in" for v in forms(x)] + [f"{v} inches" for v in forms(x)], cm(y)])


def distance_two(r: random.Random) -> Made:  # half marathon miles and 5 miles in km
    a, b = r.randint(3, 50), r.randint(3, 50)
    x, y = F(a) / MILE, F(b) * MILE
    if not ok(x, y) or a == b:
        return None
    return (f"{a} km = ? miles, {b} miles = ? km", [miles(x), km(y)])


def cube_and_remainder(r: random.Random) -> Made:  # cube root and a remainder
    c, a, b = r.randint(3, 25), r.randint(100, 999), r.randint(7, 23)
    if a % b == 0:
        return None
    return (f"cube root of {c ** 3}? and the remainder when {a} is divided by {b}?",
            [[str(c)], [f"remainder {a % b}", f"remainder is {a % b}", f"r {a % b}",
                        f"remainder of {a % b}", f"remainder: {a % b}", f"R{a % b}"]])


QUICK_2 = gather(bullets_three, euro_pound_dollar, time_until_and_convert, solve_two_unrelated,
                 fl_oz_and_cups, age_and_days, percent_off_two, temp_both_ways, area_units,
                 hours_minutes_seconds, tip_options, speed_units, lcm_buses, volume_shopping,
                 days_weeks_calc, bmi_and_conversion, weight_three, height_both, distance_two,
                 cube_and_remainder)
