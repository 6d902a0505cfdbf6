"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, health part 1: BMI, BMR and energy
needs, daily water, heart rate and calories burned."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout21_units import calc
from bench.data.agents.helpers import Family

KG = (45, 130, 1)
CM = (150, 200, 0)
AGE = (18, 75, 0)


def mifflin(w: F, h: F, a: F, male: bool) -> F:
    return 10 * w + F(25, 4) * h - 5 * a + (5 if male else -161)


bmi_metric = calc("bmi_metric", {"w": KG, "h": CM}, lambda w, h: w / (h / 100) ** 2, 1, [
    "what's my BMI? I'm {h} cm and {w} kg. 1 decimal",
    "BMI for someone {w} kg, {h} cm tall? round to one decimal",
    "Hi! Can you work out my body mass index - weight {w}kg, height {h}cm (1 dp)"])
bmi_imperial = calc("bmi_imperial", {"lb": (100, 300, 0), "ft": (4, 6, 0), "inch": (0, 11, 0)},
                    lambda lb, ft, inch: 703 * lb / (ft * 12 + inch) ** 2, 1, [
    "BMI using the 703 formula: {lb} lbs, {ft} ft {inch} in. 1 decimal please",
    "I'm {ft}'{inch}\" and weigh {lb} pounds. what's my BMI (BMI = 703 x lb / in^2)? 1 dp"])
bmi_target_weight = calc("bmi_target_weight", {"h": CM, "b": ["22", "24.9", "25", "21.5", "23",
                                                              "18.5"]},
                         lambda h, b: b * (h / 100) ** 2, 1, [
    "I'm {h} cm tall. What weight in kg would give me a BMI of exactly {b}? 1 decimal",
    "what weight gives a BMI of exactly {b} at height {h} cm? kg, rounded to 1 dp"])
bmi_weight_to_lose = calc("bmi_weight_to_lose", {"h": CM, "w": (85, 140, 1)},
                          lambda h, w: None if w <= 25 * (h / 100) ** 2 else
                          w - 25 * (h / 100) ** 2, 1, [
    "I'm {h} cm and {w} kg. How many kg do I need to lose to get down to a BMI of 25? 1 decimal",
    "{w} kg, {h} cm tall - kilos to lose to reach BMI 25 (1 dp)?"])
mifflin_male = calc("mifflin_male", {"w": KG, "h": CM, "a": AGE},
                    lambda w, h, a: mifflin(w, h, a, True), 2, [
    "BMR with Mifflin-St Jeor for a {a} year old man, {w} kg, {h} cm?",
    "calculate my basal metabolic rate (Mifflin St Jeor): male, age {a}, {h} cm, {w} kg"])
mifflin_female = calc("mifflin_female", {"w": KG, "h": CM, "a": AGE},
                      lambda w, h, a: mifflin(w, h, a, False), 2, [
    "What's the Mifflin-St Jeor BMR of a woman aged {a}, {w} kg and {h} cm?",
    "female, {a}y, {h}cm, {w}kg - BMR by Mifflin-St Jeor in kcal/day?"])
tdee = calc("tdee", {"w": KG, "h": CM, "a": AGE, "f": ["1.2", "1.375", "1.55", "1.725"]},
            lambda w, h, a, f: mifflin(w, h, a, True) * f, 0, [
    "I'm a {a} year old guy, {h} cm, {w} kg. Mifflin-St Jeor BMR times an activity factor of "
    "{f} - what's my daily calorie need? nearest kcal",
    "TDEE = Mifflin-St Jeor BMR (male, {w} kg, {h} cm, age {a}) x {f}. round to whole kcal"])
harris_male = calc("harris_male", {"w": KG, "h": CM, "a": AGE},
                   lambda w, h, a: F("88.362") + F("13.397") * w + F("4.799") * h
                   - F("5.677") * a, 1, [
    "BMR by the revised Harris-Benedict equation (88.362 + 13.397W + 4.799H - 5.677A) for a "
    "man of {w} kg, {h} cm, {a} years? 1 decimal",
    "male {a} yrs {w}kg {h}cm: BMR = 88.362 + 13.397*kg + 4.799*cm - 5.677*age. 1 dp"])
harris_female = calc("harris_female", {"w": KG, "h": CM, "a": AGE},
                     lambda w, h, a: F("447.593") + F("9.247") * w + F("3.098") * h
                     - F("4.330") * a, 1, [
    "Harris-Benedict (revised, women: 447.593 + 9.247W + 3.098H - 4.330A) for {w} kg, {h} cm, "
    "age {a}? 1 decimal", "my BMR? female, {a}, {h} cm, {w} kg - use 447.593 + 9.247 x kg + "
    "3.098 x cm - 4.330 x age, 1 dp"])
katch = calc("katch", {"w": KG, "bf": (10, 40, 0)},
             lambda w, bf: 370 + F("21.6") * w * (1 - bf / 100), 1, [
    "Katch-McArdle BMR (370 + 21.6 x lean mass in kg): I weigh {w} kg at {bf}% body fat. "
    "1 decimal", "what's my BMR by Katch McArdle? {w} kg, body fat {bf}%. round to 1 dp"])
deficit_weeks = calc("deficit_weeks", {"k": (2, 20, 0), "d": [300, 400, 500, 600, 750]},
                     lambda k, d: k * 7700 / d / 7, 1, [
    "If 1 kg of fat is 7700 kcal, how many weeks to lose {k} kg at a {d} kcal daily deficit? "
    "1 decimal", "deficit of {d} kcal a day, goal -{k} kg, 7700 kcal per kg. weeks needed (1dp)?"])
water_ml_per_kg = calc("water_ml_per_kg", {"w": KG, "r": [30, 33, 35, 40]},
                       lambda w, r: w * r / 1000, 2, [
    "How much water should I drink a day at {r} ml per kg? I weigh {w} kg. answer in "
    "litres, 2 decimals",
    "daily water target = {r} mL x body weight. {w} kg -> how many litres (2 dp)?"])
water_oz = calc("water_oz", {"lb": (110, 280, 0)}, lambda lb: lb / 2 / F("33.814"), 2, [
    "The rule says drink half your body weight (lb) in ounces of water. I'm {lb} lb - how many "
    "litres is that? (1 L = 33.814 fl oz) 2 decimals",
    "{lb} pounds, half that many fl oz of water daily. in litres, using 33.814 oz per L? 2 dp"])
water_exercise = calc("water_exercise", {"w": KG, "m": (20, 120, 0)},
                      lambda w, m: w * 35 + m / 30 * 350, 0, [
    "Water need = 35 ml per kg plus 350 ml per 30 min of exercise, pro rata. I'm {w} kg and trained"
    " {m} minutes today. How many ml? nearest ml",
    "{w}kg, {m} min workout: 35 mL/kg + 350 mL per 30 minutes exercised (pro rata) = ? mL, "
    "round to whole mL"])
glasses_left = calc("glasses_left", {"t": ["2", "2.5", "3", "3.5"], "g": [200, 250, 300, 330],
                                     "n": (1, 7, 0)},
                    lambda t, g, n: None if t * 1000 <= n * g else t * 1000 - n * g, 0, [
    "My goal is {t} L of water today. I've had {n} glasses of {g} ml. How many ml to go?",
    "drank {n} x {g}ml so far, target {t} litres - ml left?"])
max_hr_220 = calc("max_hr_220", {"a": (16, 80, 0)}, lambda a: 220 - a, 0, [
    "what's my max heart rate with 220 minus age? I'm {a}",
    "Max HR (220 - age) for a {a}-year-old?"])
max_hr_tanaka = calc("max_hr_tanaka", {"a": (16, 80, 0)}, lambda a: 208 - F("0.7") * a, 1, [
    "Max heart rate by Tanaka (208 - 0.7 x age) at {a} years old?",
    "I'm {a}. what's my HRmax using the Tanaka formula 208 - 0.7*age? 1 dp"])
max_hr_gellish = calc("max_hr_gellish", {"a": (16, 80, 0)},
                      lambda a: F("207") - F("0.7") * a, 1, [
    "Gellish formula for max HR is 207 - 0.7 x age. What is it for age {a}?",
    "HRmax = 207 - 0.7*age, age {a}. result to 1 decimal?"])
karvonen = calc("karvonen", {"a": (20, 70, 0), "r": (48, 80, 0), "p": [50, 60, 65, 70, 75, 80,
                                                                       85, 90]},
                lambda a, r, p: (220 - a - r) * p / 100 + r, 0, [
    "Karvonen target heart rate at {p}% intensity: age {a}, resting HR {r}. Use max HR = 220 - "
    "age, nearest bpm", "I'm {a} with a resting pulse of {r}. What's {p}% of my heart rate "
    "reserve plus resting (220-age max)? whole bpm"])
zone_pct_max = calc("zone_pct_max", {"a": (18, 70, 0), "p": [55, 60, 65, 70, 75, 80, 85, 90]},
                    lambda a, p: (220 - a) * p / 100, 1, [
    "What's {p}% of my max heart rate if I'm {a}? (max = 220 - age) 1 decimal",
    "zone training: {p} percent of HRmax (220 minus age), age {a}. bpm to 1 dp"])
pulse_count = calc("pulse_count", {"b": (12, 40, 0), "s": [10, 15, 20, 30]},
                   lambda b, s: b * 60 / s, 0, [
    "I counted {b} beats in {s} seconds. What's my heart rate in bpm?",
    "{b} beats over {s} s = how many beats per minute?"])
met_calories = calc("met_calories", {"met": ["3.5", "4", "6", "7", "8", "9.8", "11"],
                                     "w": KG, "m": (15, 120, 0)},
                    lambda met, w, m: met * w * m / 60, 1, [
    "Calories burned = MET x kg x hours. {m} minutes at MET {met}, I weigh {w} kg. 1 decimal",
    "how many kcal does a {w} kg person burn doing a MET {met} activity for {m} min? "
    "(kcal = MET*kg*h) 1 dp"])
met_per_min = calc("met_per_min", {"met": ["5", "7", "8", "10"], "w": KG, "m": (10, 90, 0)},
                   lambda met, w, m: met * F("3.5") * w / 200 * m, 1, [
    "Use kcal/min = MET x 3.5 x kg / 200. MET {met}, {w} kg, {m} minutes - total kcal? 1 dp",
    "burned calories for {m} min at {met} METs, body weight {w}kg, formula MET*3.5*kg/200 per "
    "minute? one decimal"])
burn_rate_minutes = calc("burn_rate_minutes", {"c": (150, 900, 0), "r": (6, 15, 1)},
                         lambda c, r: c / r, 1, [
    "If I burn {r} kcal a minute on the rower, how many minutes to burn off a {c} kcal meal? "
    "1 decimal", "{c} calories to burn at {r} cal/min - minutes needed (1 dp)?"])
steps_calories = calc("steps_calories", {"s": (3000, 25000, 0), "k": ["0.04", "0.045", "0.05"]},
                      lambda s, k: s * k, 1, [
    "I walked {s} steps. At {k} kcal per step, how many calories is that? 1 decimal",
    "{s} steps x {k} kcal each = ? kcal (1 dp)"])
walk_kcal_per_km = calc("walk_kcal_per_km", {"w": KG, "d": (1, 25, 1)},
                        lambda w, d: w * d * F("0.75"), 1, [
    "Rule of thumb: walking burns 0.75 kcal per kg per km. I'm {w} kg and walked {d} km. kcal?"
    " 1 decimal", "walking energy = 0.75 x kg x km. {w} kg, {d} km -> calories (1 dp)?"])
meal_calories = calc("meal_calories", {"p": (5, 60, 0), "c": (10, 120, 0), "f": (3, 50, 0)},
                     lambda p, c, f: 4 * p + 4 * c + 9 * f, 0, [
    "My lunch has {p} g protein, {c} g carbs, {f} g fat. How many calories (4/4/9 kcal per g)?",
    "calories in a meal with {c}g carbs, {p}g protein and {f}g fat? use 4, 4 and 9 kcal/g"])
protein_pct = calc("protein_pct", {"p": (40, 220, 0), "k": (1400, 3500, 0)},
                   lambda p, k: None if 4 * p >= k else 4 * p * 100 / k, 1, [
    "I eat {p} g of protein on {k} kcal a day. What percent of my calories is protein (4 kcal "
    "per g)? 1 decimal",
    "{p}g protein (4 kcal/g), {k} kcal total - protein share of calories, %, 1 dp?"])
fat_grams_from_pct = calc("fat_grams_from_pct", {"k": (1400, 3500, 0), "p": [20, 25, 30, 35]},
                          lambda k, p: k * p / 100 / 9, 1, [
    "I want {p}% of my {k} kcal from fat. How many grams of fat is that (9 kcal per gram)? "
    "1 decimal", "{k} calories a day, {p} percent fat: grams of fat (9 kcal/g), 1 dp?"])
carb_grams_from_pct = calc("carb_grams_from_pct", {"k": (1400, 3500, 0),
                                                   "p": [40, 45, 50, 55, 60]},
                           lambda k, p: k * p / 100 / 4, 1, [
    "How many grams of carbs is {p}% of a {k} kcal diet? (4 kcal/g) 1 decimal",
    "carbs at {p} percent of {k} calories, 4 kcal per gram - grams (1 dp)?"])
protein_per_kg = calc("protein_per_kg", {"w": KG, "g": ["1.2", "1.6", "2", "0.8", "1.8"]},
                      lambda w, g: w * g, 1, [
    "I'm {w} kg. How much protein a day at {g} g per kg bodyweight? 1 decimal",
    "protein target {g} g/kg, body weight {w} kg - grams per day, 1 dp?"])
fat_pct_label = calc("fat_pct_label", {"k": (100, 700, 0), "f": (2, 40, 1)},
                     lambda k, f: None if 9 * f >= k else 9 * f * 100 / k, 1, [
    "A snack bar is {k} kcal with {f} g fat. What % of its calories come from fat (9 kcal/g)?"
    " 1 decimal",
    "{f}g fat (9 kcal/g) in a {k} calorie portion -> percent of calories from fat, 1 dp?"])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bmi_metric, bmi_imperial, bmi_target_weight, bmi_weight_to_lose, mifflin_male,
    mifflin_female, tdee, harris_male, harris_female, katch, deficit_weeks, water_ml_per_kg,
    water_oz, water_exercise, glasses_left, max_hr_220, max_hr_tanaka, max_hr_gellish, karvonen,
    zone_pct_max, pulse_count, met_calories, met_per_min, burn_rate_minutes,
    steps_calories, walk_kcal_per_km, meal_calories, protein_pct, fat_grams_from_pct,
    carb_grams_from_pct, protein_per_kg, fat_pct_label)]
