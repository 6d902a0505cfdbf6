"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 4: receipt photos with a
conversion, tip, split, tax or budget worked on what was read."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout9_multi_common import r2
from bench.data.agents.heldout19_multi import F, Req, Tie, dec, made, num, same
from bench.data.agents.helpers import Family

Receipt = tuple[dict[str, object], list[tuple[str, Fraction]], Fraction]
SHOPS = [
    "Corner Cafe",
    "Fresh Mart",
    "Oak Hardware",
    "Page Turners",
    "Sunny Deli",
    "Pet Pantry",
    "Daily Grind",
    "Valley Foods",
    "Tool Shed",
    "Green Basket",
]
GOODS = [
    "Coffee",
    "Bagel",
    "Apples",
    "Bread",
    "Milk",
    "Notebook",
    "Green Tea",
    "Cheese",
    "Pasta",
    "Batteries",
    "Dog Food",
    "Eggs",
    "Yogurt",
    "Basmati Rice",
    "Soap",
    "Candles",
    "Juice",
    "Duct Tape",
]
SYM = {"$": "dollars", "€": "euros", "£": "pounds"}


def degrade(rng: random.Random) -> dict[str, object]:
    return {
        "angle": round(rng.uniform(-5, 5), 1),
        "blur": round(rng.uniform(0.3, 1.0), 2),
        "noise": rng.choice([10, 20, 30]),
        "quality": 60,
        "seed": rng.randrange(10**6),
    }


def receipt(
    rng: random.Random, cur: str = "$", n: tuple[int, int] = (2, 5), top: int = 30
) -> Receipt:
    names = rng.sample(GOODS, rng.randint(*n))
    goods = [(g, F(rng.randint(60, top * 100), 100)) for g in names]
    recipe = {
        "kind": "receipt",
        "shop": rng.choice(SHOPS),
        "items": [(g, float(p)) for g, p in goods],
        "currency": cur,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    return recipe, goods, sum((p for _, p in goods), F(0))


def pic(rng: random.Random) -> str:
    return rng.choice(
        [
            "this receipt",
            "the receipt in the photo",
            "my receipt (pic attached)",
            "this till slip",
            "the attached receipt",
        ]
    )


def r_total_convert(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    cur, to, rate = rng.choice(
        [
            ("$", "EUR", "0.86"),
            ("£", "USD", "1.27"),
            ("€", "GBP", "0.87"),
            ("$", "GBP", "0.79"),
            ("€", "USD", "1.17"),
        ]
    )
    recipe, _, total = receipt(rng, cur)
    t = rng.choice(
        [
            "What's the total on {p}, and what is that in {to} at 1 {c} = {r} {to}?",
            "read the total off {p} and convert it to {to} (1 {c} = {r} {to})",
            "1) total on {p}?\n2) same amount in {to}, rate {r} per {c}",
        ]
    )
    return (
        t.format(p=pic(rng), to=to, c=cur, r=rate),
        [num(total), num(total * F(rate))],
        {"image": recipe},
    )


def r_tip_split(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng)
    tip, n = rng.choice([15, 18, 20]), rng.randint(2, 6)
    t = rng.choice(
        [
            "Add a {t}% tip to {p} and split it {n} ways — what's the total with tip and "
            "each person's share (to the cent)?",
            "{n} of us at dinner, {t}% tip on top of {p}. total incl tip? and per person, "
            "rounded to the cent",
        ]
    )
    whole = total * (100 + tip) / 100
    return (
        t.format(t=tip, p=pic(rng), n=n),
        [num(whole), same(whole / n, r2(whole) / n)],
        {"image": recipe},
    )


def r_tax_added(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng)
    tax = rng.choice([F(6), F(7), F("8.25"), F("8.875"), F(5), F("9.5")])
    t = rng.choice(
        [
            "What's the subtotal on {p}, and what does it come to with {x}% sales tax "
            "added (to the cent)?",
            "{p}: total before tax please, then add {x}% tax",
        ]
    )
    return (
        t.format(p=pic(rng), x=dec(tax)),
        [num(total), num(total * (100 + tax) / 100)],
        {"image": recipe},
    )


def r_vat_inside(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, rng.choice(["£", "€"]))
    vat = rng.choice([20, 21, 19, 23])
    t = rng.choice(
        [
            "How much was {p} in total, and how much of that is {v}% VAT included in the "
            "prices? 2 decimals",
            "Total on {p}? Prices include {v}% VAT, so how much VAT did I pay (to the cent)",
        ]
    )
    return (
        t.format(p=pic(rng), v=vat),
        [num(total), num(total * vat / (100 + vat))],
        {"image": recipe},
    )


def r_coupon(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng)
    off = rng.choice([10, 15, 20, 25, 30])
    t = rng.choice(
        [
            "If I had used a {o}% off coupon on {p}, what would I have paid? Also what was "
            "the actual total",
            "total on {p}, and the price after a {o}% discount?",
        ]
    )
    return (
        t.format(o=off, p=pic(rng)),
        [num(total), num(total * (100 - off) / 100)],
        {"image": recipe},
    )


def r_budget(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, n=(2, 4), top=20)
    budget = rng.choice([100, 120, 150, 200, 250])
    t = rng.choice(
        [
            "My weekly grocery budget is ${b}. How much did {p} come to and how much do I "
            "have left?",
            "spent whatever's on {p} out of a ${b} budget. total + what's left?",
        ]
    )
    return t.format(b=budget, p=pic(rng)), [num(total), num(budget - total)], {"image": recipe}


def r_dearest_convert(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, goods, _ = receipt(rng, "€", n=(3, 5))
    name, price = max(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[-2] == price:
        raise Tie
    rate = rng.choice(["1.17", "1.08", "1.12"])
    t = rng.choice(
        [
            "Which item on {p} cost the most, and what's its price in USD at 1 EUR = {r} USD?",
            "most expensive thing on {p}? convert its price to dollars (1 € = ${r})",
        ]
    )
    return t.format(p=pic(rng), r=rate), [[name], num(price * F(rate))], {"image": recipe}


def r_cheapest_share(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, goods, total = receipt(rng, n=(3, 5))
    name, price = min(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[1] == price:
        raise Tie
    t = rng.choice(
        [
            "What was the cheapest thing on {p}, and what percent of the total was it (1 decimal)?",
            "cheapest item on {p} + its share of the total in %, 1 dp",
        ]
    )
    return t.format(p=pic(rng)), [[name], num(price / total * 100, 1)], {"image": recipe}


def r_yearly(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, n=(2, 3), top=12)
    weeks = rng.choice(
        [
            (52, "every week for a year"),
            (4, "every week for 4 weeks"),
            (12, "once a month for a year"),
            (26, "every other week for a year"),
        ]
    )
    t = rng.choice(
        [
            "I buy exactly what's on {p} {w}. What's the receipt total, and what do I "
            "spend altogether?",
            "total on {p}? and if I do that same shop {w}, how much is that in all",
        ]
    )
    return (
        t.format(p=pic(rng), w=weeks[1]),
        [num(total), num(total * weeks[0])],
        {"image": recipe},
    )


def r_change(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, n=(2, 3), top=15)
    paid = next(x for x in (20, 40, 50, 60, 100) if x > total)
    t = rng.choice(
        [
            "What did {p} come to? I paid with ${x} — how much change should I get?",
            "total on {p}, and my change from {x} dollars",
        ]
    )
    return t.format(p=pic(rng), x=paid), [num(total), num(paid - total)], {"image": recipe}


def r_item_plus_conv(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, goods, _ = receipt(rng, "£", n=(3, 4))
    name, price = rng.choice(goods)
    rate = rng.choice(["1.27", "1.16", "1.25"])
    t = rng.choice(
        [
            "How much was the {n} on {p}? And what's that in dollars at £1 = ${r}?",
            "price of {n} on {p}, then in USD (1 GBP = {r} USD)",
        ]
    )
    return (
        t.format(n=name, p=pic(rng), r=rate),
        [num(price), num(price * F(rate))],
        {"image": recipe},
    )


def r_all_but(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, goods, total = receipt(rng, n=(3, 5))
    name, price = rng.choice(goods)
    n = rng.randint(2, 4)
    t = rng.choice(
        [
            "The {i} on {p} was mine, the rest we share between {n}. How much is the rest, "
            "and each person's part of it (to the cent)?",
            "{p}: everything except the {i} gets split {n} ways. total of the rest? per person?",
        ]
    )
    rest = total - price
    return t.format(i=name, p=pic(rng), n=n), [num(rest), num(rest / n)], {"image": recipe}


def r_total_and_unit(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng)
    lb = rng.randint(2, 25)
    t = rng.choice(
        [
            "two things: what's the total on {p}, and how many kg is {l} lb (1 lb = "
            "0.4536 kg, 2 dp)?",
            "Total of {p}? Also convert {l} pounds to kilos, 1 lb = 0.4536 kg, 2 dp",
        ]
    )
    return t.format(p=pic(rng), l=lb), [num(total), num(lb * F("0.4536"))], {"image": recipe}


def r_points(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng)
    per = rng.choice([2, 3, 5, 10])
    value = rng.choice([("1 cent", F(1, 100)), ("half a cent", F(1, 200))])
    t = rng.choice(
        [
            "I get {k} points per whole dollar spent. How many points for {p}, and what "
            "are they worth at {v} each?",
            "{p} — points at {k} per full dollar? value of those points if each is worth {v}",
        ]
    )
    pts = int(total) * per
    return (
        t.format(k=per, p=pic(rng), v=value[0]),
        [[str(pts), f"{pts:,}"], num(pts * value[1])],
        {"image": recipe},
    )


def r_receipt_euro_split(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, "$")
    n, rate = rng.randint(2, 5), rng.choice(["0.86", "0.92", "0.9"])
    t = rng.choice(
        [
            "Split {p} {n} ways and tell me each share in euros (1 USD = {r} EUR), plus "
            "the total in dollars",
            "receipt total? then per person in EUR if {n} people split it, rate $1 = €{r}",
        ]
    )
    per = same(total * F(rate) / n, r2(total * F(rate)) / n)
    if per != num(r2(total / n) * F(rate)):  # converting the rounded dollar share differs
        raise Tie
    return (
        t.format(p=pic(rng), n=n, r=rate),
        [num(total), per],
        {"image": recipe},
    )


def r_money_said(rng: random.Random) -> tuple[str, Req, dict[str, object]]:
    recipe, _, total = receipt(rng, "€", n=(2, 4), top=25)
    cash = rng.choice([50, 80, 100])
    left = cash - total
    if left <= 0:
        raise Tie
    t = (
        "I had €{c} in my wallet before {p}. What was the total, how much is left, and what's "
        "the leftover in pounds at €1 = £0.86?"
    )
    return (
        t.format(c=cash, p=pic(rng)),
        [num(total), num(left), num(left * F("0.86"))],
        {"image": recipe},
    )


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        r_total_convert,
        r_tip_split,
        r_tax_added,
        r_vat_inside,
        r_coupon,
        r_budget,
        r_dearest_convert,
        r_cheapest_share,
        r_yearly,
        r_change,
        r_item_plus_conv,
        r_all_but,
        r_total_and_unit,
        r_points,
        r_receipt_euro_split,
        r_money_said,
    )
]
