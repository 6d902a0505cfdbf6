"""An amount asked in two or three units of one kind at once: "36432 seconds to h:mm:ss",
"340 days in weeks plus leftover days", "9.9 hours = ? hours ? minutes", "80 kg in stone
and pounds" (feet and inches are the conversions' own). The whole amount goes into the
largest unit asked, what is left into the next, and the last is rounded (half up) to a
whole; a stated factor ("1 lb = 0.4536 kg") is the one used for that pair.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

F = Fraction
# each unit: its size in a base of its kind, and how it is written in the answer
SIZES: dict[str, tuple[str, Fraction, str]] = {
    "week": ("time", F(604800), "weeks"), "day": ("time", F(86400), "days"),
    "hour": ("time", F(3600), "h"), "minute": ("time", F(60), "min"),
    "second": ("time", F(1), "s"),
    "stone": ("mass", F("6.35029318"), "st"), "pound": ("mass", F("0.45359237"), "lb"),
    "ounce": ("mass", F("0.028349523125"), "oz"), "kilogram": ("mass", F(1), "kg"),
    "gram": ("mass", F(1, 1000), "g"),
    "foot": ("length", F("0.3048"), "ft"), "inch": ("length", F("0.0254"), "in"),
    "meter": ("length", F(1), "m"), "centimeter": ("length", F(1, 100), "cm"),
    "kilometer": ("length", F(1000), "km"),
}
WORDS = {
    "weeks?|wks?": "week", "days?": "day", "hours?|hrs?|h": "hour", "minutes?|mins?": "minute",
    "seconds?|secs?|s": "second", "stones?|st": "stone", "pounds?|lbs?|lb": "pound",
    "ounces?|oz": "ounce", "feet|foot|ft": "foot", "inch(?:es)?|in": "inch",
}
_UNIT = "|".join(f"(?:{w})" for w in WORDS)
# "to h:mm:ss", "in hh:mm", "as mm:ss"
CLOCK = re.compile(r"\b(h{1,2}):mm(?::ss)?\b|\bmm:ss\b", re.I)
# "in weeks plus leftover days", "into stones + lbs", "in hours, minutes and seconds",
# "= ? hours ? minutes", "how many full weeks and extra days"
JOINED = re.compile(
    rf"(?:\b(?:in|into|to|as)\s+(?:whole\s+|full\s+)?|=\s*\?\s*|\bhow\s+many\s+(?:full\s+|whole\s+)?)"
    rf"({_UNIT})\b\s*(?:,\s*|\s*(?:\+|plus|and|&|\?)\s*(?:(?:the\s+)?(?:leftover|extra|remaining|"
    rf"spare|left\s*over)\s+)?)({_UNIT})\b(?:\s*(?:,|and|&|\+|\?)\s*(?:(?:leftover|extra)\s+)?"
    rf"({_UNIT})\b)?", re.I)
DEFINED = re.compile(r"\b1\s*(lbs?|pounds?|stones?|st|ft|foot|inch(?:es)?|in)\s*=\s*(\d+(?:\.\d+)?)"
                     r"\s*(kg|g|cm|m|lbs?|pounds?|in|inch(?:es)?)\b", re.I)


def _name(word: str) -> str | None:
    return next((name for pattern, name in WORDS.items()
                 if re.fullmatch(pattern, word, re.I)), None)


def _asked(text: str) -> list[str] | None:
    if (clock := CLOCK.search(text)) is not None:
        return ["hour", "minute", "second"] if clock.group(0).count(":") == 2 else (
            ["hour", "minute"] if clock.group(1) else ["minute", "second"])
    found = JOINED.search(text)
    if found is None:
        return None
    names = [_name(w) for w in found.groups() if w]
    if any(n is None for n in names) or len(set(names)) != len(names):
        return None
    return [n for n in names if n is not None]


def _sizes(text: str) -> dict[str, Fraction]:
    sizes = {name: size for name, (_, size, _) in SIZES.items()}
    for match in DEFINED.finditer(text):  # "1 lb = 0.4536 kg": that size, for this answer
        one, other = _name(match.group(1)) or "", _name(match.group(3)) or {
            "kg": "kilogram", "g": "gram", "cm": "centimeter", "m": "meter"}.get(
            match.group(3).lower(), "")
        if one in sizes and other in sizes:
            sizes[one] = F(match.group(2)) * sizes[other]
    return sizes


def mixed(text: str, value: float, source: str) -> tuple[str, str] | None:
    """The amount ``value`` in ``source`` (a pint unit name) written in the units asked, and
    the basis; None when the text asks for no mix of units of the source's kind."""
    units = _asked(text)
    if units is None or source not in SIZES or len(units) < 2:
        return None
    kind = SIZES[source][0]
    if kind == "length" or any(SIZES[u][0] != kind for u in units):  # feet and inches: measures
        return None
    sizes = _sizes(text)
    units.sort(key=lambda u: -sizes[u])
    rest = F(Decimal(repr(value))) * sizes[source]
    parts: list[tuple[int | Decimal, str]] = []
    for unit in units[:-1]:
        whole = int(rest // sizes[unit])
        parts.append((whole, unit))
        rest -= whole * sizes[unit]
    last = (Decimal(rest.numerator) / Decimal(rest.denominator) / (
        Decimal(sizes[units[-1]].numerator) / Decimal(sizes[units[-1]].denominator))).quantize(
        Decimal(1), rounding=ROUND_HALF_UP)
    parts.append((last, units[-1]))
    for index in range(len(parts) - 1, 0, -1):  # 59.6 s rounds to 60 s: carry the minute
        amount, unit = parts[index]
        above = parts[index - 1][1]
        if int(amount) * sizes[unit] >= sizes[above]:
            parts[index] = (0, unit)
            parts[index - 1] = (int(parts[index - 1][0]) + 1, above)
    shown = " ".join(f"{int(a)} {SIZES[u][2]}" for a, u in parts)
    if units == ["hour", "minute", "second"] or units == ["hour", "minute"]:
        shown += " (" + ":".join([str(int(parts[0][0]))] + [f"{int(a):02d}" for a, _ in
                                                           parts[1:]]) + ")"
    return shown, f"{value:g} {source}s in {', '.join(units)}"
