"""Round 15 (``J_m_*``, dev now) multi-part requests: maths with a plot, and solves whose result is
used again."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    CHART,
    PLOT,
    F,
    Made,
    expr,
    forms,
    gather,
    lin,
    named,
    ok,
    poly,
    root,
    two_roots,
    var,
)


def tutor_roots_graph(r: random.Random) -> Made:  # a tutor wants roots and a picture
    a, b, p = two_roots(r)
    return (f"I'm tutoring tonight — could you find the roots of {p} = 0 and graph the "
            "parabola so I can show the kid where it crosses?", [root(a), root(b), PLOT])


def terse_solve_plot(r: random.Random) -> Made:  # terse: solve + plot
    a, b, p = two_roots(r)
    return f"{p}=0 solve + plot", [root(a), root(b), PLOT]


def line_intercepts_plot(r: random.Random) -> Made:  # a line's x-intercept, then its graph
    m, x0 = r.choice([2, 3, 4, 5, -2, -3]), r.randint(-6, 9)
    if x0 == 0:
        return None
    return (f"where does y = {lin(m, -m * x0)} hit the x axis? sketch it for me as well",
            [var("x", x0), PLOT])


def max_height_ball(r: random.Random) -> Made:  # a projectile's top height and its curve
    t, h = r.randint(1, 4), r.randint(20, 80)
    b, c = 10 * t, h - 5 * t * t
    if c <= 0:
        return None
    return (f"physics hw: a ball's height is h = -5t^2 + {b}t + {c}. what's the max height "
            "and when does it get there? plot h against t too",
            [[str(h), f"{h} m", f"{h} metres"], [f"t = {t}", f"t={t}", f"{t} s", f"{t} seconds"],
             PLOT])


def minimum_of_parabola(r: random.Random) -> Made:  # a minimum value, then a graph
    h, k = r.randint(1, 8), r.randint(-20, 10)
    return (f"What's the minimum value of {poly(-2 * h, h * h + k)}, and can you plot it "
            f"from x = {h - 5} to {h + 5}?", [[str(k)], PLOT])


def exp_growth_plot(r: random.Random) -> Made:  # doubling bacteria, count and a curve
    n0, hours = r.choice([50, 100, 200, 300, 500]), r.randint(3, 10)
    return (f"we start with {n0} bacteria and they double every hour. how many after {hours} "
            "hours? draw the growth curve too", [forms(F(n0 * 2 ** hours)), PLOT])


def derivative_zero_plot(r: random.Random) -> Made:  # stationary point then plot
    a = r.randint(2, 9)
    return (f"differentiate f(x) = x^2 - {2 * a}x, find where f'(x) = 0, then plot f",
            [expr(f"2x - {2 * a}"), var("x", a), PLOT])


def cos_graph_value(r: random.Random) -> Made:  # a value of cosine at zero, and a graph
    a, c = r.randint(2, 9), r.randint(1, 12)
    return (f"plot {a}cos(x) - {c} between -2pi and 2pi. what is it at x = 0?",
            [[str(a - c)], PLOT])


def two_lines_meet(r: random.Random) -> Made:  # intersection of two lines, then a graph
    x, y = r.randint(-4, 6), r.randint(-6, 8)
    a, c = r.randint(1, 5), r.randint(-5, -1)
    if x == 0:
        return None
    return (f"Graph y = {lin(a, y - a * x)} and y = {lin(c, y - c * x)} together and tell me "
            "the point where they cross.", [var("x", x), var("y", y), PLOT])


def integral_area_graph(r: random.Random) -> Made:  # area under a line, with a picture
    m, n = r.randint(1, 6), r.randint(2, 10)
    area = F(m * n * n, 2)
    return (f"shade the area under y={m}x from 0 to {n} on a graph and tell me how big it is",
            [forms(area), PLOT])


def scatter_mean(r: random.Random) -> Made:  # quiz scores: mean and a chart
    marks = [r.randint(40, 100) for _ in range(r.randint(6, 9))]
    m = F(sum(marks), len(marks))
    if not ok(m):
        return None
    return (f"my students' quiz marks were {', '.join(map(str, marks))}. give me the class "
            "average and a bar chart of the marks", [forms(m), CHART])


def solve_then_square(r: random.Random) -> Made:  # linear solve, then squared
    a, x, b = r.randint(2, 9), r.randint(-9, 15), r.randint(1, 30)
    if x in (0, 1):
        return None
    return (f"{a}x + {b} = {a * x + b}. once you have x, square it", [root(x), [str(x * x)]])


def solve_then_half_money(r: random.Random) -> Made:  # a worded solve, then split the bill
    price, n, tip = r.randint(6, 30), r.randint(2, 6), r.randint(5, 20)
    total = price * n + tip
    return (f"{n} pizzas at the same price plus a {tip} dollar delivery fee came to ${total}. "
            "how much was each pizza, and what's half the bill if we split it between two?",
            [forms(F(price)), forms(F(total, 2))])


def system_then_sum(r: random.Random) -> Made:  # a 2x2 system, then x + y
    x, y = r.randint(-6, 9), r.randint(-6, 9)
    if x == y or x + y in (x, y):
        return None
    return (f"Solve x + 2y = {x + 2 * y} and 3x - y = {3 * x - y}, then give x + y.",
            [var("x", x), var("y", y), [str(x + y)]])


def roots_product(r: random.Random) -> Made:  # roots, then their product
    a, b, p = two_roots(r)
    if a * b in (a, b):
        return None
    return (f"roots of {p}? and multiply them together afterwards", [root(a), root(b),
                                                                   [str(a * b)]])


def larger_root_cubed(r: random.Random) -> Made:  # larger root, cubed
    a, b, p = two_roots(r)
    if b ** 3 in (a, b):
        return None
    return (f"take the bigger solution of {p} = 0 and cube it. what are both solutions and "
            "the cube?", [root(a), root(b), [str(b ** 3)]])


def rectangle_solve(r: random.Random) -> Made:  # rectangle dimensions, then area
    w, extra = r.randint(3, 20), r.randint(2, 10)
    p = 2 * (2 * w + extra)
    return (f"A rectangular pen is {extra} m longer than it is wide and its perimeter is "
            f"{p} m. Find the width, the length and the area.",
            [[f"{w} m", f"{w} metres", f"{w}m"], [f"{w + extra} m", f"{w + extra} metres",
                                                   f"{w + extra}m"],
             [f"{w * (w + extra)} m²", f"{w * (w + extra)} m^2",
              f"{w * (w + extra)} square metres", f"{w * (w + extra)} sq m"]])


def derivative_at_two_points(r: random.Random) -> Made:  # derivative, at two points
    a, b = r.randint(2, 6), r.randint(2, 9)
    p, q = r.randint(1, 4), r.randint(5, 8)
    d = lambda x: 3 * a * x * x - b  # noqa: E731
    return (f"f(x) = {a}x^3 - {b}x. what's f'(x), f'({p}) and f'({q})?",
            [expr(f"{3 * a}x^2 - {b}"), [str(d(p))], [str(d(q))]])


def integral_then_times(r: random.Random) -> Made:  # definite integral, then times a number
    n, k = r.randint(2, 6), r.randint(3, 9)
    v = n ** 3
    return (f"∫ 3x^2 dx from 0 to {n} — then multiply the answer by {k}", [[str(v)],
                                                                          [str(k * v)]])


def factor_and_roots(r: random.Random) -> Made:  # factorise, then the roots
    a, b, p = two_roots(r)

    def t(v: int) -> str:
        return f"x - {v}" if v > 0 else f"x + {-v}"
    return (f"can u factorise {p} and then say what x values make it zero",
            [[f"({t(a)})({t(b)})", f"({t(b)})({t(a)})"], root(a), root(b)])


def expand_then_coefficient(r: random.Random) -> Made:  # expand a product, sum the coefficients
    a, b = r.randint(1, 9), r.randint(1, 9)
    if a == b:
        return None
    e = poly(a + b, a * b)
    return (f"expand (x + {a})(x + {b}). what do the coefficients add up to?",
            [expr(e), [str(1 + a + b + a * b)]])


def percent_then_solve(r: random.Random) -> Made:  # find the original price, then a new discount
    orig, pct, pct2 = r.randint(20, 200), r.choice([10, 20, 25, 40]), r.choice([15, 30, 35])
    sale = F(orig * (100 - pct), 100)
    second = F(orig * (100 - pct2), 100)
    if sale.denominator != 1 or not ok(second):
        return None
    return (f"a jacket is {pct}% off and now costs ${sale}. what was the original price? and "
            f"what would it cost at {pct2}% off instead?", [forms(F(orig)), forms(second)])


def gcd_lcm_pair(r: random.Random) -> Made:  # gcd and lcm of two numbers
    g = r.randint(2, 12)
    a, b = g * r.randint(2, 9), g * r.randint(2, 9)
    import math
    if a == b or math.gcd(a, b) != g:
        return None
    return (f"gcf and lcm of {a} and {b}?", [[str(g)], [str(a * b // g)]])


def mean_then_chart_sleep(r: random.Random) -> Made:  # hours slept: mean, max, chart
    hrs = [r.choice([5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9]) for _ in range(7)]
    m = F(int(sum(hrs) * 2), 14)
    if not ok(m) or len(set(hrs)) < 3:
        return None
    listed = ", ".join(f"{h:g}" for h in hrs)
    return (f"how much i slept each night this week: {listed}. what's my average, "
            "what's the total for the week, and chart it",
            [forms(m), forms(F(int(sum(hrs) * 2), 2)), CHART])


def quadratic_vertex_form(r: random.Random) -> Made:  # vertex then y-intercept
    h, k = r.randint(-6, 6), r.randint(-9, 9)
    if h == 0 or h * h + k in (h, k):
        return None
    return (f"for y = (x {'-' if h > 0 else '+'} {abs(h)})^2 {'+' if k >= 0 else '-'} {abs(k)}, "
            "give me the vertex and the y-intercept, and plot it",
            [[f"({h}, {k})", f"({h},{k})"], [str(h * h + k)], PLOT])


def simplify_then_evaluate(r: random.Random) -> Made:  # simplify a fraction, evaluate
    a, n = r.randint(2, 9), r.randint(11, 40)
    return (f"Simplify (x^2 - {a * a})/(x + {a}) and evaluate it for x = {n}.",
            [[f"x - {a}", f"-{a} + x"], [str(n - a)]])


def limit_then_double(r: random.Random) -> Made:  # a limit, then double it
    k = r.randint(2, 19)
    return (f"limit as x→{k} of (x^2 - {k * k})/(x - {k})? then double that",
            [[str(2 * k)], [str(4 * k)]])


def det_inverse_exists(r: random.Random) -> Made:  # determinant and trace of a 2x2
    a, b, c, d = (r.randint(-8, 9) for _ in range(4))
    det, tr = a * d - b * c, a + d
    if det in (0, tr) or tr == 0:
        return None
    return (f"matrix [[{a},{b}],[{c},{d}]]: determinant and trace please", [[str(det)],
                                                                          [str(tr)]])


def speed_then_time(r: random.Random) -> Made:  # speed from a trip, then time for another
    v, t, d2 = r.choice([40, 45, 50, 60, 80]), r.randint(2, 5), r.randint(30, 300)
    mins = F(d2 * 60, v)
    if mins.denominator != 1:
        return None
    return (f"we drove {v * t} km in {t} hours. what was our average speed, and at that speed "
            f"how many minutes for the next {d2} km?",
            [[f"{v} km/h", f"{v} kph", f"{v} kilometres per hour", f"{v} km per hour"],
             [f"{mins} minutes", f"{mins} min", f"{mins} mins"]])


def sequence_then_sum(r: random.Random) -> Made:  # arithmetic sequence term and sum
    a, d, n = r.randint(1, 9), r.randint(2, 7), r.randint(8, 20)
    last = a + (n - 1) * d
    s = n * (a + last) // 2
    return (f"sequence starts {a}, {a + d}, {a + 2 * d}, … what's the {n}th term and the sum "
            f"of the first {n}?", [[str(last)], forms(F(s))])


def compound_then_gain(r: random.Random) -> Made:  # compound interest, then interest earned
    p, rate, yrs = r.choice([1000, 2000, 2500, 5000]), r.choice([2, 3, 4, 5]), r.randint(2, 6)
    amt = F(p) * F(100 + rate, 100) ** yrs
    if not ok(amt):
        return None
    return (f"if I put ${p} in savings at {rate}% a year compounded annually, how much after "
            f"{yrs} years, and how much of that is interest?",
            [forms(round_(amt)), forms(round_(amt) - p)])


def round_(x: F) -> F:
    return F(round(x * 100), 100)


def pythag_then_perimeter(r: random.Random) -> Made:  # hypotenuse, then the perimeter
    a, b, c = r.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (6, 8, 10),
                        (9, 12, 15), (20, 21, 29), (12, 16, 20)])
    k = r.randint(1, 3)
    a, b, c = a * k, b * k, c * k
    return (f"right triangle with legs {a} cm and {b} cm. hypotenuse? perimeter?",
            [[f"{c} cm", f"{c}cm", f"{c} centimetres"],
             [f"{a + b + c} cm", f"{a + b + c}cm", f"{a + b + c} centimetres"]])


def circle_area_then_cost(r: random.Random) -> Made:  # area of a round table, then cost
    d, price = r.randint(2, 12) * 10, r.choice([15, 20, 25, 40])
    area = 3.141592653589793 * (d / 200) ** 2
    cost = area * price
    a2, c2 = round(area, 2), round(cost, 2)
    if abs(area * 100 - round(area * 100) - 0.5) < 1e-6 or abs(cost * 100 % 1 - 0.5) < 1e-3:
        return None
    return (f"round table top {d} cm across. area in square metres, and cost if the "
            f"varnish job is ${price} per m² (don't round the area before pricing)?",
            [[f"{v} m²" for v in forms(F(f'{a2:.2f}'))] + [f"{v} m^2" for v in forms(
                F(f'{a2:.2f}'))] + [f"{v} square metres" for v in forms(F(f'{a2:.2f}'))],
             forms(F(str(f'{c2:.2f}')))])


def stats_then_plot_line(r: random.Random) -> Made:  # median and range, then a line chart
    vals = [r.randint(10, 99) for _ in range(r.randint(5, 8))]
    med = F(sorted(vals)[len(vals) // 2]) if len(vals) % 2 else F(
        sorted(vals)[len(vals) // 2 - 1] + sorted(vals)[len(vals) // 2], 2)
    rng_ = max(vals) - min(vals)
    if med == rng_:
        return None
    return (f"Daily step count (thousands, I know): {' '.join(map(str, vals))}. Median, "
            "range, and a line chart please.",
            [named(["median", "Median"], med), named(["range", "Range"], F(rng_)), CHART])


def gradient_intercept(r: random.Random) -> Made:  # slope and intercept from an equation
    m, c = r.choice([2, 3, 4, 5, 6]), r.randint(2, 20)
    return (f"rearrange {m}x - 2y = -{2 * c} into y = mx + c. what are m and c? and graph it",
            [[f"m = {F(m, 2)}", f"m={F(m, 2)}", f"m = {m / 2:g}", f"m={m / 2:g}"],
             var("c", c), PLOT])


def hours_wage_solve(r: random.Random) -> Made:  # hourly wage from a payslip, then overtime
    wage, hrs, ot = r.choice([14, 15, 16, 18, 20, 22]), r.randint(20, 40), r.randint(2, 9)
    pay = F(wage * 3, 2) * ot
    return (f"I worked {hrs} hours and got paid ${wage * hrs} before tax. What's my hourly "
            f"rate, and what would {ot} hours of overtime at time-and-a-half pay?",
            [forms(F(wage)), forms(pay)])


def log_solve_then(r: random.Random) -> Made:  # an exponent equation, then a power
    b, n = r.choice([2, 3, 5]), r.randint(3, 8)
    return (f"solve {b}^x = {b ** n}, and what is {b}^(x+1)?", [root(n), [str(b ** (n + 1))]])


def tank_fill(r: random.Random) -> Made:  # a tank filling rate, then time to fill
    rate, mins, cap = r.randint(5, 25), r.randint(3, 12), r.randint(100, 600)
    t = F(cap, rate)
    if not ok(t):
        return None
    return (f"the hose put {rate * mins} litres in the tank in {mins} minutes. how many "
            f"litres a minute is that, and how long to fill a {cap} litre tank from empty?",
            [[f"{rate} litres", f"{rate} L", f"{rate} l"], [f"{v} minutes" for v in forms(t)]
             + [f"{v} min" for v in forms(t)]])


MATHS = gather(tutor_roots_graph, terse_solve_plot, line_intercepts_plot, max_height_ball,
               minimum_of_parabola, exp_growth_plot, derivative_zero_plot, cos_graph_value,
               two_lines_meet, integral_area_graph, scatter_mean, solve_then_square,
               solve_then_half_money, system_then_sum, roots_product, larger_root_cubed,
               rectangle_solve, derivative_at_two_points, integral_then_times,
               factor_and_roots, expand_then_coefficient, percent_then_solve, gcd_lcm_pair,
               mean_then_chart_sleep, quadratic_vertex_form, simplify_then_evaluate,
               limit_then_double, det_inverse_exists, speed_then_time, sequence_then_sum,
               compound_then_gain, pythag_then_perimeter, circle_area_then_cost,
               stats_then_plot_line, gradient_intercept, hours_wage_solve, log_solve_then,
               tank_fill)
