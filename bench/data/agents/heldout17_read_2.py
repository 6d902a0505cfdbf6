"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 2: questions on
photographed signs (prices, limits, hours, distances, and sums worked from them)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, sign, tie
from bench.data.agents.helpers import Family

TOWNS = ["BRIGHTON", "MILLBROOK", "ASHFORD", "KENDAL", "DURHAM", "PRESTON", "HAMDEN", "SALEM"]
UNITS = ["$", "€", "£"]
EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def cash(cur: str, cents: int) -> str:
    return f"{cur}{cents / 100:.2f}"


@family
def jacket_sale(rng: random.Random) -> Made:
    pct = rng.choice([15, 20, 25, 30, 40, 50])
    cur = rng.choice(UNITS)
    tag = rng.randint(30, 180) + rng.choice([0, Fraction(99, 100), Fraction(1, 2)])
    value = Fraction(tag) * (100 - pct) / 100
    if tie(value):
        return None
    words = ["SALE", f"{pct}% OFF", rng.choice(["ALL JACKETS", "ALL COATS", "WINTER JACKETS"])]
    return (
        f"saw this in the shop window. the jacket I like is tagged {cur}{float(tag):.2f}, what "
        "would I pay for it? round to the cent",
        [money(value)],
        sign(rng, words),
    )


@family
def parking_meter(rng: random.Random) -> Made:
    cur = rng.choice(UNITS)
    rate = rng.choice([120, 150, 175, 200, 225, 250, 320])
    hours = rng.choice([Fraction(3, 2), Fraction(5, 2), 3, 4, Fraction(7, 2), 5])
    if (rate * Fraction(hours)).denominator != 1:
        return None
    words = ["PAY AND DISPLAY", f"{cash(cur, rate)} PER HOUR"]
    shown = {
        Fraction(3, 2): "an hour and a half",
        Fraction(5, 2): "two and a half hours",
        Fraction(7, 2): "3.5 hours",
    }.get(Fraction(hours), f"{hours} hours")
    return (
        f"Parking here for {shown}, how much will it cost me?",
        [money(rate * Fraction(hours), True)],
        sign(rng, words),
    )


@family
def mph_to_kmh(rng: random.Random) -> Made:
    limit = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    value = Fraction(limit) * Fraction(1609344, 1000000)
    if tie(value, 0):
        return None
    return (
        "I'm driving a rental car in the US and the speedo is in km/h. What's this limit in "
        "km/h, to the nearest whole number?",
        [number(value)],
        sign(rng, ["SPEED LIMIT", str(limit), "MPH"]),
    )


@family
def speed_over(rng: random.Random) -> Made:
    limit = rng.choice([30, 40, 50, 60, 70, 80, 90, 100])
    mine = limit + rng.randint(3, 25)
    over = mine - limit
    return (
        f"the dashcam says I was going {mine} km/h past this sign. how many km/h over the "
        "limit was that",
        [list(dict.fromkeys([str(over), EN[over] if over <= 10 else str(over)]))],
        sign(rng, ["MAXIMUM", f"{limit} KM/H"]),
    )


@family
def bridge_metres_feet(rng: random.Random) -> Made:
    height = Fraction(rng.randint(26, 45), 10)
    value = height / Fraction(3048, 10000)
    if tie(value, 1):
        return None
    return (
        "My van's height is written in feet. How many feet is the clearance on this sign? "
        "One decimal.",
        [number(value, 1)],
        sign(rng, ["LOW BRIDGE", f"{float(height):.1f} M"]),
    )


@family
def clearance_to_metres(rng: random.Random) -> Made:
    feet, inches = rng.randint(9, 14), rng.randint(1, 11)
    value = Fraction(feet * 12 + inches) * Fraction(254, 10000)
    if tie(value):
        return None
    return (
        "What is the clearance on this sign in metres? Round to 2 decimal places please.",
        [number(value, 2)],
        sign(rng, ["CLEARANCE", f"{feet} FT {inches} IN"]),
    )


@family
def weekly_hours(rng: random.Random) -> Made:
    start = rng.choice([7, 8, 9, 10])
    half = rng.choice([0, 30])
    end = rng.choice([4, 5, 6, 7])
    days, label = rng.choice([(5, "MON - FRI"), (6, "MON - SAT"), (7, "EVERY DAY")])
    daily = Fraction(12 + end - start) - Fraction(half, 60)
    shown = f"{start}:{half:02d} AM" if half else f"{start} AM"
    value = daily * days
    return (
        "How many hours a week is this place open in total?",
        [number(value, 1 if value.denominator > 1 else 0)],
        sign(rng, ["OPEN", label, f"{shown} - {end} PM"]),
    )


@family
def fuel_litres(rng: random.Random) -> Made:
    cur = rng.choice(["€", "£"])
    price = Fraction(rng.randint(1399, 1899), 1000)
    litres = rng.choice([30, 35, 40, 45, 50, 55, 60])
    value = price * litres
    if tie(value):
        return None
    kind = rng.choice(["UNLEADED", "DIESEL", "SUPER 95"])
    return (
        f"How much would {litres} litres cost at this price (per litre)? nearest cent",
        [money(value)],
        sign(rng, [kind, f"{cur}{float(price):.3f}"]),
    )


@family
def pizza_slices(rng: random.Random) -> Made:
    cur = rng.choice(UNITS)
    price = rng.choice([225, 250, 275, 299, 325, 350, 375])
    n = rng.randint(3, 9)
    return (
        f"we need {EN[n]} slices for the kids, how much is that?",
        [money(price * n, True)],
        sign(rng, ["PIZZA", f"{cash(cur, price)} A SLICE"]),
    )


@family
def multi_buy(rng: random.Random) -> Made:
    n = rng.choice([2, 3, 4, 5])
    price = rng.choice([2, 3, 5])
    packs = rng.randint(2, 6)
    good = rng.choice(["COOKIES", "DONUTS", "CUPCAKES", "MUFFINS"])
    return (
        f"Bake sale sign. If I want {n * packs} {good.lower()} how much do I pay?",
        [money(price * packs)],
        sign(rng, ["BAKE SALE", good, f"{n} FOR ${price}"]),
    )


@family
def occupancy(rng: random.Random) -> Made:
    cap = rng.choice([60, 75, 90, 120, 150, 200, 250])
    inside = rng.randint(cap // 3, cap - 5)
    left = cap - inside
    return (
        f"Door count so far is {inside} people. How many more can we let in before we hit the "
        "limit on this sign?",
        [[str(left)]],
        sign(rng, ["MAXIMUM OCCUPANCY", f"{cap} PERSONS"]),
    )


@family
def km_to_miles(rng: random.Random) -> Made:
    town, km = rng.choice(TOWNS), rng.randint(8, 140)
    value = Fraction(km) / Fraction(1609344, 1000000)
    if tie(value, 1):
        return None
    return (
        f"How far is it to {town.title()} in miles, going by this road sign? (1 decimal)",
        [number(value, 1)],
        sign(rng, [f"{town} {km} KM"]),
    )


@family
def elevation_metres(rng: random.Random) -> Made:
    feet = rng.randint(30, 140) * 100 + rng.choice([0, 50])
    value = Fraction(feet) * Fraction(3048, 10000)
    if tie(value, 0):
        return None
    return (
        "we're hiking and this sign is in feet, how high are we in metres? nearest metre",
        [number(value)],
        sign(rng, ["SUMMIT", f"ELEVATION {feet:,} FT"]),
    )


@family
def room_number(rng: random.Random) -> Made:
    room = rng.randint(101, 499)
    use = rng.choice(["CHEMISTRY LAB", "ART STUDIO", "STAFF ROOM", "MUSIC ROOM", "COMPUTER LAB"])
    return (
        "my kid took this photo on the school tour, what's the room number?",
        [[str(room)]],
        sign(rng, [f"ROOM {room}", use]),
    )


@family
def wifi_password(rng: random.Random) -> Made:
    word = rng.choice(["MAPLETREE", "SUNBEAM", "BLUEWAVE", "GREENFERN", "HAPPYDUCK", "STARFISH"])
    code = f"{word}{rng.randint(23, 98)}"
    return (
        "Can you type out the wifi password from this sign so I can copy it?",
        [[code.lower()]],
        sign(rng, ["FREE WIFI", f"PASSWORD: {code}"]),
    )


@family
def back_at(rng: random.Random) -> Made:
    hour, minute = rng.choice([12, 1, 2, 3]), rng.choice([15, 30, 45])
    wait = rng.randint(10, 70)
    now = (hour if hour == 12 else hour + 12) * 60 + minute - wait
    nh, nm = divmod(now, 60)
    shown = f"{nh if nh <= 12 else nh - 12}:{nm:02d}"
    return (
        f"It's {shown} right now. How many minutes until they're back, according to the sign?",
        [[f"{wait} minutes", f"{wait} min", f"{wait}min"]],
        sign(rng, ["CLOSED FOR LUNCH", f"BACK AT {hour}:{minute:02d}"]),
    )


@family
def celsius_sign(rng: random.Random) -> Made:
    deg = rng.randint(-8, 38)
    value = Fraction(deg * 9, 5) + 32
    if tie(value, 0):
        return None
    return (
        "whats the temperature on this pharmacy sign in fahrenheit? round to a whole degree",
        [number(value)],
        sign(rng, ["PHARMACY", f"{deg}°C"]),
    )


@family
def load_pounds(rng: random.Random) -> Made:
    kg = rng.choice([150, 200, 250, 300, 350, 400, 450, 500, 630, 750, 1000])
    value = Fraction(kg) / Fraction(45359237, 10**8)
    if tie(value, 0):
        return None
    return (
        "What is this max load in pounds? nearest pound is fine",
        [number(value)],
        sign(rng, ["WARNING", f"MAX LOAD {kg} KG"]),
    )


@family
def ride_height(rng: random.Random) -> Made:
    cm = rng.choice([90, 100, 107, 110, 117, 120, 122, 130, 132, 137, 140])
    value = Fraction(cm) / Fraction(254, 100)
    if tie(value, 1):
        return None
    return (
        "How tall does my kid need to be for this ride, in inches? one decimal place",
        [number(value, 1)],
        sign(rng, ["YOU MUST BE", f"{cm} CM", "TO RIDE"]),
    )


@family
def toll_week(rng: random.Random) -> Made:
    toll = rng.choice([125, 150, 275, 300, 350, 375, 425, 550])
    days = rng.choice([3, 4, 5])
    return (
        f"I cross this bridge to work and back {EN[days]} days a week, paying each way. What's "
        "my weekly toll cost?",
        [money(toll * 2 * days, True)],
        sign(rng, ["BRIDGE TOLL", f"CARS ${toll / 100:.2f}"]),
    )


@family
def car_wash(rng: random.Random) -> Made:
    basic, deluxe, wax = rng.randint(6, 10), rng.randint(12, 18), rng.randint(4, 8)
    cars = rng.randint(2, 3)
    words = [f"BASIC WASH ${basic}", f"DELUXE WASH ${deluxe}", f"ADD WAX ${wax}"]
    return (
        f"I want the deluxe wash with wax for {EN[cars]} cars. Total?",
        [money((deluxe + wax) * cars)],
        sign(rng, words),
    )


@family
def read_sign(rng: random.Random) -> Made:
    words = rng.choice(
        [
            ["NO PARKING", "LOADING ZONE"],
            ["WET FLOOR"],
            ["STAFF ONLY"],
            ["EMERGENCY EXIT"],
            ["KEEP OFF THE GRASS"],
            ["PRIVATE PROPERTY"],
            ["PLEASE RING BELL"],
            ["BEWARE OF DOG"],
            ["CASH ONLY"],
            ["NO DOGS ALLOWED"],
            ["ROAD CLOSED", "USE DETOUR"],
        ]
    )
    text = rng.choice(
        [
            "what does this sign say?",
            "Can you read this sign for me? My eyes arent great",
            "What's written on this?",
        ]
    )
    return text, [[w.lower()] for w in words], sign(rng, words)


@family
def platform(rng: random.Random) -> Made:
    city, number_ = rng.choice(TOWNS).title(), rng.randint(2, 14)
    return (
        f"which platform do I need for the train to {city}?",
        [[f"platform {number_}"]],
        sign(rng, [f"TRAINS TO {city.upper()}", f"PLATFORM {number_}"]),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        jacket_sale,
        parking_meter,
        mph_to_kmh,
        speed_over,
        bridge_metres_feet,
        clearance_to_metres,
        weekly_hours,
        fuel_litres,
        pizza_slices,
        multi_buy,
        occupancy,
        km_to_miles,
        elevation_metres,
        room_number,
        wifi_password,
        back_at,
        celsius_sign,
        load_pounds,
        ride_height,
        toll_week,
        car_wash,
        read_sign,
        platform,
    )
]
