"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 14: team orders from a
receipt, and screenshots of shopping lists, election counts, slabs, tiles, pills and series."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    EN,
    Made,
    count,
    date_forms,
    family,
    money,
    number,
    receipt,
    shot,
    span,
)
from bench.data.agents.helpers import Family


@family
def bulk_for_team(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["diner", "cinema"]), count=(3, 5),
                               low=150, high=1500)
    good, cents = rng.choice(lines)
    people, each = rng.randint(4, 15), rng.randint(2, 3)
    return (f"For the team day I'm ordering the {good.lower()} again, {EN[each]} per person "
            f"for {people} people. At this receipt's price, what will that come to?",
            [money(cents * people * each, True)], recipe)


@family
def unticked_count(rng: random.Random) -> Made:
    things = rng.sample(["Milk", "Eggs", "Bread", "Rice", "Soap", "Coffee", "Apples", "Butter",
                         "Onions", "Foil", "Tea", "Jam", "Lemons", "Yogurt"], rng.randint(6, 10))
    done = [rng.random() < 0.5 for _ in things]
    left = done.count(False)
    if left in (0, len(things)):
        return None
    rows = [f"{t} - {'in trolley' if d else 'to buy'}" for t, d in zip(things, done, strict=True)]
    return ("how many things on my shopping list have I still not picked up?", [count(left)],
            shot(rng, "Shopping List", rows))


@family
def winning_margin(rng: random.Random) -> Made:
    names = rng.sample(["Alvarez", "Brooks", "Chen", "Dubois", "Evans", "Fischer"], 3)
    votes = sorted(rng.sample(range(1500, 30000), 3), reverse=True)
    rows = [f"{n}: {v:,}" for n, v in zip(names, votes, strict=True)]
    rng.shuffle(rows)
    value = Fraction(100 * (votes[0] - votes[1]), sum(votes))
    return ("By how many percentage points of the total vote did the winner beat the runner-up? "
            "one decimal", [number(value, 1)], shot(rng, "Council Election", rows))


@family
def slab_volume(rng: random.Random) -> Made:
    a, b = Fraction(rng.randint(15, 80), 10), Fraction(rng.randint(15, 60), 10)
    depth = rng.choice([75, 100, 120, 150, 200])
    rows = [f"Length: {float(a):.1f} m", f"Width: {float(b):.1f} m", f"Depth: {depth} mm"]
    value = a * b * Fraction(depth, 1000)
    return ("How many cubic metres of concrete do I need for this slab (no extra for waste)? "
            "two decimals", [number(value, 2)], shot(rng, "Slab Planner", rows))


@family
def tiles_count(rng: random.Random) -> Made:
    tile = rng.choice([20, 25, 30, 40, 50, 60])
    nx, ny = rng.randint(4, 16), rng.randint(4, 14)
    rows = [f"Floor: {nx * tile / 100:g} m x {ny * tile / 100:g} m",
            f"Tile: {tile} x {tile} cm", "Grout: 2 mm"]
    return ("Ignoring grout and cuts (the sizes divide exactly), how many tiles cover this "
            "floor?", [count(nx * ny, "tiles")], shot(rng, "Tile Calculator", rows))


@family
def pills_run_out(rng: random.Random) -> Made:
    per_day = rng.choice([1, 2, 3])
    pack = per_day * rng.randint(7, 45)
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
    last = start + dt.timedelta(days=pack // per_day - 1)
    rows = [f"Take: 1 tablet {['once', 'twice', 'three times'][per_day - 1]} a day",
            f"Tablets in pack: {pack}", f"First dose: {start.isoformat()}"]
    return ("Taking them exactly as prescribed from the first dose, on what date do I take the "
            "last tablet?", [date_forms(last)], shot(rng, "Prescription", rows))


@family
def binge_left(rng: random.Random) -> Made:
    eps = rng.randint(6, 13)
    on = rng.randint(1, eps - 1)
    length = rng.randint(22, 62)
    into = rng.randint(1, length - 1)
    left = (eps - on + 1) * length - into
    rows = ["Season 2", f"Episode {on} of {eps}", f"Each episode: {length} min",
            f"Watched: {into} min of this one"]
    return (rng.choice(["How much viewing time is left in the season, counting the rest of this "
                        "episode?",
                        "how long to finish the season from where I am?",
                        "Including what's left of this episode, how much watching time is left in "
                        "the season?"]),
            [span(left)], shot(rng, "Now Watching", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bulk_for_team, unticked_count, winning_margin, slab_volume, tiles_count, pills_run_out,
    binge_left)]
