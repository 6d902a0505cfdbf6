"""Dev families written while making the planner general (round 5 of dev items).

They were written by the person changing the rules, after seeing them, so they are dev
items: regression checks for wordings the rules now read (fractions and tips of amounts,
chained steps, unit pairs with a lone number, mixed amounts, BMR in any order, variance,
three-part requests, a receipt's total asked for in a second sentence, systems, number
words). They are generated from their own random stream, so adding them leaves every
earlier item, dev and held-out, exactly as it was.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable

from bench.data.agents.helpers import RATES, Item, fmt, image_recipe, item

SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    if n < 20:
        return SMALL[n]
    tens, ones = divmod(n, 10)
    return TENS[tens - 2] + (f"-{SMALL[ones]}" if ones else "")


def t_fraction_of(rng: random.Random) -> Item:
    a, b = rng.choice([(1, 3), (2, 3), (3, 4), (2, 5), (5, 8)])
    n = b * rng.randint(3, 40)
    return item("T_fraction_of", "math", f"what is {a}/{b} of {n}?", [[str(a * n // b)]])


def t_tip(rng: random.Random) -> Item:
    p, amount = rng.choice([10, 15, 20, 25]), 20 * rng.randint(2, 15)
    return item("T_tip", "math", f"how much is a {p}% tip on ${amount}?",
                [[fmt(p * amount / 100)]])


def t_chain(rng: random.Random) -> Item:
    a, b, c = rng.randint(11, 60), rng.randint(11, 60), rng.randint(2, 9)
    return item("T_chain", "math", f"add {a} and {b}, then multiply the result by {c}",
                [[str(a + b)], [str((a + b) * c)]])


def t_temp_pair(rng: random.Random) -> Item:
    c = rng.randint(-30, 45)
    return item("T_temp_pair", "calc", f"Celsius to Fahrenheit: {c}", [[fmt(c * 9 / 5 + 32)]])


def t_mixed_time(rng: random.Random) -> Item:
    h, m = rng.randint(1, 9), rng.randint(5, 55)
    return item("T_mixed_time", "calc", f"what's {h} hours {m} minutes in minutes?",
                [[f"{h * 60 + m} min"]])


def t_bmr(rng: random.Random) -> Item:
    age, w, h = rng.randint(20, 70), rng.randint(50, 110), rng.randint(150, 200)
    sex = rng.choice(["woman", "man"])
    value = 10 * w + 6.25 * h - 5 * age + (5 if sex == "man" else -161)
    return item("T_bmr", "calc", f"{age} year old {sex}, {w} kg, {h} cm: what's my BMR?",
                [[f"{value:.0f} kcal/day"]])


def t_variance(rng: random.Random) -> Item:
    values = [rng.randint(1, 60) for _ in range(rng.randint(4, 8))]
    return item("T_variance", "data", f"what's the variance of {', '.join(map(str, values))}?",
                [[f"variance **{fmt(statistics.variance(values))}**"]])


def t_three_parts(rng: random.Random) -> Item:
    a, v = rng.randint(11, 40), rng.randint(2, 100)
    w, h = rng.randint(50, 110), rng.randint(150, 200)
    return item("T_three_parts", "multi",
                f"compute {a}^2 and convert {v} miles to km, and tell me my BMI: {w} kg, "
                f"{h / 100:g} m", [[str(a * a)], [fmt(v * 1.609344)],
                                   [f"{w / (h / 100) ** 2:.1f}"]])


def t_spend_euros(rng: random.Random) -> Item:
    recipe, answer = image_recipe(rng, "receipt")
    euros = round(float(answer[0]) / RATES["USD"], 2)
    return item("T_spend_euros", "multi", "How much did I spend? Give it to me in euros too.",
                [answer, [f"{fmt(euros)} EUR"]], image=recipe)


def t_system(rng: random.Random) -> Item:
    x, y = rng.randint(-9, 12), rng.randint(-9, 12)
    return item("T_system", "math", f"solve x + y = {x + y} and x - y = {x - y}",
                [[f"x = {x}, y = {y}"]])


def t_number_words(rng: random.Random) -> Item:
    a, b = rng.randint(11, 99), rng.randint(3, 19)
    return item("T_number_words", "math", f"what's {words(a)} times {words(b)}?",
                [[str(a * b)]])


FAMILIES: list[tuple[Callable[[random.Random], Item], int]] = [
    (t_fraction_of, 6), (t_tip, 6), (t_chain, 6), (t_temp_pair, 6), (t_mixed_time, 6),
    (t_bmr, 6), (t_variance, 6), (t_three_parts, 6), (t_spend_euros, 6), (t_system, 6),
    (t_number_words, 6)]
