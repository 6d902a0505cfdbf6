"""Round 6 (``V_*``, held out once, dev now) for ``muse bench agents``, fourth part: data
questions (numbers in the message or an attached CSV) and questions about images (see
:mod:`bench.data.agents.heldout6`)."""

from __future__ import annotations

import random
import statistics
from datetime import date
from fractions import Fraction

from bench.data.agents.heldout5 import DOWN, UP
from bench.data.agents.heldout5_math import show, tie
from bench.data.agents.helpers import Family, Item, image_recipe, item, labelled

MEAN, MEDIAN = ["mean", "average"], ["median"]
SD = ["standard deviation", "stdev", "sd", "std dev"]
HIGH, LOW = ["max", "maximum", "highest"], ["min", "minimum", "lowest"]


def clean(x: float) -> bool:
    """True when x is safely away from a two-place rounding tie."""
    return abs(x * 100 - round(x * 100)) < 0.49


# --- data ------------------------------------------------------------------------------

def v_range(rng: random.Random) -> Item:  # the range of lap times
    values = [rng.randint(55, 95) for _ in range(rng.randint(5, 8))]
    return item("V_range", "data", f"lap times in seconds: {', '.join(map(str, values))}. "
                "what's the range?", [labelled(["range"], str(max(values) - min(values)))])


def v_fastest(rng: random.Random) -> Item:  # the smallest of decimal times, asked as "best"
    values = [Fraction(rng.randint(1150, 1490), 100) for _ in range(rng.randint(5, 8))]
    listed = "; ".join(f"{float(v):.2f}" for v in values)
    best = f"{float(min(values)):.2f}"
    return item("V_fastest", "data", f"my 100 m times this season: {listed}. what's my best "
                "(lowest) time?", [labelled([*LOW, "best", "fastest"], best)])


def v_median_prices(rng: random.Random) -> Item:  # median of an even number of prices
    prices = [Fraction(rng.randint(150, 2500), 100) for _ in range(rng.choice([4, 6, 8]))]
    mid = Fraction(statistics.median(prices))
    if tie(mid):
        return v_median_prices(rng)
    listed = " / ".join(f"{float(p):.2f}" for p in prices)
    return item("V_median_prices", "data", f"what's the median price here: {listed}",
                [labelled(MEDIAN, show(mid)) + labelled(MEDIAN, f"{float(mid):.2f}")])


def v_reaction_sd(rng: random.Random) -> Item:  # sample standard deviation, in a sentence
    values = [rng.randint(180, 320) for _ in range(rng.randint(5, 8))]
    sd = statistics.stdev(values)
    if not clean(sd):
        return v_reaction_sd(rng)
    return item("V_reaction_sd", "data", f"my reaction times (ms) were {' '.join(map(str, values))}"
                " - how much do they vary? standard deviation please",
                [labelled(SD, f"{sd:.2f}".rstrip("0").rstrip("."))])


def v_icecream_corr(rng: random.Random) -> Item:  # correlation of two lists in the message
    temps = [rng.randint(12, 34) for _ in range(rng.randint(6, 9))]
    sales = [t * 6 + rng.randint(-25, 25) for t in temps]
    if len(set(temps)) < 3:
        return v_icecream_corr(rng)
    r = statistics.correlation(temps, sales)
    if not clean(r):
        return v_icecream_corr(rng)
    forms = list(dict.fromkeys([f"{r:.2f}", f"{r:.2f}".rstrip("0").rstrip(".")]))
    return item("V_icecream_corr", "data", f"temperatures: {', '.join(map(str, temps))}; ice "
                f"creams sold: {', '.join(map(str, sales))}. are they correlated, and how "
                "strongly?", [[a for f in forms for a in labelled(
                    ["correlation", "correlation coefficient", "r", "pearson r"], f)]])


def v_csv_cities(rng: random.Random) -> Item:  # hottest and coldest in an attached table
    cities = rng.sample(["Oslo", "Rome", "Cairo", "Lima", "Perth", "Quito", "Dublin", "Seoul"], 6)
    temps = rng.sample(range(-8, 38), 6)
    csv = "city,temp_c\n" + "".join(f"{c},{t}\n" for c, t in zip(cities, temps, strict=True))
    return item("V_csv_cities", "data", "from this file, what's the highest and lowest "
                "temperature?", [labelled(HIGH, str(max(temps))),
                                 labelled(LOW, str(min(temps))) + labelled(
                                     LOW, str(min(temps)).replace("-", "−"))], csv=csv)


def v_csv_revenue(rng: random.Random) -> Item:  # mean of money values in a CSV
    months = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    values = [Fraction(rng.randint(100000, 900000), 100) for _ in months]
    mean = sum(values, Fraction(0)) / len(values)
    if tie(mean):
        return v_csv_revenue(rng)
    csv = "month,revenue\n" + "".join(f"{m},{float(v):.2f}\n" for m, v in zip(months, values,
                                                                             strict=True))
    text = show(mean)
    return item("V_csv_revenue", "data", "what was our average monthly revenue? spreadsheet "
                "attached", [labelled(MEAN, text) + labelled(MEAN, f"{float(mean):.2f}")
                             + labelled(MEAN, f"{float(mean):,.2f}")], csv=csv)


def v_csv_visitors(rng: random.Random) -> Item:  # direction of a daily count in a CSV
    up = rng.random() < 0.5
    values = sorted(rng.sample(range(100, 2000), rng.randint(7, 12)))
    if not up:
        values.reverse()
    csv = "day,visitors\n" + "".join(f"2026-04-{i + 1:02d},{v}\n" for i, v in enumerate(values))
    return item("V_csv_visitors", "data", "is traffic to the site growing or shrinking? here's "
                "the daily export", [UP if up else DOWN], csv=csv)


def v_commute(rng: random.Random) -> Item:  # mean and median together
    values = [rng.randint(18, 75) for _ in range(rng.choice([5, 7, 9]))]
    mean = Fraction(sum(values), len(values))
    if tie(mean):
        return v_commute(rng)
    return item("V_commute", "data", f"my commute took {', '.join(map(str, values))} minutes "
                "over the last few days. mean and median?",
                [labelled(MEAN, show(mean)), labelled(MEDIAN, str(statistics.median(values)))])


# --- images ----------------------------------------------------------------------------

def v_item_count(rng: random.Random) -> Item:  # how many lines a receipt has
    recipe, _ = image_recipe(rng, "receipt")
    n = len(recipe["items"])
    word = ["two", "three", "four"][n - 2]
    return item("V_item_count", "ocr", "how many things did I buy according to this receipt?",
                [[f"{n} items", f"{word} items", f"{n} things", f"{word} things"]], image=recipe)


def v_cheapest(rng: random.Random) -> Item:  # the cheapest line of a receipt
    recipe, _ = image_recipe(rng, "receipt")
    name = min(recipe["items"], key=lambda line: line[1])[0]
    return item("V_cheapest", "ocr", "which was the cheapest item I bought here?",
                [[name, name.upper()]], image=recipe)


def v_total_remind(rng: random.Random) -> Item:  # a total, asked casually
    recipe, answer = image_recipe(rng, "receipt")
    return item("V_total_remind", "ocr", "remind me what I paid in total at this place",
                [answer], image=recipe)


def v_door_sign(rng: random.Random) -> Item:  # a sign on a door
    recipe, words = image_recipe(rng, "sign")
    return item("V_door_sign", "ocr", "there's a sign on this door, what does it tell me?",
                [[w] for w in words], image=recipe)


def v_transcribe(rng: random.Random) -> Item:  # "transcribe" a photographed sign
    recipe, words = image_recipe(rng, "sign")
    return item("V_transcribe", "ocr", "transcribe the text in this picture please",
                [[w] for w in words], image=recipe)


def v_order_ref(rng: random.Random) -> Item:  # the order number of a screenshot, other words
    recipe, _ = image_recipe(rng, "screenshot")
    number = recipe["rows"][0].split("#")[1]
    return item("V_order_ref", "ocr", "I need the order reference from this screenshot",
                [[number]], image=recipe)


def v_shipped_yet(rng: random.Random) -> Item:  # a yes/no about the status line
    recipe, _ = image_recipe(rng, "screenshot")
    return item("V_shipped_yet", "ocr", "has this order gone out yet?", [["shipped"]],
                image=recipe)


def v_order_day(rng: random.Random) -> Item:  # the date on an order page
    recipe, answer = image_recipe(rng, "screenshot")
    day = date.fromisoformat(answer[0])
    forms = [f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}"]
    return item("V_order_day", "ocr", "what date does this order page show?", [answer + forms],
                image=recipe)


def v_two_prices(rng: random.Random) -> Item:  # the prices of two named lines
    recipe, _ = image_recipe(rng, "receipt")
    (a, pa), (b, pb) = recipe["items"][:2]
    return item("V_two_prices", "ocr", f"how much were the {a.lower()} and the {b.lower()} on "
                "this receipt?", [[f"{pa:.2f}"], [f"{pb:.2f}"]], image=recipe)


DATA: list[tuple[Family, int]] = [
    (v_range, 6), (v_fastest, 6), (v_median_prices, 6), (v_reaction_sd, 6),
    (v_icecream_corr, 6), (v_csv_cities, 6), (v_csv_revenue, 6), (v_csv_visitors, 6),
    (v_commute, 6)]
IMAGES: list[tuple[Family, int]] = [
    (v_item_count, 6), (v_cheapest, 6), (v_total_remind, 6), (v_door_sign, 6),
    (v_transcribe, 6), (v_order_ref, 6), (v_shipped_yet, 6), (v_order_day, 6),
    (v_two_prices, 6)]
