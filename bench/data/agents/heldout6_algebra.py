"""Round 6 (``V_*``, held out once, dev now) for ``muse bench agents``, second part: equations,
algebra and calculus (see :mod:`bench.data.agents.heldout6`)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout5_math import minus, poly_forms, poly_text, signed
from bench.data.agents.helpers import Family, Item, exact, item


def nonzero(rng: random.Random, low: int, high: int) -> int:
    return rng.choice([n for n in range(low, high + 1) if n])


def factor_forms(a: int, b: int) -> list[str]:
    """(x + a)(x + b) in either order, with or without the star."""
    f1, f2 = (f"(x {signed(n)})" for n in (a, b))
    return [f"{f1}*{f2}", f"{f2}*{f1}", f"{f1}{f2}", f"{f2}{f1}"]


# --- equations -------------------------------------------------------------------------

def v_leading_two(rng: random.Random) -> Item:  # a quadratic with leading coefficient 2 or 3
    k = rng.choice([2, 3])
    p, q = nonzero(rng, -6, 6), nonzero(rng, -7, 7)
    if Fraction(p, k) == q:
        return v_leading_two(rng)
    # (k x - p)(x - q) = k x^2 - (kq + p) x + pq
    expr = poly_text({2: k, 1: -(k * q + p), 0: p * q}, False)
    first, second = sorted([Fraction(p, k), Fraction(q)])
    return item("V_leading_two", "math", f"solve {expr} = 0 for x",
                [[f"x = {v}" for v in exact(first)], [f"x = {v}" for v in exact(second)]])


def v_moved_terms(rng: random.Random) -> Item:  # x squared equal to a linear expression
    r1, r2 = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2))
    right = poly_text({1: r1 + r2, 0: -r1 * r2}, False)
    return item("V_moved_terms", "math", f"x² = {right}. what could x be?",
                [[f"x = {r1}"], [f"x = {r2}"]])


def v_think_number(rng: random.Random) -> Item:  # a number puzzle as a linear equation
    n, m, a = rng.randint(3, 40), rng.randint(2, 9), rng.randint(1, 30)
    return item("V_think_number", "math", f"I think of a number, multiply it by {m} and add {a}. "
                f"the result is {n * m + a}. what was my number?", [[str(n)]])


def v_sum_difference(rng: random.Random) -> Item:  # two numbers from their sum and difference
    a, b = rng.randint(10, 80), rng.randint(1, 60)
    big, small = max(a, b), min(a, b)
    if big == small:
        return v_sum_difference(rng)
    return item("V_sum_difference", "math", f"two numbers add up to {big + small} and their "
                f"difference is {big - small}. what are they?", [[str(big)], [str(small)]])


def v_power_eq(rng: random.Random) -> Item:  # an exponential equation with a whole answer
    b, n = rng.choice([2, 3, 5]), rng.randint(3, 8)
    return item("V_power_eq", "math", f"solve {b}^x = {b ** n}", [[f"x = {n}"]])


def v_fraction_eq(rng: random.Random) -> Item:  # x over a number, with a constant
    d, x = rng.randint(2, 9), rng.randint(-20, 30)
    c = rng.randint(1, 15)
    if x % d:
        return v_fraction_eq(rng)
    return item("V_fraction_eq", "math", f"x/{d} + {c} = {x // d + c}, find x",
                [[f"x = {v}" for v in minus(str(x))]])


def v_system_sub(rng: random.Random) -> Item:  # a system given as y = ... and a sum
    x, m, c = rng.randint(-5, 9), rng.randint(2, 5), nonzero(rng, -9, 9)
    y = m * x + c
    k = rng.randint(1, 4)
    return item("V_system_sub", "math", f"y = {m}x {signed(c)} and {'' if k == 1 else k}x + y = "
                f"{k * x + y}. solve for x and y", [[f"x = {x}"], [f"y = {y}"]])


# --- algebra ---------------------------------------------------------------------------

def v_expand_cube(rng: random.Random) -> Item:  # a binomial cubed
    a = nonzero(rng, -5, 5)
    return item("V_expand_cube", "math", f"expand (x {signed(a)})^3",
                [poly_forms({3: 1, 2: 3 * a, 1: 3 * a * a, 0: a ** 3})])


def v_break_down(rng: random.Random) -> Item:  # factoring asked in everyday words
    a, b = rng.sample([-8, -7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 9], 2)
    expr = poly_text({2: 1, 1: a + b, 0: a * b}, False)
    return item("V_break_down", "math", f"how do I write {expr} as a product of two brackets?",
                [factor_forms(a, b)])


def v_cancel(rng: random.Random) -> Item:  # a common factor cancels in a quotient
    k, a = rng.randint(2, 6), nonzero(rng, -9, 9)
    top = poly_text({2: k, 1: k * a}, False)
    return item("V_cancel", "math", f"simplify ({top})/({k}x)",
                [[f"x {signed(a)}", f"{a} + x" if a > 0 else f"x - {-a}"]])


# --- calculus --------------------------------------------------------------------------

def v_reciprocal_deriv(rng: random.Random) -> Item:  # derivative of k/x
    k = rng.randint(2, 12)
    return item("V_reciprocal_deriv", "math", f"what's the derivative of {k}/x",
                [[f"-{k}/x^2", f"-{k}/x**2", f"−{k}/x^2", f"-{k}x^-2", f"-{k}*x^(-2)"]])


def v_second_deriv(rng: random.Random) -> Item:  # the second derivative of a quartic
    a, b = rng.randint(1, 5), nonzero(rng, -6, 6)
    f = poly_text({4: a, 3: b, 1: rng.randint(1, 9)}, False)
    return item("V_second_deriv", "math", f"find the second derivative of {f}",
                [poly_forms({2: 12 * a, 1: 6 * b})])


def v_trig_integral(rng: random.Random) -> Item:  # an indefinite integral with a cosine
    k = rng.randint(1, 6)
    power = "x^2" if k == 1 else f"{k}x^2"
    starred = "x**2" if k == 1 else f"{k}*x**2"
    sym = "x^2" if k == 1 else f"{k}*x^2"
    forms = [f"{p} + sin(x)" for p in (power, starred, sym)] + [
        f"sin(x) + {p}" for p in (power, starred, sym)]
    return item("V_trig_integral", "math", f"integrate cos(x) + {2 * k}x with respect to x",
                [list(dict.fromkeys(forms))])


def v_sin_limit(rng: random.Random) -> Item:  # the sin(ax)/(bx) limit, not a whole number
    a, b = rng.sample(range(2, 10), 2)
    if a % b == 0:
        return v_sin_limit(rng)
    return item("V_sin_limit", "math", f"what does sin({a}x)/({b}x) tend to as x goes to 0?",
                [exact(Fraction(a, b))])


def v_plug_limit(rng: random.Random) -> Item:  # a limit found by substitution
    a, b, p = rng.randint(1, 6), nonzero(rng, -9, 9), rng.randint(-4, 6)
    value = a * p * p + b * p
    return item("V_plug_limit", "math", f"limit of {poly_text({2: a, 1: b}, False)} as x "
                f"approaches {p}", [minus(str(value))])


def v_velocity(rng: random.Random) -> Item:  # a derivative as a velocity at a time
    a, b, t = rng.randint(1, 5), rng.randint(1, 20), rng.randint(1, 6)
    return item("V_velocity", "math", f"a ball's height is h(t) = {b}t - {a}t^2 metres. what's "
                f"its velocity at t = {t}?", [minus(str(b - 2 * a * t))])


def v_area_cubic(rng: random.Random) -> Item:  # a definite integral of a cubic, in words
    k, b = rng.randint(1, 8), rng.randint(1, 4)
    value = Fraction(k * b ** 4, 4)
    body = "x^3" if k == 1 else f"{k}x^3"
    return item("V_area_cubic", "math", f"work out the integral of {body} dx between 0 and {b}",
                [exact(value)])


ALGEBRA: list[tuple[Family, int]] = [
    (v_leading_two, 6), (v_moved_terms, 6), (v_think_number, 6), (v_sum_difference, 6),
    (v_power_eq, 6), (v_fraction_eq, 6), (v_system_sub, 6), (v_expand_cube, 6),
    (v_break_down, 6), (v_cancel, 6), (v_reciprocal_deriv, 6), (v_second_deriv, 6),
    (v_trig_integral, 6), (v_sin_limit, 6), (v_plug_limit, 6), (v_velocity, 6),
    (v_area_cubic, 6)]
