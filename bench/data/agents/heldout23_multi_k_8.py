"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 8: heights and
pay in other units, doses by weight, marks with charts, rent rises, paint, derivatives, study."""

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
    h2,
    hhmm,
    nf,
    nu,
    pct,
)
from bench.data.agents.helpers import Family


@fam
def feet_inches_to_cm_then_bmi(rng: random.Random) -> Made:
    ft, inch, kg = rng.randint(4, 6), rng.randint(0, 11), rng.randint(45, 120)
    cm = (ft * 12 + inch) * F("2.54")
    bmi = kg / (cm / 100) ** 2
    text = rng.choice([f"I'm {ft}'{inch}\" and {kg} kg. How tall is that in cm, and what's my BMI?",
                       f"{ft} ft {inch} in -> cm please. then bmi with {kg}kg"])
    return text, [nu(cm, 2, "cm", "centimetres", "centimeters"), h2(bmi)]


@fam
def hourly_pay_then_monthly_eur(rng: random.Random) -> Made:
    wage, hours = F(rng.randint(1200, 4500), 100), rng.randint(15, 45)
    rate = F(rng.randint(105, 125), 100)
    week = wage * hours
    text = (f"I earn £{float(wage):.2f} an hour and work {hours} hours a week. What's my weekly "
            f"pay, and "
            f"what's that in euros if £1 = €{d(rate)}?")
    return text, [nf(week), nf(week * rate)]


@fam
def dose_by_weight_in_lb(rng: random.Random) -> Made:
    lb = rng.randint(20, 90)
    mgkg = rng.choice([5, 7.5, 10, 12.5, 15])
    kg = lb * F("0.4536")
    dose = kg * F(str(mgkg))
    text = rng.choice([f"My kid weighs {lb} lb. Convert to kg using 1 lb = 0.4536 kg, then the "
                       f"dose at {mgkg} mg/kg? kg to 2 decimals, dose to 1 decimal",
                       f"child is {lb} pounds. what's that in kg (0.4536 kg per lb, 2dp) and "
                       f"how many mg at "
                       f"{mgkg} mg per kg (1dp)"])
    return text, [nu(kg, 2, "kg"), nu(dose, 1, "mg") + nu(r2(kg) * F(str(mgkg)), 1, "mg")]


@fam
def scores_mean_and_chart(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana"],
                       rng.randint(4, 6))
    marks = [rng.randint(40, 100) for _ in names]
    mean = F(sum(marks), len(marks))
    lines = "\n".join(f"{n}: {m}" for n, m in zip(names, marks, strict=True))
    text = (f"Test marks:\n{lines}\nWhat's the class average (2 decimals)? And can you make a "
            "bar chart of them")
    return text, [nf(mean), PLOT]


@fam
def unrelated_prime_and_gallons(rng: random.Random) -> Made:
    n = rng.randint(30, 200)
    gal = rng.randint(2, 30)
    from sympy import isprime
    text = rng.choice([f"Is {n} prime? unrelated, how many litres in {gal} US gallons (1 gal = "
                       f"3.785 L)?",
                       f"two random q's -- {gal} gallons to litres at 3.785 L/gal, and is {n} a "
                       f"prime number?"])
    ans = ["is prime", "is a prime"] if isprime(n) else [
        "not prime", "isn't prime", "is not a prime", "not a prime", "composite"]
    return text, [ans, nu(gal * F("3.785"), 3, "L", "litres", "liters")]


@fam
def percent_change_and_new_price(rng: random.Random) -> Made:
    old, new = rng.randint(200, 1500), rng.randint(200, 1500)
    if old == new:
        raise Redo
    rise = rng.choice([3, 4, 5, 6, 8])
    text = (f"my rent went from {old} to {new} a month -- what % change is that (1 decimal)? "
            f"and if next year "
            f"it goes up another {rise}%, what will it be?")
    change = F(new - old, old) * 100
    words = []
    if change < 0:  # "a 20.5% decrease" is as right as "-20.5%"
        words = [f"{w} {v}" for v in pct(-change)
                 for w in ("decrease of", "drop of", "down", "fell by", "fall of", "decline of")]
        words += [f"{v} {w}" for v in pct(-change) for w in ("decrease", "drop", "decline")]
    return text, [pct(change) + words, nf(F(new) * (100 + rise) / 100)]


@fam
def kmh_to_mph_and_pace(rng: random.Random) -> Made:
    km, minutes = rng.randint(3, 21), rng.randint(15, 140)
    speed = F(km * 60, minutes)
    text = rng.choice([f"I ran {km} km in {minutes} minutes. What was my speed in km/h, and in "
                       f"mph (1 mile = 1.609 km)? 2 dp please",
                       f"{km}k in {minutes} min -- average km/h (2dp)? also convert that to "
                       f"miles per hour using 1.609, 2dp"])
    return text, [nu(speed, 2, "km/h", "kph"),
                  nu(speed / F("1.609"), 2, "mph", "miles per hour")
                  + nu(r2(speed) / F("1.609"), 2, "mph", "miles per hour")]


@fam
def water_intake_and_cups(rng: random.Random) -> Made:
    kg, ml = rng.randint(48, 115), rng.choice([30, 33, 35, 40])
    cup = rng.choice([200, 250, 300, 330])
    total = kg * ml
    text = (f"if I should drink {ml} ml of water per kg of body weight and I weigh {kg} kg, how "
            f"many "
            f"litres is that a day? and how many {cup} ml glasses (round up)?")
    cups = -(-total // cup)
    return text, [nu(F(total, 1000), 3, "L", "litres", "liters"),
                  [f"{cups} glasses", f"{cups} cups", f"{cups} glass"]]


@fam
def screenshot_order_eta(rng: random.Random) -> Made:
    order, mins = rng.randint(10000, 99999), rng.randint(20, 95)
    start = rng.randint(11 * 60, 20 * 60)
    price = F(rng.randint(1500, 6500), 100)
    recipe = {"kind": "screenshot", "title": "Food Order", "rows": [
        f"Order #{order}", f"Placed {hhmm(start)}", f"Total ${float(price):.2f}",
        f"ETA {mins} min"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["Screenshot of my delivery app: what's the order total, and at what time "
                       "should it arrive?",
                       "when will this food get here (clock time)? and how much did I pay?"])
    return text, [nf(price), clock(start + mins)], {"image": recipe}


@fam
def gpa_and_percent(rng: random.Random) -> Made:
    creds = [rng.choice([2, 3, 4]) for _ in range(4)]
    grades = [rng.choice([4, 3.7, 3.3, 3, 2.7, 2.3, 2]) for _ in creds]
    gpa = sum(F(str(g)) * c for g, c in zip(grades, creds, strict=True)) / sum(creds)
    got, out = rng.randint(30, 95), rng.choice([100, 120, 80, 150])
    if got > out:
        raise Redo
    rows = ", ".join(f"{g} ({c} credits)" for g, c in zip(grades, creds, strict=True))
    text = (f"My grade points this term: {rows}. What's my weighted GPA to 2 decimals? Also I got "
            f"{got}/{out} on the final, what percent is that (1 dp)?")
    return text, [nf(gpa), pct(F(got * 100, out))]


@fam
def chained_salary_tax_then_monthly(rng: random.Random) -> Made:
    sal = rng.randint(28, 120) * 1000
    tax = rng.choice([18, 20, 22, 25, 28, 30])
    net = F(sal) * (100 - tax) / 100
    text = rng.choice([f"salary {sal:,} a year, flat {tax}% tax. net per year, then per month?",
                       f"If I make {sal} per year and lose {tax}% in tax, what do I take home, "
                       f"and what's that monthly (divide by 12)?"])
    return text, [nf(net), nf(net / 12)]


@fam
def fever_f_to_c_and_dose_gap(rng: random.Random) -> Made:
    f = F(rng.randint(990, 1040), 10)
    c = (f - 32) * 5 / 9
    last, gap = rng.randint(6 * 60, 14 * 60), rng.choice([4, 6, 8])
    text = (f"My son's temp is {d(f)} °F, what's that in Celsius (1 decimal)? He had his last "
            f"dose at {hhmm(last)} "
            f"and it's every {gap} hours, when's the next one?")
    return text, [nu(c, 1, "°C", "C", "degrees"), clock(last + gap * 60)]


@fam
def sqft_to_m2_and_paint(rng: random.Random) -> Made:
    sq = rng.randint(80, 600)
    cover = rng.choice([8, 10, 12])
    m2 = sq * F("0.0929")
    tins = -(-m2 // cover)
    text = (f"Walls are {sq} sq ft total. How many m² is that (1 sq ft = 0.0929 m², 2 dp)? and "
            f"one litre "
            f"covers {cover} m² -- how many litres do I need, rounded up to a whole litre?")
    return text, [nu(m2, 2, "m²", "m2", "m^2", "square metres", "square meters"),
                  [f"{tins} litres", f"{tins} liters", f"{tins} L"]]


@fam
def derivative_and_plot(rng: random.Random) -> Made:
    a, b, x0 = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(-4, 5)
    if b == 0:
        raise Redo
    expr = f"{a}x^3 {'+' if b > 0 else '-'} {abs(b)}x"
    val = 3 * a * x0 * x0 + b
    text = rng.choice([f"what's the slope of y = {expr} at x = {x0}? also plot it",
                       f"Differentiate {expr}, evaluate the derivative at x={x0}, and sketch "
                       f"the curve"])
    ans = [f"= {val}", f"is {val}", f"of {val}"] + ([str(val)] if abs(val) > 9 else [])
    return text, [ans, PLOT]


@fam
def rate_belongs_to_second(rng: random.Random) -> Made:
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    usd = rng.randint(20, 500)
    rate = F(rng.randint(140, 165), 100)
    text = rng.choice([f"what is {a} times {b}, and how many Canadian dollars is {usd} USD at 1 "
                       f"USD = {d(rate)} CAD?",
                       f"{usd} usd to cad (rate {d(rate)}) and also {a}*{b}"])
    return text, [nf(a * b, 0), nf(usd * rate)]


@fam
def study_hours_story(rng: random.Random) -> Made:
    chapters, per = rng.randint(6, 20), rng.randint(25, 75)
    days = rng.randint(3, 12)
    total = chapters * per
    text = (f"ugh exams. I've got {chapters} chapters left and each takes me about {per} minutes. "
            f"How many hours is that altogether (2 dp), and if I spread it evenly over {days} "
            f"days, how "
            "many minutes a day (1 dp)?")
    return text, [nu(F(total, 60), 2, "hours", "hrs", "h"), nu(F(total, days), 1, "minutes", "min")]


@fam
def receipt_unit_price_and_gbp(rng: random.Random) -> Made:
    goods = rng.sample(["Rice 5kg", "Oil 2L", "Flour 3kg", "Beans 1kg", "Sugar 2kg"], 3)
    prices = cents(rng, 3, 200, 2200)
    k = rng.randrange(3)
    kg = int(goods[k].split()[1][:-2]) if goods[k].endswith("kg") else int(goods[k].split()[1][:-1])
    rate = F(rng.randint(74, 90), 100)
    recipe = {"kind": "receipt", "shop": rng.choice(["Metro Market", "Wholesale Co"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    unitw = "kg" if goods[k].endswith("kg") else "litre"
    text = (f"From this receipt: what did the {goods[k].split()[0].lower()} cost per {unitw}? "
            f"And the whole receipt in pounds at $1 = £{d(rate)}?")
    return text, [nf(prices[k] / kg), nf(sum(prices) * rate)], {"image": recipe}


@fam
def mean_median_and_plot_sales(rng: random.Random) -> Made:
    vals = [rng.randint(100, 999) for _ in range(rng.randint(5, 9))]
    text = rng.choice([f"Sales by day: {', '.join(map(str, vals))}. Give me the median and plot "
                       f"them as a line chart",
                       f"daily sales {' / '.join(map(str, vals))}\nmedian? and a chart pls"])
    return text, [nf(F(statistics.median(vals)), 1), PLOT]


@fam
def calories_burned_and_minutes(rng: random.Random) -> Made:
    met = rng.choice([3.5, 5, 6, 7, 8, 9.8, 11])
    kg, mins = rng.randint(50, 110), rng.randint(15, 90)
    kcal = F(str(met)) * kg * F(mins, 60)
    target = rng.randint(300, 900)
    text = (f"Use kcal = MET × kg × hours. At MET {met}, {kg} kg, {mins} minutes, how many kcal "
            f"did I burn (1 dp)? "
            f"And how many minutes at that MET would it take to burn {target} kcal (1 dp)?")
    need = F(target) / (F(str(met)) * kg) * 60
    return text, [nu(kcal, 1, "kcal", "calories"), nu(need, 1, "minutes", "min")]


@fam
def inches_screen_and_discount(rng: random.Random) -> Made:
    inch = rng.choice([13, 14, 15, 24, 27, 32, 43, 50, 55, 65])
    price, off = rng.randint(150, 1800), rng.choice([10, 15, 20, 25, 30])
    text = (f"Thinking about a {inch} inch monitor. 1) how many cm is the diagonal (2.54 cm per "
            f"inch)? "
            f"2) it's {price} with {off}% off, what's the sale price?")
    return text, [nu(inch * F("2.54"), 2, "cm", "centimetres", "centimeters"),
                  nf(F(price) * (100 - off) / 100)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    feet_inches_to_cm_then_bmi, hourly_pay_then_monthly_eur, dose_by_weight_in_lb,
    scores_mean_and_chart, unrelated_prime_and_gallons, percent_change_and_new_price,
    kmh_to_mph_and_pace, water_intake_and_cups, screenshot_order_eta, gpa_and_percent,
    chained_salary_tax_then_monthly, fever_f_to_c_and_dose_gap, sqft_to_m2_and_paint,
    derivative_and_plot, rate_belongs_to_second, study_hours_story, receipt_unit_price_and_gbp,
    mean_median_and_plot_sales, calories_burned_and_minutes, inches_screen_and_discount)]
