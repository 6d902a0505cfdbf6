"""Round 16 multi-part families (``L_m_*``, dev now): numbers in a message or an attached CSV,
with a statistic plus a chart, a conversion of the result, or several statistics at once."""

from __future__ import annotations

import statistics

from bench.data.agents.heldout16_multi_common import (
    CHART,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Family,
    Fraction,
    convert,
    deg_c,
    eur,
    fam,
    forms,
    gbp,
    kg,
    km,
    named,
    num,
    random,
    safe,
    usd,
)

DATA: list[Family] = []
add = fam(DATA)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ints(rng: random.Random, lo: int, hi: int, n: tuple[int, int]) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(rng.randint(*n))]


def listed(xs: list[int]) -> str:
    return ", ".join(map(str, xs))


def mean(xs: list[int]) -> Fraction:
    return F(sum(xs), len(xs))


def csv(header: str, rows: list[tuple[object, ...]]) -> str:
    return "\n".join([header, *(",".join(map(str, r)) for r in rows)]) + "\n"


def pearson(xs: list[int], ys: list[int]) -> float:
    return statistics.correlation(xs, ys)


def slope(xs: list[int], ys: list[int]) -> Fraction:
    n = len(xs)
    mx, my = F(sum(xs), n), F(sum(ys), n)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def r_forms(r: float) -> list[str]:
    v = F(round(r, 2)).limit_denominator(100)
    return list(dict.fromkeys(named(["r", "correlation", "Correlation", "correlation coefficient",
                                     "Pearson r", "r value"], v) + forms(v)))


def close(r: float) -> bool:
    return abs(r * 100 % 1 - 0.5) < 0.02


# --- a statistic and a chart ---------------------------------------------------------------


@add
def step_counts_chart(rng: random.Random):  # a week of steps: average and a bar chart
    xs = ints(rng, 3000, 16000, (7, 7))
    m = mean(xs)
    if not safe(m):
        return None
    week = ", ".join(f"{d} {x}" for d, x in zip(DAYS, xs, strict=True))
    return (f"my steps this week: {week}. average per day? and chart it please",
            [named(MEAN, m), CHART])


@add
def csv_sales_total_chart(rng: random.Random):  # monthly sales CSV: total, best month, chart
    n = rng.randint(5, 12)
    xs = ints(rng, 800, 9000, (n, n))
    if xs.count(max(xs)) > 1:
        return None
    best = MONTHS[xs.index(max(xs))]
    return ("attached our monthly sales. what's the total for the period, which month was best, "
            "and can you draw a chart?", [num(sum(xs)), [best], CHART],
            {"csv": csv("month,sales", list(zip(MONTHS[:n], xs, strict=True)))})


@add
def csv_temps_f_mean_c(rng: random.Random):  # daily highs in F: the mean in Celsius, plus a chart
    xs = ints(rng, 45, 98, (7, 14))
    m = mean(xs)
    c = (m - 32) * 5 / 9
    if not safe(m, c):
        return None
    rows = [(f"day{i + 1}", x) for i, x in enumerate(xs)]
    return ("here are the daily highs from our trip in fahrenheit. what was the average in "
            "celsius? and plot them", [deg_c(c), CHART], {"csv": csv("day,high_f", rows)})


@add
def weights_lb_mean_kg(rng: random.Random):  # a list of weights in pounds, the mean in kilograms
    xs = ints(rng, 120, 240, (4, 7))
    m = mean(xs) * LB
    if not safe(m, mean(xs), max(xs) * LB):
        return None
    return (f"weights of our team in lb: {listed(xs)}. what's the mean weight in kg, and the "
            "heaviest person in kg?", [kg(m), kg(max(xs) * LB)])


@add
def correlation_scatter(rng: random.Random):  # hours studied against marks: r and a scatter plot
    n = rng.randint(6, 9)
    hours = [rng.randint(1, 12) for _ in range(n)]
    marks = [min(100, 40 + 5 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 3:
        return None
    r = pearson(hours, marks)
    if close(r):
        return None
    return ("is there a correlation between hours studied and exam mark? give me r and a scatter "
            "plot", [r_forms(r), CHART], {"csv": csv("hours,mark", list(zip(hours, marks,
                                                                              strict=True)))})


@add
def trend_slope_chart(rng: random.Random):  # a trend line slope per week, and a line chart
    n = rng.randint(6, 10)
    xs = list(range(1, n + 1))
    ys = [50 + 3 * x + rng.randint(-4, 4) for x in xs]
    s = slope(xs, ys)
    if not safe(s):
        return None
    return (f"subscribers each week: {listed(ys)}. what's the trend (slope per week of a best-fit "
            "line) and show me a line chart", [named(["slope", "Slope", "trend", "Trend"], s) +
                                                forms(s), CHART])


@add
def median_range_bar(rng: random.Random):  # median and maximum, plus a bar chart
    xs = ints(rng, 10, 90, (5, 9))
    md = F(statistics.median(xs)).limit_denominator(2)
    if max(xs) - min(xs) == md:
        return None
    return (f"wait times in minutes at the clinic: {listed(xs)}. median? range? bar chart too",
            [named(MEDIAN, md), named(["range", "Range"], F(max(xs) - min(xs))), CHART])


@add
def expenses_csv_to_euros(rng: random.Random):  # expenses CSV in dollars: total in euros
    n = rng.randint(4, 8)
    amounts = [F(rng.randint(500, 30000), 100) for _ in range(n)]
    total = sum(amounts)
    e = convert(total, "USD", "EUR")
    if not safe(total, e):
        return None
    rows = [(f"item{i + 1}", f"{float(a):.2f}") for i, a in enumerate(amounts)]
    return ("these are my expenses in USD. what's the total and what's that in euros?",
            [usd(total), eur(e)], {"csv": csv("item,usd", rows)})


@add
def run_log_miles_to_km(rng: random.Random):  # a running log in miles: total km and a chart
    xs = [F(rng.randint(20, 130), 10) for _ in range(rng.randint(5, 8))]
    total = sum(xs) * MILE
    if not safe(total):
        return None
    rows = [(DAYS[i % 7], f"{float(x):g}") for i, x in enumerate(xs)]
    return ("my runs this week in miles are attached. total distance in km, and a bar chart of "
            "each run please", [km(total), CHART], {"csv": csv("day,miles", rows)})


@add
def mean_and_range(rng: random.Random):  # mean and range of glucose readings
    xs = ints(rng, 70, 180, (5, 10))
    m = mean(xs)
    if not safe(m) or max(xs) - min(xs) == m:
        return None
    return (f"blood sugar readings (mg/dL): {listed(xs)}. what's the average and the range?",
            [named(MEAN, m), named(["range", "Range"], F(max(xs) - min(xs)))])


@add
def sample_sd_and_mean(rng: random.Random):  # mean and sample standard deviation
    xs = ints(rng, 10, 60, (5, 8))
    m, sd = mean(xs), statistics.stdev(xs)
    v = F(round(sd, 2)).limit_denominator(100)
    if not safe(m) or close(sd):
        return None
    return (f"for {listed(xs)} give me the mean and the sample standard deviation",
            [named(MEAN, m), named(["standard deviation", "sd", "SD", "std", "Standard deviation",
                                    "std dev", "stdev", "s"], v) + forms(v)])


@add
def csv_two_columns_means(rng: random.Random):  # means of two columns and which is higher
    n = rng.randint(5, 9)
    a, b = ints(rng, 20, 80, (n, n)), ints(rng, 20, 80, (n, n))
    ma, mb = mean(a), mean(b)
    if ma == mb or not safe(ma, mb):
        return None
    return ("two groups' scores attached. mean for each group, and which one did better on "
            "average?", [forms(ma), forms(mb), ["group_a" if ma > mb else "group_b",
                                                "group a" if ma > mb else "group b",
                                                "Group A" if ma > mb else "Group B"]],
            {"csv": csv("group_a,group_b", list(zip(a, b, strict=True)))})


@add
def rainfall_total_inches(rng: random.Random):  # rainfall in mm: total in inches, and a chart
    xs = ints(rng, 0, 60, (6, 12))
    inches = F(sum(xs), 1) / F(254, 10)
    if not safe(inches):
        return None
    return (f"rain per day in mm: {listed(xs)}. how many inches of rain in total? and graph it",
            [[f"{v} in" for v in forms(inches)] + [f"{v} inches" for v in forms(inches)], CHART])


@add
def prices_gbp_mean(rng: random.Random):  # prices in dollars: mean, then in pounds
    xs = [F(rng.randint(199, 9999), 100) for _ in range(rng.randint(4, 7))]
    m = sum(xs) / len(xs)
    g = convert(m, "USD", "GBP")
    if not safe(m, g):
        return None
    listed_ = ", ".join(f"${float(x):.2f}" for x in xs)
    return (f"quotes I got: {listed_}. average quote, and in GBP?", [usd(m), gbp(g)])


@add
def growth_percent_chart(rng: random.Random):  # first to last percent change, and a chart
    xs = ints(rng, 100, 500, (5, 8))
    pc = F(xs[-1] - xs[0], xs[0]) * 100
    if not safe(pc):
        return None
    return (f"website visitors by month: {listed(xs)}. percentage change from first to last "
            "month, and a line graph", [[f"{v}%" for v in forms(pc)] + [
                f"{v} %" for v in forms(pc)], CHART])


@add
def csv_max_min_days(rng: random.Random):  # hottest and coldest days from a CSV
    xs = rng.sample(range(-5, 35), 7)
    rows = list(zip(DAYS, xs, strict=True))
    hot, cold = DAYS[xs.index(max(xs))], DAYS[xs.index(min(xs))]
    return ("which day was warmest and which was coldest? also the difference between them",
            [[hot], [cold], [*num(max(xs) - min(xs)), f"{max(xs) - min(xs)} °C",
                             f"{max(xs) - min(xs)} degrees"]],
            {"csv": csv("day,temp_c", rows)})


@add
def heights_mean_feet(rng: random.Random):  # heights in cm: mean in cm and in inches
    xs = ints(rng, 150, 195, (4, 8))
    m = mean(xs)
    inch = m / F(254, 100)
    if not safe(m, inch):
        return None
    return (f"heights of my kids' basketball team in cm: {listed(xs)}. average in cm and in "
            "inches?", [[f"{v} cm" for v in forms(m)] + [f"{v} centimetres" for v in forms(m)],
                        [f"{v} in" for v in forms(inch)] + [f"{v} inches" for v in forms(inch)]])


@add
def csv_sum_by_category(rng: random.Random):  # a category total and the overall total
    cats = ["food", "rent", "travel", "fun"]
    rows = [(rng.choice(cats), rng.randint(5, 300)) for _ in range(rng.randint(6, 10))]
    cat = rng.choice([c for c, _ in rows])
    part = sum(v for c, v in rows if c == cat)
    total = sum(v for _, v in rows)
    if part == total:
        return None
    return (f"from this spending csv, how much went on {cat}, what's the grand total, and what "
            f"share was {cat}?", [num(part), num(total), [
                f"{v}%" for v in forms(F(part * 100, total))]],
            {"csv": csv("category,amount", rows)}) if safe(F(part * 100, total)) else None


@add
def mode_and_mean(rng: random.Random):  # shoe sizes: the most common, and the mean
    base = ints(rng, 36, 46, (6, 9))
    mode = rng.choice(base)
    xs = [*base, mode, mode]
    counts = sorted((xs.count(v) for v in set(xs)), reverse=True)
    m = mean(xs)
    if counts[0] == counts[1] or not safe(m):
        return None
    mode = statistics.mode(xs)
    rng.shuffle(xs)
    return (f"shoe sizes sold today: {listed(xs)}. most common size and the mean size?",
            [named(["mode", "Mode", "most common size", "most common"], F(mode)), named(MEAN, m)])


@add
def bp_readings_csv(rng: random.Random):  # blood pressure readings: mean systolic and diastolic
    n = rng.randint(5, 10)
    s, d = ints(rng, 110, 160, (n, n)), ints(rng, 65, 100, (n, n))
    ms, md = mean(s), mean(d)
    if not safe(ms, md):
        return None
    return ("my blood pressure log is attached. what's my average systolic and average "
            "diastolic? a chart over time would be nice", [forms(ms), forms(md), CHART],
            {"csv": csv("reading,systolic,diastolic", [(i + 1, a, b) for i, (a, b) in enumerate(
                zip(s, d, strict=True))])})


@add
def grades_weighted(rng: random.Random):  # coursework and exam: weighted mark and the plain mean
    a, b = rng.randint(40, 100), rng.randint(40, 100)
    w = rng.choice([30, 40, 25])
    total = F(a * w + b * (100 - w), 100)
    plain = F(a + b, 2)
    if total == plain or not safe(total, plain):
        return None
    return (f"coursework {a}, exam {b}. coursework counts {w}% and the exam the rest. what's my "
            "final mark? and what would it be if they were weighted equally?",
            [forms(total), forms(plain)])


@add
def csv_fuel_log(rng: random.Random):  # a fuel log: total litres, cost, and cost per litre
    n = rng.randint(4, 7)
    rows = []
    for _ in range(n):
        lit = F(rng.randint(200, 600), 10)
        price = F(rng.randint(150, 199), 100)
        rows.append((f"{float(lit):g}", f"{float(lit * price):.2f}"))
    tl = sum(F(a) for a, _ in rows)
    tc = sum(F(b) for _, b in rows)
    if not safe(tl, tc, tc / tl):
        return None
    return ("fuel log attached (litres, cost in euros). total litres, total spent, and average "
            "price per litre?", [[f"{v} L" for v in forms(tl)] + [f"{v} litres" for v in forms(
                tl)] + forms(tl), eur(tc), eur(tc / tl)], {"csv": csv("litres,cost_eur", rows)})


@add
def pie_shares(rng: random.Random):  # a budget split: one share as a percentage and a pie chart
    parts = {"rent": rng.randint(600, 1500), "food": rng.randint(200, 600),
             "transport": rng.randint(50, 300), "savings": rng.randint(100, 800)}
    total = sum(parts.values())
    k = rng.choice(list(parts))
    pc = F(parts[k] * 100, total)
    if not safe(pc):
        return None
    text = ", ".join(f"{a} {b}" for a, b in parts.items())
    return (f"monthly budget: {text}. what percent is {k}? make a pie chart of it all",
            [[f"{v}%" for v in forms(pc)] + [f"{v} %" for v in forms(pc)], CHART])


@add
def mean_of_list_then_times(rng: random.Random):  # average daily spend, then a month's worth
    xs = ints(rng, 8, 60, (5, 7))
    m = mean(xs)
    if not safe(m, m * 30):
        return None
    return (f"I spent ${listed(xs).replace(', ', ', $')} on lunches this week. average per day, "
            "and what would 30 days at that rate cost?", [usd(m), usd(m * 30)])


__all__ = ["DATA"]
