"""A bare step on the answer before it, said without naming that answer.

"take the square root of 361 and multiply by pi", "find the roots …, add them, then times by
10", "… then multiply your answer by 4", "find r, then the area of a circle with that
radius": the step names only what it does and its other operand. It is read as a step on
"the result", which the maths reader fills in with the answer of the part before. A step
that names another operation on the same matrix ("find the determinant, then the inverse")
is that operation on the matrix, a part of its own.
"""

from __future__ import annotations

import re

from core.agents.mathtext import parse_math
from core.agents.patterns import ci
from core.agents.plan import Subtask

LEAD = r"^\s*(?:(?:and|then|now|so|next|after\s+that|finally)[\s,]+)*"
IT = r"(?:it|that|this|the\s+result|the\s+answer|(?:your|my|the)\s+answer|what\s+you\s+get)"
OPERAND = r"(?P<n>(?:-?\d+(?:\.\d+)?|pi|π|e)(?:\s*/\s*\d+)?)"
END = r"(?=\s*[(?.!,;]|\s*$)"
TIMES = ci(rf"{LEAD}(?:(?:multiply|multiplied)\s+(?:{IT}\s+)?by|times(?:\s+by)?)\s+{OPERAND}{END}")
DIVIDE = ci(rf"{LEAD}(?:divide|divided)\s+(?:{IT}\s+)?by\s+{OPERAND}{END}")
ADD = ci(rf"{LEAD}(?:add|plus)\s+{OPERAND}(?:\s+to\s+{IT})?{END}")
TAKE = ci(rf"{LEAD}(?:subtract|take\s+away|minus|take\s+off)\s+{OPERAND}(?:\s+from\s+{IT})?{END}")
POWER = ci(rf"{LEAD}(?P<op>double|triple|halve|square|cube)\s*(?:{IT})?{END}")
ROOT = ci(rf"{LEAD}(?:take\s+)?(?:the\s+)?(?P<op>square|cube)\s+root(?:\s+of\s+{IT})?{END}")
CIRCLE = ci(rf"{LEAD}(?:what(?:'s|\s+is)\s+)?the\s+(?P<what>area|circumference)\s+of\s+a\s+circle"
            rf"\s+(?:with|of|whose\s+radius\s+is)\s+(?:that|this|the\s+same|it\s+as\s+(?:the\s+)?)"
            rf"\s*(?:radius)?")
PLACES = ci(r"\(?\s*(?:to\s+)?\d+\s*(?:dp|d\.p\.|decimals?|decimal\s+places?)\s*\)?")
POWERS = {"double": "double the result", "triple": "triple the result",
          "halve": "divide the result by 2", "square": "square the result",
          "cube": "cube the result"}
MATRIX = re.compile(r"\[\s*\[[^\]]*\](?:\s*,\s*\[[^\]]*\])*\s*\]")
MATRIX_OP = ci(r"\b(?:inverse|transpose|determinant|rank|trace|eigen\w*)\b")


def as_step(words: str) -> str | None:
    """The step written as a calculation on "the result", or None when it is no bare step."""
    text = words.strip()
    places = PLACES.search(text)
    tail = f" ({places.group(0).strip(' ()')})" if places else ""
    step: str | None = None
    if (found := TIMES.match(text)) is not None:
        step = f"multiply the result by {found.group('n')}"
    elif (found := DIVIDE.match(text)) is not None:
        step = f"divide the result by {found.group('n')}"
    elif (found := ADD.match(text)) is not None:
        step = f"add {found.group('n')} to the result"
    elif (found := TAKE.match(text)) is not None:
        step = f"subtract {found.group('n')} from the result"
    elif (found := ROOT.match(text)) is not None:
        step = f"the {found.group('op').lower()} root of the result"
    elif (found := POWER.match(text)) is not None:
        step = POWERS[found.group("op").lower()]
    elif (found := CIRCLE.match(text)) is not None:
        step = "pi * (the result)^2" if found.group("what").lower() == "area" else \
            "2 * pi * (the result)"
        tail = tail or " (2 decimals)"
    if step is None:
        return None
    request = f"{step}{tail}"
    return request if "ANS" in parse_math(request, previous=True).expression else None


def on_matrix(step: str, head: str) -> str | None:
    """"…, then the top-left entry of the inverse" after a matrix: that operation on it."""
    matrix = MATRIX.search(head)
    if matrix is None or MATRIX.search(step) or not MATRIX_OP.search(step):
        return None
    request = f"{step.strip(' ?.,')} of {matrix.group(0)}"
    return request if parse_math(request).expression else None


def bare_steps(subtasks: list[Subtask]) -> list[Subtask]:
    """A maths part that is only a step ("multiply by pi") after a maths part works on that
    part's answer."""
    out: list[Subtask] = []
    for task in subtasks:
        before = out[-1] if out else None
        step = as_step(task.request) if task.agent == "math" and not task.depends_on and \
            before is not None and before.agent == "math" else None
        if step is None or before is None:
            out.append(task)
            continue
        out.append(Subtask(task.id, "math", step, depends_on=(before.id,),
                           label="Working on the result"))
    return out
