"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: more health and fitness arithmetic
— body composition, gym maths, sleep and fasting windows, babies, nutrition labels, and bedside
dose sums."""

from __future__ import annotations

import datetime
import random
from fractions import Fraction

from bench.data.agents.heldout16_health import bpm, kcal
from bench.data.agents.heldout16_health_2 import MG, MLS, a_day, count, day_forms, say, say_day
from bench.data.agents.heldout16_units import (
    FOOT,
    INCH,
    calc,
    clock,
    duration,
    families,
    num,
    show,
    units,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
KGS = ("kg", "kilograms", "kilos")
GRAMS = ("g", "grams")


# --- body composition and weight ----------------------------------------------------------

def bmi_mixed(r: random.Random) -> Item | None:  # BMI from feet/inches and kg
    ft, inch, kg = r.choice([5, 6]), r.randint(0, 11), r.randint(50, 120)
    h = ft * FOOT + inch * INCH
    return calc(f"height's in feet, weight's in kilos (don't ask): {ft}'{inch}\", {kg} kg. "
                "bmi to 1 dp?", num(kg / h**2, 1))


def bmi_category(r: random.Random) -> Item | None:  # BMI value and WHO category (two parts)
    kg, cm = r.randint(42, 135), r.randint(150, 195)
    value = F(kg) / F(cm, 100) ** 2
    shown = num(value, 1)
    if shown is None:
        return None
    b = float(shown[0])
    label = ["underweight"] if b < 18.5 else ["normal", "healthy"] if b < 25 else \
        ["overweight"] if b < 30 else ["obese", "obesity"]
    return calc(f"{kg}kg and {cm}cm. what's the BMI and which WHO category is that?", shown,
                label)


def lean_mass(r: random.Random) -> Item | None:  # lean mass from weight and body fat
    kg, fat = F(r.randint(500, 1200), 10), r.randint(10, 40)
    return calc(f"Scale says {show(kg)} kg and {fat}% body fat. What's my lean body mass?",
                units(kg * (100 - fat) / 100, KGS, 1))


def katch(r: random.Random) -> Item | None:  # Katch-McArdle BMR
    kg, fat = r.randint(55, 115), r.randint(10, 38)
    lbm = F(kg * (100 - fat), 100)
    return calc(f"Katch-McArdle BMR (370 + 21.6 × lean mass in kg): {kg} kg at {fat}% body "
                "fat?", kcal(370 + F("21.6") * lbm))


def loss_rate(r: random.Random) -> Item | None:  # kg a week from a daily deficit
    cut = r.choice([250, 300, 350, 400, 450, 500, 600, 700, 800, 1000])
    return calc(f"if i eat {cut} kcal under maintenance every day and 7700 kcal = 1 kg, how "
                "many kg do i lose per week?", units(F(cut * 7, 7700), KGS, 2, bare=True))


def loss_percent(r: random.Random) -> Item | None:  # percent of body weight lost
    start, now = F(r.randint(700, 1400), 10), F(r.randint(10, 200), 10)
    return calc(f"Went from {show(start)} kg to {show(start - now)} kg. What percent of my "
                "body weight is that?", units(now * 100 / start, ("%", "percent"), 1))


def five_percent(r: random.Random) -> Item | None:  # weight after losing a percentage
    kg, pct = r.randint(70, 150), r.choice([5, 7, 10, 15])
    return calc(f"Doctor wants me to lose {pct}% of my weight. I'm {kg} kg — what's the target "
                "weight?", units(F(kg * (100 - pct), 100), KGS, 1))


def per_week(r: random.Random) -> Item | None:  # average kg lost per week
    lost, weeks = F(r.randint(15, 200), 10), r.randint(3, 26)
    return calc(f"lost {show(lost)} kg over {weeks} weeks. average per week?",
                units(lost / weeks, KGS, 2))


# --- gym and sport ------------------------------------------------------------------------

def epley(r: random.Random) -> Item | None:  # one-rep max, Epley
    kg, reps = F(r.randint(40, 300), 2), r.randint(2, 12)
    return calc(f"Did {show(kg)} kg for {reps} reps. Estimated 1RM with Epley (w × (1 + r/30))?",
                units(kg * (1 + F(reps, 30)), KGS, 1))


def brzycki(r: random.Random) -> Item | None:  # one-rep max, Brzycki
    lb, reps = r.randint(60, 450), r.randint(2, 10)
    return calc(f"{lb} lb x {reps} — what's my one rep max by the Brzycki formula "
                "(w × 36 / (37 − reps))?", units(F(lb * 36, 37 - reps), ("lb", "lbs",
                                                                          "pounds"), 1))


def plates_side(r: random.Random) -> Item | None:  # weight per side of a 20 kg bar
    target = r.randrange(40, 250, 5)
    return calc(f"bar is 20 kg and I want {target} kg total. How much on each side?",
                units(F(target - 20, 2), KGS, 2))


def plates_lb(r: random.Random) -> Item | None:  # weight per side of a 45 lb bar
    target = r.randrange(95, 500, 5)
    return calc(f"Loading {target} lb on a 45 lb barbell — how many pounds per side?",
                units(F(target - 45, 2), ("lb", "lbs", "pounds"), 2))


def swim_pace(r: random.Random) -> Item | None:  # time per 100 m
    m, mins, secs = r.choice([400, 750, 800, 1000, 1500, 2000]), r.randint(6, 45), r.randint(0,
                                                                                            59)
    per = num(F(mins * 60 + secs) * 100 / m, 0)
    if per is None:
        return None
    p = int(per[0])
    return calc(f"swam {m} m in {mins}:{secs:02d}. what's my average per 100 m? (nearest sec)",
                [f"{p // 60}:{p % 60:02d}", f"{p // 60} min {p % 60} s",
                 f"{p // 60}m {p % 60}s", f"{p // 60} minutes {p % 60} seconds"])


def hr_recovery(r: random.Random) -> Item | None:  # heart-rate recovery after a minute
    peak, after = r.randint(150, 195), r.randint(95, 150)
    if after >= peak:
        return None
    return calc(f"HR was {peak} at the end of the interval and {after} one minute later. "
                "What's my 1-minute heart rate recovery?", bpm(F(peak - after)))


def tanaka_pct(r: random.Random) -> Item | None:  # a percent of Tanaka max HR
    age, pct = r.randint(20, 70), r.choice([60, 65, 70, 75, 80, 85, 90])
    return calc(f"I'm {age}. Using max HR = 208 - 0.7 x age, what is {pct}% of my max? (whole "
                "bpm)", bpm((208 - F(7, 10) * age) * pct / 100))


def resting_avg(r: random.Random) -> Item | None:  # mean resting heart rate over a week
    vals = [r.randint(48, 82) for _ in range(7)]
    return calc(f"resting HR this week: {', '.join(map(str, vals))}. average?",
                bpm(F(sum(vals), 7), 1))


def steps_km(r: random.Random) -> Item | None:  # steps times stride length
    steps, stride = r.randint(3000, 25000), r.randint(62, 85)
    return calc(f"{steps:,} steps today with a {stride} cm stride — how many km?",
                units(F(steps * stride, 100000), ("km", "kilometres", "kilometers"), 2))


def km_steps(r: random.Random) -> Item | None:  # steps for a distance at a stride
    km, stride = r.randint(2, 15), r.choice([65, 70, 72, 75, 78, 80])
    return calc(f"about how many steps is {km} km if my stride is {stride} cm? (whole steps)",
                units(F(km * 100000, stride), ("steps",), 0, bare=True))


def steps_left(r: random.Random) -> Item | None:  # steps still to reach a goal
    goal, done = r.choice([8000, 10000, 12000, 15000]), r.randint(1500, 7900)
    left = goal - done
    return calc(f"at {done:,} steps, goal is {goal:,}. how many to go?",
                [str(left), f"{left:,}", f"{left} steps", f"{left:,} steps"])


# --- sleep and fasting --------------------------------------------------------------------

def sleep_length(r: random.Random) -> Item | None:  # time asleep from bed and wake times
    bed, length = r.randrange(1290, 1530, 5), r.randrange(300, 600, 5)
    return calc(f"fell asleep at {say(bed, r)}, woke at {say(bed + length, r)}. how long did "
                "I sleep?", duration(F(length)))


def sleep_debt(r: random.Random) -> Item | None:  # hours short of a weekly sleep target
    need = r.choice([7, F(15, 2), 8])
    nights = [F(r.randint(10, 17), 2) for _ in range(5)]
    short = need * 5 - sum(nights)
    if short <= 0:
        return None
    slept = ", ".join(show(n) for n in nights)
    return calc(f"I need {show(F(need))} h a night. Mon–Fri I slept {slept} hours. How many "
                "hours short am I for the week?",
                units(short, ("hours", "h", "hrs"), 1, bare=True))


def fast_end(r: random.Random) -> Item | None:  # when a fast ends
    start, hours = r.randrange(1080, 1380, 15), r.choice([12, 14, 16, 18, 20])
    return calc(f"started a {hours}-hour fast at {say(start, r)}. when can I eat?",
                clock(start + hours * 60))


def eat_window(r: random.Random) -> Item | None:  # end of an eating window
    start, hours = r.randrange(600, 840, 15), r.choice([4, 6, 8, 10])
    return calc(f"My eating window opens at {say(start, r)} and lasts {hours} hours. When does "
                "it close?", clock(start + hours * 60))


# --- babies and pregnancy -----------------------------------------------------------------

def preg_weeks(r: random.Random) -> Item | None:  # gestational age from LMP to a date
    lmp, days = a_day(r), r.randint(30, 280)
    today = lmp + datetime.timedelta(days=days)
    w, d = divmod(days, 7)
    return calc(f"LMP was {say_day(lmp)}. How many weeks pregnant am I on {say_day(today)}?",
                [f"{w} weeks {d} days", f"{w} weeks and {d} days", f"{w}w{d}d", f"{w}+{d}",
                 f"{w}w {d}d", f"{w} weeks, {d} days"] if d else [f"{w} weeks", f"{w}w",
                                                                 f"{w}+0"])


def ovulation(r: random.Random) -> Item | None:  # ovulation day from cycle start and length
    start, cycle = a_day(r), r.randint(24, 35)
    return calc(f"period started {say_day(start)}, cycles are {cycle} days. if ovulation is "
                "14 days before the next period, what date is that?",
                day_forms(start + datetime.timedelta(days=cycle - 14)))


def baby_feeds(r: random.Random) -> Item | None:  # ml a day and per feed (two parts)
    kg, per, feeds = F(r.randint(25, 60), 10), r.choice([150, 160, 180]), r.choice([6, 7, 8])
    day = kg * per
    return calc(f"baby weighs {show(kg)} kg, needs {per} ml/kg/day, fed {feeds} times a day. "
                "ml per day and ml per feed?", units(day, MLS, 1, bare=True),
                units(day / feeds, MLS, 1, bare=True))


def formula_scoops(r: random.Random) -> Item | None:  # scoops of formula for a bottle
    ml, per = r.choice([60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 360]), 30
    return calc(f"one scoop per {per} ml water. how many scoops for a {ml} ml bottle?",
                count(ml // per, "scoops"))


def baby_gain(r: random.Random) -> Item | None:  # grams gained per day
    g1, gain, days = r.randint(2800, 4500), r.randint(80, 600), r.randint(5, 21)
    return calc(f"She was {g1} g at the last check and {g1 + gain} g today, {days} days later. "
                "Average gain per day?", units(F(gain, days), (*GRAMS, "g/day"), 1))


# --- nutrition labels ---------------------------------------------------------------------

def sodium_salt(r: random.Random) -> Item | None:  # sodium to salt (x2.5)
    mg = r.randint(80, 2400)
    return calc(f"label gives sodium {mg} mg. salt equivalent in grams? (salt = sodium × 2.5)",
                units(F(mg * 5, 2000), GRAMS, 2))


def salt_sodium(r: random.Random) -> Item | None:  # salt to sodium (x0.4)
    g = F(r.randint(2, 60), 10)
    return calc(f"Salt {show(g)} g per serving. How many mg of sodium is that, using salt × 0.4?",
                units(g * 400, MG, 0))


def sugar_tsp(r: random.Random) -> Item | None:  # grams of sugar in teaspoons
    g = r.randint(8, 80)
    return calc(f"{g} g of sugar in this drink — how many teaspoons if a teaspoon is 4 g?",
                units(F(g, 4), ("teaspoons", "tsp"), 2, bare=True))


def daily_value(r: random.Random) -> Item | None:  # percent of a daily value
    mg, dv = r.randint(50, 1500), r.choice([1000, 1300, 2300, 4700, 18, 420])
    if dv < 100:
        mg = r.randint(2, 16)
    return calc(f"One serving has {mg} mg and the daily value is {dv} mg. What % DV is that?",
                units(F(mg * 100, dv), ("%", "percent"), 1))


def caffeine_cups(r: random.Random) -> Item | None:  # cups under a caffeine limit
    limit, cup = r.choice([200, 300, 400]), r.randint(55, 180)
    if limit % cup == 0:
        return None  # "under" the limit would be ambiguous
    return calc(f"staying under {limit} mg caffeine a day, with {cup} mg per cup, how many full "
                "cups can i have?", count(limit // cup, "cups"))


def vit_d_mcg(r: random.Random) -> Item | None:  # vitamin D IU to micrograms
    iu = r.choice([200, 400, 600, 800, 1000, 1500, 2000, 2500, 4000, 5000, 10000])
    return calc(f"Vitamin D {iu:,} IU — how many micrograms? (40 IU = 1 mcg)",
                units(F(iu, 40), ("mcg", "µg", "micrograms", "ug"), 1))


def vit_d_iu(r: random.Random) -> Item | None:  # vitamin D micrograms to IU
    mcg = r.choice([5, 10, 15, 20, 25, 50, 75, 100, 125])
    return calc(f"my supplement says {mcg} µg vitamin D3. what's that in IU?",
                [f"{mcg * 40} IU", f"{mcg * 40:,} IU", f"{mcg * 40}IU", f"{mcg * 40:,}IU"])


def week_units(r: random.Random) -> Item | None:  # weekly alcohol units from drinks
    pints, glasses = r.randint(0, 8), r.randint(0, 8)
    if pints + glasses == 0:
        return None
    return calc(f"This week: {pints} pints of 4% beer (2.3 units each) and {glasses} glasses "
                "(175 ml) of 12% wine (2.1 units each). Total units?",
                units(pints * F("2.3") + glasses * F("2.1"), ("units",), 1, bare=True))


# --- bedside dose sums --------------------------------------------------------------------

def liquid_dose(r: random.Random) -> Item | None:  # ml of a liquid for an mg dose
    dose, mg, per_ml = r.choice([F(5, 2), F(5), F(15, 2), F(10), F(20), F(25)]), r.choice(
        [F(5, 2), F(5), F(10)]), r.choice([5, 10])
    return calc(f"Give {show(dose)} mg; the liquid is {show(mg)} mg per {per_ml} mL. How many "
                "mL?", units(dose * per_ml / mg, MLS, 2))


def mgkg_check(r: random.Random) -> Item | None:  # mg/kg actually given
    kg, mg = F(r.randint(80, 400), 10), r.choice([120, 160, 180, 200, 240, 250, 320, 400, 500])
    return calc(f"child weighs {show(kg)} kg and was given {mg} mg. how many mg/kg is that?",
                units(mg / kg, ("mg/kg",), 1, bare=True))


def taper_total(r: random.Random) -> Item | None:  # tablets over a one-a-day taper
    start = r.randint(3, 12)
    n = start * (start + 1) // 2
    return calc(f"Taper: {start} tablets on day 1, then one fewer each day until none. How many "
                "tablets in total?", count(n, "tablets"))


def insulin_ml(r: random.Random) -> Item | None:  # U-100 units to ml
    u = r.randint(2, 80)
    return calc(f"{u} units of U-100 insulin is how many ml?", units(F(u, 100), MLS, 2))


def vial_doses(r: random.Random) -> Item | None:  # full doses from a vial
    vial, dose = r.choice([5, 10, 20, 30, 50]), r.choice([F(3, 10), F(1, 2), F(3, 4), F(6, 5),
                                                          F(3, 2), F(5, 2)])
    n = int(vial / dose)
    return calc(f"{vial} ml vial, each dose {show(dose)} ml. how many full doses?",
                count(n, "doses", "full doses"))


def mg_per_hour(r: random.Random) -> Item | None:  # mg/h from concentration and rate
    mg, ml, rate = r.choice([100, 200, 250, 500, 1000]), r.choice([50, 100, 250, 500]), \
        r.randint(5, 60)
    return calc(f"{mg} mg in {ml} ml running at {rate} ml/h. How many mg per hour?",
                units(F(mg * rate, ml), ("mg/h", "mg/hr", "mg per hour"), 2))


def mcg_kg_min(r: random.Random) -> Item | None:  # pump rate for a mcg/kg/min dose
    dose, kg, mg, ml = r.choice([2, 3, 5, 8, 10]), r.randint(50, 110), r.choice([200, 400,
                                                                                  800]), \
        r.choice([250, 500])
    rate = F(dose * kg * 60 * ml, mg * 1000)
    return calc(f"dopamine {dose} mcg/kg/min, patient {kg} kg, bag is {mg} mg in {ml} ml. rate "
                "in ml/h?", units(rate, ("ml/h", "mL/h", "ml/hr", "mL/hr"), 1))


FAMILIES: list[tuple[Family, int]] = families(
    bmi_mixed, bmi_category, lean_mass, katch, loss_rate, loss_percent, five_percent, per_week,
    epley, brzycki, plates_side, plates_lb, swim_pace, hr_recovery, tanaka_pct, resting_avg,
    steps_km, km_steps, steps_left, sleep_length, sleep_debt, fast_end, eat_window, preg_weeks,
    ovulation, baby_feeds, formula_scoops, baby_gain, sodium_salt, salt_sodium, sugar_tsp,
    daily_value, caffeine_cups, vit_d_mcg, vit_d_iu, week_units, liquid_dose, mgkg_check,
    taper_total, insulin_ml, vial_doses, mg_per_hour, mcg_kg_min)
