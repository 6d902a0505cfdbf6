"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 15: receipts in
euros, pounds and dollars with a follow-on sum, and small number lists charted and summarised."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, till, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def euro_receipt_vat(rng: random.Random) -> Made:
    goods = [(g, price(rng, 1, 30)) for g in rng.sample(["Wine", "Olives", "Cheese", "Bread",
                                                         "Ham", "Coffee"], rng.randint(2, 4))]
    total = sum((p for _, p in goods), F(0))
    vat = rng.choice([19, 20, 21])
    net = total * 100 / (100 + vat)
    if near(net, 2, 0.001):
        return None
    recipe = till(rng, "Mercado Sol", goods, "€")
    text = (f"What's the total on this receipt, and how much of it is VAT if all prices include "
            f"{vat}% VAT? (to the cent)")
    return text, [eur(total), eur(total - net)], {"image": recipe}


@family
def pound_receipt_to_dollars(rng: random.Random) -> Made:
    goods = [(g, price(rng, 0.5, 12)) for g in rng.sample(["Scones", "Tea", "Jam", "Crisps",
                                                           "Milk", "Biscuits"], rng.randint(2, 4))]
    total = sum((p for _, p in goods), F(0))
    dollars = convert(total, "GBP", "USD")
    if near(dollars, 2, 0.001):
        return None
    recipe = till(rng, "High St Stores", goods, "£")
    text = ("London shop receipt here. total in pounds? and in US dollars using "
            "1 EUR = 0.87 GBP = 1.17 USD")
    return text, [gbp(total), usd(dollars)], {"image": recipe}


@family
def receipt_unit_price(rng: random.Random) -> Made:
    qty = rng.choice([3, 4, 6, 8])
    each = price(rng, 0.8, 4)
    other = price(rng, 2, 15)
    goods = [(f"Cola x{qty}", each * qty), ("Bread", other)]
    total = each * qty + other
    recipe = till(rng, "Metro Market", goods)
    text = (f"On this receipt, the cola line is {qty} cans. What's the receipt total and how "
            "much was each can?")
    return text, [cash(total), cash(each)], {"image": recipe}


@family
def receipt_loyalty_points(rng: random.Random) -> Made:
    goods = [(g, price(rng, 2, 40)) for g in rng.sample(["Shampoo", "Soap", "Towels", "Razors",
                                                         "Vitamins"], rng.randint(2, 4))]
    total = sum((p for _, p in goods), F(0))
    per = rng.choice([1, 2, 5])
    points = int(total) * per
    value = F(points, 100)
    recipe = till(rng, "City Pharmacy", goods)
    text = (f"Store gives {per} point{'s' if per > 1 else ''} per whole dollar spent and 100 "
            "points = $1. What's the total on my receipt, how many points did I earn, and what "
            "are they worth?")
    pts = [f"{points} points", f"{points} pts"]
    return text, [cash(total), pts, cash(value)], {"image": recipe}


# ---------------------------------------------------------------- numbers and a chart


@family
def bills_bar_and_share(rng: random.Random) -> Made:
    names = ["rent", "food", "transport", "utilities", "fun"]
    vals = [rng.randint(50, 900) for _ in names]
    total = sum(vals)
    i = rng.randrange(5)
    share = F(vals[i] * 100, total)
    if near(share, 1):
        return None
    listed = ", ".join(f"{n} {v}" for n, v in zip(names, vals, strict=True))
    text = (f"Monthly spending: {listed} (dollars). Make me a bar chart, tell me the total, and "
            f"what % goes on {names[i]} (1 dp).")
    return text, [CHART, cash(F(total)), num(share, 1)]


@family
def exam_scores_stats_hist(rng: random.Random) -> Made:
    scores = [rng.randint(38, 99) for _ in range(rng.randint(9, 13))]
    mean = F(sum(scores), len(scores))
    srt = sorted(scores)
    if near(mean, 1):
        return None
    text = ("Class test marks: " + " ".join(map(str, scores)) + "\nplease do a histogram, and "
            "give me the mean (1 dp) and the highest minus lowest")
    return text, [CHART, stat(["mean", "average"], mean, 1), [str(srt[-1] - srt[0])]]


@family
def weight_log_line_change(rng: random.Random) -> Made:
    start = F(rng.randint(700, 1000), 10)
    ws = [start]
    for _ in range(rng.randint(5, 7)):
        ws.append(ws[-1] + F(rng.randint(-12, 6), 10))
    change = ws[-1] - ws[0]
    if change == 0:
        return None
    pct = change / ws[0] * 100
    if near(pct, 1):
        return None
    text = ("weekly weigh-ins (kg): " + ", ".join(f"{float(w):g}" for w in ws) + ". Plot them "
            "as a line, and tell me the total change in kg and as a percent of my starting weight "
            "(1 dp).")
    return text, [CHART, num(abs(change), 1), num(abs(pct), 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    euro_receipt_vat, pound_receipt_to_dollars, receipt_unit_price, receipt_loyalty_points,
    bills_bar_and_share, exam_scores_stats_hist, weight_log_line_change)]
