"""Round 14 (``N_d_*``, dev now), data part three: more numbers typed or pasted into the message —
pasted columns, times, rates, weighted averages, predictions and pairs of statistics."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout14_data import (
    Tie,
    cents,
    corr,
    ints,
    joined,
    lab,
    mean,
    med,
    money,
    num,
    pct,
    real,
    retry,
    sd,
    slope,
    unit,
)
from bench.data.agents.helpers import Family, Item, fmt, fresh, item


def n_d_grocery_weeks(rng: random.Random) -> Item:  # weekly shop amounts, mean
    v = cents(rng, 45, 190, (5, 8))
    return item("N_d_grocery_weeks", "data", "Our big shop the last few weeks cost " + ", ".join(
                f"${money(x)}" for x in v) + ". What do we spend on average per week?",
                [num(mean(v))])


def n_d_baby_gain(rng: random.Random) -> Item:  # average weekly gain from weekly weights
    w = [rng.randint(3200, 4200)]
    for _ in range(rng.randint(4, 7)):
        w.append(w[-1] + rng.randint(90, 260))
    g = Fraction(w[-1] - w[0], len(w) - 1)
    return item("N_d_baby_gain", "data", f"the health visitor weighed our baby every week: "
                f"{joined(w)} grams. how much has she put on per week on average?",
                [num(g) + unit(num(g), "g", "grams")])


def n_d_bowling_median(rng: random.Random) -> Item:  # median of an even number of games
    v = ints(rng, 70, 230, (6, 6)) if rng.random() < 0.5 else ints(rng, 70, 230, (8, 8))
    return item("N_d_bowling_median", "data", f"bowling league scores this season: "
                f"{joined(v, ' / ')}. median game?", [num(med(v))])


def n_d_cv(rng: random.Random) -> Item:  # coefficient of variation
    v = [Fraction(rng.randint(950, 1060), 10) for _ in range(rng.randint(6, 10))]
    cv = sd(v) / float(mean(v)) * 100
    return item("N_d_cv", "data", "Repeat measurements from the lab balance (g): " + ", ".join(
                f"{float(x):.1f}" for x in v) + ". What's the coefficient of variation, as a "
                "percentage, using the sample SD?", [pct(real(cv))])


def n_d_quotes_range(rng: random.Random) -> Item:  # gap between the lowest and highest quote
    v = [rng.randint(18, 60) * 50 for _ in range(rng.randint(4, 6))]
    r = max(v) - min(v)
    return item("N_d_quotes_range", "data", "Got quotes for a new boiler: " + ", ".join(
                f"£{x:,}" for x in v) + ". What's the difference between the cheapest and the"
                " dearest?", [[*num(Fraction(r)), f"{r:,}"]])


def n_d_parkrun_mean(rng: random.Random) -> Item:  # mean of mm:ss times
    secs = [rng.randint(1260, 2100) for _ in range(rng.randint(4, 7))]
    m = mean(secs)
    if m.denominator != 1:
        raise Tie
    s = int(m)
    return item("N_d_parkrun_mean", "data", "my parkrun times this year: " + ", ".join(
                f"{x // 60}:{x % 60:02d}" for x in secs) + ". what's my average time?",
                [[f"{s // 60}:{s % 60:02d}", f"{s // 60} min {s % 60} s",
                  f"{s // 60} minutes {s % 60} seconds", f"{s} seconds"]])


def n_d_above_average(rng: random.Random) -> Item:  # count of values above the mean
    v = ints(rng, 10, 60, (8, 12))
    m = mean(v)
    if m in v:
        raise Tie
    k = sum(1 for x in v if x > m)
    return item("N_d_above_average", "data", f"Minutes my kids read each night: {joined(v)}. "
                "On how many nights was it above their average?",
                [[f"{k} nights", f"{k} of the", f"{k} of them", f"{k} out of"]])


def n_d_phone_bills(rng: random.Random) -> Item:  # total and mean, labelled
    v = cents(rng, 18, 75, (6, 9))
    t = sum(v, Fraction(0))
    return item("N_d_phone_bills", "data", "phone bills since I switched: " + " ".join(
                money(x) for x in v) + ". give me the total and the monthly average",
                [lab(["total"], num(t)), lab(["average", "mean"], num(mean(v)))])


def n_d_low_high(rng: random.Random) -> Item:  # minimum and maximum, labelled
    v = ints(rng, 52, 190, (7, 12))
    return item("N_d_low_high", "data", f"Blood sugar readings (mg/dL) from my meter: "
                f"{joined(v)}. What were the lowest and highest?",
                [lab(["lowest", "min", "minimum", "low"], [str(min(v))]),
                 lab(["highest", "max", "maximum", "high"], [str(max(v))])])


def n_d_sales_drop(rng: random.Random) -> Item:  # percentage fall between two figures
    a = rng.randint(4000, 20000)
    b = a - rng.randint(200, a // 2)
    return item("N_d_sales_drop", "data", f"Sales went from {a:,} units last year to {b:,} "
                "this year. What's the percentage decrease?",
                [pct(num(Fraction(a - b, a) * 100))])


def n_d_ride_speed(rng: random.Random) -> Item:  # total distance over total time
    legs = [(rng.randint(4, 30), rng.randint(12, 90)) for _ in range(rng.randint(2, 4))]
    v = Fraction(sum(k for k, _ in legs) * 60, sum(m for _, m in legs))
    return item("N_d_ride_speed", "data", "Bike tour today: " + ", then ".join(
                f"{k} km in {m} min" for k, m in legs) + ". What was my average speed over the"
                " whole thing in km/h?", [num(v) + unit(num(v), "km/h")])


def n_d_height_shoe(rng: random.Random) -> Item:  # correlation of two lists
    n = rng.randint(6, 10)
    h = [rng.randint(150, 195) for _ in range(n)]
    s = [max(35, min(47, round(35 + (x - 150) / 4 + rng.uniform(-2, 2)))) for x in h]
    return item("N_d_height_shoe", "data", f"For a maths project I asked friends their "
                f"height and shoe size.\nheight (cm): {joined(h)}\nshoe size: {joined(s)}\nWhat"
                " is the correlation?", [real(corr(h, s))])


def n_d_predict(rng: random.Random) -> Item:  # value of the fitted line at a new x
    xs = sorted(rng.sample(range(1, 15), rng.randint(5, 7)))
    ys = [20 + 7 * x + rng.randint(-9, 9) for x in xs]
    mx, my = mean(xs), mean(ys)
    b = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), Fraction(0)) / sum(
        ((x - mx) ** 2 for x in xs), Fraction(0))
    at = rng.randint(16, 20)
    y = my + b * (at - mx)
    return item("N_d_predict", "data", f"Flyers handed out (hundreds): {joined(xs)}\nnew "
                f"customers: {joined(ys)}\nFit a least-squares line and predict new customers "
                f"if we hand out {at} hundred.", [num(y)])


def n_d_pasted_column(rng: random.Random) -> Item:  # one number per line, sample sd
    v = ints(rng, 100, 400, (6, 10))
    return item("N_d_pasted_column", "data", "pasted from my spreadsheet:\n" + "\n".join(
                str(x) for x in v) + "\nsample standard deviation please", [real(sd(v))])


def n_d_tabbed_mean(rng: random.Random) -> Item:  # tab-separated values, mean
    v = [Fraction(rng.randint(50, 500), 10) for _ in range(rng.randint(5, 9))]
    return item("N_d_tabbed_mean", "data", "average of these?\n" + "\t".join(
                f"{float(x):.1f}" for x in v), [num(mean(v))])


def n_d_attendance(rng: random.Random) -> Item:  # mean attendance as a percentage
    size = rng.choice([24, 25, 28, 30, 32])
    v = [rng.randint(size - 8, size) for _ in range(5)]
    return item("N_d_attendance", "data", f"There are {size} kids in my class. This week "
                f"{joined(v)} turned up each day. What was the average attendance rate?",
                [pct(num(mean(v) / size * 100))])


def n_d_town_growth(rng: random.Random) -> Item:  # compound yearly growth between two years
    a = rng.randint(8000, 60000)
    b = int(a * rng.uniform(1.05, 1.6))
    y = rng.choice([5, 8, 10, 12])
    g = ((b / a) ** (1 / y) - 1) * 100
    return item("N_d_town_growth", "data", f"Our town had {a:,} people in {2025 - y} and "
                f"{b:,} in 2025. What's the average annual growth rate (compounded)?",
                [pct(real(g))])


def n_d_net_change(rng: random.Random) -> Item:  # sum of signed transactions
    v = [Fraction(rng.randint(-20000, 15000), 100) for _ in range(rng.randint(5, 8))]
    t = sum(v, Fraction(0))
    shown = ", ".join(f"+{money(x)}" if x > 0 else f"-{money(-x)}" for x in v)
    return item("N_d_net_change", "data", f"Transactions on my account today: {shown}. What's"
                " the net change?", [num(t) + [f"-${f[1:]}" for f in num(t) if t < 0]])


def n_d_share_price_avg(rng: random.Random) -> Item:  # weighted average purchase price
    buys = [(rng.randint(2, 40), Fraction(rng.randint(800, 2500), 100)) for _ in range(3)]
    v = sum((q * p for q, p in buys), Fraction(0)) / sum(q for q, _ in buys)
    return item("N_d_share_price_avg", "data", "I bought " + ", ".join(
                f"{q} shares at ${money(p)}" for q, p in buys) + ". What's my average price "
                "per share?", [num(v)])


def n_d_ratings_mean(rng: random.Random) -> Item:  # plain mean of ratings
    v = [rng.randint(1, 5) for _ in range(rng.randint(8, 15))]
    return item("N_d_ratings_mean", "data", f"customer feedback scores (1-5): {joined(v, ' ')}"
                " — mean score?", [num(mean(v))])


def n_d_target_pct(rng: random.Random) -> Item:  # sum as a share of a target
    v = ints(rng, 800, 2600, (6, 9))
    target = rng.choice([15000, 18000, 20000, 25000])
    return item("N_d_target_pct", "data", f"monthly sales so far: {joined(v)}. our target "
                f"for the year is {target:,}. what percent of it have we hit?",
                [pct(num(Fraction(sum(v) * 100, target)))])


def n_d_goal_days(rng: random.Random) -> Item:  # share of days meeting a goal
    v = ints(rng, 4000, 15000, (7, 14))
    k = sum(1 for x in v if x >= 10000)
    return item("N_d_goal_days", "data", f"Step counts: {joined(v)}. On what percentage of "
                "days did I reach 10,000?", [pct(num(Fraction(k * 100, len(v))))])


def n_d_savings_slope(rng: random.Random) -> Item:  # chart requested, plus the slope
    v = [rng.randint(50, 150) + 40 * i + rng.randint(-30, 30) for i in range(rng.randint(6, 9))]
    return item("N_d_savings_slope", "data", f"savings balance at the end of each week: "
                f"{joined(v)}. chart it and tell me how much it grows per week on the trend "
                "line", [num(slope(v))])


def n_d_second_half(rng: random.Random) -> Item:  # mean of the second half of the list
    v = ints(rng, 20, 90, (8, 8)) if rng.random() < 0.5 else ints(rng, 20, 90, (10, 10))
    half = len(v) // 2
    return item("N_d_second_half", "data", f"Practice test scores in order: {joined(v)}. "
                "What's my average over the second half of them?", [num(mean(v[half:]))])


def n_d_wait_minutes(rng: random.Random) -> Item:  # mean in minutes from mixed units
    v = [rng.randint(5, 120) for _ in range(rng.randint(5, 8))]
    shown = ", ".join(f"{x // 60}h {x % 60}m" if x >= 60 else f"{x}m" for x in v)
    return item("N_d_wait_minutes", "data", f"A&E waits logged by our team: {shown}. Average "
                "wait in minutes?", [num(mean(v)) + unit(num(mean(v)), "minutes", "min")])


def n_d_litres_per_day(rng: random.Random) -> Item:  # total spread over days
    v = [Fraction(rng.randint(10, 60), 10) for _ in range(7)]
    t = sum(v, Fraction(0))
    return item("N_d_litres_per_day", "data", "Water from the rain barrel each day this week,"
                " litres: " + ", ".join(fmt(float(x)) for x in v) + ". Total and daily mean?",
                [lab(["total"], num(t)), lab(["mean", "average"], num(t / 7))])


def n_d_return_sd(rng: random.Random) -> Item:  # population sd of yearly returns
    v = [rng.randint(-150, 250) for _ in range(rng.randint(5, 8))]
    shown = ", ".join(f"{x / 10:.1f}%" for x in v)
    s = sd([Fraction(x, 10) for x in v], sample=False)
    if math.isclose(s, 0):
        raise Tie
    return item("N_d_return_sd", "data", f"Yearly returns: {shown}. What's the population "
                "standard deviation of these returns?", [real(s) + pct(real(s))])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_d_grocery_weeks, n_d_baby_gain, n_d_bowling_median, n_d_cv, n_d_quotes_range,
    n_d_parkrun_mean, n_d_above_average, n_d_phone_bills, n_d_low_high, n_d_sales_drop,
    n_d_ride_speed, n_d_height_shoe, n_d_predict, n_d_pasted_column, n_d_tabbed_mean,
    n_d_attendance, n_d_town_growth, n_d_net_change, n_d_share_price_avg, n_d_ratings_mean,
    n_d_target_pct, n_d_goal_days, n_d_savings_slope, n_d_second_half, n_d_wait_minutes,
    n_d_litres_per_day, n_d_return_sd)]
