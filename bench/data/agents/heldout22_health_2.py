"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, health part 2: doses by weight and
timing, pregnancy and cycle dates, sleep cycles."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    Redraw,
    clock,
    d,
    day,
    family,
    hm,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 500))


def said(when: dt.date, rng: random.Random) -> str:
    return rng.choice([when.strftime("%B %-d, %Y"), when.strftime("%-d %B %Y"), when.isoformat()])


# ---------------------------------------------------------------- doses


def tab_forms(n: F) -> list[str]:
    if n == F(1, 2):
        return ["0.5", "1/2", "halfatab", "halfofa", "halfone", "½"]
    if n.denominator == 2:
        return [d(n), f"{int(n)}½", f"{int(n)}and1/2", f"{int(n)}1/2", f"{int(n)}andahalf"]
    return [d(n)]


@family
def dose_by_weight(rng: random.Random) -> Made:
    kg = tenth(rng, 4, 40)
    mgkg = rng.choice([5, 10, 15, F("7.5"), 12, 20])
    v = kg * mgkg
    return pick(
        rng,
        f"vet says {d(mgkg)} mg per kg for my dog, she weighs {d(kg)} kg. how many mg per dose?",
        f"dose is {d(mgkg)} mg/kg; patient weighs {d(kg)} kg. what's the dose in mg? (1 decimal)",
        f"Child weighs {d(kg)}kg, prescribed {d(mgkg)} mg per kg - total mg?",
    ), [num(v, 1)]


@family
def liquid_dose_ml(rng: random.Random) -> Made:
    kg = tenth(rng, 5, 35)
    mgkg = rng.choice([10, 15, 5, F("7.5")])
    conc = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5), (40, 1)])
    v = kg * mgkg * conc[1] / conc[0]
    return pick(
        rng,
        f"{d(mgkg)} mg/kg for a {d(kg)} kg child, syrup is {conc[0]} mg per {conc[1]} "
        f"ml. how many ml? 1 decimal",
        f"Medicine strength {conc[0]}mg/{conc[1]}mL. Dose {d(mgkg)} mg per kg, weight "
        f"{d(kg)} kg. Volume in mL to one decimal?",
    ), [num(v, 1)]


@family
def tablets_per_dose(rng: random.Random) -> Made:
    strength = rng.choice([F("2.5"), 5, 10, 25, 50, F("12.5")])
    n = F(rng.randint(1, 8), 2)
    v = strength * n
    return pick(
        rng,
        f"doctor ordered {d(v)} mg and tablets are {d(strength)} mg each. how many tablets?",
        f"Prescription: {d(v)} mg. Available: {d(strength)} mg tablets. How many tablets per dose?",
    ), [tab_forms(n)]


@family
def daily_max_check(rng: random.Random) -> Made:
    mg = rng.choice([200, 250, 325, 400, 500])
    n = rng.randint(2, 4)
    every = rng.choice([4, 6, 8])
    doses = 24 // every
    v = mg * n * doses
    return pick(
        rng,
        f"if I take {n} tablets of {mg} mg every {every} hours around the clock, how "
        f"many mg in 24 hours?",
        f"{n} x {mg}mg every {every} h for a full day = total mg per day?",
    ), [num(v, 0)]


@family
def next_dose_time(rng: random.Random) -> Made:
    h0, m0 = rng.randint(0, 23), rng.choice(range(0, 60, 5))
    every = rng.choice([4, 6, 8, 12])
    k = rng.randint(2, 3)
    end = (h0 * 60 + m0 + every * 60 * k) % 1440
    return pick(
        rng,
        f"took my first dose at {h0:02d}:{m0:02d}, it's every {every} hours. when is "
        f"dose number {k + 1}?",
        f"Meds every {every}h starting {h0}:{m0:02d}. What time is the "
        f"{['', '', '', 'third', 'fourth'][k + 1]} dose?",
    ), [clock(*divmod(end, 60))]


@family
def dose_schedule_count(rng: random.Random) -> Made:
    days = rng.randint(5, 14)
    per_day = rng.choice([2, 3, 4])
    per_dose = rng.choice([1, 2])
    v = days * per_day * per_dose
    return pick(
        rng,
        f"antibiotic: {per_dose} capsule(s) {per_day} times a day for {days} days. "
        f"how many capsules total?",
        f"how many pills do I need for a {days}-day course, {per_dose} pill(s) x {per_day} daily?",
    ), [num(v, 0)]


@family
def supply_run_out(rng: random.Random) -> Made:
    start = rdate(rng)
    pills, per_day = rng.randint(20, 120), rng.choice([1, 2, 3])
    days = pills // per_day
    if pills % per_day:
        raise Redraw
    last = start + dt.timedelta(days=days - 1)
    return pick(
        rng,
        f"I started a bottle of {pills} pills on {said(start, rng)} taking {per_day} "
        f"a day (first dose that day). what's the last day I'll have pills?",
        f"{pills} tablets, {per_day} per day, starting {said(start, rng)} - date of the "
        f"final day of the supply?",
    ), [day(last)]


@family
def caffeine_half_life(rng: random.Random) -> Made:
    mg = rng.choice([80, 95, 120, 150, 200, 240, 300])
    half = rng.choice([4, 5, 6])
    hrs = half * rng.randint(1, 4) if rng.random() < 0.5 else rng.randint(1, 12)
    v = mg * F(1, 2) ** F(hrs, half) if hrs % half == 0 else None
    if v is None:
        raise Redraw
    return pick(
        rng,
        f"had {mg} mg of caffeine. half-life {half} hours. how much is left after {hrs} hours?",
        f"caffeine {mg}mg, half life {half}h, how many mg remain {hrs} h later? 2 decimals",
    ), [num(v, 2)]


@family
def mg_to_mcg(rng: random.Random) -> Made:
    mg = F(rng.randint(1, 500), 1000) * rng.choice([1, 10])
    return pick(
        rng,
        f"{d(mg)} mg is how many micrograms?",
        f"convert {d(mg)} mg to mcg",
        f"{d(mg)} milligrams in µg?",
    ), [num(mg * 1000, 0)]


@family
def iu_vitamin_d(rng: random.Random) -> Made:
    iu = rng.choice([400, 600, 800, 1000, 1500, 2000, 2500, 4000, 5000, 10000, 50000, 3000, 1200])
    mult = rng.choice([1, 2, 3])
    v = F(iu * mult, 40)
    return pick(
        rng,
        f"{mult} vitamin D tablets of {iu} IU each, how many micrograms total? (40 IU = 1 mcg)",
        f"Vitamin D: {iu} IU x {mult}. In mcg, using 1 mcg = 40 IU?",
    ), [num(v, 2)]


# ---------------------------------------------------------------- pregnancy / cycle dates


@family
def due_date_naegele(rng: random.Random) -> Made:
    lmp = rdate(rng)
    due = lmp + dt.timedelta(days=280)
    return pick(
        rng,
        f"first day of my last period was {said(lmp, rng)}. due date by LMP + 280 days?",
        f"LMP {said(lmp, rng)} - estimated due date (add 280 days)?",
    ), [day(due)]


@family
def weeks_pregnant(rng: random.Random) -> Made:
    lmp = rdate(rng)
    gap = rng.randint(30, 275)
    today = lmp + dt.timedelta(days=gap)
    w, r = divmod(gap, 7)
    forms = (
        [f"{w}weeksand{r}days", f"{w}weeks,{r}days", f"{w}weeks{r}days", f"{w}w{r}d", f"{w}+{r}"]
        if r
        else [f"{w}weeks", f"{w}w0d", f"{w}+0", f"{w}weeksand0days"]
    )
    if r == 1:
        forms += [f"{w}weeksand1day", f"{w}weeks,1day", f"{w}weeks1day"]
    return pick(
        rng,
        f"LMP was {said(lmp, rng)}, today is {said(today, rng)}. how many weeks and "
        f"days pregnant (counting from LMP)?",
        f"gestational age on {said(today, rng)} if the last menstrual period started "
        f"{said(lmp, rng)}? weeks + days",
    ), [forms]


@family
def ovulation_day(rng: random.Random) -> Made:
    start = rdate(rng)
    cycle = rng.randint(24, 35)
    ov = start + dt.timedelta(days=cycle - 14)
    return pick(
        rng,
        f"my period started {said(start, rng)} and my cycle is {cycle} days. assuming "
        f"ovulation 14 days before the next period, which date?",
        f"cycle length {cycle} days, period began {said(start, rng)}. estimated ovulation "
        f"= next period start minus 14 days. date?",
    ), [day(ov)]


@family
def next_period(rng: random.Random) -> Made:
    start = rdate(rng)
    cycle = rng.randint(24, 35)
    k = rng.randint(1, 3)
    nxt = start + dt.timedelta(days=cycle * k)
    word = ["", "next", "second next", "third next"][k]
    return pick(
        rng,
        f"last period started {said(start, rng)}, {cycle} day cycles. when does the "
        f"{word} one start?",
        f"If my cycle is exactly {cycle} days and the last one began on "
        f"{said(start, rng)}, what date does the {word} period start?",
    ), [day(nxt)]


@family
def date_at_week(rng: random.Random) -> Made:
    lmp = rdate(rng)
    wk = rng.randint(8, 40)
    when = lmp + dt.timedelta(weeks=wk)
    return pick(
        rng,
        f"LMP {said(lmp, rng)}: on what date do I hit {wk} weeks exactly?",
        f"what date will I be {wk}+0 weeks pregnant if my LMP was {said(lmp, rng)}?",
    ), [day(when)]


# ---------------------------------------------------------------- sleep


@family
def wake_time_cycles(rng: random.Random) -> Made:
    h0, m0 = rng.choice([21, 22, 23, 0, 1]), rng.choice(range(0, 60, 5))
    fall = rng.choice([10, 14, 15, 20])
    cycles = rng.randint(4, 6)
    end = (h0 * 60 + m0 + fall + 90 * cycles) % 1440
    return pick(
        rng,
        f"going to bed at {h0:02d}:{m0:02d}, takes me {fall} min to fall asleep. I "
        f"want {cycles} full 90-minute cycles. alarm time?",
        f"bed at {h0}:{m0:02d}, asleep {fall} minutes later, {cycles} sleep cycles of 90 "
        f"min each - when should I wake up?",
    ), [clock(*divmod(end, 60))]


@family
def bedtime_for_wake(rng: random.Random) -> Made:
    h0, m0 = rng.randint(5, 8), rng.choice(range(0, 60, 5))
    fall = rng.choice([10, 14, 15, 20])
    cycles = rng.randint(4, 6)
    end = (h0 * 60 + m0 - fall - 90 * cycles) % 1440
    return pick(
        rng,
        f"need to wake at {h0}:{m0:02d}am. for {cycles} full 90-min sleep cycles plus "
        f"{fall} min to fall asleep, what time should I get into bed?",
        f"Alarm {h0:02d}:{m0:02d}. I want {cycles} cycles × 90 minutes and it takes me "
        f"{fall} minutes to drop off. Bedtime?",
    ), [clock(*divmod(end, 60))]


@family
def sleep_duration(rng: random.Random) -> Made:
    h0, m0 = rng.choice([21, 22, 23]), rng.randint(0, 59)
    h1, m1 = rng.randint(5, 9), rng.randint(0, 59)
    mins = (h1 * 60 + m1 - h0 * 60 - m0) % 1440
    return pick(
        rng,
        f"slept from {h0}:{m0:02d} to {h1}:{m1:02d}. how long was that?",
        f"I fell asleep at {h0 - 12}:{m0:02d}pm and woke at {h1}:{m1:02d}am - total sleep time?",
    ), [hm(mins)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        dose_by_weight,
        liquid_dose_ml,
        tablets_per_dose,
        daily_max_check,
        next_dose_time,
        dose_schedule_count,
        supply_run_out,
        caffeine_half_life,
        mg_to_mcg,
        iu_vitamin_d,
        due_date_naegele,
        weeks_pregnant,
        ovulation_day,
        next_period,
        date_at_week,
        wake_time_cycles,
        bedtime_for_wake,
        sleep_duration,
    )
]
