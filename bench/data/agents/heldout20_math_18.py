"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 18: decimal hours, GPAs,
time zones, speed conversion and walking pace."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import Made, dec, fam, num, pick, rnd
from bench.data.agents.heldout20_math_4 import clock
from bench.data.agents.heldout20_math_17 import (
    hm,
)
from bench.data.agents.helpers import Family


@fam
def fam_decimal_hours(rng: random.Random) -> Made:
    q = F(rng.randint(1, 59), 60)
    if q.denominator not in (2, 4, 5, 10, 20, 12, 6, 3, 15, 30, 60) or (q * 100).denominator != 1:
        return None
    h = rng.randint(0, 11)
    v = h + q
    mins = int(v * 60)
    text = pick(
        rng,
        [
            "how much is {v} hours in hours and minutes?",
            "convert {v} h to h:mm",
            "{v} hours = ? hours ? minutes",
        ],
    ).format(v=dec(v))
    if h == 0:
        return text, [
            [f"{mins} minutes", f"{mins} min", f"0:{mins:02d}", f"0 hours {mins} minutes"]
        ]
    return text, [hm(mins)]


@fam
def fam_gpa(rng: random.Random) -> Made:
    grades = {"A": 4, "B": 3, "C": 2, "D": 1}
    n = rng.randint(3, 5)
    rows = [(rng.choice(list(grades)), rng.choice([1, 2, 3, 4])) for _ in range(n)]
    pts = sum(grades[g] * c for g, c in rows)
    cr = sum(c for _, c in rows)
    gpa = F(pts, cr)
    lst = ", ".join(f"{g} in a {c}-credit course" for g, c in rows)
    text = pick(
        rng,
        [
            "My grades: {l}. GPA on a 4-point scale (A=4, B=3, C=2, D=1), 2 decimals?",
            "credit-weighted GPA (A 4, B 3, C 2, D 1) for: {l}? round to 2 dp",
        ],
    ).format(l=lst)
    return text, [rnd(gpa, 2)]


@fam
def fam_timezone(rng: random.Random) -> Made:
    zones = [
        ("London", 0),
        ("New York", -5),
        ("Tokyo", 9),
        ("Delhi", F(11, 2)),
        ("Sydney", 10),
        ("Los Angeles", -8),
        ("Berlin", 1),
        ("Dubai", 4),
    ]
    (a, oa), (b, ob) = rng.sample(zones, 2)
    t = rng.randint(0, 23 * 4) * 15
    out = t + int((F(ob) - F(oa)) * 60)
    h, m = divmod(t, 60)

    def utc(o: F | int) -> str:
        o = F(o)
        s = "+" if o >= 0 else "-"
        hh, mm = divmod(abs(o) * 60, 60)
        return f"UTC{s}{int(hh)}" + (f":{int(mm):02d}" if mm else "")

    text = pick(
        rng,
        [
            "It's {t} in {a} ({ua}). What time is it in {b} ({ub})?",
            "if it's {t} in {a}, {ua}, what's the time in {b}, {ub}? (ignore daylight saving)",
        ],
    ).format(t=f"{h:02d}:{m:02d}", a=a, b=b, ua=utc(oa), ub=utc(ob))
    return text, [clock(out)]


@fam
def fam_speed_convert(rng: random.Random) -> Made:
    if rng.random() < 0.5:
        kmh = rng.randint(5, 150)
        ms = F(kmh) * 1000 / 3600
        text = pick(
            rng,
            [
                "{k} km/h in metres per second? (2 dp if needed)",
                "convert {k} km/h to m/s, 2 decimals if not exact",
            ],
        ).format(k=kmh)
        return text, [num(ms, fraction=False) or rnd(ms, 2)]
    ms = F(rng.randint(10, 400), 10)
    kmh = ms * F(18, 5)
    text = pick(
        rng, ["{s} m/s is how many km/h?", "convert {s} metres per second into km/h"]
    ).format(s=dec(ms))
    return text, [num(kmh, fraction=False)]


@fam
def fam_walk_pace(rng: random.Random) -> Made:
    pace, km = rng.randint(8, 16), F(rng.randint(10, 120), 10)
    mins = pace * km
    if mins.denominator != 1:
        return None
    text = pick(
        rng,
        [
            "I walk at {p} minutes per km. How long for {k} km?",
            "at a pace of {p} min/km, how long will {k} km take?",
        ],
    ).format(p=pace, k=dec(km))
    m = int(mins)
    forms = [f"{m} minutes", f"{m} min"] + (hm(m) if m >= 60 else [])
    return text, [forms]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_decimal_hours, fam_gpa, fam_timezone, fam_speed_convert, fam_walk_pace)]
