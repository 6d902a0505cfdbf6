"""Round 8 (``X_*``, dev now) for ``muse bench agents``, data requests: numbers in the message
or an attached CSV, asking for summary statistics, a trend, a correlation, the highest or
lowest row, or a chart."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from fractions import Fraction

from bench.data.agents.heldout8_forms import PLOT, num, tie
from bench.data.agents.helpers import Family, Item, fresh, item, labelled

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UP = ["increasing", "upward", "going up", "rising", "trending up", "uptrend"]
DOWN = ["decreasing", "downward", "going down", "falling", "trending down", "declining",
        "downtrend"]
SD = ["standard deviation", "sample standard deviation", "sd", "std dev", "stdev", "std"]
CORR = ["correlation", "correlation coefficient", "r", "pearson r", "pearson correlation"]


def stat(names: list[str], value: Fraction, places: int = 2) -> list[str]:
    return [form for v in num(value, places) for form in labelled(names, v)]


def mean(values: list[Fraction]) -> Fraction:
    return Fraction(sum(values), len(values))


def sample_sd_ok(values: list[Fraction]) -> tuple[float, bool]:
    """The sample standard deviation and whether its rounding is safe (not near a tie)."""
    sd = statistics.stdev([float(v) for v in values])
    frac = (sd * 100) % 1
    return sd, abs(frac - 0.5) > 1e-6


def pearson(xs: list[float], ys: list[float]) -> tuple[float, bool]:
    r = statistics.correlation(xs, ys)
    return r, abs((abs(r) * 100) % 1 - 0.5) > 1e-6


def rounded(value: float) -> list[str]:
    return num(Fraction(f"{value:.2f}"))


def csv(header: str, rows: Sequence[tuple[object, object]]) -> str:
    return "\n".join([header, *(f"{a},{b}" for a, b in rows)]) + "\n"


def trending(rng: random.Random, start: int, count: int,
             steps: tuple[int, int] = (2, 6)) -> tuple[list[int], bool]:
    """A series with a clear trend (up or down) and a little noise."""
    up, step = rng.random() < 0.5, rng.randint(*steps)
    values = [start + (i * step if up else -i * step) + rng.randint(-2, 2) for i in range(count)]
    return values, up


# --- numbers in the message ------------------------------------------------------------

def x_steps_mean(rng: random.Random) -> Item:  # a week of step counts, averaged
    steps = [rng.randint(3500, 16000) for _ in range(7)]
    m = mean([Fraction(s) for s in steps])
    if tie(m):
        return x_steps_mean(rng)
    return item("X_steps_mean", "data", f"my daily steps last week: {', '.join(map(str, steps))}"
                ". what's my average?", [stat(["mean", "average"], m)])


def x_scores_median(rng: random.Random) -> Item:  # test scores, median
    scores = [rng.randint(35, 100) for _ in range(rng.randint(5, 10))]
    return item("X_scores_median", "data", f"Test scores for my class: {' '.join(map(str, scores))}"
                " — what's the median?", [stat(["median"], Fraction(statistics.median(scores)))])


def x_sd_sample(rng: random.Random) -> Item:  # an explicitly sample standard deviation
    values = [Fraction(rng.randint(100, 400), 10) for _ in range(rng.randint(5, 8))]
    sd, safe = sample_sd_ok(values)
    if not safe:
        return x_sd_sample(rng)
    listed = ", ".join(f"{float(v):g}" for v in values)
    return item("X_sd_sample", "data", f"sample standard deviation of {listed}?",
                [[f for v in rounded(sd) for f in labelled(SD, v)]])


def x_temp_range(rng: random.Random) -> Item:  # the range of overnight temperatures
    temps = [rng.randint(-12, 18) for _ in range(rng.randint(6, 10))]
    return item("X_temp_range", "data", f"overnight lows this month (°C): "
                f"{', '.join(map(str, temps))}. what's the range?",
                [stat(["range"], Fraction(max(temps) - min(temps)))])


def x_min_max(rng: random.Random) -> Item:  # the highest and the lowest of a list
    values = rng.sample(range(10, 999), rng.randint(6, 12))
    return item("X_min_max", "data", f"highest and lowest of these please: "
                f"{' '.join(map(str, values))}",
                [stat(["max", "maximum", "highest"], Fraction(max(values))),
                 stat(["min", "minimum", "lowest"], Fraction(min(values)))])


def x_heart_trend(rng: random.Random) -> Item:  # weekly resting heart rate: up or down?
    values, up = trending(rng, rng.randint(58, 78), 8, (1, 3))
    return item("X_heart_trend", "data", "my resting heart rate over the last 8 weeks: "
                f"{', '.join(map(str, values))}. is it going up or down?", [UP if up else DOWN])


def x_corr_message(rng: random.Random) -> Item:  # two lists in the message, correlated
    n = rng.randint(6, 9)
    xs = [rng.randint(1, 30) for _ in range(n)]
    slope = rng.choice([-3, -2, 2, 3])
    ys = [slope * x + rng.randint(-15, 15) + 60 for x in xs]
    if len(set(xs)) < 3 or len(set(ys)) < 3:
        return x_corr_message(rng)
    r, safe = pearson([float(x) for x in xs], [float(y) for y in ys])
    if not safe:
        return x_corr_message(rng)
    return item("X_corr_message", "data", f"x: {', '.join(map(str, xs))}\ny: "
                f"{', '.join(map(str, ys))}\nhow strongly are these correlated?",
                [[f for v in rounded(r) for f in labelled(CORR, v)]])


def x_plot_and_mean(rng: random.Random) -> Item:  # a chart of the numbers, plus the mean
    values = [rng.randint(10, 18) * 0.5 for _ in range(7)]
    m = mean([Fraction(v) for v in values])
    if tie(m):
        return x_plot_and_mean(rng)
    listed = ", ".join(f"{v:g}" for v in values)
    return item("X_plot_and_mean", "data", f"hours of sleep this week: {listed}. plot them and "
                "give me the mean", [PLOT, stat(["mean", "average"], m)])


def x_coffee_prices(rng: random.Random) -> Item:  # an average of prices with cents
    prices = [Fraction(rng.randint(210, 520), 100) for _ in range(rng.randint(4, 7))]
    m = mean(prices)
    if tie(m):
        return x_coffee_prices(rng)
    listed = ", ".join(f"{float(p):.2f}" for p in prices)
    return item("X_coffee_prices", "data", f"flat white prices around town: {listed}. what's the "
                "average price?", [stat(["mean", "average"], m)])


def x_summary(rng: random.Random) -> Item:  # four summary statistics at once
    values = [rng.randint(1, 60) for _ in range(rng.randint(6, 9))]
    m = mean([Fraction(v) for v in values])
    if tie(m):
        return x_summary(rng)
    return item("X_summary", "data", f"give me summary stats for {', '.join(map(str, values))}"
                " (mean, median, min, max)",
                [stat(["mean", "average"], m),
                 stat(["median"], Fraction(statistics.median(values))),
                 stat(["min", "minimum"], Fraction(min(values))),
                 stat(["max", "maximum"], Fraction(max(values)))])


# --- an attached CSV -------------------------------------------------------------------

def x_csv_best_month(rng: random.Random) -> Item:  # which month sold the most
    start = rng.randint(0, 6)
    sales = [rng.randint(80, 900) for _ in range(6)]
    if sales.count(max(sales)) > 1:
        return x_csv_best_month(rng)
    months = MONTHS[start:start + 6]
    best = months[sales.index(max(sales))]
    return item("X_csv_best_month", "data", "which month had the highest sales?", [[best]],
                csv=csv("month,sales", list(zip(months, sales, strict=True))))


def x_csv_cheapest_day(rng: random.Random) -> Item:  # which day the spending was lowest
    spend = [Fraction(rng.randint(500, 9000), 100) for _ in range(7)]
    if spend.count(min(spend)) > 1:
        return x_csv_cheapest_day(rng)
    rows = [(d, f"{float(s):.2f}") for d, s in zip(DAYS, spend, strict=True)]
    return item("X_csv_cheapest_day", "data", "attached is what I spent each day. on which day "
                "did I spend the least?", [[DAYS[spend.index(min(spend))]]],
                csv=csv("day,spent", rows))


def x_csv_weight_trend(rng: random.Random) -> Item:  # weekly weigh-ins: trend
    values, up = trending(rng, rng.randint(600, 1000), 10)
    rows = [(f"week {i + 1}", f"{v / 10:.1f}") for i, v in enumerate(values)]
    return item("X_csv_weight_trend", "data", "here are my weigh-ins. am I trending up or down?",
                [UP if up else DOWN], csv=csv("week,kg", rows))


def x_csv_corr(rng: random.Random) -> Item:  # hours studied against a test score
    n = rng.randint(8, 12)
    hours = [rng.randint(0, 12) for _ in range(n)]
    scores = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 3:
        return x_csv_corr(rng)
    r, safe = pearson([float(h) for h in hours], [float(s) for s in scores])
    if not safe:
        return x_csv_corr(rng)
    return item("X_csv_corr", "data", "what's the correlation between hours studied and score?",
                [[f for v in rounded(r) for f in labelled(CORR, v)]],
                csv=csv("hours,score", list(zip(hours, scores, strict=True))))


def x_csv_chart(rng: random.Random) -> Item:  # just a chart of a CSV
    start = rng.randint(0, 4)
    rows = [(m, rng.randint(20, 300)) for m in MONTHS[start:start + rng.randint(5, 8)]]
    return item("X_csv_chart", "data", rng.choice(["chart this for me please", "can you graph "
                "this?", "make me a chart of this file"]), [PLOT],
                csv=csv("month,visitors", rows))


def x_csv_rain_mean(rng: random.Random) -> Item:  # the mean of one column among three
    n = rng.randint(6, 10)
    rain = [Fraction(rng.randint(0, 250), 10) for _ in range(n)]
    m = mean(rain)
    if tie(m):
        return x_csv_rain_mean(rng)
    lines = ["date,temp_c,rain_mm"] + [f"2026-05-{i + 1:02d},{rng.randint(8, 26)},"
                                       f"{float(r):.1f}" for i, r in enumerate(rain)]
    return item("X_csv_rain_mean", "data", "what's the average of the rain column?",
                [stat(["mean", "average"], m)], csv="\n".join(lines) + "\n")


def x_csv_median_height(rng: random.Random) -> Item:  # the median of a chosen column
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Ema", "Finn", "Gus", "Hana", "Ivo",
                        "Jude", "Kai"], rng.randint(5, 9))
    heights = [rng.randint(150, 195) for _ in names]
    lines = ["name,age,height_cm"] + [f"{n},{rng.randint(18, 60)},{h}"
                                      for n, h in zip(names, heights, strict=True)]
    return item("X_csv_median_height", "data", "median height in this table?",
                [stat(["median"], Fraction(statistics.median(heights)))],
                csv="\n".join(lines) + "\n")


def x_csv_total_spent(rng: random.Random) -> Item:  # the sum of an amount column
    goods = rng.sample(["rent", "groceries", "phone", "gym", "transport", "internet",
                        "insurance", "eating out", "utilities"], rng.randint(4, 8))
    amounts = [Fraction(rng.randint(1000, 120000), 100) for _ in goods]
    total = sum(amounts, Fraction(0))
    forms = [f for v in num(total) for f in (*labelled(["total", "sum"], v), f"${v}")]
    return item("X_csv_total_spent", "data", "how much did I spend in total this month?",
                [forms], csv=csv("category,amount",
                                 [(g, f"{float(a):.2f}") for g, a in zip(goods, amounts,
                                                                          strict=True)]))


def x_csv_top_product(rng: random.Random) -> Item:  # the best-selling row and its value
    names = rng.sample(["widget", "gadget", "sprocket", "gizmo", "doohickey", "bracket",
                        "hinge"], rng.randint(4, 6))
    units = [rng.randint(20, 600) for _ in names]
    if units.count(max(units)) > 1:
        return x_csv_top_product(rng)
    return item("X_csv_top_product", "data", "which product sold the most units, and how many?",
                [[names[units.index(max(units))]], [str(max(units))]],
                csv=csv("product,units_sold", list(zip(names, units, strict=True))))


def x_csv_sd_times(rng: random.Random) -> Item:  # standard deviation of a column of times
    times = [Fraction(rng.randint(2400, 3600), 100) for _ in range(rng.randint(6, 10))]
    sd, safe = sample_sd_ok(times)
    if not safe:
        return x_csv_sd_times(rng)
    rows = [(i + 1, f"{float(t):.2f}") for i, t in enumerate(times)]
    return item("X_csv_sd_times", "data", "standard deviation of my 5k times (minutes)?",
                [[f for v in rounded(sd) for f in labelled(SD, v)]],
                csv=csv("run,minutes", rows))


def x_csv_savings_plot(rng: random.Random) -> Item:  # a chart and the trend, together
    values, up = trending(rng, rng.randint(100, 200), rng.randint(6, 9))
    rows = [(MONTHS[i], v * 10) for i, v in enumerate(values)]
    return item("X_csv_savings_plot", "data", "plot my savings by month, and tell me whether "
                "they're trending up or down", [PLOT, UP if up else DOWN],
                csv=csv("month,balance", rows))


FAMILIES: list[tuple[Family, int]] = [(fresh(make), 6) for make in (
    x_steps_mean, x_scores_median, x_sd_sample, x_temp_range, x_min_max, x_heart_trend,
    x_corr_message, x_plot_and_mean, x_coffee_prices, x_summary, x_csv_best_month,
    x_csv_cheapest_day, x_csv_weight_trend, x_csv_corr, x_csv_chart, x_csv_rain_mean,
    x_csv_median_height, x_csv_total_spent, x_csv_top_product, x_csv_sd_times,
    x_csv_savings_plot)]
