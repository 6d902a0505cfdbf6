"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 5: weighted averages,
frequency tables, outliers by a stated rule, group averages and top-N."""

from __future__ import annotations

import random
import statistics
from typing import Any

from bench.data.agents.heldout22_data import (
    CITIES,
    CTX,
    NAMES,
    PLOTS,
    F,
    csv_text,
    fam,
    forms,
    label_forms,
    mean,
    table,
    var_p,
)
from bench.data.agents.helpers import Family

SUBJECTS = ["Math", "English", "Science", "History", "Art", "French"]


def weighted_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Weighted means: grade weights, credits, quantities, frequency tables."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        k = rng.randint(3, 6)
        if kind == "grades":
            parts = rng.sample(["homework", "quizzes", "midterm", "project", "final exam",
                                "labs", "participation"], k)
            cut = sorted(rng.sample(range(1, 20), k - 1))
            ws = [b - a for a, b in zip([0, *cut], [*cut, 20], strict=False)]
            ws = [w * 5 for w in ws]
            xs = [rng.randint(55, 100) for _ in parts]
            lines = "\n".join(f"{p}: {x} (weight {w}%)"
                              for p, x, w in zip(parts, xs, ws, strict=True))
        elif kind == "credits":
            parts = rng.sample(["Biology", "Calculus", "Spanish", "Economics", "Chemistry",
                                "Drawing", "Physics"], k)
            ws = [rng.choice([1, 2, 3, 4, 5]) for _ in parts]
            xs = [rng.choice([F(4), F(37, 10), F(33, 10), F(3), F(27, 10), F(2)]) for _ in parts]
            lines = "\n".join(f"{p} — {w} credits, grade {float(x):.1f}"
                              for p, x, w in zip(parts, xs, ws, strict=True))
        elif kind == "fuel":
            parts = [f"fill-up {i + 1}" for i in range(k)]
            ws = [rng.randint(20, 60) for _ in parts]
            xs = [F(rng.randint(150, 210), 100) for _ in parts]
            lines = "\n".join(f"{w} litres at ${float(x):.2f}/L"
                              for x, w in zip(xs, ws, strict=True))
        else:
            parts = [str(s) for s in sorted(rng.sample(range(1, 11), k))]
            xs = [F(int(p)) for p in parts]
            ws = [rng.randint(1, 15) for _ in parts]
            lines = "\n".join(f"{p}: {w}" for p, w in zip(parts, ws, strict=True))
        value = sum(x * w for x, w in zip(xs, ws, strict=True)) / sum(ws)
        got = forms(value, 2)
        if got is None:
            return None
        return rng.choice(tpls).format(d=lines), [got]
    return make


def outlier_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Outliers by a rule the request states; the data are attached so rows can be named."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["temp", "steps", "commute", "visits", "kwh", "scores"])
        labs, vals, _ = table(rng, key, rng.randint(9, 16))
        lo, hi = CTX[key][3], CTX[key][4]
        j = rng.randrange(len(vals))
        vals[j] = F(hi + rng.randint(1, 3) * (hi - lo) // 2) if rng.random() < 0.7 else F(max(
            0, lo - (hi - lo) // 2 - rng.randint(0, 5)))
        m, sd2 = mean(vals), var_p(vals)
        if kind in ("sd2", "clean_mean"):
            flagged = [i for i, v in enumerate(vals) if (v - m) ** 2 > 4 * sd2]
        else:
            med = F(statistics.median(vals))
            flagged = [i for i, v in enumerate(vals) if abs(v - med) > med / 2]
        if len(flagged) != 1 or any(abs((v - m) ** 2 - 4 * sd2) < sd2 / 10 for v in vals):
            return None
        i = flagged[0]
        noun, _unit, _, _, _, _, col, lab = CTX[key]
        rows = [[a, str(int(v))] for a, v in zip(labs, vals, strict=True)]
        req = [label_forms(labs[i]), forms(vals[i], 0) or []]
        if kind == "clean_mean":
            rest = [v for t, v in enumerate(vals) if t != i]
            req = [forms(mean(rest), 2) or []]
        if not all(req):
            return None
        text = rng.choice(tpls).format(col=col, lab=lab, noun=noun)
        return text, req, {"csv": csv_text(rng, [lab, col], rows)}
    return make


def group_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Group averages: scores by subject, temperatures by city."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        if kind.startswith("city"):
            groups = rng.sample(CITIES, rng.randint(2, 4))
            head = ["date", "city", "temp_c"]
            rows = [[f"2026-07-{d:02d}", g, rng.randint(12, 36)]
                    for d in range(1, rng.randint(4, 7)) for g in groups]
        else:
            groups = rng.sample(SUBJECTS, rng.randint(2, 4))
            head = ["student", "subject", "score"]
            rows = [[s, g, rng.randint(45, 100)]
                    for s in rng.sample(NAMES, rng.randint(3, 6)) for g in groups]
        rng.shuffle(rows)
        avg = {g: mean([F(r[2]) for r in rows if r[1] == g]) for g in groups}
        pick = rng.choice(groups)
        req: list[list[str]] | None
        if kind.endswith("avg"):
            req = [forms(avg[pick], 2) or []]
        elif kind.endswith("top"):
            ranked = sorted(avg.items(), key=lambda kv: kv[1], reverse=True)
            req = [[ranked[0][0]], forms(ranked[0][1], 2) or []] \
                if ranked[0][1] != ranked[1][1] else None
        elif kind.endswith("gap"):
            a, b = rng.sample(groups, 2)
            pick = f"{a} and {b}"
            req = [forms(abs(avg[a] - avg[b]), 2) or []]
        elif kind.endswith("max"):
            sel = [r[2] for r in rows if r[1] == pick]
            req = [forms(F(max(sel)), 0) or [], forms(F(min(sel)), 0) or []]
        else:
            req = [forms(avg[pick], 2) or [], PLOTS]
        if not req or not all(req):
            return None
        text = rng.choice(tpls).format(g=pick)
        return text, req, {"csv": csv_text(rng, head, rows)}
    return make


def topn_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Top or bottom N of a column, their sum, or the leader's share of the total."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["sales", "steps", "scores", "prices", "visits", "kwh", "rain"])
        labs, vals, csv = table(rng, key, rng.randint(7, 12))
        n = rng.choice([2, 3]) if "names" in kind else rng.choice([3, 4, 5])
        order = sorted(range(len(vals)), key=lambda i: vals[i], reverse="bottom" not in kind)
        if len(set(vals)) != len(vals):
            return None
        req: list[list[str]]
        if kind.endswith("names"):
            req = [label_forms(labs[i]) for i in order[:n]]
        elif kind.endswith("sum"):
            req = [forms(sum(vals[i] for i in order[:n]), 2) or []]
        else:
            req = [label_forms(labs[order[0]]), forms(vals[order[0]] / sum(vals) * 100, 1) or []]
        if not all(req):
            return None
        noun, _unit, _, _, _, _, col, lab = CTX[key]
        text = rng.choice(tpls).format(n=n, col=col, lab=lab, noun=noun)
        return text, req, {"csv": csv}
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    weighted_q("weighted_grade", "grades", [
        "My course grade is weighted like this:\n{d}\nWhat's my overall grade? 2 decimals",
        "{d}\nweighted average of these marks pls (2 dp)"]),
    weighted_q("weighted_gpa", "credits", [
        "Can you work out my GPA weighted by credits? 2 decimals\n{d}",
        "{d}\ncredit-weighted GPA, round to 2 decimal places?"]),
    weighted_q("weighted_fuel_price", "fuel", [
        "I filled up a few times:\n{d}\nWhat was my average price per litre, weighted by litres? "
        "2 decimals",
        "{d}\nAverage cost per litre across all of these (weighted by volume), to the cent"]),
    weighted_q("freq_table_mean", "freq", [
        "Survey ratings (rating: number of people):\n{d}\nWhat's the mean rating? 2 decimals",
        "{d}\nThat's a frequency table (value: count). Average value, 2 dp?"]),
    outlier_q("outlier_2sd", "sd2", [
        "Which {lab} is an outlier in {col}, using 'more than 2 population standard deviations "
        "from the mean'? Give its value too.",
        "Flag any value of {col} more than 2 SD (population) away from the mean — which {lab}, "
        "what value?"]),
    outlier_q("outlier_median_rule", "med", [
        "Call a value an outlier if it's more than 50% away from the median. Which {lab} in this "
        "file is the outlier, and what's the value?",
        "Any {col} that differs from the median by more than half the median? Which {lab} and "
        "value?"]),
    outlier_q("mean_without_outlier", "clean_mean", [
        "There's one outlier in {col} (more than 2 population SDs from the mean). What's the "
        "mean of {col} without it? 2 decimals",
        "Drop the single value that is over 2 standard deviations (population) from the mean, "
        "then average {col}. 2 dp"]),
    group_q("group_subject_avg", "subject_avg", [
        "What's the average score in {g}? 2 decimals",
        "Mean {g} score in the attached gradebook (2 dp)?"]),
    group_q("group_subject_top", "subject_top", [
        "Which subject has the highest average score, and what is it? 2 decimals",
        "best subject on average (with the average, 2 dp)?"]),
    group_q("group_subject_gap", "subject_gap", [
        "Difference between the average scores of {g}? 2 decimals",
        "How far apart are the mean scores for {g}? 2 dp"]),
    group_q("group_city_avg", "city_avg", [
        "Average temperature for {g} in this file? 2 decimals",
        "what was {g}'s mean temp_c? 2 dp"]),
    group_q("group_city_top", "city_top", [
        "Which city was warmest on average, and what was its average? 2 decimals",
        "Hottest city by mean temp_c (value to 2 dp too)?"]),
    group_q("group_city_max", "city_max", [
        "What were the highest and lowest temp_c recorded for {g}?",
        "max and min temperature in {g} in the attached data?"]),
    group_q("group_city_plot", "city_plot", [
        "Plot temperatures by city and tell me {g}'s average (2 decimals).",
        "chart temp_c for each city — and what's the mean for {g}? 2 dp"]),
    topn_q("top_n_names", "top_names", [
        "Which {n} {lab}s have the highest {col}? List them.",
        "top {n} by {col}?"]),
    topn_q("bottom_n_names", "bottom_names", [
        "Which {n} {lab}s have the lowest {col}?",
        "Bottom {n} {lab}s by {col} please"]),
    topn_q("top_n_sum", "top_sum", [
        "What do the top {n} values of {col} add up to?",
        "Sum of the {n} largest {col} values?"]),
    topn_q("bottom_n_sum", "bottom_sum", [
        "Add up the {n} smallest {col} values in the file.",
        "total of the bottom {n} {col} entries?"]),
    topn_q("top_share", "top_share", [
        "Which {lab} has the biggest {col}, and what percent of the total {col} is it? 1 decimal",
        "What share of all {col} comes from the top {lab}? Name it and give the % (1 dp)."]),
)]
