"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 9: more sign questions
(prices, limits, hours, distances and sums worked from them)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, sign, tie
from bench.data.agents.heldout17_read_2 import (
    EN,
    TOWNS,
)
from bench.data.agents.helpers import Family


@family
def floor_directory(rng: random.Random) -> Made:
    places = rng.sample(["LIBRARY", "CAFETERIA", "GYM", "ADMISSIONS", "CLINIC", "BOOKSHOP"], 3)
    floors = rng.sample(range(1, 6), 3)
    ask, fl = rng.choice(list(zip(places, floors, strict=True)))
    nth = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}[fl]
    word = ["", "first", "second", "third", "fourth", "fifth"][fl]
    return (
        f"Which floor is the {ask.lower()} on?",
        [[f"floor {fl}", f"{nth} floor", f"{word} floor", f"level {fl}"]],
        sign(rng, [f"{p} - FLOOR {f}" for p, f in zip(places, floors, strict=True)]),
    )


@family
def happy_hour(rng: random.Random) -> Made:
    start, end = rng.choice([(3, 6), (4, 7), (4, 6), (5, 8), (3, 7)])
    half = rng.choice([0, 30])
    mins = (end - start) * 60 - half
    h, m = divmod(mins, 60)
    forms = (
        [
            f"{mins} minutes",
            f"{h}h {m}",
            f"{h} hours {m} min",
            f"{h} hours and {m} min",
            f"{h} hr {m} min",
        ]
        if m
        else [f"{h} hours", f"{h}hours", f"{h} hrs"]
    )
    if m:
        forms += [f"{h}.5 hours", f"{h} and a half hours", f"{EN[h]} and a half hours"]
    else:
        forms += [f"{EN[h]} hours"]
    shown = f"{start}:30 PM" if half else f"{start} PM"
    return (
        "how long does happy hour last?",
        [forms],
        sign(rng, ["HAPPY HOUR", f"{shown} - {end} PM", "HALF PRICE DRINKS"]),
    )


@family
def exchange_board(rng: random.Random) -> Made:
    rate = Fraction(rng.randint(110, 122), 100)
    amount = rng.choice([150, 200, 250, 300, 400, 500, 750])
    return (
        f"How many euros will I get for £{amount} at this rate?",
        [money(rate * amount)],
        sign(rng, ["WE SELL EUROS", f"£1 = €{float(rate):.2f}"]),
    )


@family
def per_kilo(rng: random.Random) -> Made:
    good = rng.choice(["TOMATOES", "CHERRIES", "GRAPES", "PEACHES", "PLUMS", "POTATOES"])
    price = rng.randint(150, 990)
    grams = rng.choice([500, 750, 1200, 1500, 2000, 2500, 350])
    value = Fraction(price * grams, 100 * 1000)
    if tie(value):
        return None
    return (
        f"market stall sign. what would {grams} g of {good.lower()} cost? to the cent",
        [money(value)],
        sign(rng, [good, f"€{price / 100:.2f} / KG"]),
    )


@family
def per_lb_to_kg(rng: random.Random) -> Made:
    price = rng.randint(49, 399)
    value = Fraction(price, 100) / Fraction(45359237, 10**8)
    if tie(value):
        return None
    good = rng.choice(["BANANAS", "APPLES", "CARROTS", "ONIONS", "PEARS"])
    return (
        "I'm used to prices per kilo. What's this per kg? Round to the cent.",
        [money(value)],
        sign(rng, [good, f"${price / 100:.2f} / LB"]),
    )


@family
def three_for_two(rng: random.Random) -> Made:
    price = rng.choice([799, 999, 1299, 1499, 899])
    books = rng.choice([3, 6, 9])
    paid = books // 3 * 2
    return (
        f"If I take {books} books at this price how much do I pay with the offer?",
        [money(price * paid, True)],
        sign(rng, ["BUY 2 GET 1 FREE", f"ALL PAPERBACKS ${price / 100:.2f}"]),
    )


@family
def bus_arrival(rng: random.Random) -> Made:
    hour, minute = rng.randint(6, 11), rng.randint(40, 58)
    wait = rng.randint(4, 19)
    route = rng.randint(3, 88)
    h, m = divmod(hour * 60 + minute + wait, 60)
    return (
        f"its {hour}:{minute:02d} am now, what time will the bus get here?",
        [list(dict.fromkeys([f"{h}:{m:02d}", f"{h:02d}:{m:02d}"]))],
        sign(rng, ["NEXT BUS", f"ROUTE {route}", f"{wait} MIN"]),
    )


@family
def bottle_deposit(rng: random.Random) -> Made:
    each = rng.choice([5, 10, 15, 25])
    bottles = rng.randint(13, 87)
    return (
        f"I'm bringing back {bottles} bottles. How much deposit do I get back?",
        [money(each * bottles, True)],
        sign(rng, ["BOTTLE RETURN", f"${each / 100:.2f} EACH"]),
    )


@family
def double_discount(rng: random.Random) -> Made:
    first, extra = rng.choice([30, 40, 50]), rng.choice([10, 15, 20, 25])
    tag = rng.randint(25, 120)
    value = Fraction(tag * (100 - first) * (100 - extra), 10000)
    if tie(value):
        return None
    return (
        f"A dress was originally ${tag}, already marked {first}% off. With the extra discount "
        "on this sign taken off the sale price, what do I pay? Round to the cent.",
        [money(value)],
        sign(rng, [f"EXTRA {extra}% OFF", "SALE PRICES"]),
    )


@family
def bike_rental(rng: random.Random) -> Made:
    first, extra = rng.choice([4, 5, 6]), rng.choice([200, 250, 300, 350])
    hours = rng.randint(2, 6)
    value = first * 100 + extra * (hours - 1)
    return (
        f"we'd have the bikes for {hours} hours, how much per bike?",
        [money(value, True)],
        sign(rng, ["BIKE RENTAL", f"${first} FIRST HOUR", f"${extra / 100:.2f} EACH EXTRA HOUR"]),
    )


@family
def school_zone(rng: random.Random) -> Made:
    start, end = rng.choice([(7, 4), (7, 5), (8, 4), (8, 5), (7, 6)])
    hours = 12 + end - start
    return (
        "For how many hours each day does this speed limit apply?",
        [[f"{hours} hours", f"{hours}hours", f"{hours} hrs", f"{EN[hours]} hours"]],
        sign(rng, ["SCHOOL ZONE", "20 MPH", f"{start}AM - {end}PM"]),
    )


@family
def town_growth(rng: random.Random) -> Made:
    pop = rng.randint(1200, 9800)
    pct = rng.choice([2, 3, 4, 5, 8, 10])
    value = Fraction(pop * (100 + pct), 100)
    if tie(value, 0):
        return None
    return (
        f"If this town's population grows by {pct}% what would it be? nearest whole person",
        [number(value)],
        sign(rng, ["WELCOME TO", rng.choice(TOWNS), f"POP. {pop:,}"]),
    )


@family
def lift_capacity(rng: random.Random) -> Made:
    persons = rng.choice([4, 6, 8, 10, 13])
    kg = rng.choice([320, 450, 630, 800, 1000])
    value = Fraction(kg, persons)
    if tie(value, 1):
        return None
    return (
        "Going by this lift sign, what's the average weight allowed per person in kg? "
        "1 decimal place",
        [number(value, 1)],
        sign(rng, ["LIFT", f"{persons} PERSONS", f"{kg} KG"]),
    )


@family
def menu_order(rng: random.Random) -> Made:
    fries, burger, shake = rng.randint(200, 350), rng.randint(550, 899), rng.randint(300, 499)
    b, f, s = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3)
    words = [f"BURGER {burger / 100:.2f}", f"FRIES {fries / 100:.2f}", f"SHAKE {shake / 100:.2f}"]
    return (
        f"ordering for the team: {EN[b]} burger{'s' * (b > 1)}, {EN[f]} fries and {EN[s]} "
        f"shake{'s' * (s > 1)}. What does that come to?",
        [money(b * burger + f * fries + s * shake, True)],
        sign(rng, words),
    )


@family
def depth_feet(rng: random.Random) -> Made:
    depth = Fraction(rng.randint(9, 45), 10)
    value = depth / Fraction(3048, 10000)
    if tie(value, 1):
        return None
    return (
        "How deep is the pool here in feet? one decimal",
        [number(value, 1)],
        sign(rng, ["DEEP END", f"{float(depth):.1f} M", "NO DIVING"]),
    )


@family
def market_month(rng: random.Random) -> Made:
    start, end = rng.choice([(7, 1), (8, 1), (8, 2), (9, 3), (7, 12)])
    weeks = rng.choice([4, 5])
    daily = (12 + end - start) if end < start else end - start
    value = daily * weeks
    return (
        f"This month has {EN[weeks]} Saturdays. How many hours will the market be open "
        "in total this month?",
        [[f"{value} hours", f"{value}hours", f"{value} hrs"]],
        sign(
            rng,
            [
                "FARMERS MARKET",
                "EVERY SATURDAY",
                f"{start}AM - {end}{'PM' if end < start or end == 12 else 'AM'}",
            ],
        ),
    )


@family
def gallon_fill(rng: random.Random) -> Made:
    price = rng.randint(289, 519) + Fraction(9, 10)
    tank = rng.choice([10, 12, 13, 14, 15, 16, 18, 20])
    value = Fraction(price, 100) * tank
    if tie(value):
        return None
    return (
        f"how much to put {tank} gallons in at this price? round to the nearest cent",
        [money(value)],
        sign(rng, ["REGULAR", f"${int(price) / 100:.2f} 9/10"]),
    )


@family
def admission(rng: random.Random) -> Made:
    adult, child = rng.randint(9, 25), rng.randint(4, 12)
    kids = sorted(rng.sample(range(1, 15), 3))
    free = rng.choice([2, 3])
    paying = sum(k > free for k in kids)
    value = 2 * adult + paying * child
    ages = ", ".join(map(str, kids))
    return (
        f"Two adults and three kids aged {ages}. How much for all of us to get in?",
        [money(value)],
        sign(rng, [f"ADULTS ${adult}", f"CHILDREN ${child}", f"UNDER {free + 1} FREE"]),
    )


@family
def laundry(rng: random.Random) -> Made:
    wash = rng.choice([250, 300, 350, 400])
    dry_min = rng.choice([10, 15, 20])
    dry = rng.choice([25, 50, 75, 100])
    loads, minutes = rng.randint(1, 3), rng.choice([30, 40, 45, 60])
    if minutes % dry_min:
        return None
    value = loads * wash + loads * (minutes // dry_min) * dry
    return (
        f"{EN[loads].title()} load{'s' * (loads > 1)} of washing, and each load needs "
        f"{minutes} minutes in the dryer. What's the total cost?",
        [money(value, True)],
        sign(
            rng,
            ["LAUNDROMAT", f"WASH ${wash / 100:.2f}", f"DRY ${dry / 100:.2f} PER {dry_min} MIN"],
        ),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        floor_directory,
        happy_hour,
        exchange_board,
        per_kilo,
        per_lb_to_kg,
        three_for_two,
        bus_arrival,
        bottle_deposit,
        double_discount,
        bike_rental,
        school_zone,
        town_growth,
        lift_capacity,
        menu_order,
        depth_feet,
        market_month,
        gallon_fill,
        admission,
        laundry,
    )
]
