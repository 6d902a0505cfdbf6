"""Round 9 (``Y_m_*``, dev now), multi-part requests that put numbers through the data
agent and then convert, chart or reuse the result (part of
:data:`bench.data.agents.heldout9_multi.FAMILIES`)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import (
    LB,
    MEAN,
    MEDIAN,
    MILE,
    PLOT,
    F,
    Fraction,
    Item,
    convert,
    forms,
    money,
    multi,
    show,
    tie,
    unit,
)
from bench.data.agents.helpers import labelled

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def stat(names: list[str], x: Fraction, places: int = 2) -> list[str]:
    return [s for v in forms(x, places) for s in labelled(names, v)]


def mean(values: list[Fraction] | list[int]) -> Fraction:
    return sum((F(v) for v in values), F(0)) / len(values)


def median(values: list[int]) -> Fraction:
    s, n = sorted(values), len(values)
    return F(s[n // 2]) if n % 2 else F(s[n // 2 - 1] + s[n // 2], 2)


def listed(values: list[int] | list[str]) -> str:
    return ", ".join(map(str, values))


def y_m_temps_mean_f(rng: random.Random) -> Item:  # mean of °C readings, then in °F
    temps = [rng.randint(-5, 32) for _ in range(rng.randint(5, 7))]
    m = mean(temps)
    if tie(m) or tie(m * F(9, 5) + 32):
        return y_m_temps_mean_f(rng)
    return multi("Y_m_temps_mean_f", f"daily highs this week in °C: {listed(temps)}. what was "
                 "the average, and what's that in fahrenheit?", [stat(MEAN, m),
                                                                 forms(m * F(9, 5) + 32)])


def y_m_sales_chart(rng: random.Random) -> Item:  # monthly sales: mean and a chart
    sales = [rng.randint(20, 400) for _ in range(rng.randint(6, 12))]
    m = mean(sales)
    if tie(m):
        return y_m_sales_chart(rng)
    return multi("Y_m_sales_chart", f"Our monthly sales so far were {listed(sales)} units. "
                 "Could you chart them and tell me the mean?", [stat(MEAN, m), PLOT])


def y_m_weighins_kg(rng: random.Random) -> Item:  # weigh-ins in pounds: mean, then in kg
    lbs = [rng.randint(140, 230) for _ in range(rng.randint(4, 7))]
    m = mean(lbs)
    if tie(m) or tie(m * LB):
        return y_m_weighins_kg(rng)
    return multi("Y_m_weighins_kg", f"my weigh-ins (lb): {listed(lbs)}. average them and give "
                 "me that in kg too", [stat(MEAN, m), unit(m * LB, "kg", "kilograms")])


def y_m_runs_total_miles(rng: random.Random) -> Item:  # a week of runs: total km and miles
    runs = [F(rng.randint(30, 150), 10) for _ in range(rng.randint(3, 6))]
    total = sum(runs, F(0))
    if tie(total / MILE):
        return y_m_runs_total_miles(rng)
    return multi("Y_m_runs_total_miles", f"runs this week: {', '.join(show(r) for r in runs)} "
                 "km. total distance, and in miles?", [unit(total, "km", "kilometres",
                                                            "kilometers"), forms(total / MILE)])


def y_m_csv_steps_chart(rng: random.Random) -> Item:  # a CSV of steps: median and a chart
    steps = [rng.randint(1500, 16000) for _ in DAYS]
    csv = "day,steps\n" + "".join(f"{d},{s}\n" for d, s in zip(DAYS, steps, strict=True))
    return multi("Y_m_csv_steps_chart", "attached my step counts for the week — plot them and "
                 "tell me the median day", [stat(MEDIAN, median(steps), 0), PLOT], csv=csv)


def y_m_csv_spend_eur(rng: random.Random) -> Item:  # a CSV of spending: mean, then in euros
    spend = [F(rng.randint(300, 9000), 100) for _ in range(rng.randint(5, 8))]
    m = mean(spend)
    csv = "date,amount_usd\n" + "".join(f"2026-05-{10 + i},{float(s):.2f}\n"
                                        for i, s in enumerate(spend))
    eur = convert(m, "USD", "EUR")
    if tie(m) or tie(eur):
        return y_m_csv_spend_eur(rng)
    return multi("Y_m_csv_spend_eur", "This CSV has my lunch spending in dollars. What's my "
                 "average lunch, and how much is that in euros?", [stat(MEAN, m),
                                                                   money(eur, "EUR")], csv=csv)


def y_m_scores_boost(rng: random.Random) -> Item:  # mean score, then ten percent more
    scores = [rng.randint(40, 98) for _ in range(rng.randint(5, 9))]
    m = mean(scores)
    if tie(m) or tie(m * F(11, 10)):
        return y_m_scores_boost(rng)
    return multi("Y_m_scores_boost", f"class scores {listed(scores)} - what's the mean? and if "
                 "everyone improved by 10%, what would the new mean be?",
                 [stat(MEAN, m), forms(m * F(11, 10))])


def y_m_corr_scatter(rng: random.Random) -> Item:  # correlation and a scatter plot
    n = rng.randint(5, 8)
    hours = rng.sample(range(1, 13), n)
    marks = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    mx, my = mean(hours), mean(marks)
    sxy = sum((h - mx) * (s - my) for h, s in zip(hours, marks, strict=True))
    sxx = sum((h - mx) ** 2 for h in hours)
    syy = sum((s - my) ** 2 for s in marks)
    if not syy:
        return y_m_corr_scatter(rng)
    r = sxy / math.sqrt(sxx * syy)
    if abs(abs(r * 100) % 1 - 0.5) < 0.01:
        return y_m_corr_scatter(rng)
    value = F(round(float(r) * 100), 100)
    return multi("Y_m_corr_scatter", f"hours studied: {listed(hours)}\nexam marks: "
                 f"{listed(marks)}\nhow correlated are they? make a scatter plot as well",
                 [stat(["correlation", "Correlation", "r", "Pearson r"], value), PLOT])


def y_m_resting_hr(rng: random.Random) -> Item:  # mean resting pulse and a max heart rate
    pulses, age = [rng.randint(52, 88) for _ in range(rng.randint(5, 7))], rng.randint(25, 70)
    m = mean(pulses)
    if tie(m):
        return y_m_resting_hr(rng)
    return multi("Y_m_resting_hr", f"my resting pulse readings: {listed(pulses)}. what's the "
                 f"average? and what's my max heart rate at {age}?", [stat(MEAN, m),
                                                                      [f"{220 - age} bpm"]])


def y_m_water_logged(rng: random.Random) -> Item:  # logged water vs the daily amount for a weight
    drunk = [F(rng.randint(8, 30), 10) for _ in range(rng.randint(4, 7))]
    kg = rng.randint(50, 110)
    m, need = mean(drunk), F(kg * 35, 1000)
    if tie(m) or tie(need, 1):
        return y_m_water_logged(rng)
    return multi("Y_m_water_logged", f"litres of water I drank each day: "
                 f"{', '.join(show(d) for d in drunk)}. what's my daily average, and how much "
                 f"should someone who weighs {kg} kg drink?",
                 [stat(MEAN, m), unit(need, "litres", "liters", "L", places=1)])


def y_m_readings_median_plot(rng: random.Random) -> Item:  # glucose-style readings: median, plot
    vals = [rng.randint(70, 180) for _ in range(rng.choice([5, 7, 9]))]
    return multi("Y_m_readings_median_plot", f"Plot my readings please: {listed(vals)}. "
                 "Also, what's the median?", [stat(MEDIAN, median(vals), 0), PLOT])


DATA = [y_m_temps_mean_f, y_m_sales_chart, y_m_weighins_kg, y_m_runs_total_miles,
        y_m_csv_steps_chart, y_m_csv_spend_eur, y_m_scores_boost, y_m_corr_scatter,
        y_m_resting_hr, y_m_water_logged, y_m_readings_median_plot]
