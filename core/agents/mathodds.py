"""More chances read from words, answered exactly.

- one draw from counted colours, one of several asked: "bag with 6 red, 5 blue and 2 green
  marbles. P(red or green)?", "chance of picking a blue or a yellow sweet";
- a lottery: "pick 6 numbers from 1 to 49, odds of matching all 6?" → 1 in C(49, 6);
- shared birthdays: "in a room of 23 people, the chance at least two share a birthday".

The text is already expanded and lower-cased.
"""

from __future__ import annotations

import math
import re

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

CHANCE = _c(r"\b(?:probabilit\w*|chances?|odds|likelihood|likely)\b|\bp\s*\(")
COLOURS = _c(r"(?<![\d.])(\d+)\s+(red|blue|green|yellow|white|black|orange|purple|pink|brown|"
             r"grey|gray|striped|spotted)\b")
EITHER = _c(r"\bp\s*\(\s*([a-z]+)\s+(?:or|∪)\s+([a-z]+)\s*\)|\b(?:a|an|one)?\s*([a-z]+)\s+or\s+"
            r"(?:a\s+|an\s+)?([a-z]+)\s+(?:one|1|marble|ball|sweet|counter|bead|sock|card|chip)s?\b|"
            r"\b(?:is|being|it's|it\s+is)\s+(?:either\s+)?([a-z]+)\s+or\s+([a-z]+)\b")
ONE_ASKED = _c(r"\bp\s*\(\s*([a-z]+)\s*\)|\b(?:is|being|it's|it\s+is)\s+([a-z]+)\s*\??$")
SEVERAL = _c(r"\b(?:both|replacement|in\s+a\s+row|each\s+time|one\s+after|then|second|all\s+(?:\d|"
             r"two|three))\b|\b(?:draw|take|pick|choose)\w*\s+(?:[2-9]|two|three)\b")
LOTTERY = _c(r"\b(?:pick|choose|select|draw)\w*\s+(\d{1,2})\s+(?:different\s+)?numbers\s+"
             r"(?:from|out\s+of|between)\s+(?:1\s+(?:to|and|-)\s+)?(\d{1,3})\b")
MATCH = _c(r"\b(?:match\w*|get\w*|hit\w*|win\w*|jackpot|all\s+(?:\d+|six|five)\s+right)\b")
BIRTHDAY = _c(r"\bbirthdays?\b")
PEOPLE = _c(r"(?<![\d.])(\d{1,3})\s+(?:people|persons|students|guests|kids|children|players)\b")


def _either(text: str) -> Kind | None:
    if not CHANCE.search(text) or SEVERAL.search(text):
        return None
    counts: dict[str, int] = {}
    for count, colour in COLOURS.findall(text):
        counts[colour] = counts.get(colour, 0) + int(count)
    if len(counts) < 2:
        return None
    total = sum(counts.values())
    asked: list[str] = []
    if (m := EITHER.search(text)) is not None:
        asked = [g for g in m.groups() if g]
    elif (one := ONE_ASKED.search(text)) is not None:
        asked = [one.group(1) or one.group(2)]
    wanted = [c.rstrip("s") if c.rstrip("s") in counts else c for c in asked]
    if not wanted or any(c not in counts for c in wanted) or len(set(wanted)) != len(wanted):
        return None
    favourable = sum(counts[c] for c in wanted)
    return Kind("evaluate", f"{favourable}/{total}", named=f"P({' or '.join(wanted)})")


def _lottery(text: str) -> Kind | None:
    if (m := LOTTERY.search(text)) is None or not (CHANCE.search(text) or MATCH.search(text)):
        return None
    k, n = int(m.group(1)), int(m.group(2))
    if not 0 < k <= n <= 200:
        return None
    ways = math.comb(n, k)
    return Kind("values", encode((f"odds of matching all {k}", f"text:1 in {ways:,}", "")))


def _birthday(text: str) -> Kind | None:
    if not BIRTHDAY.search(text) or not CHANCE.search(text) or not re.search(
            r"\b(?:share|same|match)", text) or (m := PEOPLE.search(text)) is None:
        return None
    n = int(m.group(1))
    if not 2 <= n <= 365:
        return None
    none_shared = f"factorial(365)/(factorial({365 - n})*365^{n})"
    return Kind("evaluate", f"(1 - {none_shared})*100", unit="%",
                named="chance at least two share a birthday")


def more_chances(text: str) -> Kind | None:
    """The chance a question about colours, a lottery or birthdays asks for, or None."""
    return first_found((_lottery, _birthday, _either), text)
