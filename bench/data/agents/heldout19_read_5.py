"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 5: order and bank apps.
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
)
from bench.data.agents.helpers import Family

STATUSES = ["Shipped", "Delivered", "Processing", "Cancelled", "Refunded", "Pending",
            "Returned", "Dispatched", "On hold", "Confirmed", "Ready for pickup",
            "Awaiting payment"]
MERCHANTS = ["Tesco", "Amazon", "Uber", "Netflix", "Shell", "Starbucks", "Ikea", "Boots",
             "Spotify", "Lidl", "Zara", "Apple", "Costa", "Aldi"]


def order_rows(rng: random.Random) -> tuple[list[str], int, dt.date, str]:
    num, day, status = rng.randint(10000, 99999), rand_date(rng), rng.choice(STATUSES)
    return [f"Order #{num}", f"Placed: {pretty(day)}", f"Status: {status}"], num, day, status


def cash(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def txns(rng: random.Random, n: tuple[int, int] = (3, 6)) -> list[tuple[str, int]]:
    names = rng.sample(MERCHANTS, rng.randint(*n))
    return list(zip(names, rng.sample(range(150, 9000), len(names)), strict=True))


def txn_rows(lines: list[tuple[str, int]]) -> list[str]:
    return [f"{m}   -{cash(c)}" for m, c in lines]


@family
def order_number(rng: random.Random) -> Made:
    rows, num, _, _ = order_rows(rng)
    return (rng.choice(["What's my order number?", "whats the order no on this screenshot",
                        "Customer service wants my order number, can you read it?"]),
            [[str(num), f"#{num}"]], shot(rng, "My orders", rows))


@family
def order_placed(rng: random.Random) -> Made:
    rows, _, day, _ = order_rows(rng)
    return ("When did I place this order?", [date_forms(day)], shot(rng, "Order details", rows))


@family
def order_state(rng: random.Random) -> Made:
    rows, _, _, status = order_rows(rng)
    return (rng.choice(["what's the status of my order", "Has this order gone out yet? What "
                        "does the status say?"]), [[status.lower()]], shot(rng, "Orders", rows))


@family
def available_balance(rng: random.Random) -> Made:
    bal = rng.randint(1500, 900000)
    rows = [f"Available balance: {cash(bal)}", f"Account ****{rng.randint(1000, 9999)}",
            f"Pending: {cash(rng.randint(100, 9000))}"]
    return ("How much is in my account going by this?", [money(bal, True)],
            shot(rng, "Current account", rows))


@family
def spent_at(rng: random.Random) -> Made:
    lines = txns(rng)
    m, c = rng.choice(lines)
    return (f"How much did I spend at {m} according to this screenshot?", [money(c, True)],
            shot(rng, "Recent transactions", txn_rows(lines)))


@family
def txn_count(rng: random.Random) -> Made:
    lines = txns(rng, (2, 10))
    return ("how many transactions are shown here?", [count(len(lines), "transactions")],
            shot(rng, "Recent transactions", txn_rows(lines)))


@family
def txn_sum(rng: random.Random) -> Made:
    lines = txns(rng)
    return ("Add up all the payments in this screenshot for me.",
            [money(sum(c for _, c in lines), True)],
            shot(rng, "This week", txn_rows(lines)))


@family
def delivery_days(rng: random.Random) -> Made:
    a = rand_date(rng)
    gap = rng.randint(2, 30)
    rows = [f"Ordered: {pretty(a)}", f"Delivered: {pretty(a + dt.timedelta(days=gap))}"]
    return ("How many days did this take to arrive?", [count(gap, "days")],
            shot(rng, "Order #" + str(rng.randint(1000, 9999)), rows))


@family
def eta_date(rng: random.Random) -> Made:
    day = rand_date(rng)
    rows = [f"Order #{rng.randint(1000, 9999)}", "Status: In transit",
            f"Estimated delivery: {day.strftime('%a')} {pretty(day)}"]
    return (rng.choice(["When's my parcel meant to arrive?", "what date is delivery expected"]),
            [date_forms(day, weekday=True)], shot(rng, "Track parcel", rows))


@family
def tracking_no(rng: random.Random) -> Made:
    num = rng.randint(10**7, 10**8 - 1)
    rows = [f"Carrier: {rng.choice(['DPD', 'UPS', 'FedEx', 'Royal Mail'])}",
            f"Tracking no: {num}", "Status: Out for delivery"]
    return ("can you pull the tracking number off this?", [[str(num)]],
            shot(rng, "Shipment", rows))


@family
def pending_after(rng: random.Random) -> Made:
    bal, pend = rng.randint(20000, 400000), rng.randint(500, 15000)
    rows = [f"Balance: {cash(bal)}", f"Pending payment: {cash(pend)}"]
    return ("What will my balance be once the pending payment goes through?",
            [money(bal - pend, True)], shot(rng, "Account", rows))


@family
def refund_issued(rng: random.Random) -> Made:
    amt = rng.randint(299, 19999)
    rows = [f"Return #{rng.randint(1000, 9999)}", f"Refund issued: {cash(amt)}",
            f"To card ending {rng.randint(1000, 9999)}"]
    return ("How much am I getting refunded?", [money(amt, True)], shot(rng, "Returns", rows))


@family
def status_of(rng: random.Random) -> Made:
    nums = rng.sample(range(1000, 9999), 3)
    sts = rng.sample(STATUSES, 3)
    i = rng.randrange(3)
    rows = [f"#{n}  {s}" for n, s in zip(nums, sts, strict=True)]
    return (f"What's the status of order {nums[i]} in this list?", [[sts[i].lower()]],
            shot(rng, "Your orders", rows))


@family
def biggest_payee(rng: random.Random) -> Made:
    lines = txns(rng, (3, 6))
    m = max(lines, key=lambda x: x[1])[0]
    return ("Where did I spend the most in this list?", [[m.lower()]],
            shot(rng, "Spending", txn_rows(lines)))


@family
def merchant_twice(rng: random.Random) -> Made:
    lines = txns(rng, (3, 5))
    m, c = lines[0]
    again = rng.randint(150, 6000)
    lines.insert(rng.randint(2, len(lines)), (m, again))
    return (f"I went to {m} twice - what's the total for {m} in this screenshot?",
            [money(c + again, True)], shot(rng, "Transactions", txn_rows(lines)))


@family
def delivered_count(rng: random.Random) -> Made:
    n, p = rng.randint(4, 10), rng.uniform(0.2, 0.8)
    sts = [rng.choice(["Shipped", "Processing"]) if rng.random() > p else "Delivered"
           for _ in range(n)]
    rows = [f"#{rng.randint(1000, 9999)}  {s}" for s in sts]
    return ("How many of these orders have been delivered?", [count(sts.count("Delivered"))],
            shot(rng, "Order history", rows))


@family
def avg_payment(rng: random.Random) -> Made:
    lines = txns(rng, (3, 6))
    value = Fraction(sum(c for _, c in lines), 100 * len(lines))
    return ("what's the average payment in this list? (to the cent)", [money(value)],
            shot(rng, "Card activity", txn_rows(lines)))


@family
def budget_remaining(rng: random.Random) -> Made:
    budget = rng.choice([200, 250, 300, 400, 500, 600]) * 100
    spent = rng.randint(5000, budget - 500)
    rows = [f"Monthly budget: {cash(budget)}", f"Spent so far: {cash(spent)}"]
    return ("How much have I got left in my budget?", [money(budget - spent, True)],
            shot(rng, "Budget", rows))


@family
def budget_used_pct(rng: random.Random) -> Made:
    budget = rng.choice([200, 250, 300, 400, 500, 600]) * 100
    spent = rng.randint(5000, budget - 500)
    rows = [f"Groceries budget: {cash(budget)}", f"Spent: {cash(spent)}"]
    forms = number(Fraction(spent * 100, budget), 1)
    return ("What percent of the budget have I used? One decimal place.",
            [forms + [f + "%" for f in forms]], shot(rng, "Budget", rows))


@family
def card_ending(rng: random.Random) -> Made:
    last = rng.randint(1000, 9999)
    rows = [f"Visa ending {last}", f"Expires {rng.randint(1, 12):02d}/{rng.randint(27, 31)}"]
    return ("Which card is this, what are the last four digits?", [[str(last)]],
            shot(rng, "Wallet", rows))


@family
def net_pay_gap(rng: random.Random) -> Made:
    gross = rng.randint(1800, 6500) * 100
    net = gross - rng.randint(20000, gross // 3)
    rows = [f"Gross pay: {cash(gross)}", f"Net pay: {cash(net)}", "Paid: 28th"]
    return ("How much was taken off my pay in deductions?", [money(gross - net, True)],
            shot(rng, "Payslip", rows))


@family
def savings_interest(rng: random.Random) -> Made:
    bal = rng.randint(1000, 25000) * 100
    rate = rng.choice(["2.5", "3.1", "3.75", "4.2", "4.5", "5.05"])
    rows = [f"Savings: {cash(bal)}", f"Interest rate: {rate}% AER"]
    value = Fraction(bal, 100) * Fraction(rate) / 100
    return ("Roughly how much interest will this earn in a year if the balance stays the same?",
            [money(value)], shot(rng, "Saver account", rows))


@family
def loan_months(rng: random.Random) -> Made:
    pay = rng.choice([100, 150, 200, 250, 300, 400])
    months = rng.randint(6, 40)
    rows = [f"Remaining balance: {cash(pay * months * 100)}",
            f"Monthly payment: {cash(pay * 100)}"]
    return ("Ignoring interest, how many more monthly payments until this is paid off?",
            [[*count(months, "payments"), f"{months} months"]], shot(rng, "Car loan", rows))


@family
def placed_month(rng: random.Random) -> Made:
    rows, _, day, _ = order_rows(rng)
    return ("Which month was this order placed in?", [[MONTHS[day.month - 1].lower()]],
            shot(rng, "Order", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    order_number, order_placed, order_state, available_balance, txn_count, spent_at, txn_sum,
    delivery_days, eta_date, tracking_no, pending_after, refund_issued, status_of,
    biggest_payee, merchant_twice, delivered_count, avg_payment, budget_remaining,
    budget_used_pct, card_ending, net_pay_gap, savings_interest, loan_months, placed_month)]
