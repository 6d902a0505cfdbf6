"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 20: screenshots of phone
overage, hotel bills, yearly plans, commutes, shared costs and monthly running goals."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import EN, Made, family, money, number, shot
from bench.data.agents.helpers import Family


@family
def overage_charge(rng: random.Random) -> Made:
    incl = rng.choice([100, 200, 300, 500, 1000])
    used = incl + rng.randint(5, 400)
    rate = rng.choice([3, 5, 8, 10, 12, 15])
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Minutes included: {incl}", f"Minutes used: {used}",
            f"Extra minutes: {cur}0.{rate:02d} each"]
    return ("What will I be charged on top of my plan for going over my minutes?",
            [money((used - incl) * rate, True)], shot(rng, "Usage", rows))


@family
def hotel_bill(rng: random.Random) -> Made:
    nights = rng.randint(2, 7)
    rate = rng.randrange(6900, 24900, 100)
    tax = rng.choice([10, 12, 13, 14, 15])
    fee = rng.choice([1500, 2000, 2500, 3000])
    cur = rng.choice(["$", "€"])
    rows = [f"{nights} nights x {cur}{rate / 100:.2f}", f"Room tax: {tax}% of room cost",
            f"Resort fee: {cur}{fee / 100:.2f}/night (no tax)"]
    value = Fraction(nights * rate * (100 + tax), 10000) + Fraction(nights * fee, 100)
    return ("What's the full bill for the stay?", [money(value)], shot(rng, "Booking Summary",
                                                                      rows))


@family
def annual_vs_monthly(rng: random.Random) -> Made:
    monthly = rng.randrange(499, 2999, 100)
    annual = monthly * 12 - rng.randrange(500, monthly * 4, 100)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Monthly: {cur}{monthly / 100:.2f}/month", f"Annual: {cur}{annual / 100:.2f}/year",
            "Cancel anytime"]
    return ("How much do I save over a year by paying annually instead of monthly?",
            [money(monthly * 12 - annual, True)], shot(rng, "Choose Billing", rows))


@family
def commute_hours(rng: random.Random) -> Made:
    each = rng.randint(12, 75)
    days = rng.choice([3, 4, 5])
    weeks = rng.choice([44, 45, 46, 47, 48])
    rows = [f"Commute: {each} min each way", f"Office days: {days} a week",
            f"Working weeks: {weeks} a year"]
    value = Fraction(each * 2 * days * weeks, 60)
    return ("How many hours a year do I spend commuting? to one decimal",
            [number(value, 1)], shot(rng, "Commute Stats", rows))


@family
def even_up(rng: random.Random) -> Made:
    names = rng.sample(["Amy", "Ben", "Cal", "Dee", "Eve"], 3)
    paid = [rng.randint(1000, 15000), rng.randint(500, 9000), 0]
    rows = [f"{n} paid: {p / 100:.2f}" for n, p in zip(names, paid, strict=True)]
    rows.append("Split: equally")
    value = Fraction(sum(paid), 300)
    return (f"{names[2]} hasn't paid anything yet. How much does {names[2]} need to put in to "
            f"cover an equal share of the {EN[3]}-way split?", [money(value)],
            shot(rng, "Trip Costs", rows))


@family
def goal_per_day(rng: random.Random) -> Made:
    goal = rng.choice([100, 150, 200, 250, 300])
    weeks = [rng.randint(15, goal // 4) for _ in range(3)]
    left = rng.randint(5, 12)
    rows = [f"Week {i + 1}: {w} km" for i, w in enumerate(weeks)]
    rows += [f"Monthly goal: {goal} km", f"Days left: {left}"]
    value = Fraction(goal - sum(weeks), left)
    if value <= 0:
        return None
    return ("How many km a day do I need for the rest of the month to hit my goal? One decimal.",
            [number(value, 1)], shot(rng, "Running Goal", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    overage_charge, hotel_bill, annual_vs_monthly, commute_hours, even_up, goal_per_day)]
