"""Round 16 (``L_d_*``, dev now), data part one: averages, middles and most common values of
numbers typed into a message or attached as a file, in everyday settings."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, item, labelled


class Tie(Exception):
    """The drawn numbers give an answer that rounds ambiguously; draw again."""


def retry(make: Callable[[random.Random], Item]) -> Callable[[random.Random], Item]:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def num(value: float | Fraction, comma: bool = False) -> list[str]:
    """A value rounded to two decimals, with and without trailing zeros (and with a
    thousands separator when asked)."""
    if isinstance(value, Fraction):
        if (value * 200).denominator == 1 and (value * 100).denominator != 1:
            raise Tie
    else:
        scaled = abs(value) * 100
        if abs(scaled - math.floor(scaled) - 0.5) < 1e-6:
            raise Tie
    text = f"{float(value):.2f}"
    if text == "-0.00":
        text = "0.00"
    forms = list(dict.fromkeys([fmt(float(text)), text]))
    if comma and abs(float(text)) >= 1000:
        full = f"{float(text):,.2f}"
        forms += list(dict.fromkeys([full.rstrip("0").rstrip("."), full]))
    return forms + [f.replace("-", "\u2212") for f in forms if f.startswith("-")]


def pct(value: float | Fraction) -> list[str]:
    forms = num(value)
    return [f + "%" for f in forms] + [f + " %" for f in forms] + [f + " percent" for f in forms]


def whole(value: int) -> list[str]:
    forms = [str(value)]
    if abs(value) >= 1000:
        forms.append(f"{value:,}")
    return forms + [f.replace("-", "\u2212") for f in forms if f.startswith("-")]


def said(names: list[str], value: str) -> list[str]:
    """A value that is itself one of the data, so it counts only when named."""
    names = list(dict.fromkeys(names + [n[0].upper() + n[1:] for n in names]))
    return [*labelled(names, value), *(f"{n} was {value}" for n in names), f"**{value}**"]


def counted(n: int, nouns: list[str]) -> list[str]:
    """A count where a bare number could collide with the data in the request."""
    return [f"{n} {noun}" for noun in nouns] + [f"{n} of", f"{n} out of", f"**{n}**",
                                                *labelled(["count", "Count", "total", "Total"],
                                                          str(n))]


def ints(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*count))]


def distinct(rng: random.Random, low: int, high: int, count: tuple[int, int]) -> list[int]:
    return rng.sample(range(low, high + 1), rng.randint(*count))


def listed(values: list, sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


def column(name: str, values: list) -> str:
    return name + "\n" + "".join(f"{v}\n" for v in values)


def table(header: str, rows: list[tuple]) -> str:
    return header + "\n" + "".join(",".join(str(c) for c in row) + "\n" for row in rows)


def mean(values: list) -> Fraction:
    return sum((Fraction(str(v)) for v in values), Fraction(0)) / len(values)


def median(values: list) -> Fraction:
    xs = sorted(Fraction(str(v)) for v in values)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def unique_mode(rng: random.Random, pool: list, count: tuple[int, int]) -> tuple[list, object]:
    while True:
        xs = [rng.choice(pool) for _ in range(rng.randint(*count))]
        counts = sorted(((xs.count(v), str(v)) for v in set(xs)), reverse=True)
        if counts[0][0] > counts[1][0]:
            return xs, next(v for v in xs if str(v) == counts[0][1])


def dec(rng: random.Random, low: float, high: float, places: int = 1) -> float:
    return round(rng.uniform(low, high), places)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- averages ---------------------------------------------------------------------------

def l_d_grocery_weeks(rng: random.Random) -> Item:  # weekly grocery spend, dollar signs
    xs = [dec(rng, 45, 210, 2) for _ in range(rng.randint(4, 6))]
    return item("L_d_grocery_weeks", "data", "trying to budget. the last few weeks of groceries "
                f"cost me {listed(f'${v:.2f}' for v in xs)}. what do i spend on average per week?",
                [num(mean(xs))])


def l_d_sleep_hours(rng: random.Random) -> Item:  # hours slept, quarter hours
    xs = [rng.randint(20, 36) / 4 for _ in range(7)]
    return item("L_d_sleep_hours", "data", f"My sleep tracker says {listed(xs)} hours for the "
                "last seven nights. Average?", [num(mean(xs))])


def l_d_avg_semicolons(rng: random.Random) -> Item:  # terse, semicolons, no question mark
    xs = ints(rng, 3, 250, (6, 11))
    return item("L_d_avg_semicolons", "data", f"avg pls: {listed(xs, ';')}", [num(mean(xs))])


def l_d_fuel_fills(rng: random.Random) -> Item:  # attached fuel log, litres per fill-up
    xs = [dec(rng, 28, 62, 1) for _ in range(rng.randint(6, 10))]
    csv = table("date,litres", [(f"2026-{m:02d}-{rng.randint(10, 28)}", v)
                                for m, v in zip(range(1, 13), xs, strict=False)])
    return item("L_d_fuel_fills", "data", "This is my fuel log. How many litres do I put in "
                "on an average fill-up?", [num(mean(xs))], csv=csv)


def l_d_star_ratings(rng: random.Random) -> Item:  # average star rating from a review export
    xs = [rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5]) for _ in range(rng.randint(12, 20))]
    return item("L_d_star_ratings", "data", "exported the reviews for our cafe — what's the "
                "average star rating?", [num(mean(xs))], csv=column("stars", xs))


def l_d_bowling_night(rng: random.Random) -> Item:  # chatty, three or four games
    xs = ints(rng, 88, 231, (3, 4))
    games = ", ".join(str(v) for v in xs[:-1]) + f" and {xs[-1]}"
    return item("L_d_bowling_night", "data", f"Bowling night! I scored {games}. What was my "
                "average for the night?", [num(mean(xs))])


def l_d_newline_list(rng: random.Random) -> Item:  # one number per line in the message
    xs = ints(rng, 10, 999, (5, 9))
    return item("L_d_newline_list", "data", "what's the average of these\n" +
                "\n".join(str(v) for v in xs), [num(mean(xs))])


def l_d_tips_shift(rng: random.Random) -> Item:  # tips per shift, a waiter's week
    xs = [dec(rng, 35, 190, 2) for _ in range(rng.randint(4, 6))]
    return item("L_d_tips_shift", "data", f"I waitress part time. Tips per shift this week: "
                f"{listed(f'{v:.2f}' for v in xs)}. How much do I make in tips per shift on "
                "average?", [num(mean(xs))])


def l_d_high_temps_f(rng: random.Random) -> Item:  # average high in Fahrenheit
    xs = ints(rng, 55, 98, (7, 7))
    forms = num(mean(xs))
    return item("L_d_high_temps_f", "data", f"daily highs this week were {listed(xs)} (°F). "
                "what was the mean high?", [forms + [f + " °F" for f in forms] +
                                            [f + "°F" for f in forms]])


def l_d_weighted_grade(rng: random.Random) -> Item:  # weighted course grade
    w = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40), (15, 35, 50)])
    s = ints(rng, 52, 99, (3, 3))
    value = Fraction(sum(a * b for a, b in zip(w, s, strict=True)), 100)
    return item("L_d_weighted_grade", "data", f"homework counts {w[0]}%, the midterm {w[1]}% "
                f"and the final {w[2]}%. I got {s[0]}, {s[1]} and {s[2]}. what's my weighted "
                "average?", [num(value)])


def l_d_drop_extremes(rng: random.Random) -> Item:  # judges' scores, drop top and bottom
    xs = [rng.randint(70, 99) / 10 for _ in range(rng.randint(5, 7))]
    kept = sorted(xs)[1:-1]
    return item("L_d_drop_extremes", "data", f"Judges gave my daughter {listed(xs)}. They "
                "throw out the highest and the lowest and average the rest. What's her "
                "score?", [num(mean(kept))])


def l_d_ignore_zeros(rng: random.Random) -> Item:  # skip zero days when averaging
    xs = ints(rng, 3, 14, (7, 9))
    for i in rng.sample(range(len(xs)), rng.randint(1, 2)):
        xs[i] = 0
    kept = [v for v in xs if v]
    return item("L_d_ignore_zeros", "data", f"Sales calls made each day: {listed(xs)}. The 0s "
                "are days I was off, so leave them out — what's my average on days I worked?",
                [num(mean(kept))])


def l_d_glucose_file(rng: random.Random) -> Item:  # dated readings in a csv, average
    xs = ints(rng, 82, 178, (8, 14))
    csv = table("date,time,mg_dl", [(f"2026-03-{d:02d}", rng.choice(["07:30", "12:15",
                                     "18:40"]), v) for d, v in enumerate(xs, 1)])
    forms = num(mean(xs))
    return item("L_d_glucose_file", "data", "attached my glucose meter readings. what's the "
                "average?", [forms + [f + " mg/dL" for f in forms]], csv=csv)


def l_d_bp_columns(rng: random.Random) -> Item:  # average of two columns
    rows = [(rng.randint(108, 152), rng.randint(66, 96)) for _ in range(rng.randint(6, 10))]
    csv = table("systolic,diastolic", rows)
    return item("L_d_bp_columns", "data", "Here are my blood pressure readings. Can you "
                "average the systolic and the diastolic separately?",
                [num(mean([r[0] for r in rows])), num(mean([r[1] for r in rows]))], csv=csv)


def l_d_lap_seconds(rng: random.Random) -> Item:  # pool lap times with one decimal
    xs = [dec(rng, 38, 55, 1) for _ in range(rng.randint(5, 8))]
    forms = num(mean(xs))
    return item("L_d_lap_seconds", "data", f"swim laps today (sec): {listed(xs, ' / ')} — "
                "average lap?", [forms + [f + " s" for f in forms] +
                                 [f + " seconds" for f in forms]])


def l_d_mean_median_mode(rng: random.Random) -> Item:  # all three, homework style
    xs, top = unique_mode(rng, list(range(2, 20)), (9, 12))
    return item("L_d_mean_median_mode", "data", f"Find the mean, median and mode of the "
                f"following data: {listed(xs)}.", [num(mean(xs)), num(median(xs)),
                                                   said(["mode"], str(top))])


# --- middles ----------------------------------------------------------------------------

def l_d_median_houses(rng: random.Random) -> Item:  # odd count, so the median is a listed price
    xs = distinct(rng, 240, 890, (5, 5)) + distinct(rng, 240, 890, (2, 2))
    xs = list(dict.fromkeys(xs))
    if len(xs) % 2 == 0:
        xs = xs[:-1]
    names, v = ["median", "median price", "median sale price"], fmt(float(median(xs)))
    return item("L_d_median_houses", "data", f"houses on our street sold for {listed(xs)} "
                "(thousands) this year. what's the median sale price?",
                [said(names, v) + said(names, f"${v}") + said(names, f"${v},000")])


def l_d_median_er_wait(rng: random.Random) -> Item:  # even count, waits in minutes
    xs = ints(rng, 12, 240, (4, 5))
    xs += ints(rng, 12, 240, (len(xs), len(xs)))
    return item("L_d_median_er_wait", "data", f"Waiting times at the clinic (minutes) for the "
                f"patients we tracked: {listed(xs)}. What's the median wait?", [num(median(xs))])


def l_d_median_salaries(rng: random.Random) -> Item:  # attached salaries, even count
    xs = [rng.randint(320, 980) * 100 for _ in range(rng.choice([6, 8, 10]))]
    names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Greg", "Hana", "Ivan", "Jo"]
    csv = table("employee,salary", list(zip(names, xs, strict=False)))
    return item("L_d_median_salaries", "data", "salary list attached. what is the median "
                "salary on the team?", [num(median(xs), comma=True)], csv=csv)


def l_d_median_delivery(rng: random.Random) -> Item:  # parcel delivery days
    xs = ints(rng, 1, 12, (8, 8))
    return item("L_d_median_delivery", "data", f"how many days our last eight parcels took to "
                f"arrive: {listed(xs, ' ')}. median?", [num(median(xs))])


def l_d_middle_mean_gap(rng: random.Random) -> Item:  # how far apart mean and median are
    xs = [*ints(rng, 20, 60, (6, 6)), rng.randint(150, 400)]
    rng.shuffle(xs)
    gap = mean(xs) - median(xs)
    return item("L_d_middle_mean_gap", "data", f"Response times in ms: {listed(xs)}. How much "
                "bigger is the mean than the median?", [num(gap)])


# --- most common ------------------------------------------------------------------------

def l_d_dice_rolls(rng: random.Random) -> Item:  # most frequent die face
    xs, top = unique_mode(rng, [1, 2, 3, 4, 5, 6], (15, 20))
    return item("L_d_dice_rolls", "data", f"rolled a die a bunch of times for a stats class: "
                f"{listed(xs, ' ')}. which number came up most?",
                [said(["mode", "most common", "most frequent", "most often", "came up most",
                       "most common number", "most frequent number", "most common roll"],
                      str(top))])


def l_d_flavour_votes(rng: random.Random) -> Item:  # most popular flavour in an attached poll
    xs, top = unique_mode(rng, ["vanilla", "chocolate", "strawberry", "pistachio", "mango"],
                          (14, 22))
    return item("L_d_flavour_votes", "data", "Our office voted on the ice cream for Friday, "
                "results attached. Which flavour won?", [[top, top.capitalize()]],
                csv=column("vote", xs))


def l_d_goals_mode(rng: random.Random) -> Item:  # most common goals per match
    xs, top = unique_mode(rng, [0, 1, 1, 2, 2, 3, 4], (10, 14))
    return item("L_d_goals_mode", "data", f"goals scored per game by my son's team this season "
                f"— {listed(xs)}. most common number of goals?",
                [said(["mode", "most common", "most common number", "most often"], str(top))])


def l_d_shoe_size_mode(rng: random.Random) -> Item:  # modal half sizes
    xs, top = unique_mode(rng, [7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11], (10, 14))
    return item("L_d_shoe_size_mode", "data", "Which shoe size should I stock most of? Here's "
                "what sold last month.", [said(["size", "shoe size", "mode", "most common",
                                                "most sold"], str(top))],
                csv=column("size_us", xs))


# --- spread -----------------------------------------------------------------------------

def l_d_sd_reaction(rng: random.Random) -> Item:  # sample sd, lab reaction times
    xs = ints(rng, 180, 420, (6, 10))
    return item("L_d_sd_reaction", "data", f"reaction times from my psych lab (ms): "
                f"{listed(xs)}. what's the standard deviation? (sample)",
                [num(statistics.stdev(xs))])


def l_d_pop_sd_team(rng: random.Random) -> Item:  # population sd of a whole squad's heights
    xs = ints(rng, 162, 201, (8, 11))
    return item("L_d_pop_sd_team", "data", f"Heights of every player on the squad, in cm: "
                f"{listed(xs)}. Population standard deviation?", [num(statistics.pstdev(xs))])


def l_d_variance_file(rng: random.Random) -> Item:  # sample variance of an attached column
    xs = ints(rng, 1, 40, (7, 12))
    return item("L_d_variance_file", "data", "what's the variance of the column in this "
                "file? use the sample formula", [num(statistics.variance(xs))],
                csv=column("defects", xs))


def l_d_range_prices(rng: random.Random) -> Item:  # range of quoted prices
    xs = distinct(rng, 180, 990, (4, 6))
    r = max(xs) - min(xs)
    return item("L_d_range_prices", "data", f"Got quotes from plumbers: ${listed(xs, ', $')}. "
                "What's the spread between the cheapest and the most expensive?",
                [[*whole(r), f"{r}.00"]])


def l_d_cv_batches(rng: random.Random) -> Item:  # coefficient of variation in percent
    xs = ints(rng, 480, 520, (6, 8))
    cv = statistics.stdev(xs) / statistics.fmean(xs) * 100
    return item("L_d_cv_batches", "data", f"bag weights off the line (g): {listed(xs)}. what's "
                "the coefficient of variation? sample sd please", [pct(cv)])


def l_d_iqr_simple(rng: random.Random) -> Item:  # quartiles by the median-of-halves rule
    n = rng.choice([8, 12])
    xs = sorted(distinct(rng, 10, 99, (n, n)))
    lo, hi = xs[: n // 2], xs[n // 2:]
    iqr = median(hi) - median(lo)
    rng.shuffle(xs)
    return item("L_d_iqr_simple", "data", f"Find the interquartile range of {listed(xs)}, "
                "taking Q1 and Q3 as the medians of the lower and upper halves.", [num(iqr)])


def l_d_zscore(rng: random.Random) -> Item:  # z-score of one value against a list
    xs = ints(rng, 55, 95, (8, 10))
    mine = rng.randint(60, 99)
    z = (mine - statistics.fmean(xs)) / statistics.pstdev(xs)
    return item("L_d_zscore", "data", f"Class results: {listed(xs)}. I got {mine} on a retake. "
                "Treating the class as the population, what's my z-score against them?",
                [num(z)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_grocery_weeks, l_d_sleep_hours, l_d_avg_semicolons, l_d_fuel_fills, l_d_star_ratings,
    l_d_bowling_night, l_d_newline_list, l_d_tips_shift, l_d_high_temps_f, l_d_weighted_grade,
    l_d_drop_extremes, l_d_ignore_zeros, l_d_glucose_file, l_d_bp_columns, l_d_lap_seconds,
    l_d_mean_median_mode, l_d_median_houses, l_d_median_er_wait, l_d_median_salaries,
    l_d_median_delivery, l_d_middle_mean_gap, l_d_dice_rolls, l_d_flavour_votes,
    l_d_goals_mode, l_d_shoe_size_mode, l_d_sd_reaction, l_d_pop_sd_team, l_d_variance_file,
    l_d_range_prices, l_d_cv_batches, l_d_iqr_simple, l_d_zscore)]
