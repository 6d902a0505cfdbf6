"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 6: travel and health
apps."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    EN,
    MONTHS,
    Made,
    clock,
    count,
    date_forms,
    family,
    hm,
    money,
    number,
    pretty,
    rand_date,
    shot,
    span,
)
from bench.data.agents.helpers import Family

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CITIES = ["Paris", "Madrid", "Dublin", "Oslo", "Rome", "Lisbon", "Berlin", "Vienna",
          "Prague", "Athens"]


def boarding(rng: random.Random) -> tuple[list[str], dict[str, object]]:
    info = {"flight": f"{rng.choice(['BA', 'EZ', 'FR', 'LH', 'KL'])}{rng.randint(100, 999)}",
            "gate": rng.randint(1, 60), "dep": rng.randrange(6 * 60, 22 * 60, 5),
            "gap": rng.choice(range(20, 65, 5)),
            "seat": f"{rng.randint(1, 33)}{rng.choice('ABCDEF')}",
            "to": rng.choice(CITIES)}
    rows = [f"Flight {info['flight']} to {info['to']}", f"Gate {info['gate']}",
            f"Boarding {hm(info['dep'] - info['gap'])}", f"Departs {hm(info['dep'])}",
            f"Seat {info['seat']}"]
    return rows, info


@family
def flight_gate(rng: random.Random) -> Made:
    rows, info = boarding(rng)
    return ("What gate is my flight from?", [[str(info["gate"]), f"gate {info['gate']}"]],
            shot(rng, "Boarding pass", rows))


@family
def flight_departs(rng: random.Random) -> Made:
    rows, info = boarding(rng)
    return ("what time does the plane actually leave?", [clock(int(info["dep"]))],
            shot(rng, "Boarding pass", rows))


@family
def flight_seat(rng: random.Random) -> Made:
    rows, info = boarding(rng)
    seat = str(info["seat"]).lower()
    return ("Which seat am I in?", [[seat, f"seat {seat}"]], shot(rng, "Boarding pass", rows))


@family
def boarding_gap(rng: random.Random) -> Made:
    rows, info = boarding(rng)
    return ("How long before departure does boarding start on this pass?",
            [span(int(info["gap"]))], shot(rng, "Mobile boarding pass", rows))


@family
def hotel_nights(rng: random.Random) -> Made:
    a = rand_date(rng)
    n = rng.randint(1, 14)
    rows = [f"Hotel {rng.choice(CITIES)} Central", f"Check-in: {pretty(a)}",
            f"Check-out: {pretty(a + dt.timedelta(days=n))}", "Guests: 2"]
    return ("How many nights is this booking for?", [count(n, "nights")],
            shot(rng, "Your booking", rows))


@family
def hotel_cost(rng: random.Random) -> Made:
    a = rand_date(rng)
    n = rng.randint(2, 9)
    rate = rng.randint(59, 289)
    rows = [f"Check-in: {pretty(a)}", f"Check-out: {pretty(a + dt.timedelta(days=n))}",
            f"Rate: ${rate} per night"]
    return ("What will the room cost in total for the whole stay?", [money(rate * n)],
            shot(rng, "Reservation", rows))


@family
def train_journey(rng: random.Random) -> Made:
    dep = rng.randrange(5 * 60, 20 * 60)
    length = rng.randint(25, 300)
    a, b = rng.sample(CITIES, 2)
    rows = [f"{a} -> {b}", f"Dep {hm(dep)}", f"Arr {hm(dep + length)}", "Coach C"]
    return ("How long is this train journey?", [span(length)], shot(rng, "E-ticket", rows))


@family
def train_platform(rng: random.Random) -> Made:
    p = rng.randint(1, 16)
    rows = [f"Dep {hm(rng.randrange(6 * 60, 22 * 60))}", f"Platform {p}", "On time"]
    return ("which platform is my train leaving from?", [[str(p), f"platform {p}"]],
            shot(rng, "Live departures", rows))


@family
def steps_week(rng: random.Random) -> Made:
    steps = [rng.randint(2500, 16000) for _ in range(7)]
    rows = [f"{d}  {s:,}" for d, s in zip(DAYS, steps, strict=True)]
    return ("How many steps did I do in total this week?", [number(sum(steps))],
            shot(rng, "Steps", rows))


@family
def steps_mean(rng: random.Random) -> Made:
    steps = [rng.randint(2500, 16000) for _ in range(7)]
    rows = [f"{d}  {s:,}" for d, s in zip(DAYS, steps, strict=True)]
    return ("what's my average daily step count this week? nearest whole step",
            [number(Fraction(sum(steps), 7))], shot(rng, "Activity", rows))


@family
def steps_best(rng: random.Random) -> Made:
    steps = rng.sample(range(2500, 16000), 7)
    rows = [f"{d}  {s:,}" for d, s in zip(DAYS, steps, strict=True)]
    best = FULL[steps.index(max(steps))]
    return ("Which day did I walk the most?", [[best]], shot(rng, "Steps this week", rows))


@family
def run_miles(rng: random.Random) -> Made:
    km = Fraction(rng.randint(30, 250), 10)
    rows = [f"Distance: {float(km):.1f} km", f"Time: {rng.randint(18, 90)}:{rng.randint(10, 59)}",
            f"Calories: {rng.randint(200, 900)}"]
    return ("How far was this run in miles? (1 mile = 1.609 km, 2 decimals)",
            [number(km / Fraction("1.609"), 2)], shot(rng, "Morning run", rows))


@family
def run_pace(rng: random.Random) -> Made:
    km = rng.randint(3, 21)
    secs = km * rng.randint(270, 420)
    rows = [f"Distance: {km}.0 km", f"Time: {secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}"]
    per = Fraction(secs, km)
    if per.denominator != 1:
        return None
    m, s = divmod(int(per), 60)
    return ("What was my average pace per km on this run?",
            [[f"{m}:{s:02d}", f"{m} min {s} s", f"{m}m {s}s", f"{m} minutes {s} seconds"]],
            shot(rng, "Run summary", rows))


@family
def sleep_length(rng: random.Random) -> Made:
    bed = rng.randrange(21 * 60 + 30, 25 * 60 + 30, 5)
    length = rng.randrange(300, 560, 5)
    rows = [f"Bedtime {hm(bed)}", f"Woke up {hm(bed + length)}", "Sleep score 78"]
    return ("how long did I sleep last night going by this?", [span(length)],
            shot(rng, "Sleep", rows))


@family
def parcel_lb(rng: random.Random) -> Made:
    kg = Fraction(rng.randint(3, 250), 10)
    rows = [f"Weight: {float(kg):.1f} kg", f"Size: {rng.choice(['Small', 'Medium', 'Large'])}"]
    return ("What does this parcel weigh in pounds? Use 1 kg = 2.205 lb, one decimal.",
            [number(kg * Fraction("2.205"), 1)], shot(rng, "Parcel details", rows))


@family
def meeting_length(rng: random.Random) -> Made:
    a = rng.randrange(8 * 60, 17 * 60, 15)
    length = rng.choice(range(15, 195, 15))
    what = rng.choice(["Team sync", "Dentist", "1:1 with Sam", "Budget review", "Interview"])
    rows = [what, f"{hm(a)} - {hm(a + length)}", "Room 4B"]
    return ("How long is this appointment?", [span(length)], shot(rng, "Calendar", rows))


@family
def meeting_room(rng: random.Random) -> Made:
    room = f"{rng.randint(1, 9)}{rng.choice('ABCD')}"
    rows = ["Project kickoff", f"{hm(rng.randrange(540, 960, 30))}", f"Room {room}"]
    return ("Which room is the meeting in?", [[f"room {room.lower()}", room.lower()]],
            shot(rng, "Event", rows))


@family
def temp_swing(rng: random.Random) -> Made:
    lo = rng.randint(-8, 18)
    hi = lo + rng.randint(3, 16)
    rows = [rng.choice(CITIES), f"High {hi}°C", f"Low {lo}°C", "Sunny"]
    d = hi - lo
    forms = [f"{d} degrees", f"{d}°", f"{d}°c", f"{d} c"]
    if d not in (hi, abs(lo)):
        forms.append(str(d))
    return ("What's the difference between today's high and low?", [forms],
            shot(rng, "Weather", rows))


@family
def temp_fahr(rng: random.Random) -> Made:
    c = rng.randint(-5, 38)
    rows = [rng.choice(CITIES), f"Now {c}°C", "Feels like " + str(c - 2) + "°C"]
    return ("What's the current temperature in Fahrenheit? Round to whole degrees.",
            [number(Fraction(c * 9, 5) + 32)], shot(rng, "Weather", rows))


@family
def ride_fare_km(rng: random.Random) -> Made:
    fare = rng.randint(600, 4500)
    km = Fraction(rng.randint(20, 250), 10)
    rows = [f"Fare: ${fare / 100:.2f}", f"Distance: {float(km):.1f} km", "Driver: Alex"]
    return ("how much did this ride cost per km? round to the cent",
            [money(Fraction(fare, 100) / km)], shot(rng, "Trip receipt", rows))


@family
def driver_arrives(rng: random.Random) -> Made:
    now = rng.randrange(6 * 60, 23 * 60)
    eta = rng.randint(2, 25)
    rows = [f"Driver arriving in {eta} min", f"Toyota Prius - {rng.choice('ABCKLM')}"
            f"{rng.randint(10, 99)} {rng.choice('XYZ')}"]
    return (f"It's {hm(now)} now. What time will my ride get here?", [clock(now + eta)],
            shot(rng, "Your ride", rows))


@family
def pills_last(rng: random.Random) -> Made:
    per = rng.randint(1, 4)
    days = rng.randint(5, 40)
    rows = [f"Tablets left: {per * days}", f"Dose: {per} per day"]
    return ("How many days will my remaining tablets last?", [count(days, "days")],
            shot(rng, "Meds", rows))


@family
def refill_date(rng: random.Random) -> Made:
    day = rand_date(rng)
    rows = ["Prescription ready", f"Collect from: {pretty(day)}", "Branch: High St"]
    return ("From what date can I pick up my prescription?", [date_forms(day)],
            shot(rng, "Pharmacy", rows))


@family
def appt_days(rng: random.Random) -> Made:
    day = rand_date(rng)
    gap = rng.randint(2, 45)
    today = day - dt.timedelta(days=gap)
    rows = ["Dr. Patel", f"{pretty(day)} {hm(rng.randrange(540, 1020, 10))}"]
    return (f"today is {MONTHS[today.month - 1]} {today.day}. how many days until my appointment?",
            [count(gap, "days")], shot(rng, "Appointments", rows))


@family
def heart_avg(rng: random.Random) -> Made:
    vals = [rng.randint(55, 95) for _ in range(rng.randint(3, 6))]
    rows = [f"{d}  {v} bpm" for d, v in zip(DAYS, vals, strict=False)]
    return (f"What's my average resting heart rate over these {EN[len(vals)]} days? One decimal.",
            [number(Fraction(sum(vals), len(vals)), 1)], shot(rng, "Resting HR", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    flight_gate, flight_departs, flight_seat, boarding_gap, hotel_nights, hotel_cost,
    train_journey, train_platform, steps_week, steps_mean, steps_best, run_miles, run_pace,
    sleep_length, parcel_lb, meeting_length, meeting_room, temp_swing, temp_fahr,
    ride_fare_km, driver_arrives, pills_last, refill_date, appt_days, heart_avg)]
