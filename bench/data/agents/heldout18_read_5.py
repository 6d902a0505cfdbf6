"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 5: work and travel
screenshots (timetables, stock, loyalty, pay, tips, rides) and a second set of signs."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    count,
    family,
    hm,
    money,
    number,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family

STOPS = ["Park Rd", "High St", "Library", "Mill Lane", "Hospital", "Station", "Market Sq",
         "Church St", "Bridge End", "College"]
STAFF = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana"]


@family
def stop_to_stop(rng: random.Random) -> Made:
    stops = rng.sample(STOPS, rng.randint(5, 7))
    t = rng.randrange(6 * 60, 20 * 60)
    times = []
    for _ in stops:
        times.append(t)
        t += rng.randint(2, 9)
    i, j = sorted(rng.sample(range(len(stops)), 2))
    if j - i < 2:
        return None
    rows = [f"{s}  {hm(x)}" for s, x in zip(stops, times, strict=True)]
    return (f"How long does the bus take from {stops[i]} to {stops[j]} on this timetable?",
            [span(times[j] - times[i])], shot(rng, "Route 42", rows))


@family
def pallets_needed(rng: random.Random) -> Made:
    per = rng.choice([24, 30, 36, 40, 48, 60, 72])
    boxes = rng.randint(per * 3, per * 60)
    if boxes % per == 0:
        return None
    rows = [f"SKU {rng.randint(1000, 9999)}", f"In stock: {boxes:,} boxes",
            f"Boxes per pallet: {per}"]
    return (rng.choice(["We're shipping every box of this. How many pallets do we need?",
                        "How many pallets to ship all of this stock?",
                        "If every box goes out, how many pallets is that?"]),
            [count(math.ceil(boxes / per), "pallets")], shot(rng, "Inventory", rows))


@family
def spend_to_tier(rng: random.Random) -> Made:
    have = rng.randrange(300, 4800, 10)
    need = rng.choice([2500, 5000, 7500, 10000])
    if have >= need:
        return None
    rate = rng.choice([2, 3, 4, 5])
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Points: {have:,}", f"Gold tier at {need:,} points", f"Earn {rate} points per {cur}1"]
    value = Fraction(need - have, rate)
    return (f"how many {cur} do I still need to spend to reach Gold? round up to a whole amount",
            [number(math.ceil(value))], shot(rng, "Rewards", rows))


@family
def score_percent(rng: random.Random) -> Made:
    out_of = rng.choice([40, 45, 60, 75, 80, 90, 120, 150])
    got = rng.randint(out_of // 3, out_of - 1)
    subject = rng.choice(["Chemistry", "History", "French", "Maths", "Biology"])
    rows = [f"{subject} mock", f"Score: {got}/{out_of}", "Marked: yes"]
    return (rng.choice(["What's that as a percentage? round to one decimal",
                        "Convert my mark to a percent, one decimal please.",
                        "what percent did I get on this mock? (1 dp)"]),
            [number(Fraction(100 * got, out_of), 1)], shot(rng, "Results", rows))


@family
def compound_savings(rng: random.Random) -> Made:
    bal = rng.randrange(1000, 25000, 250)
    rate = rng.choice(["3.5", "4", "4.2", "4.75", "5.1", "2.9"])
    years = rng.randint(2, 6)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Balance: {cur}{bal:,.2f}", f"Interest: {rate}% AER", "Paid: yearly"]
    value = bal * (1 + Fraction(rate) / 100) ** years
    return (f"If I leave it alone and the interest compounds once a year, what's the balance "
            f"after {years} years? to the cent", [money(value)], shot(rng, "Savings", rows))


@family
def overtime_pay(rng: random.Random) -> Made:
    hours = rng.randint(41, 58)
    rate = Fraction(rng.randrange(1200, 3200, 25), 100)
    mult = rng.choice(["1.5", "2"])
    rows = [f"Hours this week: {hours}", f"Base rate: {float(rate):.2f}/h",
            f"Over 40 h paid at {mult}x"]
    value = 40 * rate + (hours - 40) * rate * Fraction(mult)
    return (rng.choice(["What's my gross pay for this week, overtime included?",
                        "Work out this week's pay before tax, including the overtime rate.",
                        "how much should I be paid gross this week with the overtime?"]),
            [money(value)], shot(rng, "Timesheet", rows))


@family
def tip_pool(rng: random.Random) -> Made:
    staff = rng.sample(STAFF, rng.randint(3, 4))
    hours = [rng.randint(3, 10) for _ in staff]
    pot = rng.randrange(12000, 60000, 50)
    k = rng.randrange(len(staff))
    rows = [f"Tips tonight: {pot / 100:.2f}", *[f"{s}: {h} h" for s, h in
                                                 zip(staff, hours, strict=True)]]
    value = Fraction(pot * hours[k], 100 * sum(hours))
    return (f"Tips are shared in proportion to hours worked. What's {staff[k]}'s share? Round "
            "to the cent.", [money(value)], shot(rng, "Tip Jar", rows))


@family
def ride_speed(rng: random.Random) -> Made:
    km = Fraction(rng.randint(150, 1200), 10)
    secs = int(km * 3600 / rng.randint(14, 32)) + rng.randint(-300, 300)
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    rows = [f"Distance: {float(km):.1f} km", f"Moving time: {h}:{m:02d}:{s:02d}",
            f"Elevation: {rng.randint(50, 1400)} m"]
    return (rng.choice(["average speed for this ride in km/h? one decimal pls",
                        "What was my average moving speed on this ride, in km/h to one decimal?",
                        "Based on distance and moving time, how fast did I average? km/h, 1 "
                        "decimal."]),
            [number(km * 3600 / secs, 1)], shot(rng, "Morning Ride", rows))


@family
def early_payment(rng: random.Random) -> Made:
    fine = rng.choice([50, 60, 70, 80, 100, 120, 130, 160])
    cur = rng.choice(["$", "£", "€"])
    days = rng.choice([14, 21, 28])
    n = rng.randint(2, 4)
    words = [f"PENALTY {cur}{fine}", "HALVED IF PAID", f"WITHIN {days} DAYS"]
    return (f"{n} cars from our group got this ticket. If we all pay in time, how much is that "
            "altogether?", [money(Fraction(fine * n, 2))], sign(rng, words))


@family
def tablets_last(rng: random.Random) -> Made:
    each, hours = rng.choice([(1, 4), (2, 4), (1, 6), (2, 6), (1, 8), (2, 8)])
    per_day = 24 // hours * each
    pack = rng.choice([16, 24, 30, 32, 48, 56, 60, 100])
    if pack % per_day == 0:
        return None
    words = [f"TAKE {each} EVERY {hours} HOURS", "DO NOT EXCEED", f"{per_day} IN 24 HOURS"]
    return (f"The box has {pack} tablets. Taking the maximum the label allows every day, how "
            "many full days will they last?", [count(pack // per_day, "days")],
            sign(rng, words))


@family
def town_age(rng: random.Random) -> Made:
    town = rng.choice(["ASHFORD", "MILTON", "BRAMLEY", "KESWICK", "HAWTHORN", "LINDALE"])
    year = rng.randint(1066, 1995)
    event = rng.choice([2026, 2030, 2035, 2040])
    return (f"What anniversary will this place celebrate in {event}? Just the number of years "
            "please", [number(event - year)], sign(rng, ["WELCOME TO", town, f"FOUNDED {year}"]))


@family
def rooms_on_floor(rng: random.Random) -> Made:
    floor = rng.randint(1, 9)
    a = floor * 100 + rng.randint(1, 10)
    b = floor * 100 + rng.randint(30, 75)
    return ("If every number in that range is a room, how many rooms are on this floor?",
            [count(b - a + 1, "rooms")], sign(rng, [f"FLOOR {floor}", f"ROOMS {a}-{b}"]))


@family
def yards_in_metres(rng: random.Random) -> Made:
    yards = rng.randrange(100, 1500, 50)
    words = [rng.choice(["SPEED HUMPS", "ROADWORKS", "SHARP BENDS", "CONCEALED DRIVES"]),
             f"NEXT {yards} YARDS"]
    return ("How far is that in metres? Nearest metre.",
            [number(yards * Fraction("0.9144"))], sign(rng, words))


@family
def hill_climb(rng: random.Random) -> Made:
    grade = rng.choice([5, 8, 10, 12, 14, 16, 20, 25])
    dist = Fraction(rng.randrange(300, 4000, 50), 1000)
    value = dist * 1000 * grade / 100
    return (f"The hill on this sign goes on for {float(dist):g} km. Taking the % as metres of "
            "rise per 100 m travelled, how many metres do I climb? Nearest metre.",
            [number(value)], sign(rng, ["STEEP HILL", f"{grade}%"]))


@family
def bus_lane_hours(rng: random.Random) -> Made:
    a, b = rng.randint(6, 8), rng.randint(9, 11)
    c, d = rng.randint(15, 17), rng.randint(18, 20)
    words = ["BUS LANE", "MON - FRI",
             f"{a}-{b} AM  {c - 12}-{d - 12} PM"]
    return ("How many hours a day is this bus lane in force, Monday to Friday?",
            [count(b - a + d - c, "hours")], sign(rng, words))


@family
def cents_per_ounce(rng: random.Random) -> Made:
    sizes = [12, 16, 20]
    prices = sorted(rng.sample(range(250, 650, 5), 3))
    per = [Fraction(p, s) for p, s in zip(prices, sizes, strict=True)]
    best = min(per)
    if sorted(per)[1] - best < Fraction(1, 5):
        return None
    words = [f"SMALL 12 OZ ${prices[0] / 100:.2f}", f"MEDIUM 16 OZ ${prices[1] / 100:.2f}",
             f"LARGE 20 OZ ${prices[2] / 100:.2f}"]
    return ("Coffee board. Which size is the best deal, and how many cents per ounce is it? "
            "One decimal for the cents.",
            [[["small", "medium", "large"][per.index(best)]], number(best, 1)], sign(rng, words))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    stop_to_stop, pallets_needed, spend_to_tier, score_percent, compound_savings, overtime_pay,
    tip_pool, ride_speed, early_payment, tablets_last, town_age, rooms_on_floor,
    yards_in_metres, hill_climb, bus_lane_hours, cents_per_ounce)]
