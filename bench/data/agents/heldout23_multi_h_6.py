"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 6: warranties, days since a receipt, meter readings, delayed flights, class timetables, step challenges, opening-hours, fruit and toll signs, intercepts, chained solves, calories and fuel."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    span,
    till,
)
from bench.data.agents.helpers import Family

RECEIPT_DAY = dt.date(2026, 3, 14)


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


def day_forms(d):
    return [f"{d:%d/%m/%Y}", f"{d.day} {d:%B %Y}", f"{d:%B} {d.day}, {d.year}", f"{d:%Y-%m-%d}", f"{d:%d %B %Y}",
            f"{d.day} {d:%b %Y}", f"{d:%b} {d.day}, {d.year}", f"{d.day}th {d:%B %Y}", f"{d:%B} {d.day}th, {d.year}"]


@fam
def receipt_warranty_eur(rng):
    names = rng.sample(["Kettle", "Toaster", "Blender", "Hair Dryer", "Iron", "Fan", "Radio"], rng.randint(1, 3))
    recipe, cents = till(rng, rng.choice(["Tech Corner", "Electro Shop", "Home Store"]), names, 1500, 9000)
    months = rng.choice([6, 12, 18, 24, 30, 36])
    y, m = divmod(RECEIPT_DAY.month - 1 + months, 12)
    end = dt.date(RECEIPT_DAY.year + y, m + 1, RECEIPT_DAY.day)
    rs = rng.choice(["0.92", "0.86", "0.9", "0.94"])
    eur = F(sum(cents), 100) * F(rs)
    if near(eur):
        return None
    t = rng.choice([
        f"These came with a {months}-month warranty from the purchase date on the receipt. When does it run out (DD/MM/YYYY)? And what was the total in euros at 1 USD = {rs} EUR?",
        f"warranty is {months} months from the date printed here - end date? total in EUR (rate {rs})?",
    ])
    return t, [day_forms(end), num(eur)], {"image": recipe}


@fam
def receipt_days_since_per_day(rng):
    names = rng.sample(["Paint", "Brushes", "Roller", "Tape", "Filler", "Sandpaper", "Dust Sheet"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["DIY Depot", "Paint Pot", "B and Q"]), names, 200, 3500, cur="£")
    today = RECEIPT_DAY + dt.timedelta(days=rng.randint(9, 120))
    days = (today - RECEIPT_DAY).days
    per = F(sum(cents), 100) / days
    if near(per):
        return None
    t = rng.choice([
        f"Today is {today:%-d %B %Y}. How many days ago was this receipt, and if I spread its total over those days, how much per day?",
        f"days from the date on this receipt to {today:%Y-%m-%d}? total divided by that many days?",
    ])
    return t, [[f"{days} days", f"{days}days"], num(per)], {"image": recipe}


@fam
def receipt_more_of_item(rng):
    names = rng.sample(["Light Bulb", "Battery Pack", "Plug", "Cable", "Fuse", "Extension"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Volt Shop", "Spark Hardware", "Fix It"]), names, 150, 1500)
    pick = rng.randrange(len(names))
    k = rng.randint(3, 9)
    more = F(cents[pick] * k, 100)
    grand = F(sum(cents), 100) + more
    t = rng.choice([
        f"I need {k} more of the {names[pick].lower()}s. What would {k} cost at the price on this receipt, and what would that make with this receipt's total?",
        f"price of {k} x {names[pick]} (from the receipt) and the combined total with everything here",
    ])
    return t, [num(more), num(grand)], {"image": recipe}


@fam
def meter_reading_cost(rng):
    prev = rng.randint(10000, 60000)
    used = rng.randint(150, 900)
    rate = F(rng.randint(18, 38), 100)
    recipe = screen(rng, "Meter readings", [f"Previous: {prev:,}", f"Current: {prev + used:,}", f"Rate: {dp(rate)} per kWh"])
    cost = used * rate
    vat = cost * F(105, 100)
    if near(vat):
        return None
    t = rng.choice([
        "How many kWh did I use between these readings, and what does that cost at the rate shown? Then add 5% VAT.",
        "units used (current - previous)? cost at the listed rate? cost incl. 5% VAT?",
    ])
    return t, [unit(used, ["kWh", "units"], 0), num(cost), num(vat)], {"image": recipe}


@fam
def transatlantic_delay(rng):
    dh, dm = rng.randint(8, 16), rng.choice([0, 10, 20, 25, 35, 40, 50])
    dur = rng.randint(6 * 60 + 45, 8 * 60 + 40)
    shift = rng.choice([5, 6, 8])
    city = {5: "New York", 6: "Chicago", 8: "Los Angeles"}[shift]
    arr = dh * 60 + dm + dur - shift * 60
    delay = rng.choice([20, 25, 35, 45, 55, 70])
    recipe = screen(rng, "Flight status", [f"Departs London {dh:02d}:{dm:02d}", f"Arrives {city} {arr // 60:02d}:{arr % 60:02d}", f"Delayed {delay} min"])
    t = rng.choice([
        f"{city} is {shift} hours behind London. With the delay on this screen, what time do I land (local), and how long is the flight itself (take-off and landing are both pushed back by the delay)?",
        f"new local arrival time with this delay? and actual flight duration, given {city} is {shift}h behind London (the delay moves take-off and landing alike)",
    ])
    return t, [clock(arr + delay), span(dur)], {"image": recipe}


@fam
def class_timetable_kcal(rng):
    classes = rng.sample([("Yoga", "Mon 18:30"), ("Spin", "Tue 19:00"), ("Pilates", "Wed 07:15"), ("Boxfit", "Thu 18:00"), ("Swim", "Fri 07:00"), ("HIIT", "Sat 09:30")], rng.randint(2, 4))
    lens = [rng.choice([30, 40, 45, 50, 55, 60, 75]) for _ in classes]
    recipe = screen(rng, "My classes", [f"{c} {d} ({n} min)" for (c, d), n in zip(classes, lens, strict=True)])
    rate = rng.choice([5, 6, 7, 8, 9])
    tot = sum(lens)
    t = rng.choice([
        f"How many minutes of classes am I booked into this week, and roughly how many kcal if I burn {rate} per minute?",
        f"total class time from this screenshot? calories at {rate} kcal/min?",
    ])
    return t, [span(tot), unit(tot * rate, ["kcal", "calories"], 0)], {"image": recipe}


@fam
def step_challenge_screen(rng):
    n = rng.randint(3, 5)
    steps = [rng.randint(3000, 16000) for _ in range(n)]
    stride = F(rng.choice([70, 72, 75, 78, 80]), 100)
    recipe = screen(rng, "Step challenge", [f"Day {i + 1}: {s:,}" for i, s in enumerate(steps)])
    avg = F(sum(steps), n)
    km = sum(steps) * stride / 1000
    if near(avg, 0) or near(km, 1):
        return None
    t = rng.choice([
        f"Total steps on this challenge so far, the daily average (whole steps), and the distance in km at {sh(stride)} m per step (1 dp)?",
        f"add up these days, give me the average per day (whole steps), and convert the total to km with a {int(stride * 100)} cm stride, 1 dp",
    ])
    return t, [num(sum(steps), 0), num(avg, 0), unit(km, ["km"], 1)], {"image": recipe}


@fam
def weekly_hours_sign(rng):
    o, c = rng.choice([7, 8, 9]), rng.choice([17, 18, 19, 20])
    so, sc = rng.choice([8, 9, 10]), rng.choice([13, 14, 16, 17])
    recipe = board(rng, [f"MON-FRI {o}:00-{c}:00", f"SAT {so}:00-{sc}:00", "SUN CLOSED"])
    week = 5 * (c - o) + (sc - so)
    now = so * 60 + rng.randint(20, (sc - so) * 60 - 20)
    t = rng.choice([
        f"How many hours a week is this shop open? And if I'm there at {now // 60}:{now % 60:02d} on a Saturday, how long until it shuts?",
        f"total weekly opening hours from this sign? time left before closing on saturday at {now // 60}:{now % 60:02d}?",
    ])
    return t, [[f"{week} hours", f"{week} hrs", f"{week}h", f"{week} hours a week"], span(sc * 60 - now)], {"image": recipe}


@fam
def cherries_per_kg_sign(rng):
    fruit = rng.choice(["CHERRIES", "STRAWBERRIES", "BLUEBERRIES", "APRICOTS", "FIGS"])
    perkg = F(rng.randint(450, 1490), 100)
    recipe = board(rng, [fruit, f"€{dp(perkg)} / KG"])
    g = rng.choice([250, 300, 400, 450, 600, 650, 750, 800, 1200])
    rs = rng.choice(["1.08", "1.1", "1.12", "1.17"])
    cost = perkg * g / 1000
    usd = rnd(cost) * F(rs)
    if near(cost) or near(usd) or rnd(usd) != rnd(cost * F(rs)):
        return None
    t = rng.choice([
        f"How much would {g} g cost at the price on this market sign? And what's that in US dollars at 1 EUR = {rs} USD?",
        f"{g}g of the {fruit.lower()} on this sign - price in euros? in USD at {rs}?",
    ])
    return t, [num(cost), num(usd)], {"image": recipe}


@fam
def toll_sign_week(rng):
    car = F(rng.randint(250, 650), 100)
    van = car + F(rng.randint(150, 450), 100)
    recipe = board(rng, ["BRIDGE TOLL", f"CARS {dp(car)}", f"VANS {dp(van)}"])
    nc, nv = rng.randint(2, 10), rng.randint(1, 6)
    tot = nc * car + nv * van
    rs = rng.choice(["1.27", "1.25", "1.3"])
    usd = tot * F(rs)
    if near(usd):
        return None
    t = rng.choice([
        f"This week I cross {nc} times in the car and {nv} times in the van. What do the tolls come to, and in dollars at 1 GBP = {rs} USD?",
        f"tolls for {nc} car crossings + {nv} van crossings using this sign? then convert to USD, rate {rs}",
    ])
    return t, [num(tot), num(usd)], {"image": recipe}


@fam
def roots_and_intercept_plot(rng):
    r1, r2 = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7], 2))
    b, c = -(r1 + r2), r1 * r2
    e = "x^2" + (f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x" if b else "") + f" {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"For y = {e}: where does it cut the y-axis, what are the roots, and can you plot it?",
        f"plot {e}; give me the y-intercept and both x-intercepts",
    ])
    xr = lambda r: [f"x = {r}", f"x={r}", f"({r}, 0)", f"({r},0)", f"or {r}", f"and {r}"] + ([f", {r}"] if r != c else [])  # noqa: E731
    return t, [[f"(0, {c})", f"(0,{c})", f"y = {c}", f"y={c}", f"intercept is {c}", f"intercept of {c}", f"intercept at {c}"], xr(r1), xr(r2), PLOT]


@fam
def solve_then_miles(rng):
    a = rng.randint(2, 9)
    x = rng.randint(5, 60)
    b = rng.randint(-20, 30)
    c = a * x + b
    mi = x / F("1.609")
    if near(mi):
        return None
    t = rng.choice([
        f"solve {a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}, then treat x as kilometres and convert it to miles (1.609 km per mile, 2 dp)",
        f"Find x in {a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}. That's my commute in km - how many miles is it? use 1.609, 2 dp",
    ])
    return t, [[f"x = {x}", f"x={x}"], num(mi)]


@fam
def points_plot_mean(rng):
    n = rng.randint(4, 6)
    ys = [rng.randint(1, 25) for _ in range(n)]
    pts = ", ".join(f"({i + 1},{y})" for i, y in enumerate(ys))
    mean = F(sum(ys), n)
    if near(mean):
        return None
    t = rng.choice([
        f"plot these points {pts} and give me the mean of the y values (2 dp)",
        f"Can you chart {pts} for me? Also average y, 2 dp.",
    ])
    return t, [PLOT, num(mean)]


@fam
def calories_list_kj(rng):
    n = rng.randint(5, 7)
    cal = [rng.randint(1500, 2900) for _ in range(n)]
    target = rng.choice([1800, 2000, 2200, 2500])
    avg = F(sum(cal), n)
    diff = (avg - target) * F("4.184")
    if near(avg, 1) or near(diff, 1) or abs(diff) < 1:
        return None
    t = rng.choice([
        f"Calories eaten each day this week: {', '.join(map(str, cal))}. What's my daily average (1 dp), and how far over or under my {target:,} kcal target is that, in kJ (x 4.184, 1 dp)?",
        f"daily kcal: {' '.join(map(str, cal))}. mean? then (mean - {target}) converted to kilojoules, 1 decimal",
    ])
    diff2 = (rnd(avg, 1) - target) * F("4.184")
    return t, [num(avg, 1), list(dict.fromkeys(num(abs(diff), 1) + num(abs(diff2), 1)))]


@fam
def fuel_litres_gallons(rng):
    fills = [F(rng.randint(250, 600), 10) for _ in range(rng.randint(3, 6))]
    tot = sum(fills)
    gal = tot / F("3.785")
    if near(gal):
        return None
    t = rng.choice([
        f"My fill-ups this month in litres: {', '.join(sh(f) for f in fills)}. Total litres, and in US gallons (3.785 L per gallon, 2 dp)?",
        f"litres pumped: {'; '.join(sh(f) for f in fills)} -> total? -> US gal using 3.785 (2 dp)",
    ])
    return t, [unit(tot, ["l", "litres", "liters", "L"], 1), num(gal)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_warranty_eur, receipt_days_since_per_day, receipt_more_of_item, meter_reading_cost,
    transatlantic_delay, class_timetable_kcal, step_challenge_screen, weekly_hours_sign,
    cherries_per_kg_sign, toll_sign_week, roots_and_intercept_plot, solve_then_miles,
    points_plot_mean, calories_list_kj, fuel_litres_gallons,
)]
