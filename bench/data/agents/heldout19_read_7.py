"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 7: everyday app screens.
"""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    MONTHS,
    Made,
    count,
    date_forms,
    family,
    money,
    number,
    pretty,
    rand_date,
    shot,
    span,
)
from bench.data.agents.helpers import Family

SUBS = ["Netflix", "Spotify", "iCloud", "Disney+", "YouTube", "Gym", "Audible", "Xbox",
        "Dropbox", "Hulu"]
SUBJECTS = ["Maths", "English", "Science", "History", "French", "Art", "Music", "Geography"]
APPS = ["Instagram", "YouTube", "WhatsApp", "TikTok", "Safari", "Maps", "Mail", "Games"]


def cash(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def subs(rng: random.Random) -> list[tuple[str, int]]:
    names = rng.sample(SUBS, rng.randint(3, 6))
    return list(zip(names, rng.sample(range(199, 2999), len(names)), strict=True))


@family
def sub_total(rng: random.Random) -> Made:
    lines = subs(rng)
    rows = [f"{n}  {cash(c)}/mo" for n, c in lines]
    return ("What do all my subscriptions come to per month?",
            [money(sum(c for _, c in lines), True)], shot(rng, "Subscriptions", rows))


@family
def sub_cheapest(rng: random.Random) -> Made:
    lines = subs(rng)
    rows = [f"{n}  {cash(c)}/mo" for n, c in lines]
    return ("which of these subscriptions is the cheapest?",
            [[min(lines, key=lambda x: x[1])[0].lower()]], shot(rng, "Subscriptions", rows))


@family
def sub_yearly(rng: random.Random) -> Made:
    name, cents = rng.choice(SUBS), rng.randint(299, 2499)
    day = rand_date(rng)
    rows = [name, f"Plan: {cash(cents)} / month", f"Renews {pretty(day)}"]
    return ("How much is this plan over a whole year?", [money(cents * 12, True)],
            shot(rng, "Manage plan", rows))


@family
def sub_renews(rng: random.Random) -> Made:
    name, cents = rng.choice(SUBS), rng.randint(299, 2499)
    day = rand_date(rng)
    rows = [name, f"Plan: {cash(cents)} / month", f"Renews {pretty(day)}"]
    return ("when does this renew? I want to cancel before then", [date_forms(day)],
            shot(rng, "Manage plan", rows))


@family
def storage_free(rng: random.Random) -> Made:
    cap = rng.choice([64, 128, 256, 512])
    used = Fraction(rng.randint(100, cap * 10 - 20), 10)
    rows = [f"{float(used):.1f} GB of {cap} GB used", "Photos, Apps, System"]
    return ("How much storage have I got left on my phone?",
            [[*number(cap - used, 1), *(f + " gb" for f in number(cap - used, 1))]],
            shot(rng, "iPhone Storage", rows))


@family
def data_left(rng: random.Random) -> Made:
    cap = rng.choice([5, 10, 15, 20, 30, 50])
    used = Fraction(rng.randint(3, cap * 10 - 3), 10)
    rows = [f"Used {float(used):.1f} GB of {cap} GB", f"Resets in {rng.randint(2, 28)} days"]
    return ("how much mobile data do I have left this month?",
            [[*number(cap - used, 1), *(f + " gb" for f in number(cap - used, 1))]],
            shot(rng, "My plan", rows))


@family
def screen_total(rng: random.Random) -> Made:
    apps = rng.sample(APPS, rng.randint(3, 5))
    mins = [rng.randint(5, 150) for _ in apps]
    rows = [f"{a}  {m // 60}h {m % 60}m" if m >= 60 else f"{a}  {m}m"
            for a, m in zip(apps, mins, strict=True)]
    return ("How much screen time is that altogether?", [span(sum(mins))],
            shot(rng, "Screen Time", rows))


@family
def cart_total(rng: random.Random) -> Made:
    sub, ship = rng.randint(1500, 20000), rng.choice([299, 399, 499, 595, 650, 0])
    rows = [f"Subtotal: {cash(sub)}", f"Shipping: {cash(ship) if ship else 'FREE'}",
            f"Items: {rng.randint(1, 6)}"]
    return ("What will I actually be charged at checkout, shipping included?",
            [money(sub + ship, True)], shot(rng, "Basket", rows))


@family
def free_ship_gap(rng: random.Random) -> Made:
    need = rng.choice([25, 35, 40, 50, 60, 75]) * 100
    sub = need - rng.randint(50, 1800)
    if sub < 200:
        return None
    rows = [f"Subtotal: {cash(sub)}", f"Free delivery on orders of {cash(need)} or more"]
    return ("how much more do I need to add to get free delivery?",
            [money(need - sub, True)], shot(rng, "Your cart", rows))


@family
def points_needed(rng: random.Random) -> Made:
    goal = rng.choice([1000, 1500, 2000, 2500, 5000])
    have = rng.randint(100, goal - 10)
    rows = [f"Points: {have:,}", f"Next reward at {goal:,} points"]
    return ("How many more points until my next reward?", [number(goal - have)],
            shot(rng, "Rewards", rows))


@family
def grades_mean(rng: random.Random) -> Made:
    subj = rng.sample(SUBJECTS, rng.randint(3, 6))
    marks = [rng.randint(45, 99) for _ in subj]
    rows = [f"{s}  {m}" for s, m in zip(subj, marks, strict=True)]
    return ("What's my average mark across these subjects? 1 dp",
            [number(Fraction(sum(marks), len(marks)), 1)], shot(rng, "Report", rows))


@family
def grades_top(rng: random.Random) -> Made:
    subj = rng.sample(SUBJECTS, rng.randint(3, 6))
    marks = rng.sample(range(45, 99), len(subj))
    rows = [f"{s}  {m}%" for s, m in zip(subj, marks, strict=True)]
    return ("Which subject did my kid do best in?", [[subj[marks.index(max(marks))].lower()]],
            shot(rng, "Term results", rows))


@family
def owe_net(rng: random.Random) -> Made:
    a, b = rng.sample(["Sam", "Alex", "Priya", "Tom", "Jo", "Mia"], 2)
    owe, owed = rng.sample(range(300, 6000), 2)
    rows = [f"You owe {a} {cash(owe)}", f"{b} owes you {cash(owed)}"]
    net = owed - owe
    word = "up" if net > 0 else "down"
    return (f"Once everyone settles, how much am I {word} overall?", [money(abs(net), True)],
            shot(rng, "Split bills", rows))


@family
def shares_worth(rng: random.Random) -> Made:
    n = rng.randint(3, 120)
    price = rng.randint(1000, 45000)
    rows = [f"{rng.choice(['ACME', 'GLOBO', 'NOVA', 'ZETA'])}", f"Shares: {n}",
            f"Price: {cash(price)}"]
    return ("What are my shares worth at this price?", [money(n * price, True)],
            shot(rng, "Portfolio", rows))


@family
def invoice_due_in(rng: random.Random) -> Made:
    due = rand_date(rng)
    gap = rng.randint(2, 40)
    today = due - dt.timedelta(days=gap)
    rows = [f"Invoice INV-{rng.randint(1000, 9999)}", f"Amount: {cash(rng.randint(5000, 90000))}",
            f"Due: {pretty(due)}"]
    return (f"It's {MONTHS[today.month - 1]} {today.day} today. How many days until this is due?",
            [count(gap, "days")], shot(rng, "Invoice", rows))


@family
def invoice_id(rng: random.Random) -> Made:
    num = rng.randint(10000, 99999)
    rows = [f"Invoice INV-{num}", f"Amount: {cash(rng.randint(5000, 90000))}", "Status: Unpaid"]
    return ("What's the invoice number on this?", [[f"inv-{num}", str(num)]],
            shot(rng, "Billing", rows))


@family
def invoice_amount(rng: random.Random) -> Made:
    amt = rng.randint(2000, 150000)
    rows = [f"Invoice INV-{rng.randint(1000, 9999)}", f"Amount due: {cash(amt)}",
            "Status: Unpaid"]
    return ("how much do I owe on this invoice?", [money(amt, True)], shot(rng, "Billing", rows))


@family
def promo_code(rng: random.Random) -> Made:
    word = rng.choice(["SPRING", "SAVE", "WELCOME", "FALL", "HELLO", "EXTRA"])
    code = f"{word}{rng.randint(10, 40)}"
    rows = [f"Use code {code}", f"Valid until {pretty(rand_date(rng))}"]
    return ("What's the discount code in this screenshot?", [[code.lower()]],
            shot(rng, "Offers", rows))


@family
def table_booking(rng: random.Random) -> Made:
    n = rng.randint(2, 16)
    t = rng.randrange(17 * 60, 22 * 60, 15)
    day = rand_date(rng)
    rows = [f"Table for {n}", f"{day.strftime('%a')} {pretty(day)}",
            f"{t // 60 - 12}:{t % 60:02d} PM"]
    return ("How many people is the table booked for?", [count(n, "people")],
            shot(rng, "Booking confirmed", rows))


@family
def followers_gap(rng: random.Random) -> Made:
    a, b = rng.randint(200, 9000), rng.randint(100, 3000)
    rows = [f"Followers {a:,}", f"Following {b:,}", f"Posts {rng.randint(5, 400)}"]
    if a == b:
        return None
    return ("What's the difference between my followers and following?",
            [number(abs(a - b))], shot(rng, "Profile", rows))


@family
def download_left(rng: random.Random) -> Made:
    total_mb = rng.choice([800, 1200, 1500, 2000, 2400, 3000])
    done = rng.randint(50, total_mb - 50)
    rows = [f"Downloaded {done} MB of {total_mb / 1000:g} GB"]
    return ("how many MB are still to download? (1 GB = 1000 MB)",
            [[f"{total_mb - done} mb", *number(total_mb - done)]], shot(rng, "Update", rows))


@family
def age_from_dob(rng: random.Random) -> Made:
    born = dt.date(rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28))
    today = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    rows = ["Name: J. Smith", f"Date of birth: {pretty(born)}"]
    return (f"If today is {pretty(today)}, how old is this person?",
            [[str(age), f"{age} years"]], shot(rng, "Profile", rows))


@family
def bill_kwh(rng: random.Random) -> Made:
    kwh = rng.randint(120, 900)
    rate = rng.choice(["0.24", "0.27", "0.31", "0.18", "0.22"])
    rows = [f"Usage this month: {kwh} kWh", f"Meter ID {rng.randint(10000, 99999)}"]
    return (f"At {rate} per kWh, what does this month's usage cost?",
            [money(kwh * Fraction(rate))], shot(rng, "Energy", rows))


@family
def unread_mail(rng: random.Random) -> Made:
    n = rng.randint(3, 240)
    rows = [f"Inbox ({n})", "Sent", "Drafts (2)", "Spam"]
    return ("How many unread emails have I got in my inbox?", [[str(n), f"{n} unread"]],
            shot(rng, "Mail", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sub_total, sub_cheapest, sub_yearly, sub_renews, storage_free, data_left, screen_total,
    cart_total, free_ship_gap, points_needed, grades_mean, grades_top, owe_net, shares_worth,
    invoice_due_in, invoice_id, invoice_amount, promo_code, table_booking, followers_gap,
    download_left, age_from_dob, bill_kwh, unread_mail)]
