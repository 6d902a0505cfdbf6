"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 4: more app screenshots
(home energy, weather, trips, baby log, parcels, printing, plans, polls, pay)."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    MONTHS,
    Made,
    count,
    family,
    hm,
    money,
    number,
    shot,
    span,
)
from bench.data.agents.helpers import Family


def tenth(value: int) -> str:
    return f"{value / 10:.1f}"


@family
def grid_import(rng: random.Random) -> Made:
    made, used = rng.randint(40, 320), rng.randint(80, 450)
    sent = rng.randint(0, made // 2)
    grid = used - (made - sent)
    if grid < 10:
        return None
    rows = [f"Solar produced: {tenth(made)} kWh", f"Home used: {tenth(used)} kWh",
            f"Exported: {tenth(sent)} kWh"]
    return ("Whatever the house used came from our own panels or the grid. From these "
            "numbers, how many kWh did we take from the grid today?",
            [number(Fraction(grid, 10), 1)], shot(rng, "Energy Today", rows))


@family
def gusts_in_knots(rng: random.Random) -> Made:
    wind = rng.randint(8, 45)
    gust = wind + rng.randint(6, 35)
    rows = [f"Wind: {wind} km/h SW", f"Gusts: {gust} km/h", "Rain: 20%"]
    value = Fraction(gust) / Fraction("1.852")
    return ("I sail, so I think in knots. What are the gusts on this forecast in knots? "
            "one decimal", [number(value, 1)], shot(rng, "Weather", rows))


@family
def mileage_claim(rng: random.Random) -> Made:
    start = rng.randint(8000, 90000)
    miles = rng.randint(30, 480)
    rate = rng.choice(["0.45", "0.40", "0.30", "0.55", "0.67", "0.70"])
    cur = rng.choice(["£", "$"])
    rows = [f"Start odometer: {start:,}", f"End odometer: {start + miles:,}", "Unit: miles"]
    return (f"Work pays {cur}{rate} a mile. What can I claim for this trip? (to the cent)",
            [money(miles * Fraction(rate))], shot(rng, "Trip Log", rows))


@family
def roast_time(rng: random.Random) -> Made:
    per, extra = rng.choice([(20, 20), (25, 25), (20, 30), (30, 15), (15, 20)])
    unit = rng.choice([450, 500])
    grams = rng.randrange(1000, 3200, 100)
    minutes = Fraction(grams * per, unit) + extra
    if minutes.denominator != 1:
        return None
    meat = rng.choice(["Roast chicken", "Leg of lamb", "Pork shoulder", "Beef topside"])
    rows = [meat, f"{per} min per {unit} g", f"plus {extra} min", "Oven 190 C"]
    kg = f"{grams / 1000:g}"
    return (f"Mine weighs {kg} kg. Following this recipe app, how long does it need in the "
            "oven?", [span(int(minutes))], shot(rng, "Recipe", rows))


@family
def feeds_total(rng: random.Random) -> Made:
    times = sorted(rng.sample(range(0, 23 * 60, 10), rng.randint(4, 7)))
    ml = [rng.randrange(60, 200, 5) for _ in times]
    rows = [f"{hm(t)}  {v} ml" for t, v in zip(times, ml, strict=True)]
    return (rng.choice(["how much milk did the baby drink in total in this log?",
                        "Total ml of milk across all these feeds?",
                        "Add up today's feeds for me - how many ml altogether?"]),
            [number(sum(ml))],
            shot(rng, "Feeding Log", rows))


@family
def chargeable_weight(rng: random.Random) -> Made:
    dims = [rng.randint(15, 70) for _ in range(3)]
    actual = Fraction(rng.randint(10, 250), 10)
    volumetric = Fraction(dims[0] * dims[1] * dims[2], 5000)
    if abs(volumetric - actual) < Fraction(1, 5):
        return None
    rows = [f"Size: {dims[0]} x {dims[1]} x {dims[2]} cm", f"Weight: {float(actual):.1f} kg",
            "Service: Standard"]
    return ("The courier charges on whichever is bigger: actual weight or L x W x H / 5000 in "
            "kg. What's the chargeable weight for my parcel? One decimal, in kg.",
            [number(max(volumetric, actual), 1)], shot(rng, "Parcel Details", rows))


@family
def print_sheets(rng: random.Random) -> Made:
    pages, copies = rng.randint(7, 240), rng.randint(1, 6)
    if pages % 2 == 0:
        pages += 1
    rows = ["Document: report.pdf", f"Pages: {pages}", "Two-sided: On", f"Copies: {copies}"]
    n = math.ceil(pages / 2) * copies
    return ("How many sheets of paper will this print job use? Each copy starts on a fresh "
            "sheet.", [count(n, "sheets")], shot(rng, "Print", rows))


@family
def plan_year_gap(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    a, b = sorted(rng.sample(range(1000, 6500, 50), 2))
    rows = [f"Basic: {cur}{a / 100:.2f}/mo  10 GB", f"Plus: {cur}{b / 100:.2f}/mo  50 GB"]
    return (rng.choice(["Over a full year, how much more would the Plus plan cost than Basic?",
                        "what's the yearly difference in cost between these two plans?",
                        "If I pick Plus over Basic, how much extra is that over 12 months?"]),
            [money(12 * (b - a), True)], shot(rng, "Choose a plan", rows))


@family
def poll_share(rng: random.Random) -> Made:
    opts = rng.sample(["Pizza", "Tacos", "Sushi", "Curry", "Burgers", "Salad"], 3)
    votes = [rng.randint(2, 40) for _ in opts]
    k = rng.randrange(3)
    rows = [f"{o}: {v} votes" for o, v in zip(opts, votes, strict=True)]
    value = Fraction(100 * votes[k], sum(votes))
    return (f"What percentage of the votes went to {opts[k].lower()}? 1 decimal place",
            [number(value, 1)], shot(rng, "Team lunch poll", rows))


@family
def exam_pace(rng: random.Random) -> Made:
    secs = rng.randint(20 * 60, 140 * 60)
    left = rng.randint(6, 45)
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    rows = [f"Time remaining: {h}:{m:02d}:{s:02d}", f"Questions left: {left}"]
    value = Fraction(secs, 60 * left)
    text = rng.choice([
        "how many minutes can I spend on each remaining question if I use all the time evenly? "
        "one decimal",
        "If I split the remaining time equally, how many minutes per question do I get? 1 "
        "decimal place",
        "minutes per remaining question if I pace myself evenly? round to one decimal"])
    return text, [number(value, 1)], shot(rng, "Online Exam", rows)


@family
def code_discount(rng: random.Random) -> Made:
    sub = rng.randrange(2000, 20000, 5)
    pct = rng.choice([5, 10, 12, 15, 18, 20, 25, 30, 35])
    off = sub * pct
    if off % 100:
        return None
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Subtotal: {cur}{sub / 100:.2f}", f"Code SPRING: -{cur}{off / 10000:.2f}",
            f"Total: {cur}{(sub - off // 100) / 100:.2f}"]
    return (rng.choice(["What percent discount did that code actually give me?",
                        "How big a discount was that code, as a percentage of the subtotal?",
                        "what % off did the promo code work out to?"]),
            [[f"{pct}%", f"{pct} %", f"{pct} percent"]], shot(rng, "Checkout", rows))


@family
def hourly_from_salary(rng: random.Random) -> Made:
    salary = rng.randrange(24000, 96000, 250)
    hours = rng.choice(["35", "37.5", "38", "40"])
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Annual salary: {cur}{salary:,}", f"Hours per week: {hours}", "Holiday: 25 days"]
    value = salary / (52 * Fraction(hours))
    return (rng.choice(["Taking 52 paid weeks, what hourly rate does this offer work out to? "
                        "Nearest cent.",
                        "Over 52 weeks at those hours, what's the pay per hour? round to the cent",
                        "What does this salary come to per hour (52 weeks a year)? Nearest cent."]),
            [money(value)], shot(rng, "Job Offer", rows))


@family
def age_on_day(rng: random.Random) -> Made:
    born = dt.date(rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28))
    on = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    if (on.month, on.day) == (born.month, born.day):
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    rows = ["Name: J. Rivera", f"Date of birth: {born.isoformat()}", "Member since: 2019"]
    return (f"How old will this member be on {on.day} {MONTHS[on.month - 1]} 2026?",
            [[f"{age}", f"{age} years"]], shot(rng, "Member Card", rows))


@family
def lowest_tyre_bar(rng: random.Random) -> Made:
    psi = rng.sample(range(26, 40), 4)
    pos = ["Front left", "Front right", "Rear left", "Rear right"]
    rows = [f"{p}: {v} psi" for p, v in zip(pos, psi, strict=True)]
    value = min(psi) * Fraction("0.0689476")
    return (rng.choice(["What's the lowest tyre pressure here in bar? Two decimals please",
                        "Convert the lowest of these tyre pressures to bar, 2 dp.",
                        "which tyre is lowest and what's that in bar? two decimals"]),
            [number(value, 2)], shot(rng, "Tyre Pressure", rows))


@family
def macro_kcal(rng: random.Random) -> Made:
    p, c, f = rng.randint(5, 60), rng.randint(10, 120), rng.randint(2, 45)
    rows = [f"Protein: {p} g", f"Carbs: {c} g", f"Fat: {f} g"]
    value = 4 * p + 4 * c + 9 * f
    return ("Counting 4 kcal per gram of protein and carbs and 9 per gram of fat, how many "
            "calories is this meal?", [number(value)], shot(rng, "Meal Macros", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    grid_import, gusts_in_knots, mileage_claim, roast_time, feeds_total, chargeable_weight,
    print_sheets, plan_year_gap, poll_share, exam_pace, code_discount, hourly_from_salary,
    age_on_day, lowest_tyre_bar, macro_kcal)]
