"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 10: dilutions,
loans, budgets in a CSV, lipids, inequalities, deposits, dose times and drips."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.heldout22_multi_k_2 import clock
from bench.data.agents.helpers import Family


@fam
def speed_distance_time_then_fuel(rng):
    kmh = rng.choice([60, 70, 80, 90, 100, 110])
    hrs = F(rng.randint(5, 45), 10)
    dist = kmh * hrs
    kml = rng.randint(11, 19)
    litres = dist / kml
    if tie(litres, 1):
        return None
    text = rng.choice([f"Driving {show(hrs)} hours at {kmh} km/h — how far is that? and at "
                       f"{kml} km per litre, how many litres does it burn (1 dp)?",
                       f"distance for {show(hrs)}h at {kmh}kmh, then fuel used at {kml} km/L "
                       "(1 dp)"])
    return text, [num(dist, 1) + num(dist), num(litres, 1)]


@fam
def loan_simple_vs_compound(rng):
    p = rng.randint(2, 20) * 500
    r = rng.choice([3, 4, 5, 6, 7, 8])
    y = rng.randint(2, 6)
    simple = F(p * r * y, 100)
    comp = p * (1 + F(r, 100)) ** y - p
    if tie(comp):
        return None
    text = rng.choice([f"For ${p:,} at {r}% a year over {y} years: simple interest earned, and "
                       f"compound interest (compounded yearly)?",
                       f"finance hw: P={p}, r={r}%, t={y}. 1) simple interest 2) compound interest "
                       f"compounded annually, to the cent"])
    text += ("" if text[-1] == "?" else ",") + ' and plot the balance year by year'
    return text, [PLOT, num(simple), num(comp)]


@fam
def eigen_and_det(rng):
    a, b = rng.randint(1, 6), rng.randint(1, 6)
    c = rng.randint(-4, 4)
    det = a * b
    text = rng.choice([f"for the matrix [[{a}, {c}], [0, {b}]], find the determinant; also what "
                       f"is {a + b}^2 + ({c})^2?",
                       f"det of [[{a},{c}],[0,{b}]] and separately compute {a + b} squared plus "
                       f"{abs(c)} squared"])
    inch = rng.randint(3, 40)
    cm = inch * F("2.54")
    text += ("" if text[-1] in ".?!" else ".") + f" Oh and {inch} inches in cm?"
    return text, [num(cm, 1) + num(cm),
                  [f"determinant is {det}", f"determinant = {det}", f"det = {det}",
                   f"determinant of {det}", f"det is {det}", f"det={det}", f"= {det}"],
                  [str((a + b) ** 2 + c ** 2)]]


@fam
def csv_expenses_category_share(rng):
    cats = ["rent", "food", "transport", "fun", "utilities"]
    vals = {c: rng.randint(60, 1400) for c in cats}
    pick = rng.choice(cats)
    tot = sum(vals.values())
    share = F(vals[pick] * 100, tot)
    rate = rng.choice(["0.92", "0.86", "1.36"])
    code = {"0.92": "EUR", "0.86": "GBP", "1.36": "CAD"}[rate]
    conv = tot * F(rate)
    if tie(share, 1) or tie(conv):
        return None
    csv = "category,amount_usd\n" + "".join(f"{c},{v}\n" for c, v in vals.items())
    text = (f"budget.csv attached. what % of my spending is {pick} (1 dp), and what's the total in "
            f"{code} if 1 USD = {rate} {code}?")
    return text, [[f"{v}%" for v in num(share, 1)], num(conv)], {"csv": csv}


@fam
def cholesterol_units_and_ldl(rng):
    tc, hdl, tg = rng.randint(160, 280), rng.randint(35, 75), rng.randint(70, 300)
    ldl = tc - hdl - F(tg, 5)
    mmol = F(tc * 100, 3867)
    if tie(ldl, 1) or tie(mmol):
        return None
    text = rng.choice([f"My lipid panel: total cholesterol {tc} mg/dL, HDL {hdl}, triglycerides "
                       f"{tg}. Friedewald LDL (1 dp)? And total cholesterol in mmol/L (divide by "
                       f"38.67, 2 dp)?",
                       f"TC {tc}, HDL {hdl}, TG {tg} (all mg/dl) — calculate LDL with Friedewald "
                       f"(1 dp) and convert the TC to mmol/l using 38.67 (2 dp)"])
    return text, [num(ldl, 1), num(mmol)]


@fam
def numbered_small_business_month(rng):
    sales = rng.randint(5000, 30000)
    costs = rng.randint(2000, sales - 500)
    profit = sales - costs
    orders = rng.randint(80, 600)
    aov = F(sales, orders)
    if tie(aov):
        return None
    text = rng.choice([f"Month recap for my etsy shop:\n1. sales ${sales:,}, costs ${costs:,} — "
                       f"profit?\n2. {orders} orders — average order value?",
                       f"1) profit if revenue {sales} and expenses {costs}\n2) revenue {sales} "
                       f"over {orders} orders = avg order value?"])
    return text, [[str(profit), f"{profit:,}", *num(F(profit))], num(aov)]


@fam
def inequality_and_number_line(rng):
    a = rng.randint(2, 7)
    x = rng.randint(-6, 9)
    b = rng.randint(1, 15)
    c = a * x + b
    text = rng.choice([f"solve {a}x + {b} > {c} and plot y = {a}x + {b}",
                       f"For which x is {a}x+{b} greater than {c}? graph the line as well"])
    return text, [[f"x > {x}", f"x>{x}", f"({x}, ∞)", f"({x}, oo)", f"({x},∞)"], PLOT]


@fam
def kg_price_to_lb_price(rng):
    perkg = F(rng.randint(300, 2600), 100)
    perlb = perkg * F("0.4536")
    kgs = F(rng.randint(3, 30), 10)
    cost = perkg * kgs
    if tie(perlb) or tie(cost):
        return None
    text = rng.choice([f"cheese is ${d(perkg)}/kg. What's that per lb (1 lb = 0.4536 kg)? And "
                       f"what do {show(kgs)} kg cost?",
                       f"Price per pound if it's {d(perkg)} per kilo (use 0.4536 kg/lb), plus the "
                       f"cost of {show(kgs)} kg"])
    return text, [num(perlb), num(cost)]


@fam
def mortgage_down_payment_chain(rng):
    price = rng.randint(18, 90) * 10000
    pct = rng.choice([5, 10, 15, 20, 25])
    down = F(price * pct, 100)
    save = rng.randint(600, 3000)
    months = -(-down // save)
    if down % save == 0:
        return None
    text = rng.choice([f"house costs ${price:,}. how much is a {pct}% down payment, and if I "
                       f"save ${save:,}/month from zero, how many months until I have it?",
                       f"{pct} percent deposit on a {price} home — amount? then months to save it "
                       f"at {save} per month"])
    r = rng.choice(["0.92", "0.79", "1.36"])
    code = {"0.92": "EUR", "0.79": "GBP", "1.36": "CAD"}[r]
    x = down * F(r)
    if tie(x):
        return None
    text += f" (and the down payment in {code} at 1 USD = {r} {code}?)"
    return text, [num(x), [*num(down), f"{int(down):,}"], [f"{months} months"]]


@fam
def medication_schedule_times(rng):
    start = rng.randint(6, 10)
    every = rng.choice([4, 6, 8])
    mg = rng.choice([200, 250, 400, 500])
    doses = 24 // every
    total = mg * doses
    third = start * 60 + 2 * every * 60
    text = rng.choice([
        f"I take my first {mg} mg dose at {start}am and then every {every} hours. When's the third "
        f"dose, and how many mg do I take in 24 hours?",
        f"meds: {mg}mg every {every}h starting {start}:00. time of 3rd dose? total mg per day "
        f"(24 h, including the first)?"])
    return text, [clock(third), [f"{total} mg", f"{total}mg", f"{total:,} mg"]]


@fam
def sphere_volume_and_litres(rng):
    r = rng.randint(5, 40)
    v = F(4, 3) * F(str(round(math.pi, 12))) * r ** 3
    litres = v / 1000
    if tie(v, 1) or tie(litres):
        return None
    text = rng.choice([f"volume of a ball with radius {r} cm in cm³ (1 dp)? and how many litres is "
                       f"that (2 dp)?",
                       f"Sphere, r={r}cm: volume to 1 decimal place, then convert to litres "
                       "(2 dp)"])
    return text, [num(v, 1), num(litres)]


@fam
def grades_weighted_and_needed(rng):
    hw, mid = rng.randint(60, 98), rng.randint(55, 95)
    target = rng.choice([70, 75, 80, 85])
    cur = F(hw * 30 + mid * 30, 100)
    need = (target - cur) * 100 / 40
    if need > 100 or need < 0 or tie(cur, 1) or tie(need, 1):
        return None
    text = (f"Course weights: homework 30%, midterm 30%, final 40%. I have {hw} on homework and "
            f"{mid} on the midterm. {rng.choice(['What', 'How many'])} points do my hw+midterm "
            f"contribute so far, and what do I need on the final to get {target} overall (1 dp)?")
    text += ("" if text[-1] in ".?!" else ".") + (
        ' Plot my three component scores too (use the final I need).')
    return text, [PLOT, num(cur, 1), num(need, 1)]


@fam
def tax_bracket_and_hourly(rng):
    income = rng.randint(30, 120) * 1000
    band = rng.choice([12000, 12570, 10000])
    rate = rng.choice([20, 25])
    tax = F((income - band) * rate, 100)
    hours = rng.choice([1820, 1950, 2080])
    hourly = F(income, hours)
    if tie(hourly):
        return None
    text = rng.choice([f"income {income:,}, first {band:,} tax-free, then {rate}% on the rest. tax "
                       f"owed? and separately my hourly rate if I work {hours} hours a year",
                       f"Two money questions. Tax at {rate}% on everything above {band} for a "
                       f"{income} salary? And that salary divided over {hours} hours per year?"])
    r = rng.choice(["1.17", "1.27", "0.86"])
    x = hourly * F(r)
    x2 = F(round(hourly * 100), 100) * F(r)
    if tie(x) or tie(x2):
        return None
    text += ("" if text[-1] in ".?!" else ".") + f" Hourly rate converted at ×{r} too, please."
    return text, [num(x) + num(x2), [*num(tax), f"{int(tax):,}"], num(hourly)]


@fam
def sign_train_departure_wait(rng):
    plat = rng.randint(1, 12)
    h, m = rng.randint(6, 21), rng.choice([5, 12, 18, 27, 34, 46, 52])
    wait = rng.randint(4, 50)
    now = h * 60 + m - wait
    km, kmh = rng.randint(40, 300), rng.choice([80, 100, 120, 150])
    arr = h * 60 + m + F(km * 60, kmh)
    if arr.denominator != 1:
        return None
    sign = {"kind": "sign", "words": [f"PLATFORM {plat}", f"NEXT TRAIN {h:02d}:{m:02d}"],
            "font": rng.randrange(4), "degrade": dg(rng)}
    nh, nm = divmod(now, 60)
    text = rng.choice([f"It's {nh}:{nm:02d}. How long until the train on this board, and if the "
                       f"trip is {km} km at {kmh} km/h average, what time do I arrive?",
                       f"time now {nh:02d}:{nm:02d} — minutes to wait for the next train shown? "
                       f"then arrival time for {km} km at an average {kmh} km/h"])
    waits = [f"{wait} minutes", f"{wait} min", f"{wait}min"]
    return text, [waits, clock(int(arr))], {"image": sign}


@fam
def ml_per_hour_drip_and_hours(rng):
    vol = rng.choice([500, 1000, 250, 750])
    hrs = rng.choice([4, 6, 8, 10, 12])
    rate = F(vol, hrs)
    gtt = rng.choice([15, 20])
    drops = rate * gtt / 60
    if tie(rate, 1) or tie(drops, 0):
        return None
    text = rng.choice([f"nursing hw: {vol} mL over {hrs} hours. rate in mL/hr (1 dp)? and with a "
                       f"{gtt} gtt/mL set, drops per minute (whole)?",
                       f"IV {vol}ml to run over {hrs}h — ml per hour (1 dp), and gtt/min with drop "
                       f"factor {gtt} (whole drops)"])
    return text, [num(rate, 1), num(drops, 0)]


@fam
def percent_change_and_chart(rng):
    a, b = rng.randint(200, 900), rng.randint(200, 900)
    if a == b:
        return None
    ch = F((b - a) * 100, a)
    if tie(ch, 1):
        return None
    text = rng.choice([f"sales went from {a} in Q1 to {b} in Q2. percent change (1 dp)? and chart "
                       f"both quarters as a bar chart",
                       f"Plot Q1={a}, Q2={b} and tell me the % change from Q1 to Q2"])
    vals = num(ch, 1) + num(abs(ch), 1)
    return text, [[f"{v}%" for v in vals], PLOT]


@fam
def protein_per_kg_and_grams_lb(rng):
    lb = rng.randint(110, 260)
    kg = lb * F("0.4536")
    gpk = F(rng.choice([12, 14, 16, 18, 20, 22]), 10)
    grams = F(round(kg * 10), 10) * gpk
    g2 = kg * gpk
    if tie(kg, 1) or tie(grams, 0) or tie(g2, 0):
        return None
    text = rng.choice([f"I'm {lb} lb. what's that in kg (1 lb = 0.4536 kg, 1 dp), and at "
                       f"{show(gpk)} g protein per kg, how many grams a day (whole number)?",
                       f"protein target: {show(gpk)} g/kg bodyweight. I weigh {lb} pounds "
                       f"(0.4536 kg each). kg (1 dp)? grams protein per day (whole number)?"])
    return text, [num(kg, 1), num(grams, 0) + num(g2, 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    speed_distance_time_then_fuel, loan_simple_vs_compound, eigen_and_det,
    csv_expenses_category_share, cholesterol_units_and_ldl, numbered_small_business_month,
    inequality_and_number_line, kg_price_to_lb_price, mortgage_down_payment_chain,
    medication_schedule_times, sphere_volume_and_litres, grades_weighted_and_needed,
    tax_bracket_and_hourly, sign_train_departure_wait, ml_per_hour_drip_and_hours,
    percent_change_and_chart, protein_per_kg_and_grams_lb)]
