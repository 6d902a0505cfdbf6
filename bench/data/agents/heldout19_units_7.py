"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 7: kitchen and odd jobs.
"""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout19_units import (
    F,
    clock,
    family,
    forms,
    money,
    num,
    pick,
    rnd,
    show_clock,
)
from bench.data.agents.helpers import Family


@family
def turkey_roast_start(rng: random.Random) -> Any:
    lb = rnd(rng, 8, 24, 1)
    per, extra = rng.choice([13, 15, 20]), rng.choice([15, 20, 30])
    rest = rng.choice([20, 30, 45])
    dinner = rng.randint(14 * 60, 20 * 60) // 15 * 15
    cook = lb * per + extra
    text = pick(rng, "Turkey is {w} lb, roast {p} min per lb plus {e} min, then rest {r} min. "
                "Dinner at {t} - when does it go in the oven?",
                "{w}lb bird, {p} mins/lb + {e}, rest {r} minutes, want to eat at {t}. What time to "
                "start roasting?", w=num(lb), p=per, e=extra, r=rest,
                t=show_clock(dinner, rng.random() < 0.5))
    return text, clock(dinner - rest - int(cook))


@family
def coffee_ratio(rng: random.Random) -> Any:
    ratio = rng.choice([15, 16, 17, 18])
    water = rnd(rng, 200, 1200, 10)
    text = pick(rng, "Using a 1:{r} coffee to water ratio, how many grams of coffee for {w} g of "
                "water? 1 decimal",
                "pour over at 1:{r}, I want {w} ml of water (1 ml = 1 g). grams of coffee (1 dp)?",
                r=ratio, w=num(water))
    return text, forms(water / ratio, 1)


@family
def concentrate_dilution(rng: random.Random) -> Any:
    parts = rng.choice([4, 5, 6, 9, 10, 20])
    total = rnd(rng, 250, 5000, 50)
    text = pick(rng, "Mix 1 part concentrate to {p} parts water. How much concentrate (mL) for "
                "{t} mL total? 1 decimal",
                "squash is 1:{p} with water (1 part squash to {p} water) - ml of squash for "
                "a {t} ml jug in total (1 dp)?",
                p=parts, t=num(total))
    return text, forms(total / (parts + 1), 1)


@family
def fertilizer_dose(rng: random.Random) -> Any:
    ml_per_l, can = rng.choice([2, F("2.5"), 5, 10, 4]), rnd(rng, 2, 15, "0.5")
    text = pick(rng, "Feed is {m} mL per litre of water. My watering can holds {c} L. How much "
                "feed?",
                "{c}L can, dose {m} ml/L - ml of plant food to add?", m=num(ml_per_l), c=num(can))
    return text, forms(ml_per_l * can, 2)


@family
def thunder_distance(rng: random.Random) -> Any:
    secs = rnd(rng, 1, 30, "0.5")
    text = pick(rng, "I counted {s} seconds between the lightning and the thunder. Sound travels "
                "343 m/s - how many km away is the storm? 2 decimals",
                "{s} s flash-to-bang, speed of sound 343 m/s. distance in km (2 dp)?", s=num(secs))
    return text, forms(secs * 343 / 1000, 2)


@family
def baking_pan_scale(rng: random.Random) -> Any:
    a, b = rng.sample([6, 7, 8, 9, 10, 11, 12], 2)
    text = pick(rng, "Recipe is for a {a}-inch round pan; I have a {b}-inch round pan. By what "
                "factor should I scale the ingredients (ratio of areas)? 2 decimals",
                "scaling factor (area) from a {a}\" round tin to a {b}\" round tin, 2 dp?",
                a=a, b=b)
    return text, forms(F(b * b, a * a), 2)


@family
def saving_weeks(rng: random.Random) -> Any:
    goal, have = rnd(rng, 200, 5000, 10), rnd(rng, 0, 150, 5)
    per = rnd(rng, 15, 150, 5)
    weeks = -(-(goal - have) // per)
    sign = rng.choice(["$", "€", "£", ""])
    text = pick(rng, "I want to save {g} for a new bike. I have {h} and put away {p} a week. How "
                "many weeks until I have enough?",
                "goal {g}, saved {h} so far, adding {p} weekly - weeks needed (whole weeks)?",
                g=sign + money(goal), h=sign + money(have), p=sign + money(per))
    return text, [str(weeks), f"{weeks} weeks"]


@family
def rice_water_ratio(rng: random.Random) -> Any:
    cups = rnd(rng, "0.5", 6, "0.25")
    ratio = rng.choice([F("1.5"), F(2), F("1.25"), F("1.75")])
    text = pick(rng, "Rice to water is 1:{r}. How many cups of water for {c} cups of rice?",
                "{c} cups rice, water ratio 1 : {r} - cups of water?", r=num(ratio), c=num(cups))
    value = cups * ratio
    out = forms(value, 4)
    if out is not None and value.denominator != 1:
        out.append(str(value))
    return text, out


@family
def laundry_loads_detergent(rng: random.Random) -> Any:
    bottle, dose = rnd(rng, 1, 5, "0.25"), rng.choice([35, 40, 50, 55, 60, 75])
    loads = int(bottle * 1000 // dose)
    text = pick(rng, "A {b} L bottle of detergent, {d} mL per load. How many full loads?",
                "how many washes from {b} litres of liquid at {d}ml a wash (whole loads)?",
                b=num(bottle), d=dose)
    return text, [str(loads), f"{loads} loads"]


@family
def bread_hydration(rng: random.Random) -> Any:
    flour, pct = rnd(rng, 250, 1500, 25), rng.choice([60, 65, 68, 70, 72, 75, 78, 80])
    text = pick(rng, "For a {p}% hydration dough with {f} g flour, how many grams of "
                     "water? 1 decimal",
                "baker's percentage: {f}g flour at {p}% hydration - water in g (1 dp)?",
                p=pct, f=num(flour))
    return text, forms(flour * pct / 100, 1)


@family
def tank_heater_time(rng: random.Random) -> Any:
    litres, rise = rnd(rng, 50, 300, 10), rnd(rng, 20, 50, 1)
    kw = rng.choice([F("1.5"), F(2), F(3), F("2.5")])
    text = pick(rng, "Heating {l} L of water by {r} °C with a {k} kW element (4.186 kJ per kg per "
                "°C, no losses). How many minutes? 1 decimal",
                "{k}kW immersion heater, {l} litres, raise {r} degrees C. time in min (1 dp)? use "
                "4.186 kJ/kg°C", l=num(litres), r=num(rise), k=num(kw))
    return text, forms(litres * F("4.186") * rise / kw / 60, 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    turkey_roast_start, coffee_ratio, concentrate_dilution, fertilizer_dose, thunder_distance,
    baking_pan_scale, saving_weeks, rice_water_ratio, laundry_loads_detergent, bread_hydration,
    tank_heater_time)]
