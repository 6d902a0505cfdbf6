"""Round 9 (``Y_m_*``, dev now), multi-part requests mixing health calculations, unit
conversions and dose timing (part of :data:`bench.data.agents.heldout9_multi.FAMILIES`)."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import (
    FL_OZ,
    INCH,
    KCAL,
    LB,
    MILE,
    F,
    Fraction,
    Item,
    forms,
    multi,
    one_dp,
    r2,
    show,
    tie,
    unit,
)

KG, CM = ["kg", "kilograms"], ["cm", "centimetres", "centimeters"]
LITRES = ["litres", "liters", "L"]


def bmi(kg: Fraction, cm: Fraction) -> Fraction:
    return kg / (cm / 100) ** 2


def bmr(kg: Fraction, cm: Fraction, age: int, female: bool) -> Fraction:
    """Mifflin-St Jeor, kcal a day."""
    return 10 * kg + F(25, 4) * cm - 5 * age + (-161 if female else 5)


def bpm(value: int) -> list[str]:
    return [f"{value} bpm"]


def clock(hour: int, minute: int = 0) -> list[str]:
    """A time of day, 24-hour and the usual 12-hour spellings."""
    hour %= 24
    twelve, suffix = hour % 12 or 12, "pm" if hour % 24 >= 12 else "am"
    out = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}"]
    out += [f"{twelve}:{minute:02d}{gap}{s}" for gap in (" ", "") for s in (suffix, suffix.upper())]
    if not minute:
        out += [f"{twelve}{gap}{s}" for gap in (" ", "") for s in (suffix, suffix.upper())]
    return list(dict.fromkeys(out))


def said(hour: int, minute: int = 0) -> str:
    return f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''}{'pm' if hour >= 12 else 'am'}"


def y_m_imperial_bmi(rng: random.Random) -> Item:  # feet/inches and pounds: kg and BMI
    ft, inch, lb = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(110, 260)
    kg, cm = lb * LB, (ft * 12 + inch) * INCH * 100
    if ft * 12 + inch > 77 or tie(kg) or tie(bmi(kg, cm), 1) or not 17 <= bmi(kg, cm) <= 40:
        return y_m_imperial_bmi(rng)
    return multi("Y_m_imperial_bmi", f"I'm {ft}'{inch} and {lb} lbs. what's my weight in kg "
                 "and what's my BMI?", [unit(kg, *KG), one_dp(bmi(kg, cm))])


def y_m_stone_bmi(rng: random.Random) -> Item:  # stones and a height in cm: kg and BMI
    st, lb, cm = rng.randint(8, 17), rng.randint(0, 13), rng.randint(152, 195)
    kg = (st * 14 + lb) * LB
    if tie(kg) or tie(bmi(kg, F(cm)), 1) or not 17 <= bmi(kg, F(cm)) <= 40:
        return y_m_stone_bmi(rng)
    return multi("Y_m_stone_bmi", f"Weigh {st} stone {lb}, height {cm}cm. Convert my weight "
                 "to kilos and tell me my bmi", [unit(kg, *KG), one_dp(bmi(kg, F(cm)))])


def y_m_bmi_water(rng: random.Random) -> Item:  # BMI and daily water from the same numbers
    kg, cm = rng.randint(48, 120), rng.randint(150, 198)
    water = F(kg * 35, 1000)
    if tie(bmi(F(kg), F(cm)), 1) or tie(water, 1) or not 16 <= bmi(F(kg), F(cm)) <= 42:
        return y_m_bmi_water(rng)
    return multi("Y_m_bmi_water", f"{kg} kg, {cm} cm — can you give me my BMI and how much "
                 "water I should drink a day?", [one_dp(bmi(F(kg), F(cm))),
                                                  unit(water, *LITRES, places=1)])


def y_m_water_ounces(rng: random.Random) -> Item:  # daily water in litres and US fl oz
    kg = rng.randint(50, 115)
    litres = F(kg * 35, 1000)
    oz = litres * 1000 / FL_OZ
    rounded = r2(litres, 1) * 1000 / FL_OZ  # ounces from the litres as given, also honest
    if tie(litres, 1) or tie(oz) or tie(rounded):
        return y_m_water_ounces(rng)
    return multi("Y_m_water_ounces", f"how much water should someone who is {kg}kg drink daily? "
                 "give "
                 "it in litres and in US fluid ounces", [unit(litres, *LITRES, places=1),
                                                          list(dict.fromkeys(forms(oz) +
                                                                             forms(rounded)))])


def y_m_feet_bmr(rng: random.Random) -> Item:  # height in feet to cm, then a BMR with it
    ft, inch, kg, age = 5, rng.randint(0, 11), rng.randint(50, 95), rng.randint(20, 65)
    cm = (ft * 12 + inch) * INCH * 100
    value = bmr(F(kg), cm, age, True)
    if tie(cm) or tie(value, 0) or round(value) != round(bmr(F(kg), r2(cm), age, True)):
        return y_m_feet_bmr(rng)
    return multi("Y_m_feet_bmr", f"i'm a {age} year old woman, 5 ft {inch}, {kg} kg. what's my "
                 "height in cm, and my BMR?", [unit(cm, *CM), forms(F(round(value)), 0)])


def y_m_bmr_week(rng: random.Random) -> Item:  # a man's BMR, then over a week
    age, cm, kg = rng.randint(18, 70), rng.randint(162, 198), rng.randint(58, 125)
    value = bmr(F(kg), F(cm), age, False)
    if tie(value, 0):
        return y_m_bmr_week(rng)
    day = round(value)
    return multi("Y_m_bmr_week", f"Male, {age}, {cm} cm, {kg} kg. What's my basal metabolic "
                 "rate, and how many calories is that across a whole week?",
                 [forms(F(day), 0), forms(F(day * 7), 0)])


def y_m_max_hr_percent(rng: random.Random) -> Item:  # max heart rate, then a share of it
    age, pct = rng.randint(18, 75), rng.choice([60, 65, 70, 75, 80, 85, 90])
    top = 220 - age
    if top * pct % 100:
        return y_m_max_hr_percent(rng)
    return multi("Y_m_max_hr_percent", f"what's the max heart rate for a {age} y/o, and what's "
                 f"{pct}% of it?", [bpm(top), [str(top * pct // 100)]])


def y_m_hr_and_pace(rng: random.Random) -> Item:  # max heart rate plus a speed conversion
    age, kmh = rng.randint(20, 70), rng.randint(8, 16)
    if tie(kmh / MILE):
        return y_m_hr_and_pace(rng)
    return multi("Y_m_hr_and_pace", f"I'm {age} and I jog at about {kmh} km/h. What's my max "
                 "heart rate, and what's my speed in mph?", [bpm(220 - age), forms(kmh / MILE)])


def y_m_fever_next_dose(rng: random.Random) -> Item:  # a temperature in °F, then a dose time
    f = F(rng.randint(990, 1040), 10)
    hour, gap = rng.randint(8, 16), rng.choice([4, 6, 8])
    c = (f - 32) * F(5, 9)
    if tie(c):
        return y_m_fever_next_dose(rng)
    return multi("Y_m_fever_next_dose", f"kid's temp is {show(f)}F — what's that in celsius? "
                 f"gave her ibuprofen at {said(hour)}, it's every {gap} hours, when's the next "
                 "one?",
                 [forms(c), clock(hour + gap)])


def y_m_bottle_schedule(rng: random.Random) -> Item:  # how long a bottle lasts, and dose times
    ml, days = rng.choice([5, 10]), rng.randint(5, 14)
    hour = rng.randint(6, 9)
    return multi("Y_m_bottle_schedule", f"the bottle has {ml * 3 * days} ml, dose is {ml} ml "
                 f"three times a day, every 6 hours starting at {said(hour)}. how many days "
                 "will it last and what are the other two times?",
                 [[f"{days} days"], clock(hour + 6), clock(hour + 12)])


def y_m_child_dose_lb(rng: random.Random) -> Item:  # weight in pounds to kg, then mg per kg
    lb, per = rng.randint(18, 80), rng.choice([10, 15])
    kg = lb * LB
    if tie(kg) or tie(kg * per) or r2(kg * per) != r2(r2(kg) * per):
        return y_m_child_dose_lb(rng)
    return multi("Y_m_child_dose_lb", f"my son is {lb} lb. what's that in kg, and at {per} "
                 "mg per kg what dose does that work out to?", [unit(kg, *KG),
                                                                unit(kg * per, "mg")])


def y_m_weight_lost(rng: random.Random) -> Item:  # kilograms lost, and in pounds
    start = F(rng.randint(700, 1300), 10)
    lost = F(rng.randint(15, 180), 10)
    if tie(lost / LB):
        return y_m_weight_lost(rng)
    return multi("Y_m_weight_lost", f"went from {show(start)} kg to {show(start - lost)} "
                 "kg 🎉 how much did I lose, and how many pounds is that?", [unit(lost, *KG),
                                                               unit(lost / LB, "lb", "pounds")])


def y_m_ride_kj(rng: random.Random) -> Item:  # kcal over several rides, and in kJ
    kcal, rides = rng.randint(250, 900), rng.randint(2, 5)
    total = kcal * rides
    if tie(total * KCAL):
        return y_m_ride_kj(rng)
    return multi("Y_m_ride_kj", f"burned about {kcal} kcal on each of my {rides} rides this "
                 "week. total kcal? and in kilojoules?", [forms(F(total), 0),
                                                          unit(total * KCAL, "kJ")])


def y_m_oven_roast(rng: random.Random) -> Item:  # oven °C to °F, and a roasting time
    c = rng.choice([160, 170, 180, 190, 200, 220])
    per, kg = rng.choice([20, 30, 40, 45]), F(rng.randint(3, 10), 2)
    minutes = per * kg + 20
    return multi("Y_m_oven_roast", f"roast at {c}°C for {per} minutes per kg plus 20 minutes. "
                 f"my joint is {show(kg)} kg. what's the oven in fahrenheit and how long in "
                 "total (minutes)?", [forms(F(c * 9, 5) + 32), unit(minutes, "minutes", "min")])


HEALTH = [y_m_imperial_bmi, y_m_stone_bmi, y_m_bmi_water, y_m_water_ounces, y_m_feet_bmr,
          y_m_bmr_week, y_m_max_hr_percent, y_m_hr_and_pace, y_m_fever_next_dose,
          y_m_bottle_schedule, y_m_child_dose_lb, y_m_weight_lost, y_m_ride_kj, y_m_oven_roast]
