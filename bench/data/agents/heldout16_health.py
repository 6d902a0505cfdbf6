"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: health calculations as people ask
them — BMI, BMR and daily energy, daily water, maximum heart rate and zones."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout16_units import FOOT, INCH, LB, calc, families, num, show, units
from bench.data.agents.helpers import Family, Item

F = Fraction
BPM = ("bpm", "beats per minute", "beats/min")
KCAL_DAY = ("kcal", "calories", "kcal/day", "calories a day", "calories per day", "Calories")


def kcal(value: Fraction, bare: bool = True) -> list[str] | None:
    """Energy to the nearest kcal, or kept to two decimals."""
    whole, exact = units(value, KCAL_DAY, 0, bare), units(value, KCAL_DAY, 2)
    return None if whole is None or exact is None else whole + exact


def bpm(value: Fraction, dp: int = 0) -> list[str] | None:
    return units(value, BPM, dp, bare=True)


def mifflin(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    return 10 * kg + F(625, 100) * cm - 5 * age + (5 if male else -161)


def sex(r: random.Random) -> tuple[bool, str]:
    male = r.random() < 0.5
    return male, r.choice(["male", "man", "guy"] if male else ["female", "woman"])


# --- BMI ----------------------------------------------------------------------------------

def bmi_metric(r: random.Random) -> Item | None:  # BMI from kg and cm
    kg, cm = r.randint(48, 130), r.randint(152, 198)
    return calc(f"what's my bmi? {kg} kg, {cm} cm", num(F(kg) / F(cm, 100) ** 2, 1))


def bmi_imperial(r: random.Random) -> Item | None:  # BMI from pounds and feet/inches
    lb, ft, inch = r.randint(105, 290), r.choice([5, 6]), r.randint(0, 11)
    h = ft * FOOT + inch * INCH
    return calc(f"I'm {ft} foot {inch} and {lb} pounds. Could you work out my BMI to one "
                "decimal place?", num(lb * LB / h**2, 1))


def bmi_stone(r: random.Random) -> Item | None:  # BMI from stone/pounds and metres
    st, lb, m = r.randint(8, 19), r.randint(0, 13), F(r.randint(150, 195), 100)
    return calc(f"Height {show(m)} m, weight {st} stone {lb} lb. BMI?",
                num((st * 14 + lb) * LB / m**2, 1))


def bmi_target(r: random.Random) -> Item | None:  # weight for a target BMI at a height
    cm, target = r.randint(150, 195), r.choice([20, 21, 22, 23, 24, 25])
    return calc(f"I'm {cm} cm tall. What would I need to weigh to have a BMI of exactly "
                f"{target}? answer in kg", units(target * F(cm, 100) ** 2, ("kg", "kilograms",
                                                                             "kilos"), 1))


def bmi_change(r: random.Random) -> Item | None:  # BMI before and after weight loss (two parts)
    cm, kg, lost = r.randint(155, 190), r.randint(80, 125), r.randint(4, 18)
    h2 = F(cm, 100) ** 2
    return calc(f"started at {kg}kg, lost {lost}kg so far, height {cm}cm. what was my BMI "
                "before and what is it now? 1 decimal", num(kg / h2, 1), num((kg - lost) / h2, 1))


def bmi_child_parent(r: random.Random) -> Item | None:  # BMI for someone else, chatty
    kg, cm = F(r.randint(550, 1150), 10), r.randint(158, 192)
    return calc(f"my dad is {cm}cm and weighs {show(kg)}kg, he refuses to check himself, can "
                "you tell me his BMI (one decimal)?", num(kg / F(cm, 100) ** 2, 1))


# --- BMR and daily energy -----------------------------------------------------------------

def bmr_mifflin(r: random.Random) -> Item | None:  # Mifflin-St Jeor BMR
    male, word = sex(r)
    kg, cm, age = r.randint(50, 120), r.randint(152, 196), r.randint(19, 75)
    return calc(f"BMR using Mifflin-St Jeor: {word}, {age} years old, {kg} kg, {cm} cm",
                kcal(mifflin(F(kg), F(cm), age, male)))


def bmr_any(r: random.Random) -> Item | None:  # BMR, formula not named (Mifflin or Harris-Benedict)
    male, word = sex(r)
    kg, cm, age = r.randint(50, 110), r.randint(155, 195), r.randint(20, 70)
    w, h = F(kg), F(cm)
    mif = mifflin(w, h, age, male)
    if male:
        hb = F("88.362") + F("13.397") * w + F("4.799") * h - F("5.677") * age
        old = F("66.5") + F("13.75") * w + F("5.003") * h - F("6.755") * age
    else:
        hb = F("447.593") + F("9.247") * w + F("3.098") * h - F("4.330") * age
        old = F("655.1") + F("9.563") * w + F("1.850") * h - F("4.676") * age
    forms = [kcal(v) for v in (mif, hb, old)]
    if any(f is None for f in forms):
        return None
    return calc(f"how many calories does my body burn at rest? {age}, {word}, {kg}kg, {cm}cm",
                [a for f in forms if f is not None for a in f])


def tdee_active(r: random.Random) -> Item | None:  # Mifflin BMR times an activity factor
    male, word = sex(r)
    kg, cm, age = r.randint(52, 110), r.randint(155, 195), r.randint(20, 65)
    level, factor = r.choice([("sedentary (x1.2)", F(12, 10)), ("lightly active (x1.375)",
                                                               F(1375, 1000)),
                              ("moderately active (x1.55)", F(155, 100)),
                              ("very active (x1.725)", F(1725, 1000))])
    return calc(f"Maintenance calories please — Mifflin-St Jeor BMR times activity factor. "
                f"{word}, {age}, {kg} kg, {cm} cm, {level}.",
                kcal(mifflin(F(kg), F(cm), age, male) * factor))


def bmr_imperial(r: random.Random) -> Item | None:  # Mifflin from pounds and inches
    male, word = sex(r)
    lb, inch, age = r.randint(110, 260), r.randint(60, 76), r.randint(18, 70)
    return calc(f"can you do the mifflin st jeor thing for me, {word} {age}yo, {lb} lbs, "
                f"{inch} inches tall", kcal(mifflin(lb * LB, inch * INCH * 100, age, male)))


def deficit_target(r: random.Random) -> Item | None:  # TDEE minus a daily deficit
    tdee, cut = r.randint(1700, 3200), r.choice([250, 300, 400, 500, 600, 750])
    return calc(f"My TDEE is {tdee} kcal. If I eat {cut} below that each day, what's my daily "
                "target?", kcal(F(tdee - cut)))


def weeks_to_lose(r: random.Random) -> Item | None:  # weeks to lose kg at a daily deficit
    kg, cut = r.randint(2, 15), r.choice([300, 400, 500, 600, 700, 800])
    return calc(f"If 1 kg of fat is about 7700 kcal, how many weeks to lose {kg} kg at a "
                f"{cut} kcal daily deficit?", units(F(kg * 7700, cut * 7), ("weeks",), 1,
                                                    bare=True))


def met_burn(r: random.Random) -> Item | None:  # calories from METs, weight and minutes
    met, kg, mins = r.choice([3, 4, F(35, 10), 5, 6, 7, 8, F(95, 10), 10]), r.randint(50, 110), \
        r.choice([20, 25, 30, 40, 45, 50, 60, 75, 90])
    return calc(f"Activity is {show(F(met))} METs. I weigh {kg} kg and did it for {mins} "
                "minutes. Calories burned (MET × kg × hours)?",
                kcal(F(met) * kg * F(mins, 60)))


def protein_day(r: random.Random) -> Item | None:  # protein grams from g/kg
    kg, per = r.randint(50, 115), r.choice([F(8, 10), F(12, 10), F(16, 10), F(2), F(18, 10)])
    return calc(f"coach says {show(per)} g protein per kg body weight. I'm {kg} kg — how many "
                "grams a day?", units(per * kg, ("g", "grams", "g/day", "grams a day"), 1,
                                      bare=True))


def macros_cal(r: random.Random) -> Item | None:  # calories from grams of macros
    p, c, f = r.randint(10, 60), r.randint(10, 90), r.randint(3, 40)
    return calc(f"meal has {p}g protein, {c}g carbs, {f}g fat. total calories using 4/4/9?",
                kcal(F(4 * p + 4 * c + 9 * f)))


# --- water --------------------------------------------------------------------------------

def water_ml_kg(r: random.Random) -> Item | None:  # daily water at ml per kg, in litres
    kg, per = r.randint(45, 120), r.choice([30, 33, 35, 40])
    return calc(f"If I should drink {per} ml per kg of body weight, how many litres a day is "
                f"that for me at {kg} kg?", units(F(kg * per, 1000), ("L", "litres", "liters",
                                                                       "l"), 2))


def water_oz(r: random.Random) -> Item | None:  # half body weight in pounds, in ounces
    lb = r.randint(110, 280)
    return calc(f"rule of thumb I read: drink half your body weight (lbs) in ounces. I'm {lb} "
                "lbs, how many oz and how many 16.9 oz bottles is that?",
                units(F(lb, 2), ("oz", "ounces", "fl oz"), 1), num(F(lb, 2) / F("16.9"), 1))


def water_glasses(r: random.Random) -> Item | None:  # daily water target in 250 ml glasses
    kg = r.randint(48, 110)
    total = F(kg * 35)
    return calc(f"35 ml per kilo per day, {kg} kilos. how many 250 ml glasses is that?",
                units(total / 250, ("glasses",), 1, bare=True))


def water_left(r: random.Random) -> Item | None:  # water still to drink today
    goal, drunk = F(r.randint(18, 35), 10), r.randint(3, 9) * r.choice([250, 330, 500])
    if drunk >= goal * 1000:
        return None
    return calc(f"goal is {show(goal)} L today and I've had {drunk} ml so far. how much more "
                "in ml?", units(goal * 1000 - drunk, ("ml", "mL", "millilitres",
                                                      "milliliters"), 0))


# --- heart rate ---------------------------------------------------------------------------

def hr_max(r: random.Random) -> Item | None:  # 220 minus age
    age = r.randint(16, 80)
    return calc(f"what's the max heart rate for a {age} year old (220 - age)?",
                bpm(F(220 - age)))


def hr_tanaka(r: random.Random) -> Item | None:  # Tanaka 208 - 0.7 x age
    age = r.randint(18, 79)
    return calc(f"Using the Tanaka formula, estimate my maximum heart rate. I'm {age}.",
                bpm(208 - F(7, 10) * age, 1))


def hr_zone_pct(r: random.Random) -> Item | None:  # a zone range as % of 220-age (two parts)
    age = r.randint(20, 70)
    lo, hi = r.choice([(50, 60), (60, 70), (70, 80), (80, 90), (65, 75)])
    mx = 220 - age
    return calc(f"I'm {age}. what heart rate range is {lo}-{hi}% of max (220 minus age)? "
                "round to whole bpm", bpm(F(mx * lo, 100)), bpm(F(mx * hi, 100)))


def hr_karvonen(r: random.Random) -> Item | None:  # Karvonen target at one intensity
    age, rest, pct = r.randint(22, 68), r.randint(48, 80), r.choice([50, 60, 65, 70, 75, 80, 85])
    mx = 220 - age
    return calc(f"Karvonen method: age {age}, resting HR {rest}, target intensity {pct}%. "
                "What's my target heart rate?", bpm(rest + F(pct, 100) * (mx - rest)))


def hr_reserve(r: random.Random) -> Item | None:  # heart-rate reserve
    age, rest = r.randint(20, 70), r.randint(45, 85)
    return calc(f"heart rate reserve for me? {age} yrs, resting pulse {rest} (max = 220 - age)",
                bpm(F(220 - age - rest)))


def hr_count(r: random.Random) -> Item | None:  # beats counted over a short time
    secs, beats = r.choice([10, 15, 20, 30]), r.randint(9, 50)
    if not 40 <= beats * 60 / secs <= 190:
        return None
    return calc(f"counted {beats} beats in {secs} seconds on my wrist. what's my pulse per "
                "minute?", bpm(F(beats * 60, secs)))


def hr_zone2_run(r: random.Random) -> Item | None:  # zone 2 upper limit from a known max
    mx, pct = r.randint(165, 205), r.choice([65, 70, 72, 75])
    return calc(f"My tested max HR is {mx}. Zone 2 tops out at {pct}% of max — what number "
                "should I keep under?", bpm(F(mx * pct, 100)))


def hr_gulati(r: random.Random) -> Item | None:  # Gulati formula for women
    age = r.randint(25, 75)
    return calc(f"Gulati formula for women (206 - 0.88 × age): what's the max heart rate at "
                f"{age}?", bpm(206 - F(88, 100) * age, 1))


def hr_percent_of(r: random.Random) -> Item | None:  # a heart rate as a percent of max
    age, hr = r.randint(20, 65), r.randint(110, 175)
    mx = 220 - age
    if hr >= mx:
        return None
    return calc(f"was at {hr} bpm on the bike, I'm {age}. what percent of my max (220-age) is "
                "that?", units(F(hr * 100, mx), ("%", "percent"), 1))


FAMILIES: list[tuple[Family, int]] = families(
    bmi_metric, bmi_imperial, bmi_stone, bmi_target, bmi_change, bmi_child_parent, bmr_mifflin,
    bmr_any, tdee_active, bmr_imperial, deficit_target, weeks_to_lose, met_burn, protein_day,
    macros_cal, water_ml_kg, water_oz, water_glasses, water_left, hr_max, hr_tanaka,
    hr_zone_pct, hr_karvonen, hr_reserve, hr_count, hr_zone2_run, hr_gulati, hr_percent_of)
