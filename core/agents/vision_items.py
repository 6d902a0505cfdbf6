"""The item lines of a receipt asked about by name, by rank or on average: "how much were
the coffee and the cheese?", "the two most expensive items", "the average price per item"."""

from __future__ import annotations

import re

from core.agents.base import AgentResult
from core.agents.vision_receipt import TOTAL_LINE, find_total, priced_items, read_amount

ITEM_LIST = re.compile(r"\bhow\s+much\s+(?:was|were|did|does|do|is|are|for)\s+(?P<rest>[^?.;]+)|"
                       r"\bwhat\s+(?:did|does|do|was|were)\s+(?P<what>(?:the|my|a|an)\s+[^?.;]+?)"
                       r"\s+(?:cost|come\s+to|set\s+me\s+back)\b|\b(?:price|cost)\s+of\s+"
                       r"(?P<of>(?:the|my|a|an)\s+[^?.;]+)|\b(?:pay|paid|spend|spent|charg\w*(?:\s+"
                       r"(?:me|us|you))?)\s+(?:for|on)\s+"
                       r"(?P<on>(?:the|my|a|an)\s+[^?.;]+)", re.I)


def items_asked(question: str) -> list[str]:
    """The items whose prices are asked: "how much were the coffee and the cheese on this
    receipt?" → ["coffee", "cheese"]."""
    names = []
    for asked in ITEM_LIST.finditer(question):
        rest = asked.group("rest") or asked.group("what") or asked.group("of") or asked.group("on")
        if (spent := re.search(r"\b(?:pay|paid|spend|spent|charg\w*(?:\s+(?:me|us|you))?)\s+"
                               r"(?:for|on)\s+(.+)", rest, re.I)):
            rest = spent.group(1)  # "how much did I spend on the apples"
        for raw in re.split(r",|\band\b|&", rest):
            name = re.sub(r"^\s*(?:(?:the|a|an|my|each|for|of|on)\s+)+|\s+(?:cost|costs|"
                          r"come\s+to|on\s+(?:here|there|it)|together|combined|altogether|both|me|set|"
                          r"on\s+(?:this|the|my)\s+\w+|in\s+(?:this|the)\s+\w+|each|"
                          r"(?:in|into|to|as)\s+[a-z]+)\b.*$", "",
                          raw.strip(), flags=re.I).strip().lower()
            if name and len(name.split()) <= 3 and not re.search(
                    r"\d|\btotal\b|^(?:this|that|it|they|these|those|everything|all|"
                    r"i|we|you)\b", name):
                names.append(name)
    return names


def item_price(name: str, text: str) -> tuple[str, float, str] | None:
    for item, value, currency in priced_items(text):
        if name and name in item.lower():
            return f"The {name} cost **{value:.2f}**.", value, currency
    for line in text.splitlines():
        if name and name in line.lower() and not TOTAL_LINE.search(line) and (
                found := read_amount(line)):
            return f"The {name} cost **{found[0]:.2f}**.", found[0], found[1]
    return None


def average_item(text: str) -> AgentResult | None:
    """The average price of the item lines ("average price per item": the total over the
    number of items)."""
    priced = [(value, currency) for _, value, currency in priced_items(text)]
    if not priced:
        return None
    total = find_total(text)
    items = round(sum(value for value, _ in priced), 2)
    whole = total[0] if total is not None and abs(total[0] - items) < 0.015 else items
    average = round(whole / len(priced), 2)
    currency = priced[0][1] or (total[1] if total else "")
    return AgentResult(ok=True, text=f"The average price per item is **{average:.2f}** "
                       f"({whole:.2f} over {len(priced)} items).",
                       basis="Read from the image's text (OCR)", amount=average,
                       currency=currency)


SEVERAL = re.compile(r"\b(?P<n>two|three|four|[2-4])\s+(?:\w+\s+){0,2}?(?:most\s+expensive|"
                     r"priciest|dearest|costliest|cheapest|least\s+expensive)\b|\b(?:which|what)\s+"
                     r"(?P<n2>two|three|four|[2-4])\s+(?:items?|things?|products?)\b", re.I)


def how_many(question: str) -> int:
    found = SEVERAL.search(question)
    if found is None:
        return 1
    word = (found.group("n") or found.group("n2")).lower()
    return int(word) if word.isdigit() else {"two": 2, "three": 3, "four": 4}[word]


def extreme(text: str, dearest: bool, many: int = 1) -> tuple[str, float, str] | None:
    """The dearest (or cheapest) priced item line before the total, or the few asked."""
    priced = [((value, currency), name) for name, value, currency in priced_items(text)]
    if not priced:
        return None
    if 1 < many < len(priced):
        ranked = sorted(priced, key=lambda p: p[0][0], reverse=dearest)[:many]
        word = "most expensive" if dearest else "cheapest"
        listed = " and ".join(f"**{name}** ({value:.2f})" for (value, _), name in ranked)
        summed = round(sum(value for (value, _), _ in ranked), 2)
        return (f"The {many} {word} items are {listed}, together {summed:.2f}.", summed,
                ranked[0][0][1])
    (value, currency), name = (max if dearest else min)(priced, key=lambda p: p[0][0])
    word = "most expensive" if dearest else "cheapest"
    return f"The {word} item is **{name}** at **{value:.2f}**.", value, currency
