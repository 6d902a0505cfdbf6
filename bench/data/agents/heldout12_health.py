"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: body mass index, basal
metabolic rate, daily water and heart-rate calculations, asked the way people ask them."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_quantities import (
    INCH,
    LB,
    STONE,
    US_FLOZ,
    calc,
    families,
    num,
    qty,
    show,
    tie,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
KCAL = ("kcal", "calories", "Calories", "kcal/day", "cal", "kcals")
BPM = ("bpm", "beats per minute", "beats/min", "BPM", "beats a minute")
KG = ("kg", "kilograms", "kilos")
L = ("litres", "liters", "L", "l")


def plain(family: str, text: str, *values: Fraction, units: tuple[str, ...] = (),
          dp: int = 2) -> Item | None:
    """One part per value; bare numbers when ``units`` is empty, None on a rounding tie."""
    if any(tie(value, dp) for value in values):
        return None
    parts = [qty(value, *units, dp=dp) if units else num(value, dp) for value in values]
    return calc(family, text, *parts)


def either(family: str, text: str, values: list[Fraction], units: tuple[str, ...] = (),
           dp: int = 2) -> Item | None:
    """One part which accepts any of ``values`` (two honest formulas for the same thing)."""
    if any(tie(value, dp) for value in values):
        return None
    forms = [f for v in values for f in (qty(v, *units, dp=dp) if units else num(v, dp))]
    return calc(family, text, list(dict.fromkeys(forms)))


def mifflin(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    return 10 * kg + F(25, 4) * cm - 5 * age + (5 if male else -161)


def hb_revised(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    if male:
        return F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    return F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age


def hb_original(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    if male:
        return F("66.4730") + F("13.7516") * kg + F("5.0033") * cm - F("6.7550") * age
    return F("655.0955") + F("9.5634") * kg + F("1.8496") * cm - F("4.6756") * age


def p_bmi_metric(rng: random.Random) -> Item | None:  # BMI from cm and kg
    cm, kg = rng.randint(150, 198), rng.randint(45, 130)
    return plain("P_u_bmi_metric", f"I'm {cm}cm and {kg}kg, what's my BMI?",
                 F(kg) / F(cm, 100) ** 2)


def p_bmi_imperial(rng: random.Random) -> Item | None:  # BMI from feet, inches and pounds
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(105, 290)
    inches = ft * 12 + inch
    return either("P_u_bmi_imperial", f"calculate my bmi - {ft} foot {inch}, {lb} pounds",
                  [lb * LB / (inches * INCH) ** 2, F(703 * lb, inches**2)])


def p_bmi_stone(rng: random.Random) -> Item | None:  # BMI from stone and feet/inches
    st, lb = rng.randint(8, 18), rng.randint(0, 13)
    ft, inch = rng.randint(5, 6), rng.randint(0, 11)
    return plain("P_u_bmi_stone", f"What's the BMI of someone who's {ft}'{inch}\" and weighs "
                 f"{st} st {lb} lb?", (st * STONE + lb * LB) / ((ft * 12 + inch) * INCH) ** 2)


def p_bmi_terse(rng: random.Random) -> Item | None:  # BMI from metres and kg, terse
    m, kg = F(rng.randint(152, 200), 100), F(rng.randint(450, 1250), 10)
    return plain("P_u_bmi_terse", f"bmi {show(kg)}kg {show(m)}m", kg / m**2)


def p_bmi_target(rng: random.Random) -> Item | None:  # weight giving a target BMI
    cm, bmi = rng.randint(150, 200), rng.choice([20, 21, 22, 23, 24, 25])
    return plain("P_u_bmi_target", f"I'm {cm} cm tall. What would I have to weigh for a BMI "
                 f"of exactly {bmi}?", bmi * F(cm, 100) ** 2, units=KG)


def p_bmi_range(rng: random.Random) -> Item | None:  # healthy weight range for a height
    cm = rng.randint(150, 200)
    h2 = F(cm, 100) ** 2
    return plain("P_u_bmi_range", f"Healthy BMI is 18.5 to 24.9. For my height of {cm} cm, "
                 "what's the lowest and highest healthy weight in kg?", F("18.5") * h2,
                 F("24.9") * h2, units=KG)


def p_bmi_drop(rng: random.Random) -> Item | None:  # BMI change after losing weight
    cm, kg, lost = rng.randint(155, 195), rng.randint(75, 130), rng.randint(3, 15)
    h2 = F(cm, 100) ** 2
    return plain("P_u_bmi_drop", f"Started at {kg} kg, lost {lost} kg so far, I'm {cm} cm. "
                 "By how much has my BMI gone down?", F(lost) / h2)


def p_bmr_mifflin_m(rng: random.Random) -> Item | None:  # Mifflin-St Jeor, a man
    age, cm, kg = rng.randint(18, 75), rng.randint(160, 200), rng.randint(55, 130)
    return plain("P_u_bmr_mifflin_m", f"Using Mifflin-St Jeor, what's the BMR of a {age} year "
                 f"old man, {cm} cm, {kg} kg?", mifflin(F(kg), F(cm), age, True), units=KCAL)


def p_bmr_mifflin_f(rng: random.Random) -> Item | None:  # Mifflin-St Jeor, a woman, chatty
    age, cm, kg = rng.randint(18, 75), rng.randint(150, 185), rng.randint(45, 110)
    return plain("P_u_bmr_mifflin_f", f"hi! trying to plan my diet. i'm a woman, {age}, "
                 f"{kg} kg and {cm} cm tall. can you work out my basal metabolic rate with the "
                 "mifflin st jeor equation?", mifflin(F(kg), F(cm), age, False), units=KCAL)


def p_bmr_hb(rng: random.Random) -> Item | None:  # revised Harris-Benedict
    male = rng.random() < 0.5
    age, cm, kg = rng.randint(20, 70), rng.randint(152, 195), rng.randint(50, 120)
    who = "male" if male else "female"
    return plain("P_u_bmr_hb", f"BMR with the revised Harris-Benedict equation: {who}, age "
                 f"{age}, height {cm} cm, weight {kg} kg.", hb_revised(F(kg), F(cm), age, male),
                 units=KCAL)


def p_bmr_katch(rng: random.Random) -> Item | None:  # Katch-McArdle from body fat
    kg, fat = rng.randint(55, 120), rng.randint(10, 40)
    lean = kg * F(100 - fat, 100)
    return plain("P_u_bmr_katch", f"My smart scale says {kg} kg at {fat}% body fat. What's my "
                 "BMR by the Katch-McArdle formula?", 370 + F("21.6") * lean, units=KCAL)


def p_tdee(rng: random.Random) -> Item | None:  # Mifflin BMR times an activity factor
    male = rng.random() < 0.5
    age, cm, kg = rng.randint(20, 65), rng.randint(155, 195), rng.randint(50, 115)
    factor = rng.choice([F("1.2"), F("1.375"), F("1.55"), F("1.725")])
    who = "guy" if male else "woman"
    return plain("P_u_tdee", f"{who}, {age}, {cm}cm, {kg}kg, activity factor {show(factor)}. "
                 "how many calories a day to maintain weight? (Mifflin-St Jeor BMR × factor)",
                 mifflin(F(kg), F(cm), age, male) * factor, units=KCAL)


def p_bmr_plain(rng: random.Random) -> Item | None:  # BMR, formula left to the reader
    male = rng.random() < 0.5
    age, cm, kg = rng.randint(20, 70), rng.randint(152, 195), rng.randint(50, 120)
    who = "man" if male else "woman"
    args = (F(kg), F(cm), age, male)
    return either("P_u_bmr_plain", f"What's my BMR? {age} year old {who}, {cm} cm, {kg} kg",
                  [mifflin(*args), hb_revised(*args), hb_original(*args)], units=KCAL)


def p_bmr_imperial(rng: random.Random) -> Item | None:  # Mifflin-St Jeor from lb and inches
    age, inches, lb = rng.randint(20, 70), rng.randint(60, 76), rng.randint(110, 260)
    ft, inch = divmod(inches, 12)
    return plain("P_u_bmr_imperial", f"Can you do Mifflin-St Jeor BMR for me: male, {age}, "
                 f"{ft} ft {inch} in, {lb} lbs", mifflin(lb * LB, inches * INCH * 100, age,
                                                        True), units=KCAL)


def p_water_mlkg(rng: random.Random) -> Item | None:  # ml per kg of body weight, in litres
    kg, per = rng.randint(45, 120), rng.choice([30, 33, 35, 40])
    return plain("P_u_water_mlkg", f"I read you should drink {per} ml of water per kg of body "
                 f"weight. I'm {kg} kg - how many litres a day is that?", F(kg * per, 1000),
                 units=L)


def p_water_oz(rng: random.Random) -> Item | None:  # half body weight in ounces, in litres
    lb = rng.randint(110, 280)
    return plain("P_u_water_oz", f"The rule at my gym: drink half your body weight (lb) in "
                 f"fluid ounces. I weigh {lb} lb. How many litres is that? (US fl oz)",
                 F(lb, 2) * US_FLOZ / 1000, units=L)


def p_water_glasses(rng: random.Random) -> Item | None:  # a daily target in glasses
    litres, glass = F(rng.randint(15, 40), 10), rng.choice([200, 250, 300, 350, 400])
    if (litres * 1000 / glass).denominator != 1:
        return None
    return plain("P_u_water_glasses", f"target is {show(litres)} L of water a day and my glass "
                 f"holds {glass} ml. how many glasses?", litres * 1000 / glass,
                 units=("glasses",))


def p_water_left(rng: random.Random) -> Item | None:  # what is left of today's target
    kg, drunk = rng.randint(50, 110), F(rng.randint(3, 15), 10)
    target = F(kg * 35, 1000)
    if drunk >= target:
        return None
    return plain("P_u_water_left", f"Aim is 35 ml per kilo and I weigh {kg} kg. I've had "
                 f"{show(drunk)} litres so far today. How much more in ml?",
                 (target - drunk) * 1000, units=("ml", "mL", "millilitres", "milliliters"))


def p_hrmax_220(rng: random.Random) -> Item | None:  # 220 minus age
    age = rng.randint(16, 80)
    return plain("P_u_hrmax_220", f"Using 220 minus age, what's the max heart rate for a "
                 f"{age}-year-old?", F(220 - age), units=BPM)


def p_hrmax_tanaka(rng: random.Random) -> Item | None:  # Tanaka: 208 - 0.7 x age
    age = rng.randint(18, 80)
    return plain("P_u_hrmax_tanaka", f"my coach uses the Tanaka formula for max HR. i'm {age}. "
                 "what do i get?", 208 - F(7, 10) * age, units=BPM)


def p_hrmax_plain(rng: random.Random) -> Item | None:  # max heart rate, formula unstated
    age = rng.randint(18, 75)
    return either("P_u_hrmax_plain", f"What's my maximum heart rate? I'm {age}.",
                  [F(220 - age), 208 - F(7, 10) * age], units=BPM)


def p_zone_pct(rng: random.Random) -> Item | None:  # a percentage of 220 minus age
    age, pct = rng.randint(18, 75), rng.choice([50, 55, 60, 65, 70, 75, 80, 85, 90])
    return plain("P_u_zone_pct", f"I'm {age}. What's {pct}% of my max heart rate (220 - "
                 "age)?", F((220 - age) * pct, 100), units=BPM)


def p_zone_range(rng: random.Random) -> Item | None:  # a training zone, both ends
    age = rng.randint(20, 70)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (60, 75), (65, 75)])
    hr = 220 - age
    return plain("P_u_zone_range", f"for a {age} year old, what heart rate range is {low}-"
                 f"{high}% of max? using 220-age", F(hr * low, 100), F(hr * high, 100),
                 units=BPM)


def p_karvonen(rng: random.Random) -> Item | None:  # Karvonen target heart rate
    age, rest, pct = rng.randint(20, 70), rng.randint(48, 85), rng.choice(
        [50, 60, 65, 70, 75, 80, 85])
    hrr = 220 - age - rest
    return plain("P_u_karvonen", f"Karvonen method: age {age}, resting HR {rest}, training "
                 f"intensity {pct}%. What's my target heart rate? (max = 220 - age)",
                 rest + F(hrr * pct, 100), units=BPM)


def p_pulse_count(rng: random.Random) -> Item | None:  # beats counted over seconds
    secs = rng.choice([10, 15, 20, 30])
    beats = rng.randint(secs, secs * 2)
    return plain("P_u_pulse_count", f"counted {beats} beats in {secs} seconds when I took my "
                 "pulse. what's that per minute?", F(beats * 60, secs), units=BPM)


def p_hr_reserve(rng: random.Random) -> Item | None:  # heart-rate reserve
    age, rest = rng.randint(18, 75), rng.randint(45, 90)
    return plain("P_u_hr_reserve", f"What's my heart rate reserve if I'm {age} with a resting "
                 f"pulse of {rest}? Max HR as 220 minus age.", F(220 - age - rest),
                 units=BPM)


def p_zone2_hrr(rng: random.Random) -> Item | None:  # a Karvonen zone, both ends
    age, rest = rng.randint(20, 70), rng.randint(45, 85)
    hrr = 220 - age - rest
    return plain("P_u_zone2_hrr", f"Zone 2 is 60-70% of heart rate reserve (Karvonen). I'm "
                 f"{age}, resting HR {rest}. Give me the bottom and top of the zone.",
                 rest + F(hrr * 60, 100), rest + F(hrr * 70, 100), units=BPM)


FAMILIES: list[tuple[Family, int]] = families(
    p_bmi_metric, p_bmi_imperial, p_bmi_stone, p_bmi_terse, p_bmi_target, p_bmi_range,
    p_bmi_drop, p_bmr_mifflin_m, p_bmr_mifflin_f, p_bmr_hb, p_bmr_katch, p_tdee, p_bmr_plain,
    p_bmr_imperial, p_water_mlkg, p_water_oz, p_water_glasses, p_water_left, p_hrmax_220,
    p_hrmax_tanaka, p_hrmax_plain, p_zone_pct, p_zone_range, p_karvonen, p_pulse_count,
    p_hr_reserve, p_zone2_hrr)
