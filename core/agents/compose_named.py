"""Asks about a function named in the message, each a part of its own on that function.

"f(x) = x^3 - 48x + 2. f'(x)? where is f'(x) = 0? plot f", "graph f(x) = x^2 - 4x + 4, and
what's f(7)?", "g(t) = 3t^2 - t: g(2) and g'(t)": the function is read once from its
definition, and each ask naming it is written out on its expression: its value at a point,
its derivative, where the derivative is zero, and its plot.
"""

from __future__ import annotations

import re

from core.agents.plan import Subtask

DEFINED = re.compile(r"\b(?P<f>[a-z])\s*\(\s*(?P<v>[a-z])\s*\)\s*=\s*(?P<e>[-+*/^().\w ]+?)\s*"
                     r"(?=$|[,;?]|\.(?:\s|$)|\band\b|\bthen\b|\bfrom\b|\bfor\b)", re.I)
PIECE = re.compile(r"(?<=[?;.])\s+|,\s*(?:and\s+)?|\s+and\s+(?=(?:what|where|plot|graph|draw|"
                   r"sketch|find|give)\b)", re.I)
PLOT = re.compile(r"\b(?:plot|graph|draw|sketch)\b", re.I)


def _asks(piece: str, name: str, variable: str, expression: str) -> Subtask | None:
    """The part one piece asks of the named function, or None."""
    prime = rf"\b{name}\s*'\s*\(\s*{variable}\s*\)"
    value = re.search(rf"\b{name}\s*\(\s*(?P<at>-?\d+(?:\.\d+)?)\s*\)", piece, re.I)
    if re.search(prime, piece, re.I) and re.search(r"=\s*0\b|\bzero\b|\bstationary\b", piece,
                                                   re.I):
        return Subtask("", "math", f"where is the derivative of {expression} equal to 0")
    if re.search(prime, piece, re.I) or re.search(rf"\bderivative\s+of\s+{name}\b", piece, re.I):
        return Subtask("", "math", f"differentiate {expression}")
    if value is not None:
        return Subtask("", "math", f"evaluate {expression} at {variable} = {value.group('at')}")
    if PLOT.search(piece) and re.search(rf"\b(?:{name}|it|the\s+(?:function|curve|graph))\b",
                                        piece[PLOT.search(piece).end():],  # type: ignore[union-attr]
                                        re.I):
        curve = re.sub(rf"(?<![a-z]){variable}(?![a-z])", "x", expression)
        return Subtask("", "data", f"plot y = {curve}", label="Plotting")
    return None


def _valued(task: Subtask, name: str, variable: str, expression: str) -> Subtask:
    """"what's f(7)" planned on its own: the expression's value there."""
    value = re.search(rf"\b{name}\s*\(\s*(?P<at>-?\d+(?:\.\d+)?)\s*\)", task.request, re.I)
    if task.agent != "math" or value is None or re.search(r"\bsolve\b|=", task.request.replace(
            f"y = {expression}", "")):
        return task
    return Subtask(task.id, "math", f"evaluate {expression} at {variable} = {value.group('at')}",
                   task.depends_on, task.label)


def named_function_asks(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """The plan with each ask about a defined function written out on its expression, when
    the plan lost some of them."""
    defined = DEFINED.search(text)
    if defined is None or len(text) > 600:
        return subtasks
    name, variable = defined.group("f"), defined.group("v")
    expression = defined.group("e").strip()
    rest = text[:defined.start()] + " " + text[defined.end():]
    asks = [found for piece in PIECE.split(rest) if piece.strip() and (
        found := _asks(piece, name, variable, expression)) is not None]
    if len(asks) < 2 or len(asks) <= len([t for t in subtasks if t.agent != "chat"]):
        return [_valued(t, name, variable, expression) for t in subtasks]
    seen: list[str] = []
    out = []
    for number, ask in enumerate(asks, start=1):
        if ask.request in seen:
            continue
        seen.append(ask.request)
        out.append(Subtask(f"f{number}", ask.agent, ask.request, label=ask.label))
    return out
