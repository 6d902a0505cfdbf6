"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 12: seating orders,
flight emissions, refill bottles, before/after trials, drone legs, a 52-week savings challenge,
sleep efficiency, blood donation, curtains and hotel points."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_multi_common import (
    CHART,
    LB,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
)
from bench.data.agents.helpers import Family


@family
def seating_perm_prob(rng: random.Random) -> Made:
    kids, seats = rng.randint(6, 12), rng.randint(3, 6)
    if seats >= kids:
        return None
    ways = math.perm(kids, seats)
    text = (f"{kids} kids, {seats} chairs in a row at the front of the class. In how many "
            "different ordered ways can the chairs be filled? If it's done at random, what's the "
            "chance that my son gets a front chair at all (as a percent, 2 dp)?")
    return text, [[str(ways), f"{ways:,}"], num(F(seats * 100, kids), 2)]


@family
def flight_co2_trees(rng: random.Random) -> Made:
    miles, trips = rng.randrange(300, 6001, 50), rng.randint(1, 6)
    per_km, tree = F(rng.choice([90, 100, 115, 133, 150]), 1000), rng.choice([20, 21, 22, 25])
    km = miles * 2 * trips * F("1.609344")
    kg = km * per_km
    text = (f"I fly {miles:,} miles each way, {trips} round trip{'s' if trips > 1 else ''} a year. "
            f"At {float(per_km) * 1000:g} g CO2 per passenger-km, how many kg of CO2 is that a "
            f"year (nearest kg)? If one tree absorbs about {tree} kg a year, how many trees would "
            "it take to offset (round up)?")
    if math.ceil(kg / tree) != math.ceil(F(num(kg, 0)[0]) / tree):
        return None
    return text, [num(kg, 0), [f"{math.ceil(kg / tree)} trees"]]


@family
def reusable_bottle_payback(rng: random.Random) -> Made:
    per_day, price = rng.randint(1, 3), F(rng.randrange(79, 299, 10), 100)
    bottle = F(rng.randrange(1500, 4500, 100), 100)
    yearly = per_day * price * 365
    days = math.ceil(bottle / (per_day * price))
    text = pick(rng, f"I buy {per_day} bottle{'s' if per_day > 1 else ''} of water a day at "
                     f"${float(price):.2f}. How much is that a year (365 days)? A reusable bottle "
                     f"costs ${float(bottle):.2f} - after how many days has it paid for itself?",
                f"water habit: {per_day}/day x ${float(price):.2f}. yearly spend? and days until a "
                f"${float(bottle):.2f} refillable bottle pays off (round up)")
    return text, [cash(yearly), [f"{days} days"]]


@family
def before_after_reaction_chart(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    before = [rng.randint(230, 340) for _ in range(n)]
    after = [b - rng.randint(-15, 40) for b in before]
    diff = F(sum(before) - sum(after), n)
    if diff <= 0:
        return None
    text = ("Reaction-time test (ms) for my study group, before and after coffee:\nBefore: "
            + ", ".join(map(str, before)) + "\nAfter:  " + ", ".join(map(str, after)) +
            "\nWhat's the mean before and the mean after (1 dp), the percent improvement in the "
            "mean (2 dp), and a chart comparing the two for each person?")
    mb, ma = F(sum(before), n), F(sum(after), n)
    pct = same(num((mb - ma) / mb * 100, 2), num((r2(mb, 1) - r2(ma, 1)) / r2(mb, 1) * 100, 2))
    return text, [num(mb, 1), num(ma, 1), pct, CHART]


@family
def drone_displacement_bearing(rng: random.Random) -> Made:
    east, north = rng.randint(50, 900), rng.randint(50, 900)
    dist = math.hypot(east, north)
    bearing = math.degrees(math.atan2(east, north))
    text = (f"My drone flew {east} m due east, then {north} m due north. How far is it from where "
            "it took off (metres, 1 dp), on what compass bearing from the take-off point (degrees "
            "clockwise from north, 1 dp), and how far is that in feet (nearest foot)?")
    return text, [num(dist, 1), num(bearing, 1), num(dist / 0.3048, 0)]


@family
def week_challenge_savings(rng: random.Random) -> Made:
    step, weeks = rng.choice([1, 2, 5]), rng.randint(10, 52)
    total = step * weeks * (weeks + 1) // 2
    text = (f"52-week money challenge: week 1 I save ${step}, week 2 ${2 * step}, and so on, "
            f"${step} more each week. How much will I have saved after {weeks} weeks? And what's "
            f"that in pounds ({RATES_TEXT})?")
    return text, [cash(total), cash(total / RATE["USD"] * RATE["GBP"])]


@family
def sleep_efficiency_clock(rng: random.Random) -> Made:
    bed = rng.randrange(21 * 60 + 30, 24 * 60 + 60, 5)
    up = rng.randrange(5 * 60 + 30, 8 * 60 + 31, 5) + 24 * 60
    in_bed = up - bed
    asleep = in_bed - rng.randint(15, 110)
    text = (f"Sleep tracker: got into bed at {bed // 60 % 24:02d}:{bed % 60:02d}, got up at "
            f"{up // 60 % 24:02d}:{up % 60:02d}, actually asleep for {asleep // 60} h "
            f"{asleep % 60} min. How long was I in bed (h and min), and what's my sleep efficiency "
            "(asleep / in bed, percent to 1 dp)?")
    h, m = divmod(in_bed, 60)
    return text, [[f"{h} h {m} min", f"{h}h {m}m", f"{h} hours {m} min", f"{h}h {m}min",
                   f"{h} hours and {m} min", f"{h}:{m:02d}", f"{h} hr {m} min", f"{h}h{m:02d}"],
                  num(F(asleep * 100, in_bed), 1)]


@family
def blood_donation_percent(rng: random.Random) -> Made:
    lb, per_kg = rng.randint(110, 280), rng.choice([65, 70, 75])
    donate = rng.choice([450, 470, 500])
    kg = lb * LB
    blood = kg * per_kg / 1000
    text = (f"I'm {lb} lb and giving blood ({donate} ml). Using {per_kg} ml of blood per kg of "
            "body weight, what's my total blood volume in litres (2 dp), and what percentage of it "
            "is one donation (1 dp)?")
    return text, [num(blood, 2), same(num(F(donate, 1000) / blood * 100, 1),
                                      num(F(donate, 1000) / r2(blood) * 100, 1))]


@family
def curtain_fabric_cost(rng: random.Random) -> Made:
    width, drop = rng.randint(90, 300), rng.randint(120, 260)
    fullness, bolt = rng.choice([F(2), F("2.5"), F(3)]), rng.choice([137, 140, 150])
    price = F(rng.randrange(800, 3500, 50), 100)
    widths = math.ceil(width * fullness / bolt)
    metres = F(widths * (drop + 20), 100)
    text = (f"Curtains for a {width} cm wide window, {drop} cm drop, {float(fullness):g}x "
            f"fullness. The fabric is {bolt} cm wide. How many fabric widths do I need (round up),"
            " how many metres if each width is the drop plus 20 cm for hems, and the cost at "
            f"\u00a3{float(price):.2f} a metre?")
    return text, [[f"{widths} widths", f"{widths} drops", f"{widths} panels", f"{widths} fabric"],
                  num(metres, 2), cash(metres * price)]


@family
def hotel_points_value(rng: random.Random) -> Made:
    points, cash_price = rng.randrange(15000, 90001, 1000), F(rng.randrange(9000, 60000), 100)
    nights = rng.randint(1, 5)
    cpp = cash_price * nights / (points * nights) * 100
    text = (f"A hotel night costs {points:,} points or ${float(cash_price):.2f}. For {nights} "
            f"night{'s' if nights > 1 else ''}, what's the cash total, and what is each point "
            f"worth in cents (2 dp)? Also the cash total in euros ({RATES_TEXT}).")
    total = cash_price * nights
    return text, [cash(total), num(cpp, 2), cash(total / RATE["USD"])]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    seating_perm_prob, flight_co2_trees, reusable_bottle_payback, before_after_reaction_chart,
    drone_displacement_bearing, week_challenge_savings, sleep_efficiency_clock,
    blood_donation_percent, curtain_fabric_cost, hotel_points_value)]
