"""A worked result asked in two units: "how heavy is all of it in kg and lbs?", "how long is
the ladder in metres and in feet?", "total distance (km and miles)?", "the area in m² or
square feet". Read as one ask, the work is done in one unit (or a given amount is only
converted) and the other unit is lost. The ask is worked in the first unit and its result
converted to the second, in a part that waits for it.
"""

from __future__ import annotations

import itertools
import re

from core.agents.intents import Context, classify
from core.agents.plan import Subtask
from core.agents.quantities import Mention, mentions, prepare, quantities

JOIN = re.compile(r"\s*(?:,|and|or|&|/|as\s+well\s+as|plus)\s*(?:also\s+)?(?:in\s+|into\s+|"
                  r"to\s+|as\s+)?(?:\(?\s*)?$", re.I)
WORKED = ("health", "math")


def _pair(text: str) -> tuple[Mention, Mention] | None:
    """The two units named side by side as destinations ("in kg and lbs"), of one kind."""
    prepared = prepare(text)
    found = mentions(prepared)
    given = {q.mention.start for q in quantities(prepared, found)}
    asked = [m for m in found if m.start not in given]
    for first, second in itertools.pairwise(asked):
        gap = prepared[first.end:second.start]
        if not JOIN.fullmatch(gap) or not first.units or not second.units:
            continue
        if not re.match(r"\s*(?:[)?.,;!]|$|please\b|too\b|as\s+well\b|each\b)",
                        prepared[second.end:], re.I):
            continue  # "the hour and minute hands": units named, not asked
        a, b = first.units[0], second.units[0]
        if a.dim == b.dim and a.pint != b.pint and a.dim != "currency":
            return first, second
    return None


def worked_in_two_units(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """Each part that works out an amount asked in two units becomes the ask in the first
    unit and a conversion of its result to the second."""
    if len(text) > 600 or len(subtasks) > 4:
        return subtasks
    out: list[Subtask] = []
    for task in subtasks:
        found = _pair(task.request) if task.agent in (*WORKED, "units") and not \
            task.depends_on and not any(task.id in t.depends_on for t in subtasks) else None
        if found is None or any(t.agent == "units" and found[1].surface in t.request
                                for t in subtasks if t is not task):
            out.append(task)
            continue
        first, second = found
        prepared = prepare(task.request)
        head = (prepared[:first.end] + prepared[second.end:]).strip()
        head = re.sub(r"\(\s*([^()]*?)\s*\)", r"in \1", head) if "(" in head else head
        intent = classify(head, Context())
        if not intent.complete or intent.agent not in WORKED:
            out.append(task)
            continue
        out.append(Subtask(task.id, "health" if intent.agent == "health" else "math", head,
                           label=task.label))
        asked = f"assuming it is in {first.surface}, what is it in {second.surface}?" if \
            intent.agent == "math" else f"what is that in {second.surface}?"  # a worked
        # figure keeps its unit; a bare number is given the first unit named
        out.append(Subtask(f"{task.id}u", "units", asked, (task.id,), label="Converting units"))
    return out


DIFFERENCE = re.compile(r"\b(?:difference|how\s+(?:much|many\s+\w+)\s+(?:over|under|more|less|"
                        r"heavier|lighter|longer|shorter|taller|warmer|colder)|by\s+how\s+much|"
                        r"how\s+far\s+(?:over|under|off)|over\s+the\s+limit)\b", re.I)


def converted_then_compared(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"I weigh 150 lb and my sister 52 kg. my weight in kg, and the difference?", "the
    limit is 20 kg and my bag is 77 lb: the limit in lb and how many lb over?": the second
    ask is the gap between the converted amount and the other amount, in the unit asked —
    not the same conversion again."""
    from core.agents.quantities import parse_conversion

    if DIFFERENCE.search(text) is None or len(text) > 600:
        return subtasks
    prepared = prepare(text)
    amounts = quantities(prepared, mentions(prepared))
    out: list[Subtask] = []
    done: dict[tuple[float, str, str], str] = {}
    for task in subtasks:
        ask = parse_conversion(task.request) if task.agent == "units" and not \
            task.depends_on else None
        key = (ask.value, ask.source.pint, ask.target.pint) if ask is not None else None
        if ask is None or key is None or key not in done:
            if key is not None:
                done[key] = task.id
            out.append(task)
            continue
        other = [q for q in amounts if q.mention.units and
                 q.mention.units[0].pint == ask.target.pint]
        if len(other) != 1:
            out.append(task)
            continue
        value = f"{other[0].value:g}"
        out.append(Subtask(task.id, "math", f"|that - {value}| to 2 decimal places",
                           (done[key],), label="The difference"))
    return out
