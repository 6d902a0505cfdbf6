"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 3: travel time, pace,
downloads, charging and flow."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import (
    NAMES,
    Made,
    R,
    clock,
    family,
    grid,
    hm,
    pick,
    show,
)
from bench.data.agents.helpers import Family


def mins(value: F) -> int:
    """value minutes rounded to a whole minute, redrawing near ties."""
    return int(R(value, 0)[0].replace(",", ""))


@family
def travel_time_distance_speed(rng: random.Random) -> Made:
    d = rng.randint(20, 600)
    v = rng.choice([40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120])
    m = mins(F(d * 60, v))
    t = pick(
        rng,
        "How long to drive {d} km at an average of {v} km/h? Answer in hours and minutes, nearest "
        "minute.",
        "{d} miles at {v} mph - how long will it take? (h and min, nearest minute)",
        "If I average {v} km/h, how much time for a {d} km trip, to the nearest minute?",
    )
    return t.format(d=d, v=v), [hm(m)]


@family
def arrival_time_from_departure(rng: random.Random) -> Made:
    dep = rng.randint(5 * 4, 20 * 4) * 15
    d = rng.randint(30, 500)
    v = rng.choice([50, 60, 70, 75, 80, 90, 100, 120])
    m = mins(F(d * 60, v))
    t = pick(
        rng,
        "Leaving at {t} for a {d} km drive at {v} km/h average, no stops. When do I arrive? "
        "(nearest minute)",
        "we set off {t}, it's {d} km and we'll average {v} km/h - arrival time? (nearest min)",
        "Train departs {t}, covers {d} km at {v} km/h. What time does it get in, to the nearest "
        "minute?",
    )
    return t.format(t=f"{dep // 60:02d}:{dep % 60:02d}", d=d, v=v), [clock(dep + m)]


@family
def average_speed_from_trip(rng: random.Random) -> Made:
    d = rng.randint(10, 500)
    m = rng.randint(20, 400)
    t = pick(
        rng,
        "I drove {d} km in {h}. What was my average speed in km/h? 1 decimal",
        "{d} km took {h} - avg speed (km/h, one dp)?",
        "Cycled {d} km in {h}. Average speed in km per hour, one decimal?",
    )
    return t.format(d=d, h=f"{m // 60} h {m % 60} min" if m >= 60 else f"{m} minutes"), [
        R(F(d * 60, m), 1)
    ]


@family
def running_pace_from_time(rng: random.Random) -> Made:
    d = rng.choice([F(5), F(10), F(21097, 1000), F(42195, 1000), F(8), F(3), F(15), F(12)])
    sec = (
        rng.randint(d * 240, d * 420)
        if d.denominator == 1
        else rng.randint(int(d * 240), int(d * 420))
    )
    p = sec / d
    ps = int(R(p, 0)[0].replace(",", ""))
    m, s = divmod(ps, 60)
    H, r = divmod(sec, 3600)
    M, S = divmod(r, 60)
    tt = f"{H}:{M:02d}:{S:02d}" if H else f"{M}:{S:02d}"
    t = pick(
        rng,
        "I ran {d} km in {t}. What was my pace per km (nearest second)?",
        "{d}k in {t} - pace in min/km? round to the second",
        "Finished a {d} km race with a time of {t}. Average pace per kilometre, to the nearest "
        "second?",
    )
    acc = [
        f"{m}:{s:02d}",
        f"{m}min{s}s",
        f"{m}m{s}s",
        f"{m}min{s}sec",
        f"{m}minutes{s}seconds",
        f"{m}minutesand{s}seconds",
    ]
    return t.format(d=show(d), t=tt), [acc]


@family
def finish_time_from_pace(rng: random.Random) -> Made:
    d = rng.choice([5, 10, 15, 20, 21.1, 42.2, 8, 12])
    p = rng.randint(240, 420)
    tot = int(R(F(str(d)) * p, 0)[0].replace(",", ""))
    H, r = divmod(tot, 3600)
    M, S = divmod(r, 60)
    t = pick(
        rng,
        "If I hold {p} per km, what will my finish time be for {d} km? (h:mm:ss, nearest second)",
        "Pace {p}/km for a {d} km run - total time, nearest second?",
        "how long will {d} km take me at {p} min per km (to the second)",
    )
    acc = (
        [
            f"{H}:{M:02d}:{S:02d}",
            f"{H}h{M}m{S}s",
            f"{H}h{M:02d}m{S:02d}s",
            f"{H}hours{M}minutes{S}seconds",
            f"{H}hour{M}minutes{S}seconds",
            f"{H}hours,{M}minutesand{S}seconds",
            f"{H}hour,{M}minutesand{S}seconds",
            f"{H}h{M}min{S}s",
            f"{H}hours{M}minutesand{S}seconds",
        ]
        + (hm(H * 60 + M)[:-3] if S == 0 else [])
        if H
        else [
            f"{M}:{S:02d}",
            f"{M}min{S}s",
            f"{M}m{S}s",
            f"{M}minutes{S}seconds",
            f"{M}minutesand{S}seconds",
            f"0:{M:02d}:{S:02d}",
            f"{M}min{S}sec",
            f"{M}mins{S}secs",
        ]
    )
    return t.format(p=f"{p // 60}:{p % 60:02d}", d=show(F(str(d)))), [acc]


@family
def pace_km_to_mile(rng: random.Random) -> Made:
    p = rng.randint(240, 480)
    ps = int(R(p * F("1.609"), 0)[0].replace(",", ""))
    m, s = divmod(ps, 60)
    t = pick(
        rng,
        "My pace is {p} per km. What's that per mile? (1 mile = 1.609 km, nearest second)",
        "convert {p} min/km to min/mile, use 1.609 km per mile, round to nearest second",
    )
    return t.format(p=f"{p // 60}:{p % 60:02d}"), [
        [f"{m}:{s:02d}", f"{m}min{s}s", f"{m}m{s}s", f"{m}minutes{s}seconds"]
    ]


@family
def download_time(rng: random.Random) -> Made:
    gb = grid(rng, 0.5, 150, 0.5)
    mbps = rng.choice([10, 20, 25, 40, 50, 80, 100, 150, 200, 300, 500, 1000])
    sec = gb * 8000 / mbps
    m = mins(sec / 60)
    t = pick(
        rng,
        "How long to download a {g} GB game on a {s} Mbps connection? (1 GB = 8000 megabits, "
        "nearest minute)",
        "{g}GB file, {s} Mbit/s internet, download time? use 1 GB = 8000 Mb, round to minute",
        "Download time for {g} gigabytes at {s} megabits per second, assuming full speed and 1 GB "
        "= 8000 Mb? Nearest minute.",
    )
    return t.format(g=show(gb), s=mbps), [hm(m)]


@family
def upload_seconds(rng: random.Random) -> Made:
    mb = rng.randint(5, 900)
    mbps = rng.choice([5, 8, 10, 12, 16, 20, 40, 50])
    t = pick(
        rng,
        "Uploading {m} MB at {s} Mbps takes how many seconds? (8 bits per byte, 1 dp)",
        "{m} megabyte video, upload speed {s} megabits/s - seconds needed? one decimal",
    )
    return t.format(m=mb, s=mbps), [R(F(mb * 8, mbps), 1)]


@family
def ev_charging_time(rng: random.Random) -> Made:
    cap = rng.choice([40, 50, 58, 60, 64, 75, 77, 82, 100])
    a, b = sorted(rng.sample(range(5, 101, 5), 2))
    kw = rng.choice([F("3.7"), F("7.4"), F(7), F(11), F(22), F(50)])
    m = mins(F(cap) * (b - a) / 100 / kw * 60)
    t = pick(
        rng,
        "My EV has a {c} kWh battery. Charging from {a}% to {b}% on a {k} kW charger (ignore "
        "losses) takes how long? nearest minute",
        "{c} kWh battery, {a}% -> {b}%, charger delivers {k} kW. time needed? nearest minute",
        "How long does it take to top up a {c}kWh car battery from {a} to {b} percent at {k} kW, "
        "assuming constant power and no losses? Round to the nearest minute.",
    )
    return t.format(c=cap, a=a, b=b, k=show(kw)), [hm(m)]


@family
def phone_charge_time(rng: random.Random) -> Made:
    mah = rng.choice([3000, 3500, 4000, 4500, 5000, 2800, 3200, 4200])
    ma = rng.choice([1000, 1500, 2000, 2400, 3000])
    a = rng.choice([0, 5, 10, 15, 20, 25, 30])
    m = mins(F(mah * (100 - a), 100) / ma * 60)
    t = pick(
        rng,
        "Phone battery {c} mAh at {a}%, charger gives a steady {i} mA. How long to 100% (ignore "
        "losses, nearest minute)?",
        "{c}mAh battery, currently {a} percent, {i}mA charging current, time to full? nearest min",
    )
    return t.format(c=mah, a=a, i=ma), [hm(m)]


@family
def tap_fill_time(rng: random.Random) -> Made:
    vol = rng.randint(20, 400)
    rate = grid(rng, 4, 20, 0.5)
    m = mins(vol / rate)
    t = pick(
        rng,
        "Filling a {v} L bath with a tap running {r} litres per minute — how many minutes? nearest "
        "minute",
        "{v} liter tank, hose flow {r} L/min, how long to fill (nearest min)?",
        "How long does a {r} L/min tap take to fill {v} litres? Round to a whole minute.",
    )
    return t.format(v=vol, r=show(rate)), [hm(m) + R(m, 0)]


@family
def pool_fill_hours(rng: random.Random) -> Made:
    ln, w, d = rng.randint(4, 12), rng.randint(2, 6), grid(rng, 1, 2, 0.1)
    lpm = rng.choice([20, 25, 30, 40, 45, 50, 60])
    h = ln * w * d * 1000 / lpm / 60
    t = pick(
        rng,
        "Pool {l} m x {w} m x {d} m deep, hose gives {q} L/min. How many hours to fill? 1 decimal",
        "how long in hours to fill a {l} by {w} m pool, {d} m of water, at {q} litres a minute? "
        "one dp",
    )
    return t.format(l=ln, w=w, d=show(d), q=lpm), [R(h, 1)]


@family
def leak_water_wasted(rng: random.Random) -> Made:
    drops = rng.randint(10, 120)
    ml_per_drop = F(1, 20)
    days = rng.choice([7, 30, 365])
    L = drops * ml_per_drop * 60 * 24 * days / 1000
    per = {7: "a week", 30: "30 days", 365: "a year (365 days)"}[days]
    t = pick(
        rng,
        "A tap drips {d} times a minute, each drop 0.05 ml. How many litres are wasted in {p}? 1 "
        "decimal",
        "leaky faucet: {d} drops/min, 0.05 mL per drop. litres lost over {p}? one dp",
    )
    return t.format(d=drops, p=per), [R(L, 1)]


@family
def work_rate_two_people(rng: random.Random) -> Made:
    a, b = rng.sample(range(2, 13), 2)
    n1, n2 = rng.sample(NAMES, 2)
    tot = F(a * b, a + b)
    t = pick(
        rng,
        "{n1} can paint the fence in {a} hours, {n2} in {b} hours. Together, how many hours? 2 "
        "decimals",
        "If {n1} takes {a} h alone and {n2} takes {b} h alone, how long working together? (hours, "
        "2 dp)",
    )
    return t.format(n1=n1, n2=n2, a=a, b=b), [R(tot, 2)]


@family
def two_taps_fill(rng: random.Random) -> Made:
    a, b = rng.sample(range(10, 91, 5), 2)
    t = pick(
        rng,
        "One tap fills the tank in {a} minutes, another in {b} minutes. Both open, how many "
        "minutes? 1 decimal",
        "tap A = {a} min to fill, tap B = {b} min. both together -> minutes (1 dp)?",
    )
    return t.format(a=a, b=b), [R(F(a * b, a + b), 1)]


@family
def fill_and_drain(rng: random.Random) -> Made:
    f = rng.randint(10, 60)
    d = f + rng.randint(5, 60)
    t = pick(
        rng,
        "A tap fills a sink in {f} min but the plug leaks and would drain a full sink in {d} min. "
        "With both going, how long to fill? minutes, 1 dp",
        "Fill time {f} minutes, drain time {d} minutes, both open: time to fill, in minutes (one "
        "decimal)?",
    )
    return t.format(f=f, d=d), [R(F(f * d, d - f), 1)]


@family
def walking_time_steps(rng: random.Random) -> Made:
    km = grid(rng, 0.5, 25, 0.1)
    v = rng.choice([4, 4.5, 5, 5.5, 6])
    m = mins(km / F(str(v)) * 60)
    t = pick(
        rng,
        "Walking at {v} km/h, how long for {k} km? nearest minute",
        "{k} km hike at {v} km per hour, how long? nearest minute",
        "how much time to walk {k} kilometers at {v} km/h (to the minute)",
    )
    return t.format(v=show(F(str(v))), k=show(km)), [hm(m)]


@family
def cycling_distance_from_time(rng: random.Random) -> Made:
    v = grid(rng, 12, 35, 0.5)
    m = rng.randint(15, 300)
    t = pick(
        rng,
        "If I cycle {m} minutes at {v} km/h, how far do I go? km, 1 decimal",
        "{v} km/h for {m} min = how many km? (one dp)",
        "Distance covered riding {m} minutes at an average {v} km/h? Round to a tenth of a km.",
    )
    return t.format(m=m, v=show(v)), [R(v * m / 60, 1)]


@family
def catch_up_time(rng: random.Random) -> Made:
    head = rng.randint(5, 40)
    v1 = rng.randint(40, 80)
    v2 = v1 + rng.randint(5, 40)
    m = mins(F(v1 * head, v2 - v1))
    t = pick(
        rng,
        "My sister left {h} minutes before me driving {a} km/h. I drive {b} km/h on the same road. "
        "How many minutes until I catch her? nearest minute",
        "A leaves {h} min early at {a} km/h, B follows at {b} km/h. how long after B starts does B "
        "catch A (nearest min)?",
    )
    return t.format(h=head, a=v1, b=v2), [R(m, 0) + hm(m)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        travel_time_distance_speed,
        arrival_time_from_departure,
        average_speed_from_trip,
        running_pace_from_time,
        finish_time_from_pace,
        pace_km_to_mile,
        download_time,
        upload_seconds,
        ev_charging_time,
        phone_charge_time,
        tap_fill_time,
        pool_fill_hours,
        leak_water_wasted,
        work_rate_two_people,
        two_taps_fill,
        fill_and_drain,
        walking_time_steps,
        cycling_distance_from_time,
        catch_up_time,
    )
]
