"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: dose arithmetic, body-weight
dosing, dose timing, infusions and everyday clinical conversions."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    F,
    clock,
    conv,
    duration,
    families,
    multi,
    nums,
    show,
    with_units,
)
from bench.data.agents.helpers import Family, Item

MG, ML = ("mg", "milligrams"), ("ml", "mL", "millilitres", "milliliters")
MLH = ("ml/h", "mL/h", "ml/hr", "mL/hr", "ml per hour", "mL per hour", "millilitres per hour")
UNITS = ("units", "unit", "u", "IU")


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def k_dose_mgkg(rng: random.Random) -> Item | None:  # a weight-based dose in mg
    kg, per = F(rng.randint(80, 450), 10), rng.choice([5, 7, 10, 12, 15, 20, 25])
    return conv("K_u_dose_mgkg", f"the leaflet says {per} mg per kg. my kid is {show(kg)} kg, "
                "how many mg is one dose?", kg * per, *MG)


def k_dose_syrup(rng: random.Random) -> Item | None:  # mg to ml of an oral suspension
    conc = rng.choice([(120, 5), (250, 5), (100, 5), (200, 5), (125, 5), (40, 1), (160, 5)])
    dose = rng.choice(range(60, 501, 10))
    return conv("K_u_dose_syrup", f"Need to give {dose} mg. The suspension is {conc[0]} mg per "
                f"{conc[1]} ml. How many ml do I draw up?", F(dose * conc[1], conc[0]), *ML)


def k_dose_kg_syrup(rng: random.Random) -> Item | None:  # weight-based dose straight to ml
    kg, per = rng.randint(6, 40), rng.choice([10, 15])
    return conv("K_u_dose_kg_syrup", f"Ibuprofen-type syrup 100 mg/5 ml, dose {per} mg/kg, "
                f"child weighs {kg} kg - what volume per dose?", F(kg * per * 5, 100), *ML)


def k_dose_tablets(rng: random.Random) -> Item | None:  # tablets for a prescribed dose
    strength = rng.choice([125, 200, 250, 400, 500])
    count = rng.randint(1, 4)
    extra = rng.choice([F(1, 2), F(0)]) if strength in (250, 500) else 0
    dose = (count + extra) * strength
    return conv("K_u_dose_tablets", f"doctor wants {show(dose)} mg and the tablets are "
                f"{strength} mg each. how many tablets is that?", count + extra,
                "tablets", "tablet")


def k_dose_course(rng: random.Random) -> Item | None:  # total grams over a course
    mg, times = rng.choice([250, 500, 875, 300, 400, 100]), rng.randint(2, 4)
    days = rng.randint(3, 14)
    return conv("K_u_dose_course", f"{mg} mg {times} times a day for {days} days - how many "
                "grams in total over the course?", F(mg * times * days, 1000), "g", "grams")


def k_dose_supply(rng: random.Random) -> Item | None:  # days a box of tablets lasts
    per, times = rng.randint(1, 2), rng.randint(1, 3)
    box = rng.choice([28, 30, 56, 60, 84, 90, 100, 120]) // (per * times) * (per * times)
    how = {1: "once", 2: "twice", 3: "three times"}[times]
    pills = {1: "one tablet", 2: "two tablets"}[per]
    return conv("K_u_dose_supply", f"Box of {box} tablets, I take {pills} {how} a day. "
                "How many days will it last?", F(box, per * times), "days", dp=0)


def k_dose_bottle(rng: random.Random) -> Item | None:  # full days a liquid bottle lasts
    bottle, ml, times = rng.choice([100, 150, 200, 250, 300]), rng.choice([5, 7.5, 10, 2.5]), \
        rng.randint(2, 4)
    days = int(F(bottle) / (F(ml) * times))
    return conv("K_u_dose_bottle", f"{show(F(ml))} ml {times}x a day from a {bottle} ml bottle, "
                "how many full days does it cover?", F(days), "days", "full days", dp=0)


def k_dose_next(rng: random.Random) -> Item | None:  # the next dose time
    start, every = rng.randint(6 * 4, 23 * 4) * 15, rng.choice([4, 6, 8, 12])
    return multi("K_u_dose_next", f"took my antibiotic at {ampm(start)}, it's every {every} "
                 "hours. when is the next one due?", clock(start + every * 60))


def k_dose_nth(rng: random.Random) -> Item | None:  # the time of the nth dose
    start, every, nth = rng.randint(24, 44) * 15, rng.choice([4, 6]), rng.choice([3, 4])
    word = {3: "third", 4: "fourth"}[nth]
    return multi("K_u_dose_nth", f"First dose at {ampm(start)}, then every {every} hours. What "
                 f"time is the {word} dose?", clock(start + (nth - 1) * every * 60))


def k_dose_wait(rng: random.Random) -> Item | None:  # time left before the next dose
    gap = rng.choice([4, 6, 8])
    took = rng.randint(28, 80) * 15
    now = took + rng.randint(1, gap * 4 - 1) * 15
    return multi("K_u_dose_wait", f"I took a dose at {ampm(took)} and it's {ampm(now)} now. "
                 f"The label says at least {gap} hours between doses - how long do I still "
                 "have to wait?", duration(took + gap * 60 - now))


def k_dose_max_left(rng: random.Random) -> Item | None:  # mg still allowed today
    each, cap = rng.choice([(200, 1200), (400, 1200), (500, 4000), (1000, 4000), (250, 2000)])
    taken = rng.randint(1, cap // each - 1)
    doses = "dose" if taken == 1 else "doses"
    return conv("K_u_dose_max_left", f"max {cap} mg in 24 hours. I've had {taken} {doses} of "
                f"{each} mg so far. how much more am I allowed today?",
                F(cap - taken * each), *MG, dp=0)


def k_dose_per_day(rng: random.Random) -> Item | None:  # daily total split into doses
    kg, per_day, doses = rng.randint(8, 45), rng.choice([20, 30, 40, 45, 50, 60]), \
        rng.choice([2, 3, 4])
    return conv("K_u_dose_per_day", f"Prescription: {per_day} mg/kg/day split into {doses} "
                f"doses. Patient is {kg} kg. How many mg per dose?", F(kg * per_day, doses),
                *MG)


def k_infusion_rate(rng: random.Random) -> Item | None:  # ml per hour for a bag
    ml, hours = rng.choice([250, 500, 1000, 1500, 100, 50]), rng.choice([1, 2, 3, 4, 6, 8, 12,
                                                                           24])
    span = "1 hour" if hours == 1 else f"{hours} hours"
    return conv("K_u_infusion_rate", f"{ml} ml to run over {span}. pump rate in ml/h?",
                F(ml, hours), *MLH)


def k_drip_rate(rng: random.Random) -> Item | None:  # gravity drip drops per minute
    ml, hours, factor = rng.choice([500, 1000, 250]), rng.choice([2, 4, 6, 8]), \
        rng.choice([10, 15, 20, 60])
    return conv("K_u_drip_rate", f"Gravity set with drop factor {factor} drops/ml; {ml} ml over "
                f"{hours} hours. Drops per minute? Round to the nearest drop.",
                F(ml * factor, hours * 60), "drops/min", "drops per minute", "gtt/min", dp=0)


def k_infusion_time(rng: random.Random) -> Item | None:  # how long a bag takes
    rate = rng.choice([25, 40, 50, 60, 75, 80, 100, 120, 125, 150])
    ml = rng.choice([100, 250, 500, 1000])
    if (ml * 60) % rate:
        return None
    return multi("K_u_infusion_time", f"bag has {ml} ml, running at {rate} ml/hr. how long till "
                 "it's finished?", duration(ml * 60 // rate))


def k_clark(rng: random.Random) -> Item | None:  # Clark's rule paediatric dose
    lb, adult = rng.randint(20, 110), rng.choice([250, 325, 400, 500, 600, 650, 1000])
    return conv("K_u_clark", f"Clark's rule: child weighs {lb} lb, adult dose {adult} mg. "
                "Child's dose?", F(lb * adult, 150), *MG)


def k_young(rng: random.Random) -> Item | None:  # Young's rule paediatric dose
    age, adult = rng.randint(2, 12), rng.choice([200, 250, 300, 400, 500, 600, 1000])
    return conv("K_u_young", f"using Young's rule what's the dose for a {age} year old if the "
                f"adult dose is {adult} mg", F(age * adult, age + 12), *MG)


def k_bsa_dose(rng: random.Random) -> Item | None:  # a dose per square metre
    bsa, per = F(rng.randint(140, 230), 100), rng.choice([75, 100, 135, 175, 250, 400, 1000])
    return conv("K_u_bsa_dose", f"drug is dosed at {per} mg/m². BSA {show(bsa)} m². dose?",
                bsa * per, *MG)


def k_insulin_carbs(rng: random.Random) -> Item | None:  # meal insulin from a carb ratio
    ratio, carbs = rng.choice([5, 6, 8, 10, 12, 15, 20]), rng.randint(20, 140)
    return conv("K_u_insulin_carbs", f"my carb ratio is 1 unit per {ratio} g. lunch is {carbs} "
                "g of carbs - how many units?", F(carbs, ratio), *UNITS)


def k_insulin_correct(rng: random.Random) -> Item | None:  # correction dose
    isf, target = rng.choice([1, 2, 3, 4]), rng.choice([5, 6, 7])
    now = F(rng.randint(target * 10 + 15, 220), 10)
    return conv("K_u_insulin_correct", f"Blood sugar is {show(now)} mmol/L, target {target}, "
                f"correction factor 1 unit drops me {isf} mmol/L. Correction dose?",
                (now - target) / isf, *UNITS)


def k_glucose_mgdl(rng: random.Random) -> Item | None:  # mmol/L glucose to mg/dL
    mmol = F(rng.randint(30, 250), 10)
    return conv("K_u_glucose_mgdl", f"meter shows {show(mmol)} mmol/L. what's that in mg/dL "
                "(multiply by 18)?", mmol * 18, "mg/dL", "mg/dl")


def k_glucose_mmol(rng: random.Random) -> Item | None:  # mg/dL glucose to mmol/L
    mg = rng.randint(55, 400)
    return conv("K_u_glucose_mmol", f"US friend's reading was {mg} mg/dL. In mmol/L (divide by "
                "18)?", F(mg, 18), "mmol/L", "mmol/l")


def k_cholesterol(rng: random.Random) -> Item | None:  # cholesterol mg/dL to mmol/L
    mg = rng.randint(120, 320)
    return conv("K_u_cholesterol", f"Total cholesterol {mg} mg/dL - convert to mmol/L using "
                "38.67", F(mg) / F("38.67"), "mmol/L", "mmol/l")


def k_a1c_eag(rng: random.Random) -> Item | None:  # estimated average glucose from HbA1c
    a1c = F(rng.randint(50, 120), 10)
    return conv("K_u_a1c_eag", f"HbA1c came back {show(a1c)}%. Estimated average glucose in "
                "mg/dL? (28.7 x A1c - 46.7)", F("28.7") * a1c - F("46.7"), "mg/dL", "mg/dl")


def k_crcl(rng: random.Random) -> Item | None:  # Cockcroft-Gault creatinine clearance
    age, kg, cr = rng.randint(30, 90), rng.randint(45, 110), F(rng.randint(6, 25), 10)
    female = rng.random() < 0.5
    value = F(140 - age) * kg / (72 * cr) * (F("0.85") if female else 1)
    who = "female" if female else "male"
    return conv("K_u_crcl", f"Cockcroft-Gault: {who}, {age} y, {kg} kg, serum creatinine "
                f"{show(cr)} mg/dL. CrCl?", value, "mL/min", "ml/min")


def k_alcohol_units(rng: random.Random) -> Item | None:  # UK alcohol units in a drink
    ml, abv = rng.choice([175, 250, 330, 440, 500, 568, 750, 125]), F(rng.randint(35, 140), 10)
    return conv("K_u_alcohol_units", f"how many units of alcohol in {ml} ml at {show(abv)}% "
                "abv?", ml * abv / 1000, "units", "unit")


def k_alcohol_week(rng: random.Random) -> Item | None:  # a week's pints in UK units
    pints, abv = rng.randint(3, 20), F(rng.randint(36, 60), 10)
    return conv("K_u_alcohol_week", f"I had {pints} pints (568 ml) of {show(abv)}% lager this "
                "week. Total units?", pints * 568 * abv / 1000, "units")


def k_std_drinks(rng: random.Random) -> Item | None:  # US standard drinks (14 g alcohol)
    ml, abv = rng.choice([355, 473, 750, 150, 44, 500]), F(rng.randint(40, 400), 10)
    return conv("K_u_std_drinks", f"How many US standard drinks (14 g of alcohol, ethanol "
                f"density 0.789 g/ml) is {ml} ml at {show(abv)}%?",
                ml * abv / 100 * F("0.789") / 14, "standard drinks", "drinks")


def k_caffeine_left(rng: random.Random) -> Item | None:  # caffeine left after half-lives
    mg, hours = rng.choice([80, 95, 120, 150, 200, 240, 300]), rng.choice([5, 10, 15, 20, 2.5,
                                                                          7.5])
    return conv("K_u_caffeine_left", f"if caffeine's half-life is 5 hours and I had {mg} mg, "
                f"how much is left after {show(F(hours))} hours?",
                mg * 0.5 ** (float(hours) / 5), *MG)


def k_caffeine_day(rng: random.Random) -> Item | None:  # daily caffeine from drinks
    coffees, teas, colas = rng.randint(1, 5), rng.randint(0, 4), rng.randint(0, 3)
    cola = "cola" if colas == 1 else "colas"
    return conv("K_u_caffeine_day", f"{coffees} coffees (95 mg each), {teas} teas (47 mg) and "
                f"{colas} {cola} (34 mg) today. how much caffeine is that?",
                F(95 * coffees + 47 * teas + 34 * colas), *MG, dp=0)


def k_map(rng: random.Random) -> Item | None:  # mean arterial pressure
    sys, dia = rng.randint(95, 180), rng.randint(55, 110)
    return conv("K_u_map", f"BP {sys}/{dia} - what's the mean arterial pressure?",
                F(sys + 2 * dia, 3), "mmHg", "mm Hg")


def k_qtc(rng: random.Random) -> Item | None:  # Bazett-corrected QT
    qt, hr = rng.randint(320, 480), rng.randint(50, 120)
    return conv("K_u_qtc", f"QT {qt} ms at heart rate {hr}. QTc by Bazett?",
                qt / (60 / hr) ** 0.5, "ms", "milliseconds")


def k_vitd(rng: random.Random) -> Item | None:  # vitamin D IU to micrograms
    iu = rng.choice([400, 600, 800, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 10000, 50000])
    return conv("K_u_vitd", f"my vitamin D pills say {iu} IU, how many micrograms is that?",
                F(iu, 40), "mcg", "µg", "micrograms", "μg", dp=2)


def k_eye_drops(rng: random.Random) -> Item | None:  # days a dropper bottle lasts
    ml, per_ml, drops, times = rng.choice([5, 10, 2.5]), 20, rng.choice([1, 2]), rng.randint(
        2, 4)
    days = int(F(ml) * per_ml / (drops * 2 * times))
    drop = "1 drop" if drops == 1 else f"{drops} drops"
    return conv("K_u_eye_drops", f"{show(F(ml))} ml eye drop bottle, about {per_ml} drops per "
                f"ml. {drop} in each eye {times} times a day - how many full days will it last?",
                F(days), "days", "full days", dp=0)


def k_holliday(rng: random.Random) -> Item | None:  # Holliday-Segar maintenance fluid rate
    kg = rng.randint(4, 60)
    rate = 4 * min(kg, 10) + 2 * max(0, min(kg, 20) - 10) + max(0, kg - 20)
    return conv("K_u_holliday", f"Maintenance IV rate by the 4-2-1 rule for a {kg} kg child?",
                F(rate), *MLH)


def k_fluid_balance(rng: random.Random) -> Item | None:  # intake minus output
    oral, iv, urine, drain = rng.randint(300, 2000), rng.randint(0, 1500), \
        rng.randint(400, 2500), rng.randint(0, 300)
    return conv("K_u_fluid_balance", f"24h chart: oral {oral} ml, IV {iv} ml, urine {urine} ml, "
                f"drain {drain} ml. Net fluid balance?", F(oral + iv - urine - drain), *ML, dp=0)


def k_course_doses(rng: random.Random) -> Item | None:  # doses in a whole course
    days, times = rng.randint(5, 14), rng.randint(2, 4)
    return multi("K_u_course_doses", f"antibiotics {times} times a day for {days} days, how many "
                 "doses altogether?", (nums(F(days * times), 0) or []) + (
                     with_units(F(days * times), ("doses",), 0) or []))


def k_mcg_mg(rng: random.Random) -> Item | None:  # micrograms to milligrams
    mcg = rng.choice([25, 50, 62.5, 75, 88, 100, 112, 125, 137, 150, 175, 200, 250, 500])
    return conv("K_u_mcg_mg", f"levothyroxine {show(F(mcg))} mcg is how many mg?",
                F(mcg) / 1000, "mg", "milligrams", dp=4)


def k_lbm_boer(rng: random.Random) -> Item | None:  # Boer lean body mass, male
    kg, cm = rng.randint(55, 130), rng.randint(160, 200)
    return conv("K_u_lbm_boer", f"lean body mass with the Boer formula, man, {kg} kg, {cm} cm?",
                F("0.407") * kg + F("0.267") * cm - F("19.2"), "kg", "kilograms")


def k_fat_mass(rng: random.Random) -> Item | None:  # fat and lean mass from body fat %
    kg, pct = F(rng.randint(500, 1300), 10), F(rng.randint(80, 400), 10)
    return multi("K_u_fat_mass", f"smart scale: {show(kg)} kg, body fat {show(pct)}%. how many "
                 "kg of fat and how many kg of lean mass?",
                 with_units(kg * pct / 100, ("kg",)), with_units(kg * (100 - pct) / 100,
                                                                  ("kg",)))


def k_robinson(rng: random.Random) -> Item | None:  # Robinson ideal weight
    inches = rng.randint(61, 78)
    female = rng.random() < 0.5
    value = (F(49) + F("1.7") * (inches - 60)) if female else (F(52) + F("1.9") * (inches - 60))
    return conv("K_u_robinson", f"Robinson formula ideal weight, {'female' if female else 'male'}"
                f", {inches} inches tall?", value, "kg", "kilograms")


def k_dose_pct_max(rng: random.Random) -> Item | None:  # dose as a percent of the daily max
    cap = rng.choice([3000, 4000])
    took = rng.randint(1, cap // 250 - 1) * 250
    return multi("K_u_dose_pct_max", f"I've taken {took} mg paracetamol today; what percentage "
                 f"of the {cap} mg daily maximum is that?", with_units(F(took * 100, cap),
                                                                       ("%", "percent")))


def k_bedtime_cycles(rng: random.Random) -> Item | None:  # bedtime for full sleep cycles
    wake, cycles = rng.randint(20, 36) * 15, rng.choice([4, 5, 6])
    bed = wake - cycles * 90 - 15
    return multi("K_u_bedtime_cycles", f"alarm is at {ampm(wake)}. I want {cycles} full 90 "
                 "minute sleep cycles and it takes me 15 minutes to fall asleep. when should "
                 "I go to bed?", clock(bed))


def k_sleep_length(rng: random.Random) -> Item | None:  # hours slept between two times
    bed = rng.randint(21 * 4, 26 * 4) * 15 + rng.choice([0, 5, 10])
    wake = rng.randint(5 * 4, 9 * 4) * 15 + 1440
    return multi("K_u_sleep_length", f"fell asleep at {ampm(bed)} and woke at {ampm(wake)}. how "
                 "long did I sleep?", duration(wake - bed))


FAMILIES: list[tuple[Family, int]] = families(
    k_dose_mgkg, k_dose_syrup, k_dose_kg_syrup, k_dose_tablets, k_dose_course, k_dose_supply,
    k_dose_bottle, k_dose_next, k_dose_nth, k_dose_wait, k_dose_max_left, k_dose_per_day,
    k_infusion_rate, k_drip_rate, k_infusion_time, k_clark, k_young, k_bsa_dose,
    k_insulin_carbs, k_insulin_correct, k_glucose_mgdl, k_glucose_mmol, k_cholesterol,
    k_a1c_eag, k_crcl, k_alcohol_units, k_alcohol_week, k_std_drinks, k_caffeine_left,
    k_caffeine_day, k_map, k_qtc, k_vitd, k_eye_drops, k_holliday, k_fluid_balance,
    k_course_doses, k_mcg_mg, k_lbm_boer, k_fat_mass, k_robinson, k_dose_pct_max,
    k_bedtime_cycles, k_sleep_length)
