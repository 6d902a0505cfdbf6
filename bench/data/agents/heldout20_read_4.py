"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 4: signs with prices."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    EN,
    MONTHS,
    Family,
    Made,
    ampm,
    clock,
    count,
    date_forms,
    day,
    family,
    hm,
    money,
    number,
    pick,
    sign,
    span,
)

CURS = ["$", "£", "€"]


def cur_of(rng: random.Random) -> str:
    return rng.choice(CURS)


@family
def fuel_cost(rng: random.Random) -> Made:
    kind = rng.choice(["UNLEADED", "DIESEL", "PETROL"])
    price = rng.randint(139, 219)
    litres = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60])
    cur = cur_of(rng)
    lines = [kind, f"{cur}{price / 100:.2f} / L"]
    text = pick(rng, f"How much for {litres} litres at this price?",
                f"gonna fill {litres}L, what will that cost me?")
    return text, [money(price * litres, True)], sign(rng, lines)


@family
def family_tickets(rng: random.Random) -> Made:
    cur = cur_of(rng)
    adult, child = rng.randint(9, 25), rng.randint(4, 12)
    a, c = rng.randint(1, 3), rng.randint(1, 4)
    lines = ["ADMISSION", f"ADULT {cur}{adult}", f"CHILD {cur}{child}"]
    text = pick(rng, f"What's the entry cost for {EN[a]} adult{'s' if a > 1 else ''} and "
                     f"{EN[c]} kid{'s' if c > 1 else ''}?",
                f"adults: {a}, kids: {c}. how much to get in?")
    return text, [money((a * adult + c * child) * 100, True)], sign(rng, lines)


@family
def phone_on_sign(rng: random.Random) -> Made:
    num = f"{rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
    lines = [rng.choice(["ROOM TO LET", "FOR SALE", "LOST CAT", "TAXI"]), f"CALL {num}"]
    text = pick(rng, "What number do I call?", "what's the phone number on this sign")
    return text, [[num, num.replace("-", ""), num.replace("-", " ")]], sign(rng, lines)


@family
def event_date(rng: random.Random) -> Made:
    when = day(rng)
    name = rng.choice(["CRAFT FAIR", "FARMERS MARKET", "BOOK SALE", "FUN RUN", "CAR BOOT"])
    lines = [name, f"{when.day} {MONTHS[when.month - 1].upper()}", "10AM - 4PM"]
    text = pick(rng, "What date is this event on?", "when's this happening (date)?")
    return text, [date_forms(when)], sign(rng, lines)


@family
def event_weekday(rng: random.Random) -> Made:
    when = day(rng)
    name = rng.choice(["QUIZ NIGHT", "OPEN DAY", "BAKE SALE", "JAZZ EVENING", "YARD SALE"])
    start = rng.choice(range(10 * 60, 20 * 60, 30))
    lines = [name, f"{when.day} {MONTHS[when.month - 1].upper()} {when.year}",
             f"FROM {ampm(start)}"]
    text = "What day of the week is this on, and what time does it start?"
    return text, [[when.strftime("%A").lower()], clock(start)], sign(rng, lines)


@family
def min_age_wait(rng: random.Random) -> Made:
    age = rng.choice([12, 14, 16, 18, 21])
    kid = rng.randint(3, age - 1)
    lines = ["NO ADMITTANCE", f"UNDER {age}"]
    text = (f"My nephew is {kid}. How many more years until he's allowed in, going by this "
            "sign?")
    return text, [count(age - kid, "years")], sign(rng, lines)


@family
def depth_feet(rng: random.Random) -> Made:
    m = f"{rng.randint(8, 45) / 10:.1f}"
    lines = ["DEEP END", f"DEPTH {m} M"]
    text = "How deep is that in feet? 1 m = 3.281 ft, round to 1 decimal."
    return text, [number(F(m) * F("3.281"), 1)], sign(rng, lines)


@family
def lift_per_person(rng: random.Random) -> Made:
    people = rng.choice([4, 5, 6, 8, 10, 12, 13, 16])
    kg = rng.choice([320, 400, 450, 480, 630, 800, 1000, 1275])
    lines = ["LIFT", f"MAX {people} PERSONS", f"{kg} KG"]
    text = ("If the lift is full, what's the average weight allowed per person? round to a "
            "whole kg")
    return text, [number(F(kg, people))], sign(rng, lines)


@family
def sale_days_left(rng: random.Random) -> Made:
    end = day(rng)
    gap = rng.randint(2, 40)
    today = end - dt.timedelta(days=gap)
    lines = ["CLEARANCE SALE", f"ENDS {end.day} {MONTHS[end.month - 1][:3].upper()}"]
    text = (f"Today is {MONTHS[today.month - 1]} {today.day}. How many days until this sale "
            "ends?")
    return text, [count(gap, "days")], sign(rng, lines)


@family
def exit_number(rng: random.Random) -> Made:
    towns = rng.sample(["MILTON", "ASHFORD", "KINGSTON", "BRAMLEY", "FAIRVIEW", "LAKESIDE",
                        "RIVERTON"], 2)
    exits = rng.sample(range(3, 60), 2)
    rows = [f"EXIT {e} {t}" for e, t in zip(exits, towns, strict=True)]
    i = rng.randrange(2)
    text = f"Which exit for {towns[i].title()}?"
    return text, [count(exits[i])], sign(rng, rows)


@family
def per_kg_sign(rng: random.Random) -> Made:
    good = rng.choice(["CHERRIES", "GRAPES", "TOMATOES", "APPLES", "PEACHES", "POTATOES"])
    price = rng.randint(150, 1200)
    g = rng.choice([250, 400, 500, 600, 750, 800, 1200, 1500, 2000])
    cur = cur_of(rng)
    lines = [good, f"{cur}{price / 100:.2f} PER KG"]
    text = pick(rng, f"how much would {g} g of these cost? round to the cent",
                f"I want {g}g. price? (nearest cent)")
    return text, [money(F(price * g, 100000))], sign(rng, lines)


@family
def laundry_cost(rng: random.Random) -> Made:
    cur = cur_of(rng)
    wash = rng.choice([250, 300, 350, 400, 450])
    dry = rng.choice([25, 50, 75])
    mins = rng.choice([20, 30, 40, 50, 60])
    loads = rng.randint(1, 3)
    lines = ["LAUNDRY", f"WASH {cur}{wash / 100:.2f}", f"DRY {cur}{dry / 100:.2f} PER 10 MIN"]
    text = (f"I'm doing {EN[loads]} wash load{'s' if loads > 1 else ''} and then drying "
            f"everything together for {mins} minutes. Total cost?")
    return text, [money(loads * wash + dry * mins // 10, True)], sign(rng, lines)


@family
def multibuy_each(rng: random.Random) -> Made:
    k = rng.choice([2, 3, 4, 5])
    price = rng.randint(3, 16)
    cur = cur_of(rng)
    lines = [rng.choice(["DONUTS", "SOCKS", "CANDLES", "PLANTS", "SOAPS"]),
             f"{k} FOR {cur}{price}"]
    text = "With this deal, what does each one work out at? Round to the cent."
    return text, [money(F(price * 100, k), True)], sign(rng, lines)


@family
def multibuy_total(rng: random.Random) -> Made:
    k = rng.choice([2, 3, 4])
    deal = rng.choice([5, 6, 8, 10])
    single = rng.choice([250, 300, 350, 400, 450])
    if single * k <= deal * 100 or single >= deal * 100:
        return None
    n = rng.randint(k + 1, 3 * k + 2)
    if n % k == 0:
        return None
    cur = cur_of(rng)
    lines = ["MUFFINS", f"{cur}{single / 100:.2f} EACH", f"{k} FOR {cur}{deal}"]
    value = (n // k) * deal * 100 + (n % k) * single
    text = (f"I need {n} muffins. Using as many of the {k}-for deals as possible and paying "
            "single price for the rest, what's the total?")
    return text, [money(value, True)], sign(rng, lines)


@family
def library_due(rng: random.Random) -> Made:
    loan = rng.choice([7, 14, 21, 28])
    start = day(rng)
    lines = ["LIBRARY", f"LOAN PERIOD {loan} DAYS"]
    due = start + dt.timedelta(days=loan)
    text = (f"I borrowed a book on {MONTHS[start.month - 1]} {start.day}, {start.year}. When "
            "is it due back, going by this sign?")
    return text, [date_forms(due)], sign(rng, lines)


@family
def water_temp_f(rng: random.Random) -> Made:
    c = rng.randint(14, 31)
    lines = ["POOL", f"WATER TEMP {c} C"]
    text = pick(rng, "What's the water temperature in Fahrenheit?",
                "convert the pool temp on this sign to °F")
    return text, [number(F(c * 9, 5) + 32, 1)], sign(rng, lines)


@family
def breakfast_len(rng: random.Random) -> Made:
    a = rng.choice(range(6 * 60, 8 * 60, 30))
    b = a + rng.choice(range(120, 300, 15))
    lines = ["BREAKFAST", f"{hm(a)} - {hm(b)}"]
    text = pick(rng, "How long is breakfast served for?", "how long's the breakfast window?")
    return text, [span(b - a)], sign(rng, lines)


@family
def visiting_total(rng: random.Random) -> Made:
    a = rng.choice(range(10 * 60, 12 * 60, 15))
    b = a + rng.choice(range(45, 180, 15))
    c = rng.choice(range(16 * 60, 19 * 60, 15))
    d = c + rng.choice(range(45, 180, 15))
    lines = ["VISITING HOURS", f"{hm(a)} - {hm(b)}", f"{hm(c)} - {hm(d)}"]
    text = "How many hours of visiting time are there per day in total?"
    return text, [span(b - a + d - c)], sign(rng, lines)


@family
def museum_group(rng: random.Random) -> Made:
    cur = cur_of(rng)
    full, senior = rng.randint(12, 22), rng.randint(6, 11)
    a, s = rng.randint(1, 4), rng.randint(1, 3)
    lines = ["MUSEUM ENTRY", f"STANDARD {cur}{full}", f"SENIOR {cur}{senior}"]
    text = (f"Tickets for {EN[a]} standard and {EN[s]} senior visitor{'s' if s > 1 else ''} "
            "- how much?")
    return text, [money((a * full + s * senior) * 100, True)], sign(rng, lines)


@family
def bike_rental(rng: random.Random) -> Made:
    cur = cur_of(rng)
    first, extra = rng.choice([5, 6, 8, 10]), rng.choice([2, 3, 4])
    h = rng.randint(2, 7)
    lines = ["BIKE HIRE", f"FIRST HOUR {cur}{first}", f"THEN {cur}{extra} PER HOUR"]
    text = f"If I keep a bike for {EN[h]} hours, what do I pay?"
    return text, [money((first + extra * (h - 1)) * 100, True)], sign(rng, lines)


@family
def elevation_ft(rng: random.Random) -> Made:
    m = rng.randint(300, 3800)
    lines = [rng.choice(["SUMMIT", "PASS", "PEAK", "RIDGE"]), f"ELEVATION {m:,} M"]
    text = "What's this elevation in feet? 1 m = 3.281 ft, round to the nearest foot."
    return text, [number(m * F("3.281"))], sign(rng, lines)


@family
def house_number(rng: random.Random) -> Made:
    n = rng.randint(2, 240)
    road = rng.choice(["ELM ROAD", "MILL LANE", "PARK AVE", "HIGH ST", "CHURCH RD"])
    text = pick(rng, "What's the house number on this plaque?", "which number is this house?")
    return text, [count(n)], sign(rng, [f"NO. {n}", road])


@family
def queue_front(rng: random.Random) -> Made:
    wait = rng.choice(range(15, 150, 5))
    now = rng.choice(range(9 * 60, 20 * 60, 5))
    lines = ["WAIT TIME", f"FROM HERE {wait} MIN"]
    text = pick(rng, f"I joined this queue at {hm(now)}. What time will I reach the front?",
                f"it's {ampm(now).lower()} and I'm at this sign in the queue. when do I get in?")
    return text, [clock(now + wait)], sign(rng, lines)


@family
def last_entry(rng: random.Random) -> Made:
    close = rng.choice(range(16 * 60, 21 * 60, 30))
    before = rng.choice([30, 45, 60, 75, 90])
    lines = ["GALLERY", f"CLOSES {ampm(close)}", f"LAST ENTRY {before} MIN BEFORE"]
    text = "What's the latest time I can get in?"
    return text, [clock(close - before)], sign(rng, lines)


@family
def toilet_fee(rng: random.Random) -> Made:
    cur = cur_of(rng)
    fee = rng.choice([20, 30, 40, 50, 60, 70, 80, 100])
    k = rng.randint(2, 6)
    lines = ["TOILETS", f"{cur}{fee / 100:.2f}"]
    text = f"There are {EN[k]} of us and we all need to go. How much in total?"
    return text, [money(fee * k, True)], sign(rng, lines)


@family
def roadworks_days(rng: random.Random) -> Made:
    a = day(rng)
    b = a + dt.timedelta(days=rng.randint(5, 80))
    lines = ["ROADWORKS", f"{a.day} {MONTHS[a.month - 1][:3].upper()} -",
             f"{b.day} {MONTHS[b.month - 1][:3].upper()}"]
    if b.year != a.year:
        return None
    n = (b - a).days + 1
    text = "How many days do these roadworks last, counting both the first and last day?"
    return text, [count(n, "days")], sign(rng, lines)


@family
def class_ends(rng: random.Random) -> Made:
    start = rng.choice(range(6 * 60, 21 * 60, 15))
    length = rng.choice([30, 45, 50, 55, 60, 75, 90])
    name = rng.choice(["YOGA", "PILATES", "SPIN", "ZUMBA", "BOXFIT"])
    lines = [name, f"STARTS {hm(start)}", f"{length} MIN"]
    text = pick(rng, "What time does this class finish?", "when does the class end?")
    return text, [clock(start + length)], sign(rng, lines)


@family
def vending(rng: random.Random) -> Made:
    cur = cur_of(rng)
    price = rng.choice(range(110, 300, 5))
    have = rng.choice([5, 10, 20])
    k = have * 100 // price
    if have * 100 == k * price:
        return None
    lines = ["ALL DRINKS", f"{cur}{price / 100:.2f}"]
    text = (f"I've got {cur}{have}. How many drinks can I get from this machine, and how much "
            "is left over?")
    return text, [count(k), money(have * 100 - k * price, True)], sign(rng, lines)


@family
def ferry_next(rng: random.Random) -> Made:
    first = rng.choice(range(6 * 60, 8 * 60, 15))
    every = rng.choice([20, 30, 40, 45, 60, 90])
    last = first + every * rng.randint(10, 16)
    now = rng.randint(first + 1, last - every)
    nxt = first + math.ceil((now - first) / every) * every
    if nxt == now:
        return None
    lines = ["FERRY", f"FIRST {hm(first)}", f"EVERY {every} MIN"]
    text = f"It's {hm(now)}. When's the next ferry, going by this sign?"
    return text, [clock(nxt)], sign(rng, lines)


@family
def hotel_nights(rng: random.Random) -> Made:
    cur = cur_of(rng)
    rate = rng.randint(59, 220)
    nights = rng.randint(2, 9)
    lines = ["TONIGHT", f"DOUBLE ROOM {cur}{rate}", "PER NIGHT"]
    text = pick(rng, f"What would {nights} nights cost at this rate?",
                f"staying {EN[nights]} nights - total at the price on the sign?")
    return text, [money(rate * nights * 100, True)], sign(rng, lines)


@family
def free_delivery_gap(rng: random.Random) -> Made:
    cur = cur_of(rng)
    limit = rng.choice([25, 30, 40, 50, 60, 75])
    basket = rng.randint(500, limit * 100 - 50)
    lines = ["FREE DELIVERY", f"ON ORDERS OF {cur}{limit}+"]
    text = (f"My basket is {cur}{basket / 100:.2f}. How much more do I need to add to reach "
            "the free delivery amount?")
    return text, [money(limit * 100 - basket, True)], sign(rng, lines)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fuel_cost, family_tickets, phone_on_sign, event_date, event_weekday, min_age_wait,
    depth_feet, lift_per_person, sale_days_left, exit_number, per_kg_sign, laundry_cost,
    multibuy_each, multibuy_total, library_due, water_temp_f, breakfast_len, visiting_total,
    museum_group, bike_rental, elevation_ft, house_number, queue_front, last_entry,
    toilet_fee, roadworks_days, class_ends, vending, ferry_next, hotel_nights,
    free_delivery_gap)]
