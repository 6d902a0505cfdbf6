"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 11: eigenvalues, matrix
and vector arithmetic, and statistics on short lists."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    NAMES,
    Made,
    fam,
    lab,
    num,
    pick,
    rnd,
)
from bench.data.agents.heldout20_math_3 import (
    mat,
    vec,
)
from bench.data.agents.helpers import Family


@fam
def fam_eigenvalues(rng: random.Random) -> Made:
    # no 0 or 2: a bare "0" / "2" would match "= 0" / "λ^2" in any working
    l1, l2 = rng.sample([v for v in range(-4, 8) if v not in (0, 2)], 2)
    if l1 == -l2:  # "1" would match inside "-1"
        return None
    k = rng.randint(0, 3)
    p = [[1, k], [1, k + 1]]
    pinv = [[k + 1, -k], [-1, 1]]
    d = [[l1, 0], [0, l2]]
    pd = [[sum(p[i][t] * d[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    a = [[sum(pd[i][t] * pinv[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    if a[0][1] == 0 and a[1][0] == 0:
        return None
    text = pick(rng, ["eigenvalues of {m}?", "find the eigenvalues of the matrix {m}"]).format(
        m=mat(a)
    )
    pm = [f"±{abs(l1)}", f"+/-{abs(l1)}"] if l1 == -l2 else []
    return text, [num(l1) + pm, num(l2) + pm]


@fam
def fam_matrix_vector(rng: random.Random) -> Made:
    m = [[rng.randint(-5, 8) for _ in range(2)] for _ in range(2)]
    v = [rng.randint(-6, 9) for _ in range(2)]
    r = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    text = pick(
        rng,
        [
            "multiply the matrix {m} by the vector ({a}, {b})",
            "A = {m}, v = [{a}, {b}]. what is Av?",
        ],
    ).format(m=mat(m), a=v[0], b=v[1])
    return text, [[*vec(r), f"[[{r[0]}], [{r[1]}]]"]]


@fam
def fam_matrix_product(rng: random.Random) -> Made:
    a = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    c = [[sum(a[i][t] * b[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    text = pick(
        rng, ["A = {a}, B = {b}. Compute AB.", "multiply {a} × {b}", "what's the product {a}{b}?"]
    ).format(a=mat(a), b=mat(b))
    rows = [f"[{c[0][0]}, {c[0][1]}]", f"[{c[1][0]}, {c[1][1]}]"]
    return text, [[rows[0], f"{c[0][0]} {c[0][1]}"], [rows[1], f"{c[1][0]} {c[1][1]}"]]


@fam
def fam_matrix_solve(rng: random.Random) -> Made:
    m = [[rng.randint(-4, 7) for _ in range(2)] for _ in range(2)]
    if m[0][0] * m[1][1] - m[0][1] * m[1][0] == 0:
        return None
    x = [rng.randint(-6, 8) for _ in range(2)]
    b = [m[0][0] * x[0] + m[0][1] * x[1], m[1][0] * x[0] + m[1][1] * x[1]]
    text = pick(
        rng,
        [
            "Solve Ax = b with A = {m} and b = ({p}, {q})",
            "A = {m}, b = [{p}, {q}]. find x with Ax = b",
        ],
    ).format(m=mat(m), p=b[0], q=b[1])
    both_ = vec(x)
    return text, [
        both_ + lab(["x1", "x₁", "x"], num(x[0])),
        both_ + lab(["x2", "x₂", "y"], num(x[1])),
    ]


@fam
def fam_matrix_combo(rng: random.Random) -> Made:
    a = [[rng.randint(-5, 9) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-5, 9) for _ in range(2)] for _ in range(2)]
    k, j = rng.randint(2, 4), rng.choice([1, -1, 2])
    c = [[k * a[i][t] + j * b[i][t] for t in range(2)] for i in range(2)]
    expr_ = f"{k}A + B" if j == 1 else f"{k}A - B" if j == -1 else f"{k}A + 2B"
    text = pick(rng, ["A = {a}, B = {b}. What is {e}?", "if A={a} and B={b}, compute {e}"]).format(
        a=mat(a), b=mat(b), e=expr_
    )
    rows = [f"[{c[0][0]}, {c[0][1]}]", f"[{c[1][0]}, {c[1][1]}]"]
    return text, [[rows[0], f"{c[0][0]} {c[0][1]}"], [rows[1], f"{c[1][0]} {c[1][1]}"]]


@fam
def fam_dot_product(rng: random.Random) -> Made:
    n = rng.choice([2, 3])
    u = [rng.randint(-7, 9) for _ in range(n)]
    v = [rng.randint(-7, 9) for _ in range(n)]
    d = sum(a * b for a, b in zip(u, v, strict=True))
    if d == 0:  # a bare "0" would match almost any reply
        return None
    text = pick(
        rng,
        [
            "dot product of ({u}) and ({v})?",
            "u = <{u}>, v = <{v}>, u·v = ?",
            "compute ({u}) . ({v})",
        ],
    ).format(u=", ".join(map(str, u)), v=", ".join(map(str, v)))
    return text, [num(d)]


@fam
def fam_magnitude(rng: random.Random) -> Made:
    base = rng.choice(
        [
            (2, 3, 6),
            (1, 4, 8),
            (2, 6, 9),
            (4, 4, 7),
            (6, 6, 7),
            (2, 10, 11),
            (1, 2, 2),
            (3, 4, 12),
            (2, 3, 6),
        ]
    )
    k = rng.randint(1, 3)
    comp = [c * k * rng.choice([1, -1]) for c in rng.sample(base, 3)]
    mag = math.isqrt(sum(c * c for c in comp))
    text = pick(
        rng, ["length of the vector ({v})?", "magnitude of <{v}>", "what's |v| for v = ({v})"]
    ).format(v=", ".join(map(str, comp)))
    return text, [num(mag)]


@fam
def fam_cross_product(rng: random.Random) -> Made:
    u = [rng.randint(-5, 6) for _ in range(3)]
    v = [rng.randint(-5, 6) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if c == [0, 0, 0]:
        return None
    text = pick(
        rng, ["cross product of ({u}) and ({v})", "u × v for u = <{u}>, v = <{v}>?"]
    ).format(u=", ".join(map(str, u)), v=", ".join(map(str, v)))
    return text, [vec(c)]


@fam
def fam_vector_angle(rng: random.Random) -> Made:
    u = [rng.randint(-5, 6) for _ in range(2)]
    v = [rng.randint(-5, 6) for _ in range(2)]
    nu, nv = math.hypot(*u), math.hypot(*v)
    if nu == 0 or nv == 0:
        return None
    cosv = (u[0] * v[0] + u[1] * v[1]) / (nu * nv)
    ang = math.degrees(math.acos(max(-1, min(1, cosv))))
    if ang < 1 or ang > 179:
        return None
    text = pick(
        rng,
        [
            "angle between the vectors ({a}) and ({b}) in degrees, 1 decimal place",
            "what's the angle between <{a}> and <{b}>? degrees to 1 dp",
        ],
    ).format(a=", ".join(map(str, u)), b=", ".join(map(str, v)))
    return text, [rnd(F(ang), 1)]




def listing(vals: list[int]) -> str:
    return ", ".join(map(str, vals))


@fam
def fam_mean(rng: random.Random) -> Made:
    vals = [rng.randint(2, 99) for _ in range(rng.randint(5, 9))]
    m = F(sum(vals), len(vals))
    if not (m * 100).denominator == 1:
        return None
    text = pick(
        rng, ["mean of {l}?", "what's the average of these: {l}", "my scores were {l}. average?"]
    ).format(l=listing(vals))
    return text, [num(m, fraction=False)]


@fam
def fam_median(rng: random.Random) -> Made:
    vals = [rng.randint(1, 120) for _ in range(rng.randint(6, 11))]
    med = F(statistics.median(vals)).limit_denominator(2)
    text = pick(
        rng, ["median of {l}", "find the median: {l}", "what's the middle value (median) of {l}?"]
    ).format(l=listing(vals))
    return text, [num(med, fraction=False)]


@fam
def fam_mode(rng: random.Random) -> Made:
    base = rng.sample(range(10, 60), rng.randint(5, 7))
    m = rng.choice(base)
    vals = [*base, m, m]
    rng.shuffle(vals)
    text = pick(
        rng, ["what's the mode of {l}?", "mode: {l}", "which number appears most often in {l}?"]
    ).format(l=listing(vals))
    if str(m) in text.split(": ")[0]:
        return None
    return text, [
        [
            *lab(["mode"], [str(m)]),
            f"mode of {m}",
            f"{m} appears",
            f"{m} (appears",
            f"{m}, which appears",
            f"{m}, appearing",
        ]
    ]


@fam
def fam_range(rng: random.Random) -> Made:
    vals = [rng.randint(-10, 95) for _ in range(rng.randint(6, 10))]
    r = max(vals) - min(vals)
    text = pick(
        rng,
        [
            "range of {l}?",
            "what is the range of the data {l}",
            "temperatures this week: {l}. what's the range?",
        ],
    ).format(l=listing(vals))
    return text, [num(r)]


@fam
def fam_pop_sd(rng: random.Random) -> Made:
    vals = [rng.randint(1, 40) for _ in range(rng.randint(5, 8))]
    sd = statistics.pstdev(vals)
    text = pick(
        rng,
        [
            "population standard deviation of {l}, rounded to 2 decimal places",
            "what's the standard deviation of {l}? (treat it as the whole population, "
            "round to 2 dp)",
        ],
    ).format(l=listing(vals))
    return text, [rnd(F(sd), 2)]


@fam
def fam_sample_sd(rng: random.Random) -> Made:
    vals = [rng.randint(10, 90) for _ in range(rng.randint(5, 8))]
    sd = statistics.stdev(vals)
    text = pick(
        rng,
        ["sample standard deviation of {l} (2 dp)", "s for the sample {l}? round to two decimals"],
    ).format(l=listing(vals))
    return text, [rnd(F(sd), 2)]


@fam
def fam_variance(rng: random.Random) -> Made:
    vals = [rng.randint(1, 20) for _ in range(rng.randint(4, 7))]
    var = statistics.pvariance([F(v) for v in vals])
    text = pick(
        rng,
        [
            "population variance of {l}? round to 2 decimals",
            "variance (population) of the values {l}, 2 dp",
        ],
    ).format(l=listing(vals))
    return text, [rnd(var, 2)]


@fam
def fam_weighted_grade(rng: random.Random) -> Made:
    w = rng.choice([(60, 40), (70, 30), (50, 50), (40, 60), (75, 25), (80, 20)])
    s1, s2 = rng.randint(40, 100), rng.randint(40, 100)
    g = F(w[0] * s1 + w[1] * s2, 100)
    text = pick(
        rng,
        [
            "The exam is worth {a}% and coursework {b}%. I got {x} on the exam and {y} "
            "on coursework. Final grade?",
            "final mark if exam ({a}% weight) = {x} and coursework ({b}% weight) = {y}?",
        ],
    ).format(a=w[0], b=w[1], x=s1, y=s2)
    return text, [num(g, fraction=False)]


@fam
def fam_score_needed(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    avg = rng.randint(65, 85)
    target = avg + rng.randint(1, 5)
    need = target * (n + 1) - avg * n
    if need > 100:
        return None
    name = rng.choice(NAMES)
    text = pick(
        rng,
        [
            "{p}'s average over {n} tests is {a}. What score on the next test brings the "
            "average to {t}?",
            "average of my {n} quizzes is {a}, what do I need on the next one to get a "
            "{t} average?",
        ],
    ).format(p=name, n=n, a=avg, t=target)
    return text, [num(need)]


@fam
def fam_new_mean(rng: random.Random) -> Made:
    n, avg = rng.randint(4, 12), rng.randint(20, 80)
    x = rng.randint(5, 150)
    m = F(avg * n + x, n + 1)
    text = pick(
        rng,
        [
            "The mean of {n} numbers is {a}. A new number {x} is added. What's the new "
            "mean? (2 dp)",
            "{n} values average {a}; add {x} to the list. new average to 2 decimal places?",
        ],
    ).format(n=n, a=avg, x=x)
    return text, [rnd(m, 2)]


@fam
def fam_zscore(rng: random.Random) -> Made:
    mu, sd = rng.randint(50, 120), rng.randint(4, 20)
    x = mu + rng.randint(-3 * sd, 3 * sd)
    z = F(x - mu, sd)
    if z == 0:  # a bare "0" would match almost any reply
        return None
    text = pick(
        rng,
        [
            "mean {m}, standard deviation {s}. z-score of {x}? (2 dp)",
            "Test scores have mean {m} and SD {s}. What is the z-score for a score of "
            "{x}, to 2 decimals?",
        ],
    ).format(m=mu, s=sd, x=x)
    return text, [rnd(z, 2)]


@fam
def fam_frequency_mean(rng: random.Random) -> Made:
    vals = sorted(rng.sample(range(0, 7), 4))
    freq = [rng.randint(1, 9) for _ in vals]
    m = F(sum(v * f for v, f in zip(vals, freq, strict=True)), sum(freq))
    pairs = "; ".join(
        f"{v} pet{'' if v == 1 else 's'}: {f} {'person' if f == 1 else 'people'}"
        for v, f in zip(vals, freq, strict=True)
    )
    text = pick(
        rng,
        [
            "Survey results — {p}. What's the mean number of pets per person (2 dp)?",
            "mean from this frequency table to 2 decimals: {p}",
        ],
    ).format(p=pairs)
    return text, [rnd(m, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_eigenvalues, fam_matrix_vector, fam_matrix_product, fam_matrix_solve, fam_matrix_combo,
    fam_dot_product, fam_magnitude, fam_cross_product, fam_vector_angle, fam_mean, fam_median,
    fam_mode, fam_range, fam_pop_sd, fam_sample_sd, fam_variance, fam_weighted_grade,
    fam_score_needed, fam_new_mean, fam_zscore, fam_frequency_mean)]
