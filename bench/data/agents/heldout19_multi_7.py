"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 7: lists and CSV files
summed or averaged, then converted, charted or turned into a health figure."""

from __future__ import annotations

import datetime as dt
import random
import statistics

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout19_multi import MONTHS, F, Req, Tie, dec, made, num, same, whole
from bench.data.agents.helpers import Family

Out = tuple[str, Req] | tuple[str, Req, dict[str, object]]


def days(n: int, rng: random.Random) -> list[str]:
    start = dt.date(2026, rng.randint(1, 10), rng.randint(1, 20))
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]


def csv(header: list[str], rows: list[list[object]], rng: random.Random) -> str:
    sep = rng.choice([",", "\t"])
    return "\n".join(sep.join(str(c) for c in r) for r in [header, *rows]) + "\n"


def d_temps_f(rng: random.Random) -> Out:
    n = rng.randint(6, 12)
    temps = [rng.randint(40, 99) for _ in range(n)]
    mean = F(sum(temps), n)
    t = rng.choice(
        [
            "Attached are daily highs in °F. What's the average in °F and in °C (1 decimal each)?",
            "avg temp in the csv (fahrenheit, 1 dp), then the same average in celsius",
        ]
    )
    return (
        t,
        [num(mean, 1), same((mean - 32) * 5 / 9, (r2(mean, 1) - 32) * 5 / 9, 1)],
        {
            "csv": csv(
                ["date", "high_f"], [list(r) for r in zip(days(n, rng), temps, strict=True)], rng
            )
        },
    )


def d_runs_miles(rng: random.Random) -> Out:
    n = rng.randint(5, 10)
    kms = [F(rng.randint(30, 220), 10) for _ in range(n)]
    total = sum(kms, F(0))
    t = rng.choice(
        [
            "Here's my running log. Total km this month, and that in miles (1 mile = "
            "1.609 km, 2 dp)?",
            "sum the km column in the attached file, then convert to miles @ 1.609 km/mi",
        ]
    )
    rows = [[d, dec(k)] for d, k in zip(days(n, rng), kms, strict=True)]
    return t, [num(total, 1), num(total / F("1.609"))], {"csv": csv(["date", "km"], rows, rng)}


def d_expenses_eur(rng: random.Random) -> Out:
    cats = rng.sample(
        ["rent", "food", "transport", "phone", "gym", "fun", "utilities", "gifts"],
        rng.randint(4, 7),
    )
    amts = [F(rng.randint(1500, 150000), 100) for _ in cats]
    total = sum(amts, F(0))
    rate = rng.choice(["0.86", "0.92", "0.79"])
    to = {"0.86": "EUR", "0.92": "CHF", "0.79": "GBP"}[rate]
    t = rng.choice(
        [
            f"What do my expenses in this CSV add up to (USD), and what's that in {to} at "
            f"1 USD = {rate} {to}?",
            f"total spend from the file + in {to} (rate {rate})",
        ]
    )
    rows = [[c, f"{float(a):.2f}"] for c, a in zip(cats, amts, strict=True)]
    return (
        t,
        [num(total), num(total * F(rate))],
        {"csv": csv(["category", "amount_usd"], rows, rng)},
    )


def d_sales_chart(rng: random.Random) -> Out:
    n = rng.randint(5, 12)
    start = rng.randint(0, 12 - n)
    vals = rng.sample(range(1200, 9800), n)
    best = MONTHS[start + vals.index(max(vals))]
    t = rng.choice(
        [
            "Plot monthly sales from this CSV as a line chart; tell me the best month + the total",
            "which month had the highest sales in the attached data? also draw a chart of it",
        ]
    )
    if best == "May":
        raise Tie
    rows = [[MONTHS[start + i], v] for i, v in enumerate(vals)]
    return t, [PLOT, [best], whole(sum(vals))], {"csv": csv(["month", "sales"], rows, rng)}


def d_weight_bmi(rng: random.Random) -> Out:
    n, h = rng.randint(5, 10), rng.randint(155, 195)
    base = rng.uniform(20, 32) * h * h / 10000
    ws = [F(round((base + rng.uniform(-2, 2)) * 10), 10) for _ in range(n)]
    t = rng.choice(
        [
            f"My weigh-ins are attached (kg). Average weight to 1 dp, and my BMI on the most "
            f"recent (last) entry at {h} cm, 2 decimals?",
            f"csv of weights: mean (1 decimal) + BMI for the latest one, height {h}cm, 2 dp",
        ]
    )
    rows = [[d, dec(w)] for d, w in zip(days(n, rng), ws, strict=True)]
    return (
        t,
        [num(sum(ws, F(0)) / n, 1), num(ws[-1] / F(h, 100) ** 2)],
        {"csv": csv(["date", "weight_kg"], rows, rng)},
    )


def d_steps_chart(rng: random.Random) -> Out:
    steps = [rng.randint(2500, 16000) for _ in range(7)]
    t = rng.choice(
        [
            f"steps this week: {', '.join(map(str, steps))}. average per day (nearest "
            "whole) and plot them as a bar chart",
            f"Chart my daily steps {' '.join(map(str, steps))} and tell me the daily mean, rounded",
        ]
    )
    return t, [num(F(sum(steps), 7), 0), PLOT]


def d_prices_gbp(rng: random.Random) -> Out:
    n = rng.choice([6, 8, 10])
    ps = [F(rng.randint(150, 4000), 100) for _ in range(n)]
    rate = rng.choice(["1.27", "1.25", "1.3"])
    t = (
        f"Prices I paid (£): {', '.join(f'{float(p):.2f}' for p in ps)}. What's the median, and "
        f"the total in USD at £1 = ${rate}?"
    )
    med = statistics.median(ps)
    if med in ps or (med * 100).denominator != 1:
        raise Tie
    return t, [num(med), num(sum(ps, F(0)) * F(rate))]


def d_heights_cm(rng: random.Random) -> Out:
    n = rng.randint(5, 9)
    names = rng.sample(
        [
            "Amelia",
            "Benjamin",
            "Callum",
            "Deborah",
            "Elijah",
            "Fatima",
            "Gustavo",
            "Isabella",
            "Jonah",
            "Kenji",
        ],
        n,
    )
    ins = [rng.randint(48, 76) for _ in range(n)]
    tallest = names[ins.index(max(ins))]
    if ins.count(max(ins)) > 1:
        raise Tie
    t = rng.choice(
        [
            "Who's tallest in this file, and what's the mean height in cm (1 in = 2.54 cm, 1 dp)?",
            "heights are in inches: average them in cm (x2.54, 1 decimal), and name the tallest",
        ]
    )
    rows = [[a, b] for a, b in zip(names, ins, strict=True)]
    return (
        t,
        [[tallest], num(F(sum(ins), n) * F("2.54"), 1)],
        {"csv": csv(["name", "height_in"], rows, rng)},
    )


def d_commute(rng: random.Random) -> Out:
    mins = [rng.randint(18, 75) for _ in range(5)]
    t = rng.choice(
        [
            f"My commute times Mon–Fri were {', '.join(map(str, mins))} minutes. Average "
            "per day (1 dp) and total for the week in hours (2 dp)?",
            f"commutes: {' / '.join(map(str, mins))} min. mean? and weekly total in hours, "
            "2 decimals",
        ]
    )
    return t, [num(F(sum(mins), 5), 1), num(F(sum(mins), 60))]


def d_fillups(rng: random.Random) -> Out:
    n = rng.randint(4, 8)
    litres = [F(rng.randint(200, 650), 10) for _ in range(n)]
    price = [F(rng.randint(149, 199), 100) for _ in range(n)]
    spent = sum((a * b for a, b in zip(litres, price, strict=True)), F(0))
    vol = sum(litres, F(0))
    t = rng.choice(
        [
            "From my fuel log: total spent (litres × price per litre), and total litres in "
            "US gallons (1 gal = 3.785 L, 2 dp)?",
            "how much did I spend on fuel in this file? also convert the total litres to "
            "gallons at 3.785 L/gal",
        ]
    )
    rows = [
        [d, dec(a), f"{float(b):.2f}"] for d, a, b in zip(days(n, rng), litres, price, strict=True)
    ]
    return (
        t,
        [num(spent), num(vol / F("3.785"))],
        {"csv": csv(["date", "litres", "price_per_l"], rows, rng)},
    )


def d_rain_inches(rng: random.Random) -> Out:
    mm = [rng.randint(0, 40) for _ in range(rng.randint(6, 10))]
    total = sum(mm)
    if total < 30:
        raise Tie
    t = rng.choice(
        [
            f"Rainfall (mm): {', '.join(map(str, mm))}. Total in mm, and in inches (1 in = "
            "25.4 mm, 2 dp)?",
            f"add up this rain {' '.join(map(str, mm))} mm and convert to inches, 2 decimals",
        ]
    )
    return t, [whole(total), num(F(total, 1) / F("25.4"))]


def d_revenue_chart(rng: random.Random) -> Out:
    prods = rng.sample(
        ["Mugs", "Caps", "Pins", "Totes", "Socks", "Prints", "Keyrings"], rng.randint(3, 6)
    )
    units = [rng.randint(5, 120) for _ in prods]
    price = [F(rng.randint(300, 3000), 100) for _ in prods]
    rev = sum((u * p for u, p in zip(units, price, strict=True)), F(0))
    t = rng.choice(
        [
            "Total revenue in this CSV (units × price, all rows), and make a bar chart of "
            "units by product",
            "bar chart of units per product please, and what's the total revenue?",
        ]
    )
    rows = [[a, u, f"{float(p):.2f}"] for a, u, p in zip(prods, units, price, strict=True)]
    return t, [num(rev), PLOT], {"csv": csv(["product", "units", "price"], rows, rng)}


def d_hr_zone(rng: random.Random) -> Out:
    hrs = [rng.randint(110, 175) for _ in range(rng.randint(5, 8))]
    age = rng.randint(20, 60)
    mean = F(sum(hrs), len(hrs))
    t = rng.choice(
        [
            f"My heart rate readings during a workout: {', '.join(map(str, hrs))}. Average "
            f"(1 dp), and what % of my max (220 − age, I'm {age}) is that average, 1 dp?",
            f"avg HR of {' '.join(map(str, hrs))} bpm to 1 decimal, then as a percent of "
            f"max HR for a {age}-year-old (max = 220 - age)",
        ]
    )
    return t, [num(mean, 1), same(mean * 100 / (220 - age), r2(mean, 1) * 100 / (220 - age), 1)]


def d_salaries_eur(rng: random.Random) -> Out:
    n = rng.randint(4, 8)
    sal = [rng.randint(28, 140) * 1000 for _ in range(n)]
    t = rng.choice(
        [
            f"Salaries on my team (USD): {', '.join(f'{s:,}' for s in sal)}. Mean salary, "
            "and the mean in euros at 1 USD = 0.86 EUR?",
            f"average of these salaries {' ; '.join(map(str, sal))} dollars, and in EUR at 0.86",
        ]
    )
    mean = F(sum(sal), n)
    return t, [num(mean), same(mean * F("0.86"), r2(mean) * F("0.86"))]


def d_grades_chart(rng: random.Random) -> Out:
    subs = rng.sample(
        ["Maths", "English", "Biology", "History", "Drama", "Physics", "French", "Music"],
        rng.randint(4, 7),
    )
    marks = [rng.randint(52, 99) for _ in subs]
    t = rng.choice(
        [
            "Here are my grades. Average mark to 1 decimal, my best subject, and a bar "
            "chart please",
            "grades csv: which subject is highest? mean (1 dp)? chart them",
        ]
    )
    if marks.count(max(marks)) > 1:
        raise Tie
    rows = [[a, b] for a, b in zip(subs, marks, strict=True)]
    return (
        t,
        [num(F(sum(marks), len(marks)), 1), [subs[marks.index(max(marks))]], PLOT],
        {"csv": csv(["subject", "mark"], rows, rng)},
    )


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        d_temps_f,
        d_runs_miles,
        d_expenses_eur,
        d_sales_chart,
        d_weight_bmi,
        d_steps_chart,
        d_prices_gbp,
        d_heights_cm,
        d_commute,
        d_fillups,
        d_rain_inches,
        d_revenue_chart,
        d_hr_zone,
        d_salaries_eur,
        d_grades_chart,
    )
]
