"""A message that states its facts and then lists its asks, one a line ("My kettle is 3000 W
… \\n- kWh per day?\\n- cost per year at $0.31 per kWh?", "Homework:\\n1. 46 × 20\\n2. …"):
each listed ask is a part of its own, read together with the facts stated above the list,
and the list's numbers or bullets are never read as figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.agents.compose_relative import relative_request, steps_on_result
from core.agents.intents import Context, Intent, classify

if TYPE_CHECKING:
    from core.agents.clauses import Part

WORKED = ("math", "units", "health", "data", "vision")
ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|\(\d{1,2}\)|\([a-h]\)|[-•*–·])\s+(?=\S)",
                  re.I)


def listed(text: str) -> tuple[str, list[str]] | None:
    """(the facts above the list, the listed asks) when two or more lines are items of a
    list and only lines above it state facts, or every line is an item (no facts: ""); None
    otherwise."""
    if "\n" not in text:
        return None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    starts = [index for index, line in enumerate(lines) if ITEM.match(line)]
    if len(starts) < 2 or (not starts[0] and len(starts) < len(lines)):
        return None  # a list without a stem is every line of the message
    items: list[str] = []
    for line in lines[starts[0]:]:
        if ITEM.match(line):
            items.append(ITEM.sub("", line, count=1).strip())
        else:  # a line that carries on the item above it
            items[-1] = f"{items[-1]} {line}"
    stem = " ".join(lines[:starts[0]]).strip()
    if stem and stem[-1] not in ".:;?!":
        stem += "."
    return stem, items


def listed_parts(stem: str, items: list[str], context: Context, whole_text: str,
                 split: Callable[[str, Context], list[Part]],
                 read: Callable[..., Intent]) -> list[Part]:
    """Each listed ask with the facts above the list; an ask on the answer before it ("sale
    price after 10% off that?") stays a step on that answer; an ask no reader understands
    with the facts alone goes with the whole message to the reader that understands that."""
    from core.agents.clauses import Part

    parts: list[Part] = []
    for item in items:
        alone = read(item, context, previous=bool(parts),
                     after=parts[-1].intent.agent if parts else "")
        if parts and parts[-1].intent.agent in WORKED and not alone.complete and \
                steps_on_result(asked := f"{item.rstrip(' ?.')}?"):  # "- monthly (÷ 12)"
            parts.append(Part(item, Intent("math", True, backref=True),
                              relative_request(asked) or item))
            continue
        if not re.search(r"\d", stem) or (alone.complete and alone.backref):
            parts.extend(split(item, context) if not alone.backref else [Part(item, alone, item)])
            continue
        request = f"{stem} {item}"
        intent = classify(request, context)
        if intent.complete and intent.agent != "chat":
            parts.append(Part(item, intent, request))
            continue
        own = [part for part in split(request, context) if part.intent.agent != "chat"]
        whole = classify(whole_text, context)
        if not own and whole.complete and whole.agent != "chat":
            parts.append(Part(item, whole, whole_text))
        else:
            parts.extend(own or [Part(item, intent, request)])
    return parts


__all__ = ["listed", "listed_parts"]
