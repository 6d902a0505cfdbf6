"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 5: more app screenshots
(health, home, travel, money, school, shopping carts) and sums worked from them."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, shot, tie
from bench.data.agents.heldout17_read_3 import day
from bench.data.agents.helpers import Family

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def span(minutes: int) -> list[str]:
    """Accepted ways of writing a duration given in minutes."""
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min"]
    if h and m:
        out += [
            f"{h}h {m}m",
            f"{h}h {m}min",
            f"{h} hours {m} min",
            f"{h} hour {m} min",
            f"{h} hours and {m} min",
            f"{h} hour and {m} min",
            f"{h} hr {m} min",
            f"{h} hrs {m} min",
            f"{h}:{m:02d}",
        ]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h"]
    return out


@family
def battery_hours(rng: random.Random) -> Made:
    pct = rng.randint(15, 95)
    drain = rng.choice([4, 6, 7, 8, 9, 11, 12])
    value = Fraction(pct, drain)
    if tie(value, 1):
        return None
    rows = [f"Battery: {pct}%", "Low Power Mode: Off"]
    return (
        f"My phone drops about {drain}% per hour. At that rate how many hours until it's dead? "
        "One decimal.",
        [number(value, 1)],
        shot(rng, "Battery", rows),
    )


@family
def queue_wait(rng: random.Random) -> Made:
    pos, per = rng.randint(4, 30), rng.choice([2, 3, 4, 5])
    rows = [f"You are number {pos} in the queue", f"Average time per caller: {per} min"]
    return (
        "roughly how long will I be waiting, going by what it says?",
        [span(pos * per)],
        shot(rng, "Support chat", rows),
    )


@family
def bmi(rng: random.Random) -> Made:
    kg = Fraction(rng.randint(480, 1150), 10)
    cm = rng.randint(150, 198)
    value = kg / (Fraction(cm, 100) ** 2)
    if tie(value, 1):
        return None
    rows = [f"Weight: {float(kg):.1f} kg", f"Height: {cm} cm", f"Age: {rng.randint(20, 70)}"]
    return (
        "Can you work out my BMI from this? 1 decimal place",
        [number(value, 1)],
        shot(rng, "Health profile", rows),
    )


@family
def water_left(rng: random.Random) -> Made:
    goal = rng.choice([2000, 2500, 3000])
    drank = rng.randint(4, goal // 100 - 3) * 100 - rng.choice([0, 50])
    glasses = Fraction(goal - drank, 250)
    n = math.ceil(glasses)
    rows = [f"Today: {drank:,} ml", f"Goal: {goal:,} ml"]
    return (
        "How many 250 ml glasses do I still need to drink to reach my goal? (whole glasses)",
        [[str(n), f"{n} glasses"] + ([EN[n]] if n <= 10 else [])],
        shot(rng, "Hydration", rows),
    )


@family
def loan_months(rng: random.Random) -> Made:
    owed = rng.randint(1200, 9800)
    pay = rng.choice([150, 180, 200, 250, 300, 400])
    if owed % pay == 0:
        return None
    n = math.ceil(owed / pay)
    rows = [f"Balance owing: ${owed:,}.00", f"Monthly payment: ${pay}.00", "Interest: 0%"]
    return (
        "How many monthly payments will it take to clear this loan (the last one can be smaller)?",
        [[str(n), f"{n} payments", f"{n} months"]],
        shot(rng, "Car loan", rows),
    )


@family
def train_duration(rng: random.Random) -> Made:
    dep = rng.randint(6 * 60, 18 * 60)
    length = rng.randint(35, 290)
    arr = dep + length
    rows = [
        f"Departs {dep // 60:02d}:{dep % 60:02d}",
        f"Arrives {arr // 60:02d}:{arr % 60:02d}",
        f"Platform {rng.randint(1, 12)}",
    ]
    return ("How long is this train journey?", [span(length)], shot(rng, "Your ticket", rows))


@family
def promo_code(rng: random.Random) -> Made:
    word = rng.choice(["SPRING", "SUMMER", "HELLO", "WELCOME", "SAVE", "AUTUMN"])
    pct = rng.choice([10, 15, 20, 25, 30])
    code = f"{word}{pct}"
    rows = ["Thanks for signing up!", f"Use code {code} for {pct}% off", "Valid until Sunday"]
    return ("What's the discount code in this email?", [[code.lower()]], shot(rng, "Inbox", rows))


@family
def promo_apply(rng: random.Random) -> Made:
    pct = rng.choice([10, 15, 20, 25])
    cart = rng.randint(2000, 15000)
    value = Fraction(cart * (100 - pct), 10000)
    if tie(value):
        return None
    rows = [f"Use code TAKE{pct} for {pct}% off your order", "Ends midnight"]
    return (
        f"My cart is ${cart / 100:.2f}. What will it be with the code from this email? "
        "Nearest cent.",
        [money(value)],
        shot(rng, "Inbox", rows),
    )


@family
def better_pack(rng: random.Random) -> Made:
    small, big = rng.choice([4, 6]), rng.choice([10, 12, 18, 24])
    ps, pb = rng.randint(250, 700), rng.randint(600, 2200)
    value = abs(Fraction(ps, small) - Fraction(pb, big)) / 100
    if value < Fraction(3, 100) or tie(value):
        return None
    rows = [f"Pack of {small}: ${ps / 100:.2f}", f"Pack of {big}: ${pb / 100:.2f}"]
    return (
        "Per roll, how much do I save by picking the cheaper-per-roll pack here? To the cent.",
        [money(value)],
        shot(rng, "Paper towels", rows),
    )


@family
def poll_winner(rng: random.Random) -> Made:
    foods = rng.sample(["Pizza", "Sushi", "Tacos", "Curry", "Burgers", "Thai"], 3)
    votes = rng.sample(range(2, 15), 3)
    win = foods[votes.index(max(votes))]
    value = Fraction(100 * max(votes), sum(votes))
    if tie(value, 0):
        return None
    rows = [f"{f}: {v} votes" for f, v in zip(foods, votes, strict=True)]
    return (
        "Which option won the poll and what percent of the votes did it get? (nearest whole %)",
        [[win.lower()], [f"{t}%" for t in number(value)]],
        shot(rng, "Team dinner poll", rows),
    )


@family
def exam_countdown(rng: random.Random) -> Made:
    exam = day(rng)
    gap = rng.randint(6, 80)
    today = exam - dt.timedelta(days=gap)
    rows = ["Biology final", f"Date: {exam.isoformat()}", "Room: Hall B"]
    return (
        f"Today is {today.strftime('%B')} {today.day}. How many days until this exam?",
        [[f"{gap} days", f"{gap}days"]],
        shot(rng, "Calendar", rows),
    )


@family
def service_km(rng: random.Random) -> Made:
    due = rng.choice([30000, 45000, 60000, 75000, 90000])
    now = due - rng.randint(150, 4800)
    rows = [f"Odometer: {now:,} km", f"Next service: {due:,} km"]
    left = due - now
    return (
        "How many more km can I drive before the car's next service?",
        [[str(left), f"{left:,}"]],
        shot(rng, "Vehicle", rows),
    )


@family
def download_time(rng: random.Random) -> Made:
    size = Fraction(rng.randint(20, 90), 10)
    done = Fraction(rng.randint(2, int(size * 10) - 5), 10)
    speed = rng.choice([5, 8, 10, 12, 20, 25])
    value = (size - done) * 1000 / speed / 60
    if tie(value, 1):
        return None
    rows = [f"Downloaded {float(done):.1f} GB of {float(size):.1f} GB", f"Speed: {speed} MB/s"]
    return (
        "At this speed, how many minutes until the download finishes? Take 1 GB = 1000 MB, "
        "answer to one decimal.",
        [number(value, 1)],
        shot(rng, "Downloads", rows),
    )


@family
def rent_share(rng: random.Random) -> Made:
    rent, bills = rng.randint(15, 36) * 100, rng.randint(9000, 32000)
    people = rng.randint(2, 5)
    value = Fraction(rent * 100 + bills, 100 * people)
    if tie(value):
        return None
    rows = [f"Rent: ${rent:,}.00", f"Utilities: ${bills / 100:.2f}", f"Housemates: {people}"]
    return (
        "we split rent and utilities equally, how much does each of us pay this month? to the cent",
        [money(value)],
        shot(rng, "House expenses", rows),
    )


@family
def meter_bill(rng: random.Random) -> Made:
    prev = rng.randint(10000, 80000)
    used = rng.randint(80, 900)
    rate = Fraction(rng.randint(8, 35), 100)
    rows = [
        f"Previous reading: {prev}",
        f"Current reading: {prev + used}",
        f"Price: ${float(rate):.2f} per unit",
    ]
    return (
        "How much is this gas bill? (units used times the price)",
        [money(used * rate)],
        shot(rng, "Gas meter", rows),
    )


@family
def thermostat_gap(rng: random.Random) -> Made:
    inside = Fraction(rng.randint(30, 44), 2)
    target = inside + Fraction(rng.randint(1, 8), 2)
    diff = target - inside
    value = diff * Fraction(9, 5)
    rows = [f"Indoor: {float(inside):.1f}°C", f"Set to: {float(target):.1f}°C"]
    return (
        "my american housemate wants to know how many degrees Fahrenheit the room still has "
        "to warm up. one decimal",
        [number(value, 1)],
        shot(rng, "Thermostat", rows),
    )


@family
def podcast_left(rng: random.Random) -> Made:
    length = rng.randint(40, 110)
    played = rng.randint(5, length - 5)
    rows = [
        f"Episode {rng.randint(12, 240)}",
        f"Length: {length // 60}:{length % 60:02d}:00",
        f"Played: {played // 60}:{played % 60:02d}:00",
    ]
    return (
        "how much of this episode is left?",
        [span(length - played)],
        shot(rng, "Podcasts", rows),
    )


@family
def league_points(rng: random.Random) -> Made:
    won, drawn, lost = rng.randint(2, 14), rng.randint(0, 7), rng.randint(0, 8)
    rows = [f"Played: {won + drawn + lost}", f"Won: {won}", f"Drawn: {drawn}", f"Lost: {lost}"]
    value = 3 * won + drawn
    return (
        "3 points for a win, 1 for a draw. How many points does the team have?",
        [[str(value), f"{value} points"]],
        shot(rng, "Rovers FC", rows),
    )


@family
def cart_total(rng: random.Random) -> Made:
    sub = rng.randint(2500, 15000)
    ship = rng.choice([499, 599, 699, 799])
    promo = rng.choice([500, 1000, 1500])
    rows = [
        f"Subtotal: ${sub / 100:.2f}",
        f"Shipping: ${ship / 100:.2f}",
        f"Promo: -${promo / 100:.2f}",
    ]
    return (
        "what will I actually be charged at checkout?",
        [money(sub + ship - promo, True)],
        shot(rng, "Checkout", rows),
    )


@family
def free_shipping_gap(rng: random.Random) -> Made:
    threshold = rng.choice([35, 50, 75])
    sub = rng.randint(1000, threshold * 100 - 100)
    rows = [f"Cart subtotal: ${sub / 100:.2f}", f"Free shipping on orders over ${threshold}"]
    return (
        "How much more do I need to add to my cart to get free shipping?",
        [money(threshold * 100 - sub, True)],
        shot(rng, "Your cart", rows),
    )


@family
def net_pay(rng: random.Random) -> Made:
    gross = rng.randint(180000, 520000)
    tax = gross * rng.randint(12, 25) // 100
    pension = gross * rng.choice([3, 4, 5]) // 100
    rows = [
        f"Gross pay: ${gross / 100:,.2f}",
        f"Income tax: ${tax / 100:,.2f}",
        f"Pension: ${pension / 100:,.2f}",
    ]
    return (
        "What's my take-home pay on this payslip?",
        [money(gross - tax - pension, True)],
        shot(rng, "Payslip", rows),
    )


@family
def class_length(rng: random.Random) -> Made:
    start = rng.randint(8 * 60, 15 * 60)
    length = rng.choice([45, 50, 55, 75, 80, 85, 90, 100])
    end = start + length
    rows = [f"Physics  {start // 60}:{start % 60:02d} - {end // 60}:{end % 60:02d}", "Room 12"]
    return ("how long is this class?", [span(length)], shot(rng, "Timetable", rows))


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        battery_hours,
        queue_wait,
        bmi,
        water_left,
        loan_months,
        train_duration,
        promo_code,
        promo_apply,
        better_pack,
        poll_winner,
        exam_countdown,
        service_km,
        download_time,
        rent_share,
        meter_bill,
        thermostat_gap,
        podcast_left,
        league_points,
        cart_total,
        free_shipping_gap,
        net_pay,
        class_length,
    )
]
