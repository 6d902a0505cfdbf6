"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 6: travel, fitness."""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    clock,
    hm,
    money,
    num,
    pct,
    shot,
    span,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
AIR = ["BA", "LH", "KL", "AF", "IB", "EI", "TP", "SK"]


def flight(rng: random.Random) -> tuple[dict, dict]:
    dep = rng.choice(range(6 * 60, 20 * 60, 5))
    board = dep - rng.choice([25, 30, 35, 40, 45, 50])
    dur = rng.choice(range(55, 300, 5))
    gate = f"{rng.choice('ABCDE')}{rng.randint(2, 60)}"
    code = f"{rng.choice(AIR)} {rng.randint(100, 999)}"
    seat = f"{rng.randint(3, 38)}{rng.choice('ABCDEF')}"
    rows = [
        f"Flight {code}",
        f"Gate {gate}",
        f"Boarding {hm(board)}",
        f"Departs {hm(dep)}",
        f"Arrives {hm(dep + dur)}",
        f"Seat {seat}",
    ]
    return shot(rng, "Boarding pass", rows), {
        "dep": dep,
        "board": board,
        "dur": dur,
        "gate": gate,
        "seat": seat,
        "code": code,
    }


def b_gate(rng: random.Random) -> Built:
    r, f = flight(rng)
    return r, [[f["gate"].lower()]], f


def b_boarding(rng: random.Random) -> Built:
    r, f = flight(rng)
    return r, [clock(f["board"])], f


def b_flight_len(rng: random.Random) -> Built:
    r, f = flight(rng)
    return r, [span(f["dur"])], f


def b_seat(rng: random.Random) -> Built:
    r, f = flight(rng)
    return r, [[f["seat"].lower()], [f["gate"].lower()]], f


def b_board_wait(rng: random.Random) -> Built:
    r, f = flight(rng)
    now = f["board"] - rng.randint(10, 150)
    return r, [span(f["board"] - now)], {**f, "now": hm(now)}


def b_delay_arr(rng: random.Random) -> Built:
    r, f = flight(rng)
    d = rng.choice(range(15, 130, 5))
    return r, [clock(f["dep"] + f["dur"] + d)], {**f, "d": d}


def train(rng: random.Random) -> tuple[dict, dict]:
    dep = rng.choice(range(5 * 60, 22 * 60, 1))
    dur = rng.randint(18, 290)
    plat = rng.randint(1, 18)
    cur = rng.choice(CUR)
    fare = rng.randint(450, 9900)
    rows = [
        f"Departs {hm(dep)}",
        f"Arrives {hm(dep + dur)}",
        f"Platform {plat}",
        f"Changes: {rng.randint(0, 2)}",
        f"Fare {cur}{fare / 100:.2f}",
    ]
    return shot(rng, "Your journey", rows), {
        "dep": dep,
        "dur": dur,
        "plat": plat,
        "cur": cur,
        "fare": fare,
        "cw": CW[cur],
    }


def b_journey(rng: random.Random) -> Built:
    r, t = train(rng)
    return r, [span(t["dur"])], t


def b_train_platform(rng: random.Random) -> Built:
    r, t = train(rng)
    return r, [[str(t["plat"])], clock(t["dep"])], t


def b_late_arrive(rng: random.Random) -> Built:
    r, t = train(rng)
    d = rng.randint(4, 45)
    return r, [clock(t["dep"] + t["dur"] + d)], {**t, "d": d}


def b_return_fare(rng: random.Random) -> Built:
    r, t = train(rng)
    k = rng.randint(2, 5)
    return r, [money(t["fare"] * 2 * k, True)], {**t, "k": k, "kw": WORDS[k]}


def b_ride(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    fare = rng.randint(650, 5400)
    p = rng.choice([10, 15, 20])
    rows = [
        f"Trip fare {cur}{fare / 100:.2f}",
        f"Distance {rng.randint(20, 250) / 10:.1f} km",
        f"Driver {rng.choice(['Sam', 'Priya', 'Luis', 'Anna', 'Omar'])}",
    ]
    return shot(rng, "Your ride", rows), [money(Q(fare * (100 + p), 100), True)], {"p": p}


def b_ride_km(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    fare = rng.randint(650, 5400)
    km = rng.randint(25, 300)
    rows = [f"Trip fare {cur}{fare / 100:.2f}", f"Distance {km / 10:.1f} km", "Payment: card"]
    return shot(rng, "Trip receipt", rows), [money(Q(fare * 10, km), True)], {}


def run(rng: random.Random) -> tuple[dict, dict]:
    km = rng.randint(30, 215) / 10
    pace = rng.randint(270, 420)
    secs = round(km * pace)
    rows = [
        f"Distance {km:.2f} km",
        f"Time {secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}"
        if secs >= 3600
        else f"Time {secs // 60}:{secs % 60:02d}",
        f"Calories {rng.randint(180, 1400)}",
        f"Avg HR {rng.randint(128, 172)} bpm",
    ]
    return shot(rng, "Morning run", rows), {"km": Q(str(km)), "secs": secs}


def b_pace(rng: random.Random) -> Built:
    r, x = run(rng)
    per = Q(x["secs"]) / x["km"]
    if near(per):
        raise Tie(per)
    s = round(per)
    m, ss = divmod(s, 60)
    return (
        r,
        [[f"{m}:{ss:02d}", f"{m}m {ss}s", f"{m} min {ss} s", f"{m} min {ss} sec", f"{m}'{ss:02d}"]],
        {},
    )


def near(v: Q) -> bool:
    return abs(v - int(v) - Q(1, 2)) < Q(1, 50)


def b_speed(rng: random.Random) -> Built:
    r, x = run(rng)
    return r, [num(x["km"] * 3600 / x["secs"], 1)], {}


def b_miles(rng: random.Random) -> Built:
    r, x = run(rng)
    return r, [num(x["km"] / Q("1.609"), 2)], {}


def b_steps(rng: random.Random) -> Built:
    steps, goal = rng.randint(1200, 9800), rng.choice([8000, 10000, 12000])
    rows = [f"Steps {steps:,}", f"Goal {goal:,}", f"Floors {rng.randint(2, 30)}"]
    return shot(rng, "Today", rows), [num(goal - steps)], {}


def b_steps_pct(rng: random.Random) -> Built:
    steps, goal = rng.randint(1200, 9800), rng.choice([8000, 10000, 12000])
    rows = [f"Steps {steps:,}", f"Goal {goal:,}", f"Distance {steps * 7 / 10000:.1f} km"]
    return shot(rng, "Activity", rows), [pct(Q(100 * steps, goal))], {}


def b_sleep(rng: random.Random) -> Built:
    bed = rng.choice(range(21 * 60 + 30, 25 * 60 + 30, 5)) % 1440
    wake = rng.choice(range(5 * 60 + 30, 9 * 60 + 15, 5))
    dur = (wake - bed) % 1440
    rows = [f"Bedtime {hm(bed)}", f"Woke up {hm(wake)}", f"Sleep score {rng.randint(55, 95)}"]
    return shot(rng, "Sleep", rows), [span(dur)], {}


def b_screen_week(rng: random.Random) -> Built:
    m = rng.randint(65, 420)
    rows = [
        f"Daily average {m // 60}h {m % 60}m",
        f"Pickups {rng.randint(40, 150)}",
        f"Notifications {rng.randint(60, 400)}",
    ]
    return shot(rng, "Screen Time", rows), [span(7 * m)], {}


def b_screen_cut(rng: random.Random) -> Built:
    m = rng.randint(65, 420)
    p = rng.choice([10, 20, 25, 50])
    if (m * (100 - p)) % 100:
        raise Tie(m)
    rows = [f"Daily average {m // 60}h {m % 60}m", f"Pickups {rng.randint(40, 150)}"]
    return shot(rng, "Screen Time", rows), [span(m * (100 - p) // 100)], {"p": p}


def b_calories(rng: random.Random) -> Built:
    eaten, goal = rng.randint(600, 2300), rng.choice([1800, 2000, 2200, 2500])
    burned = rng.randint(0, 600)
    rows = [f"Goal {goal:,}", f"Food {eaten:,}", f"Exercise {burned}"]
    left = goal - eaten + burned
    return shot(rng, "Calories", rows), [num(left)], {}


TEMPLATES_6 = {
    "flight_gate": (b_gate, "what gate am I at", "Which gate is on my boarding pass?"),
    "boarding": (b_boarding, "when does boarding start?", "what time do I board"),
    "flight_len": (
        b_flight_len,
        "how long is this flight? same time zone",
        "flight time from departure to arrival (no time zone change)?",
    ),
    "seat_gate": (b_seat, "what's my seat and gate?", "Read me my seat number and the gate please"),
    "board_wait": (
        b_board_wait,
        "it's {now}. how long till boarding?",
        "Now {now} - how much time before they start boarding?",
    ),
    "delay_arrive": (
        b_delay_arr,
        "the flight's delayed {d} minutes. what time do we land now?",
        "If it leaves {d} min late, what's the new arrival time?",
    ),
    "journey": (
        b_journey,
        "how long is this train journey?",
        "total travel time from departure to arrival?",
    ),
    "train_platform": (
        b_train_platform,
        "what platform and what time does it leave?",
        "platform and departure time pls",
    ),
    "train_late": (
        b_late_arrive,
        "running {d} minutes late, when will I arrive?",
        "add a {d} min delay - new arrival time?",
    ),
    "train_fare": (
        b_return_fare,
        "The fare is one way. I do this trip there and back {k} times - how much in fares?",
        "{kw} return trips at this fare (fare each way) - total?",
    ),
    "ride_tip": (
        b_ride,
        "add {p}% tip to this ride - what do I pay?",
        "fare plus a {p} percent tip?",
    ),
    "ride_per_km": (
        b_ride_km,
        "what did this ride cost per km?",
        "Price per kilometre for this trip, to the cent?",
    ),
    "run_pace": (
        b_pace,
        "what was my average pace per km (min:sec)?",
        "pace per kilometre for this run? mm:ss, nearest second",
    ),
    "run_speed": (
        b_speed,
        "average speed in km/h? one decimal",
        "How fast was this run on average, km per hour to 1 dp?",
    ),
    "run_miles": (
        b_miles,
        "how many miles is that? use 1 mile = 1.609 km, 2 decimals",
        "convert this run's distance to miles (1 mi = 1.609 km), 2 dp",
    ),
    "steps_left": (
        b_steps,
        "how many more steps to hit my goal?",
        "steps left to reach today's goal?",
    ),
    "steps_pct": (
        b_steps_pct,
        "what % of my step goal have I done? 1 decimal",
        "percentage of goal reached, one decimal place?",
    ),
    "sleep": (
        b_sleep,
        "how long did I sleep?",
        "How much sleep did I get going by bedtime and wake time?",
    ),
    "screen_week": (
        b_screen_week,
        "what's that per week?",
        "Daily average times 7 - how much screen time a week?",
    ),
    "screen_cut": (
        b_screen_cut,
        "I want to cut this by {p}%. what should my daily target be?",
        "daily average reduced by {p} percent = ?",
    ),
    "calories": (
        b_calories,
        "how many calories do I have left? goal minus food plus exercise",
        "Calories remaining (goal - food + exercise)?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_6.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
