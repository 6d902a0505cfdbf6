"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 11: date filters, blanks
in a CSV, best month-over-month rise, weekday averages, numbers in words, lists side by side,
standard error, goal progress."""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

from bench.data.agents.heldout22_data import (
    CTX,
    WEEK,
    F,
    count_forms,
    csv_text,
    fam,
    forms,
    label_forms,
    mean,
    show,
    table,
)
from bench.data.agents.helpers import Family

DATED = ["visits", "runs", "temp1"]
AGES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]


def dated_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Sum or mean of a column between two dates (inclusive)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(DATED)
        labs, vals, csv = table(rng, key, rng.randint(8, 16))
        i, j = sorted(rng.sample(range(len(vals)), 2))
        sel = vals[i:j + 1]
        got = forms(sum(sel) if kind == "sum" else mean(sel), 2)
        if not got or j - i < 2:
            return None
        text = rng.choice(tpls).format(a=labs[i], b=labs[j], col=CTX[key][6])
        return text, [got], {"csv": csv}
    return make


def blanks_q(name: str, kind: str, tpls: list[str]) -> Family:
    """A CSV with some empty cells."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["steps", "temp", "scores", "commute", "kwh"])
        labs, vals, _ = table(rng, key, rng.randint(8, 14))
        gone = set(rng.sample(range(len(vals)), rng.randint(1, 3)))
        kept = [v for t, v in enumerate(vals) if t not in gone]
        req = [count_forms(len(gone)), forms(mean(kept), 2) or []] if kind == "both" else \
            [forms(mean(kept), 2) or []]
        if not all(req):
            return None
        rows = [[a, "" if t in gone else show(v)] for t, (a, v) in enumerate(zip(labs, vals,
                                                                                strict=True))]
        csv = csv_text(rng, [CTX[key][7], CTX[key][6]], rows)
        return rng.choice(tpls).format(col=CTX[key][6]), req, {"csv": csv}
    return make


def mom_best(name: str, tpls: list[str]) -> Family:
    """The month with the biggest percent rise over the month before."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["sales", "kwh", "rain"])
        labs, vals, csv = table(rng, key, rng.randint(6, 12))
        pct = [(b - a) / a * 100 for a, b in itertools.pairwise(vals)]
        best = max(pct)
        got = forms(best, 1)
        if pct.count(best) > 1 or best <= 0 or not got:
            return None
        text = rng.choice(tpls).format(col=CTX[key][6])
        return text, [label_forms(labs[pct.index(best) + 1]), got], {"csv": csv}
    return make


def weekday_best(name: str, tpls: list[str]) -> Family:
    """Which weekday has the highest average over three weeks."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        col, lo, hi = rng.choice([("steps", 3000, 15000), ("coffees", 0, 6), ("orders", 20, 90)])
        vals = [rng.randint(lo, hi) for _ in range(21)]
        avg = {d: mean([F(vals[i]) for i in range(21) if i % 7 == n]) for n, d in enumerate(WEEK)}
        ranked = sorted(avg.items(), key=lambda kv: kv[1], reverse=True)
        got = forms(ranked[0][1], 2)
        if ranked[0][1] == ranked[1][1] or not got:
            return None
        rows = [[f"2026-06-{i + 1:02d}", WEEK[i % 7], v] for i, v in enumerate(vals)]
        csv = csv_text(rng, ["date", "weekday", col], rows)
        return rng.choice(tpls).format(col=col), [[ranked[0][0]], got], {"csv": csv}
    return make


def ages_q(name: str, tpls: list[str]) -> Family:
    """Numbers written as words."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        ages = rng.sample(range(1, 18), rng.randint(3, 5))
        got = forms(F(sum(ages), len(ages)), 1)
        if not got:
            return None
        words = [AGES[a - 1] for a in ages]
        listed = ", ".join(words[:-1]) + " and " + words[-1]
        return rng.choice(tpls).format(d=listed, n=len(ages)), [got]
    return make


def side_lists(name: str, tpls: list[str]) -> Family:
    """Two lists pasted on two lines; Pearson r."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        k = rng.randint(5, 9)
        xs = [rng.randint(1, 10) for _ in range(k)]
        ys = [40 + 5 * x + rng.randint(-15, 15) for x in xs]
        mx, my = mean([F(x) for x in xs]), mean([F(y) for y in ys])
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
        sxx = sum((x - mx) ** 2 for x in xs)
        syy = sum((y - my) ** 2 for y in ys)
        if not sxx or not syy:
            return None
        got = forms(float(sxy) / math.sqrt(sxx * syy), 2)
        if not got:
            return None
        text = rng.choice(tpls).format(x=", ".join(map(str, xs)), y=", ".join(map(str, ys)))
        return text, [got]
    return make


def sem_q(name: str, tpls: list[str]) -> Family:
    """Standard error of the mean: sample SD / sqrt(n)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["temp", "scores", "commute", "rain", "sleep"])
        _labs, vals, _ = table(rng, key, rng.randint(6, 12))
        m = mean(vals)
        sd = math.sqrt(sum((v - m) ** 2 for v in vals) / (len(vals) - 1))
        got = forms(sd / math.sqrt(len(vals)), 2)
        if not got:
            return None
        shown = ", ".join(show(v, CTX[key][5]) for v in vals)
        return rng.choice(tpls).format(d=shown), [got]
    return make


def goal_q(name: str, tpls: list[str]) -> Family:
    """Share of a monthly goal reached, from an attached log."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["steps", "runs"])
        _labs, vals, csv = table(rng, key, rng.randint(10, 20))
        goal = rng.choice([150000, 200000, 250000]) if key == "steps" else rng.choice([100, 120,
                                                                                        150])
        got = forms(sum(vals) / goal * 100, 1)
        if not got:
            return None
        text = rng.choice(tpls).format(g=f"{goal:,}", unit=CTX[key][1], col=CTX[key][6])
        return text, [got], {"csv": csv}
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    dated_q("date_range_sum", "sum", [
        "What's the total {col} from {a} to {b}, both dates included?",
        "sum of {col} between {a} and {b} (inclusive)?"]),
    dated_q("date_range_mean", "mean", [
        "Average {col} for {a} through {b} (inclusive)? 2 decimals",
        "mean {col} from {a} to {b}, both ends included, 2 dp"]),
    blanks_q("blank_cells_both", "both", [
        "Some {col} cells are empty in this file. How many are missing, and what's the average "
        "of the ones that are filled in? 2 decimals",
        "count the blank {col} values and give me the mean of the rest (2 dp)"]),
    blanks_q("blank_cells_mean", "mean", [
        "Average {col}, ignoring empty cells? 2 decimals",
        "mean of {col} skipping the blanks, 2 dp"]),
    mom_best("month_best_rise_pct", [
        "Which month had the largest percentage increase in {col} over the previous month, and "
        "what was it? 1 decimal",
        "biggest month-over-month % jump in {col} — which month, and how much (1 dp)?"]),
    weekday_best("weekday_best_average", [
        "Which day of the week has the highest average {col} over these three weeks? Give the "
        "average too (2 decimals).",
        "best weekday on average for {col}? include the average, 2 dp"]),
    ages_q("ages_in_words", [
        "my kids are {d}. what's their average age? 1 decimal",
        "The {n} dogs at the shelter are {d} years old. Average age, to one decimal?"]),
    side_lists("two_lists_correlation", [
        "Hours practised: {x}\nPoints scored: {y}\nHow correlated are they? Pearson r to 2 "
        "decimals.",
        "x = {x}\ny = {y}\ncorrelation coefficient between x and y, 2 dp?"]),
    sem_q("standard_error_mean", [
        "What's the standard error of the mean for {d}? Use the sample SD divided by √n, 2 "
        "decimals.",
        "{d}\nSEM (sample standard deviation / sqrt(n)), to 2 dp?"]),
    goal_q("goal_progress_pct", [
        "My goal this month is {g} {unit}. Based on the attached log, what percent of it have I "
        "done? 1 decimal",
        "how far am I toward my {g} {unit} goal, in % (1 dp)? log attached"]),
)]
