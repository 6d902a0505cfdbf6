"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 3: sign basics."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    EN,
    Made,
    ampm,
    clock,
    count,
    family,
    hm,
    money,
    number,
    sign,
    span,
)
from bench.data.agents.helpers import Family

NOTICES = ["MIND THE GAP", "KEEP LEFT", "NO ENTRY", "FIRE EXIT", "PUSH", "CAUTION",
           "DEEP WATER", "QUIET PLEASE", "NO SMOKING", "DELIVERIES", "PRIVATE", "TOILETS",
           "RECEPTION", "GIVE WAY", "CLOSED", "ELEVATOR"]
DEPTS = ["SHOES", "TOYS", "CAFE", "MENSWEAR", "BEAUTY", "HOMEWARE", "SPORTS", "BOOKS",
         "ELECTRICALS", "KIDS"]
OFFICES = ["ADMIN", "IT SUPPORT", "FINANCE", "HR", "LIBRARY", "NURSE", "ART STUDIO",
           "MUSIC", "SCIENCE LAB", "STAFF ROOM"]
PLACES = ["AIRPORT", "HARBOUR", "CITY CENTRE", "STATION", "HOSPITAL", "UNIVERSITY", "ZOO",
          "BEACH", "STADIUM", "OLD TOWN"]


@family
def notice_words(rng: random.Random) -> Made:
    words = rng.choice(NOTICES)
    text = rng.choice(["What does this sign say?", "can you read this sign for me",
                       "My eyesight's bad, what's written on this?"])
    return text, [[words.lower()]], sign(rng, [words])


@family
def platform_no(rng: random.Random) -> Made:
    n, place = rng.randint(1, 18), rng.choice(PLACES)
    return (rng.choice(["Which platform is this?", "what platform number does this say",
                        "Is this platform sign readable? Which number?"]),
            [[str(n), f"platform {n}"]], sign(rng, [f"PLATFORM {n}", f"TO {place}"]))


@family
def floor_for(rng: random.Random) -> Made:
    depts = rng.sample(DEPTS, 4)
    want = rng.randrange(4)
    floors = rng.sample(range(0, 10), 4)
    words = [f"{f} {d}" if f else f"G {d}" for f, d in zip(floors, depts, strict=True)]
    if floors[want] == 0:
        return None
    return (f"Which floor is {depts[want].lower()} on, according to this store directory?",
            [[str(floors[want]), f"floor {floors[want]}"]], sign(rng, words))


@family
def room_for(rng: random.Random) -> Made:
    names = rng.sample(OFFICES, 3)
    rooms = rng.sample(range(100, 400), 3)
    i = rng.randrange(3)
    words = [f"{r} {n}" for r, n in zip(rooms, names, strict=True)]
    return (f"what room is {names[i].lower()} in? photo of the corridor sign attached",
            [[str(rooms[i])]], sign(rng, words))


@family
def gate_code(rng: random.Random) -> Made:
    gate = f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
    board = rng.randrange(6 * 60, 22 * 60, 5)
    return ("Which gate do I need? Here's the departure board sign.", [[gate.lower(),
            f"gate {gate.lower()}"]], sign(rng, [f"GATE {gate}", f"BOARDING {hm(board)}"]))


@family
def open_how_long(rng: random.Random) -> Made:
    a, b = rng.randint(6, 11), rng.randint(4, 10)
    words = ["OPEN", f"{a}AM - {b}PM"]
    return (rng.choice(["How many hours is this place open each day?",
                        "how long are they open for per day going by this sign"]),
            [span((b + 12 - a) * 60)], sign(rng, words))


@family
def close_time(rng: random.Random) -> Made:
    a = rng.randrange(6 * 60, 10 * 60 + 1, 30)
    b = rng.randrange(16 * 60, 22 * 60 + 1, 30)
    return ("What time does this shop close?", [clock(b)],
            sign(rng, ["OPEN DAILY", f"{hm(a)} - {hm(b)}"]))


@family
def open_time(rng: random.Random) -> Made:
    a = rng.randrange(6 * 60, 11 * 60 + 1, 15)
    b = rng.randrange(16 * 60, 22 * 60 + 1, 60)
    return ("when do they open in the morning?", [clock(a)],
            sign(rng, ["HOURS", f"{ampm(a)} TO {ampm(b)}"]))


@family
def saturday_span(rng: random.Random) -> Made:
    wa, wb = rng.randint(7, 10), rng.randint(17, 20)
    sa, sb = rng.randint(8, 10), rng.randint(12, 16)
    words = [f"MON-FRI {wa}:00-{wb}:00", f"SAT {sa}:00-{sb}:00", "SUN CLOSED"]
    return ("How many hours are they open on a Saturday?", [span((sb - sa) * 60)],
            sign(rng, words))


@family
def week_hours(rng: random.Random) -> Made:
    wa, wb = rng.randint(7, 10), rng.randint(16, 20)
    sa, sb = rng.randint(8, 10), rng.randint(12, 17)
    words = [f"MON-FRI {wa}:00-{wb}:00", f"SAT {sa}:00-{sb}:00", "SUN CLOSED"]
    h = 5 * (wb - wa) + sb - sa
    return ("Going by this sign, how many hours a week is the place open in total?",
            [[f"{h} hours", f"{h}h", f"{h} hrs", str(h)]], sign(rng, words))


@family
def limit_kmh(rng: random.Random) -> Made:
    mph = rng.choice(range(10, 80, 5))
    value = Fraction(mph) * Fraction("1.609")
    return ("What's this speed limit in km/h? It's in mph; use 1 mile = 1.609 km, one decimal.",
            [number(value, 1)], sign(rng, ["SPEED", "LIMIT", str(mph)]))


@family
def parking_hours(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    rate = rng.choice([120, 150, 180, 200, 250, 275, 320, 350])
    h = rng.randint(2, 7)
    return (f"How much will it cost me to park here for {EN[h]} hours?",
            [money(rate * h, True)],
            sign(rng, ["PAY AND DISPLAY", f"{cur}{rate / 100:.2f} PER HOUR"]))


@family
def leave_by(rng: random.Random) -> Made:
    lim = rng.choice([1, 2, 3, 4])
    arrive = rng.randrange(8 * 60, 14 * 60, 5)
    word = f"{lim} HOUR" if lim == 1 else f"{lim} HOURS"
    return (f"I parked here at {ampm(arrive).lower()}. What time do I have to move the car by?",
            [clock(arrive + lim * 60)], sign(rng, [f"{word} PARKING", "NO RETURN WITHIN 1 HR"]))


@family
def menu_board(rng: random.Random) -> Made:
    goods = rng.sample(["COFFEE", "TEA", "CAKE", "TOAST", "JUICE", "SOUP", "WRAP"], 3)
    prices = rng.sample(range(180, 650, 10), 3)
    cur = rng.choice(["$", "£", "€"])
    a, b = rng.randint(1, 4), rng.randint(1, 3)
    words = [f"{g} {cur}{p / 100:.2f}" for g, p in zip(goods, prices, strict=True)]
    return (f"How much for {EN[a]} {goods[0].lower()} and {EN[b]} {goods[2].lower()} off this "
            "board?", [money(a * prices[0] + b * prices[2], True)], sign(rng, words))


@family
def sale_price(rng: random.Random) -> Made:
    off = rng.choice([15, 20, 25, 30, 40, 50, 60])
    was = Fraction(rng.randint(1500, 12000), 100)
    cur = rng.choice(["$", "£", "€"])
    return (f"This jacket is normally {cur}{float(was):.2f}. With the discount on this sign, "
            "what do I pay?", [money(was * (100 - off) / 100)],
            sign(rng, ["SALE", f"{off}% OFF", "EVERYTHING"]))


@family
def tonnes_kg(rng: random.Random) -> Made:
    t = rng.choice(["2.5", "3.5", "7.5", "10", "18", "3", "5", "7.2"])
    return ("My van weighs 3200 kg loaded. What's the limit on this bridge sign in kg?",
            [number(Fraction(t) * 1000)], sign(rng, ["WEAK BRIDGE", f"MAX {t} T"]))


@family
def clearance_ft(rng: random.Random) -> Made:
    m = rng.choice(["2.1", "2.3", "2.5", "2.7", "3.0", "3.2", "3.6", "4.1", "4.4"])
    value = Fraction(m) * Fraction("3.281")
    return ("How high is this in feet? Use 1 m = 3.281 ft and round to 1 decimal.",
            [number(value, 1)], sign(rng, ["LOW BRIDGE", f"{m} M"]))


@family
def wifi_pass(rng: random.Random) -> Made:
    word = rng.choice(["SUNNY", "MAPLE", "OCEAN", "TIGER", "COFFEE", "GARDEN", "ROCKET"])
    pw = f"{word}{rng.randint(10, 99)}"
    return (rng.choice(["What's the wifi password on this sign?",
                        "can u read the wifi pw off this"]),
            [[pw.lower()]], sign(rng, ["FREE WIFI", f"PASSWORD {pw}"]))


@family
def lift_people(rng: random.Random) -> Made:
    n = rng.randint(4, 21)
    return ("How many people can this lift take?", [[*count(n, "people"), f"{n} persons"]],
            sign(rng, ["LIFT", f"MAX {n} PERSONS"]))


@family
def train_wait(rng: random.Random) -> Made:
    dep = rng.randrange(6 * 60, 23 * 60)
    wait = rng.randint(3, 50)
    return (f"It's {hm(dep - wait)} now. How many minutes until the train on this sign?",
            [span(wait)], sign(rng, ["NEXT TRAIN", hm(dep)]))


@family
def bus_to(rng: random.Random) -> Made:
    places = rng.sample(PLACES, 3)
    routes = rng.sample(range(1, 99), 3)
    i = rng.randrange(3)
    return (f"which bus do I take from this stop to get to the {places[i].lower()}?",
            [[str(routes[i]), f"bus {routes[i]}"]],
            sign(rng, [f"{r} {p}" for r, p in zip(routes, places, strict=True)]))


@family
def km_miles(rng: random.Random) -> Made:
    km, place = rng.randint(3, 160), rng.choice(PLACES)
    value = Fraction(km) / Fraction("1.609")
    return (f"how many miles to the {place.lower()} from here? 1 mile = 1.609 km, 1 decimal",
            [number(value, 1)], sign(rng, [f"{place} {km} KM"]))


@family
def fill_tank(rng: random.Random) -> Made:
    pu, pd = rng.sample(range(145, 215), 2)
    litres = rng.choice([30, 35, 40, 45, 50, 55, 60])
    fuel = rng.choice(["diesel", "unleaded"])
    p = pd if fuel == "diesel" else pu
    return (f"What will {litres} litres of {fuel} cost at these prices?",
            [money(p * litres, True)],
            sign(rng, [f"UNLEADED {p_fmt(pu)}", f"DIESEL {p_fmt(pd)}", "PER LITRE"]))


def p_fmt(cents: int) -> str:
    return f"{cents / 100:.2f}"


@family
def happy_hour_len(rng: random.Random) -> Made:
    a = rng.randrange(15 * 60, 18 * 60 + 1, 30)
    length = rng.choice([45, 60, 75, 90, 105, 120, 150, 180])
    return ("how long does happy hour last?", [span(length)],
            sign(rng, ["HAPPY HOUR", f"{ampm(a)} - {ampm(a + length)}"]))


@family
def early_close(rng: random.Random) -> Made:
    t = rng.randrange(11 * 60, 19 * 60, 15)
    return (rng.choice(["What time are they shutting today?",
                        "When does this place close today, per the sign?"]),
            [clock(t)], sign(rng, ["CLOSING EARLY", f"TODAY AT {ampm(t)}"]))


@family
def checkout_by(rng: random.Random) -> Made:
    cin = rng.randrange(13 * 60, 17 * 60, 30)
    cout = rng.randrange(9 * 60, 12 * 60 + 1, 30)
    return ("What time is check-out at this hotel?", [clock(cout)],
            sign(rng, [f"CHECK-IN {ampm(cin)}", f"CHECK-OUT {ampm(cout)}"]))


@family
def queue_ahead(rng: random.Random) -> Made:
    now = rng.randint(10, 90)
    mine = now + rng.randint(3, 15)
    return (f"My ticket is {mine}. Not counting the person being served now, how many people "
            "are ahead of me?", [count(mine - now - 1)], sign(rng, ["NOW SERVING", str(now)]))


@family
def pool_f(rng: random.Random) -> Made:
    c = rng.randint(20, 33)
    value = Fraction(c * 9, 5) + 32
    return ("What's the water temperature on this sign in Fahrenheit? one decimal",
            [number(value, 1)], sign(rng, ["POOL TEMP", f"{c} C"]))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    notice_words, platform_no, floor_for, room_for, gate_code, open_how_long, close_time,
    open_time, saturday_span, week_hours, limit_kmh, parking_hours, leave_by, menu_board,
    sale_price, tonnes_kg, clearance_ft, wifi_pass, lift_people, train_wait, bus_to, km_miles,
    fill_tank, happy_hour_len, early_close, checkout_by, queue_ahead, pool_f)]
