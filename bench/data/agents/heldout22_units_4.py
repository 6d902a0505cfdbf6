"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 4: rates and durations
(travel time, pace, downloads, charging, flow)."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    Redraw,
    clock,
    d,
    family,
    hm,
    loose,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family


def whole_minutes(v: F) -> int:
    if v.denominator != 1:
        raise Redraw
    return int(v)


@family
def travel_time(rng: random.Random) -> Made:
    speed = rng.choice([40, 48, 50, 60, 64, 72, 75, 80, 90, 96, 100, 110, 120])
    mins = rng.randint(13, 60 * 7)
    dist = F(speed * mins, 60)
    if dist.denominator != 1 or mins % 60 == 0:
        raise Redraw
    unit = rng.choice(["km", "miles"])
    sp = "km/h" if unit == "km" else "mph"
    return pick(
        rng,
        f"how long to drive {dist} {unit} at an average {speed} {sp}?",
        f"{dist}{unit} at {speed}{sp} - travel time in hours and minutes?",
        f"If I average {speed} {sp}, how long will {dist} {unit} take me?",
    ), [hm(mins)]


@family
def arrival_time(rng: random.Random) -> Made:
    speed = rng.choice([50, 60, 80, 90, 100, 120])
    mins = rng.randint(30, 300)
    dist = F(speed * mins, 60)
    if dist.denominator != 1:
        raise Redraw
    h0, m0 = rng.randint(5, 16), rng.choice(range(0, 60, 5))
    end = h0 * 60 + m0 + mins
    return pick(
        rng,
        f"leaving at {h0}:{m0:02d}, driving {dist} km at {speed} km/h with no stops. "
        f"what time do I arrive?",
        f"I set off at {h0:02d}:{m0:02d} and have {dist} km to go at an average of {speed} "
        f"km/h. ETA?",
    ), [clock(*divmod(end, 60))]


@family
def required_speed(rng: random.Random) -> Made:
    dist = rng.randint(20, 600)
    mins = max(15, round(dist * 60 / rng.randint(35, 120) / 5) * 5)
    v = F(dist * 60, mins)
    return pick(
        rng,
        f"I need to cover {dist} km in {mins} minutes. what average speed in km/h? 1 decimal",
        f"what average speed (km/h, 1 dp) gets me {dist} km in "
        f"{hm(mins)[0] if mins >= 60 else str(mins) + ' min'}?",
    ), [num(v, 1)]


@family
def race_finish_time(rng: random.Random) -> Made:
    dist, name = rng.choice(
        [
            (5, "5k"),
            (10, "10k"),
            (F("21.0975"), "half marathon (21.0975 km)"),
            (F("42.195"), "marathon (42.195 km)"),
            (15, "15 km race"),
        ]
    )
    pm, ps = rng.randint(4, 7), rng.randint(0, 59)
    total = F(dist) * (pm * 60 + ps)
    secs = round(total)
    if abs(total - secs) > F(45, 100):
        raise Redraw
    h, r = divmod(secs, 3600)
    m, s = divmod(r, 60)
    forms = (
        [f"{h}:{m:02d}:{s:02d}"]
        if h
        else [
            f"{m}:{s:02d}",
            f"0:{m:02d}:{s:02d}",
            f"{m}min{s}s",
            f"{m}minutes{s}seconds",
            f"{m}minutesand{s}seconds",
        ]
    )
    if h:
        forms += [
            f"{h}h{m}m{s}s",
            f"{h}h{m}min{s}s",
            f"{h}hour{m}minutes{s}seconds",
            f"{h}hours{m}minutes{s}seconds",
            f"{h}hours,{m}minutesand{s}seconds",
            f"{h}hour,{m}minutesand{s}seconds",
            f"{h}hours,{m}minutes,{s}seconds",
        ]
    return pick(
        rng,
        f"if I hold {pm}:{ps:02d} per km, what's my finish time for a {name}? nearest second",
        f"predicted time for a {name} at a pace of {pm} min {ps} sec per km (round to the "
        f"nearest second)?",
    ), [forms]


@family
def pace_from_time(rng: random.Random) -> Made:
    dist = rng.choice([5, 8, 10, 12, 15, 21])
    total = rng.randint(dist * 240, dist * 420)
    per = F(total, dist)
    sec = round(per)
    if abs(per - sec) > F(45, 100):
        raise Redraw
    m, s = divmod(sec, 60)
    tm, ts = divmod(total, 60)
    return pick(
        rng,
        f"ran {dist} km in {tm}:{ts:02d}. what was my average pace per km (nearest second)?",
        f"{dist}km in {tm} min {ts} s - pace per kilometre? round to nearest sec",
    ), [
        [
            f"{m}:{s:02d}",
            f"{m}min{s}s",
            f"{m}m{s}s",
            f"{m}minutes{s}seconds",
            f"{m}minutesand{s}seconds",
            f"{m}min{s}sec",
        ]
    ]


@family
def download_time(rng: random.Random) -> Made:
    gb = tenth(rng, 0.5, 150)
    mbps = rng.choice([20, 25, 40, 50, 80, 100, 150, 200, 300, 500])
    secs = gb * 8000 / mbps
    mins = secs / 60
    return pick(
        rng,
        f"how long to download a {d(gb)} GB game on {mbps} Mbps? assume full speed, 1 "
        f"GB = 8000 megabits. answer in minutes, 1 decimal",
        f"{d(gb)}GB file at {mbps} Mbit/s - download time in minutes (1 dp)? use 1 GB = 8000 Mb",
    ), [num(mins, 1)]


@family
def upload_time_seconds(rng: random.Random) -> Made:
    mb = rng.randint(5, 900)
    up = rng.choice([5, 8, 10, 12, 20, 40])
    v = F(mb * 8, up)
    return pick(
        rng,
        f"uploading a {mb} MB video at {up} Mbps upload - how many seconds? (8 bits per byte)",
        f"{mb} megabytes at {up} megabits per second takes how many seconds? 1 decimal",
    ), [list(dict.fromkeys(num(v, 1) + loose(v)))]


@family
def phone_charge_time(rng: random.Random) -> Made:
    mah = rng.choice([3000, 3500, 4000, 4500, 5000, 5500])
    rate = rng.choice([1000, 1500, 2000, 2500, 3000])
    start, end = rng.randint(1, 6) * 10, rng.choice([80, 90, 100])
    mins = F(mah * (end - start), 100) / rate * 60
    return pick(
        rng,
        f"phone battery {mah} mAh, charging at a steady {rate} mA. how many minutes "
        f"from {start}% to {end}%? (ignore losses) 1 decimal",
        f"At a constant {rate} mA, how long (minutes, 1 dp) to take a {mah}mAh battery "
        f"from {start} to {end} percent? no losses",
    ), [num(mins, 1)]


@family
def ev_charge_time(rng: random.Random) -> Made:
    kwh = rng.choice([40, 50, 58, 60, 64, 75, 77, 82, 100])
    kw = rng.choice([F("3.7"), F("7.4"), F(7), F(11), F(22), F(50)])
    start, end = rng.randint(1, 5) * 10, rng.choice([80, 90, 100])
    hrs = F(kwh * (end - start), 100) / kw
    return pick(
        rng,
        f"my EV has a {kwh} kWh battery. charging at {d(kw)} kW from {start}% to "
        f"{end}%, how many hours? ignore losses, 2 decimals",
        f"{kwh}kWh battery, {d(kw)}kW charger, {start}% -> {end}%: charging time in hours "
        f"(2 dp, no losses)?",
    ), [num(hrs, 2)]


@family
def ev_charge_cost(rng: random.Random) -> Made:
    kwh = rng.randint(20, 90)
    price = F(rng.randint(8, 65), 100)
    eff = rng.choice([85, 88, 90, 92, 95])
    v = kwh / F(eff, 100) * price
    return pick(
        rng,
        f"need {kwh} kWh into the battery, charger is {eff}% efficient and power "
        f"costs {d(price)}/kWh from the wall. cost? 2 decimals",
        f"Adding {kwh} kWh to my car at {eff}% charging efficiency, electricity {d(price)} "
        f"per kWh drawn - how much (2 dp)?",
    ), [num(v, 2)]


@family
def fill_pool_time(rng: random.Random) -> Made:
    vol = rng.randint(5, 80) * 1000
    lpm = rng.randint(8, 60)
    mins = F(vol, lpm)
    return pick(
        rng,
        f"pool holds {vol:,} litres, hose gives {lpm} L per minute. how many hours to "
        f"fill? 2 decimals",
        f"how long in hours (2 dp) to fill {vol} L at {lpm} litres/min?",
    ), [num(mins / 60, 2)]


@family
def flow_rate_from_bucket(rng: random.Random) -> Made:
    litres = rng.choice([5, 8, 10, 12, 15, 20])
    secs = rng.randint(20, 150)
    v = F(litres * 60, secs)
    return pick(
        rng,
        f"my {litres} L bucket filled in {secs} seconds - what's the flow in litres "
        f"per minute? 2 decimals",
        f"a {litres}-litre bucket takes {secs} s to fill. flow rate L/min (2dp)?",
    ), [num(v, 2)]


@family
def drip_rate(rng: random.Random) -> Made:
    ml = rng.choice([250, 500, 1000, 100, 750])
    hrs = rng.choice([2, 4, 6, 8, 12, 1, 3])
    factor = rng.choice([10, 15, 20, 60])
    v = F(ml * factor, hrs * 60)
    return pick(
        rng,
        f"IV: {ml} mL over {hrs} h with a drop factor of {factor} drops/mL. drops per "
        f"minute? nearest whole",
        f"drip rate for {ml} ml over {hrs} hours, giving set {factor} gtt/mL - how many "
        f"drops per minute (round to whole)?",
    ), [num(v, 0)]


@family
def tap_leak_per_year(rng: random.Random) -> Made:
    drops = rng.randint(5, 60)
    per_ml = rng.choice([15, 20])
    v = F(drops * 60 * 24 * 365, per_ml * 1000)
    return pick(
        rng,
        f"leaky tap drips {drops} times a minute, {per_ml} drops make 1 ml. how many "
        f"litres per 365-day year? 1 decimal",
        f"{drops} drops/min, {per_ml} drops per mL: litres wasted in a year (365 days)? "
        f"round to 1 dp",
    ), [num(v, 1)]


@family
def walking_time(rng: random.Random) -> Made:
    km = tenth(rng, 0.8, 25)
    speed = rng.choice([4, 5, F("4.5"), 6, F("5.5")])
    mins = km / speed * 60
    return pick(
        rng,
        f"walking {d(km)} km at {d(speed)} km/h takes how many minutes? round to whole minute",
        f"how many minutes to walk {d(km)}km if I walk {d(speed)} km per hour? nearest minute",
    ), [num(mins, 0)]


@family
def cycling_distance(rng: random.Random) -> Made:
    speed = tenth(rng, 12, 35)
    mins = rng.randint(15, 240)
    v = speed * mins / 60
    return pick(
        rng,
        f"cycled {mins} minutes at an average {d(speed)} km/h. distance in km? 2 decimals",
        f"how far do I get riding {d(speed)} kph for {mins} min? (2 dp)",
    ), [num(v, 2)]


@family
def flight_local_arrival(rng: random.Random) -> Made:
    h0, m0 = rng.randint(6, 20), rng.choice(range(0, 60, 5))
    dur = rng.randint(60, 14 * 60) // 5 * 5
    shift = rng.choice([-8, -6, -5, -3, -1, 1, 2, 3, 5, 7, 9])
    end = (h0 * 60 + m0 + dur + shift * 60) % (24 * 60)
    plural = "s" if abs(shift) > 1 else ""
    word = f"{abs(shift)} hour{plural} {'ahead of' if shift > 0 else 'behind'}"
    return pick(
        rng,
        f"flight departs {h0:02d}:{m0:02d} local time, flies {hm(dur)[1]}. "
        f"destination is {word} the departure city. local arrival time? (ignore the "
        f"date)",
        f"Takeoff {h0}:{m0:02d}, flight time {dur} minutes, arrival city is {word} where I "
        f"leave from. What's the local time when I land?",
    ), [clock(*divmod(end, 60))]


@family
def time_to_save(rng: random.Random) -> Made:
    goal = rng.randint(20, 300) * 10
    per_week = rng.randint(15, 200)
    v = F(goal, per_week)
    weeks = -(-goal // per_week)
    if v.denominator == 1:
        raise Redraw
    return pick(
        rng,
        f"saving {per_week} a week towards {goal}. how many weeks until I reach it (whole weeks)?",
        f"I put away ${per_week} every week. How many full weeks of saving do I need to "
        f"have at least ${goal}?",
    ), [num(weeks, 0)]


@family
def conveyor_rate(rng: random.Random) -> Made:
    items, mins = rng.randint(50, 900), rng.randint(5, 90)
    hrs = rng.randint(2, 10)
    v = F(items * hrs * 60, mins)
    return pick(
        rng,
        f"I can pack {items} boxes in {mins} minutes. at that rate how many in {hrs} "
        f"hours? round down to whole boxes",
        f"{items} parcels every {mins} min - how many full parcels in a {hrs}-hour shift?",
    ), [num(int(v), 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        travel_time,
        arrival_time,
        required_speed,
        race_finish_time,
        pace_from_time,
        download_time,
        upload_time_seconds,
        phone_charge_time,
        ev_charge_time,
        ev_charge_cost,
        fill_pool_time,
        flow_rate_from_bucket,
        drip_rate,
        tap_leak_per_year,
        walking_time,
        cycling_distance,
        flight_local_arrival,
        time_to_save,
        conveyor_rate,
    )
]
