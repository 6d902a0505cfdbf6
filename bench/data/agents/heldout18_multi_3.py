"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 3: health and fitness
figures worked together with a conversion, a date, a percentage or a follow-on step."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_multi_common import (
    LB,
    MILE,
    F,
    Made,
    family,
    mmss,
    num,
    pick,
    r2,
    same,
)
from bench.data.agents.helpers import Family

INCH = F("2.54")


def day_forms(d: dt.date) -> list[str]:
    month, short = d.strftime("%B"), d.strftime("%b")
    return [d.isoformat(), f"{d.day} {month} {d.year}", f"{month} {d.day}, {d.year}",
            f"{month} {d.day} {d.year}", f"{d.day} {short} {d.year}", f"{short} {d.day}, {d.year}",
            f"{d.day}th {month} {d.year}", f"{d.day}st {month} {d.year}",
            f"{d.day}nd {month} {d.year}", f"{d.day}rd {month} {d.year}"]


def say_day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


@family
def waist_height_and_bmi(rng: random.Random) -> Made:
    ft, inch, lb, waist = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(105, 260), \
        rng.randint(26, 46)
    height_in = ft * 12 + inch
    if not 58 <= height_in <= 77:
        return None
    kg, m = lb * LB, height_in * INCH / 100
    text = pick(rng, f"I'm {ft}'{inch}\" and {lb} lb with a {waist} inch waist. Can you work out "
                     "my BMI (1 dp) and my waist-to-height ratio (2 dp)?",
                f"two health numbers please - BMI to one decimal and waist to height ratio to "
                f"two decimals. height {ft} ft {inch} in, weight {lb} pounds, waist {waist} in")
    return text, [num(kg / m ** 2, 1), num(F(waist, height_in), 2)]


@family
def devine_ideal_weight(rng: random.Random) -> Made:
    male = rng.random() < 0.5
    ft, inch = 5, rng.randint(1, 11)
    if rng.random() < 0.4:
        ft, inch = 6, rng.randint(0, 4)
    over = ft * 12 + inch - 60
    ibw = (50 if male else F("45.5")) + F("2.3") * over
    height = (ft * 12 + inch) * INCH / 100
    who = "my husband" if male else "my mum"
    text = (f"The Devine formula gives ideal body weight as {'50' if male else '45.5'} kg plus "
            f"2.3 kg for every inch over 5 feet. For {who}, who's {ft} ft {inch}, what's that "
            "in kg and in lb (1 dp each)? And what BMI would that weight give (1 dp)?")
    return text, [num(ibw, 1), num(ibw / LB, 1), num(ibw / height ** 2, 1)]


@family
def max_hr_two_formulas(rng: random.Random) -> Made:
    age, pct = rng.randint(18, 75), rng.choice([60, 65, 70, 75, 80, 85])
    tanaka = 208 - F(7, 10) * age
    if abs(220 - age - tanaka) < 1:
        return None
    text = pick(rng, f"I'm {age}. What's my max heart rate by Tanaka (208 - 0.7 x age) and how "
                     f"far is it from the old 220 - age rule? Then {pct}% of the Tanaka number, "
                     "1 decimal, for my training zone.",
                f"Max HR for a {age} year old: 1) Tanaka formula 208 − 0.7×age 2) difference from "
                f"220 − age 3) {pct}% of the Tanaka value (one decimal)")
    return text, [num(tanaka, 1), num(abs(220 - age - tanaka), 1), num(tanaka * pct / 100, 1)]


@family
def alcohol_units_week(rng: random.Random) -> Made:
    pints, abv_b = rng.randint(0, 8), rng.choice([F(4), F("4.5"), F(5), F("5.2")])
    glasses, abv_w = rng.randint(0, 7), rng.choice([F(12), F("12.5"), F(13), F("13.5")])
    if pints + glasses < 3:
        return None
    units = pints * 568 * abv_b / 1000 + glasses * 175 * abv_w / 1000
    text = (f"This week I had {pints} pints of {float(abv_b):g}% lager and {glasses} glasses "
            f"(175 ml each) of {float(abv_w):g}% wine. UK units are ml x ABV% / 1000 (a pint is "
            "568 ml). How many units is that (1 dp), and what percentage of the 14-unit weekly "
            "guideline (nearest whole percent)?")
    return text, [num(units, 1), same(num(units / 14 * 100, 0), num(r2(units, 1) / 14 * 100, 0))]


@family
def due_date_weeks_along(rng: random.Random) -> Made:
    lmp = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    weeks = rng.randint(8, 38)
    check = lmp + dt.timedelta(weeks=weeks)
    text = pick(rng, f"My sister's last period started on {say_day(lmp)}. Using Naegele's rule "
                     "(first day of LMP + 280 days), when's the baby due? And how many weeks "
                     f"pregnant will she be on {say_day(check)}?",
                f"LMP {lmp.isoformat()}. Due date by LMP + 280 days, and gestational age in weeks "
                f"on {check.isoformat()}?")
    return text, [day_forms(lmp + dt.timedelta(days=280)), [f"{weeks} weeks", f"{weeks}weeks"]]


@family
def taper_total_mg(rng: random.Random) -> Made:
    step = rng.choice([F(5, 2), F(5), F(10)])
    start = step * rng.randint(3, 8)
    every = rng.randint(3, 7)
    levels = int(start / step)
    total = every * step * levels * (levels + 1) / 2
    text = (f"My doctor's taper plan: start at {float(start):g} mg a day, then drop by "
            f"{float(step):g} mg every {every} days until I'm off it completely. How many days "
            "until I take my last dose, and how many mg will I have taken in total over the taper?")
    return text, [[f"{levels * every} days"], [f"{num(total, 1)[0]} mg", f"{num(total, 1)[0]}mg"]]


@family
def meal_macros_fat_pct(rng: random.Random) -> Made:
    p, c, f = rng.randint(10, 60), rng.randint(20, 120), rng.randint(5, 45)
    kcal = 4 * p + 4 * c + 9 * f
    text = pick(rng, f"My lunch was {p} g protein, {c} g carbs and {f} g fat. Using 4/4/9 kcal per "
                     "gram, how many calories, what % of them came from fat (1 dp), and what's "
                     "the energy in kJ (1 kcal = 4.184 kJ, nearest kJ)?",
                f"macros: P {p}g C {c}g F {f}g. total kcal (4-4-9)? percent from fat, one "
                "decimal? and kJ to the nearest whole (x 4.184)")
    return text, [[f"{kcal} kcal", f"{kcal} calories", f"{kcal}kcal"],
                  num(F(9 * f * 100, kcal), 1), num(kcal * F("4.184"), 0)]


@family
def bsa_dose_mg(rng: random.Random) -> Made:
    cm, lb = rng.randint(150, 195), rng.randint(100, 260)
    per = rng.choice([50, 60, 75, 100, 135, 175])
    bsa = math.sqrt(cm * float(lb * LB) / 3600)
    shown = r2(F(str(round(bsa, 6))))
    num(bsa, 2)
    text = (f"Pharmacology homework: patient is {cm} cm and {lb} lb. Work out the body surface "
            "area with Mosteller, sqrt(height cm x weight kg / 3600), to 2 dp, then the dose at "
            f"{per} mg/m\u00b2 using that rounded BSA, to the nearest mg.")
    return text, [num(bsa, 2), [f"{v} mg" for v in num(shown * per, 0)] +
                  [f"{v}mg" for v in num(shown * per, 0)]]


@family
def cockcroft_gault(rng: random.Random) -> Made:
    age, lb, cr = rng.randint(30, 88), rng.randint(100, 240), F(rng.randint(6, 25), 10)
    female = rng.random() < 0.5
    kg = lb * LB
    crcl = (140 - age) * kg / (72 * cr) * (F("0.85") if female else 1)
    crcl2 = (140 - age) * r2(kg, 1) / (72 * cr) * (F("0.85") if female else 1)
    text = (f"{'Female' if female else 'Male'}, {age} years, {lb} lb, serum creatinine "
            f"{float(cr):g} mg/dL. Convert the weight to kg (1 dp) and estimate creatinine "
            "clearance by Cockcroft-Gault: (140 - age) x kg / (72 x Cr)"
            f"{', x 0.85 for women' if female else ''}. 1 dp.")
    return text, [num(kg, 1), same(num(crcl, 1), num(crcl2, 1))]


@family
def qtc_from_rr(rng: random.Random) -> Made:
    rr, qt = rng.randrange(600, 1201, 10), rng.randrange(320, 461, 2)
    text = pick(rng, f"ECG: RR interval {rr} ms, QT {qt} ms. What's the heart rate (nearest bpm) "
                     "and the QTc by Bazett (QT / sqrt(RR in seconds)), nearest ms?",
                f"Can you get the HR from an RR of {rr} ms (60000/RR, nearest whole) and the "
                f"Bazett QTc for a QT of {qt} ms (nearest ms)")
    return text, [num(F(60000, rr), 0), num(qt / math.sqrt(rr / 1000), 0)]


@family
def iv_drip_rate(rng: random.Random) -> Made:
    vol, hours = rng.choice([250, 500, 1000]), rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
    drop = rng.choice([10, 15, 20, 60])
    mg = rng.choice([0, 1000, 2000, 5000])
    rate = F(vol, hours)
    text = (f"IV order: {vol} mL over {hours} hours with a {drop} gtt/mL giving set. What's the "
            "rate in mL/h (1 dp) and the drip rate in drops per minute (nearest whole)?")
    parts = [num(rate, 1), same(num(rate * drop / 60, 0), num(r2(rate, 1) * drop / 60, 0))]
    if mg:
        text += f" The bag has {mg} mg of drug in it, so how many mg per hour is that (1 dp)?"
        parts.append(num(F(mg, hours), 1))
    return text, parts


@family
def walk_met_kcal_km(rng: random.Random) -> Made:
    lb, mins = rng.randint(110, 280), rng.randrange(20, 121, 5)
    met, mph = rng.choice([(F("3.5"), F(3)), (F("4.3"), F("3.5")), (F(5), F(4))])
    kcal = met * lb * LB * F(mins, 60)
    text = (f"I walked {mins} minutes at {float(mph):g} mph. I weigh {lb} lb. Using "
            f"kcal = MET x kg x hours with MET {float(met):g}, how many calories did I burn "
            "(nearest whole)? And how far did I go in km (2 dp)?")
    return text, [num(kcal, 0), num(mph * F(mins, 60) * MILE, 2)]


@family
def sodium_to_salt(rng: random.Random) -> Made:
    foods = rng.sample([("soup", 600, 1100), ("bread", 150, 450), ("cheese", 150, 400),
                        ("crisps", 100, 300), ("ham", 300, 800), ("pizza", 700, 1500)], 3)
    mg = [(n, rng.randrange(lo, hi, 10)) for n, lo, hi in foods]
    total = sum(v for _, v in mg)
    salt = F(total * 5, 2000)
    text = ("Sodium on the labels today: " + ", ".join(f"{n} {v} mg" for n, v in mg) +
            ". Salt is sodium x 2.5. How many grams of salt is that all together (2 dp), and "
            "what percentage of the 6 g daily limit (1 dp)?")
    return text, [num(salt, 2), num(salt / 6 * 100, 1)]


@family
def cooper_test_vo2(rng: random.Random) -> Made:
    miles = F(rng.randint(110, 210), 100)
    metres = miles * MILE * 1000
    vo2 = same(num((metres - F("504.9")) / F("44.73"), 1),
               num((r2(metres, 0) - F("504.9")) / F("44.73"), 1))
    text = (f"Did the Cooper 12-minute run and got {float(miles):.2f} miles. What's that in "
            "metres (nearest metre), and my estimated VO2max with (distance in m - 504.9) / "
            "44.73, to 1 dp?")
    return text, [num(metres, 0), vo2]


@family
def rowing_split_watts(rng: random.Random) -> Made:
    split = rng.randint(95, 160)
    dist = rng.choice([2000, 5000, 1000])
    watts = F("2.80") / (F(split, 500) ** 3)
    text = pick(rng, f"Erg question. My average split was {split // 60}:{split % 60:02d} per "
                     f"500 m. Concept2 says watts = 2.80 / pace\u00b3 with pace in seconds per "
                     f"metre. How many watts is that (nearest watt), and at that split what would "
                     f"my {dist} m time be (m:ss)?",
                f"rowing split {split // 60}:{split % 60:02d}/500m -> watts (2.80/(sec per "
                f"metre)^3, nearest whole) and projected {dist}m time in min:sec")
    return text, [num(watts, 0), mmss(split * dist // 500)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    waist_height_and_bmi, devine_ideal_weight, max_hr_two_formulas, alcohol_units_week,
    due_date_weeks_along, taper_total_mg, meal_macros_fat_pct, bsa_dose_mg, cockcroft_gault,
    qtc_from_rr, iv_drip_rate, walk_met_kcal_km, sodium_to_salt, cooper_test_vo2,
    rowing_split_watts)]
