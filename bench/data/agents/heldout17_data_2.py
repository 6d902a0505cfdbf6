"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 2: single series (weekly,
daily, monthly or per-person figures) typed in or attached, asked for one statistic."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from fractions import Fraction

from bench.data.agents.heldout17_data import (
    F,
    Got,
    Scene,
    Series,
    dec,
    dp_words,
    family,
    forms,
    mean,
    median,
    ordinal,
    places,
    quartiles,
    render,
    series,
    slope,
    sqrt,
    threshold,
    variance,
)
from bench.data.agents.helpers import Family

Asked = tuple[str, list[list[str]] | None]
Ask = Callable[[Scene, random.Random, Series], Asked]
STATS: dict[str, tuple[str, Ask]] = {}   # name -> (presentation or "" for any, ask)


def stat(how: str = "") -> Callable[[Ask], Ask]:
    def wrap(ask: Ask) -> Ask:
        STATS[ask.__name__] = (how, ask)
        return ask
    return wrap


@stat()
def mean_of(scene: Scene, rng: random.Random, d: Series) -> Asked:
    p = places(scene)
    q = rng.choice([f"What's the average {scene.what}? {dp_words(p, rng)}",
                    f"can you give me the mean ({dp_words(p, rng)})",
                    f"Mean {scene.what}, please — {dp_words(p, rng)}."])
    got = forms(mean(d[1]), p)
    return q, None if got is None else [got]


@stat()
def median_of(scene: Scene, rng: random.Random, d: Series) -> Asked:
    if len(d[1]) % 2:
        return "", None
    q = rng.choice([f"What's the median {scene.what}?", "and the median of these is?",
                    f"Could you find the median {scene.what} for me?"])
    m = median(d[1])
    if scene.money:
        got = forms(m, 2) if (m * 100).denominator == 1 else None
    else:
        got = forms(m, scene.dp + 1)
    return q, None if got is None else [got]


@stat()
def sd_sample(scene: Scene, rng: random.Random, d: Series) -> Asked:
    q = rng.choice(["What's the sample standard deviation? 2 decimal places.",
                    "how spread out is this — give me the standard deviation (sample, n-1), "
                    "to 2 dp",
                    f"Standard deviation of the {scene.what} please, treating it as a sample. "
                    f"Round to two decimals."])
    got = forms(sqrt(variance(d[1], True)), 2)
    return q, None if got is None else [got]


@stat()
def sd_population(scene: Scene, rng: random.Random, d: Series) -> Asked:
    q = rng.choice(["What's the population standard deviation (divide by n)? 2 dp.",
                    "I need the standard deviation, population version since this is all "
                    "of them. two decimals",
                    "Population SD of these, rounded to 2 decimal places?"])
    got = forms(sqrt(variance(d[1], False)), 2)
    return q, None if got is None else [got]


@stat()
def iqr(scene: Scene, rng: random.Random, d: Series) -> Asked:
    q1, q3 = quartiles(d[1])
    q = rng.choice(["What's the interquartile range? Take Q1 and Q3 as the medians of the "
                    "lower and upper halves, leaving out the middle value if there's an odd "
                    "number.",
                    "Find Q1, Q3 and the IQR — use the split-in-half method (median of each "
                    "half, excluding the overall median when the count is odd)."])
    exact = not scene.money or ((q3 - q1) * 100).denominator == 1
    got = forms(q3 - q1, 2 if scene.money else scene.dp + 1) if exact else None
    return q, None if got is None else [got]


@stat()
def pct_change(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    if vals[0] == vals[-1]:
        return "", None
    ch = (vals[-1] - vals[0]) / vals[0] * 100
    q = rng.choice([f"By what percent did it change from {labs[0]} to {labs[-1]}? 1 dp",
                    f"percentage change first to last ({labs[0]} vs {labs[-1]}), one decimal",
                    f"How much did the {scene.what} go up or down between {labs[0]} and "
                    f"{labs[-1]} in percent? Round to 1 decimal place."])
    got = forms(ch, 1)
    return q, None if got is None else [got]


@stat()
def total(scene: Scene, rng: random.Random, d: Series) -> Asked:
    q = rng.choice(["What's the total?", "add them all up for me?",
                    f"What do these come to altogether ({scene.what})?"])
    return q, forms(sum(d[1], F(0)), scene.dp) and [forms(sum(d[1], F(0)), scene.dp) or []]


@stat("csv")
def highest(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    top = max(vals)
    if vals.count(top) > 1:
        return "", None
    q = rng.choice([f"Which one had the highest {scene.what}?",
                    f"which one was the highest? just the {scene.step} is fine"])
    return q, [[labs[vals.index(top)]]]


@stat("csv")
def count_above(scene: Scene, rng: random.Random, d: Series) -> Asked:
    vals = d[1]
    t = threshold(scene, rng)
    k = sum(v > t for v in vals)
    if t in vals or k in (0, len(vals)):
        return "", None
    shown = f"${float(t):,.0f}" if scene.money else f"{float(t):g}"
    q = rng.choice([f"How many entries are above {shown}?",
                    f"how many of them were over {shown}?",
                    f"Count the rows above {shown}."])
    return q, [[str(k)]]


@stat()
def share(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    i = rng.randrange(len(vals))
    got = forms(vals[i] / sum(vals, F(0)) * 100, 1)
    q = rng.choice([f"What share of the total was {labs[i]}? As a percentage, 1 dp.",
                    f"what % of the whole lot came from {labs[i]} (one decimal)"])
    return q, None if got is None else [got]


@stat()
def moving_average(scene: Scene, rng: random.Random, d: Series) -> Asked:
    p = places(scene)
    got = forms(mean(d[1][-3:]), p)
    q = rng.choice([f"What's the 3-point moving average for the most recent {scene.step}? "
                    f"(mean of the last three) {dp_words(p, rng)}",
                    f"give me the latest 3-{scene.step} rolling average, {dp_words(p, rng)}"])
    return q, None if got is None else [got]


def steps(d: Series) -> list[Fraction]:
    return [F(i + 1) for i in range(len(d[1]))]


@stat()
def trend(scene: Scene, rng: random.Random, d: Series) -> Asked:
    b = slope(steps(d), d[1])
    got = forms(b, 2)
    q = rng.choice([f"If I fit a least-squares straight line through these (in order, one per "
                    f"{scene.step}), what's the slope per {scene.step}? 2 dp",
                    f"What's the linear trend, i.e. the regression slope per {scene.step}, "
                    f"to 2 decimals?"])
    return q, None if got is None or abs(b) < F(1, 20) else [got]


@stat()
def forecast(scene: Scene, rng: random.Random, d: Series) -> Asked:
    xs = steps(d)
    nxt = mean(d[1]) + slope(xs, d[1]) * (len(xs) + 1 - mean(xs))
    got = forms(nxt, 1)
    q = rng.choice([f"Extend a least-squares linear trend one more {scene.step}: what does it "
                    f"forecast for the next {scene.step}? 1 dp",
                    f"fit a straight line (least squares) and predict the next {scene.step}, "
                    f"one decimal place"])
    return q, None if got is None or nxt <= 0 else [got]


@stat("csv")
def mode_or_lowest(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    if scene.dp == 0 and scene.kind != "days":
        mid = rng.randint(int(scene.lo), int(scene.hi) - 4)
        vals[:] = [F(rng.randint(mid, mid + 4)) for _ in vals]
        counts = sorted((vals.count(v), v) for v in set(vals))
        if len(counts) < 2 or counts[-1][0] == counts[-2][0]:
            return "", None
        return (rng.choice(["What's the mode?", "which value comes up most often?"]),
                [[str(counts[-1][1])]])
    low = min(vals)
    if vals.count(low) > 1:
        return "", None
    q = rng.choice([f"Which had the lowest {scene.what}?", f"which {scene.step} was lowest?"])
    return q, [[labs[vals.index(low)]]]


@stat("csv")
def rank(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    if len(set(vals)) < len(vals):
        return "", None
    i = rng.randrange(len(vals))
    k = sorted(vals, reverse=True).index(vals[i]) + 1
    q = rng.choice([f"Where does {labs[i]} rank, highest first?",
                    f"if I sort from highest to lowest, what position is {labs[i]} in?"])
    return q, [ordinal(k) + (["last"] if k == len(vals) else [])]


@stat()
def range_of(scene: Scene, rng: random.Random, d: Series) -> Asked:
    q = rng.choice(["What's the range (highest minus lowest)?",
                    f"what's the gap between the top and bottom {scene.what}?"])
    return q, [forms(max(d[1]) - min(d[1]), scene.dp) or []]


@stat()
def drop_lowest(scene: Scene, rng: random.Random, d: Series) -> Asked:
    vals = sorted(d[1])
    if vals[0] == vals[1]:
        return "", None
    p = places(scene)
    got = forms(mean(vals[1:]), p)
    q = rng.choice([f"If I drop the single lowest one, what's the mean of the rest? "
                    f"{dp_words(p, rng)}",
                    f"average without the bottom one, {dp_words(p, rng)}"])
    return q, None if got is None else [got]


@stat("csv")
def above_mean(scene: Scene, rng: random.Random, d: Series) -> Asked:
    m = mean(d[1])
    k = sum(v > m for v in d[1])
    if m in d[1]:
        return "", None
    q = rng.choice(["How many are above the average?",
                    f"how many {scene.step}s beat the mean?"])
    return q, [[str(k)]]


@stat()
def top_three_share(scene: Scene, rng: random.Random, d: Series) -> Asked:
    vals = sorted(d[1], reverse=True)
    if vals[2] == vals[3]:
        return "", None
    got = forms(sum(vals[:3], F(0)) / sum(vals, F(0)) * 100, 1)
    q = rng.choice(["What percentage of the total do the top three account for? 1 dp",
                    "the best three together make up what % of the total? one decimal"])
    return q, None if got is None else [got]


TIMELESS = {"trend": "range_of", "forecast": "drop_lowest", "moving_average": "above_mean",
            "pct_change": "top_three_share"}
# the fifteen statistics every scene is asked for (those registered below are substitutes)
TIMED = [name for name in STATS if name not in TIMELESS.values()]
@stat()
def pct_above(scene: Scene, rng: random.Random, d: Series) -> Asked:
    vals = d[1]
    t = threshold(scene, rng)
    k = sum(v > t for v in vals)
    got = forms(F(k * 100, len(vals)), 1)
    if t in vals or k in (0, len(vals)) or got is None:
        return "", None
    q = rng.choice([f"What percentage of these are above {float(t):g}? 1 dp",
                    f"what % were over {float(t):g}? (one decimal)"])
    return q, [got]


@stat()
def zscore(scene: Scene, rng: random.Random, d: Series) -> Asked:
    labs, vals = d
    i = rng.randrange(len(vals))
    z = dec(vals[i] - mean(vals)) / sqrt(variance(vals, True))
    got = forms(z, 2)
    if got is None or abs(z) < 0.05:
        return "", None
    q = rng.choice([f"What's the z-score of {labs[i]}'s {scene.what}, using the sample standard "
                    f"deviation? 2 dp",
                    f"How many standard deviations from the mean is {labs[i]}? (sample SD, "
                    f"round to 2 decimals)"])
    return q, [got]


@stat()
def cv(scene: Scene, rng: random.Random, d: Series) -> Asked:
    got = forms(sqrt(variance(d[1], True)) / dec(mean(d[1])) * 100, 1)
    q = rng.choice(["What's the coefficient of variation (sample SD divided by the mean), as a "
                    "percentage to 1 dp?",
                    "give me the CV in % — sample standard deviation over mean — one decimal"])
    return q, None if got is None else [got]


NONADDITIVE = {"total": "pct_above", "share": "zscore", "top_three_share": "cv"}
LABELLED = ("highest", "mode_or_lowest")
IN_ORDER = ("pct_change", "moving_average", "trend", "forecast")
HOW = ["lines", "list", "table", "sentence", "csv"]


def dated(rng: random.Random, n: int) -> list[str]:
    start = date(2026, rng.randint(1, 11), rng.randint(1, 20))
    return [(start + timedelta(days=i)).isoformat() for i in range(n)]


def scene_family(scene: Scene, name: str, turn: int) -> Family:
    how, ask = STATS[name]
    style = how or HOW[turn % len(HOW)]
    if style == "list" and name in ("share", "pct_change"):
        style = "lines"

    def make(rng: random.Random) -> Got:
        labs, vals = series(scene, rng)
        if style == "csv" and scene.kind == "days" and name not in LABELLED and rng.random() < 0.5:
            labs = dated(rng, len(labs))
        gap = rng.randrange(len(labs)) if style == "csv" and name not in IN_ORDER \
            and len(labs) > 5 and rng.random() < 0.35 else None
        used = [v for i, v in enumerate(vals) if i != gap]
        q, req = ask(scene, rng, ([a for i, a in enumerate(labs) if i != gap], used))
        if req is None:
            return None
        shown: list = [*used[:gap], None, *used[gap:]] if gap is not None else used
        text, extra = render(scene, rng, (labs, shown), style)
        return f"{text}\n{q}", req, extra
    return family(f"{scene.key}_{name}", make)


def scene_families(scenes: list[Scene]) -> list[Family]:
    out = []
    for i, s in enumerate(scenes):
        timed = s.kind in ("days", "weeks", "months")
        for j, name in enumerate(TIMED):
            name = name if timed else TIMELESS.get(name, name)
            name = name if s.additive else NONADDITIVE.get(name, name)
            out.append(scene_family(s, name, i + j))
    return out


SCENES = [
    Scene("runner", "weeks", 18, 65, 1, "weekly distance", "km",
          ["Half marathon training log, km per week:",
           "my weekly running totals (km) since I started the plan"]),
    Scene("cafe", "days", 250, 1400, 2, "daily takings", "takings",
          ["Takings at my café this week.", "Here's what the till said each day:"], step="day"),
    Scene("tomatoes", "list", 1, 9.5, 1, "yield", "kg",
          ["Tomato harvest by variety this summer (kg):",
           "How my tomato varieties did this year, kilos picked per plant type:"],
          names=["Sungold", "Moneymaker", "San Marzano", "Roma", "Brandywine", "Black Krim",
                 "Shirley", "Alicante", "Ailsa Craig"], step="variety"),
    Scene("bp", "days", 112, 158, 0, "systolic reading", "systolic",
          ["My GP wants me to track my blood pressure. Morning systolic readings:",
           "systolic bp this week (mmHg)"], step="day", additive=False),
    Scene("glucose", "days", 4.5, 11, 1, "fasting glucose", "mmol/L",
          ["Fasting blood sugar, mmol/L, one reading each morning:",
           "Logging my fasting glucose for the diabetes clinic."], step="day", additive=False),
    Scene("scores", "people", 38, 99, 0, "score", "score",
          ["Year 9 test marks out of 100:", "Here are my tutoring group's scores on the mock:"],
          step="student", n=(6, 10), additive=False),
    Scene("electric", "months", 48, 210, 2, "monthly bill", "bill",
          ["Our electricity bills this year:", "Monthly power bills so far"], step="month"),
    Scene("visitors", "days", 800, 5200, 0, "daily visitors", "visitors",
          ["Website visitors per day for the launch week:",
           "Traffic on my blog, unique visitors each day"], step="day"),
]

FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in scene_families(SCENES)]
