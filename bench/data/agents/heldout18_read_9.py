"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 9: screenshots of lap
times, mortgages, e-books, maps, credit-weighted grades, sleep and running pace."""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal, getcontext
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, Tie, family, money, number, shot, span
from bench.data.agents.heldout18_read_7 import mmss
from bench.data.agents.helpers import Family


@family
def lap_gap(rng: random.Random) -> Made:
    base = rng.randint(550, 1000)
    laps = rng.sample(range(base, base + 160), rng.randint(4, 6))
    rows = [f"Lap {i + 1}:  {t // 600}:{t % 600 // 10:02d}.{t % 10}" for i, t in enumerate(laps)]
    diff = Fraction(max(laps) - min(laps), 10)
    return ("How many seconds slower was my slowest lap than my fastest? one decimal",
            [number(diff, 1)], shot(rng, "Karting", rows))


@family
def mortgage_payment(rng: random.Random) -> Made:
    loan = rng.randrange(80000, 450000, 5000)
    rate = rng.choice(["3.5", "3.75", "4", "4.25", "4.5", "4.9", "5.2", "5.5", "6"])
    years = rng.choice([15, 20, 25, 30])
    getcontext().prec = 50
    i = Decimal(rate) / 1200
    n = 12 * years
    pay = Decimal(loan) * i / (1 - (1 + i) ** -n)
    frac = (pay * 100) % 1
    if abs(frac - Decimal("0.5")) < Decimal("0.01"):
        raise Tie(pay)
    value = pay.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    rows = [f"Loan amount: {loan:,}", f"Interest rate: {rate}% a year", f"Term: {years} years",
            "Repayment: monthly"]
    return ("With the usual fixed-rate formula (monthly compounding at the yearly rate / 12), "
            "what's the monthly repayment? To the cent.", [money(Fraction(str(value)))],
            shot(rng, "Mortgage Quote", rows))


@family
def book_finish(rng: random.Random) -> Made:
    pages = rng.randint(180, 720)
    page = rng.randint(20, pages - 40)
    per = Fraction(rng.randint(8, 30), 10)
    minutes = (pages - page) * per
    if minutes.denominator != 1:
        return None
    rows = [f"Page {page} of {pages}", f"Your speed: {float(per):.1f} min per page"]
    return ("At my usual speed, how long will it take to finish this book?",
            [span(int(minutes))], shot(rng, "E-Reader", rows))


@family
def map_scale(rng: random.Random) -> Made:
    scale = rng.choice([10000, 25000, 50000, 63360, 100000])
    cm = Fraction(rng.randint(12, 180), 10)
    km = cm * scale / 100000
    rows = [f"Scale 1:{scale:,}", "Grid: 1 km", "Layer: Terrain"]
    return (f"I measured {float(cm):.1f} cm between the two huts on this map. How far apart "
            "are they on the ground, in km? two decimals", [number(km, 2)],
            shot(rng, "Hiking Map", rows))


@family
def gpa_credits(rng: random.Random) -> Made:
    courses = rng.sample(["Calculus", "History", "Physics", "Art", "Biology", "Economics",
                          "Spanish"], rng.randint(3, 5))
    points = [rng.choice(["4.0", "3.7", "3.3", "3.0", "2.7", "2.3", "2.0"]) for _ in courses]
    credits = [rng.randint(1, 5) for _ in courses]
    rows = [f"{c}: {p} ({k} credit{'s' * (k > 1)})"
            for c, p, k in zip(courses, points, credits, strict=True)]
    value = sum(Fraction(p) * k for p, k in zip(points, credits, strict=True)) / sum(credits)
    return ("what's my GPA this term, weighting each grade by its credits? two decimal places",
            [number(value, 2)], shot(rng, "Transcript", rows))


@family
def sleep_efficiency(rng: random.Random) -> Made:
    bed = rng.randint(390, 600)
    asleep = bed - rng.randint(10, 90)
    rows = [f"Time in bed: {bed // 60}h {bed % 60}m", f"Time asleep: {asleep // 60}h "
            f"{asleep % 60}m", f"Awake: {rng.randint(2, 6)} times"]
    return ("Sleep efficiency is time asleep divided by time in bed. What was mine last night "
            "as a percentage? One decimal.", [number(Fraction(100 * asleep, bed), 1)],
            shot(rng, "Sleep", rows))


@family
def pace_per_mile(rng: random.Random) -> Made:
    pace = rng.randint(240, 480)
    per_mile = Fraction(pace) * Fraction("1.609344")
    frac = per_mile - int(per_mile)
    if abs(frac - Fraction(1, 2)) < Fraction(1, 20):
        return None
    rows = ["Evening Run", f"Avg pace: {pace // 60}:{pace % 60:02d} /km",
            f"Distance: {rng.randint(30, 210) / 10:.1f} km"]
    return ("What's that average pace in minutes per mile? nearest second",
            [mmss(round(per_mile))], shot(rng, "Run Summary", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    lap_gap, mortgage_payment, book_finish, map_scale, gpa_credits, sleep_efficiency,
    pace_per_mile)]
