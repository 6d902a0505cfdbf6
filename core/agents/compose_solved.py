"""A value worked out from what an earlier part solved: "solve 2x + 3 = 11, then plug x into
x^2 + 1", "solve a + b = 10 and a - b = 2; what is a times b?". The later part waits for the
solving and its unknowns are replaced by the solution before it is worked out."""

from __future__ import annotations

import re

from core.agents.base import AgentResult
from core.agents.mathtext import parse_math
from core.agents.plan import Subtask
from core.agents.quantities import target_units

UNKNOWN = re.compile(r"(?<![a-zA-Z])([a-z])(?![a-zA-Z])")
# "use that x to", "plug x in and", "substituting the value of x,", "with this y,"
LEAD_IN = re.compile(
    r"^\s*(?:(?:and|then|now|next)\s+)?(?:(?:use|using|with|plug(?:ging)?|put(?:ting)?|"
    r"substitut(?:e|ing)|take|taking)\s+(?:it|(?:that|this|the)\s+(?:value\s+(?:of\s+)?)?"
    r"(?:[a-z](?:\s*(?:and|,)\s*[a-z])?|values?|answer|solutions?)|[a-z](?:\s*(?:and|,)\s*[a-z])?)"
    r"(?:\s+(?:in|back))?(?:\s*(?:to|into|in|and|,)\s+))", re.I)
# "… with that x", "… using those values", "… for that value of y"
TRAIL = re.compile(r"\s*\b(?:with|using|for|at)\s+(?:that|this|these|those|the)\s+(?:values?\s+"
                   r"(?:of\s+)?)?(?:[a-z](?:\s*(?:and|,)\s*[a-z])?|values?|answers?|solutions?)"
                   r"(?=\s*[?.!]?\s*$)", re.I)
SOLVED = re.compile(r"\*\*(?P<s>[a-z]\s*=\s*-?\d+(?:[./]\d+)?(?:\s*,\s*[a-z]\s*=\s*-?\d+"
                    r"(?:[./]\d+)?)*)\*\*")


def _unknowns(expression: str) -> set[str]:
    return set(UNKNOWN.findall(expression.replace("sqrt", "").replace("pi", "")))


def uses_solution(subtasks: list[Subtask]) -> list[Subtask]:
    """Each math part whose unknowns an earlier math part solves waits for it."""
    out: list[Subtask] = []
    solved: list[tuple[str, set[str]]] = []
    for task in subtasks:
        if task.agent != "math":
            out.append(task)
            continue
        call = parse_math(task.request)
        unknowns = _unknowns(call.expression)
        if call.operation == "solve":
            solved.append((task.id, unknowns))
        elif call.operation == "evaluate" and unknowns and not task.depends_on and "=" not in (
                call.expression):
            source = next((sid for sid, names in reversed(solved) if unknowns <= names), None)
            if source is not None:
                request = TRAIL.sub("", LEAD_IN.sub("", task.request, count=1)) or task.request
                task = Subtask(task.id, "math", request, (source,),
                               label=task.label or "Using the solution")
        out.append(task)
    return out


def with_solution(task: Subtask, inputs: dict[str, AgentResult]) -> Subtask:
    """The request with each unknown an input solved replaced by its value in brackets."""
    if task.agent != "math" or not inputs:
        return task
    solved: dict[str, set[str]] = {}
    for result in inputs.values():
        for found in SOLVED.finditer(result.text if result.ok else ""):
            stated: dict[str, set[str]] = {}  # a later statement ("the larger root is x = 5")
            for pair in found.group("s").split(","):  # picks one of the roots shown before
                name, _, value = pair.partition("=")
                stated.setdefault(name.strip(), set()).add(value.strip())
            solved.update(stated)
    if any(len(found) > 1 for found in solved.values()):
        return task  # two roots: a step on them picks one ("take the bigger solution")
    values = {name: found.pop() for name, found in solved.items()}
    reused = parse_math(task.request, previous=True).expression
    if len(values) == 1 and reused.count("ANS") == 1 and not _unknowns(reused.replace("ANS", "")):
        value = next(iter(values.values()))  # "then square whatever x comes out to"
        return Subtask(task.id, task.agent, reused.replace("ANS", f"({value})"), (),
                       label=task.label)
    if not values or not _unknowns(parse_math(task.request).expression) <= set(values):
        return task
    request = UNKNOWN.sub(lambda m: f"({values[m.group(1)]})" if m.group(1) in values
                          else m.group(0), task.request)
    return Subtask(task.id, task.agent, request, (), label=task.label)


UNKNOWN_IN = re.compile(r"\b(?P<v>[a-z])\s+(?:is|was|=|being|represents|stands\s+for|means)\s+"
                        r"(?:a|an|the)?\s*(?:[a-z]+\s+){0,2}?(?:in|measured\s+in)\s+"
                        r"(?P<u>[a-z°µ]+)\b", re.I)


def unit_of_unknown(subtasks: list[Subtask]) -> list[Subtask]:
    """"solve 3x - 8 = 34. x is a length in cm - what is it in inches?": the conversion of the
    solution starts from the unit the message gives the unknown."""
    solves = {t.id for t in subtasks if t.agent == "math" and parse_math(t.request).operation
              == "solve"}
    out = []
    for task in subtasks:
        said = UNKNOWN_IN.search(task.request) if task.agent == "units" else None
        if said is None and task.agent == "units" and (unit := _unit_named(subtasks, task,
                                                                           solves)):
            out.append(Subtask(task.id, "units", f"assuming it is in {unit}, {task.request}",
                               task.depends_on, task.label))  # "weighs w pounds where 6w = 174"
            continue
        if said is None or not set(task.depends_on) & solves or re.search(
                r"\b(?:assuming|suppose|if\s+(?:it|that|this)\s+(?:were|was|is))\b",
                task.request, re.I):
            out.append(task)
            continue
        rest = (task.request[:said.start()] + task.request[said.end():]).strip(" -–—,;:")
        if not target_units(rest, bare=True):  # "…, where d is a distance in miles; and in km?"
            return _told_to_the_solve(subtasks, task)
        out.append(Subtask(task.id, "units", f"assuming it is in {said.group('u')}, {rest}",
                           task.depends_on, task.label))
    return out


def _unit_named(subtasks: list[Subtask], task: Subtask, solves: set[str]) -> str | None:
    """The unit the solved unknown is given in its own words ("my suitcase weighs w pounds
    where 6w = 174" → pounds), or None."""
    source = next((t for t in subtasks if t.id in task.depends_on and t.id in solves), None)
    if source is None or re.search(r"\b(?:assuming|suppose)\b", task.request, re.I):
        return None
    letters = set(re.findall(r"(?<![a-z])([a-z])(?![a-z])", parse_math(source.request)
                             .expression))
    for letter in letters:
        found = re.search(rf"(?<![\w']){letter}\s+(?P<u>[a-z]+(?:\s+[a-z]+)?)", source.request,
                          re.I)
        if found is None:
            continue
        for unit in (found.group("u").split()[0], found.group("u")):
            if target_units(f"in {unit}", bare=True):
                return unit
    return None


def _told_to_the_solve(subtasks: list[Subtask], statement: Subtask) -> list[Subtask]:
    """The unknown's unit, said in a part of its own, goes with the solving (which shows the
    solution in that unit); parts that used the statement use the solving."""
    solve = statement.depends_on[0]
    out = []
    for task in subtasks:
        if task is statement:
            continue
        if task.id == solve:
            task = Subtask(task.id, task.agent, f"{task.request.rstrip(' .')}, "
                           f"{statement.request.strip()}", task.depends_on, task.label)
        depends = tuple(solve if d == statement.id else d for d in task.depends_on)
        out.append(Subtask(task.id, task.agent, task.request, depends, task.label))
    return out
