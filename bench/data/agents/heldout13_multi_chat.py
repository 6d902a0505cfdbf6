"""Round 13 (``K_m_*``, dev now): chatty messages with a story around two or three asks,
the way people write to an assistant in a chat app."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    LB,
    MEAN,
    MILE,
    OZ,
    PLOT,
    F,
    Made,
    at,
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    dp12,
    expr,
    image_recipe,
    named,
    need,
    num,
    ok2,
    r2,
    receipt,
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


@fam
def trip_budget(r: random.Random) -> Made:  # a holiday budget: per day, in euros
    total, days = r.randint(8, 60) * 50, r.randint(3, 14)
    per = F(total, days)
    eur = convert(F(total), "USD", "EUR")
    ok2(per, eur)
    return (f"ok so we've saved ${total} for a {days}-day trip to Lisbon. how much is that per "
            "day, and what's the whole budget in euros?", [num(r2(per)), cash(r2(eur), "EUR")])


@fam
def baking_scale(r: random.Random) -> Made:  # scale a recipe and convert the oven
    grams, serves, want = r.choice([200, 250, 300, 350, 400]), r.choice([4, 6, 8]), \
        r.choice([2, 3, 5, 10, 12])
    need(want != serves)
    g = F(grams * want, serves)
    f = r.choice([160, 170, 180, 190, 200, 220])
    ok2(g)
    return (f"recipe is for {serves} people and uses {grams}g of sugar at {f}°C. I'm cooking "
            f"for {want}. how much sugar, and what's the oven in fahrenheit for my american "
            "oven?", [unit(r2(g), "g", "grams"), deg_f(F(9 * f, 5) + 32)])


@fam
def kid_homework_pair(r: random.Random) -> Made:  # a child's homework: two different sums
    a, b, c = r.randint(2, 12), r.randint(2, 12), r.randint(100, 999)
    d = r.randint(2, 9)
    need(c % d != 0)
    q, rem = divmod(c, d)
    return (f"helping my son with homework, can you check: what's {a} times {b}, and {c} "
            f"divided by {d} with a remainder?",
            [num(a * b), [f"{q} remainder {rem}", f"{q} r {rem}", f"{q} r{rem}",
                          f"{q} R {rem}", f"{q} with a remainder of {rem}",
                          f"{q} with remainder {rem}", f"{q}, remainder {rem}"]])


@fam
def gym_progress(r: random.Random) -> Made:  # a lift in pounds, in kg, and the percent gain
    old, new = r.randint(95, 250), r.randint(95, 260)
    need(new > old)
    kg = new * LB
    pct = F(new - old, old) * 100
    ok2(kg, pct)
    return (f"bench press went from {old} lb to {new} lb this year 💪 what's {new} lb in kg and "
            "by what percent did I improve?", [unit(r2(kg), "kg", "kilograms", "kilos"),
                                               [f"{v}%" for v in num(r2(pct))]])


@fam
def garden_soil(r: random.Random) -> Made:  # raised bed volume, and bags of soil
    w, length, d = r.choice([F(1), F(6, 5), F(3, 2), F(2)]), r.randint(2, 5), \
        r.choice([F(3, 10), F(2, 5), F(1, 2)])
    vol = w * length * d
    bags = -(-(vol * 1000) // 50)
    ok2(vol)
    return (f"building a raised bed {float(w):g} m by {length} m and {float(d):g} m deep. how "
            "many cubic metres of soil, and how many 50 litre bags?",
            [unit(r2(vol), "m³", "cubic metres", "m3", "cubic meters"),
             [f"{bags} bags", f"{bags} bag"]])


@fam
def phone_plan(r: random.Random) -> Made:  # monthly plan over two years, and the saving
    a, b = r.randint(15, 60), r.randint(15, 60)
    need(a != b)
    return (f"plan A is ${a}/month, plan B is ${b}/month. what does each cost over a 24 month "
            "contract and how much would i save with the cheaper one?",
            [num(24 * a), num(24 * b), num(24 * abs(a - b))])


@fam
def fever_baby_convert(r: random.Random) -> Made:  # a temperature in °F to °C, plus a next dose
    f10 = r.randint(990, 1040)
    f = F(f10, 10)
    c = (f - 32) * 5 / 9
    h = r.randint(1, 11)
    ok2(c)
    return (f"thermometer's stuck on fahrenheit and says {float(f):.1f}. what's that in celsius? "
            f"also last dose of paracetamol was at {h} am and it's every 6 hours - when can "
            "she have the next one?", [deg_c(r2(c)), clock((h + 6) * 60)])


@fam
def commute_year(r: random.Random) -> Made:  # a commute: km per year and miles
    km, days = r.randint(5, 60), r.choice([3, 4, 5])
    year = 2 * km * days * 46
    mi = year / MILE
    ok2(mi)
    return (f"I drive {km} km each way to work, {days} days a week, 46 weeks a year. how many "
            "km a year is that, and how many miles?",
            [[*unit(F(year), "km", "kilometres", "kilometers"), f"{year:,} km"],
             unit(r2(mi), "miles", "mi")])


@fam
def receipt_chatty_friends(r: random.Random) -> Made:  # receipt: my items only, and the rest
    recipe, total, goods = receipt(r)
    need(len(goods) >= 3)
    mine = goods[0]
    return (f"ugh, we went shopping together and I only had the {mine[0].lower()}. what's the "
            "receipt total and how much do my friends owe for the rest?",
            [at(total), num(total - mine[1])], {"image": recipe})


@fam
def receipt_over_budget(r: random.Random) -> Made:  # receipt and how much over a budget
    recipe, total, _ = receipt(r)
    budget = r.choice([10, 15, 20, 25, 30])
    need(total > budget)
    return (f"I told myself I'd only spend ${budget} today lol. what does this receipt come to "
            "and how far over did I go?", [at(total), num(total - budget)], {"image": recipe})


@fam
def sign_party(r: random.Random) -> Made:  # a sign in a photo, plus party maths
    recipe, words = image_recipe(r, "sign")
    guests, per = r.randint(8, 40), r.choice([2, 3, 4])
    slices = guests * per
    pizzas = -(-slices // 8)
    need(slices % 8 != 0)
    return (f"found this sign at the venue, what does it say? Also {guests} guests eating {per} "
            "slices each, how many 8-slice pizzas should I order?",
            [*([w] for w in words), [f"{pizzas} pizzas", f"{pizzas} pizza"]],
            {"image": recipe})


@fam
def loan_monthly(r: random.Random) -> Made:  # a zero-interest loan: monthly payment, in pounds
    amount, months = r.randint(5, 80) * 100, r.choice([6, 9, 12, 18, 24, 36])
    pay = F(amount, months)
    gbp = convert(pay, "USD", "GBP")
    ok2(pay, gbp)
    return (f"0% finance on a ${amount} sofa over {months} months - monthly payment? my mum "
            "wants to know in pounds too", [num(r2(pay)), cash(r2(gbp), "GBP")])


@fam
def study_plot_solve(r: random.Random) -> Made:  # a worried student: solve, check, plot
    a, b, p = two_roots(r)
    return (f"exam tomorrow and I keep getting different answers 😩 can you solve {p} = 0 "
            "properly and show me a graph so I can see it?", [root(a), root(b), PLOT])


@fam
def derivative_story(r: random.Random) -> Made:  # a cost function: marginal cost at a point
    a, b, n = r.randint(1, 5), r.randint(10, 60), r.randint(5, 40)
    return (f"our cost model is C(q) = {a}q^2 + {b}q + 500. what's C'(q), and the marginal cost "
            f"when q = {n}?", [expr(f"{2 * a}q + {b}"), num(2 * a * n + b)])


@fam
def water_bottle_oz(r: random.Random) -> Made:  # litres drunk in fluid ounces and a shortfall
    drunk, goal = r.choice([F(1), F(3, 2), F(6, 5), F(9, 5), F(1, 2)]), r.choice([F(2), F(5, 2),
                                                                                  F(3)])
    oz = drunk * 1000 / F(295735295625, 10 ** 10)
    ok2(oz)
    return (f"I've had {float(drunk):g} L of water today and my goal is {float(goal):g} L. how "
            "much more do I need in ml, and how many US fl oz have I had?",
            [unit((goal - drunk) * 1000, "ml", "mL", "millilitres"),
             unit(r2(oz), "fl oz", "fluid ounces", "oz")])


@fam
def cat_food(r: random.Random) -> Made:  # grams a day over a month, and in pounds
    g, days = r.randint(40, 120), r.choice([28, 30, 31])
    total = g * days
    lb = F(total, 1000) / LB
    ok2(lb)
    return (f"the cat eats {g} g of food a day. how much in a {days}-day month, and how many "
            "pounds is that?", [[*unit(F(total), "g", "grams"), f"{total:,} g"],
                                unit(r2(lb), "lb", "pounds", "lbs")])


@fam
def bmi_worried(r: random.Random) -> Made:  # BMI and the kilos to a BMI of 24.9
    kg, cm = r.randint(75, 130), r.randint(155, 190)
    m2 = F(cm * cm, 10000)
    b = kg / m2
    need(not tie(b, 1) and b > 25)
    ok2(b)
    target = F(249, 10) * m2
    lose = kg - target
    ok2(lose)
    return (f"doctor mentioned my weight. I'm {kg} kg and {cm} cm - what's my BMI and how many kg "
            "would I need to lose to get to 24.9?", [dp12(b), unit(r2(lose), "kg", "kilograms",
                                                                    "kilos")])


@fam
def birthday_math(r: random.Random) -> Made:  # an age in months and days (365), and a sum
    age = r.randint(5, 90)
    return (f"my nan turns {age} this week! how many months is that, and roughly how many days "
            "(365 a year)?", [num(12 * age), num(365 * age)])


@fam
def coffee_caffeine(r: random.Random) -> Made:  # caffeine per day against a limit
    cups, mg = r.randint(2, 8), r.choice([80, 95, 120, 150])
    total = cups * mg
    pct = F(total * 100, 400)
    ok2(pct)
    need(total != 400)
    return (f"{cups} coffees a day at about {mg} mg caffeine each. total mg, and what % of the "
            "400 mg daily limit is that?", [unit(F(total), "mg", "milligrams"),
                                            [f"{v}%" for v in num(r2(pct))]])


@fam
def fuel_price_compare(r: random.Random) -> Made:  # a price per gallon in dollars per litre
    per_gal = r.choice([F(329, 100), F(359, 100), F(399, 100), F(449, 100), F(489, 100)])
    gal = r.randint(8, 20)
    per_l = per_gal / F(3785411784, 10 ** 9)
    ok2(per_l, per_gal * gal)
    return (f"gas is ${float(per_gal):.2f} a gallon here. what's that per litre, and what does a "
            f"{gal} gallon fill-up cost?", [num(r2(per_l)), num(r2(per_gal * gal))])


@fam
def parcel_postage(r: random.Random) -> Made:  # parcel weight in ounces, postage by the kg
    oz, rate = r.randint(20, 160), r.choice([6, 8, 9, 12])
    kg = oz * OZ / 1000
    ok2(kg, kg * rate)
    return (f"my parcel weighs {oz} oz. how many kg is that, and at ${rate} per kg what's the "
            "postage?", [unit(r2(kg), "kg", "kilograms", "kilos"),
                         list(dict.fromkeys([*num(r2(kg * rate)), *num(r2(r2(kg) * rate))]))])


@fam
def plant_growth_chart(r: random.Random) -> Made:  # weekly plant heights: growth, average, chart
    start, n = r.randint(2, 10), r.randint(5, 8)
    vals = [start]
    for _ in range(n - 1):
        vals.append(vals[-1] + r.randint(1, 6))
    avg = F(vals[-1] - vals[0], n - 1)
    ok2(avg)
    return (f"my sunflower's height each week (cm): {', '.join(map(str, vals))}. how much did it "
            "grow in total, average growth per week, and can you chart it?",
            [unit(F(vals[-1] - vals[0]), "cm", "centimetres"), num(r2(avg)), PLOT])


@fam
def rent_split_sqm(r: random.Random) -> Made:  # rent split by room size
    rent, a, b = r.randint(10, 40) * 100, r.randint(8, 20), r.randint(8, 20)
    need(a != b)
    sa = F(rent * a, a + b)
    ok2(sa, rent - sa)
    return (f"me and my flatmate split ${rent} rent by room size. my room is {a} m², hers is "
            f"{b} m². what do we each pay?", [num(r2(sa)), num(r2(rent - sa))])


@fam
def mean_sleep(r: random.Random) -> Made:  # hours slept: mean, and the shortfall against 8
    vals = [F(r.randint(45, 95), 10) for _ in range(7)]
    m = F(sum(vals)) / 7
    short = 56 - F(sum(vals))
    ok2(m)
    need(short > 0)
    return (f"hours i slept this week: {', '.join(f'{float(v):g}' for v in vals)}. mean? and how "
            "many hours short of 8 a night am i in total?",
            [named(MEAN, m), unit(short, "hours", "h", "hrs", places=1)])


@fam
def solve_for_price(r: random.Random) -> Made:  # an equation from a shop: item price, then total
    n, p, extra = r.randint(2, 9), r.randint(2, 30), r.randint(1, 15)
    k = r.randint(2, 6)
    need(k != n)
    return (f"{n} notebooks and a ${extra} pen cost ${n * p + extra}. how much is one notebook, "
            f"and what would {k} notebooks cost?", [num(p), num(k * p)])


@fam
def distance_running_pace(r: random.Random) -> Made:  # a 5k time: per km pace and speed
    mins = r.randint(18, 40)
    pace = F(mins, 5)
    kmh = F(5 * 60, mins)
    ok2(kmh)
    sec = int(pace * 60) % 60
    return (f"did parkrun in {mins} minutes flat! what's my pace per km and my speed in km/h?",
            [[f"{int(pace)}:{sec:02d}", f"{int(pace)} min {sec} s",
              f"{int(pace)} minutes {sec} seconds", f"{int(pace)}m {sec}s"],
             unit(r2(kmh), "km/h", "kph", "kilometres per hour")])


@fam
def ratio_paint_mix(r: random.Random) -> Made:  # mix ratio: litres of each part
    total, a, b = r.choice([2, 3, 4, 5, 6, 10]), r.randint(1, 5), r.randint(1, 5)
    need(a != b)
    x, y = F(total * a, a + b), F(total * b, a + b)
    ok2(x, y)
    return (f"need {total} litres of paint mixed {a}:{b} white to blue. how much of each?",
            [unit(r2(x), "L", "litres", "liters"), unit(r2(y), "L", "litres", "liters")])


@fam
def var_y_from_x(r: random.Random) -> Made:  # solve for x, then y from a second equation
    x, m, c = r.randint(-8, 12), r.randint(2, 6), r.randint(-10, 10)
    a, b = r.randint(2, 7), r.randint(1, 20)
    need(c != 0)
    return (f"first solve {a}x + {b} = {a * x + b}, then use it in y = {m}x "
            f"{'+' if c > 0 else '-'} {abs(c)}", [var("x", x), var("y", m * x + c)])
