"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 2: signs and clocks,
CSV and health, stone and BMI, chained bills, numbered homework."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.helpers import Family


def clock(mins: int) -> list[str]:
    h, m = divmod(mins % 1440, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{ap}", f"{h12}:{m:02d} {ap}",
            f"{h12}:{m:02d}{ap.upper()}", f"{h12}:{m:02d} {ap.upper()}"]


@fam
def parking_sign_leave_by(rng):
    hrs = rng.choice([1, 2, 3, 4])
    h, m = rng.randint(8, 15), rng.choice([5, 10, 25, 35, 40, 50])
    fee = F(rng.choice([150, 200, 250, 320]), 100)
    cost = fee * hrs
    sign = {"kind": "sign", "words": ["PAY AND DISPLAY", f"MAX STAY {hrs} HOURS"],
            "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([
        f"Parked at {h}:{m:02d}. Based on this sign, what's the latest I can leave? And at "
        f"${d(fee)} per hour, what does the full max stay cost?",
        f"i got here {h}:{m:02d}, when do I have to move the car by, going by the sign? also "
        f"cost if i stay the whole max time at {d(fee)}/hr"])
    return text, [clock(h * 60 + m + hrs * 60), num(cost)], {"image": sign}


@fam
def museum_last_entry_visit(rng):
    close = rng.randint(16, 19)
    last = close - 1
    h, m = rng.randint(11, last - 1), rng.choice([0, 10, 15, 30, 45, 50])
    adult, kid = F(rng.randint(8, 20)), F(rng.randint(3, 9))
    na, nk = rng.randint(1, 2), rng.randint(1, 4)
    total = na * adult + nk * kid
    sign = {"kind": "sign", "words": ["CITY MUSEUM", f"CLOSES {close - 12}PM",
                                      "LAST ENTRY 1 HR BEFORE"],
            "font": rng.randrange(4), "degrade": dg(rng)}
    left = close * 60 - (h * 60 + m)
    text = (f"We're arriving at the museum at {h}:{m:02d} — per the sign, how many minutes will "
            f"we have inside before closing? Tickets are {adult} adult / {kid} child, we're "
            f"{na} adult{'s' if na > 1 else ''} and {nk} kid{'s' if nk > 1 else ''}, total cost?")
    hh, mm = divmod(left, 60)
    return text, [[f"{left} minutes", f"{left} min", f"{hh} hours and {mm} minutes",
                   f"{hh} hours {mm} minutes", f"{hh}h {mm}m", f"{hh} hr {mm} min"],
                  num(total)], {"image": sign}


@fam
def stone_to_kg_bmi(rng):
    st, lb = rng.randint(8, 17), rng.randint(0, 13)
    cm = rng.randint(152, 196)
    kg = (st * 14 + lb) * F("0.45359237")
    bmi = kg / (F(cm, 100) ** 2)
    bmi2 = F(round(kg * 10), 10) / (F(cm, 100) ** 2)
    if tie(kg, 1) or tie(bmi) or tie(bmi2):
        return None
    text = rng.choice([f"I weigh {st} st {lb} lb, what's that in kg? and my BMI if I'm {cm}cm",
                       f"{st} stone {lb} pounds to kilos (1 dp) please, then BMI at {cm} cm tall",
                       f"convert {st}st {lb}lb to kg and then tell me my bmi — "
                       f"height {show(F(cm, 100))} m"])
    return text, [num(kg, 1) + num(kg), num(bmi) + num(bmi, 1) + num(bmi2) + num(bmi2, 1)]


@fam
def csv_weights_mean_lb(rng):
    names = rng.sample(["Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal"], rng.randint(5, 7))
    kgs = [rng.randint(48, 105) for _ in names]
    mean = F(sum(kgs), len(kgs))
    lb = mean * F("2.2046")
    lb2 = F(round(mean * 10), 10) * F("2.2046")
    if tie(mean, 1) or tie(lb, 1) or tie(lb2, 1):
        return None
    csv = "name,weight_kg\n" + "".join(f"{n},{k}\n" for n, k in zip(names, kgs, strict=True))
    text = rng.choice(["team.csv has everyone's weight. Mean weight in kg (1 dp), and that mean in "
                       "pounds using 1 kg = 2.2046 lb (1 dp)?",
                       "What's the average weight in this file, and convert it to lb "
                       "(2.2046 lb per kg), 1 decimal each"])
    return text, [num(mean, 1), num(lb, 1) + num(lb2, 1)], {"csv": csv}


@fam
def csv_steps_total_km(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(3000, 16000) for _ in days]
    stride = F(rng.choice([70, 72, 75, 78, 80]), 100)
    total = sum(steps)
    km = total * stride / 1000
    if tie(km, 1):
        return None
    csv = "day\tsteps\n" + "".join(f"{a}\t{s}\n" for a, s in zip(days, steps, strict=True))
    text = rng.choice([f"my step log is attached. total steps for the week, and how many km is "
                       f"that with a {show(stride)} m stride (1 dp)?",
                       f"Sum the steps column, then convert to kilometres assuming each step is "
                       f"{show(stride)} metres, one decimal."])
    return text, [[str(total), f"{total:,}"], num(km, 1)], {"csv": csv}


@fam
def list_miles_total_km(rng):
    runs = [F(rng.randint(20, 140), 10) for _ in range(rng.randint(4, 7))]
    tot = sum(runs)
    km = tot * F("1.609")
    km2 = F(round(tot * 10), 10) * F("1.609")
    if tie(km, 1):
        return None
    text = rng.choice([f"runs this month in miles: {', '.join(show(r) for r in runs)}. total "
                       f"miles, and total in km (1 mile = 1.609 km, 1 dp)",
                       f"Add up {' + '.join(show(r) for r in runs)} miles and convert the sum to "
                       f"km at 1.609 km/mi (1 dp)"])
    return text, [num(tot, 1) + num(tot), num(km, 1) + num(km2, 1)]


@fam
def two_unrelated_derivative_and_exchange(rng):
    a, n = rng.randint(2, 9), rng.randint(2, 5)
    x0 = rng.randint(1, 3)
    slope = a * n * x0 ** (n - 1)
    amt, rate = rng.randint(50, 900), rng.choice(["1.17", "1.16", "1.18"])
    usd = amt * F(rate)
    text = rng.choice([f"what is the derivative of {a}x^{n} at x = {x0}? and unrelated: "
                       f"€{amt} in USD if 1 EUR = {rate} USD",
                       f"two things - (1) convert {amt} euros to dollars, rate {rate}; "
                       f"(2) d/dx {a}x^{n} evaluated at x={x0}"])
    return text, [[str(slope), f"{slope:,}"], num(usd)]


@fam
def integral_and_area_plot(rng):
    a = rng.randint(1, 6)
    b = rng.randint(a + 1, a + 5)
    k = rng.randint(2, 6)
    val = F(k * (b ** 3 - a ** 3), 3)
    text = rng.choice([f"integrate {k}x^2 from {a} to {b} and plot y = {k}x^2",
                       f"What's the area under y={k}x^2 between x={a} and x={b}? Show me a "
                       "graph too"])
    out = [str(val)] + ([f"{float(val):.2f}", f"{float(val):.4f}"] if val.denominator > 1 else [])
    return text, [out, PLOT]


@fam
def electric_bill_then_split(rng):
    kwh = rng.randint(180, 900)
    rate = F(rng.randint(12, 38), 100)
    standing = F(rng.randint(800, 2500), 100)
    bill = kwh * rate + standing
    n = rng.randint(2, 5)
    each = bill / n
    if tie(each):
        return None
    text = rng.choice([f"Electric bill: {kwh} kWh at ${d(rate)}/kWh plus a ${d(standing)} "
                       f"monthly charge. What's the total, and what does each of us {n} flatmates "
                       "pay?",
                       f"we used {kwh} kwh this month, rate {d(rate)} per kwh + {d(standing)} "
                       f"fixed. bill total? split {n} ways equally?"])
    text += ' and draw me a chart of the bill split by fixed vs usage'
    return text, [PLOT, num(bill), num(each)]


@fam
def bulleted_kitchen_units(rng):
    f_ = rng.choice([325, 350, 375, 400, 425, 450])
    c = F(f_ - 32) * 5 / 9
    tbsp = rng.randint(2, 9)
    ml = tbsp * 15
    oz = rng.choice([8, 12, 16, 20])
    g = oz * F("28.35")
    if tie(c, 0) or tie(g, 1):
        return None
    text = rng.choice([f"baking conversions pls:\n• {f_}°F to °C (whole number)\n• {tbsp} tbsp in "
                       f"ml (1 tbsp = 15 ml)\n• {oz} oz to grams (28.35 g/oz)",
                       f"- oven {f_}F in celsius, rounded\n- {oz} oz butter in g using 28.35\n"
                       f"- {tbsp} tablespoons in ml, 15 ml each"])
    return text, [num(c, 0), [f"{ml} ml", f"{ml}ml", f"{ml} mL", f"{ml}mL"], num(g, 1)]


@fam
def chained_salary_monthly_then_rent_share(rng):
    salary = rng.randint(28, 95) * 1000
    month = F(salary, 12)
    rent = rng.randint(700, 2400)
    share = F(rent * 100) / month
    share2 = F(rent * 100) / F(round(month * 100), 100)
    if tie(month) or tie(share, 1) or tie(share2, 1):
        return None
    text = rng.choice([f"My salary is ${salary:,} a year. What's that per month, and what "
                       f"percentage of a month's pay is my ${rent} rent (1 dp)?",
                       f"{salary} per year → monthly? then rent of {rent}/month as % of that "
                       "(1 dp)"])
    r = rng.choice(["0.92", "0.79", "1.36"])
    code = {"0.92": "EUR", "0.79": "GBP", "1.36": "CAD"}[r]
    x = month * F(r)
    if tie(x):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        f" Also, what's the monthly pay in {code} at 1 USD = {r} {code}?")
    return text, [num(x), num(month), [f"{v}%" for v in num(share, 1) + num(share2, 1)]]


@fam
def story_garden_shed(rng):
    name = rng.choice(["Dad", "My neighbour", "Grandma", "Our landlord"])
    L, W = F(rng.randint(20, 60), 10), F(rng.randint(15, 40), 10)
    area = L * W
    per = F(rng.randint(1500, 4500), 100)
    cost = area * per
    if tie(area) or tie(cost):
        return None
    text = (f"{name} wants to lay new flooring in the shed, which is {show(L)} m by {show(W)} m. "
            f"We found boards at ${d(per)} per square metre. "
            f"{rng.choice(['Honestly', 'Anyway', 'So'])}, what's the floor area "
            "and how much will the boards cost?")
    ft2 = area * F("10.764")
    if tie(ft2, 1):
        return None
    text += " And how many square feet is the floor (1 m² = 10.764 ft², 1 dp)?"
    return text, [num(ft2, 1), num(area), num(cost)]


@fam
def receipt_gbp_to_eur(rng):
    goods = rng.sample(["Tea", "Scone", "Jam", "Cream", "Biscuits", "Cake", "Crisps"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(120, 990), 100) for _ in goods]
    total = sum(prices)
    rate = rng.choice(["1.15", "1.16", "1.17", "1.14"])
    eur = total * F(rate)
    if tie(eur):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Tea Rooms", "Village Shop", "Kettle Cafe"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "£", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"how much was this in total (it's in pounds), and what's that in euros at "
                       f"£1 = €{rate}?",
                       f"Receipt from the UK trip — total please, and converted to EUR with "
                       f"1 GBP = {rate} EUR"])
    return text, [num(total), num(eur)], {"image": recipe}


@fam
def receipt_item_count_and_average(rng):
    goods = rng.sample(["Notebook", "Pens", "Stapler", "Folder", "Tape", "Glue", "Ruler",
                        "Markers"],
                       rng.randint(3, 5))
    prices = [F(rng.randint(99, 1299), 100) for _ in goods]
    total = sum(prices)
    avg = total / len(goods)
    if tie(avg):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Office Hub", "Paper Plus", "Desk Depot"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["office supplies receipt — what's the total, and the average price per "
                       "item?",
                       "Can you read the total off this receipt and tell me the mean item price "
                       "(2 decimals)?"])
    return text, [num(total), num(avg)], {"image": recipe}


@fam
def screenshot_delivery_eta(rng):
    h, m = rng.randint(9, 18), rng.choice([5, 12, 20, 33, 41, 48])
    mins = rng.randint(25, 95)
    price = F(rng.randint(1500, 6000), 100)
    tip = rng.choice([10, 15, 20])
    t = price * tip / 100
    if tie(t):
        return None
    rows = [f"Order placed: {h}:{m:02d}", f"Est. delivery: {mins} min", f"Order total: ${d(price)}"]
    shot = {"kind": "screenshot", "title": "FoodNow", "rows": rows, "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice([f"When should the food arrive based on this screenshot? And what's a "
                       f"{tip}% tip on the order total?",
                       f"what time will my order get here (see screenshot), and how much is "
                       f"{tip} percent of the total"])
    return text, [clock(h * 60 + m + mins), num(t)], {"image": shot}


@fam
def flight_duration_and_timezone(rng):
    dep_h, dep_m = rng.randint(6, 20), rng.choice([0, 15, 25, 40, 55])
    dur = rng.randint(95, 600)
    shift = rng.choice([-5, -3, 1, 2, 3, 5, -6])
    arr = dep_h * 60 + dep_m + dur + shift * 60
    miles = rng.randint(400, 4000)
    km = miles * F("1.609")
    hh, mm = divmod(dur, 60)
    hrs = "hours" if abs(shift) > 1 else "hour"
    text = rng.choice([
        f"Flight leaves {dep_h:02d}:{dep_m:02d}, takes {hh}h {mm}m, destination is "
        f"{abs(shift)} {hrs} {'ahead' if shift > 0 else 'behind'}. Local arrival time? Also the "
        f"flight is {miles} miles — in km using 1.609?",
        f"departing {dep_h}:{dep_m:02d} local, {hh} hr {mm} min flight, arrival city is UTC offset "
        f"{'+' if shift > 0 else '-'}{abs(shift)}h relative to us. what time do I land there? and "
        f"{miles} mi to km (×1.609)"])
    return text, [clock(arr), list(dict.fromkeys(num(km, 1) + num(km) + num(km, 3)))]


@fam
def dilution_and_percent(rng):
    c1 = rng.choice([40, 50, 60, 70, 80, 96])
    c2 = rng.choice([5, 10, 20, 25, 30])
    v2 = rng.choice([100, 200, 250, 500, 1000])
    v1 = F(c2 * v2, c1)
    water = v2 - v1
    if tie(v1, 1) or tie(water, 1):
        return None
    text = rng.choice([f"Chem lab: how much {c1}% stock do I need to make {v2} mL of {c2}% "
                       f"solution, and how much water do I add? 1 dp",
                       f"dilution qn — stock {c1}%, want {v2}ml at {c2}%. volume of stock? "
                       f"volume of water? (1 dp)"])
    oz = F(v2) / F("29.57")
    if tie(oz, 1):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        " Also the final volume in fl oz (29.57 mL each, 1 dp).")
    if len(set(num(oz, 1)) | set(num(v1, 1)) | set(num(water, 1))) < len(
            num(oz, 1) + num(v1, 1) + num(water, 1)):
        return None
    return text, [num(oz, 1), num(v1, 1), num(water, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    parking_sign_leave_by, museum_last_entry_visit, stone_to_kg_bmi, csv_weights_mean_lb,
    csv_steps_total_km, list_miles_total_km, two_unrelated_derivative_and_exchange,
    integral_and_area_plot, electric_bill_then_split, bulleted_kitchen_units,
    chained_salary_monthly_then_rent_share, story_garden_shed, receipt_gbp_to_eur,
    receipt_item_count_and_average, screenshot_delivery_eta, flight_duration_and_timezone,
    dilution_and_percent)]
