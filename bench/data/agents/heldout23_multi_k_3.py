"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 3: functions and lines
with plots, change and budgets from receipts, app screenshots, timesheets, drips and stories."""

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
)
from bench.data.agents.helpers import Family


@fam
def evaluate_and_plot(rng: random.Random) -> Made:
    a, b, c, k = rng.randint(1, 5), rng.randint(-8, 8), rng.randint(-10, 10), rng.randint(-5, 6)
    expr = f"{a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)}"
    val = a * k * k + b * k + c
    text = rng.choice([f"f(x) = {expr}. what is f({k})? and plot f please",
                       f"Graph {expr} and evaluate it at x = {k}"])
    return text, [[f"f({k}) = {val}", f"= {val}", f"is {val}"], PLOT]


@fam
def inequality_and_number_line(rng: random.Random) -> Made:
    a, x, b = rng.randint(2, 9), rng.randint(-6, 12), rng.randint(-15, 15)
    sym = rng.choice([">", "<", ">=", "<="])
    text = rng.choice([f"solve {a}x {'+' if b >= 0 else '-'} {abs(b)} {sym} {a * x + b} and plot "
                       f"y = {a}x {'+' if b >= 0 else '-'} {abs(b)}",
                       f"Solve the inequality {a}x {'+' if b >= 0 else '-'} {abs(b)} {sym} "
                       f"{a * x + b}, and draw the line "
                       f"y = {a}x {'+' if b >= 0 else '-'} {abs(b)}"])
    alt = {">=": "≥", "<=": "≤"}.get(sym, sym)
    return text, [[f"x {sym} {x}", f"x{sym}{x}", f"x {alt} {x}"], PLOT]


@fam
def slope_through_points_plot(rng: random.Random) -> Made:
    x1, x2 = rng.sample(range(-6, 9), 2)
    m = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5, F(1, 2), F(-1, 2)])
    c = rng.randint(-6, 6)
    if (m * x1).denominator != 1 or (m * x2).denominator != 1:
        raise Redo
    y1, y2 = m * x1 + c, m * x2 + c
    text = rng.choice([f"equation of the line through ({x1}, {y1}) and ({x2}, {y2})? and plot it",
                       f"Find the line through the points ({x1},{y1}) and ({x2},{y2}) in y = mx + "
                       "c form, then graph it"])
    tail = "" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}")
    if m == 1 or m == -1:
        heads = ["x" if m == 1 else "-x"]
    elif isinstance(m, F):
        sg = "-" if m < 0 else ""
        heads = [f"{sg}0.5x", f"{sg}x/2", f"{sg}1/2x", f"{sg}(1/2)x", f"{sg}1/2 x"]
    else:
        heads = [f"{m}x"]
    return text, [[f"y = {h}{tail}" for h in heads], PLOT]


@fam
def receipt_change_from_note(rng: random.Random) -> Made:
    goods = rng.sample(["Milk", "Eggs", "Bread", "Butter", "Bananas", "Rice", "Coffee"], 3)
    prices = cents(rng, 3, 90, 1500)
    total = sum(prices)
    note = 20 if total < 20 else (50 if total < 50 else 100)
    recipe = {"kind": "receipt", "shop": rng.choice(["Corner Shop", "Mini Mart"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = f"paid with a ${note} bill. total on the receipt? how much change should I get?"
    return text, [nf(total), nf(note - total)], {"image": recipe}


@fam
def receipt_budget_left(rng: random.Random) -> Made:
    goods = rng.sample(["Pasta", "Chicken", "Apples", "Yogurt", "Cereal", "Cheese", "Onions"], 4)
    prices = cents(rng, 4, 120, 1800)
    budget = rng.choice([60, 75, 80, 100, 120])
    total = sum(prices)
    if total >= budget:  # "how much is left" needs money left
        raise Redo
    recipe = {"kind": "receipt", "shop": rng.choice(["Green Grocer", "Fresh Foods"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "£", "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"My weekly food budget is £{budget}. After this shop, how much is left, and what % "
            "of the budget did I use (1 dp)?")
    return text, [nf(budget - total), pct(total * 100 / budget)], {"image": recipe}


@fam
def subscriptions_screenshot_yearly(rng: random.Random) -> Made:
    subs = rng.sample(["Netflix", "Spotify", "Cloud 2TB", "Gym App", "News+", "Disney"], 3)
    prices = cents(rng, 3, 299, 1899)
    rate = F(rng.randint(82, 93), 100)
    recipe = {"kind": "screenshot", "title": "Subscriptions",
              "rows": [f"{s}  ${float(p):.2f}/mo" for s, p in zip(subs, prices, strict=True)],
              "font": rng.randrange(4), "degrade": dg(rng)}
    year = 12 * sum(prices)
    text = (f"These are my monthly subscriptions. What do they cost per year in total, and in "
            f"euros at $1 = €{d(rate)}?")
    return text, [nf(year), nf(year * rate)], {"image": recipe}


@fam
def boarding_pass_gate_close(rng: random.Random) -> Made:
    dep, gate = rng.randint(6 * 60, 22 * 60), rng.choice(["A12", "B7", "C21", "D4", "E15"])
    before = rng.choice([15, 20, 25, 30])
    recipe = {"kind": "screenshot", "title": "Boarding Pass",
              "rows": [f"Flight {rng.choice(['BA', 'LH', 'AF'])}{rng.randint(100, 999)}",
                       f"Gate {gate}", f"Departs {hhmm(dep)}"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"which gate am I at? the gate closes {before} minutes before departure, what time "
            "is that?")
    return text, [[gate, gate.lower()], clock(dep - before)], {"image": recipe}


@fam
def speed_sign_to_mph(rng: random.Random) -> Made:
    lim = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110])
    km = rng.randint(5, 60)
    recipe = {"kind": "sign", "words": ["SPEED LIMIT", f"{lim} KM/H"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    text = (f"Driving abroad. What's that speed limit in mph (1 mile = 1.609 km, 1 dp)? And how "
            f"many minutes to cover {km} km at exactly the limit (1 dp)?")
    return text, [nu(lim / F("1.609"), 1, "mph", "miles per hour"),
                  nu(F(km * 60, lim), 1, "minutes", "min")], \
        {"image": recipe}


@fam
def platform_sign_arrival(rng: random.Random) -> Made:
    plat, dep = rng.randint(1, 14), rng.randint(6 * 60, 21 * 60)
    ride = rng.randint(25, 190)
    recipe = {"kind": "sign", "words": [f"PLATFORM {plat}", f"DEPARTS {hhmm(dep)}"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"Which platform is my train from, and the trip takes {ride // 60} h {ride % 60} min "
            "-- when do I arrive?") if ride >= 60 else (
        f"which platform? and if the journey is {ride} minutes what time do I get in?")
    return text, [[f"platform {plat}"], clock(dep + ride)], {"image": recipe}


@fam
def csv_fahrenheit_max_in_c(rng: random.Random) -> Made:
    days = [f"2026-07-{i:02d}" for i in range(1, rng.randint(6, 10))]
    temps = [rng.randint(60, 104) for _ in days]
    csv = "date,high_f\n" + "\n".join(f"{a},{t}" for a, t in zip(days, temps, strict=True)) + "\n"
    hi = max(temps)
    text = ("From the attached temps (°F): what was the hottest day's reading, and what is it "
            "in Celsius (1 decimal)?")
    return text, [[f"{hi}°F", f"{hi} °F", f"{hi} F", f"{hi}F", f"{hi} degrees"],
                  nu(F(hi - 32) * 5 / 9, 1, "°C", "C", "degrees C")], {"csv": csv}


@fam
def csv_timesheet_pay(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    hrs = [F(rng.randint(8, 22), 2) for _ in days]
    rate = F(rng.randint(1150, 3200), 100)
    csv = "day,hours\n" + "\n".join(f"{a},{d(h)}" for a, h in zip(days, hrs, strict=True)) + "\n"
    total = sum(hrs)
    text = (f"my timesheet for the week is attached. total hours? and my pay at ${float(rate):.2f} "
            "an hour?")
    return text, [nu(total, 1, "hours", "hrs", "h"), nf(total * rate)], {"csv": csv}


@fam
def csv_bp_mean_and_map(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    sy = [rng.randint(105, 160) for _ in range(n)]
    di = [rng.randint(62, 100) for _ in range(n)]
    csv = "reading,systolic,diastolic\n" + "\n".join(
        f"{i + 1},{a},{b}" for i, (a, b) in enumerate(zip(sy, di, strict=True))) + "\n"
    ms, md = F(sum(sy), n), F(sum(di), n)
    text = ("Attached are my blood pressure readings. What's the average systolic (1 dp), and "
            "the MAP from the average systolic and diastolic, MAP = (SYS + 2×DIA)/3, 1 dp?")
    mean_map = list(dict.fromkeys(nf((ms + 2 * md) / 3, 1)
                                  + nf((r2(ms, 1) + 2 * r2(md, 1)) / 3, 1)))
    return text, [nf(ms, 1), mean_map], {"csv": csv}


@fam
def bsa_mosteller_from_inches(rng: random.Random) -> Made:
    inch, kg = rng.randint(58, 76), rng.randint(45, 115)
    cm = inch * F("2.54")
    bsa = math.sqrt(float(cm * kg / 3600))
    if abs(bsa * 100 - int(bsa * 100) - 0.5) < 0.02:
        raise Redo
    text = (f"Height {inch} inches -- in cm? (2.54 cm/in) Then body surface area by Mosteller, "
            f"sqrt(cm × kg / 3600), with {kg} kg, to 2 decimals")
    return text, [nu(cm, 2, "cm", "centimetres", "centimeters"),
                  list(dict.fromkeys([f"{bsa:.2f}", f"{bsa:.2f}".rstrip("0").rstrip(".")]))]


@fam
def iv_drip_rate(rng: random.Random) -> Made:
    vol, hrs = rng.choice([500, 1000, 1500, 250, 750]), rng.choice([2, 3, 4, 6, 8, 10, 12])
    factor = rng.choice([10, 15, 20, 60])
    text = (f"Nursing homework: {vol} mL to run over {hrs} hours. Rate in mL/h (1 dp)? And "
            f"drops per minute with a {factor} gtt/mL set (nearest whole drop)?")
    return text, [nu(F(vol, hrs), 1, "mL/h", "ml/h", "mL/hr", "ml/hr"),
                  nu(F(vol * factor, hrs * 60), 0, "gtt/min", "drops/min", "drops per minute")]


@fam
def litres_to_cups_of_water(rng: random.Random) -> Made:
    ml = rng.randint(900, 3800)
    cup = rng.choice([8, 12, 16])
    fl = ml / F("29.57")
    text = (f"I drank {d(F(ml, 1000))} L of water today. How many US fl oz is that (1 fl oz = "
            f"29.57 mL, 1 dp), and how many full {cup}-oz glasses?")
    n = int(fl // cup)
    return text, [nu(fl, 1, "fl oz", "oz", "ounces"), [f"{n} full", f"{n} glasses", f"{n} glass"]]


@fam
def celsius_then_above_threshold(rng: random.Random) -> Made:
    c, base = rng.randint(-10, 40), rng.choice([32, 50, 60, 65])
    f = F(c) * 9 / 5 + 32
    text = rng.choice([f"convert {c} °C to °F, then how many degrees F is that above {base} °F?",
                       f"{c}C in fahrenheit? and the difference from {base}F"])
    if f == base:
        raise Redo
    return text, [nu(f, 1, "°F", "F", "degrees"), nf(abs(f - base), 1)]


@fam
def shift_pay_after_tax(rng: random.Random) -> Made:
    h, rate, tax = F(rng.randint(4, 24), 2), F(rng.randint(1200, 3000), 100), rng.choice(
        [10, 12, 15, 20, 22])
    gross = h * rate
    text = (f"Worked {d(h)} hours at {float(rate):.2f} an hour. what's the gross, and what do I "
            f"keep after {tax}% tax?")
    return text, [nf(gross), list(dict.fromkeys(nf(gross * (100 - tax) / 100)
                                                + nf(r2(gross) * (100 - tax) / 100)))]


@fam
def km_to_miles_then_pace(rng: random.Random) -> Made:
    km, mins = rng.choice([5, 8, 10, 12, 15, 21, 25]), rng.randint(20, 150)
    mi = km / F("1.609")
    text = (f"convert {km} km to miles (1 mi = 1.609 km, 2 dp), then my pace per mile if I did "
            f"it in {mins} minutes (minutes per mile, 2 dp)")
    return text, [nu(mi, 2, "miles", "mi"), list(dict.fromkeys(nf(mins / mi) + nf(mins / r2(mi))))]


@fam
def unrelated_percent_and_dates(rng: random.Random) -> Made:
    pc, n = rng.choice([7, 13, 17, 23, 35, 45]), rng.randint(40, 900)
    m1, d1 = rng.randint(1, 6), rng.randint(1, 28)
    m2, d2 = rng.randint(7, 12), rng.randint(1, 28)
    import datetime as dt
    days = (dt.date(2026, m2, d2) - dt.date(2026, m1, d1)).days
    a, b = dt.date(2026, m1, d1).strftime("%B %-d"), dt.date(2026, m2, d2).strftime("%B %-d")
    text = rng.choice([f"what's {pc}% of {n}? and separately how many days between {a} and {b} "
                       "2026 (count the end date but not the start date)?",
                       f"Two things. Days from {a} to {b}, 2026 (count the end date but not the "
                       f"start). Also {pc} percent of {n}."])
    return text, [nf(F(pc * n, 100)), [f"{days} days"]]


@fam
def unrelated_height_and_power(rng: random.Random) -> Made:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    b, e = rng.choice([2, 3, 7, 11]), rng.randint(5, 12)
    text = rng.choice([f"how tall is {ft} ft {inch} in in cm? also what is {b}^{e}",
                       f"{b} to the power {e}? and {ft}'{inch}\" in centimetres"])
    return text, [nu((12 * ft + inch) * F("2.54"), 2, "cm", "centimetres", "centimeters"),
                  nf(b**e, 0)]


@fam
def bullets_hypotenuse_and_cups(rng: random.Random) -> Made:
    a, b = rng.randint(3, 20), rng.randint(3, 20)
    ml = rng.choice([250, 300, 400, 500, 600, 750])
    hyp = math.sqrt(a * a + b * b)
    if abs(hyp * 100 - int(hyp * 100) - 0.5) < 0.02:
        raise Redo
    text = (f"• hypotenuse of a right triangle with legs {a} and {b} (2 dp)\n• {ml} ml in US cups "
            "(1 cup = 236.6 ml), 2 dp")
    h = list(dict.fromkeys([f"{hyp:.2f}", f"{hyp:.2f}".rstrip("0").rstrip(".")]))
    return text, [h, nu(ml / F("236.6"), 2, "cups", "cup")]


@fam
def moving_house_story(rng: random.Random) -> Made:
    boxes, per_trip = rng.randint(25, 90), rng.randint(8, 20)
    van, km, per_km = rng.randint(40, 120), rng.randint(10, 80), F(rng.randint(25, 60), 100)
    trips = -(-boxes // per_trip)
    cost = van + trips * km * per_km
    text = (f"We're moving next week. There are {boxes} boxes and the van fits {per_trip} per "
            f"trip. The van is ${van} for the day plus ${d(per_km)} per km, and each trip is "
            f"{km} km "
            "(round trip). How many trips do we need, and what will the van cost in total?")
    return text, [[f"{trips} trips", f"{trips} trip"], nf(cost)]


@fam
def fence_feet_to_metres_cost(rng: random.Random) -> Made:
    w, length = rng.randint(10, 60), rng.randint(10, 80)
    price = F(rng.randint(900, 3500), 100)
    per = 2 * (w + length)
    m = per * F("0.3048")
    text = (f"garden is {w} ft by {length} ft. I want to fence all the way round. How many metres "
            f"of fencing is that (1 ft = 0.3048 m, 2 dp) and the cost at ${float(price):.2f} per "
            "metre?")
    return text, [nu(m, 2, "m", "metres", "meters"),
                  list(dict.fromkeys(nf(m * price) + nf(r2(m) * price)))]


@fam
def pet_dose_lb(rng: random.Random) -> Made:
    lb = rng.randint(8, 95)
    mgkg = rng.choice([2, 5, 10, 12.5, 20])
    kg = lb / F("2.2")
    pet = rng.choice(["dog", "cat"]) if lb < 20 else "dog"
    text = (f"my {pet} is {lb} lb. Vet said {mgkg} mg per kg. Using 1 kg = 2.2 lb, how many kg is "
            "she (2 dp), and how many mg per dose (1 dp)?")
    dose = kg * F(str(mgkg))
    return text, [nu(kg, 2, "kg"), list(dict.fromkeys(nu(dose, 1, "mg")
                                                      + nu(r2(kg) * F(str(mgkg)), 1, "mg")))]


@fam
def eur_usd_rate_and_discount(rng: random.Random) -> Made:
    amt, rate, off = rng.randint(20, 400), F(rng.randint(105, 118), 100), rng.choice(
        [10, 15, 20, 25, 40])
    text = rng.choice([f"convert {amt} EUR to USD at 1 EUR = {d(rate)} USD, and also how much is "
                       f"{amt} with {off}% off?",
                       f"what's {amt} minus {off}%? and {amt} euros in dollars (rate {d(rate)})"])
    return text, [nf(amt * rate), nf(F(amt * (100 - off), 100))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    evaluate_and_plot, inequality_and_number_line, slope_through_points_plot,
    receipt_change_from_note, receipt_budget_left, subscriptions_screenshot_yearly,
    boarding_pass_gate_close, speed_sign_to_mph, platform_sign_arrival, csv_fahrenheit_max_in_c,
    csv_timesheet_pay, csv_bp_mean_and_map, bsa_mosteller_from_inches, iv_drip_rate,
    litres_to_cups_of_water, celsius_then_above_threshold, shift_pay_after_tax,
    km_to_miles_then_pace, unrelated_percent_and_dates, unrelated_height_and_power,
    bullets_hypotenuse_and_cups, moving_house_story, fence_feet_to_metres_cost, pet_dose_lb,
    eur_usd_rate_and_discount)]
