"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 3: app screenshots
(timers, flights, courses, fitness, grades, medication, leaderboards) and sums on them."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    clock,
    count,
    date_forms,
    family,
    hm,
    money,
    number,
    shot,
)
from bench.data.agents.helpers import Family

NAMES = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jade", "Kai", "Lena"]


@family
def timer_goes_off(rng: random.Random) -> Made:
    h, m = rng.choice([0, 0, 1, 2]), rng.randint(5, 59)
    now = rng.randrange(16 * 60, 20 * 60, 1)
    dish = rng.choice(["Lasagne", "Roast lamb", "Sourdough", "Brisket", "Banana bread"])
    left = f"{h} h {m} min" if h else f"{m} min"
    rows = [dish, f"Time left: {left}", "Sound: Chime"]
    return (f"it's {hm(now)} right now, what time will this timer go off?",
            [clock(now + 60 * h + m)], shot(rng, "Kitchen Timer", rows))


@family
def delayed_departure(rng: random.Random) -> Made:
    sched = rng.randrange(6 * 60, 21 * 60, 5)
    delay = rng.choice([35, 50, 55, 70, 85, 95, 110, 125, 140])
    code = f"{rng.choice(['BA', 'LH', 'KL', 'AF', 'IB', 'EI'])} {rng.randint(100, 989)}"
    dh, dm = divmod(delay, 60)
    late = f"{dh} h {dm} min" if dh else f"{dm} min"
    rows = [f"Flight {code}", f"Scheduled: {hm(sched)}", f"Delayed by {late}",
            f"Gate {rng.choice('ABCD')}{rng.randint(2, 40)}"]
    return (rng.choice(["So what's the new departure time with this delay?",
                        "When does this flight actually leave now?",
                        "what's my flight's expected departure time after the "
                        "delay?"]),
            [clock(sched + delay)],
            shot(rng, "Flight status", rows))


@family
def course_percent(rng: random.Random) -> Made:
    total = rng.randint(18, 80)
    done = rng.randint(3, total - 2)
    course = rng.choice(["Intro to Python", "Spanish A2", "Guitar Basics", "Statistics 101",
                         "Watercolour"])
    rows = [course, f"Lessons completed: {done} of {total}", "Last opened: yesterday"]
    return (rng.choice(["What percentage of the course have I finished? One decimal place is "
                        "fine.",
                        "how far through this course am I, in percent? 1 dp",
                        "Can you work out my completion percentage from this screen? 1 dp."]),
            [number(Fraction(100 * done, total), 1)], shot(rng, "My Learning", rows))


@family
def weight_goal(rng: random.Random) -> Made:
    start = rng.randint(700, 1200)
    goal = start - rng.randint(40, 200)
    now = rng.randint(goal + 5, start - 5)
    rows = [f"Start: {start / 10:.1f} kg", f"Current: {now / 10:.1f} kg",
            f"Goal: {goal / 10:.1f} kg"]
    value = Fraction(100 * (start - now), start - goal)
    return ("How far am I toward my goal weight, as a percent of the total I set out to lose? "
            "Nearest whole percent.", [number(value)], shot(rng, "Weight Tracker", rows))


@family
def weighted_grade(rng: random.Random) -> Made:
    parts = rng.choice([[("Homework", 20), ("Midterm", 30), ("Final", 50)],
                        [("Labs", 25), ("Project", 35), ("Exam", 40)],
                        [("Quizzes", 15), ("Essay", 25), ("Final exam", 60)],
                        [("Coursework", 40), ("Exam", 60)]])
    marks = [rng.randint(48, 99) for _ in parts]
    rows = [f"{n} ({w}%): {s}" for (n, w), s in zip(parts, marks, strict=True)]
    value = Fraction(sum(w * s for (_, w), s in zip(parts, marks, strict=True)), 100)
    return (rng.choice(["Using the weights shown, what's my overall grade for this class? 1 "
                        "decimal.",
                        "Weighted overall mark from this gradebook? to one decimal",
                        "what's my final grade once each part is weighted like it says? 1 dp"]),
            [number(value, 1)], shot(rng, "Gradebook", rows))


@family
def win_rate(rng: random.Random) -> Made:
    won, drawn, lost = rng.randint(4, 25), rng.randint(0, 8), rng.randint(2, 20)
    played = won + drawn + lost
    rows = [f"Played: {played}", f"Won: {won}", f"Drawn: {drawn}", f"Lost: {lost}"]
    return (rng.choice(["What share of our games did we win? As a percentage, to one decimal.",
                        "win percentage for the season, counting draws as games played? one "
                        "decimal please",
                        "Out of all games played, what percent did we win? (1 d.p.)"]),
            [number(Fraction(100 * won, played), 1)], shot(rng, "Season Stats", rows))


@family
def karvonen(rng: random.Random) -> Made:
    rest, peak = rng.randint(48, 78), rng.randint(170, 198)
    pct = rng.choice([60, 65, 70, 75, 80, 85])
    value = rest + Fraction(pct, 100) * (peak - rest)
    rows = [f"Resting HR: {rest} bpm", f"Max HR: {peak} bpm", "Zones: auto"]
    return (f"My coach wants me training at {pct}% intensity using resting + {pct}% of "
            "(max - resting). From the numbers in this screenshot, what heart rate is that? "
            "Whole bpm.", [number(value)], shot(rng, "Heart Rate", rows))


@family
def systolic_average(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    reads = [(rng.randint(112, 148), rng.randint(70, 95)) for _ in days]
    rows = [f"{d}  {s}/{di}" for d, (s, di) in zip(days, reads, strict=True)]
    value = Fraction(sum(s for s, _ in reads), len(reads))
    return (rng.choice(["what's my average top number (systolic) across these readings? round to "
                        "1 dp",
                        "My doctor asked for my mean systolic pressure from this log. To one "
                        "decimal?",
                        "Average of the systolic values (the first number) here, rounded to 1 "
                        "decimal?"]),
            [number(value, 1)], shot(rng, "Blood Pressure Log", rows))


@family
def next_two_doses(rng: random.Random) -> Made:
    every = rng.choice([4, 6, 8, 12])
    last = rng.randrange(5 * 60, 11 * 60, 15)
    drug = rng.choice(["Amoxicillin", "Ibuprofen", "Paracetamol", "Cefalexin"])
    rows = [drug, f"Every {every} hours", f"Last dose: {hm(last)}"]
    return (rng.choice(["When are my next two doses due, going by this reminder?",
                        "What times are the next 2 doses?",
                        "from this med reminder, when do I take the next dose and the one after "
                        "that?"]),
            [clock(last + 60 * every), clock(last + 120 * every)], shot(rng, "Med Reminder",
                                                                         rows))


@family
def leaderboard_pass(rng: random.Random) -> Made:
    names = rng.sample(NAMES, 4)
    points = sorted(rng.sample(range(900, 3000), 4), reverse=True)
    rows = [f"{i + 1}. {n}  {p:,}" for i, (n, p) in enumerate(zip(names, points, strict=True))]
    k = rng.randint(1, 3)
    need = points[k - 1] - points[k] + 1
    return (f"How many more points would {names[k]} need to move strictly ahead of "
            f"{names[k - 1]} on this board?", [number(need)], shot(rng, "Leaderboard", rows))


@family
def monthly_spend_avg(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][: rng.randint(3, 6)]
    cents = [rng.randint(25000, 90000) for _ in months]
    cur = rng.choice(["$", "£", "€"])
    rows = [f"{m}: {cur}{c / 100:,.2f}" for m, c in zip(months, cents, strict=True)]
    value = Fraction(sum(cents), 100 * len(cents))
    return (rng.choice(["average monthly grocery spend from this screenshot? nearest cent",
                        "What's my mean spend per month on groceries going by this? Round to the "
                        "cent.",
                        "On average, how much did groceries cost me each month shown? (nearest "
                        "cent)"]),
            [money(value)], shot(rng, "Groceries by month", rows))


@family
def rides_left(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    fare = rng.randint(125, 395)
    bal = rng.randint(fare * 2 + 1, fare * 11)
    if bal % fare == 0:
        return None
    rows = [f"Balance: {cur}{bal / 100:.2f}", f"Single fare: {cur}{fare / 100:.2f}",
            "Auto top-up: off"]
    n = bal // fare
    return (rng.choice(["How many more single rides can I take before this card needs topping up?",
                        "how many trips can I still pay for with what's on this card?",
                        "Going by the balance and fare here, how many full single journeys have I"
                        " got left?"]),
            [count(n)], shot(rng, "Transit Card", rows))


@family
def engagement_rate(rng: random.Random) -> Made:
    followers = rng.randint(2000, 60000)
    likes = rng.randint(followers // 60, followers // 8)
    comments = rng.randint(5, max(6, likes // 10))
    rows = [f"Followers: {followers:,}", f"Likes: {likes:,}", f"Comments: {comments:,}"]
    value = Fraction(100 * (likes + comments), followers)
    return ("Engagement rate = (likes + comments) / followers. What's it for this post, as a % "
            "to two decimals?", [number(value, 2)], shot(rng, "Post Insights", rows))


@family
def rsvp_pending(rng: random.Random) -> Made:
    going, maybe, no = rng.randint(8, 40), rng.randint(0, 12), rng.randint(1, 10)
    invited = going + maybe + no + rng.randint(2, 25)
    rows = [f"Invited: {invited}", f"Going: {going}", f"Maybe: {maybe}", f"Can't go: {no}"]
    n = invited - going - maybe - no
    return (rng.choice(["how many people haven't answered the invite at all yet?",
                        "How many invitees haven't replied yes, no or maybe?",
                        "number of guests still to RSVP?"]), [count(n)],
            shot(rng, "Party RSVPs", rows))


@family
def water_plant(rng: random.Random) -> Made:
    last = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
    every = rng.randint(4, 16)
    plant = rng.choice(["Fiddle leaf fig", "Monstera", "Peace lily", "Snake plant", "Pothos"])
    rows = [plant, f"Water every {every} days", f"Last watered: {last.isoformat()}"]
    return (rng.choice(["On what date should I water this plant next?",
                        "When's this plant next due a water?",
                        "what date is the next watering?"]),
            [date_forms(last + dt.timedelta(days=every))], shot(rng, "Plant Care", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    timer_goes_off, delayed_departure, course_percent, weight_goal, weighted_grade, win_rate,
    karvonen, systolic_average, next_two_doses, leaderboard_pass, monthly_spend_avg, rides_left,
    engagement_rate, rsvp_pending, water_plant)]
