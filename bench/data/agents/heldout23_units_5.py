"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 5: rates and
durations - travel, arrival times, charging, flow and fill times, reading and cooking."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import (
    F,
    Redraw,
    ampm,
    clock,
    dec,
    fam,
    hm,
    near,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family

CITIES = ["Leeds", "Lyon", "Denver", "Porto", "Austin", "Graz", "Perth", "Cork", "Bergen"]


def _mins(value: F) -> int:
    if near(value, 0):
        raise Redraw
    return round(value)


@fam
def travel_time(rng: random.Random) -> Any:
    km, kmh = rng.randint(20, 900), rng.choice([50, 60, 70, 80, 90, 100, 110, 120])
    mins = _mins(F(km * 60, kmh))
    if mins % 60 == 0:
        raise Redraw
    # places without a real distance, so the stated distance cannot contradict one
    a, b = rng.sample(["home", "Mum's", "the cabin", "the coast", "Grandma's", "the campsite"], 2)
    text = pick(rng, f"From {a} to {b} is {km} km. At an average {kmh} km/h, how long will it "
                     "take? (hours and minutes, nearest minute)",
                f"how long to drive {km} km averaging {kmh} km/h? h and min, nearest minute")
    return text, hm(mins)


@fam
def arrival_time(rng: random.Random) -> Any:
    start = rng.randint(6 * 60, 20 * 60) // 5 * 5
    mi, mph = rng.randint(30, 400), rng.choice([40, 45, 50, 55, 60, 65, 70])
    mins = _mins(F(mi * 60, mph))
    text = pick(rng, f"Leaving at {ampm(start)}, {mi} miles at {mph} mph average. What time do I "
                     "arrive? nearest minute",
                f"If I set off {ampm(start)} and drive {mi} mi at {mph} mph, ETA (to the minute)?")
    return text, clock(start + mins)


@fam
def arrival_with_break(rng: random.Random) -> Any:
    start = rng.randint(6 * 60, 14 * 60) // 15 * 15
    km, kmh = rng.randint(150, 900), rng.choice([80, 90, 100, 110])
    brk = rng.choice([15, 20, 30, 45])
    mins = _mins(F(km * 60, kmh)) + brk
    text = pick(rng, f"Drive {km} km at {kmh} km/h with one {brk}-minute break, leaving "
                     f"{ampm(start)}. Arrival time (nearest minute)?",
                f"{ampm(start)} departure, {km} km at an average of {kmh} km/h plus a {brk} min "
                "stop. When do we get there (nearest minute)?")
    return text, clock(start + mins)


@fam
def average_speed(rng: random.Random) -> Any:
    km, h, m = rng.randint(40, 600), rng.randint(1, 7), rng.randint(5, 55)
    speed = F(km * 60, h * 60 + m)
    text = pick(rng, f"We covered {km} km in {h} h {m} min. Average speed in km/h? 1 decimal",
                f"average speed for {km} km in {h}h{m:02d}? km/h, 1 dp")
    return text, num(speed, 1)


@fam
def leave_by(rng: random.Random) -> Any:
    arrive = rng.randint(8 * 60, 21 * 60) // 5 * 5
    km, kmh = rng.randint(10, 300), rng.choice([40, 50, 60, 80, 100])
    buffer = rng.choice([10, 15, 20])
    if F(km * 60, kmh).denominator != 1:  # a part minute makes "latest" round down, not off
        raise Redraw
    mins = _mins(F(km * 60, kmh)) + buffer
    text = pick(rng, f"I need to be there at {ampm(arrive)}. It's {km} km at {kmh} km/h and I want "
                     f"{buffer} min spare. Latest departure?",
                f"Latest time to leave: {km} km trip, avg {kmh} km/h, arrive by {ampm(arrive)} "
                f"with a {buffer} minute buffer")
    return text, clock(arrive - mins)


@fam
def flight_local_arrival(rng: random.Random) -> Any:
    dep = rng.randint(0, 23 * 60) // 5 * 5
    dur = rng.randint(60, 14 * 60) // 5 * 5
    diff = rng.choice([-8, -6, -5, -3, -1, 1, 2, 3, 5, 8, 9])
    local = dep + dur + diff * 60
    sign = "ahead of" if diff > 0 else "behind"
    text = pick(rng, f"Flight departs {ampm(dep)} local time, flies {dur // 60} h {dur % 60} "
                     f"min. Destination is "
                     f"{abs(diff)} h {sign} the departure city. Local arrival time?",
                f"dep {ampm(dep)}, flight time {dur // 60}h{dur % 60:02d}, arrival city is "
                f"{abs(diff)} hours {sign} us. what time is it there when we land?")
    return text, clock(local)


@fam
def meet_in_middle(rng: random.Random) -> Any:
    km, v1, v2 = rng.randint(40, 600), rng.randint(40, 110), rng.randint(40, 110)
    mins = _mins(F(km * 60, v1 + v2))
    text = pick(rng, f"Two cars start {km} km apart and drive toward each other at {v1} and {v2} "
                     "km/h. After how long do they meet? (nearest minute)",
                f"{km} km apart, speeds {v1} km/h and {v2} km/h heading toward each other - time "
                "to meet, h and min (nearest minute)?")
    return text, hm(mins)


@fam
def catch_up(rng: random.Random) -> Any:
    head, v1 = rng.choice([10, 15, 20, 30, 45, 60]), rng.randint(40, 90)
    v2 = v1 + rng.randint(5, 40)
    mins = _mins(F(head * v1, v2 - v1))
    text = pick(rng, f"Car A leaves at {v1} km/h. Car B leaves {head} min later on the same "
                     f"road at "
                     f"{v2} km/h. How many minutes after B starts does it catch A? nearest minute",
                f"A has a {head} minute head start at {v1} km/h; B follows at {v2} km/h. Minutes "
                "for B to catch up (whole minutes)?")
    return text, whole(mins) + [f"{mins}min", f"{mins}minutes"] + (hm(mins) if mins > 60 else [])


@fam
def ev_charge_time(rng: random.Random) -> Any:
    cap, kw = rng.choice([40, 50, 58, 64, 75, 77, 82, 100]), rng.choice([7, F("7.4"), 11, 22, 50])
    frm, to = rng.choice([10, 15, 20, 25, 30]), rng.choice([80, 90, 100])
    mins = _mins(F(cap) * (to - frm) / 100 / F(kw) * 60)
    text = pick(rng, f"EV battery {cap} kWh, from {frm}% to {to}% on a {show(F(kw))} kW charger "
                     "(no losses). How long, to the nearest minute?",
                f"charging {frm}->{to}% of a {cap} kWh pack at {show(F(kw))} kW - time in h and "
                "min (nearest minute), ignore losses")
    return text, hm(mins)


@fam
def ev_trip_cost(rng: random.Random) -> Any:
    km, kwh100, price = rng.randint(20, 800), dec(rng, 13, 22, 1), dec(rng, 0.1, 0.6, 2)
    cost = km * kwh100 / 100 * price
    text = pick(rng, f"My EV uses {show(kwh100)} kWh/100 km. Cost of a {km} km trip at "
                     f"{show(price)} per kWh?",
                f"{km} km at {show(kwh100)} kWh per 100km, electricity {show(price)}/kWh. cost?")
    return text, num(cost, 2)


@fam
def phone_charge(rng: random.Random) -> Any:
    mah = rng.choice([3000, 3500, 4000, 4500, 5000])
    ma = rng.choice([1000, 1500, 2000, 2400, 3000])
    frm = rng.choice([5, 10, 20, 30])
    mins = _mins(F(mah * (100 - frm), 100) / ma * 60)
    text = pick(rng, f"{mah} mAh phone at {frm}%, charger gives a steady {ma} mA. Minutes to 100% "
                     "(ideal, no losses)?",
                f"how many minutes to charge a {mah}mAh battery from {frm}% to full at {ma}mA, "
                "assuming constant current?")
    return text, [*whole(mins), f"{mins}min", f"{mins}minutes", *hm(mins)]


@fam
def fill_time(rng: random.Random) -> Any:
    litres, lpm = rng.choice([20, 50, 80, 120, 150, 200, 1000, 5000]), dec(rng, 4, 30, 1)
    thing = {20: "bucket", 50: "water butt", 80: "bath", 120: "bath", 150: "hot tub",
             200: "tank", 1000: "IBC tank", 5000: "paddling pool"}[litres]
    mins = litres / lpm
    text = pick(rng, f"The {thing} holds {litres} L and the tap runs at {show(lpm)} L/min. Minutes "
                     "to fill? 1 decimal",
                f"{litres} litres at {show(lpm)} litres per minute - how long (minutes, 1 dp)?")
    return text, num(mins, 1)


@fam
def pool_fill_hours(rng: random.Random) -> Any:
    ln, w, d = rng.randint(4, 12), rng.randint(2, 6), dec(rng, 1, 2, 1)
    lpm = rng.choice([10, 12, 15, 20, 25, 30])
    hours = ln * w * d * 1000 / lpm / 60
    text = pick(rng, f"Filling a {ln} x {w} m pool to {show(d)} m deep with a hose at {lpm} L/min. "
                     "How many hours? 1 decimal",
                f"hours (1 dp) to fill {ln}m x {w}m x {show(d)}m at {lpm} litres/min?")
    return text, num(hours, 1)


@fam
def drain_time(rng: random.Random) -> Any:
    litres, in_, out = rng.randint(200, 3000), rng.randint(5, 20), rng.randint(25, 60)
    mins = F(litres, out - in_)
    text = pick(rng, f"A tank has {litres} L. It drains at {out} L/min while a pipe still adds "
                     f"{in_} L/min. Minutes to empty? 1 dp",
                f"{litres} litres, outflow {out} L/min, inflow {in_} L/min - time to empty in "
                "minutes (1 decimal)?")
    return text, num(mins, 1)


@fam
def reading_time(rng: random.Random) -> Any:
    words, wpm = rng.randint(2000, 120000), rng.choice([200, 220, 238, 250, 300])
    mins = _mins(F(words, wpm))
    text = pick(rng, f"A {words:,}-word book at {wpm} words per minute - how long to read? h and "
                     "min, nearest minute",
                f"reading {words} words at {wpm} wpm takes how long? (nearest minute)")
    if mins < 61:
        raise Redraw
    return text, hm(mins)


@fam
def playback_speed(rng: random.Random) -> Any:
    h, m = rng.randint(0, 12), rng.randint(1, 59)
    speed = rng.choice([F("1.25"), F("1.5"), F("1.75"), F(2), F("1.2")])
    mins = _mins((h * 60 + m) / speed)
    text = pick(rng, f"Audiobook is {h} h {m} min. At {show(speed)}x speed how long does it take? "
                     "nearest minute",
                f"{h}h{m:02d}m podcast backlog at {show(speed)}x playback - listening time "
                f"(nearest minute)?")
    if mins < 61:
        raise Redraw
    return text, hm(mins)


@fam
def roast_time(rng: random.Random) -> Any:
    kg, per, extra = dec(rng, 1, 6, 1), rng.choice([20, 25, 30, 40]), rng.choice([0, 20, 25, 30])
    mins = _mins(kg * per + extra)
    add = f" plus {extra} minutes" if extra else ""
    text = pick(rng, f"Roast {per} min per kg{add}. My joint is {show(kg)} kg. Total cooking time?",
                f"how long to cook a {show(kg)}kg roast at {per} minutes per kilo{add}?")
    if mins < 61:
        raise Redraw
    return text, hm(mins)


@fam
def turkey_done(rng: random.Random) -> Any:
    lb, per = rng.randint(8, 24), rng.choice([13, 15, 20])
    start = rng.randint(9 * 60, 13 * 60) // 15 * 15
    rest = rng.choice([20, 30, 45])
    total = lb * per + rest
    text = pick(rng, f"{lb} lb turkey, {per} min per pound, then rest {rest} min. In the oven at "
                     f"{ampm(start)} - when can we eat?",
                f"Turkey goes in at {ampm(start)}: {lb} lbs x {per} min/lb plus {rest} min resting."
                " Serving time?")
    return text, clock(start + total)


@fam
def thaw_time(rng: random.Random) -> Any:
    kg, h_per = dec(rng, 1, 9, 1), rng.choice([10, 12, 24])
    hours = kg * h_per
    text = pick(rng, f"Fridge thawing takes about {h_per} hours per kg. How many hours for "
                     f"{show(kg)} kg?",
                f"{show(kg)} kg frozen chicken, {h_per} h/kg in the fridge - hours needed?")
    return text, num(hours, 1)


@fam
def walk_time(rng: random.Random) -> Any:
    km, kmh = dec(rng, 1, 30, 1), rng.choice([4, F("4.5"), 5, F("5.5"), 6])
    mins = _mins(km / F(kmh) * 60)
    text = pick(rng, f"Hiking {show(km)} km at {show(F(kmh))} km/h - how long? (nearest minute)",
                f"how long does a {show(km)} km walk take at {show(F(kmh))} km/h, h and min "
                f"(nearest minute)?")
    if mins < 61 or mins % 60 == 0:
        raise Redraw
    return text, hm(mins)


@fam
def laps_needed(rng: random.Random) -> Any:
    pool, goal = rng.choice([25, 50, 33]), rng.choice([1609, rng.randint(8, 80) * 50])
    lengths = -(-goal // pool)
    text = pick(rng, f"How many lengths of a {pool} m pool to swim at least {goal} m?",
                f"{pool}m pool, want {goal:,} m minimum - number of lengths?")
    return text, [*whole(lengths), f"{lengths}lengths"]


@fam
def pages_per_minute(rng: random.Random) -> Any:
    pages, ppm = rng.randint(40, 900), rng.choice([12, 15, 18, 20, 25, 30, 40])
    secs = F(pages * 60, ppm)
    if secs.denominator != 1:
        raise Redraw
    m, s = divmod(int(secs), 60)
    text = pick(rng, f"Printer does {ppm} pages a minute. How long for {pages} pages? min and sec",
                f"{pages} pages at {ppm} ppm - printing time (minutes:seconds)?")
    forms = [f"{m}:{s:02d}", f"{m}min{s}s", f"{m}minutes{s}seconds", f"{m}minutesand{s}seconds",
             f"{m}min{s}sec"]
    if s == 0:
        forms += [f"{m}minutes", f"{m}min"]
    return text, forms


@fam
def time_zone_call(rng: random.Random) -> Any:
    t = rng.randint(7 * 60, 22 * 60) // 15 * 15
    diff = rng.choice([-9, -8, -6, -5, -4, 1, 2, 3, 5, 8, 9, 10])
    # people, not real cities: a stated offset must not contradict a real one
    a, b = rng.sample(["Maria", "Raj", "my sister", "my boss", "Tom", "Aisha", "Ken", "Lena"], 2)
    sign = "ahead of" if diff > 0 else "behind"
    text = pick(rng, f"It's {ampm(t)} where {a} lives. {b} is {abs(diff)} hours {sign} {a}. What "
                     f"time is it for {b}?",
                f"{b} is {abs(diff)}h {sign} {a}; a call at {ampm(t)} {a}'s time is what time for "
                f"{b}?")
    return text, clock(t + diff * 60)


@fam
def km_per_day(rng: random.Random) -> Any:
    total, days = rng.randint(100, 3000), rng.randint(3, 40)
    text = pick(rng, f"Cycling {total} km in {days} days - km per day? 1 decimal",
                f"to cover {total} km over {days} days, how far each day (1 dp)?")
    return text, num(F(total, days), 1)


@fam
def lawn_mow_time(rng: random.Random) -> Any:
    area, width, speed = rng.randint(100, 3000), rng.choice([F("0.46"), F("0.53"), F("0.76"),
                                                            F("1.07")]), dec(rng, 2.5, 6, 1)
    mins = area / (width * speed * 1000) * 60
    text = pick(rng, f"Mowing {area} m² with a {show(width)} m cut at {show(speed)} km/h (no "
                     "overlap). Minutes? 1 decimal",
                f"minutes (1 dp) to mow {area} square metres: cutting width {show(width)} m, "
                f"walking {show(speed)} km/h, no overlap")
    return text, num(mins, 1)


@fam
def data_upload_time(rng: random.Random) -> Any:
    gb, mbps = rng.randint(1, 200), rng.choice([5, 10, 20, 40, 50, 100])
    mins = _mins(F(gb * 8000, mbps * 60))
    text = pick(rng, f"Backing up {gb} GB at an upload speed of {mbps} Mbps (1 GB = 8000 Mb). How "
                     "long? nearest minute",
                f"upload {gb} GB over a {mbps} Mbit/s line, 8,000 megabits per GB - time to the "
                f"nearest minute?")
    if mins < 61 or mins % 60 == 0:
        raise Redraw
    return text, hm(mins)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    travel_time, arrival_time, arrival_with_break, average_speed, leave_by,
    flight_local_arrival, meet_in_middle, catch_up, ev_charge_time, ev_trip_cost, phone_charge,
    fill_time, pool_fill_hours, drain_time, reading_time, playback_speed, roast_time,
    turkey_done, thaw_time, walk_time, laps_needed, pages_per_minute, time_zone_call,
    km_per_day, lawn_mow_time, data_upload_time)]
