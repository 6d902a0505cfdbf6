"""Ages from how many times older one person is now and after (or before) some years.

"A mum is 6 times as old as her son. In 18 years she will be 3 times as old as him. How old
are they now?" → the son is 12 and the mum 72: with the son's age y, 6y + 18 = 3(y + 18).
"5 years ago a father was 7 times as old as his daughter; now he is 4 times as old" works
the same way backwards. The text is expanded (number words are digits) and lower-cased.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

TIMES = (r"(\d+(?:\.\d+)?|twice|double|three\s+times|half)\s*(?:times)?\s+(?:as\s+old\s+as|"
         r"older\s+than|the\s+age\s+of)")
NOW = _c(rf"\b(?:the\s+|a\s+|my\s+|his\s+|her\s+)?([a-z]+)\s+(?:is|'s)\s+(?:now\s+)?{TIMES}\s+"
         rf"(?:the\s+|a\s+|my\s+|his\s+|her\s+|their\s+)?([a-z]+)")
LATER = _c(rf"\bin\s+(\d+)\s+years?(?:'\s+time|\s+time)?,?\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:wi"
           rf"ll\s+be|"
           rf"would\s+be|is\s+going\s+to\s+be)\s+(?:only\s+)?{TIMES}|\b(\d+)\s+years?\s+ago,?\s+"
           rf"(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:was|were)\s+{TIMES}")
PAIR = _c(rf"\b([a-z]+)\s+(?:is|was|will\s+be|'s)\s+(?:now\s+)?(?:only\s+)?{TIMES}\s+(?:the\s+|a"
          rf"\s+|"
          rf"my\s+|his\s+|her\s+|their\s+)?([a-z]+)")
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "it", "i", "me", "you"})
ROLES = frozenset({"mum", "mom", "mother", "dad", "father", "son", "daughter", "brother", "sister",
                   "grandma", "grandmother", "grandpa", "grandfather", "grandson",
                   "granddaughter", "aunt", "uncle", "nephew", "niece", "cousin", "child", "wife",
                   "husband", "teacher", "student", "boy", "girl", "man", "woman", "parent"})
AGE_ASK = _c(r"\bhow\s+old\b|\bwhat\s+(?:are|is)\s+(?:their|the|his|her)\s+ages?\b|\bages?\b")


SUM = _c(r"\b(?:ages?\s+(?:add\s+(?:up\s+)?to|sum\s+to|total|come\s+to)|combined\s+ages?\s+"
         r"(?:is|are|of)|together\s+(?:they\s+)?(?:are|make))\s+(\d+)")
SUM_LATER = _c(r"\b(?:in|after)\s+(\d+)\s+years?\b")


def ages_from_sum(text: str) -> Reckoned | None:
    """Two ages from how many times older one is and what their ages add up to (and the
    sum some years on, when asked)."""
    now, total = NOW.search(text), SUM.search(text)
    if now is None or total is None or not AGE_ASK.search(text) or LATER.search(text):
        return None
    k, whole = _factor(now.group(2)), Fraction(total.group(1))
    if k <= 0:
        return None
    young = whole / (k + 1)
    old = k * young
    if young.denominator != 1:
        return None
    elder, younger = now.group(1), now.group(3)
    shown = f"{_named(younger)} is {show(young)} and {_named(elder)} is {show(old)}"
    basis = f"y + {show(k)}y = {show(whole)}, so y = {show(young)}"
    if (later := SUM_LATER.search(text, total.end())) is not None:
        years = Fraction(later.group(1))
        shown += f"; in {show(years)} years their ages add to {show(whole + 2 * years)}"
        basis += f"; {show(whole)} + 2 × {show(years)}"
    return Reckoned("ages", young, "years", basis, text=shown)


def _factor(said: str) -> Fraction:
    said = said.lower()
    return {"twice": Fraction(2), "double": Fraction(2), "half": Fraction(1, 2)}.get(
        said, Fraction(3) if said.startswith("three") else Fraction(said) if said[0].isdigit()
        else Fraction(0))


def ages_from_ratios(text: str) -> Reckoned | None:
    """Two ages from one ratio now and another some years later (or earlier)."""
    now, later = NOW.search(text), LATER.search(text)
    if now is None or later is None or not AGE_ASK.search(text):
        return None
    k = _factor(now.group(2))
    years = Fraction(later.group(1) or later.group(3))
    m = _factor(later.group(2) or later.group(4))
    ahead = later.group(1) is not None
    if k == m or k <= 0 or m <= 0:
        return None
    # ahead: k·y + n = m(y + n) → y = n(m − 1) / (k − m)
    # ago:   k·y − n = m(y − n) → y = n(m − 1) / (m − k)
    young = years * (m - 1) / (k - m) if ahead else years * (m - 1) / (m - k)
    old = k * young
    if young <= 0 or young.denominator != 1 or old.denominator != 1:
        return None
    elder, younger = next(((p.group(1), p.group(3)) for p in PAIR.finditer(text)
                           if p.group(1) not in PRONOUNS and p.group(3) not in PRONOUNS),
                          ("older one", "younger one"))
    way = f"+ {show(years)} = {show(m)}(y + {show(years)})" if ahead else \
        f"− {show(years)} = {show(m)}(y − {show(years)})"
    basis = f"{show(k)}y {way}, so y = {show(young)}"
    return Reckoned("ages", young, "years", basis,
                    text=f"{_named(younger)} is {show(young)} and {_named(elder)} is {show(old)}")


def _named(word: str) -> str:
    return f"the {word}" if word in ROLES or word.endswith("one") else word.capitalize()


KINDS = (ages_from_ratios, ages_from_sum)
