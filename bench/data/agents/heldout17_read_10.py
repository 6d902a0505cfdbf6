"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 10: more app screenshot
questions (orders, bookings, bank, travel, fitness, bills)."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout17_read import Made, family, money, number, shot, tie
from bench.data.agents.heldout17_read_3 import (
    day,
    forms,
)
from bench.data.agents.helpers import Family


@family
def invoice_due(rng: random.Random) -> Made:
    issued = day(rng)
    terms = rng.choice([14, 30, 45])
    due = issued + dt.timedelta(days=terms)
    rows = [
        f"Invoice #{rng.randint(1000, 9999)}",
        f"Issued: {issued.isoformat()}",
        f"Terms: Net {terms}",
    ]
    return (
        "When is this invoice due? (net terms count days from the issue date)",
        [forms(due)],
        shot(rng, "Invoice", rows),
    )


@family
def data_left(rng: random.Random) -> Made:
    plan = rng.choice([5, 10, 15, 20, 30])
    used = Fraction(rng.randint(plan, plan * 9), 10)
    left = plan - used
    days_left = rng.randint(4, 20)
    value = left / days_left
    if tie(value * 1000, 0):
        return None
    mb = round(value * 1000)
    rows = [f"Used {float(used):.1f} GB of {plan} GB", f"Renews in {days_left} days"]
    return (
        "If I want to spread what's left evenly over the days until it renews, how many MB a "
        "day is that? (1 GB = 1000 MB, nearest MB)",
        [[str(mb), f"{mb:,}"]],
        shot(rng, "Mobile data", rows),
    )


@family
def fare_per_km(rng: random.Random) -> Made:
    km = Fraction(rng.randint(25, 300), 10)
    fare = rng.randint(800, 6500)
    value = Fraction(fare, 100) / km
    if tie(value):
        return None
    rows = [f"Distance: {float(km):.1f} km", f"Fare: €{fare / 100:.2f}", "Payment: Card"]
    return (
        "How much did this ride cost per kilometre? Round to the cent",
        [money(value)],
        shot(rng, "Trip receipt", rows),
    )


@family
def sleep_short(rng: random.Random) -> Made:
    h, m = rng.randint(4, 7), rng.randint(1, 59)
    short = 8 * 60 - (h * 60 + m)
    sh, sm = divmod(short, 60)
    rows = [f"Time asleep: {h}h {m}m", f"Bedtime: 23:{rng.randint(10, 59)}"]
    out = [f"{short} minutes", f"{short} min"]
    out += (
        [
            f"{sh}h {sm}m",
            f"{sh} hours {sm} min",
            f"{sh} hour {sm} min",
            f"{sh} hr {sm} min",
            f"{sh}h{sm}min",
            f"{sh} hours and {sm} min",
            f"{sh} hour and {sm} min",
        ]
        if sh
        else []
    )
    return ("how far short of 8 hours was my sleep last night?", [out], shot(rng, "Sleep", rows))


@family
def run_pace(rng: random.Random) -> Made:
    km = rng.choice([3, 4, 5, 6, 8])
    secs = km * rng.randint(270, 420)
    if secs % km:
        return None
    pace = secs // km
    rows = [
        f"Distance: {km}.00 km",
        f"Time: {secs // 60}:{secs % 60:02d}",
        f"Calories: {rng.randint(150, 800)}",
    ]
    pm, ps = divmod(pace, 60)
    return (
        "What was my average pace per km on this run? (min:sec)",
        [[f"{pm}:{ps:02d}"]],
        shot(rng, "Run summary", rows),
    )


@family
def fuel_economy(rng: random.Random) -> Made:
    km = rng.randint(250, 700)
    litres = Fraction(rng.randint(180, 550), 10)
    value = litres * 100 / km
    if tie(value, 1):
        return None
    rows = [f"Trip distance: {km} km", f"Fuel used: {float(litres):.1f} L"]
    return (
        "What fuel consumption did I get on this trip, in litres per 100 km? One decimal.",
        [number(value, 1)],
        shot(rng, "Trip computer", rows),
    )


@family
def reset_code(rng: random.Random) -> Made:
    code = "".join(rng.choice("23456789") for _ in range(6))
    rows = [f"Your verification code is {code}", "It expires in 10 minutes."]
    return (
        "can u tell me the code in this message, my screen is cracked",
        [[code]],
        shot(rng, "Messages", rows),
    )


@family
def hotel_nights(rng: random.Random) -> Made:
    arrive = day(rng)
    nights = rng.randint(2, 9)
    rate = rng.randint(59, 240)
    rows = [
        f"Check-in: {arrive.isoformat()}",
        f"Check-out: {(arrive + dt.timedelta(days=nights)).isoformat()}",
        f"Rate: €{rate} per night",
    ]
    return (
        "What will this hotel stay cost for the room in total?",
        [money(rate * nights)],
        shot(rng, "Your booking", rows),
    )


@family
def meeting_moved(rng: random.Random) -> Made:
    hour, minute = rng.randint(1, 5), rng.choice([15, 30, 45])
    room = rng.choice(["Room B", "Room 4", "the big boardroom", "Lab 2"])
    rows = ["From: Dana", f"Heads up - meeting moved to {hour}:{minute:02d} PM in {room}."]
    return (
        "what time is the meeting now?",
        [[f"{hour}:{minute:02d}", f"{hour + 12}:{minute:02d}"]],
        shot(rng, "Messages", rows),
    )


@family
def stock_value(rng: random.Random) -> Made:
    price = rng.randint(2000, 40000)
    shares = rng.randint(3, 60)
    ticker = rng.choice(["ACME", "GLOBX", "NOVA", "ORBT", "ZENO"])
    rows = [f"{ticker}  ${price / 100:.2f}", f"Shares held: {shares}"]
    return (
        "What's my position worth at this price?",
        [money(price * shares, True)],
        shot(rng, "Portfolio", rows),
    )


@family
def eta_arrival(rng: random.Random) -> Made:
    hour, minute = rng.randint(9, 20), rng.randint(0, 59)
    mins = rng.randint(12, 95)
    h, m = divmod(hour * 60 + minute + mins, 60)
    rows = [f"Now: {hour:02d}:{minute:02d}", f"Driving time: {mins} min", "Via Main St"]
    return (
        "what time will I get there if I leave now?",
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
        shot(rng, "Directions", rows),
    )


@family
def recipe_scale(rng: random.Random) -> Made:
    serves = rng.choice([2, 4, 6])
    flour = rng.choice([150, 200, 240, 300, 360])
    want = rng.choice([3, 5, 8, 9, 10, 12])
    if want == serves:
        return None
    value = Fraction(flour * want, serves)
    if tie(value, 0):
        return None
    rows = [
        f"Serves {serves}",
        f"Flour: {flour} g",
        f"Milk: {rng.randint(2, 6) * 50} ml",
        "Eggs: 2",
    ]
    return (
        f"I need to make this for {want} people. How much flour, to the nearest gram?",
        [[f"{t} g" for t in number(value)] + [f"{t}g" for t in number(value)]],
        shot(rng, "Pancakes", rows),
    )


@family
def calendar_count(rng: random.Random) -> Made:
    titles = rng.sample(
        [
            "Dentist",
            "Team sync",
            "Gym",
            "Lunch with Sam",
            "Call mum",
            "Piano",
            "School pickup",
            "Haircut",
        ],
        rng.randint(3, 6),
    )
    rows = [f"{9 + i}:00  {t}" for i, t in enumerate(titles)]
    n = len(titles)
    return (
        "How many events do I have on today?",
        [[str(n), ["three", "four", "five", "six"][n - 3]]],
        shot(rng, "Today", rows),
    )


@family
def exchange_app(rng: random.Random) -> Made:
    rate = Fraction(rng.randint(140, 170), 1000)
    amount = rng.choice([500, 800, 1000, 1500, 2500])
    rows = [f"1 SEK = {float(rate):.3f} USD", "Updated 2 min ago"]
    value = rate * amount
    return (
        f"How many US dollars is {amount} Swedish kronor at this rate?",
        [money(value)],
        shot(rng, "Currency", rows),
    )


@family
def parcel_weight(rng: random.Random) -> Made:
    grams = rng.randint(400, 4800)
    per_kg = rng.choice([250, 300, 450, 600])
    kg = -(-grams // 1000)
    rows = [f"Parcel weight: {grams:,} g", f"Price: ${per_kg / 100:.2f} per started kg"]
    return (
        "What will postage cost for this parcel? (every started kg is charged in full)",
        [money(per_kg * kg, True)],
        shot(rng, "Postage calculator", rows),
    )


@family
def savings_goal(rng: random.Random) -> Made:
    goal = rng.choice([1000, 1500, 2000, 2500, 3000, 5000])
    saved = rng.randint(goal // 10, goal * 8 // 10)
    monthly = rng.choice([50, 75, 100, 125, 150, 200, 250])
    months = -(-(goal - saved) // monthly)
    rows = [f"Goal: ${goal:,}", f"Saved: ${saved:,}", "Vacation fund"]
    return (
        f"If I put in ${monthly} a month, how many months until I reach the goal?",
        [[f"{months} months", f"{months}months"]],
        shot(rng, "Savings", rows),
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        invoice_due,
        data_left,
        fare_per_km,
        sleep_short,
        run_pace,
        fuel_economy,
        reset_code,
        hotel_nights,
        meeting_moved,
        stock_value,
        eta_arrival,
        recipe_scale,
        calendar_count,
        exchange_app,
        parcel_weight,
        savings_goal,
    )
]
