"""Round 11 (``Q_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents or several results. This module holds maths with a plot and solves whose
result is reused; ``FAMILIES`` also gathers ``heldout11_multi_image`` (receipts, signs,
screenshots), ``heldout11_multi_mixed`` (health, units, data) and ``heldout11_multi_quick``
(several quick asks in one message, a result reused in a chain) ``heldout11_multi_more``,
``heldout11_multi_extra`` and ``heldout11_multi_chat``."""

from __future__ import annotations

import random

from bench.data.agents.heldout11_multi_common import (
    LB,
    PLOT,
    F,
    Item,
    deg_f,
    expr,
    forms,
    lin,
    multi,
    named,
    poly,
    root,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family, fresh

# --- maths and a plot ------------------------------------------------------------------


def q_m_solve_and_graph(rng: random.Random) -> Item:  # chatty: solve, and a graph
    r1, r2, p = two_roots(rng)
    return multi("Q_m_solve_and_graph", f"ok so my homework says solve {p} = 0. can you do "
                 "that and also graph it so i can see the roots?", [root(r1), root(r2), PLOT])


def q_m_vertex_draw(rng: random.Random) -> Item:  # the turning point of a parabola, drawn
    h, k = rng.randint(-7, 7), rng.randint(-15, 25)
    if h == 0:
        return q_m_vertex_draw(rng)
    return multi("Q_m_vertex_draw", f"Draw y = {poly(-2 * h, h * h + k)} and tell me where its "
                 "turning point is.", [var("x", h), var("y", k), PLOT])


def q_m_cubic_zeros_plot(rng: random.Random) -> Item:  # zeros of a cubic, then its plot
    n = rng.randint(2, 9)
    return multi("Q_m_cubic_zeros_plot", f"plot x^3 - {n * n}x and list all its zeros",
                 [root(0), root(n), root(-n), PLOT])


def q_m_two_points_line(rng: random.Random) -> Item:  # slope through two points, then a plot
    x1, m = rng.randint(-5, 3), rng.choice([-4, -3, -2, 2, 3, 4, 5])
    dx, y1 = rng.randint(1, 6), rng.randint(-9, 9)
    x2, y2 = x1 + dx, y1 + m * dx
    return multi("Q_m_two_points_line", f"What's the slope of the line through ({x1}, {y1}) and "
                 f"({x2}, {y2})? Plot the line too please",
                 [named(["slope", "gradient", "Slope", "Gradient"], F(m)), PLOT])


def q_m_area_shade(rng: random.Random) -> Item:  # area under a parabola, and a picture
    k, n = rng.randint(1, 5), rng.randint(2, 7)
    return multi("Q_m_area_shade", f"area under y = {3 * k}x^2 between x=0 and x={n}? "
                 "and draw the curve", [[str(k * n ** 3)], PLOT])


def q_m_sine_amplitude(rng: random.Random) -> Item:  # a maximum of a shifted sine, and its graph
    a, c = rng.randint(2, 9), rng.randint(3, 30)
    return multi("Q_m_sine_amplitude", f"graph y = {a}sin(x) + {c} for me, whats the biggest "
                 "value it reaches?", [[str(a + c)], PLOT])


def q_m_lines_cross_graph(rng: random.Random) -> Item:  # do two lines meet, and a graph
    x, y = rng.randint(-5, 6), rng.randint(-5, 9)
    a, c = rng.randint(2, 6), -rng.randint(1, 4)
    b, d = y - a * x, y - c * x
    second = f"{'-x' if c == -1 else f'{c}x'}" + ("" if d == 0 else
                                                    f" {'+' if d > 0 else '-'} {abs(d)}")
    return multi("Q_m_lines_cross_graph", f"do the lines y = {lin(a, b)} and y = {second} "
                 "meet? where? chuck them both on a graph", [var("x", x), var("y", y), PLOT])


def q_m_derivative_graph(rng: random.Random) -> Item:  # derivative, graph of both
    a, b = rng.randint(2, 9), rng.randint(2, 20)
    return multi("Q_m_derivative_graph", f"find the derivative of x^3 - {a}x^2 + {b} and plot "
                 "the original function", [expr(f"3x^2 - {2 * a}x"), PLOT])


def q_m_stats_bar(rng: random.Random) -> Item:  # numbers: the mean, then a bar chart
    values = [rng.randint(2, 40) for _ in range(rng.randint(5, 7))]
    mean = F(sum(values), len(values))
    if tie(mean):
        return q_m_stats_bar(rng)
    listed = ", ".join(map(str, values))
    return multi("Q_m_stats_bar", f"goals per match this season: {listed}. average per match? "
                 "and a bar chart of them", [forms(mean), PLOT])


# --- a solve whose result is reused ------------------------------------------------------


def q_m_solve_triple(rng: random.Random) -> Item:  # solve, then three times x
    a, x, b = rng.randint(2, 9), rng.randint(-12, 25), rng.randint(3, 40)
    return multi("Q_m_solve_triple", f"Solve {a}x - {b} = {a * x - b}, then tell me what 3x "
                 "is.", [root(x), [str(3 * x)]])


def q_m_ratio_squared(rng: random.Random) -> Item:  # x over a number, then x squared minus one
    a, n = rng.randint(2, 9), rng.randint(2, 15)
    return multi("Q_m_ratio_squared", f"x/{a} = {n}. what's x? and x squared minus 1?",
                 [root(a * n), [str((a * n) ** 2 - 1), f"{(a * n) ** 2 - 1:,}"]])


def q_m_sum_diff_product(rng: random.Random) -> Item:  # a sum and difference, then the product
    x, y = rng.randint(5, 30), rng.randint(1, 20)
    if x == y:
        return q_m_sum_diff_product(rng)
    return multi("Q_m_sum_diff_product", f"two numbers add up to {x + y} and differ by "
                 f"{abs(x - y)}. what are they and what do they multiply to?",
                 [[str(max(x, y))], [str(min(x, y))], [str(x * y)]])


def q_m_slope_at(rng: random.Random) -> Item:  # derivative of a cubic, then its value at a point
    a, n = rng.randint(2, 7), rng.randint(2, 6)
    return multi("Q_m_slope_at", f"d/dx {a}x^3? and what does it equal at x = {n}",
                 [expr(f"{3 * a}x^2"), [str(3 * a * n * n)]])


def q_m_factor_sum_roots(rng: random.Random) -> Item:  # factor, then the sum of the roots
    r1, r2, p = two_roots(rng)
    if r1 + r2 in (r1, r2):
        return q_m_factor_sum_roots(rng)

    def t(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    a, b = t(r1), t(r2)
    return multi("Q_m_factor_sum_roots", f"factor {p} please, then add its two roots together",
                 [[f"({a})({b})", f"({b})({a})", f"({a})*({b})", f"({b})*({a})"],
                  [str(r1 + r2)]])


def q_m_expand_plug(rng: random.Random) -> Item:  # expand a square, then evaluate
    a, n = rng.randint(2, 9), rng.randint(2, 12)
    return multi("Q_m_expand_plug", f"Expand (x + {a})^2 and then plug in x = {n}.",
                 [expr(poly(2 * a, a * a)), [str((n + a) ** 2)]])


def q_m_kilos_to_pounds(rng: random.Random) -> Item:  # solve for kilos, then pounds
    k, a = rng.randint(3, 60), rng.randint(2, 8)
    lb = F(k) / LB
    if tie(lb):
        return q_m_kilos_to_pounds(rng)
    return multi("Q_m_kilos_to_pounds", f"my bag weighs k kg and {a}k = {a * k}. solve for k, "
                 "then convert it to pounds", [var("k", k), unit(lb, "lb", "pounds", "lbs")])


def q_m_celsius_solve(rng: random.Random) -> Item:  # solve for a temperature, then Fahrenheit
    t, a, b = 5 * rng.randint(-4, 8), rng.randint(2, 6), rng.randint(1, 30)
    return multi("Q_m_celsius_solve", f"if t is a temperature in celsius and {a}t + {b} = "
                 f"{a * t + b}, what's t? then give it in fahrenheit",
                 [var("t", t), deg_f(F(t * 9, 5) + 32)])


def q_m_discriminant_roots(rng: random.Random) -> Item:  # discriminant, then the roots
    r1, r2, p = two_roots(rng)
    return multi("Q_m_discriminant_roots", f"What's the discriminant of {p}, and what are its "
                 "roots?", [[str((r1 - r2) ** 2)], root(r1), root(r2)])


def q_m_determinant_scale(rng: random.Random) -> Item:  # a 2x2 determinant, then scaled
    a, b, c, d = (rng.randint(-9, 9) for _ in range(4))
    det, k = a * d - b * c, rng.randint(2, 5)
    if det in (0, 1) or str(det) == str(k * det):
        return q_m_determinant_scale(rng)
    return multi("Q_m_determinant_scale", f"determinant of [[{a}, {b}], [{c}, {d}]]? and "
                 f"{k} times that", [[str(det)], [str(k * det)]])


def q_m_limit_then_add(rng: random.Random) -> Item:  # a limit, then plus a number
    k, b = rng.randint(2, 9), rng.randint(3, 20)
    return multi("Q_m_limit_then_add", f"lim x->{k} of (x^2 - {k * k})/(x - {k}), then add {b} "
                 "to the result", [[str(2 * k)], [str(2 * k + b)]])


def q_m_integral_half(rng: random.Random) -> Item:  # a definite integral, then half of it
    a, n = rng.randint(1, 6), rng.randint(2, 9)
    value = a * n * n
    return multi("Q_m_integral_half", f"Integrate {2 * a}x dx from 0 to {n}. Now halve it.",
                 [[str(value)], forms(F(value, 2))])


def q_m_age_riddle(rng: random.Random) -> Item:  # a worded equation, then a later age
    age, a, b, y = rng.randint(3, 15), rng.randint(2, 4), rng.randint(1, 9), rng.randint(2, 10)
    return multi("Q_m_age_riddle", f"My son's age times {a}, plus {b}, is {a * age + b}. How "
                 f"old is he and how old will he be in {y} years?", [[str(age)], [str(age + y)]])


def q_m_root_positive_percent(rng: random.Random) -> Item:  # positive root, then a percentage
    n, pct = rng.randint(4, 20), rng.choice([10, 20, 25, 30, 60, 75])
    return multi("Q_m_root_positive_percent", f"x^2 = {n * n} and x is positive. find x, "
                 f"then {pct}% of x", [root(n), forms(F(n * pct, 100))])


def q_m_simplify_then_value(rng: random.Random) -> Item:  # simplify, evaluate at a point
    a, n = rng.randint(2, 8), rng.randint(10, 30)
    return multi("Q_m_simplify_then_value", f"simplify (x^2 - {a * a})/(x + {a}), what do you "
                 f"get at x={n}?", [[f"x - {a}", f"-{a} + x"], [str(n - a)]])


def q_m_perimeter_from_area(rng: random.Random) -> Item:  # side of a square, then its perimeter
    s = rng.randint(3, 25)
    return multi("Q_m_perimeter_from_area", f"a square garden has an area of {s * s} m². how "
                 "long is one side and what's the perimeter?",
                 [unit(F(s), "m", "metres", "meters"), unit(F(4 * s), "m", "metres", "meters")])


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout11_multi_chat import CHAT
    from bench.data.agents.heldout11_multi_extra import EXTRA
    from bench.data.agents.heldout11_multi_image import IMAGE
    from bench.data.agents.heldout11_multi_mixed import MIXED
    from bench.data.agents.heldout11_multi_more import MORE
    from bench.data.agents.heldout11_multi_quick import QUICK
    here = [q_m_solve_and_graph, q_m_vertex_draw, q_m_cubic_zeros_plot, q_m_two_points_line,
            q_m_area_shade, q_m_sine_amplitude, q_m_lines_cross_graph, q_m_derivative_graph,
            q_m_stats_bar, q_m_solve_triple, q_m_ratio_squared, q_m_sum_diff_product,
            q_m_slope_at, q_m_factor_sum_roots, q_m_expand_plug, q_m_kilos_to_pounds,
            q_m_celsius_solve, q_m_discriminant_roots, q_m_determinant_scale,
            q_m_limit_then_add, q_m_integral_half, q_m_age_riddle, q_m_root_positive_percent,
            q_m_simplify_then_value, q_m_perimeter_from_area]
    return [(fresh(make), 8) for make in [*here, *IMAGE, *MIXED, *QUICK, *MORE, *EXTRA, *CHAT]]


FAMILIES: list[tuple[Family, int]] = _families()
