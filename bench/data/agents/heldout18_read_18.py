"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 18: the closest pair on
a receipt, signs for bin days and trails, and screenshots of quizzes with negative marking,
chores, car specs, aquariums and exam papers."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    MONTHS,
    Made,
    date_forms,
    family,
    money,
    number,
    receipt,
    shot,
    sign,
)
from bench.data.agents.helpers import Family

DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]


@family
def closest_pair_gap(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5), low=100, high=2500)
    gaps = sorted((abs(ca - cb), a, b) for (a, ca), (b, cb) in itertools.combinations(lines, 2))
    if gaps[1][0] - gaps[0][0] < 30:
        return None
    gap, a, b = gaps[0]
    return ("Which two items on here are closest in price, and how far apart are they?",
            [[a.lower()], [b.lower()], money(gap, True)], recipe)


@family
def bin_day_next(rng: random.Random) -> Made:
    green, blue = rng.sample(range(5), 2)
    today = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randrange(320))
    if today.weekday() == blue:
        return None
    ahead = (blue - today.weekday()) % 7
    nxt = today + dt.timedelta(days=ahead)
    words = ["BIN COLLECTIONS", f"GREEN: {DAYS[green]}", f"BLUE: {DAYS[blue]}"]
    return (f"Today is {today.strftime('%A')} {today.day} {MONTHS[today.month - 1]}. What's the "
            "date of the next blue bin collection?", [date_forms(nxt)], sign(rng, words))


@family
def trail_gradient(rng: random.Random) -> Made:
    gain = rng.randrange(120, 1500, 10)
    km = Fraction(rng.randint(18, 140), 10)
    words = ["RIDGE TRAIL", f"LENGTH {float(km):.1f} KM", f"CLIMB {gain} M"]
    return ("What's the average gradient of this trail as a percent (climb divided by length)? "
            "One decimal.", [number(Fraction(gain, 10) / km, 1)], sign(rng, words))


@family
def negative_marking(rng: random.Random) -> Made:
    right, wrong, skip = rng.randint(8, 40), rng.randint(1, 15), rng.randint(0, 8)
    plus, minus = rng.choice([(4, 1), (3, 1), (2, 1), (1, Fraction(1, 4)), (4, 2)])
    rows = [f"Correct: {right}", f"Wrong: {wrong}", f"Skipped: {skip}"]
    value = right * plus - wrong * minus
    m = f"{float(minus):g}"
    return (f"It's {plus} mark{'s' * (plus > 1)} for a right answer, minus {m} for a wrong "
            "one, and 0 for a skip. "
            "What's my score?", [number(value, 2)], shot(rng, "Quiz Results", rows))


@family
def chores_pay(rng: random.Random) -> Made:
    jobs = rng.sample([("Dishes", 50), ("Dog walk", 75), ("Vacuum", 100), ("Laundry", 125),
                       ("Bins", 25), ("Car wash", 200), ("Lawn", 250)], rng.randint(3, 4))
    times = [rng.randint(1, 7) for _ in jobs]
    rows = [f"{n}: {t} x {p / 100:.2f}" for (n, p), t in zip(jobs, times, strict=True)]
    return ("How much pocket money has my son earned this week from his chores?",
            [money(sum(p * t for (_, p), t in zip(jobs, times, strict=True)), True)],
            shot(rng, "Chore Chart", rows))


@family
def accel_0_60(rng: random.Random) -> Made:
    secs = Fraction(rng.randint(28, 140), 10)
    rows = ["Model: Sport Hatch", f"0-60 mph: {float(secs):.1f} s", "Top speed: 142 mph"]
    value = 60 * Fraction("1609.344") / 3600 / secs
    return ("What's the average acceleration for that 0-60 mph time, in m/s^2? two decimals",
            [number(value, 2)], shot(rng, "Car Specs", rows))


@family
def aquarium_litres(rng: random.Random) -> Made:
    a, b, c = rng.randint(40, 200), rng.randint(25, 70), rng.randint(25, 70)
    rows = [f"Tank: {a} x {b} x {c} cm", "Glass: 8 mm", "Filter: external"]
    return ("How many litres does this tank hold when completely full (ignore the glass)? One "
            "decimal.",
            [number(Fraction(a * b * c, 1000), 1)], shot(rng, "Aquarium", rows))


@family
def combined_percent(rng: random.Random) -> Made:
    papers = [(rng.randint(20, 90), rng.choice([40, 50, 60, 80, 100])) for _ in range(
        rng.randint(2, 3))]
    papers = [(min(g, t - 1), t) for g, t in papers]
    rows = [f"Paper {i + 1}: {g}/{t}" for i, (g, t) in enumerate(papers)]
    value = Fraction(100 * sum(g for g, _ in papers), sum(t for _, t in papers))
    return ("Adding up all the marks across the papers, what's my overall percentage? 1 d.p.",
            [number(value, 1)], shot(rng, "Exam Results", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    closest_pair_gap, bin_day_next, trail_gradient, negative_marking, chores_pay, accel_0_60,
    aquarium_litres, combined_percent)]
