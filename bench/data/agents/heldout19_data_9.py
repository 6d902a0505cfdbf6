"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 9: quartiles and IQR,
weekday against weekend, named subsets, counts above the mean, group medians and charts."""

from __future__ import annotations

import random

from bench.data.agents.heldout19_data import (
    CTX,
    NAMES,
    PLOTS,
    REGIONS,
    D,
    Made,
    fam,
    labels,
    mean,
    med,
    num,
    pick,
    s,
    vals,
)
from bench.data.agents.heldout19_data_3 import F, orders, quartiles, threshold
from bench.data.agents.helpers import Family


@fam
def quartiles_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(7, 12), 10, 99)
    q1, q3 = quartiles(xs)
    text = pick(rng, f"Q1 and Q3 of {', '.join(s(x) for x in xs)}? Use the median of each half "
                "(leave out the overall median when the count is odd).",
                f"first and third quartiles for {' '.join(s(x) for x in xs)} - method: medians of "
                "the lower and upper halves, excluding the median")
    return text, [num(q1, 1), num(q3, 1)]


@fam
def iqr_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 20))
    q1, q3 = quartiles(d.vals)
    text = pick(rng, f"What's the interquartile range of {d.col}? Quartiles = medians of the "
                "lower/upper halves (median excluded if n is odd). 2 dp",
                f"IQR of {d.col}, using the median-of-halves method (exclude the median), 2dp")
    return text, [num(q3 - q1)], {"csv": d.csv()}


@fam
def weekday_vs_weekend_lines(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep", "hr"]), 7)
    wk, we = mean(d.vals[:5]), mean(d.vals[5:])
    text = pick(rng, f"{d.lines()}\nHow much higher/lower is my weekend average than my "
                "weekday average? 2 dp",
                f"weekend avg minus weekday avg for this, 2 decimals:\n{d.lines(' ')}")
    return text, [num(abs(we - wk))]


@fam
def mean_named_subset_csv(rng: random.Random) -> Made:
    d = D(rng, "score", rng.randint(8, 16))
    k = rng.randint(2, 4)
    pick_i = sorted(rng.sample(range(len(d.vals)), k))
    who = [d.labels[i] for i in pick_i]
    m = mean([d.vals[i] for i in pick_i])
    listed = ", ".join(who[:-1]) + " and " + who[-1]
    text = pick(rng, f"What's the average score of {listed}? 2 decimals",
                f"mean of {listed}'s scores (2dp)?")
    return text, [num(m)], {"csv": d.csv()}


@fam
def count_above_mean_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales"]), rng.randint(10, 20), kind="name")
    m = mean(d.vals)
    c = sum(1 for v in d.vals if v > m)
    text = pick(rng, f"What's the average {d.col} (2 dp) and how many {d.lab}s are above it?",
                f"mean {d.col} to 2 decimals, plus the count of {d.lab}s beating the mean")
    return text, [num(m), [str(c), f"{c} {d.lab}s"]], {"csv": d.csv()}


@fam
def hottest_minus_coldest_csv(rng: random.Random) -> Made:
    cities = labels(rng, "city", rng.randint(5, 9))
    xs = vals(rng, len(cities), -8, 38, 1, distinct=True)
    csv = "city,temp_c\n" + "".join(f"{c},{s(x, 1)}\n" for c, x in zip(cities, xs, strict=True))
    text = pick(rng, "How many degrees warmer was the hottest city than the coldest?",
                "temp gap between the warmest and coldest city?")
    return text, [num(max(xs) - min(xs), 1)], {"csv": csv}


@fam
def plot_group_totals_bar(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(10, 24), REGIONS)
    g = rng.choice(sorted({r[0] for r in rows}))
    tot = sum(r[2] for r in rows if r[0] == g)
    text = pick(rng, f"Bar chart of units by region please - and what's the {g} total?",
                f"plot total units per region and tell me {g}'s number")
    return text, [PLOTS, [str(tot), f"{tot} units"]], {"csv": csv}


@fam
def plot_count_above(rng: random.Random) -> Made:
    d = D(rng, "temp", rng.randint(10, 30), kind="date")
    t = threshold(rng, "temp", d)
    c = sum(1 for v in d.vals if v > t)
    text = pick(rng, f"plot the temperatures and tell me how many days were above {s(t)}°C, and "
                "the average temperature (1 dp)",
                f"graph temp_c over time; how many days topped {s(t)} degrees? mean temp to 1dp?")
    return text, [PLOTS, [str(c), f"{c} days"], num(mean(d.vals), 1)], {"csv": d.csv()}


@fam
def plot_top_label(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "score", "price"]), rng.randint(5, 10))
    text = pick(rng, f"make a bar chart of {d.col} by {d.lab} and tell me which is highest",
                f"chart this for me and say which {d.lab} has the top {d.col}")
    return text, [PLOTS, [d.best()]], {"csv": d.csv()}


@fam
def median_by_group_csv(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(12, 26), REGIONS[:3])
    g = rng.choice(REGIONS[:3])
    sel = [F(r[2]) for r in rows if r[0] == g]
    if not sel:
        return None
    text = pick(rng, f"Median units per order in {g}?", f"what's the median of units for {g} rows?")
    return text, [num(med(sel), 1)], {"csv": csv}


@fam
def percent_scores_pass_lines(rng: random.Random) -> Made:
    names = rng.sample(NAMES, rng.randint(6, 10))
    xs = vals(rng, len(names), 20, 100)
    cut = rng.choice([40, 50, 60])
    if F(cut) in xs:
        return None
    p = F(100 * sum(1 for x in xs if x >= cut), len(xs))
    body = "\n".join(f"{n}: {s(x)}%" for n, x in zip(names, xs, strict=True))
    text = pick(rng, f"{body}\nPass mark is {cut}%. What percentage of the class passed? 1 dp",
                f"Pass rate if you need {cut} or more?\n{body}\n(answer in %, one decimal)")
    return text, [num(p, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    quartiles_list, iqr_csv, weekday_vs_weekend_lines, mean_named_subset_csv,
    count_above_mean_csv, hottest_minus_coldest_csv, plot_group_totals_bar, plot_count_above,
    plot_top_label, median_by_group_csv, percent_scores_pass_lines)]
