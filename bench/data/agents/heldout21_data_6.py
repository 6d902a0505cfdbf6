"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 6: weighted averages,
frequency tables and totals or averages by group."""
# ruff: noqa: E501

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout21_data import PLOT, R1, R2, forms, mean
from bench.data.agents.helpers import Family, fresh, item

Made = tuple[str, list[list[str] | None], dict[str, Any]] | None


def wrap(name: str, maker: Callable[[random.Random], Made]) -> Family:
    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            made = maker(rng)
            if made is None or any(p is None for p in made[1]):
                continue
            text, req, extra = made
            return item(f"F_d_{name}", "data", text, req, **extra)  # type: ignore[arg-type]
    make.__name__ = name
    return fresh(make)


def pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


# ---- weighted averages ----------------------------------------------------------------

SUBJECTS = ["Maths", "English", "Biology", "History", "Chemistry", "Art", "Physics", "French"]


def weighted_grades(rng: random.Random) -> Made:
    k = rng.randint(3, 5)
    subs = rng.sample(SUBJECTS, k)
    marks = [rng.randint(52, 98) for _ in subs]
    creds = [rng.choice([1, 2, 3, 4, 5]) for _ in subs]
    w = F(sum(m * c for m, c in zip(marks, creds, strict=True)), sum(creds))
    lines = "\n".join(f"{s}: {m} ({c} credit{'s' if c > 1 else ''})" for s, m, c in zip(subs, marks, creds, strict=True))
    text = pick(rng, [
        f"{lines}\nWhat's my credit-weighted average mark? {pick(rng, R2)}",
        f"Weighted by credits, what's my average?\n{lines}\n{pick(rng, R2)}",
    ])
    return text, [forms(w, 2)], {}


def weighted_pct(rng: random.Random) -> Made:
    parts = rng.choice([["Homework", "Midterm", "Final"], ["Quizzes", "Project", "Exam"],
                        ["Labs", "Essay", "Midterm", "Final"]])
    ws = rng.choice([[20, 30, 50], [25, 25, 50], [15, 35, 50], [10, 40, 50]]) if len(parts) == 3 \
        else rng.choice([[10, 20, 30, 40], [15, 15, 30, 40]])
    sc = [rng.randint(55, 99) for _ in parts]
    w = F(sum(a * b for a, b in zip(sc, ws, strict=True)), 100)
    lines = ", ".join(f"{p} {s} (worth {x}%)" for p, s, x in zip(parts, sc, ws, strict=True))
    text = pick(rng, [
        f"My course grade is weighted like this: {lines}. What's my overall grade? {pick(rng, R2)}",
        f"{lines} — what's the weighted total out of 100? {pick(rng, R2)}",
    ])
    return text, [forms(w, 2)], {}


def avg_buy_price(rng: random.Random) -> Made:
    k = rng.randint(2, 4)
    qty = [rng.randint(3, 60) for _ in range(k)]
    px = [F(rng.randint(1000, 9000), 100) for _ in range(k)]
    avg = sum((q * p for q, p in zip(qty, px, strict=True)), F(0)) / sum(qty)
    lines = "; ".join(f"{q} shares at ${float(p):.2f}" for q, p in zip(qty, px, strict=True))
    text = pick(rng, [
        f"I bought {lines}. What's my average cost per share? {pick(rng, R2)}",
        f"Purchases: {lines}. Weighted average price paid per share ({pick(rng, R2)})?",
    ])
    return text, [forms(avg, 2)], {}


def avg_speed(rng: random.Random) -> Made:
    k = rng.randint(2, 3)
    dist = [rng.randint(10, 120) for _ in range(k)]
    speed = [rng.choice([30, 40, 45, 50, 60, 70, 80, 90, 100]) for _ in range(k)]
    if len(set(speed)) == 1:
        return None
    avg = F(sum(dist)) / sum((F(d, s) for d, s in zip(dist, speed, strict=True)), F(0))
    unit = rng.choice(["km", "miles"])
    legs = ", then ".join(f"{d} {unit} at {s} {'km/h' if unit == 'km' else 'mph'}" for d, s in zip(dist, speed, strict=True))
    text = f"I drove {legs}. What was my average speed for the whole trip? {pick(rng, R2)}"
    return text, [forms(avg, 2)], {}


def star_rating(rng: random.Random) -> Made:
    counts = [rng.randint(0, 60) for _ in range(5)]
    if sum(counts) < 10:
        return None
    avg = F(sum((i + 1) * c for i, c in enumerate(counts)), sum(counts))
    lines = "\n".join(f"{5 - i} star{'s' if i < 4 else ''}: {counts[4 - i]}" for i in range(5))
    text = pick(rng, [
        f"Our product's reviews:\n{lines}\nWhat's the average rating? {pick(rng, R2)}",
        f"{lines}\naverage star rating from these counts? {pick(rng, R2)}",
    ])
    return text, [forms(avg, 2)], {}


def freq_mean(rng: random.Random) -> Made:
    what = rng.choice([("kids per family", "families"), ("goals per match", "matches"),
                       ("cups of coffee per day", "people"), ("pets per household", "households")])
    vals = list(range(rng.randint(0, 1), rng.randint(4, 6)))
    counts = [rng.randint(1, 25) for _ in vals]
    avg = F(sum(v * c for v, c in zip(vals, counts, strict=True)), sum(counts))
    lines = "\n".join(f"{v}: {c} {what[1]}" for v, c in zip(vals, counts, strict=True))
    text = pick(rng, [
        f"Survey of {what[0]}:\n{lines}\nWhat's the mean number of {what[0]}? {pick(rng, R2)}",
        f"{lines}\n(That's {what[0]} → how many {what[1]}.) Average? {pick(rng, R2)}",
    ])
    return text, [forms(avg, 2)], {}


def freq_median(rng: random.Random) -> Made:
    vals = list(range(1, rng.randint(5, 7)))
    counts = [rng.randint(1, 15) for _ in vals]
    seq = [v for v, c in zip(vals, counts, strict=True) for _ in range(c)]
    seq.sort()
    k = len(seq)
    med = F(seq[k // 2]) if k % 2 else F(seq[k // 2 - 1] + seq[k // 2], 2)
    total = sum(v * c for v, c in zip(vals, counts, strict=True))
    lines = ", ".join(f"{c} people said {v}" for v, c in zip(vals, counts, strict=True))
    text = f"We asked how many nights a week people cook at home: {lines}. What's the median answer and the total number of nights across everyone?"
    return text, [forms(med, 2), forms(total, 0)], {}


def freq_mode(rng: random.Random) -> Made:
    sizes = ["XS", "S", "M", "L", "XL"]
    counts = rng.sample(range(3, 40), 5)
    lines = ", ".join(f"{s}: {c}" for s, c in zip(sizes, counts, strict=True))
    share = F(max(counts) * 100, sum(counts))
    text = pick(rng, [
        f"T-shirt orders by size — {lines}. What percent of all orders went to the most popular size, and how many more orders did it get than the least popular one? {pick(rng, R1)}",
        f"{lines} (orders per size). Most popular size's share of the total in %, plus the gap in orders between the most and least popular sizes? {pick(rng, R1)}",
    ])
    return text, [forms(share, 1), forms(F(max(counts) - min(counts)), 0)], {}


def gpa(rng: random.Random) -> Made:
    grades = {"A": 4, "B": 3, "C": 2, "D": 1}
    k = rng.randint(4, 6)
    gs = [rng.choice("AABBBCCD") for _ in range(k)]
    cr = [rng.choice([2, 3, 3, 4, 4]) for _ in range(k)]
    val = F(sum(grades[g] * c for g, c in zip(gs, cr, strict=True)), sum(cr))
    lines = "\n".join(f"Course {i + 1}: {g}, {c} credits" for i, (g, c) in enumerate(zip(gs, cr, strict=True)))
    text = f"{lines}\nUsing A=4, B=3, C=2, D=1, what's my GPA weighted by credits? {pick(rng, R2)}"
    return text, [forms(val, 2)], {}


def price_per_kg(rng: random.Random) -> Made:
    k = rng.randint(2, 4)
    kg = [F(rng.randint(5, 40), 10) for _ in range(k)]
    cost = [F(rng.randint(150, 1200), 100) for _ in range(k)]
    avg = sum(cost, F(0)) / sum(kg, F(0))
    lines = "\n".join(f"{float(a):.1f} kg for ${float(b):.2f}" for a, b in zip(kg, cost, strict=True))
    text = f"I bought apples a few times:\n{lines}\nWhat's my overall average price per kg (total spent / total kg)? {pick(rng, R2)}"
    return text, [forms(avg, 2)], {}


# ---- groups --------------------------------------------------------------------------

GROUPS = [
    ("region", ["Leeds", "Bristol", "Cardiff", "Glasgow"], "sales", 200, 2500, 0),
    ("store", ["Downtown", "Airport", "Riverside", "Harbour"], "revenue", 500, 4000, 0),
    ("product", ["Widget", "Gadget", "Gizmo", "Doohickey"], "units", 5, 120, 0),
    ("team", ["Lions", "Hawks", "Sharks", "Wolves"], "points", 2, 40, 0),
    ("category", ["Food", "Transport", "Leisure", "Bills"], "amount", 5, 180, 2),
    ("class", ["7A", "7B", "7C"], "score", 40, 100, 0),
]


def grows(rng: random.Random, n: tuple[int, int] = (10, 24)) -> tuple[tuple[Any, ...], list[tuple[str, F]]]:
    g = rng.choice(GROUPS)
    _, cats, _, lo, hi, dp = g
    rows = []
    for _ in range(rng.randint(*n)):
        rows.append((rng.choice(cats), F(rng.randint(lo * 10**dp, hi * 10**dp), 10**dp)))
    if len({c for c, _ in rows}) < len(cats):
        return grows(rng, n)
    return g, rows


def gcsv(rng: random.Random, g: tuple[Any, ...], rows: list[tuple[str, F]]) -> str:
    sep = rng.choice([",", "\t"])
    dp = g[5]
    start = rng.randint(1, 20)
    out = [f"date{sep}{g[0]}{sep}{g[2]}"]
    for i, (c, v) in enumerate(rows):
        out.append(f"2026-05-{start + i // 3:02d}{sep}{c}{sep}{float(v):.{dp}f}")
    return "\n".join(out) + "\n"


def totals(rows: list[tuple[str, F]]) -> dict[str, F]:
    t: dict[str, F] = {}
    for c, v in rows:
        t[c] = t.get(c, F(0)) + v
    return t


def avgs(rows: list[tuple[str, F]]) -> dict[str, F]:
    return {c: mean([v for k, v in rows if k == c]) for c in {c for c, _ in rows}}


def grp(kind: str, chart: bool = False) -> Callable[[random.Random], Made]:
    def maker(rng: random.Random) -> Made:
        g, rows = grows(rng)
        gname, cats, col, _, _, dp = g
        t, a = totals(rows), avgs(rows)
        c = rng.choice(cats)
        c2 = rng.choice([x for x in cats if x != c])
        csv = {"csv": gcsv(rng, g, rows)}
        pre = [PLOT] if chart else []
        if kind == "total":
            text = pick(rng, [f"What's the total {col} for {c} in the attached file?",
                              f"sum of {col} where {gname} is {c}? (csv attached)"])
            return text, [*pre, forms(t[c], dp)], csv
        if kind == "best":
            top = max(t.values())
            if list(t.values()).count(top) > 1:
                return None
            best = next(k for k, v in t.items() if v == top)
            text = pick(rng, [f"Which {gname} has the highest total {col} in the attached data, and what is that total?",
                              f"Group the attached rows by {gname}: which one sums to the most {col}? Give the total too."])
            if chart:
                text = f"Make a bar chart of total {col} by {gname} from the attached file. {text}"
            return text, [*pre, [best], forms(top, dp)], csv
        if kind == "worst":
            low = min(t.values())
            if list(t.values()).count(low) > 1:
                return None
            worst = next(k for k, v in t.items() if v == low)
            text = f"Totalling {col} by {gname} in the attached file, which {gname} comes last and with how much?"
            return text, [*pre, [worst], forms(low, dp)], csv
        if kind == "avg":
            text = pick(rng, [f"What's the average {col} per row for {c} in the attached csv? {pick(rng, R2)}",
                              f"mean {col} for {gname} {c} only, {pick(rng, R2)} (file attached)"])
            return text, [*pre, forms(a[c], 2)], csv
        if kind == "bestavg":
            top = max(a.values())
            if list(a.values()).count(top) > 1:
                return None
            best = next(k for k, v in a.items() if v == top)
            text = f"Which {gname} has the highest AVERAGE {col} per row in the attached file, and what is it? {pick(rng, R2)}"
            return text, [*pre, [best], forms(top, 2)], csv
        if kind == "share":
            s = t[c] / sum(t.values(), F(0)) * 100
            text = pick(rng, [f"What percentage of total {col} comes from {c}? {pick(rng, R1)} (data attached)",
                              f"{c}'s share of all {col} in this csv, in %? {pick(rng, R1)}"])
            return text, [*pre, forms(s, 1)], csv
        if kind == "diff":
            text = f"How much more (or less) {col} did {c} have than {c2} in total, per the attached file?"
            return text, [*pre, forms(t[c] - t[c2], dp, False)], csv
        if kind == "count":
            k = sum(1 for x, _ in rows if x == c)
            text = pick(rng, [f"How many rows in the attached file are for {c}?",
                              f"count the entries with {gname} = {c} in this csv"])
            return text, [*pre, forms(k, 0)], csv
        if kind == "plot":
            text = f"Make a bar chart of total {col} by {gname} from the attached file, and tell me the total for {c}"
            return text, [*pre, forms(t[c], dp)], csv
        if kind == "filter_mean":
            thr = F(rng.randint(g[3], g[4]))
            keep = [v for x, v in rows if x == c and v > thr]
            if not keep or any(v == thr for _, v in rows):
                return None
            text = f"In the attached data, average the {col} of the {c} rows that are above {thr} — {pick(rng, R2)}"
            return text, [*pre, forms(mean(keep), 2)], csv
        return None
    return maker


def inline_expenses(rng: random.Random) -> Made:
    cats = ["groceries", "fuel", "eating out", "coffee"]
    rows = [(rng.choice(cats), F(rng.randint(300, 9000), 100)) for _ in range(rng.randint(7, 12))]
    c = rng.choice(cats)
    tot = sum((v for k, v in rows if k == c), F(0))
    if tot == 0:
        return None
    lines = "\n".join(f"{k} {float(v):.2f}" for k, v in rows)
    text = pick(rng, [f"My spending this month:\n{lines}\nHow much went on {c} in total?",
                      f"{lines}\ntotal {c} spend?"])
    return text, [forms(tot, 2)], {}


def inline_team_avg(rng: random.Random) -> Made:
    teams = ["Lions", "Tigers"]
    rows = [(rng.choice(teams), who, rng.randint(3, 30)) for who in rng.sample(NAMES2, rng.randint(6, 10))]
    t = rng.choice(teams)
    pts = [p for k, _, p in rows if k == t]
    if len(pts) < 2:
        return None
    lines = "\n".join(f"{n} ({k}) - {p} pts" for k, n, p in rows)
    text = f"{lines}\nWhat's the average points per player for the {t}? {pick(rng, R2)}"
    return text, [forms(mean([F(p) for p in pts]), 2)], {}


NAMES2 = ["Ana", "Bo", "Cy", "Dee", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"]

fam_weighted_grades = wrap("weighted_grades", weighted_grades)
fam_weighted_pct = wrap("weighted_pct", weighted_pct)
fam_avg_buy_price = wrap("avg_buy_price", avg_buy_price)
fam_avg_speed = wrap("avg_speed", avg_speed)
fam_star_rating = wrap("star_rating", star_rating)
fam_freq_mean = wrap("freq_mean", freq_mean)
fam_freq_median = wrap("freq_median", freq_median)
fam_freq_mode = wrap("freq_mode", freq_mode)
fam_gpa = wrap("gpa", gpa)
fam_price_per_kg = wrap("price_per_kg", price_per_kg)
fam_group_total = wrap("group_total", grp("total"))
fam_group_best = wrap("group_best", grp("best"))
fam_group_worst = wrap("group_worst", grp("worst"))
fam_group_avg = wrap("group_avg", grp("avg"))
fam_group_bestavg = wrap("group_bestavg", grp("bestavg"))
fam_group_share = wrap("group_share", grp("share"))
fam_group_diff = wrap("group_diff", grp("diff"))
fam_group_count = wrap("group_count", grp("count"))
fam_group_plot = wrap("group_plot", grp("plot", chart=True))
fam_group_best_plot = wrap("group_best_plot", grp("best", chart=True))
fam_group_filter_mean = wrap("group_filter_mean", grp("filter_mean"))
fam_inline_expenses = wrap("inline_expenses", inline_expenses)
fam_inline_team_avg = wrap("inline_team_avg", inline_team_avg)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_weighted_grades, fam_weighted_pct, fam_avg_buy_price, fam_avg_speed, fam_star_rating,
    fam_freq_mean, fam_freq_median, fam_freq_mode, fam_gpa, fam_price_per_kg, fam_group_total,
    fam_group_best, fam_group_worst, fam_group_avg, fam_group_bestavg, fam_group_share,
    fam_group_diff, fam_group_count, fam_group_plot, fam_group_best_plot, fam_group_filter_mean,
    fam_inline_expenses, fam_inline_team_avg)]
