"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 1: shared engine, plus
means and medians of pasted lists."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction as F
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

PLOT = ["Here is the plot", "Here's the plot", "Here is the chart"]
UP = ["increas", "upward", "rising", "going up", "growing", "grows", "climbing", "uptrend",
      "trending up", "trends up", "goes up", "positive trend"]
DOWN = ["decreas", "downward", "falling", "going down", "declin", "dropping", "downtrend",
        "trending down", "heading down", "trends down", "goes down", "negative trend"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NAMES = ["Aurora", "Bruno", "Chloe", "Dario", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack",
         "Kira", "Leo", "Maya", "Noah", "Omar", "Priya", "Quinn", "Rosa", "Samira", "Tariq", "Umar",
         "Victor", "Wendell", "Yara", "Zoe", "Alex", "Beatrix", "Carl", "Delia", "Elliot"]


@dataclass(frozen=True)
class Dom:
    noun: str   # plural noun phrase: "step counts"
    col: str    # csv column
    unit: str   # unit words after a number ("" for none)
    kind: str   # label kind: day, date, month, name, week
    lo: float
    hi: float
    dp: int = 0
    labcol: str = ""


STEPS = Dom("daily step counts", "steps", "steps", "day", 3000, 15000)
TEMPS = Dom("daily high temperatures", "temp_c", "°C", "date", 8, 34, 1)
SALES = Dom("monthly sales", "sales", "dollars", "month", 1200, 9800)
SCORES = Dom("test scores", "score", "points", "name", 42, 100)
SLEEP = Dom("hours of sleep", "sleep_hours", "hours", "day", 4.5, 9.5, 1)
COMMUTE = Dom("commute times", "minutes", "minutes", "day", 14, 75)
WEIGHT = Dom("weekly weigh-ins", "weight_kg", "kg", "week", 62, 96, 1)
STOCK = Dom("closing prices", "close", "dollars", "date", 18, 85, 2)
VISITS = Dom("website visitors", "visitors", "visitors", "date", 80, 950)
RAIN = Dom("monthly rainfall totals", "rain_mm", "mm", "month", 4, 140, 1)
POWER = Dom("electricity readings", "kwh", "kWh", "month", 150, 620)
GROCERY = Dom("weekly grocery bills", "spent", "dollars", "week", 40, 260, 2)
PULSE = Dom("resting heart rates", "bpm", "bpm", "day", 52, 88)
RUNS = Dom("run distances", "km", "km", "date", 2, 16, 1)
COFFEE = Dom("cups of coffee sold", "cups", "cups", "date", 60, 340)
ALL = [STEPS, TEMPS, SALES, SCORES, SLEEP, COMMUTE, WEIGHT, STOCK, VISITS, RAIN, POWER,
       GROCERY, PULSE, RUNS, COFFEE]
TIMEY = [STEPS, TEMPS, SALES, SLEEP, COMMUTE, WEIGHT, STOCK, VISITS, RAIN, POWER, GROCERY,
         PULSE, RUNS, COFFEE]
R2 = ["round to 2 decimal places", "2 decimals please", "rounded to 2 dp", "to two decimal places",
      "2 dp", "give it to 2 decimals"]
R1 = ["round to 1 decimal place", "1 decimal please", "to one decimal place", "1 dp",
      "rounded to 1 dp"]


def show(v: F, dp: int) -> str:
    return f"{float(v):.{dp}f}" if dp else str(int(v))


def forms(x: F | float, places: int = 2, signed: bool = True) -> list[str] | None:
    """Accepted spellings of x rounded half away from zero; None near a rounding tie."""
    x = F(x)
    scaled = abs(x) * 10**places
    rest = scaled - (scaled.numerator // scaled.denominator)
    if abs(rest - F(1, 2)) < F(1, 10**4):
        return None
    r = int(scaled + F(1, 2))
    ip, fp = divmod(r, 10**places)
    digits = f"{fp:0{places}d}" if places else ""
    minimal = digits.rstrip("0")
    width = max(places, 2) if F(r, 10**places) == abs(x) else places
    fracs = [minimal] + [minimal.ljust(k, "0") for k in range(len(minimal) + 1, width + 1)]
    ints = [str(ip)] + ([f"{ip:,}"] if ip >= 1000 else [])
    out = [i + ("." + f if f else "") for i in ints for f in fracs]
    if signed and x < 0 and r != 0:
        out = [s + o for o in out for s in ("-", "−")]
    return list(dict.fromkeys(out))


def labforms(lab: str) -> list[str] | None:
    """Ways a reply may name a row label (dates, weekdays, months, weeks, names); None for
    "May", which as an everyday word ("you may ...") would match a reply by accident."""
    try:
        d = dt.date.fromisoformat(lab)
    except ValueError:
        d = None
    if d:
        m, s = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
        suf = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return [lab, f"{m} {d.day}", f"{d.day} {m}", f"{s} {d.day}", f"{d.day} {s}", f"{s}. {d.day}",
                f"{d.day}{suf} {m}", f"{d.day}{suf} of {m}", f"{d.day}{suf} {s}"]
    if lab == "May":
        return None
    if lab in DAYS or lab in MONTHS:
        return [lab]
    if lab.startswith("Week "):
        return [lab, "wk " + lab[5:]]
    return [lab]


def labels(rng: random.Random, d: Dom, n: int) -> list[str]:
    kind = d.kind
    if kind == "day" and n > 7:
        kind = "date"
    if kind == "month" and n > 12:
        kind = "date"
    if kind == "day":
        start = rng.randrange(7 - n + 1)
        return DAYS[start:start + n]
    if kind == "month":
        start = rng.randrange(12 - n + 1)
        return MONTHS[start:start + n]
    if kind == "week":
        return [f"Week {i + 1}" for i in range(n)]
    if kind == "name":
        return rng.sample(NAMES, n)
    start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]


def labcol(d: Dom, labs: list[str]) -> str:
    if d.labcol:
        return d.labcol
    if labs[0] in DAYS:
        return "day"
    if labs[0] in MONTHS:
        return "month"
    if labs[0].startswith("Week"):
        return "week"
    if d.kind == "name":
        return "student"
    return "date"


def values(rng: random.Random, d: Dom, n: int, trend: int = 0) -> list[F]:
    scale = 10**d.dp
    lo, hi = int(d.lo * scale), int(d.hi * scale)
    if not trend:
        return [F(rng.randint(lo, hi), scale) for _ in range(n)]
    span = hi - lo
    step = span * rng.uniform(0.35, 0.6) / n
    start = lo + span * 0.2 if trend > 0 else hi - span * 0.2
    out = []
    for i in range(n):
        v = start + trend * step * i + rng.uniform(-step * 0.8, step * 0.8)
        out.append(F(max(lo, min(hi, int(v))), scale))
    return out


def present(rng: random.Random, shape: str, d: Dom, labs: list[str], vals: list[F]) -> str:
    shown = [show(v, d.dp) for v in vals]
    if shape == "list":
        sep = rng.choice([", ", " ", "; ", ",", " / "])
        if sep == "," and not d.dp:
            sep = ", "  # "310,678,316" would read as one number with thousands separators
        return sep.join(shown)
    if shape == "lines":
        sep = rng.choice([": ", " - ", " ", " = "])
        return "\n".join(f"{a}{sep}{b}" for a, b in zip(labs, shown, strict=True))
    if shape == "table":
        head = f"{labcol(d, labs)} | {d.col}"
        return "\n".join([head] + [f"{a} | {b}" for a, b in zip(labs, shown, strict=True)])
    if shape == "tabs":
        head = f"{labcol(d, labs)}\t{d.col}"
        return "\n".join([head] + [f"{a}\t{b}" for a, b in zip(labs, shown, strict=True)])
    return ", ".join(f"{a} {b}" for a, b in zip(labs, shown, strict=True))  # prose


def csvtext(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> str:
    sep = rng.choice([",", ",", "\t"])
    rows = [f"{labcol(d, labs)}{sep}{d.col}"]
    rows += [f"{a}{sep}{show(v, d.dp)}" for a, v in zip(labs, vals, strict=True)]
    return "\n".join(rows) + "\n"


Stat = Callable[[random.Random, Dom, list[str], list[F]], dict[str, Any] | None]


def fam(name: str, doms: list[Dom], shape: str, stat: Stat, templates: list[str],
        n: tuple[int, int] = (6, 10), chart: bool = False, trend: int = 0) -> Family:
    """A family: draw a domain and rows, compute the statistic, phrase the request."""
    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            d = rng.choice(doms)
            k = rng.randint(*n)
            labs = labels(rng, d, k)
            t = trend if trend != 2 else rng.choice([1, -1])
            vals = values(rng, d, k, t if t != 3 else 0)
            if t == 3:
                vals[rng.randrange(k)] = F(int(d.hi * 10**d.dp * rng.uniform(1.6, 2.2)), 10**d.dp)
            res = stat(rng, d, labs, vals)
            if res is None or any(p is None for p in res["req"]):
                continue
            fields = {"noun": d.noun, "col": d.col, "unit": d.unit, "lab": labcol(d, labs),
                      "n": k, "r2": rng.choice(R2), "r1": rng.choice(R1)}
            fields.update(res)
            extra: dict[str, Any] = {}
            if shape == "csv":
                extra["csv"] = csvtext(rng, d, labs, vals)
                fields["data"] = ""
            else:
                fields["data"] = present(rng, shape, d, labs, vals)
            text = rng.choice(templates).format(**fields).strip()
            req = ([PLOT] if chart else []) + res["req"]
            return item(f"F_d_{name}", "data", text, req, **extra)
    make.__name__ = name
    return fresh(make)


# ---- statistics -------------------------------------------------------------------------

def mean(v: list[F]) -> F:
    return sum(v, F(0)) / len(v)


def median(v: list[F]) -> F:
    s = sorted(v)
    k = len(s)
    return s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2


def sd(v: list[F], sample: bool) -> float:
    m = mean(v)
    ss = sum(((x - m) ** 2 for x in v), F(0))
    return math.sqrt(ss / (len(v) - 1 if sample else len(v)))


def slope(v: list[F]) -> F:
    n = len(v)
    mx = F(n + 1, 2)
    my = mean(v)
    return sum(((i + 1 - mx) * (y - my) for i, y in enumerate(v)), F(0)) / sum(
        ((i + 1 - mx) ** 2 for i in range(n)), F(0))


def pearson(x: list[F], y: list[F]) -> float:
    mx, my = mean(x), mean(y)
    sxy = sum(((a - mx) * (b - my) for a, b in zip(x, y, strict=True)), F(0))
    sxx = sum(((a - mx) ** 2 for a in x), F(0))
    syy = sum(((b - my) ** 2 for b in y), F(0))
    return float(sxy) / math.sqrt(float(sxx * syy))


def pct(a: F, b: F) -> F:
    return (b - a) / a * 100


def st(fn: Callable[[list[F]], F | float], places: int = 2, signed: bool = True) -> Stat:
    """A statistic of the whole column."""
    def stat(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
        return {"req": [forms(fn(vals), places, signed)]}
    return stat


def s_sum(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(sum(vals, F(0)), d.dp)]}


def s_range(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(max(vals) - min(vals), d.dp)]}


def s_first_last(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(pct(vals[0], vals[-1]), 1, False)], "a": labs[0], "b": labs[-1]}


def s_two(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    i, j = sorted(rng.sample(range(len(vals)), 2))
    if vals[i] == vals[j]:
        return None
    return {"req": [forms(pct(vals[i], vals[j]), 1, False)], "a": labs[i], "b": labs[j]}


def s_share(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    i = rng.randrange(len(vals))
    return {"req": [forms(vals[i] / sum(vals, F(0)) * 100, 1)], "a": labs[i]}


def s_moving(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    k = rng.choice([3, 4, 5])
    return {"req": [forms(mean(vals[-k:]), 2)], "k": k}


def s_topk(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    k = rng.choice([2, 3])
    return {"req": [forms(sum(sorted(vals)[-k:], F(0)), d.dp)], "k": k}


def s_trim(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(mean(sorted(vals)[1:-1]), 2)]}


def s_mean_med(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(mean(vals), 2), forms(median(vals), 2)]}


def s_trend(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    s = slope(vals)
    if abs(s) * 10**d.dp < F(1, 2):
        return None
    return {"req": [UP if s > 0 else DOWN, forms(s, 2, False)]}


def s_slope(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    return {"req": [forms(slope(vals), 2)]}


def s_max_lab(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    top = max(vals)
    if vals.count(top) > 1:
        return None
    return {"req": [labforms(labs[vals.index(top)])]}


def s_min_lab(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    low = min(vals)
    if vals.count(low) > 1:
        return None
    return {"req": [labforms(labs[vals.index(low)])]}


def s_max_both(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    top = max(vals)
    if vals.count(top) > 1:
        return None
    return {"req": [labforms(labs[vals.index(top)]), forms(top, d.dp)]}


def s_min_both(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    low = min(vals)
    if vals.count(low) > 1:
        return None
    return {"req": [labforms(labs[vals.index(low)]), forms(low, d.dp)]}


def thresholds(rng: random.Random, d: Dom, vals: list[F]) -> F:
    s = sorted(vals)
    lo, hi = s[len(s) // 4], s[3 * len(s) // 4]
    scale = 10**d.dp
    t = F(rng.randint(int(lo * scale), int(hi * scale)), scale)
    step = {0: 100 if d.hi > 2000 else 5, 1: 1, 2: 5}[d.dp]
    return F(int(t / step) * step)


def s_above(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    t = thresholds(rng, d, vals)
    if t in vals:
        return None
    return {"req": [forms(sum(1 for v in vals if v > t), 0)], "t": show(t, 0)}


def s_below(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    t = thresholds(rng, d, vals)
    if t in vals:
        return None
    return {"req": [forms(sum(1 for v in vals if v < t), 0)], "t": show(t, 0)}


def s_mode(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    counts = {v: vals.count(v) for v in vals}
    best = max(counts.values())
    tops = [v for v, c in counts.items() if c == best]
    if best < 2 or len(tops) > 1:
        return None
    return {"req": [forms(tops[0], d.dp)]}


def s_streak(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    t = thresholds(rng, d, vals)
    if t in vals:
        return None
    best = run = 0
    for v in vals:
        run = run + 1 if v > t else 0
        best = max(best, run)
    return {"req": [forms(best, 0)], "t": show(t, 0)}


def s_outlier(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    m, s = mean(vals), sd(vals, False)
    out = [i for i, v in enumerate(vals) if abs(float(v - m)) > 2 * s]
    near = [v for v in vals if abs(abs(float(v - m)) - 2 * s) < 0.05 * s]
    if len(out) != 1 or near:
        return None
    return {"req": [labforms(labs[out[0]])]}






def s_cum(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    total = sum(vals, F(0))
    goal = F(int(total * F(rng.randint(40, 80), 100) / 100) * 100) if total > 1000 else \
        F(int(total * F(rng.randint(40, 80), 100) / 10) * 10)
    run = F(0)
    for lab, v in zip(labs, vals, strict=True):
        run += v
        if run == goal:
            return None
        if run > goal:
            return {"req": [labforms(lab)], "g": show(goal, 0)}
    return None






# ---- part 1 families: pasted lists ------------------------------------------------------

fam_mean_list = fam("mean_list", ALL, "list", st(mean), [
    "what's the average of these {noun}: {data} ({r2})",
    "Can you find the mean of {data}? {r2}",
    "mean of {data} — {r2}",
    "I've got these {noun}: {data}. What's the average? {r2}.",
])
fam_median_list = fam("median_list", ALL, "list", st(median), [
    "What's the median of {data}?",
    "median please: {data}",
    "these are my {noun}: {data} - what's the median value?",
    "Find the middle value (median) of: {data}",
])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (fam_mean_list, fam_median_list)]
