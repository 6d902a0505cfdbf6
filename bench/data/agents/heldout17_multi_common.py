"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part 1: shared helpers
(rounding checks, clock times, answer forms) and receipt-photo requests."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from bench.data.agents.heldout9_multi_common import (
    PLOT,
    F,
    Fraction,
    convert,
    forms,
    money,
    receipt,
    tie,
)
from bench.data.agents.helpers import Family, fresh, item, labelled

CHART = [*PLOT, "Here's the chart"]
Made = tuple[Any, ...] | None


def family(make: Callable[[random.Random], Made]) -> Family:
    """Names the family ``M_m_<function>``, draws until ``make`` returns (text, parts[, extra])."""
    name = f"M_m_{make.__name__}"

    def draw(rng: random.Random) -> dict[str, Any]:
        while True:
            got = make(rng)
            if got is not None:
                text, parts, *rest = got
                return item(name, "multi", text, parts, **(rest[0] if rest else {}))

    wrapped = fresh(draw)
    wrapped.__name__ = name
    return wrapped


def near(x: float | Fraction, places: int = 0, gap: float = 0.02) -> bool:
    """True when ``x`` is too close to a rounding boundary at ``places`` decimals."""
    scaled = abs(float(x)) * 10 ** places
    return abs(scaled - int(scaled) - 0.5) < gap


def num(x: float | Fraction, places: int = 2) -> list[str]:
    return forms(F(x) if isinstance(x, Fraction) else F(str(round(float(x), 10))), places)


def cash(x: Fraction) -> list[str]:
    """Money to two decimals: 12.5 and 12.50, 1,234.50."""
    return forms(x, 2)


def stat(names: list[str], x: float | Fraction, places: int = 2) -> list[str]:
    return [form for v in num(x, places) for form in labelled(names, v)]


def clock(minutes: int) -> list[str]:
    """A time of day in 24-hour and 12-hour spellings."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    twelve = (h - 1) % 12 + 1
    half = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{twelve}:{m:02d} {half}", f"{twelve}:{m:02d} {half[0]}.m."]
    if h < 10:
        out.append(f"{h}:{m:02d} am")
    return list(dict.fromkeys(out))


def say(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------- receipt photos


@family
def receipt_tip(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    pct = rng.choice([15, 18, 20, 22])
    tip = total * pct / 100
    if tie(tip) or tie(total + tip):
        return None
    text = pick(rng, f"whats the total on this receipt? and if I add a {pct}% tip on top what do "
                     "I pay all in", f"Two things: 1) read me the total on this bill 2) work out a "
                     f"{pct}% tip and the amount including the tip. Round to the cent.")
    return text, [cash(total), cash(F(tip)), cash(total + tip)], {"image": recipe}


@family
def receipt_split(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    people = rng.choice([2, 3, 4, 5])
    share = total / people
    if tie(share):
        return None
    word = ["", "", "two", "three", "four", "five"][people]
    text = (f"We were {word} of us at lunch, here's the receipt. What did it come to, and how much "
            "does each of us owe if we split evenly? (to the nearest cent)")
    return text, [cash(total), cash(share)], {"image": recipe}


@family
def receipt_to_euros(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return None
    text = ("Receipt from my trip attached (it's in dollars). Can you tell me the total and then "
            "what that is in euros? Use 1 EUR = 1.17 USD")
    return text, [cash(total), money(eur, "EUR") + cash(eur)], {"image": recipe}


@family
def receipt_dearest(rng: random.Random) -> Made:
    recipe, total, goods = receipt(rng)
    prices = sorted(p for _, p in goods)
    if prices[-1] == prices[-2]:
        return None
    top = max(goods, key=lambda g: g[1])
    share = top[1] / total * 100
    if near(share, 1):
        return None
    text = ("which item on this receipt cost the most, and what percent of the whole bill was "
            "it? one decimal place is fine")
    return text, [[top[0]], num(share, 1)], {"image": recipe}


@family
def receipt_budget(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    budget = rng.choice([40, 50, 60, 75, 80, 100])
    left = F(budget) - total
    text = (f"I had ${budget} budgeted for groceries this week.\nHow much did this shop cost?\n"
            "How much of the budget is left?")
    return text, [cash(total), cash(left)], {"image": recipe}


@family
def receipt_in_pounds_tax(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    gbp = convert(total, "USD", "GBP")
    if tie(gbp):
        return None
    text = ("first, what's the total on the attached receipt? second, convert it to pounds "
            "sterling (1 EUR = 1.17 USD = 0.87 GBP), rounded to the penny")
    return text, [cash(total), money(gbp, "GBP") + cash(gbp)], {"image": recipe}


@family
def receipt_items_count(rng: random.Random) -> Made:
    recipe, total, goods = receipt(rng)
    cheap = min(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[0] == sorted(p for _, p in goods)[1]:
        return None
    mean = total / len(goods)
    if tie(mean):
        return None
    text = ("Looking at this till slip: what's the cheapest thing on it, and what's the average "
            "price per item (nearest cent)?")
    return text, [[cheap[0]], cash(mean)], {"image": recipe}


@family
def receipt_weekly(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    weeks = rng.choice([4, 12, 52])
    label = {4: "4 weeks", 12: "12 weeks", 52: "a year (52 weeks)"}[weeks]
    text = (f"I buy exactly this every week. What's it come to, and what would I spend over "
            f"{label} at these prices?")
    return text, [cash(total), cash(total * weeks)], {"image": recipe}


@family
def receipt_discount(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    off = rng.choice([10, 15, 20, 25])
    paid = total * (100 - off) / 100
    if tie(paid):
        return None
    text = (f"The cashier forgot my {off}% member discount!! What's the receipt total, and what "
            "should I have paid after the discount? round to cents")
    return text, [cash(total), cash(paid)], {"image": recipe}


@family
def receipt_change(rng: random.Random) -> Made:
    recipe, total, _ = receipt(rng)
    note = next(n for n in (20, 50, 100, 200) if n > total)
    change = F(note) - total
    text = (f"Can you read the total off this receipt? I paid with a ${note} note — how much "
            "change should I have got back?")
    return text, [cash(total), cash(change)], {"image": recipe}


@family
def receipt_without_item(rng: random.Random) -> Made:
    recipe, total, goods = receipt(rng)
    name, price = rng.choice(goods)
    rest = total - price
    text = (f"Returning the {name.lower()} tomorrow. What was the original total on this receipt "
            "and what will I have spent once it's refunded?")
    return text, [cash(total), cash(rest)], {"image": recipe}


@family
def receipt_sign_pair(rng: random.Random) -> Made:
    recipe, total, goods = receipt(rng)
    dollars = int(total)
    text = ("two quick ones about this receipt: what's the total, and how many items are on it? "
            "Also — if I round the total up to the next whole dollar for charity, how much do I "
            "donate?")
    donate = F(dollars + 1) - total if total != dollars else F(0)
    if donate == 0:
        return None
    words = ["", "", "two", "three", "four"][len(goods)]
    return text, [cash(total), [str(len(goods)), words], cash(donate)], {"image": recipe}


__all__ = ["CHART", "FAMILIES", "Made", "cash", "clock", "family", "near", "num", "pick",
           "say", "stat"]

FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    receipt_tip, receipt_split, receipt_to_euros, receipt_dearest, receipt_budget,
    receipt_in_pounds_tax, receipt_items_count, receipt_weekly, receipt_discount, receipt_change,
    receipt_without_item, receipt_sign_pair)]
