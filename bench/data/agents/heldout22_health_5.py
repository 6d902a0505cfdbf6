"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, health part 5: weekly deficits,
insulin and feed volumes, mean arterial pressure, caffeine totals and weight-loss percentages.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, num, pick, tenth
from bench.data.agents.helpers import Family


@family
def daily_deficit_for_goal(rng: random.Random) -> Made:
    per_week = F(rng.randint(2, 24), 20)
    kcal_kg = rng.choice([7700, 7000, 7500])
    v = per_week * kcal_kg / 7
    return pick(
        rng,
        f"to lose {d(per_week)} kg a week, what daily calorie deficit do I need? "
        f"assume {kcal_kg} kcal per kg, nearest kcal",
        f"daily deficit for {d(per_week)}kg/week of loss if 1 kg = {kcal_kg:,} kcal? round to "
        f"whole",
    ), [num(v, 0)]


@family
def insulin_carb_ratio(rng: random.Random) -> Made:
    carbs = rng.randint(15, 140)
    ratio = rng.choice([6, 8, 10, 12, 15, 20])
    v = F(carbs, ratio)
    return pick(
        rng,
        f"meal has {carbs} g carbs, my insulin-to-carb ratio is 1 unit per {ratio} g. how many "
        f"units? 1 decimal",
        f"ICR 1:{ratio}, eating {carbs}g of carbohydrate - bolus units (one decimal)?",
    ), [num(v, 1)]


@family
def correction_dose(rng: random.Random) -> Made:
    bg = tenth(rng, 9, 20)
    target = rng.choice([F(6), F(7), F("5.5"), F(8)])
    isf = rng.choice([F(2), F("2.5"), F(3), F(4)])
    v = (bg - target) / isf
    return pick(
        rng,
        f"blood glucose {d(bg)} mmol/L, target {d(target)}, correction factor 1 unit lowers "
        f"{d(isf)} mmol/L. correction units? 1 decimal",
        f"correction dose = (current − target) ÷ ISF. current {d(bg)}, target {d(target)}, ISF "
        f"{d(isf)}. units to 1 dp?",
    ), [num(v, 1)]


@family
def mean_arterial_pressure(rng: random.Random) -> Made:
    sys_, dia = rng.randint(95, 175), rng.randint(55, 105)
    if dia >= sys_ - 20:
        raise Redraw
    v = F(sys_ + 2 * dia, 3)
    return pick(
        rng,
        f"BP {sys_}/{dia}. mean arterial pressure using MAP = (SBP + 2 x DBP) / 3? 1 decimal",
        f"what's the MAP for a reading of {sys_} over {dia}? formula (systolic + 2×diastolic)/3, "
        f"one decimal",
    ), [num(v, 1)]


@family
def formula_per_feed(rng: random.Random) -> Made:
    kg = tenth(rng, 2.5, 7)
    per = rng.choice([150, 120, 160])
    feeds = rng.choice([6, 7, 8])
    v = kg * per / feeds
    return pick(
        rng,
        f"baby weighs {d(kg)} kg, needs {per} ml/kg/day split into {feeds} feeds. ml per feed? 1 "
        f"decimal",
        f"{per} mL per kg per day for a {d(kg)}kg infant over {feeds} equal feeds - how much per "
        f"feed (1 dp)?",
    ), [num(v, 1)]


@family
def caffeine_total(rng: random.Random) -> Made:
    drinks = rng.sample(
        [
            ("espresso", 63),
            ("cup of filter coffee", 95),
            ("can of cola", 34),
            ("energy drink", 80),
            ("cup of black tea", 47),
            ("cup of green tea", 28),
        ],
        3,
    )
    counts = [rng.randint(1, 3) for _ in drinks]
    v = sum(c * mg for c, (_, mg) in zip(counts, drinks, strict=True))
    desc = ", ".join(
        f"{c} {name} ({mg} mg each)" for c, (name, mg) in zip(counts, drinks, strict=True)
    )
    return pick(
        rng, f"how much caffeine did I have today? {desc}", f"total caffeine in mg: {desc}"
    ), [num(v, 0)]


@family
def weight_loss_percent(rng: random.Random) -> Made:
    start = tenth(rng, 60, 140)
    now = start - tenth(rng, 1, 20)
    v = (start - now) * 100 / start
    return pick(
        rng,
        f"started at {d(start)} kg, now {d(now)} kg. what percentage of my body weight have I "
        f"lost? 1 dp",
        f"weight went from {d(start)}kg to {d(now)}kg - percent lost, one decimal?",
    ), [[x + "%" for x in num(v, 1)] + num(v, 1)]


@family
def days_to_due(rng: random.Random) -> Made:
    lmp = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    today = lmp + dt.timedelta(days=rng.randint(60, 270))
    due = lmp + dt.timedelta(days=280)
    n = (due - today).days
    fmt = rng.choice(["%B %-d, %Y", "%-d %B %Y", "%Y-%m-%d"])
    return pick(
        rng,
        f"LMP {lmp.strftime(fmt)}, due date = LMP + 280 days. how many days from "
        f"{today.strftime(fmt)} "
        f"until the due date?",
        f"if my due date is 280 days after {lmp.strftime(fmt)}, how many days are left counting "
        f"from "
        f"{today.strftime(fmt)}?",
    ), [num(n, 0)]


@family
def steps_remaining_time(rng: random.Random) -> Made:
    goal = rng.choice([8000, 10000, 12000, 15000])
    now = rng.randint(1500, goal - 500)
    spm = rng.choice([90, 100, 110, 120])
    v = F(goal - now, spm)
    return pick(
        rng,
        f"I'm at {now} steps, goal {goal}. walking at {spm} steps a minute, how many minutes to "
        f"go? 1 dp",
        f"I have {now:,} steps and want {goal:,}. At {spm} steps/min how long "
        f"in minutes (1 decimal)?",
    ), [num(v, 1)]


@family
def paracetamol_daily_cap(rng: random.Random) -> Made:
    kg = tenth(rng, 8, 90)
    per = rng.choice([60, 75])
    cap = 4000
    v = min(kg * per, F(cap))
    return pick(
        rng,
        f"max daily dose is {per} mg/kg but never more than {cap} mg. for {d(kg)} kg, what's the "
        f"daily "
        f"maximum in mg?",
        f"daily limit: {per} mg per kg, capped at {cap} mg/day. patient {d(kg)}kg - limit in mg?",
    ), [num(v, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        daily_deficit_for_goal,
        insulin_carb_ratio,
        correction_dose,
        mean_arterial_pressure,
        formula_per_feed,
        caffeine_total,
        weight_loss_percent,
        days_to_due,
        steps_remaining_time,
        paracetamol_daily_cap,
    )
]
