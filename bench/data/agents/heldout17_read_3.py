"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 3: questions on app
screenshots (orders, bookings, bank, travel, fitness, bills) and sums worked from them."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, shot, tie
from bench.data.agents.helpers import Family

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
STATUSES = ["Shipped", "Delivered", "Processing", "Out for delivery", "Cancelled", "Refunded"]


def day(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(340))


def forms(when: dt.date) -> list[str]:
    """Accepted ways of writing a date."""
    month, d = MONTHS[when.month - 1].lower(), when.day
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [
        when.isoformat(),
        f"{month} {d}",
        f"{d} {month}",
        f"{d}{suffix} {month}",
        f"{month} {d}{suffix}",
        f"{d}{suffix} of {month}",
        f"{month[:3]} {d}",
        f"{d} {month[:3]}",
        f"{d}/{when.month}/{when.year}",
        f"{when.month}/{d}/{when.year}",
        f"{d:02d}/{when.month:02d}/{when.year}",
        f"{when.month:02d}/{d:02d}/{when.year}",
    ]
    return list(dict.fromkeys(out))


def spoken(when: dt.date) -> str:
    return f"{MONTHS[when.month - 1]} {when.day}"


@family
def order_number(rng: random.Random) -> Made:
    order = rng.randint(100000, 999999)
    rows = [f"Order #{order}", f"Date: {day(rng).isoformat()}", f"Status: {rng.choice(STATUSES)}"]
    return (
        "I need to quote my order number to customer service, what is it?",
        [[str(order)]],
        shot(rng, "My orders", rows),
    )


@family
def order_status(rng: random.Random) -> Made:
    status = rng.choice(STATUSES)
    rows = [
        f"Order #{rng.randint(10000, 99999)}",
        f"Placed: {day(rng).isoformat()}",
        f"Status: {status}",
    ]
    return ("whats the status of this order", [[status.lower()]], shot(rng, "Order details", rows))


@family
def order_date(rng: random.Random) -> Made:
    when = day(rng)
    rows = [f"Order #{rng.randint(1000, 9999)}", f"Date: {when.isoformat()}", "Status: Shipped"]
    return ("When did I place this order?", [forms(when)], shot(rng, "My orders", rows))


@family
def delivery_days(rng: random.Random) -> Made:
    placed = day(rng)
    gap = rng.randint(2, 12)
    rows = [
        f"Order #{rng.randint(1000, 9999)}",
        f"Ordered: {placed.isoformat()}",
        f"Delivered: {(placed + dt.timedelta(days=gap)).isoformat()}",
    ]
    return (
        "How many days did this take to arrive from when I ordered?",
        [[f"{gap} days", f"{gap}days"]],
        shot(rng, "Order history", rows),
    )


@family
def return_deadline(rng: random.Random) -> Made:
    got = day(rng)
    window = rng.choice([14, 30])
    last = got + dt.timedelta(days=window)
    rows = [
        f"Order #{rng.randint(1000, 9999)}",
        f"Delivered: {got.isoformat()}",
        "Status: Delivered",
    ]
    return (
        f"The shop lets you return stuff within {window} days of delivery. What's the last "
        "day I can send this back?",
        [forms(last)],
        shot(rng, "Your order", rows),
    )


@family
def bank_balance_after(rng: random.Random) -> Made:
    bal = rng.randint(150000, 450000)
    rent = rng.randint(60000, 140000)
    rows = [f"Available balance: ${bal / 100:,.2f}", "Account: Everyday Checking"]
    return (
        f"If my rent of ${rent / 100:,.2f} comes out tomorrow, what will my balance be?",
        [money(bal - rent, True)],
        shot(rng, "My Bank", rows),
    )


@family
def transactions_sum(rng: random.Random) -> Made:
    shops = rng.sample(
        ["Grocery Mart", "Gas Station", "Coffee Bar", "Pharmacy", "Bookstore", "Taxi", "Cinema"], 4
    )
    cents = [rng.randint(300, 9000) for _ in shops]
    rows = [f"{s}  -${c / 100:.2f}" for s, c in zip(shops, cents, strict=True)]
    return (
        "How much did I spend in total across these transactions?",
        [money(sum(cents), True)],
        shot(rng, "Recent transactions", rows),
    )


@family
def biggest_spend(rng: random.Random) -> Made:
    shops = rng.sample(
        [
            "Grocery Mart",
            "Gas Station",
            "Coffee Bar",
            "Pharmacy",
            "Bookstore",
            "Taxi",
            "Cinema",
            "Hardware",
        ],
        4,
    )
    cents = rng.sample(range(300, 12000), 4)
    rows = [f"{s}  -${c / 100:.2f}" for s, c in zip(shops, cents, strict=True)]
    top = shops[cents.index(max(cents))]
    return (
        "which of these was my biggest purchase?",
        [[top.lower()]],
        shot(rng, "Card activity", rows),
    )


@family
def gate_number(rng: random.Random) -> Made:
    gate = f"{rng.choice('ABCDE')}{rng.randint(2, 48)}"
    flight = f"{rng.choice(['BA', 'LH', 'AA', 'DL', 'KL', 'AF'])} {rng.randint(100, 999)}"
    rows = [
        f"Flight {flight}",
        f"Departs {rng.randint(6, 21):02d}:{rng.choice([5, 20, 35, 50]):02d}",
        f"Gate {gate}",
        f"Seat {rng.randint(3, 38)}{rng.choice('ABCDEF')}",
    ]
    return (
        "which gate is my flight from?",
        [[f"gate {gate.lower()}", gate.lower()]],
        shot(rng, "Boarding pass", rows),
    )


@family
def boarding_time(rng: random.Random) -> Made:
    hour, minute = rng.randint(7, 21), rng.choice([5, 10, 20, 25, 40, 45, 55])
    before = rng.choice([30, 40, 45])
    h, m = divmod(hour * 60 + minute - before, 60)
    rows = [
        f"Flight {rng.choice(['UA', 'EK', 'QF'])} {rng.randint(10, 999)}",
        f"Departs {hour:02d}:{minute:02d}",
        f"Gate {rng.randint(2, 60)}",
    ]
    return (
        f"Boarding closes {before} min before departure. What time does boarding close?",
        [
            list(
                dict.fromkeys(
                    [
                        f"{h:02d}:{m:02d}",
                        f"{h}:{m:02d}",
                        f"{(h - 1) % 12 + 1}:{m:02d} {'pm' if h >= 12 else 'am'}",
                    ]
                )
            )
        ],
        shot(rng, "Trip details", rows),
    )


@family
def seat(rng: random.Random) -> Made:
    seat_ = f"{rng.randint(3, 42)}{rng.choice('ABCDEF')}"
    rows = [
        f"Flight {rng.choice(['BA', 'IB', 'AZ'])} {rng.randint(100, 999)}",
        f"Seat {seat_}",
        f"Gate {rng.choice('ABC')}{rng.randint(1, 30)}",
    ]
    return ("what seat am I in?", [[seat_.lower()]], shot(rng, "Boarding pass", rows))


@family
def steps_left(rng: random.Random) -> Made:
    goal = rng.choice([8000, 10000, 12000])
    steps = rng.randint(2000, goal - 300)
    left = goal - steps
    rows = [f"Steps: {steps:,}", f"Goal: {goal:,}", f"Distance: {steps * 0.00075:.1f} km"]
    return (
        "how many more steps do I need to hit my goal today?",
        [[str(left), f"{left:,}"]],
        shot(rng, "Activity", rows),
    )


@family
def weather_range(rng: random.Random) -> Made:
    high = rng.randint(12, 36)
    low = high - rng.randint(4, 15)
    rows = [f"High {high}°C", f"Low {low}°C", f"Rain {rng.randint(0, 90)}%"]
    spread = high - low
    return (
        "By how many degrees does the temperature swing today between the high and the low?",
        [[str(spread), f"{spread}°", f"{spread} degrees"]],
        shot(rng, "Weather", rows),
    )


@family
def storage_free(rng: random.Random) -> Made:
    cap = rng.choice([64, 128, 256])
    used = Fraction(rng.randint(cap * 4, cap * 9), 10)
    rows = [f"Used {float(used):.1f} GB of {cap} GB", "Photos, Apps, Messages"]
    return (
        "How much free space do I have left on my phone?",
        [number(cap - used, 1)],
        shot(rng, "Storage", rows),
    )


@family
def subscription_year(rng: random.Random) -> Made:
    price = rng.choice([499, 799, 999, 1099, 1299, 1599, 1799])
    service = rng.choice(["StreamPlus", "MusicNow", "CloudBox", "NewsDaily", "FitClub"])
    rows = [
        f"{service} Premium",
        f"${price / 100:.2f} / month",
        f"Next payment: {day(rng).isoformat()}",
    ]
    return (
        "what does this subscription cost me over a full year?",
        [money(price * 12, True)],
        shot(rng, "Subscriptions", rows),
    )


@family
def next_payment(rng: random.Random) -> Made:
    when = day(rng)
    rows = ["CloudBox 2 TB", "$9.99 / month", f"Next payment: {when.isoformat()}"]
    return (
        "when will I be charged next for this?",
        [forms(when)],
        shot(rng, "Subscriptions", rows),
    )


@family
def electricity_bill(rng: random.Random) -> Made:
    kwh = rng.randint(180, 900)
    rate = Fraction(rng.randint(12, 34), 100)
    value = kwh * rate
    rows = [f"Usage: {kwh} kWh", f"Rate: ${float(rate):.2f} per kWh", "Billing period: 30 days"]
    return (
        "How much will this electricity bill be (usage x rate, no other fees)?",
        [money(value)],
        shot(rng, "Energy account", rows),
    )


@family
def grade_average(rng: random.Random) -> Made:
    subjects = rng.sample(["Math", "English", "Science", "History", "Art", "French"], 4)
    marks = [rng.randint(55, 99) for _ in subjects]
    value = Fraction(sum(marks), len(marks))
    if tie(value, 1):
        return None
    rows = [f"{s}: {m}" for s, m in zip(subjects, marks, strict=True)]
    return (
        "what's my son's average across these subjects? one decimal place",
        [number(value, 1)],
        shot(rng, "Report card", rows),
    )


@family
def lowest_grade(rng: random.Random) -> Made:
    subjects = rng.sample(["Math", "English", "Science", "History", "Art", "French"], 4)
    marks = rng.sample(range(52, 99), 4)
    rows = [f"{s}: {m}%" for s, m in zip(subjects, marks, strict=True)]
    weakest = subjects[marks.index(min(marks))]
    return (
        "Which subject did she score lowest in?",
        [[weakest.lower()]],
        shot(rng, "Term results", rows),
    )


@family
def timesheet(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    hours = [Fraction(rng.randint(8, 20), 2) for _ in days]
    wage = rng.choice([14, 15, 16, 18, 21, 22])
    rows = [f"{d}: {float(h):g} h" for d, h in zip(days, hours, strict=True)]
    return (
        f"I get paid ${wage}/hour. How much did I earn this week according to my timesheet?",
        [money(sum(hours) * wage)],
        shot(rng, "Timesheet", rows),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        order_number,
        order_status,
        order_date,
        delivery_days,
        return_deadline,
        bank_balance_after,
        transactions_sum,
        biggest_spend,
        gate_number,
        boarding_time,
        seat,
        steps_left,
        weather_range,
        storage_free,
        subscription_year,
        next_payment,
        electricity_bill,
        grade_average,
        lowest_grade,
        timesheet,
    )
]
