"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 6: health and time apps.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    MONTHS,
    Family,
    Made,
    clock,
    count,
    date_forms,
    day,
    family,
    hm,
    number,
    pick,
    shot,
    span,
)

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
APPS = ["Instagram", "YouTube", "TikTok", "WhatsApp", "Netflix", "Reddit", "Spotify", "Maps",
        "Chrome", "Mail"]


def week(rng: random.Random, low: int, high: int, n: int = 7) -> list[int]:
    return rng.sample(range(low, high), n)


@family
def steps_total(rng: random.Random) -> Made:
    steps = week(rng, 2000, 16000)
    rows = [f"{d}  {s:,} steps" for d, s in zip(DAYS, steps, strict=True)]
    text = pick(rng, "How many steps did I do in total this week?",
                "total steps for the week from this screenshot?")
    return text, [number(sum(steps))], shot(rng, "Activity", rows)


@family
def steps_mean(rng: random.Random) -> Made:
    steps = week(rng, 2000, 16000)
    rows = [f"{d}  {s:,}" for d, s in zip(DAYS, steps, strict=True)]
    text = "What was my average daily step count this week? Round to the nearest step."
    return text, [number(F(sum(steps), 7))], shot(rng, "Steps", rows)


@family
def best_day(rng: random.Random) -> Made:
    steps = week(rng, 2000, 16000)
    rows = [f"{d}  {s:,} steps" for d, s in zip(DAYS, steps, strict=True)]
    i = steps.index(max(steps))
    text = pick(rng, "Which day did I walk the most, and how many steps was it?",
                "what was my best day for steps? and the count that day?")
    return text, [[FULL[i]], number(steps[i])], shot(rng, "Weekly steps", rows)


@family
def screen_total(rng: random.Random) -> Made:
    apps = rng.sample(APPS, rng.randint(3, 5))
    mins = [rng.randint(5, 150) for _ in apps]
    rows = [f"{a}  {m // 60}h {m % 60}m" if m >= 60 else f"{a}  {m}m"
            for a, m in zip(apps, mins, strict=True)]
    text = pick(rng, "How much screen time is that altogether?",
                "add up the time on these apps for me")
    return text, [span(sum(mins))], shot(rng, "Screen Time", rows)


@family
def top_app(rng: random.Random) -> Made:
    apps = rng.sample(APPS, rng.randint(3, 6))
    mins = rng.sample(range(5, 200), len(apps))
    rows = [f"{a}  {m // 60}h {m % 60}m" if m >= 60 else f"{a}  {m}m"
            for a, m in zip(apps, mins, strict=True)]
    i = mins.index(max(mins))
    text = "Which app did I spend the most time on, and for how long?"
    return text, [[apps[i]], span(mins[i])], shot(rng, "Screen Time today", rows)


@family
def sleep_length(rng: random.Random) -> Made:
    bed = rng.choice(range(21 * 60, 25 * 60 + 30, 5))
    wake = bed + rng.choice(range(300, 560, 5))
    rows = [f"Bedtime {hm(bed)}", f"Woke up {hm(wake)}"]
    text = pick(rng, "How long did I sleep last night?", "how many hours did I get?")
    return text, [span(wake - bed)], shot(rng, "Sleep", rows)


@family
def run_pace(rng: random.Random) -> Made:
    km = rng.choice([3, 4, 5, 6, 8, 10, 12, 15, 21])
    pace = rng.randint(270, 420)
    secs = pace * km
    rows = [f"Distance {km} km", f"Time {secs // 3600}:{secs % 3600 // 60:02d}:{secs % 60:02d}"]
    text = "What was my average pace per km?"
    m, s = divmod(pace, 60)
    forms = [f"{m}:{s:02d}", f"{m}m {s}s", f"{m} min {s} s", f"{m} minutes {s} seconds",
             f"{m}min {s}s", f"{m}'{s:02d}"]
    return text, [forms], shot(rng, "Run summary", rows)


@family
def calories_left(rng: random.Random) -> Made:
    goal = rng.choice([1600, 1800, 2000, 2200, 2400, 2500])
    meals = rng.sample(range(150, 800), 3)
    if goal - sum(meals) < 150:
        return None
    rows = [f"Goal {goal:,} kcal", f"Breakfast {meals[0]}", f"Lunch {meals[1]}",
            f"Snacks {meals[2]}"]
    text = pick(rng, "How many calories do I have left for dinner?",
                "cals remaining for the day?")
    return text, [number(goal - sum(meals))], shot(rng, "Food diary", rows)


@family
def water_left(rng: random.Random) -> Made:
    goal = rng.choice([2000, 2500, 3000, 3500])
    had = rng.randrange(250, goal - 100, 50)
    rows = [f"Today {had:,} ml", f"Goal {goal:,} ml"]
    text = "How much more water do I need to drink to hit my goal?"
    left = goal - had
    forms = [*number(left), f"{left / 1000:g} l", f"{left / 1000:g} litres"]
    return text, [forms], shot(rng, "Hydration", rows)


@family
def heart_mean(rng: random.Random) -> Made:
    hr = rng.sample(range(55, 110), rng.randint(4, 6))
    times = ["08:00", "10:00", "12:00", "14:00", "16:00", "18:00"]
    rows = [f"{t}  {b} bpm" for t, b in zip(times, hr, strict=False)]
    text = "What's the average of these heart-rate readings? one decimal"
    return text, [number(F(sum(hr), len(hr)), 1)], shot(rng, "Heart rate", rows)


@family
def weight_change(rng: random.Random) -> Made:
    start = F(rng.randint(550, 1200), 10)
    now = start - F(rng.randint(5, 150), 10)
    rows = [f"Start {float(start):.1f} kg", f"Now {float(now):.1f} kg"]
    text = pick(rng, "How much weight have I lost so far?", "how many kilos down am I?")
    diff = start - now
    return text, [[f"{float(diff):.1f}", f"{float(diff):g}"]], shot(rng, "Weight", rows)


@family
def unread_count(rng: random.Random) -> Made:
    n = rng.randint(3, 250)
    rows = [f"Inbox ({n})", "Sent", f"Drafts ({rng.randint(0, 2)})"]
    text = pick(rng, "How many unread emails do I have?", "how many in my inbox unread?")
    return text, [count(n)], shot(rng, "Mail", rows)


@family
def next_meeting(rng: random.Random) -> Made:
    t = sorted(rng.sample(range(8 * 60, 18 * 60, 15), 3))
    names = rng.sample(["Standup", "Budget review", "1:1 with Kim", "Design sync", "Lunch",
                        "Client call", "Dentist"], 3)
    rows = [f"{hm(a)}  {n}" for a, n in zip(t, names, strict=True)]
    text = f"What time is my {names[1].lower()}?"
    return text, [clock(t[1])], shot(rng, "Today", rows)


@family
def meeting_length(rng: random.Random) -> Made:
    a = rng.choice(range(8 * 60, 17 * 60, 15))
    b = a + rng.choice(range(15, 180, 15))
    name = rng.choice(["Workshop", "Planning", "Interview", "Training", "Review"])
    rows = [name, f"{hm(a)} - {hm(b)}", f"Room {rng.randint(1, 12)}"]
    text = pick(rng, "How long is this meeting?", "how long's this thing in my calendar?")
    return text, [span(b - a)], shot(rng, "Event", rows)


@family
def free_gap(rng: random.Random) -> Made:
    a = rng.choice(range(9 * 60, 12 * 60, 15))
    b = a + rng.choice([30, 45, 60, 90])
    c = b + rng.choice(range(15, 200, 15))
    rows = [f"{hm(a)}-{hm(b)}  Team call", f"{hm(c)}-{hm(c + 60)}  Review"]
    text = "How much free time do I have between these two meetings?"
    return text, [span(c - b)], shot(rng, "Calendar", rows)


@family
def flight_dep(rng: random.Random) -> Made:
    dep = rng.choice(range(5 * 60, 23 * 60, 5))
    gate = f"{rng.choice('ABCD')}{rng.randint(1, 40)}"
    rows = [f"Flight {rng.choice(['EZ', 'FR', 'BA', 'DL'])}{rng.randint(100, 9999)}",
            f"Departs {hm(dep)}", f"Gate {gate}"]
    text = pick(rng, "What time does my flight leave and from which gate?",
                "departure time + gate?")
    return text, [clock(dep), [gate]], shot(rng, "Boarding pass", rows)


@family
def flight_time(rng: random.Random) -> Made:
    dep = rng.choice(range(5 * 60, 20 * 60, 5))
    arr = dep + rng.choice(range(45, 300, 5))
    rows = [f"Depart {hm(dep)}", f"Arrive {hm(arr)}", "Times shown in UTC"]
    text = "How long is this flight?"
    return text, [span(arr - dep)], shot(rng, "Trip", rows)


@family
def train_seat(rng: random.Random) -> Made:
    coach, seat = rng.choice("ABCDEFGH"), rng.randint(1, 80)
    rows = [f"Coach {coach}", f"Seat {seat}", f"Departs {hm(rng.choice(range(360, 1380, 5)))}"]
    text = pick(rng, "Which coach and seat am I in?", "what's my seat number and coach?")
    return text, [[f"coach {coach}", f"coach: {coach}", f"coach is {coach}"], count(seat)], \
        shot(rng, "E-ticket", rows)


@family
def temp_range(rng: random.Random) -> Made:
    hi = rng.randint(8, 36)
    lo = hi - rng.randint(2, 18)
    rows = [rng.choice(["Sunny", "Cloudy", "Showers"]), f"High {hi}°C", f"Low {lo}°C"]
    text = "What's the difference between today's high and low?"
    d = hi - lo
    return text, [[*count(d), f"{d}°", f"{d} degrees"]], shot(rng, "Weather", rows)


@family
def high_in_f(rng: random.Random) -> Made:
    hi = rng.randint(5, 38)
    rows = [f"High {hi}°C", f"Low {hi - rng.randint(4, 10)}°C"]
    text = pick(rng, "What's the high in Fahrenheit?", "convert today's high to F")
    return text, [number(F(hi * 9, 5) + 32, 1)], shot(rng, "Forecast", rows)


@family
def rainiest_day(rng: random.Random) -> Made:
    rain = rng.sample(range(0, 100, 5), 7)
    rows = [f"{d}  rain {r}%" for d, r in zip(DAYS, rain, strict=True)]
    i = rain.index(max(rain))
    text = "Which day has the highest chance of rain, and what's the chance?"
    return text, [[FULL[i]], [f"{rain[i]}%", f"{rain[i]} percent"]], shot(rng, "This week", rows)


@family
def grade_mean(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "English", "History", "Biology", "Art", "French", "Physics"], 4)
    marks = [rng.randint(48, 99) for _ in subs]
    rows = [f"{s}  {m}" for s, m in zip(subs, marks, strict=True)]
    text = pick(rng, "What's my average mark? 1 decimal place",
                "average of these grades (one dp)?")
    return text, [number(F(sum(marks), 4), 1)], shot(rng, "Report card", rows)


@family
def best_subject(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "English", "History", "Biology", "Art", "French", "Physics",
                       "Music"], 5)
    marks = rng.sample(range(45, 100), 5)
    rows = [f"{s}  {m}%" for s, m in zip(subs, marks, strict=True)]
    text = "Which subject did I score highest in, and what mark did I get?"
    top = max(marks)
    return text, [[subs[marks.index(top)]], [f"{top}%", f"{top} percent", f"{top}/100"]], \
        shot(rng, "Results", rows)


@family
def leader_gap(rng: random.Random) -> Made:
    names = rng.sample(["Jay", "Ola", "Max", "Eva", "Raj", "Kai", "Lin"], 4)
    pts = sorted(rng.sample(range(200, 3000), 4), reverse=True)
    rows = [f"{i + 1}. {n}  {p:,} pts" for i, (n, p) in enumerate(zip(names, pts, strict=True))]
    text = "How many points is first place ahead of second?"
    return text, [number(pts[0] - pts[1])], shot(rng, "Leaderboard", rows)


@family
def contact_phone(rng: random.Random) -> Made:
    who = rng.choice(["Mum", "Dr Lee", "Plumber", "Landlord", "Nina", "Work"])
    num = f"0{rng.randint(7000, 7999)} {rng.randint(100000, 999999)}"
    rows = [who, f"Mobile {num}", f"Email {who.lower().replace(' ', '')}@mail.com"]
    text = pick(rng, f"What's the mobile number for {who} in this screenshot?",
                "can you read out the phone number?")
    return text, [[num, num.replace(" ", "")]], shot(rng, "Contact", rows)


@family
def email_sender(rng: random.Random) -> Made:
    senders = rng.sample(["Amazon", "Dentist", "Landlord", "School", "Bank", "Airline",
                          "Gym", "Council"], 3)
    subjects = rng.sample(["Invoice", "Reminder", "Your booking", "Newsletter",
                           "Password reset", "Receipt"], 3)
    times = sorted(rng.sample(range(7 * 60, 22 * 60), 3), reverse=True)
    rows = [f"{hm(m)} {s}: {t}" for m, s, t in zip(times, senders, subjects, strict=True)]
    i = rng.randrange(3)
    text = f"Who sent the email titled '{subjects[i]}', and what time did it come in?"
    return text, [[senders[i]], clock(times[i])], shot(rng, "Inbox", rows)


@family
def battery_level(rng: random.Random) -> Made:
    b = rng.randint(3, 99)
    rows = [f"Battery {b}%", f"Screen {rng.randint(1, 9)}h", "Low power mode off"]
    text = pick(rng, "What's the battery percentage?", "how much battery is left?")
    return text, [[f"{b}%", f"{b} %", f"{b} percent"]], shot(rng, "Battery", rows)


@family
def first_alarm(rng: random.Random) -> Made:
    alarms = rng.sample(range(5 * 60, 10 * 60, 5), 3)
    rows = [f"{hm(a)}  {lab}" for a, lab in zip(alarms, ["Gym", "Work", "Meds"], strict=True)]
    text = "What's the earliest alarm I have set?"
    return text, [clock(min(alarms))], shot(rng, "Alarms", rows)


@family
def countdown_days(rng: random.Random) -> Made:
    a = day(rng)
    b = a + dt.timedelta(days=rng.randint(3, 200))
    ev = rng.choice(["Holiday", "Wedding", "Exam", "Concert", "Marathon"])
    rows = [f"Today: {a.day} {MONTHS[a.month - 1]} {a.year}",
            f"{ev}: {b.day} {MONTHS[b.month - 1]} {b.year}"]
    text = pick(rng, f"How many days until my {ev.lower()}?", "days left to go?")
    return text, [count((b - a).days, "days")], shot(rng, "Countdown", rows)


@family
def event_on(rng: random.Random) -> Made:
    when = day(rng)
    ev = rng.choice(["Dentist", "Vet", "Haircut", "Car service", "Eye test"])
    rows = [ev, f"{FULL[when.weekday()].title()[:3]} {when.day} {MONTHS[when.month - 1]}",
            f"at {hm(rng.choice(range(480, 1080, 15)))}"]
    text = pick(rng, f"What date is my {ev.lower()} appointment?", "when is this booked for?")
    return text, [date_forms(when)], shot(rng, "Appointments", rows)


@family
def workouts_count(rng: random.Random) -> Made:
    n = rng.randint(2, 7)
    done = sorted(rng.sample(range(7), n))
    rows = [f"{DAYS[i]}  {rng.choice(['Run', 'Swim', 'Bike', 'Yoga'])} "
            f"{rng.randint(20, 90)} min" for i in done]
    mins = sum(int(r.split()[-2]) for r in rows)
    text = "How many workouts did I log this week, and how many minutes in total?"
    return text, [count(n, "workouts"), span(mins)], shot(rng, "Workouts", rows)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    steps_total, steps_mean, best_day, screen_total, top_app, sleep_length, run_pace,
    calories_left, water_left, heart_mean, weight_change, unread_count, next_meeting,
    meeting_length, free_gap, flight_dep, flight_time, train_seat, temp_range, high_in_f,
    rainiest_day, grade_mean, best_subject, leader_gap, contact_phone, email_sender,
    battery_level, first_alarm, countdown_days, event_on, workouts_count)]
