"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 5: files as people export
them (semicolons, decimal commas, tabs, pipes, currency signs, blank cells, extra columns),
frequency tables, year-over-year, Pareto, intervals, returns and ranks."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    CTX,
    NAMES,
    PRODUCTS,
    D,
    Made,
    fam,
    labels,
    mean,
    med,
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
def mean_semicolon_decimal_comma(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["temp", "weight", "rain", "sleep"]), rng.randint(6, 20))
    csv = d.csv(";").replace(".", ",")
    text = pick(rng, f"Export from my European app (semicolons, decimal commas). Average "
                f"{d.col}? 2 dp", f"mean {d.col}? file uses ; and , as decimal - 2 decimals")
    return text, [num(mean(d.vals))], {"csv": csv}


@fam
def total_currency_thousands_csv(rng: random.Random) -> Made:
    months = labels(rng, "month", rng.randint(4, 12))
    xs = vals(rng, len(months), 900, 25000, 2)
    rows = [[m, f'"${float(x):,.2f}"'] for m, x in zip(months, xs, strict=True)]
    text = pick(rng, "What's the total revenue in this sheet?",
                "sum the revenue column (it has $ signs and commas)")
    return text, [num(sum(xs, F(0)))], {"csv": table(["month", "revenue"], rows)}


@fam
def median_tab_separated(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(7, 20))
    text = pick(rng, f"tab-separated file attached - median {d.col}? 2 dp",
                f"What's the median of {d.col} in this TSV? round to 2 decimals")
    return text, [num(med(d.vals))], {"csv": d.csv("\t")}


@fam
def max_label_pipe_separated(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales", "price", "kwh"]), rng.randint(5, 12))
    text = pick(rng, f"this file is pipe-delimited. which {d.lab} has the highest {d.col}?",
                f"Highest {d.col} - which {d.lab}? (| separated export)")
    return text, [[d.best()]], {"csv": d.csv("|")}


@fam
def mean_with_blank_cells(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep", "hr", "commute"]), rng.randint(10, 25), kind="date")
    gone = set(rng.sample(range(len(d.vals)), rng.randint(2, 4)))
    rows = [[lab, "" if i in gone else v] for i, (lab, v) in
            enumerate(zip(d.labels, d.strs(), strict=True))]
    kept = [v for i, v in enumerate(d.vals) if i not in gone]
    text = pick(rng, f"Some days I forgot to log {d.col} (blank cells). Average of the days I did "
                "log? 2 dp", f"mean {d.col} ignoring the empty cells, 2 decimals")
    return text, [num(mean(kept))], {"csv": table([d.lab, d.col], rows)}


@fam
def pick_column_weather_csv(rng: random.Random) -> Made:
    n = rng.randint(7, 20)
    dates = labels(rng, "date", n)
    hi = vals(rng, n, 12, 36, 1)
    lo = [h - F(rng.randint(40, 140), 10) for h in hi]
    rain = vals(rng, n, 0, 25, 1)
    rows = [[d, s(a, 1), s(b, 1), s(r, 1)] for d, a, b, r in zip(dates, hi, lo, rain, strict=True)]
    col, xs = rng.choice([("low_c", lo), ("high_c", hi), ("rain_mm", rain)])
    text = pick(rng, f"What's the average {col}? 2 decimals",
                f"mean of the {col} column only please (2dp)")
    return text, [num(mean(xs))], {"csv": table(["date", "high_c", "low_c", "rain_mm"], rows)}


@fam
def mean_daily_temp_swing(rng: random.Random) -> Made:
    n = rng.randint(5, 14)
    dates = labels(rng, "date", n)
    hi = vals(rng, n, 10, 35, 1)
    lo = [h - F(rng.randint(30, 160), 10) for h in hi]
    rows = [[d, s(a, 1), s(b, 1)] for d, a, b in zip(dates, hi, lo, strict=True)]
    sw = mean([a - b for a, b in zip(hi, lo, strict=True)])
    text = pick(rng, "What's the average daily temperature range (high minus low)? 2 dp",
                "avg gap between max and min temp per day, 2 decimals")
    return text, [num(sw)], {"csv": table(["date", "max_c", "min_c"], rows)}


@fam
def biggest_swing_date(rng: random.Random) -> Made:
    n = rng.randint(5, 14)
    dates = labels(rng, "date", n)
    hi = vals(rng, n, 10, 35, 1)
    lo = [h - F(rng.randint(30, 160), 10) for h in hi]
    sw = [a - b for a, b in zip(hi, lo, strict=True)]
    if sw.count(max(sw)) != 1:
        return None
    rows = [[d, s(a, 1), s(b, 1)] for d, a, b in zip(dates, hi, lo, strict=True)]
    text = pick(rng, "Which date had the biggest difference between high and low?",
                "on what day was the high-low spread largest?")
    return text, [[dates[sw.index(max(sw))]]], {"csv": table(["date", "high", "low"], rows)}


@fam
def rainy_day_percentage(rng: random.Random) -> Made:
    d = D(rng, "rain", rng.randint(10, 30), kind="date")
    d.vals = [F(0) if rng.random() < 0.45 else F(round(v), 10) for v in d.vals]
    wet = sum(1 for v in d.vals if v > 0)
    text = pick(rng, "On what % of days did it rain at all (rain_mm > 0)? 1 dp",
                "percentage of rainy days in this log (any rain > 0), one decimal")
    return text, [num(F(100 * wet, len(d.vals)), 1)], {"csv": d.csv()}


@fam
def electricity_annual_cost(rng: random.Random) -> Made:
    d = D(rng, "kwh", 12)
    rate = F(rng.randint(12, 38), 100)
    stand = F(rng.randint(500, 1500), 100)
    cost = sum(d.vals, F(0)) * rate + 12 * stand
    text = pick(rng, f"At {s(rate, 2)} per kWh plus a {s(stand, 2)} monthly standing charge, "
                "what did electricity cost for the year?",
                f"yearly bill if each kWh is ${s(rate, 2)} and there's ${s(stand, 2)}/month fixed?")
    return text, [num(cost)], {"csv": d.csv()}


@fam
def star_rating_average_lines(rng: random.Random) -> Made:
    counts = [rng.randint(0, 300) for _ in range(5)]
    if sum(counts) == 0:
        return None
    body = "\n".join(f"{5 - i} star{'s' if i < 4 else ''}: {c}"
                     for i, c in enumerate(counts[::-1]))
    avg = F(sum((i + 1) * c for i, c in enumerate(counts)), sum(counts))
    text = pick(rng, f"My app's reviews:\n{body}\nWhat's the average star rating? 2 dp",
                f"{body}\n\naverage rating (2 decimals)?")
    return text, [num(avg)]


@fam
def mean_frequency_table_csv(rng: random.Random) -> Made:
    vs = sorted(rng.sample(range(0, 9), rng.randint(4, 7)))
    cs = [rng.randint(1, 40) for _ in vs]
    what = rng.choice(["children", "pets", "cars", "goals", "siblings"])
    rows = [[str(v), str(c)] for v, c in zip(vs, cs, strict=True)]
    m = F(sum(v * c for v, c in zip(vs, cs, strict=True)), sum(cs))
    text = pick(rng, f"Survey: number of {what} and how many households said it. Mean number of "
                f"{what}? 2 dp", f"from this frequency table, average {what} per household (2dp)")
    return text, [num(m)], {"csv": table([what, "households"], rows)}


@fam
def median_frequency_table(rng: random.Random) -> Made:
    lo = rng.randint(0, 6)
    vs = list(range(lo, lo + rng.randint(5, 9)))
    cs = [rng.randint(1, 25) for _ in vs]
    flat = [F(v) for v, c in zip(vs, cs, strict=True) for _ in range(c)]
    what = rng.choice(["books_read_this_year", "movies_last_month", "hours_tv_per_week"])
    csv = table([what, "people"], [[str(v), str(c)] for v, c in zip(vs, cs, strict=True)])
    text = pick(rng, f"This is a frequency table ({what} : number of people). Median and mean "
                f"{what}? mean to 2 dp",
                f"what's the median {what}, and the mean (2 decimals)? second column is how many "
                "people gave each answer")
    return text, [num(med(flat), 1), num(mean(flat))], {"csv": csv}


@fam
def yoy_named_month_two_columns(rng: random.Random) -> Made:
    months = labels(rng, "month", 12)
    a = vals(rng, 12, 1000, 9000)
    b = [x * F(rng.randint(70, 140), 100) for x in a]
    b = [F(round(x)) for x in b]
    i = rng.randrange(12)
    rows = [[m, s(x), s(y)] for m, x, y in zip(months, a, b, strict=True)]
    g = (b[i] - a[i]) / a[i] * 100
    text = pick(rng, f"Year-over-year % change for {months[i]} (2025 vs 2024)? 1 dp",
                f"how did {months[i]} 2025 compare to {months[i]} 2024, in percent? one decimal")
    return text, [num(abs(g), 1)], {"csv": table(["month", "sales_2024", "sales_2025"], rows)}


@fam
def biggest_yoy_growth_label(rng: random.Random) -> Made:
    months = labels(rng, "month", 12)
    a = vals(rng, 12, 1000, 9000)
    b = [F(round(x * F(rng.randint(70, 140), 100))) for x in a]
    g = [(y - x) / x for x, y in zip(a, b, strict=True)]
    if g.count(max(g)) != 1:
        return None
    rows = [[m, s(x), s(y)] for m, x, y in zip(months, a, b, strict=True)]
    text = pick(rng, "Which month grew the most in percentage terms from 2024 to 2025, and by "
                "what % (1 dp)?", "biggest % YoY growth - which month, and how much (1 decimal)?")
    return text, [[months[g.index(max(g))]], num(abs(max(g)) * 100, 1)], {
        "csv": table(["month", "y2024", "y2025"], rows)}


@fam
def product_share_of_revenue_long(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    prods = rng.sample(PRODUCTS, 4)
    rows = [(rng.choice(prods), F(rng.randint(250, 1500), 100)) for _ in range(n)]
    p = rng.choice(sorted({r[0] for r in rows}))
    share = sum((a for q, a in rows if q == p), F(0)) / sum((a for _, a in rows), F(0)) * 100
    csv = table(["item", "amount"], [[q, s(a, 2)] for q, a in rows])
    text = pick(rng, f"What % of total sales came from {p}? 1 dp",
                f"{p}'s share of revenue in this till export, percent to 1 decimal")
    return text, [num(share, 1)], {"csv": csv}


@fam
def pareto_count_80(rng: random.Random) -> Made:
    d = D(rng, "sales", rng.randint(6, 10), kind="product")
    ys = sorted(d.vals, reverse=True)
    tot = sum(ys, F(0))
    k = next(i for i in range(1, len(ys) + 1) if sum(ys[:i], F(0)) >= tot * F(4, 5))
    run = sum(ys[:k], F(0))
    if run == tot * F(4, 5):
        return None
    text = pick(rng, "What's the smallest number of products that together make at least 80% of "
                "sales, and what % of sales do they cover (1 dp)?",
                "how many of the top items does it take to reach 80% of the total? and their "
                "combined share in percent, one decimal")
    return text, [[str(k), f"{k} products", f"{k} items", f"top {k}"],
                  num(run / tot * 100, 1)], {"csv": d.csv()}


@fam
def mean_minus_median_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["visits", "sales", "commute"]), rng.randint(8, 20))
    diff = mean(d.vals) - med(d.vals)
    if diff == 0:
        return None
    text = pick(rng, f"How far apart are the mean and median of {d.col}? 2 dp",
                f"difference between the average and the median {d.col} (2 decimals)")
    return text, [num(abs(diff))], {"csv": d.csv()}


@fam
def standard_error_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(6, 12), 10, 80)
    se = (float(sum(((x - mean(xs)) ** 2 for x in xs), F(0)) / (len(xs) - 1)) ** 0.5
          / len(xs) ** 0.5)
    text = pick(rng, f"standard error of the mean for {', '.join(s(x) for x in xs)}? (sample sd / "
                "sqrt n, 2 dp)",
                f"SEM of these measurements, 2 decimals: {' '.join(s(x) for x in xs)}")
    return text, [num(se)]


@fam
def confidence_interval_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "commute", "hr"]), rng.randint(10, 25))
    m = float(mean(d.vals))
    sd = float(sum(((x - mean(d.vals)) ** 2 for x in d.vals), F(0)) / (len(d.vals) - 1)) ** 0.5
    e = 1.96 * sd / len(d.vals) ** 0.5
    text = pick(rng, f"95% confidence interval for the mean {d.col}? Use mean ± 1.96 × sample "
                "SD / √n, 2 dp", f"give me a 95% CI for average {d.col} (z = 1.96, sample sd), "
                "2 decimals")
    return text, [num(m - e), num(m + e)], {"csv": d.csv()}


@fam
def percentile_rank_named(rng: random.Random) -> Made:
    d = D(rng, "score", rng.randint(10, 20), distinct=True)
    i = rng.randrange(len(d.vals))
    below = sum(1 for v in d.vals if v < d.vals[i])
    p = F(100 * below, len(d.vals))
    text = pick(rng, f"What percentage of students scored below {d.labels[i]}? 1 dp",
                f"{d.labels[i]} beat what % of the class (strictly lower scores / all "
                "students)? one decimal")
    return text, [num(p, 1)], {"csv": d.csv()}


@fam
def average_annual_return_compound(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    years = labels(rng, "year", n)
    rs = [F(rng.randint(-150, 250), 10) for _ in range(n)]
    prod = F(1)
    for r in rs:
        prod *= 1 + r / 100
    g = (float(prod) ** (1 / n) - 1) * 100
    body = ", ".join(f"{y}: {s(r, 1)}%" for y, r in zip(years, rs, strict=True))
    text = pick(rng, f"My fund returned {body}. What's the annualised (geometric) return? 2 dp",
                f"yearly returns {body} - compound average annual return in %, 2 decimals")
    return text, [num(abs(g))]


@fam
def total_return_compound(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    rs = [F(rng.randint(-120, 200), 10) for _ in range(n)]
    prod = F(1)
    for r in rs:
        prod *= 1 + r / 100
    start = F(rng.randint(10, 200) * 100)
    text = pick(rng, f"I invested {s(start)} and the yearly returns were "
                f"{', '.join(s(r, 1) + '%' for r in rs)}. What's it worth now?",
                f"${s(start)} compounding through returns of "
                f"{' then '.join(s(r, 1) + '%' for r in rs)}"
                " - ending value?")
    return text, [num(start * prod)]


@fam
def mean_without_named_row(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["commute", "steps", "visits"]), rng.randint(8, 20), kind="date")
    i = rng.randrange(len(d.vals))
    rest = d.vals[:i] + d.vals[i + 1:]
    text = pick(rng, f"{d.labels[i]} was a weird day - what's the average {d.col} if I leave it "
                "out? 2 dp", f"mean {d.col} excluding {d.labels[i]}, 2 decimals")
    return text, [num(mean(rest))], {"csv": d.csv()}


@fam
def score_needed_for_average(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(3, 6), 60, 98)
    target = F(rng.randint(70, 92))
    need = target * (len(xs) + 1) - sum(xs, F(0))
    if not 0 < need <= 100:
        return None
    text = pick(rng, f"My test scores so far: {', '.join(s(x) for x in xs)}. What do I need on the "
                f"next test to average {s(target)}?",
                f"scores {' '.join(s(x) for x in xs)} - what score on one more test gets my mean "
                "to "
                f"exactly {s(target)}?")
    return text, [num(need)]


@fam
def min_max_normalised_value(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales", "price"]), rng.randint(5, 12), distinct=True)
    i = rng.randrange(len(d.vals))
    z = (d.vals[i] - min(d.vals)) / (max(d.vals) - min(d.vals))
    if z in (0, 1):
        return None
    text = pick(rng, f"If I min-max scale {d.col} to 0-1, what does {d.labels[i]} become? 3 dp",
                f"normalise {d.col} to the 0..1 range (min-max). value for {d.labels[i]}? "
                "3 decimals")
    return text, [num(z, 3)], {"csv": d.csv()}


@fam
def spearman_rank_correlation(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    who = rng.sample(NAMES, n)
    a = rng.sample(range(1, n + 1), n)
    b = rng.sample(range(1, n + 1), n)
    rho = 1 - F(6 * sum((x - y) ** 2 for x, y in zip(a, b, strict=True)), n * (n * n - 1))
    body = "\n".join(f"{w}: judge A {x}, judge B {y}" for w, x, y in zip(who, a, b, strict=True))
    text = pick(rng, f"Two judges ranked the bakers:\n{body}\nSpearman's rank correlation? 2 dp",
                f"{body}\n\nHow well do the two rankings agree? Spearman rho to 2 decimals")
    return text, [num(rho) + [v.replace("-", "−") for v in num(rho) if v.startswith("-")]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mean_semicolon_decimal_comma, total_currency_thousands_csv, median_tab_separated,
    max_label_pipe_separated, mean_with_blank_cells, pick_column_weather_csv,
    mean_daily_temp_swing, biggest_swing_date, rainy_day_percentage, electricity_annual_cost,
    star_rating_average_lines, mean_frequency_table_csv, median_frequency_table,
    yoy_named_month_two_columns, biggest_yoy_growth_label, product_share_of_revenue_long,
    pareto_count_80, mean_minus_median_csv, standard_error_list, confidence_interval_csv,
    percentile_rank_named, average_annual_return_compound, total_return_compound,
    mean_without_named_row, score_needed_for_average, min_max_normalised_value,
    spearman_rank_correlation)]
