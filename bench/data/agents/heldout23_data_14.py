"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 14: rates and surveys."""

from __future__ import annotations

import random

from bench.data.agents.heldout23_data import (
    NAMES,
    F,
    Made,
    corr,
    fam,
    lines,
    listed,
    nf,
    pick,
    s,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def attendance_rate(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    names = rng.sample(NAMES, n)
    tot = rng.choice([20, 24, 30])
    att = [rng.randint(tot // 2, tot) for _ in names]
    x = F(sum(att) * 100, tot * n)
    if tie(x, 1):
        return None
    q = pick(rng, "Sessions attended out of {}:\n{}\nWhat's the group's overall attendance "
             "rate? % 1 dp", "There were {} classes. Attendance:\n{}\noverall attendance % "
             "(1 decimal)")
    return q.format(tot, lines(names, [F(a) for a in att])), [nf(x, 1)]


@fam
def food_log_kcal(rng: random.Random) -> Made:
    foods = rng.sample([("egg", 78), ("slice of toast", 95), ("banana", 105), ("apple", 95),
                        ("yoghurt", 120), ("granola bar", 190), ("latte", 150),
                        ("chicken breast", 165)], rng.randint(3, 5))
    q_ = [rng.randint(1, 3) for _ in foods]
    tot = sum(a * k for (_, k), a in zip(foods, q_, strict=True))
    body = "\n".join(f"{a} x {f} ({k} kcal each)" for (f, k), a in zip(foods, q_, strict=True))
    q = pick(rng, "Food today:\n{}\nTotal calories?", "{}\nhow many kcal is that altogether")
    return q.format(body), [nf(F(tot), 0)]


@fam
def macro_protein_pct(rng: random.Random) -> Made:
    p, c, f = rng.randint(60, 200), rng.randint(80, 350), rng.randint(30, 120)
    k = 4 * p + 4 * c + 9 * f
    t = rng.choice(["protein", "carbs", "fat"])
    x = F({"protein": 4 * p, "carbs": 4 * c, "fat": 9 * f}[t] * 100, k)
    if tie(x, 1):
        return None
    q = pick(rng, "Today I ate {}g protein, {}g carbs and {}g fat. Using 4/4/9 kcal per gram, "
             "what % of my calories came from {}? 1 dp",
             "macros: P {} g, C {} g, F {} g (4, 4, 9 kcal/g). share of calories from {}, 1dp")
    return q.format(p, c, f, t), [nf(x, 1)]


@fam
def hr_zone_weighted(rng: random.Random) -> Made:
    z = [(rng.randint(5, 30), rng.randint(100, 120)), (rng.randint(5, 30), rng.randint(125, 145)),
         (rng.randint(2, 20), rng.randint(150, 175))]
    x = F(sum(a * b for a, b in z), sum(a for a, _ in z))
    if tie(x, 1):
        return None
    body = "\n".join(f"{a} min at avg {b} bpm" for a, b in z)
    q = pick(rng, "Workout:\n{}\nWhat was my average heart rate over the whole session "
             "(time-weighted)? 1 dp", "{}\noverall avg bpm weighted by minutes, 1 decimal")
    return q.format(body), [nf(x, 1)]


@fam
def likert_mean(rng: random.Random) -> Made:
    lab = ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
    c = [rng.randint(0, 25) for _ in lab]
    if sum(c) < 5:
        return None
    x = F(sum((i + 1) * k for i, k in enumerate(c)), sum(c))
    if tie(x):
        return None
    body = "\n".join(f"{a} ({i + 1}): {k}" for i, (a, k) in enumerate(zip(lab, c, strict=True)))
    q = pick(rng, "Survey responses:\n{}\nWhat's the mean score on the 1-5 scale? 2 dp",
             "{}\naverage rating (1 to 5), two decimals")
    return q.format(body), [nf(x)]


@fam
def portfolio_return(rng: random.Random) -> Made:
    n = rng.randint(2, 4)
    w = rng.choice([[60, 40], [70, 30], [50, 50], [50, 30, 20], [40, 40, 20], [40, 30, 20, 10],
                    [25, 25, 25, 25]])
    n = len(w)
    r = [F(rng.randint(-150, 250), 10) for _ in range(n)]
    x = sum(a * b for a, b in zip(w, r, strict=True)) / 100
    if tie(x, 2):
        return None
    names = rng.sample(["stocks", "bonds", "gold", "REITs", "cash"], n)
    body = ", ".join(f"{a} ({b}% of the portfolio) returned {s(c, 1)}%" for a, b, c in
                     zip(names, w, r, strict=True))
    q = pick(rng, "{}. What was the portfolio's overall return? 2 dp",
             "weighted return please (%, 2 decimals): {}")
    return q.format(body), [nf(x, 2, True)]


@fam
def corr_two_lists(rng: random.Random) -> Made:
    n = rng.randint(6, 9)
    xs = vals(rng, n, 15, 35)
    k = rng.choice([-3, -2, 2, 3, 4])
    ys = [F(300 if k > 0 else 1200) + k * 10 * x + rng.randint(-120, 120) for x in xs]
    r = corr(xs, ys)
    if tie(r) or len(set(xs)) < 3:
        return None
    what = "Ice cream sales" if k > 0 else "Hot chocolate sales"
    q = pick(rng, "Temperature: {}\n{}: {}\nWhat's the Pearson correlation? 2 decimals",
             "temps {} vs {} {} - correlation coefficient r to 2dp?")
    return q.format(listed(xs), what if "\n" in q else what.lower(), listed(ys)), [nf(r)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    attendance_rate, food_log_kcal, macro_protein_pct, hr_zone_weighted, likert_mean,
    portfolio_return, corr_two_lists)]
