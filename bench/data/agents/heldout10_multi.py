"""Round 10 (``Z_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents or several results. This module holds maths with a plot and solves whose
result is reused; ``FAMILIES`` also gathers ``heldout10_multi_image`` (receipts, signs,
screenshots), ``heldout10_multi_mixed`` (health and units, data) and
``heldout10_multi_quick`` (several quick asks, a result reused in a chain)."""

from __future__ import annotations

import random

from bench.data.agents.heldout10_multi_common import (
    MILE,
    PLOT,
    F,
    Item,
    expr,
    forms,
    lin,
    multi,
    poly,
    root,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import Family, fresh

# --- maths and a plot ------------------------------------------------------------------

def z_m_zeros_picture(rng: random.Random) -> Item:  # zeros, then a picture of the curve
    r1, r2, p = two_roots(rng)
    return multi("Z_m_zeros_picture", f"hey what are the zeros of {p}? could you plot it too",
                 [root(r1), root(r2), PLOT])


def z_m_graph_first(rng: random.Random) -> Item:  # graph with a range, then solve
    r1, r2, p = two_roots(rng)
    w = rng.choice([8, 10, 12])
    return multi("Z_m_graph_first", f"Graph y = {p} for x between -{w} and {w}, then solve "
                 f"{p} = 0.", [root(r1), root(r2), PLOT])


def z_m_line_zero_plot(rng: random.Random) -> Item:  # where a line crosses zero, and its graph
    a, x = rng.randint(2, 9), rng.choice([n for n in range(-9, 10) if n])
    b = -a * x
    return multi("Z_m_line_zero_plot", f"where does the line y = {lin(a, b)} hit the x axis? "
                 "show me the graph as well", [root(x), PLOT])


def z_m_area_under_plot(rng: random.Random) -> Item:  # a definite integral and the curve
    a, n = rng.randint(1, 9), rng.randint(2, 6)
    return multi("Z_m_area_under_plot", f"Integrate {poly(2 * a, 0).replace('x^2', '3x^2')} "
                 f"from 0 to {n} and plot the curve please", [[str(n ** 3 + a * n * n)], PLOT])


def z_m_slope_curve_plot(rng: random.Random) -> Item:  # derivative of a cubic, plot the derivative
    a, b = rng.randint(2, 6), rng.randint(2, 15)
    return multi("Z_m_slope_curve_plot", f"d/dx of {a}x^3 + {b}x? then plot the derivative",
                 [expr(f"{3 * a}x^2 + {b}"), PLOT])


def z_m_lowest_point_plot(rng: random.Random) -> Item:  # minimum of a parabola, and its plot
    h, k = rng.randint(1, 8), rng.randint(-20, 30)
    c = h * h + k
    text = poly(-2 * h, c)
    return multi("Z_m_lowest_point_plot", f"what's the lowest value y = {text} reaches, and at "
                 "which x? a plot would help too", [[str(k)], [f"x = {h}", f"x={h}"], PLOT])


def z_m_terse_plot_roots(rng: random.Random) -> Item:  # terse: plot, roots
    r1, r2, p = two_roots(rng)
    return multi("Z_m_terse_plot_roots", f"plot {p}. roots?", [root(r1), root(r2), PLOT])


def z_m_factor_draw(rng: random.Random) -> Item:  # factor a quadratic and draw it
    r1, r2, p = two_roots(rng)

    def t(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    a, b = t(r1), t(r2)
    fac = [f"({a})({b})", f"({b})({a})", f"({a})*({b})", f"({b})*({a})"]
    return multi("Z_m_factor_draw", f"Can you factorise {p} and draw its graph for me?",
                 [fac, PLOT])


def z_m_two_lines_meet(rng: random.Random) -> Item:  # where two lines cross, plotted
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    a, c = rng.randint(1, 5), rng.randint(-5, -1)
    b, d = y - a * x, y - c * x
    def line(m: int, q: int) -> str:
        head = "x" if m == 1 else ("-x" if m == -1 else f"{m}x")
        return head if q == 0 else f"{head} {'+' if q > 0 else '-'} {abs(q)}"
    return multi("Z_m_two_lines_meet", f"where do y = {line(a, b)} and y = {line(c, d)} "
                 "intersect? plot both lines", [root(x), [f"y = {y}", f"y={y}"], PLOT])


# --- a solve whose result is reused ------------------------------------------------------

def z_m_solve_halve(rng: random.Random) -> Item:  # solve, then halve the result
    a, x, b = rng.randint(2, 9), rng.randint(3, 29), rng.randint(1, 40)
    return multi("Z_m_solve_halve", f"{a}x + {b} = {a * x + b}. solve for x and then give me "
                 "half of it", [root(x), forms(F(x, 2))])


def z_m_solve_percent(rng: random.Random) -> Item:  # solve, then a percentage of x
    a, x, b = rng.randint(2, 8), rng.randint(10, 90), rng.randint(5, 60)
    pct = rng.choice([12, 15, 18, 35, 40])
    return multi("Z_m_solve_percent", f"What is x if {a}x - {b} = {a * x - b}? Then work out "
                 f"{pct}% of that x.", [root(x), forms(F(x * pct, 100))])


def z_m_bracket_cube(rng: random.Random) -> Item:  # bracketed linear equation, then cube
    a, x, b = rng.randint(2, 7), rng.randint(2, 12), rng.randint(1, 9)
    return multi("Z_m_bracket_cube", f"solve {a}(x - {b}) = {a * (x - b)} and tell me x cubed",
                 [root(x), [str(x ** 3), f"{x ** 3:,}"]])


def z_m_system_squares(rng: random.Random) -> Item:  # a 2x2 system, then x² + y²
    x, y = rng.randint(1, 12), rng.randint(1, 12)
    return multi("Z_m_system_squares", f"2x + y = {2 * x + y}, x - y = {x - y}. find x and y, "
                 "then x^2 + y^2", [root(x), [f"y = {y}", f"y={y}"], [str(x * x + y * y)]])


def z_m_number_riddle(rng: random.Random) -> Item:  # a worded equation, then its square
    a, n, b = rng.randint(3, 9), rng.randint(4, 25), rng.randint(2, 30)
    return multi("Z_m_number_riddle", f"I'm thinking of a number. {a} times it plus {b} makes "
                 f"{a * n + b}. What's the number, and what's its square?",
                 [[str(n)], [str(n * n)]])


def z_m_distance_km(rng: random.Random) -> Item:  # solve for miles, then kilometres
    m, k = rng.randint(4, 80), rng.randint(2, 9)
    if tie(m * MILE):
        return z_m_distance_km(rng)
    return multi("Z_m_distance_km", f"if {k}m = {k * m} and m is in miles, what's m, and "
                 "how many km is that?", [[f"m = {m}", f"m={m}"],
                                         unit(m * MILE, "km", "kilometres", "kilometers")])


def z_m_slope_at_point(rng: random.Random) -> Item:  # derivative, then the slope at a point
    a, c, x = rng.randint(2, 12), rng.randint(1, 20), rng.randint(2, 9)
    return multi("Z_m_slope_at_point", f"differentiate x^2 + {a}x - {c} and find the slope "
                 f"when x = {x}", [expr(f"2x + {a}"), [str(2 * x + a)]])


def z_m_integral_double(rng: random.Random) -> Item:  # a definite integral, doubled
    a, n = rng.randint(2, 9), rng.randint(2, 8)
    return multi("Z_m_integral_double", f"integral of {2 * a}x from 0 to {n}, then double the "
                 "answer", [[str(a * n * n)], [str(2 * a * n * n)]])


def z_m_expand_zeros(rng: random.Random) -> Item:  # expand, then where it is zero
    p, q = rng.sample(range(1, 10), 2)
    e = poly(q - p, -p * q)
    return multi("Z_m_expand_zeros", f"Expand (x - {p})(x + {q}) and tell me where it equals "
                 "zero.", [expr(e), root(p), root(-q)])


def z_m_simplify_plug(rng: random.Random) -> Item:  # simplify a fraction, evaluate it
    a, n = rng.randint(2, 9), rng.randint(11, 40)
    return multi("Z_m_simplify_plug", f"simplify (x^2 - {a * a})/(x - {a}) and then evaluate "
                 f"it at x = {n}", [[f"x + {a}", f"{a} + x"], [str(n + a)]])


def z_m_limit_times(rng: random.Random) -> Item:  # a limit, then multiplied
    a, k = rng.randint(2, 9), rng.randint(3, 11)
    return multi("Z_m_limit_times", f"limit of (x^2 - {a * a})/(x - {a}) as x goes to {a}? "
                 f"multiply that by {k}", [[str(2 * a)], [str(2 * a * k)]])


def z_m_mass_kg(rng: random.Random) -> Item:  # solve for pounds, convert to kilograms
    w, k = rng.randint(5, 150), rng.randint(2, 6)
    kg = w * F("0.45359237")
    if tie(kg):
        return z_m_mass_kg(rng)
    return multi("Z_m_mass_kg", f"a box weighs w pounds and {k}w = {k * w}. solve it and "
                 "give me w in kg", [[f"w = {w}", f"w={w}"], unit(kg, "kg", "kilograms")])


def z_m_smaller_root_squared(rng: random.Random) -> Item:  # roots, then the smaller one squared
    r1, r2, p = two_roots(rng)
    return multi("Z_m_smaller_root_squared", f"Solve {p} = 0, and square the smaller root.",
                 [root(r1), root(r2), [str(r1 * r1)]])


def z_m_roots_gap(rng: random.Random) -> Item:  # roots, then how far apart they are
    r1, r2, p = two_roots(rng)
    return multi("Z_m_roots_gap", f"what are the solutions to {p} = 0 and how far apart are "
                 "they?", [root(r1), root(r2), [str(r2 - r1)]])


def z_m_derivative_then_solve(rng: random.Random) -> Item:  # derivative, then where it is zero
    h, k = rng.randint(1, 9), rng.randint(1, 30)
    e = poly(-2 * h, k)
    return multi("Z_m_derivative_then_solve", f"take the derivative of {e} and find where "
                 "it's zero", [expr(f"2x - {2 * h}"), root(h)])


def z_m_rectangle_sides(rng: random.Random) -> Item:  # a worded quadratic, then a perimeter
    w, d = rng.randint(3, 15), rng.randint(2, 9)
    return multi("Z_m_rectangle_sides", f"a rectangle is {d} cm longer than it is wide and its "
                 f"area is {w * (w + d)} cm². how wide is it, and what's the perimeter?",
                 [unit(F(w), "cm", "centimetres", "centimeters"),
                  unit(F(2 * (2 * w + d)), "cm", "centimetres", "centimeters")])


def z_m_solve_then_sqrt(rng: random.Random) -> Item:  # solve, then a square root of x
    n, a = rng.randint(4, 30), rng.randint(2, 5)
    x, b = n * n, rng.randint(1, 50)
    return multi("Z_m_solve_then_sqrt", f"Find x when x/{a} + {b} = {F(x, a) + b}... then "
                 "what's the square root of x?", [root(x), [str(n)]]) if x % a == 0 else \
        z_m_solve_then_sqrt(rng)


def z_m_eval_then_plot(rng: random.Random) -> Item:  # evaluate a polynomial, plot it
    b, c, x = rng.randint(-9, 9), rng.randint(-20, 20), rng.randint(2, 12)
    e = poly(b, c)
    return multi("Z_m_eval_then_plot", f"what's {e} when x = {x}? and plot it from -10 to 10",
                 [[str(x * x + b * x + c)], PLOT])


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout10_multi_image import IMAGE
    from bench.data.agents.heldout10_multi_mixed import MIXED
    from bench.data.agents.heldout10_multi_quick import QUICK
    here = [z_m_zeros_picture, z_m_graph_first, z_m_line_zero_plot, z_m_area_under_plot,
            z_m_slope_curve_plot, z_m_lowest_point_plot, z_m_terse_plot_roots,
            z_m_factor_draw, z_m_two_lines_meet, z_m_solve_halve, z_m_solve_percent,
            z_m_bracket_cube, z_m_system_squares, z_m_number_riddle, z_m_distance_km,
            z_m_slope_at_point, z_m_integral_double, z_m_expand_zeros, z_m_simplify_plug,
            z_m_limit_times, z_m_mass_kg, z_m_smaller_root_squared, z_m_roots_gap,
            z_m_derivative_then_solve, z_m_rectangle_sides, z_m_solve_then_sqrt,
            z_m_eval_then_plot]
    return [(fresh(make), 8) for make in [*here, *IMAGE, *MIXED, *QUICK]]


FAMILIES: list[tuple[Family, int]] = _families()
