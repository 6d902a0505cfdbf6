"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, health part 3: calories burned,
body measures, protein, alcohol units and caffeine."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_health import sqrt_frac
from bench.data.agents.heldout20_units import Made, R, Redraw, U, family, grid, pick, show, word
from bench.data.agents.helpers import Family


@family
def calories_from_rate(rng: random.Random) -> Made:
    rate = rng.randint(300, 900)
    m = rng.randint(10, 150)
    t = pick(
        rng,
        "My watch says I burn {r} kcal per hour cycling. I rode {m} minutes. How many kcal? "
        "nearest",
        "{r} cal/hour, {m} min session — calories burned? (whole kcal)",
    )
    return t.format(r=rate, m=m), [R(F(rate * m, 60), 0)]


@family
def steps_calories(rng: random.Random) -> Made:
    steps = rng.randint(2000, 25000)
    per = rng.choice([F("0.04"), F("0.045"), F("0.05"), F("0.035")])
    t = pick(
        rng,
        "Assuming {p} kcal per step, how many calories do {s} steps burn? nearest kcal",
        "{s} steps at {p} calories each = ? whole number",
    )
    return t.format(p=show(per), s=steps), [R(steps * per, 0)]


@family
def waist_to_height(rng: random.Random) -> Made:
    w = rng.randint(60, 130)
    h = rng.randint(150, 200)
    t = pick(
        rng,
        "Waist {w} cm, height {h} cm. What's my waist-to-height ratio? 2 decimals",
        "waist to height ratio for {w}cm waist, {h}cm tall (2 dp)?",
    )
    return t.format(w=w, h=h), [R(F(w, h), 2)]


@family
def waist_to_hip(rng: random.Random) -> Made:
    w = rng.randint(60, 120)
    hp = rng.randint(w + 2, 140)
    u = rng.choice(["cm", "in"])
    if u == "in":
        w, hp = rng.randint(24, 48), rng.randint(34, 56)
    t = pick(
        rng,
        "Waist {w} {u}, hips {h} {u}. Waist-hip ratio to 2 decimals?",
        "WHR if my waist is {w}{u} and hip {h}{u}? two dp",
    )
    return t.format(w=w, h=hp, u=u), [R(F(w, hp), 2)]


@family
def ideal_weight_devine(rng: random.Random) -> Made:
    sex = rng.choice(["male", "female"])
    h = rng.randint(62, 78)
    base = 50 if sex == "male" else F("45.5")
    v = base + F("2.3") * (h - 60)
    t = pick(
        rng,
        "Devine ideal body weight for a {s} {h} inches tall? (male 50 kg, female 45.5 kg, + 2.3 kg "
        "per inch over 5 ft) 1 decimal",
        "IBW (Devine: {b} kg + 2.3 kg per inch over 60 in), {s}, height {h} in. kg, one dp",
    )
    return t.format(s=sex, h=h, b=show(base)), [R(v, 1)]


@family
def bsa_mosteller(rng: random.Random) -> Made:
    kg = rng.randint(40, 120)
    cm = rng.randint(150, 200)
    t = pick(
        rng,
        "Body surface area (Mosteller: √(cm × kg / 3600)) for {h} cm, {k} kg? 2 decimals",
        "BSA by Mosteller formula, height {h} cm weight {k} kg, m² to 2 dp",
    )
    return t.format(h=cm, k=kg), [sqrt_frac(F(cm * kg, 3600), 2)]


@family
def protein_needs(rng: random.Random) -> Made:
    kg = grid(rng, 45, 120, 0.5)
    per = rng.choice([F("0.8"), F("1.2"), F("1.6"), F(2), F("1.4")])
    t = pick(
        rng,
        "At {p} g protein per kg body weight, how many grams a day for {k} kg? 1 decimal",
        "I weigh {k} kg and aim for {p} g/kg protein. daily grams (1 dp)?",
    )
    return t.format(p=show(per), k=show(kg)), [R(kg * per, 1)]


@family
def body_fat_mass(rng: random.Random) -> Made:
    kg = grid(rng, 50, 130, 0.5)
    pct = grid(rng, 8, 40, 0.5)
    which = rng.choice(["fat mass", "lean mass"])
    v = kg * pct / 100 if which == "fat mass" else kg * (1 - pct / 100)
    t = pick(
        rng,
        "I weigh {k} kg at {p}% body fat. What's my {w} in kg? 1 decimal",
        "{p} percent body fat, {k} kg total - {w} (kg, one dp)?",
    )
    return t.format(k=show(kg), p=show(pct), w=which), [R(v, 1)]


@family
def weight_change_percent(rng: random.Random) -> Made:
    a = grid(rng, 55, 140, 0.1)
    b = a - grid(rng, 0.5, 20, 0.1)
    t = pick(
        rng,
        "I went from {a} kg to {b} kg. What percent of my body weight did I lose? 1 decimal",
        "start weight {a}, now {b} (kg). % lost, one dp?",
    )
    return t.format(a=show(a), b=show(b)), [
        U(R((a - b) / a * 100, 1), [x + "%" for x in R((a - b) / a * 100, 1)])
    ]


@family
def vo2_cooper(rng: random.Random) -> Made:
    m = rng.randint(1400, 3600)
    t = pick(
        rng,
        "Cooper test: I ran {m} m in 12 minutes. VO2max = (distance − 504.9) / 44.73. Result to 1 "
        "decimal?",
        "12-min run distance {m} metres. estimate VO2 max with (d - 504.9)/44.73, 1 dp",
    )
    return t.format(m=m), [R((m - F("504.9")) / F("44.73"), 1)]


@family
def resting_hr_from_count(rng: random.Random) -> Made:
    s = rng.choice([10, 15, 20, 30])
    n = rng.randint(50 * s // 60, 110 * s // 60)
    t = pick(
        rng,
        "I counted {n} beats in {s} seconds. What's my heart rate in bpm?",
        "{n} pulse beats in {s} s -> beats per minute?",
    )
    return t.format(n=n, s=s), [R(F(n * 60, s), 0)]


@family
def alcohol_units_uk(rng: random.Random) -> Made:
    ml = rng.choice([125, 175, 250, 330, 440, 500, 568, 750, 25, 50])
    abv = grid(rng, 3.5, 14.5, 0.5) if ml > 50 else grid(rng, 37.5, 43, 0.5)
    n = rng.randint(1, 4)
    t = pick(
        rng,
        "UK units = ml × ABV% / 1000. I had {n} drinks of {m} ml at {a}% ABV. Total units, 1 "
        "decimal?",
        "{n} x {m}ml at {a}% - how many alcohol units (ml*abv/1000)? one dp",
    )
    return t.format(n=word(rng, n), m=ml, a=show(abv)), [R(n * ml * abv / 1000, 1)]


@family
def caffeine_daily_total(rng: random.Random) -> Made:
    c, cc = rng.randint(1, 5), rng.choice([80, 95, 100, 120])
    e, ec = rng.randint(0, 3), rng.choice([32, 64, 80, 150])
    limit = 400
    tot = c * cc + e * ec
    left = limit - tot
    if left <= 0:
        raise Redraw
    t = pick(
        rng,
        "I had {c} coffees ({cc} mg each) and {e} energy drinks ({ec} mg each). How many more mg "
        "of caffeine can I have before hitting 400 mg?",
        "caffeine: {c} x {cc} mg coffee + {e} x {ec} mg drinks. mg left under a 400 mg daily "
        "limit?",
    )
    return t.format(c=c, cc=cc, e=e, ec=ec), [R(left, 0)]


@family
def pace_calories_per_km(rng: random.Random) -> Made:
    kg = rng.randint(45, 120)
    km = grid(rng, 1, 42, 0.5)
    t = pick(
        rng,
        "Rule of thumb: running burns about 1 kcal per kg per km. I'm {k} kg and ran {d} km. kcal?",
        "using 1 kcal/kg/km for running, {d} km at {k} kg body weight = ? kcal",
    )
    return t.format(k=kg, d=show(km)), [R(kg * km, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        calories_from_rate,
        steps_calories,
        waist_to_height,
        waist_to_hip,
        ideal_weight_devine,
        bsa_mosteller,
        protein_needs,
        body_fat_mass,
        weight_change_percent,
        vo2_cooper,
        resting_hr_from_count,
        alcohol_units_uk,
        caffeine_daily_total,
        pace_calories_per_km,
    )
]
