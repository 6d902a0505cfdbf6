"""Receipt lines the question names, worked by the role its words give them.

- two named lines compared: the price difference ("compare the nachos and the wings - what's
  the price difference?", "by how much does the hammer cost more than the glue?");
- the lines that are mine (or that someone pays back): their sum ("I only had the tea and
  the scone", "work pays back the taxi only", "my flatmate owes me for the rice");
- my lines plus an equal share of everything else ("I had the soup, the rest was split
  between 3 of us, me included", "my bill = the pasta + a 1/4 share of the rest");
- a line bought a number of times instead of once: the new total ("with three of the
  candles instead of one");
- the second dearest (or cheapest) line, by name.

Names are matched word for word against the receipt's item names (a name the OCR ran
together, "LightBulb", matches "light bulb"); an answer needs every named line found once.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money

Item = tuple[str, float, str]
TOKEN = re.compile(r"[a-z0-9]+")
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1, "once": 1, "twice": 2}
NUM = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
DIFFERENCE = ci(r"\b(?:difference|differ|gap|compare\w*|how\s+much\s+(?:more|less|cheaper|"
                r"dearer))\b|\bby\s+how\s+much\b")
MORE_THAN = ci(r"\b(?:more|dearer|pricier|costlier)\s+than\b")
LESS_THAN = ci(r"\b(?:less|cheaper)\s+than\b")
MINE = ci(r"\b(?:i\s+(?:only\s+)?(?:had|got|ordered|bought|took)|my\s+(?:part|bit|items?|"
          r"things?|share|bill)|mine|for\s+me|owes?\s+me\s+(?:for|back)|pays?\s+(?:me\s+)?back|"
          r"reimburs\w*|claim\w*|expens\w*|covers?)\b")
OTHERS = ci(r"\b(?:other\s+(?:items?|things?|lines?|stuff)|everything\s+else|the\s+rest|"
            r"remaining\s+(?:items?|things?)|all\s+else)\b")
SHARED = ci(rf"\b(?:between|among|by)\s+(?P<n>{NUM})\s+(?:of\s+us|people|persons|ways|friends)"
            rf"|(?P<w>{NUM})\s+ways\b|\b1\s*/\s*(?P<f>\d)\s+(?:share|split|part)\b|\ban?\s+"
            rf"(?P<o>third|quarter|half)\b")
ME_APART = ci(r"\b(?:me\s+and|and\s+me|plus\s+me|besides\s+me|other\s+than\s+me|"
              r"not\s+(?:including|counting)\s+me)\b")
INSTEAD = ci(rf"\b(?P<n>{NUM})\s+(?:of\s+)?(?:the\s+)?(?P<name>[a-z][a-z ]{{1,30}}?)\s+"
             rf"(?:instead\s+of\s+(?:one|1|just\s+one|a\s+single)|\(?\s*the\s+receipt\s+has\s+"
             rf"(?:one|1))")
SECOND = ci(r"\b(?:second|2nd)\s+(?:most\s+expensive|priciest|dearest|costliest|highest|"
            r"(?P<low>cheapest|least\s+expensive|lowest))\b|\bnot\s+the\s+(?:most\s+expensive|"
            r"priciest|dearest)\b[^.?!]{0,30}\b(?:after|next)\b")
OTHER_PERSON = ci(r"\b(?:he|she|they|brother|sister|friend|partner|wife|husband|mum|mom|dad|"
                  r"son|daughter|colleague|flatmate|roommate|boss|kids?)\s+(?:had|got|ordered|took|"
                  r"bought|paid)\b")
SPLIT_WORDS = ci(r"\b(?:split|shar\w*|divid\w*|halves|whatever\s+else|everything\s+else|the\s+"
                 r"rest|\d+\s*/\s*\d+)\b")
OPERATION = ci(r"\b(?:except|excluding|without|but\s+not|apart\s+from|other\s+than|besides|"
               r"minus|less|half|third|quarter|double|twice|times|each|percent|tax|tip|vat|off|"
               r"discount\w*|refund\w*|return\w*)\b|%")
FRACTIONS = {"third": 3, "quarter": 4, "half": 2}


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def _named(question: str, items: list[Item]) -> list[tuple[int, Item]]:
    """The receipt lines the question names, each with where it is named, in order."""
    said = _tokens(question)
    found: list[tuple[int, int, Item]] = []
    for item in items:
        name = _tokens(item[0])
        if not name:
            continue
        size = len(name)
        hits = [i for i in range(len(said) - size + 1) if said[i:i + size] == name]
        if not hits and size == 1:  # "LightBulb" read as one word: "light bulb" asked
            hits = [i for i in range(len(said) - 1) if said[i] + said[i + 1] == name[0]]
        if len(hits) == 1:
            found.append((hits[0], size, item))
    found.sort(key=lambda f: (-f[1], f[0]))
    kept: list[tuple[int, int, Item]] = []
    for where, size, item in found:  # "fish and chips" over a line named "chips"
        if all(where + size <= at or at + width <= where for at, width, _ in kept):
            kept.append((where, size, item))
    return [(where, item) for where, _, item in sorted(kept, key=lambda f: f[0])]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNTS[word.lower()]


def named_lines(question: str, items: list[Item], total: float) -> list[Answer]:
    """What the question asks of the lines it names, by their roles, or []."""
    if len(items) < 2:
        return []
    currency = items[0][2]
    if (second := SECOND.search(question)) is not None:
        return _second(items, bool(second.group("low")))
    named = _named(question, items)
    if not named:
        return []
    whole = Fraction(str(total)) if total else sum((Fraction(str(i[1])) for i in items),
                                                    Fraction(0))
    if (more := INSTEAD.search(question)) is not None and len(named) == 1:
        times = _count(more.group("n"))
        price = Fraction(str(named[0][1][1]))
        if times < 2:
            return []
        new = whole + (times - 1) * price
        return [(f"With {times} × {named[0][1][0]} that comes to **{money(new, currency)}** "
                 f"({money(whole, currency)} + {times - 1} × {money(price, currency)}).",
                 float(new))]
    if len(named) == 2 and DIFFERENCE.search(question):
        than = MORE_THAN.search(question) or LESS_THAN.search(question)
        if than is not None and len(_tokens(question[:than.start()])) < named[0][0]:
            named.reverse()  # "more than the tea did the bread cost": the bread against the tea
        first, other = (Fraction(str(n[1][1])) for n in named)
        gap = first - other
        if (MORE_THAN.search(question) and gap <= 0) or (LESS_THAN.search(question) and gap >= 0):
            return []  # "costs more than" a dearer line: the question's premise does not hold
        way = "more" if gap > 0 else "less"
        return [(f"The {named[0][1][0]} costs **{money(abs(gap), currency)}** {way} than the "
                 f"{named[1][1][0]} ({money(first, currency)} vs {money(other, currency)}).",
                 float(abs(gap)))]
    if not MINE.search(question) or DIFFERENCE.search(question) or OTHER_PERSON.search(question):
        return []  # "my brother had the juice": not every line named is mine
    mine = sum((Fraction(str(n[1][1])) for n in named), Fraction(0))
    listed = " + ".join(f"{n[1][0]} {money(Fraction(str(n[1][1])), currency)}" for n in named)
    if OTHERS.search(question):
        shared = SHARED.search(question)
        if shared is None or ME_APART.search(question):
            return []
        ways = (_count(shared.group("n") or shared.group("w")) if shared.group(
            "n") or shared.group("w") else int(shared.group("f")) if shared.group(
            "f") else FRACTIONS[shared.group("o").lower()])
        if ways < 2 or mine >= whole:
            return []
        share = (whole - mine) / ways
        return [(f"You pay **{money(mine + share, currency)}** ({listed}, plus 1/{ways} of the "
                 f"other {money(whole - mine, currency)}).", float(mine + share))]
    if SHARED.search(question) or SPLIT_WORDS.search(question) or OPERATION.search(question):
        return []  # a share of the rest asked without its count, or another sum on the lines
    return [(f"That is **{money(mine, currency)}** ({listed}).", float(mine))]


def _second(items: list[Item], cheap: bool) -> list[Answer]:
    ranked = sorted(items, key=lambda item: item[1], reverse=not cheap)
    if len(ranked) < 3 or len({item[1] for item in ranked[:3]}) < 3:
        return []  # a tie names no one line second
    name, price, currency = ranked[1]
    which = "cheapest" if cheap else "most expensive"
    return [(f"The second {which} is **{name}** ({money(Fraction(str(price)), currency)}).",
             float(price))]
