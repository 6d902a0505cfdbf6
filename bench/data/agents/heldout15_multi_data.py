"""Round 15 (``J_m_*``, dev now) multi-part requests on data: numbers in the message or an attached
CSV, asked for statistics together with a chart, a conversion or a further sum."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout15_multi_common import (
    CHART,
    LB,
    MILE,
    F,
    Made,
    csv,
    deg_c,
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


def med(values: list[int]) -> F:
    return F(statistics.median(values)).limit_denominator(2)


def csv_shop_takings(r: random.Random) -> Made:  # weekly takings: total, best day, chart
    vals = r.sample(range(180, 990), 7)
    best = DAYS[vals.index(max(vals))]
    return ("takings from the café this week are in the file. what did we take in total, "
            "which day was best, and can you chart it?", [forms(F(sum(vals))), [best], CHART],
            {"csv": csv("day,takings", list(zip(DAYS, vals, strict=True)))})


def csv_temps_f_to_c(r: random.Random) -> Made:  # mean of Fahrenheit readings in Celsius
    vals = [r.randint(40, 95) for _ in range(r.randint(6, 10))]
    m = F(sum(vals), len(vals))
    c = (m - 32) * F(5, 9)
    if not ok(m, c):
        return None
    return ("here are the daily highs from my trip (in F). what was the average, and what's "
            "that in celsius?", [forms(m), deg_c(c)],
            {"csv": csv("day,high_f", [(i + 1, v) for i, v in enumerate(vals)])})


def csv_weights_trend(r: random.Random) -> Made:  # weigh-ins: change and a line chart
    start = r.randint(70, 110)
    vals = [start]
    for _ in range(r.randint(5, 9)):
        vals.append(vals[-1] + r.choice([-2, -1, -1, 0, 1]))
    change = vals[-1] - vals[0]
    if change == 0:
        return None
    lb = F(abs(change)) / LB
    if not ok(lb):
        return None
    return ("my weekly weigh-ins (kg) are attached. how much has my weight changed from first "
            "to last in kg and in pounds? plot it as a line",
            [[*kg(F(abs(change))), f"{change} kg"], [f"{v} lb" for v in forms(lb)]
             + [f"{v} pounds" for v in forms(lb)], CHART],
            {"csv": csv("week,kg", [(i + 1, v) for i, v in enumerate(vals)])})


def csv_sales_growth(r: random.Random) -> Made:  # first to last month growth %, chart
    vals = [r.randint(200, 900) for _ in range(6)]
    g = abs(F(vals[-1] - vals[0], vals[0]) * 100)
    if not ok(g) or vals[-1] == vals[0]:
        return None
    return ("from Jan to Jun, by what percent did sales change? also total for the six months, "
            "and a bar chart", [[f"{v}%" for v in forms(g)], forms(F(sum(vals))), CHART],
            {"csv": csv("month,sales", list(zip(MONTHS[:6], vals, strict=True)))})


def csv_class_marks(r: random.Random) -> Made:  # mean, median, highest of marks
    vals = [r.randint(35, 100) for _ in range(r.randint(8, 14))]
    m, md = F(sum(vals), len(vals)), med(vals)
    if not ok(m) or m == md:
        return None
    names = r.sample(["Ana", "Ben", "Caro", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo",
                      "Kai", "Lin", "Max", "Nia"], len(vals))
    return ("exam results attached. mean and median mark please, and a chart of the marks",
            [named(AVG, m), named(["median", "Median"], md), CHART],
            {"csv": csv("student,mark", list(zip(names, vals, strict=True)))})


def csv_runs_km_to_miles(r: random.Random) -> Made:  # total km run, in miles
    vals = [r.randint(3, 21) for _ in range(r.randint(5, 10))]
    tot = F(sum(vals))
    mi = tot / MILE
    if not ok(mi):
        return None
    return ("this is my running log. how many km did i run altogether and how many miles is "
            "that? chart the runs too", [km(tot), [f"{v} miles" for v in forms(mi)], CHART],
            {"csv": csv("run,km", [(i + 1, v) for i, v in enumerate(vals)])})


def csv_expenses_category(r: random.Random) -> Made:  # biggest category and share of total
    cats = ["rent", "food", "transport", "fun", "bills"]
    vals = r.sample(range(40, 1200), 5)
    big = cats[vals.index(max(vals))]
    share = F(max(vals) * 100, sum(vals))
    if not ok(share):
        return None
    return ("Monthly spending by category is in the CSV. What's the total, which category is "
            "the biggest, and what percent of the total is it? A chart would be nice.",
            [forms(F(sum(vals))), [big], [f"{v}%" for v in forms(share)], CHART],
            {"csv": csv("category,amount", list(zip(cats, vals, strict=True)))})


def csv_eur_prices(r: random.Random) -> Made:  # a price list summed and converted
    vals = [F(r.randint(150, 4000), 100) for _ in range(r.randint(4, 7))]
    t = sum(vals, F(0))
    usd = t * F(117, 100)
    if not ok(usd):
        return None
    items = r.sample(["soap", "rice", "oil", "eggs", "salt", "flour", "beans"], len(vals))
    return ("my shopping list with prices in euros is attached — how much in euros overall, "
            "and in US dollars?", [forms(t), [f"${v}" for v in forms(usd)]
                                   + [f"{v} USD" for v in forms(usd)]],
            {"csv": csv("item,eur", [(i, f"{float(v):.2f}")
                                     for i, v in zip(items, vals, strict=True)])})


def list_rainfall_chart(r: random.Random) -> Made:  # rainfall list: total, mean, chart
    vals = [r.randint(0, 60) for _ in range(7)]
    m = F(sum(vals), 7)
    if not ok(m):
        return None
    return (f"rain gauge readings (mm) for the week: {', '.join(map(str, vals))}. total and "
            "daily average? and graph them", [[f"{sum(vals)} mm", f"{sum(vals)}mm",
                                               f"{sum(vals)} millimetres"], forms(m), CHART])


def list_commute_minutes(r: random.Random) -> Made:  # commute times: mean and total hours
    vals = [r.randint(18, 75) for _ in range(r.randint(8, 10))]
    m, h = F(sum(vals), len(vals)), F(sum(vals), 60)
    if not ok(m, h):
        return None
    return (f"Commute times (min) last two weeks: {' / '.join(map(str, vals))} — average "
            "commute, and total hours spent commuting?", [forms(m), [f"{v} hours" for v in
                                                                     forms(h)]])


def list_heights_sd(r: random.Random) -> Made:  # population standard deviation and mean
    vals = [r.randint(150, 195) for _ in range(r.randint(5, 8))]
    m = F(sum(vals), len(vals))
    sd = statistics.pstdev(vals)
    if not ok(m) or abs(sd * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"heights in cm of our team: {', '.join(map(str, vals))}. mean and population "
            "standard deviation, and plot them please", [forms(m), [f"{sd:.2f}"], CHART])


def csv_bills_per_person(r: random.Random) -> Made:  # shared household bills split
    vals = [r.randint(30, 250) for _ in range(4)]
    n = r.choice([2, 3, 4, 5])
    each = F(sum(vals), n)
    if not ok(each):
        return None
    return (f"bills for this month attached. there are {n} of us in the house — total, and "
            "each person's share?", [forms(F(sum(vals))), forms(each)],
            {"csv": csv("bill,amount", list(zip(["power", "water", "internet", "gas"], vals,
                                                 strict=True)))})


def csv_corr_study(r: random.Random) -> Made:  # correlation sign and a scatter chart
    hours = r.sample(range(1, 15), 7)
    score = [40 + 4 * h + r.randint(-3, 3) for h in hours]
    rr = statistics.correlation(hours, score)
    if abs(rr * 100 % 1 - 0.5) < 0.01:
        return None
    return ("study hours vs test score for 7 students attached. which direction is the "
            "correlation, what's r to 2 decimals, and show a scatter plot",
            [["positive", "Positive"], [f"{rr:.2f}"], CHART],
            {"csv": csv("hours,score", list(zip(hours, score, strict=True)))})


def list_fuel_efficiency(r: random.Random) -> Made:  # litres per 100 km from fills
    kms = [r.randint(300, 700) for _ in range(3)]
    lit = [r.randint(25, 55) for _ in range(3)]
    eff = F(sum(lit) * 100, sum(kms))
    if not ok(eff):
        return None
    return (f"last three tanks: {kms[0]} km on {lit[0]} L, {kms[1]} km on {lit[1]} L, {kms[2]} "
            f"km on {lit[2]} L. total distance and overall L/100km?",
            [km(F(sum(kms))), forms(eff)])


def csv_steps_goal(r: random.Random) -> Made:  # days over a goal and mean steps
    vals = [r.randint(3000, 15000) for _ in range(7)]
    goal = r.choice([8000, 10000])
    over = sum(v >= goal for v in vals)
    m = F(sum(vals), 7)
    if not ok(m) or over in (0, 7):
        return None
    return (f"my steps this week are in the file. how many days did I hit {goal:,}, what was my "
            "daily average, and chart it", [[f"{over} days", f"{over} day"], forms(m), CHART],
            {"csv": csv("day,steps", list(zip(DAYS, vals, strict=True)))})


def list_invoice_vat(r: random.Random) -> Made:  # sum of invoices, VAT and gross
    vals = [r.randint(50, 900) for _ in range(r.randint(3, 6))]
    net = F(sum(vals))
    vat = net * F(20, 100)
    return (f"invoices this quarter: {', '.join('£' + str(v) for v in vals)}. total net, 20% "
            "VAT on it, and the gross?", [forms(net), forms(vat), forms(net + vat)])


def csv_sleep_minutes(r: random.Random) -> Made:  # hours of sleep to a mean in h and min
    vals = [r.randint(300, 560) for _ in range(7)]
    m = F(sum(vals), 7)
    if not ok(m, m / 60):
        return None
    return ("sleep tracker export attached (minutes per night). average per night in minutes "
            "and in hours? chart it too", [forms(m), forms(m / 60), CHART],
            {"csv": csv("night,minutes", list(zip(DAYS, vals, strict=True)))})


def list_prices_min_max(r: random.Random) -> Made:  # cheapest, dearest and the spread
    shops = ["Aldo", "Bestmart", "Cosco", "Dimes", "Eazy"]
    vals = r.sample(range(189, 499), 5)
    lo, hi = shops[vals.index(min(vals))], shops[vals.index(max(vals))]
    rows = [(s, f"{v / 100:.2f}") for s, v in zip(shops, vals, strict=True)]
    return ("I priced the same coffee beans at five shops (file attached). cheapest shop, "
            "dearest shop, and the difference in dollars?",
            [[lo], [hi], forms(F(max(vals) - min(vals), 100))], {"csv": csv("shop,price", rows)})


def csv_weight_lifting(r: random.Random) -> Made:  # total volume in kg then in lb
    sets = [(r.randint(5, 12), r.choice([20, 40, 50, 60, 80, 100])) for _ in range(4)]
    vol = sum(a * b for a, b in sets)
    lb = F(vol) / LB
    if not ok(lb):
        return None
    return ("my sets today (reps,kg) are attached. total volume lifted (reps × weight) in kg, "
            "and in pounds?", [kg(F(vol)), [f"{v} lb" for v in forms(lb)]
                               + [f"{v} pounds" for v in forms(lb)]],
            {"csv": csv("reps,kg", sets)})


DATA = gather(csv_shop_takings, csv_temps_f_to_c, csv_weights_trend, csv_sales_growth,
              csv_class_marks, csv_runs_km_to_miles, csv_expenses_category, csv_eur_prices,
              list_rainfall_chart, list_commute_minutes, list_heights_sd, csv_bills_per_person,
              csv_corr_study, list_fuel_efficiency, csv_steps_goal, list_invoice_vat,
              csv_sleep_minutes, list_prices_min_max, csv_weight_lifting)
