"""Round 4 (``S_*``) for ``muse bench agents``: written in one sitting before the planner's
rules were adjusted to anything here, and held out for one blind run (its scores are kept in
``heldout_round4.json``). After that run these families became dev items.

Every family is drawn through :func:`bench.data.agents.helpers.fresh`: no accepted answer
appears in its own request, and no item repeats another.
"""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction

from bench.data.agents.helpers import (
    RATES,
    Family,
    Item,
    both,
    exact,
    fmt,
    fresh,
    half_cent,
    image_recipe,
    item,
    labelled,
    median,
    numbers,
    poly,
    term,
)


def _quadratic(rng: random.Random) -> tuple[int, int, str]:
    r1, r2 = sorted(rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2))
    return r1, r2, poly(-(r1 + r2), r1 * r2)


# --- arithmetic ------------------------------------------------------------------------

def s_times_lower(rng: random.Random) -> Item:  # "times" in words, lower case, no "?"
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return item("S_times_lower", "math", f"how much is {a} times {b}", [[str(a * b)]])


def s_multiply_list(rng: random.Random) -> Item:  # three factors listed in a polite request
    a, b, c = rng.randint(3, 19), rng.randint(3, 19), rng.randint(3, 19)
    return item("S_multiply_list", "math", f"Could you multiply {a}, {b} and {c} for me?",
                [[str(a * b * c)]])


def s_divide_sign(rng: random.Random) -> Item:  # the ÷ sign, bare expression
    d, q = rng.randint(6, 49), rng.randint(12, 99)
    return item("S_divide_sign", "math", f"{d * q} ÷ {d}", [[str(q)]])


def s_divide_fraction(rng: random.Random) -> Item:  # a division that is not whole
    q = rng.choice([2, 4, 5, 8])
    p = rng.choice([n for n in range(3, 60) if n % q])
    return item("S_divide_fraction", "math", f"what's {p} divided by {q}?",
                [exact(Fraction(p, q))])


def s_add_then_subtract(rng: random.Random) -> Item:  # two steps in words
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 99)
    return item("S_add_then_subtract", "math", f"add {a} and {b}, then subtract {c}",
                [[str(a + b - c)]])


def s_percent_word(rng: random.Random) -> Item:  # "percent" spelled out, terse
    p, n = rng.choice([12, 15, 18, 35, 40, 75]), rng.randint(20, 500)
    return item("S_percent_word", "math", f"{p} percent of {n}?", [both(p * n / 100)])


def s_discount(rng: random.Random) -> Item:  # price after a percentage off
    price, off = rng.randint(4, 60) * 5, rng.choice([10, 15, 20, 25, 30, 40])
    return item("S_discount", "math", f"a jacket costs {price} and it's {off}% off. what do "
                "I pay?", [both(price * (100 - off) / 100)])


def s_nth_power(rng: random.Random) -> Item:  # powers with an ordinal
    a, b = rng.randint(2, 9), rng.randint(3, 10)
    ordinal = f"{b}rd" if b == 3 else f"{b}th"
    return item("S_nth_power", "math", f"what's {a} to the {ordinal} power", [[str(a ** b)]])


def s_cube_root(rng: random.Random) -> Item:  # cube roots of perfect cubes
    n = rng.randint(3, 25)
    return item("S_cube_root", "math", f"cube root of {n ** 3} please", [[str(n)]])


def s_sqrt_symbol(rng: random.Random) -> Item:  # the √ sign
    n = rng.randint(11, 40)
    return item("S_sqrt_symbol", "math", f"what is √{n * n}", [[str(n)]])


def s_factorial_word(rng: random.Random) -> Item:  # "factorial" as a word after the number
    n = rng.randint(5, 13)
    return item("S_factorial_word", "math", f"what's {n} factorial?", [[str(math.factorial(n))]])


# --- algebra and calculus --------------------------------------------------------------

def s_linear(rng: random.Random) -> Item:  # linear equation, solution may be a fraction
    a, b, c = rng.randint(2, 9), rng.choice([n for n in range(-20, 21) if n]), rng.randint(-30, 60)
    sign = f"+ {b}" if b > 0 else f"- {-b}"
    return item("S_linear", "math", f"Solve for x: {a}x {sign} = {c}",
                [[f"x = {v}" for v in exact(Fraction(c - b, a))]])


def s_find_x(rng: random.Random) -> Item:  # "find x:" before a quadratic
    r1, r2, expr = _quadratic(rng)
    return item("S_find_x", "math", f"find x: {expr} = 0", [[f"x = {r1}"], [f"x = {r2}"]])


def s_superscript(rng: random.Random) -> Item:  # x² written with a superscript
    r1, r2, expr = _quadratic(rng)
    return item("S_superscript", "math", f"could you solve {expr.replace('x^2', 'x²')} = 0",
                [[f"x = {r1}"], [f"x = {r2}"]])


def s_system(rng: random.Random) -> Item:  # two linear equations in two unknowns
    x, y = rng.sample(range(-5, 13), 2)
    return item("S_system", "math", f"if 2x + y = {2 * x + y} and x - y = {x - y}, what are x "
                "and y?", [[f"x = {x}"], [f"y = {y}"]])


def s_ddx(rng: random.Random) -> Item:  # d/dx notation on a two-term polynomial
    a, n, b = rng.randint(2, 9), rng.randint(3, 6), rng.randint(2, 9)
    result = f"{a * n}*x^{n - 1} + {b}"
    return item("S_ddx", "math", f"d/dx ({a}x^{n} + {b}x)", [[result, result.replace("*", "")]])


def s_differentiate_trig(rng: random.Random) -> Item:  # a trig term, "with respect to x"
    n = rng.randint(3, 7)
    power = f"{n}*x^{n - 1}"
    forms = [f"cos(x) + {power}", f"{power} + cos(x)"]
    return item("S_differentiate_trig", "math", f"differentiate sin(x) + x^{n} with respect "
                "to x", [forms + [f.replace("*", "") for f in forms]])


def s_area_under(rng: random.Random) -> Item:  # a definite integral asked as an area
    n, a = rng.randint(1, 3), rng.randint(0, 2)
    b = rng.randint(a + 1, 5)
    value = Fraction(b ** (n + 1) - a ** (n + 1), n + 1)
    curve = "x" if n == 1 else f"x^{n}"
    return item("S_area_under", "math", f"area under y = {curve} between x = {a} and x = {b}",
                [exact(value)])


def s_antiderivative(rng: random.Random) -> Item:  # indefinite integral of a monomial
    k, n = rng.randint(1, 5), rng.randint(1, 4)
    c = k * (n + 1)
    term = "x" if n == 1 else f"x^{n}"
    result = f"x^{n + 1}" if k == 1 else f"{k}*x^{n + 1}"
    return item("S_antiderivative", "math", f"antiderivative of {c}{term}",
                [list(dict.fromkeys([result, result.replace("*", "")]))])


def s_expand(rng: random.Random) -> Item:  # expand a product of two binomials
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    sympy_form = poly(a - b, -a * b, "*")
    return item("S_expand", "math", f"expand (x + {a})(x - {b})",
                [list(dict.fromkeys([sympy_form, poly(a - b, -a * b)]))])


def s_factorise(rng: random.Random) -> Item:  # British spelling, polite
    r1, r2, expr = _quadratic(rng)
    f1, f2 = f"({term(r1)})", f"({term(r2)})"
    forms = [f"{f1}*{f2}", f"{f2}*{f1}", f"{f1}{f2}", f"{f2}{f1}"]
    return item("S_factorise", "math", f"Please factorise {expr}", [forms])


def s_simplify(rng: random.Random) -> Item:  # a rational expression that cancels
    a = rng.randint(1, 6)
    b = rng.choice([n for n in range(-6, 10) if n and n != a])
    numerator = poly(a + b, a * b)
    return item("S_simplify", "math", f"simplify ({numerator})/(x + {a})",
                [[f"x + {b}" if b > 0 else f"x - {-b}"]])


def s_limit(rng: random.Random) -> Item:  # a removable singularity
    a = rng.randint(2, 15)
    return item("S_limit", "math", f"what's the limit of (x^2 - {a * a})/(x - {a}) as x goes "
                f"to {a}?", [[str(2 * a)]])


# --- units and health ------------------------------------------------------------------

def s_feet_metres(rng: random.Random) -> Item:  # length, imperial to metric, "how many"
    v = rng.randint(3, 300)
    return item("S_feet_metres", "calc", f"how many metres is {v} feet?", [[fmt(v * 0.3048)]])


def s_cm_inches(rng: random.Random) -> Item:  # length, unit glued to the number
    v = rng.randint(10, 250)
    return item("S_cm_inches", "calc", f"{v}cm in inches", [[fmt(v / 2.54)]])


def s_oz_grams(rng: random.Random) -> Item:  # mass, abbreviation
    v = rng.randint(1, 64)
    return item("S_oz_grams", "calc", f"{v} oz to grams please", [[fmt(v * 28.349523125)]])


def s_oven(rng: random.Random) -> Item:  # temperature in a cooking context
    f = rng.randrange(300, 480, 5)
    return item("S_oven", "calc", f"recipe says bake at {f}F, what's that in celsius",
                [[fmt((f - 32) * 5 / 9)]])


def s_kelvin(rng: random.Random) -> Item:  # temperature, Celsius to kelvin
    c = rng.randint(-40, 100)
    return item("S_kelvin", "calc", f"Convert {c}°C to kelvin.", [[fmt(c + 273.15)]])


def s_us_gallons(rng: random.Random) -> Item:  # volume, litres to US gallons
    v = rng.randint(2, 200)
    return item("S_us_gallons", "calc", f"How many US gallons is {v} litres?",
                [[fmt(v / 3.785411784)]])


def s_kmh_mph(rng: random.Random) -> Item:  # speed, km/h to mph
    v = rng.randint(10, 250)
    return item("S_kmh_mph", "calc", f"{v} km/h in mph?", [[fmt(v / 1.609344)]])


def s_wind_ms(rng: random.Random) -> Item:  # speed, m/s to km/h inside a sentence
    v = rng.randint(2, 40)
    return item("S_wind_ms", "calc", f"wind is {v} m/s, how much is that in km/h?",
                [[fmt(v * 3.6)]])


def s_bmi_metres(rng: random.Random) -> Item:  # BMI with the height in metres
    w, h = rng.randint(45, 120), rng.randint(150, 200)
    return item("S_bmi_metres", "calc", f"bmi for {w}kg and {h / 100:.2f}m",
                [[f"{w / (h / 100) ** 2:.1f}"]])


def s_bmr(rng: random.Random) -> Item:  # BMR (Mifflin-St Jeor), either sex
    age, w, h = rng.randint(20, 70), rng.randint(50, 110), rng.randrange(152, 200, 4)
    sex = rng.choice(["man", "woman"])
    value = round(10 * w + 6.25 * h - 5 * age + (5 if sex == "man" else -161))
    return item("S_bmr", "calc", f"What's the BMR for a {age} year old {sex} who is {h} cm "
                f"and {w} kg?", [list(dict.fromkeys([str(value), f"{value:,}"]))])


def s_water_terse(rng: random.Random) -> Item:  # daily water, terse
    w = rng.choice([n for n in range(45, 121) if n % 20 != 10])
    litres = f"{w * 0.035:.1f}"
    return item("S_water_terse", "calc", f"daily water intake for {w}kg?",
                [[f"{litres} litres", f"{litres} liters"]])


def s_max_hr_yo(rng: random.Random) -> Item:  # maximum heart rate, "yo" for age
    age = rng.randint(18, 80)
    return item("S_max_hr_yo", "calc", f"max heart rate for a {age}yo?", [[f"{220 - age} bpm"]])


def s_hr_percent(rng: random.Random) -> Item:  # a percentage of the maximum heart rate
    age, p = rng.randrange(20, 71, 10), rng.choice([50, 60, 70, 80, 90])
    return item("S_hr_percent", "calc", f"I'm {age}. what's {p}% of my max heart rate?",
                [[f"{(220 - age) * p // 100} bpm"]])


# --- data ------------------------------------------------------------------------------

def s_min_max(rng: random.Random) -> Item:  # lowest and highest of a list
    values = rng.sample(range(1, 200), rng.randint(6, 9))
    return item("S_min_max", "data", f"lowest and highest of {', '.join(map(str, values))}?",
                [labelled(["min", "minimum", "lowest"], str(min(values))),
                 labelled(["max", "maximum", "highest"], str(max(values)))])


def s_median_times(rng: random.Random) -> Item:  # median inside a personal context
    values = numbers(rng, 20, 60, (5, 8))
    return item("S_median_times", "data", f"my run times this week in minutes: "
                f"{' '.join(map(str, values))}. median?",
                [labelled(["median"], fmt(median(values)))])


def s_spread(rng: random.Random) -> Item:  # sample standard deviation, semicolons
    values = numbers(rng, 1, 100, (5, 8))
    return item("S_spread", "data", f"how spread out is this data (standard deviation): "
                f"{'; '.join(map(str, values))}",
                [labelled(["standard deviation", "stdev", "sd"], fmt(statistics.stdev(values)))])


def s_trend(rng: random.Random) -> Item:  # direction of a strictly monotonic series
    values = sorted(rng.sample(range(20, 400), rng.randint(5, 8)))
    up = rng.random() < 0.5
    if not up:
        values.reverse()
    words = ["increasing", "upward", "going up", "rising", "trending up"] if up else [
        "decreasing", "downward", "going down", "falling", "trending down", "declining"]
    return item("S_trend", "data", f"monthly sales: {', '.join(map(str, values))}. what's the "
                "trend?", [words])


def s_csv_steps(rng: random.Random) -> Item:  # mean of one column of a CSV attachment
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(2000, 15000) for _ in days]
    csv = "day,steps\n" + "".join(f"{d},{s}\n" for d, s in zip(days, steps, strict=True))
    return item("S_csv_steps", "data", "average steps per day in this file?",
                [labelled(["mean", "average"], fmt(sum(steps) / len(steps)))], csv=csv)


def s_summary(rng: random.Random) -> Item:  # "summary stats": mean and median both expected
    values = numbers(rng, 1, 100, (5, 9))
    while half_cent(Fraction(sum(values), len(values))):
        values = numbers(rng, 1, 100, (5, 9))
    return item("S_summary", "data", f"summary stats for {', '.join(map(str, values))} please",
                [labelled(["mean", "average"], fmt(sum(values) / len(values))),
                 labelled(["median"], fmt(median(values)))])


# --- images ----------------------------------------------------------------------------

def s_came_to(rng: random.Random) -> Item:  # receipt total, idiomatic question
    recipe, answer = image_recipe(rng, "receipt")
    return item("S_came_to", "ocr", "what did this come to?", [answer], image=recipe)


def s_which_shop(rng: random.Random) -> Item:  # the shop's name on a receipt
    recipe, _ = image_recipe(rng, "receipt")
    return item("S_which_shop", "ocr", "which shop is this receipt from",
                [[recipe["shop"].upper(), recipe["shop"]]], image=recipe)


def s_item_price(rng: random.Random) -> Item:  # the price of one line of a receipt
    while True:
        recipe, answer = image_recipe(rng, "receipt")
        name, price = rng.choice(recipe["items"])
        others = [f"{p:.2f}" for n, p in recipe["items"] if n != name] + answer
        if not any(f"{price:.2f}" in other for other in others):
            break
    return item("S_item_price", "ocr", f"what did the {name.lower()} cost on this receipt?",
                [[f"{price:.2f}"]], image=recipe)


def s_sign_read(rng: random.Random) -> Item:  # a sign, casual request
    recipe, words = image_recipe(rng, "sign")
    return item("S_sign_read", "ocr", "pls read this sign for me", [[w] for w in words],
                image=recipe)


def s_order_number(rng: random.Random) -> Item:  # the order number in a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return item("S_order_number", "ocr", "what's my order number?", [[number]], image=recipe)


def s_order_status(rng: random.Random) -> Item:  # the status line of a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    return item("S_order_status", "ocr", "what's the status of this order?", [["shipped"]],
                image=recipe)


# --- several agents --------------------------------------------------------------------

def s_percent_and_kg(rng: random.Random) -> Item:  # a percentage and a mass conversion
    p, n, w = rng.choice([5, 15, 20, 30]), rng.randint(20, 400), rng.randint(40, 120)
    return item("S_percent_and_kg", "multi", f"what's {p}% of {n}, and how many pounds is "
                f"{w} kg?", [both(p * n / 100), [fmt(w / 0.45359237)]])


def s_roots_graph(rng: random.Random) -> Item:  # solve, then draw the curve
    r1, r2, expr = _quadratic(rng)
    return item("S_roots_graph", "multi", f"find the roots of {expr} and draw its graph",
                [[f"x = {r1}"], [f"x = {r2}"], ["Here is the plot"]])


def s_bill_pounds(rng: random.Random) -> Item:  # a dollar receipt's total in sterling
    recipe, answer = image_recipe(rng, "receipt")
    pounds = round(float(answer[0]) / RATES["USD"] * RATES["GBP"], 2)
    forms = both(pounds)
    return item("S_bill_pounds", "multi", "how much is this bill in £?",
                [answer, [f"{v} GBP" for v in forms] + [f"£{v}" for v in forms]], image=recipe)


def s_receipt_split(rng: random.Random) -> Item:  # a receipt's total, then a division
    recipe, answer = image_recipe(rng, "receipt")
    cents = round(float(answer[0]) * 100)  # no share may end in an exact half cent
    ways = rng.choice([w for w in range(2, 6) if 2 * (cents * 10 % w) != w])
    return item("S_receipt_split", "multi", f"what's the total here, and how much each if we "
                f"split it {ways} ways?", [answer, both(float(answer[0]) / ways)], image=recipe)


def s_two_things(rng: random.Random) -> Item:  # a sum and a square in one message
    a, b, c = rng.randint(100, 999), rng.randint(100, 999), rng.randint(13, 99)
    return item("S_two_things", "multi", f"two things: {a} + {b}, and {c} squared",
                [[str(a + b)], [str(c * c)]])


def s_pounds_then_bmi(rng: random.Random) -> Item:  # a conversion whose result feeds a BMI
    lb, h = rng.randint(100, 260), rng.randint(150, 200)
    kg = lb * 0.45359237
    bmi = list(dict.fromkeys([f"{kg / (h / 100) ** 2:.1f}",
                              f"{float(fmt(kg)) / (h / 100) ** 2:.1f}"]))
    return item("S_pounds_then_bmi", "multi", f"convert {lb} lb to kg, then tell me my bmi at "
                f"that weight if I'm {h} cm", [[fmt(kg)], bmi])


HELDOUT: list[tuple[Family, int]] = [(fresh(make), count) for make, count in [
    (s_times_lower, 4), (s_multiply_list, 4), (s_divide_sign, 4), (s_divide_fraction, 4),
    (s_add_then_subtract, 4), (s_percent_word, 4), (s_discount, 4), (s_nth_power, 4),
    (s_cube_root, 4), (s_sqrt_symbol, 4), (s_factorial_word, 4), (s_linear, 4), (s_find_x, 4),
    (s_superscript, 4), (s_system, 4), (s_ddx, 4), (s_differentiate_trig, 4),
    (s_area_under, 4), (s_antiderivative, 4), (s_expand, 4), (s_factorise, 4),
    (s_simplify, 4), (s_limit, 4),
    (s_feet_metres, 4), (s_cm_inches, 4), (s_oz_grams, 4), (s_oven, 4), (s_kelvin, 4),
    (s_us_gallons, 4), (s_kmh_mph, 4), (s_wind_ms, 4), (s_bmi_metres, 4), (s_bmr, 4),
    (s_water_terse, 4), (s_max_hr_yo, 4), (s_hr_percent, 4),
    (s_min_max, 5), (s_median_times, 5), (s_spread, 5), (s_trend, 5), (s_csv_steps, 5),
    (s_summary, 5),
    (s_came_to, 4), (s_which_shop, 4), (s_item_price, 4), (s_sign_read, 4),
    (s_order_number, 4), (s_order_status, 4),
    (s_percent_and_kg, 5), (s_roots_graph, 5), (s_bill_pounds, 5), (s_receipt_split, 5),
    (s_two_things, 5), (s_pounds_then_bmi, 5)]]
