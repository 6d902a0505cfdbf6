"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 10: more signs and
screenshots, cooking and baby care, energy use, and mixed pairs of quick asks."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import r2
from bench.data.agents.heldout19_multi import (
    F,
    Req,
    Tie,
    choose,
    combo,
    compound,
    currency,
    dec,
    frac_sum,
    made,
    money,
    num,
    pct_of,
    same,
    solve_linear,
    solve_quad,
    whole,
)
from bench.data.agents.heldout19_multi_2 import (
    add_time,
    bmi,
    bmr,
    c_to_f,
    days_between,
    dose,
    f_to_c,
    km_mi,
    l_gal,
    lb_kg,
    list_mean,
    list_median,
    met_kcal,
    ml_cups,
    oz_g,
    pace,
    sqft_m2,
    target_hr,
    water,
    weekday,
)
from bench.data.agents.heldout19_multi_5 import board, shot
from bench.data.agents.heldout19_multi_8 import (
    avg_speed,
    binary,
    cards,
    growth,
    mph_kmh,
    photos_fit,
    protein,
    sleep_wake,
    stone_kg,
    system,
    tri_area,
    vat_in,
)
from bench.data.agents.helpers import Family

Out = tuple[str, Req] | tuple[str, Req, dict[str, object]]


def s_flight_speed(rng: random.Random) -> Out:
    km, mins = rng.randint(400, 9000), rng.randint(60, 720)
    rows = [f"Distance {km:,} km", f"Flight time {mins // 60}h {mins % 60:02d}m", "Seat 14C"]
    t = rng.choice(
        [
            "What's the average speed of this flight in km/h (1 dp), and in mph (1 mile = "
            "1.609 km, 1 dp)?",
            "from my boarding app: avg km/h for the flight? and mph at 1.609 km/mi, 1 decimal each",
        ]
    )
    v = F(km * 60, mins)
    return (
        t,
        [num(v, 1), same(v / F("1.609"), r2(v, 1) / F("1.609"), 1)],
        {"image": shot(rng, "Flight info", rows)},
    )


def s_step_goal(rng: random.Random) -> Out:
    steps, goal = rng.randint(1500, 9800), rng.choice([8000, 10000, 12000, 15000])
    stride = rng.choice([F("0.68"), F("0.72"), F("0.76"), F("0.8")])
    rows = [f"Steps {steps:,}", f"Goal {goal:,}", f"Stride {dec(stride)} m"]
    t = rng.choice(
        [
            "How many steps until my goal, and how far have I walked so far in km (steps × "
            "stride, 2 dp)?",
            "steps left to hit the goal on this screen? + distance walked so far in km, 2 decimals",
        ]
    )
    return (
        t,
        [whole(goal - steps), num(steps * stride / 1000)],
        {"image": shot(rng, "Activity", rows)},
    )


def g_load_limit(rng: random.Random) -> Out:
    t_, sack = F(rng.randint(10, 80), 10), rng.choice([20, 25, 40, 50])
    words = ["MAX LOAD", f"{dec(t_)} TONNES"]
    t = rng.choice(
        [
            f"What's the limit on this sign in pounds (1 kg = 2.2046 lb, nearest whole), and "
            f"how many full {sack} kg sacks is that?",
            f"max load in lb (2.2046 per kg, rounded)? how many {sack}kg bags can go on, "
            "whole bags only",
        ]
    )
    kg = t_ * 1000
    n = int(kg // sack)
    return (
        t,
        [num(kg * F("2.2046"), 0), [str(n), f"{n:,}", f"{n} sacks", f"{n} bags"]],
        {"image": board(rng, words)},
    )


def g_fuel_sign(rng: random.Random) -> Out:
    price, litres = F(rng.randint(139, 219), 100), rng.randint(20, 70)
    words = ["UNLEADED", f"{money(price)} PER LITRE"]
    t = rng.choice(
        [
            f"How much for {litres} litres at this price, and what's the price per US gallon "
            "(1 gal = 3.785 L, to the cent)?",
            f"fill {litres} L at the price on the sign — cost? also per-gallon price "
            "(3.785 L), 2 dp",
        ]
    )
    return t, [num(price * litres), num(price * F("3.785"))], {"image": board(rng, words)}


def g_height_limit(rng: random.Random) -> Out:
    lim = F(rng.randint(21, 45), 10)
    ft, inch = rng.randint(6, 12), rng.randint(0, 11)
    van = (12 * ft + inch) * F("0.0254")
    if lim - van < F(5, 100):
        raise Tie
    words = ["MAX HEADROOM", f"{dec(lim)} M"]
    t = rng.choice(
        [
            f"My van is {ft} ft {inch} in tall. What's that in metres (1 in = 2.54 cm, 2 "
            "dp), and how much clearance is left under this sign (negative if it won't "
            "fit, 2 dp)?",
            f"van height {ft}'{inch}\" → metres, 2 decimals (2.54 cm/in)? and sign limit minus "
            "van height in m, 2 dp",
        ]
    )
    diff = lim - van
    return t, [num(van), same(diff, lim - r2(van))], {"image": board(rng, words)}


def m_baby_feeds(rng: random.Random) -> Out:
    kg, per, feeds = F(rng.randint(28, 70), 10), rng.choice([150, 160, 180]), rng.choice([6, 7, 8])
    day = kg * per
    t = rng.choice(
        [
            f"Baby weighs {dec(kg)} kg and needs {per} ml per kg a day. Total ml a day, ml per "
            f"feed over {feeds} feeds (1 dp), and the daily total in fl oz (1 fl oz = 29.57 "
            "ml, 1 dp)?",
            f"{per} ml/kg/day for a {dec(kg)} kg baby: daily ml? per feed with {feeds} feeds "
            "(1 decimal)? daily in US fl oz at 29.57 ml, 1 decimal",
        ]
    )
    return t, [num(day, 1), num(day / feeds, 1), num(day / F("29.57"), 1)]


def m_heater_cost(rng: random.Random) -> Out:
    watts, hours, rate = (
        rng.choice([500, 750, 1000, 1500, 2000, 2500]),
        F(rng.randint(2, 16), 2),
        F(rng.randint(12, 40), 100),
    )
    kwh = F(watts, 1000) * hours
    t = rng.choice(
        [
            f"A {watts} W heater runs {dec(hours)} hours a day. kWh per day, and the cost for a "
            f"30-day month at ${money(rate)} per kWh?",
            f"{watts}W × {dec(hours)} h/day: daily kWh + monthly (30 days) cost @ "
            f"${money(rate)}/kWh",
        ]
    )
    return t, [num(kwh), num(kwh * 30 * rate)]


def m_rice_carbs(rng: random.Random) -> Out:
    g, carb = rng.randint(8, 60) * 10, rng.choice([23, 28, 31, 45, 62, 75])
    food = rng.choice(["rice", "pasta", "oats", "bread", "potatoes"])
    c = F(g * carb, 100)
    t = rng.choice(
        [
            f"A {g} g portion of {food} has {carb} g carbs per 100 g. Carbs in grams (1 dp), "
            "kcal from those carbs at 4 kcal/g, and the portion in ounces (1 oz = 28.35 g, "
            "1 dp)?",
            f"{g}g {food} @ {carb}g carbs/100g: carbs? carb kcal (4 per g)? weight in oz "
            "(28.35 g), 1 decimal",
        ]
    )
    return t, [num(c, 1), num(c * 4, 1), num(F(g) / F("28.35"), 1)]


def m_yen_list(rng: random.Random) -> Out:
    ps = [rng.randint(12, 600) * 10 for _ in range(rng.randint(3, 6))]
    rate = rng.choice(["149.5", "150", "155", "147.2"])
    total = sum(ps)
    t = rng.choice(
        [
            f"Souvenirs in Tokyo cost ¥{', ¥'.join(map(str, ps))}. Total in yen, and in USD "
            f"at 1 USD = {rate} JPY (to the cent)?",
            f"add up {' + '.join(map(str, ps))} yen and convert to dollars ($1 = ¥{rate})",
        ]
    )
    return t, [whole(total), num(F(total) / F(rate))]


def m_pace_speed(rng: random.Random) -> Out:
    sec = rng.randint(240, 480)
    kmh = F(3600, sec)
    t = rng.choice(
        [
            f"I run at {sec // 60}:{sec % 60:02d} per km. What's that in km/h (2 dp), and in "
            "mph (1 mile = 1.609 km, 2 dp)?",
            f"{sec // 60}:{sec % 60:02d}/km pace → km/h? → mph (1.609)? 2 decimals",
        ]
    )
    return t, [num(kmh), same(kmh / F("1.609"), r2(kmh) / F("1.609"))]


SPECS = [
    ("cards_and_cups", [cards, ml_cups], None),
    ("vat_and_fahrenheit", [vat_in, c_to_f], None),
    ("growth_and_miles", [growth, km_mi], None),
    ("binary_and_days", [binary, days_between], None),
    ("system_and_bmi", [system, bmi], None),
    ("triangle_and_sqft", [tri_area, sqft_m2], None),
    ("avg_speed_and_pace", [avg_speed, pace], None),
    ("photos_and_weekday", [photos_fit, weekday], None),
    ("protein_and_bmr", [protein, bmr, lb_kg], ["numbered", "bullets"]),
    ("sleep_and_hr", [sleep_wake, target_hr], None),
    ("stone_and_water", [stone_kg, water], None),
    ("mph_and_fahrenheit", [mph_kmh, f_to_c], None),
    ("quad_and_currency", [solve_quad, currency], None),
    ("linear_and_gallons", [solve_linear, l_gal], None),
    ("median_and_celsius", [list_median, c_to_f], None),
    ("choose_and_met", [choose, met_kcal], None),
    ("frac_and_oz", [frac_sum, oz_g], None),
    ("compound_and_mean", [compound, list_mean], None),
    ("pct_and_dose_clock", [pct_of, dose, add_time], ["numbered", "lines", "bullets"]),
]

MADE = [
    s_flight_speed,
    s_step_goal,
    g_load_limit,
    g_fuel_sign,
    g_height_limit,
    m_baby_feeds,
    m_heater_cost,
    m_rice_carbs,
    m_yen_list,
    m_pace_speed,
]

FAMILIES: list[tuple[Family, int]] = [
    (f, 10) for f in (*(made(f.__name__, f) for f in MADE), *(combo(n, p, s) for n, p, s in SPECS))
]
