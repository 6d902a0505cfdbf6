"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 10: motion along a line,
matrices and vectors."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, fam, fr, ints
from bench.data.agents.heldout19_math_3 import lab
from bench.data.agents.heldout19_math_4 import polyn
from bench.data.agents.helpers import Family


@fam
def velocity_time(rng: random.Random) -> Made:
    a, b, c, t = rng.randint(1, 4), rng.randint(-10, 10), rng.randint(1, 20), rng.randint(1, 8)
    s = polyn([(a, 3), (b, 2), (c, 1)]).replace("x", "t")
    v = 3 * a * t * t + 2 * b * t + c
    q = ch(
        rng,
        [
            "a particle's position is s(t) = {s} metres. velocity at t = {t} s (in m/s)?",
            "s = {s}; how fast is it moving at t={t}?",
        ],
    )
    return q.format(s=s, t=t), [ints(v)]


def _mat(m: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in m) + "]"


@fam
def det2(rng: random.Random) -> Made:
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    val = a * d - b * c
    t = ch(rng, ["determinant of {m}", "det of the matrix {m}?", "what's |A| for A = {m}"])
    return t.format(m=_mat([[a, b], [c, d]])), [ints(val)]


@fam
def det3(rng: random.Random) -> Made:
    m = [[rng.randint(-5, 6) for _ in range(3)] for _ in range(3)]
    a, b, c = m[0]
    d, e, f = m[1]
    g, h, i = m[2]
    val = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    if val == 0:
        raise Again
    t = ch(
        rng, ["determinant of {m}", "find det {m}", "compute the determinant of the 3x3 matrix {m}"]
    )
    return t.format(m=_mat(m)), [ints(val)]


@fam
def inverse_entry(rng: random.Random) -> Made:
    a, b, c, d = (rng.randint(-6, 9) for _ in range(4))
    det = a * d - b * c
    if det in (0, 1, -1):
        raise Again
    pos = ch(rng, [("top-left", d), ("top-right", -b), ("bottom-left", -c), ("bottom-right", a)])
    val = Fr(pos[1], det)
    return f"for A = {_mat([[a, b], [c, d]])}, what is the {pos[0]} entry of A⁻¹?", [fr(val)]


@fam
def matmul_entry(rng: random.Random) -> Made:
    A = [[rng.randint(-5, 7) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-5, 7) for _ in range(2)] for _ in range(2)]
    i, j = rng.randint(0, 1), rng.randint(0, 1)
    val = A[i][0] * B[0][j] + A[i][1] * B[1][j]
    t = ch(
        rng,
        [
            "A = {a}, B = {b}. what's the entry in row {i}, column {j} of AB?",
            "multiply {a} by {b}; give element ({i},{j}) of the product",
        ],
    )
    return t.format(a=_mat(A), b=_mat(B), i=i + 1, j=j + 1), [ints(val)]


@fam
def trace_combo(rng: random.Random) -> Made:
    A = [[rng.randint(-9, 9) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-9, 9) for _ in range(2)] for _ in range(2)]
    k = rng.randint(2, 5)
    val = A[0][0] + A[1][1] + k * (B[0][0] + B[1][1])
    return f"A = {_mat(A)} and B = {_mat(B)}. what's the trace of A + {k}B?", [ints(val)]


@fam
def eigen_sym(rng: random.Random) -> Made:
    a, b = rng.randint(-6, 9), rng.randint(1, 8)
    t = ch(rng, ["eigenvalues of {m}?", "find the eigenvalues of the matrix {m}"])
    return t.format(m=_mat([[a, b], [b, a]])), [ints(a - b), ints(a + b)]


def _vec(v: tuple[int, ...]) -> str:
    return "(" + ", ".join(map(str, v)) + ")"


@fam
def dot_product(rng: random.Random) -> Made:
    u = tuple(rng.randint(-9, 9) for _ in range(3))
    v = tuple(rng.randint(-9, 9) for _ in range(3))
    val = sum(x * y for x, y in zip(u, v, strict=True))
    t = ch(rng, ["dot product of {u} and {v}", "u = {u}, v = {v}, what's u · v?", "{u}·{v} = ?"])
    return t.format(u=_vec(u), v=_vec(v)), [ints(val)]


@fam
def cross_product(rng: random.Random) -> Made:
    u = tuple(rng.randint(-6, 6) for _ in range(3))
    v = tuple(rng.randint(-6, 6) for _ in range(3))
    w = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
    if w == (0, 0, 0):
        raise Again
    core = ",".join(map(str, w))
    t = ch(rng, ["cross product {u} × {v}", "what is u × v for u = {u} and v = {v}?"])
    return t.format(u=_vec(u), v=_vec(v)), [[f"({core})", f"[{core}]", f"<{core}>", f"⟨{core}⟩"]]


QUADS = [
    (1, 2, 2, 3),
    (2, 3, 6, 7),
    (1, 4, 8, 9),
    (4, 4, 7, 9),
    (2, 6, 9, 11),
    (6, 6, 7, 11),
    (3, 4, 12, 13),
    (2, 10, 11, 15),
    (1, 12, 12, 17),
    (8, 9, 12, 17),
]


@fam
def magnitude(rng: random.Random) -> Made:
    *v, n = ch(rng, QUADS)
    k = rng.randint(1, 3)
    rng.shuffle(v)
    v = [x * k * rng.choice([1, -1]) for x in v]
    t = ch(rng, ["magnitude of the vector {v}?", "length of {v}", "|v| for v = {v}"])
    return t.format(v=_vec(tuple(v))), [ints(n * k)]


@fam
def vector_angle(rng: random.Random) -> Made:
    u = tuple(rng.randint(-6, 6) for _ in range(3))
    v = tuple(rng.randint(-6, 6) for _ in range(3))
    nu, nv = math.sqrt(sum(x * x for x in u)), math.sqrt(sum(x * x for x in v))
    if nu == 0 or nv == 0:
        raise Again
    cosv = sum(x * y for x, y in zip(u, v, strict=True)) / (nu * nv)
    ang = math.degrees(math.acos(max(-1, min(1, cosv))))
    if abs(ang * 10 % 1 - 0.5) < 0.05 or ang < 1:
        raise Again
    return f"angle between {_vec(u)} and {_vec(v)} in degrees, 1 decimal", [[f"{ang:.1f}"]]


@fam
def matrix_system(rng: random.Random) -> Made:
    x, y = rng.randint(-9, 9), rng.randint(-9, 9)
    a, b, c, d = (rng.randint(-5, 6) for _ in range(4))
    if a * d - b * c == 0 or x == y or 0 in (x, y):
        raise Again
    return (
        f"solve A v = b where A = {_mat([[a, b], [c, d]])} and b = "
        f"{_vec((a * x + b * y, c * x + d * y))}, v = (x, y)"
    ), [lab("x", Fr(x)), lab("y", Fr(y))]


@fam
def matrix_power_entry(rng: random.Random) -> Made:
    k, n = rng.randint(2, 9), rng.randint(3, 12)
    return f"A = [[1, {k}], [0, 1]]. what's the top-right entry of A^{n}?", [ints(k * n)]


@fam
def scalar_projection(rng: random.Random) -> Made:
    *b, n = ch(rng, QUADS)
    rng.shuffle(b)
    a = tuple(rng.randint(-8, 8) for _ in range(3))
    val = Fr(sum(x * y for x, y in zip(a, b, strict=True)), n)
    if val == 0:
        raise Again
    return f"scalar projection of a = {_vec(a)} onto b = {_vec(tuple(b))}?", [fr(val) + dp(val, 2)]


@fam
def scale_add_entry(rng: random.Random) -> Made:
    A = [[rng.randint(-9, 9) for _ in range(2)] for _ in range(2)]
    B = [[rng.randint(-9, 9) for _ in range(2)] for _ in range(2)]
    p, q = rng.randint(2, 5), rng.randint(2, 4)
    C = [[p * A[i][j] - q * B[i][j] for j in range(2)] for i in range(2)]
    core = ",".join(f"[{r[0]},{r[1]}]" for r in C)
    paren = ",".join(f"({r[0]},{r[1]})" for r in C)
    return f"compute {p}A − {q}B for A = {_mat(A)}, B = {_mat(B)}", [[f"[{core}]", f"({paren})"]]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        velocity_time,
        det2,
        det3,
        inverse_entry,
        matmul_entry,
        trace_combo,
        eigen_sym,
        dot_product,
        cross_product,
        magnitude,
        vector_angle,
        matrix_system,
        matrix_power_entry,
        scalar_projection,
        scale_add_entry,
    )
]
