"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 12: menus, fares, logs.
"""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    count,
    day,
    long,
    money,
    num,
    pct,
    receipt,
    shot,
    sign,
    span,
    words,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
DISHES = ["BURGER", "FRIES", "SHAKE", "HOT DOG", "WRAP", "SALAD", "NACHOS", "COLA", "SOUP", "PIE"]


def b_items_over(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(4, 6))
    x = rng.choice([5, 8, 10, 12, 15, 20])
    over = [a for a, c in lines if c > x * 100]
    if not 1 <= len(over) <= 3:
        raise Tie(x)
    return r, [words(a) for a in over], {**s, "x": x}


def b_pct_more(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    (a, ca), (b, cb) = sorted(rng.sample(lines, 2), key=lambda x: -x[1])
    return r, [pct(Q(100 * (ca - cb), cb))], {**s, "a": a.lower(), "b": b.lower()}


def b_median(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 3)) if rng.random() < 0.5 else receipt(rng, n=(5, 5))
    cs = sorted(c for _, c in lines)
    return r, [money(cs[len(cs) // 2], True)], s


def b_checkin(rng: random.Random) -> Built:
    cin = rng.choice(range(14 * 60, 16 * 60 + 1, 30))
    cout = rng.choice(range(10 * 60, 12 * 60 + 1, 30))
    n = rng.randint(1, 7)
    words_ = [
        "WELCOME",
        f"CHECK-IN FROM {cin // 60}:{cin % 60:02d}",
        f"CHECK-OUT BY {cout // 60}:{cout % 60:02d}",
    ]
    return (
        sign(rng, words_),
        [span(n * 1440 - cin + cout)],
        {"n": f"{n} night{'s' if n > 1 else ''}", "nw": f"{WORDS[n]} night{'s' if n > 1 else ''}"},
    )


def b_taxi(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    base, per = rng.choice(range(250, 600, 50)), rng.choice(range(150, 350, 10))
    d = rng.randint(2, 25)
    rows = ["TAXI FARES", f"PICK-UP {cur}{base / 100:.2f}", f"PER MILE {cur}{per / 100:.2f}"]
    return sign(rng, rows), [money(base + d * per, True)], {"d": d}


def b_menu(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    dishes = rng.sample(DISHES, rng.randint(3, 6))
    ps = rng.sample(range(150, 1400, 5), len(dishes))
    (a, pa), (b, pb) = rng.sample(list(zip(dishes, ps, strict=True)), 2)
    ka, kb = rng.randint(1, 4), rng.randint(1, 4)
    rows = ["MENU", *[f"{d} {cur}{p / 100:.2f}" for d, p in zip(dishes, ps, strict=True)]]
    return (
        sign(rng, rows),
        [money(ka * pa + kb * pb, True)],
        {"ka": ka, "kb": kb, "a": a.lower(), "b": b.lower()},
    )


def b_exam(rng: random.Random) -> Built:
    when = day(rng, "2026-03-01", 200)
    today = when - __import__("datetime").timedelta(days=rng.randint(3, 90))
    rows = [
        f"Exam: {rng.choice(['Biology', 'Driving theory', 'French', 'Statistics'])}",
        f"Date: {when.isoformat()}",
        "Room: Hall B",
    ]
    d = (when - today).days
    return shot(rng, "Reminder", rows), [[f"{d} days", f"{d}days"]], {"today": long(today)}


def b_recipe(rng: random.Random) -> Built:
    serves = rng.choice([2, 4, 6, 8])
    want = rng.choice([k for k in (2, 3, 4, 5, 6, 8, 10, 12) if k != serves])
    ing = rng.sample(
        [
            ("Flour", "g"),
            ("Sugar", "g"),
            ("Butter", "g"),
            ("Milk", "ml"),
            ("Rice", "g"),
            ("Stock", "ml"),
            ("Oats", "g"),
        ],
        3,
    )
    qs = [rng.choice(range(50, 801, 25)) for _ in ing]
    k = rng.randrange(3)
    rows = [f"Serves {serves}", *[f"{n} {q} {u}" for (n, u), q in zip(ing, qs, strict=True)]]
    v = Q(qs[k] * want, serves)
    return (
        shot(rng, "Recipe", rows),
        [[f"{x} {ing[k][1]}" for x in num(v, 1)] + [f"{x}{ing[k][1]}" for x in num(v, 1)]],
        {"n": ing[k][0].lower(), "want": want},
    )


def b_download(rng: random.Random) -> Built:
    size = Q(rng.randint(12, 90), 10)
    done = Q(rng.randint(1, int(size * 10) - 2), 10)
    speed = rng.choice([5, 8, 10, 12, 15, 20, 25, 40, 50])
    secs = (size - done) * 1000 / speed
    if secs.denominator != 1 or secs % 60:
        raise Tie(secs)
    rows = [f"Downloaded {float(done):.1f} GB of {float(size):.1f} GB", f"Speed {speed} MB/s"]
    s = int(secs)
    return shot(rng, "Update", rows), [[*span(s // 60), f"{s} seconds", f"{s} sec", f"{s} s"]], {}


def b_workout(rng: random.Random) -> Built:
    ex = rng.sample(["Squat", "Bench", "Deadlift", "Row", "Press"], rng.randint(2, 4))
    sets = [(rng.randint(3, 5), rng.randint(5, 12), rng.choice(range(20, 141, 5))) for _ in ex]
    rows = [f"{e} {s} x {r} @ {w} kg" for e, (s, r, w) in zip(ex, sets, strict=True)]
    total = sum(s * r * w for s, r, w in sets)
    return (
        shot(rng, "Workout log", rows),
        [[f"{total} kg", f"{total:,} kg", f"{total}kg", f"{total:,}kg"]],
        {},
    )


def b_economy(rng: random.Random) -> Built:
    km = rng.randint(120, 900)
    litres = Q(rng.randint(int(km * 0.45), int(km * 0.9)), 10)
    rows = [
        f"Trip distance {km} km",
        f"Fuel used {float(litres):.1f} L",
        f"Avg speed {rng.randint(40, 95)} km/h",
    ]
    return shot(rng, "Trip computer", rows), [num(litres * 100 / km, 1)], {}


def b_poll(rng: random.Random) -> Built:
    opts = rng.sample(
        ["Pizza", "Sushi", "Tacos", "Curry", "Burgers", "Thai", "Pasta"], rng.randint(3, 5)
    )
    votes = rng.sample(range(1, 25), len(opts))
    rows = [f"{o}  {v} votes" for o, v in zip(opts, votes, strict=True)]
    k = votes.index(max(votes))
    return shot(rng, "Poll: dinner Friday?", rows), [[opts[k].lower()], count(sum(votes))], {}


TEMPLATES_12 = {
    "items_over": (
        b_items_over,
        "which things on this receipt cost more than {x} {cw}?",
        "list the items over {cur}{x}",
    ),
    "pct_more": (
        b_pct_more,
        "how many percent dearer was the {a} than the {b}? 1 dp",
        "the {a} cost what % more than the {b}, one decimal?",
    ),
    "median_price": (
        b_median,
        "what's the median item price on this receipt?",
        "middle price of the items here (median)?",
    ),
    "checkin": (
        b_checkin,
        "we're staying {n}. how long from check-in time to check-out time in total?",
        "Staying {nw} - hours between earliest check-in and latest check-out?",
    ),
    "taxi": (b_taxi, "how much would a {d} mile ride be?", "fare for {d} miles on this sign?"),
    "menu": (
        b_menu,
        "{ka} {a} and {kb} {b} please - how much?",
        "What would {ka} x {a} plus {kb} x {b} cost off this menu?",
    ),
    "exam_days": (
        b_exam,
        "it's {today}. how many days till the exam?",
        "days left until this exam? today's {today}",
    ),
    "recipe_scale": (
        b_recipe,
        "I need this for {want} people. how much {n}? 1 dp",
        "scale the {n} for {want} servings (one decimal)",
    ),
    "download": (
        b_download,
        "how long until this finishes at that speed? 1 GB = 1000 MB",
        "time left on the download if the speed holds (use 1 GB = 1000 MB)?",
    ),
    "workout": (
        b_workout,
        "total volume lifted? sets x reps x weight, all added",
        "how many kg did I move in total (sets*reps*kg summed)?",
    ),
    "economy": (
        b_economy,
        "what's my fuel use in L/100 km? 1 decimal",
        "litres per 100 km for this trip, to one decimal?",
    ),
    "poll": (
        b_poll,
        "which option won and how many votes were cast altogether?",
        "winner of the poll + total votes?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_12.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
