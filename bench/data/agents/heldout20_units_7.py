"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 7: work rates, water
use, reading, saving and other durations."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import (
    Made,
    R,
    family,
    grid,
    hm,
    pick,
    show,
    word,
)
from bench.data.agents.heldout20_units_3 import mins
from bench.data.agents.helpers import Family


@family
def meeting_time_towards(rng: random.Random) -> Made:
    d = rng.randint(50, 600)
    v1, v2 = rng.randint(40, 120), rng.randint(40, 120)
    m = mins(F(d * 60, v1 + v2))
    t = pick(
        rng,
        "Two cars start {d} km apart and drive towards each other at {a} and {b} km/h. How long "
        "until they meet? nearest minute",
        "{d} km between us, I drive {a} km/h and you drive {b} km/h toward me — when do we meet (h "
        "and min, nearest minute)?",
    )
    return t.format(d=d, a=v1, b=v2), [hm(m)]


@family
def flow_rate_lpm_to_gph(rng: random.Random) -> Made:
    q = grid(rng, 2, 60, 0.5)
    t = pick(
        rng,
        "Pump moves {q} L/min. How many US gallons per hour? 1 gal = 3.785 L, 1 decimal",
        "{q} litres per minute in gallons per hour (US, 3.785 L each)? one dp",
    )
    return t.format(q=show(q)), [R(q * 60 / F("3.785"), 1)]


@family
def shower_water_use(rng: random.Random) -> Made:
    lpm = grid(rng, 6, 15, 0.5)
    m = rng.randint(4, 20)
    days = rng.choice([7, 30, 365])
    per = {7: "a week", 30: "30 days", 365: "a year (365 days)"}[days]
    t = pick(
        rng,
        "My shower uses {q} L/min and I shower {m} minutes every day. How many litres in {p}?",
        "{m} min showers daily, {q} litres per minute, total water over {p}?",
    )
    return t.format(q=show(lpm), m=m, p=per), [R(lpm * m * days, 0)]


@family
def printing_time(rng: random.Random) -> Made:
    pages = rng.randint(30, 900)
    ppm = rng.choice([12, 15, 18, 20, 25, 30, 35, 40])
    m = mins(F(pages, ppm))
    t = pick(
        rng,
        "Printer does {p} pages per minute. How long to print {n} pages? nearest minute",
        "{n} pages at {p} ppm - time? nearest minute",
    )
    return t.format(p=ppm, n=pages), [hm(m) + R(m, 0)]


@family
def reading_time_book(rng: random.Random) -> Made:
    pages = rng.randint(120, 900)
    wpp = rng.choice([250, 275, 300, 350])
    wpm = rng.choice([180, 200, 220, 238, 250, 300])
    m = mins(F(pages * wpp, wpm))
    t = pick(
        rng,
        "Book is {p} pages, about {w} words a page, I read {r} words per minute. How long to "
        "finish? nearest minute, in hours and minutes",
        "{p} pages x {w} words/page at {r} wpm — reading time (h:mm, nearest minute)?",
    )
    return t.format(p=pages, w=wpp, r=wpm), [hm(m)]


@family
def hours_to_save_up(rng: random.Random) -> Made:
    cost = rng.randint(80, 2500)
    wage = grid(rng, 9, 35, 0.25)
    h = cost / wage
    t = pick(
        rng,
        "I earn ${w}/hour. How many hours to earn ${c}? 1 decimal",
        "How many hours of work at {w} an hour to pay for a {c} phone? one dp",
    )
    return t.format(w=show(wage), c=cost), [R(h, 1)]


@family
def days_until_supply_runs_out(rng: random.Random) -> Made:
    total = rng.randint(200, 5000)
    per = rng.randint(15, 400)
    d = total // per
    t = pick(
        rng,
        "A {t} g bag of dog food, the dog eats {p} g a day. How many full days does it last?",
        "{t} ml of shampoo, I use {p} ml per day. Number of full days it lasts?",
        "We have {t} sheets of paper and print {p} per day - how many whole days will it last?",
    )
    return t.format(t=total, p=per), [R(d, 0)]


@family
def conveyor_items_per_hour(rng: random.Random) -> Made:
    sec = rng.choice([2, 3, 4, 5, 6, 8, 9, 12, 15, 18, 20, 24, 25, 36, 40, 45])
    shift = grid(rng, 4, 12, 0.5)
    n = shift * 3600 / sec
    t = pick(
        rng,
        "One item every {s} seconds. How many items in a {h}-hour shift?",
        "machine makes a part each {s} s, how many parts over {h} hours?",
    )
    return t.format(s=sec, h=show(shift)), [R(n, 0)]


@family
def heart_beats_in_time(rng: random.Random) -> Made:
    bpm = rng.randint(50, 100)
    h = rng.choice([1, 2, 8, 24])
    t = pick(
        rng,
        "If my resting heart rate is {b} bpm, how many beats in {h} hour(s)?",
        "{b} beats per minute for {h} h — total beats?",
    )
    return t.format(b=bpm, h=h), [R(bpm * 60 * h, 0)]


@family
def dripping_iv_rate(rng: random.Random) -> Made:
    ml = rng.choice([250, 500, 1000])
    h = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
    df = rng.choice([10, 15, 20, 60])
    gtt = F(ml * df, h * 60)
    t = pick(
        rng,
        "IV: {m} mL over {h} hours with a {d} drops/mL set. Drip rate in drops per minute? nearest "
        "whole",
        "{m} ml to run over {h} h, drop factor {d} gtt/mL. gtt/min? round to whole",
    )
    return t.format(m=ml, h=h, d=df), [R(gtt, 0)]


@family
def time_to_double_steps(rng: random.Random) -> Made:
    now = rng.randint(3000, 8000)
    add = rng.randint(200, 1500)
    goal = now + add * rng.randint(3, 15) + rng.randint(1, add - 1)
    w = -(-(goal - now) // add)
    t = pick(
        rng,
        "I walk {n} steps a day now and add {a} more each week. After how many weeks will I first "
        "hit {g} a day?",
        "Currently {n} steps/day, increasing by {a} every week. how many weeks until I reach at "
        "least {g}?",
    )
    return t.format(n=now, a=add, g=goal), [R(w, 0)]


@family
def elevator_time(rng: random.Random) -> Made:
    floors = rng.randint(5, 80)
    h = grid(rng, 2.8, 4.2, 0.1)
    v = grid(rng, 1, 6, 0.5)
    t = pick(
        rng,
        "Elevator climbs {f} floors, each {h} m high, at {v} m/s. How many seconds? 1 decimal",
        "{f} floors x {h} m per floor at {v} metres per second - time in s (1 dp)?",
    )
    return t.format(f=floors, h=show(h), v=show(v)), [R(floors * h / v, 1)]


@family
def data_plan_days(rng: random.Random) -> Made:
    gb = rng.choice([2, 5, 10, 15, 20, 30, 50])
    mb = rng.randint(80, 1500)
    d = gb * 1000 // mb
    t = pick(
        rng,
        "My plan has {g} GB a month and I use about {m} MB a day. How many full days before it "
        "runs out? (1 GB = 1000 MB)",
        "{g}GB data, {m}MB per day usage, full days it lasts (1000 MB/GB)?",
    )
    return t.format(g=gb, m=mb), [R(d, 0)]


@family
def video_storage_per_hour(rng: random.Random) -> Made:
    mbps = grid(rng, 1, 50, 0.5)
    h = grid(rng, 0.5, 10, 0.5)
    gb = mbps * h * 3600 / 8 / 1000
    t = pick(
        rng,
        "A camera records at {b} Mbps. How many GB for {h} hours of footage? (1 GB = 1000 MB, 8 "
        "bits/byte, 2 decimals)",
        "{h} h of video at {b} megabits per second is how many gigabytes? two dp, 1000 MB per GB",
    )
    return t.format(b=show(mbps), h=show(h)), [R(gb, 2)]


@family
def commute_time_per_year(rng: random.Random) -> Made:
    m = rng.randint(10, 90)
    d = rng.choice([3, 4, 5])
    w = rng.choice([44, 46, 48])
    t = pick(
        rng,
        "My commute is {m} minutes each way, {d} days a week, {w} weeks a year. How many hours a "
        "year is that?",
        "{m} min each way, {d} office days/week, {w} working weeks — total hours commuting per "
        "year? 1 decimal",
    )
    return t.format(m=m, d=word(rng, d), w=w), [R(F(m * 2 * d * w, 60), 1)]


@family
def stopwatch_lap_average(rng: random.Random) -> Made:
    n = rng.randint(4, 12)
    tot = rng.randint(n * 60, n * 120)
    avg = F(tot, n)
    t = pick(
        rng,
        "Swam {n} laps in {m}:{s:02d}. Average seconds per lap? 1 decimal",
        "{n} laps took {m} min {s} s total, mean lap time in seconds (one dp)?",
    )
    return t.format(n=n, m=tot // 60, s=tot % 60), [R(avg, 1)]


@family
def treadmill_calorie_time_needed(rng: random.Random) -> Made:
    target = rng.randint(150, 900)
    rate = grid(rng, 6, 15, 0.5)
    m = mins(target / rate)
    t = pick(
        rng,
        "At {r} kcal per minute, how many minutes to burn {k} kcal? nearest minute",
        "burning {r} calories a minute, time needed for {k} calories? nearest minute",
    )
    return t.format(r=show(rate), k=target), [R(m, 0) + hm(m)]


@family
def sunlight_travel_time(rng: random.Random) -> Made:
    km = rng.randint(50, 400) * 10**6
    c = 299792
    s = F(km, c)
    t = pick(
        rng,
        "How many seconds does light take to travel {d} million km? c = 299,792 km/s, 1 decimal",
        "light from {d} million kilometres away, at 299792 km/s, arrives after how many seconds? "
        "one dp",
    )
    return t.format(d=km // 10**6), [R(s, 1)]


@family
def baking_batches_time(rng: random.Random) -> Made:
    n = rng.randint(20, 150)
    per = rng.choice([6, 8, 9, 12, 16, 20, 24])
    bake = rng.randint(8, 30)
    b = -(-n // per)
    t = pick(
        rng,
        "I need {n} cookies, my tray fits {p} and each batch bakes {b} minutes (one tray at a "
        "time). Total baking minutes?",
        "{n} muffins, {p} per tray, {b} min per tray, only one tray in the oven at once. how long "
        "in total (min)?",
    )
    return t.format(n=n, p=per, b=bake), [R(b * bake, 0) + hm(b * bake)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        meeting_time_towards,
        flow_rate_lpm_to_gph,
        shower_water_use,
        printing_time,
        reading_time_book,
        hours_to_save_up,
        days_until_supply_runs_out,
        conveyor_items_per_hour,
        heart_beats_in_time,
        dripping_iv_rate,
        time_to_double_steps,
        elevator_time,
        data_plan_days,
        video_storage_per_hour,
        commute_time_per_year,
        stopwatch_lap_average,
        treadmill_calorie_time_needed,
        sunlight_travel_time,
        baking_batches_time,
    )
]
