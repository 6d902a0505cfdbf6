"""Round 8 (``X_*``, dev now) for ``muse bench agents``, multi-part requests: each needs two
or more agents (maths and a plot, a receipt and arithmetic on it, health and units, data and
units) or asks several quick things in one message, sometimes reusing a result."""

from __future__ import annotations

import random
from decimal import Context, Decimal
from fractions import Fraction

from bench.data.agents.heldout8_forms import (
    GBP,
    INCH,
    INCHES,
    LB,
    LBS,
    MI,
    MILE,
    PLOT,
    USD,
    WORDS,
    euros,
    num,
    pounds,
    receipt,
    tie,
    units,
    x_is,
)
from bench.data.agents.heldout8_multi_units import MIXED
from bench.data.agents.helpers import (
    Family,
    Item,
    fresh,
    image_recipe,
    item,
    poly,
    roots,
    term,
)


def quad(rng: random.Random) -> tuple[int, int, str]:
    """Two integer roots and their monic quadratic, written the way people write it."""
    r1, r2, _ = roots(rng)
    return r1, r2, poly(-(r1 + r2), r1 * r2)


# --- maths with a plot, or a result reused ---------------------------------------------

def x_roots_graph(rng: random.Random) -> Item:  # roots, then a graph of the same polynomial
    r1, r2, p = quad(rng)
    return item("X_roots_graph", "multi", f"find the roots of {p} and draw me its graph",
                [x_is(r1), x_is(r2), PLOT])


def x_graph_crossings(rng: random.Random) -> Item:  # plot first, then where it crosses
    r1, r2, p = quad(rng)
    return item("X_graph_crossings", "multi", f"Can you plot y = {p} between -10 and 10? Also "
                "where does it cross the x axis", [PLOT, x_is(r1), x_is(r2)])


def x_solve_plug(rng: random.Random) -> Item:  # a linear solve, the root reused in a polynomial
    x, a, b, d, e = (rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 30),
                     rng.randint(2, 6), rng.randint(1, 20))
    return item("X_solve_plug", "multi", f"solve {a}x + {b} = {a * x + b}, then use that x to "
                f"work out {d}x^2 - {e}", [x_is(x), [str(d * x * x - e)]])


def x_factor_expand(rng: random.Random) -> Item:  # two algebra asks in one line
    r1, r2, p = quad(rng)
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    t1, t2 = f"({term(r1)})", f"({term(r2)})"
    factored = [t1 + t2, t2 + t1, f"{t1}*{t2}", f"{t2}*{t1}"]
    expanded = [poly(a - b, -a * b), poly(a - b, -a * b, "*"),
                poly(a - b, -a * b, "*").replace("^", "**")]
    return item("X_factor_expand", "multi", f"factor {p} and expand (x + {a})(x - {b})",
                [factored, expanded])


def x_derivative_at(rng: random.Random) -> Item:  # a derivative, then its value at a point
    k, m, p = rng.randint(2, 6), rng.randint(1, 9), rng.randint(1, 5)
    forms = [f"{3 * k}x^2 - {2 * m}x", f"{3 * k}*x^2 - {2 * m}*x", f"{3 * k}*x**2 - {2 * m}*x"]
    return item("X_derivative_at", "multi", f"differentiate {k}x^3 - {m}x^2 and tell me what "
                f"the derivative equals at x = {p}", [forms, [str(3 * k * p * p - 2 * m * p)]])


def x_integral_plot(rng: random.Random) -> Item:  # a definite integral and a plot of the curve
    a, b = rng.randint(1, 9), rng.randint(1, 6)
    v = Fraction(b**3, 3) + a * b
    forms = [str(v)] if v.denominator == 1 else [str(v), *num(v)]
    return item("X_integral_plot", "multi", f"integrate x^2 + {a} from 0 to {b}, and plot the "
                "curve over that range", [forms, PLOT])


def x_sqrt_plot(rng: random.Random) -> Item:  # a plot and an irrational value to two places
    n, k = rng.choice([10, 20, 25, 50, 100]), rng.choice(
        [v for v in range(2, 200) if int(v**0.5) ** 2 != v])
    root = Fraction(Decimal(k).sqrt(Context(prec=30)))
    return item("X_sqrt_plot", "multi", f"plot y = sqrt(x) from 0 to {n} and tell me the square "
                f"root of {k} to two decimals", [PLOT, num(root)])


def x_solve_inches(rng: random.Random) -> Item:  # solve, then the root taken as cm to inches
    x, a, b = rng.randint(3, 60), rng.randint(2, 7), rng.randint(1, 40)
    if tie(x / INCH):
        return x_solve_inches(rng)
    return item("X_solve_inches", "multi", f"solve {a}x - {b} = {a * x - b}. x is a length in "
                "cm - what is it in inches?", [x_is(x), units(num(x / INCH), *INCHES)])


def x_expr_miles(rng: random.Random) -> Item:  # an expression, its value then read as km
    a, b, c = rng.randint(5, 60), rng.randint(5, 60), rng.randint(2, 9)
    v = (a + b) * c
    if tie(v / MILE):
        return x_expr_miles(rng)
    return item("X_expr_miles", "multi", f"({a} + {b}) * {c} - that's a distance in km. what "
                "is it, and how many miles?", [[str(v)], units(num(v / MILE), *MI)])


def x_product_percent(rng: random.Random) -> Item:  # a product, then a percentage of it
    a, b, p = rng.randint(12, 99), rng.randint(12, 99), rng.choice([5, 12, 15, 20, 35, 40])
    return item("X_product_percent", "multi", f"what's {a} times {b}? then take {p}% of that",
                [[str(a * b)], num(Fraction(a * b * p, 100))])


def x_three_quick(rng: random.Random) -> Item:  # three unrelated sums in one message
    a, b, n = rng.randint(12, 49), rng.randint(12, 49), rng.randint(11, 30)
    p, v = rng.choice([8, 15, 25, 30]), rng.randint(3, 90) * 10
    return item("X_three_quick", "multi", f"three quick ones: {a}*{b}, the square root of "
                f"{n * n}, and {p}% of {v}", [[str(a * b)], [str(n)], num(Fraction(p * v, 100))])


def x_system_product(rng: random.Random) -> Item:  # a 2x2 system, then its solution reused
    x, y = rng.randint(2, 20), rng.randint(1, 15)
    if x == y:
        return x_system_product(rng)
    return item("X_system_product", "multi", f"solve x + y = {x + y} and x - y = {x - y}, then "
                "give me x times y", [x_is(x), [f"y = {y}", f"y={y}"], [str(x * y)]])


# --- receipts and arithmetic on them ---------------------------------------------------

def x_receipt_split(rng: random.Random) -> Item:  # the total shared between a few people
    recipe, total, _ = receipt(rng)
    n = rng.choice([2, 3, 4, 5])
    if tie(total / n):
        return x_receipt_split(rng)
    return item("X_receipt_split", "multi", f"we're splitting this bill {WORDS[n]} ways. what's "
                "the total and how much does each of us owe?", [num(total), num(total / n)],
                image=recipe)


def x_receipt_tip(rng: random.Random) -> Item:  # the total and a tip worked out on it
    recipe, total, _ = receipt(rng)
    p = rng.choice([10, 12, 15, 18, 20])
    if tie(total * p / 100):
        return x_receipt_tip(rng)
    return item("X_receipt_tip", "multi", f"what does this receipt come to, and how much would a "
                f"{p}% tip be?", [num(total), num(total * p / 100)], image=recipe)


def x_receipt_pounds(rng: random.Random) -> Item:  # a dollar receipt claimed in sterling
    recipe, total, _ = receipt(rng)
    if tie(total / USD * GBP):
        return x_receipt_pounds(rng)
    return item("X_receipt_pounds", "multi", "this receipt is in dollars but I need it in GBP "
                "for my expenses claim", [num(total), pounds(num(total / USD * GBP))],
                image=recipe)


def x_receipt_change(rng: random.Random) -> Item:  # the change from a banknote
    recipe, total, _ = receipt(rng)
    note = next(n for n in (20, 50, 100) if n > total)
    return item("X_receipt_change", "multi", f"paid with a ${note} bill. total and my change?",
                [num(total), num(note - total)], image=recipe)


def x_receipt_discount(rng: random.Random) -> Item:  # the total before and after a discount
    recipe, total, _ = receipt(rng)
    p = rng.choice([5, 10, 15, 20, 25])
    after = total * (100 - p) / 100
    if tie(after):
        return x_receipt_discount(rng)
    return item("X_receipt_discount", "multi", f"I get {p}% off with my member card - what was "
                "the total before and after the discount?", [num(total), num(after)],
                image=recipe)


def x_receipt_pair(rng: random.Random) -> Item:  # two lines added up, and the whole receipt
    recipe, total, goods = receipt(rng)
    if len(goods) < 3:
        return x_receipt_pair(rng)
    (a, pa), (b, pb) = rng.sample(goods, 2)
    return item("X_receipt_pair", "multi", f"how much did the {a.lower()} and the {b.lower()} "
                "cost together? and what's the whole receipt?", [num(pa + pb), num(total)],
                image=recipe)


def x_receipt_item_euros(rng: random.Random) -> Item:  # one line's price, also in euros
    recipe, _, goods = receipt(rng)
    name, price = rng.choice(goods)
    if tie(price / USD):
        return x_receipt_item_euros(rng)
    return item("X_receipt_item_euros", "multi", f"what did the {name.lower()} cost me? give me "
                "euros too", [num(price), euros(num(price / USD))], image=recipe)


def x_receipt_average(rng: random.Random) -> Item:  # the average price of the lines
    recipe, _, goods = receipt(rng)
    mean = sum((p for _, p in goods), Fraction(0)) / len(goods)
    if tie(mean):
        return x_receipt_average(rng)
    return item("X_receipt_average", "multi", "what's the average price of the things on this "
                "receipt?", [num(mean)], image=recipe)


def x_receipt_tax(rng: random.Random) -> Item:  # sales tax added to the total
    recipe, total, _ = receipt(rng)
    t = rng.choice([Fraction(5), Fraction(6), Fraction(7), Fraction(8), Fraction(17, 2)])
    final = total * (100 + t) / 100
    if tie(final):
        return x_receipt_tax(rng)
    rate = f"{float(t):g}"
    return item("X_receipt_tax", "multi", f"prices on this are before tax. add {rate}% sales tax "
                "- what's the final amount?", [num(total), num(final)], image=recipe)


def x_receipt_and_lb(rng: random.Random) -> Item:  # an image question plus an unrelated one
    recipe, total, _ = receipt(rng)
    kg = rng.randint(2, 40)
    if tie(kg / LB):
        return x_receipt_and_lb(rng)
    return item("X_receipt_and_lb", "multi", f"what's the total here? also how many lb is {kg} "
                "kg, while you're at it", [num(total), units(num(kg / LB), *LBS)], image=recipe)


def x_order_and_solve(rng: random.Random) -> Item:  # a screenshot read and a solve at once
    recipe, _ = image_recipe(rng, "screenshot")
    order = recipe["rows"][0].split("#")[1]
    r1, r2, p = quad(rng)
    return item("X_order_and_solve", "multi", "what's the order number in this screenshot? and "
                f"separately, solve {p} = 0", [[order, f"#{order}"], x_is(r1), x_is(r2)],
                image=recipe)


def x_sign_hours(rng: random.Random) -> Item:  # opening hours read, then their length
    recipe, words = image_recipe(rng, "sign")
    if words != ["OPEN", "9AM TO 5PM"]:
        return x_sign_hours(rng)
    hours = ["9AM TO 5PM", "9am to 5pm", "9 am to 5 pm", "9am-5pm", "9 AM - 5 PM", "9am - 5pm",
             "9:00 to 17:00", "9 to 5"]
    return item("X_sign_hours", "multi", "what hours does this place keep, and how long is that "
                "each day?", [hours, ["8 hours", "eight hours"]], image=recipe)



FAMILIES: list[tuple[Family, int]] = [(fresh(make), 6) for make in (
    x_roots_graph, x_graph_crossings, x_solve_plug, x_factor_expand, x_derivative_at,
    x_integral_plot, x_sqrt_plot, x_solve_inches, x_expr_miles, x_product_percent,
    x_three_quick, x_system_product, x_receipt_split, x_receipt_tip, x_receipt_pounds,
    x_receipt_change, x_receipt_discount, x_receipt_pair, x_receipt_item_euros,
    x_receipt_average, x_receipt_tax, x_receipt_and_lb, x_order_and_solve, x_sign_hours,
)] + MIXED
