"""Round 13 (``K_d_*``, dev now), part five: more numbers written in the message —
frequency tables, budgets, lap times, speeds, standard error, r², weekday against weekend."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout13_data import (
    Made,
    Tie,
    cents,
    change,
    corr,
    fmt_half,
    ints,
    join,
    linked,
    mean,
    median,
    money_text,
    num,
    pct,
    real,
    register,
    sd,
    slope,
    var,
)
from bench.data.agents.helpers import Family, labelled

REG: list[Family] = []
fam = register(REG, "data")


@fam
def k_d_tips(rng: random.Random) -> Made:  # average tips per shift
    t = cents(rng, 20, 140, rng.randint(5, 7))
    return (f"Tips from my last few shifts: {join(['$' + money_text(x) for x in t])}. What am "
            "I averaging per shift?", [num(mean(t))], {})


@fam
def k_d_commute_median(rng: random.Random) -> Made:  # median of an even count
    c = ints(rng, 18, 55, (8, 8))
    return (f"Commute times in minutes over the last two weeks of workdays (8 of them): "
            f"{join(c)}. Median?", [num(median(c))], {})


@fam
def k_d_glucose(rng: random.Random) -> Made:  # fasting glucose average
    g = [Fraction(rng.randint(42, 75), 10) for _ in range(rng.randint(5, 7))]
    return (f"fasting glucose this week (mmol/L): {join([float(x) for x in g])} — average?",
            [num(mean(g))], {})


@fam
def k_d_donations(rng: random.Random) -> Made:  # total of a fundraiser
    d = [rng.randint(2, 60) * 25 for _ in range(rng.randint(5, 8))]
    return (f"Our fundraiser got these donations: {join(['$' + str(x) for x in d])}. How "
            "much did we raise?", [num(sum(d))], {})


@fam
def k_d_before_after(rng: random.Random) -> Made:  # percent change of two averages
    a, b = ints(rng, 20, 60, (4, 5)), ints(rng, 20, 60, (4, 5))
    return (f"Average wait before the change: {join(a)} minutes; after: {join(b)} minutes. By "
            "what percent did the average wait change?",
            [pct(change(num((mean(b) - mean(a)) / mean(a) * 100)))], {})


@fam
def k_d_temps_spread(rng: random.Random) -> Made:  # population sd, described plainly
    t = ints(rng, 5, 28, (7, 7))
    return (f"Noon temperatures every day last week: {join(t)}. How spread out were they? "
            "Standard deviation, treating the week as the whole population.",
            [real(sd(t, sample=False))], {})


@fam
def k_d_yearly_estimate(rng: random.Random) -> Made:  # average month scaled to a year
    b = cents(rng, 40, 140, rng.randint(3, 5))
    return (f"My phone bills for the last few months were {join(['€' + money_text(x) for x in b])}"
            ". Roughly what will I pay over a full year at that average rate?",
            [num(mean(b) * 12)], {})


@fam
def k_d_frequency_mean(rng: random.Random) -> Made:  # mean from a frequency table
    f = {k: rng.randint(1, 9) for k in range(5)}
    listing = "; ".join(f"{n} household{'s' if n > 1 else ''} with {k} pet{'s' if k != 1 else ''}"
                        for k, n in f.items())
    total = sum(f.values())
    return (f"Survey results: {listing}. What's the mean number of pets per household?",
            [num(Fraction(sum(k * n for k, n in f.items()), total))], {})


@fam
def k_d_quotes_range(rng: random.Random) -> Made:  # spread between quotes
    q = [rng.randint(30, 95) * 10 for _ in range(rng.randint(4, 6))]
    return (f"Got quotes from {len(q)} plumbers: {join(['£' + str(x) for x in q])}. How big is "
            "the gap between the cheapest and the dearest?", [num(max(q) - min(q))], {})


@fam
def k_d_rent_corr(rng: random.Random) -> Made:  # size vs rent correlation
    s = ints(rng, 30, 110, (6, 8))
    r = linked(s, rng.uniform(8, 14), 250, 120, rng)
    pairs = "; ".join(f"{a} m² → €{b}" for a, b in zip(s, r, strict=True))
    return (f"Flats I've seen: {pairs}. How correlated are size and rent?",
            [real(corr(s, r))], {})


@fam
def k_d_plant_rate(rng: random.Random) -> Made:  # growth rate from a fitted line
    days = list(range(0, rng.randint(5, 7) * 2, 2))
    h = linked(days, rng.uniform(0.5, 2.5), 5, 1.5, rng)
    listing = ", ".join(f"day {d}: {x} cm" for d, x in zip(days, h, strict=True))
    return (f"My seedling's height — {listing}. Using a linear fit, how many cm a day is it "
            "growing?", [num(slope(days, h))], {})


@fam
def k_d_mean_median_gap(rng: random.Random) -> Made:  # distance between mean and median
    v = ints(rng, 10, 200, (5, 9))
    return (f"For {join(v)} — how far apart are the mean and the median?",
            [num(abs(mean(v) - median(v)))], {})


@fam
def k_d_target_share(rng: random.Random) -> Made:  # sum as a percentage of a target
    v = ints(rng, 20, 90, (4, 6))
    goal = rng.choice([300, 400, 500])
    return (f"Weekly sales {join(v)} against a target of {goal} for the period. What "
            "percentage of the target did we reach?", [pct(num(Fraction(sum(v) * 100, goal)))],
            {})


@fam
def k_d_lap_times(rng: random.Random) -> Made:  # average lap in seconds
    laps = [Fraction(rng.randint(600, 780), 10) for _ in range(rng.randint(5, 8))]
    return (f"lap times (s): {join([float(x) for x in laps], '  ')}\navg lap?",
            [num(mean(laps))], {})


@fam
def k_d_histogram_sd(rng: random.Random) -> Made:  # histogram plus sample sd
    v = ints(rng, 140, 200, (10, 14))
    return (f"Heights of the team in cm: {join(v)}. Draw a histogram and tell me the sample "
            "standard deviation.", [real(sd(v))], {})


@fam
def k_d_budget_left(rng: random.Random) -> Made:  # budget minus expenses
    b = rng.choice([1500, 1800, 2000, 2500])
    e = cents(rng, 40, 400, rng.randint(4, 6))
    return (f"My monthly budget is ${b}. I've spent {join(['$' + money_text(x) for x in e])}. "
            "How much is left?", [change(num(b - sum(e)))], {})


@fam
def k_d_without_outlier(rng: random.Random) -> Made:  # mean ignoring the largest value
    v = ints(rng, 10, 40, (5, 7))
    v.insert(rng.randrange(len(v)), rng.randint(150, 400))
    return (f"Response times in ms: {join(v)}. Ignore the obvious outlier and give me the "
            "average of the rest.", [num(mean(sorted(v)[:-1]))], {})


@fam
def k_d_weekday_weekend(rng: random.Random) -> Made:  # weekday mean vs weekend mean
    v = ints(rng, 20, 120, (7, 7))
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    listing = " ".join(f"{d}={x}" for d, x in zip(days, v, strict=True))
    return (f"Café covers: {listing}. What's the weekday average and what's the weekend "
            "average?", [labelled(["weekday", "Weekday", "weekdays", "Weekdays"],
                                  num(mean(v[:5]))[0]),
                         labelled(["weekend", "Weekend"], num(mean(v[5:]))[0])], {})


@fam
def k_d_ages_median(rng: random.Random) -> Made:  # median age, even count
    a = ints(rng, 18, 80, (6, 6)) + ints(rng, 18, 80, (4, 4))
    return (f"ages of the people in my book club: {join(a)}. what's the median age?",
            [num(median(a))], {})


@fam
def k_d_harmonic_speed(rng: random.Random) -> Made:  # equal distances, average speed
    s = ints(rng, 15, 32, (3, 5))
    h = Fraction(len(s)) / sum(Fraction(1, x) for x in s)
    return (f"I rode the same 10 km loop {len(s)} times at {join(s)} km/h. What was my average "
            "speed over the whole ride?", [num(h)], {})


@fam
def k_d_std_error(rng: random.Random) -> Made:  # standard error of the mean
    v = ints(rng, 60, 110, (8, 12))
    return (f"Standard error of the mean for this sample: {join(v)}",
            [real(sd(v) / math.sqrt(len(v)))], {})


@fam
def k_d_r_squared(rng: random.Random) -> Made:  # coefficient of determination
    x = ints(rng, 1, 25, (6, 9))
    y = linked(x, rng.uniform(1, 4), 5, 12, rng)
    return (f"x: {join(x)}\ny: {join(y)}\nWhat's R² for a straight-line fit?",
            [real(corr(x, y) ** 2)], {})


@fam
def k_d_index_last(rng: random.Random) -> Made:  # index to the first value = 100
    v = ints(rng, 200, 600, (4, 6))
    return (f"Prices by quarter: {join(v)}. If the first quarter is indexed to 100, what's the "
            "index for the latest quarter?", [num(Fraction(v[-1] * 100, v[0]))], {})


@fam
def k_d_yoy(rng: random.Random) -> Made:  # year-over-year growth of totals
    a, b = ints(rng, 100, 300, (4, 4)), ints(rng, 100, 300, (4, 4))
    return (f"Quarterly revenue last year: {join(a)}. This year: {join(b)}. Year-over-year "
            "growth of the annual total, in percent?",
            [pct(change(num(Fraction((sum(b) - sum(a)) * 100, sum(a)))))], {})


@fam
def k_d_sample_var_money(rng: random.Random) -> Made:  # sample variance of halves
    v = [Fraction(rng.randint(2, 30), 2) for _ in range(rng.randint(5, 6))]
    return (f"what's the variance of {join([fmt_half(x) for x in v])}? sample variance, "
            "not population", [num(var(v))], {})


@fam
def k_d_chart_sum_avg(rng: random.Random) -> Made:  # chart plus total and mean
    v = ints(rng, 5, 60, (5, 5))
    teams = ["Reds", "Blues", "Greens", "Golds", "Greys"]
    listing = ", ".join(f"{t}: {x}" for t, x in zip(teams, v, strict=True))
    if sum(v) == mean(v):
        raise Tie
    return (f"Points per team — {listing}. Can you chart it, and give me the total and the "
            "average?", [labelled(["total", "Total"], num(sum(v))[0]),
                         labelled(["average", "Average", "mean", "Mean"], num(mean(v))[0])], {})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
