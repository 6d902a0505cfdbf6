"""A whole shared into a counted number of units: the amount for each one.

- "the recipe costs 19.21 and serves 10, cost per serving?" → 1.92;
- "a 90 m² flat for 193,681, price per square metre?" → 2,152.01;
- "69,185 a year in 26 paychecks, how much per paycheck?" → 2,660.96;
- "a 1,771 g cake cut into 15 slices, grams per slice?" → 118.07 g; "500 g into 15 equal
  portions, grams each?" → 33.33 g.

The text is expanded and lower-cased; only a whole and a count, nothing else.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_bill import cash
from core.agents.money_reckon import SIGNS, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
NOUNS = {"serving": r"servings?|portions?|people|persons?|helpings?", "portion": r"portions?|"
         r"servings?|parts?|pieces?|bags?|tubs?|boxes|jars?", "slice": r"slices?|pieces?",
         "square metre": r"m²|m2|sq\.?\s*m|square\s+met(?:re|er)s?", "paycheck": r"pay\s*cheques?|"
         r"paychecks?|payslips?|pay\s+days?|payments?",
         "person": r"people|persons?|guests?|of\s+us"}
ASK = _c(r"\b(?:cost|price|how\s+much|what'?s?|how\s+many\s+grams)\b[^.?!\d]{0,20}?\b(?:per|a|each|"
         r"for\s+each|"
         r"for\s+one)\s+(serving|portion|slice|piece|square\s+met(?:re|er)|m²|m2|sq\.?\s*m|pay\s*cheque|"
         r"paycheck|payslip|person|head)\b|\b(grams|g)\s+(?:each|in\s+each)\b")
ASKED = {"serving": "serving", "portion": "portion", "slice": "slice", "piece": "slice",
         "m²": "square metre", "m2": "square metre", "head": "person", "person": "person",
         "paycheck": "paycheck", "pay cheque": "paycheck", "paycheque": "paycheck",
         "payslip": "paycheck"}
GRAMS = _c(rf"{NUM}\s*(g|grams?|kg)\b")


def _noun(said: str) -> str:
    said = re.sub(r"\s+", " ", said)
    if said.startswith("square") or said.startswith("sq"):
        return "square metre"
    return ASKED.get(said, said)


def per_each(text: str) -> Reckoned | None:
    """A whole divided by the number of units asked for."""
    if text.count("?") > 1 or (ask := ASK.search(text)) is None:
        return None
    noun = _noun(ask.group(1)) if ask.group(1) else "portion"
    words = NOUNS.get(noun)
    if words is None:
        return None
    count = re.search(rf"(?:\b(?:serves|feeds|for)\s+{NUM}\b|{NUM}\s*(?:equal\s+)?(?:{words})\b)",
                      text[:ask.start()] + " " * (ask.end() - ask.start()) + text[ask.end():])
    if count is None:
        return None
    number = count.group(1) or count.group(2)
    start = count.start(1) if count.group(1) else count.start(2)
    rest = [m for m in re.finditer(NUM, text) if m.start() != start
            and not ask.start() <= m.start() < ask.end()
            and not re.search(r"\bevery\s+$", text[:m.start()])]
    if len(rest) != 1 or Fraction(number.replace(",", "")) <= 0:
        return None
    whole, many = Fraction(rest[0].group(1).replace(",", "")), Fraction(number.replace(",", ""))
    basis = f"{show(whole)} ÷ {show(many)}"
    grams = GRAMS.match(text, rest[0].start())
    if grams is not None or ask.group(2):
        if grams is None:
            return None
        per = whole * (1000 if grams.group(2) == "kg" else 1) / many
        return Reckoned("each", per, "g", basis, text=f"{show(per)} g")
    sign = sign_of(text)
    if not sign and not re.search(r"\b(?:cost|price|salary|pay|paid|rent|bill|earn)", text):
        return None
    per = whole / many
    return Reckoned(f"per {noun}", per, SIGNS.get(sign, ""), basis, text=cash(per, sign))


KINDS = (per_each,)
