"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 4: app screenshots."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    Made,
    clock,
    cnt,
    dates,
    family,
    hhmm,
    money,
    num,
    pct,
    say,
    shot,
    span,
    words,
)
from bench.data.agents.helpers import Family

MERCHANTS = ["Tesco", "Uber", "Netflix", "Shell", "Amazon", "Spotify", "Starbucks", "Lidl",
             "Zara", "Ikea", "Boots", "Apple", "Costco", "Target", "Aldi", "Deliveroo"]
NAMES = ["Alex", "Priya", "Tom", "Mei", "Jonas", "Sara", "Luis", "Aisha", "Ben", "Olga",
         "Kofi", "Nina"]
STATUS = ["Shipped", "Delivered", "Processing", "Out for delivery", "Cancelled", "Pending",
          "Refunded", "Awaiting payment", "Ready for pickup", "Returned"]


def day(rng: random.Random, lo: int = 0, hi: int = 300) -> dt.date:
    return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(lo, hi))


def mdy(when: dt.date) -> str:
    return f"{when.strftime('%b')} {when.day}, {when.year}"


def amounts(rng: random.Random, k: int, lo: int = 300, hi: int = 9000) -> list[int]:
    return rng.sample(range(lo, hi), k)


@family
def order_number(rng: random.Random) -> Made:
    no = rng.randint(100000, 999999)
    recipe = shot(rng, "Order details", [f"Order #{no}", f"Placed {mdy(day(rng))}",
                                         f"Status: {rng.choice(STATUS)}"])
    text = rng.choice(["What's the order number in this screenshot?", "order no. pls",
                       "Can you read me the order number?"])
    return text, [[str(no)]], recipe


@family
def order_date(rng: random.Random) -> Made:
    when = day(rng)
    recipe = shot(rng, "My orders", [f"Order #{rng.randint(10000, 99999)}",
                                     f"Ordered: {mdy(when)}", "Status: Shipped"])
    text = rng.choice(["When did I place this order?", "what date is the order from?",
                       "Order date?"])
    return text, [dates(when)], recipe


@family
def order_status(rng: random.Random) -> Made:
    st, when = rng.choice(STATUS), day(rng)
    recipe = shot(rng, "Track parcel", [f"Order #{rng.randint(10000, 99999)}",
                                        f"Status: {st}", f"Updated {mdy(when)}"])
    text = rng.choice(["What's the status of this order, and when was it last updated?",
                       "has it shipped? what does the status say + the update date",
                       "status and last-updated date on this screenshot?"])
    return text, [words(st), dates(when)], recipe


@family
def balance_shown(rng: random.Random) -> Made:
    bal = rng.randint(1000, 900000)
    cur = rng.choice(["$", "€", "£"])
    recipe = shot(rng, "Current account", [f"Balance: {cur}{bal / 100:,.2f}",
                                           f"Available: "
                                           f"{cur}{(bal - rng.randint(0, 999)) / 100:,.2f}",
                                           "Sort code 20-45-11"])
    text = rng.choice(["What's my balance here?", "How much is in the account (balance, not "
                       "available)?", "balance??"])
    return text, [money(bal, True)], recipe


@family
def sum_transactions(rng: random.Random) -> Made:
    k = rng.randint(3, 7)
    names, vals = rng.sample(MERCHANTS, k), amounts(rng, k)
    recipe = shot(rng, "Recent spending", [f"{n}  -${v / 100:.2f}" for n, v in
                                           zip(names, vals, strict=True)])
    text = rng.choice(["How much have I spent in total on this screen?",
                       "add up these transactions for me",
                       "Total of all the payments shown?"])
    return text, [money(sum(vals), True)], recipe


@family
def count_rows(rng: random.Random) -> Made:
    k = rng.randint(3, 10)
    names, vals = [rng.choice(MERCHANTS) for _ in range(k)], amounts(rng, k)
    recipe = shot(rng, "Transactions", [f"{n}  £{v / 100:.2f}" for n, v in
                                        zip(names, vals, strict=True)])
    text = rng.choice(["How many transactions are in this screenshot? And what's the biggest?",
                       "count the payments shown + tell me the largest one"])
    return text, [cnt(k), money(max(vals), True)], recipe


@family
def days_between(rng: random.Random) -> Made:
    a = day(rng, 0, 250)
    b = a + dt.timedelta(days=rng.randint(2, 40))
    recipe = shot(rng, "Order #" + str(rng.randint(1000, 9999)),
                  [f"Ordered: {mdy(a)}", f"Delivered: {mdy(b)}", "Status: Delivered"])
    text = rng.choice(["How many days did this take to arrive?",
                       "days between ordering and delivery here?"])
    return text, [cnt((b - a).days, "days")], recipe


@family
def biggest_payment(rng: random.Random) -> Made:
    k = rng.randint(4, 8)
    names, vals = rng.sample(MERCHANTS, k), amounts(rng, k)
    recipe = shot(rng, "Card activity", [f"{n}  ${v / 100:.2f}" for n, v in
                                         zip(names, vals, strict=True)])
    i = vals.index(max(vals))
    text = rng.choice(["Where did I spend the most?", "which merchant is the biggest charge?"])
    return text, [words(names[i])], recipe


@family
def smallest_payment(rng: random.Random) -> Made:
    k = rng.randint(4, 8)
    names, vals = rng.sample(MERCHANTS, k), amounts(rng, k)
    recipe = shot(rng, "Card activity", [f"{n}  €{v / 100:.2f}" for n, v in
                                         zip(names, vals, strict=True)])
    text = rng.choice(["What's the smallest payment here?", "smallest amount on this list?"])
    return text, [money(min(vals), True)], recipe


@family
def after_pending(rng: random.Random) -> Made:
    bal, pend = rng.randint(20000, 300000), rng.randint(500, 15000)
    recipe = shot(rng, "Account", [f"Balance: ${bal / 100:,.2f}", f"Pending: -${pend / 100:.2f}"])
    text = rng.choice(["What will my balance be once the pending payment goes through?",
                       "balance after the pending one clears?"])
    return text, [money(bal - pend, True)], recipe


@family
def goal_progress(rng: random.Random) -> Made:
    goal = rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000])
    saved = rng.randint(goal * 10, goal * 95)
    recipe = shot(rng, "Holiday fund", [f"Saved: ${saved / 100:,.2f}",
                                        f"Goal: ${goal:,}"])
    text = rng.choice(["What percent of my goal have I saved? 1 decimal place.",
                       "how far along am i in %? (one dp)"])
    return text, [pct(F(saved, goal), 1)], recipe


@family
def goal_left(rng: random.Random) -> Made:
    goal = rng.choice([800, 1200, 2000, 2500, 4000, 6000])
    saved = rng.randint(goal * 10, goal * 95)
    w = rng.choice([25, 40, 50, 75, 100])
    recipe = shot(rng, "Savings pot", [f"Saved £{saved / 100:,.2f}", f"Target £{goal:,}"])
    text = rng.choice([f"If I add £{w} a week, how many weeks until I hit the target?",
                       f"saving {w} pounds weekly, how many more weeks to reach the goal?"])
    left = goal * 100 - saved
    return text, [cnt(-(-left // (w * 100)), "weeks")], recipe


@family
def balance_convert(rng: random.Random) -> Made:
    bal = rng.randint(10000, 500000)
    r = rng.choice(["1.17", "1.16", "1.18", "1.09", "0.86", "0.93"])
    code = "USD" if F(r) > 1 else "GBP"
    recipe = shot(rng, "EUR wallet", [f"Balance €{bal / 100:,.2f}", "IBAN ...4821"])
    text = f"How much is this balance in {code}? 1 EUR = {r} {code}."
    return text, [money(bal * F(r), True)], recipe


@family
def steps_total(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    steps = [rng.randint(2000, 18000) for _ in days]
    recipe = shot(rng, "Steps this week", [f"{d}  {s:,}" for d, s in zip(days, steps, strict=True)])
    text = rng.choice(["How many steps in total this week?", "add up my steps please",
                       "total step count on here?"])
    return text, [num(sum(steps))], recipe


@family
def steps_average(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    steps = [rng.randint(2000, 18000) for _ in days]
    recipe = shot(rng, "Activity", [f"{d}  {s:,} steps" for d, s in zip(days, steps, strict=True)])
    text = "What's my average daily step count here? Round to a whole number."
    return text, [num(F(sum(steps), len(steps)))], recipe


@family
def best_day(rng: random.Random) -> Made:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    steps = rng.sample(range(2000, 20000), 7)
    recipe = shot(rng, "Steps", [f"{d[:3]}  {s:,}" for d, s in zip(days, steps, strict=True)])
    i = steps.index(max(steps)) if rng.random() < 0.5 else steps.index(min(steps))
    word = "most" if steps[i] == max(steps) else "fewest"
    return (f"Which day did I walk the {word} steps, and how many was it?",
            [words(days[i], days[i][:3]), num(steps[i])], recipe)


@family
def steps_to_goal(rng: random.Random) -> Made:
    goal = rng.choice([8000, 10000, 12000, 15000])
    now = rng.randint(1000, goal - 200)
    recipe = shot(rng, "Today", [f"Steps: {now:,}", f"Goal: {goal:,}"])
    text = rng.choice(["How many more steps do I need today?", "steps left to hit my goal?"])
    return text, [num(goal - now)], recipe


@family
def screen_time(rng: random.Random) -> Made:
    apps = rng.sample(["Instagram", "YouTube", "TikTok", "WhatsApp", "Chrome", "Maps", "Mail",
                       "Reddit", "Spotify"], rng.randint(3, 6))
    mins = [rng.randint(5, 150) for _ in apps]
    recipe = shot(rng, "Screen time today", [f"{a}  {m // 60}h {m % 60}m" if m >= 60 else
                                             f"{a}  {m}m" for a, m in zip(apps, mins, strict=True)])
    text = rng.choice(["How much screen time is that in total?",
                       "total time across these apps?"])
    return text, [span(sum(mins))], recipe


@family
def subs_monthly(rng: random.Random) -> Made:
    subs = rng.sample(["Netflix", "Spotify", "iCloud", "Disney+", "Gym", "Xbox", "Audible",
                       "NYTimes", "Duolingo"], rng.randint(3, 6))
    vals = amounts(rng, len(subs), 99, 2500)
    recipe = shot(rng, "Subscriptions", [f"{s}  ${v / 100:.2f}/mo" for s, v in
                                         zip(subs, vals, strict=True)])
    text = rng.choice(["What do my subscriptions cost per year?",
                       "yearly total for all of these subs?", "How much a month in total?"])
    k = 1 if "month" in text else 12
    return text, [money(sum(vals) * k, True)], recipe


@family
def flight_info(rng: random.Random) -> Made:
    fl = f"{rng.choice(['BA', 'LH', 'KL', 'AF', 'DL', 'UA'])}{rng.randint(10, 2999)}"
    gate = f"{rng.choice('ABCDE')}{rng.randint(1, 60)}"
    seat = f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"
    dep = rng.randrange(300, 1400, 5)
    recipe = shot(rng, "Boarding pass", [f"Flight {fl}", f"Gate {gate}", f"Seat {seat}",
                                         f"Departs {hhmm(dep)}"])
    q = rng.choice(["gate", "seat", "flight", "departs"])
    if q == "departs":
        return "what time does my flight leave?", [clock(dep)], recipe
    val = {"gate": gate, "seat": seat, "flight": fl}[q]
    return f"What's my {q}{' number' if q != 'seat' else ''}?", [words(val)], recipe


@family
def flight_length(rng: random.Random) -> Made:
    dep = rng.randrange(300, 1200, 5)
    dur = rng.randrange(45, 700, 5)
    recipe = shot(rng, "Your trip", [f"Depart  {hhmm(dep)}", f"Arrive  {hhmm(dep + dur)}",
                                     "Times are local; same time zone"])
    text = rng.choice(["How long is this flight?", "flight duration from this screen?"])
    return text, [span(dur)], recipe


@family
def tracking_no(rng: random.Random) -> Made:
    code = f"{rng.choice(['1Z', 'JD', 'RR', 'LX'])}{rng.randint(10**8, 10**9 - 1)}"
    recipe = shot(rng, "Shipment", [f"Tracking: {code}", f"Carrier: {rng.choice(['UPS', 'DHL'])}",
                                    "In transit"])
    text = rng.choice(["What's the tracking number?", "copy out the tracking code for me"])
    return text, [words(code)], recipe


@family
def energy_bill(rng: random.Random) -> Made:
    kwh = rng.randint(120, 900)
    r = rng.choice(["0.245", "0.28", "0.31", "0.19", "0.2734", "0.165"])
    recipe = shot(rng, "Energy usage", [f"This month: {kwh} kWh", f"Last month: "
                                        f"{kwh + rng.randint(-80, 80)} kWh"])
    text = f"At {r} per kWh, what does this month's usage cost? (to the cent)"
    return text, [money(kwh * F(r))], recipe


@family
def data_left(rng: random.Random) -> Made:
    plan = rng.choice([5, 10, 15, 20, 30, 50])
    used = F(rng.randint(5, plan * 10 - 1), 10)
    recipe = shot(rng, "Mobile data", [f"Used: {float(used):.1f} GB", f"Plan: {plan} GB",
                                       f"Resets in {rng.randint(2, 28)} days"])
    text = rng.choice(["How much data do I have left?", "GB remaining on my plan?"])
    left = plan - used
    return text, [[f"{v} gb" for v in num(left, 1)] + [f"{v}gb" for v in num(left, 1)]
                  + num(left, 1)], recipe


@family
def due_in(rng: random.Random) -> Made:
    due = day(rng, 30, 330)
    k = rng.randint(2, 40)
    today = due - dt.timedelta(days=k)
    recipe = shot(rng, "Invoice INV-" + str(rng.randint(100, 999)),
                  [f"Amount: ${rng.randint(40, 900)}.00", f"Due: {mdy(due)}"])
    text = f"Today is {say(today)}. How many days until this invoice is due?"
    return text, [cnt(k, "days")], recipe


@family
def late_fee(rng: random.Random) -> Made:
    amt = rng.randint(4000, 90000)
    r = rng.choice(["1.5", "2", "2.5", "3", "5"])
    recipe = shot(rng, "Bill", [f"Amount due: ${amt / 100:.2f}", "Status: OVERDUE"])
    text = f"They charge a {r}% late fee. What do I owe now including the fee?"
    return text, [money(amt * (1 + F(r) / 100), True)], recipe


@family
def grade_average(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "English", "Biology", "History", "Art", "French", "Physics",
                       "Music"], rng.randint(3, 6))
    marks = [rng.randint(45, 100) for _ in subs]
    recipe = shot(rng, "Report card", [f"{s}  {m}" for s, m in zip(subs, marks, strict=True)])
    text = rng.choice(["What's my average mark? 1 decimal.", "mean of these grades (1 dp)?"])
    return text, [num(F(sum(marks), len(marks)), 1)], recipe


@family
def meetings_length(rng: random.Random) -> Made:
    t, rows, total = rng.randrange(480, 600, 15), [], 0
    for name in rng.sample(["Standup", "1:1 Sam", "Design", "Budget", "Hiring", "Sales"], 3):
        d = rng.choice([15, 20, 25, 30, 40, 45, 50, 60, 75, 90])
        rows.append(f"{hhmm(t)}-{hhmm(t + d)} {name}")
        total += d
        t += d + rng.choice([0, 15, 30, 60])
    recipe = shot(rng, "Calendar - Today", rows)
    text = rng.choice(["How much time am I in meetings today?", "total meeting time?"])
    return text, [span(total)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    order_number, order_date, order_status, balance_shown, sum_transactions, count_rows,
    days_between, biggest_payment, smallest_payment, after_pending, goal_progress, goal_left,
    balance_convert, steps_total, steps_average, best_day, steps_to_goal, screen_time, subs_monthly,
    flight_info, flight_length, tracking_no, energy_bill, data_left, due_in, late_fee,
    grade_average, meetings_length)]
