"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 8: money apps."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout21_read import (
    MONTHS,
    Built,
    F,
    Q,
    Tie,
    clock,
    count,
    day,
    hm,
    money,
    num,
    pct,
    shot,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
GOODS = [
    "Socks",
    "T-shirt",
    "Mug",
    "Charger",
    "Candle",
    "Towel",
    "Notebook",
    "Pens",
    "Plant pot",
    "Phone case",
    "Cushion",
    "Water bottle",
]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FULL = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
}


def cart(rng: random.Random) -> tuple[dict, list, str]:
    cur = rng.choice(CUR)
    names = rng.sample(GOODS, rng.randint(2, 5))
    lines = [(n, rng.randint(1, 4), rng.randint(199, 2999)) for n in names]
    rows = [f"{n}  {q} x {cur}{p / 100:.2f}" for n, q, p in lines]
    return shot(rng, "Your basket", rows), lines, cur


def b_cart(rng: random.Random) -> Built:
    r, lines, _cur = cart(rng)
    return r, [money(sum(q * p for _, q, p in lines), True)], {}


def b_cart_units(rng: random.Random) -> Built:
    r, lines, _cur = cart(rng)
    return r, [count(sum(q for _, q, _ in lines)), money(sum(q * p for _, q, p in lines), True)], {}


def b_cart_line(rng: random.Random) -> Built:
    r, lines, _cur = cart(rng)
    n, q, p = rng.choice([x for x in lines if x[1] > 1] or lines)
    return r, [money(q * p, True)], {"n": n.lower()}


def b_promo(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    sub = rng.randint(1500, 25000)
    p = rng.choice([10, 15, 20, 25, 30])
    ship = rng.choice([0, 299, 399, 499])
    rows = [
        f"Subtotal {cur}{sub / 100:.2f}",
        f"Code SAVE{p}: -{p}%",
        f"Shipping {cur}{ship / 100:.2f}" if ship else "Shipping FREE",
    ]
    return shot(rng, "Checkout", rows), [money(Q(sub * (100 - p), 100) + ship, True)], {}


def b_invoice(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    net = rng.randint(5000, 250000)
    v = rng.choice([5, 10, 19, 20, 21, 23])
    rows = [f"Invoice INV-{rng.randint(1000, 9999)}", f"Net {cur}{net / 100:,.2f}", f"VAT {v}%"]
    return shot(rng, "Invoice", rows), [money(Q(net * (100 + v), 100), True)], {}


def b_fx_screen(rng: random.Random) -> Built:
    pair = rng.choice(
        [
            ("EUR", "USD", 1.1),
            ("GBP", "EUR", 1.15),
            ("USD", "CAD", 1.37),
            ("GBP", "USD", 1.3),
            ("EUR", "GBP", 0.86),
            ("AUD", "USD", 0.65),
        ]
    )
    rate = Q(round(pair[2] * rng.uniform(0.97, 1.03), 4)).limit_denominator(10000)
    amt = rng.choice(range(20, 2000, 5))
    rows = [f"1 {pair[0]} = {float(rate):.4f} {pair[1]}", f"Updated {hm(rng.randint(0, 1439))}"]
    return (
        shot(rng, "Exchange rates", rows),
        [money(amt * rate)],
        {"amt": amt, "a": pair[0], "b": pair[1]},
    )


def b_shares(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    n = rng.randint(3, 120)
    price = rng.randint(850, 42000)
    rows = [
        f"Shares held {n}",
        f"Last price {cur}{price / 100:.2f}",
        f"Day change {rng.choice(['+', '-'])}{rng.randint(1, 40) / 10:.1f}%",
    ]
    return (
        shot(rng, rng.choice(["ACME Corp", "Northwind", "Globex", "Initech"]), rows),
        [money(n * price, True)],
        {},
    )


def b_share_gain(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    n = rng.randint(3, 120)
    buy = rng.randint(850, 42000)
    now = buy + rng.randint(-buy // 3, buy // 2)
    if now == buy:
        raise Tie(0)
    rows = [f"Shares held {n}", f"Avg cost {cur}{buy / 100:.2f}", f"Price now {cur}{now / 100:.2f}"]
    return shot(rng, "Portfolio", rows), [money(abs(n * (now - buy)), True)], {}


def b_owed(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    names = rng.sample(
        ["Alex", "Sam", "Priya", "Tom", "Lena", "Omar", "Mia", "Jack"], rng.randint(2, 6)
    )
    amts = rng.sample(range(300, 6000), len(names))
    rows = [f"{n} owes you {cur}{a / 100:.2f}" for n, a in zip(names, amts, strict=True)]
    return shot(rng, "Balances", rows), [money(sum(amts), True)], {}


def spend(rng: random.Random) -> tuple[dict, list]:
    cur = rng.choice(CUR)
    cats = rng.sample(
        ["Groceries", "Transport", "Eating out", "Bills", "Shopping", "Fun", "Health"],
        rng.randint(3, 6),
    )
    amts = rng.sample(range(2000, 60000), len(cats))
    rows = [f"{c}  {cur}{a / 100:.2f}" for c, a in zip(cats, amts, strict=True)]
    return shot(rng, "Spending this month", rows), list(zip(cats, amts, strict=True))


def b_spend_share(rng: random.Random) -> Built:
    r, xs = spend(rng)
    c, a = rng.choice(xs)
    return r, [pct(Q(100 * a, sum(x for _, x in xs)))], {"c": c.lower()}


def b_spend_top(rng: random.Random) -> Built:
    r, xs = spend(rng)
    c, a = max(xs, key=lambda x: x[1])
    return r, [[c.lower()], money(a, True)], {}


def forecast(rng: random.Random) -> tuple[dict, list, list, list]:
    start = rng.randrange(7)
    ds = [DAYS[(start + i) % 7] for i in range(rng.randint(4, 7))]
    hi = rng.sample(range(8, 34), len(ds))
    lo = [h - rng.randint(4, 11) for h in hi]
    rows = [f"{d}  {h}° / {low}°" for d, h, low in zip(ds, hi, lo, strict=True)]
    return shot(rng, "Weather", rows), ds, hi, lo


def b_warmest(rng: random.Random) -> Built:
    r, ds, hi, _lo = forecast(rng)
    k = hi.index(max(hi))
    return r, [[ds[k].lower(), FULL[ds[k]].lower()], [str(hi[k])]], {}


def b_avg_high(rng: random.Random) -> Built:
    r, _ds, hi, _lo = forecast(rng)
    return r, [num(Q(sum(hi), len(hi)), 1)], {}


def b_temp_range(rng: random.Random) -> Built:
    r, _ds, hi, lo = forecast(rng)
    return r, [num(max(hi) - min(lo))], {}


def b_eta(rng: random.Random) -> Built:
    m = rng.randint(4, 55)
    now = rng.randint(8 * 60, 22 * 60)
    rows = [
        f"Arriving in {m} min",
        f"Driver: {rng.choice(['Kim', 'Raj', 'Ola', 'Ben'])}",
        f"Order #{rng.randint(1000, 9999)}",
    ]
    return shot(rng, "Your food is on the way", rows), [clock(now + m)], {"now": hm(now)}


def b_hotel(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    cin = day(rng)
    n = rng.randint(2, 12)
    rate = rng.randint(6500, 28000)
    rows = [
        f"Check-in {cin.isoformat()}",
        f"Check-out {(cin + dt.timedelta(days=n)).isoformat()}",
        f"Rate {cur}{rate / 100:.2f} per night",
    ]
    return shot(rng, "Booking confirmed", rows), [count(n), money(n * rate, True)], {}


def b_payslip(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    gross = rng.randint(150000, 650000)
    tax = gross * rng.randint(12, 28) // 100
    ni = gross * rng.randint(4, 9) // 100
    pen = gross * rng.randint(3, 6) // 100
    rows = [
        f"Gross pay {cur}{gross / 100:,.2f}",
        f"Income tax {cur}{tax / 100:,.2f}",
        f"Social security {cur}{ni / 100:,.2f}",
        f"Pension {cur}{pen / 100:,.2f}",
    ]
    return (
        shot(rng, f"Payslip {MONTHS[rng.randrange(12)]}", rows),
        [money(gross - tax - ni - pen, True)],
        {},
    )


def b_dose(rng: random.Random) -> Built:
    every = rng.choice([4, 6, 8, 12])
    last = rng.choice(range(5 * 60, 14 * 60, 15))
    rows = [
        f"{rng.choice(['Amoxicillin', 'Ibuprofen', 'Paracetamol', 'Cetirizine'])}",
        f"Take every {every} hours",
        f"Last dose {hm(last)}",
    ]
    return shot(rng, "Medication", rows), [clock(last + 60 * every)], {}


def b_class_end(rng: random.Random) -> Built:
    cls = rng.sample(["Yoga", "Spin", "Pilates", "HIIT", "Zumba", "Boxing"], 3)
    ts = sorted(rng.sample(range(6 * 60, 20 * 60, 15), 3))
    ls = [rng.choice([30, 45, 50, 55, 60, 75, 90]) for _ in cls]
    rows = [f"{hm(t)} {c} ({m} min)" for t, c, m in zip(ts, cls, ls, strict=True)]
    k = rng.randrange(3)
    return shot(rng, "Classes today", rows), [clock(ts[k] + ls[k])], {"c": cls[k]}


def b_ev(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    kwh = Q(rng.randint(80, 650), 10)
    rs = rng.choice(["0.39", "0.45", "0.52", "0.59", "0.69", "0.79"])
    rate = Q(rs)
    rows = [
        f"Energy delivered {float(kwh):.1f} kWh",
        f"Price {cur}{rs} / kWh",
        f"Duration {rng.randint(20, 90)} min",
    ]
    return shot(rng, "Charging session", rows), [money(kwh * rate)], {}


def b_weight(rng: random.Random) -> Built:
    start = Q(rng.randint(650, 1200), 10)
    now = start - Q(rng.randint(5, 150), 10)
    rows = [
        f"Start weight {float(start):.1f} kg",
        f"Current {float(now):.1f} kg",
        f"Started {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}",
    ]
    return (
        shot(rng, "Progress", rows),
        [
            [
                f"{float(start - now):.1f} kg",
                f"{float(start - now):.1f}kg",
                f"{float(start - now):g} kg",
                f"{float(start - now):g}kg",
            ]
        ],
        {},
    )


TEMPLATES_8 = {
    "cart_total": (b_cart, "what's my basket total?", "how much is everything in my cart?"),
    "cart_units": (
        b_cart_units,
        "how many items are in my basket altogether and what's the total?",
        "count the units (with quantities) and total the basket",
    ),
    "cart_line": (
        b_cart_line,
        "how much am I paying for the {n} in total?",
        "what's the line total for {n}?",
    ),
    "promo": (
        b_promo,
        "what will I pay with this code (it comes off the subtotal only), including shipping?",
        "final price after the discount code (on the subtotal, not shipping) and shipping?",
    ),
    "invoice": (
        b_invoice,
        "what's the invoice total including VAT?",
        "gross amount of this invoice (net plus VAT)?",
    ),
    "fx_screen": (
        b_fx_screen,
        "using the rate on this screen, how much is {amt} {a} in {b}?",
        "convert {amt} {a} to {b} at the rate shown",
    ),
    "shares": (
        b_shares,
        "what are my shares worth right now?",
        "value of my holding at the last price?",
    ),
    "share_gain": (
        b_share_gain,
        "how much am I up or down on this position?",
        "total gain or loss vs my average cost?",
    ),
    "owed": (b_owed, "how much do people owe me in total?", "add up what everyone owes me"),
    "spend_share": (
        b_spend_share,
        "what share of my spending was {c}? 1 dp %",
        "{c} as a percentage of the month's total, one decimal",
    ),
    "spend_top": (
        b_spend_top,
        "where did I spend the most this month and how much?",
        "biggest spending category + amount?",
    ),
    "warmest": (
        b_warmest,
        "which day is the warmest and how warm?",
        "hottest day on this forecast?",
    ),
    "avg_high": (
        b_avg_high,
        "average of the highs? 1 decimal",
        "what's the mean daytime high this week, to one decimal?",
    ),
    "temp_range": (
        b_temp_range,
        "difference between the highest high and the lowest low?",
        "overall temperature range on this forecast?",
    ),
    "food_eta": (
        b_eta,
        "it's {now} now, what time will the food get here?",
        "now {now} - arrival time?",
    ),
    "hotel": (
        b_hotel,
        "how many nights is this and what's the room cost?",
        "nights booked and total for the stay at this rate?",
    ),
    "payslip": (
        b_payslip,
        "what's my take-home pay? gross minus all the deductions",
        "net pay on this payslip?",
    ),
    "next_dose": (b_dose, "when's my next dose?", "what time should I take the next one?"),
    "class_end": (b_class_end, "what time does {c} finish?", "when is the {c} class over?"),
    "ev_charge": (
        b_ev,
        "how much did this charge cost?",
        "cost of this charging session to the cent?",
    ),
    "weight_lost": (b_weight, "how much weight have I lost so far?", "start minus current weight?"),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_8.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
