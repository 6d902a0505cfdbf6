"""Round 10 (``Z_m_*``, dev now) multi-part families mixing health calculations with unit
conversion, and numbers given in a message with statistics, conversions and charts."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout10_multi_common import (
    CHART,
    FL_OZ,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Fraction,
    Item,
    clock,
    convert,
    dp12,
    forms,
    money,
    multi,
    r2,
    safe,
    show,
    tie,
    unit,
)
from bench.data.agents.helpers import Family, labelled

STONE = 14 * LB
KG = ("kg", "kilograms", "kilos")
LBS = ("lb", "lbs", "pounds")


def stat(names: list[str], x: Fraction) -> list[str]:
    return [form for v in forms(x) for form in labelled(names, v)]


def whole(x: Fraction) -> list[str]:
    """Calories people give whole or to two decimals."""
    return list(dict.fromkeys([*forms(x), *forms(x, 0)]))


# --- health and units --------------------------------------------------------------------

def z_m_bmi_feet_pounds(rng: random.Random) -> Item:  # BMI from feet/inches and pounds
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(110, 260)
    kg, m = lb * LB, (12 * ft + inch) * INCH
    bmi = kg / (m * m)
    if not safe(kg, bmi) or (ft == 6 and inch > 5):
        return z_m_bmi_feet_pounds(rng)
    return multi("Z_m_bmi_feet_pounds", f"I'm {ft} ft {inch} and weigh {lb} lb. what's my BMI, "
                 "and how much do I weigh in kg?", [dp12(bmi), unit(kg, *KG)])


def z_m_bmi_stone(rng: random.Random) -> Item:  # stones and pounds to kg, then BMI
    st, lb, cm = rng.randint(8, 17), rng.randint(1, 13), rng.randint(150, 195)
    kg = st * STONE + lb * LB
    bmi = kg / (F(cm, 100) ** 2)
    if not safe(kg, bmi):
        return z_m_bmi_stone(rng)
    return multi("Z_m_bmi_stone", f"Weight {st} st {lb} lb, height {cm} cm. Could you give me "
                 "the weight in kilos and then the BMI?", [unit(kg, *KG), dp12(bmi)])


def _msj(kg: Fraction, cm: Fraction, age: int, male: bool) -> Fraction:
    return 10 * kg + F(625, 100) * cm - 5 * age + (5 if male else -161)


def z_m_bmr_kilojoules(rng: random.Random) -> Item:  # BMR by a named formula, then in kJ
    age, kg, cm = rng.randint(20, 70), rng.randint(48, 110), rng.randint(150, 195)
    male = rng.random() < 0.5
    bmr = _msj(F(kg), F(cm), age, male)
    kj = bmr * F("4.184")
    if tie(bmr, 0) or tie(kj) or tie(kj, 0):
        return z_m_bmr_kilojoules(rng)
    who = "man" if male else "woman"
    return multi("Z_m_bmr_kilojoules", f"using Mifflin-St Jeor, what's the BMR of a {age} "
                 f"year old {who}, {kg} kg, {cm} cm? and what's that in kJ?",
                 [whole(bmr), whole(kj)])


def z_m_bmr_imperial(rng: random.Random) -> Item:  # BMR from imperial measurements
    age, lb, ft, inch = rng.randint(25, 65), rng.randint(120, 240), 5, rng.randint(2, 11)
    male = rng.random() < 0.5
    bmr = _msj(lb * LB, (12 * ft + inch) * INCH * 100, age, male)
    if tie(bmr) or tie(bmr, 0):
        return z_m_bmr_imperial(rng)
    who = "male" if male else "female"
    return multi("Z_m_bmr_imperial", f"{who}, {age}, {lb} pounds, {ft}'{inch}\" — convert to "
                 "kg and cm and give me the Mifflin-St Jeor BMR", [
                     unit(lb * LB, *KG), unit((12 * ft + inch) * INCH * 100, "cm",
                                              "centimetres", "centimeters"), whole(bmr)])


def z_m_heart_zone(rng: random.Random) -> Item:  # max heart rate by 220-age, two percentages
    age = rng.randint(18, 75)
    hr = 220 - age
    lo, hi = rng.choice([(50, 70), (60, 80), (70, 85)])
    return multi("Z_m_heart_zone", f"i'm {age}. if max heart rate is 220 minus age, what's mine,"
                 f" and what are {lo}% and {hi}% of it?",
                 [[str(hr), f"{hr} bpm"], forms(F(hr * lo, 100)), forms(F(hr * hi, 100))])


def z_m_dose_next_times(rng: random.Random) -> Item:  # dose timing: the next two doses
    start = rng.randint(6, 10) * 60 + rng.choice([0, 30])
    every = rng.choice([4, 6, 8])
    h, m = divmod(start, 60)
    said = f"{h}:{m:02d} am" if m else f"{h} am"
    return multi("Z_m_dose_next_times", f"took my first dose at {said} and it's every {every} "
                 "hours. when are the next two?", [clock(start + every * 60),
                                                   clock(start + 2 * every * 60)])


def z_m_dose_child(rng: random.Random) -> Item:  # weight in pounds to kg, then mg per kg
    lb, per = rng.randint(20, 90), rng.choice([10, 12, 15])
    kg = lb * LB
    mg = kg * per
    if not safe(kg, mg):
        return z_m_dose_child(rng)
    return multi("Z_m_dose_child", f"my son weighs {lb} lbs and the leaflet says {per} mg per kg."
                 " how many kg is he and what dose is that?",
                 [unit(kg, *KG), unit(mg, "mg", "milligrams")])


def z_m_water_rule(rng: random.Random) -> Item:  # water by a stated rule, in litres and fl oz
    kg, per = rng.randint(50, 110), rng.choice([30, 33, 35])
    ml = F(kg * per)
    if tie(ml / 1000) or tie(ml / FL_OZ):
        return z_m_water_rule(rng)
    return multi("Z_m_water_rule", f"if I should drink {per} ml of water per kg and I weigh "
                 f"{kg} kg, how many litres is that a day? and in US fl oz?",
                 [unit(ml / 1000, "L", "litres", "liters"),
                  unit(ml / FL_OZ, "fl oz", "fluid ounces")])


def z_m_fever_both_ways(rng: random.Random) -> Item:  # two temperature conversions
    f = F(rng.randint(990, 1040), 10)
    c = F(rng.randint(370, 405), 10)
    fc, cf = (f - 32) * 5 / 9, c * 9 / 5 + 32
    if tie(fc) or tie(fc, 1):
        return z_m_fever_both_ways(rng)
    return multi("Z_m_fever_both_ways", f"Thermometer says {show(f)}°F, what's that in "
                 f"Celsius? And the doctor's chart said {show(c)}°C, what's that in F?",
                 [unit(fc, "°C", "C", "celsius", "degrees Celsius"),
                  unit(cf, "°F", "F", "fahrenheit", "degrees Fahrenheit")])


def z_m_run_speed(rng: random.Random) -> Item:  # a run's speed in km/h and mph
    km, mins = rng.choice([5, 8, 10, 12, 15, 21]), rng.randint(22, 130)
    kmh = F(km * 60, mins)
    if kmh < 6 or kmh > 22 or tie(kmh) or tie(kmh / MILE):
        return z_m_run_speed(rng)
    return multi("Z_m_run_speed", f"ran {km}k in {mins} minutes this morning 🏃 average speed "
                 "in km/h and in mph?", [unit(kmh, "km/h", "kph"), unit(kmh / MILE, "mph")])


def z_m_height_bmi_inches(rng: random.Random) -> Item:  # height in inches, then BMI
    cm, kg = rng.randint(150, 200), rng.randint(45, 120)
    inches = F(cm, 100) / INCH
    bmi = kg / F(cm, 100) ** 2
    if not safe(inches, bmi):
        return z_m_height_bmi_inches(rng)
    return multi("Z_m_height_bmi_inches", f"I'm {cm} cm — how many inches is that? and what's my "
                 f"BMI at {kg} kg?", [unit(inches, "in", "inches"), dp12(bmi)])


def z_m_weight_lost_pounds(rng: random.Random) -> Item:  # weight lost, in kg and pounds
    start = F(rng.randint(700, 1300), 10)
    end = start - F(rng.randint(15, 150), 10)
    lost = start - end
    if tie(lost / LB):
        return z_m_weight_lost_pounds(rng)
    return multi("Z_m_weight_lost_pounds", f"Went from {show(start)} kg to {show(end)} kg "
                 "since January! How much is that in kg, and in pounds?", [unit(lost, *KG),
                                                            unit(lost / LB, *LBS)])


# --- numbers in a message ------------------------------------------------------------------

def _mean(xs: list[int]) -> Fraction:
    return F(sum(xs), len(xs))


def z_m_steps_chart(rng: random.Random) -> Item:  # mean of a week, and a chart
    xs = [rng.randint(2500, 16000) for _ in range(7)]
    if tie(_mean(xs)):
        return z_m_steps_chart(rng)
    return multi("Z_m_steps_chart", "my steps this week: " + ", ".join(map(str, xs)) +
                 ". average per day? and can you make a chart", [forms(_mean(xs)), CHART])


def z_m_runs_mean_miles(rng: random.Random) -> Item:  # mean distance, then in miles
    xs = [F(rng.randint(30, 150), 10) for _ in range(rng.randint(4, 7))]
    mean = sum(xs, F(0)) / len(xs)
    if tie(mean) or tie(mean / MILE):
        return z_m_runs_mean_miles(rng)
    return multi("Z_m_runs_mean_miles", "Runs this month (km): " + ", ".join(map(show, xs)) +
                 ". What's my average run, and what is it in miles?",
                 [unit(mean, "km", "kilometres", "kilometers"), unit(mean / MILE, "mi", "miles")])


def z_m_highs_fahrenheit(rng: random.Random) -> Item:  # mean temperature, then in °F
    xs = [rng.randint(-5, 35) for _ in range(rng.randint(5, 8))]
    mean = _mean(xs)
    if tie(mean) or tie(mean * 9 / 5 + 32):
        return z_m_highs_fahrenheit(rng)
    return multi("Z_m_highs_fahrenheit", "daily highs °C — " + " ".join(map(str, xs)) +
                 " — mean? and in fahrenheit please", [
                     forms(mean), unit(mean * 9 / 5 + 32, "°F", "F", "fahrenheit")])


def z_m_weigh_in_chart(rng: random.Random) -> Item:  # a falling series: total lost, chart
    w = rng.randint(800, 1100)
    xs = [w]
    for _ in range(rng.randint(4, 7)):
        xs.append(xs[-1] - rng.randint(0, 12))
    shown = [F(x, 10) for x in xs]
    return multi("Z_m_weigh_in_chart", "weekly weigh-ins in kg: " + ", ".join(map(show, shown)) +
                 ". how much have I lost altogether? chart it for me too",
                 [unit(shown[0] - shown[-1], *KG), CHART]) if xs[0] != xs[-1] else \
        z_m_weigh_in_chart(rng)


def z_m_spend_euros(rng: random.Random) -> Item:  # a list of spends totalled, then in euros
    xs = [F(rng.randint(150, 9000), 100) for _ in range(rng.randint(3, 6))]
    total = sum(xs, F(0))
    if tie(convert(total, "USD", "EUR")):
        return z_m_spend_euros(rng)
    shown = ", ".join(f"${x:.2f}" for x in map(float, xs))
    return multi("Z_m_spend_euros", f"spent {shown} on the trip. total, and total in euros?",
                 [forms(total), money(convert(total, "USD", "EUR"), "EUR")])


def z_m_scores_summary(rng: random.Random) -> Item:  # mean and median labelled, and a chart
    xs = [rng.randint(35, 100) for _ in range(rng.choice([6, 7, 8, 9]))]
    mean, med = _mean(xs), F(statistics.median(xs)).limit_denominator()
    if tie(mean) or r2(mean) == r2(med):
        return z_m_scores_summary(rng)
    return multi("Z_m_scores_summary", "Test scores for my class: " + ", ".join(map(str, xs)) +
                 ". Mean, median, and a bar chart please.",
                 [stat(MEAN, mean), stat(MEDIAN, med), CHART])


def z_m_study_correlation(rng: random.Random) -> Item:  # correlation of two lists, and a plot
    n = rng.randint(5, 8)
    hours = [rng.randint(1, 12) for _ in range(n)]
    marks = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 3:
        return z_m_study_correlation(rng)
    r = statistics.correlation(hours, marks)
    if abs(abs(r) * 100 - round(abs(r) * 100)) > 0.49 or abs(r) > 0.995:
        return z_m_study_correlation(rng)
    return multi("Z_m_study_correlation", "hours revised: " + ", ".join(map(str, hours)) +
                 "\nmarks: " + ", ".join(map(str, marks)) +
                 "\nwhat's the correlation between them? scatter plot too",
                 [forms(F(round(r, 6)).limit_denominator(10**6)), CHART])


def z_m_sales_total_avg(rng: random.Random) -> Item:  # total and monthly mean, charted
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][: rng.randint(4, 6)]
    xs = [rng.randint(900, 9000) for _ in months]
    mean = _mean(xs)
    if tie(mean):
        return z_m_sales_total_avg(rng)
    data = ", ".join(f"{m} {x}" for m, x in zip(months, xs, strict=True))
    return multi("Z_m_sales_total_avg", f"Sales: {data}. Total, monthly average, and a line "
                 "chart?", [forms(F(sum(xs)), 0), stat(MEAN, mean), CHART])


def z_m_sleep_minutes(rng: random.Random) -> Item:  # average hours, then in minutes
    xs = [F(rng.randint(45, 95), 10) for _ in range(7)]
    mean = sum(xs, F(0)) / 7
    if tie(mean) or tie(mean * 60):
        return z_m_sleep_minutes(rng)
    return multi("Z_m_sleep_minutes", "slept " + ", ".join(map(show, xs)) + " hours this week. "
                 "what's the average, and how many minutes is that?",
                 [unit(mean, "hours", "h"), unit(mean * 60, "minutes", "min")])


MIXED: list[Family] = [
    z_m_bmi_feet_pounds, z_m_bmi_stone, z_m_bmr_kilojoules, z_m_bmr_imperial, z_m_heart_zone,
    z_m_dose_next_times, z_m_dose_child, z_m_water_rule, z_m_fever_both_ways, z_m_run_speed,
    z_m_height_bmi_inches, z_m_weight_lost_pounds, z_m_steps_chart, z_m_runs_mean_miles,
    z_m_highs_fahrenheit, z_m_weigh_in_chart, z_m_spend_euros, z_m_scores_summary,
    z_m_study_correlation, z_m_sales_total_avg, z_m_sleep_minutes,
]
