"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 9: weekend fuel, two stated factors, steps screens, grocery files in euros, BMR and water, heart rate and pace, paint, gym lifts, party budgets and holiday temperatures."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
)
from bench.data.agents.helpers import Family


@fam
def weekend_drive_fuel(rng):
    d1, d2 = rng.randint(120, 420), rng.randint(90, 380)
    use = F(rng.randint(48, 89), 10)
    price = F(rng.randint(155, 199), 100)
    litres = F(d1 + d2) * use / 100
    cost = litres * price
    if near(litres) or near(cost):
        return None
    t = rng.choice([
        f"So we went up to my parents' place at the weekend - {d1} km on Saturday and {d2} km back on Sunday by a different road. The car does {sh(use)} L/100km and fuel was {dp(price)} a litre. How many litres did we burn, and what did it cost?",
        f"Road trip recap: day one {d1} km, day two {d2} km. Consumption {sh(use)} litres per 100 km, petrol at {dp(price)}/L. Total litres used? Total fuel cost?",
    ])
    return t, [num(litres), num(cost)]


@fam
def two_factors(rng):
    kg = rng.randint(50, 110)
    st = rng.randint(8, 17)
    lb = kg * F("2.2046")
    skg = st * F("6.35")
    if near(lb, 1) or near(skg, 1):
        return None
    t = rng.choice([
        f"Convert {kg} kg to pounds using 2.2046, and {st} stone to kg using 6.35 kg per stone. 1 decimal each.",
        f"what is {kg}kg in lb (x2.2046) and what is {st} st in kg (1 st = 6.35 kg)? one dp",
    ])
    return t, [num(lb, 1), num(skg, 1)]


@fam
def steps_screenshot(rng):
    steps = rng.randint(3200, 9800)
    stride = F(rng.choice([68, 70, 72, 74, 75, 78, 80]), 100)
    goal = rng.choice([10000, 12000])
    kcal = rng.randint(150, 450)
    recipe = screen(rng, "Activity today", [f"Steps: {steps:,}", f"Active kcal: {kcal}", f"Goal: {goal:,} steps"])
    km = steps * stride / 1000
    if near(km):
        return None
    t = rng.choice([
        f"My stride is {sh(stride)} m. How many km have I walked today according to this (2 dp), and how many steps am I short of my goal?",
        f"from this screenshot: distance in km if each step is {sh(stride)} m (2 dp)? steps left to the goal?",
    ])
    return t, [num(km), num(goal - steps, 0)], {"image": recipe}


@fam
def csv_groceries_gbp(rng):
    shops = ["Tesco", "Aldi", "Lidl", "Co-op", "Sainsbury's", "Market"]
    rows = []
    for d in range(rng.randint(4, 7)):
        rows.append((f"2026-05-{d * 4 + 2:02d}", rng.choice(shops), rng.randint(800, 9500)))
    rs = rng.choice(["1.15", "1.17", "1.18", "1.16", "1.19"])
    rate = F(rs)
    tot = F(sum(r[2] for r in rows), 100)
    eur = tot * rate
    if near(eur):
        return None
    csv = "date,shop,amount_gbp\n" + "".join(f"{a},{b},{c / 100:.2f}\n" for a, b, c in rows)
    t = rng.choice([
        f"Here's my grocery spending for May. What's the total in pounds, and what is it in euros at 1 GBP = {rs} EUR?",
        f"total of the amount column please, then convert it to EUR (rate {rs})",
    ])
    return t, [num(tot), num(eur)], {"csv": csv}


@fam
def bmr_and_water(rng):
    sex = rng.choice(["woman", "man"])
    age = rng.randint(22, 64)
    kg = rng.randint(52, 105)
    cm = rng.randint(152, 195)
    ml = rng.choice([30, 33, 35])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "man" else -161)
    water = F(kg * ml, 1000)
    if near(bmr) or near(bmr, 0):
        return None
    t = rng.choice([
        f"I'm a {age} year old {sex}, {kg} kg, {cm} cm. What's my BMR with Mifflin-St Jeor, and how much water should I drink a day at {ml} ml per kg (in litres)?",
        f"{sex}, {age}, {cm}cm, {kg}kg - BMR (Mifflin St Jeor) + daily water target using {ml} mL/kg, litres",
    ])
    ws = list(dict.fromkeys(num(water, 3) + num(water, 2) + num(water, 1)))
    return t, [num(bmr) + num(bmr, 0), [f"{v} {u}" for v in ws for u in ("l", "litres", "liters", "L")] + [f"{kg * ml} ml", f"{kg * ml} mL"]]


@fam
def hr_and_pace(rng):
    age = rng.randint(20, 65)
    pct = rng.choice([60, 65, 70, 75, 80, 85])
    km = rng.choice([5, 8, 10, 12, 15, 21])
    mins = rng.randint(km * 4 + 5, km * 7)
    hr = F((220 - age) * pct, 100)
    if near(hr, 0):
        return None
    pace = F(mins * 60, km)
    if pace.denominator != 1:
        return None
    pm, ps = divmod(int(pace), 60)
    t = rng.choice([
        f"I'm {age}. Using 220 minus age for max heart rate, what's {pct}% of max (nearest beat)? And I ran {km} km in {mins} minutes - what's my pace per km?",
        f"two running qs: {pct}% of my max HR if I'm {age} (max = 220 - age, round to whole bpm), and pace per km for {km}km in {mins} min",
    ])
    return t, [num(hr, 0), [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds"] + [f"{v} min" for v in num(pace / 60)]]


@fam
def paint_and_discount(rng):
    w = F(rng.randint(28, 55), 10)
    h = F(rng.randint(23, 29), 10)
    walls = rng.choice([1, 2, 3, 4])
    cover = rng.choice([10, 12, 13, 14])
    coats = 2
    litres = w * h * walls * coats / cover
    tin = F(rng.randint(2000, 5500), 100)
    off = rng.choice([15, 20, 25, 30])
    sale = tin * (100 - off) / 100
    if near(litres) or near(sale):
        return None
    t = rng.choice([
        f"Painting the bedroom: {walls} wall(s), each {sh(w)} m wide and {sh(h)} m high, two coats, paint covers {cover} m² per litre. How many litres do I need (2 dp)? Also the tin is {dp(tin)} with {off}% off - what's the sale price?",
        f"need to paint {walls} walls of {sh(w)}m x {sh(h)}m, 2 coats, {cover} sq m per litre coverage. litres needed (2dp)? and {off}% off {dp(tin)} is?",
    ])
    return t, [num(litres), num(sale)]


@fam
def gym_weights(rng):
    lb = rng.choice([45, 95, 135, 155, 185, 225, 275, 315])
    reps = rng.randint(3, 10)
    w = lb * F("0.4536")
    orm = w * (1 + F(reps, 30))
    orm2 = rnd(w, 1) * (1 + F(reps, 30))
    if near(w, 1) or near(orm, 1) or near(orm2, 1):
        return None
    t = rng.choice([
        f"the bar at my gym is loaded with {lb} lb. in kg that's? (use 0.4536, 1 decimal). then with the Epley formula 1RM = w x (1 + reps/30), what's my 1RM in kg for {reps} reps (1 decimal)?",
        f"Lifted {lb} lbs for {reps} reps. Convert to kg (1 lb = 0.4536 kg) and estimate 1RM using w*(1+reps/30), both to 1 dp",
    ])
    return t, [num(w, 1), list(dict.fromkeys(num(orm, 1) + num(orm2, 1)))]


@fam
def party_budget(rng):
    kids = rng.randint(8, 24)
    per = F(rng.randint(450, 1250), 100)
    cake = F(rng.randint(2500, 6000), 100)
    budget = rng.choice([200, 250, 300, 350, 400])
    tot = kids * per + cake
    left = budget - tot
    if left <= 0:
        return None
    t = rng.choice([
        f"Planning my son's birthday. {kids} kids at {dp(per)} each for the venue, plus a cake for {dp(cake)}. What's the total, and how much is left from my {budget} budget?",
        f"party maths: {kids} children x {dp(per)} per head + {dp(cake)} cake. total cost? remaining of {budget}?",
    ])
    return t, [num(tot), num(left)]


@fam
def temp_list_convert(rng):
    temps = [rng.randint(14, 34) for _ in range(rng.randint(5, 7))]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][:len(temps)]
    mean = F(sum(temps), len(temps))
    f = mean * 9 / 5 + 32
    if near(mean, 1) or near(f, 1):
        return None
    lst = ", ".join(f"{d} {v}" for d, v in zip(days, temps, strict=True))
    t = rng.choice([
        f"Holiday highs in °C: {lst}. What was the average, and what's that average in Fahrenheit? 1 decimal.",
        f"temps this week (C) - {lst}. mean temp and the mean in F please (one decimal place)",
    ])
    return t, [num(mean, 1), list(dict.fromkeys(num(f, 1) + num(rnd(mean, 1) * 9 / 5 + 32, 1)))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    weekend_drive_fuel, two_factors, steps_screenshot, csv_groceries_gbp, bmr_and_water,
    hr_and_pace, paint_and_discount, gym_weights, party_budget, temp_list_convert,
)]
