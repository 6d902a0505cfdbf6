"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-11: short two-part
questions mixing a conversion with money, time or a chart."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import MEAN, F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def height_ft_in_to_cm_bmi(rng: random.Random) -> Made:
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(110, 260)
    cm = (ft * 12 + inch) * F("2.54")
    kg = lb * F("0.45359237")
    bmi = kg / (cm / 100) ** 2
    if near(cm, 1) or near(bmi, 1):
        return None
    text = f"I'm {ft}'{inch}\" and {lb} lbs. height in cm (1 dp)? and my BMI (1 dp)?"
    return text, [num(cm, 1), num(bmi, 1)]


@family
def fuel_price_sign_tank_gbp(rng: random.Random) -> Made:
    ppl = F(rng.randint(1399, 1899), 10)
    tank = rng.randint(40, 70)
    cost = ppl * tank / 100
    usd = convert(F(round(cost * 100), 100), "GBP", "USD")
    if tie(cost) or tie(usd):
        return None
    recipe = sign(rng, ["UNLEADED", f"{float(ppl):.1f}p per litre"])
    text = (f"UK petrol station sign in the pic. Filling a {tank} L tank — cost in pounds, and in "
            "dollars for my expense report (1 EUR = 1.17 USD = 0.87 GBP)?")
    return text, [money(cost, "GBP") + cash(cost), money(usd, "USD") + cash(usd)], \
        {"image": recipe}


@family
def receipt_bakery_per_dozen(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10, 15, 18])
    each = cents(rng, 0.8, 3.5)
    coffee = cents(rng, 2.5, 5)
    goods = [(f"Muffin x{n}", n * each), ("Coffee", coffee)]
    total = n * each + coffee
    dozen = each * 12
    recipe = bill(rng, "Blue Bakery", goods)
    text = (f"Bakery receipt attached (the muffin line is {n} muffins). Total? Price of one "
            "muffin? What would a dozen cost at that price?")
    return text, [cash(total), cash(each), cash(dozen)], {"image": recipe}


@family
def sleep_alarm_cycles_hours(rng: random.Random) -> Made:
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 30) // 5 * 5
    fall, cycles = rng.choice([10, 15, 20]), rng.choice([5, 6])
    wake = bed + fall + cycles * 90
    text = (f"Going to bed at {say(bed)}, it takes me about {fall} min to fall asleep. I want "
            f"{cycles} full 90-minute sleep cycles — what time should the alarm be set for, and "
            "how many hours of actual sleep is that?")
    return text, [clock(wake), [f"{num(F(cycles * 3, 2), 1)[0]} hours",
                                f"{num(F(cycles * 3, 2), 1)[-1]} hours"]]


def say(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


@family
def weights_lifted_kg_chart(rng: random.Random) -> Made:
    lifts = [rng.randint(40, 140) for _ in range(5)]
    total_kg = sum(lifts)
    lb = total_kg / F("0.45359237")
    if near(lb, 0):
        return None
    text = ("best lifts this month (kg): squat " + f"{lifts[0]}, bench {lifts[1]}, deadlift "
            f"{lifts[2]}, row {lifts[3]}, press {lifts[4]}. Sum in kg and lb (nearest lb)? bar "
            "chart too")
    return text, [[f"{total_kg} kg", f"{total_kg}kg"], num(lb, 0), CHART]


@family
def hourly_to_day_rate_eur(rng: random.Random) -> Made:
    hourly, hours = cents(rng, 18, 60), F(rng.choice([15, 16, 17]), 2)
    day = hourly * hours
    eur = convert(day, "GBP", "EUR")
    if tie(day) or tie(eur):
        return None
    text = (f"I charge £{d2(hourly)}/hr. Client wants a day rate for a day of "
            f"{float(hours):g} hours. What's the day rate, and in euros (1 EUR = 0.87 GBP)?")
    return text, [money(day, "GBP") + cash(day), money(eur, "EUR") + cash(eur)]


@family
def cone_volume_ml_cost(rng: random.Random) -> Made:
    r, h = rng.randint(3, 6), rng.randint(8, 14)
    vol = math.pi * r * r * h / 3
    per_l = cents(rng, 4, 12)
    cost = vol / 1000 * float(per_l)
    if near(vol, 0) or near(cost, 2, 0.002):
        return None
    text = (f"Paper cone cups: radius {r} cm, height {h} cm. Volume in ml (nearest ml)? If the "
            f"smoothie costs ${d2(per_l)} a litre, cost to fill one cone (to the cent)?")
    return text, [num(vol, 0), num(cost, 2)]


@family
def scores_mean_percent_above(rng: random.Random) -> Made:
    vals = [rng.randint(40, 100) for _ in range(8)]
    mean = F(sum(vals), 8)
    above = sum(v > mean for v in vals)
    pct = F(above * 100, 8)
    if tie(mean):
        return None
    text = ("quiz results: " + " ".join(map(str, vals)) + ". mean? how many scored above it and "
            "what percent of the group is that?")
    return text, [stat(MEAN, mean), [f"{above} scored", f"{above} people", f"{above} students",
                                     f"{above} of", f"{above} out of"],
                  [f"{v}%" for v in num(pct, 1)] + [f"{v} %" for v in num(pct, 1)]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    height_ft_in_to_cm_bmi, fuel_price_sign_tank_gbp, receipt_bakery_per_dozen,
    sleep_alarm_cycles_hours, weights_lifted_kg_chart, hourly_to_day_rate_eur,
    cone_volume_ml_cost, scores_mean_percent_above)]
