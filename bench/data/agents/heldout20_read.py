"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 1: receipt sums."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]], dict[str, Any]] | None
Line = tuple[str, int]
F = Fraction

SHOPS = {
    "grocery": ["Fresh Basket", "Daily Foods", "Harvest Mart", "Oak Grocers"],
    "cafe": ["Bean There", "Cafe Luna", "Morning Cup", "Brew Lab"],
    "hardware": ["Tool Barn", "Fix It Depot", "Nuts and Bolts"],
    "pharmacy": ["Town Pharmacy", "Health Hub", "Medi Shop"],
    "restaurant": ["Golden Wok", "Olive Tree", "Burger Shack", "Sushi Go"],
    "books": ["Page Turner", "Ink and Paper", "Book Nook"],
    "pets": ["Paws Corner", "Happy Tails", "Pet Planet"],
}
GOODS = {
    "grocery": ["Bananas", "Milk", "Eggs", "Rice", "Butter", "Yogurt", "Carrots", "Onions",
                "Chicken", "Bread", "Tomatoes", "Cereal", "Orange Juice", "Coffee Beans"],
    "cafe": ["Latte", "Espresso", "Croissant", "Muffin", "Green Tea", "Cappuccino",
             "Scone", "Hot Chocolate", "Bagel", "Mocha", "Brownie", "Smoothie"],
    "hardware": ["Hammer", "Screws", "Paint", "Tape", "Light Bulb", "Glue", "Sandpaper",
                 "Drill Bits", "Gloves", "Brush", "Padlock", "Batteries"],
    "pharmacy": ["Shampoo", "Toothbrush", "Aspirin", "Sunscreen", "Vitamin C", "Bandages",
                 "Lotion", "Cough Drops", "Floss", "Soap", "Eye Drops", "Mouthwash"],
    "restaurant": ["Noodles", "Fried Rice", "Spring Rolls", "Steak", "Pasta", "Salad",
                   "Soup", "Burger", "Fries", "Lemonade", "Dessert", "Sushi Set"],
    "books": ["Novel", "Cookbook", "Atlas", "Diary", "Comic", "Magazine", "Bookmark",
              "Pen Set", "Map", "Poetry", "Dictionary", "Calendar"],
    "pets": ["Dog Food", "Cat Litter", "Chew Toy", "Leash", "Fish Food", "Bird Seed",
             "Cat Treats", "Pet Bed", "Collar", "Shampoo", "Dog Biscuits", "Bowl"],
}
CURS = ["$", "€", "£"]
CODE = {"$": "USD", "€": "EUR", "£": "GBP"}
CASH = {"$": "dollars", "€": "euros", "£": "pounds"}
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


USD_PER = {"USD": F(1), "EUR": F("1.08"), "GBP": F("1.27"), "CAD": F("0.73"),
           "AUD": F("0.66"), "CHF": F("1.13"), "JPY": F("0.0067")}


def fx(rng: random.Random, frm: str, to: str) -> Fraction:
    """A plausible stated exchange rate (1 frm = rate to), two decimals (whole yen)."""
    rate = USD_PER[frm] / USD_PER[to] * (1 + F(rng.randint(-40, 40), 1000))
    return F(round(rate)) if to == "JPY" else F(round(rate * 100), 100)


class Tie(ValueError):
    """A value sits on (or next to) a rounding boundary; the draw is redone."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, kind: str = "", n: tuple[int, int] = (3, 5), low: int = 90,
            high: int = 2500, cur: str = "",
            names: list[str] | None = None) -> tuple[dict[str, Any], list[Line], str]:
    """A receipt recipe with distinct goods and distinct prices (in cents)."""
    kind = kind or rng.choice(sorted(GOODS))
    cur = cur or rng.choice(CURS)
    names = names or rng.sample(GOODS[kind], rng.randint(*n))
    cents = rng.sample(range(low, high), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {"kind": "receipt", "shop": rng.choice(SHOPS.get(kind, ["Corner Shop"])),
              "items": [(a, c / 100) for a, c in lines], "font": rng.randrange(4),
              "currency": cur, "degrade": degrade(rng)}
    return recipe, lines, cur


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


def near_tie(value: Fraction, places: int) -> bool:
    scaled = F(value) * 10**places
    return abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 200)


def money(value: Fraction | int | float, cents: bool = False) -> list[str]:
    """Accepted forms of an amount (in units, or in cents with cents=True), to the cent."""
    value = F(value) / (100 if cents else 1)
    if near_tie(value, 2):
        raise Tie(value)
    r = F(round(value * 100), 100)
    out = [f"{float(r):.2f}", f"{float(r):,.2f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    elif (r * 10).denominator == 1:
        out += [f"{float(r):.1f}", f"{float(r):,.1f}"]
    return list(dict.fromkeys(out))


def number(value: Fraction | int | float, places: int = 0) -> list[str]:
    """A value rounded to `places` decimals, with and without thousands commas."""
    value = F(value)
    if value.denominator != 1 and near_tie(value, places):
        raise Tie(value)
    r = round(value, places)
    out = [f"{float(r):.{places}f}", f"{float(r):,.{places}f}"]
    if places > 1:
        out.append(f"{float(r):.{places}f}".rstrip("0").rstrip("."))
    if F(r).denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    return list(dict.fromkeys(out))


def pct(value: Fraction, places: int = 1) -> list[str]:
    forms = number(value, places)
    return [f + "%" for f in forms] + [f + " percent" for f in forms]


def count(n: int, unit: str = "") -> list[str]:
    out = [str(n)] + ([EN[n]] if n < len(EN) else [])
    return out + ([f"{n} {unit}", f"{n}{unit}"] if unit else [])


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}",
           f"{h12}:{m:02d}{half[0]}.m.", f"{h12}.{m:02d}{half}"]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m.", f"{h12}o'clock"]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h % 12 or 12}{'' if m == 0 else f':{m:02d}'}{'AM' if h < 12 else 'PM'}"


def span(minutes: int) -> list[str]:
    """Ways of writing a duration given in minutes."""
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min", f"{minutes}min", f"{minutes} mins"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}"]
        out.append(f"{h}:{m:02d}")
        if m == 30:
            out += [f"{h}.5 hours", f"{h}.5 hrs", f"{h}.5h", f"{h} and a half hours"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs", f"{h} hr"]
    if m in (15, 45) or (m == 30 and not h):
        x = f"{minutes / 60:g}"
        out += [f"{x} hours", f"{x} hrs", f"{x}h", f"{x} hour"]
    if minutes == 30:
        out.append("half an hour")
    return out


def hours(h: Fraction | int) -> list[str]:
    """A whole or half number of hours."""
    return span(int(F(h) * 60))


def date_forms(when: dt.date, weekday: bool = False) -> list[str]:
    month, d = MONTHS[when.month - 1].lower(), when.day
    suffix = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [when.isoformat(), f"{month} {d}", f"{d} {month}", f"{month} {d}{suffix}",
           f"{d}{suffix} {month}", f"{d}{suffix} of {month}", f"{month[:3]} {d}",
           f"{d} {month[:3]}", f"{d:02d}/{when.month:02d}/{when.year}",
           f"{when.month:02d}/{d:02d}/{when.year}", f"{d}/{when.month}/{when.year}",
           f"{when.month}/{d}/{when.year}", f"{month[:3]} {d}{suffix}", f"{d}.{when.month}."]
    if weekday:
        out.append(when.strftime("%A").lower())
    return list(dict.fromkeys(out))


def words(*text: str) -> list[list[str]]:
    return [[t] for t in text]


def day(rng: random.Random, year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def family(make: Callable[[random.Random], Made]) -> Family:
    label = f"E_o_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                made = make(rng)
            except Tie:
                continue
            if made is not None:
                text, required, recipe = made
                return item(label, "ocr", text, required, image=recipe)

    draw.__name__ = make.__name__
    return fresh(draw)


def total(lines: list[Line]) -> int:
    return sum(c for _, c in lines)


def low(name: str) -> str:
    return name.lower()


def pick(rng: random.Random, *texts: str) -> str:
    return rng.choice(texts)


@family
def total_plain(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = pick(rng, "What's the total on this receipt?", "how much was the total",
                "Can you read me the total from this receipt please?", "total??")
    return text, [money(total(lines), True)], recipe


@family
def expense_claim(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["cafe", "restaurant", "books"]))
    text = pick(rng, "I need to put this in my expense report - what amount do I claim?",
                "Work lunch receipt attached. What figure goes on my expenses form?")
    return text, [money(total(lines), True)], recipe


@family
def line_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good, cents = rng.choice(lines)
    text = pick(rng, f"how much was the {low(good)}?",
                f"What did they charge me for the {low(good)} on this one?",
                f"Quick q: price of {low(good)} on the receipt?")
    return text, [money(cents, True)], recipe


@family
def priciest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good = max(lines, key=lambda x: x[1])[0]
    text = pick(rng, "Which item on this receipt cost the most?",
                "what was the most expensive thing I bought here",
                "Which line is the priciest?")
    return text, [[good]], recipe


@family
def cheapest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good = min(lines, key=lambda x: x[1])[0]
    text = pick(rng, "What's the cheapest item on here?",
                "which thing on this receipt was the least expensive?")
    return text, [[good]], recipe


@family
def cheapest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    cents = min(c for _, c in lines)
    text = pick(rng, "How much was the cheapest thing on this receipt?",
                "what's the lowest price on this receipt")
    return text, [money(cents, True)], recipe


@family
def priciest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    cents = max(c for _, c in lines)
    text = pick(rng, "What's the most I paid for a single item here?",
                "highest single price on this receipt?")
    return text, [money(cents, True)], recipe


@family
def count_and_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(2, 7))
    text = pick(rng, "How many items are on this receipt, and what's the total?",
                "count the lines on this receipt for me + tell me the total")
    return text, [count(len(lines), "items"), money(total(lines), True)], recipe


@family
def tip_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    p = rng.choice([10, 12, 15, 18, 20, 22, 25])
    text = pick(rng, f"If I tip {p}% on this bill, what do I pay altogether?",
                f"Bill's attached. Total including a {p} percent tip? round to the cent")
    return text, [money(F(total(lines) * (100 + p), 10000))], recipe


@family
def tip_only(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    p = rng.choice([10, 15, 18, 20, 25])
    text = pick(rng, f"how much is a {p}% tip on this?",
                f"What would a {p} percent tip come to on this receipt? (nearest cent)")
    return text, [money(F(total(lines) * p, 10000))], recipe


@family
def sales_tax(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["hardware", "books", "pets"]))
    p = rng.choice(["5", "6", "7", "8.25", "8.875", "9.5", "7.25"])
    value = F(total(lines), 100) * (1 + F(p) / 100)
    text = pick(rng, f"These prices are before tax. With {p}% sales tax on the whole thing, "
                     "what's the final amount? Round to cents.",
                f"add {p}% tax to this receipt's total pls (round to the cent)")
    return text, [money(value)], recipe


@family
def percent_off(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    p = rng.choice([5, 10, 15, 20, 25, 30, 40])
    text = pick(rng, f"I have a {p}% off coupon for the whole purchase. What would this come "
                     "to after it? round to the cent",
                f"what's this total with {p} percent taken off?")
    return text, [money(F(total(lines) * (100 - p), 10000))], recipe


@family
def split_even(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe", "grocery"]))
    k = rng.randint(2, 6)
    text = pick(rng, f"We're splitting this evenly between {k} people. How much each?",
                f"{EN[k]} of us, one bill. Per-person share, to the cent?",
                f"split this {k} ways please")
    return text, [money(F(total(lines), 100 * k))], recipe


@family
def split_with_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant", n=(3, 6), low=400)
    k, p = rng.randint(2, 5), rng.choice([10, 15, 20])
    text = (f"Dinner for {EN[k]}: add a {p}% tip to the total, then split it equally between "
            f"the {EN[k]} of us. What does each person pay? Round only at the end, to the cent.")
    return text, [money(F(total(lines) * (100 + p), 10000 * k))], recipe


@family
def convert_total(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    to = rng.choice([c for c in ["USD", "EUR", "GBP", "CAD", "AUD", "CHF"] if c != CODE[cur]])
    rate = fx(rng, CODE[cur], to)
    text = pick(rng, f"What's this total in {to}? Use 1 {CODE[cur]} = {float(rate):.2f} {to}.",
                f"convert the receipt total to {to} at 1 {CODE[cur]} = {float(rate):.2f} {to}, "
                "2 decimals")
    return text, [money(F(total(lines), 100) * rate)], recipe


@family
def change_from(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(2, 4), high=1800)
    paid = rng.choice([p for p in (20, 40, 50, 60, 100) if p * 100 > total(lines)])
    text = pick(rng, f"I paid with a {cur}{paid} note. How much change should I have got?",
                f"gave them {paid} {CASH[cur]} cash, what's my change?")
    return text, [money(paid * 100 - total(lines), True)], recipe


@family
def shop_name(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, n=(2, 4))
    text = pick(rng, "What's the name of the shop on this receipt?",
                "where's this receipt from?", "Which store is this receipt from?")
    return text, [[recipe["shop"]]], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    total_plain, expense_claim, line_price, priciest_name, cheapest_name, cheapest_price,
    priciest_price, count_and_total, tip_total, tip_only, sales_tax, percent_off, split_even,
    split_with_tip, convert_total, change_from, shop_name)]
