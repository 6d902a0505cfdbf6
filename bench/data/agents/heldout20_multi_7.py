"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 7: chained requests that
reuse an earlier result, what-if follow-ups, and unrelated pairs."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math

from bench.data.agents.heldout20_multi import (
    MONTHS,
    F,
    Redraw,
    ampm,
    clock,
    dec,
    fam,
    hm,
    money,
    num,
    pct,
    pick,
    poly,
    root,
    span,
    split,
)
from bench.data.agents.helpers import Family

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def soft(x, *places):
    """Forms at each of ``places`` that is not a rounding tie, plus the exact decimal."""
    out = [dec(x)] if (F(x) * 1000).denominator == 1 else []
    for pl in places:
        try:
            out += num(x, pl)
        except Redraw:
            pass
    if not out:
        raise Redraw
    return list(dict.fromkeys(out))


def r(x, places=2):
    return F(round(F(x) * 10**places), 10**places)


@fam
def km_miles_walk_time(rng):
    km = F(rng.randrange(20, 400), 10)
    mph = rng.choice([2, 3, 4])
    mi = km / F("1.609")
    text = pick(rng, f"how far is {dec(km)} km in miles (1 mi = 1.609 km, 2 dp)? then how long would that take walking at {mph} mph?",
                f"Convert {dec(km)} kilometres to miles using 1.609, then tell me the walking time at {mph} miles per hour.")
    return text, [num(mi, 2), span(int(mi / mph * 60 + F(1, 2))) + num(mi / mph, 2) + [f"{v} hours" for v in num(r(mi) / mph, 2)]]


@fam
def weight_then_ten_percent(rng):
    kg = F(rng.randrange(550, 1400), 10)
    p = rng.choice([5, 10, 15])
    lb = kg * F("2.2046")
    text = pick(rng, f"I weigh {dec(kg)} kg. What's that in pounds (1 kg = 2.2046 lb, 1 dp), and how many pounds is {p}% of it?",
                f"{dec(kg)}kg to lb (x2.2046) please, then {p} percent of that number — that's my weight-loss goal")
    return text, [num(lb, 1) + num(lb, 2), num(lb * p / 100, 1) + num(r(lb, 1) * p / 100, 1) + num(lb * p / 100, 2)]


@fam
def wage_annual_after_tax(rng):
    wage = F(rng.randrange(1400, 5000, 25), 100)
    hrs = rng.choice([30, 35, 38, 40])
    tax = rng.choice([15, 20, 22, 25, 30])
    year = wage * hrs * 52
    text = pick(rng, f"${float(wage):.2f} an hour, {hrs} hrs a week, 52 weeks — what's that a year? then what's left after {tax}% tax?",
                f"Annual salary for {hrs} hours/week at {float(wage):.2f}/hr (52 weeks), and then take {tax}% tax off it")
    return text, [money(year), split(year, 1, F(100 - tax, 100))]


@fam
def room_feet_to_carpet(rng):
    a, b = rng.randint(8, 24), rng.randint(8, 24)
    price = F(rng.randrange(1500, 6000, 50), 100)
    m2 = a * b * F("0.0929")
    text = pick(rng, f"my room is {a} ft by {b} ft. area in square metres (1 sq ft = 0.0929 m², 2 dp)? then carpet cost at €{float(price):.2f} per m²",
                f"{a}x{b} feet room -> m² using 0.0929, then how much is carpet at {float(price):.2f} euros a square metre?")
    return text, [num(m2, 2), money(m2 * price) + money(r(m2) * price)]


@fam
def recipe_scale_to_cups(rng):
    serves, want = rng.choice([(4, 6), (4, 10), (6, 9), (2, 5), (8, 12), (6, 4)])
    g = rng.randrange(150, 600, 25)
    gpc = rng.choice([120, 125, 200])
    need = F(g * want, serves)
    ing = {120: "flour", 125: "flour", 200: "sugar"}[gpc]
    text = pick(rng, f"Recipe for {serves} uses {g} g {ing}. How much for {want} people, and how many cups is that at {gpc} g per cup (2 dp)?",
                f"scaling my {serves}-serving recipe to {want}: {g}g of {ing} becomes what? then convert to cups ({gpc} g/cup)")
    return text, [num(need, 1) + num(need, 0), num(need / gpc, 2)]


@fam
def drive_fuel_split(rng):
    km = rng.randint(80, 900)
    cons = F(rng.randrange(45, 110), 10)
    price = F(rng.randrange(150, 210), 100)
    people = rng.randint(2, 5)
    lit = km * cons / 100
    cost = lit * price
    text = pick(rng, f"Road trip of {km} km, car uses {dec(cons)} L/100km. How many litres? At ${float(price):.2f}/L what's the fuel cost (from the unrounded litres), and split {people} ways?",
                f"{km} km at {dec(cons)} L per 100 km -> litres, then cost at {float(price):.2f} a litre (unrounded litres), then each of {people} people's share")
    return text, [num(lit, 2) + num(lit, 1), money(cost), split(cost, people)]


@fam
def run_pace_finish_time(rng):
    mi = rng.choice([3, 4, 5, 6, 8, 10, 13])
    pm, ps = rng.randint(7, 12), rng.choice([0, 15, 30, 45])
    start = rng.randrange(6 * 60, 9 * 60, 5)
    tot = mi * (pm * 60 + ps)
    if tot % 60:
        raise Redraw
    text = pick(rng, f"If I run {mi} miles at {pm}:{ps:02d} per mile, how long will it take, and if I start at {ampm(start)} when do I finish?",
                f"{mi} mi at a {pm}:{ps:02d}/mile pace — total time? starting {hm(start)}, finish time?")
    return text, [span(tot // 60), clock(start + tot // 60)]


@fam
def oven_offset(rng):
    c = rng.choice([160, 170, 180, 190, 200, 220, 230])
    off = rng.choice([10, 15, 20, 25])
    hot = rng.choice([True, False])
    f = F(c) * 9 / 5 + 32
    text = pick(rng, f"Recipe says {c}°C. What's that in °F, and my oven runs {off}°F {'hot' if hot else 'cold'}, so what should I set it to in °F?",
                f"convert {c} C to F, then adjust for an oven that's {off} degrees F too {'hot' if hot else 'cool'} — what setting?")
    return text, [num(f, 1) + num(f, 0), num(f - off if hot else f + off, 1) + num(f - off if hot else f + off, 0)]


@fam
def mph_to_kmh_distance(rng):
    mph = rng.choice([25, 30, 45, 50, 55, 60, 65, 70, 75])
    hrs = F(rng.choice([5, 6, 7, 9, 10, 15]), 4)
    kmh = mph * F("1.609")
    text = pick(rng, f"What's {mph} mph in km/h (1 mile = 1.609 km)? And how many km do I cover in {dec(hrs)} hours at that speed?",
                f"{mph} miles per hour -> km/h (x1.609). then distance in km after {dec(hrs)} h")
    return text, [soft(kmh, 2, 1), list(dict.fromkeys(soft(kmh * hrs, 2, 1) + soft(r(kmh) * hrs, 2, 1) + soft(r(kmh, 1) * hrs, 2, 1)))]


@fam
def compound_what_if(rng):
    p, y = rng.randrange(1000, 25000, 500), rng.randint(3, 15)
    r1 = rng.choice([3, 4, 5])
    r2 = r1 + rng.choice([1, 2])
    text = pick(rng, f"${p:,} at {r1}% compounded yearly for {y} years — final amount? and what if the rate was {r2}%?",
                f"How much will {p} dollars grow to in {y} years at {r1}% annual compound interest? And at {r2}% instead?")
    return text, [money(p * (1 + F(r1, 100)) ** y), money(p * (1 + F(r2, 100)) ** y)]


@fam
def dog_dose_and_lb(rng):
    kg = F(rng.randrange(30, 450), 10)
    mgkg = rng.choice([2, 5, 10])
    tab = rng.choice([25, 50, 100])
    dose = kg * mgkg
    text = pick(rng, f"My dog is {dec(kg)} kg. Vet says {mgkg} mg per kg — how many mg, and how many {tab} mg tablets is that (2 dp)? Also his weight in lb (2.2046 lb/kg, 1 dp).",
                f"{mgkg} mg/kg for a {dec(kg)} kg dog: dose in mg, number of {tab} mg tablets (2 decimals), and the dog's weight in pounds at 2.2046")
    return text, [num(dose, 1) + num(dose, 2), num(dose / tab, 2), num(kg * F("2.2046"), 1)]


@fam
def heater_kwh_cost_month(rng):
    w = rng.choice([500, 750, 1000, 1500, 2000, 2500])
    hrs = F(rng.choice([3, 4, 5, 6, 7, 8, 10, 12]), 2)
    price = F(rng.randrange(12, 40), 100)
    kwh = F(w, 1000) * hrs
    text = pick(rng, f"A {w} W heater runs {dec(hrs)} hours a day. kWh per day, cost per day at ${float(price):.2f}/kWh, and cost for 30 days?",
                f"{w}W for {dec(hrs)}h daily: energy in kWh? daily cost at {int(price * 100)} cents per kWh? and over a 30-day month?")
    return text, [num(kwh, 2) + num(kwh, 1) + [f"{dec(kwh)} kWh"], money(kwh * price), money(kwh * price * 30) + money(r(kwh * price) * 30)]


@fam
def download_time_and_fit(rng):
    gb = F(rng.randrange(5, 500), 10)
    mbps = rng.choice([10, 25, 50, 100, 200])
    drive = rng.choice([32, 64, 128, 256])
    secs = gb * 8000 / mbps
    text = pick(rng, f"How long to download a {dec(gb)} GB file at {mbps} Mbps (1 GB = 8000 megabits)? in minutes, 2 dp. And how many whole files that size fit on a {drive} GB drive?",
                f"{dec(gb)}GB at {mbps} Mbit/s — download time in minutes (8000 Mb per GB, 2 decimals)? plus how many of those files fit on {drive} GB")
    n = math.floor(drive / gb)
    if n == 0 or drive / gb == n:
        raise Redraw
    return text, [[f"{v} minutes" for v in num(secs / 60, 2)] + [f"{v} min" for v in num(secs / 60, 2)], [f"{n} files", f"{n} whole files", f"{n} of them", f"{n:,} files"]]


@fam
def weekday_and_discount(rng):
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    p, price = rng.choice([15, 20, 25, 30, 35, 40]), rng.randrange(20, 400, 5)
    text = pick(rng, f"What day of the week is {d.day} {MONTHS[d.month - 1]} 2026? And what's {p}% off ${price}?",
                f"two things — {MONTHS[d.month - 1]} {d.day}, 2026 falls on which weekday, and the sale price of a ${price} item at {p}% off")
    return text, [[WEEKDAYS[d.weekday()]], money(F(price * (100 - p), 100))]


@fam
def tiles_boxes_cost(rng):
    w, ln = F(rng.randrange(15, 60), 10), F(rng.randrange(15, 60), 10)
    t = rng.choice([20, 25, 30, 40, 50])
    box = rng.choice([8, 10, 12])
    price = F(rng.randrange(1500, 6000, 100), 100)
    across, down = math.ceil(w * 100 / t), math.ceil(ln * 100 / t)
    n = across * down
    boxes = math.ceil(F(n, box))
    text = pick(rng, f"Tiling a {dec(w)} m x {dec(ln)} m floor with {t} cm square tiles laid in a grid (count a cut tile as a whole one). How many tiles? Boxes of {box}? Cost at ${float(price):.2f} a box?",
                f"floor {dec(w)}m by {dec(ln)}m, {t}x{t} cm tiles in a grid, partial tiles count as whole: tiles needed, boxes ({box} per box) and total cost at {float(price):.2f} per box")
    return text, [[f"{n} tiles", f"{n:,} tiles"], [f"{boxes} boxes", f"{boxes} box"], money(boxes * price)]


@fam
def marathon_miles_pace(rng):
    km = rng.choice([F("42.195"), F("21.0975"), F(10), F(5)])
    lo = {F("42.195"): 180, F("21.0975"): 85, F(10): 40, F(5): 20}[km]
    h, m = divmod(rng.randrange(lo, lo * 2, 5), 60)
    mi = km / F("1.609")
    secs = (h * 60 + m) * 60
    pace = secs / mi
    if not 240 < pace < 1200:
        raise Redraw
    pm, ps = divmod(int(pace + F(1, 2)), 60)
    name = {F("42.195"): "a marathon (42.195 km)", F("21.0975"): "a half marathon (21.0975 km)", F(10): "a 10k", F(5): "a 5k"}[km]
    text = pick(rng, f"How many miles is {name}, using 1 mile = 1.609 km (2 dp)? And what pace per mile do I need to finish in {h}:{m:02d}:00 (nearest second)?",
                f"distance of {name} in miles (divide by 1.609) and the per-mile pace for a {h}h{m:02d} finish, min:sec")
    if abs(pace - int(pace) - F(1, 2)) < F(1, 20):
        raise Redraw
    return text, [num(mi, 2), [f"{pm}:{ps:02d}"]]


@fam
def quadratic_and_cups(rng):
    r1, r2 = sorted(rng.sample([-8, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7, 9], 2))
    p = poly(-(r1 + r2), r1 * r2)
    cups = F(rng.choice([1, 2, 3, 5, 6, 7, 10]), 2)
    text = pick(rng, f"solve {p} = 0. unrelated, how many ml is {dec(cups)} cups (1 cup = 236.6 ml)?",
                f"Roots of {p} = 0? Also converting {dec(cups)} US cups to millilitres at 236.6 ml per cup.")
    return text, [root(r1), root(r2), num(cups * F("236.6"), 1) + num(cups * F("236.6"), 0)]


@fam
def groceries_year_euros(rng):
    week = F(rng.randrange(4000, 25000, 50), 100)
    rate = F(rng.choice(["0.92", "0.86", "0.91"]))
    text = pick(rng, f"I spend ${float(week):.2f} a week on groceries. What's that over a year (52 weeks), and in euros at 1 USD = {dec(rate)} EUR?",
                f"weekly food shop {float(week):.2f} dollars -> yearly total (52 wks) -> converted to EUR at {dec(rate)}")
    return text, [money(week * 52), split(week * 52, 1, rate)]


@fam
def lost_lb_percent(rng):
    start = F(rng.randrange(600, 1400), 10)
    lb = rng.randint(3, 30)
    kg = lb * F("0.4536")
    text = pick(rng, f"I've lost {lb} lb. How many kg is that (1 lb = 0.4536 kg, 2 dp), and what percent of my starting weight of {dec(start)} kg (1 dp)?",
                f"{lb} pounds lost -> kilos (0.4536)? and as a % of {dec(start)} kg starting weight, one decimal")
    return text, [num(kg, 2), pct(kg / start * 100, 1)]


@fam
def paint_coats_tins(rng):
    area = rng.randint(15, 90)
    coats = rng.choice([2, 3])
    cover = rng.choice([10, 12, 14])
    tin = F(rng.choice([25, 5, 10]), 10 if rng.random() < 0.5 else 1)
    lit = F(area * coats, cover)
    tins = math.ceil(lit / tin)
    if lit / tin == tins:
        raise Redraw
    text = pick(rng, f"{coats} coats on {area} m² of wall, paint covers {cover} m² per litre. How many litres (2 dp), and how many {dec(tin)} L tins?",
                f"litres of paint for {area} m2, {coats} coats, {cover} m2/L coverage? then number of {dec(tin)}-litre tins to buy")
    return text, [num(lit, 2), [f"{tins} tins", f"{tins} tin"]]


@fam
def sqrt_and_time_between(rng):
    n = rng.randint(2, 300)
    if math.isqrt(n) ** 2 == n:
        raise Redraw
    a = rng.randrange(6 * 60, 12 * 60, 5)
    b = rng.randrange(13 * 60, 22 * 60, 5)
    s = math.sqrt(n)
    if abs(s * 100 - math.floor(s * 100) - 0.5) < 0.02:
        raise Redraw
    text = pick(rng, f"√{n} to 2 decimal places? and how long is it from {ampm(a)} to {ampm(b)}?",
                f"what's the square root of {n} (2 dp), and the time between {hm(a)} and {hm(b)}")
    return text, [[f"{s:.2f}"], span(b - a)]


@fam
def bmi_and_sale(rng):
    kg, m = rng.randint(45, 125), F(rng.randrange(150, 200), 100)
    p, price = rng.choice([10, 15, 20, 25, 30, 40]), F(rng.randrange(1000, 20000, 5), 100)
    b = kg / m**2
    text = pick(rng, f"bmi for {kg} kg and {dec(m)} m? also {p}% off ${float(price):.2f} is how much?",
                f"Two unrelated: what's the sale price of a ${float(price):.2f} coat at {p}% off, and my BMI at {kg} kg, {dec(m)} m tall?")
    return text, [num(b, 2) + num(b, 1), money(price * (100 - p) / 100)]


@fam
def median_and_feet(rng):
    vals = [rng.randint(10, 99) for _ in range(rng.choice([6, 8]))]
    ft = rng.randint(3, 40)
    s = sorted(vals)
    med = F(s[len(s) // 2 - 1] + s[len(s) // 2], 2)
    if med in vals:
        raise Redraw
    text = pick(rng, f"median of {', '.join(map(str, vals))}? and {ft} feet in metres (1 ft = 0.3048 m)",
                f"What's {ft} ft in metres (0.3048 m per foot) and the median of {' '.join(map(str, vals))}?")
    return text, [num(med, 1) + num(med, 2), num(ft * F("0.3048"), 4) + num(ft * F("0.3048"), 2)]


@fam
def seconds_and_square(rng):
    h = F(rng.randrange(3, 40), 4)
    n = rng.randint(13, 99)
    text = pick(rng, f"how many seconds in {dec(h)} hours, and what's {n} squared?",
                f"{n}^2 = ? and {dec(h)} hours expressed in seconds")
    return text, [[f"{v} seconds" for v in num(h * 3600, 0)] + [f"{v} s" for v in num(h * 3600, 0)] + [f"{v}s" for v in num(h * 3600, 0)], [str(n * n), f"{n * n:,}"]]


@fam
def loan_interest_then_monthly(rng):
    p = rng.randrange(2000, 30000, 500)
    rate = rng.choice([3, 4, 5, 6, 8, 9])
    y = rng.randint(2, 6)
    tot = p + p * F(rate, 100) * y
    text = pick(rng, f"Borrowing ${p:,} at {rate}% simple interest for {y} years. Total to repay, and the monthly payment over {y * 12} months?",
                f"simple interest loan: {p} dollars, {rate}% a year, {y} yrs. what do I pay back in total and per month ({y * 12} equal payments)?")
    return text, [money(tot), money(tot / (y * 12))]


@fam
def inches_rain_volume(rng):
    inch = F(rng.randrange(5, 40), 10)
    roof = rng.randint(40, 200)
    mm = inch * F("25.4")
    lit = mm * roof
    text = pick(rng, f"We got {dec(inch)} inches of rain. What's that in mm (25.4 mm/in), and how many litres fell on my {roof} m² roof (1 mm on 1 m² = 1 L)?",
                f"{dec(inch)} in of rain -> millimetres, then litres collected off a {roof} square metre roof (1 L per mm per m²)")
    return text, [num(mm, 2) + num(mm, 1), num(lit, 1) + num(lit, 0)]


@fam
def pct_change_then_price(rng):
    old = F(rng.randrange(100, 900, 5), 100)
    new = old + F(rng.randrange(5, 80, 5), 100)
    qty = rng.randint(3, 20)
    text = pick(rng, f"Coffee went from ${float(old):.2f} to ${float(new):.2f}. What's the % increase (1 dp), and how much more will I spend buying {qty} a week?",
                f"price rose {float(old):.2f} -> {float(new):.2f}: percent increase (1 dp)? and the extra weekly cost for {qty} cups")
    return text, [pct((new - old) / old * 100, 1), money((new - old) * qty)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    km_miles_walk_time, weight_then_ten_percent, wage_annual_after_tax, room_feet_to_carpet,
    recipe_scale_to_cups, drive_fuel_split, run_pace_finish_time, oven_offset,
    mph_to_kmh_distance, compound_what_if, dog_dose_and_lb, heater_kwh_cost_month,
    download_time_and_fit, weekday_and_discount, tiles_boxes_cost, marathon_miles_pace,
    quadratic_and_cups, groceries_year_euros, lost_lb_percent, paint_coats_tins,
    sqrt_and_time_between, bmi_and_sale, median_and_feet, seconds_and_square,
    loan_interest_then_monthly, inches_rain_volume, pct_change_then_price)]
