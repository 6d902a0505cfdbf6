"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 8: more everyday parts
(VAT, systems, growth, stones, sleep, storage) asked two to four at a time."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout19_multi import (
    F,
    Part,
    Tie,
    clock,
    combo,
    currency,
    dec,
    money,
    num,
    sale,
    say_clock,
    solve_quad,
    whole,
)
from bench.data.agents.heldout19_multi_2 import (
    add_time,
    bmi,
    c_to_f,
    days_between,
    dose,
    f_to_c,
    kg_lb,
    km_mi,
    list_mean,
    mi_km,
    ml_cups,
    plot_poly,
    target_hr,
    water,
)
from bench.data.agents.helpers import Family


def vat_in(rng: random.Random) -> Part:
    x, v = F(rng.randint(1000, 90000), 100), rng.choice([20, 21, 19])
    t = rng.choice(
        [
            "how much VAT is in £{x} at {v}% (price includes VAT)",
            "the {v}% VAT included in a €{x} price, to the cent",
        ]
    )
    return t.format(x=money(x), v=v), [num(x * v / (100 + v))]


def of_what(rng: random.Random) -> Part:
    p, whole_ = rng.choice([5, 8, 12, 15, 20, 25, 40, 60, 75]), rng.randint(20, 800)
    part = F(whole_ * p, 100)
    if part.denominator != 1:
        raise Tie
    t = rng.choice(["{a} is {p}% of what number", "{p}% of a number is {a}, what's the number"])
    return t.format(a=part, p=p), [whole(whole_)]


def mph_kmh(rng: random.Random) -> Part:
    m = rng.choice([20, 25, 30, 35, 45, 55, 65, 70, 75])
    t = rng.choice(
        [
            "{m} mph in km/h (1 mile = 1.609 km), 1 dp",
            "what's {m} miles per hour in kph, 1 decimal, 1 mi = 1.609 km",
        ]
    )
    return t.format(m=m), [num(m * F("1.609"), 1)]


def stone_kg(rng: random.Random) -> Part:
    st, lb = rng.randint(7, 20), rng.randint(1, 13)
    t = rng.choice(
        [
            "{s} st {l} lb in kg (14 lb a stone, 1 lb = 0.4536 kg), 1 dp",
            "convert {s} stone {l} to kilos, 1 decimal (1 lb = 0.4536 kg)",
        ]
    )
    return t.format(s=st, l=lb), [num((14 * st + lb) * F("0.4536"), 1)]


def ml_floz(rng: random.Random) -> Part:
    ml = rng.choice([100, 150, 200, 250, 330, 355, 473, 500, 750, 946])
    t = rng.choice(
        [
            "{m} ml in US fl oz (1 fl oz = 29.57 ml), 1 dp",
            "how many fluid ounces is {m}ml? (29.57 ml per fl oz, 1 decimal)",
        ]
    )
    return t.format(m=ml), [num(F(ml) / F("29.57"), 1)]


def room_sqft(rng: random.Random) -> Part:
    a, b = F(rng.randint(20, 80), 10), F(rng.randint(20, 60), 10)
    t = rng.choice(
        [
            "a {a} m by {b} m room in square feet (1 m² = 10.764 sq ft), 1 dp",
            "floor area of {a} x {b} metres in sq ft, using 10.764, 1 decimal",
        ]
    )
    return t.format(a=dec(a), b=dec(b)), [num(a * b * F("10.764"), 1)]


def cylinder(rng: random.Random) -> Part:
    r, h = rng.randint(2, 15), rng.randint(5, 40)
    t = rng.choice(
        [
            "volume of a cylinder, radius {r} cm and height {h} cm, in cm³ (2 dp)",
            "how much does a can hold if it's {r} cm radius and {h} cm tall (cm³, 2 decimals)",
        ]
    )
    return t.format(r=r, h=h), [num(math.pi * r * r * h)]


def avg_speed(rng: random.Random) -> Part:
    d, h, m = rng.randint(40, 600), rng.randint(1, 6), rng.choice([10, 15, 20, 25, 35, 40, 45, 50])
    t = rng.choice(
        [
            "average speed for {d} km in {h} h {m} min, km/h to 1 dp",
            "drove {d} km in {h} hours {m} minutes, what was my average km/h (1 decimal)",
        ]
    )
    return t.format(d=d, h=h, m=m), [num(F(d * 60, 60 * h + m), 1)]


def photos_fit(rng: random.Random) -> Part:
    mb, gb = F(rng.randint(18, 95), 10), rng.choice([8, 16, 32, 64, 128, 256])
    n = int(gb * 1000 / mb)
    t = rng.choice(
        [
            "how many {m} MB photos fit on a {g} GB card (1 GB = 1000 MB)",
            "number of {m}MB pics that fit in {g} GB, using 1000 MB per GB",
        ]
    )
    return t.format(m=dec(mb), g=gb), [whole(n)]


def protein(rng: random.Random) -> Part:
    g, w = (
        rng.choice([F("1.2"), F("1.6"), F("1.8"), F(2), F("0.8"), F("2.2")]),
        rng.randint(48, 120),
    )
    t = rng.choice(
        [
            "daily protein at {g} g per kg for {w} kg",
            "how many grams of protein a day at {g} g/kg if I'm {w} kg",
        ]
    )
    return t.format(g=dec(g), w=w), [num(g * w, 1)]


def sleep_wake(rng: random.Random) -> Part:
    bed, h = rng.randint(250, 287) * 5, rng.choice([F(6), F(13, 2), F(7), F(15, 2), F(8), F(17, 2)])
    t = rng.choice(
        [
            "if I go to bed at {b} and sleep {h} hours, when do I wake up",
            "wake-up time after {h} h of sleep starting {b}",
        ]
    )
    return t.format(b=say_clock(bed, rng), h=dec(h)), [clock(bed + int(h * 60))]


def log10(rng: random.Random) -> Part:
    n = rng.randint(3, 9999)
    if math.log10(n).is_integer():
        raise Tie
    return rng.choice(["log base 10 of {n} to 3 decimals", "log10({n}), 3 dp"]).format(n=n), [
        num(math.log10(n), 3)
    ]


def system(rng: random.Random) -> Part:
    x, y = rng.randint(-9, 15), rng.randint(-9, 15)
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    t = rng.choice(
        [
            "solve x + y = {s} and {a}x - {b}y = {d}",
            "find x and y if x + y = {s}, {a}x - {b}y = {d}",
        ]
    )
    return t.format(s=x + y, a=a if a > 1 else "", b=b if b > 1 else "", d=a * x - b * y), [
        [f"x = {x}", f"x={x}"],
        [f"y = {y}", f"y={y}"],
    ]


def pct_what(rng: random.Random) -> Part:
    a, b = rng.randint(3, 400), rng.randint(401, 2000)
    t = rng.choice(
        ["what percent is {a} of {b}, 1 dp", "{a} out of {b} as a percentage (1 decimal)"]
    )
    return t.format(a=a, b=b), [num(F(a * 100, b), 1)]


def tri_area(rng: random.Random) -> Part:
    b, h = F(rng.randint(4, 60), 2), rng.randint(3, 40)
    t = rng.choice(
        [
            "area of a triangle with base {b} cm and height {h} cm",
            "triangle: base {b}, height {h}, area?",
        ]
    )
    return t.format(b=dec(b), h=h), [num(b * h / 2)]


def binary(rng: random.Random) -> Part:
    n = rng.randint(20, 500)
    return rng.choice(["{n} in binary", "convert {n} to base 2"]).format(n=n), [[bin(n)[2:]]]


def growth(rng: random.Random) -> Part:
    p, r, y = rng.randint(20, 900) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(3, 10)
    t = rng.choice(
        [
            "a town of {p} people grows {r}% a year; population after {y} years (nearest whole)",
            "{p} growing at {r}% per year for {y} years, rounded to a whole number",
        ]
    )
    return t.format(p=f"{p:,}", r=r, y=y), [num(p * (1 + F(r, 100)) ** y, 0)]


def depreciate(rng: random.Random) -> Part:
    p, r, y = rng.randint(80, 600) * 100, rng.choice([10, 12, 15, 18, 20, 25]), rng.randint(2, 6)
    t = rng.choice(
        [
            "a ${p} car loses {r}% of its value each year; worth after {y} years (to the cent)",
            "value after {y} years of {r}% yearly depreciation on ${p}, 2 dp",
        ]
    )
    return t.format(p=f"{p:,}", r=r, y=y), [num(p * (1 - F(r, 100)) ** y)]


def minutes_hm(rng: random.Random) -> Part:
    m = rng.randint(70, 1000)
    if m % 60 == 0:
        raise Tie
    h, r = divmod(m, 60)
    return rng.choice(["how many hours and minutes is {m} minutes", "{m} min in h and min"]).format(
        m=m
    ), [
        [
            f"{h}h {r}m",
            f"{h} h {r} min",
            f"{h} hours {r} minutes",
            f"{h} hours and {r} minutes",
            f"{h} hour {r} minutes",
            f"{h} hour and {r} minutes",
            f"{h}:{r:02d}",
            f"{h} hr {r} min",
        ]
    ]


def cards(rng: random.Random) -> Part:
    k, what, good = rng.choice(
        [
            (2, "aces", 4),
            (2, "hearts", 13),
            (3, "hearts", 13),
            (2, "kings", 4),
            (2, "face cards", 12),
            (3, "spades", 13),
            (2, "red cards", 26),
        ]
    )
    p = F(math.comb(good, k), math.comb(52, k))
    t = rng.choice(
        [
            "chance of drawing {k} {w} in a row from a 52-card deck, no replacement, as a fraction",
            "chance that {k} cards drawn from a full deck are all {w} (fraction)",
        ]
    )
    return t.format(k=k, w=what), [[str(p)]]


SPECS = [
    ("vat_and_currency", [vat_in, currency], None),
    ("of_what_and_kg", [of_what, kg_lb], None),
    ("speeds_and_clock", [mph_kmh, km_mi, add_time], None),
    ("stone_and_bmi", [stone_kg, bmi], None),
    ("floz_cups_water", [ml_floz, ml_cups, water], None),
    ("room_and_sale", [room_sqft, sale], None),
    ("cylinder_and_floz", [cylinder, ml_floz], None),
    ("avg_speed_and_miles", [avg_speed, mi_km], None),
    ("photos_and_currency", [photos_fit, currency], None),
    ("protein_and_pounds", [protein, kg_lb], None),
    ("sleep_and_water", [sleep_wake, water], None),
    ("log_binary_plot", [log10, binary, plot_poly], None),
    ("system_and_plot", [system, plot_poly], None),
    ("pct_what_and_cups", [pct_what, ml_cups], None),
    ("triangle_and_room", [tri_area, room_sqft], None),
    ("growth_deprec_mean", [growth, depreciate, list_mean], None),
    ("minutes_sleep_miles", [minutes_hm, sleep_wake, mi_km], None),
    ("cards_and_fahrenheit", [cards, c_to_f], None),
    ("stone_and_protein", [stone_kg, protein], None),
    ("system_quad_plot", [system, solve_quad, plot_poly], ["numbered", "lines", "and"]),
    ("floz_temp_protein", [ml_floz, f_to_c, protein], ["numbered", "bullets"]),
    ("three_money", [vat_in, depreciate, currency], ["numbered", "bullets", "lines"]),
    ("three_trip", [avg_speed, mph_kmh, days_between], ["numbered", "also"]),
    ("three_health_mix", [stone_kg, target_hr, dose], ["numbered", "bullets"]),
    ("four_quick", [binary, of_what, c_to_f, minutes_hm], ["numbered", "bullets"]),
    ("four_home", [room_sqft, cylinder, photos_fit, list_mean], ["numbered", "lines"]),
]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (combo(n, p, s) for n, p, s in SPECS)]
