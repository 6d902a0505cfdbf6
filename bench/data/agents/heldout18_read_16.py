"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 16: price bands on
receipts, and screenshots of meetings, fundraisers, altitude, ticket sales, ride fares, card
conversions, free trials and monitors."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    count,
    date_forms,
    family,
    money,
    number,
    receipt,
    shot,
)
from bench.data.agents.helpers import Family


@family
def count_in_range(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 5), low=100, high=2500)
    lo = rng.randint(2, 10)
    hi = lo + rng.randint(4, 12)
    if any(c in (lo * 100, hi * 100) for _, c in lines):
        return None
    n = sum(1 for _, c in lines if lo * 100 < c < hi * 100)
    return (f"How many items on this receipt cost somewhere between {cur}{lo} and {cur}{hi}?",
            [count(n)], recipe)


@family
def meeting_cost(rng: random.Random) -> Made:
    people = rng.randint(4, 16)
    mins = rng.choice([30, 45, 50, 60, 75, 90, 120])
    rate = rng.randrange(30, 95, 5)
    cur = rng.choice(["$", "£", "€"])
    rows = ["Weekly sync", f"Attendees: {people}", f"Duration: {mins} min",
            f"Avg cost per person: {cur}{rate}/hour"]
    return ("How much does this meeting cost the company in staff time each week?",
            [money(Fraction(people * mins * rate, 60))], shot(rng, "Meeting Details", rows))


@family
def fundraiser_donors(rng: random.Random) -> Made:
    goal = rng.choice([2000, 2500, 5000, 8000, 10000])
    donors = rng.randint(12, 90)
    raised = rng.randint(goal // 5, goal - 200)
    avg = Fraction(raised, donors)
    more = (goal - raised) / avg
    if more.denominator == 1:
        return None
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Raised: {cur}{raised:,}", f"Goal: {cur}{goal:,}", f"Donors: {donors}"]
    return ("If new donors give the same average as the ones so far, how many more do we need "
            "to reach the goal?", [count(math.ceil(more), "donors")],
            shot(rng, "Fundraiser", rows))


@family
def boiling_altitude(rng: random.Random) -> Made:
    alt = rng.randrange(500, 5200, 10)
    rows = [f"Altitude: {alt:,} m", f"Pressure: {rng.randint(540, 950)} hPa", "GPS: locked"]
    value = 100 - Fraction(alt, 300)
    return ("Rule of thumb: water boils about 1 C lower for every 300 m up from 100 C at sea "
            "level. What's the boiling point here? one decimal", [number(value, 1)],
            shot(rng, "Altimeter", rows))


@family
def ticket_revenue(rng: random.Random) -> Made:
    std, vip = rng.randrange(1500, 6000, 50), rng.randrange(8000, 20000, 500)
    ns, nv = rng.randint(50, 900), rng.randint(5, 120)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Standard: {cur}{std / 100:.2f} x {ns} sold", f"VIP: {cur}{vip / 100:.2f} x {nv} sold"]
    return ("What's our total ticket revenue so far?", [money(std * ns + vip * nv, True)],
            shot(rng, "Box Office", rows))


@family
def surge_fare(rng: random.Random) -> Made:
    base = rng.randint(450, 3200)
    surge = rng.choice(["1.2", "1.4", "1.5", "1.8", "2.1", "2.5"])
    cur = rng.choice(["$", "£", "€"])
    fee = rng.randint(50, 300)
    rows = [f"Standard fare: {cur}{base / 100:.2f}", f"Demand is high: {surge}x",
            f"Booking fee: {cur}{fee / 100:.2f} (not multiplied)"]
    value = Fraction(base, 100) * Fraction(surge) + Fraction(fee, 100)
    return ("What will this ride cost me right now? To the cent.", [money(value)],
            shot(rng, "Ride Quote", rows))


@family
def implied_rate(rng: random.Random) -> Made:
    spent = rng.randint(1500, 40000)
    rate = Fraction(rng.randint(8300, 9700), 10000)
    billed = round(spent * rate)
    rows = ["Card purchase abroad", f"Amount: {spent / 100:.2f} USD",
            f"Charged to you: {billed / 100:.2f} EUR"]
    value = Fraction(billed, spent)
    return ("What exchange rate did my bank use, in euros per dollar? 4 decimal places",
            [number(value, 4)], shot(rng, "Card Activity", rows))


@family
def trial_end(rng: random.Random) -> Made:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(320))
    days = rng.choice([7, 14, 30, 31])
    app = rng.choice(["StreamMax", "FitPro", "NoteCloud", "LinguaPlus"])
    rows = [app, f"Trial started: {start.isoformat()}", f"Free for {days} days",
            "Then billed monthly"]
    return ("The first payment comes out the day after the free days run out (the start day "
            "counts as day 1). What date is that?", [date_forms(start + dt.timedelta(days=days))],
            shot(rng, "Subscription", rows))


@family
def monitor_width(rng: random.Random) -> Made:
    diag = rng.choice([21.5, 24, 27, 32, 34, 38, 43, 49])
    ratio = rng.choice([(16, 9), (16, 10), (21, 9)])
    w_in = diag * ratio[0] / math.hypot(*ratio)
    value = w_in * 2.54
    if abs(value * 10 % 1 - 0.5) < 0.05:
        return None
    rows = [f"Screen size: {diag:g} in", f"Aspect ratio: {ratio[0]}:{ratio[1]}", "Panel: IPS"]
    return ("How wide is the actual screen area in cm? one decimal",
            [number(round(value, 1), 1)], shot(rng, "Monitor Specs", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    count_in_range, meeting_cost, fundraiser_donors, boiling_altitude, ticket_revenue,
    surge_fare, implied_rate, trial_end, monitor_width)]
