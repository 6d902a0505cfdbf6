"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 1: receipt basics."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]], dict[str, Any]] | None
Line = tuple[str, int]

STORES = {
    "cafe": ["Bean There", "Daily Grind", "Cup and Saucer", "Morning Mug"],
    "grocer": ["Fresh Basket", "Harvest Foods", "Valley Grocer", "Quick Mart"],
    "hardware": ["Bolt and Nut", "Handy Hardware", "Tool Shed"],
    "pet": ["Paws Corner", "Pet Pantry", "Happy Tails"],
    "office": ["Paper Trail", "Desk Depot", "Ink Spot"],
    "bakery": ["Rising Crust", "Golden Loaf", "Sugar Bloom"],
    "pub": ["The Red Lion", "Fox and Hound", "Anchor Inn"],
}
WARES = {
    "cafe": ["Latte", "Flat White", "Scone", "Muffin", "Espresso", "Croissant", "Chai",
             "Brownie", "Panini", "Smoothie", "Cookie", "Mocha"],
    "grocer": ["Bananas", "Rice", "Butter", "Yogurt", "Carrots", "Oats", "Chicken",
               "Onions", "Olive Oil", "Spinach", "Cereal", "Lentils"],
    "hardware": ["Screws", "Hammer", "Paint", "Sandpaper", "Glue", "Tape Measure",
                 "Drill Bits", "Light Bulb", "Pliers", "Brush", "Hinges", "Padlock"],
    "pet": ["Dog Food", "Cat Litter", "Chew Toy", "Leash", "Fish Flakes", "Bird Seed",
            "Collar", "Pet Shampoo", "Dog Treats", "Scratch Post"],
    "office": ["Pens", "Stapler", "Printer Paper", "Folders", "Highlighter", "Envelopes",
               "Sticky Notes", "Binder", "Scissors", "Calculator"],
    "bakery": ["Baguette", "Eclair", "Rye Loaf", "Cupcake", "Danish", "Pretzel Roll",
               "Cheesecake", "Focaccia", "Macarons", "Bagels"],
    "pub": ["Fish and Chips", "Pint of Ale", "Cider", "Steak Pie", "Nachos", "Lemonade",
            "Sunday Roast", "Wine Glass", "Burger", "Onion Rings", "Crisps"],
}
CURRENCIES = ["$", "€", "£"]
WORD = {"$": "dollars", "€": "euros", "£": "pounds"}
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Tie(ValueError):
    """A value sits on or next to a rounding boundary; the draw is redone."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, count: tuple[int, int] = (3, 5), lo: int = 90,
            hi: int = 2500, cur: str = "", kind: str = "",
            names: list[str] | None = None) -> tuple[dict[str, Any], list[Line], str]:
    """A receipt with distinct goods at distinct prices (in cents)."""
    kind = kind or rng.choice(sorted(WARES))
    cur = cur or rng.choice(CURRENCIES)
    names = names or rng.sample(WARES[kind], rng.randint(*count))
    lines = list(zip(names, rng.sample(range(lo, hi), len(names)), strict=True))
    recipe = {"kind": "receipt", "shop": rng.choice(STORES.get(kind, ["Corner Store"])),
              "items": [(n, c / 100) for n, c in lines], "font": rng.randrange(4),
              "currency": cur, "degrade": degrade(rng)}
    return recipe, lines, cur


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


def near_tie(value: Fraction, places: int) -> bool:
    scaled = Fraction(value) * 10**places
    return abs(scaled - math.floor(scaled) - Fraction(1, 2)) < Fraction(1, 20)


def money(value: Fraction | int | float, cents: bool = False) -> list[str]:
    """Accepted forms of an amount to the cent (value in cents when cents=True)."""
    value = Fraction(value) / (100 if cents else 1)
    if near_tie(value, 2):
        raise Tie(value)
    r = Fraction(round(value * 100), 100)
    out = [f"{float(r):.2f}", f"{float(r):,.2f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    elif (r * 10).denominator == 1:
        out += [f"{float(r):.1f}", f"{float(r):,.1f}"]
    return list(dict.fromkeys(out))


def number(value: Fraction | int | float, places: int = 0) -> list[str]:
    value = Fraction(value)
    if value.denominator != 1 and near_tie(value, places):
        raise Tie(value)
    r = round(value, places)
    out = [f"{float(r):.{places}f}", f"{float(r):,.{places}f}"]
    if places > 1:
        out.append(f"{float(r):.{places}f}".rstrip("0").rstrip("."))
    if Fraction(r).denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    return list(dict.fromkeys(out))


def count(n: int, unit: str = "") -> list[str]:
    out = [str(n)] + ([EN[n]] if n < len(EN) else [])
    return out + ([f"{n} {unit}", f"{n}{unit}"] if unit else [])


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}",
           f"{h12}:{m:02d}{half[0]}.m.", f"{h12}.{m:02d}{half}"]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    if h == 12 and m == 0:
        out += ["noon", "midday"]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h % 12 or 12}{'' if m == 0 else f':{m:02d}'}{'AM' if h < 12 else 'PM'}"


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min", f"{minutes}min", f"{minutes} mins"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}"]
        out.append(f"{h}:{m:02d}")
        if m in (15, 30, 45):
            out += [f"{h + m / 60:g} hours", f"{h + m / 60:g}h", f"{h + m / 60:g} hrs"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs", f"{h}hrs"]
    return list(dict.fromkeys(out))


def date_forms(when: dt.date, weekday: bool = False) -> list[str]:
    month, d = MONTHS[when.month - 1].lower(), when.day
    suffix = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [when.isoformat(), f"{month} {d}", f"{d} {month}", f"{month} {d}{suffix}",
           f"{d}{suffix} {month}", f"{d}{suffix} of {month}", f"{month[:3]} {d}",
           f"{d} {month[:3]}", f"{d:02d}/{when.month:02d}/{when.year}",
           f"{when.month:02d}/{d:02d}/{when.year}", f"{d}/{when.month}/{when.year}",
           f"{when.month}/{d}/{when.year}"]
    if weekday:
        out.append(when.strftime("%A").lower())
    return list(dict.fromkeys(out))


def rand_date(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(360))


def pretty(when: dt.date) -> str:
    return f"{MONTHS[when.month - 1][:3]} {when.day}, {when.year}"


def family(make: Callable[[random.Random], Made]) -> Family:
    """Wraps a maker; an answer given in the last five draws is avoided where possible."""
    label = f"C_o_{make.__name__}"
    recent: list[str] = []

    def draw(rng: random.Random) -> Item:
        tries = 0
        while True:
            try:
                made = make(rng)
            except Tie:
                continue
            if made is None:
                continue
            text, required, recipe = made
            key = json.dumps(required)
            tries += 1
            if key in recent and tries < 30:
                continue
            recent[:] = [*recent[-4:], key]
            return item(label, "ocr", text, required, image=recipe)

    draw.__name__ = make.__name__
    return fresh(draw)


def total(lines: list[Line]) -> int:
    return sum(c for _, c in lines)


def low(name: str) -> str:
    return name.lower()


def art(n: int) -> str:
    return "an" if str(n).startswith(("8", "11", "18")) else "a"


def pct(rng: random.Random, choices: tuple[int, ...] = (10, 12, 15, 18, 20, 25)) -> int:
    return rng.choice(choices)


@family
def whats_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What's the total on this receipt?", "how much did i spend here",
                       "Can you read me the total from this receipt please?",
                       "total on this one?"])
    return text, [money(total(lines), True)], recipe


@family
def expense_log(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 4))
    who = rng.choice(["work", "my landlord", "the club treasurer", "my expenses spreadsheet"])
    return (f"Logging this for {who} - what amount do I put down from this receipt?",
            [money(total(lines), True)], recipe)


@family
def line_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    text = rng.choice([f"How much was the {low(name)} on this receipt?",
                       f"what did they charge me for the {low(name)}?",
                       f"Price of {low(name)} here?"])
    return text, [money(cents, True)], recipe


@family
def item_count(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 10))
    text = rng.choice(["How many items are on this receipt?",
                       "how many different things did i buy, going by this receipt",
                       "Count the lines on this receipt for me (not the total)."])
    return text, [count(len(lines), "items")], recipe


@family
def priciest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name = max(lines, key=lambda x: x[1])[0]
    text = rng.choice(["What was the most expensive thing I bought here?",
                       "which item on this receipt cost the most?",
                       "Biggest single item on this receipt - what is it?"])
    return text, [[low(name)]], recipe


@family
def cheapest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name = min(lines, key=lambda x: x[1])[0]
    text = rng.choice(["Which item was the cheapest on this receipt?",
                       "whats the least expensive thing here",
                       "Of everything on this receipt, what cost the least?"])
    return text, [[low(name)]], recipe


@family
def priciest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    text = rng.choice(["How much was the most expensive item on here?",
                       "what's the highest single price on this receipt?"])
    return text, [money(max(c for _, c in lines), True)], recipe


@family
def cheapest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    text = rng.choice(["What's the lowest price on this receipt?",
                       "how much did the cheapest thing here cost?"])
    return text, [money(min(c for _, c in lines), True)], recipe


@family
def tip_amount(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["cafe", "pub"]))
    p = pct(rng)
    text = rng.choice([f"I want to leave {art(p)} {p}% tip on this bill. How much is the tip?",
                       f"{p} percent tip on this, how much is that? round to the cent",
                       f"What's {art(p)} {p}% tip on the total here?"])
    return text, [money(Fraction(total(lines) * p, 100), True)], recipe


@family
def with_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["cafe", "pub"]))
    p = pct(rng)
    value = Fraction(total(lines) * (100 + p), 100)
    text = rng.choice([f"What do I pay altogether if I add {art(p)} {p}% tip to this bill?",
                       f"bill plus {p}% tip = ? (to the cent)",
                       f"Adding {p} percent for the waiter, what's the grand total?"])
    return text, [money(value, True)], recipe


@family
def sales_tax(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    rate = rng.choice([5, 6, 7, 8, Fraction(15, 2), Fraction(17, 2), 9])
    shown = f"{float(rate):g}"
    value = Fraction(total(lines)) * (100 + rate) / 100
    return (f"These prices are before tax. With {shown}% sales tax added, what's the total? "
            "Round to the cent.", [money(value, True)], recipe)


@family
def percent_off(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    p = pct(rng, (10, 15, 20, 25, 30, 40))
    value = Fraction(total(lines) * (100 - p), 100)
    text = rng.choice([f"If I'd had my {p}% off voucher, what would this total have been?",
                       f"Total on this receipt after a {p}% discount? to the cent pls"])
    return text, [money(value, True)], recipe


@family
def split_even(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 6), kind=rng.choice(["pub", "cafe", "bakery"]))
    n = rng.randint(2, 6)
    who = rng.choice([f"{n} of us", f"{n} people", f"{EN[n]} friends"])
    text = rng.choice([f"We're splitting this bill evenly between {who}. How much each?",
                       f"split this {n} ways - what does each person pay? (round to the cent)"])
    return text, [money(Fraction(total(lines), n), True)], recipe


@family
def convert_mul(rng: random.Random) -> Made:
    cur = rng.choice(["€", "£"])
    recipe, lines, _ = receipt(rng, cur=cur)
    rate = {"€": rng.choice(["1.08", "1.09", "1.17", "1.12"]),
            "£": rng.choice(["1.27", "1.25", "1.31", "1.34"])}[cur]
    value = Fraction(total(lines), 100) * Fraction(rate)
    code = {"€": "EUR", "£": "GBP"}[cur]
    return (f"How much is this receipt in US dollars? Use 1 {code} = {rate} USD.",
            [money(value)], recipe)


@family
def convert_div(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="$")
    to, rate = rng.choice([("euros", "1.16"), ("pounds", "1.32"), ("euros", "1.10"),
                           ("pounds", "1.27")])
    code = {"euros": "EUR", "pounds": "GBP"}[to]
    value = Fraction(total(lines), 100) / Fraction(rate)
    return (f"my card is in {to}. what's this total in {to} if 1 {code} = {rate} USD? "
            "round to 2 decimals", [money(value)], recipe)


@family
def change_due(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(2, 4), hi=1800)
    t = total(lines)
    note = next(n for n in (2000, 5000, 10000) if n > t)
    text = rng.choice([f"I paid with a {cur}{note // 100} note. How much change should I have got?",
                       f"Handed over {note // 100} {WORD[cur]} for this, what change is due?"])
    return text, [money(note - t, True)], recipe


@family
def shop_name(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, count=(2, 4))
    text = rng.choice(["What's the name of the shop on this receipt?",
                       "where's this receipt from? can't remember the place",
                       "Which store printed this receipt?"])
    return text, [[low(recipe["shop"])]], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    whats_total, expense_log, line_price, item_count, priciest_name, cheapest_name,
    priciest_price, cheapest_price, tip_amount, with_tip, sales_tax, percent_off, split_even,
    convert_mul, convert_div, change_due, shop_name)]
