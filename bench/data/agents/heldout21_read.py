"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 1: receipt basics."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction as Q
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item

Built = tuple[dict[str, Any], list[list[str]], dict[str, Any]]
Builder = Callable[[random.Random], Built]

# fmt: off
KINDS = {
    "grocery": (["Fresh Foods", "Daily Grocer", "Oak Market", "Price Saver"],
                ["Milk", "Eggs", "Bread", "Butter", "Bananas", "Rice", "Yogurt", "Coffee",
                 "Chicken", "Onions", "Pasta", "Cereal", "Apples", "Tomatoes"]),
    "cafe": (["Bean There", "Cafe Luna", "The Daily Cup", "Brew House"],
             ["Latte", "Espresso", "Croissant", "Muffin", "Bagel", "Mocha", "Scone",
              "Iced Tea", "Panini", "Brownie", "Cookie", "Hot Choc"]),
    "hardware": (["Fix It Depot", "Tool Town", "Home Works"],
                 ["Screws", "Paint", "Brush", "Tape", "Glue", "Hammer", "Sandpaper",
                  "Hinges", "Light Bulb", "Gloves", "Drill Bit", "Batteries"]),
    "pharmacy": (["City Pharmacy", "Health Hub", "Care Chemist"],
                 ["Shampoo", "Toothpaste", "Plasters", "Vitamins", "Sun Cream",
                  "Tissues", "Lip Balm", "Hand Cream", "Cough Drops", "Floss"]),
    "diner": (["Main St Diner", "Noodle House", "Taco Corner", "Pizza Place"],
              ["Burger", "Fries", "Pancakes", "Salad", "Soup", "Noodles", "Tacos",
               "Pizza", "Milkshake", "Wings", "Pie", "Lemonade", "Dumplings"]),
    "books": (["Page Turner", "Book Nook", "Story Shop"],
              ["Novel", "Cookbook", "Atlas", "Notebook", "Pens", "Bookmark", "Comic",
               "Diary", "Map", "Puzzle Book"]),
}
# fmt: on
CURS = ["$", "€", "£"]
CW = {"$": "dollars", "€": "euros", "£": "pounds"}
CODE = {"$": "USD", "€": "EUR", "£": "GBP"}
BASE = {"USD": 1.0, "EUR": 1.16, "GBP": 1.33, "CAD": 0.72, "AUD": 0.66, "CHF": 1.25}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


class Tie(ValueError):
    """The answer sits on a rounding boundary; draw again."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {
        "angle": round(rng.uniform(-5, 5), 1),
        "blur": round(rng.uniform(0.3, 1.0), 2),
        "noise": rng.choice([10, 20, 30]),
        "quality": 60,
        "seed": rng.randrange(10**6),
    }


def receipt(
    rng: random.Random, n: tuple[int, int] = (3, 6), low: int = 90, high: int = 2600
) -> tuple[dict[str, Any], list[tuple[str, int]], dict[str, Any]]:
    """A receipt recipe with distinct goods and prices (cents) plus the common slots."""
    kind = rng.choice(sorted(KINDS))
    shops, goods = KINDS[kind]
    cur = rng.choice(CURS)
    names = rng.sample(goods, rng.randint(*n))
    lines = list(zip(names, rng.sample(range(low, high), len(names)), strict=True))
    recipe = {
        "kind": "receipt",
        "shop": rng.choice(shops),
        "items": [(a, c / 100) for a, c in lines],
        "font": rng.randrange(4),
        "currency": cur,
        "degrade": degrade(rng),
    }
    slots = {
        "cur": cur,
        "cw": CW[cur],
        "unit": CW[cur][:-1],
        "code": CODE[cur],
        "shop": recipe["shop"],
        "total": sum(c for _, c in lines),
    }
    return recipe, lines, slots


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }


def near(value: Q, places: int) -> bool:
    scaled = Q(value) * 10**places
    return abs(scaled - math.floor(scaled) - Q(1, 2)) < Q(1, 200)


def money(value: Q | int, cents: bool = False) -> list[str]:
    """An amount (cents when cents=True) to the cent, in its accepted spellings."""
    value = Q(value) / (100 if cents else 1)
    if value.denominator != 1 and near(value, 2):
        raise Tie(value)
    r = Q(round(value * 100), 100)
    out = [f"{float(r):.2f}", f"{float(r):,.2f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    elif (r * 10).denominator == 1:
        out += [f"{float(r):.1f}", f"{float(r):,.1f}"]
    return list(dict.fromkeys(out))


def num(value: Q | int, places: int = 0) -> list[str]:
    value = Q(value)
    if value.denominator != 1 and near(value, places):
        raise Tie(value)
    r = round(value, places)
    out = [f"{float(r):.{places}f}", f"{float(r):,.{places}f}"]
    if places > 1:
        out.append(out[0].rstrip("0").rstrip("."))
    if Q(r).denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    return list(dict.fromkeys(out))


def pct(value: Q, places: int = 1) -> list[str]:
    return [f"{v}%" for v in num(value, places)] + num(value, places)


def count(n: int) -> list[str]:
    return [str(n)] + ([WORDS[n]] if n < len(WORDS) else [])


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    half = "AM" if h < 12 else "PM"
    return f"{h % 12 or 12}{'' if m == 0 else f':{m:02d}'}{half}"


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min", f"{minutes}min"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}"]
        out.append(f"{h}:{m:02d}")
        if m in (15, 30, 45):
            out += [f"{h + m / 60:g} hours", f"{h + m / 60:g} hrs", f"{h + m / 60:g}h"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs"]
    return out


def dates(when: dt.date) -> list[str]:
    month, d = MONTHS[when.month - 1].lower(), when.day
    suf = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [
        when.isoformat(),
        f"{month} {d}",
        f"{d} {month}",
        f"{month} {d}{suf}",
        f"{d}{suf} {month}",
        f"{d}{suf} of {month}",
        f"{month[:3]} {d}",
        f"{d} {month[:3]}",
        f"{d:02d}/{when.month:02d}/{when.year}",
        f"{when.month:02d}/{d:02d}/{when.year}",
        f"{d}/{when.month}/{when.year}",
        f"{when.month}/{d}/{when.year}",
    ]
    return list(dict.fromkeys(out))


def day(rng: random.Random, lo: str = "2026-01-05", days: int = 300) -> dt.date:
    return dt.date.fromisoformat(lo) + dt.timedelta(days=rng.randrange(days))


def long(when: dt.date) -> str:
    return f"{MONTHS[when.month - 1]} {when.day}"


def words(name: str) -> list[str]:
    return [name.lower()]


def F(name: str, build: Builder, *templates: str) -> Family:
    """A family: a builder (recipe, answers, slots) asked in one of the phrasings."""
    label = f"F_o_{name}"

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                recipe, required, slots = build(rng)
            except Tie:
                continue
            text = rng.choice(templates).format(**slots)
            return item(label, "ocr", text, required, image=recipe)

    draw.__name__ = name
    return fresh(draw)


# ---- receipt builders ---------------------------------------------------------------


def b_total(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    return r, [money(s["total"], True)], s


def b_line(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    name, c = rng.choice(lines)
    return r, [money(c, True)], {**s, "item": name.lower()}


def b_count_total(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(2, 7))
    return r, [count(len(lines)), money(s["total"], True)], s


def b_dear(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    return r, [words(max(lines, key=lambda x: x[1])[0])], s


def b_cheap(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    return r, [words(min(lines, key=lambda x: x[1])[0])], s


def b_dear_price(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    name, c = max(lines, key=lambda x: x[1])
    return r, [words(name), money(c, True)], s


def b_cheap_price(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    name, c = min(lines, key=lambda x: x[1])
    return r, [words(name), money(c, True)], s


def b_tip_total(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice([10, 12, 15, 18, 20, 22, 25])
    return r, [money(Q(s["total"] * (100 + p), 100), True)], {**s, "p": p}


def b_tip_amount(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice([10, 12, 15, 18, 20, 22, 25])
    return r, [money(Q(s["total"] * p, 100), True)], {**s, "p": p}


def b_tax_total(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice(["5", "6", "7", "7.5", "8", "8.25", "9", "13"])
    return r, [money(s["total"] * (100 + Q(p)) / 100, True)], {**s, "p": p}


def b_tax_amount(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice(["5", "6", "7", "7.5", "8", "8.25", "9", "13"])
    return r, [money(s["total"] * Q(p) / 100, True)], {**s, "p": p}


def b_disc_total(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice([10, 15, 20, 25, 30, 40])
    return r, [money(Q(s["total"] * (100 - p), 100), True)], {**s, "p": p}


def b_disc_amount(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice([10, 15, 20, 25, 30, 40])
    return r, [money(Q(s["total"] * p, 100), True)], {**s, "p": p}


def b_split(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    n = rng.randint(2, 6)
    return r, [money(Q(s["total"], n), True)], {**s, "n": n, "nw": WORDS[n]}


def b_tip_split(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    n, p = rng.randint(2, 6), rng.choice([10, 15, 18, 20])
    if money(Q(round(Q(s["total"] * (100 + p), 100)), n), True) != money(
        Q(s["total"] * (100 + p), 100 * n), True
    ):
        raise Tie(p)
    return (
        r,
        [money(Q(s["total"] * (100 + p), 100 * n), True)],
        {**s, "n": n, "p": p, "nw": WORDS[n]},
    )


def b_convert(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    to = rng.choice([c for c in BASE if c != s["code"]])
    rate = Q(round(BASE[s["code"]] / BASE[to] * rng.uniform(0.97, 1.03), 2)).limit_denominator(100)
    return r, [money(s["total"] * rate, True)], {**s, "to": to, "rate": f"{float(rate):.2f}"}


def b_change(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    paid = next(p for p in (10, 20, 50, 100, 200) if p * 100 > s["total"])
    return r, [money(paid * 100 - s["total"], True)], {**s, "paid": paid}


TEMPLATES_1 = {
    "total_short": (
        b_total,
        "total?",
        "whats the total on this",
        "how much was this receipt",
        "total pls",
    ),
    "total_polite": (
        b_total,
        "Could you tell me what the total on this receipt comes to?",
        "Hi! I need the grand total from this receipt for my expenses, please.",
        "Can you read the final amount I paid at {shop} off this photo?",
    ),
    "line_short": (
        b_line,
        "how much was the {item}?",
        "price of the {item}?",
        "what did the {item} cost",
    ),
    "line_polite": (
        b_line,
        "I can't remember what I paid for the {item} - can you check this receipt?",
        "Could you look up the price of the {item} on this receipt for me?",
    ),
    "count_total": (
        b_count_total,
        "How many items are on this receipt and what's the total?",
        "count the items on this and give me the total too",
    ),
    "dear_name": (
        b_dear,
        "what was the most expensive thing I bought here?",
        "Which item on this receipt cost the most?",
    ),
    "cheap_name": (
        b_cheap,
        "what's the cheapest thing on this receipt?",
        "Which item was the least expensive here?",
    ),
    "dear_price": (
        b_dear_price,
        "Which was the priciest item and how much was it?",
        "tell me the most expensive line on this receipt and its price",
    ),
    "cheap_price": (
        b_cheap_price,
        "what's the cheapest item on here and what did it cost?",
        "Which line is the lowest price on this receipt, and how much?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_1.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
