"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part four: derivatives,
integrals, limits and linear algebra (answer forms from :mod:`bench.data.agents.heldout15_math`
and :mod:`bench.data.agents.heldout15_algebra`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout15_algebra import NZ, ex, forms
from bench.data.agents.heldout15_math import EQ, N, T, U, dedupe, fracs, need, nums
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES
AREA = ("m²", "m^2", "square metres", "square meters", "sq m")


def cubic(r: random.Random) -> list[tuple[int, str]]:
    return [(r.randint(1, 9), "x^3"), (r.choice(NZ), "x^2"), (r.choice(NZ), "x"),
            (r.randint(-20, 20), "")]


def d(terms: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The derivative of a polynomial in the (coefficient, monomial) form."""
    out = []
    for c, mono in terms:
        n = 0 if not mono else int(mono[2:] or 1) if mono.startswith("x^") else 1
        out.append((c * n, "" if n <= 1 else ("x" if n == 2 else f"x^{n - 1}")))
    return out


def at(terms: list[tuple[int, str]], v: Any) -> Any:
    return sum(c * (v ** (0 if not m else int(m[2:]) if m.startswith("x^") else 1))
               for c, m in terms)


def plus_c(terms: list[tuple[Any, str]]) -> list[list[str]]:
    return [forms(terms)]


def exact_dec(value: Fraction) -> list[list[str]]:
    return [dedupe(fracs(value) + (nums(value) if value.denominator != 1 else []))]


def matrix(rows: list[list[int]]) -> list[list[str]]:
    spaced = "[" + ", ".join("[" + ", ".join(map(str, row)) + "]" for row in rows) + "]"
    return [dedupe([spaced, spaced.replace(" ", "")])]


def vector(values: list[Any]) -> list[list[str]]:
    body = [", ".join(map(str, values)), ",".join(map(str, values))]
    column = "[" + ", ".join(f"[{v}]" for v in values) + "]"
    return [dedupe([f"({b})" for b in body] + [f"[{b}]" for b in body] + [f"<{body[0]}>", column])]


def cosine(a: int, b: int, c: int, e: int) -> float:
    value = (a * c + b * e) / math.hypot(a, b) / math.hypot(c, e)
    need(abs(value) < 0.9999)
    return value


def mtext(rows: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, row)) + "]" for row in rows) + "]"


def grid(n: int, lo: int = -9, hi: int = 9) -> Any:
    pool = [v for v in range(lo, hi + 1) if v]
    return lambda r: [[r.choice(pool) for _ in range(n)] for _ in range(n)]


def det3(m: list[list[int]]) -> int:
    (a, b, c), (e, f, g), (h, i, j) = m
    return a * (f * j - g * i) - b * (e * j - g * h) + c * (e * i - f * h)


def unimodular(r: random.Random) -> list[list[int]]:
    """A 2x2 integer matrix with determinant 1, so its inverse is an integer matrix."""
    k, j = r.choice(NZ), r.choice(NZ)
    need(1 + k * j != 0)
    return [[1 + k * j, k], [j, 1]] if r.random() < 0.5 else [[1, j], [k, 1 + k * j]]


# --- derivatives ------------------------------------------------------------------------
T(F, "deriv_poly", "derivative of {f}", lambda t: d(t), plus_c, pre=lambda t: {"f": ex(t)},
  t=cubic)
T(F, "deriv_prime", "f(x) = {f}. find f'(x)", lambda t: d(t), plus_c,
  pre=lambda t: {"f": ex(t)}, t=lambda r: [(r.randint(1, 6), "x^4"), (r.choice(NZ), "x^3"),
                                          (r.randint(-12, 12), "x"), (r.randint(1, 30), "")])
T(F, "deriv_ddx", "d/dx ({f}) = ?", lambda t: d(t), plus_c, pre=lambda t: {"f": ex(t)},
  t=lambda r: [(r.randint(2, 9), "x^5"), (r.choice(NZ), "x^2"), (r.randint(-15, 15), "")])
T(F, "second_deriv", "what's the second derivative of {f}", lambda t: d(d(t)), plus_c,
  pre=lambda t: {"f": ex(t)}, t=cubic)
T(F, "slope_at", "how steep is y = {f} at x = {v}? (value of the derivative)",
  lambda t, v: at(d(t), v), N, pre=lambda t: {"f": ex(t)}, t=cubic, v=(-4, 5))
T(F, "exp_rate_at", "derivative of e^({k}x) evaluated at x = {v}",
  lambda k, v: k * math.exp(k * v), N, k=[2, 3, 0.5, -0.5, -2, 1.5], v=[0.5, 1, 1.5, 2, 0.25])
T(F, "xlnx_at", "differentiate x^2 ln(x) and give the value at x = {v}",
  lambda v: 2 * v * math.log(v) + v, N, v=(2, 40))
T(F, "sin_rate_at", "d/dx sin({k}x) at x = {v} (radians)", lambda k, v: k * math.cos(k * v), N,
  k=(2, 6), v=[0.5, 1, 1.5, 2, 2.5, 3])
T(F, "velocity", "a ball's height is h(t) = {f} metres after t seconds. how fast is it moving at "
  "t = {v}?", lambda a, b, v: abs(-2 * a * v + b), U("m/s", "metres per second"),
  pre=lambda a, b, c: {"f": ex([(-a, "t^2"), (b, "t"), (c, "")])}, a=[5], b=(10, 40), c=(1, 20),
  v=[0.5, 1, 1.5, 2, 2.5, 3, 3.5])
T(F, "stationary", "where does f(x) = {f} have its turning point? (x value)",
  lambda a, h: h, EQ("x"), pre=lambda a, h, k: {"f": ex([(a, "x^2"), (-2 * a * h, "x"),
                                                         (a * h * h + k, "")])},
  a=[1, 2, 3, -1, -2], h=NZ, k=(-9, 9))
T(F, "tangent", "tangent line to y = {f} at x = {a}?", lambda a, b: [(2 * a + b, "x"), (-a * a,
  "")],
  lambda t: [dedupe([f"y = {f}" for f in forms(t)] + [f"y={f}" for f in forms(t)])],
  pre=lambda b: {"f": ex([(1, "x^2"), (b, "x")])}, a=NZ, b=NZ)
T(F, "fence_max", "I've got {L} m of fencing to make a rectangular pen. what's the biggest area I "
  "can enclose?", lambda L: Fraction(L * L, 16), U(*AREA), L=(12, 200))

# --- integrals ------------------------------------------------------------------------
T(F, "antideriv", "integrate {f} dx", lambda a, b, c: [(a, "x^3"), (b, "x^2"), (c, "x")], plus_c,
  pre=lambda a, b, c: {"f": ex([(3 * a, "x^2"), (2 * b, "x"), (c, "")])}, a=(1, 5), b=NZ, c=NZ)
T(F, "def_int", "∫ from {lo} to {hi} of ({f}) dx", lambda a, b, lo, hi: Fraction(
  a * (hi ** 3 - lo ** 3), 3) + b * (hi - lo), exact_dec,
  pre=lambda a, b: {"f": ex([(a, "x^2"), (b, "")])}, a=(1, 6), b=(-9, 9), lo=(-3, 1), hi=(2, 6))
T(F, "area_under", "area under y = x^2 + {c} between x = 0 and x = {u}",
  lambda c, u: Fraction(u ** 3, 3) + c * u, exact_dec, c=(1, 12), u=(1, 9))
T(F, "int_exp", "definite integral of e^x from 0 to {u}, numerically",
  lambda u: math.exp(u) - 1, N, u=[0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 0.25, 0.75])
T(F, "int_recip", "integrate 1/x from 1 to {u}", lambda u: math.log(u), N, u=(2, 60))
T(F, "int_cos", "what's the integral of cos(x) from 0 to {t}", lambda u: math.sin(u / 10), N,
  u=(1, 30), pre=lambda u: {"t": f"{u / 10:g}"})
T(F, "avg_value", "average value of f(x) = {k}x^2 on the interval [0, {u}]",
  lambda k, u: Fraction(k * u * u, 3), exact_dec, k=(1, 9), u=(1, 8))

# --- limits ---------------------------------------------------------------------------
T(F, "lim_hole", "limit of (x^2 - {s})/(x - {a}) as x approaches {a}", lambda a: 2 * a, N,
  pre=lambda a: {"s": a * a}, a=(2, 30))
T(F, "lim_inf", "what does ({top})/({bot}) tend to as x → ∞?", lambda a, c: Fraction(a, c),
  exact_dec, pre=lambda a, b, c, e: {"top": ex([(a, "x^2"), (b, "x")]),
                                     "bot": ex([(c, "x^2"), (e, "")])},
  a=(1, 9), b=NZ, c=(2, 9), e=NZ)
T(F, "lim_sin", "lim x→0 of sin({k}x)/({m}x)", lambda k, m: Fraction(k, m), exact_dec, k=(2, 15),
  m=(2, 9), pre=lambda k, m: need(Fraction(k, m).denominator != 1) or {})
T(F, "lim_plug", "limit as x goes to {v} of {f}", lambda t, v: at(t, v), N,
  pre=lambda t: {"f": ex(t)}, t=cubic, v=(-3, 4))
T(F, "lim_e", "limit of (1 + {k}/n)^n as n → infinity, as a decimal", lambda k: math.exp(k), N,
  k=[2, 3, 4, 5, 6, 7, 0.5, 1.5, 2.5, 3.5])

# --- linear algebra ---------------------------------------------------------------------
T(F, "det2", "determinant of {t}", lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0], N,
  pre=lambda m: {"t": mtext(m)}, m=grid(2))
T(F, "det3", "det of the 3x3 matrix {t}?", lambda m: det3(m), N, pre=lambda m: {"t": mtext(m)},
  m=grid(3, -6, 9))
T(F, "det_rows", "find the determinant — first row {a} {b}, second row {c} {e}",
  lambda a, b, c, e: a * e - b * c, N, a=(-9, 12), b=(-9, 12), c=(-9, 12), e=(-9, 12))
T(F, "matmul", "multiply {p} by {q}", lambda m, n: [[sum(m[i][k] * n[k][j] for k in range(2))
                                                      for j in range(2)] for i in range(2)], matrix,
  pre=lambda m, n: {"p": mtext(m), "q": mtext(n)}, m=grid(2, -5, 9), n=grid(2, -5, 9))
T(F, "inverse2", "inverse of the matrix {t}", lambda m: [[m[1][1], -m[0][1]], [-m[1][0], m[0][0]]],
  matrix, pre=lambda m: {"t": mtext(m)}, m=unimodular)
T(F, "dot", "dot product of ({a}, {b}, {c}) and ({e}, {f}, {g})",
  lambda a, b, c, e, f, g: a * e + b * f + c * g, N, a=(-9, 9), b=(-9, 9), c=(-9, 9),
  e=(-9, 9), f=(-9, 9), g=(-9, 9))
T(F, "cross", "cross product of [{a}, {b}, {c}] and [{e}, {f}, {g}]",
  lambda a, b, c, e, f, g: [b * g - c * f, c * e - a * g, a * f - b * e], vector, a=(-6, 6),
  b=(-6, 6), c=(-6, 6), e=(-6, 6), f=(-6, 6), g=(-6, 6))
T(F, "magnitude", "length of the vector ({a}, {b}, {c})", lambda a, b, c: math.sqrt(
  a * a + b * b + c * c), N, a=(-12, 12), b=(-12, 12), c=(1, 12))
T(F, "vec_angle", "angle between the vectors ({a}, {b}) and ({c}, {e}), in degrees",
  lambda a, b, c, e: math.degrees(math.acos(cosine(a, b, c, e))),
  U("°", "degrees"), a=(-9, 9), b=(1, 9), c=(1, 9), e=(-9, 9))
T(F, "eigen_sym", "eigenvalues of [[{a}, {b}], [{b}, {a}]]", lambda a, b: sorted((a - b, a + b)),
  lambda v: [nums(x) for x in v], a=(-9, 12), b=(1, 9))
T(F, "mat_solve", "solve A·v = b where A = {t} and b = ({p}, {q}); give x and y",
  lambda x, y: (x, y), EQ("x", "y"), pre=lambda m, x, y: need(
      m[0][0] * m[1][1] != m[0][1] * m[1][0]) or {"t": mtext(m), "p": m[0][0] * x + m[0][1] * y,
                                                   "q": m[1][0] * x + m[1][1] * y},
  m=grid(2, 1, 9), x=(-9, 9), y=(-9, 9))
T(F, "trace3", "trace of {t}", lambda m: m[0][0] + m[1][1] + m[2][2], N,
  pre=lambda m: {"t": mtext(m)}, m=grid(3, -20, 40))
T(F, "mat_vec", "what's {t} times the column vector ({p}, {q})",
  lambda m, p, q: [m[0][0] * p + m[0][1] * q, m[1][0] * p + m[1][1] * q], vector,
  pre=lambda m: {"t": mtext(m)}, m=grid(2, -6, 9), p=(-9, 9), q=(-9, 9))
