"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 6: before/after medians,
rates per head of population, interpolated readings, mixed units, click-through rates, baby
feeds, covariance, stock costs, attendance, rainfall and reading logs."""

from __future__ import annotations

import random

from bench.data.agents.heldout18_data import (
    PEOPLE,
    F,
    Family,
    Got,
    date_forms,
    days,
    family,
    forms,
    mean,
    median,
    money,
    named,
    num,
    pct_of,
    r1,
    table,
)


@family
def cashier_wait(rng: random.Random) -> Got:
    before = [rng.randint(3, 16) for _ in range(rng.choice([7, 9, 11]))]
    after = [rng.randint(1, 10) for _ in range(rng.choice([8, 10, 12]))]
    d = median(before) - median(after)
    f = forms(d, 1)
    if not f or d <= 0:
        return None
    return (
        f"Wait times at the till (minutes) before we added a second cashier: "
        f"{', '.join(map(str, before))}. After: {', '.join(map(str, after))}. By how much did "
        "the median wait drop? one decimal",
        [
            [f"{x} min" for x in f]
            + [f"{x} minutes" for x in f]
            + named(["dropped by", "by"], f)
            + [x for x in f if len(x) > 2]
        ],
    )


@family
def rate_per_100k(rng: random.Random) -> Got:
    towns = rng.sample(
        ["Ashford", "Brampton", "Carlow", "Dunmore", "Elmstead", "Fairley", "Glenrock", "Hollis"],
        rng.randint(4, 6),
    )
    rows = [
        [t, f"{(p := rng.randint(8000, 240000)):,}", rng.randint(3, int(p * 0.002))] for t in towns
    ]
    rate = {r[0]: F(r[2] * 100000, int(r[1].replace(",", ""))) for r in rows}
    top = max(rate, key=lambda k: rate[k])
    most = max(rows, key=lambda r: r[2])[0]
    if sorted(rate.values())[-2] > rate[top] - 1 or most == top:
        return None
    f = forms(rate[top], 1)
    return (
        (
            "Reported flu cases by town are attached. Which town has the highest rate per "
            "100,000 people, and what is that rate? one decimal",
            [[top], f],
            {"csv": table(["town", "population", "cases"], rows)},
        )
        if f
        else None
    )


@family
def store_per_staff(rng: random.Random) -> Got:
    stores = rng.sample(["Downtown", "Airport", "Mall", "Harbour", "Uptown", "Station"], 5)
    rows = [[s, rng.randint(4, 30), f"${rng.randint(200, 2400) * 1000:,}"] for s in stores]
    per = {r[0]: F(int(r[2][1:].replace(",", "")), r[1]) for r in rows}
    order = sorted(per, key=lambda k: per[k], reverse=True)
    if len(set(per.values())) < 5:
        return None
    return (
        "Annual revenue and headcount per store are attached. Ranking stores by revenue per "
        "employee, which one comes second?",
        [[order[1]]],
        {"csv": table(["store", "employees", "revenue"], rows)},
    )


@family
def tide_interp(rng: random.Random) -> Got:
    h1, h2 = rng.randint(6, 20), 0
    h2 = h1 + rng.randint(1, 3)
    v1, v2 = r1(rng, 0.3, 4.8, 2), r1(rng, 0.3, 4.8, 2)
    m = rng.choice([10, 15, 20, 30, 40, 45, 50])
    t_h = rng.randint(h1, h2 - 1)
    frac = F((t_h - h1) * 60 + m, (h2 - h1) * 60)
    f = forms(v1 + (v2 - v1) * frac, 2)
    return (
        (
            f"River gauge read {num(v1, 2)} m at {h1:02d}:00 and {num(v2, 2)} m at {h2:02d}:00. "
            f"Assuming it changed linearly in between, what was the level at {t_h:02d}:{m:02d}? "
            "2 dp",
            [
                [f"{x} m" for x in f]
                + [f"{x}m" for x in f]
                + [f"{x} metres" for x in f]
                + named(["level"], f)
            ],
        )
        if f and v1 != v2
        else None
    )


@family
def today_vs_usual(rng: random.Random) -> Got:
    past = [rng.randint(52, 78) for _ in range(rng.randint(6, 10))]
    today = rng.randint(70, 96)
    f = forms(pct_of(today - mean(past), mean(past)), 1)
    return (
        (
            f"resting heart rate the last few mornings: {', '.join(map(str, past))} bpm. this "
            f"morning it's {today}. how many percent above my average of the earlier mornings "
            "is that? 1 decimal",
            [f],
        )
        if f and today > mean(past)
        else None
    )


@family
def mixed_weights(rng: random.Random) -> Got:
    grams = [rng.randint(600, 1900) for _ in range(rng.randint(5, 8))]
    shown = [f"{num(F(g, 1000))} kg" if rng.random() < 0.5 else f"{g}g" for g in grams]
    avg = mean(grams)
    f = forms(avg, 0)
    return (
        (
            "Weighed the pumpkins from the allotment (different scales, sorry): "
            f"{', '.join(shown)}. "
            "Average weight in grams, to the nearest gram?",
            [[f"{x} g" for x in f] + [f"{x}g" for x in f] + [f"{x} grams" for x in f]],
        )
        if f
        else None
    )


@family
def ctr_median(rng: random.Random) -> Got:
    n = rng.choice([6, 8, 10])
    vals = sorted(rng.sample(range(40, 900), n))
    med = F(vals[n // 2 - 1] + vals[n // 2], 200)
    rng.shuffle(vals)
    f = forms(med, 3)
    listed = "\n".join(f"ad {chr(65 + i)}: {num(F(v, 100), 2)}%" for i, v in enumerate(vals))
    return (
        (
            f"Click-through rates of our ads this month:\n{listed}\nWhat's the median CTR? "
            "3 decimals",
            [named(["median", "median CTR"], f) + [x for x in f if len(x) > 4]],
        )
        if f
        else None
    )


@family
def feeds_by_day(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(3, 5))
    rows, tot = [], {}
    for d in ds:
        for h in sorted(rng.sample(range(0, 24), rng.randint(5, 8))):
            oz = F(rng.randint(4, 12), 2)
            rows.append(
                [f"{d.isoformat()} {h:02d}:{rng.choice(['00', '15', '30', '45'])}", num(oz)]
            )
            tot[d] = tot.get(d, 0) + oz
    top = max(tot, key=lambda k: tot[k])
    if sorted(tot.values())[-2] == tot[top]:
        return None
    f = forms(tot[top], 1)
    return (
        (
            "baby feeding log from the app attached (bottle feeds in oz). which day did she drink "
            "the most, and how many oz in total that day?",
            [
                date_forms(top),
                [f"{x} oz" for x in f]
                + [f"{x}oz" for x in f]
                + [f"{x} ounces" for x in f]
                + [f"{x} fl oz" for x in f],
            ],
            {"csv": table(["time", "oz"], rows)},
        )
        if f
        else None
    )


@family
def seven_hour_nights(rng: random.Random) -> Got:
    hrs = [F(rng.randint(42, 95), 10) for _ in range(rng.randint(14, 30))]
    k = sum(h >= 7 for h in hrs)
    f = forms(pct_of(k, len(hrs)), 1)
    return (
        (
            "what percentage of nights did I get at least 7 hours? one decimal, list from my "
            f"tracker: {' / '.join(num(h) for h in hrs)}",
            [f],
        )
        if f and 0 < k < len(hrs)
        else None
    )


@family
def sample_cov(rng: random.Random) -> Got:
    n = rng.randint(5, 8)
    x = [rng.randint(1, 20) for _ in range(n)]
    y = [rng.randint(-10, 30) for _ in range(n)]
    mx, my = mean(x), mean(y)
    c = sum(((a - mx) * (b - my) for a, b in zip(x, y, strict=False)), F(0)) / (n - 1)
    f = forms(c, 2, signed=True)
    return (
        (
            f"Stats homework: x = {x}, y = {y}. Find the sample covariance of x and y (divide by "
            "n - 1). Round to 2 dp.",
            [
                named(["cov", "covariance", "s_xy", "sxy"], f)
                + [v for v in f if len(v.strip("-−")) > 3]
            ],
        )
        if f and c
        else None
    )


@family
def lot_unit_cost(rng: random.Random) -> Got:
    lots = [(rng.randint(20, 400), r1(rng, 1.1, 9.9, 2)) for _ in range(rng.randint(3, 5))]
    f = money(sum((q * c for q, c in lots), F(0)) / sum(q for q, _ in lots))
    lines = "\n".join(f"{q} units @ ${num(c, 2)}" for q, c in lots)
    return (
        (
            f"I bought the same phone case from my supplier a few times this year:\n{lines}\n"
            "What's my weighted average cost per unit?",
            [f],
        )
        if f
        else None
    )


@family
def low_attendance(rng: random.Random) -> Got:
    total = rng.choice([24, 28, 30, 32, 36, 40])
    pupils = rng.sample([f"{p} {c}" for p in PEOPLE for c in "BKMRT"], rng.randint(18, 28))
    att = [rng.randint(total // 2, total) for _ in pupils]
    k = sum(a * 10 < total * 8 for a in att)
    if k < 3 or any(a * 10 == total * 8 for a in att):
        return None
    return (
        f"There were {total} sessions this term. Attendance per student is attached (sessions "
        "attended). How many students are below 80% attendance?",
        [[str(k)]],
        {
            "csv": table(
                ["student", "attended"], list(map(list, zip(pupils, att, strict=False))), "\t"
            )
        },
    )


@family
def wet_day_mean(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(20, 31))
    mm = [F(0) if rng.random() < 0.45 else r1(rng, 0.2, 28) for _ in ds]
    wet = [m for m in mm if m > 0]
    f = forms(mean(wet), 2)
    return (
        (
            "From my rain gauge log (attached), what was the average rainfall on the days it "
            "actually rained? Ignore the dry days. 2 dp",
            [f],
            {
                "csv": table(
                    ["date", "rain_mm"],
                    [[d.isoformat(), num(m, 1)] for d, m in zip(ds, mm, strict=False)],
                )
            },
        )
        if f and len(wet) > 3
        else None
    )


@family
def reading_story(rng: random.Random) -> Got:
    mins = [rng.randint(5, 60) for _ in range(8)]
    s = sorted(mins)
    med = F(s[3] + s[4], 2)
    words = [
        "On Monday she read for {} minutes",
        "Tuesday {} min",
        "Wednesday only {}",
        "Thursday {} minutes before bed",
        "Friday {}",
        "Saturday morning {} min",
        "Sunday {} minutes",
        "and this Monday {}",
    ]
    story = ", ".join(w.format(m) for w, m in zip(words, mins, strict=False))
    f = forms(med, 1)
    return (
        (
            f"Tracking my daughter's reading for school. {story}. What's the median reading time? "
            "1 dp",
            [
                named(["median"], f)
                + [x for x in f if x not in map(str, mins)]
                + [f"{x} min" for x in f]
            ],
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        cashier_wait,
        rate_per_100k,
        store_per_staff,
        tide_interp,
        today_vs_usual,
        mixed_weights,
        ctr_median,
        feeds_by_day,
        seven_hour_nights,
        sample_cov,
        lot_unit_cost,
        low_attendance,
        wet_day_mean,
        reading_story,
    )
]
