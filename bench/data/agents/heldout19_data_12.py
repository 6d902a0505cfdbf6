"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 12: water intake, ride
totals, savings, quarters and halves, and whole-number means."""

from __future__ import annotations

import random

from bench.data.agents.heldout19_data import (
    D,
    Made,
    fam,
    labels,
    mean,
    num,
    pick,
    s,
    vals,
)
from bench.data.agents.heldout19_data_6 import QMONTHS, F, table
from bench.data.agents.helpers import Family


@fam
def water_litres_per_day(rng: random.Random) -> Made:
    d = D(rng, "steps", rng.randint(5, 10), kind="date")
    ml = [rng.randint(6, 40) * 100 for _ in d.vals]
    rows = [[lab, str(x)] for lab, x in zip(d.labels, ml, strict=True)]
    text = pick(rng, "Average water intake per day in litres? 2 dp",
                "how many litres a day am I drinking on average (2 decimals)?")
    return text, [num(F(sum(ml), 1000 * len(ml)))], {"csv": table(["date", "water_ml"], rows)}


@fam
def cycling_totals_two_cols(rng: random.Random) -> Made:
    n = rng.randint(4, 12)
    dates = labels(rng, "date", n)
    km = vals(rng, n, 8, 95, 1)
    gain = [rng.randint(20, 1400) for _ in dates]
    rows = [[d, s(k, 1), str(g)] for d, k, g in zip(dates, km, gain, strict=True)]
    text = pick(rng, "Total distance and total elevation gain from my rides?",
                "sum of km and sum of climb_m please")
    return text, [num(sum(km, F(0)), 1), num(F(sum(gain)), 0)], {
        "csv": table(["date", "km", "climb_m"], rows)}


@fam
def average_monthly_savings(rng: random.Random) -> Made:
    months = labels(rng, "month", rng.randint(3, 12))
    inc = vals(rng, len(months), 2800, 5200, 2)
    exp = [x - F(rng.randint(-50000, 120000), 100) for x in inc]
    rows = [[m, s(a, 2), s(b, 2)] for m, a, b in zip(months, inc, exp, strict=True)]
    sav = mean([a - b for a, b in zip(inc, exp, strict=True)])
    text = pick(rng, "On average how much did I save per month (income minus expenses)?",
                "avg monthly savings from this? 2 decimals")
    return text, [num(abs(sav))], {"csv": table(["month", "income", "expenses"], rows)}


@fam
def quarter_total_csv(rng: random.Random) -> Made:
    xs = vals(rng, 12, 1000, 9000)
    q = rng.randint(1, 4)
    rows = [[m, s(x)] for m, x in zip(QMONTHS, xs, strict=True)]
    text = pick(rng, f"What were total sales in Q{q}?", f"Q{q} total (calendar quarters)?",
                f"sum of sales for quarter {q} please")
    return text, [num(sum(xs[3 * q - 3:3 * q], F(0)), 0)], {"csv": table(["month", "sales"], rows)}


@fam
def best_quarter_label(rng: random.Random) -> Made:
    xs = vals(rng, 12, 1000, 9000)
    qs = [sum(xs[3 * i:3 * i + 3], F(0)) for i in range(4)]
    if qs.count(max(qs)) != 1:
        return None
    i = qs.index(max(qs))
    rows = [[m, s(x)] for m, x in zip(QMONTHS, xs, strict=True)]
    text = pick(rng, "Which quarter had the highest sales, and what was its total?",
                "best quarter + its total?")
    return text, [[f"Q{i + 1}", f"quarter {i + 1}"], num(qs[i], 0)], {
        "csv": table(["month", "sales"], rows)}


@fam
def second_half_vs_first_pct(rng: random.Random) -> Made:
    xs = vals(rng, 12, 1000, 9000)
    h1, h2 = sum(xs[:6], F(0)), sum(xs[6:], F(0))
    g = (h2 - h1) / h1 * 100
    rows = [[m, s(x)] for m, x in zip(QMONTHS, xs, strict=True)]
    text = pick(rng, "How did H2 (Jul-Dec) compare with H1 (Jan-Jun)? % change, 1 dp",
                "percent change from the first half of the year to the second half? one decimal")
    return text, [num(abs(g), 1)], {"csv": table(["month", "revenue"], rows)}


@fam
def mean_rounded_whole(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "visits", "commute"]), rng.randint(7, 20))
    text = pick(rng, f"average {d.col}, rounded to the nearest whole number?",
                f"What's the mean {d.col}? no decimals please")
    return text, [num(mean(d.vals), 0)], {"csv": d.csv()}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    water_litres_per_day, cycling_totals_two_cols, average_monthly_savings, quarter_total_csv,
    best_quarter_label, second_half_vs_first_pct, mean_rounded_whole)]
