"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 4: more geometry,
everyday money, dates and time, and word problems told in words."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import NAMES, exact, fam, money, pick, rounded
from bench.data.agents.heldout21_math_3 import duration
from bench.data.agents.helpers import Family

F = Fraction
PI = F(math.pi).limit_denominator(10**12)


@fam
def rect_perimeter(rng: random.Random) -> Any:
    a, b = rng.randint(3, 60), rng.randint(3, 60)
    return pick(rng, f"how much fencing for a {a} m by {b} m garden (all the way round)?",
                f"perimeter of a rectangle {a} by {b}"), exact(2 * (a + b))


@fam
def triangle_area(rng: random.Random) -> Any:
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    return pick(rng, f"area of a triangle with base {b} cm and height {h} cm",
                f"triangle: base {b}, height {h}. area?"), exact(F(b * h, 2))


@fam
def trapezoid(rng: random.Random) -> Any:
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 20)
    if a == b:
        return None
    return f"trapezium with parallel sides {a} and {b} m, {h} m apart — area?", exact(F((a + b) * h, 2))


@fam
def circumference(rng: random.Random) -> Any:
    d = rng.randint(2, 90)
    return pick(rng, f"circumference of a circle with diameter {d} in, 2 dp",
                f"a round table is {d} cm across. distance around the edge? round to 2 decimals"), rounded(PI * d)


@fam
def sphere_vol(rng: random.Random) -> Any:
    r = rng.randint(2, 40)
    return pick(rng, f"volume of a sphere of radius {r} cm, to 1 dp", f"ball with radius {r} — volume? 1 decimal"), \
        rounded(F(4, 3) * PI * r**3, 1)


@fam
def cone_vol(rng: random.Random) -> Any:
    r, h = rng.randint(2, 15), rng.randint(3, 30)
    return f"volume of a cone, radius {r}, height {h}, to 2 decimal places", rounded(PI * r * r * h / 3)


@fam
def box(rng: random.Random) -> Any:
    ln, w, h = rng.randint(5, 80), rng.randint(5, 60), rng.randint(5, 50)
    return pick(rng, f"a box is {ln} cm × {w} cm × {h} cm. volume in cm³?",
                f"volume of a {ln} by {w} by {h} cuboid"), exact(ln * w * h)


@fam
def box_surface(rng: random.Random) -> Any:
    ln, w, h = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 40)
    return f"total surface area of a closed box {ln} x {w} x {h} cm", exact(2 * (ln * w + ln * h + w * h))


@fam
def pool_litres(rng: random.Random) -> Any:
    ln, w = rng.randint(3, 25), rng.randint(2, 12)
    d = F(rng.randint(8, 25), 10)
    return f"a pool is {ln} m long, {w} m wide and {float(d):g} m deep everywhere. how many litres when full? (1 m³ = 1000 L)", \
        exact(ln * w * d * 1000)


@fam
def leg(rng: random.Random) -> Any:
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    c = math.isqrt(a * a + b * b) + rng.randint(1, 9)
    v = F(math.sqrt(c * c - a * a)).limit_denominator(10**9)
    return f"right triangle, hypotenuse {c} and one leg {a}. other leg to 2 dp?", \
        rounded(math.isqrt(c * c - a * a)) if math.isqrt(c * c - a * a) ** 2 == c * c - a * a else rounded(v)


@fam
def tv_diag(rng: random.Random) -> Any:
    k, (rw, rh) = rng.randint(2, 20), rng.choice([(16, 9), (4, 3), (21, 9), (16, 10)])
    w, h = rw * k, rh * k
    v = F(math.sqrt(w * w + h * h)).limit_denominator(10**9)
    return f"a screen is {w} cm wide and {h} cm tall. diagonal in cm, 1 dp?", rounded(v, 1)


@fam
def arc_length(rng: random.Random) -> Any:
    r, ang = rng.randint(2, 30), rng.choice([30, 45, 60, 72, 90, 120, 135, 150, 210, 240, 270])
    text = pick(rng, f"arc length for a {ang}° angle in a circle of radius {r}, 2 dp",
                f"sector area, radius {r}, angle {ang} degrees? 2 dp")
    v = PI * 2 * r * ang / 360 if "arc" in text else PI * r * r * ang / 360
    return text, rounded(v)


@fam
def elevation(rng: random.Random) -> Any:
    d, ang = rng.randint(10, 120), rng.choice([20, 25, 30, 35, 40, 50, 55, 60, 65])
    v = F(d * math.tan(math.radians(ang))).limit_denominator(10**9)
    return f"standing {d} m from a tree, the angle of elevation to the top is {ang}°. how tall is it (ignore my height)? 2 dp", rounded(v)


@fam
def paint(rng: random.Random) -> Any:
    ln, w, h = rng.randint(3, 12), rng.randint(3, 9), F(rng.choice([24, 25, 26, 27, 28, 30]), 10)
    cov, coats = rng.choice([6, 8, 10, 12]), rng.choice([1, 2])
    area = 2 * (ln + w) * h * coats
    tins = math.ceil(area / cov)
    return f"room {ln} m × {w} m with {float(h):g} m high walls. paint the 4 walls with {coats} coat{'s' if coats > 1 else ''} (ignore doors/windows), 1 litre covers {cov} m². how many whole litres do I need to buy?", exact(tins)


@fam
def tiles(rng: random.Random) -> Any:
    a, b, t = rng.randint(2, 9), rng.randint(2, 9), rng.choice([20, 25, 30, 40, 50])
    n = math.ceil(a * 100 / t) * math.ceil(b * 100 / t)
    return f"how many {t} cm square tiles cover a {a} m by {b} m floor (cut tiles count as whole ones)?", exact(n)


@fam
def vat_inside(rng: random.Random) -> Any:
    p = F(rng.randint(1200, 60000), 100)
    r = rng.choice([20, 21, 19, 10, 23])
    return f"I paid €{money(p)[0]} including {r}% VAT. how much of that is VAT? to the cent", money(p * r / (100 + r))


@fam
def bill_share_payer(rng: random.Random) -> Any:
    total, n = F(rng.randint(3000, 40000), 100), rng.randint(2, 7)
    who = rng.choice(NAMES)
    return f"{who} paid ${money(total)[0]} for a meal for {who} and {n} friends. everyone (including {who}) pays an equal share. how much does each friend owe {who}? to the cent", \
        money(total / (n + 1))


@fam
def stacked_discount(rng: random.Random) -> Any:
    p = F(rng.randint(2000, 30000), 100)
    a, b = rng.choice([20, 25, 30, 40, 50]), rng.choice([10, 15, 20])
    return f"a coat is ${money(p)[0]}. it's {a}% off, and my coupon takes a further {b}% off the reduced price. final price to the cent (round only at the end)?", \
        money(p * (100 - a) * (100 - b) / 10000)


@fam
def monthly_salary(rng: random.Random) -> Any:
    y = rng.randint(28, 140) * 1000
    return pick(rng, f"my salary is ${y:,} a year. how much is that per month, before tax? to the cent",
                f"{y} per year salary → monthly?  (2 dp)"), money(F(y, 12))


@fam
def hourly_from_salary(rng: random.Random) -> Any:
    y, h = rng.randint(30, 120) * 1000, rng.choice([35, 37, 38, 40])
    return f"{y} a year, {h} hours a week, 52 weeks. what's the hourly rate? 2 dp", money(F(y, 52 * h))


@fam
def commission(rng: random.Random) -> Any:
    base, sales, r = rng.randint(15, 40) * 100, rng.randint(50, 500) * 100, rng.choice([2, 3, 4, 5, F(5, 2), F(15, 2)])
    return f"base pay {base} plus {float(r):g}% commission on sales. sold {sales:,} this month — total pay?", money(base + sales * F(r) / 100)


@fam
def budget_left(rng: random.Random) -> Any:
    inc = rng.randint(20, 60) * 100
    rent, food, other = rng.randint(600, 1800), rng.randint(200, 700), rng.randint(100, 600)
    return f"take home {inc} a month. rent {rent}, groceries {food}, everything else {other}. what's left?", exact(inc - rent - food - other)


@fam
def fuel_cost(rng: random.Random) -> Any:
    km, l100, price = rng.randint(50, 900), F(rng.randint(45, 110), 10), F(rng.randint(140, 210), 100)
    return f"trip of {km} km, car uses {float(l100):g} L/100 km, fuel is {money(price)[0]} per litre. fuel cost? to the cent", \
        money(F(km, 100) * l100 * price)


@fam
def electricity(rng: random.Random) -> Any:
    w, h, d = rng.choice([60, 100, 150, 800, 1200, 2000, 2500]), F(rng.randint(1, 16), 2), rng.choice([7, 30, 31])
    c = F(rng.randint(12, 45), 100)
    return f"a {w} W heater runs {float(h):g} hours a day for {d} days at {money(c)[0]} per kWh. cost? 2 dp", money(F(w, 1000) * h * d * c)


@fam
def days_between(rng: random.Random) -> Any:
    a = dt.date(2026, 1, 1) + dt.timedelta(rng.randint(0, 364))
    b = a + dt.timedelta(rng.randint(5, 400))
    return f"how many days from {a:%B} {a.day}, {a.year} to {b:%B} {b.day}, {b.year}? (count the end day but not the start day)", \
        exact((b - a).days)


@fam
def date_after(rng: random.Random) -> Any:
    a = dt.date(2026, 1, 1) + dt.timedelta(rng.randint(0, 364))
    n = rng.randint(10, 200)
    b = a + dt.timedelta(n)
    th = "th" if 10 <= b.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10, "th")
    return pick(rng, f"what date is {n} days after {a:%d %B %Y}?", f"{n} days from {a:%B} {a.day} {a.year} — which date?"), \
        [f"{b:%B} {b.day}", f"{b.day} {b:%B}", b.isoformat(), f"{b:%d %B}", f"{b:%b} {b.day}", f"{b.day} {b:%b}",
         f"{b:%B} {b.day}{th}", f"{b.day}{th} {b:%B}", f"{b.day}{th} of {b:%B}"]


@fam
def clock_diff(rng: random.Random) -> Any:
    h1, m1 = rng.randint(6, 12), rng.randint(0, 59)
    t = rng.randint(30, 600)
    e = h1 * 60 + m1 + t
    h2, m2 = divmod(e, 60)
    if h2 >= 24:
        return None
    return f"shift starts {h1}:{m1:02d} and ends {h2}:{m2:02d} (24h). how long is it?", duration(t)


@fam
def age_future(rng: random.Random) -> Any:
    a, b = rng.randint(25, 50), rng.randint(2, 15)
    who = rng.choice(NAMES)
    if a <= 2 * b:
        return None
    k = a - 2 * b
    return f"{who}'s dad is {a} and {who} is {b}. in how many years will the dad be exactly twice {who}'s age?", exact(k)


@fam
def coins(rng: random.Random) -> Any:
    q, d = rng.randint(5, 60), rng.randint(5, 60)
    total = q * 25 + d * 10
    return f"I have {q + d} coins, all quarters and dimes, worth ${total / 100:.2f}. how many quarters?", exact(q)


@fam
def consecutive(rng: random.Random) -> Any:
    n, k = rng.randint(5, 300), rng.choice([3, 4, 5])
    return f"{WORDS_N[k]} consecutive whole numbers add up to {sum(range(n, n + k))}. what's the smallest?", exact(n)


WORDS_N = {3: "three", 4: "four", 5: "five"}


@fam
def number_pct_word(rng: random.Random) -> Any:
    n, p = rng.randint(20, 900), rng.choice([10, 20, 25, 30, 40, 15, 5])
    v = F(n * (100 + p), 100)
    if v.denominator != 1:
        return None
    return f"a number increased by {p}% gives {v}. what is the number?", exact(n)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    rect_perimeter, triangle_area, trapezoid, circumference, sphere_vol, cone_vol, box, box_surface,
    pool_litres, leg, tv_diag, arc_length, elevation, paint, tiles, vat_inside, bill_share_payer,
    stacked_discount, monthly_salary, hourly_from_salary, commission, budget_left, fuel_cost,
    electricity, days_between, date_after, clock_diff, age_future, coins, consecutive,
    number_pct_word)]
