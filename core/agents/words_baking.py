"""Kitchen ratios: a brew ratio (coffee or tea to water), a dough's hydration (water as a
percentage of the flour), and a recipe moved to a tin of another size (the amount scales
with the tin's area when the depth stays the same).

"1:16 coffee to water, 500 ml of water — grams of coffee?" → 31.25 g; "65% hydration, 400 g
of flour: water?" → 260 g; "a 20 cm round tin takes 250 g of flour, how much for a 24 cm
one?" → 360 g. Millilitres of water are taken as grams.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show
from core.agents.words_reckon import NUM

AMOUNT = r"(g|grams?|ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|kg|kilos?|oz|ounces?)"
SIZE: dict[str, Fraction] = {"g": Fraction(1), "ml": Fraction(1), "l": Fraction(1000),
                             "kg": Fraction(1000), "oz": Fraction("28.349523125")}
RATIO = _c(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?::|to)\s*(\d+(?:\.\d+)?)(?![\d:])\s*"
           r"(?:ratio\s+)?(?:of\s+)?(?:(coffee|tea|grounds|beans|leaves)\s+(?:to|:|/)\s+(water|milk)|(water|milk)\s+"
           r"(?:to|:|/)\s+(coffee|tea|grounds|beans|leaves))")
GIVEN = _c(rf"{NUM}\s*{AMOUNT}\s+(?:of\s+)?([a-z]+)")
HYDRATION = _c(rf"{NUM}\s*%\s*(?:hydration|water)|\bhydration\s+(?:of|at|is)?\s*{NUM}\s*%")
TIN = _c(rf"{NUM}\s*(cm|centimet(?:er|re)s?|in(?:ch(?:es)?)?|\")?\s*(?:x\s*{NUM}\s*(?:cm|in(?:ch"
         rf"(?:es)?)?)?\s*)?(round|square|rectangular|springform|loaf|deep|shallow)?\s*(?:cake\s+)?"
         r"(?:tins?|pans?|dish(?:es)?|moulds?|molds?)\b")
ASK = _c(r"\bhow\s+(?:much|many)\b|\bwhat\s+(?:amount|quantity|weight)\b|\?")


def _grams(value: str, unit: str) -> Fraction:
    key = unit.lower()
    key = "ml" if key.startswith("mil") else "l" if key.startswith("l") else \
        "kg" if key.startswith("k") else "oz" if key.startswith(("o", "ou")) else \
        "g" if key.startswith("g") else key
    return Fraction(value.replace(",", "")) * SIZE.get(key, Fraction(1))


def brew_ratio(text: str) -> Reckoned | None:
    """"1:18 coffee to water, 200 ml of water, grams of coffee?" → 11.11 g."""
    ratio = RATIO.search(text)
    if ratio is None or not ASK.search(text):
        return None
    first, second = Fraction(ratio.group(1)), Fraction(ratio.group(2))
    solid = ratio.group(3) or ratio.group(6)
    liquid = ratio.group(4) or ratio.group(5)
    solid_part, liquid_part = (first, second) if ratio.group(3) else (second, first)
    if not solid_part or not liquid_part:
        return None
    given = [m for m in GIVEN.finditer(text) if not ratio.start() <= m.start() < ratio.end()]
    if len(given) != 1:
        return None
    amount = _grams(given[0].group(1), given[0].group(2))
    named = given[0].group(3).lower()
    if named in (liquid, "water"):
        value, what = amount * solid_part / liquid_part, solid
        unit = "g"
    elif named in (solid, "coffee", "tea", "grounds", "beans"):
        value, what = amount * liquid_part / solid_part, liquid
        unit = "ml" if liquid == "water" else "g"
    else:
        return None
    top, bottom = (solid_part, liquid_part) if unit == "g" else (liquid_part, solid_part)
    return Reckoned(what, value, unit, f"{given[0].group(0)} × {show(top)} ÷ {show(bottom)}")


def hydration(text: str) -> Reckoned | None:
    """"72% hydration with 500 g flour, how much water?" → 360 g (or the flour for water)."""
    share = HYDRATION.search(text)
    if share is None or not ASK.search(text):
        return None
    percent = Fraction((share.group(1) or share.group(2)).replace(",", "")) / 100
    given = [m for m in GIVEN.finditer(text) if m.group(3).lower() in ("flour", "water")]
    if len(given) != 1 or not percent:
        return None
    amount = _grams(given[0].group(1), given[0].group(2))
    if given[0].group(3).lower() == "flour":
        value = amount * percent
        return Reckoned("water", value, "g", f"{given[0].group(0)} × {show(percent * 100)}%")
    value = amount / percent
    return Reckoned("flour", value, "g", f"{given[0].group(0)} ÷ {show(percent * 100)}%")


def tin_size(text: str) -> Reckoned | None:
    """A recipe's amount for a tin of another size: scaled by the ratio of the areas."""
    tins = list(TIN.finditer(text))
    if len(tins) != 2 or not ASK.search(text):
        return None
    areas = [_area(m) for m in tins]
    if any(a is None or a <= 0 for a in areas):
        return None
    between = text[tins[0].end():tins[1].start()] + text[:tins[0].start()]
    amount = re.search(rf"{NUM}\s*{AMOUNT}(?:\s+(?:of\s+)?([a-z]+))?", between)
    if amount is None:
        return None
    old, new = areas
    assert old is not None and new is not None
    value = Fraction(amount.group(1).replace(",", "")) * new / old
    unit = amount.group(2)
    thing = f" of {amount.group(3)}" if amount.group(3) and amount.group(3) not in (
        "for", "and", "in", "to") else ""
    how = f"({tins[1].group(1)} ÷ {tins[0].group(1)})²" if not (tins[0].group(3) or
                                                            tins[1].group(3)) else \
        f"{show(new)} ÷ {show(old)} (the areas)"
    return Reckoned(f"for the {tins[1].group(0).strip()}", value, unit + thing,
                    f"{amount.group(1)} {unit} × {how}")


def _area(m: re.Match[str]) -> Fraction | None:
    size = Fraction(m.group(1).replace(",", ""))
    shape = (m.group(4) or "").lower()
    if m.group(3):
        return size * Fraction(m.group(3).replace(",", ""))
    if shape in ("square",):
        return size * size
    if shape in ("round", "springform", ""):
        return size * size * Fraction(math.pi / 4)
    return None


# gas mark → °C (and °F), the usual UK oven table
GAS_MARKS = {Fraction(1, 4): (110, 225), Fraction(1, 2): (120, 250), Fraction(1): (140, 275),
             Fraction(2): (150, 300), Fraction(3): (170, 325), Fraction(4): (180, 350),
             Fraction(5): (190, 375), Fraction(6): (200, 400), Fraction(7): (220, 425),
             Fraction(8): (230, 450), Fraction(9): (240, 475)}
GAS = _c(r"\bgas\s*(?:mark|no\.?|number)?\s*(\d(?:\s*/\s*\d|\.\d+)?)\b")
OVEN_TEMP = _c(r"(?<![\d.])(\d{2,3})\s*(?:°|º|degrees?\s*)?\s*(c|f|celsius|centigrade|"
               r"fahrenheit)\b")


def gas_mark(text: str) -> Reckoned | None:
    """"gas mark 6 in celsius?" → 200 °C; "what gas mark is 180 C?" → gas mark 4 (the
    nearest)."""
    if "gas" not in text:
        return None
    mark = GAS.search(text)
    if mark is not None:
        key = Fraction(re.sub(r"\s+", "", mark.group(1)))
        if key not in GAS_MARKS:
            return None
        celsius, fahrenheit = GAS_MARKS[key]
        if re.search(r"\bfahrenheit\b|°f\b|\bin\s+f\b", text):
            return Reckoned("oven", Fraction(fahrenheit), "°F",
                            f"gas mark {mark.group(1)}", text=f"{fahrenheit} °F ({celsius} °C)")
        return Reckoned("oven", Fraction(celsius), "°C", f"gas mark {mark.group(1)}",
                        text=f"{celsius} °C ({fahrenheit} °F)")
    temp = OVEN_TEMP.search(text)
    if temp is None:
        return None
    degrees = int(temp.group(1))
    fahrenheit = temp.group(2).lower().startswith("f")
    nearest = min(GAS_MARKS, key=lambda k: abs(GAS_MARKS[k][1 if fahrenheit else 0] - degrees))
    shown = f"{nearest.numerator}/{nearest.denominator}" if nearest.denominator > 1 else \
        str(nearest.numerator)
    return Reckoned("oven", nearest, "gas mark", f"{temp.group(0)} → the nearest gas mark",
                    text=f"gas mark {shown}")


def baking(text: str) -> Reckoned | None:
    return brew_ratio(text) or hydration(text) or tin_size(text) or gas_mark(text)
