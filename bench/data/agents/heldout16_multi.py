"""Round 16 (``L_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents or several results. This module holds maths with a plot and solves whose result
is used again; ``FAMILIES`` also gathers the other ``heldout16_multi_*`` modules (receipts and
signs, health and units, data, several quick asks, everyday chains)."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    PLOT,
    F,
    Family,
    expr,
    fam,
    lin,
    named,
    num,
    pct,
    poly,
    random,
    root,
    tie,
    two_roots,
    unit,
    var,
)

HERE: list[Family] = []
add = fam(HERE)


# --- maths and a plot ------------------------------------------------------------------


@add
def roots_then_sketch(rng: random.Random):  # terse: roots, then a sketch
    r1, r2, p = two_roots(rng)
    return f"roots of {p}? sketch it after", [root(r1), root(r2), PLOT]


@add
def parabola_intercepts_picture(rng: random.Random):  # where a parabola crosses the x axis, drawn
    r1, r2, p = two_roots(rng)
    return (f"Where does y = {p} cut the x-axis? A picture would help me understand it.",
            [root(r1), root(r2), PLOT])


@add
def line_intercept_graph(rng: random.Random):  # y-intercept and x-intercept of a line, plotted
    a, x0 = rng.choice([2, 3, 4, 5]), rng.randint(-6, 6)
    if x0 == 0:
        return None
    b = -a * x0
    return (f"for the line y = {lin(a, b)}, where does it hit the x axis? graph it as well",
            [root(x0), PLOT])


@add
def min_of_parabola_plot(rng: random.Random):  # minimum value of an upward parabola, with a graph
    h, k = rng.randint(-6, 6), rng.randint(-20, 20)
    if h == 0 or k in (0, h):
        return None
    return (f"I need the minimum value of f(x) = {poly(-2 * h, h * h + k)} and a plot of f, "
            "please.", [[str(k)], PLOT])


@add
def cubic_plot_derivative(rng: random.Random):  # plot a cubic and differentiate it
    a, b = rng.randint(2, 8), rng.randint(2, 15)
    return (f"can u plot y = x^3 + {a}x^2 - {b}x and give me dy/dx", [
        expr(f"3x^2 + {2 * a}x - {b}"), PLOT])


@add
def exp_growth_plot(rng: random.Random):  # value of a doubling function at a point, plus a graph
    a, n = rng.randint(2, 9), rng.randint(5, 10)
    return (f"Graph y = {a}*2^x from x=0 to x=10 and tell me y when x is {n}.",
            [num(a * 2 ** n), PLOT])


@add
def two_curves_meet(rng: random.Random):  # where a line meets y = x^2, with a graph
    r1, r2 = sorted(rng.sample(range(-5, 7), 2))
    s, p = r1 + r2, -r1 * r2
    if s <= 0 or p == 0:
        return None
    return (f"at which x values does y = x^2 meet y = {lin(s, p)}? show both curves on one "
            "plot", [root(r1), root(r2), PLOT])


@add
def quadratic_table_plot(rng: random.Random):  # value at a point and a plot
    b, c, n = rng.randint(-9, 9), rng.randint(-20, 20), rng.randint(3, 9)
    if b == 0 or c == 0:
        return None
    v = n * n + b * n + c
    return (f"what's {poly(b, c)} when x = {n}? then plot the whole thing from -10 to 10",
            [num(v), PLOT])


@add
def integral_and_area_picture(rng: random.Random):  # integral of a line from 0 to n, drawn
    a, b, n = rng.randint(2, 9), rng.randint(1, 12), rng.choice([2, 4, 6, 8, 10])
    v = F(a * n * n, 2) + b * n
    return (f"integral of {a}x + {b} from 0 to {n}, and draw the area under it please",
            [num(v), PLOT])


@add
def sine_cos_plot_value(rng: random.Random):  # a plot of sin and a max of a scaled cos
    a, c = rng.randint(2, 12), rng.randint(10, 40)
    return (f"plot {a}cos(x) + {c} between -2pi and 2pi. also whats the highest it goes?",
            [num(a + c), PLOT])


@add
def vertex_form_sketch(rng: random.Random):  # expand vertex form, then plot
    h, k = rng.randint(1, 8), rng.randint(1, 30)
    return (f"Expand (x - {h})^2 + {k} and sketch the curve for me",
            [expr(poly(-2 * h, h * h + k)), PLOT])


@add
def slope_intercept_from_points_plot(rng: random.Random):  # equation through two points, plotted
    m, b = rng.choice([-3, -2, 2, 3, 4]), rng.randint(-8, 8)
    x1, x2 = sorted(rng.sample(range(-4, 7), 2))
    if b == 0:
        return None
    eq = f"{m}x {'+' if b > 0 else '-'} {abs(b)}"
    tight = eq.replace(" ", "")
    return (f"Find the equation of the line through ({x1}, {m * x1 + b}) and ({x2}, {m * x2 + b})"
            " and plot it", [[f"y = {eq}", f"y={eq}", f"y = {tight}", f"y={tight}"], PLOT])


@add
def mean_scores_plot(rng: random.Random):  # quiz marks: mean and a chart
    values = [rng.randint(40, 100) for _ in range(rng.randint(5, 8))]
    mean = F(sum(values), len(values))
    if tie(mean):
        return None
    return (f"my quiz marks were {', '.join(map(str, values))}. whats my average and can you "
            "make a chart of them", [num(mean), PLOT])


@add
def log_plot_value(rng: random.Random):  # log base 2 of a power of two, then plot log
    k = rng.randint(5, 16)
    return (f"plot log2(x) for x from 1 to 100, and what's log base 2 of {2 ** k}?",
            [num(k), PLOT])


@add
def system_graph(rng: random.Random):  # solve a 2x2 system and graph both lines
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    a, b = rng.randint(2, 5), rng.randint(1, 4)
    s1, s2 = a * x + b * y, x - y
    return (f"solve {a}x + {'' if b == 1 else b}y = {s1} and x - y = {s2} simultaneously, then "
            "graph the two lines", [var("x", x), var("y", y), PLOT])


@add
def projectile_peak_plot(rng: random.Random):  # a ball's height: peak time and height, graphed
    t, k = rng.randint(1, 5), rng.randint(1, 4)
    g = 5 * k
    v = 2 * g * t
    h = g * t * t
    return (f"a ball's height is h = {v}t - {g}t^2 metres. when does it peak, how high does it "
            "get, and plot h against t", [[f"{t} s", f"{t}s", f"{t} seconds", f"t = {t}",
                                          f"t={t}"], unit(F(h), "m", "metres", "meters"), PLOT])


# --- a solve whose result is used again --------------------------------------------------


@add
def solve_then_square(rng: random.Random):  # a linear solve, then the square of x
    a, x, b = rng.randint(2, 9), rng.randint(-15, 20), rng.randint(1, 30)
    if abs(x) < 4:
        return None
    return (f"{a}x + {b} = {a * x + b}, find x and then x squared", [root(x), num(x * x)])


@add
def solve_then_plus_ten_percent(rng: random.Random):  # solve, then add ten percent
    a, x = rng.randint(3, 9), rng.randint(20, 200)
    return (f"Solve {a}x = {a * x}. Then add 10% to whatever x is.",
            [root(x), num(F(11 * x, 10))])


@add
def fraction_eq_then_half(rng: random.Random):  # x over a number, then half of x
    a, x = rng.randint(3, 12), rng.randint(6, 80)
    if x % a:
        return None
    return (f"x/{a} + {x // a} = {2 * (x // a)} ... what is x? and half of it?",
            [root(x), num(F(x, 2))])


@add
def quadratic_then_product(rng: random.Random):  # roots, then their product
    r1, r2, p = two_roots(rng)
    if r1 * r2 in (r1, r2):
        return None
    return (f"solve {p} = 0 and multiply the two solutions together", [root(r1), root(r2),
                                                                     num(r1 * r2)])


@add
def derivative_then_zero(rng: random.Random):  # derivative, then where it is zero
    a, h = rng.randint(2, 5), rng.randint(-9, 9)
    if h == 0:
        return None
    b = -2 * a * h
    sb = f"+ {b}x" if b > 0 else f"- {-b}x"
    return (f"differentiate {a}x^2 {sb} + 7, then tell me where the derivative equals zero",
            [expr(lin(2 * a, b)), root(h)])


@add
def integral_then_times(rng: random.Random):  # a definite integral, times a number
    n, k = rng.randint(2, 6), rng.randint(3, 7)
    v = F(n ** 3, 3)
    if v.denominator != 1:
        return None
    return (f"work out the integral of x^2 from 0 to {n}, then multiply your answer by {k}",
            [num(v), num(k * v)])


@add
def gcd_lcm_then_sum(rng: random.Random):  # gcd and lcm of two numbers, then their sum
    g = rng.randint(2, 12)
    a, b = rng.sample([2, 3, 5, 7, 11], 2)
    x, y = g * a, g * b
    return (f"gcd and lcm of {x} and {y}? then add them together",
            [named(["gcd", "GCD", "HCF", "greatest common divisor"], F(g)),
             named(["lcm", "LCM", "least common multiple"], F(g * a * b)),
             num(g + g * a * b)])


@add
def sqrt_then_cube(rng: random.Random):  # square root of a perfect square, then cubed
    n = rng.randint(11, 40)
    return (f"square root of {n * n}, then cube that", [num(n), num(n ** 3)])


@add
def percent_change_then_amount(rng: random.Random):  # rent rise: percentage, then next year
    old = rng.randint(8, 20) * 100
    new = old + rng.choice([25, 50, 75, 100, 150])
    pc = F(new - old, old) * 100
    nxt = new * (1 + pc / 100)
    if (pc * 100).denominator != 1 or (nxt * 100).denominator != 1:
        return None
    return (f"rent went from {old} to {new} a month. what % increase is that, and if it goes up "
            "by the same % again next year what will it be?", [pct(pc), num(nxt)])


@add
def equation_age_gap(rng: random.Random):  # a mother and daughter: ages, then the sum
    d, k = rng.randint(4, 16), rng.randint(3, 4)
    return (f"my mum is {k} times my age and the gap between us is {(k - 1) * d} years. how old "
            "am i, how old is she, and what's our combined age?",
            [num(d), num(k * d), num((k + 1) * d)])


@add
def matrix_det_inverse_exists(rng: random.Random):  # determinant then square it
    a, b, c, d = (rng.randint(-8, 9) for _ in range(4))
    det = a * d - b * c
    if abs(det) < 2:
        return None
    return (f"Compute det([[{a},{b}],[{c},{d}]]) and then square the determinant.",
            [num(det), num(det * det)])


@add
def factorial_then_divide(rng: random.Random):  # a factorial, then divided
    n = rng.randint(6, 10)
    k = rng.choice([2, 3, 4, 5])
    f = math.factorial(n)
    return (f"{n}! = ? and that divided by {k}?", [num(f), num(F(f, k))])


@add
def limit_then_double(rng: random.Random):  # a limit, then doubled
    k = rng.randint(3, 12)
    return (f"what is the limit as x goes to {k} of (x^2 - {k * k}) / (x - {k})? double it after",
            [num(2 * k), num(4 * k)])


@add
def expand_then_coeff_sum(rng: random.Random):  # expand a product, then sum the coefficients
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    if a == b:
        return None
    return (f"expand (x + {a})(x + {b}). what do the coefficients add up to?",
            [expr(poly(a + b, a * b)), num(1 + a + b + a * b)])


@add
def solve_then_perimeter(rng: random.Random):  # rectangle length from area, then perimeter
    w, ln = rng.randint(3, 12), rng.randint(13, 30)
    return (f"a rectangle is {w} cm wide with area {w * ln} cm². length? perimeter?",
            [[f"{ln} cm", f"{ln}cm", f"{ln} centimetres", f"{ln} centimeters"],
             [f"{2 * (w + ln)} cm", f"{2 * (w + ln)}cm", f"{2 * (w + ln)} centimetres",
              f"{2 * (w + ln)} centimeters"]])


@add
def solve_then_minus_from(rng: random.Random):  # solve and subtract from a hundred
    a, x = rng.randint(2, 9), rng.randint(11, 60)
    b = rng.randint(5, 50)
    return (f"Please solve {a}(x - {b}) = {a * (x - b)} and then take x away from 100",
            [root(x), num(100 - x)])


@add
def mean_then_deviation(rng: random.Random):  # mean of five values, then each difference
    values = sorted(rng.sample(range(10, 60), 4))
    m = F(sum(values), 4)
    if m.denominator != 1:
        return None
    return (f"mean of {', '.join(map(str, values))}? and how far is the biggest one above it?",
            [num(m), num(values[-1] - m)])


@add
def hypotenuse_then_perimeter(rng: random.Random):  # Pythagoras, then the triangle's perimeter
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)])
    k = rng.randint(1, 4)
    return (f"right triangle with legs {a * k} and {b * k}. hypotenuse? and the perimeter?",
            [num(c * k), num((a + b + c) * k)])


@add
def circle_area_then_quarter(rng: random.Random):  # area of a circle, then a quarter of it
    r = rng.randint(3, 20)
    area = math.pi * r * r
    a, q = F(round(area, 2)).limit_denominator(100), F(round(area / 4, 2)).limit_denominator(100)
    if abs(area * 100 % 1 - 0.5) < 0.01 or abs(area * 25 % 1 - 0.5) < 0.01:
        return None
    q2 = F(round(float(a) / 4, 2)).limit_denominator(100)
    return (f"area of a circle radius {r}? and a quarter of that (2 dp)",
            [num(a), list(dict.fromkeys(num(q) + num(q2)))])


@add
def simplify_then_evaluate(rng: random.Random):  # simplify a sum of like terms, then evaluate
    a, b, c, n = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 9), rng.randint(3, 12)
    if a == b:
        return None
    return (f"simplify {a}x + {c} + {b}x - x and evaluate it at x = {n}",
            [expr(lin(a + b - 1, c)), num((a + b - 1) * n + c)])


@add
def seq_term_then_sum(rng: random.Random):  # an arithmetic sequence: nth term and sum
    a, d, n = rng.randint(1, 9), rng.randint(2, 7), rng.randint(10, 25)
    last = a + (n - 1) * d
    return (f"sequence {a}, {a + d}, {a + 2 * d}, ... what's term number {n}, and the sum of "
            f"the first {n} terms?", [num(last), num(F(n * (a + last), 2))])


@add
def factor_then_roots_plot(rng: random.Random):  # factorise, roots, and a graph
    r1, r2, p = two_roots(rng)

    def t(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    fa, fb = t(r1), t(r2)
    return (f"factorise {p}, give me the roots, and then a quick graph",
            [[f"({fa})({fb})", f"({fb})({fa})", f"({fa})*({fb})", f"({fb})*({fa})"],
             root(r1), root(r2), PLOT])


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout16_multi_chain import CHAIN
    from bench.data.agents.heldout16_multi_data import DATA
    from bench.data.agents.heldout16_multi_health import HEALTH
    from bench.data.agents.heldout16_multi_image import IMAGE
    from bench.data.agents.heldout16_multi_image_2 import IMAGE_2
    from bench.data.agents.heldout16_multi_life import LIFE
    from bench.data.agents.heldout16_multi_mixed import MIXED
    from bench.data.agents.heldout16_multi_more import MORE
    from bench.data.agents.heldout16_multi_quick import QUICK
    groups = [HERE, IMAGE, IMAGE_2, HEALTH, DATA, QUICK, CHAIN, LIFE, MIXED, MORE]
    return [(make, 8) for group in groups for make in group]


FAMILIES: list[tuple[Family, int]] = _families()
