"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 4: family BMI and run-log files, HbA1c, sleep, chicken and fuel costs, cat years, vans, speed, pool and walking signs, coupons, loyalty points, dearest items and workouts."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    span,
    till,
)
from bench.data.agents.helpers import Family


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def csv_family_bmi(rng):
    people = rng.sample(["Mum", "Dad", "Ella", "Sam", "Grandpa", "Nina", "Leo", "Aunt Jo"], rng.randint(3, 5))
    rows = [(p, rng.randint(150, 192), F(rng.randint(480, 1050), 10)) for p in people]
    pick = rng.choice(rows)
    bmi = pick[2] / (F(pick[1], 100) ** 2)
    avg_lb = sum(r[2] for r in rows) / len(rows) * F("2.2046")
    if near(bmi) or near(avg_lb, 1):
        return None
    csv = "name,height_cm,weight_kg\n" + "".join(f"{a},{b},{sh(c)}\n" for a, b, c in rows)
    t = rng.choice([
        f"What's {pick[0]}'s BMI from this file (2 dp)? And the family's average weight in pounds, 1 kg = 2.2046 lb, 1 decimal?",
        f"bmi for {pick[0]} please (2 dp), and mean weight of everyone converted to lb (x2.2046, 1dp)",
    ])
    return t, [num(bmi), num(avg_lb, 1)], {"csv": csv}


@fam
def csv_run_log(rng):
    n = rng.randint(4, 7)
    rows = [(F(rng.randint(30, 150), 10), rng.randint(18, 80)) for _ in range(n)]
    km = sum(r[0] for r in rows)
    mins = sum(r[1] for r in rows)
    mi = km / F("1.609")
    pace = mins / km
    if near(mi) or near(pace):
        return None
    csv = "date,km,minutes\n" + "".join(f"2026-04-{i * 3 + 1:02d},{sh(a)},{b}\n" for i, (a, b) in enumerate(rows))
    t = rng.choice([
        "From my run log: total distance in miles (1 mile = 1.609 km, 2 dp), and my overall pace in minutes per km (total minutes / total km, 2 dp)?",
        "total km in miles (use 1.609) and average min per km over all runs (sum of minutes / sum of km), 2 decimals",
    ])
    return t, [num(mi), num(pace)], {"csv": csv}


@fam
def a1c_eag(rng):
    a1c = F(rng.randint(50, 110), 10)
    mg = F("28.7") * a1c - F("46.7")
    mmol = mg / 18
    if near(mg, 1) or near(mmol, 1) or rnd(mmol, 1) != rnd(rnd(mg, 1) / 18, 1):
        return None
    t = rng.choice([
        f"My HbA1c came back at {sh(a1c)}%. What's my estimated average glucose in mg/dL (eAG = 28.7 x A1c - 46.7), and what's that in mmol/L if you divide by 18? 1 decimal each",
        f"a1c {sh(a1c)} -> eAG mg/dl using 28.7*A1c - 46.7, then mmol/L (/18). one dp",
    ])
    return t, [num(mg, 1), num(mmol, 1)]


@fam
def sleep_story(rng):
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 50)
    dur = rng.randint(5 * 60 + 10, 9 * 60 - 5)
    wake = bed + dur
    bh, bm = divmod(bed % 1440, 60)
    wh, wm = divmod(wake % 1440, 60)
    week = F(dur * 7, 60)
    if near(week, 1):
        return None
    t = rng.choice([
        f"I've been trying to sort my sleep out. Last night I went to bed at {bh:02d}:{bm:02d} and woke up at {wh:02d}:{wm:02d}. How long did I sleep, and if every night this week was the same, how many hours is that in total (1 dp)?",
        f"bed {bh:02d}:{bm:02d}, up at {wh:02d}:{wm:02d}. sleep duration? x7 nights in hours, 1 decimal?",
    ])
    return t, [span(dur), [f"{v} hours" for v in num(week, 1)] + [f"{v} hrs" for v in num(week, 1)] + [f"{v} h" for v in num(week, 1)]]


@fam
def recipe_scale_cost(rng):
    serves = rng.choice([2, 4, 6])
    g = rng.choice([300, 400, 450, 500, 600, 750])
    to = rng.choice([x for x in (3, 5, 8, 10, 12, 15) if x != serves])
    perkg = F(rng.randint(599, 1499), 100)
    need = F(g * to, serves)
    cost = need / 1000 * perkg
    if near(need, 0) or near(cost) or rnd(cost) != rnd(rnd(need, 0) / 1000 * perkg):
        return None
    t = rng.choice([
        f"My curry recipe serves {serves} with {g} g of chicken. How much chicken for {to} people (nearest gram)? And at {dp(perkg)} per kg, what will it cost?",
        f"scale {g}g chicken from {serves} to {to} servings (nearest gram), then price it at {dp(perkg)}/kg",
    ])
    return t, [[f"{v} g" for v in num(need, 0)] + [f"{v}g" for v in num(need, 0)] + [f"{v} grams" for v in num(need, 0)], num(cost)]


@fam
def gallons_fill_cost(rng):
    gal = F(rng.randint(60, 180), 10)
    price = F(rng.randint(139, 199), 100)
    litres = gal * F("3.785")
    cost = rnd(litres) * price
    cost2 = litres * price
    if near(litres) or near(cost) or near(cost2) or rnd(cost) != rnd(cost2):
        return None
    t = rng.choice([
        f"My tank takes {sh(gal)} US gallons. How many litres is that (1 gal = 3.785 L, 2 dp)? And what does a fill cost at {dp(price)} per litre?",
        f"{sh(gal)} gallons -> litres using 3.785, then cost at {dp(price)}/L",
    ])
    return t, [num(litres), num(cost)]


@fam
def cat_years_and_percent(rng):
    age = rng.randint(3, 16)
    human = 15 + 9 + 4 * (age - 2)
    p = F(rng.choice([25, 35, 45, 55, 65, 75]), 10)
    base = rng.randint(20, 250) * 100
    t = rng.choice([
        f"How old is my {age}-year-old cat in human years if year one counts as 15, year two as 9, and every year after as 4? Also, unrelated, what's {sh(p)}% of {base:,}?",
        f"cat age {age} -> human years (15 for the first year, 9 for the second, +4 each year after). and {sh(p)} percent of {base}",
    ])
    return t, [[f"{human} human years", f"{human} years", f"{human}years"], num(p * base / 100)]


@fam
def moving_van_story(rng):
    boxes = rng.randint(10, 40)
    kg = rng.randint(8, 22)
    sofa = rng.randint(45, 90)
    limit = rng.choice([750, 900, 1000, 1200])
    tot = boxes * kg + sofa
    if tot >= limit:
        return None
    t = rng.choice([
        f"We're moving flat on Saturday. There are {boxes} boxes at roughly {kg} kg each plus a {sofa} kg sofa. The van's payload is {limit} kg. What's the total load, and how much capacity is left?",
        f"{boxes} boxes x {kg}kg + {sofa}kg sofa = ? van limit {limit}kg, spare?",
    ])
    return t, [unit(tot, ["kg"], 0), unit(limit - tot, ["kg"], 0)]


@fam
def speed_sign_mph(rng):
    lim = rng.choice([20, 30, 40, 50, 60, 70, 80, 90, 100, 110])
    recipe = board(rng, ["SPEED LIMIT", f"{lim} KM/H"])
    dist = rng.randint(5, 60)
    mph = lim / F("1.609")
    mins = F(dist, lim) * 60
    if near(mph, 1) or near(mins, 1):
        return None
    t = rng.choice([
        f"What's this speed limit in mph (1.609 km per mile, 1 dp)? And how many minutes to drive {dist} km at exactly that limit (1 dp)?",
        f"convert the limit on this sign to mph (/1.609, 1 dp) and how long would {dist} km take at that speed, in minutes (1 dp)",
    ])
    return t, [[f"{v} mph" for v in num(mph, 1)] + [f"{v}mph" for v in num(mph, 1)], [f"{v} min" for v in num(mins, 1)] + [f"{v} minutes" for v in num(mins, 1)]], {"image": recipe}


@fam
def pool_closing_swim(rng):
    close_h, close_m = rng.choice([(20, 0), (20, 30), (21, 0), (21, 30), (22, 0)])
    recipe = board(rng, ["LEISURE POOL", f"OPEN 06:30 - {close_h}:{close_m:02d}"])
    now = close_h * 60 + close_m - rng.randint(40, 160)
    lengths = rng.randint(20, 60)
    per = F(rng.choice([10, 12, 15, 18, 20]), 10)
    swim = lengths * per
    if swim.denominator != 1:
        return None
    nh, nm = divmod(now, 60)
    t = rng.choice([
        f"It's {nh}:{nm:02d}. How long until the pool closes? And if I swim {lengths} lengths at {sh(per)} minutes each starting now, what time will I finish?",
        f"now {nh}:{nm:02d} - time till closing? finish time for {lengths} lengths @ {sh(per)} min per length?",
    ])
    return t, [span(close_h * 60 + close_m - now), clock(now + int(swim))], {"image": recipe}


@fam
def fingerpost_walk(rng):
    a, b = F(rng.randint(8, 60), 10), F(rng.randint(5, 40), 10)
    pa, pb = rng.sample(["BEACH", "HARBOUR", "CASTLE", "VILLAGE", "LIGHTHOUSE", "CAFE"], 2)
    recipe = board(rng, [f"{pa} {sh(a)} MI", f"{pb} {sh(b)} MI"])
    speed = rng.choice([4, 5, 6])
    km = a * F("1.609")
    mins = rnd(km) / speed * 60
    mins2 = km / speed * 60
    if near(km) or near(mins, 0) or near(mins2, 0) or rnd(mins, 0) != rnd(mins2, 0):
        return None
    t = rng.choice([
        f"How far is the {pa.lower()} in km according to this signpost (1 mile = 1.609 km, 2 dp)? And how many minutes to walk it at {speed} km/h, to the nearest minute?",
        f"distance to {pa.lower()} in km (x1.609) and walking time at {speed} km/h (nearest min)",
    ])
    return t, [unit(km, ["km"]), [f"{v} minutes" for v in num(mins, 0)] + [f"{v} min" for v in num(mins, 0)]], {"image": recipe}


@fam
def coupon_cad(rng):
    names = rng.sample(["Shampoo", "Vitamins", "Plasters", "Sun Cream", "Tissues", "Lip Balm"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Care Plus", "Well Chemist", "Main St Pharmacy"]), names, 150, 2200)
    off = rng.choice([5, 10, 15, 20])
    rs = rng.choice(["1.36", "1.37", "1.35", "1.38"])
    pay = F(sum(cents), 100) * (100 - off) / 100
    cad = rnd(pay) * F(rs)
    if near(pay) or near(cad) or rnd(cad) != rnd(pay * F(rs)):
        return None
    t = rng.choice([
        f"I have a {off}% off coupon for the whole receipt. What do I pay, and what's that in Canadian dollars at 1 USD = {rs} CAD?",
        f"apply {off}% off to this total. then in CAD (rate 1 USD = {rs} CAD)",
    ])
    return t, [num(pay), num(cad)], {"image": recipe}


@fam
def loyalty_points(rng):
    names = rng.sample(["Bread", "Apples", "Coffee", "Milk", "Cheese", "Pasta", "Eggs", "Honey"], rng.randint(3, 5))
    recipe, cents = till(rng, rng.choice(["Metro Market", "Corner Shop", "Village Shop"]), names, 100, 1800)
    per = rng.choice([1, 2, 5, 10])
    tot = F(sum(cents), 100)
    pts = int(tot) * per
    if tot.denominator == 1:
        return None
    t = rng.choice([
        f"This shop gives {per} loyalty point{'s' if per > 1 else ''} per whole dollar spent. How many points do I get for this receipt, and what was the total?",
        f"total on the receipt + points earned at {per} pt(s) per full $1",
    ])
    return t, [[f"{pts} points", f"{pts} loyalty points", f"{pts}points", f"{pts} pts"], num(tot)], {"image": recipe}


@fam
def dearest_share(rng):
    names = rng.sample(["Helmet", "Lock", "Bike Light", "Pump", "Bell", "Gloves", "Inner Tube"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Spoke Cycles", "Pedal Works", "Chain Ring"]), names, 300, 6000)
    i = max(range(len(cents)), key=lambda k: cents[k])
    pct = F(cents[i] * 100, sum(cents))
    if near(pct, 1):
        return None
    t = rng.choice([
        "Which item on this receipt cost the most, and what percentage of the total was it (1 dp)?",
        "most expensive thing on here? and its share of the total as a %, one decimal",
    ])
    return t, [[names[i].lower()], [f"{v}%" for v in num(pct, 1)]], {"image": recipe}


@fam
def workout_summary_pace(rng):
    km = F(rng.randint(30, 160), 10)
    mins = rng.randint(int(km * 4) + 2, int(km * 7))
    hr = rng.randint(120, 175)
    recipe = screen(rng, "Workout summary", [f"Duration: {mins} min", f"Distance: {sh(km)} km", f"Avg HR: {hr} bpm"])
    pace = mins / km
    mph = km / F("1.609") / F(mins, 60)
    if near(pace) or near(mph, 1):
        return None
    t = rng.choice([
        "From this workout: pace in minutes per km (2 dp) and average speed in mph (1 mile = 1.609 km, 1 dp)?",
        "what was my pace (min/km, 2 decimals) and speed in miles per hour using 1.609? 1 decimal",
    ])
    return t, [num(pace), [f"{v} mph" for v in num(mph, 1)] + [f"{v}mph" for v in num(mph, 1)]], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_family_bmi, csv_run_log, a1c_eag, sleep_story, recipe_scale_cost, gallons_fill_cost,
    cat_years_and_percent, moving_van_story, speed_sign_mph, pool_closing_swim, fingerpost_walk,
    coupon_cad, loyalty_points, dearest_share, workout_summary_pace,
)]
