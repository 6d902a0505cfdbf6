"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 5: rates and durations.
"""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout19_units import (
    F,
    clock,
    family,
    forms,
    hm,
    money,
    num,
    pick,
    rnd,
    show_clock,
)
from bench.data.agents.helpers import Family


@family
def travel_time_minutes(rng: random.Random) -> Any:
    d, v = rnd(rng, 5, 400, 1), rnd(rng, 30, 120, 5)
    text = pick(rng, "How many minutes to drive {d} km at {v} km/h? round to the nearest minute",
                "{d} miles at {v} mph takes how long in minutes (nearest minute)?",
                "if I average {v} km/h, how long (in minutes) for {d} km? whole minutes",
                d=num(d), v=num(v))
    return text, forms(d / v * 60, 0)


@family
def arrival_time(rng: random.Random) -> Any:
    start = rng.randint(5 * 60, 20 * 60)
    d, v = rnd(rng, 20, 500, 5), rnd(rng, 40, 110, 10)
    mins = d / v * 60
    if mins.denominator != 1:
        return None
    twelve = rng.random() < 0.5
    text = pick(rng, "I leave at {t} and drive {d} km at an average of {v} km/h. When do I arrive?",
                "Leaving {t}, {d} km to go at {v} km/h average. What time will we get there?",
                t=show_clock(start, twelve), d=num(d), v=num(v))
    return text, clock(start + int(mins))


@family
def running_pace_per_km(rng: random.Random) -> Any:
    dist = rng.choice([F(5), F(10), F("21.1"), F(8), F(12), F(15), F(3), F("42.2")])
    total = rng.randint(int(dist * 240), int(dist * 420))
    pace = F(total, 1) / dist
    sec = round(pace)
    if abs(pace - sec) > F(2, 5):
        return None
    m, s = divmod(sec, 60)
    h, rest = divmod(total, 3600)
    tm, ts = divmod(rest, 60)
    shown = f"{h}:{tm:02d}:{ts:02d}" if h else f"{tm}:{ts:02d}"
    text = pick(rng, "I ran {d} km in {t}. What was my pace per km (min:sec, nearest second)?",
                "{d}k in {t} - what's that pace in min/km? round to the second",
                d=num(dist), t=shown)
    return text, [f"{m}:{s:02d}", f"{m}m{s}s", f"{m}min{s}s", f"{m}minutes{s}seconds",
                  f"{m}minutesand{s}seconds", f"{m}min{s}sec"]


@family
def finish_time_from_pace(rng: random.Random) -> Any:
    pm, ps = rng.randint(4, 7), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    dist = rng.choice([5, 10, 21, 8, 12, 15, 6, 7])
    total = (pm * 60 + ps) * dist
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    text = pick(rng, "At {pm}:{ps:02d} per km, how long will a {d} km run take?",
                "if I hold {pm}:{ps:02d}/km pace for {d}k what's my finish time?",
                pm=pm, ps=ps, d=dist)
    ans = [f"{h}:{m:02d}:{s:02d}"] if h else [f"{m}:{s:02d}", f"0:{m:02d}:{s:02d}"]
    if h:
        ans += [f"{h}h{m}m{s}s", f"{h}h{m}min{s}s", f"{h}hour{m}minutes{s}seconds"]
    else:
        ans += [f"{m}m{s}s", f"{m}min{s}s", f"{m}minutes{s}seconds", f"{m}minutesand{s}seconds"]
    return text, ans


@family
def pace_mile_to_km(rng: random.Random) -> Any:
    m, s = rng.randint(6, 13), rng.randint(0, 59)
    per_km = F(m * 60 + s) / F("1.609")
    sec = round(per_km)
    if abs(per_km - sec) > F(2, 5):
        return None
    a, b = divmod(sec, 60)
    text = pick(rng, "My pace is {m}:{s:02d} per mile. What is it per km? (1 mile = 1.609 km), "
                "nearest second",
                "convert {m}:{s:02d} min/mile to min/km using 1.609 km per mile, nearest sec",
                m=m, s=s)
    return text, [f"{a}:{b:02d}", f"{a}m{b}s", f"{a}min{b}s", f"{a}minutes{b}seconds",
                  f"{a}min{b}sec"]


@family
def download_time(rng: random.Random) -> Any:
    gb = rnd(rng, 1, 150, "0.5")
    mbps = rng.choice([25, 50, 80, 100, 150, 200, 300, 500])
    text = pick(rng, "How long to download a {g} GB game on {m} Mbps internet? (1 GB = 8000 "
                "megabits) answer in minutes, 1 decimal",
                "{g}GB file at {m} Mbit/s - minutes to download? 1 GB = 8,000 Mb, 1 dp",
                g=num(gb), m=mbps)
    return text, forms(gb * 8000 / mbps / 60, 1)


@family
def upload_speed_needed(rng: random.Random) -> Any:
    mb = rnd(rng, 100, 5000, 50)
    mins = rng.randint(2, 30)
    text = pick(rng, "I need to upload {m} MB in {t} minutes. What speed in Mbps do I need? "
                "(8 bits per byte) 2 decimals",
                "to send {m} megabytes in {t} min, how many megabits per second? 2 dp",
                m=num(mb), t=mins)
    return text, forms(mb * 8 / (mins * 60), 2)


@family
def phone_charging_time(rng: random.Random) -> Any:
    cap = rnd(rng, 2500, 5500, 100)
    now, target = rng.randint(5, 50), rng.choice([80, 90, 100])
    rate = rnd(rng, 800, 3000, 100)
    text = pick(rng, "My phone battery is {c} mAh, at {n}%. Charging adds {r} mAh per hour. How "
                "many minutes to reach {t}%? nearest minute",
                "battery {c}mAh, currently {n}%, charger puts in {r} mAh/h - minutes until {t}%?"
                " (whole minutes)", c=num(cap), n=now, r=num(rate), t=target)
    return text, forms(cap * (target - now) / 100 / rate * 60, 0)


@family
def ev_charging_time(rng: random.Random) -> Any:
    kwh = rnd(rng, 40, 100, 1)
    frm, to = rng.randint(5, 40), rng.choice([80, 90, 100])
    kw = rng.choice([F("7.4"), F(11), F(22), F(50), F("3.7")])
    text = pick(rng, "EV with a {k} kWh battery, charging from {a}% to {b}% on a {w} kW charger "
                "(no losses). How many hours? 2 decimals",
                "how long (hours, 2 dp) to charge my {k}kWh car from {a} to {b} percent at {w}kW?",
                k=num(kwh), a=frm, b=to, w=num(kw))
    return text, forms(kwh * (to - frm) / 100 / kw, 2)


@family
def tank_fill_time(rng: random.Random) -> Any:
    litres = rnd(rng, 50, 5000, 10)
    flow = rnd(rng, 5, 60, "0.5")
    text = pick(rng, "A {l} L tank fills at {f} litres per minute. How many minutes to "
                     "fill? 1 decimal",
                "hose gives {f} L/min, how long in minutes to fill a {l}-litre water butt? 1 dp",
                l=num(litres), f=num(flow))
    return text, forms(litres / flow, 1)


@family
def pool_fill_hours(rng: random.Random) -> Any:
    a, b, d = rnd(rng, 3, 12, "0.5"), rnd(rng, 2, 6, "0.5"), rnd(rng, "0.5", "1.5", "0.1")
    flow = rnd(rng, 10, 40, 1)
    text = pick(rng, "Kiddie pool {a} m x {b} m filled to {d} m. Hose does {f} L/min. "
                     "Hours to fill? "
                "2 decimals",
                "how many hours to fill a {a}m by {b}m pool to a depth of {d}m at {f} litres a "
                "minute? 2 dp", a=num(a), b=num(b), d=num(d), f=num(flow))
    return text, forms(a * b * d * 1000 / flow / 60, 2)


@family
def leak_water_per_year(rng: random.Random) -> Any:
    drips = rng.randint(10, 90)
    ml = rng.choice([F("0.05"), F("0.1"), F("0.25"), F("0.2")])
    text = pick(rng, "A tap drips {d} times a minute, {m} mL per drip. How many litres a year? "
                "(365 days) 1 decimal",
                "leaky faucet: {d} drips/min, each {m} ml. litres wasted per 365-day year, 1 dp?",
                d=drips, m=num(ml))
    return text, forms(drips * ml * 60 * 24 * 365 / 1000, 1)


@family
def reading_time(rng: random.Random) -> Any:
    pages = rng.randint(120, 900)
    words = rng.choice([250, 300, 350, 280, 320])
    wpm = rng.choice([180, 200, 220, 250, 300])
    text = pick(rng, "A {p}-page book with about {w} words a page - at {r} words per minute, how "
                "many hours to read it? 1 decimal",
                "how long (hours, 1 dp) to finish {p} pages x {w} words at {r} wpm?",
                p=pages, w=words, r=wpm)
    return text, forms(F(pages * words, wpm * 60), 1)


@family
def audiobook_speed(rng: random.Random) -> Any:
    h, m = rng.randint(3, 30), rng.randint(1, 59)
    speed = rng.choice([F("1.25"), F("1.5"), F("1.75"), F(2), F("1.2")])
    total = F(h * 60 + m) / speed
    text = pick(rng, "Audiobook is {h} h {m} min. At {s}x speed, how many minutes will it take? "
                "nearest minute",
                "listening at {s}x to a {h}h{m}m book = how long in minutes (round)?",
                h=h, m=m, s=num(speed))
    return text, forms(total, 0)


@family
def average_speed_two_legs(rng: random.Random) -> Any:
    d1, v1 = rnd(rng, 10, 200, 5), rnd(rng, 30, 120, 10)
    d2, v2 = rnd(rng, 10, 200, 5), rnd(rng, 30, 120, 10)
    text = pick(rng, "I drove {a} km at {x} km/h then {b} km at {y} km/h. Average speed for the "
                "whole trip? 2 decimals",
                "trip: {a} km @ {x} kph, then {b} km @ {y} kph. overall avg speed in km/h, 2 dp?",
                a=num(d1), x=num(v1), b=num(d2), y=num(v2))
    if v1 == v2:
        return None
    return text, forms((d1 + d2) / (d1 / v1 + d2 / v2), 2)


@family
def speed_from_distance_time(rng: random.Random) -> Any:
    d = rnd(rng, 2, 300, "0.5")
    h, m = rng.randint(0, 4), rng.randint(5, 59)
    text = pick(rng, "I cycled {d} km in {h} h {m} min. What was my average speed in "
                     "km/h? 2 decimals",
                "{d} km took me {h}h{m}m - avg speed kph (2 dp)?", d=num(d), h=h, m=m)
    return text, forms(d / (h + F(m, 60)), 2)


@family
def trip_fuel_needed(rng: random.Random) -> Any:
    d = rnd(rng, 30, 1500, 10)
    cons = rnd(rng, 4, 12, "0.1")
    text = pick(rng, "My car uses {c} L/100 km. How many litres for a {d} km trip? 1 decimal",
                "fuel needed for {d} km at {c} litres per 100km? (1 dp)", c=num(cons), d=num(d))
    return text, forms(d * cons / 100, 1)


@family
def trip_fuel_cost_mpg(rng: random.Random) -> Any:
    miles = rnd(rng, 30, 1200, 5)
    mpg = rnd(rng, 18, 55, 1)
    price = rnd(rng, "2.80", "5.50", "0.01")
    text = pick(rng, "Road trip of {d} miles, car gets {m} mpg, gas is {p}/gallon. Fuel "
                     "cost to the cent?",
                "how much will gas cost for {d} mi if I get {m} miles per gallon and it's {p} a "
                "gallon? (2 dp)", d=num(miles), m=num(mpg), p="$" + money(price))
    return text, forms(miles / mpg * price, 2)


@family
def walk_time_from_steps(rng: random.Random) -> Any:
    km = rnd(rng, 1, 25, "0.5")
    speed = rng.choice([4, 5, F("4.5"), F("5.5"), 6])
    minutes = F(km) / speed * 60
    if minutes.denominator != 1:
        return None
    text = pick(rng, "How long to walk {k} km at {s} km/h?",
                "walking {k}km at {s} kph, how long will it take (hours and minutes)?",
                k=num(km), s=num(speed))
    out = hm(int(minutes))
    if (minutes / 60 * 100).denominator == 1:
        out.append(f"{num(minutes / 60)} hours")
    return text, out


@family
def flight_duration_time_zones(rng: random.Random) -> Any:
    dep = rng.randint(6 * 60, 22 * 60) // 5 * 5
    dur = rng.randint(90, 14 * 60) // 5 * 5
    shift = rng.choice([-8, -6, -5, -3, -1, 1, 2, 3, 5, 7, 9])
    text = pick(rng, "Flight leaves at {t} local time and takes {d}. The destination is {s} hours "
                "{w} where I leave. What's the local arrival time?",
                "departing {t}, flight time {d}, destination clocks are {s} h {w} mine. "
                "Arrival local time?",
                t=show_clock(dep, False), d=f"{dur // 60}h {dur % 60:02d}m", s=abs(shift),
                w="ahead of" if shift > 0 else "behind")
    return text, clock(dep + dur + shift * 60)


@family
def data_plan_streaming(rng: random.Random) -> Any:
    gb = rng.randint(2, 60)
    per_hour = rng.choice([F("0.7"), F(1), F(3), F("1.5"), F("2.5")])
    text = pick(rng, "My plan has {g} GB. Streaming uses {p} GB per hour. How many hours of "
                "streaming is that? 2 decimals",
                "{g}GB data, video eats {p} GB/h - hours of video I can watch (2 dp)?",
                g=gb, p=num(per_hour))
    return text, forms(gb / per_hour, 2)


@family
def printer_pages_time(rng: random.Random) -> Any:
    pages = rng.randint(20, 900)
    ppm = rng.choice([12, 15, 18, 20, 25, 30, 35, 40])
    text = pick(rng, "Printer does {r} pages per minute. How many minutes for {p} pages? 1 decimal",
                "how long to print {p} pages at {r} ppm (minutes, 1 dp)?", r=ppm, p=pages)
    return text, forms(F(pages, ppm), 1)


@family
def countdown_days_hours(rng: random.Random) -> Any:
    hours = rng.randint(30, 2000)
    text = pick(rng, "How many days is {h} hours? answer as a decimal with 2 dp",
                "{h} hours = how many days (2 decimals)?", h=hours)
    return text, forms(F(hours, 24), 2)


@family
def beats_per_minute_total(rng: random.Random) -> Any:
    bpm = rng.randint(90, 180)
    mins, secs = rng.randint(2, 7), rng.randint(1, 59)
    text = pick(rng, "A song at {b} BPM lasts {m}:{s:02d}. How many beats is that? nearest whole",
                "{b} bpm track, {m} min {s} s long - total beats (rounded)?", b=bpm, m=mins, s=secs)
    total = bpm * F(mins * 60 + secs, 60)
    return text, forms(total, 0)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    travel_time_minutes, arrival_time, running_pace_per_km, finish_time_from_pace,
    pace_mile_to_km, download_time, upload_speed_needed, phone_charging_time, ev_charging_time,
    tank_fill_time, pool_fill_hours, leak_water_per_year, reading_time, audiobook_speed,
    average_speed_two_legs, speed_from_distance_time, trip_fuel_needed, trip_fuel_cost_mpg,
    walk_time_from_steps, flight_duration_time_zones, data_plan_streaming, printer_pages_time,
    countdown_days_hours, beats_per_minute_total)]
