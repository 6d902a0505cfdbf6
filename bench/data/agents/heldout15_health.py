"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: health calculations people ask
about — BMI, BMR, daily water, heart-rate maxima and zones — in their own words."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_units import INCH, LB, STONE, conv, families, forms, nums
from bench.data.agents.helpers import Family, Item, item

F = Fraction
BPM = ("bpm", "beats per minute", "beats a minute")
KCAL = ("kcal", "calories", "Calories", "cal")


def bmi(kg: Fraction, m: Fraction) -> Fraction:
    return kg / (m * m)


def mifflin(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    return 10 * kg + F(25, 4) * cm - 5 * age + (5 if male else -161)


def whole(name: str, text: str, value: Fraction, *units: str) -> Item | None:
    return conv(name, text, value, *units, dp=0)


def j_bmi_plain(rng: random.Random) -> Item | None:  # metric BMI, terse
    kg, cm = rng.randint(48, 125), rng.randint(150, 198)
    return conv("J_u_bmi_plain", f"bmi for {kg}kg {cm}cm?", bmi(F(kg), F(cm, 100)))


def j_bmi_gym(rng: random.Random) -> Item | None:  # BMI with the height given in metres
    kg, m = F(rng.randint(550, 1200), 10), F(rng.randint(155, 200), 100)
    return conv("J_u_bmi_gym", f"The gym's intake sheet asks for my body mass index. I'm "
                f"{show_(m)} m tall and weigh {show_(kg)} kg - what should I write?", bmi(kg, m))


def j_bmi_pounds(rng: random.Random) -> Item | None:  # BMI from pounds and feet/inches
    lb, ft, inch = rng.randint(105, 290), rng.randint(4, 6), rng.randint(0, 11)
    height = (ft * 12 + inch) * INCH
    return conv("J_u_bmi_pounds", f"what's my BMI if I'm {ft} foot {inch} and {lb} pounds?",
                bmi(lb * LB, height))


def j_bmi_stone(rng: random.Random) -> Item | None:  # BMI from stones and centimetres
    st, lb, cm = rng.randint(8, 19), rng.randint(0, 13), rng.randint(152, 195)
    return conv("J_u_bmi_stone", f"I'm {st} stone {lb} and {cm} cm. Can you work out my BMI?",
                bmi(st * STONE + lb * LB, F(cm, 100)))


def j_bmi_teen(rng: random.Random) -> Item | None:  # a parent asking for a child's raw BMI
    kg, cm = F(rng.randint(250, 700), 10), rng.randint(128, 172)
    return conv("J_u_bmi_teen", f"my son is {cm} cm and {show_(kg)} kg, what's his raw bmi number "
                "(I know kids use percentiles, just want the figure)", bmi(kg, F(cm, 100)))


def j_bmi_onedp(rng: random.Random) -> Item | None:  # BMI asked to one decimal place
    kg, cm = rng.randint(45, 140), rng.randint(148, 200)
    return conv("J_u_bmi_onedp", f"Weight {kg} kg, height {cm} cm. BMI to one decimal place?",
                bmi(F(kg), F(cm, 100)), dp=1)


def j_bmi_target_weight(rng: random.Random) -> Item | None:  # weight for a target BMI
    cm, target = rng.randint(150, 198), rng.choice([20, 21, 22, 23, 24, 25])
    return conv("J_u_bmi_target_weight", f"at {cm}cm tall, what weight in kg would give me a BMI "
                f"of exactly {target}?", target * F(cm, 100) ** 2, "kg", "kilograms", "kilos")


def j_bmi_lose(rng: random.Random) -> Item | None:  # kilos to lose to reach BMI 25
    cm = rng.randint(155, 195)
    limit = 25 * F(cm, 100) ** 2
    kg = rng.randint(int(limit) + 3, int(limit) + 30)
    return conv("J_u_bmi_lose", f"I'm {cm} cm and {kg} kg. How many kg do I need to lose to get "
                "down to a BMI of 25?", kg - limit, "kg", "kilograms", "kilos")


def j_bmr_woman(rng: random.Random) -> Item | None:  # Mifflin-St Jeor, a woman
    kg, cm, age = rng.randint(45, 110), rng.randint(150, 185), rng.randint(18, 75)
    return conv("J_u_bmr_woman", f"Using Mifflin-St Jeor, what's the BMR of a {age}-year-old "
                f"woman, {kg} kg, {cm} cm?", mifflin(F(kg), F(cm), age, False), *KCAL)


def j_bmr_man(rng: random.Random) -> Item | None:  # Mifflin-St Jeor, a man, chatty
    kg, cm, age = rng.randint(55, 130), rng.randint(160, 200), rng.randint(18, 75)
    return conv("J_u_bmr_man", f"trying to figure out my calories. male, {age}, {cm}cm, {kg}kg. "
                "what's my basal metabolic rate with the mifflin st jeor formula?",
                mifflin(F(kg), F(cm), age, True), *KCAL)


def j_bmr_imperial(rng: random.Random) -> Item | None:  # Mifflin-St Jeor from lb and inches
    lb, inch, age = rng.randint(110, 260), rng.randint(60, 77), rng.randint(20, 70)
    male = rng.random() < 0.5
    who = "guy" if male else "woman"
    return conv("J_u_bmr_imperial", f"BMR (Mifflin) for a {age} yo {who}, {lb} lbs, {inch} inches "
                "tall?", mifflin(lb * LB, inch * INCH * 100, age, male), *KCAL)


def j_tdee_active(rng: random.Random) -> Item | None:  # BMR times an activity factor
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 65)
    factor = rng.choice(["1.2", "1.375", "1.55", "1.725"])
    return conv("J_u_tdee_active", f"Female, {age}, {kg} kg, {cm} cm. Take the Mifflin-St Jeor BMR "
                f"and multiply by an activity factor of {factor} - what's my daily calorie "
                "need?", mifflin(F(kg), F(cm), age, False) * F(factor), *KCAL)


def j_deficit(rng: random.Random) -> Item | None:  # calorie target from maintenance minus deficit
    cut = rng.choice([250, 300, 400, 500, 600, 750])
    weeks = rng.randint(4, 16)
    return conv("J_u_deficit", f"If I eat {cut} kcal under my maintenance every day for {weeks} "
                "weeks, and 7700 kcal is about 1 kg of fat, how many kg would I lose?",
                F(cut * 7 * weeks, 7700), "kg", "kilograms", "kilos")


def j_water_35(rng: random.Random) -> Item | None:  # water at 35 ml per kg, in litres
    kg = rng.randint(45, 130)
    return conv("J_u_water_35", f"Nutritionist said drink 35 ml of water per kg of body weight. "
                f"I'm {kg} kg - how many litres a day is that?", F(kg * 35, 1000),
                "l", "L", "litres", "liters")


def j_water_oz(rng: random.Random) -> Item | None:  # half your weight in pounds, in ounces
    lb = rng.randint(110, 300)
    return conv("J_u_water_oz", f"the rule is half your body weight (lb) in ounces of water per "
                f"day. I weigh {lb} lbs so how many oz?", F(lb, 2), "oz", "ounces", "fl oz")


def j_water_glasses(rng: random.Random) -> Item | None:  # daily water in 250 ml glasses
    kg = rng.randint(50, 120)
    per = rng.choice([30, 33, 35, 40])
    return conv("J_u_water_glasses", f"if i need {per} ml per kg a day and weigh {kg} kg, how many "
                "250 ml glasses is that?", F(kg * per, 250), "glasses")


def j_water_bottles(rng: random.Random) -> Item | None:  # water target in bottles
    kg, bottle = rng.randint(50, 120), rng.choice([500, 600, 750, 1000])
    return conv("J_u_water_bottles", f"At 30 ml per kilo, how many {bottle} ml bottles should a "
                f"{kg} kg person drink daily?", F(kg * 30, bottle), "bottles")


def j_hrmax_simple(rng: random.Random) -> Item | None:  # 220 minus age
    age = rng.randint(14, 85)
    return whole("J_u_hrmax_simple", f"what's my max heart rate? I'm {age}", F(220 - age), *BPM)


def j_hrmax_tanaka(rng: random.Random) -> Item | None:  # 208 - 0.7 * age
    age = rng.randint(20, 80)
    return conv("J_u_hrmax_tanaka", f"Using the Tanaka formula (208 - 0.7 x age), what is the max "
                f"heart rate for a {age} year old?", 208 - F(7, 10) * age, *BPM, dp=1)


def j_zone_percent(rng: random.Random) -> Item | None:  # a percentage of 220-age
    age, pct = rng.randint(18, 75), rng.choice([55, 60, 65, 70, 75, 80, 85, 90, 95])
    return whole("J_u_zone_percent", f"Coach wants me at {pct}% of max HR. I'm {age}; what bpm is "
                 "that, nearest whole beat?", F((220 - age) * pct, 100), *BPM)


def j_zone_range(rng: random.Random) -> Item | None:  # zone 2 band, low and high
    age = rng.randint(18, 75)
    top = 220 - age
    low, high = forms(F(top * 60, 100), BPM, 0), forms(F(top * 70, 100), BPM, 0)
    if low is None or high is None:
        return None
    low, high = low + nums(F(top * 60, 100), 0), high + nums(F(top * 70, 100), 0)
    return item("J_u_zone_range", "calc", f"zone 2 is 60-70% of max heart rate (220 minus age). "
                f"for a {age} y/o, what's the bpm range? round each end", [low, high])


def j_karvonen(rng: random.Random) -> Item | None:  # heart-rate reserve method
    age, rest = rng.randint(20, 70), rng.randint(48, 85)
    pct = rng.choice([50, 60, 65, 70, 75, 80, 85])
    target = rest + F(pct, 100) * (220 - age - rest)
    return whole("J_u_karvonen", f"Karvonen method: age {age}, resting HR {rest}, intensity "
                 f"{pct}%. Target heart rate?", target, *BPM)


def j_pulse_count(rng: random.Random) -> Item | None:  # beats counted for 15 s to bpm
    beats, secs = rng.randint(14, 35), rng.choice([10, 15, 20, 30])
    return whole("J_u_pulse_count", f"counted {beats} beats in {secs} seconds on my wrist - what's "
                 "my pulse per minute?", F(beats * 60, secs), *BPM)


def j_hr_reserve(rng: random.Random) -> Item | None:  # heart-rate reserve itself
    age, rest = rng.randint(20, 75), rng.randint(45, 90)
    return whole("J_u_hr_reserve", f"My resting heart rate is {rest} and I'm {age}. What's my "
                 "heart rate reserve (max by 220-age minus resting)?", F(220 - age - rest), *BPM)


def j_met_burn(rng: random.Random) -> Item | None:  # calories from METs x kg x hours
    met = rng.choice(["3.5", "4", "5", "6", "7", "8", "9.8", "10"])
    kg, mins = rng.randint(50, 110), rng.choice([20, 30, 40, 45, 50, 60, 75, 90])
    return conv("J_u_met_burn", f"An activity is {met} METs. Roughly how many kcal does a {kg} kg "
                f"person burn in {mins} minutes (kcal = MET x kg x hours)?",
                F(met) * kg * F(mins, 60), *KCAL)


def j_ibw_devine(rng: random.Random) -> Item | None:  # Devine ideal body weight
    inch = rng.randint(61, 78)
    male = rng.random() < 0.5
    base = 50 if male else F(455, 10)
    return conv("J_u_ibw_devine", f"Ideal body weight by Devine ({'male' if male else 'female'}, "
                f"{inch} inches): {show_(base)} kg + 2.3 kg per inch over 5 feet. What is it?",
                base + F(23, 10) * (inch - 60), "kg", "kilograms", "kilos")


def j_waist_height(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, cm = rng.randint(60, 125), rng.randint(150, 198)
    return conv("J_u_waist_height", f"waist {waist} cm, height {cm} cm - whats my waist to height "
                "ratio", F(waist, cm))


def j_protein_need(rng: random.Random) -> Item | None:  # grams of protein per kg
    kg, per = rng.randint(50, 120), rng.choice(["0.8", "1.2", "1.4", "1.6", "1.8", "2.2"])
    return conv("J_u_protein_need", f"Aiming for {per} g protein per kg. I weigh {kg} kg. Daily "
                "grams?", F(per) * kg, "g", "grams")


def j_steps_km(rng: random.Random) -> Item | None:  # steps times stride to km
    steps, stride = rng.randint(4000, 25000), rng.randint(60, 85)
    return conv("J_u_steps_km", f"did {steps:,} steps today and my stride is {stride} cm. how many "
                "km did I walk?", F(steps * stride, 100000), "km", "kilometres", "kilometers")


def j_bp_map(rng: random.Random) -> Item | None:  # mean arterial pressure
    sys_, dia = rng.randint(100, 165), rng.randint(60, 100)
    return conv("J_u_bp_map", f"BP {sys_}/{dia}. What's the mean arterial pressure (diastolic + a "
                "third of the pulse pressure)?", dia + F(sys_ - dia, 3), "mmHg", "mm Hg")


def j_weight_change(rng: random.Random) -> Item | None:  # percent of body weight lost
    start = F(rng.randint(600, 1400), 10)
    lost = F(rng.randint(15, 150), 10)
    return conv("J_u_weight_change", f"Went from {show_(start)} kg to {show_(start - lost)} kg. "
                "What percentage of my body weight did I lose?", lost * 100 / start, "%",
                "percent")


def show_(value: Fraction) -> str:
    return f"{float(value):.6f}".rstrip("0").rstrip(".")


FAMILIES: list[tuple[Family, int]] = families(
    j_bmi_plain, j_bmi_gym, j_bmi_pounds, j_bmi_stone, j_bmi_teen, j_bmi_onedp,
    j_bmi_target_weight, j_bmi_lose, j_bmr_woman, j_bmr_man, j_bmr_imperial, j_tdee_active,
    j_deficit, j_water_35, j_water_oz, j_water_glasses, j_water_bottles, j_hrmax_simple,
    j_hrmax_tanaka, j_zone_percent, j_zone_range, j_karvonen, j_pulse_count, j_hr_reserve,
    j_met_burn, j_ibw_devine, j_waist_height, j_protein_need, j_steps_km, j_bp_map,
    j_weight_change)
