"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 9: signs, screens."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    ampm,
    clock,
    dates,
    day,
    hm,
    long,
    money,
    num,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
BOOKS = ["Dune", "Emma", "Beloved", "Matilda", "Ulysses", "Rebecca", "Holes", "Wonder", "Heidi"]


def b_lunch(rng: random.Random) -> Built:
    s = rng.choice(range(11 * 60 + 30, 14 * 60 + 1, 15))
    d = rng.choice([30, 45, 60, 75, 90])
    return sign(rng, ["CLOSED FOR LUNCH", f"{hm(s)} - {hm(s + d)}"]), [clock(s + d)], {}


def b_lunch_wait(rng: random.Random) -> Built:
    s = rng.choice(range(11 * 60 + 30, 14 * 60 + 1, 15))
    d = rng.choice([45, 60, 75, 90])
    now = s + rng.randint(3, d - 3)
    return (
        sign(rng, ["BACK SOON", "LUNCH BREAK", f"{ampm(s)} - {ampm(s + d)}"]),
        [span(s + d - now)],
        {"now": hm(now)},
    )


def b_ev_sign(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    rate = rng.choice(range(29, 89))
    kwh = rng.choice(range(10, 75))
    return (
        sign(rng, ["EV CHARGING", f"{cur}0.{rate:02d} PER KWH"]),
        [money(kwh * rate, True)],
        {"k": kwh},
    )


def b_laundry(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    w, d = rng.choice(range(250, 800, 25)), rng.choice(range(100, 400, 25))
    nw, nd = rng.randint(1, 4), rng.randint(1, 4)
    return (
        sign(rng, ["LAUNDRETTE", f"WASH {cur}{w / 100:.2f}", f"DRY {cur}{d / 100:.2f}"]),
        [money(nw * w + nd * d, True)],
        {
            "nw": f"{WORDS[nw]} wash{'es' if nw > 1 else ''}",
            "nd": f"{WORDS[nd]} {'dry' if nd == 1 else 'dries'}",
            "a": nw,
            "b": nd,
        },
    )


def b_weight_limit(rng: random.Random) -> Built:
    lim = Q(rng.choice(range(20, 181, 5)), 10)
    truck = lim - Q(rng.randint(2, 15), 10)
    return (
        sign(rng, ["WEIGHT LIMIT", f"{float(lim):g} T"]),
        [[f"{float(lim - truck):.1f}", f"{float(lim - truck):g}"]],
        {"t": f"{float(truck):.1f}"},
    )


def b_no_parking(rng: random.Random) -> Built:
    s = rng.choice(range(7 * 60, 10 * 60 + 1, 30))
    e = rng.choice(range(16 * 60, 19 * 60 + 1, 30))
    days = rng.choice([("MON-FRI", 5), ("MON-SAT", 6)])
    return (
        sign(rng, ["NO PARKING", f"{ampm(s)} - {ampm(e)}", days[0]]),
        [span(days[1] * (e - s))],
        {},
    )


def b_speed_kmh(rng: random.Random) -> Built:
    lim = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    return sign(rng, ["SPEED LIMIT", f"{lim} MPH"]), [num(Q(lim) * Q("1.609"), 1)], {}


def b_room_single(rng: random.Random) -> Built:
    r = rng.randint(100, 999)
    what = rng.choice(["MEETING ROOM", "CONSULTING", "EXAM HALL", "LAB", "CLASSROOM"])
    return sign(rng, [what, f"ROOM {r}"]), [[str(r)]], {}


def b_floor_dir(rng: random.Random) -> Built:
    deps = rng.sample(
        ["SHOES", "TOYS", "MENSWEAR", "BEAUTY", "HOME", "CAFE", "KIDS", "SPORTS", "TECH", "BOOKS"],
        5,
    )
    floors = rng.sample(range(-1, 9), 5)
    fl = {-1: "LOWER GROUND", 0: "GROUND"}
    rows = [f"{d}  {fl.get(f, f'FLOOR {f}')}" for d, f in zip(deps, floors, strict=True)]
    i, j = rng.sample(range(5), 2)
    if 0 in (floors[i], floors[j]) and -1 in floors:
        raise Tie(0)  # "ground" would also match a "lower ground" reply

    def ans(f: int) -> list[str]:
        return [fl[f].lower()] if f in fl else [f"floor {f}", str(f)]

    return (
        sign(rng, ["STORE GUIDE", *rows]),
        [ans(floors[i]), ans(floors[j])],
        {"a": deps[i].lower(), "b": deps[j].lower()},
    )


def b_library(rng: random.Random) -> Built:
    books = rng.sample(BOOKS, rng.randint(3, 5))
    dues = [day(rng, "2026-03-01", 120) for _ in books]
    rows = [f"{b}  due {d.isoformat()}" for b, d in zip(books, dues, strict=True)]
    k = dues.index(min(dues))
    if dues.count(dues[k]) > 1:
        raise Tie(0)
    return shot(rng, "My loans", rows), [[books[k].lower()], dates(dues[k])], {}


def b_overdue(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    due = day(rng)
    late = rng.randint(2, 30)
    fine = rng.choice([10, 15, 20, 25, 30, 50])
    rows = [
        f"Book: {rng.choice(BOOKS)}",
        f"Due {due.isoformat()}",
        f"Late fee {cur}0.{fine:02d} per day",
    ]
    return (
        shot(rng, "Library account", rows),
        [money(late * fine, True)],
        {"today": long(due + dt.timedelta(days=late))},
    )


def b_tracking(rng: random.Random) -> Built:
    t = "".join(str(rng.randint(0, 9)) for _ in range(12))
    rows = [
        f"Tracking no. {t}",
        f"Carrier: {rng.choice(['DHL', 'UPS', 'FedEx', 'Royal Mail'])}",
        "In transit",
    ]
    return shot(rng, "Shipment", rows), [[t]], {}


def b_locker(rng: random.Random) -> Built:
    code = rng.randint(100000, 999999)
    until = day(rng)
    rows = [
        f"Locker {rng.randint(1, 60)}",
        f"Collection code {code}",
        f"Collect by {until.isoformat()}",
    ]
    return shot(rng, "Parcel ready", rows), [[str(code)], dates(until)], {}


def b_table(rng: random.Random) -> Built:
    t = rng.choice(range(17 * 60, 22 * 60, 15))
    n = rng.randint(2, 12)
    when = day(rng)
    rows = [
        f"Table for {n}",
        f"{when.strftime('%a')} {when.day}/{when.month}/{when.year} at {hm(t)}",
        f"Ref {rng.randint(10000, 99999)}",
    ]
    late = rng.choice([15, 20, 30])
    return shot(rng, "Reservation", rows), [clock(t + late)], {"late": late}


def b_park_app(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    start = rng.choice(range(7 * 60, 15 * 60, 5))
    rate = rng.choice([120, 150, 180, 200, 240, 300])
    h = rng.randint(1, 5)
    rows = [
        f"Session started {hm(start)}",
        f"Rate {cur}{rate / 100:.2f} per hour",
        f"Zone {rng.randint(100, 999)}",
    ]
    return shot(rng, "Parking", rows), [money(rate * h, True)], {"end": hm(start + 60 * h)}


TEMPLATES_9 = {
    "lunch_reopen": (b_lunch, "when do they open again after lunch?", "what time are they back?"),
    "lunch_wait": (
        b_lunch_wait,
        "it's {now}, how long till they're back?",
        "now {now} - how long do I have to wait?",
    ),
    "ev_sign": (
        b_ev_sign,
        "how much to put {k} kWh in at this charger?",
        "cost of {k} kWh at this price?",
    ),
    "laundry": (
        b_laundry,
        "{a} x wash, {b} x dry - how much?",
        "What would {nw} plus {nd} cost here?",
    ),
    "weight_limit": (
        b_weight_limit,
        "my truck weighs {t} tonnes. how far under the limit am I?",
        "truck at {t} t - margin under this limit in tonnes?",
    ),
    "no_parking": (
        b_no_parking,
        "how many hours a week is parking banned here?",
        "total no-parking hours per week on this sign?",
    ),
    "speed_kmh": (
        b_speed_kmh,
        "what's that limit in km/h? 1 mile = 1.609 km, 1 dp",
        "convert the speed limit to km per hour (1 mi = 1.609 km), one decimal",
    ),
    "room_single": (b_room_single, "what room number is this?", "which room is on this door sign?"),
    "floor_dir": (
        b_floor_dir,
        "which floors are {a} and {b} on?",
        "where do I find {a} and {b} in this store?",
    ),
    "library_due": (
        b_library,
        "which book is due back first, and when?",
        "earliest due date on my loans - which book?",
    ),
    "overdue": (
        b_overdue,
        "it's {today} and I haven't returned it. how much is the late fee so far?",
        "fine if I bring it back today, {today}?",
    ),
    "tracking": (
        b_tracking,
        "what's the tracking number?",
        "can you copy the tracking number from this screenshot?",
    ),
    "locker": (
        b_locker,
        "what's the collection code and the last day to pick it up?",
        "code and collect-by date please",
    ),
    "table_late": (
        b_table,
        "they hold tables for {late} minutes. what's the latest we can arrive?",
        "if they only hold it {late} min past the booking, when's our cutoff?",
    ),
    "park_app": (
        b_park_app,
        "I'll leave at {end}. how much will this parking cost?",
        "cost if I end the session at {end}?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_9.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
