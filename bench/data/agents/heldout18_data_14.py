"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 14: median monthly change,
paired before-and-after tests, averages over calendar days with gaps, grades so far from
partial weights, stem-and-leaf plots, moving ranges and budget variances."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import pairwise

from bench.data.agents.heldout18_data import (
    MONTHS,
    PEOPLE,
    F,
    Family,
    Got,
    days,
    dec,
    family,
    forms,
    mean,
    median,
    named,
    num,
    pct_of,
    r1,
    sqrt,
    table,
    variance,
)


@family
def median_mom_change(rng: random.Random) -> Got:
    n = rng.randint(6, 10)
    vals = [rng.randint(1200, 9000) for _ in range(n)]
    ch = [pct_of(b - a, a) for a, b in pairwise(vals)]
    f = forms(median(ch), 1, signed=True)
    if f and median(ch) < 0:
        mags = forms(median(ch), 1) or []
        f += [f"{m}% {w}" for m in mags for w in ("decrease", "drop", "fall", "decline")]
        f += [f"{w} {m}" for m in mags for w in ("down", "decrease of", "drop of", "fall of")]
    lines = ", ".join(f"{MONTHS[i][:3]} {v:,}" for i, v in enumerate(vals))
    return (
        (
            f"Newsletter sign-ups by month: {lines}. Work out each month-on-month % change; "
            "what's the median of those changes? 1 dp",
            [f],
        )
        if f
        else None
    )


@family
def paired_t(rng: random.Random) -> Got:
    names = rng.sample(PEOPLE, rng.randint(6, 10))
    before = [rng.randint(35, 80) for _ in names]
    after = [b + rng.randint(-6, 15) for b in before]
    d = [a - b for a, b in zip(after, before, strict=True)]
    s = sqrt(variance(d, sample=True))
    if not s:
        return None
    t = dec(mean(d)) / (s / dec(len(d)).sqrt())
    fm, ft = forms(mean(d), 2, signed=True), forms(t, 2, signed=True)
    if not fm or not ft:
        return None
    lines = "\n".join(f"{n}: {b} -> {a}" for n, b, a in zip(names, before, after, strict=True))
    return (
        f"Reading scores before and after the tutoring programme:\n{lines}\nWhat's the mean "
        "improvement (after minus before), and the paired t statistic? 2 dp each",
        [
            named(["mean improvement", "mean difference", "improvement", "average", "mean"], fm)
            + [x for x in fm if "." in x],
            named(["t", "t statistic", "t-statistic", "t-value"], ft)
            + [x for x in ft if len(x) > 3],
        ],
    )


@family
def calendar_day_avg(rng: random.Random) -> Got:
    span = rng.randint(14, 30)
    start = days(rng, 1)[0]
    sold = sorted({0, span - 1, *rng.sample(range(1, span - 1), rng.randint(5, span // 2))})
    vals = [r1(rng, 15, 220, 2) for _ in sold]
    f = forms(sum(vals, F(0)) / span, 2)
    rows = [
        [(start + timedelta(days=k)).isoformat(), num(v, 2)]
        for k, v in zip(sold, vals, strict=True)
    ]
    return (
        (
            "My Etsy payouts export only lists days that had a sale. Counting every calendar day "
            "from the first date to the last date in the file (days with no row = $0), what were "
            "my average daily sales? 2 dp",
            [f],
            {"csv": table(["date", "sales_usd"], rows)},
        )
        if f
        else None
    )


@family
def current_grade(rng: random.Random) -> Got:
    parts = [
        ("Homework", rng.choice([10, 15, 20])),
        ("Quizzes", rng.choice([15, 20])),
        ("Midterm", rng.choice([25, 30])),
        ("Project", rng.choice([10, 15, 20])),
    ]
    done = rng.sample(parts, rng.randint(2, 3))
    scores = [rng.randint(55, 99) for _ in done]
    final_w = 100 - sum(w for _, w in parts)
    f = forms(
        sum((F(w * s) for (_, w), s in zip(done, scores, strict=True)), F(0))
        / sum(w for _, w in done),
        1,
    )
    lines = "\n".join(f"{p} ({w}%): {s}%" for (p, w), s in zip(done, scores, strict=True))
    return (
        (
            f"Course weights: {', '.join(f'{p} {w}%' for p, w in parts)}, final exam {final_w}%. "
            f"Graded so far:\n{lines}\nWhat's my current grade based only on what's been graded "
            "(re-weighted so the graded parts count as 100%)? 1 dp",
            [f],
        )
        if f
        else None
    )


@family
def stem_leaf(rng: random.Random) -> Got:
    vals = sorted(rng.randint(12, 79) for _ in range(rng.choice([14, 16, 18, 20])))
    n = len(vals)
    med = F(vals[n // 2 - 1] + vals[n // 2], 2)
    stems = {}
    for v in vals:
        stems.setdefault(v // 10, []).append(v % 10)
    plot = "\n".join(
        f"{s} | {' '.join(map(str, stems.get(s, [])))}" for s in range(min(stems), max(stems) + 1)
    )
    f = forms(med, 1)
    return (
        (
            f"From my son's maths homework, a stem-and-leaf plot of ages (key: 3 | 4 = 34):\n{plot}"
            "\nWhat's the median age?",
            [
                named(["median", "median age"], f)
                + [x for x in f if "." in x and not x.endswith(".0")]
                + [f"{x} years" for x in f]
            ],
        )
        if f
        else None
    )


@family
def mr_bar(rng: random.Random) -> Got:
    n = rng.randint(8, 14)
    x = [r1(rng, 49.2, 50.8, 2) for _ in range(n)]
    mr = [abs(b - a) for a, b in pairwise(x)]
    f = forms(mean(mr), 3)
    return (
        (
            "Shaft diameters (mm) from the lathe, in production order: "
            f"{', '.join(num(v, 2) for v in x)}. For my individuals chart I need the average "
            "moving range (MR-bar, using consecutive pairs). 3 dp",
            [
                named(["MR-bar", "MR̄", "average moving range", "MR bar", "MRbar"], f)
                + [v for v in f if len(v) > 3]
            ],
        )
        if f
        else None
    )


@family
def budget_variance(rng: random.Random) -> Got:
    lines = rng.sample(
        ["Marketing", "Travel", "Software", "Catering", "Training", "Equipment", "Printing"], 5
    )
    rows = []
    for ln in lines:
        b = rng.randint(20, 300) * 100
        rows.append([ln, f"{b:,}", f"{b + rng.randint(-b // 4, b // 3):,}"])
    over = {
        r[0]: F(int(r[2].replace(",", "")) - int(r[1].replace(",", "")), int(r[1].replace(",", "")))
        for r in rows
    }
    top = max(over, key=lambda k: over[k])
    absolute = max(rows, key=lambda r: int(r[2].replace(",", "")) - int(r[1].replace(",", "")))[0]
    if over[top] <= 0 or sorted(over.values())[-2] == over[top] or absolute == top:
        return None
    f = forms(over[top] * 100, 1)
    return (
        (
            "Budget vs actual for the quarter is attached. Which line is most over budget in "
            "percentage terms, and by what %? 1 dp",
            [[top], f],
            {"csv": table(["line", "budget", "actual"], rows, ";")},
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        median_mom_change,
        paired_t,
        calendar_day_avg,
        current_grade,
        stem_leaf,
        mr_bar,
        budget_variance,
    )
]
