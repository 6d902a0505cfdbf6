"""Two kinds mixed, told by how many there are in all and what they come to in all.

- coins of two kinds: "56 coins, all quarters and dimes, worth $8.15", "30 nickels and dimes
  make $2.10", "a purse of 20p and 50p coins: 14 coins, £4.90";
- two prices: "adult tickets $13, child tickets $6; 170 sold for $1699", "pens at 1.50 and
  pencils at 0.75 each, 12 bought for 13.50";
- heads and legs: "chickens and cows, 50 heads and 140 legs".

Each is two equations in two counts, a + b = total and v·a + w·b = value, solved exactly;
the answer names each count. The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c

NB = r"(\d+(?:\.\d+)?)"
COINS = {"penny": "0.01", "pennies": "0.01", "cent": "0.01", "cents": "0.01", "nickel": "0.05",
         "nickels": "0.05", "dime": "0.10", "dimes": "0.10", "quarter": "0.25",
         "quarters": "0.25", "half-dollars": "0.50", "loonies": "1", "toonies": "2"}
COIN_WORD = _c(r"\b(pennies|penny|cents?|nickels?|dimes?|quarters?|half-dollars|loonies|toonies)"
               r"\b|(?<![\w.£$€])(\d+)\s*(p|c)\b(?:\s+(?:coins?|pieces))?|[£$€](\d+)\s+coins\b")
LEGS = {"chickens": 2, "hens": 2, "ducks": 2, "geese": 2, "birds": 2, "turkeys": 2, "people": 2,
        "cows": 4, "pigs": 4, "sheep": 4, "goats": 4, "horses": 4, "rabbits": 4, "dogs": 4,
        "cats": 4, "lambs": 4, "spiders": 8, "insects": 6, "beetles": 6, "tricycles": 3,
        "bicycles": 2, "bikes": 2, "trikes": 3, "cars": 4}
ANIMALS = _c(r"\b(" + "|".join(LEGS) + r")\b")
HEADS = _c(rf"{NB}\s+(?:heads|animals|creatures|vehicles)\b")
LEGS_SAID = _c(rf"{NB}\s+(?:legs|feet|wheels)\b")
PRICED = _c(rf"\b(?P<name>[a-z]+)(?:\s+(?P<noun>[a-z]+?))?\s+(?:are|is|cost|costs|at|for|"
            rf"sell\s+for|sold\s+(?:at|for)|:|@|=)?\s*[$€£]\s*{NB}(?!\s*(?:in\s+total|altogether|total))|"
            rf"\b(?P<name2>[a-z]+)(?:\s+(?P<noun2>[a-z]+?))?\s+(?:(?:are|cost|costs|at|sell\s+for)"
            rf"\s+)?{NB}\s*(?:each|apiece|a\s+piece|per)")
COUNT = _c(rf"(?<![\d.$€£]){NB}\s+(?:(?:coins|tickets|items|things|pieces|seats|books|pens|"
           rf"animals|people|bags|boxes|tins|cards|shirts)\b|(?:in\s+(?:all|total)|altogether)"
           rf"\b)|\b(?:sold|bought|has|have|had|holds|contains|got|total\s+of)\s+{NB}\s+[a-z]+")
VALUE = _c(rf"\b(?:worth|took|takings\s+(?:of|were)|total(?:ling|ing|led|ed|s)?|collected|"
           rf"raised|made|make|makes|spent|paid|came\s+to|comes\s+to|value\s+of|revenue\s+of|"
           rf"sales\s+of|brought\s+in|earned|for\s+a\s+total\s+of|for|value\s+(?:is|was|=)|"
           rf"(?:add|adds|added)\s+up\s+to)\s+(?:of\s+)?(?:a\s+total\s+"
           rf"of\s+)?[$€£]\s*{NB}|[$€£]\s*{NB}\s+(?:in\s+total|altogether|total|in\s+all)")
HOW_MANY = _c(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\s+of\b|\beach\s+kind\b")
SKIP = frozenset("and the a an of are is were we i they all in total each cost costs at for "
                 "sell sold while whereas but".split())


def _solve(total: Fraction, value: Fraction, first: Fraction, second: Fraction
           ) -> tuple[Fraction, Fraction] | None:
    if first == second:
        return None
    a = (value - second * total) / (first - second)
    b = total - a
    if a < 0 or b < 0 or a.denominator != 1 or b.denominator != 1:
        return None
    return a, b


def _answer(names: tuple[str, str], counts: tuple[Fraction, Fraction]) -> Kind:
    return Kind("values", encode(*((name, str(count), "") for name, count in zip(
        names, counts, strict=True))))


def _coins(text: str) -> Kind | None:
    found: list[tuple[str, Fraction]] = []
    for m in COIN_WORD.finditer(text):
        if m.group(1):
            name, value = m.group(1), Fraction(COINS[m.group(1)])
        elif m.group(2):
            name, value = f"{m.group(2)}{m.group(3)} coins", Fraction(m.group(2)) / 100
        else:
            name, value = m.group(0).removesuffix(" coins") + " coins", Fraction(m.group(4))
        if all(value != v for _, v in found):
            found.append((name, value))
    count, worth = COUNT.search(text), VALUE.search(text)
    if len(found) != 2 or count is None or worth is None or (
            "coin" not in text and not all(name in COINS for name, _ in found)):
        return None
    total = Fraction(count.group(1) or count.group(2))
    value = Fraction(worth.group(1) or worth.group(2))
    if not any(k in text for k in ("$", "€", "£", "dollar", "euro", "pound")) and value > total:
        value /= 100  # "worth 215 cents"
    solved = _solve(total, value, found[0][1], found[1][1])
    return _answer((found[0][0], found[1][0]), solved) if solved else None


def _legs(text: str) -> Kind | None:
    kinds = list(dict.fromkeys(m.group(1) for m in ANIMALS.finditer(text)))
    heads, legs = HEADS.search(text), LEGS_SAID.search(text)
    if len(kinds) != 2 or heads is None or legs is None:
        return None
    solved = _solve(Fraction(heads.group(1)), Fraction(legs.group(1)), Fraction(LEGS[kinds[0]]),
                    Fraction(LEGS[kinds[1]]))
    return _answer((kinds[0], kinds[1]), solved) if solved else None


def _prices(text: str) -> Kind | None:
    priced: list[tuple[str, Fraction, int]] = []
    for m in PRICED.finditer(text):
        words = [w for w in (m.group("name") or m.group("name2"), m.group("noun") or
                             m.group("noun2")) if w and w not in SKIP]
        price = m.group(3) or m.group(6)
        if words and price is not None:
            priced.append((" ".join(words), Fraction(price), m.end()))
    if len(priced) < 2:
        return None
    (first, v1, _), (second, v2, end) = priced[0], priced[1]
    rest = text[end:]
    count = COUNT.search(rest) or COUNT.search(text)  # "sold 305 tickets, adults $8 …"
    worth = VALUE.search(rest) or VALUE.search(text)
    if count is None or worth is None:
        return None
    solved = _solve(Fraction(count.group(1) or count.group(2)),
                    Fraction(worth.group(1) or worth.group(2)), v1, v2)
    return _answer((first, second), solved) if solved else None


def mixture(text: str) -> Kind | None:
    """The two counts a total count and a total value of two kinds come to, or None."""
    if not HOW_MANY.search(text) or not re.search(ASKED, text):
        return None
    return first_found((_legs, _coins, _prices), text)
