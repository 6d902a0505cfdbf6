"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 11: pints, quarts, cubic
yards, carats, fabric, daylight, convection ovens and bills split in a foreign currency."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, hm, loose, num, pick, tenth
from bench.data.agents.helpers import Family


@family
def pints_to_litres(rng: random.Random) -> Made:
    pints = F(rng.randint(1, 40), 2)
    v = pints * F("0.568261")
    return pick(
        rng,
        f"{d(pints)} UK pints in litres? (1 pint = 0.568261 L) 2 decimals",
        f"how many litres is {d(pints)} imperial pints, using 568.261 ml per pint? round to 2 dp",
    ), [num(v, 2)]


@family
def quarts_to_litres(rng: random.Random) -> Made:
    q = tenth(rng, 0.5, 20)
    v = q * F("0.946353")
    return pick(
        rng,
        f"{d(q)} US quarts to liters, 1 qt = 0.946353 L, 2 decimals",
        f"recipe says {d(q)} qt of stock. in litres (2 dp)? 1 US quart = 0.946353 L",
    ), [num(v, 2)]


@family
def cubic_yards_soil(rng: random.Random) -> Made:
    L, W = rng.randint(4, 40), rng.randint(3, 20)
    depth_in = rng.choice([2, 3, 4, 6, 8])
    v = F(L * W * depth_in, 12 * 27)
    return pick(
        rng,
        f"garden bed {L} ft x {W} ft, {depth_in} inches of topsoil. cubic yards? (27 "
        f"cu ft per cu yd) "
        f"2 decimals",
        f"How many cubic yards of mulch for {L}' by {W}' at {depth_in}\" deep? 1 yd³ = 27 "
        f"ft³, round "
        f"to 2 dp",
    ), [num(v, 2)]


@family
def carats_to_grams(rng: random.Random) -> Made:
    ct = F(rng.randint(5, 800), 100)
    v = ct * F(2, 10)
    return pick(
        rng,
        f"{d(ct)} carat stone - how many grams? (1 ct = 0.2 g)",
        f"convert {d(ct)} ct to grams, 1 carat = 200 mg",
    ), [loose(v)]


@family
def fabric_cost_metres(rng: random.Random) -> Made:
    yd = F(rng.randint(2, 24), 4)
    per_m = F(rng.randint(400, 3000), 100)
    v = yd * F("0.9144") * per_m
    return pick(
        rng,
        f"pattern needs {d(yd)} yards of fabric, the shop sells it at {d(per_m)} per "
        f"metre. cost? "
        f"(1 yd = 0.9144 m) round to cents",
        f"{d(yd)} yd of cotton at ${d(per_m)}/m - how much? 0.9144 m per yard, 2 decimals",
    ), [num(v, 2)]


@family
def daylight_length(rng: random.Random) -> Made:
    rh, rm = rng.randint(4, 8), rng.randint(0, 59)
    sh, sm = rng.randint(16, 21), rng.randint(0, 59)
    mins = sh * 60 + sm - rh * 60 - rm
    if mins % 60 == 0:
        raise Redraw
    return pick(
        rng,
        f"sunrise {rh}:{rm:02d}, sunset {sh}:{sm:02d}. how long is the day?",
        f"if the sun rises at {rh:02d}:{rm:02d} and sets at {sh - 12}:{sm:02d} pm, how "
        f"many hours and "
        f"minutes of daylight?",
    ), [hm(mins)]


@family
def convection_oven(rng: random.Random) -> Made:
    unit = rng.choice(["F", "C"])
    if unit == "F":
        t = rng.randint(60, 90) * 5
        v = F(t - 25) - 32
        v = v * 5 / 9
        return pick(
            rng,
            f"recipe says {t}°F in a regular oven. fan oven is 25°F lower - what's "
            f"that in °C? "
            f"nearest degree",
            f"conventional {t} F; reduce by 25 F for convection, then convert to celsius "
            f"(whole "
            f"number)",
        ), [num(v, 0)]
    t = rng.randint(30, 50) * 5
    v = F(t - 20) * 9 / 5 + 32
    return pick(
        rng,
        f"recipe: {t}°C conventional. fan ovens run 20°C lower. fan temp in °F?",
        f"{t} C normal oven, minus 20 C for fan-assisted, in fahrenheit please",
    ), [num(v, 0)]


@family
def split_bill_foreign(rng: random.Random) -> Made:
    total = F(rng.randint(4000, 90000), 100)
    people = rng.randint(2, 8)
    cur, home, rate = rng.choice(
        [
            ("EUR", "USD", "1.17"),
            ("GBP", "EUR", "1.15"),
            ("JPY", "USD", "0.0067"),
            ("MXN", "USD", "0.055"),
            ("USD", "GBP", "0.75"),
            ("CHF", "EUR", "1.07"),
        ]
    )
    if cur == "JPY":
        total = F(rng.randint(3000, 60000))
    v = total / people * F(rate)
    return pick(
        rng,
        f"dinner came to {d(total)} {cur}, split evenly between {people} of us. my "
        f"share in {home} "
        f"at 1 {cur} = {rate} {home}? 2 decimals",
        f"we're {people} people, bill {d(total)} {cur}, equal split. rate {rate} {home} "
        f"per {cur}. "
        f"how much is each share in {home} (round to cents)?",
    ), [num(v, 2)]


@family
def snow_inches_to_cm(rng: random.Random) -> Made:
    inch = tenth(rng, 0.5, 30)
    v = inch * F("2.54")
    return pick(
        rng,
        f"{d(inch)} inches of snow overnight - how many cm? (2.54 cm per inch)",
        f'forecast says {d(inch)}" of snow. centimetres? 1 in = 2.54 cm',
    ), [loose(v)]


@family
def mph_to_pace_per_mile(rng: random.Random) -> Made:
    mph = tenth(rng, 4, 12)
    per = F(3600) / mph
    sec = round(per)
    if abs(per - sec) > F(45, 100):
        raise Redraw
    m, s = divmod(sec, 60)
    return pick(
        rng,
        f"treadmill set to {d(mph)} mph - what's my pace per mile? nearest second",
        f"{d(mph)} miles per hour as minutes per mile (round to the second)?",
    ), [
        [
            f"{m}:{s:02d}",
            f"{m}min{s}s",
            f"{m}m{s}s",
            f"{m}minutes{s}seconds",
            f"{m}minutesand{s}seconds",
            f"{m}min{s}sec",
        ]
    ]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        pints_to_litres,
        quarts_to_litres,
        cubic_yards_soil,
        carats_to_grams,
        fabric_cost_metres,
        daylight_length,
        convection_oven,
        split_bill_foreign,
        snow_inches_to_cm,
        mph_to_pace_per_mile,
    )
]
