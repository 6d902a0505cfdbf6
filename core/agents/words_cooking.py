"""A cooking time from a time per weight (and a fixed extra) and the weight cooked.

"roast at 190°C for 20 minutes per kg plus 20 minutes, my joint is 4 kg — how long?" →
100 minutes (1 h 40 min); "15 mins per lb + 15, a 12 lb turkey"; "25 minutes per 500 g and
an extra 25 minutes for a 1.8 kg chicken"; "45 minutes a kilo, 3 kg ham: cooking time?".
The weight cooked converts to the rate's own unit exactly.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.amounts import grams as _grams
from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

MASS = r"(kg|kgs|kilos?|kilograms?|lbs?|pounds?|g|grams?|oz|ounces?)"
SPAN = r"(minutes?|mins?|min|hours?|hrs?|h)"
RATE = _c(rf"{NUM}\s*{SPAN}\s*(?:per|a|an|/|for\s+(?:each|every)|each|every)\s*(?:{NUM}\s*)?"
          rf"{MASS}\b")
EXTRA = _c(rf"(?:\bplus|\+|\band\s+(?:then\s+)?(?:an?\s+)?(?:extra|additional|another|further)|"
           rf"\bthen\s+(?:an?\s+)?(?:extra|additional|another|further)?|\bwith\s+an?\s+(?:extra|"
           rf"additional))\s*{NUM}\s*{SPAN}?\b(?:\s*(?:extra|more|on\s+top))?")
WEIGHT = _c(rf"{NUM}\s*-?\s*{MASS}\b")
ASK = _c(r"\bhow\s+long\b|\b(?:cooking|roasting|baking|total|oven)\s+time\b|\bhow\s+many\s+"
         r"(?:minutes|mins|hours)\b|\bhow\s+much\s+time\b|\btime\s+in\s+total\b|\bin\s+total\b")
IN_HOURS = _c(r"\bhow\s+many\s+hours\b|\bin\s+hours\b")


def _minutes(value: str, unit: str | None) -> Fraction:
    return _f(value) * (60 if unit and unit.lower().startswith("h") else 1)


def cooking_time(text: str) -> Trip | None:
    """The total cooking time asked (text expanded, lower-cased), or None."""
    rate = RATE.search(text)
    if rate is None or ASK.search(text) is None:
        return None
    weights = [m for m in WEIGHT.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(weights) != 1:
        return None
    per = _minutes(rate.group(1), rate.group(2))
    size = (_f(rate.group(3)) if rate.group(3) else Fraction(1)) * _grams(rate.group(4))
    weight = _f(weights[0].group(1)) * _grams(weights[0].group(2))
    if size <= 0 or per <= 0 or weight <= 0:
        return None
    total = per * weight / size
    basis = f"{rate.group(0)} × {weights[0].group(0).strip()}"
    extra = EXTRA.search(text, rate.end())
    if extra is not None:
        total += _minutes(extra.group(1), extra.group(2) or rate.group(2))
        basis += f" + {_show(_f(extra.group(1)))} {extra.group(2) or rate.group(2)}"
    hours, minutes = divmod(round(total), 60)
    clock = f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if IN_HOURS.search(text):
        return Trip("cooking time", total / 60, "hours", f"{_show(total / 60)} hours ({clock})",
                    basis)
    shown = f"{_show(total)} minutes" + (f" ({clock})" if hours else "")
    return Trip("cooking time", total, "minutes", shown, basis)
