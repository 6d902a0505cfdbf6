"""Round 12 multi-part families (``P_m_*``, dev now): several quick, unrelated asks in one
message — sums, conversions, algebra, calculus, health — each with its own answer."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout12_multi_common import (
    INCH,
    LB,
    MILE,
    OZ,
    PLOT,
    F,
    Fraction,
    Item,
    clock,
    expr,
    forms,
    money,
    multi,
    named,
    poly,
    root,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

BMI = ["BMI", "bmi", "body mass index"]


def ok(*values: Fraction, places: int = 2) -> bool:
    return not any(tie(v, places) for v in values)


def num(n: int) -> list[str]:
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def pct(x: Fraction) -> list[str]:
    return [f"{v}{s}" for v in forms(x) for s in ("%", " %", " percent")]


def p_m_q_three_quick(rng: random.Random) -> Item:  # a percent, a square, miles to km
    p, base, sq, miles = rng.choice([15, 35, 45, 65]), rng.randint(30, 400), rng.randint(
        13, 40), rng.randint(2, 60)
    value, km = F(p * base, 100), miles * MILE
    if not ok(value, km):
        return p_m_q_three_quick(rng)
    return multi("P_m_q_three_quick", f"quick ones: {p}% of {base}, {sq} squared, and {miles} "
                 "miles in km", [forms(value), num(sq * sq),
                                 unit(km, "km", "kilometres", "kilometers")])


def p_m_q_divide_and_f(rng: random.Random) -> Item:  # a division and °C to °F
    d, q, c = rng.randint(6, 19), rng.randint(12, 90), rng.randint(-15, 40)
    return multi("P_m_q_divide_and_f", f"What's {d * q} divided by {d}? Also, {c} degrees C in "
                 "F?", [[str(q)], unit(F(c * 9, 5) + 32, "°F", "degrees Fahrenheit", "F",
                                       "Fahrenheit")])


def p_m_q_root_power_fact(rng: random.Random) -> Item:  # a root, a power of two, a factorial
    r, e, n = rng.randint(14, 45), rng.randint(9, 20), rng.randint(6, 12)
    return multi("P_m_q_root_power_fact", f"need three numbers: the square root of {r * r}, "
                 f"2^{e}, and {n}!", [[str(r)], num(2 ** e), num(math.factorial(n))])


def p_m_q_diff_and_antideriv(rng: random.Random) -> Item:  # a derivative and an antiderivative
    n, k = rng.randint(3, 7), rng.randint(2, 9)
    return multi("P_m_q_diff_and_antideriv", f"d/dx of x^{n}, and the integral of {2 * k}x dx?",
                 [expr(f"{n}x^{n - 1}"), expr(f"{k}x^2")])


def p_m_q_solve_and_bmi(rng: random.Random) -> Item:  # an equation and a BMI in one go
    a, x, b = rng.randint(2, 9), rng.randint(-10, 20), rng.randint(1, 40)
    kg, cm = rng.randint(50, 110), rng.randint(155, 195)
    value = kg / F(cm, 100) ** 2
    if not ok(value) or not ok(value, places=1):
        return p_m_q_solve_and_bmi(rng)
    return multi("P_m_q_solve_and_bmi", f"two unrelated things lol. solve {a}x + {b} = "
                 f"{a * x + b}. and what's the BMI for {kg} kg at {cm} cm?",
                 [root(x), [*named(BMI, value, 1), *named(BMI, value), *forms(value, 1)]])


def p_m_q_feet_and_kilos(rng: random.Random) -> Item:  # feet to cm, kilos to pounds
    ft, kg = rng.randint(2, 12), rng.randint(3, 90)
    cm, lb = ft * 12 * INCH, kg / LB
    if not ok(cm, lb):
        return p_m_q_feet_and_kilos(rng)
    return multi("P_m_q_feet_and_kilos", f"Convert {ft} feet to cm and {kg} kg to lb.",
                 [unit(cm, "cm", "centimetres", "centimeters"), unit(lb, "lb", "pounds",
                                                                     "lbs")])


def p_m_q_product_share_div(rng: random.Random) -> Item:  # a product, a percent, a quotient
    a, b, p, base = rng.randint(12, 99), rng.randint(12, 99), rng.choice([
        4, 6, 8, 12, 45]), rng.randint(40, 900)
    d = rng.choice([8, 16, 32])
    n = rng.randint(200, 3000)
    value, quot = F(p * base, 100), F(n, d)
    if not ok(value, quot):
        return p_m_q_product_share_div(rng)
    return multi("P_m_q_product_share_div", f"{a}*{b}, {p}% of {base}, {n}/{d}",
                 [num(a * b), forms(value), forms(quot, 5)])


def p_m_q_fraction_decimal(rng: random.Random) -> Item:  # a fraction sum, exact and decimal
    a, b = rng.randint(1, 5), rng.randint(6, 9)
    c, d = rng.randint(1, 4), rng.randint(3, 7)
    total = F(a, b) + F(c, d)
    if b == d or total.denominator == 1 or not ok(total) or F(a, b).denominator != b:
        return p_m_q_fraction_decimal(rng)
    return multi("P_m_q_fraction_decimal", f"{a}/{b} + {c}/{d} = ? as a fraction please, and "
                 "as a decimal", [[str(total)], forms(total)])


def p_m_q_gcd_lcm(rng: random.Random) -> Item:  # greatest common divisor and least multiple
    g = rng.randint(2, 15)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    if a == b:
        return p_m_q_gcd_lcm(rng)
    return multi("P_m_q_gcd_lcm", f"GCD and LCM of {a} and {b}?",
                 [named(["gcd", "GCD", "hcf", "HCF", "greatest common divisor"],
                        F(math.gcd(a, b))),
                  named(["lcm", "LCM", "least common multiple", "lowest common multiple"],
                        F(a * b // math.gcd(a, b)))])


def p_m_q_mean_and_tip(rng: random.Random) -> Item:  # a mean and a tip in one message
    values = [rng.randint(1, 60) for _ in range(rng.randint(5, 7))]
    m = F(sum(values), len(values))
    bill, p = F(rng.randint(2000, 15000), 100), rng.choice([15, 18, 20])
    tip = bill * p / 100
    if not ok(m, tip):
        return p_m_q_mean_and_tip(rng)
    return multi("P_m_q_mean_and_tip", f"average of {' '.join(map(str, values))}? also what's "
                 f"a {p}% tip on ${float(bill):.2f}", [named(["mean", "average", "Mean",
                                                               "Average"], m),
                                                        money(tip, "USD")])


def p_m_q_time_units(rng: random.Random) -> Item:  # hours to seconds, days to minutes
    h, d = rng.randint(2, 9), rng.randint(2, 14)
    half = rng.choice([0, 30])
    secs = (60 * h + half) * 60
    label = f"{h}.5" if half else str(h)
    return multi("P_m_q_time_units", f"how many seconds are in {label} hours, and how many "
                 f"minutes in {d} days?", [num(secs) + [f"{v} seconds" for v in num(secs)],
                                          num(d * 1440)])


def p_m_q_simplify_expand(rng: random.Random) -> Item:  # a product simplified, a square expanded
    a, b, c = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 9)
    return multi("P_m_q_simplify_expand", f"Simplify ({a}x)({b}x^2), and expand (x + {c})^2.",
                 [expr(f"{a * b}x^3"), expr(poly(1, 2 * c, c * c))])


def p_m_q_speeds_both(rng: random.Random) -> Item:  # km/h to mph and mph to km/h
    kmh, mph = rng.randint(20, 140), rng.randint(15, 90)
    a, b = kmh / MILE, mph * MILE
    if not ok(a, b):
        return p_m_q_speeds_both(rng)
    return multi("P_m_q_speeds_both", f"{kmh} km/h in mph? and {mph} mph in km/h?",
                 [unit(a, "mph", "miles per hour"), unit(b, "km/h", "kph",
                                                          "kilometres per hour")])


def p_m_q_square_cube(rng: random.Random) -> Item:  # solve a square and a cube equation
    a, b = rng.randint(4, 15), rng.randint(2, 9)
    return multi("P_m_q_square_cube", f"solve x^2 = {a * a} and separately y^3 = {b ** 3}",
                 [root(a), root(-a), root(b, "y")])


def p_m_q_logs(rng: random.Random) -> Item:  # two logarithms
    n, k = rng.randint(3, 12), rng.randint(2, 9)
    base = rng.choice([2, 3])
    if base ** n > 10**6:
        return p_m_q_logs(rng)
    return multi("P_m_q_logs", f"log base {base} of {base ** n}? and log10 of {10 ** k}?",
                 [[str(n)], [str(k)]])


def p_m_q_hr_and_bmi(rng: random.Random) -> Item:  # a BMI and a maximum heart rate
    kg, m100, age = rng.randint(48, 120), rng.randint(150, 200), rng.randint(16, 80)
    value = kg / F(m100, 100) ** 2
    if not ok(value) or not ok(value, places=1):
        return p_m_q_hr_and_bmi(rng)
    return multi("P_m_q_hr_and_bmi", f"for my health app: BMI at {kg} kg and "
                 f"{float(F(m100, 100)):.2f} m, plus max heart rate (220 − age) for a "
                 f"{age}-year-old", [[*named(BMI, value, 1), *named(BMI, value),
                                      *forms(value, 1)],
                                     unit(F(220 - age), "bpm", "beats per minute")])


def p_m_q_circle_both(rng: random.Random) -> Item:  # a circle's area and circumference
    r = rng.randint(2, 40)
    area, circ = F(math.pi * r * r), F(2 * math.pi * r)
    if not ok(area, circ):
        return p_m_q_circle_both(rng)
    return multi("P_m_q_circle_both", f"circle with radius {r} cm — area and circumference?",
                 [unit(area, "cm²", "square centimetres", "cm^2", "sq cm"),
                  unit(circ, "cm", "centimetres", "centimeters")])


def p_m_q_big_numbers(rng: random.Random) -> Item:  # a big power and a big factorial
    e, n = rng.randint(21, 40), rng.randint(13, 20)
    return multi("P_m_q_big_numbers", f"What are 2^{e} and {n}! exactly?",
                 [num(2 ** e), num(math.factorial(n))])


def p_m_q_oven_cups(rng: random.Random) -> Item:  # an oven temperature and cups to ml
    f, cups = rng.choice([325, 350, 375, 400, 425, 450]), rng.randint(1, 4)
    c = F(f - 32) * 5 / 9
    ml = cups * F(2365882365, 10**7)
    if not ok(c, ml) or not ok(c, ml, places=0):
        return p_m_q_oven_cups(rng)
    return multi("P_m_q_oven_cups", f"american recipe says bake at {f}F with {cups} "
                 f"{'cup' if cups == 1 else 'cups'} of water. celsius? ml?",
                 [unit(c, "°C", "degrees Celsius", "C", "Celsius") +
                                         unit(c, "°C", "degrees Celsius", "C", places=0),
                                         unit(ml, "ml", "mL", "millilitres") +
                                         unit(ml, "ml", "mL", "millilitres", places=0)])


def p_m_q_definite_and_trig(rng: random.Random) -> Item:  # a definite integral and d/dx sin
    a, b = rng.randint(0, 3), rng.randint(4, 9)
    value = F(b ** 3 - a ** 3, 3)
    if not ok(value):
        return p_m_q_definite_and_trig(rng)
    parts = [[str(value), *forms(value)], ["cos(x)", "cos x"]]
    return multi("P_m_q_definite_and_trig", f"integral of x^2 from {a} to {b}, and the "
                 "derivative of sin(x)", parts)


def p_m_q_vat_both_ways(rng: random.Random) -> Item:  # a price with VAT and with a discount
    price, p = rng.randint(40, 900), rng.choice([F(15, 2), F(25, 2), F(35, 2), F(5), F(8), F(21)])
    up, down = price * (1 + p / 100), price * (1 - p / 100)
    if not ok(up, down):
        return p_m_q_vat_both_ways(rng)
    label = f"{float(p):g}"
    return multi("P_m_q_vat_both_ways", f"€{price} plus {label}% VAT = ? and €{price} minus "
                 f"{label}% = ?", [money(up, "EUR"), money(down, "EUR")])


def p_m_q_pct_change_pair(rng: random.Random) -> Item:  # percentage change there and back
    a = rng.randint(20, 200)
    b = a + rng.randint(5, 60)
    up, down = F(b - a, a) * 100, F(a - b, b) * 100
    if not ok(up, down):
        return p_m_q_pct_change_pair(rng)
    return multi("P_m_q_pct_change_pair", f"percentage change from {a} to {b}? and from {b} "
                 f"back down to {a}?", [pct(up), pct(down)])


def p_m_q_heights_inches_cm(rng: random.Random) -> Item:  # a mean in inches, then in cm
    hs = [rng.randint(40, 62) for _ in range(rng.randint(3, 5))]
    m = F(sum(hs), len(hs))
    cm = m * INCH
    if not ok(m, cm):
        return p_m_q_heights_inches_cm(rng)
    return multi("P_m_q_heights_inches_cm", f"my kids are {', '.join(map(str, hs))} inches "
                 "tall. average height in inches, and in cm?",
                 [unit(m, "in", "inches", '"'), unit(cm, "cm", "centimetres", "centimeters")])


def p_m_q_plot_and_ounces(rng: random.Random) -> Item:  # a plot and ounces to grams
    a, b, oz = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(2, 32)
    g = oz * OZ
    if not ok(g) or b == 0:
        return p_m_q_plot_and_ounces(rng)
    return multi("P_m_q_plot_and_ounces", f"Could you plot y = {poly(a, b)} for me? And "
                 f"separately, how many grams is {oz} oz?", [unit(g, "g", "grams"), PLOT])


def p_m_q_solve_and_next_dose(rng: random.Random) -> Item:  # an equation and a dose time
    a, x = rng.randint(3, 12), rng.randint(4, 30)
    h, m, wait = rng.randint(1, 5), rng.choice([0, 15, 30, 45]), rng.choice([4, 6, 8])
    start = 12 * 60 + 60 * h + m
    return multi("P_m_q_solve_and_next_dose", f"{a}x = {a * x}, x? also took ibuprofen at "
                 f"{h}:{m:02d}pm and have to wait {wait} hours, when's the next one",
                 [root(x), clock(start + 60 * wait)])


def p_m_q_det_and_fahrenheit(rng: random.Random) -> Item:  # a determinant and °F to °C
    a, b, c, d = (rng.randint(-9, 9) for _ in range(4))
    f10 = rng.randint(300, 1050)
    cel = (F(f10, 10) - 32) * 5 / 9
    if a * d - b * c in (0, 1) or not ok(cel):
        return p_m_q_det_and_fahrenheit(rng)
    return multi("P_m_q_det_and_fahrenheit", f"det [[{a}, {b}], [{c}, {d}]] = ? and "
                 f"{float(F(f10, 10)):g} °F in celsius",
                 [[str(a * d - b * c)], unit(cel, "°C", "degrees Celsius", "C", "Celsius")])


def p_m_q_limit_and_percent(rng: random.Random) -> Item:  # a limit and a percentage
    k, j = rng.randint(2, 9), rng.randint(2, 9)
    p, base = rng.choice([3, 7, 11, 13]), rng.randint(50, 900)
    v, lim = F(p * base, 100), F(k, j)
    if not ok(v, lim) or k == j:
        return p_m_q_limit_and_percent(rng)
    return multi("P_m_q_limit_and_percent", f"limit of sin({k}x)/({j}x) as x -> 0? and {p}% of "
                 f"{base}?", [list(dict.fromkeys([str(lim), *forms(lim)])), forms(v)])


def p_m_q_water_and_zone(rng: random.Random) -> Item:  # daily water and a heart-rate target
    kg, age, p = rng.randint(45, 110), rng.randint(20, 70), rng.choice([60, 65, 70, 75, 85])
    bpm = F((220 - age) * p, 100)
    if not ok(bpm, places=0):
        return p_m_q_water_and_zone(rng)
    return multi("P_m_q_water_and_zone", f"two health q's: at 30 ml per kg, how much water a "
                 f"day for {kg} kg? and what's {p}% of max heart rate (220 minus age) at "
                 f"{age}?", [unit(F(30 * kg, 1000), "L", "litres", "liters", "l") +
                             unit(F(30 * kg), "ml", "mL"), [str(round(bpm))]])


QUICK: list[Family] = [
    p_m_q_three_quick, p_m_q_divide_and_f, p_m_q_root_power_fact, p_m_q_diff_and_antideriv,
    p_m_q_solve_and_bmi, p_m_q_feet_and_kilos, p_m_q_product_share_div,
    p_m_q_fraction_decimal, p_m_q_gcd_lcm, p_m_q_mean_and_tip, p_m_q_time_units,
    p_m_q_simplify_expand, p_m_q_speeds_both, p_m_q_square_cube, p_m_q_logs,
    p_m_q_hr_and_bmi, p_m_q_circle_both, p_m_q_big_numbers, p_m_q_oven_cups,
    p_m_q_definite_and_trig, p_m_q_vat_both_ways, p_m_q_pct_change_pair,
    p_m_q_heights_inches_cm, p_m_q_plot_and_ounces, p_m_q_solve_and_next_dose,
    p_m_q_det_and_fahrenheit, p_m_q_limit_and_percent, p_m_q_water_and_zone,
]
