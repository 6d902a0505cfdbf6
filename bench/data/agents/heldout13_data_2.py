"""Round 13 (``K_d_*``, dev now), part two: more numbers written in the message — spread,
scores and grades, growth, shares, trends and charts."""

from __future__ import annotations

import itertools
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
def k_d_cv(rng: random.Random) -> Made:  # coefficient of variation, sample sd
    v = ints(rng, 50, 120, (5, 7))
    return (f"What is the coefficient of variation of {join(v)}? Use the sample standard "
            "deviation and give it as a percentage.", [pct(real(sd(v) / float(mean(v)) * 100))],
            {})


@fam
def k_d_zscore(rng: random.Random) -> Made:  # z-score of my own result
    v = ints(rng, 55, 95, (8, 10))
    me = rng.choice(v)
    z = (me - float(mean(v))) / sd(v, sample=False)
    return (f"Our class scores were {join(v)} and I got {me}. What's my z-score (population "
            "SD)?", [real(z)], {})


@fam
def k_d_weighted_grade(rng: random.Random) -> Made:  # weighted average of three marks
    h, m, f = (rng.randint(55, 100) for _ in range(3))
    w = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40)])
    g = Fraction(h * w[0] + m * w[1] + f * w[2], 100)
    return (f"Homework {h} (worth {w[0]}%), midterm {m} ({w[1]}%), final {f} ({w[2]}%). "
            "What's my overall grade?", [num(g)], {})


@fam
def k_d_lunch_per_day(rng: random.Random) -> Made:  # average daily spend
    c = cents(rng, 6, 18, 5)
    return (f"lunch this week cost me {join(['£' + money_text(x) for x in c])}. average per "
            "day?", [num(mean(c))], {})


@fam
def k_d_drop_lowest(rng: random.Random) -> Made:  # mean without the lowest mark
    q = ints(rng, 4, 20, (5, 7))
    if q.count(min(q)) > 1:
        raise Tie
    rest = sorted(q)[1:]
    return (f"Quiz marks out of 20: {join(q)}. The teacher drops each student's lowest quiz. "
            "What's my average after that?", [num(mean(rest))], {})


@fam
def k_d_needed_score(rng: random.Random) -> Made:  # mark needed for a target average
    t = ints(rng, 60, 95, (3, 4))
    goal = rng.choice([75, 80, 85, 90])
    need = goal * (len(t) + 1) - sum(t)
    if not 0 < need <= 100:
        raise Tie
    return (f"I've scored {join(t)} on my tests so far. What do I need on the next one to "
            f"bring my average to exactly {goal}?", [num(need)], {})


@fam
def k_d_moving_three(rng: random.Random) -> Made:  # 3-day moving average, last window
    v = ints(rng, 100, 400, (6, 8))
    return (f"Daily orders: {join(v)}. What's the 3-day moving average as of the last day?",
            [num(mean(v[-3:]))], {})


@fam
def k_d_week_change(rng: random.Random) -> Made:  # percent change between two last values
    v = ints(rng, 40, 200, (4, 6))
    if v[-1] == v[-2]:
        raise Tie
    return (f"weekly sign-ups: {join(v)}\nhow much did the last week change vs the week "
            "before, in %?", [pct(change(num(Fraction(v[-1] - v[-2], v[-2]) * 100)))], {})


@fam
def k_d_hours_worked(rng: random.Random) -> Made:  # total hours with halves
    h = [Fraction(rng.randint(8, 20), 2) for _ in range(5)]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    listing = ", ".join(f"{d} {fmt_half(x)}" for d, x in zip(days, h, strict=True))
    return (f"Hours I worked: {listing}. How many hours in total?", [num(sum(h))], {})


@fam
def k_d_weight_per_week(rng: random.Random) -> Made:  # average weekly change of a log
    w = [Fraction(rng.randint(700, 950), 10)]
    for _ in range(rng.randint(4, 6)):
        w.append(w[-1] + Fraction(rng.randint(-12, 4), 10))
    return (f"Weekly weigh-ins (kg): {join([float(x) for x in w])}. On average how much did "
            "my weight change per week?", [change(num((w[-1] - w[0]) / (len(w) - 1)))], {})


@fam
def k_d_systolic(rng: random.Random) -> Made:  # average blood pressure reading
    v = ints(rng, 105, 150, (5, 8))
    return (f"My systolic readings this fortnight: {join(v)}. Average?", [num(mean(v))], {})


@fam
def k_d_geometric_return(rng: random.Random) -> Made:  # geometric mean annual return
    r = [rng.randint(-8, 15) for _ in range(rng.randint(3, 5))]
    g = math.prod(1 + x / 100 for x in r) ** (1 / len(r)) - 1
    return (f"My fund returned {join([f'{x}%' for x in r])} in consecutive years. What's the "
            "geometric average annual return?", [pct(real(g * 100))], {})


@fam
def k_d_cagr(rng: random.Random) -> Made:  # compound annual growth rate between two years
    a, b = rng.randint(80, 200), rng.randint(120, 400)
    y0 = rng.randint(2015, 2020)
    y1 = y0 + rng.randint(3, 6)
    g = ((b / a) ** (1 / (y1 - y0)) - 1) * 100
    return (f"Sales were {a}k in {y0} and {b}k in {y1}. Compound annual growth rate?",
            [pct(change(real(g)))], {})


@fam
def k_d_two_groups(rng: random.Random) -> Made:  # difference of two means
    a, b = ints(rng, 50, 90, (5, 6)), ints(rng, 50, 90, (5, 6))
    return (f"Group A scored {join(a)}; group B scored {join(b)}. How much higher is A's mean "
            "than B's? (negative if lower)", [num(mean(a) - mean(b))], {})


@fam
def k_d_region_share(rng: random.Random) -> Made:  # one part as a share of the whole
    v = {r: rng.randint(40, 300) for r in ("North", "South", "East", "West")}
    r = rng.choice(list(v))
    listing = ", ".join(f"{k} {x}" for k, x in v.items())
    return (f"Units sold by region: {listing}. What share of the total came from the {r}?",
            [pct(num(Fraction(v[r] * 100, sum(v.values()))))], {})


@fam
def k_d_hr_sd(rng: random.Random) -> Made:  # chatty, variability of resting pulse
    v = ints(rng, 52, 78, (6, 8))
    return (f"been logging my resting heart rate: {join(v)} bpm. how much does it bounce "
            "around? give me the standard deviation, treat it as a sample", [real(sd(v))], {})


@fam
def k_d_lines_mean(rng: random.Random) -> Made:  # numbers one per line
    v = [Fraction(rng.randint(100, 999), 10) for _ in range(rng.randint(5, 7))]
    return ("Average of these:\n" + join([float(x) for x in v], "\n"), [num(mean(v))], {})


@fam
def k_d_month_projection(rng: random.Random) -> Made:  # average daily spend over 30 days
    c = cents(rng, 2, 7, rng.randint(5, 7))
    return (f"coffee spend the last few days: {join(['$' + money_text(x) for x in c])}. if I "
            "keep that up, what's it cost me over 30 days?", [num(mean(c) * 30)], {})


@fam
def k_d_mad(rng: random.Random) -> Made:  # mean absolute deviation
    v = ints(rng, 1, 40, (5, 7))
    m = mean(v)
    return (f"Mean absolute deviation (around the mean) of {join(v)}?",
            [num(sum((abs(Fraction(x) - m) for x in v), Fraction(0)) / len(v))], {})


@fam
def k_d_range_mean(rng: random.Random) -> Made:  # range and mean, labelled
    v = ints(rng, 10, 80, (6, 8))
    a, r = num(mean(v))[0], num(max(v) - min(v))[0]
    if a == r:
        raise Tie
    return (f"Range and mean of {join(v)}, please.",
            [labelled(["range", "Range"], r), labelled(["mean", "Mean"], a)], {})


@fam
def k_d_above_average_share(rng: random.Random) -> Made:  # share of days above the mean
    v = ints(rng, 0, 25, (8, 10))
    m = mean(v)
    n = sum(1 for x in v if x > m)
    return (f"Rainfall in mm over {len(v)} days: {join(v)}. On what percentage of days was "
            "it above the average?", [pct(num(Fraction(100 * n, len(v))))], {})


@fam
def k_d_best_over_avg(rng: random.Random) -> Made:  # how far the best day beats the mean
    v = ints(rng, 200, 900, (5, 7))
    return (f"daily sales {join(v)} — how far above the average was our best day?",
            [num(max(v) - mean(v))], {})


@fam
def k_d_chart_avg(rng: random.Random) -> Made:  # chart plus the average
    v = ints(rng, 20, 90, (6, 6))
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    listing = ", ".join(f"{m} {x}" for m, x in zip(months, v, strict=True))
    return (f"Make me a bar chart of these: {listing}. And what's the monthly average?",
            [num(mean(v))], {})


@fam
def k_d_chart_change(rng: random.Random) -> Made:  # line graph plus total change
    w = [Fraction(rng.randint(600, 900), 10)]
    for _ in range(rng.randint(4, 6)):
        w.append(w[-1] + Fraction(rng.randint(-15, 10), 10))
    return (f"plot my weight over time as a line graph: {join([float(x) for x in w])} kg. "
            "how much have I gained or lost overall?", [change(num(w[-1] - w[0]))], {})


@fam
def k_d_mean_monthly_growth(rng: random.Random) -> Made:  # mean of monthly % changes
    v = ints(rng, 100, 300, (4, 5))
    ch = [Fraction(b - a, a) * 100 for a, b in itertools.pairwise(v)]
    return (f"Users per month: {join(v)}. Work out each month-over-month % change and give me "
            "the average of those changes.", [pct(num(mean(ch)))], {})


@fam
def k_d_pop_sd_grades(rng: random.Random) -> Made:  # population sd, whole class
    v = ints(rng, 40, 100, (6, 9))
    return (f"These are the grades for the whole class (so population SD): {join(v)}. What's "
            "the standard deviation?", [real(sd(v, sample=False))], {})


@fam
def k_d_pop_variance(rng: random.Random) -> Made:  # population variance
    v = ints(rng, 2, 25, (5, 7))
    return (f"population variance: {join(v)}", [num(var(v, sample=False))], {})


@fam
def k_d_study_corr(rng: random.Random) -> Made:  # hours vs score pairs
    h = ints(rng, 1, 10, (6, 8))
    s = linked(h, rng.uniform(3, 7), 40, 10, rng)
    pairs = ", ".join(f"{a}h → {b}" for a, b in zip(h, s, strict=True))
    return (f"Hours studied vs exam score: {pairs}. How strongly are they correlated "
            "(Pearson r)?", [real(corr(h, s))], {})


@fam
def k_d_next_value(rng: random.Random) -> Made:  # linear trend extrapolated one step
    ys = linked(list(range(1, 7)), rng.uniform(2, 12), 50, 6, rng)
    xs = list(range(1, 7))
    b = slope(xs, ys)
    pred = mean(ys) + b * (7 - mean(xs))
    return (f"Six weeks of data: {join(ys)}. If I fit a straight-line trend, what does it "
            "predict for week 7?", [num(pred)], {})


@fam
def k_d_euro_avg(rng: random.Random) -> Made:  # euros, average ticket price
    c = cents(rng, 8, 45, rng.randint(4, 6))
    return (f"Concert tickets I bought this year: {join([money_text(x) + ' €' for x in c])}. "
            "What did I pay on average?", [num(mean(c))], {})


@fam
def k_d_minutes_to_hours(rng: random.Random) -> Made:  # sum of minutes given in hours
    m = ints(rng, 15, 95, (5, 7))
    return (f"Practice sessions (minutes): {join(m)}. How many hours is that altogether?",
            [num(Fraction(sum(m), 60))], {})


@fam
def k_d_ratings(rng: random.Random) -> Made:  # star ratings average
    r = ints(rng, 1, 5, (7, 11))
    return (f"my app's reviews so far: {join([f'{x}★' for x in r], ' ')}. what's the average "
            "rating?", [num(mean(r))], {})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
