"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: around the house and garden —
mixing ratios, kitchen weights by the cup, microwave and candle times, shifts and parking,
stacks and calendars."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_health_2 import a_day, count, say, say_day
from bench.data.agents.heldout16_units import calc, clock, duration, families, num, show, units
from bench.data.agents.heldout16_units_3 import cur, money
from bench.data.agents.helpers import Family, Item

F = Fraction
MLS = ("ml", "mL", "millilitres", "milliliters")
GRAMS = ("g", "grams")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def two_stroke(r: random.Random) -> Item | None:  # oil for a 2-stroke fuel mix
    litres, ratio = r.choice([1, 2, 3, 4, 5, 10, 20]), r.choice([25, 32, 40, 50])
    return calc(f"chainsaw needs {ratio}:1 mix. how much oil for {litres} L of petrol, in ml?",
                units(F(litres * 1000, ratio), MLS, 1))


def bleach_mix(r: random.Random) -> Item | None:  # bleach in a 1:N dilution of a total volume
    total, parts = r.choice([F(1, 2), F(1), F(2), F(5), F(10)]), r.choice([9, 10, 19, 49, 99])
    return calc(f"mixing bleach 1:{parts} with water (1 part bleach to {parts} parts water) to "
                f"make {show(total)} L total. how much bleach in ml?",
                units(total * 1000 / (parts + 1), MLS, 1))


def feed_can(r: random.Random) -> Item | None:  # plant feed for a watering can
    per, can = r.choice([F(5), F(10), F(2), F(15, 2), F(20)]), r.choice([5, 7, 9, 10, 12, 15])
    return calc(f"plant food: {show(per)} ml per litre. my watering can holds {can} L. how much "
                "feed?", units(per * can, MLS, 1))


def flour_cups(r: random.Random) -> Item | None:  # grams of flour to cups at 125 g per cup
    g = r.choice([150, 200, 250, 300, 350, 400, 450, 500, 600, 750])
    return calc(f"no scale here — if a cup of flour is 125 g, how many cups is {g} g?",
                units(F(g, 125), ("cups", "cup"), 2, bare=True))


def sugar_grams(r: random.Random) -> Item | None:  # cups of sugar to grams at 200 g per cup
    cups = r.choice([F(1, 4), F(1, 2), F(3, 4), F(1), F(5, 4), F(3, 2), F(2), F(5, 2), F(3),
                     F(7, 2), F(4)])
    return calc(f"{show(cups)} cups of sugar in grams? (1 cup = 200 g)",
                units(cups * 200, GRAMS, 1))


def microwave(r: random.Random) -> Item | None:  # cooking time scaled by microwave wattage
    secs, w1, w2 = r.choice([90, 120, 150, 180, 240, 300]), r.choice([800, 900, 1000]), \
        r.choice([600, 700, 750, 850, 1100, 1200])
    t = num(F(secs * w1, w2), 0)
    if t is None:
        return None
    s = int(t[0])
    return calc(f"packet says {secs // 60} min {secs % 60} s at {w1} W. my microwave is {w2} W. "
                "how long should I heat it? (time × packet W / my W, nearest second)",
                [f"{s // 60}:{s % 60:02d}", f"{s // 60} min {s % 60} s", f"{s // 60}m {s % 60}s",
                 f"{s // 60} minutes {s % 60} seconds", f"{s} seconds", f"{s} s"])


def candle_hours(r: random.Random) -> Item | None:  # burn time of candle wax
    g, rate = r.choice([100, 150, 200, 250, 300, 400, 500]), r.choice([5, 6, 7, 8, 10])
    return calc(f"a {g} g candle burns about {rate} g of wax per hour. total burn time in "
                "hours?", units(F(g, rate), ("hours", "h", "hrs"), 1, bare=True))


def shift_hours(r: random.Random) -> Item | None:  # paid time from start, end and a break
    start, length, brk = r.randrange(360, 660, 15), r.randrange(300, 660, 15), r.choice(
        [0, 15, 30, 45, 60])
    return calc(f"clocked in {say(start, r)}, out {say(start + length, r)}, {brk} min unpaid "
                "break. hours worked?", duration(F(length - brk)))


def overtime(r: random.Random) -> Item | None:  # pay with time-and-a-half overtime
    rate, hours = F(r.randint(1200, 3000), 100), r.randint(41, 55)
    symbol, words = cur(r)
    pay = rate * 40 + rate * F(3, 2) * (hours - 40)
    return calc(f"{symbol}{show(rate)}/h, worked {hours} h this week; over 40 h is paid at 1.5×. "
                "gross pay?", money(pay, symbol, *words))


def parking(r: random.Random) -> Item | None:  # parking charged per started hour
    mins, rate = r.randint(35, 400), F(r.choice([120, 150, 200, 250, 300, 350]), 100)
    if mins % 60 == 0:
        return None
    symbol, words = cur(r)
    return calc(f"parking is {symbol}{show(rate)} per hour or part of an hour. I stayed {mins} "
                "minutes. how much?", money(math.ceil(mins / 60) * rate, symbol, *words))


def paper_stack(r: random.Random) -> Item | None:  # height of a stack of sheets
    sheets, um = r.choice([250, 500, 1000, 2500, 5000]), r.choice([80, 90, 100, 110, 120])
    return calc(f"{sheets} sheets of paper at {um} micrometres each — how tall is the stack in "
                "cm?", units(F(sheets * um, 10000), ("cm", "centimetres", "centimeters"), 2))


def weekday(r: random.Random) -> Item | None:  # the day of the week of a date
    day = a_day(r) + datetime.timedelta(days=r.choice([0, 365]))
    return calc(f"what day of the week is {say_day(day)}?", [DAYS[day.weekday()]])


def minutes_from(r: random.Random) -> Item | None:  # the time some minutes from a given time
    t, mins = r.randrange(0, 1440, 1), r.randint(25, 400)
    return calc(f"it's {say(t, r)}. what time will it be in {mins} minutes?", clock(t + mins))


def between_times(r: random.Random) -> Item | None:  # time between two clock times
    a, gap = r.randrange(300, 1200, 5), r.randrange(20, 600, 5)
    return calc(f"how long from {say(a, r)} to {say(a + gap, r)}?", duration(F(gap)))


def chicken_feed(r: random.Random) -> Item | None:  # days a sack of feed lasts for a flock
    hens, g, kg = r.randint(3, 20), r.choice([110, 120, 125, 130, 150]), r.choice([10, 15, 20,
                                                                                   25])
    return calc(f"{hens} hens eat about {g} g each a day. a {kg} kg sack lasts how many days? "
                "(1 decimal)", units(F(kg * 1000, hens * g), ("days",), 1, bare=True))


def pool_chlorine(r: random.Random) -> Item | None:  # dose for a pool volume
    litres, per = r.choice([8000, 12000, 15000, 20000, 30000, 45000]), r.choice([F(15),
                                                                                 F(20),
                                                                                 F(25),
                                                                                 F(30)])
    return calc(f"dose is {show(per)} g per 10,000 litres and the pool is {litres:,} L. grams "
                "needed?", units(per * litres / 10000, GRAMS, 1))


def age_months(r: random.Random) -> Item | None:  # years and months to months
    y, m = r.randint(1, 6), r.randint(1, 11)
    n = y * 12 + m
    return calc(f"forms want my son's age in months. he's {y} years {m} months.",
                count(n, "months"))


def jam_sugar(r: random.Random) -> Item | None:  # sugar as a fraction of the fruit's weight
    fruit = F(r.randint(5, 40), 10)
    part, label = r.choice([(F(1), "the same weight as"), (F(3, 4), "three quarters of"),
                            (F(2, 3), "two thirds of"), (F(1, 2), "half")])
    return calc(f"my jam recipe uses {label} the fruit's weight in sugar. I have "
                f"{show(fruit)} kg of fruit. how many kg of sugar?",
                units(fruit * part, ("kg", "kilograms", "kilos"), 2))


def printer_cost(r: random.Random) -> Item | None:  # cost per page of a cartridge
    price, pages = F(r.randint(1500, 6000), 100), r.choice([200, 250, 300, 400, 500, 800, 1200])
    symbol, words = cur(r)
    return calc(f"ink cartridge costs {symbol}{show(price)} and prints about {pages} pages. cost "
                "per page?", money(price / pages, symbol, *words))


def photo_gb(r: random.Random) -> Item | None:  # storage for a number of photos
    photos, mb = r.randint(200, 20000), F(r.randint(20, 120), 10)
    return calc(f"{photos:,} photos at about {show(mb)} MB each — how many GB? (1 GB = 1000 MB)",
                units(photos * mb / 1000, ("GB", "gigabytes"), 2))


FAMILIES: list[tuple[Family, int]] = families(
    two_stroke, bleach_mix, feed_can, flour_cups, sugar_grams, microwave, candle_hours,
    shift_hours, overtime, parking, paper_stack, weekday, minutes_from, between_times,
    chicken_feed, pool_chlorine, age_months, jam_sugar, printer_cost, photo_gb)
