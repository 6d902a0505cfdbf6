"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 4: cooking, fuel, money.
"""

from __future__ import annotations

import math
import random
from typing import Any

from bench.data.agents.heldout19_units import F, family, forms, money, num, pick, rnd
from bench.data.agents.helpers import Family

INGREDIENTS = [("flour", 125), ("sugar", 200), ("rice", 185), ("oats", 90), ("cocoa powder", 85),
               ("brown sugar", 220), ("icing sugar", 120), ("butter", 227)]


@family
def cups_flour_to_grams(rng: random.Random) -> Any:
    name, g = rng.choice(INGREDIENTS)
    cups = rnd(rng, "0.25", 5, "0.25")
    text = pick(rng, "How many grams is {c} cups of {n}? Assume 1 cup of {n} = {g} g.",
                "recipe says {c} cups {n}, I only have a scale. 1 cup {n} weighs {g}g - "
                "how many grams?",
                "{c} c of {n} in grams (1 cup = {g} g)?", c=num(cups), n=name, g=g)
    return text, forms(cups * g, 1)


@family
def grams_to_cups(rng: random.Random) -> Any:
    name, g = rng.choice(INGREDIENTS)
    grams = rnd(rng, 50, 1000, 5)
    text = pick(rng, "How many cups is {w} g of {n} if a cup of {n} weighs {g} g? 2 decimals",
                "{w}g {n} to cups, 1 cup = {g}g, round to 2 dp", w=num(grams), n=name, g=g)
    return text, forms(grams / g, 2)


@family
def tablespoons_butter_grams(rng: random.Random) -> Any:
    tbsp = rnd(rng, 1, 16, "0.5")
    per = rng.choice([14, F("14.2"), 15])
    text = pick(rng, "{t} tbsp of butter is how many grams? (1 tbsp butter = {p} g)",
                "I need {t} tablespoons butter, how much is that in g if one tbsp is {p} g?",
                t=num(tbsp), p=num(per))
    return text, forms(tbsp * per, 1)


@family
def ml_oil_to_grams(rng: random.Random) -> Any:
    ml = rnd(rng, 15, 750, 5)
    dens = rng.choice([F("0.92"), F("0.91"), F("1.03"), F("1.42"), F("0.79")])
    what = {F("0.92"): "olive oil", F("0.91"): "sunflower oil", F("1.03"): "milk",
            F("1.42"): "honey", F("0.79"): "vodka"}[dens]
    text = pick(rng, "How many grams is {m} mL of {w}? density {d} g/mL, 1 decimal",
                "{m} ml {w} in grams? ({w} weighs {d} g per ml) one decimal", m=num(ml), w=what,
                d=num(dens))
    return text, forms(ml * dens, 1)


@family
def sticks_of_butter_grams(rng: random.Random) -> Any:
    sticks = rnd(rng, "0.25", 8, "0.25")
    text = pick(rng, "US recipe: {s} sticks of butter. How many grams? (1 stick = 113 g)",
                "how many g of butter is {s} sticks if a stick is 113 grams", s=num(sticks))
    return text, forms(sticks * 113, 2)


@family
def mpg_to_l_per_100km(rng: random.Random) -> Any:
    mpg = rnd(rng, 15, 70, "0.5")
    text = pick(rng, "My car does {m} mpg (US). What's that in L/100 km? Use 1 US gal = 3.785 L "
                "and 1 mile = 1.609 km, 1 decimal",
                "convert {m} miles per US gallon to litres per 100 km (3.785 L/gal, 1.609 km/mi), "
                "1 dp", m=num(mpg))
    return text, forms(100 * F("3.785") / (mpg * F("1.609")), 1)


@family
def l_per_100km_to_mpg(rng: random.Random) -> Any:
    l100 = rnd(rng, "3.5", 15, "0.1")
    text = pick(rng, "{l} L/100km in US mpg? (1 gal = 3.785 L, 1 mi = 1.609 km) 1 decimal",
                "My rental uses {l} litres per 100 km. How many miles per (US) gallon is that? "
                "1 mile = 1.609 km, 1 gallon = 3.785 L, round to 1 dp", l=num(l100))
    return text, forms(100 * F("3.785") / (l100 * F("1.609")), 1)


@family
def uk_mpg_to_l_per_100km(rng: random.Random) -> Any:
    mpg = rnd(rng, 20, 80, 1)
    text = pick(rng, "{m} mpg (UK gallons, 4.546 L) to L/100 km? 1 mile = 1.609 km. 2 decimals",
                "UK car brochure says {m} mpg. Imperial gallon = 4.546 L, mile = 1.609 km. "
                "What is it in l/100km, 2 dp?", m=num(mpg))
    return text, forms(100 * F("4.546") / (mpg * F("1.609")), 2)


@family
def km_per_liter_to_l_per_100(rng: random.Random) -> Any:
    kml = rnd(rng, 8, 30, "0.5")
    text = pick(rng, "My scooter does {k} km per litre. What's that in L/100 km? 2 decimals",
                "{k} km/L = ? litres per 100 km (2 dp)", k=num(kml))
    return text, forms(100 / kml, 2)


@family
def eur_to_usd(rng: random.Random) -> Any:
    amt = rnd(rng, 5, 2500, "0.5")
    rate = rnd(rng, "1.02", "1.25", "0.01")
    text = pick(rng, "How much is €{a} in dollars? 1 EUR = {r} USD, 2 decimals",
                "convert {a} euros to USD at {r} USD per EUR, 2 dp",
                "My hotel is {a} EUR. At 1 euro = {r} dollars, what's that in $ (to the "
                "cent)?", a=money(amt),
                r=num(rate))
    return text, forms(amt * rate, 2)


@family
def usd_to_gbp(rng: random.Random) -> Any:
    amt = rnd(rng, 10, 3000, 1)
    rate = rnd(rng, "0.72", "0.85", "0.01")
    text = pick(rng, "${a} in pounds? rate 1 USD = {r} GBP",
                "How many £ do I get for {a} US dollars if 1 dollar = {r} pounds? 2 dp",
                a=money(amt), r=num(rate))
    return text, forms(amt * rate, 2)


@family
def gbp_to_eur_inverse(rng: random.Random) -> Any:
    amt = rnd(rng, 10, 900, 1)
    rate = rnd(rng, "0.82", "0.90", "0.01")
    text = pick(rng, "1 EUR = {r} GBP. How many euros is £{a}? round to 2 decimals",
                "If a euro costs {r} pounds, what is {a} GBP in EUR (2 dp)?", a=money(amt),
                r=num(rate))
    return text, forms(amt / rate, 2)


@family
def cross_rate_conversion(rng: random.Random) -> Any:
    amt = rnd(rng, 20, 2000, 5)
    usd, jpy = rnd(rng, "1.05", "1.20", "0.01"), rnd(rng, 150, 175, 1)
    text = pick(rng, "1 EUR = {u} USD and 1 EUR = {j} JPY. How many yen is ${a}? nearest yen",
                "Rates: EUR/USD {u}, EUR/JPY {j}. Convert {a} US dollars to yen, round to "
                "whole yen",
                u=num(usd), j=num(jpy), a=money(amt))
    return text, forms(amt / usd * jpy, 0)


def cent(x: Any) -> Any:
    """x rounded to the cent, halves up."""
    return F(math.floor(F(x) * 100 + F(1, 2)), 100)


@family
def card_fee_conversion(rng: random.Random) -> Any:
    amt = rnd(rng, 10, 800, "0.5")
    rate = rnd(rng, "1.05", "1.30", "0.01")
    fee = rng.choice([F("1.5"), F("2.5"), F(3), F("2.75"), F(2)])
    text = pick(rng, "I paid €{a} abroad. Rate 1 EUR = {r} USD and my card adds a {f}% fee on "
                "top. How much in USD did it cost me, to the cent?",
                "{a} euro purchase, card converts at {r} $/€ plus {f}% foreign fee - total in "
                "dollars (2 dp)?", a=money(amt), r=num(rate), f=num(fee))
    # converting to dollars and rounding to the cent before the fee is just as reasonable
    usd = cent(amt * rate)
    answers = [forms(amt * rate * (1 + fee / 100), 2), forms(usd * (1 + fee / 100), 2),
               forms(usd + cent(usd * fee / 100), 2)]
    if any(a is None for a in answers):
        return None
    return text, list(dict.fromkeys(x for a in answers for x in a))


@family
def price_per_pound_to_kg(rng: random.Random) -> Any:
    p = rnd(rng, "0.49", "19.99", "0.01")
    text = pick(rng, "Cheese is ${p}/lb. What is that per kilogram? (1 kg = 2.2046 lb) 2 decimals",
                "apples at {p} dollars a pound = how much per kg? use 2.2046 lb per kg, 2 dp",
                p=money(p))
    return text, forms(p * F("2.2046"), 2)


@family
def gas_price_gallon_to_liter(rng: random.Random) -> Any:
    p = rnd(rng, "2.50", "6.50", "0.01")
    text = pick(rng, "Gas is ${p} per gallon. How much is that per litre? (1 US gal = 3.785 L) "
                "3 decimals",
                "{p} $/gal to $/L, 3 dp, 3.785 litres per gallon", p=money(p))
    return text, forms(p / F("3.785"), 3)


@family
def petrol_price_liter_to_gallon(rng: random.Random) -> Any:
    p = rnd(rng, "1.20", "2.30", "0.01")
    text = pick(rng, "Petrol here is €{p} a litre. What's that per US gallon (3.785 L)? 2 decimals",
                "{p} per liter -> per gallon? 1 gal = 3.785 L, round 2 dp", p=money(p))
    return text, forms(p * F("3.785"), 2)


@family
def tip_in_other_currency(rng: random.Random) -> Any:
    bill = rnd(rng, 20, 300, "0.5")
    tip = rng.choice([10, 12, 15, 18, 20])
    rate = rnd(rng, "0.80", "0.95", "0.01")
    text = pick(rng, "Dinner was ${b} and I'm tipping {t}%. With 1 USD = {r} EUR, what's the total "
                "in euros (2 dp)?",
                "Bill ${b} + {t}% tip. Convert the total to EUR at {r} EUR per dollar, 2 dp",
                b=money(bill), t=tip, r=num(rate))
    # rounding the dollar total with tip to the cent before converting is just as reasonable
    answers = [forms(bill * (100 + tip) / 100 * rate, 2),
               forms(cent(bill * (100 + tip) / 100) * rate, 2)]
    if any(a is None for a in answers):
        return None
    return text, list(dict.fromkeys(x for a in answers for x in a))


@family
def oven_celsius_to_fahrenheit(rng: random.Random) -> Any:
    c = rnd(rng, 100, 260, 5)
    text = pick(rng, "Bake at {c} °C - what's that in Fahrenheit? nearest degree",
                "my US oven is in F, recipe says {c}C. what's that in F exactly?",
                "{c} degrees C oven temperature = ? °F", c=num(c))
    return text, forms(c * F(9, 5) + 32, 0)


@family
def eggs_by_weight(rng: random.Random) -> Any:
    grams = rnd(rng, 100, 600, 10)
    egg = rng.choice([50, 55, 60])
    text = pick(rng, "Recipe calls for {g} g of egg. If one egg (without shell) is {e} g, how many "
                "eggs is that? 1 decimal",
                "how many {e}g eggs make {g} grams of egg? one decimal", g=num(grams), e=egg)
    return text, forms(F(grams) / egg, 1)


@family
def yeast_conversion(rng: random.Random) -> Any:
    fresh_g = rnd(rng, 5, 60, "0.5")
    ratio = rng.choice([F(3), F("2.5"), F(2)])
    text = pick(rng, "Recipe wants {g} g fresh yeast; I have dry yeast. If dry = fresh ÷ {r}, "
                "how many grams of dry yeast? 2 decimals",
                "{g}g fresh yeast -> dry yeast, dividing by {r}. 2 dp", g=num(fresh_g),
                r=num(ratio))
    return text, forms(fresh_g / ratio, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cups_flour_to_grams, grams_to_cups, tablespoons_butter_grams, ml_oil_to_grams,
    sticks_of_butter_grams, mpg_to_l_per_100km, l_per_100km_to_mpg, uk_mpg_to_l_per_100km,
    km_per_liter_to_l_per_100, eur_to_usd, usd_to_gbp, gbp_to_eur_inverse,
    cross_rate_conversion, card_fee_conversion, price_per_pound_to_kg,
    gas_price_gallon_to_liter, petrol_price_liter_to_gallon, tip_in_other_currency,
    oven_celsius_to_fahrenheit, eggs_by_weight, yeast_conversion)]
