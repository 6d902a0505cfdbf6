"""Round 13 (``K_m_*``, dev now): several quick, unrelated asks in one message (a sum and a
conversion, a percentage and a square root, a solve and a BMI)."""

from __future__ import annotations

import math
import random
from math import gcd, lcm

from bench.data.agents.heldout13_multi_common import (
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Made,
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    dp12,
    expr,
    need,
    num,
    ok2,
    r2,
    register,
    root,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)
KM = ("km", "kilometres", "kilometers")


@fam
def sum_and_miles(r: random.Random) -> Made:  # a sum and a distance conversion
    a, b, km = r.randint(100, 999), r.randint(100, 999), r.randint(5, 200)
    mi = km / MILE
    ok2(mi)
    return (f"quick ones: {a} + {b}? and {km} km in miles?",
            [num(a + b), unit(r2(mi), "miles", "mi")])


@fam
def percent_and_root(r: random.Random) -> Made:  # a percentage and a square root
    n, p, s = r.randint(50, 2000), r.choice([3, 7, 12, 17, 35]), r.randint(11, 40)
    return (f"what's {p}% of {n}, and what's the square root of {s * s}?",
            [num(F(n * p, 100)), num(s)])


@fam
def solve_and_bmi(r: random.Random) -> Made:  # a linear solve and a BMI
    a, x, b = r.randint(2, 9), r.randint(-10, 20), r.randint(1, 30)
    kg, cm = r.randint(48, 115), r.randint(150, 198)
    bmi = F(kg * 10000, cm * cm)
    need(not tie(bmi, 1))
    ok2(bmi)
    return (f"two things pls - solve {a}x - {b} = {a * x - b}, and what's the BMI for {kg}kg "
            f"at {cm}cm", [root(x), dp12(bmi)])


@fam
def three_conversions(r: random.Random) -> Made:  # three conversions in a row
    lb, f, inch = r.randint(2, 300), r.randint(-10, 110), r.randint(2, 80)
    kg, c, cm = lb * LB, F(f - 32) * 5 / 9, inch * INCH * 100
    ok2(kg, c, cm)
    return (f"convert {lb} lb to kg, {f}°F to °C and {inch} inches to cm",
            [unit(r2(kg), "kg", "kilograms"), deg_c(r2(c)),
             unit(r2(cm), "cm", "centimetres", "centimeters")])


@fam
def times_table_pair(r: random.Random) -> Made:  # two products at once
    a, b, c, d = r.randint(11, 99), r.randint(11, 99), r.randint(100, 999), r.randint(2, 9)
    need(a * b != c * d)
    return f"{a}×{b} and {c}×{d}?", [num(a * b), num(c * d)]


@fam
def divide_and_power(r: random.Random) -> Made:  # a division and a power
    d, q, b, e = r.randint(3, 40), r.randint(10, 500), r.randint(2, 12), r.randint(2, 5)
    return (f"{d * q} divided by {d}. also {b} to the power {e}",
            [num(q), num(b ** e)])


@fam
def derivative_and_integral(r: random.Random) -> Made:  # a derivative and an integral
    a, b, n = r.randint(2, 9), r.randint(2, 9), r.randint(2, 6)
    return (f"derivative of {a}x^4, and the integral of {3 * b}x^2 from 0 to {n}",
            [expr(f"{4 * a}x^3"), num(b * n ** 3)])


@fam
def euros_and_pounds(r: random.Random) -> Made:  # two currency conversions
    e, g = r.randint(10, 900), r.randint(10, 900)
    a, b = convert(F(e), "EUR", "USD"), convert(F(g), "GBP", "EUR")
    ok2(a, b)
    return (f"how many dollars is €{e}? and how many euros is £{g}?",
            [cash(r2(a), "USD"), cash(r2(b), "EUR")])


@fam
def factor_and_expand(r: random.Random) -> Made:  # factor one quadratic, expand another product
    a, b, p = two_roots(r)
    c, d = r.randint(1, 9), r.randint(1, 9)
    t = [f"x - {v}" if v > 0 else f"x + {-v}" for v in (a, b)]
    return (f"factorise {p}. then expand (x + {c})(x + {d}).",
            [[f"({t[0]})({t[1]})", f"({t[1]})({t[0]})"],
             expr(f"x^2 + {c + d}x + {c * d}")])


@fam
def age_days_and_sum(r: random.Random) -> Made:  # weeks in days, and hours in minutes
    w, h = r.randint(2, 52), r.randint(2, 48)
    return (f"how many days in {w} weeks, and how many minutes in {h} hours?",
            [unit(F(7 * w), "days"), unit(F(60 * h), "minutes", "min", "mins")])


@fam
def square_cube(r: random.Random) -> Made:  # a square and a cube root
    a, b = r.randint(13, 99), r.randint(3, 20)
    return f"{a} squared? cube root of {b ** 3}?", [num(a * a), num(b)]


@fam
def hr_and_water(r: random.Random) -> Made:  # a max heart rate and litres to millilitres
    age, litres = r.randint(18, 80), F(r.randint(5, 40), 10)
    return (f"im {age} - max heart rate (220 - age)? also how many ml in {float(litres)} "
            "litres", [num(220 - age), unit(litres * 1000, "ml", "mL", "millilitres")])


@fam
def tip_and_convert(r: random.Random) -> Made:  # a tip and a temperature
    bill, pct, c = r.randint(20, 300), r.choice([10, 15, 20]), r.randint(-15, 40)
    tip = F(bill * pct, 100)
    f = F(9 * c, 5) + 32
    ok2(f)
    return (f"{pct}% tip on {bill}? and is {c}C warm - what's it in F?",
            [num(tip), deg_f(r2(f))])


@fam
def lcm_and_gcd_pair(r: random.Random) -> Made:  # lcm of one pair and gcd of another
    a, b = r.randint(4, 30), r.randint(4, 30)
    g = r.randint(3, 15)
    c, d = g * r.choice([2, 3, 5]), g * r.choice([7, 11])
    need(a != b)
    return (f"LCM of {a} and {b}? GCF of {c} and {d}?", [num(lcm(a, b)), num(gcd(c, d))])


@fam
def mixed_numbers_list(r: random.Random) -> Made:  # numbered list of three sums
    a, b, c = r.randint(100, 999), r.randint(10, 99), r.randint(2, 9)
    d, e = r.randint(1000, 9999), r.randint(100, 999)
    return (f"1. {a} - {b}\n2. {b} * {c}\n3. {d} + {e}",
            [num(a - b), num(b * c), num(d + e)])


@fam
def ounces_and_stone(r: random.Random) -> Made:  # ounces to grams and kilos to stone
    oz, kg = r.randint(2, 40), r.randint(40, 130)
    g = oz * OZ
    st = F(kg) / LB / 14
    ok2(g, st)
    return (f"{oz} oz in grams? and {kg} kg in stone?",
            [unit(r2(g), "g", "grams"), unit(r2(st), "st", "stone")])


@fam
def solve_and_convert(r: random.Random) -> Made:  # a quadratic and a time conversion
    a, b, p = two_roots(r)
    secs = r.randint(3600, 20000)
    hh, mm, ss = secs // 3600, secs % 3600 // 60, secs % 60
    return (f"solve {p}=0 and convert {secs} seconds to hours, minutes and seconds",
            [root(a), root(b), [f"{hh}:{mm:02d}:{ss:02d}", f"{hh} h {mm} min {ss} s",
                                f"{hh} hours, {mm} minutes and {ss} seconds",
                                f"{hh} hours {mm} minutes {ss} seconds",
                                f"{hh}h {mm}m {ss}s"]])


@fam
def area_and_circumference(r: random.Random) -> Made:  # circle area and circumference
    rad = r.randint(2, 30)
    a, c = math.pi * rad * rad, 2 * math.pi * rad
    need(abs(a * 100 % 1 - 0.5) > 0.01 and abs(c * 100 % 1 - 0.5) > 0.01)
    return (f"circle with radius {rad} cm: area and circumference?",
            [unit(F(round(a, 2)).limit_denominator(100), "cm²", "cm2", "square centimetres"),
             unit(F(round(c, 2)).limit_denominator(100), "cm", "centimetres")])


@fam
def hours_and_dose(r: random.Random) -> Made:  # a time difference and a next-dose time
    h1, h2 = r.randint(6, 11), r.randint(13, 22)
    m1, m2 = r.choice([0, 15, 30, 45]), r.choice([0, 15, 30, 45])
    diff = (h2 * 60 + m2) - (h1 * 60 + m1)
    gap = r.choice([4, 6, 8])
    need(diff % 60 != 0)
    return (f"how long between {h1}:{m1:02d} and {h2}:{m2:02d}? also if i take ibuprofen at "
            f"{h2}:{m2:02d} and it's every {gap} hours, when's the next dose?",
            [[f"{diff // 60} hours {diff % 60} minutes", f"{diff // 60} h {diff % 60} min",
              f"{diff // 60}h {diff % 60}m", f"{diff // 60} hours and {diff % 60} minutes",
              f"{diff // 60}:{diff % 60:02d}"],
             clock((h2 * 60 + m2 + gap * 60) % 1440)])


@fam
def simplify_and_percent(r: random.Random) -> Made:  # a fraction to a percentage, and a sum
    p, q = r.choice([(1, 4), (3, 8), (2, 5), (7, 8), (3, 20), (9, 16)])
    k, a, b = r.randint(2, 9), r.randint(10, 99), r.randint(10, 99)
    pct = F(p * 100, q)
    return (f"{p * k}/{q * k} as a percentage? plus {a} plus {b}",
            [[f"{v}%" for v in num(pct)], num(a + b)])


@fam
def speed_distance_time(r: random.Random) -> Made:  # time for a trip and fuel used
    km, speed, per100 = r.randint(50, 600), r.choice([50, 60, 80, 90, 100, 120]), \
        r.choice([5, 6, 7, 8])
    t = F(km, speed)
    fuel = F(km * per100, 100)
    ok2(t, fuel)
    return (f"{km} km at {speed} km/h - how many hours? the car uses {per100} L per 100 km, so "
            "how much fuel?", [unit(r2(t), "hours", "h", "hrs"),
                               unit(r2(fuel), "L", "litres", "liters")])


@fam
def pounds_dollars_and_percent(r: random.Random) -> Made:  # a currency and a percentage change
    usd, old, new = r.randint(20, 800), r.randint(20, 200), r.randint(20, 200)
    need(old != new)
    gbp = convert(F(usd), "USD", "GBP")
    ch = F(new - old, old) * 100
    ok2(gbp, ch)
    return (f"${usd} in pounds? and percent change from {old} to {new}?",
            [cash(r2(gbp), "GBP"), [f"{v}%" for v in num(r2(ch))]])


@fam
def limits_pair(r: random.Random) -> Made:  # two limits
    k, m = r.randint(2, 9), r.randint(2, 6)
    return (f"lim x→{k} (x² - {k * k})/(x - {k}) and lim x→{m} (x³ - {m ** 3})/(x - {m})",
            [num(2 * k), num(3 * m * m)])


@fam
def matrix_det_and_sum(r: random.Random) -> Made:  # a determinant and a sum of a list
    a, b, c, d = (r.randint(-9, 9) for _ in range(4))
    vals = [r.randint(1, 50) for _ in range(5)]
    det = a * d - b * c
    need(det not in (0, sum(vals)))
    return (f"det of [[{a},{b}],[{c},{d}]], and add up {' '.join(map(str, vals))}",
            [num(det), num(sum(vals))])


@fam
def simultaneous_and_ratio(r: random.Random) -> Made:  # a system and a ratio split
    x, y = r.randint(1, 15), r.randint(1, 15)
    total, p, q = r.randint(2, 40) * 5, r.randint(1, 4), r.randint(1, 4)
    need(x != y and p != q)
    share = F(total * p, p + q)
    ok2(share, F(total * q, p + q))
    return (f"x + y = {x + y}, x - y = {x - y}: x and y? Also split {total} in the ratio "
            f"{p}:{q}.", [var("x", x), var("y", y), num(r2(share)),
                          num(r2(F(total * q, p + q)))])


@fam
def percent_off_and_kg(r: random.Random) -> Made:  # a sale price and a weight conversion
    price, off, kg = r.randint(10, 500), r.choice([15, 20, 30, 40, 50]), r.randint(1, 40)
    sale = F(price * (100 - off), 100)
    lb = F(kg) / LB
    ok2(lb)
    return (f"{price} with {off}% off = ? and {kg} kg = ? lb",
            [num(sale), unit(r2(lb), "lb", "pounds", "lbs")])


@fam
def average_speed_and_mph(r: random.Random) -> Made:  # mph to km/h and a sum of minutes
    mph, a, b = r.randint(20, 90), r.randint(10, 59), r.randint(10, 59)
    need(a + b > 60)
    kmh = mph * MILE
    ok2(kmh)
    return (f"{mph} mph in km/h? and what's {a} min + {b} min in hours and minutes?",
            [unit(r2(kmh), "km/h", "kph"), [f"{(a + b) // 60} h {(a + b) % 60} min",
                                            f"{(a + b) // 60} hour {(a + b) % 60} minutes",
                                            f"{(a + b) // 60} hours {(a + b) % 60} minutes",
                                            f"{(a + b) // 60}h {(a + b) % 60}m",
                                            f"{(a + b) // 60}:{(a + b) % 60:02d}"]])


@fam
def feet_and_inches_to_cm(r: random.Random) -> Made:  # feet to metres and a product
    ft, a, b = r.randint(3, 400), r.randint(3, 30), r.randint(3, 30)
    m = ft * F(3048, 10000)
    ok2(m)
    return (f"{ft} feet in metres, and {a} times {b}",
            [unit(r2(m), "m", "metres", "meters"), num(a * b)])


@fam
def solve_two_eqs_separately(r: random.Random) -> Made:  # two separate one-step equations
    x, y, a, b = r.randint(2, 30), r.randint(2, 30), r.randint(2, 9), r.randint(2, 40)
    need(x != y)
    return (f"two separate ones: {a}x = {a * x}, and y + {b} = {y + b}",
            [var("x", x), var("y", y)])
