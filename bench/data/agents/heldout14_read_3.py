"""Round 14 (``N_o_*``, dev now), images part three: photos of everyday signs and boards — opening
hours, platforms, limits, prices, codes and warnings — read or worked out from."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import DAYS, num, retry
from bench.data.agents.heldout14_read import ocr, sign
from bench.data.agents.helpers import Family, Item, fresh


def clock(hour: int, pm: bool) -> list[str]:
    """A whole hour as printed (6PM) and as people write it back."""
    h24 = hour % 12 + (12 if pm else 0)
    tag = "PM" if pm else "AM"
    return [f"{hour}{tag}", f"{hour} {tag}", f"{hour}{tag.lower()}", f"{hour} {tag.lower()}",
            f"{hour}:00 {tag}", f"{hour}:00{tag.lower()}", f"{hour}:00 {tag.lower()}",
            f"{h24:02d}:00", f"{h24}:00"]


def price(rng: random.Random, low: int, high: int) -> Fraction:
    return Fraction(rng.randint(low, high) * 5, 100)


def dollars(value: Fraction) -> str:
    return f"${float(value):.2f}"


def n_o_close_time(rng: random.Random) -> Item:  # weekday closing time
    o, c = rng.randint(7, 10), rng.randint(4, 9)
    recipe = sign(rng, ["OPEN", f"MON-FRI {o}AM-{c}PM"])
    return ocr("N_o_close_time", "What time do they shut on weekdays?", [clock(c, True)], recipe)


def n_o_open_time(rng: random.Random) -> Item:  # morning opening time
    o = rng.randint(5, 11)
    recipe = sign(rng, [rng.choice(["BAKERY", "PHARMACY", "POST OFFICE"]), f"OPEN FROM {o}AM"])
    return ocr("N_o_open_time", "how early can I get in here?", [clock(o, False)], recipe)


def n_o_hours_long(rng: random.Random) -> Item:  # length of the opening day
    o, c = rng.randint(6, 11), rng.randint(1, 10)
    n = c + 12 - o
    recipe = sign(rng, ["OPENING HOURS", f"{o}AM - {c}PM"])
    return ocr("N_o_hours_long", "From this sign, how many hours a day are they open?",
               [[f"{n} hours", f"{n} hrs", f"{n}h"]], recipe)


def n_o_platform(rng: random.Random) -> Item:  # platform number
    n = rng.randint(1, 16)
    recipe = sign(rng, ["PLATFORM", str(n)])
    return ocr("N_o_platform", "which platform does this say? in a rush", [[str(n),
               f"platform {n}"]], recipe)


def n_o_speed_limit(rng: random.Random) -> Item:  # speed limit
    v = rng.choice([20, 25, 30, 40, 50, 60, 70, 80, 90, 100])
    recipe = sign(rng, ["SPEED LIMIT", str(v)])
    return ocr("N_o_speed_limit", "What's the speed limit on this road?", [[str(v)]], recipe)


def n_o_mph_to_kmh(rng: random.Random) -> Item:  # a limit in mph, converted
    v = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    kmh = Fraction(v) * Fraction(1609344, 1000000)
    recipe = sign(rng, ["SPEED LIMIT", f"{v} MPH"])
    return ocr("N_o_mph_to_kmh", "Driving a hire car abroad and the speedo is in km/h. What "
               "is this limit in km/h?", [num(kmh)], recipe)


def n_o_park_max(rng: random.Random) -> Item:  # maximum stay
    h = rng.randint(1, 4)
    recipe = sign(rng, ["PARKING", f"MAX {h} HOURS" if h > 1 else "MAX 1 HOUR"])
    forms = [f"{h} hours", f"{h} hrs", f"{h}h"] if h > 1 else ["1 hour", "one hour", "1 hr"]
    return ocr("N_o_park_max", "how long am I allowed to leave the car here?", [forms], recipe)


def n_o_park_fee(rng: random.Random) -> Item:  # hourly fee times hours
    p, k = price(rng, 10, 70), rng.randint(2, 9)
    recipe = sign(rng, ["PAY AND DISPLAY", f"{dollars(p)} PER HOUR"])
    return ocr("N_o_park_fee", f"I'll be parked here for {k} hours. What's that going to "
               "cost?", [num(p * k)], recipe)


def n_o_flat_white(rng: random.Random) -> Item:  # a price off a board
    p = price(rng, 50, 110)
    recipe = sign(rng, ["FLAT WHITE", dollars(p)])
    return ocr("N_o_flat_white", "how much is a flat white at this place", [num(p)], recipe)


def n_o_team_coffees(rng: random.Random) -> Item:  # several of a price off a board
    p, k = price(rng, 50, 110), rng.randint(3, 12)
    recipe = sign(rng, ["LATTE", dollars(p)])
    return ocr("N_o_team_coffees", f"I'm on the coffee run for the team — {k} lattes. What'll"
               " that come to?", [num(p * k)], recipe)


def n_o_sale_pct(rng: random.Random) -> Item:  # discount shown on a sale sign
    p = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    recipe = sign(rng, ["SALE", f"{p}% OFF"])
    return ocr("N_o_sale_pct", "How much off is this sale?", [[f"{p}%", f"{p} %",
               f"{p} percent"]], recipe)


def n_o_sale_jacket(rng: random.Random) -> Item:  # sale price of something
    p, full = rng.choice([10, 15, 20, 25, 30, 40, 50]), rng.randint(30, 180)
    recipe = sign(rng, ["SALE", f"{p}% OFF EVERYTHING"])
    return ocr("N_o_sale_jacket", f"The jacket I like is normally ${full}. With this sale, "
               "what would I pay?", [num(Fraction(full * (100 - p), 100))], recipe)


def n_o_room(rng: random.Random) -> Item:  # room number on a door
    n = rng.randint(100, 460)
    recipe = sign(rng, [f"ROOM {n}"])
    return ocr("N_o_room", "I took a photo of the door sign so I'd remember — which room "
               "was it?", [[str(n)]], recipe)


def n_o_floor_dir(rng: random.Random) -> Item:  # floor from a directory sign
    k = rng.randint(1, 9)
    place = rng.choice(["DENTIST", "X-RAY", "ACCOUNTS", "CAFETERIA", "HR"])
    recipe = sign(rng, [place, f"FLOOR {k}"])
    return ocr("N_o_floor_dir", "what floor should I head to?", [[f"floor {k}", str(k)]],
               recipe)


def n_o_gate(rng: random.Random) -> Item:  # airport gate
    g = f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
    recipe = sign(rng, ["GATE", g])
    return ocr("N_o_gate", "Which gate is this?", [[g]], recipe)


def n_o_wifi(rng: random.Random) -> Item:  # password off a cafe sign
    pw = f"{rng.choice(['SUNFLOWER', 'BLUEMOON', 'HARBOUR', 'MAPLE', 'CITRUS'])}" \
         f"{rng.randint(10, 99)}"
    recipe = sign(rng, ["WIFI PASSWORD", pw])
    return ocr("N_o_wifi", "what's the wifi password on this sign?", [[pw]], recipe)


def n_o_back_at(rng: random.Random) -> Item:  # back-at time on a closed sign
    t = f"{rng.randint(1, 5)}:{rng.choice([0, 15, 30, 45]):02d}"
    recipe = sign(rng, ["CLOSED", f"BACK AT {t}"])
    return ocr("N_o_back_at", "Shop's shut — when did the note say they'd be back?", [[t]],
               recipe)


def n_o_bus_every(rng: random.Random) -> Item:  # bus frequency
    k = rng.choice([5, 8, 10, 12, 15, 20, 30])
    recipe = sign(rng, [f"BUS {rng.randint(2, 99)}", f"EVERY {k} MIN"])
    return ocr("N_o_bus_every", "how often does this bus run?", [[f"{k} min", f"{k} minutes",
               f"every {k}"]], recipe)


def n_o_height_limit(rng: random.Random) -> Item:  # height restriction
    x = f"{rng.randint(19, 45) / 10:.1f}"
    recipe = sign(rng, ["MAX HEIGHT", f"{x} M"])
    return ocr("N_o_height_limit", "What's the height limit for this car park entrance?",
               [[f"{x} m", f"{x}m", f"{x} metres", f"{x} meters"]], recipe)


def n_o_lift(rng: random.Random) -> Item:  # lift capacity
    k = rng.randint(4, 21)
    recipe = sign(rng, ["LIFT", f"MAX {k} PERSONS"])
    return ocr("N_o_lift", "How many people can ride this lift at once?", [[str(k),
               f"{k} people", f"{k} persons"]], recipe)


def n_o_door_code(rng: random.Random) -> Item:  # keypad code
    code = f"{rng.randint(1000, 9999)}"
    recipe = sign(rng, ["DOOR CODE", code])
    return ocr("N_o_door_code", "remind me of the door code from this pic", [[code]], recipe)


def n_o_street(rng: random.Random) -> Item:  # street name plate
    name = rng.choice(["KING", "MILL", "CHURCH", "STATION", "QUEEN", "PARK", "BRIDGE"])
    kind = rng.choice(["STREET", "ROAD", "LANE"])
    recipe = sign(rng, [f"{name} {kind}"])
    return ocr("N_o_street", "I'm lost. What street am I on, going by this sign?",
               [[f"{name.title()} {kind.title()}"]], recipe)


def n_o_no_parking_end(rng: random.Random) -> Item:  # when a restriction ends
    a, b = rng.randint(6, 10), rng.randint(4, 8)
    recipe = sign(rng, ["NO PARKING", f"{a}AM - {b}PM"])
    return ocr("N_o_no_parking_end", "From what time in the evening can I park here?",
               [clock(b, True)], recipe)


def n_o_soup(rng: random.Random) -> Item:  # board item and price, two parts
    soup, p = rng.choice(["TOMATO", "LENTIL", "PEA", "LEEK", "MUSHROOM"]), price(rng, 60, 140)
    recipe = sign(rng, ["SOUP OF THE DAY", f"{soup} {dollars(p)}"])
    return ocr("N_o_soup", "What's the soup today and how much is it?", [[soup.lower()],
               num(p)], recipe)


def n_o_caution(rng: random.Random) -> Item:  # what a warning is about
    hazard = rng.choice(["HOT SURFACE", "SLIPPERY STEPS", "LOW CEILING", "DEEP WATER",
                         "FRAGILE ROOF", "FALLING ROCKS"])
    recipe = sign(rng, ["CAUTION", hazard])
    return ocr("N_o_caution", "what's this warning me about?", [[hazard.lower()]], recipe)


def n_o_fuel_board(rng: random.Random) -> Item:  # litres times the diesel price
    u, d, k = Fraction(rng.randint(145, 199), 100), Fraction(rng.randint(145, 199), 100), \
        rng.randint(20, 60)
    recipe = sign(rng, [f"UNLEADED {float(u):.2f}", f"DIESEL {float(d):.2f}"])
    return ocr("N_o_fuel_board", f"How much would {k} litres of diesel cost at these prices?",
               [num(d * k)], recipe)


def n_o_ticket_board(rng: random.Random) -> Item:  # family admission
    a, c = rng.randint(8, 25), rng.randint(3, 12)
    na, nc = rng.randint(1, 3), rng.randint(1, 4)
    recipe = sign(rng, [f"ADULT ${a}", f"CHILD ${c}"])
    return ocr("N_o_ticket_board", f"we're {na} adults and {nc} kids, how much to get in?",
               [num(Fraction(na * a + nc * c))], recipe)


def n_o_wait(rng: random.Random) -> Item:  # queue time
    k = rng.choice([10, 15, 20, 25, 35, 40, 45, 50, 60, 75, 90])
    recipe = sign(rng, ["WAIT TIME", f"{k} MIN"])
    return ocr("N_o_wait", "how long is the queue for this ride?", [[f"{k} min",
               f"{k} minutes"]], recipe)


def n_o_min_age(rng: random.Random) -> Item:  # minimum age
    a = rng.choice([12, 14, 16, 18, 21])
    recipe = sign(rng, ["NO ENTRY", f"UNDER {a}"])
    return ocr("N_o_min_age", "What's the minimum age to go in, according to this?",
               [[str(a)]], recipe)


def n_o_express_till(rng: random.Random) -> Item:  # items to put back for an express till
    k, n = rng.choice([5, 8, 10, 12, 15]), rng.randint(9, 25)
    if n <= k:
        n = k + rng.randint(1, 6)
    recipe = sign(rng, [f"{k} ITEMS OR FEWER"])
    return ocr("N_o_express_till", f"I've got {n} things in my basket. How many would I have"
               " to put back to use this till?", [[str(n - k), f"{n - k} items"]], recipe)


def n_o_market_day(rng: random.Random) -> Item:  # which day
    day = rng.choice(DAYS)
    recipe = sign(rng, ["FARMERS MARKET", f"EVERY {day.upper()} {rng.randint(7, 10)}AM"])
    return ocr("N_o_market_day", "what day is the market on?", [[day]], recipe)


def n_o_tablets(rng: random.Random) -> Item:  # most tablets in a day from a label
    k = rng.choice([4, 6, 8, 12])
    n = 2 * 24 // k
    recipe = sign(rng, ["TAKE 2 TABLETS", f"EVERY {k} HOURS"])
    return ocr("N_o_tablets", "Going by this label, what's the most tablets I could take "
               "in a day?", [[str(n), f"{n} tablets"]], recipe)


def n_o_happy_hour(rng: random.Random) -> Item:  # when happy hour ends
    a = rng.randint(3, 6)
    b = a + rng.randint(1, 3)
    recipe = sign(rng, ["HAPPY HOUR", f"{a}PM - {b}PM"])
    return ocr("N_o_happy_hour", "when does happy hour finish?", [clock(b, True)], recipe)


def n_o_occupancy(rng: random.Random) -> Item:  # room capacity
    k = rng.randint(20, 250)
    recipe = sign(rng, ["MAXIMUM OCCUPANCY", str(k)])
    return ocr("N_o_occupancy", "How many people are we allowed in this hall?",
               [[str(k), f"{k} people"]], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_o_close_time, n_o_open_time, n_o_hours_long, n_o_platform, n_o_speed_limit,
    n_o_mph_to_kmh, n_o_park_max, n_o_park_fee, n_o_flat_white, n_o_team_coffees,
    n_o_sale_pct, n_o_sale_jacket, n_o_room, n_o_floor_dir, n_o_gate, n_o_wifi, n_o_back_at,
    n_o_bus_every, n_o_height_limit, n_o_lift, n_o_door_code, n_o_street,
    n_o_no_parking_end, n_o_soup, n_o_caution, n_o_fuel_board, n_o_ticket_board, n_o_wait,
    n_o_min_age, n_o_express_till, n_o_market_day, n_o_tablets, n_o_happy_hour,
    n_o_occupancy)]
