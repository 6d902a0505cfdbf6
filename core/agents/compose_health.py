"""Health asks beside other asks in one message.

- several health calculations named together ("BMI and max heart rate. I'm 57, 159 cm,
  77 kg"): one part each, every part with all the details;
- a result then "what's that in US fl oz?" in the same part: the conversion is a part of its
  own on that result;
- a conversion that names only its target ("how many km is the run?") beside a health ask:
  the message's quantity that fits the target ("3 miles") is converted.
"""

from __future__ import annotations

import re

from core.agents.bodydata import ASKS, health_ask
from core.agents.plan import Subtask
from core.agents.quantities import Quantity, fit, mentions, prepare, quantities, target_units
from core.tools.unitnames import Unit

PROFILE = {"bmi", "bmr", "water", "heart"}  # worked out from the same body details
LAST_ASK = re.compile(r"(?:[,;.?!]|\s[-–—]\s|\band\b)\s*(?:and\s+|then\s+|also\s+)*"
                      r"(?P<ask>[^,;.?!]*\?*)\s*$", re.I)
REFERS = re.compile(r"\b(?:that|it|this|those)\b", re.I)
WORKED = re.compile(r"\b(?:the|my|our|your)\s+(?:new\s+|whole\s+|final\s+)?(?:daily|weekly|monthly|"
                    r"yearly|annual|hourly|total|per[-\s]day|per[-\s]person)\s+(?:figure|amount|"
                    r"total|sum|cost|price|bill|pay|salary|wage|rate|income|spend|budget|"
                    r"share|saving|savings)\b", re.I)
# "…, and how many litres?", "in gallons?": the same result in another unit
HOW_MANY_UNIT = re.compile(r"^\s*(?:(?:and|also|then|plus|so)\s+)*(?:how\s+many|in)\s+"
                           r"(?:us\s+|uk\s+|imperial\s+|cubic\s+|square\s+)?[a-z]+\s*\??\s*$", re.I)
FEET_INCHES = re.compile(r"(?<![\w.])(?P<f>\d)\s*(?:'|’|ft\b|feet\b|foot\b)\s*(?:and\s+)?"
                         r"(?P<i>\d{1,2}(?:\.\d+)?)(?![\d.])(?!\s*(?:kg|kilo|lb|pound|st\b|stone|"
                         r"cm|mm|m\b|km|mi|%|years?|yo\b))\s*(?:\"|''|”|″|in\b|inch(?:es)?\b)?",
                         re.I)


def _plain_target(text: str) -> str:
    return re.sub(r"\b(?:us|u\.s\.|american)\s+(?=fl|fluid)", "", text, flags=re.I)


def several_health_asks(subtasks: list[Subtask]) -> list[Subtask]:
    """A health part naming two calculations becomes two parts with the same details."""
    out: list[Subtask] = []
    for task in subtasks:
        head, dash, details = task.request.partition(" — ")  # gathered: asks — details
        found = [(m, name) for name, pattern in ASKS if (m := pattern.search(head))]
        names = {name for _, name in found}
        if task.agent != "health" or task.depends_on or len(names) < 2 or len(found) > 4 or \
                not names <= PROFILE or any(re.search(r"\d", m.group(0)) for m, _ in found):
            out.append(task)
            continue
        variants = []
        for match, name in sorted(found, key=lambda f: f[0].start()):
            text = head
            for other, _ in sorted(found, key=lambda f: -f[0].start()):
                if other is not match:
                    text = text[:other.start()] + " " + text[other.end():]
            variants.append((name, re.sub(r"\s{2,}", " ", text + dash + details).strip()))
        if any(health_ask(text) != name for name, text in variants):
            out.append(task)
            continue
        out.extend(Subtask(task.id if index == 0 else f"{task.id}h{index}", "health", text)
                   for index, (_, text) in enumerate(variants))
    return out


def result_then_conversion(subtasks: list[Subtask]) -> list[Subtask]:
    """"at 60 kg how much water a day, and what's that in US fl oz?": the conversion of the
    result is a part of its own that depends on it."""
    out: list[Subtask] = []
    for task in subtasks:
        tail = LAST_ASK.search(task.request)
        last = _plain_target(tail.group("ask")) if tail else ""
        if task.agent not in ("health", "data", "math") or not last or re.search(r"\d", last) \
                or any(task.id in t.depends_on for t in subtasks) \
                or not (REFERS.search(last) or (task.agent == "math" and tail is not None and
                                                BARE_TARGET.match(last) and mentions(
                                                    prepare(task.request[:tail.start()])))
                        or _asked_beside(task, last, tail)) or \
                not target_units(last, bare=True):
            out.append(task)
            continue
        assert tail is not None
        head = task.request[:tail.start()].strip()
        if (task.agent == "math" or _asked_beside(task, last, tail)) and "?" in last and \
                not re.search(r"[?.!]$", head):
            head += "?"  # "area in square metres, and in square feet?": both are asked
        if _answered_whole(task.request, head):
            out.append(task)
            continue
        out.append(Subtask(task.id, task.agent, head, task.depends_on, task.label))
        out.append(Subtask(f"{task.id}c", "units", last.strip(), depends_on=(task.id,),
                           label="Converting units"))
    return out


def _asked_beside(task: Subtask, last: str, tail: re.Match[str] | None) -> bool:
    """"… 3 m deep. volume in cubic metres, and how many litres?": a unit asked beside a
    worked ask of its own (not "Child weighs 16.9 kg. How many mg?", the ask itself)."""
    if task.agent != "health" or tail is None or HOW_MANY_UNIT.match(last) is None:
        return False
    asked = re.split(r"[.?!:]\s", task.request[:tail.start()])[-1]
    return re.search(r"\d", asked) is None and re.search(r"[a-z]{3}", asked, re.I) is not None


def _answered_whole(request: str, head: str) -> bool:
    """"phone's at 95%, dropping 10% an hour, how many hours until it dies?": the everyday
    reader answers the whole request but not the part before the last ask, so it is not a
    result and a conversion of it."""
    from core.agents.words_reckon import reckon

    return reckon(head) is None and reckon(request) is not None


# "$27.21 an hour", "£90 a night", "4 km per day": a rate, never the amount a conversion means
RATE_AFTER = re.compile(r"\s*(?:/|(?:a|an|per|each|every)\s+)(?:hour|hr|h|day|week|month|year|"
                        r"night|person|item|unit|kg|km|mile|litre|liter|l|gallon)\b", re.I)


def is_rate(prepared: str, amount: Quantity) -> bool:
    """The amount is followed by what it is per ("$27.21 an hour")."""
    end = max(amount.mention.end, amount.start)
    end += len(re.match(r"[\d.,]*", prepared[end:]).group(0))  # type: ignore[union-attr]
    return RATE_AFTER.match(prepared[end:]) is not None


def quantity_for_target(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """A conversion with only a target ("how many km is the run?") that follows a health
    part converts the message's quantity that fits it."""
    health = {t.id for t in subtasks if t.agent == "health"}
    if not health:
        return subtasks
    prepared = prepare(text)
    amounts = quantities(prepared, mentions(prepared))
    out = []
    for task in subtasks:
        targets = target_units(task.request, bare=True)
        if task.agent != "units" or re.search(r"\d", task.request) or not targets or not (
                set(task.depends_on) <= health):
            out.append(task)
            continue
        fitting = [a for a in amounts if fit(a.mention.units, targets[0].units) is not None
                   and not is_rate(prepared, a)]
        if len(fitting) != 1 or _result_fits(subtasks, task, targets[0].units) or \
                _of_worked_result(subtasks, task):
            out.append(task)
            continue
        amount = fitting[0]
        out.append(Subtask(task.id, "units", f"convert {amount.value:g} {amount.mention.surface} "
                           f"to {targets[0].surface}", label=task.label or "Converting units"))
    return out


BARE_TARGET = re.compile(r"^\s*(?:and\s+|also\s+|then\s+)*(?:what(?:'s|\s+is)\s+(?:that|it)\s+)?"
                         r"(?:in|into|to|as)\s+[^\d]+$", re.I)


def _of_worked_result(subtasks: list[Subtask], task: Subtask) -> bool:
    """"300 g of flour for 6 people, cooking for 12 - how much flour, and how many ounces is
    that?", "… total kcal? and in kilojoules?": after a worked amount (no BMI, BMR, water or
    heart rate), a conversion that points back converts that amount."""
    before = [t for t in subtasks if t.id in task.depends_on]
    return bool(before) and all(health_ask(t.request) not in PROFILE for t in before) and bool(
        REFERS.search(task.request) or BARE_TARGET.match(task.request) or
        WORKED.search(task.request))


def _result_fits(subtasks: list[Subtask], task: Subtask, units: tuple[Unit, ...]) -> bool:
    """"distance in km? and in miles?": the health part before already gives an amount of
    that kind, so its result is what is converted, not a figure of the message."""
    for before in (t for t in subtasks if t.id in task.depends_on):
        text = prepare(before.request)
        if any(re.search(r"\b(?:in|into|to)\s+$", text[:m.start]) and fit(m.units, units)
               is not None for m in mentions(text)):
            return True
    return False


def feet_and_inches(request: str, text: str) -> str:
    """"convert 3 inches to cm" read from 5'3\" is the whole height: 5 ft 3 in."""
    found = re.match(r"convert (\d+(?:\.\d+)?) (inch(?:es)?|in|\"|ft|feet|foot) to (.+)$",
                     request)
    if found is None:
        return request
    feet = found.group(2) in ("ft", "feet", "foot")
    for height in FEET_INCHES.finditer(text):
        if height.group("i") and float(height.group("f" if feet else "i")) == float(
                found.group(1)):
            return f"convert {height.group('f')} ft {height.group('i')} in to {found.group(3)}"
    return request


STONE_POUNDS = re.compile(r"(?<![\w.])(?P<s>\d{1,2})\s*(?:st|stone|stones)\b\s*,?\s*(?:and\s+)?"
                          r"(?P<p>\d{1,2}(?:\.\d+)?)(?![\d.])(?!\s*(?:kg|kilo|cm|mm|m\b|ft|feet|"
                          r"foot|in\b|inch|%|years?|yo\b|y/o))\s*(?:lbs?|pounds?)?", re.I)


def stone_and_pounds(request: str, text: str) -> str:
    """"convert 10 stone to kg" read from "10 stone 1" (or "10 st 1 lb") is the whole weight:
    10 stone 1 lb."""
    found = re.match(r"convert (\d+(?:\.\d+)?) (st|stone|stones|lbs?|pounds?) to (.+)$", request)
    if found is None:
        return request
    part = "s" if found.group(2).startswith("st") else "p"
    for weight in STONE_POUNDS.finditer(text):
        if float(weight.group(part)) == float(found.group(1)):
            return f"convert {weight.group('s')} stone {weight.group('p')} lb to {found.group(3)}"
    return request
