"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, health part 2: doses by weight and
timing, pregnancy and cycle dates."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import (
    Made,
    R,
    clock,
    family,
    grid,
    pick,
    show,
    word,
)
from bench.data.agents.helpers import Family

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def day_text(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        [
            f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            d.isoformat(),
        ]
    )


def day_forms(d: dt.date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [
        d.isoformat(),
        f"{m}{d.day},{d.year}",
        f"{d.day}{m}{d.year}",
        f"{m}{d.day}{d.year}",
        f"{m[:3]}{d.day},{d.year}",
        f"{d.day}{m[:3]}{d.year}",
        f"{m}{d.day}st,{d.year}",
        f"{m}{d.day}nd,{d.year}",
        f"{m}{d.day}rd,{d.year}",
        f"{m}{d.day}th,{d.year}",
        f"{d.day}thof{m}{d.year}",
        f"{d.day}stof{m}{d.year}",
        f"{d.day}ndof{m}{d.year}",
        f"{d.day}rdof{m}{d.year}",
        f"{d.day}th{m}{d.year}",
        f"{d.day}st{m}{d.year}",
        f"{d.day}nd{m}{d.year}",
        f"{d.day}rd{m}{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
    ]


def rand_day(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 700))


@family
def dose_mg_per_kg(rng: random.Random) -> Made:
    kg = grid(rng, 4, 40, 0.5)
    per = rng.choice([5, 7.5, 10, 12.5, 15, 20])
    t = pick(
        rng,
        "Child weighs {k} kg, dose is {p} mg/kg. How many mg per dose?",
        "dose {p} mg per kg, patient {k} kg — mg needed? 1 decimal",
        "Work out a {p} mg/kg dose for a {k} kg child (mg, one decimal).",
    )
    return t.format(k=show(kg), p=show(F(str(per)))), [R(kg * F(str(per)), 1)]


@family
def dose_ml_from_concentration(rng: random.Random) -> Made:
    kg = grid(rng, 5, 40, 0.5)
    per = rng.choice([10, 15, 12])
    conc, vol = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5), (160, 5)])
    mg = kg * per
    ml = mg * vol / conc
    t = pick(
        rng,
        "Dose {p} mg/kg for a {k} kg child; syrup is {c} mg per {v} ml. How many ml per dose? 1 "
        "decimal",
        "{k}kg kid, {p}mg/kg, liquid strength {c}mg/{v}mL - what volume to give (mL, 1 dp)?",
    )
    return t.format(p=per, k=show(kg), c=conc, v=vol), [R(ml, 1)]


@family
def daily_dose_divided(rng: random.Random) -> Made:
    kg = rng.randint(8, 80)
    day = rng.choice([20, 25, 30, 40, 45, 50, 60, 90])
    n = rng.choice([2, 3, 4])
    t = pick(
        rng,
        "{d} mg/kg/day split into {n} equal doses, patient {k} kg. mg per dose? 1 decimal",
        "Daily dose is {d} mg per kg, given in {n} doses a day. For {k} kg, how much is each dose "
        "(mg, one dp)?",
    )
    return t.format(d=day, n=word(rng, n), k=kg), [R(F(day * kg, n), 1)]


@family
def tablets_needed_course(rng: random.Random) -> Made:
    per = rng.choice([1, 2])
    times = rng.choice([2, 3, 4])
    days = rng.randint(5, 28)
    t = pick(
        rng,
        "Take {p} tablet(s) {t} times a day for {d} days. How many tablets in total?",
        "prescription: {p} tab x{t}/day for {d} days - total tabs needed?",
    )
    return t.format(p=word(rng, per), t=times, d=days), [R(per * times * days, 0)]


@family
def pills_last_until(rng: random.Random) -> Made:
    start = rand_day(rng)
    n = rng.randint(20, 120)
    per = rng.choice([1, 2, 3])
    days = n // per
    last = start + dt.timedelta(days=days - 1)
    t = pick(
        rng,
        "I start a new bottle of {n} pills on {s} and take {p} a day. On what date do I take the "
        "last full day's dose?",
        "{n} tablets, {p} per day, first day {s}. last day I can take a full day's dose?",
    )
    return t.format(n=n, s=day_text(rng, start), p=per), [day_forms(last)]


@family
def next_dose_time(rng: random.Random) -> Made:
    start = rng.randint(6 * 4, 11 * 4) * 15
    every = rng.choice([4, 6, 8, 12])
    k = rng.randint(2, 24 // every)
    t = pick(
        rng,
        "First dose at {t}, then every {e} hours. What time is dose number {k}?",
        "taking meds every {e} h starting {t} - when is the {k} dose?",
    )
    kth = f"{k}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(k if k < 20 else k % 10, 'th')}"
    return t.format(t=f"{start // 60:02d}:{start % 60:02d}", e=every, k=kth).replace(
        "number " + kth, f"number {k}"), [
        clock(start + (k - 1) * every * 60)
    ]


@family
def max_daily_dose_left(rng: random.Random) -> Made:
    mx, tab = rng.choice(
        [
            (4000, 500),
            (3000, 500),
            (1200, 200),
            (2400, 400),
            (2400, 200),
            (3200, 400),
            (3200, 200),
            (3000, 250),
            (4000, 250),
            (1200, 100),
        ]
    )
    taken = rng.randint(1, mx // tab - 1)
    t = pick(
        rng,
        "Max {m} mg per day. I've taken {n} tablets of {t} mg. How many more tablets are allowed "
        "today?",
        "daily limit {m}mg, tablets are {t}mg, already had {n}. how many more tablets max?",
        "The packet says no more than {m} mg in 24 hours. Each tablet is {t} mg and I've had {n} "
        "so far. How many more can I take?",
    )
    return t.format(m=mx, n=taken, t=tab), [R(mx // tab - taken, 0)]


@family
def insulin_carb_ratio(rng: random.Random) -> Made:
    carbs = rng.randint(20, 150)
    ratio = rng.choice([8, 10, 12, 15, 20])
    t = pick(
        rng,
        "Carb ratio 1 unit per {r} g. Meal has {c} g carbs. How many units? 1 decimal",
        "{c}g carbs at 1u:{r}g - units of insulin (one dp)?",
    )
    return t.format(r=ratio, c=carbs), [R(F(carbs, ratio), 1)]


@family
def due_date_naegele(rng: random.Random) -> Made:
    lmp = rand_day(rng)
    due = lmp + dt.timedelta(days=280)
    t = pick(
        rng,
        "My last period started {d}. Due date by adding 280 days?",
        "LMP {d} - estimated due date (LMP + 280 days)?",
        "If the first day of my last menstrual period was {d}, what's the due date using 40 weeks "
        "from LMP?",
    )
    return t.format(d=day_text(rng, lmp)), [day_forms(due)]


@family
def gestational_age(rng: random.Random) -> Made:
    lmp = rand_day(rng)
    days = rng.randint(30, 285)
    today = lmp + dt.timedelta(days=days)
    w, d = divmod(days, 7)
    t = pick(
        rng,
        "LMP was {a}. Today is {b}. How many weeks and days pregnant am I (counted from LMP)?",
        "how far along am I? last period started {a}, today's {b}. weeks + days",
    )
    acc = [
        f"{w}weeksand{d}days",
        f"{w}weeks,{d}days",
        f"{w}weeks{d}days",
        f"{w}w{d}d",
        f"{w}+{d}",
        f"{w}weeksand{d}day",
        f"{w}weeks{d}day",
        f"{w}weeks,{d}day",
    ]
    if d == 0:
        acc += [f"{w}weeks"]
    return t.format(a=day_text(rng, lmp), b=day_text(rng, today)), [acc]


@family
def weeks_until_due(rng: random.Random) -> Made:
    due = rand_day(rng) + dt.timedelta(days=200)
    days = rng.randint(10, 250)
    today = due - dt.timedelta(days=days)
    t = pick(
        rng,
        "Baby is due {a}. Today is {b}. How many days to go?",
        "due date {a}, today {b} - days left?",
    )
    return t.format(a=day_text(rng, due), b=day_text(rng, today)), [R(days, 0)]


@family
def conception_from_due(rng: random.Random) -> Made:
    due = rand_day(rng) + dt.timedelta(days=300)
    conc = due - dt.timedelta(days=266)
    t = pick(
        rng,
        "Due date {d}. Conception is usually 266 days before the due date — what date is that?",
        "if baby's due {d}, approx conception date = due - 266 days?",
    )
    return t.format(d=day_text(rng, due)), [day_forms(conc)]


@family
def ovulation_day(rng: random.Random) -> Made:
    start = rand_day(rng)
    cycle = rng.randint(24, 35)
    ov = start + dt.timedelta(days=cycle - 14)
    t = pick(
        rng,
        "Period started {d}, my cycle is {c} days. Ovulation is about 14 days before the next "
        "period — which date?",
        "{c}-day cycle, last period began {d}. estimate ovulation date (next period minus 14 days)",
    )
    return t.format(d=day_text(rng, start), c=cycle), [day_forms(ov)]


@family
def next_period(rng: random.Random) -> Made:
    start = rand_day(rng)
    cycle = rng.randint(24, 35)
    n = rng.randint(1, 3)
    d = start + dt.timedelta(days=cycle * n)
    t = pick(
        rng,
        "My last period started {d} and my cycle is exactly {c} days. When does the period {k} "
        "after that start?",
        "cycle length {c} days, last period start {d}. predicted start date {k} later?",
    )
    k = {1: "one cycle", 2: "two cycles", 3: "three cycles"}[n]
    return t.format(d=day_text(rng, start), c=cycle, k=k), [day_forms(d)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        dose_mg_per_kg,
        dose_ml_from_concentration,
        daily_dose_divided,
        tablets_needed_course,
        pills_last_until,
        next_dose_time,
        max_daily_dose_left,
        insulin_carb_ratio,
        due_date_naegele,
        gestational_age,
        weeks_until_due,
        conception_from_due,
        ovulation_day,
        next_period,
    )
]
