"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 3: signs, hours, places."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    EN,
    Made,
    clock,
    cnt,
    family,
    hhmm,
    money,
    num,
    sign,
    span,
    words,
)
from bench.data.agents.helpers import Family

PLACES = ["DENTIST", "LIBRARY", "GYM", "CAFE", "HR OFFICE", "X-RAY", "ACCOUNTS", "LAB",
          "KIDS CLUB", "FOOD COURT", "POST ROOM", "CLINIC"]
TOWNS = ["LYON", "LEEDS", "BERGEN", "DERBY", "TOURS", "BRUGES", "OMAHA", "DAYTON", "YORK",
         "GRAZ", "NIMES", "TOLEDO"]
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    h12, half = h % 12 or 12, "AM" if h < 12 else "PM"
    return f"{h12}{half}" if m == 0 else f"{h12}:{m:02d}{half}"


def hours_pair(rng: random.Random, step: int = 30) -> tuple[int, int]:
    start = rng.randrange(6 * 60, 11 * 60, step)
    end = rng.randrange(15 * 60, 22 * 60 + 1, step)
    return start, end


@family
def platform_no(rng: random.Random) -> Made:
    k, town = rng.randint(1, 24), rng.choice(TOWNS)
    recipe = sign(rng, [f"TRAINS TO {town}", f"PLATFORM {k}"])
    text = rng.choice([f"what platform is my train to {town.title()} from?",
                       "Which platform does this sign say?", "platform number on this sign?"])
    return text, [cnt(k)], recipe


@family
def floor_of(rng: random.Random) -> Made:
    place, k = rng.choice(PLACES), rng.randint(1, 12)
    recipe = sign(rng, [place, f"FLOOR {k}"])
    text = rng.choice([f"Which floor is the {place.lower()} on?", "what floor does this say?",
                       f"I'm looking for the {place.lower()} - what floor?"])
    return text, [[*cnt(k), f"{k}th", f"{k}st", f"{k}nd", f"{k}rd"]], recipe


@family
def room_no(rng: random.Random) -> Made:
    k = rng.randint(100, 499) + rng.choice([0, 1000])
    what = rng.choice(["MEETING", "EXAM", "INTERVIEWS", "YOGA CLASS", "LECTURE"])
    recipe = sign(rng, [what, f"ROOM {k}"])
    text = rng.choice(["What room number is on this sign?", f"which room is the {what.lower()} in?",
                       "room no.?"])
    return text, [cnt(k)], recipe


@family
def gate_code(rng: random.Random) -> Made:
    g = f"{rng.choice('ABCDEF')}{rng.randint(1, 40)}"
    recipe = sign(rng, ["DEPARTURES", f"GATE {g}", f"FLIGHT {rng.choice(['BA', 'LH', 'AF'])}"
                        f"{rng.randint(100, 999)}"])
    text = rng.choice(["which gate do I go to?", "What gate is shown on this sign?",
                       "gate number pls"])
    return text, [words(g)], recipe


@family
def opens_at(rng: random.Random) -> Made:
    a, b = hours_pair(rng)
    recipe = sign(rng, ["OPEN DAILY", f"{ampm(a)} - {ampm(b)}"])
    text = rng.choice(["What time does this place open?", "when do they open?",
                       "opening time according to the sign?"])
    return text, [clock(a)], recipe


@family
def closes_at(rng: random.Random) -> Made:
    a, b = hours_pair(rng)
    recipe = sign(rng, ["SHOP HOURS", f"{ampm(a)} TO {ampm(b)}"])
    text = rng.choice(["What time do they close?", "closing time on this sign?",
                       "how late are they open till?"])
    return text, [clock(b)], recipe


@family
def open_length(rng: random.Random) -> Made:
    a, b = hours_pair(rng)
    recipe = sign(rng, ["OPEN", f"{ampm(a)} - {ampm(b)}"])
    text = rng.choice(["How many hours a day is this place open?",
                       "how long are they open each day?", "Hours open per day, going by this?"])
    return text, [span(b - a)], recipe


@family
def until_close(rng: random.Random) -> Made:
    a, b = hours_pair(rng)
    now = rng.randrange(a + 30, b - 10, 5)
    recipe = sign(rng, ["PHARMACY", f"OPEN {ampm(a)} - {ampm(b)}"])
    text = rng.choice([f"It's {hhmm(now)} now. How long until they close?",
                       f"time now {ampm(now).lower()}, how much time do i have before closing?"])
    return text, [span(b - now)], recipe


@family
def week_hours(rng: random.Random) -> Made:
    a, b = hours_pair(rng, 60)
    sa, sb = rng.choice([(600, 840), (540, 780), (600, 960), (480, 720)])
    recipe = sign(rng, [f"MON-FRI {ampm(a)}-{ampm(b)}", f"SAT {ampm(sa)}-{ampm(sb)}",
                        "SUN CLOSED"])
    total = 5 * (b - a) + (sb - sa)
    text = rng.choice(["How many hours a week are they open?", "total opening hours per week?",
                       "Add up the hours on this sign for one week"])
    return text, [span(total)], recipe


@family
def saturday_hours(rng: random.Random) -> Made:
    a, b = hours_pair(rng, 60)
    sa, sb = rng.choice([(600, 840), (540, 780), (600, 960), (480, 720), (540, 1020)])
    recipe = sign(rng, [f"MON-FRI {ampm(a)}-{ampm(b)}", f"SAT {ampm(sa)}-{ampm(sb)}"])
    text = rng.choice(["How many hours are they open on a Saturday?",
                       "how many fewer hours are they open on sat than on a weekday?"])
    if "fewer" in text:
        if b - a <= sb - sa:
            return None
        return text, [span(b - a - sb + sa)], recipe
    return text, [span(sb - sa)], recipe


@family
def parking_cost(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    r, h = rng.choice([150, 175, 200, 220, 250, 300, 350, 400]), rng.randint(2, 9)
    recipe = sign(rng, ["PAY AND DISPLAY", f"{cur}{r / 100:.2f} PER HOUR"])
    text = rng.choice([f"How much to park here for {h} hours?",
                       f"i need {EN[h]} hours of parking, what will it cost?"])
    return text, [money(r * h, True)], recipe


@family
def leave_by(rng: random.Random) -> Made:
    h = rng.randint(1, 4)
    now = rng.randrange(8 * 60, 17 * 60, 5)
    recipe = sign(rng, ["PARKING", f"MAX STAY {h} HOUR{'S' * (h > 1)}", "NO RETURN IN 2H"])
    text = rng.choice([f"I parked at {hhmm(now)}. What's the latest I can leave?",
                       f"parked here at {ampm(now).lower()}, when do i have to move the car by?"])
    return text, [clock(now + 60 * h)], recipe


@family
def speed_mph(rng: random.Random) -> Made:
    k = rng.randrange(20, 131, 5)
    recipe = sign(rng, ["SPEED LIMIT", f"{k} KM/H"])
    text = rng.choice(["What's this speed limit in mph? Use 1 mile = 1.609 km, 1 decimal.",
                       "convert the limit on this sign to mph (1 mi = 1.609 km), one dp"])
    return text, [num(F(k) / F("1.609"), 1)], recipe


@family
def weight_limit(rng: random.Random) -> Made:
    t = F(rng.choice(range(5, 90, 5)), 2)
    recipe = sign(rng, ["WEIGHT LIMIT", f"{float(t):g} TONNES"])
    text = rng.choice(["What's the weight limit on this bridge in kg?",
                       "how many kilograms is the limit shown here? (1 tonne = 1000 kg)"])
    return text, [[f"{v} kg" for v in num(t * 1000)] + [f"{v}kg" for v in num(t * 1000)]
                  + num(t * 1000)], recipe


@family
def height_feet(rng: random.Random) -> Made:
    m = F(rng.randint(18, 48), 10)
    recipe = sign(rng, ["MAX HEADROOM", f"{float(m):.1f} M"])
    text = rng.choice(["My van is measured in feet. What's this height limit in feet? "
                       "1 m = 3.281 ft, 1 decimal place.",
                       "headroom on the sign in ft please (3.281 ft per metre, 1 dp)"])
    return text, [num(m * F("3.281"), 1)], recipe


@family
def menu_board(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    c, t = rng.sample(range(220, 480, 10), 2)
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    recipe = sign(rng, [f"COFFEE {cur}{c / 100:.2f}", f"TEA {cur}{t / 100:.2f}"])
    text = rng.choice([f"How much for {a} coffee{'s' * (a > 1)} and {b} tea{'s' * (b > 1)}?",
                       f"we want {EN[a]} coffee{'s' * (a > 1)} and {EN[b]} "
                       f"tea{'s' * (b > 1)} - total from the board?"])
    return text, [money(a * c + b * t, True)], recipe


@family
def percent_sale(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    r = rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 70])
    p = F(rng.randrange(1999, 15000, 100) - 1, 100) if rng.random() < 0.5 else F(
        rng.randint(20, 150))
    recipe = sign(rng, ["SALE", f"{r}% OFF", "EVERYTHING"])
    text = rng.choice([f"This jacket is {cur}{float(p):.2f}. What will it cost with the sale?",
                       f"tag says {cur}{float(p):.2f}, what's the sale price?"])
    return text, [money(p * (100 - r) / 100)], recipe


@family
def multi_buy(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    k, p = rng.choice([2, 3, 4, 5]), rng.choice([3, 4, 5, 6, 7, 10])
    what = rng.choice(["CROISSANTS", "DONUTS", "CANDLES", "SOCKS", "MUFFINS"])
    recipe = sign(rng, [what, f"{k} FOR {cur}{p}"])
    text = rng.choice(["What's the price per one with this deal? (to the cent)",
                       f"how much is each {what.lower()[:-1]} on this offer?"])
    return text, [money(F(p, k))], recipe


@family
def occupancy_left(rng: random.Random) -> Made:
    cap = rng.choice([45, 60, 80, 120, 150, 200, 250, 300])
    inside = rng.randint(10, cap - 5)
    recipe = sign(rng, ["MAXIMUM OCCUPANCY", f"{cap} PERSONS"])
    text = rng.choice([f"There are {inside} people in here already. How many more can come in?",
                       f"we've got {inside} guests inside, how many more allowed by this sign?"])
    return text, [cnt(cap - inside)], recipe


@family
def sign_text(rng: random.Random) -> Made:
    say_it = rng.choice([["NO ENTRY"], ["WET FLOOR"], ["STAFF ONLY"], ["KEEP LEFT"],
                         ["FIRE EXIT"], ["PRIVATE ROAD"], ["NO SMOKING"], ["DEEP WATER"],
                         ["SLOW DOWN"], ["MIND THE GAP"], ["LOADING BAY"], ["QUIET ZONE"]])
    recipe = sign(rng, say_it)
    text = rng.choice(["What does this sign say?", "can you read this sign for me?",
                       "what's written on this?"])
    return text, [words(say_it[0])], recipe


@family
def wifi_pass(rng: random.Random) -> Made:
    pw = (rng.choice(["sunny", "maple", "river", "coffee", "tiger", "cloud", "lemon"])
          + str(rng.randint(100, 9999)))
    recipe = sign(rng, ["FREE WIFI", f"PASSWORD: {pw}"])
    text = rng.choice(["what's the wifi password?", "What's the password on this sign?",
                       "wifi pw pls"])
    return text, [words(pw)], recipe


@family
def bus_route(rng: random.Random) -> Made:
    k, place = rng.randint(2, 399), rng.choice(["AIRPORT", "STADIUM", "UNIVERSITY", "HOSPITAL"])
    recipe = sign(rng, [f"BUS {k}", f"TO {place}"])
    text = rng.choice([f"Which bus goes to the {place.lower()}?", "what's the bus number?"])
    return text, [cnt(k)], recipe


@family
def drive_minutes(rng: random.Random) -> Made:
    town, d = rng.choice(TOWNS), rng.randint(12, 240)
    v = rng.choice([40, 50, 60, 80, 90, 100, 120])
    recipe = sign(rng, [f"{town} {d} KM"])
    text = rng.choice([f"Averaging {v} km/h, how many minutes to {town.title()}? (nearest minute)",
                       f"at {v} km/h how long till {town.lower()}? nearest whole minute"])
    mins = F(60 * d, v)
    return text, [[f"{x} minutes" for x in num(mins)] + [f"{x} min" for x in num(mins)]
                  + (span(int(mins)) if mins.denominator == 1 else [])], recipe


@family
def distance_diff(rng: random.Random) -> Made:
    a, b = rng.sample(TOWNS, 2)
    da, db = sorted(rng.sample(range(8, 300), 2))
    recipe = sign(rng, [f"{a} {da} KM", f"{b} {db} KM"])
    text = rng.choice([f"How far is it from {a.title()} to {b.title()} if they're on this road?",
                       f"how many km further is {b.lower()} than {a.lower()}?"])
    return text, [[f"{db - da} km", f"{db - da}km", f"{db - da} kilometres", str(db - da)]], recipe


@family
def toll_month(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    c, d = rng.choice([175, 250, 320, 400, 450, 560, 625]), rng.randint(8, 22)
    recipe = sign(rng, ["TOLL BRIDGE", f"CARS {cur}{c / 100:.2f}", "EACH WAY"])
    text = rng.choice([f"I cross there and back {d} days a month. Monthly toll?",
                       f"{d} round trips, how much in tolls?"])
    return text, [money(2 * c * d, True)], recipe


@family
def happy_hour(rng: random.Random) -> Made:
    a = rng.randrange(15 * 60, 18 * 60 + 1, 30)
    b = a + rng.randrange(60, 241, 30)
    recipe = sign(rng, ["HAPPY HOUR", f"{ampm(a)} - {ampm(b)}"])
    now = rng.randrange(a + 5, b - 5, 5)
    text = rng.choice(["How long does happy hour last?",
                       f"it's {ampm(now).lower()}, how long is left of happy hour?"])
    return text, [span(b - a if "last" in text else b - now)], recipe


@family
def lunch_break(rng: random.Random) -> Made:
    a, b = hours_pair(rng, 60)
    la = rng.choice([720, 750, 780])
    lb = la + rng.choice([30, 45, 60, 90])
    recipe = sign(rng, [f"OPEN {ampm(a)}-{ampm(b)}", f"CLOSED {ampm(la)}-{ampm(lb)}"])
    text = rng.choice(["Leaving out the lunch closure, how long is this office open each day?",
                       "how many hours are they actually open per day, minus the break?"])
    return text, [span(b - a - (lb - la))], recipe


@family
def checkout(rng: random.Random) -> Made:
    t = rng.randrange(540, 781, 15)
    late = rng.randrange(30, 181, 15)
    recipe = sign(rng, ["HOTEL GUESTS", f"CHECK-OUT BY {ampm(t)}"])
    text = rng.choice([f"We paid for late checkout, {late} minutes past the normal time. When do "
                       "we have to leave?",
                       f"if I get {late} extra minutes on the check-out time, when do I leave?"])
    return text, [clock(t + late)], recipe


@family
def next_train(rng: random.Random) -> Made:
    start = rng.randrange(6 * 60, 9 * 60, 5)
    times = [start]
    for _ in range(rng.randint(3, 5)):
        times.append(times[-1] + rng.randrange(10, 50, 5))
    arrive = rng.randrange(times[0] + 1, times[-1] - 1)
    if arrive in times:
        return None
    nxt = next(t for t in times if t > arrive)
    recipe = sign(rng, ["DEPARTURES", *[hhmm(t) for t in times]])
    text = rng.choice([f"I'll get to the station at {hhmm(arrive)}. Which is the next train?",
                       f"arriving {hhmm(arrive)} - next departure?"])
    return text, [clock(nxt)], recipe


@family
def admission(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    ad, ch = rng.randint(9, 25), rng.randint(4, 12)
    a, c = rng.randint(1, 4), rng.randint(1, 5)
    recipe = sign(rng, ["ADMISSION", f"ADULTS {cur}{ad}", f"CHILDREN {cur}{ch}"])
    text = rng.choice([f"How much for {a} adult{'s' * (a > 1)} and {c} kid{'s' * (c > 1)}?",
                       f"we're {EN[a]} adult{'s' * (a > 1)} and {EN[c]} "
                       f"child{'ren' * (c > 1)}. ticket total?"])
    return text, [money(a * ad + c * ch)], recipe


@family
def fine_amount(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    f = rng.randrange(25, 301, 5)
    what = rng.choice(["NO PARKING", "NO DUMPING", "NO LITTERING", "BUS LANE"])
    recipe = sign(rng, [what, f"FINE {cur}{f}"])
    text = rng.choice(["How much is the fine on this sign?", "what's the penalty here?"])
    return text, [money(f)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    platform_no, floor_of, room_no, gate_code, opens_at, closes_at, open_length, until_close,
    week_hours, saturday_hours, parking_cost, leave_by, speed_mph, weight_limit, height_feet,
    menu_board, percent_sale, multi_buy, occupancy_left, sign_text, wifi_pass, bus_route,
    drive_minutes, distance_diff, toll_month, happy_hour, lunch_break, checkout, next_train,
    admission, fine_amount)]
