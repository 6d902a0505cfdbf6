"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 6: chained asks where a
later part reuses an earlier result (distance then time, price then tax, dose then volume)."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout19_multi import (
    F,
    Req,
    Tie,
    clock,
    dec,
    glue,
    made,
    money,
    num,
    root,
    same,
    say_clock,
    whole,
)
from bench.data.agents.helpers import Family

Out = tuple[str, Req]


def c_miles_then_time(rng: random.Random) -> Out:
    m, v = rng.randint(4, 80), rng.choice([40, 50, 60, 80, 90, 100])
    km = m * F("1.609")
    t = rng.choice(
        [
            f"convert {m} miles to km (1 mile = 1.609 km), then how many minutes does "
            f"that take at {v} km/h? 1 decimal each",
            f"{m} mi in km please (1.609 km per mile, 1 dp) and then the driving time in "
            f"minutes at {v} km/h, 1 dp",
        ]
    )
    return t, [num(km, 1), same(km * 60 / v, r2(km, 1) * 60 / v, 1)]


def c_raise_then_convert(rng: random.Random) -> Out:
    price, up = rng.randint(20, 400), rng.choice([3, 4, 5, 8, 10, 12, 15])
    new = F(price * (100 + up), 100)
    t = rng.choice(
        [
            f"My rent share of €{price} goes up {up}%. What's the new amount, and what is "
            "that in dollars at 1 EUR = 1.17 USD?",
            f"€{price} plus {up}% = ? then convert the result to USD (rate 1.17)",
        ]
    )
    return t, [num(new), num(new * F("1.17"))]


def c_solve_then_plug(rng: random.Random) -> Out:
    a, x, b = rng.randint(2, 9), rng.randint(2, 12), rng.randint(1, 30)
    k = rng.randint(2, 9)
    t = rng.choice(
        [
            f"solve {a}x + {b} = {a * x + b}, then put that x into x^2 + {k}x",
            f"Find x if {a}x + {b} = {a * x + b}. After that, what's x² + {k}x for that x?",
        ]
    )
    t = glue(
        t,
        rng.choice([", and plot y = x^2 + {k}x", ". Also graph y = x^2 + {k}x please"]).format(k=k),
    )
    return t, [root(x), whole(x * x + k * x), PLOT]


def c_roots_then_min(rng: random.Random) -> Out:
    r1, r2 = sorted(rng.sample(range(-6, 10), 2))
    if (r1 + r2) % 2:
        raise Tie
    b, c = -(r1 + r2), r1 * r2
    q = (
        "x^2"
        + (f" {'+' if b > 0 else '-'} {abs(b)}x" if b else "")
        + (f" {'+' if c > 0 else '-'} {abs(c)}" if c else "")
    )
    vx = (r1 + r2) // 2
    t = rng.choice(
        [
            f"roots of y = {q}? and then the lowest value y reaches",
            f"Solve {q} = 0, then give me the minimum of y = {q}",
        ]
    )
    t = glue(t, rng.choice([" — and plot it", ". Plot the parabola too."]))
    return t, [root(r1), root(r2), [f"{vx * vx + b * vx + c}"], PLOT]


def c_imperial_bmi(rng: random.Random) -> Out:
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(105, 260)
    cm, kg = (12 * ft + inch) * F("2.54"), lb * F("0.4536")
    exact = kg / (cm / 100) ** 2
    rounded = num(kg, 1)[0], num(cm, 1)[0]
    alt = F(rounded[0]) / (F(rounded[1]) / 100) ** 2
    if num(exact, 1) != num(alt, 1):
        raise Tie
    t = rng.choice(
        [
            f"I'm {ft}'{inch}\" and {lb} lb. Height in cm (1 in = 2.54 cm) and weight in kg "
            "(1 lb = 0.4536 kg), both to 1 dp, then my BMI to 1 decimal",
            f"convert {ft} ft {inch} in and {lb} pounds to metric (2.54 cm/in, 0.4536 kg/lb, "
            "1 decimal), then work out BMI (1 dp)",
        ]
    )
    return t, [num(cm, 1), num(kg, 1), num(exact, 1)]


def c_recipe_scale(rng: random.Random) -> Out:
    base, want, g = rng.choice([2, 4, 6, 8]), rng.choice([3, 5, 6, 10, 12]), rng.randint(8, 60) * 10
    if base == want:
        raise Tie
    need = F(g * want, base)
    food = rng.choice(["flour", "rice", "sugar", "pasta", "oats"])
    t = rng.choice(
        [
            f"A recipe for {base} uses {g} g of {food}. How many grams for {want} people, "
            "and how many ounces is that (1 oz = 28.35 g, 1 dp)?",
            f"scaling {g}g {food} from {base} servings to {want} - grams? then in oz, 1 "
            "decimal, 28.35 g per oz",
        ]
    )
    return t, [num(need, 1), same(need / F("28.35"), r2(need, 1) / F("28.35"), 1)]


def c_fuel_mpg(rng: random.Random) -> Out:
    miles, mpg, price = (
        rng.randint(60, 600),
        rng.choice([22, 25, 28, 30, 32, 35, 40, 45]),
        F(rng.randint(289, 489), 100),
    )
    gal = F(miles, mpg)
    t = rng.choice(
        [
            f"Road trip of {miles} miles, my car does {mpg} mpg. How many gallons (2 dp), "
            f"and the fuel cost at ${money(price)} a gallon?",
            f"{miles} mi at {mpg} miles per gallon: gallons needed to 2 decimals, then cost at "
            f"${money(price)}/gal",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And how many km is the trip (1 mile = 1.609 km, 1 dp)?",
                "; also the distance in km, 1.609 km/mi, 1 decimal",
            ]
        ),
    )
    return t, [num(gal), same(gal * price, r2(gal) * price), num(miles * F("1.609"), 1)]


def c_fuel_litres(rng: random.Random) -> Out:
    km, use, price = rng.randint(80, 900), F(rng.randint(45, 95), 10), F(rng.randint(149, 199), 100)
    litres = km * use / 100
    t = rng.choice(
        [
            f"I'm driving {km} km and the car uses {dec(use)} L/100 km. Litres needed (1 "
            f"dp), and the cost at €{money(price)} per litre?",
            f"fuel for {km} km at {dec(use)} l per 100km? then cost @ €{money(price)}/L",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " Also, the litres in US gallons (1 gal = 3.785 L, 2 dp)?",
                "; and that fuel in US gallons @ 3.785 L/gal, 2 decimals",
            ]
        ),
    )
    return t, [
        num(litres, 1),
        same(litres * price, r2(litres, 1) * price),
        same(litres / F("3.785"), r2(litres, 1) / F("3.785")),
    ]


def c_wage_year(rng: random.Random) -> Out:
    rate, hours = F(rng.randint(1400, 4200), 100), rng.choice([20, 25, 30, 35, F(75, 2), 40])
    week = rate * hours
    t = rng.choice(
        [
            f"I earn ${money(rate)} an hour for {dec(F(hours))} hours a week. Weekly pay, "
            "and yearly over 52 weeks?",
            f"${money(rate)}/hr × {dec(F(hours))} hrs: what's that per week and then per "
            "year (52 wks)",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And the yearly figure in euros at $1 = €0.86?",
                " + yearly in EUR (1 USD = 0.86 EUR)",
            ]
        ),
    )
    return t, [num(week), num(week * 52), num(week * 52 * F("0.86"))]


def c_sale_then_tax(rng: random.Random) -> Out:
    price, off, tax = (
        rng.randint(25, 400),
        rng.choice([10, 15, 20, 25, 30, 40]),
        rng.choice([5, 6, 7, 8, F(85, 10), F(925, 100)]),
    )
    after = F(price * (100 - off), 100)
    t = rng.choice(
        [
            f"Shoes are ${price} with {off}% off, then {dec(F(tax))}% sales tax on the "
            "sale price. Sale price? Final price?",
            f"${price} item, {off}% discount first, then add {dec(F(tax))}% tax — give me "
            "both the discounted and the final price",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And the final price in euros at 1 USD = 0.86 EUR?",
                " Then convert the final to GBP at $1 = £0.79.",
            ]
        ),
    )
    fin = after * (100 + F(tax)) / 100
    rt = F("0.86" if "euro" in t else "0.79")
    return t, [num(after), num(fin), same(fin * rt, r2(fin) * rt)]


def c_timezone_meeting(rng: random.Random) -> Out:
    start, shift, length = (
        rng.randint(16, 40) * 30,
        rng.choice([5, 6, 8, 9]),
        rng.choice([45, 60, 75, 90, 105, 120]),
    )
    city = {5: "New York", 6: "Chicago", 8: "Los Angeles", 9: "Anchorage"}[shift]
    t = rng.choice(
        [
            f"A call is at {say_clock(start, rng)} London time. What time is that in {city} "
            f"({shift} hours behind), and when does it end there if it runs {length} min?",
            f"meeting {say_clock(start, rng)} UK time, {city} is {shift}h behind. start in "
            f"{city}? end if it lasts {length} minutes?",
        ]
    )
    rate = rng.choice([F("0.12"), F("0.09"), F("0.15"), F("0.2")])
    t = glue(t, f" The call costs ${money(rate)} a minute — total cost?")
    return t, [clock(start - shift * 60), clock(start - shift * 60 + length), num(rate * length)]


def c_dose_then_ml(rng: random.Random) -> Out:
    w, per = rng.randint(8, 40), rng.choice([10, 15])
    conc = rng.choice([(120, 5), (160, 5), (250, 5), (200, 5)])
    mg = w * per
    t = rng.choice(
        [
            f"My child weighs {w} kg. At {per} mg/kg, what's the dose in mg, and how many ml "
            f"of a {conc[0]} mg per {conc[1]} ml syrup is that (1 dp)?",
            f"{per} mg per kg for {w} kg = ? mg. then ml of {conc[0]}mg/{conc[1]}ml liquid, "
            "1 decimal",
        ]
    )
    return t, [[*whole(mg), f"{mg} mg"], num(F(mg * conc[1], conc[0]), 1)]


def c_lb_then_water(rng: random.Random) -> Out:
    lb, per = rng.randint(100, 280), rng.choice([30, 33, 35])
    kg = lb * F("0.4536")
    t = rng.choice(
        [
            f"I weigh {lb} lb. What's that in kg (1 lb = 0.4536 kg, 1 dp), and how much water "
            f"should I drink at {per} ml per kg, in litres (2 dp)?",
            f"convert {lb} lbs to kg (0.4536, 1 decimal) then daily water at {per} ml/kg in "
            "L to 2 dp",
        ]
    )
    return t, [num(kg, 1), same(kg * per / 1000, r2(kg, 1) * per / 1000)]


def c_save_bonus(rng: random.Random) -> Out:
    per, weeks, bonus = rng.randint(15, 150), rng.randint(10, 52), rng.choice([2, 3, 5, 10])
    total = per * weeks
    t = rng.choice(
        [
            f"If I save ${per} a week for {weeks} weeks, how much will I have, and how much "
            f"after a {bonus}% bonus on that?",
            f"${per}/week × {weeks} weeks saved, then the bank adds {bonus}%. before and after?",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And the after-bonus amount in pounds at $1 = £0.79?",
                " Convert the final to GBP too (0.79).",
            ]
        ),
    )
    return t, [
        num(F(total)),
        num(F(total * (100 + bonus), 100)),
        num(F(total * (100 + bonus), 100) * F("0.79")),
    ]


def c_wall_paint(rng: random.Random) -> Out:
    w, h = F(rng.randint(20, 70), 10), F(rng.randint(22, 30), 10)
    cover, coats = rng.choice([8, 10, 12]), rng.choice([1, 2])
    area = w * h
    t = rng.choice(
        [
            f"A wall is {dec(w)} m wide and {dec(h)} m high. Area in m², and how many litres "
            f"of paint for {coats} coat{'s' if coats > 1 else ''} at {cover} m² per litre "
            "(2 dp)?",
            f"wall {dec(w)} x {dec(h)} m: area? then litres needed, {coats} coat(s), paint "
            f"covers {cover} m2/L, 2 decimals",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " Also the area in sq ft (1 m² = 10.764 sq ft, 1 dp).",
                " And the wall area in square feet, 10.764 per m², 1 decimal?",
            ]
        ),
    )
    return t, [num(area), num(area * coats / cover), num(area * F("10.764"), 1)]


def c_speed_units(rng: random.Random) -> Out:
    km, mins = rng.choice([5, 8, 10, 12, 15, 21]), rng.randint(22, 130)
    kmh = F(km * 60, mins)
    t = rng.choice(
        [
            f"I ran {km} km in {mins} minutes. Average speed in km/h (2 dp), then in mph "
            "(1 mile = 1.609 km, 2 dp)?",
            f"{km}k in {mins} min → km/h? and mph using 1.609 km per mile (both 2 decimals)",
        ]
    )
    return t, [num(kmh), same(kmh / F("1.609"), r2(kmh) / F("1.609"))]


def c_oven_timer(rng: random.Random) -> Out:
    f, mins, start = (
        rng.choice([325, 340, 350, 375, 390, 400, 425, 450]),
        rng.choice([25, 35, 40, 45, 50, 55, 70, 80]),
        rng.randint(200, 250) * 5,
    )
    t = rng.choice(
        [
            f"Recipe says bake at {f}°F for {mins} min. What's that in °C (nearest degree), "
            f"and if it goes in at {say_clock(start, rng)} when is it done?",
            f"{f}F to celsius rounded to a whole degree? + when to take it out if in at "
            f"{say_clock(start, rng)} for {mins} minutes",
        ]
    )
    return t, [num(F(f - 32) * 5 / 9, 0), clock(start + mins)]


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        c_miles_then_time,
        c_raise_then_convert,
        c_solve_then_plug,
        c_roots_then_min,
        c_imperial_bmi,
        c_recipe_scale,
        c_fuel_mpg,
        c_fuel_litres,
        c_wage_year,
        c_sale_then_tax,
        c_timezone_meeting,
        c_dose_then_ml,
        c_lb_then_water,
        c_save_bonus,
        c_wall_paint,
        c_speed_units,
        c_oven_timer,
    )
]
