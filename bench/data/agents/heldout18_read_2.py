"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 2: photographed signs
(signposts, opening times, offers, limits, labels) and sums worked from them."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    EN,
    MONTHS,
    Made,
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

PLACES = ["OXFORD", "LEEDS", "BATH", "YORK", "DOVER", "EXETER", "NEWARK", "HULL", "ELY",
          "CHESTER", "DERBY", "READING", "TRURO", "WELLS"]
SPOTS = ["LAKE", "SUMMIT", "WATERFALL", "CAVE", "VIEWPOINT", "BEACH", "CAFE", "CAR PARK"]


def twelve(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


@family
def sign_phone(rng: random.Random) -> Made:
    top = rng.choice([["LOST KEYS?"], ["FOUND A CAT?"], ["ROOM TO LET"], ["BIKE FOR SALE"],
                      ["LIFT OUT OF ORDER"], ["DRUM LESSONS"]])
    a, b = rng.randint(200, 989), rng.randint(1000, 9999)
    words = [*top, f"CALL {a}-{b}"]
    text = rng.choice(["what number am i supposed to ring? just the number pls",
                       "Can you pull the phone number off this sign for me?",
                       "Which phone number is on this notice?"])
    return text, [[f"{a}-{b}", f"{a}{b}", f"{a}.{b}"]], sign(rng, words)


@family
def sign_middle_line(rng: random.Random) -> Made:
    words = rng.choice([["CAUTION", "FRESH PAINT", "DO NOT TOUCH"],
                        ["WARNING", "GUARD DOG", "ON DUTY"],
                        ["PLEASE", "KEEP OFF", "THE GRASS"],
                        ["STAFF", "MEETING ROOM", "KNOCK FIRST"],
                        ["DANGER", "DEEP WATER", "NO SWIMMING"],
                        ["NOTICE", "CASH ONLY", "THANK YOU"],
                        ["QUIET", "EXAMS IN", "PROGRESS"]])
    text = rng.choice(["There are three lines on this sign - what's written on the middle one?",
                       "Read me just the second line of this sign please",
                       "what does it say in the middle of this sign? my eyes aren't great"])
    return text, [[words[1].lower()]], sign(rng, words)


@family
def signpost_gap(rng: random.Random) -> Made:
    a, b = rng.sample(PLACES, 2)
    da, db = sorted(rng.sample(range(4, 140), 2))
    lines = [f"{a} {da}", f"{b} {db}"]
    rng.shuffle(lines)
    return (f"Both places on this road sign are straight ahead. Once I reach {a.title()}, how "
            f"many more miles is it on to {b.title()}?", [count(db - da, "miles")],
            sign(rng, lines))


@family
def trail_round_trip(rng: random.Random) -> Made:
    spot, other = rng.sample(SPOTS, 2)
    km = Fraction(rng.randint(12, 95), 10)
    km2 = Fraction(rng.randint(12, 95), 10)
    if km == km2:
        return None
    speed = rng.choice([3, 4, 5])
    minutes = km * 2 * 60 / speed
    lines = [f"{spot} {float(km):.1f} KM", f"{other} {float(km2):.1f} KM"]
    return (f"we walk about {speed} km an hour. going by the sign, how many minutes for a "
            f"there-and-back to the {spot.lower()}? nearest minute", [number(minutes)],
            sign(rng, lines))


@family
def services_range(rng: random.Random) -> Made:
    miles = rng.randint(12, 60)
    spare_km = Fraction(rng.randint(20, 900), 10)
    rng_km = math.ceil(miles * Fraction("1.609344") + spare_km)
    value = rng_km - miles * Fraction("1.609344")
    return (f"Car says {rng_km} km of range left. If I drive to the services on this sign, how "
            "many km of range should I still have when I get there? One decimal.",
            [number(value, 1)], sign(rng, ["NEXT SERVICES", f"{miles} MILES"]))


@family
def ride_queue_clock(rng: random.Random) -> Made:
    wait = rng.choice([25, 35, 40, 45, 50, 55, 65, 70, 75, 80, 90, 105, 120])
    now = rng.randrange(10 * 60, 17 * 60, 5)
    words = ["QUEUE TIME", "FROM THIS POINT", f"{wait} MINUTES"]
    return (f"We're joining this line at {twelve(now)}. If the sign's right, what time do we "
            "get on the ride?", [clock(now + wait)], sign(rng, words))


@family
def lunch_closure(rng: random.Random) -> Made:
    start = rng.randrange(11 * 60 + 30, 14 * 60, 15)
    length = rng.choice([30, 45, 50, 60, 75, 90, 100])
    words = ["CLOSED FOR LUNCH", f"{hm(start)} - {hm(start + length)}"]
    return (rng.choice(["how long is this place shut over lunch?",
                        "How long is the lunch closure?",
                        "They close for lunch - for how long "
                        "exactly?"]),
            [span(length)], sign(rng, words))


@family
def walk_it_off(rng: random.Random) -> Made:
    food = rng.choice(["DOUBLE BURGER", "LOADED FRIES", "MILKSHAKE", "HOT DOG", "CHEESE PIZZA",
                       "BROWNIE"])
    kcal = rng.randint(28, 95) * 10
    rate = rng.choice(["4", "4.5", "5", "3.5", "6"])
    value = kcal / Fraction(rate)
    return (f"Menu board pic. If brisk walking burns {rate} kcal a minute, how many minutes of "
            "walking would it take to burn off that item? Round to the nearest minute.",
            [number(value)], sign(rng, [food, f"{kcal} KCAL"]))


@family
def sale_countdown(rng: random.Random) -> Made:
    end = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(20, 360))
    gap = rng.randint(3, 40)
    today = end - dt.timedelta(days=gap)
    words = ["BIG SALE", f"ENDS {end.day} {MONTHS[end.month - 1][:3].upper()}"]
    return (f"saw this in a shop window. it's {today.strftime('%A')} {today.day} "
            f"{MONTHS[today.month - 1]} today - how many days until the end date on the sign?",
            [count(gap, "days")], sign(rng, words))


@family
def max_stay(rng: random.Random) -> Made:
    limit = rng.choice([30, 45, 60, 90, 120, 180, 240])
    shown = f"{limit} MIN" if limit < 60 or limit % 60 else f"{limit // 60} HOURS"
    if shown == "1 HOURS":
        shown = "1 HOUR"
    arrive = rng.randrange(8 * 60, 16 * 60, 5)
    words = ["FREE PARKING", f"MAX STAY {shown}"]
    return (f"Parked here at {hm(arrive)}. What's the latest I can leave without breaking the "
            "rule on this sign?", [clock(arrive + limit)], sign(rng, words))


@family
def spend_and_save(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    spend = rng.choice([30, 40, 50, 60, 75, 100])
    save = rng.choice([5, 10, 15]) if spend < 75 else rng.choice([10, 15, 20, 25])
    basket = rng.randint(spend * 100 + 1, spend * 180)
    words = [f"SPEND {cur}{spend}", f"SAVE {cur}{save}", "ONE PER ORDER"]
    return (f"My basket's {cur}{basket / 100:.2f} before any offers. With the deal on this "
            "sign, what do I actually pay?", [money(basket - save * 100, True)],
            sign(rng, words))


@family
def pro_rata_fruit(rng: random.Random) -> Made:
    fruit = rng.choice(["LEMONS", "LIMES", "AVOCADOS", "PEACHES", "KIWIS", "MANGOES"])
    n = rng.choice([3, 4, 5, 6])
    cur = rng.choice(["$", "£", "€"])
    price = rng.randint(8, 45) * 10
    want = rng.choice([k for k in range(2, 16) if k % n])
    words = [fruit, f"{n} FOR {cur}{price / 100:.2f}"]
    value = Fraction(price * want, 100 * n)
    return (f"The stall says they'll sell single {fruit.lower()} at the same rate each. How "
            f"much would {want} cost me? (to the cent)", [money(value)], sign(rng, words))


@family
def paint_litres(rng: random.Random) -> Made:
    cover = rng.choice([8, 10, 12, 14, 16])
    w, h = Fraction(rng.randint(25, 70), 10), Fraction(rng.randint(22, 30), 10)
    coats = rng.choice([2, 3])
    value = w * h * coats / cover
    return (f"Paint tin label. My wall is {float(w)} m wide and {float(h)} m high and I want "
            f"{EN[coats]} coats. How many litres will I use? one decimal place",
            [number(value, 1)], sign(rng, ["1 LITRE COVERS", f"{cover} SQ M"]))


@family
def bag_over_limit(rng: random.Random) -> Made:
    limit = rng.choice([20, 23, 25, 32])
    lb = Fraction(rng.randint(int(limit * 2.2046) + 2, int(limit * 2.2046) + 22), 1)
    value = lb * Fraction("0.45359237") - limit
    return (f"My suitcase weighed {lb} lb on the bathroom scale. How many kilos over the limit "
            "on this airport sign is that? To one decimal place.", [number(value, 1)],
            sign(rng, ["CHECKED BAGS", f"MAX {limit} KG"]))


@family
def average_speed_check(rng: random.Random) -> Made:
    limit = rng.choice([40, 50, 60, 70])
    dist = Fraction(rng.randint(20, 90), 10)
    secs = rng.randint(int(dist * 3600 / (limit + 15)), int(dist * 3600 / (limit + 1)))
    value = dist * 3600 / secs - limit
    if value <= Fraction(1, 2):
        return None
    m, s = divmod(secs, 60)
    return (f"I did the {float(dist)} km camera section in {m} min {s} s. By how many km/h was "
            "my average over the limit on this sign? Round to one decimal.",
            [number(value, 1)], sign(rng, ["AVERAGE SPEED", "CHECK", f"LIMIT {limit} KM/H"]))


@family
def next_ferry(rng: random.Random) -> Made:
    every = rng.choice([20, 25, 30, 35, 40, 45, 50])
    first = rng.randrange(5 * 60 + 30, 7 * 60 + 30, 5)
    at = rng.randrange(8 * 60, 15 * 60, 5)
    if (at - first) % every == 0:
        return None
    nxt = first + math.ceil((at - first) / every) * every
    words = ["FERRY EVERY", f"{every} MIN", f"FIRST SAILING {hm(first)}"]
    return (f"I'll get to the pier at {twelve(at)}. When's the next boat after that, going by "
            "this sign?", [clock(nxt)], sign(rng, words))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sign_phone, sign_middle_line, signpost_gap, trail_round_trip, services_range,
    ride_queue_clock, lunch_closure, walk_it_off, sale_countdown, max_stay, spend_and_save,
    pro_rata_fruit, paint_litres, bag_over_limit, average_speed_check, next_ferry)]
