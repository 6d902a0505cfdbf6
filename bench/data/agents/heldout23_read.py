"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 1: receipts, tips, tax."""

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

KINDS: dict[str, tuple[list[str], list[str]]] = {
    "grocery": (["Fresh Mart", "Daily Foods", "Oak Grocery", "Save More"],
                ["Milk", "Eggs", "Bread", "Butter", "Bananas", "Basmati Rice", "Yogurt", "Chicken",
                 "Tomatoes", "Cereal", "Coffee", "Orange Juice", "Onions", "Cheese"]),
    "cafe": (["Bean Scene", "Cup and Cake", "Morning Brew", "Latte Lane"],
             ["Latte", "Cappuccino", "Croissant", "Muffin", "Flat White", "Green Tea", "Bagel",
              "Scone", "Mocha", "Brownie", "Toastie", "Smoothie"]),
    "hardware": (["Tool Barn", "Fix It Depot", "Handy Hardware"],
                 ["Hammer", "Screws", "Paint", "Drill Bits", "Tape", "Glue", "Sandpaper",
                  "Light Bulb", "Pliers", "Nails", "Brush", "Batteries"]),
    "restaurant": (["Bella Pasta", "Golden Wok", "The Grill", "Spice Garden"],
                   ["Steak", "Pasta", "Salad", "Soup", "Fish Tacos", "Curry", "Pizza",
                    "Dessert", "Wine", "Beer", "Lemonade", "Fries", "Rice Bowl"]),
    "pharmacy": (["Health First", "City Pharmacy", "Care Chemist"],
                 ["Aspirin", "Bandages", "Vitamin C", "Sunscreen", "Shampoo", "Toothpaste",
                  "Cough Drops", "Lotion", "Tissues", "Floss", "Eye Drops"]),
    "books": (["Page Turner", "Book Nook", "Read More"],
              ["Novel", "Cookbook", "Atlas", "Comic", "Diary", "Gel Pens", "Bookmark",
               "Magazine", "Map", "Calendar", "Puzzle Book"]),
    "pets": (["Paws and Co", "Pet Pantry", "Happy Tails"],
             ["Dog Food", "Cat Litter", "Chew Toy", "Leash", "Fish Food", "Treats",
              "Pet Bed", "Collar", "Bird Seed", "Brush"]),
}
CUR = ["$", "€", "£"]
CODE = {"$": "USD", "€": "EUR", "£": "GBP"}
WORD = {"$": "dollars", "€": "euros", "£": "pounds"}
OTHER = {"$": [("EUR", "0.92"), ("GBP", "0.79"), ("CAD", "1.37"), ("AUD", "1.52")],
         "€": [("USD", "1.17"), ("GBP", "0.86"), ("CHF", "0.94"), ("SEK", "11.2")],
         "£": [("USD", "1.27"), ("EUR", "1.16"), ("CAD", "1.74"), ("NZD", "2.12")]}
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PRINTED = dt.date(2026, 3, 14)


class Tie(ValueError):
    """A value too close to a rounding boundary; the draw is redone."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, kind: str = "", n: tuple[int, int] = (3, 5), lo: int = 99,
            hi: int = 2500, cur: str = "",
            names: list[str] | None = None) -> tuple[dict[str, Any], list[Line], str]:
    """A receipt with distinct goods at distinct prices (kept in cents)."""
    kind = kind or rng.choice(sorted(KINDS))
    shops, goods = KINDS[kind]
    cur = cur or rng.choice(CUR)
    hi = min(hi, 950) if kind == "cafe" else hi
    names = names or rng.sample(goods, rng.randint(*n))
    cents = rng.sample(range(lo, hi), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {"kind": "receipt", "shop": rng.choice(shops),
              "items": [(a, c / 100) for a, c in lines], "font": rng.randrange(4),
              "currency": cur, "degrade": degrade(rng)}
    return recipe, lines, cur


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


def tie(value: Fraction, places: int) -> bool:
    scaled = F(value) * 10**places
    return abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 100)


def money(value: Fraction | int, cents: bool = False) -> list[str]:
    """An amount to the cent in its accepted forms (value in cents with cents=True)."""
    value = F(value) / (100 if cents else 1)
    if (value * 100).denominator != 1 and tie(value, 2):
        raise Tie(value)
    r = F(round(value * 100), 100)
    out = [f"{float(r):.2f}", f"{float(r):,.2f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    elif (r * 10).denominator == 1:
        out += [f"{float(r):.1f}", f"{float(r):,.1f}"]
    return list(dict.fromkeys(out))


def num(value: Fraction | int, places: int = 0) -> list[str]:
    value = F(value)
    if (value * 10**places).denominator != 1 and tie(value, places):
        raise Tie(value)
    r = F(round(value * 10**places), 10**places)
    out = [f"{float(r):.{places}f}", f"{float(r):,.{places}f}"]
    if places and (r * 10 ** (places - 1)).denominator == 1:
        out += [f"{float(r):.{places}f}".rstrip("0").rstrip(".")]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    return list(dict.fromkeys(out))


def pct(value: Fraction | int, places: int = 1) -> list[str]:
    return [f"{v}%" for v in num(value, places)] + [f"{v} percent" for v in num(value, places)]


def cnt(k: int, unit: str = "") -> list[str]:
    # "one", "eight" and "ten" hide inside ordinary words (someone, weight, often): digits only
    out = [str(k)] + ([EN[k]] if 0 <= k < len(EN) and k not in (1, 8, 10) else [])
    return out + ([f"{k} {unit}"] if unit else [])


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m.",
           f"{h12}.{m:02d}{half}", f"{h:02d}{m:02d}"]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m.", f"{h12}o'clock"]
    return list(dict.fromkeys(out))


def twelve(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'AM' if h < 12 else 'PM'}"


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} mins", f"{minutes}min"]
    if h and m:
        for a in ("h", " hours", " hour", " hr", " hrs"):
            for b in ("m", " min", " minutes", " mins"):
                out += [f"{h}{a} {m}{b}", f"{h}{a} and {m}{b}"]
        out += [f"{h}:{m:02d}"]
        if m in (15, 30, 45):
            out += [f"{num(F(minutes, 60), 2)[-1]} hours"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs", f"{h} hr"]
    return list(dict.fromkeys(out))


def hours(value: Fraction) -> list[str]:
    """A number of hours that may be fractional, as a decimal or in hours and minutes."""
    mins = value * 60
    out = [f"{v} hours" for v in num(value, 2)] + [f"{v} hrs" for v in num(value, 2)]
    out += [f"{v}h" for v in num(value, 2)]
    if mins.denominator == 1:
        out += span(int(mins))
    return list(dict.fromkeys(out))


def dates(when: dt.date) -> list[str]:
    month, d = MONTHS[when.month - 1].lower(), when.day
    suffix = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [when.isoformat(), f"{month} {d}", f"{d} {month}", f"{month} {d}{suffix}",
           f"{d}{suffix} {month}", f"{d}{suffix} of {month}", f"{month[:3]} {d}",
           f"{d} {month[:3]}", f"{d:02d}/{when.month:02d}/{when.year}",
           f"{when.month:02d}/{d:02d}/{when.year}", f"{d}/{when.month}/{when.year}",
           f"{when.month}/{d}/{when.year}", f"{month[:3]}. {d}"]
    return list(dict.fromkeys(out))


def say(when: dt.date) -> str:
    return f"{MONTHS[when.month - 1]} {when.day}"


def words(*names: str) -> list[str]:
    return list(dict.fromkeys(x.lower() for x in names))


def family(make: Callable[[random.Random], Made]) -> Family:
    label = f"I_o_{make.__name__}"

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


def tot(lines: list[Line]) -> int:
    return sum(c for _, c in lines)


def lc(name: str) -> str:
    return name.lower()


def top(lines: list[Line]) -> Line:
    return max(lines, key=lambda x: x[1])


def bottom(lines: list[Line]) -> Line:
    return min(lines, key=lambda x: x[1])


def rate(rng: random.Random, choices: tuple[int | float, ...]) -> Fraction:
    return F(str(rng.choice(choices)))


def show(r: Fraction) -> str:
    """A stated rate written the way people type it (12.5, 15, 7.25)."""
    return f"{float(r):g}"


@family
def total_plain(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["what's the total on this receipt?", "How much did I spend here?",
                       "can u tell me the total on this pls", "Total amount on this receipt?",
                       "How much was this shop in the end?"])
    return text, [money(tot(lines), True)], recipe


@family
def line_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    text = rng.choice([f"how much was the {lc(name)}?", f"What did I pay for the {lc(name)} here?",
                       f"price of {lc(name)} on this receipt?",
                       f"Quick one - what does the receipt say the {lc(name)} cost?"])
    return text, [money(c, True)], recipe


@family
def item_count(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(2, 8))
    text = rng.choice(["How many items are on this receipt, and what's the total?",
                       "how many things did i buy here and how much was it all",
                       "Count the products on this receipt for me, and give me the total too",
                       "number of items + total on this receipt?"])
    return text, [cnt(len(lines), "items"), money(tot(lines), True)], recipe


@family
def priciest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What was the most expensive thing I bought?",
                       "which item on here cost the most", "Priciest item on this receipt?",
                       "What's the dearest item on this bill?"])
    return text, [words(top(lines)[0])], recipe


@family
def cheapest_name(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What was the cheapest item here?", "which thing cost the least?",
                       "Lowest priced item on this receipt please",
                       "what's the least expensive thing I got"])
    return text, [words(bottom(lines)[0])], recipe


@family
def priciest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["How much was the most expensive item on this receipt?",
                       "what's the highest single price on here?",
                       "The priciest line on this receipt - how much was it?"])
    return text, [money(top(lines)[1], True)], recipe


@family
def cheapest_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What's the price of the cheapest thing on here?",
                       "lowest price on this receipt?",
                       "How much did the least expensive item cost?"])
    return text, [money(bottom(lines)[1], True)], recipe


@family
def price_gap(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["How much more was the most expensive item than the cheapest one?",
                       "difference between the priciest and cheapest items on this receipt?",
                       "What's the gap in price between the dearest and cheapest thing here?"])
    return text, [money(top(lines)[1] - bottom(lines)[1], True)], recipe


@family
def tip_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    r = rate(rng, (10, 12, 15, 18, 20, 22, 25))
    text = rng.choice([f"What's the total if I add a {show(r)}% tip?",
                       f"add {show(r)} percent tip to this bill - what do I pay altogether?",
                       f"Total with a {show(r)}% tip on top, to the cent?"])
    return text, [money(tot(lines) * (1 + r / 100), True)], recipe


@family
def tip_only(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    r = rate(rng, (10, 15, 18, 20, 12.5))
    text = rng.choice([f"How much is a {show(r)}% tip on this?",
                       f"i want to leave {show(r)}%. how much tip is that?",
                       f"What would a {show(r)} percent tip come to on this bill (just the tip)?"])
    return text, [money(tot(lines) * r / 100, True)], recipe


@family
def tax_added(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (5, 6, 7, 8, 8.5, 9.5, 6.25, 7.25))
    text = rng.choice([f"These prices are before sales tax. With {show(r)}% tax, what's the total?",
                       f"add {show(r)}% tax to the total on here",
                       f"What would this come to once {show(r)}% sales tax is added?"])
    return text, [money(tot(lines) * (1 + r / 100), True)], recipe


@family
def tax_only(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (4, 5, 6, 7, 8, 8.25, 9))
    text = rng.choice([f"How much tax would {show(r)}% be on this receipt's total?",
                       f"sales tax is {show(r)}% here, how much tax is that on this?",
                       f"What's {show(r)}% of the total on this receipt?"])
    return text, [money(tot(lines) * r / 100, True)], recipe


@family
def discount_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (5, 10, 15, 20, 25, 30, 40))
    text = rng.choice([f"I have a {show(r)}% off coupon for the whole order. What would I pay?",
                       f"total after {show(r)}% discount?",
                       f"If they take {show(r)} percent off everything on this receipt, what's "
                       f"the new total?"])
    return text, [money(tot(lines) * (1 - r / 100), True)], recipe


@family
def discount_saved(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (10, 15, 20, 25, 30, 35))
    text = rng.choice([f"How much would I save with {show(r)}% off this total?",
                       f"staff discount is {show(r)}%. how much does that knock off this receipt?",
                       f"What's a {show(r)}% discount worth on this shop?"])
    return text, [money(tot(lines) * r / 100, True)], recipe


@family
def split_even(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe", "grocery"]))
    k = rng.randint(2, 6)
    who = rng.choice([str(k), EN[k]])
    text = rng.choice([f"We're splitting this evenly between {who} people. How much each?",
                       f"split this bill {who} ways - what does each person pay?",
                       f"{who} of us are sharing this equally, what's each share? (to the cent)"])
    return text, [money(F(tot(lines), k), True)], recipe


@family
def split_with_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant")
    k, r = rng.randint(2, 5), rate(rng, (10, 15, 18, 20))
    text = rng.choice([f"Add a {show(r)}% tip and split it between {k} of us. How much each?",
                       f"{k} people, {show(r)}% tip on the total, even split - what's my share?",
                       f"With {show(r)}% tip included, what does each of {k} people pay?"])
    text += " Round only at the end."
    return text, [money(F(tot(lines), k) * (1 + r / 100), True)], recipe


@family
def convert_total(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    code, r = rng.choice(OTHER[cur])
    text = rng.choice([f"What's the total in {code}? Use 1 {CODE[cur]} = {r} {code}.",
                       f"convert this receipt total to {code} at {r} {code} per {CODE[cur]}",
                       f"At 1 {CODE[cur]} = {r} {code}, how much is this in {code}, to 2 "
                       f"decimals?"])
    return text, [money(tot(lines) * F(r), True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    total_plain, line_price, item_count, priciest_name, cheapest_name, priciest_price,
    cheapest_price, price_gap, tip_total, tip_only, tax_added, tax_only, discount_total,
    discount_saved, split_even, split_with_tip, convert_total)]
