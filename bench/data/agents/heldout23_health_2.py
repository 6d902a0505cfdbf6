"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, health part 2: doses by weight
and by the clock, pregnancy dates, sleep cycles, drips and medicine supplies."""

from __future__ import annotations

import datetime
import random
from typing import Any

from bench.data.agents.heldout23_units import (
    F,
    Redraw,
    ampm,
    clock,
    day,
    dec,
    fam,
    hm,
    num,
    pick,
    say,
    show,
    whole,
)
from bench.data.agents.helpers import Family


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))


def _weeks_days(w: int, d: int) -> list[str]:
    out = [f"{w}weeksand{d}days", f"{w}weeks{d}days", f"{w}weeks,{d}days", f"{w}w{d}d",
           f"{w}+{d}", f"{w}weeks+{d}days"]
    if d == 1:
        out += [f"{w}weeksand1day", f"{w}weeks1day", f"{w}weeks,1day"]
    return out


@fam
def dose_by_weight(rng: random.Random) -> Any:
    kg, mgkg = dec(rng, 4, 40, 1), rng.choice([5, 7, F("7.5"), 10, 15, 20])
    text = pick(rng, f"Dose is {show(mgkg)} mg/kg. My child weighs {show(kg)} kg. How many mg?",
                f"how many mg for a {show(kg)} kg kid at {show(mgkg)} mg per kg?")
    return text, num(kg * mgkg, 1)


@fam
def liquid_dose_ml(rng: random.Random) -> Any:
    kg, mgkg = dec(rng, 5, 35, 1), rng.choice([10, 15])
    conc = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5), (160, 5)])
    mg = kg * mgkg
    ml = mg * conc[1] / conc[0]
    text = pick(rng, f"Paracetamol syrup is {conc[0]} mg per {conc[1]} ml. Dose {mgkg} mg/kg, "
                     f"child "
                     f"is {show(kg)} kg. How many ml per dose? 1 decimal",
                f"{show(kg)} kg child, {mgkg} mg/kg, suspension {conc[0]}mg/{conc[1]}mL - volume "
                "in mL (1 dp)?")
    return text, num(ml, 1)


@fam
def capped_dose(rng: random.Random) -> Any:
    kg, mgkg, cap = rng.randint(10, 90), rng.choice([10, 15, 20]), rng.choice([500, 750, 1000])
    mg = kg * mgkg
    if mg == cap:
        raise Redraw
    text = pick(rng, f"{mgkg} mg/kg, max single dose {cap} mg. Patient weighs {kg} kg. What dose "
                     "in mg?",
                f"What single dose (mg) for {kg} kg at {mgkg} mg per kg, capped at {cap} mg?")
    return text, whole(min(mg, cap))


@fam
def tablets_needed(rng: random.Random) -> Any:
    dose, tab = rng.choice([(500, 250), (750, 250), (1000, 500), (25, 12.5), (150, 50),
                            (37.5, 12.5), (400, 200), (60, 20)])
    per_day, days = rng.randint(1, 4), rng.randint(3, 30)
    n = F(str(dose)) / F(str(tab)) * per_day * days
    text = pick(rng, f"Take {dose} mg {per_day} times a day for {days} days. Tablets are {tab} mg. "
                     "How many tablets in total?",
                f"how many {tab}mg pills for a {days}-day course of {dose}mg x{per_day} daily?")
    return text, whole(int(n))


@fam
def supply_days(rng: random.Random) -> Any:
    pills, per_day = rng.randint(20, 200), rng.choice([1, 2, 3, 4])
    start = _date(rng)
    days = pills // per_day
    last = start + datetime.timedelta(days=days - 1)
    text = pick(rng, f"I have {pills} pills and take {per_day} a day, starting {say(start)} (first "
                     "day counts). On what date do I take the last full day's dose?",
                f"Starting {say(start)}, {per_day} tablet(s) daily from a pack of {pills}. Last "
                f"full"
                " day of doses (start day included)?")
    return text, day(last)


@fam
def next_doses(rng: random.Random) -> Any:
    start, every = rng.randint(5 * 60, 11 * 60) // 5 * 5, rng.choice([4, 6, 8])
    t = ampm(start)
    text = pick(rng, f"took my first dose at {t}, every {every} hours. when are the next 2 doses?",
                f"Medicine every {every} h, first dose {t}. Times of the 2nd and 3rd doses?")
    return text, [clock(start + every * 60), clock(start + 2 * every * 60)]


@fam
def daily_max_left(rng: random.Random) -> Any:
    dose, n = rng.choice([200, 250, 300, 325, 400, 500, 650, 1000]), rng.randint(1, 6)
    cap = rng.choice([1200, 2400, 3000, 3200, 4000])
    used = dose * n
    if used >= cap:
        raise Redraw
    text = pick(rng, f"I've had {n} x {dose} mg today, daily max is {cap} mg. how much more can "
                     "I take today?",
                f"Daily limit {cap} mg. Taken {n} doses of {dose} mg so far. mg remaining?")
    return text, whole(cap - used)


@fam
def doses_left_today(rng: random.Random) -> Any:
    first = rng.randint(5 * 60, 11 * 60) // 15 * 15
    every, bedtime = rng.choice([2, 3, 4, 5, 6]), rng.randint(20, 23) * 60
    mg = rng.choice([200, 250, 325, 400, 500])
    n = (bedtime - first) // (every * 60) + 1
    text = pick(rng, f"First {mg} mg dose at {ampm(first)}, then every {every} hours. If I keep "
                     f"going up to {ampm(bedtime)} (inclusive), how many mg in total today?",
                f"{mg}mg every {every} h starting {ampm(first)}, last possible dose no later than "
                f"{ampm(bedtime)}. Total mg taken?")
    return text, [*whole(n * mg), f"{n * mg}mg"]


@fam
def clark_rule(rng: random.Random) -> Any:
    lb, adult = rng.randint(20, 100), rng.choice([250, 325, 400, 500, 200, 100])
    text = pick(rng, f"Clark's rule: child dose = weight (lb) / 150 x adult dose. Child {lb} lb, "
                     f"adult dose {adult} mg. 1 decimal",
                f"child is {lb} lbs, adult dose {adult}mg. Clark's rule (lb/150 x adult), mg to "
                "1 dp?")
    return text, num(F(lb * adult, 150), 1)


@fam
def young_rule(rng: random.Random) -> Any:
    age, adult = rng.randint(2, 11), rng.choice([250, 325, 400, 500, 200, 100, 300])
    text = pick(rng, f"Young's rule: age/(age+12) x adult dose. Age {age}, adult dose {adult} mg. "
                     "1 decimal",
                f"{age}-year-old, adult dose {adult} mg, Young's rule (age / (age + 12) x adult)? "
                "mg, 1 dp")
    return text, num(F(age * adult, age + 12), 1)


@fam
def iv_rate(rng: random.Random) -> Any:
    ml, hours = rng.randint(2, 30) * 50, rng.choice([1, 2, 3, 4, 6, 8, 12, 24])
    text = pick(rng, f"Infuse {ml} ml over {hours} hours. Pump rate in ml/h? 1 decimal",
                f"IV: {ml} mL to run over {hours} h - mL per hour (1 dp)?")
    return text, num(F(ml, hours), 1)


@fam
def drip_rate(rng: random.Random) -> Any:
    ml, mins, df = rng.choice([250, 500, 1000, 100]), rng.choice([30, 60, 120, 240, 480]), \
        rng.choice([10, 15, 20, 60])
    gtt = F(ml * df, mins)
    text = pick(rng, f"{ml} mL over {mins} minutes with a drop factor of {df} gtt/mL. Drops per "
                     "minute? 1 dp",
                f"drip rate (gtt/min) for {ml} ml in {mins} min, giving set {df} drops/ml, 1 "
                "decimal?")
    return text, num(gtt, 1)


@fam
def infusion_end(rng: random.Random) -> Any:
    start = rng.randint(0, 23 * 60) // 5 * 5
    ml, rate = rng.choice([250, 500, 1000, 750]), rng.choice([50, 100, 125, 150, 200, 250])
    mins = F(ml * 60, rate)
    if mins.denominator != 1:
        raise Redraw
    text = pick(rng, f"A {ml} ml bag started at {ampm(start)} running at {rate} ml/h. When does it "
                     "finish?",
                f"Infusion of {ml} mL at {rate} mL/hr begins {ampm(start)}. End time?")
    return text, clock(start + int(mins))


@fam
def due_date(rng: random.Random) -> Any:
    lmp = _date(rng)
    due = lmp + datetime.timedelta(days=280)
    text = pick(rng, f"My last period started {say(lmp)}. Estimated due date as LMP + 280 "
                     "days)?",
                f"LMP {say(lmp)} - estimated due date (add 280 days)?")
    return text, day(due)


@fam
def weeks_pregnant(rng: random.Random) -> Any:
    lmp = _date(rng)
    gap = rng.randint(30, 280)
    today = lmp + datetime.timedelta(days=gap)
    w, d = divmod(gap, 7)
    if d == 0:
        raise Redraw
    text = pick(rng, f"LMP was {say(lmp)}, today is {say(today)}. How far along am I in weeks and "
                     "days (counting from the LMP)?",
                f"gestational age on {say(today)} if the last menstrual period began {say(lmp)}?"
                " weeks + days")
    return text, _weeks_days(w, d)


@fam
def ovulation_day(rng: random.Random) -> Any:
    lmp, cycle = _date(rng), rng.randint(24, 35)
    ov = lmp + datetime.timedelta(days=cycle - 14)
    text = pick(rng, f"My cycle is {cycle} days, last period started {say(lmp)}. Ovulation is "
                     f"about "
                     "14 days before the next period - what date?",
                f"{cycle}-day cycle, period began {say(lmp)}: estimated ovulation date (next "
                "period minus 14 days)?")
    return text, day(ov)


@fam
def date_at_week(rng: random.Random) -> Any:
    lmp, week = _date(rng), rng.randint(8, 40)
    target = lmp + datetime.timedelta(days=7 * week)
    text = pick(rng, f"LMP {say(lmp)}. On what date will I be exactly {week} weeks pregnant?",
                f"When do I hit {week}+0 weeks if my LMP was {say(lmp)}?")
    return text, day(target)


@fam
def days_until_due(rng: random.Random) -> Any:
    due = _date(rng)
    gap = rng.randint(10, 250)
    today = due - datetime.timedelta(days=gap)
    text = pick(rng, f"Due date {say(due)}, today is {say(today)}. How many days to go?",
                f"how many days between {say(today)} and my due date {say(due)}?")
    return text, [*whole(gap), f"{gap}days"]


@fam
def bedtime_cycles(rng: random.Random) -> Any:
    wake = rng.randint(5 * 60, 8 * 60 + 30) // 5 * 5
    cycles, fall = rng.choice([4, 5, 6]), rng.choice([10, 15, 20])
    bed = wake - cycles * 90 - fall
    text = pick(rng, f"I need to wake at {ampm(wake)}. I want {cycles} full 90-minute sleep cycles "
                     f"and it takes me {fall} min to fall asleep. When should I go to bed?",
                f"Wake-up {ampm(wake)}, {cycles} cycles x 90 min, +{fall} min to drift off. "
                "Bedtime?")
    return text, clock(bed)


@fam
def wake_cycles(rng: random.Random) -> Any:
    bed = (rng.randint(21 * 60, 24 * 60 + 60) // 5 * 5)
    cycles, fall = rng.choice([4, 5, 6]), rng.choice([10, 15, 20, 0])
    wake = bed + fall + cycles * 90
    extra = f", plus {fall} minutes to fall asleep" if fall else ""
    text = pick(rng, f"going to bed at {ampm(bed)}{extra}. what time to set the alarm for "
                     f"{cycles} 90-min cycles?",
                f"If I sleep {cycles} cycles of 90 minutes starting at {ampm(bed)}{extra}, when do "
                "I wake up?")
    return text, clock(wake)


@fam
def sleep_hours_week(rng: random.Random) -> Any:
    nights = [rng.randint(300, 560) // 5 * 5 for _ in range(7)]
    total = sum(nights)
    avg = F(total, 7)
    listed = ", ".join(f"{n // 60}h{n % 60:02d}" for n in nights)
    text = pick(rng, f"My sleep this week: {listed}. Average per night in minutes? 1 decimal",
                f"slept {listed} over 7 nights. mean minutes of sleep per night (1 dp)?")
    return text, num(avg, 1)


@fam
def sleep_debt(rng: random.Random) -> Any:
    goal, got = rng.choice([7, 8, F(15, 2), 9]), [rng.randint(300, 480) // 15 * 15
                                                  for _ in range(5)]
    debt = goal * 60 * 5 - sum(got)
    if debt <= 0:
        raise Redraw
    text = pick(rng, "Goal " + show(goal) + " h sleep a night. Mon-Fri I slept " +
                ", ".join(f"{g // 60} h {g % 60} min" if g % 60 else f"{g // 60} h"
                          for g in got) + ". Sleep debt for the 5 nights?",
                "weekday sleep (minutes): " + ", ".join(str(g) for g in got) + f". target "
                f"{show(goal)} h/night. total shortfall?")
    return text, hm(int(debt))


@fam
def fast_end(rng: random.Random) -> Any:
    start = rng.randint(18 * 60, 22 * 60) // 15 * 15
    hours = rng.choice([12, 14, 16, 18, 20, 24, 36])
    text = pick(rng, f"If I start a {hours}-hour fast at {ampm(start)}, when does it end?",
                f"Last meal {ampm(start)}; I'm doing a {hours} h fast. What time can I eat?")
    return text, clock(start + hours * 60)


@fam
def eating_window(rng: random.Random) -> Any:
    first = rng.randint(10 * 60, 14 * 60) // 15 * 15
    fast = rng.choice([16, 18, 20, 14])
    window = 24 - fast
    text = pick(rng, f"{fast}:{window} intermittent fasting, first meal at {ampm(first)}. When "
                     f"must "
                     "I stop eating?",
                f"Eating window of {window} hours (fast {fast} h) starting {ampm(first)} - closes "
                "at?")
    return text, clock(first + window * 60)


@fam
def running_time(rng: random.Random) -> Any:
    km = rng.choice([5, 10, F("21.1"), F("42.195"), 8, 15, 3])
    m, s = rng.randint(4, 7), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    total = km * (m * 60 + s)
    if total.denominator != 1 and abs(total - round(total)) > 0:
        total = F(round(total))
    secs = int(total)
    h, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    if F(km).denominator != 1:
        raise Redraw
    text = pick(rng, f"If I run {show(F(km))} km at {m}:{s:02d} per km, what's my finish time?",
                f"{show(F(km))}k at a {m}'{s:02d}\" pace - total time?")
    forms = [f"{h}:{mm:02d}:{ss:02d}"] if h else [f"{mm}:{ss:02d}", f"{mm}min{ss}s",
                                                   f"{mm}minutes{ss}seconds",
                                                   f"{mm}minutesand{ss}seconds",
                                                   f"{mm}min{ss}sec", f"{mm}m{ss}s"]
    if ss == 0 and not h:
        forms += [f"{mm}minutes", f"{mm}min"]
    if h:
        forms += [f"{h}h{mm}m{ss}s", f"{h}h{mm}min{ss}s", f"{h}hour{mm}minutes{ss}seconds",
                  f"{h}hour,{mm}minutesand{ss}seconds", f"{h}hours{mm}minutes{ss}seconds",
                  f"{h}hr{mm}min{ss}s", f"{h}hr{mm}min{ss}sec",
                  f"{h}hour{mm}minutesand{ss}seconds", f"{h * 60 + mm}:{ss:02d}"]
        if ss == 0:
            forms += hm(h * 60 + mm)
    return text, forms


@fam
def holliday_segar(rng: random.Random) -> Any:
    kg = rng.randint(4, 60)
    rate = 4 * min(kg, 10) + 2 * max(0, min(kg, 20) - 10) + max(0, kg - 20)
    text = pick(rng, f"Maintenance fluids by the 4-2-1 rule for a {kg} kg child, ml/h?",
                f"Holliday-Segar hourly rate (4 ml/kg first 10 kg, 2 next 10, 1 after) for "
                f"{kg} kg?")
    return text, [*whole(rate), f"{rate}ml"]


@fam
def insulin_units_carbs(rng: random.Random) -> Any:
    carbs, ratio = rng.randint(20, 150), rng.choice([8, 10, 12, 15, 20])
    text = pick(rng, f"My insulin-to-carb ratio is 1:{ratio}. Meal has {carbs} g carbs. How many "
                     "units? 1 decimal",
                f"{carbs}g carbohydrate, 1 unit per {ratio} g - units (1 dp)?")
    if carbs % ratio == 0:
        raise Redraw
    return text, num(F(carbs, ratio), 1)


@fam
def steps_remaining(rng: random.Random) -> Any:
    goal, done = rng.choice([6000, 8000, 10000, 12000, 15000]), rng.randint(1200, 9000)
    per_min = rng.choice([100, 110, 120])
    left = goal - done
    text = pick(rng, f"Goal {goal:,} steps, done {done:,}. Walking at {per_min} steps/min, how "
                     f"many "
                     "minutes to finish? 1 decimal",
                f"I'm at {done} of {goal} steps. at {per_min} steps per minute, minutes left? 1 dp")
    return text, num(F(left, per_min), 1)


@fam
def blood_sugar_convert(rng: random.Random) -> Any:
    mg = rng.randint(60, 350)
    text = pick(rng, f"Glucose {mg} mg/dL in mmol/L? (divide by 18) 1 decimal",
                f"my meter says {mg} mg/dl. what is that in mmol/l if mmol = mg/dL / 18? one dp")
    return text, num(F(mg, 18), 1)


@fam
def cholesterol_convert(rng: random.Random) -> Any:
    mmol = dec(rng, 2.5, 9, 1)
    text = pick(rng, f"Cholesterol {show(mmol)} mmol/L in mg/dL? (x 38.67) nearest whole",
                f"convert total cholesterol of {show(mmol)} mmol/l to mg/dl using 38.67, whole "
                "number")
    return text, num(mmol * F("38.67"), 0)


@fam
def vaccine_second_dose(rng: random.Random) -> Any:
    first, gap = _date(rng), rng.choice([21, 28, 42, 56, 60, 90, 180])
    text = pick(rng, f"First shot on {say(first)}, second due {gap} days later. What date?",
                f"If dose 1 is {say(first)} and dose 2 comes {gap} days after, when is dose 2?")
    return text, day(first + datetime.timedelta(days=gap))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    dose_by_weight, liquid_dose_ml, capped_dose, tablets_needed, supply_days, next_doses,
    daily_max_left, doses_left_today, clark_rule, young_rule, iv_rate, drip_rate,
    infusion_end, due_date, weeks_pregnant, ovulation_day, date_at_week, days_until_due,
    bedtime_cycles, wake_cycles, sleep_hours_week, sleep_debt, fast_end, eating_window,
    running_time, holliday_segar, insulin_units_carbs, steps_remaining, blood_sugar_convert,
    cholesterol_convert, vaccine_second_dose)]
