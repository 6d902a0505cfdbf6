"""Round 7 (``W_*``, held out once, dev now) for ``muse bench agents``, fourth part: data questions
(numbers in the message or an attached CSV) and questions about images (see
:mod:`bench.data.agents.heldout7`)."""

from __future__ import annotations

import random
import statistics
from datetime import date
from fractions import Fraction

from bench.data.agents.heldout5 import DOWN, UP
from bench.data.agents.heldout5_math import commas, minus, show, tie
from bench.data.agents.heldout6_read import HIGH, LOW, MEAN, MEDIAN, SD, clean
from bench.data.agents.helpers import Family, Item, image_recipe, item, labelled

CORR = ["correlation", "correlation coefficient", "r", "pearson r", "pearson correlation"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def two(x: float) -> list[str]:
    """A statistic to two places, with and without a trailing zero."""
    return list(dict.fromkeys([f"{x:.2f}", f"{x:.2f}".rstrip("0").rstrip(".")]))


def signed_forms(names: list[str], text: str) -> list[str]:
    return [f for t in minus(text) for f in labelled(names, t)]


def named(name: str) -> list[str]:
    return [name, name.upper()]


# --- data ------------------------------------------------------------------------------

def w_step_average(rng: random.Random) -> Item:  # a week of step counts, daily average
    steps = [rng.randint(2500, 16000) for _ in DAYS]
    mean = Fraction(sum(steps), 7)
    if tie(mean):
        return w_step_average(rng)
    listed = ", ".join(f"{d} {s}" for d, s in zip(DAYS, steps, strict=True))
    forms = [f for t in commas(show(mean)) for f in labelled(MEAN, t)]
    return item("W_step_average", "data", f"my step counts this week: {listed}. on average how "
                "many steps a day is that?", [forms])


def w_coldest_night(rng: random.Random) -> Item:  # the minimum of a list with negatives
    lows = [rng.randint(-12, 6) for _ in range(rng.randint(5, 8))]
    low = min(lows)
    listed = ", ".join(map(str, lows))
    return item("W_coldest_night", "data", f"overnight lows this week were {listed}"
                " °C. how cold did the coldest night get?",
                [signed_forms([*LOW, "coldest"], str(low))])


def w_grade_median(rng: random.Random) -> Item:  # the median of half-point marks
    marks = [Fraction(rng.randint(80, 200), 2) for _ in range(rng.choice([5, 7, 9]))]
    mid = Fraction(statistics.median(marks))
    listed = ", ".join(show(m) for m in marks)
    return item("W_grade_median", "data", f"test marks in my class: {listed}. what's the middle "
                "mark (median)?", [labelled(MEDIAN, show(mid))])


def w_parcel_sd(rng: random.Random) -> Item:  # the sample standard deviation of weights
    grams = [rng.randint(480, 530) for _ in range(rng.randint(6, 10))]
    sd = statistics.stdev(grams)
    if not clean(sd) or sd == 0:
        return w_parcel_sd(rng)
    return item("W_parcel_sd", "data", f"weighed a batch of 500 g bags: {' '.join(map(str, grams))}"
                ". what's the standard deviation?", [[f for t in two(sd) for f in labelled(SD, t)]])


def w_quarterly(rng: random.Random) -> Item:  # the direction of quarterly figures
    up = rng.random() < 0.5
    values = sorted(rng.sample(range(40, 400), rng.randint(5, 8)))
    if not up:
        values.reverse()
    return item("W_quarterly", "data", f"quarterly revenue (k$), oldest first: "
                f"{', '.join(map(str, values))}. which way is it heading?", [UP if up else DOWN])


def w_study_corr(rng: random.Random) -> Item:  # correlation between hours and marks
    hours = [rng.randint(0, 12) for _ in range(rng.randint(6, 9))]
    marks = [min(100, 40 + 5 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 3 or len(set(marks)) < 3:
        return w_study_corr(rng)
    r = statistics.correlation(hours, marks)
    if not clean(r):
        return w_study_corr(rng)
    return item("W_study_corr", "data", f"hours revised: {', '.join(map(str, hours))}\nexam "
                f"marks: {', '.join(map(str, marks))}\nhow strongly do they correlate?",
                [[f for t in two(r) for f in labelled(CORR, t)]])


def w_best_worst(rng: random.Random) -> Item:  # the gap between the top and bottom values
    scores = rng.sample(range(20, 100), rng.randint(5, 8))
    gap = max(scores) - min(scores)
    listed = ", ".join(map(str, scores))
    return item("W_best_worst", "data", f"golf scores from our league: {listed}"
                ". how far apart are the highest and lowest?",
                [labelled(["range", "difference", "spread"], str(gap))])


def w_ph_mean(rng: random.Random) -> Item:  # the mean of one-decimal readings
    readings = [Fraction(rng.randint(60, 80), 10) for _ in range(rng.randint(4, 8))]
    mean = sum(readings, Fraction(0)) / len(readings)
    if tie(mean):
        return w_ph_mean(rng)
    return item("W_ph_mean", "data", f"pool pH readings: {' '.join(show(r) for r in readings)} "
                "- give me the mean", [labelled(MEAN, show(mean))])


def w_csv_priciest(rng: random.Random) -> Item:  # the largest value of a CSV, with its row
    names = rng.sample(["kettle", "toaster", "blender", "lamp", "fan", "heater", "radio"], 5)
    prices = rng.sample(range(1200, 9900), 5)
    csv = "product,price\n" + "".join(f"{n},{p / 100:.2f}\n" for n, p in zip(names, prices,
                                                                            strict=True))
    top = max(prices)
    return item("W_csv_priciest", "data", "which product in this list costs the most, and how "
                "much?", [named(names[prices.index(top)]), labelled(HIGH, f"{top / 100:.2f}")
                          + labelled(HIGH, show(Fraction(top, 100)))], csv=csv)


def w_csv_ages(rng: random.Random) -> Item:  # the median of a CSV column
    people = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Eva", "Finn", "Gus", "Hana", "Ivo"],
                        rng.choice([5, 6, 7, 8]))
    ages = [rng.randint(19, 68) for _ in people]
    csv = "name,age\n" + "".join(f"{p},{a}\n" for p, a in zip(people, ages, strict=True))
    mid = Fraction(statistics.median(ages))
    return item("W_csv_ages", "data", "median age of the team, from the attached sheet?",
                [labelled(MEDIAN, show(mid))], csv=csv)


def w_csv_glucose(rng: random.Random) -> Item:  # the standard deviation of a CSV column
    values = [rng.randint(80, 150) for _ in range(rng.randint(6, 10))]
    sd = statistics.stdev(values)
    if not clean(sd):
        return w_csv_glucose(rng)
    csv = "date,glucose_mg_dl\n" + "".join(f"2026-05-{i + 1:02d},{v}\n"
                                            for i, v in enumerate(values))
    return item("W_csv_glucose", "data", "how much do my glucose readings vary? give the "
                "standard deviation", [[f for t in two(sd) for f in labelled(SD, t)]], csv=csv)


def w_csv_ads(rng: random.Random) -> Item:  # correlation between two CSV columns
    spend = [rng.randint(5, 60) * 10 for _ in range(rng.randint(6, 9))]
    sales = [s * 3 + rng.randint(-150, 150) for s in spend]
    if len(set(spend)) < 3:
        return w_csv_ads(rng)
    r = statistics.correlation(spend, sales)
    if not clean(r):
        return w_csv_ads(rng)
    csv = "week,ad_spend,sales\n" + "".join(f"{i + 1},{a},{b}\n" for i, (a, b) in
                                            enumerate(zip(spend, sales, strict=True)))
    return item("W_csv_ads", "data", "does ad spend go with sales? what's the correlation in "
                "this data", [[f for t in two(r) for f in labelled(CORR, t)]], csv=csv)


def w_csv_weighins(rng: random.Random) -> Item:  # the direction of weigh-ins in a CSV
    up = rng.random() < 0.5
    values = sorted(rng.sample(range(650, 950), rng.randint(6, 10)))
    if not up:
        values.reverse()
    csv = "date,weight_kg\n" + "".join(f"2026-0{i // 4 + 1}-{(i % 4) * 7 + 1:02d},{v / 10:.1f}\n"
                                       for i, v in enumerate(values))
    return item("W_csv_weighins", "data", "am I gaining or losing weight going by these "
                "weigh-ins?", [UP if up else DOWN], csv=csv)


def w_csv_quiet_day(rng: random.Random) -> Item:  # the minimum of a CSV column
    sales = rng.sample(range(3, 250), 7)
    csv = "day,orders\n" + "".join(f"{d},{s}\n" for d, s in zip(DAYS, sales, strict=True))
    return item("W_csv_quiet_day", "data", "what was the fewest orders we got in a day this "
                "week?", [labelled([*LOW, "fewest"], str(min(sales)))], csv=csv)


# --- images ----------------------------------------------------------------------------

def w_card_charge(rng: random.Random) -> Item:  # a receipt total, asked as a card charge
    recipe, answer = image_recipe(rng, "receipt")
    return item("W_card_charge", "ocr", "how much did this shop put on my card?", [answer],
                image=recipe)


def w_which_store(rng: random.Random) -> Item:  # the shop a receipt comes from
    recipe, _ = image_recipe(rng, "receipt")
    return item("W_which_store", "ocr", "which store is this receipt from?",
                [[recipe["shop"].upper(), recipe["shop"]]], image=recipe)


def w_line_price(rng: random.Random) -> Item:  # the price of one named line
    recipe, _ = image_recipe(rng, "receipt")
    name, price = rng.choice(recipe["items"])
    return item("W_line_price", "ocr", f"what did the {name.lower()} cost me on this receipt?",
                [[f"{price:.2f}"]], image=recipe)


def w_dearest_line(rng: random.Random) -> Item:  # the dearest line of a receipt
    recipe, _ = image_recipe(rng, "receipt")
    name = max(recipe["items"], key=lambda line: line[1])[0]
    return item("W_dearest_line", "ocr", "what's the most expensive thing on here?",
                [named(name)], image=recipe)


def w_bought_list(rng: random.Random) -> Item:  # every line of a receipt named
    recipe, _ = image_recipe(rng, "receipt")
    return item("W_bought_list", "ocr", "list everything I bought on this receipt",
                [named(name) for name, _ in recipe["items"]], image=recipe)


def w_notice(rng: random.Random) -> Item:  # a notice read aloud
    recipe, words = image_recipe(rng, "sign")
    return item("W_notice", "ocr", "read this notice out to me", [[w] for w in words],
                image=recipe)


def w_street_sign(rng: random.Random) -> Item:  # a sign photographed outside
    recipe, words = image_recipe(rng, "sign")
    return item("W_street_sign", "ocr", "snapped this sign while walking, what text is on it?",
                [[w] for w in words], image=recipe)


def w_status_line(rng: random.Random) -> Item:  # the status in a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    return item("W_status_line", "ocr", "what status does my order have in this screenshot?",
                [["shipped"]], image=recipe)


def w_order_no(rng: random.Random) -> Item:  # the order number in a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    return item("W_order_no", "ocr", "which order number is this about?",
                [[recipe["rows"][0].split("#")[1]]], image=recipe)


def w_placed_on(rng: random.Random) -> Item:  # the date in a screenshot
    recipe, answer = image_recipe(rng, "screenshot")
    day = date.fromisoformat(answer[0])
    forms = [f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}"]
    return item("W_placed_on", "ocr", "from the screenshot, what day was this order from?",
                [answer + forms], image=recipe)


def w_page_title(rng: random.Random) -> Item:  # the heading of a screenshot
    recipe, _ = image_recipe(rng, "screenshot")
    return item("W_page_title", "ocr", "what's the heading at the top of this screenshot?",
                [["My orders", "MY ORDERS"]], image=recipe)


DATA: list[tuple[Family, int]] = [
    (w_step_average, 6), (w_coldest_night, 6), (w_grade_median, 6), (w_parcel_sd, 6),
    (w_quarterly, 6), (w_study_corr, 6), (w_best_worst, 6), (w_ph_mean, 6),
    (w_csv_priciest, 6), (w_csv_ages, 6), (w_csv_glucose, 6), (w_csv_ads, 6),
    (w_csv_weighins, 6), (w_csv_quiet_day, 6)]
IMAGES: list[tuple[Family, int]] = [
    (w_card_charge, 6), (w_which_store, 6), (w_line_price, 6), (w_dearest_line, 6),
    (w_bought_list, 6), (w_notice, 6), (w_street_sign, 6), (w_status_line, 6),
    (w_order_no, 6), (w_placed_on, 6), (w_page_title, 6)]
