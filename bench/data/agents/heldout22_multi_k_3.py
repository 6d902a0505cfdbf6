"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 3: sale signs and
speed limits, app screenshots, CSV reports with a conversion, science homework."""

from __future__ import annotations

import statistics
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num, rx
from bench.data.agents.helpers import Family


def pct(x: F, places: int = 1) -> list[str]:
    return [f"{v}%" for v in num(x, places)] + [f"{v} %" for v in num(x, places)]


@fam
def sale_sign_price_and_tax(rng):
    off = rng.choice([15, 20, 25, 30, 40, 50])
    price = F(rng.randint(1999, 24999), 100)
    tax = rng.choice([6, 7, 8, 8.25, 9.5])
    sale = price * (100 - off) / 100
    tax_f = F(str(tax))
    final = sale * (100 + tax_f) / 100
    sale_r = F(round(sale * 100), 100)
    final2 = sale_r * (100 + tax_f) / 100
    if tie(sale) or tie(final) or tie(final2):
        return None
    sign = {"kind": "sign", "words": ["SALE", f"{off}% OFF", "EVERYTHING"],
            "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"jacket tagged ${d(price)}. with the discount on this sign, what's the "
                       "sale "
                       f"price, and what do I pay after {show(tax_f)}% sales tax on the sale "
                       "price?",
                       f"The store has this sign up. Item is {d(price)} — price after the "
                       "discount, "
                       f"then total once {show(tax_f)}% tax is added?"])
    return text, [num(sale), num(final) + num(final2)], {"image": sign}


@fam
def speed_limit_sign_time(rng):
    mph = rng.choice([25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    miles = rng.randint(3, 40)
    kmh = mph * F("1.609")
    mins = F(miles * 60, mph)
    if tie(kmh, 1) or tie(mins, 0):
        return None
    sign = {"kind": "sign", "words": ["SPEED", "LIMIT", str(mph)], "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice(["what's this speed limit in km/h (1 mph = 1.609 km/h)? and how many "
                       "minutes "
                       f"would {miles} miles take at exactly that limit (nearest minute)?",
                       f"Convert the limit on the sign to kmh using 1.609 — and time in minutes to "
                       f"cover {miles} mi at the limit, rounded"])
    kms = list(dict.fromkeys(num(kmh, 1) + num(kmh) + num(kmh, 3)))
    return text, [kms, num(mins, 0)], {"image": sign}


@fam
def fitness_app_calories_to_food(rng):
    steps, kcal = rng.randint(4000, 18000), rng.randint(150, 900)
    km = F(rng.randint(30, 150), 10)
    bar = rng.choice([180, 200, 220, 250])
    bars = F(kcal, bar)
    kj = kcal * F("4.184")
    if tie(bars, 1) or tie(kj, 0):
        return None
    shot = {"kind": "screenshot", "title": "Activity", "rows": [f"Steps: {steps:,}",
            f"Distance: {show(km)} km", f"Active kcal: {kcal}"], "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice([f"my fitness app today. how many kJ did I burn (1 kcal = 4.184 kJ, whole "
                       f"number), and how many {bar}-kcal granola bars is that (1 dp)?",
                       f"Active calories from this screenshot in kilojoules (×4.184), rounded; "
                       f"and that many kcal divided by a {bar} kcal snack bar (1 dp)?"])
    return text, [num(kj, 0), num(bars, 1)], {"image": shot}


@fam
def grades_screenshot_average_needed(rng):
    subs = rng.sample(["Maths", "Physics", "History", "Biology", "English", "Chemistry"], 4)
    marks = [rng.randint(52, 98) for _ in subs]
    mean = F(sum(marks), 4)
    target = rng.choice([75, 80, 85])
    need = target * 5 - sum(marks)
    if tie(mean) or need > 100 or need < 0:
        return None
    shot = {"kind": "screenshot", "title": "Term grades", "rows": [f"{s}: {m}" for s, m in
            zip(subs, marks, strict=True)], "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"here's my grades app. average of the four? and what would I need in a "
                       f"fifth subject to bring the average of all five to {target}?",
                       f"Mean of these 4 marks please, and the score needed in one more subject "
                       f"for a 5-subject average of exactly {target}"])
    return text, [num(mean), [str(need)]], {"image": shot}


@fam
def csv_temps_f_to_c(rng):
    days = ["2026-07-0" + str(i) for i in range(1, rng.randint(6, 9) + 1)]
    temps = [rng.randint(68, 104) for _ in days]
    hi = max(temps)
    mean = F(sum(temps), len(temps))
    c = (mean - 32) * 5 / 9
    c2 = (F(round(mean * 10), 10) - 32) * 5 / 9
    hc = (hi - 32) * F(5, 9)
    if tie(c, 1) or tie(c2, 1) or tie(hc, 1):
        return None
    csv = "date,high_f\n" + "".join(f"{a},{t}\n" for a, t in zip(days, temps, strict=True))
    text = rng.choice(["weather export attached (°F). mean high in celsius (1dp) and the "
                       "hottest day's "
                       "high in celsius (1dp)?",
                       "Convert the average of the high_f column to °C, and also the single max to "
                       "°C, one decimal each"])
    return text, [num(c, 1) + num(c2, 1), num(hc, 1)], {"csv": csv}


@fam
def csv_units_revenue_eur(rng):
    prods = rng.sample(["mugs", "caps", "tees", "bags", "pins", "socks"], rng.randint(3, 5))
    rows = [(p, rng.randint(5, 80), F(rng.randint(300, 3500), 100)) for p in prods]
    rev = sum(u * pr for _, u, pr in rows)
    rate = rng.choice(["0.92", "0.93", "0.85"])
    eur = rev * F(rate)
    if tie(eur):
        return None
    csv = "product,units,price_usd\n" + "".join(f"{p},{u},{d(pr)}\n" for p, u, pr in rows)
    text = rng.choice([f"market stall sales csv: total revenue (units × price), then in euros at "
                       f"1 USD = {rate} EUR",
                       f"What did I take in total from this file, and convert it with a rate of "
                       f"{rate} EUR per dollar"])
    return text, [num(rev), num(eur)], {"csv": csv}


@fam
def physics_ke_and_unit(rng):
    m = rng.randint(2, 90)
    kmh = rng.choice([18, 36, 54, 72, 90, 108])
    v = F(kmh * 1000, 3600)
    ke = F(1, 2) * m * v * v
    text = rng.choice([f"physics: a {m} kg object moves at {kmh} km/h. speed in m/s? kinetic "
                       f"energy in joules?",
                       f"Convert {kmh} km/h to m/s and then find KE = ½mv² for mass {m} kg"])
    return text, [[f"{show(v)} m/s", f"{show(v)}m/s"], num(ke)]


@fam
def chem_moles_and_mass(rng):
    comp = rng.choice([("NaCl", F("58.44")), ("H2O", F("18.02")), ("CO2", F("44.01")),
                       ("glucose", F("180.16"))])
    g = rng.randint(5, 250)
    mol = g / comp[1]
    vol = rng.choice([250, 500, 1000, 2000])
    molar = mol * 1000 / vol
    if tie(mol, 3) or tie(molar, 3):
        return None
    text = rng.choice([f"chem hw: {g} g of {comp[0]} (molar mass {show(comp[1])} g/mol). moles "
                       f"(3 dp)? and concentration if dissolved to {vol} mL (mol/L, 3 dp)?",
                       f"How many mol in {g}g {comp[0]}, M = {show(comp[1])}? Then molarity in "
                       f"{vol} ml of solution. Three decimals"])
    molar2 = F(round(mol * 1000), 1000) * 1000 / vol
    if set(num(mol, 3)) & set(num(molar, 3) + num(molar2, 3)):
        return None  # 1000 mL: both parts would share one figure
    return text, [num(mol, 3), num(molar, 3) + num(molar2, 3)]


@fam
def two_unrelated_prime_and_cm(rng):
    n = rng.choice([91, 97, 119, 121, 127, 133, 143, 149, 157, 161, 169, 173, 187, 191])
    prime = all(n % k for k in range(2, int(n ** 0.5) + 1))
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    cm = (ft * 12 + inch) * F("2.54")
    text = rng.choice([f"is {n} prime? and how tall is {ft}'{inch}\" in cm",
                       f"Random qs from my kid: is {n} a prime number, and what's {ft} feet {inch} "
                       f"inches in centimetres?"])
    yes = ["is prime", "is a prime", "yes", "Yes"]
    no = ["not prime", "not a prime", "isn't prime", "isn't a prime", "isn’t prime",
          "isn’t a prime", "composite"]
    return text, [yes if prime else no, num(cm, 1) + num(cm)]


@fam
def story_freelance_invoice(rng):
    who = rng.choice(["a bakery", "my cousin's startup", "a local dentist", "a yoga studio"])
    hrs = F(rng.randint(10, 80), 2)
    rate = rng.choice([35, 40, 45, 50, 60, 75, 85])
    sub = hrs * rate
    vat = rng.choice([20, 10, 15])
    tot = sub * (100 + vat) / 100
    text = (f"Did some freelance design work for {who} this month — logged {show(hrs)} hours at "
            f"£{rate}/hour. {rng.choice(['Before I send the invoice', 'Quick sanity check'])}: "
            f"what's the subtotal, and what's the total with {vat}% VAT?")
    r = rng.choice(["1.17", "1.16", "1.27"])
    x = tot * F(r)
    if tie(x):
        return None
    text += f" They pay in dollars, so also the total in USD at £1 = ${r}."
    return text, [num(x), num(sub), num(tot)]


@fam
def chained_cm_to_inches_to_frames(rng):
    cm = rng.randint(30, 150)
    inch = cm / F("2.54")
    frame = rng.choice([8, 10, 12])
    n = int(F(round(inch * 10), 10) // frame)
    if tie(inch, 1):
        return None
    text = rng.choice([f"wall gap is {cm} cm. convert to inches (1 dp), then how many {frame}-inch "
                       f"frames fit side by side with no gaps?",
                       f"{cm}cm → inches (1 dp)? and how many whole {frame}\" wide frames fit "
                       "along it"])
    return text, [num(inch, 1), [f"{n} frames", f"{n} whole frames", f"fit {n}", f"{n} of them"]]


@fam
def numbered_health_three(rng):
    kg, cm = rng.randint(50, 110), rng.randint(150, 195)
    bmi = kg / F(cm, 100) ** 2
    age = rng.randint(18, 70)
    mhr = 220 - age
    lo, hi = mhr * F(60, 100), mhr * F(80, 100)
    if tie(bmi) or tie(lo, 0) or tie(hi, 0):
        return None
    text = rng.choice([f"1. BMI for {kg} kg and {cm} cm\n2. max heart rate for age {age} (220 − "
                       "age)"
                       f"\n3. 60% and 80% of that max, whole numbers",
                       f"three things: my bmi ({kg}kg, {cm}cm); my max HR at {age} using 220-age; "
                       f"and the 60-80% zone of it (round to whole bpm)"])
    return text, [num(bmi) + num(bmi, 1), [str(mhr)], num(lo, 0), num(hi, 0)]


@fam
def data_list_median_and_convert(rng):
    vals = [rng.randint(45, 130) for _ in range(rng.choice([5, 7, 9]))]
    med = statistics.median(vals)
    mean = F(sum(vals), len(vals))
    km = med * F("1.609")
    if tie(km, 1) or tie(mean, 1):
        return None
    text = rng.choice([f"commute distances for the team in miles: {', '.join(map(str, vals))}. "
                       f"mean (1 dp)? and the median in km (1.609 km/mi, 1 dp)",
                       f"Average of {vals} (miles), and convert the median of them to kilometres "
                       f"with 1.609, 1 dp each"])
    return text, [num(mean, 1), num(km, 1)]


@fam
def solve_exponential_and_plot(rng):
    base = rng.choice([2, 3, 4, 5, 10])
    k = rng.choice([-3, -2, -1, 2, 3, 4, 5, 6])
    val = F(base) ** k
    text = rng.choice([f"solve {base}^x = {val} and plot y = {base}^x",
                       f"find x if {base}^x={val}; also graph y={base}^x from -2 to 4",
                       f"{base} to the power x equals {val}. what's x? and plot {base}^x please"])
    return text, [rx(k), PLOT]


@fam
def plot_two_functions_intersection(rng):
    a, b = rng.randint(1, 4), rng.randint(-6, 6)
    c = rng.randint(-6, 6)
    x = rng.randint(-4, 5)
    # y = a x + b and y = (a + k) x + c meet at x
    k = rng.choice([1, 2, 3, -1, -2])
    c = b - k * x
    y = a * x + b
    s2 = a + k
    if s2 == 0:
        return None
    co = {1: "", -1: "-"}
    line2 = f"{co.get(s2, s2)}x" + (f" + {c}" if c > 0 else (f" - {-c}" if c < 0 else ""))
    bs = f" + {b}" if b > 0 else (f" - {-b}" if b < 0 else "")
    text = rng.choice([f"where do y = {co.get(a, a)}x{bs} and "
                       f"y = {line2} intersect? plot both",
                       f"graph y={co.get(a, a)}x{bs.replace(' ', '')} and "
                       f"y={line2.replace(' ', '')}"
                       f" and give me the intersection point"])
    return text, [[f"({x}, {y})", f"({x},{y})", f"x = {x}, y = {y}", f"x={x}, y={y}"], PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sale_sign_price_and_tax, speed_limit_sign_time, fitness_app_calories_to_food,
    grades_screenshot_average_needed, csv_temps_f_to_c, csv_units_revenue_eur, physics_ke_and_unit,
    chem_moles_and_mass, two_unrelated_prime_and_cm, story_freelance_invoice,
    chained_cm_to_inches_to_frames, numbered_health_three, data_list_median_and_convert,
    solve_exponential_and_plot, plot_two_functions_intersection)]
