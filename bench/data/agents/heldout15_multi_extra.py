"""Round 15 (``J_m_*``, dev now) extra multi-part requests: terse shorthand, questions with a
follow-up ("…and what if…"), and mixed agents in one message (a photo, a sum, a conversion)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout15_multi_common import (
    CHART,
    LB,
    MILE,
    PLOT,
    F,
    Made,
    at,
    cash,
    convert,
    deg_f,
    forms,
    gather,
    image_recipe,
    kg,
    km,
    lbs,
    ok,
    receipt,
    root,
    two_roots,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def shorthand_conv(r: random.Random) -> Made:  # shorthand: two conversions with arrows
    a, b = r.randint(2, 40), r.randint(40, 110)
    x, y = F(a) * MILE, F(b * 9, 5) + 32
    if not ok(x):
        return None
    return (f"{a}mi->km, {b}C->F", [km(x), deg_f(y)])


def what_if_rate(r: random.Random) -> Made:  # savings at one rate and then another
    p, a, b = r.randint(10, 90) * 100, r.choice([2, 3, 4]), r.choice([5, 6, 7])
    x, y = F(p * a, 100), F(p * b, 100)
    return (f"how much interest does ${p} earn in one year at {a}%? and what if the rate was "
            f"{b}% instead?", [forms(x), forms(y)])


def roots_sum_chart(r: random.Random) -> Made:  # roots and the sum of their squares
    a, b, p = two_roots(r)
    return (f"solve {p} = 0 then add up the squares of the two answers",
            [root(a), root(b), [str(a * a + b * b)]])


def receipt_with_coupon_eur(r: random.Random) -> Made:  # coupon off, then euros
    img, t, _ = receipt(r)
    c = r.choice([2, 3, 5])
    if t <= c:
        return None
    e = convert(t - c, "USD", "EUR")
    if not ok(e):
        return None
    return (f"I had a ${c} off coupon for this. total before it, what I paid after it, and "
            "that in euros?", [at(t), forms(t - c), cash(e, "EUR")], {"image": img})


def receipt_plus_sign(r: random.Random) -> Made:  # a sign read plus a percentage
    img, words = image_recipe(r, "sign")
    p, b = r.choice([12, 15, 30, 45]), r.randint(30, 400)
    return (f"what's on the sign? and {p} percent of {b} while you're at it",
            [[words[0]], forms(F(p * b, 100))], {"image": img})


def boiling_altitude(r: random.Random) -> Made:  # altitude feet to metres and a temp to F
    ft, c = r.randint(1000, 14000), r.randint(85, 99)
    m = F(ft) * F(3048, 10000)
    if not ok(m):
        return None
    return (f"camping at {ft} ft where water boils at about {c}°C. altitude in metres, and that "
            "boiling point in °F?", [unit(m, "m", "metres", "meters"), deg_f(F(c * 9, 5) + 32)])


def quiz_stats_chart(r: random.Random) -> Made:  # pass rate, mean and chart
    marks = [r.randint(20, 100) for _ in range(10)]
    passed = sum(m >= 50 for m in marks)
    mean = F(sum(marks), 10)
    if passed in (0, 10):
        return None
    return (f"ten marks: {' '.join(map(str, marks))}. pass mark is 50 — what % passed, what's "
            "the mean, and chart them", [[f"{passed * 10}%"], forms(mean), CHART])


def dog_food(r: random.Random) -> Made:  # bag in lb to kg, days of food
    lb, g = r.choice([15, 20, 25, 30, 40]), r.randint(150, 600)
    k = F(lb) * LB
    days = k * 1000 / g
    if not ok(k, days):
        return None
    return (f"the dog food bag is {lb} lb and he eats {g} g a day. bag in kg? how many days "
            "will it last?", [kg(k), [f"{v} days" for v in forms(days)]])


def solve_and_graph_line(r: random.Random) -> Made:  # root of a line, y-intercept, plot
    m, x0 = r.choice([2, 3, 4, 5]), r.randint(1, 9)
    c = -m * x0
    return (f"for y = {m}x - {-c}: where does it cross the x-axis, where does it cross the "
            "y-axis, and show me a graph", [[f"x = {x0}", f"x={x0}", f"({x0}, 0)"],
                                            [f"y = {c}", f"y={c}", f"(0, {c})"], PLOT])


def percent_of_total_two(r: random.Random) -> Made:  # two shares of a bill
    a, b = r.randint(20, 200), r.randint(20, 200)
    t = a + b
    pa = F(a * 100, t)
    if a == b or not ok(pa, 100 - pa):
        return None
    return (f"I spent ${a} and my friend ${b} on the trip. total, and what percent did each of "
            "us pay?", [n(t), [f"{v}%" for v in forms(pa)], [f"{v}%" for v in forms(100 - pa)]])


def unit_price_kg_lb(r: random.Random) -> Made:  # price per lb to per kg
    p = F(r.randint(199, 1299), 100)
    per_kg = p / LB
    if not ok(per_kg):
        return None
    return (f"steak is ${float(p):.2f} per lb. per kg? and how much for 2 kg?",
            [forms(per_kg), forms(2 * per_kg)]) if ok(2 * per_kg) else None


def hypotenuse_ladder(r: random.Random) -> Made:  # ladder length, then in feet
    a, b = r.choice([(3, 4), (6, 8), (5, 12), (9, 12), (8, 15), (12, 16)])
    k = F(r.randint(1, 3), 2)
    a2, b2 = a * k, b * k
    c = math.isqrt(a * a + b * b) * k
    ft = c / (F(3048, 10000))
    if not ok(ft):
        return None
    return (f"ladder base is {float(a2):g} m from the wall and reaches {float(b2):g} m up. how "
            "long is the ladder in metres and in feet?", [unit(c, "m", "metres", "meters"),
                                                     unit(ft, "ft", "feet")])


def weekly_budget_chart(r: random.Random) -> Made:  # weekly spend list, total, chart
    vals = [r.randint(5, 120) for _ in range(7)]
    m = F(sum(vals), 7)
    if not ok(m):
        return None
    return (f"spent this week by day: {', '.join('$' + str(v) for v in vals)}. weekly total, "
            "daily average, and graph it", [n(sum(vals)), forms(m), CHART])


def grams_to_pounds_pair(r: random.Random) -> Made:  # grams and kilos to pounds
    g, k = r.randint(100, 950), r.randint(2, 60)
    x, y = F(g, 1000) / LB, F(k) / LB
    if not ok(x, y):
        return None
    return (f"{g} g and {k} kg in lbs?", [lbs(x), lbs(y)])


def derivative_then_value_plot(r: random.Random) -> Made:  # slope at a point, and a plot
    a, p = r.randint(2, 6), r.randint(2, 7)
    return (f"plot y = x^3 - {a}x and tell me the gradient at x = {p}",
            [[str(3 * p * p - a)], PLOT])


EXTRA = gather(shorthand_conv, what_if_rate, roots_sum_chart, receipt_with_coupon_eur,
               receipt_plus_sign, boiling_altitude, quiz_stats_chart, dog_food,
               solve_and_graph_line, percent_of_total_two, unit_price_kg_lb, hypotenuse_ladder,
               weekly_budget_chart, grams_to_pounds_pair, derivative_then_value_plot)
