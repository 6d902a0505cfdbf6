"""Round 16 (``L_d_*``, dev now), data part four: charts with a question attached, several
statistics at once, and everyday files (trips, recipes, runs, clinics, classes, shops,
investments)."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout16_data import (
    DAYS,
    MONTHS,
    Tie,
    counted,
    dec,
    distinct,
    ints,
    listed,
    mean,
    median,
    num,
    pct,
    retry,
    said,
    table,
    whole,
)
from bench.data.agents.heldout16_data_2 import money, spread_rows
from bench.data.agents.heldout16_data_3 import DOWN, UP
from bench.data.agents.helpers import Family, Item, fresh, item

STUDENTS = ["Amira", "Bertie", "Carla", "Dmitri", "Esther", "Felix", "Grace", "Hugo"]


# --- charts with a question -------------------------------------------------------------

def l_d_chart_peak(rng: random.Random) -> Item:  # bar chart plus the top month
    rows = spread_rows(rng, MONTHS[:rng.randint(6, 12)], 300, 2400, 2)
    top = max(rows, key=lambda r: r[1])[0]
    if top == "May":
        raise Tie
    return item("L_d_chart_peak", "data", "make me a bar chart of this spending by month, and "
                "which month did I spend the most?", [[top]], csv=table("month,spent", rows))


def l_d_plot_mean(rng: random.Random) -> Item:  # plot readings and give the mean
    xs = [dec(rng, 14, 31, 1) for _ in range(rng.randint(7, 10))]
    return item("L_d_plot_mean", "data", f"can you plot these greenhouse temps and tell me the "
                f"average? {listed(xs)}", [num(mean(xs))])


def l_d_chart_total(rng: random.Random) -> Item:  # chart by product plus the total
    rows = [(p, rng.randint(5, 140)) for p in rng.sample(
        ["croissants", "muffins", "scones", "brownies", "cookies", "tarts"], rng.randint(4, 6))]
    total = sum(v for _, v in rows)
    return item("L_d_chart_total", "data", "Chart today's bakery sales per item for me. Also "
                "how many things did we sell overall?", [[str(total), f"{total} items"]],
                csv=table("item,sold", rows))


def l_d_line_graph_trend(rng: random.Random) -> Item:  # line graph plus direction
    step = rng.choice([-1, 1]) * rng.randint(2, 5)
    base = rng.randint(40, 80)
    ys = [base + step * i + rng.randint(-2, 2) for i in range(rng.randint(6, 9))]
    return item("L_d_line_graph_trend", "data", f"draw a line graph of my 400m times over the "
                f"past weeks ({listed(ys)} seconds, in order) and tell me which way they're "
                "trending", [UP if step > 0 else DOWN])


def l_d_histogram_count(rng: random.Random) -> Item:  # histogram plus a count
    ages = ints(rng, 18, 64, (12, 20))
    n = sum(a >= 40 for a in ages)
    return item("L_d_histogram_count", "data", "Histogram of our volunteers' ages please, and "
                "how many are 40 or older?",
                [[*counted(n, ["volunteers", "people", "are"]), str(n)]], csv=column_ages(ages))


def column_ages(ages: list[int]) -> str:
    return table("volunteer,age", [(f"V{i}", a) for i, a in enumerate(ages, 1)])


def l_d_pie_share(rng: random.Random) -> Item:  # pie chart plus one option's share
    opts = ["pizza", "tacos", "sushi", "curry"]
    votes = [rng.randint(3, 30) for _ in opts]
    pick = rng.randrange(4)
    share = Fraction(votes[pick], sum(votes)) * 100
    return item("L_d_pie_share", "data", f"pie chart of the team lunch vote please — and what "
                f"share of the votes did {opts[pick]} get?", [pct(share)],
                csv=table("option,votes", list(zip(opts, votes, strict=True))))


def l_d_scatter_r(rng: random.Random) -> Item:  # scatter plot plus correlation
    xs = distinct(rng, 10, 90, (7, 10))
    ys = [round(x * 0.4 + rng.uniform(-8, 8), 1) for x in xs]
    return item("L_d_scatter_r", "data", "Scatter the fertiliser dose against yield and give "
                "me the correlation.", [num(statistics.correlation(xs, ys))],
                csv=table("dose_g,yield_kg", list(zip(xs, ys, strict=True))))


# --- several statistics -----------------------------------------------------------------

def l_d_describe(rng: random.Random) -> Item:  # mean, median, sample sd of a column
    xs = ints(rng, 100, 400, (8, 12))
    return item("L_d_describe", "data", "describe this column for me: mean, median and "
                "standard deviation (sample)", [num(mean(xs)), num(median(xs)),
                                                num(statistics.stdev(xs))],
                csv=table("load_time_ms", [(v,) for v in xs]))


def l_d_min_med_max(rng: random.Random) -> Item:  # odd count, three named values
    xs = distinct(rng, 3, 95, (7, 7)) + distinct(rng, 3, 95, (2, 2))
    xs = list(dict.fromkeys(xs))
    if len(xs) % 2 == 0:
        raise Tie
    return item("L_d_min_med_max", "data", f"Wait times for our support tickets in hours: "
                f"{listed(xs)}. Give me the min, median and max.",
                [said(["min", "minimum", "shortest"], str(min(xs))),
                 said(["median"], str(int(median(xs)))),
                 said(["max", "maximum", "longest"], str(max(xs)))])


def l_d_hr_avg_max(rng: random.Random) -> Item:  # workout heart rate, average and peak
    xs = ints(rng, 95, 182, (10, 16))
    return item("L_d_hr_avg_max", "data", "Heart rate from my spin class, one reading a "
                "minute. What was my average and my max?",
                [num(mean(xs)), said(["max", "maximum", "peak", "highest", "max heart rate",
                                        "maximum heart rate", "peak heart rate"], str(max(xs)))],
                csv=table("minute,bpm", list(enumerate(xs, 1))))


def l_d_returns_mean_sd(rng: random.Random) -> Item:  # monthly returns, mean and sd
    xs = [dec(rng, -4.5, 6.0, 1) for _ in range(rng.randint(6, 12))]
    return item("L_d_returns_mean_sd", "data", f"My fund's monthly returns (%): "
                f"{listed(xs)}. What's the average monthly return and the volatility (sample "
                "standard deviation)?", [num(mean(xs)), num(statistics.stdev(xs))])


def l_d_mad(rng: random.Random) -> Item:  # mean absolute deviation about the mean
    xs = ints(rng, 2, 40, (5, 8))
    m = mean(xs)
    mad = sum(abs(Fraction(v) - m) for v in xs) / len(xs)
    return item("L_d_mad", "data", f"What is the mean absolute deviation of {listed(xs)}?",
                [num(mad)])


def l_d_above_mean_count(rng: random.Random) -> Item:  # how many exceed the average
    xs = ints(rng, 10, 99, (8, 12))
    m = mean(xs)
    n = sum(v > m for v in xs)
    return item("L_d_above_mean_count", "data", "how many of the salespeople beat the team "
                "average this quarter?",
                [[*counted(n, ["salespeople", "people", "of them"]), str(n)]],
                csv=table("rep,deals", list(zip(STUDENTS + [f"Rep{i}" for i in range(9, 13)],
                                               xs, strict=False))))


# --- everyday files ---------------------------------------------------------------------

def l_d_trip_per_day(rng: random.Random) -> Item:  # average spend per day of a trip
    n = rng.randint(5, 10)
    rows = [(f"day {i}", dec(rng, 35, 260, 2)) for i in range(1, n + 1)]
    return item("L_d_trip_per_day", "data", "Back from Lisbon! Attached is what I spent each "
                "day. What did the trip cost per day on average?",
                [num(mean([v for _, v in rows]))], csv=table("day,euros", rows))


def l_d_recipe_per_serving(rng: random.Random) -> Item:  # ingredient costs over servings
    items_ = ["chicken", "rice", "onions", "coconut milk", "spices", "spinach", "garlic"]
    rows = [(n, dec(rng, 0.4, 9.5, 2)) for n in rng.sample(items_, rng.randint(4, 7))]
    serves = rng.choice([4, 6, 8])
    per = money([v for _, v in rows]) / serves
    return item("L_d_recipe_per_serving", "data", f"ingredient costs for my curry are in the "
                f"file. it serves {serves} — what's the cost per serving?", [num(per)],
                csv=table("ingredient,cost", rows))


def l_d_fuel_economy(rng: random.Random) -> Item:  # litres per 100 km over all fill-ups
    rows = [(rng.randint(380, 720), dec(rng, 28, 55, 1)) for _ in range(rng.randint(4, 8))]
    l100 = money([lt for _, lt in rows]) / sum(km for km, _ in rows) * 100
    forms = num(l100)
    return item("L_d_fuel_economy", "data", "From my fill-up log, what's my overall fuel "
                "consumption in L/100 km?", [forms + [f + " L/100 km" for f in forms] +
                                             [f + " L/100km" for f in forms]],
                csv=table("km_driven,litres", rows))


def l_d_run_pace(rng: random.Random) -> Item:  # overall minutes per km
    rows = [(dec(rng, 3, 15, 1), rng.randint(18, 95)) for _ in range(rng.randint(4, 7))]
    pace = sum(Fraction(m) for _, m in rows) / money([d for d, _ in rows])
    return item("L_d_run_pace", "data", "My runs this month (km and minutes) are attached. "
                "What was my average pace in minutes per km over all of them?", [num(pace)],
                csv=table("km,minutes", rows))


def l_d_busiest_clinic_day(rng: random.Random) -> Item:  # busiest weekday in a clinic log
    rows = [(d, int(v)) for d, v in spread_rows(rng, DAYS[:5], 18, 75, 0)]
    top = max(rows, key=lambda r: r[1])[0]
    return item("L_d_busiest_clinic_day", "data", "Patient counts per weekday at the clinic "
                "are attached. Which day should we put extra staff on?", [[top]],
                csv=table("weekday,patients", rows))


def l_d_avg_improvement(rng: random.Random) -> Item:  # mean of test2 - test1
    rows = [(s, p, min(100, p + rng.randint(-6, 20)))
            for s, p in ((s, rng.randint(35, 85)) for s in rng.sample(STUDENTS, 6))]
    gain = mean([b - a for _, a, b in rows])
    if gain <= 0:
        raise Tie
    return item("L_d_avg_improvement", "data", "pre- and post-test scores for my tutoring "
                "group are attached. by how many points did they improve on average?",
                [num(gain)], csv=table("student,pre,post", rows))


def l_d_most_improved(rng: random.Random) -> Item:  # largest gain, by name
    while True:
        rows = [(s, rng.randint(35, 85), rng.randint(40, 99)) for s in rng.sample(STUDENTS, 6)]
        gains = sorted((b - a, s) for s, a, b in rows)
        if gains[-1][0] != gains[-2][0]:
            break
    return item("L_d_most_improved", "data", "Who improved the most between the two tests?",
                [[gains[-1][1]]], csv=table("student,test1,test2", rows))


def l_d_fever_count(rng: random.Random) -> Item:  # readings at or above a fever threshold
    xs = [dec(rng, 36.4, 39.4, 1) for _ in range(rng.randint(8, 12))]
    n = sum(v >= 38.0 for v in xs)
    return item("L_d_fever_count", "data", f"Temps I took of my toddler over two days: "
                f"{listed(xs)} °C. How many of those count as a fever (38.0 or higher)?",
                [counted(n, ["readings", "times", "of them", "were"])])


def l_d_weekend_avg(rng: random.Random) -> Item:  # average over the weekend rows only
    rows = [(d, rng.randint(200, 1600)) for d in DAYS * 2]
    wk = [v for d, v in rows if d in ("Saturday", "Sunday")]
    return item("L_d_weekend_avg", "data", "two weeks of takings from the food truck. "
                "what do we average on a weekend day?", [num(mean(wk), comma=True)],
                csv=table("day,takings", rows))


def l_d_named_median(rng: random.Random) -> Item:  # median of one column in a wider file
    n = rng.choice([6, 8, 10])
    rows = [(f"SKU{rng.randint(100, 999)}", rng.randint(1, 60), dec(rng, 1.5, 48, 2))
            for _ in range(n)]
    return item("L_d_named_median", "data", "median of the price column?",
                [num(median([p for _, _, p in rows]))], csv=table("sku,qty,price", rows))


def l_d_cheap_dear(rng: random.Random) -> Item:  # cheapest and dearest product names
    names = ["kettle", "toaster", "blender", "mixer", "airfryer", "grill", "juicer"]
    rows = spread_rows(rng, rng.sample(names, rng.randint(4, 7)), 18, 240, 2)
    return item("L_d_cheap_dear", "data", "which of these appliances is the cheapest and which "
                "is the most expensive?", [[min(rows, key=lambda r: r[1])[0]],
                                           [max(rows, key=lambda r: r[1])[0]]],
                csv=table("appliance,price", rows))


def l_d_month_total_daily(rng: random.Random) -> Item:  # total for one month from daily rows
    rows = [(f"2026-{m:02d}-{d:02d}", dec(rng, 5, 90, 2))
            for m in (3, 4) for d in sorted(rng.sample(range(1, 29), rng.randint(4, 7)))]
    pick = rng.choice([3, 4])
    total = money([v for d, v in rows if d.startswith(f"2026-{pick:02d}")])
    return item("L_d_month_total_daily", "data", f"how much did I spend in "
                f"{MONTHS[pick - 1]} according to this?", [num(total, comma=True)],
                csv=table("date,amount", rows))


def l_d_worst_rated(rng: random.Random) -> Item:  # product with the lowest average rating
    prods = ["Aurora", "Borealis", "Cirrus", "Delta"]
    while True:
        rows = [(rng.choice(prods), rng.randint(1, 5)) for _ in range(rng.randint(14, 22))]
        avgs = {p: mean([v for k, v in rows if k == p]) for p in {p for p, _ in rows}}
        ranked = sorted(avgs.values())
        if len(ranked) > 1 and ranked[0] != ranked[1]:
            break
    low = min(avgs, key=lambda p: avgs[p])
    return item("L_d_worst_rated", "data", "Reviews export attached — which of our lamps has "
                "the worst average rating?", [[low]], csv=table("product,stars", rows))


def l_d_water_litres(rng: random.Random) -> Item:  # average ml per day given in litres
    xs = [rng.randint(9, 36) * 100 for _ in range(7)]
    forms = num(mean(xs) / 1000)
    return item("L_d_water_litres", "data", f"water I drank each day this week in ml: "
                f"{listed(xs)}. what's my daily average in litres?",
                [forms + [f + " L" for f in forms] + [f + " litres" for f in forms] +
                 [f + " liters" for f in forms]])


def l_d_pop_sd_file(rng: random.Random) -> Item:  # population sd of an attached column
    xs = ints(rng, 60, 140, (8, 14))
    return item("L_d_pop_sd_file", "data", "These are all the machines in the plant (the whole "
                "population). What's the standard deviation of output?",
                [num(statistics.pstdev(xs))], csv=table("machine,units_per_hour",
                                                        list(enumerate(xs, 1))))


def l_d_share_cost_basis(rng: random.Random) -> Item:  # average cost per share over lots
    rows = [(f"2025-{m:02d}-15", rng.randint(5, 60), dec(rng, 20, 95, 2))
            for m in sorted(rng.sample(range(1, 13), rng.randint(3, 5)))]
    avg = sum((q * Fraction(str(p)) for _, q, p in rows), Fraction(0)) / sum(q for _, q, _ in rows)
    return item("L_d_share_cost_basis", "data", "what's my average cost per share across these "
                "purchases?", [num(avg)], csv=table("date,shares,price", rows))


def l_d_gpa(rng: random.Random) -> Item:  # credit-weighted grade point average
    rows = [(c, rng.choice([2, 3, 4]), rng.choice([2.0, 2.3, 2.7, 3.0, 3.3, 3.7, 4.0]))
            for c in rng.sample(["Biology", "Calculus", "History", "Spanish", "Chemistry",
                                 "Art", "Economics"], rng.randint(4, 6))]
    gpa = sum((k * Fraction(str(g)) for _, k, g in rows), Fraction(0)) / sum(k for _, k, _ in rows)
    return item("L_d_gpa", "data", "Can you work out my GPA for the semester from this? "
                "(weighted by credits)", [num(gpa)], csv=table("course,credits,grade_points",
                                                               rows))


def l_d_price_rise_item(rng: random.Random) -> Item:  # item with the largest % rise
    names = ["milk", "eggs", "bread", "butter", "coffee", "rice", "cheese"]
    while True:
        rows = [(n, dec(rng, 0.8, 9, 2)) for n in rng.sample(names, rng.randint(4, 6))]
        rows = [(n, a, round(a * rng.uniform(0.95, 1.4), 2)) for n, a in rows]
        rises = sorted((Fraction(str(b)) / Fraction(str(a)), n) for n, a, b in rows)
        if rises[-1][0] != rises[-2][0]:
            break
    return item("L_d_price_rise_item", "data", "last year's vs this year's prices at my "
                "supermarket. which item went up the most in percentage terms?",
                [[rises[-1][1]]], csv=table("item,last_year,this_year", rows))


def l_d_unpaid_total(rng: random.Random) -> Item:  # total of unpaid invoices
    rows = [(f"INV{100 + i}", dec(rng, 80, 2400, 2), rng.choice(["paid", "unpaid"]))
            for i in range(rng.randint(6, 12))]
    if all(s == "paid" for *_, s in rows):
        raise Tie
    total = money([v for _, v, s in rows if s == "unpaid"])
    return item("L_d_unpaid_total", "data", "How much am I still owed? Invoice list attached.",
                [num(total, comma=True)], csv=table("invoice,amount,status", rows))


def l_d_workout_hours(rng: random.Random) -> Item:  # minutes summed, reported in hours
    xs = ints(rng, 20, 95, (8, 15))
    hours = Fraction(sum(xs), 60)
    forms = num(hours)
    return item("L_d_workout_hours", "data", "add up my workouts this month and give me the "
                "total in hours", [forms + [f + " hours" for f in forms] +
                                   [f + " h" for f in forms]],
                csv=table("session,minutes", list(enumerate(xs, 1))))


def l_d_party_ages(rng: random.Random) -> Item:  # chatty average age
    xs = ints(rng, 4, 12, (6, 10))
    return item("L_d_party_ages", "data", f"Planning games for my son's party — the kids "
                f"coming are aged {listed(xs)}. What's the average age, so I pitch it right?",
                [num(mean(xs))])


def l_d_totals_two_years(rng: random.Random) -> Item:  # two column totals
    rows = [(m, rng.randint(100, 900), rng.randint(100, 900)) for m in MONTHS]
    a, b = sum(r[1] for r in rows), sum(r[2] for r in rows)
    return item("L_d_totals_two_years", "data", "total units for 2024 and for 2025 from the "
                "attached?", [whole(a), whole(b)], csv=table("month,y2024,y2025", rows))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_chart_peak, l_d_plot_mean, l_d_chart_total, l_d_line_graph_trend, l_d_histogram_count,
    l_d_pie_share, l_d_scatter_r, l_d_describe, l_d_min_med_max, l_d_hr_avg_max,
    l_d_returns_mean_sd, l_d_mad, l_d_above_mean_count, l_d_trip_per_day,
    l_d_recipe_per_serving, l_d_fuel_economy, l_d_run_pace, l_d_busiest_clinic_day,
    l_d_avg_improvement, l_d_most_improved, l_d_fever_count, l_d_weekend_avg,
    l_d_named_median, l_d_cheap_dear, l_d_month_total_daily, l_d_worst_rated,
    l_d_water_litres, l_d_pop_sd_file, l_d_share_cost_basis, l_d_gpa, l_d_price_rise_item,
    l_d_unpaid_total, l_d_workout_hours, l_d_party_ages, l_d_totals_two_years)]
