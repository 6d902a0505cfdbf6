"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 4: derivatives, integrals
and limits."""

from __future__ import annotations

import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, ex, fam, fr, ints
from bench.data.agents.heldout19_math_3 import sg
from bench.data.agents.helpers import Family


def mono(c: int, n: int) -> str:
    """c x^n with the usual shortcuts (no sign handling for the first term)."""
    cs = "" if c == 1 else ("-" if c == -1 else str(c))
    if n == 0:
        return str(c)
    return f"{cs}x" if n == 1 else f"{cs}x^{n}"


def polyn(terms: list[tuple[int, int]]) -> str:
    out = ""
    for c, n in terms:
        if c == 0:
            continue
        m = mono(abs(c), n)
        out += (m if c > 0 else "-" + m) if not out else f" {'+' if c > 0 else '-'} {m}"
    return out


@fam
def derivative_at(rng: random.Random) -> Made:
    a, b, c, k = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-12, 12), rng.randint(-4, 5)
    f = polyn([(a, 3), (b, 2), (c, 1), (rng.randint(1, 20), 0)])
    val = 3 * a * k * k + 2 * b * k + c
    t = ch(
        rng,
        [
            "f(x) = {f}. what is f'({k})?",
            "find the derivative of {f} at x = {k}",
            "slope of y = {f} when x = {k}?",
        ],
    )
    return t.format(f=f, k=k), [ints(val)]


@fam
def derivative_poly(rng: random.Random) -> Made:
    a, n, b = rng.randint(2, 9), rng.randint(3, 6), rng.randint(-9, 9)
    if b in (0, 1, -1):
        raise Again
    f = polyn([(a, n), (b, 1)])
    d = polyn([(a * n, n - 1), (b, 0)])
    t = ch(rng, ["d/dx of {f}", "differentiate {f}", "what's the derivative of {f}?"])
    return t.format(f=f), [ex(d.replace(" ", ""))]


@fam
def product_rule(rng: random.Random) -> Made:
    n = rng.randint(2, 9)
    fn = ch(rng, ["sin", "cos", "e^"])
    lead = "x" if n == 2 else f"x^{n - 1}"
    low = f"{n}{lead}"
    if fn == "e^":
        f = f"x^{n} e^x"
        forms = [
            f"{low}e^x+x^{n}e^x",
            f"x^{n}e^x+{low}e^x",
            f"e^x(x^{n}+{low})",
            f"(x^{n}+{low})e^x",
            f"x^{n - 1}(x+{n})e^x" if n > 2 else f"x(x+{n})e^x",
            f"{low}exp(x)+x^{n}exp(x)",
            f"x^{n}exp(x)+{low}exp(x)",
        ]
    else:
        f = f"x^{n} {fn} x"
        g = "cos" if fn == "sin" else "sin"
        sgn = "+" if fn == "sin" else "-"
        forms = []
        for par in (f"({'x'})", "x"):
            forms += [f"{low}{fn}{par}{sgn}x^{n}{g}{par}"]
            if sgn == "+":
                forms += [f"x^{n}{g}{par}+{low}{fn}{par}"]
            else:
                forms += [f"-x^{n}{g}{par}+{low}{fn}{par}"]
    t = ch(rng, ["d/dx of {f}", "differentiate {f} with respect to x", "derivative of {f}?"])
    return t.format(f=f), [ex(*forms)]


@fam
def definite_integral(rng: random.Random) -> Made:
    p, q = rng.randint(1, 9), rng.randint(-6, 10)
    a, b = sorted(rng.sample(range(-3, 7), 2))
    val = Fr(p, 3) * (b**3 - a**3) + q * (b - a)
    f = polyn([(p, 2), (q, 0)])
    t = ch(
        rng,
        [
            "integrate {f} from {a} to {b}",
            "∫ from {a} to {b} of ({f}) dx = ?",
            "definite integral of {f} dx between x={a} and x={b}, exact",
        ],
    )
    return t.format(f=f, a=a, b=b), [fr(val)]


@fam
def indefinite_integral(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(1, 6), rng.randint(-9, 9)
    if c == 0:
        raise Again
    f = polyn([(3 * a, 2), (2 * b, 1), (c, 0)])
    ans = polyn([(a, 3), (b, 2), (c, 1)]).replace(" ", "")
    t = ch(rng, ["integrate {f} dx", "antiderivative of {f}?", "∫({f})dx"])
    return t.format(f=f), [ex(ans)]


@fam
def limit_infinity(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 12), rng.randint(-9, 9), rng.randint(2, 12), rng.randint(-9, 9)
    if a == c:
        raise Again
    n = polyn([(a, 2), (b, 1), (1, 0)])
    m = polyn([(c, 2), (d, 0)])
    t = ch(rng, ["lim as x→∞ of ({n})/({m})", "limit x -> infinity ({n}) / ({m})?"])
    return t.format(n=n, m=m), [fr(Fr(a, c))]


@fam
def limit_removable(rng: random.Random) -> Made:
    a, k = rng.randint(-9, 9), rng.randint(2, 3)
    if a == 0:
        raise Again
    num = f"x^{k} - {a**k}" if a**k > 0 else f"x^{k} + {-(a**k)}"
    den = f"x - {a}" if a > 0 else f"x + {-a}"
    val = k * a ** (k - 1)
    t = ch(rng, ["lim x→{a} ({n})/({d})", "what's the limit of ({n})/({d}) as x approaches {a}"])
    return t.format(a=a, n=num, d=den), [ints(val)]


@fam
def limit_sine(rng: random.Random) -> Made:
    k, m = rng.randint(2, 12), rng.randint(2, 12)
    if k == m:
        raise Again
    t = ch(rng, ["limit of sin({k}x)/({m}x) as x→0", "lim x->0 sin({k}x) / {m}x"])
    return t.format(k=k, m=m), [fr(Fr(k, m))]


@fam
def local_max(rng: random.Random) -> Made:
    p, c = rng.randint(1, 5), rng.randint(-20, 20)
    f = polyn([(1, 3), (-3 * p * p, 1), (c, 0)])
    what = ch(rng, ["maximum", "minimum"])
    val = 2 * p**3 + c if what == "maximum" else -2 * p**3 + c
    t = "what's the local {w} value of f(x) = {f}?"
    return t.format(w=what, f=f), [ints(val)]


@fam
def tangent_line(rng: random.Random) -> Made:
    a, b = rng.randint(-5, 6), rng.randint(-5, 5)
    if a == 0 or b == 0:
        raise Again
    # y = x^2 + b x ; at x=a slope 2a+b, y0 = a^2 + a b, intercept = y0 - m a = -a^2
    m, c = 2 * a + b, -a * a
    if m in (0, 1, -1):
        raise Again
    f = polyn([(1, 2), (b, 1)])
    forms = [f"y={m}x{c}", f"y={c}{'+' if m > 0 else ''}{m}x"]
    t = ch(
        rng,
        [
            "equation of the tangent to y = {f} at x = {a}",
            "tangent line to {f} at x={a}, y = mx + c form",
        ],
    )
    return t.format(f=f, a=a), [forms]


@fam
def area_under_cap(rng: random.Random) -> Made:
    m, c = rng.randint(1, 9), rng.randint(1, 4)
    val = Fr(4 * c * m**3, 3)
    cx = "" if c == 1 else str(c)
    t = ch(
        rng,
        [
            "area enclosed by y = {k} - {c}x^2 and the x-axis?",
            "find the area between the curve y = {k} − {c}x² and the x axis (exact)",
        ],
    )
    return t.format(k=c * m * m, c=cx), [fr(val)]


@fam
def chain_rule_at(rng: random.Random) -> Made:
    a, b, n, x = rng.randint(2, 5), rng.randint(-5, 5), rng.randint(3, 6), rng.randint(-2, 3)
    inner = a * x + b
    val = n * a * inner ** (n - 1)
    if b == 0 or val == 0:
        raise Again
    t = ch(
        rng, ["derivative of ({a}x {b})^{n} at x = {x}", "d/dx ({a}x {b})^{n}, evaluated at x={x}"]
    )
    return t.format(a=a, b=sg(b), n=n, x=x), [ints(val)]


@fam
def second_derivative(rng: random.Random) -> Made:
    a, b, c, x = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-3, 4)
    f = polyn([(a, 4), (b, 3), (c, 2), (rng.randint(1, 9), 1)])
    val = 12 * a * x * x + 6 * b * x + 2 * c
    return ch(rng, [f"f(x) = {f}, find f''({x})", f"second derivative of {f} at x = {x}?"]), [
        ints(val)
    ]


@fam
def average_value(rng: random.Random) -> Made:
    a, k = rng.randint(1, 12), rng.randint(1, 5)
    val = Fr(k * a * a, 3)
    f = polyn([(k, 2)])
    return ch(
        rng,
        [
            f"average value of f(x) = {f} on [0, {a}]",
            f"mean value of {f} over the interval 0 to {a}?",
        ],
    ), [fr(val)]


@fam
def exp_integral(rng: random.Random) -> Made:
    a, k = rng.randint(2, 30), rng.randint(1, 5)
    val = k * (a - 1)
    lead = "" if k == 1 else str(k)
    return ch(
        rng, [f"∫ from 0 to ln {a} of {lead}e^x dx", f"integrate {lead}e^x from 0 to ln({a})"]
    ), [ints(val)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        derivative_at,
        derivative_poly,
        product_rule,
        definite_integral,
        indefinite_integral,
        limit_infinity,
        limit_removable,
        limit_sine,
        local_max,
        tangent_line,
        area_under_cap,
        chain_rule_at,
        second_derivative,
        average_value,
        exp_integral,
    )
]
