"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 1: shared helpers (exact
statistics, answer forms, series typed in or attached), and families on weighted averages,
totals and averages by group, and a mean-and-median pair."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item, labelled

F = Fraction
Got = tuple[str, list[list[str]], dict[str, str]] | None
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PEOPLE = ["Priya", "Tomasz", "Aisha", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace",
          "Hugo", "Ines", "Jonah"]


def family(name: str, make: Callable[[random.Random], Got]) -> Family:
    full = f"M_d_{name}"

    def draw(rng: random.Random) -> Item:
        own = random.Random(f"{full}:{rng.getrandbits(64)}")   # draws differ between families
        while True:
            got = make(own)
            if got is not None:
                text, required, extra = got
                return item(full, "data", text, required, **extra)
    draw.__name__ = full
    return fresh(draw)


def dec(x: Fraction) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        return Decimal(x.numerator) / Decimal(x.denominator)


def sqrt(x: Fraction) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        return dec(x).sqrt()


def forms(x: Fraction | Decimal, places: int, signed: bool = False) -> list[str] | None:
    """Accepted spellings of x rounded to `places`; None when the rounding is too close to call.
    Negative values are accepted by magnitude (a reply may say "fell by 3.5%") unless signed."""
    d = dec(x) if isinstance(x, Fraction) else x
    scaled = abs(d) * (10 ** places)
    frac = scaled - int(scaled)
    if abs(frac - Decimal("0.5")) < Decimal("1e-9"):
        return None
    value = abs(d) if not signed else d
    out = [f"{value:.{places}f}"]
    if places:
        out.append(out[0].rstrip("0").rstrip("."))
    out += [f"{value:,.{places}f}" for _ in (0,) if abs(value) >= 1000]
    if places and abs(value) >= 1000:
        out.append(out[-1].rstrip("0").rstrip("."))
    return list(dict.fromkeys(out))


def mean(v: list[Fraction]) -> Fraction:
    return sum(v, F(0)) / len(v)


def median(v: list[Fraction]) -> Fraction:
    s, n = sorted(v), len(v)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def variance(v: list[Fraction], sample: bool) -> Fraction:
    m = mean(v)
    return sum(((x - m) ** 2 for x in v), F(0)) / (len(v) - (1 if sample else 0))


def quartiles(v: list[Fraction]) -> tuple[Fraction, Fraction]:
    """Median of the lower and upper halves, the middle value left out when the count is odd."""
    s, n = sorted(v), len(v)
    return median(s[: n // 2]), median(s[(n + 1) // 2:])


def slope(xs: list[Fraction], ys: list[Fraction]) -> Fraction:
    mx, my = mean(xs), mean(ys)
    return sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / \
        sum(((x - mx) ** 2 for x in xs), F(0))


def pearson(xs: list[Fraction], ys: list[Fraction]) -> Decimal:
    mx, my = mean(xs), mean(ys)
    sxy = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0))
    sxx = sum(((x - mx) ** 2 for x in xs), F(0))
    syy = sum(((y - my) ** 2 for y in ys), F(0))
    with localcontext() as ctx:
        ctx.prec = 50
        return dec(sxy) / (sqrt(sxx) * sqrt(syy))


def ordinal(k: int) -> list[str]:
    words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth"]
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return [f"{k}{suffix}", words[k - 1], f"#{k}", f"rank {k}", f"number {k}", f"no. {k}"]


def show(x: Fraction, places: int) -> str:
    return f"{dec(x):.{places}f}"


Series = tuple[list[str], list[Fraction]]


@dataclass
class Scene:
    key: str
    kind: str                      # days, weeks, months, people or "list" (names given below)
    lo: float
    hi: float
    dp: int                        # decimals the figures are written with (2 = money)
    what: str                      # what one figure is, for the questions
    header: str                    # the CSV column / table heading
    intros: list[str]
    step: str = "week"             # one step of the series, for trends
    names: list[str] = field(default_factory=list)
    n: tuple[int, int] = (6, 9)
    additive: bool = True          # whether totals and shares of the figures mean anything

    @property
    def money(self) -> bool:
        return self.dp == 2


def labels(scene: Scene, rng: random.Random, n: int) -> list[str]:
    if scene.kind == "days":
        start = rng.randrange(7 - n + 1)
        return WEEKDAYS[start:start + n]
    if scene.kind == "months":
        start = rng.randrange(12 - n + 1)
        return MONTHS[start:start + n]
    if scene.kind == "weeks":
        return [f"Week {i + 1}" for i in range(n)]
    pool = scene.names or PEOPLE
    return rng.sample(pool, n)


def series(scene: Scene, rng: random.Random, n: int | None = None) -> Series:
    top = 7 if scene.kind == "days" else 12 if scene.kind == "months" else 10
    n = n or rng.randint(scene.n[0], min(scene.n[1], top))
    scale = 10 ** scene.dp
    lo, hi = int(scene.lo * scale), int(scene.hi * scale)
    drift = rng.choice([-1, 0, 1, 1]) if scene.kind in ("days", "weeks", "months") else 0
    vals = []
    for i in range(n):
        centre = 0.5 + drift * 0.25 * (2 * i / (n - 1) - 1)
        at = min(max(centre + rng.uniform(-0.25, 0.25), 0.0), 1.0)
        vals.append(F(round(lo + (hi - lo) * at), scale))
    return labels(scene, rng, n), vals


def cell(scene: Scene, v: Fraction, csv: bool = False, plain: bool = False) -> str:
    if scene.money and not plain:
        text = f"{float(v):,.2f}"
        return f'"{text}"' if csv and "," in text else text
    return show(v, scene.dp)


def render(scene: Scene, rng: random.Random, data: Series, how: str) -> tuple[str, dict[str, str]]:
    labs, vals = data
    intro = rng.choice(scene.intros)
    cur = "$" if scene.money else ""
    if how == "csv":
        first = {"days": "day", "weeks": "week", "months": "month"}.get(scene.kind, scene.step)
        sep = rng.choice([",", ",", ";"])
        rows = "\n".join(f"{a}{sep}{'' if v is None else cell(scene, v, sep == ',')}"
                         for a, v in zip(labs, vals, strict=True))
        note = rng.choice(["(csv attached)", "File's attached.", "See the attached CSV.",
                           "data in the attachment"])
        if None in vals:
            note += rng.choice([" One row is blank (forgot to log it) — just leave it out.",
                                " there's a missing value, ignore that row",
                                " Skip the empty cell, no data that time."])
        return f"{intro.rstrip(':')} {note}", {"csv": f"{first}{sep}{scene.header}\n{rows}\n"}
    if how == "list":
        joined = rng.choice([", ", " ", "; "]).join(cell(scene, v, plain=True) for v in vals)
        return f"{intro}\n{joined}", {}
    if how == "lines":
        body = "\n".join(f"{a}: {cur}{cell(scene, v)}" for a, v in zip(labs, vals, strict=True))
        return f"{intro}\n{body}", {}
    if how == "table":
        body = "\n".join(f"{a} | {cell(scene, v)}" for a, v in zip(labs, vals, strict=True))
        first = scene.kind[:-1] if scene.kind in ("days", "weeks", "months") else scene.step
        return f"{intro}\n{first} | {scene.header}\n{body}", {}
    parts = [f"{a} {cur}{cell(scene, v)}" for a, v in zip(labs, vals, strict=True)]
    lead = intro if intro[-1] in ":." else f"{intro}:"
    return f"{lead} {', '.join(parts[:-1])} and {parts[-1]}.", {}


def threshold(scene: Scene, rng: random.Random) -> Fraction:
    """A round cut-off inside the scene's range (115 mmHg, 6.5 kg, 7,500 steps)."""
    raw = F(scene.hi - scene.lo).limit_denominator(10) / 20
    power = F(10) ** (len(str(int(raw))) - 1) if raw >= 1 else F(1, 10)
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    low, high = int(F(scene.lo) / step) + 1, int(F(scene.hi) / step)
    return rng.randint(low, high - 1) * step


def dp_words(p: int, rng: random.Random) -> str:
    if p == 0:
        return rng.choice(["nearest whole number", "rounded to a whole number", "no decimals"])
    word = {1: "one", 2: "two", 3: "three"}[p]
    return rng.choice([f"{p} dp", f"to {word} decimal place{'s' if p > 1 else ''}",
                       f"rounded to {p} decimal{'s' if p > 1 else ''}",
                       f"{p} decimal{'s' if p > 1 else ''} please"])


def places(scene: Scene) -> int:
    return 2 if scene.money else min(scene.dp + 1, 2)


# --- weighted averages ---------------------------------------------------------------------

def weighted_grades(rng: random.Random) -> Got:
    parts = rng.sample(["Homework", "Quizzes", "Midterm", "Project", "Lab reports",
                        "Final exam"], 4)
    w = rng.choice([[10, 20, 30, 40], [15, 15, 30, 40], [20, 20, 25, 35], [10, 25, 25, 40]])
    rng.shuffle(w)
    s = [rng.randint(55, 99) for _ in parts]
    val = sum((F(a * b, 100) for a, b in zip(w, s, strict=True)), F(0))
    got = forms(val, 1)
    if got is None:
        return None
    lines = "\n".join(f"{p} ({a}%): {b}" for p, a, b in zip(parts, w, s, strict=True))
    return (f"trying to figure out my course grade. weights in brackets, my scores out of 100:\n"
            f"{lines}\nwhat's my weighted average? to 1 decimal"), [got], {}


def weighted_price(rng: random.Random) -> Got:
    n = rng.randint(3, 5)
    qty = [rng.randint(5, 60) for _ in range(n)]
    price = [F(rng.randint(150, 900), 100) for _ in range(n)]
    avg = sum((q * p for q, p in zip(qty, price, strict=True)), F(0)) / sum(qty)
    got = forms(avg, 2)
    if got is None:
        return None
    rows = "\n".join(f"- {q} bags at ${float(p):.2f}" for q, p in zip(qty, price, strict=True))
    return (f"I bought compost from a few suppliers this season:\n{rows}\n"
            f"What's the average price I paid per bag, weighted by how many I bought? "
            f"Nearest cent."), [got], {}


def weighted_gpa(rng: random.Random) -> Got:
    courses = rng.sample(["Biology", "Calculus", "History", "Spanish", "Chemistry", "Art",
                          "Economics"], rng.randint(4, 6))
    cr = [rng.choice([2, 3, 3, 4, 4, 5]) for _ in courses]
    gp = [rng.choice([F(4), F(37, 10), F(33, 10), F(3), F(27, 10), F(23, 10), F(2)])
          for _ in courses]
    val = sum((c * g for c, g in zip(cr, gp, strict=True)), F(0)) / sum(cr)
    got = forms(val, 2)
    if got is None:
        return None
    rows = "\n".join(f"{c} — {k} credits — {float(g):.1f}"
                     for c, k, g in zip(courses, cr, gp, strict=True))
    return (f"Course, credits, grade points:\n{rows}\nWhat's my GPA for the term "
            f"(credit-weighted)? "
            f"Two decimal places."), [got], {}


def weighted_rating(rng: random.Random) -> Got:
    counts = [rng.randint(0, 40) for _ in range(5)]
    if sum(counts) < 10:
        return None
    val = sum((F((i + 1) * c) for i, c in enumerate(counts)), F(0)) / sum(counts)
    got = forms(val, 2)
    if got is None:
        return None
    star = ", ".join(f"{c}× {i + 1}-star" for i, c in enumerate(counts))
    return (f"My Etsy listing has these reviews: {star}. What's the average star rating? "
            f"round to 2 dp"), [got], {}


# --- totals by group from an attached CSV ---------------------------------------------------

def group_totals(rng: random.Random) -> Got:
    cats = rng.sample(["Groceries", "Transport", "Eating out", "Utilities", "Clothes", "Fun"], 3)
    rows = []
    for d in range(rng.randint(9, 14)):
        c = rng.choice(cats)
        amt = F(rng.randint(300, 48000), 100)
        rows.append((f"2026-03-{d + 2:02d}", c, amt))
    target = rng.choice(cats)
    total = sum((a for _, c, a in rows if c == target), F(0))
    if total == 0:
        return None
    body = "\n".join(f"{d},{c},{float(a):.2f}" for d, c, a in rows)
    csv = f"date,category,amount\n{body}\n"
    ask = rng.choice([f"how much did I spend on {target.lower()} in total in March? csv attached",
                      f"Attached is my March spending export. What's the total for {target}?"])
    return ask, [forms(total, 2) or []], {"csv": csv}


def group_best(rng: random.Random) -> Got:
    reps = rng.sample(PEOPLE, 4)
    rows = []
    for _ in range(rng.randint(10, 16)):
        r = rng.choice(reps)
        amt = rng.randint(800, 9800)
        rows.append((f"{rng.randint(1, 28)}/0{rng.randint(4, 6)}/2026", r, amt))
    tot = {r: sum(a for _, p, a in rows if p == r) for r in reps}
    ranked = sorted(tot.values(), reverse=True)
    if len([r for r in reps if tot[r] > 0]) < 3 or ranked[0] == ranked[1]:
        return None
    best = max(reps, key=lambda r: tot[r])
    body = "\n".join(f'{d},{p},"{a:,}"' for d, p, a in rows)
    csv = f"Date,Rep,Deal value\n{body}\n"
    return ("Sales log for Q2 is in the CSV. Which rep closed the most in total deal value, and "
            "what was their total?"), [[best], [f"{tot[best]:,}", str(tot[best])]], {"csv": csv}


def group_average(rng: random.Random) -> Got:
    beds = ["north bed", "south bed", "greenhouse"]
    rows = []
    for w in range(1, rng.randint(6, 9)):
        for b in beds:
            if rng.random() < 0.85:
                rows.append((w, b, F(rng.randint(2, 40) * 25)))
    target = rng.choice(beds)
    vals = [g for _, b, g in rows if b == target]
    if len(vals) < 3:
        return None
    got = forms(mean(vals), 1)
    if got is None:
        return None
    body = "\n".join(f"{w};{b};{int(g)}" for w, b, g in rows)
    csv = f"week;bed;grams\n{body}\n"
    return (f"Here's my harvest log (semicolon-separated, grams picked per week per bed, weeks "
            f"with nothing picked are just left out). What's the average weekly harvest from the "
            f"{target} over the weeks it has entries? 1 decimal"), [got], {"csv": csv}


def mean_median_pair(rng: random.Random) -> Got:
    n = rng.choice([6, 8, 10])
    v = [F(rng.randint(52, 96)) for _ in range(n)]
    a, m = forms(mean(v), 1), forms(median(v), 1)
    if a is None or m is None:
        return None
    return (f"class quiz results: {', '.join(str(int(x)) for x in v)}. give me the mean and the "
            f"median (1 dp each) so I can put them in the parents' newsletter"), \
        [[f for g in a for f in labelled(["mean", "average"], g)],
         [f for g in m for f in labelled(["median"], g)]], {}


SPECIAL = [("weighted_grades", weighted_grades), ("weighted_price", weighted_price),
           ("weighted_gpa", weighted_gpa), ("weighted_rating", weighted_rating),
           ("group_totals", group_totals), ("group_best", group_best),
           ("group_average", group_average), ("mean_median_pair", mean_median_pair)]

FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    *(family(n, m) for n, m in SPECIAL),
)]
