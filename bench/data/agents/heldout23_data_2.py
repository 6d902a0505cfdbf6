"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 2: CSV column statistics."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    DOWN,
    NAMES,
    PRODUCTS,
    REGIONS,
    UP,
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
    months,
    nf,
    pct,
    pick,
    s,
    sd,
    slope,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def col(v: list[Fraction], dp: int = 0) -> list[str]:
    return [s(x, dp) for x in v]


def sep(rng: random.Random) -> str:
    return "\t" if rng.random() < 0.25 else ","


@fam
def csv_mean_temp(rng: random.Random) -> Made:
    n = rng.randint(7, 20)
    v = vals(rng, n, -3, 29, 1)
    m = mean(v)
    if tie(m, 2):
        return None
    c = csv([pick(rng, "date", "Date", "day"), pick(rng, "temp_c", "Temperature (C)", "high")],
            dates(rng, n, True), col(v, 1), sep=sep(rng))
    q = pick(rng, "what's the average temperature in this file? 2 decimals",
             "Attached my temperature log. Mean temp to 2 dp?",
             "Can you tell me the mean of the temperature column (round to 2 decimal places)")
    return q, [nf(m)], {"csv": c}


@fam
def csv_median_price(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 2, 80, 2)
    if (median(v) * 100).denominator != 1:  # a half-cent median: replies may round it
        return None
    lab = rng.sample(PRODUCTS, n)
    c = csv(["product", pick(rng, "price", "price_usd", "Price")], lab, col(v, 2), sep=sep(rng))
    q = pick(rng, "What's the median price in the attached list?",
             "median of the price column pls", "Find the median product price from this CSV.")
    return q, [nf(median(v), 3)], {"csv": c}


@fam
def csv_max_label(rng: random.Random) -> Made:
    n = rng.randint(7, 14)
    v = vals(rng, n, 2000, 18000)
    if sorted(v)[-1] == sorted(v)[-2]:
        return None
    d = dates(rng, n, True)
    c = csv(["date", "steps"], d, col(v), sep=sep(rng))
    i = v.index(max(v))
    q = pick(rng, "Which day did I walk the most, according to this export?",
             "on what date was my step count highest?",
             "Here's my fitness export — which date had the most steps and how many?")
    req = [dforms(d[i])] + ([nf(v[i], 0)] if "how many" in q else [])
    return q, req, {"csv": c}


@fam
def csv_min_label(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    v = vals(rng, n, 1, 40, 2)
    if sorted(v)[0] == sorted(v)[1]:
        return None
    lab = rng.sample(PRODUCTS, n)
    c = csv(["item", "price"], lab, col(v, 2), sep=sep(rng))
    q = pick(rng, "Which item is cheapest in this sheet, and what does it cost?",
             "what's the lowest priced item? price too",
             "cheapest thing on the attached price list + its price?")
    return q, [[lab[v.index(min(v))]], nf(min(v))], {"csv": c}


@fam
def csv_sum_sales(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 1000, 25000)
    c = csv(["month", "sales"], months(rng, n, True), col(v), sep=sep(rng))
    q = pick(rng, "Total sales for the year so far from this file?",
             "sum up the sales column", "What do all the monthly sales add up to?")
    return q, [nf(sum(v), 0)], {"csv": c}


@fam
def csv_row_count(rng: random.Random) -> Made:
    n = rng.randint(6, 28)
    d = dates(rng, n, True)
    v = vals(rng, n, 5, 60)
    c = csv(["date", "minutes_run"], d, col(v), sep=sep(rng))
    q = pick(rng, "how many runs are logged in this csv, and how many minutes in total?",
             "How many rows of data does the attached file have (not counting the header)? And "
             "the sum of minutes_run?",
             "count the entries in my running log + total minutes run")
    return q, [[str(n)], nf(sum(v), 0)], {"csv": c}


@fam
def csv_sd_sample(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    v = vals(rng, n, 45, 100)
    x = sd(v)
    if tie(x):
        return None
    c = csv(["student", "score"], rng.sample(NAMES, n), col(v), sep=sep(rng))
    q = pick(rng, "Sample standard deviation of the scores, 2 decimals?",
             "what's the (sample) SD of the score column? round to 2dp")
    return q, [nf(x)], {"csv": c}


@fam
def csv_sd_population(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 48, 85, 1)
    x = sd(v, False)
    if tie(x):
        return None
    c = csv(["day", "resting_hr"], dates(rng, n, True), col(v, 1), sep=sep(rng))
    q = pick(rng, "Population standard deviation of my resting heart rate? 2 dp",
             "treat this as the full population — SD of resting_hr to two decimals")
    return q, [nf(x)], {"csv": c}


@fam
def csv_range(rng: random.Random) -> Made:
    n = rng.randint(6, 14)
    v = vals(rng, n, 0, 60, 1)
    c = csv(["date", "rain_mm"], dates(rng, n, True), col(v, 1), sep=sep(rng))
    q = pick(rng, "What's the range of the rainfall values?",
             "difference between the wettest and driest day in this data?")
    return q, [nf(max(v) - min(v), 1)], {"csv": c}


@fam
def csv_mode_size(rng: random.Random) -> Made:
    n = rng.randint(12, 28)
    pool = list(range(rng.randint(35, 40), 47))
    r = [rng.choice(pool) for _ in range(n)]
    counts = sorted(((r.count(k), k) for k in set(r)), reverse=True)
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        return None
    c = csv(["order_id", "shoe_size"], [str(1000 + i) for i in range(n)], [str(x) for x in r],
            sep=sep(rng))
    q = pick(rng, "What's the most common shoe size in these orders, and how many times?",
             "mode of shoe_size? and its count pls",
             "Which size sold most often (and how many orders had it)?")
    return q, [[str(counts[0][1])], [str(counts[0][0])]], {"csv": c}


def region_rows(rng: random.Random, n: int) -> tuple[list[str], list[Fraction]]:
    reg = [rng.choice(REGIONS[:rng.randint(3, 5)]) for _ in range(n)]
    return reg, vals(rng, n, 100, 2000)


@fam
def csv_group_total(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    reg, v = region_rows(rng, n)
    t = rng.choice(sorted(set(reg)))
    c = csv(["order_id", "region", "amount"], [str(5000 + i) for i in range(n)], reg, col(v),
            sep=sep(rng))
    q = pick(rng, "What's the total amount for the {} region?",
             "sum of amounts where region = {}?", "How much did {} bring in altogether?")
    return q.format(t), [nf(sum(x for g, x in zip(reg, v, strict=True) if g == t), 0)], {"csv": c}


@fam
def csv_group_avg(rng: random.Random) -> Made:
    n = rng.randint(8, 18)
    cls = [rng.choice(["7A", "7B", "7C"]) for _ in range(n)]
    v = vals(rng, n, 35, 100)
    t = rng.choice(sorted(set(cls)))
    m = mean([x for g, x in zip(cls, v, strict=True) if g == t])
    if tie(m):
        return None
    c = csv(["name", "class", "score"], rng.sample(NAMES, n), cls, col(v),
            sep=sep(rng))
    q = pick(rng, "Average score for class {}? 2 decimals",
             "what's the mean score of the {} pupils (2 dp)")
    return q.format(t), [nf(m)], {"csv": c}


@fam
def csv_group_best(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    reg, v = region_rows(rng, n)
    tot = {g: sum(x for h, x in zip(reg, v, strict=True) if h == g) for g in set(reg)}
    best = sorted(tot.values())
    if len(best) < 2 or best[-1] == best[-2]:
        return None
    top = max(tot, key=lambda g: tot[g])
    c = csv(["date", "region", "sales"], dates(rng, n, True), reg, col(v), sep=sep(rng))
    q = pick(rng, "Which region had the highest total sales, and what was that total?",
             "Top region by total sales + its total?")
    return q, [[top], nf(tot[top], 0)], {"csv": c}


@fam
def csv_count_above(rng: random.Random) -> Made:
    n = rng.randint(10, 28)
    v = vals(rng, n, 10, 36, 1)
    t = rng.choice([20, 22, 25, 28, 30])
    k = sum(1 for x in v if x > t)
    c = csv(["date", "max_temp"], dates(rng, n, True), col(v, 1), sep=sep(rng))
    x = F(k * 100, n)
    if tie(x, 1):
        return None
    q = pick(rng, "On how many days was it above {} degrees, and what % of the days is that "
             "(1 dp)?", "how many days had a max temp over {}C? and as a percentage of all days "
             "(one decimal)?")
    return q.format(t), [[str(k)], nf(x, 1)], {"csv": c}


@fam
def csv_pct_under(rng: random.Random) -> Made:
    n = rng.choice([8, 10, 16, 20, 25])
    v = vals(rng, n, 10, 60)
    t = rng.choice([20, 25, 30, 35])
    k = sum(1 for y in v if y < t)
    x = F(k * 100, n)
    c = csv(["trip", "minutes"], [str(i + 1) for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "How many trips took less than {} minutes, and what percentage is that?",
             "count and % of the trips under {} min?")
    return q.format(t), [[str(k)], nf(x, 2)], {"csv": c}


@fam
def csv_pct_change(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    v = vals(rng, n, 300, 5000)
    x = pct(v[-1], v[0])
    if tie(x, 1):
        return None
    c = csv(["month", "subscribers"], months(rng, n, True), col(v), sep=sep(rng))
    q = pick(rng, "By what percent did subscribers change from the first to the last month? "
             "1 dp", "percent change in subscribers start → end, one decimal")
    return q, [nf(x, 1, True)], {"csv": c}


@fam
def csv_pct_change_dates(rng: random.Random) -> Made:
    n = rng.randint(6, 14)
    v = vals(rng, n, 20, 250, 2)
    d = dates(rng, n, True)
    i, j = sorted(rng.sample(range(n), 2))
    x = pct(v[j], v[i])
    if tie(x, 2):
        return None
    c = csv(["date", "close"], d, col(v, 2), sep=sep(rng))
    q = pick(rng, "Stock closes attached. What's the % change from {} to {}? 2 decimals",
             "How much did the close move in percent between {} and {} (2 dp)?")
    return q.format(d[i], d[j]), [nf(x, 2, True)], {"csv": c}


@fam
def csv_corr(rng: random.Random) -> Made:
    n = rng.randint(6, 14)
    h = vals(rng, n, 0, 10, 1)
    sc = [min(F(100), F(40) + 5 * x + rng.randint(-25, 25)) for x in h]
    r = corr(h, sc)
    if tie(r):
        return None
    c = csv(["student", "hours_studied", "score"], rng.sample(NAMES, n), col(h, 1), col(sc),
            sep=sep(rng))
    q = pick(rng, "What's the correlation between hours studied and score? 2 decimals",
             "Pearson r for hours_studied vs score (2 dp)?")
    return q, [nf(r)], {"csv": c}


@fam
def csv_slope(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    step = rng.choice([-30, -20, 15, 25, 40])
    v = [F(500 + step * i + rng.randint(-25, 25)) for i in range(n)]
    b = slope([F(i) for i in range(n)], v)
    if tie(b) or b == 0:
        return None
    c = csv(["month", "users"], months(rng, n, True), col(v), sep=sep(rng))
    q = pick(rng, "Fit a straight line to users by month. What is the slope per month? 2 dp",
             "Which direction is the user count trending? Give the least-squares slope per "
             "month (2 dp).")
    req = [nf(b, 2, True)] + ([UP if b > 0 else DOWN] if "direction" in q else [])
    return q, req, {"csv": c}


@fam
def csv_top3_names(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    v = vals(rng, n, 10, 500)
    if len(set(v)) < n:
        return None
    lab = rng.sample(PRODUCTS, n)
    top = sorted(range(n), key=lambda i: v[i])[-3:]
    c = csv(["product", "units_sold"], lab, col(v), sep=sep(rng))
    q = pick(rng, "What are the top 3 products by units sold?",
             "three best-selling products please")
    return q, [[lab[i]] for i in top], {"csv": c}


@fam
def csv_share_category(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    cats = ["rent", "food", "travel", "fun", "utilities"]
    cat = [rng.choice(cats[:rng.randint(3, 5)]) for _ in range(n)]
    v = vals(rng, n, 5, 400, 2)
    t = rng.choice(sorted(set(cat)))
    x = sum(y for g, y in zip(cat, v, strict=True) if g == t) / sum(v) * 100
    if tie(x, 1):
        return None
    c = csv(["date", "category", "amount"], dates(rng, n, True), cat, col(v, 2), sep=sep(rng))
    q = pick(rng, "What share of my spending was {}? percent, 1 dp",
             "{} as a % of total spend (one decimal)?")
    return q.format(t), [nf(x, 1)], {"csv": c}


@fam
def csv_revenue(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    u = [rng.randint(3, 90) for _ in range(n)]
    p = vals(rng, n, 2, 60, 2)
    tot = sum(a * b for a, b in zip(u, p, strict=True))
    c = csv(["product", "units", "unit_price"], rng.sample(PRODUCTS, n), [str(a) for a in u],
            col(p, 2), sep=sep(rng))
    q = pick(rng, "Total revenue (units × unit price, summed)?",
             "how much revenue in total across all products?")
    return q, [nf(tot)], {"csv": c}


@fam
def csv_profit(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    rev = vals(rng, n, 2000, 9000)
    cost = [r - rng.randint(-500, 1800) for r in rev]
    lab = months(rng, n, True)
    c = csv(["month", "revenue", "costs"], lab, col(rev), col(cost), sep=sep(rng))
    tot = sum(rev) - sum(cost)
    i = rng.randrange(n)
    if rng.random() < 0.5:
        q = "What's the total profit (revenue minus costs) over all months?"
        return q, [nf(tot, 0, True)], {"csv": c}
    return f"what was the profit in {lab[i]}?", [nf(rev[i] - cost[i], 0, True)], {"csv": c}


@fam
def csv_margin(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    rev = vals(rng, n, 3000, 9000)
    cost = [r * F(rng.randint(50, 95), 100) for r in rev]
    cost = [F(round(x)) for x in cost]
    x = (sum(rev) - sum(cost)) / sum(rev) * 100
    if tie(x, 1):
        return None
    c = csv(["quarter", "revenue", "cost"], [f"Q{i % 4 + 1} {2024 + i // 4}" for i in range(n)],
            col(rev), col(cost), sep=sep(rng))
    q = pick(rng, "Overall profit margin across all quarters, %, 1 decimal?",
             "What's the total margin ((revenue-cost)/revenue) for the whole file? 1 dp")
    return q, [nf(x, 1)], {"csv": c}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_mean_temp, csv_median_price, csv_max_label, csv_min_label, csv_sum_sales, csv_row_count,
    csv_sd_sample, csv_sd_population, csv_range, csv_mode_size, csv_group_total, csv_group_avg,
    csv_group_best, csv_count_above, csv_pct_under, csv_pct_change, csv_pct_change_dates, csv_corr,
    csv_slope, csv_top3_names, csv_share_category, csv_revenue, csv_profit, csv_margin)]
