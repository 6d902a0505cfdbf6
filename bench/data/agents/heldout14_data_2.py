"""Round 14 (``N_d_*``, dev now), data part two: questions about an attached CSV from home, work and
small business — best and worst rows, filtered totals, rates, trends and correlations."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import (
    DAYS,
    MONTHS,
    PEOPLE,
    Tie,
    cents,
    corr,
    csv,
    lab,
    mean,
    med,
    money,
    num,
    pct,
    real,
    retry,
    sd,
    slope,
    unique_max,
    unique_min,
    unit,
)
from bench.data.agents.helpers import Family, Item, fresh, item

CATEGORIES = ["groceries", "transport", "eating out", "utilities", "clothes", "fun"]
PRODUCTS = ["candles", "mugs", "tote bags", "prints", "stickers", "notebooks", "keyrings"]
RISING = ["increasing", "upward", "rising", "going up", "growing", "trending up", "increased"]
FALLING = ["decreasing", "downward", "falling", "going down", "declining", "trending down",
           "decreased"]


def monthly(rng: random.Random, low: int, high: int) -> list[int]:
    return [rng.randint(low, high) for _ in range(12)]


def n_d_best_month(rng: random.Random) -> Item:  # name of the month with the top sales
    v = monthly(rng, 900, 6000)
    return item("N_d_best_month", "data", "here's last year's takings for the shop, which "
                "month brought in the most?", [[MONTHS[unique_max(v)]]],
                csv=csv("month,takings", list(zip(MONTHS, v, strict=True))))


def n_d_slowest_month(rng: random.Random) -> Item:  # name of the quietest month
    v = monthly(rng, 40, 400)
    return item("N_d_slowest_month", "data", "Bookings per month for our holiday let are in "
                "the attached file. What was our slowest month?", [[MONTHS[unique_min(v)]]],
                csv=csv("month,bookings", list(zip(MONTHS, v, strict=True))))


def spending(rng: random.Random) -> list[tuple[str, str, str]]:
    rows = []
    for day in sorted(rng.sample(range(1, 29), rng.randint(10, 16))):
        rows.append((f"2026-05-{day:02d}", rng.choice(CATEGORIES),
                     money(Fraction(rng.randint(300, 9000), 100))))
    return rows


def n_d_category_total(rng: random.Random) -> Item:  # sum of one category
    rows = spending(rng)
    cat = rng.choice(sorted({r[1] for r in rows}))
    t = sum((Fraction(r[2]) for r in rows if r[1] == cat), Fraction(0))
    return item("N_d_category_total", "data", f"my bank export for may is attached — how much"
                f" did I spend on {cat} in total?", [num(t)],
                csv=csv("date,category,amount", rows))


def n_d_top_category(rng: random.Random) -> Item:  # the category with the largest sum
    rows = spending(rng)
    cats = sorted({r[1] for r in rows})
    sums = [sum((Fraction(r[2]) for r in rows if r[1] == c), Fraction(0)) for c in cats]
    return item("N_d_top_category", "data", "Where's most of my money going? Spending "
                "attached, tell me which category adds up to the most.",
                [[cats[unique_max(sums)]]], csv=csv("date,category,amount", rows))


def staff(rng: random.Random) -> list[tuple[str, str, int]]:
    names = rng.sample(PEOPLE, rng.randint(7, 11))
    return [(n, rng.choice(["Sales", "Support", "Ops"]), rng.randint(240, 720) * 100)
            for n in names]


def n_d_dept_salary(rng: random.Random) -> Item:  # mean salary within one department
    rows = staff(rng)
    dept = rng.choice(sorted({r[1] for r in rows}))
    v = [r[2] for r in rows if r[1] == dept]
    return item("N_d_dept_salary", "data", f"Attached is our payroll. What's the average "
                f"salary in {dept}?", [num(mean(v))], csv=csv("name,department,salary", rows))


def n_d_top_earner(rng: random.Random) -> Item:  # who earns most
    rows = staff(rng)
    return item("N_d_top_earner", "data", "who's the best paid person on this list?",
                [[rows[unique_max([r[2] for r in rows])][0]]],
                csv=csv("name,department,salary", rows))


def runs(rng: random.Random) -> list[tuple[str, str, int]]:
    days = sorted(rng.sample(range(1, 31), rng.randint(5, 9)))
    out = []
    for d in days:
        km = Fraction(rng.randint(30, 160), 10)
        out.append((f"2026-04-{d:02d}", f"{float(km):.1f}", int(km * rng.randint(5, 7)) + 1))
    return out


def n_d_run_total(rng: random.Random) -> Item:  # total distance run
    rows = runs(rng)
    t = sum((Fraction(r[1]) for r in rows), Fraction(0))
    return item("N_d_run_total", "data", "how far did i run altogether in april? log "
                "attached", [num(t) + unit(num(t), "km", "kilometres", "kilometers")],
                csv=csv("date,distance_km,minutes", rows))


def n_d_run_pace(rng: random.Random) -> Item:  # overall minutes per km
    rows = runs(rng)
    km = sum((Fraction(r[1]) for r in rows), Fraction(0))
    mins = sum(r[2] for r in rows)
    return item("N_d_run_pace", "data", "Looking at my running log, what's my overall pace in"
                " minutes per km (total time divided by total distance)?", [num(mins / km)],
                csv=csv("date,distance_km,minutes", rows))


def n_d_stock_value(rng: random.Random) -> Item:  # sum of quantity times unit price
    names = rng.sample(PRODUCTS, rng.randint(4, 6))
    rows = [(n, rng.randint(0, 60), money(Fraction(rng.randint(150, 2500), 100))) for n in names]
    t = sum((q * Fraction(p) for _, q, p in rows), Fraction(0))
    return item("N_d_stock_value", "data", "Here's my stock sheet. What's all of it worth at "
                "these prices?", [num(t)], csv=csv("item,qty,unit_price", rows))


def n_d_fuel_economy(rng: random.Random) -> Item:  # litres per 100 km over all fill-ups
    rows = []
    for i in range(rng.randint(4, 7)):
        km = rng.randint(280, 720)
        rows.append((f"fill {i + 1}", money(Fraction(km * rng.randint(50, 85), 1000)), km))
    litres = sum((Fraction(r[1]) for r in rows), Fraction(0))
    km_total = sum(r[2] for r in rows)
    v = litres / km_total * 100
    return item("N_d_fuel_economy", "data", "fuel log attached. what's my average consumption "
                "in litres per 100 km across all of it?",
                [num(v) + unit(num(v), "L/100km", "L/100 km", "litres per 100 km")],
                csv=csv("fill,litres,km", rows))


def n_d_ads_corr(rng: random.Random) -> Item:  # ad spend against site visits
    n = rng.randint(7, 10)
    spend = [rng.randint(50, 500) for _ in range(n)]
    visits = [int(800 + 6 * s + rng.randint(-700, 700)) for s in spend]
    return item("N_d_ads_corr", "data", "Does the ad money actually bring people in? Give me "
                "the Pearson correlation between spend and visits from this sheet.",
                [real(corr(spend, visits))],
                csv=csv("week,ad_spend,visits", [(i + 1, s, v) for i, (s, v) in enumerate(
                    zip(spend, visits, strict=True))]))


def n_d_icecream_corr(rng: random.Random) -> Item:  # temperature against cones sold
    n = rng.randint(8, 12)
    temp = [rng.randint(12, 34) for _ in range(n)]
    cones = [max(0, 10 * t - 90 + rng.randint(-60, 60)) for t in temp]
    return item("N_d_icecream_corr", "data", "our ice cream van's numbers. how strongly are "
                "temperature and cones sold correlated? (r value)", [real(corr(temp, cones))],
                csv=csv("day,temp_c,cones_sold",
                        [(i + 1, t, c) for i, (t, c) in enumerate(zip(temp, cones, strict=True))]))


def n_d_quarter_growth(rng: random.Random) -> Item:  # growth from first to last quarter
    v = [rng.randint(200, 900) * 100 for _ in range(4)]
    g = Fraction(v[3] - v[0], v[0]) * 100
    return item("N_d_quarter_growth", "data", "Quarterly revenue attached. What's the percent "
                "change from Q1 to Q4?", [pct(num(g))],
                csv=csv("quarter,revenue", [(f"Q{i + 1}", x) for i, x in enumerate(v)]))


def n_d_seedling_rate(rng: random.Random) -> Item:  # slope of height over weeks
    v = [Fraction(rng.randint(10, 30) + 25 * i + rng.randint(-8, 8), 10) for i in range(
        rng.randint(6, 9))]
    s = slope(v)
    return item("N_d_seedling_rate", "data", "I've been measuring my tomato seedling every "
                "week for a school project. Fitting a straight line, how many cm does it grow"
                " per week?", [num(s) + unit(num(s), "cm")],
                csv=csv("week,height_cm", [(i + 1, f"{float(x):.1f}") for i, x in enumerate(v)]))


def n_d_meter_daily(rng: random.Random) -> Item:  # daily use from cumulative meter readings
    start = rng.randint(10000, 40000)
    days = sorted(rng.sample(range(1, 31), rng.randint(4, 6)))
    reads = [start]
    for _ in days[1:]:
        reads.append(reads[-1] + rng.randint(20, 90))
    v = Fraction(reads[-1] - reads[0], days[-1] - days[0])
    return item("N_d_meter_daily", "data", "These are my electricity meter readings (the "
                "meter counts up). On average how many kWh a day did we use between the first"
                " and the last reading?", [num(v) + unit(num(v), "kWh")],
                csv=csv("date,reading_kwh", [(f"2026-01-{d:02d}", r) for d, r in zip(
                    days, reads, strict=True)]))


def n_d_bp_means(rng: random.Random) -> Item:  # two column means, labelled
    rows = [(f"day {i + 1}", rng.randint(112, 158), rng.randint(68, 98))
            for i in range(rng.randint(5, 9))]
    sys_, dia = mean([r[1] for r in rows]), mean([r[2] for r in rows])
    return item("N_d_bp_means", "data", "my GP wants my average blood pressure from this log,"
                " top and bottom number please", [lab(["systolic"], num(sys_)) + [
                    f"{f}/" for f in num(sys_)], lab(["diastolic"], num(dia)) + [
                    f"/{f}" for f in num(dia)]],
                csv=csv("day,systolic,diastolic", rows))


def n_d_response_count(rng: random.Random) -> Item:  # number of data rows
    n = rng.randint(11, 37)
    rows = [(i + 1, rng.choice(["yes", "no", "maybe"])) for i in range(n)]
    return item("N_d_response_count", "data", "how many people filled in the RSVP form? their "
                "answers are in the csv", [[str(n), f"{n} people"]],
                csv=csv("guest,coming", rows))


def n_d_fav_fruit(rng: random.Random) -> Item:  # most common text answer
    fruits = ["apple", "banana", "mango", "grapes", "strawberry"]
    picks = [rng.choice(fruits) for _ in range(rng.randint(12, 22))]
    counts = [picks.count(f) for f in fruits]
    return item("N_d_fav_fruit", "data", "We asked the kids at nursery their favourite fruit."
                " What was the most popular answer?", [[fruits[unique_max(counts)]]],
                csv=csv("child,fruit", [(i + 1, p) for i, p in enumerate(picks)]))


def n_d_distinctions(rng: random.Random) -> Item:  # count of rows at or above a cut-off
    names = rng.sample(PEOPLE, rng.randint(8, 14))
    rows = [(n, rng.randint(35, 99)) for n in names]
    k = sum(1 for r in rows if r[1] >= 70)
    return item("N_d_distinctions", "data", "Class results attached. How many students got a "
                "distinction (70 or above)?",
                [[f"{k} students", f"{k} of", f"{k} pupils", f"{k} out of"]],
                csv=csv("student,score", rows))


def n_d_top_student(rng: random.Random) -> Item:  # who scored highest
    names = rng.sample(PEOPLE, rng.randint(6, 12))
    rows = [(n, rng.randint(40, 100)) for n in names]
    return item("N_d_top_student", "data", "who topped the spelling test?",
                [[rows[unique_max([r[1] for r in rows])][0]]], csv=csv("student,score", rows))


def n_d_busiest_hour(rng: random.Random) -> Item:  # hour with the most customers
    hours = [f"{h:02d}:00" for h in range(8, 19)]
    v = [rng.randint(3, 60) for _ in hours]
    return item("N_d_busiest_hour", "data", "till counts per hour from yesterday attached, "
                "when were we busiest?", [[hours[unique_max(v)]]],
                csv=csv("hour,customers", list(zip(hours, v, strict=True))))


def n_d_daily_swing(rng: random.Random) -> Item:  # largest max-min gap on one day
    rows = []
    for d in range(1, rng.randint(8, 12)):
        lo = rng.randint(-3, 14)
        rows.append((f"2026-03-{d:02d}", lo + rng.randint(3, 17), lo))
    gaps = [r[1] - r[2] for r in rows]
    unique_max(gaps)
    g = max(gaps)
    return item("N_d_daily_swing", "data", "From this weather record, what was the biggest "
                "difference between a day's high and low?", [[str(g), f"{g} °C", f"{g}°C",
                                                               f"{g} degrees"]],
                csv=csv("date,high_c,low_c", rows))


def n_d_units_median(rng: random.Random) -> Item:  # median units sold per product
    names = rng.sample(PRODUCTS, rng.choice([4, 6]))
    rows = [(n, rng.randint(5, 300)) for n in names]
    return item("N_d_units_median", "data", "Median units sold per product from the attached "
                "please.", [num(med([r[1] for r in rows]))], csv=csv("product,units", rows))


def n_d_reaction_sd(rng: random.Random) -> Item:  # sample sd of reaction times
    v = [rng.randint(190, 420) for _ in range(rng.randint(8, 14))]
    return item("N_d_reaction_sd", "data", "reaction time trials from my psych practical. "
                "sample standard deviation?", [real(sd(v))],
                csv=csv("trial,ms", [(i + 1, x) for i, x in enumerate(v)]))


def n_d_subscriber_trend(rng: random.Random) -> Item:  # direction of a noisy series
    up = rng.random() < 0.5
    base = rng.randint(300, 900)
    v = [base + (1 if up else -1) * 30 * i + rng.randint(-25, 25) for i in range(10)]
    s = slope(v)
    if (s > 0) != up:
        raise Tie
    return item("N_d_subscriber_trend", "data", "Which way is our newsletter list heading "
                "overall? Monthly counts attached.", [RISING if up else FALLING],
                csv=csv("month,subscribers", list(zip(MONTHS[:10], v, strict=True))))


def n_d_year_on_year(rng: random.Random) -> Item:  # month with the largest rise between years
    a = monthly(rng, 100, 500)
    b = [x + rng.randint(-80, 160) for x in a]
    diffs = [y - x for x, y in zip(a, b, strict=True)]
    return item("N_d_year_on_year", "data", "comparing this year with last, which month "
                "improved the most?", [[MONTHS[unique_max(diffs)]]],
                csv=csv("month,last_year,this_year", list(zip(MONTHS, a, b, strict=True))))


def house_bills(rng: random.Random) -> list[tuple[str, str, str]]:
    who = rng.sample(PEOPLE, 3)
    return [(f"2026-02-{d:02d}", rng.choice(who), money(c)) for d, c in zip(
        sorted(rng.sample(range(1, 29), 9)), cents(rng, 4, 90, (9, 9)), strict=True)]


def n_d_person_paid(rng: random.Random) -> Item:  # total paid by one named person
    rows = house_bills(rng)
    who = rng.choice(sorted({r[1] for r in rows}))
    t = sum((Fraction(r[2]) for r in rows if r[1] == who), Fraction(0))
    return item("N_d_person_paid", "data", f"house kitty spreadsheet attached. how much has "
                f"{who} put in so far?", [num(t)], csv=csv("date,paid_by,amount", rows))


def n_d_who_paid_most(rng: random.Random) -> Item:  # the person with the largest total
    rows = house_bills(rng)
    who = sorted({r[1] for r in rows})
    sums = [sum((Fraction(r[2]) for r in rows if r[1] == w), Fraction(0)) for w in who]
    return item("N_d_who_paid_most", "data", "Which of my flatmates has paid the most towards "
                "shared stuff this month?", [[who[unique_max(sums)]]],
                csv=csv("date,paid_by,amount", rows))


def n_d_late_share(rng: random.Random) -> Item:  # percentage of late deliveries
    n = rng.randint(12, 30)
    rows = [(f"D{100 + i}", rng.choice(["yes", "yes", "yes", "no"])) for i in range(n)]
    late = sum(1 for r in rows if r[1] == "no")
    return item("N_d_late_share", "data", "What share of our deliveries arrived late? (on_time"
                " = no means late)", [pct(num(Fraction(late * 100, n)))],
                csv=csv("delivery,on_time", rows))


def n_d_biggest_drop(rng: random.Random) -> Item:  # largest single-day fall of a price
    v = [Fraction(rng.randint(9000, 11000), 100)]
    for _ in range(rng.randint(7, 11)):
        v.append(v[-1] + Fraction(rng.randint(-400, 400), 100))
    drops = [v[i] - v[i + 1] for i in range(len(v) - 1)]
    unique_max(drops)
    if max(drops) <= 0:
        raise Tie
    return item("N_d_biggest_drop", "data", "Closing prices of a share I hold are attached. "
                "What was the biggest single-day fall?", [num(max(drops))],
                csv=csv("day,close", [(DAYS[i % 5] + f" wk{i // 5 + 1}", money(x))
                                      for i, x in enumerate(v)]))


def n_d_savings_goal(rng: random.Random) -> Item:  # first month the running total passes 1000
    v = monthly(rng, 40, 260)
    total, hit = 0, None
    for i, x in enumerate(v):
        total += x
        if total >= 1000 and hit is None:
            hit = i
    if hit is None or sum(v[:hit + 1]) == 1000:
        raise Tie
    return item("N_d_savings_goal", "data", "I put a bit aside every month (file attached). In"
                " which month did my savings first go over £1000?", [[MONTHS[hit]]],
                csv=csv("month,saved", list(zip(MONTHS, v, strict=True))))


def n_d_drop_highest(rng: random.Random) -> Item:  # mean after removing the highest value
    v = [rng.randint(40, 95) for _ in range(rng.randint(6, 9))]
    unique_max(v)
    rest = sorted(v)[:-1]
    return item("N_d_drop_highest", "data", "Judges' scores for my daughter's routine. They "
                "throw out the single highest score and average the rest — what does she get?",
                [num(mean(rest))], csv=csv("judge,score", [(i + 1, x) for i, x in enumerate(v)]))


def n_d_friday_covers(rng: random.Random) -> Item:  # mean over rows of one weekday
    rows = [(f"2026-06-{d:02d}", DAYS[(d - 1) % 7], rng.randint(20, 140)) for d in range(1, 29)]
    v = [r[2] for r in rows if r[1] == "Friday"]
    return item("N_d_friday_covers", "data", "restaurant covers for june attached. on average"
                " how many covers do we do on a friday?", [num(mean(v))],
                csv=csv("date,weekday,covers", rows))


def n_d_chart_peak(rng: random.Random) -> Item:  # chart requested, plus the top month
    v = monthly(rng, 20, 300)
    return item("N_d_chart_peak", "data", "Can you make a bar chart of our charity's monthly "
                "donations and tell me which month was the best?", [[MONTHS[unique_max(v)]]],
                csv=csv("month,donations", list(zip(MONTHS, v, strict=True))))


def n_d_chart_mean(rng: random.Random) -> Item:  # chart requested, plus the mean
    v = [rng.randint(55, 140) for _ in range(rng.randint(7, 12))]
    return item("N_d_chart_mean", "data", "plot my resting heart rate over these days and "
                "tell me the average", [num(mean(v))],
                csv=csv("day,resting_bpm", [(i + 1, x) for i, x in enumerate(v)]))


def n_d_spread_sd(rng: random.Random) -> Item:  # population sd of a full register
    v = [rng.randint(0, 12) for _ in range(rng.randint(8, 15))]
    if len(set(v)) == 1:
        raise Tie
    return item("N_d_spread_sd", "data", "This is every absence count for my whole tutor "
                "group — so it's the full population. What's the standard deviation?",
                [real(sd(v, sample=False))],
                csv=csv("pupil,absences", [(f"P{i + 1}", x) for i, x in enumerate(v)]))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_d_best_month, n_d_slowest_month, n_d_category_total, n_d_top_category, n_d_dept_salary,
    n_d_top_earner, n_d_run_total, n_d_run_pace, n_d_stock_value, n_d_fuel_economy,
    n_d_ads_corr, n_d_icecream_corr, n_d_quarter_growth, n_d_seedling_rate, n_d_meter_daily,
    n_d_bp_means, n_d_response_count, n_d_fav_fruit, n_d_distinctions, n_d_top_student,
    n_d_busiest_hour, n_d_daily_swing, n_d_units_median, n_d_reaction_sd,
    n_d_subscriber_trend, n_d_year_on_year, n_d_person_paid, n_d_who_paid_most,
    n_d_late_share, n_d_biggest_drop, n_d_savings_goal, n_d_drop_highest, n_d_friday_covers,
    n_d_chart_peak, n_d_chart_mean, n_d_spread_sd)]
