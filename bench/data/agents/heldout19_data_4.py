"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 4: weighted averages,
columns combined (revenue, profit, margins, fuel use, pace), budgets, timesheets and logs."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    NAMES,
    PRODUCTS,
    Made,
    fam,
    labels,
    mean,
    num,
    pick,
    s,
    vals,
)
from bench.data.agents.helpers import Family

F = Fraction


def table(header: list[str], rows: list[list[str]], sep: str = ",") -> str:
    return "\n".join(sep.join(r) for r in [header, *rows]) + "\n"


@fam
def weighted_grade_lines(rng: random.Random) -> Made:
    parts = rng.choice([["Homework", "Midterm", "Final"], ["Quizzes", "Project", "Exam"],
                        ["Labs", "Essays", "Participation", "Final exam"]])
    ws = rng.choice([[20, 30, 50], [25, 25, 50], [30, 30, 40], [15, 35, 50]])
    if len(parts) == 4:
        ws = rng.choice([[20, 30, 10, 40], [25, 25, 10, 40], [15, 30, 15, 40]])
    marks = vals(rng, len(parts), 55, 100)
    body = "\n".join(f"{p} ({w}%): {s(m)}" for p, w, m in zip(parts, ws, marks, strict=True))
    g = sum((F(w, 100) * m for w, m in zip(ws, marks, strict=True)), F(0))
    text = pick(rng, f"{body}\nWhat's my overall grade? 2 decimals",
                f"weighted average please (2dp):\n{body}",
                f"My course is weighted like this:\n{body}\n\nSo what is my final percentage?"
                " round to 2 d.p.")
    return text, [num(g)]


@fam
def gpa_credits_csv(rng: random.Random) -> Made:
    courses = rng.sample(["Calculus", "Biology", "History", "Chemistry", "Art", "Spanish",
                          "Physics", "Economics"], rng.randint(4, 7))
    cred = [rng.choice([1, 2, 3, 4]) for _ in courses]
    gp = [rng.choice([F(4), F("3.7"), F("3.3"), F(3), F("2.7"), F("2.3"), F(2)]) for _ in courses]
    csv = table(["course", "credits", "grade_points"],
                [[c, str(k), s(g, 1)] for c, k, g in zip(courses, cred, gp, strict=True)])
    gpa = sum((k * g for k, g in zip(cred, gp, strict=True)), F(0)) / sum(cred)
    text = pick(rng, "What's my GPA, weighted by credits? 2 decimals",
                "credit-weighted GPA from this transcript (2dp)?")
    return text, [num(gpa)], {"csv": csv}


@fam
def average_price_paid_csv(rng: random.Random) -> Made:
    n = rng.randint(3, 8)
    dates = labels(rng, "date", n)
    sh = [rng.randint(2, 60) for _ in range(n)]
    pr = vals(rng, n, 40, 260, 2)
    csv = table(["date", "shares", "price"],
                [[d, str(k), s(p, 2)] for d, k, p in zip(dates, sh, pr, strict=True)])
    avg = sum((k * p for k, p in zip(sh, pr, strict=True)), F(0)) / sum(sh)
    text = pick(rng, "What's my average cost per share across these buys? 2 dp",
                "weighted average purchase price (by number of shares)? round to 2 decimals")
    return text, [num(avg)], {"csv": csv}


@fam
def revenue_total_csv(rng: random.Random) -> Made:
    prods = rng.sample(PRODUCTS, rng.randint(4, 8))
    units = [rng.randint(3, 120) for _ in prods]
    price = vals(rng, len(prods), 2, 9, 2)
    csv = table(["item", "units_sold", "price"],
                [[p, str(u), s(x, 2)] for p, u, x in zip(prods, units, price, strict=True)])
    rev = sum((u * x for u, x in zip(units, price, strict=True)), F(0))
    text = pick(rng, "Total revenue (units sold x price)?", "how much did we take in total? "
                "(units_sold times price, summed)", "What's the total sales value today?")
    return text, [num(rev)], {"csv": csv}


@fam
def profit_total_csv(rng: random.Random) -> Made:
    months = labels(rng, "month", rng.randint(4, 12))
    rev = vals(rng, len(months), 4000, 15000)
    cost = [r - rng.randint(-1500, 5000) for r in rev]
    csv = table(["month", "revenue", "costs"],
                [[m, s(r), s(c)] for m, r, c in zip(months, rev, cost, strict=True)])
    text = pick(rng, "What's the total profit (revenue minus costs) over all months?",
                "net profit for the whole period?")
    return text, [num(abs(sum(rev, F(0)) - sum(cost, F(0))), 0)], {"csv": csv}


@fam
def profit_margin_csv(rng: random.Random) -> Made:
    prods = rng.sample(PRODUCTS, rng.randint(4, 8))
    rev = vals(rng, len(prods), 200, 3000)
    cost = [r * F(rng.randint(40, 90), 100) for r in rev]
    cost = [F(round(c)) for c in cost]
    csv = table(["product", "revenue", "cost"],
                [[p, s(r), s(c)] for p, r, c in zip(prods, rev, cost, strict=True)])
    m = (sum(rev, F(0)) - sum(cost, F(0))) / sum(rev, F(0)) * 100
    text = pick(rng, "Overall profit margin in % (total profit / total revenue)? 1 dp",
                "what's our margin across everything? percent to one decimal")
    return text, [num(m, 1)], {"csv": csv}


@fam
def best_product_by_revenue(rng: random.Random) -> Made:
    prods = rng.sample(PRODUCTS, rng.randint(4, 8))
    units = [rng.randint(5, 90) for _ in prods]
    price = vals(rng, len(prods), 2, 9, 2)
    rev = [u * x for u, x in zip(units, price, strict=True)]
    if rev.count(max(rev)) != 1:
        return None
    csv = table(["product", "qty", "unit_price"],
                [[p, str(u), s(x, 2)] for p, u, x in zip(prods, units, price, strict=True)])
    text = pick(rng, "Which product made the most money (qty x unit_price), and how much?",
                "top earner by revenue? the product and its revenue")
    return text, [[prods[rev.index(max(rev))]], num(max(rev))], {"csv": csv}


@fam
def fuel_l_per_100km_csv(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    dates = labels(rng, "date", n)
    km = vals(rng, n, 180, 720, 1)
    lit = [F(round(k * F(rng.randint(50, 95), 1000) * 10), 10) for k in km]
    csv = table(["date", "km", "litres"],
                [[d, s(k, 1), s(x, 1)] for d, k, x in zip(dates, km, lit, strict=True)])
    v = sum(lit, F(0)) / sum(km, F(0)) * 100
    text = pick(rng, "From my fuel log, what's my overall consumption in L/100 km? 2 dp",
                "litres per 100km across all fill-ups (total litres / total km x 100)? 2 decimals")
    return text, [num(v)], {"csv": csv}


@fam
def mpg_from_log(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    mi = vals(rng, n, 150, 420)
    gal = [F(round(m * 10 / rng.randint(22, 40)), 10) for m in mi]
    body = "\n".join(f"{s(m)} miles, {s(g, 1)} gal" for m, g in zip(mi, gal, strict=True))
    v = sum(mi, F(0)) / sum(gal, F(0))
    text = pick(rng, f"my last few tanks:\n{body}\noverall mpg? (total miles / total gallons, 1dp)",
                f"What's my average fuel economy in miles per gallon across these fill-ups, to "
                f"1 decimal?\n{body}")
    return text, [num(v, 1)]


@fam
def average_speed_runs_csv(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    dates = labels(rng, "date", n)
    km = vals(rng, n, 3, 21, 1)
    mins = [F(round(k * rng.randint(45, 75) / 10)) for k in km]
    csv = table(["date", "distance_km", "minutes"],
                [[d, s(k, 1), s(m)] for d, k, m in zip(dates, km, mins, strict=True)])
    v = sum(km, F(0)) / (sum(mins, F(0)) / 60)
    text = pick(rng, "What's my overall average speed in km/h across all runs (total distance / "
                "total time)? 2 dp",
                "average speed over all these runs in km per hour, 2 decimals")
    return text, [num(v)], {"csv": csv}


@fam
def average_pace_runs(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    km = vals(rng, n, 3, 15, 1)
    mins = [F(round(k * rng.randint(48, 70) / 10)) for k in km]
    pace = sum(mins, F(0)) / sum(km, F(0)) * 60
    sec = pace - int(pace)
    if abs(sec - F(1, 2)) < F(1, 100):
        return None
    total = round(pace)
    mm, ss = divmod(total, 60)
    body = "; ".join(f"{s(k, 1)} km in {s(m)} min" for k, m in zip(km, mins, strict=True))
    text = pick(rng, f"Runs this week: {body}. Average pace per km overall (min:sec)?",
                f"{body} - whats my average pace in minutes per km? give mm:ss")
    return text, [[f"{mm}:{ss:02d}", f"{mm} min {ss} s", f"{mm} min {ss} sec", f"{mm}m {ss}s",
                   f"{mm}m{ss:02d}s", f"{mm} minutes {ss} seconds", f"{mm}:{ss:02d} min"]]


@fam
def best_unit_price_csv(rng: random.Random) -> Made:
    brands = rng.sample(["Acme", "Best", "Crest", "Daily", "Econ", "Fresh", "Gold"],
                        rng.randint(3, 6))
    size = [rng.choice([250, 330, 500, 750, 1000, 1500]) for _ in brands]
    price = vals(rng, len(brands), 1, 6, 2)
    unit = [p / z for p, z in zip(price, size, strict=True)]
    if unit.count(min(unit)) != 1:
        return None
    csv = table(["brand", "size_ml", "price"],
                [[b, str(z), s(p, 2)] for b, z, p in zip(brands, size, price, strict=True)])
    text = pick(rng, "Which brand is the best value per ml, and what does it cost per litre?",
                "cheapest per millilitre? brand name + its price per litre (2 dp)")
    return text, [[brands[unit.index(min(unit))]], num(min(unit) * 1000)], {"csv": csv}


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@fam
def timesheet_hours_csv(rng: random.Random) -> Made:
    days = labels(rng, "day", rng.randint(3, 7))
    starts = [rng.randint(7 * 4, 10 * 4) * 15 for _ in days]
    ends = [st + rng.randint(5 * 4, 10 * 4) * 15 for st in starts]
    csv = table(["day", "start", "end"],
                [[d, clock(a), clock(b)] for d, a, b in zip(days, starts, ends, strict=True)])
    h = F(sum(b - a for a, b in zip(starts, ends, strict=True)), 60)
    text = pick(rng, "How many hours did I work in total this week?",
                "total hours on my timesheet? (decimal hours)")
    out = num(h)
    hh, mm = divmod(int(h * 60), 60)
    return text, [[*out, f"{hh} hours {mm} minutes", f"{hh}h {mm}m", f"{hh}:{mm:02d}",
                         f"{hh} hours and {mm} minutes"]], {"csv": csv}


@fam
def overtime_hours_lines(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"] + (["Sat"] if rng.random() < 0.5 else [])
    hrs = vals(rng, len(days), 6, 11, 1)
    limit = rng.choice([37.5, 40])
    over = sum(hrs, F(0)) - F(str(limit))
    if over <= 0:
        return None
    body = ", ".join(f"{d} {s(h, 1)}h" for d, h in zip(days, hrs, strict=True))
    text = pick(rng, f"Hours worked: {body}. Anything over {limit:g} is overtime - how many OT "
                "hours?",
                f"{body}\nweekly contract is {limit:g}h. overtime hours?")
    return text, [num(over, 1)]


@fam
def conversion_rate_csv(rng: random.Random) -> Made:
    dates = labels(rng, "date", rng.randint(5, 14))
    vis = [rng.randint(200, 3000) for _ in dates]
    buy = [rng.randint(2, v // 15) for v in vis]
    csv = table(["date", "visitors", "purchases"],
                [[d, str(v), str(b)] for d, v, b in zip(dates, vis, buy, strict=True)])
    r = F(sum(buy) * 100, sum(vis))
    text = pick(rng, "Overall conversion rate (total purchases / total visitors) in %? 2 dp",
                "what % of visitors bought something, across the whole period? 2 decimals")
    return text, [num(r)], {"csv": csv}


@fam
def per_capita_rate_label(rng: random.Random) -> Made:
    cities = labels(rng, "city", rng.randint(4, 7))
    pop = [rng.randint(80, 3000) * 1000 for _ in cities]
    cases = [rng.randint(50, 4000) for _ in cities]
    rate = [F(c, p) for c, p in zip(cases, pop, strict=True)]
    if rate.count(max(rate)) != 1:
        return None
    csv = table(["city", "population", "cases"],
                [[c, str(p), str(k)] for c, p, k in zip(cities, pop, cases, strict=True)])
    text = pick(rng, "Which city has the highest cases per 100,000 people, and what's that "
                "rate? (1 dp)",
                "highest rate per 100k population - which city, and the rate to 1dp")
    return text, [[cities[rate.index(max(rate))]], num(max(rate) * 100000, 1)], {"csv": csv}


@fam
def budget_overspend_csv(rng: random.Random) -> Made:
    cats = rng.sample(["rent", "food", "transport", "fun", "clothes", "gifts", "bills"],
                      rng.randint(4, 7))
    bud = [F(rng.randint(5, 60) * 10) for _ in cats]
    act = [b + F(rng.randint(-8000, 9000), 100) for b in bud]
    csv = table(["category", "budget", "actual"],
                [[c, s(b), s(a, 2)] for c, b, a in zip(cats, bud, act, strict=True)])
    diff = sum(act, F(0)) - sum(bud, F(0))
    text = pick(rng, "Overall, how far over or under budget am I?",
                "total actual minus total budget?")
    return text, [num(abs(diff))], {"csv": csv}


@fam
def most_over_budget_label(rng: random.Random) -> Made:
    cats = rng.sample(["housing", "groceries", "transport", "dining", "clothing", "gifts",
                       "utilities"], rng.randint(4, 7))
    bud = [F(rng.randint(5, 60) * 10) for _ in cats]
    act = [b + F(rng.randint(-5000, 9000), 100) for b in bud]
    over = [a - b for a, b in zip(act, bud, strict=True)]
    if max(over) <= 0 or over.count(max(over)) != 1:
        return None
    csv = table(["category", "budget", "spent"],
                [[c, s(b), s(a, 2)] for c, b, a in zip(cats, bud, act, strict=True)])
    text = pick(rng, "Which category went furthest over budget, and by how much?",
                "biggest overspend - what category and amount?")
    return text, [[cats[over.index(max(over))]], num(max(over))], {"csv": csv}


@fam
def split_bills_owed(rng: random.Random) -> Made:
    people = rng.sample(NAMES, rng.randint(3, 5))
    paid = [F(rng.randint(0, 30000), 100) for _ in people]
    who = rng.choice(people)
    share = sum(paid, F(0)) / len(people)
    bal = paid[people.index(who)] - share
    if abs(bal) < 1:
        return None
    body = "\n".join(f"{p} paid {s(x, 2)}" for p, x in zip(people, paid, strict=True))
    text = pick(rng, f"Trip costs, split evenly:\n{body}\nHow much does {who} owe or get back?",
                f"{body}\nwe split everything equally. what's {who}'s balance (owes / is owed)?")
    return text, [num(abs(bal))]


@fam
def calories_daily_average_csv(rng: random.Random) -> Made:
    days = labels(rng, "date", rng.randint(2, 5))
    rows = [[d, rng.choice(["breakfast", "lunch", "dinner", "snack"]), str(rng.randint(80, 900))]
            for d in days for _ in range(rng.randint(2, 4))]
    tot = sum(int(r[2]) for r in rows)
    csv = table(["day", "meal", "kcal"], rows)
    text = pick(rng, "What's my average daily calorie intake from this food log? 1 dp",
                "avg kcal per day (total / number of days)? one decimal")
    return text, [num(F(tot, len(days)), 1)], {"csv": csv}


@fam
def protein_share_of_calories(rng: random.Random) -> Made:
    foods = rng.sample(["oats", "eggs", "chicken", "rice", "yogurt", "tofu", "banana", "salmon"],
                       rng.randint(3, 6))
    p = [rng.randint(1, 40) for _ in foods]
    c = [rng.randint(0, 60) for _ in foods]
    f = [rng.randint(0, 25) for _ in foods]
    csv = table(["food", "protein_g", "carbs_g", "fat_g"],
                [[a, str(x), str(y), str(z)] for a, x, y, z in zip(foods, p, c, f, strict=True)])
    kcal = 4 * sum(p) + 4 * sum(c) + 9 * sum(f)
    share = F(400 * sum(p), kcal)
    text = pick(rng, "What percentage of my calories came from protein? Use 4/4/9 kcal per gram "
                "for protein/carbs/fat. 1 dp",
                "protein as % of total calories (4 kcal/g protein & carbs, 9 kcal/g fat), 1 dp")
    return text, [num(share, 1)], {"csv": csv}


@fam
def fahrenheit_mean_to_c(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 9), 30, 98)
    c = (mean(xs) - 32) * F(5, 9)
    text = pick(rng, f"highs this week in F: {', '.join(s(x) for x in xs)}. what's the average "
                "in Celsius? 1 dp",
                f"Average these Fahrenheit temps and convert to °C (1 decimal): "
                f"{' '.join(s(x) for x in xs)}")
    return text, [num(c, 1)]


@fam
def expenses_total_other_currency(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(4, 8), 4, 120, 2)
    rate = rng.choice(["1.17", "1.08", "1.12", "0.86", "1.25"])
    cur = rng.choice([("EUR", "USD"), ("GBP", "USD"), ("USD", "CAD")])
    tot = sum(xs, F(0)) * F(rate)
    text = pick(rng, f"trip expenses in {cur[0]}: {', '.join(s(x, 2) for x in xs)}. total in "
                f"{cur[1]} at 1 {cur[0]} = {rate} {cur[1]}? (to the cent)",
                f"Add up {' + '.join(s(x, 2) for x in xs)} ({cur[0]}) and convert to {cur[1]} "
                f"using 1 {cur[0]} = {rate} {cur[1]}. 2 dp")
    return text, [num(tot)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    weighted_grade_lines, gpa_credits_csv, average_price_paid_csv, revenue_total_csv,
    profit_total_csv, profit_margin_csv, best_product_by_revenue, fuel_l_per_100km_csv,
    mpg_from_log, average_speed_runs_csv, average_pace_runs, best_unit_price_csv,
    timesheet_hours_csv, overtime_hours_lines, conversion_rate_csv, per_capita_rate_label,
    budget_overspend_csv, most_over_budget_label, split_bills_owed, calories_daily_average_csv,
    protein_share_of_calories, fahrenheit_mean_to_c, expenses_total_other_currency)]
