"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, health part 3: body, food,
training."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.data.agents.heldout19_health_2 import day_forms, show_day, some_day
from bench.data.agents.heldout19_units import F, clock, family, forms, num, pick, rnd, show_clock
from bench.data.agents.helpers import Family


@family
def lean_mass_boer(rng: random.Random) -> Any:
    sex = rng.choice(["male", "female"])
    kg, cm = rnd(rng, 45, 120, "0.5"), rnd(rng, 150, 200, 1)
    if sex == "male":
        formula, value = "0.407×W + 0.267×H − 19.2", F("0.407") * kg + F("0.267") * cm - F("19.2")
    else:
        formula, value = "0.252×W + 0.473×H − 48.3", F("0.252") * kg + F("0.473") * cm - F("48.3")
    text = pick(rng, "Boer lean body mass for a {s}: {f} (W kg, H cm). I'm {kg} kg, {cm} "
                     "cm. 1 decimal",
                "LBM by the Boer formula ({f}) for a {kg} kg, {cm} cm {s}? round to 1 dp",
                s=sex, f=formula, kg=num(kg), cm=num(cm))
    return text, forms(value, 1)


@family
def fat_mass_from_percent(rng: random.Random) -> Any:
    kg, bf = rnd(rng, 45, 130, "0.1"), rnd(rng, 8, 42, "0.5")
    text = pick(rng, "My scale says {kg} kg and {b}% body fat. How many kg of fat is "
                     "that? 2 decimals",
                "{b}% body fat at {kg}kg bodyweight = how much fat mass (kg, 2 dp)?",
                kg=num(kg), b=num(bf))
    return text, forms(kg * bf / 100, 2)


@family
def mean_arterial_pressure(rng: random.Random) -> Any:
    sys_, dia = rng.randint(95, 175), rng.randint(55, 105)
    if sys_ - dia < 25:
        return None
    text = pick(rng, "BP is {s}/{d}. What's the mean arterial pressure, MAP = DBP + (SBP − DBP)/3? "
                "1 decimal",
                "calculate MAP for {s} over {d} mmHg using diastolic + a third of the pulse "
                "pressure, 1 dp", s=sys_, d=dia)
    return text, forms(dia + F(sys_ - dia, 3), 1)


@family
def pulse_from_count(rng: random.Random) -> Any:
    secs = rng.choice([10, 15, 20, 30])
    beats = rng.randint(secs * 50 // 60 + 1, secs * 150 // 60)
    text = pick(rng, "I counted {b} beats in {s} seconds. What's my heart rate per minute?",
                "{b} pulse beats over {s} s - bpm?", b=beats, s=secs)
    bpm = beats * 60 // secs
    return text, [str(bpm), f"{bpm}bpm"]


@family
def sweat_rate_fluid(rng: random.Random) -> Any:
    before, drop = rnd(rng, 55, 100, "0.1"), rnd(rng, "0.3", "2.5", "0.1")
    drank = rnd(rng, 0, 1500, 50)
    text = pick(rng, "I weighed {a} kg before my run and {b} kg after, and drank {d} mL during it. "
                "How many litres of sweat did I lose (1 kg = 1 L)? 2 decimals",
                "sweat loss: pre {a}kg, post {b}kg, fluid drunk {d}ml. total litres lost, 2 dp? "
                "(treat 1 kg as 1 litre)", a=num(before), b=num(before - drop), d=num(drank))
    return text, forms(drop + drank / F(1000), 2)


@family
def fasting_window_end(rng: random.Random) -> Any:
    last = rng.randint(17 * 60, 22 * 60) // 15 * 15
    hours = rng.choice([12, 14, 16, 18, 20])
    text = pick(rng, "I finished eating at {t} and I'm doing a {h}-hour fast. When can I eat next?",
                "last meal {t}, fasting {h} h. what time does my fast end?",
                t=show_clock(last, rng.random() < 0.5), h=hours)
    return text, clock(last + hours * 60)


@family
def one_rep_max_epley(rng: random.Random) -> Any:
    w, reps = rnd(rng, 20, 200, "2.5"), rng.randint(2, 12)
    text = pick(rng, "I lifted {w} kg for {r} reps. Estimated 1RM by Epley, w × (1 + "
                     "reps/30)? 1 decimal",
                "Epley one-rep max for {r} reps at {w}kg (w*(1+r/30)), 1 dp?", w=num(w), r=reps)
    return text, forms(w * (1 + F(reps, 30)), 1)


@family
def one_rep_max_brzycki(rng: random.Random) -> Any:
    w, reps = rnd(rng, 20, 200, "2.5"), rng.randint(2, 10)
    text = pick(rng, "Brzycki 1RM = w × 36 / (37 − reps). {w} kg for {r} reps? 1 decimal",
                "estimate my max with Brzycki (36/(37-r)) from {r} reps of {w} lb, 1 dp",
                w=num(w), r=reps)
    return text, forms(w * 36 / F(37 - reps), 1)


@family
def portion_calories(rng: random.Random) -> Any:
    per100, grams = rnd(rng, 40, 600, 1), rnd(rng, 15, 450, 5)
    food = rng.choice(["granola", "rice", "chicken", "pasta", "cheese", "yogurt", "bread"])
    text = pick(rng, "{f} has {k} kcal per 100 g. How many kcal in a {g} g portion? 1 decimal",
                "{g}g of {f} at {k} cal/100g = ? kcal (1 dp)", f=food, k=num(per100), g=num(grams))
    return text, forms(per100 * grams / 100, 1)


@family
def sugar_teaspoons(rng: random.Random) -> Any:
    grams = rnd(rng, 5, 90, "0.5")
    per = rng.choice([4, F("4.2"), 5])
    text = pick(rng, "A drink has {g} g of sugar. If a teaspoon of sugar is {p} g, how many "
                "teaspoons is that? 1 decimal",
                "{g}g sugar = how many tsp at {p} g per teaspoon (1 dp)?", g=num(grams), p=num(per))
    return text, forms(grams / per, 1)


@family
def weight_change_percent(rng: random.Random) -> Any:
    start, end = rnd(rng, 50, 140, "0.1"), rnd(rng, 45, 140, "0.1")
    if abs(start - end) < 1:
        return None
    text = pick(rng, "I went from {a} kg to {b} kg. What's the percentage change? 1 decimal",
                "weight {a} -> {b} kg, % change (1 dp, negative if I lost)?", a=num(start),
                b=num(end))
    value = (end - start) / start * 100
    out = forms(value, 1)
    if out is None:
        return None
    return text, out + [o.lstrip("-") for o in out if o.startswith("-")]


@family
def booster_date(rng: random.Random) -> Any:
    first = some_day(rng)
    weeks = rng.choice([3, 4, 6, 8, 12, 26])
    text = pick(rng, "I had my first shot on {d}. The second is due {w} weeks later. What date?",
                "first vaccine dose {d}, booster after {w} weeks - which date?",
                d=show_day(rng, first), w=weeks)
    return text, day_forms(first + dt.timedelta(weeks=weeks))


@family
def taper_total_tablets(rng: random.Random) -> Any:
    start, days = rng.randint(3, 8), rng.randint(2, 7)
    text = pick(rng, "Taper: {s} tablets a day for {d} days, then one fewer per day every {d} days "
                "until zero. How many tablets in total?",
                "steroid taper starting at {s} tabs/day, dropping by 1 every {d} days down to 0 - "
                "total tablets?", s=start, d=days)
    total = days * start * (start + 1) // 2
    return text, [str(total), f"{total} tablets"]


@family
def swim_pace_per_100(rng: random.Random) -> Any:
    dist = rng.choice([400, 750, 1000, 1500, 1900, 2000, 3800, 800, 1200])
    total = rng.randint(dist * 75 // 100, dist * 200 // 100)
    pace = F(total * 100, dist)
    sec = round(pace)
    if abs(pace - sec) > F(2, 5):
        return None
    m, s = divmod(sec, 60)
    tm, ts = divmod(total, 60)
    text = pick(rng, "Swam {d} m in {a}:{b:02d}. Pace per 100 m (nearest second)?",
                "{d}m swim took {a} min {b} s - what's that per 100m? round to the second",
                d=dist, a=tm, b=ts)
    return text, [f"{m}:{s:02d}", f"{m}m{s}s", f"{m}min{s}s", f"{m}minutes{s}seconds"]


@family
def body_water_litres(rng: random.Random) -> Any:
    kg, pct = rnd(rng, 40, 130, "0.5"), rng.choice([50, 55, 60, 65])
    text = pick(rng, "If about {p}% of body weight is water, how many litres of water is in a {kg} "
                "kg person? (1 kg water = 1 L) 2 decimals",
                "{kg}kg body, {p}% water - litres of water (2 dp)?", p=pct, kg=num(kg))
    return text, forms(kg * pct / 100, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lean_mass_boer, fat_mass_from_percent, mean_arterial_pressure, pulse_from_count,
    sweat_rate_fluid, fasting_window_end, one_rep_max_epley, one_rep_max_brzycki,
    portion_calories, sugar_teaspoons, weight_change_percent, booster_date,
    taper_total_tablets, swim_pace_per_100, body_water_litres)]
