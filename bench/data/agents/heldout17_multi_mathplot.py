"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part 2: equations solved and
plotted or checked, and numbers summarised with a chart."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, poly, root, tie, two_roots
from bench.data.agents.heldout17_multi_common import (
    CHART,
    Made,
    cash,
    family,
    near,
    num,
    pick,
    stat,
)
from bench.data.agents.helpers import Family


def roots_text(r1: int, r2: int) -> list[list[str]]:
    return [[*root(r1), f"x = {r1}, {r2}", f"{r1} and {r2}"], [*root(r2), f"{r1} and {r2}"]]


@family
def quad_solve_plot(rng: random.Random) -> Made:
    r1, r2, eq = two_roots(rng)
    text = pick(rng, f"solve {eq} = 0 and plot it", f"Can you find the roots of y = {eq} and "
                     "then draw the graph for me?", f"1. Solve {eq} = 0\n2. Plot the curve")
    return text, [*roots_text(r1, r2), CHART]


@family
def line_intercepts_plot(rng: random.Random) -> Made:
    m = rng.choice([-3, -2, 2, 3, 4])
    c = rng.choice([-8, -6, 6, 8, 12])
    if c % m:
        return None
    xi = F(-c, m)
    text = (f"For the line y = {m}x {'+' if c > 0 else '-'} {abs(c)}, where does it cross the "
            "x-axis? Please also plot it.")
    return text, [[*root(xi), f"({xi}, 0)", f"({xi},0)"], CHART]


@family
def vertex_and_plot(rng: random.Random) -> Made:
    h = rng.randint(-5, 5)
    k = rng.randint(-9, 9)
    b, c = -2 * h, h * h + k
    if b == 0:
        return None
    text = f"what's the vertex of y = {poly(b, c)}? (and a plot would be nice too)"
    return text, [[f"({h}, {k})", f"({h},{k})"], CHART]


@family
def linear_eq_check(rng: random.Random) -> Made:
    x = rng.randint(-9, 12)
    a = rng.choice([2, 3, 4, 5, 6, 7])
    b = rng.randint(-15, 20)
    if x in (0, 1) or b == 0:
        return None
    c = a * x + b
    left = a * x
    text = (f"Solve {a}x {'+' if b > 0 else '-'} {abs(b)} = {c}, then plug your answer back in "
            f"and tell me what {a}x comes out to, as a check.")
    return text, [root(x), [str(left)]]


@family
def system_and_sum(rng: random.Random) -> Made:
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    a, b, c, d = rng.choice([1, 2, 3]), rng.choice([1, 2, -1]), rng.choice([1, -1, 2]), \
        rng.choice([3, -2, 1])
    if a * d - b * c == 0 or x == y:
        return None
    e, f = a * x + b * y, c * x + d * y

    def side(p: int, q: int) -> str:
        first = "x" if p == 1 else (f"{p}x" if p != -1 else "-x")
        return f"{first} {'+' if q > 0 else '-'} {'' if abs(q) == 1 else abs(q)}y"

    text = (f"solve the system {side(a, b)} = {e} and {side(c, d)} = {f}. then what's x times y?")
    return text, [root(x), [f"y = {y}", f"y={y}"], [str(x * y)]]


@family
def derivative_and_value(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(-9, 9)
    x0 = rng.randint(-3, 4)
    if b == 0:
        return None
    fx = a * x0 ** 3 + b * x0 + c
    slope = 3 * a * x0 ** 2 + b
    f_text = (f"{a if a > 1 else ''}x^3 {'+' if b > 0 else '-'} {abs(b)}x "
              f"{'+' if c >= 0 else '-'} {abs(c)}")
    text = (f"f(x) = {f_text}. First find f({x0}), second find the slope of the curve at "
            f"x = {x0}.")
    return text, [[f"f({x0}) = {fx}", f"f({x0})={fx}", f"= {fx}", f"is {fx}"],
                  [f"f'({x0}) = {slope}", f"f'({x0})={slope}", f"slope is {slope}",
                   f"slope of {slope}", f"= {slope}", f"is {slope}"]]


@family
def sine_plot_period(rng: random.Random) -> Made:
    k = rng.choice([3, 4, 6])
    amp = rng.choice([2, 3, 5])
    text = (f"plot y = {amp}sin({k}x) from 0 to 2pi. whats its amplitude and period? "
            "(give the period in terms of pi)")
    per = F(2, k)
    pform = "pi" if per == 1 else (f"{per.numerator}pi/{per.denominator}" if per.numerator != 1
                                   else f"pi/{per.denominator}")
    alt = pform.replace("pi", "π")
    return text, [CHART, [f"amplitude {amp}", f"amplitude is {amp}", f"amplitude: {amp}",
                          f"amplitude of {amp}", f"amplitude = {amp}"], [pform, alt]]


@family
def grades_mean_chart(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana"], 5)
    scores = [rng.randint(48, 99) for _ in names]
    mean = F(sum(scores), len(scores))
    listing = ", ".join(f"{n} {s}" for n, s in zip(names, scores, strict=True))
    text = (f"My students' test marks: {listing}. Can you make a bar chart of these, and tell me "
            "the class average and the gap between the top and bottom mark?")
    gap = max(scores) - min(scores)
    return text, [CHART, num(mean, 1), [str(gap), f"{gap} points", f"{gap} marks"]]


@family
def steps_week_chart(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(30, 160) * 100 for _ in days]
    total = sum(steps)
    mean = F(total, 7)
    if near(mean, 0):
        return None
    listing = "\n".join(f"{d}: {s}" for d, s in zip(days, steps, strict=True))
    text = (f"my step counts this week\n{listing}\nchart them please + total steps + daily "
            "average to the nearest step")
    return text, [CHART, [str(total), f"{total:,}"], [*num(mean, 0), f"{round(mean):,}"]]


@family
def sales_line_growth(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    sales = [rng.randint(20, 90) * 100]
    for _ in months[1:]:
        sales.append(max(500, sales[-1] + rng.randint(-15, 25) * 100))
    growth = F(sales[-1] - sales[0], sales[0]) * 100
    if near(growth, 1) or growth == 0:
        return None
    listing = ", ".join(f"{m} ${s:,}" for m, s in zip(months, sales, strict=True))
    text = (f"Our shop's monthly sales: {listing}. Could you plot these as a line chart and tell "
            "me the percentage change from January to June (one decimal)?")
    return text, [CHART, num(growth, 1) + [v.lstrip("-") for v in num(growth, 1)]]


@family
def numbers_stats_plot(rng: random.Random) -> Made:
    values = [rng.randint(1, 60) for _ in range(rng.choice([7, 9, 11]))]
    mean = F(sum(values), len(values))
    if near(mean, 2):
        return None
    sd = statistics.stdev(values)
    if near(sd, 2):
        return None
    text = (f"data: {' '.join(map(str, values))}\nI need the mean, the median and the sample "
            "standard deviation (2 dp), plus a histogram")
    med = statistics.median(values)
    return text, [stat(MEAN, mean), stat(MEDIAN, med, 0),
                  stat(["standard deviation", "sd", "std dev", "stdev"], sd), CHART]


@family
def temps_range_chart(rng: random.Random) -> Made:
    temps = [rng.randint(-4, 31) for _ in range(7)]
    if len(set(temps)) < 5:
        return None
    rng_ = max(temps) - min(temps)
    mean = F(sum(temps), 7)
    if near(mean, 1):
        return None
    text = (f"Daily highs last week (°C): {', '.join(map(str, temps))}. Plot them, and what "
            "were the range and the mean (1 decimal)?")
    return text, [CHART, stat(["range"], rng_, 0), stat(MEAN, mean, 1)]


@family
def pie_budget_share(rng: random.Random) -> Made:
    cats = {"rent": rng.randint(90, 160) * 10, "food": rng.randint(30, 70) * 10,
            "transport": rng.randint(8, 25) * 10, "fun": rng.randint(5, 30) * 10}
    total = sum(cats.values())
    share = F(cats["rent"], total) * 100
    if near(share, 1):
        return None
    text = ("monthly spending: " + ", ".join(f"{k} ${v}" for k, v in cats.items())
            + ". pie chart pls, and what % of my spending goes on rent? 1dp")
    return text, [CHART, num(share, 1)]


@family
def correlation_and_plot(rng: random.Random) -> Made:
    hours = rng.sample(range(1, 11), 6)
    score = [min(100, 40 + 5 * h + rng.randint(-6, 6)) for h in hours]
    r = statistics.correlation(hours, score)
    if near(r, 2):
        return None
    pairs = "\n".join(f"{h},{s}" for h, s in zip(hours, score, strict=True))
    csv = "hours_studied,score\n" + pairs + "\n"
    text = ("Attached CSV has hours studied vs exam score for 6 students. What's the Pearson "
            "correlation (2 decimals)? And make a scatter plot.")
    return text, [num(r, 2), CHART], {"csv": csv}


@family
def csv_mean_percent(rng: random.Random) -> Made:
    n = rng.randint(8, 12)
    orders = [round(rng.uniform(5, 120), 2) for _ in range(n)]
    limit = rng.choice([25, 50, 75])
    over = sum(1 for o in orders if o > limit)
    if over in (0, n) or any(o == limit for o in orders):
        return None
    mean = F(sum(F(str(o)) for o in orders), n)
    pct = F(over, n) * 100
    if tie(mean) or near(pct, 1):
        return None
    csv = "order_id,amount\n" + "".join(f"{1000 + i},{o:.2f}\n" for i, o in enumerate(orders))
    text = (f"Here's a CSV of today's orders. What was the average order value, and what "
            f"percentage of orders were over ${limit}? (percent to one decimal)")
    return text, [cash(mean), num(pct, 1)], {"csv": csv}


@family
def circle_area_and_fence(rng: random.Random) -> Made:
    r = rng.randint(2, 15)
    area, circ = math.pi * r * r, 2 * math.pi * r
    if near(area, 1) or near(circ, 1):
        return None
    text = (f"I'm putting in a round flower bed, radius {r} m. How much area is that, and how "
            "much edging do I need to go all the way round? one decimal for both")
    return text, [num(area, 1), num(circ, 1)]


@family
def percent_then_equation(rng: random.Random) -> Made:
    pct = rng.choice([12, 15, 35, 45, 60, 85])
    base = rng.choice([40, 80, 120, 140, 220, 360])
    val = F(pct * base, 100)
    a, x = rng.randint(2, 9), rng.randint(2, 15)
    b = rng.randint(1, 30)
    text = (f"quick maths homework check: (a) {pct}% of {base} (b) solve {a}x - {b} = {a * x - b}")
    return text, [[str(val) if val.denominator == 1 else str(float(val))], root(x)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    quad_solve_plot, line_intercepts_plot, vertex_and_plot, linear_eq_check, system_and_sum,
    derivative_and_value, sine_plot_period, grades_mean_chart, steps_week_chart,
    sales_line_growth, numbers_stats_plot, temps_range_chart, pie_budget_share,
    correlation_and_plot, csv_mean_percent, circle_area_and_fence, percent_then_equation)]
