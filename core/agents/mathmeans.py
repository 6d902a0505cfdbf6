"""Averages and sums asked by name rather than of a column of data.

- a geometric or harmonic mean of numbers listed: "geometric mean of 4, 9 and 16";
- the average value of a function over an interval: "average value of x^2 on [0, 10]";
- the value missing from an average: "the mean of 5 numbers is 14; four are 23, 5, 19, 13.
  what's the fifth?";
- a run of powers written with dots: "1^2 + 2^2 + ... + 16^2", "1³ + 2³ + … + 10³".

:func:`by_name` tells the classifier that such a sentence is maths, though it names a mean.
The text is already expanded and lower-cased; every reader needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathnamed import polynomial
from core.agents.mathpolygon import polygon_or_letters
from core.agents.mathstats import told_stats
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
ASK = _c(ASKED)
MEAN_OF = _c(rf"\b(geometric|harmonic)\s+(?:mean|average)\s+(?:of\s+)?((?:{NB}(?:\s*,\s*|\s+and\s+|"
             rf"\s+))*{NB})")
AVERAGE_VALUE = _c(rf"\b(?:average|mean)\s+value\s+of\s+(?:f\s*\(\s*x\s*\)\s*=\s*|y\s*=\s*|the\s+"
                   rf"function\s+)?(.+?)\s+(?:on|over|across|between|from)\s+(?:the\s+)?(?:interval\s+)?"
                   rf"[\[(]?\s*({NB})\s*(?:,|to|and)\s*({NB})\s*[\])]?")
TOLD_MEAN = _c(rf"\b(?:average|mean)\s+(?:of\s+)?(?:(?:the\s+)?(\d+|two|three|four|five|six|seven|"
               rf"eight|nine|ten)\s+(?:numbers|values|scores|marks|tests|items|results)\s+)?"
               rf"(?:is|was|=|of)\s+({NB})")
COUNT_FIRST = _c(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:numbers|values|scores|"
                 r"marks|tests|items|results)\b")
THEM = _c(rf"\b(?:of\s+them|of\s+these|numbers|values|scores|marks|ones)\s+(?:are|were|is|:)\s*"
          rf"((?:{NB}(?:\s*,\s*|\s+and\s+))+{NB})")
MISSING = _c(r"\b(?:fifth|sixth|seventh|eighth|ninth|tenth|fourth|third|second|last|missing|other|"
             r"remaining|final|next|unknown)\b")
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10}
FRACTION = r"-?\d+\s*/\s*\d+|-?\d+(?:\.\d+)?"
FRACTION_RE = re.compile(FRACTION)
FRACTION_MEAN = _c(rf"\b(?:average|mean)\s+(?:value\s+)?of\s+(?:the\s+)?(?:fractions\s+)?"
                   rf"((?:(?:{FRACTION})\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)){{1,9}}(?:{FRACTION}))(?![\d/.])")
POWERS = re.compile(r"\b(\d+)\s*(?:\^\s*(\d)|([²³]))\s*\+\s*(\d+)\s*(?:\^\s*\2|\3)\s*\+\s*"
                    r"(?:\d+\s*(?:\^\s*\2|\3)\s*\+\s*)?(?:\.\.\.|…)\s*\+\s*(\d+)\s*(?:\^\s*\2|\3)")


def _numbers(text: str) -> list[Fraction]:
    return [Fraction(_n(v)) for v in re.findall(NB, text)]


def _mean_of(text: str) -> Kind | None:
    if (found := MEAN_OF.search(text)) is None:
        return None
    values = _numbers(found.group(2))
    if len(values) < 2 or any(v <= 0 for v in values):
        return None
    if found.group(1) == "harmonic":
        return Kind("evaluate", f"{len(values)}/(" + " + ".join(f"1/({v})" for v in values) + ")",
                    named="harmonic mean")
    return Kind("evaluate", "(" + "*".join(f"({v})" for v in values) + f")^(1/{len(values)})",
                named="geometric mean")


def _average_value(text: str) -> Kind | None:
    if (found := AVERAGE_VALUE.search(text)) is None:
        return None
    flat = found.group(1).replace(" ", "").replace("**", "^").replace("*", "").rstrip(",")
    terms = polynomial(flat)
    low, high = Fraction(_n(found.group(2))), Fraction(_n(found.group(3)))
    if terms is None or low == high:
        return None

    def primitive(x: Fraction) -> Fraction:
        return sum((c * x ** (d + 1) / (d + 1) for d, c in terms.items()), Fraction(0))

    value = (primitive(high) - primitive(low)) / (high - low)
    return Kind("evaluate", str(value), named="average value")


def _missing(text: str) -> Kind | None:
    if (told := TOLD_MEAN.search(text)) is None or (them := THEM.search(text)) is None or \
            not MISSING.search(text):
        return None
    count_word = told.group(1) or ((c := COUNT_FIRST.search(text)) and c.group(1))
    if not count_word:
        return None
    count = int(count_word) if count_word.isdigit() else WORDS[count_word]
    known = _numbers(them.group(1))
    if len(known) != count - 1:
        return None
    mean = Fraction(_n(told.group(2)))
    return Kind("evaluate", f"{count}*({mean}) - ({' + '.join(str(v) for v in known)})",
                named="the missing value")


def _powers(text: str) -> Kind | None:
    if (found := POWERS.search(text)) is None:
        return None
    power = int(found.group(2) or {"²": 2, "³": 3}[found.group(3)])
    first, second, last = int(found.group(1)), int(found.group(4)), int(found.group(5))
    step = second - first
    if step <= 0 or last < first or (last - first) % step or (last - first) // step > 100000:
        return None
    total = sum(k ** power for k in range(first, last + 1, step))
    return Kind("evaluate", str(total), named="sum")


def _fraction_mean(text: str) -> Kind | None:
    """"average of 2/7, 1/3 and 6/7" → (2/7 + 1/3 + 6/7)/3, exactly."""
    if "/" not in text or (found := FRACTION_MEAN.search(text)) is None:
        return None
    values = [v.replace(" ", "") for v in FRACTION_RE.findall(found.group(1))]
    if len(values) < 2 or not any("/" in v for v in values) or any(
            v.endswith("/0") for v in values):
        return None
    return Kind("evaluate", f"({' + '.join(values)})/{len(values)}", named="mean")


READERS = (_mean_of, _average_value, _missing, _powers, _fraction_mean)


def means(text: str) -> Kind | None:
    """The mean or sum ``text`` asks for by name, or None."""
    return first_found(READERS, text)


def by_name(text: str) -> bool:
    """True when a sentence naming a mean, a sum or a statistic asks a calculation read by
    name (so it is maths, not data to analyse): these means, a z-score, a mean from counts,
    the expected roll of a die, a word's arrangements."""
    from core.agents.mathasked import asked_number  # it reads these means too

    lowered = text.lower()
    return asked_number(lowered) is not None or told_stats(lowered) is not None or \
        polygon_or_letters(lowered) is not None  # "the letters of STATISTICS"
