"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, health part 3: body composition,
weight change, infant feeding, fasting windows, cycle and donation dates, tapering and training
load."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout21_health_2 import day_forms, rand_date, say
from bench.data.agents.heldout21_units import Made, calc, fam
from bench.data.agents.helpers import Family

MM = ["00", "15", "30", "45", "10", "20", "40", "50"]

lbm_boer_male = calc("lbm_boer_male", {"w": (50, 130, 1), "h": (155, 200, 0)},
                     lambda w, h: F("0.407") * w + F("0.267") * h - F("19.2"), 2, [
    "Lean body mass by the Boer formula for men (0.407 x kg + 0.267 x cm - 19.2): {w} kg, "
    "{h} cm? 2 decimals",
    "male, {h} cm, {w} kg - LBM using Boer: 0.407W + 0.267H - 19.2, 2 decimals"])
fat_mass = calc("fat_mass", {"w": (50, 130, 1), "bf": (8, 45, 1)},
                lambda w, bf: w * bf / 100, 2, [
    "I weigh {w} kg with {bf}% body fat. How many kg of fat is that? 2 decimals",
    "{bf} percent body fat at {w} kg - fat mass in kg (2 dp)?"])
weight_change_pct = calc("weight_change_pct", {"a": (60, 130, 1), "b": (55, 125, 1)},
                         lambda a, b: None if a == b else abs(b - a) / a * 100, 1, [
    "I went from {a} kg to {b} kg. What's the percentage change? 1 decimal",
    "weight {a} kg in January, {b} kg now - % change (1 dp)?"])
loss_per_week = calc("loss_per_week", {"a": (70, 130, 1), "lost": (2, 20, 1), "n": (4, 30, 0)},
                     lambda a, lost, n: lost / n, 2, [
    "I've lost {lost} kg over {n} weeks. What's my average loss per week? 2 decimals",
    "down {lost} kg in {n} weeks (started at {a} kg) - kg per week on average, 2 dp?"])
hr_recovery = calc("hr_recovery", {"p": (150, 195, 0), "r": (95, 145, 0)},
                   lambda p, r: p - r, 0, [
    "My heart rate was {p} at the end of the run and {r} one minute later. What's my 1-minute "
    "heart rate recovery?", "HR recovery: peak {p} bpm, {r} bpm after 60 s. drop in bpm?"])
alcohol_kcal = calc("alcohol_kcal", {"v": [330, 500, 175, 250, 750, 440], "a": (4, 15, 1)},
                    lambda v, a: v * a / 100 * F("0.789") * 7, 1, [
    "How many calories from the alcohol in {v} ml of a {a}% drink? (ethanol 0.789 g/ml, 7 kcal "
    "per g) 1 decimal", "{v}mL at {a}% ABV: kcal from alcohol using 0.789 g/mL and 7 kcal/g, "
    "1 dp?"])
vitamin_d_iu = calc("vitamin_d_iu", {"x": list(range(200, 10001, 100))},
                    lambda x: x / 40, 2, [
    "My vitamin D tablet is {x} IU. How many micrograms is that (40 IU = 1 mcg)?",
    "{x} IU of vitamin D in µg? 1 mcg = 40 IU"])
formula_per_feed = calc("formula_per_feed", {"w": (2, 7, 1), "r": [150, 160, 180],
                                             "n": [6, 7, 8]},
                        lambda w, r, n: w * r / n, 1, [
    "Baby weighs {w} kg and needs {r} ml per kg per day, split into {n} feeds. ml per feed? "
    "1 decimal", "{r} mL/kg/day for a {w} kg infant over {n} feeds - how much each feed (1 dp)?"])
birth_weight_pct = calc("birth_weight_pct", {"b": (2800, 4300, 0), "d": (100, 350, 0)},
                        lambda b, d: d / b * 100, 1, [
    "Baby was {b} g at birth and has dropped {d} g. What percent of birth weight is lost? "
    "1 decimal", "born {b} grams, lost {d} g since - % weight loss (1 dp)?"])
fast_end = calc("fast_end", {"h": (17, 21, 0), "m": MM, "f": [14, 16, 18, 20]},
                lambda h, m, f: h * 60 + m + f * 60, "clock", [
    "I finished dinner at {h}:{m}. If I do a {f}-hour fast, when can I eat again?",
    "{f}h fast starting {h}:{m} - what time does it end?"])
session_rpe = calc("session_rpe", {"m": (20, 120, 0), "r": (3, 10, 0), "n": (2, 6, 0)},
                   lambda m, r, n: m * r * n, 0, [
    "Training load = minutes x RPE. I did {n} sessions this week, each {m} min at RPE {r}. "
    "Weekly load?", "{n} workouts of {m} minutes at an RPE of {r} - total session-RPE load?"])
swim_pace = calc("swim_pace", {"d": [400, 750, 1000, 1500, 1900, 800], "m": (6, 45, 0),
                               "s": [f"{i:02d}" for i in range(0, 60, 5)]},
                 lambda d, m, s: (m * 60 + s) / (d / 100), 1, [
    "I swam {d} m in {m} min {s} s. What's my average time per 100 m in seconds? 1 decimal",
    "{d}m swim in {m}:{s} - seconds per 100 m (1 dp)?"])
sodium_dv = calc("sodium_dv", {"s": (80, 2000, 0)}, lambda s: s / 2300 * 100, 1, [
    "A serving has {s} mg sodium. What % of the 2300 mg daily limit is that? 1 decimal",
    "{s}mg sodium as a percentage of 2,300 mg (1 dp)?"])
surplus_gain = calc("surplus_gain", {"k": (1, 8, 1), "d": [250, 300, 350, 500]},
                    lambda k, d: k * 7700 / d, 0, [
    "To gain {k} kg at a {d} kcal daily surplus, with 7700 kcal per kg, how many days? nearest "
    "day", "surplus {d} kcal/day, target +{k} kg (7700 kcal/kg) - days needed, nearest day?"])


@fam
def ovulation_day(rng: random.Random) -> Made:
    lmp = rand_date(rng)
    cyc = rng.randint(24, 35)
    t = rng.choice(["My period started {d} and my cycle is {c} days. Ovulation is usually 14 "
                    "days before the next period - what date is that?",
                    "cycle length {c} days, last period began {d}. estimated ovulation date "
                    "(next period minus 14 days)?"])
    return t.format(d=say(lmp, rng), c=cyc), [day_forms(lmp + dt.timedelta(days=cyc - 14))]


@fam
def next_donation(rng: random.Random) -> Made:
    last = rand_date(rng)
    gap = rng.choice([56, 84, 112, 120])
    t = rng.choice(["I gave blood on {d}. I have to wait {g} days before donating again. What's "
                    "the first date I can go back?", "last donation {d}, minimum gap {g} days - "
                    "next eligible date?"])
    return t.format(d=say(last, rng), g=gap), [day_forms(last + dt.timedelta(days=gap))]


@fam
def taper_days(rng: random.Random) -> Made:
    step = rng.choice([5, 10, 2.5])
    start = step * rng.randint(3, 12)
    every = rng.choice([3, 4, 5, 7, 14])
    steps = int(start / step)
    t = rng.choice(["My doctor's taper: start at {s:g} mg, cut {k:g} mg every {e} days until "
                    "zero, with the first cut {e} days after I start. How many days after the "
                    "start does the dose reach zero?",
                    "taper from {s:g} mg, dropping {k:g} mg every {e} days (first drop on day "
                    "{e}). on which day does the dose hit 0?"])
    return t.format(s=start, k=step, e=every), [[str(steps * every), f"{steps * every}days"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lbm_boer_male, fat_mass, weight_change_pct, loss_per_week, hr_recovery, alcohol_kcal,
    vitamin_d_iu, formula_per_feed, birth_weight_pct, fast_end, session_rpe, swim_pace,
    sodium_dv, surplus_gain, ovulation_day, next_donation, taper_days)]
