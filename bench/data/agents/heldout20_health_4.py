"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, health part 4: sleep cycles, macro
percentages, fasting and other dates."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_health_2 import day_forms, day_text, rand_day
from bench.data.agents.heldout20_units import (
    Made,
    R,
    Redraw,
    U,
    clock,
    family,
    grid,
    hm,
    pick,
    show,
    word,
)
from bench.data.agents.helpers import Family


@family
def sleep_wake_cycles(rng: random.Random) -> Made:
    bed = rng.randint(21 * 4, 24 * 4 + 4) * 15
    fall = rng.choice([10, 14, 15, 20])
    cyc = rng.choice([4, 5, 6])
    t = pick(
        rng,
        "If I go to bed at {b}, take {f} minutes to fall asleep and want {c} full 90-minute "
        "cycles, what time should my alarm be?",
        "bed {b}, {f} min to drop off, {c} sleep cycles of 90 min. wake-up time?",
    )
    return t.format(b=clock(bed)[0], f=f"{fall}", c=cyc), [clock(bed + fall + 90 * cyc)]


@family
def bedtime_from_wake(rng: random.Random) -> Made:
    wake = rng.randint(5 * 4, 9 * 4) * 15
    fall = rng.choice([10, 15, 20])
    cyc = rng.choice([4, 5, 6])
    t = pick(
        rng,
        "I need to wake at {w}. Sleep cycles are 90 minutes and I need {f} min to fall asleep. For "
        "{c} cycles, when should I go to bed?",
        "alarm {w}, want {c} x 90 min cycles, {f} minutes to fall asleep - bedtime?",
    )
    return t.format(w=clock(wake)[0], f=fall, c=cyc), [clock(wake - fall - 90 * cyc)]


@family
def sleep_duration(rng: random.Random) -> Made:
    a = rng.randint(21 * 12, 25 * 12 + 6) * 5
    b = rng.randint(5 * 12, 9 * 12) * 5
    d = (b - a) % 1440
    t = pick(
        rng,
        "Fell asleep at {a}, woke up at {b}. How long did I sleep?",
        "asleep {a} -> awake {b}, sleep duration?",
    )
    return t.format(a=clock(a)[0], b=clock(b)[0]), [hm(d)]


@family
def sleep_debt_week(rng: random.Random) -> Made:
    need = grid(rng, 7, 9, 0.5)
    hours = [grid(rng, 4.5, 9, 0.25) for _ in range(7)]
    debt = need * 7 - sum(hours)
    if debt <= 0:
        raise Redraw
    t = "I need {n} h a night. This week I slept {h} hours. What's my total sleep debt in hours?"
    return t.format(n=show(need), h=", ".join(show(x) for x in hours)), [R(debt, 2)]


@family
def macro_percent_calories(rng: random.Random) -> Made:
    p, c, f = rng.randint(40, 200), rng.randint(50, 350), rng.randint(20, 120)
    kcal = 4 * p + 4 * c + 9 * f
    which = rng.choice(["protein", "carbs", "fat"])
    part = {"protein": 4 * p, "carbs": 4 * c, "fat": 9 * f}[which]
    t = pick(
        rng,
        "Today: {p} g protein, {c} g carbs, {f} g fat. Using 4/4/9 kcal per gram, what % of "
        "calories came from {w}? 1 decimal",
        "macros {p}P / {c}C / {f}F (g). percentage of total kcal from {w}? (4,4,9 kcal/g) one dp",
    )
    v = R(F(part * 100, kcal), 1)
    return t.format(p=p, c=c, f=f, w=which), [U(v, [x + "%" for x in v])]


@family
def macro_grams_from_split(rng: random.Random) -> Made:
    kcal = rng.randrange(1400, 3600, 50)
    split = rng.choice(
        [(40, 30, 30), (50, 20, 30), (30, 40, 30), (45, 25, 30), (40, 35, 25), (55, 20, 25)]
    )
    which = rng.choice([0, 1, 2])
    per = [4, 4, 9][which]
    name = ["carbs", "protein", "fat"][which]
    t = pick(
        rng,
        "{k} kcal a day with a {a}/{b}/{c} carb/protein/fat split. How many grams of {n}? (4/4/9 "
        "kcal/g, 1 decimal)",
        "Diet: {k} calories, {a}% carbs, {b}% protein, {c}% fat. grams of {n} per day, one dp?",
    )
    return t.format(k=kcal, a=split[0], b=split[1], c=split[2], n=name), [
        R(F(kcal * split[which], 100 * per), 1)
    ]


@family
def calories_from_macros(rng: random.Random) -> Made:
    p, c, f = grid(rng, 1, 40, 0.5), grid(rng, 1, 80, 0.5), grid(rng, 0.5, 40, 0.5)
    al = rng.choice([0, 0, 14, 10])
    t = pick(
        rng,
        "A snack has {p} g protein, {c} g carbs and {f} g fat{a}. Calories with 4/4/9{x} kcal per "
        "gram?",
        "kcal from {p}g P, {c}g C, {f}g F{a} (4-4-9{x})? 1 dp",
    )
    a = f" and {al} g alcohol" if al else ""
    x = "/7" if al else ""
    return t.format(p=show(p), c=show(c), f=show(f), a=a, x=x), [
        R(4 * p + 4 * c + 9 * f + 7 * al, 1)
    ]


@family
def net_carbs(rng: random.Random) -> Made:
    c = grid(rng, 5, 80, 0.5)
    fib = grid(rng, 0.5, 20, 0.5)
    srv = rng.randint(1, 4)
    if fib >= c:
        raise Redraw
    t = pick(
        rng,
        "Label per serving: {c} g carbs, {f} g fibre. I ate {s} serving(s). Net carbs (carbs − "
        "fibre) total?",
        "net carbs = total carbs minus fiber. {c}g carbs, {f}g fiber per serving, {s} serving(s). "
        "total net g?",
    )
    return t.format(c=show(c), f=show(fib), s=word(rng, srv)), [R((c - fib) * srv, 1)]


@family
def sugar_teaspoons(rng: random.Random) -> Made:
    g = grid(rng, 5, 80, 0.5)
    ml = rng.choice([250, 330, 500, 355, 600])
    per100 = rng.random() < 0.5
    tot = g * ml / 100 if per100 else g
    t = (
        "A drink has {g} g sugar per 100 ml. I drank {m} ml. How many teaspoons of sugar is that "
        "if 1 tsp = 4 g? 1 decimal"
        if per100
        else "My {m} ml bottle has {g} g of sugar. At 4 g per teaspoon, how many teaspoons? one "
        "decimal"
    )
    return t.format(g=show(g), m=ml), [R(tot / 4, 1)]


@family
def fasting_window_end(rng: random.Random) -> Made:
    last = rng.randint(18 * 4, 22 * 4) * 15
    fast = rng.choice([12, 14, 16, 18, 20])
    t = pick(
        rng,
        "Last meal at {l}. Doing a {f}-hour fast. When can I eat next?",
        "{f}:{e} intermittent fasting, finished eating at {l} — when does the eating window open?",
    )
    return t.format(l=clock(last)[0], f=fast, e=24 - fast), [clock(last + fast * 60)]


@family
def baby_feed_volume(rng: random.Random) -> Made:
    kg = grid(rng, 2.5, 7, 0.1)
    per = rng.choice([150, 160, 180, 200])
    feeds = rng.choice([6, 7, 8])
    t = pick(
        rng,
        "Baby weighs {k} kg, needs {p} ml per kg per day, {n} feeds a day. ml per feed? 1 decimal",
        "{p} mL/kg/day for a {k} kg newborn split over {n} feeds. each feed in ml (one dp)?",
    )
    return t.format(k=show(kg), p=per, n=feeds), [R(kg * per / feeds, 1)]


@family
def age_in_days(rng: random.Random) -> Made:
    born = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 5000))
    today = born + dt.timedelta(days=rng.randint(100, 3000))
    t = pick(
        rng,
        "My kid was born on {a}. How many days old is she on {b}?",
        "born {a}, today {b}: age in days?",
    )
    return t.format(a=day_text(rng, born), b=day_text(rng, today)), [R((today - born).days, 0)]


@family
def vaccine_second_dose(rng: random.Random) -> Made:
    first = rand_day(rng)
    gap = rng.choice([21, 28, 42, 56, 60, 90, 180])
    t = pick(
        rng,
        "First shot was on {d}. Second dose is due {g} days later. What date?",
        "vaccine dose 1 on {d}, dose 2 after {g} days -> date?",
    )
    return t.format(d=day_text(rng, first), g=gap), [day_forms(first + dt.timedelta(days=gap))]


@family
def hydration_sweat_loss(rng: random.Random) -> Made:
    pre = grid(rng, 55, 100, 0.1)
    loss = grid(rng, 0.3, 2.5, 0.1)
    drank = rng.choice([150, 250, 400, 500, 750])
    sweat = loss + F(drank, 1000)
    t = pick(
        rng,
        "Weighed {a} kg before my run and {b} kg after; I drank {d} ml during it. Sweat loss in "
        "litres (1 kg = 1 L)? 1 decimal",
        "pre-run {a}kg, post-run {b}kg, drank {d} mL. estimated sweat loss in L? (1 kg = 1 L) one "
        "dp",
    )
    return t.format(a=show(pre), b=show(pre - loss), d=drank), [R(sweat, 2) + R(sweat, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        sleep_wake_cycles,
        bedtime_from_wake,
        sleep_duration,
        sleep_debt_week,
        macro_percent_calories,
        macro_grams_from_split,
        calories_from_macros,
        net_carbs,
        sugar_teaspoons,
        fasting_window_end,
        baby_feed_volume,
        age_in_days,
        vaccine_second_dose,
        hydration_sweat_loss,
    )
]
