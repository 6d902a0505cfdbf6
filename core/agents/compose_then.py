"""A calculation, then a step on whatever it comes to, as two parts.

"20% of 1200 first, then 10% of whatever that comes to", "48 times 11, and then split that 2
ways", "work out 17 squared, then divide whatever you get by 9", "7 x 8, after that take
away 6": read as one calculation, the second step is lost. The first part is worked alone and
the step after it works on its result; the words for that result ("whatever that comes to",
"whatever you get", "the answer") are read as "the result".
"""

from __future__ import annotations

import re

from core.agents.compose_chain import as_step, on_matrix
from core.agents.mathtext import parse_math
from core.agents.plan import AgentName, Subtask

THEN = re.compile(r"(?:,\s*|\s+|(?<=[.?!])\s*)(?:and\s+)?(?:then|after\s+that|next|and\s+now)"
                  r"\s*,?\s+|\s+and\s+(?=(?:differentiate|integrate|factor|expand|simplify)\s+"
                  r"(?:it|that|the\s+result)\b)", re.I)
RESULT = re.compile(r"\bwhat(?:ever)?\s+(?:that|it|this)\s+(?:comes?\s+(?:out\s+)?to|gives?"
                    r"(?:\s+you)?|is|makes?|equals)\b|\bwhat(?:ever)?\s+(?:you|we|i)\s+(?:get|got|end\s+up\s+"
                    r"with)\b|\bthe\s+(?:answer|outcome|product|sum|total|number\s+you\s+get)\b",
                    re.I)
SPLIT = re.compile(r"\b(?:split|share|divide)\s+(?P<what>(?:it|that|this|the\s+result))\s+"
                   r"(?:into\s+|between\s+)?(?P<n>\d+)\s*(?:ways|parts|people|equal\s+parts)?\b",
                   re.I)
SAME_FUNCTION = ("expand", "factor", "simplify")
SYMBOLIC = re.compile(r"(?P<op>differentiate|integrate|derive|factori[sz]e|factor|expand|"
                      r"simplify)\s+(?:it|that|this|the\s+result|the\s+answer)\b", re.I)
ONE_VALUE = re.compile(r"\b(?:add\s+(?:them|the\s+roots)|sum|product|positive|negative|bigger|"
                       r"larger|smaller|biggest|largest|smallest)\b", re.I)
FIRST = re.compile(r"\s+(?:first|to\s+start(?:\s+with)?|to\s+begin(?:\s+with)?)\s*$", re.I)


def _step(words: str) -> str:
    said = RESULT.sub("the result", words)
    return SPLIT.sub(lambda m: f"divide {m.group('what')} by {m.group('n')}", said)


def step_after(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan with "..., then <a step on that>" inside one calculation made two parts."""
    maths = [t for t in subtasks if t.agent == "math"]
    if len(maths) != 1 or len(subtasks) != 1 or maths[0].depends_on:
        return subtasks
    task = maths[0]
    cut = THEN.search(task.request)
    if cut is None or cut.start() < 3:
        return subtasks
    head = FIRST.sub("", task.request[:cut.start()].strip(" ,"))
    step = _step(task.request[cut.end():].strip())
    if (other := on_matrix(step, head)) is not None:  # "… the determinant, then the inverse"
        return [Subtask(task.id, "math", head, label=task.label),
                Subtask(f"{task.id}s", "math", other, label=task.label)]
    if "ANS" not in parse_math(step, previous=True).expression:
        step = as_step(step) or step  # "then times by 10": a step on the result
    first, then = parse_math(head), parse_math(step, previous=True)
    if first.operation in SAME_FUNCTION and first.expression and (
            again := SYMBOLIC.match(step)) is not None:  # "expand it, then differentiate it"
        rest = step[again.end():].strip()
        return [Subtask(task.id, "math", head, label=task.label),
                Subtask(f"{task.id}s", "math", f"{again.group('op')} {first.expression} {rest}"
                        .strip(), label="Working on the result")]
    if not first.expression or "ANS" in first.expression or "ANS" not in then.expression or \
            not _one_value(first.operation, first.extra, head) or then.operation != "evaluate":
        return subtasks
    return [Subtask(task.id, "math", head, label=task.label),
            Subtask(f"{task.id}s", "math", step, depends_on=(task.id,), label="Working on the "
                    "result")]


def _one_value(operation: str, extra: str, head: str) -> bool:
    """The first part comes to one number: a value, a definite integral, a determinant, or
    the one root (or the sum of the roots) it asks for."""
    return operation in ("evaluate", "determinant") or (
        operation == "integral" and "," in extra) or (
            operation == "solve" and ONE_VALUE.search(head) is not None)


SENTENCE = re.compile(r"(?<=[?;])\s+|(?<=\.)\s+(?=[A-Z])|[.?!,;:]?\s+also[,:]?\s+(?=\w)", re.I)
NUMBERS = re.compile(r"\d+(?:\.\d+)?")
REFERS = re.compile(r"\b(?:it|its|that|this|those|them|they|result|answer|same|each)\b", re.I)


def lost_asks(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"LCM of 18 and 10? GCF of 12 and 28?", "x + y = 21, x - y = 1: x and y? Also split 180
    in the ratio 3:1": calculations asked one after another, each complete alone, that one
    reading took as one (the numbers of a later one are missing from what it worked) are
    parts of their own."""
    from core.agents.intents import classify

    if len(subtasks) != 1 or subtasks[0].agent != "math" or len(text) > 600:
        return subtasks
    task = subtasks[0]
    pieces = [p.strip() for p in SENTENCE.split(task.request) if p and p.strip()]
    if not 2 <= len(pieces) <= 4:
        return subtasks
    whole = parse_math(task.request)
    intents = [classify(piece) for piece in pieces]
    calls = [parse_math(piece) for piece in pieces]
    for index, (piece, intent, call) in enumerate(zip(pieces, intents, calls, strict=True)):
        if not intent.complete or intent.backref or intent.agent not in ("math", "health",
                                                                          "units") or (
                intent.agent == "math" and (not call.expression or "ANS" in call.expression)) \
                or not NUMBERS.search(piece) or (index and REFERS.search(piece)):
            return subtasks
    used = set(NUMBERS.findall(whole.expression))
    lost = any(not set(NUMBERS.findall(piece)) <= used for piece in pieces[1:])
    asked_apart = re.search(r"\?\s+\S|\balso\b", task.request, re.I) is not None
    if not (lost or asked_apart or whole.operation == "values"):
        return subtasks  # every part's numbers are in what the one reading worked
    agents: dict[str, AgentName] = {"math": "math", "health": "health", "units": "units"}
    return [Subtask(task.id if n == 0 else f"{task.id}a{n}", agents[intent.agent], piece)
            for n, (piece, intent) in enumerate(zip(pieces, intents, strict=True))]
