"""Round 9 (``Y_m_*``, dev now) for ``muse bench agents``: multi-part requests that need two
or more agents (maths and a plot, a solve whose result is reused, a receipt and a
conversion, health and units, data and a conversion, several quick asks in one message).
``FAMILIES`` also holds the families of ``heldout9_multi_health``, ``heldout9_multi_data``
and ``heldout9_multi_quick``; shared helpers are in ``heldout9_multi_common``."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import (
    MILE,
    PLOT,
    F,
    Item,
    at,
    convert,
    forms,
    money,
    multi,
    poly,
    r2,
    receipt,
    root,
    tie,
    two_roots,
)
from bench.data.agents.helpers import Family, fresh, image_recipe

# --- maths and a plot ------------------------------------------------------------------

def y_m_roots_graph(rng: random.Random) -> Item:  # roots then a graph, casual
    r1, r2_, p = two_roots(rng)
    return multi("Y_m_roots_graph", f"can you find the roots of {p} and draw me a graph of it?",
                 [root(r1), root(r2_), PLOT])


def y_m_plot_crossings(rng: random.Random) -> Item:  # plot first, then where it meets the axis
    r1, r2_, p = two_roots(rng)
    return multi("Y_m_plot_crossings", f"Plot y = {p} for me, and tell me where it crosses the "
                 "x-axis.", [root(r1), root(r2_), PLOT])


def y_m_line_plot(rng: random.Random) -> Item:  # a linear equation solved and its line drawn
    a, x = rng.randint(2, 9), rng.randint(-9, 12)
    b = rng.randint(1, 30)
    c = a * x + b
    return multi("Y_m_line_plot", f"solve {a}x + {b} = {c} and graph the line y = {a}x + {b}",
                 [root(x), PLOT])


def y_m_cubic_derivative_plot(rng: random.Random) -> Item:  # differentiate, plot the original
    a = rng.randint(2, 12)
    d = [f"3x^2 - {a}", f"3*x**2 - {a}", f"3x² - {a}", f"3*x^2 - {a}"]
    return multi("Y_m_cubic_derivative_plot", f"what's the derivative of x^3 - {a}x? also "
                 "plot the original curve please", [d, PLOT])


def y_m_sketch_parabola_vertex(rng: random.Random) -> Item:  # solve then sketch, terse
    r1, r2_, p = two_roots(rng)
    return multi("Y_m_sketch_parabola_vertex", f"{p} = 0 — solutions? and sketch it",
                 [root(r1), root(r2_), PLOT])


# --- a solve whose result is reused -----------------------------------------------------

def y_m_solve_square(rng: random.Random) -> Item:  # solve, then square the answer
    a, x, b = rng.randint(2, 8), rng.randint(3, 15), rng.randint(1, 40)
    return multi("Y_m_solve_square", f"Solve {a}x - {b} = {a * x - b}, then square whatever x "
                 "comes out to.", [root(x), [str(x * x)]])


def y_m_times_that(rng: random.Random) -> Item:  # what's x, and a multiple of it
    a, x, b, k = rng.randint(2, 9), rng.randint(2, 20), rng.randint(1, 25), rng.randint(3, 12)
    return multi("Y_m_times_that", f"if {a}x + {b} = {a * x + b}, what's x? and what's {k} "
                 "times that?", [root(x), [str(k * x)]])


def y_m_roots_squares(rng: random.Random) -> Item:  # roots, then the sum of their squares
    r1, r2_, p = two_roots(rng)
    return multi("Y_m_roots_squares", f"find both solutions of {p} = 0 and add up their "
                 "squares", [root(r1), root(r2_), [str(r1 * r1 + r2_ * r2_)]])


def y_m_system_product(rng: random.Random) -> Item:  # a 2x2 system, then x times y
    x, y = rng.randint(2, 15), rng.randint(1, 14)
    if x == y:
        return y_m_system_product(rng)
    return multi("Y_m_system_product", f"x + y = {x + y} and x - y = {x - y}. what are x and "
                 "y, and what's x*y?", [root(x), [f"y = {y}", f"y={y}"], [str(x * y)]])


def y_m_solve_in_miles(rng: random.Random) -> Item:  # solve for a distance, convert it
    km = rng.randint(3, 60)
    k = rng.randint(2, 6)
    if tie(km / MILE):
        return y_m_solve_in_miles(rng)
    return multi("Y_m_solve_in_miles", f"{k}d = {k * km}, where d is a distance in km. solve "
                 "for d and tell me what that is in miles", [[f"d = {km}", f"d={km}"],
                                                             forms(km / MILE)])


def y_m_factor_roots(rng: random.Random) -> Item:  # factor, then the roots
    r1, r2_, p = two_roots(rng)

    def term(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    a, b = term(r1), term(r2_)
    fac = [f"({a})({b})", f"({b})({a})", f"({a})*({b})", f"({b})*({a})"]
    return multi("Y_m_factor_roots", f"Factor {p} and then give me its zeros",
                 [fac, root(r1), root(r2_)])


def y_m_derivative_value(rng: random.Random) -> Item:  # derivative, then its value at a point
    a, x = rng.randint(1, 9), rng.randint(2, 6)
    d = [f"3x^2 + {2 * a}x", f"3*x**2 + {2 * a}*x", f"3x² + {2 * a}x", f"3*x^2 + {2 * a}*x"]
    return multi("Y_m_derivative_value", f"differentiate x^3 + {a}x^2, then evaluate the "
                 f"derivative at x = {x}", [d, [str(3 * x * x + 2 * a * x)]])


def y_m_expand_evaluate(rng: random.Random) -> Item:  # expand a product, evaluate it
    p, q, x = rng.randint(1, 9), rng.randint(1, 9), rng.randint(2, 10)
    b, c = p - q, -p * q
    e = poly(b, c)
    alt = e.replace("x^2", "x**2")
    return multi("Y_m_expand_evaluate", f"expand (x + {p})(x - {q}) and work out its value "
                 f"when x is {x}", [[e, alt], [str((x + p) * (x - q))]])


# --- a receipt and arithmetic or a conversion on it --------------------------------------

def y_m_receipt_sterling(rng: random.Random) -> Item:  # the receipt's total in pounds
    recipe, total, _ = receipt(rng)
    gbp = convert(total, "USD", "GBP")
    if tie(gbp):
        return y_m_receipt_sterling(rng)
    return multi("Y_m_receipt_sterling", "how much does this receipt come to in pounds "
                 "sterling?", [at(total), money(gbp, "GBP")], image=recipe)


def y_m_receipt_split(rng: random.Random) -> Item:  # total split between friends
    recipe, total, _ = receipt(rng)
    n = rng.randint(2, 5)
    if tie(total / n):
        return y_m_receipt_split(rng)
    return multi("Y_m_receipt_split", f"we're splitting this between {n} of us. what's the "
                 "total and how much does each person pay?", [at(total), forms(total / n)],
                 image=recipe)


def y_m_receipt_tip(rng: random.Random) -> Item:  # total and a tip on it
    recipe, total, _ = receipt(rng)
    pct = rng.choice([10, 12, 15, 18, 20])
    if tie(total * pct / 100):
        return y_m_receipt_tip(rng)
    return multi("Y_m_receipt_tip", f"What's the total on this, and what would a {pct}% tip "
                 "be?", [at(total), forms(total * pct / 100)], image=recipe)


def y_m_receipt_tax(rng: random.Random) -> Item:  # add sales tax to the total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([5, 6, 7, 8, 9])
    if tie(total * (100 + pct) / 100):
        return y_m_receipt_tax(rng)
    return multi("Y_m_receipt_tax", f"this receipt is before tax. read me the total and then "
                 f"add {pct}% sales tax", [at(total), forms(total * (100 + pct) / 100)],
                 image=recipe)


def y_m_receipt_budget(rng: random.Random) -> Item:  # what is left of a budget
    recipe, total, _ = receipt(rng)
    budget = rng.choice([80, 100, 120, 150, 200])
    return multi("Y_m_receipt_budget", f"I had ${budget} to spend. after this shop how much "
                 "have I got left?", [at(total), forms(budget - total)], image=recipe)


def y_m_receipt_two_currencies(rng: random.Random) -> Item:  # total in euros and pounds
    recipe, total, _ = receipt(rng)
    eur, gbp = convert(total, "USD", "EUR"), convert(total, "USD", "GBP")
    if tie(eur) or tie(gbp):
        return y_m_receipt_two_currencies(rng)
    return multi("Y_m_receipt_two_currencies", "Convert this receipt's total into euros and "
                 "into GBP please", [money(eur, "EUR"), money(gbp, "GBP")], image=recipe)


def y_m_receipt_yearly(rng: random.Random) -> Item:  # a weekly shop over a year
    recipe, total, _ = receipt(rng)
    return multi("Y_m_receipt_yearly", "i buy exactly this every week. what's it cost, and "
                 "what's that over a year (52 weeks)?", [at(total), forms(total * 52)],
                 image=recipe)


def y_m_receipt_dearest_eur(rng: random.Random) -> Item:  # the dearest item, in euros
    recipe, _, goods = receipt(rng)
    name, price = max(goods, key=lambda g: g[1])
    if sum(1 for _, p in goods if p == price) > 1 or tie(convert(price, "USD", "EUR")):
        return y_m_receipt_dearest_eur(rng)
    return multi("Y_m_receipt_dearest_eur", "which item on here cost the most, and how much is "
                 "it in euros?", [[name], money(convert(price, "USD", "EUR"), "EUR")],
                 image=recipe)


def y_m_receipt_triple_item(rng: random.Random) -> Item:  # one line's price, times three
    recipe, _, goods = receipt(rng)
    name, price = rng.choice(goods)
    k = rng.randint(2, 6)
    return multi("Y_m_receipt_triple_item", f"how much was the {name.lower()} on this receipt? "
                 f"and what would {k} of them cost?", [at(price), forms(price * k)],
                 image=recipe)


def y_m_receipt_average_line(rng: random.Random) -> Item:  # total and mean price per line
    recipe, total, goods = receipt(rng)
    avg = total / len(goods)
    if tie(avg):
        return y_m_receipt_average_line(rng)
    return multi("Y_m_receipt_average_line", "Total on this receipt? And the average price per "
                 "item?", [at(total), forms(avg)], image=recipe)


def y_m_receipt_eur_tip(rng: random.Random) -> Item:  # euros first, then a tip on the euros
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    tipped = r2(eur) * F(11, 10)
    if tie(eur) or tie(tipped) or r2(tipped) != r2(eur * F(11, 10)):
        return y_m_receipt_eur_tip(rng)
    return multi("Y_m_receipt_eur_tip", "what's this in euros? and with 10% on top for the "
                 "tip?", [money(eur, "EUR"), forms(tipped)], image=recipe)


def y_m_receipt_change(rng: random.Random) -> Item:  # change from a note, in pounds too
    recipe, total, _ = receipt(rng)
    note = 50 if total < 50 else 100
    change = note - total
    if tie(convert(change, "USD", "GBP")):
        return y_m_receipt_change(rng)
    return multi("Y_m_receipt_change", f"paid with a ${note} bill — how much change should I "
                 "get, and what's that in GBP?", [forms(change), money(convert(change, "USD",
                                                                                "GBP"), "GBP")],
                 image=recipe)


# --- a sign or screenshot plus something else ---------------------------------------------

def y_m_sign_and_sum(rng: random.Random) -> Item:  # read a sign, plus an unrelated sum
    recipe, words = image_recipe(rng, "sign")
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return multi("Y_m_sign_and_sum", f"two things: what does the sign in this photo say, and "
                 f"what's {a} x {b}?", [*[[w] for w in words], forms(F(a * b), 0)],
                 image=recipe)


def y_m_screenshot_order_sqrt(rng: random.Random) -> Item:  # date from a screenshot, plus a root
    recipe, day = image_recipe(rng, "screenshot")
    n = rng.randint(13, 40)
    return multi("Y_m_screenshot_order_sqrt", f"what date is on this order? also, square root "
                 f"of {n * n}?", [day, [str(n)]], image=recipe)


def y_m_bigger_root_reuse(rng: random.Random) -> Item:  # solve, then plug the larger root in
    r1, r2_, p = two_roots(rng)
    k, c = rng.randint(2, 9), rng.randint(1, 20)
    return multi("Y_m_bigger_root_reuse", f"solve {p} = 0. take the bigger solution and "
                 f"tell me what {k}x + {c} is for it", [root(r1), root(r2_), [str(k * r2_ + c)]])


def _families() -> list[tuple[Family, int]]:
    from bench.data.agents.heldout9_multi_data import DATA
    from bench.data.agents.heldout9_multi_health import HEALTH
    from bench.data.agents.heldout9_multi_quick import QUICK
    here = [y_m_roots_graph, y_m_plot_crossings, y_m_line_plot, y_m_cubic_derivative_plot,
            y_m_sketch_parabola_vertex, y_m_solve_square, y_m_times_that, y_m_roots_squares,
            y_m_system_product, y_m_solve_in_miles, y_m_factor_roots, y_m_derivative_value,
            y_m_expand_evaluate, y_m_bigger_root_reuse, y_m_receipt_sterling,
            y_m_receipt_split, y_m_receipt_tip, y_m_receipt_tax, y_m_receipt_budget,
            y_m_receipt_two_currencies, y_m_receipt_yearly, y_m_receipt_dearest_eur,
            y_m_receipt_triple_item, y_m_receipt_average_line, y_m_receipt_eur_tip,
            y_m_receipt_change, y_m_sign_and_sum, y_m_screenshot_order_sqrt]
    return [(fresh(make), 6) for make in [*here, *HEALTH, *DATA, *QUICK]]


FAMILIES: list[tuple[Family, int]] = _families()
