"""Facts about one whole number, read before any "in decimal" or "as a fraction" is taken
as the form of the answer.

- a number written in another base: "convert binary 1011 to decimal", "0x1f in decimal";
- the sum of a number's digits: "digit sum of 2^100", "add up the digits of 50!";
- the zeros a number ends in: "how many trailing zeros does 100! have?", "how many zeros
  are at the end of 25 factorial";
- a fraction as a mixed number ("17/5 as a mixed number" → 3 2/5) and back ("3 2/5 as an
  improper fraction" → 17/5).

The number may be written as a whole, a power (``7^30``, ``7**30``) or a factorial (``50!``).
The text is already expanded and lower-cased; each reader needs its own named ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.mathdigits import digit_facts
from core.agents.mathkinds import Kind
from core.agents.mathmore import base_number
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

WHOLE = (r"(\d{1,3}(?:,\d{3})+|\d+)\s*(?:(?:\^|\*\*)\s*(\d+)|(!|factorial\b)|"
         r"to\s+the\s+(?:power\s+(?:of\s+)?)?(\d+)(?:st|nd|rd|th)?(?:\s+power)?)?")
DIGIT_SUM = (_c(rf"\b(?:sum|total)\s+of\s+(?:all\s+)?(?:the\s+|its\s+)?digits\s+(?:of|in)\s+"
                rf"(?:the\s+number\s+)?{WHOLE}"),
             _c(rf"\b(?:digit(?:al)?\s+sum|digit\s+total|cross\s+sum)\s+(?:of|for)\s+(?:the\s+"
                rf"number\s+)?{WHOLE}"),
             _c(rf"\badd(?:ing)?\s+(?:up\s+)?(?:all\s+)?(?:the\s+)?digits\s+(?:of|in)\s+{WHOLE}"),
             _c(rf"\bdigits\s+of\s+{WHOLE}\s+(?:add\s+up|sum)\s+to\b"))
ZEROS = (_c(rf"\b(?:how\s+many|number\s+of|count\s+(?:of\s+)?the)\s+(?:trailing\s+)?"
            rf"(?:zeros|zeroes|0s|noughts)\s+(?:are\s+(?:there\s+)?|does\s+|do\s+)?(?:at\s+the\s+end\s+of|"
            rf"(?:at\s+the\s+)?end\s+of|in|on|after|of)\s+(?:the\s+number\s+)?{WHOLE}"),
         _c(rf"\b(?:how\s+many\s+(?:trailing\s+)?(?:zeros|zeroes|0s)\s+(?:does|do)\s+){WHOLE}\s+"
            rf"(?:end\s+(?:in|with)|have|has)"),
         _c(rf"{WHOLE}\s+(?:ends?|finish(?:es)?)\s+(?:in|with)\s+how\s+many\s+(?:zeros|zeroes|0s)"),
         _c(rf"\btrailing\s+(?:zeros|zeroes|0s)\s+(?:of|in)\s+{WHOLE}"))
FRACTION = r"(-?\d+)\s*/\s*(\d+)"
MIXED_ASK = r"(?:as|to|into|in)\s+(?:a\s+)?mixed\s+(?:number|numeral|fraction|form)"
TO_MIXED = (_c(rf"(?<![\d./]){FRACTION}(?![\d.])\s+(?:written\s+|expressed\s+)?{MIXED_ASK}"),
            _c(rf"\b(?:write|express|convert|turn|change|make|put|give)\s+{FRACTION}(?![\d.])\s+"
               rf"{MIXED_ASK}"),
            _c(rf"\bmixed\s+(?:number|numeral|fraction)\s+(?:for|of|from)\s+{FRACTION}(?![\d.])"))
IMPROPER_ASK = r"(?:as|to|into|in)\s+(?:an?\s+)?(?:improper|top[-\s]heavy)\s+fraction"
TO_IMPROPER = _c(rf"(?<![\d./])(-?\d+)\s+(\d+)\s*/\s*(\d+)(?![\d.])\s+(?:written\s+)?"
                 rf"{IMPROPER_ASK}")
LIMIT = 20_000


def _whole(match: re.Match[str]) -> tuple[int, str] | None:
    """The number a :data:`WHOLE` match names (with how it was written), or None when too big."""
    base, power, fact, spoken = match.groups()[-4:]
    value, shown = int(base.replace(",", "")), base.replace(",", "")
    if power or spoken:
        exponent = int(power or spoken)
        if exponent * max(1, value.bit_length()) > LIMIT * 4:
            return None
        return value ** exponent, f"{shown}^{exponent}"
    if fact:
        return (math.factorial(value), f"{shown}!") if value <= 3000 else None
    return value, shown


def _digit_sum(text: str) -> Kind | None:
    match = next((m for pattern in DIGIT_SUM if (m := pattern.search(text))), None)
    if match is None or (found := _whole(match)) is None:
        return None
    return Kind("values", encode((f"sum of the digits of {found[1]}",
                                  f"text:{sum(map(int, str(found[0])))}", "")))


def _trailing(value: int) -> int:
    digits = str(value)
    return len(digits) - len(digits.rstrip("0")) if value else 0


def _zeros(text: str) -> Kind | None:
    match = next((m for pattern in ZEROS if (m := pattern.search(text))), None)
    if match is None:
        return None
    base, fact = match.groups()[-4], match.groups()[-2]
    if fact and (n := int(base.replace(",", ""))) <= 10**12:  # 5s in n!: n/5 + n/25 + …
        count, power = 0, 5
        while power <= n:
            count, power = count + n // power, power * 5
        return Kind("values", encode((f"zeros at the end of {n}!", f"text:{count}", "")))
    if (found := _whole(match)) is None:
        return None
    return Kind("values", encode((f"zeros at the end of {found[1]}",
                                  f"text:{_trailing(found[0])}", "")))


def _mixed(text: str) -> Kind | None:
    if (back := TO_IMPROPER.search(text)) is not None and int(back.group(3)):
        whole, top, bottom = (int(g) for g in back.groups())
        value = abs(whole) + Fraction(top, bottom)
        value = -value if whole < 0 else value
        name = f"{back.group(1)} {top}/{bottom} as an improper fraction"
        return Kind("values", encode((name, f"text:{value.numerator}/{value.denominator}", "")))
    match = next((m for pattern in TO_MIXED if (m := pattern.search(text))), None)
    if match is None or not int(match.group(2)):
        return None
    value = Fraction(int(match.group(1)), int(match.group(2)))
    whole, rest = divmod(abs(value.numerator), value.denominator)
    sign = "-" if value < 0 else ""
    shown = f"{sign}{whole}" if not rest else f"{sign}{rest}/{value.denominator}" if not whole \
        else f"{sign}{whole} {rest}/{value.denominator}"
    return Kind("values", encode((f"{match.group(1)}/{match.group(2)} as a mixed number",
                                  f"text:{shown}", "")))


READERS = (base_number, _digit_sum, _zeros, _mixed, digit_facts)


def number_facts(text: str) -> Kind | None:
    """The fact about a whole number that ``text`` asks for, or None."""
    return first_found(READERS, text)
