"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 6: signs, prices, tariffs."""

from __future__ import annotations

import math
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
from bench.data.agents.heldout23_read_3 import TOWNS, ampm
from bench.data.agents.helpers import Family

CURS = ["$", "€", "£"]


@family
def first_free(rng: random.Random) -> Made:
    cur, r = rng.choice(CURS), rng.choice([1, 2, 3, 4])
    free = rng.choice([30, 60, 120])
    stay = rng.randrange(free + 10, free + 360, 5)
    recipe = sign(rng, [f"FIRST {free} MIN FREE", f"THEN {cur}{r} PER HOUR",
                        "OR PART HOUR"])
    hrs = math.ceil(F(stay - free, 60))
    text = f"I'll be parked for {stay} minutes. What will it cost?"
    return text, [money(hrs * r)], recipe


@family
def ev_charge(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    p = rng.choice([39, 45, 49, 52, 59, 65, 69, 79])
    kwh = rng.randint(12, 70)
    recipe = sign(rng, ["EV CHARGING", f"{cur}0.{p} PER KWH"])
    text = rng.choice([f"How much to put {kwh} kWh into my car here?",
                       f"cost of a {kwh} kWh charge at this price?"])
    return text, [money(F(p * kwh, 100))], recipe


@family
def laundromat(rng: random.Random) -> Made:
    w = rng.choice([300, 350, 400, 450, 500])
    d, per = rng.choice([25, 50]), rng.choice([6, 8, 10, 12])
    loads, dry = rng.randint(1, 3), rng.choice([24, 30, 36, 40, 48, 60])
    if dry % per:
        return None
    recipe = sign(rng, [f"WASH ${w / 100:.2f}", f"DRY {d}c / {per} MIN"])
    text = (f"I'm doing {loads} wash{'es' * (loads > 1)} and then {dry} minutes in one dryer. "
            "How much?")
    return text, [money(loads * w + dry // per * d, True)], recipe


@family
def bike_hire(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    unlock, per = rng.choice([100, 150, 200]), rng.choice([10, 12, 15, 20, 25])
    mins = rng.randint(6, 75)
    recipe = sign(rng, ["CITY BIKES", f"UNLOCK {cur}{unlock / 100:.2f}", f"{per}p PER MIN"
                        if cur == "£" else f"{cur}0.{per:02d} PER MIN"])
    text = rng.choice([f"How much is a {mins}-minute ride?", f"ride of {mins} min costs?"])
    return text, [money(unlock + per * mins, True)], recipe


@family
def taxi_fare(rng: random.Random) -> Made:
    start, per = rng.choice([250, 300, 350, 400]), rng.choice([150, 180, 210, 240, 275])
    km = F(rng.randint(15, 250), 10)
    recipe = sign(rng, ["TAXI TARIFF", f"START ${start / 100:.2f}", f"${per / 100:.2f} / KM"])
    text = f"Roughly what's a {float(km):g} km ride? (to the cent, no extras)"
    return text, [money(F(start, 100) + km * F(per, 100))], recipe


@family
def stamps(rng: random.Random) -> Made:
    a, b = rng.sample(range(85, 290, 5), 2)
    x, y = rng.randint(1, 12), rng.randint(1, 12)
    recipe = sign(rng, ["STAMPS", f"1ST CLASS {a}p", f"2ND CLASS {b}p"])
    text = (f"I need {x} first class and {y} second class stamps. How much in pounds?")
    return text, [money(a * x + b * y, True)], recipe


@family
def car_wash(rng: random.Random) -> Made:
    opts = rng.sample(["BASIC", "DELUXE", "ULTIMATE", "EXPRESS"], 3)
    prices = sorted(rng.sample(range(6, 30), 3))
    wax = rng.choice([2, 3, 4, 5])
    recipe = sign(rng, [f"{o} ${p}" for o, p in zip(opts, prices, strict=True)]
                  + [f"ADD WAX ${wax}"])
    i = rng.randrange(3)
    k = rng.randint(1, 4)
    times = "once" if k == 1 else f"{EN[k]} times"
    text = f"How much for the {opts[i].lower()} wash with wax, {times} this month?"
    return text, [money(k * (prices[i] + wax))], recipe


@family
def visiting_hours(rng: random.Random) -> Made:
    a = rng.randrange(600, 780, 15)
    b = a + rng.randrange(60, 180, 15)
    c = rng.randrange(1020, 1110, 15)
    d = c + rng.randrange(60, 150, 15)
    recipe = sign(rng, ["VISITING HOURS", f"{ampm(a)} - {ampm(b)}", f"{ampm(c)} - {ampm(d)}"])
    text = rng.choice(["How many hours of visiting are there per day in total?",
                       "total visiting time each day?"])
    return text, [span(b - a + d - c)], recipe


@family
def next_bus(rng: random.Random) -> Made:
    k = rng.randint(2, 29)
    now = rng.randrange(360, 1380)
    recipe = sign(rng, [f"BUS {rng.randint(1, 99)}", f"DUE IN {k} MIN"])
    text = f"I took this photo at {hhmm(now)}. What time does the bus come?"
    return text, [clock(now + k)], recipe


@family
def summit_left(rng: random.Random) -> Made:
    top_m = rng.randint(1800, 4500)
    here = rng.randint(500, top_m - 200)
    recipe = sign(rng, ["SUMMIT", f"{top_m:,} M", f"YOU ARE AT {here:,} M"])
    text = rng.choice(["How many more metres do I have to climb?", "vertical metres to go?"])
    left = top_m - here
    return text, [[f"{left} m", f"{left:,} m", f"{left}m", f"{left:,}m", f"{left} metres",
                   f"{left:,} metres", f"{left} meters",
                   *num(left)]], recipe


@family
def trail_time(rng: random.Random) -> Made:
    a, b = rng.sample(["LAKE", "WATERFALL", "CAVE", "SUMMIT", "HUT", "VIEWPOINT"], 2)
    da, db = F(rng.randint(8, 60), 10), F(rng.randint(8, 120), 10)
    recipe = sign(rng, [f"{a} {float(da):.1f} KM", f"{b} {float(db):.1f} KM"])
    v = rng.choice([3, 4, 5])
    text = f"Walking at {v} km/h, how many minutes to the {b.lower()}? Round to the nearest minute."
    return text, [[f"{x} minutes" for x in num(db * 60 / v)] + [f"{x} min" for x in
                                                                num(db * 60 / v)]], recipe


@family
def established(rng: random.Random) -> Made:
    y = rng.randint(1700, 2015)
    now = rng.randint(2026, 2030)
    recipe = sign(rng, [rng.choice(["THE OLD INN", "SMITH & SONS", "TOWN HALL", "ROSE PUB"]),
                        f"EST. {y}"])
    text = f"In {now}, how many years will it be since this place was established?"
    return text, [cnt(now - y, "years")], recipe


@family
def seats_rows(rng: random.Random) -> Made:
    last = rng.choice("HJKLMNPRT")
    per = rng.randint(8, 30)
    rows = ord(last) - ord("A") + 1
    recipe = sign(rng, ["SEATING", f"ROWS A-{last}", f"{per} SEATS PER ROW"])
    text = "How many seats are there in total? (every letter from A is a row)"
    return text, [num(rows * per)], recipe


@family
def three_for_two(rng: random.Random) -> Made:
    cur, p = rng.choice(CURS), rng.randrange(149, 999, 50)
    k = rng.choice([3, 4, 5, 6, 7, 9])
    recipe = sign(rng, ["BUY 2 GET 1 FREE", f"ALL CANDLES {cur}{p / 100:.2f}"])
    paid = k - k // 3
    text = (f"If I take {k} candles, how many do I pay for and what does it cost?")
    return text, [cnt(paid), money(paid * p, True)], recipe


@family
def second_half(rng: random.Random) -> Made:
    cur, p = rng.choice(CURS), rng.randrange(1000, 8000, 100) - rng.choice([0, 1])
    recipe = sign(rng, ["2ND PAIR HALF PRICE", f"SHOES {cur}{p / 100:.2f}"])
    text = "Two pairs at the price on this sign - what's the total with the offer?"
    return text, [money(F(3 * p, 2), True)], recipe


@family
def speed_kmh(rng: random.Random) -> Made:
    v = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    recipe = sign(rng, ["SPEED CAMERA", f"{v} MPH"])
    text = "What's that limit in km/h? Use 1 mile = 1.609 km and round to a whole number."
    return text, [[f"{x} km/h" for x in num(v * F("1.609"))] + [f"{x}km/h" for x in
                                                                num(v * F("1.609"))]
                  + [f"{x} kph" for x in num(v * F("1.609"))] + num(v * F("1.609"))], recipe


@family
def bridge_height(rng: random.Random) -> Made:
    ft, inch = rng.randint(9, 16), rng.randint(0, 11)
    recipe = sign(rng, ["LOW BRIDGE", f"{ft} FT {inch} IN"])
    m = (ft * 12 + inch) * F("0.0254")
    text = "How high is this bridge in metres? (1 inch = 2.54 cm) Two decimals."
    return text, [[f"{x} m" for x in num(m, 2)] + [f"{x}m" for x in num(m, 2)]
                  + [f"{x} metres" for x in num(m, 2)] + num(m, 2)], recipe


@family
def pass_compare(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    d, w = rng.randint(5, 15), rng.randint(20, 60)
    k = rng.randint(2, 7)
    if d * k == w:
        return None
    recipe = sign(rng, [f"DAY PASS {cur}{d}", f"WEEK PASS {cur}{w}"])
    text = (f"I'll ride on {k} days this week. How much do I save by picking the cheaper option "
            "here?")
    return text, [money(abs(d * k - w))], recipe


@family
def temp_celsius(rng: random.Random) -> Made:
    f = rng.randint(20, 105)
    recipe = sign(rng, ["BANK", f"TEMP {f}°F"])
    c = F(f - 32) * 5 / 9
    text = "What's that temperature in Celsius? One decimal."
    return text, [[f"{x}°c" for x in num(c, 1)] + [f"{x} c" for x in num(c, 1)]
                  + [f"{x} degrees" for x in num(c, 1)] + num(c, 1)], recipe


@family
def library_fine(rng: random.Random) -> Made:
    per, cap = rng.choice([10, 15, 20, 25, 30]), rng.choice([3, 5, 8, 10])
    days = rng.randint(3, 60)
    recipe = sign(rng, ["LATE RETURNS", f"{per}p PER DAY", f"MAX £{cap}"])
    text = f"My book is {days} days late. How much is the fine?"
    return text, [money(min(per * days, cap * 100), True)], recipe


@family
def two_parts_room(rng: random.Random) -> Made:
    fl, room = rng.randint(1, 9), f"{rng.randint(1, 20)}{rng.choice('ABCD')}"
    what = rng.choice(["TUTOR", "DR PATEL", "SUPPORT DESK", "CHOIR"])
    recipe = sign(rng, [what, f"ROOM {room}", f"LEVEL {fl}"])
    text = "Which room and which level? Just read them off the sign."
    return text, [words(room), cnt(fl)], recipe


@family
def town_distance(rng: random.Random) -> Made:
    town, km = rng.choice(TOWNS), rng.randint(5, 400)
    recipe = sign(rng, [f"{town} {km}"])
    text = f"How far is {town.title()} in miles if the sign is in km? (1 mile = 1.609 km, 1 dp)"
    return text, [num(F(km) / F("1.609"), 1)], recipe


@family
def fill_rate(rng: random.Random) -> Made:
    p = rng.randrange(149, 299)
    budget = rng.choice([20, 30, 40, 50, 60, 80])
    recipe = sign(rng, ["PETROL", f"${p / 100:.2f} / GAL"])
    text = f"How many gallons does ${budget} buy? Two decimal places."
    return text, [num(F(budget * 100, p), 2)], recipe


@family
def minutes_open_left(rng: random.Random) -> Made:
    close = rng.randrange(17 * 60, 23 * 60, 15)
    now = close - rng.randint(10, 200)
    recipe = sign(rng, ["KITCHEN CLOSES", ampm(close)])
    text = f"It's {ampm(now).lower()} now - how many minutes until the kitchen closes?"
    return text, [span(close - now)], recipe


@family
def sign_price_each(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    k, p = rng.choice([6, 10, 12, 20, 24]), rng.randint(3, 30)
    what = rng.choice(["EGGS", "ROLLS", "ROSES", "CUPCAKES", "BATTERIES"])
    recipe = sign(rng, [f"{what}", f"{k} FOR {cur}{p}"])
    text = rng.choice(["Per item, how much is this? Round to the cent.",
                       "what does one work out at? (to the cent)"])
    return text, [money(F(p, k))], recipe


@family
def hours_minutes_sign(rng: random.Random) -> Made:
    a = rng.randrange(5 * 60, 9 * 60, 15)
    b = rng.randrange(20 * 60, 24 * 60, 15)
    recipe = sign(rng, ["GYM HOURS", f"{hhmm(a)} - {hhmm(b)}"])
    k = rng.randint(2, 7)
    text = f"If it's open the same hours {EN[k]} days a week, how many hours is that a week?"
    return text, [span(k * (b - a))], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    first_free, ev_charge, laundromat, bike_hire, taxi_fare, stamps, car_wash, visiting_hours,
    next_bus, summit_left, trail_time, established, seats_rows, three_for_two, second_half,
    speed_kmh, bridge_height, pass_compare, temp_celsius, library_fine, two_parts_room,
    town_distance, fill_rate, minutes_open_left, sign_price_each, hours_minutes_sign)]
