"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-9: chatty requests
about moving house, parties, pets, crafts and the car, each with two or more kinds of step."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num
from bench.data.agents.helpers import Family


@family
def moving_boxes_volume_van(rng: random.Random) -> Made:
    boxes = rng.randint(20, 60)
    side = rng.choice([40, 45, 50])
    vol = F(boxes * side ** 3, 10 ** 6)
    van = rng.choice([6, 8, 10, 12])
    pct = vol / van * 100
    if near(vol, 2, 0.003) or near(pct, 0) or pct > 100:
        return None
    text = (f"We're moving — {boxes} cube boxes, {side} cm on each side. Total volume in m³ "
            f"(2 dp)? The van has {van} m³ of space, what % would the boxes take (nearest %)?")
    return text, [num(vol, 2), [f"{v}%" for v in num(pct, 0)] + [f"{v} %" for v in num(pct, 0)]
                  + [f"{v} percent" for v in num(pct, 0)]]


@family
def party_drinks_litres_cost(rng: random.Random) -> Made:
    guests, per, bottle, price = rng.randint(15, 60), rng.choice([2, 3]), F(3, 2), cents(rng, 1, 3)
    cups = guests * per
    litres = cups * F(250, 1000)
    bottles = math.ceil(litres / bottle)
    text = (f"Party for {guests} people, figure {per} cups (250 ml each) of juice per person. "
            f"How many litres? Juice comes in 1.5 L bottles at ${d2(price)} — how many bottles "
            "and what's the cost?")
    return text, [num(litres, 2), [f"{bottles} bottles"], cash(bottles * price)]


@family
def cat_food_cans_month_gbp(rng: random.Random) -> Made:
    cans_day, price, days = F(rng.choice([1, 3, 2]), 2) * 2, cents(rng, 0.6, 1.8), 30
    cans = cans_day * days
    cost = cans * price
    gbp = convert(cost, "USD", "GBP")
    if tie(cost) or tie(gbp):
        return None
    text = (f"Cat eats {float(cans_day):g} cans a day, cans are ${d2(price)}. Over 30 days how "
            "many cans and what cost? And in pounds for my partner's spreadsheet (1 EUR = 1.17 "
            "USD = 0.87 GBP)")
    return text, [[f"{num(cans, 0)[0]} cans"], cash(cost), money(gbp, "GBP") + cash(gbp)]


@family
def quilt_squares_fabric(rng: random.Random) -> Made:
    qw, qh, sq = rng.choice([48, 60, 72]), rng.choice([60, 72, 84]), rng.choice([4, 6, 12])
    n = (qw // sq) * (qh // sq)
    sqft = F(qw * qh, 144)
    sqm = F(qw * qh) * F("0.0254") ** 2
    if near(sqm, 2, 0.003):
        return None
    text = (f"Quilt will be {qw} x {qh} inches using {sq}-inch finished squares. How many squares "
            "do I need, and what's the quilt's area in square feet and in square metres (2 dp)?")
    return text, [[f"{n} squares"], num(sqft, 2), num(sqm, 2)]


@family
def tyre_pressure_psi_bar(rng: random.Random) -> Made:
    psi = rng.randint(28, 42)
    bar = psi * F("0.0689475729")
    kpa = bar * 100
    if near(bar, 2, 0.003) or near(kpa, 0):
        return None
    text = (f"Car manual says {psi} psi but the garage pump shows bar and kPa. What's {psi} psi in "
            "bar (2 dp) and kPa (nearest whole)? 1 psi = 6.89475729 kPa")
    return text, [num(bar, 2), num(kpa, 0)]


@family
def receipt_pet_shop_monthly(rng: random.Random) -> Made:
    goods = [("Dog food", cents(rng, 20, 60)), ("Treats", cents(rng, 3, 12)),
             ("Toy", cents(rng, 4, 15))]
    total = sum((p for _, p in goods), F(0))
    food = goods[0][1]
    share = food / total * 100
    if near(share, 1):
        return None
    recipe = bill(rng, "Paws Pet Shop", goods)
    text = ("Pet shop receipt attached. I do this shop every month — what's the yearly cost? And "
            "what percentage of the bill was the dog food (1 dp)?")
    return text, [cash(total * 12), num(share, 1)], {"image": recipe}


@family
def sign_hours_staff_rota(rng: random.Random) -> Made:
    op, cl = rng.randint(8, 10), rng.randint(16, 20)
    shift = rng.choice([4, 5, 6])
    hours = cl - op
    staff = math.ceil(hours / shift)
    recipe = sign(rng, ["CAFE", f"OPEN {op}AM - {cl - 12}PM"])
    if hours % shift == 0 or hours < shift:
        return None
    text = (f"Cafe hours are on the sign. How many hours is it open each day, and if one person "
            f"covers the counter per {shift}-hour shift, how many shifts do we need a day to "
            "cover it (whole shifts)?")
    return text, [[f"{hours} hours", f"{hours} hrs"], [f"{staff} shifts"]], {"image": recipe}


@family
def running_times_mean_chart(rng: random.Random) -> Made:
    secs = [rng.randint(22 * 60, 32 * 60) for _ in range(5)]
    mean = F(sum(secs), 5)
    gap = max(secs) - min(secs)
    if mean.denominator != 1 or gap < 10:
        return None
    mt = f"{int(mean) // 60}:{int(mean) % 60:02d}"
    text = ("my 5k parkrun times: " + ", ".join(f"{s // 60}:{s % 60:02d}" for s in secs) +
            " — what's my average time (min:sec), how many seconds between my best and worst, "
            "and could you make a chart of them?")
    return text, [[mt], [f"{gap} seconds", f"{gap} s", f"{gap} sec"], CHART]


@family
def weekly_budget_chart_left(rng: random.Random) -> Made:
    inc = rng.choice([600, 750, 900])
    cats = {"Rent": rng.randint(250, 400), "Food": rng.randint(60, 150),
            "Transport": rng.randint(20, 80)}
    left = inc - sum(cats.values())
    pct = F(cats["Rent"] * 100, inc)
    if near(pct, 1):
        return None
    text = (f"Weekly take-home ${inc}. Rent ${cats['Rent']}, food ${cats['Food']}, transport "
            f"${cats['Transport']}. What's left, what % of income is rent (1 dp), and pie chart "
            "it please")
    return text, [cash(F(left)), num(pct, 1), CHART]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    moving_boxes_volume_van, party_drinks_litres_cost, cat_food_cans_month_gbp,
    quilt_squares_fabric, tyre_pressure_psi_bar, receipt_pet_shop_monthly,
    sign_hours_staff_rota, running_times_mean_chart, weekly_budget_chart_left)]
