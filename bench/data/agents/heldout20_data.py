"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 1: shared helpers and the
basic summaries (mean, median, range, total)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, getcontext
from fractions import Fraction

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.helpers import Family, Item, fresh, item

getcontext().prec = 50
F = Fraction
Req = list[list[str]]
FORMATS = ("list", "units", "lines", "table", "csv")


@dataclass
class Theme:
    key: str
    noun: str          # "daily steps": "the average daily steps"
    col: str           # csv / table column
    unit: str          # "{v} steps" style, for the "units" format
    lo: int
    hi: int
    dec: int
    labels: tuple[str, ...]
    intros: tuple[str, ...]
    per: str = "day"   # step of the sequence, for slopes and changes


THEMES = [
    Theme("steps", "daily steps", "steps", "{v} steps", 2500, 16000, 0, ("day", "date"),
          ("my step counts", "steps from my watch", "how many steps i did each day",
           "My daily steps")),
    Theme("temp", "temperature", "temp_c", "{v}°C", 4, 31, 1, ("date", "day"),
          ("noon temperatures in my garden", "daily high temps (C)", "Temperatures I logged",
           "the max temperature each day")),
    Theme("sales", "sales", "sales", "${v}", 300, 9000, 0, ("month", "week"),
          ("our shop's sales", "sales figures", "Revenue numbers for the store",
           "my etsy sales"), "month"),
    Theme("score", "test score", "score", "{v} pts", 41, 100, 0, ("name",),
          ("my class's test scores", "quiz results", "Exam marks for the group",
           "scores from last week's test"), "student"),
    Theme("price", "price", "price", "${v}", 2, 60, 2, ("product",),
          ("prices of the stuff on my list", "what things cost", "Item prices",
           "prices i wrote down at the store"), "item"),
    Theme("sleep", "sleep", "hours_slept", "{v} h", 4, 10, 1, ("date", "day"),
          ("hours of sleep per night", "my sleep log", "How long I slept each night",
           "sleep tracker hours")),
    Theme("commute", "commute time", "minutes", "{v} min", 14, 78, 0, ("date", "day"),
          ("my commute times in minutes", "minutes it took to get to work",
           "Commute log (minutes)", "door to door commute times")),
    Theme("weight", "weight", "weight_kg", "{v} kg", 62, 96, 1, ("week", "date"),
          ("my weigh-ins", "body weight readings (kg)", "Weight log",
           "what the scale said"), "week"),
    Theme("rain", "rainfall", "rain_mm", "{v} mm", 0, 38, 1, ("date", "month"),
          ("rainfall readings in mm", "rain gauge numbers", "How much rain fell",
           "daily rain totals")),
    Theme("kwh", "electricity use", "kwh", "{v} kWh", 6, 42, 1, ("date", "day"),
          ("our electricity use in kWh", "smart meter readings per day",
           "Power usage (kWh)", "kwh used each day")),
    Theme("visits", "website visitors", "visitors", "{v} visitors", 90, 2400, 0,
          ("date", "week"), ("visitors to my blog", "site traffic numbers",
                             "Unique visitors", "daily visits from analytics")),
    Theme("hr", "resting heart rate", "resting_bpm", "{v} bpm", 51, 82, 0, ("date", "day"),
          ("my resting heart rate", "resting HR from my watch", "Resting pulse readings",
           "morning heart rate")),
    Theme("spend", "coffee spending", "spent", "${v}", 2, 14, 2, ("date", "day"),
          ("what i spent on coffee", "coffee receipts", "Daily coffee spend",
           "money spent at the cafe")),
    Theme("run", "5k time", "minutes", "{v} min", 22, 36, 1, ("date", "week"),
          ("my 5k times", "parkrun times in minutes", "Run times for 5 km",
           "how long my 5k runs took"), "run"),
]
SERIES = tuple(t.key for t in THEMES if t.key not in ("score", "price"))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NAMES = ["Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Isla", "Jack", "Kai",
         "Lily", "Mia", "Noah", "Omar", "Priya", "Quinn", "Ruby", "Sam", "Tara", "Uma", "Vik"]
PRODUCTS = ["milk", "eggs", "bread", "coffee", "rice", "apples", "cheese", "pasta", "butter",
            "yogurt", "chicken", "tea", "honey", "oats", "bananas", "olive oil"]
LABEL_HEAD = {"day": "day", "date": "date", "month": "month", "week": "week", "name": "student",
              "product": "item"}


def labels(kind: str, n: int, rng: random.Random) -> list[str]:
    if kind == "day":
        start = rng.randrange(7)
        return [DAYS[(start + i) % 7] + ("" if n <= 7 else f" {i // 7 + 1}") for i in range(n)]
    if kind == "month":
        start = rng.randrange(12)
        year = 2025 + (start + n > 12)
        return [MONTHS[(start + i) % 12] + ("" if n <= 12 - start else
                f" {year - 1 if start + i < 12 else year}") for i in range(n)]
    if kind == "week":
        return [f"week {i + 1}" for i in range(n)]
    if kind == "name":
        return rng.sample(NAMES, n)
    if kind == "product":
        return rng.sample(PRODUCTS, n)
    day = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    iso = rng.random() < 0.5
    days = [day + dt.timedelta(days=i) for i in range(n)]
    return [x.isoformat() if iso else f"{MONTHS[x.month - 1]} {x.day}" for x in days]


def label_forms(label: str) -> list[str]:
    """A row's label as a reply might name it (dates in several spellings)."""
    full = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
    try:
        x = dt.date.fromisoformat(label)
    except ValueError:
        head, _, tail = label.partition(" ")
        if head in MONTHS and tail.isdigit() and len(tail) <= 2:
            x = dt.date(2026, MONTHS.index(head) + 1, int(tail))
        elif head in MONTHS:
            return list(dict.fromkeys([label, f"{full[MONTHS.index(head)]} {tail}".strip()]))
        elif head in DAYS:
            word = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday"][DAYS.index(head)]
            return list(dict.fromkeys([label, f"{word} {tail}".strip()]))
        else:
            return [label]
    m, f = MONTHS[x.month - 1], full[x.month - 1]
    return list(dict.fromkeys([label, x.isoformat(), f"{m} {x.day}", f"{f} {x.day}",
                               f"{x.day} {m}", f"{x.day} {f}", f"{m}. {x.day}"]))


def vstr(x: Fraction, dec: int) -> str:
    return f"{float(x):.{dec}f}" if dec else str(int(x))


def values(theme: Theme, n: int, rng: random.Random, trend: int = 0) -> list[Fraction]:
    """n values of the theme; trend = +1/-1 adds a clear drift through the series."""
    scale = 10 ** theme.dec
    lo, hi = theme.lo * scale, theme.hi * scale
    if theme.key in ("weight", "hr", "run", "temp"):
        width = (hi - lo) // 3
        lo = rng.randint(lo, hi - width)
        hi = lo + width
    if not trend:
        return [F(rng.randint(lo, hi), scale) for _ in range(n)]
    span = hi - lo
    start = rng.randint(lo, lo + span // 2) if trend > 0 else rng.randint(lo + span // 2, hi)
    step = span / 2 / max(n - 1, 1) * rng.uniform(0.6, 1.0) * trend
    noise = span * 0.06
    out = [int(start + step * i + rng.uniform(-noise, noise)) for i in range(n)]
    return [F(min(max(v, lo), hi), scale) for v in out]


# ---------- answers ----------
def dec_of(x: Fraction) -> int | None:
    for d in range(6):
        if (x * 10**d).denominator == 1:
            return d
    return None


def rounded(x: Fraction, p: int) -> Fraction:
    scale = 10**p
    return F(int(abs(x) * scale + F(1, 2)), scale)


def near_tie(x: Fraction, p: int) -> bool:
    scaled = abs(x) * 10**p
    return abs(scaled - int(scaled) - F(1, 2)) < F(1, 50)


def _text(v: Fraction, d: int) -> list[str]:
    plain = f"{float(v):.{d}f}" if d else str(int(v))
    out = [plain]
    if v >= 1000:
        out.append(f"{float(v):,.{d}f}" if d else f"{int(v):,}")
    return out


def num(x: Fraction, p: int) -> list[str]:
    """x rounded to p decimals (caller avoids ties): trimmed, full, and with commas."""
    v = rounded(x, p)
    d = dec_of(v) or 0
    out = []
    for k in sorted({d, p}):
        out += _text(v, k)
    return list(dict.fromkeys(out))


def exact(x: Fraction, dec: int = 0) -> list[str]:
    """A value that needs no rounding, in every padding a reply might use."""
    x = abs(x)
    d = dec_of(x)
    if d is None or d > 4:
        return num(x, 2)
    out = []
    for k in sorted({d, max(d, dec), max(d, 2) if dec == 2 else d}):
        out += _text(x, k)
    if d > max(dec, 1):
        scale = 10 ** max(dec, 1)
        out += _text(rounded(x, max(dec, 1)), max(dec, 1))
        if (x * scale - int(x * scale)) == F(1, 2):
            out += _text(F(int(x * scale), scale), max(dec, 1))
    return list(dict.fromkeys(out))


def sqrt(x: Fraction) -> Fraction:
    root = (Decimal(x.numerator) / Decimal(x.denominator)).sqrt()
    return F(str(root))


def mean(v: list[Fraction]) -> Fraction:
    return sum(v, F(0)) / len(v)


def var(v: list[Fraction], sample: bool) -> Fraction:
    m = mean(v)
    return sum(((x - m) ** 2 for x in v), F(0)) / (len(v) - (1 if sample else 0))


def median(v: list[Fraction]) -> Fraction:
    s, n = sorted(v), len(v)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def slope(v: list[Fraction]) -> tuple[Fraction, Fraction]:
    n = len(v)
    xs = [F(i + 1) for i in range(n)]
    mx, my = mean(xs), mean(v)
    b = sum(((x - mx) * (y - my) for x, y in zip(xs, v, strict=True)), F(0)) / \
        sum(((x - mx) ** 2 for x in xs), F(0))
    return b, my - b * mx


def rd(rng: random.Random, p: int) -> str:
    word = {0: "the nearest whole number", 1: "1 decimal place", 2: "2 decimal places"}[p]
    return rng.choice([f"(round to {word})", f"rounded to {word}", f"- {p} dp please"
                       if p else "- whole number please", f"to {word}"])


# ---------- request assembly ----------
@dataclass
class Data:
    theme: Theme
    vals: list[Fraction]
    labs: list[str]
    fmt: str
    rng: random.Random
    kind: str = "date"

    @property
    def n(self) -> int:
        return len(self.vals)

    def s(self, x: Fraction) -> str:
        return vstr(x, self.theme.dec)


def present(d: Data) -> tuple[str, dict[str, str]]:
    """The data as the user pastes it (or the attachment), and extras for item()."""
    rng, t = d.rng, d.theme
    intro = rng.choice(t.intros)
    vs = [d.s(x) for x in d.vals]
    if d.fmt == "list":
        sep = rng.choice([", ", ", ", " ", "\n"])
        return f"{intro}{rng.choice([':', ' -', ':'])}{chr(10) if sep == chr(10) else ' '}" \
               f"{sep.join(vs)}", {}
    if d.fmt == "units":
        return f"{intro}: " + rng.choice(["; ", " / ", " | "]).join(
            t.unit.format(v=v) for v in vs), {}
    if d.fmt == "prose":
        prep = {"day": "on ", "date": "on ", "month": "in ", "week": "in "}.get(d.kind, "")
        bits = [f"{t.unit.format(v=v)} {prep}{a}" if prep else f"{a} {t.unit.format(v=v)}"
                for a, v in zip(d.labs, vs, strict=True)]
        return f"{intro}: {', '.join(bits[:-1])} and {bits[-1]}", {}
    head = LABEL_HEAD.get(lab_kind(d), "label")
    if d.fmt == "lines":
        sep = rng.choice([": ", " - ", " = ", ": "])
        return f"{intro}\n" + "\n".join(f"{a}{sep}{b}" for a, b in zip(d.labs, vs, strict=True)), {}
    if d.fmt == "table":
        sep = rng.choice([" | ", "\t"])
        rows = [f"{head}{sep}{t.col}"] + [f"{a}{sep}{b}" for a, b in zip(d.labs, vs, strict=True)]
        return f"{intro}\n" + "\n".join(rows), {}
    sep = rng.choice([",", ",", "\t"])
    pairs = zip(d.labs, vs, strict=True)
    body = "\n".join([f"{head}{sep}{t.col}"] + [f"{a}{sep}{b}" for a, b in pairs])
    return rng.choice([f"{intro} are in the attached csv", f"attached: {intro}",
                       f"I've attached a file with {intro}", f"{intro} (see csv)"]), \
        {"csv": body + "\n"}


def lab_kind(d: Data) -> str:
    return d.kind


Stat = Callable[[Data], tuple[str, Req] | None]


def echoed(text: str, req: Req) -> bool:
    low = text.lower()
    return any(a.lower() in low for part in req for a in part)


def family(name: str, stat: Stat, fmt: str, low: int = 6, high: int = 12,
           trend: bool = False, themes: tuple[str, ...] = ()) -> Family:
    pool = [t for t in THEMES if (not themes or t.key in themes)
            and not (trend and t.key in ("score", "price"))]

    def make(rng: random.Random) -> Item:
        for _ in range(400):
            t = rng.choice(pool)
            kind = rng.choice(t.labels)
            cap = {"day": 7, "month": 12, "name": 20, "product": 14}.get(kind, 30)
            if cap < low:
                continue
            a, b = min(low, cap), min(high, cap)
            if fmt == "csv":
                a, b = min(max(low, 8), cap), min(max(high, 20), cap)
            n = rng.randint(a, b)
            vals = values(t, n, rng, rng.choice([1, -1]) if trend else 0)
            d = Data(t, vals, labels(kind, n, rng), fmt, rng, kind)
            made = stat(d)
            if made is None:
                continue
            question, req = made
            data, extra = present(d)
            if rng.random() < 0.3:
                question = question[0].lower() + question[1:]
            if fmt == "csv":
                text = rng.choice([f"{data}. {question}", f"{question}\n({data})"])
            else:
                text = rng.choice([f"{data}\n\n{question}", f"{question}\n{data}",
                                   f"{data}\n{question}"])
            if not echoed(text, req):
                return item(f"E_d_{name}", "data", text, req, **extra)
        raise RuntimeError(f"{name}: no clean draw")
    make.__name__ = name
    return fresh(make)


def families(name: str, stat: Stat, fmts: tuple[str, ...] = FORMATS, **kw: object
             ) -> list[Family]:
    return [family(f"{name}_{f}", stat, f, **kw) for f in fmts]  # type: ignore[arg-type]


def per(d: Data) -> str:
    return {"day": "day", "date": "day", "month": "month", "week": "week"}.get(d.kind,
                                                                            d.theme.per)


def pick(d: Data, *options: str) -> str:
    return d.rng.choice(options).format(noun=d.theme.noun, col=d.theme.col, per=per(d))


def threshold(d: Data) -> Fraction | None:
    """A round cut-off inside the data, equal to no value, with 2+ values each side."""
    span = max(d.vals) - min(d.vals)
    step = next((s for s in (1000, 500, 100, 50, 10, 5, 1) if span / s >= 4), 1)
    cands = [F(k * step) for k in range(int(min(d.vals) / step) + 1,
                                        int(max(d.vals) / step) + 1)]
    good = [c for c in cands if c not in d.vals and 2 <= sum(x > c for x in d.vals) <= d.n - 2]
    return d.rng.choice(good) if good else None


def plot_req(req: Req) -> Req:
    return [list(PLOT), *req]


# ---------- part 1 statistics ----------
def st_mean(d: Data) -> tuple[str, Req] | None:
    m, p = mean(d.vals), d.rng.choice([1, 2])
    if near_tie(m, p):
        return None
    q = pick(d, "What's the average {noun}?", "can you work out the mean {noun}",
             "Mean please", "what is my average", "Average {noun}?")
    return f"{q} {rd(d.rng, p)}", [num(m, p)]


def st_median(d: Data) -> tuple[str, Req] | None:
    q = pick(d, "What's the median?", "median {noun} please", "Can you find the median value?",
             "whats the middle value (median)", "I need the median {noun}")
    return q, [exact(median(d.vals), d.theme.dec)]


def st_range(d: Data) -> tuple[str, Req] | None:
    q = pick(d, "What's the range (max minus min)?", "how big is the spread from lowest to "
             "highest", "Range of the {noun}?", "difference between the highest and lowest?")
    return q, [exact(max(d.vals) - min(d.vals), d.theme.dec)]


def st_sum(d: Data) -> tuple[str, Req] | None:
    q = pick(d, "What's the total?", "add these up for me", "Sum of all of them?",
             "what do they come to altogether", "Total {noun} over the whole period?")
    return q, [exact(sum(d.vals, F(0)), d.theme.dec)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("mean", st_mean), *families("median", st_median),
    *families("range", st_range),
    *families("total", st_sum))]
