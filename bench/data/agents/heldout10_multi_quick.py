"""Round 10 (``Z_m_*``, dev now) multi-part families: several quick asks in one message, and
a result that is reused in the next step ("... then double it")."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout10_multi_common import (
    GALLON,
    LB,
    MILE,
    OZ,
    SQ_FT,
    F,
    Item,
    convert,
    expr,
    forms,
    money,
    multi,
    r2,
    root,
    show,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

KM = ("km", "kilometres", "kilometers")


def whole(n: int) -> list[str]:
    return forms(F(n), 0)


# --- several quick asks ------------------------------------------------------------------

def z_m_q_percent_root(rng: random.Random) -> Item:  # a percentage and a square root
    pct, n, k = rng.choice([15, 25, 35, 45, 8]), rng.randint(60, 980), rng.randint(12, 45)
    return multi("Z_m_q_percent_root", f"quick ones: {pct}% of {n}? square root of {k * k}?",
                 [forms(F(pct * n, 100)), [str(k)]])


def z_m_q_times_miles(rng: random.Random) -> Item:  # a product and a distance
    a, b, km = rng.randint(13, 99), rng.randint(13, 99), rng.randint(3, 50)
    if tie(km / MILE):
        return z_m_q_times_miles(rng)
    return multi("Z_m_q_times_miles", f"what's {a}×{b}, and how many miles is {km} km?",
                 [whole(a * b), unit(km / MILE, "mi", "miles")])


def z_m_q_numbered(rng: random.Random) -> Item:  # a numbered list of three asks
    a, b = rng.randint(120, 4999), rng.randint(120, 4999)
    pct, n, mph = rng.choice([12, 18, 22]), rng.randint(30, 400), rng.randint(20, 90)
    if tie(mph * MILE):
        return z_m_q_numbered(rng)
    return multi("Z_m_q_numbered", f"1) {a} + {b}\n2) {pct}% of {n}\n3) {mph} mph in km/h",
                 [whole(a + b), forms(F(pct * n, 100)), unit(mph * MILE, "km/h", "kph")])


def z_m_q_gcd_lcm(rng: random.Random) -> Item:  # greatest common divisor and least multiple
    g = rng.randint(2, 15)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    if a == b:
        return z_m_q_gcd_lcm(rng)
    return multi("Z_m_q_gcd_lcm", f"GCD and LCM of {a} and {b}?",
                 [[str(math.gcd(a, b))], whole(math.lcm(a, b))])


def z_m_q_power_decimal(rng: random.Random) -> Item:  # a power and a fraction as a decimal
    base, e = rng.choice([2, 3, 7]), rng.randint(5, 12)
    num, den = rng.choice([(3, 8), (5, 16), (7, 8), (11, 16), (9, 32), (3, 40), (17, 20)])
    return multi("Z_m_q_power_decimal", f"can you tell me {base}^{e} and also {num}/{den} as a "
                 "decimal", [whole(base ** e), [show(F(num, den))]])


def z_m_q_solve_ounces(rng: random.Random) -> Item:  # an equation and grams to ounces
    a, x, g = rng.randint(3, 12), rng.randint(2, 30), rng.choice([100, 125, 200, 250, 340, 454])
    if tie(g / OZ):
        return z_m_q_solve_ounces(rng)
    return multi("Z_m_q_solve_ounces", f"Solve {a}x = {a * x}. Also, how many ounces are in "
                 f"{g} g?", [root(x), unit(g / OZ, "oz", "ounces")])


def z_m_q_tip_feet(rng: random.Random) -> Item:  # a tip on a bill and metres to feet
    bill, pct, m = F(rng.randint(1500, 15000), 100), rng.choice([15, 18, 20]), rng.randint(2, 30)
    feet = m / (12 * F("0.0254"))
    if tie(bill * pct / 100) or tie(feet):
        return z_m_q_tip_feet(rng)
    return multi("Z_m_q_tip_feet", f"two things — {pct}% tip on ${float(bill):.2f}, and "
                 f"{m} metres in feet", [forms(bill * pct / 100), unit(feet, "ft", "feet")])


def z_m_q_cube_root_factorial(rng: random.Random) -> Item:  # a cube root and a factorial
    k, n = rng.randint(6, 25), rng.randint(5, 10)
    return multi("Z_m_q_cube_root_factorial", f"Cube root of {k ** 3}, and {n}!",
                 [[str(k)], whole(math.factorial(n))])


def z_m_q_gallons_sum(rng: random.Random) -> Item:  # gallons to litres and a sum
    gal, a, b = rng.randint(2, 25), rng.randint(100, 9999), rng.randint(100, 9999)
    if tie(gal * GALLON):
        return z_m_q_gallons_sum(rng)
    return multi("Z_m_q_gallons_sum", f"how many litres in {gal} US gallons? oh and {a} plus "
                 f"{b}", [unit(gal * GALLON, "L", "litres", "liters"), whole(a + b)])


def z_m_q_derivative_stone(rng: random.Random) -> Item:  # a derivative and stones to kg
    a, st = rng.randint(2, 12), rng.randint(7, 20)
    kg = st * 14 * LB
    if tie(kg):
        return z_m_q_derivative_stone(rng)
    return multi("Z_m_q_derivative_stone", f"derivative of x^3 + {a}x^2 ... and separately, "
                 f"what's {st} stone in kg?", [expr(f"3x^2 + {2 * a}x"),
                                               unit(kg, "kg", "kilograms")])


def z_m_q_percent_change_eur(rng: random.Random) -> Item:  # a percentage rise and a conversion
    old = rng.randint(40, 400)
    new = old + rng.randint(3, 120)
    rise = F(new - old, old) * 100
    if tie(rise) or tie(convert(F(new), "USD", "EUR")):
        return z_m_q_percent_change_eur(rng)
    return multi("Z_m_q_percent_change_eur", f"price went from ${old} to ${new}. by what "
                 f"percent did it go up? and what's ${new} in euros?",
                 [[f"{v}%" for v in forms(rise)] + [f"{v} percent" for v in forms(rise)],
                  money(convert(F(new), "USD", "EUR"), "EUR")])


# --- a result reused ----------------------------------------------------------------------

def z_m_c_product_double(rng: random.Random) -> Item:  # a product, then doubled
    a, b = rng.randint(21, 99), rng.randint(21, 99)
    return multi("Z_m_c_product_double", f"what's {a} * {b}? then double it",
                 [whole(a * b), whole(2 * a * b)])


def z_m_c_discount_then_add(rng: random.Random) -> Item:  # take a percentage off, then add
    n, pct, add = rng.randint(200, 3000), rng.choice([12, 18, 24, 35]), rng.randint(10, 90)
    cut = F(n * (100 - pct), 100)
    return multi("Z_m_c_discount_then_add", f"Start with {n}, take off {pct}%, then add {add}. "
                 "What do you get at each step?", [forms(cut), forms(cut + add)])


def z_m_c_room_square_feet(rng: random.Random) -> Item:  # an area, then in square feet
    a, b = F(rng.randint(20, 80), 10), F(rng.randint(20, 80), 10)
    area = a * b
    if tie(area) or tie(area / SQ_FT):
        return z_m_c_room_square_feet(rng)
    return multi("Z_m_c_room_square_feet", f"my room is {show(a)} m by {show(b)} m. area in m², "
                 "and in square feet?", [unit(area, "m²", "m2", "square metres",
                                              "square meters"),
                                         unit(area / SQ_FT, "sq ft", "square feet", "ft²")])


def z_m_c_recipe_ounces(rng: random.Random) -> Item:  # scale a recipe, then grams to ounces
    base, g, want = rng.choice([2, 4, 6]), rng.choice([150, 200, 250, 300, 350, 450]), \
        rng.randint(3, 10)
    grams = F(g * want, base)
    if want == base or tie(grams) or tie(grams / OZ):
        return z_m_c_recipe_ounces(rng)
    return multi("Z_m_c_recipe_ounces", f"recipe serves {base} and uses {g} g of flour. I'm "
                 f"cooking for {want} — how much flour, and what's that in ounces?",
                 [unit(grams, "g", "grams"), unit(grams / OZ, "oz", "ounces")])


def z_m_c_mpg_litres(rng: random.Random) -> Item:  # fuel economy, then L/100 km
    miles, gal = rng.randint(150, 600), rng.randint(6, 20)
    mpg = F(miles, gal)
    l100 = gal * GALLON * 100 / (miles * MILE)
    if tie(mpg) or tie(l100):
        return z_m_c_mpg_litres(rng)
    return multi("Z_m_c_mpg_litres", f"Drove {miles} miles on {gal} US gallons. What's my mpg, "
                 "and what is that in litres per 100 km?", [unit(mpg, "mpg"),
                                                            unit(l100, "L/100 km", "L/100km")])


def z_m_c_weekly_yearly_pay(rng: random.Random) -> Item:  # weekly pay, then a year of it
    rate, hours = F(rng.randint(1200, 4500), 100), rng.choice([F(35), F("37.5"), F(40), F(20)])
    week = rate * hours
    if tie(week):
        return z_m_c_weekly_yearly_pay(rng)
    return multi("Z_m_c_weekly_yearly_pay", f"I get ${float(rate):.2f}/hr for {show(hours)} "
                 "hours a week. weekly pay? and for 52 weeks?", [forms(week),
                                                                forms(r2(week) * 52)]) \
        if r2(week) * 52 == r2(week * 52) else z_m_c_weekly_yearly_pay(rng)


def z_m_c_drive_hours_km(rng: random.Random) -> Item:  # time for a trip, and its km
    mph, miles = rng.choice([40, 50, 60, 65, 70]), rng.randint(30, 500)
    hours = F(miles, mph)
    if tie(hours) or tie(miles * MILE):
        return z_m_c_drive_hours_km(rng)
    return multi("Z_m_c_drive_hours_km", f"If I drive {miles} miles at {mph} mph how many hours "
                 "will it take? and how far is that in km?",
                 [unit(hours, "hours", "h"), unit(miles * MILE, *KM)])


def z_m_c_simple_interest(rng: random.Random) -> Item:  # interest, then the total
    p, r, t = rng.randint(10, 200) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 9)
    i = F(p * r * t, 100)
    return multi("Z_m_c_simple_interest", f"${p:,} at {r}% simple interest for {t} years — "
                 "how much interest, and what's the total at the end?",
                 [forms(i), forms(p + i)])


def z_m_c_compound(rng: random.Random) -> Item:  # compound growth, then the gain
    p, r, t = rng.randint(5, 100) * 100, rng.choice([3, 4, 5, 6, 7]), rng.randint(2, 6)
    final = p * F(100 + r, 100) ** t
    if tie(final) or tie(final - p):
        return z_m_c_compound(rng)
    return multi("Z_m_c_compound", f"if I put ${p} in at {r}% compounded yearly, what will "
                 f"it be after {t} years and how much of that is interest?",
                 [forms(final), forms(final - p)])


def z_m_c_average_times(rng: random.Random) -> Item:  # a mean, then multiplied
    xs = [rng.randint(5, 60) for _ in range(rng.randint(4, 6))]
    k = rng.randint(3, 12)
    mean = F(sum(xs), len(xs))
    if tie(mean) or tie(mean * k):
        return z_m_c_average_times(rng)
    return multi("Z_m_c_average_times", "average of " + ", ".join(map(str, xs)) + f", then "
                 f"times that by {k}", [forms(mean), forms(mean * k)])


QUICK: list[Family] = [
    z_m_q_percent_root, z_m_q_times_miles, z_m_q_numbered, z_m_q_gcd_lcm, z_m_q_power_decimal,
    z_m_q_solve_ounces, z_m_q_tip_feet, z_m_q_cube_root_factorial, z_m_q_gallons_sum,
    z_m_q_derivative_stone, z_m_q_percent_change_eur, z_m_c_product_double,
    z_m_c_discount_then_add, z_m_c_room_square_feet, z_m_c_recipe_ounces, z_m_c_mpg_litres,
    z_m_c_weekly_yearly_pay, z_m_c_drive_hours_km, z_m_c_simple_interest, z_m_c_compound,
    z_m_c_average_times,
]
