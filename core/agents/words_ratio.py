"""Amounts from a stated ratio, and grams from a share of the day's energy.

"I brew at 1:18; for 250 ml of water, how many grams of coffee?" → 13.89 g; "rice to water
is 1:1.25, 250 g of rice needs how much water (ml)?" → 312.5 ml; "insulin to carb ratio 1:20,
84 g of carbs, how many units?" → 4.2 units. The sides are named by the text ("A to B is
a:b"); unnamed, the small side is the coffee, the concentrate or the insulin and the large
one the water or the carbs.

"25% of my 2100 calories from fat, 9 kcal per gram: grams of fat?" → 58.33 g; without a
stated figure, protein and carbohydrate give 4 kcal a gram, fat 9 and alcohol 7.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

RATIO = _c(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?![\d:])")
RATIO_CUE = _c(r"\bratio\b|\bbrew(?:ed|ing)?\s+(?:at|with)\b|\b[a-z]+\s+to\s+[a-z]+\s*(?:is\b|of\b|"
               r"=|at\b|:|\d)|\b(?:coffee|beans|grounds|pour[\s-]*over|french\s+press|cold\s+brew)\b|\bmix(?:ed|ing)?\b|\bdilut|\bby\s+(?:weight|volume)\b|\bparts?\b|\bwith\s+water\b|"
               r"\bconcentrate\b|\bsquash\b|\bcordial\b")
NAMED = _c(r"\b([a-z]+)\s*(?:to|:|/)\s*([a-z]+)(?:\s+ratio)?\s*(?:is|of|=|at|:)?\s*(?:about\s+)?"
           r"(?:1\s*:|\d+(?:\.\d+)?\s*:)")
UNIT = r"(g|grams?|kg|ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|units?|cups?|oz|ounces?|tbsp|tsp)"
GIVEN = _c(rf"{NUM}\s*{UNIT}\b(?:\s+of)?\s+([a-z]+)")
ASK = _c(rf"\bhow\s+(?:many|much)\s+(?:{UNIT}\s+)?(?:of\s+)?([a-z]+)?|\bhow\s+many\s+{UNIT}\b")
LARGE = _c(r"water|carbs?|carbohydrates?|liquid|milk|diluent|solvent|juice|stock|broth")
STOPS = frozenset(("for", "of", "the", "is", "do", "does", "a", "an", "in", "it", "that", "will",
                   "should", "would", "i", "we", "to", "per", "each", "more"))
SAME = {"carb": "carb", "carbs": "carb", "carbohydrate": "carb", "carbohydrates": "carb"}


def _key(word: str) -> str:
    word = word.lower()
    return SAME.get(word, word.rstrip("s"))


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("g") or word.startswith("gram"):
        return "g"
    if word.startswith("mil") or word == "ml":
        return "ml"
    if word in ("l",) or word.startswith("lit"):
        return "L"
    return "units" if word.startswith("unit") else word


def ratio_amount(text: str) -> Trip | None:
    """The other side of a stated ratio for the amount given of one side."""
    ratio = RATIO.search(text)
    if ratio is None or RATIO_CUE.search(text) is None:
        return None
    a, b = _f(ratio.group(1)), _f(ratio.group(2))
    given = next((m for m in GIVEN.finditer(text) if not ratio.start() <= m.start() < ratio.end()
                  and m.group(3) not in ("of", "per", "a", "an", "each")), None)
    ask = ASK.search(text)
    if given is None or ask is None or a <= 0 or b <= 0:
        return None
    named_in = re.search(rf"\bin\s+{UNIT}\b", text[ask.end():])
    asked_unit = ask.group(1) or ask.group(3) or (named_in.group(1) if named_in else None)
    asked = ask.group(2) or ""
    if asked in STOPS or re.fullmatch(UNIT, asked):
        asked = ""
    whole = _of_total(text, given, ask, a, b)
    if whole is not None:
        return whole
    thing = _key(given.group(3))
    named = NAMED.search(text)
    if named is not None and {_key(named.group(1)), _key(named.group(2))} & {thing}:
        small_given = _key(named.group(1)) == thing
    else:
        small_given = LARGE.fullmatch(given.group(3)) is None and (
            not asked or LARGE.fullmatch(asked) is not None)
    value = _f(given.group(1)) * (b / a if small_given else a / b)
    unit = _unit(asked_unit) if asked_unit else ("units" if re.search(r"\binsulin\b", text)
                                                   else _unit(given.group(2)))
    top, bottom = (ratio.group(2), ratio.group(1)) if small_given else (ratio.group(1),
                                                                         ratio.group(2))
    basis = f"{given.group(1)} {given.group(2)} × {top} ÷ {bottom} (ratio {ratio.group(0)})"
    name = asked or ("insulin" if re.search(r"\binsulin\b", text) else "amount")
    return Trip(name, value, unit, f"{_show(value)} {unit}", basis)


TOTAL = _c(r"^\s*(?:ml|l|g|kg|oz|cups?|litres?|liters?|grams?)?\s*(?:total|in\s+(?:total|all)|"
           r"altogether|overall|(?:finished|final)\s+(?:mix|mixture|solution|volume|amount|batch)|of\s+(?:the\s+)?(?:mix|mixture|solution|finished|final)|all\s+told)"
           r"\b|\b(?:make|makes|making|made|fill|want|need)\s+(?:up\s+)?$|\btotal\s+(?:of\s+)?$")
SIDES = _c(r"\b([a-z]+)\s+(?:and|to|&|/|with)\s+([a-z]+)\b[^.?!:]{0,25}?(?:\d+(?:\.\d+)?\s*:)")


def _of_total(text: str, given: re.Match[str], ask: re.Match[str], a: Fraction,
              b: Fraction) -> Trip | None:
    """"mix 1:49, for 2 L in total how much bleach?": one side's share of a total."""
    before = text[max(0, given.start() - 12):given.start()]
    if not (TOTAL.search(text[given.end() - len(given.group(3)):given.end() + 12])
            or TOTAL.search(before)):
        return None
    asked = _key(ask.group(2) or "")
    sides = SIDES.search(text)
    if sides is not None and asked in (_key(sides.group(1)), _key(sides.group(2))):
        part = a if asked == _key(sides.group(1)) else b
    else:
        part = min(a, b) if not LARGE.fullmatch(asked) else max(a, b)
    value = _f(given.group(1)) * part / (a + b)
    unit = _unit(ask.group(1) or ask.group(3) or given.group(2))
    name = asked or "amount"
    basis = (f"{given.group(1)} {given.group(2)} × {_show(part)} ÷ {_show(a + b)} "
             f"(parts {_show(a)}:{_show(b)})")
    return Trip(name, value, unit, f"{_show(value)} {unit}", basis)


SHARE = _c(rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)")
ENERGY = _c(rf"{NUM}\s*(?:kcal|calories|cals?|kilocalories)\b")
PER_GRAM = _c(rf"{NUM}\s*(?:kcal|calories|cals?)\s*(?:per|a|/|each)\s*(?:gram|g)\b")
NUTRIENT = _c(r"\b(protein|carbs?|carbohydrates?|fat|alcohol)\b")
GRAMS_ASK = _c(r"\bhow\s+many\s+(?:grams?|g)\b|\bgrams\s+of\b|\bin\s+grams\b")
DEFAULT = {"protein": 4, "carb": 4, "carbs": 4, "carbohydrate": 4, "carbohydrates": 4, "fat": 9,
           "alcohol": 7}


def energy_grams(text: str) -> Trip | None:
    """Grams of a nutrient that make up a share of the day's energy."""
    share, energy, nutrient = SHARE.search(text), None, NUTRIENT.search(text)
    if share is None or nutrient is None or GRAMS_ASK.search(text) is None:
        return None
    per = PER_GRAM.search(text)
    energy = next((m for m in ENERGY.finditer(text)
                   if per is None or not per.start() <= m.start() < per.end()), None)
    if energy is None:
        return None
    name = nutrient.group(1).lower()
    each = _f(per.group(1)) if per is not None else Fraction(DEFAULT[name])
    if each <= 0:
        return None
    value = _f(energy.group(1)) * _f(share.group(1)) / 100 / each
    return Trip(f"{name} in grams", value, "g", f"{_show(value)} g",
                f"{energy.group(1)} kcal × {share.group(1)}% ÷ {_show(each)} kcal a gram")
