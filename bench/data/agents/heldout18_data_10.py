"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 10: travel money rates,
fantasy value picks, residual sums of squares, running balances, on-time rates, ages from birth
dates, dice tests, time-of-use bills, trailing-year revenue, volatility, marathon cut-offs and
pay gaps."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import pairwise

from bench.data.agents.heldout18_data import (
    PEOPLE,
    F,
    Family,
    Got,
    date_forms,
    family,
    forms,
    median,
    money,
    named,
    num,
    pct_of,
    r1,
    sqrt,
    table,
    variance,
)


@family
def fx_effective_rate(rng: random.Random) -> Got:
    swaps = [(rng.randint(5, 60) * 10, r1(rng, 1.05, 1.22, 4)) for _ in range(rng.randint(3, 5))]
    got = sum((a * r for a, r in swaps), F(0))
    f = forms(got / sum(a for a, _ in swaps), 4)
    lines = "; ".join(f"£{a} at {num(r, 4)}" for a, r in swaps)
    return (
        (
            f"On holiday I changed pounds to euros a few times: {lines} (euros per pound). What "
            "was my overall average rate, i.e. total euros received per pound spent? 4 dp",
            [f],
        )
        if f
        else None
    )


@family
def points_per_million(rng: random.Random) -> Got:
    names = rng.sample(
        [
            "Saka",
            "Palmer",
            "Watkins",
            "Isak",
            "Mbeumo",
            "Gordon",
            "Son",
            "Bowen",
            "Solanke",
            "Wissa",
        ],
        6,
    )
    rows = [[n, num(r1(rng, 4.5, 13, 1), 1), rng.randint(20, 160)] for n in names]
    val = {r[0]: F(r[2]) / F(r[1]) for r in rows}
    top = max(val, key=lambda k: val[k])
    most = max(rows, key=lambda r: r[2])[0]
    if sorted(val.values())[-2] == val[top] or most == top:
        return None
    f = forms(val[top], 2)
    return (
        (
            "Fantasy football: which of these players has the best points per £1m of price, and "
            "what's that figure? (2 dp) Sheet attached.",
            [[top], f],
            {"csv": table(["player", "price_m", "points"], rows)},
        )
        if f
        else None
    )


@family
def rss_line(rng: random.Random) -> Got:
    b, a = rng.randint(2, 6), rng.randint(-5, 10)
    xs = sorted(rng.sample(range(0, 12), rng.randint(5, 7)))
    ys = [a + b * x + rng.randint(-4, 4) for x in xs]
    rss = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys, strict=True))
    if rss == 0:
        return None
    pts = ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))
    sign = f"+ {a}" if a >= 0 else f"- {-a}"
    return (
        f"For the points {pts}, my model is y = {b}x {sign}. What's the residual sum of "
        "squares for this model?",
        [
            named(
                ["RSS", "SSE", "sum of squares", "residual sum of squares", "squared residuals"],
                [str(rss)],
            )
            + ([str(rss)] if len(str(rss)) > 2 else [])
        ],
    )


@family
def lowest_balance(rng: random.Random) -> Got:
    bal = F(rng.randint(20000, 150000), 100)
    start = bal
    d = date(2026, rng.randint(1, 11), 1)
    rows, low, low_d = [], None, None
    for _ in range(rng.randint(12, 20)):
        d += timedelta(days=rng.randint(0, 3))
        amt = (
            F(rng.randint(-45000, -500), 100)
            if rng.random() < 0.75
            else F(rng.randint(20000, 220000), 100)
        )
        bal += amt
        rows.append(
            [d.strftime("%d/%m/%Y"), rng.choice(["Card", "DD", "Transfer", "ATM"]), num(amt, 2)]
        )
        if low is None or bal < low:
            low, low_d = bal, d
    lows = [r for r in rows if r[0] == low_d.strftime("%d/%m/%Y")]
    if len(lows) > 1 or low >= start:
        return None
    f = forms(low, 2, signed=True)
    return (
        (
            f"My account started the month at £{num(start, 2)}. Transactions attached (dates "
            "day/month/year, negative = money out). What was the lowest the balance got, and on "
            "which date?",
            [
                f
                + [f"£{x}" for x in f]
                + [f"{m}£{x.lstrip('-')}" for x in f if x[0] == "-" for m in "-\u2212"]
                + [f"overdrawn by {c}{x.lstrip('-')}" for x in f if x[0] == "-" for c in ("£", "")],
                date_forms(low_d),
            ],
            {"csv": table(["date", "type", "amount"], rows)},
        )
        if f
        else None
    )


@family
def on_time_pct(rng: random.Random) -> Got:
    rows, ok = [], 0
    for i in range(rng.randint(15, 30)):
        due = date(2026, 1, 1) + timedelta(days=rng.randint(0, 330))
        done = due + timedelta(days=rng.randint(-6, 5))
        ok += done <= due
        rows.append([f"TASK-{100 + i}", due.isoformat(), done.isoformat()])
    f = forms(pct_of(ok, len(rows)), 1)
    return (
        (
            "Project tracker export attached. What percentage of tasks were finished on or before "
            "their due date? 1 dp",
            [f],
            {"csv": table(["task", "due", "completed"], rows)},
        )
        if f and 0 < ok < len(rows)
        else None
    )


@family
def mean_age(rng: random.Random) -> Got:
    ref = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    people = rng.sample(PEOPLE, rng.randint(6, 10))
    born = [date(rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28)) for _ in people]
    ages = [ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day)) for b in born]
    if any((b.month, b.day) == (ref.month, ref.day) for b in born):
        return None
    f = forms(F(sum(ages), len(ages)), 1)
    lines = "\n".join(
        f"{p}: born {b.strftime('%d %B %Y')}" for p, b in zip(people, born, strict=True)
    )
    return (
        (
            f"Book club members:\n{lines}\nWhat's the average age (in completed years) as of "
            f"{ref.strftime('%d %B %Y')}? one decimal",
            [named(["average", "mean"], f) + [x for x in f if "." in x]],
        )
        if f
        else None
    )


@family
def dice_chi_square(rng: random.Random) -> Got:
    n = rng.choice([60, 90, 120, 150, 180])
    counts = [0] * 6
    for _ in range(n):
        counts[rng.randrange(6) if rng.random() > 0.15 else 5] += 1
    e = F(n, 6)
    chi = sum(((c - e) ** 2 / e for c in counts), F(0))
    f = forms(chi, 2)
    lines = ", ".join(f"{i + 1}: {c}" for i, c in enumerate(counts))
    return (
        (
            f"I rolled a die {n} times to check if it's fair. Counts: {lines}. Calculate the "
            "chi-square goodness-of-fit statistic against a fair die. 2 dp",
            [
                named(["χ²", "chi-square", "chi-squared", "χ2", "chi2", "X²", "statistic"], f)
                + [x for x in f if len(x) > 3]
            ],
        )
        if f
        else None
    )


@family
def tou_cost(rng: random.Random) -> Got:
    peak, off = r1(rng, 0.28, 0.45, 3), r1(rng, 0.07, 0.15, 3)
    rows, cost = [], F(0)
    for h in range(24):
        k = r1(rng, 0.1, 2.8, 2)
        cost += k * (peak if 16 <= h < 20 else off)
        rows.append([f"{h:02d}:00", num(k, 2)])
    f = money(cost)
    return (
        (
            f"My tariff: {num(peak, 3)} $/kWh from 4pm to 8pm (16:00-19:59), {num(off, 3)} $/kWh "
            "the rest of the day. Yesterday's hourly usage is attached. What did yesterday's "
            "electricity cost?",
            [f],
            {"csv": table(["hour_start", "kwh"], rows)},
        )
        if f
        else None
    )


@family
def ttm_revenue(rng: random.Random) -> Got:
    n = rng.randint(15, 24)
    start = rng.randint(2021, 2023)
    rows, vals = [], []
    for i in range(n):
        v = rng.randint(40000, 160000)
        vals.append(v)
        rows.append([f"{start + i // 12}-{i % 12 + 1:02d}", f"{v:,}"])
    ttm, prev = sum(vals[-12:]), sum(vals[-24:-12]) if n >= 24 else None
    f = forms(ttm, 0)
    return (
        (
            "Monthly revenue attached. What's our trailing-twelve-month (TTM) revenue as of the "
            "latest month?",
            [[f"${x}" for x in f] + [x for x in f if "," in x]],
            {"csv": table(["month", "revenue"], rows)},
        )
        if f and prev != ttm
        else None
    )


@family
def daily_volatility(rng: random.Random) -> Got:
    p = [r1(rng, 20, 200, 2)]
    for _ in range(rng.randint(8, 14)):
        p.append(F(round(p[-1] * (1 + F(rng.randint(-40, 40), 1000)) * 100), 100))
    rets = [(b - a) / a * 100 for a, b in pairwise(p)]
    f = forms(sqrt(variance(rets, sample=True)), 2)
    return (
        (
            "Closing prices below. Work out the daily % returns, then give me the sample standard "
            f"deviation of those returns (in %, 2 dp).\n{', '.join(num(x, 2) for x in p)}",
            [
                [f"{x}%" for x in f]
                + [f"{x} %" for x in f]
                + named(["standard deviation", "SD", "volatility"], f)
            ],
        )
        if f
        else None
    )


@family
def sub4_marathon(rng: random.Random) -> Got:
    n = rng.randint(25, 45)
    secs = [rng.randint(2 * 3600 + 50 * 60, 5 * 3600 + 30 * 60) for _ in range(n)]
    if 4 * 3600 in secs:
        return None
    k = sum(s < 4 * 3600 for s in secs)
    f = forms(pct_of(k, n), 1)
    rows = [
        [f"{1000 + i}", f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"]
        for i, s in enumerate(secs)
    ]
    return (
        (
            "Our club's marathon results are attached. What percentage of us went under four "
            "hours? one decimal",
            [f],
            {"csv": table(["bib", "chip_time"], rows)},
        )
        if f and 0 < k < n
        else None
    )


@family
def pay_gap(rng: random.Random) -> Got:
    rows = []
    for i in range(rng.randint(16, 30)):
        g = rng.choice("MF")
        rows.append([f"E{i + 1:03d}", g, num(r1(rng, 11, 42, 2) + (F(2) if g == "M" else 0), 2)])
    m = [F(r[2]) for r in rows if r[1] == "M"]
    w = [F(r[2]) for r in rows if r[1] == "F"]
    if len(m) < 4 or len(w) < 4:
        return None
    gap = (median(m) - median(w)) / median(m) * 100
    f = forms(gap, 1, signed=True)
    return (
        (
            "For our pay gap report: using the attached hourly rates, what's the median gender "
            "pay gap, i.e. (men's median - women's median) / men's median, as a %? 1 dp",
            [f],
            {"csv": table(["employee", "sex", "hourly_rate"], rows)},
        )
        if f and gap
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        fx_effective_rate,
        points_per_million,
        rss_line,
        lowest_balance,
        on_time_pct,
        mean_age,
        dice_chi_square,
        tou_cost,
        ttm_revenue,
        daily_volatility,
        sub4_marathon,
        pay_gap,
    )
]
