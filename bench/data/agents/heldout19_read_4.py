"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 4: signs with sums."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    EN,
    MONTHS,
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
from bench.data.agents.heldout19_read_3 import PLACES
from bench.data.agents.helpers import Family

STREETS = ["ELM", "OAK", "BIRCH", "MILL", "CHURCH", "STATION", "PARK", "HIGH", "KING",
           "MARKET", "BRIDGE", "ORCHARD"]
TOWNS = ["LEEDS", "YORK", "BATH", "DERBY", "HULL", "ELY", "RYE", "WELLS", "TRURO", "OBAN"]


@family
def street_name(rng: random.Random) -> Made:
    st = f"{rng.choice(STREETS)} {rng.choice(['STREET', 'ROAD', 'LANE', 'AVENUE'])}"
    return (rng.choice(["What street am I on? Took a pic of the sign.",
                        "what's the street name on this sign"]), [[st.lower()]], sign(rng, [st]))


@family
def exit_for(rng: random.Random) -> Made:
    places = rng.sample(PLACES, 2)
    exits = rng.sample(range(2, 60), 2)
    i = rng.randrange(2)
    return (f"Which exit do I take for the {places[i].lower()}?",
            [[str(exits[i]), f"exit {exits[i]}", f"junction {exits[i]}"]],
            sign(rng, [f"EXIT {e} {p}" for e, p in zip(exits, places, strict=True)]))


@family
def apples_weight(rng: random.Random) -> Made:
    fruit = rng.choice(["APPLES", "PEARS", "GRAPES", "CHERRIES", "PLUMS", "TOMATOES"])
    per = rng.randint(120, 890)
    kg = rng.choice(["0.5", "1.5", "2", "2.5", "0.75", "1.2", "3"])
    cur = rng.choice(["$", "£", "€"])
    return (f"how much would {kg} kg of {fruit.lower()} cost at this price?",
            [money(Fraction(per, 100) * Fraction(kg))],
            sign(rng, [fruit, f"{cur}{per / 100:.2f} PER KG"]))


@family
def min_age(rng: random.Random) -> Made:
    age = rng.choice([*range(8, 22), 25])
    what = rng.choice(["this ride", "this bar", "the gym", "this area"])
    return (f"How old do you have to be for {what}, going by the sign?",
            [[str(age), f"{age} years", f"{age}+"]],
            sign(rng, ["NO ENTRY", f"UNDER {age}"]))


@family
def lift_load(rng: random.Random) -> Made:
    load = rng.choice([450, 500, 630, 800, 900, 1000, 1275])
    each = rng.choice([70, 75, 80, 85, 90])
    if load % each == 0:
        return None
    return (f"If everyone weighs about {each} kg, how many people can ride this lift at once?",
            [count(load // each, "people")], sign(rng, ["MAX LOAD", f"{load} KG"]))


@family
def family_tickets(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    child, senior, adult = sorted(rng.sample(range(4, 26), 3))
    a, c = rng.randint(1, 3), rng.randint(1, 4)
    words = [f"ADULT {cur}{adult}", f"CHILD {cur}{child}", f"SENIOR {cur}{senior}"]
    return (f"How much for {EN[a]} adult{'s' if a > 1 else ''} and {EN[c]} "
            f"kid{'s' if c > 1 else ''} at these prices?",
            [money(a * adult + c * child)], sign(rng, words))


@family
def lunch_close(rng: random.Random) -> Made:
    a = rng.randrange(12 * 60, 13 * 60 + 31, 15)
    length = rng.choice([20, 25, 30, 40, 45, 50, 60, 75, 90])
    return ("How long are they closed for lunch?", [span(length)],
            sign(rng, ["CLOSED FOR LUNCH", f"{hm(a)} - {hm(a + length)}"]))


@family
def last_entry_gap(rng: random.Random) -> Made:
    close = rng.randrange(16 * 60, 19 * 60, 30)
    gap = rng.choice(range(10, 100, 5))
    return ("How many minutes before closing is the last entry?", [span(gap)],
            sign(rng, [f"OPEN 10:00 - {hm(close)}", f"LAST ENTRY {hm(close - gap)}"]))


@family
def board_to_depart(rng: random.Random) -> Made:
    dep = rng.randrange(7 * 60, 22 * 60, 5)
    gap = rng.choice(range(15, 70, 5))
    gate = f"{rng.choice('ABCD')}{rng.randint(1, 30)}"
    return ("how long between boarding and departure on this?", [span(gap)],
            sign(rng, [f"GATE {gate}", f"BOARDING {hm(dep - gap)}", f"DEPARTS {hm(dep)}"]))


@family
def toll_week(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    toll = rng.randint(120, 650)
    days = rng.randint(3, 6)
    return (f"I go through this toll to work and back (twice a day) {EN[days]} days a week. "
            "What's that per week?", [money(toll * 2 * days, True)],
            sign(rng, ["TOLL", f"{cur}{toll / 100:.2f}"]))


@family
def late_fee(rng: random.Random) -> Made:
    fee = rng.choice([10, 15, 20, 25, 30, 50])
    days = rng.randint(3, 30)
    return (f"My library book is {days} days overdue. What's the fine going by this notice? "
            "(in dollars)", [money(fee * days, True)],
            sign(rng, ["LATE RETURNS", f"{fee} CENTS PER DAY"]))


@family
def served_at(rng: random.Random) -> Made:
    wait = rng.choice([10, 15, 20, 25, 30, 35, 40, 45, 50])
    now = rng.randrange(8 * 60, 20 * 60)
    return (f"It's {ampm(now).lower()} right now, roughly when would I be seen if this "
            "sign's right?", [clock(now + wait)], sign(rng, ["WAIT TIME", f"{wait} MIN"]))


@family
def tier_parking(rng: random.Random) -> Made:
    p1, p3, p9 = sorted(rng.sample(range(2, 25), 3))
    stay = rng.choice([("40 minutes", p1), ("2 and a half hours", p3), ("5 hours", p9),
                       ("an hour and a half", p3), ("half an hour", p1), ("7 hours", p9)])
    words = [f"UP TO 1 HR ${p1}", f"UP TO 3 HRS ${p3}", f"UP TO 9 HRS ${p9}"]
    return (f"What will I pay to park here for {stay[0]}?", [money(stay[1])], sign(rng, words))


@family
def height_short(rng: random.Random) -> Made:
    need = rng.choice([100, 105, 110, 115, 120, 122, 125, 130, 135, 140])
    kid = need - rng.randint(2, 15)
    return (f"My son is {kid} cm. How many more cm does he need to grow to go on this ride?",
            [[str(need - kid), f"{need - kid} cm", f"{need - kid}cm"]],
            sign(rng, ["YOU MUST BE", f"{need} CM", "TO RIDE"]))


@family
def room_left(rng: random.Random) -> Made:
    cap = rng.randint(30, 150)
    have = cap - rng.randint(2, 25)
    return (f"There are {have} of us in this hall already. How many more people are allowed in?",
            [[*count(cap - have, "people"), f"{cap - have} more"]],
            sign(rng, ["MAX OCCUPANCY", f"{cap} PERSONS"]))


@family
def days_to_open(rng: random.Random) -> Made:
    day = dt.date(2026, rng.randint(3, 11), rng.randint(1, 28))
    gap = rng.randint(3, 60)
    today = day - dt.timedelta(days=gap)
    if today.month <= 2 < day.month:  # no year is given, so don't span the end of February
        return None
    return (f"Today is {MONTHS[today.month - 1]} {today.day}. How many days until this shop "
            "opens?", [count(gap, "days")],
            sign(rng, ["GRAND OPENING", f"{MONTHS[day.month - 1].upper()} {day.day}"]))


@family
def sale_days_left(rng: random.Random) -> Made:
    day = dt.date(2026, rng.randint(2, 12), rng.randint(1, 28))
    gap = rng.randint(2, 40)
    today = day - dt.timedelta(days=gap)
    if today.month <= 2 < day.month:  # no year is given, so don't span the end of February
        return None
    return (f"it's {today.day} {MONTHS[today.month - 1]} today - how many days from today to "
            "the end date of this sale (don't count today)?", [count(gap, "days")],
            sign(rng, ["SUMMER SALE" if 5 <= day.month <= 8 else "BIG SALE",
                       f"ENDS {day.day} {MONTHS[day.month - 1][:3].upper()}"]))


@family
def litres_for(rng: random.Random) -> Made:
    price = rng.randint(139, 219)
    budget = rng.choice([30, 40, 50, 60, 70, 80])
    value = Fraction(budget * 100, price)
    cur = rng.choice(["$", "£", "€"])
    return (f"How many litres of petrol can I get for {cur}{budget} at this price? 1 decimal",
            [number(value, 1)], sign(rng, ["PETROL", f"{cur}{price / 100:.2f} PER LITRE"]))


@family
def park_from(rng: random.Random) -> Made:
    a = rng.randrange(7 * 60, 10 * 60 + 1, 30)
    b = rng.randrange(16 * 60, 20 * 60 + 1, 30)
    return ("From what time in the evening can I park here?", [clock(b)],
            sign(rng, ["NO PARKING", f"{ampm(a)} - {ampm(b)}", "MON - SAT"]))


@family
def fitting_room(rng: random.Random) -> Made:
    n = rng.randint(2, 12)
    return ("How many items can I take into the changing room?", [count(n, "items")],
            sign(rng, ["FITTING ROOMS", f"MAX {n} ITEMS"]))


@family
def drive_minutes(rng: random.Random) -> Made:
    limit = rng.choice([30, 40, 50, 60, 80, 90, 100, 110, 120])
    km = rng.randint(5, 60)
    value = Fraction(km * 60, limit)
    return (f"If I drive exactly at this speed limit (km/h), how many minutes will {km} km "
            "take? Round to the nearest minute.", [number(value, 0)],
            sign(rng, ["SPEED LIMIT", str(limit)]))


@family
def altitude_ft(rng: random.Random) -> Made:
    m = rng.randint(400, 3600)
    value = Fraction(m) * Fraction("3.281")
    return ("What's this altitude in feet (1 m = 3.281 ft)? Round to the nearest foot.",
            [number(value, 0)], sign(rng, ["SUMMIT", f"ALTITUDE {m:,} M"]))


@family
def further_town(rng: random.Random) -> Made:
    a, b = rng.sample(TOWNS, 2)
    da, db = sorted(rng.sample(range(5, 120), 2))
    return (f"How much further is it to {b.title()} than to {a.title()} from this sign?",
            [[str(db - da), f"{db - da} miles", f"{db - da} mi"]],
            sign(rng, [f"{a} {da}", f"{b} {db}"]))


@family
def multibuy_save(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    one = rng.randint(120, 500)
    n = rng.choice([2, 3, 4])
    deal = one * n - rng.randint(30, one)
    words = [f"{cur}{one / 100:.2f} EACH", f"{n} FOR {cur}{deal / 100:.2f}"]
    return (f"how much do I save buying {EN[n]} on this offer instead of one at a time?",
            [money(one * n - deal, True)], sign(rng, ["CANDLES", *words]))


@family
def bike_hire(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    first, extra = rng.randint(3, 8), rng.randint(1, 5)
    h = rng.randint(2, 8)
    return (f"What would it cost to hire a bike for {h} hours?",
            [money(first + (h - 1) * extra)],
            sign(rng, ["BIKE HIRE", f"FIRST HOUR {cur}{first}", f"EXTRA HOURS {cur}{extra}"]))


@family
def open_left(rng: random.Random) -> Made:
    close = rng.randrange(17 * 60, 22 * 60 + 1, 30)
    now = close - rng.randint(10, 200)
    return (f"it's {hm(now)}, how long have I got before this place shuts?", [span(close - now)],
            sign(rng, ["OPEN UNTIL", ampm(close)]))


@family
def dog_free_hours(rng: random.Random) -> Made:
    a = rng.randint(8, 11)
    b = rng.randint(5, 8)
    return ("For how many hours a day are dogs banned from this beach?",
            [span((b + 12 - a) * 60)],
            sign(rng, ["NO DOGS", f"{a}AM - {b}PM", "MAY TO SEPT"]))


@family
def stop_name(rng: random.Random) -> Made:
    name = f"{rng.choice(STREETS)} {rng.choice(['SQUARE', 'CROSS', 'GREEN', 'PARADE'])}"
    route = rng.randint(2, 99)
    return ("What's this bus stop called? I need to tell my friend where to meet",
            [[name.lower()]], sign(rng, ["BUS STOP", name, f"ROUTE {route}"]))


@family
def open_weekday(rng: random.Random) -> Made:
    days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
    shut = rng.choice(days)
    return ("Which day of the week is this place closed?", [[shut.lower()]],
            sign(rng, ["OPEN 10AM - 6PM", f"CLOSED {shut}S"]))


@family
def clock_after_show(rng: random.Random) -> Made:
    start = rng.randrange(11 * 60, 21 * 60, 15)
    length = rng.choice([85, 95, 100, 110, 120, 135, 150])
    return (f"The film is {length} minutes long. What time will it finish?",
            [clock(start + length)], sign(rng, ["SCREEN 3", f"NEXT SHOWING {hm(start)}"]))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    street_name, exit_for, apples_weight, min_age, lift_load, family_tickets, lunch_close,
    last_entry_gap, board_to_depart, toll_week, late_fee, served_at, tier_parking,
    height_short, room_left, days_to_open, sale_days_left, litres_for, park_from,
    fitting_room, drive_minutes, altitude_ft, further_town, multibuy_save, bike_hire,
    open_left, dog_free_hours, stop_name, open_weekday, clock_after_show)]
