"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 1: shared data helpers,
averages, medians, modes, extremes and which row holds them, ranges and sums."""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT, forms, tie
from bench.data.agents.helpers import Family, fresh, item

F = Fraction
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NAMES = ["Ana", "Ben", "Chloe", "Dev", "Emma", "Finn", "Grace", "Hugo", "Ivy", "Jonas",
         "Kiara", "Liam", "Maya", "Nico", "Olga", "Priya", "Quinn", "Rosa", "Theo", "Zoe"]
PRODUCTS = ["Latte", "Muffin", "Bagel", "Smoothie", "Croissant", "Sandwich", "Cookie",
            "Brownie", "Wrap", "Salad"]
REGIONS = ["North", "South", "East", "West", "Central"]
CITIES = ["Lisbon", "Oslo", "Denver", "Austin", "Dublin", "Perth", "Milan", "Quito", "Cairo"]
PLOTS = PLOT
# label kind, value column, what it is, unit, low, high, decimals
CTX: dict[str, tuple[str, str, str, str, float, float, int]] = {
    "temp": ("day", "temp_c", "daily high temperatures", "°C", 4, 34, 1),
    "steps": ("day", "steps", "step counts", "steps", 2500, 16000, 0),
    "sales": ("month", "sales", "monthly sales", "$", 1500, 9800, 0),
    "score": ("name", "score", "test scores", "points", 42, 100, 0),
    "sleep": ("day", "sleep_hours", "hours of sleep", "hours", 4.5, 9.5, 1),
    "kwh": ("month", "kwh", "electricity use", "kWh", 140, 620, 0),
    "commute": ("date", "minutes", "commute times", "minutes", 12, 75, 0),
    "weight": ("week", "weight_kg", "weekly weigh-ins", "kg", 58, 96, 1),
    "rain": ("month", "rain_mm", "monthly rainfall", "mm", 4, 190, 1),
    "visits": ("date", "visitors", "daily website visitors", "visitors", 150, 2600, 0),
    "price": ("product", "price", "menu prices", "$", 2, 14, 2),
    "hr": ("day", "resting_hr", "resting heart rate readings", "bpm", 52, 79, 0),
    "spend": ("month", "spent", "grocery spending", "$", 180, 720, 2),
}
WORDY = ["temp", "steps", "sales", "score", "sleep", "kwh", "rain", "price", "hr", "spend"]
Made = tuple[Any, ...] | None


class Redraw(Exception):
    """Raised by a family when the drawn numbers give an ambiguous answer."""


def num(x: Fraction | float, places: int = 2) -> list[str]:
    """Accepted forms of a value rounded to ``places`` decimals; redraws near a tie."""
    if isinstance(x, float):
        scaled = abs(x) * 10 ** places
        if abs(scaled - math.floor(scaled) - 0.5) < 1e-6:
            raise Redraw
        x = F(x)
    elif tie(x, places):
        raise Redraw
    return forms(x, places)


def signed(x: Fraction | float, places: int = 2) -> list[str]:
    out = num(x, places)
    return out + [a.replace("-", "−") for a in out if a.startswith("-")]


def ordinal(n: int) -> list[str]:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth"]
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    out = [f"{n}{suf}", f"#{n}", f"rank {n}", f"ranked {n}", f"position {n}", f"number {n}"]
    return out + ([words[n - 1]] if n <= len(words) else [])


def fam(fn: Callable[[random.Random], Made]) -> Family:
    name = "C_d_" + fn.__name__

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            try:
                out = fn(rng)
            except (Redraw, ZeroDivisionError, statistics.StatisticsError):
                continue
            if out is None:
                continue
            text, req, *rest = out
            extra = rest[0] if rest else {}
            return item(name, "data", text, req, **extra)
    make.__name__ = fn.__name__
    return fresh(make)


def s(v: Fraction | float, dec: int = 0) -> str:
    return f"{float(v):.{dec}f}"


def vals(rng: random.Random, n: int, lo: float, hi: float, dec: int = 0,
         distinct: bool = False) -> list[Fraction]:
    scale = 10 ** dec
    while True:
        out = [F(rng.randint(round(lo * scale), round(hi * scale)), scale) for _ in range(n)]
        if not distinct or len(set(out)) == n:
            return out


def labels(rng: random.Random, kind: str, n: int) -> list[str]:
    if kind == "day" and n <= 7:
        return DAYS[:n]
    if kind in ("day", "date"):
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
        return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]
    if kind == "month":
        start = rng.randint(0, 12 - n) if n <= 12 else 0
        return MONTHS[start:start + n]
    if kind == "week":
        return [f"Week {i + 1}" for i in range(n)]
    if kind == "year":
        end = rng.randint(2021, 2025)
        return [str(end - n + 1 + i) for i in range(n)]
    pool = {"name": NAMES, "product": PRODUCTS, "city": CITIES, "region": REGIONS}[kind]
    return rng.sample(pool, min(n, len(pool)))


class D:
    def __init__(self, rng: random.Random, key: str, n: int, distinct: bool = False,
                 kind: str | None = None) -> None:
        k, self.col, self.noun, self.unit, lo, hi, self.dec = CTX[key]
        self.kind = kind or k
        self.lab = {"name": "student" if key == "score" else "name", "product": "item",
                    "date": "date", "day": "day"}.get(self.kind, self.kind)
        self.labels = labels(rng, self.kind, n)
        self.vals = vals(rng, len(self.labels), lo, hi, self.dec, distinct)
        if key in ("weight", "temp"):
            self.walk(rng, lo, hi, 1.5 if key == "weight" else 4.0, distinct)

    def walk(self, rng: random.Random, lo: float, hi: float, step: float,
             distinct: bool) -> None:
        """Day-to-day values that drift (weigh-ins, daily highs) rather than jump at random."""
        scale = 10 ** self.dec
        while True:
            x = self.vals[0]
            out = [x]
            for _ in self.vals[1:]:
                x += F(rng.randint(-round(step * scale), round(step * scale)), scale)
                x = min(max(x, F(lo)), F(hi))
                out.append(x)
            if not distinct or len(set(out)) == len(out):
                self.vals = out
                return

    def strs(self) -> list[str]:
        return [s(v, self.dec) for v in self.vals]

    def inline(self, sep: str = ", ") -> str:
        return sep.join(self.strs())

    def lines(self, sep: str = ": ") -> str:
        return "\n".join(f"{lab}{sep}{v}" for lab, v in zip(self.labels, self.strs(), strict=True))

    def csv(self, sep: str = ",") -> str:
        rows = [f"{lab}{sep}{v}" for lab, v in zip(self.labels, self.strs(), strict=True)]
        return "\n".join([f"{self.lab}{sep}{self.col}", *rows]) + "\n"

    def table(self) -> str:
        rows = [f"{lab} | {v}" for lab, v in zip(self.labels, self.strs(), strict=True)]
        return "\n".join([f"{self.lab} | {self.col}", *rows])

    def best(self, high: bool = True) -> str:
        top = max(self.vals) if high else min(self.vals)
        if self.vals.count(top) != 1:
            raise Redraw
        return self.labels[self.vals.index(top)]


def mean(xs: list[Fraction]) -> Fraction:
    return sum(xs, F(0)) / len(xs)


def med(xs: list[Fraction]) -> Fraction:
    ys, n = sorted(xs), len(xs)
    return ys[n // 2] if n % 2 else (ys[n // 2 - 1] + ys[n // 2]) / 2


def pvar(xs: list[Fraction]) -> Fraction:
    m = mean(xs)
    return sum(((x - m) ** 2 for x in xs), F(0)) / len(xs)


def svar(xs: list[Fraction]) -> Fraction:
    m = mean(xs)
    return sum(((x - m) ** 2 for x in xs), F(0)) / (len(xs) - 1)


def root(x: Fraction) -> float:
    return math.sqrt(float(x))


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@fam
def mean_pasted_list(rng: random.Random) -> Made:
    d = D(rng, rng.choice(WORDY), rng.randint(6, 12))
    m = mean(d.vals)
    text = pick(rng, f"what's the average of these {d.noun}: {d.inline()}? 2 decimals please",
                f"Here's my {d.noun} data ({d.unit}): {d.inline()}. Mean, rounded to 2 dp?",
                f"can you average these for me, round to two decimal places\n{d.inline()}")
    return text, [num(m)]


@fam
def mean_label_lines(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep", "hr", "temp"]), 7)
    text = pick(rng, f"My {d.noun} this week:\n{d.lines()}\nWhat was my daily average? (1 decimal)",
                f"{d.lines()}\n\nthose are my {d.noun} for the week - average per day to 1 dp?",
                f"Average of the following, to one decimal place:\n{d.lines(' - ')}")
    return text, [num(mean(d.vals), 1)]


@fam
def mean_csv_column(rng: random.Random) -> Made:
    key = rng.choice(list(CTX))
    d = D(rng, key, rng.randint(8, 25))
    text = pick(rng, f"What's the mean {d.col} in the attached file? Round to 2 decimals.",
                f"attached csv - average of the {d.col} column pls (2 dp)",
                f"Could you tell me the average {d.col} in this spreadsheet? Two decimals is fine.")
    return text, [num(mean(d.vals))], {"csv": d.csv()}


@fam
def mean_space_separated(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 10), 1, 60, rng.choice([0, 1]))
    dec = 1 if any(x.denominator > 1 for x in xs) else 0
    text = pick(rng, "avg of " + " ".join(s(x, dec) for x in xs) + " ? round 2dp",
                "mean? " + " ".join(s(x, dec) for x in xs) + " (to 2 decimal places)",
                "Numbers: " + "  ".join(s(x, dec) for x in xs) + "\nWhat is their mean to 2 d.p.?")
    return text, [num(mean(xs))]


@fam
def mean_some_in_words(rng: random.Random) -> Made:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve"]
    xs = [rng.randint(0, 12) for _ in range(rng.randint(5, 8))]
    shown = [words[x] if rng.random() < 0.5 else str(x) for x in xs]
    what = rng.choice(["cups of coffee", "glasses of water", "km", "pages", "emails"])
    text = pick(rng, f"I had {', '.join(shown)} {what} over the last {len(xs)} days. What's my "
                "average per day, to 2 decimals?",
                f"{what} per day this stretch: {', '.join(shown)}. average? round to 2 places")
    return text, [num(mean([F(x) for x in xs]))]


@fam
def median_odd_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.choice([7, 9, 11, 13, 15, 17, 19, 21]))
    text = pick(rng, f"What's the median {d.col} in this file?",
                f"median of the {d.col} column?", f"Find the median value of {d.col} please.")
    return text, [num(med(d.vals), d.dec)], {"csv": d.csv()}


@fam
def median_even_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.choice([6, 8, 10, 12]), 10, 400)
    m = med(xs)
    if m.denominator == 1:
        return None
    text = pick(rng, f"median of {', '.join(s(x) for x in xs)}?",
                f"What's the median of this list: {'; '.join(s(x) for x in xs)}",
                f"Can you find the median? {' '.join(s(x) for x in xs)}")
    return text, [num(m, 1)]


@fam
def median_pasted_table(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["temp", "weight", "rain", "sleep"]), rng.choice([6, 8, 10]))
    m = med(d.vals)
    text = pick(rng, f"{d.table()}\n\nwhat's the median {d.col}? 2 decimals",
                f"Here's a table of my {d.noun}:\n{d.table()}\nMedian please (two decimal places).")
    return text, [num(m)]


@fam
def mode_values_csv(rng: random.Random) -> Made:
    n = rng.randint(10, 20)
    what, lo, hi = rng.choice([("shoe_size", 36, 46), ("age", 18, 34), ("minutes_late", 0, 15),
                               ("goals", 0, 7), ("guests", 2, 12)])
    base = [rng.randint(lo, hi) for _ in range(n)]
    top = rng.randint(lo, hi)
    xs = base + [top] * 3
    rng.shuffle(xs)
    counts = {v: xs.count(v) for v in set(xs)}
    best = max(counts.values())
    if list(counts.values()).count(best) != 1:
        return None
    mode = max(counts, key=lambda v: counts[v])
    csv = f"id,{what}\n" + "".join(f"{i + 1},{x}\n" for i, x in enumerate(xs))
    text = pick(rng, f"Which {what} value shows up most often (the mode)?",
                f"what's the mode of the {what} column", f"Most common {what} in this data?")
    return text, [[str(mode)]], {"csv": csv}


@fam
def mode_label_csv(rng: random.Random) -> Made:
    prods = rng.sample(PRODUCTS, 4)
    orders = [rng.choice(prods) for _ in range(rng.randint(12, 24))]
    counts = {p: orders.count(p) for p in prods}
    best = max(counts.values())
    if list(counts.values()).count(best) != 1:
        return None
    csv = "order_id,item\n" + "".join(f"{100 + i},{p}\n" for i, p in enumerate(orders))
    text = pick(rng, "Which item was ordered most often in this export, and how many times?",
                "whats our most popular item? (most orders) + how many orders",
                "Tell me the most frequently ordered item and its count.")
    return text, [[max(counts, key=lambda p: counts[p])], [str(best), f"{best} times",
                                                           f"{best} orders"]], {"csv": csv}


@fam
def max_value_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 25))
    text = pick(rng, f"What's the highest {d.col} in the attached data?",
                f"max {d.col}?", f"What was the peak value of {d.col} in this csv?")
    return text, [num(max(d.vals), d.dec)], {"csv": d.csv()}


@fam
def min_value_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 25))
    text = pick(rng, f"What's the lowest {d.col} here?", f"min of {d.col} column?",
                f"Smallest {d.col} value in this file please")
    return text, [num(min(d.vals), d.dec)], {"csv": d.csv()}


@fam
def max_label_csv(rng: random.Random) -> Made:
    key = rng.choice(["steps", "sales", "score", "kwh", "rain", "price", "spend"])
    d = D(rng, key, rng.randint(5, 12) if key != "steps" else 7)
    text = pick(rng, f"Which {d.lab} had the highest {d.col}?",
                f"which {d.lab} was the top one for {d.col}?",
                f"From the attached file, tell me the {d.lab} with the most {d.col}.")
    return text, [[d.best()]], {"csv": d.csv()}


@fam
def min_label_csv(rng: random.Random) -> Made:
    key = rng.choice(["temp", "steps", "sales", "score", "sleep", "kwh", "price"])
    d = D(rng, key, 7 if CTX[key][0] == "day" else rng.randint(5, 12))
    text = pick(rng, f"Which {d.lab} had the lowest {d.col}?",
                f"which {d.lab} was lowest for {d.col}? just the {d.lab} please",
                f"In this csv, which {d.lab} has the minimum {d.col}?")
    return text, [[d.best(False)]], {"csv": d.csv()}


@fam
def range_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(6, 12), 1, 99, 1)
    r = max(xs) - min(xs)
    text = pick(rng, f"what's the range of {', '.join(s(x, 1) for x in xs)}?",
                "Range (max minus min) of these readings please: "
                f"{' / '.join(s(x, 1) for x in xs)}")
    return text, [num(r, 1)]


@fam
def range_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(list(CTX)), rng.randint(8, 25))
    text = pick(rng, f"What's the range of {d.col}?",
                f"how big is the spread between the biggest and smallest {d.col}?",
                f"difference between max and min {d.col} in this file?")
    return text, [num(max(d.vals) - min(d.vals), d.dec)], {"csv": d.csv()}


@fam
def sum_expenses_list(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(4, 9), 3, 180, 2)
    text = pick(rng, f"add these up for me: {', '.join('$' + s(x, 2) for x in xs)}",
                f"Total of my receipts this week? {' + '.join(s(x, 2) for x in xs)}",
                "what do these come to in total\n" + "\n".join(s(x, 2) for x in xs))
    return text, [num(sum(xs, F(0)))]


@fam
def sum_label_lines(rng: random.Random) -> Made:
    cats = rng.sample(["rent", "groceries", "phone", "gym", "internet", "gas", "insurance",
                       "streaming", "transport", "eating out"], rng.randint(4, 7))
    xs = vals(rng, len(cats), 9, 1400, 2)
    body = "\n".join(f"{c}: {s(x, 2)}" for c, x in zip(cats, xs, strict=True))
    text = pick(rng, f"My monthly bills:\n{body}\nWhat's the total?",
                f"{body}\nhow much is that altogether")
    return text, [num(sum(xs, F(0)))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mean_pasted_list, mean_label_lines, mean_csv_column, mean_space_separated, mean_some_in_words,
    median_odd_csv, median_even_list, median_pasted_table, mode_values_csv, mode_label_csv,
    max_value_csv, min_value_csv, max_label_csv, min_label_csv, range_list, range_csv,
    sum_expenses_list, sum_label_lines)]
