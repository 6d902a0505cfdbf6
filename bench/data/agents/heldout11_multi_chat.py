"""Round 11 (``Q_m_*``, dev now) multi-part families written as longer chat messages : a bit of
context, then two or three things to work out."""

from __future__ import annotations

import random

from bench.data.agents.heldout11_multi_common import (
    LB,
    PLOT,
    F,
    Item,
    cash,
    clock,
    convert,
    deg_f,
    forms,
    multi,
    tie,
    unit,
)
from bench.data.agents.helpers import Family


def q_m_party_pizza(rng: random.Random) -> Item:  # pizzas needed, then the cost
    guests, slices, per = rng.randint(9, 40), rng.choice([2, 3]), rng.choice([8, 10, 12])
    pizzas = -(-guests * slices // per)
    price = F(rng.randint(899, 1899), 100)
    return multi("Q_m_party_pizza", f"hosting {guests} people, figure {slices} slices each and "
                 f"a pizza has {per} slices. how many pizzas do I need, and at "
                 f"${float(price):.2f} each what's the bill?",
                 [[str(pizzas)], forms(pizzas * price) + cash(pizzas * price, "USD")])


def q_m_baby_weight(rng: random.Random) -> Item:  # a weight in pounds, in kg, then a gain
    lb, gain = rng.randint(5, 10), rng.randint(150, 400)
    kg = lb * LB
    after = kg + F(gain, 1000)
    if tie(kg) or tie(after):
        return q_m_baby_weight(rng)
    return multi("Q_m_baby_weight", f"our little one was born at {lb} lb exactly. what's that "
                 f"in kg? she's put on {gain} g since, so what's she weigh now in kg?",
                 [unit(kg, "kg", "kilograms", "kilos"), unit(after, "kg", "kilograms", "kilos")])


def q_m_holiday_budget(rng: random.Random) -> Item:  # a budget in pounds into euros, per day
    gbp, days = 50 * rng.randint(6, 40), rng.randint(4, 14)
    eur = convert(F(gbp), "GBP", "EUR")
    day = eur / days
    if tie(eur) or tie(day):
        return q_m_holiday_budget(rng)
    return multi("Q_m_holiday_budget", f"Taking £{gbp} spending money to Spain for {days} days. "
                 "How many euros is that and how much per day?",
                 [cash(eur, "EUR"), cash(day, "EUR") + forms(day)])


def q_m_savings_weeks(rng: random.Random) -> Item:  # weeks to reach a goal, then the spare
    goal, weekly = rng.randint(300, 3000), rng.choice([25, 40, 60, 75, 80])
    weeks = -(-goal // weekly)
    spare = weeks * weekly - goal
    if spare == 0:
        return q_m_savings_weeks(rng)
    return multi("Q_m_savings_weeks", f"saving {weekly} a week towards a {goal} bike. how many "
                 "weeks until I can buy it, and how much will I have left over then?",
                 [[str(weeks)], [str(spare)]])


def q_m_tiles_parabola(rng: random.Random) -> Item:  # a quadratic from a story, then a plot
    w, d = rng.randint(3, 14), rng.randint(2, 8)
    area = w * (w + d)
    return multi("Q_m_tiles_parabola", f"a patio is {d} m longer than it is wide and covers "
                 f"{area} square metres. solve for the width, and plot y = x^2 + {d}x - {area} "
                 "so I can see it", [unit(F(w), "m", "metres", "meters"), PLOT])


def q_m_oven_fahrenheit_time(rng: random.Random) -> Item:  # oven temperature and a finish time
    c, mins = rng.choice([160, 170, 180, 190, 200, 220]), rng.randint(25, 95)
    start = rng.randint(16 * 60, 19 * 60)
    h, m = divmod(start, 60)
    return multi("Q_m_oven_fahrenheit_time", f"recipe says {c}°C for {mins} minutes. my oven's "
                 f"in fahrenheit, what do I set it to? and if it goes in at {h}:{m:02d}, when's "
                 "it done?", [deg_f(F(c * 9, 5) + 32), clock(start + mins)])


def q_m_paint_tins(rng: random.Random) -> Item:  # wall area, then tins of paint
    w, hgt, cover = rng.randint(3, 9), rng.choice([F(5, 2), F(12, 5), F(3)]), rng.choice([10, 12])
    area = w * hgt * 2
    tins = -(-area // cover)
    if tie(area):
        return q_m_paint_tins(rng)
    return multi("Q_m_paint_tins", f"painting two walls, each {w} m wide and {float(hgt):g} m "
                 f"high. total area? one tin covers {cover} m², how many tins?",
                 [unit(area, "m²", "m2", "m^2", "square metres", "square meters"), [str(tins)]])


def q_m_score_percent_grade(rng: random.Random) -> Item:  # a score as a percentage, and the gap
    total = rng.choice([40, 50, 60, 80, 120])
    got = rng.randint(total // 3, total - 1)
    pct = F(got * 100, total)
    need = -(-total * 70 // 100) - got
    if tie(pct) or need <= 0:
        return q_m_score_percent_grade(rng)
    return multi("Q_m_score_percent_grade", f"got {got} out of {total} on my exam. what % is that, "
                 "and how many more marks would I have needed for 70%?",
                 [[f"{v}{s}%" for v in forms(pct) for s in ("", " ")], [str(need)]])


CHAT: list[Family] = [
    q_m_party_pizza, q_m_baby_weight, q_m_holiday_budget, q_m_savings_weeks, q_m_tiles_parabola,
    q_m_oven_fahrenheit_time, q_m_paint_tins, q_m_score_percent_grade,
]
