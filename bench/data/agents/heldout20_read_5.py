"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 5: order and bank apps.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import string
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
    money,
    pct,
    pick,
    shot,
    span,
)

CURS = ["$", "£", "€"]
PAYEES = ["Coffee", "Groceries", "Taxi", "Pharmacy", "Cinema", "Bookshop", "Gym", "Lunch",
          "Petrol", "Bakery", "Pizza", "Hardware"]


def show(when: dt.date, style: int) -> str:
    mon = MONTHS[when.month - 1]
    return [when.isoformat(), f"{when.day} {mon[:3]} {when.year}",
            f"{mon[:3]} {when.day}, {when.year}"][style % 3]


def code(rng: random.Random, n: int = 6) -> str:
    chars = string.ascii_uppercase.replace("I", "").replace("O", "") + "23456789"
    return "".join(rng.choice(chars) for _ in range(n))


def cur_of(rng: random.Random) -> str:
    return rng.choice(CURS)


def amounts(rng: random.Random, k: tuple[int, int], low: int = 150,
            high: int = 9000) -> list[tuple[str, int]]:
    names = rng.sample(PAYEES, rng.randint(*k))
    return list(zip(names, rng.sample(range(low, high), len(names)), strict=True))


@family
def order_number(rng: random.Random) -> Made:
    num = str(rng.randint(100000, 999999))
    rows = [f"Order #{num}", f"Placed {show(day(rng), rng.randrange(3))}",
            f"Status: {rng.choice(['Shipped', 'Processing', 'Delivered'])}"]
    text = pick(rng, "What's my order number?", "can u read the order no. off this screenshot",
                "Customer service wants my order number, what is it?")
    return text, [[num]], shot(rng, "My orders", rows)


@family
def order_placed(rng: random.Random) -> Made:
    when = day(rng)
    rows = [f"Order #{rng.randint(10000, 99999)}", f"Ordered: {show(when, rng.randrange(3))}",
            "Status: Shipped"]
    text = pick(rng, "When did I place this order?", "what date was this ordered on?")
    return text, [date_forms(when)], shot(rng, "Order details", rows)


@family
def order_status(rng: random.Random) -> Made:
    status = rng.choice(["Shipped", "Delivered", "Processing", "Cancelled", "Returned",
                         "Out for delivery", "Refunded", "On hold"])
    rows = [f"Order #{rng.randint(10000, 99999)}", f"Status: {status}",
            f"Total: {cur_of(rng)}{rng.randint(500, 20000) / 100:.2f}"]
    num = rows[0].split("#")[1]
    text = pick(rng, "What's the order number and its status?",
                "has this shipped or what? status + order no. pls")
    return text, [[num], [status]], shot(rng, "Order tracking", rows)


@family
def tracking_number(rng: random.Random) -> Made:
    num = f"{rng.choice(['1Z', 'JD', 'RR', 'TB'])}{rng.randint(10**8, 10**9 - 1)}"
    rows = [f"Carrier: {rng.choice(['UPS', 'DHL', 'Royal Mail', 'FedEx'])}",
            f"Tracking: {num}", "In transit"]
    text = "What's the tracking number?"
    return text, [[num]], shot(rng, "Shipment", rows)


@family
def delivery_days(rng: random.Random) -> Made:
    a = day(rng)
    b = a + dt.timedelta(days=rng.randint(2, 30))
    s = rng.randrange(3)
    rows = [f"Ordered {show(a, s)}", f"Delivered {show(b, s)}"]
    text = pick(rng, "How many days did this take to arrive?",
                "how many days between ordering and delivery here?")
    return text, [count((b - a).days, "days")], shot(rng, "Order #" + str(rng.randint(1000, 9999)),
                                                     rows)


@family
def bank_balance(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bal = rng.randint(1000, 900000)
    rows = [f"Available balance {cur}{bal / 100:,.2f}", f"Account ****{rng.randint(1000, 9999)}"]
    text = pick(rng, "What's my balance?", "how much money is in this account right now?")
    return text, [money(bal, True)], shot(rng, "Current account", rows)


@family
def spent_sum(rng: random.Random) -> Made:
    cur = cur_of(rng)
    tx = amounts(rng, (3, 7), 150, 6000)
    rows = [f"{n}  -{cur}{c / 100:.2f}" for n, c in tx]
    text = pick(rng, "How much did I spend in total in these transactions?",
                "add up all the payments on this screen")
    return text, [money(sum(c for _, c in tx), True)], shot(rng, "Recent activity", rows)


@family
def tx_count_biggest(rng: random.Random) -> Made:
    cur = cur_of(rng)
    tx = amounts(rng, (3, 8))
    rows = [f"{n}  {cur}{c / 100:.2f}" for n, c in tx]
    big = max(tx, key=lambda x: x[1])[0]
    text = "How many transactions are shown, and which one was the biggest?"
    return text, [count(len(tx)), [big]], shot(rng, "This week", rows)


@family
def after_pending(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bal, pend = rng.randint(20000, 300000), rng.randint(500, 15000)
    rows = [f"Balance {cur}{bal / 100:,.2f}", f"Pending -{cur}{pend / 100:.2f}"]
    text = "What will my balance be once the pending payment goes through?"
    return text, [money(bal - pend, True)], shot(rng, "Account", rows)


@family
def yearly_sub(rng: random.Random) -> Made:
    cur = cur_of(rng)
    price = rng.randint(3, 25) * 100 - 1
    name = rng.choice(["StreamPlus", "MusicNow", "CloudBox", "NewsDaily", "FitApp"])
    rows = [name, f"{cur}{price / 100:.2f} / month", "Renews monthly"]
    text = pick(rng, "How much does this subscription cost me per year?",
                "what's that over 12 months?")
    return text, [money(price * 12, True)], shot(rng, "Subscriptions", rows)


@family
def subs_total(rng: random.Random) -> Made:
    cur = cur_of(rng)
    subs = rng.sample([("Netflix", 1549), ("Spotify", 1099), ("iCloud", 299), ("Gym", 3500),
                       ("News", 800), ("Xbox", 1699), ("Audible", 1495), ("Disney+", 799)],
                      rng.randint(3, 5))
    rows = [f"{n}  {cur}{c / 100:.2f}" for n, c in subs]
    text = pick(rng, "What do all these subscriptions add up to per month?",
                "total monthly subs cost from this list?")
    return text, [money(sum(c for _, c in subs), True)], shot(rng, "Monthly subscriptions", rows)


@family
def bill_due_days(rng: random.Random) -> Made:
    due = day(rng)
    gap = rng.randint(2, 40)
    today = due - dt.timedelta(days=gap)
    cur = cur_of(rng)
    rows = [f"Amount due {cur}{rng.randint(2000, 30000) / 100:.2f}",
            f"Due date {show(due, rng.randrange(3))}"]
    text = (f"Today is {today.day} {MONTHS[today.month - 1]}. How many days do I have before "
            "this bill is due?")
    return text, [count(gap, "days")], shot(rng, "Electricity bill", rows)


@family
def late_fee(rng: random.Random) -> Made:
    cur = cur_of(rng)
    amt, fee = rng.randint(3000, 25000), rng.choice([500, 1000, 1500, 2500])
    rows = [f"Amount due {cur}{amt / 100:.2f}", f"Late fee {cur}{fee / 100:.2f}",
            "Due in 3 days"]
    text = "If I pay late, what's the total I'll owe?"
    return text, [money(amt + fee, True)], shot(rng, "Phone bill", rows)


@family
def data_left(rng: random.Random) -> Made:
    cap = rng.choice([5, 10, 15, 20, 30, 50])
    used = F(rng.randint(5, cap * 10 - 5), 10)
    rows = [f"Used {float(used):.1f} GB of {cap} GB", f"Resets in {rng.randint(2, 25)} days"]
    left = cap - used
    forms = [f"{float(left):.1f}", f"{float(left):g}"]
    text = pick(rng, "How much data have I got left this month?", "how many GB left?")
    return text, [list(dict.fromkeys(forms))], shot(rng, "Mobile data", rows)


@family
def data_used_pct(rng: random.Random) -> Made:
    cap = rng.choice([8, 10, 12, 15, 20, 25, 40])
    used = F(rng.randint(5, cap * 10 - 5), 10)
    rows = [f"{float(used):.1f} GB used", f"Plan: {cap} GB"]
    text = "What percentage of my data allowance have I used? One decimal."
    return text, [pct(100 * used / cap)], shot(rng, "Usage", rows)


@family
def goal_pct(rng: random.Random) -> Made:
    cur = cur_of(rng)
    goal = rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000])
    saved = rng.randint(50, goal - 20)
    name = rng.choice(["Holiday", "New laptop", "Car fund", "Wedding", "Emergency"])
    rows = [name, f"Saved {cur}{saved:,}", f"Goal {cur}{goal:,}"]
    text = pick(rng, "What percent of the way to my goal am I? 1 decimal",
                "how far along is this savings goal, as a percentage (one dp)?")
    return text, [pct(F(100 * saved, goal))], shot(rng, "Savings", rows)


@family
def goal_months(rng: random.Random) -> Made:
    cur = cur_of(rng)
    goal = rng.choice([1000, 1500, 2000, 3000, 4000, 6000])
    saved = rng.randint(50, goal - 200)
    per = rng.choice([50, 75, 100, 150, 200, 250])
    rows = [rng.choice(["Trip", "Bike", "Sofa", "Camera"]), f"Saved {cur}{saved:,}",
            f"Target {cur}{goal:,}"]
    text = (f"If I put away {cur}{per} a month, how many months until I reach the target? "
            "(count a part month as a full one)")
    return text, [count(math.ceil(F(goal - saved, per)), "months")], shot(rng, "Goals", rows)


@family
def shares_value(rng: random.Random) -> Made:
    cur = cur_of(rng)
    n = rng.randint(3, 120)
    price = rng.randint(1000, 45000)
    tick = rng.choice(["ACME", "GLOBX", "NOVA", "ORBT", "ZENI"])
    rows = [f"{tick}  {cur}{price / 100:.2f}", f"Shares held: {n}"]
    text = "What are my shares worth at this price?"
    return text, [money(n * price, True)], shot(rng, "Portfolio", rows)


@family
def share_gain(rng: random.Random) -> Made:
    cur = cur_of(rng)
    n = rng.randint(5, 80)
    buy = rng.randint(1000, 20000)
    now = buy + rng.randint(50, 8000)
    rows = [f"Shares: {n}", f"Avg buy price {cur}{buy / 100:.2f}",
            f"Current price {cur}{now / 100:.2f}"]
    text = "How much profit am I sitting on in total?"
    return text, [money(n * (now - buy), True)], shot(rng, "Holding", rows)


@family
def cart_shipping(rng: random.Random) -> Made:
    cur = cur_of(rng)
    goods = rng.sample(["T-shirt", "Phone case", "Mug", "Socks", "Cable", "Poster", "Lamp",
                        "Notebook"], rng.randint(2, 4))
    prices = rng.sample(range(499, 4999), len(goods))
    ship = rng.choice([299, 399, 495, 599])
    rows = [f"{g}  {cur}{p / 100:.2f}" for g, p in zip(goods, prices, strict=True)]
    rows.append(f"Shipping  {cur}{ship / 100:.2f}")
    text = pick(rng, "What's the order total including shipping?",
                "how much will checkout charge me (items + shipping)?")
    return text, [money(sum(prices) + ship, True)], shot(rng, "Your cart", rows)


@family
def cart_promo(rng: random.Random) -> Made:
    cur = cur_of(rng)
    goods = rng.sample(["Jeans", "Hoodie", "Cap", "Scarf", "Sneakers", "Belt"], rng.randint(2, 4))
    prices = rng.sample(range(999, 8999), len(goods))
    p = rng.choice([10, 15, 20, 25, 30])
    rows = [f"{g}  {cur}{c / 100:.2f}" for g, c in zip(goods, prices, strict=True)]
    text = (f"If I apply a {p}% promo code to everything in this cart, what's the new total? "
            "Round to cents.")
    return text, [money(F(sum(prices) * (100 - p), 10000))], shot(rng, "Basket", rows)


@family
def refund_amount(rng: random.Random) -> Made:
    cur = cur_of(rng)
    amt = rng.randint(500, 25000)
    rows = ["Return accepted", f"Refund: {cur}{amt / 100:.2f}", "5-7 business days"]
    text = pick(rng, "How much am I getting refunded?", "refund amount?")
    return text, [money(amt, True)], shot(rng, "Returns", rows)


@family
def booking_code(rng: random.Random) -> Made:
    ref = code(rng)
    rows = [f"Booking ref: {ref}", f"{rng.choice(['Hotel Mira', 'Seaview Inn', 'City Lodge'])}",
            f"Check-in {show(day(rng), 1)}"]
    text = pick(rng, "What's my booking reference?", "read me the confirmation code pls")
    return text, [[ref]], shot(rng, "Booking confirmed", rows)


@family
def hotel_stay(rng: random.Random) -> Made:
    a = day(rng)
    n = rng.randint(1, 14)
    b = a + dt.timedelta(days=n)
    s = rng.randrange(3)
    rows = [f"Check-in: {show(a, s)}", f"Check-out: {show(b, s)}"]
    text = pick(rng, "How many nights is this booking?", "how many nights am I staying?")
    return text, [count(n, "nights")], shot(rng, "Your stay", rows)


@family
def hotel_price(rng: random.Random) -> Made:
    cur = cur_of(rng)
    a = day(rng)
    n = rng.randint(2, 10)
    rate = rng.randint(6000, 25000)
    rows = [f"Check-in {show(a, 1)}", f"Check-out {show(a + dt.timedelta(days=n), 1)}",
            f"{cur}{rate / 100:.2f} per night"]
    text = "What will the whole stay cost at this nightly rate?"
    return text, [money(rate * n, True)], shot(rng, "Reservation", rows)


@family
def loan_left(rng: random.Random) -> Made:
    cur = cur_of(rng)
    pay = rng.randint(9000, 60000)
    left = rng.randint(3, 48)
    rows = [f"Monthly payment {cur}{pay / 100:.2f}", f"Payments remaining: {left}"]
    text = "How much do I still have to pay in total on this loan?"
    return text, [money(pay * left, True)], shot(rng, "Car loan", rows)


@family
def timesheet_pay(rng: random.Random) -> Made:
    cur = cur_of(rng)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    hrs = [F(rng.randint(8, 20), 2) for _ in days]
    rate = rng.randint(12, 35)
    rows = [f"{d}  {float(h):g} h" for d, h in zip(days, hrs, strict=True)]
    text = (f"I get {cur}{rate} an hour. How many hours did I work this week and what's my pay?")
    hours_forms = [f"{float(sum(hrs)):g}"]
    return text, [hours_forms, money(sum(hrs) * rate)], shot(rng, "Timesheet", rows)


@family
def meter_cost(rng: random.Random) -> Made:
    cur = cur_of(rng)
    a = rng.randint(10000, 60000)
    used = rng.randint(120, 900)
    price = rng.choice(["0.24", "0.27", "0.31", "0.18", "0.35", "0.29"])
    rows = [f"Previous reading {a}", f"Current reading {a + used}", "Unit: kWh"]
    text = (f"At {cur}{price} per kWh, what did this period's electricity cost? nearest cent")
    return text, [money(used * F(price))], shot(rng, "Meter readings", rows)


@family
def owes_most(rng: random.Random) -> Made:
    cur = cur_of(rng)
    names = rng.sample(["Sam", "Priya", "Leo", "Mia", "Tom", "Ana", "Ben", "Zoe"], 4)
    owed = rng.sample(range(300, 9000), 4)
    rows = [f"{n} owes {cur}{c / 100:.2f}" for n, c in zip(names, owed, strict=True)]
    i = owed.index(max(owed))
    text = "Who owes the most here, and how much?"
    return text, [[names[i]], money(owed[i], True)], shot(rng, "Trip expenses", rows)


@family
def ride_with_tip(rng: random.Random) -> Made:
    cur = cur_of(rng)
    fare = rng.randint(800, 6000)
    p = rng.choice([10, 15, 20])
    rows = [f"Trip fare {cur}{fare / 100:.2f}", f"{rng.randint(3, 30)} min",
            f"Driver: {rng.choice(['Ali', 'Rosa', 'Ken', 'Ivy'])}"]
    text = f"What's the total if I add a {p}% tip to this fare? Round to cents."
    return text, [money(F(fare * (100 + p), 10000))], shot(rng, "Your ride", rows)


@family
def parking_session(rng: random.Random) -> Made:
    a = rng.choice(range(7 * 60, 18 * 60, 5))
    b = a + rng.choice(range(20, 300, 5))
    rows = [f"Start {hm(a)}", f"End {hm(b)}", f"Zone {rng.randint(100, 999)}"]
    text = pick(rng, "How long was I parked?", "how long was this parking session?")
    return text, [span(b - a)], shot(rng, "Parking", rows)


@family
def pickup_time(rng: random.Random) -> Made:
    ready = rng.choice(range(8 * 60, 21 * 60, 5))
    rows = [f"Order #{rng.randint(100, 999)}", f"Ready for pickup at {hm(ready)}"]
    text = pick(rng, "What time can I pick up my order?", "when's my food ready?")
    return text, [clock(ready)], shot(rng, rng.choice(["Noodle House", "Pizza Place",
                                                        "Burrito Bar"]), rows)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    order_number, order_placed, order_status, tracking_number, delivery_days, bank_balance,
    spent_sum, tx_count_biggest, after_pending, yearly_sub, subs_total, bill_due_days,
    late_fee, data_left, data_used_pct, goal_pct, goal_months, shares_value, share_gain,
    cart_shipping, cart_promo, refund_amount, booking_code, hotel_stay, hotel_price,
    loan_left, timesheet_pay, meter_cost, owes_most, ride_with_tip, parking_session,
    pickup_time)]
