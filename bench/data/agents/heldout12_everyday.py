"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: everyday quantity problems on
the road — travel time, arrival, average speed, fuel and charging."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_health import plain
from bench.data.agents.heldout12_quantities import (
    US_GAL,
    calc,
    clock,
    duration,
    families,
    money,
    show,
    tie,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
KM = ("km", "kilometres", "kilometers")
L = ("litres", "liters", "L", "l")


def cash(family: str, text: str, *values: Fraction) -> Item | None:
    """One money part per value (two decimals), None on a half-cent tie."""
    if any(tie(value) for value in values):
        return None
    return calc(family, text, *[money(value) for value in values])


def p_trip_time(rng: random.Random) -> Item | None:  # driving time from distance and speed
    km, speed = rng.randrange(60, 900, 5), rng.choice([60, 70, 75, 80, 90, 100, 110, 120])
    minutes = F(km * 60, speed)
    if minutes.denominator != 1 or minutes % 60 == 0:
        return None
    return calc("P_u_trip_time", f"It's {km} km to the coast and we usually average {speed} "
                "km/h. How long will the drive take?", duration(int(minutes)))


def p_arrival(rng: random.Random) -> Item | None:  # arrival time from a departure time
    leave, miles = rng.randrange(6 * 60, 11 * 60, 5), rng.randrange(40, 400, 5)
    mph = rng.choice([40, 45, 50, 55, 60, 65])
    minutes = F(miles * 60, mph)
    if minutes.denominator != 1:
        return None
    return calc("P_u_arrival", f"leaving at {leave // 60}:{leave % 60:02d} in the morning, "
                f"{miles} miles to go, averaging {mph} mph. what time do we get there?",
                clock(leave + int(minutes)))


def p_avg_speed(rng: random.Random) -> Item | None:  # average speed over a timed trip
    h, m = rng.randint(0, 6), rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    hours = h + F(m, 60)
    km = max(5, round(hours * rng.randint(45, 115)))
    when = f"{h} h {m} min" if h else f"{m} minutes"
    return plain("P_u_avg_speed", f"Did {km} km in {when}. What was my average speed?",
                 km / hours, units=("km/h", "kph", "kilometres per hour",
                                    "kilometers per hour"))


def p_fuel_litres(rng: random.Random) -> Item | None:  # litres of fuel for a trip
    km, use = rng.randint(80, 1500), F(rng.randint(40, 120), 10)
    return plain("P_u_fuel_litres", f"My car uses {show(use)} L/100km. How much fuel for a "
                 f"{km} km trip?", km * use / 100, units=L)


def p_fuel_cost(rng: random.Random) -> Item | None:  # fuel cost of a trip in euros
    km, use = rng.randint(100, 1200), F(rng.randint(45, 110), 10)
    price = F(rng.randint(150, 210), 100)
    return cash("P_u_fuel_cost", f"road trip of {km} km, car does {show(use)} l/100 km and "
                f"petrol is €{float(price):.2f} a litre. what will the fuel cost?",
                km * use / 100 * price)


def p_fuel_cost_us(rng: random.Random) -> Item | None:  # fuel cost of a trip in dollars
    miles, mpg, price = rng.randint(50, 900), rng.randint(18, 45), F(rng.randint(279, 499), 100)
    return cash("P_u_fuel_cost_us", f"Driving {miles} miles in a car that gets {mpg} mpg, gas "
                f"at ${float(price):.2f}/gallon. How much will gas cost for the trip?",
                miles * price / mpg)


def p_tank_range(rng: random.Random) -> Item | None:  # how far a full tank goes
    tank, use = rng.choice([35, 40, 45, 50, 55, 60, 65, 70, 80]), F(rng.randint(45, 110), 10)
    return plain("P_u_tank_range", f"{tank} litre tank, consumption {show(use)} L per 100 km. "
                 "How far can I go on a full tank?", tank * 100 / use, units=KM)


def p_ev_cost(rng: random.Random) -> Item | None:  # cost of charging between percentages
    kwh = rng.choice([40, 50, 58, 64, 75, 77, 82, 100])
    low, high = rng.choice([5, 10, 15, 20, 25, 30]), rng.choice([70, 80, 90, 100])
    price = F(rng.randint(15, 65), 100)
    return cash("P_u_ev_cost", f"Charging my {kwh} kWh EV from {low}% to {high}% at "
                f"£{float(price):.2f} per kWh - how much does that cost?",
                kwh * F(high - low, 100) * price)


def p_ev_charge_time(rng: random.Random) -> Item | None:  # charging time at a given power
    kwh, low = rng.choice([40, 50, 60, 64, 75, 80, 100]), rng.choice([10, 20, 30])
    high = rng.choice([60, 80, 100])
    power = rng.choice([F(74, 10), F(11), F(22), F(50)])
    minutes = kwh * F(high - low, 100) / power * 60
    if minutes.denominator != 1 or minutes % 60 == 0:
        return None
    return calc("P_u_ev_charge_time", f"How long to charge a {kwh} kWh battery from {low}% to "
                f"{high}% on a {show(power)} kW charger (ignoring losses)?",
                duration(int(minutes)))


def p_split_fuel(rng: random.Random) -> Item | None:  # sharing the fuel bill
    litres, price = F(rng.randint(300, 1200), 10), F(rng.randint(150, 210), 100)
    people = rng.randint(2, 5)
    return cash("P_u_split_fuel", f"We used {show(litres)} litres of diesel at "
                f"£{float(price):.2f} a litre on the trip. Split between {people} of us, how "
                "much does each pay?",
                litres * price / people)


def p_ev_range(rng: random.Random) -> Item | None:  # remaining range from battery percentage
    kwh, pct = rng.choice([50, 60, 64, 75, 82]), rng.randint(15, 95)
    use = F(rng.randint(140, 240), 10)
    return plain("P_u_ev_range", f"Battery is {kwh} kWh and showing {pct}%. If I use "
                 f"{show(use)} kWh per 100 km, how many km can I still drive?",
                 kwh * F(pct, 100) / use * 100, units=KM)


def p_walk_time(rng: random.Random) -> Item | None:  # walking time from a pace
    km, pace = F(rng.randint(15, 250), 10), rng.choice([9, 10, 11, 12, 13, 14, 15])
    minutes = km * pace
    if minutes.denominator != 1 or minutes % 60 == 0:
        return None
    return calc("P_u_walk_time", f"I walk at about {pace} minutes per km. How long will "
                f"{show(km)} km take me?", duration(int(minutes)))


def p_cycle_distance(rng: random.Random) -> Item | None:  # distance from speed and time
    speed, minutes = rng.randint(12, 32), rng.choice([20, 25, 35, 40, 45, 50, 70, 80, 100])
    return plain("P_u_cycle_distance", f"If I cycle at {speed} km/h for {minutes} minutes, how "
                 "far do I get?", F(speed * minutes, 60), units=KM)


def p_flight_speed(rng: random.Random) -> Item | None:  # a flight's average ground speed
    km, h, m = rng.randrange(400, 9000, 10), rng.randint(1, 11), rng.randrange(0, 60, 5)
    return plain("P_u_flight_speed", f"The flight covers {km:,} km in {h}h{m:02d}. Average "
                 "speed?", km / (h + F(m, 60)), units=("km/h", "kph", "kilometres per hour",
                                                      "kilometers per hour"))


def p_fuel_gallons(rng: random.Random) -> Item | None:  # US gallons used on a trip
    km, mpg = rng.randint(100, 1500), rng.randint(20, 50)
    return plain("P_u_fuel_gallons", f"Driving {km} km across the state in a car doing {mpg} "
                 "mpg (US). How many gallons will I use?", km * 1000 / F("1609.344") / mpg,
                 units=("gallons", "gal", "US gallons"))


def p_tank_fill_cost(rng: random.Random) -> Item | None:  # cost to fill a tank from a level
    tank, price = rng.choice([40, 45, 50, 55, 60, 70]), F(rng.randint(150, 210), 100)
    left = rng.choice([F(1, 4), F(1, 8), F(1, 3), F(1, 2)])
    said = {F(1, 4): "a quarter", F(1, 8): "an eighth", F(1, 3): "a third", F(1, 2): "half"}
    return cash("P_u_tank_fill_cost", f"tank holds {tank} L and it's {said[left]} full. fuel "
                f"is {float(price):.2f} per litre. cost to fill it up?", tank * (1 - left) * price)


def p_gallon_litre_price(rng: random.Random) -> Item | None:  # a US price per gallon per litre
    price = F(rng.randint(259, 599), 100)
    return cash("P_u_gallon_litre_price", f"Gas is ${float(price):.2f} a gallon over there. What's "
                "that per litre?", price / US_GAL)


FAMILIES: list[tuple[Family, int]] = families(
    p_trip_time, p_arrival, p_avg_speed, p_fuel_litres, p_fuel_cost, p_fuel_cost_us,
    p_tank_range, p_ev_cost, p_ev_charge_time, p_split_fuel, p_ev_range, p_walk_time,
    p_cycle_distance, p_flight_speed, p_fuel_gallons, p_tank_fill_cost, p_gallon_litre_price)
