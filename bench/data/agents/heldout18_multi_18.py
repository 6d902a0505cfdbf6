"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 18: photos of a
baggage-limit sign, a ferry fare board and a race cut-off sign, and screenshots of parcel
weights, a monthly budget, stopwatch laps and a loan balance, each read and then worked on."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_multi_common import (
    CHART,
    LB,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    clock,
    family,
    mmss,
    num,
    pick,
    screen,
    sign,
)
from bench.data.agents.helpers import Family


@family
def sign_baggage_limit_fee(rng: random.Random) -> Made:
    limit, bag = rng.choice([20, 23, 25, 32]), rng.randint(35, 80)
    fee = rng.choice([10, 12, 15, 20])
    kg = bag * LB
    over = kg - limit
    if over < F(1, 2) or abs(over - round(over)) < F(1, 20):
        return None
    recipe = sign(rng, ["CHECKED BAGGAGE", f"MAX {limit} KG"])
    text = (f"Airport sign in the photo. My suitcase weighs {bag} lb. How many kg over the limit "
            f"is it (1 dp)? They charge \u20ac{fee} for every kg or part of a kg over - what's "
            "the fee?")
    return text, [num(over, 1), cash(math.ceil(over) * fee)], {"image": recipe}


@family
def sign_ferry_fares_eur(rng: random.Random) -> Made:
    car, extra = rng.randrange(30, 90), rng.randrange(8, 25)
    people = rng.randint(2, 6)
    recipe = sign(rng, ["FERRY FARES", f"CAR + DRIVER \u00a3{car}",
                        f"EXTRA PASSENGER \u00a3{extra}"])
    one_way = car + extra * (people - 1)
    text = pick(rng, f"We're {people} people in one car. Going by this fare board, what's the "
                     f"one-way cost, the return cost (twice that), and the return in euros "
                     f"({RATES_TEXT})?",
                f"ferry sign attached - car with {people} of us in it. one way? return? return "
                "in EUR at 1 EUR = 0.87 GBP?")
    return text, [cash(one_way), cash(2 * one_way), cash(2 * one_way / RATE["GBP"])], \
        {"image": recipe}


@family
def screen_parcels_lb_cost(rng: random.Random) -> Made:
    weights = [F(rng.randint(2, 60), 10) for _ in range(rng.randint(2, 4))]
    rate = F(rng.randrange(250, 900, 25), 100)
    recipe = screen(rng, "Parcels", [f"Parcel {i + 1}: {float(w):.1f} kg"
                                     for i, w in enumerate(weights)])
    total = sum(weights, F(0))
    billed = sum(math.ceil(w) for w in weights)
    text = (f"Shipping these parcels (screenshot). Total weight in kg and in lb (1 dp)? The "
            f"courier rounds each parcel up to the next whole kg and charges ${float(rate):.2f} "
            "per kg - what's the total shipping cost?")
    return text, [num(total, 1), num(total / LB, 1), cash(billed * rate)], {"image": recipe}


@family
def screen_budget_categories_chart(rng: random.Random) -> Made:
    cats = rng.sample(["Groceries", "Dining", "Transport", "Fun", "Clothes", "Bills"], 4)
    rows = [(c, rng.randrange(50, 700, 10), rng.randrange(100, 600, 50)) for c in cats]
    over = [(c, s - b) for c, s, b in rows if s > b]
    if len(over) != 1:
        return None
    spent, budget = sum(s for _, s, _ in rows), sum(b for _, _, b in rows)
    recipe = screen(rng, "Budget (spent / budget)", [f"{c}  {s} / {b}" for c, s, b in rows])
    text = ("My budgeting app this month. What percent of the total budget have I used (1 dp), "
            "which category is over and by how much, and can you chart spent vs budget per "
            "category?")
    by = over[0][1]
    return text, [num(F(spent * 100, budget), 1),
                  [f"by {by}", f"by ${by}", f"{by} over", f"${by} over", f"+{by}", f"+${by}"],
                  CHART], {"image": recipe}


@family
def sign_marathon_cutoff_pace(rng: random.Random) -> Made:
    start = rng.randrange(6 * 60, 10 * 60, 15)
    hours = rng.choice([5, F(11, 2), 6, F(13, 2), 7])
    recipe = sign(rng, ["CITY MARATHON", f"START {start // 60:02d}:{start % 60:02d}",
                        f"CUT-OFF {float(hours):g} HOURS"])
    secs = int(hours * 3600)
    per_km = F(secs) / F("42.195")
    text = ("From this sign: what time does the course close, and what average pace do I need to "
            "finish right at the cut-off, per km and per mile (m:ss, nearest second)? It's "
            "42.195 km.")
    km = int(num(per_km, 0)[0])
    mile = int(num(per_km * MILE, 0)[0])
    if mile != int(num(km * MILE, 0)[0]):
        return None
    return text, [clock(start + secs // 60), mmss(km), mmss(mile)], {"image": recipe}


@family
def screen_stopwatch_laps(rng: random.Random) -> Made:
    laps = [F(rng.randint(550, 1300), 10) for _ in range(rng.randint(3, 6))]
    total = sum(laps, F(0))
    recipe = screen(rng, "Stopwatch", [f"Lap {i + 1}  {int(x) // 60}:{float(x) % 60:04.1f}"
                                       for i, x in enumerate(laps)])
    text = ("Stopwatch screenshot from the track. Total time in seconds (1 dp), the mean lap in "
            "seconds (2 dp), and the gap between the fastest and slowest lap (1 dp)?")
    return text, [num(total, 1), num(total / len(laps), 2), num(max(laps) - min(laps), 1)], \
        {"image": recipe}


@family
def screen_loan_payoff_months(rng: random.Random) -> Made:
    bal = rng.randrange(2000, 25001, 100)
    apr, pay = F(rng.randrange(49, 249, 10), 10), rng.randrange(150, 901, 25)
    r = float(apr) / 1200
    if pay <= bal * r * 1.2:
        return None
    months = -math.log(1 - r * bal / pay) / math.log(1 + r)
    if months - math.floor(months) < 0.02:
        return None
    recipe = screen(rng, "Personal loan", [f"Balance: ${bal:,}", f"APR: {float(apr):g}%",
                                           f"Payment: ${pay}/month"])
    text = ("If I keep paying this amount every month (interest monthly at APR/12), how many "
            "monthly payments until it's paid off - the exact n from the annuity formula to 1 dp, "
            "and rounded up to whole payments? Roughly how much interest in total (payments x n "
            "exact - balance, nearest dollar)?")
    return text, [num(months, 1), [f"{math.ceil(months)} payments", f"{math.ceil(months)} months"],
                  num(pay * months - bal, 0)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sign_baggage_limit_fee, sign_ferry_fares_eur, screen_parcels_lb_cost,
    screen_budget_categories_chart, sign_marathon_cutoff_pace, screen_stopwatch_laps,
    screen_loan_payoff_months)]
