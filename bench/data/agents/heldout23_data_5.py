"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 5: CSV filters and groups."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    CITIES,
    MONTHS,
    NAMES,
    PRODUCTS,
    REGIONS,
    F,
    Fraction,
    Made,
    csv,
    dates,
    fam,
    mean,
    median,
    months,
    nf,
    pct,
    pick,
    s,
    sd,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def col(v: list[Fraction], dp: int = 0) -> list[str]:
    return [s(x, dp) for x in v]


def sep(rng: random.Random) -> str:
    return "\t" if rng.random() < 0.25 else ","


@fam
def csv_city_gap(rng: random.Random) -> Made:
    n = rng.randint(7, 20)
    a, b = rng.sample(CITIES, 2)
    x = vals(rng, n, 30, 95)
    y = vals(rng, n, 30, 95)
    d = mean(x) - mean(y)
    if tie(d) or d == 0:
        return None
    c = csv(["date", f"{a}_F", f"{b}_F"], dates(rng, n, True), col(x), col(y), sep=sep(rng))
    q = pick(rng, "On average, how much warmer (or colder) was {} than {}? °F, 2 dp",
             "difference between the average temps of {} and {}, 2 decimals")
    return q.format(a, b), [nf(d, 2, True)], {"csv": c}


@fam
def csv_city_warmer_days(rng: random.Random) -> Made:
    n = rng.randint(8, 25)
    a, b = rng.sample(CITIES, 2)
    x = vals(rng, n, 5, 30)
    y = vals(rng, n, 5, 30)
    k = sum(1 for p, q in zip(x, y, strict=True) if p > q)
    c = csv(["date", a, b], dates(rng, n, True), col(x), col(y), sep=sep(rng))
    pc = F(k * 100, n)
    if tie(pc, 1):
        return None
    q = pick(rng, "On how many days was {} warmer than {}? And what % of days is that (1 dp)?",
             "count the days where {} beat {} on temperature (strictly), plus the share of days "
             "in %, 1 decimal")
    return q.format(a, b), [[str(k)], nf(pc, 1)], {"csv": c}


@fam
def csv_top_rep(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    reps = rng.sample(NAMES, rng.randint(3, 4))
    who = [rng.choice(reps) for _ in range(n)]
    v = vals(rng, n, 100, 3000)
    tot = {r: sum(x for w, x in zip(who, v, strict=True) if w == r) for r in set(who)}
    o = sorted(tot.values())
    if len(o) < 2 or o[-1] == o[-2]:
        return None
    top = max(tot, key=lambda r: tot[r])
    c = csv(["deal_id", "rep", "value"], [f"D{300 + i}" for i in range(n)], who, col(v),
            sep=sep(rng))
    q = pick(rng, "Which rep closed the most value in total, and how much?",
             "who's our top salesperson by total deal value? give the total too")
    return q, [[top], nf(tot[top], 0)], {"csv": c}


@fam
def csv_avg_order_value(rng: random.Random) -> Made:
    n = rng.randint(6, 25)
    v = vals(rng, n, 8, 250, 2)
    m = mean(v)
    if tie(m):
        return None
    c = csv(["order", "customer", "total"], [f"#{1200 + i}" for i in range(n)],
            [rng.choice(NAMES) for _ in range(n)], col(v, 2), sep=sep(rng))
    q = pick(rng, "What's the average order value in this export? 2 dp",
             "AOV please (mean order total, 2dp)")
    return q, [nf(m)], {"csv": c}


@fam
def csv_two_filters(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    prods = rng.sample(PRODUCTS, 3)
    regs = rng.sample(REGIONS, 3)
    p = [rng.choice(prods) for _ in range(n)]
    r = [rng.choice(regs) for _ in range(n)]
    u = [rng.randint(1, 60) for _ in range(n)]
    tp, tr = rng.choice(prods), rng.choice(regs)
    tot = sum(x for a, b, x in zip(p, r, u, strict=True) if a == tp and b == tr)
    if not tot:
        return None
    c = csv(["product", "region", "units"], p, r, [str(x) for x in u], sep=sep(rng))
    q = pick(rng, "How many {} units were sold in the {} region?",
             "total units for product = {} and region = {}?")
    return q.format(tp, tr), [[str(tot)]], {"csv": c}


@fam
def csv_mean_filtered(rng: random.Random) -> Made:
    n = rng.randint(8, 20)
    rating = [rng.randint(1, 5) for _ in range(n)]
    price = vals(rng, n, 5, 90, 2)
    t = rng.choice([3, 4])
    got = [p for p, r in zip(price, rating, strict=True) if r >= t]
    if len(got) < 2 or tie(mean(got)):
        return None
    c = csv(["product", "rating", "price"], [f"P{i + 1}" for i in range(n)],
            [str(x) for x in rating], col(price, 2), sep=sep(rng))
    q = pick(rng, "What's the average price of products rated {} or higher? 2 dp",
             "mean price for items with rating >= {} (two decimals)")
    return q.format(t), [nf(mean(got))], {"csv": c}


@fam
def csv_return_rate(rng: random.Random) -> Made:
    n = rng.randint(10, 30)
    st = [rng.choice(["delivered"] * 4 + ["returned", "cancelled"]) for _ in range(n)]
    k = st.count("returned")
    x = F(k * 100, n)
    if not k or tie(x, 1):
        return None
    c = csv(["order_id", "status"], [str(8800 + i) for i in range(n)], st, sep=sep(rng))
    q = pick(rng, "How many orders were returned, and what's the return rate (% of all orders, "
             "1 dp)?", "returns: count + percentage of total orders (1 decimal)")
    return q, [[str(k)], nf(x, 1)], {"csv": c}


@fam
def csv_best_week(rng: random.Random) -> Made:
    w = rng.randint(3, 4)
    n = 7 * w
    v = vals(rng, n, 50, 400)
    tot = [sum(v[7 * i:7 * i + 7]) for i in range(w)]
    if sorted(tot)[-1] == sorted(tot)[-2]:
        return None
    c = csv(["week", "day", "sales"], [str(i // 7 + 1) for i in range(n)],
            [str(i % 7 + 1) for i in range(n)], col(v), sep=sep(rng))
    i = tot.index(max(tot))
    q = pick(rng, "Which week had the highest total sales and what was it?",
             "best week by total + its sales figure?")
    return q, [[f"week {i + 1}", f"week{i + 1}"], nf(tot[i], 0)], {"csv": c}


@fam
def csv_month_total(rng: random.Random) -> Made:
    m = rng.randint(1, 11)
    n = rng.randint(10, 24)
    ds = sorted(f"2026-{m + rng.randint(0, 1):02d}-{rng.randint(1, 28):02d}" for _ in range(n))
    v = vals(rng, n, 4, 150, 2)
    t = rng.choice([m, m + 1])
    tot = sum(x for d, x in zip(ds, v, strict=True) if int(d[5:7]) == t)
    if not tot:
        return None
    c = csv(["date", "amount"], ds, col(v, 2), sep=sep(rng))
    q = pick(rng, "How much did I spend in {}?", "total amount for {} 2026?")
    return q.format(MONTHS[t - 1]), [nf(tot)], {"csv": c}


@fam
def csv_quarter_total(rng: random.Random) -> Made:
    v = vals(rng, 12, 2000, 20000)
    qn = rng.randint(1, 4)
    tot = sum(v[3 * qn - 3:3 * qn])
    c = csv(["month", "revenue"], [m[:3] for m in MONTHS], col(v), sep=sep(rng))
    q = pick(rng, "Total revenue for Q{}?", "what did we make in quarter {} altogether?")
    return q.format(qn), [nf(tot, 0)], {"csv": c}


@fam
def csv_group_median(rng: random.Random) -> Made:
    n = rng.randint(10, 22)
    dept = [rng.choice(["Sales", "IT", "HR", "Ops"]) for _ in range(n)]
    sal = [x * 100 for x in vals(rng, n, 280, 950)]
    t = rng.choice(sorted(set(dept)))
    got = [x for d, x in zip(dept, sal, strict=True) if d == t]
    c = csv(["employee", "dept", "salary"], [f"E{i + 10}" for i in range(n)], dept, col(sal),
            sep=sep(rng))
    q = pick(rng, "Median salary in {}?", "what's the median pay for the {} department?")
    return q.format(t), [nf(median(got), 0)], {"csv": c}


@fam
def csv_max_in_group(rng: random.Random) -> Made:
    n = rng.randint(8, 12)
    names = rng.sample(PRODUCTS, n)
    cat = [rng.choice(["kitchen", "office"]) for _ in range(n)]
    p = vals(rng, n, 5, 200, 2)
    t = rng.choice(["kitchen", "office"])
    got = [(x, a) for a, b, x in zip(names, cat, p, strict=True) if b == t]
    if len(got) < 2 or len({x for x, _ in got}) < len(got):
        return None
    c = csv(["product", "category", "price"], names, cat, col(p, 2), sep=sep(rng))
    q = pick(rng, "What's the most expensive {} product, and its price?",
             "priciest item in the {} category + price?")
    return q.format(t), [[max(got)[1]], nf(max(got)[0])], {"csv": c}


@fam
def csv_price_per_kg(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    brands = rng.sample(["Lavazza", "Illy", "Kimbo", "Segafredo", "Costa",
                                                "Taylors", "Union", "Pact"], n)
    names = [f"{b} coffee" for b in brands]
    g = [rng.choice([200, 250, 500, 1000]) for _ in range(n)]
    p = vals(rng, n, 3, 25, 2)
    per = [x / w * 1000 for x, w in zip(p, g, strict=True)]
    o = sorted(per)
    if o[0] == o[1]:
        return None
    i = per.index(o[0])
    if tie(per[i]):
        return None
    c = csv(["product", "grams", "price"], names, [str(x) for x in g], col(p, 2), sep=sep(rng))
    q = pick(rng, "Which coffee is cheapest per kg, and what's its price per kg (2 dp)?",
             "best value per kilo? name + price/kg (2dp)")
    return q, [[brands[i]], nf(per[i])], {"csv": c}


@fam
def csv_pass_rate(rng: random.Random) -> Made:
    n = rng.randint(10, 30)
    v = vals(rng, n, 20, 100)
    t = rng.choice([40, 50, 60])
    x = F(sum(1 for y in v if y >= t) * 100, n)
    if tie(x, 1):
        return None
    c = csv(["candidate", "mark"], [f"C{i + 1:02d}" for i in range(n)], col(v), sep=sep(rng))
    q = pick(rng, "Pass mark is {}. What percentage passed? 1 dp",
             "if you need {} or more to pass, what's the pass rate (%, one decimal)?")
    return q.format(t), [nf(x, 1)], {"csv": c}


@fam
def csv_rank_named(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    names = rng.sample(NAMES, n)
    v = vals(rng, n, 30, 100)
    if len(set(v)) < n:
        return None
    i = rng.randrange(n)
    rank = 1 + sum(1 for x in v if x > v[i])
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(rank, "th")
    forms = [str(rank), f"{rank}{suffix}"]
    c = csv(["name", "points"], names, col(v), sep=sep(rng))
    gap = max(v) - v[i]
    if gap == 0:
        return None
    q = pick(rng, "Where does {} rank (1 = most points), and how many points behind the leader?",
             "what position is {} in by points? how far behind first place?")
    return q.format(names[i]), [forms, nf(gap, 0)], {"csv": c}


@fam
def csv_zscore(rng: random.Random) -> Made:
    n = rng.randint(6, 14)
    names = rng.sample(NAMES, n)
    v = vals(rng, n, 140, 200)
    i = rng.randrange(n)
    z = (v[i] - mean(v)) / sd(v)
    if tie(z):
        return None
    c = csv(["athlete", "height_cm"], names, col(v), sep=sep(rng))
    q = pick(rng, "What's {}'s z-score for height (sample SD)? 2 dp",
             "z score of {} using mean and sample standard deviation, 2 decimals")
    return q.format(names[i]), [nf(z)], {"csv": c}


@fam
def csv_diff_from_mean(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    lab = rng.sample(CITIES, n)
    v = vals(rng, n, 800, 3000)
    i = rng.randrange(n)
    d = v[i] - mean(v)
    if tie(d):
        return None
    c = csv(["city", "avg_rent"], lab, col(v), sep=sep(rng))
    q = pick(rng, "How far above or below the average is {}'s rent? 2 dp",
             "{} rent minus the mean rent of all cities (2 decimals)")
    return q.format(lab[i]), [nf(d, 2, True)], {"csv": c}


@fam
def csv_best_growth_label(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    names = rng.sample(PRODUCTS, n)
    a = vals(rng, n, 100, 900)
    b = [x + rng.randint(-80, 300) for x in a]
    g = [pct(q, p) for p, q in zip(a, b, strict=True)]
    o = sorted(g)
    if o[-1] - o[-2] < F(1, 10):
        return None
    i = g.index(o[-1])
    if tie(g[i], 1):
        return None
    c = csv(["product", "sales_2024", "sales_2025"], names, col(a), col(b), sep=sep(rng))
    q = pick(rng, "Which product grew the most in percentage terms from 2024 to 2025, and by how "
             "much (1 dp)?", "biggest % growth product + its growth %, one decimal")
    return q, [[names[i]], nf(g[i], 1)], {"csv": c}


@fam
def csv_total_growth(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    a = vals(rng, n, 100, 900)
    b = [x + rng.randint(-120, 200) for x in a]
    x = pct(sum(b), sum(a))
    if tie(x, 2) or min(b) < 50:  # no near-zero or negative sales
        return None
    c = csv(["store", "last_year", "this_year"], rng.sample(CITIES, n), col(a), col(b),
            sep=sep(rng))
    q = pick(rng, "By what % did total sales change from last year to this year? 2 dp",
             "overall percent change across all stores, 2 decimals")
    return q, [nf(x, 2, True)], {"csv": c}


@fam
def csv_avg_speed(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    km = vals(rng, n, 3, 25, 1)
    mins = [rng.randint(15, 120) for _ in range(n)]
    x = sum(km) / F(sum(mins), 60)
    if tie(x):
        return None
    c = csv(["ride", "km", "minutes"], [str(i + 1) for i in range(n)], col(km, 1),
            [str(m) for m in mins], sep=sep(rng))
    q = pick(rng, "What's my overall average speed in km/h (total distance / total time)? 2 dp",
             "average speed across all rides, km/h, from total km and total time (2dp)")
    return q, [nf(x)], {"csv": c}


@fam
def csv_blank_cells(rng: random.Random) -> Made:
    n = rng.randint(8, 16)
    v = vals(rng, n, 5, 40, 1)
    gone = set(rng.sample(range(n), rng.randint(1, 3)))
    got = [x for i, x in enumerate(v) if i not in gone]
    m = mean(got)
    if tie(m):
        return None
    cells = ["" if i in gone else s(x, 1) for i, x in enumerate(v)]
    c = csv(["date", "pm25"], dates(rng, n, True), cells, sep=sep(rng))
    q = pick(rng, "Average PM2.5, skipping the days with no reading? 2 dp",
             "some cells are empty — mean of the readings that are there (2 decimals)")
    return q, [nf(m)], {"csv": c}


@fam
def csv_two_col_sum(rng: random.Random) -> Made:
    n = rng.randint(3, 12)
    rent = vals(rng, n, 900, 1400)
    util = vals(rng, n, 60, 240, 2)
    c = csv(["month", "rent", "utilities"], months(rng, n, True), col(rent), col(util, 2),
            sep=sep(rng))
    q = pick(rng, "Total housing cost (rent + utilities) across all months?",
             "what did rent plus utilities come to altogether?")
    return q, [nf(sum(rent) + sum(util))], {"csv": c}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_city_gap, csv_city_warmer_days, csv_top_rep, csv_avg_order_value, csv_two_filters,
    csv_mean_filtered, csv_return_rate, csv_best_week, csv_month_total, csv_quarter_total,
    csv_group_median, csv_max_in_group, csv_price_per_kg, csv_pass_rate, csv_rank_named, csv_zscore,
    csv_diff_from_mean, csv_best_growth_label, csv_total_growth, csv_avg_speed, csv_blank_cells,
    csv_two_col_sum)]
