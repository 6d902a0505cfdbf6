"""Round 13 (``K_m_*``, dev now): numbers in a message or an attached CSV, with statistics
and a chart, or statistics and a conversion."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout13_multi_common import (
    CHART,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    PLOT,
    F,
    Made,
    cash,
    convert,
    deg_c,
    named,
    need,
    num,
    ok2,
    r2,
    register,
    unit,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
TOTAL = ["total", "Total", "sum", "Sum"]
MAX = ["max", "maximum", "highest", "Max", "Maximum", "Highest"]
MIN = ["min", "minimum", "lowest", "Min", "Minimum", "Lowest"]
SD = ["standard deviation", "Standard deviation", "std dev", "SD", "sd", "Std dev"]
R = ["r", "correlation", "Correlation", "correlation coefficient", "Correlation coefficient"]
GRAPH = list(dict.fromkeys([*PLOT, *CHART]))


def csv(header: str, labels: list[str], values: list[int] | list[F]) -> str:
    rows = [f"{a},{v}" for a, v in zip(labels, values, strict=True)]
    return "\n".join([header, *rows]) + "\n"


def mean(values: list[int]) -> F:
    return F(sum(values), len(values))


@fam
def csv_sales_total_bar(r: random.Random) -> Made:  # monthly sales: total, best month, chart
    n = r.randint(5, 12)
    vals = r.sample(range(80, 900), n)
    best = MONTHS[vals.index(max(vals))]
    return ("attached is our sales by month. total for the year so far, best month, and a bar "
            "chart please", [named(TOTAL, F(sum(vals))), [best], GRAPH],
            {"csv": csv("month,sales", MONTHS[:n], vals)})


@fam
def csv_temps_f_to_c(r: random.Random) -> Made:  # Fahrenheit temperatures: mean in Celsius, chart
    vals = [r.randint(40, 95) for _ in range(7)]
    m = mean(vals)
    c = (m - 32) * 5 / 9
    ok2(m, c)
    return ("These are last week's highs in °F. What was the average, what's that in Celsius, "
            "and can you plot them?", [named(MEAN, m), deg_c(r2(c)), GRAPH],
            {"csv": csv("day,high_f", DAYS, vals)})


@fam
def csv_mean_median(r: random.Random) -> Made:  # a column's mean and median
    n = r.choice([6, 8, 10])
    vals = [r.randint(1, 60) for _ in range(n)]
    m, md = mean(vals), F(statistics.median(vals)).limit_denominator()
    ok2(m)
    need(m != md)
    names = [f"P{i + 1}" for i in range(n)]
    return ("mean and median of the minutes column?", [named(MEAN, m), named(MEDIAN, md)],
            {"csv": csv("patient,minutes", names, vals)})


@fam
def csv_weights_lb_kg(r: random.Random) -> Made:  # weigh-ins in pounds: mean in kg, and a chart
    vals = [r.randint(150, 230) for _ in range(r.randint(5, 9))]
    m = mean(vals)
    kg = m * LB
    ok2(m, kg)
    weeks = [f"week {i + 1}" for i in range(len(vals))]
    return ("my weekly weigh-ins (lbs). average in kg please, and draw me a line graph",
            [unit(r2(kg), "kg", "kilograms", "kilos"), GRAPH],
            {"csv": csv("week,lbs", weeks, vals)})


@fam
def list_mean_median_range(r: random.Random) -> Made:  # numbers in a message: three statistics
    vals = [r.randint(1, 99) for _ in range(r.randint(6, 9))]
    m, md, rg = mean(vals), F(statistics.median(vals)).limit_denominator(), max(vals) - min(vals)
    ok2(m)
    need(len({m, md, F(rg)}) == 3)
    return (f"{' '.join(map(str, vals))} <- mean, median and range of these?",
            [named(MEAN, m), named(MEDIAN, md), named(["range", "Range"], F(rg))])


@fam
def sample_sd_and_mean(r: random.Random) -> Made:  # mean and sample standard deviation
    vals = [r.randint(10, 40) for _ in range(r.randint(5, 8))]
    m = mean(vals)
    sd = statistics.stdev(vals)
    need(abs(sd * 100 - math.floor(sd * 100) - 0.5) > 0.01)
    ok2(m)
    return (f"lap times in seconds: {', '.join(map(str, vals))}. give me the average and the "
            "sample standard deviation", [named(MEAN, m), named(SD, F(round(sd, 2)))])


@fam
def correlation_scatter(r: random.Random) -> Made:  # two columns: correlation and a scatter plot
    n = r.randint(6, 9)
    xs = r.sample(range(1, 30), n)
    ys = [2 * x + 10 + r.randint(-8, 8) for x in xs]
    cr = statistics.correlation(xs, ys)
    need(abs(cr * 100 - math.floor(cr * 100) - 0.5) > 0.01)
    text = "hours,score\n" + "".join(f"{x},{y}\n" for x, y in zip(xs, ys, strict=True))
    return ("is study time linked to the score? correlation coefficient please, and a scatter "
            "plot", [named(R, F(round(cr, 2)).limit_denominator(100)), GRAPH], {"csv": text})


@fam
def trend_slope_chart(r: random.Random) -> Made:  # a linear trend per month, and a chart
    n, slope = r.randint(5, 9), r.randint(-6, 12)
    base = r.randint(40, 90)
    vals = [base + slope * i for i in range(n)]
    need(slope != 0)
    return (f"subscribers each month: {', '.join(map(str, vals))}. by how much does it change "
            "per month on average (linear trend)? plot it", [per_month(slope), GRAPH])


def per_month(s: int) -> list[str]:
    return [f"{s} per month", f"{s} a month", f"{s} subscribers per month",
            f"{s} subscribers a month", *named(["slope", "Slope", "trend", "Trend"], F(s))]


@fam
def csv_expenses_euros(r: random.Random) -> Made:  # expenses in dollars: total in euros, chart
    cats = r.sample(["rent", "food", "travel", "phone", "gym", "fun", "bills"], r.randint(4, 6))
    vals = [r.randint(20, 900) for _ in cats]
    eur = convert(F(sum(vals)), "USD", "EUR")
    ok2(eur)
    return ("my spending last month in USD is attached. total in euros, and a chart by "
            "category?", [cash(r2(eur), "EUR"), GRAPH],
            {"csv": csv("category,usd", cats, vals)})


@fam
def heights_inches(r: random.Random) -> Made:  # heights in cm: mean in inches, tallest
    names = r.sample(["Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal"], r.randint(4, 7))
    vals = r.sample(range(140, 200), len(names))
    m = mean(vals)
    inch = m / 100 / INCH
    ok2(inch)
    tall = names[vals.index(max(vals))]
    return ("class heights attached (cm). who's tallest, and what's the average height in "
            "inches?", [[tall], unit(r2(inch), "in", "inches", '"')],
            {"csv": csv("name,height_cm", names, vals)})


@fam
def miles_total_km(r: random.Random) -> Made:  # runs in miles: total in km and a chart
    vals = [r.randint(2, 14) for _ in range(7)]
    km = sum(vals) * MILE
    ok2(km)
    return (f"miles run each day this week: {', '.join(map(str, vals))}. total in km? and "
            "chart it", [unit(r2(km), "km", "kilometres", "kilometers"), GRAPH])


@fam
def scores_above(r: random.Random) -> Made:  # scores: mean and how many passed
    vals = [r.randint(20, 100) for _ in range(r.randint(8, 12))]
    cut = r.choice([50, 60, 70])
    passed = sum(v >= cut for v in vals)
    m = mean(vals)
    ok2(m)
    need(passed not in (0, len(vals)))
    return (f"exam marks {', '.join(map(str, vals))}. average, and how many got {cut} or more?",
            [named(MEAN, m), num(passed)])


@fam
def rain_mm_inches(r: random.Random) -> Made:  # rainfall in mm: total, in inches, and a chart
    n = r.randint(5, 10)
    vals = [r.randint(0, 40) for _ in range(n)]
    inch = F(sum(vals), 1) / 1000 / INCH
    ok2(inch)
    days = [f"2026-10-{i + 10}" for i in range(n)]
    return ("rain gauge readings attached, mm per day. how much fell in total, how many inches "
            "is that, and a bar chart would be great", [unit(F(sum(vals)), "mm", "millimetres"),
                                                       unit(r2(inch), "in", "inches"), GRAPH],
            {"csv": csv("date,mm", days, vals)})


@fam
def growth_first_last(r: random.Random) -> Made:  # percent growth first to last, and a graph
    n = r.randint(4, 8)
    vals = sorted(r.sample(range(100, 600), n))
    g = F(vals[-1] - vals[0], vals[0]) * 100
    ok2(g)
    years = [str(2018 + i) for i in range(n)]
    return ("How much did revenue grow from the first year to the last, in percent? And a line "
            "chart.", [[f"{v}%" for v in num(r2(g))], GRAPH],
            {"csv": csv("year,revenue", years, vals)})


@fam
def weight_change_lb(r: random.Random) -> Made:  # change over weeks in kg and pounds, graph
    start, n = r.randint(70, 110), r.randint(5, 9)
    vals = [F(start * 10 - i * r.randint(2, 9), 10) for i in range(n)]
    change = vals[0] - vals[-1]
    lb = change / LB
    ok2(lb)
    text = "week,kg\n" + "".join(f"{i + 1},{float(v):.1f}\n" for i, v in enumerate(vals))
    return ("how much weight have I lost since week 1, in kg and lb? plot the trend too",
            [unit(change, "kg", "kilograms", "kilos", places=1), unit(r2(lb), "lb", "pounds",
                                                                       "lbs"), GRAPH],
            {"csv": text})


@fam
def steps_busiest_day(r: random.Random) -> Made:  # daily steps: average and the busiest day
    vals = r.sample(range(2000, 18000), 7)
    m = mean(vals)
    ok2(m)
    return ("step counts for the week, what's my daily average and which day was the "
            "busiest?", [named(MEAN, m), [DAYS[vals.index(max(vals))]]],
            {"csv": csv("day,steps", DAYS, vals)})


@fam
def bp_readings(r: random.Random) -> Made:  # blood pressure: average top and bottom numbers
    n = r.randint(4, 7)
    sys_ = [r.randint(105, 150) for _ in range(n)]
    dia = [r.randint(65, 95) for _ in range(n)]
    ms, md = mean(sys_), mean(dia)
    ok2(ms, md)
    text = "date,systolic,diastolic\n" + "".join(
        f"2026-11-{10 + i},{s},{d}\n" for i, (s, d) in enumerate(zip(sys_, dia, strict=True)))
    return ("my BP log: what's the average systolic and average diastolic? and chart both",
            [num(r2(ms)), num(r2(md)), GRAPH], {"csv": text})


@fam
def share_of_total(r: random.Random) -> Made:  # one category's share and the total
    cats = r.sample(["apples", "pears", "plums", "kiwis", "figs", "limes"], 4)
    vals = [r.randint(10, 200) for _ in cats]
    pick = r.choice(cats)
    share = F(vals[cats.index(pick)] * 100, sum(vals))
    ok2(share)
    return (f"fruit sold: total, and what percentage was {pick}? pie chart too if you can",
            [named(TOTAL, F(sum(vals))), [f"{v}%" for v in num(r2(share))], GRAPH],
            {"csv": csv("fruit,sold", cats, vals)})


@fam
def list_max_min_chart(r: random.Random) -> Made:  # numbers: max, min, and a chart
    vals = r.sample(range(-20, 45), r.randint(6, 10))
    return (f"temps this fortnight: {', '.join(map(str, vals))}. hottest, coldest, graph",
            [named(MAX, F(max(vals))), named(MIN, F(min(vals))), GRAPH])


@fam
def population_variance(r: random.Random) -> Made:  # mean and population variance
    vals = [r.randint(1, 20) for _ in range(r.randint(5, 8))]
    m = mean(vals)
    var_ = statistics.pvariance([F(v) for v in vals])
    ok2(m, F(var_))
    return (f"for {', '.join(map(str, vals))}: mean and population variance?",
            [named(MEAN, m), named(["variance", "Variance"], F(var_))])


@fam
def csv_sum_two_columns(r: random.Random) -> Made:  # two columns: each total and the grand total
    n = r.randint(4, 8)
    a = [r.randint(10, 300) for _ in range(n)]
    b = [r.randint(10, 300) for _ in range(n)]
    text = "store,online,in_shop\n" + "".join(f"S{i + 1},{x},{y}\n" for i, (x, y) in
                                              enumerate(zip(a, b, strict=True)))
    need(sum(a) != sum(b))
    return ("Total online sales, total in-shop sales, and both together?",
            [num(sum(a)), num(sum(b)), num(sum(a) + sum(b))], {"csv": text})


@fam
def median_then_double(r: random.Random) -> Made:  # median of a list, then doubled
    vals = [r.randint(1, 50) for _ in range(r.choice([5, 7, 9]))]
    md = int(statistics.median(vals))
    need(2 * md != md)
    return (f"median of {', '.join(map(str, vals))}, then double it",
            [named(MEDIAN, F(md)), num(2 * md)])


@fam
def csv_avg_price_pounds(r: random.Random) -> Made:  # average price in dollars, then pounds
    items = r.sample(["lamp", "desk", "chair", "rug", "shelf", "mirror", "clock"], r.randint(4, 6))
    vals = [F(r.randint(500, 20000), 100) for _ in items]
    m = F(sum(vals)) / len(vals)
    gbp = convert(m, "USD", "GBP")
    ok2(m, gbp)
    text = "item,price_usd\n" + "".join(f"{i},{float(v):.2f}\n" for i, v in
                                         zip(items, vals, strict=True))
    return ("what's the average price in this list, in dollars and in pounds?",
            [num(r2(m)), cash(r2(gbp), "GBP")], {"csv": text})


@fam
def histogram_request(r: random.Random) -> Made:  # ages: histogram, mean and oldest
    vals = [r.randint(18, 80) for _ in range(r.randint(8, 12))]
    m = mean(vals)
    ok2(m)
    return (f"ages of our club members are {', '.join(map(str, vals))}. can you make a "
            "histogram, and tell me the mean age and the oldest?",
            [GRAPH, named(MEAN, m), named(["oldest", "Oldest", *MAX], F(max(vals)))])
