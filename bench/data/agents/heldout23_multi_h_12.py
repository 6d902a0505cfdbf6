"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 12: subscriptions, card fees, systems and lines plotted, weight charts, waist ratios, water by weight, pulse counts, homework lists, weeks and heights, yen, quiz scores, holidays, savings and fish tanks."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
)
from bench.data.agents.heldout23_multi_h_4 import unit
from bench.data.agents.helpers import Family


@fam
def subscriptions_year_eur(rng):
    subs = rng.sample([("Netflix", 1549), ("Spotify", 1199), ("Gym", 3400), ("iCloud", 299), ("Disney+", 1399), ("News", 899), ("Xbox", 1699)], rng.randint(3, 4))
    subs = [(n, c + rng.choice([0, 50, -100])) for n, c in subs]
    recipe = screen(rng, "Subscriptions", [f"{n}: ${c / 100:.2f}" for n, c in subs])
    mo = F(sum(c for _, c in subs), 100)
    rs = rng.choice(["0.92", "0.86", "0.9", "0.94"])
    yr_eur = mo * 12 * F(rs)
    if near(yr_eur):
        return None
    t = rng.choice([
        f"What do these subscriptions cost me a month, and per year in euros at 1 USD = {rs} EUR?",
        f"monthly total of these subs? yearly total converted to EUR ({rs} per dollar)?",
    ])
    return t, [num(mo), num(yr_eur)], {"image": recipe}


@fam
def card_fee_rate_screen(rng):
    rate = F(rng.randint(8400, 9500), 10000)
    amt = rng.randint(60, 900)
    fee = F(rng.choice([15, 20, 25, 30]), 10)
    recipe = screen(rng, "Currency", ["USD to EUR", f"1 USD = {float(rate):.4f} EUR", "Updated 09:00"])
    eur = amt * rate
    fee_usd = amt * fee / 100
    if near(eur) or near(fee_usd):
        return None
    t = rng.choice([
        f"Using the rate on this screen, what is {amt} USD in EUR? And my card adds a {sh(fee)}% fee on the dollar amount - how many dollars is the fee?",
        f"convert ${amt} with this app's rate, then separately: {sh(fee)}% foreign transaction fee on ${amt} = ?",
    ])
    return t, [num(eur), num(fee_usd)], {"image": recipe}


@fam
def system_lines_plot(rng):
    x, y = rng.randint(-4, 7), rng.randint(-5, 8)
    a1, b1 = rng.choice([(2, 1), (3, 1), (1, 2), (1, 1), (3, 2)])
    a2, b2 = rng.choice([(1, -1), (2, -1), (1, -3), (4, -1)])
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y

    def eq(a, b, c):
        sa = "x" if a == 1 else f"{a}x"
        sb = ("+ y" if b == 1 else f"+ {b}y") if b > 0 else ("- y" if b == -1 else f"- {-b}y")
        return f"{sa} {sb} = {c}"
    t = rng.choice([
        f"solve {eq(a1, b1, c1)} and {eq(a2, b2, c2)}, and plot both lines",
        f"Can you solve this system and graph it? {eq(a1, b1, c1)}; {eq(a2, b2, c2)}",
    ])
    return t, [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"], PLOT]


@fam
def half_slope_value_plot(rng):
    b = rng.randint(-6, 8)
    x = rng.choice([-8, -6, -4, 4, 6, 8, 10, 12, 14])
    y = F(x, 2) + b
    e = f"x/2 {'+' if b >= 0 else '-'} {abs(b)}" if b else "x/2"
    t = rng.choice([
        f"plot y = {e} and what's y when x = {x}?",
        f"Draw the line y = {e}. Also what is its value at x={x}?",
        f"graph y={e} for me, then y at x = {x}",
    ])
    return t, [[f"y = {sh(y)}", f"y={sh(y)}", f"is {sh(y)}"] + ([f"= {sh(y)}"] if y != x else []), PLOT]


@fam
def weight_chart_lost(rng):
    w = [F(rng.randint(700, 1100), 10)]
    for _ in range(rng.randint(4, 7)):
        w.append(w[-1] - F(rng.randint(0, 12), 10))
    lost = w[0] - w[-1]
    lb = lost * F("2.2046")
    if lost == 0 or near(lb, 1):
        return None
    lst = ", ".join(sh(v) for v in w)
    t = rng.choice([
        f"Weekly weigh-ins in kg: {lst}. Chart them for me and tell me how much I've lost in total, in pounds (x 2.2046, 1 dp).",
        f"plot my weights ({lst} kg) and total loss in lb using 2.2046, one decimal",
    ])
    return t, [PLOT, [f"{v} lb" for v in num(lb, 1)] + [f"{v}lb" for v in num(lb, 1)] + [f"{v} pounds" for v in num(lb, 1)] + [f"{v} lbs" for v in num(lb, 1)]]


@fam
def waist_height_ratio(rng):
    waist = rng.randint(26, 46)
    ft, inch = rng.choice([(5, i) for i in range(0, 12)] + [(6, i) for i in range(0, 4)])
    ratio = F(waist, ft * 12 + inch)
    cm = waist * F("2.54")
    if near(ratio):
        return None
    t = rng.choice([
        f"My waist is {waist} inches and I'm {ft} ft {inch} in. What's my waist-to-height ratio (2 dp)? And my waist in cm?",
        f"waist {waist}in, height {ft}'{inch}\". waist:height ratio to 2 dp + waist in cm (2.54 cm/in)",
    ])
    return t, [num(ratio), unit(cm, ["cm"], 2)]


@fam
def pounds_water(rng):
    lb = rng.randint(110, 260)
    ml = rng.choice([30, 33, 35, 40])
    kg = lb * F("0.4536")
    lit = rnd(kg, 1) * ml / 1000
    lit2 = kg * ml / 1000
    if near(kg, 1) or near(lit) or near(lit2) or rnd(lit) != rnd(lit2):
        return None
    t = rng.choice([
        f"I weigh {lb} lb. What's that in kg (0.4536 kg per lb, 1 dp), and how many litres of water a day at {ml} ml per kg (2 dp)?",
        f"{lb} pounds to kg (1 lb = 0.4536 kg, 1 dp) then daily water at {ml}ml/kg in litres, 2 dp",
    ])
    return t, [unit(kg, ["kg"], 1), [f"{v} {u}" for v in num(lit) for u in ("l", "litres", "liters", "L")]]


@fam
def pulse_count_zone(rng):
    beats = rng.randint(15, 30)
    secs = rng.choice([10, 15, 20, 30])
    age = rng.randint(25, 70)
    pct = rng.choice([60, 65, 70, 75, 80])
    bpm = F(beats * 60, secs)
    zone = F((220 - age) * pct, 100)
    if bpm.denominator != 1 or near(zone, 0):
        return None
    t = rng.choice([
        f"I counted {beats} beats in {secs} seconds - what's my heart rate in bpm? And I'm {age}: what's {pct}% of my max heart rate (220 - age), rounded to a whole number?",
        f"pulse: {beats} beats / {secs} s -> bpm? also {pct}% of (220 - {age}), whole bpm",
    ])
    return t, [[f"{bpm} bpm", f"{bpm}bpm", f"{bpm} beats per minute"], [f"{v} bpm" for v in num(zone, 0)] + [f"{v}bpm" for v in num(zone, 0)]]


@fam
def four_mixed_tasks(rng):
    fr = rng.choice([((3, 8), (1, 4)), ((2, 3), (1, 6)), ((1, 2), (3, 10)), ((5, 12), (1, 3)), ((3, 4), (1, 8))])
    s = F(*fr[0]) + F(*fr[1])
    kg = F(rng.randint(15, 95), 10)
    p, base = rng.choice([12, 18, 24, 36]), rng.randint(150, 480)
    d = rng.choice([12, 14, 16, 18, 24])
    q = d * rng.randint(6, 19)
    lb = kg * F("2.2046")
    if near(lb):
        return None
    t = rng.choice([
        f"1. {fr[0][0]}/{fr[0][1]} + {fr[1][0]}/{fr[1][1]}\n2. {sh(kg)} kg in lb (2.2046, 2 dp)\n3. {p}% of {base}\n4. {q} / {d}",
        f"homework check - (1) {fr[0][0]}/{fr[0][1]}+{fr[1][0]}/{fr[1][1]} (2) convert {sh(kg)}kg to pounds with 2.2046, 2 dp (3) {p} percent of {base} (4) {q} divided by {d}",
    ])
    sv = [str(s)] + ([sh(s)] if (s * 10**6).denominator == 1 else [])
    return t, [sv, num(lb), num(F(p * base, 100)), [f"= {q // d}", f"is {q // d}", f"{q}/{d}={q // d}", f"{q} / {d} = {q // d}"]]


@fam
def days_weeks_and_height(rng):
    days = rng.randint(30, 300)
    w, d = divmod(days, 7)
    if d == 0:
        return None
    ft, inch = rng.choice([(4, i) for i in range(6, 12)] + [(5, i) for i in range(0, 12)] + [(6, i) for i in range(0, 3)])
    cm = (ft * 12 + inch) * F("2.54")
    t = rng.choice([
        f"How many weeks and days is {days} days? And what's {ft} ft {inch} in in cm?",
        f"{days} days = ? weeks + ? days. also convert {ft}'{inch}\" to centimetres",
    ])
    return t, [[f"{w} weeks and {d} day{'s' if d > 1 else ''}", f"{w} weeks {d} day{'s' if d > 1 else ''}", f"{w} weeks, {d} day{'s' if d > 1 else ''}"], unit(cm, ["cm"], 2)]


@fam
def yen_rate_one_part(rng):
    yen = rng.randint(8, 120) * 250
    r = rng.choice([182, 186, 188, 191, 195, 199])
    n = rng.choice([3, 4, 5, 6])
    gbp = F(yen, r)
    share = F(yen, n)
    if near(gbp) or near(share, 0):
        return None
    t = rng.choice([
        f"Our Tokyo dinner was {yen:,} yen. What's that in pounds at £1 = {r} JPY? And how many yen each if we split it {n} ways (whole yen)?",
        f"{yen} JPY to GBP (1 GBP = {r} JPY, 2 dp); plus the per-person yen split for {n} people, round to the yen",
    ])
    return t, [num(gbp), num(share, 0) + [f"{v} yen" for v in num(share, 0)] + [f"¥{v}" for v in num(share, 0)] + [f"{v} JPY" for v in num(share, 0)]]


@fam
def scores_and_miles(rng):
    scores = [rng.randint(55, 99) for _ in range(rng.randint(4, 7))]
    km = F(rng.randint(15, 250), 10)
    avg = F(sum(scores), len(scores))
    mi = km / F("1.609")
    if near(avg, 1) or near(mi):
        return None
    t = rng.choice([
        f"Average of my quiz scores {', '.join(map(str, scores))} to 1 dp, and convert {sh(km)} km to miles (1.609, 2 dp).",
        f"scores: {' '.join(map(str, scores))} - mean (1 decimal)? and {sh(km)}km in miles, 2 decimals, use 1.609",
    ])
    return t, [num(avg, 1), num(mi)]


@fam
def family_holiday_budget(rng):
    ppl = rng.randint(3, 6)
    nights = rng.randint(4, 14)
    apt = rng.randint(70, 220)
    food = rng.randint(40, 120)
    flight = rng.randint(69, 289)
    tot = apt * nights + food * nights + flight * ppl
    each = F(tot, ppl)
    if near(each):
        return None
    t = rng.choice([
        f"We're a family of {ppl} going to Spain for {nights} nights. Apartment {apt} a night, food about {food} a day for all of us, and flights {flight} each. Total cost? Per person?",
        f"holiday: {nights} nights x {apt} apt + {nights} days x {food} food + {ppl} flights x {flight}. total & per head ({ppl} people)",
    ])
    return t, [num(tot), num(each)]


@fam
def compound_then_new_rate(rng):
    p = rng.randint(10, 80) * 250
    r1, r2 = rng.sample([2, 3, 4, 5, 6], 2)
    y = rng.randint(2, 6)
    b1 = p * (1 + F(r1, 100)) ** y
    b2 = p * (1 + F(r2, 100)) ** y
    if near(b1) or near(b2):
        return None
    t = rng.choice([
        f"If I put {p} in savings at {r1}% compounded yearly for {y} years, what's the balance? And what if the rate was {r2}%?",
        f"{p} at {r1}% annual compound interest, {y} years -> balance? then same but {r2}%",
    ])
    return t, [num(b1), num(b2)]


@fam
def aquarium_litres(rng):
    a, b, c = rng.choice([60, 80, 100, 120]), rng.choice([30, 35, 40, 45]), rng.choice([35, 40, 45, 50])
    pct = rng.choice([10, 15, 20, 25, 30])
    litres = F(a * b * c, 1000)
    change = litres * pct / 100
    if near(change, 1):
        return None
    t = rng.choice([
        f"My fish tank is {a} x {b} x {c} cm. How many litres does it hold, and how much water is a {pct}% water change?",
        f"aquarium {a}cm long, {b}cm wide, {c}cm high - volume in L? {pct}% of that for the weekly change?",
    ])
    return t, [[f"{v} {u}" for v in num(litres, 1) for u in ("l", "litres", "liters", "L")] + [f"{v}l" for v in num(litres, 1)], [f"{v} {u}" for v in num(change, 1) + num(change, 2) for u in ("l", "litres", "liters", "L")] + [f"{v}l" for v in num(change, 1)]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    subscriptions_year_eur, card_fee_rate_screen, system_lines_plot, half_slope_value_plot,
    weight_chart_lost, waist_height_ratio, pounds_water, pulse_count_zone, four_mixed_tasks,
    days_weeks_and_height, yen_rate_one_part, scores_and_miles, family_holiday_budget,
    compound_then_new_rate, aquarium_litres,
)]
