"""Round 11 (``Q_d_*``, dev now), part one: statistics on numbers typed into a message or
attached as a one-column file — averages, spread, extremes, sums, counts and relationships."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, item, labelled


class Tie(Exception):
    """The drawn numbers give an answer that rounds ambiguously; draw again."""


def retry(make: Callable[[random.Random], Item]) -> Callable[[random.Random], Item]:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def num(value: float | Fraction) -> list[str]:
    """A statistic rounded to two decimals, with and without trailing zeros."""
    scaled = abs(float(value)) * 100
    if abs(scaled - math.floor(scaled) - 0.5) < 1e-6:
        raise Tie
    text = f"{float(value):.2f}"
    if text == "-0.00":
        text = "0.00"
    forms = list(dict.fromkeys([fmt(float(text)), text]))
    return forms + [f.replace("-", "\u2212") for f in forms if f.startswith("-")]


def ints(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def listed(values: list[int], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


def column(name: str, values: list[int]) -> str:
    return name + "\n" + "".join(f"{v}\n" for v in values)


def mean(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values))


def median(values: list[int]) -> Fraction:
    return Fraction(statistics.median(values)).limit_denominator(2)


def unique_mode(rng: random.Random, pool: list[int],
                count: tuple[int, int]) -> tuple[list[int], int]:
    while True:
        xs = [rng.choice(pool) for _ in range(rng.randint(*count))]
        counts = sorted(((xs.count(v), v) for v in set(xs)), reverse=True)
        if counts[0][0] > counts[1][0]:
            return xs, counts[0][1]


# --- averages ---------------------------------------------------------------------------

def q_d_avg_scores(rng: random.Random) -> Item:  # quiz scores, casual
    xs = ints(rng, 40, 100, (5, 8))
    return item("Q_d_avg_scores", "data", f"my quiz scores this term were {listed(xs)}. what's "
                "my average?", [num(mean(xs))])


def q_d_mean_terse(rng: random.Random) -> Item:  # terse, space separated
    xs = ints(rng, 1, 60, (6, 10))
    return item("Q_d_mean_terse", "data", f"mean of {listed(xs, ' ')}", [num(mean(xs))])


def q_d_commute_avg(rng: random.Random) -> Item:  # commute minutes over a week
    xs = ints(rng, 18, 75, (5, 5))
    return item("Q_d_commute_avg", "data", f"Logged my commute every day this week (minutes): "
                f"{listed(xs)}. On average how long did it take?", [num(mean(xs))])


def q_d_median_rent(rng: random.Random) -> Item:  # median of an even number of rents
    xs = ints(rng, 700, 2400, (3, 4))
    xs += ints(rng, 700, 2400, (len(xs), len(xs)))
    return item("Q_d_median_rent", "data", f"Rents of the flats I've viewed: {listed(xs)}. "
                "What is the median rent?", [num(median(xs))])


def q_d_median_middle(rng: random.Random) -> Item:  # middle value of an attached column
    xs = ints(rng, 3, 99, (7, 7))
    return item("Q_d_median_middle", "data", "if you sorted the numbers in this file which one "
                "would be in the middle?", [num(median(xs))], csv=column("value", xs))


def q_d_mode_shoes(rng: random.Random) -> Item:  # the most common shoe size, attached
    xs, top = unique_mode(rng, list(range(36, 45)), (8, 12))
    return item("Q_d_mode_shoes", "data", "Attached are the shoe sizes the team ordered. Which "
                "size comes up most often?", [[str(top)]], csv=column("shoe_size", xs))


def q_d_mode_plain(rng: random.Random) -> Item:  # the word mode, semicolons
    xs, top = unique_mode(rng, list(range(1, 10)), (9, 13))
    return item("Q_d_mode_plain", "data", f"What's the mode: {listed(xs, '; ')}",
                [[*labelled(["mode", "Mode"], str(top)), f"**{top}**"]])


# --- spread -----------------------------------------------------------------------------

def q_d_sample_sd(rng: random.Random) -> Item:  # sample standard deviation, lab readings
    xs = ints(rng, 10, 90, (6, 9))
    return item("Q_d_sample_sd", "data", f"Sample standard deviation of these readings please: "
                f"{listed(xs)}", [num(statistics.stdev(xs))])


def q_d_pop_sd(rng: random.Random) -> Item:  # population sd, whole class
    xs = ints(rng, 50, 100, (8, 12))
    return item("Q_d_pop_sd", "data", f"these are the marks of the whole class (so it's the "
                f"population): {listed(xs)} - what's the standard deviation?",
                [num(statistics.pstdev(xs))])


def q_d_variance(rng: random.Random) -> Item:  # sample variance
    xs = ints(rng, 1, 30, (5, 8))
    return item("Q_d_variance", "data", f"Can you compute the sample variance of {listed(xs)}?",
                [num(statistics.variance(xs))])


def q_d_range_temps(rng: random.Random) -> Item:  # range of temperatures, with negatives
    xs = ints(rng, -12, 15, (6, 9))
    r = max(xs) - min(xs)
    return item("Q_d_range_temps", "data", f"Overnight lows last week were {listed(xs)} °C. "
                "What's the range?", [[str(r), f"{r} °C", f"{r}°C", f"{r} degrees"]])


def q_d_spread_terse(rng: random.Random) -> Item:  # max minus min, terse
    xs = ints(rng, 100, 999, (5, 8))
    return item("Q_d_spread_terse", "data", f"range {listed(xs, ' ')}?",
                [[str(max(xs) - min(xs))]])


# --- extremes, sums and counts ----------------------------------------------------------

def q_d_highest_bill(rng: random.Random) -> Item:  # highest and lowest bill in a file
    xs = sorted({round(rng.uniform(20, 180), 2) for _ in range(rng.randint(5, 7))})
    rng.shuffle(xs)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
    csv = "month,amount\n" + "".join(f"{m},{v:.2f}\n" for m, v in zip(months, xs, strict=False))
    return item("Q_d_highest_bill", "data", "electricity bills are in the csv. which amount was "
                "the highest, and what was the lowest?", [[f"{max(xs):.2f}"], [f"{min(xs):.2f}"]],
                csv=csv)


def q_d_sum_steps(rng: random.Random) -> Item:  # total of daily step counts
    xs = ints(rng, 2500, 16000, (7, 7))
    total = sum(xs)
    return item("Q_d_sum_steps", "data", f"Steps per day this week: {listed(xs)}. How many "
                "steps in total?", [[str(total), f"{total:,}"]])


def q_d_add_up(rng: random.Random) -> Item:  # add up a handful of expenses
    xs = [Fraction(rng.randint(150, 9000), 100) for _ in range(rng.randint(4, 7))]
    return item("Q_d_add_up", "data", "add these up for me: " + " + ".join(
        f"{float(v):.2f}" for v in xs), [num(sum(xs, Fraction(0)))])


def q_d_count_values(rng: random.Random) -> Item:  # how many numbers are listed
    xs = ints(rng, 1, 500, (11, 19))
    return item("Q_d_count_values", "data", f"how many numbers are in this list? {listed(xs)}",
                [[str(len(xs))]])


def q_d_count_above(rng: random.Random) -> Item:  # how many values exceed a threshold
    xs = ints(rng, 50, 150, (8, 12))
    limit = rng.choice([90, 100, 110])
    n = sum(1 for v in xs if v > limit)
    return item("Q_d_count_above", "data", f"My blood sugar readings (mg/dL): {listed(xs)}. On "
                f"how many readings was it above {limit}?", [[str(n)]])


def q_d_min_time(rng: random.Random) -> Item:  # fastest lap from an attached log
    xs = sorted({round(rng.uniform(58, 75), 1) for _ in range(6)})
    rng.shuffle(xs)
    best = min(xs)
    csv = "lap,seconds\n" + "".join(f"{i},{v}\n" for i, v in enumerate(xs, 1))
    return item("Q_d_min_time", "data", "exported my lap times, what was my fastest lap time?",
                [[str(best), f"{best} s", f"{best} seconds"]], csv=csv)


# --- several statistics at once ---------------------------------------------------------

def q_d_mean_median(rng: random.Random) -> Item:  # mean and median, two parts
    xs = ints(rng, 10, 80, (3, 4))
    xs += ints(rng, 10, 80, (len(xs), len(xs)))
    return item("Q_d_mean_median", "data", f"For the data set {listed(xs)}, give me the mean "
                "and the median.", [num(mean(xs)), num(median(xs))])


def q_d_summary(rng: random.Random) -> Item:  # min, max and mean of an attached column
    xs = ints(rng, 5, 95, (6, 10))
    return item("Q_d_summary", "data", "quick summary of the attached numbers — min, max and "
                "mean pls", [labelled(["min", "Min", "minimum", "Minimum"], str(min(xs))),
                             labelled(["max", "Max", "maximum", "Maximum"], str(max(xs))),
                             num(mean(xs))], csv=column("reading", xs))


def q_d_avg_and_sd(rng: random.Random) -> Item:  # mean and sample sd of body weights
    xs = [round(rng.uniform(60, 95), 1) for _ in range(rng.randint(5, 8))]
    return item("Q_d_avg_and_sd", "data", f"I weighed myself on {len(xs)} mornings: "
                f"{', '.join(str(v) for v in xs)} kg. What's the average and the (sample) "
                "standard deviation?", [num(statistics.fmean(xs)), num(statistics.stdev(xs))])


# --- relationships and trends -----------------------------------------------------------

def q_d_corr_pairs(rng: random.Random) -> Item:  # correlation between hours and score
    hours = rng.sample(range(11), rng.randint(6, 8))
    score = [40 + 5 * h + rng.randint(-12, 12) for h in hours]
    return item("Q_d_corr_pairs", "data", f"hours studied: {listed(hours)}\nexam score: "
                f"{listed(score)}\nwhat's the correlation coefficient between them?",
                [num(statistics.correlation(hours, score))])


def q_d_corr_temp_sales(rng: random.Random) -> Item:  # ice cream against temperature
    temps = rng.sample(range(12, 34), rng.randint(6, 9))
    sales = [rng.randint(20, 90) + 5 * t for t in temps]
    return item("Q_d_corr_temp_sales", "data", f"Is there a link between temperature and our "
                f"ice cream sales? Temps: {listed(temps)}. Cones sold: {listed(sales)}. Give me "
                "Pearson's r.", [num(statistics.correlation(temps, sales))])


def q_d_slope(rng: random.Random) -> Item:  # slope of a straight-line fit over months
    ys = [rng.randint(100, 140) + 7 * i + rng.randint(-5, 5) for i in range(rng.randint(5, 8))]
    slope = statistics.linear_regression(list(range(1, len(ys) + 1)), ys).slope
    return item("Q_d_slope", "data", f"Monthly subscribers (months 1 to {len(ys)}): "
                f"{listed(ys)}. By how much does it grow per month on a straight-line fit?",
                [num(slope)])


def q_d_growth_pct(rng: random.Random) -> Item:  # percentage change first to last
    xs = ints(rng, 200, 900, (4, 6))
    pct = Fraction(xs[-1] - xs[0], xs[0]) * 100
    forms = num(pct)
    return item("Q_d_growth_pct", "data", f"yearly revenue in thousands: {listed(xs)}. by what "
                "percentage did it change from the first year to the last?",
                [[f + "%" for f in forms] + [f + " %" for f in forms]])


def q_d_up_or_down(rng: random.Random) -> Item:  # direction of a trend in words
    step = rng.choice([-1, 1]) * rng.randint(3, 8)
    ys = [rng.randint(60, 90) + step * i + rng.randint(-2, 2) for i in range(rng.randint(6, 8))]
    alts = ["increasing", "upward", "rising", "going up"] if step > 0 else [
        "decreasing", "downward", "falling", "going down"]
    return item("Q_d_up_or_down", "data", f"Here are my resting heart rate averages week by "
                f"week: {listed(ys)}. which way is it trending?", [alts])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    q_d_avg_scores, q_d_mean_terse, q_d_commute_avg, q_d_median_rent, q_d_median_middle,
    q_d_mode_shoes, q_d_mode_plain, q_d_sample_sd, q_d_pop_sd, q_d_variance, q_d_range_temps,
    q_d_spread_terse, q_d_highest_bill, q_d_sum_steps, q_d_add_up, q_d_count_values,
    q_d_count_above, q_d_min_time, q_d_mean_median, q_d_summary, q_d_avg_and_sd,
    q_d_corr_pairs, q_d_corr_temp_sales, q_d_slope, q_d_growth_pct, q_d_up_or_down)]
