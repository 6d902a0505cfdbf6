"""A bare reading whose scale only the question tells: an oven setting or a forecast given
without °F or °C and asked in the other scale, and a speed sign read abroad and asked in
the other unit.

""bake at 300" in an American recipe, what's that in C?" → 148.89 °C; "highs of 95 all week
(fahrenheit) - in celsius?" → 35 °C; "the sign in France says 50, I think in mph" → 31.07 mph.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

BARE = _c(r"(?<![\d.,:/£$€-])(\d{1,3}(?:\.\d+)?)(?![\d:/%]|[.,]\d)"
          r"(?!\s*(?:(?:°|º|degrees?|deg)\s*)?(?:c\b|f\b|celsius|fahrenheit|centigrade|k\b|kelvin))"
          r"(?!\s*(?:kg|g\b|ml|l\b|cm|mm|m\b|km|mi|mph|kph|minutes?|mins?|hours?|hrs?|h\b|people|"
          r"years?|x\b|am|pm|%|percent|decimals?|dp\b|d\.p|places?\b|significant|sig\b|s\.?f\b))")
# "round to 1 decimal place": how to show the answer, never the reading
TO_C = _c(r"\b(?:in|to|into|as)\s+(?:°|º|degrees?\s+)?(?:c|celsius|centigrade)\b|"
          r"\b(?:how\s+many\s+|what(?:'s|\s+is)?\s+(?:that|it)\s+in\s+)(?:°\s*)?(?:celsius|c)\b|"
          r"\bset\b[^.?!]*\bto\b[^.?!]*\b(?:in\s+)?(?:c|celsius)\b")
TO_F = _c(r"\b(?:in|to|into|as)\s+(?:°|º|degrees?\s+)?(?:f|fahrenheit)\b")
HEAT = _c(r"\b(?:bake|baking|oven|roast|forecast|highs?|lows?|temp(?:erature)?s?|degrees|"
          r"weather|outside|thermostat|fever|hot|cold|heat|warm)\b")
TO_MPH = _c(r"\bmph\b|\bmiles\s+(?:per|an)\s+hour\b")
TO_KMH = _c(r"\bkm/h\b|\bkph\b|\bkmh\b|\bkilomet(?:er|re)s\s+(?:per|an)\s+hour\b")
SIGN = _c(r"\b(?:sign|limit|speed)\b")
ABROAD_KMH = _c(r"\b(?:france|europe|germany|spain|italy|canada|australia|ireland|abroad|"
                r"km/h|kph|kmh|kilomet(?:er|re)s)\b")


def bare_reading(text: str) -> Trip | None:
    """The one bare number of the text read in the scale the question implies."""
    numbers = list(BARE.finditer(text))
    if len(numbers) != 1:
        return None
    value = Fraction(numbers[0].group(1))
    to_c, to_f = TO_C.search(text), TO_F.search(text)
    if HEAT.search(text) and (to_c is None) != (to_f is None):
        if to_c is not None and (re.search(r"\bcelsius|°c|\bc\b", text[:to_c.start()]) is None):
            result = (value - 32) * Fraction(5, 9)
            return Trip("temperature", result, "°C", f"{_show(result)} °C",
                        f"({_show(value)} °F − 32) × 5/9")
        if to_f is not None and re.search(r"\bfahrenheit|°f", text[:to_f.start()]) is None:
            result = value * Fraction(9, 5) + 32
            return Trip("temperature", result, "°F", f"{_show(result)} °F",
                        f"{_show(value)} °C × 9/5 + 32")
        return None
    if SIGN.search(text) is None:
        return None
    mile = Fraction("1.609344")
    if TO_MPH.search(text) and ABROAD_KMH.search(text) and not TO_KMH.search(text):
        result = value / mile
        return Trip("speed", result, "mph", f"{_show(result)} mph", f"{_show(value)} km/h ÷ 1.609")
    if TO_KMH.search(text) and not TO_MPH.search(text) and re.search(
            r"\b(?:us|usa|america|uk|britain|england|scotland|wales)\b", text):
        result = value * mile
        return Trip("speed", result, "km/h", f"{_show(result)} km/h",
                    f"{_show(value)} mph × 1.609")
    return None
