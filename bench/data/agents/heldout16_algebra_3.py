"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part five: linear algebra,
statistics and probability asked as maths, geometry and number theory."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, frac, num, pct, tie, whole
from bench.data.agents.helpers import Family, labelled


def mat(rows: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"


def det3(m: list[list[int]]) -> int:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def vec(values: list[F | int]) -> list[str]:
    """A vector as a reply may write it: (1, 2, 3), [1, 2, 3], unspaced too."""
    body = [str(v) for v in values]
    out = []
    for o, c in (("(", ")"), ("[", "]"), ("<", ">")):
        out += [o + ", ".join(body) + c, o + ",".join(body) + c]
    return out


def r2(rng: random.Random) -> list[int]:
    return [rng.randint(-9, 9) for _ in range(2)]


# --- linear algebra --------------------------------------------------------------------------

def det_two(rng: random.Random) -> Made:  # a 2x2 determinant
    a, b = r2(rng), r2(rng)
    return f"determinant of {mat([a, b])}", [whole(a[0] * b[1] - a[1] * b[0])]


def det_three(rng: random.Random) -> Made:  # a 3x3 determinant written as rows
    m = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    rows = "; ".join(" ".join(map(str, r)) for r in m)
    return f"find det of the 3x3 matrix with rows {rows}", [whole(det3(m))]


def inverse_two(rng: random.Random) -> Made:  # the inverse of a 2x2 with determinant ±1
    a, b, c = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6)
    if (a * c - 1) % b:
        return None
    d = (a * c - 1) // b
    # [[a, b], [d?]] with det a*x - b*y = 1: use [[a, b], [c', e]]
    m = [[a, b], [d, c]]
    if a * c - b * d != 1:
        return None
    inv = [[c, -b], [-d, a]]
    return (f"inverse of the matrix {mat(m)}?", [dedupe([mat(inv), mat(inv).replace(" ", ""),
                                                         mat(inv).replace(", [", ",\n[")])])


def mat_mult(rng: random.Random) -> Made:  # product of two 2x2 matrices
    a = [r2(rng), r2(rng)]
    b = [r2(rng), r2(rng)]
    p = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return (f"multiply A = {mat(a)} by B = {mat(b)} (AB)", [dedupe([mat(p), mat(p).replace(" ",
                                                                                          "")])])


def mat_vec(rng: random.Random) -> Made:  # a matrix times a vector
    m = [[rng.randint(-4, 5) for _ in range(3)] for _ in range(3)]
    v = [rng.randint(-5, 5) for _ in range(3)]
    out = [sum(m[i][k] * v[k] for k in range(3)) for i in range(3)]
    return f"compute {mat(m)} times the vector {tuple(v)}", [vec(out)]


def dot(rng: random.Random) -> Made:  # dot product
    u = [rng.randint(-9, 9) for _ in range(3)]
    v = [rng.randint(-9, 9) for _ in range(3)]
    return (f"dot product of ({', '.join(map(str, u))}) and ({', '.join(map(str, v))})",
            [whole(sum(a * b for a, b in zip(u, v, strict=True)))])


def cross(rng: random.Random) -> Made:  # cross product
    u = [rng.randint(-6, 6) for _ in range(3)]
    v = [rng.randint(-6, 6) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if not any(c):
        return None
    return f"u = {u}, v = {v}. u × v = ?", [vec(c)]


def magnitude(rng: random.Random) -> Made:  # length of a vector
    u = [rng.randint(-9, 9) for _ in range(3)]
    v = math.sqrt(sum(a * a for a in u))
    if tie(v) or v == 0:
        return None
    return f"magnitude of the vector <{', '.join(map(str, u))}>", [num(v) if v != int(v) else
                                                                   whole(int(v))]


def angle_vectors(rng: random.Random) -> Made:  # angle between two vectors in degrees
    u, v = r2(rng), r2(rng)
    nu, nv = math.hypot(*u), math.hypot(*v)
    if not nu or not nv:
        return None
    c = (u[0] * v[0] + u[1] * v[1]) / (nu * nv)
    ang = math.degrees(math.acos(max(-1, min(1, c))))
    if tie(ang) or abs(ang - round(ang)) < 1e-6:
        return None
    return (f"angle in degrees between vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]})",
            [dedupe(num(ang) + [f"{s}°" for s in num(ang)])])


def eigen_two(rng: random.Random) -> Made:  # eigenvalues of a 2x2 with integer eigenvalues
    l1, l2 = rng.sample([n for n in range(-6, 9) if n], 2)
    m = [[2 * l1 - l2, l2 - l1], [2 * (l1 - l2), 2 * l2 - l1]]
    lo, hi = sorted((l1, l2))
    return f"eigenvalues of {mat(m)}", [dedupe([f"{lo}", f"λ = {lo}", f"λ={lo}"]),
                                        dedupe([f"{hi}", f"λ = {hi}", f"λ={hi}"])]


def trace_rank(rng: random.Random) -> Made:  # trace of a 3x3
    m = [[rng.randint(-9, 9) for _ in range(3)] for _ in range(3)]
    return f"trace of {mat(m)}?", [whole(m[0][0] + m[1][1] + m[2][2])]


def matrix_solve(rng: random.Random) -> Made:  # a system posed as a matrix equation
    x, y = rng.randint(-9, 9), rng.randint(-9, 9)
    a, b = r2(rng), r2(rng)
    if a[0] * b[1] - a[1] * b[0] == 0:
        return None
    rhs = [a[0] * x + a[1] * y, b[0] * x + b[1] * y]
    return (f"solve Ax = b where A = {mat([a, b])} and b = {rhs}, give x as a vector",
            [vec([x, y])])


# --- statistics --------------------------------------------------------------------------------

def stats_mean(rng: random.Random) -> Made:  # a mean of marks
    xs = [rng.randint(40, 100) for _ in range(rng.randint(6, 10))]
    v = F(sum(xs), len(xs))
    if tie(v):
        return None
    return f"mean of {' '.join(map(str, xs))}", [num(v)]


def stats_median(rng: random.Random) -> Made:  # a median with an even count
    xs = [rng.randint(1, 200) for _ in range(rng.choice([6, 8, 10]))]
    return f"what's the median of {', '.join(map(str, xs))}?", [num(statistics.median(xs))]


def stats_mode(rng: random.Random) -> Made:  # the mode of shoe sizes
    base = [rng.randint(36, 46) for _ in range(7)]
    m = rng.choice(base)
    xs = [*base, m, m]
    rng.shuffle(xs)
    counts = {x: xs.count(x) for x in xs}
    top = max(counts.values())
    if sum(1 for c in counts.values() if c == top) > 1:
        return None
    return (f"shoe sizes sold today: {', '.join(map(str, xs))}. which size is the mode?",
            [mode_forms(max(counts, key=counts.get))])


def mode_forms(m: int) -> list[str]:
    return [f"mode is {m}", f"mode: {m}", f"mode = {m}", f"mode is size {m}", f"size {m}",
            f"**{m}**", f"mode is **{m}**", f"Mode: {m}"]


def stats_range(rng: random.Random) -> Made:  # the range of temperatures
    xs = [rng.randint(-12, 35) for _ in range(7)]
    return (f"temps this week {', '.join(map(str, xs))} — what's the range?",
            [whole(max(xs) - min(xs))])


def stats_sd_pop(rng: random.Random) -> Made:  # population standard deviation
    xs = [rng.randint(1, 50) for _ in range(rng.randint(5, 8))]
    v = statistics.pstdev(xs)
    if tie(v):
        return None
    return f"population standard deviation of {xs}", [num(v)]


def stats_sd_sample(rng: random.Random) -> Made:  # sample standard deviation
    xs = [rng.randint(10, 90) for _ in range(rng.randint(5, 9))]
    v = statistics.stdev(xs)
    if tie(v):
        return None
    return f"sample SD for: {' , '.join(map(str, xs))}", [num(v)]


def stats_var(rng: random.Random) -> Made:  # sample variance
    xs = [rng.randint(1, 30) for _ in range(rng.randint(4, 7))]
    v = statistics.variance([F(x) for x in xs])
    if tie(v):
        return None
    return f"variance (sample) of {', '.join(map(str, xs))}", [num(v)]


def stats_mean_median(rng: random.Random) -> Made:  # two labelled statistics
    xs = [rng.randint(5, 80) for _ in range(rng.choice([5, 7, 9]))]
    m = F(sum(xs), len(xs))
    if tie(m):
        return None
    md = statistics.median(xs)
    return (f"give me the mean and median of {', '.join(map(str, xs))}",
            [dedupe([s for v in num(m) for s in labelled(["mean", "Mean"], v)]),
             dedupe([s for v in num(md) for s in labelled(["median", "Median"], v)])])


def zscore(rng: random.Random) -> Made:  # a z-score
    mu, sd, x = rng.randint(50, 100), rng.randint(3, 20), rng.randint(30, 140)
    v = F(x - mu, sd)
    if tie(v) or x == mu:
        return None
    return (f"test mean {mu}, sd {sd}. I scored {x}. what's my z-score?", [num(v)])


def weighted_mean(rng: random.Random) -> Made:  # a weighted mean of prices
    ps = [rng.randint(2, 15) for _ in range(3)]
    qs = [rng.randint(1, 40) for _ in range(3)]
    v = F(sum(p * q for p, q in zip(ps, qs, strict=True)), sum(qs))
    if tie(v):
        return None
    return (f"bought {qs[0]} kg at ${ps[0]}/kg, {qs[1]} kg at ${ps[1]}/kg and {qs[2]} kg at "
            f"${ps[2]}/kg. average price per kg?", [num(v)])


def iqr(rng: random.Random) -> Made:  # quartiles by the median-of-halves method
    xs = sorted(rng.randint(1, 99) for _ in range(8))
    q1 = F(xs[1] + xs[2], 2)
    q3 = F(xs[5] + xs[6], 2)
    v = q3 - q1
    return (f"interquartile range of {', '.join(map(str, xs))} (Q1 and Q3 as medians of each "
            "half)", [num(v)])


def correlation(rng: random.Random) -> Made:  # Pearson correlation of paired data
    xs = [rng.randint(1, 20) for _ in range(6)]
    ys = [x * rng.choice([2, 3]) + rng.randint(-6, 6) for x in xs]
    if len(set(xs)) < 3:
        return None
    r = statistics.correlation(xs, ys)
    if tie(r):
        return None
    return (f"correlation coefficient between x = {xs} and y = {ys}?", [num(r)])


def regression_slope(rng: random.Random) -> Made:  # least-squares slope
    xs = list(range(1, rng.randint(5, 8)))
    ys = [rng.randint(10, 60) for _ in xs]
    slope = statistics.linear_regression(xs, ys).slope
    if tie(slope):
        return None
    return (f"line of best fit slope for x = {', '.join(map(str, xs))} and y = "
            f"{', '.join(map(str, ys))}", [num(slope)])


# --- probability -------------------------------------------------------------------------------

def dice_sum(rng: random.Random) -> Made:  # probability of a sum with two dice
    s = rng.randint(2, 12)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    v = F(ways, 36)
    return (f"rolling two dice, what's the probability the total is {s}?",
            [dedupe([*frac(v), f"{ways}/36", *num(v), *pct(v * 100)])])


def coin_binom(rng: random.Random) -> Made:  # exactly k heads in n flips
    n = rng.randint(4, 12)
    k = rng.randint(1, n - 1)
    v = F(math.comb(n, k), 2 ** n)
    if tie(v):
        return None
    return (f"flip a fair coin {n} times. chance of exactly {k} heads?",
            [dedupe(frac(v) + num(v) + (pct(v * 100) if not tie(v * 100) else []))])


def cards(rng: random.Random) -> Made:  # drawing two cards without replacement
    kind, n = rng.choice([("aces", 4), ("hearts", 13), ("kings", 4), ("red cards", 26),
                          ("face cards", 12), ("spades", 13), ("queens", 4), ("black cards", 26)])
    k = rng.choice([2, 3])
    v = F(math.perm(n, k), math.perm(52, k))
    word = {2: "two", 3: "three"}[k]
    every = "both" if k == 2 else "all three"
    return (f"{word} cards drawn from a deck without putting back — probability {every} are "
            f"{kind}?",
            [dedupe(frac(v) + (num(v) if not tie(v) else []))])


def at_least_one(rng: random.Random) -> Made:  # at least one success
    p, n = rng.choice([F(1, 6), F(1, 10), F(1, 4), F(1, 5), F(1, 20)]), rng.randint(2, 8)
    v = 1 - (1 - p) ** n
    if tie(v) or tie(v * 100):
        return None
    return (f"an event has a {p} chance each try. over {n} tries, probability it happens at "
            "least once? decimal", [num(v)])


def expected_value(rng: random.Random) -> Made:  # a raffle's expected value
    price, prize, tickets = rng.randint(1, 10), rng.randint(50, 2000), rng.randint(100, 2000)
    v = F(prize, tickets) - price
    if tie(v):
        return None
    return (f"raffle ticket costs ${price}, {tickets} tickets sold, one prize of ${prize}. "
            "expected value of buying one ticket?", [num(v)])


def marbles(rng: random.Random) -> Made:  # a marble from a bag
    r, b, g = rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 12)
    v = F(r + g, r + b + g)
    return (f"bag with {r} red, {b} blue and {g} green marbles. P(red or green)?",
            [dedupe(frac(v) + [f"{r + g}/{r + b + g}"] + (num(v) if not tie(v) else []))])


def birthday(rng: random.Random) -> Made:  # the birthday problem
    n = rng.randint(5, 60)
    p = 1.0
    for i in range(n):
        p *= (365 - i) / 365
    v = (1 - p) * 100
    if tie(v):
        return None
    return (f"in a room of {n} people what's the % chance at least two share a birthday "
            "(365 days)?", [pct(v)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    det_two, det_three, inverse_two, mat_mult, mat_vec, dot, cross, magnitude, angle_vectors,
    eigen_two, trace_rank, matrix_solve, stats_mean, stats_median, stats_mode, stats_range,
    stats_sd_pop, stats_sd_sample, stats_var, stats_mean_median, zscore, weighted_mean, iqr,
    correlation, regression_slope, dice_sum, coin_binom, cards, at_least_one, expected_value,
    marbles, birthday)]
