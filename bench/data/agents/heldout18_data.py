"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 1: shared helpers (exact
statistics, rounding forms, CSV text) and families on a chess club's spread, dough hydration,
invoice totals by region, greenhouse readings with blanks, long-run trends, cafe forecasts and
a typed-in correlation table."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item, labelled

F = Fraction
Got = tuple[Any, ...] | None
PEOPLE = [
    "Priya",
    "Tomasz",
    "Aisha",
    "Ben",
    "Chloe",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonah",
    "Kemi",
    "Luca",
    "Mei",
    "Nadia",
    "Oscar",
    "Rosa",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def family(make: Callable[[random.Random], Got]) -> Family:
    name = f"B_d_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            got = make(rng)
            if got is not None:
                text, required, *rest = got
                return item(name, "data", text, required, **(rest[0] if rest else {}))

    draw.__name__ = name
    return fresh(draw)


def dec(x: Fraction | Decimal | int) -> Decimal:
    if isinstance(x, Decimal):
        return x
    x = F(x)
    with localcontext() as ctx:
        ctx.prec = 50
        return Decimal(x.numerator) / Decimal(x.denominator)


def sqrt(x: Fraction) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        return dec(x).sqrt()


def forms(x: Fraction | Decimal | int, places: int, signed: bool = False) -> list[str] | None:
    """Spellings of x rounded to `places` (with and without trailing zeros and thousands
    commas); None when the rounding is too close to call. Magnitude only unless signed."""
    d = dec(x)
    scaled = abs(d) * (10**places)
    if abs(scaled - int(scaled) - Decimal("0.5")) < Decimal("1e-6"):
        return None
    value = d if signed else abs(d)
    out = [f"{value:.{places}f}", f"{value:,.{places}f}"]
    if places:
        out += [o.rstrip("0").rstrip(".") for o in out]
    out = [o for o in dict.fromkeys(out) if o not in ("-0", "0.0") or value == 0]
    if signed and value < 0:
        out += [o.replace("-", "\u2212") for o in out]
    return list(dict.fromkeys(out))


def named(names: list[str], values: list[str] | None) -> list[str] | None:
    return None if values is None else [f for v in values for f in labelled(names, v)]


def mean(v: list[Any]) -> Fraction:
    return sum((F(x) for x in v), F(0)) / len(v)


def median(v: list[Any]) -> Fraction:
    s, n = sorted(F(x) for x in v), len(v)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def variance(v: list[Any], sample: bool) -> Fraction:
    m = mean(v)
    return sum(((F(x) - m) ** 2 for x in v), F(0)) / (len(v) - (1 if sample else 0))


def halves(v: list[Any]) -> tuple[Fraction, Fraction]:
    """Q1 and Q3 as medians of the lower and upper halves, the overall median left out."""
    s, n = sorted(F(x) for x in v), len(v)
    return median(s[: n // 2]), median(s[(n + 1) // 2 :])


def slope(xs: list[Any], ys: list[Any]) -> tuple[Fraction, Fraction]:
    mx, my = mean(xs), mean(ys)
    b = sum(((F(x) - mx) * (F(y) - my) for x, y in zip(xs, ys, strict=False)), F(0)) / sum(
        ((F(x) - mx) ** 2 for x in xs), F(0)
    )
    return b, my - b * mx


def pearson(xs: list[Any], ys: list[Any]) -> Decimal:
    mx, my = mean(xs), mean(ys)
    sxy = sum(((F(x) - mx) * (F(y) - my) for x, y in zip(xs, ys, strict=False)), F(0))
    sxx = sum(((F(x) - mx) ** 2 for x in xs), F(0))
    syy = sum(((F(y) - my) ** 2 for y in ys), F(0))
    with localcontext() as ctx:
        ctx.prec = 50
        return dec(sxy) / (sqrt(sxx) * sqrt(syy))


def num(x: Any, places: int | None = None) -> str:
    """A number as typed: integers plain, else trimmed decimals (or fixed places)."""
    x = F(x)
    if places is not None:
        return f"{dec(x):.{places}f}"
    return str(x.numerator) if x.denominator == 1 else f"{dec(x):f}".rstrip("0").rstrip(".")


def r1(rng: random.Random, low: float, high: float, places: int = 1) -> Fraction:
    """A random value between low and high with `places` decimals, as an exact fraction."""
    k = 10**places
    return F(rng.randint(int(low * k), int(high * k)), k)


def table(headers: list[str], rows: list[list[Any]], sep: str = ",") -> str:
    def cell(v: Any) -> str:
        s = v if isinstance(v, str) else num(v)
        return f'"{s}"' if sep in s or '"' in s else s

    return "\n".join(sep.join(cell(c) for c in r) for r in [headers, *rows]) + "\n"


def days(rng: random.Random, n: int, year: int = 2026, step: int = 1) -> list[date]:
    start = date(year, 1, 1) + timedelta(days=rng.randint(0, 300))
    return [start + timedelta(days=i * step) for i in range(n)]


def date_forms(d: date) -> list[str]:
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    out = [d.isoformat(), f"{m} {d.day}", f"{d.day} {m}", f"{mon} {d.day}", f"{d.day} {mon}"]
    suf = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    out += [f"{m} {d.day}{suf}", f"{d.day}{suf} {m}", f"{mon} {d.day}{suf}", f"{d.day}{suf} of {m}"]
    out += [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}"]
    return out


def ordinal(k: int) -> list[str]:
    words = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
    ]
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return [f"{k}{suffix}", f"#{k}", f"position {k}", f"place {k}", f"rank {k}"] + (
        [words[k - 1]] if k <= len(words) else []
    )


def money(x: Any) -> list[str] | None:
    return forms(x, 2)


def clock(seconds: int) -> list[str]:
    m, s = divmod(seconds, 60)
    return [
        f"{m}:{s:02d}",
        f"{m} min {s} s",
        f"{m} min {s} sec",
        f"{m}m {s}s",
        f"{m} minutes {s} seconds",
        f"{m} minutes and {s} seconds",
    ]


def pct_of(part: Any, whole: Any) -> Fraction:
    return F(part) * 100 / F(whole)


@family
def chess_club_sd(rng: random.Random) -> Got:
    names = rng.sample(PEOPLE, rng.randint(6, 9))
    vals = [rng.randint(900, 2150) for _ in names]
    f = forms(sqrt(variance(vals, sample=False)), 1)
    lines = "\n".join(f"{n}: {v}" for n, v in zip(names, vals, strict=False))
    ask = rng.choice(
        [
            "What's the standard deviation of these?",
            "how spread out are we? give me the standard deviation.",
        ]
    )
    return (
        (
            f"Ratings at our chess club right now:\n{lines}\n{ask} Treat the club as the whole "
            "population, not a sample, and round to one decimal place.",
            [f],
        )
        if f
        else None
    )


@family
def dough_hydration(rng: random.Random) -> Got:
    n = rng.randint(3, 5)
    flour = [rng.choice(range(400, 2001, 50)) for _ in range(n)]
    hyd = [rng.randint(62, 82) for _ in range(n)]
    water = sum(F(a * h, 100) for a, h in zip(flour, hyd, strict=False))
    f = forms(pct_of(water, sum(flour)), 1)
    lines = "; ".join(
        f"batch {i + 1}: {a} g flour at {h}%"
        for i, (a, h) in enumerate(zip(flour, hyd, strict=False))
    )
    return (
        (
            f"Baker here. I mixed these doughs today - {lines}. If I'd combined them all into one "
            "big dough, what would its overall hydration be (water as % of flour)? One decimal "
            "please.",
            [f],
        )
        if f
        else None
    )


@family
def region_quoted(rng: random.Random) -> Got:
    regions = rng.sample(
        ["North", "South", "East", "West", "Central", "Coastal"], rng.randint(3, 5)
    )
    rows, tot = [], {r: F(0) for r in regions}
    for _ in range(rng.randint(10, 16)):
        r, v = rng.choice(regions), F(rng.randint(30000, 480000), 100)
        tot[r] += v
        rows.append(
            [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", r, f"{dec(v):,.2f}"]
        )
    ranked = sorted(tot.values(), reverse=True)
    if ranked[0] - ranked[1] < 50:
        return None
    best = max(tot, key=lambda k: tot[k])
    ask = rng.choice(
        [
            "Which region brought in the most in total and how much was it?",
            "can you total it up by region - which one is top, and its total?",
        ]
    )
    return (
        f"Attached is our invoice export. {ask}",
        [[best], money(tot[best])],
        {"csv": table(["invoice_date", "region", "amount_usd"], rows)},
    )


@family
def greenhouse_tsv(rng: random.Random) -> Got:
    n = rng.randint(12, 18)
    rows, kept = [], []
    for d in days(rng, n):
        v = r1(rng, 55, 92)
        if rng.random() < 0.2:
            rows.append([d.isoformat(), num(r1(rng, 14, 30)), ""])
        else:
            kept.append(v)
            rows.append([d.isoformat(), num(r1(rng, 14, 30)), num(v)])
    if len(kept) == n:
        return None
    f = forms(mean(kept), 1)
    if f is None:
        return None
    return (
        "The sensor in my greenhouse drops out sometimes so a few humidity cells are blank "
        "in this export (tab separated). What's the average humidity over the readings that "
        "did come through? one decimal",
        [f],
        {"csv": table(["date", "temp_c", "humidity_pct"], rows, "\t")},
    )


@family
def long_run_slope(rng: random.Random) -> Got:
    n = rng.randint(6, 10)
    base, step = rng.uniform(8, 16), rng.uniform(0.4, 1.8)
    runs = [F(round((base + step * i + rng.uniform(-1.2, 1.2)) * 10), 10) for i in range(n)]
    b, _ = slope(list(range(1, n + 1)), runs)
    f = forms(b, 2)
    listed = ", ".join(num(r) for r in runs)
    return (
        (
            f"My Sunday long runs over the last {n} weeks, in km, oldest first: {listed}. If you "
            "fit a least-squares straight line through them, how many km per week am I adding on "
            "average? Two decimals.",
            [f],
        )
        if f
        else None
    )


@family
def cafe_forecast(rng: random.Random) -> Got:
    n = rng.randint(6, 9)
    start = rng.randint(0, 11 - n)
    base, step = rng.randint(700, 2400), rng.randint(-60, 140)
    vals = [base + step * i + rng.randint(-90, 90) for i in range(n)]
    b, a = slope(list(range(n)), vals)
    f = forms(a + b * n, 0)
    months = MONTHS[start : start + n]
    listed = "\n".join(f"{m[:3]} {v:,}" for m, v in zip(months, vals, strict=False))
    return (
        (
            f"customers through the door each month at my cafe:\n{listed}\nif the straight-line "
            f"trend (least squares) carries on, how many should I expect in {MONTHS[start + n]}? "
            "nearest whole customer",
            [f],
        )
        if f
        else None
    )


@family
def study_pipe_r(rng: random.Random) -> Got:
    n = rng.randint(6, 9)
    hours = [r1(rng, 0.5, 12, 1) for _ in range(n)]
    k, c = rng.uniform(2, 6), rng.uniform(35, 55)
    score = [min(100, int(c + k * float(h) + rng.uniform(-12, 12))) for h in hours]
    r = pearson(hours, score)
    f = forms(r, 3, signed=True)
    rows = "\n".join(
        f"| {rng.choice(PEOPLE[:8])[0]}{i + 1} | {num(h)} | {s} |"
        for i, (h, s) in enumerate(zip(hours, score, strict=False))
    )
    return (
        (
            "For my psych assignment I need the Pearson correlation between revision hours and "
            "exam score for this little sample:\n| student | hours | score |\n|---|---|---|\n"
            f"{rows}\nWhat's r to three decimal places?",
            [named(["r"], f) + f],
        )
        if f and r > 0
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        chess_club_sd,
        dough_hydration,
        region_quoted,
        greenhouse_tsv,
        long_run_slope,
        cafe_forecast,
        study_pipe_r,
    )
]
