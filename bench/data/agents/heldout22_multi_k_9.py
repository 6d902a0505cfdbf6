"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 9: savings and
interest, charts of a list, paces, markups, clinic pairs, shopping lists and GPAs."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, forms, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num, rx
from bench.data.agents.helpers import Family


@fam
def system_and_plot(rng):
    x, y = rng.randint(-5, 6), rng.randint(-5, 6)
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    c1, c2 = x + y, a * x - b * y
    ca, cb = ("" if a == 1 else a), ("" if b == 1 else b)
    text = rng.choice([f"solve x + y = {c1} and {ca}x - {cb}y = {c2}, then plot both lines",
                       f"system: x+y={c1}, {ca}x-{cb}y={c2}. find x and y and graph it"])
    return text, [rx(x), [f"y = {y}", f"y={y}"], PLOT]


@fam
def fuel_cost_chain(rng):
    km = rng.randint(120, 900)
    l100 = F(rng.randint(50, 95), 10)
    price = F(rng.randint(145, 215), 100)
    litres = km * l100 / 100
    cost = litres * price
    if tie(litres, 1) or tie(cost):
        return None
    text = rng.choice([f"Road trip of {km} km, car uses {show(l100)} L/100km. How many litres"
                       f" (1 dp), and at "
                       f"€{d(price)} a litre what does fuel cost?",
                       f"how much fuel (1 dp) for {km}km at {show(l100)} l per 100 km, then cost "
                       f"at "
                       f"{d(price)} EUR/L"])
    cost2 = F(round(litres * 10), 10) * price
    return text, [num(litres, 1), num(cost) + num(cost2)]


@fam
def bmr_and_lb(rng):
    sex = rng.choice(["male", "female"])
    kg, cm, age = rng.randint(50, 110), rng.randint(150, 195), rng.randint(20, 65)
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    lb = kg * F("2.2046")
    if tie(bmr) or tie(lb, 1):
        return None
    text = rng.choice([f"{sex}, {age}yo, {cm} cm, {kg} kg. BMR with Mifflin-St Jeor? and my "
                       "weight in lb (1 kg = 2.2046 lb, 1 dp)",
                       "Can you give me my weight in pounds (use 2.2046 lb/kg, 1 decimal) and "
                       f"my Mifflin St Jeor BMR — I'm a {age} year old {sex}, {kg}kg, {cm}cm"])
    return text, [num(bmr) + num(bmr, 0), num(lb, 1)]


@fam
def invoice_vat_and_convert(rng):
    net = F(rng.randint(20000, 500000), 100)
    vat = rng.choice([20, 21, 19, 23])
    gross = net * (100 + vat) / 100
    rate = rng.choice(["1.08", "1.09", "1.1", "1.07"])
    usd = gross * F(rate)
    if tie(gross) or tie(usd):
        return None
    text = rng.choice([f"Invoice is €{d(net)} before VAT. Add {vat}% VAT, then tell me the gross "
                       f"in dollars at 1 EUR = {rate} USD",
                       f"net invoice {d(net)} EUR + {vat}% vat = ? and convert that gross to USD "
                       f"(1 EUR = {rate} USD)"])
    return text, [num(gross), num(usd)]


@fam
def probability_and_combos(rng):
    n, k = rng.randint(6, 12), rng.randint(2, 4)
    from math import comb
    c = comb(n, k)
    red, blue = rng.randint(2, 8), rng.randint(2, 8)
    p = F(red, red + blue)
    text = rng.choice([f"how many ways to pick {k} people from {n} for a committee? and "
                       f"separately, a bag has {red} red and {blue} blue marbles, chance of red?",
                       f"Two stats homework qs. 1) {n} choose {k}. 2) probability of drawing a "
                       f"red from {red} red + {blue} blue"])
    ps = [f"{p.numerator}/{p.denominator}", f"{float(p):.4f}".rstrip("0"), f"{float(p):.2f}",
          *[f"{v}%" for v in forms(p * 100, 1)]]
    text += ("" if text[-1] in ".?!" else ".") + ' Also draw a bar chart of the marble colours.'
    return text, [PLOT, [str(c), f"{c:,}"], ps]


@fam
def water_intake_and_cups(rng):
    kg = rng.randint(50, 100)
    ml = kg * 35
    cup = rng.choice([250, 300, 330])
    cups = F(ml, cup)
    if tie(cups, 1):
        return None
    text = rng.choice([f"If I should drink 35 ml of water per kg and I weigh {kg} kg, how many "
                       f"litres is that a day, and how many {cup} ml glasses (1 decimal)?",
                       f"water goal = 35ml/kg, me = {kg}kg. total in L? and number of {cup}ml "
                       "bottles to 1 dp"])
    lit = list(dict.fromkeys(num(F(ml, 1000)) + num(F(ml, 1000), 3)))
    return text, [[*lit, f"{ml} ml", f"{ml:,} ml", f"{ml}ml"], num(cups, 1)]


@fam
def area_paint_cost(rng):
    w, h = F(rng.randint(25, 60), 10), F(rng.randint(22, 30), 10)
    walls = rng.choice([2, 3, 4])
    area = w * h * walls
    cover = rng.choice([10, 12])
    tins = -(-area // (cover * 2))
    litres = area / cover
    if tie(area) or tie(litres):
        return None
    text = rng.choice([f"Painting {walls} walls, each {show(w)} m wide and {show(h)} m high."
                       f" Total area "
                       f"in m²? Paint covers {cover} m² per litre — litres for one coat (2 dp)?",
                       f"{walls} walls of {show(w)}m x {show(h)}m. area? and litres of paint"
                       f" at {cover} "
                       "m2/L, 1 coat (2 dp)?"])
    _ = tins
    ft2 = area * F("10.764")
    if tie(ft2, 1):
        return None
    text += " and the area in sq ft (1 m² = 10.764 ft², 1 dp)"
    return text, [num(ft2, 1), num(area), num(litres)]


@fam
def savings_goal_weeks_and_interest(rng):
    goal, save = rng.randint(800, 5000), rng.randint(40, 150)
    weeks = -(-goal // save)
    p, r, yrs = rng.randint(1000, 9000), rng.choice([3, 4, 5, 6]), rng.randint(2, 6)
    si = F(p * r * yrs, 100)
    if goal % save == 0:
        return None
    text = rng.choice([f"saving ${save} a week for a ${goal} laptop, how many weeks till I can "
                       f"afford it? also simple interest on ${p} at {r}% for {yrs} years",
                       f"Q1: weeks needed to reach {goal} saving {save}/week. Q2: simple "
                       f"interest, principal {p}, rate {r}% per year, {yrs} yrs"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot my savings week by week till the goal.'
    return text, [PLOT, [f"{weeks} weeks", f"{weeks} wk"], num(si)]


@fam
def stats_list_and_chart(rng):
    vals = [rng.randint(10, 99) for _ in range(rng.randint(5, 8))]
    mean = F(sum(vals), len(vals))
    if tie(mean):
        return None
    text = rng.choice(["here are my weekly step counts in thousands: "
                       f"{', '.join(map(str, vals))}. average, and make a bar chart",
                       f"mean of {vals} and a chart of them pls"])
    return text, [num(mean), PLOT]


@fam
def mph_kmh_and_pace(rng):
    mph = rng.randint(20, 75)
    kmh = mph * F("1.609")
    km = rng.choice([5, 10, 21])
    t = rng.randint(20, 130)
    pace = F(t, km)
    if tie(kmh, 1) or tie(pace):
        return None
    text = rng.choice([f"{mph} mph in km/h (1 mile = 1.609 km, 1 dp)? Unrelated: I ran {km} km "
                       f"in {t} minutes — pace in min per km, 2 decimals",
                       f"quick — convert {mph}mph to kmh using 1.609, 1 decimal. and also my "
                       f"pace if {km}k took {t} mins (min/km)"])
    return text, [num(kmh, 1), num(pace)]


@fam
def business_markup_then_units(rng):
    cost, mk = F(rng.randint(200, 3000), 100), rng.choice([30, 40, 50, 60, 25])
    price = cost * (100 + mk) / 100
    units = rng.randint(40, 300)
    rev = price * units
    if tie(price):
        return None
    price = F(round(price * 100), 100)
    rev = price * units
    text = rng.choice([f"Each candle costs me ${d(cost)} to make. With a {mk}% markup what's my "
                       f"selling price, and then revenue if I sell {units}?",
                       f"small biz q: unit cost {d(cost)}, markup {mk}% on cost. price per unit "
                       f"(to the cent)? revenue for {units} units at that price?"])
    r = rng.choice(["0.92", "0.79"])
    x = price * F(r)
    if tie(x):
        return None
    text += f" What's the selling price in euros (1 USD = {r} EUR)?"
    return text, [num(x), num(price), num(rev)]


@fam
def bp_map_and_hr(rng):
    sys_, dia = rng.randint(105, 150), rng.randint(60, 95)
    mp = F(sys_ + 2 * dia, 3)
    age, rest = rng.randint(20, 60), rng.randint(50, 80)
    mx = 220 - age
    z = rest + F(7, 10) * (mx - rest)
    if tie(mp, 1) or tie(z, 0):
        return None
    text = rng.choice([f"BP {sys_}/{dia} — what's the mean arterial pressure (1 dp)? also my 70% "
                       f"target heart rate by Karvonen, age {age}, resting {rest} (max = 220 - "
                       "age), whole number",
                       f"two health qs: MAP for {sys_}/{dia} mmHg to 1 decimal, and Karvonen 70% "
                       f"intensity HR for a {age} y/o with RHR {rest}, using 220-age, round to "
                       "whole bpm"])
    return text, [num(mp, 1), num(z, 0)]


@fam
def shopping_list_total_budget(rng):
    items = rng.sample([("milk", 129), ("eggs", 315), ("bread", 245), ("rice", 389),
                        ("chicken", 799),
                        ("apples", 310), ("coffee", 649)], rng.randint(3, 5))
    qty = [rng.randint(1, 3) for _ in items]
    tot = sum(F(p * q, 100) for (_, p), q in zip(items, qty, strict=True))
    bud = rng.choice([30, 40, 50, 60])
    left = bud - tot
    lines = "\n".join(f"- {q} x {n} @ ${p / 100:.2f}" for (n, p), q in zip(items, qty, strict=True))
    text = (f"{rng.choice(['grocery list:', 'My list for this week'])}\n{lines}\nwhat's the total "
            f"and how much of my ${bud} budget is left?")
    text += '\nchart the spend by item please'
    return text, [PLOT, num(tot), num(left)]


@fam
def sqft_to_m2_rent(rng):
    sq = rng.randint(450, 1400)
    m2 = sq * F("0.0929")
    rent = rng.randint(900, 3200)
    per = rent / m2
    if tie(m2, 1) or tie(per):
        return None
    text = rng.choice([f"Apartment is {sq} sq ft, rent ${rent}/mo. Size in m² (1 sq ft = 0.0929 "
                       "m², 1 dp) and rent per m² (2 dp)?",
                       f"convert {sq} square feet to square metres using 0.0929 (1 dp), then "
                       f"monthly rent {rent} divided by that area (2 dp)"])
    per2 = rent / F(round(m2 * 10), 10)
    if tie(per2):
        return None
    return text, [num(m2, 1), num(per) + num(per2)]


@fam
def gpa_and_percent(rng):
    grades = [rng.choice([4, 3, 2]) for _ in range(4)]
    creds = [rng.choice([3, 4]) for _ in range(4)]
    gpa = F(sum(g * c for g, c in zip(grades, creds, strict=True)), sum(creds))
    got, out = rng.randint(30, 58), 60
    pc = F(got * 100, out)
    if tie(gpa) or tie(pc, 1):
        return None
    L = {4: "A", 3: "B", 2: "C"}
    courses = ", ".join(f"{L[g]} in a {c}-credit class" for g, c in zip(grades, creds, strict=True))
    text = (f"GPA question (A=4, B=3, C=2): I got {courses}. What's my GPA (2 dp)? And I scored "
            f"{got}/{out} on the midterm, what percent is that to 1 decimal?")
    text += ' Chart the four grades too.'
    return text, [PLOT, num(gpa), [f"{v}%" for v in num(pc, 1)]]


@fam
def receipt_tip_total(rng):
    goods = rng.sample(["Burger", "Fries", "Milkshake", "Salad", "Wings", "Iced Tea", "Pie"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(300, 1600), 100) for _ in goods]
    total = sum(prices)
    tip = rng.choice([15, 18, 20, 22])
    t = total * tip / 100
    if tie(t):
        return None
    recipe = {"kind": "receipt",
              "shop": rng.choice(["Rosie's Diner", "Blue Plate", "Route 9 Diner"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)], "currency": "$",
              "font": rng.randrange(4), "degrade": dg(rng)}
    r = lambda x: F(round(x * 100), 100)  # noqa: E731
    text = rng.choice([f"how much would a {tip}% tip be on this receipt, and the total with tip?",
                       f"Receipt pic. Tip {tip} percent — tip amount and grand total please"])
    return text, [num(t), num(total + r(t)) + num(total + t)], {"image": recipe}


@fam
def inch_cm_screen_and_area(rng):
    d = rng.choice([13, 14, 15, 24, 27, 32, 43, 55, 65])
    cm = d * F("2.54")
    r = rng.randint(2, 12)
    area = F(str(round(math.pi * r * r, 6)))
    text = rng.choice([f"a {d} inch screen is how many cm diagonally? and the area of a circle "
                       f"with radius {r} cm (2 dp)",
                       f"Convert {d}\" to centimetres. Also circle area, r = {r} cm, to 2 "
                       "decimal places"])
    return text, [num(cm, 1) + num(cm), num(area)]


@fam
def chained_hours_to_pay_to_months(rng):
    hrs, rate = rng.randint(8, 30), F(rng.randint(1200, 3500), 100)
    week = hrs * rate
    goal = rng.randint(1500, 6000)
    weeks = -(-F(goal) // week)
    if week * weeks == goal:
        return None
    text = rng.choice([f"part-time job: {hrs} hrs/week at ${d(rate)}/hr. weekly earnings? then "
                       f"how many full weeks to save ${goal} if I keep all of it?",
                       f"I earn {d(rate)} an hour for {hrs} hours a week. What's that per week, "
                       f"and how many weeks before I've got at least {goal}?"])
    r = rng.choice(["0.92", "0.79"])
    x = week * F(r)
    if tie(x):
        return None
    text += f" Weekly pay in EUR at 1 USD = {r} EUR?"
    return text, [num(x), num(week), [f"{weeks} weeks", f"{weeks} full weeks"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    system_and_plot, fuel_cost_chain, bmr_and_lb, invoice_vat_and_convert, probability_and_combos,
    water_intake_and_cups, area_paint_cost, savings_goal_weeks_and_interest, stats_list_and_chart,
    mph_kmh_and_pace, business_markup_then_units, bp_map_and_hr, shopping_list_total_budget,
    sqft_to_m2_rent, gpa_and_percent, receipt_tip_total, inch_cm_screen_and_area,
    chained_hours_to_pay_to_months)]
