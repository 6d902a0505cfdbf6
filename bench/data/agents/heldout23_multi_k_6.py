"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 6: sequences and
depreciation with plots, coupons, data plans, tolls and sale signs, fuel logs and clinic rules."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    cents,
    clock,
    d,
    dg,
    fam,
    hhmm,
    nf,
    nu,
    pct,
    span,
)
from bench.data.agents.helpers import Family


@fam
def discriminant_and_plot(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-15, 15)
    disc = b * b - 4 * a * c
    expr = (f"{a if a > 1 else ''}x^2 {'+' if b >= 0 else '-'} {abs(b)}x "
            f"{'+' if c >= 0 else '-'} {abs(c)}")
    text = rng.choice([f"what's the discriminant of {expr}? and plot y = {expr}",
                       f"Plot {expr} and compute b² − 4ac for it"])
    return text, [[f"= {disc}", f"is {disc}", f"of {disc}", f"discriminant {disc}"], PLOT]


@fam
def arithmetic_sequence_and_plot(rng: random.Random) -> Made:
    a, dd, n = rng.randint(-10, 20), rng.choice([-4, -3, 2, 3, 4, 5, 7]), rng.randint(15, 60)
    seq = ", ".join(str(a + i * dd) for i in range(4))
    val = a + (n - 1) * dd
    text = rng.choice([f"sequence {seq}, ... what's the {n}th term? and plot the first 10 terms",
                       f"For the arithmetic sequence {seq} find term number {n}, then graph the "
                       "first ten terms"])
    return text, [[f"= {val}", f"is {val}", f"{n}th term is {val}", f"term {n} = {val}",
                   f"a_{n} = {val}", f"a{n} = {val}"], PLOT]


@fam
def geometric_sum_and_plot(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3]), rng.randint(5, 10)
    s = a * (r**n - 1) // (r - 1)
    text = (f"Sum of the first {n} terms of {a}, {a * r}, {a * r * r}, ...? and plot those "
            f"{n} terms")
    return text, [nf(s, 0), PLOT]


@fam
def receipt_median_and_cad(rng: random.Random) -> Made:
    n = rng.choice([3, 5])
    goods = rng.sample(["Bread", "Eggs", "Cheese", "Jam", "Honey", "Plums", "Leeks"], n)
    prices = cents(rng, n, 120, 1500)
    rate = F(rng.randint(130, 142), 100)
    recipe = {"kind": "receipt", "shop": "Farm Stand",
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    med = sorted(prices)[n // 2]
    text = (f"farmers market receipt: what's the median item price, and the total in Canadian "
            f"dollars at US$1 = C${d(rate)}?")
    return text, [nf(med), nf(sum(prices) * rate)], {"image": recipe}


@fam
def receipt_coupon_then_gbp(rng: random.Random) -> Made:
    goods = rng.sample(["Headphones", "Charger", "Cable", "Mouse", "Keyboard"], 3)
    prices = cents(rng, 3, 500, 6000)
    off, rate = rng.choice([10, 15, 20, 25]), F(rng.randint(74, 82), 100)
    recipe = {"kind": "receipt", "shop": rng.choice(["Tech Hub", "Gadget Shop"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    after = sum(prices) * (100 - off) / 100
    text = (f"I have a {off}% off coupon for this whole receipt. What's the total after the "
            f"coupon, "
            f"and what is that in pounds at $1 = £{d(rate)}?")
    return text, [nf(after), list(dict.fromkeys(nf(after * rate) + nf(r2(after) * rate)))], \
        {"image": recipe}


@fam
def data_plan_screenshot(rng: random.Random) -> Made:
    used, cap = F(rng.randint(5, 190), 10), rng.choice([5, 10, 15, 20, 25])
    if used >= cap:
        raise Redo
    recipe = {"kind": "screenshot", "title": "Mobile Data",
              "rows": [f"Used {d(used)} GB", f"Plan {cap} GB", f"Resets in {rng.randint(2, 27)} "
                                                               f"days"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = ("how much data have I used in MB (1 GB = 1024 MB), and what percent of my plan is "
            "that (1 dp)?")
    return text, [nu(used * 1024, 1, "MB"), pct(used * 100 / cap)], {"image": recipe}


@fam
def steps_goal_screenshot(rng: random.Random) -> Made:
    steps, goal = rng.randint(1500, 9800), rng.choice([10000, 12000, 8000 + 2000])
    stride = F(rng.randint(68, 80), 100)
    recipe = {"kind": "screenshot", "title": "Today",
              "rows": [f"Steps {steps:,}", f"Goal {goal:,}"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    left = goal - steps
    text = (f"how many steps left to hit my goal, and how many km is that with a {d(stride)} m "
            "stride (2 dp)?")
    return text, [nf(left, 0), nu(left * stride / 1000, 2, "km", "kilometres", "kilometers")], \
        {"image": recipe}


@fam
def med_schedule_screenshot(rng: random.Random) -> Made:
    nxt, every = rng.randint(6 * 60, 14 * 60) // 5 * 5, rng.choice([4, 6, 8])
    drug = rng.choice(["Amoxicillin", "Ibuprofen", "Paracetamol"])
    mg = rng.choice([200, 250, 400, 500])
    recipe = {"kind": "screenshot", "title": "Med Reminder",
              "rows": [drug, f"{mg} mg", f"Next dose {hhmm(nxt)}", f"Every {every} h"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = ("according to my reminder app, when's the next dose, and when's the one after that? "
            "and how many mg is that in total for those two doses?")
    return text, [clock(nxt), clock(nxt + every * 60), nu(2 * mg, 0, "mg")], \
        {"image": recipe}


@fam
def toll_sign_monthly_euro(rng: random.Random) -> Made:
    toll = F(rng.randint(150, 900), 100)
    trips, rate = rng.randint(8, 44), F(rng.randint(84, 93), 100)
    recipe = {"kind": "sign", "words": ["TOLL", f"CARS ${float(toll):.2f}"],
              "font": rng.randrange(4),
              "degrade": dg(rng)}
    cost = trips * toll
    text = (f"I pass this toll {trips} times a month. What's the toll per car, and the monthly "
            f"cost "
            f"in euros at $1 = €{d(rate)}?")
    return text, [nf(toll), list(dict.fromkeys(nf(cost * rate)))], {"image": recipe}


@fam
def pool_sign_weekly_hours(rng: random.Random) -> Made:
    o, c = rng.randint(5, 9) * 60 + rng.choice([0, 30]), rng.randint(19, 22) * 60 + rng.choice(
        [0, 30])
    days = rng.choice([5, 6, 7])
    recipe = {"kind": "sign", "words": ["POOL", f"{hhmm(o)} - {hhmm(c)}"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    text = (f"How long is the pool open each day going by the sign, and how many hours a week if "
            f"it's open {days} days?")
    week = F((c - o) * days, 60)
    return text, [span(c - o), nu(week, 1, "hours", "hrs", "h")], {"image": recipe}


@fam
def sale_sign_two_jackets(rng: random.Random) -> Made:
    off = rng.choice([20, 25, 30, 40, 50, 60])
    p1, p2 = rng.randint(40, 250), rng.randint(40, 250)
    recipe = {"kind": "sign", "words": ["SALE", f"{off}% OFF"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    text = (f"What discount is this sign offering? If I buy two jackets marked ${p1} and ${p2}, "
            "what do I pay in total with it?")
    return text, [[f"{off}%", f"{off} percent"], nf(F((p1 + p2) * (100 - off), 100))], \
        {"image": recipe}


@fam
def csv_region_share_converted(rng: random.Random) -> Made:
    regs = ["North", "South", "East", "West"]
    s = [rng.randint(10000, 90000) for _ in regs]
    k = rng.randrange(4)
    rate = F(rng.randint(85, 93), 100)
    csv = "region\tsales_usd\n" + "\n".join(
        f"{r}\t{v}" for r, v in zip(regs, s, strict=True)) + "\n"
    text = (f"Q3 sales by region attached. What share of total sales came from {regs[k]} (1 dp %), "
            f"and what's total sales in EUR at $1 = €{d(rate)}?")
    return text, [pct(F(s[k] * 100, sum(s))), nf(sum(s) * rate)], {"csv": csv}


@fam
def csv_heart_rate_over_100(rng: random.Random) -> Made:
    n = rng.randint(8, 14)
    hr = [rng.randint(58, 130) for _ in range(n)]
    over = sum(h > 100 for h in hr)
    csv = "time,bpm\n" + "\n".join(f"{8 + i}:00,{h}" for i, h in enumerate(hr)) + "\n"
    text = ("heart rate log attached. Average bpm (1 dp), and what % of readings were above 100 "
            "(1 dp)?")
    return text, [nu(F(sum(hr), n), 1, "bpm") + nf(F(sum(hr), n), 1), pct(F(over * 100, n))], \
        {"csv": csv}


@fam
def csv_fuel_log_efficiency(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    km = [rng.randint(250, 700) for _ in range(n)]
    lit = [F(rng.randint(180, 550), 10) for _ in range(n)]
    csv = "fill,km,litres\n" + "\n".join(
        f"{i + 1},{k},{d(v)}" for i, (k, v) in enumerate(zip(km, lit, strict=True))) + "\n"
    l100 = sum(lit) * 100 / sum(km)
    text = ("Fuel log attached. Overall L/100km (total litres ÷ total km × 100, 2 dp)? And total "
            "fuel cost at €1.68 per litre?")
    return text, [nu(l100, 2, "L/100km", "L/100 km", "l/100km"), nf(sum(lit) * F("1.68"))], \
        {"csv": csv}


@fam
def calorie_log_deficit(rng: random.Random) -> Made:
    kc = [rng.randint(1400, 2900) for _ in range(7)]
    tdee = rng.randint(1900, 2800)
    text = (f"Calories eaten this week: {', '.join(map(str, kc))}. My TDEE is {tdee} kcal. Average "
            "daily intake (1 dp), and total surplus or deficit for the week vs TDEE?")
    diff = sum(kc) - 7 * tdee
    if diff == 0:
        raise Redo
    return text, [nu(F(sum(kc), 7), 1, "kcal", "calories") + nf(F(sum(kc), 7), 1),
                  nu(abs(diff), 0, "kcal", "calories")]


@fam
def navy_body_fat_cm(rng: random.Random) -> Made:
    waist, neck, h = rng.randint(76, 110), rng.randint(35, 44), rng.randint(165, 195)
    wi, ni, hi = waist / 2.54, neck / 2.54, h / 2.54
    bf = 86.010 * math.log10(wi - ni) - 70.041 * math.log10(hi) + 36.76
    if abs(bf * 10 - int(bf * 10) - 0.5) < 0.05 or bf < 5:
        raise Redo
    text = (f"Man, waist {waist} cm, neck {neck} cm, height {h} cm. Convert each to inches "
            f"(÷2.54, keep them unrounded for the formula), "
            "then US Navy body fat: 86.010×log10(waist−neck) − 70.041×log10(height) + 36.76. "
            "What's my height in inches (1 dp), and body fat % (1 dp)?")
    return text, [nu(F(h * 100, 254), 1, "in", "inches"),
                  [f"{v}{u}" for v in dict.fromkeys([f"{bf:.1f}", f"{bf:.1f}".removesuffix(".0")])
                   for u in ("%", " %", " percent")]]


@fam
def holliday_segar_from_lb(rng: random.Random) -> Made:
    lb = rng.randint(12, 120)
    kg = lb * F("0.4536")

    def rule(kg: F) -> F:
        if kg <= 10:
            return 4 * kg
        if kg <= 20:
            return 40 + 2 * (kg - 10)
        return 60 + (kg - 20)
    ml = list(dict.fromkeys(nu(rule(kg), 1, "mL/h", "ml/h", "mL/hr", "ml/hr")
                            + nu(rule(r2(kg)), 1, "mL/h", "ml/h", "mL/hr", "ml/hr")))
    text = (f"Child weighs {lb} lb (1 lb = 0.4536 kg). Weight in kg (2 dp), and maintenance fluids "
            "by the 4-2-1 rule in mL/h (1 dp)?")
    return text, [nu(kg, 2, "kg"), ml]


@fam
def pack_years_and_cost(rng: random.Random) -> Made:
    cigs, yrs, price = rng.choice([5, 10, 15, 20, 25, 30, 40]), rng.randint(3, 40), F(
        rng.randint(600, 1500), 100)
    py = F(cigs, 20) * yrs
    text = (f"I've smoked {cigs} cigarettes a day for {yrs} years. Pack-years? And at "
            f"${float(price):.2f} a pack of 20, what do I spend a year (365 days)?")
    return text, [nu(py, 2, "pack-years", "pack years"), nf(F(cigs, 20) * price * 365)]


@fam
def cockcroft_gault_lb(rng: random.Random) -> Made:
    age, lb, scr = rng.randint(25, 85), rng.randint(100, 250), F(rng.randint(6, 20), 10)
    sex = rng.choice(["male", "female"])
    kg = lb * F("0.4536")
    crcl = (140 - age) * kg / (72 * scr) * (F("0.85") if sex == "female" else 1)
    chained = (140 - age) * r2(kg, 1) / (72 * scr) * (F("0.85") if sex == "female" else 1)
    text = (f"{sex}, {age} y, {lb} lb (× 0.4536 for kg), serum creatinine {d(scr)} mg/dL. "
            "Weight in kg (1 dp) and creatinine clearance by Cockcroft-Gault (1 dp, mL/min)?")
    return text, [nu(kg, 1, "kg"), list(dict.fromkeys(
        nu(crcl, 1, "mL/min", "ml/min") + nf(crcl, 1)
        + nu(chained, 1, "mL/min", "ml/min") + nf(chained, 1)))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    discriminant_and_plot, arithmetic_sequence_and_plot, geometric_sum_and_plot,
    receipt_median_and_cad, receipt_coupon_then_gbp, data_plan_screenshot, steps_goal_screenshot,
    med_schedule_screenshot, toll_sign_monthly_euro, pool_sign_weekly_hours, sale_sign_two_jackets,
    csv_region_share_converted, csv_heart_rate_over_100, csv_fuel_log_efficiency,
    calorie_log_deficit, navy_body_fat_cm, holliday_segar_from_lb, pack_years_and_cost,
    cockcroft_gault_lb)]
