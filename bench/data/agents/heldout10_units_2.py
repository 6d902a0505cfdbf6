"""Round 10 (``Z_u_*``, dev now) for ``muse bench agents``: everyday quantities (travel time,
speed and fuel, energy at home, recipes scaled, how long a supply lasts, paint and tiles)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    MILE,
    US_GAL,
    F,
    clock,
    families,
    near_tie,
    num,
    show,
    spoken,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, item

KMH = ("km/h", "kph", "kilometres per hour", "kilometers per hour")
HOURS = ("hours", "hrs", "h")
LITRES = ("L", "l", "litres", "liters")


def money(x: Fraction, symbol: str) -> list[str]:
    values = num(x)
    if "." not in values[0]:
        values += [f"{values[0]}.00"]
    return list(dict.fromkeys([f"{symbol}{v}" for v in values] + values))


def duration(hours: int, minutes: int) -> str:
    return f"{hours} h {minutes} min" if minutes else f"{hours} hours"


def z_train_hours(rng: random.Random) -> Item | None:  # journey time from distance and speed
    km, speed = rng.randint(120, 900), rng.choice([80, 95, 110, 128, 140, 160, 200, 250])
    hours = F(km, speed)
    if near_tie(hours, 2):
        return None
    return item("Z_u_train_hours", "calc", f"the train covers {km} km at an average of {speed} "
                "km/h. how many hours is the journey?", [with_unit(num(hours), *HOURS)])


def z_arrival(rng: random.Random) -> Item | None:  # arrival time of a drive at a steady speed
    speed, minutes = rng.choice([60, 72, 80, 90, 100, 120]), rng.randint(40, 330)
    km = F(speed * minutes, 60)
    start = rng.randint(6 * 60, 14 * 60) // 5 * 5
    end = start + minutes
    if km.denominator != 1 or end % 720 == 0:
        return None
    return item("Z_u_arrival", "calc", f"We're setting off at {spoken(*divmod(start, 60))}, it's "
                f"{km} km and we'll average about {speed} km/h. What time do we arrive?",
                [clock(*divmod(end, 60))])


def z_ride_speed(rng: random.Random) -> Item | None:  # average speed of a bike ride
    km, hours, minutes = F(rng.randint(150, 1200), 10), rng.randint(0, 4), rng.randint(5, 55)
    speed = km / (hours + F(minutes, 60))
    if near_tie(speed, 2) or not 8 <= speed <= 45:
        return None
    took = f"{hours}h{minutes:02d}" if hours else f"{minutes} minutes"
    return item("Z_u_ride_speed", "calc", f"rode {show(km)} km in {took}. what was my average "
                "speed?", [with_unit(num(speed), *KMH)])


def z_fuel_litres(rng: random.Random) -> Item | None:  # fuel for a trip at l/100 km
    km, rate = rng.randint(80, 1600), F(rng.randint(40, 120), 10)
    litres = km * rate / 100
    if near_tie(litres, 2):
        return None
    return item("Z_u_fuel_litres", "calc", f"Road trip is {km} km and the car uses "
                f"{show(rate)} L/100km. How much fuel will we burn?",
                [with_unit(num(litres), *LITRES)])


def z_fuel_cost(rng: random.Random) -> Item | None:  # cost of a trip in miles at mpg and $/gal
    miles, mpg, price = rng.randint(60, 900), rng.randint(18, 52), F(rng.randint(279, 529), 100)
    cost = F(miles, mpg) * price
    if near_tie(cost, 2):
        return None
    return item("Z_u_fuel_cost", "calc", f"driving {miles} miles, my car gets {mpg} mpg and gas "
                f"is ${float(price):.2f} a gallon. how much will gas cost?", [money(cost, "$")])


def z_recipe_grams(rng: random.Random) -> Item | None:  # an ingredient scaled to more servings
    serves, want = rng.choice([2, 4, 6, 8]), rng.randint(3, 14)
    grams = rng.randint(serves * 2, serves * 8) * 25
    food = rng.choice(["pasta", "rice", "flour", "mince"])
    need = F(grams * want, serves)
    if want == serves or near_tie(need, 2):
        return None
    return item("Z_u_recipe_grams", "calc", f"recipe serves {serves} and uses {grams}g {food}. "
                f"how much {food} for {want} people?", [with_unit(num(need), "g", "grams")])


def z_cookie_cups(rng: random.Random) -> Item | None:  # cups of sugar scaled to more cookies
    cups = rng.choice([F(1, 4), F(1, 3), F(1, 2), F(2, 3), F(3, 4)])
    makes = rng.choice([12, 16, 18, 24])
    want = rng.choice([20, 30, 36, 40, 48, 60])
    need = cups * want / makes
    if near_tie(need, 2):
        return None
    whole, part = divmod(need.numerator, need.denominator)
    forms = [*num(need), str(need)]
    if whole and part:
        rest = F(part, need.denominator)
        forms += [f"{whole} {rest}", f"{whole} and {rest}"]
    return item("Z_u_cookie_cups", "calc", f"The cookie recipe makes {makes} with {cups} cup of "
                f"sugar. I need {want} cookies for the bake sale, how much sugar?",
                [with_unit(list(dict.fromkeys(forms)), "cups", "cup")])


def z_dog_food(rng: random.Random) -> Item | None:  # whole days a bag of dog food lasts
    kg, grams = rng.choice([2, 3, 5, 7, 10, 12, 15, 20]), rng.randint(8, 60) * 10
    days = kg * 1000 // grams
    if kg * 1000 % grams == 0 or days < 4:
        return None
    return item("Z_u_dog_food", "calc", f"{kg}kg bag of kibble and the dog gets {grams}g a day. "
                "how many full days will the bag last?", [with_unit([str(days)], "days",
                                                                    "full days")])


def z_coffee_days(rng: random.Random) -> Item | None:  # days a bag of coffee lasts
    grams, dose, cups = rng.choice([250, 500, 1000]), rng.randint(7, 20), rng.randint(1, 5)
    days = F(grams, dose * cups)
    if days.denominator == 1 or near_tie(days, 2) or days < 3:
        return None
    whole = math.floor(days)
    return item("Z_u_coffee_days", "calc", f"{grams} g bag of beans, I use {dose} g per cup and "
                f"drink {cups} cup{'s' * (cups > 1)} a day. how long will the bag last?",
                [[*with_unit(num(days), "days"), f"{whole} full days", f"{whole} days"]])


def z_paint(rng: random.Random) -> Item | None:  # litres of paint for a wall and some coats
    wide, high = F(rng.randint(20, 80), 10), F(rng.randint(22, 32), 10)
    coats, cover = rng.choice([1, 2, 3]), rng.choice([8, 10, 12, 13, 14, 16])
    litres = wide * high * coats / cover
    if near_tie(litres, 2):
        return None
    return item("Z_u_paint", "calc", f"Wall is {show(wide)} m wide and {show(high)} m high. The "
                f"tin says 1 litre covers {cover} m² and I want {coats} coat{'s' * (coats > 1)}. "
                "How many litres of paint?", [with_unit(num(litres), *LITRES)])


def z_tiles(rng: random.Random) -> Item | None:  # square tiles for a floor, no cutting
    size = rng.choice([20, 25, 30, 40, 50, 60])
    along, across = rng.randint(5, 16), rng.randint(4, 12)
    length, width = F(along * size, 100), F(across * size, 100)
    return item("Z_u_tiles", "calc", f"how many {size}x{size} cm tiles to cover a "
                f"{show(length)} m by {show(width)} m floor?",
                [with_unit([str(along * across)], "tiles")])


def z_price_per_kg(rng: random.Random) -> Item | None:  # a shelf price per kilogram
    grams, price = rng.choice([150, 200, 250, 300, 400, 454, 500, 750]), \
        F(rng.randint(79, 899), 100)
    per_kg = price * 1000 / grams
    if near_tie(per_kg, 2):
        return None
    return item("Z_u_price_per_kg", "calc", f"£{float(price):.2f} for a {grams}g pack - what's "
                "that per kilo?", [money(per_kg, "£")])


def z_consumption(rng: random.Random) -> Item | None:  # l/100 km from a full-tank fill-up
    km, litres = rng.randint(250, 900), F(rng.randint(150, 700), 10)
    rate = litres * 100 / km
    if near_tie(rate, 2) or not 3 <= rate <= 15:
        return None
    return item("Z_u_consumption", "calc", f"Filled up with {show(litres)} litres after driving "
                f"{km} km. What's my consumption in L/100km?",
                [with_unit(num(rate), "L/100km", "L/100 km", "l/100km", "l/100 km")])


def z_walk_minutes(rng: random.Random) -> Item | None:  # minutes to walk a distance
    km, speed = F(rng.randint(8, 90), 10), rng.choice([F(4), F("4.5"), F(5), F("5.5"), F(6)])
    minutes = km / speed * 60
    if near_tie(minutes, 2):
        return None
    return item("Z_u_walk_minutes", "calc", f"It's {show(km)} km to the station and I walk at "
                f"{show(speed)} km/h. How many minutes will it take?",
                [with_unit(num(minutes), "minutes", "min", "mins")])


def z_ev_charge(rng: random.Random) -> Item | None:  # hours to charge an EV between two levels
    battery, power = rng.choice([40, 50, 58, 64, 75, 82, 100]), rng.choice([F("3.7"), F("7.4"),
                                                                           F(11), F(22)])
    low, high = rng.choice([10, 15, 20, 25, 30]), rng.choice([70, 80, 90, 100])
    hours = battery * F(high - low, 100) / power
    if near_tie(hours, 2):
        return None
    return item("Z_u_ev_charge", "calc", f"my EV has a {battery} kWh battery. how long on a "
                f"{show(power)} kW charger to go from {low}% to {high}%? ignore losses",
                [with_unit(num(hours), *HOURS)])


def z_pace_mile(rng: random.Random) -> Item | None:  # running pace per km to pace per mile
    per_km = rng.randint(3 * 60 + 20, 7 * 60 + 30)
    seconds = per_km * MILE / 1000
    if near_tie(seconds, 0):
        return None
    m, s = divmod(int(seconds + F(1, 2)), 60)
    return item("Z_u_pace_mile", "calc", f"my pace is {per_km // 60}:{per_km % 60:02d} per km, "
                "what's that per mile?",
                [[f"{m}:{s:02d}", f"{m} min {s} s", f"{m} min {s} sec", f"{m}m {s}s",
                  f"{m} minutes {s} seconds", f"{m} minutes and {s} seconds"]])


def z_kettle_kwh(rng: random.Random) -> Item | None:  # energy used by an appliance run briefly
    watts, minutes = rng.choice([800, 1200, 1500, 2000, 2200, 2400, 3000]), rng.randint(3, 50)
    kwh = F(watts * minutes, 60 * 1000)
    if near_tie(kwh, 2) or kwh < F(1, 10):
        return None
    return item("Z_u_kettle_kwh", "calc", f"A {watts} W appliance running for {minutes} minutes "
                "uses how many kWh?", [with_unit(num(kwh), "kWh")])


def z_heater_cost(rng: random.Random) -> Item | None:  # a week of running a heater
    kw, hours, price = F(rng.choice([5, 10, 15, 20, 25, 30]), 10), rng.randint(2, 9), \
        rng.randint(12, 40)
    cost = kw * hours * 7 * price / 100
    if near_tie(cost, 2):
        return None
    return item("Z_u_heater_cost", "calc", f"the heater is {show(kw)} kW and runs {hours} hours "
                f"a day. electricity is {price}p per kWh - what does it cost me per week in "
                "pounds?", [money(cost, "£")])


def z_mpg_l100(rng: random.Random) -> Item | None:  # US mpg to litres per 100 km
    mpg = rng.randint(15, 60)
    value = 100 * US_GAL / (mpg * MILE / 1000)
    if near_tie(value, 2):
        return None
    return item("Z_u_mpg_l100", "calc", f"{mpg} mpg (US) in L/100km?",
                [with_unit(num(value), "L/100km", "L/100 km", "l/100km", "l/100 km")])


def z_tank_range(rng: random.Random) -> Item | None:  # range on a full tank
    tank, rate = rng.choice([35, 40, 45, 50, 55, 60, 70, 80]), F(rng.randint(40, 110), 10)
    km = tank * 100 / rate
    if near_tie(km, 2):
        return None
    return item("Z_u_tank_range", "calc", f"{tank} litre tank, car does {show(rate)} l/100km. "
                "how far can I go on a full tank?",
                [with_unit(num(km), "km", "kilometres", "kilometers")])


def z_sprint_kmh(rng: random.Random) -> Item | None:  # average speed of a 100 m dash
    seconds = F(rng.randint(98, 200), 10)
    kmh = 100 / seconds * F(18, 5)
    if near_tie(kmh, 2):
        return None
    return item("Z_u_sprint_kmh", "calc", f"my son ran the 100m in {show(seconds)} seconds. "
                "what's that in km/h?", [with_unit(num(kmh), *KMH)])


def z_call_time(rng: random.Random) -> Item | None:  # minutes as hours and minutes
    total = rng.randint(75, 900)
    hours, minutes = divmod(total, 60)
    if not minutes:
        return None
    both = [f"{hours}:{minutes:02d}", f"{hours}h{minutes:02d}", f"{hours}h {minutes}m"]
    return item("Z_u_call_time", "calc", f"phone says I was on calls for {total} minutes this "
                "month. how many hours and minutes is that?",
                [[*with_unit([str(hours)], "hours", "hour", "hrs", "hr", "h", bare=False), *both],
                 [*with_unit([str(minutes)], "minutes", "minute", "mins", "min", bare=False),
                  *both]])


def z_book_days(rng: random.Random) -> Item | None:  # days to finish a book
    pages, per_day = rng.randint(150, 900), rng.choice([10, 15, 20, 25, 30, 40, 50])
    exact = F(pages, per_day)
    if exact.denominator == 1 or near_tie(exact, 2):
        return None
    days = math.ceil(exact)
    return item("Z_u_book_days", "calc", f"Book is {pages} pages. If I read {per_day} pages a "
                "day, how many days to finish it?",
                [[*with_unit([str(days)], "days"), *with_unit(num(exact), "days", bare=False)]])


def z_flight_speed(rng: random.Random) -> Item | None:  # average speed of a flight
    km, hours, minutes = rng.randint(600, 11000), rng.randint(1, 13), rng.choice(range(5, 60, 5))
    speed = km / (hours + F(minutes, 60))
    if near_tie(speed, 2) or not 350 <= speed <= 950:
        return None
    return item("Z_u_flight_speed", "calc", f"Flight is {km:,} km and takes "
                f"{duration(hours, minutes)}. Average speed?", [with_unit(num(speed), *KMH)])


def z_drive_miles(rng: random.Random) -> Item | None:  # distance at a speed for a while
    mph, hours = rng.choice(range(25, 80, 5)), rng.randint(0, 5)
    minutes = rng.choice([10, 15, 20, 40, 45, 50])
    miles = mph * (hours + F(minutes, 60))
    if near_tie(miles, 2):
        return None
    took = f"{hours} hours {minutes} minutes" if hours else f"{minutes} minutes"
    return item("Z_u_drive_miles", "calc", f"if I hold {mph} mph for {took}, how far do I get? "
                "(miles)", [with_unit(num(miles), "miles", "mi")])


FAMILIES: list[tuple[Family, int]] = families(
    z_train_hours, z_arrival, z_ride_speed, z_fuel_litres, z_fuel_cost, z_recipe_grams,
    z_cookie_cups, z_dog_food, z_coffee_days, z_paint, z_tiles, z_price_per_kg, z_consumption,
    z_walk_minutes, z_ev_charge, z_pace_mile, z_kettle_kwh, z_heater_cost, z_mpg_l100,
    z_tank_range, z_sprint_kmh, z_call_time, z_book_days, z_flight_speed, z_drive_miles)
