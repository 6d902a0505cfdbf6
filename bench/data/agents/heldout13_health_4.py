"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: the common health sums again,
asked in other words - BMI, resting energy, water, heart rate, dose times and doses."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    INCH,
    LB,
    F,
    clock,
    conv,
    families,
    multi,
    nums,
    show,
    with_units,
)
from bench.data.agents.helpers import Family, Item

KCAL = ("kcal", "kcal/day", "kcal per day", "calories", "Calories", "calories a day",
        "calories per day")
BPM = ("bpm", "beats per minute")
MG, ML = ("mg", "milligrams"), ("ml", "mL", "millilitres", "milliliters")
L = ("L", "l", "litres", "liters", "litres a day", "liters a day")


def bmi(value: F) -> list[str] | None:
    two, one = nums(value, 2), nums(value, 1)
    return None if two is None or one is None else list(dict.fromkeys(two + one))


def beats(value: F) -> list[str] | None:
    bare, unit = nums(value, 0), with_units(value, BPM, 0)
    return None if bare is None or unit is None else bare + unit


def milligrams(value: F) -> list[str] | None:
    """An end of a dose range: the number alone (as in "690-1380 mg") or with its unit."""
    bare, unit = nums(value), with_units(value, MG)
    return None if bare is None or unit is None else bare + unit


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def k_bmi_worried(rng: random.Random) -> Item | None:  # BMI in feet/inches and pounds, worried
    ft, inch, lb = rng.choice([5, 6]), rng.randint(0, 11), rng.randint(110, 290)
    return multi("K_u_bmi_worried", f"am I overweight?? {ft}'{inch} and {lb} lbs. what's my bmi",
                 bmi(lb * LB / ((ft * 12 + inch) * INCH) ** 2))


def k_bmi_partner(rng: random.Random) -> Item | None:  # BMI for someone else, metres and kilos
    m, kg = F(rng.randint(160, 200), 100), rng.randint(55, 135)
    who = rng.choice(["husband", "wife", "dad", "mum", "brother", "partner"])
    return multi("K_u_bmi_partner", f"my {who} is {show(m)} and {kg} kilos, what's the bmi?",
                 bmi(kg / m**2))


def k_bmi_bare(rng: random.Random) -> Item | None:  # BMI with bare metric numbers
    cm, kg = rng.randint(150, 200), F(rng.randint(450, 1300), 10)
    return multi("K_u_bmi_bare", f"BMI calc pls: height {cm}, weight {show(kg)}",
                 bmi(kg / F(cm, 100) ** 2))


def k_bmi_goal_lbs(rng: random.Random) -> Item | None:  # pounds to lose for a BMI of 24.9
    inches = rng.randint(60, 76)
    goal = F("24.9") * (inches * INCH) ** 2 / LB
    lb = int(goal) + rng.randint(5, 80)
    return conv("K_u_bmi_goal_lbs", f"how many pounds do I need to lose to get to a BMI of 24.9? "
                f"I'm {inches // 12}'{inches % 12}\" and {lb} lb", lb - goal, "lb", "lbs",
                "pounds")


def k_rest_burn(rng: random.Random) -> Item | None:  # resting calories, Mifflin, woman
    age, cm, kg = rng.randint(18, 70), rng.randint(150, 185), rng.randint(45, 110)
    return conv("K_u_rest_burn", f"how many calories do I burn just lying around all day? "
                f"{age}F, {cm}cm, {kg}kg. use mifflin", F(10 * kg) + F(625, 100) * cm - 5 * age
                - 161, *KCAL)


def k_bmr_ft_lb(rng: random.Random) -> Item | None:  # Mifflin BMR, man, feet and pounds
    age, ft, inch, lb = rng.randint(20, 75), rng.choice([5, 6]), rng.randint(0, 11), \
        rng.randint(130, 280)
    cm = (ft * 12 + inch) * INCH * 100
    return conv("K_u_bmr_ft_lb", f"Mifflin BMR for a {age}-year-old man, {ft} ft {inch}, "
                f"{lb} lb?", 10 * lb * LB + F("6.25") * cm - 5 * age + 5, *KCAL)


def k_water_lb_kg(rng: random.Random) -> Item | None:  # daily water at 35 ml/kg, weight in lb
    lb = rng.randint(100, 300)
    return conv("K_u_water_lb_kg", f"I'm {lb} lb. at 35 ml per kg how much water should I drink "
                "a day, in litres?", lb * LB * 35 / 1000, *L)


def k_water_refills(rng: random.Random) -> Item | None:  # bottle refills for a water goal
    goal, bottle = F(rng.randint(15, 40), 10), rng.choice([330, 500, 600, 700, 750, 1000])
    return conv("K_u_water_refills", f"aiming for {show(goal)} L of water a day and my bottle "
                f"holds {bottle} ml. how many bottles is that?", goal * 1000 / bottle,
                "bottles", "bottlefuls")


def k_teen_hrmax(rng: random.Random) -> Item | None:  # max heart rate for a child
    age = rng.randint(10, 19)
    who = rng.choice(["son", "daughter"])
    return multi("K_u_teen_hrmax", f"my {who} is {age} and just started running. what's their "
                 "max heart rate using 220 minus age?", beats(F(220 - age)))


def k_fatburn_zone(rng: random.Random) -> Item | None:  # 60-70% of 220 - age
    age = rng.randint(18, 75)
    hmax = F(220 - age)
    return multi("K_u_fatburn_zone", f"What's the 'fat burning zone' (60 to 70% of max, max = "
                 f"220 - age) for a {age} year old? whole beats please",
                 beats(hmax * F(6, 10)), beats(hmax * F(7, 10)))


def k_ninety_pct(rng: random.Random) -> Item | None:  # 90% of max heart rate
    age = rng.randint(16, 70)
    return multi("K_u_ninety_pct", f"intervals at 90% of max HR - what number should I see on my "
                 f"watch? I'm {age} (220-age). round it", beats((220 - age) * F(9, 10)))


def k_hrr_chatty(rng: random.Random) -> Item | None:  # Karvonen target, chatty
    rest, age, pct = rng.randint(45, 80), rng.randint(20, 70), rng.choice([55, 65, 75, 85])
    return multi("K_u_hrr_chatty", f"resting HR is {rest}, I'm {age}. I want to train at {pct}% "
                 "of my heart rate reserve (220 - age for max). what's my target, nearest beat?",
                 beats(rest + (220 - age - rest) * F(pct, 100)))


def k_dose_schedule(rng: random.Random) -> Item | None:  # the rest of today's dose times
    start = rng.randint(5 * 4, 9 * 4) * 15
    every = rng.choice([4, 5, 6])
    count = (1440 - 60 - start) // (every * 60)
    if count < 2:
        return None
    return multi("K_u_dose_schedule", f"every {every} hours starting {ampm(start)}. what are the "
                 f"next {min(count, 3)} dose times after that?",
                 *[clock(start + k * every * 60) for k in range(1, min(count, 3) + 1)])


def k_tds_times(rng: random.Random) -> Item | None:  # three evenly spaced doses
    first = rng.randint(6 * 4, 9 * 4) * 15
    gap = rng.choice([6, 7, 8])
    return multi("K_u_tds_times", f"three times a day, {gap} hours apart, first one at "
                 f"{ampm(first)}. when are the second and third?", clock(first + gap * 60),
                 clock(first + 2 * gap * 60))


def k_earliest_next(rng: random.Random) -> Item | None:  # earliest time for another dose
    last, gap = rng.randint(0, 95) * 15, rng.choice([4, 6, 8, 12])
    return multi("K_u_earliest_next", f"no more often than every {gap} hours, says the box. last "
                 f"one was {ampm(last)}. earliest I can take another?", clock(last + gap * 60))


def k_spoons(rng: random.Random) -> Item | None:  # 5 ml spoons for a dose
    ml = F(rng.randint(2, 16), 2) * F(5, 2)
    return conv("K_u_spoons", f"Dose is {show(ml)} ml and the bottle came with a 5 ml spoon. "
                "How many spoonfuls?", ml / 5, "spoonfuls", "spoons", "spoonful")


def k_mg_per_ml(rng: random.Random) -> Item | None:  # ml of a mg/ml liquid
    conc, dose = rng.choice([10, 20, 25, 40, 50, 100]), rng.randint(10, 120) * 5
    return conv("K_u_mg_per_ml", f"liquid is {conc} mg/ml, need {dose} mg. ml?", F(dose, conc),
                *ML)


def k_daily_mg(rng: random.Random) -> Item | None:  # mg a day from tablets and times
    per, strength, times = rng.choice([1, 2]), rng.choice([200, 250, 325, 400, 500]), \
        rng.randint(2, 4)
    how = {2: "twice", 3: "three times", 4: "four times"}[times]
    tabs = "1 tablet" if per == 1 else f"{per} tablets"
    return conv("K_u_daily_mg", f"I take {tabs} of {strength} mg {how} a day. how many mg is "
                "that per day?", F(per * strength * times), *MG, dp=0)


def k_max_tablets(rng: random.Random) -> Item | None:  # whole tablets allowed in a day
    cap, strength = rng.choice([(4000, 500), (3000, 325), (3200, 400), (1200, 200), (4000, 325),
                                (2400, 300), (3000, 500), (1000, 150), (2000, 250),
                                (1500, 200)])
    return conv("K_u_max_tablets", f"daily max is {cap} mg and each tablet is {strength} mg. "
                "what's the most whole tablets I can take in a day?", F(cap // strength),
                "tablets", dp=0)


def k_dose_lb_child(rng: random.Random) -> Item | None:  # mg/kg dose with weight in pounds
    per, lb = rng.choice([5, 10, 12, 15]), rng.randint(15, 90)
    return conv("K_u_dose_lb_child", f"dose is {per} mg/kg and my kid weighs {lb} lb. how many "
                "mg?", per * lb * LB, *MG)


def k_dose_range(rng: random.Random) -> Item | None:  # a mg/kg range for a child
    low, high = rng.choice([(10, 15), (15, 20), (5, 10), (20, 40), (25, 50)])
    kg = F(rng.randint(50, 400), 10)
    return multi("K_u_dose_range", f"recommended {low}-{high} mg/kg per dose. child is {show(kg)} "
                 "kg - what's the dose range in mg?", milligrams(kg * low),
                 milligrams(kg * high))


def k_mgkg_check(rng: random.Random) -> Item | None:  # mg/kg/day from a daily total
    mg, kg = rng.randint(4, 60) * 50, rng.randint(10, 90)
    return conv("K_u_mgkg_check", f"She's on {mg} mg a day and weighs {kg} kg. How many mg/kg/day "
                "is that?", F(mg, kg), "mg/kg/day", "mg/kg", "mg per kg per day")


def k_iv_per_minute(rng: random.Random) -> Item | None:  # ml per minute of an infusion
    ml, mins = rng.choice([100, 250, 500, 1000]), rng.choice([20, 30, 45, 60, 90, 120, 180])
    return conv("K_u_iv_per_minute", f"{ml} ml over {mins} minutes - ml per minute?",
                F(ml, mins), "ml/min", "mL/min", "ml per minute")


def k_beats_day(rng: random.Random) -> Item | None:  # heartbeats in a day
    bpm = rng.randint(50, 95)
    return multi("K_u_beats_day", f"if my average heart rate is {bpm} bpm, how many times does my "
                 "heart beat in a day?", (nums(F(bpm * 1440), 0) or []) + (
                     with_units(F(bpm * 1440), ("beats", "times"), 0) or []))


def k_steps_left(rng: random.Random) -> Item | None:  # minutes of walking to reach a step goal
    done, goal, rate = rng.randint(1500, 9000), rng.choice([8000, 10000, 12000]), rng.choice(
        [90, 100, 110, 120, 130])
    if done >= goal:
        return None
    return conv("K_u_steps_left", f"at {done} steps, goal is {goal}. I walk about {rate} steps a "
                "minute - how many more minutes?", F(goal - done, rate), "minutes", "min",
                "mins")


FAMILIES: list[tuple[Family, int]] = families(
    k_bmi_worried, k_bmi_partner, k_bmi_bare, k_bmi_goal_lbs, k_rest_burn, k_bmr_ft_lb,
    k_water_lb_kg, k_water_refills, k_teen_hrmax, k_fatburn_zone, k_ninety_pct, k_hrr_chatty,
    k_dose_schedule, k_tds_times, k_earliest_next, k_spoons, k_mg_per_ml, k_daily_mg,
    k_max_tablets, k_dose_lb_child, k_dose_range, k_mgkg_check, k_iv_per_minute, k_beats_day,
    k_steps_left)
