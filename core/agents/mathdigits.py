"""Facts about numbers asked in words, each worked out exactly.

- how many digits a power has: "how many digits does 3^133 have?", "number of digits in
  2^1000";
- the last digit of a power: "what's the last digit of 7^222", "units digit of 3^50",
  "what digit does 13^40 end in";
- the smallest (or largest) prime that divides a number: "smallest prime factor of 391";
- which of two fractions is bigger: "which is larger, 5/8 or 3/5?";
- the years between two years: "how many years from 1947 to 2031?";
- someone's age in days: "how many days old is a person who just turned 40? (365.25 days a
  year)".

The text is already expanded and lower-cased; each reader needs its own named ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

POWER = r"(\d+)\s*(?:\^|\*\*|to\s+the\s+(?:power\s+(?:of\s+)?)?)\s*(\d+)"
DIGITS = (_c(rf"\bhow\s+many\s+digits\s+(?:does|do|are\s+(?:there\s+)?in|in|has|is)\s+(?:the\s+"
             rf"number\s+)?{POWER}"),
          _c(rf"\b(?:number|count)\s+of\s+digits\s+(?:of|in)\s+(?:the\s+number\s+)?{POWER}"),
          _c(rf"{POWER}\s+has\s+how\s+many\s+digits\b"),
          _c(rf"\bhow\s+long\s+is\s+{POWER}\s+(?:when\s+)?written\s+out"))
LAST = (_c(rf"\b(?:last|final|units?|ones)\s+digit\s+(?:of|in)\s+(?:the\s+number\s+)?{POWER}"),
        _c(rf"\bwhat\s+(?:digit|number)\s+does\s+{POWER}\s+end\s+(?:in|with)\b"),
        _c(rf"{POWER}\s+ends?\s+(?:in|with)\s+(?:what|which)\s+digit\b"))
PRIME_DIVIDES = _c(r"\b(smallest|least|lowest|largest|biggest|greatest|highest)\s+prime\s+"
                   r"(?:that\s+divides(?:\s+into)?|dividing|factor\s+of|divisor\s+of|number\s+"
                   r"that\s+divides|that\s+goes\s+into|which\s+divides)\s+(\d{1,15})\b")
FRACTION = r"(\d+)\s*/\s*(\d+)"
BIGGER = _c(r"\bwhich\s+(?:one\s+|fraction\s+|number\s+)?(?:is\s+)?(bigger|larger|greater|more|"
            r"smaller|less|lower|higher)\b")
PAIR = _c(rf"(?<![\d/.]){FRACTION}(?![\d/.])\s*(?:,\s*)?(?:or|vs\.?|versus|and)\s+{FRACTION}"
          r"(?![\d/.])")
YEARS = _c(r"\bhow\s+many\s+years\s+(?:are\s+there\s+|is\s+it\s+|passed\s+|went\s+by\s+)?"
           r"(?:from|between|since)\s+(?:the\s+year\s+)?(\d{3,4})\s+(?:to|and|until|till|"
           r"through)\s+(?:the\s+year\s+)?(\d{3,4})\b")
DAYS_OLD = _c(r"\bhow\s+many\s+days\s+old\b|\b(?:age|old)\s+in\s+days\b|\bdays\s+(?:have\s+"
              r"i|has\s+(?:she|he|someone|a\s+person)|old)\b")
TURNED = _c(r"\b(?:turned|turning|is|am|are|aged|age\s+of|of\s+age)\s+(\d{1,3})\b(?!\s*(?:%|"
            r"days|\.\d))|(\d{1,3})\s*(?:years?\s+old|-year-old|yo\b)")
YEAR_DAYS = _c(r"\b(365(?:\.25)?)\s+days\b")


def _power(match: re.Match[str]) -> tuple[int, int] | None:
    base, exponent = int(match.group(1)), int(match.group(2))
    return (base, exponent) if base >= 1 and exponent <= 10**9 else None


def _digits(text: str) -> Kind | None:
    match = next((m for p in DIGITS if (m := p.search(text))), None)
    if match is None or (power := _power(match)) is None:
        return None
    base, exponent = power
    if base == 1:
        count = 1
    elif exponent * base.bit_length() <= 200_000:
        count = len(str(base ** exponent))
    else:
        estimate = exponent * math.log10(base)
        if abs(estimate - round(estimate)) < 1e-6:
            return None  # too near a whole number to trust a float
        count = math.floor(estimate) + 1
    return Kind("values", encode((f"digits in {base}^{exponent}:", f"{count}", "digits")))


def _last(text: str) -> Kind | None:
    match = next((m for p in LAST if (m := p.search(text))), None)
    if match is None or (power := _power(match)) is None:
        return None
    base, exponent = power
    digit = pow(base, exponent, 10)
    return Kind("values", encode((f"the last digit of {base}^{exponent}:", str(digit), "")))


def _smallest_prime(n: int) -> int:
    for p in (2, 3):
        if n % p == 0:
            return p
    step, d = 2, 5
    while d * d <= n:
        if n % d == 0:
            return d
        d, step = d + step, 6 - step
    return n


def _prime_divides(text: str) -> Kind | None:
    if (m := PRIME_DIVIDES.search(text)) is None or not 2 <= (n := int(m.group(2))) <= 10**13:
        return None
    if m.group(1) in ("smallest", "least", "lowest"):
        found = _smallest_prime(n)
    else:
        found, rest = 1, n
        while rest > 1:
            found = _smallest_prime(rest)
            while rest % found == 0:
                rest //= found
    word = "smallest" if m.group(1) in ("smallest", "least", "lowest") else "largest"
    return Kind("values", encode((f"the {word} prime that divides {n}:", str(found), "")))


def _bigger(text: str) -> Kind | None:
    if (ask := BIGGER.search(text)) is None or (m := PAIR.search(text)) is None:
        return None
    a, b, c, d = (int(g) for g in m.groups())
    if not b or not d or Fraction(a, b) == Fraction(c, d):
        return None
    first, second = f"{a}/{b}", f"{c}/{d}"
    big, small = (first, second) if Fraction(a, b) > Fraction(c, d) else (second, first)
    word = ask.group(1)
    if word in ("smaller", "less", "lower"):
        return Kind("values", encode((f"{small} < {big}, so the {word} is", f"text:{small}", "")))
    word = "bigger" if word == "more" else word
    return Kind("values", encode((f"{big} > {small}, so the {word} is", f"text:{big}", "")))


def _years(text: str) -> Kind | None:
    if (m := YEARS.search(text)) is None:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return Kind("values", encode((f"from {start} to {end}:", f"{abs(end - start)}", "years")))


def _days_old(text: str) -> Kind | None:
    if not DAYS_OLD.search(text) or (m := TURNED.search(text)) is None:
        return None
    years = m.group(1) or m.group(2)
    length = (y.group(1) if (y := YEAR_DAYS.search(text)) else "365.25")
    return Kind("values", encode((f"{years} years × {length} days", f"{years}*{length}",
                                  "days")))


SHARE = r"(\d+(?:\.\d+)?)\s*(?:out\s+of|/|of\s+a\s+(?:total\s+of\s+)?|from)\s*(\d+(?:\.\d+)?)"
AS_PERCENT = (_c(rf"(?<![\d.]){SHARE}(?![\d.])\s*(?:,\s*)?(?:as|in|into|to)\s+(?:a\s+)?"
                 r"(?:percent(?:age)?|per\s*cent|%)"),
              _c(rf"\bwhat\s+(?:percent(?:age)?|%)\s+(?:is|are)\s+{SHARE}(?![\d.])"))
OTHER_FORMS = _c(r"\b(?:decimals?|fractions?)\b")  # "… as a percent and a decimal": all forms


def _share(text: str) -> Kind | None:
    """"43 out of 72 as a percentage" → 43 ÷ 72 × 100."""
    match = next((m for p in AS_PERCENT if (m := p.search(text))), None)
    if match is None or float(match.group(2)) == 0 or OTHER_FORMS.search(text):
        return None
    return Kind("evaluate", f"{match.group(1)}/{match.group(2)}*100", unit="%",
                named=f"{match.group(1)} out of {match.group(2)}")


READERS = (_digits, _last, _prime_divides, _bigger, _years, _days_old, _share)


def digit_facts(text: str) -> Kind | None:
    """The fact about numbers that ``text`` asks for, or None."""
    return first_found(READERS, text)
