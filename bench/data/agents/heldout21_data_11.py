"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 11: calendar questions on
dated CSVs (weekdays vs weekends, monthly totals), ranks and filters across columns."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout21_data import DAYS, MONTHS, NAMES, PLOT, R2, forms, mean
from bench.data.agents.heldout21_data_6 import Made, pick, wrap
from bench.data.agents.helpers import Family

SERIES = [("steps", 3000, 15000), ("sales", 200, 1800), ("visitors", 80, 950), ("cups", 60, 340)]


def daily(rng: random.Random, n: int, start: dt.date | None = None) -> tuple[str, list[dt.date], list[int]]:
    col, lo, hi = rng.choice(SERIES)
    start = start or dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    ds = [start + dt.timedelta(days=i) for i in range(n)]
    return col, ds, [rng.randint(lo, hi) for _ in ds]


def table(rng: random.Random, col: str, ds: list[dt.date], vs: list[int]) -> str:
    s = rng.choice([",", "\t"])
    return "\n".join([f"date{s}{col}"] + [f"{d.isoformat()}{s}{v}" for d, v in zip(ds, vs, strict=True)]) + "\n"


def weekend_avg(rng: random.Random) -> Made:
    col, ds, vs = daily(rng, rng.randint(14, 30))
    we = [F(v) for d, v in zip(ds, vs, strict=True) if d.weekday() >= 5]
    wd = [F(v) for d, v in zip(ds, vs, strict=True) if d.weekday() < 5]
    text = pick(rng, [f"Using the dates in the attached file, what's the average {col} on weekends (Sat–Sun) vs weekdays (Mon–Fri)? {pick(rng, R2)}",
                      f"weekday average vs weekend average of {col} in this csv? {pick(rng, R2)}"])
    return text, [forms(mean(wd), 2), forms(mean(we), 2)], {"csv": table(rng, col, ds, vs)}


def best_weekday(rng: random.Random) -> Made:
    col, ds, vs = daily(rng, rng.choice([14, 21, 28]))
    avg = {DAYS[k]: mean([F(v) for d, v in zip(ds, vs, strict=True) if d.weekday() == k]) for k in range(7)}
    top = max(avg.values())
    if list(avg.values()).count(top) > 1:
        return None
    day = next(k for k, v in avg.items() if v == top)
    text = f"Which day of the week has the highest average {col} in the attached data, and what's that average? {pick(rng, R2)}"
    return text, [[day], forms(top, 2)], {"csv": table(rng, col, ds, vs)}


def month_total(rng: random.Random) -> Made:
    start = dt.date(2026, rng.randint(1, 10), rng.randint(10, 28))
    col, ds, vs = daily(rng, rng.randint(15, 30), start)
    months = sorted({d.month for d in ds})
    if len(months) < 2:
        return None
    m = rng.choice(months)
    tot = sum(v for d, v in zip(ds, vs, strict=True) if d.month == m)
    text = pick(rng, [f"What's the total {col} for {MONTHS[m - 1]} in the attached daily data?",
                      f"sum {col} for just the {MONTHS[m - 1]} dates in this csv"])
    return text, [forms(F(tot), 0)], {"csv": table(rng, col, ds, vs)}


def month_plot(rng: random.Random) -> Made:
    start = dt.date(2026, rng.randint(1, 10), rng.randint(15, 28))
    col, ds, vs = daily(rng, rng.randint(15, 30), start)
    months = sorted({d.month for d in ds})
    if len(months) < 2:
        return None
    m = months[-1]
    avg = mean([F(v) for d, v in zip(ds, vs, strict=True) if d.month == m])
    text = f"Plot the daily {col} from the attached file and tell me the average for {MONTHS[m - 1]} only ({pick(rng, R2)})"
    return text, [PLOT, forms(avg, 2)], {"csv": table(rng, col, ds, vs)}


def rank_student(rng: random.Random) -> Made:
    names = rng.sample(NAMES, rng.randint(8, 20))
    scores = rng.sample(range(35, 101), len(names))
    who = rng.randrange(len(names))
    rank = sorted(scores, reverse=True).index(scores[who]) + 1
    s = rng.choice([",", "\t"])
    csv = "\n".join([f"student{s}score"] + [f"{n}{s}{v}" for n, v in zip(names, scores, strict=True)]) + "\n"
    text = pick(rng, [f"Where does {names[who]} rank in the attached class list (1 = highest score)?",
                      f"What position is {names[who]} in if we sort the file by score, highest first?"])
    return text, [forms(F(rank), 0)], {"csv": csv}


def nth_highest(rng: random.Random) -> Made:
    col, ds, vs = daily(rng, rng.randint(10, 30))
    if len(set(vs)) != len(vs):
        return None
    k = rng.choice([2, 3])
    word = {2: "second", 3: "third"}[k]
    v = sorted(vs, reverse=True)[k - 1]
    d = ds[vs.index(v)].isoformat()
    from bench.data.agents.heldout21_data import labforms
    text = f"What's the {word}-highest {col} in the attached file, and on which date?"
    return text, [forms(F(v), 0), labforms(d)], {"csv": table(rng, col, ds, vs)}


def cond_sum(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    ds = [dt.date(2026, 6, 1) + dt.timedelta(days=i) for i in range(n)]
    temp = [rng.randint(14, 34) for _ in ds]
    sold = [max(0, 6 * t - 40 + rng.randint(-25, 25)) for t in temp]
    t0 = rng.randint(20, 28)
    if t0 in temp:
        return None
    hot = [s_ for t, s_ in zip(temp, sold, strict=True) if t > t0]
    if not hot:
        return None
    s = rng.choice([",", "\t"])
    csv = "\n".join([f"date{s}temp_c{s}ice_creams"] + [f"{d.isoformat()}{s}{t}{s}{v}" for d, t, v in zip(ds, temp, sold, strict=True)]) + "\n"
    text = pick(rng, [f"How many ice creams did we sell in total on days warmer than {t0} °C? Log attached.",
                      f"total ice_creams for rows where temp_c > {t0}, and on how many days was that?"])
    return text, [forms(F(sum(hot)), 0), forms(F(len(hot)), 0)] if "how many days" in text else [forms(F(sum(hot)), 0)], {"csv": csv}


def cond_mean(rng: random.Random) -> Made:
    n = rng.randint(10, 25)
    ds = [dt.date(2026, 3, 1) + dt.timedelta(days=i) for i in range(n)]
    rain = [rng.choice([0, 0, 0, rng.randint(1, 30)]) for _ in ds]
    visitors = [rng.randint(300, 900) - 8 * r for r in rain]
    dry = [F(v) for r, v in zip(rain, visitors, strict=True) if r == 0]
    wet = [F(v) for r, v in zip(rain, visitors, strict=True) if r > 0]
    if len(dry) < 2 or len(wet) < 2:
        return None
    s = rng.choice([",", "\t"])
    csv = "\n".join([f"date{s}rain_mm{s}visitors"] + [f"{d.isoformat()}{s}{r}{s}{v}" for d, r, v in zip(ds, rain, visitors, strict=True)]) + "\n"
    text = f"Our park's visitor log is attached. What's the average number of visitors on dry days (rain_mm = 0) versus rainy days (rain_mm > 0)? {pick(rng, R2)}"
    return text, [forms(mean(dry), 2), forms(mean(wet), 2)], {"csv": csv}


fam_weekend_avg = wrap("weekend_avg", weekend_avg)
fam_best_weekday = wrap("best_weekday", best_weekday)
fam_month_total = wrap("month_total", month_total)
fam_month_plot = wrap("month_plot", month_plot)
fam_rank_student = wrap("rank_student", rank_student)
fam_nth_highest = wrap("nth_highest", nth_highest)
fam_cond_sum = wrap("cond_sum", cond_sum)
fam_cond_mean = wrap("cond_mean", cond_mean)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_weekend_avg, fam_best_weekday, fam_month_total, fam_month_plot, fam_rank_student,
    fam_nth_highest, fam_cond_sum, fam_cond_mean)]
