"""Round 5 (``U_*``) for ``muse bench agents``: written in one sitting, without sight of
the planner's rules, before the rules were adjusted to anything here, and held out for one
blind run (its scores are kept in ``heldout_round5.json``). After that run these families
became dev items, with their text and answers unchanged.

Every family is drawn through :func:`bench.data.agents.helpers.fresh`: no accepted answer
appears in its own request, and no item repeats another. Values whose rounding would be a
tie are drawn again, so each accepted answer is the one exact rounding.

The families live in three modules: :mod:`bench.data.agents.heldout5_math` (arithmetic,
algebra and calculus, with the round's formatting helpers),
:mod:`bench.data.agents.heldout5_units` (unit conversions and health calculations) and this
one (data, images, and requests for several agents), which registers them all (the name
``HELDOUT`` is kept; :mod:`bench.data.agents.generate` draws them as dev).
"""

from __future__ import annotations

import math
import random
import statistics
from datetime import date
from fractions import Fraction

from bench.data.agents.heldout5_math import (
    MATH,
    commas,
    poly_forms,
    poly_text,
    show,
    tie,
    two_roots,
)
from bench.data.agents.heldout5_units import LB, MILE, UNITS, litres
from bench.data.agents.helpers import (
    RATES,
    Family,
    Item,
    both,
    fmt,
    fresh,
    half_cent,
    image_recipe,
    item,
    labelled,
    poly,
)

UP = ["increasing", "upward", "going up", "rising", "trending up"]
DOWN = ["decreasing", "downward", "going down", "falling", "trending down", "declining"]


# --- data ------------------------------------------------------------------------------

def _mean_ok(values: list[int] | list[Fraction]) -> Fraction | None:
    mean = Fraction(sum(values), len(values))
    return None if half_cent(mean) else mean


def u_grades_avg(rng: random.Random) -> Item:  # mean of marks listed with "and"
    values = [rng.randint(55, 100) for _ in range(rng.randint(4, 7))]
    mean = _mean_ok(values)
    if mean is None:
        return u_grades_avg(rng)
    listed = ", ".join(map(str, values[:-1])) + f" and {values[-1]}"
    return item("U_grades_avg", "data", f"my test scores this term were {listed}. what's my "
                "average?", [labelled(["mean", "average"], show(mean))])


def u_bills_trend(rng: random.Random) -> Item:  # direction of monthly bills, with labels
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul"][:rng.randint(5, 7)]
    values = sorted(rng.sample(range(40, 240), len(months)))
    up = rng.random() < 0.5
    if not up:
        values.reverse()
    listed = ", ".join(f"{m} {v}" for m, v in zip(months, values, strict=True))
    return item("U_bills_trend", "data", f"electricity bills: {listed}. have they been "
                "climbing or dropping?", [UP if up else DOWN])


def u_hot_and_avg(rng: random.Random) -> Item:  # the maximum and the mean, space-separated
    values = [rng.randint(12, 34) for _ in range(7)]
    mean = _mean_ok(values)
    if mean is None:
        return u_hot_and_avg(rng)
    return item("U_hot_and_avg", "data", f"temps this week: {' '.join(map(str, values))}. "
                "hottest and average?", [labelled(["max", "maximum", "highest"], str(max(values))),
                                         labelled(["mean", "average"], show(mean))])


def u_csv_weight(rng: random.Random) -> Item:  # trend of a weigh-in log attached as CSV
    start, down = rng.randint(600, 1100), rng.random() < 0.5
    steps = [rng.randint(1, 9) for _ in range(rng.randint(6, 9))]
    values = [start + (-1 if down else 1) * sum(steps[:i]) for i in range(len(steps) + 1)]
    csv = "date,weight_kg\n" + "".join(f"2026-0{1 + i // 4}-{1 + 7 * (i % 4):02d},{v / 10}\n"
                                       for i, v in enumerate(values))
    return item("U_csv_weight", "data", "which way is my weight heading? log attached",
                [DOWN if down else UP], csv=csv)


def u_csv_sleep(rng: random.Random) -> Item:  # median of a CSV column of quarter hours
    nights = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    hours = [rng.randint(18, 38) / 4 for _ in nights]
    csv = "night,hours\n" + "".join(f"{n},{h}\n" for n, h in zip(nights, hours, strict=True))
    return item("U_csv_sleep", "data", "what's the median amount of sleep I got in this file?",
                [labelled(["median"], fmt(statistics.median(hours)))], csv=csv)


def u_csv_study(rng: random.Random) -> Item:  # correlation between two CSV columns
    hours = [rng.randint(0, 10) for _ in range(rng.randint(7, 10))]
    scores = [min(100, 40 + 5 * h + rng.randint(-10, 10)) for h in hours]
    if len(set(hours)) < 3 or len(set(scores)) < 3:
        return u_csv_study(rng)
    r = statistics.correlation(hours, scores)
    if abs(r * 100 - round(r * 100)) > 0.49:
        return u_csv_study(rng)
    forms = list(dict.fromkeys([f"{r:.2f}", fmt(r)]))
    csv = "hours_studied,score\n" + "".join(f"{h},{s}\n" for h, s in zip(hours, scores,
                                                                      strict=True))
    return item("U_csv_study", "data", "how strongly are hours studied and score correlated?",
                [[a for f in forms for a in labelled(["correlation", "correlation coefficient",
                                                      "r", "pearson r"], f)]], csv=csv)


# --- images ----------------------------------------------------------------------------

def u_receipt_final(rng: random.Random) -> Item:  # a receipt total, no apostrophe
    recipe, answer = image_recipe(rng, "receipt")
    return item("U_receipt_final", "ocr", "whats the final amount on this receipt", [answer],
                image=recipe)


def u_receipt_bought(rng: random.Random) -> Item:  # every line item of a receipt
    recipe, _ = image_recipe(rng, "receipt")
    return item("U_receipt_bought", "ocr", "what did I buy here?",
                [[n, n.upper()] for n, _ in recipe["items"]], image=recipe)


def u_shop_and_total(rng: random.Random) -> Item:  # the shop and the total in one question
    recipe, answer = image_recipe(rng, "receipt")
    return item("U_shop_and_total", "ocr", "where was this and how much did it cost?",
                [[recipe["shop"].upper(), recipe["shop"]], answer], image=recipe)


def u_notice(rng: random.Random) -> Item:  # a sign the person cannot read
    recipe, words = image_recipe(rng, "sign")
    return item("U_notice", "ocr", "I can't make out this notice, what does it say?",
                [[w] for w in words], image=recipe)


def u_when_ordered(rng: random.Random) -> Item:  # the date on an order screenshot
    recipe, answer = image_recipe(rng, "screenshot")
    day = date.fromisoformat(answer[0])
    forms = [f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}"]
    return item("U_when_ordered", "ocr", "when did I place this order?", [answer + forms],
                image=recipe)


def u_priciest(rng: random.Random) -> Item:  # the dearest line of a receipt
    recipe, _ = image_recipe(rng, "receipt")
    name = max(recipe["items"], key=lambda line: line[1])[0]
    return item("U_priciest", "ocr", "what was the most expensive thing on here?",
                [[name, name.upper()]], image=recipe)


# --- several agents --------------------------------------------------------------------

def _cents(answer: list[str]) -> int:
    return round(Fraction(answer[0]) * 100)


def _money(value: Fraction, codes: list[str], symbol: str, word: str) -> list[str]:
    forms = both(float(value))
    return ([f"{v} {c}" for v in forms for c in codes] + [f"{symbol}{v}" for v in forms]
            + [f"{v} {word}" for v in forms])


def u_receipt_tip(rng: random.Random) -> Item:  # a receipt total plus a tip
    recipe, answer = image_recipe(rng, "receipt")
    p = rng.choice([10, 15, 18, 20, 25])
    value = Fraction(_cents(answer) * (100 + p), 10000)
    if half_cent(value):
        return u_receipt_tip(rng)
    return item("U_receipt_tip", "multi", f"add a {p}% tip to this bill. what do I pay in total?",
                [answer, both(float(value))], image=recipe)


def u_receipt_two_currencies(rng: random.Random) -> Item:  # one total in euros and pounds
    recipe, answer = image_recipe(rng, "receipt")
    usd = Fraction(_cents(answer), 100)
    eur = usd / Fraction(str(RATES["USD"]))
    gbp = eur * Fraction(str(RATES["GBP"]))
    if half_cent(eur) or half_cent(gbp):
        return u_receipt_two_currencies(rng)
    return item("U_receipt_two_currencies", "multi", "what's this receipt in euros and in "
                "pounds?", [answer, _money(Fraction(round(eur, 2)), ["EUR", "€"], "€", "euros"),
                            _money(Fraction(round(gbp, 2)), ["GBP"], "£", "pounds")],
                image=recipe)


def u_intercepts_plot(rng: random.Random) -> Item:  # x-intercepts and a graph
    r1, r2 = two_roots(rng)
    return item("U_intercepts_plot", "multi", f"graph y = {poly(-(r1 + r2), r1 * r2)} and tell "
                "me where it crosses the x-axis", [[f"x = {r1}"], [f"x = {r2}"],
                                                   ["Here is the plot"]])


def u_miles_and_power(rng: random.Random) -> Item:  # a conversion and a power, "while you're at it"
    v, b, n = Fraction(rng.randint(30, 500), 10), rng.randint(2, 7), rng.randint(5, 12)
    return item("U_miles_and_power", "multi", f"convert {show(v)} miles to km, and while "
                f"you're at it, what's {b}^{n}?", [[show(v * MILE)], commas(str(b ** n))])


def u_lb_bmr(rng: random.Random) -> Item:  # a weight in pounds to kg, then a BMR from it
    age, lb, h = rng.randint(20, 70), rng.randint(110, 260), rng.randrange(152, 200, 4)
    male = rng.random() < 0.5
    kg = lb * LB
    base = Fraction(h * 25, 4) - 5 * age + (5 if male else -161)
    values = [10 * kg + base, 10 * Fraction(show(kg)) + base]
    if any(tie(v, 0) for v in values):
        return u_lb_bmr(rng)
    bmr = [f for v in values for f in commas(str(round(v)))]
    return item("U_lb_bmr", "multi", f"{age} year old {'male' if male else 'female'}, {h} cm, "
                f"{lb} lbs. what's my weight in kg and my BMR?",
                [commas(show(kg)), list(dict.fromkeys(bmr))])


def u_deriv_integral(rng: random.Random) -> Item:  # two calculus results for one function
    k, m = rng.randint(1, 4), rng.choice([n for n in range(-5, 6) if n])
    f = poly_text({2: 3 * k, 1: 2 * m}, False)
    return item("U_deriv_integral", "multi", f"for f(x) = {f} I need both the derivative and "
                "the integral", [poly_forms({1: 6 * k, 0: 2 * m}), poly_forms({3: k, 2: m})])


def u_mean_to_km(rng: random.Random) -> Item:  # a mean, then that mean converted
    values = [Fraction(rng.randint(15, 90), 10) for _ in range(rng.randint(4, 6))]
    mean = sum(values, Fraction(0)) / len(values)
    km = [mean * MILE, Fraction(show(mean)) * MILE]
    if half_cent(mean) or any(half_cent(v) for v in km):
        return u_mean_to_km(rng)
    listed = ", ".join(show(v) for v in values)
    return item("U_mean_to_km", "multi", f"my walks this week were {listed} miles. what's the "
                "average, and what is that in km?",
                [labelled(["mean", "average"], show(mean)),
                 list(dict.fromkeys(show(v) for v in km))])


def u_hr_and_water(rng: random.Random) -> Item:  # two health figures for one person
    age = rng.randint(18, 75)
    w = rng.choice([n for n in range(45, 121) if n != age and not tie(Fraction(35 * n, 1000), 1)])
    return item("U_hr_and_water", "multi", f"I'm {age}, {w} kg. what's my max heart rate and "
                "how much water should I drink per day?",
                [[f"{220 - age} bpm"], litres(Fraction(35 * w, 1000))])


def u_factorial_and_root(rng: random.Random) -> Item:  # two unrelated calculations
    n, m = rng.randint(5, 12), rng.randint(4, 30)
    return item("U_factorial_and_root", "multi", f"quick maths: {n}! and the cube root of "
                f"{m ** 3}", [commas(str(math.factorial(n))), [str(m)]])


def u_receipt_budget(rng: random.Random) -> Item:  # what a budget has left after a receipt
    recipe, answer = image_recipe(rng, "receipt")
    cents = _cents(answer)
    budget = (cents // 5000 + 1) * 50 + rng.choice([0, 50])
    return item("U_receipt_budget", "multi", f"I had ${budget} for this shop - how much is "
                "left after this receipt?", [answer, both((budget * 100 - cents) / 100)],
                image=recipe)


HELDOUT: list[tuple[Family, int]] = [(fresh(make), count) for make, count in [
    *MATH, *UNITS,
    (u_grades_avg, 6), (u_bills_trend, 6), (u_hot_and_avg, 6), (u_csv_weight, 6),
    (u_csv_sleep, 6), (u_csv_study, 6),
    (u_receipt_final, 6), (u_receipt_bought, 6), (u_shop_and_total, 6), (u_notice, 6),
    (u_when_ordered, 6), (u_priciest, 6),
    (u_receipt_tip, 6), (u_receipt_two_currencies, 6), (u_intercepts_plot, 6),
    (u_miles_and_power, 6), (u_lb_bmr, 6), (u_deriv_integral, 6), (u_mean_to_km, 6),
    (u_hr_and_water, 6), (u_factorial_and_root, 6), (u_receipt_budget, 6)]]
