"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 4: garden yields per plant,
patient logs, class results, shop sales and margins, training load, climbing, degree days, and
meter and odometer readings."""

from __future__ import annotations

import random
from itertools import pairwise

from bench.data.agents.heldout18_data import (
    PEOPLE,
    F,
    Family,
    Got,
    days,
    family,
    forms,
    mean,
    money,
    named,
    num,
    pct_of,
    r1,
    table,
)


@family
def variety_per_plant(rng: random.Random) -> Got:
    kinds = rng.sample(
        [
            "Sungold",
            "Moneymaker",
            "Gardener's Delight",
            "San Marzano",
            "Roma",
            "Ailsa Craig",
            "Black Krim",
        ],
        rng.randint(3, 4),
    )
    rows, per = [], {k: [] for k in kinds}
    for k in kinds:
        for p in range(rng.randint(2, 6)):
            v = r1(rng, 1.2, 7.5, 2)
            per[k].append(v)
            rows.append([k, f"{k[:2].upper()}{p + 1}", num(v, 2)])
    rng.shuffle(rows)
    avgs = {k: mean(v) for k, v in per.items()}
    top = max(avgs, key=lambda k: avgs[k])
    tots = {k: sum(v, F(0)) for k, v in per.items()}
    if sorted(avgs.values())[-2] > avgs[top] - F(1, 10) or max(tots, key=lambda k: tots[k]) == top:
        return None
    f = forms(avgs[top], 2)
    return (
        (
            "Tomato harvest totals per plant are in the CSV. Which variety gave the most per "
            "plant on average, and what was that average in kg (2 dp)?",
            [[top], f],
            {"csv": table(["variety", "plant", "kg"], rows)},
        )
        if f
        else None
    )


@family
def fever_peak(rng: random.Random) -> Got:
    times = [f"{h:02d}:{m}" for h in range(6, 24, 2) for m in ("00",)]
    times = times[: rng.randint(6, 9)]
    temps = [r1(rng, 98.6, 103.2) for _ in times]
    top = max(temps)
    if temps.count(top) > 1:
        return None
    t = times[temps.index(top)]
    h = int(t[:2])
    t12 = f"{h - 12 if h > 12 else h}{'pm' if h >= 12 else 'am'}"
    return (
        "I've been taking my son's temperature through the day (log attached, in °F). "
        "What was the highest reading and at what time?",
        [
            forms(top, 1),
            [
                t,
                t12,
                t12.replace("pm", " pm").replace("am", " am"),
                t12.replace("pm", ":00 pm").replace("am", ":00 am"),
                t12.replace("pm", ":00pm").replace("am", ":00am"),
            ],
        ],
        {
            "csv": table(
                ["time", "temp_f"], [[a, num(b, 1)] for a, b in zip(times, temps, strict=False)]
            )
        },
    )


@family
def fasting_mean(rng: random.Random) -> Got:
    rows, fast = [], []
    for d in days(rng, rng.randint(7, 12)):
        for when in rng.sample(["fasting", "after breakfast", "after dinner", "bedtime"], 3):
            v = r1(rng, 4.6, 7.4) if when == "fasting" else r1(rng, 5.5, 11.5)
            rows.append([d.strftime("%a %d %b"), when, num(v, 1)])
            if when == "fasting":
                fast.append(v)
    f = forms(mean(fast), 2)
    return (
        (
            "My doctor only cares about the fasting ones for now. From the attached log, what's "
            "my average fasting glucose? 2 decimal places",
            [f],
            {"csv": table(["day", "when", "mmol_per_l"], rows)},
        )
        if f and len(fast) > 2
        else None
    )


@family
def class_gap(rng: random.Random) -> Got:
    a = [rng.randint(35, 98) for _ in range(rng.randint(8, 12))]
    b = [rng.randint(35, 98) for _ in range(rng.randint(8, 12))]
    f = forms(abs(mean(a) - mean(b)), 2)
    return (
        (
            f"Test results. 9R: {', '.join(map(str, a))}. 9S: {', '.join(map(str, b))}. By how "
            "many marks is the higher class average ahead of the lower one? 2 dp",
            [f],
        )
        if f and mean(a) != mean(b)
        else None
    )


@family
def grade_b_count(rng: random.Random) -> Got:
    names = [f"{p} {c}." for p in PEOPLE for c in "ABCDEFGHKLMPRSTW"]
    pupils = rng.sample(names, rng.randint(24, 34))
    marks = [rng.randint(28, 99) for _ in pupils]
    k = sum(65 <= m <= 79 for m in marks)
    return (
        (
            "Grade boundaries for this paper: A is 80 and above, B is 65 to 79, C is 50 to 64, "
            "anything lower is a U. How many students in the attached mark sheet got a B?",
            [[str(k)]],
            {"csv": table(["student", "mark"], list(map(list, zip(pupils, marks, strict=False))))},
        )
        if k >= 4
        else None
    )


@family
def best_seller(rng: random.Random) -> Got:
    goods = rng.sample(
        [
            "Lavender soap",
            "Beeswax candle",
            "Tea towel",
            "Mug",
            "Notebook",
            "Tote bag",
            "Honey jar",
            "Postcard set",
            "Scarf",
        ],
        rng.randint(5, 7),
    )
    rows = [[g, num(r1(rng, 2.5, 38, 2), 2), rng.randint(4, 90)] for g in goods]
    rev = {r[0]: F(r[1]) * r[2] for r in rows}
    top = max(rev, key=lambda k: rev[k])
    most = max(rows, key=lambda r: r[2])[0]
    if sorted(rev.values())[-2] == rev[top] or most == top:
        return None
    return (
        "Craft market stall takings from the weekend are attached (price and units sold). "
        "Which product made me the most money, and how much did it bring in?",
        [[top], money(rev[top])],
        {"csv": table(["product", "price", "units"], rows)},
    )


@family
def avg_basket(rng: random.Random) -> Got:
    n = rng.randint(6, 11)
    rows, tot = [], F(0)
    for t in range(n):
        for _ in range(rng.randint(1, 4)):
            p, q = r1(rng, 0.8, 14, 2), rng.randint(1, 3)
            tot += p * q
            rows.append(
                [
                    f"T{t + 101}",
                    rng.choice(["bread", "milk", "eggs", "coffee", "jam", "apples", "cheese"]),
                    num(p, 2),
                    q,
                ]
            )
    f = money(tot / n)
    return (
        (
            "Here's today's till export, one row per line item (same transaction id = same "
            "customer). What was the average transaction value?",
            [f],
            {"csv": table(["txn", "item", "unit_price", "qty"], rows)},
        )
        if f
        else None
    )


@family
def gross_margin(rng: random.Random) -> Got:
    rows = []
    for g in rng.sample(
        ["Widget", "Gadget", "Bracket", "Hinge", "Clamp", "Valve"], rng.randint(3, 5)
    ):
        c = r1(rng, 1, 40, 2)
        rows.append(
            [g, num(c, 2), num(c * F(rng.randint(120, 260), 100), 2), f"{rng.randint(100, 4000):,}"]
        )
    rev = sum((F(r[2]) * int(r[3].replace(",", "")) for r in rows), F(0))
    cost = sum((F(r[1]) * int(r[3].replace(",", "")) for r in rows), F(0))
    f = forms(pct_of(rev - cost, rev), 1)
    return (
        (
            "What was our overall gross margin % across all products last quarter? Data's in "
            "the attached file. one decimal",
            [f],
            {"csv": table(["product", "unit_cost", "unit_price", "units_sold"], rows)},
        )
        if f
        else None
    )


@family
def ten_percent_rule(rng: random.Random) -> Got:
    n = rng.randint(8, 12)
    w = [rng.randint(20, 30)]
    for _ in range(n - 1):
        w.append(max(12, w[-1] + rng.randint(-5, 5)))
    k = sum(w[i] > w[i - 1] * F(11, 10) for i in range(1, n))
    if k < 2 or any(w[i] == w[i - 1] * F(11, 10) for i in range(1, n)):
        return None
    listed = ", ".join(f"{x} mi" for x in w)
    return (
        f"weekly mileage for my marathon block: {listed}. the usual advice is not to go up "
        "more than ten percent from one week to the next. how many times did i break that "
        "rule?",
        [
            [
                f"{k} times",
                *(
                    [
                        ["once", "one time"],
                        ["twice", "two times"],
                        ["three times"],
                        ["four times"],
                        ["five times"],
                        ["six times"],
                        ["seven times"],
                    ][k - 1]
                    if k <= 7
                    else []
                ),
                f"{k} weeks",
                f"{k} occasions",
                f"{k} of",
                f"{k} week-to-week",
                f"broke it {k}",
                f"broke the rule {k}",
                f"{k} instances",
            ]
        ],
    )


@family
def climb_gain(rng: random.Random) -> Got:
    n = rng.randint(10, 16)
    alt = [rng.randint(150, 600)]
    for _ in range(n - 1):
        alt.append(max(0, alt[-1] + rng.randint(-90, 120)))
    gain = sum(max(0, alt[i] - alt[i - 1]) for i in range(1, n))
    loss = sum(max(0, alt[i - 1] - alt[i]) for i in range(1, n))
    if gain == loss or gain in alt:
        return None
    listed = ", ".join(str(a) for a in alt)
    return (
        f"Altitude from my GPS every kilometre of today's hike (metres): {listed}. What was "
        "the total ascent, i.e. adding up only the climbing bits?",
        [
            [
                f"{gain} m",
                f"{gain}m",
                f"{gain:,} m",
                f"{gain} metres",
                f"{gain} meters",
                *named(["ascent", "gain", "climb"], [str(gain)]),
            ]
        ],
    )


@family
def degree_days(rng: random.Random) -> Got:
    n = rng.randint(7, 14)
    temps = [r1(rng, -4, 19) for _ in range(n)]
    base = F(155, 10)
    hdd = sum((max(F(0), base - t) for t in temps), F(0))
    f = forms(hdd, 1)
    listed = ", ".join(num(t) for t in temps)
    return (
        (
            f"Daily mean temperatures at the site, °C: {listed}. How many heating degree days is "
            "that, base 15.5 °C (each day counts 15.5 minus the mean temp, or zero if the mean is "
            "above 15.5)? 1 dp",
            [f],
        )
        if f
        else None
    )


@family
def meter_daily(rng: random.Random) -> Got:
    ds = sorted(rng.sample(days(rng, 120), rng.randint(4, 7)))
    read = [rng.randint(10000, 60000)]
    for a, b in pairwise(ds):
        read.append(read[-1] + (b - a).days * rng.randint(6, 22))
    f = forms(F(read[-1] - read[0], (ds[-1] - ds[0]).days), 2)
    rows = "\n".join(
        f"{d.strftime('%d %b %Y')} - {r:,} kWh" for d, r in zip(ds, read, strict=False)
    )
    return (
        (
            f"Electricity meter readings I took:\n{rows}\nWhat's my average usage per day over "
            "the whole period? kWh to two decimals",
            [f],
        )
        if f
        else None
    )


@family
def brim_fills(rng: random.Random) -> Got:
    n = rng.randint(4, 7)
    odo = [rng.randint(20000, 90000)]
    litres = [r1(rng, 20, 55, 2)]
    for _ in range(n - 1):
        km = rng.randint(350, 750)
        odo.append(odo[-1] + km)
        litres.append(F(round(km * rng.uniform(5.2, 8.5)), 100))
    f = forms(sum(litres[1:], F(0)) / (odo[-1] - odo[0]) * 100, 2)
    wrong = forms(sum(litres, F(0)) / (odo[-1] - odo[0]) * 100, 2)
    rows = "\n".join(f"odo {o:,} km, {num(lt, 2)} L" for o, lt in zip(odo, litres, strict=False))
    return (
        (
            f"I always fill the tank right to the top. My fill-ups:\n{rows}\nWhat's the car's "
            "actual fuel consumption over this period in L/100 km? 2 dp",
            [f],
        )
        if f and wrong and f != wrong
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        variety_per_plant,
        fever_peak,
        fasting_mean,
        class_gap,
        grade_b_count,
        best_seller,
        avg_basket,
        gross_margin,
        ten_percent_rule,
        climb_gain,
        degree_days,
        meter_daily,
        brim_fills,
    )
]
