"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 19: the item nearest the
average on a receipt, low-ceiling signs, and screenshots of delivery routes, water meters,
share trades, car finance, a week's sleep and phone data."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, money, number, receipt, shot, sign, span
from bench.data.agents.helpers import Family


@family
def nearest_average(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5), low=100, high=2500)
    avg = Fraction(sum(c for _, c in lines), len(lines))
    gaps = sorted((abs(c - avg), n) for n, c in lines)
    if gaps[1][0] - gaps[0][0] < 50:
        return None
    return ("Which single item's price is closest to the average item price on this receipt?",
            [[gaps[0][1].lower()]], recipe)


@family
def ceiling_height_diff(rng: random.Random) -> Made:
    ceiling = rng.randint(180, 205)
    ft, inch = rng.choice([(5, rng.randint(6, 11)), (6, rng.randint(0, 5))])
    me = Fraction(254, 100) * (12 * ft + inch)
    gap = me - ceiling
    if abs(gap) < 1:
        return None
    ask = "taller" if gap > 0 else "shorter"
    return (f"I'm {ft} ft {inch} in. How many cm {ask} than this ceiling am I? One decimal.",
            [number(abs(gap), 1)], sign(rng, ["MIND YOUR HEAD", f"LOW CEILING {ceiling} CM"]))


@family
def route_fuel(rng: random.Random) -> Made:
    legs = [Fraction(rng.randint(20, 250), 10) for _ in range(rng.randint(3, 5))]
    use = Fraction(rng.randint(65, 140), 10)
    rows = [f"Stop {i + 1}: {float(km):.1f} km" for i, km in enumerate(legs)]
    rows.append(f"Van: {float(use):.1f} L/100 km")
    return ("How many litres of fuel will the van burn on today's whole route? two decimals",
            [number(sum(legs) * use / 100, 2)], shot(rng, "Delivery Route", rows))


@family
def water_litres(rng: random.Random) -> Made:
    start = rng.randint(100000, 900000)
    used = rng.randint(60, 2400)
    rows = [f"Yesterday: {start / 100:,.2f} m3", f"Today: {(start + used) / 100:,.2f} m3",
            "Meter: main"]
    return ("How many litres of water did we use between these two readings?",
            [[str(used * 10), f"{used * 10:,}"]], shot(rng, "Water Meter", rows))


@family
def trade_profit(rng: random.Random) -> Made:
    shares = rng.randint(10, 300)
    buy = rng.randint(1500, 9000)
    sell = buy + rng.randint(-800, 1500)
    fee = rng.choice([299, 495, 750, 999, 1250])
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Bought: {shares} @ {cur}{buy / 100:.2f}", f"Sold: {shares} @ {cur}{sell / 100:.2f}",
            f"Fee per trade: {cur}{fee / 100:.2f}"]
    value = shares * (sell - buy) - 2 * fee
    word = "profit" if value > 0 else "loss"
    if value == 0:
        return None
    return (f"After paying the fee on both trades, what was my net {word}?",
            [money(abs(value), True)], shot(rng, "Trade History", rows))


@family
def total_paid_loan(rng: random.Random) -> Made:
    months = rng.choice([24, 36, 48, 60])
    pay = rng.randint(15000, 65000)
    deposit = rng.randrange(0, 500000, 50000)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Deposit: {cur}{deposit / 100:,.2f}", f"{months} monthly payments of "
            f"{cur}{pay / 100:,.2f}", "Final balloon: none"]
    return ("Altogether, how much will I have paid for the car by the end of this deal?",
            [money(deposit + months * pay, True)], shot(rng, "Finance Quote", rows))


@family
def sleep_debt(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    target = rng.choice([7 * 60, 7 * 60 + 30, 8 * 60])
    slept = [rng.randint(target - 150, target - 5) for _ in days]
    rows = [f"{d}: {s // 60}h {s % 60:02d}m" for d, s in zip(days, slept, strict=True)]
    rows.append(f"Goal: {target // 60}h {target % 60:02d}m")
    return ("How much sleep short of my goal am I in total over these five nights?",
            [span(sum(target - s for s in slept))], shot(rng, "Sleep Week", rows))


@family
def data_projection(rng: random.Random) -> Made:
    cap = rng.choice([10, 15, 20, 25, 30, 50])
    day = rng.randint(6, 25)
    used = Fraction(rng.randint(cap * 3, cap * 10), 10)
    rows = [f"Used: {float(used):.1f} GB of {cap} GB", f"Day {day} of 30", "Renews: 1st"]
    return ("If I keep using data at the same daily rate, how many GB will I have used by the "
            "end of day 30? One decimal.", [number(used * 30 / day, 1)],
            shot(rng, "Mobile Data", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    nearest_average, ceiling_height_diff, route_fuel, water_litres, trade_profit,
    total_paid_loan, sleep_debt, data_projection)]
