"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, health part 3: sleep debt, macros,
sugar share, alcohol units and fasting windows."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    Redraw,
    clock,
    d,
    family,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family


@family
def weekly_sleep_debt(rng: random.Random) -> Made:
    target = rng.choice([7, F("7.5"), 8, 9])
    nights = [tenth(rng, 4.5, 8.5) for _ in range(7)]
    debt = target * 7 - sum(nights)
    if debt <= 0:
        raise Redraw
    return pick(
        rng,
        f"I need {d(target)} h a night. this week I slept "
        f"{', '.join(d(n) for n in nights)} hours. how many hours of sleep debt for "
        f"the week (weekly target minus total slept)?",
        f"sleep log (hours, Mon-Sun): {' / '.join(d(n) for n in nights)}. target "
        f"{d(target)}h/night. total shortfall in hours (7 x target minus total "
        f"slept)?",
    ), [num(debt, 1)]


@family
def macro_percent(rng: random.Random) -> Made:
    p, c, f = rng.randint(50, 200), rng.randint(80, 350), rng.randint(30, 120)
    total = 4 * p + 4 * c + 9 * f
    which, g, k = rng.choice([("protein", p, 4), ("carbs", c, 4), ("fat", f, 9)])
    v = F(100 * g * k, total)
    return pick(
        rng,
        f"today: {p} g protein, {c} g carbs, {f} g fat. what % of calories came from "
        f"{which}? (4/4/9 kcal per g) 1 decimal",
        f"{p}p / {c}c / {f}f grams - {which} share of total kcal, using 4 kcal/g protein & "
        f"carbs, 9 kcal/g fat? one decimal",
    ), [[x + "%" for x in num(v, 1)] + num(v, 1)]


@family
def macro_total_kcal(rng: random.Random) -> Made:
    p, c, f = rng.randint(5, 60), rng.randint(5, 120), rng.randint(2, 50)
    v = 4 * p + 4 * c + 9 * f
    return pick(
        rng,
        f"a meal with {p}g protein, {c}g carbs, {f}g fat - how many kcal? (4, 4, 9 per gram)",
        f"calories from macros: P {p} g, C {c} g, F {f} g, at 4/4/9 kcal per gram?",
    ), [num(v, 0)]


@family
def macro_grams_from_split(rng: random.Random) -> Made:
    kcal = rng.randint(14, 35) * 100
    pp, cp = rng.choice([(30, 40), (25, 50), (40, 30), (20, 50), (35, 35), (30, 45)])
    fp = 100 - pp - cp
    gp, gc, gf = F(kcal * pp, 400), F(kcal * cp, 400), F(kcal * fp, 900)
    return pick(
        rng,
        f"{kcal} kcal diet split {pp}% protein / {cp}% carbs / {fp}% fat. grams of "
        f"each? (4/4/9 kcal per g, 1 decimal)",
        f"For {kcal} calories a day at {pp}/{cp}/{fp} protein/carb/fat, how many grams of "
        f"protein, carbs and fat? 4, 4 and 9 kcal/g; round to 1 dp",
    ), [num(gp, 1), num(gc, 1), num(gf, 1)]


@family
def fiber_sugar_percent(rng: random.Random) -> Made:
    serving = rng.randint(25, 250)
    sugar = tenth(rng, 1, 30)
    if sugar >= serving:
        raise Redraw
    v = sugar * 100 / serving
    return pick(
        rng,
        f"a {serving} g serving has {d(sugar)} g sugar. what percent of the serving is sugar? 1 dp",
        f"{d(sugar)}g sugar in {serving}g of cereal - sugar as % of weight (one decimal)?",
    ), [[x + "%" for x in num(v, 1)] + num(v, 1)]


@family
def alcohol_units(rng: random.Random) -> Made:
    ml = rng.choice([125, 175, 250, 330, 440, 500, 568, 25, 35, 50, 750])
    abv = tenth(rng, 3.5, 14) if ml > 60 else F(rng.choice([37, 40, 43]))
    v = ml * abv / 1000
    return pick(
        rng,
        f"how many UK alcohol units in {ml} ml at {d(abv)}% ABV? (units = ml x ABV / "
        f"1000) 1 decimal",
        f"{ml}ml drink, {d(abv)}% abv - units of alcohol (UK: volume ml × ABV% ÷ 1000), 1 dp?",
    ), [num(v, 1)]


@family
def fasting_window_end(rng: random.Random) -> Made:
    h0, m0 = rng.randint(18, 22), rng.choice(range(0, 60, 5))
    hrs = rng.choice([12, 14, 16, 18, 20])
    end = (h0 * 60 + m0 + hrs * 60) % 1440
    return pick(
        rng,
        f"last meal at {h0}:{m0:02d}, doing a {hrs}-hour fast. when can I eat again?",
        f"{hrs}:{24 - hrs} fasting, finished dinner at {h0 - 12}:{m0:02d} pm - what time "
        f"does my eating window open?",
    ), [clock(*divmod(end, 60))]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        weekly_sleep_debt,
        macro_percent,
        macro_total_kcal,
        macro_grams_from_split,
        fiber_sugar_percent,
        alcohol_units,
        fasting_window_end,
    )
]
