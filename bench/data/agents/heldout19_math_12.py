"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 12: more geometry (tiles,
diagonals, similar shapes, polygons) and sequences and series."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, fam, fr, ints
from bench.data.agents.heldout19_math_6 import fl
from bench.data.agents.heldout19_math_8 import ordinal
from bench.data.agents.helpers import Family


@fam
def tiles_needed(rng: random.Random) -> Made:
    length, width = rng.randint(20, 90) / 10, rng.randint(20, 70) / 10
    tile = ch(rng, [30, 40, 50, 60])
    area = Fr(round(length * 10) * round(width * 10), 100)
    per = Fr(tile * tile, 10000)
    n = math.ceil(area / per)
    t = ch(
        rng,
        [
            "my kitchen floor is {l} m by {w} m. tiles are {t} cm square. how many tiles do "
            "I need (floor area ÷ tile area, rounded up to whole tiles, no waste allowance)?",
            "how many {t}x{t} cm tiles to cover a {l} x {w} m floor? floor area ÷ tile area, "
            "round up",
        ],
    )
    return t.format(l=f"{length:g}", w=f"{width:g}", t=tile), [ints(n)]


@fam
def tv_diagonal(rng: random.Random) -> Made:
    w, h = rng.randint(20, 70), rng.randint(12, 40)
    if h >= w:
        raise Again
    t = ch(
        rng,
        [
            "a screen is {w} in wide and {h} in tall. diagonal size, 1 dp?",
            "diagonal of a {w} cm by {h} cm rectangle to 1 decimal place",
        ],
    )
    return t.format(w=w, h=h), [fl(math.hypot(w, h), 1)]


@fam
def similar_area(rng: random.Random) -> Made:
    k = Fr(rng.randint(2, 6), rng.choice([1, 2, 1]))
    a = rng.randint(5, 90)
    if k == 1:
        raise Again
    val = a * k * k
    ks = f"{float(k):g}"
    t = ch(
        rng,
        [
            "two similar shapes, lengths scale by {k}. small one has area {a} cm². area of "
            "the big one?",
            "I enlarge a photo by a factor of {k}. it was {a} sq in; new area?",
        ],
    )
    return t.format(k=ks, a=a), [dp(val, 2)]


@fam
def radius_from_area(rng: random.Random) -> Made:
    a = rng.randint(10, 2000)
    return ch(
        rng,
        [
            f"a circle has area {a} cm². radius to 2 dp?",
            f"what radius gives a circle of area {a} m²? 2 decimals",
        ],
    ), [fl(math.sqrt(a / math.pi))]


@fam
def sides_from_angle(rng: random.Random) -> Made:
    n = ch(rng, [5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 40, 45, 60, 72, 90, 120, 180, 360])
    ang = Fr(180 * (n - 2), n)
    ext = Fr(360, n)
    kind = ch(rng, ["interior", "exterior"])
    v = ang if kind == "interior" else ext
    vs = f"{float(v):g}"
    return ch(
        rng,
        [
            f"a regular polygon has {kind} angles of {vs}°. how many sides?",
            f"each {kind} angle of a regular polygon is {vs} degrees — number of sides?",
        ],
    ), [ints(n)]


@fam
def cube_from_surface(rng: random.Random) -> Made:
    s = rng.randint(2, 30)
    return ch(
        rng,
        [
            f"a cube has surface area {6 * s * s} cm². what's its volume?",
            f"cube with total surface area {6 * s * s} — volume?",
        ],
    ), [ints(s**3)]


@fam
def arith_nth(rng: random.Random) -> Made:
    a, d, n = rng.randint(-20, 40), rng.randint(-9, 12), rng.randint(10, 100)
    if d == 0:
        raise Again
    seq = ", ".join(str(a + i * d) for i in range(4))
    t = ch(
        rng,
        [
            "{s}, ... what's the {o} term?",
            "find term number {n} of the sequence {s}, …",
            "arithmetic sequence {s}. {o} term?",
        ],
    )
    return t.format(s=seq, n=n, o=ordinal(n)), [ints(a + (n - 1) * d)]


@fam
def arith_sum(rng: random.Random) -> Made:
    a, d, n = rng.randint(1, 30), rng.randint(1, 9), rng.randint(10, 80)
    val = n * (2 * a + (n - 1) * d) // 2
    seq = " + ".join(str(a + i * d) for i in range(3))
    t = ch(
        rng,
        [
            "sum of the first {n} terms of {s} + ...",
            "I save ${a} the first week and ${d} more each week after. total after {n} weeks?",
        ],
    )
    return t.format(n=n, s=seq, a=a, d=d), [ints(val)]


@fam
def geo_nth(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2, 4, 5]), rng.randint(6, 12)
    seq = ", ".join(str(a * r**i) for i in range(4))
    return ch(
        rng, [f"{seq}, ... what's the {ordinal(n)} term?", f"geometric sequence {seq}: term {n}?"]
    ), [ints(a * r ** (n - 1))]


@fam
def geo_sum(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, 4]), rng.randint(5, 12)
    val = a * (r**n - 1) // (r - 1)
    t = ch(
        rng,
        [
            "sum of the first {n} terms of the geometric series {a} + {b} + {c} + ...",
            "a chain message: I send it to {a} people, each day it goes to {r}x as many new "
            "people. "
            "total people reached after {n} days?",
        ],
    )
    return t.format(n=n, a=a, b=a * r, c=a * r * r, r=r), [ints(val)]


@fam
def infinite_geo(rng: random.Random) -> Made:
    a = rng.randint(1, 40)
    r = Fr(rng.randint(1, 8), rng.randint(2, 9)) * rng.choice([1, -1])
    if abs(r) >= 1:
        raise Again
    val = a / (1 - r)
    t = ch(
        rng,
        [
            "sum to infinity of a geometric series with first term {a} and ratio {r}",
            "infinite geometric series, a = {a}, r = {r}. what does it add up to?",
        ],
    )
    return t.format(a=a, r=f"{r.numerator}/{r.denominator}"), [fr(val)]


@fam
def sum_squares(rng: random.Random) -> Made:
    n = rng.randint(8, 60)
    kind = ch(rng, ["squares", "cubes"])
    val = n * (n + 1) * (2 * n + 1) // 6 if kind == "squares" else (n * (n + 1) // 2) ** 2
    e = "²" if kind == "squares" else "³"
    return ch(rng, [f"1{e} + 2{e} + 3{e} + … + {n}{e} = ?", f"sum of the {kind} of 1 to {n}"]), [
        ints(val)
    ]


@fam
def which_term(rng: random.Random) -> Made:
    a, d, n = rng.randint(-10, 30), rng.randint(2, 11), rng.randint(15, 150)
    seq = ", ".join(str(a + i * d) for i in range(3))
    return ch(
        rng,
        [
            f"in the sequence {seq}, ..., which term is {a + (n - 1) * d}?",
            f"{seq}, … — what position does {a + (n - 1) * d} have in this sequence?",
        ],
    ), [ints(n)]


@fam
def fibonacci(rng: random.Random) -> Made:
    n = rng.randint(12, 40)
    a, b = 1, 1
    for _ in range(n - 2):
        a, b = b, a + b
    return ch(
        rng,
        [
            f"what's the {ordinal(n)} Fibonacci number (F1 = F2 = 1)?",
            f"fibonacci number {n}, starting 1, 1, 2, 3...",
        ],
    ), [ints(b)]


@fam
def sum_odds(rng: random.Random) -> Made:
    n = rng.randint(10, 400)
    kind = ch(rng, ["odd", "even"])
    val = n * n if kind == "odd" else n * (n + 1)
    return ch(
        rng, [f"sum of the first {n} {kind} numbers?", f"add the first {n} positive {kind} numbers"]
    ), [ints(val)]


@fam
def next_in_pattern(rng: random.Random) -> Made:
    kind = ch(rng, ["square", "tri", "diff"])
    s = rng.randint(1, 12)
    if kind == "square":
        seq = [(s + i) ** 2 for i in range(5)]
    elif kind == "tri":
        seq = [(s + i) * (s + i + 1) // 2 for i in range(5)]
    else:
        d = rng.randint(2, 5)
        seq = [s + d * i * i for i in range(5)]
    shown, nxt = seq[:4], seq[4]
    return ch(
        rng,
        [
            f"what comes next: {', '.join(map(str, shown))}, ?",
            f"next number in the pattern {', '.join(map(str, shown))}...",
        ],
    ), [ints(nxt)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        tiles_needed,
        tv_diagonal,
        similar_area,
        radius_from_area,
        sides_from_angle,
        cube_from_surface,
        arith_nth,
        arith_sum,
        geo_nth,
        geo_sum,
        infinite_geo,
        sum_squares,
        which_term,
        fibonacci,
        sum_odds,
        next_in_pattern,
    )
]
