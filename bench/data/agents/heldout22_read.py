"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 1: shared image helpers
and till-receipt question kinds."""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[dict[str, Any], dict[str, Any], list[list[str]]] | None
Kind = Callable[[random.Random], Made]

SHOPS = {
    "cafe": ["Bean There Cafe", "Daily Grind", "Little Roast", "Cup and Crumb"],
    "grocery": ["FreshWay Foods", "Hillside Grocer", "Save More Mart", "Oak Lane Store"],
    "hardware": ["Bolt and Nut", "Handy Hardware", "Tool Barn"],
    "pharmacy": ["Green Cross", "Town Pharmacy", "Medi Plus"],
    "pub": ["The Red Lion", "Fox and Hound", "The Anchor"],
    "books": ["Page Turner", "Book Nook", "Ink and Paper"],
    "pets": ["Paws Corner", "Happy Tails", "Pet Pantry"],
}
GOODS = {
    "cafe": ["Latte", "Espresso", "Croissant", "Muffin", "Scone", "Flat White", "Bagel",
             "Hot Chocolate", "Toastie", "Brownie", "Chai", "Orange Juice"],
    "grocery": ["Bananas", "Milk", "Eggs", "Rice", "Butter", "Chicken", "Yogurt", "Carrots",
                "Coffee Beans", "Olive Oil", "Tomatoes", "Oats", "Cheddar"],
    "hardware": ["Screws", "Hammer", "Paint Brush", "Tape Measure", "Light Bulb", "Glue",
                 "Sandpaper", "Drill Bits", "Gloves", "Padlock", "Hooks", "Pliers"],
    "pharmacy": ["Plasters", "Vitamin C", "Sun Cream", "Toothpaste", "Shampoo", "Tissues",
                 "Cough Drops", "Hand Cream", "Paracetamol", "Floss", "Eye Drops"],
    "pub": ["Pint Lager", "Cider", "Fish and Chips", "Burger", "Wine Glass", "Crisps",
            "Lemonade", "Pie", "Nachos", "Salad", "Sticky Toffee"],
    "books": ["Novel", "Cookbook", "Atlas", "Diary", "Bookmark", "Notebook", "Comic",
              "Map", "Pens", "Gift Card", "Puzzle Book"],
    "pets": ["Dog Food", "Cat Litter", "Chew Toy", "Bird Seed", "Collar", "Lead",
             "Fish Flakes", "Treats", "Pet Bed", "Brush", "Catnip"],
}
CURRENCIES = ["$", "€", "£"]
WORD = {"$": "dollars", "€": "euros", "£": "pounds"}
CODE = {"$": "USD", "€": "EUR", "£": "GBP"}
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Tie(ValueError):
    """A value sits on or next to a rounding boundary: draw again."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, count: tuple[int, int] = (3, 6), low: int = 90,
            high: int = 2500, cur: str = "") -> tuple[dict[str, Any], list[tuple[str, int]], str]:
    """A receipt recipe: distinct goods with distinct prices, prices kept in cents."""
    kind = rng.choice(sorted(GOODS))
    cur = cur or rng.choice(CURRENCIES)
    names = rng.sample(GOODS[kind], rng.randint(*count))
    cents = rng.sample(range(low, high), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {"kind": "receipt", "shop": rng.choice(SHOPS[kind]),
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
    return abs(scaled - math.floor(scaled) - Fraction(1, 2)) < Fraction(1, 100)


def money(value: Fraction | int, cents: bool = False) -> list[str]:
    """An amount to the cent (given in cents with cents=True) in its accepted forms."""
    value = Fraction(value) / (100 if cents else 1)
    if value.denominator != 1 and near_tie(value, 2):
        raise Tie(value)
    r = Fraction(round(value * 100), 100)
    out = [f"{float(r):.2f}", f"{float(r):,.2f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    elif (r * 10).denominator == 1:
        out += [f"{float(r):.1f}", f"{float(r):,.1f}"]
    return list(dict.fromkeys(out))


def number(value: Fraction | int, places: int = 0) -> list[str]:
    value = Fraction(value)
    if value.denominator != 1 and near_tie(value, places):
        raise Tie(value)
    r = Fraction(round(value * 10**places), 10**places)
    out = [f"{float(r):.{places}f}", f"{float(r):,.{places}f}"]
    if r.denominator == 1:
        out += [str(int(r)), f"{int(r):,}"]
    return list(dict.fromkeys(out))


def count(n: int) -> list[str]:
    # audit: no word form that sits inside common words ("none", "phone", "often", "weight")
    safe = n < len(EN) and EN[n] not in ("one", "ten", "eight")
    return [str(n)] + ([EN[n]] if safe else [])


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m.",
           f"{h12}.{m:02d}{half}"]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m.", f"{h12} o'clock"]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def span(minutes: int) -> list[str]:
    """A duration given in minutes, in the ways people write it."""
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min", f"{minutes}min", f"{minutes} mins"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}", f"{h}{hw}, {m}{mw}"]
        if m == 30:
            out += [f"{h}.5 hours", f"{h}.5 hrs", f"{h}.5h", f"{h} and a half hours"]
        if m in (15, 45):
            out += [f"{h}.{m * 100 // 60} hours"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs", f"{h} hr"]
    return list(dict.fromkeys(out))


def date_forms(when: dt.date) -> list[str]:
    month, d = MONTHS[when.month - 1].lower(), when.day
    suffix = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    out = [when.isoformat(), f"{month} {d}", f"{d} {month}", f"{month} {d}{suffix}",
           f"{d}{suffix} {month}", f"{d}{suffix} of {month}", f"{month[:3]} {d}",
           f"{d} {month[:3]}", f"{d:02d}/{when.month:02d}/{when.year}",
           f"{when.month:02d}/{d:02d}/{when.year}", f"{d}/{when.month}/{when.year}",
           f"{when.month}/{d}/{when.year}", f"{d} {month} {when.year}",
           f"{d} {month[:3]} {when.year}", f"{d}{suffix} {month} {when.year}",
           f"{d}{suffix} of {month} {when.year}"]
    return list(dict.fromkeys(out))


def days(n: int) -> list[str]:
    return [f"{n} days", f"{n} day", f"{n}days"] + ([f"{EN[n]} days"] if n < len(EN) else [])


def F(name: str, kind: Kind, templates: str) -> Family:
    """A family: the kind draws the image and the answer, one of the `|`-separated
    templates words the request. Recent answers are not repeated, so draws vary."""
    label = f"A_o_{name}"
    shapes = [t.strip() for t in templates.split("|")]
    recent: list[str] = []

    def draw(rng: random.Random) -> Item:
        for tries in range(400):
            try:
                made = kind(rng)
            except Tie:
                continue
            if made is None:
                continue
            recipe, v, req = made
            key = json.dumps(req)
            if key in recent and tries < 300:
                continue
            recent.append(key)
            del recent[:-6]
            return item(label, "ocr", rng.choice(shapes).format(**v), req, image=recipe)
        raise RuntimeError(label)

    draw.__name__ = name
    return fresh(draw)


def pick(rng: random.Random, options: list[Any]) -> Any:
    return rng.choice(options)


def cents(c: int, cur: str) -> str:
    return f"{cur}{c / 100:.2f}"


# ---- receipt kinds: each returns (recipe, template values, required) ----

def base(rng: random.Random, lines: list[tuple[str, int]], cur: str) -> dict[str, Any]:
    name, price = rng.choice(lines)
    return {"c": cur, "cw": WORD[cur], "name": name, "low": name.lower(),
            "n_items": len(lines), "price": price}


def r_total(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    return recipe, base(rng, lines, cur), [money(sum(c for _, c in lines), True)]


def r_line(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    v = base(rng, lines, cur)
    return recipe, v, [money(v["price"], True)]


def r_count(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(2, 9))
    return recipe, base(rng, lines, cur), [count(len(lines))]


def r_max_name(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    return recipe, base(rng, lines, cur), [[max(lines, key=lambda x: x[1])[0]]]


def r_min_name(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    return recipe, base(rng, lines, cur), [[min(lines, key=lambda x: x[1])[0]]]


def r_second_name(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 6))
    return recipe, base(rng, lines, cur), [[sorted(lines, key=lambda x: -x[1])[1][0]]]


def r_max_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    return recipe, base(rng, lines, cur), [money(max(c for _, c in lines), True)]


def r_min_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    return recipe, base(rng, lines, cur), [money(min(c for _, c in lines), True)]


def _rate(rng: random.Random, options: list[int]) -> tuple[int, Fraction]:
    p = rng.choice(options)
    return p, Fraction(p, 100)


def r_tip_total(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [10, 12, 15, 18, 20, 22, 25])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * (1 + f), True)]


def r_tip_only(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [10, 12, 15, 18, 20, 25])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * f, True)]


def r_tax_total(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [5, 6, 7, 8, 9, 10, 13, 20])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * (1 + f), True)]


def r_tax_only(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [5, 6, 7, 8, 9, 10, 13, 20])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * f, True)]


def r_disc(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [5, 10, 15, 20, 25, 30, 40])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * (1 - f), True)]


def r_disc_saved(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p, f = _rate(rng, [5, 10, 15, 20, 25, 30])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(t * f, True)]


def r_split(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    n = rng.randint(2, 6)
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "n": n, "nw": EN[n]}, [money(Fraction(t, n), True)]


def r_split_tip(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    n = rng.randint(2, 5)
    p, f = _rate(rng, [10, 15, 18, 20])
    t = sum(c for _, c in lines)
    # audit: the result must not depend on whether total+tip is rounded to the cent first
    with_tip = t * (1 + f)
    first = Fraction(round(with_tip), n)
    if near_tie(with_tip, 0) or money(first, True) != money(with_tip / n, True):
        return None
    return (recipe, {**base(rng, lines, cur), "n": n, "nw": EN[n], "pct": p},
            [money(with_tip / n, True)])



fam_total_terse = F("total_terse", r_total,
                    "total?|whats the total|total on this pls|how much was it all together")
fam_total_story = F("total_story", r_total, (
    "just got back from the shop, what did I end up spending? receipt attached|"
    "Can you tell me the total on this receipt?|"
    "my hubby wants to know how much the shopping came to, can you read it off the receipt"))
fam_total_bookkeep = F("total_bookkeep", r_total, (
    "I'm logging expenses - what's the grand total printed on this one?|"
    "for my budget spreadsheet: total amount on the receipt please, in {cw}|"
    "expense claim time. what's the receipt total?"))
fam_line_price = F("line_price", r_line, (
    "how much was the {low}?|what did the {name} cost|price of the {low} on this receipt?"))
fam_line_check = F("line_check", r_line, (
    "I think they overcharged me for the {low}. what does the receipt say I paid for it?|"
    "Quick one: the {name} line, how much is it?|can u read the {low} price off this"))
fam_count_lines = F("count_lines", r_count, (
    "how many items are on this receipt?|How many different things did I buy?|"
    "count the lines on the receipt for me (not counting the total)"))
fam_count_casual = F("count_casual", r_count, (
    "number of products on this receipt?|how many items did i get, going by the receipt|"
    "My kid says we bought loads. How many items does the receipt actually list?"))
fam_max_name = F("max_name", r_max_name, (
    "what was the most expensive thing I bought?|which item cost the most?|"
    "which line on this receipt is the priciest?"))
fam_max_name_blame = F("max_name_blame", r_max_name, (
    "ok which item blew the budget, i.e. the single most expensive one here|"
    "Looking at this receipt, what's the biggest single purchase?"))
fam_min_name = F("min_name", r_min_name, (
    "what's the cheapest item on the receipt?|which thing cost the least|"
    "Which item was the least expensive?"))
fam_second_name = F("second_name", r_second_name, (
    "which item was the second most expensive?|what's the 2nd priciest thing on here?|"
    "not the most expensive, the one after it - which item is that?"))
fam_max_price = F("max_price", r_max_price, (
    "how much was the most expensive item?|what's the highest price on this receipt?|"
    "priciest single item - how much?"))
fam_min_price = F("min_price", r_min_price, (
    "how much was the cheapest thing?|what's the lowest price on the receipt|"
    "smallest single amount on here (ignore the total)?"))
fam_tip_total = F("tip_total", r_tip_total, (
    "we want to leave a {pct}% tip on this bill. what's the total with the tip? round to the cent|"
    "Add {pct} percent tip to this receipt's total, what do I pay? (nearest cent)|"
    "total plus {pct}% tip? round to 2 decimals"))
fam_tip_amount = F("tip_amount", r_tip_only, (
    "how much is a {pct}% tip on this bill? round to the cent|"
    "What would {pct}% of the total be, for the tip? nearest cent please|"
    "tip at {pct}%: how much, to the cent?"))
fam_tip_generous = F("tip_generous", r_tip_total, (
    "service was great so I'm tipping {pct}% on the receipt total. how much should I pay in all? "
    "round to cents|"
    "If I add a {pct}% tip what's the final amount? (round to the nearest cent)"))
fam_tax_total = F("tax_total", r_tax_total, (
    "sales tax of {pct}% gets added to this. what's the total with tax? round to the cent|"
    "The receipt total is before tax. Add {pct}% tax, what's the final number (to the cent)?|"
    "total + {pct}% tax = ? nearest cent"))
fam_tax_only = F("tax_only", r_tax_only, (
    "how much would {pct}% tax on this come to? round to cents|"
    "If tax is {pct}% of the total shown, how much tax is that? to the nearest cent"))
fam_disc_total = F("disc_total", r_disc, (
    "I have a {pct}% off voucher for the whole receipt. what would I pay? round to the cent|"
    "with {pct}% off the total, how much is it? nearest cent|"
    "Staff discount is {pct}% off the total. What's the price after the discount (to the cent)?"))
fam_disc_saved = F("disc_saved", r_disc_saved, (
    "how much do I save with {pct}% off this total? round to the cent|"
    "if I'd used my {pct}% discount code how much would I have saved? nearest cent"))
fam_split = F("split", r_split, (
    "split this bill {n} ways, how much each? round to the cent|"
    "There were {nw} of us, we're splitting the total evenly. What does each person pay (nearest "
    "cent)?|"
    "divide the total by {n} people pls, to the cent"))
fam_split_roomies = F("split_roomies", r_split, (
    "me and my flatmates ({n} of us in total) share groceries evenly, what's each person's share "
    "of this receipt? to the cent|"
    "Receipt total shared equally among {n} people including me - how much per person, rounded "
    "to cents?"))
fam_split_tip = F("split_tip", r_split_tip, (
    "add a {pct}% tip to the total and split it {n} ways. how much each, to the cent?|"
    "{nw} of us at dinner, total plus {pct}% tip, split equally. per person (nearest cent)?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_total_terse, fam_total_story, fam_total_bookkeep, fam_line_price, fam_line_check,
    fam_count_lines, fam_count_casual, fam_max_name, fam_max_name_blame, fam_min_name,
    fam_second_name, fam_max_price, fam_min_price, fam_tip_total, fam_tip_amount,
    fam_tip_generous, fam_tax_total, fam_tax_only, fam_disc_total, fam_disc_saved, fam_split,
    fam_split_roomies, fam_split_tip)]
