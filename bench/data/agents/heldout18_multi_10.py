"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 10: everyday questions
written as lists, several lines or a chatty lead-in (pond liners, counters, baby formula,
coins, fish tanks, test curves, fuel logs, card interest, podcast backlogs)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_multi_common import (
    GAL,
    LB,
    MEAN,
    RATE,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    stat,
)
from bench.data.agents.helpers import Family

SQ_M = F("0.09290304")


@family
def pond_liner_size(rng: random.Random) -> Made:
    length, width, depth = rng.randint(6, 20), rng.randint(4, 14), rng.choice([2, 3, 4])
    price = F(rng.randrange(300, 1200, 25), 100)
    a, b = length + 2 * depth + 2, width + 2 * depth + 2
    text = (f"Digging a garden pond!\nIt'll be {length} ft long, {width} ft wide and {depth} ft "
            "deep.\nLiner size rule: length + 2 x depth + 2 ft overlap, by width + 2 x depth + "
            "2 ft.\n\nWhat liner size do I need, what's its area in m\u00b2 (2 dp), and what will "
            f"it cost at \u00a3{float(price):.2f} per m\u00b2?")
    area = a * b * SQ_M
    return text, [[f"{a} ft x {b} ft", f"{a} x {b}", f"{a}x{b}", f"{a} by {b}", f"{a} ft by {b}",
                   f"{a}ft x {b}ft", f"{a} \u00d7 {b}"], num(area, 2),
                  same(cash(area * price), cash(r2(area) * price))]


@family
def countertop_cost_tax(rng: random.Random) -> Made:
    pieces = [(rng.randrange(36, 121, 6), rng.choice([24, 25, 26]))
              for _ in range(rng.randint(2, 3))]
    per, tax = rng.randrange(40, 121, 5), rng.choice([F(6), F("6.5"), F(7), F("8.25")])
    sqft = F(sum(a * b for a, b in pieces), 144)
    lines = "\n".join(f"- {a} in x {b} in" for a, b in pieces)
    text = (f"Quote for quartz countertops, pieces:\n{lines}\nPrice is ${per} per square foot plus "
            f"{float(tax):g}% sales tax. Total square feet (2 dp), and the price with tax?")
    return text, [num(sqft, 2), same(cash(sqft * per * (1 + tax / 100)),
                                     cash(r2(sqft) * per * (1 + tax / 100)))]


@family
def formula_scoops_tins(rng: random.Random) -> Made:
    feeds, ml = rng.randint(5, 8), rng.choice([90, 120, 150, 180, 210, 240])
    if feeds * ml > 1260:
        return None
    scoop, tin = rng.choice([30, 60]), rng.choice([F(800), F(900)])
    per_scoop_g = F(rng.choice([43, 44, 45, 46, 47, 48, 49]), 10)
    scoops = feeds * ml // scoop
    if (feeds * ml) % scoop:
        return None
    days = tin / (scoops * per_scoop_g)
    text = pick(rng, f"Baby formula maths: 1 scoop per {scoop} ml of water, {feeds} bottles a "
                     f"day of {ml} ml. A scoop weighs {float(per_scoop_g):g} g and a tin holds "
                     f"{float(tin):g} g. How many scoops a day, and how many whole days does a tin "
                     "last?",
                f"1) scoops per day: {feeds} feeds x {ml} ml, 1 scoop per {scoop} ml\n2) tin is "
                f"{float(tin):g} g, scoop is {float(per_scoop_g):g} g - how many full days per "
                "tin?")
    return text, [[f"{scoops} scoops"], [f"{int(days)} days", f"{int(days)} full days",
                                         f"{int(days)} whole days"]]


@family
def mars_weight(rng: random.Random) -> Made:
    lb = rng.randint(40, 250)
    g = rng.choice([(F("0.38"), "Mars"), (F("0.166"), "the Moon"), (F("2.53"), "Jupiter")])
    text = (f"My kid wants to know what he'd weigh on {g[1]}. He's {lb} lb here, and the gravity "
            f"there is {float(g[0]):g} times Earth's. Answer in pounds and in kilograms, 1 dp "
            "each.")
    w = lb * g[0]
    return text, [num(w, 1), num(w * LB, 1)]


@family
def piggy_bank_coins(rng: random.Random) -> Made:
    counts = [rng.randint(0, 80), rng.randint(0, 60), rng.randint(0, 60), rng.randint(5, 90)]
    value = F(counts[0] * 25 + counts[1] * 10 + counts[2] * 5 + counts[3], 100)
    text = (f"We emptied my daughter's piggy bank: {counts[0]} quarters, {counts[1]} dimes, "
            f"{counts[2]} nickels and {counts[3]} pennies. How much is it, and what would that be "
            f"in euros for her school trip to Spain (1 EUR = 1.17 USD)?")
    return text, [cash(value), cash(value / RATE["USD"])]


@family
def aquarium_heater_watts(rng: random.Random) -> Made:
    litres = rng.randrange(40, 600, 10)
    rule = rng.choice([3, 4, 5])
    gallons = F(litres) / GAL
    text = (f"New fish tank holds {litres} litres. Shop says {rule} watts of heater per US gallon. "
            "How many gallons is the tank (1 dp), and what heater wattage do I need (nearest "
            "watt)?")
    return text, [num(gallons, 1), same(num(gallons * rule, 0), num(r2(gallons, 1) * rule, 0))]


@family
def test_curve_points(rng: random.Random) -> Made:
    scores = [rng.randint(35, 95) for _ in range(rng.randint(8, 14))]
    target = rng.choice([70, 72, 75, 78, 80])
    mean = F(sum(scores), len(scores))
    if mean >= target - 1:
        return None
    add = target - mean
    mine = rng.choice(scores)
    if mine + add > 100:
        return None
    text = ("Teacher here. Raw scores: " + ", ".join(map(str, scores)) + f".\nI'll add the same "
            f"number of points to everyone so the class mean becomes {target}. What's the current "
            f"mean (2 dp), how many points do I add (2 dp), and what does a student with {mine} "
            "end up with (2 dp)?")
    return text, [stat(MEAN, mean) + num(mean, 2), num(add, 2), num(mine + add, 2)]


@family
def light_travel_minutes(rng: random.Random) -> Made:
    mkm = F(rng.randint(300, 60000), 10)
    speed = F("299792.458")
    secs = mkm * 10**6 / speed
    text = (f"Space question from my son: a probe is {float(mkm):,g} million km from Earth. Radio "
            "travels at the speed of light, 299,792.458 km/s. How many minutes does a signal take "
            "to reach it (1 dp)? And if we send a command and it answers straight back, how long "
            "is the round trip in hours (2 dp)?")
    return text, [num(secs / 60, 1), num(secs * 2 / 3600, 2)]


@family
def fuel_weighted_price(rng: random.Random) -> Made:
    fills = [(F(rng.randint(200, 650), 10), F(rng.randint(1450, 1990), 1000))
             for _ in range(rng.randint(3, 6))]
    litres = sum((v for v, _ in fills), F(0))
    spent = sum((v * p for v, p in fills), F(0))
    lines = "\n".join(f"{float(v):.1f} L at \u20ac{float(p):.3f}" for v, p in fills)
    text = (f"My fill-ups this month:\n{lines}\nTotal spent? Average price per litre weighted "
            "by litres (3 dp)? And what's that average in US dollars per US gallon (1 EUR = 1.17 "
            "USD, 1 gal = 3.785411784 L)?")
    avg = spent / litres
    return text, [cash(spent), num(avg, 3), same(cash(avg * GAL * RATE["USD"]),
                                                 cash(r2(avg, 3) * GAL * RATE["USD"]))]


@family
def round_table_chairs(rng: random.Random) -> Made:
    inches, space = rng.choice([36, 42, 48, 54, 60, 66, 72]), rng.choice([55, 60, 65, 70])
    circ = math.pi * inches * 2.54
    text = pick(rng, f"Our round dining table is {inches} inches across. What's the circumference "
                     f"in cm (1 dp)? If each chair needs {space} cm of edge, how many chairs fit?",
                f"{inches}\" round table -> circumference in centimetres (one decimal), then how "
                f"many seats at {space} cm each")
    n = math.floor(circ / space)
    if circ / space - n < 0.03:
        return None
    return text, [num(circ, 1), [f"{n} chairs", f"{n} seats", f"{n} people"]]


@family
def card_interest_minimum(rng: random.Random) -> Made:
    bal, apr = F(rng.randrange(50000, 900000), 100), F(rng.randrange(1490, 2999, 10), 100)
    min_pct = rng.choice([2, 3, 5])
    interest = bal * apr / 1200
    new = bal + interest
    text = (f"Credit card: balance ${float(bal):,.2f}, APR {float(apr):g}%. This month's interest "
            f"is balance x APR/12. How much interest, what's the new balance, and what's the "
            f"minimum payment if it's {min_pct}% of that new balance?")
    return text, [cash(interest), same(cash(new), cash(bal + r2(interest))),
                  same(cash(new * min_pct / 100), cash((bal + r2(interest)) * min_pct / 100))]


@family
def podcast_backlog_speed(rng: random.Random) -> Made:
    eps, mins = rng.randint(8, 80), rng.randint(25, 95)
    speed, daily = rng.choice([F("1.25"), F("1.5"), F("1.75"), F(2)]), rng.choice([30, 40, 45, 60])
    total = F(eps * mins) / speed
    text = (f"I'm {eps} episodes behind on a podcast, about {mins} minutes each. At "
            f"{float(speed):g}x speed, how many hours of listening is that (1 dp)? With {daily} "
            "minutes of commute a day, how many days to catch up (round up)?")
    return text, [num(total / 60, 1), [f"{math.ceil(total / daily)} days"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    pond_liner_size, countertop_cost_tax, formula_scoops_tins, mars_weight, piggy_bank_coins,
    aquarium_heater_watts, test_curve_points, light_travel_minutes, fuel_weighted_price,
    round_table_chairs, card_interest_minimum, podcast_backlog_speed)]
