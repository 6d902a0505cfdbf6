"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, health part 2: doses, dates, sleep.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.data.agents.heldout19_units import F, clock, family, forms, num, pick, rnd, show_clock
from bench.data.agents.helpers import Family

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def day_forms(day: dt.date) -> list[str]:
    name, short = MONTHS[day.month - 1], MONTHS[day.month - 1][:3]
    d = day.day
    suffix = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [day.isoformat(), f"{name} {d}", f"{d} {name}", f"{short} {d}", f"{d} {short}",
           f"{name} {d}{suffix}", f"{d}{suffix} {name}", f"{d}{suffix} of {name}",
           f"{short}. {d}", f"{d} {short}."]
    if short == "Sep":
        out += [f"Sept {d}", f"{d} Sept"]
    return out


def show_day(rng: random.Random, day: dt.date) -> str:
    name = MONTHS[day.month - 1]
    return rng.choice([f"{name} {day.day}, {day.year}", f"{day.day} {name} {day.year}",
                       day.isoformat()])


def some_day(rng: random.Random) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 700))


@family
def dose_mg_per_kg(rng: random.Random) -> Any:
    kg = rnd(rng, 4, 40, "0.5")
    per = rng.choice([F(10), F(15), F(5), F("7.5"), F(12)])
    text = pick(rng, "The vet says {p} mg per kg. My dog weighs {kg} kg. How many mg per dose?",
                "child weighs {kg} kg, dose is {p} mg/kg - how many milligrams? 1 decimal",
                p=num(per), kg=num(kg))
    return text, forms(per * kg, 1)


@family
def dose_volume_from_concentration(rng: random.Random) -> Any:
    kg = rnd(rng, 5, 35, "0.5")
    per = rng.choice([10, 15, 5, 12])
    conc = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5), (40, 1)])
    text = pick(rng, "Dose is {p} mg/kg, child is {kg} kg, syrup is {a} mg per {b} mL. How many mL "
                "per dose? 1 decimal",
                "{kg}kg kid, {p}mg per kg, medicine {a}mg/{b}ml. mL to give (1 dp)?",
                p=per, kg=num(kg), a=conc[0], b=conc[1])
    return text, forms(per * kg * conc[1] / conc[0], 1)


@family
def daily_dose_divided(rng: random.Random) -> Any:
    kg = rnd(rng, 8, 80, 1)
    daily = rng.choice([20, 30, 40, 50, 60])
    times = rng.choice([2, 3, 4])
    text = pick(rng, "{d} mg/kg/day split into {t} doses, patient {kg} kg. mg per dose? 1 decimal",
                "total daily dose {d} mg per kg divided {t} times a day for a {kg} kg person - "
                "each dose in mg (1 dp)?", d=daily, t=times, kg=num(kg))
    return text, forms(F(daily) * kg / times, 1)


@family
def dose_schedule_times(rng: random.Random) -> Any:
    first = rng.randint(5 * 60, 11 * 60) // 15 * 15
    every = rng.choice([4, 6, 8])
    n = rng.randint(3, 24 // every)
    twelve = rng.random() < 0.5
    text = pick(rng, "I take my first pill at {t} and then one every {e} hours. What time is "
                "dose number {n}?",
                "antibiotic every {e} h starting {t} - when is the {o} dose?",
                t=show_clock(first, twelve),
                e=every, n=n, o={3: "3rd", 4: "4th", 5: "5th", 6: "6th"}[n])
    return text, clock(first + (n - 1) * every * 60)


@family
def next_dose_after_gap(rng: random.Random) -> Any:
    last = rng.randint(0, 23 * 60 + 59) // 5 * 5
    gap_h, gap_m = rng.randint(3, 12), rng.choice([0, 30])
    text = pick(rng, "I took ibuprofen at {t}. The minimum gap is {h}h{m}. Earliest time "
                     "for the next dose?",
                "last dose {t}, need to wait {h} hours {mm} minutes - when can I take the next?",
                t=show_clock(last, rng.random() < 0.5), h=gap_h, m=f"{gap_m:02d}", mm=gap_m)
    return text, clock(last + gap_h * 60 + gap_m)


@family
def bottle_lasts_days(rng: random.Random) -> Any:
    ml = rng.choice([100, 150, 200, 250, 300, 500])
    dose, per_day = rnd(rng, "2.5", 15, "2.5"), rng.choice([2, 3, 4])
    days = ml / (dose * per_day)
    whole_days = days.numerator // days.denominator
    text = pick(rng, "A {b} mL bottle, {d} mL {p} times a day. How many full days does it last?",
                "How many complete days will {b}ml of syrup last at {d}ml x{p} daily?",
                b=ml, d=num(dose), p=per_day)
    return text, [str(whole_days), f"{whole_days} days", f"{whole_days} full days"]


@family
def pills_needed_for_course(rng: random.Random) -> Any:
    days = rng.randint(5, 90)
    per_day = rng.choice([1, 2, 3, 4])
    per_pack = rng.choice([7, 10, 12, 14, 16, 20, 21, 24, 28, 30])
    need = days * per_day
    packs = -(-need // per_pack)
    text = pick(rng, "{p} tablets a day for {d} days; packs hold {k} tablets. How many packs?",
                "course is {d} days, {p} pills daily, sold in packs of {k} - packs to buy?",
                p=per_day, d=days, k=per_pack)
    return text, [str(packs), f"{packs} packs"]


@family
def due_date_naegele(rng: random.Random) -> Any:
    lmp = some_day(rng)
    due = lmp + dt.timedelta(days=280)
    text = pick(rng, "My last period started {d}. What's my due date (LMP + 280 days)?",
                "due date if LMP was {d}? use 280 days", "LMP {d} - estimated due date "
                "(add 40 weeks)?", d=show_day(rng, lmp))
    return text, day_forms(due)


@family
def weeks_pregnant(rng: random.Random) -> Any:
    lmp = some_day(rng)
    today = lmp + dt.timedelta(days=rng.randint(30, 270))
    days = (today - lmp).days
    w, d = divmod(days, 7)
    if d == 0:
        return None
    text = pick(rng, "LMP was {a}, today is {b}. How many weeks and days pregnant am I?",
                "how far along (weeks + days) on {b} if my last period began {a}?",
                a=show_day(rng, lmp), b=show_day(rng, today))
    return text, [f"{w}weeks{d}days", f"{w}weeksand{d}days", f"{w}w{d}d", f"{w}+{d}",
                  f"{w}weeks,{d}days", f"{w}weeks{d}day", f"{w}weeksand{d}day",
                  f"{w}weeks+{d}days", f"{w}w+{d}d", f"{w}weeks+{d}day", f"{w}wk{d}d"]


@family
def conception_estimate(rng: random.Random) -> Any:
    lmp = some_day(rng)
    text = pick(rng, "If ovulation is about 14 days after the LMP, and my LMP was {d}, what date "
                "did I likely conceive?",
                "LMP {d} + 14 days = conception date?", d=show_day(rng, lmp))
    return text, day_forms(lmp + dt.timedelta(days=14))


@family
def date_from_weeks(rng: random.Random) -> Any:
    lmp = some_day(rng)
    weeks = rng.randint(8, 38)
    text = pick(rng, "My LMP was {d}. On what date will I be exactly {w} weeks pregnant?",
                "date when I hit {w} weeks if LMP = {d}?", d=show_day(rng, lmp), w=weeks)
    return text, day_forms(lmp + dt.timedelta(weeks=weeks))


@family
def sleep_cycles_wake_time(rng: random.Random) -> Any:
    bed = rng.randint(21 * 60, 25 * 60) // 5 * 5
    cycles = rng.choice([4, 5, 6])
    fall = rng.choice([10, 15, 20])
    text = pick(rng, "Going to bed at {t}, it takes me {f} min to fall asleep. I want {c} full "
                "90-minute cycles. When should I set the alarm?",
                "bed {t}, fall asleep after {f} mins, {c} sleep cycles of 90 min - wake time?",
                t=show_clock(bed, rng.random() < 0.5), f=fall, c=cycles)
    return text, clock(bed + fall + cycles * 90)


@family
def bedtime_for_wake(rng: random.Random) -> Any:
    wake = rng.randint(5 * 60, 9 * 60) // 5 * 5
    cycles, fall = rng.choice([4, 5, 6]), rng.choice([10, 15, 20])
    text = pick(rng, "I need to wake at {t}. For {c} sleep cycles of 90 minutes plus {f} minutes "
                "to fall asleep, when should I go to bed?",
                "alarm {t}, want {c} x 90 min cycles, takes {f} min to drift off. bedtime?",
                t=show_clock(wake, rng.random() < 0.5), c=cycles, f=fall)
    return text, clock(wake - fall - cycles * 90)


@family
def sleep_hours_week(rng: random.Random) -> Any:
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 30) // 15 * 15
    wake = rng.randint(5 * 60, 8 * 60 + 30) // 15 * 15
    per_night = (wake + 24 * 60 - bed) % (24 * 60)
    nights = rng.choice([5, 7])
    text = pick(rng, "I sleep from {a} to {b} every night. How many hours of sleep in {n} nights? "
                "2 decimals",
                "in bed {a}-{b}, {n} nights - total hours slept (2 dp)?",
                a=show_clock(bed, True), b=show_clock(wake, True), n=nights)
    return text, forms(F(per_night * nights, 60), 2)


@family
def macro_percent_protein(rng: random.Random) -> Any:
    p, c, f = rng.randint(40, 200), rng.randint(50, 350), rng.randint(20, 120)
    which = rng.choice(["protein", "carbs", "fat"])
    kcal = {"protein": 4 * p, "carbs": 4 * c, "fat": 9 * f}[which]
    total = 4 * p + 4 * c + 9 * f
    text = pick(rng, "I ate {p} g protein, {c} g carbs, {f} g fat. What % of calories came from "
                "{w}? (4/4/9 kcal per g) 1 decimal",
                "macros today: P {p}g C {c}g F {f}g. percentage of kcal from {w} (protein & carbs "
                "4 kcal/g, fat 9), 1 dp?", p=p, c=c, f=f, w=which)
    return text, forms(F(100 * kcal, total), 1)


@family
def macro_grams_from_split(rng: random.Random) -> Any:
    kcal = rnd(rng, 1400, 3200, 50)
    split = rng.choice([(40, 30, 30), (30, 40, 30), (50, 25, 25), (45, 30, 25), (20, 50, 30)])
    which = rng.choice([0, 1, 2])
    name = ["carbs", "protein", "fat"][which]
    per = [4, 4, 9][which]
    text = pick(rng, "{k} kcal a day with a {a}/{b}/{c} carbs/protein/fat split. How many grams "
                "of {n}? (carbs & protein 4 kcal/g, fat 9) 1 decimal",
                "diet: {k} cal, {a}% carb {b}% protein {c}% fat. grams of {n} per day (1 dp)?",
                k=num(kcal), a=split[0], b=split[1], c=split[2], n=name)
    return text, forms(kcal * split[which] / 100 / per, 1)


@family
def weight_loss_weeks(rng: random.Random) -> Any:
    kg = rnd(rng, 2, 20, "0.5")
    deficit = rnd(rng, 250, 1000, 50)
    text = pick(rng, "To lose {k} kg with a {d} kcal/day deficit, how many days? assume 7700 kcal "
                "per kg, nearest day",
                "how many days at -{d} kcal a day to drop {k}kg (7,700 kcal = 1 kg)? "
                "round to whole day",
                k=num(kg), d=num(deficit))
    return text, forms(kg * 7700 / deficit, 0)


@family
def alcohol_units_uk(rng: random.Random) -> Any:
    kind = rng.choice(["beer", "wine", "spirit"])
    if kind == "beer":
        ml, abv = rng.choice([330, 440, 500, 568]), rnd(rng, "3.5", "6.5", "0.1")
    elif kind == "wine":
        ml, abv = rng.choice([125, 175, 250]), rnd(rng, 11, "14.5", "0.5")
    else:
        ml, abv = rng.choice([25, 35, 50]), rnd(rng, "37.5", 43, "0.5")
    count = rng.randint(1, 6)
    text = pick(rng, "UK units = ml × ABV% ÷ 1000. How many units in {n} drinks of {m} mL at {a}%? "
                "1 decimal",
                "{n} x {m}ml at {a}% ABV - alcohol units (ml*ABV/1000), 1 dp?", n=count, m=ml,
                a=num(abv))
    return text, forms(count * ml * abv / 1000, 1)


@family
def caffeine_total(rng: random.Random) -> Any:
    cups, per = rng.randint(2, 6), rng.choice([80, 95, 63, 120, 150])
    cans, can = rng.randint(2, 4), rng.choice([80, 32, 160, 46])
    limit = 400
    text = pick(rng, "I had {a} coffees ({p} mg caffeine each) and {b} cans at {c} mg "
                     "each. How much "
                "caffeine left before {l} mg?",
                "{a} cups of coffee x {p}mg plus {b} energy drinks x {c}mg - how many mg under the "
                "{l} mg limit am I?", a=cups, p=per, b=cans, c=can, l=limit)
    left = limit - cups * per - cans * can
    if left <= 0:
        return None
    return text, [str(left), f"{left}mg"]


@family
def steps_calories(rng: random.Random) -> Any:
    steps = rnd(rng, 3000, 25000, 100)
    per = rng.choice([F("0.04"), F("0.05"), F("0.045")])
    text = pick(rng, "If each step burns {p} kcal, how many kcal for {s} steps?",
                "{s} steps × {p} calories per step = ?", p=num(per), s=num(steps))
    return text, forms(steps * per, 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    dose_mg_per_kg, dose_volume_from_concentration, daily_dose_divided, dose_schedule_times,
    next_dose_after_gap, bottle_lasts_days, pills_needed_for_course, due_date_naegele,
    weeks_pregnant, conception_estimate, date_from_weeks, sleep_cycles_wake_time,
    bedtime_for_wake, sleep_hours_week, macro_percent_protein, macro_grams_from_split,
    weight_loss_weeks, alcohol_units_uk, caffeine_total, steps_calories)]
