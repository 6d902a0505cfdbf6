"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 6: receipts with
multipack lines and cash rounding, and signs for classes, lifts and fuel grades."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    GOODS,
    Made,
    clock,
    count,
    family,
    hm,
    money,
    number,
    receipt,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family


@family
def units_total(rng: random.Random) -> Made:
    kind = rng.choice(["cinema", "diner", "market"])
    base = rng.sample(GOODS[kind], rng.randint(3, 4))
    qty = [rng.choice([1, 1, 2, 3, 4, 6]) for _ in base]
    if all(q == 1 for q in qty):
        return None
    names = [f"{q}x {g}" if q > 1 else g for g, q in zip(base, qty, strict=True)]
    recipe, _, _ = receipt(rng, kind=kind, names=names, low=150, high=2600)
    return ("Counting each single thing (so '3x' counts as three), how many items did I buy in "
            "total on this receipt?", [count(sum(qty))], recipe)


@family
def cash_rounding(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["market", "chemist", "toys"]), cur="$")
    t = sum(c for _, c in lines)
    if t % 5 == 0:
        return None
    paid = 5 * round(t / 5)
    return ("Cash payments here get rounded to the nearest 5 cents since there are no pennies. "
            "What would I pay for this receipt in cash?", [money(paid, True)], recipe)


@family
def one_fewer(rng: random.Random) -> Made:
    kind = rng.choice(["cinema", "diner"])
    base = rng.sample(GOODS[kind], rng.randint(2, 4))
    n = rng.choice([3, 4, 5, 6])
    i = rng.randrange(len(base))
    names = [f"{n}x {g}" if j == i else g for j, g in enumerate(base)]
    recipe, lines, _ = receipt(rng, kind=kind, names=names, low=300, high=2400)
    cents = lines[i][1] - lines[i][1] % n
    items = [(nm, cents if j == i else c) for j, (nm, c) in enumerate(lines)]
    recipe["items"] = [(nm, c / 100) for nm, c in items]
    total = sum(c for _, c in items)
    return (f"Oops, the {base[i].lower()} line should have been {n - 1}, not {n}. What would "
            "the bill have come to with one fewer, at the same price each?",
            [money(total - cents // n, True)], recipe)


@family
def class_gap(rng: random.Random) -> Made:
    names = rng.sample(["YOGA", "SPIN", "PILATES", "CIRCUITS", "ZUMBA", "BOXING", "STRETCH"], 3)
    times = sorted(rng.sample(range(6 * 60, 21 * 60, 15), 3))
    words = ["TODAY'S CLASSES", *[f"{n} {hm(t)}" for n, t in zip(names, times, strict=True)]]
    i, j = sorted(rng.sample(range(3), 2))
    return (f"How long is it from the start of {names[i].lower()} to the start of "
            f"{names[j].lower()} today?", [span(times[j] - times[i])], sign(rng, words))


@family
def lift_per_person(rng: random.Random) -> Made:
    people = rng.randint(4, 21)
    kg = round(people * rng.randint(65, 90) / 25) * 25
    value = Fraction(kg, people)
    return ("If the lift is full to the number of people on the sign, what's the average "
            "weight each person could be? kg to one decimal", [number(value, 1)],
            sign(rng, ["LIFT CAPACITY", f"{people} PERSONS", f"{kg} KG"]))


@family
def premium_extra(rng: random.Random) -> Made:
    reg = rng.randrange(289, 489)
    prem = reg + rng.randint(20, 90)
    gallons = rng.randint(8, 22)
    words = ["GAS PRICES", f"REGULAR ${reg / 100:.2f}", f"PREMIUM ${prem / 100:.2f}"]
    return (f"How much extra would it cost to put {gallons} gallons of premium in instead of "
            "regular?", [money(gallons * (prem - reg), True)], sign(rng, words))


@family
def world_clock_call(rng: random.Random) -> Made:
    cities = [("London", 0), ("Tokyo", 9), ("New York", -5), ("Sydney", 11), ("Dubai", 4),
              ("Chicago", -6), ("Delhi", 5.5)]
    base = rng.randrange(0, 24 * 60, 5)
    picked = rng.sample(cities, 3)
    rows = [f"{c}  {hm(base + int(off * 60))}" for c, off in picked]
    (a, oa), (b, ob) = rng.sample(picked, 2)
    at = rng.randrange(7 * 60, 22 * 60, 15)
    answer = at + int((ob - oa) * 60)
    return (f"If I ring someone in {a} at {hm(at)} their time, what time will it be in {b}? Go by "
            "these clocks.", [clock(answer)], shot(rng, "World Clock", rows))


@family
def battery_capacity(rng: random.Random) -> Made:
    design = rng.randint(2500, 5200)
    health = rng.randint(72, 99)
    value = Fraction(design * health, 100)
    rows = [f"Maximum capacity: {health}%", f"Design capacity: {design:,} mAh",
            f"Cycle count: {rng.randint(120, 900)}"]
    return (rng.choice(["Roughly how many mAh can my battery hold now? Nearest whole mAh.",
                        "What's my battery's actual capacity now in mAh, from the health "
                        "percentage? Round to a whole number.",
                        "How many mAh is that percentage of the design capacity? nearest mAh"]),
            [number(value)], shot(rng, "Battery Health", rows))


@family
def fill_up_cost(rng: random.Random) -> Made:
    tank = rng.choice([40, 45, 50, 55, 60, 65, 70])
    left = rng.randint(8, 45)
    price = Fraction(rng.randint(139, 219), 100)
    cur = rng.choice(["£", "€"])
    rows = [f"Fuel remaining: {left}%", f"Tank size: {tank} L",
            f"Local price: {cur}{float(price):.2f}/L"]
    value = tank * Fraction(100 - left, 100) * price
    return (rng.choice(["What'll it cost me to fill the tank right up from here? to the cent",
                        "How much to brim the tank at that price? Nearest cent.",
                        "If I fill up completely now, what will I pay? Round to the cent."]),
            [money(value)], shot(rng, "Car Status", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    units_total, cash_rounding, one_fewer, class_gap, lift_per_person, premium_extra,
    world_clock_call, battery_capacity, fill_up_cost)]
