"""Round 15 (``J_d_*``, dev now), data part one: numbers typed into the message — averages,
spreads, totals, trends and correlations from everyday logs — and the shared helpers."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, half_cent, item, labelled

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Alice", "Bruno", "Chloe", "Dmitri", "Esme", "Farid", "Greta", "Hugo", "Ines", "Jonas"]


class Tie(Exception):
    """The draw would have an ambiguous answer (a rounding tie, a shared maximum): redraw."""


def retry(make: Callable[[random.Random], Item]) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    draw.__name__ = make.__name__
    return draw


def num(value: Fraction | float) -> list[str]:
    """A value to two decimals, with and without trailing zeros (and thousands commas)."""
    if isinstance(value, Fraction):
        if half_cent(value):
            raise Tie
        v = float(round(value, 2))
    else:
        if abs(abs(value * 100) % 1 - 0.5) < 1e-6:
            raise Tie
        v = round(value, 2)
    if v == 0:
        raise Tie
    out = [fmt(v), f"{v:.2f}"]
    if abs(v) >= 1000:
        out += [f"{v:,.2f}", f"{v:,.2f}".rstrip("0").rstrip(".")]
    if v < 0:
        out += [text.replace("-", "−") for text in out]
    return list(dict.fromkeys(out))


def pct(value: Fraction | float) -> list[str]:
    return [f + sign for f in num(value) for sign in ("%", " %")]


def ints(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def tenths(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[Fraction]:
    return [Fraction(rng.randint(low * 10, high * 10), 10) for _ in range(rng.randint(*count))]


def show(value: Fraction | int) -> str:
    return fmt(float(value))


def joined(values: list, sep: str = ", ") -> str:
    return sep.join(show(v) for v in values)


def mean(values: list) -> Fraction:
    return Fraction(sum(Fraction(v) for v in values), len(values))


def median(values: list) -> Fraction:
    s, n = sorted(Fraction(v) for v in values), len(values)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def variance(values: list, sample: bool) -> Fraction:
    m = mean(values)
    return sum((Fraction(v) - m) ** 2 for v in values) / (len(values) - (1 if sample else 0))


def sd(values: list, sample: bool) -> float:
    return math.sqrt(variance(values, sample))


def slope(xs: list, ys: list) -> Fraction:
    mx, my = mean(xs), mean(ys)
    top = sum((Fraction(x) - mx) * (Fraction(y) - my) for x, y in zip(xs, ys, strict=True))
    bottom = sum((Fraction(x) - mx) ** 2 for x in xs)
    if bottom == 0:
        raise Tie
    return top / bottom


def corr(xs: list, ys: list) -> float:
    mx, my = mean(xs), mean(ys)
    top = sum((Fraction(x) - mx) * (Fraction(y) - my) for x, y in zip(xs, ys, strict=True))
    sx = sum((Fraction(x) - mx) ** 2 for x in xs)
    sy = sum((Fraction(y) - my) ** 2 for y in ys)
    if sx == 0 or sy == 0:
        raise Tie
    return float(top) / math.sqrt(sx * sy)


def growth(first: Fraction | int, last: Fraction | int) -> Fraction:
    return (Fraction(last) - Fraction(first)) / Fraction(first) * 100


def d(name: str, text: str, required: list[list[str]], **extra: object) -> Item:
    return item(name, "data", text, required, **extra)


# --- averages ---------------------------------------------------------------------------

def j_d_steps_week(rng: random.Random) -> Item:  # daily step counts, mean
    xs = ints(rng, 3000, 15000, (7, 7))
    return d("J_d_steps_week", f"my watch says {joined(xs)} steps for the last 7 days. what's "
             "my average per day?", [num(mean(xs))])


def j_d_sleep_hours(rng: random.Random) -> Item:  # sleep log in hours, mean
    xs = tenths(rng, 4, 9, (5, 8))
    return d("J_d_sleep_hours", f"Slept {joined(xs, ' / ')} hours on the nights I tracked. "
             "On average how long am I sleeping?", [num(mean(xs))])


def j_d_quiz_avg(rng: random.Random) -> Item:  # teacher, class quiz marks, mean
    xs = ints(rng, 8, 20, (9, 14))
    return d("J_d_quiz_avg", f"Quiz marks out of 20 for my class: {joined(xs)}. Class "
             "average please", [num(mean(xs))])


def j_d_fuel_mean(rng: random.Random) -> Item:  # fuel fill-ups in litres
    xs = tenths(rng, 25, 60, (4, 7))
    return d("J_d_fuel_mean", f"fuel fill ups this month (litres) {joined(xs, ' ')} — mean "
             "per fill?", [num(mean(xs))])


def j_d_tips_avg(rng: random.Random) -> Item:  # waiter's nightly tips
    xs = ints(rng, 20, 140, (5, 6))
    return d("J_d_tips_avg", f"Tips per shift this week were ${joined(xs, ', $')}. What did I "
             "average a shift?", [num(mean(xs))])


def j_d_commute_median(rng: random.Random) -> Item:  # commute minutes, even count median
    xs = ints(rng, 18, 70, (6, 6))
    return d("J_d_commute_median", f"how long my commute took (min): {joined(xs, ' ')}. "
             "whats the median", [num(median(xs))])


def j_d_rent_median(rng: random.Random) -> Item:  # flat-hunting rents, median of even count
    xs = [rng.randint(80, 220) * 10 for _ in range(rng.choice([8, 10]))]
    return d("J_d_rent_median", f"Rents of the flats I've viewed: {joined(xs)} a month. "
             "What's the median rent?", [num(median(xs))])


def j_d_glucose_mean(rng: random.Random) -> Item:  # fasting glucose readings
    xs = tenths(rng, 4, 8, (5, 9))
    return d("J_d_glucose_mean", f"My fasting glucose readings (mmol/L): {joined(xs, '; ')}. "
             "Could you work out the mean?", [num(mean(xs))])


def j_d_lap_mean(rng: random.Random) -> Item:  # swimming lap times in seconds
    xs = tenths(rng, 38, 55, (6, 10))
    return d("J_d_lap_mean", f"lap times {joined(xs, 's, ')}s - avg?", [num(mean(xs))])


def j_d_weighted_grade(rng: random.Random) -> Item:  # weighted course grade
    a, b, c = rng.randint(50, 100), rng.randint(50, 100), rng.randint(50, 100)
    value = Fraction(a * 20 + b * 30 + c * 50, 100)
    return d("J_d_weighted_grade", f"coursework counts 20%, midterm 30%, final 50%. I got {a}, "
             f"{b} and {c}. what's my weighted grade?", [num(value)])


def j_d_mean_of_two_groups(rng: random.Random) -> Item:  # combined mean of two lists
    xs, ys = ints(rng, 10, 60, (3, 5)), ints(rng, 10, 60, (3, 5))
    return d("J_d_mean_of_two_groups", f"Group A scored {joined(xs)} and group B scored "
             f"{joined(ys)}. Mean of everyone together?", [num(mean(xs + ys))])


def j_d_mean_excl_outlier(rng: random.Random) -> Item:  # mean after dropping the biggest one
    xs = ints(rng, 20, 40, (6, 8))
    big = rng.randint(150, 300)
    xs.insert(rng.randrange(len(xs)), big)
    rest = list(xs)
    rest.remove(big)
    return d("J_d_mean_excl_outlier", f"delivery times {joined(xs)} minutes. ignore the one "
             "crazy outlier — what's the average of the rest?", [num(mean(rest))])


# --- spread -----------------------------------------------------------------------------

def j_d_pop_sd_marks(rng: random.Random) -> Item:  # population standard deviation
    xs = ints(rng, 40, 100, (6, 10))
    return d("J_d_pop_sd_marks", f"Exam results: {joined(xs)}. What is the population "
             "standard deviation?", [num(sd(xs, False))])


def j_d_sample_sd_lab(rng: random.Random) -> Item:  # sample standard deviation, lab readings
    xs = tenths(rng, 10, 14, (5, 8))
    return d("J_d_sample_sd_lab", f"lab replicate readings {joined(xs, ' ')} — sample std dev "
             "(n-1) please", [num(sd(xs, True))])


def j_d_variance_sample(rng: random.Random) -> Item:  # sample variance
    xs = ints(rng, 1, 30, (5, 9))
    return d("J_d_variance_sample", f"Find the sample variance of {joined(xs)}.",
             [num(variance(xs, True))])


def j_d_variance_pop(rng: random.Random) -> Item:  # population variance, terse
    xs = ints(rng, 1, 50, (5, 9))
    return d("J_d_variance_pop", f"population variance: {joined(xs, ' ')}",
             [num(variance(xs, False))])


def j_d_temp_range(rng: random.Random) -> Item:  # daily highs, range
    xs = ints(rng, -5, 34, (7, 7))
    if max(xs) - min(xs) < 10:
        raise Tie
    return d("J_d_temp_range", f"This week's highs in °C: {joined(xs)}. How big was the gap "
             "between the warmest and the coldest day?", [[str(max(xs) - min(xs))]])


def j_d_price_range(rng: random.Random) -> Item:  # quotes from tradespeople, range
    xs = [rng.randint(30, 120) * 25 for _ in range(rng.randint(4, 6))]
    return d("J_d_price_range", f"got quotes of {joined(xs)} for the roof repair. what's the "
             "range between the cheapest and dearest quote?", [num(max(xs) - min(xs))])


def j_d_cv(rng: random.Random) -> Item:  # coefficient of variation (population sd / mean)
    xs = ints(rng, 50, 150, (6, 8))
    return d("J_d_cv", f"Batch weights in grams: {joined(xs)}. What's the coefficient of "
             "variation as a percentage (population SD over the mean)?",
             [pct(sd(xs, False) / float(mean(xs)) * 100)])


def j_d_zscore(rng: random.Random) -> Item:  # z-score of one value against the population
    xs = ints(rng, 40, 100, (7, 10))
    x = rng.randint(30, 110)
    return d("J_d_zscore", f"Scores in my group were {joined(xs)}. Using the population SD, "
             f"what is the z-score of a score of {x}?", [num((x - float(mean(xs))) /
                                                             sd(xs, False))])


def j_d_mean_and_sd(rng: random.Random) -> Item:  # two statistics at once, labelled
    xs = ints(rng, 10, 99, (6, 9))
    return d("J_d_mean_and_sd", f"{joined(xs, ' ')}\n\ngive me the mean and the sample "
             "standard deviation", [lab(["mean", "Mean", "average"], mean(xs)),
                                    lab(["standard deviation", "SD", "sd",
                                         "Standard deviation"], sd(xs, True))])


def lab(names: list[str], value: Fraction | float) -> list[str]:
    return [form for text in num(value) for form in labelled(names, text)]


# --- totals and counts ------------------------------------------------------------------

def j_d_invoices_sum(rng: random.Random) -> Item:  # freelancer invoices, sum in money
    xs = [Fraction(rng.randint(5000, 90000), 100) for _ in range(rng.randint(4, 7))]
    return d("J_d_invoices_sum", "What do these invoices add up to? " + ", ".join(
        f"${float(x):.2f}" for x in xs), [num(sum(xs, Fraction(0)))])


def j_d_receipts_month(rng: random.Random) -> Item:  # grocery spends, total
    xs = [Fraction(rng.randint(1500, 15000), 100) for _ in range(rng.randint(5, 9))]
    return d("J_d_receipts_month", "grocery runs this month cost me " + " + ".join(
        f"{float(x):.2f}" for x in xs) + " ... total??", [num(sum(xs, Fraction(0)))])


def j_d_km_total(rng: random.Random) -> Item:  # running log, total distance
    xs = tenths(rng, 3, 21, (4, 7))
    return d("J_d_km_total", f"Runs this month: {joined(xs, ' km, ')} km. How many km is "
             "that altogether?", [num(sum(xs, Fraction(0)))])


def j_d_hours_total(rng: random.Random) -> Item:  # timesheet hours, total and pay
    xs = [Fraction(rng.randint(8, 20), 2) for _ in range(5)]
    rate = rng.randint(14, 32)
    return d("J_d_hours_total", f"Mon-Fri I worked {joined(xs)} hours at ${rate}/h. How much "
             "should this week's pay be?", [num(sum(xs, Fraction(0)) * rate)])


def j_d_count_above(rng: random.Random) -> Item:  # readings above a limit
    xs = ints(rng, 100, 170, (8, 12))
    n = sum(x > 140 for x in xs)
    words = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight"]
    if n == 0 or n > 8:
        raise Tie
    return d("J_d_count_above", f"systolic readings: {joined(xs)}. how many times was it over "
             "140?", [[str(n), words[n]]])


# --- change over time -------------------------------------------------------------------

def j_d_growth_pct(rng: random.Random) -> Item:  # followers grew from a to b
    a, b = rng.randint(200, 3000), rng.randint(200, 5000)
    if a == b:
        raise Tie
    return d("J_d_growth_pct", f"my shop's instagram went from {a} followers in January to {b} "
             "now. what's the percentage change?", [pct(growth(a, b))])


def j_d_first_last_sales(rng: random.Random) -> Item:  # yearly sales, growth first to last
    xs = [rng.randint(40, 200) * 1000 for _ in range(rng.randint(4, 6))]
    return d("J_d_first_last_sales", f"Annual revenue since we opened: {joined(xs)}. By what "
             "percentage has revenue grown from the first year to the latest?",
             [pct(growth(xs[0], xs[-1]))])


def j_d_cagr(rng: random.Random) -> Item:  # compound annual growth rate
    a, years = rng.randint(10, 60) * 1000, rng.randint(3, 8)
    b = a + rng.randint(5, 60) * 1000
    rate = ((b / a) ** (1 / years) - 1) * 100
    return d("J_d_cagr", f"Portfolio was {a} and is {b} after {years} years. What compound "
             "annual growth rate is that?", [pct(rate)])


def j_d_trend_slope(rng: random.Random) -> Item:  # weight log, linear trend per week
    xs = tenths(rng, 70, 90, (6, 8))
    weeks = list(range(1, len(xs) + 1))
    return d("J_d_trend_slope", f"weekly weigh-ins (kg): {joined(xs, ', ')}. fitting a straight "
             "line, how many kg per week is the trend?", [num(slope(weeks, xs))])


def j_d_sales_slope(rng: random.Random) -> Item:  # monthly units, slope of fitted line
    ys = ints(rng, 100, 400, (6, 12))
    return d("J_d_sales_slope", f"Units sold per month, Jan onwards: {joined(ys)}. What's the "
             "slope of the least-squares trend line (units per month)?",
             [num(slope(list(range(len(ys))), ys))])


def j_d_direction(rng: random.Random) -> Item:  # is it going up or down overall
    base, step = rng.randint(50, 90), rng.choice([-3, -2, 2, 3])
    ys = [base + step * i + rng.randint(-2, 2) for i in range(rng.randint(7, 10))]
    up = slope(list(range(len(ys))), ys) > 0
    answers = ["increasing", "upward", "rising", "going up", "trending up"] if up else [
        "decreasing", "downward", "falling", "going down", "declining", "trending down"]
    return d("J_d_direction", f"My resting heart rate over the past days: {joined(ys)}. Is the "
             "overall trend better or worse, I mean which direction?", [answers])


def j_d_avg_change(rng: random.Random) -> Item:  # average change between consecutive values
    xs = ints(rng, 500, 900, (5, 8))
    return d("J_d_avg_change", f"Meter readings at the end of each month: {joined(xs)}. On "
             "average, how much did the reading change from one month to the next?",
             [num(Fraction(xs[-1] - xs[0], len(xs) - 1))])


def j_d_moving_avg(rng: random.Random) -> Item:  # last 3-value moving average
    xs = ints(rng, 10, 90, (6, 9))
    return d("J_d_moving_avg", f"daily orders {joined(xs, ' ')}. what's the 3-day moving "
             "average for the most recent day?", [num(mean(xs[-3:]))])


# --- correlation ------------------------------------------------------------------------

def j_d_corr_study(rng: random.Random) -> Item:  # study hours vs marks
    n = rng.randint(6, 9)
    hours = [rng.randint(1, 12) for _ in range(n)]
    marks = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    return d("J_d_corr_study", f"Hours studied: {joined(hours)}\nMarks: {joined(marks)}\nHow "
             "strongly are these correlated? Pearson r please", [num(corr(hours, marks))])


def j_d_corr_ice(rng: random.Random) -> Item:  # temperature vs ice cream sales
    n = rng.randint(5, 8)
    temps = [rng.randint(12, 33) for _ in range(n)]
    sales = [t * 10 + rng.randint(-40, 40) for t in temps]
    return d("J_d_corr_ice", f"temps {joined(temps, ' ')} and ice creams sold {joined(sales, ' ')}"
             " on the same days. correlation coefficient?", [num(corr(temps, sales))])


def j_d_corr_neg(rng: random.Random) -> Item:  # price vs units, usually negative
    n = rng.randint(6, 8)
    price = [rng.randint(2, 15) for _ in range(n)]
    units = [max(1, 200 - 10 * p + rng.randint(-25, 25)) for p in price]
    return d("J_d_corr_neg", f"When we charged {joined(price)} euros we sold {joined(units)} "
             "units respectively. What's the correlation between price and units sold?",
             [num(corr(price, units))])


def j_d_slope_xy(rng: random.Random) -> Item:  # regression slope of y on x
    n = rng.randint(5, 7)
    xs = sorted(rng.sample(range(1, 30), n))
    ys = [3 * x + rng.randint(-8, 8) for x in xs]
    return d("J_d_slope_xy", f"x = {joined(xs)}\ny = {joined(ys)}\nlinear regression: what's "
             "the slope?", [num(slope(xs, ys))])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_d_steps_week, j_d_sleep_hours, j_d_quiz_avg, j_d_fuel_mean, j_d_tips_avg,
    j_d_commute_median, j_d_rent_median, j_d_glucose_mean, j_d_lap_mean, j_d_weighted_grade,
    j_d_mean_of_two_groups, j_d_mean_excl_outlier, j_d_pop_sd_marks, j_d_sample_sd_lab,
    j_d_variance_sample, j_d_variance_pop, j_d_temp_range, j_d_price_range, j_d_cv,
    j_d_zscore, j_d_mean_and_sd, j_d_invoices_sum, j_d_receipts_month, j_d_km_total,
    j_d_hours_total, j_d_count_above, j_d_growth_pct, j_d_first_last_sales, j_d_cagr,
    j_d_trend_slope, j_d_sales_slope, j_d_direction, j_d_avg_change, j_d_moving_avg,
    j_d_corr_study, j_d_corr_ice, j_d_corr_neg, j_d_slope_xy)]
