"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 3: signs (words, opening
hours, platforms, floors, rooms, limits, prices)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout22_read import (
    EN,
    F,
    Made,
    clock,
    count,
    hm,
    money,
    number,
    sign,
    span,
)
from bench.data.agents.helpers import Family

WORDS = [["NO PARKING"], ["KEEP LEFT"], ["WET FLOOR"], ["STAFF ONLY"], ["NO ENTRY"],
         ["FIRE EXIT"], ["PRIVATE ROAD"], ["QUIET PLEASE"], ["CASH ONLY"], ["KEEP OUT"],
         ["NO SMOKING"], ["MIND THE STEP"], ["DOGS WELCOME"], ["SLOW DOWN"]]
PLACES = ["LIBRARY", "BAKERY", "POST OFFICE", "PHARMACY", "GYM", "MUSEUM", "CAFE", "BANK"]
CITIES = ["LEEDS", "YORK", "BRISTOL", "OXFORD", "DOVER", "BATH", "CARDIFF", "HULL"]
DEPTS = ["SHOES", "TOYS", "MENSWEAR", "KITCHEN", "BEDDING", "TOOLS", "GARDEN", "BOOKS"]
PEOPLE = ["DR PATEL", "MS GREEN", "DR OKAFOR", "MR LEE", "DR SMITH", "MS ROSSI", "DR KHAN"]


def s_words(rng: random.Random) -> Made:
    words = rng.choice(WORDS)
    return sign(rng, words), {}, [[words[0]]]


def _hours(rng: random.Random) -> tuple[int, int]:
    start = rng.choice(range(6 * 60, 11 * 60, 30))
    end = rng.choice(range(16 * 60, 22 * 60 + 1, 30))
    return start, end


def _open_sign(rng: random.Random, start: int, end: int) -> list[str]:
    place = rng.choice(PLACES)
    return [place, "OPEN", f"{hm(start)} - {hm(end)}"]


def s_hours_long(rng: random.Random) -> Made:
    start, end = _hours(rng)
    return sign(rng, _open_sign(rng, start, end)), {}, [span(end - start)]


def s_close(rng: random.Random) -> Made:
    start, end = _hours(rng)
    return sign(rng, _open_sign(rng, start, end)), {}, [clock(end)]


def s_open(rng: random.Random) -> Made:
    start, end = _hours(rng)
    return sign(rng, _open_sign(rng, start, end)), {}, [clock(start)]


def s_until_close(rng: random.Random) -> Made:
    start, end = _hours(rng)
    now = rng.randrange(start + 30, end - 10, 5)
    return sign(rng, _open_sign(rng, start, end)), {"now": hm(now)}, [span(end - now)]


def s_until_open(rng: random.Random) -> Made:
    start, end = _hours(rng)
    now = rng.randrange(start - 200, start - 5, 5)
    return sign(rng, _open_sign(rng, start, end)), {"now": hm(now)}, [span(start - now)]


def s_week_hours(rng: random.Random) -> Made:
    a, b = _hours(rng)
    c = rng.choice(range(8 * 60, 12 * 60, 60))
    d = c + rng.choice([180, 240, 300, 360])
    words = ["MON-FRI " + f"{hm(a)}-{hm(b)}", "SAT " + f"{hm(c)}-{hm(d)}", "SUN CLOSED"]
    total = Fraction(5 * (b - a) + (d - c), 60)
    forms = number(total, 1) if total.denominator != 1 else number(total)
    return sign(rng, words), {}, [forms + [f"{x}h" for x in forms] + span(5 * (b - a) + d - c)]


def s_platform(rng: random.Random) -> Made:
    p, city = rng.randint(1, 16), rng.choice(CITIES)
    return sign(rng, [f"PLATFORM {p}", f"TRAINS TO {city}"]), {"city": city.title()}, [count(p)]


def s_floor(rng: random.Random) -> Made:
    f, dept = rng.randint(1, 9), rng.choice(DEPTS)
    return sign(rng, [dept, f"FLOOR {f}"]), {"dept": dept.lower()}, [count(f)]


def s_room(rng: random.Random) -> Made:
    r, who = rng.randint(101, 499), rng.choice(PEOPLE)
    return sign(rng, [f"ROOM {r}", who]), {"who": who.title()}, [[str(r)]]


def s_speed(rng: random.Random) -> Made:
    v = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    return sign(rng, ["SPEED LIMIT", str(v)]), {}, [[str(v)]]


def s_speed_kmh(rng: random.Random) -> Made:
    v = rng.choice([15, 20, 25, 30, 40, 50, 60, 70])
    return sign(rng, ["SPEED LIMIT", f"{v} MPH"]), {}, [number(Fraction(v * 1609, 1000), 1)]


def s_weight(rng: random.Random) -> Made:
    cap = rng.choice([450, 600, 630, 750, 800, 900, 1000, 1200])
    per = rng.choice([70, 75, 80, 85, 90])
    return sign(rng, ["LIFT", f"MAX LOAD {cap} KG"]), {"per": per}, [count(cap // per)]


def s_persons(rng: random.Random) -> Made:
    n = rng.randint(4, 30)
    return sign(rng, ["MAXIMUM", f"{n} PERSONS"]), {}, [count(n)]


def s_price_n(rng: random.Random) -> Made:
    thing = rng.choice(["COFFEE", "ICE CREAM", "HOT DOG", "TEA", "MUFFIN", "LEMONADE"])
    p, k = rng.randrange(150, 600, 5), rng.randint(2, 6)
    return (sign(rng, [thing, f"${p / 100:.2f}"]), {"k": k, "kw": EN[k], "thing": thing.lower()},
            [money(p * k, True)])


def s_parking(rng: random.Random) -> Made:
    p, h = rng.randrange(100, 450, 10), rng.randint(2, 8)
    words = ["PARKING", f"${p / 100:.2f} PER HOUR"]
    return sign(rng, words), {"h": h, "hw": EN[h]}, [money(p * h, True)]


def s_sale(rng: random.Random) -> Made:
    pct = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    orig = rng.randrange(1500, 15000, 100)
    paid = Fraction(orig * (100 - pct), 100)
    if paid == pct * 100:  # audit: the answer would equal the percentage printed on the sign
        return None
    return sign(rng, ["SALE", f"{pct}% OFF"]), {"orig": orig // 100}, [money(paid, True)]


def s_sale_pct(rng: random.Random) -> Made:
    pct = rng.choice([10, 15, 20, 25, 30, 35, 40, 50, 60, 70])
    forms = [f"{pct}%", f"{pct} %", f"{pct} percent"]
    return sign(rng, ["SUMMER SALE", f"{pct}% OFF", "EVERYTHING"]), {}, [forms]


def s_train_wait(rng: random.Random) -> Made:
    t = rng.randrange(6 * 60, 23 * 60, 1)
    wait = rng.randint(3, 55)
    city = rng.choice(CITIES)
    return (sign(rng, ["NEXT TRAIN", f"{city} {hm(t)}"]), {"now": hm(t - wait)}, [span(wait)])


def s_gate(rng: random.Random) -> Made:
    g = f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
    return sign(rng, ["DEPARTURES", f"GATE {g}"]), {}, [[g, f"{g[0]} {g[1:]}"]]


def s_bus(rng: random.Random) -> Made:
    b, city = rng.randint(2, 199), rng.choice([*CITIES, "AIRPORT", "CITY CENTRE"])
    return sign(rng, [f"BUS {b}", f"TO {city}"]), {}, [[str(b)]]


def s_items(rng: random.Random) -> Made:
    n = rng.randint(5, 15)
    have = rng.randint(n + 1, n + 10)
    if have == 2 * n:  # audit: the answer would equal the limit printed on the sign
        return None
    return sign(rng, ["EXPRESS TILL", f"{n} ITEMS OR LESS"]), {"have": have}, [count(have - n)]


def s_tickets(rng: random.Random) -> Made:
    a, c = rng.randrange(800, 2500, 50), rng.randrange(400, 1200, 50)
    na, nc = rng.randint(1, 3), rng.randint(1, 4)
    if c >= a:
        return None
    v = {"na": na, "nc": nc, "naw": EN[na], "ncw": EN[nc]}
    words = ["TICKETS", f"ADULT ${a / 100:.2f}", f"CHILD ${c / 100:.2f}"]
    return sign(rng, words), v, [money(na * a + nc * c, True)]


def s_fuel(rng: random.Random) -> Made:
    p = rng.randint(1389, 1899)
    litres = rng.randint(20, 60)
    return (sign(rng, ["UNLEADED", f"{p / 1000:.3f} PER LITRE"]), {"l": litres},
            [money(Fraction(p * litres, 1000))])


def s_happy(rng: random.Random) -> Made:
    a = rng.choice(range(14 * 60, 19 * 60, 30))
    b = a + rng.choice([60, 90, 120, 150, 180, 210, 240])
    return sign(rng, ["HAPPY HOUR", f"{hm(a)} - {hm(b)}"]), {}, [span(b - a)]


def s_height(rng: random.Random) -> Made:
    h = rng.choice(["1.9", "2.0", "2.1", "2.2", "2.3", "2.5", "2.7", "3.0", "3.2"])
    forms = [h, f"{h}m", f"{h} m", f"{h} metres"]
    if h.endswith(".0"):  # audit: "3 m" is as right as "3.0 m"
        forms += [x.replace(".0", "", 1) for x in forms[1:]]
    return sign(rng, ["MAX HEADROOM", f"{h} m"]), {}, [forms]


fam_sign_words = F("sign_words", s_words, (
    "what does this sign say?|read me this sign pls|What's written on the sign?"))
fam_sign_words_lang = F("sign_words_lang", s_words, (
    "I can't read it from here, what's on the sign?|"
    "my eyesight's bad, can you tell me the words on this sign"))
fam_hours_long = F("hours_long", s_hours_long, (
    "how many hours a day is this place open?|how long is it open each day?|"
    "From opening to closing, how long is that?"))
fam_close = F("close", s_close, "what time does it close?|when do they shut?|Closing time?")
fam_close_plan = F("close_plan", s_close, (
    "I want to pop in after work - what's the latest I can get there before they close?|"
    "by what time do I need to be there, i.e. when does it close"))
fam_open = F("open", s_open, (
    "what time does it open?|when do they open in the morning?|Opening time?"))
fam_until_close = F("until_close", s_until_close, (
    "it's {now} now. how long until this place closes?|"
    "Time is {now}, how much time do I have before closing?|"
    "its {now}, how long left til they shut"))
fam_until_open = F("until_open", s_until_open, (
    "it's {now}, how long do I have to wait until it opens?|"
    "Standing outside at {now}. How long till they open?"))
fam_week_hours = F("week_hours", s_week_hours, (
    "how many hours in total is this place open per week?|"
    "Add up the opening hours for a whole week from this sign"))
fam_platform = F("platform", s_platform, (
    "which platform is this?|what platform number does the sign show?|"
    "what platform for the {city} train?"))
fam_platform_rush = F("platform_rush", s_platform, (
    "running late!! which platform do I need??|quick - platform number on this sign?"))
fam_floor = F("floor", s_floor, (
    "which floor is {dept} on?|What floor does the sign say?|floor number for {dept}?"))
fam_room = F("room", s_room, (
    "what room number is this?|Which room is {who} in?|room number on the door sign?"))
fam_room_appt = F("room_appt", s_room, (
    "my appointment is with {who}, which room do I go to?|"
    "where's {who}? what room does the sign say"))
fam_speed = F("speed", s_speed, (
    "what's the speed limit here?|how fast am I allowed to go?|Speed limit on this sign?"))
fam_speed_kmh = F("speed_kmh", s_speed_kmh, (
    "what is this speed limit in km/h? use 1 mile = 1.609 km, 1 decimal|"
    "My car shows km/h. Convert this limit (1 mi = 1.609 km), to 1 dp"))
fam_lift = F("lift", s_weight, (
    "how many people of {per} kg can go in this lift at most?|"
    "if everyone weighs about {per}kg, how many of us fit under the max load? whole people"))
fam_persons = F("persons", s_persons, (
    "how many people are allowed at once?|what's the maximum number of people on the sign?|"
    "capacity limit?"))
fam_price_n = F("price_n", s_price_n, (
    "how much for {k} of these?|We need {kw}, what will that cost?|price for {k} {thing}s?"))
fam_parking = F("parking", s_parking, (
    "I'll be parked for {h} hours, how much?|"
    "what would {hw} hours of parking cost at this rate?|cost for {h} hrs parking?"))
fam_sale = F("sale", s_sale, (
    "a jacket is normally ${orig}. with this sale, what does it cost?|"
    "How much would a ${orig} item be after the discount on the sign?"))
fam_sale_pct = F("sale_pct", s_sale_pct, (
    "how much off is the sale?|what's the discount on this sign?"))
fam_train_wait = F("train_wait", s_train_wait, (
    "it's {now}, how long until the next train?|"
    "Time now: {now}. How many minutes do I wait?|its {now} how long is the wait"))
fam_gate = F("gate", s_gate, "which gate?|what gate is on the sign|Gate number pls")
fam_bus = F("bus", s_bus, "what bus number is this?|which bus is it?|Bus number on the sign?")
fam_items = F("items", s_items, (
    "I've got {have} items. how many over the limit am I for this till?|"
    "With {have} things in my basket, how many too many do I have for the express lane?"))
fam_tickets = F("tickets", s_tickets, (
    "how much for {na} adults and {nc} kids?|"
    "What would {naw} adult and {ncw} child tickets cost altogether?|"
    "tickets for {na} adult(s) + {nc} child(ren)?"))
fam_fuel = F("fuel", s_fuel, (
    "how much for {l} litres at this price? round to the cent|"
    "if I put {l} L in, what will it cost (nearest cent)?"))
fam_happy = F("happy", s_happy, "how long is happy hour?|How long does happy hour last?")
fam_height = F("height", s_height, (
    "what's the height limit?|how tall can my van be to get under here?|max height on this sign?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_sign_words, fam_sign_words_lang, fam_hours_long, fam_close, fam_close_plan, fam_open,
    fam_until_close, fam_until_open, fam_week_hours, fam_platform, fam_platform_rush,
    fam_floor, fam_room, fam_room_appt, fam_speed, fam_speed_kmh, fam_lift, fam_persons,
    fam_price_n, fam_parking, fam_sale, fam_sale_pct, fam_train_wait, fam_gate, fam_bus,
    fam_items, fam_tickets, fam_fuel, fam_happy, fam_height)]
