"""Round 14 (``N_d_*``, dev now), data part five: terse requests, cleaning a bad value out, ratios
per row, before-and-after comparisons and several statistics at once."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import (
    MONTHS,
    PEOPLE,
    Tie,
    corr,
    csv,
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
    unique_max,
    unique_min,
    unit,
)
from bench.data.agents.helpers import Family, Item, fmt, fresh, item


def n_d_terse_avg(rng: random.Random) -> Item:  # bare request, space separated
    v = ints(rng, 1, 60, (5, 9))
    return item("N_d_terse_avg", "data", f"avg: {joined(v, ' ')}", [num(mean(v))])


def n_d_terse_sd(rng: random.Random) -> Item:  # bare request for a sample sd
    v = ints(rng, 1, 50, (5, 8))
    if len(set(v)) == 1:
        raise Tie
    return item("N_d_terse_sd", "data", f"sd of {joined(v, ',')} (sample)", [real(sd(v))])


def n_d_income_median(rng: random.Random) -> Item:  # even-count median in thousands
    v = [rng.randint(18, 140) for _ in range(rng.choice([6, 8, 10]))]
    return item("N_d_income_median", "data", f"Household incomes from our little survey, in "
                f"thousands: {joined(v)}. What's the median (in thousands)?", [num(med(v))])


def n_d_parcel_weight(rng: random.Random) -> Item:  # total of values with units
    v = [Fraction(rng.randint(15, 480), 100) for _ in range(rng.randint(3, 7))]
    t = sum(v, Fraction(0))
    return item("N_d_parcel_weight", "data", "Parcels going out today weigh " + ", ".join(
                f"{fmt(float(x))}kg" for x in v) + ". Combined weight?",
                [num(t) + unit(num(t), "kg")])


def n_d_unit_price(rng: random.Random) -> Item:  # row with the lowest price per 100 g
    brands = rng.sample(["Oatly", "Crunchy", "Hearty", "Sunrise", "Valley", "Morning"], 4)
    rows = [(b, rng.choice([250, 375, 500, 750, 1000]),
             money(Fraction(rng.randint(120, 650), 100))) for b in brands]
    per = [Fraction(p) / g for _, g, p in rows]
    return item("N_d_unit_price", "data", "Comparing cereal at the supermarket — which one "
                "works out cheapest per 100 g?", [[rows[unique_min(per)][0]]],
                csv=csv("brand,grams,price", rows))


def n_d_seven_day(rng: random.Random) -> Item:  # mean of the last seven rows
    rows = [(f"2026-02-{d:02d}", rng.randint(0, 60)) for d in range(1, rng.randint(12, 28))]
    return item("N_d_seven_day", "data", "What's the 7-day average for the most recent week "
                "in this sheet?", [num(mean([r[1] for r in rows[-7:]]))],
                csv=csv("date,cases", rows))


def n_d_price_demand(rng: random.Random) -> Item:  # a negative correlation from two lists
    n = rng.randint(6, 9)
    price = sorted(rng.sample(range(2, 15), n))
    sold = [max(0, 200 - 11 * p + rng.randint(-25, 25)) for p in price]
    return item("N_d_price_demand", "data", f"We tried different prices for our lemonade.\n"
                f"price ($): {joined(price)}\ncups sold: {joined(sold)}\nWhat's r between price"
                " and cups sold?", [real(corr(price, sold))])


def n_d_best_jump(rng: random.Random) -> Item:  # month with the largest rise on the month before
    v = [rng.randint(500, 900)]
    for _ in range(rng.randint(5, 11)):
        v.append(v[-1] + rng.randint(-60, 180))
    jumps = [v[i + 1] - v[i] for i in range(len(v) - 1)]
    return item("N_d_best_jump", "data", "In which month did our follower count jump the most"
                " compared with the month before?", [[MONTHS[unique_max(jumps) + 1]]],
                csv=csv("month,followers", list(zip(MONTHS, v, strict=False))))


def n_d_per_day_month(rng: random.Random) -> Item:  # sum spread over all 30 days
    days = sorted(rng.sample(range(1, 31), rng.randint(6, 14)))
    rows = [(f"2026-09-{d:02d}", money(Fraction(rng.randint(300, 8000), 100))) for d in days]
    t = sum((Fraction(r[1]) for r in rows), Fraction(0))
    return item("N_d_per_day_month", "data", "These are all my takeaway orders in September. "
                "Spread over the whole 30-day month, how much is that per day?",
                [num(t / 30)], csv=csv("date,amount", rows))


def n_d_ignore_error(rng: random.Random) -> Item:  # mean without an obvious bad reading
    v = ints(rng, 12, 30, (6, 9))
    bad = rng.randint(0, len(v))
    shown = [*v[:bad], 999, *v[bad:]]
    return item("N_d_ignore_error", "data", f"fridge sensor log (°C x 10, so 45 = 4.5): "
                f"{joined(shown)}. The 999 is a glitch, leave it out. Average of the rest, "
                "in the sensor's units?", [num(mean(v))])


def n_d_healthy_count(rng: random.Random) -> Item:  # values inside a band
    v = [Fraction(rng.randint(160, 340), 10) for _ in range(rng.randint(8, 14))]
    k = sum(1 for x in v if Fraction(185, 10) <= x <= 25)
    return item("N_d_healthy_count", "data", "BMIs from our staff wellness check: " + ", ".join(
                f"{float(x):.1f}" for x in v) + ". How many are in the 18.5–25 range "
                "(inclusive)?", [[f"{k} are", f"{k} of", f"{k} staff", f"{k} people",
                                  f"{k} bmi", f"{k} out of"]])


def n_d_three_middles(rng: random.Random) -> Item:  # mean, median and mode, labelled
    v = ints(rng, 1, 12, (9, 13))
    counts = {x: v.count(x) for x in v}
    top = max(counts.values())
    if top < 2 or list(counts.values()).count(top) > 1:
        raise Tie
    mode = max(counts, key=lambda x: counts[x])
    return item("N_d_three_middles", "data", f"Homework: find the mean, median and mode of "
                f"{joined(v)}", [lab(["mean"], num(mean(v))), lab(["median"], num(med(v))),
                                 lab(["mode"], [str(mode)])])


def n_d_sample_variance(rng: random.Random) -> Item:  # sample variance from a csv
    v = [rng.randint(20, 80) for _ in range(rng.randint(6, 11))]
    m = mean(v)
    var = sum(((x - m) ** 2 for x in v), Fraction(0)) / (len(v) - 1)
    return item("N_d_sample_variance", "data", "Need the sample variance of the yield column "
                "for my lab report.", [num(var)],
                csv=csv("plot,yield", [(f"A{i + 1}", x) for i, x in enumerate(v)]))


def n_d_pie_share(rng: random.Random) -> Item:  # chart requested, plus a share
    acts = ["sleep", "work", "commute", "family", "screens", "other"]
    hours = [rng.randint(5, 9), rng.randint(6, 10), rng.randint(1, 3), rng.randint(1, 4),
             rng.randint(1, 4)]
    hours.append(24 - sum(hours))
    if hours[-1] < 0:
        raise Tie
    return item("N_d_pie_share", "data", "make a pie chart of my typical day and tell me what "
                "percentage of it I spend asleep", [pct(num(Fraction(hours[0] * 100, 24)))],
                csv=csv("activity,hours", list(zip(acts, hours, strict=True))))


def n_d_improvement(rng: random.Random) -> Item:  # mean of after minus before
    names = rng.sample(PEOPLE, rng.randint(5, 9))
    rows = [(n, b, b + rng.randint(-5, 20)) for n, b in zip(
        names, [rng.randint(30, 80) for _ in names], strict=True)]
    d = mean([a - b for _, b, a in rows])
    return item("N_d_improvement", "data", "Scores before and after our reading programme. By "
                "how many points did pupils improve on average?", [num(d)],
                csv=csv("pupil,before,after", rows))


def n_d_goals_per_game(rng: random.Random) -> Item:  # row with the best ratio
    teams = rng.sample(["Rovers", "United", "Athletic", "City", "Wanderers", "Albion"], 5)
    rows = [(t, rng.randint(8, 20), rng.randint(5, 45)) for t in teams]
    ratio = [Fraction(g, p) for _, p, g in rows]
    return item("N_d_goals_per_game", "data", "Sunday league table attached — which team "
                "scores the most goals per game?", [[rows[unique_max(ratio)][0]]],
                csv=csv("team,played,goals", rows))


def n_d_avg_pct(rng: random.Random) -> Item:  # mean of percentages
    v = [rng.randint(400, 990) / 10 for _ in range(rng.randint(4, 8))]
    m = mean([Fraction(round(x * 10), 10) for x in v])
    return item("N_d_avg_pct", "data", "my battery health readings over the year: " + ", ".join(
                f"{x:.1f}%" for x in v) + " — what's the average?", [pct(num(m)) + num(m)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_d_terse_avg, n_d_terse_sd, n_d_income_median, n_d_parcel_weight, n_d_unit_price,
    n_d_seven_day, n_d_price_demand, n_d_best_jump, n_d_per_day_month, n_d_ignore_error,
    n_d_healthy_count, n_d_three_middles, n_d_sample_variance, n_d_pie_share,
    n_d_improvement, n_d_goals_per_game, n_d_avg_pct)]
