"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 4: paired data (ad spend
and sales, revision and marks, sun and yield, ...) asked for Pearson's r, the least-squares
slope, or a prediction from the fitted line."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout17_data import F, Got, family, forms, mean, pearson, slope
from bench.data.agents.helpers import Family

PAIRS = [
    ("ads", "ad spend ($)", "sales ($)", (200, 900, 0), (1500, 6000, 0),
     "I run a small candle shop. Here's what I spent on Instagram ads each month and what I sold:"),
    ("study", "hours studied", "test score", (1, 12, 0), (40, 98, 0),
     "My students logged their revision hours before the test; hours then score for each:"),
    ("icecream", "temperature (°C)", "cones sold", (14, 33, 0), (40, 260, 0),
     "ice cream van data, daily high temp vs cones sold"),
    ("runs", "distance (km)", "time (min)", (3, 21, 1), (15, 130, 0),
     "Some of my recent runs, distance and how long they took:"),
    ("plants", "hours of sun per day", "tomato yield (kg)", (2, 10, 1), (1, 9, 1),
     "In the allotment I noted roughly how much sun each bed gets and what it yielded."),
    ("carbs", "carbs at dinner (g)", "glucose 2h later (mmol/L)", (30, 120, 0), (5, 11, 1),
     "My diabetes nurse asked me to see if there's a link. Carbs at dinner and my 2-hour reading:"),
]


def pair_data(rng: random.Random, spec: tuple) -> tuple[list[Fraction], list[Fraction]]:
    _, _, _, (xl, xh, xd), (yl, yh, yd), _ = spec
    n = rng.randint(6, 9)
    xs = [F(round(rng.uniform(xl, xh), xd)).limit_denominator(10) for _ in range(n)]
    lo, hi = min(xs), max(xs)
    if hi == lo:
        return xs, xs
    noise = rng.uniform(0.08, 0.35)
    ys = []
    for x in xs:
        t = float((x - lo) / (hi - lo))
        y = yl + (yh - yl) * min(max(0.15 + 0.7 * t + rng.uniform(-noise, noise), 0.0), 1.0)
        ys.append(F(round(y, yd)).limit_denominator(10))
    return xs, ys


def num(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else f"{float(x):g}"


def short(name: str) -> str:
    return name.split(" (")[0]


def pair_text(rng: random.Random, spec: tuple, xs: list, ys: list) -> str:
    _, xn, yn, _, _, intro = spec
    style = rng.randrange(3)
    if style == 0:
        rows = "\n".join(f"{num(x)}, {num(y)}" for x, y in zip(xs, ys, strict=True))
        return f"{intro}\n{xn}, {yn}\n{rows}"
    if style == 1:
        rows = "\n".join(f"{num(x)} | {num(y)}" for x, y in zip(xs, ys, strict=True))
        return f"{intro}\n{xn} | {yn}\n{rows}"
    return (f"{intro}\n{xn}: {' '.join(num(x) for x in xs)}\n"
            f"{yn}: {' '.join(num(y) for y in ys)}")


def pair_r(spec: tuple) -> Callable[[random.Random], Got]:
    def make(rng: random.Random) -> Got:
        xs, ys = pair_data(rng, spec)
        if len(set(xs)) < 3 or len(set(ys)) < 3:
            return None
        r = pearson(xs, ys)
        got = forms(r, 2 if rng.random() < 0.5 else 3, signed=False)
        if got is None:
            return None
        places = len(got[0].split(".")[1])
        ask = rng.choice([f"What's the Pearson correlation coefficient? {places} decimal places "
                          f"please",
                          f"can you work out the correlation r between them (to {places} dp)",
                          f"How strongly are they correlated — give me Pearson's r rounded to "
                          f"{places} decimals."])
        return f"{pair_text(rng, spec, xs, ys)}\n{ask}", [got], {}
    return make


def pair_slope(spec: tuple) -> Callable[[random.Random], Got]:
    def make(rng: random.Random) -> Got:
        xs, ys = pair_data(rng, spec)
        if len(set(xs)) < 3:
            return None
        b = slope(xs, ys)
        got = forms(b, 2)
        if got is None or abs(b) < F(1, 10):
            return None
        xn, yn = short(spec[1]), short(spec[2])
        ask = rng.choice([f"Fit a least-squares line of {yn} on {xn}. What's the slope, to 2 "
                          f"decimals?",
                          f"By the regression line, how much does {yn} change per one extra "
                          f"unit of "
                          f"{xn}? Round to 2 dp.",
                          f"what's the slope of the best fit line (predicting {yn} from {xn}), "
                          f"2 decimal places"])
        return f"{pair_text(rng, spec, xs, ys)}\n{ask}", [got], {}
    return make


def pair_forecast(spec: tuple) -> Callable[[random.Random], Got]:
    def make(rng: random.Random) -> Got:
        xs, ys = pair_data(rng, spec)
        if len(set(xs)) < 3:
            return None
        _, xn, yn, (_, _, xd), _, _ = spec
        xn, yn = short(xn), short(yn)
        x0 = F(round(rng.uniform(float(min(xs)), float(max(xs))), xd)).limit_denominator(10)
        pred = mean(ys) + slope(xs, ys) * (x0 - mean(xs))
        got = forms(pred, 1)
        if got is None:
            return None
        ask = rng.choice([f"Using a straight least-squares line, what {yn} would you predict for "
                          f"{xn} = {num(x0)}? One decimal place.",
                          f"if I fit a linear regression of {yn} on {xn}, what {yn} does it "
                          f"predict "
                          f"when {xn} is {num(x0)}? round to 1 dp"])
        return f"{pair_text(rng, spec, xs, ys)}\n{ask}", [got], {}
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    family(f"{s[0]}_{k}", mk(s)) for s in PAIRS
    for k, mk in (("r", pair_r), ("slope", pair_slope), ("forecast", pair_forecast)))]
