"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 5: work and office
maths, shop figures, clinic numbers, homework pairs, photos with a sum."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.helpers import Family


@fam
def meeting_length_and_cost(rng):
    h, m = rng.randint(8, 15), rng.choice([0, 15, 30, 45])
    mins = rng.choice([45, 50, 75, 90, 105, 120])
    people = rng.randint(3, 12)
    rate = rng.randint(30, 90)
    cost = F(people * rate * mins, 60)
    end = h * 60 + m + mins
    eh, em = divmod(end, 60)
    text = rng.choice([f"meeting starts {h}:{m:02d} and runs {mins} min. when does it end? with "
                       f"{people} people at an average ${rate}/hour, what does it cost?",
                       f"{people} attendees, avg hourly cost {rate}, {mins}-minute meeting from "
                       f"{h:02d}:{m:02d}. End time and total cost?"])
    ends = [f"{eh}:{em:02d}", f"{eh:02d}:{em:02d}", f"{eh % 12 or 12}:{em:02d}"]
    r = rng.choice(["0.92", "0.79", "1.36"])
    x = cost * F(r)
    if tie(x):
        return None
    text += f" And what's the cost in our local currency at 1 USD = {r}?"
    return text, [num(x), ends, num(cost)]


@fam
def print_job_pages_and_paper(rng):
    copies, pages = rng.randint(12, 80), rng.randint(4, 30)
    sheets = copies * -(-pages // 2)
    ream = 500
    reams = -(-sheets // ream)
    text = rng.choice([f"printing {copies} copies of a {pages}-page handout, double-sided. how "
                       "many "
                       f"sheets, and how many 500-sheet reams do I need?",
                       f"{copies} copies × {pages} pages, duplex — sheets of paper? reams (500 "
                       "each, "
                       f"round up)?"])
    kg = sheets * F(5, 1000)
    text += " Each sheet weighs 5 g — total paper weight in kg?"
    return text, [[f"{v} kg" for v in num(kg)] + [f"{v}kg" for v in num(kg)],
                  [str(sheets), f"{sheets:,}", f"{sheets} sheets"],
                  [f"{reams} ream", f"{reams} reams"]]


@fam
def commission_and_target(rng):
    sales = rng.randint(8, 90) * 1000
    pc = rng.choice([3, 4, 5, 6, 8, 10])
    base = rng.randint(1800, 3500)
    com = F(sales * pc, 100)
    total = base + com
    text = rng.choice([f"base pay ${base:,} plus {pc}% commission on ${sales:,} in sales. "
                       "commission? "
                       f"total pay this month?",
                       f"I sold {sales} this month; commission rate {pc}% and base {base}. "
                       "What's the "
                       f"commission and what's my total?"])
    text += ' Chart base vs commission please.'
    return text, [PLOT, [*num(com), f"{int(com):,}"] if com.denominator == 1 else num(com),
                  num(total) + ([f"{int(total):,}"] if total.denominator == 1 else [])]


@fam
def receipt_two_people_items(rng):
    goods = rng.sample(["Burger", "Fries", "Salad", "Soup", "Wings", "Pie", "Tacos", "Noodles"], 4)
    prices = [F(rng.randint(350, 1650), 100) for _ in goods]
    mine = goods[:2]
    my = prices[0] + prices[1]
    total = sum(prices)
    rest = total - my
    recipe = {"kind": "receipt", "shop": rng.choice(["Noodle Bar", "Taco Spot", "Diner 66"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"I had the {mine[0].lower()} and the {mine[1].lower()}, my friend had the "
                       f"rest. what do I owe and what does my friend owe?",
                       f"Split by what we ordered: me = {mine[0]} + {mine[1]}, friend = everything "
                       f"else. Amounts for each of us?"])
    return text, [num(my), num(rest)], {"image": recipe}


@fam
def sign_store_closing_countdown(rng):
    close = rng.randint(17, 22)
    now = rng.randint(12, close - 1) * 60 + rng.choice([5, 17, 25, 38, 44, 52])
    left = close * 60 - now
    tasks = rng.randint(2, 5)
    per = F(left, tasks)
    if tie(per, 1):
        return None
    sign = {"kind": "sign", "words": ["HARDWARE", f"CLOSES AT {close}:00"],
            "font": rng.randrange(4),
            "degrade": dg(rng)}
    nh, nm = divmod(now, 60)
    text = rng.choice([f"It's {nh}:{nm:02d}. How many minutes before this store closes? I have "
                       f"{tasks} errands to split that time across evenly, minutes each (1 dp)?",
                       f"time now {nh:02d}:{nm:02d} — minutes left till closing on the sign, and "
                       f"that divided by {tasks} (1 dp)"])
    return text, [[f"{left} minutes", f"{left} min", f"{left}min"], num(per, 1)], {"image": sign}


@fam
def creatinine_clearance_and_lb(rng):
    age, kg = rng.randint(30, 85), rng.randint(50, 100)
    scr = F(rng.randint(7, 20), 10)
    female = rng.random() < 0.5
    crcl = F(140 - age) * kg / (72 * scr) * (F("0.85") if female else 1)
    lb = kg * F("2.2046")
    if tie(crcl, 1) or tie(lb, 1):
        return None
    text = rng.choice([f"Cockcroft-Gault CrCl for a {age} yo {'female' if female else 'male'}, "
                       f"{kg} kg, serum creatinine {show(scr)} mg/dL (1 dp)? Also weight in lb "
                       f"(×2.2046, 1 dp).",
                       f"{'F' if female else 'M'}, age {age}, wt {kg}kg, SCr {show(scr)} — "
                       f"creatinine clearance by Cockcroft-Gault, and the weight in pounds using "
                       f"2.2046, 1 dp each"])
    return text, [num(crcl, 1), num(lb, 1)]


@fam
def anion_gap_and_map(rng):
    na, cl, hco3 = rng.randint(132, 146), rng.randint(95, 110), rng.randint(18, 30)
    ag = na - cl - hco3
    s, dia = rng.randint(95, 160), rng.randint(55, 100)
    mp = F(s + 2 * dia, 3)
    if tie(mp, 1):
        return None
    text = rng.choice([f"labs: Na {na}, Cl {cl}, HCO3 {hco3}. anion gap? and MAP for BP {s}/{dia} "
                       f"(1 dp)",
                       f"Calculate the anion gap (Na − Cl − HCO3) with Na={na} Cl={cl} "
                       f"HCO3={hco3}, "
                       f"and mean arterial pressure for {s}/{dia}"])
    return text, [[str(ag), f"{ag} mEq/L", f"{ag} mmol/L"], num(mp, 1)]


@fam
def sum_of_series_and_plot(rng):
    n = rng.randint(10, 60)
    s = n * (n + 1) // 2
    text = rng.choice([f"what's 1 + 2 + ... + {n}? and plot y = x(x+1)/2 for x from 0 to {n}",
                       f"sum of the integers from 1 to {n}, plus a graph of y=x^2/2"])
    return text, [[str(s), f"{s:,}"], PLOT]


@fam
def solve_simultaneous_price_problem(rng):
    a, b = F(rng.randint(150, 500), 100), F(rng.randint(100, 400), 100)
    x1, y1 = rng.randint(1, 4), rng.randint(1, 4)
    x2, y2 = rng.randint(1, 4), rng.randint(1, 4)
    if x1 * y2 == x2 * y1:
        return None
    t1, t2 = x1 * a + y1 * b, x2 * a + y2 * b
    rate = rng.choice(["0.92", "0.86"])
    code = "EUR" if rate == "0.92" else "GBP"
    conv = a * F(rate)
    if tie(conv):
        return None
    def pl(n: int, w: str) -> str:
        return f"{n} {w}{'s' if n != 1 else ''}"
    text = (f"{pl(x1, 'coffee')} and {pl(y1, 'muffin')} cost ${d(t1)}; {pl(x2, 'coffee')} and "
            f"{pl(y2, 'muffin')} cost "
            f"${d(t2)}. price of one coffee and one muffin? and the coffee price in {code} at "
            f"1 USD = {rate} {code}")
    return text, [num(a), num(b), num(conv)]


@fam
def cagr_and_chart(rng):
    start = rng.randint(10, 90) * 1000
    yrs = rng.randint(2, 6)
    g = rng.choice([4, 6, 8, 10, 15])
    end = round(start * (1 + g / 100) ** yrs, -2)
    cagr = ((end / start) ** (1 / yrs) - 1) * 100
    frac = cagr * 100 - int(cagr * 100)
    if abs(frac - 0.5) < 0.01:
        return None
    text = rng.choice([f"revenue grew from {start:,} to {int(end):,} over {yrs} years. CAGR (2 "
                       "dp)? "
                       f"and chart start vs end",
                       f"CAGR from ${start} to ${int(end)} in {yrs} yrs (2 dp), and plot the "
                       "two values"])
    c = f"{cagr:.2f}"
    return text, [[f"{c}%", f"{c.rstrip('0').rstrip('.')}%"], PLOT]


@fam
def story_lemonade_stand(rng):
    kid = rng.choice(["Maya", "Leo", "Sofia", "Ethan", "Zara"])
    cups, price = rng.randint(20, 90), F(rng.choice([50, 75, 100, 125, 150]), 100)
    lemons = F(rng.randint(500, 2000), 100)
    sugar = F(rng.randint(200, 600), 100)
    rev = cups * price
    prof = rev - lemons - sugar
    if prof <= 0:
        return None
    per = prof / cups
    if tie(per):
        return None
    text = (f"{kid} had a lemonade stand on Saturday. {rng.choice(['She', 'They'])} sold {cups} "
            "cups "
            f"at ${d(price)}, spent ${d(lemons)} on lemons and ${d(sugar)} on sugar and cups. "
            f"What was the profit, and the profit per cup sold?")
    text += ' Can you make a chart of revenue vs costs?'
    return text, [PLOT, num(prof), num(per)]


@fam
def currency_two_legs(rng):
    eur = rng.randint(100, 2000)
    r1 = rng.choice(["1.17", "1.16", "1.08"])
    r2 = rng.choice(["0.79", "0.78", "0.8"])
    usd = eur * F(r1)
    gbp = usd * F(r2)
    gbp2 = F(round(usd * 100), 100) * F(r2)
    if tie(gbp) or tie(gbp2):
        return None
    text = rng.choice([f"€{eur} to dollars at 1 EUR = {r1} USD, then those dollars to pounds at "
                       f"1 USD = {r2} GBP",
                       f"convert {eur} EUR → USD (rate {r1}) → GBP (rate {r2}). give both amounts"])
    return text, [num(usd), num(gbp) + num(gbp2)]


@fam
def list_heart_rates_stats(rng):
    hr = [rng.randint(55, 95) for _ in range(rng.randint(5, 8))]
    mean = F(sum(hr), len(hr))
    hi = max(hr)
    if tie(mean, 1):
        return None
    text = rng.choice([f"resting HR readings this week: {', '.join(map(str, hr))}. average (1 dp)? "
                       f"and plot them",
                       f"My morning pulse: {' / '.join(map(str, hr))} bpm. mean (1 dp), and a line "
                       "chart"])
    _ = hi
    return text, [num(mean, 1), PLOT]


@fam
def ml_to_tsp_and_dose_days(rng):
    bottle = rng.choice([100, 120, 150, 200, 250])
    dose = rng.choice([F(5), F(10), F(15, 2), F(5, 2)])
    times = rng.choice([2, 3, 4])
    days = bottle / (dose * times)
    tsp = dose / 5
    if tie(days, 1):
        return None
    text = rng.choice([f"take {show(dose)} ml {times} times a day from a {bottle} ml bottle. "
                       "how many "
                       f"teaspoons per dose (1 tsp = 5 ml), and how many days will the bottle last "
                       f"(1 dp)?",
                       f"{bottle}mL bottle, dose {show(dose)}mL x{times}/day: days it lasts "
                       "(1 dp)? dose in "
                       f"tsp (5 ml each)?"])
    return text, [[f"{show(tsp)} tsp", f"{show(tsp)} teaspoon"], num(days, 1)]


@fam
def gradient_and_distance_points(rng):
    x1, y1 = rng.randint(-6, 6), rng.randint(-6, 6)
    dx, dy = rng.choice([(3, 4), (6, 8), (5, 12), (8, 6), (4, 3), (12, 5)])
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    x2, y2 = x1 + sx * dx, y1 + sy * dy
    slope = F(y2 - y1, x2 - x1)
    dist = int((dx * dx + dy * dy) ** 0.5)
    text = rng.choice([f"points ({x1}, {y1}) and ({x2}, {y2}): slope of the line through them, and "
                       f"the distance between them",
                       f"distance from ({x1},{y1}) to ({x2},{y2})? gradient?"])
    sl = [str(slope)] + ([f"{float(slope):.{k}f}".rstrip("0") for k in (2, 3, 4)]
                         if slope.denominator != 1 else [])
    sl = list(dict.fromkeys(sl))
    text += ("" if text[-1] == "?" else ",") + ' and plot the line through them'
    return text, [PLOT, sl, [f"distance is {dist}", f"distance = {dist}", f"distance: {dist}",
                       f"= {dist}", f"{dist} units", f"√{dx * dx + dy * dy} = {dist}"]]


@fam
def rent_increase_then_yearly(rng):
    rent = rng.randint(700, 3000)
    pc = F(rng.choice([25, 30, 35, 40, 50, 60, 75]), 10)
    new = rent * (100 + pc) / 100
    year = new * 12
    if tie(new):
        return None
    new_r = F(round(new * 100), 100)
    text = rng.choice([f"landlord is raising my ${rent} rent by {show(pc)}%. new monthly rent? and "
                       f"yearly at the new rate?",
                       f"rent ${rent}/mo going up {show(pc)} percent — new rent, then annual "
                       "total"])
    r = rng.choice(["0.92", "0.79"])
    x = new * F(r)
    x2 = F(round(new * 100), 100) * F(r)
    if tie(x) or tie(x2):
        return None
    text += f" (also the new monthly rent in euros at 1 USD = {r} EUR)"
    return text, [num(x) + num(x2), num(new), num(year) + num(new_r * 12)]


@fam
def gpa_screenshot_weighted(rng):
    courses = rng.sample(["Calc", "Bio", "Chem", "Lit", "Econ", "Art"], 3)
    cr = [rng.choice([2, 3, 4]) for _ in courses]
    gp = [rng.choice([F(4), F("3.7"), F("3.3"), F(3), F("2.7")]) for _ in courses]
    gpa = sum(c * g for c, g in zip(cr, gp, strict=True)) / sum(cr)
    if tie(gpa):
        return None
    rows = [f"{c}: {show(g)} ({k} cr)" for c, g, k in zip(courses, gp, cr, strict=True)]
    shot = {"kind": "screenshot", "title": "Grade report", "rows": rows, "font": rng.randrange(4),
            "degrade": dg(rng)}
    total = sum(cr)
    text = rng.choice(["weighted GPA from this grade report (2 dp)? and total credits?",
                       "How many credits are on this screenshot, and what's my credit-weighted "
                       "GPA (2 dp)?"])
    return text, [num(gpa), [f"{total} credits", f"{total} cr", f"{total} credit"]], {"image": shot}


@fam
def tiles_needed_and_boxes(rng):
    L, W = F(rng.randint(20, 60), 10), F(rng.randint(15, 45), 10)
    tile = rng.choice([F("0.3"), F("0.4"), F("0.5"), F("0.6")])
    n = -(-(L * W) // (tile * tile))
    box = rng.choice([8, 10, 12])
    boxes = -(-n // box)
    text = rng.choice([f"floor {show(L)} m × {show(W)} m, square tiles {int(tile * 100)} cm a "
                       "side. "
                       f"how many tiles (floor area ÷ tile area, round up)? boxes of {box}?",
                       f"Tiling a {show(L)}x{show(W)} m room with {int(tile * 100)}cm tiles: "
                       "number "
                       f"of tiles (floor area ÷ tile area, rounded up), and how many {box}-packs"])
    ft2 = L * W * F("10.764")
    if tie(ft2, 1):
        return None
    text += ("" if text[-1] in ".?!" else ".") + " Floor area in sq ft too (×10.764, 1 dp)."
    return text, [num(ft2, 1),
                  [f"{n} tiles", str(n)], [f"{boxes} boxes", f"{boxes} packs", f"{boxes} box"]]


@fam
def due_date_and_weeks(rng):
    lmp = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    due = lmp + dt.timedelta(days=280)
    today = lmp + dt.timedelta(days=rng.randint(40, 270))
    w, dd = divmod((today - lmp).days, 7)
    text = rng.choice([f"my last period started {lmp:%d %B %Y}. due date by Naegele's rule (LMP + "
                       f"280 days)? and how far along am I on {today:%d %B %Y} in weeks and days?",
                       f"LMP {lmp:%Y-%m-%d}. EDD = LMP + 280 days? gestational age on "
                       f"{today:%Y-%m-%d}?"])
    return text, [[f"{due:%d %B %Y}", f"{due.day} {due:%B %Y}", f"{due:%B} {due.day}, {due.year}",
                   f"{due:%Y-%m-%d}", f"{due:%B} {due.day} {due.year}", f"{due.day} {due:%b %Y}",
                   f"{due:%b} {due.day}, {due.year}"],
                  [f"{w} weeks and {dd} days", f"{w} weeks {dd} days", f"{w}w {dd}d", f"{w}w{dd}d",
                   f"{w}+{dd}", *([f"{w} weeks exactly", f"exactly {w} weeks"] if dd == 0 else [])]]


@fam
def tip_and_convert_for_one_part(rng):
    bill = F(rng.randint(3000, 20000), 100)
    tip = rng.choice([10, 12, 15])
    total = bill * (100 + tip) / 100
    rate = rng.choice(["0.0067", "0.0068", "0.0066"])
    usd = total * F(rate) * 100
    if tie(total):
        return None
    text = rng.choice([f"dinner in Tokyo was ¥{int(bill * 100):,}. with a {tip}% service charge "
                       "what's "
                       f"the total in yen, and in USD at 1 JPY = {rate} USD?",
                       f"¥{int(bill * 100)} bill + {tip}% = ? yen; convert to dollars at {rate} "
                       "USD "
                       f"per yen"])
    yen = total * 100
    yen_f = [str(int(yen)), f"{int(yen):,}"] if yen.denominator == 1 else [
        *num(yen, 0), *num(yen, 1), *num(yen)]
    if tie(usd):
        return None
    return text, [yen_f, num(usd)]


@fam
def numbered_study_stats(rng):
    a = [rng.randint(50, 100) for _ in range(5)]
    mean = F(sum(a), 5)
    n = rng.randint(5, 12)
    fact = 1
    for k in range(2, n + 1):
        fact *= k
    if tie(mean):
        return None
    text = rng.choice([f"stats revision:\n1) mean of {', '.join(map(str, a))}\n2) {n}! (factorial)",
                       f"- average of {' '.join(map(str, a))}\n- number of ways to line up {n} "
                       f"different books on a shelf"])
    return text, [num(mean), [str(fact), f"{fact:,}"]]


@fam
def bike_commute_calories_and_km(rng):
    mi = F(rng.randint(20, 150), 10)
    km = mi * F("1.609")
    days = rng.randint(3, 5)
    kcal_km = rng.choice([25, 28, 30, 32])
    week = km * 2 * days * kcal_km
    if tie(km) or tie(week, 0):
        return None
    text = rng.choice([f"my bike commute is {show(mi)} miles each way. km (×1.609)? and calories "
                       f"burned per week if I ride there and back {days} days and burn {kcal_km} "
                       f"kcal per km (whole number)",
                       f"{show(mi)} mi one-way → km? Round trip {days}x a week at {kcal_km} "
                       "kcal/km "
                       f"= weekly kcal?"])
    week2 = F(round(km * 100), 100) * 2 * days * kcal_km
    kms = list(dict.fromkeys(num(km) + num(km, 1) + num(km, 4)))
    return text, [kms, num(week, 0) + num(week2, 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    meeting_length_and_cost, print_job_pages_and_paper, commission_and_target,
    receipt_two_people_items, sign_store_closing_countdown, creatinine_clearance_and_lb,
    anion_gap_and_map, sum_of_series_and_plot, solve_simultaneous_price_problem, cagr_and_chart,
    story_lemonade_stand, currency_two_legs, list_heart_rates_stats, ml_to_tsp_and_dose_days,
    gradient_and_distance_points, rent_increase_then_yearly, gpa_screenshot_weighted,
    tiles_needed_and_boxes, due_date_and_weeks, tip_and_convert_for_one_part, numbered_study_stats,
    bike_commute_calories_and_km)]
