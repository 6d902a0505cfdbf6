"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 8: share of a day,
age-based pocket money, determinant equations, Vieta for cubics, reflections and Taylor
coefficients."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import F, Made, family, frac, money, near, pct, xeq
from bench.data.agents.helpers import Family


@family
def percent_of_day(rng: random.Random) -> Made:
    h, m = rng.randint(1, 15), rng.randint(1, 59)
    p = F(h * 60 + m, 1440) * 100
    if near(p, 1):
        return None
    return (f"I spent {h} h {m} min on my phone yesterday according to screen time. What "
            "percentage of the whole day is that? (1 decimal)", [pct(p)])


@family
def pocket_money_ages(rng: random.Random) -> Made:
    ages = sorted(rng.sample(range(4, 17), rng.randint(2, 4)))
    rate = F(rng.choice([50, 75, 100, 125, 150]), 100)
    weeks = rng.choice([4, 13, 26, 52])
    total = sum(ages) * rate * weeks
    return (f"We give each kid ${float(rate):.2f} a week per year of age. The kids are "
            f"{', '.join(map(str, ages))}. How much pocket money is that over {weeks} weeks, all "
            "kids together?", [money(total)])


@family
def det_equation(rng: random.Random) -> Made:
    r, b, c = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    target = r * r - b * c
    return (f"Solve for x: det [[x, {b}], [{c}, x]] = {target}",
            [[*xeq("x", r), f"±{r}", f"x = ±{r}", f"x=±{r}"],
             [*xeq("x", -r), f"±{r}", f"x = ±{r}", f"x=±{r}", f"-{r}"]])


@family
def cubic_vieta(rng: random.Random) -> Made:
    a = rng.choice([1, 2, 3, 4, 5, -2])
    b, c, d = (rng.choice([x for x in range(-n, n + 1) if x]) for n in (12, 12, 20))
    text = f"{a}x³ {'+' if b >= 0 else '-'} {abs(b)}x² {'+' if c >= 0 else '-'} {abs(c)}x " \
           f"{'+' if d >= 0 else '-'} {abs(d)} = 0"
    return (f"Without solving it, give the sum and the product of the roots of {text}.",
            [frac(F(-b, a)), frac(F(-d, a))])


@family
def reflect_translate(rng: random.Random) -> Made:
    x, y = rng.randint(-9, 9), rng.randint(-9, 9)
    dx, dy = rng.choice([-5, -3, -2, 2, 4, 6]), rng.choice([-4, -1, 3, 5, 7])
    line = rng.choice(["y = x", "the x-axis", "the y-axis", "y = -x"])
    rx, ry = {"y = x": (y, x), "the x-axis": (x, -y), "the y-axis": (-x, y),
              "y = -x": (-y, -x)}[line]
    fx, fy = rx + dx, ry + dy
    move = f"{abs(dx)} {'right' if dx > 0 else 'left'} and {abs(dy)} {'up' if dy > 0 else 'down'}"
    return (f"Reflect the point ({x}, {y}) in {line}, then translate it {move}. Where does it "
            "end up?", [[f"({fx},{fy})"]])


@family
def taylor_exp_coefficient(rng: random.Random) -> Made:
    a, k = rng.choice([2, 3, -2, -3, 4, 5, F(1, 2)]), rng.randint(3, 7)
    coef = F(a) ** k / math.factorial(k)
    shown = "x/2" if a == F(1, 2) else f"{a}x"
    return (f"In the Maclaurin series of e^({shown}), what is the coefficient of x^{k}?",
            [frac(coef)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    percent_of_day, pocket_money_ages, det_equation, cubic_vieta, reflect_translate,
    taylor_exp_coefficient)]
