"""Round 12 (``P_d_*``, dev now), part one: numbers typed into the message — averages,
medians, spreads, totals, counts, growth, trends and correlation."""

from __future__ import annotations

import itertools
import math
import random
import statistics
from collections.abc import Iterable, Sequence
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fmt, fresh, item, labelled

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
UP = ["increasing", "upward", "rising", "going up", "goes up", "trending up", "growing"]
DOWN = ["decreasing", "downward", "falling", "going down", "goes down", "trending down",
        "declining"]


class Tie(Exception):
    """The drawn numbers make an answer ambiguous (a rounding tie, two modes…): draw again."""


def retry(make: Family) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def _grouped(text: str) -> str:
    whole, _, frac = text.lstrip("-").partition(".")
    sign = "-" if text.startswith("-") else ""
    return sign + f"{int(whole):,}" + (f".{frac}" if frac else "")


def num(value: Fraction | float | int) -> list[str]:
    """A value to two decimals in the forms a reply may honestly use."""
    if isinstance(value, Fraction | int):
        exact = Fraction(value)
        if (exact * 200).denominator == 1 and (exact * 100).denominator != 1:
            raise Tie
        rounded = float(round(exact, 2))
    else:
        scaled = abs(value) * 100
        if abs(scaled - math.floor(scaled) - 0.5) < 1e-6:
            raise Tie
        rounded = round(value, 2)
    if rounded == int(rounded):
        base = [str(int(rounded)), f"{int(rounded)}.0", f"{rounded:.2f}"]
    else:
        base = [f"{rounded:.2f}", fmt(rounded)]
    if abs(rounded) >= 1000:
        base += [_grouped(b) for b in base]
    if rounded < 0:
        base += [b.replace("-", "\u2212", 1) for b in base]
    return list(dict.fromkeys(base))


def lab(names: list[str], value: Fraction | float | int) -> list[str]:
    """A statistic named in the reply (``mean: 4.5``), in every numeric form."""
    return [form for text in num(value) for form in labelled(names, text)]


def counted(n: int, nouns: Sequence[str]) -> list[str]:
    """A count followed by what was counted (``5 days``), so that a bare digit in the
    request's own numbers cannot pass for it."""
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve"]
    if n == 0:
        raise Tie
    if n == 1:
        nouns = [*nouns, *(noun[:-1] for noun in nouns if noun.endswith("s"))]
    out = [f"{n} {noun}" for noun in nouns]
    if n < len(words):
        out += [f"{words[n]} {noun}" for noun in nouns]
    return out


def pct(value: Fraction | float) -> list[str]:
    return [f + tail for f in num(value) for tail in ("%", " %", " percent")]


def mean(values: Sequence[int | Fraction]) -> Fraction:
    return Fraction(sum(Fraction(v) for v in values), len(values))


def med(values: Sequence[int | Fraction]) -> Fraction:
    s = sorted(Fraction(v) for v in values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def mode(values: Sequence[int]) -> int:
    counts = sorted(((values.count(v), v) for v in set(values)), reverse=True)
    if len(counts) > 1 and counts[0][0] == counts[1][0]:
        raise Tie
    return counts[0][1]


def slope(ys: Sequence[int | float]) -> float:
    xs = range(len(ys))
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
            / sum((x - mx) ** 2 for x in xs))


def trended(rng: random.Random, start: int, step: int, noise: int, n: int) -> list[int]:
    """A series that keeps moving one way: every step is step ± noise with |noise| < |step|."""
    values = [start]
    for _ in range(n - 1):
        values.append(values[-1] + step + rng.randint(-noise, noise))
    return values


def joined(values: Iterable[object], sep: str = ", ") -> str:
    return sep.join(str(v) for v in values)


def dec(tenths: int) -> str:
    return f"{tenths / 10:.1f}"


# --- one statistic --------------------------------------------------------------------

def p_d_kid_scores(rng: random.Random) -> Item:  # chatty, mean of test scores
    scores = [rng.randint(55, 100) for _ in range(rng.randint(5, 8))]
    return item("P_d_kid_scores", "data", f"my daughter's test scores this term were "
                f"{joined(scores)}. what's her average?", [num(mean(scores))])


def p_d_rent_median(rng: random.Random) -> Item:  # median of listed rents, dollar signs
    rents = rng.sample(range(1100, 2400, 5), rng.randint(6, 9))
    return item("P_d_rent_median", "data", "Rents for the 1-bed places I've looked at: "
                f"{joined(f'${r}' for r in rents)}. What's the median rent?",
                [num(med(rents))])


def p_d_commute_range(rng: random.Random) -> Item:  # terse, range of commute minutes
    mins = rng.sample(range(18, 70), rng.randint(5, 7))
    return item("P_d_commute_range", "data", f"commute times this week in minutes "
                f"{joined(mins, ' ')} - whats the range", [num(max(mins) - min(mins))])


def p_d_steps_week(rng: random.Random) -> Item:  # sum of a week of step counts
    steps = [rng.randint(3000, 16000) for _ in range(7)]
    return item("P_d_steps_week", "data", "Steps Monday to Sunday: " + joined(steps)
                + ". How many steps did I walk in total this week?", [num(sum(steps))])


def p_d_shoe_mode(rng: random.Random) -> Item:  # mode of shoe sizes
    sizes = [rng.choice([7, 8, 9, 10, 11, 12]) for _ in range(rng.randint(9, 13))]
    return item("P_d_shoe_mode", "data", f"Ordering boots for the team, sizes are "
                f"{joined(sizes)}. Which size comes up most often?",
                [lab(["mode", "size", "most common"], mode(sizes))])


def p_d_lab_sample_sd(rng: random.Random) -> Item:  # sample sd of decimals, formal
    vals = [rng.randint(100, 180) for _ in range(rng.randint(5, 8))]
    sd = statistics.stdev([v / 10 for v in vals])
    return item("P_d_lab_sample_sd", "data", "Please compute the sample standard deviation "
                f"of these measurements: {joined(dec(v) for v in vals)}.", [num(sd)])


def p_d_pop_sd(rng: random.Random) -> Item:  # population sd, terse
    vals = [rng.randint(10, 99) for _ in range(rng.randint(6, 10))]
    return item("P_d_pop_sd", "data", f"population std dev of {joined(vals, ' ')}?",
                [num(statistics.pstdev(vals))])


def p_d_sample_var(rng: random.Random) -> Item:  # sample variance
    vals = [rng.randint(1, 40) for _ in range(rng.randint(5, 8))]
    return item("P_d_sample_var", "data", f"What is the sample variance of {joined(vals)}?",
                [num(statistics.variance([Fraction(v) for v in vals]))])


def p_d_count_list(rng: random.Random) -> Item:  # how many numbers were pasted
    vals = [rng.randint(1, 500) for _ in range(rng.randint(14, 27))]
    n = len(vals)
    return item("P_d_count_list", "data", f"how many numbers are in this list? {joined(vals)}",
                [[*counted(n, ["numbers", "values", "items", "entries"]),
                  *labelled(["count"], str(n))]])


def p_d_hot_days(rng: random.Random) -> Item:  # count of values above a threshold
    temps = [rng.randint(22, 38) for _ in range(rng.randint(10, 14))]
    n = sum(t > 30 for t in temps)
    return item("P_d_hot_days", "data", f"Daily highs in °C over my holiday: {joined(temps)}."
                " On how many days was it above 30?",
                [counted(n, ["days", "of the days", "out of"])])


def p_d_sub_growth(rng: random.Random) -> Item:  # percent growth first to last
    subs = sorted(rng.sample(range(800, 5000), 6))
    return item("P_d_sub_growth", "data", f"My newsletter subscribers at the end of each month: "
                f"{joined(subs)}. By what percentage did it grow from the first month to the "
                "last?", [pct(Fraction(subs[-1] - subs[0], subs[0]) * 100)])


def p_d_weight_trend(rng: random.Random) -> Item:  # direction of a falling weight series
    weights = trended(rng, rng.randint(850, 1100), -6, 4, 8)
    return item("P_d_weight_trend", "data", "Weekly weigh-ins (kg): "
                f"{joined(dec(w) for w in weights)}. Is my weight trending up or down?",
                [DOWN])


def p_d_followers_trend(rng: random.Random) -> Item:  # direction of a rising series
    counts = trended(rng, rng.randint(200, 900), 40, 25, 7)
    return item("P_d_followers_trend", "data", f"followers per week since I started posting: "
                f"{joined(counts)} — what's the trend?", [UP])


def p_d_weekly_slope(rng: random.Random) -> Item:  # least-squares slope per week
    vals = trended(rng, rng.randint(60, 90), 3, 2, rng.randint(6, 9))
    return item("P_d_weekly_slope", "data", f"Bench press max over consecutive weeks: "
                f"{joined(vals)} kg. Fit a linear trend — how many kg per week am I gaining?",
                [num(slope(vals))])


def p_d_study_corr(rng: random.Random) -> Item:  # Pearson r between two typed lists
    hours = [rng.randint(1, 12) for _ in range(7)]
    scores = [min(100, 40 + 5 * h + rng.randint(-8, 8)) for h in hours]
    r = statistics.correlation(hours, scores)
    return item("P_d_study_corr", "data", f"hours studied: {joined(hours)}\nexam scores: "
                f"{joined(scores)}\nwhat's the correlation coefficient between them?", [num(r)])


def p_d_price_corr(rng: random.Random) -> Item:  # a negative correlation
    prices = rng.sample(range(2, 15), 6)
    sold = [300 - 15 * p + rng.randint(-20, 20) for p in prices]
    r = statistics.correlation(prices, sold)
    return item("P_d_price_corr", "data", "I tried different prices at the market stall. Price "
                f"($): {joined(prices)}; jars sold: {joined(sold)}. How strongly are they "
                "correlated (Pearson r)?", [num(r)])


def p_d_grocery_avg(rng: random.Random) -> Item:  # mean of money amounts with cents
    cents = [rng.randint(4000, 16000) for _ in range(rng.randint(4, 6))]
    return item("P_d_grocery_avg", "data", "what do I spend on groceries a week on average? "
                f"last few weeks: {joined(f'€{c / 100:.2f}' for c in cents)}",
                [num(mean([Fraction(c, 100) for c in cents]))])


def p_d_race_median(rng: random.Random) -> Item:  # median of an odd list of seconds
    times = rng.sample(range(55, 95), rng.choice([5, 7, 9]))
    return item("P_d_race_median", "data", f"400m times from today's session (seconds): "
                f"{joined(times, '; ')}. Median please.", [lab(["median"], med(times))])


def p_d_judges_trim(rng: random.Random) -> Item:  # mean after dropping the top and bottom
    marks = rng.sample(range(60, 100), 6)
    kept = sorted(marks)[1:-1]
    return item("P_d_judges_trim", "data", f"Judges gave {joined(dec(m) for m in marks)}. We "
                "drop the highest and lowest mark and average the rest. What's the score?",
                [num(mean([Fraction(m, 10) for m in kept]))])


def p_d_quotes_spread(rng: random.Random) -> Item:  # gap between dearest and cheapest quote
    quotes = rng.sample(range(350, 1400, 10), rng.randint(4, 6))
    return item("P_d_quotes_spread", "data", f"Got quotes from builders: "
                f"{joined(f'£{q}' for q in quotes)}. How far apart are the cheapest and the "
                "most expensive?", [num(max(quotes) - min(quotes))])


def p_d_hours_total(rng: random.Random) -> Item:  # sum of quarter hours
    quarters = [rng.randint(20, 40) for _ in range(5)]
    return item("P_d_hours_total", "data", "Hours I worked this week: "
                f"{joined(fmt(q / 4) for q in quarters)}. Total hours?",
                [num(Fraction(sum(quarters), 4))])


def p_d_star_rating(rng: random.Random) -> Item:  # mean of 1–5 star ratings
    stars = [rng.choice([1, 2, 3, 4, 4, 5, 5, 5]) for _ in range(rng.randint(12, 20))]
    return item("P_d_star_rating", "data", f"Reviews for my app so far (stars): "
                f"{joined(stars, ' ')}. What's the average rating?", [num(mean(stars))])


def p_d_dice_mode(rng: random.Random) -> Item:  # most frequent die face
    rolls = [rng.randint(1, 6) for _ in range(rng.randint(15, 24))]
    top = mode(rolls)
    return item("P_d_dice_mode", "data", f"rolled a die a bunch of times: {joined(rolls, ' ')}"
                ". which number came up the most?", [[*lab(["mode", "number"], top),
                f"{top} came up", f"{top} was rolled", f"{top}s"]])


def p_d_winter_median(rng: random.Random) -> Item:  # median with negatives, even count
    temps = rng.sample(range(-15, 8), 8)
    return item("P_d_winter_median", "data", "Overnight lows last week and this (°C): "
                f"{joined(temps)}. What is the median?", [num(med(temps))])


def p_d_cagr(rng: random.Random) -> Item:  # compound annual growth rate
    years = rng.randint(3, 6)
    start = rng.randint(100, 400) * 1000
    end = int(start * rng.uniform(1.2, 2.5))
    rate = ((end / start) ** (1 / years) - 1) * 100
    return item("P_d_cagr", "data", f"Our revenue was ${start:,} in 2019 and, {years} years "
                f"later, ${end:,}. What's the compound annual growth rate?", [pct(rate)])


# --- two statistics at once ----------------------------------------------------------

def p_d_mean_median(rng: random.Random) -> Item:  # mean and median, labelled
    vals = [rng.randint(1, 60) for _ in range(rng.randint(6, 9))]
    a, m = mean(vals), med(vals)
    if round(a, 2) == round(m, 2):
        raise Tie
    return item("P_d_mean_median", "data", f"can you give me the mean and median of "
                f"{joined(vals)}", [lab(["mean", "average"], a), lab(["median"], m)])


def p_d_coldest_warmest(rng: random.Random) -> Item:  # min and max, labelled
    temps = rng.sample(range(-4, 30), rng.randint(7, 10))
    return item("P_d_coldest_warmest", "data", f"temps at 7am all this fortnight: "
                f"{joined(temps)}. lowest and highest?",
                [lab(["lowest", "min", "minimum", "coldest"], min(temps)),
                 lab(["highest", "max", "maximum", "warmest"], max(temps))])


def p_d_bills_sum_mean(rng: random.Random) -> Item:  # total and average of bills
    bills = [rng.randint(4000, 14000) for _ in range(rng.randint(4, 6))]
    total = Fraction(sum(bills), 100)
    return item("P_d_bills_sum_mean", "data", "Electricity bills this year so far: "
                f"{joined(f'${b / 100:.2f}' for b in bills)}. What's the total, and the average "
                "bill?", [lab(["total", "sum"], total),
                          lab(["average", "mean"], total / len(bills))])


def p_d_sd_and_mean(rng: random.Random) -> Item:  # mean and sample sd, labelled
    vals = [rng.randint(150, 200) for _ in range(rng.randint(6, 8))]
    return item("P_d_sd_and_mean", "data", f"Heights of the players in cm: {joined(vals)}. "
                "Give me the mean and the (sample) standard deviation.",
                [lab(["mean", "average"], mean(vals)),
                 lab(["standard deviation", "sd", "std dev", "stdev"], statistics.stdev(vals))])


def p_d_above_average(rng: random.Random) -> Item:  # count above the list's own mean
    sales = [rng.randint(10, 90) for _ in range(rng.randint(8, 12))]
    avg = mean(sales)
    if avg in sales:
        raise Tie
    return item("P_d_above_average", "data", f"Daily coffees sold: {joined(sales)}. How many "
                "days were above the average?",
                [counted(sum(s > avg for s in sales), ["days", "of the days", "out of"])])


def p_d_plot_savings(rng: random.Random) -> Item:  # chart plus the mean it should show
    saved = [rng.randint(50, 600) for _ in range(6)]
    return item("P_d_plot_savings", "data", f"Chart my savings for the last six months "
                f"({joined(saved)}) and tell me how much I saved per month on average.",
                [num(mean(saved))])


def p_d_plot_total(rng: random.Random) -> Item:  # bar chart plus a total
    visits = [rng.randint(100, 999) for _ in range(rng.randint(5, 7))]
    return item("P_d_plot_total", "data", f"make a bar chart of these site visits "
                f"{joined(visits)} and also what's the total", [num(sum(visits))])


def p_d_sleep_mean(rng: random.Random) -> Item:  # mean of decimal hours, chatty
    sleep = [rng.randint(45, 90) for _ in range(7)]
    return item("P_d_sleep_mean", "data", f"ok so my sleep tracker says "
                f"{joined(dec(s) for s in sleep)} hours for the past week, how much am i "
                "sleeping on average", [num(mean([Fraction(s, 10) for s in sleep]))])


def p_d_max_growth(rng: random.Random) -> Item:  # biggest week-on-week rise, as a number
    vals = [rng.randint(100, 300) for _ in range(7)]
    jumps = [b - a for a, b in itertools.pairwise(vals)]
    best = max(jumps)
    if best <= 0 or jumps.count(best) > 1:
        raise Tie
    return item("P_d_max_growth", "data", f"Weekly orders: {joined(vals)}. What was the "
                "largest increase from one week to the next?", [num(best)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_d_kid_scores, p_d_rent_median, p_d_commute_range, p_d_steps_week, p_d_shoe_mode,
    p_d_lab_sample_sd, p_d_pop_sd, p_d_sample_var, p_d_count_list, p_d_hot_days,
    p_d_sub_growth, p_d_weight_trend, p_d_followers_trend, p_d_weekly_slope, p_d_study_corr,
    p_d_price_corr, p_d_grocery_avg, p_d_race_median, p_d_judges_trim, p_d_quotes_spread,
    p_d_hours_total, p_d_star_rating, p_d_dice_mode, p_d_winter_median, p_d_cagr,
    p_d_mean_median, p_d_coldest_warmest, p_d_bills_sum_mean, p_d_sd_and_mean,
    p_d_above_average, p_d_plot_savings, p_d_plot_total, p_d_sleep_mean, p_d_max_growth)]
