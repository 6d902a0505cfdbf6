"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 13: screenshots of
sprint boards, call logs, satnavs, glucose meters, cloud storage, bread recipes and cadence."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, count, family, hm, money, number, shot
from bench.data.agents.helpers import Family


@family
def sprints_needed(rng: random.Random) -> Made:
    done = [rng.randint(20, 60) for _ in range(rng.randint(3, 4))]
    backlog = rng.randint(80, 400)
    avg = Fraction(sum(done), len(done))
    if (backlog / avg).denominator == 1:
        return None
    rows = [f"Sprint {i + 1}: {v} points" for i, v in enumerate(done)]
    rows.append(f"Backlog left: {backlog} points")
    return ("If we keep finishing the average of these sprints, how many more sprints to clear "
            "the backlog? (a part sprint counts as a whole one)",
            [count(math.ceil(backlog / avg), "sprints")], shot(rng, "Team Board", rows))


@family
def call_cost(rng: random.Random) -> Made:
    secs = rng.randint(95, 3 * 3600)
    if secs % 60 == 0:
        return None
    rate = rng.choice([5, 8, 9, 12, 15, 20, 25])
    cur = rng.choice(["$", "£", "€"])
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    rows = ["Outgoing call - abroad", f"Duration: {h}:{m:02d}:{s:02d}",
            f"Rate: {cur}0.{rate:02d} per minute"]
    return (rng.choice(["They bill every started minute as a full one. What did this call cost?",
                        "What was this call's cost? Each part-minute is charged as a whole minute.",
                        "my provider rounds every call up to the next whole minute - so what did "
                        "this one cost me?"]),
            [money(math.ceil(secs / 60) * rate, True)], shot(rng, "Call Details", rows))


@family
def implied_speed(rng: random.Random) -> Made:
    km = rng.randint(40, 480)
    now = rng.randrange(6 * 60, 15 * 60)
    mins = rng.randint(int(km * 60 / 115), int(km * 60 / 55))
    rows = [f"Now: {hm(now)}", f"Distance left: {km} km", f"Arrival: {hm(now + mins)}"]
    return ("What average speed is the satnav assuming for the rest of the trip? km/h, one "
            "decimal", [number(Fraction(km * 60, mins), 1)], shot(rng, "Navigation", rows))


@family
def glucose_mgdl(rng: random.Random) -> Made:
    mmol = Fraction(rng.randint(38, 160), 10)
    factor = rng.choice(["18", "18.0"])
    rows = [f"Glucose: {float(mmol):.1f} mmol/L", "Before meal", "Trend: steady"]
    return (f"My doctor's chart is in mg/dL. Using the usual factor of {factor}, what's this "
            "reading in mg/dL? nearest whole number", [number(mmol * 18)],
            shot(rng, "Glucose Meter", rows))


@family
def cloud_fill(rng: random.Random) -> Made:
    photos = rng.randint(800, 20000)
    size = Fraction(rng.randint(18, 62), 10)
    plan = rng.choice([50, 100, 200])
    pct = Fraction(photos) * size / 1000 / plan * 100
    if pct >= 100:
        return None
    rows = [f"Photos: {photos:,}", f"Average size: {float(size):.1f} MB", f"Plan: {plan} GB"]
    return ("What percentage of my storage plan do the photos take up? (1 GB = 1000 MB) "
            "One decimal.", [number(pct, 1)], shot(rng, "Cloud Storage", rows))


@family
def hydration(rng: random.Random) -> Made:
    flour = rng.randrange(300, 1100, 25)
    water = rng.randrange(int(flour * 0.55), int(flour * 0.85), 5)
    rows = ["Country Loaf", f"Bread flour: {flour} g", f"Water: {water} g",
            f"Salt: {rng.randint(8, 22)} g"]
    return ("Bakers give hydration as water weight over flour weight. What's the hydration of "
            "this recipe, as a percentage to one decimal?",
            [number(Fraction(100 * water, flour), 1)], shot(rng, "Recipe", rows))


@family
def cadence_steps(rng: random.Random) -> Made:
    cadence = rng.randint(150, 185)
    secs = rng.randint(12 * 60, 75 * 60)
    m, s = divmod(secs, 60)
    rows = [f"Time: {m}:{s:02d}", f"Avg cadence: {cadence} spm", "Avg HR: 151"]
    return ("Cadence is steps per minute. About how many steps did I take in this run? "
            "Nearest whole step.", [number(Fraction(cadence * secs, 60))],
            shot(rng, "Run Details", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sprints_needed, call_cost, implied_speed, glucose_mgdl, cloud_fill, hydration,
    cadence_steps)]
