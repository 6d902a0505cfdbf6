"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 5: quick pairs of
sums and conversions, cafe and pharmacy receipts, timetable signs, clinic and homework chains."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, forms, r2, tie
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    cents,
    clock,
    d,
    dg,
    fam,
    h2,
    hhmm,
    nf,
    nu,
    pct,
    span,
)
from bench.data.agents.helpers import Family


@fam
def sqrt_and_kg_to_stone(rng: random.Random) -> Made:
    n, kg = rng.randint(20, 999), rng.randint(45, 130)
    text = rng.choice([f"square root of {n} to 3 dp, and {kg} kg in stone (1 st = 6.35 kg, 2 dp)",
                       f"{kg}kg in stones? use 6.35 kg per stone, 2 decimals. also sqrt({n}), "
                       "3 decimals"])
    if math.isqrt(n) ** 2 == n:
        raise Redo
    s = math.sqrt(n)
    if abs(s * 1000 - int(s * 1000) - 0.5) < 0.02:
        raise Redo
    root = list(dict.fromkeys([f"{s:.3f}", f"{s:.3f}".rstrip("0").rstrip(".")]))
    return text, [root, nu(F(kg) / F("6.35"), 2, "st", "stone", "stones")]


@fam
def mean_and_hist_of_wait_times(rng: random.Random) -> Made:
    w = [rng.randint(2, 45) for _ in range(rng.randint(7, 12))]
    text = (f"Patient wait times at my clinic today (min): {', '.join(map(str, w))}. Average wait "
            "(1 dp)? And a histogram of them")
    return text, [nu(F(sum(w), len(w)), 1, "min", "minutes") + nf(F(sum(w), len(w)), 1), PLOT]


@fam
def cafe_receipt_coffee_count(rng: random.Random) -> Made:
    latte, n = F(rng.randint(300, 520), 100), rng.randint(2, 6)
    cake = F(rng.randint(250, 600), 100)
    items = [(f"{n} x Latte", float(latte * n)), ("Cake", float(cake))]
    recipe = {"kind": "receipt", "shop": rng.choice(["Cafe Lumen", "Bean There"]),
              "items": items, "currency": "€", "font": rng.randrange(4), "degrade": dg(rng)}
    rate = F(rng.randint(84, 90), 100)
    text = (f"How much was one latte on this receipt? and the whole bill in pounds at €1 = "
            f"£{d(rate)}?")
    return text, [nf(latte), nf((latte * n + cake) * rate)], {"image": recipe}


@fam
def pharmacy_receipt_fsa(rng: random.Random) -> Made:
    goods = rng.sample(["Vitamins", "Plasters", "Ibuprofen", "Candy", "Magazine", "Sun Cream"], 4)
    prices = cents(rng, 4, 199, 1999)
    med = {"Vitamins", "Plasters", "Ibuprofen", "Sun Cream"}
    recipe = {"kind": "receipt", "shop": "Main St Pharmacy",
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    claim = sum(p for g, p in zip(goods, prices, strict=True) if g in med)
    text = ("I can claim only the health items on this receipt (vitamins, plasters, ibuprofen, sun "
            "cream -- not candy or magazines). What's the receipt total, and how much can I claim?")
    return text, [nf(sum(prices)), nf(claim)], {"image": recipe}


@fam
def bus_sign_next_two(rng: random.Random) -> Made:
    first, every = rng.randint(5 * 60, 9 * 60) // 5 * 5, rng.choice([12, 15, 20, 30])
    now = first + rng.randint(30, 400)
    recipe = {"kind": "sign", "words": [f"BUS {rng.randint(2, 99)}", f"FIRST {hhmm(first)}",
                                        f"EVERY {every} MIN"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    k = -(-(now - first) // every)
    nxt = first + k * every
    if nxt == now:
        raise Redo
    text = (f"From this bus stop sign: how often does it run, and if it's {hhmm(now)} when's the "
            "next bus?")
    return text, [[f"every {every} min", f"{every} minutes", f"{every} min"], clock(nxt)], \
        {"image": recipe}


@fam
def museum_sign_ticket_cost(rng: random.Random) -> Made:
    adult, child = rng.randint(8, 25), rng.randint(3, 12)
    a, c = rng.randint(1, 4), rng.randint(1, 5)
    recipe = {"kind": "sign", "words": ["MUSEUM", f"ADULT ${adult}", f"CHILD ${child}"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    close = rng.choice([16, 17, 18]) * 60
    arrive = close - rng.randint(50, 200)
    text = (f"How much for {a} adults and {c} kids going by this sign? And if it closes at "
            f"{hhmm(close)} and we get there at {hhmm(arrive)}, how long do we have inside?")
    return text, [nf(a * adult + c * child, 0), span(close - arrive)], {"image": recipe}


@fam
def csv_grades_weighted(rng: random.Random) -> Made:
    parts = [("Homework", 20), ("Midterm", 30), ("Final", 50)]
    sc = [rng.randint(50, 100) for _ in parts]
    csv = "component,weight,score\n" + "\n".join(
        f"{n},{w},{s}" for (n, w), s in zip(parts, sc, strict=True)) + "\n"
    tot = F(sum(w * s for (_, w), s in zip(parts, sc, strict=True)), 100)
    text = ("Course components in the CSV (weights in %). What's my weighted grade (1 dp), and "
            "as a GPA-style mark on a 4-point scale (grade / 25, 2 dp)?")
    return text, [nf(tot, 1), list(dict.fromkeys(nf(tot / 25) + nf(r2(tot, 1) / 25)))], {"csv": csv}


@fam
def csv_invoice_unpaid(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    amts = cents(rng, n, 5000, 250000)
    paid = [rng.random() < 0.5 for _ in range(n)]
    if all(paid) or not any(paid):
        raise Redo
    csv = "invoice,amount,status\n" + "\n".join(
        f"INV-{100 + i},{float(a):.2f},{'paid' if p else 'unpaid'}"
        for i, (a, p) in enumerate(zip(amts, paid, strict=True))) + "\n"
    un = sum(a for a, p in zip(amts, paid, strict=True) if not p)
    text = ("invoices attached. How much is still unpaid, and what share of the total invoiced is "
            "that (1 dp %)?")
    return text, [nf(un), pct(un * 100 / sum(amts))], {"csv": csv}


@fam
def list_temps_k_and_mean(rng: random.Random) -> Made:
    t = [rng.randint(-20, 40) for _ in range(rng.randint(4, 7))]
    mean = F(sum(t), len(t))
    text = (f"Lab readings in °C: {', '.join(map(str, t))}. Mean (2 dp), and the mean in kelvin "
            "(add 273.15)?")
    return text, [nf(mean), list(dict.fromkeys(nu(mean + F("273.15"), 2, "K", "kelvin")
                                               + nu(r2(mean) + F("273.15"), 2, "K", "kelvin")))]


@fam
def height_cm_to_ft_then_bmi_lb(rng: random.Random) -> Made:
    inch, lb = rng.randint(58, 77), rng.randint(100, 280)
    bmi = 703 * F(lb, inch * inch)
    text = (f"US BMI formula is 703 × lb / in². I'm {inch // 12}'{inch % 12}\" and {lb} lb. How "
            f"many "
            "inches tall am I in total, and what's my BMI?")
    return text, [[f"{inch} in", f"{inch} inches"], h2(bmi)]


@fam
def hydration_oz_and_bottles(rng: random.Random) -> Made:
    lb = rng.randint(110, 260)
    oz = F(lb, 2)
    bottle = rng.choice([16, 20, 24, 32])
    text = (f"Rule of thumb: drink half your body weight (lb) in ounces. I'm {lb} lb. How many "
            f"oz a "
            f"day, how many mL is that (1 oz = 29.57 mL, nearest mL), and how many {bottle} oz "
            "bottles (round up)?")
    return text, [nu(oz, 1, "oz", "ounces"), nu(oz * F("29.57"), 0, "mL", "ml"),
                  [f"{math.ceil(oz / bottle)} bottles"]]


@fam
def pace_to_finish_time(rng: random.Random) -> Made:
    pace, km = rng.randint(270, 420), rng.choice([5, 10, 21.0975, 42.195])
    start = rng.randint(7 * 60, 10 * 60)
    secs = F(str(km)) * pace
    mins = secs / 60
    if abs(mins - round(mins)) > F(9, 20) and abs(mins - round(mins)) < F(11, 20):
        raise Redo
    fin = start + round(mins)
    text = (f"If I hold {pace // 60}:{pace % 60:02d} per km for {km} km, how many minutes will it "
            f"take (1 dp)? The race starts at {hhmm(start)}, so roughly what clock time do I "
            "finish (nearest minute)?")
    return text, [nu(mins, 1, "minutes", "min"), clock(fin)]


@fam
def stock_gain_and_convert(rng: random.Random) -> Made:
    sh, buy, sell = rng.randint(5, 200), F(rng.randint(1000, 30000), 100), F(
        rng.randint(1000, 30000), 100)
    if buy == sell:
        raise Redo
    rate = F(rng.randint(82, 92), 100)
    g = sh * (sell - buy)
    text = (f"bought {sh} shares at ${float(buy):.2f}, sold at ${float(sell):.2f}. What's my "
            f"{'gain' if g > 0 else 'loss'} in dollars, and what % {'gain' if g > 0 else 'loss'} "
            f"is that (1 dp)? and the dollar amount in euros at $1 = €{d(rate)}?")
    return text, [nf(abs(g)), pct(abs(sell - buy) * 100 / buy), nf(abs(g) * rate)]


@fam
def payroll_overtime_story(rng: random.Random) -> Made:
    rate, hrs = F(rng.randint(1400, 2800), 100), rng.randint(41, 58)
    ot = rng.choice([F("1.5"), F(2)])
    pay = 40 * rate + (hrs - 40) * rate * ot
    text = (f"One of my staff worked {hrs} hours this week. Base rate ${float(rate):.2f}, and "
            f"anything over 40 hours is paid at {d(ot)}×. What's their gross pay, and what's the "
            "average they earned per hour worked (2 dp)?")
    return text, [nf(pay), nf(pay / hrs)]


@fam
def inventory_reorder(rng: random.Random) -> Made:
    stock, daily, lead = rng.randint(200, 2000), rng.randint(12, 90), rng.randint(3, 14)
    cost = F(rng.randint(150, 1200), 100)
    days = F(stock, daily)
    text = (f"we have {stock} units in stock and sell about {daily} a day. How many days until we "
            f"run out (1 dp)? and reordering {lead} days' worth costs how much at "
            f"${float(cost):.2f} "
            "each?")
    return text, [nu(days, 1, "days"), nf(lead * daily * cost)]


@fam
def chained_area_to_acres(rng: random.Random) -> Made:
    w, length = rng.randint(20, 300), rng.randint(20, 300)
    text = (f"a field is {w} m by {length} m. Area in m², then in hectares, then in acres (1 acre "
            "= 4046.86 m², 3 dp)?")
    a = w * length
    return text, [nu(a, 0, "m²", "m2", "square metres"), nu(F(a, 10000), 4, "ha", "hectares"),
                  nu(F(a) / F("4046.86"), 3, "acres")]


@fam
def chained_volume_to_litres(rng: random.Random) -> Made:
    ln, w, h = rng.randint(30, 120), rng.randint(20, 60), rng.randint(20, 60)
    fill = rng.choice([80, 85, 90, 95])
    v = ln * w * h
    text = (f"fish tank is {ln} × {w} × {h} cm. volume in litres? and if I fill it to {fill}%, how "
            "many litres of water is that? (3 dp for both)")
    return text, [nu(F(v, 1000), 3, "L", "litres", "liters"),
                  nu(F(v * fill, 100000), 3, "L", "litres", "liters")]


@fam
def two_q_lottery_and_liters(rng: random.Random) -> Made:
    n, k = rng.randint(30, 59), rng.choice([5, 6])
    qt = rng.randint(2, 16)
    text = rng.choice([f"how many ways to choose {k} numbers from {n}? and {qt} quarts in litres "
                       "(1 qt = 0.9464 L)",
                       f"{qt} US quarts in L using 0.9464? unrelated: number of {k}-number "
                       f"combinations from {n} numbers"])
    litres = qt * F("0.9464")
    short = [] if tie(litres) else [f"{x} {u}" for x in forms(litres)
                                    for u in ("L", "litres", "liters")]
    return text, [nf(math.comb(n, k), 0),
                  list(dict.fromkeys(nu(litres, 4, "L", "litres", "liters") + short))]


@fam
def two_q_tax_and_c_to_f(rng: random.Random) -> Made:
    inc, band, r = rng.randint(20, 90) * 1000, rng.choice([10000, 12570, 15000]), rng.choice(
        [15, 20, 25])
    c = rng.randint(-15, 45)
    text = (f"a) tax on {inc:,} if the first {band:,} is tax-free and the rest is taxed at {r}%? "
            f"b) {c} °C in °F?")
    return text, [nf(F((inc - band) * r, 100)), nu(F(c) * 9 / 5 + 32, 1, "°F", "F")]


@fam
def bullets_mortgage_ratio_and_plot(rng: random.Random) -> Made:
    inc, pay = rng.randint(3000, 9000), rng.randint(700, 3000)
    xs = [rng.randint(600, 3000) for _ in range(6)]
    text = (f"- my income is {inc}/month and mortgage {pay}/month: what % of income goes to the "
            f"mortgage (1 dp)?\n- plot my last six mortgage payments: {', '.join(map(str, xs))}")
    return text, [pct(F(pay * 100, inc)), PLOT]


@fam
def story_hospital_shift(rng: random.Random) -> Made:
    start = rng.choice([6 * 60 + 30, 7 * 60, 19 * 60, 19 * 60 + 30, 8 * 60])
    hrs = rng.choice([8, 10, 12])
    every = rng.choice([2, 4])
    mg = rng.choice([250, 500, 650])
    text = (f"Night of a nurse: my shift starts at {hhmm(start)} and lasts {hrs} hours -- when "
            f"do I "
            f"finish? Also a patient gets {mg} mg every {every} hours; how many mg over my whole "
            "shift if the first dose is right at the start (and none exactly at the end)?")
    doses = math.ceil(hrs / every)
    return text, [clock(start + hrs * 60), nu(doses * mg, 0, "mg")]


@fam
def story_garden_water(rng: random.Random) -> Made:
    beds, area = rng.randint(2, 6), F(rng.randint(15, 80), 10)
    mm = rng.randint(5, 25)
    can = rng.choice([5, 8, 10])
    litres = beds * area * mm
    text = (f"I have {beds} veggie beds of {d(area)} m² each and want to give them {mm} mm of "
            f"water (1 mm on 1 m² = 1 litre). How many litres in total, and how many {can} L "
            "watering cans is that (round up)?")
    return text, [nu(litres, 1, "L", "litres", "liters"), [f"{math.ceil(litres / can)} cans",
                                                            f"{math.ceil(litres / can)} watering"]]


@fam
def rate_for_first_round_second(rng: random.Random) -> Made:
    chf, rate = rng.randint(40, 800), F(rng.randint(105, 118), 100)
    a, b = rng.randint(100, 999), rng.choice([3, 6, 7, 9, 11])
    text = (f"Convert {chf} CHF to EUR at 1 CHF = {d(rate)} EUR. Separately, {a}/{b} rounded to "
            "the nearest whole number")
    if F(a, b).denominator == 1:
        raise Redo
    return text, [nf(chf * rate), nf(F(a, b), 0)]


@fam
def integer_pair_sum_difference_chart(rng: random.Random) -> Made:
    x, y = rng.randint(10, 90), rng.randint(1, 60)
    if x <= y:
        raise Redo
    text = (f"Two numbers add up to {x + y} and differ by {x - y}. What's the larger one? Then "
            f"plot "
            f"the line y = {x + y} - x")
    return text, [[f"{x}"], PLOT]


@fam
def percent_of_list_over_limit_and_f(rng: random.Random) -> Made:
    t = [rng.randint(60, 110) for _ in range(rng.randint(8, 14))]
    lim = rng.choice([90, 95, 100])
    over = sum(v > lim for v in t)
    if over == 0:
        raise Redo
    text = (f"Daily highs in °F: {', '.join(map(str, t))}. On how many days was it above {lim} °F, "
            f"and what's {lim} °F in °C (1 dp)?")
    return text, [[f"{over} days", f"{over} day"], nu(F(lim - 32) * 5 / 9, 1, "°C", "C")]


@fam
def cholesterol_ldl_and_mmol(rng: random.Random) -> Made:
    tc, hdl, tg = rng.randint(150, 300), rng.randint(30, 90), rng.randint(60, 350)
    ldl = tc - hdl - F(tg, 5)
    if ldl < 40:  # a negative or implausibly low LDL is no real lab result
        raise Redo
    text = (f"Lipid panel: total cholesterol {tc}, HDL {hdl}, triglycerides {tg} (all mg/dL). LDL "
            "by Friedewald (TC − HDL − TG/5)? And LDL in mmol/L (÷ 38.67, 2 dp)?")
    return text, [nu(ldl, 1, "mg/dL", "mg/dl") + nf(ldl, 1), list(dict.fromkeys(
        nu(ldl / F("38.67"), 2, "mmol/L", "mmol/l") + nf(ldl / F("38.67"))))]


@fam
def work_from_home_story(rng: random.Random) -> Made:
    days, kwh, rate = rng.randint(8, 22), F(rng.randint(20, 90), 10), F(rng.randint(18, 40), 100)
    allow = rng.choice([6, 26, 30])
    cost = days * kwh * rate
    text = (f"I worked from home {days} days last month and used about {d(kwh)} kWh extra each day "
            f"at £{d(rate)}/kWh. What did that cost me, and does my £{allow} allowance cover it -- "
            "how much over or under?")
    if abs(cost - allow) < F(1, 100):
        raise Redo
    return text, [nf(cost), nf(abs(cost - allow))]


@fam
def sphere_volume_and_litres(rng: random.Random) -> Made:
    r = F(rng.randint(20, 600), 10)
    v = F(4, 3) * F("3.14159265") * r**3
    text = (f"volume of a ball with radius {d(r)} cm (π = 3.14159265, 1 dp, in cm³)? and in litres "
            "(3 dp)?")
    litres = list(dict.fromkeys(nu(v / 1000, 3, "L", "litres", "liters")
                                + nu(r2(v, 1) / 1000, 3, "L", "litres", "liters")))
    return text, [nu(v, 1, "cm³", "cm^3", "cm3"), litres]


@fam
def temperature_line_chart_range(rng: random.Random) -> Made:
    hrs = list(range(6, 6 + rng.randint(6, 10)))
    t = [rng.randint(8, 31) for _ in hrs]
    shown = ", ".join(f"{h}:00 {v}°C" for h, v in zip(hrs, t, strict=True))
    text = ("Temps through the day: " + shown + ". What was the range (max − min) in °C, and in "
                                                "°F degrees of difference (× 1.8)? "
            "Line chart please.")
    rg = max(t) - min(t)
    if rg == 0:
        raise Redo
    return text, [nu(rg, 0, "°C", "C", "degrees"), nu(rg * F("1.8"), 1, "°F", "F", "degrees"), PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sqrt_and_kg_to_stone, mean_and_hist_of_wait_times, cafe_receipt_coffee_count,
    pharmacy_receipt_fsa, bus_sign_next_two, museum_sign_ticket_cost, csv_grades_weighted,
    csv_invoice_unpaid, list_temps_k_and_mean, height_cm_to_ft_then_bmi_lb,
    hydration_oz_and_bottles, pace_to_finish_time, stock_gain_and_convert,
    payroll_overtime_story, inventory_reorder, chained_area_to_acres, chained_volume_to_litres,
    two_q_lottery_and_liters, two_q_tax_and_c_to_f, bullets_mortgage_ratio_and_plot,
    story_hospital_shift, story_garden_water, rate_for_first_round_second,
    integer_pair_sum_difference_chart, percent_of_list_over_limit_and_f,
    cholesterol_ldl_and_mmol, work_from_home_story, sphere_volume_and_litres,
    temperature_line_chart_range)]
