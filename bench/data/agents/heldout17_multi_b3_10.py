"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-10: work and school
arithmetic followed by a conversion, a chart or a second question."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, convert, money, root, tie
from bench.data.agents.heldout17_multi_b3 import cents, d2, family, screen
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def mileage_claim_km_rate(rng: random.Random) -> Made:
    trips = [rng.randint(12, 140) for _ in range(4)]
    km = sum(trips)
    miles = km / F("1.609344")
    rate = rng.choice([F("0.45"), F("0.58"), F("0.67")])
    claim = F(round(miles * 10), 10) * rate
    if near(miles, 1) or tie(claim):
        return None
    text = ("Work trips this month: " + ", ".join(f"{t} km" for t in trips) + ". Total km? In "
            f"miles (1 dp)? My employer pays ${float(rate):.2f} per mile on the rounded mileage — "
            "what's my claim?")
    return text, [[f"{km} km", f"{km}km"], num(miles, 1), cash(claim)]


@family
def median_house_prices_gbp(rng: random.Random) -> Made:
    prices = sorted(rng.randint(180, 650) * 1000 for _ in range(6))
    med = F(prices[2] + prices[3], 2)
    usd = convert(med, "GBP", "USD")
    shuffled = prices[:]
    rng.shuffle(shuffled)
    if tie(usd):
        return None
    text = ("Six houses sold on our street this year for £" + ", £".join(f"{p:,}" for p in
                                                                       shuffled) +
            ". What's the median price, and what's that in dollars (1 EUR = 1.17 USD = 0.87 "
            "GBP) to the cent?")
    return text, [stat(MEDIAN, med, 0) + [f"£{v}" for v in num(med, 0)],
                  money(usd, "USD") + cash(usd)]


@family
def screen_grades_weighted(rng: random.Random) -> Made:
    hw, mid, fin = rng.randint(60, 100), rng.randint(50, 100), rng.randint(45, 100)
    wts = rng.choice([(20, 30, 50), (25, 25, 50), (30, 30, 40)])
    total = F(hw * wts[0] + mid * wts[1] + fin * wts[2], 100)
    if near(total, 1):
        return None
    recipe = screen(rng, "Course grades", [f"Homework: {hw}", f"Midterm: {mid}", f"Final: {fin}"])
    text = (f"Grades screenshot. Weights are homework {wts[0]}%, midterm {wts[1]}%, final "
            f"{wts[2]}%. What's my weighted grade (1 dp)? And what's the plain unweighted mean of "
            "the three, 1 dp?")
    mean = F(hw + mid + fin, 3)
    if near(mean, 1):
        return None
    return text, [num(total, 1), stat(MEAN, mean, 1) + num(mean, 1)], {"image": recipe}


@family
def inequality_then_cost(rng: random.Random) -> Made:
    fee, per, budget = rng.choice([10, 15, 20, 25]), cents(rng, 2, 9), rng.choice([60, 80, 100])
    n = math.floor((budget - fee) / per)
    spent = fee + n * per
    text = (f"Bowling alley charges ${fee} entry plus ${d2(per)} per game. With ${budget}, write "
            "the inequality, find the most games I can play, and what I'd spend in total.")
    return text, [[f"{n} games"], cash(spent)]


@family
def temp_series_range_chart(rng: random.Random) -> Made:
    temps = [rng.randint(-8, 14) for _ in range(7)]
    mean = F(sum(temps), 7)
    if near(mean, 1):
        return None
    text = ("overnight lows this week in °C: " + ", ".join(map(str, temps)) + "\n- how many "
            "nights below freezing?\n- average low (1dp)?\n- line chart")
    below = sum(t < 0 for t in temps)
    return text, [[f"{below} nights", f"{below} of"], stat(MEAN, mean, 1) + num(mean, 1), CHART]


@family
def exchange_holiday_spend_daily(rng: random.Random) -> Made:
    gbp, days = rng.choice([600, 800, 1000, 1200]), rng.randint(5, 14)
    eur = convert(F(gbp), "GBP", "EUR")
    daily = eur / days
    if tie(eur) or tie(daily):
        return None
    text = (f"Changing £{gbp} into euros for a {days}-day trip (1 EUR = 0.87 GBP). How many euros "
            "do I get, and how much is that per day?")
    return text, [money(eur, "EUR") + cash(eur), money(daily, "EUR") + cash(daily)]


@family
def percent_discount_reverse(rng: random.Random) -> Made:
    orig, off = cents(rng, 30, 200), rng.choice([20, 25, 30, 40])
    paid = F(round(orig * (100 - off)), 100)
    if tie(orig * (100 - off) / 100):
        return None
    back = paid / (100 - off) * 100
    if tie(back):
        return None
    text = (f"Paid ${d2(paid)} for a jacket in a {off}% off sale. What was the original price (to "
            "the cent), and how much did I save?")
    return text, [cash(back), cash(back - paid)]


@family
def solve_then_plug_in(rng: random.Random) -> Made:
    x = rng.randint(-8, 9)
    a, b = rng.randint(2, 9), rng.randint(-15, 15)
    c = a * x + b
    k = rng.randint(2, 5)
    val = k * x * x - 3
    bs = f"+ {b}" if b >= 0 else f"- {-b}"
    text = f"First solve {a}x {bs} = {c}, then use your x to work out {k}x² − 3."
    return text, [root(x), [f"= {val}", f"is {val}", f"**{val}**", f"equals {val}"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    mileage_claim_km_rate, median_house_prices_gbp, screen_grades_weighted, inequality_then_cost,
    temp_series_range_chart, exchange_holiday_spend_daily, percent_discount_reverse,
    solve_then_plug_in)]
