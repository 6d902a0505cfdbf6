"""Round 11 (``Q_u_*``, dev now) for ``muse bench agents``: more health arithmetic (body
temperature, pulse counts, weight change, daily dose totals, courses of tablets, steps).
The answer forms come from :mod:`bench.data.agents.heldout10_units`."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout10_units import families, near_tie, num, show, with_unit
from bench.data.agents.helpers import Family, Item, item

F = Fraction


def one(name: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    if near_tie(value, dp):
        return None
    return item(name, "calc", text, [with_unit(num(value, dp), *units)])


def q_fever_f(rng: random.Random) -> Item | None:  # a body temperature in °C to °F
    c = F(rng.randint(355, 410), 10)
    return one("Q_u_fever_f", f"thermometer reads {show(c)} °C, my mum only understands "
               "fahrenheit - what is it?", c * F(9, 5) + 32, "°F", "F", "degrees Fahrenheit",
               "fahrenheit")


def q_loss_percent(rng: random.Random) -> Item | None:  # percentage of body weight lost
    start = F(rng.randint(600, 1400), 10)
    end = start - F(rng.randint(10, 150), 10)
    return one("Q_u_loss_percent", f"I've gone from {show(start)} kg to {show(end)} kg. What "
               "percentage of my body weight have I lost?", (start - end) / start * 100, "%",
               "percent")


def q_pulse_count(rng: random.Random) -> Item | None:  # a pulse counted over a few seconds
    secs = rng.choice([10, 15, 20, 30])
    beats = rng.randint(40 * secs // 60, 130 * secs // 60)
    return item("Q_u_pulse_count", "calc", f"counted {beats} beats in {secs} seconds on my "
                "wrist, what's my heart rate per minute?",
                [with_unit([str(beats * 60 // secs)], "bpm", "beats per minute")])


def q_daily_grams(rng: random.Random) -> Item | None:  # mg per dose to grams per day
    mg, times = rng.choice([125, 200, 250, 300, 400, 500, 625, 750, 875]), rng.randint(2, 4)
    word = {2: "twice", 3: "three times", 4: "four times"}[times]
    return one("Q_u_daily_grams", f"I take {mg} mg {word} a day. How many grams is that per "
               "day in total?", F(mg * times, 1000), "g", "grams")


def q_course_tablets(rng: random.Random) -> Item | None:  # tablets in a whole course
    per, times, days = rng.randint(1, 2), rng.randint(2, 4), rng.choice([5, 7, 10, 14, 21, 28])
    return item("Q_u_course_tablets", "calc", f"Course is {per} tablet{'s' * (per > 1)} "
                f"{times} times a day for {days} days. How many tablets altogether?",
                [with_unit([str(per * times * days)], "tablets")])


def q_steps_km(rng: random.Random) -> Item | None:  # steps to kilometres from a stride
    steps, stride = rng.randint(3000, 25000), rng.randint(60, 85)
    return one("Q_u_steps_km", f"did {steps:,} steps today and my stride is about {stride} cm. "
               "how many km is that?", F(steps * stride, 100000), "km", "kilometres",
               "kilometers")


def q_water_glasses(rng: random.Random) -> Item | None:  # glasses to reach a water target
    target, glass = F(rng.randint(15, 40), 10), rng.choice([200, 250, 300, 330, 350, 400])
    return item("Q_u_water_glasses", "calc", f"aiming for {show(target)} L of water a day with "
                f"a {glass} ml glass - how many glasses do I need to drink (whole glasses)?",
                [with_unit([str(math.ceil(target * 1000 / glass))], "glasses")])


def hm_forms(minutes: int) -> list[str]:
    """A duration in decimal hours and in hours and minutes."""
    h, m = divmod(minutes, 60)
    out = with_unit(num(F(minutes, 60)), "hours", "h", "hrs")
    return [*out, f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
                  f"{h}h{m:02d}", f"{h} hrs {m} mins", f"{h}:{m:02d}"] if m else out


def q_dose_count(rng: random.Random) -> Item | None:  # doses that fit in a waking day
    first, gap, last = rng.randint(6, 9), rng.choice([3, 4, 5, 6]), rng.randint(20, 23)
    return item("Q_u_dose_count", "calc", f"Allowed a dose every {gap} hours. If I take the first "
                f"at {first}am and the last no later than {last - 12}pm, how many doses is that?",
                [with_unit([str((last - first) // gap + 1)], "doses")])


def q_syrup_total(rng: random.Random) -> Item | None:  # total syrup over a course
    ml = rng.choice([F(25, 10), F(5), F(75, 10), F(10)])
    times, days = rng.randint(2, 4), rng.randint(3, 14)
    return one("Q_u_syrup_total", f"{show(ml)} ml {times} times a day for {days} days - how much "
               "syrup is that altogether?", ml * times * days, "ml", "mL", "millilitres")


def q_caffeine_cups(rng: random.Random) -> Item | None:  # cups under a caffeine limit
    limit, cup = rng.choice([200, 300, 400]), rng.choice([63, 75, 80, 95, 110, 120, 145, 160])
    return item("Q_u_caffeine_cups", "calc", f"If I stay within {limit} mg of caffeine a day and "
                f"a cup has about {cup} mg, how many full cups can I have?",
                [with_unit([str(limit // cup)], "cups")])


def q_weekly_loss(rng: random.Random) -> Item | None:  # average weight lost per week
    kg, weeks = F(rng.randint(15, 180), 10), rng.randint(3, 26)
    return one("Q_u_weekly_loss", f"lost {show(kg)} kg over {weeks} weeks. how much per week "
               "on average?", kg / weeks, "kg", "kilograms", "kilos")


def q_hr_reserve(rng: random.Random) -> Item | None:  # heart-rate reserve
    age, rest = rng.randint(18, 75), rng.randint(45, 85)
    return item("Q_u_hr_reserve", "calc", f"What's my heart rate reserve? Age {age}, resting "
                f"pulse {rest}, max taken as 220 minus age.",
                [with_unit([str(220 - age - rest)], "bpm", "beats per minute")])


def q_slept_hours(rng: random.Random) -> Item | None:  # hours slept across midnight
    bed, bm = rng.randint(21, 23), rng.choice([0, 10, 20, 35, 40, 50])
    wake, wm = rng.randint(5, 8), rng.choice([0, 5, 15, 30, 45, 55])
    minutes = 24 * 60 - bed * 60 - bm + wake * 60 + wm
    return item("Q_u_slept_hours", "calc", f"fell asleep at {bed}:{bm:02d} and woke at "
                f"{wake}:{wm:02d}, how long did I sleep?", [hm_forms(minutes)])


def q_protein_share(rng: random.Random) -> Item | None:  # share of calories from protein
    grams, kcal = rng.randint(50, 200), rng.choice(range(1500, 3500, 100))
    return one("Q_u_protein_share", f"I ate {grams} g of protein and {kcal} kcal in total "
               "today. At 4 kcal per gram, what percent of my calories came from protein?",
               F(grams * 4 * 100, kcal), "%", "percent")



def q_baby_temp_c(rng: random.Random) -> Item | None:  # a body temperature in °F to °C
    f = F(rng.randint(965, 1042), 10)
    return one("Q_u_baby_temp_c", f"baby's temp is {show(f)}F on the ear thermometer. what is "
               "that in celsius?", (f - 32) * F(5, 9), "°C", "C", "degrees Celsius", "celsius")

FAMILIES: list[tuple[Family, int]] = families(
    q_fever_f, q_loss_percent, q_pulse_count, q_daily_grams, q_course_tablets, q_steps_km,
    q_water_glasses, q_dose_count, q_syrup_total, q_caffeine_cups, q_weekly_loss, q_hr_reserve,
    q_slept_hours, q_protein_share, q_baby_temp_c)
