"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 3: signs and hours."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    EN,
    Family,
    Made,
    ampm,
    clock,
    count,
    family,
    hm,
    money,
    number,
    pick,
    sign,
    span,
    words,
)

WARN = [["NO PARKING", "FIRE LANE"], ["WET FLOOR"], ["STAFF ONLY"], ["KEEP OUT"],
        ["NO ENTRY"], ["CASH ONLY"], ["MIND THE GAP"], ["NO SMOKING"], ["EXIT ONLY"],
        ["DANGER", "HIGH VOLTAGE"], ["BEWARE OF DOG"], ["PRIVATE ROAD"], ["SLOW DOWN"],
        ["DO NOT DISTURB"], ["LOADING ZONE"], ["QUIET PLEASE"]]
PLACES = ["BAKERY", "PHARMACY", "LIBRARY", "POST OFFICE", "BARBER", "DELI", "FLORIST",
          "BANK", "GYM", "CAFE", "BIKE SHOP", "LAUNDRY"]


def opening(rng: random.Random) -> tuple[int, int]:
    start = rng.choice(range(6 * 60, 11 * 60, 15))
    end = rng.choice(range(15 * 60, 22 * 60, 15))
    return start, end


@family
def sign_says(rng: random.Random) -> Made:
    lines = rng.choice(WARN)
    text = pick(rng, "What does this sign say?", "can you read this sign for me",
                "I can't make out the sign in this photo, what's written on it?")
    return text, words(*lines), sign(rng, lines)


@family
def hours_open(rng: random.Random) -> Made:
    start, end = opening(rng)
    lines = [rng.choice(PLACES), "OPEN DAILY", f"{ampm(start)} - {ampm(end)}"]
    text = pick(rng, "How many hours a day is this place open?",
                "how long are they open each day, going by the sign?")
    return text, [span(end - start)], sign(rng, lines)


@family
def opens_at(rng: random.Random) -> Made:
    start, end = opening(rng)
    lines = [rng.choice(PLACES), f"{hm(start)} - {hm(end)}"]
    text = pick(rng, "What time do they open?", "when does this open in the morning?")
    return text, [clock(start)], sign(rng, lines)


@family
def closes_at(rng: random.Random) -> Made:
    start, end = opening(rng)
    lines = [rng.choice(PLACES), "HOURS", f"{ampm(start)} TO {ampm(end)}"]
    text = pick(rng, "What time does this place close?", "what time do they shut?")
    return text, [clock(end)], sign(rng, lines)


@family
def saturday_close(rng: random.Random) -> Made:
    start, end = opening(rng)
    s2 = rng.choice(range(8 * 60, 11 * 60, 30))
    e2 = rng.choice([e for e in range(12 * 60, 18 * 60, 30) if e != end])
    lines = [f"MON-FRI {hm(start)}-{hm(end)}", f"SAT {hm(s2)}-{hm(e2)}", "SUN CLOSED"]
    text = pick(rng, "I want to go on Saturday - what time do they close that day?",
                "Saturday closing time on this sign?")
    return text, [clock(e2)], sign(rng, lines)


@family
def weekly_hours(rng: random.Random) -> Made:
    start, end = opening(rng)
    s2 = rng.choice(range(8 * 60, 11 * 60, 30))
    e2 = rng.choice(range(12 * 60, 18 * 60, 30))
    lines = [f"MON-FRI {hm(start)}-{hm(end)}", f"SAT {hm(s2)}-{hm(e2)}", "SUN CLOSED"]
    mins = 5 * (end - start) + (e2 - s2)
    text = "How many hours in total is this shop open per week?"
    return text, [span(mins)], sign(rng, lines)


@family
def until_close(rng: random.Random) -> Made:
    start, end = opening(rng)
    now = rng.choice(range(start + 60, end - 10, 5))
    lines = [rng.choice(PLACES), f"OPEN {ampm(start)}-{ampm(end)}"]
    text = pick(rng, f"It's {hm(now)} now. How long until this closes?",
                f"it's {ampm(now).lower()} - how much time do I have before they close?")
    return text, [span(end - now)], sign(rng, lines)


@family
def lunch_reopen(rng: random.Random) -> Made:
    a = rng.choice(range(11 * 60 + 30, 14 * 60, 15))
    b = a + rng.choice([30, 45, 60, 75, 90])
    lines = ["BACK SOON", f"LUNCH {hm(a)}-{hm(b)}"]
    text = pick(rng, "What time will they be back open?",
                "the door has this sign on it. when do they reopen?")
    return text, [clock(b)], sign(rng, lines)


@family
def lunch_length(rng: random.Random) -> Made:
    a = rng.choice(range(11 * 60 + 30, 14 * 60, 15))
    b = a + rng.choice(range(20, 125, 5))
    lines = ["CLOSED FOR LUNCH", f"{hm(a)} - {hm(b)}"]
    text = "How long is their lunch break?"
    return text, [span(b - a)], sign(rng, lines)


@family
def platform_for(rng: random.Random) -> Made:
    dests = rng.sample(["LEEDS", "YORK", "BATH", "DOVER", "OXFORD", "BRISTOL", "CARDIFF",
                        "NORWICH", "EXETER"], 3)
    plats = rng.sample(range(1, 16), 3)
    rows = [f"{d} PLATFORM {p}" for d, p in zip(dests, plats, strict=True)]
    i = rng.randrange(3)
    text = pick(rng, f"Which platform for the {dests[i].title()} train?",
                f"what platform do I need for {dests[i].lower()}?")
    return text, [count(plats[i])], sign(rng, rows)


@family
def train_wait(rng: random.Random) -> Made:
    dep = rng.choice(range(6 * 60, 23 * 60, 5))
    wait = rng.randint(4, 55)
    lines = ["NEXT TRAIN", f"{hm(dep)}", rng.choice(["CITY", "AIRPORT", "HARBOUR", "NORTH"])]
    text = pick(rng, f"It's {hm(dep - wait)} now, how long till the next train?",
                f"time now {hm(dep - wait)}. how many minutes do I wait for this train?")
    return text, [span(wait)], sign(rng, lines)


@family
def gate_number(rng: random.Random) -> Made:
    gate = f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
    dep = rng.choice(range(6 * 60, 23 * 60, 5))
    lines = [f"FLIGHT {rng.choice(['BA', 'LH', 'AF', 'UA', 'KL'])}{rng.randint(100, 999)}",
             f"GATE {gate}", f"DEPARTS {hm(dep)}"]
    text = pick(rng, "Which gate is my flight at?", "what gate does this say?")
    return text, [[gate]], sign(rng, lines)


@family
def boarding_start(rng: random.Random) -> Made:
    dep = rng.choice(range(7 * 60, 23 * 60, 5))
    before = rng.choice([30, 35, 40, 45])
    lines = [f"GATE {rng.choice('ABCD')}{rng.randint(1, 30)}", f"DEPARTURE {hm(dep)}"]
    text = (f"Boarding starts {before} minutes before departure. What time does boarding "
            "start, going by this board?")
    return text, [clock(dep - before)], sign(rng, lines)


@family
def floor_for(rng: random.Random) -> Made:
    depts = rng.sample(["SHOES", "TOYS", "CAFE", "MENSWEAR", "BEAUTY", "HOME", "SPORTS",
                        "BOOKS", "TOILETS", "ELECTRICAL"], 4)
    floors = rng.sample(range(1, 9), 4)
    rows = [f"{f} {d}" for f, d in sorted(zip(floors, depts, strict=True))]
    i = rng.randrange(4)
    j = (i + 1) % 4
    text = pick(rng, f"Which floors are {depts[i].lower()} and {depts[j].lower()} on?",
                f"store directory pic - what floor for {depts[i].lower()}, and for "
                f"{depts[j].lower()}?")
    return text, [count(floors[i]), count(floors[j])], sign(rng, rows)


@family
def room_for(rng: random.Random) -> Made:
    names = rng.sample(["DR PATEL", "DR KIM", "DR OKAFOR", "DR SILVA", "DR NOVAK",
                        "DR ROSSI", "DR BROWN"], 3)
    rooms = rng.sample(range(101, 330), 3)
    rows = [f"{n} ROOM {r}" for n, r in zip(names, rooms, strict=True)]
    i = rng.randrange(3)
    text = f"Appointment with {names[i].title().replace('Dr ', 'Dr. ')} - which room?"
    return text, [count(rooms[i])], sign(rng, rows)


@family
def cafe_order(rng: random.Random) -> Made:
    menu = rng.sample([("LATTE", 380), ("TEA", 250), ("MUFFIN", 295), ("FLAT WHITE", 360),
                       ("COOKIE", 175), ("CROISSANT", 310), ("MOCHA", 420)], 3)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"{n} {cur}{c / 100:.2f}" for n, c in menu]
    a, b = rng.sample(range(3), 2)
    ka, kb = rng.randint(1, 4), rng.randint(1, 3)
    text = pick(rng, f"Order: {ka}x {menu[a][0].lower()}, {kb}x {menu[b][0].lower()}. How "
                     "much is that going by this menu board?",
                f"what would {menu[a][0].lower()} x{ka} and {menu[b][0].lower()} x{kb} cost "
                "me from this board?")
    return text, [money(ka * menu[a][1] + kb * menu[b][1], True)], sign(rng, rows)


@family
def speed_kmh(rng: random.Random) -> Made:
    mph = rng.choice(range(15, 85, 5))
    lines = ["SPEED LIMIT", str(mph)]
    text = ("This speed limit is in mph. What is it in km/h? Use 1 mile = 1.609 km and round "
            "to the nearest whole number.")
    return text, [number(F(mph) * F("1.609"), 0)], sign(rng, lines)


@family
def weight_kg(rng: random.Random) -> Made:
    t = rng.choice(["3", "3.5", "7.5", "10", "12", "18", "4.5", "26", "5", "6.5", "40", "44", "13"])
    lines = ["WEAK BRIDGE", f"MAX {t} T"]
    text = "What's the weight limit on this sign in kilograms? (T = tonnes)"
    return text, [number(F(t) * 1000) + [f + " kg" for f in number(F(t) * 1000)]], \
        sign(rng, lines)


@family
def clearance_ft(rng: random.Random) -> Made:
    m = f"{rng.randint(19, 48) / 10:.1f}"
    lines = ["LOW BRIDGE", f"{m} m"]
    value = F(m) * F("3.281")
    text = ("My van is measured in feet. What's this clearance in feet, using 1 m = 3.281 ft, "
            "to one decimal place?")
    return text, [number(value, 1)], sign(rng, lines)


@family
def parking_cost(rng: random.Random) -> Made:
    rate = rng.choice([120, 150, 180, 200, 250, 300, 350])
    cur = rng.choice(["$", "£", "€"])
    hrs = rng.randint(2, 6)
    lines = ["PAY AND DISPLAY", f"{cur}{rate / 100:.2f} PER HOUR"]
    text = pick(rng, f"How much to park here for {hrs} hours?",
                f"I'll be {EN[hrs]} hours, what will parking cost me?")
    return text, [money(rate * hrs, True)], sign(rng, lines)


@family
def max_stay_leave(rng: random.Random) -> Made:
    stay = rng.choice([1, 2, 3, 4])
    arrive = rng.choice(range(8 * 60, 17 * 60, 5))
    lines = ["FREE PARKING", f"MAX STAY {stay} HOUR{'S' if stay > 1 else ''}"]
    text = pick(rng, f"I parked at {hm(arrive)}. What's the latest I can leave?",
                f"got here at {ampm(arrive).lower()} - by what time do I have to move the car?")
    return text, [clock(arrive + 60 * stay)], sign(rng, lines)


@family
def sale_price(rng: random.Random) -> Made:
    p = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    cur = rng.choice(["$", "£", "€"])
    tag = rng.randint(1500, 15000)
    lines = ["SALE", f"{p}% OFF", "EVERYTHING"]
    text = (f"The jacket I want is tagged {cur}{tag / 100:.2f}. With the discount on this sign, "
            "what will I pay? round to the cent")
    return text, [money(F(tag * (100 - p), 10000))], sign(rng, lines)


@family
def wifi_password(rng: random.Random) -> Made:
    pw = rng.choice(["coffee", "sunny", "guest", "welcome", "bagel", "latte", "maple",
                     "harbor", "garden"]) + str(rng.randint(10, 9999))
    lines = ["FREE WIFI", f"NETWORK: {rng.choice(['CafeGuest', 'Visitors', 'Lobby'])}",
             f"PASSWORD: {pw}"]
    text = pick(rng, "What's the wifi password?", "whats the wi-fi pw on this sign")
    return text, [[pw]], sign(rng, lines)


@family
def street_name(rng: random.Random) -> Made:
    name = rng.choice(["OAK", "MAPLE", "ELM", "CEDAR", "BIRCH", "WILLOW", "HAZEL", "ASPEN",
                       "LINDEN", "HOLLY", "ROWAN", "POPLAR", "LAUREL", "JUNIPER"])
    name += " " + rng.choice(["STREET", "AVENUE", "ROAD", "LANE"])
    text = pick(rng, "What street is this?", "What's the street name on the sign? I'm lost")
    return text, [[name.split()[0]]], sign(rng, [name])


@family
def bus_for(rng: random.Random) -> Made:
    dests = rng.sample(["AIRPORT", "HOSPITAL", "BEACH", "UNIVERSITY", "STADIUM", "ZOO",
                        "HARBOUR", "OLD TOWN"], 3)
    nums = rng.sample(range(2, 99), 3)
    rows = [f"{n} {d}" for n, d in zip(nums, dests, strict=True)]
    i = rng.randrange(3)
    text = pick(rng, f"Which bus do I take to the {dests[i].lower()}?",
                f"bus stop sign - what number goes to the {dests[i].lower()}?")
    return text, [count(nums[i])], sign(rng, ["BUSES", *rows])


@family
def closed_day(rng: random.Random) -> Made:
    d = rng.choice(["MONDAYS", "TUESDAYS", "WEDNESDAYS", "THURSDAYS", "SUNDAYS", "SATURDAYS"])
    start, end = opening(rng)
    lines = [rng.choice(PLACES), f"OPEN {hm(start)}-{hm(end)}", f"CLOSED {d}"]
    text = pick(rng, "Which day are they closed, and what time do they open on other days?",
                "what day is this place shut? and opening time the rest of the week?")
    return text, [[d.lower()[:-1]], clock(start)], sign(rng, lines)


@family
def room_left(rng: random.Random) -> Made:
    cap = rng.choice([20, 25, 30, 40, 45, 60, 80, 120])
    inside = rng.randint(5, cap - 3)
    lines = ["MAXIMUM", f"OCCUPANCY {cap}"]
    text = f"There are {inside} people in the room already. How many more can come in?"
    return text, [count(cap - inside, "people")], sign(rng, lines)


@family
def km_to_miles(rng: random.Random) -> Made:
    place = rng.choice(["CITY CENTRE", "AIRPORT", "BEACH", "CASTLE", "LAKE", "MUSEUM"])
    km = rng.randint(3, 95)
    lines = [place, f"{km} km"]
    value = F(km) / F("1.609")
    text = ("How far is that in miles? Use 1 mile = 1.609 km, one decimal place.")
    return text, [number(value, 1)], sign(rng, lines)


@family
def walk_time(rng: random.Random) -> Made:
    km = str(rng.randint(2, 18) / 2).removesuffix(".0")
    speed = rng.choice([3, 4, 5, 6])
    lines = [rng.choice(["WATERFALL", "SUMMIT", "VILLAGE", "LIGHTHOUSE"]), f"{km} KM"]
    mins = F(km) / speed * 60
    if mins.denominator != 1:
        return None
    text = f"If I walk at {speed} km/h, how long to get there going by this trail sign?"
    return text, [span(int(mins))], sign(rng, lines)


@family
def happy_hour_len(rng: random.Random) -> Made:
    a = rng.choice(range(15 * 60, 19 * 60, 30))
    b = a + rng.choice(range(60, 250, 30))
    lines = ["HAPPY HOUR", f"{ampm(a)} - {ampm(b)}"]
    text = pick(rng, "When does happy hour start, and how long does it last?",
                "what time's happy hour from and how long is it")
    return text, [clock(a), span(b - a)], sign(rng, lines)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sign_says, hours_open, opens_at, closes_at, saturday_close, weekly_hours, until_close,
    lunch_reopen, lunch_length, platform_for, train_wait, gate_number, boarding_start,
    floor_for, room_for, cafe_order, speed_kmh, weight_kg, clearance_ft, parking_cost,
    max_stay_leave, sale_price, wifi_password, street_name, bus_for, closed_day, room_left,
    km_to_miles, walk_time, happy_hour_len)]
