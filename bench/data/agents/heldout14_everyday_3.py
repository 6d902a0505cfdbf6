"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: everyday timing and quantities —
timetables and clocks, dates, the shop, the kitchen timer, the gym, the yard and the car."""

from __future__ import annotations

import datetime
import math
import random

from bench.data.agents.heldout14_units import (
    F,
    answer,
    calc,
    cash,
    clock,
    conv,
    duration,
    families,
    money,
    show,
)
from bench.data.agents.helpers import Family, Item

KG, L = ("kg", "kilograms", "kilos"), ("L", "litres", "liters", "l")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def count(value: int, *nouns: str) -> list[str]:
    return [f"{value:,} {noun}" for noun in nouns] + [f"{value} {noun}" for noun in nouns]


def spoken(when: datetime.date) -> str:
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def hotel_bill(rng: random.Random) -> Item | None:  # hotel nights plus a tax
    nights, rate, tax = rng.randint(2, 14), rng.randint(65, 320), rng.choice([5, 7, 8, 10, 12,
                                                                            14])
    return calc(f"{nights} nights at {rate} a night plus {tax}% city tax. total for the hotel?",
                money(F(nights * rate * (100 + tax), 100)))


def two_legs(rng: random.Random) -> Item | None:  # journey time over two legs at two speeds
    a, va, b, vb = rng.randint(20, 250), rng.choice([80, 90, 100, 110, 120]), rng.randint(5, 60), \
        rng.choice([30, 40, 50, 60])
    minutes = F(a * 60, va) + F(b * 60, vb)
    return calc(f"First {a} km on the motorway at {va} km/h, then {b} km of country roads at "
                f"{vb} km/h. Total driving time?", duration(minutes))


def next_ferry(rng: random.Random) -> Item | None:  # first departure after a given time
    first, every = rng.randint(5 * 60, 7 * 60) // 5 * 5, rng.choice([20, 25, 30, 40, 45, 50])
    arrive = rng.randint(8 * 60, 16 * 60)
    k = math.ceil(F(arrive - first, every))
    return calc(f"Ferries leave every {every} minutes starting at {hhmm(first)}. I get to the port "
                f"at {hhmm(arrive)}. When's the next one?", clock(first + k * every))


def airport_leave(rng: random.Random) -> Item | None:  # when to leave home for a flight
    dep, early, drive = rng.randint(9 * 60, 22 * 60) // 5 * 5, rng.choice([90, 120, 150, 180]), \
        rng.randint(25, 110)
    return calc(f"flight at {hhmm(dep)}, want to be at the airport {early // 60}h{early % 60:02d} "
                f"before, drive is {drive} minutes. when do I leave home?",
                clock(dep - early - drive))


def dinner_ready(rng: random.Random) -> Item | None:  # serving time after cooking and resting
    start, cook, rest = rng.randint(15 * 60, 19 * 60), rng.randint(40, 200), rng.choice([10, 15,
                                                                                     20, 30])
    h, m = divmod(cook, 60)
    return calc(f"Roast goes in at {hhmm(start)}, needs {h} h {m} min, then rests {rest} minutes. "
                "What time can we eat?", clock(start + cook + rest))


def slow_cooker(rng: random.Random) -> Item | None:  # when to start a slow cooker
    ready, hours = rng.randint(17 * 60, 20 * 60) // 15 * 15, rng.choice([4, 5, 6, 7, 8, 9, 10])
    return calc(f"slow cooker recipe takes {hours} hours on low and I want it done at "
                f"{hhmm(ready)}. when should I switch it on?", clock(ready - hours * 60))


def bread_total(rng: random.Random) -> Item | None:  # total time for proofs and baking
    first, second, bake = rng.choice([60, 75, 90, 120]), rng.choice([30, 40, 45, 60]), \
        rng.choice([25, 30, 35, 40, 45])
    return calc(f"Bread: first rise {first} min, second rise {second} min, bake {bake} min. "
                "Total time?", duration(F(first + second + bake)))


def catering_kg(rng: random.Random) -> Item | None:  # per-person grams for a crowd, in kg
    grams, people = rng.choice([120, 150, 180, 200, 225, 250]), rng.randint(12, 80)
    return conv(f"allow {grams} g of meat per person, {people} people coming. how many kg to "
                "order?", F(grams * people, 1000), *KG)


def pancake_eggs(rng: random.Random) -> Item | None:  # eggs for more pancakes, rounded up
    eggs, makes, want = rng.choice([2, 3]), rng.choice([8, 10, 12]), rng.randint(14, 60)
    need = math.ceil(F(eggs * want, makes))
    return calc(f"{eggs} eggs make {makes} pancakes. I want {want} pancakes — how many whole "
                "eggs?", count(need, "eggs"))


def less_sugar(rng: random.Random) -> Item | None:  # a recipe with sugar cut by a percentage
    grams, cut = rng.choice([120, 150, 180, 200, 225, 250, 300]), rng.choice([15, 20, 25, 30,
                                                                             40])
    return conv(f"Cutting the sugar by {cut}%. Recipe says {grams} g. How much do I use?",
                F(grams * (100 - cut), 100), "g", "grams")


def butter_tbsp(rng: random.Random) -> Item | None:  # grams of butter as tablespoons
    grams = rng.choice([30, 45, 50, 60, 75, 90, 100, 115, 125])
    return conv(f"1 tbsp of butter is about 14 g. How many tablespoons is {grams} g?",
                F(grams, 14), "tablespoons", "tbsp")


def deli_price(rng: random.Random) -> Item | None:  # cost of a weighed amount priced per kg
    grams, per_kg = rng.randint(120, 1800), F(rng.randint(199, 3999), 100)
    return calc(f"cheese is {cash(per_kg)}/kg and they cut me {grams} g. what do I pay?",
                money(per_kg * grams / 1000))


def per_litre_two(rng: random.Random) -> Item | None:  # price per litre of two sizes
    small, sp = rng.choice([250, 330, 500, 750]), F(rng.randint(79, 299), 100)
    big, bp = rng.choice([1500, 2000, 3000, 5000]), F(rng.randint(149, 699), 100)
    return calc(f"juice: {small} ml for {cash(sp)} or {show(F(big, 1000))} L for {cash(bp)}. "
                "price per litre of each?", money(sp * 1000 / small), money(bp * 1000 / big))


def fuel_for_money(rng: random.Random) -> Item | None:  # litres a budget buys
    spend, price = rng.choice([20, 25, 30, 40, 50, 60, 80]), F(rng.randint(139, 219), 100)
    return conv(f"putting {spend} worth of diesel in at {cash(price)} a litre. how many litres "
                "is that?", spend / price, *L)


def ev_charge_hours(rng: random.Random) -> Item | None:  # hours to add energy at a charger
    kwh, kw = rng.randint(10, 70), rng.choice([F(37, 10), F(74, 10), F(11), F(22)])
    return conv(f"Need to add {kwh} kWh, home charger does {show(kw)} kW. How many hours, "
                "roughly?", kwh / kw, "hours", "h", "hrs")


def days_between(rng: random.Random) -> Item | None:  # days from today until a date
    today = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
    later = today + datetime.timedelta(days=rng.randint(5, 330))
    return calc(f"How many days from {spoken(today)} to {spoken(later)}?",
                count((later - today).days, "days"))


def age_days(rng: random.Random) -> Item | None:  # age in days on a date
    born = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randint(0, 8000))
    on = datetime.date(2026, 11, 27)
    return calc(f"my son was born {born.isoformat()}. how many days old is he on "
                f"{on.isoformat()}?", count((on - born).days, "days"))


def timesheet(rng: random.Random) -> Item | None:  # hours worked with an unpaid break
    start = rng.randint(7 * 60, 10 * 60)
    end = start + rng.randint(6 * 60, 11 * 60)
    lunch = rng.choice([30, 45, 60])
    worked = F(end - start - lunch)
    spoken_forms, decimal = duration(worked), answer(worked / 60, "hours", "h")
    forms = None if spoken_forms is None or decimal is None else spoken_forms + decimal
    return calc(f"Clocked in {hhmm(start)}, out {hhmm(end)}, {lunch} min unpaid lunch. How long "
                "did I actually work?", forms)


def utc_offsets(rng: random.Random) -> Item | None:  # a time between two fixed UTC offsets
    a, b = rng.sample([-8, -7, -6, -5, -4, -3, 0, 1, 2, 3, 5, 8, 9, 10], 2)
    when = rng.randint(6 * 60, 22 * 60) // 15 * 15

    def zone(offset: int) -> str:
        return "UTC" if offset == 0 else f"UTC{'+' if offset > 0 else '−'}{abs(offset)}"
    return calc(f"Call is at {hhmm(when)} {zone(a)}. What time is that for my colleague on "
                f"{zone(b)}?", clock(when + (b - a) * 60))


def flour_loaves(rng: random.Random) -> Item | None:  # loaves from a sack of flour
    sack, per = rng.choice([10, 16, 20, 25]), rng.choice([350, 400, 450, 480, 500, 550, 600])
    return calc(f"Bakery question: a {sack} kg sack of flour, {per} g flour per loaf. How many "
                "full loaves?", count(sack * 1000 // per, "loaves"))


def cup_cost(rng: random.Random) -> Item | None:  # coffee cost per cup from bean price
    per_kg, dose = F(rng.randint(1200, 4500), 100), rng.choice([14, 16, 18, 20, 22])
    return calc(f"Beans cost {cash(per_kg)} per kg, each cup uses {dose} g. Cost of beans per "
                "cup?", money(per_kg * dose / 1000))


def mileage_claim(rng: random.Random) -> Item | None:  # mileage reimbursement
    km, rate = rng.randint(12, 900), F(rng.choice([25, 28, 30, 35, 42, 45]), 100)
    return calc(f"work trips this month: {km} km, reimbursed at {cash(rate)} per km. claim "
                "amount?", money(km * rate))


def bath_fill(rng: random.Random) -> Item | None:  # minutes to fill a bath
    litres, flow = rng.choice([100, 120, 150, 160, 180, 200]), rng.choice([8, 10, 12, 15, 16])
    return conv(f"bath takes {litres} L and the tap runs {flow} L a minute. how many minutes?",
                F(litres, flow), "minutes", "min", "mins")


def solar_kwh(rng: random.Random) -> Item | None:  # solar output over a month
    kw, hours, days = F(rng.randint(20, 120), 10), F(rng.randint(20, 70), 10), rng.choice(
        [28, 30, 31])
    return conv(f"{show(kw)} kW of panels, about {show(hours)} peak sun hours a day, {days} days. "
                "kWh for the month?", kw * hours * days, "kWh", "kilowatt-hours")


def mulch_volume(rng: random.Random) -> Item | None:  # mulch for a bed at a depth
    area, cm = rng.randint(4, 60), rng.choice([5, 7, 8, 10])
    return conv(f"I want {cm} cm of bark mulch over {area} m² of beds. How many cubic metres?",
                F(area * cm, 100), "m³", "m3", "cubic metres", "cubic meters")


def gravel_tonnes(rng: random.Random) -> Item | None:  # gravel tonnage from volume
    long, w, cm = F(rng.randint(20, 150), 10), F(rng.randint(10, 60), 10), rng.choice([5, 8, 10])
    return conv(f"driveway {show(long)} m x {show(w)} m, gravel {cm} cm deep, gravel weighs about "
                "1.6 t per m³. how many tonnes?", long * w * cm / 100 * F(16, 10), "t", "tonnes",
                "tons")


def paint_tins(rng: random.Random) -> Item | None:  # tins of paint to buy
    area, cover, tin = rng.randint(20, 120), rng.choice([10, 12, 13]), rng.choice([F(5, 2), F(5)])
    tins = math.ceil(F(area * 2) / cover / tin)
    return calc(f"{area} m² of wall, two coats, paint covers {cover} m²/L, tins are {show(tin)} L. "
                "How many tins?", count(tins, "tins"))


def barbell(rng: random.Random) -> Item | None:  # total on a loaded barbell
    bar = rng.choice([15, 20])
    sizes = [F(25), F(20), F(15), F(10), F(5), F(5, 2), F(5, 4)]
    plates = sorted(rng.sample(sizes, rng.randint(1, 3)), reverse=True)
    side = ", ".join(show(p) for p in plates)
    return conv(f"{bar} kg bar with {side} kg plates on each side. what's the total weight?",
                bar + 2 * sum(plates, F(0)), *KG)


def steps_average(rng: random.Random) -> Item | None:  # daily steps needed for a monthly goal
    goal, done, left = rng.choice([250000, 300000, 310000]), rng.randint(80000, 200000), \
        rng.randint(5, 20)
    per = math.ceil(F(goal - done, left))
    return calc(f"Monthly step goal {goal:,}, I'm at {done:,} with {left} days left. How many "
                "steps a day do I need?", count(per, "steps"))


def cat_cans(rng: random.Random) -> Item | None:  # cans of cat food for a period
    per_day, days = rng.choice([F(1, 2), F(1), F(3, 2), F(2)]), rng.choice([7, 14, 28, 30, 31])
    cans = math.ceil(per_day * days)
    return calc(f"cat gets {show(per_day)} can(s) a day. how many cans for {days} days away? "
                "(a part can counts as a whole one)", count(cans, "cans"))


def nappies(rng: random.Random) -> Item | None:  # nappies and packs for a month
    per_day, pack = rng.randint(5, 10), rng.choice([32, 40, 44, 56, 64, 80])
    total = per_day * 30
    return calc(f"Baby goes through about {per_day} nappies a day. For 30 days how many nappies, "
                f"and how many packs of {pack}?", count(total, "nappies", "diapers"),
                count(math.ceil(F(total, pack)), "packs"))


FAMILIES: list[tuple[Family, int]] = families(
    hotel_bill, two_legs, next_ferry, airport_leave, dinner_ready, slow_cooker, bread_total,
    catering_kg, pancake_eggs, less_sugar, butter_tbsp, deli_price, per_litre_two,
    fuel_for_money, ev_charge_hours, days_between, age_days, timesheet, utc_offsets,
    flour_loaves, cup_cost, mileage_claim, bath_fill, solar_kwh, mulch_volume, gravel_tonnes,
    paint_tins, barbell, steps_average, cat_cans, nappies)
