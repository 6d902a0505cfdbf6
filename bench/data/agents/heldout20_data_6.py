"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 6: two columns
(correlation, regression slope and prediction, weighted averages, paired differences)."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout20_data import (
    Req,
    echoed,
    mean,
    near_tie,
    num,
    plot_req,
    rd,
    sqrt,
    vstr,
)
from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
# x column, y column, x range, x decimals, y = a + b x (+ noise), y decimals, intro
PAIRS = [
    ("hours_studied", "score", (1, 10), 1, (48, 4.5), 6, 0, "hours studied vs exam score"),
    ("temp_c", "ice_creams", (14, 34), 0, (-120, 11), 25, 0, "temperature and ice creams sold"),
    ("ad_spend", "sales", (100, 900), 0, (600, 2.8), 260, 0, "ad spend against sales"),
    ("steps", "calories", (3000, 15000), 0, (1750, 0.045), 90, 0, "steps and calories burned"),
    ("price", "units_sold", (5, 20), 2, (320, -12), 25, 0, "price vs units sold"),
    ("sleep_h", "focus", (5, 9), 1, (10, 8), 6, 1, "sleep hours and my focus rating"),
    ("distance_km", "fare", (2, 30), 1, (3.5, 1.9), 2.5, 2, "taxi distance vs fare"),
    ("age_years", "price", (1, 12), 0, (24000, -1500), 1500, 0, "car age vs asking price"),
]
Made = tuple[str, Req] | None


def pairs_data(rng: random.Random, n: int) -> tuple[tuple, list[Fraction], list[Fraction]]:
    spec = rng.choice(PAIRS)
    _, _, (lo, hi), xd, (a, b), noise, yd, _ = spec
    xs = [F(rng.randint(lo * 10**xd, hi * 10**xd), 10**xd) for _ in range(n)]
    spread = noise * rng.uniform(0.5, 4)
    ys = [F(round((a + b * float(x) + rng.uniform(-spread, spread)) * 10**yd), 10**yd)
          for x in xs]
    return spec, xs, ys


def show(spec: tuple, xs: list[Fraction], ys: list[Fraction], fmt: str,
         rng: random.Random) -> tuple[str, dict[str, str]]:
    xc, yc, xd, yd, intro = spec[0], spec[1], spec[3], spec[6], spec[7]
    rows = [(vstr(x, xd), vstr(y, yd)) for x, y in zip(xs, ys, strict=True)]
    if fmt == "lines":
        style = rng.choice(["{a} -> {b}", "{xc} {a}, {yc} {b}", "({a}, {b})"])
        return f"{intro} ({xc}, {yc}):\n" + "\n".join(
            style.format(a=a, b=b, xc=xc, yc=yc) for a, b in rows), {}
    sep = rng.choice([",", "\t"]) if fmt == "csv" else rng.choice([" | ", "\t"])
    body = "\n".join([f"{xc}{sep}{yc}"] + [f"{a}{sep}{b}" for a, b in rows])
    if fmt == "table":
        return f"{intro}\n{body}", {}
    return rng.choice([f"attached: {intro}", f"{intro} - csv attached",
                       f"I've put {intro} in the attached file"]), {"csv": body + "\n"}


def fit(xs: list[Fraction], ys: list[Fraction]) -> tuple[Fraction, Fraction, Fraction,
                                                         Fraction]:
    mx, my = mean(xs), mean(ys)
    sxy = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0))
    sxx = sum(((x - mx) ** 2 for x in xs), F(0))
    syy = sum(((y - my) ** 2 for y in ys), F(0))
    return sxy / sxx, my - sxy / sxx * mx, sxy, sxx * syy


def pair_family(name: str, ask: Callable[[tuple, list, list, random.Random], Made],
                fmt: str) -> Family:
    def make(rng: random.Random) -> Item:
        for _ in range(400):
            n = rng.randint(6, 10) if fmt != "csv" else rng.randint(8, 20)
            spec, xs, ys = pairs_data(rng, n)
            if len(set(xs)) < 3:
                continue
            made = ask(spec, xs, ys, rng)
            if made is None:
                continue
            q, req = made
            data, extra = show(spec, xs, ys, fmt, rng)
            text = rng.choice([f"{data}\n\n{q}", f"{q}\n{data}"])
            if not echoed(text, req):
                return item(f"E_d_{name}", "data", text, req, **extra)
        raise RuntimeError(name)
    make.__name__ = name
    return fresh(make)


def ask_corr(spec: tuple, xs: list, ys: list, rng: random.Random) -> Made:
    _, _, sxy, prod = fit(xs, ys)
    r = sxy / sqrt(prod)
    if near_tie(r, 2):
        return None
    q = rng.choice([f"What's the correlation between {spec[0]} and {spec[1]}? (Pearson r)",
                    "how strongly are these two related? give me the correlation coefficient",
                    "Pearson correlation coefficient for the two columns?",
                    "is there a correlation? what's r"])
    forms = num(r, 2)
    if r < 0:  # r is reported signed: "0.86" alone would also match a wrong "+0.86"
        forms = [f"-{f}" for f in forms]
    return f"{q} {rd(rng, 2)}", [forms]


def ask_slope(spec: tuple, xs: list, ys: list, rng: random.Random) -> Made:
    b, _, _, _ = fit(xs, ys)
    if near_tie(b, 2):
        return None
    q = rng.choice([f"Fit a linear regression of {spec[1]} on {spec[0]} - what's the slope?",
                    f"by how much does {spec[1]} change per 1 unit of {spec[0]} (least squares "
                    "slope)?", f"Least-squares line {spec[1]} = a + b*{spec[0]}: what is b?"])
    forms = num(b, 2)
    if b < 0 and not q.startswith("by how much"):  # a signed slope asked for as a number
        forms = [f"-{f}" for f in forms]
    return f"{q} {rd(rng, 2)}", [forms]


def ask_predict(spec: tuple, xs: list, ys: list, rng: random.Random) -> Made:
    b, a, _, _ = fit(xs, ys)
    lo, hi = spec[2]
    x = F(rng.randint(lo, hi))
    y = a + b * x
    p = 2 if spec[6] == 2 else 1
    if near_tie(y, p) or y <= 0:
        return None
    q = rng.choice([f"Using a least-squares line, what {spec[1]} would you predict for "
                    f"{spec[0]} = {vstr(x, 0)}?", f"predict {spec[1]} when {spec[0]} is "
                    f"{vstr(x, 0)} (linear regression)", f"If {spec[0]} were {vstr(x, 0)}, "
                    f"what does the best-fit line say {spec[1]} would be?"])
    return f"{q} {rd(rng, p)}", [num(y, p)]


def ask_chart_corr(spec: tuple, xs: list, ys: list, rng: random.Random) -> Made:
    made = ask_corr(spec, xs, ys, rng)
    if made is None:
        return None
    q = rng.choice(["Make a scatter plot of the two columns and tell me the correlation",
                    "plot one against the other and give me Pearson's r",
                    "Scatter chart please, plus the correlation coefficient"])
    return f"{q} {rd(rng, 2)}", plot_req(made[1])


FAMILIES_A = [
    *(pair_family(f"correlation_{f}", ask_corr, f) for f in ("lines", "table", "csv")),
    *(pair_family(f"regression_slope_{f}", ask_slope, f) for f in ("lines", "table", "csv")),
    *(pair_family(f"regression_predict_{f}", ask_predict, f) for f in ("table", "csv")),
    pair_family("chart_correlation_csv", ask_chart_corr, "csv"),
]


# ---------- weighted averages ----------
COURSES = ["Math", "Biology", "History", "English", "Chemistry", "Art", "Physics", "Spanish",
           "Economics", "Music"]
GRADES = {"A": 4, "A-": F(37, 10), "B+": F(33, 10), "B": 3, "B-": F(27, 10), "C+": F(23, 10),
          "C": 2, "D": 1}


def weighted_family(name: str, fmt: str, kind: str) -> Family:
    def make(rng: random.Random) -> Item:
        while True:
            k = rng.randint(3, 6)
            if kind == "gpa":
                names = rng.sample(COURSES, k)
                vals = [F(rng.choice(list(GRADES.values()))) for _ in names]
                wts = [F(rng.choice([1, 2, 3, 3, 4, 4, 5])) for _ in names]
                cols, vd = ("course", "grade_points", "credits"), 1
                q = rng.choice(["What's my GPA weighted by credits?", "credit-weighted GPA?",
                                "Work out my weighted grade point average (weights = credits)"])
            elif kind == "grade":
                names = rng.sample(["homework", "quizzes", "midterm", "final", "project",
                                    "labs", "participation"], k)
                vals = [F(rng.randint(55, 100)) for _ in names]
                raw = [rng.randint(1, 8) * 5 for _ in names]
                if sum(raw) != 100:
                    continue
                wts = [F(w) for w in raw]
                cols, vd = ("part", "score", "weight_pct"), 0
                q = rng.choice(["What's my overall grade with these weights?",
                                "weighted average of my scores (weights in %)?",
                                "Final course percentage if each part counts by its weight?"])
            else:
                names = [f"order {i + 1}" for i in range(k)]
                vals = [F(rng.randint(150, 900), 100) for _ in names]
                wts = [F(rng.randint(2, 40)) for _ in names]
                cols, vd = ("order", "unit_price", "qty"), 2
                q = rng.choice(["What's the average price I paid per unit across all orders?",
                                "weighted average unit price (weighted by quantity)?",
                                "Average cost per item overall, taking quantities into "
                                "account?"])
            w = sum(v * x for v, x in zip(vals, wts, strict=True)) / sum(wts, F(0))
            if near_tie(w, 2):
                continue
            rows = [(nm, vstr(v, vd), vstr(x, 0)) for nm, v, x in
                    zip(names, vals, wts, strict=True)]
            extra: dict[str, str] = {}
            if fmt == "lines":
                unit = {"gpa": " credits", "grade": "%", "price": " units"}[kind]
                data = "\n".join(f"{a}: {b} ({c}{unit})" for a, b, c in rows)
            else:
                sep = "," if fmt == "csv" else " | "
                body = "\n".join([sep.join(cols)] + [sep.join(r) for r in rows])
                data = body if fmt == "table" else "(see the attached csv)"
                if fmt == "csv":
                    extra["csv"] = body + "\n"
            req = [num(w, 2)]
            text = f"{q} {rd(rng, 2)}\n{data}"
            if not echoed(text, req):
                return item(f"E_d_{name}", "data", text, req, **extra)
    make.__name__ = name
    return fresh(make)


FAMILIES_B = [weighted_family(f"weighted_{k}_{f}", f, k)
              for k in ("gpa", "grade", "price") for f in ("lines", "table", "csv")]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMILIES_A, *FAMILIES_B)]
