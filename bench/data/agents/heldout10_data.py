"""Round 10 (``Z_d_*``, dev now), part one: data questions — numbers typed or pasted into a
message, asked for their average, middle, spread, extremes, total or count."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, both, fresh, item, labelled

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen"]


class Tie(Exception):
    """The value sits on a rounding tie (or too close to call): draw again."""


def dec(value: Fraction | float) -> list[str]:
    """A value rounded to two decimals, in the forms a reply may give it."""
    if isinstance(value, Fraction):
        if (value * 200).denominator == 1 and (value * 100).denominator != 1:
            raise Tie
        return commas(both(float(Fraction(round(value * 100), 100))))
    frac = abs(value * 100) % 1
    if abs(frac - 0.5) < 1e-4:
        raise Tie
    return commas(both(round(value, 2)))


def commas(forms: list[str]) -> list[str]:
    """Adds the thousands-separated spelling of each form from 1,000 up."""
    out = list(forms)
    for form in forms:
        whole, _, cents = form.partition(".")
        if len(whole.lstrip("-")) > 3:
            out.append(f"{int(whole):,}" + (f".{cents}" if cents else ""))
    return out


def retry(make: Family) -> Family:
    """Draws again while the family's values land on a rounding tie."""
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    draw.__name__ = make.__name__
    return draw


def ints(rng: random.Random, low: int, high: int, n: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*n))]


def mean(values: list[int]) -> Fraction:
    return Fraction(sum(values), len(values))


def count(n: int) -> list[str]:
    return [str(n), WORDS[n]] if n < len(WORDS) else [str(n)]


# --- averages ---------------------------------------------------------------------------

def z_d_avg_terse(rng: random.Random) -> Item:  # bare "avg" with space-separated numbers
    values = ints(rng, 10, 99, (5, 8))
    return item("Z_d_avg_terse", "data", f"avg {' '.join(map(str, values))}",
                [dec(mean(values))])


def z_d_kid_tests(rng: random.Random) -> Item:  # a parent asking about test marks
    values = ints(rng, 52, 98, (4, 6))
    marks = ", ".join(map(str, values[:-1])) + f" and {values[-1]}"
    return item("Z_d_kid_tests", "data", f"My daughter got {marks} on her maths tests this "
                "term. What's her average mark?", [dec(mean(values))])


def z_d_commute_mean(rng: random.Random) -> Item:  # minutes of commute, mean
    values = ints(rng, 18, 65, (5, 7))
    return item("Z_d_commute_mean", "data", f"logged my commute all week (minutes): "
                f"{', '.join(map(str, values))}. on average how long does it take me?",
                [dec(mean(values))])


def z_d_rating_mean(rng: random.Random) -> Item:  # star ratings out of five
    values = ints(rng, 1, 5, (7, 12))
    return item("Z_d_rating_mean", "data", f"These are the star ratings our cafe got this week: "
                f"{' '.join(map(str, values))}. What is the average rating?",
                [dec(mean(values))])


def z_d_mean_decimals(rng: random.Random) -> Item:  # lap times with decimals
    values = [Fraction(rng.randint(580, 720), 10) for _ in range(rng.randint(4, 6))]
    shown = " / ".join(f"{float(v):.1f}" for v in values)
    avg = sum(values, Fraction(0)) / len(values)
    return item("Z_d_mean_decimals", "data", f"my 400m lap times today were {shown} seconds. "
                "what's my mean lap time?", [dec(avg)])


# --- medians and modes ------------------------------------------------------------------

def z_d_median_houses(rng: random.Random) -> Item:  # house prices, even count
    values = [rng.randint(180, 640) * 1000 for _ in range(rng.choice([6, 8]))]
    low, high = sorted(values)[len(values) // 2 - 1: len(values) // 2 + 1]
    med = (low + high) // 2
    shown = ", ".join(f"£{v:,}" for v in values)
    return item("Z_d_median_houses", "data", f"Houses sold on our road recently went for {shown}. "
                "What's the median price?", [[f"{med:,}", str(med)]])


def z_d_median_even(rng: random.Random) -> Item:  # an even number of values
    values = ints(rng, 3, 60, (6, 6)) if rng.random() < 0.5 else ints(rng, 3, 60, (8, 8))
    med = Fraction(statistics.median_low(values) + statistics.median_high(values), 2)
    return item("Z_d_median_even", "data", f"whats the median of {', '.join(map(str, values))}",
                [dec(med)])


def z_d_median_rent(rng: random.Random) -> Item:  # monthly rents, median of an even count
    values = [rng.randint(70, 190) * 10 for _ in range(rng.choice([4, 6]))]
    med = Fraction(statistics.median_low(values) + statistics.median_high(values), 2)
    return item("Z_d_median_rent", "data", f"Flat-hunting. The rents I've seen so far are "
                f"{', '.join(map(str, values))} a month - what's the middle value, the median?",
                [dec(med)])


def z_d_survey_counts(rng: random.Random) -> Item:  # counting replies in a word survey
    options = ["tea", "coffee", "juice", "water"]
    counts = rng.sample(range(2, 9), 4)
    answers = [o for o, c in zip(options, counts, strict=True) for _ in range(c)]
    rng.shuffle(answers)
    return item("Z_d_survey_counts", "data", f"Asked the office what they want in the kitchen. "
                f"Replies: {', '.join(answers)}. How many people replied, and how many of them "
                "said coffee?", [count(sum(counts)), count(counts[1])])


# --- spread -----------------------------------------------------------------------------

def z_d_range_temps(rng: random.Random) -> Item:  # range of temperatures incl. negatives
    values = ints(rng, -8, 14, (7, 7))
    return item("Z_d_range_temps", "data", f"overnight lows this week: "
                f"{', '.join(f'{v}°C' for v in values)}. what's the range?",
                [[f"{max(values) - min(values)}"]])


def z_d_sd_sample(rng: random.Random) -> Item:  # explicitly the sample sd
    values = ints(rng, 40, 120, (5, 8))
    sd = statistics.stdev(values)
    return item("Z_d_sd_sample", "data", f"Can you work out the sample standard deviation of "
                f"these measurements: {'; '.join(map(str, values))}", [dec(sd)])


def z_d_sd_population(rng: random.Random) -> Item:  # the whole population
    values = ints(rng, 2, 30, (6, 9))
    sd = statistics.pstdev(values)
    return item("Z_d_sd_population", "data", f"these are the ages of all the kids in the club "
                f"{' '.join(map(str, values))} - population standard deviation please",
                [dec(sd)])


def z_d_sd_loose(rng: random.Random) -> Item:  # "how spread out", either sd accepted
    values = ints(rng, 100, 300, (5, 7))
    return item("Z_d_sd_loose", "data", f"how spread out are these numbers? give me the "
                f"standard deviation: {', '.join(map(str, values))}",
                [dec(statistics.stdev(values)) + dec(statistics.pstdev(values))])


def z_d_variance(rng: random.Random) -> Item:  # sample variance
    values = ints(rng, 1, 25, (5, 7))
    var = Fraction(sum((v - mean(values)) ** 2 for v in values)) / (len(values) - 1)
    return item("Z_d_variance", "data", f"What's the sample variance of "
                f"{', '.join(map(str, values))}?", [dec(var)])


# --- extremes, totals, counts -----------------------------------------------------------

def z_d_best_worst_gap(rng: random.Random) -> Item:  # gap between best and worst day
    values = rng.sample(range(3000, 16000), 7)
    rows = ", ".join(f"{d[:3].lower()} {v}" for d, v in zip(DAYS, values, strict=True))
    gap = max(values) - min(values)
    return item("Z_d_best_worst_gap", "data", f"step counts this week: {rows}. how big is the "
                "gap between my best and worst day?", [[str(gap), f"{gap:,}"]])


def z_d_sales_mean(rng: random.Random) -> Item:  # average daily takings, one row per line
    values = rng.sample(range(250, 1900), 6)
    rows = "\n".join(f"{d}: ${v}" for d, v in zip(DAYS[:6], values, strict=True))
    return item("Z_d_sales_mean", "data", f"Takings at the shop this week:\n{rows}\nWhat did we "
                "take per day on average?", [dec(mean(values))])


def z_d_sum_expenses(rng: random.Random) -> Item:  # adding money amounts
    values = [Fraction(rng.randint(150, 9000), 100) for _ in range(rng.randint(4, 7))]
    total = sum(values, Fraction(0))
    return item("Z_d_sum_expenses", "data", f"add up my expenses for the trip pls: "
                f"{', '.join(f'{float(v):.2f}' for v in values)}", [dec(total)])


def z_d_hours_total(rng: random.Random) -> Item:  # hours worked, quarter hours
    values = [Fraction(rng.randint(16, 40), 4) for _ in range(5)]
    shown = ", ".join(f"{d[:3]} {float(v):g}" for d, v in zip(DAYS[:5], values, strict=True))
    return item("Z_d_hours_total", "data", f"Hours I worked this week - {shown}. What's my total "
                "for the week?", [dec(sum(values, Fraction(0)))])


def z_d_mean_median(rng: random.Random) -> Item:  # two statistics, each labelled
    values = ints(rng, 1, 80, (6, 6)) if rng.random() < 0.5 else ints(rng, 1, 80, (8, 8))
    med = Fraction(statistics.median_low(values) + statistics.median_high(values), 2)
    return item("Z_d_mean_median", "data", f"For a stats homework check: mean and median of "
                f"{', '.join(map(str, values))}?",
                [[a for v in dec(mean(values)) for a in labelled(["mean", "Mean", "average"], v)],
                 [a for v in dec(med) for a in labelled(["median", "Median"], v)]])


def z_d_bills_mean_range(rng: random.Random) -> Item:  # monthly bills: average and range
    months = rng.sample(range(12), 6)
    months.sort()
    values = [Fraction(rng.randint(4000, 16000), 100) for _ in months]
    rows = "\n".join(f"{MONTHS[m][:3]} {float(v):.2f}" for m, v in zip(months, values,
                                                                       strict=True))
    spread = max(values) - min(values)
    return item("Z_d_bills_mean_range", "data", f"electricity bills so far:\n{rows}\nwhat's "
                "the average bill, and the range between the cheapest and dearest?",
                [[a for v in dec(sum(values, Fraction(0)) / 6) for a in
                  labelled(["average", "Average", "mean", "Mean"], v)],
                 [a for v in dec(spread) for a in labelled(["range", "Range"], v)]])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    z_d_avg_terse, z_d_kid_tests, z_d_commute_mean, z_d_rating_mean, z_d_mean_decimals,
    z_d_median_houses, z_d_median_even, z_d_median_rent, z_d_survey_counts, z_d_range_temps,
    z_d_sd_sample, z_d_sd_population, z_d_sd_loose, z_d_variance, z_d_best_worst_gap,
    z_d_sales_mean, z_d_sum_expenses, z_d_hours_total, z_d_mean_median,
    z_d_bills_mean_range)]

__all__ = ["DAYS", "FAMILIES", "MONTHS", "WORDS", "Tie", "count", "dec", "ints", "mean",
           "retry"]
