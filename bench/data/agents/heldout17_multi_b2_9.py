"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 13: more mixed
requests — garden and DIY quantities, event planning, probability, and a few tables and
photos."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout9_multi_common import MEAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, screen_of, sign_of, till
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def dice_prob_and_expected(rng: random.Random) -> Made:
    target = rng.randint(3, 11)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == target)
    p = Fraction(ways, 36)
    rolls = rng.choice([72, 180, 360, 720])
    text = (f"Rolling two fair dice: probability the total is {target} (as a fraction)? And in "
            f"{rolls} rolls, how many times would you expect it?")
    exp = p * rolls
    return text, [[str(p), f"{ways}/36"], num(exp, 1)]


@family
def cards_prob_percent(rng: random.Random) -> Made:
    kind, count = rng.choice([("a heart", 13), ("an ace", 4), ("a face card (J, Q, K)", 12),
                              ("a red card", 26), ("a black king", 2), ("a spade", 13),
                              ("a king", 4), ("a red ace", 2), ("a queen or a king", 8),
                              ("the ace of spades", 1), ("a diamond face card", 3),
                              ("a number card from 2 to 10", 36)])
    p = Fraction(count, 52)
    pct = p * 100
    if near(pct, 1):
        return None
    text = (f"From a shuffled 52-card deck, chance of drawing {kind}? Give it as a simplified "
            "fraction and as a percentage (1 dp).")
    return text, [[str(p)], num(pct, 1)]


@family
def lawn_seed_and_water(rng: random.Random) -> Made:
    a, b = rng.randint(5, 20), rng.randint(4, 15)
    gpm = rng.choice([25, 30, 35, 40])
    area = a * b
    seed = F(area * gpm, 1000)
    lpm2 = rng.choice([5, 8, 10])
    water = area * lpm2
    text = (f"New lawn, {a} m × {b} m. Seed rate is {gpm} g per m² — how many kg of seed? And if "
            f"I water at {lpm2} L per m², how many litres per watering?")
    return text, [num(seed, 3), [f"{water} L", f"{water:,} L", f"{water} litres",
                                 f"{water:,} litres", f"{water}L"]]


@family
def party_pizzas_cost(rng: random.Random) -> Made:
    kids = rng.randint(8, 30)
    slices = rng.choice([2, 3])
    per_pizza = 8
    pizzas = math.ceil(F(kids * slices, per_pizza))
    p = price(rng, 9, 16)
    total = pizzas * p
    per_kid = total / kids
    if near(per_kid, 2, 0.001):
        return None
    text = (f"Birthday party, {kids} kids, {slices} slices each, 8 slices a pizza. How many "
            f"pizzas? At ${float(p):.2f} a pizza what's the total, and cost per kid?")
    return text, [[f"{pizzas} pizzas"], cash(total), cash(per_kid)]


@family
def wallpaper_rolls(rng: random.Random) -> Made:
    wall_w = F(rng.randint(25, 60), 10)
    height = F(rng.randint(23, 28), 10)
    roll_w, roll_l = F(53, 100), 10
    strips = math.ceil(wall_w / roll_w)
    per_roll = int(roll_l // height)
    rolls = math.ceil(F(strips, per_roll))
    cost = price(rng, 12, 40)
    text = (f"Feature wall {float(wall_w):g} m wide, {float(height):g} m high. Wallpaper rolls are "
            f"53 cm wide and 10 m long (no pattern match). How many full-height strips do I need, "
            f"how many rolls, and the cost at £{float(cost):.2f} a roll?")
    return text, [[f"{strips} strips"], [f"{rolls} rolls", f"{rolls} roll"], gbp(rolls * cost)]


@family
def screen_data_usage(rng: random.Random) -> Made:
    used = F(rng.randint(15, 190), 10)
    cap = rng.choice([10, 15, 20, 25])
    day = rng.randint(8, 25)
    if used >= cap:
        return None
    recipe = screen_of(rng, "Mobile data", [f"Used: {float(used):g} GB of {cap} GB",
                                            f"Day {day} of 30"])
    rate = used / day
    proj = rate * 30
    if near(rate, 2) or near(proj, 1):
        return None
    text = ("data screen attached. average GB per day so far (2 dp), and at that pace how much "
            "will I have used by day 30 (1 dp)?")
    return text, [num(rate, 2), num(proj, 1)], {"image": recipe}


@family
def sign_entry_family_price(rng: random.Random) -> Made:
    adult, child = price(rng, 8, 25), price(rng, 4, 12)
    recipe = sign_of(rng, ["ADMISSION", f"ADULT ${float(adult):.2f}", f"CHILD ${float(child):.2f}"])
    a, c = rng.randint(1, 3), rng.randint(1, 4)
    total = a * adult + c * child
    e = convert(total, "USD", "EUR")
    if near(e, 2, 0.001):
        return None
    text = (f"We're {a} adult{'s' if a > 1 else ''} and {c} kid{'s' if c > 1 else ''}. Using the "
            "prices on the sign, what do we pay, and what's that in euros (1 EUR = 1.17 USD)?")
    return text, [cash(total), eur(e)], {"image": recipe}


@family
def receipt_coupon_then_split(rng: random.Random) -> Made:
    goods = [(g, price(rng, 3, 25)) for g in rng.sample(["Chips", "Salsa", "Soda", "Cups",
                                                         "Napkins", "Ice"], rng.randint(3, 4))]
    total = sum((p for _, p in goods), F(0))
    coupon = rng.choice([5, 10])
    if total <= coupon + 5:
        return None
    after = total - coupon
    n = rng.choice([3, 4, 5])
    share = after / n
    if near(share, 2, 0.001):
        return None
    recipe = till(rng, "Party Store", goods)
    text = (f"Receipt for the party supplies is attached. I had a ${coupon} coupon. What's the "
            f"receipt total, the total after the coupon, and each share if {n} of us split it?")
    return text, [cash(total), cash(after), cash(share)], {"image": recipe}


@family
def csv_bookings_occupancy(rng: random.Random) -> Made:
    rooms = rng.choice([10, 12, 20, 24])
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    booked = [rng.randint(2, rooms) for _ in days]
    occ = F(sum(booked) * 100, rooms * 7)
    rate = rng.choice([80, 95, 110])
    rev = sum(booked) * rate
    if near(occ, 1):
        return None
    csv = "day,rooms_booked\n" + "".join(f"{d},{b}\n" for d, b in zip(days, booked, strict=True))
    text = (f"Our B&B has {rooms} rooms; bookings for last week are in the csv. Occupancy rate "
            f"for the week (1 dp %)? Revenue at €{rate} a room-night? And chart bookings by day.")
    return text, [num(occ, 1), eur(F(rev)), CHART], {"csv": csv}


@family
def csv_prices_inflation(rng: random.Random) -> Made:
    years = list(range(2019, 2026))
    p = [F(rng.randint(180, 260), 100)]
    for _ in years[1:]:
        p.append(p[-1] + F(rng.randint(-5, 25), 100))
    change = (p[-1] - p[0]) / p[0] * 100
    mean = sum(p, F(0)) / len(p)
    if near(change, 1) or near(mean, 2, 0.001):
        return None
    csv = "year,price\n" + "".join(f"{y},{float(v):.2f}\n" for y, v in zip(years, p, strict=True))
    text = ("bread prices by year (csv). Percent change 2019→2025 (1 dp)? The average price over "
            "the years (to the cent)? And a line chart.")
    return text, [num(abs(change), 1), stat(MEAN, mean, 2), CHART], {"csv": csv}


@family
def quadratic_formula_decimals(rng: random.Random) -> Made:
    a = rng.choice([1, 2, 3])
    b = rng.randint(-9, 9)
    c = rng.randint(-12, -1)
    disc = b * b - 4 * a * c
    r = math.isqrt(disc)
    if b == 0:
        return None
    if r * r == disc:
        return None
    x1 = (-b + math.sqrt(disc)) / (2 * a)
    x2 = (-b - math.sqrt(disc)) / (2 * a)
    if near(x1, 2) or near(x2, 2):
        return None
    lead = "" if a == 1 else str(a)
    mid = "" if b == 0 else (f" + {b}x" if b > 0 else f" - {-b}x")
    mid = mid.replace(" 1x", " x")
    text = (f"Use the quadratic formula on {lead}x^2{mid} - {-c} = 0: what's the discriminant, "
            "and the two roots to 2 decimal places?")
    return text, [[f"= {disc}", f"is {disc}", f"**{disc}**", f"Δ = {disc}"], num(x1, 2),
                  num(x2, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    dice_prob_and_expected, cards_prob_percent, lawn_seed_and_water, party_pizzas_cost,
    wallpaper_rolls, screen_data_usage, sign_entry_family_price, receipt_coupon_then_split,
    csv_bookings_occupancy, csv_prices_inflation, quadratic_formula_decimals)]
