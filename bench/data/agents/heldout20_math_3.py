"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 3: derivatives,
integrals, limits, motion and determinants."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import (
    Made,
    expr,
    fam,
    num,
    pick,
    rnd,
)
from bench.data.agents.heldout20_math_2 import lin, quad, roots2, sgn
from bench.data.agents.helpers import Family


def poly(coeffs: list[int], v: str = "x") -> str:
    """coeffs from the highest power down to the constant."""
    deg = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        p = deg - i
        if c == 0:
            continue
        mag = abs(c)
        body = (f"{'' if mag == 1 else mag}{v}" + (f"^{p}" if p > 1 else "")) if p else str(mag)
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += f" {'-' if c < 0 else '+'} {body}"
    return out or "0"


def vec(values: list[F | int]) -> list[str]:
    parts = [num(F(v))[0] for v in values]
    j = ", ".join(parts)
    return [f"({j})", f"[{j}]", f"<{j}>", f"⟨{j}⟩"]


def mat(m: list[list[int]]) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in m) + "]"


@fam
def fam_derivative_poly(rng: random.Random) -> Made:
    cs = [
        rng.randint(1, 6) * rng.choice([1, -1]),
        rng.randint(-9, 9),
        rng.randint(-12, 12),
        rng.randint(-20, 20),
    ]
    der = [3 * cs[0], 2 * cs[1], cs[2]]
    text = pick(
        rng,
        [
            "d/dx of {p}",
            "differentiate {p}",
            "what's the derivative of {p}?",
            "derivative of y = {p} wrt x",
        ],
    ).format(p=poly(cs))
    return text, [expr(poly(der))]


@fam
def fam_derivative_at_point(rng: random.Random) -> Made:
    cs = [rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-10, 10), rng.randint(-9, 9)]
    x = rng.randint(-3, 4)
    val = 3 * cs[0] * x * x + 2 * cs[1] * x + cs[2]
    text = pick(
        rng,
        [
            "f(x) = {p}. what is f'({x})?",
            "slope of y = {p} at x = {x}",
            "find the derivative of {p} evaluated at x={x}",
        ],
    ).format(p=poly(cs), x=x)
    return text, [num(val)]


@fam
def fam_product_rule_value(rng: random.Random) -> Made:
    n = rng.randint(2, 4)
    x = rng.choice([F(1, 2), F(1), F(3, 2), F(2), F(1, 4), F(3)])
    fn = rng.choice(["sin", "cos", "e"])
    xf = float(x)
    if fn == "sin":
        val = n * xf ** (n - 1) * math.sin(xf) + xf**n * math.cos(xf)
        f = f"x^{n} sin(x)"
    elif fn == "cos":
        val = n * xf ** (n - 1) * math.cos(xf) - xf**n * math.sin(xf)
        f = f"x^{n} cos(x)"
    else:
        val = (n * xf ** (n - 1) + xf**n) * math.exp(xf)
        f = f"x^{n} e^x"
    text = pick(
        rng,
        [
            "derivative of {f} at x = {x}, to 3 decimal places (radians)",
            "d/dx [{f}] evaluated at x={x}? 3 dp, x in radians",
        ],
    ).format(f=f, x=num(x)[0])
    if fn == "e":
        text = text.replace(" (radians)", "").replace(", x in radians", "")
    return text, [rnd(F(val), 3)]


@fam
def fam_chain_rule(rng: random.Random) -> Made:
    a, b, n = rng.randint(2, 5), rng.randint(-7, 7), rng.randint(2, 5)
    x = rng.randint(-2, 3)
    if b == 0:
        return None
    val = n * a * (a * x + b) ** (n - 1)
    if abs(val) > 10**6:
        return None
    text = pick(
        rng,
        [
            "if y = ({l})^{n}, what's dy/dx at x = {x}?",
            "differentiate ({l})^{n} and evaluate at x={x}",
        ],
    ).format(l=lin(a, b), n=n, x=x)
    return text, [num(val)]


@fam
def fam_second_derivative(rng: random.Random) -> Made:
    cs = [
        rng.randint(-3, 3),
        rng.randint(1, 5),
        rng.randint(-8, 8),
        rng.randint(-9, 9),
        rng.randint(-9, 9),
    ]
    if cs[0] == 0:
        return None
    x = rng.randint(-3, 3)
    val = 12 * cs[0] * x * x + 6 * cs[1] * x + 2 * cs[2]
    text = pick(rng, ["second derivative of {p} at x = {x}?", "f(x) = {p}; find f''({x})"]).format(
        p=poly(cs), x=x
    )
    return text, [num(val)]


@fam
def fam_stationary_points(rng: random.Random) -> Made:
    r1, r2 = rng.sample(range(-6, 7), 2)
    if (r1 + r2) % 2:
        return None
    cs = [1, -3 * (r1 + r2) // 2, 3 * r1 * r2, rng.randint(-10, 10)]
    text = pick(
        rng,
        [
            "find the x-coordinates of the stationary points of y = {p}",
            "where does y = {p} have turning points? (x values)",
        ],
    ).format(p=poly(cs))
    return text, roots2(F(r1), F(r2))


@fam
def fam_tangent_line(rng: random.Random) -> Made:
    b, c, k = rng.randint(-6, 6), rng.randint(-8, 8), rng.randint(-3, 4)
    m = 2 * k + b
    y0 = k * k + b * k + c
    q = y0 - m * k
    if q == 0:  # "y = 3x" would also match inside a wrong "y = 3x + 2"
        return None
    mx = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
    ans = (f"{mx} {sgn(q)}" if q else mx) if m else str(q)
    text = pick(
        rng,
        [
            "equation of the tangent to y = {p} at x = {k}?",
            "tangent line to {p} at the point where x={k}",
        ],
    ).format(p=quad(1, b, c) if (b or c) else "x^2", k=k)
    return text, [[f"y = {ans}"]]


@fam
def fam_indefinite_integral(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9)
    integrand = poly([3 * a, 2 * b, c])
    text = pick(
        rng, ["integrate {p} dx", "∫ ({p}) dx = ?", "what's the antiderivative of {p}?"]
    ).format(p=integrand)
    return text, [expr(poly([a, b, c, 0]))]


@fam
def fam_definite_integral(rng: random.Random) -> Made:
    a, b, c = rng.randint(-3, 4), rng.randint(-6, 6), rng.randint(-9, 9)
    lo, hi = sorted(rng.sample(range(-2, 5), 2))
    if a == 0:
        return None

    def anti(x: int) -> F:
        return F(a, 3) * x**3 + F(b, 2) * x**2 + c * x

    val = anti(hi) - anti(lo)
    text = pick(
        rng,
        [
            "∫ from {l} to {h} of ({p}) dx",
            "integrate {p} from x = {l} to x = {h}",
            "definite integral of {p} between {l} and {h}?",
        ],
    ).format(p=poly([a, b, c]), l=lo, h=hi)
    return text, [num(val)]


@fam
def fam_area_under_curve(rng: random.Random) -> Made:
    k, n = rng.randint(1, 5), rng.choice([2, 3])
    hi = rng.randint(2, 6)
    val = F(k * hi ** (n + 1), n + 1)
    f = f"{'' if k == 1 else k}x^{n}"
    text = pick(
        rng,
        [
            "area under y = {f} from x = 0 to x = {h}?",
            "what's the area between y={f} and the x-axis for 0 ≤ x ≤ {h}",
        ],
    ).format(f=f, h=hi)
    return text, [num(val)]


@fam
def fam_limit_factor(rng: random.Random) -> Made:
    r, s = rng.sample([i for i in range(-7, 8) if i], 2)
    text = pick(
        rng,
        [
            "lim x→{r} of ({p})/(x {m})",
            "limit as x approaches {r} of ({p}) / (x {m})",
            "what's the limit of ({p})/(x {m}) as x goes to {r}?",
        ],
    ).format(r=r, p=quad(1, -(r + s), r * s), m=sgn(-r))
    if r + s == 0:
        return None
    return text, [num(r - s)]


@fam
def fam_limit_sin(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(2, 9)
    if a == b:
        return None
    fn = rng.choice(["sin", "tan"])
    text = pick(
        rng,
        [
            "lim x→0 {f}({a}x)/({b}x)",
            "limit of {f}({a}x) / {b}x as x → 0?",
            "what does {f}({a}x)/({b}x) tend to as x goes to 0",
        ],
    ).format(f=fn, a=a, b=b)
    return text, [num(F(a, b))]


@fam
def fam_limit_infinity(rng: random.Random) -> Made:
    a, c = rng.randint(1, 9), rng.randint(2, 9)
    b, d = rng.randint(-9, 9), rng.randint(-9, 9)
    e = rng.randint(-5, 5)
    if a == c:
        return None
    text = pick(
        rng, ["lim x→∞ ({n})/({m})", "limit as x goes to infinity of ({n}) / ({m})"]
    ).format(n=quad(a, b, e), m=quad(c, d, 1))
    return text, [num(F(a, c))]


@fam
def fam_trig_derivative(rng: random.Random) -> Made:
    a, k = rng.randint(2, 9), rng.randint(2, 7)
    fn = rng.choice(["sin", "cos"])
    if fn == "sin":
        text = pick(
            rng, ["derivative of {a}sin({k}x) at x = 0?", "d/dx {a} sin({k}x) evaluated at 0"]
        ).format(a=a, k=k)
        return text, [num(a * k)]
    text = pick(
        rng, ["second derivative of {a}cos({k}x) at x = 0?", "d²/dx² of {a}cos({k}x), at x=0"]
    ).format(a=a, k=k)
    return text, [num(-a * k * k)]


@fam
def fam_exp_integral(rng: random.Random) -> Made:
    k = rng.randint(2, 30)
    a = rng.randint(1, 5)
    text = pick(
        rng,
        [
            "∫ from 0 to ln({k}) of {a}e^x dx",
            "integrate {a}e^x from 0 to ln {k}",
            "exact value of the integral of {a}e^x between 0 and ln({k})",
        ],
    ).format(k=k, a=a)
    text = text.replace(" 1e^x", " e^x").replace("of 1e", "of e")
    return text, [num(a * (k - 1))]


@fam
def fam_average_value(rng: random.Random) -> Made:
    k, hi = rng.randint(1, 6), rng.randint(2, 9)
    n = rng.choice([1, 2, 3])
    val = F(k * hi**n, n + 1)
    f = f"{'' if k == 1 else k}x" + (f"^{n}" if n > 1 else "")
    text = pick(
        rng, ["average value of f(x) = {f} on [0, {h}]?", "mean value of {f} over 0 ≤ x ≤ {h}"]
    ).format(f=f, h=hi)
    return text, [num(val)]


@fam
def fam_velocity(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 3), rng.randint(-9, 9), rng.randint(-5, 20)
    t = rng.randint(1, 6)
    v = 3 * a * t * t + 2 * b * t + c
    what = rng.choice(["velocity", "acceleration"])
    s = poly([a, b, c, 0], "t")
    if what == "velocity":
        text = pick(
            rng,
            [
                "A particle's position is s(t) = {s} metres. What's its velocity at t = {t} s?",
                "s(t)={s}. velocity when t={t}?",
            ],
        ).format(s=s, t=t)
        return text, [num(v)]
    text = pick(
        rng,
        [
            "Position s(t) = {s} m. What's the acceleration at t = {t} s?",
            "s(t) = {s}; find the acceleration at t={t}",
        ],
    ).format(s=s, t=t)
    return text, [num(6 * a * t + 2 * b)]


@fam
def fam_det2(rng: random.Random) -> Made:
    m = [[rng.randint(-9, 12) for _ in range(2)] for _ in range(2)]
    d = m[0][0] * m[1][1] - m[0][1] * m[1][0]
    text = pick(
        rng, ["determinant of {m}?", "det of the matrix {m}", "what's |A| for A = {m}"]
    ).format(m=mat(m))
    return text, [num(d)]


@fam
def fam_det3(rng: random.Random) -> Made:
    m = [[rng.randint(-5, 7) for _ in range(3)] for _ in range(3)]
    d = (
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    )
    rows = "\n".join(" ".join(map(str, r)) for r in m)
    text = pick(
        rng,
        [
            "determinant of {m}",
            "compute det(A), A = {m}",
            "find the determinant of this matrix:\n{r}",
        ],
    ).format(m=mat(m), r=rows)
    return text, [num(d)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_derivative_poly, fam_derivative_at_point, fam_product_rule_value, fam_chain_rule,
    fam_second_derivative, fam_stationary_points, fam_tangent_line, fam_indefinite_integral,
    fam_definite_integral, fam_area_under_curve, fam_limit_factor, fam_limit_sin,
    fam_limit_infinity, fam_trig_derivative, fam_exp_integral, fam_average_value, fam_velocity,
    fam_det2, fam_det3)]
