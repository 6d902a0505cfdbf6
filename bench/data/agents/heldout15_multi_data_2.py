"""Round 15 (``J_m_*``, dev now) more data requests: attached CSVs and pasted numbers from school,
small business, home and sport, each asked for two or more results (a statistic with a chart,
a conversion or a follow-up sum)."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout15_multi_common import (
    CHART,
    LB,
    MILE,
    F,
    Made,
    cash,
    convert,
    csv,
    deg_f,
    forms,
    gather,
    kg,
    km,
    named,
    ok,
)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
AVG = ["mean", "average", "Mean", "Average"]


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def csv_electric_bill(r: random.Random) -> Made:  # kWh per month: total and cost
    vals = [r.randint(180, 650) for _ in range(6)]
    price = F(r.randint(12, 35), 100)
    cost = sum(vals) * price
    return (f"electricity use by month is attached. total kWh over the period, cost at "
            f"${float(price):.2f}/kWh, and a chart?", [n(sum(vals)), forms(cost), CHART],
            {"csv": csv("month,kwh", list(zip(MONTHS[:6], vals, strict=True)))})


def csv_celsius_to_f_max(r: random.Random) -> Made:  # hottest day in C and F
    vals = [r.randint(-5, 38) for _ in range(7)]
    hi = max(vals)
    m = F(sum(vals), 7)
    if not ok(m):
        return None
    return ("weather for our week away is in the csv (°C). what was the hottest in fahrenheit, "
            "and the mean temperature in °C?", [deg_f(F(hi * 9, 5) + 32), forms(m)],
            {"csv": csv("day,temp_c", list(zip(DAYS, vals, strict=True)))})


def csv_payroll(r: random.Random) -> Made:  # hours x rate per employee, total
    names = r.sample(["Ali", "Bea", "Cy", "Dora", "Ed", "Flo"], 4)
    hrs = [r.randint(10, 40) for _ in range(4)]
    rate = [r.choice([15, 16, 18, 20, 22]) for _ in range(4)]
    pay = [h * p for h, p in zip(hrs, rate, strict=True)]
    top = names[pay.index(max(pay))]
    if pay.count(max(pay)) > 1:
        return None
    return ("payroll sheet attached (hours and hourly rate). total wages this week, and who "
            "earned the most?", [forms(F(sum(pay))), [top]],
            {"csv": csv("name,hours,rate", list(zip(names, hrs, rate, strict=True)))})


def csv_market_stall_eur(r: random.Random) -> Made:  # takings in euros to dollars, best day
    vals = [r.randint(80, 600) for _ in range(5)]
    t = F(sum(vals))
    usd = convert(t, "EUR", "USD")
    if not ok(usd):
        return None
    return ("market stall takings (euros) in the file. total in euros, and in dollars? chart "
            "the days too", [cash(t, "EUR"), cash(usd, "USD"), CHART],
            {"csv": csv("day,eur", list(zip(DAYS[:5], vals, strict=True)))})


def csv_baby_weights(r: random.Random) -> Made:  # growth in grams, pounds now
    w = [r.randint(3000, 3800)]
    for _ in range(5):
        w.append(w[-1] + r.randint(100, 300))
    lb = F(w[-1], 1000) / LB
    if not ok(lb):
        return None
    return ("weekly weights (g) from the clinic are in the csv. how much has she gained in "
            "total, what's her latest weight in pounds, and plot it",
            [[f"{w[-1] - w[0]} g", f"{w[-1] - w[0]} grams"],
             [f"{v} lb" for v in forms(lb)] + [f"{v} pounds" for v in forms(lb)], CHART],
            {"csv": csv("week,grams", [(i, v) for i, v in enumerate(w)])})


def csv_car_miles(r: random.Random) -> Made:  # miles per trip to km and the longest trip
    vals = r.sample(range(5, 300), 6)
    t = F(sum(vals)) * MILE
    longest = F(max(vals)) * MILE
    if not ok(t, longest):
        return None
    return ("mileage log attached (miles). total distance in km, and the longest trip in km?",
            [km(t), km(longest)], {"csv": csv("trip,miles", [(i + 1, v) for i, v in
                                                             enumerate(vals)])})


def list_reaction_times(r: random.Random) -> Made:  # mean and median of reaction times
    vals = [r.randint(180, 420) for _ in range(8)]
    m = F(sum(vals), 8)
    s = sorted(vals)
    md = F(s[3] + s[4], 2)
    if not ok(m) or m == md:
        return None
    return (f"reaction times in ms from our science lab: {', '.join(map(str, vals))}. mean, "
            "median, and a bar chart", [named(AVG, m), named(["median", "Median"], md), CHART])


def csv_subscriptions(r: random.Random) -> Made:  # monthly subscriptions, yearly total
    subs = ["music", "video", "cloud", "news", "gym"]
    vals = [F(r.randint(299, 4999), 100) for _ in subs]
    t = sum(vals, F(0))
    return ("my subscriptions (monthly price) are in the csv. monthly total and yearly total?",
            [forms(t), forms(t * 12)],
            {"csv": csv("service,monthly", [(a, f"{float(b):.2f}") for a, b in
                                            zip(subs, vals, strict=True)])})


def csv_goals_assists(r: random.Random) -> Made:  # totals of two columns and a chart
    players = r.sample(["Rui", "Sam", "Tom", "Uma", "Vic", "Wes", "Xia"], 5)
    g = [r.randint(0, 20) for _ in players]
    a = [r.randint(0, 15) for _ in players]
    if sum(g) == sum(a):
        return None
    return ("team stats attached. total goals, total assists, and chart goals by player",
            [[f"{sum(g)} goals"], [f"{sum(a)} assists"], CHART],
            {"csv": csv("player,goals,assists", list(zip(players, g, a, strict=True)))})


def list_exam_percent(r: random.Random) -> Made:  # raw marks to percentages
    out = r.choice([40, 50, 60, 80])
    a, b = r.randint(10, out), r.randint(10, out)
    pa, pb = F(a * 100, out), F(b * 100, out)
    if a == b or not ok(pa, pb):
        return None
    return (f"test out of {out}: Mia got {a}, Leo got {b}. as percentages?",
            [[f"{v}%" for v in forms(pa)], [f"{v}%" for v in forms(pb)]])


def csv_stock_reorder(r: random.Random) -> Made:  # items below reorder level and value
    items = ["bolts", "nuts", "washers", "screws", "nails"]
    qty = [r.randint(0, 200) for _ in items]
    price = [F(r.randint(5, 90), 100) for _ in items]
    value = sum(q * p for q, p in zip(qty, price, strict=True))
    low = sum(q < 50 for q in qty)
    return ("inventory attached (qty, unit price). how many product lines are under 50 units, "
            "and what's the total stock value?", [[f"{low} product", f"{low} lines",
                                                   f"{low} items"], forms(value)],
            {"csv": csv("item,qty,price", [(i, q, f"{float(p):.2f}") for i, q, p in
                                          zip(items, qty, price, strict=True)])})


def list_weights_pounds_mean(r: random.Random) -> Made:  # pounds list, mean in kg
    vals = [r.randint(100, 260) for _ in range(r.randint(4, 7))]
    m = F(sum(vals), len(vals))
    mk = m * LB
    if not ok(m, mk):
        return None
    return (f"our rowing crew weights in lb: {', '.join(map(str, vals))}. average in lb and in kg?",
            [forms(m), kg(mk)])


def csv_website_visits(r: random.Random) -> Made:  # visits: growth first→last and average
    vals = [r.randint(200, 3000) for _ in range(7)]
    m = F(sum(vals), 7)
    if not ok(m):
        return None
    return ("site visits for the last 7 days are attached. total, daily average and a line "
            "chart please", [n(sum(vals)), forms(m), CHART],
            {"csv": csv("date,visits", [(f"2026-03-{10 + i}", v) for i, v in enumerate(vals)])})


def list_sd_sample(r: random.Random) -> Made:  # sample standard deviation and variance
    vals = [r.randint(1, 30) for _ in range(r.randint(5, 8))]
    v = statistics.variance(vals)
    sd = statistics.stdev(vals)
    if abs(v * 100 % 1 - 0.5) < 0.01 or abs(sd * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"sample variance and sample standard deviation of {', '.join(map(str, vals))}",
            [[f"{v:.2f}", f"{float(v):g}" if float(v).is_integer() else f"{v:.2f}"],
             [f"{sd:.2f}"]])


def csv_rainfall_inches(r: random.Random) -> Made:  # monthly rainfall in inches to mm
    vals = [F(r.randint(5, 60), 10) for _ in range(6)]
    t = sum(vals, F(0))
    mm = t * F(254, 10)
    if not ok(mm):
        return None
    return ("rainfall (inches) by month is in the csv. total inches and total in mm? chart "
            "it", [[f"{v} in" for v in forms(t)] + [f"{v} inches" for v in forms(t)],
                   [f"{v} mm" for v in forms(mm)], CHART],
            {"csv": csv("month,inches", [(m, float(v)) for m, v in
                                         zip(MONTHS[:6], vals, strict=True)])})


DATA_2 = gather(csv_electric_bill, csv_celsius_to_f_max, csv_payroll, csv_market_stall_eur,
                csv_baby_weights, csv_car_miles, list_reaction_times, csv_subscriptions,
                csv_goals_assists, list_exam_percent, csv_stock_reorder,
                list_weights_pounds_mean, csv_website_visits, list_sd_sample,
                csv_rainfall_inches)
