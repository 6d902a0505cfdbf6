"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 2: concert tickets, an energy bill screen, leases, flight arrivals, savings, vertices and curves plotted, grocery budgets, rent per day, cycling files, weigh-ins and target weights."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    till,
)
from bench.data.agents.helpers import Family


@fam
def ticket_gbp_to_usd(rng):
    n = rng.randint(2, 6)
    price = F(rng.randint(1800, 8900), 100)
    fee = F(rng.randint(150, 450), 100)
    rs = rng.choice(["1.27", "1.25", "1.31", "1.29", "1.34"])
    rate = F(rs)
    tot = n * (price + fee)
    usd = tot * rate
    if near(usd):
        return None
    t = rng.choice([
        f"Buying {n} concert tickets in London at £{dp(price)} each plus a £{dp(fee)} booking fee per ticket. Total in pounds? And in dollars at £1 = ${rs}?",
        f"{n} tickets x (£{dp(price)} + £{dp(fee)} fee each) = ? GBP, then convert to USD using 1 GBP = {rs} USD",
    ])
    return t, [num(tot), num(usd)]


@fam
def gas_bill_screen(rng):
    units = rng.randint(180, 950)
    rate = F(rng.randint(18, 42), 100)
    standing = F(rng.randint(25, 60), 100)
    days = rng.choice([28, 30, 31])
    recipe = screen(rng, "Energy account", [f"Units used: {units} kWh", f"Unit rate: {int(rate * 100)}p/kWh", f"Standing charge: {int(standing * 100)}p/day", f"Days: {days}"])
    cost = units * rate + days * standing
    vat = cost * F(105, 100)
    if near(vat):
        return None
    t = rng.choice([
        "work out this bill from the screenshot: units used x rate plus standing charge x days, in pounds. then add 5% VAT",
        "What should this month cost me (units × unit rate + daily standing charge × days)? And the total with 5% VAT on top?",
    ])
    return t, [num(cost), num(vat)], {"image": recipe}


@fam
def car_lease_and_area(rng):
    mo = F(rng.randint(19900, 45900), 100)
    months = rng.choice([24, 36, 48])
    down = rng.randint(10, 40) * 100
    tot = mo * months + down
    r = rng.randint(3, 12)
    area = F(r * r) * F("3.14159")
    if near(area):
        return None
    t = rng.choice([
        f"Unrelated questions: (a) car lease is {dp(mo)} a month for {months} months plus {down} down - total? (b) area of a round rug of radius {r} ft, using pi = 3.14159, 2 dp",
        f"1) {down} deposit + {months} payments of {dp(mo)}, what's the total paid?\n2) round table radius {r} ft - area with pi as 3.14159?",
    ])
    return t, [num(tot), num(area)]


@fam
def flight_arrival(rng):
    dep_h, dep_m = rng.randint(6, 20), rng.choice([5, 10, 15, 20, 35, 40, 45, 50])
    dur = rng.randint(95, 620)
    shift = rng.choice([-5, -3, 1, 2, 3, 5, 6])
    arr = dep_h * 60 + dep_m + dur + shift * 60
    where = {-5: "5 hours behind", -3: "3 hours behind", 1: "1 hour ahead of", 2: "2 hours ahead of", 3: "3 hours ahead of", 5: "5 hours ahead of", 6: "6 hours ahead of"}[shift]
    dh, dm = divmod(dur, 60)
    t = rng.choice([
        f"My flight leaves at {dep_h:02d}:{dep_m:02d} and takes {dh}h {dm}m. Destination is {where} home. What's the local arrival time there, and how long is the flight in minutes?",
        f"departs {dep_h:02d}:{dep_m:02d} local, flight time {dh} hours {dm} minutes, arrival city is {where} us. Local time when I land? total minutes in the air?",
    ])
    return t, [clock(arr), [f"{dur} minutes", f"{dur} min", f"{dur}min"]]


@fam
def savings_chain(rng):
    weekly = rng.randint(15, 90)
    weeks = rng.randint(10, 40)
    saved = weekly * weeks
    price = rng.randint(saved + 50, saved + 900)
    more = price - saved
    wks = -(-more // weekly)
    t = rng.choice([
        f"If I save {weekly} a week for {weeks} weeks, how much will I have? The bike I want is {price} - how much more would I need after that, and how many more full weeks of saving at the same rate?",
        f"Saving {weekly}/week. after {weeks} weeks I'll have ___? then bike costs {price}: shortfall? extra weeks needed (round up)?",
    ])
    return t, [num(saved), num(more), [f"{wks} weeks", f"{wks} more weeks", f"{wks} extra weeks", f"{wks}weeks"]]


@fam
def quad_vertex_plot(rng):
    h = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5])
    k = rng.choice([-9, -7, -5, -3, -2, 1, 2, 4, 6])
    b, c = -2 * h, h * h + k
    e = "x^2"
    e += f" {'+' if b > 0 else '-'} {abs(b) if abs(b) != 1 else ''}x"
    if c:
        e += f" {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"what's the minimum value of y = {e}, and can you plot it?",
        f"Plot y = {e} and tell me the lowest point of the curve.",
        f"graph {e} please, and where is its vertex?",
    ])
    return t, [[f"({h}, {k})", f"({h},{k})", f"y = {k}", f"y={k}", f"minimum value is {k}", f"minimum of {k}", f"minimum value of {k}"], PLOT]


@fam
def cubic_value_plot(rng):
    a = rng.choice([1, 2])
    b = rng.choice([-6, -4, -3, -2, 2, 3, 5])
    c = rng.choice([-7, -5, -1, 1, 4, 8])
    x = rng.choice([-3, -2, 2, 3, 4, 5])
    val = a * x ** 3 + b * x + c
    lead = "x^3" if a == 1 else f"{a}x^3"
    e = f"{lead} {'+' if b > 0 else '-'} {abs(b)}x {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"f(x) = {e}. what's f({x})? and plot f for me",
        f"Could you evaluate {e} at x = {x} and draw its graph?",
        f"plot y={e} between -5 and 5 and tell me the value at x={x}",
    ])
    return t, [([f"= {val}"] if val not in (x, a) else []) + [f"is {val}", f"f({x}) = {val}", f"y = {val}", f"y={val}", f"f({x})={val}"], PLOT]


@fam
def two_lines_meet_plot(rng):
    x0, y0 = rng.randint(-3, 5), rng.randint(-4, 9)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    c1, c2 = y0 - m1 * x0, y0 - m2 * x0

    def ln(m, c):
        s = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
        return s if c == 0 else f"{s} {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"plot y = {ln(m1, c1)} and y = {ln(m2, c2)} on the same graph, and where do they cross?",
        f"Where do the lines y={ln(m1, c1)} and y={ln(m2, c2)} intersect? Please draw both.",
    ])
    return t, [[f"({x0}, {y0})", f"({x0},{y0})", f"x = {x0}, y = {y0}", f"x={x0},y={y0}", f"x = {x0} and y = {y0}"], PLOT]


@fam
def receipt_week_budget(rng):
    names = rng.sample(["Milk", "Eggs", "Bread", "Bananas", "Chicken", "Rice", "Yogurt", "Tomatoes", "Cheese", "Pasta"], rng.randint(3, 5))
    recipe, cents = till(rng, rng.choice(["Metro Market", "Fresh Foods", "Green Grocer"]), names, 90, 1300)
    budget = rng.choice([60, 70, 75, 80, 90, 100])
    tot = F(sum(cents), 100)
    left = budget - tot
    pct = tot / budget * 100
    if near(pct, 1):
        return None
    t = rng.choice([
        f"My weekly food budget is {budget}. After this shop, how much is left, and what percent of the budget did I spend (1 dp)?",
        f"budget {budget} for groceries this week. whats left after this receipt and what % did i use? one decimal",
        f"Here's today's grocery receipt. How much of my {budget} budget remains, and what share of it (as a %, 1 decimal) went on this trip?",
    ])
    return t, [num(left), [f"{v}%" for v in num(pct, 1)]], {"image": recipe}


@fam
def euro_receipt_item_gbp(rng):
    names = rng.sample(["Cheese", "Wine", "Olives", "Baguette", "Ham", "Croissant", "Butter"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Marche Bio", "La Fromagerie", "Cafe Lyon"]), names, 180, 2400, cur="€")
    pick = rng.randrange(len(names))
    rs = rng.choice(["0.84", "0.85", "0.86", "0.87", "0.88"])
    tot = F(sum(cents), 100)
    gbp = F(cents[pick], 100) * F(rs)
    gtot = tot * F(rs)
    if near(gbp) or near(gtot):
        return None
    t = rng.choice([
        f"From this receipt from France: how much was the {names[pick].lower()} in pounds, and the whole total in pounds? 1 EUR = {rs} GBP",
        f"convert the {names[pick]} line and the total to GBP at {rs}",
    ])
    return t, [num(gbp), num(gtot)], {"image": recipe}


@fam
def bank_rent_per_day(rng):
    bal = rng.randint(90000, 260000)
    rent = rng.randint(55000, min(bal - 5000, 160000))
    days = rng.randint(6, 19)
    recipe = screen(rng, "Current account", [f"Balance: {bal / 100:,.2f}", f"Rent due: {rent / 100:,.2f}", f"Payday in {days} days"])
    left = F(bal - rent, 100)
    per = left / days
    if near(per):
        return None
    t = rng.choice([
        "once the rent on this screen goes out how much will i have, and how much is that per day until payday?",
        "Looking at my banking app: balance minus rent = ? And split that evenly over the days until payday, per day (2 dp)?",
    ])
    return t, [num(left), num(per)], {"image": recipe}


@fam
def csv_cycling_kcal(rng):
    n = rng.randint(5, 8)
    mins = [rng.randint(15, 95) for _ in range(n)]
    rate = rng.choice([7, 8, 9, 10, 11])
    csv = "day,minutes\n" + "".join(f"{d + 1},{m}\n" for d, m in enumerate(mins))
    hrs = F(sum(mins), 60)
    if near(hrs):
        return None
    t = rng.choice([
        f"This file has my cycling minutes for each day. How many hours in total (2 dp), and how many calories at {rate} kcal per minute?",
        f"total cycling time in hours (2 dp)? and kcal burned if it's {rate} kcal/min",
    ])
    return t, [[f"{v} hours" for v in num(hrs)] + [f"{v} h" for v in num(hrs)] + [f"{v} hrs" for v in num(hrs)], [f"{v} kcal" for v in num(sum(mins) * rate, 0)] + [f"{v} calories" for v in num(sum(mins) * rate, 0)]], {"csv": csv}


@fam
def weighins_avg_lb(rng):
    ws = [F(rng.randint(600, 1100), 10)]
    for _ in range(rng.randint(3, 6)):
        ws.append(ws[-1] + F(rng.randint(-9, 6), 10))
    avg = sum(ws) / len(ws)
    lb = avg * F("2.2046")
    if near(avg) or near(lb, 1):
        return None
    lst = ", ".join(sh(w) for w in ws)
    t = rng.choice([
        f"my weigh-ins this month (kg): {lst}. average (2 dp)? and that average in pounds (x 2.2046, 1 decimal)",
        f"Weights: {lst} kg. Give me the mean to 2 decimals and convert it to lb with 1 kg = 2.2046 lb, one decimal.",
    ])
    return t, [num(avg), list(dict.fromkeys(num(lb, 1) + num(rnd(avg) * F("2.2046"), 1)))]


@fam
def height_target_weight(rng):
    ft, inch = rng.choice([(5, i) for i in range(1, 12)] + [(6, i) for i in range(0, 4)])
    target = rng.choice([21, 22, 23, 24])
    m = (ft * 12 + inch) * F("0.0254")
    w = target * m ** 2
    w2 = target * rnd(m) ** 2
    if near(m) or near(w, 1) or near(w2, 1):
        return None
    t = rng.choice([
        f"I'm {ft} ft {inch}. What's that in metres (2 dp)? And what weight in kg would give me a BMI of exactly {target} at that height (1 dp)?",
        f"convert {ft}'{inch} to m (2 dp), then the kg for a BMI of {target} (1 dp)",
    ])
    return t, [num(m), list(dict.fromkeys(num(w, 1) + num(w2, 1)))]


@fam
def seconds_and_percent(rng):
    h = F(rng.choice([15, 25, 35, 45, 55, 65, 75, 85]), 10)
    p = rng.choice([7, 13, 17, 23, 35])
    base = rng.randint(120, 4800)
    t = rng.choice([
        f"how many seconds in {sh(h)} hours? and what's {p}% of {base}",
        f"Random q's: (1) {sh(h)} h in seconds (2) {p} percent of {base:,}",
        f"Two things, unrelated - seconds in {sh(h)} hours, and {p}% of {base}?",
    ])
    return t, [num(h * 3600, 0), num(F(p * base, 100))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    ticket_gbp_to_usd, gas_bill_screen, car_lease_and_area, flight_arrival, savings_chain,
    quad_vertex_plot, cubic_value_plot, two_lines_meet_plot, receipt_week_budget,
    euro_receipt_item_gbp, bank_rent_per_day, csv_cycling_kcal, weighins_avg_lb,
    height_target_weight, seconds_and_percent,
)]
