"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 3: filters and counts,
shares, top-N, ranks, group totals and averages, z-scores and outliers."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    CTX,
    NAMES,
    PRODUCTS,
    REGIONS,
    D,
    Made,
    Redraw,
    fam,
    labels,
    mean,
    med,
    num,
    ordinal,
    pick,
    pvar,
    s,
    signed,
    vals,
)
from bench.data.agents.helpers import Family

F = Fraction
THRESH = {"temp": (15, 28, "°C"), "steps": (6000, 12000, " steps"), "sales": (3000, 8000, ""),
          "score": (55, 90, " points"), "sleep": (6, 8.5, " hours"), "kwh": (250, 500, " kWh"),
          "commute": (25, 60, " minutes"), "rain": (30, 150, " mm"), "visits": (500, 2000, ""),
          "price": (4, 11, ""), "hr": (58, 72, " bpm"), "spend": (300, 600, "")}


def threshold(rng: random.Random, key: str, d: D) -> Fraction:
    lo, hi, _ = THRESH[key]
    t = F(rng.randint(int(lo), int(hi)))
    if t in d.vals:
        raise Redraw
    return t


Row = tuple[str, str, int, Fraction]


def orders(rng: random.Random, n: int, groups: list[str],
           col: str = "region") -> tuple[list[Row], str]:
    rows = [(rng.choice(groups), rng.choice(PRODUCTS[:5]), rng.randint(1, 30),
             F(rng.randint(200, 2500), 100)) for _ in range(n)]
    return rows, f"{col},product,units,unit_price\n" + "".join(
        f"{g},{p},{u},{s(pr, 2)}\n" for g, p, u, pr in rows)


@fam
def count_above_csv(rng: random.Random) -> Made:
    key = rng.choice(list(THRESH))
    d = D(rng, key, rng.randint(10, 30), kind="date" if CTX[key][0] in ("day", "date") else None)
    t = threshold(rng, key, d)
    c = sum(1 for v in d.vals if v > t)
    text = pick(rng, f"How many rows have {d.col} above {s(t)}{THRESH[key][2]}, and what's the "
                "highest one?", f"on how many entries was {d.col} over {s(t)}? also the max",
                f"count of {d.col} > {s(t)} please, plus the max {d.col}")
    return text, [[str(c)], num(max(d.vals), d.dec)], {"csv": d.csv()}


@fam
def count_below_days_csv(rng: random.Random) -> Made:
    key = rng.choice(["temp", "steps", "sleep", "hr", "commute"])
    d = D(rng, key, rng.randint(10, 30), kind="date")
    t = threshold(rng, key, d)
    c = sum(1 for v in d.vals if v < t)
    text = pick(rng, f"How many days was {d.col} below {s(t)}{THRESH[key][2]}?",
                f"days under {s(t)} for {d.col} - how many?")
    return text, [[str(c), f"{c} days"]], {"csv": d.csv()}


@fam
def count_between_csv(rng: random.Random) -> Made:
    d = D(rng, "score", rng.randint(12, 20))
    lo = rng.randint(45, 70)
    hi = lo + rng.randint(8, 30)
    sel = [v for v in d.vals if lo <= v <= hi]
    if not sel:
        return None
    text = pick(rng, f"How many students scored between {lo} and {hi} inclusive, and what's "
                "their average (2 dp)?",
                f"number of scores from {lo} to {hi} (both included)? and the mean of those, 2dp")
    return text, [[str(len(sel)), f"{len(sel)} students"], num(mean(sel))], {"csv": d.csv()}


@fam
def percent_above_csv(rng: random.Random) -> Made:
    key = rng.choice(list(THRESH))
    d = D(rng, key, rng.randint(10, 30))
    t = threshold(rng, key, d)
    p = F(100 * sum(1 for v in d.vals if v > t), len(d.vals))
    text = pick(rng, f"What percent of the {d.col} values are above {s(t)}? 1 decimal",
                f"share of rows with {d.col} over {s(t)}, as a %, 1dp")
    return text, [num(p, 1)], {"csv": d.csv()}


@fam
def mean_of_filtered_csv(rng: random.Random) -> Made:
    key = rng.choice(["temp", "steps", "sales", "visits", "kwh"])
    d = D(rng, key, rng.randint(10, 25))
    t = threshold(rng, key, d)
    sel = [v for v in d.vals if v > t]
    if not sel:
        return None
    text = pick(rng, f"Average {d.col} considering only rows where it's above {s(t)}? 2 dp",
                f"mean of the {d.col} values greater than {s(t)}, 2 decimals")
    return text, [num(mean(sel))], {"csv": d.csv()}


@fam
def sum_of_filtered_csv(rng: random.Random) -> Made:
    d = D(rng, "sales", 12)
    t = threshold(rng, "sales", d)
    sel = [v for v in d.vals if v >= t]
    if not sel:
        return None
    text = pick(rng, f"Total sales across the months that hit at least {s(t)}?",
                f"add up sales only for months with {s(t)} or more")
    return text, [num(sum(sel, F(0)))], {"csv": d.csv()}


@fam
def top3_labels_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales", "price", "kwh"]), rng.randint(6, 12), distinct=True)
    top = sorted(zip(d.vals, d.labels, strict=True), reverse=True)[:3]
    text = pick(rng, f"Who are the top 3 by {d.col}?", f"top three {d.lab}s for {d.col}?",
                f"list the 3 highest {d.col} {d.lab}s")
    return text, [[lab] for _, lab in top], {"csv": d.csv()}


@fam
def top3_sum_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "spend", "kwh", "visits"]), rng.randint(6, 20))
    text = pick(rng, f"What do the 3 biggest {d.col} values add up to?",
                f"sum of the top three {d.col}?")
    return text, [num(sum(sorted(d.vals)[-3:], F(0)), d.dec)], {"csv": d.csv()}


@fam
def bottom2_labels_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales", "steps"]), 7 if rng.random() < 0.3 else 10,
          distinct=True)
    low = sorted(zip(d.vals, d.labels, strict=True))[:2]
    text = pick(rng, f"Which two {d.lab}s had the lowest {d.col}?",
                f"bottom 2 for {d.col} - which {d.lab}s?")
    return text, [[lab] for _, lab in low], {"csv": d.csv()}


@fam
def top_n_share_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "spend", "kwh"]), rng.randint(6, 12))
    k = rng.choice([2, 3])
    share = sum(sorted(d.vals)[-k:], F(0)) / sum(d.vals, F(0)) * 100
    text = pick(rng, f"What share of total {d.col} comes from the top {k} {d.lab}s? % to 1 dp",
                f"top {k} {d.lab}s = what % of all {d.col}? one decimal")
    return text, [num(share, 1)], {"csv": d.csv()}


@fam
def share_named_row_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "kwh", "rain", "spend"]), 12)
    i = rng.randrange(12)
    share = d.vals[i] / sum(d.vals, F(0)) * 100
    text = pick(rng, f"What percentage of the year's {d.col} was in {d.labels[i]}? 2 dp",
                f"{d.labels[i]}'s share of the annual total {d.col}, in % (2 decimals)?")
    return text, [num(share)], {"csv": d.csv()}


@fam
def share_of_spending_lines(rng: random.Random) -> Made:
    cats = rng.sample(["rent", "food", "transport", "fun", "savings", "bills", "clothes"], 5)
    xs = vals(rng, 5, 40, 1500)
    c = rng.choice(cats)
    body = "\n".join(f"{k} {s(x)}" for k, x in zip(cats, xs, strict=True))
    share = xs[cats.index(c)] / sum(xs, F(0)) * 100
    text = pick(rng, f"this month:\n{body}\nwhat % of my total went on {c}? 1 decimal",
                f"Budget breakdown -\n{body}\n\nHow big a share is {c}, in percent (1 dp)?")
    return text, [num(share, 1)]


@fam
def rank_named_row_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales"]), rng.randint(9, 20), distinct=True,
          kind="name")
    i = rng.randrange(len(d.vals))
    r = 1 + sum(1 for v in d.vals if v > d.vals[i])
    if r == 1:
        return None
    gap = max(d.vals) - d.vals[i]
    text = pick(rng, f"Where does {d.labels[i]} rank on {d.col} (1 = highest), and how far "
                "behind the top are they?",
                f"what position is {d.labels[i]} in if we sort by {d.col} high to low? and the "
                "gap to first place?")
    return text, [ordinal(r), num(gap, 0)], {"csv": d.csv()}


@fam
def distinct_count_csv(rng: random.Random) -> Made:
    pool = rng.sample(NAMES, rng.randint(3, 9))
    n = rng.randint(12, 28)
    who = [rng.choice(pool) for _ in range(n)]
    dates = labels(rng, "date", n)
    csv = "date,customer,amount\n" + "".join(
        f"{dt},{c},{s(F(rng.randint(500, 9000), 100), 2)}\n"
        for dt, c in zip(dates, who, strict=True))
    k = len(set(who))
    text = pick(rng, "How many different customers are in this file, and how many purchases in "
                "total?", "count the unique customer names, and the number of rows",
                "how many distinct customers bought something? and how many transactions?")
    return text, [[str(k), f"{k} customers", f"{k} unique", f"{k} distinct"],
                  [str(n), f"{n} purchases", f"{n} transactions", f"{n} rows"]], {"csv": csv}


@fam
def category_count_csv(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(10, 28), REGIONS)
    g = rng.choice(REGIONS)
    c = sum(1 for r in rows if r[0] == g)
    u = sum(r[2] for r in rows if r[0] == g)
    if c == 0:
        return None
    text = pick(rng, f"How many orders came from the {g} region, and how many units did they "
                "add up to?", f"number of rows where region is {g}? plus their total units")
    return text, [[str(c), f"{c} orders"], [str(u), f"{u} units"]], {"csv": csv}


@fam
def category_percent_csv(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(10, 28), REGIONS[:4])
    g = rng.choice(REGIONS[:4])
    p = F(100 * sum(1 for r in rows if r[0] == g), len(rows))
    text = pick(rng, f"What % of orders were from {g}? 1 dp",
                f"share of orders in the {g} region as a percentage (1 decimal)")
    return text, [num(p, 1)], {"csv": csv}


@fam
def group_total_units_csv(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(10, 28), REGIONS)
    g = rng.choice(sorted({r[0] for r in rows}))
    tot = sum(r[2] for r in rows if r[0] == g)
    text = pick(rng, f"Total units sold in {g}?", f"sum units for region = {g}",
                f"How many units did the {g} region sell in total?")
    return text, [[str(tot), f"{tot} units"]], {"csv": csv}


@fam
def group_average_score_csv(rng: random.Random) -> Made:
    n = rng.randint(10, 24)
    classes = rng.sample(["A", "B", "C", "D"], rng.randint(2, 4))
    who = rng.sample(NAMES, min(n, len(NAMES)))
    cl = [rng.choice(classes) for _ in who]
    sc = vals(rng, len(who), 40, 100)
    csv = "student,class,score\n" + "".join(
        f"{w},{c},{s(x)}\n" for w, c, x in zip(who, cl, sc, strict=True))
    g = rng.choice(sorted(set(cl)))
    m = mean([x for c, x in zip(cl, sc, strict=True) if c == g])
    text = pick(rng, f"Average score for class {g}? 2 decimals",
                f"what's class {g}'s mean score (2dp)?")
    return text, [num(m)], {"csv": csv}


@fam
def group_highest_total_label(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(12, 28), REGIONS)
    tot: dict[str, Fraction] = {}
    for g, _, u, p in rows:
        tot[g] = tot.get(g, F(0)) + u * p
    best = max(tot.values())
    if list(tot.values()).count(best) != 1:
        return None
    text = pick(rng, "Which region brought in the most revenue (units x unit_price), and how "
                "much?", "top region by sales value (units*price)? and its total",
                "which region had the highest total revenue (units times unit_price) and what "
                "was it?")
    return text, [[max(tot, key=lambda g: tot[g])], num(best)], {"csv": csv}


@fam
def group_difference_csv(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(12, 28), REGIONS[:3])
    a, b = rng.sample(REGIONS[:3], 2)
    ua = sum(r[2] for r in rows if r[0] == a)
    ub = sum(r[2] for r in rows if r[0] == b)
    if ua == ub:
        return None
    text = pick(rng, f"How many more (or fewer) units did {a} sell than {b}?",
                f"difference in units sold, {a} vs {b}?")
    return text, [[str(abs(ua - ub))]], {"csv": csv}


@fam
def group_count_and_total(rng: random.Random) -> Made:
    rows, csv = orders(rng, rng.randint(10, 25), REGIONS)
    p = rng.choice(PRODUCTS[:5])
    sel = [r for r in rows if r[1] == p]
    if not sel:
        return None
    text = pick(rng, f"How many {p} orders are there, and how many {p} units in total?",
                f"for {p}: number of orders + total units?")
    return text, [[str(len(sel)), f"{len(sel)} orders"], [str(sum(r[2] for r in sel))]], {
        "csv": csv}


@fam
def z_score_named_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales"]), rng.randint(8, 15),
          kind=rng.choice(["name", "city"]))
    i = rng.randrange(len(d.vals))
    sd = math.sqrt(float(pvar(d.vals)))
    if sd == 0:
        return None
    z = float(d.vals[i] - mean(d.vals)) / sd
    text = pick(rng, f"What's {d.labels[i]}'s z-score for {d.col}? Use the population SD, 2 dp.",
                f"z score of {d.labels[i]} ({d.col}), population standard deviation, 2 decimals")
    return text, [signed(z)], {"csv": d.csv()}


@fam
def outlier_two_sd_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["commute", "visits", "steps"]), rng.randint(10, 20),
          kind="date")
    i = rng.randrange(len(d.vals))
    d.vals[i] = d.vals[i] + F(rng.choice([3, 4, 5])) * (max(d.vals) - min(d.vals))
    d.vals[i] = F(round(d.vals[i]))
    m, sd = mean(d.vals), math.sqrt(float(pvar(d.vals)))
    out = [j for j, v in enumerate(d.vals) if abs(float(v - m)) > 2 * sd]
    near = [v for v in d.vals if abs(abs(float(v - m)) - 2 * sd) < 0.02 * sd]
    if out != [i] or near:
        return None
    text = pick(rng, f"Are there outliers in {d.col}? Flag any value more than 2 population "
                "SDs from the mean, and tell me which row (date) it is.",
                f"which date's {d.col} is an outlier (beyond mean ± 2 standard deviations, "
                "population)?")
    return text, [[d.labels[i]]], {"csv": d.csv()}


def quartiles(xs: list[Fraction]) -> tuple[Fraction, Fraction]:
    ys, n = sorted(xs), len(xs)
    return med(ys[:n // 2]), med(ys[(n + 1) // 2:])


@fam
def outlier_iqr_label_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["price", "score", "sales"]), rng.randint(8, 12), distinct=True)
    i = rng.randrange(len(d.vals))
    hi = rng.random() < 0.5 or d.dec > 0
    d.vals[i] = max(d.vals) * 3 if hi else F(1)
    q1, q3 = quartiles(d.vals)
    lo_f, hi_f = q1 - F(3, 2) * (q3 - q1), q3 + F(3, 2) * (q3 - q1)
    out = [j for j, v in enumerate(d.vals) if v < lo_f or v > hi_f]
    if out != [i]:
        return None
    text = pick(rng, f"Using the 1.5 x IQR rule (quartiles = medians of the lower and upper "
                f"halves, excluding the middle value if odd), which {d.lab} is an outlier on "
                f"{d.col}?",
                f"Tukey fences (Q1 - 1.5 IQR, Q3 + 1.5 IQR; quartiles as medians of each half, "
                f"median excluded) - which {d.lab}'s {d.col} is outside?")
    return text, [[d.labels[i]]], {"csv": d.csv()}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    count_above_csv, count_below_days_csv, count_between_csv, percent_above_csv,
    mean_of_filtered_csv, sum_of_filtered_csv, top3_labels_csv, top3_sum_csv, bottom2_labels_csv,
    top_n_share_csv, share_named_row_csv, share_of_spending_lines, rank_named_row_csv,
    distinct_count_csv, category_count_csv, category_percent_csv, group_total_units_csv,
    group_average_score_csv, group_highest_total_label, group_difference_csv,
    group_count_and_total, z_score_named_csv, outlier_two_sd_csv, outlier_iqr_label_csv)]
