"""Round 10 (``Z_u_*``, dev now) for ``muse bench agents``: dose timing and dose arithmetic
(body-weight dosing, liquids, drips, supplies of tablets, alcohol units)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    F,
    clock,
    families,
    near_tie,
    num,
    show,
    spoken,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, item

ML = ("ml", "mL", "millilitres", "milliliters")
MG = ("mg", "milligrams")


def counted(n: int, *words: str) -> list[str]:
    return with_unit([str(n)], *words)


def midnight_or_noon(hour: int, minute: int) -> bool:
    return minute == 0 and hour % 12 == 0


def z_next_dose(rng: random.Random) -> Item | None:  # the time of the next dose, evenings
    hour, minute = rng.randint(17, 23), rng.choice([0, 5, 15, 20, 30, 45, 50])
    gap = rng.choice([4, 5, 6])
    if midnight_or_noon(hour + gap, minute):
        return None
    return item("Z_u_next_dose", "calc", f"gave her calpol at {spoken(hour, minute, 2)}, the box "
                f"says wait {gap} hours before the next one. what time can she have it?",
                [clock(hour + gap, minute)])


def z_dose_times(rng: random.Random) -> Item | None:  # the other two of three doses 8 hours apart
    hour, minute = rng.randint(5, 9), rng.choice([0, 15, 30, 45])
    if midnight_or_noon(hour + 16, minute):
        return None
    return item("Z_u_dose_times", "calc", f"Antibiotic is three times a day, 8 hours apart. If I "
                f"take the first at {spoken(hour, minute)}, when are the other two?",
                [clock(hour + 8, minute), clock(hour + 16, minute)])


def z_since_dose(rng: random.Random) -> Item | None:  # hours and minutes since the last dose
    start = rng.randint(6 * 60, 11 * 60 + 59)
    now = start + rng.randint(61, 9 * 60)
    hours, minutes = divmod(now - start, 60)
    if not minutes or now >= 24 * 60:
        return None
    both = [f"{hours}:{minutes:02d}", f"{now - start} minutes", f"{now - start} min"]
    return item("Z_u_since_dose", "calc", f"last took my tablet at {spoken(*divmod(start, 60))}, "
                f"it's {spoken(*divmod(now, 60))} now. how long ago was that?",
                [[*with_unit([str(hours)], "hours", "hour", "hrs", "hr", "h",
                                bare=False), *both],
                 [*with_unit([str(minutes)], "minutes", "minute", "mins", "min",
                                "m", bare=False), *both]])


def z_split_dose(rng: random.Random) -> Item | None:  # mg/kg/day divided into doses
    per_day, kg = rng.choice([20, 25, 30, 40, 45, 50, 60, 90]), rng.randint(6, 40)
    doses, name = rng.choice([(2, "two"), (3, "three"), (4, "four")])
    value = F(per_day * kg, doses)
    if near_tie(value, 2):
        return None
    return item("Z_u_split_dose", "calc", f"Amoxicillin {per_day} mg/kg/day, divided into {name} "
                f"doses. Child weighs {kg} kg - how many mg per dose?",
                [with_unit(num(value), *MG)])


def z_syrup_for_weight(rng: random.Random) -> Item | None:  # mg/kg dose as ml of a suspension
    per_kg, kg = rng.choice([10, 15]), F(rng.randint(50, 300), 10)
    strength = rng.choice([120, 125, 200, 250])
    ml = per_kg * kg * 5 / strength
    if near_tie(ml, 2) or near_tie(per_kg * kg, 2):
        return None
    return item("Z_u_syrup_for_weight", "calc", f"dose is {per_kg} mg per kg and he's {show(kg)} "
                f"kg. our bottle is {strength} mg/5 ml. how many ml do I draw up?",
                [with_unit(num(ml), *ML)])


def z_max_tablets(rng: random.Random) -> Item | None:  # tablets allowed under a daily maximum
    strength = rng.choice([200, 250, 300, 325, 400, 500, 600])
    ceiling = rng.choice([1200, 1500, 2000, 2400, 3000, 3200, 4000])
    count = ceiling // strength
    if count < 2:
        return None
    return item("Z_u_max_tablets", "calc", f"Tablets are {strength} mg each and the daily max is "
                f"{ceiling:,} mg. How many tablets can I take in a day at most?",
                [counted(count, "tablets", "tabs", "pills")])


def z_insulin_ml(rng: random.Random) -> Item | None:  # insulin units to millilitres
    units, per_ml = rng.randint(4, 60), rng.choice([100, 100, 200])
    return item("Z_u_insulin_ml", "calc", f"insulin is U-{per_ml} ({per_ml} units per ml). I need "
                f"{units} units, how many ml is that?", [with_unit(num(F(units, per_ml)), *ML)])


def z_drip_rate(rng: random.Random) -> Item | None:  # an infusion rate in ml per hour
    volume, hours = rng.choice([250, 500, 1000, 1500]), rng.choice([2, 3, 4, 6, 8, 10, 12, 24])
    rate = F(volume, hours)
    if near_tie(rate, 2):
        return None
    return item("Z_u_drip_rate", "calc", f"{volume} ml of saline to run over {hours} hours. "
                "What rate do I set on the pump in ml/hr?",
                [with_unit(num(rate), "ml/hr", "ml/h", "mL/hr", "mL/h", "ml per hour")])


def z_drops_minute(rng: random.Random) -> Item | None:  # a gravity drip in drops per minute
    volume, hours = rng.choice([250, 500, 1000]), rng.choice([2, 4, 6, 8, 12])
    factor = rng.choice([10, 15, 20])
    rate = F(volume * factor, hours * 60)
    if near_tie(rate, 2) or near_tie(rate, 0):
        return None
    return item("Z_u_drops_minute", "calc", f"giving {volume} mL over {hours} h with a giving "
                f"set of {factor} drops/mL - drops per minute?",
                [with_unit(list(dict.fromkeys(num(rate) + num(rate, 0))), "drops/min",
                           "gtt/min", "drops per minute")])


def z_alcohol_units(rng: random.Random) -> Item | None:  # UK alcohol units in a drink
    ml, what = rng.choice([(568, "pint"), (330, "bottle"), (440, "can"), (175, "glass"),
                           (250, "large glass"), (750, "bottle")])
    abv = F(rng.randint(35, 140), 10)
    units = ml * abv / 1000
    if near_tie(units, 2):
        return None
    return item("Z_u_alcohol_units", "calc", f"how many alcohol units are in a {ml}ml {what} at "
                f"{show(abv)}% abv?", [with_unit(num(units), "units")])


def z_pill_days(rng: random.Random) -> Item | None:  # how long a box of tablets lasts
    per_day, days = rng.choice([F(1), F(2), F(3), F(3, 2), F(1, 2)]), rng.randint(10, 90)
    count = per_day * days
    if count.denominator != 1 or count < 20:
        return None
    said = {F(1, 2): "half a tablet", F(3, 2): "one and a half tablets"}.get(
        per_day, f"{per_day} tablet{'s' * (per_day > 1)}")
    return item("Z_u_pill_days", "calc", f"Just picked up {count} tablets. I take {said} a day - "
                "how many days will they last me?", [counted(days, "days")])


def z_course_total(rng: random.Random) -> Item | None:  # tablets in a course taken every n hours
    gap, days, per = rng.choice([4, 6, 8, 12]), rng.randint(3, 14), rng.choice([1, 2])
    total = 24 // gap * days * per
    return item("Z_u_course_total", "calc", f"{per} capsule{'s' * (per > 1)} every {gap} hours "
                f"for {days} days, how many capsules is that in total?",
                [counted(total, "capsules", "caps")])


def z_mg_in_ml(rng: random.Random) -> Item | None:  # milligrams in a measured volume of liquid
    strength, ml = rng.choice([100, 120, 125, 200, 250]), F(rng.randint(5, 40), 2)
    mg = strength * ml / 5
    if near_tie(mg, 2) or (ml.denominator == 1 and ml % 5 == 0):
        return None
    return item("Z_u_mg_in_ml", "calc", f"if the liquid is {strength}mg in 5ml, how many mg are "
                f"in {show(ml)}ml?", [with_unit(num(mg), *MG)])


def z_daily_mg(rng: random.Random) -> Item | None:  # milligrams taken in a day
    per, strength, gap = rng.choice([1, 2]), rng.choice([200, 250, 325, 400, 500]), \
        rng.choice([4, 6, 8, 12])
    total = per * strength * (24 // gap)
    grams = Fraction(total, 1000)
    return item("Z_u_daily_mg", "calc", f"If I take {per} x {strength} mg every {gap} hours round "
                "the clock, how much is that in a day?",
                [with_unit([f"{total:,}", str(total)], *MG, bare=False) +
                 with_unit(num(grams), "g", "grams", bare=False)])


FAMILIES: list[tuple[Family, int]] = families(
    z_next_dose, z_dose_times, z_since_dose, z_split_dose, z_syrup_for_weight, z_max_tablets,
    z_insulin_ml, z_drip_rate, z_drops_minute, z_alcohol_units, z_pill_days, z_course_total,
    z_mg_in_ml, z_daily_mg)
