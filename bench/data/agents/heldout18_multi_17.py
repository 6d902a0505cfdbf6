"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 17: a receipt split by a
ratio, savings-goal and water-intake screenshots, coin flips, salad-dressing ratios and a
tiered water bill."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_multi_common import (
    RATE,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    screen,
    till,
)
from bench.data.agents.helpers import Family


@family
def receipt_ratio_split_eur(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(3, 4), low=3, high=40)
    a, b = rng.choice([(3, 2), (2, 1), (3, 1), (4, 3), (5, 3), (3, 5), (1, 2)])
    first, second = total * a / (a + b), total * b / (a + b)
    if r2(first) + r2(second) != total:
        return None
    text = pick(rng, f"My flatmate and I split shared shopping in the ratio {a}:{b} (me:her). From "
                     "this receipt, what's my share and hers? And her share in euros, 1 EUR = "
                     "1.17 USD?",
                f"split this receipt {a}:{b} between me and Sam - both amounts please, plus Sam's "
                "part in EUR (1 EUR = 1.17 USD)")
    eur = same(cash(second / RATE["USD"]), cash(r2(second) / RATE["USD"]))
    return text, [cash(first), cash(second), eur], {"image": recipe}


@family
def screen_savings_goal_months(rng: random.Random) -> Made:
    target = rng.randrange(800, 6001, 50)
    saved = rng.randrange(0, target - 200, 25)
    today = dt.date(2026, rng.randint(1, 6), 1)
    months = rng.randint(3, 12)
    m = today.month - 1 + months
    deadline = dt.date(today.year + m // 12, m % 12 + 1, 1)
    recipe = screen(rng, "Goal: Holiday", [f"Target: \u00a3{target:,}", f"Saved: \u00a3{saved:,}",
                                           f"Deadline: {deadline.isoformat()}"])
    text = (f"It's {today.day} {today.strftime('%B %Y')}. Going by this savings-goal screen, how "
            "much is left to save, how many whole months until the deadline, and what do I need "
            "to put away each month to hit it?")
    left = target - saved
    return text, [[f"\u00a3{left:,}", f"\u00a3{left}", f"{left} left", f"{left:,} left",
                   f"{left} to go", f"{left:,} to go", f"{left}.00", f"{left:,}.00"],
                  [f"{months} months"], cash(F(left, months))], {"image": recipe}


@family
def screen_water_intake_left(rng: random.Random) -> Made:
    drunk, goal = rng.randrange(200, 2400, 50), rng.choice([F(2), F("2.5"), F(3), F("3.5")])
    glass = rng.choice([200, 250, 300, 330])
    left = goal * 1000 - drunk
    if left <= 0:
        return None
    recipe = screen(rng, "Water", [f"Today: {drunk:,} ml", f"Goal: {float(goal):g} L"])
    text = (f"How much more water do I need today going by this app, in ml and in US fl oz "
            f"(1 US fl oz = 29.5735 ml, 1 dp)? And how many {glass} ml glasses is that (round "
            "up)?")
    return text, [[f"{int(left)} ml", f"{int(left):,} ml", f"{int(left)}ml", f"{int(left):,}ml"],
                  num(left / F("29.5735"), 1), [f"{math.ceil(left / glass)} glasses"]], \
        {"image": recipe}


@family
def coin_flips_at_least_one(rng: random.Random) -> Made:
    n, k = rng.randint(3, 12), rng.randint(1, 3)
    p_none = F(1, 2 ** n)
    exact_k = F(math.comb(n, k), 2 ** n)
    text = (f"Flip a fair coin {n} times. What's the probability of at least one head (as a "
            f"fraction and a percent to 2 dp), and the probability of exactly {k} heads (percent, "
            "2 dp)?")
    return text, [[str(1 - p_none), *num((1 - p_none) * 100, 2)], num(exact_k * 100, 2)]


@family
def dressing_ratio_kcal(rng: random.Random) -> Made:
    oil, vin = rng.choice([(3, 1), (2, 1), (4, 1), (5, 2)])
    total = rng.randrange(60, 501, 10)
    kcal_ml = F("8.1")
    oil_ml = F(total * oil, oil + vin)
    text = (f"Vinaigrette at {oil}:{vin} oil to vinegar by volume, and I want {total} ml. How much "
            f"oil and vinegar (ml, 1 dp)? Olive oil is about 8.1 kcal per ml and vinegar is "
            "negligible - calories in the whole batch (nearest kcal)?")
    kcal = same(num(oil_ml * kcal_ml, 0), num(r2(oil_ml, 1) * kcal_ml, 0))
    return text, [num(oil_ml, 1), num(total - oil_ml, 1), kcal]


@family
def tiered_water_bill(rng: random.Random) -> Made:
    t1, t2 = rng.choice([5, 8, 10]), rng.choice([10, 15, 20])
    r1, r2_, r3 = (F(rng.randrange(a, b, 5), 100) for a, b in ((150, 250), (250, 400),
                                                               (400, 650)))
    use = rng.randint(t1 + t2 + 1, t1 + t2 + 40)
    fixed = F(rng.randrange(800, 2500, 25), 100)
    bill = fixed + t1 * r1 + t2 * r2_ + (use - t1 - t2) * r3
    text = (f"Water bill: fixed charge ${float(fixed):.2f}, then ${float(r1):.2f} per m\u00b3 for "
            f"the first {t1} m\u00b3, ${float(r2_):.2f} for the next {t2} m\u00b3, and "
            f"${float(r3):.2f} for everything above. We used {use} m\u00b3. What's the bill, and "
            "what share of it comes from the top tier (1 dp %)? Also that usage in US gallons "
            "(nearest gallon).")
    top = (use - t1 - t2) * r3
    return text, [cash(bill), num(top / bill * 100, 1), num(use * 1000 / F("3.785411784"), 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_ratio_split_eur, screen_savings_goal_months, screen_water_intake_left,
    coin_flips_at_least_one, dressing_ratio_kcal, tiered_water_bill)]
