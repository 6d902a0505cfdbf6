"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 8: matrices and vectors.
"""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import exact, fam, pick, rounded
from bench.data.agents.helpers import Family

F = Fraction


@fam
def det2(rng: random.Random) -> Any:
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    return pick(rng, f"determinant of [[{a}, {b}], [{c}, {d}]]", f"det of the matrix {a} {b}; {c} {d}"), \
        exact(a * d - b * c)


@fam
def det3(rng: random.Random) -> Any:
    m = [[rng.randint(-4, 6) for _ in range(3)] for _ in range(3)]
    d = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
         + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    return f"find the determinant of [[{m[0][0]},{m[0][1]},{m[0][2]}],[{m[1][0]},{m[1][1]},{m[1][2]}],[{m[2][0]},{m[2][1]},{m[2][2]}]]", exact(d)


@fam
def mat_vec(rng: random.Random) -> Any:
    a, b, c, d, x, y = (rng.randint(-5, 7) for _ in range(6))
    return f"multiply the matrix [[{a}, {b}], [{c}, {d}]] by the vector ({x}, {y})", \
        [f"({a * x + b * y}, {c * x + d * y})", f"[{a * x + b * y}, {c * x + d * y}]",
         f"({a * x + b * y},{c * x + d * y})"]


@fam
def eigen2(rng: random.Random) -> Any:
    l1, l2 = rng.sample(range(-5, 9), 2)
    m = [[2 * l1 - l2, l2 - l1], [2 * l1 - 2 * l2, 2 * l2 - l1]]
    if rng.random() < .5:
        m = [[m[0][0], m[1][0]], [m[0][1], m[1][1]]]
    return pick(rng, f"eigenvalues of [[{m[0][0]}, {m[0][1]}], [{m[1][0]}, {m[1][1]}]]",
                f"find the eigenvalues of the matrix with rows ({m[0][0]}, {m[0][1]}) and ({m[1][0]}, {m[1][1]})"), \
        exact(l1), exact(l2)


@fam
def dot(rng: random.Random) -> Any:
    u = [rng.randint(-6, 9) for _ in range(3)]
    v = [rng.randint(-6, 9) for _ in range(3)]
    return pick(rng, f"dot product of ({u[0]}, {u[1]}, {u[2]}) and ({v[0]}, {v[1]}, {v[2]})",
                f"u = <{u[0]},{u[1]},{u[2]}>, v = <{v[0]},{v[1]},{v[2]}>, u·v = ?"), exact(sum(a * b for a, b in zip(u, v, strict=True)))


@fam
def cross(rng: random.Random) -> Any:
    u = [rng.randint(-5, 6) for _ in range(3)]
    v = [rng.randint(-5, 6) for _ in range(3)]
    c = (u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0])
    return f"cross product of ({u[0]}, {u[1]}, {u[2]}) × ({v[0]}, {v[1]}, {v[2]})", \
        [f"({c[0]}, {c[1]}, {c[2]})", f"[{c[0]}, {c[1]}, {c[2]}]", f"({c[0]},{c[1]},{c[2]})", f"<{c[0]}, {c[1]}, {c[2]}>",
         f"⟨{c[0]}, {c[1]}, {c[2]}⟩"]


@fam
def magnitude(rng: random.Random) -> Any:
    u = [rng.randint(-9, 9) for _ in range(3)]
    s = sum(a * a for a in u)
    from decimal import Decimal, getcontext
    getcontext().prec = 30
    r = int(s**0.5)
    approx = rounded(F(Decimal(s).sqrt()))
    if approx is None:
        return None
    forms = exact(r) if r * r == s else [*approx, f"√{s}", f"sqrt({s})"]
    return f"length of the vector ({u[0]}, {u[1]}, {u[2]}), 2 decimals if it's not whole", forms


@fam
def mat_mult(rng: random.Random) -> Any:
    a = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    p = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return f"compute AB where A = [[{a[0][0]},{a[0][1]}],[{a[1][0]},{a[1][1]}]] and B = [[{b[0][0]},{b[0][1]}],[{b[1][0]},{b[1][1]}]]. what's the top-left entry and the bottom-right entry", \
        exact(p[0][0]), exact(p[1][1])


@fam
def trace_sq(rng: random.Random) -> Any:
    a, b, c, d = (rng.randint(-4, 6) for _ in range(4))
    tr = a * a + b * c + c * b + d * d
    return f"A = [[{a}, {b}], [{c}, {d}]]. what's the trace of A^2", exact(tr)


@fam
def solve_axb(rng: random.Random) -> Any:
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    a, b, c, d = (rng.randint(1, 7) for _ in range(4))
    if a * d == b * c:
        return None
    return f"solve A·v = b with A = [[{a}, {b}], [{c}, {d}]] and b = ({a * x + b * y}, {c * x + d * y}). v = (x, y)?", \
        [f"x={x}", f"x = {x}", f"({x}, {y})", f"({x},{y})"], [f"y={y}", f"y = {y}", f"({x}, {y})", f"({x},{y})"]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    det2, det3, mat_vec, eigen2, dot, cross, magnitude, mat_mult, trace_sq, solve_axb)]
