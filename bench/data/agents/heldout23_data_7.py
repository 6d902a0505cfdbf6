"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 7: CSV dates and types."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    CITIES,
    DAYS,
    NAMES,
    PRODUCTS,
    F,
    Fraction,
    Made,
    corr,
    csv,
    dates,
    dforms,
    fam,
    mean,
    median,
    nf,
    pick,
    s,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def col(v: list[Fraction], dp: int = 0) -> list[str]:
    return [s(x, dp) for x in v]


def sep(rng: random.Random) -> str:
    return "\t" if rng.random() < 0.25 else ","


@fam
def csv_sum_date_range(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    d = dates(rng, n, True)
    v = vals(rng, n, 5, 90, 2)
    i, j = sorted(rng.sample(range(n), 2))
    c = csv(["date", "spend"], d, col(v, 2), sep=sep(rng))
    q = pick(rng, "Total spend from {} to {} inclusive?",
             "how much did I spend between {} and {} (both days included)?")
    return q.format(d[i], d[j]), [nf(sum(v[i:j + 1]))], {"csv": c}


@fam
def csv_count_two_conditions(rng: random.Random) -> Made:
    n = rng.randint(12, 28)
    city = [rng.choice(CITIES[:3]) for _ in range(n)]
    amt = vals(rng, n, 10, 300)
    t = rng.choice(CITIES[:3])
    lim = rng.choice([50, 100, 150, 200])
    k = sum(1 for a, b in zip(city, amt, strict=True) if a == t and b > lim)
    c = csv(["order", "city", "amount"], [str(i + 1) for i in range(n)], city, col(amt),
            sep=sep(rng))
    tot = sum(b for a, b in zip(city, amt, strict=True) if a == t and b > lim)
    q = pick(rng, "How many orders from {} were over ${}, and what do they add up to?",
             "count orders where city is {} and amount > {}, plus their total amount")
    return q.format(t, lim), [[str(k)], nf(tot, 0)], {"csv": c}


@fam
def csv_half_vs_half(rng: random.Random) -> Made:
    n = rng.choice([8, 10, 12, 14, 16, 20])
    v = vals(rng, n, 100, 500)
    x = (mean(v[n // 2:]) - mean(v[:n // 2])) / mean(v[:n // 2]) * 100
    if tie(x, 1):
        return None
    c = csv(["day", "orders"], dates(rng, n, True), col(v), sep=sep(rng))
    q = pick(rng, "Compare the average of the second half of the period with the first half — "
             "% change, 1 dp?", "split the data in two equal halves by date. how much did the "
             "daily average change in percent (1 decimal)?")
    return q, [nf(x, 1, True)], {"csv": c}


@fam
def csv_hottest_value_date(rng: random.Random) -> Made:
    n = rng.randint(8, 25)
    v = vals(rng, n, 12, 38, 1)
    o = sorted(v)
    if o[-1] == o[-2]:
        return None
    d = dates(rng, n, True)
    c = csv(["date", "temp"], d, col(v, 1), sep=sep(rng))
    i = v.index(o[-1])
    q = pick(rng, "What was the highest temperature and on which date?",
             "hottest day in this file + the temp?")
    return q, [dforms(d[i]), nf(v[i], 1)], {"csv": c}


@fam
def csv_min_price_value(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 1, 300, 2)
    c = csv(["item", "price"], rng.sample(PRODUCTS, n), col(v, 2), sep=sep(rng))
    q = pick(rng, "What's the lowest price on this list?", "min price?",
             "cheapest price in the file, just the number")
    return q, [nf(min(v))], {"csv": c}


@fam
def csv_mean_and_median(rng: random.Random) -> Made:
    n = rng.randint(6, 20)
    v = vals(rng, n, 20, 200)
    m = mean(v)
    if tie(m):
        return None
    c = csv(["id", "delivery_minutes"], [str(i + 1) for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "Mean and median delivery time? (mean to 2 dp)",
             "give me both the average and the median of delivery_minutes, 2 decimals")
    return q, [nf(m), nf(median(v), 2)], {"csv": c}


@fam
def csv_describe(rng: random.Random) -> Made:
    n = rng.randint(6, 20)
    v = vals(rng, n, 40, 120, 1)
    m = mean(v)
    if tie(m):
        return None
    c = csv(["time", "glucose"], [f"{7 + i // 2:02d}:{30 * (i % 2):02d}" for i in range(n)],
            col(v, 1), sep=sep(rng))
    q = pick(rng, "Quick summary of the glucose column: min, max and mean (2 dp)?",
             "what are the lowest, highest and average readings? mean to 2 decimals")
    return q, [nf(min(v), 1), nf(max(v), 1), nf(m)], {"csv": c}


@fam
def csv_project_hours(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    proj = [rng.choice(["Apollo", "Birch", "Comet", "Delta"][:rng.randint(2, 4)])
            for _ in range(n)]
    h = vals(rng, n, 0.5, 8, 1)
    t = rng.choice(sorted(set(proj)))
    tot = sum(x for p, x in zip(proj, h, strict=True) if p == t)
    x = tot / sum(h) * 100
    if tie(x, 1):
        return None
    c = csv(["date", "project", "hours"], dates(rng, n, True), proj, col(h, 1), sep=sep(rng))
    q = pick(rng, "How many hours did I log on {}, and what share of all my hours is that (1dp)?",
             "{} hours total + % of total hours (1 decimal)")
    return q.format(t), [nf(tot, 1), nf(x, 1)], {"csv": c}


@fam
def csv_age_bracket(rng: random.Random) -> Made:
    n = rng.randint(12, 28)
    age = [rng.randint(16, 75) for _ in range(n)]
    lo, hi = rng.choice([(18, 29), (30, 44), (45, 64), (25, 34), (35, 49)])
    k = sum(1 for a in age if lo <= a <= hi)
    x = F(k * 100, n)
    if tie(x, 1):
        return None
    c = csv(["respondent", "age"], [f"R{i + 1}" for i in range(n)], [str(a) for a in age],
            sep=sep(rng))
    q = pick(rng, "How many respondents are aged {}-{} (inclusive), and what % of the total "
             "(1 dp)?",
             "count of people between {} and {} years old inclusive + percent of all (1 dp)")
    return q.format(lo, hi), [[str(k)], nf(x, 1)], {"csv": c}


@fam
def csv_grade_a_count(rng: random.Random) -> Made:
    n = rng.randint(10, 28)
    v = vals(rng, n, 45, 100)
    t = rng.choice([85, 90])
    k = sum(1 for x in v if x >= t)
    c = csv(["student", "final"], [f"S{i + 1:03d}" for i in range(n)], col(v), sep=sep(rng))
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "An A is {} or above. How many students got an A, and what's the class "
             "average (2 dp)?", "number of A grades (final >= {})? also the mean final mark, "
             "2 decimals")
    return q.format(t), [[str(k)], nf(m)], {"csv": c}


@fam
def csv_bmi_avg(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    h = vals(rng, n, 150, 195)
    w = vals(rng, n, 48, 110, 1)
    b = [x / (y / 100) ** 2 for x, y in zip(w, h, strict=True)]
    m = mean(b)
    if tie(m):
        return None
    c = csv(["name", "height_cm", "weight_kg"], rng.sample(NAMES, n), col(h), col(w, 1),
            sep=sep(rng))
    q = pick(rng, "Work out each person's BMI (kg / m²), unrounded, and give me the average "
             "BMI, 2 dp",
             "average BMI of the group? compute BMI per row first (don't round those), "
             "2 decimals")
    return q, [nf(m)], {"csv": c}


@fam
def csv_top_customer(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    who = [rng.choice(NAMES[:rng.randint(4, 6)]) for _ in range(n)]
    v = vals(rng, n, 10, 400, 2)
    tot = {c: sum(x for w, x in zip(who, v, strict=True) if w == c) for c in set(who)}
    o = sorted(tot.values())
    if len(o) < 2 or o[-1] - o[-2] < 1:
        return None
    top = max(tot, key=lambda k: tot[k])
    c = csv(["invoice", "customer", "amount"], [f"INV{400 + i}" for i in range(n)], who,
            col(v, 2), sep=sep(rng))
    q = pick(rng, "Which customer spent the most overall, and how much?",
             "biggest customer by total invoiced + the total")
    return q, [[top], nf(tot[top])], {"csv": c}


@fam
def csv_month_daily_avg(rng: random.Random) -> Made:
    start = dt.date(2026, rng.randint(1, 11), rng.randint(10, 25))
    n = rng.randint(14, 28)
    ds = [start + dt.timedelta(days=i) for i in range(n)]
    v = vals(rng, n, 2, 40, 1)
    t = rng.choice([ds[0].month, ds[-1].month])
    got = [x for d, x in zip(ds, v, strict=True) if d.month == t]
    if len(got) < 2 or tie(mean(got)):
        return None
    c = csv(["date", "km"], [d.isoformat() for d in ds], col(v, 1), sep=sep(rng))
    q = pick(rng, "Average km per logged day in {}? 2 dp", "mean distance for the {} rows only "
             "(2 decimals)")
    return q.format(dt.date(2026, t, 1).strftime("%B")), [nf(mean(got))], {"csv": c}


@fam
def csv_saturday_count(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    base = dt.date(2026, rng.randint(1, 10), 1)
    ds = sorted(rng.sample([base + dt.timedelta(days=i) for i in range(60)], n))
    wd = rng.randrange(7)
    k = sum(1 for d in ds if d.weekday() == wd)
    km = vals(rng, n, 3, 21, 1)
    tot = sum(x for d, x in zip(ds, km, strict=True) if d.weekday() == wd)
    if not k:
        return None
    c = csv(["date", "distance_km"], [d.isoformat() for d in ds], col(km, 1), sep=sep(rng))
    q = pick(rng, "How many of these runs were on a {}, and how many km did those add up to?",
             "count the {} runs in my log + their total distance")
    return q.format(DAYS[wd]), [[str(k)], nf(tot, 1)], {"csv": c}


@fam
def csv_anomaly(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    norm = vals(rng, n, 5, 25, 1)
    act = [x + F(rng.randint(-40, 50), 10) for x in norm]
    m = mean([a - b for a, b in zip(act, norm, strict=True)])
    if tie(m) or m == 0:
        return None
    c = csv(["month", "normal_c", "actual_c"], [f"2025-{i + 1:02d}" for i in range(n)],
            col(norm, 1), col(act, 1), sep=sep(rng))
    q = pick(rng, "On average, how far above or below normal were temperatures? 2 dp",
             "mean of (actual_c - normal_c), two decimals")
    return q, [nf(m, 2, True)], {"csv": c}


@fam
def csv_reorder_count(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    stock = [rng.randint(0, 60) for _ in range(n)]
    level = [rng.randint(5, 30) for _ in range(n)]
    cost = vals(rng, n, 1, 20, 2)
    low = [i for i in range(n) if stock[i] < level[i]]
    if not low:
        return None
    val = sum(stock[i] * cost[i] for i in range(n))
    c = csv(["sku", "in_stock", "reorder_level", "unit_cost"], [f"SKU{i + 1}" for i in range(n)],
            [str(x) for x in stock], [str(x) for x in level], col(cost, 2), sep=sep(rng))
    q = pick(rng, "How many SKUs are below their reorder level? And what's the total stock value "
             "(in_stock × unit_cost)?", "count items with in_stock < reorder_level, plus total "
             "inventory value")
    return q, [[str(len(low))], nf(val)], {"csv": c}


@fam
def csv_most_improved(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    names = rng.sample(NAMES, n)
    a = vals(rng, n, 30, 90)
    b = [min(F(100), x + rng.randint(-10, 25)) for x in a]
    g = [q - p for p, q in zip(a, b, strict=True)]
    o = sorted(g)
    if o[-1] == o[-2]:
        return None
    i = g.index(o[-1])
    c = csv(["student", "test1", "test2"], names, col(a), col(b), sep=sep(rng))
    q = pick(rng, "Who improved the most from test1 to test2, and by how many points?",
             "biggest improvement between the two tests — name and points gained?")
    return q, [[names[i]], nf(g[i], 0)], {"csv": c}


@fam
def csv_refunds_total(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    v = [F(rng.randint(-9000, 20000), 100) for _ in range(n)]
    neg = [x for x in v if x < 0]
    if not neg:
        return None
    c = csv(["date", "amount"], dates(rng, n, True), col(v, 2), sep=sep(rng))
    q = pick(rng, "Negative amounts are refunds. How much was refunded in total?",
             "sum of the refunds (the negative rows)?")
    return q, [nf(sum(neg), 2, True)], {"csv": c}


@fam
def csv_net_income(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    typ = [rng.choice(["income", "expense", "expense"]) for _ in range(n)]
    v = vals(rng, n, 10, 1500, 2)
    net = sum(x if t == "income" else -x for t, x in zip(typ, v, strict=True))
    c = csv(["date", "type", "amount"], dates(rng, n, True), typ, col(v, 2), sep=sep(rng))
    q = pick(rng, "What's my net (income minus expenses)?", "net cash flow for this period?")
    return q, [nf(net, 2, True)], {"csv": c}


@fam
def csv_peak_hour(rng: random.Random) -> Made:
    start = rng.randint(0, 6)
    hrs = list(range(start, start + rng.randint(12, 18)))
    v = vals(rng, len(hrs), 0.2, 3.5, 2)
    o = sorted(v)
    if o[-1] == o[-2]:
        return None
    i = v.index(o[-1])
    c = csv(["hour", "kwh"], [f"{h:02d}:00" for h in hrs], col(v, 2), sep=sep(rng))
    h = hrs[i]
    forms = [f"{h:02d}:00", f"{h}:00", f"{h % 12 or 12}am" if h < 12 else f"{h % 12 or 12}pm",
             f"{h % 12 or 12} am" if h < 12 else f"{h % 12 or 12} pm"]
    q = pick(rng, "Which hour had the highest electricity use, and how many kWh?",
             "peak hour for kwh + the reading?")
    return q, [forms, nf(v[i])], {"csv": c}


@fam
def csv_plot_corr(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    x = vals(rng, n, 10, 40)
    y = [F(200) - 3 * a + rng.randint(-45, 45) for a in x]
    r = corr(x, y)
    if tie(r):
        return None
    c = csv(["week", "price", "units"], [str(i + 1) for i in range(n)], col(x), col(y),
            sep=sep(rng))
    q = pick(rng, "Scatter plot of price vs units please, and the correlation (2 dp)",
             "plot units against price and tell me Pearson's r to 2 decimals")
    return q, [PLOT, nf(r)], {"csv": c}


@fam
def csv_plot_group_avg(rng: random.Random) -> Made:
    n = rng.randint(9, 24)
    sp = [rng.choice(["cat", "dog", "rabbit"]) for _ in range(n)]
    w = vals(rng, n, 1, 30, 1)
    t = rng.choice(sorted(set(sp)))
    got = [x for a, x in zip(sp, w, strict=True) if a == t]
    if tie(mean(got)):
        return None
    c = csv(["pet", "species", "weight_kg"], [f"pet{i + 1}" for i in range(n)], sp, col(w, 1),
            sep=sep(rng))
    q = pick(rng, "Chart average weight by species, and tell me the {} average (2 dp)",
             "bar chart of mean weight per species please — what's it for {}s? 2 decimals")
    return q.format(t), [PLOT, nf(mean(got))], {"csv": c}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_sum_date_range, csv_count_two_conditions, csv_half_vs_half, csv_hottest_value_date,
    csv_min_price_value, csv_mean_and_median, csv_describe, csv_project_hours, csv_age_bracket,
    csv_grade_a_count, csv_bmi_avg, csv_top_customer, csv_month_daily_avg, csv_saturday_count,
    csv_anomaly, csv_reorder_count, csv_most_improved, csv_refunds_total, csv_net_income,
    csv_peak_hour, csv_plot_corr, csv_plot_group_avg)]
