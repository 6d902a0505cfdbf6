"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 9: dates, lists, polls.
"""

from __future__ import annotations

import datetime as dt
import math
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
    low,
    money,
    number,
    pct,
    pick,
    receipt,
    shot,
    sign,
    span,
    total,
)

RECEIPT_DAY = dt.date(2026, 3, 14)


@family
def receipt_days_ago(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, n=(2, 4))
    gap = rng.randint(5, 250)
    today = RECEIPT_DAY + dt.timedelta(days=gap)
    text = (f"Today is {MONTHS[today.month - 1]} {today.day}, {today.year}. How many days ago "
            "was this receipt printed (use the date on it)?")
    return text, [count(gap, "days")], recipe


@family
def return_by(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, kind=rng.choice(["hardware", "books", "pets", "pharmacy"]))
    window = rng.choice([7, 10, 14, 15, 21, 28, 30, 35, 45, 60, 90, 100, 120])
    last = RECEIPT_DAY + dt.timedelta(days=window)
    text = (f"The shop lets you return things within {window} days of the date on the receipt. "
            f"What's the last day I can return stuff (purchase date + {window} days)?")
    return text, [date_forms(last)], recipe


@family
def speed_mph(rng: random.Random) -> Made:
    kmh = rng.choice(range(20, 135, 5))
    text = ("I'm used to mph. What's this limit in mph if 1 mile = 1.609 km? Round to the "
            "nearest whole number.")
    return text, [number(F(kmh) / F("1.609"))], sign(rng, ["MAX", f"{kmh} km/h"])


@family
def no_parking_hours(rng: random.Random) -> Made:
    a = rng.choice(range(6 * 60, 11 * 60, 30))
    b = rng.choice(range(15 * 60, 21 * 60, 30))
    lines = ["NO PARKING", f"{hm(a)} - {hm(b)}", "MON - SAT"]
    text = "For how many hours a day is parking banned here (on the days it applies)?"
    return text, [span(b - a)], sign(rng, lines)


@family
def net_change(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    income = rng.sample(range(5000, 300000), rng.randint(1, 2))
    spend = rng.sample(range(1000, 120000), rng.randint(2, 4))
    rows = [f"+{cur}{c / 100:,.2f}  {n}" for c, n in zip(income, ["Salary", "Refund"],
                                                           strict=False)]
    rows += [f"-{cur}{c / 100:,.2f}  {n}" for c, n in zip(spend, ["Rent", "Food", "Travel",
                                                               "Bills"], strict=False)]
    net = sum(income) - sum(spend)
    if net <= 0:
        return None
    text = pick(rng, "How much more money came in than went out, going by this list?",
                "money in minus money out on this screen = ?")
    return text, [money(net, True)], shot(rng, "March", rows)


@family
def exam_date(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "Biology", "History", "English", "Chemistry", "Geography"], 4)
    base = day(rng)
    dates = [base + dt.timedelta(days=k) for k in sorted(rng.sample(range(0, 20), 4))]
    rows = [f"{s}  {d.day} {MONTHS[d.month - 1][:3]}" for s, d in zip(subs, dates, strict=True)]
    i = rng.randrange(4)
    text = pick(rng, f"When's my {subs[i]} exam?", f"what date is {subs[i].lower()} on?")
    return text, [date_forms(dates[i])], shot(rng, "Exam timetable", rows)


@family
def flight_delay(rng: random.Random) -> Made:
    a = rng.choice(range(6 * 60, 21 * 60, 5))
    b = a + rng.choice(range(15, 300, 5))
    rows = [f"Scheduled {hm(a)}", f"New time {hm(b)}", "DELAYED"]
    text = pick(rng, "How long is my flight delayed by?", "how late is this flight running?")
    return text, [span(b - a)], shot(rng, "Flight status", rows)


@family
def cheapest_station(rng: random.Random) -> Made:
    names = rng.sample(["Shell", "BP", "Esso", "Texaco", "Gulf", "Jet", "Total"], 4)
    prices = rng.sample(range(1390, 1990), 4)
    rows = [f"{n}  {p / 1000:.3f}/L" for n, p in zip(names, prices, strict=True)]
    i = prices.index(min(prices))
    litres = rng.choice([30, 40, 45, 50, 60])
    text = (f"Which station is cheapest, and what would {litres} litres cost there? round to the "
            "cent")
    return text, [[names[i]], money(F(prices[i] * litres, 1000))], shot(rng, "Fuel prices", rows)


@family
def list_unchecked(rng: random.Random) -> Made:
    goods = rng.sample(["Milk", "Eggs", "Bread", "Rice", "Soap", "Tea", "Jam", "Flour",
                        "Apples", "Cheese"], rng.randint(4, 7))
    done = [rng.random() < 0.5 for _ in goods]
    if all(done) or not any(done) or len(done) - sum(done) > 3:
        return None
    rows = [f"[{'x' if d else ' '}] {g}" for g, d in zip(goods, done, strict=True)]
    left = [g for g, d in zip(goods, done, strict=True) if not d]
    text = "Which things on my shopping list haven't I ticked off yet?"
    return text, [[g] for g in left], shot(rng, "Shopping list", rows)


@family
def due_first(rng: random.Random) -> Made:
    tasks = rng.sample(["Pay rent", "Dentist form", "Tax return", "Renew passport",
                        "Car MOT", "Book flights", "Return library books"], 4)
    dates = rng.sample(range(1, 29), 4)
    month = rng.randrange(12)
    rows = [f"{t}  due {d} {MONTHS[month][:3]}" for t, d in zip(tasks, dates, strict=True)]
    i = dates.index(min(dates))
    text = "Which of these to-dos is due first, and on what date?"
    return text, [[tasks[i]], date_forms(dt.date(2026, month + 1, dates[i]))], \
        shot(rng, "To-do", rows)


@family
def warmest_hour(rng: random.Random) -> Made:
    hours = list(range(rng.choice([9, 10, 11]), 24))[:6]
    temps = rng.sample(range(8, 34), 6)
    rows = [f"{h:02d}:00  {t}°" for h, t in zip(hours, temps, strict=True)]
    i = temps.index(max(temps))
    text = "What time is it forecast to be warmest, and how warm?"
    return text, [clock(hours[i] * 60), [f"{temps[i]}°", f"{temps[i]} degrees",
                                          f"{temps[i]}c"]], shot(rng, "Hourly", rows)


@family
def pages_left(rng: random.Random) -> Made:
    pages = rng.randint(180, 720)
    p = rng.randint(5, 95)
    read = F(pages * p, 100)
    if near(read):
        return None
    rows = [f"{p}% complete", f"{pages} pages"]
    text = ("Roughly how many pages have I got left? Work out pages read from the percentage, "
            "round that to a whole page, and subtract.")
    return text, [number(pages - round(read))], shot(rng, "Reading", rows)


def near(x: F) -> bool:
    return abs(x - math.floor(x) - F(1, 2)) < F(1, 100)


@family
def download_left(rng: random.Random) -> Made:
    total = F(rng.randint(20, 150), 10)
    done = F(rng.randint(1, int(total * 10) - 5), 10)
    speed = rng.choice([2, 3, 4, 5, 6, 8, 10])
    rows = [f"{float(done):.1f} GB of {float(total):.1f} GB", f"{speed} MB/s"]
    secs = (total - done) * 1000 / speed
    text = ("At this speed, how many minutes until the download finishes? (1 GB = 1000 MB, "
            "round to the nearest minute)")
    return text, [number(secs / 60) + [f + " minutes" for f in number(secs / 60)]], \
        shot(rng, "Downloading", rows)


@family
def poll_winner(rng: random.Random) -> Made:
    opts = rng.sample(["Pizza", "Tacos", "Sushi", "Curry", "Burgers", "Thai"], 3)
    votes = rng.sample(range(1, 25), 3)
    rows = [f"{o}  {v} votes" for o, v in zip(opts, votes, strict=True)]
    i = votes.index(max(votes))
    text = "Which option won the poll, and what share of the votes did it get? one decimal"
    return text, [[opts[i]], pct(F(100 * votes[i], sum(votes)))], shot(rng, "Poll", rows)


@family
def basket_items_over(rng: random.Random) -> Made:
    cur = rng.choice(["$", "£", "€"])
    goods = rng.sample(["Kettle", "Toaster", "Lamp", "Rug", "Clock", "Mirror", "Vase"], 4)
    prices = rng.sample(range(900, 9000), 4)
    rows = [f"{g}  {cur}{p / 100:.2f}" for g, p in zip(goods, prices, strict=True)]
    budget = rng.randint(sum(prices) // 100 - 60, sum(prices) // 100 - 5)
    over = sum(prices) - budget * 100
    if budget < 10:
        return None
    text = (f"My budget is {cur}{budget}. How much over budget is this basket, and which single "
            "item is the most expensive?")
    return text, [money(over, True), [goods[prices.index(max(prices))]]], shot(rng, "Basket",
                                                                                 rows)


@family
def high_low_gap(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    cs = [c for _, c in lines]
    text = pick(rng, "How much more was the most expensive item than the cheapest one?",
                "difference between the priciest and cheapest line on this?")
    return text, [money(max(cs) - min(cs), True)], recipe


@family
def without_one(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good, cents = rng.choice(lines)
    text = pick(rng, f"The {low(good)} line was for my flatmate. What did my own stuff come to?",
                f"If I take the {low(good)} off this receipt, what's left to pay?")
    return text, [money(total(lines) - cents, True)], recipe


@family
def two_lines(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 6))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    text = pick(rng, f"how much did the {low(a)} and the {low(b)} cost together?",
                f"Add up the {low(a)} and {low(b)} for me")
    return text, [money(ca + cb, True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_days_ago, return_by, speed_mph, no_parking_hours, net_change, exam_date,
    flight_delay, cheapest_station, list_unchecked, due_first, warmest_hour, pages_left,
    download_left, poll_winner, basket_items_over, high_low_gap, without_one, two_lines)]
