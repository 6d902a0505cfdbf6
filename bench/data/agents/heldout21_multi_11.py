"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 11: app screenshots,
signs and CSV files whose figures feed a conversion, a time or a health sum."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout21_multi import MONTHS, Tie, clock, deg, num, say_time
from bench.data.agents.heldout21_multi_7 import receipt
from bench.data.agents.heldout21_multi_9 import Made, chain
from bench.data.agents.helpers import Family


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": deg(rng),
    }


def board(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": deg(rng)}


@chain
def bank_shot_total_usd(rng: random.Random) -> Made:
    names = rng.sample(["Rent", "Groceries", "Gym", "Phone", "Netflix", "Fuel", "Dentist"], 3)
    cents = rng.sample(range(1500, 90000), 3)
    rows = [f"{n}  EUR {c / 100:.2f}" for n, c in zip(names, cents, strict=True)]
    total = F(sum(cents), 100)
    t = rng.choice(
        [
            "This is a screenshot of my banking app. What do the three payments add up to, and"
            " what's that in dollars if 1 EUR = 1.17 USD?",
            "add up the payments in the screenshot and convert the total to USD (1 EUR = 1.17 USD)",
        ]
    )
    return t, [num(total, 2), num(total * F("1.17"), 2)], {"image": shot(rng, "Payments", rows)}


@chain
def fitness_shot_miles(rng: random.Random) -> Made:
    steps, km = rng.randint(2500, 9800), F(rng.randint(20, 90), 10)
    rows = [f"Steps {steps:,}", f"Distance {float(km):.1f} km", f"Active {rng.randint(20, 90)} min"]
    t = rng.choice(
        [
            "From my fitness app screenshot: how far did I walk in miles (1 mile = 1.609 km,"
            " 2 decimals), and how many more steps do I need to hit 10,000?",
            "convert today's distance on the screenshot to miles (1 mi = 1.609 km, 2dp) + steps"
            " left to reach 10000",
        ]
    )
    return t, [num(km / F("1.609"), 2), num(10000 - steps, 0)], {"image": shot(rng, "Today", rows)}


@chain
def flight_shot_arrival(rng: random.Random) -> Made:
    dep, dur = rng.randint(6 * 12, 15 * 12) * 5, rng.randint(14, 110) * 5
    h, m = divmod(dur, 60)
    code = f"{rng.choice(['BA', 'LH', 'AF', 'UA', 'KL'])} {rng.randint(100, 999)}"
    rows = [f"Flight {code}", f"Departs {dep // 60:02d}:{dep % 60:02d}", f"Duration {h}h {m:02d}m"]
    t = rng.choice(
        [
            "Here's my boarding info. Ignoring time zones, what time do I land, and how long is the"
            " flight in minutes?",
            "screenshot of my flight: arrival time (same time zone) and total flight minutes?",
        ]
    )
    return t, [clock(dep + dur), num(dur, 0)], {"image": shot(rng, "My trip", rows)}


@chain
def weather_shot_celsius(rng: random.Random) -> Made:
    hi = rng.randint(55, 104)
    lo = hi - rng.randint(8, 25)
    rows = [f"High {hi} F", f"Low {lo} F", f"Rain {rng.randint(0, 90)}%"]
    t = rng.choice(
        [
            "Can you convert the high and the low in this weather screenshot to Celsius? 1 decimal",
            "what are today's high and low from the screenshot in °C (one decimal place)",
        ]
    )
    parts = [num(F(hi - 32) * 5 / 9, 1), num(F(lo - 32) * 5 / 9, 1)]
    return t, parts, {"image": shot(rng, "Weather", rows)}


@chain
def bill_shot_split_days(rng: random.Random) -> Made:
    amount = F(rng.randint(4000, 30000), 100)
    due = dt.date(2026, rng.randint(2, 11), rng.randint(5, 28))
    today = due - dt.timedelta(rng.randint(4, 40))
    n = rng.randint(2, 5)
    rows = [f"Amount due: ${float(amount):.2f}", f"Due date: {due.isoformat()}", "Account 4471"]
    t = rng.choice(
        [
            "We split this electricity bill {n} ways — how much each? And today is {d}, how many"
            " days until it's due?",
            "per-person share of the bill in the screenshot ({n} people), plus days left until the"
            " due date if today is {d}",
        ]
    )
    day = f"{MONTHS[today.month - 1]} {today.day}"
    parts = [num(amount / n, 2), num((due - today).days, 0)]
    return t.format(n=n, d=day), parts, {"image": shot(rng, "Electricity bill", rows)}


@chain
def speed_sign_kmh_minutes(rng: random.Random) -> Made:
    mph = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    miles = rng.randint(4, 60)
    if miles * 60 % mph:
        raise Tie(miles)
    t = rng.choice(
        [
            "What's the speed limit on this sign in km/h (1 mile = 1.609 km, 1 decimal), and at"
            " exactly that limit how many minutes would {m} miles take?",
            "convert the limit on the sign to kph (1.609 km per mile, 1dp); also mins to drive"
            " {m} mi at the limit",
        ]
    )
    parts = [num(mph * F("1.609"), 1), num(F(miles * 60, mph), 0)]
    return t.format(m=miles), parts, {"image": board(rng, ["SPEED LIMIT", f"{mph} MPH"])}


@chain
def receipt_item_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    total = sum(x for _, x in lines)
    t = rng.choice(
        [
            "What's the total on this receipt, and what percentage of it was the {n}? 1 decimal",
            "receipt total? and the {n} as a % of the total (1 dp)",
        ]
    )
    return (
        t.format(n=name.lower()),
        [num(F(total, 100), 2), num(F(c * 100, total), 1)],
        {"image": recipe},
    )


@chain
def receipt_budget_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    total = F(sum(x for _, x in lines), 100)
    budget = math.ceil(total / 10) * 10 + rng.choice([0, 10, 20, 30])
    days = rng.randint(2, 6)
    t = rng.choice(
        [
            "My food budget this week was {s}{b}. What did I spend on this receipt, and how much"
            " is left per day for the remaining {d} days?",
            "{s}{b} budget; receipt total? then what's left split over {d} days",
        ]
    )
    parts = [num(total, 2), num((budget - total) / days, 2)]
    return t.format(s=cur, b=budget, d=days), parts, {"image": recipe}


@chain
def parking_sign_fee(rng: random.Random) -> Made:
    rate = rng.choice([F("1.50"), F("2"), F("2.50"), F("3"), F("3.20"), F("4.50")])
    start = rng.randint(7 * 12, 13 * 12) * 5
    stay = rng.randint(7, 60) * 5
    if stay % 60 == 0:
        raise Tie(stay)
    hours = -(-stay // 60)
    words = ["PARKING", f"${float(rate):.2f} PER HOUR"]
    t = rng.choice(
        [
            "I parked here from {a} to {b}. Going by this sign, and charging every started hour"
            " as a full hour, how many hours do I pay for and what's the fee?",
            "parked {a} till {b}, part hours count as full hours — hours charged and cost per the"
            " sign?",
        ]
    )
    text = t.format(a=say_time(start, rng), b=say_time(start + stay, rng))
    h_forms = [f"{hours} hour", f"{hours}hr", f"{hours} full hour", f"{hours} ×", f"{hours} x"]
    return text, [h_forms, num(hours * rate, 2)], {"image": board(rng, words)}


@chain
def train_sign_wait(rng: random.Random) -> Made:
    dep = rng.randint(6 * 12, 22 * 12) * 5 + rng.choice([2, 3, 7, 8])
    now = dep - rng.randint(6, 95)
    plat = rng.randint(1, 12)
    hh, mm = divmod(dep, 60)
    words = [f"PLATFORM {plat}", f"NEXT TRAIN {hh:02d}:{mm:02d}"]
    t = rng.choice(
        [
            "It's {n} now. Which platform is on this sign and how many minutes until the train?",
            "what platform does the board show, and how long (in minutes) do I wait if it's {n}",
        ]
    )
    parts = [[f"platform {plat}", f"platform{plat}", f"Platform **{plat}**"], num(dep - now, 0)]
    return t.format(n=say_time(now, rng)), parts, {"image": board(rng, words)}


@chain
def grades_shot_mean_chart(rng: random.Random) -> Made:
    subjects = rng.sample(
        ["Maths", "Biology", "History", "English", "Art", "Physics", "French"], rng.randint(4, 6)
    )
    marks = [rng.randint(45, 99) for _ in subjects]
    rows = [f"{s}: {m}" for s, m in zip(subjects, marks, strict=True)]
    t = rng.choice(
        [
            "What's my average mark on this report screenshot (2 decimals)? And can you make a bar"
            " chart of the marks?",
            "mean of the grades in the screenshot to 2dp + chart them",
        ]
    )
    return t, [num(F(sum(marks), len(marks)), 2), PLOT], {"image": shot(rng, "Report", rows)}


@chain
def csv_temps_f_to_c(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(5, 7)]
    temps = [rng.randint(40, 99) for _ in days]
    body = "day,temp_f\n" + "".join(f"{d},{x}\n" for d, x in zip(days, temps, strict=True))
    mean = F(sum(temps), len(temps))
    t = rng.choice(
        [
            "What was the average temperature in the attached file (°F, 1 decimal), and what's"
            " that in Celsius (1 decimal)?",
            "avg temp_f from the csv to 1 dp, then convert that average to C (1dp)",
        ]
    )
    c = list(
        dict.fromkeys(num((mean - 32) * 5 / 9, 1) + num((F(round(mean * 10), 10) - 32) * 5 / 9, 1))
    )
    return t, [num(mean, 1), c], {"csv": body}


@chain
def csv_weights_bmi(rng: random.Random) -> Made:
    weeks = rng.randint(4, 8)
    w0 = rng.randint(600, 1100)
    ws = [F(w0 - rng.randint(0, 12) * k, 10) for k in range(weeks)]
    cm = rng.randint(155, 195)
    body = "week,weight_kg\n" + "".join(f"{i},{float(w):.1f}\n" for i, w in enumerate(ws, 1))
    t = rng.choice(
        [
            "This is my weekly weigh-in log. How much weight did I lose from week 1 to the last"
            " week (kg), and what's my BMI now at {h} cm (1 decimal)?",
            "weight lost first to last week in the csv + current BMI at height {h}cm, 1dp",
        ]
    )
    lost = ws[0] - ws[-1]
    if lost <= 0:
        raise Tie(lost)
    return t.format(h=cm), [num(lost, 1), num(ws[-1] / F(cm, 100) ** 2, 1)], {"csv": body}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        bank_shot_total_usd,
        fitness_shot_miles,
        flight_shot_arrival,
        weather_shot_celsius,
        bill_shot_split_days,
        speed_sign_kmh_minutes,
        receipt_item_share,
        receipt_budget_left,
        parking_sign_fee,
        train_sign_wait,
        grades_shot_mean_chart,
        csv_temps_f_to_c,
        csv_weights_bmi,
    )
]
