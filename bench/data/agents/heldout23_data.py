"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 1: helpers, basic stats."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

F = Fraction
Made = tuple[Any, ...] | None
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Ana", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jack",
         "Kai", "Lena", "Maya", "Noah", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tom"]
CITIES = ["Leeds", "Porto", "Lyon", "Dublin", "Austin", "Denver", "Malmo", "Graz", "Turin",
          "Bergen", "Cork", "Bristol", "Gdansk", "Seville"]
REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = ["Widget", "Gadget", "Lamp", "Kettle", "Blender", "Toaster", "Fan", "Heater",
            "Mixer", "Clock", "Speaker", "Router"]
SHORT = {m: m[:3] for m in MONTHS} | {d: d[:3] for d in DAYS}
UP = ["increas", "upward", "rising", "going up", "goes up", "trending up", "grow", "up"]
DOWN = ["decreas", "downward", "falling", "going down", "goes down", "declin", "drop", "down"]


def rnd(x: Fraction, p: int = 2) -> Fraction:
    """Round half away from zero to ``p`` decimals."""
    scale = 10 ** p
    sign = -1 if x < 0 else 1
    return sign * F(int(abs(x) * scale + F(1, 2)), scale)


def tie(x: Fraction, p: int = 2) -> bool:
    """True when ``x`` sits on or near a rounding tie at ``p`` decimals."""
    scaled = abs(x) * 10 ** p
    return abs(scaled - int(scaled) - F(1, 2)) < F(1, 50)


def nf(x: Fraction, p: int = 2, absolute: bool = False) -> list[str]:
    """The forms of ``x`` rounded to ``p`` decimals: trimmed, padded, with thousands commas."""
    v = rnd(abs(x) if absolute else x, p)
    full = f"{float(v):.{p}f}"
    trim = full.rstrip("0").rstrip(".") if "." in full else full
    # every padding between the trimmed and the full form ("16", "16.0", "16.00")
    out = [trim] + [f"{float(v):.{q}f}" for q in range(1, p + 1)
                    if f"{float(v):.{q}f}".startswith(trim)]
    if abs(v) >= 1000:
        out += [f"{float(o):,.{len(o.split('.')[1]) if '.' in o else 0}f}" for o in out]
    if v < 0:
        out += [o.replace("-", "−") for o in out]
    return list(dict.fromkeys(out))


def sqrt(x: Fraction) -> Fraction:
    with localcontext() as ctx:
        ctx.prec = 50
        return F((Decimal(x.numerator) / Decimal(x.denominator)).sqrt())


def mean(v: list[Fraction]) -> Fraction:
    return F(sum(v), len(v))


def median(v: list[Fraction]) -> Fraction:
    s, n = sorted(v), len(v)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def var(v: list[Fraction], sample: bool = True) -> Fraction:
    m = mean(v)
    return sum((x - m) ** 2 for x in v) / (len(v) - (1 if sample else 0))


def sd(v: list[Fraction], sample: bool = True) -> Fraction:
    return sqrt(var(v, sample))


def slope(xs: list[Fraction], ys: list[Fraction]) -> Fraction:
    mx, my = mean(xs), mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def corr(xs: list[Fraction], ys: list[Fraction]) -> Fraction:
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / sqrt(sxx * syy)


def pct(new: Fraction, old: Fraction) -> Fraction:
    return (new - old) / old * 100


def vals(rng: random.Random, n: int, lo: float, hi: float, dp: int = 0) -> list[Fraction]:
    scale = 10 ** dp
    return [F(rng.randint(int(lo * scale), int(hi * scale)), scale) for _ in range(n)]


def s(x: Fraction, dp: int = 0) -> str:
    return f"{float(x):.{dp}f}"


def months(rng: random.Random, n: int, short: bool | None = None) -> list[str]:
    start = rng.randrange(13 - n)
    cut = rng.random() < 0.4 if short is None else short
    return [m[:3] if cut else m for m in MONTHS[start:start + n]]


def days(rng: random.Random, n: int) -> list[str]:
    cut = rng.random() < 0.5
    return [d[:3] if cut else d for d in DAYS[:n]]


def dates(rng: random.Random, n: int, iso: bool = False) -> list[str]:
    m = rng.randint(1, 12)
    d0 = rng.randint(1, 29 - n)
    if iso:
        return [f"2026-{m:02d}-{d0 + i:02d}" for i in range(n)]
    return [f"{MONTHS[m - 1][:3]} {d0 + i}" for i in range(n)]


def dforms(iso: str) -> list[str]:
    """An ISO date as people write it back: 2026-03-05, March 5, 5 March, Mar 5, 5 Mar."""
    _, m, d = iso.split("-")
    name, day = MONTHS[int(m) - 1], str(int(d))
    th = day + ("th" if int(d) in (11, 12, 13) else
                {"1": "st", "2": "nd", "3": "rd"}.get(day[-1], "th"))
    return [iso, f"{name} {day}", f"{day} {name}", f"{name[:3]} {day}", f"{day} {name[:3]}",
            f"{name} {th}", f"{th} {name}", f"{name[:3]} {th}", f"{th} of {name}"]


def listed(v: list[Fraction], dp: int = 0, sep: str = ", ") -> str:
    return sep.join(s(x, dp) for x in v)


def lines(labels: list[str], v: list[Fraction], dp: int = 0, unit: str = "",
          sep: str = ": ") -> str:
    return "\n".join(f"{a}{sep}{s(x, dp)}{unit}" for a, x in zip(labels, v, strict=True))


def csv(header: list[str], *cols: list[Any], sep: str = ",") -> str:
    rows = [sep.join(header)]
    for row in zip(*cols, strict=True):
        rows.append(sep.join(c if isinstance(c, str) else s(c, dp_of(c)) for c in row))
    return "\n".join(rows) + "\n"


def dp_of(x: Fraction) -> int:
    for p in range(4):
        if (x * 10 ** p).denominator == 1:
            return p
    return 4


OPEN = ["", "", "", "hey, ", "Quick one: ", "From the attached file: ", "See the attached CSV. ",
        "Using this spreadsheet, ", "ok so ", "Looking at my data, "]
CLOSE = ["", "", "", " thanks", " pls", " Thanks!", " ty", " cheers"]


def attach(rng: random.Random, text: str) -> str:
    """Wraps a question about an attached CSV the way people do: a lead-in and a sign-off."""
    lead = rng.choice(OPEN)
    body = text
    if lead.endswith(". "):
        body = text[0].upper() + text[1:]
    elif lead and text[1:2].islower():
        body = text[0].lower() + text[1:]
    return f"{lead}{body}{rng.choice(CLOSE)}"


def fam(fn: Callable[[random.Random], Made]) -> Family:
    """A family from ``fn(rng) -> (text, required[, extra])`` or None to draw again; draws
    again too while an answer appears inside the request."""
    name = f"I_d_{fn.__name__}"

    def make(rng: random.Random) -> dict[str, Any]:
        for _ in range(3000):
            out = fn(rng)
            if not out:
                continue
            text, req, *extra = out
            if extra and "csv" in extra[0]:
                text = attach(rng, text)
            low = text.lower()
            if any(a.lower() in low for part in req for a in part):
                continue
            return item(name, "data", text, req, **(extra[0] if extra else {}))
        raise RuntimeError(f"{name}: no clean draw")
    make.__name__ = fn.__name__
    return fresh(make)


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------- families


@fam
def mean_inline(rng: random.Random) -> Made:
    v = vals(rng, rng.randint(5, 9), 10, 95)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "what's the average of {} ? round to 2 decimals",
             "Can you give me the mean of these numbers (2 dp): {}",
             "average of {} please, 2 decimal places",
             "Numbers: {}. What is their mean, to two decimal places?")
    return q.format(listed(v)), [nf(m)]


@fam
def mean_temps_lines(rng: random.Random) -> Made:
    n = rng.randint(5, 7)
    v = vals(rng, n, 8, 31, 1)
    m = mean(v)
    if tie(m, 1):
        return None
    head = pick(rng, "Daily highs this week:", "here are the max temps I logged (°C)",
                "Temperatures from my weather station:")
    ask = pick(rng, "What was the average temperature? 1 decimal please.",
               "mean temp to one decimal place?", "Average high for the week (1 dp)?")
    return f"{head}\n{lines(days(rng, n), v, 1, pick(rng, '', '°C', ' C'))}\n{ask}", [nf(m, 1)]


@fam
def median_steps_even(rng: random.Random) -> Made:
    n = rng.choice([6, 8])
    v = vals(rng, n, 2500, 15000)
    med = median(v)
    if med in v:
        return None
    q = pick(rng, "my step counts over the last {} days: {}. what's the median?",
             "Median of these daily steps please — {} days: {}",
             "I walked these many steps on {} days: {}. Median?")
    return q.format(n, listed(v)), [nf(med, 1)]


@fam
def range_lines(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 120, 990, 2)
    lab = rng.sample(PRODUCTS, n)
    r = max(v) - min(v)
    q = pick(rng, "Prices I found:\n{}\nWhat's the range between the cheapest and dearest?",
             "what is the price range (max minus min)?\n{}",
             "{}\nHow far apart are the highest and lowest prices?")
    return q.format(lines(lab, v, 2, sep=": $")), [nf(r)]


@fam
def sum_expenses(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 3, 120, 2)
    lab = rng.sample(["rent share", "groceries", "petrol", "gym", "phone", "netflix",
                      "coffee", "train pass", "gifts", "takeaway", "books"], n)
    q = pick(rng, "add these up for me:\n{}", "What did I spend in total?\n{}",
             "Total of my expenses this month pls\n{}")
    return q.format(lines(lab, v, 2, sep=" - ")), [nf(sum(v))]


@fam
def sd_sample_list(rng: random.Random) -> Made:
    v = vals(rng, rng.randint(5, 10), 40, 100)
    x = sd(v)
    if tie(x):
        return None
    q = pick(rng, "sample standard deviation of {}? 2 dp",
             "Can you work out the standard deviation (sample, n-1) of these scores: {}. "
             "Round to 2 decimals.",
             "Scores: {}\nWhat's the sample SD to two decimals?")
    return q.format(listed(v)), [nf(x)]


@fam
def sd_population_list(rng: random.Random) -> Made:
    v = vals(rng, rng.randint(5, 9), 5, 40)
    x = sd(v, False)
    if tie(x):
        return None
    q = pick(rng, "population standard deviation of {} (2 decimal places)",
             "Treat these as the whole population: {}. What's the standard deviation? 2 dp",
             "What is the population SD of the following: {}? Round to 2 dp.")
    return q.format(listed(v)), [nf(x)]


@fam
def variance_sample(rng: random.Random) -> Made:
    v = vals(rng, rng.randint(5, 8), 1, 30)
    x = var(v)
    if tie(x):
        return None
    q = pick(rng, "what's the sample variance of {}? round 2dp",
             "Sample variance (dividing by n-1) for: {} — 2 decimals please")
    return q.format(listed(v)), [nf(x)]


@fam
def pct_change_first_last(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 1500, 9000)
    x = pct(v[-1], v[0])
    if tie(x, 1) or abs(x) < 1:
        return None
    q = pick(rng, "Monthly sales:\n{}\nWhat's the percent change from the first month to the "
             "last? 1 decimal.",
             "{}\nby what % did sales change from start to finish (1 dp)?",
             "sales by month\n{}\n% change first to last month, one decimal place")
    return q.format(lines(months(rng, n), v, sep=": $")), [nf(x, 1, True)]


@fam
def pct_change_named(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 150, 700)
    lab = months(rng, n, False)
    i, j = sorted(rng.sample(range(n), 2))
    x = pct(v[j], v[i])
    if tie(x, 1) or abs(x) < 1:
        return None
    q = pick(rng, "Electricity use (kWh):\n{}\nHow much did it change in percent from {} to {}?"
             " Round to 1 dp.",
             "{}\nThose are my kWh per month. % change between {} and {}, 1 decimal?")
    return q.format(lines(lab, v), lab[i], lab[j]), [nf(x, 1, True)]


@fam
def diff_two_rows(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    v = vals(rng, n, 20, 95, 1)
    lab = rng.sample(CITIES, n)
    i, j = rng.sample(range(n), 2)
    q = pick(rng, "Rainfall last month (mm):\n{}\nHow much more rain did {} get than {}?",
             "{}\nmm of rain per city. difference between {} and {}?")
    a, b = (i, j) if v[i] > v[j] else (j, i)
    return q.format(lines(lab, v, 1), lab[a], lab[b]), [nf(v[a] - v[b], 1)]


@fam
def cagr_years(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    y0 = rng.randint(2012, 2019)
    v = sorted(vals(rng, n, 200, 900))
    if rng.random() < 0.3:
        v = v[::-1]
    x = ((v[-1] / v[0]) ** (1 / (n - 1)) - 1) * 100
    xf = F(x)
    if tie(xf) or v[0] == v[-1]:
        return None
    q = pick(rng, "Revenue by year (in $k):\n{}\nWhat's the compound annual growth rate from "
             "{} to {}? 2 decimals, as a %",
             "{}\nCAGR over the whole period? give it to 2 dp")
    lab = [str(y0 + i) for i in range(n)]
    return q.format(lines(lab, v), lab[0], lab[-1]), [nf(xf, 2, True)]


@fam
def slope_per_day(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    base, step = rng.randint(60, 90), F(rng.choice([-4, -3, -2, 2, 3, 4]), 10)
    v = [rnd(base + step * i + F(rng.randint(-6, 6), 10), 1) for i in range(n)]
    b = slope([F(i) for i in range(n)], v)
    if tie(b, 3) or b == 0:
        return None
    q = pick(rng, "My weight each morning (kg): {}. Using a least-squares line, how much am I "
             "changing per day? 3 decimals",
             "weights day by day: {} — what's the slope of the linear trend in kg/day (3 dp)?")
    return q.format(listed(v, 1)), [nf(b, 3, True)]


@fam
def trend_direction(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    base, step = rng.randint(200, 600), rng.choice([-25, -15, -10, 10, 15, 25])
    v = [F(base + step * i + rng.randint(-20, 20)) for i in range(n)]
    b = slope([F(i) for i in range(n)], v)
    if tie(b) or abs(b) < 3 or min(v) < 20:  # no negative visitor counts
        return None
    q = pick(rng, "Weekly visitors: {}\nWhich way is the trend heading, and what's the slope "
             "(visitors per week, least squares, 2 dp)?",
             "Visitors per week -> {}. Trend direction + linear slope per week to 2 decimals?")
    return q.format(listed(v)), [UP if b > 0 else DOWN, nf(b, 2, True)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    mean_inline, mean_temps_lines, median_steps_even, range_lines, sum_expenses, sd_sample_list,
    sd_population_list, variance_sample, pct_change_first_last, pct_change_named, diff_two_rows,
    cagr_years, slope_per_day, trend_direction)]
