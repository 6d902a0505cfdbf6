"""Round 14 (``N_d_*``, dev now), data part one: shared helpers, then numbers pasted into the
message — averages, middles, spreads, totals and counts from everyday logs."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, half_cent, item, labelled

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = ["Amira", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
          "Kemi", "Liam", "Mei", "Noah", "Olga", "Pavel"]


class Tie(Exception):
    """The draw would make an ambiguous answer (a rounding tie, a shared maximum)."""


def retry(make: Family) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def num(value: Fraction) -> list[str]:
    """An exact value to two decimals, with and without trailing zeros."""
    if half_cent(value):
        raise Tie
    text = f"{float(round(value, 2)):.2f}"
    return list(dict.fromkeys([fmt(float(text)), text]))


def real(value: float) -> list[str]:
    """An irrational value to two decimals; refuses values too near a rounding tie."""
    scaled = abs(value) * 100
    if abs(scaled - math.floor(scaled) - 0.5) < 1e-4:
        raise Tie
    text = f"{value:.2f}"
    if text == "-0.00":
        raise Tie
    return list(dict.fromkeys([fmt(float(text)), text]))


def pct(forms: list[str]) -> list[str]:
    return [f + "%" for f in forms] + [f + " %" for f in forms] + [f + " percent" for f in forms]


def unit(forms: list[str], *names: str) -> list[str]:
    return [f"{f} {n}" if n[0].isalpha() else f"{f}{n}" for f in forms for n in names]


def lab(names: list[str], forms: list[str]) -> list[str]:
    return [x for f in forms for x in labelled(names, f)]


def mean(values: Sequence[int | Fraction]) -> Fraction:
    return Fraction(sum(Fraction(v) for v in values)) / len(values)


def med(values: Sequence[int | Fraction]) -> Fraction:
    ordered = sorted(Fraction(v) for v in values)
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def sd(values: Sequence[int | Fraction], sample: bool = True) -> float:
    m = mean(values)
    ss = sum((Fraction(v) - m) ** 2 for v in values)
    return math.sqrt(ss / (len(values) - (1 if sample else 0)))


def corr(xs: list[int], ys: list[int]) -> float:
    return statistics.correlation([float(x) for x in xs], [float(y) for y in ys])


def slope(ys: Sequence[int | Fraction]) -> Fraction:
    xs = list(range(len(ys)))
    mx, my = mean(xs), mean(ys)
    top = sum((x - mx) * (Fraction(y) - my) for x, y in zip(xs, ys, strict=True))
    return Fraction(top) / sum((x - mx) ** 2 for x in xs)


def unique_max(values: Sequence[int | Fraction]) -> int:
    fracs = [Fraction(v) for v in values]
    best = max(fracs)
    if fracs.count(best) > 1:
        raise Tie
    return fracs.index(best)


def unique_min(values: Sequence[int | Fraction]) -> int:
    fracs = [Fraction(v) for v in values]
    low = min(fracs)
    if fracs.count(low) > 1:
        raise Tie
    return fracs.index(low)


def ints(rng: random.Random, low: int, high: int, n: tuple[int, int]) -> list[int]:
    return [rng.randint(low, high) for _ in range(rng.randint(*n))]


def cents(rng: random.Random, low: int, high: int, n: tuple[int, int]) -> list[Fraction]:
    return [Fraction(rng.randint(low * 100, high * 100), 100) for _ in range(rng.randint(*n))]


def money(value: Fraction) -> str:
    return f"{float(value):.2f}"


def csv(header: str, rows: Sequence[Sequence[object]]) -> str:
    return "\n".join([header, *(",".join(str(c) for c in row) for row in rows)]) + "\n"


def joined(values: Sequence[int] | Sequence[str], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


# --- numbers typed into the message ----------------------------------------------------

def n_d_steps_week(rng: random.Random) -> Item:  # daily step counts, average per day
    v = ints(rng, 3500, 14000, (7, 7))
    return item("N_d_steps_week", "data", f"my watch says these were my steps mon to sun: "
                f"{joined(v)}. whats my average per day?", [num(mean(v))])


def n_d_quiz_median(rng: random.Random) -> Item:  # a teacher's quiz marks, median
    v = ints(rng, 4, 20, (10, 10)) if rng.random() < 0.5 else ints(rng, 4, 20, (12, 12))
    return item("N_d_quiz_median", "data", f"Quiz marks out of 20 for my class: {joined(v, ' ')}"
                " — what's the median mark?", [num(med(v))])


def n_d_commute_range(rng: random.Random) -> Item:  # spread between fastest and slowest trip
    v = ints(rng, 22, 58, (6, 10))
    r = max(v) - min(v)
    return item("N_d_commute_range", "data", f"Timed my bike commute for a couple of weeks "
                f"(minutes): {joined(v)}. How big is the gap between my quickest and slowest "
                "ride?", [num(Fraction(r)) + unit([str(r)], "minutes", "min")])


def n_d_shoe_mode(rng: random.Random) -> Item:  # most common size in an attached order list
    sizes = [rng.choice([37, 38, 39, 40, 41, 42, 43, 44]) for _ in range(rng.randint(10, 16))]
    counts = {s: sizes.count(s) for s in sizes}
    top = max(counts.values())
    if list(counts.values()).count(top) > 1:
        raise Tie
    mode = max(counts, key=lambda s: counts[s])
    return item("N_d_shoe_mode", "data", "attached is today's shoe orders. which size sold "
                "the most?", [[str(mode), f"size {mode}"]],
                csv=csv("order,size", [(i + 1, s) for i, s in enumerate(sizes)]))


def n_d_rent_sd(rng: random.Random) -> Item:  # sample standard deviation of flat rents
    v = [rng.randint(18, 42) * 50 for _ in range(rng.randint(6, 9))]
    return item("N_d_rent_sd", "data", f"Rents of the flats I viewed this month: {joined(v)}."
                " Can you give me the sample standard deviation?", [real(sd(v))])


def n_d_invoice_sum(rng: random.Random) -> Item:  # add up a freelancer's invoices
    v = cents(rng, 120, 2400, (4, 7))
    return item("N_d_invoice_sum", "data", "invoices I sent this quarter: " +
                "; ".join(f"${money(x)}" for x in v) + ". what's the total I billed?",
                [num(sum(v, Fraction(0)))])


def n_d_hot_days(rng: random.Random) -> Item:  # how many days over a threshold
    v = ints(rng, 17, 33, (10, 14))
    n = sum(1 for x in v if x > 25)
    return item("N_d_hot_days", "data", f"Daily highs (°C) on our holiday: {joined(v)}. On how"
                " many days was it above 25?", [[f"{n} days", f"{n} of the", f"{n} out of"]])


def n_d_glucose_mean(rng: random.Random) -> Item:  # fasting glucose readings, one decimal
    v = [Fraction(rng.randint(42, 78), 10) for _ in range(rng.randint(5, 8))]
    return item("N_d_glucose_mean", "data", "fasting glucose readings this week in mmol/L: " +
                ", ".join(f"{float(x):.1f}" for x in v) + " — what's the mean?",
                [num(mean(v))])


def n_d_study_corr(rng: random.Random) -> Item:  # hours revised versus exam mark
    n = rng.randint(6, 9)
    hours = [rng.randint(1, 12) for _ in range(n)]
    marks = [min(100, 35 + 4 * h + rng.randint(-12, 12)) for h in hours]
    return item("N_d_study_corr", "data", f"hours revised: {joined(hours)}\nexam mark: "
                f"{joined(marks)}\nwhat's the correlation coefficient between the two?",
                [real(corr(hours, marks))])


def n_d_followers_growth(rng: random.Random) -> Item:  # percentage growth first to last
    v = sorted(ints(rng, 800, 5000, (5, 7)))
    g = (Fraction(v[-1]) - v[0]) / v[0] * 100
    return item("N_d_followers_growth", "data", f"My shop's instagram followers at the end of "
                f"each month: {joined(v)}. By what percentage did they grow from the first "
                "month to the last?", [pct(num(g))])


def n_d_weighin_slope(rng: random.Random) -> Item:  # weekly weigh-ins, trend per week
    start = rng.randint(780, 1050)
    v = [Fraction(start - 4 * i + rng.randint(-6, 6), 10) for i in range(rng.randint(6, 9))]
    s = slope(v)
    if s >= 0:
        raise Tie
    return item("N_d_weighin_slope", "data", "Weekly weigh-ins in kg, oldest first: " +
                ", ".join(f"{float(x):.1f}" for x in v) + ". Using a line of best fit, how "
                "many kg a week am I losing?", [num(-s) + unit(num(-s), "kg")])


def n_d_weighted_grade(rng: random.Random) -> Item:  # course mark from weighted parts
    a, b, c = rng.randint(40, 100), rng.randint(40, 100), rng.randint(40, 100)
    w = rng.choice([(20, 30, 50), (25, 25, 50), (10, 40, 50), (30, 30, 40)])
    v = Fraction(a * w[0] + b * w[1] + c * w[2], 100)
    return item("N_d_weighted_grade", "data", f"coursework counts {w[0]}%, the midterm {w[1]}%"
                f" and the final {w[2]}%. I got {a}, {b} and {c}. what's my overall grade?",
                [num(v)])


def n_d_last_three(rng: random.Random) -> Item:  # average of the latest three figures
    v = ints(rng, 150, 900, (6, 9))
    return item("N_d_last_three", "data", f"electricity bill each month this year so far: "
                f"{joined(v)} (oldest first). what's the average of just the last three?",
                [num(mean(v[-3:]))])


def n_d_house_median(rng: random.Random) -> Item:  # median sale price on a street
    v = [rng.randint(180, 640) * 1000 for _ in range(rng.choice([6, 8]))]
    m = med(v)
    return item("N_d_house_median", "data", "The last few houses that sold on our street "
                "went for " + ", ".join(f"£{x:,}" for x in v) + ". Median price?",
                [[*num(m), f"{int(m):,}" if m.denominator == 1 else fmt(float(m))]])


def n_d_dice_variance(rng: random.Random) -> Item:  # population variance of dice rolls
    v = [rng.randint(1, 6) for _ in range(rng.randint(8, 12))]
    m = mean(v)
    var = sum(((Fraction(x) - m) ** 2 for x in v), Fraction(0)) / len(v)
    return item("N_d_dice_variance", "data", f"rolled a die a bunch of times: {joined(v, ' ')}"
                ". population variance please", [num(var)])


def n_d_timesheet_hours(rng: random.Random) -> Item:  # total hours worked, halves
    v = [Fraction(rng.randint(8, 22), 2) for _ in range(rng.randint(5, 6))]
    t = sum(v, Fraction(0))
    return item("N_d_timesheet_hours", "data", "Hours I worked each day this week: " +
                ", ".join(fmt(float(x)) for x in v) + ". How many hours is that in total?",
                [num(t) + unit(num(t), "hours", "h")])


def n_d_star_ratings(rng: random.Random) -> Item:  # average star rating from counts
    c = [rng.randint(0, 40) for _ in range(5)]
    if sum(c) == 0:
        raise Tie
    avg = Fraction(sum((i + 1) * k for i, k in enumerate(c)), sum(c))
    return item("N_d_star_ratings", "data", f"Reviews for my cafe: {c[4]} five-star, {c[3]} "
                f"four-star, {c[2]} three-star, {c[1]} two-star and {c[0]} one-star. What's "
                "the average rating?", [num(avg)])


def n_d_mean_vs_median(rng: random.Random) -> Item:  # both middles, labelled
    v = [*ints(rng, 10, 95, (7, 7)), rng.randint(200, 400)]
    return item("N_d_mean_vs_median", "data", f"tips I made per shift: {joined(v)}. can you "
                "give me both the mean and the median? i think one big night is skewing it",
                [lab(["mean", "average"], num(mean(v))), lab(["median"], num(med(v)))])


def n_d_biggest_share(rng: random.Random) -> Item:  # largest value's share of the total
    v = ints(rng, 5, 60, (4, 6))
    top = max(v)
    return item("N_d_biggest_share", "data", f"donations at the bake sale by table: "
                f"{joined(v)} dollars. what percent of the total came from the best table?",
                [pct(num(Fraction(top * 100, sum(v))))])


def n_d_zscore(rng: random.Random) -> Item:  # how unusual one value is
    v = ints(rng, 55, 95, (8, 11))
    x = rng.randint(60, 99)
    s = sd(v)
    if s == 0:
        raise Tie
    z = (x - float(mean(v))) / s
    return item("N_d_zscore", "data", f"Class scores: {joined(v)}. My son got {x}. What's his"
                " z-score using the mean and sample standard deviation of those scores?",
                [real(z)])


def n_d_fastest_lap(rng: random.Random) -> Item:  # minimum of attached lap times
    v = [Fraction(rng.randint(6200, 7900), 100) for _ in range(rng.randint(6, 10))]
    unique_min(v)
    return item("N_d_fastest_lap", "data", "lap times from my swim session are in the file "
                "... what was my fastest one in seconds?", [num(min(v))],
                csv=csv("lap,seconds", [(i + 1, f"{float(x):.2f}") for i, x in enumerate(v)]))


def n_d_count_values(rng: random.Random) -> Item:  # how many numbers were given
    v = ints(rng, 1, 99, (13, 24))
    return item("N_d_count_values", "data", "how many numbers are in this list? " +
                " ".join(str(x) for x in v), [[str(len(v))]])


def n_d_sleep_sd_pop(rng: random.Random) -> Item:  # population sd of sleep hours
    v = [Fraction(rng.randint(10, 18), 2) for _ in range(7)]
    return item("N_d_sleep_sd_pop", "data", "sleep last week (hours): " + ", ".join(
                fmt(float(x)) for x in v) + ". treat it as the whole population — standard "
                "deviation?", [real(sd(v, sample=False))])


def n_d_price_increase(rng: random.Random) -> Item:  # percentage rise of a price
    a = rng.randint(150, 400)
    b = a + rng.randint(5, 120)
    old, new = Fraction(a, 100), Fraction(b, 100)
    return item("N_d_price_increase", "data", f"Oat milk used to be £{money(old)} and now it's"
                f" £{money(new)}. How much has it gone up in percent?",
                [pct(num((new - old) / old * 100))])


def n_d_max_heart(rng: random.Random) -> Item:  # peak of an exported heart-rate log
    v = ints(rng, 92, 188, (8, 12))
    unique_max(v)
    return item("N_d_max_heart", "data", "exported the heart rate from my run (csv attached)."
                " what was the peak?", [[str(max(v)), f"{max(v)} bpm"]],
                csv=csv("minute,bpm", [(i + 1, x) for i, x in enumerate(v)]))


def n_d_sum_ml(rng: random.Random) -> Item:  # total fluid intake in litres
    v = [rng.choice([150, 200, 250, 300, 330, 400, 500]) for _ in range(rng.randint(5, 9))]
    t = Fraction(sum(v), 1000)
    return item("N_d_sum_ml", "data", f"I drank {joined(v)} ml over the day. How many litres "
                "is that altogether?", [num(t) + unit(num(t), "litres", "liters", "L")])


def n_d_geo_mean_returns(rng: random.Random) -> Item:  # average yearly growth, compounded
    r = [rng.randint(-8, 18) for _ in range(rng.randint(3, 5))]
    prod = math.prod(1 + x / 100 for x in r)
    g = (prod ** (1 / len(r)) - 1) * 100
    return item("N_d_geo_mean_returns", "data", "my fund returned " + ", ".join(
                f"{x}%" for x in r) + " in consecutive years. what's the compound annual "
                "growth rate?", [pct(real(g))])


def n_d_pass_rate(rng: random.Random) -> Item:  # share of marks at or above a pass mark
    v = ints(rng, 20, 98, (10, 16))
    p = sum(1 for x in v if x >= 50)
    return item("N_d_pass_rate", "data", f"Exam results: {joined(v)}. Pass mark is 50. What "
                "percentage of students passed?", [pct(num(Fraction(p * 100, len(v))))])


def n_d_mean_temp_neg(rng: random.Random) -> Item:  # average of winter temperatures
    v = ints(rng, -12, 6, (7, 7))
    return item("N_d_mean_temp_neg", "data", f"overnight lows at the cabin this week: "
                f"{joined(v)} °C. average low?", [num(mean(v)) + unit(num(mean(v)), "°C")])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_d_steps_week, n_d_quiz_median, n_d_commute_range, n_d_shoe_mode, n_d_rent_sd,
    n_d_invoice_sum, n_d_hot_days, n_d_glucose_mean, n_d_study_corr, n_d_followers_growth,
    n_d_weighin_slope, n_d_weighted_grade, n_d_last_three, n_d_house_median,
    n_d_dice_variance, n_d_timesheet_hours, n_d_star_ratings, n_d_mean_vs_median,
    n_d_biggest_share, n_d_zscore, n_d_fastest_lap, n_d_count_values, n_d_sleep_sd_pop,
    n_d_price_increase, n_d_max_heart, n_d_sum_ml, n_d_geo_mean_returns, n_d_pass_rate,
    n_d_mean_temp_neg)]
