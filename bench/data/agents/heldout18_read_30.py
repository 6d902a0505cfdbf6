"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 30: screenshots of a
recording's file size, a training plan's weekly build-up, a cricket run rate, a basketball box
score, laptop battery life and an interval workout."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, number, shot, span
from bench.data.agents.heldout18_read_7 import mmss
from bench.data.agents.helpers import Family


@family
def recording_size(rng: random.Random) -> Made:
    secs = rng.randint(10 * 60, 150 * 60)
    per10 = rng.choice([45, 60, 75, 90, 120, 150])
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    rows = [f"Recording length: {h}:{m:02d}:{s:02d}", f"Size: about {per10} MB per 10 min",
            "Format: MP4"]
    return ("Roughly how big will the recording file be, in MB? Nearest whole MB.",
            [number(Fraction(secs * per10, 600))], shot(rng, "Meeting Recording", rows))


@family
def long_run_growth(rng: random.Random) -> Made:
    first = rng.randint(8, 16)
    pct = rng.choice([5, 8, 10, 12, 15])
    week = rng.randint(3, 8)
    rows = [f"Week 1 long run: {first} km", f"Increase: {pct}% each week", "Rest day: Monday"]
    value = first * Fraction(100 + pct, 100) ** (week - 1)
    return (f"How long will my long run be in week {week} if it grows like that every week? "
            "km, one decimal", [number(value, 1)], shot(rng, "Training Plan", rows))


@family
def run_rate(rng: random.Random) -> Made:
    overs, balls = rng.randint(10, 49), rng.randint(1, 5)
    runs = rng.randint(overs * 3, overs * 8)
    rows = [f"Runs: {runs}", f"Overs: {overs}.{balls}", f"Wickets: {rng.randint(1, 9)}"]
    value = Fraction(runs * 6, overs * 6 + balls)
    return (f"What's our run rate per over? ({overs}.{balls} overs means {overs} overs and "
            f"{balls} balls, 6 balls an over.) Two decimals.", [number(value, 2)],
            shot(rng, "Match Centre", rows))


@family
def basketball_points(rng: random.Random) -> Made:
    three_made = rng.randint(0, 8)
    three_att = three_made + rng.randint(0, 7)
    fg_made = three_made + rng.randint(2, 12)
    fg_att = fg_made + (three_att - three_made) + rng.randint(1, 10)
    ft_made = rng.randint(0, 10)
    ft_att = ft_made + rng.randint(0, 4)
    rows = ["Player: #23", f"FG: {fg_made}/{fg_att}", f"3PT: {three_made}/{three_att}",
            f"FT: {ft_made}/{ft_att}"]
    value = 2 * (fg_made - three_made) + 3 * three_made + ft_made
    return ("How many points did this player score? (FG counts all field goals, threes "
            "included; free throws are 1 point each.)", [number(value)],
            shot(rng, "Box Score", rows))


@family
def battery_runtime(rng: random.Random) -> Made:
    wh = rng.randint(40, 99)
    watts = Fraction(rng.randint(45, 250), 10)
    minutes = wh * 60 / watts
    if abs(minutes - int(minutes) - Fraction(1, 2)) < Fraction(1, 20):
        return None
    rows = [f"Battery capacity: {wh} Wh", "Charge: 100%", f"Average draw: {float(watts):.1f} W"]
    return ("From full, how long will the laptop last at that average draw? Nearest minute.",
            [span(round(minutes))], shot(rng, "Power Stats", rows))


@family
def interval_total(rng: random.Random) -> Made:
    rounds = rng.randint(4, 12)
    work, rest = rng.choice([(20, 10), (30, 15), (40, 20), (45, 15), (50, 10), (60, 30)])
    warm, cool = rng.randint(3, 10), rng.randint(2, 8)
    rows = [f"Warm-up: {warm} min", f"Intervals: {rounds} x ({work} s work + {rest} s rest)",
            f"Cool-down: {cool} min"]
    total = 60 * (warm + cool) + rounds * (work + rest)
    return ("How long is this whole workout from start of warm-up to end of cool-down?",
            [mmss(total)], shot(rng, "Interval Timer", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    recording_size, long_run_growth, run_rate, basketball_points, battery_runtime,
    interval_total)]
