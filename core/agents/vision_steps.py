"""Counts and prices a question asks of a screenshot's or a sign's figures.

- the image's one price times the amount the question names ("45 litres", "750 g" at a
  price per kg), or that price per the unit the question asks ("what's this per kg?");
- how many of the question's steps ("$250 a month", "250 ml glasses", "9% per hour") or of
  the image's own ("Monthly payment: $200.00") cover what is left (a goal less what is done,
  a balance owing), rounded up when the steps are whole.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import WORD_COUNTS, Answer, Figure, money, plain
from core.tools.units import CURRENCY_WORDS

ALIASES = {"kilometre": "km", "kilometer": "km", "km": "km", "mile": "mi", "mi": "mi",
           "person": "people", "people": "people", "persons": "people", "head": "people",
           "litre": "l", "liter": "l", "l": "l", "kwh": "kwh", "unit": "unit", "hour": "h",
           "minute": "min", "kg": "kg", "kilo": "kg", "metre": "m", "meter": "m", "day": "days",
           "night": "night", "step": "steps", "roll": "roll", "item": "items", "gb": "gb",
           "mb": "mb"}


def unit_of(word: str) -> str:
    word = word.lower()
    return ALIASES.get(word, ALIASES.get(word.rstrip("s"), word.rstrip("s")))


def figure_shown(value: Fraction, figure: Figure) -> str:
    if figure.currency:
        return money(value, figure.currency)
    unit = {"C": "°C", "F": "°F"}.get(figure.unit, figure.unit)
    return f"{plain(value)}{'' if unit in ('%', '°C', '°F') else ' '}{unit}".rstrip()


QUANTITY = ci(r"(?<![\w.$€£])(?P<v>\d+(?:\.\d+)?)\s*(?P<u>litres?|liters?|l|gallons?|gal|kg|"
              r"kilos?|g|grams?|lbs?|pounds?\s+of|bottles?|cans?|items?)\b")
MASS = {"g": Fraction(1, 1000), "gram": Fraction(1, 1000), "kg": Fraction(1), "kilo": Fraction(1),
        "lb": Fraction("0.45359237"), "pound": Fraction("0.45359237")}
PRICE_PER = ci(r"(?:/|\bper\b|\ba\b)\s*(?P<u>kg|kilo|lb|g|litre|liter|l|gallon|gal)\b")
ASKS_PER = ci(r"\bper\s+(?P<u>kg|kilo(?:gram)?|lb|pound|100\s*g)\b")
COST = ci(r"\b(?:cost|pay|how\s+much|price|get\s+back|charge\w*|spend)\b")


def _per(text: str, price: Figure) -> str:
    lines = text.splitlines()
    near = " ".join(lines[price.line:price.line + 2]) if price.line < len(lines) else ""
    found = PRICE_PER.search(near)
    word = found.group("u").lower() if found else ""
    return {"kilo": "kg", "liter": "l", "litre": "l", "gal": "gallon"}.get(word, word)


def price_times(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """The image's one price times the amount the question names ("45 litres", "750 g" at a
    price per kg), or the price per the unit the question asks ("what's this per kg?")."""
    prices = [f for f in found if f.currency]
    if len(prices) != 1 or not (COST.search(question) or ASKS_PER.search(question)):
        return []
    price = prices[0]
    per = _per(text, price)
    if (asked := ASKS_PER.search(question)) is not None and per in MASS:
        want = asked.group("u").lower()
        want = "kg" if want.startswith("kilo") else "lb" if want == "pound" else want
        if want in MASS and want != per:
            value = price.value * MASS[want] / MASS[per]
            return [(f"{money(price.value, price.currency)} per {per} is **"
                     f"{money(value, price.currency)}** per {want}.", float(value))]
    amount = QUANTITY.search(question)
    if amount is None:
        return []
    count = Fraction(amount.group("v"))
    unit = amount.group("u").lower().split()[0].rstrip("s")
    unit = {"gram": "g", "kilo": "kg", "pound": "lb", "liter": "l", "litre": "l",
            "gal": "gallon"}.get(unit, unit)
    if per in MASS and unit in MASS:
        count = count * MASS[unit] / MASS[per]
    value = count * price.value
    return [(f"That comes to **{money(value, price.currency)}** ({plain(count)} × "
             f"{money(price.value, price.currency)}).", float(value))]


PER_ASK = ci(r"(?P<sym>[$€£])?\s?(?P<v>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<u>%|ml|l|litres?|gb|mb|kg|g|"
             r"km|miles?)?\s*(?:(?:a|per|each|every)\s+(?P<per>month|week|day|hour|year)|"
             r"(?P<thing>glass(?:es)?|bottles?|cups?|payments?|instal+ments?|bags?|boxes?|"
             r"trips?|loads?))\b")
HOW_MANY_TIMES = ci(r"\bhow\s+(?:many|long)\s+(?:[\d.,]+\s*[a-z]*\s+)?(?P<w>[a-z]+)")
REACH = ci(r"\b(?:until|till|to\s+(?:reach|clear|hit|pay\s+off|finish|fill)|reach|clear|"
           r"need|before|dead|empty|run\s+out|pay\s+off)\b")
GOAL_LABEL = ci(r"\b(?:goal|target|owing|owed|balance|left|remaining|due|battery|charge)\b")
STEP_LABEL = ci(r"\b(?:payment|instal+ment|repayment|monthly|per\s+month|a\s+month)\b")
DONE_LABEL = ci(r"\b(?:saved|today|drunk|done|so\s+far|used|paid|current)\b")


def times_over(question: str, found: list[Figure]) -> list[Answer]:
    """How many of the question's steps ("$250 a month", "250 ml glasses", "9% per hour")
    it takes to cover what the image shows left (a goal less what is done, a balance)."""
    asked = HOW_MANY_TIMES.search(question)
    step = PER_ASK.search(question)
    if asked is None or not REACH.search(question):
        return []
    paid = next((f for f in found if f.currency and STEP_LABEL.search(f.label)), None)
    if step is None and paid is None:
        return []
    size = Fraction(step.group("v").replace(",", "")) if step else paid.value if paid else \
        Fraction(0)
    money_step = bool(step.group("sym")) if step else True
    unit = (step.group("u") or "").lower() if step else ""
    like = [f for f in found if f is not paid and (bool(f.currency) == money_step) and (
        money_step or unit_of(f.unit) == unit_of(unit))]
    goal = next((f for f in like if GOAL_LABEL.search(f.label)), None)
    if goal is None or not size:
        return []
    said = step.group(0).strip() if step else figure_shown(size, paid) if paid else ""
    done = next((f for f in like if f is not goal and DONE_LABEL.search(f.label)), None)
    rest = goal.value - (done.value if done is not None and done.value < goal.value else 0)
    exact = rest / size
    whole = step is None or step.group("thing") or step.group("per") in ("month", "week",
                                                                          "year") or \
        re.search(r"\b(?:whole|full)\b", question, re.I)
    count = Fraction(-(-exact.numerator // exact.denominator)) if whole else exact
    left = figure_shown(rest, goal)
    base = left if done is None else (
        f"{figure_shown(goal.value, goal)} − {figure_shown(done.value, done)} = {left}")
    noun = asked.group("w")
    return [(f"That is **{plain(count)} {noun}** ({base}, at {said}"
             f"{'; rounded up' if count != exact else ''}).", float(count))]


FIRST = ci(r"(?:(?P<s1>[$€£])[ \t]?(?P<v1>\d+(?:\.\d+)?)[ \t]+(?:for[ \t]+)?(?:the[ \t]+)?"
           r"first[ \t]+(?P<u1>[a-z]+)|"
           r"first[ \t]+(?P<u2>[a-z]+)[ \t]+(?P<s2>[$€£])[ \t]?(?P<v2>\d+(?:\.\d+)?)|"
           r"first[ \t]+(?P<u5>[a-z]+)[ \t]+free\b)")
EXTRA = ci(r"(?P<s>[$€£])[ \t]?(?P<v>\d+(?:\.\d+)?)[ \t]+(?:per|each|for[ \t]+each|a)[ \t]+"
           r"(?:extra|"
           r"additional|further)[ \t]+(?P<u>[a-z]+)|(?:(?:each|every|per)[ \t]+)?(?:extra|"
           r"additional|further)[ \t]+(?P<u2>[a-z]+)[ \t]+(?P<s2>[$€£])[ \t]?(?P<v2>\d+(?:\.\d+)?)|"
           # "THEN €4 PER HOUR", "AFTER THAT $2 AN HOUR", "£3 PER HOUR AFTER"
           r"(?:then|after(?:wards|[ \t]+that)?|thereafter)[ \t]+(?P<s3>[$€£])[ \t]?"
           r"(?P<v3>\d+(?:\.\d+)?)[ \t]+(?:per|each|a|an)[ \t]+(?P<u3>[a-z]+)|(?P<s4>[$€£])[ \t]?"
           r"(?P<v4>\d+(?:\.\d+)?)[ \t]+(?:per|each|a|an)[ \t]+(?P<u4>[a-z]+)[ \t]+"
           r"(?:after|thereafter)\b")
Q_MANY = ci(r"(?<![\w.$€£])(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
            r"\s*(?P<u>[a-z]+)")


def first_then_extra(question: str, text: str) -> list[Answer]:
    """A first unit at one price and each further one at another ("$5 FIRST HOUR / $3.50
    EACH EXTRA HOUR", "FIRST KG $5.00 / EACH EXTRA KG $1.50") for the amount asked."""
    first, extra = FIRST.search(text), EXTRA.search(text)
    if first is None or extra is None:
        return []
    unit = unit_of(first.group("u1") or first.group("u2") or first.group("u5"))
    if unit_of(extra.group("u") or extra.group("u2") or extra.group("u3") or
               extra.group("u4")) != unit:
        return []
    asked = next((m for m in Q_MANY.finditer(question) if unit_of(m.group("u")) == unit), None)
    if asked is None:
        return []
    raw = asked.group("n").lower()
    count = Fraction(WORD_COUNTS[raw]) if raw in WORD_COUNTS else Fraction(raw)
    count = Fraction(-(-count.numerator // count.denominator))  # a started unit counts whole
    symbol = first.group("s1") or first.group("s2") or next(
        extra.group(g) for g in ("s", "s2", "s3", "s4") if extra.group(g))
    currency = CURRENCY_WORDS[symbol]
    head = Fraction(first.group("v1") or first.group("v2") or 0)  # "FIRST HOUR FREE"
    each = Fraction(extra.group("v") or extra.group("v2") or extra.group("v3") or
                    extra.group("v4"))
    more = max(count - 1, Fraction(0))
    total = head + more * each
    return [(f"That comes to **{money(total, currency)}** ({money(head, currency)} for the first "
             f"{unit} + {plain(more)} × {money(each, currency)}).", float(total))]
