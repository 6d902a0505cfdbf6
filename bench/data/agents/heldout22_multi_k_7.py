"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 7: more mixed
requests — charts with a figure, photos with a rate, health with units, task lists."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num, rx
from bench.data.agents.helpers import Family


@fam
def plot_sine_and_value(rng):
    amp = rng.randint(2, 9)
    deg = rng.choice([30, 90, 150, 210, 270, 330])
    val = {30: F(1, 2), 90: F(1), 150: F(1, 2), 210: F(-1, 2), 270: F(-1), 330: F(-1, 2)}[deg] * amp
    text = rng.choice([f"plot y = {amp} sin(x) and tell me its value at x = {deg} degrees",
                       f"what's {amp}·sin({deg}°)? and can you graph y={amp}sin x"])
    return text, [[show(val), str(val)], PLOT]


@fam
def receipt_points_and_cashback(rng):
    goods = rng.sample(["Toy Car", "Puzzle", "Crayons", "Kite", "Marbles", "Bubbles"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(199, 2499), 100) for _ in goods]
    total = sum(prices)
    pts = int(total) * rng.choice([2, 5, 10])
    mult = pts // int(total)
    cb = rng.choice([1, 2, 3, 5])
    cash = total * cb / 100
    if tie(cash):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Toy Chest", "Play Time", "Kite and Kids"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"my card gives {mult} points per whole dollar and {cb}% cashback. on this "
                       f"receipt, how many points and how much cashback?",
                       f"Points ({mult} per full $1 of the total) and {cb} percent cash back for "
                       f"this toy shop receipt?"])
    return text, [[f"{pts} points", f"{pts:,} points", f"{pts} pts"], num(cash)], {"image": recipe}


@fam
def vo2_pace_convert(rng):
    mins = rng.randint(18, 40)
    secs = rng.choice([0, 15, 30, 45])
    km = rng.choice([5, 10])
    total_s = mins * 60 + secs
    pace = F(total_s, km)
    pm, ps = divmod(pace, 60)
    mile_pace = pace * F("1.609")
    mp, ms = divmod(mile_pace, 60)
    if tie(ps, 0) or tie(ms, 0) or round(ps) == 60 or round(ms) == 60:
        return None
    text = rng.choice([f"ran {km}k in {mins}:{secs:02d}. pace per km (min:sec)? and per mile "
                       f"(1 mile = 1.609 km)?",
                       f"{km} km in {mins} min {secs} s — min/km and min/mile pace, nearest "
                       "second, "
                       f"1.609 km per mile"])
    p1 = f"{int(pm)}:{round(ps):02d}"
    p2 = f"{int(mp)}:{round(ms):02d}"
    return text, [[p1], [p2]]


@fam
def chained_lb_to_kg_then_bmi_imperial(rng):
    lb = rng.randint(110, 260)
    inch = rng.randint(60, 76)
    bmi = F(703 * lb, inch * inch)
    kg = lb * F("0.4536")
    if tie(bmi) or tie(kg, 1):
        return None
    text = rng.choice([f"BMI using the imperial formula 703 × lb / in² for {lb} lb and {inch} "
                       "inches "
                       f"tall? also weight in kg (×0.4536, 1 dp)",
                       f"I'm {inch} in tall, {lb} lbs. weight in kg (0.4536, 1 dp) and BMI "
                       "(703·lb/in², 2 dp)"])
    return text, [num(kg, 1), num(bmi) + num(bmi, 1)]


@fam
def freelance_quote_hours_and_deposit(rng):
    words = rng.randint(2, 30) * 500
    rate = F(rng.choice([6, 8, 10, 12, 15]), 100)
    fee = words * rate
    dep = rng.choice([25, 30, 40, 50])
    deposit = fee * dep / 100
    text = rng.choice([f"translation job, {words:,} words at ${show(rate)}/word. total fee? client "
                       f"pays {dep}% upfront — deposit amount?",
                       f"quote: {words} words × {show(rate)} per word, then a {dep}% deposit of "
                       "that"])
    r = rng.choice(["0.92", "0.79", "1.36"])
    x = deposit * F(r)
    if tie(x):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        f" The client wants the deposit quoted at 1 USD = {r} in their currency, too.")
    return text, [num(x),
                  num(fee) + ([f"{int(fee):,}"] if fee.denominator == 1 else []), num(deposit)]


@fam
def sign_platform_walk_time(rng):
    m = rng.randint(150, 900)
    speed = F(rng.choice([12, 13, 14, 15]), 10)
    secs = m / speed
    mins = secs / 60
    now_m = rng.choice([2, 7, 11, 23, 36, 48])
    dep = now_m + int(mins) + rng.randint(1, 6)
    spare = dep - now_m - mins
    if tie(mins, 1) or tie(spare, 1):
        return None
    sign = {"kind": "sign", "words": ["PLATFORM 9", f"{m} M"], "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice([f"walking at {show(speed)} m/s, how many minutes to reach the platform "
                       "on this "
                       f"sign (1 dp)? my train leaves in {dep - now_m} min — how many minutes "
                       "spare?",
                       f"The sign gives the distance. At {show(speed)} metres per second, "
                       "walking time "
                       f"in minutes? and time to spare if the train goes in {dep - now_m} minutes "
                       "(1 dp each)"])
    if set(num(mins, 1)) & set(num(spare, 1)):
        return None
    return text, [num(mins, 1), num(spare, 1)], {"image": sign}


@fam
def pill_mg_to_g_and_count(rng):
    mg = rng.choice([250, 325, 500, 650, 750])
    n = rng.randint(2, 8)
    g = F(mg * n, 1000)
    maxg = rng.choice([3, 4])
    left = F(maxg * 1000 - mg * n)
    more = int(left // mg)
    if left < 0:
        return None
    text = rng.choice([f"I've taken {n} tablets of {mg} mg today. how many grams is that, and "
                       "with a "
                       f"{maxg} g daily max how many more whole tablets could I take?",
                       f"{n} × {mg}mg = ? g. Max {maxg} g/day — tablets left allowed (whole)?"])
    return text, [[f"{show(g)} g", f"{show(g)}g", f"{show(g)} grams"],
                  [f"{more} more", f"{more} tablets", f"{more} tablet", f"{more} whole"]]


@fam
def csv_hours_overtime_count(rng):
    names = rng.sample(["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hu"], 6)
    hrs = [rng.randint(30, 52) for _ in names]
    over = sum(h > 40 for h in hrs)
    tot = sum(hrs)
    rate = rng.choice([18, 20, 22, 25])
    cost = tot * rate
    csv = "employee\thours\n" + "".join(f"{a}\t{h}\n" for a, h in zip(names, hrs, strict=True))
    text = rng.choice(["staff hours this week (tsv). how many people worked more than 40 h, "
                       "and the "
                       f"wage bill at a flat ${rate}/h for everyone?",
                       "From the file: count of employees over 40 hours, and total hours × "
                       f"{rate}"])
    return text, [[f"{over} people", f"{over} employees", f"{over} of them", f"{over} staff",
                   f"{over} person", f"{over} employee"]
                  + (["nobody", "no one", "no employees", "no staff"] if over == 0 else []),
                  [str(cost), f"{cost:,}"]], {"csv": csv}


@fam
def fraction_sum_and_percent(rng):
    a, b = rng.choice([(1, 3), (2, 5), (3, 4), (1, 6), (5, 8)]), rng.choice([(1, 4), (1, 2), (2, 3),
                                                                              (3, 10)])
    s = F(*a) + F(*b)
    p = rng.randint(20, 480)
    pc = rng.choice([12.5, 37.5, 62.5, 87.5])
    v = F(str(pc)) * p / 100
    text = rng.choice([f"{a[0]}/{a[1]} + {b[0]}/{b[1]} as a fraction? and {pc}% of {p}",
                       f"what is {pc} percent of {p}, and add {a[0]}/{a[1]} to {b[0]}/{b[1]}"])
    inch = rng.randint(2, 30)
    cm = inch * F("2.54")
    text += ("" if text[-1] in ".?!" else ".") + f" Also {inch} in to cm."
    fr = [f"{s.numerator}/{s.denominator}"] if s.denominator != 1 else [str(s)]
    if s > 1 and s.denominator != 1:
        fr.append(f"{s.numerator // s.denominator} {s - s.numerator // s.denominator}")
    if (s * 1000).denominator == 1:
        fr.append(f"{float(s):.3f}".rstrip("0").rstrip("."))
    return text, [num(cm, 1) + num(cm), list(dict.fromkeys(fr)),
                  list(dict.fromkeys(num(v) + num(v, 3)))]


@fam
def petrol_price_gallon_to_litre(rng):
    per_gal = F(rng.randint(280, 520), 100)
    per_l = per_gal / F("3.785")
    litres = rng.randint(20, 70)
    cost = per_l * litres
    cost2 = F(round(per_l * 1000), 1000) * litres
    if tie(per_l, 3) or tie(cost) or tie(cost2):
        return None
    text = rng.choice([f"gas is ${d(per_gal)}/gallon. per litre (1 gal = 3.785 L, 3 dp)? and "
                       "what do "
                       f"{litres} L cost?",
                       f"convert {d(per_gal)} $/gal to $/L using 3.785 (3 dp), then the cost of "
                       f"{litres} litres"])
    return text, [num(per_l, 3) + num(per_l), num(cost) + num(cost2)]


@fam
def story_school_trip(rng):
    kids = rng.randint(18, 60)
    bus = rng.randint(300, 900)
    ticket = F(rng.randint(500, 1800), 100)
    adults = -(-kids // 10)
    total = bus + (kids + adults) * ticket
    per_kid = total / kids
    if tie(per_kid):
        return None
    text = (f"I'm organising a class trip to the science museum: {kids} pupils plus one adult "
            "per 10 "
            f"pupils (rounded up). The coach is ${bus} and entry is ${d(ticket)} per person, "
            "adults "
            "included. How many adults, what's the total, and what do we charge each pupil to "
            "cover "
            f"it all?")
    r = rng.choice(["0.92", "0.79"])
    x = total * F(r)
    if tie(x):
        return None
    text += f" Our partner school wants it in euros — what's the total at 1 USD = {r} EUR?"
    return text, [num(x), [f"{adults} adults", f"{adults} adult"], num(total), num(per_kid)]


@fam
def numbered_algebra_three(rng):
    x = rng.randint(-9, 9)
    a, b = rng.randint(2, 7), rng.randint(1, 20)
    c = a * x + b
    r1, r2 = sorted(rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 2))
    s, p = -(r1 + r2), r1 * r2
    if s == 0 or p == 0:
        return None
    sx = "" if abs(s) == 1 else abs(s)
    quad = f"x^2 {'+' if s > 0 else '-'} {sx}x {'+' if p > 0 else '-'} {abs(p)} = 0"
    text = (f"algebra hw\n1) {a}x + {b} = {c}\n2) {quad}\n3) plot y = {a}x + {b}")
    if x in (r1, r2):
        return None
    return text, [rx(x), rx(r1), rx(r2), PLOT]


@fam
def energy_kwh_cost_appliance(rng):
    w = rng.choice([60, 100, 800, 1200, 1500, 2000, 2200])
    hrs = F(rng.randint(1, 16), 2)
    days = rng.choice([7, 30, 31])
    kwh = F(w, 1000) * hrs * days
    price = F(rng.randint(12, 40), 100)
    cost = kwh * price
    if tie(cost):
        return None
    text = rng.choice([f"a {w} W heater running {show(hrs)} h a day for {days} days — kWh used? "
                       "cost "
                       f"at ${d(price)}/kWh?",
                       f"{w} watts × {show(hrs)} {'hour' if hrs == 1 else 'hours'}/day × {days} "
                       "days in kWh, then price at "
                       f"{d(price)} per kWh"])
    return text, [[f"{v} kWh" for v in num(kwh)] + [f"{v}kWh" for v in num(kwh)], num(cost)]


@fam
def receipt_returns_item(rng):
    goods = rng.sample(["Inner Tube", "Bike Light", "Chain Oil", "Pump", "Bell", "Lock",
                        "Gloves"], 4)
    prices = [F(rng.randint(299, 3499), 100) for _ in goods]
    total = sum(prices)
    back = rng.choice(goods)
    after = total - prices[goods.index(back)]
    recipe = {"kind": "receipt", "shop": rng.choice(["Spoke Cycles", "Pedal Works", "Chain Ring"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "€", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"I'm returning the {back.lower()} from this receipt. original total, "
                       "and what "
                       f"I've actually spent after the refund?",
                       f"Bike shop receipt — total, then the total minus the {back} I'm taking "
                       "back"])
    return text, [num(total), num(after)], {"image": recipe}


@fam
def sleep_hours_and_average(rng):
    bed = [(rng.choice([22, 23, 0]), rng.choice([0, 15, 30, 45])) for _ in range(3)]
    wake = [(rng.choice([6, 7]), rng.choice([0, 10, 20, 30, 40, 50])) for _ in range(3)]
    durs = [(wh * 60 + wm) - ((bh * 60 + bm) - (1440 if bh >= 12 else 0)) for (bh, bm), (wh, wm)
            in zip(bed, wake, strict=True)]
    tot = sum(durs)
    avg = F(tot, 3)
    if avg.denominator != 1:
        return None
    nights = "; ".join(f"{bh:02d}:{bm:02d} to {wh:02d}:{wm:02d}" for (bh, bm), (wh, wm) in
                       zip(bed, wake, strict=True))
    th, tm = divmod(tot, 60)
    ah, am = divmod(int(avg), 60)
    text = rng.choice([f"my sleep the last three nights: {nights}. total sleep, and the average "
                       "per "
                       f"night?",
                       f"Sleep log ({nights}) — how much in total and on average?"])
    text += ' And a bar chart of the three nights.'
    return text, [PLOT, [f"{th} hours {tm} minutes", f"{th}h {tm}m", f"{th} hours and {tm} minutes",
                   f"{th} h {tm} min", f"{tot} minutes",
                   *([f"exactly {th} hours", f"{th} hours exactly"] if tm == 0 else [])],
                  [f"{ah} hours {am} minutes", f"{ah}h {am}m", f"{ah} hours and {am} minutes",
                   f"{ah} h {am} min", f"{int(avg)} minutes",
                   *([f"exactly {ah} hours", f"{ah} hours exactly"] if am == 0 else [])]]


@fam
def speed_of_sound_and_lightning(rng):
    secs = F(rng.randint(15, 120), 10)
    dist = secs * 343
    km = dist / 1000
    mi = dist / F("1609")
    if tie(km) or tie(mi):
        return None
    text = rng.choice([f"thunder came {show(secs)} s after the lightning. sound = 343 m/s — how "
                       "far "
                       f"away in km (2 dp), and in miles (1 mi = 1609 m, 2 dp)?",
                       f"lightning-to-thunder gap of {show(secs)} seconds at 343 m/s: distance "
                       "km and "
                       f"miles (1609 m each), 2 dp"])
    return text, [num(km), num(mi)]


@fam
def rate_for_first_part_only(rng):
    gbp = rng.randint(40, 900)
    r = rng.choice(["1.27", "1.26", "1.28"])
    usd = gbp * F(r)
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    prod = a * b
    text = rng.choice([f"£{gbp} in dollars at 1 GBP = {r} USD, and what's {a} × {b}?",
                       f"Multiply {a} by {b}. Also convert {gbp} pounds to USD, rate {r}"])
    return text, [num(usd), [str(prod), f"{prod:,}"]]


@fam
def cooking_time_weight(rng):
    kg = F(rng.randint(12, 60), 10)
    per = rng.choice([20, 25, 30])
    extra = rng.choice([0, 20])
    mins = kg * 2 * per + extra
    done_h = rng.randint(17, 20)
    start = done_h * 60 - mins
    if mins.denominator != 1:
        return None
    sh, sm = divmod(int(start), 60)
    text = rng.choice([f"roast chicken: {per} min per 500 g{' plus 20 min' if extra else ''}. it's "
                       f"{show(kg)} kg. total cooking time, and when does it go in to be done at "
                       f"{done_h}:00?",
                       f"{show(kg)}kg joint, {per} minutes per half "
                       f"kilo{' + 20 extra' if extra else ''}"
                       f". minutes in the oven? start time for dinner at {done_h}:00?"])
    mh, mm = divmod(int(mins), 60)
    lb = kg * F("2.2046")
    if tie(lb, 1):
        return None
    text += " Also the weight in lb (2.2046 per kg, 1 dp)."
    return text, [num(lb, 1),
                  [f"{int(mins)} minutes", f"{int(mins)} min", f"{mh} hours {mm} minutes",
                   f"{mh}h {mm}m", f"{mh} hours and {mm} minutes", f"{mh} hr {mm} min",
                   *([f"1 hour {mm} minutes", f"1 hour and {mm} minutes"] if mh == 1 else [])],
                  [f"{sh}:{sm:02d}", f"{sh % 12 or 12}:{sm:02d}"]]


@fam
def waist_to_height_and_cm(rng):
    waist_in = rng.randint(26, 46)
    cm = waist_in * F("2.54")
    h = rng.randint(150, 195)
    ratio = cm / h
    if tie(ratio) or tie(cm, 1):
        return None
    text = rng.choice([f"waist {waist_in} inches — in cm (×2.54)? and my waist-to-height ratio "
                       "if I'm "
                       f"{h} cm (2 dp)",
                       f"convert a {waist_in}\" waist to centimetres, then divide by height {h} "
                       "cm (2 dp)"])
    ratio2 = F(round(cm * 10), 10) / h
    return text, [num(cm, 1) + num(cm), num(ratio) + num(ratio2)]


@fam
def report_mean_and_growth_list(rng):
    yrs = list(range(2020, 2020 + rng.randint(4, 6)))
    vals = [rng.randint(100, 400) for _ in yrs]
    ch = F((vals[-1] - vals[0]) * 100, vals[0])
    mean = F(sum(vals), len(vals))
    if tie(ch, 1) or tie(mean, 1) or vals[-1] == vals[0]:
        return None
    rows = ", ".join(f"{y}: {v}" for y, v in zip(yrs, vals, strict=True))
    text = rng.choice([f"customers per year — {rows}. mean per year (1 dp)? and % change from "
                       "first "
                       f"to last year (1 dp)?",
                       f"For my report: {rows}. Average and overall percent change "
                       f"{yrs[0]}→{yrs[-1]}, 1 dp each"])
    return text, [num(mean, 1), [f"{v}%" for v in num(ch, 1) + num(abs(ch), 1)]]


@fam
def body_surface_and_dose(rng):
    cm, kg = rng.randint(140, 195), rng.randint(40, 110)
    import math
    bsa = math.sqrt(cm * kg / 3600)
    bs = round(bsa, 2)
    if abs(bsa * 100 - int(bsa * 100) - 0.5) < 0.02:
        return None
    mgm2 = rng.choice([50, 75, 100, 175])
    dose = round(bs * mgm2)
    if abs(bs * mgm2 - int(bs * mgm2) - 0.5) < 0.01:
        return None
    text = rng.choice([f"Mosteller BSA for {cm} cm, {kg} kg (2 dp)? and the dose at {mgm2} "
                       "mg/m² using "
                       f"that rounded BSA, nearest mg",
                       f"BSA = sqrt(height cm × weight kg / 3600) for {cm}/{kg} (2 dp), then "
                       f"{mgm2} mg per m² of that rounded BSA, nearest mg"])
    return text, [[f"{bs:.2f}", f"{bs:.2f}".rstrip("0").rstrip(".")],
                  [f"{dose} mg", f"{dose}mg", f"{round(bsa * mgm2)} mg"]]


@fam
def dog_years_and_age_days(rng):
    yrs = rng.randint(2, 15)
    human = 15 + 9 + 5 * (yrs - 2) if yrs >= 2 else 15
    days = yrs * 365
    pet = rng.choice(["my dog", "our lab", "Biscuit (my dog)", "my terrier", "our collie"])
    text = rng.choice([f"{pet} is {yrs}. human years using 15 for year one, 9 for year two, 5 per "
                       f"year after? and roughly how many days old (365/yr)?",
                       f"{pet}, {yrs} years old: days (×365) and human-equivalent age (15 + 9 + 5 "
                       "for each "
                       f"year past 2)"])
    kg = rng.randint(5, 40)
    lb = kg * F("2.2046")
    if tie(lb, 1):
        return None
    text += ("" if text[-1] in ".?!" else ".") + (
        f" Also {kg} kg in lb (2.2046, 1 dp) — that's what the vet weighed.")
    return text, [num(lb, 1), [f"{human} human years", f"{human} years", f"{human} in human"],
                  [f"{days} days", f"{days:,} days"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    plot_sine_and_value, receipt_points_and_cashback, vo2_pace_convert,
    chained_lb_to_kg_then_bmi_imperial, freelance_quote_hours_and_deposit, sign_platform_walk_time,
    pill_mg_to_g_and_count, csv_hours_overtime_count, fraction_sum_and_percent,
    petrol_price_gallon_to_litre, story_school_trip, numbered_algebra_three,
    energy_kwh_cost_appliance, receipt_returns_item, sleep_hours_and_average,
    speed_of_sound_and_lightning, rate_for_first_part_only, cooking_time_weight,
    waist_to_height_and_cm, report_mean_and_growth_list, body_surface_and_dose,
    dog_years_and_age_days)]
