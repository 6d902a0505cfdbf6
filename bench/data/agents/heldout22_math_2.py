"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 2: linear and quadratic
equations, simultaneous equations, inequalities, expanding, factoring and simplifying."""

from __future__ import annotations

import math

from bench.data.agents.heldout22_math import NAMES, F, dec, fam, frac, ints, pick, pm, tie
from bench.data.agents.helpers import Family


def sgn(v: int, first: bool = False) -> str:
    if first:
        return "-" if v < 0 else ""
    return "-" if v < 0 else "+"


def polyforms(coeffs: list[int], var: str = "x") -> list[str]:
    """Accepted spellings of a polynomial given highest power first (spaces are ignored)."""
    out = []
    for style in ("^", "²", "**"):
        text = ""
        deg = len(coeffs) - 1
        for i, c in enumerate(coeffs):
            p = deg - i
            if c == 0:
                continue
            mag = abs(c)
            mult = "*" if style == "**" else ""
            coef = "" if (mag == 1 and p > 0) else f"{mag}{mult if p > 0 else ''}"
            if p == 0:
                body = f"{mag}"
            elif p == 1:
                body = f"{coef}{var}"
            elif style == "²" and p in (2, 3):
                body = f"{coef}{var}{'²' if p == 2 else '³'}"
            elif style == "**":
                body = f"{coef}{var}**{p}"
            else:
                body = f"{coef}{var}^{p}"
            text += (sgn(c, True) if not text else sgn(c)) + body
        out.append(text.replace("**", "").replace("*", "") if style == "**" else text)
    return list(dict.fromkeys(out))


def lin(a: int, b: int, var: str = "x") -> str:
    """ax + b as typed, e.g. '3x - 7'."""
    head = var if a == 1 else ("-" + var if a == -1 else f"{a}{var}")
    if b == 0:
        return head
    return f"{head} {'+' if b > 0 else '-'} {abs(b)}"


@fam
def solve_linear(rng):
    a, x, b = rng.randint(2, 12), rng.randint(-15, 20), rng.randint(-30, 30)
    c = a * x + b
    t = pick(rng, f"solve {lin(a, b)} = {c}", f"{lin(a, b)} = {c}, x = ?",
             f"find x: {lin(a, b)} = {c}", f"what is x if {lin(a, b)} = {c}")
    return t, [ints(x)]


@fam
def solve_both_sides(rng):
    a, c = rng.randint(2, 15), rng.randint(1, 12)
    if a == c:
        return None
    x, b = rng.randint(-12, 15), rng.randint(-20, 20)
    d = a * x + b - c * x
    t = pick(rng, f"solve {lin(a, b)} = {lin(c, d)}", f"{lin(a, b)} = {lin(c, d)}. what's x",
             f"help me solve for x: {lin(a, b)} = {lin(c, d)}")
    return t, [ints(x)]


@fam
def solve_brackets(rng):
    a, b, x = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(-10, 15)
    if b == 0:
        return None
    c = a * (x + b)
    t = pick(rng, f"solve {a}(x {'+' if b > 0 else '-'} {abs(b)}) = {c}",
             f"{a}(x{'+' if b > 0 else '-'}{abs(b)}) = {c}, find x")
    return t, [ints(x)]


@fam
def solve_fraction_coef(rng):
    a, x0, b = rng.randint(2, 8), rng.randint(-6, 12), rng.randint(1, 20)
    x = a * x0
    c = x0 + b
    t = pick(rng, f"solve x/{a} + {b} = {c}", f"x over {a} plus {b} equals {c}. what's x?",
             f"find x if x/{a} + {b} = {c}")
    return t, [ints(x)]


@fam
def solve_linear_fraction_answer(rng):
    a, b, c = rng.randint(2, 12), rng.randint(-20, 20), rng.randint(-20, 30)
    x = F(c - b, a)
    if x.denominator == 1:
        return None
    t = pick(rng, f"solve {lin(a, b)} = {c}, exact answer", f"{lin(a, b)} = {c}. x as a fraction?")
    return t, [frac(x)]


@fam
def solve_quadratic_int(rng):
    r1, r2 = sorted(rng.sample(range(-9, 10), 2))
    b, c = -(r1 + r2), r1 * r2
    eq = " ".join(polyforms([1, b, c])[0].replace("+", " + ").replace("-", " - ").split())
    t = pick(rng, f"solve {eq} = 0", f"roots of {eq} = 0?", f"find x: {eq} = 0",
             f"what are the solutions to {eq}=0")
    return t, pm(r1, r2)


@fam
def solve_quadratic_rational(rng):
    p, q = rng.randint(2, 5), rng.randint(-7, 7)
    r = rng.randint(-6, 6)
    if q == 0 or F(-q, p).denominator == 1:
        return None
    coeffs = [p, q - p * r, -q * r]
    eq = polyforms(coeffs)[0]
    t = pick(rng, f"solve {eq} = 0", f"solve for x: {eq}=0 (exact values)",
             f"find both roots of {eq} = 0")
    return t, [frac(F(-q, p)), ints(r)]


@fam
def solve_quadratic_formula(rng):
    a, b, c = rng.randint(1, 4), rng.randint(-9, 9), rng.randint(-12, 6)
    disc = b * b - 4 * a * c
    if disc <= 0 or math.isqrt(disc) ** 2 == disc:
        return None
    r1 = (-b - math.sqrt(disc)) / (2 * a)
    r2 = (-b + math.sqrt(disc)) / (2 * a)
    if any(tie(F(r).limit_denominator(10**9), 2) for r in (r1, r2)):
        return None
    eq = polyforms([a, b, c])[0]
    t = pick(rng, f"solve {eq} = 0, answers to 2 decimal places",
             f"use the quadratic formula on {eq}=0 and give x to 2 dp")
    return t, [dec(F(r1).limit_denominator(10**9), 2), dec(F(r2).limit_denominator(10**9), 2)]


@fam
def discriminant(rng):
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-15, 15)
    eq = polyforms([a, b, c])[0]
    t = pick(rng, f"what's the discriminant of {eq}", f"discriminant of {eq} = 0?",
             f"compute b^2 - 4ac for {eq}")
    return t, [ints(b * b - 4 * a * c)]


@fam
def simultaneous(rng):
    x, y = rng.randint(-8, 12), rng.randint(-8, 12)
    a, b, c, d = rng.randint(1, 6), rng.randint(-5, 6), rng.randint(1, 6), rng.randint(-5, 6)
    if a * d - b * c == 0 or b == 0 or d == 0:
        return None
    e1 = f"{lin(a, 0)} {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}y = {a * x + b * y}"
    e2 = f"{lin(c, 0)} {'+' if d > 0 else '-'} {'' if abs(d) == 1 else abs(d)}y = {c * x + d * y}"
    t = pick(rng, f"solve the system {e1} and {e2}", f"{e1}\n{e2}\nsolve for x and y",
             f"simultaneous equations: {e1}, {e2}. what are x and y?")
    return t, [[f"x={x}", f"x = {x}", f"({x},{y})"], [f"y={y}", f"y = {y}", f"({x},{y})"]]


@fam
def tickets_system(rng):
    pa, pc = rng.choice([12, 15, 18, 20, 9]), rng.choice([5, 6, 7, 8, 4])
    na, nc = rng.randint(20, 200), rng.randint(20, 200)
    ev = rng.choice(["school play", "concert", "zoo", "museum", "movie night"])
    t = pick(rng,
             f"{ev} tickets: adults ${pa}, kids ${pc}. we sold {na + nc} tickets and took "
             f"${pa * na + pc * nc}. how many adult tickets were sold?",
             f"At the {ev} adult tix are {pa} dollars and child tix {pc} dollars. {na + nc} "
             f"tickets total, revenue {pa * na + pc * nc}. how many child tickets?")
    return t, [ints(na if "adult tickets" in t else nc)]


@fam
def sum_difference(rng):
    a, b = rng.randint(10, 200), rng.randint(1, 150)
    if a <= b:
        return None
    t = pick(rng,
             f"two numbers add up to {a + b} and their difference is {a - b}. what's the larger "
             f"one?",
             f"the sum of two numbers is {a + b}, the difference is {a - b}. find the smaller "
             f"number")
    return t, [ints(a if "larger" in t else b)]


@fam
def linear_inequality(rng):
    a = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6, 7])
    b, c = rng.randint(-20, 20), rng.randint(-20, 30)
    op = rng.choice(["<", ">", "<=", ">="])
    bound = F(c - b, a)
    flip = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}
    res = op if a > 0 else flip[op]
    pretty = {"<=": "≤", ">=": "≥"}
    forms = []
    for bf in frac(bound)[:2]:
        rev = flip[res]
        forms += [f"x{res}{bf}", f"x{pretty.get(res, res)}{bf}", f"{bf}{rev}x",
                  f"{bf}{pretty.get(rev, rev)}x"]
    t = pick(rng, f"solve {lin(a, b)} {op} {c}", f"solve the inequality {lin(a, b)} {op} {c}",
             f"for which x is {lin(a, b)} {pretty.get(op, op)} {c}?")
    return t, [list(dict.fromkeys(forms))]


@fam
def budget_inequality(rng):
    fee, per = rng.choice([15, 20, 25, 30, 35]), rng.choice([2.5, 3, 4, 4.5, 6, 7.5])
    budget = rng.randint(60, 200)
    n = int((budget - fee) / per)
    what = rng.choice([("gym", "class"), ("phone plan", "GB of extra data"),
                       ("bowling alley", "game"), ("climbing gym", "session")])
    t = pick(rng,
             f"the {what[0]} charges ${fee} flat plus ${per:g} per {what[1]}. I have ${budget}. "
             f"what's the most {what[1]}s I can get (whole number)?",
             f"{what[0]}: {fee} dollars fee + {per:g} dollars each {what[1]}. budget {budget}, "
             f"max number of {what[1]}s?")
    return t, [ints(n)]


@fam
def expand_binomials(rng):
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    if a == 0 or b == 0:
        return None
    f1 = f"(x {'+' if a > 0 else '-'} {abs(a)})"
    f2 = f"(x {'+' if b > 0 else '-'} {abs(b)})"
    t = pick(rng, f"expand {f1}{f2}", f"multiply out {f1}{f2}", f"expand and simplify {f1}*{f2}")
    return t, [polyforms([1, a + b, a * b])]


@fam
def expand_square(rng):
    p, q = rng.randint(1, 6), rng.randint(-9, 9)
    if q == 0:
        return None
    inner = f"{'' if p == 1 else p}x {'+' if q > 0 else '-'} {abs(q)}"
    t = pick(rng, f"expand ({inner})^2", f"what is ({inner})² expanded",
             f"({inner})^2 multiplied out?")
    return t, [polyforms([p * p, 2 * p * q, q * q])]


@fam
def factor_trinomial(rng):
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    if a == 0 or b == 0 or a == b:
        return None
    eq = polyforms([1, a + b, a * b])[0]
    if a + b == 0:
        return None
    fa = f"(x{'+' if a > 0 else '-'}{abs(a)})"
    fb = f"(x{'+' if b > 0 else '-'}{abs(b)})"
    t = pick(rng, f"factor {eq}", f"factorise {eq}", f"how do I factor {eq}?")
    return t, [[fa + fb, fb + fa]]


@fam
def factor_diff_squares(rng):
    p, q = rng.randint(1, 7), rng.randint(1, 12)
    if math.gcd(p, q) != 1:
        return None
    px = "x" if p == 1 else f"{p}x"
    t = pick(rng, f"factor {p * p if p > 1 else ''}x^2 - {q * q}",
             f"factorise {p * p if p > 1 else ''}x² − {q * q}")
    f1, f2 = f"({px}-{q})", f"({px}+{q})"
    return t, [[f1 + f2, f2 + f1]]


@fam
def factor_common(rng):
    g, a, b = rng.randint(2, 9), rng.randint(1, 9), rng.randint(1, 9)
    if math.gcd(a, b) != 1:
        return None
    inner = f"{'' if a == 1 else a}x+{b}"
    t = pick(rng, f"factor {g * a}x^2 + {g * b}x completely",
             f"fully factorise {g * a}x² + {g * b}x")
    return t, [[f"{g}x({inner})", f"({inner}){g}x", f"{g}x·({inner})"]]


@fam
def collect_like_terms(rng):
    a, b, c, d = (rng.choice([n for n in range(-9, 10) if abs(n) > 1]) for _ in range(4))
    if a + c == 0 or b + d == 0 or abs(a + c) == 1 or abs(b + d) == 1:
        return None
    expr = (f"{a}x {'+' if b > 0 else '-'} {abs(b)}y {'+' if c > 0 else '-'} {abs(c)}x "
            f"{'+' if d > 0 else '-'} {abs(d)}y")
    x, y = a + c, b + d
    f1 = f"{x}x{'+' if y > 0 else ''}{y}y"
    f2 = f"{y}y{'+' if x > 0 else ''}{x}x"
    t = pick(rng, f"simplify {expr}", f"collect like terms: {expr}")
    return t, [[f1, f2]]


@fam
def evaluate_poly(rng):
    a, b, c, x = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-10, 10), rng.randint(-5, 8)
    eq = polyforms([a, b, c])[0]
    t = pick(rng, f"evaluate {eq} when x = {x}", f"if x = {x}, what is {eq}?",
             f"plug x={x} into {eq}")
    return t, [ints(a * x * x + b * x + c)]


@fam
def exponent_rules(rng):
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 6)
    n = a + b - c
    if n <= 1:
        return None
    sup = str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    t = pick(rng, f"simplify x^{a} * x^{b} / x^{c}", f"what is x^{a} · x^{b} ÷ x^{c} simplified")
    return t, [[f"x^{n}", f"x{sup}", f"x^({n})", f"x^{{{n}}}"]]


@fam
def log_exact(rng):
    base = rng.choice([2, 3, 5, 10, 4, 6, 7])
    k = rng.randint(2, {2: 10, 3: 6, 4: 5}.get(base, 4))
    m = rng.randint(-9, 9)
    if m == 0:
        return None
    b2, k2 = rng.choice([2, 3, 10]), rng.randint(2, 5)
    sign = "+" if m > 0 else "-"
    options = [(f"log base {base} of {base ** k}", k),
               (f"solve {base}^(x {sign} {abs(m)}) = {base ** k}", k - m),
               (f"what is log_{base}({base ** k}) + log_{b2}({b2 ** k2})", k + k2),
               (f"evaluate log{base}({base ** k}) - log{b2}({b2 ** k2})", k - k2),
               (f"{abs(m) + 1}·log_{base}({base ** k}) = ?", (abs(m) + 1) * k),
               (f"solve {base}^({abs(m) + 1}x) = {base ** (k * (abs(m) + 1))}", k)]
    t, v = rng.choice(options)
    return t, [ints(v)]


@fam
def exp_equation_ln(rng):
    a, c = rng.randint(2, 6), rng.randint(3, 40)
    v = F(math.log(F(c, a))).limit_denominator(10**9)
    if tie(v, 3):
        return None
    ratio = F(c, a)
    exact = f"ln({ratio.numerator}/{ratio.denominator})"
    if ratio.denominator == 1:
        exact = f"ln({ratio})"
    t = pick(rng, f"solve {a}e^x = {c}, give x to 3 decimal places",
             f"{a}·e^x = {c}. what's x? 3 dp")
    return t, [[*dec(v, 3)[:1], exact, f"ln{ratio}" if ratio.denominator == 1 else exact]]


@fam
def absolute_value_eq(rng):
    a, b = rng.randint(-10, 10), rng.randint(1, 12)
    t = pick(rng, f"solve |x {'+' if a < 0 else '-'} {abs(a)}| = {b}",
             f"|x{'+' if a < 0 else '-'}{abs(a)}| = {b}, both solutions?")
    if a == 0:
        return None
    return t, [ints(a - b), ints(a + b)]


@fam
def slope_two_points(rng):
    x1, y1, x2, y2 = (rng.randint(-10, 10) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return None
    m = F(y2 - y1, x2 - x1)
    t = pick(rng, f"slope of the line through ({x1}, {y1}) and ({x2}, {y2})?",
             f"what's the gradient between ({x1},{y1}) and ({x2},{y2})")
    return t, [frac(m)]


@fam
def line_through_points(rng):
    m, c = rng.choice([-4, -3, -2, 2, 3, 4, 5]), rng.randint(-9, 9)
    x1, x2 = rng.sample(range(-5, 6), 2)
    if c == 0:
        return None
    t = pick(rng,
             f"equation of the line through ({x1}, {m * x1 + c}) and ({x2}, {m * x2 + c}) in y = "
             f"mx + c form",
             f"find y=mx+b for the line passing ({x1},{m * x1 + c}) and ({x2},{m * x2 + c})")
    rhs = f"{m}x{'+' if c > 0 else '-'}{abs(c)}"
    return t, [[f"y={rhs}"]]


@fam
def x_intercept(rng):
    m, x0 = rng.choice([2, 3, 4, 5, -2, -3]), rng.randint(-9, 12)
    c = -m * x0
    if c == 0 or x0 == 0:
        return None
    t = pick(rng, f"where does y = {lin(m, c)} cross the x-axis? x value",
             f"x-intercept of y={lin(m, c)}")
    return t, [ints(x0)]


@fam
def composition(rng):
    a, b, c = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(1, 3)
    d, x = rng.randint(-5, 5), rng.randint(-4, 5)
    g = c * x * x + d
    t = pick(rng, f"f(x) = {lin(a, b)}, g(x) = {polyforms([c, 0, d])[0]}. what's f(g({x}))?",
             f"if f(x)={lin(a, b)} and g(x)={polyforms([c, 0, d])[0]}, find f(g({x}))")
    return t, [ints(a * g + b)]


@fam
def inverse_value(rng):
    a, b, x = rng.randint(2, 9), rng.randint(-15, 15), rng.randint(-10, 12)
    y = a * x + b
    t = pick(rng, f"f(x) = {lin(a, b)}. what's f^-1({y})?",
             f"inverse of f(x)={lin(a, b)} evaluated at {y}?")
    return t, [ints(x)]


@fam
def vertex(rng):
    h, k, a = rng.randint(-6, 6), rng.randint(-12, 12), rng.choice([1, 1, 2, -1, 3])
    coeffs = [a, -2 * a * h, a * h * h + k]
    eq = polyforms(coeffs)[0]
    t = pick(rng, f"vertex of y = {eq}?", f"find the turning point of y={eq}",
             f"what's the vertex of the parabola y = {eq}")
    return t, [[f"({h},{k})", f"x={h},y={k}"]]


@fam
def think_of_number(rng):
    x, m, a = rng.randint(3, 60), rng.randint(2, 9), rng.randint(1, 30)
    r = x * m + a
    t = pick(rng,
             f"I think of a number, multiply it by {m}, then add {a} and get {r}. what was my "
             f"number",
             f"my kid's riddle: a number times {m}, plus {a}, is {r}. what's the number?")
    return t, [ints(x)]


@fam
def consecutive_integers(rng):
    n, k = rng.randint(-5, 80), rng.choice([3, 4, 5])
    s = sum(range(n, n + k))
    what = rng.choice(["smallest", "largest"])
    t = pick(rng, f"{k} consecutive integers add up to {s}. what's the {what}?",
             f"the sum of {k} consecutive integers is {s}, find the {what} one")
    return t, [ints(n if what == "smallest" else n + k - 1)]


@fam
def coin_system(rng):
    q, d = rng.randint(3, 40), rng.randint(3, 40)
    cents = 25 * q + 10 * d
    name = rng.choice(NAMES)
    t = pick(rng,
             f"{name} has {q + d} coins, all quarters and dimes, worth ${cents / 100:.2f} total. "
             f"how many quarters?",
             f"jar has only dimes and quarters: {q + d} coins worth {cents / 100:.2f} dollars. "
             f"how many dimes are there?")
    return t, [ints(q if "quarters?" in t else d)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_linear, solve_both_sides, solve_brackets, solve_fraction_coef,
    solve_linear_fraction_answer, solve_quadratic_int, solve_quadratic_rational,
    solve_quadratic_formula, discriminant, simultaneous, tickets_system, sum_difference,
    linear_inequality, budget_inequality, expand_binomials, expand_square, factor_trinomial,
    factor_diff_squares, factor_common, collect_like_terms, evaluate_poly, exponent_rules,
    log_exact, exp_equation_ln, absolute_value_eq, slope_two_points, line_through_points,
    x_intercept, composition, inverse_value, vertex, think_of_number, consecutive_integers,
    coin_system)]
