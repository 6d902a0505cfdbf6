"""Some of a receipt's item lines, picked as the question says, counted or added up.

The lines are picked by their place ("the first two items", "the last three lines"), by
their price ("between €7 and €16"), against a named item ("cheaper than the bubbles",
"dearer than the coffee": the named one itself left out) or by leaving
out the dearest and the cheapest ("everything apart from the priciest and the cheapest").
The question then asks how many there are or what they add up to. Nothing is answered
unless both the pick and the ask are plain.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_receipt import priced_items

Item = tuple[str, float, str]
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PLACE = ci(r"\b(?P<end>first|top|last|bottom)\s+(?P<n>\d|one|two|three|four|five|six)\s+"
           r"(?:items?|lines?|things?|products?|entries)\b")
BETWEEN = ci(r"\bbetween\s+[$€£]?\s?(?P<a>\d+(?:\.\d+)?)\s*(?:[a-z]{0,6}\s+)?(?:and|to)\s+"
             r"[$€£]?\s?(?P<b>\d+(?:\.\d+)?)")
BOUND = ci(r"\b(?P<dir>cheaper\s+than|less\s+than|under|below|dearer\s+than|pricier\s+than|"
           r"more\s+expensive\s+than|more\s+than|over|above)\s+(?:the|my)\s+"
           r"(?P<what>[a-z][a-z' -]{1,30}?)(?=\s*(?:[?.,;!]|$|\s+(?:on|in|each|did|were|was|"
           r"cost|costs)\b))")
LEAVING = (r"\b(?:apart\s+from|except(?:\s+for)?|excluding|other\s+than|without|not\s+counting|"
           r"leaving\s+out|ignoring|besides)\s+(?:both\s+)?the\s+")
DEAREST = r"(?:priciest|most\s+expensive|dearest|costliest)"
CHEAPEST = r"(?:cheapest|least\s+expensive)"
EXTREMES = ci(rf"{LEAVING}{DEAREST}\s+(?:one\s+|item\s+)?and\s+(?:the\s+)?{CHEAPEST}|"
              rf"{LEAVING}{CHEAPEST}\s+(?:one\s+|item\s+)?and\s+(?:the\s+)?{DEAREST}")
HOW_MANY = ci(r"\bhow\s+many\b")
ADDED = ci(r"\b(?:add(?:ed)?\s+up|adds?\s+up|total|sum|come\s+to|comes?\s+to|together|"
           r"altogether|combined|in\s+all)\b|\bhow\s+much\b")
LOWER = ("under", "below", "less than", "cheaper than")


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else COUNT_WORDS[word]


def _bound(what: str, items: list[Item]) -> tuple[float, str] | None:
    """A named item's price and name ("the bubbles"): a bound the other lines are held to."""
    name = what.strip().lower().rstrip("s")
    named = [item for item in items if name and (name in item[0].lower() or
                                                 item[0].lower().rstrip("s") in name)]
    return (named[0][1], named[0][0]) if len(named) == 1 else None


def picked(question: str, items: list[Item]) -> tuple[list[Item], str] | None:
    """The lines the question picks and how it picks them, or None."""
    if (place := PLACE.search(question)) is not None:
        count = _number(place.group("n"))
        if count > len(items):
            return None
        last = place.group("end").lower() in ("last", "bottom")
        return (items[-count:] if last else items[:count]), \
            f"the {place.group('end').lower()} {count}"
    if (between := BETWEEN.search(question)) is not None:
        low, high = sorted((float(between.group("a")), float(between.group("b"))))
        return [i for i in items if low <= i[1] <= high], f"between {low:g} and {high:g}"
    if EXTREMES.search(question) and len(items) > 2:
        ranked = sorted(items, key=lambda i: i[1])
        return [i for i in items if i is not ranked[0] and i is not ranked[-1]], \
            "all but the dearest and the cheapest"
    if (bound := BOUND.search(question)) is not None and (
            limit := _bound(bound.group("what"), items)) is not None:
        value, name = limit
        below = re.sub(r"\s+", " ", bound.group("dir").lower()) in LOWER
        chosen = [i for i in items if i[0] != name and (i[1] < value if below else i[1] > value)]
        side = "cheaper than" if below else "dearer than"
        return chosen, f"{side} {name} ({value:.2f})"
    return None


def selected_lines(question: str, text: str) -> tuple[str, float] | None:
    """How many of the lines picked there are, or what they add up to."""
    counting, adding = HOW_MANY.search(question), ADDED.search(question)
    if not counting and not adding:
        return None
    items = priced_items(text)
    if len(items) < 2 or (found := picked(question, items)) is None:
        return None
    chosen, how = found
    listed = ", ".join(f"{name} ({value:.2f})" for name, value, _ in chosen) or "none"
    if counting and not re.search(r"\bhow\s+much\b", question, re.I):
        return f"**{len(chosen)}** items are {how}: {listed}.", float(len(chosen))
    total = round(sum(value for _, value, _ in chosen), 2)
    currency = items[0][2]
    return f"The items picked ({how}) come to **{total:.2f} {currency}** ({listed}).", total
