"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 10: signs, prices, times."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    WORD,
    Made,
    clock,
    cnt,
    dates,
    family,
    money,
    num,
    say,
    sign,
    span,
    words,
)
from bench.data.agents.heldout23_read_3 import DAYS, TOWNS, ampm, hours_pair
from bench.data.agents.helpers import Family


@family
def lane_limit(rng: random.Random) -> Made:
    k = rng.choice([5, 8, 10, 12, 15, 20])
    have = rng.randint(k + 2, k + 14)
    recipe = sign(rng, ["EXPRESS LANE", f"{k} ITEMS OR FEWER"])
    text = f"I have {have} things in my basket. How many would I have to put back to use this till?"
    return text, [cnt(have - k)], recipe


@family
def exit_number(rng: random.Random) -> Made:
    k, town = rng.randint(1, 60), rng.choice(TOWNS)
    recipe = sign(rng, [f"EXIT {k}", town, "1/2 MILE"])
    text = rng.choice([f"which exit for {town.title()}?", "what exit number is this?"])
    return text, [cnt(k)], recipe


@family
def closed_day(rng: random.Random) -> Made:
    d, e = sorted(rng.sample(DAYS, 2), key=DAYS.index)
    recipe = sign(rng, ["SORRY", "CLOSED ON", f"{d}S AND {e}S"])
    text = rng.choice(["which days are they closed?", "What days is this place shut?"])
    return text, [words(d), words(e)], recipe


@family
def pool_temp(rng: random.Random) -> Made:
    c = rng.randint(18, 34)
    recipe = sign(rng, ["POOL", f"WATER {c} C"])
    text = rng.choice(["What's the water temperature in Fahrenheit?",
                       "convert the water temp on this sign to °F"])
    f = F(c * 9, 5) + 32
    return text, [[f"{v}°f" for v in num(f, 1)] + [f"{v} f" for v in num(f, 1)]
                  + [f"{v} degrees" for v in num(f, 1)] + num(f, 1)], recipe


@family
def fuel_fill(rng: random.Random) -> Made:
    u, d = rng.sample(range(1489, 1989), 2)
    litres = rng.randint(20, 65)
    recipe = sign(rng, [f"UNLEADED {u / 1000:.3f}", f"DIESEL {d / 1000:.3f}", "PER LITRE"])
    fuel = rng.choice(["UNLEADED", "DIESEL"])
    p = u if fuel == "UNLEADED" else d
    text = rng.choice([f"How much for {litres} litres of {fuel.lower()}? To the cent.",
                       f"filling {litres} L of {fuel.lower()}, what's the cost?"])
    return text, [money(F(p * litres, 1000))], recipe


@family
def per_kg_board(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    p = rng.randrange(120, 990, 10)
    g = rng.choice([300, 400, 600, 750, 800, 1200, 1500, 2500])
    what = rng.choice(["TOMATOES", "CHERRIES", "GRAPES", "POTATOES", "CARROTS", "PLUMS"])
    recipe = sign(rng, [what, f"{cur}{p / 100:.2f} / KG"])
    text = rng.choice([f"How much would {g} g cost?", f"price for {g / 1000:g} kg of these?"])
    return text, [money(F(p * g, 1000 * 100))], recipe


@family
def rooms_range(rng: random.Random) -> Made:
    a = rng.choice([100, 200, 300, 400]) + rng.randint(1, 10)
    b = a + rng.randint(5, 40)
    recipe = sign(rng, [f"ROOMS {a}-{b}", "THIS WAY"])
    text = ("How many rooms are in that direction? Count both end numbers, assuming every "
            "number in between is a room.")
    return text, [cnt(b - a + 1, "rooms")], recipe


@family
def lift_load(rng: random.Random) -> Made:
    p = rng.choice([4, 6, 8, 10, 13, 16, 21])
    kg = rng.choice([320, 450, 630, 800, 1000, 1275, 1600])
    recipe = sign(rng, ["LIFT", f"MAX {p} PERSONS", f"{kg} KG"])
    text = "What's the average weight per person this lift assumes? Round to 1 decimal."
    return text, [[f"{v} kg" for v in num(F(kg, p), 1)] + num(F(kg, p), 1)], recipe


@family
def last_entry(rng: random.Random) -> Made:
    close = rng.randrange(16 * 60, 20 * 60 + 1, 30)
    last = close - rng.randrange(20, 121, 5)
    recipe = sign(rng, ["MUSEUM", f"CLOSES {ampm(close)}", f"LAST ENTRY {ampm(last)}"])
    text = rng.choice(["If I go in at the last entry time, how long do I get inside?",
                       "how many minutes between last entry and closing?"])
    return text, [span(close - last)], recipe


@family
def opening_countdown(rng: random.Random) -> Made:
    when = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(40, 330))
    k = rng.randint(3, 120)
    today = when - dt.timedelta(days=k)
    recipe = sign(rng, ["GRAND OPENING", f"{when.strftime('%B').upper()} {when.day}", "2026"])
    text = rng.choice([f"Today is {say(today)} 2026. How many days until this opens?",
                       f"it's {today.isoformat()}. days left till the opening on this sign?"])
    return text, [cnt(k, "days")], recipe


@family
def opening_plus(rng: random.Random) -> Made:
    when = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(40, 330))
    k = rng.choice([7, 10, 14, 21, 30, 45, 60, 100])
    recipe = sign(rng, ["NOW OPEN", f"SINCE {when.strftime('%B').upper()} {when.day} 2026"])
    text = (f"Their intro offer ends {k} days after the opening date on this sign. What date "
            f"is that?")
    return text, [dates(when + dt.timedelta(days=k))], recipe


@family
def bottle_deposit(rng: random.Random) -> Made:
    c = rng.choice([5, 10, 15, 20, 25, 30])
    k = rng.randint(6, 60)
    recipe = sign(rng, ["BOTTLE RETURN", f"{c}c PER BOTTLE"])
    text = rng.choice([f"I'm bringing back {k} bottles. How much do I get, in dollars?",
                       f"{k} bottles returned here = how much money?"])
    return text, [money(c * k, True)], recipe


@family
def exchange_board(rng: random.Random) -> Made:
    buy = F(rng.randint(110, 125), 100)
    sell = buy + F(rng.randint(3, 8), 100)
    amt = rng.choice([100, 150, 200, 250, 300, 500, 750, 1000])
    recipe = sign(rng, ["EUR -> USD", f"WE BUY {float(buy):.2f}", f"WE SELL {float(sell):.2f}"])
    text = rng.choice([f"They sell dollars at the 'we sell' rate. How many USD do I get for "
                       f"{amt} euros?",
                       f"changing {amt} EUR into USD at the 'WE SELL' rate on this board - how "
                       "many dollars?"])
    return text, [money(amt * sell)], recipe


@family
def group_tickets(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    p, r, k = rng.randint(8, 30), rng.choice([10, 15, 20, 25]), rng.randint(10, 30)
    recipe = sign(rng, [f"TICKETS {cur}{p}", f"GROUPS 10+ {r}% OFF"])
    text = f"We're a group of {k}. How much for all our tickets?"
    return text, [money(F(p * k * (100 - r), 100))], recipe


@family
def limit_time(rng: random.Random) -> Made:
    v = rng.choice([20, 30, 40, 50, 60])
    d = F(rng.randint(2, 30), 2)
    recipe = sign(rng, ["SPEED LIMIT", str(v)])
    text = (f"The limit is in mph. Driving exactly at it, how many minutes for {float(d):g} miles?"
            " (1 decimal)")
    return text, [[f"{x}" for x in num(d * 60 / v, 1)]], recipe


@family
def calorie_board(rng: random.Random) -> Made:
    foods = rng.sample(["BURGER", "FRIES", "SHAKE", "WRAP", "SALAD", "NUGGETS", "COLA"], 3)
    kc = rng.sample(range(150, 900, 10), 3)
    recipe = sign(rng, [f"{f} {k} KCAL" for f, k in zip(foods, kc, strict=True)])
    a, b = rng.sample(range(3), 2)
    text = (f"If I have the {foods[a].lower()} and the {foods[b].lower()}, how many calories "
            "is that?")
    return text, [[*cnt(kc[a] + kc[b], "kcal"), f"{kc[a] + kc[b]} calories"]], recipe


@family
def clearance(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    p, k = rng.choice([2, 3, 5, 7, 10, 12]), rng.randint(3, 15)
    recipe = sign(rng, ["CLEARANCE", f"ALL BOOKS {cur}{p}"])
    text = f"I picked up {k} books from this table. What do I owe, in {WORD[cur]}?"
    return text, [money(p * k)], recipe


@family
def depth_feet(rng: random.Random) -> Made:
    m = F(rng.randint(5, 45), 10)
    recipe = sign(rng, ["CAUTION", f"DEPTH {float(m):.1f} M"])
    text = "How deep is it in feet? Use 1 m = 3.281 ft and give one decimal."
    return text, [num(m * F("3.281"), 1)], recipe


@family
def directory_floor(rng: random.Random) -> Made:
    depts = rng.sample(["SHOES", "TOYS", "CAFE", "BEDS", "MENSWEAR", "BOOKS", "GARDEN",
                        "KITCHEN", "TOILETS", "BEAUTY"], 4)
    start = rng.choice([1, 2, 3])
    recipe = sign(rng, [f"FLOOR {start + i} {d}" for i, d in enumerate(depts)])
    i, j = rng.sample(range(4), 2)
    text = rng.choice([f"What floors are {depts[i].lower()} and {depts[j].lower()} on?",
                       f"which levels for {depts[i].lower()} and {depts[j].lower()}? (store "
                       "directory)"])
    return text, [cnt(start + i), cnt(start + j)], recipe


@family
def hours_of_tuesday(rng: random.Random) -> Made:
    a, b = hours_pair(rng, 30)
    la, lb = a + rng.choice([60, 120]), b + rng.choice([60, 90, 120])
    recipe = sign(rng, [f"MON-WED {ampm(a)}-{ampm(b)}", f"THU-SAT {ampm(la)}-{ampm(lb)}"])
    text = rng.choice(["how many hours are they open on a thursday?",
                       "What time do they close on Fridays?"])
    if "close" in text:
        return text, [clock(lb)], recipe
    return text, [span(lb - la)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lane_limit, exit_number, closed_day, pool_temp, fuel_fill, per_kg_board, rooms_range, lift_load,
    last_entry, opening_countdown, opening_plus, bottle_deposit, exchange_board, group_tickets,
    limit_time, calorie_board, clearance, depth_feet, directory_floor, hours_of_tuesday)]
