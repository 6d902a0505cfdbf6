"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 9: chained requests,
where a later part uses an earlier part's result."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout21_multi import CUR, Tie, clock, date_forms, deg, num, say_time
from bench.data.agents.heldout21_multi_7 import receipt
from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]], dict[str, Any]]


def chain(make: Callable[[random.Random], Made]) -> Family:
    name = make.__name__

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                text, parts, extra = make(rng)
            except Tie:
                continue
            return item(f"F_m_{name}", "multi", text, parts, **extra)

    draw.__name__ = name
    return fresh(draw)


def alts(*values: F, places: int = 2) -> list[str]:
    """Every legitimate result when a reply may round an intermediate figure or not."""
    out: list[str] = []
    for v in values:
        out += num(v, places)
    return list(dict.fromkeys(out))


@chain
def solve_then_plot_same(rng: random.Random) -> Made:
    r1, r2 = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7], 2))
    b, c = -(r1 + r2), r1 * r2
    e = "x^2" + (f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x" if b else "")
    e += f" {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice(
        [
            "solve {e} = 0 and plot y = {e}",
            "Find the roots of {e}=0, then graph the parabola y = {e} so I can see them",
            "can u solve {e} = 0 and also draw y={e}",
        ]
    )
    return t.format(e=e), [[f"x = {r1}", f"x={r1}"], [f"x = {r2}", f"x={r2}"], PLOT], {}


@chain
def miles_then_minutes(rng: random.Random) -> Made:
    mi, v = rng.randint(3, 60), rng.choice([30, 40, 50, 60, 80, 90, 100])
    km = mi * F("1.609")
    t = rng.choice(
        [
            "Convert {m} miles to km (1 mile = 1.609 km, 2 dp), then how many minutes does"
            " that take"
            " at {v} km/h? Round minutes to 1 decimal.",
            "{m} mi to km using 1.609 (2 dp), and how long in minutes at {v} kph (1 dp)",
        ]
    )
    mins = alts(km * 60 / v, F(round(km * 100), 100) * 60 / v, places=1)
    return t.format(m=mi, v=v), [num(km, 2), mins], {}


@chain
def pounds_then_bmi(rng: random.Random) -> Made:
    lb, cm = rng.randint(110, 280), rng.randint(152, 196)
    kg = lb * F("0.4536")
    t = rng.choice(
        [
            "I weigh {lb} lb and I'm {cm} cm. What's my weight in kg (1 lb = 0.4536 kg, 1 decimal)"
            " and my BMI to 1 decimal?",
            "{lb} pounds, {cm} cm tall. kg first (0.4536 kg per lb, 1dp), then the BMI (1dp)",
        ]
    )
    bmi = alts(kg / F(cm, 100) ** 2, F(round(kg * 10), 10) / F(cm, 100) ** 2, places=1)
    return t.format(lb=lb, cm=cm), [num(kg, 1), bmi], {}


@chain
def receipt_eur_then_share(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, rng.choice(["$", "£"]))
    rate = {"USD": F("1.17"), "GBP": F("0.87")}[CUR[cur]]
    total = F(sum(c for _, c in lines), 100)
    eur, n = total / rate, rng.randint(2, 5)
    t = rng.choice(
        [
            "What's the total on this receipt, what is it in euros at 1 EUR = {r:.2f} {c},"
            " and how much is that each for {n} people?",
            "receipt total pls, then convert to EUR (1 EUR = {r:.2f} {c}) and split it {n} ways",
        ]
    )
    share = alts(eur / n, F(round(eur * 100), 100) / n)
    text = t.format(r=float(rate), c=CUR[cur], n=n)
    return text, [num(total, 2), num(eur, 2), share], {"image": recipe}


@chain
def receipt_change(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    total = F(sum(c for _, c in lines), 100)
    note = next(n for n in (20, 50, 100, 200) if n > total)
    t = rng.choice(
        [
            "What does this receipt come to, and how much change from a {s}{n} note?",
            "total on the receipt + my change if I paid with {s}{n}",
        ]
    )
    return t.format(s=cur, n=note), [num(total, 2), num(note - total, 2)], {"image": recipe}


@chain
def recipe_scale_cups(rng: random.Random) -> Made:
    ml, base, want = rng.choice([150, 200, 250, 300, 350, 400]), rng.choice([2, 4, 6]), 0
    want = rng.choice([x for x in (3, 5, 6, 8, 10, 12) if x != base])
    need = F(ml * want, base)
    if (need * 10).denominator != 1:
        raise Tie(need)
    food = rng.choice(["milk", "stock", "water", "cream"])
    t = rng.choice(
        [
            "Recipe calls for {ml} ml of {f} for {b} servings. I'm making {w}. How many ml do I"
            " need, and how many cups is that (1 cup = 240 ml, 2 decimals)?",
            "{ml}ml {f} serves {b}; scale to {w} servings, then convert to cups"
            " at 240 ml/cup (2dp)",
        ]
    )
    return t.format(ml=ml, f=food, b=base, w=want), [num(need, 1), num(need / 240, 2)], {}


@chain
def fuel_then_cost(rng: random.Random) -> Made:
    km, use, price = rng.randint(80, 900), F(rng.randint(45, 95), 10), F(rng.randint(140, 210), 100)
    litres = km * use / 100
    t = rng.choice(
        [
            "My car uses {u} L/100km. For a {k} km trip how many litres do I need (2 dp), and at"
            " ${p:.2f} per litre what will fuel cost?",
            "trip of {k} km, {u} litres per 100 km, fuel ${p:.2f}/L: litres needed (2 dp)"
            " and cost?",
        ]
    )
    cost = alts(litres * price, F(round(litres * 100), 100) * price)
    return t.format(u=float(use), k=km, p=float(price)), [num(litres, 2), cost], {}


@chain
def pace_then_10k(rng: random.Random) -> Made:
    d = rng.choice([3, 4, 5, 6, 8])
    pace = rng.randint(270, 420)
    total = pace * d
    mm, ss = divmod(total, 60)
    pm, ps = divmod(pace, 60)
    long_ = pace * 10
    lh, lrest = divmod(long_, 3600)
    lm, ls = divmod(lrest, 60)
    t = rng.choice(
        [
            "I ran {d} km in {mm}:{ss:02d}. What's my pace per km, and at that pace how long"
            " would 10 km take?",
            "ran {d}k in {mm} min {ss} s — pace per km? and finishing time for a 10k"
            " at the same pace",
        ]
    )
    p_forms = [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds"]
    if not ps:
        p_forms += [f"{pm} min", f"{pm} minutes"]
    l_forms = [f"{long_ // 60}:{ls:02d}"]
    if lh:
        l_forms.append(f"{lh}:{lm:02d}:{ls:02d}")
        if ls:
            l_forms += [
                f"{lh} h {lm} min {ls} s",
                f"{lh}h {lm}m {ls}s",
                f"{lh} hour {lm} minutes {ls}",
            ]
        else:
            l_forms += [
                f"{lh} h {lm} min",
                f"{lh}h {lm}m",
                f"{lh} hour {lm} min",
                f"{long_ // 60} min",
            ]
            l_forms += [f"{lh} hour and {lm} min", f"{lh} hour, {lm} min"]
    elif ls:
        l_forms += [
            f"{lm} min {ls} s",
            f"{lm} minutes {ls} seconds",
            f"{lm}m {ls}s",
            f"{lm} min {ls} sec",
        ]
    else:
        l_forms += [f"{lm} min", f"{lm} minutes"]
    return t.format(d=d, mm=mm, ss=ss), [p_forms, l_forms], {}


@chain
def list_mean_then_km(rng: random.Random) -> Made:
    runs = [F(rng.randint(15, 130), 10) for _ in range(rng.randint(4, 7))]
    mean = sum(runs) / len(runs)
    t = rng.choice(
        [
            "My runs this week in miles: {l}. What's the average run, and what is that in km"
            " (1 mile = 1.609 km)? 2 decimals for both",
            "avg of these mile runs {l} and the avg in km too (1.609 km per mile), 2 dp",
        ]
    )
    km = alts(mean * F("1.609"), F(round(mean * 100), 100) * F("1.609"))
    return t.format(l=", ".join(f"{float(x):g}" for x in runs)), [num(mean, 2), km], {}


@chain
def csv_steps_then_km(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(2500, 16000) for _ in days]
    stride = rng.choice([F("0.7"), F("0.75"), F("0.8"), F("0.72"), F("0.78")])
    body = "day,steps\n" + "".join(f"{d},{s}\n" for d, s in zip(days, steps, strict=True))
    total = sum(steps)
    t = rng.choice(
        [
            "How many steps did I do in total this week (attached)? With a {s} m stride, how many"
            " km is that, 2 decimals?",
            "total steps in the csv, and the distance in km if each step is {s} m (2dp)",
        ]
    )
    return (
        t.format(s=f"{float(stride):g}"),
        [num(total, 0), num(total * stride / 1000, 2)],
        {"csv": body},
    )


@chain
def csv_mean_then_plot(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"][: rng.randint(5, 8)]
    vals = [rng.randint(50, 400) for _ in months]
    col = rng.choice(["bill", "spend", "kwh", "visitors"])
    body = f"month,{col}\n" + "".join(f"{m},{v}\n" for m, v in zip(months, vals, strict=True))
    t = rng.choice(
        [
            "Here's my {c} by month. What's the monthly average (2 decimals)? And chart it please",
            "average {c} per month from the attached file + a line chart of it",
        ]
    )
    return t.format(c=col), [num(F(sum(vals), len(vals)), 2), PLOT], {"csv": body}


@chain
def sign_arrive_then_left(rng: random.Random) -> Made:
    o, c = rng.randint(8, 10), rng.randint(5, 9)
    sign = {"kind": "sign", "words": ["OPEN", f"{o}AM TO {c}PM"], "font": rng.randrange(4)}
    sign["degrade"] = deg(rng)
    close = (12 + c) * 60
    leave = close - rng.randint(40, 180)
    drive = rng.randint(10, 35)
    if close - leave - drive < 5:
        raise Tie(leave)
    t = rng.choice(
        [
            "I'm leaving at {l} and it's a {d} minute drive. When do I get there, and how many"
            " minutes will I have before this shop closes (hours on the sign)?",
            "leave {l}, {d} min drive: arrival time? and mins left on arrival before closing"
            " per this sign",
        ]
    )
    arrive = leave + drive
    return (
        t.format(l=say_time(leave, rng), d=drive),
        [clock(arrive), num(close - arrive, 0)],
        {"image": sign},
    )


@chain
def order_date_then_weekday(rng: random.Random) -> Made:
    d0 = dt.date(2026, rng.randint(1, 9), rng.randint(10, 28))
    n = rng.choice([7, 10, 14, 21, 28, 30, 45])
    rows = [f"Order #{rng.randint(1000, 9999)}", f"Date: {d0.isoformat()}", "Status: delivered"]
    shot = {"kind": "screenshot", "title": "My orders", "rows": rows, "font": rng.randrange(4)}
    shot["degrade"] = deg(rng)
    end = d0 + dt.timedelta(n)
    t = rng.choice(
        [
            "Warranty claims are allowed for {n} days after the order date in this screenshot."
            " What's the last date, and what day of the week is it?",
            "{n} days after this order date = ? and which weekday is that",
        ]
    )
    return t.format(n=n), [date_forms(end), [end.strftime("%A")]], {"image": shot}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        solve_then_plot_same,
        miles_then_minutes,
        pounds_then_bmi,
        receipt_eur_then_share,
        receipt_change,
        recipe_scale_cups,
        fuel_then_cost,
        pace_then_10k,
        list_mean_then_km,
        csv_steps_then_km,
        csv_mean_then_plot,
        sign_arrive_then_left,
        order_date_then_weekday,
    )
]
