"""Round 17 (``M_*``, dev now) for ``muse bench agents``, algebra part 1: equations, systems,
inequalities, functions, sequences, calculus, matrices, geometry, probability, logarithms and
number theory."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, family, frac, near_tie, num, one
from bench.data.agents.helpers import Family, poly, roots, term


@family
def linear_eq(rng: random.Random) -> Made:
    a, x, b = rng.randint(2, 12), rng.randint(-15, 15), rng.randint(-30, 30)
    c = a * x + b
    bs = f"+ {b}" if b >= 0 else f"- {-b}"
    return (one(rng, f"solve {a}x {bs} = {c}", f"Solve for x: {a}x {bs} = {c}"),
            [[f"x = {x}", f"x={x}"]])


@family
def both_sides(rng: random.Random) -> Made:
    a, c = rng.sample(range(2, 11), 2)
    x = rng.randint(-9, 12)
    b = rng.randint(-20, 20)
    d = a * x + b - c * x
    return (f"Find x if {a}x + {b} = {c}x + {d}".replace("+ -", "- "), [[f"x = {x}", f"x={x}"]])


@family
def quadratic_roots(rng: random.Random) -> Made:
    r1, r2, text = roots(rng)
    return (f"what are the solutions of {text} = 0", [[f"x = {r1}", f"x={r1}", f"{r1},"],
                                                      [f"x = {r2}", f"x={r2}", f"and {r2}",
                                                       f", {r2}"]])


@family
def factor_quad(rng: random.Random) -> Made:
    r1, r2, text = roots(rng)
    a, b = term(r1), term(r2)
    return (f"Factor {text} completely.", [[f"({a})({b})", f"({b})({a})"]])


@family
def expand_product(rng: random.Random) -> Made:
    a, b = rng.sample([-7, -5, -4, -3, -2, 2, 3, 4, 5, 6, 8], 2)
    s, p = a + b, a * b
    if s == 0:
        return None
    f1 = f"x + {a}" if a > 0 else f"x - {-a}"
    f2 = f"x + {b}" if b > 0 else f"x - {-b}"
    return (f"expand ({f1})({f2})", [[poly(s, p), poly(s, p, "*")]])


@family
def system_two(rng: random.Random) -> Made:
    x, y = rng.randint(-8, 10), rng.randint(-8, 10)
    a, b, c, d = (rng.randint(1, 6) for _ in range(4))
    if a * d - b * c == 0:
        return None
    e1, e2 = a * x + b * y, c * x - d * y
    return (f"Solve the system: {a}x + {b}y = {e1} and {c}x - {d}y = {e2}",
            [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"]])


@family
def inequality(rng: random.Random) -> Made:
    a, x, b = rng.randint(2, 9), rng.randint(-10, 10), rng.randint(-20, 20)
    neg = rng.random() < 0.5
    c = (-a if neg else a) * x + b
    sign = "<" if not neg else ">"
    coef = -a if neg else a
    return (f"Solve the inequality {coef}x + {b} < {c}".replace("+ -", "- "),
            [[f"x {sign} {x}", f"x{sign}{x}", f"({'-∞' if sign == '<' else x}, "
              f"{x if sign == '<' else '∞'})"]])


@family
def func_eval(rng: random.Random) -> Made:
    a, b, c, x = rng.randint(2, 5), rng.randint(-9, 9), rng.randint(-10, 10), rng.randint(-5, 6)
    if b in (0, 1, -1) or c == 0:
        return None
    value = a * x * x + b * x + c
    return (f"If f(x) = {a}x^2 + {b}x + {c}, what is f({x})?".replace("+ -", "- "),
            [[f"f({x}) = {value}", f"= {value}", f"is {value}"]])


@family
def composition(rng: random.Random) -> Made:
    a, b, c, x = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(1, 4), rng.randint(-4, 5)
    g = c * x * x
    f = a * g + b
    return (f"f(x) = {a}x + {b} and g(x) = {c}x². Find f(g({x})).".replace("+ -", "- "),
            [[f"= {f}", f"is {f}", f"f(g({x})) = {f}"]])


@family
def arithmetic_term(rng: random.Random) -> Made:
    a, d, n = rng.randint(-10, 20), rng.randint(2, 9), rng.randint(15, 60)
    seq = ", ".join(str(a + d * i) for i in range(4))
    return (f"What is the {n}th term of {seq}, ...?", [num(a + d * (n - 1), 0)])


@family
def geometric_sum(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 5), rng.choice([2, 3]), rng.randint(5, 10)
    total = a * (r ** n - 1) // (r - 1)
    return (f"sum of the first {n} terms of the geometric sequence {a}, {a * r}, {a * r * r}, ...",
            [num(total, 0)])


@family
def derivative_poly(rng: random.Random) -> Made:
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-3, 4)
    if b in (0, 1, -1) or c in (0, 1, -1) or a == 1:
        return None
    value = 3 * a * x * x + 2 * b * x + c
    return (f"Let f(x) = {a}x^3 + {b}x^2 + {c}x + 7. What is f'({x})?".replace("+ -", "- "),
            [[f"= {value}", f"is {value}", f"f'({x}) = {value}"]])


@family
def definite_integral(rng: random.Random) -> Made:
    a, b, lo, hi = rng.randint(2, 6), rng.randint(-5, 8), rng.randint(0, 2), rng.randint(3, 6)
    if b in (0, 1, -1):
        return None
    value = Fraction(a, 3) * (hi ** 3 - lo ** 3) + Fraction(b, 2) * (hi ** 2 - lo ** 2)
    return (f"Evaluate the integral of {a}x^2 + {b}x from {lo} to {hi}.".replace("+ -", "- "),
            [frac(value)])


@family
def limit_rational(rng: random.Random) -> Made:
    r, k = rng.randint(-6, 6), rng.randint(-6, 6)
    if r == 0 or k == 0 or r == k:
        return None
    return (f"lim as x→{r} of ({term(r).replace('x', '(x', 1)})({term(k)})) / ({term(r)})"
            .replace("((x", "((x"), [[f"= {r - k}", f"is {r - k}"]])


@family
def determinant(rng: random.Random) -> Made:
    m = [[rng.randint(-6, 9) for _ in range(2)] for _ in range(2)]
    det = m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return (f"determinant of the matrix [[{m[0][0]}, {m[0][1]}], [{m[1][0]}, {m[1][1]}]]?",
            [[f"= {det}", f"is {det}", f"det = {det}"]])


@family
def dot_product(rng: random.Random) -> Made:
    u = [rng.randint(-5, 7) for _ in range(3)]
    v = [rng.randint(-5, 7) for _ in range(3)]
    d = sum(a * b for a, b in zip(u, v, strict=True))
    return (f"Dot product of ({', '.join(map(str, u))}) and ({', '.join(map(str, v))})?",
            [[f"= {d}", f"is {d}"]])


@family
def hypotenuse(rng: random.Random) -> Made:
    a, b = rng.randint(3, 20), rng.randint(3, 20)
    h = math.hypot(a, b)
    if near_tie(h, 2):
        return None
    return (f"A right triangle has legs {a} cm and {b} cm. How long is the hypotenuse? 2 d.p.",
            [[*num(round(h, 2)), f"{h:.2f}"]])


@family
def circle_area(rng: random.Random) -> Made:
    r = rng.randint(2, 40)
    area = math.pi * r * r
    if near_tie(area, 1):
        return None
    return (f"area of a circle with radius {r} m, to one decimal place",
            [[f"{area:.1f}", f"{area:,.1f}"]])


@family
def trig_side(rng: random.Random) -> Made:
    hyp, ang = rng.randint(5, 30), rng.choice([20, 25, 35, 40, 50, 55, 65, 70])
    opp = hyp * math.sin(math.radians(ang))
    if near_tie(opp, 2):
        return None
    return (f"In a right triangle the hypotenuse is {hyp} and one angle is {ang}°. How long is "
            "the side opposite that angle? Round to 2 decimal places.",
            [[f"{opp:.2f}"]])


@family
def dice_prob(rng: random.Random) -> Made:
    s = rng.randint(3, 11)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    p = Fraction(ways, 36)
    return (f"Rolling two fair dice, what's the probability the total is {s}? Give it as a "
            "fraction.", [frac(p)])


@family
def draw_without_replacement(rng: random.Random) -> Made:
    r, b = rng.randint(2, 8), rng.randint(2, 8)
    p = Fraction(r, r + b) * Fraction(r - 1, r + b - 1)
    return (f"A bag has {r} red and {b} blue marbles. Two are drawn without replacement. "
            "Probability both are red, as a fraction in lowest terms?", [frac(p)])


@family
def log_solve(rng: random.Random) -> Made:
    base, x = rng.choice([2, 3, 5, 10]), rng.randint(2, 6)
    value = base ** x
    return (f"solve {base}^x = {value}", [[f"x = {x}", f"x={x}"]])


@family
def log_eval(rng: random.Random) -> Made:
    base, a, b = rng.choice([2, 3]), rng.randint(3, 7), rng.randint(1, 3)
    return (f"Simplify log base {base} of {base ** a} minus log base {base} of {base ** b}.",
            [[f"= {a - b}", f"is {a - b}"]])


@family
def modular(rng: random.Random) -> Made:
    a, e, m = rng.randint(2, 9), rng.randint(20, 200), rng.choice([7, 11, 13, 17])
    return (f"What is {a}^{e} mod {m}?", [[f"= {pow(a, e, m)}", f"is {pow(a, e, m)}",
                                           f"≡ {pow(a, e, m)}"]])


@family
def prime_factor(rng: random.Random) -> Made:
    ps = sorted(rng.choices([2, 3, 5, 7, 11, 13], k=rng.randint(3, 5)))
    n = math.prod(ps)
    forms = ["×".join(map(str, ps)), "·".join(map(str, ps)),
             " x ".join(map(str, ps))]
    powers = [f"{p}^{ps.count(p)}" if ps.count(p) > 1 else str(p) for p in sorted(set(ps))]
    sup = [p.replace("^2", "²").replace("^3", "³").replace("^4", "⁴").replace("^5", "⁵")
           for p in powers]
    forms += [" × ".join(powers), " · ".join(powers), " × ".join(sup), " · ".join(sup),
              " x ".join(powers)]
    return (f"prime factorisation of {n}?", [forms])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    linear_eq, both_sides, quadratic_roots, factor_quad, expand_product, system_two, inequality,
    func_eval, composition, arithmetic_term, geometric_sum, derivative_poly, definite_integral,
    limit_rational, determinant, dot_product, hypotenuse, circle_area, trig_side, dice_prob,
    draw_without_replacement, log_solve, log_eval, modular, prime_factor)]
