"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-12: kitchen, garden
and travel sums laid out over several lines, with money, units and a plot mixed in."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import MEAN, F, tie
from bench.data.agents.heldout17_multi_b3 import cents, d2, family, screen
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def turkey_roast_time_kg(rng: random.Random) -> Made:
    lb = rng.randint(10, 22)
    kg = lb * F("0.45359237")
    mins = 13 * lb
    start = rng.randint(10 * 60, 14 * 60) // 5 * 5
    if near(kg, 1):
        return None
    text = (f"Thanksgiving: turkey is {lb} lb. In kg (1 dp)? Roasting guide says 13 minutes per "
            f"pound — how many minutes, and if it goes in at {start // 60}:{start % 60:02d}, when "
            "does it come out (before resting)?")
    return text, [num(kg, 1), [f"{mins} min", f"{mins} minutes"], clock(start + mins)]


@family
def seed_spacing_rows_packets(rng: random.Random) -> Made:
    bed, spacing, rows = rng.choice([120, 180, 240, 300]), rng.choice([10, 15, 20, 30]), \
        rng.randint(2, 6)
    per_row = bed // spacing + 1
    seeds = per_row * rows
    packet = rng.choice([25, 40, 50])
    packs = math.ceil(seeds / packet)
    text = (f"Veg bed is {bed} cm long. Sowing one seed every {spacing} cm, starting right at one "
            f"end and finishing at the other, in {rows} rows. Seeds needed? Packets of {packet}: "
            "how many packets?")
    return text, [[f"{seeds} seeds"], [f"{packs} packets", f"{packs} packet"]]


@family
def screen_weather_wind_mph(rng: random.Random) -> Made:
    kmh = [rng.randint(5, 60) for _ in range(3)]
    top = max(kmh)
    mph = top / F("1.609344")
    mean = F(sum(kmh), 3)
    if near(mph, 1) or near(mean, 1):
        return None
    times = ["Morning", "Afternoon", "Evening"]
    rows = [f"{d}: {k} km/h" for d, k in zip(times, kmh, strict=True)]
    recipe = screen(rng, "Wind forecast", rows)
    text = ("Going sailing — from this forecast, what's the strongest wind in mph (1 dp), and the "
            "average wind speed over the three times in km/h (1 dp)?")
    return text, [num(mph, 1), stat(MEAN, mean, 1) + num(mean, 1)], {"image": recipe}


@family
def quadratic_area_garden_path(rng: random.Random) -> Made:
    L, W, x = rng.randint(8, 20), rng.randint(5, 12), rng.randint(1, 3)
    total = (L + 2 * x) * (W + 2 * x)
    path = total - L * W
    text = (f"Lawn is {L} m by {W} m. I want a path of equal width all round it so the lawn plus "
            f"path covers {total} m². How wide is the path, and what's the path's own area? "
            f"Paving costs $35 per m² — cost?")
    return text, [[f"{x} m", f"{x}m", f"{x} metre", f"x = {x}", f"width is {x}"],
                  [f"{path} m", f"{path}m"], cash(F(path * 35))]


@family
def conversion_stack_recipe(rng: random.Random) -> Made:
    oz, f = rng.choice([8, 12, 16]), rng.choice([325, 350, 375, 400])
    g = oz * F("28.349523125")
    c = F(f - 32) * 5 / 9
    if near(g, 0) or near(c, 0):
        return None
    text = (f"american recipe:\n{oz} oz chocolate\nbake at {f}°F\nconvert for me: grams (nearest "
            "g) and °C (nearest degree)")
    return text, [num(g, 0), num(c, 0)]


@family
def lottery_odds_percent(rng: random.Random) -> Made:
    n, k = rng.choice([(20, 3), (25, 3), (30, 4), (35, 4)])
    combos = math.comb(n, k)
    tickets = rng.choice([5, 10, 20])
    pct = F(tickets * 100, combos)
    if near(pct, 3, 0.01):
        return None
    text = (f"Raffle draws {k} numbers from 1–{n} (order doesn't matter). How many possible "
            f"combinations? If I buy {tickets} different tickets, what's my chance of winning as a "
            "% (3 dp)?")
    return text, [[f"{combos:,}", str(combos)], num(pct, 3)]


@family
def electricity_bill_chart_change(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    bills = [cents(rng, 40, 160) for _ in months]
    change = (bills[-1] - bills[0]) / bills[0] * 100
    mean = sum(bills) / 6
    if near(change, 1) or tie(mean):
        return None
    text = ("electric bills Jan–Jun: " + ", ".join(f"${d2(b)}" for b in bills) +
            ". monthly average (to the cent)? % change from Jan to Jun (1 dp)? chart it")
    return text, [stat(MEAN, mean), num(abs(change), 1), CHART]


@family
def pace_treadmill_mph_to_minkm(rng: random.Random) -> Made:
    mph = F(rng.randint(40, 90), 10)
    kmh = mph * F("1.609344")
    pace = 60 / kmh
    mins = int(pace)
    secs = (pace - mins) * 60
    if near(kmh, 1) or near(secs, 0) or round(secs) == 60:
        return None
    text = (f"treadmill's set to {float(mph)} mph. what's that in km/h (1 dp) and as a pace per km "
            "(min:sec, nearest second)?")
    return text, [num(kmh, 1), [f"{mins}:{round(secs):02d}"]]


@family
def age_difference_percent(rng: random.Random) -> Made:
    y1, y2 = rng.randint(1940, 1975), rng.randint(1985, 2015)
    now = 2026
    a1, a2 = now - y1, now - y2
    ratio = F(a1, a2)
    if near(ratio, 2, 0.003):
        return None
    text = (f"Grandma was born in {y1}, my son in {y2}. In 2026 (after both birthdays), how old "
            "are they, and how many times older is grandma (2 dp)?")
    return text, [[f"{a1} years", f"{a1} years old", f"is {a1}", f"turns {a1}", f"grandma {a1}"],
                  [f"{a2} years", f"{a2} years old", f"is {a2}", f"turns {a2}"], num(ratio, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    turkey_roast_time_kg, seed_spacing_rows_packets, screen_weather_wind_mph,
    quadratic_area_garden_path, conversion_stack_recipe, lottery_odds_percent,
    electricity_bill_chart_change, pace_treadmill_mph_to_minkm, age_difference_percent)]
