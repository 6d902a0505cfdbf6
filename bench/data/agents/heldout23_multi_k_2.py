"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 2: vertices and
integrals with charts, VAT receipts, lab and clinic units, business sums, signs and apps."""

from __future__ import annotations

import math
import random
import statistics

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
)
from bench.data.agents.helpers import Family


@fam
def vertex_and_plot(rng: random.Random) -> Made:
    h, k = rng.randint(-6, 6), rng.randint(-12, 12)
    b, c = -2 * h, h * h + k
    expr = "x^2" + ("" if b == 0 else f" {'+' if b > 0 else '-'} {abs(b)}x") + \
        ("" if c == 0 else f" {'+' if c > 0 else '-'} {abs(c)}")
    text = rng.choice([f"find the vertex of y = {expr} and graph it",
                       f"Plot y = {expr}. Where's the vertex?",
                       f"what is the minimum point of the parabola y = {expr}? a plot would "
                       f"help too"])
    return text, [[f"({h}, {k})", f"({h},{k})"], PLOT]


@fam
def integral_and_shade(rng: random.Random) -> Made:
    a, b = rng.randint(1, 5), rng.randint(-6, 6)
    lo, hi = rng.randint(0, 2), rng.randint(3, 6)
    val = F(a, 3) * (hi**3 - lo**3) + b * (hi - lo)
    expr = f"{a}x^2" + ("" if b == 0 else f" {'+' if b > 0 else '-'} {abs(b)}")
    text = rng.choice([f"integrate {expr} from {lo} to {hi}, and plot the curve",
                       f"What's the area under y = {expr} between x={lo} and x={hi}? Show me a "
                       f"graph "
                       "as well"])
    forms = [str(val)] if val.denominator > 1 else []
    return text, [forms + nf(val, 2), PLOT]


@fam
def exponent_equation_and_plot(rng: random.Random) -> Made:
    base, e, k = rng.choice([2, 3]), rng.randint(2, 7), rng.randint(1, 4)
    x = e - k if rng.random() < 0.5 else e + k
    sign = "+" if x == e - k else "-"
    val = base**e
    text = rng.choice([f"solve {base}^(x {sign} {k}) = {val} and plot y = {base}^(x {sign} {k})",
                       f"Can you graph y={base}^(x{sign}{k}) and tell me what x makes it equal "
                       f"{val}?"])
    return text, [[f"x = {x}", f"x={x}"], PLOT]


@fam
def receipt_vat_included(rng: random.Random) -> Made:
    goods = rng.sample(["Printer Ink", "Paper A4", "Stapler", "Folders", "Pens", "Desk Lamp"],
                       rng.randint(2, 4))
    prices = cents(rng, len(goods), 250, 4500)
    vat = rng.choice([20, 19, 21, 23])
    total = sum(prices)
    recipe = {"kind": "receipt", "shop": rng.choice(["Office Depot", "Paper Plus", "Desk Co"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "€", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"Office supplies receipt for my business. Total? The prices include {vat}% "
                       "VAT -- how much of the total is VAT?",
                       f"need this for my expenses: what's the receipt total and the VAT part "
                       f"of it "
                       f"(VAT {vat}% already included in the prices)"])
    return text, [nf(total), nf(total * vat / (100 + vat))], {"image": recipe}


@fam
def receipt_priciest_item_in_dollars(rng: random.Random) -> Made:
    goods = rng.sample(["Cheese", "Olive Oil", "Ham", "Wine", "Bread", "Tomatoes", "Honey"], 4)
    prices = cents(rng, 4, 150, 3000)
    rate = F(rng.randint(108, 122), 100)
    top = max(prices)
    name = goods[prices.index(top)]
    recipe = {"kind": "receipt", "shop": rng.choice(["Epicerie Fine", "Mercado Sol"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "€", "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"Which thing on this receipt cost the most, and how much is that in US dollars "
            f"(1 EUR = {d(rate)} USD)?")
    return text, [[name, name.lower()], nf(top * rate)], {"image": recipe}


@fam
def csv_expenses_total_converted(rng: random.Random) -> Made:
    cats = rng.sample(["Rent", "Food", "Transport", "Phone", "Gym", "Utilities", "Books"], 5)
    amts = cents(rng, 5, 1500, 95000)
    rate = F(rng.randint(82, 92), 100)
    csv = "category,amount_usd\n" + "\n".join(
        f"{c},{float(a):.2f}" for c, a in zip(cats, amts, strict=True)) + "\n"
    total = sum(amts)
    text = rng.choice([f"here's my spending for october. total it up, and what's the total in GBP "
                       f"at 1 USD = {d(rate)} GBP?",
                       f"Sum of the amount column please + the same in pounds (rate {d(rate)} GBP "
                       "per dollar)"])
    return text, [nf(total), nf(total * rate)], {"csv": csv}


@fam
def csv_weights_mean_in_pounds(rng: random.Random) -> Made:
    weeks = rng.randint(5, 9)
    kg = [F(rng.randint(600, 1050), 10) for _ in range(weeks)]
    csv = "week\tweight_kg\n" + "\n".join(f"{i + 1}\t{d(w)}" for i, w in enumerate(kg)) + "\n"
    mean = sum(kg) / weeks
    text = ("Weekly weigh-ins attached (kg). What's my average weight to 2 decimals, and what "
            "is that in pounds? use 1 kg = 2.2046 lb, 1 decimal")
    pounds = list(dict.fromkeys(nu(mean * F("2.2046"), 1, "lb", "lbs", "pounds")
                                + nu(r2(mean) * F("2.2046"), 1, "lb", "lbs", "pounds")))
    return text, [nf(mean), pounds], {"csv": csv}


@fam
def glucose_list_to_mmol(rng: random.Random) -> Made:
    vals = [rng.randint(75, 190) for _ in range(rng.randint(5, 8))]
    mean = F(sum(vals), len(vals))
    text = rng.choice([f"my fasting glucose readings (mg/dL): {', '.join(map(str, vals))}. "
                       f"average (2 dp)? "
                       "and convert the average to mmol/L by dividing by 18 (2 dp)",
                       f"glucose log {' '.join(map(str, vals))} mg/dl -- mean to 2 decimals, and "
                       "that mean in mmol/L (÷18, 2 decimals)"])
    return text, [nf(mean), list(dict.fromkeys(nu(mean / 18, 2, "mmol/L", "mmol/l", "mmol")
                                               + nu(r2(mean) / 18, 2, "mmol/L", "mmol/l", "mmol")))]


@fam
def waist_inches_ratio(rng: random.Random) -> Made:
    waist, height = rng.randint(26, 48), rng.randint(150, 195)
    cm = waist * F("2.54")
    text = rng.choice([f"my waist is {waist} inches. in cm? and my waist-to-height ratio if I'm "
                       f"{height} cm (2 dp)",
                       f"Convert a {waist}\" waist to cm (2.54 cm/in), then divide by my height of "
                       f"{height} cm to get waist to height ratio, 2 decimals"])
    return text, [nu(cm, 2, "cm", "centimetres", "centimeters"), nf(cm / height)]


@fam
def kg_to_lb_then_percent(rng: random.Random) -> Made:
    kg, pc = rng.randint(55, 140), rng.choice([5, 7, 10, 15])
    lb = kg * F("2.20462")
    text = rng.choice([f"convert {kg} kg to lb (2.20462 lb per kg), then what's {pc}% of that "
                       f"in lb? "
                       "2 dp",
                       f"I'm {kg}kg. What is that in pounds, and my doctor wants me to lose {pc}% "
                       "of it -- how many pounds is that? (1 kg = 2.20462 lb, 2 decimals)"])
    part = list(dict.fromkeys(nu(lb * pc / 100, 2, "lb", "lbs", "pounds")
                              + nu(r2(lb) * pc / 100, 2, "lb", "lbs", "pounds")))
    return text, [nu(lb, 2, "lb", "lbs", "pounds"), part]


@fam
def profit_and_margin(rng: random.Random) -> Made:
    units, price = rng.randint(50, 900), F(rng.randint(800, 4500), 100)
    cost = price * F(rng.randint(35, 80), 100)
    cost = F(round(cost * 100), 100)
    profit = units * (price - cost)
    text = (f"Small business q: sold {units} candles at ${float(price):.2f}, each cost me "
            f"${float(cost):.2f} to make. Total profit? And profit margin as a % of revenue "
            "(1 decimal)?")
    return text, [nf(profit), pct((price - cost) / price * 100)]


@fam
def four_tasks_numbered(rng: random.Random) -> Made:
    sq = rng.randint(11, 40) ** 2
    a, b = rng.randint(100, 900), rng.choice([12, 15, 18, 35, 45])
    ft = rng.randint(3, 30)
    d1, d2 = rng.randint(2, 28), rng.randint(1, 28)
    text = (f"1. square root of {sq}\n2. {b}% of {a}\n3. {ft} feet in metres (0.3048)\n"
            f"4. how many days from March {d1} to April {d2}, 2026? (count the end date but not "
            "the start)")
    metres = ft * F("0.3048")
    short = [] if tie(metres) else [f"{v} {u}" for v in forms(metres)
                                    for u in ("m", "metres", "meters")]
    return text, [nf(math.isqrt(sq), 0), nf(F(a * b, 100)),
                  list(dict.fromkeys(nu(metres, 4, "m", "metres", "meters") + short)),
                  [f"{31 - d1 + d2} days"]]


@fam
def parking_sign_leave_by(rng: random.Random) -> Made:
    limit = rng.choice([30, 45, 60, 90, 120, 180])
    arrive = rng.randint(8 * 60, 17 * 60)
    shown = f"{limit // 60} HOURS" if limit % 60 == 0 and limit > 60 else f"{limit} MIN"
    recipe = {"kind": "sign", "words": ["PARKING", f"MAX {shown}"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    text = rng.choice([f"Parked here at {hhmm(arrive)}. What's the limit on the sign and when do I "
                       "need to move the car?",
                       f"what does the sign say the max stay is? I got here {hhmm(arrive)} so "
                       "what time must I leave by"])
    lim = [f"{limit} min", f"{limit} minutes"] + ([f"{limit // 60} hours", f"{limit // 60} hour"]
                                                  if limit % 60 == 0 else [])
    return text, [lim, clock(arrive + limit)], {"image": recipe}


@fam
def opening_hours_sign_weekly(rng: random.Random) -> Made:
    o, c = rng.choice([7, 8, 9, 10]), rng.choice([4, 5, 6, 7, 8])
    days = rng.choice([5, 6])
    recipe = {"kind": "sign", "words": ["OPEN", f"{o}AM TO {c}PM"], "font": rng.randrange(4),
              "degrade": dg(rng)}
    per = 12 - o + c
    text = (f"What are the hours on this sign? If they're open like that {days} days a week, how "
            "many hours a week is that?")
    return text, [[f"{o}am to {c}pm", f"{o} am to {c} pm", f"{o}am-{c}pm", f"{o}am–{c}pm",
                   f"{o}am - {c}pm", f"{o}:00am to {c}:00pm", f"{o}:00 to {c + 12}:00",
                   f"{o:02d}:00 to {c + 12}:00", f"{o}:00-{c + 12}:00", f"{o:02d}:00-{c + 12}:00",
                   f"{o}am until {c}pm", f"{o}am and {c}pm"],
                  [f"{per * days} hours", f"{per * days} hrs", f"{per * days}h"]], \
        {"image": recipe}


@fam
def bake_sale_story(rng: random.Random) -> Made:
    batches, per, price = rng.randint(3, 9), rng.choice([12, 16, 18, 24]), F(rng.choice(
        [50, 75, 125, 150]), 100)
    sold = rng.randint(50, 95)
    made = batches * per
    text = (f"We did a bake sale for the school trip!! I made {batches} batches of {per} cookies "
            f"and sold {sold}% of them at ${float(price):.2f} each. How many cookies did I sell "
            "(round down), and how much money did we raise?")
    n = made * sold // 100
    return text, [[f"{n} cookies", f"sold {n}"], nf(n * price)]


@fam
def bank_screenshot_after_rent(rng: random.Random) -> Made:
    bal, rent = F(rng.randint(150000, 900000), 100), F(rng.randint(60000, 200000), 100)
    if rent >= bal:
        raise Redo
    rate = F(rng.randint(105, 120), 100)
    recipe = {"kind": "screenshot", "title": "My Bank", "rows": [
        "Current account", f"Balance: £{float(bal):,.2f}", f"Pending: £{float(rent):,.2f}",
        "Updated today"], "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"banking app screenshot. Once the pending payment goes out, what's left? And what's "
            f"that in euros at £1 = €{d(rate)}?")
    return text, [nf(bal - rent), nf((bal - rent) * rate)], {"image": recipe}


@fam
def fitness_screenshot_miles(rng: random.Random) -> Made:
    miles = F(rng.randint(15, 140), 10)
    steps = rng.randint(3000, 25000)
    recipe = {"kind": "screenshot", "title": "Activity", "rows": [
        f"Steps {steps:,}", f"Distance {d(miles)} mi", f"Active {rng.randint(20, 150)} min"],
        "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["How far did I walk today in km (1 mi = 1.609 km)? And how many steps "
                       "per km is that, rounded to a whole number?",
                       "from my activity screenshot: distance in kilometres using 1.609 km/mile, "
                       "then steps per km (nearest whole)"])
    km = miles * F("1.609")
    per_km = list(dict.fromkeys(nf(steps / km, 0) + nf(steps / r2(km), 0)))
    return text, [nu(km, 2, "km", "kilometres", "kilometers"), per_km], \
        {"image": recipe}


@fam
def density_and_unit_change(rng: random.Random) -> Made:
    mass, vol = rng.randint(20, 900), rng.randint(10, 400)
    dens = F(mass, vol)
    text = rng.choice([f"Physics hw: a block has mass {mass} g and volume {vol} cm³. What's its "
                       "density in g/cm³ (2 dp)? And in kg/m³ (nearest whole)?",
                       f"density of an object, {mass} grams, {vol} cm^3 -> g/cm^3 to 2 decimals, "
                       "then convert that to kg/m^3 (nearest whole)"])
    names = ("kg/m³", "kg/m^3", "kg/m3", "kg per cubic metre")
    return text, [nf(dens), list(dict.fromkeys(nu(dens * 1000, 0, *names)
                                               + nu(r2(dens) * 1000, 0, *names)))]


@fam
def molarity_from_ml(rng: random.Random) -> Made:
    grams, ml = rng.randint(2, 60), rng.choice([100, 150, 200, 250, 500, 750])
    mm = F("58.44")
    mol = grams / mm
    text = (f"Chem: I dissolve {grams} g of NaCl (molar mass 58.44 g/mol) in {ml} mL of water. "
            "How many moles is that (3 dp), and what's the molarity in mol/L (3 dp)?")
    conc = list(dict.fromkeys(nu(mol * 1000 / ml, 3, "M", "mol/L", "mol/l")
                              + nu(r2(mol, 3) * 1000 / ml, 3, "M", "mol/L", "mol/l")))
    return text, [nu(mol, 3, "mol", "moles"), conc]


@fam
def stones_pounds_bmi(rng: random.Random) -> Made:
    st, lb = rng.randint(7, 18), rng.randint(0, 13)
    ft, inch = rng.randint(5, 6), rng.randint(0, 11)
    kg = (st * 14 + lb) * F("0.45359237")
    m = (ft * 12 + inch) * F("0.0254")
    text = rng.choice([f"I'm {st} st {lb} lb and {ft}'{inch}\". What's that in kg (1 dp) and "
                       f"what's my BMI? (1 lb = 0.45359237 kg, 1 in = 2.54 cm)",
                       f"{st} stone {lb} pounds, {ft} foot {inch}. kg to one decimal please, "
                       f"then BMI (use 1 lb = 0.45359237 kg, 1 in = 2.54 cm)"])
    bmi = list(dict.fromkeys(h2(kg / m**2) + h2(r2(kg, 1) / m**2)))
    return text, [nu(kg, 1, "kg", "kilograms"), bmi]


@fam
def karvonen_and_pace(rng: random.Random) -> Made:
    age, rest = rng.randint(20, 65), rng.randint(48, 80)
    pc = rng.choice([60, 65, 70, 75, 80])
    target = rest + F(pc, 100) * (220 - age - rest)
    km, mins = rng.randint(3, 15), rng.randint(18, 95)
    text = (f"Two things for my training plan: (a) target heart rate at {pc}% intensity with the "
            f"Karvonen formula, age {age}, resting HR {rest}, max HR = 220 - age (nearest bpm). "
            f"(b) my pace if I run {km} km in {mins} minutes, in min per km (2 dp).")
    return text, [nu(target, 0, "bpm", "beats"), nf(F(mins, km))]


@fam
def daily_max_left_and_next(rng: random.Random) -> Made:
    tab = rng.choice([200, 250, 400, 500])
    cap = {200: 1200, 250: 3000, 400: 1200, 500: 4000}[tab]
    taken = rng.randint(1, cap // tab - 1)
    last, gap = rng.randint(7 * 60, 15 * 60), rng.choice([4, 6])
    drug = {200: "ibuprofen", 250: "paracetamol", 400: "ibuprofen", 500: "paracetamol"}[tab]
    text = (f"I've taken {taken} {drug} tablets today ({tab} mg each), the max is {cap} mg a "
            f"day. How many mg can I still take, and if the last one was at {hhmm(last)} with "
            f"{gap} hours between doses, when is the next allowed?")
    return text, [nu(cap - taken * tab, 0, "mg"), clock(last + gap * 60)]


@fam
def monthly_sales_growth_chart(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][:rng.randint(4, 6)]
    vals = [rng.randint(1200, 9000) for _ in months]
    text = "Monthly sales:\n" + "\n".join(f"{m} {v}" for m, v in zip(months, vals, strict=True))
    text += rng.choice([f"\nWhat's the % growth from {months[0]} to {months[-1]} (1 dp)? and "
                        f"chart it",
                        "\nplot these and give me the percent change first month to last, 1 "
                        "decimal"])
    change = F(vals[-1] - vals[0], vals[0]) * 100
    words = []
    if change < 0:
        words = [f"{w} {v}" for v in pct(-change)
                 for w in ("decrease of", "drop of", "down", "fell by", "fall of", "decline of")]
        words += [f"{v} {w}" for v in pct(-change) for w in ("decrease", "drop", "decline")]
    return text, [pct(change) + words, PLOT]


@fam
def stdev_and_histogram(rng: random.Random) -> Made:
    vals = [rng.randint(10, 60) for _ in range(rng.randint(6, 10))]
    sd = statistics.stdev(vals)
    text = rng.choice([f"sample standard deviation of {', '.join(map(str, vals))} to 2 dp, and a "
                       "histogram please",
                       f"Data: {' '.join(map(str, vals))}. Make a histogram and tell me the sample "
                       "SD (2 decimals)"])
    if abs(sd * 100 - int(sd * 100) - 0.5) < 0.02:
        raise Redo
    return text, [list(dict.fromkeys([f"{sd:.2f}", f"{sd:.2f}".rstrip("0").rstrip(".")])), PLOT]


@fam
def lcm_and_mph(rng: random.Random) -> Made:
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    if a == b:
        raise Redo
    mph = rng.choice([20, 25, 30, 40, 50, 60, 70])
    text = rng.choice([f"lcm of {a} and {b}? and {mph} mph in km/h (1 mile = 1.609 km)",
                       f"Two unrelated questions: what is {mph} miles per hour in km/h using "
                       f"1.609, and what's the least common multiple of {a} and {b}?"])
    return text, [nf(math.lcm(a, b), 0), nu(mph * F("1.609"), 3, "km/h", "kph")]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    vertex_and_plot, integral_and_shade, exponent_equation_and_plot, receipt_vat_included,
    receipt_priciest_item_in_dollars, csv_expenses_total_converted, csv_weights_mean_in_pounds,
    glucose_list_to_mmol, waist_inches_ratio, kg_to_lb_then_percent, profit_and_margin,
    four_tasks_numbered, parking_sign_leave_by, opening_hours_sign_weekly, bake_sale_story,
    bank_screenshot_after_rent, fitness_screenshot_miles, density_and_unit_change,
    molarity_from_ml, stones_pounds_bmi, karvonen_and_pace, daily_max_left_and_next,
    monthly_sales_growth_chart, stdev_and_histogram, lcm_and_mph)]
