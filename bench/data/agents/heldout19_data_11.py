"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 11: covariance,
R-squared, A/B lift, per-person totals, markdown tables and pie charts."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    NAMES,
    PLOTS,
    D,
    Made,
    fam,
    mean,
    num,
    pick,
    s,
    vals,
)
from bench.data.agents.heldout19_data_5 import F, table
from bench.data.agents.helpers import Family


@fam
def covariance_sample_csv(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    xs = vals(rng, n, 1, 20)
    ys = [x * rng.randint(1, 4) + rng.randint(-10, 10) for x in xs]
    mx, my = mean(xs), mean(ys)
    cov = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / (n - 1)
    csv = table(["x", "y"], [[s(x), s(y)] for x, y in zip(xs, ys, strict=True)])
    text = pick(rng, "Sample covariance of x and y? 2 dp", "cov(x, y) with n-1 in the "
                "denominator, 2 decimals")
    return text, [num(cov) + [v.replace("-", "−") for v in num(cov) if v.startswith("-")]], {
        "csv": csv}


@fam
def r_squared_fit(rng: random.Random) -> Made:
    n = rng.randint(6, 12)
    xs = vals(rng, n, 1, 30)
    ys = [F(10) + x * rng.randint(1, 3) + rng.randint(-15, 15) for x in xs]
    mx, my = mean(xs), mean(ys)
    sxy = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0))
    sxx = sum(((x - mx) ** 2 for x in xs), F(0))
    syy = sum(((y - my) ** 2 for y in ys), F(0))
    if sxx == 0 or syy == 0:
        return None
    r2 = sxy * sxy / (sxx * syy)
    csv = table(["price_change", "demand_change"], [[s(x), s(y)] for x, y in
                                                     zip(xs, ys, strict=True)])
    text = pick(rng, "What's the R² of a straight-line fit of demand_change on price_change? 3 dp",
                "R squared for the linear regression here (3 decimals)?")
    return text, [num(r2, 3)], {"csv": csv}


@fam
def ab_test_lift(rng: random.Random) -> Made:
    va, vb = rng.randint(800, 6000), rng.randint(800, 6000)
    ca, cb = rng.randint(20, va // 10), rng.randint(20, vb // 10)
    ra, rb = F(ca, va), F(cb, vb)
    if ra == rb:
        return None
    lift = (rb - ra) / ra * 100
    text = pick(rng, f"A/B test: A had {va} visitors and {ca} conversions, B had {vb} visitors and "
                f"{cb} conversions. Relative lift of B over A in %? 1 dp",
                f"variant A {ca}/{va} converted, variant B {cb}/{vb}. how much better/worse is B, "
                "relative %, one decimal?")
    return text, [num(abs(lift), 1)]


@fam
def person_total_long_csv(rng: random.Random) -> Made:
    people = rng.sample(NAMES, rng.randint(3, 5))
    n = rng.randint(10, 25)
    rows = [(rng.choice(people), F(rng.randint(300, 9000), 100)) for _ in range(n)]
    p = rng.choice(sorted({r[0] for r in rows}))
    csv = table(["paid_by", "amount"], [[a, s(b, 2)] for a, b in rows])
    text = pick(rng, f"How much did {p} pay in total?", f"total for {p} in this expenses file?")
    return text, [num(sum((b for a, b in rows if a == p), F(0)))], {"csv": csv}


@fam
def top_spender_long_csv(rng: random.Random) -> Made:
    people = rng.sample(NAMES, rng.randint(3, 6))
    rows = [(rng.choice(people), F(rng.randint(300, 9000), 100))
            for _ in range(rng.randint(10, 25))]
    tot: dict[str, Fraction] = {}
    for a, b in rows:
        tot[a] = tot.get(a, F(0)) + b
    best = max(tot.values())
    if list(tot.values()).count(best) != 1:
        return None
    csv = table(["name", "spent"], [[a, s(b, 2)] for a, b in rows])
    text = pick(rng, "Who spent the most in total, and how much?",
                "biggest spender overall + their total?")
    return text, [[max(tot, key=lambda a: tot[a])], num(best)], {"csv": csv}


@fam
def markdown_table_mean(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "price", "hr", "sleep"]), rng.randint(4, 8))
    rows = "\n".join(f"| {lab} | {v} |" for lab, v in zip(d.labels, d.strs(), strict=True))
    text = (f"| {d.lab} | {d.col} |\n|---|---|\n{rows}\n\n" +
            pick(rng, f"average {d.col}? 2dp", f"What's the mean of the {d.col} column (2 dp)?"))
    return text, [num(mean(d.vals))]


@fam
def plot_pie_share(rng: random.Random) -> Made:
    cats = rng.sample(["rent", "food", "transport", "fun", "savings", "bills"], rng.randint(4, 6))
    xs = vals(rng, len(cats), 50, 1500)
    c = rng.choice(cats)
    csv = table(["category", "amount"], [[k, s(x)] for k, x in zip(cats, xs, strict=True)])
    share = xs[cats.index(c)] / sum(xs, F(0)) * 100
    text = pick(rng, f"Pie chart of my spending please, and what percent is {c}? 1 dp",
                f"make a pie chart from this and tell me {c}'s share (%, 1 decimal)")
    return text, [PLOTS, num(share, 1)], {"csv": csv}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    covariance_sample_csv, r_squared_fit, ab_test_lift, person_total_long_csv,
    top_spender_long_csv, markdown_table_mean, plot_pie_share)]
