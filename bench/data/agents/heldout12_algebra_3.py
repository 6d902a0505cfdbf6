"""Round 12 (``P_*``, dev now) for ``muse bench agents``, maths part five: linear algebra,
statistics asked as maths, and probability (answer forms from
:mod:`bench.data.agents.heldout12_math`)."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout12_math import dec, dedupe, frac, pct, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item, labelled

Matrix = list[list[int]]


def mat(rows: Matrix) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"


def mat_forms(rows: Matrix) -> list[str]:
    """A matrix as nested lists, spaced or not, or as SymPy prints it."""
    spaced = mat(rows)
    tight = spaced.replace(" ", "")
    return dedupe([spaced, tight, f"Matrix({spaced})", f"Matrix({tight})"])


def vec_forms(values: list[int]) -> list[str]:
    inner = [", ".join(map(str, values)), ",".join(map(str, values))]
    return dedupe([f"({i})" for i in inner] + [f"[{i}]" for i in inner] + [f"<{i}>" for i in inner])


def det3(m: Matrix) -> int:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def listed(values: list[int]) -> str:
    return ", ".join(map(str, values))


# --- linear algebra --------------------------------------------------------------------

def p_det2(rng: random.Random) -> Item:  # a two-by-two determinant
    m = [[rng.randint(-9, 12) for _ in range(2)] for _ in range(2)]
    return item("P_a_det2", "math", f"determinant of {mat(m)}?",
                [whole(m[0][0] * m[1][1] - m[0][1] * m[1][0])])


def p_det3(rng: random.Random) -> Item:  # a three-by-three determinant, rows spelled out
    m = [[rng.randint(-5, 7) for _ in range(3)] for _ in range(3)]
    rows = "; ".join(" ".join(map(str, r)) for r in m)
    return item("P_a_det3", "math", f"Find the determinant of the 3x3 matrix with rows {rows}",
                [whole(det3(m))])


def p_mat_mult(rng: random.Random) -> Item:  # two matrices multiplied
    a = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    c = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return item("P_a_mat_mult", "math", f"multiply {mat(a)} by {mat(b)}", [mat_forms(c)])


def p_mat_inverse(rng: random.Random) -> Item:  # an inverse with determinant one
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    c = rng.randint(1, 9)
    # det = a*d - b*c = 1  ->  d = (1 + b*c) / a
    if (1 + b * c) % a:
        return p_mat_inverse(rng)
    d = (1 + b * c) // a
    return item("P_a_mat_inverse", "math", f"What's the inverse of the matrix "
                f"{mat([[a, b], [c, d]])}?",
                [mat_forms([[d, -b], [-c, a]])])


def p_dot(rng: random.Random) -> Item:  # a dot product
    u = [rng.randint(-9, 9) for _ in range(3)]
    v = [rng.randint(-9, 9) for _ in range(3)]
    return item("P_a_dot", "math", f"dot product of ({listed(u)}) and ({listed(v)})",
                [whole(sum(p * q for p, q in zip(u, v, strict=True)))])


def p_cross(rng: random.Random) -> Item:  # a cross product
    u = [rng.randint(-6, 6) for _ in range(3)]
    v = [rng.randint(-6, 6) for _ in range(3)]
    w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if w == [0, 0, 0]:
        return p_cross(rng)
    return item("P_a_cross", "math", f"Cross product of <{listed(u)}> and <{listed(v)}>, please.",
                [vec_forms(w)])


def p_magnitude(rng: random.Random) -> Item:  # a vector's length
    u = [rng.randint(-12, 12) for _ in range(3)]
    n = math.sqrt(sum(c * c for c in u))
    if tie(n) or 0 in u:
        return p_magnitude(rng)
    ans = whole(int(n)) if n == int(n) else dec(n)
    return item("P_a_magnitude", "math", f"how long is the vector ({listed(u)})?", [ans])


def p_eigen(rng: random.Random) -> Item:  # eigenvalues of a two-by-two matrix
    l1, l2 = rng.sample(range(-5, 9), 2)
    a = rng.randint(-3, 8)
    d = l1 + l2 - a
    bc = a * d - l1 * l2
    divisors = [k for k in range(1, 10) if bc % k == 0 and bc != 0]
    if not divisors:
        return p_eigen(rng)
    b = rng.choice(divisors)
    m = [[a, b], [bc // b, d]]
    return item("P_a_eigen", "math", f"eigenvalues of {mat(m)}",
                [whole(min(l1, l2)), whole(max(l1, l2))])


# --- statistics ------------------------------------------------------------------------

def p_mean(rng: random.Random) -> Item:  # a plain average
    xs = [rng.randint(3, 99) for _ in range(rng.randint(5, 9))]
    v = F(sum(xs), len(xs))
    if tie(v):
        return p_mean(rng)
    return item("P_a_mean", "math", f"average of {listed(xs)}?", [dec(v)])


def p_median(rng: random.Random) -> Item:  # a median of an even-length list
    xs = [rng.randint(1, 200) for _ in range(rng.choice([6, 8, 10]))]
    v = statistics.median(xs)
    return item("P_a_median", "math", f"What is the median of these numbers: {listed(xs)}",
                [dec(v)])


def p_mean_median_mode(rng: random.Random) -> Item:  # three statistics at once
    xs = [rng.randint(1, 30) for _ in range(rng.randint(7, 11))]
    modes = statistics.multimode(xs)
    mean = F(sum(xs), len(xs))
    if len(modes) != 1 or tie(mean):
        return p_mean_median_mode(rng)
    med = statistics.median(xs)
    return item("P_a_mean_median_mode", "math", f"mean, median and mode of {listed(xs)}",
                [dedupe([f for v in dec(mean) for f in labelled(["mean", "average"], v)]),
                 dedupe([f for v in dec(med) for f in labelled(["median"], v)]),
                 labelled(["mode"], str(modes[0]))])


def p_sample_sd(rng: random.Random) -> Item:  # a sample standard deviation
    xs = [rng.randint(10, 90) for _ in range(rng.randint(5, 8))]
    v = statistics.stdev(xs)
    if tie(v) or v == 0:
        return p_sample_sd(rng)
    return item("P_a_sample_sd", "math", f"sample standard deviation of {listed(xs)} (2 dp)",
                [dec(v)])


def p_pop_variance(rng: random.Random) -> Item:  # a population variance
    xs = [rng.randint(1, 40) for _ in range(rng.randint(4, 7))]
    v = F(sum((x * len(xs) - sum(xs)) ** 2 for x in xs), len(xs) ** 3)
    if tie(v) or v == 0:
        return p_pop_variance(rng)
    return item("P_a_pop_variance", "math", f"Population variance of the data {listed(xs)}?",
                [dec(v)])


def p_range(rng: random.Random) -> Item:  # a range
    xs = [rng.randint(-20, 150) for _ in range(rng.randint(6, 10))]
    return item("P_a_range", "math", f"whats the range of {listed(xs)}",
                [whole(max(xs) - min(xs))])


def p_weighted_mean(rng: random.Random) -> Item:  # a weighted mean from a frequency table
    vals = sorted(rng.sample(range(1, 11), 4))
    freq = [rng.randint(1, 12) for _ in vals]
    v = F(sum(a * b for a, b in zip(vals, freq, strict=True)), sum(freq))
    if tie(v):
        return p_weighted_mean(rng)
    table = ", ".join(f"{a} appears {b} times" for a, b in zip(vals, freq, strict=True))
    return item("P_a_weighted_mean", "math", f"In my data {table}. What's the mean?", [dec(v)])


def p_zscore(rng: random.Random) -> Item:  # a z-score
    mu, sd = rng.randint(40, 100), rng.choice([4, 5, 8, 10, 12, 15, 16, 20])
    z = F(rng.randint(-12, 12), 4)
    x = mu + z * sd
    if x.denominator != 1 or z == 0:
        return p_zscore(rng)
    return item("P_a_zscore", "math", f"I scored {x} on a test with mean {mu} and standard "
                f"deviation {sd}. What's my z-score?", [dec(z)])


# --- probability -----------------------------------------------------------------------

def p_dice_sum(rng: random.Random) -> Item:  # a sum on two dice
    s = rng.randint(3, 11)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    v = F(ways, 36)
    # k/36 never sits at a rounding tie at 2 or 4 places, nor as a percentage
    forms = frac(v) + dec(v, 4) + dec(v) + pct(round(float(v) * 100, 2))
    return item("P_a_dice_sum", "math", f"roll two dice — what's the probability the total is "
                f"{s}?", [dedupe(forms)])


def p_coin_exact(rng: random.Random) -> Item:  # exactly k heads in n flips
    n = rng.randint(4, 10)
    k = rng.randint(1, n - 1)
    v = F(math.comb(n, k), 2**n)
    return item("P_a_coin_exact", "math", f"If I flip a fair coin {n} times, what's the chance of "
                f"exactly {k} heads? exact fraction", [frac(v)])


def p_cards(rng: random.Random) -> Item:  # cards of a kind without replacement
    kind, count = rng.choice([("aces", 4), ("hearts", 13), ("kings", 4), ("red cards", 26),
                              ("spades", 13), ("face cards", 12), ("clubs", 13)])
    n = rng.choice([2, 3])
    v = math.prod(F(count - i, 52 - i) for i in range(n))
    return item("P_a_cards", "math", f"Draw {n} cards from a standard deck without putting any "
                f"back. Probability they're all {kind}?", [frac(v)])


def p_expected(rng: random.Random) -> Item:  # an expected value of a simple game
    win, odds = rng.randint(5, 50) * 10, rng.choice([100, 200, 250, 500, 1000])
    cost = rng.randint(1, 5)
    v = F(win, odds) - cost
    if v == 0:
        return p_expected(rng)
    return item("P_a_expected", "math", f"a ticket costs {cost}, and 1 in {odds} tickets wins "
                f"{win}. what's my expected net gain per ticket, counting the price?", [dec(v)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    p_det2, p_det3, p_mat_mult, p_mat_inverse, p_dot, p_cross, p_magnitude, p_eigen, p_mean,
    p_median, p_mean_median_mode, p_sample_sd, p_pop_variance, p_range, p_weighted_mean,
    p_zscore, p_dice_sum, p_coin_exact, p_cards, p_expected)]
