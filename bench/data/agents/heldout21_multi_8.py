"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 8: unit conversion,
health, clock-time and date request parts, paired with one another."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout21_multi import (
    MONTHS,
    Part,
    Tie,
    clock,
    combo,
    date_forms,
    lcm,
    num,
    pct,
    pick,
    say_time,
    wage,
)
from bench.data.agents.helpers import Family

# ---- units ---------------------------------------------------------------------------------


def mi2km(rng: random.Random) -> Part:
    m = F(rng.randint(3, 300), rng.choice([1, 2, 10]))
    t = pick(
        rng,
        "convert {m} miles to km (1 mile = 1.609 km), 2 decimals",
        "how many km is {m} mi? use 1 mi = 1.609 km, round to 2 dp",
    )
    return t.format(m=f"{float(m):g}"), [num(m * F("1.609"), 2)], {}


def km2mi(rng: random.Random) -> Part:
    k = rng.randint(5, 400)
    t = pick(
        rng,
        "{k} km in miles, 2 decimals (1 mile = 1.609 km)",
        "how far is {k} kilometres in miles? 1 mile = 1.609 km, round to 2 dp",
    )
    return t.format(k=k), [num(F(k) / F("1.609"), 2)], {}


def lb2kg(rng: random.Random) -> Part:
    w = rng.randint(95, 290)
    t = pick(
        rng,
        "{w} lb in kg to 1 decimal (1 lb = 0.4536 kg)",
        "convert {w} pounds to kilograms, 1 lb = 0.4536 kg, one decimal",
    )
    return t.format(w=w), [num(w * F("0.4536"), 1)], {}


def kg2lb(rng: random.Random) -> Part:
    w = rng.randint(3, 140)
    t = pick(
        rng,
        "{w} kg in pounds (1 kg = 2.2046 lb), 1 decimal",
        "how many lbs is {w} kilos? use 2.2046 lb per kg, 1 dp",
    )
    return t.format(w=w), [num(w * F("2.2046"), 1)], {}


def f2c(rng: random.Random) -> Part:
    f = rng.randint(-10, 110)
    t = pick(
        rng, "{f}°F in Celsius to 1 decimal", "what's {f} degrees Fahrenheit in C? one decimal"
    )
    return t.format(f=f), [num(F(f - 32) * 5 / 9, 1)], {}


def c2f(rng: random.Random) -> Part:
    c = F(rng.randint(-200, 400), 10)
    t = pick(rng, "{c}°C in Fahrenheit, 1 decimal", "convert {c} C to F (1 decimal)")
    return t.format(c=f"{float(c):g}"), [num(c * 9 / 5 + 32, 1)], {}


def ml2cups(rng: random.Random) -> Part:
    ml = rng.randint(60, 1500)
    t = pick(
        rng,
        "how many cups is {ml} ml (1 cup = 240 ml), 2 decimals",
        "{ml}ml to cups, using 240 ml per cup, 2 dp",
    )
    return t.format(ml=ml), [num(F(ml, 240), 2)], {}


def in2cm(rng: random.Random) -> Part:
    i = F(rng.randint(4, 150), rng.choice([1, 2]))
    t = pick(rng, "{i} inches in cm", "convert {i} in to centimetres (1 in = 2.54 cm)")
    return t.format(i=f"{float(i):g}"), [num(i * F("2.54"), 2)], {}


def height(rng: random.Random) -> Part:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    t = pick(
        rng,
        "{ft} ft {i} in in cm to 1 decimal (1 in = 2.54 cm)",
        "how tall is {ft}'{i}\" in centimetres? 1 dp, 2.54 cm per inch",
    )
    return t.format(ft=ft, i=inch), [num((12 * ft + inch) * F("2.54"), 1)], {}


def l2gal(rng: random.Random) -> Part:
    litres = rng.randint(5, 200)
    t = pick(
        rng,
        "{v} litres in US gallons (1 gal = 3.785 L), 2 decimals",
        "how many gallons is {v} L? use 3.785 L/gal, round to 2 dp",
    )
    return t.format(v=litres), [num(F(litres) / F("3.785"), 2)], {}


def kcal2kj(rng: random.Random) -> Part:
    k = rng.randint(90, 2800)
    t = pick(
        rng,
        "{k} kcal in kJ to the nearest whole number (1 kcal = 4.184 kJ)",
        "convert {k} calories to kilojoules, 4.184 kJ per kcal, whole number",
    )
    return t.format(k=k), [num(k * F("4.184"), 0)], {}


def kmh2ms(rng: random.Random) -> Part:
    v = rng.randint(5, 130)
    t = pick(rng, "{v} km/h in m/s, 2 decimals", "what's {v} kph in metres per second (2 dp)")
    return t.format(v=v), [num(F(v * 1000, 3600), 2)], {}


def oz2g(rng: random.Random) -> Part:
    o = rng.randint(2, 64)
    t = pick(
        rng,
        "{o} oz in grams (1 oz = 28.35 g), 1 decimal",
        "how many grams is {o} ounces? 28.35 g per oz, 1 dp",
    )
    return t.format(o=o), [num(o * F("28.35"), 1)], {}


# ---- health --------------------------------------------------------------------------------


def bmi(rng: random.Random) -> Part:
    w, h = rng.randint(48, 120), rng.randint(150, 198)
    t = pick(
        rng,
        "my BMI if I'm {w} kg and {h} cm (1 decimal)",
        "BMI for {w}kg, {h}cm tall? one decimal",
        "what's the BMI of someone who weighs {w} kg at {h} cm, to 1 dp",
    )
    return t.format(w=w, h=h), [num(F(w) / F(h, 100) ** 2, 1)], {}


def bmr(rng: random.Random) -> Part:
    sex, w, h, a = (
        rng.choice(["man", "woman"]),
        rng.randint(50, 110),
        rng.randint(152, 195),
        rng.randint(20, 70),
    )
    v = 10 * w + F(625, 100) * h - 5 * a + (5 if sex == "man" else -161)
    t = pick(
        rng,
        "BMR (Mifflin-St Jeor) for a {a} year old {s}, {w} kg, {h} cm, nearest kcal",
        "using Mifflin-St Jeor, what's the BMR of a {s} aged {a}, {w}kg and {h}cm?"
        " round to whole kcal",
    )
    return t.format(s=sex, w=w, h=h, a=a), [num(v, 0)], {}


def water(rng: random.Random) -> Part:
    w = rng.randint(45, 115)
    t = pick(
        rng,
        "daily water for {w} kg at 35 ml per kg, in litres (2 decimals)",
        "how much water should a {w} kg person drink a day at 35 ml/kg? give litres to 2 dp",
    )
    return t.format(w=w), [num(F(35 * w, 1000), 2)], {}


def hr_zone(rng: random.Random) -> Part:
    age, p = rng.randint(18, 70), rng.choice([60, 65, 70, 75, 80, 85])
    t = pick(
        rng,
        "{p}% of max heart rate for a {a} year old (max = 220 - age), whole bpm",
        "I'm {a}, what's {p}% of my max HR using 220 minus age? round to whole bpm",
    )
    return t.format(p=p, a=age), [num(F((220 - age) * p, 100), 0)], {}


def dose(rng: random.Random) -> Part:
    start, every = rng.randint(6 * 12, 11 * 12) * 5, rng.choice([4, 6, 8])
    t = pick(
        rng,
        "I took my first dose at {s} and take one every {e} hours, when's the third dose",
        "meds every {e} hours, first one was {s} — what time is dose number 3",
    )
    return t.format(s=say_time(start, rng), e=every), [clock(start + 2 * every * 60)], {}


# ---- times and dates -------------------------------------------------------------------------


def arrive(rng: random.Random) -> Part:
    start, dur = rng.randint(60, 200) * 5, rng.randint(7, 60) * 5
    h, m = divmod(dur, 60)
    d = f"{h} h {m} min" if h and m else (f"{h} hours" if h else f"{m} minutes")
    t = pick(
        rng,
        "leaving at {s} with a {d} trip, what time do I arrive",
        "if I set off at {s} and it takes {d}, when do I get there",
    )
    return t.format(s=say_time(start, rng), d=d), [clock(start + dur)], {}


def minutes_between(rng: random.Random) -> Part:
    a = rng.randint(70, 180) * 5
    b = a + rng.randint(5, 80) * 5
    t = pick(rng, "how many minutes from {a} to {b}", "minutes between {a} and {b}")
    return t.format(a=say_time(a, rng), b=say_time(b, rng)), [num(b - a, 0)], {}


def travel_min(rng: random.Random) -> Part:
    speed = rng.choice([12, 15, 20, 30, 40, 45, 48, 60, 72, 80])
    dist = rng.randint(3, 90)
    if dist * 60 % speed:
        raise Tie(dist)
    t = pick(
        rng,
        "how many minutes to go {d} km at {v} km/h",
        "{d} km at {v} km/h takes how many minutes",
    )
    return t.format(d=dist, v=speed), [num(F(dist * 60, speed), 0)], {}


def date_add(rng: random.Random) -> Part:
    d0 = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    n = rng.randint(10, 120)
    t = pick(rng, "what date is {n} days after {d}", "{n} days from {d} is what date")
    return (
        t.format(n=n, d=f"{MONTHS[d0.month - 1]} {d0.day}, 2026"),
        [date_forms(d0 + dt.timedelta(n))],
        {},
    )


def days_between(rng: random.Random) -> Part:
    a = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    b = a + dt.timedelta(rng.randint(12, 200))
    t = pick(
        rng,
        "how many days after {a} is {b}",
        "count the days from {a} to {b} (not including the start day)",
    )
    return (
        t.format(a=f"{MONTHS[a.month - 1]} {a.day}", b=f"{MONTHS[b.month - 1]} {b.day} {b.year}"),
        [num((b - a).days, 0)],
        {},
    )


pct_cups = combo("pct_cups", "and", pct, ml2cups)
bmi_lb = combo("bmi_lb", "two", lb2kg, bmi)
hr_kmh = combo("hr_kmh", "bullets", hr_zone, kmh2ms)
lcm_f2c_days = combo("lcm_f2c_days", "list", lcm, f2c, days_between)
oz_wage = combo("oz_wage", "pls", oz2g, wage)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10) for f in (pct_cups, bmi_lb, hr_kmh, lcm_f2c_days, oz_wage)
]
