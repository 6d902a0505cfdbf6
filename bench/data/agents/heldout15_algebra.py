"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part three: equations,
systems, functions, sequences, and expanding, factoring and simplifying (answer forms from
:mod:`bench.data.agents.heldout15_math`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout15_math import EQ, FR, N, P, S, T, dedupe, money, need, nums
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES
NZ = [n for n in range(-9, 10) if n]
SUP = str.maketrans("23456789", "²³⁴⁵⁶⁷⁸⁹")


def ex(terms: list[tuple[Any, str]], star: str = "", power: str = "^") -> str:
    """[(coefficient, monomial)] written out: 3x^2 - x + 4, zero terms dropped."""
    out: list[str] = []
    for c, mono in terms:
        if c == 0:
            continue
        mono = mono.replace("^", power)
        digits = "" if abs(c) == 1 and mono else str(abs(c))
        body = digits + (star if digits and mono else "") + mono
        sign = "-" if c < 0 else "+"
        out.append((("-" if c < 0 else "") + body) if not out else f"{sign} {body}")
    return " ".join(out) or "0"


def forms(terms: list[tuple[Any, str]]) -> list[str]:
    """3x^2 - x, 3*x^2 - x, 3*x**2 - x, 3x² - x, each also without spaces."""
    base = [ex(terms), ex(terms, "*"), ex(terms, "*", "**"),
            ex(terms).replace("^", "").translate(SUP) if "^" in ex(terms) else ex(terms)]
    return dedupe(base + [b.replace(" ", "") for b in base])


def lin(k: int, c: int, v: str = "x") -> str:
    return ex([(k, v), (c, "")])


def pair(a: str, b: str) -> list[str]:
    """A product of two factors in either order, with or without * and spaces."""
    out = []
    for x, y in ((a, b), (b, a)):
        out += [f"({x})({y})", f"({x})*({y})", f"({x}) ({y})"]
    return dedupe(out + [o.replace(" ", "") for o in out])


def point(x: Any, y: Any) -> list[list[str]]:
    return [dedupe([f"({a}, {b})" for a in nums(x) for b in nums(y)]
                   + [f"({a},{b})" for a in nums(x) for b in nums(y)])]


def quad(r1: int, r2: int, k: int = 1) -> str:
    return ex([(k, "x^2"), (-k * (r1 + r2), "x"), (k * r1 * r2, "")])


def roots2(r: random.Random) -> tuple[int, int]:
    a, b = sorted(r.sample([*NZ, 10, 11, -10], 2))
    need(a + b != 0)
    return a, b


def rel(sign: str) -> Any:
    def kind(v: Fraction) -> list[list[str]]:
        vals = [str(v)] + ([f"{float(v):.2f}".rstrip("0")] if v.denominator != 1 else [])
        return [dedupe([f"x {sign} {s}" for s in vals] + [f"x{sign}{s}" for s in vals])]
    return kind


def EXP(value: Any) -> list[list[str]]:
    return [forms(value)]


# --- equations -------------------------------------------------------------------------
T(F, "lin_basic", "solve {a}x - {b} = {c}", lambda x: x, EQ("x"), pre=lambda a, b,
  x: {"c": a * x - b},
  a=(2, 15), b=(1, 60), x=(-12, 40))
T(F, "lin_both_sides", "{l} = {rt}. what's x?", lambda x: x, EQ("x"),
  pre=lambda a, c, b, x: {"l": lin(a, b), "rt": lin(c, (a - c) * x + b)}, a=(5, 16), c=(1, 4),
  b=(-30, 30), x=(-10, 20))
T(F, "lin_brackets", "can you solve {a}(x - {b}) = {c} for me", lambda x: x, EQ("x"),
  pre=lambda a, b, x: {"c": a * (x - b)}, a=(2, 9), b=(1, 12), x=(-8, 25))
T(F, "lin_over", "x/{a} + {b} = {c}, find x", lambda a, b, c: a * (c - b), EQ("x"), a=(2, 9),
  b=(1, 20), c=(-5, 30))
T(F, "lin_frac_root", "{a}x + {b} = {c} — solve, exact answer please",
  lambda a, b, c: Fraction(c - b, a), EQ("x"), a=[3, 4, 6, 7, 8, 9], b=(1, 40), c=(-20, 70),
  pre=lambda a, b, c: need((c - b) % a != 0) or {})
T(F, "notebooks", "I paid ${t} for {n} notebooks and one ${p} pen. how much was each notebook?",
  lambda e: Fraction(e, 100), money(), n=(3, 12), p=[2, 3, 4, 5],
  pre=lambda n, p, e: {"t": f"{(n * e + 100 * p) / 100:.2f}"}, e=(150, 900))
T(F, "quad_monic", "solve {q} = 0", lambda a, b: (a, b), EQ("x"),
  pre=lambda ab: {"q": quad(*ab), "a": ab[0], "b": ab[1]}, ab=roots2)
T(F, "quad_lead", "find x if {q} = 0", lambda a, b: (a, b), EQ("x"),
  pre=lambda ab, k: {"q": quad(*ab, k), "a": ab[0], "b": ab[1]}, ab=roots2, k=[2, 3, 4, 5])
T(F, "quad_square", "x^2 = {n}, what are the solutions?", lambda k: (-k, k),
  lambda v: [[*p, f"±{v[1]}", f"x = ±{v[1]}"] for p in EQ("x")(v)], pre=lambda k: {"n": k * k},
  k=(4, 30))
T(F, "quad_decimal", "roots of {q} = 0 to 2 decimal places", lambda b, c: tuple(sorted(
  ((-b - math.sqrt(b * b - 4 * c)) / 2, (-b + math.sqrt(b * b - 4 * c)) / 2))),
  lambda v: [p + nums(x) for p, x in zip(EQ("x")(v), v, strict=True)],
  pre=lambda b, c: need(math.isqrt(b * b - 4 * c) ** 2 != b * b - 4 * c) or {"q": ex(
      [(1, "x^2"), (b, "x"), (c, "")])}, b=(-12, 12), c=(-30, -1))
T(F, "cubic_roots", "solve {q} = 0 — all the roots", lambda a, b, c: (a, b, c), EQ("x"),
  pre=lambda abc: {"a": abc[0], "b": abc[1], "c": abc[2], "q": ex([
      (1, "x^3"), (-sum(abc), "x^2"), (abc[0] * abc[1] + abc[0] * abc[2] + abc[1] * abc[2], "x"),
      (-abc[0] * abc[1] * abc[2], "")])},
  abc=lambda r: sorted(r.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 3)))
T(F, "abs_eq", "|{i}| = {b}, solve", lambda a, b: (a - b, a + b), EQ("x"), a=[*NZ, 12, 15],
  b=(2, 14), pre=lambda a: {"i": lin(1, -a)})
T(F, "exp_eq", "{b}^x = {v}. x = ?", lambda k: k, EQ("x"), pre=lambda b, k: {"v": b ** k},
  b=[2, 3, 4, 5, 6, 7], k=(2, 7))
T(F, "log_eq", "if log base {b} of x is {k}, what's x", lambda b, k: b ** k, EQ("x"),
  b=[2, 3, 5, 10], k=(2, 6))
T(F, "exp_decimal", "solve {b}^x = {v} to two decimal places", lambda b,
  v: math.log(v) / math.log(b),
  EQ("x"), b=[2, 3, 5, 1.5], v=(7, 300))
T(F, "ineq", "solve the inequality {a}x - {b} > {c}", lambda a, b, c: Fraction(b + c, a), rel(">"),
  a=(2, 9), b=(1, 30), c=(-10, 40))
T(F, "ineq_flip", "-{a}x + {b} ≤ {c}, what values of x work?", lambda a, b, c: Fraction(b - c, a),
  rel("≥"), a=(2, 7), b=(1, 30), c=(-20, 25))
T(F, "pct_unknown", "{b} is what percent of {a}? I mean, x% of {a} = {b}, find x",
  lambda a, b: Fraction(100 * b, a), P, a=(40, 800), b=(3, 300))

# --- systems and word problems -----------------------------------------------------------
T(F, "sys_sumdiff", "x + y = {s} and x - y = {d}. find x and y", lambda x, y: (x, y), EQ("x", "y"),
  pre=lambda x, y: {"s": x + y, "d": x - y}, x=(-10, 30), y=(-15, 20))
T(F, "sys_coeff", "solve the system {e1} = {c1}, {e2} = {c2}", lambda x, y: (x, y), EQ("x", "y"),
  pre=lambda a, b, c, d, x, y: need(a * d - b * c != 0) or {
      "e1": ex([(a, "x"), (b, "y")]), "c1": a * x + b * y, "e2": ex([(c, "x"), (d, "y")]),
      "c2": c * x + d * y}, a=(1, 7), b=NZ, c=(1, 7), d=NZ, x=(-8, 12), y=(-8, 12))
T(F, "sys_3", "x + y + z = {s}, x - y = {d}, y - z = {e}. solve for x, y, z",
  lambda x, y, z: (x, y, z), EQ("x", "y", "z"), pre=lambda x, y, z: {"s": x + y + z, "d": x - y,
                                                                   "e": y - z},
  x=(-9, 15), y=(-9, 15), z=(-9, 15))
T(F, "tickets", "we sold {n} tickets for the school play, adults ${a} and kids ${k}, and took "
  "${t}. how many adult tickets?", lambda ad: ad, N, pre=lambda n, a, k, ad: need(0 < ad < n) or {
      "t": ad * a + (n - ad) * k}, n=(80, 400), a=[8, 10, 12, 15], k=[3, 4, 5, 6], ad=(20, 300))
T(F, "mum_daughter", "mum is {d} years older than her daughter and their ages add up to {s}. how "
  "old is the daughter?", lambda g: g, N, pre=lambda d, g: {"s": 2 * g + d}, d=(19, 42), g=(3, 40))
T(F, "consec_three", "three consecutive whole numbers add up to {s}, what's the largest one?",
  lambda m: m + 1, N, pre=lambda m: {"s": 3 * m}, m=(20, 700))
T(F, "coins_mix", "I have {n} coins, all 20p and 50p, worth £{v} in total. how many 50p coins?",
  lambda f: f, N, pre=lambda n, f: need(0 < f < n) or {"v": f"{(50 * f + 20 * (n - f)) / 100:.2f}"},
  n=(10, 60), f=(2, 50))
T(F, "hire_two_rates", "van hire A is ${a} plus ${p} a mile, B is ${b} plus ${q} a mile. at how "
  "many miles do they cost the same?", lambda a, p, b, q: (b - a) / (p - q), N,
  a=(20, 60), p=[0.4, 0.5, 0.6, 0.75], b=(70, 140), q=[0.1, 0.15, 0.2, 0.25])

# --- functions, lines and sequences -----------------------------------------------------
T(F, "f_of_val", "if f(x) = {f}, what is f({v})?", lambda a, b, c, v: a * v * v + b * v + c, N,
  pre=lambda a, b, c: {"f": ex([(a, "x^2"), (b, "x"), (c, "")])}, a=(1, 6), b=NZ, c=(-20, 20),
  v=(-6, 9))
T(F, "compose", "f(x) = {f} and g(x) = x^2 - {c}. what's f(g({v}))?",
  lambda a, b, c, v: a * (v * v - c) + b, N, a=(2, 9), b=NZ, c=(1, 9), v=(-5, 7),
  pre=lambda a, b: {"f": lin(a, b)})
T(F, "inverse_at", "f(x) = {a}x - {b}. find f⁻¹({v})", lambda a, b, v: Fraction(v + b, a),
  lambda v: [fr + nums(v) if v.denominator != 1 else fr for fr in FR(v)], a=(2, 9), b=(1, 20),
  v=(-10, 50))
T(F, "slope_pts", "gradient of the line through ({x1}, {y1}) and ({x2}, {y2})?",
  lambda x1, y1, x2, y2: Fraction(y2 - y1, x2 - x1), lambda v: [FR(v)[0] + (
      [] if v.denominator == 1 else [f"{float(v):.2f}"])], x1=(-9, 5), y1=(-9, 9), x2=(6, 15),
  y2=(-12, 20))
T(F, "line_through", "equation of the line with slope {m} that goes through ({x0}, {y0})",
  lambda m, x0, y0: [(m, "x"), (y0 - m * x0, "")],
  lambda t: [[f"y = {f}" for f in forms(t)] + [f"y={f}" for f in forms(t)]],
  m=[-5, -4, -3, -2, 2, 3, 4, 5, 6], x0=(-6, 6), y0=(-10, 10),
  pre=lambda m, x0, y0: need(y0 - m * x0 != 0) or {})
T(F, "midpoint", "what's the midpoint of ({x1}, {y1}) and ({x2}, {y2})",
  lambda x1, y1, x2, y2: (Fraction(x1 + x2, 2), Fraction(y1 + y2, 2)), lambda v: point(*v),
  x1=(-10, 10), y1=(-10, 10), x2=(-10, 10), y2=(-10, 10))
T(F, "pt_distance", "distance between points ({x1}, {y1}) and ({x2}, {y2})?",
  lambda x1, y1, x2, y2: math.hypot(x2 - x1, y2 - y1), N, x1=(-10, 10), y1=(-10, 10),
  x2=(-10, 10), y2=(-10, 10), pre=lambda x1, y1, x2, y2: need((x1, y1) != (x2, y2)) or {})
T(F, "nth_term", "an arithmetic sequence starts at {a} and goes up by {d} each time. what's term "
  "number {n}?", lambda a, d, n: a + (n - 1) * d, N, a=(-20, 50), d=(2, 15), n=(12, 150))
T(F, "arith_sum", "sum of the first {n} terms of {a}, {b}, {c}, ...",
  lambda a, d, n: n * (2 * a + (n - 1) * d) // 2, N, pre=lambda a, d: {"b": a + d, "c": a + 2 * d},
  a=(1, 30), d=(2, 9), n=(10, 80))
T(F, "geo_sum", "geometric series: first term {a}, ratio {q}. sum of the first {n} terms?",
  lambda a, q, n: a * (q ** n - 1) // (q - 1), N, a=(1, 9), q=[2, 3], n=(5, 12))
T(F, "vertex", "where's the vertex of y = {q}?", lambda h, k: (h, k), lambda v: point(*v),
  pre=lambda h, k: {"q": ex([(1, "x^2"), (-2 * h, "x"), (h * h + k, "")])}, h=NZ, k=(-20, 20))
T(F, "quad_min", "smallest value y = {q} can take?", lambda k: k, N,
  pre=lambda a, h, k: {"q": ex([(a, "x^2"), (-2 * a * h, "x"), (a * h * h + k, "")])}, a=(1, 4),
  h=NZ, k=(-30, 30))

# --- expanding, factoring, simplifying ---------------------------------------------------
T(F, "expand_pair", "expand ({p}) ({q})", lambda a, b: [(1, "x^2"), (a + b, "x"), (a * b, "")],
  EXP, pre=lambda a, b: need(a + b != 0) or {"p": lin(1, a), "q": lin(1, b)}, a=NZ, b=NZ)
T(F, "expand_sq", "multiply out ({a}x - {b})^2", lambda a, b: [(a * a, "x^2"), (-2 * a * b, "x"),
                                                              (b * b, "")], EXP, a=(2, 9), b=(1, 9))
T(F, "expand_cube", "expand (x + {a})^3 fully", lambda a: [(1, "x^3"), (3 * a, "x^2"), (3 * a * a,
  "x"),
                                                          (a ** 3, "")], EXP, a=(1, 9))
T(F, "expand_lead", "expand and simplify ({a}x + {b})({c}x - {d})",
  lambda a, b, c, d: [(a * c, "x^2"), (b * c - a * d, "x"), (-b * d, "")], EXP, a=(2, 6),
  b=(1, 9), c=(2, 6), d=(1, 9), pre=lambda a, b, c, d: need(b * c != a * d) or {})
T(F, "factor_monic", "factor {q}", lambda a, b: pair(lin(1, -a), lin(1, -b)), S,
  pre=lambda ab: {"q": quad(*ab), "a": ab[0], "b": ab[1]}, ab=roots2)
T(F, "factor_diffsq", "factorise x^2 - {n}", lambda k: pair(f"x - {k}", f"x + {k}"), S,
  pre=lambda k: {"n": k * k}, k=(2, 15))
T(F, "factor_gcf", "take out the common factor: {e}",
  lambda g, a, b: [f"{g}x({lin(a, b)})", f"{g}*x*({lin(a, b, '*x')})".replace("**x", "*x"),
                   f"{g}x ({lin(a, b)})", f"{g}x({lin(a, b)})".replace(" ", "")],
  S, pre=lambda g, a, b: need(math.gcd(a, b) == 1) or {"e": ex([(g * a, "x^2"), (g * b, "x")])},
  g=(2, 9), a=(2, 7), b=(1, 11))
T(F, "like_terms", "simplify {e}",
  lambda a, b, c, d: forms([(a - c, "x"), (b + d, "y")]) + forms([(b + d, "y"), (a - c, "x")]), S,
  a=(3, 15), b=(1, 9), c=(1, 12), d=(1, 9),
  pre=lambda a, b, c, d: need(a != c) or {"e": ex([(a, "x"), (b, "y"), (-c, "x"), (d, "y")])})
T(F, "cancel", "simplify ({q}) / ({p})", lambda a, b: [(1, "x"), (-b, "")], EXP,
  pre=lambda ab: {"q": quad(*ab), "p": lin(1, -ab[0]), "a": ab[0], "b": ab[1]}, ab=roots2)
T(F, "power_power", "simplify (x^{a})^{b} · x^{c}", lambda a, b, c: [f"x^{a * b + c}",
  f"x**{a * b + c}"],
  S, a=(2, 6), b=(2, 5), c=(2, 7))
T(F, "surd", "simplify √{n}", lambda k, m: [f"{k}√{m}", f"{k}*sqrt({m})", f"{k} sqrt({m})",
                                           f"{k}sqrt({m})", f"{k}√({m})"], S,
  pre=lambda k, m: {"n": k * k * m}, k=(2, 9), m=[2, 3, 5, 6, 7, 10, 11])
T(F, "prime_fact", "prime factorisation of {n}?", lambda e: [
  "*".join(f"{p}^{k}" if k > 1 else str(p) for p, k in e),
  " × ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in e),
  " * ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in e),
  " × ".join(f"{p}{str(k).translate(SUP)}" if k > 1 else str(p) for p, k in e),
  " · ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in e),
  " * ".join(f"{p}**{k}" if k > 1 else str(p) for p, k in e)], S,
  pre=lambda e: {"n": math.prod(p ** k for p, k in e)},
  e=lambda r: sorted((p, r.randint(1, 3)) for p in r.sample([2, 3, 5, 7, 11, 13], 3)))
