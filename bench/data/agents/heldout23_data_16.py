"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 16: weekdays and units."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout23_data import (
    CITIES,
    MONTHS,
    F,
    Fraction,
    Made,
    csv,
    fam,
    lines,
    mean,
    median,
    months,
    nf,
    pct,
    pick,
    s,
    sd,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


def col(v: list[Fraction], dp: int = 0) -> list[str]:
    return [s(x, dp) for x in v]


def sep(rng: random.Random) -> str:
    return "\t" if rng.random() < 0.25 else ","


def run_dates(rng: random.Random, n: int) -> list[dt.date]:
    start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return [start + dt.timedelta(days=i) for i in range(n)]


@fam
def max_min_pct_gap(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    v = vals(rng, n, 800, 6000)
    x = pct(max(v), min(v))
    if tie(x, 1):
        return None
    q = pick(rng, "Monthly sales:\n{}\nHow much higher, in percent, was the best month than the "
             "worst? 1 dp", "{}\nbest month vs worst month — % difference relative to the worst,"
             " one decimal")
    return q.format(lines(months(rng, n), v, sep=": $")), [nf(x, 1)]


@fam
def csv_best_avg_category(rng: random.Random) -> Made:
    n = rng.randint(9, 24)
    cats = rng.sample(["drama", "comedy", "horror", "sci-fi", "documentary"], rng.randint(2, 4))
    cat = [rng.choice(cats) for _ in range(n)]
    r = vals(rng, n, 2, 10, 1)
    avg = {c: mean([x for a, x in zip(cat, r, strict=True) if a == c]) for c in set(cat)}
    o = sorted(avg.values())
    if len(o) < 2 or o[-1] - o[-2] < F(1, 100) or tie(o[-1]):
        return None
    best = max(avg, key=lambda c: avg[c])
    c = csv(["film", "genre", "my_rating"], [f"film {i + 1}" for i in range(n)], cat, col(r, 1),
            sep=sep(rng))
    q = pick(rng, "Which genre do I rate highest on average, and what's that average (2 dp)?",
             "best-rated genre by mean rating + the mean, 2 decimals")
    return q, [[best], nf(avg[best])], {"csv": c}


@fam
def csv_more_volatile(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    a, b = rng.sample(["AAPL", "MSFT", "TSLA", "NVDA", "AMZN", "META"], 2)
    x = vals(rng, n, 90, 110, 2)
    y = vals(rng, n, 60, 140, 2)
    if rng.random() < 0.5:
        x, y = y, x
    sx, sy = sd(x), sd(y)
    if tie(max(sx, sy)) or abs(sx - sy) < 1:
        return None
    c = csv(["date", a, b], [d.isoformat() for d in run_dates(rng, n)], col(x, 2), col(y, 2),
            sep=sep(rng))
    q = pick(rng, "Which of the two stocks has the bigger sample standard deviation of price, "
             "and what is it (2 dp)?", "more volatile ticker by sample SD of closes? give the SD "
             "too, 2 decimals")
    return q, [[a if sx > sy else b], nf(max(sx, sy))], {"csv": c}


@fam
def csv_weekend_share(rng: random.Random) -> Made:
    n = rng.randint(10, 28)
    ds = run_dates(rng, n)
    v = vals(rng, n, 100, 900)
    we = sum(x for d, x in zip(ds, v, strict=True) if d.weekday() >= 5)
    x = we / sum(v) * 100
    if not we or tie(x, 1):
        return None
    c = csv(["date", "sales"], [d.isoformat() for d in ds], col(v), sep=sep(rng))
    q = pick(rng, "What share of sales came on weekends (Sat and Sun)? %, 1 dp",
             "weekend sales as a percentage of the total (one decimal)?")
    return q, [nf(x, 1)], {"csv": c}


@fam
def csv_month_vs_month(rng: random.Random) -> Made:
    m = rng.randint(1, 11)
    ds = sorted({dt.date(2026, m + rng.randint(0, 1), rng.randint(1, 28)) for _ in range(24)})
    v = vals(rng, len(ds), 5, 120, 2)
    a = sum(x for d, x in zip(ds, v, strict=True) if d.month == m)
    b = sum(x for d, x in zip(ds, v, strict=True) if d.month == m + 1)
    if not a or not b:
        return None
    x = pct(b, a)
    if tie(x, 1):
        return None
    c = csv(["date", "amount"], [d.isoformat() for d in ds], col(v, 2), sep=sep(rng))
    q = pick(rng, "How did my total spending in {1} compare with {0}? % change, 1 dp",
             "percent change in monthly total from {0} to {1} (1 decimal)")
    return q.format(MONTHS[m - 1], MONTHS[m]), [nf(x, 1, True)], {"csv": c}


@fam
def csv_weekday_mean(rng: random.Random) -> Made:
    n = rng.randint(8, 28)
    ds = run_dates(rng, n)
    v = vals(rng, n, 10, 90)
    got = [x for d, x in zip(ds, v, strict=True) if d.weekday() < 5]
    if len(got) < 2 or tie(mean(got)):
        return None
    c = csv(["date", "commute_min"], [d.isoformat() for d in ds], col(v), sep=sep(rng))
    q = pick(rng, "Average commute on weekdays only (Mon-Fri)? 2 dp",
             "mean commute_min excluding Saturdays and Sundays, 2 decimals")
    return q, [nf(mean(got))], {"csv": c}


@fam
def unit_price_best(rng: random.Random) -> Made:
    k = rng.randint(3, 5)
    g = rng.sample([100, 150, 200, 250, 300, 400, 500, 750, 1000], k)
    base = F(rng.randint(60, 250), 100)
    p = [base * F(w, 100) * F(rng.randint(80, 120), 100) for w in g]
    p = [F(round(x * 100), 100) for x in p]
    per = [x / w * 100 for x, w in zip(p, g, strict=True)]
    o = sorted(per)
    if o[1] - o[0] < F(1, 100) or tie(o[0], 2):
        return None
    body = "\n".join(f"{w} g for ${s(x, 2)}" for w, x in zip(g, p, strict=True))
    q = pick(rng, "Sizes of the same cereal:\n{}\nWhat's the lowest price per 100 g? 2 dp",
             "{}\nbest value — cheapest price per 100 grams (2 decimals)?")
    return q.format(body), [nf(o[0])]


@fam
def csv_big_swing_days(rng: random.Random) -> Made:
    n = rng.randint(8, 28)
    hi = vals(rng, n, 10, 35)
    lo = [h - rng.randint(2, 16) for h in hi]
    t = rng.choice([8, 10, 12])
    k = sum(1 for a, b in zip(hi, lo, strict=True) if a - b > t)
    c = csv(["date", "high", "low"], [d.isoformat() for d in run_dates(rng, n)], col(hi),
            col(lo), sep=sep(rng))
    gap = mean([a - b for a, b in zip(hi, lo, strict=True)])
    if tie(gap):
        return None
    q = pick(rng, "On how many days was the gap between high and low more than {} degrees? And "
             "the average gap (2 dp)?", "count days where high - low > {}, plus mean daily range"
             " to 2 decimals")
    return q.format(t), [[str(k)], nf(gap)], {"csv": c}


@fam
def csv_running_total_month(rng: random.Random) -> Made:
    v = vals(rng, 12, 1000, 9000)
    i = rng.randint(2, 10)
    c = csv(["month", "sales"], [m[:3] for m in MONTHS], col(v), sep=sep(rng))
    q = pick(rng, "What's the year-to-date total at the end of {}?",
             "cumulative sales from January through {}?")
    return q.format(MONTHS[i]), [nf(sum(v[:i + 1]), 0)], {"csv": c}


@fam
def salary_k_median(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10])
    v = vals(rng, n, 28, 140)
    m = median(v)
    if m in v:
        return None
    q = pick(rng, "Salaries on the team: {}. What's the median? (in k)",
             "median of these salaries please: {}")
    body = ", ".join(f"{int(x)}k" for x in v)
    ks = nf(m, 1)
    return q.format(body), [ks + [f"{k}k" for k in ks] + [f"{int(m * 1000):,}",
                                                          str(int(m * 1000))]]


@fam
def city_temp_spread(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    lab = rng.sample(CITIES, n)
    v = vals(rng, n, -5, 30, 1)
    x = sd(v, False)
    if tie(x):
        return None
    q = pick(rng, "Right now:\n{}\nWhat's the population standard deviation of these "
             "temperatures? 2 dp", "{}\nhow spread out are these temps? population SD, "
             "2 decimals")
    return q.format(lines(lab, v, 1, "°C")), [nf(x)]


@fam
def pace_per_km(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    km = vals(rng, n, 2, 21, 1)
    secs = [int(k * rng.randint(250, 480)) for k in km]
    tot = F(sum(secs)) / sum(km)
    if tie(tot, 0):
        return None
    p = int(tot + F(1, 2))
    forms = [f"{p // 60}:{p % 60:02d}", f"{p // 60} min {p % 60} s", f"{p // 60}m {p % 60}s",
             f"{p // 60} minutes {p % 60} seconds", f"{p // 60}:{p % 60:02d} per km"]
    body = "\n".join(f"{s(k, 1)} km in {t // 60}:{t % 60:02d}" for k, t in zip(km, secs,
                                                                              strict=True))
    q = pick(rng, "My runs:\n{}\nWhat's my overall average pace per km (total time / total "
             "distance), to the nearest second, as m:ss?", "{}\naverage pace across all runs in "
             "min:sec per km, rounded to the second")
    return q.format(body), [forms]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    max_min_pct_gap, csv_best_avg_category, csv_more_volatile, csv_weekend_share,
    csv_month_vs_month, csv_weekday_mean, unit_price_best, csv_big_swing_days,
    csv_running_total_month, salary_k_median, city_temp_spread, pace_per_km)]
