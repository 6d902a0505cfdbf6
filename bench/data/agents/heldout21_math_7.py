"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 7: surds, powers,
rounding, percentages and everyday unit prices."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import WORDS, exact, fam, money, pick, rounded
from bench.data.agents.helpers import Family

F = Fraction


@fam
def sqrt_simplify(rng: random.Random) -> Any:
    k, r = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7])
    n = k * k * r
    return pick(rng, f"simplify sqrt({n})", f"simplify √{n}", f"what's the square root of {n} in simplest surd form"), \
        [f"{k}√{r}", f"{k}*sqrt({r})", f"{k}sqrt({r})", f"{k}sqrt{r}", f"{k}√({r})"]


@fam
def exp_laws(rng: random.Random) -> Any:
    b = rng.choice([2, 3, 5, 10])
    p, q, r = rng.randint(2, 8), rng.randint(2, 8), rng.randint(1, 6)
    if p + q - r < 0 or b ** (p + q - r) > 10**7:
        return None
    return pick(rng, f"{b}^{p} × {b}^{q} ÷ {b}^{r}", f"evaluate {b}^{p} * {b}^{q} / {b}^{r}"), exact(b ** (p + q - r))


@fam
def pct_to_frac(rng: random.Random) -> Any:
    p = rng.choice([5, 12, 15, 35, 45, 55, 64, 85, 95, 36, 48, 84, 2, 6, 14, 16, 18, 22, 24, 26,
                    28, 32, 38, 42, 44, 46, 52, 56, 58, 62, 65, 66, 68, 72, 74, 76, 78, 82])
    x = F(p, 100)
    return pick(rng, f"write {p}% as a fraction in simplest form", f"{p} percent as a fraction?",
                f"what fraction is {p} percent (lowest terms)"), \
        [f"{x.numerator}/{x.denominator}"]


@fam
def ratio_part(rng: random.Random) -> Any:
    a, b = rng.randint(1, 7), rng.randint(1, 7)
    n = (a + b) * rng.randint(3, 12)
    if a == b:
        return None
    return pick(rng, f"the ratio of boys to girls in a class is {a}:{b}. there are {n} kids. how many girls?",
                f"dogs to cats at the shelter are {a}:{b} and there are {n} animals in total (just dogs and cats). how many cats"), \
        exact(n * b // (a + b))


@fam
def cube_root(rng: random.Random) -> Any:
    k = rng.randint(6, 40)
    return pick(rng, f"cube root of {k**3}", f"what is ∛{k**3}", f"{k**3}^(1/3) = ?"), exact(k)


@fam
def two_pcts(rng: random.Random) -> Any:
    p, q = rng.choice([10, 15, 20, 25, 30]), rng.choice([5, 12, 40, 50, 75])
    a, b = rng.randint(2, 40) * 4, rng.randint(2, 40) * 4
    return pick(rng, f"{p}% of {a} plus {q}% of {b}", f"what's {p} percent of {a} added to {q} percent of {b}"), \
        exact(F(p * a + q * b, 100))


@fam
def word_arith(rng: random.Random) -> Any:
    a, b = rng.randint(6, 20), rng.randint(6, 20)
    return pick(rng, f"what's {WORDS[a]} times {WORDS[b]}", f"{WORDS[a]} multiplied by {WORDS[b]}?",
                f"{WORDS[a].capitalize()} times {WORDS[b]} = ?"), exact(a * b)


@fam
def dec_mult(rng: random.Random) -> Any:
    a, b = F(rng.randint(11, 99), 100), F(rng.randint(11, 99), 10)
    fa, fb = f"{float(a):g}", f"{float(b):g}"
    return pick(rng, f"{fa} × {fb}", f"multiply {fa} by {fb}", f"{fa}*{fb} ="), exact(a * b)


@fam
def sqrt_dec(rng: random.Random) -> Any:
    n = rng.randint(2, 300)
    if int(n**0.5) ** 2 == n:
        return None
    from decimal import Decimal, getcontext
    getcontext().prec = 30
    v = F(Decimal(n).sqrt())
    return pick(rng, f"square root of {n} to 3 decimal places", f"√{n}, 3 dp",
                f"what's sqrt({n}) rounded to three decimals"), rounded(v, 3)


@fam
def increase_by(rng: random.Random) -> Any:
    n = rng.randint(20, 900)
    p = rng.choice([3, 4, 6, 8, 12, 15, 18, 24])
    v = F(n * (100 + p), 100)
    return pick(rng, f"increase {n} by {p}%", f"what's {n} after a {p}% rise",
                f"{n} plus {p} percent = ?"), exact(v)


@fam
def decrease_by(rng: random.Random) -> Any:
    n = rng.randint(20, 900)
    p = rng.choice([3, 5, 7, 12, 15, 35, 45])
    v = F(n * (100 - p), 100)
    return pick(rng, f"decrease {n} by {p}%", f"reduce {n} by {p} percent", f"{n} minus {p}%?"), exact(v)


@fam
def mean_of_two_fracs(rng: random.Random) -> Any:
    b, d = rng.sample([3, 4, 5, 6, 8], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    x = (F(a, b) + F(c, d)) / 2
    return pick(rng, f"what number is exactly halfway between {a}/{b} and {c}/{d}",
                f"midpoint of {a}/{b} and {c}/{d} on the number line?"), exact(x)


@fam
def recurring(rng: random.Random) -> Any:
    d = rng.randint(1, 98)
    if d % 11 == 0 or d < 10:
        return None
    x = F(d, 99)
    s = f"0.{d:02d}{d:02d}..."
    return pick(rng, f"write {s} (the {d:02d} repeats forever) as a fraction",
                f"recurring decimal {s} with {d:02d} repeating as a fraction in lowest terms"), \
        [f"{x.numerator}/{x.denominator}"]


@fam
def percent_points(rng: random.Random) -> Any:
    a = F(rng.randint(20, 120), 10)
    b = a + F(rng.randint(-30, 30), 10)
    if b == a or b <= 0:
        return None
    fa, fb = f"{float(a):g}", f"{float(b):g}"
    return pick(rng, f"interest rate moved from {fa}% to {fb}%. by how many percent (relative, not points) "
                     "did it change? 1 dp, ignore the sign"), rounded(abs(b - a) / a * 100, 1)


@fam
def order_ops_div(rng: random.Random) -> Any:
    a, b, c = rng.randint(10, 99), rng.randint(2, 9), rng.randint(2, 9)
    d = rng.randint(1, 20)
    if a % b:
        return None
    e = f"{a} ÷ {b} × {c} + {d}"
    return pick(rng, f"{e} = ?", f"solve {e} using normal order of operations",
                f"{a}/{b}*{c}+{d}"), exact(F(a, b) * c + d)


@fam
def squares_diff(rng: random.Random) -> Any:
    a = rng.randint(30, 120)
    b = a - rng.randint(1, 9)
    return pick(rng, f"{a}^2 - {b}^2", f"what is {a} squared minus {b} squared",
                f"compute {a}² − {b}²"), exact(a * a - b * b)


@fam
def best_value(rng: random.Random) -> Any:
    g = rng.choice([250, 400, 500, 750])
    p = F(rng.randint(120, 900), 100)
    v = p / g * 100
    return pick(rng, f"a {g} g bag costs ${rounded(p)[0]}. what's the price per 100 g? to the cent",
                f"unit price per 100g if {g}g is {rounded(p)[0]} dollars (2dp)"), \
        (money(v) or []) + ([f"{c}{u}" for c in [(money(v) or ["0"])[0].split(".")[-1].lstrip("0")] for u in (" cents", "c", "¢")] if v < F(995, 1000) else [])


@fam
def share_tax_money(rng: random.Random) -> Any:
    n = rng.randint(3, 9)
    total = F(rng.randint(3000, 30000), 100)
    each = total / n
    return pick(rng, f"{n} of us owe {rounded(total)[0]} euros total, split evenly. how much each, to the cent?",
                f"divide ${rounded(total)[0]} equally among {n} people (round to cents)"), money(each)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sqrt_simplify, exp_laws, pct_to_frac, ratio_part, cube_root, two_pcts, word_arith, dec_mult,
    sqrt_dec, increase_by, decrease_by, mean_of_two_fracs, recurring, percent_points,
    order_ops_div, squares_diff, best_value, share_tax_money)]
