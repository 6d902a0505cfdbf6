"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part 3: unit conversions
paired with health figures, money chains that end in another currency, and travel."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import (
    GALLON,
    INCH,
    LB,
    MILE,
    F,
    convert,
    money,
    tie,
)
from bench.data.agents.heldout17_multi_common import Made, cash, clock, family, near, num, pick
from bench.data.agents.helpers import Family


def bmi_forms(kg: F, metres: F) -> list[str]:
    bmi = kg / (metres * metres)
    return num(bmi, 1) + num(bmi, 2)


@family
def run_miles_and_bmi(rng: random.Random) -> Made:
    km = rng.choice([5, 8, 10, 12, 15, 21.1])
    cm, kg = rng.randint(155, 195), rng.randint(50, 110)
    miles = F(str(km)) * 1000 / (MILE * 1000)
    bmi = F(kg) / (F(cm, 100) ** 2)
    if near(miles, 2) or near(bmi, 1) or near(bmi, 2):
        return None
    text = pick(rng, f"I ran {km} km this morning, how many miles is that? Also I'm {cm} cm and "
                     f"{kg} kg, what's my BMI?",
                f"two questions\n- {km}km in miles (2dp)\n- BMI for "
                f"someone {cm}cm tall weighing {kg}kg")
    return text, [num(miles, 2), num(bmi, 1) + num(bmi, 2)]


@family
def pounds_feet_bmi(rng: random.Random) -> Made:
    lb = rng.randint(110, 260)
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    if ft == 6 and inch > 4:
        return None
    kg = lb * LB
    metres = (ft * 12 + inch) * INCH
    bmi = kg / metres ** 2
    if near(kg, 1) or near(bmi, 1) or near(bmi, 2):
        return None
    text = (f"I weigh {lb} lbs and I'm {ft}'{inch}\". Can you convert my weight to kg (1 decimal) "
            "and then work out my BMI?")
    return text, [num(kg, 1), num(bmi, 1) + num(bmi, 2)]


@family
def fever_and_dose(rng: random.Random) -> Made:
    f_temp = F(rng.randint(995, 1040), 10)
    c = (f_temp - 32) * 5 / 9
    kg = rng.randint(10, 30)
    per = rng.choice([10, 15])
    mg = kg * per
    if near(c, 1):
        return None
    text = (f"My kid's temp is {float(f_temp)}°F — what's that in Celsius? Also the pharmacist "
            f"said {per} mg per kg for her paracetamol, and she's {kg} kg. "
            "How many mg is one dose?")
    return text, [num(c, 1), [f"{mg} mg", f"{mg}mg"]]


@family
def gas_mpg_cost_eur(rng: random.Random) -> Made:
    miles = rng.randint(120, 480)
    mpg = rng.choice([25, 28, 30, 32, 35, 40])
    price = F(rng.randint(310, 480), 100)
    gallons = F(miles, mpg)
    cost = gallons * price
    eur = convert(cost, "USD", "EUR")
    if tie(cost) or tie(eur) or near(gallons, 1):
        return None
    text = (f"Road trip: {miles} miles, car does {mpg} mpg, gas is ${float(price):.2f}/gal. How "
            "many gallons (1 dp) and what will it cost? My friend from Berlin wants her half in "
            "euros too (1 EUR = 1.17 USD).")
    half = eur / 2
    if tie(half):
        return None
    return text, [num(gallons, 1), cash(cost), money(half, "EUR") + cash(half)]


@family
def litres_to_gallons_price(rng: random.Random) -> Made:
    litres = rng.randint(30, 70)
    per_l = F(rng.randint(145, 199), 100)
    gal = F(litres) / GALLON
    cost = litres * per_l
    usd = convert(cost, "EUR", "USD")
    if near(gal, 2) or tie(usd):
        return None
    text = (f"Filled up in France: {litres} litres at €{float(per_l):.2f} per litre. How many US "
            "gallons was that (2 decimals), and what did the fill-up cost in dollars at 1 EUR = "
            "1.17 USD?")
    return text, [num(gal, 2), money(usd, "USD") + cash(usd)]


@family
def salary_weekly_eur(rng: random.Random) -> Made:
    rate = F(rng.randint(1500, 3500), 100)
    hours = rng.choice([20, 25, 30, 37.5, 40])
    pay = rate * F(str(hours))
    eur = convert(pay, "USD", "EUR")
    if tie(pay) or tie(eur):
        return None
    text = (f"I make ${float(rate):.2f} an hour and work {hours} hours a week. Whats my weekly pay "
            "before tax? then whats that in euros (1 EUR = 1.17 USD)")
    return text, [cash(pay), money(eur, "EUR") + cash(eur)]


@family
def hotel_split_gbp(rng: random.Random) -> Made:
    nights = rng.randint(2, 7)
    rate = rng.randint(85, 240)
    people = rng.choice([2, 3, 4])
    total = F(nights * rate)
    each = convert(total, "EUR", "GBP") / people
    if tie(each):
        return None
    text = (f"Booking a hotel in Lisbon, €{rate} a night for {nights} nights, {people} of us "
            "splitting it. What's the total in euros, and how much is each person's share in GBP? "
            "(1 EUR = 0.87 GBP)")
    return text, [[*money(total, "EUR"), f"€{int(total):,}"], money(each, "GBP") + cash(each)]


@family
def speed_and_eta(rng: random.Random) -> Made:
    km = rng.randint(80, 400)
    kmh = rng.choice([60, 80, 90, 100, 110, 120])
    start = rng.randint(6, 17) * 60 + rng.choice([0, 15, 30, 45])
    minutes = F(km * 60, kmh)
    if minutes.denominator != 1:
        return None
    end = start + int(minutes)
    mph = F(kmh) / MILE
    if near(mph, 1):
        return None
    h, m = divmod(start, 60)
    text = (f"driving {km} km at an average {kmh} km/h, leaving at {h:02d}:{m:02d}. what time do "
            "I arrive? and what is that speed in mph (1 dp)?")
    return text, [clock(end), num(mph, 1)]


@family
def bake_scale_and_temp(rng: random.Random) -> Made:
    serves, want = rng.choice([(4, 6), (4, 10), (6, 9), (8, 12), (6, 15), (4, 7)])
    flour = rng.choice([200, 250, 300, 350])
    need = F(flour * want, serves)
    oven = rng.choice([350, 375, 400, 425])
    c = (oven - 32) * F(5, 9)
    if near(need, 0) or near(c, 0):
        return None
    text = (f"Recipe serves {serves} and uses {flour} g flour, I need it for {want}. How much "
            f"flour (nearest gram)? Also the oven says {oven}F, what's that in C to the "
            "nearest degree")
    return text, [[f"{v} g" for v in num(need, 0)] + [f"{v}g" for v in num(need, 0)],
                  num(c, 0)]


@family
def paint_area_cans(rng: random.Random) -> Made:
    w, d = rng.randint(3, 6), rng.randint(3, 6)
    h = F(rng.choice([24, 25, 26, 27]), 10)
    walls = 2 * (w + d) * h
    cover = rng.choice([10, 12])
    coats = 2
    litres = walls * coats / cover
    cans = math.ceil(litres / F(5, 2))
    if litres * 2 / 5 == int(litres * 2 / 5):
        return None
    text = (f"Painting a {w} m × {d} m room, walls {float(h)} m high (ignore doors/windows). "
            f"What's the total wall area? Paint covers {cover} m² per litre and I want 2 coats — "
            "how many 2.5 L tins do I need?")
    return text, [[f"{v} m" for v in num(walls, 1)] + [f"{v}m" for v in num(walls, 1)],
                  [f"{cans} tins", f"{cans} cans", f"{cans} x 2.5", f"{cans} of the"]]


@family
def savings_goal_months(rng: random.Random) -> Made:
    goal = rng.choice([1200, 1500, 2400, 3000, 4500])
    have = rng.randint(1, 8) * 100
    monthly = rng.choice([150, 175, 200, 250, 300])
    left = goal - have
    months = math.ceil(left / monthly)
    if left % monthly == 0:
        return None
    text = (f"Saving for a ${goal} laptop, I've got ${have} so far.\n1) how much more do I need?\n"
            f"2) putting away ${monthly} a month, how many months until I can buy it?")
    return text, [cash(F(left)),
                  [f"{months} months", f"{months}months"]]


@family
def loan_interest_then_eur(rng: random.Random) -> Made:
    p = rng.choice([2000, 5000, 8000, 10000, 12000])
    r = rng.choice([3, 4, 5, 6])
    years = rng.choice([2, 3, 5])
    amount = p * (1 + F(r, 100)) ** years
    interest = amount - p
    eur = convert(amount, "USD", "EUR")
    if tie(amount) or tie(eur):
        return None
    text = (f"If I put ${p:,} in an account at {r}% compounded annually for {years} years, what's "
            "the balance at the end, how much of it is interest, and what's the balance in euros "
            "(1 EUR = 1.17 USD)?")
    return text, [cash(amount), cash(interest), money(eur, "EUR") + cash(eur)]


@family
def tile_floor_and_cost(rng: random.Random) -> Made:
    length, width = F(rng.randint(25, 60), 10), F(rng.randint(20, 45), 10)
    area = length * width
    price = rng.choice([18, 22, 25, 29, 35])
    cost = area * price
    sqft = area / F("0.09290304")
    if tie(cost) or near(sqft, 0):
        return None
    text = (f"kitchen floor is {float(length)}m x {float(width)}m. area in m2 and in square feet "
            f"(nearest whole)? and tiles are ${price}/m2, what'll it cost")
    return text, [[f"{v} m" for v in num(area, 2)] + [f"{v}m" for v in num(area, 2)],
                  num(sqft, 0), cash(cost)]


@family
def water_intake_convert(rng: random.Random) -> Made:
    kg = rng.randint(50, 100)
    ml = kg * 35
    oz = F(ml) / F("29.5735295625")
    if near(oz, 0):
        return None
    text = (f"The dietitian's rule is 35 ml of water per kg of body weight per day. I'm {kg} kg. "
            "How many litres is that, and how many US fluid ounces (nearest whole)?")
    litres = [f"{v}{u}" for v in num(F(ml, 1000), 2) for u in (" l", "l", " litres", " liters")]
    return text, [litres, num(oz, 0)]


@family
def pace_and_finish(rng: random.Random) -> Made:
    km = rng.choice([5, 10, 21.0975, 42.195])
    pace = rng.randint(270, 420)
    secs = F(str(km)) * pace
    total = round(secs)
    if near(secs, 0):
        return None
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    mile_pace = pace * MILE
    mp = round(mile_pace)
    if near(mile_pace, 0):
        return None
    label = {5: "a 5k", 10: "a 10k", 21.0975: "a half marathon (21.0975 km)",
             42.195: "a marathon (42.195 km)"}[km]
    text = (f"If I hold {pace // 60}:{pace % 60:02d} per km for {label}, what's my finish time "
            "(to the second)? And what pace is that per mile?")
    finish = [f"{h}:{m:02d}:{s:02d}", f"{h:02d}:{m:02d}:{s:02d}"] if h else \
        [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"00:{m:02d}:{s:02d}"]
    return text, [finish, [f"{mp // 60}:{mp % 60:02d}"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    run_miles_and_bmi, pounds_feet_bmi, fever_and_dose, gas_mpg_cost_eur, litres_to_gallons_price,
    salary_weekly_eur, hotel_split_gbp, speed_and_eta, bake_scale_and_temp, paint_area_cans,
    savings_goal_months, loan_interest_then_eur, tile_floor_and_cost, water_intake_convert,
    pace_and_finish)]

__all__ = ["FAMILIES", "bmi_forms"]
