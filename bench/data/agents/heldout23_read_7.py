"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 7: screenshots, logs."""

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
from bench.data.agents.heldout23_read_4 import NAMES, day, mdy
from bench.data.agents.helpers import Family


@family
def hotel_nights(rng: random.Random) -> Made:
    a = day(rng, 0, 300)
    n = rng.randint(1, 14)
    r = rng.randint(60, 320)
    recipe = shot(rng, "Booking confirmed", [f"Check-in: {mdy(a)}",
                                             f"Check-out: {mdy(a + dt.timedelta(days=n))}",
                                             f"Rate: ${r}/night"])
    text = rng.choice(["How many nights is this and what's the total room cost?",
                       "nights booked + total at that nightly rate?"])
    return text, [cnt(n, "nights"), money(n * r)], recipe


@family
def sleep_time(rng: random.Random) -> Made:
    bed = rng.randrange(21 * 60, 25 * 60 + 30, 5) % 1440
    dur = rng.randrange(300, 600, 5)
    recipe = shot(rng, "Sleep", [f"Bedtime {hhmm(bed)}", f"Woke up {hhmm(bed + dur)}"])
    text = rng.choice(["How long did I sleep?", "total sleep from this screen?"])
    return text, [span(dur)], recipe


@family
def timesheet_pay(rng: random.Random) -> Made:
    start = rng.randrange(6 * 60, 10 * 60, 15)
    dur = rng.randrange(4 * 60, 10 * 60, 15)
    wage = rng.choice([12, 14, 15, 16.5, 18, 20, 22.5, 25])
    recipe = shot(rng, "Timesheet", [f"Clock in  {hhmm(start)}", f"Clock out {hhmm(start + dur)}",
                                     "Break: unpaid 0 min"])
    text = f"At {wage:g} an hour, what did I earn for this shift?"
    return text, [money(F(dur, 60) * F(str(wage)))], recipe


@family
def meter_reading(rng: random.Random) -> Made:
    a = rng.randint(10000, 90000)
    used = rng.randint(80, 900)
    price = rng.choice(["0.22", "0.25", "0.28", "0.31", "0.34"])
    recipe = shot(rng, "Meter readings", [f"1 Mar  {a:05d}", f"1 Apr  {a + used:05d}"])
    text = (f"How many units did I use between the readings, and what's that at {price} a "
            "unit?")
    return text, [cnt(used, "units"), money(used * F(price))], recipe


@family
def parcel_kg(rng: random.Random) -> Made:
    lb = F(rng.randint(5, 400), 10)
    recipe = shot(rng, "Shipment", [f"Weight: {float(lb):.1f} lb", "Service: Ground"])
    text = "What's the parcel weight in kg? Use 1 lb = 0.4536 kg, two decimals."
    kg = lb * F("0.4536")
    return text, [[f"{x} kg" for x in num(kg, 2)] + [f"{x}kg" for x in num(kg, 2)]
                  + num(kg, 2)], recipe


@family
def recipe_scale(rng: random.Random) -> Made:
    serves = rng.choice([2, 4, 6, 8])
    want = rng.choice([x for x in (2, 3, 4, 5, 6, 8, 10, 12) if x != serves])
    ing = rng.sample(["Flour", "Sugar", "Butter", "Rice", "Oats", "Pasta"], 3)
    grams = [rng.randrange(50, 600, 10) for _ in ing]
    recipe = shot(rng, f"Recipe - serves {serves}", [f"{i}  {g} g" for i, g in
                                                     zip(ing, grams, strict=True)])
    j = rng.randrange(3)
    g = F(grams[j] * want, serves)
    text = f"How much {ing[j].lower()} do I need for {want} people? (grams, 1 dp if needed)"
    return text, [[f"{x} g" for x in num(g, 1)] + [f"{x}g" for x in num(g, 1)]
                  + [f"{x} grams" for x in num(g, 1)] + num(g, 1)], recipe


@family
def month_interest(rng: random.Random) -> Made:
    bal = rng.randint(100000, 2000000)
    r = rng.choice(["3", "3.5", "4", "4.25", "4.5", "5", "2.75"])
    recipe = shot(rng, "Easy saver", [f"Balance £{bal / 100:,.2f}", f"AER {r}%"])
    text = ("Roughly how much interest is one month, if I take the yearly rate shown divided by "
            "12? To the penny.")
    return text, [money(bal * F(r) / 100 / 12, True)], recipe


@family
def cart_total(rng: random.Random) -> Made:
    goods = rng.sample(["Mug", "Lamp", "Towel", "Pillow", "Rug", "Vase", "Frame"], 3)
    qty = [rng.randint(1, 4) for _ in goods]
    price = rng.sample(range(399, 4999), 3)
    ship = rng.choice([0, 399, 499, 599])
    rows = [f"{q} x {g} @ ${p / 100:.2f}" for q, g, p in zip(qty, goods, price, strict=True)]
    rows.append(f"Shipping ${ship / 100:.2f}" if ship else "Shipping FREE")
    recipe = shot(rng, "Cart", rows)
    text = rng.choice(["What's the order total with shipping?", "grand total for this cart?"])
    return text, [money(sum(q * p for q, p in zip(qty, price, strict=True)) + ship, True)], recipe


@family
def split_app(rng: random.Random) -> Made:
    t = rng.randint(3000, 40000)
    k = rng.randint(2, 8)
    recipe = shot(rng, "Split bill", [f"Total: €{t / 100:.2f}", f"People: {k}", "Tip: 0%"])
    text = "What does each person owe on this split? To the cent."
    return text, [money(F(t, 100 * k))], recipe


@family
def follower_growth(rng: random.Random) -> Made:
    a = rng.randint(200, 20000)
    b = a + rng.randint(-a // 5, a // 2)
    if a == b:
        return None
    recipe = shot(rng, "Insights", [f"Followers 1 Jan: {a:,}", f"Followers today: {b:,}"])
    text = "By what percent did my followers change? One decimal (negative if down)."
    v = abs(F(100 * (b - a), a))
    return text, [pct(v, 1)], recipe


@family
def leaderboard(rng: random.Random) -> Made:
    people = rng.sample(NAMES, 5)
    pts = sorted(rng.sample(range(100, 3000), 5), reverse=True)
    recipe = shot(rng, "Leaderboard", [f"{i + 1}. {p}  {s:,} pts" for i, (p, s) in
                                       enumerate(zip(people, pts, strict=True))])
    i = rng.randrange(1, 5)
    text = f"How many points is {people[i]} behind the leader?"
    return text, [num(pts[0] - pts[i])], recipe


@family
def confirmation_code(rng: random.Random) -> Made:
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    recipe = shot(rng, "Reservation", ["Table for " + str(rng.randint(2, 8)),
                                       f"Confirmation: {code}", f"{mdy(day(rng))} 19:30"])
    text = rng.choice(["What's the confirmation code?", "read me the booking reference"])
    return text, [words(code)], recipe


@family
def card_last4(rng: random.Random) -> Made:
    d = f"{rng.randint(0, 9999):04d}"
    mo, yy = rng.randint(1, 12), rng.randint(27, 31)
    exp = f"{mo:02d}/{yy}"
    recipe = shot(rng, "Wallet", [f"Visa ending {d}", f"Expires {exp}"])
    text = "Which card is this - what are the last four digits, and when does it expire?"
    name = dt.date(2000, mo, 1).strftime("%B")
    forms = [exp, f"{mo:02d}/20{yy}", f"{mo}/20{yy}", f"{name} 20{yy}", f"{name[:3]} 20{yy}"]
    return text, [[d], words(*forms)], recipe


INCOME = ["Salary", "Refund", "Gift", "Transfer in", "Sold item"]
SPEND = ["Rent", "Shop", "Bills", "Fuel", "Dinner"]


@family
def net_change(rng: random.Random) -> Made:
    k = rng.randint(4, 7)
    vals = [rng.randint(500, 60000) * rng.choice([1, -1]) for _ in range(k)]
    rows = [f"{'+' if v > 0 else '-'}${abs(v) / 100:.2f}  "
            f"{rng.choice(INCOME if v > 0 else SPEND)}"
            for v in vals]
    recipe = shot(rng, "This week", rows)
    s = sum(vals)
    text = "Overall, how much did my balance go up or down with these transactions?"
    return text, [money(abs(s), True)], recipe


@family
def credit_expiry(rng: random.Random) -> Made:
    exp = day(rng, 40, 360)
    k = rng.randint(3, 120)
    today = exp - dt.timedelta(days=k)
    recipe = shot(rng, "Store credit", [f"Credit: ${rng.randint(5, 200)}.00",
                                        f"Expires {mdy(exp)}"])
    text = f"It's {say(today)} today. How many days left before the credit expires?"
    return text, [cnt(k, "days")], recipe


@family
def battery_dies(rng: random.Random) -> Made:
    left = rng.randrange(20, 600, 1)
    now = rng.randrange(0, 1440)
    recipe = shot(rng, "Battery", [f"{rng.randint(5, 95)}%", f"About {left // 60}h {left % 60}m "
                                   "remaining"])
    text = f"It's {hhmm(now)}. Around what time will my battery run out at this rate?"
    return text, [clock(now + left)], recipe


@family
def parking_session(rng: random.Random) -> Made:
    a = rng.randrange(7 * 60, 15 * 60, 5)
    d = rng.randrange(20, 360, 5)
    r = rng.choice([120, 150, 180, 240, 300])
    recipe = shot(rng, "Parking session", [f"Started {hhmm(a)}", f"Ended {hhmm(a + d)}",
                                           f"Rate ${r / 100:.2f}/hour"])
    text = "What will this session cost, charged by the exact minute? To the cent."
    return text, [money(F(d * r, 60 * 100))], recipe


@family
def event_countdown(rng: random.Random) -> Made:
    ev = day(rng, 60, 360)
    k = rng.randint(5, 150)
    today = ev - dt.timedelta(days=k)
    name = rng.choice(["Concert", "Exam", "Wedding", "Marathon", "Flight"])
    recipe = shot(rng, "Upcoming", [f"{name}", f"{mdy(ev)}", "All day"])
    text = f"today is {today.isoformat()}, how many days until my {name.lower()}?"
    return text, [cnt(k, "days")], recipe


@family
def weight_lost(rng: random.Random) -> Made:
    a = F(rng.randint(650, 1200), 10)
    b = a - F(rng.randint(5, 150), 10)
    recipe = shot(rng, "Weight log", [f"Start  {float(a):.1f} kg", f"Today  {float(b):.1f} kg"])
    text = rng.choice(["How much weight have I lost?", "kg lost so far, and what % of my "
                       "starting weight is that? (1 dp)"])
    lost = [f"{x} kg" for x in num(a - b, 1)] + [f"{x}kg" for x in num(a - b, 1)] + num(a - b, 1)
    if "%" in text:
        return text, [lost, pct(100 * (a - b) / a, 1)], recipe
    return text, [lost], recipe


@family
def bp_average(rng: random.Random) -> Made:
    k = rng.randint(3, 5)
    sys_ = [rng.randint(105, 160) for _ in range(k)]
    dia = [rng.randint(60, 100) for _ in range(k)]
    recipe = shot(rng, "Blood pressure", [f"{s}/{d} mmHg" for s, d in zip(sys_, dia, strict=True)])
    text = "What's my average systolic reading (the top number)? One decimal."
    return text, [num(F(sum(sys_), k), 1)], recipe


@family
def water_log(rng: random.Random) -> Made:
    k = rng.randint(3, 8)
    ml = [rng.choice([150, 200, 250, 300, 330, 400, 500]) for _ in range(k)]
    recipe = shot(rng, "Water today", [f"{8 + i}:00  {m} ml" for i, m in enumerate(ml)])
    s = F(sum(ml), 1000)
    text = "How many litres have I drunk today?"
    return text, [[f"{x} l" for x in num(s, 2)] + [f"{x} litres" for x in num(s, 2)]
                  + [f"{x}l" for x in num(s, 2)] + num(s, 2)], recipe


@family
def mileage_claim(rng: random.Random) -> Made:
    k = rng.randint(3, 6)
    miles = [rng.randint(5, 120) for _ in range(k)]
    r = rng.choice(["0.45", "0.67", "0.25", "0.55", "0.70"])
    recipe = shot(rng, "Mileage", [f"Trip {i + 1}  {m} mi" for i, m in enumerate(miles)])
    text = f"At {r} per mile, how much can I claim for these trips?"
    return text, [money(sum(miles) * F(r))], recipe


@family
def quiz_score(rng: random.Random) -> Made:
    out = rng.choice([20, 25, 40, 50, 60, 80])
    got = rng.randint(out // 3, out)
    recipe = shot(rng, "Quiz results", [f"Score: {got}/{out}", "Attempts: 1"])
    text = "What's my score as a percentage? One decimal."
    return text, [pct(F(100 * got, out), 1)], recipe


@family
def delivery_window(rng: random.Random) -> Made:
    a = rng.randrange(8 * 60, 16 * 60, 15)
    d = rng.randrange(45, 300, 15)
    recipe = shot(rng, "Delivery", ["Arriving today between", f"{hhmm(a)} and {hhmm(a + d)}"])
    text = "How long is my delivery window?"
    return text, [span(d)], recipe


@family
def calories_left(rng: random.Random) -> Made:
    goal = rng.choice([1600, 1800, 2000, 2200, 2500])
    meals = [rng.randint(150, 750) for _ in range(3)]
    recipe = shot(rng, "Food diary", [f"Breakfast {meals[0]} kcal", f"Lunch {meals[1]} kcal",
                                      f"Snack {meals[2]} kcal", f"Goal {goal} kcal"])
    left = goal - sum(meals)
    if left < 100:
        return None
    text = "How many calories do I have left for dinner?"
    return text, [[*cnt(left, "kcal"), f"{left} calories"]], recipe


@family
def next_dose(rng: random.Random) -> Made:
    last = rng.randrange(0, 1440, 5)
    every = rng.choice([4, 6, 8, 12])
    recipe = shot(rng, "Medication", [f"Last taken {hhmm(last)}", f"Every {every} hours"])
    text = "When's my next dose due?"
    return text, [clock(last + 60 * every)], recipe


@family
def stock_gain(rng: random.Random) -> Made:
    sh = rng.randint(3, 120)
    buy, now = rng.sample(range(1000, 30000), 2)
    recipe = shot(rng, "Portfolio", [f"Shares: {sh}", f"Avg cost ${buy / 100:.2f}",
                                     f"Price ${now / 100:.2f}"])
    text = rng.choice(["What's my gain or loss in dollars on this position?",
                       "how much up or down am I overall here?"])
    return text, [money(abs(sh * (now - buy)), True)], recipe


@family
def rental_days(rng: random.Random) -> Made:
    a = day(rng, 0, 300)
    n = rng.randint(2, 21)
    r = rng.randint(25, 110)
    recipe = shot(rng, "Car "
                       "rental", [f"Pick-up {mdy(a)}", f"Return {mdy(a + dt.timedelta(days=n))}",
                                      f"${r}/day"])
    text = ("Counting one day per 24 hours between the dates (same time of day), what's the "
            "rental total?")
    return text, [money(n * r)], recipe


@family
def exam_when(rng: random.Random) -> Made:
    subj = rng.sample(["Maths", "Physics", "History", "French", "Chemistry"], 3)
    ds = sorted(rng.sample(range(100, 200), 3))
    ts = [rng.choice([540, 570, 600, 780, 810, 840]) for _ in subj]
    recipe = shot(rng, "Exam timetable", [f"{s}  {mdy(dt.date(2026, 1, 1) + dt.timedelta(days=d))}"
                                          f" {hhmm(t)}" for s, d, t in zip(subj, ds, ts,
                                                                            strict=True)])
    i = rng.randrange(3)
    when = dt.date(2026, 1, 1) + dt.timedelta(days=ds[i])
    text = f"When's my {subj[i].lower()} exam? Date and time."
    return text, [dates(when), clock(ts[i])], recipe


@family
def app_data_sum(rng: random.Random) -> Made:
    apps = rng.sample(["YouTube", "Maps", "Spotify", "Instagram", "Mail", "Chrome"], 4)
    mb = [rng.randint(20, 2500) for _ in apps]
    recipe = shot(rng, "Data usage", [f"{a}  {m} MB" for a, m in zip(apps, mb, strict=True)])
    gb = F(sum(mb), 1000)
    text = "How much data in GB did these apps use altogether? (1 GB = 1000 MB, 2 dp)"
    return text, [[f"{x} gb" for x in num(gb, 2)] + [f"{x}gb" for x in num(gb, 2)]
                  + num(gb, 2)], recipe


@family
def list_remaining(rng: random.Random) -> Made:
    items = rng.sample(["Milk", "Eggs", "Bread", "Soap", "Rice", "Jam", "Tea", "Salt",
                        "Oil", "Foil"], rng.randint(5, 9))
    done = [rng.random() < 0.5 for _ in items]
    recipe = shot(rng, "Shopping list", [f"{i} - {'done' if d else 'to buy'}" for i, d in
                                         zip(items, done, strict=True)])
    left = sum(not d for d in done)
    text = "How many things on my list are still to buy, and how many are done?"
    return text, [cnt(left), cnt(len(items) - left)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    hotel_nights, sleep_time, timesheet_pay, meter_reading, parcel_kg, recipe_scale,
    month_interest, cart_total, split_app, follower_growth, leaderboard, confirmation_code,
    card_last4, net_change, credit_expiry, battery_dies, parking_session, event_countdown,
    weight_lost, bp_average, water_log, mileage_claim, quiz_score, delivery_window,
    calories_left, next_dose, stock_gain, rental_days, exam_when, app_data_sum, list_remaining)]
