"""Round 15 (``J_m_*``, dev now) more maths with several results: graphs asked alongside a value,
calculus steps, and algebra whose answer feeds the next question."""

from __future__ import annotations

import math
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
    ok,
    poly,
    root,
    two_roots,
    var,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def graph_then_y_at(r: random.Random) -> Made:  # plot a quadratic, value at a point
    b, c, x = r.randint(-6, 6), r.randint(-10, 10), r.randint(2, 9)
    y = x * x + b * x + c
    return (f"graph y = {poly(b, c)} please and what's y when x is {x}?", [n(y), PLOT])


def graph_exp_doubling(r: random.Random) -> Made:  # plot 2^x and a value
    k = r.randint(5, 14)
    return (f"can you draw y = 2^x from 0 to {k}? what is y at the right end?",
            [n(2 ** k), PLOT])


def graph_abs_vertex(r: random.Random) -> Made:  # plot |x - a| + b and its lowest point
    a, b = r.randint(-8, 8), r.randint(-5, 12)
    if a == 0:
        return None
    return (f"sketch y = |x {'-' if a > 0 else '+'} {abs(a)}| + {b} and tell me its lowest point",
            [[f"({a}, {b})", f"({a},{b})"], PLOT]) if b >= 0 else None


def plot_two_parabolas(r: random.Random) -> Made:  # where x^2 meets a line, plotted
    a, b = sorted(r.sample(range(-6, 8), 2))
    if 0 in (a, b) or a + b == 0:
        return None
    s, p = a + b, -a * b
    return (f"plot y = x^2 and y = {lin(s, p)} on the same axes. at which x values do they "
            "meet?", [root(a), root(b), PLOT])


def integrate_then_plot(r: random.Random) -> Made:  # antiderivative and a plot of the function
    a, b = r.randint(2, 9), r.randint(2, 9)
    return (f"integral of {3 * a}x^2 + {2 * b}x? and plot the original function",
            [expr(f"{a}x^3 + {b}x^2"), PLOT])


def tangent_line(r: random.Random) -> Made:  # slope and tangent line at a point
    a, c = r.randint(2, 9), r.randint(1, 30)
    slope, yint = 2 * a, c - a * a
    line = lin(slope, yint)
    return (f"tangent to y = x^2 + {c} at x = {a}: slope? equation of the line? draw both",
            [[str(slope)], [f"y = {line}", f"y={line}".replace(" ", "")], PLOT])


def second_derivative(r: random.Random) -> Made:  # first and second derivatives
    a, b, c = r.randint(2, 6), r.randint(2, 9), r.randint(2, 20)
    return (f"first and second derivative of {a}x^4 - {b}x^2 + {c}",
            [expr(f"{4 * a}x^3 - {2 * b}x"), expr(f"{12 * a}x^2 - {2 * b}")])


def inequality_then_smallest(r: random.Random) -> Made:  # solve an inequality, smallest integer
    a, k, b = r.randint(2, 9), r.randint(-5, 15), r.randint(1, 20)
    return (f"solve {a}x - {b} > {a * k - b}. what's the smallest whole number that works?",
            [[f"x > {k}", f"x>{k}"], [str(k + 1)]])


def fraction_ops(r: random.Random) -> Made:  # sum and product of two fractions
    a, b, c, d = r.randint(1, 9), r.randint(2, 12), r.randint(1, 9), r.randint(2, 12)
    s, p = F(a, b) + F(c, d), F(a, b) * F(c, d)
    if a >= b or c >= d or s.denominator == 1 or p.denominator == 1:
        return None
    return (f"{a}/{b} + {c}/{d} and {a}/{b} × {c}/{d}, as fractions please",
            [[str(s)], [str(p)]])


def matrix_product_det(r: random.Random) -> Made:  # 2x2 product then its determinant
    m = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    k = [[r.randint(-3, 5) for _ in range(2)] for _ in range(2)]
    pr = [[sum(m[i][t] * k[t][j] for t in range(2)) for j in range(2)] for i in range(2)]
    det = pr[0][0] * pr[1][1] - pr[0][1] * pr[1][0]
    if det == 0:
        return None
    return (f"A = {m}, B = {k}. compute AB and its determinant",
            [[str(pr), f"[[{pr[0][0]}, {pr[0][1]}], [{pr[1][0]}, {pr[1][1]}]]"], [str(det)]])


def combinatorics_pair(r: random.Random) -> Made:  # combinations and permutations
    nn, k = r.randint(6, 15), r.randint(2, 4)
    return (f"how many ways to choose {k} from {nn}? and if order matters?",
            [n(math.comb(nn, k)), n(math.perm(nn, k))])


def probability_dice(r: random.Random) -> Made:  # dice probability as a fraction and percent
    t = r.randint(3, 11)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == t)
    p = F(ways, 36)
    return (f"rolling two dice, chance the total is {t}? as a fraction and a percent",
            [[str(p)], [f"{v}%" for v in forms(p * 100)]]) if ok(p * 100) else None


def vertex_then_roots(r: random.Random) -> Made:  # vertex and roots of a parabola
    a, b, p = two_roots(r)
    h = F(a + b, 2)
    k = (h - a) * (h - b)
    return (f"{p}: vertex and roots please, and a quick graph",
            [[f"({h}, {k})", f"({h},{k})", f"({float(h):g}, {float(k):g})"], root(a), root(b),
             PLOT])


def bar_chart_votes(r: random.Random) -> Made:  # votes: percentages and a bar chart
    names = ["pizza", "tacos", "sushi", "curry"]
    votes = r.sample(range(3, 40), 4)
    share = F(max(votes) * 100, sum(votes))
    if not ok(share):
        return None
    listed = ", ".join(f"{a} {b}" for a, b in zip(names, votes, strict=True))
    return (f"office lunch vote: {listed}. how many votes in all, what share did the winner "
            "get? bar chart it", [n(sum(votes)), [f"{v}%" for v in forms(share)], CHART])


def log_values(r: random.Random) -> Made:  # two logarithms
    a, b = r.randint(2, 6), r.randint(2, 5)
    return (f"log base 10 of {10 ** a} and log base 2 of {2 ** (b + 4)}?",
            [[str(a)], [str(b + 4)]])


def cylinder_volume_litres(r: random.Random) -> Made:  # volume in cm3 and litres
    rad, h = r.randint(3, 20), r.randint(5, 40)
    v = math.pi * rad * rad * h
    if abs(v * 100 % 1 - 0.5) < 0.01 or abs(v / 10 % 1 - 0.5) < 0.001:
        return None
    return (f"a cylinder radius {rad} cm height {h} cm. volume in cm³ and in litres?",
            [[f"{w} cm{u}" for w in forms(F(f"{v:.2f}")) for u in ("³", "^3")],
             [f"{v / 1000:.2f} L", f"{v / 1000:.2f} litres", f"{v / 1000:.2f} liters"]])


def sum_of_series(r: random.Random) -> Made:  # sum 1..n and sum of squares
    k = r.randint(10, 60)
    return (f"add up 1 to {k}. also the sum of the squares 1² up to {k}²",
            [n(k * (k + 1) // 2), n(k * (k + 1) * (2 * k + 1) // 6)])


def line_from_points_plot(r: random.Random) -> Made:  # equation of a line through two points
    m, c = r.choice([-3, -2, 2, 3, 4]), r.randint(-8, 8)
    x1, x2 = r.sample(range(-4, 6), 2)
    if c == 0:
        return None
    return (f"find the equation of the line through ({x1}, {m * x1 + c}) and ({x2}, {m * x2 + c})"
            " and plot it", [[f"y = {lin(m, c)}", f"y={lin(m, c)}".replace(" ", "")], PLOT])


def percent_increase_chain(r: random.Random) -> Made:  # two successive increases, overall %
    a, b = r.choice([5, 10, 20, 25]), r.choice([5, 10, 20, 50])
    tot = (F(100 + a, 100) * F(100 + b, 100) - 1) * 100
    base = r.randint(20, 200) * 10
    fin = base * F(100 + a, 100) * F(100 + b, 100)
    if not ok(fin):
        return None
    return (f"price {base}, up {a}% then another {b}%. final price, and total % increase?",
            [forms(fin), [f"{v}%" for v in forms(tot)]])


def roots_then_plot_cubic(r: random.Random) -> Made:  # a factored cubic's roots and its graph
    a, b, c = sorted(r.sample(range(-5, 6), 3))
    return (f"roots of (x - {a})(x - {b})(x - {c}) = 0 and graph it please".replace("- -", "+ "),
            [root(a), root(b), root(c), PLOT])


MATHS_2 = gather(graph_then_y_at, graph_exp_doubling, graph_abs_vertex, plot_two_parabolas,
                 integrate_then_plot, tangent_line, second_derivative, inequality_then_smallest,
                 fraction_ops, matrix_product_det, combinatorics_pair, probability_dice,
                 vertex_then_roots, bar_chart_votes, log_values, cylinder_volume_litres,
                 sum_of_series, line_from_points_plot, percent_increase_chain,
                 roots_then_plot_cubic)
__all__ = ["MATHS_2", "var"]
