"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 1: solve and plot,
receipts in another currency, units with BMI, chained trips."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, forms, tie
from bench.data.agents.helpers import Family, fresh, item


def fam(fn) -> Family:
    def make(rng: random.Random):
        while True:
            out = fn(rng)
            if out is not None:
                text, parts, *extra = out
                more = extra[0] if extra else {}
                return item("A_m_k_" + fn.__name__, "multi", text, parts, **more)
    make.__name__ = fn.__name__
    return fresh(make)


def num(x: F, places: int = 2) -> list[str]:
    return forms(x, places)


def d(x: F, sep: str = "") -> str:
    return f"{float(x):{sep}.2f}"


def dg(rng: random.Random) -> dict:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def rx(x: int) -> list[str]:
    return [f"x = {x}", f"x={x}"]


@fam
def solve_plot_quadratic(rng):
    a, b = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7], 2))
    s, p = -(a + b), a * b
    if s == 0:
        return None
    poly = (f"x^2 {'+' if s > 0 else '-'} {abs(s) if abs(s) != 1 else ''}x "
            f"{'+' if p > 0 else '-'} {abs(p)}")
    text = rng.choice([f"solve {poly} = 0 and plot y = {poly}",
                       f"Can you find the roots of {poly} = 0 and also draw the graph of y = "
                       f"{poly} for me?",
                       f"hw question: {poly}=0, solve it. then plot y={poly} pls"])
    return text, [rx(a), rx(b), PLOT]


@fam
def plot_line_and_intercept(rng):
    m, c = rng.choice([2, 3, -2, 4, -3, 5]), rng.randint(-9, 9)
    if c == 0:
        return None
    root = F(-c, m)
    if root.denominator != 1:
        return None
    text = rng.choice([f"Plot y = {m}x {'+' if c > 0 else '-'} {abs(c)} and tell me where it "
                       "crosses the x axis",
                       f"where does y={m}x{'+' if c > 0 else '-'}{abs(c)} hit the x-axis? and "
                       "can you graph it"])
    return text, [[*rx(int(root)), f"({root}, 0)", f"({root},0)"], PLOT]


@fam
def receipt_total_to_euros(rng):
    goods = rng.sample(["Coffee", "Muffin", "Sandwich", "Juice", "Salad", "Soup", "Cookie"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(150, 1450), 100) for _ in goods]
    total = sum(prices)
    rate = rng.choice(["0.92", "0.93", "0.91", "0.94"])
    eur = total * F(rate)
    if tie(eur):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Corner Cafe", "Deli 42", "Bean Hut"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)], "currency": "$",
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["what's the total on this receipt, and what is it in euros at 1 USD = "
                       f"{rate} EUR?",
                       "Lunch receipt attached. Total please + convert to EUR (rate 1 USD = "
                       f"{rate} EUR), 2 decimals"])
    return text, [num(total), num(eur)], {"image": recipe}


@fam
def receipt_split_people(rng):
    goods = rng.sample(["Pizza", "Wings", "Cola", "Fries", "Salad", "Garlic Bread", "Ice Cream"],
                       rng.randint(3, 4))
    prices = [F(rng.randint(250, 1899), 100) for _ in goods]
    total = sum(prices)
    n = rng.randint(3, 6)
    share = total / n
    if tie(share):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Pizza Corner", "Luigi's", "Slice Bar"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)], "currency": "$",
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"There were {n} of us at dinner. What does the receipt add up to and how "
                       f"much is each person's share if we split it evenly {n} ways?",
                       f"total of this bill? and split between {n} people (rounded to the cent)"])
    return text, [num(total), num(share)], {"image": recipe}


@fam
def height_weight_bmi(rng):
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(120, 240)
    m = (ft * 12 + inch) * F("0.0254")
    kg = lb * F("0.45359237")
    bmi = kg / (m * m)
    if tie(kg, 1) or tie(bmi):
        return None
    text = rng.choice([f"I'm {ft}'{inch}\" and {lb} lbs. What's that in kg (1 decimal), and "
                       "what's my BMI?",
                       f"convert {lb} lb to kilograms (1 dp) and then work out my BMI, height "
                       f"{ft} ft {inch} in"])
    bmi2 = F(round(kg * 10), 10) / (m * m)
    if tie(bmi2):
        return None
    return text, [num(kg, 1), num(bmi) + num(bmi, 1) + num(bmi2) + num(bmi2, 1)]


@fam
def miles_to_km_then_time(rng):
    miles = rng.choice([3, 4, 5, 6, 8, 10, 12, 13, 15])
    speed = rng.choice([8, 9, 10, 11, 12])
    km = miles * F("1.609")
    mins = km / speed * 60
    if tie(km) or tie(mins, 0):
        return None
    text = rng.choice([f"convert {miles} miles to km (1 mile = 1.609 km, 2 dp), then how many "
                       f"minutes at {speed} km/h (nearest minute)?",
                       f"My run route is {miles} miles. How many km is that using 1.609 km per "
                       f"mile (2 dp)? And if I hold {speed} km/h how long in minutes (round to "
                       "whole "
                       "minutes)?"])
    mins2 = F(round(km * 100), 100) / speed * 60
    if tie(mins2, 0):
        return None
    return text, [num(km) + num(km, 3), num(mins, 0) + num(mins2, 0)]


@fam
def two_unrelated_percent_and_cups(rng):
    p, base = rng.choice([15, 12, 18, 35, 45, 8]), rng.randint(120, 980)
    cups = rng.randint(3, 9)
    pct = F(p * base, 100)
    ml = cups * F("236.6")
    if tie(pct) or tie(ml, 1):
        return None
    text = rng.choice([f"two quick ones: what's {p}% of {base}? and how many ml is {cups} cups "
                       "(1 cup = 236.6 ml)?",
                       f"What is {p} percent of {base}, and separately, {cups} US cups in "
                       "millilitres if a cup is 236.6 ml"])
    return text, [num(pct), num(ml, 1)]


@fam
def numbered_tasks_study(rng):
    a, b, c = rng.randint(60, 99), rng.randint(60, 99), rng.randint(60, 99)
    mean = F(a + b + c, 3)
    kmh = rng.randint(40, 120)
    ms = F(kmh * 1000, 3600)
    if tie(mean) or tie(ms):
        return None
    text = rng.choice([f"1) average of my test scores {a}, {b}, {c}\n2) {kmh} km/h in m/s\nround "
                       "both to 2 dp",
                       f"Couple things for physics revision:\n- mean of {a}, {b} and {c} (2 dp)\n- "
                       f"convert {kmh} km/h to metres per second (2 decimals)"])
    return text, [num(mean), num(ms)]


@fam
def sign_open_hours_left(rng):
    o, c = rng.randint(7, 10), rng.randint(17, 21)
    now_h, now_m = rng.randint(o + 1, c - 1), rng.choice([0, 15, 20, 30, 40, 45])
    left = c * 60 - (now_h * 60 + now_m)
    hrs = F(c - o)
    recipe = {"kind": "sign", "words": ["PHARMACY", f"OPEN {o}AM TO {c - 12}PM"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"It's {now_h}:{now_m:02d} now. How many minutes until this place closes, "
                       "and how many hours is it open per day?",
                       "photo of the pharmacy door. how long is it open each day (hours) and "
                       f"it's {now_h}:{now_m:02d} — minutes left before closing?"])
    h, m = divmod(left, 60)
    return text, [[f"{left} minutes", f"{left} min", f"{left}min", f"{h} hours and {m} minutes",
                   f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hr {m} min", f"{h}h{m}m"],
                  [f"{hrs} hours", f"{hrs} hrs", f"{hrs}h"]], {"image": recipe}


@fam
def story_bake_sale(rng):
    name = rng.choice(["Priya", "Tom", "Aisha", "Marco", "Jen"])
    cakes, price, cost = rng.randint(20, 60), F(rng.choice([150, 175, 200, 225, 250]), 100), \
        F(rng.randint(1500, 4500), 100)
    revenue = cakes * price
    profit = revenue - cost
    margin = profit / revenue * 100
    if profit <= 0 or tie(margin, 1):
        return None
    text = (f"So my kid {name} ran a bake sale at school today, sold {cakes} cupcakes at "
            f"${d(price)} each and the ingredients cost "
            f"${d(cost)} total. "
            f"{rng.choice(['How much did they take in,', 'what was the revenue,'])} what's the "
            "profit, and what's the profit margin as a % of revenue (1 decimal)?")
    return text, [num(revenue), num(profit),
                  [f"{v}{u}" for v in num(margin, 1) for u in ("%", " percent")]]


@fam
def dose_rate_for_one_part(rng):
    kg = rng.randint(12, 40)
    mgkg = rng.choice([10, 15])
    dose = kg * mgkg
    mg, per = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5)])
    conc = F(mg, per)
    ml = dose / conc
    lb = rng.randint(100, 250)
    lbkg = lb * F("0.4536")
    if tie(ml, 1) or tie(lbkg, 1):
        return None
    text = rng.choice([f"child weighs {kg} kg, dose is {mgkg} mg/kg, syrup is "
                       f"{mg}mg/{per}ml — how many ml (1 decimal)? Also "
                       f"unrelated, {lb} lb in kg using 0.4536 (1 dp).",
                       f"Two questions: (a) {lb} pounds to kilograms, factor 0.4536, one "
                       f"decimal; (b) {mgkg} mg per kg for a {kg} kg child using a "
                       f"{mg} mg per {per} mL suspension, how many mL "
                       "to 1 decimal?"])
    return text, [num(ml, 1), num(lbkg, 1)]


@fam
def csv_sales_total_in_gbp(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][: rng.randint(4, 6)]
    vals = [rng.randint(800, 4000) for _ in months]
    rate = rng.choice(["0.79", "0.78", "0.8"])
    total = sum(vals)
    gbp = total * F(rate)
    if tie(gbp):
        return None
    csv = "month,sales_usd\n" + "".join(f"{m},{v}\n" for m, v in zip(months, vals, strict=True))
    text = rng.choice(["attached sales.csv — total sales in USD, and that total in GBP at 1 USD "
                       f"= {rate} GBP?",
                       "From the CSV, add up the sales column, then convert it to pounds (rate "
                       f"{rate} GBP per USD)."])
    return text, [num(F(total)), num(gbp)], {"csv": csv}


@fam
def list_temps_mean_to_f(rng):
    temps = [rng.randint(15, 34) for _ in range(rng.randint(5, 8))]
    mean = F(sum(temps), len(temps))
    f = mean * 9 / 5 + 32
    if tie(mean, 1) or tie(f, 1):
        return None
    text = rng.choice([f"daily highs this week in C: {', '.join(map(str, temps))}. mean temp (1 "
                       "dp) and what's that in Fahrenheit (1 dp)?",
                       f"Highs were {' '.join(map(str, temps))} °C. Give me the average and "
                       "convert the average to °F, one decimal each"])
    f2 = F(round(mean * 10), 10) * 9 / 5 + 32
    return text, [num(mean, 1), num(f, 1) + num(f2, 1)]


@fam
def hourly_pay_then_tax(rng):
    rate, hours = F(rng.randint(1400, 3200), 100), rng.randint(20, 45)
    tax = rng.choice([10, 12, 15, 20])
    gross = rate * hours
    net = gross * (100 - tax) / 100
    if tie(net):
        return None
    text = rng.choice([f"I worked {hours} hours at ${d(rate)}/hr. Gross pay? Then take {tax}% "
                       "tax off that — what's net?",
                       f"gross for {hours}h at {d(rate)} an hour, and net after {tax} percent "
                       "withholding"])
    r = rng.choice(["0.92", "0.93", "0.85"])
    x = net * F(r)
    if tie(x) or tie(F(round(net * 100), 100) * F(r)):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        f" Also what is the net in euros if 1 USD = {r} EUR?")
    return text, [num(x) + num(F(round(net * 100), 100) * F(r)), num(gross), num(net)]


@fam
def derivative_and_plot(rng):
    a, b = rng.randint(2, 5), rng.randint(2, 9)
    x0 = rng.randint(1, 4)
    val = 3 * a * x0 ** 2 - b
    text = rng.choice([f"differentiate f(x) = {a}x^3 - {b}x, give f'({x0}), and plot f",
                       f"What's the slope of y={a}x^3-{b}x at x={x0}? also sketch the curve pls"])
    if text.startswith("differentiate"):
        return text, [[f"{3 * a}x^2 - {b}", f"{3 * a}x² - {b}", f"{3 * a}x**2 - {b}"],
                      [str(val)], PLOT]
    return text, [[str(val)], PLOT]


@fam
def screenshot_bank_balance_after(rng):
    bal = F(rng.randint(20000, 250000), 100)
    rent = F(rng.randint(60000, 140000), 100)
    bills = F(rng.randint(3000, 15000), 100)
    rows = [f"Balance: ${d(bal, ',')}", f"Rent due: ${d(rent, ',')}",
            f"Phone bill: ${d(bills)}"]
    left = bal - rent - bills
    if left <= 0:
        return None
    recipe = {"kind": "screenshot", "title": "My Bank", "rows": rows,
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["screenshot from my banking app — what's my balance and what's left after "
                       "rent and the phone bill are paid?",
                       "How much is in the account per this screenshot, and how much remains "
                       "once I pay both bills shown?"])
    return text, [num(bal), num(left)], {"image": recipe}


@fam
def recipe_scale_and_oz(rng):
    g = rng.choice([200, 250, 300, 350, 400, 450])
    serves, want = rng.choice([4, 6]), rng.choice([2, 3, 5, 8, 10])
    if want == serves:
        return None
    new = F(g * want, serves)
    oz = new / F("28.35")
    if tie(new, 1) or tie(oz, 1):
        return None
    text = rng.choice([f"recipe for {serves} needs {g} g flour. I'm cooking for {want} — how "
                       "many grams, and what's that in ounces (1 oz = 28.35 g)? 1 decimal each",
                       f"Scaling a recipe from {serves} servings to {want}: flour was {g}g. New "
                       "amount in g, then convert it to oz at 28.35 g/oz, 1 dp each"])
    oz2 = F(round(new * 10), 10) / F("28.35")
    if tie(oz2, 1):
        return None
    return text, [num(new, 1), list(dict.fromkeys(num(oz, 1) + num(oz2, 1)))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_plot_quadratic, plot_line_and_intercept, receipt_total_to_euros, receipt_split_people,
    height_weight_bmi, miles_to_km_then_time, two_unrelated_percent_and_cups, numbered_tasks_study,
    sign_open_hours_left, story_bake_sale, dose_rate_for_one_part, csv_sales_total_in_gbp,
    list_temps_mean_to_f, hourly_pay_then_tax, derivative_and_plot, screenshot_bank_balance_after,
    recipe_scale_and_oz)]
