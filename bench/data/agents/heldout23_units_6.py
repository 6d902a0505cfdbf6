"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 6: feet, steps,
fabric, carats and other everyday lengths and masses."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import (
    FOOT,
    LB,
    MILE,
    YARD,
    F,
    dec,
    fam,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family


@fam
def feet_to_metres(rng: random.Random) -> Any:
    ft = rng.randint(5, 40000)
    what = rng.choice(["Our plane is cruising at", "The mountain is", "The ceiling is",
                       "The boat is"])
    # keep the subject plausible for the size (no 26,000 ft boats or 5 ft cruising heights)
    what = ("Our plane is cruising at" if ft >= 10000 else "The mountain is" if ft >= 3000
            else "The hill is" if ft >= 300 else "The boat is")
    text = pick(rng, f"{what} {ft:,} feet. What is that in metres? nearest metre",
                f"{ft} ft in meters (round to whole meters)?")
    return text, num(ft * FOOT, 0)


@fam
def shoe_length(rng: random.Random) -> Any:
    cm = dec(rng, 21, 32, 1)
    text = pick(rng, f"my foot measures {show(cm)} cm. how long is that in inches, 2 decimals?",
                f"Convert a foot length of {show(cm)} centimetres to inches (two decimal places).")
    return text, num(cm / F("2.54"), 2)


@fam
def height_sum_inches(rng: random.Random) -> Any:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    text = pick(rng, f"how many inches total is {ft} ft {inch} in?",
                f"I'm {ft}'{inch}\". What is my height in inches only?")
    return text, [*whole(ft * 12 + inch), f"{ft * 12 + inch}in"]


@fam
def metres_cm_to_feet(rng: random.Random) -> Any:
    m, cm = rng.randint(1, 9), rng.randint(5, 95)
    total = m * 100 + cm
    text = pick(rng, f"The sofa is {m} m {cm} cm long. In feet that's? 2 decimals",
                f"convert {m}.{cm:02d} m to feet, round to 2 dp")
    return text, num(F(total, 100) / FOOT, 2)


@fam
def micron_to_mm(rng: random.Random) -> Any:
    um = rng.randint(20, 9000)
    text = pick(rng, f"How many millimetres is {um} micrometres? Give 3 decimals.",
                f"{um} µm in mm? (3 dp)")
    return text, [*num(F(um, 1000), 3), show(F(um, 1000))]


@fam
def tonnes_to_pounds(rng: random.Random) -> Any:
    t = dec(rng, 1, 40, 1)
    text = pick(rng, f"A truck carries {show(t)} metric tonnes. How many pounds is that, to the "
                     f"nearest pound?",
                f"{show(t)} t to lb? nearest whole pound")
    return text, num(t * 1000 / LB, 0)


@fam
def carat_grams(rng: random.Random) -> Any:
    ct = dec(rng, 0.3, 12, 2)
    text = pick(rng, f"a diamond of {show(ct)} carats weighs how many grams? (1 ct = 0.2 g)",
                f"Convert {show(ct)} ct to grams using 1 carat = 200 mg.")
    return text, [*num(ct / 5, 3), show(ct / 5)]


@fam
def nautical_miles(rng: random.Random) -> Any:
    nm = rng.randint(3, 900)
    text = pick(rng, f"{nm} nautical miles in km? (1 nmi = 1.852 km) 1 decimal",
                f"The ferry route is {nm} nautical miles. How many kilometres is that? Round to "
                f"1 dp.")
    return text, num(nm * F("1.852"), 1)


@fam
def light_year_trip(rng: random.Random) -> Any:
    km = rng.randint(120, 990) * 10
    mi = km / MILE
    text = pick(rng, f"we drove {km:,} km on our road trip, how many miles is that? nearest mile",
                f"{km} km total distance - what's that in miles (whole number)?")
    return text, num(mi, 0)


@fam
def paces_to_metres(rng: random.Random) -> Any:
    steps = rng.randint(2000, 25000)
    stride = rng.randint(60, 85)
    text = pick(rng, f"I walked {steps:,} steps today. With a stride of {stride} cm, how many "
                     f"km is that? 2 decimals",
                f"{steps} steps at {stride} cm per step = how many kilometres? round to 2 dp")
    return text, num(F(steps * stride, 100000), 2)


@fam
def km_to_steps(rng: random.Random) -> Any:
    km = dec(rng, 1, 15, 1)
    stride = rng.randint(62, 84)
    steps = km * 100000 / stride
    text = pick(rng, f"how many steps is {show(km)} km if my step length is {stride} cm? "
                     f"nearest step",
                f"Roughly how many steps would I take walking {show(km)} km with a {stride} cm "
                f"stride? Round to a whole number.")
    return text, num(steps, 0)


@fam
def fabric_yards(rng: random.Random) -> Any:
    m = dec(rng, 1, 12, 1)
    text = pick(rng, f"pattern needs {show(m)} m of fabric. how many yards is that? 2 decimals",
                f"I need {show(m)} metres of fabric; the shop sells by the yard. How many "
                f"yards, to 2 dp?")
    return text, num(m / YARD, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    feet_to_metres, shoe_length, height_sum_inches, metres_cm_to_feet, micron_to_mm,
    tonnes_to_pounds, carat_grams, nautical_miles, light_year_trip, paces_to_metres,
    km_to_steps, fabric_yards)]
