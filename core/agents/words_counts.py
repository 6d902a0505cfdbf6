"""Whole things counted from words: the containers a total needs, rounded up ("24 jars fit
in a box, 66 jars, how many boxes?" → 3 boxes; "63 guests, 3 glasses each, 6 glasses to a
bottle" → 32 bottles; "one batch makes 18 cookies, I need 136" → 8 batches); a count scaled
by a stated proportion ("3 eggs make 8 pancakes, 60 pancakes, how many eggs?" → 23 eggs);
and the full days a counted supply lasts ("120 puffs, 2 puffs 4 times a day" → 15 days;
"722 in stock, we sell 85 a day" → 8 full days; a 10 ml bottle at 20 drops per ml, 2 drops
4 times a day in both eyes → 12 full days).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

ASKED = _c(r"\bhow\s+many\s+(?:whole\s+|full\s+|complete\s+|more\s+|separate\s+)?([a-z]+)\b(?!-)|"
           r"\b([a-z]+)\s+(?:needed|required|do\s+(?:i|we)\s+need|should\s+(?:i|we)\s+(?:buy|get|"
           r"make|order))\b|\bnumber\s+of\s+([a-z]+)\b")
MAKES = r"(?:makes?|holds?|fits?|takes?|serves?|feeds?|contains?|yields?|gives?|does|has|carries)"
EACH = _c(r"\beach\b|\bapiece\b|\ba\s+(?:head|person|guest)\b|\bper\s+(?:head|person|guest|"
          r"child|kid)\b|\b(?:a|per)\s+day\b|\bdaily\b")
NUMBER = _c(NUM)
ROUND_DOWN = _c(r"\b(?:full|whole|complete)\s+(?:days|weeks)\b|\bhow\s+long\b|\blast\b")
TIME_NOUN = _c(r"(?:day|week|month|year|hour|minute|second|min|hr|night)s?$")
# a word between a count and "a box" that is no part of its naming: "154 muffins if each batch"
WORD = r"(?!(?:if|when|and|but|so|where|while|then|because)\b)[a-z]+"
NOT_COUNTED = _c(r"[$€£¥]|%|\b(?:kg|g|grams?|mg|mcg|µg|iu|oz|lbs?|pounds?|litres?|liters?|ml|l|"
                 r"km|m|cm|miles?|hours?|minutes?|cups?)\b")


def _one(word: str) -> str:
    """"batches" → "batch", "boxes" → "box", "bottles" → "bottle"."""
    if re.search(r"(?:ch|sh|x|ss)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _many(word: str) -> str:
    return word + ("es" if re.search(r"(?:ch|sh|x|s)$", word) else "s")


def _asked(text: str) -> str | None:
    m = ASKED.search(text)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    return None if word in ("times", "more", "of", "is", "are", "do", "does") or TIME_NOUN.match(
        word) else _one(word)


def _size(text: str, noun: str) -> re.Match[str] | None:
    """How many things one container holds, in any of its usual wordings."""
    n = rf"{noun}(?:e?s)?"
    return re.search(rf"{NUM}\s+(?:{WORD}\s+){{0,2}}?(?:fit\s+|go\s+)?(?:per|to\s+(?:a|each|one|"
                     rf"every)|in\s+(?:a|each|one|every)|into\s+(?:a|each|one)|a|each|for\s+(?:a|"
                     rf"each|one))\s+{n}\b", text) or \
        re.search(rf"\b(?:1|a|an|each|every|one|per|the)\s+{n}\s+(?:\w+\s+)?{MAKES}\s+(?:about\s+|"
                  rf"around\s+|up\s+to\s+)?{NUM}", text) or \
        re.search(rf"\b{n}\s+(?:are\s+|come\s+)?(?:of|with|holding|containing|in)\s+{NUM}\b(?!\s*"
                  rf"(?:%|kg|g|ml|l|(?:second|minute|hour|day|week|month|year)s?|days?\(s\))\b)",
                  text)


def containers(text: str) -> Trip | None:
    """The whole containers, batches or packs a total needs (always rounded up)."""
    noun = _asked(text)
    if noun is None or len(noun) < 3:
        return None
    size = _size(text, noun)
    if size is None or NOT_COUNTED.search(text):  # measures and money stay with their readers
        return None
    per = _f(size.group(1))
    rest = [m for m in NUMBER.finditer(text) if not size.start() <= m.start() < size.end()]
    if per <= 0 or not 1 <= len(rest) <= 3 or any(
            text[m.end():m.end() + 1] in ("%", ":") for m in rest):
        return None
    if len(rest) > 1 and EACH.search(text) is None:
        return None
    total = Fraction(1)
    for m in rest:
        total *= _f(m.group(1))
    exact = total / per
    whole = math.ceil(exact)
    basis = " × ".join(m.group(1) for m in rest) + f" ÷ {size.group(1)} a {noun}"
    shown = f"{whole} {_many(noun) if whole != 1 else noun}"
    if whole != exact:
        shown += f" ({_show(exact)} exactly, rounded up)"
    return Trip(f"{_many(noun)} needed", Fraction(whole), _many(noun), shown, basis)


PROPORTION = _c(rf"{NUM}\s+([a-z]+)\s+(?:\w+\s+)?(?:makes?|yields?|gives?|serves?|feeds?|"
                rf"is\s+enough\s+for|are\s+enough\s+for|for|per|to\s+make)\s+{NUM}\s+([a-z]+)")


def in_proportion(text: str) -> Trip | None:
    """"3 eggs make 8 pancakes; I want 60 pancakes, how many eggs?" → 22.5, 23 whole eggs."""
    noun = _asked(text)
    m = PROPORTION.search(text)
    if noun is None or m is None or _one(m.group(2)) != noun or NOT_COUNTED.search(text):
        return None
    made = _one(m.group(4))
    wanted = [w for w in re.finditer(rf"{NUM}\s+(?:more\s+)?{made}(?:e?s)?\b", text)
              if w.start() > m.end()] or [w for w in NUMBER.finditer(text) if w.start() > m.end()]
    if len(wanted) != 1 or _f(m.group(3)) <= 0:
        return None
    exact = _f(m.group(1)) * _f(wanted[0].group(1)) / _f(m.group(3))
    whole = math.ceil(exact)
    basis = f"{m.group(1)} × {wanted[0].group(1)} ÷ {m.group(3)}"
    shown = f"{whole} {_many(noun) if whole != 1 else noun}"
    if whole != exact:
        shown += f" ({_show(exact)} exactly, rounded up)"
    return Trip(_many(noun), Fraction(whole), _many(noun), shown, basis)


USE = _c(rf"{NUM}\s+([a-z]+)(?:\s+\w+)?\s+(?:(\d+)\s+times|(once|twice|three\s+times|four\s+times))"
         rf"\s+(?:a|per|each|every)\s+day\b|(?:sells?|uses?|takes?|go(?:es)?\s+through|eats?|needs?|"
         rf"drinks?|have|has|gives?(?:\s+out)?|hands?\s+out|ships?|serves?|burns?)\s+(?:about\s+|around\s+|roughly\s+)?{NUM}\s+(?:([a-z]+)\s+)?(?:a|per|each|every)\s+"
         rf"day\b")
TIMES = {"once": 1, "twice": 2, "three times": 3, "four times": 4}
DROPS = _c(rf"{NUM}\s*ml\b.*?\b{NUM}\s+drops\s+(?:per|a|in\s+a|to\s+a|in\s+each|each)\s+ml\b|"
           rf"\b{NUM}\s+drops\s+(?:per|a|in\s+a|to\s+a)\s+ml\b.*?\b{NUM}\s*ml\b")
STOCK_ASK = _c(r"\bhow\s+(?:many\s+(?:full\s+|whole\s+|complete\s+)?days|long)\b|\blast\b|"
               r"\bdays\s+of\s+stock\b|\bbefore\s+(?:it|they)\s+(?:is|are|runs?)\s+(?:empty|out)\b|"
               r"\brun\s+out\b")


def counted_supply(text: str) -> Trip | None:
    """Full days a counted supply lasts at a use a day (rounded down)."""
    text = text.replace("(s)", "s")
    if STOCK_ASK.search(text) is None or NOT_COUNTED.search(re.sub(r"\bml\b", "", text)):
        return None
    use = USE.search(text)
    if use is None:
        return None
    if use.group(1):
        times = TIMES.get(use.group(4) or "") or (int(use.group(3)) if use.group(3) else 1)
        per_day, thing = _f(use.group(1)) * times, use.group(2)
    else:
        per_day, thing = _f(use.group(5)), use.group(6) or ""
    eyes = re.search(r"\b(?:both|each)\s+(?:eyes?|ears?|nostrils?)\b|\bin\s+both\b", text)
    if eyes:
        per_day *= 2
    drops = DROPS.search(text)
    if drops is not None:
        ml, each = (drops.group(1), drops.group(2)) if drops.group(1) else (drops.group(4),
                                                                         drops.group(3))
        stock, said = _f(ml) * _f(each), f"{ml} ml × {each} drops a ml"
    else:
        stocks = [m for m in NUMBER.finditer(text) if not use.start() <= m.start() < use.end()]
        if len(stocks) != 1:
            return None
        stock, said = _f(stocks[0].group(1)), stocks[0].group(1)
    if per_day <= 0 or stock <= 0 or (thing and TIME_NOUN.match(thing)) or (
            drops is None and re.search(r"\bml\b", text)):
        return None
    exact = stock / per_day
    whole = math.floor(exact)
    shown = f"{whole} days" if whole == exact else f"{whole} full days ({_show(exact)} exactly)"
    return Trip("full days", Fraction(whole), "days", shown,
                f"{said} ÷ {_show(per_day)} a day" + (" (both sides)" if eyes else ""))


DAILY = _c(rf"{NUM}\s+(?:([a-z]+)\s+)?(?:(?:in\s+the|at|with|before|after)\s+(?:morning|lunch|"
           rf"noon|night|bedtime|dinner|breakfast|evening|supper|tea)|(?:a|per|each|every)\s+day\b|"
           rf"daily\b|(?:(\d+)\s+times|(once|twice|three\s+times|four\s+times))\s+(?:a|per|each)"
           rf"\s+day\b)")
DAYS = _c(rf"\b(?:for|over|in|across|lasting)\s+(?:a\s+|the\s+next\s+)?{NUM}\s*(?:days?|"
          rf"(weeks?))\b|\b{NUM}[\s-]+(?:days?|(weeks?))\b")


def daily_total(text: str) -> Trip | None:
    """"2 tablets twice a day for 28 days, how many tablets?" → 112 tablets; "4 in the morning,
    2 at lunch, 2 at night, for 7 days" → 56; "2 cans a day, how many for 7 days?" → 14."""
    text = text.replace("(s)", "s")
    noun = _asked(text)
    days = DAYS.search(text)
    if noun is None or days is None or NOT_COUNTED.search(text):
        return None
    doses = [m for m in DAILY.finditer(text) if not days.start() <= m.start() < days.end()]
    if not doses or any(m.group(2) and _one(m.group(2)) not in (noun, "dose", "time") and
                        not TIME_NOUN.match(m.group(2)) and m.group(2) not in ("more",)
                        for m in doses):
        if not doses or len(doses) > 1:
            return None
    per_day = Fraction(0)
    for m in doses:
        times = TIMES.get(m.group(4) or "") or (int(m.group(3)) if m.group(3) else 1)
        per_day += _f(m.group(1)) * times
    count = _f(days.group(1) or days.group(3))
    length = count * 7 if (days.group(2) or days.group(4)) else count
    total = per_day * length
    basis = " + ".join(m.group(0) for m in doses) + f" × {_show(length)} days"
    return Trip(f"{_many(noun)} in total", total, _many(noun),
                f"{_show(total)} {_many(noun) if total != 1 else noun}", basis)


def counted(text: str) -> Trip | None:
    """Any of the whole counts above."""
    return counted_supply(text) or in_proportion(text) or containers(text) or daily_total(text)
