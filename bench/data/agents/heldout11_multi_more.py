"""More round 11 multi-part families (``Q_m_*``, dev now): everyday money, time and health
questions with two or more results, and maths followed by a unit or a reuse."""

from __future__ import annotations

import random

from bench.data.agents.heldout11_multi_common import (
    LB,
    MEAN,
    MILE,
    PLOT,
    F,
    Item,
    cash,
    clock,
    convert,
    dp12,
    forms,
    multi,
    named,
    r2,
    receipt,
    root,
    safe,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import Family


def q_m_euros_to_dollars_both(rng: random.Random) -> Item:  # one sum into two currencies
    eur = rng.randint(15, 900)
    usd, gbp = convert(F(eur), "EUR", "USD"), convert(F(eur), "EUR", "GBP")
    if tie(usd) or tie(gbp):
        return q_m_euros_to_dollars_both(rng)
    return multi("Q_m_euros_to_dollars_both", f"how much is €{eur} in dollars? and in pounds?",
                 [cash(usd, "USD"), cash(gbp, "GBP")])


def q_m_salary_monthly_weekly(rng: random.Random) -> Item:  # a yearly sum per month and week
    year = 1000 * rng.randint(18, 95)
    month, week = F(year, 12), F(year, 52)
    if tie(month) or tie(week):
        return q_m_salary_monthly_weekly(rng)
    return multi("Q_m_salary_monthly_weekly", f"new job pays {year:,} a year. roughly what's "
                 "that per month and per week (before tax)?", [forms(month), forms(week)])


def q_m_wake_sleep_hours(rng: random.Random) -> Item:  # hours slept, then over a week
    bed, wake = rng.randint(21 * 60, 24 * 60 - 5) // 5 * 5, rng.randint(5 * 60, 8 * 60) // 15 * 15
    slept = F(24 * 60 - bed + wake, 60)
    if tie(slept) or tie(7 * slept):
        return q_m_wake_sleep_hours(rng)
    bh, bm = divmod(bed, 60)
    wh, wm = divmod(wake, 60)
    return multi("Q_m_wake_sleep_hours", f"I went to bed at {bh - 12}:{bm:02d} pm and woke at "
                 f"{wh}:{wm:02d} am. how many hours did I sleep, and how much is that over 7 "
                 "nights like this?", [forms(slept), forms(7 * slept)])


def q_m_bmi_then_target(rng: random.Random) -> Item:  # BMI, then the weight for a BMI of 25
    kg, cm = rng.randint(70, 120), rng.randint(155, 195)
    m2 = F(cm, 100) ** 2
    bmi, target = F(kg) / m2, 25 * m2
    if not safe(bmi) or tie(target) or tie(target, 1) or target >= kg:
        return q_m_bmi_then_target(rng)
    return multi("Q_m_bmi_then_target", f"{kg}kg, {cm}cm. bmi please, and what weight would "
                 "put me at a BMI of exactly 25?", [dp12(bmi), unit(target, "kg", "kilograms",
                                                               "kilos", places=1)
                                                    + unit(target, "kg", "kilograms", "kilos")])


def q_m_meds_last_dose(rng: random.Random) -> Item:  # four doses a day: the last one and count
    start, gap = rng.randint(6 * 60, 9 * 60) // 15 * 15, rng.choice([3, 4, 5])
    doses = rng.randint(3, 4)
    h, m = divmod(start, 60)
    last = start + gap * 60 * (doses - 1)
    return multi("Q_m_meds_last_dose", f"antibiotic: {doses} doses a day, {gap} hours apart, "
                 f"first one at {h}:{m:02d}. when's the last dose, and how many tablets over a "
                 "10 day course?", [clock(last), [str(10 * doses)]])


def q_m_marathon_pace(rng: random.Random) -> Item:  # a race distance in miles, then a pace
    hours = F(rng.randint(12, 26), 4)
    km = F("42.195")
    miles, speed = km / MILE, km / hours
    if tie(miles) or tie(speed):
        return q_m_marathon_pace(rng)
    return multi("Q_m_marathon_pace", f"a marathon is 42.195 km - how many miles is that? and "
                 f"if I finish in {float(hours)} hours what's my average km/h",
                 [unit(miles, "miles", "mi"), unit(speed, "km/h", "kph", "kilometres per hour")])


def q_m_two_roots_product_plot(rng: random.Random) -> Item:  # roots, their product, a plot
    r1, r2, p = two_roots(rng)
    return multi("Q_m_two_roots_product_plot", f"y = {p}: roots? their product? and a quick "
                 "plot", [root(r1), root(r2), [str(r1 * r2)], PLOT])


def q_m_receipt_avg_item(rng: random.Random) -> Item:  # a receipt: total and the average line
    recipe, total, items = receipt(rng)
    avg = total / len(items)
    if tie(avg):
        return q_m_receipt_avg_item(rng)
    return multi("Q_m_receipt_avg_item", "what's the total on this and the average price per "
                 "item?", [forms(total), named(MEAN, avg) + forms(avg)], image=recipe)


def q_m_receipt_euro_each(rng: random.Random) -> Item:  # a receipt in euros, split in two
    recipe, total, _ = receipt(rng)
    half = convert(total, "USD", "EUR") / 2
    if tie(half):
        return q_m_receipt_euro_each(rng)
    return multi("Q_m_receipt_euro_each", "Me and my sister are going halves on this. Total in "
                 "dollars, and what does each of us owe in euros?",
                 [forms(total), cash(half, "EUR")], image=recipe)


def q_m_weight_loss_weekly(rng: random.Random) -> Item:  # weight lost, in pounds, per week
    start, lost, weeks = rng.randint(75, 120), rng.randint(3, 12), rng.choice([6, 8, 10, 12])
    lb, per = F(lost) / LB, F(lost, weeks)
    if tie(lb) or tie(per):
        return q_m_weight_loss_weekly(rng)
    return multi("Q_m_weight_loss_weekly", f"went from {start} kg to {start - lost} kg in "
                 f"{weeks} weeks. how much is that in pounds, and how many kg a week on "
                 "average?", [unit(lb, "lb", "pounds", "lbs"), unit(per, "kg", "kilograms",
                                                                    "kilos")])


def q_m_speed_ms_kmh(rng: random.Random) -> Item:  # m/s to km/h, then mph
    ms = rng.randint(3, 40)
    kmh = F(ms * 36, 10)
    mph = kmh / MILE
    if tie(kmh) or tie(mph):
        return q_m_speed_ms_kmh(rng)
    return multi("Q_m_speed_ms_kmh", f"{ms} m/s in km/h and in mph?",
                 [unit(kmh, "km/h", "kph", "kilometres per hour"),
                  unit(mph, "mph", "miles per hour")])


def q_m_percent_change_both(rng: random.Random) -> Item:  # a percentage change, then a repeat
    old = rng.randint(400, 2500)
    new = old + rng.randint(-40, 90)
    change = F(new - old, old) * 100
    again = F(new) * (1 + change / 100)
    if old == new or tie(change) or tie(again):
        return q_m_percent_change_both(rng)
    return multi("Q_m_percent_change_both", f"rent went from {old} to {new}. what % change is "
                 "that? and if it changes by the same % again next year, what will it be?",
                 [[f"{v}{s}%" for v in forms(change) + forms(abs(change)) for s in ("", " ")],
                  list(dict.fromkeys(forms(again) + forms(new * (1 + r2(change) / 100))))])


MORE: list[Family] = [
    q_m_euros_to_dollars_both, q_m_salary_monthly_weekly, q_m_wake_sleep_hours,
    q_m_bmi_then_target, q_m_meds_last_dose, q_m_marathon_pace, q_m_two_roots_product_plot,
    q_m_receipt_avg_item, q_m_receipt_euro_each, q_m_weight_loss_weekly, q_m_speed_ms_kmh,
    q_m_percent_change_both,
]
