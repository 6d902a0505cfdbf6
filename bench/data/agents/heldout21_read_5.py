"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 5: orders, banks."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout21_read import (
    MONTHS,
    Built,
    F,
    Q,
    Tie,
    count,
    dates,
    day,
    long,
    money,
    shot,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
STATUS = [
    "Shipped",
    "Delivered",
    "Processing",
    "Cancelled",
    "Out for delivery",
    "Refunded",
    "Packed",
    "Pending",
    "Returned",
]
SHOPS = [
    "Amazon",
    "Tesco",
    "Uber",
    "Starbucks",
    "Shell",
    "Netflix",
    "Lidl",
    "Boots",
    "Spotify",
    "Zara",
    "Ikea",
    "Deliveroo",
]


def show(when: dt.date, rng: random.Random) -> str:
    return rng.choice(
        [
            when.isoformat(),
            f"{when.day} {MONTHS[when.month - 1][:3]} {when.year}",
            f"{MONTHS[when.month - 1][:3]} {when.day}, {when.year}",
        ]
    )


def order(rng: random.Random) -> tuple[dict, dict]:
    cur = rng.choice(CUR)
    no = rng.randint(100000, 999999)
    placed = day(rng)
    eta = placed + dt.timedelta(days=rng.randint(3, 28))
    st = rng.choice(STATUS)
    tot = rng.randint(899, 24999)
    n = rng.randint(1, 9)
    rows = [
        f"Order #{no}",
        f"Placed: {show(placed, rng)}",
        f"Items: {n}",
        f"Total: {cur}{tot / 100:.2f}",
        f"Status: {st}",
        f"Expected: {show(eta, rng)}",
    ]
    title = rng.choice(["My orders", "Order details", "Your order"])
    return shot(rng, title, rows), {
        "no": no,
        "placed": placed,
        "eta": eta,
        "st": st,
        "tot": tot,
        "n": n,
        "cur": cur,
        "cw": CW[cur],
    }


def b_order_no(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [[str(o["no"])]], o


def b_status(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [[o["st"].lower()], dates(o["eta"])], o


def b_order_total(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [money(o["tot"], True)], o


def b_placed(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [dates(o["placed"])], o


def b_wait_days(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [[f"{(o['eta'] - o['placed']).days} days", f"{(o['eta'] - o['placed']).days}days"]], o


def b_days_to(rng: random.Random) -> Built:
    r, o = order(rng)
    today = o["placed"] + dt.timedelta(days=rng.randint(0, 2))
    if today >= o["eta"]:
        raise Tie(0)
    d = (o["eta"] - today).days
    return (
        r,
        [[f"{d} days", f"{d}days"] if d > 1 else ["1 day", "tomorrow"]],
        {**o, "today": long(today)},
    )


def b_per_item(rng: random.Random) -> Built:
    r, o = order(rng)
    return r, [money(Q(o["tot"], o["n"]), True)], o


def b_return_window(rng: random.Random) -> Built:
    r, o = order(rng)
    k = rng.choice([14, 28, 30, 60])
    return r, [dates(o["eta"] + dt.timedelta(days=k))], {**o, "k": k}


def bank(rng: random.Random, n: tuple[int, int] = (5, 9)) -> tuple[dict, list, dict]:
    cur = rng.choice(CUR)
    start = day(rng, "2026-02-01", 200)
    k = rng.randint(*n)
    shops = [rng.choice(SHOPS[:8]) for _ in range(k)]
    amts = rng.sample(range(250, 12000), k)
    days = sorted(start + dt.timedelta(days=rng.randint(0, 20)) for _ in range(k))
    rows = [
        f"{MONTHS[d.month - 1][:3]} {d.day}  {s}  -{cur}{a / 100:.2f}"
        for d, s, a in zip(days, shops, amts, strict=True)
    ]
    return (
        shot(rng, "Recent transactions", rows),
        list(zip(shops, amts, strict=True)),
        {"cur": cur, "cw": CW[cur]},
    )


def b_tx_sum(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    return r, [money(sum(a for _, a in tx), True)], s


def b_tx_count(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    m = rng.choice([x for x, _ in tx])
    return (
        r,
        [count(sum(1 for x, _ in tx if x == m)), money(sum(a for x, a in tx if x == m), True)],
        {**s, "m": m},
    )


def b_tx_biggest(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    m, a = max(tx, key=lambda x: x[1])
    return r, [[m.lower()], money(a, True)], s


def b_tx_merchant(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    m = rng.choice([x for x, _ in tx])
    return r, [money(sum(a for x, a in tx if x == m), True)], {**s, "m": m}


def b_tx_avg(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    return r, [money(Q(sum(a for _, a in tx), len(tx)), True)], s


def b_tx_rows(rng: random.Random) -> Built:
    r, tx, s = bank(rng, (3, 11))
    return r, [count(len(tx)), money(sum(a for _, a in tx), True)], s


def b_tx_over(rng: random.Random) -> Built:
    r, tx, s = bank(rng)
    x = rng.choice([20, 30, 40, 50, 75])
    n = sum(1 for _, a in tx if a > x * 100)
    return r, [count(n), money(sum(a for _, a in tx if a > x * 100), True)], {**s, "x": x}


def balance(rng: random.Random) -> tuple[dict, int, dict]:
    cur = rng.choice(CUR)
    bal = rng.randint(12000, 480000)
    rows = [
        f"Available balance: {cur}{bal / 100:,.2f}",
        f"Account: ****{rng.randint(1000, 9999)}",
        f"Overdraft: {cur}{rng.choice([0, 250, 500, 1000])}",
    ]
    return (
        shot(rng, rng.choice(["Current account", "Checking", "My bank"]), rows),
        bal,
        {"cur": cur, "cw": CW[cur]},
    )


def b_bal_after(rng: random.Random) -> Built:
    r, bal, s = balance(rng)
    pay = rng.randint(2000, bal - 500)
    return r, [money(bal - pay, True)], {**s, "pay": f"{pay / 100:.2f}"}


def b_bal_convert(rng: random.Random) -> Built:
    r, bal, s = balance(rng)
    rs = rng.choice(["0.86", "1.17", "1.36", "0.74", "1.52", "1.09", "0.92"])
    rate = Q(rs)
    to = rng.choice(
        [
            c
            for c in ["EUR", "USD", "CAD", "AUD", "CHF", "GBP"]
            if c != {"$": "USD", "£": "GBP", "€": "EUR"}[s["cur"]]
        ]
    )
    code = {"$": "USD", "£": "GBP", "€": "EUR"}[s["cur"]]
    return r, [money(bal * rate, True)], {**s, "rate": rs, "to": to, "code": code}


def b_bal_rent(rng: random.Random) -> Built:
    r, bal, s = balance(rng)
    rent = rng.choice(range(40000, 180000, 2500))
    if rent >= bal:
        raise Tie(rent)
    return r, [money(bal - rent, True)], {**s, "rent": f"{rent // 100:,}"}


def b_bal_weeks(rng: random.Random) -> Built:
    r, bal, s = balance(rng)
    w = rng.choice([50, 75, 80, 100, 120, 150, 200])
    return r, [count(bal // (w * 100))], {**s, "w": w}


TEMPLATES_5 = {
    "order_no": (
        b_order_no,
        "what's my order number?",
        "Can you pull the order number off this screenshot? support is asking for it",
    ),
    "order_status": (
        b_status,
        "what's the status of this order and when is it expected?",
        "is it shipped yet? what does the status say, and what date do they expect it",
    ),
    "order_total": (
        b_order_total,
        "how much was this order?",
        "What did this order cost me in total?",
    ),
    "order_placed": (b_placed, "when did I place this order?", "what date was the order placed"),
    "order_wait": (
        b_wait_days,
        "how many days from ordering to the expected delivery date?",
        "Days between the placed date and the expected date?",
    ),
    "order_days_to": (
        b_days_to,
        "today is {today}. how many days until it's expected?",
        "It's {today} today - how long till this arrives, in days?",
    ),
    "order_per_item": (
        b_per_item,
        "what's the average cost per item in this order?",
        "total divided by the number of items?",
    ),
    "return_by": (
        b_return_window,
        "I have {k} days after the expected delivery date to return it. What's the last day?",
        "return window is {k} days from the expected date. deadline?",
    ),
    "tx_sum": (
        b_tx_sum,
        "how much did I spend in total on this screen?",
        "add up all these transactions",
    ),
    "tx_count": (
        b_tx_count,
        "how many times did I pay {m} here and how much in total?",
        "count my {m} payments on this list and total them",
    ),
    "tx_biggest": (
        b_tx_biggest,
        "which was my biggest payment and how much was it?",
        "Largest transaction on here - who was it to and how much?",
    ),
    "tx_merchant": (
        b_tx_merchant,
        "how much have I spent at {m} according to this?",
        "total of the {m} transactions?",
    ),
    "tx_avg": (
        b_tx_avg,
        "what's the average transaction on this screenshot?",
        "mean spend per transaction here?",
    ),
    "tx_rows": (
        b_tx_rows,
        "how many transactions are shown, and what's the total?",
        "Count the payments in this screenshot and add them up please",
    ),
    "tx_over": (
        b_tx_over,
        "how many payments were over {x} {cw}, and what do they add up to?",
        "Which transactions are above {cur}{x}? give me how many and their total",
    ),
    "bal_after": (
        b_bal_after,
        "if I pay a bill of {pay}, what's left in this account?",
        "Balance after a {cur}{pay} payment?",
    ),
    "bal_convert": (
        b_bal_convert,
        "what's this balance in {to}? 1 {code} = {rate} {to}",
        "Convert my available balance to {to} at {rate} {to} per {code}.",
    ),
    "bal_rent": (
        b_bal_rent,
        "Rent is {cur}{rent}. What'll I have left after paying it from this balance?",
        "balance minus {rent} {cw} rent?",
    ),
    "bal_weeks": (
        b_bal_weeks,
        "If I spend {w} {cw} a week, how many full weeks will this balance last?",
        "at {cur}{w}/week how many whole weeks does my balance cover",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_5.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
