"""Round 9 (``Y_m_*``, dev now), several quick asks in one message and everyday money or
travel sums whose first result is reused (part of
:data:`bench.data.agents.heldout9_multi.FAMILIES`)."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import (
    GALLON,
    LB,
    MILE,
    OZ,
    SQ_FT,
    F,
    Fraction,
    Item,
    convert,
    forms,
    money,
    multi,
    show,
    tie,
    unit,
)


def pct(x: Fraction) -> list[str]:
    return [f"{v}{s}" for v in forms(x) for s in ("%", " %", " percent")]


def y_m_quick_trio(rng: random.Random) -> Item:  # a percentage, a product and a square root
    p, base, a, b, n = rng.randint(3, 35), rng.randint(4, 90) * 10, rng.randint(12, 99), \
        rng.randint(12, 99), rng.randint(12, 45)
    share = F(p * base, 100)
    return multi("Y_m_quick_trio", f"quick ones: {p}% of {base}, {a}*{b}, and the square root "
                 f"of {n * n}", [forms(share), forms(F(a * b), 0), [str(n)]])


def y_m_fraction_feet(rng: random.Random) -> Item:  # a fraction as a decimal, feet in metres
    num, den = rng.choice([(1, 8), (3, 8), (5, 8), (7, 8), (3, 16), (5, 16), (7, 20), (9, 40)])
    ft = rng.randint(3, 40)
    m = ft * F("0.3048")
    if tie(m):
        return y_m_fraction_feet(rng)
    return multi("Y_m_fraction_feet", f"what is {num}/{den} as a decimal? and {ft} feet in "
                 "metres?", [[show(F(num, den))], forms(m)])


def y_m_root_and_km(rng: random.Random) -> Item:  # a square root and miles to km
    n, miles = rng.randint(11, 60), rng.randint(3, 300)
    if tie(miles * MILE):
        return y_m_root_and_km(rng)
    return multi("Y_m_root_and_km", f"Two things: sqrt({n * n}) and {miles} miles in km.",
                 [[str(n)], forms(miles * MILE)])


def y_m_limit_integral(rng: random.Random) -> Item:  # a limit and a definite integral
    a, c, b = rng.randint(1, 9), rng.randint(2, 9), rng.randint(2, 9)
    lim, area = F(a, c), F(b ** 3, 3)
    if lim.denominator == 1 or tie(lim):
        return y_m_limit_integral(rng)
    return multi("Y_m_limit_integral", f"what's the limit of sin({a}x)/({c}x) as x goes to 0, "
                 f"and the integral of x^2 from 0 to {b}?",
                 [list(dict.fromkeys([str(lim), *forms(lim)])),
                  list(dict.fromkeys([str(area), *forms(area)]))])


def y_m_det_pounds(rng: random.Random) -> Item:  # a 2x2 determinant and kilograms to pounds
    a, b, c, d = (rng.randint(1, 12) for _ in range(4))
    kg = rng.randint(2, 120)
    if tie(kg / LB):
        return y_m_det_pounds(rng)
    return multi("Y_m_det_pounds", f"determinant of [[{a}, {b}], [{c}, {d}]]? also {kg} kg in "
                 "pounds", [[str(a * d - b * c)], forms(kg / LB)])


def y_m_integral_product(rng: random.Random) -> Item:  # a definite integral and a product
    b, p, q = rng.randint(2, 12), rng.randint(11, 49), rng.randint(11, 49)
    return multi("Y_m_integral_product", f"integrate 2x + 1 from 0 to {b}, then separately "
                 f"what is {p} times {q}", [[str(b * b + b)], forms(F(p * q), 0)])


def y_m_percent_oven(rng: random.Random) -> Item:  # a percentage and °C to °F
    p, base, c = rng.choice([5, 12, 15, 20, 35]), rng.randint(3, 60) * 20, rng.randint(-20, 40)
    return multi("Y_m_percent_oven", f"whats {p} percent of {base} and {c} degrees C in F",
                 [forms(F(p * base, 100)), forms(F(c * 9, 5) + 32)])


def y_m_factorial_miles(rng: random.Random) -> Item:  # a factorial and miles to kilometres
    n, miles = rng.randint(5, 10), F(rng.randint(20, 300), 10)
    if tie(miles * MILE):
        return y_m_factorial_miles(rng)
    fact = 1
    for k in range(2, n + 1):
        fact *= k
    return multi("Y_m_factorial_miles", f"{n}! = ? and how many km is {show(miles)} miles?",
                 [forms(F(fact), 0), forms(miles * MILE)])


def y_m_race_speed(rng: random.Random) -> Item:  # a race time: km/h, then mph
    km = rng.choice([F(5), F(10), F("21.0975"), F("42.195")])
    minutes = rng.randint(int(km * 3), int(km * 8))
    kmh = km / F(minutes, 60)
    if tie(kmh) or tie(kmh / MILE):
        return y_m_race_speed(rng)
    h, m = divmod(minutes, 60)
    took = f"{h}h {m:02d}m" if h else f"{m} minutes"
    return multi("Y_m_race_speed", f"did {show(km)} km in {took}. average speed in km/h? "
                 "and in mph?", [forms(kmh), forms(kmh / MILE)])


def y_m_drive_speed(rng: random.Random) -> Item:  # miles and a time: mph, then km/h
    miles, quarters = rng.randint(40, 500), rng.randint(4, 36)
    mph = miles / F(quarters, 4)
    if tie(mph) or tie(mph * MILE) or quarters % 4 == 0:
        return y_m_drive_speed(rng)
    return multi("Y_m_drive_speed", f"We drove {miles} miles in {show(F(quarters, 4))} hours. "
                 "What was our average speed in mph, and what's that in km/h?",
                 [forms(mph), forms(mph * MILE)])


def y_m_room_area(rng: random.Random) -> Item:  # room dimensions: square metres, square feet
    w, d = F(rng.randint(20, 80), 10), F(rng.randint(20, 80), 10)
    if tie(w * d / SQ_FT):
        return y_m_room_area(rng)
    return multi("Y_m_room_area", f"room is {show(w)}m by {show(d)}m. area in square metres, "
                 "and in square feet?", [forms(w * d), forms(w * d / SQ_FT)])


def y_m_recipe_scale(rng: random.Random) -> Item:  # scale a recipe, then grams to ounces
    g, serves, want = rng.choice([150, 200, 250, 300, 400, 500]), rng.choice([2, 4, 6]), \
        rng.randint(3, 12)
    need = F(g * want, serves)
    if want == serves or tie(need) or tie(need / OZ):
        return y_m_recipe_scale(rng)
    return multi("Y_m_recipe_scale", f"recipe uses {g} g of flour for {serves} people. I'm "
                 f"cooking for {want} - how much flour, and how many ounces is that?",
                 [unit(need, "g", "grams"), unit(need / OZ, "oz", "ounces")])


def y_m_fuel_trip(rng: random.Random) -> Item:  # fuel for a trip, then its cost
    km, use, price = rng.randint(80, 900), F(rng.randint(45, 95), 10), F(rng.randint(150, 210), 100)
    litres = km * use / 100
    if tie(litres) or tie(litres * price):
        return y_m_fuel_trip(rng)
    return multi("Y_m_fuel_trip", f"driving {km} km, car uses {show(use)} L/100km and fuel "
                 f"is €{float(price):.2f} a litre."
                 " how many litres will I use and what will it cost?",
                 [unit(litres, "litres", "liters", "L"), money(litres * price, "EUR")])


def y_m_compound(rng: random.Random) -> Item:  # compound interest: balance and interest
    p, r, y = rng.randint(10, 200) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 10)
    bal = p * F(100 + r, 100) ** y
    if tie(bal):
        return y_m_compound(rng)
    return multi("Y_m_compound", f"If I put ${p:,} in at {r}% interest compounded yearly for "
                 f"{y} years, what will it be worth, and how much of that is interest?",
                 [forms(bal), forms(bal - p)])


def y_m_sale_euros(rng: random.Random) -> Item:  # a discounted price, then in euros
    price, off = rng.randint(20, 400), rng.choice([10, 15, 20, 25, 30, 40, 50])
    paid = F(price * (100 - off), 100)
    if tie(paid) or tie(convert(paid, "USD", "EUR")):
        return y_m_sale_euros(rng)
    return multi("Y_m_sale_euros", f"jacket is ${price} with {off}% off. what do I actually "
                 "pay, and what's that in euros?", [forms(paid), money(convert(paid, "USD",
                                                                                "EUR"), "EUR")])


def y_m_salary(rng: random.Random) -> Item:  # a salary per hour and per month
    year, hours = rng.randint(24, 120) * 1000, rng.choice([35, 37, 38, 40])
    hourly, monthly = F(year, 52 * hours), F(year, 12)
    if tie(hourly) or tie(monthly):
        return y_m_salary(rng)
    return multi("Y_m_salary", f"I earn {year:,} a year and work {hours} hours a week, 52 weeks. "
                 "What's that per hour, and per month?", [forms(hourly), forms(monthly)])


def y_m_dinner_gbp(rng: random.Random) -> Item:  # a euro bill split, each share in pounds
    bill, n = F(rng.randint(4000, 30000), 100), rng.randint(2, 6)
    each = bill / n
    gbp = convert(each, "EUR", "GBP")
    if tie(each) or tie(gbp):
        return y_m_dinner_gbp(rng)
    return multi("Y_m_dinner_gbp", f"dinner came to €{float(bill):.2f}, split {n} ways. how "
                 "much each, and what's one share in pounds?", [forms(each), money(gbp, "GBP")])


def y_m_rent_dollars(rng: random.Random) -> Item:  # monthly rent in pounds: a year, in dollars
    rent = rng.randint(40, 250) * 10
    usd = convert(F(rent * 12), "GBP", "USD")
    if tie(usd):
        return y_m_rent_dollars(rng)
    return multi("Y_m_rent_dollars", f"Rent's £{rent} a month. How much is that per year, and "
                 "what is the yearly amount in US dollars?", [forms(F(rent * 12), 0),
                                                             money(usd, "USD")])


def y_m_rise_again(rng: random.Random) -> Item:  # a percentage rise, applied a second time
    old, new = rng.randint(20, 200), 0
    new = old + rng.randint(2, 40)
    rise = F(new - old, old) * 100
    again = new * F(new, old)
    if tie(rise) or tie(again):
        return y_m_rise_again(rng)
    return multi("Y_m_rise_again", f"price went from {old} to {new}. what % increase is that, "
                 "and if it goes up by the same % again what will it be?",
                 [pct(rise), forms(again)])


def y_m_pool_volume(rng: random.Random) -> Item:  # a pool's volume in litres and US gallons
    a, b, d = rng.randint(4, 12), rng.randint(3, 6), F(rng.randint(8, 20), 10)
    litres = a * b * d * 1000
    if tie(litres / GALLON):
        return y_m_pool_volume(rng)
    return multi("Y_m_pool_volume", f"pool is {a} m long, {b} m wide, {show(d)} m deep. how "
                 "many litres does it hold, and how many US gallons?",
                 [unit(litres, "litres", "liters", "L"), forms(litres / GALLON)])


def y_m_tip_split(rng: random.Random) -> Item:  # a tip on a bill, then each person's share
    bill, p, n = F(rng.randint(2000, 25000), 100), rng.choice([10, 15, 18, 20]), rng.randint(2, 6)
    tip = bill * p / 100
    each = (bill + tip) / n
    if tie(tip) or tie(each):
        return y_m_tip_split(rng)
    return multi("Y_m_tip_split", f"bill is ${float(bill):.2f}, we want to leave {p}% and "
                 f"split it {n} ways. how much is the tip and how much does each of us pay?",
                 [forms(tip), forms(each)])


def y_m_spend_total_eur(rng: random.Random) -> Item:  # a list of spends: total and in euros
    spends = [F(rng.randint(150, 6000), 100) for _ in range(rng.randint(3, 6))]
    total = sum(spends, F(0))
    if tie(convert(total, "USD", "EUR")):
        return y_m_spend_total_eur(rng)
    listed = ", ".join(f"${float(s):.2f}" for s in spends)
    return multi("Y_m_spend_total_eur", f"spent {listed} this week. what's the total and what "
                 "is it in euros?", [forms(total), money(convert(total, "USD", "EUR"), "EUR")])


QUICK = [y_m_quick_trio, y_m_fraction_feet, y_m_root_and_km, y_m_limit_integral, y_m_det_pounds,
         y_m_integral_product, y_m_percent_oven, y_m_factorial_miles, y_m_race_speed,
         y_m_drive_speed, y_m_room_area, y_m_recipe_scale, y_m_fuel_trip, y_m_compound,
         y_m_sale_euros, y_m_salary, y_m_dinner_gbp, y_m_rent_dollars, y_m_rise_again,
         y_m_pool_volume, y_m_tip_split, y_m_spend_total_eur]
