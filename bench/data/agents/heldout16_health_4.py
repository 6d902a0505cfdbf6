"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: ward and clinic arithmetic,
training loads and a few more everyday health sums."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_health import bpm, kcal
from bench.data.agents.heldout16_health_2 import MG, MLS, count
from bench.data.agents.heldout16_units import INCH, LB, calc, duration, families, num, show, units
from bench.data.agents.helpers import Family, Item

F = Fraction
KGS = ("kg", "kilograms", "kilos")
MLH = ("ml/h", "mL/h", "ml/hr", "mL/hr", "ml per hour")


def bmi_lb_cm(r: random.Random) -> Item | None:  # BMI from pounds and centimetres
    lb, cm = r.randint(100, 300), r.randint(150, 200)
    return calc(f"weight {lb} lb, height {cm} cm (yes mixed units). BMI please, 1 decimal",
                num(lb * LB / F(cm, 100) ** 2, 1))


def healthy_range(r: random.Random) -> Item | None:  # weights for BMI 18.5 and 24.9 (two parts)
    cm = r.randint(150, 200)
    h2 = F(cm, 100) ** 2
    return calc(f"For someone {cm} cm tall, what weights give a BMI of 18.5 and 24.9? (kg, 1 "
                "decimal)", units(F("18.5") * h2, KGS, 1, bare=True),
                units(F("24.9") * h2, KGS, 1, bare=True))


def nes_max(r: random.Random) -> Item | None:  # Nes formula max heart rate
    age = r.randint(18, 80)
    return calc(f"max HR with the Nes formula, 211 − 0.64 × age, for age {age}?",
                bpm(211 - F(64, 100) * age, 1))


def karvonen_range(r: random.Random) -> Item | None:  # a Karvonen range (two parts)
    age, rest = r.randint(20, 65), r.randint(45, 80)
    lo, hi = r.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    hrr = 220 - age - rest
    return calc(f"Heart rate reserve method, {age} years old, resting {rest} bpm, max 220-age: "
                f"what's the {lo}–{hi}% training range? whole bpm", bpm(rest + F(lo, 100) * hrr),
                bpm(rest + F(hi, 100) * hrr))


def pulse_pressure(r: random.Random) -> Item | None:  # systolic minus diastolic
    s, d = r.randint(100, 190), r.randint(55, 105)
    if s - d < 20:
        return None
    return calc(f"BP {s}/{d} — what's the pulse pressure?", units(F(s - d), ("mmHg",), 0,
                                                                   bare=True))


def bsa_dose(r: random.Random) -> Item | None:  # a per-m² dose
    per, bsa = r.choice([50, 75, 100, 135, 175, 250, 400]), F(r.randint(140, 230), 100)
    return calc(f"{per} mg/m², BSA {show(bsa)} m². total dose?", units(per * bsa, MG, 1))


def insulin_drip(r: random.Random) -> Item | None:  # ml/h for units/h of an insulin infusion
    units_h, total, ml = F(r.randint(5, 120), 10), r.choice([50, 100]), r.choice([50, 100])
    return calc(f"insulin infusion {total} units in {ml} ml. To give {show(units_h)} units/h, "
                "what rate in ml/h?", units(units_h * ml / total, MLH, 2))


def o2_cylinder(r: random.Random) -> Item | None:  # oxygen cylinder minutes left
    psi, flow = r.randrange(500, 2200, 50), r.choice([1, 2, 3, 4, 5, 6, 8, 10, 15])
    return calc(f"E cylinder at {psi} psi, 200 psi safe residual, factor 0.28, flow {flow} "
                "L/min. minutes remaining? ((psi − 200) × 0.28 / flow)",
                units((psi - 200) * F(28, 100) / flow, ("minutes", "min", "mins"), 1))


def fluid_balance(r: random.Random) -> Item | None:  # intake minus output over a shift
    oral, iv, urine, drain = r.randint(200, 1500), r.randint(0, 2000), r.randint(300, 2500), \
        r.randint(0, 400)
    net = oral + iv - urine - drain
    return calc(f"12h totals: oral {oral} ml, IV {iv} ml, urine {urine} ml, drain {drain} ml. "
                "Fluid balance?", [f"{net:+d} ml", f"{net} ml", f"{net:+d} mL", f"{net} mL",
                                   f"{net:+d}ml", f"{net}ml"])


def urine_rate(r: random.Random) -> Item | None:  # urine output in ml/kg/h
    ml, kg, h = r.randint(80, 900), r.randint(40, 110), r.choice([4, 6, 8, 12])
    return calc(f"{ml} ml of urine over {h} hours, patient {kg} kg. output in ml/kg/h?",
                units(F(ml, kg * h), ("ml/kg/h", "mL/kg/h", "ml/kg/hr"), 2, bare=True))


def kcal_per_kg(r: random.Random) -> Item | None:  # energy needs from kcal per kg
    kg, per = r.randint(40, 120), r.choice([20, 25, 30, 35])
    return calc(f"dietitian says {per} kcal per kg per day. patient weighs {kg} kg. daily kcal?",
                kcal(F(kg * per)))


def iv_day(r: random.Random) -> Item | None:  # 24 h volume at a rate
    rate = r.choice([42, 63, 75, 80, 83, 100, 125, 150])
    return calc(f"running at {rate} ml/h — how much over 24 hours?",
                units(F(rate * 24), MLS, 0, bare=True))


def alt_days(r: random.Random) -> Item | None:  # doses taken every other day
    days = r.randint(9, 60)
    return calc(f"one tablet every other day starting today (day 1), for {days} days in "
                "total. how many tablets?", count(math.ceil(days / 2), "tablets"))


def weekly_mg(r: random.Random) -> Item | None:  # a week's total of a daily dose
    mg, times = r.choice([F(5, 2), F(5), F(10), F(20), F(25), F(50), F(75)]), r.choice([1, 2])
    return calc(f"{show(mg)} mg {'once' if times == 1 else 'twice'} daily. total mg per week?",
                units(mg * times * 7, MG, 1, bare=True))


def tsp_mg(r: random.Random) -> Item | None:  # mg in teaspoons of a suspension
    tsp, conc = r.choice([F(1, 2), F(1), F(3, 2), F(2), F(3)]), r.choice([100, 125, 200, 250])
    return calc(f"{show(tsp)} teaspoon(s) of a {conc} mg/5 ml suspension — how many mg is that? "
                "(1 tsp = 5 ml)", units(tsp * conc, MG, 1))


def alcohol_kcal(r: random.Random) -> Item | None:  # calories from the alcohol in a drink
    ml, abv = r.choice([150, 175, 250, 330, 440, 500, 568]), F(r.randint(40, 140), 10)
    g = ml * abv / 100 * F("0.789")
    return calc(f"calories from just the alcohol in {ml} ml at {show(abv)}%? (density 0.789 "
                "g/ml, 7 kcal per g)", kcal(g * 7))


def baby_loss(r: random.Random) -> Item | None:  # newborn weight loss percent
    birth, loss = r.randint(2600, 4400), r.randint(60, 400)
    return calc(f"born at {birth} g, now {birth - loss} g on day 3. what % of birth weight has "
                "she lost?", units(F(loss * 100, birth), ("%", "percent"), 1))


def run_kcal(r: random.Random) -> Item | None:  # running calories at 1 kcal/kg/km
    kg, km = r.randint(50, 110), F(r.randint(20, 250), 10)
    return calc(f"rule of thumb: running burns about 1 kcal per kg per km. I'm {kg} kg and ran "
                f"{show(km)} km — calories?", kcal(kg * km))


def ride_kj(r: random.Random) -> Item | None:  # cycling work from average power
    watts, mins = r.randint(100, 320), r.choice([30, 45, 60, 75, 90, 120, 150, 180])
    return calc(f"averaged {watts} W for {mins} minutes on the trainer. how many kJ of work?",
                units(F(watts * mins * 60, 1000), ("kJ", "kilojoules"), 0, bare=True))


def five_k_mile(r: random.Random) -> Item | None:  # 5k time at a per-mile pace
    m, s = r.randint(6, 13), r.choice([0, 15, 30, 45, 10, 20, 40, 50])
    secs = num((m * 60 + s) * F(5000) / F("1609.344"), 0)
    if secs is None:
        return None
    t = int(secs[0])
    return calc(f"at {m}:{s:02d} per mile, what would my 5k time be (nearest second)?",
                [f"{t // 60}:{t % 60:02d}", f"{t // 60} min {t % 60} s",
                 f"{t // 60} minutes {t % 60} seconds", f"{t // 60}m {t % 60}s"])


def waist_inches(r: random.Random) -> Item | None:  # waist in inches to cm
    inch = r.randint(26, 50)
    return calc(f"tape says my waist is {inch} inches; the NHS page uses cm. convert?",
                units(inch * INCH * 100, ("cm", "centimetres", "centimeters"), 1))


def grams_mg(r: random.Random) -> Item | None:  # grams to milligrams
    g = F(r.randint(1, 40), 20)
    return calc(f"prescription says {show(g)} g. how many milligrams?",
                units(g * 1000, MG, 0))


def recovery_days(r: random.Random) -> Item | None:  # a course length in hours to days
    doses, every = r.randint(6, 30), r.choice([6, 8, 12])
    hours = (doses - 1) * every
    return calc(f"{doses} doses, one every {every} hours. how long from first to last dose?",
                duration(F(hours * 60)))


def met_minutes(r: random.Random) -> Item | None:  # weekly MET-minutes
    met, mins, days = r.choice([3, 4, 5, 6, 8]), r.choice([20, 30, 40, 45, 60]), r.randint(2, 7)
    n = met * mins * days
    return calc(f"{mins} min of {met}-MET exercise, {days} days a week — how many MET-minutes "
                "per week?", [str(n), f"{n:,}", f"{n} MET-minutes", f"{n:,} MET-minutes",
                              f"{n} MET-min"])


FAMILIES: list[tuple[Family, int]] = families(
    bmi_lb_cm, healthy_range, nes_max, karvonen_range, pulse_pressure, bsa_dose, insulin_drip,
    o2_cylinder, fluid_balance, urine_rate, kcal_per_kg, iv_day, alt_days, weekly_mg, tsp_mg,
    alcohol_kcal, baby_loss, run_kcal, ride_kj, five_k_mile, waist_inches, grams_mg,
    recovery_days, met_minutes)
