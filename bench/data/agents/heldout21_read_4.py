"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 4: more signs."""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    ampm,
    clock,
    count,
    hm,
    money,
    num,
    sign,
    span,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
PASS = ["sunny", "maple", "river", "tiger", "lemon", "cloud", "pepper", "harbor", "olive", "cactus"]
NAMES = [
    "HARBOR BOOKS",
    "GREEN LEAF CAFE",
    "NORTH STAR GYM",
    "BLUE DOOR BAKERY",
    "OAKWOOD DENTAL",
    "SUNRISE YOGA",
    "CITY LAUNDRY",
    "RED FOX PUB",
    "PINE HILL VET",
    "LUNA NAILS",
    "METRO TAILORS",
]
SAFETY = [
    ["CAUTION", "WET FLOOR"],
    ["NO ENTRY"],
    ["STAFF ONLY"],
    ["FIRE EXIT"],
    ["KEEP CLEAR"],
    ["MIND THE STEP"],
    ["NO SMOKING"],
    ["PRIVATE ROAD"],
    ["DEEP WATER"],
    ["LOW BRIDGE"],
    ["SLOW DOWN"],
    ["ROAD CLOSED"],
    ["GUARD DOG"],
]
STREETS = [
    "MAPLE AVE",
    "KING ST",
    "HIGH ST",
    "ELM RD",
    "BRIDGE LN",
    "PARK RD",
    "MILL ST",
    "QUEEN ST",
    "OAK DR",
    "STATION RD",
    "CHURCH LN",
]
TOWNS = ["LONDON", "OXFORD", "BATH", "YORK", "LEEDS", "DERBY", "ELY", "RYE", "WELLS", "HULL"]


def b_wifi(rng: random.Random) -> Built:
    pw = f"{rng.choice(PASS)}{rng.randint(100, 9999)}"
    net = rng.choice(["CafeGuest", "FreeWifi", "Guest", "Lounge"])
    return sign(rng, ["FREE WIFI", f"NETWORK: {net}", f"PASSWORD: {pw}"]), [[pw]], {}


def b_name(rng: random.Random) -> Built:
    n = rng.choice(NAMES)
    return sign(rng, ["WELCOME TO", n, f"EST. {rng.randint(1950, 2020)}"]), [[n.lower()]], {}


def b_show(rng: random.Random) -> Built:
    d = rng.choice(range(17 * 60, 21 * 60, 15))
    gap = rng.choice(range(20, 95, 5))
    return sign(rng, ["TONIGHT", f"DOORS {hm(d)}", f"SHOW {hm(d + gap)}"]), [span(gap)], {}


def b_last_entry(rng: random.Random) -> Built:
    c = rng.choice(range(16 * 60, 20 * 60 + 1, 30))
    le = c - rng.choice([30, 45, 60, 90])
    now = le - rng.randint(10, 200)
    words = ["MUSEUM", f"OPEN 10:00 - {hm(c)}", f"LAST ENTRY {hm(le)}"]
    return sign(rng, words), [span(le - now)], {"now": hm(now)}


def b_toll(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    t = rng.choice(range(150, 900, 25))
    d = rng.randint(3, 6)
    return (
        sign(rng, ["BRIDGE TOLL", f"CARS {cur}{t / 100:.2f}", "EACH WAY"]),
        [money(t * 2 * d, True)],
        {"d": d},
    )


def b_admission(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    a, c, s = (
        rng.sample(range(800, 2400, 50), 1)[0],
        rng.choice(range(300, 800, 50)),
        rng.choice(range(500, 1200, 50)),
    )
    na, nc = rng.randint(1, 4), rng.randint(1, 5)
    words = [
        "ADMISSION",
        f"ADULT {cur}{a / 100:.2f}",
        f"CHILD {cur}{c / 100:.2f}",
        f"SENIOR {cur}{s / 100:.2f}",
    ]
    return (
        sign(rng, words),
        [money(na * a + nc * c, True)],
        {
            "na": na,
            "nc": nc,
            "naw": f"{WORDS[na]} adult{'s' if na > 1 else ''}",
            "ncw": f"{WORDS[nc]} {'child' if nc == 1 else 'children'}",
        },
    )


def b_ferry(rng: random.Random) -> Built:
    times = sorted(rng.sample(range(7 * 60, 21 * 60, 15), rng.randint(4, 6)))
    k = rng.randrange(1, len(times))
    now = rng.randint(times[k - 1] + 1, times[k] - 1)
    return (
        sign(rng, ["FERRY DEPARTURES", *[hm(t) for t in times]]),
        [clock(times[k])],
        {"now": hm(now), "nowa": ampm(now).lower()},
    )


def b_ferry_count(rng: random.Random) -> Built:
    times = sorted(rng.sample(range(7 * 60, 21 * 60, 15), rng.randint(5, 9)))
    cut = rng.choice(range(10 * 60, 19 * 60, 30))
    if cut in times:
        raise Tie(cut)
    n = sum(1 for t in times if t > cut)
    return (
        sign(rng, ["FERRY DEPARTURES", *[hm(t) for t in times]]),
        [count(n), clock(times[-1])],
        {"cut": hm(cut)},
    )


def b_break_hours(rng: random.Random) -> Built:
    o = rng.choice(range(7 * 60, 10 * 60 + 1, 30))
    b1 = rng.choice(range(12 * 60, 13 * 60 + 1, 30))
    b2 = b1 + rng.choice([30, 60, 90])
    c = rng.choice(range(17 * 60, 21 * 60 + 1, 30))
    return (
        sign(rng, ["OPEN", f"{hm(o)} - {hm(b1)}", f"{hm(b2)} - {hm(c)}"]),
        [span(c - o - (b2 - b1))],
        {},
    )


def b_safety(rng: random.Random) -> Built:
    w = rng.choice(SAFETY)
    return sign(rng, w), [[x.lower()] for x in w], {}


def b_street(rng: random.Random) -> Built:
    s = rng.choice(STREETS)
    return sign(rng, [s, f"{rng.randint(1, 99)}-{rng.randint(100, 199)}"]), [[s.lower()]], {}


def b_dist_km(rng: random.Random) -> Built:
    towns = rng.sample(TOWNS, 3)
    miles = rng.sample(range(4, 140), 3)
    k = rng.randrange(3)
    return (
        sign(rng, [f"{t} {m}" for t, m in zip(towns, miles, strict=True)]),
        [num(Q(miles[k]) * Q("1.609"), 1)],
        {"town": towns[k].title()},
    )


def b_dist_diff(rng: random.Random) -> Built:
    towns = rng.sample(TOWNS, 3)
    miles = rng.sample(range(4, 140), 3)
    i, j = rng.sample(range(3), 2)
    return (
        sign(rng, [f"{t} {m}" for t, m in zip(towns, miles, strict=True)]),
        [num(abs(miles[i] - miles[j]))],
        {"a": towns[i].title(), "b": towns[j].title()},
    )


def b_dist_time(rng: random.Random) -> Built:
    towns = rng.sample(TOWNS, 2)
    miles = rng.sample(range(10, 140), 2)
    v = rng.choice([30, 40, 45, 50, 60])
    m = Q(miles[0] * 60, v)
    if m.denominator != 1:
        raise Tie(m)
    return (
        sign(rng, [f"{t} {x}" for t, x in zip(towns, miles, strict=True)]),
        [span(int(m))],
        {"town": towns[0].title(), "v": v},
    )


def b_per_kg(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    thing = rng.choice(["TOMATOES", "CHERRIES", "CHEDDAR", "SALMON", "GRAPES", "MINCE"])
    p = rng.choice(range(180, 2400, 10))
    w = rng.choice(["0.5", "0.75", "1.2", "1.5", "2", "2.5", "0.4", "0.6"])
    return sign(rng, [thing, f"{cur}{p / 100:.2f} / KG"]), [money(p * Q(w), True)], {"w": w}


def b_multi_deal(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    k, p = rng.choice([(2, 3), (3, 5), (3, 2), (4, 10), (2, 5), (3, 10)])
    groups = rng.randint(2, 5)
    return (
        sign(rng, ["SPECIAL OFFER", f"ANY {k} FOR {cur}{p}"]),
        [money(groups * p)],
        {"n": k * groups, "cur": cur},
    )


def b_occupancy(rng: random.Random) -> Built:
    m = rng.choice(range(40, 300, 10))
    inside = rng.randint(5, m - 3)
    return sign(rng, ["MAXIMUM OCCUPANCY", f"{m} PERSONS"]), [num(m - inside)], {"in": inside}


def b_quiet(rng: random.Random) -> Built:
    s = rng.choice(range(20 * 60, 23 * 60 + 31, 30))
    e = rng.choice(range(6 * 60, 9 * 60 + 1, 30))
    return sign(rng, ["QUIET HOURS", f"{ampm(s)} - {ampm(e)}"]), [span(1440 - s + e)], {}


def b_pool(rng: random.Random) -> Built:
    c = rng.randint(24, 31)
    return sign(rng, ["POOL", f"WATER TEMP {c} C"]), [num(Q(c * 9, 5) + 32, 1)], {}


def b_tickets_fee(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    t, f = rng.choice(range(600, 3500, 50)), rng.choice([75, 100, 125, 150, 200])
    n = rng.randint(2, 6)
    return (
        sign(
            rng,
            ["TICKETS", f"{cur}{t / 100:.2f} EACH", f"BOOKING FEE {cur}{f / 100:.2f} PER TICKET"],
        ),
        [money(n * (t + f), True)],
        {"n": n, "nw": WORDS[n]},
    )


def b_rent_bike(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    first, more = rng.choice(range(300, 800, 50)), rng.choice(range(150, 500, 50))
    h = rng.randint(2, 6)
    words = [
        "BIKE HIRE",
        f"FIRST HOUR {cur}{first / 100:.2f}",
        f"EXTRA HOURS {cur}{more / 100:.2f}",
    ]
    return sign(rng, words), [money(first + (h - 1) * more, True)], {"h": h, "hw": WORDS[h]}


TEMPLATES_4 = {
    "wifi": (b_wifi, "whats the wifi password", "Can you read me the password on this wifi sign?"),
    "shop_sign": (
        b_name,
        "what's the name of this place?",
        "Which business is this? photo of their sign",
    ),
    "doors_show": (
        b_show,
        "how long between doors opening and the show starting?",
        "gap between doors and show time?",
    ),
    "last_entry": (
        b_last_entry,
        "It's {now}. How long have I got before last entry?",
        "now {now} - time left until last admission?",
    ),
    "toll": (
        b_toll,
        "I cross this bridge there and back every day for {d} days. Total tolls?",
        "return trip daily, {d} days - how much in tolls?",
    ),
    "admission": (
        b_admission,
        "adults: {na}, kids: {nc} - how much to get in?",
        "What's the entry cost for {naw} and {ncw}?",
    ),
    "ferry_next": (
        b_ferry,
        "it's {now}, when's the next ferry?",
        "I'll be at the pier at {nowa}. Which departure can I catch first?",
    ),
    "ferry_count": (
        b_ferry_count,
        "how many ferries leave after {cut}, and when's the last one?",
        "Count the sailings after {cut} on this board and tell me the final departure time.",
    ),
    "break_hours": (
        b_break_hours,
        "how many hours is this shop actually open, minus the lunch break?",
        "total opening time per day on this sign?",
    ),
    "safety_words": (b_safety, "what does this sign say?", "can you read the sign in this pic"),
    "street": (b_street, "what street is this?", "Which road does this street sign name?"),
    "dist_km": (
        b_dist_km,
        "how far is {town} in km? the sign's in miles, use 1 mile = 1.609 km, 1 dp",
        "convert the distance to {town} to kilometres (1 mi = 1.609 km), one decimal",
    ),
    "dist_diff": (
        b_dist_diff,
        "how much further is it to {a} than to {b}, or the other way round?",
        "difference in miles between {a} and {b} on this signpost?",
    ),
    "dist_time": (
        b_dist_time,
        "At {v} mph, how long to {town}?",
        "driving at a steady {v} mph, how long until I reach {town}?",
    ),
    "per_kg": (b_per_kg, "how much for {w} kg?", "I want {w} kilos - price?"),
    "multi_deal": (
        b_multi_deal,
        "how much for {n} of them with this offer?",
        "If I grab {n}, what do I pay under this deal?",
    ),
    "occupancy": (
        b_occupancy,
        "there are {in} people inside. how many more can come in?",
        "{in} in already - how many more allowed?",
    ),
    "quiet_hours": (
        b_quiet,
        "how long are the quiet hours each night?",
        "How many hours of quiet time does this sign set?",
    ),
    "pool_temp": (
        b_pool,
        "what's the water temp in Fahrenheit? 1 decimal",
        "convert this pool temperature to F, one decimal place",
    ),
    "tickets_fee": (
        b_tickets_fee,
        "how much for {n} tickets including fees?",
        "{nw} tickets with the booking fee - total?",
    ),
    "bike_hire": (
        b_rent_bike,
        "what would {h} hours of bike hire cost?",
        "Renting a bike for {hw} hours - price?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_4.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
