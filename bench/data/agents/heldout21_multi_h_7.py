"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 7: mixed asks."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout21_multi_h import PLOT, Made, clock, degrade, fam, num, receipt, rnd
from bench.data.agents.helpers import Family


@fam
def timesheet_overtime_pay(rng: random.Random) -> Made:
    hours = [rng.choice([7, 8, 9, 10, 11]) + rng.choice([0, F(1, 2)]) for _ in range(5)]
    total = sum(hours)
    if total <= 40:
        return None
    wage = F(rng.choice([1450, 1600, 1725, 1850, 2100]), 100)
    rows = [
        f"{d}: {float(h):g} h"
        for d, h in zip(["Mon", "Tue", "Wed", "Thu", "Fri"], hours, strict=True)
    ]
    recipe = {
        "kind": "screenshot",
        "title": "Timesheet",
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    pay = 40 * wage + (total - 40) * wage * F(3, 2)
    text = rng.choice(
        [
            f"total hours on my timesheet this week? I get ${float(wage):.2f}/h and time and a "
            "half "
            "for anything over 40, so what's my gross pay?",
            f"Add up the hours in this screenshot, then pay at {float(wage):.2f} an hour for the "
            "first 40 and 1.5x after that. Hours and total pay please",
        ]
    )
    return text, [num(total, 1), num(pay)], {"image": recipe}


@fam
def dearest_item_in_pounds(rng: random.Random) -> Made:
    goods = rng.sample(["Helmet", "Lock", "Pump", "Bell", "Gloves", "Light", "Bottle"], 3)
    recipe, lines = receipt(rng, "Spoke Cycles", goods, "€", 400, 6000)
    name, cents = max(lines, key=lambda x: x[1])
    fx = F(rng.choice([84, 85, 86, 87, 88]), 100)
    text = rng.choice(
        [
            "which was the most expensive thing on this bike shop receipt, and what did it cost "
            "in "
            f"pounds? 1 EUR = {float(fx)} GBP",
            f"Dearest item on the receipt? Convert its price to GBP at €1 = £{float(fx)}, 2 dp.",
        ]
    )
    return text, [[name], num(F(cents, 100) * fx)], {"image": recipe}


@fam
def cubic_turning_points_plot(rng: random.Random) -> Made:
    a = rng.randint(2, 9)
    k = 3 * a * a
    c = rng.choice([0, 1, 2, 5, 7, 8, 10, 12, 15, 20])
    f = f"x^3 - {k}x + {c}" if c else f"x^3 - {k}x"
    text = rng.choice(
        [
            f"plot y = {f} and tell me the x values of its turning points",
            f"Where are the stationary points of f(x) = {f} (x-coordinates)? Draw the graph too.",
            f"graph {f} for me and find where the slope is zero",
        ]
    )
    return text, [[f"x = {a}", f"x = ±{a}", f"±{a}"], [f"x = -{a}", f"x = ±{a}", f"±{a}"], PLOT], {}


@fam
def stdev_and_chart(rng: random.Random) -> Made:
    vals = [rng.randint(10, 95) for _ in range(rng.randint(6, 9))]
    sd = statistics.pstdev(vals)
    if abs(sd * 100 % 1 - 0.5) < 0.01:
        return None
    what = rng.choice(
        ["minutes I spent on my phone per hour", "daily sales", "commute times (min)"]
    )
    text = rng.choice(
        [
            f"{what}: {', '.join(map(str, vals))}. population standard deviation (2 dp) and a "
            "chart "
            "pls",
            f"Chart these {what} - {' '.join(map(str, vals))} - and give the population SD to 2 "
            "decimals",
        ]
    )
    return text, [[f"{sd:.2f}"], PLOT], {}


@fam
def compound_interest_in_dollars(rng: random.Random) -> Made:
    p = rng.randint(20, 150) * 100
    r = F(rng.choice([20, 25, 30, 35, 40, 45, 50]), 10)
    years = rng.randint(3, 12)
    fx = F(rng.choice([108, 112, 115, 117, 119]), 100)
    amount = p * (1 + r / 100) ** years
    text = rng.choice(
        [
            f"if I put €{p:,} in savings at {float(r):g}% compounded once a year, how much after "
            f"{years} years? and what's that in USD at €1 = ${float(fx)}?",
            f"€{p} at {float(r):g}% annual compound interest for {years} yrs - final balance (2 "
            "dp), "
            f"then converted to dollars using 1 EUR = {float(fx)} USD",
        ]
    )
    usd = list(dict.fromkeys(num(amount * fx) + num(rnd(amount, 2) * fx)))
    return text, [num(amount), usd], {}


@fam
def transatlantic_landing_local(rng: random.Random) -> Made:
    dep = rng.randint(8 * 60, 18 * 60) // 5 * 5
    dur = rng.randint(80, 110) * 5
    city, shift, miles = rng.choice(
        [("New York", -5, 3459), ("Boston", -5, 3265), ("Chicago", -6, 3950), ("Toronto", -5, 3545)]
    )
    text = rng.choice(
        [
            f"flying London to {city}, leaving {dep // 60:02d}:{dep % 60:02d} London time, "
            "flight is "
            f"{dur // 60}h {dur % 60}m. {city} is {-shift} hours behind. what's the local time "
            "when I "
            f"land? and the {miles:,} mile distance in km (1.609, 2 dp)?",
            f"Departure {dep // 60:02d}:{dep % 60:02d} (UK), {dur} minutes in the air, arrival "
            "city "
            f"{city} at UTC offset {shift} vs the UK's 0. Local landing time? Also {miles} mi in "
            "km "
            "using 1.609 km per mile, 2 dp.",
        ]
    )
    return text, [clock(dep + dur + shift * 60), num(miles * F("1.609"))], {}


@fam
def pasta_ounces_grams_calories(rng: random.Random) -> Made:
    oz = rng.choice([4, 6, 8, 10, 12, 14, 16, 20])
    kcal = F(rng.choice([35, 36, 37, 38]), 10)
    food = rng.choice(["pasta", "rice", "oats", "flour"])
    g = oz * F("28.35")
    text = rng.choice(
        [
            f"US recipe wants {oz} oz of dry {food}. how many grams is that (1 oz = 28.35 g) and "
            "how "
            f"many calories if it's {float(kcal)} kcal per gram? 1 dp",
            f"{oz} ounces of {food} -> grams using 28.35, then calories at {float(kcal)} kcal/g, "
            "one decimal each",
        ]
    )
    cal = list(dict.fromkeys(num(g * kcal, 1) + num(rnd(g, 1) * kcal, 1)))
    return text, [num(g, 1), cal], {}


@fam
def steps_left_to_goal_km(rng: random.Random) -> Made:
    goal = rng.choice([8000, 10000, 12000, 15000])
    done = rng.randint(1500, goal - 500)
    stride = F(rng.choice([68, 72, 74, 76, 80]), 100)
    recipe = {
        "kind": "screenshot",
        "title": "Activity",
        "rows": [f"Steps today: {done:,}", f"Goal: {goal:,}"],
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    left = goal - done
    text = rng.choice(
        [
            f"how many more steps do I need to hit my goal? and how far is that in km with a "
            f"{float(stride)} m stride? 2dp",
            f"From my fitness app: steps remaining to the goal, then that distance in kilometres "
            f"at {int(stride * 100)} cm per step (2 decimals).",
        ]
    )
    return text, [num(left, 0), num(left * stride / 1000)], {"image": recipe}


@fam
def csv_electricity_cost_chart(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    n = rng.randint(4, 8)
    start = rng.randint(0, 12 - n)
    kwh = [rng.randint(120, 640) for _ in range(n)]
    price = rng.choice([24, 26, 27, 29, 31, 33])
    csv = "month,kwh\n" + "".join(
        f"{m},{k}\n" for m, k in zip(months[start : start + n], kwh, strict=True)
    )
    total = sum(kwh)
    text = rng.choice(
        [
            f"electricity use from my supplier attached. total kWh, cost at {price}p per kWh in "
            "pounds, and a chart of usage by month please",
            f"Total the kwh column, tell me what it costs at £0.{price}/kWh, and plot the months.",
        ]
    )
    return text, [num(total, 0), num(F(total * price, 100)), PLOT], {"csv": csv}


@fam
def primes_count_and_tablespoons(rng: random.Random) -> Made:
    n = rng.choice([30, 40, 50, 60, 75, 100, 120, 150])
    count = sum(1 for k in range(2, n + 1) if all(k % d for d in range(2, int(k**0.5) + 1)))
    tbsp = rng.randint(2, 9)
    text = rng.choice(
        [
            f"how many prime numbers are there up to {n}? and unrelated, {tbsp} tablespoons in ml "
            "(1 tbsp = 14.79 ml)",
            f"Count the primes from 1 to {n}. Also convert {tbsp} tbsp to millilitres, 14.79 ml "
            "each.",
        ]
    )
    return text, [[f"{count} primes", f"{count} prime"], num(tbsp * F("14.79"))], {}


@fam
def inches_to_cm_then_circle(rng: random.Random) -> Made:
    inch = rng.randint(3, 30)
    cm = inch * F("2.54")
    area = math.pi * float(cm) ** 2
    if abs(area * 100 % 1 - 0.5) < 0.01:
        return None
    text = rng.choice(
        [
            f"convert {inch} inches to cm (2.54 cm per inch), then the area of a circle with that "
            "radius in cm², 2 dp",
            f"{inch} in -> cm please. Then use that as a radius: circle area? two decimals",
        ]
    )
    return text, [num(cm), [f"{area:.2f}"]], {}


@fam
def commute_week_km_and_kcal(rng: random.Random) -> Made:
    miles = F(rng.randint(20, 120), 10)
    days = rng.choice([3, 4, 5])
    per_km = rng.choice([25, 30, 35, 40])
    km = miles * 2 * days * F("1.609")
    text = rng.choice(
        [
            f"I cycle to work, {float(miles)} miles each way, {days} days a week. how many km a "
            "week "
            "is "
            f"that (1 mile = 1.609 km), and roughly how many kcal if I burn {per_km} kcal per "
            "km? 1 dp",
            f"Bike commute {float(miles)} mi one way, there and back {days}x a week. Weekly km "
            f"(1.609 km/mi) and calories burned at {per_km} kcal/km, one decimal",
        ]
    )
    kcal = list(dict.fromkeys(num(km * per_km, 1) + num(rnd(km, 1) * per_km, 1)))
    return text, [num(km, 1), kcal], {}


@fam
def lift_sign_spare_capacity(rng: random.Random) -> Made:
    limit = rng.choice([450, 630, 800, 900, 1000, 1250])
    people = rng.randint(3, 8)
    avg = rng.randint(62, 92)
    bags = rng.randint(20, 150)
    spare = limit - people * avg - bags
    if spare <= 0:
        return None
    recipe = {
        "kind": "sign",
        "words": ["LIFT", f"MAX LOAD {limit} KG"],
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    text = rng.choice(
        [
            f"we're {people} people averaging {avg} kg plus {bags} kg of luggage. how much spare "
            "capacity is left in this lift, in kg and in lb (1 kg = 2.2046 lb, 1 dp)?",
            f"{people} of us (about {avg}kg each) and {bags}kg of bags - kg left under the limit "
            "on "
            "this sign? and that margin in pounds with 2.2046 lb/kg, one decimal",
        ]
    )
    return text, [num(spare, 0), num(spare * F("2.2046"), 1)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        timesheet_overtime_pay,
        dearest_item_in_pounds,
        cubic_turning_points_plot,
        stdev_and_chart,
        compound_interest_in_dollars,
        transatlantic_landing_local,
        pasta_ounces_grams_calories,
        steps_left_to_goal_km,
        csv_electricity_cost_chart,
        primes_count_and_tablespoons,
        inches_to_cm_then_circle,
        commute_week_km_and_kcal,
        lift_sign_spare_capacity,
    )
]
