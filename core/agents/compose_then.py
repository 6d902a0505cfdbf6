"""A calculation, then a step on whatever it comes to, as two parts.

"20% of 1200 first, then 10% of whatever that comes to", "48 times 11, and then split that 2
ways", "work out 17 squared, then divide whatever you get by 9", "7 x 8, after that take
away 6": read as one calculation, the second step is lost. The first part is worked alone and
the step after it works on its result; the words for that result ("whatever that comes to",
"whatever you get", "the answer") are read as "the result".
"""

from __future__ import annotations

import re

from core.agents.mathtext import parse_math
from core.agents.plan import Subtask

THEN = re.compile(r"(?:,\s*|\s+|(?<=[.?!])\s*)(?:and\s+)?(?:then|after\s+that|next|and\s+now)"
                  r"\s*,?\s+", re.I)
RESULT = re.compile(r"\bwhat(?:ever)?\s+(?:that|it|this)\s+(?:comes?\s+(?:out\s+)?to|gives?"
                    r"(?:\s+you)?|is|makes?|equals)\b|\bwhat(?:ever)?\s+(?:you|we|i)\s+(?:get|got|end\s+up\s+"
                    r"with)\b|\bthe\s+(?:answer|outcome|product|sum|total|number\s+you\s+get)\b",
                    re.I)
SPLIT = re.compile(r"\b(?:split|share|divide)\s+(?P<what>(?:it|that|this|the\s+result))\s+"
                   r"(?:into\s+|between\s+)?(?P<n>\d+)\s*(?:ways|parts|people|equal\s+parts)?\b",
                   re.I)
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
    first, then = parse_math(head), parse_math(step, previous=True)
    if not first.expression or "ANS" in first.expression or "ANS" not in then.expression or \
            first.operation != "evaluate" or then.operation != "evaluate":
        return subtasks
    return [Subtask(task.id, "math", head, label=task.label),
            Subtask(f"{task.id}s", "math", step, depends_on=(task.id,), label="Working on the "
                    "result")]
