"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 8: receipts split in
whole amounts or matched to a figure, and signs for tolls, daylight, charging, runs and pools.
"""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    EN,
    Made,
    clock,
    count,
    family,
    hm,
    money,
    receipt,
    sign,
    span,
)
from bench.data.agents.helpers import Family


@family
def round_up_split(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="diner", count=(3, 5), low=400, high=2600)
    people = rng.randint(2, 6)
    t = sum(c for _, c in lines)
    each = math.ceil(t / (100 * people))
    if t % (100 * people) == 0:
        return None
    return (f"{EN[people].capitalize()} of us, and we'd each rather pay a whole number of "
            f"{'dollars' if cur == '$' else 'euros' if cur == '€' else 'pounds'} - rounding "
            "up. How much does each person put in, and how much goes over the bill in total "
            "(that's the tip)?", [money(each * 100, True), money(each * 100 * people - t, True)],
            recipe)


@family
def pair_for_amount(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 5), low=100, high=2200)
    sums = {}
    for (a, ca), (b, cb) in itertools.combinations(lines, 2):
        sums.setdefault(ca + cb, []).append((a, b))
    target, pairs = rng.choice(sorted(sums.items()))
    if len(pairs) != 1 or any(c == target for _, c in lines):
        return None
    a, b = pairs[0]
    return (f"Two of the things on this receipt add up to exactly {cur}{target / 100:.2f}. "
            "Which two?", [[a.lower()], [b.lower()]], recipe)


@family
def allowance_weeks(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="toys", count=(3, 5), low=400, high=3000)
    good, cents = rng.choice(lines)
    pocket = rng.choice([2, 3, 4, 5, 6, 8])
    if cents % (pocket * 100) == 0:
        return None
    return (f"My kid wants to pay me back for the {good.lower()} out of {cur}{pocket} a week "
            "pocket money. How many weeks until it's fully paid off?",
            [count(math.ceil(cents / (pocket * 100)), "weeks")], recipe)


@family
def toll_mixed(rng: random.Random) -> Made:
    car, van, truck = sorted(rng.sample(range(150, 1600, 25), 3))
    cars, trucks = rng.randint(1, 6), rng.randint(1, 4)
    words = ["TOLL PLAZA", f"CARS ${car / 100:.2f}", f"VANS ${van / 100:.2f}",
             f"TRUCKS ${truck / 100:.2f}"]
    return (f"Our firm sends {cars} car{'s' * (cars > 1)} and {trucks} truck{'s' * (trucks > 1)} "
            "through here every day. What's the daily toll bill?",
            [money(cars * car + trucks * truck, True)], sign(rng, words))


@family
def daylight_length(rng: random.Random) -> Made:
    rise = rng.randrange(4 * 60 + 30, 8 * 60 + 30)
    setting = rng.randrange(16 * 60, 21 * 60 + 30)
    words = ["SUNRISE " + hm(rise), "SUNSET " + hm(setting)]
    return (rng.choice(["how much daylight do we get today according to the board?",
                        "How long is it between sunrise and sunset on this sign?"]),
            [span(setting - rise)], sign(rng, words))


@family
def ev_charge_cost(rng: random.Random) -> Made:
    price = rng.randint(29, 89)
    cur = rng.choice(["£", "€", "$"])
    battery = rng.choice([40, 52, 58, 64, 75, 82, 100])
    a = rng.randrange(5, 45, 5)
    b = rng.randrange(a + 20, 101, 5)
    words = ["RAPID CHARGER", f"{cur}0.{price} PER KWH"]
    value = Fraction(battery * (b - a) * price, 10000)
    return (f"My car's battery is {battery} kWh. Charging here from {a}% to {b}%, what will "
            "it cost? Ignore losses.", [money(value)], sign(rng, words))


@family
def fun_run_finish(rng: random.Random) -> Made:
    km = rng.choice([5, 8, 10])
    start = rng.randrange(8 * 60, 11 * 60, 15)
    pace = rng.randint(270, 480)
    total = km * pace
    if total % 60:
        return None
    words = ["FUN RUN", f"{km} KM", f"START {hm(start)}"]
    return (f"If I run the whole thing at {pace // 60}:{pace % 60:02d} per km, what time do I "
            "cross the finish?", [clock(start + total // 60)], sign(rng, words))


@family
def lengths_needed(rng: random.Random) -> Made:
    pool = rng.choice([20, 25, 33, 50])
    target = rng.randrange(400, 3000, 100)
    if target % pool == 0:
        return None
    return (f"I want to swim at least {target} m today. How many full lengths is that in this "
            "pool?", [count(math.ceil(target / pool), "lengths")],
            sign(rng, ["MAIN POOL", f"LENGTH {pool} M"]))


@family
def bundle_best(rng: random.Random) -> Made:
    single = rng.choice([1, 2, 3])
    k = rng.choice([3, 4, 5, 6])
    bundle = single * k - rng.randint(1, single * k - single - 1 if single * k > 3 else 1)
    want = rng.randint(k + 1, 4 * k)
    cost = min(b * bundle + (want - b * k) * single for b in range(want // k + 1))
    cost = min(cost, math.ceil(want / k) * bundle)
    words = ["BOOK SALE", f"${single} EACH", f"OR {k} FOR ${bundle}"]
    return (f"I want {want} books. What's the cheapest I can get at least that many for, "
            "using these prices?", [money(cost)], sign(rng, words))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    round_up_split, pair_for_amount, allowance_weeks, toll_mixed, daylight_length,
    ev_charge_cost, fun_run_finish, lengths_needed, bundle_best)]
