"""Round 13 (``K_d_*``, dev now), part one: numbers written in the message — averages,
spread, totals, growth, correlation and trend — plus the helpers the round's data and
reading families share (number forms, statistics, registration)."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item, labelled

Made = tuple[str, list[list[str]], dict[str, Any]]
Maker = Callable[[random.Random], Made]


class Tie(Exception):
    """The draw would be ambiguous (a rounding tie, a shared extreme): draw again."""


def retry(make: Family) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def register(into: list[Family], category: str) -> Callable[[Maker], Maker]:
    """Adds a family (function ``k_x_name`` -> ``K_x_name``) drawn via fresh and retry."""
    def add(fn: Maker) -> Maker:
        name = "K_" + fn.__name__[2:]

        def make(rng: random.Random) -> Item:
            text, required, extra = fn(rng)
            return item(name, category, text, required, **extra)
        into.append(fresh(retry(make)))
        return fn
    return add


def forms(two: str) -> list[str]:
    """Variants of a number already written with two decimals ("-1234.50")."""
    neg, body = two.startswith("-"), two.lstrip("-")
    if neg and float(body) == 0:
        raise Tie
    out = [body.rstrip("0").rstrip("."), body]
    if float(body) >= 1000:
        wide = f"{float(body):,.2f}"
        out += [wide.rstrip("0").rstrip("."), wide]
    if neg:
        out = [sign + v for sign in ("-", "\u2212") for v in out]
    return list(dict.fromkeys(out))


def num(value: Fraction | int) -> list[str]:
    """An exact value to two decimals; a rounding tie is redrawn."""
    v = Fraction(value)
    if (v * 200).denominator == 1 and (v * 100).denominator != 1:
        raise Tie
    return forms(f"{float(round(v, 2)):.2f}")


def real(value: float, places: int = 2) -> list[str]:
    """An irrational value rounded; values too near a rounding boundary are redrawn."""
    scaled = abs(value) * 10**places
    if abs(scaled - math.floor(scaled) - 0.5) < 1e-4:
        raise Tie
    if places == 2:
        return forms(f"{value:.2f}")
    text = f"{value:.{places}f}"
    return [text, text.replace("-", "\u2212")] if value < 0 else [text]


def change(values: list[str]) -> list[str]:
    """A signed change, also accepted without its sign ("lost 0.36 kg")."""
    return list(dict.fromkeys(values + [v.lstrip("-\u2212") for v in values]))


def pct(values: list[str]) -> list[str]:
    return [v + end for v in values for end in ("%", " %", " percent")]


def ints(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def join(values: list[Any], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


def mean(values: list[Any]) -> Fraction:
    return sum((Fraction(v) for v in values), Fraction(0)) / len(values)


def median(values: list[Any]) -> Fraction:
    s = sorted(Fraction(v) for v in values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def var(values: list[Any], sample: bool = True) -> Fraction:
    m = mean(values)
    return sum(((Fraction(v) - m) ** 2 for v in values), Fraction(0)) / (
        len(values) - (1 if sample else 0))


def sd(values: list[Any], sample: bool = True) -> float:
    return math.sqrt(var(values, sample))


def corr(xs: list[Any], ys: list[Any]) -> float:
    r = statistics.correlation([float(x) for x in xs], [float(y) for y in ys])
    if abs(r) > 0.999 or abs(r) < 0.05:
        raise Tie
    return r


def slope(xs: list[Any], ys: list[Any]) -> Fraction:
    mx, my = mean(xs), mean(ys)
    sxx = sum(((Fraction(x) - mx) ** 2 for x in xs), Fraction(0))
    return sum(((Fraction(x) - mx) * (Fraction(y) - my) for x, y in zip(xs, ys, strict=True)),
               Fraction(0)) / sxx


def cents(rng: random.Random, low: float, high: float, n: int) -> list[Fraction]:
    return [Fraction(rng.randint(int(low * 100), int(high * 100)), 100) for _ in range(n)]


def money_text(value: Fraction) -> str:
    return f"{float(value):.2f}"


def linked(xs: list[int], a: float, b: float, noise: float, rng: random.Random) -> list[int]:
    return [round(a * x + b + rng.uniform(-noise, noise)) for x in xs]


REG: list[Family] = []
fam = register(REG, "data")


@fam
def k_d_run_times(rng: random.Random) -> Made:  # chatty, average 5k time
    t = ints(rng, 24, 33, (5, 7))
    return (f"did a bunch of 5k runs this month, times in minutes were {join(t)}. what's my "
            "average time?", [num(mean(t))], {})


@fam
def k_d_terse_mean(rng: random.Random) -> Made:  # terse, space separated
    v = ints(rng, 10, 99, (6, 8))
    return f"mean of {join(v, ' ')}", [num(mean(v))], {}


@fam
def k_d_bills_total(rng: random.Random) -> Made:  # money, sum of bills
    b = cents(rng, 30, 160, rng.randint(4, 6))
    return (f"Can you add up my bills for me? Electric ${money_text(b[0])}, the rest: "
            f"{join(['$' + money_text(x) for x in b[1:]])}", [num(sum(b))], {})


@fam
def k_d_sample_sd(rng: random.Random) -> Made:  # formal, sample sd
    v = ints(rng, 40, 90, (6, 9))
    return (f"Please compute the sample standard deviation of the following values: "
            f"{join(v)}.", [real(sd(v))], {})


@fam
def k_d_pop_sd_lab(rng: random.Random) -> Made:  # population sd of lab readings
    v = [Fraction(rng.randint(90, 130), 10) for _ in range(rng.randint(5, 7))]
    return (f"lab readings (mg/L): {join([float(x) for x in v], '; ')} -- population standard "
            "deviation please", [real(sd(v, sample=False))], {})


@fam
def k_d_temp_range(rng: random.Random) -> Made:  # range of daily highs
    t = ints(rng, -5, 32, (7, 7))
    return (f"This week's highs in °C were {join(t)}. What was the range?",
            [num(max(t) - min(t))], {})


@fam
def k_d_house_median(rng: random.Random) -> Made:  # median of an even count of prices
    p = [rng.randint(180, 650) * 1000 for _ in range(rng.choice([6, 8]))]
    if len(set(p)) < len(p):
        raise Tie
    return (f"We've looked at {len(p)} houses so far, asking prices {join(p)}. What's the "
            "median asking price?", [num(median(p))], {})


@fam
def k_d_steps_week(rng: random.Random) -> Made:  # weekly sum with big numbers
    s = ints(rng, 3000, 15000, (7, 7))
    return (f"my step counts mon–sun: {join(s, ' / ')}. total for the week?",
            [num(sum(s))], {})


@fam
def k_d_sample_var(rng: random.Random) -> Made:  # sample variance
    v = ints(rng, 1, 30, (5, 8))
    return (f"Variance (sample, n−1) of {join(v)}?", [num(var(v))], {})


@fam
def k_d_revenue_growth(rng: random.Random) -> Made:  # growth first to last in percent
    r = ints(rng, 800, 2500, (4, 6))
    return (f"Monthly revenue so far: {join(r)}. By what percentage did it grow (or shrink) "
            "from the first month to the latest?",
            [pct(change(num(Fraction(r[-1] - r[0], r[0]) * 100)))],
            {})


@fam
def k_d_sleep_avg(rng: random.Random) -> Made:  # half hours of sleep
    h = [Fraction(rng.randint(9, 18), 2) for _ in range(rng.randint(5, 7))]
    return (f"I tracked my sleep: {join([fmt_half(x) for x in h])} hours. How much am I "
            "sleeping per night on average?", [num(mean(h))], {})


def fmt_half(x: Fraction) -> str:
    return str(int(x)) if x.denominator == 1 else str(float(x))


@fam
def k_d_xy_corr(rng: random.Random) -> Made:  # pearson r of two lists
    xs = ints(rng, 1, 20, (6, 8))
    ys = linked(xs, rng.choice([2, -3, 1.5]), 10, 8, rng)
    return (f"x = {join(xs)}\ny = {join(ys)}\nwhat's the pearson correlation coefficient?",
            [real(corr(xs, ys))], {})


@fam
def k_d_points_slope(rng: random.Random) -> Made:  # least-squares slope of points
    xs = list(range(1, rng.randint(5, 7) + 1))
    ys = linked(xs, rng.uniform(-4, 6), 20, 3, rng)
    pts = " ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))
    return (f"Fit a least-squares line through {pts}. What's the slope?",
            [num(slope(xs, ys))], {})


@fam
def k_d_mean_and_median(rng: random.Random) -> Made:  # two labelled statistics
    v = ints(rng, 1, 60, (6, 6))
    a, m = num(mean(v))[0], num(median(v))[0]
    if a == m:
        raise Tie
    return (f"give me the mean and the median of {join(v)}",
            [labelled(["mean", "Mean"], a), labelled(["median", "Median"], m)], {})


FAMILIES: list[tuple[Family, int]] = [(make, 8) for make in REG]
