"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part four: equations,
systems, inequalities, functions, lines and sequences (answer forms from
:mod:`bench.data.agents.heldout13_math`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, eq, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item

NZ = [n for n in range(-9, 10) if n]


def poly(coeffs: list[int], var: str = "x") -> str:
    """Coefficients from the highest power down, written as people type them: 2x^2 - x + 3."""
    out: list[str] = []
    top = len(coeffs) - 1
    for i, c in enumerate(coeffs):
        p = top - i
        if c == 0:
            continue
        mono = "" if p == 0 else (var if p == 1 else f"{var}^{p}")
        body = (str(abs(c)) if abs(c) != 1 or not mono else "") + mono
        sign = ("-" if c < 0 else "") if not out else (" - " if c < 0 else " + ")
        out.append(sign + body)
    return "".join(out) or "0"


def xs(name: str, *values: F | int) -> list[list[str]]:
    """One part per root: x = 3 / x=3 (and the decimal of a fraction that terminates)."""
    return [eq(name, frac(F(v))) for v in values]


def rel(name: str, op: str, v: int) -> list[str]:
    ops = {"<": ["<"], ">": [">"], "<=": ["<=", "≤"], ">=": [">=", "≥"]}[op]
    return dedupe([f"{name} {o} {v}" for o in ops] + [f"{name}{o}{v}" for o in ops])


def k_lin_basic(rng: random.Random) -> Item:  # a two-step linear equation, bare
    a, x, b = rng.randint(2, 15), rng.randint(-12, 25), rng.randint(1, 40)
    return item("K_a_lin_basic", "math", f"solve {a}x - {b} = {a * x - b}", xs("x", x))


def k_lin_bracket(rng: random.Random) -> Item:  # a bracket to expand first
    a, b, x = rng.randint(2, 9), rng.randint(1, 12), rng.randint(-8, 20)
    return item("K_a_lin_bracket", "math", f"Find x if {a}(x + {b}) = {a * (x + b)}", xs("x", x))


def k_lin_both(rng: random.Random) -> Item:  # x on both sides
    a, c, x, b = rng.randint(5, 12), rng.randint(1, 4), rng.randint(-9, 15), rng.randint(1, 30)
    d = (a - c) * x + b
    return item("K_a_lin_both", "math", f"{a}x + {b} = {poly([c, d])}, solve for x please",
                xs("x", x))


def k_lin_frac_root(rng: random.Random) -> Item:  # a root that is a fraction
    a, b, c = rng.choice([2, 4, 5, 8]), rng.randint(1, 20), rng.randint(1, 50)
    x = F(c - b, a)
    if x.denominator == 1:
        return k_lin_frac_root(rng)
    return item("K_a_lin_frac_root", "math", f"What's x when {a}x + {b} = {c}?", xs("x", x))


def k_lin_over(rng: random.Random) -> Item:  # x divided by a number
    k, b = rng.randint(2, 9), rng.randint(1, 15)
    x = k * rng.randint(-5, 12)
    return item("K_a_lin_over", "math", f"x/{k} + {b} = {x // k + b}", xs("x", x))


def k_think_number(rng: random.Random) -> Item:  # a think-of-a-number puzzle
    n, a, b = rng.randint(2, 60), rng.randint(3, 9), rng.randint(2, 30)
    return item("K_a_think_number", "math", f"I think of a number, multiply it by {a} and subtract "
                f"{b}. The answer is {a * n - b}. What was my number?", [whole(n)])


def k_lin_y(rng: random.Random) -> Item:  # the unknown called y
    a, c, y, b = rng.randint(4, 11), rng.randint(1, 3), rng.randint(-10, 12), rng.randint(-20, 20)
    d = (a - c) * y + b
    return item("K_a_lin_y", "math", f"solve for y: {poly([a, b], 'y')} = {poly([c, d], 'y')}",
                xs("y", y))


def k_quad_std(rng: random.Random) -> Item:  # a monic quadratic set to zero
    r1, r2 = rng.sample(range(-10, 11), 2)
    if r1 * r2 == 0 or r1 + r2 == 0:
        return k_quad_std(rng)
    return item("K_a_quad_std", "math", f"solve {poly([1, -(r1 + r2), r1 * r2])} = 0",
                xs("x", *sorted((r1, r2))))


def k_quad_lead(rng: random.Random) -> Item:  # a common factor in front
    k, r1, r2 = rng.choice([2, 3, 4]), rng.randint(-7, 7), rng.randint(-7, 7)
    if r1 == r2 or r1 + r2 == 0 or r1 * r2 == 0:
        return k_quad_lead(rng)
    return item("K_a_quad_lead", "math", f"{poly([k, -k * (r1 + r2), k * r1 * r2])} = 0, find x",
                xs("x", *sorted((r1, r2))))


def k_quad_square(rng: random.Random) -> Item:  # x squared equals a number
    n = rng.randint(4, 30)
    pm = [f"x = ±{n}", f"x=±{n}", f"±{n}"]
    return item("K_a_quad_square", "math", f"x^2 = {n * n}. what can x be?",
                [part + pm for part in xs("x", -n, n)])


def k_quad_nocon(rng: random.Random) -> Item:  # no constant term
    a, r = rng.randint(1, 4), rng.choice(NZ)
    return item("K_a_quad_nocon", "math", f"Solve {poly([a, 0, 0])} = {poly([a * r, 0])}",
                xs("x", *sorted((0, r))))


def k_quad_decimal(rng: random.Random) -> Item:  # irrational roots to two decimals
    a, b, c = rng.randint(2, 5), rng.randint(-9, 9), rng.randint(-20, -1)
    disc = b * b - 4 * a * c
    rs = sorted(((-b - math.sqrt(disc)) / (2 * a), (-b + math.sqrt(disc)) / (2 * a)))
    if math.isqrt(disc) ** 2 == disc or any(tie(r) for r in rs) or not b:
        return k_quad_decimal(rng)
    return item("K_a_quad_decimal", "math", f"roots of {poly([a, b, c])} = 0 to 2 decimal places?",
                [dedupe(eq("x", dec(r)) + dec(r)) for r in rs])


def k_quad_shifted(rng: random.Random) -> Item:  # a squared bracket equals a square
    h, k = rng.choice(NZ), rng.randint(2, 9)
    inner = f"x - {h}" if h > 0 else f"x + {-h}"
    return item("K_a_quad_shifted", "math", f"solve ({inner})^2 = {k * k}",
                xs("x", h - k, h + k))


def k_cubic(rng: random.Random) -> Item:  # a cubic with three integer roots
    r = sorted(rng.sample(range(-5, 7), 3))
    if 0 in r:
        return k_cubic(rng)
    a, b, c = r
    coeffs = [1, -(a + b + c), a * b + a * c + b * c, -a * b * c]
    return item("K_a_cubic", "math", f"find all real solutions of {poly(coeffs)} = 0",
                xs("x", a, b, c))


def k_system_std(rng: random.Random) -> Item:  # a 2x2 system in standard form
    x, y = rng.randint(-6, 10), rng.randint(-6, 10)
    a, b, c, d = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6), rng.randint(-6, -2)
    if a * d - b * c == 0:
        return k_system_std(rng)
    return item("K_a_system_std", "math", f"Solve the simultaneous equations {a}x + "
                f"{b}y = {a * x + b * y} and {c}x - {-d}y = {c * x + d * y}",
                xs("x", x) + xs("y", y))


def k_system_sum_diff(rng: random.Random) -> Item:  # sum and difference, lower case
    x, y = rng.randint(5, 60), rng.randint(1, 40)
    if x <= y:
        return k_system_sum_diff(rng)
    return item("K_a_system_sum_diff", "math", f"x + y = {x + y} and x - y = {x - y}, what are x "
                "and y", xs("x", x) + xs("y", y))


def k_system_sub(rng: random.Random) -> Item:  # one equation already solved for y
    m, c, k, x = rng.randint(2, 5), rng.randint(-6, 6), rng.randint(2, 5), rng.randint(-5, 8)
    y = m * x + c
    return item("K_a_system_sub", "math", f"y = {poly([m, c])} and {k}x + y = {k * x + y}. Find "
                "x and y.", xs("x", x) + xs("y", y))


def k_system_three(rng: random.Random) -> Item:  # three unknowns
    x, y, z = (rng.randint(-5, 8) for _ in range(3))
    return item("K_a_system_three", "math", f"solve: x + y + z = {x + y + z}, 2x - y + z = "
                f"{2 * x - y + z}, x + 2y - z = {x + 2 * y - z}",
                xs("x", x) + xs("y", y) + xs("z", z))


def k_tickets(rng: random.Random) -> Item:  # adult and child tickets
    pa, pc = rng.randint(9, 20), rng.randint(4, 8)
    na, nc = rng.randint(20, 300), rng.randint(20, 300)
    if na == nc:
        return k_tickets(rng)
    return item("K_a_tickets", "math", f"Adult tickets are {pa}, child tickets {pc}. We sold "
                f"{na + nc} tickets and took {pa * na + pc * nc}. How many adult tickets and how "
                "many child tickets?", [whole(na), whole(nc)])


def k_ineq_basic(rng: random.Random) -> Item:  # a one-sided inequality
    a, x, b = rng.randint(2, 9), rng.randint(-6, 15), rng.randint(1, 20)
    return item("K_a_ineq_basic", "math", f"solve {a}x - {b} < {a * x - b}",
                [rel("x", "<", x)])


def k_ineq_flip(rng: random.Random) -> Item:  # dividing by a negative flips the sign
    a, x, b = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(1, 25)
    return item("K_a_ineq_flip", "math", f"Solve for x: {b} - {a}x >= {b - a * x}",
                [rel("x", "<=", x)])


def k_exp_eq(rng: random.Random) -> Item:  # an unknown exponent
    base, x = rng.choice([2, 3, 5, 7]), rng.randint(3, 12)
    if base ** x > 10**7:
        return k_exp_eq(rng)
    return item("K_a_exp_eq", "math", f"{base}^x = {base ** x}, what's x?", xs("x", x))


def k_exp_shift(rng: random.Random) -> Item:  # an exponent x + 1
    base, x = rng.choice([2, 3, 4, 6]), rng.randint(1, 7)
    return item("K_a_exp_shift", "math", f"Solve {base}^(x+1) = {base ** (x + 1)}", xs("x", x))


def k_log_eq(rng: random.Random) -> Item:  # a logarithm equation
    base, k = rng.choice([2, 3, 5]), rng.randint(3, 9)
    return item("K_a_log_eq", "math", f"log base {base} of x = {k}. solve for x",
                xs("x", base ** k))


def k_ln_eq(rng: random.Random) -> Item:  # e^x equals a number
    n = rng.randint(3, 500)
    v = math.log(n)
    if tie(v, 3):
        return k_ln_eq(rng)
    return item("K_a_ln_eq", "math", f"If e^x = {n}, what is x to 3 decimal places?",
                [dedupe(eq("x", dec(v, 3)) + dec(v, 3))])


def k_abs_eq(rng: random.Random) -> Item:  # an absolute-value equation
    h, k = rng.randint(-9, 9), rng.randint(2, 15)
    inner = f"x - {h}" if h > 0 else (f"x + {-h}" if h else "x")
    if not h:
        return k_abs_eq(rng)
    return item("K_a_abs_eq", "math", f"|{inner}| = {k}", xs("x", h - k, h + k))


def k_sqrt_eq(rng: random.Random) -> Item:  # a square root equation
    b, k = rng.randint(1, 30), rng.randint(2, 15)
    return item("K_a_sqrt_eq", "math", f"solve sqrt(x + {b}) = {k}", xs("x", k * k - b))


def k_rational_eq(rng: random.Random) -> Item:  # x in a fraction's numerator and denominator
    a, b, k = rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 5)
    x = F(a + k * b, k - 1)
    return item("K_a_rational_eq", "math", f"Solve (x + {a})/(x - {b}) = {k}", xs("x", x))


def k_func_eval(rng: random.Random) -> Item:  # a quadratic function at a point
    a, b, c, x = rng.randint(1, 6), rng.choice(NZ), rng.randint(-15, 15), rng.randint(-6, 9)
    return item("K_a_func_eval", "math", f"f(x) = {poly([a, b, c])}. What is f({x})?",
                [whole(a * x * x + b * x + c)])


def k_func_inverse(rng: random.Random) -> Item:  # an inverse function's value
    m, c, x = rng.randint(2, 9), rng.randint(-12, 12), rng.randint(-5, 15)
    return item("K_a_func_inverse", "math", f"if f(x) = {poly([m, c])}, find f^-1({m * x + c})",
                [whole(x)])


def k_compose(rng: random.Random) -> Item:  # g of f of a number
    k, a, x = rng.randint(1, 9), rng.randint(2, 4), rng.randint(-4, 6)
    return item("K_a_compose", "math", f"f(x) = x + {k} and g(x) = {a}x^2. What's g(f({x}))?",
                [whole(a * (x + k) ** 2)])


def k_gradient(rng: random.Random) -> Item:  # a gradient between two points
    x1, y1, x2, y2 = (rng.randint(-10, 12) for _ in range(4))
    if x1 == x2 or y1 == y2:
        return k_gradient(rng)
    return item("K_a_gradient", "math", f"what's the gradient between ({x1}, {y1}) and ({x2}, "
                f"{y2})?", [frac(F(y2 - y1, x2 - x1))])


def k_midpoint(rng: random.Random) -> Item:  # a midpoint with integer coordinates
    x1, y1 = rng.randint(-10, 10), rng.randint(-10, 10)
    x2, y2 = x1 + 2 * rng.randint(-6, 6), y1 + 2 * rng.randint(-6, 6)
    mx, my = (x1 + x2) // 2, (y1 + y2) // 2
    if (x1, y1) == (x2, y2):
        return k_midpoint(rng)
    return item("K_a_midpoint", "math", f"Midpoint of ({x1}, {y1}) and ({x2}, {y2})",
                [[f"({mx}, {my})", f"({mx},{my})"]])


def k_line_point_slope(rng: random.Random) -> Item:  # a line from a point and a slope
    m, c, x0 = rng.choice(NZ), rng.randint(-10, 10), rng.randint(-5, 5)
    if not c:
        return k_line_point_slope(rng)
    rhs = poly([m, c])
    return item("K_a_line_point_slope", "math", f"equation of the line with slope {m} through "
                f"({x0}, {m * x0 + c})?", [dedupe([f"y = {rhs}", f"y={rhs.replace(' ', '')}"])])


def k_x_intercept(rng: random.Random) -> Item:  # where a line meets the x-axis
    a, b, x = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 12)
    return item("K_a_x_intercept", "math", f"Where does {a}x + {b}y = {a * x} cross the x-axis?",
                [[f"({x}, 0)", f"({x},0)", f"x = {x}", f"x={x}"]])


def k_arith_nth(rng: random.Random) -> Item:  # an arithmetic sequence term, described
    a, d, n = rng.randint(-20, 20), rng.randint(2, 15), rng.randint(15, 200)
    return item("K_a_arith_nth", "math", f"An arithmetic sequence starts at {a} and goes up by {d} "
                f"each time. What is term number {n}?", [whole(a + (n - 1) * d)])


def k_arith_sum(rng: random.Random) -> Item:  # an arithmetic series
    a, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(10, 60)
    seq = ", ".join(str(a + d * i) for i in range(3))
    return item("K_a_arith_sum", "math", f"sum of the first {n} terms of {seq}, ...",
                [whole(n * (2 * a + (n - 1) * d) // 2)])


def k_geo_nth(rng: random.Random) -> Item:  # a geometric sequence term
    a, r, n = rng.randint(1, 7), rng.choice([2, 3, 4]), rng.randint(6, 12)
    seq = ", ".join(str(a * r ** i) for i in range(4))
    return item("K_a_geo_nth", "math", f"{seq} ... what is the {n}th term",
                [whole(a * r ** (n - 1))])


def k_consecutive(rng: random.Random) -> Item:  # three consecutive integers
    n = rng.randint(5, 300)
    return item("K_a_consecutive", "math", f"Three consecutive whole numbers add up to "
                f"{3 * n + 3}. What are they?", [whole(n), whole(n + 1), whole(n + 2)])


WORDS = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times"}


def k_ages(rng: random.Random) -> Item:  # a mother's and son's ages from two ratios
    a, b = rng.choice([(4, 3), (4, 2), (5, 2), (5, 3), (6, 3), (6, 4), (3, 2)])
    k = rng.randint(2, 20)
    son = F((b - 1) * k, a - b)
    if son.denominator != 1 or not 2 <= son <= 20:
        return k_ages(rng)
    return item("K_a_ages", "math", f"A mum is {WORDS[a]} as old as her son. In {k} years she "
                f"will be {WORDS[b]} as old as him. How old are they now?",
                [whole(int(son)), whole(int(son) * a)])


def k_rect_dims(rng: random.Random) -> Item:  # rectangle sides from perimeter and difference
    w, d = rng.randint(3, 40), rng.randint(1, 15)
    return item("K_a_rect_dims", "math", f"A rectangle's perimeter is {2 * (2 * w + d)} cm and "
                f"it's {d} cm longer than it is wide. Width and length?", [whole(w), whole(w + d)])


def k_direct_var(rng: random.Random) -> Item:  # direct proportion
    k, x1, x2 = rng.randint(2, 12), rng.randint(2, 10), rng.randint(11, 40)
    return item("K_a_direct_var", "math", f"y varies directly with x. y = {k * x1} when x = {x1}. "
                f"find y when x = {x2}", [dedupe(eq("y", whole(k * x2)) + whole(k * x2))])


def k_inverse_var(rng: random.Random) -> Item:  # inverse proportion
    x1, x2 = rng.randint(2, 12), rng.randint(2, 12)
    k = x1 * x2 * rng.randint(1, 10)
    if x1 == x2:
        return k_inverse_var(rng)
    return item("K_a_inverse_var", "math", f"y is inversely proportional to x, and y = {k // x1} "
                f"when x = {x1}. What's y when x = {x2}?",
                [dedupe(eq("y", whole(k // x2)) + whole(k // x2))])


def k_discriminant(rng: random.Random) -> Item:  # a discriminant
    a, b, c = rng.randint(1, 6), rng.choice(NZ), rng.choice(NZ)
    return item("K_a_discriminant", "math", f"discriminant of {poly([a, b, c])}?",
                [whole(b * b - 4 * a * c)])


def k_substitute(rng: random.Random) -> Item:  # an expression in two letters evaluated
    a, b = rng.randint(-6, 8), rng.randint(-6, 8)
    if not a or not b:
        return k_substitute(rng)
    return item("K_a_substitute", "math", f"Evaluate 3a^2 - 2ab + b^2 when a = {a} and b = {b}",
                [whole(3 * a * a - 2 * a * b + b * b)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_lin_basic, k_lin_bracket, k_lin_both, k_lin_frac_root, k_lin_over, k_think_number,
    k_lin_y, k_quad_std, k_quad_lead, k_quad_square, k_quad_nocon, k_quad_decimal,
    k_quad_shifted, k_cubic, k_system_std, k_system_sum_diff, k_system_sub, k_system_three,
    k_tickets, k_ineq_basic, k_ineq_flip, k_exp_eq, k_exp_shift, k_log_eq, k_ln_eq, k_abs_eq,
    k_sqrt_eq, k_rational_eq, k_func_eval, k_func_inverse, k_compose, k_gradient, k_midpoint,
    k_line_point_slope, k_x_intercept, k_arith_nth, k_arith_sum, k_geo_nth, k_consecutive,
    k_ages, k_rect_dims, k_direct_var, k_inverse_var, k_discriminant, k_substitute)]
