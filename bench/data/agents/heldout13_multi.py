"""Round 13 (``K_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents or several results. This module holds maths with a plot; ``FAMILIES`` also
gathers the other ``heldout13_multi_*`` modules (results reused, images, health and units,
data and charts, several quick asks in one message)."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    PLOT,
    F,
    Made,
    expr,
    lin,
    named,
    need,
    num,
    ok2,
    poly,
    r2,
    register,
    root,
    two_roots,
    var,
)
from bench.data.agents.helpers import Family

HERE: list[tuple[Family, int]] = []
fam = register(HERE)
MIN = ["minimum", "Minimum", "min", "smallest value", "lowest value"]
BIG = ["biggest", "Biggest", "largest", "Largest", "max", "Max", "maximum", "Maximum"]
SMALL = ["smallest", "Smallest", "min", "Min", "minimum", "Minimum"]
SLOPE = ["slope", "gradient", "Slope", "Gradient"]


@fam
def roots_then_sketch(r: random.Random) -> Made:  # terse: roots and a sketch
    a, b, p = two_roots(r)
    return f"roots of {p} + sketch pls", [root(a), root(b), PLOT]


@fam
def teacher_wants_graph(r: random.Random) -> Made:  # homework: solve, graph for the teacher
    a, b, p = two_roots(r)
    return (f"Hi! My teacher wants us to solve {p} = 0 and include a graph of the parabola. "
            "Could you do both?", [root(a), root(b), PLOT])


@fam
def line_plot_intercepts(r: random.Random) -> Made:  # a line: both intercepts and a plot
    m, c = r.choice([-4, -3, -2, 2, 3, 4]), r.randint(1, 9) * r.choice([-1, 1])
    x0 = F(-c, m)
    need(x0.denominator == 1 and x0 != 0)
    return (f"plot y = {lin(m, c)} and tell me where it crosses the x axis and the y axis",
            [var("x", int(x0)), var("y", c), PLOT])


@fam
def peak_of_ball(r: random.Random) -> Made:  # a thrown ball: highest point and a graph
    t, k = r.randint(1, 4), r.randint(5, 40)
    b, c = 10 * t, k - 5 * t * t
    need(c > 0)
    return (f"the height of a ball is h = -5t^2 + {b}t + {c}. when is it highest, how high "
            "does it get, and can you graph h against t?", [var("t", t), num(k), PLOT])


@fam
def cubic_factor_graph(r: random.Random) -> Made:  # factor a cubic with three roots, draw it
    p, q = sorted(r.sample(range(1, 8), 2))
    return (f"Factorise x^3 - {p + q}x^2 + {p * q}x and then plot it.",
            [[f"x(x - {p})(x - {q})", f"x*(x - {p})*(x - {q})", f"x(x - {q})(x - {p})",
              f"x*(x - {q})*(x - {p})"], PLOT])


@fam
def tangent_slope_draw(r: random.Random) -> Made:  # slope of a curve at a point, and a graph
    a, n = r.randint(2, 6), r.randint(1, 5)
    return (f"what's the gradient of y = {a}x^2 at x = {n}? draw the curve as well",
            [num(2 * a * n), PLOT])


@fam
def graph_two_curves_meet(r: random.Random) -> Made:  # parabola meets a line: points, graph
    a, b, _ = two_roots(r)
    s, q = a + b, a * b
    return (f"Where does y = x^2 meet y = {lin(s, -q)}? I'd like a graph showing both.",
            [root(a), root(b), PLOT])


@fam
def exp_growth_plot(r: random.Random) -> Made:  # doubling each step: value after n, plot
    start, n = r.randint(2, 12), r.randint(4, 9)
    return (f"bacteria start at {start} and double every hour. how many after {n} hours? "
            "plot the growth curve too", [num(start * 2 ** n), PLOT])


@fam
def vertex_form_graph(r: random.Random) -> Made:  # minimum value of a quadratic, graph
    h, k = r.randint(1, 8) * r.choice([-1, 1]), r.randint(-20, 20)
    return (f"y = {poly(-2 * h, h * h + k)}: what's the smallest value y can take? chart it "
            "pls", [[*named(MIN, F(k)), str(k)], PLOT])


@fam
def area_between_plot(r: random.Random) -> Made:  # definite integral of a line, and its plot
    a, n = r.randint(1, 5), r.randint(2, 8)
    return (f"find the integral of {2 * a}x + 1 from 0 to {n} and show me the graph",
            [num(a * n * n + n), PLOT])


@fam
def solve_cubic_zeros_draw(r: random.Random) -> Made:  # x^3 = k x: three zeros and a plot
    k = r.randint(2, 9)
    return (f"Solve x^3 = {k * k}x. Also I need a plot of y = x^3 - {k * k}x for my notes.",
            [root(0), root(k), root(-k), PLOT])


@fam
def line_through_points_eq(r: random.Random) -> Made:  # equation of a line from two points, draw
    m, c = r.choice([-3, -2, 2, 3, 4, 5]), r.randint(-8, 8)
    x1, x2 = sorted(r.sample(range(-4, 7), 2))
    need(c != 0)
    return (f"line through ({x1}, {m * x1 + c}) and ({x2}, {m * x2 + c}) - equation? and graph "
            "it", [[f"y = {lin(m, c)}", f"y={lin(m, c)}".replace(" ", "")], PLOT])


@fam
def sine_period_plot(r: random.Random) -> Made:  # largest and smallest value of a sine, plot
    a, c = r.randint(2, 8), r.randint(10, 40)
    return (f"can u plot y = {c} + {a}sin(x) and tell me its max and min",
            [num(c + a), num(c - a), PLOT])


@fam
def compound_chart(r: random.Random) -> Made:  # savings with interest, value and a chart
    p, rate, yrs = r.choice([1000, 2000, 5000]), r.choice([2, 3, 4, 5]), r.randint(3, 8)
    v = F(p) * F(100 + rate, 100) ** yrs
    ok2(v)
    return (f"If I put {p} in a savings account at {rate}% a year compounded annually, what "
            f"will it be after {yrs} years? Chart the balance year by year too.",
            [num(r2(v)), PLOT])


@fam
def derivative_zero_plot(r: random.Random) -> Made:  # stationary point of a quadratic, plot
    a, h = r.randint(2, 5), r.randint(1, 9)
    return (f"differentiate {a}x^2 - {2 * a * h}x, find where the derivative is zero, and plot "
            "the function", [expr(f"{2 * a}x - {2 * a * h}"), var("x", h), PLOT])


@fam
def abs_value_graph(r: random.Random) -> Made:  # solve |x - a| = b and draw it
    a, b = r.randint(-5, 8), r.randint(1, 9)
    need(a - b != 0 and a + b != 0)
    return (f"solve |x - {a}| = {b} and draw y = |x - {a}|".replace("- -", "+ "),
            [root(a - b), root(a + b), PLOT])


@fam
def plot_then_value(r: random.Random) -> Made:  # graph a parabola, read off one value
    b, c, n = r.randint(-6, 6), r.randint(-10, 10), r.randint(2, 9)
    return (f"graph f(x) = {poly(b, c)} from -10 to 10, and what's f({n})?",
            [num(n * n + b * n + c), PLOT])


@fam
def projectile_lands(r: random.Random) -> Made:  # when a stone hits the ground, and a graph
    t = r.randint(2, 9)
    return (f"A stone's height is h(t) = {5 * t}t - 5t^2 metres. When does it land? Please "
            "graph it too.", [[f"t = {t}", f"t={t}", f"{t} s", f"{t} seconds"], PLOT])


@fam
def two_lines_cross_plot(r: random.Random) -> Made:  # intersection of two lines, drawn
    x, y = r.randint(-4, 6), r.randint(-6, 8)
    a, c = r.randint(2, 5), -r.randint(2, 5)
    return (f"Graph y = {lin(a, y - a * x)} and y = {lin(c, y - c * x)} on one plot and "
            "give me the point where they cross", [var("x", x), var("y", y), PLOT])


@fam
def inequality_graph(r: random.Random) -> Made:  # a quadratic's roots and a plot, worded
    a, b, p = two_roots(r)
    return (f"for which x is {p} negative? i need the two endpoints and a graph",
            [root(a), root(b), PLOT])


@fam
def factor_and_draw(r: random.Random) -> Made:  # factor a quadratic, then graph it
    a, b, p = two_roots(r)
    t1 = f"x - {a}" if a > 0 else f"x + {-a}"
    t2 = f"x - {b}" if b > 0 else f"x + {-b}"
    return (f"factor {p} and plot it", [[f"({t1})({t2})", f"({t2})({t1})",
                                        f"({t1})*({t2})", f"({t2})*({t1})"], PLOT])


@fam
def mean_then_plot_list(r: random.Random) -> Made:  # numbers: sum and a line graph
    vals = [r.randint(10, 99) for _ in range(r.randint(5, 8))]
    return (f"daily steps (thousands): {' '.join(map(str, vals))}. total? and graph them "
            "please", [num(sum(vals)), PLOT])


@fam
def slope_two_points_plot(r: random.Random) -> Made:  # slope between two points, plus a plot
    x1, dx, m = r.randint(-6, 2), r.randint(1, 5), r.choice([-5, -2, 2, 3, 6])
    y1 = r.randint(-5, 9)
    return (f"points ({x1},{y1}) and ({x1 + dx},{y1 + m * dx}), how steep is the line between "
            "them? sketch it", [named(SLOPE, F(m)), PLOT])


@fam
def integral_area_draw(r: random.Random) -> Made:  # area under x^2 scaled, drawn
    k, n = r.randint(1, 4), r.choice([3, 6])
    return (f"Work out the area under y = {k}x^2 from x = 0 to x = {n} and draw it for me.",
            [num(F(k * n ** 3, 3)), PLOT])


@fam
def cos_graph_value(r: random.Random) -> Made:  # cos plot and its value at 0
    a, c = r.randint(2, 9), r.randint(-9, 9)
    need(c != 0)
    sign = f"+ {c}" if c > 0 else f"- {-c}"
    return (f"plot {a}cos(x) {sign} between -2pi and 2pi, and what is it at x = 0?",
            [num(a + c), PLOT])


@fam
def solve_system_show(r: random.Random) -> Made:  # system of two equations with a picture
    x, y = r.randint(-5, 9), r.randint(-5, 9)
    need(x != y)
    return (f"x + y = {x + y} and x - y = {x - y}. solve, then show both lines on a graph",
            [var("x", x), var("y", y), PLOT])


@fam
def turning_points_cubic(r: random.Random) -> Made:  # turning points of x^3 - 3k^2 x, graph
    k, a = r.randint(1, 5), r.randint(1, 3)
    lead = "" if a == 1 else str(a)
    return (f"Where are the turning points of y = {lead}x^3 - {3 * a * k * k}x? And a graph, "
            "please.",
            [root(k), root(-k), PLOT])


@fam
def roots_sum_product_plot(r: random.Random) -> Made:  # roots, their product, graph
    a, b, p = two_roots(r)
    need(a * b not in (a, b))
    return (f"{p}: roots, the product of the roots, and a plot", [root(a), root(b),
                                                                  num(a * b), PLOT])


@fam
def deriv_at_point_graph(r: random.Random) -> Made:  # derivative of a cubic at a point, graph
    a, n = r.randint(2, 9), r.randint(2, 5)
    return (f"d/dx of x^3 + {a}x at x = {n}? plot y = x^3 + {a}x too",
            [num(3 * n * n + a), PLOT])


@fam
def linear_cost_graph(r: random.Random) -> Made:  # a taxi fare line: cost for a trip, graph
    base, per, km = r.randint(2, 6), r.choice([F(3, 2), F(2), F(5, 2), F(3)]), r.randint(4, 25)
    per_s = f"{float(per):.2f}"
    return (f"taxi: {base} flat plus {per_s} per km. what does a {km} km ride cost? draw the "
            "cost as a graph of distance", [num(base + per * km), PLOT])


@fam
def quadratic_y_intercept(r: random.Random) -> Made:  # y-intercept and roots, a graph
    a, b, p = two_roots(r)
    need(a * b != 0)
    return (f"For y = {p}, give me the y-intercept and the x-intercepts, then plot it.",
            [var("y", a * b), root(a), root(b), PLOT])


@fam
def scatter_then_sum(r: random.Random) -> Made:  # a list: biggest, smallest, and a graph
    vals = r.sample(range(1, 120), r.randint(6, 9))
    return (f"plot these: {', '.join(map(str, vals))} - and which is biggest and which "
            "smallest?", [named(BIG, F(max(vals))), named(SMALL, F(min(vals))), PLOT])


@fam
def half_life_plot(r: random.Random) -> Made:  # halving: amount after n half-lives, graph
    start, n = r.choice([64, 128, 256, 512, 1024, 800, 1600]), r.randint(2, 6)
    v = F(start, 2 ** n)
    need(v.denominator == 1)
    return (f"a sample of {start} g halves every day. how much is left after {n} days? also "
            "graph the decay", [[f"{v} g", f"{v}g", f"{v} grams"], PLOT])


@fam
def difference_of_squares_plot(r: random.Random) -> Made:  # zeros of x^2 - k^2, graph
    k = r.randint(2, 12)
    return f"x^2 - {k * k}: zeros? graph?", [root(k), root(-k), PLOT]


def _families() -> list[tuple[Family, int]]:
    import importlib
    out = list(HERE)
    for part in ("reuse", "image", "health", "data", "quick", "more", "mix",
                 "chat"):
        try:
            module = importlib.import_module(f"bench.data.agents.heldout13_multi_{part}")
        except ModuleNotFoundError:
            continue
        out += module.FAMILIES
    return out


FAMILIES: list[tuple[Family, int]] = _families()
