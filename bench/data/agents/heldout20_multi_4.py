"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 4: lists and CSV files
summarised, then converted or turned into a health figure."""
# ruff: noqa: E501

from __future__ import annotations

import statistics

from bench.data.agents.heldout20_multi import (
    NAMES,
    F,
    Redraw,
    dec,
    fam,
    money,
    num,
    pct,
    pick,
    span,
)
from bench.data.agents.helpers import Family

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tenths(rng, lo, hi, n):
    return [F(rng.randint(lo, hi), 10) for _ in range(n)]


def join(vals, sep=", "):
    return sep.join(dec(v) for v in vals)


@fam
def runs_miles_to_km(rng):
    runs = tenths(rng, 15, 130, rng.randint(4, 7))
    tot = sum(runs)
    text = pick(rng, f"my runs this week in miles: {join(runs)}. total distance in km and average run in km? (1 mile = 1.609 km, 2 dp)",
                f"Ran {join(runs, ' / ')} miles this week. Convert the total to kilometres (x1.609) and give me the mean per run in km too, 2 decimals.")
    return text, [num(tot * F("1.609"), 2), num(tot * F("1.609") / len(runs), 2)]


@fam
def weigh_ins_lb_to_kg(rng):
    w = [F(rng.randint(1400, 2600), 10)]
    for _ in range(rng.randint(3, 6)):
        w.append(w[-1] + F(rng.randint(-30, 20), 10))
    text = pick(rng, f"Weekly weigh-ins (lb): {join(w)}. What's my average in kg, and how much did I lose or gain first to last in kg? Use 1 lb = 0.4536 kg, 1 decimal.",
                f"weights in pounds {join(w, ' -> ')} — mean weight in kilos and the change from first to last in kg (0.4536 kg/lb, 1 dp)")
    ch = (w[-1] - w[0]) * F("0.4536")
    if ch == 0:
        raise Redraw
    return text, [num(sum(w) / len(w) * F("0.4536"), 1), num(ch, 1) + num(abs(ch), 1)]


@fam
def temps_f_mean_in_c(rng):
    t = [rng.randint(40, 98) for _ in range(7)]
    text = pick(rng, f"This week's highs in °F: {', '.join(map(str, t))}. Average high in Celsius, and the hottest day in Celsius? 1 decimal.",
                f"temps F mon-sun {' '.join(map(str, t))}. mean in C? max in C? one dp")
    mean = (F(sum(t), 7) - 32) * 5 / 9
    return text, [num(mean, 1), num((F(max(t)) - 32) * 5 / 9, 1)]


@fam
def csv_expenses_total_euros(rng):
    cats = rng.sample(["Rent", "Groceries", "Transport", "Phone", "Gym", "Eating out", "Utilities", "Insurance"], rng.randint(4, 6))
    amts = [F(rng.randrange(1500, 150000), 100) for _ in cats]
    rate = F(rng.choice(["0.92", "0.91", "0.86"]))
    csv = "category,amount_usd\n" + "".join(f"{c},{float(a):.2f}\n" for c, a in zip(cats, amts, strict=True))
    big = max(zip(amts, cats, strict=True))[1]
    text = pick(rng, f"Attached is last month's spending. What's the total in USD and in EUR at 1 USD = {dec(rate)} EUR?",
                f"total of my expenses csv, and converted to euros ({dec(rate)} EUR per dollar)")
    _ = big
    return text, [money(sum(amts)), money(sum(amts) * rate)], {"csv": csv}


@fam
def csv_steps_distance(rng):
    steps = [rng.randint(2500, 16000) for _ in range(7)]
    stride = F(rng.choice([70, 72, 75, 78, 80]), 100)
    csv = "day,steps\n" + "".join(f"{d},{s}\n" for d, s in zip(DAYS, steps, strict=True))
    text = pick(rng, f"Here are my steps for the week. What's my daily average, and about how many km did I walk in total if each step is {dec(stride)} m? (2 dp)",
                f"average steps per day from the file, and total km at a {int(stride * 100)} cm stride (2 decimals)")
    return text, [num(F(sum(steps), 7), 2) + num(F(sum(steps), 7), 1) + num(F(sum(steps), 7), 0), num(sum(steps) * stride / 1000, 2)], {"csv": csv}


@fam
def heights_cm_to_inches(rng):
    names = rng.sample(NAMES, rng.randint(4, 6))
    h = [rng.randint(120, 195) for _ in names]
    pairs = ", ".join(f"{n} {x} cm" for n, x in zip(names, h, strict=True))
    text = pick(rng, f"Heights: {pairs}. What's the average height in cm and in inches (1 in = 2.54 cm)? 2 dp.",
                f"mean height of {pairs} — give it in centimetres and inches, 2 decimals (2.54 cm per inch)")
    m = F(sum(h), len(h))
    return text, [num(m, 2), num(m / F("2.54"), 2)]


@fam
def csv_fuel_fillups(rng):
    n = rng.randint(4, 6)
    lit = [F(rng.randrange(250, 650), 10) for _ in range(n)]
    ppl = [F(rng.randrange(149, 199), 100) for _ in range(n)]
    csv = "date,litres,price_per_litre\n" + "".join(f"2026-0{i + 1}-1{i},{dec(a)},{float(b):.2f}\n" for i, (a, b) in enumerate(zip(lit, ppl, strict=True)))
    cost = sum(a * b for a, b in zip(lit, ppl, strict=True))
    text = pick(rng, "From my fuel log: total litres in US gallons (1 gal = 3.785 L, 2 dp), and the total spent (litres x price per litre)?",
                "how much did I spend on fuel altogether per this file, and how many US gallons was it (3.785 L per gal, 2 dp)?")
    lines = sum(F(int(a * b * 100 + F(1, 2)), 100) for a, b in zip(lit, ppl, strict=True))  # each fill-up paid to the cent
    return text, [num(sum(lit) / F("3.785"), 2), list(dict.fromkeys(money(cost) + money(lines)))], {"csv": csv}


@fam
def sleep_hours_target(rng):
    s = tenths(rng, 45, 95, 7)
    target = rng.choice([7, 8])
    text = pick(rng, f"slept {join(s)} hours this week. average per night (2 dp)? and how many hours is the week's total short of {target} h a night (i.e. {7 * target} h)?",
                f"Sleep log Mon-Sun: {join(s, '; ')}. What's my mean, and how many hours is my weekly total below my {target}-hour-a-night target ({7 * target} h a week)?")
    short = target * 7 - sum(s)
    if short <= 0:
        raise Redraw
    return text, [num(sum(s) / 7, 2), num(short, 1) + num(short, 2)]


@fam
def water_ml_to_floz(rng):
    w = [rng.randrange(150, 800, 50) for _ in range(rng.randint(5, 9))]
    text = pick(rng, f"Water I drank today (ml): {', '.join(map(str, w))}. Total in litres, and in US fl oz (1 fl oz = 29.57 ml, 1 dp)?",
                f"glasses of water {' + '.join(map(str, w))} ml — how many litres is that and how many fluid ounces (29.57 ml each, one decimal)?")
    t = sum(w)
    return text, [num(F(t, 1000), 2) + num(F(t, 1000), 3), num(F(t) / F("29.57"), 1)]


@fam
def csv_monthly_sales_growth(rng):
    n = rng.randint(5, 8)
    s = [rng.randrange(8000, 40000, 10) for _ in range(n)]
    csv = "month,sales\n" + "".join(f"{MONTHS3[i]},{v}\n" for i, v in enumerate(s))
    text = pick(rng, f"Total sales in the attached file, and the % change from {MONTHS3[0]} to {MONTHS3[n - 1]} (1 dp)?",
                "sum the sales column and tell me the percentage growth first month to last, 1 decimal")
    return text, [num(sum(s), 0), pct(F(s[-1] - s[0], s[0]) * 100, 1)], {"csv": csv}


@fam
def prices_gbp_median_usd(rng):
    p = [F(rng.randrange(200, 9000), 100) for _ in range(rng.choice([6, 8]))]
    rate = F(rng.choice(["1.27", "1.26", "1.25", "1.3"]))
    text = pick(rng, f"quotes I got in £: {', '.join(f'{float(x):.2f}' for x in p)}. median price, and that median in dollars at £1 = ${dec(rate)}?",
                f"What's the median of these prices (£) {' '.join(f'{float(x):.2f}' for x in p)} and what's it in USD (1 GBP = {dec(rate)} USD)?")
    med = F(statistics.median(p))
    return text, [money(med), money(med * rate)]


@fam
def csv_weight_log_bmi(rng):
    h = rng.randint(155, 195)
    w = [F(rng.randint(550, 1100), 10)]
    for _ in range(rng.randint(4, 7)):
        w.append(w[-1] + F(rng.randint(-15, 10), 10))
    csv = "week,weight_kg\n" + "".join(f"{i + 1},{dec(x)}\n" for i, x in enumerate(w))
    text = pick(rng, f"Here's my weight log. I'm {h} cm tall. What's my BMI at my latest weight, and how much have I lost/gained since week 1 (kg)?",
                f"latest weight in the file -> BMI (height {h} cm, 2 dp), and the change since the first week")
    ch = w[-1] - w[0]
    if ch == 0:
        raise Redraw
    bmi = w[-1] / F(h, 100) ** 2
    return text, [num(bmi, 2) + num(bmi, 1), num(ch, 1) + num(abs(ch), 1)], {"csv": csv}


@fam
def heart_rate_max_share(rng):
    hr = [rng.randint(95, 185) for _ in range(rng.randint(5, 8))]
    age = rng.randint(20, 65)
    if max(hr) >= 220 - age:
        raise Redraw
    text = pick(rng, f"heart rate during my workout: {', '.join(map(str, hr))} bpm. average bpm (1 dp)? and my peak as a % of max HR using 220 - age, I'm {age}? (1 dp)",
                f"I'm {age}. Readings {' '.join(map(str, hr))}. Give the mean heart rate, and what percent of my estimated max (220 minus age) the highest reading is, 1 decimal each.")
    return text, [num(F(sum(hr), len(hr)), 1), pct(F(max(hr) * 100, 220 - age), 1)]


@fam
def calories_to_kj(rng):
    c = [rng.randrange(1500, 3200, 10) for _ in range(7)]
    text = pick(rng, f"calories eaten each day last week: {', '.join(map(str, c))}. daily average in kcal, and the week's total in kJ (1 kcal = 4.184 kJ)?",
                f"Mean daily kcal from {' '.join(map(str, c))}? Also total for the week in kilojoules at 4.184 kJ/kcal.")
    return text, [num(F(sum(c), 7), 2) + num(F(sum(c), 7), 0), num(sum(c) * F("4.184"), 3) + num(sum(c) * F("4.184"), 0) + num(sum(c) * F("4.184"), 1)]


@fam
def rainfall_mm_inches(rng):
    r = tenths(rng, 0, 400, rng.randint(5, 10))
    text = pick(rng, f"rain gauge readings (mm): {join(r)}. total rainfall in mm and in inches (25.4 mm per inch, 2 dp)?",
                f"Total rain from these daily readings {join(r, ' | ')} mm — and convert it to inches, 2 decimals (1 in = 25.4 mm).")
    return text, [num(sum(r), 1) + num(sum(r), 2), num(sum(r) / F("25.4"), 2)]


@fam
def hikes_longest_miles(rng):
    h = tenths(rng, 30, 250, rng.randint(4, 7))
    if len(set(h)) < len(h):
        raise Redraw
    text = pick(rng, f"Hikes this summer (km): {join(h)}. What's the longest one in miles (1 mi = 1.609 km, 2 dp), and the total km?",
                f"total km hiked from {join(h)} and the longest hike converted to miles (divide by 1.609), 2 dp")
    return text, [num(max(h) / F("1.609"), 2), num(sum(h), 1) + num(sum(h), 2)]


@fam
def csv_hours_pay(rng):
    hrs = [F(rng.randint(0, 20), 2) for _ in range(5)]
    rate = F(rng.randrange(1200, 3000, 25), 100)
    ot = rng.random() < 0.5
    csv = "day\thours\n" + "".join(f"{d}\t{dec(x)}\n" for d, x in zip(DAYS[:5], hrs, strict=True))
    text = pick(rng, f"Tab-separated hours for my week attached. Total hours, and my pay at ${float(rate):.2f}/hour?",
                f"add up my hours from this file and work out pay at {float(rate):.2f} dollars an hour")
    _ = ot
    return text, [num(sum(hrs), 1) + num(sum(hrs), 2) + [f"{dec(sum(hrs))} hours"], money(sum(hrs) * rate)], {"csv": csv}


@fam
def bills_sample_sd(rng):
    b = [rng.randrange(40, 200) for _ in range(rng.randint(5, 8))]
    text = pick(rng, f"My phone bills: {', '.join(f'${x}' for x in b)}. mean and sample standard deviation, 2 dp?",
                f"Monthly bills {' '.join(map(str, b))} dollars. Give me the average and the sample SD (n-1), 2 decimals.")
    sd = statistics.stdev(b)
    if abs(sd * 100 - int(sd * 100) - 0.5) < 0.01:
        raise Redraw
    return text, [num(F(sum(b), len(b)), 2), [f"{sd:.2f}"]]


@fam
def csv_city_temps_hottest_f(rng):
    cities = rng.sample(["Madrid", "Rome", "Athens", "Paris", "Berlin", "Oslo", "Lisbon", "Vienna", "Dublin"], 5)
    t = rng.sample(range(8, 40), 5)
    csv = "city;temp_c\n" + "".join(f"{c};{x}\n" for c, x in zip(cities, t, strict=True))
    hot = cities[t.index(max(t))]
    text = pick(rng, "Which city in this file was the hottest, and what was its temperature in Fahrenheit?",
                "hottest city in the attached csv + its temp converted to °F")
    return text, [[hot, hot.lower()], num(F(max(t)) * 9 / 5 + 32, 1)], {"csv": csv}


@fam
def grades_mean_share_pass(rng):
    g = [rng.randint(35, 100) for _ in range(rng.randint(8, 14))]
    cut = rng.choice([50, 60, 70])
    text = pick(rng, f"class scores: {', '.join(map(str, g))}. what's the mean (2 dp), and what % of students scored {cut} or more (1 dp)?",
                f"Scores {' '.join(map(str, g))}. Average, and percentage at or above {cut}? (2 dp for the mean, 1 dp for the %)")
    share = F(sum(x >= cut for x in g) * 100, len(g))
    return text, [num(F(sum(g), len(g)), 2), pct(share, 1)]


@fam
def csv_revenue_euros(rng):
    prods = rng.sample(["Mugs", "Shirts", "Caps", "Posters", "Stickers", "Totes", "Pins"], rng.randint(3, 5))
    units = [rng.randint(3, 120) for _ in prods]
    price = [F(rng.randrange(200, 3000, 5), 100) for _ in prods]
    rate = F(rng.choice(["1.08", "1.1", "1.17"]))
    csv = "product,units,price_eur\n" + "".join(f"{p},{u},{float(x):.2f}\n" for p, u, x in zip(prods, units, price, strict=True))
    rev = sum(u * x for u, x in zip(units, price, strict=True))
    text = pick(rng, f"What's total revenue (units x price) from this sales file in euros, and in dollars at 1 EUR = {dec(rate)} USD?",
                f"revenue from the csv (units times price, summed), then converted to USD ({dec(rate)} per euro)")
    return text, [money(rev), money(rev * rate)], {"csv": csv}


@fam
def cycle_speeds_mph(rng):
    s = tenths(rng, 150, 350, rng.randint(4, 7))
    text = pick(rng, f"average speeds on my rides (km/h): {join(s)}. overall mean in km/h and mph? 1 mile = 1.609 km, 2 dp",
                f"Mean of these ride speeds {join(s, ' ')} km/h, and in miles per hour (1.609), two decimals")
    m = sum(s) / len(s)
    return text, [num(m, 2), num(m / F("1.609"), 2)]


@fam
def glucose_mgdl_mmol(rng):
    g = [rng.randint(75, 190) for _ in range(rng.randint(4, 8))]
    text = pick(rng, f"blood sugar readings (mg/dL): {', '.join(map(str, g))}. what's the average, and the average in mmol/L (divide by 18, 1 dp)?",
                f"Glucose log {' '.join(map(str, g))} mg/dL — mean in mg/dL (1 dp) and converted to mmol/L using /18 (1 dp)")
    m = F(sum(g), len(g))
    return text, [num(m, 1) + num(m, 2), num(m / 18, 1)]


@fam
def csv_kwh_cost(rng):
    k = [rng.randint(180, 650) for _ in range(rng.randint(4, 6))]
    rate = F(rng.randrange(14, 38), 100)
    csv = "month,kwh\n" + "".join(f"{MONTHS3[i]},{v}\n" for i, v in enumerate(k))
    text = pick(rng, f"Electricity readings attached. Average monthly kWh, and the total cost at ${float(rate):.2f} per kWh?",
                f"mean kWh per month from the file? and what it all cost at {int(rate * 100)} cents/kWh")
    if F(sum(k), len(k)) == sum(k) * rate:  # both answers the same figure
        raise Redraw
    return text, [num(F(sum(k), len(k)), 2) + num(F(sum(k), len(k)), 1), money(sum(k) * rate)], {"csv": csv}


@fam
def csv_rent_usd(rng):
    cities = rng.sample(["Lisbon", "Porto", "Madrid", "Valencia", "Milan", "Berlin", "Prague", "Vienna"], rng.randint(4, 6))
    r = [rng.randrange(600, 2400, 10) for _ in cities]
    rate = F(rng.choice(["1.08", "1.09", "1.12"]))
    csv = "city|rent_eur\n" + "".join(f"{c}|{x}\n" for c, x in zip(cities, r, strict=True))
    low = cities[r.index(min(r))]
    if r.count(min(r)) > 1:
        raise Redraw
    text = pick(rng, f"Average rent in this file in euros and in dollars (1 EUR = {dec(rate)} USD)? 2 dp",
                f"mean rent in EUR from the attachment, then in USD at {dec(rate)}")
    _ = low
    m = F(sum(r), len(r))
    return text, [money(m), money(m * rate)], {"csv": csv}


@fam
def parcels_lb_over(rng):
    p = tenths(rng, 3, 60, rng.randint(5, 9))
    lim = rng.choice([2, 2.5, 3])
    text = pick(rng, f"parcel weights (kg): {join(p)}. total weight in lb (2.2046 lb/kg, 2 dp)? how many are over {lim} kg?",
                f"Shipping these today: {join(p, ' kg, ')} kg. What's the total in pounds (1 kg = 2.2046 lb, 2 decimals), and how many weigh more than {lim} kg?")
    n = sum(x > F(str(lim)) for x in p)
    return text, [num(sum(p) * F("2.2046"), 2), [f"{n} parcels", f"{n} of them", f"{n} are over", f"{n} packages", f"{n} of the {len(p)}", f"{n} weigh", f"{n} parcel"]]


@fam
def commute_minutes_hours(rng):
    c = [rng.randint(18, 75) for _ in range(5)]
    text = pick(rng, f"commute times this week (min, one way): {', '.join(map(str, c))}. average one-way time, and total hours on the road if I do the same trip back each day?",
                f"Mon–Fri my morning commute took {' '.join(map(str, c))} minutes. What's the mean, and if the evening trip takes the same each day, how many hours did I commute in total (2 dp)?")
    return text, [num(F(sum(c), 5), 1) + num(F(sum(c), 5), 2), num(F(2 * sum(c), 60), 2) + span(2 * sum(c))]


@fam
def paired_bp_map(rng):
    rd = [(rng.randint(105, 150), rng.randint(65, 95)) for _ in range(rng.randint(3, 5))]
    text = pick(rng, f"my blood pressure readings: {', '.join(f'{a}/{b}' for a, b in rd)}. average systolic and diastolic? then the MAP of those averages (DBP + (SBP-DBP)/3), 1 dp",
                f"BP log {'; '.join(f'{a}/{b}' for a, b in rd)}. Mean systolic, mean diastolic (1 dp), and mean arterial pressure from the averages.")
    s = F(sum(a for a, _ in rd), len(rd))
    d = F(sum(b for _, b in rd), len(rd))
    return text, [num(s, 1), num(d, 1), num(d + (s - d) / 3, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    runs_miles_to_km, weigh_ins_lb_to_kg, temps_f_mean_in_c, csv_expenses_total_euros,
    csv_steps_distance, heights_cm_to_inches, csv_fuel_fillups, sleep_hours_target,
    water_ml_to_floz, csv_monthly_sales_growth, prices_gbp_median_usd, csv_weight_log_bmi,
    heart_rate_max_share, calories_to_kj, rainfall_mm_inches, hikes_longest_miles,
    csv_hours_pay, bills_sample_sd, csv_city_temps_hottest_f, grades_mean_share_pass,
    csv_revenue_euros, cycle_speeds_mph, glucose_mgdl_mmol, csv_kwh_cost, csv_rent_usd,
    parcels_lb_over, commute_minutes_hours, paired_bp_map)]
