"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 10: chained health,
money, date and geometry requests, and a system solved then plotted."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout21_multi import Tie, clock, date_forms, num, say_time
from bench.data.agents.heldout21_multi_9 import Made, alts, chain
from bench.data.agents.helpers import Family


@chain
def bmr_then_tdee(rng: random.Random) -> Made:
    sex, w, h, a = rng.choice(["male", "female"]), rng.randint(50, 110), rng.randint(150, 195), 0
    a = rng.randint(20, 65)
    f = rng.choice([F("1.2"), F("1.375"), F("1.55"), F("1.725")])
    bmr = 10 * w + F(625, 100) * h - 5 * a + (5 if sex == "male" else -161)
    t = rng.choice(
        [
            "{s}, {a}, {w} kg, {h} cm. BMR with Mifflin-St Jeor, then daily calories with an"
            " activity factor of {f}? whole kcal for both",
            "work out my BMR (Mifflin-St Jeor: {s}, age {a}, {w}kg, {h}cm) and multiply by {f}"
            " for maintenance calories, round to whole numbers",
        ]
    )
    tdee = alts(bmr * f, round(bmr) * f, places=0)
    return t.format(s=sex, a=a, w=w, h=h, f=f"{float(f):g}"), [num(bmr, 0), tdee], {}


@chain
def water_bottles(rng: random.Random) -> Made:
    lb = rng.randint(110, 260)
    kg = lb * F("0.4536")
    litres = kg * 35 / 1000
    size = rng.choice([200, 250, 330])
    t = rng.choice(
        [
            "I weigh {lb} lbs (1 lb = 0.4536 kg). At 35 ml per kg, how many litres of water a day"
            " (2 decimals), and how many {s} ml bottles is that, rounded up?",
            "daily water at 35ml/kg for {lb} lb (0.4536 kg/lb): litres (2dp) + number of {s}ml"
            " bottles (round up)",
        ]
    )
    if abs(litres * 1000 / size - round(litres * 1000 / size)) < F(1, 50):
        raise Tie(litres)
    bottles = math.ceil(litres * 1000 / size)
    return t.format(lb=lb, s=size), [num(litres, 2), num(bottles, 0)], {}


@chain
def hr_max_and_zone(rng: random.Random) -> Made:
    age = rng.randint(18, 72)
    lo, hi = rng.choice([(50, 60), (60, 70), (70, 80), (80, 90)])
    mx = 220 - age
    t = rng.choice(
        [
            "I'm {a}. Using 220 minus age, what's my max heart rate, and my {lo}-{hi}% zone in"
            " bpm (whole numbers)?",
            "age {a}: max HR (220-age) and the {lo}% to {hi}% range? round to whole bpm",
        ]
    )
    return (
        t.format(a=age, lo=lo, hi=hi),
        [
            num(mx, 0),
            num(F(mx * lo, 100), 0),
            num(F(mx * hi, 100), 0),
        ],
        {},
    )


@chain
def dose_times_list(rng: random.Random) -> Made:
    first, every = rng.randint(12 * 5, 12 * 11) * 5, rng.choice([4, 6, 8])
    t = rng.choice(
        [
            "First dose at {f}, then one every {e} hours. What are the times of the next 3 doses?",
            "took a tablet at {f}; every {e} h — list the next three dose times",
        ]
    )
    times = [clock(first + k * every * 60) for k in (1, 2, 3)]
    every_form = {f for t in times for f in t}
    times = [[f for f in t if f + "pm" not in every_form] for t in times]
    return t.format(f=say_time(first, rng), e=every), times, {}


@chain
def discount_then_tax(rng: random.Random) -> Made:
    price, off, tax = F(rng.randint(2000, 30000), 100), rng.choice([10, 15, 20, 25, 30]), 0
    tax = rng.choice([5, 6, 7, 8, 9, 10])
    sale = price * (100 - off) / 100
    t = rng.choice(
        [
            "A ${p:.2f} pair of boots is {o}% off, and then {x}% sales tax is added to the"
            " discounted price. What's the sale price and what do I pay in total?",
            "${p:.2f}, {o}% off, then +{x}% tax on the sale price: sale price? final price?",
        ]
    )
    final = alts(sale * (100 + tax) / 100, F(round(sale * 100), 100) * (100 + tax) / 100)
    return t.format(p=float(price), o=off, x=tax), [num(sale, 2), final], {}


@chain
def save_weeks_then_date(rng: random.Random) -> Made:
    goal, per = rng.randint(30, 300) * 10, rng.choice([25, 30, 40, 45, 60, 75])
    if goal % per == 0:
        raise Tie(goal)
    weeks = -(-goal // per)
    start = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    t = rng.choice(
        [
            "If I save ${p} a week starting {d}, how many weeks until I have ${g}, and what date"
            " is my last deposit (deposits weekly on the same weekday, first one on {d})?",
            "${g} goal, ${p}/week, first deposit {d}: weeks needed (round up) and date of the"
            " final deposit",
        ]
    )
    day = f"{start.strftime('%B')} {start.day}, 2026"
    last = start + dt.timedelta(7 * (weeks - 1))
    return t.format(p=per, g=goal, d=day), [num(weeks, 0), date_forms(last)], {}


@chain
def system_then_plot(rng: random.Random) -> Made:
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    if x == y or 0 in (x, y):
        raise Tie(x)
    t = rng.choice(
        [
            "Solve x + y = {s} and x - y = {d}, then plot both lines",
            "solve the system x+y={s}, x-y={d} and graph the two lines",
        ]
    )
    return t.format(s=x + y, d=x - y), [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"], PLOT], {}


@chain
def room_area_sqft(rng: random.Random) -> Made:
    a, b = F(rng.randint(20, 80), 10), F(rng.randint(20, 70), 10)
    area = a * b
    t = rng.choice(
        [
            "My room is {a} m by {b} m. What's the floor area in m², and in square feet"
            " (1 m² = 10.764 sq ft)? 2 decimals",
            "floor {a}m x {b}m — area in square metres and sq ft (10.764 sq ft per m2, 2 dp)",
        ]
    )
    sqft = alts(area * F("10.764"), F(round(area * 100), 100) * F("10.764"))
    return t.format(a=float(a), b=float(b)), [num(area, 2), sqft], {}


@chain
def fever_c_to_f(rng: random.Random) -> Made:
    c = F(rng.randint(372, 405), 10)
    fah = c * 9 / 5 + 32
    t = rng.choice(
        [
            "My kid's temperature is {c}°C. What is it in °F (1 decimal), and how many degrees F"
            " above 98.6 is that?",
            "{c} C in fahrenheit to 1 dp, and how far above 98.6F",
        ]
    )
    diff = alts(fah - F("98.6"), F(round(fah * 10), 10) - F("98.6"), places=1)
    return t.format(c=float(c)), [num(fah, 1), diff], {}


@chain
def unit_price_compare(rng: random.Random) -> Made:
    g1, g2 = rng.sample([250, 300, 400, 500, 750, 1000], 2)
    p1, p2 = F(rng.randint(120, 900), 100), F(rng.randint(120, 900), 100)
    u1, u2 = p1 * 1000 / g1, p2 * 1000 / g2
    if abs(u1 - u2) < F(5, 100):
        raise Tie(u1)
    t = rng.choice(
        [
            "Coffee: {g1} g for ${p1:.2f} or {g2} g for ${p2:.2f}. Price per kg of each"
            " (2 decimals)?",
            "which is cheaper per kg — {g1}g at ${p1:.2f} or {g2}g at ${p2:.2f}?"
            " give both per-kg prices",
        ]
    )
    text = t.format(g1=g1, g2=g2, p1=float(p1), p2=float(p2))
    return text, [num(u1, 2), num(u2, 2)], {}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        bmr_then_tdee,
        water_bottles,
        hr_max_and_zone,
        dose_times_list,
        discount_then_tax,
        save_weeks_then_date,
        system_then_plot,
        room_area_sqft,
        fever_c_to_f,
        unit_price_compare,
    )
]
