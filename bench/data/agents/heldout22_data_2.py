"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 2: CSV columns, extremes
with their row, medians, counts above or below a threshold."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout22_data import (
    ALL,
    CTX,
    F,
    count_forms,
    csvq,
    dp,
    fam,
    forms,
    label_forms,
    labels,
    present,
    show,
    table,
    values,
)
from bench.data.agents.helpers import Family

OPS = {">": ["above {t}", "over {t}", "more than {t}", "higher than {t}"],
       ">=": ["at least {t}", "{t} or more", "{t} or higher"],
       "<": ["below {t}", "under {t}", "less than {t}", "lower than {t}"],
       "<=": ["at most {t}", "{t} or less", "{t} or fewer"]}
TEST = {">": lambda a, b: a > b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b}


def threshold(rng: random.Random, key: str, vals: list[Fraction]) -> Fraction:
    scale = CTX[key][5]
    lo, hi = min(vals), max(vals)
    step = {1: 10 if hi > 200 else 1, 10: 5, 100: 100}[scale]
    span = int((hi - lo) * scale)
    t = F(int(lo * scale) + rng.randint(span // 10, max(span // 10, 9 * span // 10)), scale)
    if step > 1 and scale == 1:
        t = F(int(t) // step * step)
    if scale == 100:
        t = F(int(t))
    return t


def count(name: str, keys: list[str], ops: list[str], tpls: list[str], use_csv: bool = False,
          n: tuple[int, int] = (8, 16), share: bool = False) -> Family:
    """How many values pass a threshold (or what share of them do)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key, op = rng.choice(keys), rng.choice(ops)
        labs, vals, csv = table(rng, key, rng.randint(*n))
        k = len(vals)
        t = threshold(rng, key, vals)
        hits = sum(TEST[op](v, t) for v in vals)
        if hits in (0, k):
            return None
        shown_t = show(t, CTX[key][5]) if CTX[key][5] != 100 else str(int(t))
        cond = rng.choice(OPS[op]).format(t=shown_t)
        data = "" if use_csv else present(rng, rng.choice(["list", "lines", "table"]), key,
                                          labs, vals)
        noun, unit, _, _, _, _, col, lab = CTX[key]
        text = rng.choice(tpls).format(c=cond, d=data, noun=noun, unit=unit, col=col, lab=lab)
        if share:
            got = forms(F(hits * 100, k), 1)
            if got is None:
                return None
            req = [got]
        else:
            req = [count_forms(hits)]
        return text, req, ({"csv": csv} if use_csv else {})
    return make


def pct_change(name: str, keys: list[str], tpls: list[str], mode: str = "firstlast",
               use_csv: bool = False, places: int = 1, n: tuple[int, int] = (5, 10)) -> Family:
    """Percent change first→last or between two named rows (accepted without its sign too)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys)
        labs, vals, csv = table(rng, key, rng.randint(*n))
        k = len(vals)
        i, j = (0, k - 1) if mode == "firstlast" else sorted(rng.sample(range(k), 2))
        x = (vals[j] - vals[i]) / vals[i] * 100
        got = forms(abs(x), places)
        if got is None or x == 0:
            return None
        data = "" if use_csv else present(rng, rng.choice(["lines", "table", "inline"]), key,
                                          labs, vals)
        noun, unit, _, _, _, _, col, lab = CTX[key]
        text = rng.choice(tpls).format(d=data, a=labs[i], b=labs[j], noun=noun, unit=unit,
                                       col=col, lab=lab, r=["", "1 decimal", "2 decimals"][places])
        return text, [got], ({"csv": csv} if use_csv else {})
    return make


def mode_family(name: str, tpls: list[str], use_csv: bool) -> Family:
    """The most common value, built so that exactly one value repeats most."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["temp", "scores", "commute", "rain"])
        k = rng.randint(7, 12)
        if CTX[key][2] == "months":
            k = min(k, 12)
        labs = labels(rng, CTX[key][2], k)
        vals = values(rng, key, k)
        top = vals[0]
        for pos in rng.sample(range(1, k), rng.randint(2, 3)):
            vals[pos] = top
        rng.shuffle(vals)
        counts = sorted((vals.count(v) for v in set(vals)), reverse=True)
        if counts[0] == counts[1]:
            return None
        noun, _unit, _, _, _, _, col, lab = CTX[key]
        if use_csv:
            from bench.data.agents.heldout22_data import csv_text
            csv = csv_text(rng, [lab, col], [[a, show(v)] for a, v in zip(labs, vals,
                                                                          strict=True)])
            return rng.choice(tpls).format(col=col, noun=noun), [forms(top, 0)], {"csv": csv}
        return None
    return make


CSV_KEYS = ALL
FAMS2 = [
    csvq("csv_mean_column", "mean", CSV_KEYS, [
        "What's the average {col} in the attached file? {r}",
        "Attached is my data. Mean of {col}, {r}?",
        "can you give me the average of the {col} column in this csv ({r})"], places=2),
    csvq("csv_total_column", "sum", CSV_KEYS, [
        "Total of the {col} column in this CSV?",
        "sum up {col} in the file pls",
        "What do the {col} values add up to?"]),
    csvq("csv_max_which", "max", CSV_KEYS, [
        "Which {lab} had the highest {col}, and what was it?",
        "In the attached csv, what's the max {col} and which {lab} was it?",
        "find the peak {col} in this file — give the value and the {lab}"], which=True),
    csvq("csv_min_which", "min", CSV_KEYS, [
        "Which {lab} has the lowest {col} in the file? Tell me the value too.",
        "What was the minimum {col} and on which {lab}?",
        "lowest {col} + which {lab}?"], which=True),
    csvq("csv_max_only", "max", CSV_KEYS, [
        "What's the largest value in the {col} column?",
        "highest {col} in the attached data?"]),
    csvq("csv_min_only", "min", CSV_KEYS, [
        "Smallest {col} in this spreadsheet?",
        "What's the minimum of {col}?"]),
    csvq("csv_median_column", "median", CSV_KEYS, [
        "Median {col} in the attached CSV?",
        "what is the median of the {col} column",
        "Can you work out the median {noun} from this file?"], places=2),
    csvq("csv_range_column", "range", CSV_KEYS, [
        "What's the range of {col} (highest minus lowest) in the file?",
        "How far apart are the biggest and smallest {col} values in this csv?"], places=2),
    csvq("csv_sd_sample", "sd_s", CSV_KEYS, [
        "Sample standard deviation of {col} in the attached file, {r}.",
        "how spread out is {col}? give me the sample std dev ({r})"], places=2),
    csvq("csv_sd_population", "sd_p", CSV_KEYS, [
        "Population standard deviation of the {col} column, {r}?",
        "Treat the rows as the whole population: what is the SD of {col}? {r}"], places=2),
    csvq("csv_plot_mean", "mean", CSV_KEYS, [
        "Plot {col} from this CSV and tell me its average ({r}).",
        "chart the {col} column for me + the mean, {r}"], places=2, chart=True),
    csvq("csv_plot_max", "max", CSV_KEYS, [
        "Make a chart of {col} by {lab} and tell me which {lab} was highest and the value.",
        "graph this file pls and point out the top {col} ({lab} and value)"],
        which=True, chart=True),
    csvq("csv_mean_whole", "mean", ["steps", "visits", "sales", "kwh"], [
        "On average, how many {unit} per {lab}? {r}",
        "What's my average {col} per {lab} in the attachment? {r}"], places=0),
    mode_family("csv_mode_column", [
        "What's the most common {col} value in the attached csv?",
        "mode of the {col} column?",
        "Which {col} shows up most often in this file?"], use_csv=True),
    count("count_above_text", ALL, [">"], [
        "How many of these are {c}?\n{d}",
        "{d}\nhow many values {c}?",
        "Count the {noun} {c}: {d}"]),
    count("count_below_text", ALL, ["<"], [
        "{d}\nHow many entries are {c}?",
        "how many of my {noun} were {c} {unit}? {d}"]),
    count("count_atleast_csv", ALL, [">="], [
        "In the attached file, how many rows have {col} {c}?",
        "How many {lab}s had {col} {c}?"], use_csv=True),
    count("count_atmost_csv", ALL, ["<="], [
        "Count the rows where {col} is {c}.",
        "how many {lab}s with {col} {c}? (file attached)"], use_csv=True),
    count("count_days_above_temp", ["temp", "temp1"], [">", ">="], [
        "How many days were {c} degrees?\n{d}",
        "{d}\nNumber of days with a high {c} °C?"], n=(7, 14)),
    count("count_csv_above", ALL, [">", "<"], [
        "How many {lab}s in this csv have {col} {c}?",
        "Filter the file to {col} {c} — how many rows are left?"], use_csv=True),
    count("share_above_pct", ALL, [">", ">="], [
        "What percentage of these values are {c}? 1 decimal.\n{d}",
        "{d}\nWhat % of the {noun} were {c}? (1 dp)"], share=True, n=(6, 12)),
    count("share_csv_pct", ALL, ["<", "<="], [
        "What share of rows in the file have {col} {c}? Give a percent to 1 decimal.",
        "Percentage of {lab}s with {col} {c}, one decimal place?"], share=True, use_csv=True),
    pct_change("pct_first_last_text", ALL, [
        "{d}\nWhat's the percent change from the first to the last value? {r}",
        "By what percentage did it change from {a} to {b}? {r}\n{d}"], places=1),
    pct_change("pct_first_last_csv", ALL, [
        "What's the % change in {col} from the first row to the last row? {r}",
        "percentage change of {col} from {a} to {b} in the file, {r}"],
        use_csv=True, places=2),
    pct_change("pct_between_rows_text", ALL, [
        "{d}\nHow much did it change in percent between {a} and {b}? {r}",
        "What's the percent change going from {a} to {b}? {r}\n{d}"],
        mode="rows", places=1),
    pct_change("pct_between_rows_csv", ALL, [
        "Percent change in {col} between {a} and {b}? {r}",
        "from {a} to {b}, how much did {col} change in %? {r}"],
        mode="rows", use_csv=True, places=2),
    pct_change("pct_sales_growth", ["sales", "visits"], [
        "Our {noun} went like this:\n{d}\nWhat was the overall growth from {a} to {b} in "
        "percent? {r}",
        "Growth rate {a}→{b}? {r}\n{d}"], places=1),
]
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in FAMS2]
_ = (dp, label_forms)
