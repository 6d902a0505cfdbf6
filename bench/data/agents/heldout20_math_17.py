"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 17: mixed extras —
equations with fractions, exponents, calculus, prime factors, counting, clocks, growth, ages
and durations."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, dec, fam, num, pick, rnd
from bench.data.agents.heldout20_math_2 import quad, xs
from bench.data.agents.heldout20_math_4 import factors
from bench.data.agents.helpers import Family


def hm(mins: int) -> list[str]:
    h, m = divmod(mins, 60)
    hs = "hour" if h == 1 else "hours"
    return [
        f"{h} {hs} {m} minutes",
        f"{h} {hs} and {m} minutes",
        f"{h} h {m} min",
        f"{h}h {m}m",
        f"{h} hr {m} min",
        f"{h} hrs {m} mins",
        f"{h}:{m:02d}",
    ]


@fam
def fam_minutes_fraction(rng: random.Random) -> Made:
    m = rng.choice([x for x in range(5, 60) if F(x, 60).denominator > 2])
    text = pick(
        rng,
        [
            "what fraction of an hour is {m} minutes? simplest form",
            "{m} minutes as a fraction of an hour?",
            "express {m} min as a fraction of 1 hour, lowest terms",
        ],
    ).format(m=m)
    v = F(m, 60)
    return text, [[f"{v.numerator}/{v.denominator}"]]


@fam
def fam_lcd_equation(rng: random.Random) -> Made:
    a, b = sorted(rng.sample([2, 3, 4, 5, 6, 8], 2))
    x = F(a * b) * rng.randint(1, 9)
    c = x / a - x / b
    if c.denominator != 1:
        return None
    text = pick(
        rng,
        [
            "solve x/{a} - x/{b} = {c}",
            "x/{a} − x/{b} = {c}, what's x?",
            "find x if x over {a} minus x over {b} equals {c}",
        ],
    ).format(a=a, b=b, c=c)
    return text, [xs(x)]


@fam
def fam_rational_equation(rng: random.Random) -> Made:
    x = rng.randint(2, 20)
    c = rng.randint(1, x - 1)
    g = rng.randint(1, 4)
    _a, _b = g * x, g * (x - c)
    big, small = g * x, g * (x - c)
    text = pick(
        rng,
        [
            "solve {a}/x = {b}/(x - {c})",
            "{a}/x = {b}/(x-{c}). x = ?",
            "find x: {a} over x equals {b} over (x minus {c})",
        ],
    ).format(a=big, b=small, c=c)
    # big(x - c) = small x  ->  x = big c / (big - small) = x
    sol = F(big * c, big - small)
    return text, [xs(sol)]


@fam
def fam_quadratic_inequality(rng: random.Random) -> Made:
    r1, r2 = sorted(rng.sample(range(-7, 9), 2))
    less = rng.random() < 0.5
    e = quad(1, -(r1 + r2), r1 * r2)
    text = pick(
        rng, ["solve {e} {o} 0", "for which x is {e} {o} 0?", "find all x with {e} {o} 0"]
    ).format(e=e, o="<" if less else ">")
    if less:
        return text, [[f"{r1} < x < {r2}", f"({r1}, {r2})", f"x > {r1} and x < {r2}"]]
    return text, [
        [f"x < {r1}", f"(-∞, {r1})", f"(-inf, {r1})"],
        [f"x > {r2}", f"({r2}, ∞)", f"({r2}, inf)"],
    ]


@fam
def fam_exponent_simplify(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 5), rng.randint(2, 4), rng.randint(2, 9), rng.randint(2, 9)
    n = a * b + c - d
    if n < 2:
        return None
    v = rng.choice(["x", "y", "a"])
    text = pick(
        rng,
        [
            "simplify ({v}^{a})^{b} · {v}^{c} / {v}^{d}",
            "write ({v}^{a})^{b} * {v}^{c} ÷ {v}^{d} as a single power",
            "simplify: ({v}^{a})^{b} times {v}^{c}, divided by {v}^{d}",
        ],
    ).format(v=v, a=a, b=b, c=c, d=d)
    sup = str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return text, [[f"{v}^{n}", f"{v}**{n}", f"{v}^({n})", f"{v}^{{{n}}}", f"{v}{sup}"]]


@fam
def fam_ln_derivative(rng: random.Random) -> Made:
    k, m = rng.randint(1, 9), rng.randint(1, 6)
    v = F(2 * m, m * m + k)
    text = pick(
        rng,
        [
            "derivative of ln(x^2 + {k}) at x = {m}?",
            "d/dx ln(x² + {k}), evaluated at x={m}",
            "if f(x) = ln(x^2 + {k}), find f'({m}) exactly",
        ],
    ).format(k=k, m=m)
    return text, [num(v)]


@fam
def fam_max_area(rng: random.Random) -> Made:
    p = rng.randint(10, 120) * 4
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "I have {p} m of fencing for a rectangular pen. What's the largest area I can "
                "enclose?",
                "max area of a rectangle with perimeter {p} cm?",
            ],
        ).format(p=p)
        return text, [num(F(p, 4) ** 2, fraction=False)]
    text = pick(
        rng,
        [
            "{p} m of fence, rectangular garden against a long wall (wall is one side, no fence "
            "needed there). Max area?",
            "fence 3 sides of a rectangle with {p} m, the 4th side is a wall. biggest possible "
            "area in m²?",
        ],
    ).format(p=p)
    return text, [num(F(p * p, 8), fraction=False)]


@fam
def fam_prime_factorisation(rng: random.Random) -> Made:
    n = rng.randint(60, 5000)
    f = factors(n)
    if len(f) < 3 or len(set(f)) < 2 or f[-1] > 50:
        return None
    ps = sorted(set(f))
    out = []
    for pw, sep in (
        ("^", " × "),
        ("^", " x "),
        ("^", " · "),
        ("^", " * "),
        ("**", " * "),
        ("sup", " × "),
        ("sup", " · "),
    ):
        parts = []
        for p in ps:
            e = f.count(p)
            if e == 1:
                parts.append(str(p))
            elif pw == "sup":
                parts.append(f"{p}" + str(e).translate(str.maketrans("23456789", "²³⁴⁵⁶⁷⁸⁹")))
            else:
                parts.append(f"{p}{pw}{e}")
        out.append(sep.join(parts))
    out.append(" × ".join(map(str, f)))
    text = pick(
        rng,
        [
            "prime factorisation of {n}?",
            "write {n} as a product of primes",
            "break {n} into prime factors",
        ],
    ).format(n=n)
    return text, [list(dict.fromkeys(out))]


@fam
def fam_trailing_zeros(rng: random.Random) -> Made:
    n = rng.randint(25, 1000)
    z, p = 0, 5
    while p <= n:
        z += n // p
        p *= 5
    text = pick(
        rng,
        [
            "how many zeros does {n}! end with?",
            "number of trailing zeros in {n} factorial",
            "{n}! — how many 0s at the end?",
        ],
    ).format(n=n)
    return text, [num(z)]


@fam
def fam_diagonals(rng: random.Random) -> Made:
    n = rng.randint(5, 40)
    text = pick(
        rng,
        [
            "how many diagonals does a {n}-sided polygon have?",
            "number of diagonals in a polygon with {n} sides",
            "a convex polygon has {n} sides. how many diagonals?",
        ],
    ).format(n=n)
    return text, [num(n * (n - 3) // 2)]


@fam
def fam_grid_paths(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    text = pick(
        rng,
        [
            "On a grid, how many shortest paths go from one corner to the opposite corner "
            "of a {a} by {b} block rectangle (only right and up moves)?",
            "how many ways to walk {a} blocks east and {b} blocks north, moving only east or "
            "north?",
        ],
    ).format(a=a, b=b)
    return text, [num(math.comb(a + b, a))]


@fam
def fam_birthday(rng: random.Random) -> Made:
    n = rng.randint(5, 60)
    p = F(1)
    for i in range(n):
        p *= F(365 - i, 365)
    text = pick(
        rng,
        [
            "In a group of {n} people, what's the probability at least two share a birthday? "
            "(365 days, ignore leap years, 4 decimal places)",
            "birthday problem with {n} people — chance of a shared birthday to 4 dp? "
            "(365 equally likely days)",
        ],
    ).format(n=n)
    return text, [rnd(1 - p, 4)]


@fam
def fam_clock_angle(rng: random.Random) -> Made:
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    ang = abs(F(60 * h - 11 * m, 2)) % 360
    ang = min(ang, 360 - ang)
    text = pick(
        rng,
        [
            "what's the smaller angle between the hour and minute hands at {h}:{m:02d}?",
            "angle between clock hands at {h}:{m:02d} (the smaller one, in degrees)",
        ],
    ).format(h=h, m=m)
    return text, [num(ang, fraction=False) or [dec(ang)]]


@fam
def fam_cube_from_volume(rng: random.Random) -> Made:
    s = rng.randint(2, 30)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "A cube has a volume of {v} cm³. What's its total surface area?",
                "cube volume {v} cubic cm — surface area?",
            ],
        ).format(v=s**3)
        return text, [num(6 * s * s)]
    text = pick(
        rng,
        [
            "A cube's surface area is {a} cm². What's its volume?",
            "surface area of a cube = {a} cm². volume in cm³?",
        ],
    ).format(a=6 * s * s)
    return text, [num(s**3)]


@fam
def fam_doubling(rng: random.Random) -> Made:
    start, d = rng.randint(2, 90) * 10, rng.choice([15, 20, 30, 40, 45, 60])
    k = rng.randint(3, 10)
    hours = F(d * k, 60)
    shown = dec(hours) if hours.denominator in (1, 2, 4) else None
    if shown is None:
        return None
    text = pick(
        rng,
        [
            "A culture starts with {s} bacteria and doubles every {d} minutes. How many after "
            "{h} hours?",
            "{s} cells, doubling time {d} min. population after {h} h?",
        ],
    ).format(s=start, d=d, h=shown)
    return text, [num(start * 2**k)]


@fam
def fam_inflation(rng: random.Random) -> Made:
    price, r, y = (
        F(rng.randint(200, 50000), 100),
        rng.choice([2, 3, 4, 5, F(5, 2), F(7, 2)]),
        rng.randint(2, 12),
    )
    fut = price * (1 + F(r) / 100) ** y
    text = pick(
        rng,
        [
            "Something costs ${p} today. With {r}% inflation a year, what will it cost in {y} "
            "years? (to the cent)",
            "if prices rise {r}% per year, a {p} dollar item costs what after {y} years? 2 dp",
        ],
    ).format(p=f"{float(price):.2f}", r=dec(F(r)), y=y)
    return text, [rnd(fut, 2)]


@fam
def fam_age_on_date(rng: random.Random) -> Made:
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 60 * 365))
    on = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if (born.month, born.day) == (2, 29) or (born.month, born.day) == (on.month, on.day):
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    name = rng.choice(NAMES)
    text = pick(
        rng,
        ["{n} was born on {b}. How old is {n} on {o}?", "born {b} — age in whole years on {o}?"],
    ).format(n=name, b=born.strftime("%B %-d, %Y"), o=on.strftime("%B %-d, %Y"))
    return text, [num(age)]


@fam
def fam_sleep_duration(rng: random.Random) -> Made:
    bed = rng.randint(21 * 60, 24 * 60 - 5)
    dur = rng.randint(5 * 60, 10 * 60)
    if dur % 60 == 0:
        return None
    wake = (bed + dur) % (24 * 60)
    bh, bm = divmod(bed, 60)
    wh, wm = divmod(wake, 60)
    text = pick(
        rng,
        [
            "I went to bed at {b} and woke up at {w}. How long did I sleep?",
            "asleep {b}, up at {w} the next morning — hours and minutes of sleep?",
        ],
    ).format(
        b=f"{bh % 12 or 12}:{bm:02d} {'pm' if bh >= 12 else 'am'}",
        w=f"{wh % 12 or 12}:{wm:02d} {'pm' if wh >= 12 else 'am'}",
    )
    return text, [[*hm(dur), f"{dur} minutes"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_minutes_fraction, fam_lcd_equation, fam_rational_equation, fam_quadratic_inequality,
    fam_exponent_simplify, fam_ln_derivative, fam_max_area, fam_prime_factorisation,
    fam_trailing_zeros, fam_diagonals, fam_grid_paths, fam_birthday, fam_clock_angle,
    fam_cube_from_volume, fam_doubling, fam_inflation, fam_age_on_date, fam_sleep_duration)]
