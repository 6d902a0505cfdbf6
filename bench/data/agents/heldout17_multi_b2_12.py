"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 16: a handful of
short pairs — running totals, conversions feeding a cost, and a chart of a formula."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num
from bench.data.agents.helpers import Family


@family
def firewood_bundles_cost(rng: random.Random) -> Made:
    logs = rng.randint(120, 600)
    per_bundle = rng.choice([10, 12, 15, 20])
    bundles = -(-logs // per_bundle)
    p = price(rng, 4, 9)
    text = (f"Need about {logs} logs for winter; the farm sells bundles of {per_bundle} at "
            f"£{float(p):.2f}. How many bundles, and what will it cost?")
    return text, [[f"{bundles} bundles"], gbp(bundles * p)]


@family
def celsius_table_plot(rng: random.Random) -> Made:
    lo = rng.choice([-20, -10, 0, 10])
    hi = lo + rng.choice([30, 40, 50])
    f_hi = F(hi) * 9 / 5 + 32
    f_lo = F(lo) * 9 / 5 + 32
    text = (f"Plot the Celsius-to-Fahrenheit line from {lo} °C to {hi} °C, and tell me the °F "
            "values at both ends.")
    return text, [CHART, [f"{v}°F" for v in num(f_lo, 1)] + [f"{v} °F" for v in num(f_lo, 1)]
                  + [f"{v}F" for v in num(f_lo, 1)],
                  [f"{v}°F" for v in num(f_hi, 1)] + [f"{v} °F" for v in num(f_hi, 1)]
                  + [f"{v}F" for v in num(f_hi, 1)]]


@family
def euro_coffee_habit(rng: random.Random) -> Made:
    cup = price(rng, 2.2, 4.8)
    days = rng.choice([5, 6, 7])
    year = cup * days * 52
    usd_amt = convert(year, "EUR", "USD")
    if near(usd_amt, 2, 0.001):
        return None
    text = (f"One €{float(cup):.2f} coffee a day, {days} days a week — what's that per year (52 "
            "weeks)? and in dollars at 1 EUR = 1.17 USD?")
    return text, [eur(year), cash(usd_amt)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    firewood_bundles_cost, celsius_table_plot, euro_coffee_habit)]
