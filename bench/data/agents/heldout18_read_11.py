"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 11: screenshots of unit
prices, test scores against the class, budgets, temperatures, dividends, tanks, rowing."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, count, family, money, number, shot
from bench.data.agents.heldout18_read_7 import mmss
from bench.data.agents.helpers import Family


@family
def unit_price_back(rng: random.Random) -> Made:
    per100 = rng.randint(12, 95)
    size = rng.choice([250, 330, 500, 750, 1000, 1500, 2000])
    cur = rng.choice(["£", "€", "$"])
    product = rng.choice(["Olive oil", "Orange juice", "Shampoo", "Oat milk", "Dish soap"])
    shown = f"{size} ml" if size < 1000 else f"{size / 1000:g} L"
    rows = [product, f"Size: {shown}", f"Unit price: {cur}{per100 / 100:.2f} per 100 ml"]
    return ("The shelf price is missing - what should one bottle cost, going by the unit "
            "price?", [money(Fraction(per100 * size, 10000))], shot(rng, "Price Check", rows))


@family
def z_score(rng: random.Random) -> Made:
    mean = rng.randint(52, 78)
    sd = rng.randint(5, 14)
    score = mean + rng.randint(-2 * sd, 2 * sd)
    if score == mean:
        return None
    rows = [f"Your score: {score}", f"Class mean: {mean}", f"Std deviation: {sd}"]
    return (rng.choice(["What's my z-score on this test? two decimals",
                        "how many standard deviations above or below the mean was I? (z-score, 2 "
                        "dp)",
                        "Can you work out the z score for my result? Round to 2 decimal places."]),
            [number(Fraction(score - mean, sd), 2)], shot(rng, "Test Results", rows))


@family
def daily_budget_left(rng: random.Random) -> Made:
    budget = rng.randrange(800, 4000, 50)
    spent = rng.randint(budget * 30, budget * 90)
    days = rng.randint(3, 20)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Monthly budget: {cur}{budget:,}", f"Spent so far: {cur}{spent / 100:,.2f}",
            f"Days left: {days}"]
    value = Fraction(budget * 100 - spent, 100 * days)
    return ("To stay on budget, how much can I spend per day for the rest of the month? Round "
            "to the cent.", [money(value)], shot(rng, "Budget", rows))


@family
def fever_readings(rng: random.Random) -> Made:
    times = sorted(rng.sample(range(0, 24), rng.randint(5, 8)))
    temps = [Fraction(rng.randint(364, 393), 10) for _ in times]
    n = sum(1 for t in temps if t >= 38)
    rows = [f"{h:02d}:00  {float(t):.1f} C" for h, t in zip(times, temps, strict=True)]
    return (rng.choice(["A fever is 38.0 C or higher. How many of these readings count as a fever?",
                        "Counting 38.0 C and above as a fever, how many times did the log show "
                        "one?",
                        "how many of these temps are feverish (38.0 C or more)?"]),
            [count(n)], shot(rng, "Temperature Log", rows))


@family
def dividend_year(rng: random.Random) -> Made:
    shares = rng.randint(15, 600)
    div = Fraction(rng.randint(8, 95), 100)
    freq, per_year = rng.choice([("Quarterly", 4), ("Monthly", 12), ("Twice a year", 2)])
    rows = [f"Shares held: {shares}", f"Dividend: {float(div):.2f} per share",
            f"Paid: {freq}"]
    return ("how much will these shares pay me in dividends over a full year, assuming the "
            "payout stays the same?", [money(shares * div * per_year)],
            shot(rng, "Portfolio", rows))


@family
def tank_days(rng: random.Random) -> Made:
    size = rng.choice([500, 800, 1000, 1200, 1500, 2000, 3000])
    level = rng.randint(12, 90)
    litres = Fraction(size * level, 100)
    use = rng.randint(max(10, int(litres / 25)), max(12, int(litres / 2)))
    if (litres / use).denominator == 1:
        return None
    rows = [f"Tank capacity: {size:,} L", f"Level: {level}%", f"Average use: {use} L/day"]
    return (rng.choice(["How many full days of water have I got left at the average use?",
                        "At that average daily use, how many whole days before the tank runs dry?",
                        "how many complete days will the water in this tank last me?"]),
            [count(math.floor(litres / use), "days")], shot(rng, "Rain Tank", rows))


@family
def row_remaining(rng: random.Random) -> Made:
    goal = rng.choice([2000, 5000, 6000, 10000])
    done = rng.randrange(goal // 10, goal - 500, 50)
    pace = rng.randint(105, 150)
    secs = Fraction((goal - done) * pace, 500)
    if secs.denominator != 1:
        return None
    rows = [f"Goal: {goal:,} m", f"Rowed: {done:,} m", f"Pace: {pace // 60}:{pace % 60:02d} /500m"]
    return (rng.choice(["Keeping this pace, how much longer until I hit my goal distance?",
                        "If I hold this split, how long until I reach the goal?",
                        "time left to finish the goal at this pace?"]),
            [mmss(int(secs))], shot(rng, "Rowing", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    unit_price_back, z_score, daily_budget_left, fever_readings, dividend_year, tank_days,
    row_remaining)]
