"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 2: unit, health, time,
list and plot parts, and pairs of everyday asks."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout19_multi import (
    DAYS,
    F,
    Part,
    Tie,
    clock,
    combo,
    currency,
    dec,
    hypotenuse,
    listing,
    num,
    pct_of,
    sale,
    say_clock,
    say_date,
    solve_linear,
    solve_quad,
    tip,
    whole,
)
from bench.data.agents.helpers import Family


# ----------------------------------------------------------------- parts: units
def mi_km(rng: random.Random) -> Part:
    m = F(rng.randint(3, 60), rng.choice([1, 2]))
    t = rng.choice(
        ["how many km is {m} miles (1 mile = 1.609 km)", "{m} mi to km, using 1 mi = 1.609 km"]
    )
    return t.format(m=dec(m)), [num(m * F("1.609"))]


def km_mi(rng: random.Random) -> Part:
    k = rng.choice([5, 8, 10, 12, 15, 21, 25, 30, 42, 50, 80, 120])
    t = rng.choice(
        [
            "{k} km in miles (1 mile = 1.609 km), 2 decimals",
            "how far is {k} km in miles, to 2 dp (1 mi = 1.609 km)",
        ]
    )
    return t.format(k=k), [num(F(k) / F("1.609"))]


def kg_lb(rng: random.Random) -> Part:
    k = F(rng.randint(4, 240), 2)
    t = rng.choice(
        [
            "{k} kg in pounds (1 kg = 2.2046 lb), 1 decimal",
            "what's {k} kilos in lbs to 1 dp (1 kg = 2.2046 lb)",
        ]
    )
    return t.format(k=dec(k)), [num(k * F("2.2046"), 1)]


def lb_kg(rng: random.Random) -> Part:
    lb = rng.randint(3, 260)
    t = rng.choice(
        [
            "{l} lb in kg (1 lb = 0.4536 kg), 2 decimals",
            "convert {l} pounds to kilograms, 2 dp, 1 lb = 0.4536 kg",
        ]
    )
    return t.format(l=lb), [num(lb * F("0.4536"))]


def f_to_c(rng: random.Random) -> Part:
    f = rng.randint(-10, 105)
    t = rng.choice(
        [
            "{f}°F in Celsius, 1 decimal",
            "what's {f} degrees F in C (to 1 dp)",
            "convert {f}F to celsius, one decimal",
        ]
    )
    return t.format(f=f), [num(F(f - 32) * 5 / 9, 1)]


def c_to_f(rng: random.Random) -> Part:
    c = rng.randint(-15, 45)
    if c in (0, 10, 20, 30, 40):
        raise Tie
    t = rng.choice(
        ["{c}°C in Fahrenheit", "what is {c} degrees celsius in F", "convert {c}C to fahrenheit"]
    )
    return t.format(c=c), [num(F(c) * 9 / 5 + 32, 1)]


def ml_cups(rng: random.Random) -> Part:
    ml = rng.choice([150, 200, 250, 300, 350, 400, 450, 500, 600, 750, 800, 1000])
    t = rng.choice(
        [
            "how many cups is {m} ml (1 cup = 240 ml), 2 decimals",
            "{m}ml in cups, using 240 ml per cup, 2 dp",
        ]
    )
    return t.format(m=ml), [num(F(ml, 240))]


def in_cm(rng: random.Random) -> Part:
    i = F(rng.randint(2, 90), rng.choice([1, 2]))
    t = rng.choice(
        ["{i} inches in cm", "how many centimetres is {i} in", "convert {i} inches to centimeters"]
    )
    return t.format(i=dec(i)), [num(i * F("2.54"))]


def ftin_cm(rng: random.Random) -> Part:
    f, i = rng.randint(4, 6), rng.randint(0, 11)
    t = rng.choice(
        [
            "{f} ft {i} in in centimetres (1 in = 2.54 cm), 1 decimal",
            "how tall is {f}'{i}\" in cm, 1 dp",
        ]
    )
    return t.format(f=f, i=i), [num((12 * f + i) * F("2.54"), 1)]


def l_gal(rng: random.Random) -> Part:
    litres = rng.randint(5, 120)
    t = rng.choice(
        [
            "{l} litres in US gallons (1 gal = 3.785 L), 2 decimals",
            "how many gallons is {l} L, 2 dp, 1 US gallon = 3.785 L",
        ]
    )
    return t.format(l=litres), [num(F(litres) / F("3.785"))]


def kmh_mph(rng: random.Random) -> Part:
    k = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    t = rng.choice(
        [
            "{k} km/h in mph (1 mile = 1.609 km), 1 decimal",
            "what's {k} kph in miles per hour to 1 dp (1 mi = 1.609 km)",
        ]
    )
    return t.format(k=k), [num(F(k) / F("1.609"), 1)]


def oz_g(rng: random.Random) -> Part:
    o = F(rng.randint(1, 64), 2)
    t = rng.choice(
        ["{o} oz in grams (1 oz = 28.35 g)", "how many grams is {o} ounces, 1 oz = 28.35 g"]
    )
    return t.format(o=dec(o)), [num(o * F("28.35"))]


def sqft_m2(rng: random.Random) -> Part:
    a = rng.randint(90, 2400)
    t = rng.choice(
        [
            "{a} sq ft in square metres (1 sq ft = 0.0929 m²), 1 decimal",
            "how many m² is {a} square feet, 1 dp, using 0.0929",
        ]
    )
    return t.format(a=f"{a:,}" if a >= 1000 and rng.random() < 0.5 else a), [
        num(a * F("0.0929"), 1)
    ]


# ----------------------------------------------------------------- parts: health
def bmi(rng: random.Random) -> Part:
    h = rng.randint(150, 198)
    w = F(round(rng.uniform(18, 36) * h * h / 5000), 2)
    t = rng.choice(
        [
            "BMI for {w} kg and {h} cm, 2 decimals",
            "what's my BMI, I'm {h} cm and {w} kg (2 dp)",
            "bmi of someone {h}cm tall weighing {w}kg, to 2 decimals",
        ]
    )
    return t.format(w=dec(w), h=h), [num(w / F(h, 100) ** 2)]


def bmr(rng: random.Random) -> Part:
    sex, w, h, a = (
        rng.choice(["man", "woman"]),
        rng.randint(48, 115),
        rng.randint(152, 196),
        rng.randint(19, 70),
    )
    value = 10 * w + F(625, 100) * h - 5 * a + (5 if sex == "man" else -161)
    t = rng.choice(
        [
            "BMR (Mifflin-St Jeor) for a {a}-year-old {s}, {w} kg, {h} cm",
            "Mifflin-St Jeor BMR of a {s} aged {a}, {h} cm and {w} kg",
        ]
    )
    return t.format(a=a, s=sex, w=w, h=h), [num(value)]


def target_hr(rng: random.Random) -> Part:
    age, p = rng.randint(18, 70), rng.choice([55, 60, 65, 70, 75, 80, 85])
    t = rng.choice(
        [
            "{p}% of max heart rate (220 minus age) for a {a} year old, nearest bpm",
            "target HR at {p}% of max for age {a}, using max = 220 - age, rounded to whole bpm",
        ]
    )
    return t.format(p=p, a=age), [num(F((220 - age) * p, 100), 0)]


def water(rng: random.Random) -> Part:
    w, ml = rng.randint(45, 120), rng.choice([30, 33, 35])
    t = rng.choice(
        [
            "daily water for {w} kg at {m} ml per kg, in litres (2 dp)",
            "how many litres of water a day at {m} ml/kg if I weigh {w} kg, 2 decimals",
        ]
    )
    return t.format(w=w, m=ml), [num(F(w * ml, 1000))]


def dose(rng: random.Random) -> Part:
    mg, w = rng.choice([5, 7.5, 10, 12.5, 15, 20]), F(rng.randint(16, 80), 2)
    t = rng.choice(
        [
            "a {m} mg/kg dose for a {w} kg child is how many mg",
            "dose at {m} mg per kg for {w} kg, in mg",
        ]
    )
    return t.format(m=mg, w=dec(w)), [num(F(str(mg)) * w)]


def met_kcal(rng: random.Random) -> Part:
    act, met = rng.choice(
        [
            ("cycling", "7.5"),
            ("brisk walking", "4.3"),
            ("swimming", "6"),
            ("running", "9.8"),
            ("yoga", "2.5"),
            ("rowing", "7"),
        ]
    )
    w, mins = rng.randint(50, 110), rng.choice([20, 25, 30, 40, 45, 50, 60, 75, 90])
    t = rng.choice(
        [
            "kcal burned {a} (MET {m}) for {n} min at {w} kg, kcal = MET × kg × hours,"
            " nearest whole",
            "using kcal = MET x weight(kg) x hours: {n} minutes of {a} at MET {m}, {w} kg,"
            " round it",
        ]
    )
    return t.format(a=act, m=met, n=mins, w=w), [num(F(met) * w * F(mins, 60), 0)]


def pace(rng: random.Random) -> Part:
    d, sec = rng.choice([5, 8, 10, 12, 15]), rng.randint(260, 420)
    total = d * sec
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    said = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    t = rng.choice(
        ["my pace per km if I ran {d} km in {t}", "I did {d}k in {t}, what's that per km"]
    )
    pm, ps = divmod(sec, 60)
    return t.format(d=d, t=said), [
        [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds"]
    ]


# ----------------------------------------------------------------- parts: time, lists, plots
def add_time(rng: random.Random) -> Part:
    start, h, m = (
        rng.randint(6 * 12, 20 * 12) * 5,
        rng.randint(1, 5),
        rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50]),
    )
    t = rng.choice(
        [
            "what time is it {h}h {m}min after {s}",
            "if I leave at {s} and it takes {h} hours {m} minutes, when do I arrive",
        ]
    )
    return t.format(h=h, m=m, s=say_clock(start, rng)), [clock(start + 60 * h + m)]


def days_between(rng: random.Random) -> Part:
    a = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 160))
    b = a + dt.timedelta(days=rng.randint(12, 200))
    t = rng.choice(
        ["how many days from {a} to {b} 2026", "days between {a} and {b} this year (2026)"]
    )
    return t.format(a=say_date(a, rng), b=say_date(b, rng)), [whole((b - a).days)]


def weekday(rng: random.Random) -> Part:
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    return f"what day of the week is {say_date(d, rng)} 2026", [[DAYS[d.weekday()]]]


def list_mean(rng: random.Random) -> Part:
    vals = [rng.randint(12, 98) for _ in range(rng.randint(5, 8))]
    t = rng.choice(["the average of {v} (1 decimal)", "mean of {v}, to 1 dp"])
    return t.format(v=listing(vals, rng)), [num(F(sum(vals), len(vals)), 1)]


def list_median(rng: random.Random) -> Part:
    vals = [rng.randint(3, 250) for _ in range(rng.choice([6, 8, 10]))]
    mid = sorted(vals)[len(vals) // 2 - 1 : len(vals) // 2 + 1]
    if sum(mid) % 2 == 0:
        raise Tie
    return f"the median of {listing(vals, rng)}", [num(F(sum(mid), 2), 1)]


def plot_poly(rng: random.Random) -> Part:
    a, b, c = rng.randint(-3, 3) or 1, rng.randint(-6, 6), rng.randint(-9, 9)
    t = rng.choice(["plot y = {f}", "graph y = {f} for x from -5 to 5", "draw the curve y = {f}"])
    f = f"{a}x^2" if abs(a) != 1 else ("x^2" if a == 1 else "-x^2")
    f += f" {'+' if b > 0 else '-'} {abs(b) if abs(b) > 1 else ''}x" if b else ""
    f += f" {'+' if c > 0 else '-'} {abs(c)}" if c else ""
    return t.format(f=f), [PLOT]


PAIRS = [
    ("pct_and_cups", [pct_of, ml_cups]),
    ("quad_and_plot", [solve_quad, plot_poly]),
    ("bmi_and_lb", [bmi, kg_lb]),
    ("tip_and_currency", [tip, currency]),
    ("linear_and_days", [solve_linear, days_between]),
    ("miles_and_pace", [mi_km, pace]),
    ("temps_and_mean", [f_to_c, c_to_f, list_mean]),
    ("sale_and_currency", [sale, currency]),
    ("hyp_and_inches", [hypotenuse, in_cm]),
    ("bmr_and_lb", [bmr, lb_kg]),
]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (combo(n, p) for n, p in PAIRS)]
