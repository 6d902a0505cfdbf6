"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 9: time zones,
loans with charts, receipt shares, sleep, recipes, fuel economy, power bills and gym plans."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    cents,
    clock,
    d,
    dg,
    fam,
    hhmm,
    nf,
    nu,
    pct,
    span,
)
from bench.data.agents.helpers import Family


@fam
def timezone_meeting_and_flight(rng: random.Random) -> Made:
    start = rng.randint(9, 18) * 60 + rng.choice([0, 15, 30, 45])
    off = rng.choice([5, 6, 8])
    city = {5: "New York", 6: "Chicago", 8: "Los Angeles"}[off]
    dep, dur = rng.randint(6 * 60, 12 * 60), rng.randint(200, 720)
    text = (f"A call is at {hhmm(start)} London time. What time is that in {city} ({off} hours "
            f"behind London)? Also, my flight leaves at {hhmm(dep)} and lasts {dur // 60}h "
            f"{dur % 60}m -- what time does it land (departure-city time)?")
    if dur % 60 == 0:
        raise Redo
    return text, [clock(start - off * 60), clock(dep + dur)]


@fam
def loan_payment_and_plot(rng: random.Random) -> Made:
    p, rate, yrs = rng.randint(5, 40) * 1000, rng.choice([3, 4, 5, 6, 7, 8, 9]), rng.randint(2, 6)
    i, n = F(rate, 1200), 12 * yrs
    pay = p * i / (1 - (1 + i) ** -n)
    text = (f"${p:,} loan over {yrs} years at {rate}% APR, monthly payments. What's the payment "
            "(standard amortisation formula)? Please also plot the remaining balance over time")
    return text, [nf(pay), PLOT]


@fam
def receipt_item_share(rng: random.Random) -> Made:
    goods = rng.sample(["Shampoo", "Vitamins", "Toothpaste", "Plasters", "Sun Cream", "Tissues"], 3)
    prices = cents(rng, 3, 200, 2400)
    k = rng.randrange(3)
    recipe = {"kind": "receipt", "shop": rng.choice(["Care Plus", "Well Chemist"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    total = sum(prices)
    text = (f"pharmacy receipt: total? and what percent of it was the {goods[k].lower()} "
            "(1 decimal)?")
    return text, [nf(total), pct(prices[k] / total * 100)], {"image": recipe}


@fam
def sleep_hours_and_week_avg(rng: random.Random) -> Made:
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 90)
    wake = rng.randint(5 * 60, 8 * 60 + 30) + 24 * 60
    slept = wake - bed
    week = [F(rng.randint(50, 95), 10) for _ in range(6)]
    text = (f"went to bed at {hhmm(bed)} and woke at {hhmm(wake)}. How long did I sleep? And with "
            f"the rest of the week being {', '.join(d(w) for w in week)} hours, what's my average "
            "for the 7 nights in hours (2 dp)?")
    avg = (sum(week) + F(slept, 60)) / 7
    return text, [span(slept), nu(avg, 2, "hours", "hrs", "h")]


@fam
def recipe_scale_and_ounces(rng: random.Random) -> Made:
    g, serves, want = rng.choice([150, 200, 225, 250, 300, 350]), rng.choice([4, 6, 8]), \
        rng.randint(2, 12)
    if want == serves:
        raise Redo
    need = F(g * want, serves)
    text = (f"Recipe needs {g} g flour for {serves} people. I'm cooking for {want}. How many grams "
            "(1 dp), and what's that in ounces (1 oz = 28.35 g, 1 dp)?")
    return text, [nu(need, 1, "g", "grams"),
                  list(dict.fromkeys(nu(need / F("28.35"), 1, "oz", "ounces")
                                     + nu(r2(need, 1) / F("28.35"), 1, "oz", "ounces")))]


@fam
def mpg_to_l100(rng: random.Random) -> Made:
    mpg = rng.randint(18, 60)
    l100 = 100 * F("3.785") / (mpg * F("1.609"))
    trip = rng.randint(50, 600)
    text = (f"my car does {mpg} mpg (US). Using 1 mile = 1.609 km and 1 gallon = 3.785 L, what's "
            f"that in L/100km (2 dp)? and how many litres for a {trip} km trip (1 dp)?")
    return text, [nu(l100, 2, "L/100km", "L/100 km", "l/100km"),
                  list(dict.fromkeys(nu(l100 * trip / 100, 1, "L", "litres", "liters")
                                     + nu(r2(l100) * trip / 100, 1, "L", "litres", "liters")))]


@fam
def electricity_bill_converted(rng: random.Random) -> Made:
    kwh, rate = rng.randint(150, 900), F(rng.randint(18, 42), 100)
    stand, days = F(rng.randint(30, 65), 100), rng.choice([28, 30, 31])
    fx = F(rng.randint(115, 130), 100)
    bill = kwh * rate + stand * days
    text = (f"Electric bill: {kwh} kWh at £{d(rate)}/kWh plus a standing charge of £{d(stand)} a "
            f"day for {days} days. What's the bill, and in dollars if £1 = ${d(fx)}?")
    return text, [nf(bill), list(dict.fromkeys(nf(bill * fx) + nf(r2(bill) * fx)))]


@fam
def plot_two_plans_and_cost(rng: random.Random) -> Made:
    f1, r1 = rng.randint(0, 20), rng.randint(8, 15)
    f2, r2_ = rng.randint(25, 60), rng.randint(2, 7)
    x = rng.randint(5, 40)
    text = (f"Gym A charges ${f1} joining plus ${r1} per visit, Gym B ${f2} joining plus ${r2_} "
            f"per "
            f"visit. Plot both costs against visits, and tell me what Gym B costs for {x} visits.")
    return text, [PLOT, nf(f2 + r2_ * x, 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    timezone_meeting_and_flight, loan_payment_and_plot, receipt_item_share,
    sleep_hours_and_week_avg, recipe_scale_and_ounces, mpg_to_l100, electricity_bill_converted,
    plot_two_plans_and_cost)]
