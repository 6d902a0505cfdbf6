"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 6: hydration in hot
weather, sports nutrition, recovery, medicines on a schedule and child growth."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units_d2 import LB, clock, d2, num, pick, whole
from bench.data.agents.helpers import Family


@d2
def sweat_loss_litres(rng):
    before, drank, mins = round(rng.uniform(60, 95), 1), rng.choice([250, 500, 750]), \
        rng.randint(45, 150)
    after = round(before - rng.uniform(0.5, 2.5), 1)
    loss = (before - after) + drank / 1000
    t = (f"Weighed {before} kg before a {mins}-min run and {after} kg after; drank {drank} ml on "
         "the way (1 kg = 1 L). Sweat rate in litres per hour, two decimals?")
    return t, [num(loss / mins * 60, 2)]


@d2
def dehydration_percent(rng):
    before = round(rng.uniform(55, 100), 1)
    after = round(before - rng.uniform(0.4, 3), 1)
    t = pick(rng, f"{before} kg before the match, {after} kg after. % body weight lost, 1 dp?",
             f"Coach says don't lose more than 2% body weight in a session. I went from {before} "
             f"to {after} kg. What percentage is that, one decimal?")
    pct = num((before - after) / before * 100, 1)
    return t, [[f"{v}{u}" for v in pct for u in ("%", " percent")]]


@d2
def carb_loading_grams(rng):
    kg, gkg = rng.randint(50, 95), rng.choice([8, 10, 12])
    t = (f"Carb loading at {gkg} g per kg per day for 2 days. I'm {kg} kg. Grams per day, and "
         "how many kcal is that per day at 4 kcal/g?")
    return t, [[f"{kg * gkg} g", f"{kg * gkg}g", f"{kg * gkg} grams"],
               [f"{kg * gkg * 4} kcal", f"{kg * gkg * 4:,} kcal", f"{kg * gkg * 4}kcal"]]


@d2
def gels_for_race(rng):
    hrs, per_h, gel = rng.choice([2, 2.5, 3, 3.5, 4, 4.5, 5]), rng.choice([45, 60, 75, 90]), \
        rng.choice([20, 22, 25, 30])

    n = math.ceil(hrs * per_h / gel)
    t = (f"Planning fuel for a {hrs} h race: {per_h} g carbs per hour, gels have {gel} g each. "
         "How many gels to pack (round up)?")
    return t, [[f"{n} gels"]]


@d2
def electrolyte_sodium(rng):
    litres, mg = rng.choice([1.5, 2, 2.5, 3, 4]), rng.choice([300, 500, 700, 1000])
    tabs = rng.choice([200, 250, 360])

    n = math.ceil(litres * mg / tabs)
    t = (f"I lose about {mg} mg sodium per litre of sweat and expect to sweat {litres} L. Tablets "
         f"have {tabs} mg sodium. How many tablets to replace it all (round up)?")
    return t, [[f"{n} tablets"]]


@d2
def creatine_loading(rng):
    kg = rng.randint(55, 110)
    t = (f"Creatine loading: 0.3 g per kg per day for 5 days, then 0.03 g/kg/day. I'm {kg} kg. "
         "Daily loading dose and maintenance dose in grams (1 decimal, 2 decimals)?")
    return t, [num(kg * 0.3, 1), num(kg * 0.03, 2)]


@d2
def inhaler_days_left(rng):
    puffs, per, used = rng.choice([120, 200]), rng.choice([2, 4]), rng.randint(10, 80)
    left = (puffs - used) // per
    t = (f"Inhaler has {puffs} puffs, I've used {used}. I take {per} puffs a day. How many full "
         "days are left?")
    return t, [[f"{left} days", f"{left} full days"]]


@d2
def eye_drop_bottle(rng):
    ml, drops_ml, per_day = rng.choice([5, 10, 15]), 20, rng.choice([2, 3, 4])
    eyes = rng.choice([1, 2])
    days = ml * drops_ml // (per_day * eyes)
    where = "each eye" if eyes == 2 else "one eye"
    t = (f"Eye drops: {ml} ml bottle, 20 drops per ml. One drop in {where} "
         f"{per_day} times a day. How many full days will it last?")
    return t, [[f"{days} days", f"{days} full days"]]


@d2
def medication_times_qid(rng):
    wake, sleep_ = rng.randint(5, 9), rng.randint(20, 23)
    gap = (sleep_ - wake) * 60 // 3
    t = (f"Four doses a day, evenly spaced from waking at {wake}:00 to bedtime at {sleep_}:00 "
         "(first on waking, last at bedtime). When is the second dose?")
    return t, [clock(wake * 60 + gap)]


@d2
def child_height_percent_adult(rng):
    age_pct = rng.choice([(2, 49.5), (5, 65.5), (8, 76), (10, 82), (12, 88)])
    cm = rng.randint(80, 160)
    t = (f"A chart says a child at age {age_pct[0]} is roughly {age_pct[1]}% of adult height. My "
         f"kid is {cm} cm at {age_pct[0]}. Predicted adult height in cm, nearest whole?")
    return t, [whole(cm / age_pct[1] * 100)]


@d2
def mid_parental_height(rng):
    mum, dad, boy = rng.randint(150, 178), rng.randint(162, 195), rng.random() < 0.5
    t = (f"Mid-parental height: (mum + dad ± 13) / 2, +13 for a boy, −13 for a girl. Mum {mum} "
         f"cm, dad {dad} cm, {'boy' if boy else 'girl'}. Target height in cm, 1 dp?")
    return t, [num((mum + dad + (13 if boy else -13)) / 2, 1)]


@d2
def newborn_weight_loss_pct(rng):
    birth = rng.randint(2800, 4300)
    now = birth - rng.randint(80, 420)
    t = (f"Baby born at {birth} g, day 3 weight {now} g. Percentage lost, one decimal? (we were "
         "told to worry over 10%)")
    return t, [[f"{v}{u}" for v in num((birth - now) / birth * 100, 1) for u in ("%", " percent")]]


@d2
def baby_lb_oz_to_g(rng):
    lb, oz = rng.randint(5, 10), rng.randint(0, 15)
    t = pick(rng, f"born {lb} lb {oz} oz, what's that in grams?",
             f"Grandma wants the baby's weight in grams: {lb}lb {oz}oz")
    return t + " (nearest gram)", [whole((lb + oz / 16) * LB * 1000)]


@d2
def step_length_cm(rng):
    steps, m = rng.randint(1100, 1500), 1000
    t = (f"To calibrate my pedometer I walked a measured {m} m and counted {steps} steps. Step "
         "length in cm, one decimal?")
    return t, [num(m * 100 / steps, 1)]


@d2
def recovery_hr_drop(rng):
    end = rng.randint(150, 185)
    after = end - rng.randint(8, 45)
    t = (f"Heart rate {end} at the end of my interval, {after} one minute later. How many bpm "
         "recovery, and as a percentage of the end HR (1 dp)?")
    return t, [[f"{end - after} bpm", f"{end - after}bpm", f"{end - after} beats"],
               [f"{v}{u}" for v in num((end - after) / end * 100, 1) for u in ("%", " percent")]]


@d2
def bmi_child_kg_cm(rng):
    kg, cm = round(rng.uniform(14, 45), 1), rng.randint(95, 155)
    t = f"my daughter is {cm} cm and {kg} kg, what's her BMI number (1 dp)?"
    return t, [num(kg / (cm / 100) ** 2, 1)]


@d2
def waist_cm_risk(rng):
    inch = rng.randint(30, 46)
    cm = inch * 2.54
    t = (f"Tape says my waist is {inch} inches. Guidance for men: risk rises above 94 cm. How "
         "many cm over or under 94 am I (positive = over), one decimal?")
    return t, [num(cm - 94, 1)]


@d2
def calories_per_gram_snack(rng):
    kcal, g, portion = rng.randint(350, 560), 100, rng.choice([25, 30, 40, 45, 60])
    t = (f"Crisps label: {kcal} kcal per 100 g. A handful is about {portion} g. kcal per "
         "handful, one decimal?")
    return t, [num(kcal * portion / g, 1)]


@d2
def fasting_hours_week(rng):
    start, end = rng.choice([19, 20, 21]), rng.choice([11, 12, 13])
    days = rng.randint(3, 7)
    hrs = (24 - start + end) * days
    t = (f"I stop eating at {start}:00 and break my fast at {end}:00 next day, {days} days a "
         "week. Total fasting hours per week?")
    return t, [[f"{hrs} hours", f"{hrs} h", f"{hrs}h", f"{hrs} hrs"]]


@d2
def alcohol_grams_drink(rng):
    ml, abv = rng.choice([330, 440, 500, 568, 150, 175, 250]), rng.choice([4, 4.5, 5, 12, 13.5])
    t = (f"How many grams of pure alcohol in {ml} ml of a {abv}% drink? (ethanol density "
         "0.789 g/ml, one decimal)")
    return t, [num(ml * abv / 100 * 0.789, 1)]


@d2
def drink_free_days(rng):
    units, days = rng.randint(15, 40), rng.randint(2, 4)
    t = (f"I drink about {units} units a week spread over the days I drink. If I keep the same "
         f"daily amount but add {days} more drink-free days to my current 2, how many units a week "
         "will I have? (one decimal)")
    return t, [num(units / 5 * (5 - days), 1)]


@d2
def caffeine_per_kg_limit(rng):
    kg = rng.randint(45, 110)
    mg = rng.randint(80, 500)
    t = (f"Guidance: up to 3 mg caffeine per kg body weight in one go. I'm {kg} kg and my "
         f"pre-workout has {mg} mg. How many mg over (+) or under (−) the limit am I?")
    d = mg - 3 * kg
    if d == 0:
        return None
    return t, [[f"{d:+} mg", f"{d:+}mg", f"{abs(d)} mg {'over' if d > 0 else 'under'}",
                f"{abs(d)}mg {'over' if d > 0 else 'under'}",
                f"{'over' if d > 0 else 'under'} by {abs(d)}"]]


@d2
def energy_drink_cans(rng):
    mg, limit = rng.choice([80, 150, 160, 200, 300]), rng.choice([200, 400])
    coffee = rng.randint(0, 2) * 95
    t = (f"Energy drink cans have {mg} mg caffeine. Coffees so far today: {coffee // 95} "
         "(95 mg each). "
         f"How many whole cans can I still have and stay within {limit} mg?")
    n = max(0, (limit - coffee) // mg)
    return t, [[f"{n} cans", f"{n} can", f"{n} whole cans"]]


@d2
def heart_beats_per_day(rng):
    bpm = rng.randint(52, 92)
    t = pick(rng, f"resting HR {bpm} — how many beats in a day at that rate?",
             f"If my heart averages {bpm} bpm, how many times does it beat in 24 hours?")
    return t, [[f"{bpm * 1440:,}", f"{bpm * 1440}"]]


@d2
def o2_sat_drop(rng):
    a, b = rng.randint(96, 99), rng.randint(85, 94)
    t = (f"Pulse ox read {a}% at rest and {b}% after climbing stairs. Relative drop as a % of the "
         "resting value, one decimal?")
    return t, [[f"{v}{u}" for v in num((a - b) / a * 100, 1) for u in ("%", " percent")]]


@d2
def glucose_average_a1c(rng):
    a1c = round(rng.uniform(5.0, 10.0), 1)
    t = (f"eAG (mg/dL) = 28.7 × A1c − 46.7. My A1c is {a1c}%. Estimated average glucose, "
         "nearest whole?")
    return t, [whole(28.7 * a1c - 46.7)]


@d2
def temp_fever_c_to_f(rng):
    c = round(rng.uniform(37.2, 40.5), 1)
    t = pick(rng, f"Thermometer shows {c} C — what is that in F? one decimal",
             f"kid's temp is {c}°C, US doctor on the phone asks in Fahrenheit (1 dp)")
    return t, [num(c * 9 / 5 + 32, 1)]


@d2
def daily_veg_portions(rng):
    g = [rng.randint(30, 200) for _ in range(rng.randint(3, 6))]
    t = ("Veg and fruit I ate today in grams: " + ", ".join(map(str, g)) +
         ". A portion is 80 g. How many portions, one decimal?")
    return t, [num(sum(g) / 80, 1)]


@d2
def breastmilk_storage(rng):
    ml, bag = rng.randint(400, 1600), rng.choice([60, 90, 120, 150])
    t = (f"I pumped {ml} ml today and freeze it in bags of {bag} ml. How many full bags, and how "
         "many ml left over?")
    return t, [[f"{ml // bag} full bags", f"{ml // bag} bags"],
               [f"{ml % bag} ml", f"{ml % bag}ml"]]


@d2
def walking_minutes_weekly_goal(rng):
    done = [rng.randint(0, 45) for _ in range(rng.randint(3, 5))]
    goal = 150
    left = goal - sum(done)
    if left <= 0:
        return None
    t = ("Exercise minutes so far this week: " + ", ".join(map(str, done)) +
         f". Goal {goal}. Minutes still to do?")
    return t, [[f"{left} minutes", f"{left} min", f"{left} more"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    sweat_loss_litres, dehydration_percent, carb_loading_grams, gels_for_race, electrolyte_sodium,
    creatine_loading, inhaler_days_left, eye_drop_bottle, medication_times_qid,
    child_height_percent_adult, mid_parental_height, newborn_weight_loss_pct, baby_lb_oz_to_g,
    step_length_cm, recovery_hr_drop, bmi_child_kg_cm, waist_cm_risk, calories_per_gram_snack,
    fasting_hours_week, alcohol_grams_drink, drink_free_days, caffeine_per_kg_limit,
    energy_drink_cans, heart_beats_per_day, o2_sat_drop, glucose_average_a1c, temp_fever_c_to_f,
    daily_veg_portions, breastmilk_storage, walking_minutes_weekly_goal,
)]
