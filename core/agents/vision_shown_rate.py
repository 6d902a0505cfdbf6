"""One figure a sign shows worked with the quantity the question gives.

- a price per unit ("1.718 PER LITRE", "$2.30 PER KG") times the amount asked in that unit
  ("if I put 49 L in", "half a kilo of plums");
- a sign's one price times a count ("how much for 6 of these?", "we need three", "price
  for 4 hot dogs?");
- a limit in a unit ("MAX LOAD 1200 KG") divided by each one's share in the same unit: the
  whole number that fit ("if everyone weighs about 90kg, how many of us fit?").

An answer needs the sign's one figure of that kind and the question's one quantity.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money, plain

SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
UNITS = {"l": "l", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "kg": "kg",
         "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "lb": "lb",
         "lbs": "lb", "pound": "lb", "pounds": "lb", "gallon": "gal", "gallons": "gal"}
UNIT = r"(?P<u>litres?|liters?|l|kg|kilos?|kilograms?|lbs?|gallons?)"
PER_UNIT = ci(rf"(?P<sym>[$€£])?\s?(?P<v>\d{{1,4}}(?:\.\d{{1,3}})?)\s*(?:/|per|a|an)\s*{UNIT}\b")
AMOUNT = ci(rf"(?<![\w.$€£])(?P<q>\d{{1,4}}(?:\.\d{{1,3}})?|half\s+an?|a\s+half|a\s+quarter)"
            rf"\s*(?:of\s+an?\s+)?{UNIT}(?![\w/])")
HALVES = {"half a": Fraction(1, 2), "half an": Fraction(1, 2), "a half": Fraction(1, 2),
          "a quarter": Fraction(1, 4)}
ASKS_COST = ci(r"\b(?:cost|price|pay|how\s+much|charge|come\s+to|total)\b")
PRICE = re.compile(r"(?P<sym>[$€£])\s?(?P<v>\d{1,4}(?:\.\d{2})?)(?![\d.])")
NUM = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
COUNT = ci(rf"\b(?P<n>{NUM})\s+(?:of\s+(?:these|those|them|it|this)|(?P<w>[a-z]+(?:\s+[a-z]+)?"
           rf"?s)\b)|\b(?:need|want|buy|get|getting|take|order|ordering|for)\s+(?P<m>{NUM})\b"
           rf"(?!\s*(?:%|[a-z]*\s*(?:l|kg|litres?|kilos?|minutes?|hours?|days?|weeks?)\b))")
TERMS = ci(r"\b(?:per|first|then|free|an?\s+(?:hour|day|night|week|month)|each\s+extra|"
           r"after|from|off|save|deal|for\s+\d)\b|/|%")
SPANS = ci(r"(?:hours?|hrs?|minutes?|mins?|days?|nights?|weeks?|months?|years?|litres?|liters?|"
           r"kilos?|kgs?|miles?|km|grams?|metres?|meters?)")
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
LINKS = frozenset("of please then and for at what how so to in is it them these those this "
                  "altogether total in all".split())
LIMIT = ci(r"\b(?:max(?:imum)?|limit|capacity|load|up\s+to)\b[^0-9\n]{0,12}(?P<v>\d{2,5})\s*"
           r"(?P<u>kg|kilos?|lbs?)\b")
EACH_WEIGHS = ci(r"(?<![\d.])(?P<v>\d{1,3}(?:\.\d)?)\s*(?P<u>kg|kilos?|lbs?)\b")
HOW_MANY = ci(r"\bhow\s+many\b[^.?!]{0,30}\b(?:people|persons|of\s+us|adults|passengers|fit|"
              r"can\s+go)\b")


def shown_rate(question: str, text: str) -> list[Answer]:
    """The sign's one figure worked with the question's quantity, or []."""
    return _per_unit(question, text) or _limit(question, text) or _counted(question, text)


def _unit(word: str) -> str:
    return UNITS.get(word.lower(), UNITS.get(word.lower().rstrip("s"), ""))


def _per_unit(question: str, text: str) -> list[Answer]:
    rates = list(PER_UNIT.finditer(text))
    asked = list(AMOUNT.finditer(question))
    if len(rates) != 1 or len(asked) != 1 or not ASKS_COST.search(question):
        return []
    rate, amount = rates[0], asked[0]
    if _unit(rate.group("u")) != _unit(amount.group("u")) or PER_UNIT.search(question):
        return []
    said = " ".join(amount.group("q").lower().split())
    quantity = HALVES.get(said) or Fraction(said)
    price = Fraction(rate.group("v"))
    currency = SYMBOLS.get(rate.group("sym") or "", "")
    cost = quantity * price
    unit = _unit(rate.group("u"))
    return [(f"That comes to **{money(cost, currency)}** ({plain(quantity)} {unit} × "
             f"{rate.group('v')} per {unit}).", float(cost))]


def _limit(question: str, text: str) -> list[Answer]:
    limits = list(LIMIT.finditer(text))
    each = list(EACH_WEIGHS.finditer(question))
    if len(limits) != 1 or len(each) != 1 or not HOW_MANY.search(question):
        return []
    if _unit(limits[0].group("u")) != _unit(each[0].group("u")):
        return []
    whole, share = Fraction(limits[0].group("v")), Fraction(each[0].group("v"))
    if share <= 0:
        return []
    fit = math.floor(whole / share)
    return [(f"**{fit}** fit ({plain(whole)} ÷ {plain(share)} = {float(whole / share):.2f}, "
             f"rounded down).", float(fit))]


def _counted(question: str, text: str) -> list[Answer]:
    prices = list(PRICE.finditer(text))
    counts = list(COUNT.finditer(question))
    if len(prices) != 1 or len(counts) != 1 or not ASKS_COST.search(question) or re.search(
            r"[$€£]|\d+(?:\.\d+)?\s*(?:%|percent)", question) or TERMS.search(text):
        return []  # a price per hour, a first hour free: the readers of rates work those
    found = counts[0]
    word = (found.group("n") or found.group("m")).lower()
    thing = found.group("w")
    if found.group("m") and (after := NEXT_WORD.match(question[found.end():])) and \
            after.group(1).lower() not in LINKS:
        thing = after.group(1)  # "for 3 muffins"
    if thing and (SPANS.fullmatch(thing) or not _names_the_sign(thing, text)):
        return []  # "4 hot dogs" on a sign that prices a coffee: another thing
    count = int(word) if word.isdigit() else WORDS[word]
    price = Fraction(prices[0].group("v"))
    currency = SYMBOLS[prices[0].group("sym")]
    cost = count * price
    return [(f"That comes to **{money(cost, currency)}** ({count} × {money(price, currency)}).",
             float(cost))]


def _names_the_sign(words: str, text: str) -> bool:
    """The question's thing ("hot dogs") is what the sign names ("HOT DOG")."""
    said = [w.rstrip("s") for w in re.findall(r"[a-z]+", words.lower())]
    shown = {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())}
    return bool(said) and said[-1] in shown
