"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part ten: chatty, multi-step
everyday problems — rent, flatmates, trips, cooking, sleep, points and plans."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, pct, tie, unit, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def m2(v: F) -> str:
    return f"{float(v):,.2f}"


def hours_minutes(total: int) -> list[str]:
    h, m = divmod(total, 60)
    out = [f"{h}h {m}m", f"{h} h {m} min", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
           f"{h} hrs {m} mins", f"{h}:{m:02d}"] if m else [f"{h} hours", f"{h} h", f"{h}h"]
    return dedupe(out)


def k_rent_notice(rng: random.Random) -> Item:  # a rent rise announced in passing
    rent, p = rng.randint(600, 2400), F(rng.choice([25, 30, 35, 45, 55]), 10)
    v = rent * (1 + p / 100)
    if tie(v):
        return k_rent_notice(rng)
    return item("K_a_rent_notice", "math", f"ok so my landlord says rent goes up {float(p):g}% "
                f"next month. I pay {rent:,} now. what will I be paying?", [dec(v)])


def k_flatmates_owe(rng: random.Random) -> Item:  # what each flatmate owes back
    bill, n = F(rng.randint(3000, 40000), 100), rng.randint(3, 5)
    share = bill / n
    if tie(share):
        return k_flatmates_owe(rng)
    return item("K_a_flatmates_owe", "math", f"I paid the whole {m2(bill)} grocery bill. There are "
                f"{n} of us splitting it evenly. How much does each of the others owe me?",
                [dec(share)])


def k_trip_left(rng: random.Random) -> Item:  # a holiday budget after flights and hotel
    budget, flights = rng.randint(15, 60) * 100, rng.randint(200, 900)
    nights, rate = rng.randint(3, 14), rng.randint(60, 180)
    left = budget - flights - nights * rate
    if left < 100:
        return k_trip_left(rng)
    return item("K_a_trip_left", "math", f"Trip budget is {budget:,}. Flights {flights}, hotel "
                f"{nights} nights at {rate} a night. What's left for food and fun?",
                [dec(left)])


def k_job_compare(rng: random.Random) -> Item:  # an hourly job against a salaried one
    rate, hours = F(rng.randint(1200, 3000), 100), rng.choice([35, 37, 38, 40])
    old = rate * hours * 52
    new = int(old) + rng.randint(1, 80) * 100
    return item("K_a_job_compare", "math", f"Current job pays {float(rate):.2f}/h for {hours} h a "
                f"week. New offer is {new:,} a year. How much more a year is the new one, "
                "52 weeks?", [dec(new - old)])


def k_sleep(rng: random.Random) -> Item:  # hours slept between two clock times
    bed = rng.randint(21 * 60, 25 * 60 + 30) // 5 * 5
    up = rng.randint(5 * 60, 9 * 60) // 5 * 5
    total = up + 24 * 60 - bed
    return item("K_a_sleep", "math", f"went to bed at {bed // 60 % 24}:{bed % 60:02d} and got up "
                f"at {up // 60}:{up % 60:02d}. how long did i sleep?", [hours_minutes(total)])


def k_roast_time(rng: random.Random) -> Item:  # cooking time from a weight
    per, extra = rng.choice([15, 20, 25]), rng.choice([15, 20, 30])
    grams = rng.randint(4, 14) * 500
    total = grams // 500 * per + extra
    return item("K_a_roast_time", "math", f"Roast {per} minutes per 500 g plus {extra} minutes. "
                f"My joint is {grams / 1000:g} kg. How long does it need?",
                [dedupe(unit(whole(total), "minutes", "min", "mins") + hours_minutes(total))])


def k_relative_rise(rng: random.Random) -> Item:  # a relative change between two percentages
    a = rng.randint(20, 60)
    b = a + rng.randint(2, 20)
    v = F((b - a) * 100, a)
    if tie(v):
        return k_relative_rise(rng)
    return item("K_a_relative_rise", "math", f"Support went from {a}% to {b}%. By what percent did "
                "it increase, relative to where it started?", [pct(v)])


def k_pocket_money(rng: random.Random) -> Item:  # weekly pocket money over a year
    kids, each = rng.randint(2, 5), F(rng.choice([150, 200, 250, 300, 350, 500, 750]), 100)
    return item("K_a_pocket_money", "math", f"{kids} kids, {float(each):.2f} each a week. What's "
                "that over a year of 52 weeks?", [dec(kids * each * 52)])


def k_cake_ratio(rng: random.Random) -> Item:  # one part of a three-way ratio
    a, b, c = rng.randint(2, 6), rng.randint(1, 5), rng.randint(1, 4)
    total = (a + b + c) * rng.randint(50, 200)
    return item("K_a_cake_ratio", "math", f"Flour, sugar and butter go in the ratio {a}:{b}:{c}. "
                f"I want {total} g of mix altogether. How much sugar?",
                [unit(whole(total * b // (a + b + c)), "g", "grams")])


def k_paint_mix(rng: random.Random) -> Item:  # paint mixed in a ratio
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    if a == b:
        return k_paint_mix(rng)
    litres = F(rng.randint(2, 40), 2)
    v = litres * a / (a + b)
    if tie(v):
        return k_paint_mix(rng)
    return item("K_a_paint_mix", "math", f"mixing blue and yellow {a}:{b} to make "
                f"{float(litres):g} litres of green. how much blue?",
                [unit(dec(v), "litres", "liters", "L", "l")])


def k_steps_left(rng: random.Random) -> Item:  # distance still to walk for a step goal
    goal, done, stride = 10000, rng.randint(1500, 9500), F(rng.choice([65, 70, 75, 80]), 100)
    v = (goal - done) * stride / 1000
    if tie(v):
        return k_steps_left(rng)
    return item("K_a_steps_left", "math", f"My goal is 10,000 steps and I've done {done:,}. Each "
                f"step is about {float(stride):g} m. How many km do I still need to walk?",
                [unit(dec(v), "km", "kilometres", "kilometers")])


def k_data_plan(rng: random.Random) -> Item:  # data allowance per remaining day
    plan, days = rng.choice([10, 15, 20, 30, 50]), rng.randint(3, 20)
    used = F(rng.randint(10, plan * 9), 10)
    v = (plan - used) / days
    if tie(v):
        return k_data_plan(rng)
    return item("K_a_data_plan", "math", f"{plan} GB plan, I've used {float(used):g} GB and there "
                f"are {days} days left. How much can I use per day?",
                [unit(dec(v), "GB", "gigabytes")])


def k_rescale_mark(rng: random.Random) -> Item:  # a mark rescaled to another total
    total = rng.choice([40, 60, 75, 80, 120])
    got, new = rng.randint(total // 3, total - 1), rng.choice([10, 20, 25, 50])
    v = F(got * new, total)
    if tie(v):
        return k_rescale_mark(rng)
    return item("K_a_rescale_mark", "math", f"I scored {got}/{total}. What's that as a mark out "
                f"of {new}?", [dec(v)])


def k_match_donation(rng: random.Random) -> Item:  # an employer matching a donation
    give, match = rng.randint(10, 500), rng.choice([50, 100, 150, 200])
    v = F(give * (100 + match), 100)
    return item("K_a_match_donation", "math", f"work matches donations at {match}%. if i give "
                f"{give}, how much does the charity get in total?", [dec(v)])


def k_loyalty(rng: random.Random) -> Item:  # loyalty points turned into money
    per = rng.choice([2, 4, 5, 10])
    spend = per * rng.randint(30, 600)
    pts = spend // per
    v = F(pts, 100)
    return item("K_a_loyalty", "math", f"I get 1 point for every {per} I spend, and 100 points are "
                f"worth 1 off. I spent {spend:,}. How much are my points worth?", [dec(v)])


def k_time_saved(rng: random.Random) -> Item:  # minutes saved by driving faster
    km, slow, fast = rng.randint(10, 200), rng.choice([80, 90, 100]), rng.choice([110, 120, 130])
    v = F(km * 60, slow) - F(km * 60, fast)
    if tie(v):
        return k_time_saved(rng)
    return item("K_a_time_saved", "math", f"How many minutes do I save driving {km} km at {fast} "
                f"km/h instead of {slow}?", [dedupe(dec(v) + unit(dec(v), "minutes", "min"))])


def k_square_side(rng: random.Random) -> Item:  # the side of a square room from its area
    side = F(rng.randint(15, 90), 10)
    return item("K_a_square_side", "math", f"A square room has an area of {float(side ** 2):g} m². "
                "How long is each wall?", [unit(dec(side), "m", "metres", "meters")])


def k_failed_share(rng: random.Random) -> Item:  # the share that did not pass
    n = rng.randint(12, 40)
    passed = rng.randint(n // 2, n - 1)
    v = F((n - passed) * 100, n)
    if tie(v):
        return k_failed_share(rng)
    return item("K_a_failed_share", "math", f"{passed} of the {n} students passed. What percentage "
                "failed?", [pct(v)])


def k_commute_year(rng: random.Random) -> Item:  # hours spent commuting in a year
    mins, days, weeks = rng.randint(15, 75), rng.randint(3, 5), rng.choice([44, 46, 48])
    v = F(mins * 2 * days * weeks, 60)
    if tie(v):
        return k_commute_year(rng)
    return item("K_a_commute_year", "math", f"my commute is {mins} min each way, {days} days a "
                f"week, {weeks} working weeks a year. how many hours is that a year?",
                [dedupe(dec(v) + unit(dec(v), "hours", "h"))])


def k_split_uneven(rng: random.Random) -> Item:  # a cost split by nights stayed
    cost, a, b = rng.randint(300, 2000), rng.randint(2, 7), rng.randint(2, 7)
    if a == b:
        return k_split_uneven(rng)
    va, vb = F(cost * a, a + b), F(cost * b, a + b)
    if tie(va) or tie(vb):
        return k_split_uneven(rng)
    return item("K_a_split_uneven", "math", f"The holiday flat cost {cost}. Jo stayed {a} nights "
                f"and I stayed {b}. If we split by nights, what does each of us pay?",
                [dec(va), dec(vb)])


def k_diagonal_room(rng: random.Random) -> Item:  # a room's diagonal
    a, b = F(rng.randint(25, 90), 10), F(rng.randint(25, 90), 10)
    v = math.hypot(float(a), float(b))
    if tie(v):
        return k_diagonal_room(rng)
    return item("K_a_diagonal_room", "math", f"room is {float(a):g} m by {float(b):g} m, how long "
                "is it corner to corner?", [unit(dec(v), "m", "metres", "meters")])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_rent_notice, k_flatmates_owe, k_trip_left, k_job_compare, k_sleep, k_roast_time,
    k_relative_rise, k_pocket_money, k_cake_ratio, k_paint_mix, k_steps_left, k_data_plan,
    k_rescale_mark, k_match_donation, k_loyalty, k_time_saved, k_square_side, k_failed_share,
    k_commute_year, k_split_uneven, k_diagonal_room)]
