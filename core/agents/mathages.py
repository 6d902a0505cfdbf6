"""Age puzzles: two people's ages tied now and at another time, solved for the one asked.

"a father is 5 times as old as his daughter. in 18 years he'll be twice as old. how old is
his daughter now?" → a = 5b, a + 18 = 2(b + 18); "Omar is 11 years older than Jo. in 6
years their ages will add up to 101. how old is Jo now?" → a = b + 11, (a + 6) + (b + 6) =
101; "5 years ago she was 3 times as old as her son" → a − 5 = 3(b − 5).

The first person named is a, the second b. The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c

NUMBER = r"(\d+(?:\.\d+)?)"
TIMES = rf"(?:{NUMBER}\s+times|(twice|double|three\s+times|half))"
WHO = r"((?:my\s+|a\s+|an\s+|the\s+|his\s+|her\s+)?[a-z]+)"
NOW = _c(rf"\b{WHO}\s+(?:is|was)\s+(?:now\s+)?(?:{TIMES}\s+(?:as\s+old\s+as|the\s+age\s+of|"
         rf"older\s+than)|{NUMBER}\s+years?\s+(older|younger)\s+than)\s+{WHO}\b")
SHIFT = _c(rf"\b(?:in\s+{NUMBER}\s+years?(?:'?\s+time)?|{NUMBER}\s+years?\s+(?:from\s+now|later|"
           rf"on)|{NUMBER}\s+years?\s+ago)\b")
THEN_TIMES = _c(rf"\b(?:will|would|'ll|was|were|be)\b[^.?!]{{0,20}}?\b{TIMES}\s+(?:as\s+old|"
                rf"(?:his|her|their)\s+age)")
THEN_SUM = _c(rf"\b(?:ages?|they)\b[^.?!]{{0,30}}?\b(?:add\s+up\s+to|sum\s+to|total|come\s+to|"
              rf"be|is|are)\s+(?:a\s+total\s+of\s+)?{NUMBER}\b")
ASK = _c(rf"\bhow\s+old\s+(?:is|was|are)\s+{WHO}|\b{WHO}(?:'s)?\s+(?:current\s+|present\s+)?age\b"
         rf"[^.?!]*\?|\bwhat\s+(?:is|are)\s+(?:the\s+)?(?:current\s+|present\s+)?age\s+of\s+{WHO}")
WORD = {"twice": "2", "double": "2", "three times": "3", "half": "1/2"}


def _times(match: re.Match[str], number: int, word: int) -> str:
    return match.group(number) or WORD[re.sub(r"\s+", " ", match.group(word))]


def _key(who: str) -> str:
    return re.sub(r"^(?:my|a|an|the|his|her)\s+", "", who)


def _value(text: str) -> Fraction:
    return Fraction(text)


def age_puzzle(text: str) -> Kind | None:
    """Two ages from a tie now and one at another time, or None."""
    if "old" not in text and "age" not in text:
        return None
    now, shift, asked = NOW.search(text), SHIFT.search(text), ASK.search(text)
    if now is None or shift is None or asked is None:
        return None
    if now.group(4):  # a = p·b + q
        p, q = Fraction(1), _value(now.group(4)) * (1 if now.group(5) == "older" else -1)
        tie = f"{now.group(4)} years {now.group(5)} than"
    else:
        p, q = _value(_times(now, 2, 3)), Fraction(0)
        tie = f"{_times(now, 2, 3)} times as old as"
    years = _value(shift.group(1) or shift.group(2) or shift.group(3))
    s = -years if shift.group(3) else years
    when = f"{years} years ago" if shift.group(3) else f"in {years} years"
    then_times, then_sum = THEN_TIMES.search(text, shift.start()), THEN_SUM.search(
        text, shift.start())
    if then_times is not None:  # a + s = m(b + s)
        m = _value(_times(then_times, 1, 2))
        if p == m:
            return None
        b = (m * s - s - q) / (p - m)
        later = f"{when} {m} times as old"
    elif then_sum is not None:  # (a + s) + (b + s) = total
        b = (_value(then_sum.group(1)) - 2 * s - q) / (p + 1)
        later = f"{when} the ages add up to {then_sum.group(1)}"
    else:
        return None
    a = p * b + q
    if b <= 0 or a <= 0 or a + s <= 0 or b + s <= 0 or b.denominator != 1:
        return None
    who = _key(next(g for g in asked.groups() if g))
    first, second = _key(now.group(1)), _key(now.group(6))
    if who not in (first, second):
        return None
    ages = {first: a, second: b}
    order = (who, second if who == first else first)
    told = f" ({first} {tie} {second}, {later})"
    return Kind("values", encode(*((f"{name} now" + (told if name == who else ""),
                                    str(ages[name]), "years") for name in order)))
