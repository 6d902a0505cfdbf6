"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 9: receipts, returns."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout23_read import (
    CODE,
    OTHER,
    PRINTED,
    WORD,
    F,
    Made,
    cnt,
    dates,
    family,
    lc,
    money,
    receipt,
    say,
    tot,
    words,
)
from bench.data.agents.helpers import Family


@family
def convert_line(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    code, r = rng.choice(OTHER[cur])
    name, c = rng.choice(lines)
    text = rng.choice([f"How much was the {lc(name)} in {code}? 1 {CODE[cur]} = {r} {code}",
                       f"using {r} {code} to the {CODE[cur]}, what did the {lc(name)} cost in "
                       f"{code}?"])
    return text, [money(c * F(r), True)], recipe


@family
def change_due(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(2, 4), hi=1800)
    t = tot(lines)
    note = next(x for x in (2000, 5000, 10000) if x > t)
    text = rng.choice([f"I paid with a {cur}{note // 100} note. How much change should I get?",
                       f"gave them {note // 100} {WORD[cur]}, what's my change?",
                       f"If I hand over {cur}{note // 100}, how much comes back?"])
    return text, [money(note - t, True)], recipe


@family
def shop_name(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng)
    text = rng.choice(["Which shop is this receipt from?", "what's the store name on this?",
                       "Where did I buy this stuff? Name of the shop please",
                       "name of the place on this receipt?"])
    return text, [words(recipe["shop"])], recipe


@family
def return_by(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng)
    k = rng.randint(7, 120)
    text = rng.choice([f"The shop allows returns within {k} days of purchase. What's the last "
                       f"day I can return something? (date on the receipt is the purchase day)",
                       f"{k}-day return window from the date printed here - what date does it "
                       f"end?"])
    return text, [dates(PRINTED + dt.timedelta(days=k))], recipe


@family
def days_ago(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng)
    k = rng.randint(5, 250)
    today = PRINTED + dt.timedelta(days=k)
    text = rng.choice([f"Today is {say(today)}, {today.year}. How many days ago was this receipt?",
                       f"its {today.isoformat()} now - how many days since the date on this "
                       f"receipt?"])
    return text, [cnt(k, "days")], recipe


@family
def without_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    name, c = rng.choice(lines)
    text = rng.choice([f"What would the total be without the {lc(name)}?",
                       f"if I take the {lc(name)} off, how much is the rest?",
                       f"The {lc(name)} was for work. How much was everything else?"])
    return text, [money(tot(lines) - c, True)], recipe


@family
def two_items(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    text = rng.choice([f"How much did the {lc(a)} and the {lc(b)} cost together?",
                       f"{lc(a)} + {lc(b)} = ?",
                       f"My flatmate had the {lc(a)} and {lc(b)}. What does she owe?"])
    return text, [money(ca + cb, True)], recipe


@family
def mean_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    text = rng.choice(["What's the average price per item on this receipt? Round to the cent.",
                       "average cost of the things on here (to 2 decimals)?",
                       "Mean item price on this receipt, rounded to the nearest cent?"])
    return text, [money(F(tot(lines), len(lines)), True)], recipe


@family
def count_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 7))
    cut = rng.choice([5, 8, 10, 12, 15])
    k = sum(c for _, c in lines if c > cut * 100)
    if not k:
        return None
    text = rng.choice([f"What do the items over {cur}{cut} add up to?",
                       f"add up just the things on here that cost more than {cut} {WORD[cur]}"])
    return text, [money(k, True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    convert_line, change_due, shop_name, return_by, days_ago, without_item, two_items, mean_price,
    count_over)]
