"""The values of a stated function at the points a message names, one part per point.

"evaluate f(x) = x^3 - 2x at x = -3 and x = 2, then plot f", "simplify 4x + 2 - x and
evaluate it at x = 1 and x = 5", "for y = x^2 + 4x: vertex? value at x = 2? and a graph",
"put y = 2x + 1 and y = 5 - x on the same axes. at x = 3, what are both y values?", "what's
x^2 + x when x = 6? then plot the whole thing": one reading gives the value at one point of
one function (or none, when a plot takes the message). Each function's value at each point
is a part of its own; a plot that took the message draws the function; functions put "on
the same axes" are plotted.
"""

from __future__ import annotations

import re

from core.agents.compose_plot import FUNCTION, PLOT_VERB, curve_only
from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask

NUMBER = r"-?\d+(?:\.\d+)?"
POINTS = re.compile(rf"\b(?:at|when|for|where|if)\s+x\s*(?:=|\bis\b|\bequals\b)\s*(?P<first>"
                    rf"{NUMBER})(?P<more>(?:\s*(?:,\s*and|,|\band\b|\bor\b)\s*(?:(?:at\s+)?x\s*"
                    rf"(?:=|\bis\b)\s*)?{NUMBER}(?![\d.]|\s*[a-wyz(^*]))*)", re.I)
BEFORE_POINT = re.compile(r"\b(?:what(?:'s|\s+is|\s+does)|evaluate|value\s+of|find|compute|"
                          r"calculate)\s+(?P<e>[-+*/^().\w ]*?x[-+*/^().\w ]*?)\s+(?:when|at|"
                          r"for|if)\s+x\s*(?:=|\bis\b)", re.I)
SAME_AXES = re.compile(r"\b(?:on|onto)\s+(?:the\s+)?same\s+(?:set\s+of\s+)?(?:axes|graph|"
                       r"plot|chart|grid)\b", re.I)
VALUE_ASK = re.compile(r"\b(?:values?|evaluate|what(?:'s|\s+is|\s+are|\s+does)\b[^.?]*?\b"
                       r"(?:when|at|if)\s+x\b)", re.I)
FOLDS = ("simplify", "expand", "factor")


def _points(text: str) -> list[str]:
    out: list[str] = []
    for found in POINTS.finditer(text):
        for value in [found.group("first"), *re.findall(NUMBER, found.group("more"))]:
            if value not in out:
                out.append(value)
    return out


def _functions(subtasks: list[Subtask], text: str) -> list[str]:
    named = [curve_only(f.group("e")).rstrip(" :.") for f in FUNCTION.finditer(text)]
    named = [f for f in named if re.search(r"(?<![a-z])x(?![a-z])", f) and
             find_math(f"differentiate {f}") is not None]
    if named:
        return list(dict.fromkeys(named))
    if (before := BEFORE_POINT.search(text)) is not None:
        expression = curve_only(before.group("e"))
        if find_math(f"differentiate {expression}") is not None:
            return [expression]
    for task in subtasks:  # "simplify 2x + 3 + x and evaluate it at x = 1 and x = 2"
        call = parse_math(task.request) if task.agent == "math" else None
        if call is not None and call.operation in FOLDS and call.expression:
            return [call.expression]
    return []


def _covers(task: Subtask, points: list[str]) -> bool:
    """A part that reads one value at one of the points (and nothing else)."""
    if task.agent != "math" or task.depends_on:
        return False
    if re.match(r"\s*(?:and\s+|or\s+)?(?:at\s+)?x\s*=\s*-?\d", task.request, re.I):
        return True  # "x = -1, then graph f": the last point, cut off from the others
    return parse_math(task.request).operation == "evaluate" and bool(_points(task.request))


def values_at_points(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan with one value part for each function at each point named."""
    if len(text) > 400 or not re.search(r"\bx\s*(?:=|\bis\b)\s*-?\d", text, re.I) or \
            not VALUE_ASK.search(text):
        return subtasks
    points = _points(text)
    functions = _functions(subtasks, text) if points else []
    if not functions or len(points) * len(functions) > 6 or (
            len(points) * len(functions) < 2 and any(_covers(t, points) for t in subtasks)):
        return subtasks
    values = [Subtask(f"v{n}", "math", f"what's y when x = {p} for y = {f}",
                      label="Working out a value")
              for n, (f, p) in enumerate(((f, p) for f in functions for p in points), start=1)]
    out: list[Subtask] = []
    placed = False
    for task in subtasks:
        if _covers(task, points):  # the one value read is among those worked out afresh
            if not placed:
                out.extend(values)
                placed = True
            continue
        if task.agent == "data" and not task.depends_on and PLOT_VERB.search(task.request) \
                and not re.match(r"\s*plot\s+y\s*=", task.request, re.I):
            task = Subtask(task.id, "data", _plot(functions[0], task.request), label="Plotting")
        out.append(task)
        if not placed and task.agent == "math":
            out.extend(values)
            placed = True
    if not placed:
        at = next((i for i, t in enumerate(out) if t.agent == "data"), len(out))
        out[at:at] = values
    if SAME_AXES.search(text) and not any(t.agent == "data" for t in out):
        out.extend(Subtask(f"p{n}", "data", f"plot y = {f}", label="Plotting")
                   for n, f in enumerate(functions, start=1))
    return out


def _plot(function: str, request: str) -> str:
    bounds = re.search(rf"\b(?:from|between)\s+(?:x\s*=\s*)?({NUMBER})\s+(?:to|and)\s+"
                       rf"(?:x\s*=\s*)?({NUMBER})", request, re.I)
    span = f" from {bounds.group(1)} to {bounds.group(2)}" if bounds else ""
    return f"plot y = {function}{span}"
