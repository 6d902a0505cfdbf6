"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 15: Karvonen and race miles, pools and clock formats, kilojoules and cups, turkeys, data use, temperatures, pasta nights, triathlons, sheds, lemonade stands, card fees, averages and walking."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    sh,
    span,
)
from bench.data.agents.heldout23_multi_h_7 import unit
from bench.data.agents.helpers import Family


@fam
def karvonen_and_km(rng):
    age = rng.randint(25, 65)
    rest = rng.randint(50, 78)
    pct = rng.choice([60, 65, 70, 75, 80, 85])
    target = (220 - age - rest) * F(pct, 100) + rest
    km = rng.choice([5, 10, 15, 21, 42])
    mi = F(km * 1000, 1609)
    if near(target, 0) or near(mi):
        return None
    t = rng.choice([
        f"Karvonen target HR at {pct}% for me: age {age}, resting {rest} (max = 220 - age, nearest bpm). And how many miles is a {km} km race (1.609, 2 dp)?",
        f"two things for training: ((220-{age}) - {rest}) x {pct}% + {rest} = ? bpm, and {km}km in miles using 1.609, 2 dp",
    ])
    return t, [unit(target, ["bpm"], 0) + num(target, 0), num(mi)]


@fam
def pool_volume_and_ampm(rng):
    a, b = rng.randint(6, 25), rng.randint(4, 12)
    d = F(rng.choice([10, 12, 14, 15, 18, 20]), 10)
    h, m = rng.randint(13, 23), rng.choice([5, 15, 25, 40, 45, 55])
    lit = a * b * d * 1000
    t = rng.choice([
        f"How many litres in a {a} m by {b} m pool that's {sh(d)} m deep? And what's {h}:{m:02d} in 12-hour time?",
        f"pool {a}x{b}x{sh(d)} m -> litres? also {h}:{m:02d} in am/pm",
    ])
    return t, [unit(lit, ["l", "litres", "liters", "L"], 0), [f"{h - 12}:{m:02d}pm", f"{h - 12}:{m:02d} pm", f"{h - 12}:{m:02d}p.m."]]


@fam
def kcal_kj_and_cups(rng):
    kcal = rng.randint(12, 30) * 100 + rng.choice([0, 50])
    a = rng.choice([(3, 4), (2, 3), (1, 2), (1, 3), (1, 4)])
    b = rng.choice([(2, 3), (1, 4), (1, 2), (3, 4)])
    s = F(*a) + F(*b)
    kj = kcal * F("4.184")
    sv = [str(s), f"{s.numerator // s.denominator} {s.numerator % s.denominator}/{s.denominator}"] + ([sh(s)] if (s * 100).denominator == 1 else [])
    t = rng.choice([
        f"Convert {kcal:,} kcal to kJ (4.184, 1 dp). Separately, how many cups is {a[0]}/{a[1]} cup plus {b[0]}/{b[1]} cup?",
        f"{kcal} calories in kilojoules (x 4.184)? and {a[0]}/{a[1]} + {b[0]}/{b[1]} cups = ?",
    ])
    return t, [num(kj, 1), list(dict.fromkeys(sv + num(s)))]


@fam
def turkey_start_time(rng):
    kg = F(rng.randint(30, 90), 10)
    per = rng.choice([35, 40, 45])
    extra = rng.choice([15, 20, 30])
    ready = rng.randint(13, 20) * 60 + rng.choice([0, 30])
    mins = kg * per + extra
    if mins.denominator != 1:
        return None
    mins = int(mins)
    t = rng.choice([
        f"My turkey is {sh(kg)} kg. It needs {per} minutes per kg plus {extra} minutes. How long is that, and what time must it go in to be ready at {ready // 60}:{ready % 60:02d}?",
        f"{sh(kg)}kg bird, {per} min/kg + {extra} min -> cooking time? start time for dinner at {ready // 60}:{ready % 60:02d}?",
    ])
    return t, [span(mins), clock(ready - mins)]


@fam
def data_use_projection(rng):
    gb = F(rng.randint(30, 180), 10)
    days = rng.randint(5, 15)
    per = gb / days
    proj = per * 30
    if near(per) or near(proj, 1) or rnd(proj, 1) != rnd(rnd(per) * 30, 1):
        return None
    t = rng.choice([
        f"I've used {sh(gb)} GB in the first {days} days of the month. How much per day (2 dp), and at that rate what would 30 days come to (1 dp)?",
        f"{sh(gb)}GB over {days} days -> GB/day (2 dp)? projected 30-day usage (1 dp)?",
    ])
    return t, [num(per), unit(proj, ["GB"], 1)]


@fam
def f_to_c_then_diff(rng):
    f = rng.randint(50, 104)
    ref = rng.randint(15, 30)
    c = F(f - 32) * 5 / 9
    diff = c - ref
    if near(c, 1) or near(diff, 1) or rnd(diff, 1) != rnd(rnd(c, 1) - ref, 1):
        return None
    t = rng.choice([
        f"It's {f}°F in Miami. What's that in °C (1 dp), and how much warmer or cooler is it than {ref}°C back home (1 dp)?",
        f"convert {f} F to C, then difference from {ref} C, 1 decimal",
    ])
    return t, [num(c, 1), num(abs(diff), 1)]


@fam
def pasta_night_list(rng):
    g = rng.choice([80, 100, 125])
    ppl = rng.randint(3, 11)
    start = rng.randint(17 * 60, 20 * 60 + 30)
    cook = rng.choice([8, 9, 10, 11, 12, 13])
    jar = F(rng.randint(149, 399), 100)
    jars = rng.randint(2, 4)
    t = rng.choice([
        f"Pasta night:\n1) {g} g dried pasta per person, {ppl} people - how many grams?\n2) it goes in at {start // 60}:{start % 60:02d} and takes {cook} min - ready when?\n3) {jars} jars of sauce at {dp(jar)} - cost?",
        f"- pasta for {ppl} at {g}g each\n- {cook} min cook starting {start // 60}:{start % 60:02d}, done at?\n- {jars} x {dp(jar)} sauce",
    ])
    return t, [unit(g * ppl, ["g", "grams"], 0), clock(start + cook), num(jars * jar)]


@fam
def triathlon_bullets(rng):
    s = F(rng.choice(["0.75", "1.5", "1.9", "3.8"]))
    b = rng.choice([20, 40, 45, 90, 180])
    r = F(rng.choice([5, 10, 21, 42]))
    tot = s + b + r
    mi = tot / F("1.609")
    if near(mi, 1):
        return None
    t = rng.choice([
        f"Triathlon distances:\n• swim {sh(s)} km\n• bike {b} km\n• run {sh(r)} km\nWhat's the total in km, and in miles (1.609, 1 dp)?",
        f"total km for a {sh(s)}k swim, {b}k bike and {sh(r)}k run? also in miles, 1 dp (1 mi = 1.609 km)",
    ])
    return t, [unit(tot, ["km"], 2), num(mi, 1)]


@fam
def shed_floor_boards(rng):
    w = F(rng.choice([18, 20, 24, 30]), 10)
    d = F(rng.choice([12, 15, 18, 20, 24]), 10)
    bw = F(rng.choice([10, 12, 15]), 100)
    price = F(rng.randint(399, 1299), 100)
    boards = -(-w // bw)
    if w / bw == boards:
        return None
    t = rng.choice([
        f"Grandpa and I are re-flooring his shed. The floor is {sh(w)} m wide and {sh(d)} m deep, and each board is {int(bw * 100)} cm wide and runs the full depth. What's the floor area, how many boards do we need, and what will they cost at {dp(price)} each?",
        f"shed floor {sh(w)}m x {sh(d)}m: area? boards {int(bw * 100)}cm wide laid across the {sh(w)}m width (round up)? cost at {dp(price)}/board?",
    ])
    return t, [unit(w * d, ["m²", "m2", "sq m", "square metres", "m"], 2), [f"{boards} boards", f"{boards}boards"], num(boards * price)]


@fam
def lemonade_stand_story(rng):
    cups = rng.randint(20, 90)
    price = F(rng.choice([50, 75, 100, 125, 150]), 100)
    lemons = F(rng.randint(300, 900), 100)
    sugar = F(rng.randint(150, 350), 100)
    profit = cups * price - lemons - sugar
    per = profit / cups
    if profit <= 0 or near(per):
        return None
    t = rng.choice([
        f"My kids ran a lemonade stand on Saturday and sold {cups} cups at {dp(price)} each. Lemons cost {dp(lemons)} and sugar {dp(sugar)}. What was their profit, and how much profit per cup?",
        f"lemonade: {cups} cups sold @ {dp(price)}; costs {dp(lemons)} + {dp(sugar)}. profit? per cup?",
    ])
    return t, [num(profit), num(per)]


@fam
def eur_with_card_fee(rng):
    usd = rng.randint(40, 900)
    rs = rng.choice(["0.92", "0.86", "0.9", "0.94", "0.88"])
    fee = rng.choice(["1.5", "2", "2.5", "3", "3.5"])
    eur = usd * F(rs)
    tot = rnd(eur) * (1 + F(fee) / 100)
    if near(eur) or near(tot) or rnd(tot) != rnd(eur * (1 + F(fee) / 100)):
        return None
    t = rng.choice([
        f"Convert {usd} USD to EUR at {rs} and then add a {fee}% card fee to the euro amount. Euro amount? With fee?",
        f"${usd} -> € at 1 USD = {rs} EUR; then my bank adds {fee}% on the euros. both figures please",
    ])
    return t, [num(eur), num(tot)]


@fam
def avg_dp_and_product(rng):
    vals = [F(rng.randint(300, 600), 100) for _ in range(rng.randint(3, 5))]
    avg = sum(vals) / len(vals)
    p = F(rng.randint(499, 2999), 100)
    k = rng.randint(2, 6)
    if near(avg, 1):
        return None
    t = rng.choice([
        f"Average of {', '.join(dp(v) for v in vals)} to 1 decimal place, and {k} x {dp(p)} exactly?",
        f"coffee prices {' / '.join(dp(v) for v in vals)} - mean, 1 dp. and what's {k} times {dp(p)}?",
    ])
    return t, [num(avg, 1), num(k * p)]


@fam
def walk_bmi_stone_bullets(rng):
    kg = rng.randint(50, 110)
    m = F(rng.randint(150, 195), 100)
    rate = F(rng.choice([35, 40, 45, 50, 55]), 10)
    mins = rng.choice([20, 30, 40, 45, 60])
    bmi = kg / m ** 2
    st = F(kg) / F("6.35")
    if near(bmi) or near(st):
        return None
    t = rng.choice([
        f"• BMI for {kg} kg at {dp(m)} m (2 dp)\n• {kg} kg in stone (6.35 kg per stone, 2 dp)\n• kcal for a {mins} min walk at {sh(rate)} kcal/min",
        f"please: BMI ({kg}kg, {dp(m)}m, 2 dp); {kg}kg -> stone using 6.35 (2 dp); {mins} min brisk walk at {sh(rate)} kcal per min",
    ])
    return t, [num(bmi), num(st), unit(rate * mins, ["kcal", "calories"], 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    karvonen_and_km, pool_volume_and_ampm, kcal_kj_and_cups, turkey_start_time,
    data_use_projection, f_to_c_then_diff, pasta_night_list, triathlon_bullets,
    shed_floor_boards, lemonade_stand_story, eur_with_card_fee, avg_dp_and_product,
    walk_bmi_stone_bullets,
)]
