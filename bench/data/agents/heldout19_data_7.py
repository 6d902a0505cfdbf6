"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 7: column sums, row
counts, standard deviations and variances, mean with median, spread measures and charts."""

from __future__ import annotations

import random

from bench.data.agents.heldout19_data import (
    CTX,
    PLOTS,
    D,
    F,
    Made,
    fam,
    mean,
    med,
    num,
    pick,
    pvar,
    root,
    s,
    svar,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def sum_csv_column(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sales", "kwh", "rain", "spend", "visits"]), rng.randint(6, 24))
    text = pick(rng, f"What's the total {d.col} in this file?", f"sum of {d.col}?",
                f"Add up the {d.col} column for me")
    return text, [num(sum(d.vals, F(0)), d.dec)], {"csv": d.csv()}


@fam
def count_rows_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["commute", "visits", "temp", "steps"]), rng.randint(8, 30),
          kind="date")
    text = pick(rng, "How many rows of data are in this csv (not counting the header)?",
                "how many days are logged in this file?", "Count the entries in the attached file.")
    return text, [[str(len(d.vals))]], {"csv": d.csv()}


@fam
def sample_sd_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 10), 10, 90)
    text = pick(rng, f"sample standard deviation of {', '.join(s(x) for x in xs)}? 2dp",
                f"Can you work out the standard deviation (sample, n-1) of these: "
                f"{' '.join(s(x) for x in xs)} - round to 2 decimals")
    return text, [num(root(svar(xs)))]


@fam
def population_sd_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 20))
    text = pick(rng, f"Population standard deviation of {d.col}, 2 decimals?",
                f"what's the SD of the {d.col} column? treat it as the whole population, "
                "round to 2 dp")
    return text, [num(root(pvar(d.vals)))], {"csv": d.csv()}


@fam
def sample_variance_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 9), 1, 30)
    text = pick(rng, f"what's the sample variance of {', '.join(s(x) for x in xs)} (2 dp)",
                f"Variance (sample) for: {' '.join(s(x) for x in xs)}. Round to two decimals.")
    return text, [num(svar(xs))]


@fam
def population_variance_lines(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "hr", "commute"]), rng.randint(5, 8),
          kind=rng.choice(["name", "day"]))
    text = pick(rng, f"{d.lines()}\nPopulation variance of these? 2 decimals",
                f"Work out the population variance, to 2 d.p.:\n{d.lines(' = ')}")
    return text, [num(pvar(d.vals))]


@fam
def sd_pasted_table(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["temp", "sleep", "weight"]), rng.randint(6, 10))
    kind = rng.choice(["sample", "population"])
    v = svar(d.vals) if kind == "sample" else pvar(d.vals)
    text = f"{d.table()}\n\nstd dev of {d.col} ({kind}), 2 decimals?"
    return text, [num(root(v))]


@fam
def mean_and_median_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.choice([6, 8, 10]), 20, 300)
    m, md = mean(xs), med(xs)
    if md.denominator == 1:
        return None
    text = pick(rng, f"mean and median of {', '.join(s(x) for x in xs)}? (2 dp)",
                f"Give me both the average and the median for: {' '.join(s(x) for x in xs)}, "
                "two decimals")
    return text, [num(m), num(md)]


@fam
def min_and_max_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 25))
    text = pick(rng, f"What are the min and max of {d.col}?",
                f"lowest and highest {d.col} in this file?")
    return text, [num(min(d.vals), d.dec), num(max(d.vals), d.dec)], {"csv": d.csv()}


@fam
def mean_absolute_deviation(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 9), 1, 50)
    m = mean(xs)
    mad = sum((abs(x - m) for x in xs), F(0)) / len(xs)
    text = pick(rng, "mean absolute deviation (around the mean) of "
                f"{', '.join(s(x) for x in xs)}? 2 dp",
                "What's the MAD - average distance from the mean - for "
                f"{' '.join(s(x) for x in xs)}? "
                "Round to two decimals.")
    return text, [num(mad)]


@fam
def coefficient_of_variation_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["sales", "steps", "kwh", "visits"]), rng.randint(8, 20))
    cv = root(pvar(d.vals)) / float(mean(d.vals)) * 100
    text = pick(rng, f"What's the coefficient of variation of {d.col} in %? Use the population SD, "
                "1 decimal.",
                f"CV of {d.col} (population sd / mean, as a percent, 1 dp)?")
    return text, [num(cv, 1)], {"csv": d.csv()}


@fam
def trimmed_mean_judges(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 8), 5, 10, 1, distinct=True)
    kept = sorted(xs)[1:-1]
    text = pick(rng, f"Judges gave {', '.join(s(x, 1) for x in xs)}. Drop the highest and lowest "
                "and average the rest - 2 decimals?",
                f"scores: {' '.join(s(x, 1) for x in xs)}. average without the top and bottom "
                "score, to 2dp")
    return text, [num(mean(kept))]


@fam
def second_highest_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["score", "sales", "price", "kwh"]), rng.randint(6, 12), distinct=True)
    second = sorted(d.vals)[-2]
    text = pick(rng, f"Which {d.lab} came second in {d.col}? Just the name.",
                f"which {d.lab} has the 2nd highest {d.col}?")
    return text, [[d.labels[d.vals.index(second)]]], {"csv": d.csv()}


@fam
def mean_last_week_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "commute", "visits", "temp"]), rng.randint(14, 30), kind="date")
    k = rng.choice([5, 7, 10])
    text = pick(rng, f"Average {d.col} over the last {k} rows of this log? 2 decimals",
                f"what's the mean {d.col} for the most recent {k} days? round 2dp")
    return text, [num(mean(d.vals[-k:]))], {"csv": d.csv()}


@fam
def plot_and_mean_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(6, 20))
    text = pick(rng, f"Plot {d.col} over {d.lab} and tell me the average (2 dp).",
                f"can you chart this and give me the mean {d.col}? 2 decimals",
                f"Make a line chart of the {d.col} column, and what's its average to 2 d.p.?")
    return text, [PLOTS, num(mean(d.vals))], {"csv": d.csv()}


@fam
def plot_and_median_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.choice([6, 8, 10]), 5, 95)
    m = med(xs)
    if m.denominator == 1:
        return None
    text = pick(rng, f"plot these and tell me the median: {', '.join(s(x) for x in xs)}",
                f"Could you draw a quick chart of {' '.join(s(x) for x in xs)} and tell me the "
                "median?")
    return text, [PLOTS, num(m, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sum_csv_column, count_rows_csv, sample_sd_list, population_sd_csv, sample_variance_list,
    population_variance_lines, sd_pasted_table, mean_and_median_list, min_and_max_csv,
    mean_absolute_deviation, coefficient_of_variation_csv, trimmed_mean_judges,
    second_highest_csv, mean_last_week_csv, plot_and_mean_csv, plot_and_median_list)]
