"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: health numbers from daily life —
diabetes arithmetic, food labels, medicine supplies and timing, body measures, training."""

from __future__ import annotations

import datetime
import math
import random

from bench.data.agents.heldout14_units import (
    F,
    answer,
    calc,
    clock,
    conv,
    duration,
    families,
    numbers,
    show,
)
from bench.data.agents.helpers import Family, Item

KCALS = ("kcal", "calories", "kcal/day", "cal")
BPM = ("bpm", "beats per minute", "beats/min")
G, MG = ("g", "grams"), ("mg", "milligrams")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def carb_bolus(rng: random.Random) -> Item | None:  # insulin units from an insulin:carb ratio
    carbs, ratio = rng.randint(20, 120), rng.choice([8, 10, 12, 15, 20])
    return conv(f"my insulin to carb ratio is 1:{ratio}. dinner is {carbs} g of carbs. how many "
                "units for the food?", F(carbs, ratio), "units", dp=(1, 2))


def correction_dose(rng: random.Random) -> Item | None:  # correction units from blood glucose
    bg, target, isf = F(rng.randint(90, 209), 10), rng.choice([5, 6, 7]), rng.choice([2, 3, 4])
    return conv(f"Glucose {show(bg)} mmol/L, target {target}, correction factor 1 unit per {isf} "
                "mmol/L. Correction dose?", (bg - target) / isf, "units", dp=(1, 2))


def sodium_salt(rng: random.Random) -> Item | None:  # salt from the sodium on a label
    mg = rng.randint(80, 2400)
    return conv(f"label lists sodium {mg} mg per serving. salt equivalent (sodium x 2.5) in "
                "grams?", F(mg * 5, 2000), *G)


def sugar_teaspoons(rng: random.Random) -> Item | None:  # sugar grams in teaspoons
    grams = rng.randint(8, 75)
    return conv(f"This soda has {grams} g of sugar. At 4 g per teaspoon, how many teaspoons is "
                "that?", F(grams, 4), "teaspoons", "tsp")


def macro_grams(rng: random.Random) -> Item | None:  # grams of protein for a calorie share
    kcal, pct = rng.choice([1600, 1800, 2000, 2200, 2400, 2600, 2800, 3000]), rng.choice(
        [20, 25, 30, 35, 40])
    return conv(f"{kcal} kcal a day with {pct}% from protein — how many grams of protein? "
                "(4 kcal/g)", F(kcal * pct, 400), *G)


def fat_grams(rng: random.Random) -> Item | None:  # grams of fat for a calorie share
    kcal, pct = rng.choice([1500, 1700, 1900, 2100, 2300, 2500]), rng.choice([20, 25, 30, 35])
    return conv(f"If {pct}% of my {kcal} calories come from fat, how many grams of fat is that? "
                "9 kcal per gram", F(kcal * pct, 900), *G)


def caffeine_day(rng: random.Random) -> Item | None:  # total caffeine from drinks
    cups, per, cans = rng.randint(1, 5), rng.choice([80, 95, 100, 120]), rng.randint(0, 3)
    return conv(f"{cups} coffees at about {per} mg each and {cans} cans of cola at 32 mg. Total "
                "caffeine today?", F(cups * per + cans * 32), *MG)


def water_left(rng: random.Random) -> Item | None:  # water still to drink today
    goal, glasses, size = F(rng.randint(15, 35), 10), rng.randint(1, 7), rng.choice([200, 250,
                                                                                     300, 330])
    left = goal - F(glasses * size, 1000)
    if left <= 0:
        return None
    return conv(f"aiming for {show(goal)} L today, had {glasses} glasses of {size} ml so far. "
                "how much more?", left * 1000, "ml", "mL", "millilitres", "milliliters")


def bmi_prime(rng: random.Random) -> Item | None:  # BMI prime (BMI over 25)
    cm, kg = rng.randint(150, 195), rng.randint(45, 130)
    return calc(f"what is BMI prime for {kg} kg and {cm} cm? (BMI divided by 25)",
                numbers(F(kg) / F(cm, 100) ** 2 / 25, 2))


def robinson(rng: random.Random) -> Item | None:  # Robinson ideal body weight
    sex, inches = rng.choice(["man", "woman"]), rng.randint(60, 78)
    base, step = (52, F(19, 10)) if sex == "man" else (49, F(17, 10))
    ft, inch = divmod(inches, 12)
    return conv(f"Ideal weight by the Robinson formula for a {sex} who is {ft} ft {inch} in?",
                base + step * (inches - 60), "kg", "kilograms")


def boer_lbm(rng: random.Random) -> Item | None:  # Boer lean body mass
    sex, kg, cm = rng.choice(["male", "female"]), rng.randint(50, 120), rng.randint(150, 195)
    value = (F("0.407") * kg + F("0.267") * cm - F("19.2") if sex == "male" else
             F("0.252") * kg + F("0.473") * cm - F("48.3"))
    return conv(f"Lean body mass with the Boer formula: {sex}, {kg} kg, {cm} cm?", value, "kg",
                "kilograms")


def zone_known_max(rng: random.Random) -> Item | None:  # a zone from a measured max heart rate
    top = rng.randint(165, 205)
    low, high = rng.choice([(60, 70), (70, 80), (80, 90), (50, 60)])
    a, b = numbers(F(top * low, 100), 0), numbers(F(top * high, 100), 0)
    if a is None or b is None:
        return None
    forms = [f"{a[0]}{s}{b[0]}{u}" for s in ("-", "–", " - ", " – ", " to ") for u in ("",
                                                                                    " bpm")]
    return calc(f"Lab test put my max HR at {top}. What's {low}-{high}% of that, in whole beats?",
                forms)


def hrmax_fox_pct(rng: random.Random) -> Item | None:  # max and a percentage, two parts
    age, pct = rng.randint(18, 70), rng.choice([60, 65, 70, 75, 80, 85, 90])
    top = 220 - age
    return calc(f"I'm {age} — what's my max heart rate (220 − age), and what's {pct}% of it?",
                answer(F(top), *BPM), answer(F(top * pct, 100), *BPM, dp=(0, 2)))


def syrup_days(rng: random.Random) -> Item | None:  # days a bottle of syrup lasts
    bottle, dose, times = rng.choice([100, 150, 200, 300]), rng.choice([F(5, 2), F(5), F(15, 2),
                                                                        F(10)]), rng.choice(
        [2, 3, 4])
    days = math.floor(bottle / (dose * times))
    return calc(f"{bottle} ml bottle, {show(dose)} ml {times} times a day. how many full days "
                "will it last?", [f"{days} days", f"{days} full days"])


def hours_to_next(rng: random.Random) -> Item | None:  # time until the next dose is due
    first, every = rng.randint(6 * 60, 10 * 60) // 15 * 15, rng.choice([6, 8, 12])
    now = first + rng.randint(30, every * 60 - 30) // 5 * 5
    return calc(f"I take it every {every} hours, last dose was {hhmm(first)}. It's {hhmm(now)} "
                "now. How long until the next one?", duration(F(first + every * 60 - now)))


def bsa_dose(rng: random.Random) -> Item | None:  # a mg/m² dose using Mosteller BSA
    cm, kg, per = rng.randint(150, 190), rng.randint(45, 110), rng.choice([50, 75, 100, 135,
                                                                           175])
    bsa = math.sqrt(cm * kg / 3600)
    return conv(f"Dose is {per} mg/m². Patient {cm} cm, {kg} kg, BSA by Mosteller. How many mg?",
                F(bsa) * per, *MG)


def split_daily(rng: random.Random) -> Item | None:  # amoxicillin-style mg/kg/day per dose
    kg, daily, every = F(rng.randint(60, 400), 10), rng.choice([25, 40, 45, 50, 80, 90]), \
        rng.choice([8, 12])
    return conv(f"{daily} mg/kg/day given every {every} hours, child weighs {show(kg)} kg — mg "
                "per dose?", kg * daily * every / 24, *MG)


def pill_organiser(rng: random.Random) -> Item | None:  # pills for a week in an organiser
    morning, noon, night = rng.randint(1, 5), rng.randint(0, 3), rng.randint(1, 4)
    days = rng.choice([7, 14])
    total = (morning + noon + night) * days
    return calc(f"filling the pill box: {morning} in the morning, {noon} at lunch, {night} at "
                f"night, for {days} days. how many pills?", [f"{total} pills", f"{total} tablets"])


def refill_date(rng: random.Random) -> Item | None:  # the day a prescription runs out
    start = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
    tabs, per = rng.choice([28, 30, 56, 60, 90]), rng.choice([1, 2])
    last = start + datetime.timedelta(days=tabs // per - 1)
    month = MONTHS[start.month - 1]
    lm = MONTHS[last.month - 1]
    forms = [last.isoformat(), f"{last.day} {lm}", f"{lm} {last.day}", f"{last.day} {lm[:3]}",
             f"{lm[:3]} {last.day}"]
    return calc(f"Started a new pack of {tabs} on {month} {start.day}, {start.year}, taking {per} "
                "a day. What's the last day I'll have a dose?", forms)


def weeks_until_due(rng: random.Random) -> Item | None:  # weeks and days until a due date
    today = datetime.date(2026, 3, 1) + datetime.timedelta(days=rng.randint(0, 200))
    due = today + datetime.timedelta(days=rng.randint(10, 250))
    w, d = divmod((due - today).days, 7)
    forms = [f"{w} weeks and {d} days", f"{w} weeks {d} days", f"{w} weeks, {d} days"] if d else [
        f"{w} weeks"]
    if d == 1:
        forms += [f.replace("1 days", "1 day") for f in forms]
    return calc(f"today is {today.isoformat()} and my due date is {due.isoformat()}. how many "
                "weeks and days to go?", forms)


def peak_flow_pct(rng: random.Random) -> Item | None:  # peak flow as a percent of predicted
    got, predicted = rng.randint(180, 620), rng.randint(380, 650)
    value = numbers(F(got * 100, predicted), 1)
    forms = None if value is None else [f"{n}{s}" for n in value for s in ("%", " %",
                                                                           " percent")]
    return calc(f"peak flow today {got} L/min, predicted is {predicted}. what percent of "
                "predicted is that (1 decimal)?", forms)


def run_calories(rng: random.Random) -> Item | None:  # rule-of-thumb running calories
    kg, km = rng.randint(50, 110), F(rng.randint(20, 250), 10)
    return conv(f"Running burns roughly 1 kcal per kg per km. {kg} kg, ran {show(km)} km. "
                "Calories?", kg * km, *KCALS)


def steps_minutes(rng: random.Random) -> Item | None:  # minutes of walking to hit a step goal
    done, goal, cadence = rng.randint(1500, 8000), rng.choice([8000, 10000, 12000]), rng.choice(
        [90, 100, 110, 120])
    minutes = F(goal - done, cadence)
    return conv(f"at {done:,} steps, goal {goal:,}. walking at {cadence} steps a minute, how many "
                "minutes to go?", minutes, "minutes", "min", "mins", dp=(0, 2))


def sleep_debt(rng: random.Random) -> Item | None:  # sleep short of a nightly need
    need = F(rng.choice([14, 15, 16]), 2)
    nights = [F(rng.randint(8, 16), 2) for _ in range(5)]
    debt = need * 5 - sum(nights)
    if debt <= 0:
        return None
    listed = ", ".join(show(n) for n in nights)
    return conv(f"I need {show(need)} h a night. Mon-Fri I slept {listed} hours. How much sleep "
                "debt is that?", debt, "hours", "h", "hrs")


def bmr_woman_lb(rng: random.Random) -> Item | None:  # TDEE for a woman, lightly active
    age, cm, kg = rng.randint(20, 65), rng.randint(150, 185), rng.randint(45, 100)
    value = (10 * kg + F(625, 100) * cm - 5 * age - 161) * F("1.375")
    return conv(f"I'm a {age} yo woman, {cm} cm, {kg} kg, lightly active (1.375). Mifflin-St "
                "Jeor TDEE?", value, *KCALS)


def recovery_hr(rng: random.Random) -> Item | None:  # heart-rate recovery after a minute
    peak = rng.randint(140, 195)
    after = peak - rng.randint(8, 45)
    return conv(f"HR was {peak} at the end of the interval and {after} one minute later. What's "
                "my one-minute recovery?", F(peak - after), *BPM)


def dose_times_12h(rng: random.Random) -> Item | None:  # the evening dose of a twice-daily pill
    first = rng.randint(6 * 60, 10 * 60) // 5 * 5
    return calc(f"Twice-daily tablet, 12 hours apart. If I take the morning one at {hhmm(first)}, "
                "when's the evening one?", clock(first + 720))


FAMILIES: list[tuple[Family, int]] = families(
    carb_bolus, correction_dose, sodium_salt, sugar_teaspoons, macro_grams, fat_grams,
    caffeine_day, water_left, bmi_prime, robinson, boer_lbm, zone_known_max, hrmax_fox_pct,
    syrup_days, hours_to_next, bsa_dose, split_daily, pill_organiser, refill_date,
    weeks_until_due, peak_flow_pct, run_calories, steps_minutes, sleep_debt, bmr_woman_lb,
    recovery_hr, dose_times_12h)
