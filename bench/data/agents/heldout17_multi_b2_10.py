"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 14: short mixed
requests — percentages feeding a second step, times and rates, and charts of small
datasets."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def raise_then_monthly_gbp(rng: random.Random) -> Made:
    sal = rng.randint(28, 90) * 1000
    pct = F(rng.choice([25, 30, 35, 40, 45, 50, 60]), 10)
    new = F(sal) * (100 + pct) / 100
    monthly = new / 12
    if near(monthly, 2, 0.001):
        return None
    text = (f"Got a {float(pct):g}% raise on my £{sal:,} salary 🎉 what's the new annual figure, "
            "and what's that per month before tax?")
    return text, [gbp(new), gbp(monthly)]


@family
def plant_growth_rate_chart(rng: random.Random) -> Made:
    h = [F(rng.randint(20, 60), 10)]
    for _ in range(rng.randint(4, 6)):
        h.append(h[-1] + F(rng.randint(3, 25), 10))
    weeks = len(h) - 1
    rate = (h[-1] - h[0]) / weeks
    if near(rate, 2):
        return None
    text = ("measured my sunflower every week (cm): " + ", ".join(f"{float(x):g}" for x in h) +
            ". Plot it, and what's the average growth per week (2 dp)?")
    return text, [CHART, num(rate, 2)]


@family
def mean_house_prices_eur(rng: random.Random) -> Made:
    ps = [rng.randint(150, 650) * 1000 for _ in range(rng.choice([5, 7, 9]))]
    med = F(sum(ps), len(ps))
    e = convert(med, "GBP", "EUR")
    if near(e, 0) or near(med, 0):
        return None
    text = ("Houses sold on our street (£): " + ", ".join(f"{p:,}" for p in ps) + ". Average "
            "price (nearest pound)? And that average in euros, nearest euro (1 EUR = 0.87 GBP)?")
    return text, [num(med, 0), [f"€{v}" for v in num(e, 0)] +
                  [f"{v} EUR" for v in num(e, 0)] + [f"{v} euros" for v in num(e, 0)]]


@family
def hours_worked_overtime(rng: random.Random) -> Made:
    days = [rng.choice([7, 7.5, 8, 8.5, 9, 9.5, 10, 11]) for _ in range(5)]
    total = F(str(sum(days)))
    rate = price(rng, 14, 30)
    over = max(F(0), total - 40)
    pay = min(total, F(40)) * rate + over * rate * F(3, 2)
    if over == 0 or near(pay, 2, 0.001):
        return None
    text = ("This week I worked " + ", ".join(f"{d:g}" for d in days) + " hours Mon–Fri. "
            f"Base rate ${float(rate):.2f}/h, time and a half after 40 hours. Total hours, "
            f"overtime "
            "hours, and gross pay?")
    return text, [num(total, 1), [f"{float(over):g} h", f"{float(over):g} hours",
                                  f"{float(over):g} overtime"], cash(pay)]


@family
def energy_drink_sugar_tsp(rng: random.Random) -> Made:
    cans = rng.randint(1, 4)
    g = rng.choice([27, 33, 39, 54])
    total = cans * g
    tsp = F(total, 4)
    pct = F(total * 100, 50)
    text = (f"I drink {cans} can{'s' if cans > 1 else ''} a day with {g} g sugar each. Total "
            "sugar? In teaspoons (4 g per tsp)? And as a % of a 50 g daily limit?")
    return text, [[f"{total} g", f"{total}g", f"{total} grams"], num(tsp, 2),
                  [f"{v}%" for v in num(pct, 1)]]


@family
def trip_km_to_miles_chart(rng: random.Random) -> Made:
    legs = [rng.randint(40, 420) for _ in range(rng.randint(3, 5))]
    total = sum(legs)
    miles = F(total) / F("1.609344")
    if near(miles, 1):
        return None
    text = ("road trip legs in km: " + " / ".join(map(str, legs)) + ". Total km, total in miles "
            "(1 dp), and a bar chart of the legs please.")
    return text, [[f"{total} km", f"{total:,} km", f"{total}km"], num(miles, 1), CHART]


@family
def price_per_wash_detergent(rng: random.Random) -> Made:
    loads = rng.choice([30, 40, 48, 60, 72])
    p = price(rng, 6, 20)
    per = p / loads
    weekly = rng.randint(2, 7)
    year = per * weekly * 52
    if near(per, 2, 0.001) or near(year, 2, 0.001):
        return None
    text = (f"Detergent: €{float(p):.2f} for {loads} loads. Cost per load (to the cent)? I do "
            f"{weekly} loads a week — what's a year of detergent (52 weeks)?")
    alt = F(round(per * 100), 100) * weekly * 52
    return text, [eur(per), eur(year) + eur(alt)]


@family
def usd_gbp_compare_price(rng: random.Random) -> Made:
    us = price(rng, 200, 1500)
    uk = price(rng, 180, 1300)
    us_in_gbp = convert(us, "USD", "GBP")
    diff = abs(us_in_gbp - uk)
    if near(us_in_gbp, 2, 0.001) or near(diff, 2, 0.001):
        return None
    text = (f"Same laptop: ${float(us):,.2f} in the US or £{float(uk):,.2f} in the UK. Convert the "
            "US price to pounds (1 EUR = 1.17 USD = 0.87 GBP) and tell me the difference in "
            "pounds.")
    return text, [gbp(us_in_gbp), gbp(diff)]


@family
def mean_sd_reaction_chart(rng: random.Random) -> Made:
    xs = [rng.randint(180, 360) for _ in range(rng.randint(6, 10))]
    mean = F(sum(xs), len(xs))
    if near(mean, 1):
        return None
    text = ("reaction-time test results (ms): " + ", ".join(map(str, xs)) + "\nhistogram + mean "
            "(1 dp) + the range (slowest minus fastest) please")
    spread = max(xs) - min(xs)
    return text, [CHART, stat(MEAN, mean, 1), [f"{spread} ms", f"{spread}ms", f"range {spread}",
                                               f"range: {spread}", f"range is {spread}"]]


@family
def usd_tip_pool_hours(rng: random.Random) -> Made:
    pool = price(rng, 150, 600)
    hrs = [rng.randint(3, 9) for _ in range(rng.randint(3, 5))]
    per_h = pool / sum(hrs)
    mine = per_h * hrs[0]
    if near(per_h, 2, 0.001) or near(mine, 2, 0.001):
        return None
    e = convert(mine, "USD", "EUR")
    if near(e, 2, 0.001):
        return None
    text = (f"Tip pool tonight ${float(pool):.2f}, shared by hours worked: " +
            ", ".join(f"{h} h" for h in hrs) + f" (I'm the first, {hrs[0]} h). Tips per hour? "
            "My cut? My cut in euros for my trip (1 EUR = 1.17 USD)?")
    return text, [usd(per_h), usd(mine), eur(e)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    raise_then_monthly_gbp, plant_growth_rate_chart, mean_house_prices_eur,
    hours_worked_overtime, energy_drink_sugar_tsp, trip_km_to_miles_chart,
    price_per_wash_detergent, usd_gbp_compare_price, mean_sd_reaction_chart, usd_tip_pool_hours)]
