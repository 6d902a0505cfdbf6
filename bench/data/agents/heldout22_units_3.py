"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 3: cooking measures,
fuel economy and currency at a stated rate."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, loose, num, pick, tenth
from bench.data.agents.helpers import Family

FOODS = {
    "flour": 120,
    "sugar": 200,
    "butter": 227,
    "rice": 185,
    "oats": 90,
    "honey": 340,
    "brown sugar": 220,
    "cocoa powder": 85,
    "milk": 245,
    "water": 240,
}

# ---------------------------------------------------------------- cooking


@family
def cups_to_grams(rng: random.Random) -> Made:
    food = rng.choice(list(FOODS))
    g = FOODS[food] + rng.choice([0, 5, -5, 10])
    cups = F(rng.randint(1, 16), 4)
    v = cups * g
    return pick(
        rng,
        f"how many grams is {d(cups)} cups of {food}? assume 1 cup = {g} g",
        f"recipe wants {d(cups)} cup(s) {food}, I only have a scale. 1 cup of {food} "
        f"weighs {g} g - how many grams?",
        f"Convert {d(cups)} cups of {food} to grams (density: {g} g per cup).",
    ), [num(v, 1)]


@family
def grams_to_cups(rng: random.Random) -> Made:
    food = rng.choice(list(FOODS))
    g = FOODS[food]
    grams = rng.randint(10, 120) * 5
    v = F(grams, g)
    return pick(
        rng,
        f"{grams} g of {food} is how many cups if a cup is {g} g? 2 decimals",
        f"UK recipe says {grams}g {food}. in US cups? (1 cup {food} = {g} g) round to 2dp",
    ), [num(v, 2)]


@family
def tbsp_to_ml(rng: random.Random) -> Made:
    t = rng.randint(2, 40)
    ml = rng.choice([15, F("14.787")])
    v = t * ml
    return pick(
        rng,
        f"{t} tablespoons in ml? (1 tbsp = {d(ml)} ml)",
        f"how many mL is {t} tbsp, using {d(ml)} mL per tablespoon? 1 decimal",
    ), [list(dict.fromkeys(num(v, 1) + loose(v)))]


@family
def tsp_from_tbsp(rng: random.Random) -> Made:
    tb = F(rng.randint(1, 80), 2)
    v = tb * 3
    if v.denominator != 1:
        raise Redraw
    return pick(
        rng,
        f"I have no tablespoon - {d(tb)} tbsp is how many teaspoons? (1 tbsp = 3 tsp)",
        f"{d(tb)} tablespoons = ? teaspoons, 3 tsp per tbsp",
    ), [num(v, 0)]


@family
def butter_sticks(rng: random.Random) -> Made:
    g = rng.randint(50, 500)
    v = F(g, 113)
    return pick(
        rng,
        f"how many sticks of butter is {g} g? 1 stick = 113 g. 2 decimals",
        f"{g}g butter in sticks (113 g each)? round 2 dp",
    ), [num(v, 2)]


@family
def spoons_of_yeast(rng: random.Random) -> Made:
    g = rng.randint(3, 40)
    per = rng.choice([F("3.1"), F("2.8"), F(3), F("3.5")])
    v = g / per
    return pick(
        rng,
        f"need {g} g of yeast; a teaspoon of it weighs {d(per)} g. how many teaspoons? 1 decimal",
        f"{g} grams yeast = how many tsp if 1 tsp = {d(per)} g? round to one decimal",
    ), [num(v, 1)]


@family
def oven_gas_mark(rng: random.Random) -> Made:
    mark = rng.randint(1, 9)
    base, step = rng.choice([121, 135, 140]), rng.choice([14, 15])
    c = base + (mark - 1) * F(step)
    f_ = c * 9 / 5 + 32
    return pick(
        rng,
        f"if gas mark 1 = {base} °C and each mark adds {step} °C, what is gas mark "
        f"{mark} in °F? nearest degree",
        f"Gas mark {mark}: using {base}°C for mark 1 plus {step}°C per mark, what "
        f"temperature is that in Fahrenheit (round to whole)?",
    ), [num(f_, 0)]


def mixed(x: F) -> str:
    """A fraction as a mixed number ("1 1/2"), so "11/2" is never misread."""
    whole, rest = divmod(x, 1)
    if rest == 0:
        return str(whole)
    part = f"{rest.numerator}/{rest.denominator}"
    return f"{whole} {part}" if whole else part


@family
def cups_liquid_to_ml(rng: random.Random) -> Made:
    cups = F(rng.randint(1, 24), rng.choice([2, 3, 4]))
    per = rng.choice([240, 250, F("236.6")])
    v = cups * per
    return pick(
        rng,
        f"{d(cups) if cups.denominator in (1, 2, 4) else mixed(cups)} cups of milk in "
        f"ml (1 cup = {d(per)} ml)? nearest ml",
        f"how many millilitres is {mixed(cups)} cup(s) of water, with 1 cup = {d(per)} mL? round "
        f"to whole mL",
    ), [num(v, 0)]


@family
def pinch_of_salt_per_liter(rng: random.Random) -> Made:
    g_per_l = tenth(rng, 5, 35)
    ml = rng.randint(3, 80) * 50
    v = g_per_l * ml / 1000
    return pick(
        rng,
        f"brine: {d(g_per_l)} g salt per litre. how much salt for {ml} ml of water? 1 decimal",
        f"I need {d(g_per_l)}g of salt per L of water. for {ml}ml, how many grams?",
    ), [list(dict.fromkeys(num(v, 1) + loose(v)))]


# ---------------------------------------------------------------- fuel economy


@family
def mpg_us_to_l100(rng: random.Random) -> Made:
    mpg = rng.randint(15, 60)
    v = F(100) * F("3.785411784") / (mpg * F("1.609344"))
    return pick(
        rng,
        f"{mpg} mpg (US) in L/100km? 1 US gal = 3.785411784 L, 1 mi = 1.609344 km, 2 decimals",
        f"my car gets {mpg} miles per US gallon. What's that in litres per 100 km (2 dp)? "
        f"use 3.785411784 L/gal and 1.609344 km/mi",
    ), [num(v, 2)]


@family
def l100_to_mpg_uk(rng: random.Random) -> Made:
    lk = tenth(rng, 3.5, 14)
    v = F(100) * F("4.54609") / (lk * F("1.609344"))
    return pick(
        rng,
        f"{d(lk)} L/100km is how many mpg in UK (imperial) gallons? 1 gal = 4.54609 "
        f"L, 1 mi = 1.609344 km. 1 decimal",
        f"convert {d(lk)} l/100 km to imperial mpg, one decimal (4.54609 L per gallon, "
        f"1.609344 km per mile)",
    ), [num(v, 1)]


@family
def l100_to_mpg_us(rng: random.Random) -> Made:
    lk = tenth(rng, 3.5, 14)
    v = F(100) * F("3.785411784") / (lk * F("1.609344"))
    return pick(
        rng,
        f"{d(lk)} L/100 km in US mpg? 1 US gal = 3.785411784 L, 1 mi = 1.609344 km, 1 decimal",
        f"Euro car rated {d(lk)}l/100km - what's that in miles per (US) gallon? round to 1 "
        f"dp; 3.785411784 L/gal, 1.609344 km/mile",
    ), [num(v, 1)]


@family
def km_per_liter(rng: random.Random) -> Made:
    km = rng.randint(250, 900)
    litres = tenth(rng, 20, 65)
    v = km / litres
    return pick(
        rng,
        f"drove {km} km on {d(litres)} L of fuel. km per litre? 2 decimals",
        f"I used {d(litres)} litres for {km} km, how many km did I get per litre? 2 decimals",
    ), [num(v, 2)]


@family
def l100_from_trip(rng: random.Random) -> Made:
    km = rng.randint(150, 900)
    litres = tenth(rng, 10, 65)
    v = litres * 100 / km
    return pick(
        rng,
        f"I filled up {d(litres)} L after driving {km} km. what's my fuel use in L/100km (2 dp)?",
        f"{km} km used {d(litres)} litres - litres per 100 km? round to two decimals",
    ), [num(v, 2)]


@family
def trip_fuel_cost(rng: random.Random) -> Made:
    km = rng.randint(80, 1200)
    lk = tenth(rng, 4.5, 11)
    price = F(rng.randint(130, 220), 100)
    v = F(km, 100) * lk * price
    return pick(
        rng,
        f"road trip of {km} km, my car uses {d(lk)} L/100km and fuel is {d(price)} "
        f"per litre. fuel cost? 2 decimals",
        f"How much will fuel cost for {km} km at {d(lk)} l/100km if petrol is "
        f"€{d(price)}/L? round to cents",
    ), [num(v, 2)]


@family
def trip_fuel_cost_mpg(rng: random.Random) -> Made:
    mi = rng.randint(50, 900)
    mpg = rng.randint(18, 50)
    price = F(rng.randint(280, 520), 100)
    v = F(mi, mpg) * price
    return pick(
        rng,
        f"driving {mi} miles, car gets {mpg} mpg, gas ${d(price)}/gallon. how much "
        f"for gas? round to cents",
        f"{mi} mi trip at {mpg} miles per gallon with gas at {d(price)} a gallon - total "
        f"fuel cost (2 dp)?",
    ), [num(v, 2)]


@family
def range_from_tank(rng: random.Random) -> Made:
    tank = rng.randint(35, 80)
    lk = tenth(rng, 4, 12)
    v = F(tank) * 100 / lk
    return pick(
        rng,
        f"{tank} L tank and {d(lk)} L/100km - how many km on a full tank? nearest km",
        f"how far can I go on a full {tank}-litre tank using {d(lk)} litres per 100 km? "
        f"round to whole km",
    ), [num(v, 0)]


# ---------------------------------------------------------------- currency

CUR = [
    ("EUR", "USD", "1.17"),
    ("USD", "EUR", "0.86"),
    ("GBP", "EUR", "1.15"),
    ("USD", "JPY", "149.5"),
    ("EUR", "GBP", "0.87"),
    ("AUD", "USD", "0.66"),
    ("USD", "CAD", "1.37"),
    ("CHF", "EUR", "1.07"),
    ("USD", "MXN", "18.2"),
    ("GBP", "USD", "1.34"),
    ("EUR", "SEK", "11.1"),
    ("USD", "INR", "83.4"),
]


@family
def currency_convert(rng: random.Random) -> Made:
    a, b, r = rng.choice(CUR)
    amt = rng.choice([F(rng.randint(5, 2000)), F(rng.randint(500, 30000), 100)])
    v = amt * F(r)
    return pick(
        rng,
        f"convert {d(amt)} {a} to {b}, 1 {a} = {r} {b}",
        f"how much is {d(amt)} {a} in {b}? rate is {r} {b} per {a}. round to 2 decimals",
        f"{d(amt)}{a} -> {b} at {r}?",
    ), [num(v, 2)]


@family
def currency_reverse(rng: random.Random) -> Made:
    a, b, r = rng.choice(CUR)
    amt = F(rng.randint(10, 5000))
    v = amt / F(r)
    return pick(
        rng,
        f"I need {d(amt)} {b}. how many {a} is that if 1 {a} = {r} {b}? 2 decimals",
        f"at a rate of 1 {a} = {r} {b}, {d(amt)} {b} costs how many {a}? round to cents",
    ), [num(v, 2)]


@family
def currency_with_fee(rng: random.Random) -> Made:
    a, b, r = rng.choice(CUR)
    amt = F(rng.randint(50, 3000))
    fee = rng.choice([F(1), F("1.5"), F(2), F("2.5"), F(3)])
    v = amt * F(r) * (1 - fee / 100)
    return pick(
        rng,
        f"exchanging {d(amt)} {a} to {b} at {r} but the bureau keeps a {d(fee)}% fee "
        f"(taken from the converted amount). how much {b} do I get? 2 dp",
        f"Rate 1 {a} = {r} {b}, fee {d(fee)}% deducted after conversion. I change {d(amt)} "
        f"{a}; what do I receive in {b}? round to 2 decimals",
    ), [num(v, 2)]


@family
def price_compare_currency(rng: random.Random) -> Made:
    p_eur = F(rng.randint(2000, 90000), 100)
    rate = F(rng.choice(["1.08", "1.12", "1.17", "1.05", "1.10"]))
    p_usd = F(rng.randint(2000, 95000), 100)
    diff = p_usd - p_eur * rate
    return pick(
        rng,
        f"same headphones cost €{d(p_eur)} in Germany or ${d(p_usd)} in the US. 1 EUR "
        f"= {d(rate)} USD. how many dollars more does the US one cost (negative if "
        f"cheaper)? 2 dp",
        f"EUR price {d(p_eur)}, USD price {d(p_usd)}, rate 1 EUR = {d(rate)} USD. "
        f"Difference USD price minus converted EUR price, in USD, 2 "
        f"decimals?",
    ), [num(diff, 2) + [f"-${x[1:]}" for x in num(diff, 2) if x.startswith("-")]]


@family
def cross_rate(rng: random.Random) -> Made:
    r1 = F(rng.randint(105, 125), 100)
    r2 = F(rng.randint(140, 160)) + F(rng.randint(0, 9), 10)
    v = r2 / r1
    return pick(
        rng,
        f"1 EUR = {d(r1)} USD and 1 EUR = {d(r2)} JPY. how many yen per dollar? 2 decimals",
        f"if a euro buys {d(r1)} dollars or {d(r2)} yen, what's the USD->JPY rate (2 dp)?",
    ), [num(v, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        cups_to_grams,
        grams_to_cups,
        tbsp_to_ml,
        tsp_from_tbsp,
        butter_sticks,
        spoons_of_yeast,
        oven_gas_mark,
        cups_liquid_to_ml,
        pinch_of_salt_per_liter,
        mpg_us_to_l100,
        l100_to_mpg_uk,
        l100_to_mpg_us,
        km_per_liter,
        l100_from_trip,
        trip_fuel_cost,
        trip_fuel_cost_mpg,
        range_from_tank,
        currency_convert,
        currency_reverse,
        currency_with_fee,
        price_compare_currency,
        cross_rate,
    )
]
