"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 1: shared image helpers
and questions on photographed till receipts (shares, caps, ratios, fees, dates)."""

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

SHOPS = {
    "chemist": ["Main St Pharmacy", "Well Chemist", "Care Plus"],
    "garden": ["Rose Garden Ctr", "Leaf and Root", "Greenfingers"],
    "bike": ["Spoke Cycles", "Pedal Works", "Chain Ring"],
    "toys": ["Toy Chest", "Play Time", "Kite and Kids"],
    "cinema": ["Odeon Snacks", "Reel Foods", "Star Cinema"],
    "market": ["Sunday Market", "Farm Stand", "Village Shop"],
    "diner": ["Rosie's Diner", "Noodle Bar", "Taco Spot", "Pizza Corner"],
}
GOODS = {
    "chemist": ["Toothpaste", "Plasters", "Sun Cream", "Shampoo", "Vitamins", "Cough Syrup",
                "Hand Soap", "Tissues", "Lip Balm", "Ibuprofen", "Razors", "Deodorant"],
    "garden": ["Compost", "Seeds", "Trowel", "Plant Pot", "Hose Nozzle", "Fertiliser",
               "Rake", "Bird Feeder", "Tulip Bulbs", "Twine", "Watering Can", "Pruners"],
    "bike": ["Inner Tube", "Bike Light", "Chain Oil", "Pump", "Bell", "Brake Pads",
             "Helmet", "Bottle Cage", "Lock", "Gloves", "Tyre Levers", "Saddle Bag"],
    "toys": ["Puzzle", "Yo-Yo", "Crayons", "Board Game", "Kite", "Play Dough", "Marbles",
             "Teddy Bear", "Card Game", "Bubbles", "Toy Car", "Skipping Rope"],
    "cinema": ["Popcorn", "Nachos", "Cola", "Hot Dog", "Water", "Candy", "Slushie",
               "Ice Cream", "Pretzel", "Lemonade"],
    "market": ["Apples", "Honey", "Eggs", "Sourdough", "Cheese", "Jam", "Potatoes",
               "Flowers", "Plums", "Leeks", "Cider", "Chutney"],
    "diner": ["Burger", "Fries", "Milkshake", "Pancakes", "Salad", "Soup", "Noodles",
              "Tacos", "Pizza", "Coffee", "Pie", "Iced Tea", "Wings", "Dumplings"],
}
CURRENCIES = ["$", "€", "£"]
WORD = {"$": "dollars", "€": "euros", "£": "pounds"}
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
RECEIPT_DAY = dt.date(2026, 3, 14)


class Tie(ValueError):
    """A value sits on (or next to) a rounding boundary; the draw is redone."""


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, kind: str = "", count: tuple[int, int] = (3, 5),
            low: int = 80, high: int = 2400, cur: str = "",
            names: list[str] | None = None) -> tuple[dict[str, Any], list[Line], str]:
    """A receipt recipe with distinct goods and distinct prices (prices in cents)."""
    kind = kind or rng.choice(sorted(GOODS))
    cur = cur or rng.choice(CURRENCIES)
    names = names or rng.sample(GOODS[kind], rng.randint(*count))
    cents = rng.sample(range(low, high), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {"kind": "receipt", "shop": rng.choice(SHOPS.get(kind, ["Corner Shop"])),
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
    return abs(scaled - math.floor(scaled) - Fraction(1, 2)) < Fraction(1, 200)


def money(value: Fraction | int | float, cents: bool = False) -> list[str]:
    """Accepted forms of an amount (in units, or in cents with cents=True), to the cent."""
    value = Fraction(value) / (100 if cents else 1)
    if near_tie(value, 2):
        raise Tie(value)
    rounded = Fraction(round(value * 100), 100)
    out = [f"{float(rounded):.2f}", f"{float(rounded):,.2f}"]
    if rounded.denominator == 1:
        out += [str(int(rounded)), f"{int(rounded):,}"]
    elif (rounded * 10).denominator == 1:
        out += [f"{float(rounded):.1f}", f"{float(rounded):,.1f}"]
    return list(dict.fromkeys(out))


def number(value: Fraction | int | float, places: int = 0) -> list[str]:
    """A value rounded to `places` decimals, with and without thousands commas."""
    value = Fraction(value)
    if value.denominator != 1 and near_tie(value, places):
        raise Tie(value)
    rounded = round(value, places)
    out = [f"{float(rounded):.{places}f}", f"{float(rounded):,.{places}f}"]
    if places > 1:
        out.append(f"{float(rounded):.{places}f}".rstrip("0").rstrip("."))
    if Fraction(rounded).denominator == 1:
        out += [str(int(rounded)), f"{int(rounded):,}"]
    return list(dict.fromkeys(out))


def count(n: int, unit: str = "") -> list[str]:
    out = [str(n)] + ([EN[n]] if n < len(EN) else [])
    return out + ([f"{n} {unit}", f"{n}{unit}"] if unit else [])


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}",
           f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def span(minutes: int) -> list[str]:
    """Ways of writing a duration given in minutes."""
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min", f"{minutes}min"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}"]
        out.append(f"{h}:{m:02d}")
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs"]
    return out


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


def family(make: Callable[[random.Random], Made]) -> Family:
    label = f"B_o_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                made = make(rng)
            except Tie:
                continue
            if made is not None:
                text, required, recipe = made
                return item(label, "ocr", text, required, image=recipe)

    return fresh(draw)


def total(lines: list[Line]) -> int:
    return sum(c for _, c in lines)


def low(name: str) -> str:
    return name.lower()


@family
def sister_owes(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    return (f"The {low(a)} and the {low(b)} on this receipt were for my sister, I just paid. "
            "How much does she owe me?", [money(ca + cb, True)], recipe)


@family
def price_ratio(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5), low=100, high=3000)
    hi, lo = max(c for _, c in lines), min(c for _, c in lines)
    if hi < 2 * lo:
        return None
    text = rng.choice([
        "How many times more expensive is the priciest thing on here than the cheapest? "
        "Give it to one decimal place.",
        "the most expensive item here is how many times the price of the cheapest one? 1 decimal",
        "Ratio of the dearest item to the cheapest on this receipt, to one decimal place?"])
    return text, [number(Fraction(hi, lo), 1)], recipe


@family
def statement_mismatch(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(2, 4))
    extra = rng.randint(25, 1500)
    shown = total(lines) + extra
    return (f"my bank app shows {cur}{shown / 100:.2f} for this shop but here's the receipt. "
            "how much more did they take than the receipt says?", [money(extra, True)], recipe)


@family
def each_in_pack(rng: random.Random) -> Made:
    kind = rng.choice(["market", "chemist", "cinema"])
    base = rng.sample(GOODS[kind], rng.randint(2, 3))
    n = rng.choice([2, 3, 4, 5, 6, 8])
    i = rng.randrange(len(base))
    names = [f"{n}x {g}" if j == i else g for j, g in enumerate(base)]
    recipe, lines, _ = receipt(rng, kind=kind, names=names, low=150, high=2400)
    cents = lines[i][1]
    value = Fraction(cents, 100 * n)
    if near_tie(value, 2):
        return None
    return (f"The {low(base[i])} line is for a multipack of {n}. What did one work out at? "
            "(round to the cent)", [money(value)], recipe)


@family
def days_since(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, count=(2, 4))
    gap = rng.randint(9, 200)
    today = RECEIPT_DAY + dt.timedelta(days=gap)
    return (f"Today's {MONTHS[today.month - 1]} {today.day}, {today.year}. How many days ago "
            "was this receipt printed? Go by the date on it.", [count(gap, "days")], recipe)


@family
def which_weekday(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, count=(2, 4))
    gap = rng.choice([k for k in range(2, 45) if k % 7])
    day = (RECEIPT_DAY + dt.timedelta(days=gap)).strftime("%A")
    text = rng.choice([f"Payday was {gap} days after the date on this receipt. What day of the "
                       "week was payday?",
                       f"The parcel came {gap} days after this shopping trip (date's on the "
                       "receipt). Which weekday did it arrive?",
                       f"going by the date printed here, what weekday is {gap} days later?"])
    return text, [[day.lower()]], recipe


@family
def own_plus_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="diner", count=(4, 5), low=300, high=2200)
    good, mine = rng.choice(lines)
    people = rng.randint(2, 5)
    value = Fraction(mine, 100) + Fraction(total(lines) - mine, 100 * people)
    return (f"Dinner bill. I'm paying for the {low(good)} on my own, and the rest gets split "
            f"evenly {EN[people]} ways including me. What's my part in total? Nearest cent.",
            [money(value)], recipe)


@family
def line_discount_missed(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["garden", "bike", "toys"]))
    good, cents = rng.choice(lines)
    pct = rng.choice([10, 15, 20, 25, 30, 40, 50])
    value = Fraction(total(lines) * 100 - cents * pct, 10000)
    return (f"The shelf said the {low(good)} was {pct}% off but it rang up at full price. If "
            "only that line gets the discount, what should the receipt total have been?",
            [money(value)], recipe)


@family
def notes_needed(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=200, high=3000)
    note = rng.choice([5, 10, 20])
    t = total(lines)
    if t % (note * 100) == 0:
        return None
    n = math.ceil(t / (note * 100))
    return (f"If I only pay with {cur}{note} notes, what's the fewest notes I need to hand over "
            "for this?", [count(n, "notes")], recipe)


@family
def average_without_top(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    rest = sorted(c for _, c in lines)[:-1]
    value = Fraction(sum(rest), 100 * len(rest))
    text = rng.choice([
        "Leave out the single most expensive item - what's the average price of everything "
        "else on this receipt? To the cent please.",
        "Ignoring the priciest line, what's the mean price of the remaining items? Nearest cent.",
        "if you drop the most expensive thing, what do the other items average out to (to the "
        "cent)?"])
    return text, [money(value)], recipe


@family
def claim_under_cap(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["chemist", "bike"]), count=(4, 5),
                                 low=150, high=2500)
    cap = rng.choice([8, 10, 12, 15])
    under = [c for _, c in lines if c < cap * 100]
    if not under or len(under) == len(lines):
        return None
    return (f"work will refund any single item under {cur}{cap} on this receipt, but nothing "
            "that cost more than that. how much can I claim back?", [money(sum(under), True)],
            recipe)


@family
def capped_claim(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="diner", count=(3, 5), low=300, high=2500)
    cap = rng.choice([8, 10, 12, 15])
    over = [c for _, c in lines if c > cap * 100]
    if not over:
        return None
    value = sum(min(c, cap * 100) for _, c in lines)
    return (f"My expense policy covers up to {cur}{cap} per item, anything above that I pay "
            "myself. Based on this receipt, how much will the company reimburse?",
            [money(value, True)], recipe)


@family
def closest_to(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=100, high=2000)
    target = rng.randint(3, 18) * 100
    gaps = sorted((abs(c - target), n) for n, c in lines)
    if gaps[1][0] - gaps[0][0] < 60:
        return None
    return (f"Which thing on this receipt cost closest to {cur}{target // 100}?",
            [[low(gaps[0][1])]], recipe)


@family
def resale_markup(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["toys", "market"]))
    good, cents = rng.choice(lines)
    pct = rng.choice([20, 25, 30, 35, 40, 50, 60])
    value = Fraction(cents * (100 + pct), 10000)
    return (f"I'm going to resell the {low(good)} at my stall with a {pct} percent markup on "
            "what I paid here. What price should I put on it? round to the cent",
            [money(value)], recipe)


@family
def card_fee(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), low=300, high=4000)
    fee = rng.choice(["1.5", "2", "2.5", "2.75", "2.99", "3"])
    value = Fraction(total(lines)) * Fraction(fee) / 10000
    return (f"My card charges a {fee}% foreign transaction fee. On this receipt, how much is "
            f"just the fee, in {WORD[cur]}? Round to the cent.", [money(value)], recipe)


@family
def first_lines_sum(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    k = rng.choice([2, 3])
    return (f"What do the first {EN[k]} items on this receipt (reading from the top) add up "
            "to?", [money(sum(c for _, c in lines[:k]), True)], recipe)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sister_owes, price_ratio, statement_mismatch, each_in_pack, days_since, which_weekday,
    own_plus_share, line_discount_missed, notes_needed, average_without_top, claim_under_cap,
    capped_claim, closest_to, resale_markup, card_fee, first_lines_sum)]
