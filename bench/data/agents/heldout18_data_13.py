"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 13: fuel cost per mile,
mean arterial pressure, sleep efficiency, heart-rate zones, bird survey tallies, exam item
analysis, reorder points and pocket-money medians."""

from __future__ import annotations

import random

from bench.data.agents.heldout18_data import (
    PEOPLE,
    F,
    Family,
    Got,
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
def cost_per_mile(rng: random.Random) -> Got:
    n = rng.randint(4, 7)
    odo = [rng.randint(12000, 80000)]
    rows = []
    for _ in range(n):
        odo.append(odo[-1] + rng.randint(180, 420))
    cost = F(0)
    for i in range(n + 1):
        gal, price = r1(rng, 8, 15, 3), r1(rng, 2.9, 4.6, 2) + F(9, 1000)
        rows.append([odo[i], num(gal, 3), num(price, 3)])
        if i:
            cost += gal * price
    f = forms(cost / (odo[-1] - odo[0]), 3)
    lines = "\n".join(f"odometer {o:,} mi: {g} gal at ${p}/gal" for o, g, p in rows)
    return (
        (
            f"Fill-ups (always to full):\n{lines}\nWhat's my fuel cost per mile since the first "
            "fill-up? (the first fill just sets the starting point) 3 decimals, in dollars",
            [f],
        )
        if f
        else None
    )


@family
def mean_arterial(rng: random.Random) -> Got:
    reads = [(rng.randint(100, 165), rng.randint(60, 100)) for _ in range(rng.randint(4, 8))]
    f = forms(mean([d + F(s - d, 3) for s, d in reads]), 1)
    listed = ", ".join(f"{s}/{d}" for s, d in reads)
    return (
        (
            f"My readings this week: {listed}. Using MAP = diastolic + (systolic - diastolic)/3 "
            "for each reading, what's my average mean arterial pressure? 1 dp",
            [
                [f"{x} mmHg" for x in f]
                + named(["MAP", "average", "mean arterial pressure"], f)
                + [x for x in f if "." in x]
            ],
        )
        if f
        else None
    )


@family
def sleep_efficiency(rng: random.Random) -> Got:
    ds = days(rng, rng.randint(5, 9))
    rows, eff = [], []
    for d in ds:
        bed = rng.randint(380, 560)
        asleep = bed - rng.randint(8, 90)
        eff.append(F(asleep, bed) * 100)
        rows.append([d.isoformat(), bed, asleep])
    f = forms(mean(eff), 1)
    return (
        (
            "Sleep efficiency is minutes asleep / minutes in bed. From the attached, what's my "
            "average nightly sleep efficiency (average the nightly percentages)? 1 dp",
            [f],
            {"csv": table(["night", "min_in_bed", "min_asleep"], rows)},
        )
        if f
        else None
    )


@family
def hr_zone_time(rng: random.Random) -> Got:
    n = rng.randint(40, 70)
    lo, hi = rng.choice([(114, 133), (120, 140), (110, 128)])
    hr, cur = [], rng.randint(95, 120)
    for _ in range(n):
        cur = max(85, min(185, cur + rng.randint(-9, 10)))
        hr.append(cur)
    k = sum(lo <= h <= hi for h in hr)
    f = forms(pct_of(k, n), 1)
    return (
        (
            f"One row per minute from my ride. Zone 2 for me is {lo}-{hi} bpm inclusive. What "
            "percentage of the ride was in zone 2? 1 dp",
            [f],
            {"csv": table(["minute", "hr_bpm"], [[i + 1, h] for i, h in enumerate(hr)])},
        )
        if f and 0 < k < n
        else None
    )


@family
def bird_tally(rng: random.Random) -> Got:
    species = rng.sample(
        [
            "Blackbird",
            "Robin",
            "Blue tit",
            "Great tit",
            "Wren",
            "Magpie",
            "Goldfinch",
            "Starling",
            "Wood pigeon",
            "Chaffinch",
        ],
        rng.randint(5, 8),
    )
    rows, tot = [], {}
    for _ in range(rng.randint(12, 20)):
        s, c = rng.choice(species), rng.randint(1, 9)
        rows.append([f"{rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}", s, c])
        tot[s] = tot.get(s, 0) + c
    rows.sort()
    top = max(tot, key=lambda k: tot[k])
    if sorted(tot.values())[-2] == tot[top] or len(tot) < 3:
        return None
    k = len(tot)
    return (
        "Garden bird watch sightings are attached. How many different species did I see, and "
        "which species had the highest total count?",
        [[f"{k} species", f"{k} different", *named(["species"], [str(k)])], [top]],
        {"csv": table(["time", "species", "count"], rows)},
    )


@family
def item_analysis(rng: random.Random) -> Got:
    qs = rng.randint(5, 8)
    diff = [rng.uniform(0.3, 0.9) for _ in range(qs)]
    rows = [
        [p] + [int(rng.random() < d) for d in diff] for p in rng.sample(PEOPLE, rng.randint(12, 18))
    ]
    pc = [sum(r[i + 1] for r in rows) for i in range(qs)]
    worst = min(pc)
    if pc.count(worst) > 1:
        return None
    q = pc.index(worst) + 1
    f = forms(pct_of(worst, len(rows)), 1)
    return (
        (
            "Quiz results attached, 1 = correct, 0 = wrong. Which question did the class find "
            "hardest (lowest % correct), and what % got it right? 1 dp",
            [[f"Q{q}", f"question {q}"], f],
            {"csv": table(["student"] + [f"Q{i + 1}" for i in range(qs)], rows)},
        )
        if f
        else None
    )


@family
def reorder_point(rng: random.Random) -> Got:
    sales = [rng.randint(2, 30) for _ in range(rng.randint(10, 21))]
    lead = rng.randint(3, 14)
    safety = rng.randint(5, 60)
    f = forms(mean(sales) * lead + safety, 1)
    return (
        (
            f"Daily sales of our bestselling mug over the last {len(sales)} days: "
            f"{', '.join(map(str, sales))}. Supplier lead time is {lead} days and I keep "
            f"{safety} units safety stock. Reorder point = average daily demand × lead time + "
            "safety stock. What is it? 1 dp",
            [
                [x for x in f if len(x) > 2]
                + [f"{x} units" for x in f]
                + named(["reorder point", "ROP"], f)
            ],
        )
        if f
        else None
    )


@family
def allowance_median(rng: random.Random) -> Got:
    rows = []
    for i in range(rng.randint(18, 30)):
        age = rng.randint(6, 15)
        rows.append([f"K{i + 1:02d}", age, num(F(rng.randint(2, 40)) / 2 + age // 3, 2)])
    lo, hi = rng.choice([(6, 9), (10, 12), (13, 15)])
    pick = [F(r[2]) for r in rows if lo <= r[1] <= hi]
    if len(pick) < 3:
        return None
    f = money(median(pick))
    return (
        (
            f"Pocket money survey from our school newsletter attached (weekly, in $). What's the "
            f"median weekly allowance for kids aged {lo} to {hi}?",
            [[f"${x}" for x in f] + named(["median"], f) + [x for x in f if len(x) > 4]],
            {"csv": table(["child", "age", "weekly_allowance"], rows)},
        )
        if f
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        cost_per_mile,
        mean_arterial,
        sleep_efficiency,
        hr_zone_time,
        bird_tally,
        item_analysis,
        reorder_point,
        allowance_median,
    )
]
