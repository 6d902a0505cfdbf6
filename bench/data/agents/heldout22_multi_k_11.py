"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 11: exponents and
intersections, coupons, timesheets, unit prices, refills, glucose and pass rates."""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.heldout22_multi_k_3 import pct
from bench.data.agents.helpers import Family


@fam
def receipt_coupon_then_convert(rng):
    goods = rng.sample(["Shampoo", "Vitamins", "Plasters", "Toothpaste", "Sun Cream", "Tissues"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(199, 1899), 100) for _ in goods]
    total = sum(prices)
    coupon = rng.choice([2, 3, 5])
    after = total - coupon
    rate = rng.choice(["1.36", "1.35", "1.37"])
    cad = after * F(rate)
    if tie(cad) or after <= 0:
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Care Plus", "Well Chemist", "Main Pharmacy"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"I have a ${coupon} off coupon for this pharmacy receipt. total after the "
                       f"coupon, and that in CAD at 1 USD = {rate} CAD?",
                       f"Receipt total minus a {coupon} dollar coupon = ? then convert to Canadian "
                       f"dollars ({rate} per USD)"])
    return text, [num(after), num(cad)], {"image": recipe}


@fam
def hours_timesheet_screenshot_pay(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    hrs = [F(rng.randint(8, 20), 2) for _ in days]
    tot = sum(hrs)
    rate = F(rng.randint(1500, 3200), 100)
    pay = tot * rate
    if tie(pay):
        return None
    shot = {"kind": "screenshot", "title": "Timesheet", "rows": [f"{a}: {show(h)} h" for a, h in
            zip(days, hrs, strict=True)], "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"total hours on my timesheet this week? and pay at ${d(rate)}/h",
                       f"Add up the hours in the screenshot, then multiply by my rate of "
                       f"{d(rate)} an hour"])
    return text, [num(tot, 1) + num(tot), num(pay)], {"image": shot}


@fam
def caffeine_and_cups(rng):
    cups = rng.randint(2, 6)
    mg = rng.choice([80, 95, 120, 140])
    total = cups * mg
    limit = 400
    kg = rng.randint(50, 95)
    perkg = F(total, kg)
    if tie(perkg):
        return None
    text = rng.choice([f"I drink {cups} coffees a day, about {mg} mg caffeine each. total mg "
                       "per day, "
                       f"and mg per kg of body weight at {kg} kg (2dp)?",
                       f"caffeine check: {cups} cups × {mg}mg — daily total? I'm {kg} kg, so "
                       f"what's that per kg (2 dp)?"])
    _ = limit
    return text, [[f"{total} mg", f"{total}mg", f"{total:,} mg"], num(perkg)]


@fam
def rate_belongs_to_second(rng):
    a, b = rng.randint(120, 999), rng.randint(3, 19)
    q = F(a, b)
    usd = rng.randint(20, 500)
    rate = rng.choice(["149.5", "151.2", "147.8", "155.3"])
    yen = usd * F(rate)
    if tie(q):
        return None
    text = rng.choice([f"{a} divided by {b} to 2 decimals, and ${usd} in yen at 1 USD = {rate} JPY",
                       f"Convert {usd} USD to JPY (rate {rate}), and also what's {a}/{b}, "
                       f"rounded to 2 dp?"])
    yen_f = num(yen, 0) + num(yen, 1) + num(yen)
    return text, [num(q), yen_f]


@fam
def study_hours_plan(rng):
    pages, per_hour = rng.randint(80, 600), rng.randint(12, 40)
    days = rng.randint(3, 14)
    hrs = F(pages, per_hour)
    per_day = hrs / days
    if tie(hrs, 1) or tie(per_day * 60, 0):
        return None
    text = rng.choice([f"exam in {days} days, {pages} pages to read, I read about {per_hour} "
                       "pages an "
                       f"hour. total hours (1 dp)? minutes per day if spread evenly (whole)?",
                       f"Reading plan: {pages} pages at {per_hour} pages/hour. How many hours "
                       f"in total (1 dp), and how many minutes a day over {days} days (whole)?"])
    text += ' Could you chart the cumulative pages per day as well?'
    return text, [PLOT,
                  num(hrs, 1), num(per_day * 60, 0) + [f"{v} min" for v in num(per_day * 60, 0)]]


@fam
def unit_price_compare_and_saving(rng):
    s1, p1 = rng.choice([250, 330, 400, 500]), F(rng.randint(150, 600), 100)
    s2, p2 = rng.choice([750, 1000, 1500, 2000]), F(rng.randint(400, 1500), 100)
    u1, u2 = p1 / s1 * 100, p2 / s2 * 100
    if tie(u1) or tie(u2) or abs(u1 - u2) < F(1, 50):
        return None
    text = rng.choice([f"small bottle {s1} ml for ${d(p1)}, big one {s2} ml for ${d(p2)}. price "
                       "per "
                       f"100 ml of each (2 dp)?",
                       f"compare: {s1}mL @ {d(p1)} vs {s2}mL @ {d(p2)} — cost per 100mL for both "
                       "(2 dp)"])
    oz = s1 / F("29.57")
    if tie(oz, 1):
        return None
    text += " and how many fl oz is the small one (1 fl oz = 29.57 ml, 1 dp)?"
    return text, [num(oz, 1), num(u1), num(u2)]


@fam
def report_growth_then_forecast(rng):
    y1 = rng.randint(100, 900) * 100
    g = rng.choice([5, 8, 10, 12, 15, 20])
    y2 = F(y1 * (100 + g), 100)
    y3 = y2 * (100 + g) / 100
    if tie(y3):
        return None
    text = rng.choice([f"revenue last year was ${y1:,}. if it grows {g}% this year and {g}% again "
                       f"next year, what is it this year and next year?",
                       f"Forecast for the report: base {y1}, +{g}% per year. Year 1 and Year 2 "
                       f"figures?"])
    text += ' and put the three years on a chart'
    return text, [PLOT, [*num(y2), f"{int(y2):,}"] if y2.denominator == 1 else num(y2), num(y3)]


@fam
def pill_count_and_refill_date(rng):
    pills = rng.choice([28, 30, 56, 60, 84, 90])
    per = rng.choice([1, 2, 3])
    days = pills // per
    if pills % per:
        return None
    mg = rng.choice([5, 10, 20, 25, 50])
    start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    end = start + dt.timedelta(days=days)
    text = rng.choice([f"pack of {pills} tablets, I take {per} a day starting {start:%d %B}. on "
                       "what "
                       "date do I run out (first day with none left)? and how many mg a day if "
                       "each "
                       f"is {mg} mg?",
                       f"Started a new box of {pills} on {start:%B %d}, {per} tablets daily at "
                       f"{mg}mg each. Daily mg? Date I'd need a refill (day after the last pill)?"])
    return text, [[f"{end:%d %B}", f"{end:%B %d}", f"{end.day} {end:%B}", f"{end:%B} {end.day}",
                   f"{end:%Y-%m-%d}"], [f"{per * mg} mg", f"{per * mg}mg"]]


@fam
def circle_garden_and_fence(rng):
    r = F(rng.randint(10, 60), 10)
    pi = F("3.14159")
    area = pi * r * r
    circ = 2 * pi * r
    cost_m = F(rng.randint(500, 2500), 100)
    cost = circ * cost_m
    if tie(area) or tie(cost):
        return None
    text = rng.choice([f"round flower bed radius {show(r)} m. area (use pi = 3.14159, 2 dp)? and "
                       "fencing "
                       f"the edge at ${d(cost_m)} per metre costs?",
                       f"circle r={show(r)}m, π=3.14159: area in m² (2 dp), then cost to edge the "
                       f"circumference at {d(cost_m)}/m"])
    cost2 = F(round(circ * 100), 100) * cost_m
    if tie(cost2):
        return None
    return text, [num(area), num(cost) + num(cost2)]


@fam
def blood_sugar_units(rng):
    mg = rng.randint(70, 260)
    mmol = mg / F("18")
    a1c = F(rng.randint(50, 110), 10)
    eag = F("28.7") * a1c - F("46.7")
    if tie(mmol, 1) or tie(eag, 0):
        return None
    text = rng.choice([f"glucose reading {mg} mg/dL — what's that in mmol/L (divide by 18, 1 dp)? "
                       f"and estimated average glucose for an A1c of {show(a1c)}% (eAG = 28.7×A1c "
                       f"− 46.7, whole number)",
                       f"Two diabetes maths questions: (1) eAG in mg/dL from HbA1c {show(a1c)}% "
                       f"using 28.7*A1c - 46.7, rounded; (2) {mg} mg/dl to mmol/l with ÷18 (1 dp)"])
    return text, [num(mmol, 1), num(eag, 0)]


@fam
def overtime_pay_story(rng):
    name = rng.choice(["My sister", "My husband", "A coworker", "I"])
    hrs = rng.randint(41, 58)
    rate = F(rng.randint(1600, 3400), 100)
    reg = 40 * rate
    ot = (hrs - 40) * rate * F(3, 2)
    verb = "work" if name == "I" else "works"
    text = (f"{name} {verb} at ${d(rate)} an hour, time-and-a-half for anything over 40 hours. "
            f"This week was {hrs} hours. "
            f"{rng.choice(['How much is the overtime pay?', 'Overtime pay?'])}"
            f" And the total for the week?")
    r = rng.choice(["0.79", "0.92", "1.36"])
    x = (reg + ot) * F(r)
    if tie(x):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        f" Convert the week's total at 1 USD = {r} of our home currency.")
    return text, [num(x), num(ot), num(reg + ot)]


@fam
def csv_scores_pass_rate_mean(rng):
    n = rng.randint(8, 12)
    names = rng.sample(["Ava", "Leo", "Mia", "Noah", "Zoe", "Omar", "Ivy", "Sam", "Kai", "Lena",
                        "Raj", "Tess", "Yuki"], n)
    sc = [rng.randint(30, 100) for _ in names]
    cut = rng.choice([50, 60, 65, 70])
    passed = sum(s >= cut for s in sc)
    rate = F(passed * 100, n)
    mean = F(sum(sc), n)
    if tie(rate, 1) or tie(mean, 1):
        return None
    csv = "student,score\n" + "".join(f"{a},{s}\n" for a, s in zip(names, sc, strict=True))
    text = rng.choice([f"class results attached. pass mark is {cut} (score ≥ {cut} passes). pass "
                       f"rate in % and class mean, 1 dp each",
                       f"From this csv: what percent scored {cut} or more, and the average score? "
                       "1 dp each"])
    return text, [pct(rate), num(mean, 1)], {"csv": csv}


@fam
def ounces_water_and_bottles(rng):
    floz = rng.randrange(48, 132, 4)
    ml = floz * F("29.57")
    bottle = rng.choice([500, 750, 1000])
    n = -(-ml // bottle)
    if tie(ml, 0):
        return None
    text = rng.choice([f"my goal is {floz} fl oz of water a day. how many ml is that (1 fl oz = "
                       f"29.57 ml, whole ml) and how many {bottle} ml bottles do I need to fill "
                       f"(whole bottles)?",
                       f"{floz} US fl oz to mL using 29.57? and number of {bottle}mL bottles "
                       f"required (round up)"])
    return text, [num(ml, 0) + [f"{v} ml" for v in num(ml, 0)], [f"{n} bottles", f"{n} bottle"]]


@fam
def two_unrelated_lcm_and_tip(rng):
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18], 2)
    lcm = a * b // math.gcd(a, b)
    bill = F(rng.randint(2000, 15000), 100)
    tip = rng.choice([15, 18, 20])
    t = bill * tip / 100
    if tie(t):
        return None
    text = rng.choice([f"LCM of {a} and {b}? also {tip}% tip on ${d(bill)}",
                       f"What's a {tip} percent tip on a {d(bill)} check, and what's the least "
                       f"common multiple of {a} and {b}?"])
    r = rng.choice(["0.92", "0.79"])
    x = t * F(r)
    x2 = F(round(t * 100), 100) * F(r)
    if tie(x) or tie(x2):
        return None
    text += f" — and the tip in euros at 1 USD = {r} EUR"
    return text, [num(x) + num(x2),
                  [f"LCM is {lcm}", f"lcm is {lcm}", f"LCM = {lcm}", f"LCM of {a} and {b} is {lcm}",
                   f"multiple is {lcm}", f"= {lcm}", f"{lcm}."], num(t)]


@fam
def ohms_law_and_power(rng):
    v = rng.choice([5, 9, 12, 24, 120, 230])
    r = rng.choice([2, 4, 6, 8, 10, 12, 15, 20, 47, 100])
    i = F(v, r)
    p = v * i
    if tie(i, 3) or tie(p, 2):
        return None
    text = rng.choice([f"circuit: {v} V across a {r} ohm resistor. current in amps (3 dp) and "
                       "power "
                       f"in watts (2 dp)?",
                       f"I = V/R and P = VI for V={v}V, R={r}Ω — give both"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot I against V for this resistor too.'
    return text, [PLOT, num(i, 3) + num(i), num(p)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_coupon_then_convert, hours_timesheet_screenshot_pay, caffeine_and_cups,
    rate_belongs_to_second, study_hours_plan, unit_price_compare_and_saving,
    report_growth_then_forecast, pill_count_and_refill_date, circle_garden_and_fence,
    blood_sugar_units, overtime_pay_story, csv_scores_pass_rate_mean, ounces_water_and_bottles,
    two_unrelated_lcm_and_tip, ohms_law_and_power)]
