"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 10: variation, algebraic
fractions, intercepts, surds and age puzzles."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    NAMES,
    Made,
    fam,
    lab,
    num,
    pick,
)
from bench.data.agents.heldout20_math_2 import (
    point,
    quad,
    sgn,
)
from bench.data.agents.helpers import Family


@fam
def fam_variation(rng: random.Random) -> Made:
    x1, k = rng.randint(2, 12), rng.randint(2, 9)
    x2 = rng.randint(2, 20)
    if x1 == x2:
        return None
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "y varies directly with x. y = {y} when x = {x}. find y when x = {z}",
                "y is proportional to x, and y={y} at x={x}. what's y at x={z}?",
            ],
        ).format(y=k * x1, x=x1, z=x2)
        return text, [num(k * x2)]
    y1 = k * 6
    text = pick(
        rng,
        [
            "y varies inversely with x. y = {y} when x = {x}. what is y when x = {z}?",
            "y is inversely proportional to x; y={y} at x={x}. y at x={z}?",
        ],
    ).format(y=y1, x=x1, z=x2)
    return text, [num(F(y1 * x1, x2))]


@fam
def fam_cancel_fraction(rng: random.Random) -> Made:
    p, q = rng.sample([i for i in range(-9, 10) if i], 2)
    text = pick(rng, ["simplify ({e})/(x {q})", "cancel down ({e}) / (x {q})"]).format(
        e=quad(1, p + q, p * q), q=sgn(q)
    )
    if p + q == 0:
        return None
    return text, [[f"x {sgn(p)}", f"(x {sgn(p)})"]]


@fam
def fam_x_intercept(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    x0 = rng.randint(-8, 10)
    if x0 == 0:
        return None
    c = a * x0
    axis = rng.choice(["x", "y"])
    if axis == "x":
        text = pick(
            rng,
            ["where does {a}x - {b}y = {c} cross the x-axis?", "x-intercept of {a}x − {b}y = {c}?"],
        ).format(a=a, b=b, c=c)
        return text, [
            point(x0, 0) + lab(["x"], num(x0)) + [f"x-intercept is {x0}", f"x-intercept: {x0}"]
        ]
    text = pick(
        rng, ["where does {a}x - {b}y = {c} cross the y-axis?", "y-intercept of {a}x − {b}y = {c}?"]
    ).format(a=a, b=b, c=c)
    yv = F(-c, b)
    return text, [point(0, yv) + lab(["y"], num(yv)) + [f"y-intercept is {n}" for n in num(yv)]]


@fam
def fam_simplify_surd(rng: random.Random) -> Made:
    k, r = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7])
    n = k * k * r
    text = pick(
        rng,
        [
            "simplify √{n}",
            "write sqrt({n}) in simplest surd form",
            "simplest radical form of the square root of {n}?",
        ],
    ).format(n=n)
    return text, [[f"{k}√{r}", f"{k}sqrt({r})", f"{k} sqrt {r}", f"{k}*sqrt({r})", f"{k}·√{r}"]]


@fam
def fam_age_equation(rng: random.Random) -> Made:
    child = rng.randint(4, 15)
    m = rng.choice([3, 4, 5])
    parent = m * child
    y = rng.randint(2, 20)
    if (parent + y) % (child + y):
        return None
    k = (parent + y) // (child + y)
    if k < 2 or k == m:
        return None
    names = rng.sample(NAMES, 2)
    text = pick(
        rng,
        [
            "{p}'s mum is {m} times as old as {p}. In {y} years she will be {k} times as "
            "old as {p}. How old is {p} now?",
            "A father is {m} times his son's age. In {y} years he'll be {k} times his "
            "son's age. how old is the son now?",
        ],
    ).format(p=names[0], m=m, y=y, k=k)
    return text, [num(child)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_variation, fam_cancel_fraction, fam_x_intercept, fam_simplify_surd, fam_age_equation)]
