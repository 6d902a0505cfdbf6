"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 1: plots, receipts."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

Made = tuple[str, list[list[str]], dict[str, Any]] | None
PLOT = ["Here is the plot", "Here's the plot", "Here is the chart"]


class Tie(ValueError):
    """A figure sits on a rounding boundary; the draw is redone."""


def fam(fn: Callable[[random.Random], Made]) -> Family:
    def make(rng: random.Random) -> dict[str, Any]:
        for _ in range(2000):
            try:
                out = fn(rng)
            except Tie:
                continue
            if out is not None:
                text, req, extra = out
                return item(f"F_m_h_{fn.__name__}", "multi", text, req, **extra)
        raise RuntimeError(fn.__name__)

    make.__name__ = fn.__name__
    return fresh(make)


def rnd(x: F, places: int) -> F:
    scaled = abs(x) * 10**places
    if abs(scaled - int(scaled) - F(1, 2)) < F(1, 10**4):
        raise Tie
    sign = -1 if x < 0 else 1
    return sign * F(int(scaled + F(1, 2)), 10**places)


def num(x: F | int, places: int = 2) -> list[str]:
    """x rounded to ``places`` decimals: fixed, trailing zeros dropped, with thousands commas."""
    r = rnd(F(x), places)
    fixed = f"{float(r):.{places}f}"
    forms = [fixed, fixed.rstrip("0").rstrip(".") if places else fixed]
    if abs(r) >= 1000:
        comma = f"{float(r):,.{places}f}"
        forms += [comma, comma.rstrip("0").rstrip(".") if places else comma]
    return list(dict.fromkeys(forms))


def health(x: F) -> list[str]:
    """A health figure asked to one decimal: the one-decimal and the two-decimal forms."""
    return list(dict.fromkeys(num(x, 1) + num(x, 2)))


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d} {half[0]}.m."]
    if h >= 10:
        out.append(f"{h}:{m:02d}")
    if m == 0:
        out += [f"{h12}{half}", f"{h12} {half[0]}.m."]
    return out


def span(minutes: int) -> list[str]:
    """A duration in the ways people write it."""
    h, m = divmod(minutes, 60)
    hw = "hour" if h == 1 else "hours"
    mw = "minute" if m == 1 else "minutes"
    if not m:
        return [f"{h} {hw}", f"{h}h", f"{h} hrs", f"{minutes} minutes"]
    if not h:
        return [f"{m} {mw}", f"{m} min", f"{m}min"]
    return [
        f"{h} {hw} {m} {mw}",
        f"{h} {hw} and {m} {mw}",
        f"{h}h {m}m",
        f"{h}h {m}min",
        f"{h} h {m} min",
        f"{h} hr {m} min",
        f"{h} hrs {m} min",
        f"{h}:{m:02d}",
        f"{minutes} minutes",
        f"{minutes} min",
    ]


def degrade(rng: random.Random) -> dict[str, Any]:
    return {
        "angle": round(rng.uniform(-5, 5), 1),
        "blur": round(rng.uniform(0.3, 1.0), 2),
        "noise": rng.choice([10, 20, 30]),
        "quality": 60,
        "seed": rng.randrange(10**6),
    }


def receipt(
    rng: random.Random, shop: str, goods: list[str], cur: str, low: int = 150, high: int = 2500
) -> tuple[dict[str, Any], list[tuple[str, int]]]:
    cents = rng.sample(range(low, high), len(goods))
    lines = list(zip(goods, cents, strict=True))
    recipe = {
        "kind": "receipt",
        "shop": shop,
        "items": [(n, c / 100) for n, c in lines],
        "currency": cur,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    return recipe, lines


def poly2(b: int, c: int) -> str:
    text = "x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    if c:
        text += f" {'+' if c > 0 else '-'} {abs(c)}"
    return text


@fam
def quad_then_graph(rng: random.Random) -> Made:
    r1, r2 = rng.sample([-8, -7, -6, -5, -4, -3, 3, 4, 5, 6, 7, 8, 9], 2)
    p = poly2(-(r1 + r2), r1 * r2)
    text = rng.choice(
        [
            f"solve {p} = 0 and plot y = {p} for me pls",
            f"Can you find the roots of {p}=0 and then draw the graph of y={p}?",
            f"homework q: {p} = 0, what are the solutions? also sketch the parabola y = {p}",
            f"I need both answers to {p} = 0, plus a plot of y = {p} from x=-10 to 10.",
        ]
    )
    return text, [[str(r1)], [str(r2)], PLOT], {}


@fam
def slope_at_point_and_plot(rng: random.Random) -> Made:
    a, b, k = rng.randint(1, 4), rng.choice([-5, -3, -2, 2, 3, 6]), rng.choice([2, 3, 4, 5, -2, -3])
    sign = "+" if b > 0 else "-"
    f = f"{a}x^3 {sign} {abs(b)}x^2" if a > 1 else f"x^3 {sign} {abs(b)}x^2"
    val = 3 * a * k * k + 2 * b * k
    text = rng.choice(
        [
            f"For f(x) = {f}, what is f'({k})? And plot f please",
            f"differentiate {f} and give me the slope at x = {k}, then graph the curve",
            f"What's the gradient of y = {f} when x is {k}? Could you also draw y = {f}?",
        ]
    )
    return text, [[str(val)], PLOT], {}


@fam
def two_lines_meet_and_draw(rng: random.Random) -> Made:
    x0, y0 = rng.randint(-6, 8), rng.randint(-5, 12)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    c1, c2 = y0 - m1 * x0, y0 - m2 * x0

    def line(m: int, c: int) -> str:
        mx = "x" if m == 1 else ("-x" if m == -1 else f"{m}x")
        return mx if not c else f"{mx} {'+' if c > 0 else '-'} {abs(c)}"

    l1, l2 = line(m1, c1), line(m2, c2)
    text = rng.choice(
        [
            f"where do y = {l1} and y = {l2} cross? put both lines on one graph too",
            f"Find the intersection of y={l1} and y={l2} and plot them together.",
            f"plot y = {l1} and y = {l2} on the same axes and tell me the point where they meet",
        ]
    )
    pt = [f"({x0}, {y0})"]
    return text, [[f"x = {x0}", *pt], [f"y = {y0}", *pt], PLOT], {}


@fam
def weekly_km_mean_and_chart(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    vals = [F(rng.randint(40, 260), 10) for _ in range(n)]
    mean = sum(vals) / n
    shown = ", ".join(f"{float(v):g}" for v in vals)
    who = rng.choice(["my weekly running km", "km I cycled each week", "my walking distances (km)"])
    text = rng.choice(
        [
            f"{who}: {shown}. whats the average, to 2 decimals? and make me a chart of it",
            f"Here are {who} - {shown}. Can you chart them and tell me the mean (2 dp)?",
        ]
    )
    return text, [num(mean), PLOT], {}


@fam
def receipt_total_in_euros(rng: random.Random) -> Made:
    shop = rng.choice(["Corner Deli", "Hill Books", "Sun Pharmacy", "Taco Town"])
    goods = rng.sample(
        ["Sandwich", "Juice", "Chips", "Soda", "Salad", "Cookie", "Water", "Wrap", "Muffin"],
        rng.randint(2, 4),
    )
    recipe, lines = receipt(rng, shop, goods, "$")
    total = F(sum(c for _, c in lines), 100)
    rate = F(rng.choice([84, 85, 86, 87, 88, 91, 92]), 100)
    text = rng.choice(
        [
            "what's the total on this receipt, and how much is that in euros? use 1 USD = "
            f"{float(rate)} EUR, round to the cent",
            "Got this receipt on my trip. Total please, then convert it to EUR at $1 = "
            f"€{float(rate)} (2 decimals)",
        ]
    )
    return text, [num(total), num(total * rate)], {"image": recipe}


@fam
def receipt_tip_split(rng: random.Random) -> Made:
    shop = rng.choice(["Luigi's Pizza", "Noodle House", "Grill 21", "The Curry Pot"])
    goods = rng.sample(
        ["Pizza", "Pasta", "Wine", "Salad", "Beer", "Dessert", "Curry", "Rice", "Naan", "Steak"],
        rng.randint(3, 5),
    )
    recipe, lines = receipt(rng, shop, goods, rng.choice(["$", "£", "€"]), 400, 3200)
    total = F(sum(c for _, c in lines), 100)
    tip, people = rng.choice([10, 12, 15, 18, 20]), rng.randint(2, 6)
    each = total * (100 + tip) / 100 / people
    text = rng.choice(
        [
            f"dinner receipt attached. what was the bill, and if we add a {tip}% tip and split it "
            f"{people} ways evenly what does each of us pay? round to cents",
            f"Can you read the total off this and then work out each person's share with {tip}% "
            "tip "
            f"on top, {people} people splitting equally (to the cent)?",
        ]
    )
    return text, [num(total), num(each)], {"image": recipe}


@fam
def receipt_item_percent(rng: random.Random) -> Made:
    goods = rng.sample(
        ["Shampoo", "Toothpaste", "Vitamins", "Plasters", "Sun Cream", "Tissues", "Hand Soap"],
        rng.randint(3, 4),
    )
    recipe, lines = receipt(
        rng, rng.choice(["Well Chemist", "Care Plus"]), goods, rng.choice(["$", "£"])
    )
    name, cents = rng.choice(lines)
    total = sum(c for _, c in lines)
    pct = F(cents * 100, total)
    text = rng.choice(
        [
            f"how much did the {name.lower()} cost on this receipt and what % of the total is "
            "that? "
            "1 decimal",
            f"From the photo: price of the {name}, and its share of the whole bill as a percentage "
            "rounded to one decimal place.",
        ]
    )
    return text, [num(F(cents, 100)), [p + "%" for p in num(pct, 1)]], {"image": recipe}


@fam
def receipt_change_from_notes(rng: random.Random) -> Made:
    goods = rng.sample(
        ["Apples", "Bread", "Milk", "Eggs", "Cheese", "Butter", "Pasta"], rng.randint(2, 4)
    )
    recipe, lines = receipt(rng, rng.choice(["Village Shop", "Metro Market"]), goods, "£", 90, 900)
    total = F(sum(c for _, c in lines), 100)
    paid = 20 * (int(total // 20) + 1) if rng.random() < 0.5 else 10 * (int(total // 10) + 1)
    words = {
        10: "a tenner",
        20: "a twenty",
        30: "three tenners",
        40: "two twenties",
        50: "a fifty",
        60: "three twenties",
    }.get(paid, f"£{paid}")
    text = rng.choice(
        [
            f"i paid with {words} for this shop - what was the total and how much change should i "
            "have got?",
            f"Receipt total? And the change from £{paid}?",
        ]
    )
    return text, [num(total), num(paid - total)], {"image": recipe}


@fam
def screenshot_balance_after_bills_in_eur(rng: random.Random) -> Made:
    bal = rng.randint(40000, 250000)
    bills = rng.sample([("Rent", 0), ("Phone", 0), ("Gym", 0), ("Energy", 0), ("Water", 0)], 3)
    amounts = [
        rng.randint(1500, 60000) if n == "Rent" else rng.randint(900, 9000) for n, _ in bills
    ]
    rows = [f"Balance: £{bal / 100:,.2f}", "Upcoming:"] + [
        f"{n}  £{a / 100:,.2f}" for (n, _), a in zip(bills, amounts, strict=True)
    ]
    recipe = {
        "kind": "screenshot",
        "title": "My Bank",
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    left = F(bal - sum(amounts), 100)
    if left <= 0:
        return None
    rate = F(rng.choice([113, 114, 115, 116, 117, 118]), 100)
    text = rng.choice(
        [
            "after the upcoming payments in this screenshot go out, how much will be left? and "
            f"what's that in euros (£1 = €{float(rate)})?",
            "Screenshot of my banking app. Balance minus the upcoming bills = ? Then convert the "
            f"rest to EUR, 1 GBP = {float(rate)} EUR, 2dp.",
        ]
    )
    return text, [num(left), num(left * rate)], {"image": recipe}


@fam
def fuel_receipt_litres_and_mpg(rng: random.Random) -> Made:
    litres = F(rng.randint(2500, 6000), 100)
    price = F(rng.randint(139, 189), 100)
    cost = litres * price
    cents = int(rnd(cost, 2) * 100)
    recipe = {
        "kind": "receipt",
        "shop": rng.choice(["Shell Garage", "BP Station", "Esso Stop"]),
        "items": [("Unleaded", cents / 100)],
        "currency": "£",
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    per_l = F(cents, 100) / price
    km = rng.randint(380, 780)
    l100 = per_l / km * 100
    text = rng.choice(
        [
            f"filled up - receipt attached. fuel was £{float(price):.2f} a litre, how many "
            "litres is "
            f"that (2 dp)? and I then drove {km} km on it, so what's that in L/100km (2 dp)?",
            f"From this fuel receipt at £{float(price):.2f}/L: litres bought to 2 decimals, then "
            f"litres per 100 km if that tank lasted {km} km (2 decimals).",
        ]
    )
    l100s = list(dict.fromkeys(num(l100) + num(rnd(per_l, 2) / km * 100)))
    return text, [num(per_l), l100s], {"image": recipe}


@fam
def coupon_on_receipt_then_usd(rng: random.Random) -> Made:
    goods = rng.sample(
        ["Puzzle", "Kite", "Crayons", "Board Game", "Marbles", "Yo-Yo"], rng.randint(2, 4)
    )
    recipe, lines = receipt(rng, "Toy Chest", goods, "€", 300, 3000)
    total = F(sum(c for _, c in lines), 100)
    off = rng.choice([10, 15, 20, 25])
    rate = F(rng.choice([108, 112, 115, 117, 119]), 100)
    after = total * (100 - off) / 100
    text = rng.choice(
        [
            f"there's a {off}% off coupon for this whole receipt. what do I pay after it, and "
            "what's "
            f"that in dollars if 1 EUR = {float(rate)} USD? cents please",
            f"Apply {off}% off to the total on this receipt, then convert to USD at €1 = "
            f"${float(rate)}. Round each to 2 decimals.",
        ]
    )
    conv = list(dict.fromkeys(num(after * rate) + num(rnd(after, 2) * rate)))
    return text, [num(after), conv], {"image": recipe}


@fam
def sign_hours_and_minutes_left(rng: random.Random) -> Made:
    open_h, close_h = rng.choice([7, 8, 9, 10]), rng.choice([17, 18, 19, 20, 21])
    close_m = rng.choice([0, 30])
    words = [
        rng.choice(["PHARMACY", "POST OFFICE", "LIBRARY", "BAKERY"]),
        f"OPEN {open_h}AM - {close_h - 12}{':30' if close_m else ''}PM",
    ]
    recipe = {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}
    now = rng.randint(close_h * 60 - 200, close_h * 60 - 20)
    h, m = divmod(now, 60)
    left = close_h * 60 + close_m - now
    text = rng.choice(
        [
            f"it's {h - 12}:{m:02d}pm now. how long until this place closes? and how many hours is "
            "it open each day?",
            f"Photo of the door sign. Time now {h}:{m:02d} - how long have I got before closing, "
            "and "
            "what are its total daily opening hours?",
        ]
    )
    total = close_h * 60 + close_m - open_h * 60
    return text, [span(left), span(total)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        quad_then_graph,
        slope_at_point_and_plot,
        two_lines_meet_and_draw,
        weekly_km_mean_and_chart,
        receipt_total_in_euros,
        receipt_tip_split,
        receipt_item_percent,
        receipt_change_from_notes,
        screenshot_balance_after_bills_in_eur,
        fuel_receipt_litres_and_mpg,
        coupon_on_receipt_then_usd,
        sign_hours_and_minutes_left,
    )
]
