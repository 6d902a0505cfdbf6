"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 2: equations,
inequalities, expand/factor, functions, derivatives, integrals and limits."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import exact, fam, pick, rounded
from bench.data.agents.helpers import Family

F = Fraction
SUP = {2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷", 8: "⁸", 9: "⁹"}


def polyforms(coeffs: dict[int, int], var: str = "x") -> list[str]:
    """Spellings of a polynomial (descending powers): x^2 / x**2 / x², 3x / 3*x."""
    out = []
    for mult in ("", "*"):
        for pw in ("^", "**", "sup"):
            s = ""
            for p in sorted(coeffs, reverse=True):
                c = coeffs[p]
                if c == 0:
                    continue
                if p == 0:
                    body = str(abs(c))
                else:
                    v = var if p == 1 else (f"{var}{SUP[p]}" if pw == "sup" else f"{var}{pw}{p}")
                    body = v if abs(c) == 1 else f"{abs(c)}{mult}{v}"
                if not s:
                    s = ("-" if c < 0 else "") + body
                else:
                    s += (" - " if c < 0 else " + ") + body
            out.append(s or "0")
    return list(dict.fromkeys(out))


def lin(a: int, b: int) -> str:
    """ax + b as typed."""
    head = "x" if a == 1 else ("-x" if a == -1 else f"{a}x")
    return head + (f" + {b}" if b > 0 else (f" - {-b}" if b < 0 else ""))


def nz(rng: random.Random, lo: int, hi: int) -> int:
    while True:
        v = rng.randint(lo, hi)
        if v:
            return v


@fam
def solve_linear(rng: random.Random) -> Any:
    a, x, b = rng.randint(2, 12), nz(rng, -15, 20), rng.randint(-30, 30)
    c = a * x + b
    return pick(rng, f"solve {lin(a, b)} = {c}", f"{lin(a, b)} = {c}, x = ?",
                f"find x if {lin(a, b)} = {c}"), exact(x)


@fam
def solve_both_sides(rng: random.Random) -> Any:
    a, c = rng.sample(range(2, 12), 2)
    x = nz(rng, -10, 15)
    b = rng.randint(-20, 20)
    d = a * x + b - c * x
    return pick(rng, f"solve {lin(a, b)} = {lin(c, d)}", f"{lin(a, b)} = {lin(c, d)} — what's x"), exact(x)


@fam
def solve_brackets(rng: random.Random) -> Any:
    k, b, x = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(-8, 12)
    m = rng.randint(1, 20)
    rhs = k * (x + b) + m
    inner = f"x + {b}" if b >= 0 else f"x - {-b}"
    return pick(rng, f"solve {k}({inner}) + {m} = {rhs}", f"{k}({inner}) + {m} = {rhs}. find x"), exact(x)


@fam
def solve_fraction_eq(rng: random.Random) -> Any:
    d, x = rng.choice([2, 3, 4, 5, 6]), rng.randint(-20, 30)
    b = rng.randint(1, 12)
    if (x + b) % d:
        return None
    rhs = (x + b) // d
    return pick(rng, f"solve (x + {b})/{d} = {rhs}", f"(x+{b})/{d} = {rhs}, what is x?"), exact(x)


@fam
def quad_factorable(rng: random.Random) -> Any:
    r1, r2 = rng.sample([-9, -7, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8, 10], 2)
    b, c = -(r1 + r2), r1 * r2
    eq = polyforms({2: 1, 1: b, 0: c})[0]
    return pick(rng, f"solve {eq} = 0", f"roots of {eq} = 0?", f"find x: {eq} = 0"), exact(r1), exact(r2)


@fam
def quad_formula(rng: random.Random) -> Any:
    a, b, c = rng.randint(1, 5), rng.randint(-12, 12), rng.randint(-15, 15)
    disc = b * b - 4 * a * c
    if disc <= 0 or int(disc**0.5) ** 2 == disc:
        return None
    from decimal import Decimal, getcontext
    getcontext().prec = 40
    s = F(Decimal(disc).sqrt())
    r1, r2 = (-b + s) / (2 * a), (-b - s) / (2 * a)
    eq = polyforms({2: a, 1: b, 0: c})[0]
    return f"solve {eq} = 0, give both roots to 2 decimal places", rounded(r1), rounded(r2)


@fam
def simultaneous(rng: random.Random) -> Any:
    x, y = rng.randint(-8, 12), rng.randint(-8, 12)
    a, b, c, d = (nz(rng, -6, 7) for _ in range(4))
    if a * d - b * c == 0:
        return None
    e1 = f"{a}x {'+' if b > 0 else '-'} {abs(b)}y = {a * x + b * y}"
    e2 = f"{c}x {'+' if d > 0 else '-'} {abs(d)}y = {c * x + d * y}"
    return pick(rng, f"solve {e1} and {e2}", f"simultaneous equations: {e1}, {e2}"), \
        [f"x={x}", f"({x}, {y})"], [f"y={y}", f"({x}, {y})"]


@fam
def sum_diff(rng: random.Random) -> Any:
    a, b = rng.randint(10, 90), rng.randint(1, 60)
    if a <= b:
        return None
    return pick(rng, f"two numbers add up to {a + b} and differ by {a - b}. what are they",
                f"sum of two numbers is {a + b}, difference is {a - b}. find both"), exact(a), exact(b)


@fam
def inequality(rng: random.Random) -> Any:
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    sign = rng.choice(["<", ">", "<=", ">="])
    c = a * x + b
    u = {"<=": "≤", ">=": "≥"}.get(sign, sign)
    return pick(rng, f"solve {lin(a, b)} {sign} {c}", f"solve the inequality {lin(a, b)} {u} {c}"), \
        [f"x{sign}{x}", f"x{u}{x}"]


@fam
def neg_inequality(rng: random.Random) -> Any:
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    c = -a * x + b
    flip = {"<": ">", ">": "<"}
    s = rng.choice(["<", ">"])
    return f"solve {b} - {a}x {s} {c}", [f"x{flip[s]}{x}"]


@fam
def expand_pair(rng: random.Random) -> Any:
    p, q = nz(rng, -9, 9), nz(rng, -9, 9)
    t = lambda v: f"x + {v}" if v > 0 else f"x - {-v}"  # noqa: E731
    return pick(rng, f"expand ({t(p)})({t(q)})", f"multiply out ({t(p)})({t(q)})"), \
        polyforms({2: 1, 1: p + q, 0: p * q})


@fam
def expand_square(rng: random.Random) -> Any:
    a, b = rng.randint(2, 7), nz(rng, -9, 9)
    return pick(rng, f"expand ({lin(a, b)})^2", f"expand and simplify ({lin(a, b)})²"), \
        polyforms({2: a * a, 1: 2 * a * b, 0: b * b})


@fam
def factor_quad(rng: random.Random) -> Any:
    p, q = rng.sample([-9, -8, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7], 2)
    t = lambda v: f"x + {v}" if v > 0 else f"x - {-v}"  # noqa: E731
    e = polyforms({2: 1, 1: p + q, 0: p * q})[0]
    if p + q == 0:
        return None
    return pick(rng, f"factor {e}", f"factorise {e}", f"can you factorize {e}"), \
        [f"({t(p)})({t(q)})", f"({t(q)})({t(p)})"]


@fam
def simplify_rational(rng: random.Random) -> Any:
    a = rng.randint(2, 12)
    v = rng.choice(["x", "y", "t"])
    return pick(rng, f"simplify ({v}^2 - {a * a})/({v} - {a})", f"simplify ({v}² − {a * a}) / ({v} − {a})"), \
        [f"{v} + {a}", f"{a} + {v}"]


@fam
def eval_fn(rng: random.Random) -> Any:
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9), nz(rng, -6, 8)
    e = polyforms({2: a, 1: b, 0: c})[0]
    return pick(rng, f"f(x) = {e}. what is f({x})?", f"if f(x) = {e}, find f({x})",
                f"evaluate {e} at x = {x}"), exact(a * x * x + b * x + c)


@fam
def abs_eq(rng: random.Random) -> Any:
    a, b, c = rng.randint(2, 5), rng.randint(-9, 9), rng.randint(1, 20)
    r1, r2 = F(c - b, a), F(-c - b, a)
    return f"solve |{lin(a, b)}| = {c}", exact(r1), exact(r2)


@fam
def exp_eq(rng: random.Random) -> Any:
    base, k = rng.choice([2, 3, 5]), rng.randint(-3, 4)
    n = rng.randint(2, 6 if base == 2 else 4)
    x = n - k
    inner = f"x + {k}" if k > 0 else (f"x - {-k}" if k < 0 else "x")
    return pick(rng, f"solve {base}^({inner}) = {base ** n}", f"{base}^({inner}) = {base ** n}, x = ?"), exact(x)


@fam
def log_eval(rng: random.Random) -> Any:
    b = rng.choice([2, 3, 4, 5, 10])
    n = rng.randint(-3, 6)
    arg = F(b) ** n
    s = str(arg) if arg.denominator == 1 or b != 10 else f"{float(arg):g}"
    return pick(rng, f"log base {b} of {s}", f"what's log_{b}({s})", f"evaluate log{b} {s}"), exact(n)


@fam
def log_solve(rng: random.Random) -> Any:
    b, n = rng.randint(2, 9), rng.randint(2, 5)
    return pick(rng, f"solve log_{b}(x) = {n}", f"if log base {b} of x is {n}, what's x",
                f"log{b}(x) = {n}, find x"), exact(b**n)


@fam
def vertex(rng: random.Random) -> Any:
    h, k = rng.randint(-6, 6), rng.randint(-12, 12)
    a = rng.choice([1, 1, 2, -1])
    e = polyforms({2: a, 1: -2 * a * h, 0: a * h * h + k})[0]
    return pick(rng, f"vertex of y = {e}?", f"find the turning point of y = {e}"), \
        [f"({h}, {k})", f"({h},{k})", f"x={h},y={k}", f"x = {h}, y = {k}"]


@fam
def discriminant(rng: random.Random) -> Any:
    a, b, c = nz(rng, -5, 6), rng.randint(-12, 12), rng.randint(-12, 12)
    e = polyforms({2: a, 1: b, 0: c})[0]
    return f"what's the discriminant of {e}?", exact(b * b - 4 * a * c)


@fam
def line_two_points(rng: random.Random) -> Any:
    m, c = nz(rng, -5, 6), rng.randint(-9, 9)
    x1, x2 = rng.sample(range(-5, 8), 2)
    p1, p2 = (x1, m * x1 + c), (x2, m * x2 + c)
    rhs = polyforms({1: m, 0: c})
    return pick(rng, f"equation of the line through {p1} and {p2}?",
                f"find y = mx + c for the line through ({p1[0]},{p1[1]}) and ({p2[0]},{p2[1]})"), \
        [f"y = {r}" for r in rhs]


@fam
def slope(rng: random.Random) -> Any:
    x1, y1, x2, y2 = (rng.randint(-10, 12) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return None
    return pick(rng, f"slope between ({x1}, {y1}) and ({x2}, {y2})",
                f"gradient of the line joining ({x1},{y1}) and ({x2},{y2})?"), exact(F(y2 - y1, x2 - x1))


@fam
def inverse_fn(rng: random.Random) -> Any:
    a, b, x = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-5, 12)
    return pick(rng, f"f(x) = {lin(a, b)}. find f^-1({a * x + b})",
                f"if f(x) = {lin(a, b)}, what is the inverse function evaluated at {a * x + b}"), exact(x)


@fam
def composite(rng: random.Random) -> Any:
    a, b, c, x = rng.randint(2, 5), rng.randint(-5, 5), rng.randint(-6, 6), rng.randint(-4, 5)
    gx = x * x + c
    g = polyforms({2: 1, 0: c})[0]
    return pick(rng, f"f(x) = {lin(a, b)}, g(x) = {g}. find f(g({x}))",
                f"with f(x)={lin(a, b)} and g(x)={g}, what's f(g({x}))?"), exact(a * gx + b)


@fam
def complete_square(rng: random.Random) -> Any:
    h, k = nz(rng, -7, 7), rng.randint(-20, 20)
    e = polyforms({2: 1, 1: 2 * h, 0: h * h + k})[0]
    inner = f"x + {h}" if h > 0 else f"x - {-h}"
    tail = f" + {k}" if k > 0 else (f" - {-k}" if k < 0 else "")
    return f"complete the square for {e}", [f"({inner})^2{tail}", f"({inner})²{tail}", f"({inner})**2{tail}"]


@fam
def remainder_thm(rng: random.Random) -> Any:
    cs = [rng.randint(-5, 6) for _ in range(3)]
    a = nz(rng, -4, 4)
    e = polyforms({3: 1, 2: cs[0], 1: cs[1], 0: cs[2]})[0]
    div = f"x - {a}" if a > 0 else f"x + {-a}"
    return pick(rng, f"remainder when {e} is divided by ({div})?",
                f"what's the remainder of ({e}) ÷ ({div})"), exact(a**3 + cs[0] * a * a + cs[1] * a + cs[2])


@fam
def quad_ineq(rng: random.Random) -> Any:
    r1, r2 = sorted(rng.sample(range(-7, 9), 2))
    e = polyforms({2: 1, 1: -(r1 + r2), 0: r1 * r2})[0]
    return f"solve {e} < 0", [f"{r1}<x<{r2}", f"({r1},{r2})", f"{r1} < x < {r2}"]


@fam
def deriv_at(rng: random.Random) -> Any:
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9), nz(rng, -4, 5)
    e = polyforms({3: a, 2: b, 1: c, 0: rng.randint(-9, 9)})[0]
    return pick(rng, f"derivative of {e} at x = {x}", f"f(x) = {e}, what is f'({x})?",
                f"slope of the tangent to y = {e} at x={x}"), exact(3 * a * x * x + 2 * b * x + c)


@fam
def deriv_poly(rng: random.Random) -> Any:
    a, b, c = rng.randint(2, 9), nz(rng, -9, 9), nz(rng, -12, 12)
    e = polyforms({4: a, 2: b, 1: c, 0: rng.randint(1, 9)})[0]
    return pick(rng, f"d/dx of {e}", f"differentiate {e}", f"derivative of {e} pls"), \
        polyforms({3: 4 * a, 1: 2 * b, 0: c})


@fam
def deriv_trig_prod(rng: random.Random) -> Any:
    n = rng.randint(2, 9)
    f, g = rng.choice([("sin", "cos"), ("cos", "-sin")])
    v = f"x^{n}"
    ans = []
    for pw in ("^", "**", "sup"):
        xn1 = "x" if n == 2 else (f"x{SUP[n - 1]}" if pw == "sup" else f"x{pw}{n - 1}")
        xn = f"x{SUP[n]}" if pw == "sup" else f"x{pw}{n}"
        sign = "+" if g == "cos" else "-"
        for mul in ("", "*"):
            ans += [f"{n}{mul}{xn1}{mul}{f}(x) {sign} {xn}{mul}{g.lstrip('-')}(x)",
                    f"{xn1}{mul}({n}{mul}{f}(x) {sign} x{mul}{g.lstrip('-')}(x))",
                    f"{sign.replace('+', '')}{xn}{mul}{g.lstrip('-')}(x) + {n}{mul}{xn1}{mul}{f}(x)"]
    return pick(rng, f"d/dx of {v} {f} x", f"differentiate {v}·{f}(x)", f"derivative of x^{n}{f}(x)",
                f"what's the derivative of x^{n} * {f}(x)"), ans + [a.replace("(x)", " x") for a in ans]


@fam
def second_deriv(rng: random.Random) -> Any:
    a, b, x = rng.randint(1, 5), rng.randint(-6, 6), nz(rng, -3, 4)
    e = polyforms({4: a, 3: b, 1: rng.randint(-9, 9)})[0]
    return f"second derivative of {e} at x = {x}", exact(12 * a * x * x + 6 * b * x)


@fam
def chain_at(rng: random.Random) -> Any:
    a, b, n, x = rng.randint(2, 5), rng.randint(-5, 5), rng.randint(2, 4), rng.randint(-2, 2)
    return pick(rng, f"derivative of ({lin(a, b)})^{n} at x = {x}",
                f"d/dx ({lin(a, b)})^{n}, evaluated at x={x}"), exact(n * a * (a * x + b) ** (n - 1))


@fam
def exp_deriv(rng: random.Random) -> Any:
    k, c = rng.randint(2, 9), rng.randint(2, 9)
    return pick(rng, f"derivative of {c}e^({k}x) at x = 0", f"d/dx {c}*exp({k}x) at 0?"), exact(c * k)


@fam
def def_integral(rng: random.Random) -> Any:
    a, b, c = rng.randint(1, 6), rng.randint(-6, 6), rng.randint(-5, 9)
    lo, hi = sorted(rng.sample(range(-3, 6), 2))
    e = polyforms({2: a, 1: b, 0: c})[0]
    Fx = lambda x: F(a, 3) * x**3 + F(b, 2) * x**2 + c * x  # noqa: E731
    return pick(rng, f"integrate {e} from {lo} to {hi}", f"∫ from {lo} to {hi} of ({e}) dx",
                f"definite integral of {e} between x={lo} and x={hi}"), exact(Fx(hi) - Fx(lo))


@fam
def indef_integral(rng: random.Random) -> Any:
    a, b, c = rng.randint(1, 5), nz(rng, -6, 6), nz(rng, -9, 9)
    e = polyforms({2: 3 * a, 1: 2 * b, 0: c})[0]
    return pick(rng, f"integrate {e} dx", f"antiderivative of {e}", f"∫ ({e}) dx"), \
        polyforms({3: a, 2: b, 1: c})


@fam
def limit_hole(rng: random.Random) -> Any:
    a = rng.randint(2, 30)
    return pick(rng, f"limit of (x^2 - {a * a})/(x - {a}) as x → {a}",
                f"lim x->{a} (x² − {a * a})/(x − {a})"), exact(2 * a)


@fam
def limit_sin(rng: random.Random) -> Any:
    k, m = rng.randint(2, 9), rng.randint(1, 6)
    if k == m:
        return None
    return pick(rng, f"lim as x→0 of sin({k}x)/({m}x)", f"limit x->0 sin({k}x)/({m}x)"), exact(F(k, m))


@fam
def limit_inf(rng: random.Random) -> Any:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    if a == b:
        return None
    c, d = rng.randint(-9, 9), rng.randint(1, 9)
    mid = f" + {c}x" if c > 0 else (f" - {-c}x" if c < 0 else "")
    return f"limit as x goes to infinity of ({a}x^2{mid})/({b}x^2 + {d})", exact(F(a, b))


@fam
def stationary(rng: random.Random) -> Any:
    a, h, k = rng.choice([1, 2, 3, -1, -2]), rng.randint(-6, 6), rng.randint(-10, 10)
    e = polyforms({2: a, 1: -2 * a * h, 0: a * h * h + k})[0]
    word = "minimum" if a > 0 else "maximum"
    return f"what's the {word} value of {e}?", exact(k)


@fam
def area_under(rng: random.Random) -> Any:
    k = rng.randint(2, 20)
    return pick(rng, f"area between y = {k}x - x^2 and the x-axis",
                f"find the area under y = {k}x - x^2 above the x-axis",
                f"area enclosed by the curve y = {k}x − x² and the x axis"), exact(F(k**3, 6))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_linear, solve_both_sides, solve_brackets, solve_fraction_eq, quad_factorable,
    quad_formula, simultaneous, sum_diff, inequality, neg_inequality, expand_pair, expand_square,
    factor_quad, simplify_rational, eval_fn, abs_eq, exp_eq, log_eval, log_solve, vertex,
    discriminant, line_two_points, slope, inverse_fn, composite, complete_square, remainder_thm,
    quad_ineq, deriv_at, deriv_poly, deriv_trig_prod, second_deriv, chain_at, exp_deriv,
    def_integral, indef_integral, limit_hole, limit_sin, limit_inf, stationary, area_under)]
