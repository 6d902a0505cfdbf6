"""Several quantities of one kind converted in one ask: each is converted.

"manual says 32 psi front and 30 psi rear but the pump is in bar. convert?", "today's low
was 7°C and the high 34°C; both in fahrenheit?", "recipe says 425F and 28 oz of flour,
convert both to metric": one conversion reader takes the message and converts only the first
quantity. Each quantity becomes a conversion of its own, to the unit named (or to its metric
or imperial counterpart); "how big was the swing / the difference" between two of them is
worked too. A quantity written in two units ("5 ft 10", "13 stone 11") is left whole.
"""

from __future__ import annotations

import re

from core.agents.plan import AgentName, Subtask
from core.agents.quantities import FEET_INCHES, Quantity, mentions, prepare, quantities

SYSTEM = re.compile(r"\b(?P<s>metric|imperial|us\s+units|american\s+units)\b", re.I)
TARGET = re.compile(r"\b(?:in|into|to|as)\s+(?P<t>[a-z°][a-z° ]{0,20}?)\s*(?:[?.!,]|$|\b(?:and|"
                    r"please|too|both|each|for|so)\b)", re.I)
METRIC = ((r"°?f\b|fahrenheit", "celsius"), (r"oz|ounces?", "grams"), (r"lbs?|pounds?", "kg"),
          (r"mi|miles?", "km"), (r"in|inch(?:es)?", "cm"), (r"ft|feet|foot", "metres"),
          (r"yd|yards?", "metres"), (r"fl\s*oz|fluid\s+ounces?", "ml"),
          (r"gal|gallons?|pints?|quarts?", "litres"), (r"mph|miles\s+per\s+hour", "km/h"),
          (r"psi", "bar"))
IMPERIAL = ((r"°?c\b|celsius", "fahrenheit"), (r"kg|kilos?|kilograms?", "pounds"),
            (r"g|grams?", "ounces"), (r"km|kilomet(?:er|re)s?", "miles"),
            (r"cm|centimet(?:er|re)s?", "inches"), (r"m|met(?:er|re)s?", "feet"),
            (r"ml|millilit(?:er|re)s?", "fl oz"), (r"l|lit(?:er|re)s?", "gallons"),
            (r"km/h|kph", "mph"), (r"bar", "psi"))
GAP = re.compile(r"\b(?:swing|difference|gap|range|spread)\b|\bhow\s+much\s+(?:warmer|colder|"
                 r"higher|lower|more|less)\b", re.I)
WHOLE = re.compile(r"\bstones?\b|\d\s*'\s*\d", re.I)


def _counterpart(surface: str, metric: bool) -> str | None:
    for pattern, target in (METRIC if metric else IMPERIAL):
        if re.fullmatch(pattern, surface.strip(), re.I):
            return target
    return None


def _said(amount: Quantity) -> str:
    surface = amount.mention.surface
    if re.fullmatch(r"°?\s*[cf]", surface, re.I):
        surface = f"°{surface.strip('° ').upper()}"
    return f"{amount.value:g} {surface}"


def each_converted(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan with one conversion per quantity, when one conversion was planned for all."""
    if len(subtasks) != 1 or subtasks[0].agent not in ("units", "chat") or len(text) > 600 or \
            FEET_INCHES.search(text) or WHOLE.search(text):
        return subtasks
    said = prepare(text)
    found = [q for q in quantities(said, mentions(said))
             if q.mention.units and q.mention.units[0].dim not in ("currency", "time")]
    found = [q for n, q in enumerate(found) if all(
        (q.value, q.mention.surface) != (p.value, p.mention.surface) for p in found[:n])]
    if len(found) < 2 or len(found) > 4:
        return subtasks
    system = SYSTEM.search(said)
    if system is not None:
        metric = system.group("s").lower() == "metric"
        targets = [_counterpart(q.mention.surface, metric) for q in found]
        if any(t is None for t in targets):
            return subtasks
    else:
        dims = {q.mention.units[0].dim for q in found}
        target = next((m.group("t").strip() for m in TARGET.finditer(said)
                       if m.start() > found[0].start), None)
        named = [m for m in mentions(target)] if target else []
        if len(dims) != 1 or target is None or len(named) != 1 or named[0].units[0].dim \
                not in dims or any(q.mention.surface == target for q in found):
            return subtasks
        targets = [target] * len(found)
    parts = [Subtask(f"e{n}", "units", f"convert {_said(q)} to {t}", label="Converting units")
             for n, (q, t) in enumerate(zip(found, targets, strict=True), start=1)]
    same = len({q.mention.surface for q in found}) == 1
    if len(found) == 2 and same and GAP.search(said):
        high, low = sorted(found, key=lambda q: -q.value)
        parts.insert(0, Subtask("e0", "math", f"what is {high.value:g} - {low.value:g}?",
                                label="The difference"))
    return parts


LAST_CLAUSE = re.compile(r"(?:\?|,|\.)\s+(?:and\s+|also\s+|so\s+)?(?=[^?,.]*$)|\s+and\s+(?=(?:how|"
                         r"what|in|into|to)\b[^?,.]*$)", re.I)
BACK = re.compile(r"\b(?:that|it|this|those|them)\b|^\W*(?:and\s+|also\s+|then\s+)?(?:in|into|to)"
                  r"\s+\w+(?:\s+\w+)?\W*$", re.I)


def figure_then_converted(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"I buy a $3.25 coffee 5 days a week. What's that a year (52 weeks)? And in euros?", "I
    drive 40 km each way ... how many km a year is that, and how many miles?": one conversion
    planned for the whole message loses the figure worked before it; that figure is worked
    first and the last ask converts it."""
    from core.agents.intents import classify
    from core.agents.quantities import target_units

    if len(subtasks) != 1 or subtasks[0].agent != "units" or len(text) > 600:
        return subtasks
    cuts = list(LAST_CLAUSE.finditer(text.strip().rstrip("?.! ")))
    if not cuts:
        return subtasks
    cut = cuts[-1]
    head, tail = text[:cut.start()].strip(" ,"), text.strip()[cut.end():].strip()
    if re.search(r"\d", tail) or not BACK.search(tail) or not target_units(tail, bare=True):
        return subtasks
    if len(re.findall(r"\d+(?:[.,]\d+)*", head)) < 2:  # "wind is 39 m/s, … in km/h?": one amount
        return subtasks
    intent = classify(head if head.endswith("?") else f"{head}?")
    if not intent.complete or intent.agent not in ("math", "health") or intent.backref:
        return subtasks
    agent: AgentName = "math" if intent.agent == "math" else "health"
    return [Subtask("w1", agent, head if head.endswith("?") else f"{head}?"),
            Subtask("w2", "units", tail, depends_on=("w1",), label="Converting the result")]
