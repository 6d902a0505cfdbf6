"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 23: a tennis-court sign
split between players, and screenshots of paint mixes, payslip tax and tyre sizes."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import EN, Made, family, money, number, shot, sign
from bench.data.agents.helpers import Family


@family
def court_split(rng: random.Random) -> Made:
    court = rng.choice([600, 750, 800, 900, 1000, 1200])
    lights = rng.choice([150, 200, 250, 300])
    cur = rng.choice(["£", "$", "€"])
    hours = Fraction(rng.randint(2, 6), 2)
    lit = rng.random() < 0.6
    players = rng.choice([2, 4])
    total = hours * (court + (lights if lit else 0)) / 100
    words = ["TENNIS COURTS", f"{cur}{court / 100:.2f} PER HOUR",
             f"FLOODLIGHTS {cur}{lights / 100:.2f} PER HOUR"]
    when = "in the evening with the lights on" if lit else "in daylight, no lights"
    return (f"{EN[players].capitalize()} of us are playing for {float(hours):g} "
            f"hour{'s' * (hours != 1)} "
            f"{when}. Split evenly, what does each player pay?",
            [money(total / players)], sign(rng, words))


@family
def paint_ratio(rng: random.Random) -> Made:
    a, b = rng.choice([(3, 2), (2, 1), (4, 1), (5, 3), (3, 1), (1, 2)])
    need = Fraction(rng.randint(5, 40), 2)
    names = rng.choice([("Ocean blue", "White"), ("Red", "Yellow"), ("Green", "Grey")])
    mix = f"{a} part{'s' * (a > 1)} {names[0]} : {b} part{'s' * (b > 1)} {names[1]}"
    rows = ["Custom colour: Sea Glass", f"Mix: {mix}", "Finish: matt"]
    return (f"I need {float(need):g} litres of the mixed colour. How many litres of "
            f"{names[0].lower()} go in? Two decimals.", [number(need * a / (a + b), 2)],
            shot(rng, "Paint Mixer", rows))


@family
def tax_over_allowance(rng: random.Random) -> Made:
    gross = rng.randrange(150000, 600000, 5)
    allowance = rng.choice([104750, 100000, 125000, 83333])
    rate = rng.choice([20, 22, 25])
    cur = rng.choice(["£", "$", "€"])
    rows = [f"Gross pay: {cur}{gross / 100:,.2f}",
            f"Tax-free allowance: {cur}{allowance / 100:,.2f}", f"Tax rate: {rate}% on the rest"]
    value = Fraction((gross - allowance) * rate, 10000)
    return ("How much tax comes off this month's pay? To the cent.", [money(value)],
            shot(rng, "Payslip", rows))


@family
def tyre_diameter(rng: random.Random) -> Made:
    width = rng.choice([175, 185, 195, 205, 215, 225, 235, 245])
    profile = rng.choice([40, 45, 50, 55, 60, 65, 70])
    rim = rng.choice([14, 15, 16, 17, 18, 19])
    rows = [f"Tyre size: {width}/{profile} R{rim}", "Load index: 91", "Speed rating: V"]
    value = Fraction(254, 10) * rim + 2 * Fraction(width * profile, 100)
    return ("Overall diameter = rim (inches x 25.4 mm) plus two sidewalls (width x profile %). "
            "What's it for my tyres, in mm to one decimal?", [number(value, 1)],
            shot(rng, "Tyre Info", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    court_split, paint_ratio, tax_over_allowance, tyre_diameter)]
