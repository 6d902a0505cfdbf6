"""Round 14 (``N_m_*``, dev now) multi-part requests: maths with a graph, and a solve whose result
is used again (a product of roots, a later value, a conversion)."""

from __future__ import annotations

import math

from bench.data.agents.heldout14_multi_common import (
    GRAPH,
    MI,
    F,
    Item,
    expr,
    fams,
    forms,
    lin,
    money,
    multi,
    named,
    num,
    poly,
    random,
    root,
    safe,
    two_roots,
    unit,
    var,
    whole,
)
from bench.data.agents.helpers import labelled


def _cubic(a: int, b: int, c: int) -> str:
    s, q, p = a + b + c, a * b + b * c + a * c, a * b * c
    text = "x^3"
    for coef, tail in ((-s, "x^2"), (q, "x"), (-p, "")):
        if coef:
            mag = "" if abs(coef) == 1 and tail else str(abs(coef))
            text += f" {'+' if coef > 0 else '-'} {mag}{tail}"
    return text


def n_m_graph_crossings(rng: random.Random) -> Item:  # graph a parabola, where it meets the axis
    r1, r2, p = two_roots(rng)
    return multi("N_m_graph_crossings", f"can u graph y = {p} and tell me where it crosses the "
                 "x axis", [root(r1), root(r2), GRAPH])


def n_m_line_axis_hits(rng: random.Random) -> Item:  # plot a line, both intercepts
    a, r = rng.choice([2, 3, 4, 5, -2, -3]), rng.choice([-6, -4, -3, -2, 2, 3, 5, 7, 8])
    b = -a * r
    return multi("N_m_line_axis_hits", f"Plot y = {a}x {'+' if b > 0 else '-'} {abs(b)}. "
                 "Where does it hit the y-axis, and where the x-axis?",
                 [[f"(0, {b})", f"y = {b}", f"y={b}", f"(0,{b})"],
                  [f"({r}, 0)", f"({r},0)", *var("x", r)]])


def n_m_doubling_curve(rng: random.Random) -> Item:  # plot 2^x and one value of it
    n = rng.randint(9, 20)
    return multi("N_m_doubling_curve", f"show me a graph of 2^x for x from 0 to {n}, and "
                 f"what's the value right at x = {n}?", [whole(2 ** n), GRAPH])


def n_m_arch_peak(rng: random.Random) -> Item:  # highest point of a downward parabola, drawn
    h, c = rng.randint(1, 8), rng.randint(-10, 20)
    return multi("N_m_arch_peak", f"a ball's path is y = -x^2 + {2 * h}x {'+' if c >= 0 else '-'}"
                 f" {abs(c)}. draw it pls and tell me the max height and at what x",
                 [whole(h * h + c), var("x", h), GRAPH])


def n_m_two_lines_solve_graph(rng: random.Random) -> Item:  # sum and difference, and a graph
    x, y = rng.randint(-4, 12), rng.randint(-6, 9)
    return multi("N_m_two_lines_solve_graph", f"Solve the system x + y = {x + y}, x - y = "
                 f"{x - y} and graph both lines on one set of axes.",
                 [var("x", x), var("y", y), GRAPH])


def n_m_cubic_area_graph(rng: random.Random) -> Item:  # exact area under x^3, and the graph
    n = rng.randint(3, 16)
    area = F(n ** 4, 4)
    return multi("N_m_cubic_area_graph", f"what's the area under y = x^3 from x = 0 to x = {n}? "
                 "exact please, and show me the graph",
                 [list(dict.fromkeys([str(area), *num(area)])), GRAPH])


def n_m_flat_spot(rng: random.Random) -> Item:  # where the slope is zero, and a sketch
    h, c = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6]), rng.randint(1, 30)
    return multi("N_m_flat_spot", f"where is the slope of y = {poly(-2 * h, c)} equal to zero? "
                 "sketch the curve as well", [var("x", h), GRAPH])


def n_m_reciprocal_value(rng: random.Random) -> Item:  # plot 1/x and one value
    d = rng.choice([4, 5, 8, 16, 20, 25, 40, 50])
    k = rng.randint(1, 3)
    return multi("N_m_reciprocal_value", f"plot y = {k}/x for positive x and tell me y when "
                 f"x = {d}", [forms(F(k, d), 4), GRAPH])


def n_m_curve_meets_line(rng: random.Random) -> Item:  # a parabola and a line: where they meet
    r = rng.randint(3, 12)
    k = r * (r - 1)
    return multi("N_m_curve_meets_line", f"put y = x^2 and y = x + {k} on the same graph — "
                 "where do they meet?", [root(r), root(1 - r), GRAPH])


def n_m_sine_scaled(rng: random.Random) -> Item:  # a scaled sine at pi/6, with its graph
    a = rng.randrange(3, 41, 2)
    return multi("N_m_sine_scaled", f"Graph y = {a}sin(x) over one period and give me its "
                 "value at x = pi/6.", [[*forms(F(a, 2)), f"{a}/2"], GRAPH])


def n_m_cubic_zeros_graph(rng: random.Random) -> Item:  # zeros of a factorable cubic, drawn
    a, b, c = sorted(rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 3))
    return multi("N_m_cubic_zeros_graph", f"Find all the zeros of {_cubic(a, b, c)} and plot "
                 "it please.", [root(a), root(b), root(c), GRAPH])


def n_m_flat_line_cross(rng: random.Random) -> Item:  # where a parabola reaches a height
    a, k = rng.randint(2, 6), rng.randint(2, 9)
    return multi("N_m_flat_line_cross", f"where does y = {a}x^2 meet the horizontal line "
                 f"y = {a * k * k}? a graph would help too", [root(k), root(-k), GRAPH])


def n_m_share_then_more(rng: random.Random) -> Item:  # a per-person share, then with one more
    n, fee = rng.randint(3, 6), rng.choice([20, 25, 30, 40])
    each = rng.randint(15, 60)
    total = n * each + fee
    later = F(total - fee, n + 1)
    if not safe(later):
        return n_m_share_then_more(rng)
    return multi("N_m_share_then_more", f"{n} of us each paid x for the cabin, plus a {fee} "
                 f"cleaning fee, {total} all up. what's x? and what would each pay if one "
                 "more friend joins (fee still extra)?", [whole(each), forms(later)])


def n_m_solve_square(rng: random.Random) -> Item:  # solve, then square the answer
    a, x = rng.randint(2, 9), rng.randint(-15, 19)
    b = rng.randint(1, 12)
    return multi("N_m_solve_square", f"Solve {a}(x - {b}) = {a * (x - b)}, then square your "
                 "answer.", [root(x), whole(x * x)])


def n_m_roots_product(rng: random.Random) -> Item:  # roots, then their product
    r1, r2, p = two_roots(rng)
    return multi("N_m_roots_product", f"solve {p} = 0 and multiply the two solutions together",
                 [root(r1), root(r2), whole(r1 * r2)])


def n_m_system_product(rng: random.Random) -> Item:  # a 2x2 system, then x times y
    x, y = rng.randint(1, 12), rng.randint(-5, 11)
    return multi("N_m_system_product", f"2x + y = {2 * x + y} and x - y = {x - y}. find x and y, "
                 "then x*y", [var("x", x), var("y", y), whole(x * y)])


def n_m_notebook_price(rng: random.Random) -> Item:  # one item's price, then several
    k, pen, each = rng.randint(2, 5), rng.randint(80, 250), rng.randint(120, 480)
    m = rng.randint(6, 12)
    total = F(k * each + pen, 100)
    return multi("N_m_notebook_price", f"{k} notebooks and a pen came to {float(total):.2f}. "
                 f"the pen was {pen / 100:.2f}. how much was one notebook, and what would "
                 f"{m} cost?",
                 [forms(F(each, 100)), forms(F(m * each, 100))])


def n_m_derivative_zeros(rng: random.Random) -> Item:  # derivative, then where it vanishes
    a = rng.randint(2, 9)
    return multi("N_m_derivative_zeros", f"differentiate x^3 - {3 * a * a}x, then find where "
                 "the derivative is zero", [expr(f"3x^2 - {3 * a * a}"), root(a), root(-a)])


def n_m_integral_average(rng: random.Random) -> Item:  # an integral, then the mean value
    k = rng.randint(2, 14)
    w = 3 * k
    return multi("N_m_integral_average", f"Integrate x^2 from 0 to {w}. Then divide that by "
                 f"{w} to get the average height of the curve.", [whole(9 * k ** 3),
                                                                whole(3 * k * k)])


def n_m_expand_coefficient(rng: random.Random) -> Item:  # expand, then one coefficient
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    if a == b:
        return n_m_expand_coefficient(rng)
    return multi("N_m_expand_coefficient", f"expand (x + {a})(x + {b}) — what's the "
                 "coefficient of x?", [expr(poly(a + b, a * b)), whole(a + b)])


def n_m_factor_shortcut(rng: random.Random) -> Item:  # difference of squares, then used
    d, n = rng.randint(2, 9), rng.randint(21, 99)
    forms_ = [f"(x - {d})(x + {d})", f"(x + {d})(x - {d})", f"(x-{d})(x+{d})",
              f"(x+{d})(x-{d})"]
    return multi("N_m_factor_shortcut", f"factor x^2 - {d * d}, then use that to work out "
                 f"{n}^2 - {d * d} in your head", [forms_, whole(n * n - d * d)])


def n_m_sale_original(rng: random.Random) -> Item:  # price before a discount, and the saving
    off = rng.choice([10, 15, 20, 25, 30, 40])
    before = F(rng.randint(800, 16000), 100) * 1
    before = F(round(before * 100 / 5) * 5, 100)
    paid = before * (100 - off) / 100
    if paid.denominator not in (1, 2, 4, 5, 10, 20, 25, 50, 100):
        return n_m_sale_original(rng)
    return multi("N_m_sale_original", f"I paid {float(paid):.2f} for a jacket after {off}% off. "
                 "What was it before the discount and how much did I save?",
                 [forms(before), forms(before - paid)])


def n_m_rect_garden(rng: random.Random) -> Item:  # a perimeter equation, then the area
    w, d = rng.randint(3, 20), rng.randint(2, 10)
    per = 2 * (w + w + d)
    cm = ["cm", "centimetres", "centimeters"]
    return multi("N_m_rect_garden", f"A rectangular frame is {d} cm longer than it is wide and "
                 f"its perimeter is {per} cm. Width, length and area?",
                 [unit(F(w), *cm), unit(F(w + d), *cm),
                  unit(F(w * (w + d)), "cm²", "cm^2", "square centimetres",
                       "square centimeters", "sq cm")])


def n_m_ticket_mix(rng: random.Random) -> Item:  # two ticket prices: how many of each
    a, c = rng.randint(2, 9), rng.randint(2, 9)
    pa, pc = rng.choice([12, 14, 15, 18]), rng.choice([6, 7, 8, 9])
    total = a * pa + c * pc
    return multi("N_m_ticket_mix", f"bought {a + c} tickets for {total} quid total. adults are "
                 f"{pa} each and kids {pc}. how many of each did i get?",
                 [[*labelled(["adults", "adult tickets", "Adults"], str(a)), f"{a} adult"],
                  [*labelled(["kids", "children", "child tickets", "Kids", "Children"], str(c)),
                   f"{c} kid", f"{c} child"]])


def n_m_solve_then_miles(rng: random.Random) -> Item:  # a distance solved, then in miles
    d, k = rng.randint(8, 80), rng.randint(2, 6)
    mi = F(d) / (F(25146, 15625))
    if not safe(mi):
        return n_m_solve_then_miles(rng)
    return multi("N_m_solve_then_miles", f"d is a distance in km and {k}d - 5 = {k * d - 5}. "
                 "solve for d and then change it to miles", [var("d", d), unit(mi, *MI)])


def n_m_power_then_other(rng: random.Random) -> Item:  # an exponent, then used with base 3
    n = rng.randint(4, 12)
    return multi("N_m_power_then_other", f"If 2^x equals {2 ** n}, what is x? And what's 3^x then?",
                 [root(n), whole(3 ** n)])


def n_m_gauss_sum_mean(rng: random.Random) -> Item:  # a sum of 1..n, then its average
    n = rng.randint(20, 400)
    return multi("N_m_gauss_sum_mean", f"add up every whole number from 1 to {n}, then tell me "
                 "the average of them", [whole(n * (n + 1) // 2), num(F(n + 1, 2))])


def n_m_gcd_lcm(rng: random.Random) -> Item:  # gcd and lcm of two numbers
    g = rng.randint(2, 12)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        return n_m_gcd_lcm(rng)
    return multi("N_m_gcd_lcm", f"gcd and lcm of {a} and {b}?",
                 [labelled(["gcd", "GCD", "HCF", "greatest common divisor"], str(math.gcd(a, b))),
                  labelled(["lcm", "LCM", "least common multiple"], str(math.lcm(a, b)))])


def n_m_choose_factorial(rng: random.Random) -> Item:  # a binomial coefficient and a factorial
    n, k = rng.randint(8, 20), rng.randint(3, 6)
    return multi("N_m_choose_factorial", f"Two quick ones: {n} choose {k}, and {k + 4} "
                 "factorial.", [whole(math.comb(n, k)), whole(math.factorial(k + 4))])


def n_m_slope_line_plot(rng: random.Random) -> Item:  # the line through two points, drawn
    m, b = rng.choice([-3, -2, 2, 3, 4]), rng.randint(-8, 8)
    x1, x2 = rng.randint(-4, 0), rng.randint(2, 6)
    eq = lin(m, b) if m > 0 else f"-{abs(m)}x" + (f" + {b}" if b > 0 else
                                                    f" - {-b}" if b < 0 else "")
    if m > 0 and b == 0:
        eq = f"{m}x"
    return multi("N_m_slope_line_plot", f"equation of the line through ({x1}, {m * x1 + b}) "
                 f"and ({x2}, {m * x2 + b})? draw it for me", [[f"y = {eq}", f"y={eq}",
                                                                 f"y = {eq.replace(' ', '')}"],
                                                                GRAPH])


def n_m_mean_chart_quiz(rng: random.Random) -> Item:  # quiz scores: average, best, chart
    values = [rng.randint(4, 20) for _ in range(rng.randint(6, 9))]
    mean = F(sum(values), len(values))
    if not safe(mean):
        return n_m_mean_chart_quiz(rng)
    return multi("N_m_mean_chart_quiz", "my weekly quiz scores out of 20 were "
                 f"{' '.join(map(str, values))} — average? and can you make a bar chart",
                 [named(["average", "mean", "Average", "Mean"], mean), GRAPH])


def n_m_budget_weeks(rng: random.Random) -> Item:  # a saving equation, then the leftover
    goal, weekly = rng.randint(30, 120) * 10, rng.randint(15, 60)
    weeks = -(-goal // weekly)
    spare = weeks * weekly - goal
    if spare == 0:
        return n_m_budget_weeks(rng)
    return multi("N_m_budget_weeks", f"saving {weekly} a week for a bike that costs {goal}. how "
                 "many weeks till I can buy it, and how much will I have left over after?",
                 [[*labelled(["weeks"], str(weeks)), f"{weeks} weeks"], whole(spare)
                  + money(F(spare), "USD")])


FAMILIES_MATHS = fams(
    n_m_graph_crossings, n_m_line_axis_hits, n_m_doubling_curve, n_m_arch_peak,
    n_m_two_lines_solve_graph, n_m_cubic_area_graph, n_m_flat_spot, n_m_reciprocal_value,
    n_m_curve_meets_line, n_m_sine_scaled, n_m_cubic_zeros_graph, n_m_flat_line_cross,
    n_m_share_then_more, n_m_solve_square, n_m_roots_product, n_m_system_product,
    n_m_notebook_price, n_m_derivative_zeros, n_m_integral_average, n_m_expand_coefficient,
    n_m_factor_shortcut, n_m_sale_original, n_m_rect_garden, n_m_ticket_mix,
    n_m_solve_then_miles, n_m_power_then_other, n_m_gauss_sum_mean, n_m_gcd_lcm,
    n_m_choose_factorial, n_m_slope_line_plot, n_m_mean_chart_quiz, n_m_budget_weeks)
