"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 1: shared builders,
means, sums, ranges and spreads of pasted numbers."""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.helpers import Family, fresh, item

F = Fraction
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NAMES = ["Ana", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Isla", "Jonas",
         "Kira", "Leo", "Maya", "Nina", "Omar", "Priya", "Quinn", "Rosa"]
PRODUCTS = ["Widget", "Gadget", "Lamp", "Mug", "Poster", "Candle", "Notebook", "Backpack",
            "Scarf", "Kettle", "Blender", "Pillow"]
REGIONS = ["North", "South", "East", "West", "Central"]
CITIES = ["Lisbon", "Oslo", "Denver", "Perth", "Osaka", "Leeds", "Austin", "Dublin"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve"]
PLOTS = PLOT

# key: noun, unit, label kind, low, high, scale (value = int / scale), column, label column
CTX: dict[str, tuple[str, str, str, int, int, int, str, str]] = {
    "temp": ("daily high temperatures", "°C", "days", 8, 34, 1, "high_c", "day"),
    "temp1": ("temperature readings", "°C", "dates", 105, 295, 10, "temp_c", "date"),
    "steps": ("step counts", "steps", "days", 2500, 16000, 1, "steps", "day"),
    "sales": ("monthly sales", "dollars", "months", 1200, 9800, 1, "sales", "month"),
    "scores": ("test scores", "points", "names", 48, 100, 1, "score", "student"),
    "rain": ("monthly rainfall totals", "mm", "months", 3, 140, 1, "rain_mm", "month"),
    "weight": ("weekly weigh-ins", "kg", "weeks", 680, 920, 10, "weight_kg", "week"),
    "commute": ("commute times", "minutes", "days", 15, 60, 1, "minutes", "day"),
    "kwh": ("electricity readings", "kWh", "months", 180, 520, 1, "kwh", "month"),
    "visits": ("daily website visitors", "visits", "dates", 120, 990, 1, "visitors", "date"),
    "sleep": ("hours of sleep", "hours", "days", 50, 95, 10, "sleep_h", "night"),
    "prices": ("product prices", "dollars", "products", 199, 4999, 100, "price", "product"),
    "runs": ("run distances", "km", "dates", 30, 150, 10, "km", "date"),
}
ALL = list(CTX)
RP = {0: ["round to the nearest whole number", "nearest whole number please",
          "rounded to a whole number"],
      1: ["round to 1 decimal", "one decimal place", "to 1 dp", "1 decimal place pls"],
      2: ["round to 2 decimals", "2 decimal places", "to two decimal places", "2 dp please"]}


def labels(rng: random.Random, kind: str, n: int) -> list[str]:
    if kind == "days" and n <= 7:
        start = rng.randrange(7)
        return [WEEK[(start + i) % 7] for i in range(n)]
    if kind in ("days", "dates"):
        month, day = rng.randint(1, 11), rng.randint(1, 12)
        return [f"2026-{month:02d}-{day + i:02d}" for i in range(n)]
    if kind == "months":
        start = rng.randint(0, 12 - n) if n <= 12 else 0
        return MONTHS[start:start + n]
    if kind == "names":
        return rng.sample(NAMES, n)
    if kind == "products":
        return rng.sample(PRODUCTS, n)
    if kind == "regions":
        return rng.sample(REGIONS, n)
    return [f"Week {i + 1}" for i in range(n)]


def values(rng: random.Random, key: str, n: int) -> list[Fraction]:
    _, _, _, low, high, scale, _, _ = CTX[key]
    return [F(rng.randint(low, high), scale) for _ in range(n)]


def show(v: Fraction, scale: int = 1) -> str:
    digits = {1: 0, 10: 1, 100: 2}[scale]
    return f"{float(v):.{digits}f}"


def dp(key: str) -> int:
    return {1: 0, 10: 1, 100: 2}[CTX[key][5]]


def present(rng: random.Random, style: str, key: str, labs: list[str],
            vals: list[Fraction]) -> str:
    scale, col, lab = CTX[key][5], CTX[key][6], CTX[key][7]
    shown = [show(v, scale) for v in vals]
    if style == "any":
        style = rng.choice(["list", "lines", "table", "inline"])
    if style == "list":
        sep = rng.choice([", ", " ", "; ", "\n"])
        return sep.join(shown)
    if style == "lines":
        sep = rng.choice([": ", " - ", " = "])
        return "\n".join(f"{a}{sep}{b}" for a, b in zip(labs, shown, strict=True))
    if style == "table":
        sep = rng.choice([" | ", "\t", ", "])
        rows = [f"{lab}{sep}{col}"] + [f"{a}{sep}{b}" for a, b in zip(labs, shown, strict=True)]
        return "\n".join(rows)
    return ", ".join(f"{a}: {b}" for a, b in zip(labs, shown, strict=True))


def csv_text(rng: random.Random, header: list[str], rows: list[list[Any]]) -> str:
    sep = rng.choice([",", ",", "\t"])
    return "\n".join(sep.join(str(c) for c in row) for row in [header, *rows]) + "\n"


def cap(key: str, n: int) -> int:
    return min(n, {"months": 12, "products": 12, "names": 18}.get(CTX[key][2], 30))


def table(rng: random.Random, key: str, n: int) -> tuple[list[str], list[Fraction], str]:
    n = cap(key, n)
    labs = labels(rng, CTX[key][2], n)
    vals = values(rng, key, n)
    rows = [[a, show(v, CTX[key][5])] for a, v in zip(labs, vals, strict=True)]
    return labs, vals, csv_text(rng, [CTX[key][7], CTX[key][6]], rows)


def forms(x: Fraction | float, places: int = 2) -> list[str] | None:
    """Accepted forms of x rounded half away from zero; None when x sits near a tie."""
    q = x if isinstance(x, Fraction) else F(x)
    scaled = abs(q) * 10**places
    if abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 10**4):
        return None
    units = math.floor(scaled + F(1, 2))
    if units == 0 and q < 0:
        return None
    v = F(units if q >= 0 else -units, 10**places)
    out = []
    for comma in (",", ""):
        fixed = f"{float(v):{comma}.{places}f}"
        out.append(fixed)
        if "." in fixed:
            out.append(fixed.rstrip("0").rstrip("."))
        if v.denominator == 1:
            out += [f"{int(v):{comma}d}.0", f"{int(v):{comma}d}.00"]
    return list(dict.fromkeys(out))


def count_forms(n: int) -> list[str]:
    """Digits, plus the word where the word cannot hide inside a common longer word."""
    safe = n < len(WORDS) and n not in (1, 8, 10)
    return [str(n)] + ([WORDS[n]] if safe else [])


def label_forms(label: str) -> list[str]:
    if label[:4] == "2026" and len(label) == 10:
        month, day = MONTHS[int(label[5:7]) - 1], int(label[8:])
        return [label, f"{month} {day}", f"{day} {month}", f"{month[:3]} {day}",
                f"{day} {month[:3]}", f"{int(label[5:7])}/{day}"]
    return [label]


def mean(v: list[Fraction]) -> Fraction:
    return F(sum(v), len(v))


def var_s(v: list[Fraction]) -> Fraction:
    m = mean(v)
    return F(sum((x - m) ** 2 for x in v), len(v) - 1)


def var_p(v: list[Fraction]) -> Fraction:
    m = mean(v)
    return F(sum((x - m) ** 2 for x in v), len(v))


STAT: dict[str, Callable[[list[Fraction]], Fraction | float]] = {
    "mean": mean, "sum": lambda v: F(sum(v)), "median": lambda v: F(statistics.median(v)),
    "max": max, "min": min, "range": lambda v: max(v) - min(v),
    "var_s": var_s, "var_p": var_p, "sd_s": lambda v: math.sqrt(var_s(v)),
    "sd_p": lambda v: math.sqrt(var_p(v)),
}


def fam(name: str) -> Callable[[Callable[[random.Random], Any]], Family]:
    def wrap(make: Callable[[random.Random], Any]) -> Family:
        def draw(rng: random.Random) -> dict[str, Any]:
            while True:
                got = make(rng)
                if got:
                    break
            text, req, *extra = got
            return item(f"A_d_{name}", "data", text, req, **(extra[0] if extra else {}))
        draw.__name__ = name
        return fresh(draw)
    return wrap


def fill(tpl: str, rng: random.Random, key: str, places: int, **kw: Any) -> str:
    noun, unit, _, _, _, _, col, lab = CTX[key]
    return tpl.format(noun=noun, unit=unit, col=col, lab=lab, r=rng.choice(RP[places]), **kw)


def simple(name: str, stat: str, keys: list[str], styles: list[str], tpls: list[str],
           places: int = 2, n: tuple[int, int] = (6, 10), chart: bool = False) -> Family:
    """A statistic of numbers pasted in the message."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys)
        k = cap(key, rng.randint(*n))
        if stat == "median":
            k += k % 2
        labs, vals = labels(rng, CTX[key][2], k), values(rng, key, k)
        got = forms(STAT[stat](vals), places)
        if got is None:
            return None
        data = present(rng, rng.choice(styles), key, labs, vals)
        text = fill(rng.choice(tpls), rng, key, places, d=data)
        return text, [got] + ([PLOTS] if chart else [])
    return make


def csvq(name: str, stat: str, keys: list[str], tpls: list[str], places: int | None = None,
         n: tuple[int, int] = (6, 14), which: bool = False, chart: bool = False) -> Family:
    """A statistic of one column of an attached CSV; which=True also asks for the row."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys)
        labs, vals, csv = table(rng, key, rng.randint(*n))
        x = STAT[stat](vals)
        p = dp(key) if places is None else places
        got = forms(x, p)
        if got is None or (which and vals.count(x) != 1):
            return None
        req = [got]
        if which:
            req.append(label_forms(labs[vals.index(x)]))
        if chart:
            req.append(PLOTS)
        return fill(rng.choice(tpls), rng, key, p), req, {"csv": csv}
    return make


TXT = ["list", "lines", "table", "inline"]

FAMS1 = [
    simple("mean_list_plain", "mean", ALL, ["list"], [
        "whats the average of these: {d}\n({r})",
        "Average of the following numbers please, {r}: {d}",
        "can u find the mean? {d} — {r}"]),
    simple("mean_lines_noun", "mean", ALL, ["lines"], [
        "Here are my {noun} ({unit}):\n{d}\nWhat's the mean? {r}.",
        "{d}\n\nthose are my {noun} in {unit}. average? {r}"]),
    simple("mean_table_pasted", "mean", ALL, ["table"], [
        "I pasted a little table below. What is the mean of the {col} column? {r}\n\n{d}",
        "{d}\nMean {col}, {r} please"]),
    simple("mean_inline_week", "mean", ["temp", "steps", "commute", "sleep"], ["inline"], [
        "My {noun} this week: {d}. What was my average? {r}",
        "{d} — those are {noun} for the week. Average per day? {r}"], n=(5, 7)),
    simple("sum_list_total", "sum", ALL, ["list"], [
        "add these up for me: {d}",
        "What's the total of {d}?",
        "sum please:\n{d}"]),
    simple("sum_lines_month", "sum", ["sales", "rain", "kwh"], ["lines", "table"], [
        "{d}\nWhat's the total for the whole period?",
        "Total {noun} across all these months?\n{d}",
        "Here are the {noun} ({unit}):\n{d}\nHow much altogether?"]),
    simple("sum_steps_week", "sum", ["steps"], ["inline", "lines"], [
        "how many steps did I do in total this week? {d}",
        "Step log: {d}. Weekly total?"], n=(5, 7)),
    simple("range_list", "range", ALL, ["list", "inline"], [
        "What's the range (max minus min) of these values? {d}",
        "range of: {d}",
        "Difference between the highest and lowest number here: {d}"], places=2),
    simple("range_temps", "range", ["temp", "temp1"], ["lines", "inline"], [
        "How big was the temperature swing (highest minus lowest) over these days?\n{d}",
        "{d}\nWhat's the range of these temps in °C?"], places=1),
    simple("sd_sample_list", "sd_s", ALL, ["list"], [
        "Sample standard deviation of {d}? {r}",
        "compute the sample SD for these numbers, {r}: {d}",
        "I need the standard deviation (sample, n-1) of: {d}. {r}"]),
    simple("sd_pop_lines", "sd_p", ALL, ["lines", "table"], [
        "{d}\nWhat's the population standard deviation of the {noun}? {r}",
        "Treat this as the whole population: {d}\nStandard deviation? {r}"]),
    simple("var_sample", "var_s", ALL, ["list", "inline"], [
        "what's the sample variance of {d}? {r}",
        "Sample variance (divide by n-1) for {d}, {r}"]),
    simple("var_pop", "var_p", ALL, ["list", "lines"], [
        "Population variance of these numbers please ({r}): {d}",
        "{d}\npopulation variance? {r}"]),
    simple("median_even_list", "median", ALL, ["list"], [
        "What's the median of {d}?",
        "median of these pls: {d}",
        "Find the median value: {d}"], places=2, n=(6, 11)),
    simple("median_lines", "median", ALL, ["lines", "table"], [
        "{d}\nWhat's the median of my {noun}?",
        "Could you tell me the median here?\n{d}"], places=2, n=(6, 11)),
    simple("mean_nearest_whole", "mean", ["steps", "visits", "sales", "kwh"], TXT, [
        "{d}\nAverage? {r}.",
        "Give me the mean of these {noun}, {r}:\n{d}"], places=0),
    simple("mean_one_dp", "mean", ["temp", "temp1", "weight", "sleep", "runs"], TXT, [
        "{d}\nWhat's the average, {r}?",
        "Mean of my {noun}? {r}\n{d}"], places=1),
    simple("plot_and_mean", "mean", ALL, ["lines", "table"], [
        "Plot these {noun} and tell me the average ({r}):\n{d}",
        "{d}\ncan you chart this and give me the mean? {r}",
        "Make a line chart of the data below and also tell me the mean, {r}.\n{d}"],
        chart=True),
    simple("plot_and_total", "sum", ["sales", "rain", "kwh", "steps"], ["lines", "inline"], [
        "Draw a bar chart of these {noun} and tell me the total:\n{d}",
        "{d}\nplot it pls, and what's the sum?"], chart=True),
    simple("sd_sample_weights", "sd_s", ["weight", "sleep", "runs"], ["lines"], [
        "{d}\nHow much do my {noun} vary? Give the sample standard deviation, {r}.",
        "Sample std dev of my {noun} ({unit}) please, {r}:\n{d}"]),
    simple("average_words_intro", "mean", ["scores"], ["lines", "inline"], [
        "My class got these scores on the quiz:\n{d}\nwhat's the class average? {r}",
        "Scores — {d}. Class mean, {r}?"], n=(8, 14)),
]
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in FAMS1]
