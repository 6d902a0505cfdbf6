"""Round 12 (``P_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents or several results. This module holds maths with a plot and solves whose
result is used again; ``FAMILIES`` also gathers the other ``heldout12_multi_*`` modules
(receipts and other photos, health and units, data, several asks in one message)."""

from __future__ import annotations

import random

from bench.data.agents.heldout12_multi_common import (
    CHART,
    MEAN,
    MEDIAN,
    PLOT,
    F,
    Item,
    expr,
    forms,
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


def p_m_quad_sketch(rng: random.Random) -> Item:  # solve a quadratic and sketch it
    r1, r2, p = two_roots(rng)
    return multi("P_m_quad_sketch", f"solve {p} = 0 and sketch the curve for me",
                 [root(r1), root(r2), PLOT])


def p_m_graph_first(rng: random.Random) -> Item:  # graph first, then where it hits zero
    r1, r2, p = two_roots(rng, -8, 10)
    return multi("P_m_graph_first", f"Can you graph y = {p}? I also need to know where it "
                 "crosses the x-axis.", [root(r1), root(r2), PLOT])


def p_m_line_axis(rng: random.Random) -> Item:  # a line's x-intercept, plotted
    a, x0 = rng.choice([2, 3, 4, 5, -2, -3]), rng.randint(-9, 12)
    if x0 == 0:
        return p_m_line_axis(rng)
    return multi("P_m_line_axis", f"plot y = {poly(a, -a * x0)} pls. where does it hit the "
                 "x axis?", [[*var("x", x0), f"({x0}, 0)", f"({x0},0)"], PLOT])


def p_m_deriv_and_draw(rng: random.Random) -> Item:  # derivative of a cubic, graph it
    a, b = rng.randint(2, 6), rng.randint(2, 15)
    return multi("P_m_deriv_and_draw", f"differentiate f(x) = {poly(a, 0, -b, 0)} and draw f "
                 "for me", [expr(poly(3 * a, 0, -b)), PLOT])


def p_m_area_and_picture(rng: random.Random) -> Item:  # a definite integral plus a picture
    a, b, n = rng.randint(1, 5), rng.randint(1, 9), rng.randint(2, 8)
    value = F(a * n * n, 2) + b * n
    return multi("P_m_area_and_picture", f"What is the integral of {poly(a, b)} from 0 to {n}? "
                 "Show me the graph as well.", [forms(value), PLOT])


def p_m_bills_line(rng: random.Random) -> Item:  # monthly bills: the mean and a chart
    bills = [rng.randint(45, 160) for _ in range(rng.randint(5, 8))]
    mean = F(sum(bills), len(bills))
    if tie(mean):
        return p_m_bills_line(rng)
    return multi("P_m_bills_line", f"electricity bills for the last few months: "
                 f"{', '.join(map(str, bills))}. what's my average bill and can i get a line "
                 "chart of them", [named(MEAN, mean), CHART])


def p_m_vertex_picture(rng: random.Random) -> Item:  # minimum of a parabola, with its graph
    h, k = rng.randint(-6, 6), rng.randint(-20, 20)
    if h == 0 or k == 0:
        return p_m_vertex_picture(rng)
    return multi("P_m_vertex_picture", f"whats the lowest point of y = {poly(1, -2 * h, h * h + k)}"
                 "? plot it too", [[*var("x", h), f"({h}, {k})", f"({h},{k})"],
                                   [*var("y", k), f"({h}, {k})", f"({h},{k})"], PLOT])


def p_m_two_lines_meet(rng: random.Random) -> Item:  # where two lines cross, and a plot
    x, y = rng.randint(-4, 7), rng.randint(-6, 10)
    a, c = rng.randint(1, 5), rng.randint(-5, -1)
    return multi("P_m_two_lines_meet", f"Plot y = {poly(a, y - a * x)} and y = "
                 f"{poly(c, y - c * x)} together and give me the point where they intersect",
                 [var("x", x), var("y", y), PLOT])


def p_m_cubic_roots_graph(rng: random.Random) -> Item:  # a factorable cubic: roots and graph
    a, b, c = sorted(rng.sample(range(-5, 7), 3))
    p = poly(1, -(a + b + c), a * b + b * c + a * c, -a * b * c)
    return multi("P_m_cubic_roots_graph", f"find all the roots of {p} = 0 and graph the "
                 "function", [root(a), root(b), root(c), PLOT])


def p_m_scores_bars(rng: random.Random) -> Item:  # quiz scores: the median and a bar chart
    scores = [rng.randint(3, 20) for _ in range(rng.choice([5, 7, 9]))]
    med = F(sorted(scores)[len(scores) // 2])
    return multi("P_m_scores_bars", f"my quiz scores this term were {' '.join(map(str, scores))}"
                 " — median please, and a bar chart", [named(MEDIAN, med), CHART])


def p_m_exp_growth_plot(rng: random.Random) -> Item:  # doubling: value after n steps, plot
    start, n = rng.randint(2, 30), rng.randint(4, 10)
    return multi("P_m_exp_growth_plot", f"plot y = {start}*2^x from x=0 to x={n} and tell me "
                 f"y at x = {n}", [forms(F(start * 2 ** n)), PLOT])


def p_m_slope_points_graph(rng: random.Random) -> Item:  # a line through two points, drawn
    x1, y1, m, b = rng.randint(-6, 2), 0, rng.choice([-3, -2, 2, 3, 4]), rng.randint(-8, 8)
    y1 = m * x1 + b
    x2 = x1 + rng.randint(2, 6)
    y2 = m * x2 + b
    return multi("P_m_slope_points_graph", f"line through ({x1},{y1}) and ({x2},{y2}): give me "
                 "its equation and draw it", [[f"y = {poly(m, b)}", f"y={poly(m, b)}".replace(
                     " ", "")], PLOT])


# --- a solve whose result is used again --------------------------------------------------


def p_m_solve_square(rng: random.Random) -> Item:  # solve a linear equation, square the result
    a, x, b = rng.randint(2, 9), rng.randint(-11, 14), rng.randint(1, 30)
    if x in (0, 1):
        return p_m_solve_square(rng)
    return multi("P_m_solve_square", f"{a}x + {b} = {a * x + b}. find x then square it",
                 [root(x), [str(x * x)]])


def p_m_bigger_root_double(rng: random.Random) -> Item:  # roots, then twice the larger one
    r1, r2, p = two_roots(rng)
    return multi("P_m_bigger_root_double", f"What are the solutions of {p} = 0? Then double the "
                 "larger one for me.", [root(r1), root(r2), [str(2 * r2)]])


def p_m_tickets_total(rng: random.Random) -> Item:  # a worded solve, then a cost
    kids, price = rng.randint(2, 9), rng.randint(6, 18)
    adult = price + rng.randint(3, 12)
    total = kids * price + adult * 2
    extra = rng.randint(2, 5)
    return multi("P_m_tickets_total", f"2 adult tickets and {kids} kids tickets cost ${total}. "
                 f"an adult ticket is ${adult}. how much is one kids ticket, and what would "
                 f"{extra} more kids tickets cost?", [[f"${price}", f"{price} dollars",
                                                       f"${price}.00"],
                                                      [f"${extra * price}",
                                                       f"{extra * price} dollars",
                                                       f"${extra * price}.00"]])


def p_m_system_sum(rng: random.Random) -> Item:  # a 2x2 system, then x + y
    x, y = rng.randint(-8, 12), rng.randint(-8, 12)
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    if x + y in (x, y) or x == y:
        return p_m_system_sum(rng)
    return multi("P_m_system_sum", f"solve: {a}x + {b}y = {a * x + b * y} and x - y = {x - y}."
                 " what's x + y?", [var("x", x), var("y", y), [str(x + y)]])


def p_m_deriv_value(rng: random.Random) -> Item:  # derivative, evaluated at a point
    a, b, n = rng.randint(2, 6), rng.randint(1, 12), rng.randint(2, 5)
    return multi("P_m_deriv_value", f"what's the derivative of {poly(a, 0, b, 0)}, and its "
                 f"value when x is {n}?", [expr(poly(3 * a, 0, b)), [str(3 * a * n * n + b)]])


def p_m_percent_of_root(rng: random.Random) -> Item:  # solve, then a percentage of x
    x, a = 4 * rng.randint(3, 40), rng.randint(2, 7)
    pct = rng.choice([15, 25, 35, 45, 65, 85])
    value = F(x * pct, 100)
    if tie(value):
        return p_m_percent_of_root(rng)
    return multi("P_m_percent_of_root", f"If {a}x = {a * x}, what is x? And what's {pct} "
                 "percent of it?", [root(x), forms(value)])


def p_m_expand_then_at(rng: random.Random) -> Item:  # expand a product, evaluate it
    a, b, n = rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 9)
    if a == b:
        return p_m_expand_then_at(rng)
    return multi("P_m_expand_then_at", f"expand (x + {a})(x - {b}) and work it out for x = {n}",
                 [expr(poly(1, a - b, -a * b)), [str((n + a) * (n - b))]])


def p_m_fence_square(rng: random.Random) -> Item:  # perimeter to side, then area
    side = rng.randint(4, 30)
    return multi("P_m_fence_square", f"I have {4 * side} metres of fence for a square pen. "
                 "How long is each side, and what area will it enclose?",
                 [unit(F(side), "m", "metres", "meters"),
                  unit(F(side * side), "m²", "square metres", "m^2", "sq m", "square meters")])


def p_m_integral_times(rng: random.Random) -> Item:  # integral, then scaled
    n, k = rng.randint(2, 6), rng.randint(3, 9)
    value = n ** 3
    return multi("P_m_integral_times", f"integrate 3x^2 from 0 to {n}, then multiply the answer "
                 f"by {k}", [[str(value)], [str(value * k)]])


def p_m_root_minus_root(rng: random.Random) -> Item:  # distance between two roots
    r1, r2, p = two_roots(rng)
    if r2 - r1 in (r1, r2):
        return p_m_root_minus_root(rng)
    return multi("P_m_root_minus_root", f"{p} = 0 — solve it and tell me how far apart the two "
                 "roots are", [root(r1), root(r2), [str(r2 - r1)]])


def p_m_age_in_future(rng: random.Random) -> Item:  # ages from a sum, then years later
    kid, gap, later = rng.randint(2, 14), rng.randint(22, 40), rng.randint(3, 12)
    mum = kid + gap
    return multi("P_m_age_in_future", f"me and my daughter are {mum + kid} years old combined "
                 f"and I'm {gap} years older than her. how old is each of us, and what will "
                 f"our combined age be in {later} years?",
                 [[str(mum)], [str(kid)], [str(mum + kid + 2 * later)]])


def p_m_mean_after_solve(rng: random.Random) -> Item:  # solve for a missing mark, then a mean
    marks = [rng.randint(50, 95) for _ in range(3)]
    target = rng.randint(60, 90)
    need = 4 * target - sum(marks)
    if not 30 <= need <= 100:
        return p_m_mean_after_solve(rng)
    return multi("P_m_mean_after_solve", f"my first three test marks are {marks[0]}, {marks[1]} "
                 f"and {marks[2]}. what do i need on the 4th to average {target}? and if I get "
                 f"10 more than that, what's my average then?",
                 [[str(need)], forms(F(4 * target + 10, 4))])


def p_m_factor_then_solve(rng: random.Random) -> Item:  # factor a quadratic, then solve it
    r1, r2, p = two_roots(rng)

    def t(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    a, b = t(r1), t(r2)
    return multi("P_m_factor_then_solve", f"Factorise {p}, and use that to solve {p} = 0.",
                 [[f"({a})({b})", f"({b})({a})", f"({a})*({b})", f"({b})*({a})"],
                  root(r1), root(r2)])


def p_m_speed_time(rng: random.Random) -> Item:  # speed from distance and time, then farther
    speed, hours, more = rng.randint(40, 110), rng.randint(2, 6), rng.randint(2, 7)
    return multi("P_m_speed_time", f"we drove {speed * hours} km in {hours} hours. what was our "
                 f"average speed, and at that speed how far do we get in {more} more hours?",
                 [unit(F(speed), "km/h", "kilometres per hour", "kph", "km per hour"),
                  unit(F(speed * more), "km", "kilometres", "kilometers")])


def p_m_limit_square(rng: random.Random) -> Item:  # a limit, then its square
    k = rng.randint(2, 12)
    return multi("P_m_limit_square", f"limit as x goes to {k} of (x^2 - {k * k}) / (x - {k})? "
                 "then square that", [[str(2 * k)], [str(4 * k * k)]])


def p_m_det_inverse(rng: random.Random) -> Item:  # a determinant, then its reciprocal
    a, b, c, d = (rng.randint(-6, 9) for _ in range(4))
    det = a * d - b * c
    if det in (0, 1, -1) or tie(F(1, det), 3):
        return p_m_det_inverse(rng)
    return multi("P_m_det_inverse", f"determinant of the matrix [[{a},{b}],[{c},{d}]], and 1 "
                 "divided by it (3 decimals)?",
                 [[str(det)], [*forms(F(1, det), 3), str(F(1, det))]])


def p_m_pizza_split(rng: random.Random) -> Item:  # unit price from a worded equation, reused
    price, n, friends = rng.randint(8, 19), rng.randint(3, 7), rng.randint(2, 6)
    delivery = rng.randint(2, 6)
    share = F(n * price + delivery, friends)
    if tie(share):
        return p_m_pizza_split(rng)
    return multi("P_m_pizza_split", f"{n} pizzas plus a ${delivery} delivery fee came to "
                 f"${n * price + delivery}. what did each pizza cost? and split among {friends} "
                 "of us, how much does everyone pay?",
                 [[f"${price}", f"{price} dollars", f"${price}.00"],
                  [*(f"${v}" for v in forms(share)), *(f"{v} dollars" for v in forms(share))]])


def p_m_hyp_then_perimeter(rng: random.Random) -> Item:  # hypotenuse, then the perimeter
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)])
    k = rng.randint(1, 4)
    return multi("P_m_hyp_then_perimeter", f"right triangle with legs {a * k} cm and {b * k} cm."
                 " how long is the hypotenuse and what's the perimeter?",
                 [unit(F(c * k), "cm", "centimetres", "centimeters"),
                  unit(F((a + b + c) * k), "cm", "centimetres", "centimeters")])


def p_m_average_then_chart(rng: random.Random) -> Item:  # steps per day: mean and median, chart
    steps = [rng.randint(2000, 15000) for _ in range(7)]
    mean, med = F(sum(steps), 7), F(sorted(steps)[3])
    if tie(mean):
        return p_m_average_then_chart(rng)
    days = "mon tue wed thu fri sat sun".split()
    listed = ", ".join(f"{d} {s}" for d, s in zip(days, steps, strict=True))
    return multi("P_m_average_then_chart", f"step counts: {listed}. give me the mean and the "
                 "median and chart the week", [named(MEAN, mean), named(MEDIAN, med), CHART])


def p_m_simplify_evaluate(rng: random.Random) -> Item:  # simplify a fraction, then evaluate
    a, n = rng.randint(2, 9), rng.randint(11, 40)
    return multi("P_m_simplify_evaluate", f"Simplify (x^2 - {a * a})/(x - {a}). What "
                 f"is it when x = {n}?", [[f"x + {a}", f"{a} + x"], [str(n + a)]])


def p_m_compound_then_gain(rng: random.Random) -> Item:  # compound growth, then the gain
    p, r, n = rng.randint(10, 90) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 6)
    value = F(p) * F(100 + r, 100) ** n
    if tie(value) or tie(value - p):
        return p_m_compound_then_gain(rng)
    return multi("P_m_compound_then_gain", f"if I put ${p} in savings at {r}% a year compounded "
                 f"yearly, what will I have after {n} years, and how much of that is interest?",
                 [forms(value), forms(value - p)])


def p_m_sine_plot_max(rng: random.Random) -> Item:  # amplitude of a cosine wave, drawn
    a, c = rng.randint(2, 12), rng.randint(1, 15)
    return multi("P_m_sine_plot_max", f"draw y = {a}cos(x) - {c} and tell me its max and min "
                 "values", [[str(a - c)], [str(-a - c)], PLOT])


def p_m_quadratic_value_plot(rng: random.Random) -> Item:  # value of a quadratic, plotted
    b, c, n = rng.randint(-6, 6), rng.randint(-10, 10), rng.randint(2, 9)
    if b == 0:
        return p_m_quadratic_value_plot(rng)
    return multi("P_m_quadratic_value_plot", f"f(x) = {poly(2, b, c)}. f({n}) = ? also plot f "
                 "between -10 and 10", [[str(2 * n * n + b * n + c)], PLOT])


def p_m_equation_then_pounds(rng: random.Random) -> Item:  # a worded solve, then kilos to pounds
    bag, n = rng.randint(4, 25), rng.randint(2, 6)
    lb = F(bag) / F(45359237, 10**8)
    if tie(lb):
        return p_m_equation_then_pounds(rng)
    return multi("P_m_equation_then_pounds", f"{n} identical suitcases weigh {n * bag} kg "
                 "altogether. how heavy is one? and what's that in lbs",
                 [unit(F(bag), "kg", "kilograms", "kilos"), unit(lb, "lb", "pounds", "lbs")])


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout12_multi_2 import MORE
    from bench.data.agents.heldout12_multi_3 import MIXED
    from bench.data.agents.heldout12_multi_4 import DATA
    from bench.data.agents.heldout12_multi_5 import QUICK
    from bench.data.agents.heldout12_multi_6 import P_CHAIN
    here = [p_m_quad_sketch, p_m_graph_first, p_m_line_axis, p_m_deriv_and_draw,
            p_m_area_and_picture, p_m_bills_line, p_m_vertex_picture, p_m_two_lines_meet,
            p_m_cubic_roots_graph, p_m_scores_bars, p_m_exp_growth_plot,
            p_m_slope_points_graph, p_m_solve_square, p_m_bigger_root_double,
            p_m_tickets_total, p_m_system_sum, p_m_deriv_value, p_m_percent_of_root,
            p_m_expand_then_at, p_m_fence_square, p_m_integral_times, p_m_root_minus_root,
            p_m_age_in_future, p_m_mean_after_solve, p_m_factor_then_solve, p_m_speed_time,
            p_m_limit_square, p_m_det_inverse, p_m_pizza_split, p_m_hyp_then_perimeter,
            p_m_average_then_chart, p_m_simplify_evaluate, p_m_compound_then_gain,
            p_m_sine_plot_max, p_m_quadratic_value_plot, p_m_equation_then_pounds]
    return [(fresh(make), 8) for make in [*here, *MORE, *MIXED, *DATA, *QUICK, *P_CHAIN]]


FAMILIES: list[tuple[Family, int]] = _families()
