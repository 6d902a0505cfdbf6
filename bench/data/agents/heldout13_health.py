"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: BMI, BMR and energy needs,
daily water and maximum heart rate and training zones, asked the way people ask them."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    INCH,
    LB,
    F,
    conv,
    families,
    multi,
    nums,
    show,
    with_units,
)
from bench.data.agents.helpers import Family, Item

KCAL = ("kcal", "kcal/day", "kcal per day", "calories", "Calories", "cal/day", "calories a day",
        "calories per day")
BPM = ("bpm", "beats per minute", "beats/min")
L = ("L", "l", "litres", "liters", "litres a day", "liters a day", "L/day")


def bmi(value: F) -> list[str] | None:
    """A BMI to two decimals or, as it is usually quoted, to one."""
    two, one = nums(value, 2), nums(value, 1)
    return None if two is None or one is None else list(dict.fromkeys(two + one))


def beats(value: F, dp: int = 0) -> list[str] | None:
    """A heart rate: the number alone (as in a range) or with its unit."""
    bare, unit = nums(value, dp), with_units(value, BPM, dp)
    return None if bare is None or unit is None else bare + unit


def k_bmi_metric(rng: random.Random) -> Item | None:  # BMI from kg and cm
    kg, cm = rng.randint(48, 125), rng.randint(150, 198)
    return multi("K_u_bmi_metric", f"what's my BMI? {kg} kg, {cm} cm",
                 bmi(F(kg) / F(cm, 100) ** 2))


def k_bmi_chatty(rng: random.Random) -> Item | None:  # BMI from a chatty message in metres
    m, kg = F(rng.randint(155, 195), 100), F(rng.randint(500, 1200), 10)
    return multi("K_u_bmi_chatty", f"Doctor mentioned BMI today and I forgot to ask the "
                 f"number. I'm {show(m)} m tall and weighed in at {show(kg)} kg. Can you work "
                 "it out?", bmi(kg / m**2))


def k_bmi_imperial(rng: random.Random) -> Item | None:  # BMI from pounds and feet/inches
    lb, ft, inch = rng.randint(105, 280), rng.randint(5, 6), rng.randint(0, 11)
    height = (ft * 12 + inch) * INCH
    return multi("K_u_bmi_imperial", f"bmi for {lb} lbs, {ft} ft {inch} in?",
                 bmi(lb * LB / height**2))


def k_bmi_stone(rng: random.Random) -> Item | None:  # BMI from stones and metres
    st, lb, cm = rng.randint(8, 18), rng.randint(0, 13), rng.randint(152, 195)
    return multi("K_u_bmi_stone", f"I weigh {st} stone {lb} and I'm {cm}cm. BMI please",
                 bmi((st * 14 + lb) * LB / F(cm, 100) ** 2))


def k_bmi_child(rng: random.Random) -> Item | None:  # a child's BMI (the number only)
    kg, cm = F(rng.randint(180, 550), 10), rng.randint(105, 160)
    return multi("K_u_bmi_child", f"school nurse letter asks us to work out our daughter's "
                 f"BMI: {show(kg)} kg and {cm} cm tall. what number do we write?",
                 bmi(kg / F(cm, 100) ** 2))


def k_bmi_target(rng: random.Random) -> Item | None:  # the weight for a target BMI
    cm, target = rng.randint(150, 200), rng.choice([20, 21, 22, 23, 24, 25])
    return conv("K_u_bmi_target", f"How much would I need to weigh for a BMI of {target} at "
                f"{cm} cm?", target * F(cm, 100) ** 2, "kg", "kilograms", "kilos")


def k_bmi_loss(rng: random.Random) -> Item | None:  # kilograms to lose to reach BMI 25
    cm = rng.randint(155, 195)
    kg = rng.randint(int(26 * (cm / 100) ** 2) + 1, int(38 * (cm / 100) ** 2))
    return conv("K_u_bmi_loss", f"i'm {kg}kg and {cm}cm. how many kg do i have to lose to get "
                "down to a BMI of exactly 25?", kg - 25 * F(cm, 100) ** 2, "kg", "kilograms",
                "kilos")


def k_bmr_msj_man(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR, male
    kg, cm, age = rng.randint(55, 120), rng.randint(160, 200), rng.randint(18, 75)
    return conv("K_u_bmr_msj_man", f"Calculate BMR with Mifflin-St Jeor: male, {age} years, "
                f"{kg} kg, {cm} cm.", F(10 * kg) + F(625, 100) * cm - 5 * age + 5, *KCAL)


def k_bmr_msj_woman(rng: random.Random) -> Item | None:  # Mifflin-St Jeor BMR, female
    kg, cm, age = rng.randint(45, 110), rng.randint(150, 185), rng.randint(18, 75)
    return conv("K_u_bmr_msj_woman", f"i'm a {age} yo woman, {cm}cm, {kg}kg - what's my bmr "
                "(mifflin st jeor)?", F(10 * kg) + F(625, 100) * cm - 5 * age - 161, *KCAL)


def k_bmr_hb_man(rng: random.Random) -> Item | None:  # revised Harris-Benedict BMR, male
    kg, cm, age = rng.randint(55, 120), rng.randint(160, 200), rng.randint(18, 75)
    value = F("88.362") + F("13.397") * kg + F("4.799") * cm - F("5.677") * age
    return conv("K_u_bmr_hb_man", f"Using the revised Harris-Benedict equation, what's the "
                f"BMR of a {age}-year-old man who is {cm} cm and {kg} kg?", value, *KCAL)


def k_bmr_hb_woman(rng: random.Random) -> Item | None:  # revised Harris-Benedict BMR, female
    kg, cm, age = rng.randint(45, 110), rng.randint(150, 185), rng.randint(18, 75)
    value = F("447.593") + F("9.247") * kg + F("3.098") * cm - F("4.330") * age
    return conv("K_u_bmr_hb_woman", f"harris benedict (revised) bmr for my mum: {age}, "
                f"{kg} kg, {cm} cm", value, *KCAL)


def k_tdee_active(rng: random.Random) -> Item | None:  # Mifflin BMR times activity factor
    kg, cm, age = rng.randint(55, 110), rng.randint(160, 195), rng.randint(20, 60)
    factor, label = rng.choice([(F("1.2"), "sedentary, 1.2"), (F("1.375"), "lightly active, "
                                "1.375"), (F("1.55"), "moderately active, 1.55"),
                                (F("1.725"), "very active, 1.725")])
    bmr = F(10 * kg) + F(625, 100) * cm - 5 * age + 5
    return conv("K_u_tdee_active", f"How many calories a day do I burn? Male, {age}, {kg} kg, "
                f"{cm} cm, {label}. Use Mifflin-St Jeor for the BMR.", bmr * factor, *KCAL)


def k_katch(rng: random.Random) -> Item | None:  # Katch-McArdle BMR from body fat
    kg, fat = rng.randint(55, 110), rng.randint(10, 35)
    return conv("K_u_katch", f"bmr with katch-mcardle? {kg} kg at {fat}% body fat",
                370 + F("21.6") * kg * (100 - fat) / 100, *KCAL)


def k_deficit_target(rng: random.Random) -> Item | None:  # intake for a daily deficit
    tdee, pct = rng.randint(1800, 3200), rng.choice([10, 12, 15, 18, 20, 25])
    return conv("K_u_deficit_target", f"my maintenance is {tdee} kcal. If I eat {pct}% less, "
                "what's my daily target?",
                tdee * F(100 - pct, 100), *KCAL)


def k_water_35(rng: random.Random) -> Item | None:  # daily water at 35 ml per kg
    kg = rng.randint(45, 120)
    return conv("K_u_water_35", f"how much water should I drink a day at 35 ml per kg? I weigh "
                f"{kg} kg. answer in litres", F(kg * 35, 1000), *L)


def k_water_30(rng: random.Random) -> Item | None:  # daily water at 30 ml/kg plus exercise
    kg, mins = rng.randint(45, 120), rng.choice([30, 45, 60, 90])
    return conv("K_u_water_30", f"Daily water target: 30 ml per kg body weight plus 500 ml per "
                f"30 minutes of exercise. I'm {kg} kg and trained {mins} minutes today. "
                "Total in litres?", F(kg * 30 + 500 * mins // 30, 1000), *L)


def k_water_oz(rng: random.Random) -> Item | None:  # half your weight in ounces
    lb = rng.randint(110, 290)
    return conv("K_u_water_oz", f"They say drink half your body weight (lb) in ounces of "
                f"water. I'm {lb} lbs - how many litres is that? (US fl oz)",
                F(lb, 2) * F("29.5735295625") / 1000, *L)


def k_water_glasses(rng: random.Random) -> Item | None:  # glasses needed for a water goal
    kg, glass = rng.randint(50, 110), rng.choice([200, 250, 300, 330])
    return conv("K_u_water_glasses", f"if I should drink 33 ml of water per kilo and I weigh "
                f"{kg}, how many {glass} ml glasses a day is that?", F(kg * 33, glass),
                "glasses")


def k_hrmax_220(rng: random.Random) -> Item | None:  # max heart rate 220 - age
    age = rng.randint(15, 80)
    return multi("K_u_hrmax_220", f"whats my max heart rate, im {age}",
                 beats(F(220 - age)))


def k_hrmax_tanaka(rng: random.Random) -> Item | None:  # Tanaka maximum heart rate
    age = rng.randint(18, 80)
    return multi("K_u_hrmax_tanaka", f"Estimate maximum heart rate for a {age}-year-old with "
                 "the Tanaka formula (208 - 0.7 x age).",
                 beats(208 - F(7, 10) * age, 1))


def k_zone_pct(rng: random.Random) -> Item | None:  # one percentage of 220 - age
    age, pct = rng.randint(20, 70), rng.choice([50, 60, 65, 70, 75, 80, 85, 90])
    return multi("K_u_zone_pct", f"coach wants me at {pct}% of max HR. I'm {age}. what bpm is "
                 "that (max = 220 - age)? nearest beat", beats((220 - age) * F(pct, 100)))


def k_zone_range(rng: random.Random) -> Item | None:  # a zone's lower and upper bounds
    age = rng.randint(20, 70)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90), (90, 100)])
    hmax = F(220 - age)
    return multi("K_u_zone_range", f"For a {age} year old, what heart rate range is {low}-{high}% "
                 "of max (220 minus age)? Round to whole beats.",
                 beats(hmax * low / 100), beats(hmax * high / 100))


def k_karvonen(rng: random.Random) -> Item | None:  # Karvonen target at one intensity
    age, rest, pct = rng.randint(20, 65), rng.randint(48, 80), rng.choice([50, 60, 65, 70, 75,
                                                                            80, 85])
    target = rest + (220 - age - rest) * F(pct, 100)
    return multi("K_u_karvonen", f"Karvonen method: age {age}, resting HR {rest}. Target heart "
                 f"rate at {pct}% intensity? (whole bpm)", beats(target))


def k_karvonen_range(rng: random.Random) -> Item | None:  # Karvonen range for a zone
    age, rest = rng.randint(20, 65), rng.randint(48, 80)
    low, high = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    reserve = 220 - age - rest
    return multi("K_u_karvonen_range", f"my resting pulse is {rest} and I'm {age}. using heart "
                 f"rate reserve, what's my {low} to {high} percent zone? nearest bpm",
                 beats(rest + reserve * F(low, 100)), beats(rest + reserve * F(high, 100)))


def k_hr_reserve(rng: random.Random) -> Item | None:  # heart-rate reserve
    age, rest = rng.randint(18, 75), rng.randint(45, 85)
    return multi("K_u_hr_reserve", f"What is my heart rate reserve? Age {age}, resting heart "
                 f"rate {rest} bpm, max taken as 220 - age.", beats(F(220 - age - rest)))


def k_pulse_count(rng: random.Random) -> Item | None:  # pulse from beats counted in seconds
    secs = rng.choice([10, 15, 20, 30])
    count = rng.randint(9, 40) if secs <= 15 else rng.randint(20, 60)
    return multi("K_u_pulse_count", f"counted {count} beats in {secs} seconds on my wrist, "
                 "what's my heart rate per minute?", beats(F(count * 60, secs)))


def k_hr_pct_of_max(rng: random.Random) -> Item | None:  # current HR as a % of max
    age = rng.randint(20, 70)
    hr = rng.randint(100, 219 - age)
    return conv("K_u_hr_pct_of_max", f"Watch says {hr} bpm during my run. I'm {age}. What "
                "percentage of my max (220-age) is that?", F(hr * 100, 220 - age), "%", "percent")


def k_met_calories(rng: random.Random) -> Item | None:  # calories burned from METs
    met = F(rng.choice(["3.5", "4", "5", "6", "7", "8", "9.5", "10"]))
    kg, mins = rng.randint(50, 110), rng.choice([20, 30, 40, 45, 50, 60, 75, 90])
    return conv("K_u_met_calories", f"an activity rated {show(met)} METs for {mins} minutes, "
                f"body weight {kg} kg - how many kcal burned? (kcal = MET x kg x hours)",
                met * kg * F(mins, 60), "kcal", "calories", "Calories")


def k_ibw_devine(rng: random.Random) -> Item | None:  # Devine ideal body weight
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    male = rng.random() < 0.5
    over = ft * 12 + inch - 60
    base, who = (F(50), "man") if male else (F("45.5"), "woman")
    return conv("K_u_ibw_devine", f"Ideal body weight (Devine formula) for a {who} who is "
                f"{ft}'{inch}\"?", base + F("2.3") * over, "kg", "kilograms")


def k_waist_height(rng: random.Random) -> Item | None:  # waist-to-height ratio
    waist, cm = rng.randint(62, 125), rng.randint(150, 198)
    return multi("K_u_waist_height", f"waist {waist} cm, height {cm} cm. what's my "
                 "waist-to-height ratio?", nums(F(waist, cm)))


def k_waist_hip(rng: random.Random) -> Item | None:  # waist-to-hip ratio
    waist, hip = rng.randint(26, 48), rng.randint(34, 52)
    return multi("K_u_waist_hip", f"Measured my waist at {waist} inches and hips at {hip} "
                 "inches. Waist-hip ratio?", nums(F(waist, hip)))


def k_bsa(rng: random.Random) -> Item | None:  # Mosteller body surface area
    cm, kg = rng.randint(150, 195), rng.randint(45, 120)
    value = (cm * kg / 3600) ** 0.5
    return conv("K_u_bsa", f"Body surface area by Mosteller for {cm} cm and {kg} kg?", value,
                "m²", "m2", "square metres", "square meters")


def k_protein(rng: random.Random) -> Item | None:  # daily protein grams per kg
    kg, per = rng.randint(50, 120), rng.choice([F("0.8"), F("1.2"), F("1.6"), F("2"),
                                                F("1.4"), F("1.8")])
    return conv("K_u_protein", f"lifting 4x a week, aiming for {show(per)} g protein per kg. "
                f"i'm {kg} kg. grams per day?", per * kg, "g", "grams", "g/day")


def k_macro_kcal(rng: random.Random) -> Item | None:  # calories from macros
    p, c, f = rng.randint(5, 60), rng.randint(10, 120), rng.randint(2, 50)
    return conv("K_u_macro_kcal", f"Meal has {p} g protein, {c} g carbs and {f} g fat. How "
                "many calories (4/4/9 per gram)?", F(4 * p + 4 * c + 9 * f), "kcal",
                "calories", "Calories", dp=0)


def k_fat_pct_kcal(rng: random.Random) -> Item | None:  # percentage of calories from fat
    f, total = rng.randint(3, 40), rng.randint(150, 900)
    return conv("K_u_fat_pct_kcal", f"this snack bar: {total} kcal total, {f} g of fat. what % "
                "of the calories come from fat? (9 kcal/g)", F(9 * f * 100, total), "%", "percent")


def k_weight_loss_weeks(rng: random.Random) -> Item | None:  # weeks to lose weight at a deficit
    kg, deficit = rng.randint(2, 20), rng.choice([300, 400, 500, 600, 700, 750, 800, 1000])
    return conv("K_u_weight_loss_weeks", f"if 1 kg of fat is 7700 kcal and I keep a {deficit} "
                f"kcal daily deficit, how many weeks to lose {kg} kg?",
                F(kg * 7700, deficit * 7), "weeks")


def k_bmi_change(rng: random.Random) -> Item | None:  # new BMI after a weight change
    cm, kg, lost = rng.randint(155, 195), rng.randint(70, 125), rng.randint(3, 15)
    return multi("K_u_bmi_change", f"Started at {kg} kg, lost {lost} kg since. I'm {cm} cm. "
                 "What's my BMI now?", bmi(F(kg - lost) / F(cm, 100) ** 2))


def k_weight_pct(rng: random.Random) -> Item | None:  # percentage of body weight lost
    start = rng.randint(70, 140)
    now = start - rng.randint(2, 20)
    return conv("K_u_weight_pct", f"went from {start}kg to {now}kg, what percent of my body "
                "weight have I lost?", F((start - now) * 100, start), "%", "percent")


FAMILIES: list[tuple[Family, int]] = families(
    k_bmi_metric, k_bmi_chatty, k_bmi_imperial, k_bmi_stone, k_bmi_child, k_bmi_target,
    k_bmi_loss, k_bmr_msj_man, k_bmr_msj_woman, k_bmr_hb_man, k_bmr_hb_woman, k_tdee_active,
    k_katch, k_deficit_target, k_water_35, k_water_30, k_water_oz, k_water_glasses,
    k_hrmax_220, k_hrmax_tanaka, k_zone_pct, k_zone_range, k_karvonen, k_karvonen_range,
    k_hr_reserve, k_pulse_count, k_hr_pct_of_max, k_met_calories, k_ibw_devine,
    k_waist_height, k_waist_hip, k_bsa, k_protein, k_macro_kcal, k_fat_pct_kcal,
    k_weight_loss_weeks, k_bmi_change, k_weight_pct)
