"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 4: intersections and
growth with plots, sales tax and shared receipts, weather and parcel screenshots, weight goals."""

from __future__ import annotations

import random
import statistics

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
)
from bench.data.agents.helpers import Family


def line(m: int, c: int) -> str:
    head = "x" if m == 1 else ("-x" if m == -1 else f"{m}x")
    return head + ("" if c == 0 else (f" + {c}" if c > 0 else f" - {-c}"))


@fam
def lines_meet_and_plot(rng: random.Random) -> Made:
    x, y = rng.randint(-5, 6), rng.randint(-6, 9)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    c1, c2 = y - m1 * x, y - m2 * x
    text = rng.choice([f"where do y = {line(m1, c1)} and y = {line(m2, c2)} intersect? plot both",
                       f"Graph the lines y={line(m1, c1)} and y={line(m2, c2)} and give me the "
                       "point where they cross"])
    return text, [[f"({x}, {y})", f"({x},{y})"], PLOT]


@fam
def cube_root_and_plot(rng: random.Random) -> Made:
    x, k = rng.randint(2, 12), rng.choice([1, 2, 3, 4, 5])
    text = rng.choice([f"solve {k if k > 1 else ''}x^3 = {k * x**3} and plot y = "
                       f"{k if k > 1 else ''}x^3",
                       f"What real x gives {k if k > 1 else ''}x³ = {k * x**3}? Draw the cubic "
                       "too."])
    return text, [[f"x = {x}", f"x={x}"], PLOT]


@fam
def x_intercept_and_plot(rng: random.Random) -> Made:
    m, x = rng.choice([-4, -3, -2, 2, 3, 4, 5, 6]), rng.randint(-8, 9)
    c = -m * x
    text = rng.choice([f"where does y = {line(m, c)} cross the x-axis? and plot it",
                       f"Plot y = {line(m, c)} and find its x-intercept"])
    return text, [[f"x = {x}", f"x={x}", f"({x}, 0)", f"({x},0)"], PLOT]


@fam
def bacteria_doubling_and_plot(rng: random.Random) -> Made:
    n0, dbl, t = rng.choice([50, 100, 200, 250, 500, 1000]), rng.choice([2, 3, 4, 20]), 0
    t = dbl * rng.randint(2, 9) if dbl < 20 else dbl * rng.randint(2, 8)
    unit = "minutes" if dbl == 20 else "hours"
    n = n0 * 2 ** (t // dbl)
    text = (f"Bio homework: a culture starts with {n0} bacteria and doubles every {dbl} {unit}. "
            f"How many after {t} {unit}? Please plot the growth as well.")
    return text, [nf(n, 0), PLOT]


@fam
def scatter_and_correlation(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    hrs = [rng.randint(1, 12) for _ in range(n)]
    slope, noise = rng.randint(1, 6), rng.randint(5, 25)
    sc = [min(100, 35 + slope * h + rng.randint(-noise, noise)) for h in hrs]
    if len(set(hrs)) < 3 or len(set(sc)) < 2:
        raise Redo
    r = statistics.correlation(hrs, sc)
    if abs(r * 100 - int(r * 100) - 0.5) < 0.02 or abs(abs(r * 100) % 1 - 0.5) < 0.02:
        raise Redo
    text = (f"Hours studied: {', '.join(map(str, hrs))}\nTest scores: {', '.join(map(str, sc))}\n"
            "What's the Pearson correlation (2 dp)? and make a scatter plot")
    return text, [list(dict.fromkeys([f"{r:.2f}", f"{r:.2f}".rstrip("0").rstrip(".")])), PLOT]


@fam
def receipt_plus_sales_tax(rng: random.Random) -> Made:
    goods = rng.sample(["T-Shirt", "Socks", "Jeans", "Cap", "Belt", "Scarf"], rng.randint(2, 4))
    prices = cents(rng, len(goods), 499, 4999)
    tax = rng.choice([F("6"), F("7.25"), F("8.875"), F("6.5"), F("9.5")])
    sub = sum(prices)
    recipe = {"kind": "receipt", "shop": rng.choice(["Denim Hut", "Style Barn"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"this receipt is before tax. what's the subtotal, and the total once {d(tax)}% sales "
            "tax is added?")
    return text, [nf(sub), nf(sub * (100 + tax) / 100)], {"image": recipe}


@fam
def receipt_mine_and_roommates(rng: random.Random) -> Made:
    goods = rng.sample(["Milk", "Cereal", "Coffee", "Chicken", "Rice", "Beer", "Soap"], 4)
    prices = cents(rng, 4, 150, 1600)
    a, b = rng.sample(range(4), 2)
    recipe = {"kind": "receipt", "shop": rng.choice(["Metro Market", "Save More"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    mine = prices[a] + prices[b]
    text = (f"The {goods[a].lower()} and {goods[b].lower()} are mine, everything else on this "
            "receipt is my roommate's. How much is my part, and how much is theirs?")
    return text, [nf(mine), nf(sum(prices) - mine)], {"image": recipe}


@fam
def receipt_in_yen(rng: random.Random) -> Made:
    goods = rng.sample(["Tea", "Scones", "Jam", "Biscuits", "Fudge", "Shortbread"], 3)
    prices = cents(rng, 3, 200, 1500)
    rate = rng.randint(180, 205)
    total = sum(prices)
    recipe = {"kind": "receipt", "shop": rng.choice(["Tea Rooms", "Village Shop"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "£", "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"souvenir receipt from London -- total in pounds, and in yen at £1 = ¥{rate} "
            "(whole yen)?")
    return text, [nf(total), nu(total * rate, 0, "yen", "JPY", "¥") + [
        f"¥{v}" for v in nf(total * rate, 0)]], {"image": recipe}


@fam
def receipt_average_item(rng: random.Random) -> Made:
    n = rng.randint(3, 5)
    goods = rng.sample(["Pen", "Ruler", "Glue", "Tape", "Marker", "Eraser", "Folder"], n)
    prices = cents(rng, n, 99, 1200)
    recipe = {"kind": "receipt", "shop": "School Supplies",
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = "school supplies receipt. Total, and the average price per item (2 dp)?"
    return text, [nf(sum(prices)), nf(sum(prices) / n)], {"image": recipe}


@fam
def screenshot_exam_marks(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "Biology", "History", "English", "Physics", "French"], 4)
    marks = [rng.randint(35, 100) for _ in subs]
    recipe = {"kind": "screenshot", "title": "Exam Results",
              "rows": [f"{s}: {m}/100" for s, m in zip(subs, marks, strict=True)],
              "font": rng.randrange(4), "degrade": dg(rng)}
    best = max(marks)
    if marks.count(best) > 1:
        raise Redo
    text = "my results came in! what's my average (2 dp) and which subject was my best?"
    top = subs[marks.index(best)]
    return text, [nf(F(sum(marks), 4)), [top, top.lower()]], {"image": recipe}


@fam
def screenshot_weather_to_c(rng: random.Random) -> Made:
    hi, lo = rng.randint(55, 104), rng.randint(20, 54)
    city = rng.choice(["Denver", "Austin", "Boston", "Phoenix", "Miami"])
    recipe = {"kind": "screenshot", "title": f"Weather {city}",
              "rows": [f"High {hi}°F", f"Low {lo}°F", f"Rain {rng.randint(0, 90)}%"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = "What's today's high and low from this forecast in Celsius? one decimal"
    return text, [nu(F(hi - 32) * 5 / 9, 1, "°C", "C", "degrees C"),
                  nu(F(lo - 32) * 5 / 9, 1, "°C", "C", "degrees C")], \
        {"image": recipe}


@fam
def screenshot_parcel_shipping(rng: random.Random) -> Made:
    lb = F(rng.randint(15, 300), 10)
    per = F(rng.randint(300, 1200), 100)
    recipe = {"kind": "screenshot", "title": "Parcel details",
              "rows": [f"Tracking {rng.randint(10**7, 10**8 - 1)}", f"Weight {d(lb)} lb",
                       "Service: Standard"], "font": rng.randrange(4), "degrade": dg(rng)}
    kg = lb * F("0.4536")
    text = (f"What's this parcel's weight in kg (1 lb = 0.4536 kg, 2 dp)? Shipping is €{d(per)} "
            "per kg -- what will it cost?")
    return text, [nu(kg, 2, "kg"), list(dict.fromkeys(nf(kg * per) + nf(r2(kg) * per)))], \
        {"image": recipe}


@fam
def bridge_weight_sign(rng: random.Random) -> Made:
    t = F(rng.choice([35, 75, 100, 120, 180, 30, 40, 60]), 10)
    truck = rng.randint(2000, 20000)
    recipe = {"kind": "sign", "words": ["BRIDGE", f"MAX {d(t)} T"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    if truck == t * 1000:
        raise Redo
    text = (f"What's the weight limit on this sign in pounds (1 tonne = 2204.62 lb)? and by how "
            f"many kg is my {truck:,} kg truck over or under it?")
    return text, [nu(t * F("2204.62"), 2, "lb", "lbs", "pounds"),
                  nu(abs(t * 1000 - truck), 0, "kg")], {"image": recipe}


@fam
def room_sign_meeting_end(rng: random.Random) -> Made:
    room, start, dur = rng.randint(100, 520), rng.randint(8 * 60, 17 * 60) // 5 * 5, \
        rng.choice([45, 50, 75, 90, 95, 105, 120])
    recipe = {"kind": "sign", "words": ["MEETING ROOM", f"{room}"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    text = (f"what room number is on the sign? my meeting there starts at {hhmm(start)} and runs "
            f"{dur} minutes, when does it end?")
    return text, [[f"room {room}", f"{room}"], clock(start + dur)], {"image": recipe}


@fam
def csv_kwh_cost(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"][:rng.randint(4, 8)]
    kwh = [rng.randint(180, 700) for _ in months]
    rate = F(rng.randint(14, 35), 100)
    csv = "month,kwh\n" + "\n".join(f"{m},{k}" for m, k in zip(months, kwh, strict=True)) + "\n"
    text = (f"Electricity usage attached. Total kWh, and what did it cost at ${d(rate)} per kWh?")
    return text, [nu(sum(kwh), 0, "kWh"), nf(sum(kwh) * rate)], {"csv": csv}


@fam
def csv_runs_miles_to_km(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    runs = [F(rng.randint(15, 135), 10) for _ in range(n)]
    csv = "date,miles\n" + "\n".join(f"2026-05-{2 * i + 1:02d},{d(r)}" for i, r in enumerate(runs))
    csv += "\n"
    tot = sum(runs)
    text = ("my runs this month are in the file (miles). Total miles, and total in km using 1 mile "
            "= 1.609 km (2 dp)?")
    return text, [nu(tot, 1, "miles", "mi"),
                  nu(tot * F("1.609"), 2, "km", "kilometres", "kilometers")], \
        {"csv": csv}


@fam
def heights_mean_in_inches(rng: random.Random) -> Made:
    hs = [rng.randint(150, 200) for _ in range(rng.randint(5, 9))]
    mean = F(sum(hs), len(hs))
    text = rng.choice([f"players' heights in cm: {', '.join(map(str, hs))}. mean height (1 dp), "
                       "and that mean in inches (÷ 2.54, 1 dp)?",
                       f"Heights {'; '.join(map(str, hs))} cm -> average to one decimal, and "
                       "convert it to inches with 2.54 cm per inch (1 dp)"])
    inches = list(dict.fromkeys(nu(mean / F("2.54"), 1, "in", "inches", '"')
                                + nu(r2(mean, 1) / F("2.54"), 1, "in", "inches", '"')))
    return text, [nu(mean, 1, "cm") + nf(mean, 1), inches]


@fam
def weight_loss_deficit(rng: random.Random) -> Made:
    lb, weeks = rng.randint(4, 30), rng.randint(6, 30)
    text = (f"I want to lose {lb} lb in {weeks} weeks. Using 3500 kcal per pound of fat, what "
            "daily calorie deficit is that (nearest kcal)? And how many kg is that goal (1 lb = "
            "0.4536 kg, 2 dp)?")
    return text, [nu(F(lb * 3500, weeks * 7), 0, "kcal", "calories"), nu(lb * F("0.4536"), 2,
                                                                           "kg")]


@fam
def target_weight_for_bmi(rng: random.Random) -> Made:
    ft, inch, bmi = rng.randint(5, 6), rng.randint(0, 11), rng.choice([22, 23, 24, 25])
    m = (12 * ft + inch) * F("0.0254")
    kg = bmi * m * m
    text = (f"I'm {ft} ft {inch} in. What weight would give me a BMI of exactly {bmi}, in kg "
            "(1 dp)? and in pounds (1 kg = 2.2046 lb, 1 dp)?")
    return text, [nu(kg, 1, "kg"), list(dict.fromkeys(nu(kg * F("2.2046"), 1, "lb", "lbs", "pounds")
                                                      + nu(r2(kg, 1) * F("2.2046"), 1, "lb",
                                                           "lbs", "pounds")))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lines_meet_and_plot, cube_root_and_plot, x_intercept_and_plot, bacteria_doubling_and_plot,
    scatter_and_correlation, receipt_plus_sales_tax, receipt_mine_and_roommates, receipt_in_yen,
    receipt_average_item, screenshot_exam_marks, screenshot_weather_to_c,
    screenshot_parcel_shipping, bridge_weight_sign, room_sign_meeting_end, csv_kwh_cost,
    csv_runs_miles_to_km, heights_mean_in_inches, weight_loss_deficit, target_weight_for_bmi)]
