"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 10: kitchen weights and
volumes with a stated density, and prices per unit across unit systems."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, family, grid, pick, show
from bench.data.agents.helpers import Family

CUPS = {
    F(1, 4): "1/4",
    F(1, 3): "1/3",
    F(1, 2): "1/2",
    F(2, 3): "2/3",
    F(3, 4): "3/4",
    F(1): "1",
    F(5, 4): "1 1/4",
    F(3, 2): "1 1/2",
    F(7, 4): "1 3/4",
    F(2): "2",
    F(5, 2): "2 1/2",
    F(3): "3",
    F(4): "4",
}


@family
def flour_cups_to_grams(rng: random.Random) -> Made:
    cups = rng.choice(list(CUPS))
    what, per = rng.choice(
        [
            ("flour", 125),
            ("plain flour", 120),
            ("sugar", 200),
            ("brown sugar", 220),
            ("oats", 90),
            ("cocoa powder", 85),
        ]
    )
    t = pick(
        rng,
        "How many grams is {c} cup of {w}? Take 1 cup of {w} = {p} g, nearest gram.",
        "{c} cups {w} in grams? (1 cup = {p} g) round to whole",
        "my scale only does grams - recipe says {c} cup {w}. at {p} g per cup, how many g?",
    )
    return t.format(c=CUPS[cups], w=what, p=per), [R(cups * per, 0)]


@family
def grams_to_cups(rng: random.Random) -> Made:
    g = rng.randint(40, 900)
    what, per = rng.choice(
        [("flour", 125), ("sugar", 200), ("rice", 185), ("butter", 227), ("grated cheese", 100)]
    )
    t = pick(
        rng,
        "Recipe says {g} g of {w}. How many cups is that if 1 cup = {p} g? 2 decimals",
        "convert {g}g {w} to cups, using {p} g per cup, two dp",
    )
    return t.format(g=g, w=what, p=per), [R(F(g, per), 2)]


@family
def butter_sticks_tbsp(rng: random.Random) -> Made:
    g = rng.randint(20, 500)
    unit, per = rng.choice([("tablespoons", F("14.2")), ("sticks", F(113))])
    d = 1
    t = pick(
        rng,
        "I need {g} g of butter. How many {u} is that? (1 tbsp = 14.2 g, 1 stick = 113 g) 1 "
        "decimal",
        "{g} grams butter = how many {u}? use 14.2 g per tbsp / 113 g per stick, one dp",
    )
    return t.format(g=g, u=unit), [R(g / per, d)]


@family
def honey_ml_to_grams(rng: random.Random) -> Made:
    ml = rng.randint(10, 750)
    what, dens = rng.choice(
        [
            ("honey", F("1.42")),
            ("olive oil", F("0.91")),
            ("milk", F("1.03")),
            ("maple syrup", F("1.32")),
            ("golden syrup", F("1.44")),
        ]
    )
    t = pick(
        rng,
        "How many grams is {m} ml of {w}? Density {d} g/ml, nearest gram.",
        "{m} mL {w} -> grams, with {d} g per mL? whole number",
        "weighing instead of measuring: {m} ml of {w} at {d} g/mL is how many g (round)?",
    )
    return t.format(m=ml, w=what, d=show(dens)), [R(ml * dens, 0)]


@family
def grams_to_ml_density(rng: random.Random) -> Made:
    g = rng.randint(20, 1000)
    what, dens = rng.choice(
        [
            ("vegetable oil", F("0.92")),
            ("honey", F("1.42")),
            ("cream", F("1.01")),
            ("molasses", F("1.4")),
        ]
    )
    t = pick(
        rng,
        "I have {g} g of {w}. What volume is that in ml if the density is {d} g/ml? 1 decimal",
        "{g}g {w}, density {d} g/mL - how many millilitres (one dp)?",
    )
    return t.format(g=g, w=what, d=show(dens)), [R(g / dens, 1)]


@family
def price_per_lb_to_per_kg(rng: random.Random) -> Made:
    p = grid(rng, 0.79, 19.99, 0.01)
    t = pick(
        rng,
        "Beef is ${p} per lb. What's that per kg? (1 kg = 2.2046 lb, 2 decimals)",
        "apples {p}/lb, price per kilo? 1 kg = 2.2046 lb, to the cent",
        "US store sells cheese at ${p}/pound - per kilogram that's? use 2.2046 lb per kg, 2 dp",
    )
    return t.format(p=show(p)), [R(p * F("2.2046"), 2)]


@family
def gas_price_gallon_to_litre_eur(rng: random.Random) -> Made:
    p = grid(rng, 2.5, 6.5, 0.01)
    r = grid(rng, 0.84, 0.96, 0.01)
    t = pick(
        rng,
        "Gas is ${p} per US gallon. In euros per litre? 1 gal = 3.785 L, 1 USD = {r} EUR, 3 "
        "decimals",
        "{p} USD/gallon (US) converted to EUR per litre with 3.785 L/gal and 1 USD = {r} EUR? 3 dp",
    )
    return t.format(p=show(p), r=show(r)), [R(p * r / F("3.785"), 3)]


@family
def paint_sqft_per_gallon(rng: random.Random) -> Made:
    w = rng.randint(8, 30)
    ln = rng.randint(8, 30)
    h = rng.choice([8, 9, 10])
    cov = rng.choice([250, 300, 350, 400])
    coats = rng.choice([1, 2])
    area = 2 * (w + ln) * h
    t = pick(
        rng,
        "Room {a} ft x {b} ft with {h} ft walls, {n} coat(s), paint covers {c} sq ft per gallon. "
        "How many gallons (ignore doors and windows)? 2 decimals",
        "gallons of paint for the 4 walls of a {a}x{b} ft room, {h} ft high, {n} coats, {c} "
        "sqft/gal? 2 dp",
    )
    return t.format(a=w, b=ln, h=h, n=coats, c=cov), [R(F(area * coats, cov), 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        flour_cups_to_grams,
        grams_to_cups,
        butter_sticks_tbsp,
        honey_ml_to_grams,
        grams_to_ml_density,
        price_per_lb_to_per_kg,
        gas_price_gallon_to_litre_eur,
        paint_sqft_per_gallon,
    )
]
