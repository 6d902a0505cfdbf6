"""The plan's parts that carry on from an earlier result by a rate they state.

Three steps, each general: a part that only states a factor or a rounding ("use 0.4536,
one decimal", "(2.54 cm/in, 1 dp)") is no part of its own but qualifies the part before it;
a part whose last clause applies a rate to what the part asks first ("how many kWh is that,
and the cost at 24p per kWh?") is cut there; and a part that states a rate but no amount it
applies to waits for the part before it, whose result the executor then works on
(:func:`core.agents.carry_rate.carry`), falling back to the part's own reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.carry_fill import names_result
from core.agents.carry_rate import PLACES, own_amounts, rates
from core.agents.carry_units import CURRENCIES, DIMENSION, unit_key
from core.agents.patterns import ASKED, ci
from core.agents.plan import Subtask

CARRIED = "Working on from the result"
FILLED = "Working with the result"  # "… with that radius": the result written in, then read
CUT_ONLY = "Working it out from the result"  # a cut-off step: no reader of its own to fall back on
SEPARATOR = ci(r"(?:,\s*|\s+|\?\s*)(?:and\s+then|and|then|also|plus)\s+|;\s*|,\s+(?=then\b)|"
               r"(?<=[?!])\s+|(?<=[a-z)]\.)\s+")
FILLER = ci(r"\b(?:use|using|with|and|also|please|rounded|round|round(?:ed)?\s+to|to|for|"
            r"both|each|all|answer|the|factor|of|x|times|at)\b|×|[\s(),;:?!=]+|(?<!\d)\.|\.(?!\d)")
NUMBER = ci(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")
BOTH = ci(r"\b(?:both|each|all|every\s+(?:answer|figure|part))\b")
HEAD_ASKS = ci(rf"{ASKED}|\bconvert\b|->|→|\b(?:in|into|to)\s+[a-z]+\s*[.!]?\s*$")
CURRENCY_CODES = frozenset(CURRENCIES.values())
WORD_UNITS = ci(r"[a-zµ]+(?:/[a-z]+)?")


def _bare(text: str) -> str:
    """The text without its rates, roundings and filler words."""
    for rate in rates(text):
        text = text.replace(rate.shown_as, " ")
    return FILLER.sub(" ", PLACES.sub(" ", text)).strip()


def qualifies(text: str) -> bool:
    """Only a factor or a rounding: "use 1.609, 2 dp", "(2.54 cm/in, 1 decimal)"."""
    rest = _bare(text)
    return len(text) < 80 and (not rest or bool(re.fullmatch(r"\d+(?:\.\d+)?", rest))) and \
        bool(re.search(r"\d", text))


def _kept(subtasks: list[Subtask]) -> list[Subtask]:
    out: list[Subtask] = []
    for task in subtasks:
        if out and not task.depends_on and task.agent != "chat" and qualifies(task.request) \
                and not any(task.id in t.depends_on for t in subtasks):
            last = out[-1]
            qualifier = task.request.strip(" ()")
            out[-1] = replace(last, request=f"{last.request.rstrip(' ?.')} ({qualifier})")
            continue
        out.append(task)
    return out


def _names(text: str) -> set[str]:
    return {unit_key(word) for word in WORD_UNITS.findall(text)} - {""}


def _step(text: str, before: str) -> bool:
    """A clause that applies a rate to an amount only the text before it gives."""
    found = rates(text)
    if not found:
        return False
    own = own_amounts(text, found)
    usable = [r for r in found if r.base not in own]
    numbers = len(NUMBER.findall(PLACES.sub(" ", text)))
    stated = sum(len(NUMBER.findall(r.shown_as)) for r in found)
    named = _names(before)
    kinds = {DIMENSION.get(unit) for unit in named} - {None}
    return bool(usable) and numbers <= stated and any(
        r.base in named or (r.conversion and r.top in named) or (
            r.base == "*" and DIMENSION.get(r.top) in kinds) or (
            r.base == "=" and bool(named)) for r in usable)


CLAUSE = ci(r"(?<=[.?!])\s+|(?:,\s*|\s+)(?:and\s+then|then|and)\s+|;\s*")
REFERS = ci(r"\b(?:that|it|this|the\s+same|the\s+result|the\s+rest|convert)\b")


def _unused(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"Apply 10% off to the total, then convert to USD at €1 = $1.08": a closing clause
    that applies a currency rate no part uses waits for the last part and converts its
    result."""
    tools = [t for t in subtasks if t.agent != "chat"]
    if not tools or len(text) > 600 or any(t.label in (CARRIED, CUT_ONLY) for t in tools):
        return subtasks
    clauses = CLAUSE.split(text)
    for clause in clauses[1:]:
        found = [r for r in rates(clause) if r.base in CURRENCY_CODES and r.conversion]
        used = {float(n.replace(",", "")) for t in subtasks for n in NUMBER.findall(t.request)}
        if found and REFERS.search(clause) and not any(
                r.factor in used or (r.factor and 1 / r.factor in used) for r in found) and \
                len(NUMBER.findall(PLACES.sub(" ", clause))) <= 2:
            return [*subtasks, Subtask(f"t{len(subtasks) + 1}", tools[-1].agent, clause.strip(),
                                       (tools[-1].id,), CUT_ONLY)]
    return subtasks


def _cut(subtasks: list[Subtask]) -> list[Subtask]:
    out: list[Subtask] = []
    for task in subtasks:
        if task.depends_on or task.agent == "chat" or task.label or len(task.request) > 600:
            out.append(task)
            continue
        cuts = [m for m in SEPARATOR.finditer(task.request)]
        for found in reversed(cuts):
            head, tail = task.request[:found.start()], task.request[found.end():]
            read = task.agent in ("vision", "data")  # the figures are in the attachment
            if qualifies(tail) or not (re.search(r"\d", head) or read) or (
                    not found.group(0).strip() and not HEAD_ASKS.search(head)):
                continue  # "My bag weighs 9 kg. What is that in pounds?": one ask
            step = _step(tail, head) and not (task.agent == "vision" and all(
                r.base in CURRENCY_CODES for r in rates(tail)))
            if step or (task.agent != "vision" and names_result(tail)):
                head = head + (f" ({shared})" if (shared := _shared(tail)) else "")
                out.append(replace(task, request=head.strip()))
                out.append(Subtask(f"{task.id}c", task.agent, tail.strip(),
                                   (task.id,), CUT_ONLY if step else FILLED))
                break
        else:
            out.append(task)
    return _once(_uncut_twins(out, subtasks))


def _uncut_twins(out: list[Subtask], before: list[Subtask]) -> list[Subtask]:
    """A units or maths part that asked the whole of what a file's or an image's part was
    cut from ("total steps in the csv, and the km at 0.7 m a step") is the same ask twice."""
    cut = {d for t in out if t.label == CUT_ONLY for d in t.depends_on}
    whole = {t.request for t in before if t.id in cut and t.agent in ("vision", "data")}
    kept = [t for t in out if not (t.agent in ("units", "math") and t.request in whole
                                   and t.id not in cut)]
    gone = {t.id for t in out} - {t.id for t in kept}
    return [replace(t, depends_on=tuple(d for d in t.depends_on if d not in gone))
            for t in kept]


READERS = ("vision", "data", "health", "units", "math")


def _once(subtasks: list[Subtask]) -> list[Subtask]:
    """Two cut parts asking the same ("my runs are in the file. average speed …") keep the
    reader that holds the figures (the image's, the file's), with its step."""
    cut = [t for t in subtasks if t.label == CUT_ONLY]
    heads = {d: t for t in cut for d in t.depends_on}
    dropped: set[str] = set()
    for first in subtasks:
        for second in subtasks:
            if first.id < second.id and first.id in heads and second.id in heads and \
                    first.request == second.request and first.agent in READERS and \
                    second.agent in READERS:
                worse = max(first, second, key=lambda t: READERS.index(t.agent))
                dropped |= {worse.id, heads[worse.id].id}
    return [t for t in subtasks if t.id not in dropped]


def own_words(request: str) -> str:
    """The part's own words, without the details a health ask carries from the part before
    ("multiply by 1.2 — work out my BMR (…)")."""
    return request.split(" — ")[0]


def _marked(subtasks: list[Subtask]) -> list[Subtask]:
    out: list[Subtask] = []
    for index, task in enumerate(subtasks):
        own = own_words(task.request) if task.agent == "health" else task.request
        if qualifies(own):
            pass  # "1 dp, 2.54 cm per inch": a qualifier, not a step
        elif index and not task.label and task.agent != "chat" and _step(
                own, " ".join(t.request for t in subtasks[:index])):
            previous = subtasks[index - 1].id
            deps = task.depends_on if previous in task.depends_on else (
                *task.depends_on, previous)
            task = replace(task, depends_on=deps, label=CARRIED)
        elif index and not task.label and not task.depends_on and task.agent != "chat" and \
                names_result(own) and subtasks[index - 1].agent != "chat":
            task = replace(task, depends_on=(subtasks[index - 1].id,), label=FILLED)
        out.append(task)
    return out


def _rounded_alike(subtasks: list[Subtask]) -> list[Subtask]:
    """"1 decimal for both", "round each to 2 dp": every part gets the rounding asked."""
    if len(subtasks) < 2 or not any(t.label in (CARRIED, CUT_ONLY, FILLED) for t in subtasks):
        return subtasks
    asked = next((shared for t in subtasks if (shared := _shared(t.request))), "")
    if not asked:
        return subtasks
    return [t if t.agent == "chat" or PLACES.search(t.request) else replace(
        t, request=f"{t.request.rstrip(' ?.')} ({asked})") for t in subtasks]


def _shared(text: str) -> str:
    """A rounding asked for every answer ("1 decimal for both", "round each to 2 dp"), or
    ""."""
    found = PLACES.search(text)
    if found is None or not BOTH.search(text[found.end():found.end() + 20] + " " + text[
            max(0, found.start() - 12):found.start()]):
        return ""
    return found.group(0)


def carried_steps(subtasks: list[Subtask], text: str = "") -> list[Subtask]:
    """The subtasks with factor-only parts folded in, rate steps cut off and marked."""
    if len(subtasks) > 7:
        return subtasks
    out = _rounded_alike(_unused(_marked(_cut(_kept(subtasks))), text))
    if out == subtasks:
        return subtasks
    names = {task.id: f"t{index}" for index, task in enumerate(out, start=1)}
    return [replace(t, id=names[t.id], depends_on=tuple(names.get(d, d) for d in t.depends_on))
            for t in out]


__all__ = ["CARRIED", "CUT_ONLY", "FILLED", "carried_steps", "qualifies"]
