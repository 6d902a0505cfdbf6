"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 3: signs."""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
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

CITIES = [
    "LEEDS",
    "BRISTOL",
    "YORK",
    "BATH",
    "DOVER",
    "OXFORD",
    "CARDIFF",
    "EXETER",
    "DERBY",
    "CHESTER",
    "NORWICH",
    "LINCOLN",
]
SUBJECTS = [
    "ART",
    "MUSIC",
    "SCIENCE",
    "HISTORY",
    "IT SUITE",
    "LIBRARY",
    "TEACHERS",
    "OFFICE",
    "GYM",
    "DRAMA",
    "MATHS",
    "FIRST AID",
]
CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}


def b_platform(rng: random.Random) -> Built:
    n, city = rng.randint(1, 24), rng.choice(CITIES)
    return sign(rng, [f"TRAINS TO {city}", f"PLATFORM {n}"]), [[str(n)]], {"city": city.title()}


def b_gate(rng: random.Random) -> Built:
    g = f"{rng.choice('ABCDEF')}{rng.randint(2, 48)}"
    return sign(rng, ["DEPARTURES", f"GATE {g}"]), [[g.lower(), f"{g[0]} {g[1:]}".lower()]], {}


def b_room(rng: random.Random) -> Built:
    subs = rng.sample(SUBJECTS, rng.randint(3, 6))
    rooms = rng.sample(range(101, 340), len(subs))
    k = rng.randrange(len(subs))
    words = ["DIRECTORY"] + [f"{s}  ROOM {r}" for s, r in zip(subs, rooms, strict=True)]
    return sign(rng, words), [[str(rooms[k])]], {"what": subs[k].lower()}


def hours(rng: random.Random) -> tuple[int, int]:
    o = rng.choice(range(6 * 60, 11 * 60 + 1, 30))
    c = rng.choice(range(15 * 60, 23 * 60 + 1, 30))
    return o, c


def hours_words(rng: random.Random, o: int, c: int) -> list[str]:
    if rng.random() < 0.5:
        return ["OPEN DAILY", f"{hm(o)} - {hm(c)}"]
    return ["OPENING HOURS", f"{ampm(o)} - {ampm(c)}"]


def b_open_len(rng: random.Random) -> Built:
    o, c = hours(rng)
    return sign(rng, hours_words(rng, o, c)), [span(c - o)], {}


def b_close(rng: random.Random) -> Built:
    o, c = hours(rng)
    return sign(rng, hours_words(rng, o, c)), [clock(c)], {}


def b_open(rng: random.Random) -> Built:
    o, c = hours(rng)
    return sign(rng, hours_words(rng, o, c)), [clock(o)], {}


def b_until_close(rng: random.Random) -> Built:
    o, c = hours(rng)
    now = rng.choice(range(o + 15, c - 10, 5))
    return (
        sign(rng, hours_words(rng, o, c)),
        [span(c - now)],
        {"now": ampm(now).lower(), "now24": hm(now)},
    )


def b_week(rng: random.Random) -> Built:
    o, c = hours(rng)
    so = rng.choice(range(8 * 60, 11 * 60 + 1, 30))
    sc = so + rng.choice(range(180, 421, 30))
    words = ["OPENING HOURS", f"MON-FRI {hm(o)}-{hm(c)}", f"SAT {hm(so)}-{hm(sc)}", "SUN CLOSED"]
    return sign(rng, words), [span(5 * (c - o) + sc - so)], {"o": o, "c": c, "so": so, "sc": sc}


def b_sat(rng: random.Random) -> Built:
    r, _req, s = b_week(rng)
    return r, [span(s["sc"] - s["so"])], s


def b_speed(rng: random.Random) -> Built:
    lim = rng.choice([20, 25, 30, 40, 50, 60, 70])
    v = lim + rng.randint(3, 19)
    unit = rng.choice(["MPH", "KM/H"])
    return sign(rng, ["SPEED LIMIT", f"{lim} {unit}"]), [num(v - lim)], {"v": v, "u": unit.lower()}


def b_height(rng: random.Random) -> Built:
    lim = rng.randint(190, 300)
    van = lim - rng.randint(4, 60)
    return (
        sign(rng, ["MAX HEADROOM", f"{lim / 100:.2f} M"]),
        [
            [
                f"{lim - van} cm",
                f"{lim - van}cm",
                f"{(lim - van) / 100:.2f} m",
                f"{(lim - van) / 100:.2f}m",
                f"{(lim - van) / 100:g} m",
                f"{(lim - van) / 100:g}m",
            ]
        ],
        {"van": f"{van / 100:.2f}"},
    )


def b_parking(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    rate = rng.choice([120, 150, 180, 200, 220, 250, 275, 300, 350])
    h = rng.choice([2, 3, 4, 5, 6])
    words = ["PAY AND DISPLAY", f"{cur}{rate / 100:.2f} PER HOUR"]
    return sign(rng, words), [money(rate * h, True)], {"h": h, "hw": WORDS[h], "cur": cur}


def b_max_stay(rng: random.Random) -> Built:
    stay = rng.choice([1, 2, 3, 4])
    arrive = rng.choice(range(7 * 60, 17 * 60, 5))
    words = ["CUSTOMER PARKING", f"MAX STAY {stay} HOURS" if stay > 1 else "MAX STAY 1 HOUR"]
    return (
        sign(rng, words),
        [clock(arrive + 60 * stay)],
        {"t": ampm(arrive).lower(), "t24": hm(arrive)},
    )


def b_price(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    thing = rng.choice(["COFFEE", "HOT DOGS", "ICE CREAM", "FRESH JUICE", "CHURROS", "CREPES"])
    p = rng.choice(range(150, 700, 10))
    k = rng.randint(2, 7)
    return (
        sign(rng, [thing, f"{cur}{p / 100:.2f}"]),
        [money(p * k, True)],
        {"k": k, "kw": WORDS[k], "thing": thing.lower()},
    )


def b_sale(rng: random.Random) -> Built:
    p = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    was = rng.choice(range(1500, 25000, 100)) / 100
    return (
        sign(rng, ["SALE", f"{p}% OFF", "EVERYTHING"]),
        [money(Q(str(was)) * (100 - p) / 100)],
        {"was": f"{rng.choice(CUR)}{was:.2f}", "p": p},
    )


def b_sale_save(rng: random.Random) -> Built:
    r, _req, s = b_sale(rng)
    return r, [money(Q(s["was"][1:]) * s["p"] / 100)], s


def b_lift(rng: random.Random) -> Built:
    m = rng.randint(4, 13)
    g = rng.randint(m + 3, 60)
    return sign(rng, ["LIFT", f"MAX {m} PERSONS"]), [count(-(-g // m))], {"g": g}


def b_next_bus(rng: random.Random) -> Built:
    t = rng.choice(range(6 * 60, 23 * 60, 5))
    now = t - rng.randint(3, 55)
    return (
        sign(rng, ["NEXT BUS", f"ROUTE {rng.randint(2, 99)}", hm(t)]),
        [span(t - now)],
        {"now": hm(now)},
    )


def b_delay(rng: random.Random) -> Built:
    t = rng.choice(range(6 * 60, 22 * 60, 5))
    d = rng.choice(range(10, 125, 5))
    words = [
        f"FLIGHT {rng.choice(['BA', 'LH', 'KL', 'AF'])}{rng.randint(100, 999)}",
        f"DEP {hm(t)}",
        f"DELAYED {d} MIN",
    ]
    return sign(rng, words), [clock(t + d)], {}


def b_fuel(rng: random.Random) -> Built:
    p = rng.randint(1389, 1899)
    litres = rng.choice([20, 25, 30, 35, 40, 45, 50, 55])
    return (
        sign(rng, ["UNLEADED", f"{p / 1000:.3f} PER LITRE"]),
        [money(Q(p * litres, 1000))],
        {"l": litres},
    )


def b_happy(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    p = rng.choice([10, 20, 25, 30, 40, 50])
    full = rng.choice(range(350, 900, 10))
    k = rng.randint(2, 6)
    words = [
        "HAPPY HOUR",
        f"{ampm(rng.choice([960, 990, 1020]))} - {ampm(1140)}",
        f"{p}% OFF DRINKS",
    ]
    return (
        sign(rng, words),
        [money(Q(full * k * (100 - p), 100), True)],
        {"full": f"{cur}{full / 100:.2f}", "k": k, "kw": WORDS[k]},
    )


TEMPLATES_3 = {
    "platform": (
        b_platform,
        "which platform for {city}?",
        "What platform number does this sign say?",
    ),
    "platform_2": (
        b_platform,
        "I'm meant to catch the train to {city}, where do I go according to this?",
        "platform?",
    ),
    "gate": (b_gate, "what gate is on this sign", "Which gate do I need? Took a pic of the sign"),
    "room": (
        b_room,
        "which room is {what} in?",
        "Can you tell me the room number for {what} from this board?",
    ),
    "room_2": (
        b_room,
        "looking for {what}, what room does this directory say?",
        "{what} room number?",
    ),
    "open_len": (
        b_open_len,
        "how many hours is this place open a day?",
        "How long are they open each day, going by this sign?",
    ),
    "open_len_2": (
        b_open_len,
        "opening hours here - total time open per day?",
        "how long is it open for",
    ),
    "close": (b_close, "what time does it close?", "When do they shut today? sign attached"),
    "close_2": (b_close, "closing time?", "Until what time can I go there, per this sign?"),
    "open_time": (b_open, "what time do they open", "When does this place open in the morning?"),
    "until_close": (
        b_until_close,
        "it's {now} now. how long until they close?",
        "It's {now24}. How much time do I have before closing?",
    ),
    "until_close_2": (
        b_until_close,
        "if I get there at {now24}, how long till it shuts?",
        "how many minutes til close if it's {now} right now",
    ),
    "week_hours": (
        b_week,
        "how many hours a week is this shop open in total?",
        "Add up the weekly opening hours on this sign for me.",
    ),
    "sat_hours": (
        b_sat,
        "how long are they open on Saturday?",
        "saturday opening - how many hours?",
    ),
    "speed": (
        b_speed,
        "I was doing {v} {u} here. How far over the limit is that?",
        "going {v} - how much over the posted limit am I",
    ),
    "headroom": (
        b_height,
        "My van is {van} m tall. How much clearance will I have under this?",
        "van height {van}m - how much room to spare under this sign's limit?",
    ),
    "parking": (
        b_parking,
        "how much to park here for {h} hours?",
        "What would {hw} hours of parking cost at this rate?",
    ),
    "max_stay": (
        b_max_stay,
        "I parked at {t}. When do I have to leave?",
        "arrived {t24}, whats the latest I can stay till",
    ),
    "price": (b_price, "how much for {k}?", "We want {kw} {thing} - what's that going to cost?"),
    "sale": (
        b_sale,
        "this jacket was {was}. what is it now with this sale?",
        "Original price {was} - what do I pay with the discount on this sign?",
    ),
    "sale_save": (
        b_sale_save,
        "how much do I save on a {was} item with this?",
        "what's the saving on something that normally costs {was}?",
    ),
    "lift": (
        b_lift,
        "we're a group of {g}. how many trips does the lift need?",
        "How many lift runs to get {g} people up, going by the limit on this sign?",
    ),
    "next_bus": (
        b_next_bus,
        "it's {now}, how long do I wait for the bus?",
        "Time now is {now}. How many minutes until the bus on this sign?",
    ),
    "delay": (
        b_delay,
        "what time will this flight leave now?",
        "new departure time with the delay?",
    ),
    "fuel": (
        b_fuel,
        "how much for {l} litres at this price?",
        "Filling up {l} L - cost? to the cent",
    ),
    "happy_hour": (
        b_happy,
        "drinks are normally {full}. What do {kw} drinks cost during this happy hour?",
        "{k} drinks at {full} each with the happy hour discount - total?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_3.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
