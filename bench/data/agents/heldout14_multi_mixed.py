"""Round 14 (``N_m_*``, dev now) multi-part requests mixing agents: an image read and then charted
or converted, a health figure with a unit change, a chart with the numbers behind it."""

from __future__ import annotations

import datetime
import math

from bench.data.agents.heldout14_multi_common import (
    GRAPH,
    KG,
    LB,
    MEAN,
    F,
    Item,
    cash,
    clock,
    convert,
    day,
    deg_c,
    deg_f,
    dp12,
    fams,
    forms,
    multi,
    named,
    num,
    pace,
    pct,
    random,
    receipt,
    root,
    safe,
    shot,
    sign,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _stone_lb(st: F) -> list[str]:
    whole_st = int(st)
    lb = int((st - whole_st) * 14 + F(1, 2))
    if lb == 14:
        whole_st, lb = whole_st + 1, 0
    return [f"{whole_st} st {lb} lb", f"{whole_st} stone {lb}", f"{whole_st}st {lb}lb"]


def _at(x: F) -> list[str]:
    return list(dict.fromkeys([*forms(x), f"${float(x):.2f}"]))


def n_m_square_sub_root(rng: random.Random) -> Item:  # a square, a subtraction, then a root
    a, b = rng.randint(6, 40), 0
    b = rng.randint(2, a - 1)
    if a * a - b * b < 0:
        return n_m_square_sub_root(rng)
    c = math.isqrt(a * a - b * b)
    if c * c != a * a - b * b:
        return n_m_square_sub_root(rng)
    return multi("N_m_square_sub_root", f"square {a}, take away {b * b}, then take the square root "
                 "of what's left", [whole(a * a), whole(a * a - b * b), whole(c)])


def n_m_pct_scores_rank(rng: random.Random) -> Item:  # two scores as percents, then the gap
    a, ta, b, tb = rng.randint(20, 48), 50, rng.randint(30, 78), 80
    pa, pb = F(a * 100, ta), F(b * 100, tb)
    if pa == pb or not safe(pa, pb):
        return n_m_pct_scores_rank(rng)
    return multi("N_m_pct_scores_rank", f"got {a}/{ta} on the first paper and {b}/{tb} on the "
                 "second. what are those as percentages and how many points apart?",
                 [pct(pa), pct(pb),
                  [*pct(abs(pa - pb)), *(f"{v} points" for v in num(abs(pa - pb)))]])


def n_m_stone_lose_target(rng: random.Random) -> Item:  # kilos to stone, then a target gap
    kg, target = rng.randint(60, 130), rng.randint(55, 100)
    st = kg / (14 * LB)
    if target >= kg or not safe(st):
        return n_m_stone_lose_target(rng)
    return multi("N_m_stone_lose_target", f"I weigh {kg} kg — how many stone is that? and how many "
                 f"kg until I reach {target}?",
                 [[*unit(st, "st", "stone"), *_stone_lb(st)], unit(F(kg - target), *KG)])


def n_m_pace_then_finish(rng: random.Random) -> Item:  # pace per km, then a half marathon time
    km, secs = rng.choice([5, 10]), 0
    per = rng.randint(280, 420)
    secs = per * km
    finish = per * F(210975, 10000)
    whole_s = int(finish + F(1, 2))
    if abs(finish - whole_s) > F(2, 5):
        return n_m_pace_then_finish(rng)
    h, rest = divmod(whole_s, 3600)
    m, s = divmod(rest, 60)
    return multi("N_m_pace_then_finish", f"ran {km} km in {secs // 60}:{secs % 60:02d}. what pace "
                 "is that per km, and what would a half marathon (21.0975 km) take at that pace?",
                 [[f"{per // 60}:{per % 60:02d}", f"{per // 60} min {per % 60} s",
                   f"{per // 60}:{per % 60:02d} per km", f"{per // 60}m {per % 60}s"],
                  [f"{h}:{m:02d}:{s:02d}", f"{h}h {m}m {s}s", f"{h} h {m} min {s} s",
                   f"{h} hour{'s' if h > 1 else ''} {m} minutes {s} seconds"]])


def n_m_receipt_bar_chart(rng: random.Random) -> Item:  # a receipt's total and a chart of it
    recipe, total, _ = receipt(rng)
    return multi("N_m_receipt_bar_chart", "can you make a bar chart of what I bought on this "
                 "receipt, by price? and tell me the total", [GRAPH, _at(total)], image=recipe)


def n_m_receipt_budget_share(rng: random.Random) -> Item:  # a receipt as a share of a budget
    recipe, total, _ = receipt(rng)
    budget = rng.choice([150, 200, 250, 300, 400])
    share = total * 100 / budget
    if not safe(share):
        return n_m_receipt_budget_share(rng)
    return multi("N_m_receipt_budget_share", f"my monthly food budget is ${budget}. what did this "
                 "shop cost, and what percent of the budget is that?", [_at(total), pct(share)],
                 image=recipe)


def n_m_receipt_count_and_solve(rng: random.Random) -> Item:  # items on a receipt and a solve
    recipe, _, items = receipt(rng)
    a, x, b = rng.randint(2, 9), rng.randint(-10, 20), rng.randint(5, 50)
    return multi("N_m_receipt_count_and_solve", f"how many items are on this receipt? also, "
                 f"unrelated, solve {a}x + {b} = {a * x + b}",
                 [[f"{len(items)} items", f"{len(items)} different items"], root(x)],
                 image=recipe)


def n_m_sign_and_bmi(rng: random.Random) -> Item:  # a sign read, and a BMI
    recipe, parts = sign(rng)
    kg, cm = rng.randint(48, 125), rng.randint(150, 200)
    bmi = kg / F(cm, 100) ** 2
    if not safe(bmi):
        return n_m_sign_and_bmi(rng)
    return multi("N_m_sign_and_bmi", f"what does this sign say? and separately, what's the BMI "
                 f"for {kg} kg at {cm} cm?", [*parts, dp12(bmi)], image=recipe)


def n_m_sign_and_plot(rng: random.Random) -> Item:  # a sign read, and a line plotted
    recipe, parts = sign(rng)
    a, b = rng.randint(2, 9), rng.randint(1, 20)
    return multi("N_m_sign_and_plot", f"read me this sign, then plot y = {a}x + {b} and tell me "
                 "where it crosses the y-axis", [*parts, GRAPH, [f"(0, {b})", f"y = {b}",
                                                                 f"(0,{b})", f"y={b}"]],
                 image=recipe)


def n_m_steps_week_screen(rng: random.Random) -> Item:  # a week of steps: mean and a chart
    steps = [rng.randint(2500, 16000) for _ in range(7)]
    mean = F(sum(steps), 7)
    if not safe(mean):
        return n_m_steps_week_screen(rng)
    return multi("N_m_steps_week_screen", "screenshot of my steps this week. average per day? and "
                 "chart them please", [named(MEAN, mean) + forms(mean), GRAPH],
                 image=shot(rng, "Steps", [f"{d}: {s}" for d, s in zip(DAYS, steps,
                                                                     strict=True)]))


def n_m_bank_spend_euros(rng: random.Random) -> Item:  # card payments: total and in euros
    shops = rng.sample(["Grocer", "Cafe", "Fuel", "Pharmacy", "Cinema", "Books"], 4)
    amounts = [F(rng.randint(300, 9000), 100) for _ in shops]
    total = sum(amounts, F(0))
    eur = convert(total, "USD", "EUR")
    if not safe(eur):
        return n_m_bank_spend_euros(rng)
    return multi("N_m_bank_spend_euros", "these are my card payments today (in dollars). what's "
                 "the total, and the same in euros?", [forms(total), cash(eur, "EUR")],
                 image=shot(rng, "Card activity", [f"{s} -{float(a):.2f} USD"
                                                   for s, a in zip(shops, amounts, strict=True)]))


def n_m_thermostat_celsius(rng: random.Random) -> Item:  # two readings in °F, both in °C
    now, want = rng.randint(58, 80), rng.randint(64, 78)
    cn, cw = F(now - 32) * 5 / 9, F(want - 32) * 5 / 9
    if now == want or not safe(cn, cw):
        return n_m_thermostat_celsius(rng)
    return multi("N_m_thermostat_celsius", "my thermostat app is in fahrenheit. what are the "
                 "current and target temperatures in celsius?", [deg_c(cn), deg_c(cw)],
                 image=shot(rng, "Thermostat", [f"Indoor: {now} F", f"Target: {want} F"]))


def n_m_results_mean_best(rng: random.Random) -> Item:  # report card: mean and the top subject
    subjects = rng.sample(["Maths", "English", "Biology", "History", "Art", "French"], 4)
    marks = rng.sample(range(45, 99), 4)
    mean = F(sum(marks), 4)
    if not safe(mean):
        return n_m_results_mean_best(rng)
    best = subjects[marks.index(max(marks))]
    return multi("N_m_results_mean_best", "my daughter's results came through (screenshot). "
                 "what's her average mark and which subject was her best?",
                 [named(MEAN, mean) + forms(mean), [best]],
                 image=shot(rng, "Results", [f"{s}: {m}" for s, m in zip(subjects, marks,
                                                                        strict=True)]))


def n_m_run_app_pace(rng: random.Random) -> Item:  # a run read off an app: pace and km/h
    km = rng.choice([3, 4, 5, 6, 8, 10])
    per = rng.randint(270, 430)
    secs = per * km
    kmh = F(km * 3600, secs)
    if not safe(kmh):
        return n_m_run_app_pace(rng)
    return multi("N_m_run_app_pace", "from this run summary: what was my pace per km, and my "
                 "average speed in km/h?", [pace(per), unit(kmh, "km/h", "kph")],
                 image=shot(rng, "Run", [f"Distance: {km}.00 km",
                                         f"Time: {secs // 60}:{secs % 60:02d}"]))


def n_m_hr_screen_reserve(rng: random.Random) -> Item:  # max heart rate and reserve from a screen
    age, rest = rng.randint(20, 70), rng.randint(45, 85)
    top = 220 - age
    return multi("N_m_hr_screen_reserve", "using 220 minus age, what's my max heart rate, and my "
                 "heart rate reserve (max minus resting)? details in the screenshot",
                 [[f"{top} bpm", *labelled(["max heart rate", "maximum heart rate", "max HR"],
                                           str(top))],
                  [f"{top - rest} bpm", *labelled(["reserve", "heart rate reserve", "HRR"],
                                                  str(top - rest))]],
                 image=shot(rng, "Health", [f"Age: {age}", f"Resting HR: {rest} bpm"]))


def n_m_shares_value(rng: random.Random) -> Item:  # a holding's value in dollars and euros
    price, count = F(rng.randint(1500, 60000), 100), rng.randint(3, 80)
    value = price * count
    eur = convert(value, "USD", "EUR")
    if not safe(eur):
        return n_m_shares_value(rng)
    return multi("N_m_shares_value", "how much are my shares worth according to this, and what "
                 "is that in euros?", [forms(value), cash(eur, "EUR")],
                 image=shot(rng, "Portfolio", [f"Price: {float(price):.2f} USD",
                                               f"Shares: {count}"]))


def n_m_weather_both_f(rng: random.Random) -> Item:  # a forecast's high and low in °F
    hi, lo = rng.randint(12, 38), rng.randint(-5, 20)
    if lo >= hi:
        return n_m_weather_both_f(rng)
    return multi("N_m_weather_both_f", "what are the high and low on this forecast in "
                 "fahrenheit?", [deg_f(F(hi * 9, 5) + 32), deg_f(F(lo * 9, 5) + 32)],
                 image=shot(rng, "Weather", [f"High: {hi} C", f"Low: {lo} C"]))


def n_m_height_cm_bmi(rng: random.Random) -> Item:  # feet and inches to cm, then BMI
    ft, inch, kg = rng.randint(4, 6), rng.randint(0, 11), rng.randint(45, 120)
    cm = (12 * ft + inch) * F(254, 100)
    bmi = kg / (cm / 100) ** 2
    if not safe(cm, bmi) or (ft == 4 and inch < 10) or (ft == 6 and inch > 6):
        return n_m_height_cm_bmi(rng)
    return multi("N_m_height_cm_bmi", f"I'm {ft} foot {inch} and {kg} kilos. height in cm? BMI?",
                 [unit(cm, "cm", "centimetres", "centimeters"), dp12(bmi)])


def n_m_fever_next_dose(rng: random.Random) -> Item:  # a fever in °C, and the next dose time
    tenths = rng.randint(995, 1045)
    f_ = F(tenths, 10)
    c = (f_ - 32) * 5 / 9
    given = rng.randint(8 * 12, 20 * 12) * 5
    gap = rng.choice([4, 6])
    if not safe(c):
        return n_m_fever_next_dose(rng)
    return multi("N_m_fever_next_dose", f"his temp is {float(f_):.1f} F, what's that in C? I gave "
                 f"him medicine at {given // 60}:{given % 60:02d} and it's every {gap} hours, so "
                 "when's the next one?", [deg_c(c), clock((given + 60 * gap) % 1440)])


def n_m_water_fl_oz(rng: random.Random) -> Item:  # a day's drinks in litres and US fl oz
    glasses, size, bottle = rng.randint(2, 8), rng.choice([200, 250, 330]), rng.choice([500,
                                                                                      750, 1500])
    ml = glasses * size + bottle
    oz = F(ml) / F(295735295625, 10**10)
    if not safe(oz):
        return n_m_water_fl_oz(rng)
    return multi("N_m_water_fl_oz", f"today I drank {glasses} glasses of {size} ml and a "
                 f"{bottle} ml bottle. how many litres total, and how many US fl oz?",
                 [unit(F(ml, 1000), "L", "litres", "liters", "l"),
                  unit(oz, "fl oz", "fluid ounces", "oz")])


def n_m_five_k_speed(rng: random.Random) -> Item:  # a 5k time: pace and speed
    secs = rng.randint(19 * 60, 40 * 60)
    per = F(secs, 5)
    kmh = F(5 * 3600, secs)
    if per.denominator != 1 or not safe(kmh):
        return n_m_five_k_speed(rng)
    return multi("N_m_five_k_speed", f"parkrun today: 5k in {secs // 60}:{secs % 60:02d}. pace per "
                 "km and average speed?", [pace(int(per)), unit(kmh, "km/h", "kph")])


def n_m_met_calories(rng: random.Random) -> Item:  # MET calories, then kilojoules
    met, kg, mins = rng.choice([F(7), F(8), F(10), F(35, 10), F(6)]), rng.randint(50, 110), \
        rng.choice([20, 30, 40, 45, 60, 90])
    kcal = met * kg * F(mins, 60)
    kj = kcal * F(4184, 1000)
    if not safe(kcal, kj):
        return n_m_met_calories(rng)
    return multi("N_m_met_calories", f"calories = MET x weight in kg x hours. for {mins} min at "
                 f"MET {float(met):g} and {kg} kg, how many kcal is that, and how many kJ?",
                 [unit(kcal, "kcal", "calories", "Calories"), unit(kj, "kJ", "kilojoules")])


def n_m_mifflin_tdee(rng: random.Random) -> Item:  # Mifflin-St Jeor BMR, then with activity
    kg, cm, age, male = rng.randint(50, 110), rng.randint(150, 195), rng.randint(20, 70), \
        rng.random() < 0.5
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if male else -161)
    factor = rng.choice([F(12, 10), F(1375, 1000), F(155, 100), F(1725, 1000)])
    tdee = bmr * factor
    if not safe(bmr, tdee):
        return n_m_mifflin_tdee(rng)
    who = "man" if male else "woman"
    return multi("N_m_mifflin_tdee", f"Mifflin-St Jeor BMR for a {age} year old {who}, {kg} kg, "
                 f"{cm} cm? then multiply by {float(factor):g} for activity",
                 [num(bmr) + [f"{v} kcal" for v in num(bmr)],
                  num(tdee) + [f"{v} kcal" for v in num(tdee)]])


def n_m_glucose_mmol(rng: random.Random) -> Item:  # two readings from mg/dL to mmol/L
    a, b = rng.randint(70, 250), rng.randint(70, 250)
    ma, mb = F(a, 18), F(b, 18)
    if a == b or not safe(ma, mb):
        return n_m_glucose_mmol(rng)
    return multi("N_m_glucose_mmol", f"my meter is in mg/dL. fasting was {a}, after lunch {b}. "
                 "dividing by 18, what are those in mmol/L?",
                 [unit(ma, "mmol/L", "mmol/l", places=1) + unit(ma, "mmol/L", "mmol/l"),
                  unit(mb, "mmol/L", "mmol/l", places=1) + unit(mb, "mmol/L", "mmol/l")])


def n_m_due_date_weeks(rng: random.Random) -> Item:  # a due date, then weeks along on a date
    lmp = datetime.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    due = lmp + datetime.timedelta(days=280)
    check = lmp + datetime.timedelta(days=rng.randint(40, 250))
    weeks, days = divmod((check - lmp).days, 7)
    month = check.strftime("%B")
    return multi("N_m_due_date_weeks", f"last period started {lmp.day} {lmp:%B %Y}. due date at "
                 f"280 days? and how many weeks along will I be on {check.day} {month}?",
                 [[*day(due.month, due.day, due.year), f"{due.day} {due:%B %Y}",
                   f"{due:%B} {due.day}, {due.year}"],
                  [f"{weeks} weeks {days} day", f"{weeks} weeks and {days} day", f"{weeks}+{days}",
                   f"{weeks}w{days}d", f"{weeks} weeks, {days} day"] if days else
                  [f"{weeks} weeks"]])


FAMILIES_MIXED = fams(
    n_m_square_sub_root, n_m_pct_scores_rank, n_m_stone_lose_target, n_m_pace_then_finish,
    n_m_receipt_bar_chart, n_m_receipt_budget_share, n_m_receipt_count_and_solve,
    n_m_sign_and_bmi, n_m_sign_and_plot, n_m_steps_week_screen, n_m_bank_spend_euros,
    n_m_thermostat_celsius, n_m_results_mean_best, n_m_run_app_pace, n_m_hr_screen_reserve,
    n_m_shares_value, n_m_weather_both_f, n_m_height_cm_bmi, n_m_fever_next_dose,
    n_m_water_fl_oz, n_m_five_k_speed, n_m_met_calories, n_m_mifflin_tdee, n_m_glucose_mmol,
    n_m_due_date_weeks)
