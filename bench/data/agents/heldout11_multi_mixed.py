"""Round 11 (``Q_m_*``, dev now) multi-part families mixing health, units and data : a health
calculation with a conversion, two conversions at once, numbers or a CSV with statistics, a
conversion or a chart."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout11_multi_common import (
    CHART,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    OZ,
    F,
    Item,
    cash,
    clock,
    convert,
    deg_f,
    dp12,
    forms,
    multi,
    named,
    safe,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

KM = ["km", "kilometres", "kilometers"]
KG = ["kg", "kilograms", "kilos"]


def q_m_bmi_and_pounds(rng: random.Random) -> Item:  # BMI from metric, weight in pounds
    kg, cm = rng.randint(50, 110), rng.randint(150, 195)
    bmi, lb = F(kg) / (F(cm, 100) ** 2), F(kg) / LB
    if not safe(bmi) or tie(lb):
        return q_m_bmi_and_pounds(rng)
    return multi("Q_m_bmi_and_pounds", f"I'm {cm} cm and {kg} kg. What's my BMI, and what do "
                 "I weigh in pounds?", [dp12(bmi), unit(lb, "lb", "pounds", "lbs")])


def q_m_bmi_imperial_cm(rng: random.Random) -> Item:  # BMI from feet and pounds, height in cm
    ft, inch, lb = rng.randint(5, 6), rng.randint(0, 11), rng.randint(110, 240)
    inches = 12 * ft + inch
    m, kg = inches * INCH, lb * LB
    bmi, cm = kg / (m * m), m * 100
    if not safe(bmi) or tie(cm) or inches > 78:
        return q_m_bmi_imperial_cm(rng)
    return multi("Q_m_bmi_imperial_cm", f"{ft}'{inch}\" and {lb} lbs - bmi? also what's my "
                 "height in cm", [dp12(bmi), unit(cm, "cm", "centimetres", "centimeters")])


def q_m_max_heart_zone(rng: random.Random) -> Item:  # 220 - age, then a share of it
    age, pct = rng.randint(18, 70), rng.choice([60, 65, 70, 75, 80, 85])
    top = 220 - age
    zone = F(top * pct, 100)
    if tie(zone, 0) or zone.denominator != 1:
        return q_m_max_heart_zone(rng)
    return multi("Q_m_max_heart_zone", f"im {age}, what's my max heart rate (220 minus age) "
                 f"and what's {pct}% of it?", [[str(top)], [str(zone)]])


def q_m_dose_times(rng: random.Random) -> Item:  # a dose schedule: the next two times
    start, gap = rng.randint(6 * 60, 11 * 60) // 5 * 5, rng.choice([4, 6, 8])
    h, m = divmod(start, 60)
    return multi("Q_m_dose_times", f"took my first paracetamol at {h}:{m:02d} this morning, "
                 f"label says every {gap} hours. when are the next two?",
                 [clock(start + 60 * gap), clock(start + 120 * gap)])


def q_m_run_miles_speed(rng: random.Random) -> Item:  # a run: miles, and km/h
    km, mins = rng.choice([5, 8, 10, 12, 15, 21]), rng.randint(22, 120)
    miles, speed = F(km) / MILE, F(km * 60, mins)
    if tie(miles) or tie(speed) or speed > 22:
        return q_m_run_miles_speed(rng)
    return multi("Q_m_run_miles_speed", f"ran {km} km in {mins} minutes today! how many miles "
                 "is that and what was my average speed in km/h?",
                 [unit(miles, "mi", "miles"), unit(speed, "km/h", "kph", "kilometres per hour")])


def q_m_heat_two_scales(rng: random.Random) -> Item:  # Celsius to Fahrenheit and kelvin
    c = rng.randint(-20, 45)
    return multi("Q_m_heat_two_scales", f"{c}°C - what's that in fahrenheit and in kelvin?",
                 [deg_f(F(c * 9, 5) + 32), unit(F(c) + F("273.15"), "K", "kelvin", "Kelvin")])


def q_m_kilos_and_km(rng: random.Random) -> Item:  # two conversions in one message
    kg, mi = rng.randint(2, 90), rng.randint(2, 60)
    lb, km = F(kg) / LB, mi * MILE
    if tie(lb) or tie(km):
        return q_m_kilos_and_km(rng)
    return multi("Q_m_kilos_and_km", f"Convert {kg} kg to pounds and {mi} miles to km please.",
                 [unit(lb, "lb", "pounds", "lbs"), unit(km, *KM)])


def q_m_grams_ounces_water(rng: random.Random) -> Item:  # grams to ounces, then a sum in grams
    g, extra = 25 * rng.randint(4, 30), 25 * rng.randint(1, 8)
    oz = F(g) / OZ
    if tie(oz):
        return q_m_grams_ounces_water(rng)
    return multi("Q_m_grams_ounces_water", f"recipe wants {g} g of flour - how many ounces is "
                 f"that? and if I add another {extra} g how many grams total?",
                 [unit(oz, "oz", "ounces"), unit(F(g + extra), "g", "grams")])


def q_m_weights_mean_chart(rng: random.Random) -> Item:  # a week of weights: mean and a chart
    values = [F(rng.randint(700, 900), 10) for _ in range(7)]
    mean = sum(values, F(0)) / 7
    if tie(mean):
        return q_m_weights_mean_chart(rng)
    listed = ", ".join(str(float(v)) for v in values)
    return multi("Q_m_weights_mean_chart", f"my weight this week in kg: {listed}. whats the "
                 "average, and can you chart it?", [named(MEAN, mean), CHART])


def q_m_temps_range_median(rng: random.Random) -> Item:  # highs: median and range
    values = [rng.randint(-5, 35) for _ in range(rng.choice([5, 7, 9]))]
    med, spread = F(statistics.median(values)), max(values) - min(values)
    return multi("Q_m_temps_range_median", "daily highs last week were " + " ".join(
        f"{v}°" for v in values) + ". median and range?",
        [named(MEDIAN, med), named(["range", "Range"], F(spread))])


def q_m_csv_sales_chart(rng: random.Random) -> Item:  # CSV of monthly sales: total, chart
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    sales = [rng.randint(120, 980) for _ in months]
    csv = "month,sales\n" + "".join(f"{m},{s}\n" for m, s in zip(months, sales, strict=True))
    total = sum(sales)
    return multi("Q_m_csv_sales_chart", "attached is our sales sheet. total sales for the half "
                 "year, and a line chart please", [[str(total), f"{total:,}"], CHART], csv=csv)


def q_m_csv_expenses_euros(rng: random.Random) -> Item:  # CSV of dollar costs, total in euros
    names = ["hotel", "food", "taxi", "museum", "train"]
    costs = [F(rng.randint(500, 30000), 100) for _ in names]
    total = sum(costs, F(0))
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return q_m_csv_expenses_euros(rng)
    csv = "item,usd\n" + "".join(f"{n},{float(c):.2f}\n" for n, c in zip(names, costs,
                                                                         strict=True))
    return multi("Q_m_csv_expenses_euros", "Here's what the trip cost in dollars. What's the "
                 "total, and the total in euros?", [forms(total), cash(eur, "EUR")], csv=csv)


def q_m_csv_mean_max(rng: random.Random) -> Item:  # CSV of scores: mean and highest
    names = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay"]
    scores = [rng.randint(40, 100) for _ in names]
    mean = F(sum(scores), len(scores))
    top = max(scores)
    if tie(mean) or scores.count(top) > 1:
        return q_m_csv_mean_max(rng)
    best = names[scores.index(top)]
    csv = "name,score\n" + "".join(f"{n},{s}\n" for n, s in zip(names, scores, strict=True))
    return multi("Q_m_csv_mean_max", "class test scores attached. mean score? and who got the "
                 "highest?", [named(MEAN, mean), [best]], csv=csv)


def q_m_steps_km(rng: random.Random) -> Item:  # a list of step counts: mean, then kilometres
    steps = [rng.randint(3000, 15000) for _ in range(5)]
    mean = F(sum(steps), 5)
    km = mean * F(3, 4) / 1000
    if tie(mean) or tie(km):
        return q_m_steps_km(rng)
    return multi("Q_m_steps_km", "step counts mon-fri: " + ", ".join(map(str, steps)) +
                 ". average per day? and at 0.75 m per step how many km is that average?",
                 [named(MEAN, mean), unit(km, *KM)])


def q_m_price_per_kilo(rng: random.Random) -> Item:  # pounds of weight to kg, price per kilo
    lb, price = rng.randint(2, 12), F(rng.randint(300, 3000), 100)
    kg = lb * LB
    per = price / kg
    if tie(kg) or tie(per):
        return q_m_price_per_kilo(rng)
    return multi("Q_m_price_per_kilo", f"a {lb} lb bag of coffee costs €{float(price):.2f}. "
                 "how many kilos is the bag, and what's the price per kilo?",
                 [unit(kg, *KG), cash(per, "EUR")])


def q_m_pool_litres_gallons(rng: random.Random) -> Item:  # volume of a box, then in litres
    a, b, c = rng.randint(2, 9), rng.randint(2, 6), rng.randint(1, 3)
    m3 = a * b * c
    return multi("Q_m_pool_litres_gallons", f"paddling pool is {a} m by {b} m and {c} m deep. "
                 "volume in cubic metres, and how many litres?",
                 [unit(F(m3), "m³", "m3", "cubic metres", "cubic meters"),
                  unit(F(m3 * 1000), "L", "litres", "liters", "l")])


MIXED: list[Family] = [
    q_m_bmi_and_pounds, q_m_bmi_imperial_cm, q_m_max_heart_zone, q_m_dose_times,
    q_m_run_miles_speed, q_m_heat_two_scales, q_m_kilos_and_km, q_m_grams_ounces_water,
    q_m_weights_mean_chart, q_m_temps_range_median, q_m_csv_sales_chart,
    q_m_csv_expenses_euros, q_m_csv_mean_max, q_m_steps_km, q_m_price_per_kilo,
    q_m_pool_litres_gallons,
]
