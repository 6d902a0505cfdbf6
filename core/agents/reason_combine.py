"""A fallback for calculations no reader understood: the given quantities combined so the
result has the dimension asked ("1 kcal per kg per km, 94 kg, 6.2 km → kcal?" is their
product; "10000 mAh, 846 mA → how many hours?" a quotient), and the few additive shapes
(change from a note, what is left of a starting amount).

Answers only when exactly one combination uses every given quantity once (the fewest
divisions); otherwise None, and nothing changes. The text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from itertools import pairwise, product

from core.agents.mathcall import MathCall
from core.agents.patterns import ci as _c
from core.agents.reason_quantities import Asked, Quantity, asked_unit, quantities
from core.agents.reason_roles import HELD
from core.agents.reason_units import MONEY, Dims, Unit, power, unit_of, written
from core.agents.words_dimunits import mul as combine

MONEY_SIGN = re.compile(r"[$£€]\s?\d")
NUM = r"[$£€]?\s?(\d+(?:\.\d+)?)"
CHANGE_ASK = _c(r"\b(?:(?:my|the|what|how\s+much|give)\s+)?change\b\s*(?:\?|do|is|will|$)")
CHANGE_DUE = _c(rf"\b(?:total|bill|cost|price|comes\s+to|came\s+to|owed?|due)\b[^\d$£€]{{0,12}}"
                rf"{NUM}")
CHANGE_PAID = _c(rf"\b(?:hands?\s+(?:over|me)|handed\s+(?:over|me)|pays?\s+(?:with|by)?|paid\s+"
                 rf"(?:with)?|gives?|gave|tender(?:s|ed)?|with\s+an?|hands?)\s*(?:an?\s+|the\s+)?"
                 rf"{NUM}")
START = _c(rf"\b(?:start(?:s|ed|ing)?|began|begin(?:s)?)\s+(?:off\s+)?(?:with|at|on|from)\s+"
           rf"(?:an?\s+|the\s+)?{NUM}")
LEFT_ASK = _c(r"\b(?:left|remain(?:s|ing)?|(?:am\s+i|are\s+we|is\s+it|i\s+am)\s+(?:on|at)\s+now)\b")
CLOCK = re.compile(r"\d:\d|\d\s*(?:am|pm|a\.m|p\.m)\b")  # "starts at 7:30": times, not amounts
SHAPE = _c(r"\b(?:diameter|radius|circumference|perimeter|diagonal|area|volume|side)s?\b")
PERCENT_CHANGE = _c(r"(?:%|\bper\s?cent(?:age)?)\s+(?:of\s+)?(?:[a-z]+\s+){0,4}?(lost|loss|gained|"
                    r"gain|change|drop|dropped|decrease|increase|fall|fell|rise)\b")
MAX_GIVEN = 6
RATE_WRITTEN = _c(r"/|\b(?:per|an?|each|every)\s")
EQUALS_ASK = _c(r"(?:=|\bequals)\s*\?*\s*$|"
                r"^\s*(?:what\s+is|what's|whats)\s+(?=[^?]*\d[^?]*\?+\s*$)")
BETWEEN = _c(r"^\s*[a-z/²³ ]{0,30}?\s*([×*x÷/])\s*$")  # unit words, then one operator


def combined(text: str) -> MathCall | None:
    """The one calculation the quantities in ``text`` fit, or None."""
    return _changed(text) or _left(text) or _percent_changed(text) or _combined(text)


def _percent_changed(text: str) -> MathCall | None:
    """"61.0 kg before the match, 59.3 kg after. % body weight lost?": the change as a
    percentage of the first of two amounts measured alike."""
    ask = PERCENT_CHANGE.search(text)
    if ask is None:
        return None
    given = quantities(text[:ask.start()] + " " + text[ask.end():], None)
    if not given or len(given) != 2 or not given[0].unit.dims or (
            given[0].unit != given[1].unit):
        return None
    first, then = given[0].value, given[1].value
    down = ask.group(1) in ("lost", "loss", "drop", "decrease", "fall", "fell", "dropped")
    change = f"{first} - {then}" if down else f"{then} - {first}"
    return MathCall("evaluate", f"({change}) / {first} * 100", unit="%")


def _changed(text: str) -> MathCall | None:
    """"total is 25.38, customer hands over 100. change?" → 100 - 25.38."""
    if not CHANGE_ASK.search(text):
        return None
    due, paid = CHANGE_DUE.search(text), CHANGE_PAID.search(text)
    if due is None or paid is None or due.start(1) == paid.start(1):
        return None
    if Fraction(paid.group(1)) < Fraction(due.group(1)):
        return None
    return MathCall("evaluate", f"{paid.group(1)} - {due.group(1)}", money=True)


def _left(text: str) -> MathCall | None:
    """"started with a $100 card and used $10.38, $9.10, $14.86. what's left?"."""
    start = START.search(text)
    if start is None or not LEFT_ASK.search(text[start.end():]):
        return None
    rest = re.findall(r"(?<![\w.,])[$£€]?\s?(\d+(?:\.\d+)?)(?![\w%])", text[start.end():])
    if len(rest) < 2 or "%" in text or CLOCK.search(text) or Fraction(start.group(1)) < sum(
            Fraction(n) for n in rest):
        return None
    money = bool(MONEY_SIGN.search(text))
    return MathCall("evaluate", f"{start.group(1)} - ({' + '.join(rest)})", money=money)


def _combined(text: str) -> MathCall | None:
    money = bool(MONEY_SIGN.search(text))
    asked = asked_unit(text, money)
    if asked is None:
        return _written_out(text)
    given = quantities(text, asked)
    if given and (shared := _shared(given, asked) or _groups(given, asked)) is not None:
        return shared
    if not given or len(given) > MAX_GIVEN or any(not q.unit.dims and q.unit.text != "%"
                                                  for q in given) or all(
            not q.unit.dims for q in given) or sum(q.unit.text == "%" for q in given) > (
            0 if asked.plain else 1):
        return None
    if len(given) == 1 and not asked.parts and (given[0].unit.size == asked.unit.size or
                                                 SHAPE.search(text)):
        return None  # the number as given, or a measure of a shape: more than a conversion
    signs = _signs(given, asked) or _signs(_one_thing(given), asked)
    held = any(q.unit.text.endswith(HELD) for q in given)  # "bags hold 75 l": bags to buy
    if signs is None or (asked.exact and not held and _value(given, signs, asked).denominator
                         != 1) or _value(given, signs, asked) < 0:
        return None  # an amount below zero ("goal -3.5 kg") is a change the signs do not tell
    asked = replace(asked, up=True) if asked.exact and held else asked
    given = _one_thing(given) if _signs(given, asked) is None else given
    money = asked.unit.dims == MONEY and asked.unit.size == 1  # cents are no dollar figure
    return MathCall("evaluate", _expression(given, signs, asked), money=money,
                    unit="" if money else asked.unit.text)


def _written_out(text: str) -> MathCall | None:
    """"10100 steps × 0.045 kcal per step = ?": quantities multiplied or divided as written,
    answered in the unit left when their units cancel (kcal)."""
    if len(text) > 300 or (ask := EQUALS_ASK.search(text)) is None:
        return None
    left = text[:ask.start()] if ask.start() else text[ask.end():].rstrip(" ?")
    given = quantities(left, None)
    if not given or len(given) < 2 or len(given) > MAX_GIVEN or any(not q.unit.dims for q in given):
        return None
    expression, dims = given[0].value, given[0].unit.dims
    factor = given[0].unit.size
    for before, q in pairwise(given):
        gap = re.sub(r"^[\d.,]+", "", left[before.start:q.start])
        operator = BETWEEN.match(gap)
        if operator is None:
            return None
        sign = -1 if operator.group(1) in "÷/" else 1
        expression += f" {'/' if sign < 0 else '*'} {q.value}"
        dims, factor = combine(dims, power(q.unit.dims, sign)), factor * q.unit.size ** sign
    heads = [unit_of(q.unit.text.split()[0].split("/")[0]) for q in given if q.unit.text]
    named = [u.text for u in heads if u is not None and u.dims == dims and u.size == factor]
    if dims != MONEY and not named:
        return None
    return MathCall("evaluate", expression, money=dims == MONEY,
                    unit="" if dims == MONEY else named[0])


def _shared(given: list[Quantity], asked: Asked) -> MathCall | None:
    """"chicken 12.83, rice 2.16, veg 5.48, makes 8 meals. cost per meal?": the prices
    added up, over the one count of the things asked about."""
    counts = [q for q in given if q.unit.dims and q.unit.dims != MONEY]
    prices = [q.value for q in given if not q.unit.dims or q.unit.dims == MONEY]
    if len(counts) != 1 or len(prices) < 2 or asked.unit.size != 1:
        return None
    count = counts[0]
    if not count.unit.dims[0][0].startswith("#") or combine(
            MONEY, count.unit.dims, -1) != asked.unit.dims:
        return None
    return MathCall("evaluate", f"({' + '.join(prices)}) / {count.value}", money=True)


def _one_thing(given: list[Quantity]) -> list[Quantity]:
    """"a serving has 366 mg" where no other amount counts servings: the amount of the one
    thing spoken of, not a rate per thing."""
    out = []
    for q in given:
        own = [k for k, v in q.unit.dims if k.startswith("#") and v < 0 and not any(
            k in dict(o.unit.dims) for o in given if o is not q)]
        dims = tuple((k, v) for k, v in q.unit.dims if k not in own)
        out.append(Quantity(q.value, Unit(dims, q.unit.size, q.unit.text), q.start)
                   if own and dims else q)
    return out


def _value(given: list[Quantity], signs: tuple[int, ...], asked: Asked) -> Fraction:
    value = Fraction(1) / asked.unit.size
    for q, sign in zip(given, signs, strict=True):
        value *= (Fraction(q.value.strip("()")) * q.unit.size) ** sign
    return value


def _groups(given: list[Quantity], asked: Asked) -> MathCall | None:
    """"4 coffees (80 mg each) and 2 teas (30 mg each). total mg?": each count times the
    amount each of its things has, added up, when every pair gives the unit asked."""
    if len(given) < 4 or len(given) % 2 or len(given) > 2 * MAX_GIVEN:
        return None
    terms: list[str] = []
    for count, each in zip(given[::2], given[1::2], strict=True):
        if len(count.unit.dims) != 1 or not count.unit.dims[0][0].startswith("#"):
            return None
        if combine(count.unit.dims, each.unit.dims) != asked.unit.dims:
            return None
        factor = count.unit.size * each.unit.size / asked.unit.size
        terms.append(f"{count.value} * {each.value}" + (
            f" * {written(factor)}" if factor != 1 else ""))
    money = asked.unit.dims == MONEY and asked.unit.size == 1
    return MathCall("evaluate", " + ".join(terms), money=money,
                    unit="" if money else asked.unit.text)


def _signs(given: list[Quantity], asked: Asked) -> tuple[int, ...] | None:
    fits: list[tuple[int, ...]] = []
    for signs in product((1, -1), repeat=len(given)):
        dims: Dims = ()
        for q, sign in zip(given, signs, strict=True):
            dims = combine(dims, power(q.unit.dims, sign))
        if dims == asked.unit.dims:
            fits.append(signs)
    if not fits:
        return None
    fewest = min(s.count(-1) for s in fits)
    best = [s for s in fits if s.count(-1) == fewest]
    if len(best) > 1 and asked.base is not None:  # "what % of the 2300 mg limit": its base
        best = [s for s in best if all((sign < 0) == (q.start == asked.base)
                                       for q, sign in zip(given, s, strict=True))]
    if len(best) != 1:
        return None
    inverse = len(given) == 1 and RATE_WRITTEN.search(given[0].unit.text) is not None
    # "14 km per litre" in litres per 100 km: one rate, turned over
    return best[0] if best[0].count(1) >= 1 or inverse else None


def _expression(given: list[Quantity], signs: tuple[int, ...], asked: Asked) -> str:
    top = [q.value for q, s in zip(given, signs, strict=True) if s > 0]
    below = [q.value for q, s in zip(given, signs, strict=True) if s < 0]
    factor = Fraction(1) / asked.unit.size
    for q, sign in zip(given, signs, strict=True):
        factor *= q.unit.size ** sign
    text = " * ".join(top) or "1"
    if below:
        text += " / " + (below[0] if len(below) == 1 else f"({' * '.join(below)})")
    if factor != 1:
        text += f" * {written(factor)}"
    return f"floor({text})" if asked.whole else f"ceiling({text})" if asked.up else text

