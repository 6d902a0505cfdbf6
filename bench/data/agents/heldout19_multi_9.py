"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 9: follow-ups ("what if
the rate was…", "then times that by…"), two curves on one graph, more signs and screenshots."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout19_multi import (
    F,
    Req,
    Tie,
    clock,
    date_forms,
    dec,
    glue,
    made,
    money,
    num,
    same,
    say_clock,
    whole,
)
from bench.data.agents.heldout19_multi_4 import receipt
from bench.data.agents.heldout19_multi_5 import board, hm, shot, span
from bench.data.agents.helpers import Family

Out = tuple[str, Req] | tuple[str, Req, dict[str, object]]


def m_rate_what_if(rng: random.Random) -> Out:
    p, r1, rr, n = (
        rng.randint(10, 200) * 100,
        rng.choice([3, 4, 5]),
        rng.choice([6, 7, 8]),
        rng.randint(2, 10),
    )
    t = rng.choice(
        [
            f"If I put ${p:,} away at {r1}% compounded yearly, what do I have after {n} years? "
            f"And what if the rate was {rr}%? (to the cent)",
            f"{p} dollars, {r1}% a year compound, {n} yrs → ? and at {rr}% instead?",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " And the first amount in euros at $1 = €0.86?",
                " Convert the first result to GBP at 0.79 too.",
            ]
        ),
    )
    first = p * (1 + F(r1, 100)) ** n
    rate = F("0.86") if "euro" in t else F("0.79")
    return t, [num(first), num(p * (1 + F(rr, 100)) ** n), same(first * rate, r2(first) * rate)]


def m_grams_oz_lb(rng: random.Random) -> Out:
    g = rng.randint(20, 600) * 5
    t = rng.choice(
        [
            f"A {g} g bag — how much is that in ounces and in pounds? (1 oz = 28.35 g, "
            "1 lb = 453.6 g, 2 dp)",
            f"{g}g in oz and lb please, 2 decimals (28.35 g/oz, 453.6 g/lb)",
        ]
    )
    k = rng.choice([3, 4, 6, 8])
    t = glue(t, f" If I split it into {k} equal portions, how many grams each (2 dp)?")
    return t, [num(F(g) / F("28.35")), num(F(g) / F("453.6")), num(F(g, k))]


def m_two_lines(rng: random.Random) -> Out:
    x, y = rng.randint(-4, 6), rng.randint(-5, 9)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    c1, c2 = y - m1 * x, y - m2 * x

    def line(m: int, c: int) -> str:
        s = {1: "x", -1: "-x"}.get(m, f"{m}x")
        return s + (f" + {c}" if c > 0 else f" - {-c}" if c < 0 else "")

    t = rng.choice(
        [
            f"Plot y = {line(m1, c1)} and y = {line(m2, c2)} on one graph and tell me where "
            "they cross",
            f"where do y = {line(m1, c1)} and y = {line(m2, c2)} intersect? draw both lines too",
        ]
    )
    pt = [f"({x}, {y})", f"({x},{y})"]
    return t, [PLOT, [f"x = {x}", f"x={x}", *pt], [f"y = {y}", f"y={y}", *pt]]


def m_values_and_plot(rng: random.Random) -> Out:
    a, b, c = rng.randint(1, 4), rng.randint(-7, 7), rng.randint(-9, 9)
    xs = rng.sample([-3, -2, -1, 2, 3, 4, 5], 2)
    f = (
        f"{a if a > 1 else ''}x^2"
        + (f" {'+' if b > 0 else '-'} {abs(b)}x" if b else "")
        + (f" {'+' if c > 0 else '-'} {abs(c)}" if c else "")
    )
    vals = [a * x * x + b * x + c for x in xs]
    t = rng.choice(
        [
            f"f(x) = {f}. What are f({xs[0]}) and f({xs[1]})? Then graph it",
            f"graph f(x) = {f} and evaluate it at x = {xs[0]} and x = {xs[1]}",
        ]
    )
    return t, [[f"f({x}) = {v}", f"f({x})={v}"] for x, v in zip(xs, vals, strict=True)] + [PLOT]


def m_then_times(rng: random.Random) -> Out:
    p, n, k = (
        rng.choice([12, 15, 17, 18, 22, 35]),
        rng.randint(40, 900),
        rng.choice([4, 6, 10, 12, 52]),
    )
    first = F(p * n, 100)
    t = rng.choice(
        [
            f"what's {p}% of {n}? then times that by {k}",
            f"{p} percent of {n}, and then multiply the answer by {k}",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " — and that last number as kg in lb (1 kg = 2.2046 lb, 2 dp)",
                ". Treat the result as km and convert to miles (1 mi = 1.609 km, 2 dp)",
            ]
        ),
    )
    last = first * k * F("2.2046") if "lb" in t else first * k / F("1.609")
    return t, [num(first), num(first * k), num(last)]


def m_radius_circle(rng: random.Random) -> Out:
    a, r, b = rng.randint(2, 7), rng.randint(2, 15), rng.randint(1, 20)
    t = rng.choice(
        [
            f"Solve {a}r - {b} = {a * r - b}, then give the area of a circle with that radius "
            "(2 dp)",
            f"r from {a}r - {b} = {a * r - b}? then circle area and circumference with that "
            "radius, 2 decimals",
        ]
    )
    req = [[f"r = {r}", f"r={r}"], num(math.pi * r * r)]
    if "circumference" in t:
        req.append(num(2 * math.pi * r))
    t = glue(
        t,
        rng.choice(
            [
                " The radius is in cm — area in square inches too (6.4516 cm² per in², 2 dp)?",
                ". Also convert the area to in² (1 in² = 6.4516 cm², 2 decimals), r in cm",
            ]
        ),
    )
    return t, [*req, same(math.pi * r * r / 6.4516, r2(F(math.pi * r * r)) / F("6.4516"))]


def m_bmi_target(rng: random.Random) -> Out:
    h = rng.randint(155, 195)
    w = rng.randint(int(26 * h * h / 10000), int(36 * h * h / 10000))
    goal = rng.choice([F("24.9"), F(25), F(24), F(23)])
    t = rng.choice(
        [
            f"I'm {w} kg and {h} cm. BMI to 2 dp? and what weight gives a BMI of "
            f"{dec(goal)} at my height (1 dp)?",
            f"bmi for {h}cm/{w}kg (2 decimals) + target weight for BMI {dec(goal)}, 1 dp",
        ]
    )
    t = glue(
        t,
        rng.choice(
            [
                " Give that target in lb too (1 kg = 2.2046 lb, 1 dp).",
                " and the target weight in pounds, 2.2046 lb/kg, 1 decimal",
            ]
        ),
    )
    tw = goal * F(h, 100) ** 2
    lb = num(tw * F("2.2046"), 1)
    if lb != num(r2(tw, 1) * F("2.2046"), 1):
        raise Tie
    return t, [num(F(w) / F(h, 100) ** 2), num(tw, 1), lb]


def g_lunch_break(rng: random.Random) -> Out:
    a = rng.randint(44, 54) * 15
    b = a + rng.choice([30, 45, 60, 75, 90])
    arrive = a + rng.randint(1, (b - a) // 5 - 1) * 5
    words = ["CLOSED FOR LUNCH", f"{hm(a)} - {hm(b)}"]
    t = rng.choice(
        [
            f"How long is the lunch closure on this sign, and if I get there at "
            f"{say_clock(arrive, rng)}, how long do I wait?",
            f"sign pic: length of the lunch break? I arrive {say_clock(arrive, rng)}, wait time?",
        ]
    )
    return t, [span(b - a), span(b - arrive)], {"image": board(rng, words)}


def g_bus_every(rng: random.Random) -> Out:
    first, every = rng.randint(60, 80) * 5, rng.choice([10, 12, 15, 20, 30])
    now = rng.randint(first + 10, first + 600)
    nxt = first + -(-(now - first) // every) * every
    if nxt == now:
        raise Tie
    words = [f"BUS {rng.randint(2, 99)}", f"EVERY {every} MIN", f"FROM {hm(first)}"]
    t = rng.choice(
        [
            f"It's {say_clock(now, rng)}. When's the next bus according to this sign, and how "
            "many minutes do I wait?",
            f"next departure after {say_clock(now, rng)} going by the sign? + minutes to wait",
        ]
    )
    return (
        t,
        [clock(nxt), [f"{nxt - now} minutes", f"{nxt - now} min", f"{nxt - now} mins"]],
        {"image": board(rng, words)},
    )


def g_toll(rng: random.Random) -> Out:
    toll, days = F(rng.randint(150, 900), 100), rng.choice([20, 21, 22, 23])
    words = ["TOLL", f"CARS ${money(toll)}"]
    t = rng.choice(
        [
            f"I pass this toll twice every workday, {days} workdays a month. Monthly cost, and "
            "in euros at $1 = €0.86?",
            f"cost per month for 2 trips a day x {days} days at this toll? convert to EUR (0.86)",
        ]
    )
    cost = toll * 2 * days
    return t, [num(cost), num(cost * F("0.86"))], {"image": board(rng, words)}


def s_recipe_units(rng: random.Random) -> Out:
    oz, f = rng.choice([3, 4, 5, 6, 8, 10, 12]), rng.choice([325, 350, 375, 400, 425])
    cups = rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2)])
    rows = [f"Butter {oz} oz", f"Milk {dec(cups)} cup", f"Oven {f} F", "Bake 35 min"]
    t = rng.choice(
        [
            "Convert this recipe for me: butter in grams (1 oz = 28.35 g), milk in ml "
            "(1 cup = 240 ml) and oven temp in °C (nearest degree)",
            "metric please: grams of butter (28.35 g/oz), ml of milk (240 ml/cup), "
            "celsius oven (whole number)",
        ]
    )
    return (
        t,
        [num(oz * F("28.35")), num(cups * 240), num(F(f - 32) * 5 / 9, 0)],
        {"image": shot(rng, "Pancake Recipe", rows)},
    )


def s_meeting_zone(rng: random.Random) -> Out:
    start, length = rng.randint(14, 36) * 30, rng.choice([30, 45, 60, 90])
    rows = ["Team sync", f"Starts {hm(start)} PST", f"Length {length} min"]
    t = rng.choice(
        [
            "My calendar says this (screenshot). I'm in London, 8 hours ahead of PST: what "
            "time does it start and end for me?",
            "convert the meeting start and finish to London time (PST + 8h)",
        ]
    )
    return (
        t,
        [clock(start + 480), clock(start + 480 + length)],
        {"image": shot(rng, "Calendar", rows)},
    )


def s_subscriptions(rng: random.Random) -> Out:
    subs = rng.sample(
        ["Netflix", "Spotify", "Gym", "iCloud", "Xbox", "News", "Disney+"], rng.randint(3, 5)
    )
    prices = [F(rng.randint(199, 4999), 100) for _ in subs]
    rows = [f"{s}  ${float(p):.2f}/mo" for s, p in zip(subs, prices, strict=True)]
    total = sum(prices, F(0))
    t = rng.choice(
        [
            "What do my subscriptions in this screenshot cost a month in total, and per year?",
            "monthly total of these subs + yearly (x12)",
        ]
    )
    return t, [num(total), num(total * 12)], {"image": shot(rng, "Subscriptions", rows)}


def s_goal_weeks(rng: random.Random) -> Out:
    goal, saved, per = (
        rng.randint(20, 120) * 100,
        rng.randint(100, 1800),
        rng.choice([25, 40, 50, 75, 100, 150]),
    )
    if saved >= goal:
        raise Tie
    left = goal - saved
    rows = [f"Goal: ${goal:,}", f"Saved: ${saved:,}", "Holiday fund"]
    t = rng.choice(
        [
            f"How much more do I need for this savings goal, and at ${per} a week how many "
            "weeks will it take (round up)?",
            f"amount left to save per the screenshot? + weeks needed at ${per}/week, "
            "rounded up to whole weeks",
        ]
    )
    weeks = -(-left // per)
    return t, [num(F(left)), [str(weeks), f"{weeks} weeks"]], {"image": shot(rng, "Savings", rows)}


def r_return_window(rng: random.Random) -> Out:
    recipe, _, total = receipt(rng)
    today = dt.date(2026, 3, 14) + dt.timedelta(days=rng.randint(3, 80))
    window = rng.choice([14, 28, 30, 60])
    last = dt.date(2026, 3, 14) + dt.timedelta(days=window)
    t = rng.choice(
        [
            f"Today is {today.isoformat()}. How many days ago was this receipt, what was the "
            f"total, and what's the last day I can return things with a {window}-day "
            "policy?",
            f"receipt: total? days since the purchase (today {today.isoformat()})? last "
            f"return date if returns are allowed for {window} days?",
        ]
    )
    return (
        t,
        [whole((today - dt.date(2026, 3, 14)).days), num(total), date_forms(last)],
        {"image": recipe},
    )


def m_tip_split_gbp(rng: random.Random) -> Out:
    bill, n, tip = F(rng.randint(4000, 40000), 100), rng.randint(2, 8), rng.choice([15, 18, 20])
    each = bill * (100 + tip) / 100 / n
    t = rng.choice(
        [
            f"Dinner was ${money(bill)}, we tip {tip}% and split it {n} ways. What's each "
            "share in dollars and in pounds (1 USD = 0.79 GBP)?",
            f"${money(bill)} + {tip}% tip ÷ {n} people = ? and that share in GBP at 0.79",
        ]
    )
    # rounding the total with tip to the cent before splitting must give the same share
    return t, [same(each, r2(bill * (100 + tip) / 100) / n), same(each * F("0.79"),
                                                                 r2(each) * F("0.79"))]


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        m_rate_what_if,
        m_grams_oz_lb,
        m_two_lines,
        m_values_and_plot,
        m_then_times,
        m_radius_circle,
        m_bmi_target,
        g_lunch_break,
        g_bus_every,
        g_toll,
        s_recipe_units,
        s_meeting_zone,
        s_subscriptions,
        s_goal_weeks,
        r_return_window,
        m_tip_split_gbp,
    )
]
