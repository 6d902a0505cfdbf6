"""Round 11 (``Q_u_*``, dev now) for ``muse bench agents``: health calculations (BMI, BMR,
daily water, heart-rate maximum and zones, dose timing and dose arithmetic, body-weight
dosing). The answer forms come from :mod:`bench.data.agents.heldout10_units`."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout10_units import (
    INCH,
    LB,
    US_FLOZ,
    clock,
    families,
    near_tie,
    num,
    num12,
    show,
    spoken,
    with_unit,
)
from bench.data.agents.helpers import Family, Item, item

F = Fraction
KCAL = ("kcal", "kcal/day", "calories", "Calories", "kcal per day", "calories a day")
BPM = ("bpm", "beats per minute", "beats/min")


def one(name: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    if near_tie(value, dp):
        return None
    return item(name, "calc", text, [with_unit(num(value, dp), *units)])


def bmi(name: str, text: str, value: Fraction) -> Item | None:
    if near_tie(value, 1) or near_tie(value, 2):
        return None
    return item(name, "calc", text, [num12(value)])


def whole_or_two(value: Fraction, *units: str) -> list[str]:
    """A value people quote whole (kcal, bpm) but a tool may give to two decimals."""
    return with_unit(list(dict.fromkeys(num(value, 0) + num(value, 2))), *units)


def q_bmi_metric(rng: random.Random) -> Item | None:  # BMI from cm and kg, terse
    cm, kg = rng.randint(150, 198), rng.randint(45, 130)
    return bmi("Q_u_bmi_metric", f"{cm}cm {kg}kg whats my bmi", F(kg) / F(cm, 100) ** 2)


def q_bmi_imperial(rng: random.Random) -> Item | None:  # BMI from feet/inches and pounds
    feet, inches, lb = rng.randint(4, 6), rng.randint(0, 11), rng.randint(100, 290)
    if feet == 4 and inches < 9:
        return None
    metres = (feet * 12 + inches) * INCH
    return bmi("Q_u_bmi_imperial", f"Could you work out my BMI? I'm {feet} foot {inches} and "
               f"weigh {lb} pounds.", lb * LB / metres**2)


def q_bmi_stone(rng: random.Random) -> Item | None:  # BMI from stone and pounds, metres
    stone, lb, m = rng.randint(7, 19), rng.randint(1, 13), F(rng.randint(150, 195), 100)
    return bmi("Q_u_bmi_stone", f"doctor's form asks for BMI. I'm {stone}st {lb}lb and "
               f"{show(m)}m tall", (stone * 14 + lb) * LB / m**2)


def _bmr(rng: random.Random, man: bool) -> tuple[int, int, int, Fraction]:
    age, kg, cm = rng.randint(19, 75), rng.randint(48, 125), rng.randint(150, 198)
    value = 10 * kg + F(625, 100) * cm - 5 * age + (5 if man else -161)
    return age, kg, cm, value


def q_bmr_man(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR for a man
    age, kg, cm, value = _bmr(rng, True)
    if near_tie(value, 0):
        return None
    return item("Q_u_bmr_man", "calc", f"Using Mifflin-St Jeor, what's the BMR of a man who is "
                f"{age}, {kg} kg and {cm} cm?", [whole_or_two(value, *KCAL)])


def q_bmr_woman(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR, first person
    age, kg, cm, value = _bmr(rng, False)
    if near_tie(value, 0):
        return None
    return item("Q_u_bmr_woman", "calc", f"female, {age} years old, {cm} cm, {kg} kg. how many "
                "calories does my body burn at rest per day (mifflin st jeor)?",
                [whole_or_two(value, *KCAL)])


def q_water_per_kg(rng: random.Random) -> Item | None:  # daily water at a given ml per kg
    kg, rate = rng.randint(45, 120), rng.choice([30, 33, 35, 40])
    value = F(kg * rate, 1000)
    if near_tie(value, 1) or near_tie(value, 2):
        return None
    return item("Q_u_water_per_kg", "calc", f"my coach says drink {rate} ml of water per kg of "
                f"body weight each day. I'm {kg} kg - how many litres is that?",
                [with_unit(num12(value), "L", "l", "litres", "liters")])


def q_water_half_lb(rng: random.Random) -> Item | None:  # half body weight in fl oz, litres
    lb = rng.randint(110, 280)
    return one("Q_u_water_half_lb", f"Read that you should drink half your body weight (in "
               f"lb) in fluid ounces of water a day. I weigh {lb} lb, so how many litres is "
               "that?", F(lb, 2) * US_FLOZ / 1000, "L", "l", "litres", "liters")


def q_max_hr(rng: random.Random) -> Item | None:  # 220 minus age
    age = rng.randint(16, 80)
    return item("Q_u_max_hr", "calc", f"im {age}, what should my max heart rate be with the "
                "220 minus age rule?", [with_unit([str(220 - age)], *BPM)])


def q_zone_range(rng: random.Random) -> Item | None:  # a zone as a bpm range
    age = rng.randint(18, 75)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    top = 220 - age
    lo, hi = F(top * low, 100), F(top * high, 100)
    if near_tie(lo, 0) or near_tie(hi, 0):
        return None
    return item("Q_u_zone_range", "calc", f"What heart rate range should I aim for to train at "
                f"{low}-{high}% of my max? I'm {age} (use max = 220 - age).",
                [with_unit(num(lo, 0), *BPM), with_unit(num(hi, 0), *BPM)])


def q_karvonen(rng: random.Random) -> Item | None:  # Karvonen target heart rate
    age, rest, pct = rng.randint(20, 70), rng.randint(48, 80), rng.choice([55, 65, 70, 75, 85])
    value = rest + F(pct, 100) * (220 - age - rest)
    if near_tie(value, 0):
        return None
    return item("Q_u_karvonen", "calc", f"Karvonen formula: age {age}, resting HR {rest}, "
                f"{pct}% intensity. Target heart rate?", [with_unit(num(value, 0), *BPM)])


def q_next_dose(rng: random.Random) -> Item | None:  # the next dose after an interval
    hour, minute = rng.randint(6, 15), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    gap = rng.choice([4, 6, 8])
    if (hour + gap) % 12 == 0 and minute == 0:
        return None
    said = spoken(hour, minute, rng.randrange(3))
    return item("Q_u_next_dose", "calc", f"took ibuprofen at {said}, the box says every {gap} "
                "hours. when can I take the next one?",
                [clock(hour + gap, minute)])


def q_third_dose(rng: random.Random) -> Item | None:  # the last of a day's evenly spaced doses
    hour, gap, doses = rng.randint(6, 10), rng.choice([4, 5, 6]), rng.choice([3, 4])
    last = hour + gap * (doses - 1)
    if last % 12 == 0 or last >= 24:
        return None
    return item("Q_u_third_dose", "calc", f"Antibiotic: {doses} doses a day, {gap} hours apart. "
                f"If the first is at {spoken(hour, 0, 1)}, what time is the last one?",
                [clock(last)])


def q_child_mg(rng: random.Random) -> Item | None:  # a body-weight dose in mg
    kg, per = F(rng.randint(16, 80), 2), rng.choice([10, 12, 15, 20])
    return one("Q_u_child_mg", f"my son weighs {show(kg)} kg and the dose is {per} mg/kg. how "
               "many mg is one dose?", kg * per, "mg", "milligrams")


def q_syrup_ml(rng: random.Random) -> Item | None:  # mg needed from a liquid's strength
    strength = rng.choice([(120, 5), (250, 5), (125, 5), (100, 5), (200, 5), (40, 1)])
    mg = rng.choice(range(60, 500, 10))
    return one("Q_u_syrup_ml", f"Need to give {mg} mg and the liquid is {strength[0]} mg per "
               f"{strength[1]} ml. How many ml do I draw up?", F(mg * strength[1], strength[0]),
               "ml", "mL", "millilitres", "milliliters")


def q_tablets_days(rng: random.Random) -> Item | None:  # how long a pack of tablets lasts
    morning, night = rng.randint(1, 3), rng.randint(1, 2)
    days = rng.randint(7, 60)
    count = days * (morning + night) + rng.randint(0, morning + night - 1)
    return item("Q_u_tablets_days", "calc", f"I've got {count} tablets left. I take {morning} in "
                f"the morning and {night} at night. How many full days will they last?",
                [with_unit([str(days)], "days")])


def q_daily_tablets(rng: random.Random) -> Item | None:  # the most tablets under a daily cap
    cap, tab = rng.choice([(4000, 500), (3000, 325), (3000, 500), (1200, 200), (2400, 400),
                           (4000, 325), (3200, 400), (1200, 400)])
    return item("Q_u_daily_tablets", "calc", f"the daily maximum is {cap} mg and each tablet is "
                f"{tab} mg. what's the most tablets I can take in a day?",
                [with_unit([str(cap // tab)], "tablets")])


def q_divided_dose(rng: random.Random) -> Item | None:  # mg/kg/day split into doses
    kg, per_day = rng.randint(8, 40), rng.choice([20, 25, 30, 40, 45, 50])
    doses = rng.choice([2, 3, 4])
    return one("Q_u_divided_dose", f"Prescription: {per_day} mg/kg/day split into {doses} doses. "
               f"Child is {kg} kg. How much per dose?", F(kg * per_day, doses), "mg", "milligrams")


def q_drip_rate(rng: random.Random) -> Item | None:  # an infusion's rate in ml/h
    ml, hours = rng.choice([250, 500, 750, 1000, 1500]), rng.choice([3, 4, 6, 7, 8, 9, 12])
    return one("Q_u_drip_rate", f"{ml} ml of saline to run over {hours} hours. what's the rate "
               "in ml per hour?", F(ml, hours), "ml/h", "mL/h", "ml/hr", "ml per hour")


def q_drops_min(rng: random.Random) -> Item | None:  # drops per minute with a drop factor
    ml, hours, factor = rng.choice([250, 500, 1000]), rng.choice([2, 4, 6, 8]), rng.choice([15, 20])
    return one("Q_u_drops_min", f"Giving {ml} mL over {hours} h with a giving set of {factor} "
               "drops/mL. How many drops per minute?", F(ml * factor, hours * 60), "drops/min",
               "drops per minute", "gtt/min", dp=0)


def q_met_kcal(rng: random.Random) -> Item | None:  # calories from a MET value
    met, kg = F(rng.randint(6, 24), 2), rng.randint(50, 110)
    minutes = rng.choice([20, 25, 30, 40, 45, 50, 75, 90])
    return one("Q_u_met_kcal", f"an activity is {show(met)} METs. I weigh {kg}kg and did it for "
               f"{minutes} minutes, how many kcal did I burn (MET x kg x hours)?",
               met * kg * F(minutes, 60), "kcal", "calories", "Calories")


def q_waist_height(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, height = rng.randint(60, 120), rng.randint(150, 198)
    return one("Q_u_waist_height", f"Waist {waist} cm, height {height} cm - what's my "
               "waist-to-height ratio?", F(waist, height))


def q_alcohol_units(rng: random.Random) -> Item | None:  # UK alcohol units in a drink
    ml, abv = rng.choice([125, 175, 250, 330, 440, 500, 568, 750]), F(rng.randint(35, 140), 10)
    return one("Q_u_alcohol_units", f"How many units of alcohol in {ml}ml of something that's "
               f"{show(abv)}%?", ml * abv / 1000, "units")


def q_bedtime(rng: random.Random) -> Item | None:  # when to go to bed for enough sleep
    wake, minute = rng.randint(5, 8), rng.choice([0, 15, 30, 45])
    sleep, half = rng.randint(7, 9), rng.choice([0, 30])
    total = wake * 60 + minute - sleep * 60 - half + 24 * 60
    hour, mins = divmod(total, 60)
    if hour % 12 == 0:
        return None
    return item("Q_u_bedtime", "calc", f"alarm is at {spoken(wake, minute)} and I want "
                f"{sleep}{'.5' if half else ''} hours of sleep, what time do I need to be "
                "asleep by?", [clock(hour, mins)])


def q_fat_weeks(rng: random.Random) -> Item | None:  # weeks to lose weight at a deficit
    lb, deficit = rng.randint(4, 40), rng.choice([250, 300, 400, 500, 600, 750, 1000])
    return one("Q_u_fat_weeks", f"If a pound of fat is 3500 kcal and I eat {deficit} kcal a day "
               f"under maintenance, how many weeks to lose {lb} lb?",
               F(lb * 3500, deficit * 7), "weeks")


def q_target_weight(rng: random.Random) -> Item | None:  # the weight for a target BMI
    m = F(rng.randint(150, 198), 100)
    target = rng.choice([F(22), F(23), F(249, 10), F(185, 10), F(25)])
    return one("Q_u_target_weight", f"I'm {show(m)} m tall. What would I have to weigh for a "
               f"BMI of {show(target)}?", target * m**2, "kg", "kilograms", "kilos")


def q_protein_g(rng: random.Random) -> Item | None:  # grams of protein per kg
    kg, per = rng.randint(50, 120), F(rng.choice([8, 12, 14, 16, 18, 20, 22]), 10)
    return one("Q_u_protein_g", f"aiming for {show(per)} g of protein per kg bodyweight, I'm "
               f"{kg} kg. grams per day?", kg * per, "g", "grams")


def q_tdee(rng: random.Random) -> Item | None:  # maintenance calories from BMR and activity
    base = rng.randint(1250, 2100)
    factor = rng.choice([F("1.2"), F("1.375"), F("1.55"), F("1.725")])
    value = base * factor
    if near_tie(value, 0):
        return None
    return item("Q_u_tdee", "calc", f"My BMR is {base} kcal and my activity multiplier is "
                f"{show(factor)}. What are my maintenance calories?", [whole_or_two(value, *KCAL)])


FAMILIES: list[tuple[Family, int]] = families(
    q_bmi_metric, q_bmi_imperial, q_bmi_stone, q_bmr_man, q_bmr_woman, q_water_per_kg,
    q_water_half_lb, q_max_hr, q_zone_range, q_karvonen, q_next_dose, q_third_dose, q_child_mg,
    q_syrup_ml, q_tablets_days, q_daily_tablets, q_divided_dose, q_drip_rate, q_drops_min,
    q_met_kcal, q_waist_height, q_alcohol_units, q_bedtime, q_fat_weeks, q_target_weight,
    q_protein_g, q_tdee)
