"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part six: equations, calculus,
matrices, sequences and chance asked in other words, and word problems that need them
(answer forms from :mod:`bench.data.agents.heldout15_math` and
:mod:`bench.data.agents.heldout15_algebra`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout15_algebra import NZ, ex, forms, lin, pair, quad, roots2
from bench.data.agents.heldout15_algebra_2 import exact_dec, grid, matrix, mtext, vector
from bench.data.agents.heldout15_math import EQ, N, S, T, U, dedupe, money, need
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES
HOURS = ("hours", "hrs", "h")
SUITS = ["heart", "spade", "diamond", "club"]


def frac_dec(value: Fraction) -> list[list[str]]:
    """A probability: 5/36, 0.1389 or 13.89%."""
    out = [str(value)]
    if value.denominator != 1:
        need(abs(abs(float(value) * 10**4) % 1 - 0.5) > 1e-6)
        out += [f"{float(value):.4f}", f"{float(value) * 100:.2f}%"]
    return [dedupe(out)]


def square_form(h: int, k: int) -> list[str]:
    inner = lin(1, h)
    tail = "" if k == 0 else (f" + {k}" if k > 0 else f" - {-k}")
    base = [f"({inner})^2{tail}", f"({inner})**2{tail}", f"({inner})²{tail}"]
    return dedupe(base + [b.replace(" ", "") for b in base])


def fib(n: int) -> int:
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return a


def add_m(m: list[list[int]], n: list[list[int]], k: int = 1) -> list[list[int]]:
    return [[m[i][j] + k * n[i][j] for j in range(2)] for i in range(2)]


def mul_m(m: list[list[int]], n: list[list[int]]) -> list[list[int]]:
    return [[sum(m[i][t] * n[t][j] for t in range(2)) for j in range(2)] for i in range(2)]


def cubic3(r: random.Random) -> tuple[int, int, int]:
    a, b, c = sorted(r.sample([n for n in range(-6, 8) if n], 3))
    return a, b, c


def poly_of(rs: tuple[int, ...]) -> list[tuple[int, str]]:
    a, b, c = rs
    return [(1, "x^3"), (-(a + b + c), "x^2"), (a * b + a * c + b * c, "x"), (-a * b * c, "")]


def four(value: Any) -> list[list[str]]:
    """An exact fraction when there is one, and four decimals (small rates of change)."""
    need(abs(abs(float(value) * 10**4) % 1 - 0.5) > 1e-6)
    text = f"{float(value):.4f}"
    exact = [str(value)] if isinstance(value, Fraction) else []
    return [dedupe([*exact, text])]


# --- equations and functions -------------------------------------------------------------
T(F, "solve_y", "find y: {l} = {rt}", lambda y: y, EQ("y"),
  pre=lambda a, b, c, y: need(a != c) or {"l": lin(a, b, "y"), "rt": lin(c, (a - c) * y + b, "y")},
  a=(3, 12), b=(-20, 20), c=(1, 9), y=(-12, 15))
T(F, "what_x_makes", "what value of x makes {a}x - {b} equal to {c}?", lambda x: x, EQ("x"),
  pre=lambda a, b, x: {"c": a * x - b}, a=(2, 11), b=(1, 40), x=(-9, 30))
T(F, "zeros_of", "zeros of f(x) = {q}?", lambda a, b: (a, b), EQ("x"),
  pre=lambda ab: {"q": quad(*ab), "a": ab[0], "b": ab[1]}, ab=roots2)
T(F, "rect_width", "a rectangle is {d} cm longer than it is wide and its area is {A} cm². how "
  "wide is it?", lambda w: w, U("cm", "centimetres"), pre=lambda d, w: {"A": w * (w + d)},
  d=(2, 12), w=(3, 25))
T(F, "ball_lands", "I throw a ball straight up; its height is h = {v}t - 5t^2 metres. after how "
  "many seconds does it come back down to the ground?", lambda v: Fraction(v, 5),
  U("seconds", "s", "sec"), v=(6, 40))
T(F, "discriminant", "what's the discriminant of {q}?", lambda a, b, c: b * b - 4 * a * c, N,
  pre=lambda a, b, c: {"q": ex([(a, "x^2"), (b, "x"), (c, "")])}, a=(1, 6), b=NZ, c=(-12, 12))
T(F, "complete_sq", "write {q} in the form (x + p)^2 + q", lambda h, k: square_form(h, k), S,
  pre=lambda h, k: {"q": ex([(1, "x^2"), (2 * h, "x"), (h * h + k, "")])}, h=NZ, k=NZ)
T(F, "root_sum", "without solving, what's the sum of the roots of {q} = 0?",
  lambda a, b: Fraction(-b, a), exact_dec,
  pre=lambda a, b, c: {"q": ex([(a, "x^2"), (b, "x"), (c, "")])}, a=(2, 7), b=NZ, c=(-15, -1))
T(F, "growth_t", "{p}·(1.{g:02d})^t = {v}. solve for t, two decimals", lambda p, g, v: math.log(
  v / p) / math.log(1 + g / 100), EQ("t"), p=(100, 900), g=[3, 4, 5, 6, 8, 10, 12],
  v=(1000, 5000))
T(F, "log10_dp", "log10 of {n}, to two decimal places", lambda n: math.log10(n), N, n=(2, 99999))
T(F, "log_sum", "work out log2({a}) + log2({b})", lambda p, q: p + q, N,
  pre=lambda p, q: {"a": 2 ** p, "b": 2 ** q}, p=(1, 9), q=(2, 10))
T(F, "eval_ab", "evaluate 3a^2 - 2ab + b^2 when a = {a} and b = {b}",
  lambda a, b: 3 * a * a - 2 * a * b + b * b, N, a=(-9, 9), b=(-9, 9))
T(F, "suvat", "using v = u + at, what's v when u = {u}, a = {a} and t = {t}?",
  lambda u, a, t: u + a * t, N, u=(0, 30), a=[1.5, 2, 2.5, 3, 4, 9.8, -2], t=(2, 12))
T(F, "radius_from_area", "a circle has an area of {A} cm². what's its radius?",
  lambda A: math.sqrt(A / math.pi), U("cm", "centimetres"), A=(20, 2000))
T(F, "reduce_rational", "simplify ({n}) / ({dn})", lambda a, b, c: [
  f"({lin(1, -b)})/({lin(1, -c)})", f"({lin(1, -b)}) / ({lin(1, -c)})"], S,
  pre=lambda a, b, c: need(len({a, b, c}) == 3) or {"n": quad(a, b), "dn": quad(a, c)},
  a=NZ, b=NZ, c=NZ)

# --- expanding and factoring ------------------------------------------------------------
T(F, "expand_three", "expand (x {s1})(x {s2})(x {s3})", lambda rs: poly_of(rs),
  lambda t: [forms(t)], pre=lambda rs: {f"s{i + 1}": lin(1, -v)[2:] for i, v in enumerate(rs)},
  rs=cubic3)
T(F, "expand_conj", "expand ({a}x + {b})({a}x - {b})", lambda a, b: [(a * a, "x^2"), (-b * b, "")],
  lambda t: [forms(t)], a=(2, 9), b=(1, 12))
T(F, "factor_cube_diff", "factor x^3 - {n}x completely", lambda k: [
  f"x(x - {k})(x + {k})", f"x(x + {k})(x - {k})", f"x*(x - {k})*(x + {k})",
  f"x*(x + {k})*(x - {k})", f"x (x - {k}) (x + {k})"], S, pre=lambda k: {"n": k * k}, k=(2, 12))
T(F, "factor_perfect", "factorise {q}", lambda k: [f"({lin(1, k)})^2", f"({lin(1, k)})**2",
                                                   f"({lin(1, k)})²",
  f"({lin(1, k)})({lin(1, k)})"],
  S, pre=lambda k: {"q": ex([(1, "x^2"), (2 * k, "x"), (k * k, "")])}, k=[*NZ, 10, 11, -10])
T(F, "factor_lead", "can you factor {e}", lambda a, p, q: pair(lin(a, p), lin(1, q)), S,
  pre=lambda a, p, q: need(math.gcd(a, p) == 1 and a * q + p != 0) or {
      "e": ex([(a, "x^2"), (a * q + p, "x"), (p * q, "")])}, a=[2, 3, 5], p=NZ, q=NZ)

# --- calculus in other words ---------------------------------------------------------------
T(F, "quot_at", "what's the derivative of x/(x^2 + 1) at x = {v}?",
  lambda v: Fraction(1 - v * v, (v * v + 1) ** 2), four, v=(2, 12))
T(F, "chain_at", "differentiate (x^2 + {a})^3 and evaluate at x = {v}",
  lambda a, v: 3 * (v * v + a) ** 2 * 2 * v, N, a=(1, 9), v=(-4, 4),
  pre=lambda v: need(v != 0) or {})
T(F, "sqrt_rate", "rate of change of √x at x = {v}", lambda v: 1 / (2 * math.sqrt(v)), four,
  v=(2, 60), pre=lambda v: need(math.isqrt(v) ** 2 != v) or {})
T(F, "power_int", "∫₀^{u} x^{n} dx — exact value please", lambda n, u: Fraction(u ** (n + 1),
  n + 1),
  exact_dec, n=(2, 6), u=(2, 5))
T(F, "antideriv_odd", "find the antiderivative of {f}", lambda a, b: [(a, "x^4"), (-b, "x^2")],
  lambda t: [forms(t)], pre=lambda a, b: {"f": ex([(4 * a, "x^3"), (-2 * b, "x")])}, a=(1, 6),
  b=NZ)
T(F, "sqrt_int", "integral of sqrt(x) from 1 to {u}", lambda u: Fraction(2, 3) * (u ** 1.5 - 1), N,
  u=(2, 50))
T(F, "expk_int", "integrate e^({k}x) from 0 to 1", lambda k: (math.exp(k) - 1) / k, N,
  k=[2, 3, 4, 5, 0.5, 1.5, 2.5, -1, -2, -3])
T(F, "lim_factor", "evaluate the limit as x → {a} of ({q})/({p})", lambda a, b: a - b, N,
  pre=lambda a, b: need(a != b) or {"q": quad(a, b), "p": lin(1, -a)}, a=NZ, b=NZ)
T(F, "lim_root", "limit as x→{s} of (√x - {a})/(x - {s})", lambda a: Fraction(1, 2 * a), exact_dec,
  pre=lambda a: {"s": a * a}, a=(2, 12))
T(F, "best_price", "profit is P(x) = -{a}x^2 + {b}x - {c}. what x gives the maximum profit?",
  lambda a, b: Fraction(b, 2 * a), exact_dec, a=(1, 5), b=(20, 200), c=(50, 500))
T(F, "max_profit", "if profit is P = -{a}q^2 + {b}q - {c}, what's the most profit you can make?",
  lambda a, b, c: Fraction(b * b, 4 * a) - c, N, a=(1, 5), b=(20, 200), c=(50, 500),
  pre=lambda a, b, c: need(b * b / (4 * a) > c) or {})

# --- sequences and series --------------------------------------------------------------
T(F, "sum_squares", "what's 1² + 2² + 3² + ... + {n}²?", lambda n: n * (n + 1) * (2 * n + 1) // 6,
  N,
  n=(8, 120))
T(F, "sum_odds", "add up the first {n} odd numbers", lambda n: n * n, N, n=(12, 400))
T(F, "geo_term", "the sequence {a}, {b}, {c}, ... keeps multiplying by the same number. what's "
  "term {n}?", lambda a, q, n: a * q ** (n - 1), N,
  pre=lambda a, q: {"b": a * q, "c": a * q * q}, a=(1, 7), q=[2, 3, 4], n=(6, 12))
T(F, "fib_n", "Fibonacci starting 1, 1, 2, 3, ... — what's term number {n}?", lambda n: fib(n), N,
  n=(12, 40))

# --- matrices and vectors ---------------------------------------------------------------
T(F, "mat_square", "square the matrix {t}", lambda m: mul_m(m, m), matrix,
  pre=lambda m: {"t": mtext(m)}, m=grid(2, -6, 9))
T(F, "mat_add", "{p} + {q} = ?", lambda m, n: add_m(m, n), matrix,
  pre=lambda m, n: {"p": mtext(m), "q": mtext(n)}, m=grid(2, -9, 20), n=grid(2, -9, 20))
T(F, "mat_sub", "subtract {q} from {p}", lambda m, n: add_m(m, n, -1), matrix,
  pre=lambda m, n: {"p": mtext(m), "q": mtext(n)}, m=grid(2, -9, 20), n=grid(2, -9, 20))
T(F, "scalar_mat", "{k} times the matrix {t}", lambda k, m: [[k * v for v in row] for row in m],
  matrix, pre=lambda m: {"t": mtext(m)}, k=[-3, -2, 2, 3, 4, 5, 6, 7], m=grid(2, -9, 12))
T(F, "vec_add", "({a}, {b}, {c}) + ({d}, {e}, {f})", lambda a, b, c, d, e, f: [a + d, b + e, c + f],
  vector, a=(-9, 15), b=(-9, 15), c=(-9, 15), d=(-9, 15), e=(-9, 15), f=(-9, 15))

# --- word problems with equations --------------------------------------------------------------
T(F, "fruit_prices",
  "{a1} apples and {p1} pears cost ${c1}; {a2} apples and {p2} pears cost ${c2}. "
  "how much is one pear?", lambda y: Fraction(y, 100), money(),
  pre=lambda a1, p1, a2, p2, x, y: need(a1 * p2 != a2 * p1) or {
      "c1": f"{(a1 * x + p1 * y) / 100:.2f}", "c2": f"{(a2 * x + p2 * y) / 100:.2f}"},
  a1=(2, 6), p1=(2, 5), a2=(2, 6), p2=(2, 7), x=(30, 150), y=(40, 200))
T(F, "ages_sum_diff",
  "two sisters' ages add up to {s} and differ by {d}. how old is the older one?",
  lambda s, d: (s + d) // 2, N, pre=lambda y, d: {"s": 2 * y + d}, y=(3, 40), d=(1, 9))
T(F, "mix_solution", "how many litres of a {p1}% solution do I mix with a {p2}% one to get {v} L "
  "at {p}%?", lambda p1, p2, v, p: Fraction(v * (p - p2), p1 - p2), U("litres", "liters", "L"),
  p1=[30, 40, 50, 60], p2=[5, 10, 15], v=(5, 40), p=[20, 25])
T(F, "trains_meet", "two trains {d} km apart head toward each other at {a} km/h and {b} km/h. "
  "how long until they meet?", lambda d, a, b: Fraction(d, a + b), U(*HOURS), d=(100, 900),
  a=(60, 160), b=(60, 160))
T(F, "save_weeks", "the phone I want is ${c}. I've got ${h} saved and can put away ${s} a week. "
  "how many weeks until I can buy it?", lambda c, h, s: -(-(c - h) // s), U("weeks"),
  c=(300, 1400), h=(20, 250), s=(15, 80))

# --- statistics and chance ---------------------------------------------------------------
T(F, "mean_add", "the average of {k} numbers is {m}. I add the number {x}. what's the new "
  "average?", lambda k, m, x: Fraction(k * m + x, k + 1), N, k=(4, 12), m=(10, 80), x=(0, 150))
T(F, "missing_value", "four numbers have a mean of {m}. three of them are {a}, {b} and {c}. what's "
  "the fourth?", lambda m, a, b, c: 4 * m - a - b - c, N, m=(20, 70), a=(5, 90), b=(5, 90),
  c=(5, 90), pre=lambda m, a, b, c: need(4 * m - a - b - c > 0) or {})
T(F, "pop_sd", "population standard deviation of {s}", lambda xs: math.sqrt(
  sum((x - sum(xs) / len(xs)) ** 2 for x in xs) / len(xs)), N,
  pre=lambda xs: {"s": ", ".join(map(str, xs))}, xs=lambda r: [r.randint(1, 50) for _ in range(
      r.randint(5, 8))])
T(F, "cards_suit", "draw {k} cards from a shuffled deck without putting any back. what's the "
  "chance they're all {s}s?", lambda k: Fraction(math.comb(13, k), math.comb(52, k)), frac_dec,
  k=(2, 4), s=SUITS)
T(F, "two_red", "a bag has {r} red and {b} blue marbles. I take two without looking (no "
  "replacement). probability both are red?", lambda r, b: Fraction(r * (r - 1),
  (r + b) * (r + b - 1)),
  frac_dec, r=(2, 12), b=(2, 12))
T(F, "exact_heads", "flip a fair coin {n} times. probability of exactly {k} heads?",
  lambda n, k: Fraction(math.comb(n, k), 2 ** n), frac_dec, n=(4, 12), k=(1, 4))
T(F, "continuous", "${p} invested at {r}% compounded continuously. value after {n} years?",
  lambda p, r, n: p * math.exp(r * n / 100), money(), p=(500, 20000), r=[2, 3, 4, 5, 6, 7],
  n=(1, 20))
