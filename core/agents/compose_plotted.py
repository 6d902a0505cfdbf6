"""A plot asked for in a message draws the function the message names.

"solve |x - 7| = 4 and draw y = |x - 7|", "Also I need a plot of y = x^3 - 64x for my notes",
"f(x) = x^3 - 48x + 2 ... plot f", "a ball's height is h = -5t^2 + 10t + 9 ... graph h against
t", "solve x^2 + 2x - 8 = 0 and include a graph of the parabola", "graph y = 5x + 2 and
y = -5x + 2 on one plot and give me the point where they cross": the plot part is written as
a plain plot of that function ("plot y = abs(x - 7)"), whatever words surround it, a plot
that names no function draws the one named elsewhere in the message, two functions asked on
one graph are each drawn, and where they cross is worked as a part of its own.
"""

from __future__ import annotations

import re

from core.agents.compose_plot import curve_only
from core.agents.plan import Subtask

PLOT_WORD = re.compile(r"\b(?:plot|graph|draw|chart|sketch|curve)\b", re.I)
NAMED = re.compile(r"(?<![\w'])(?:(?P<y>[a-z])\s*(?:\(\s*(?P<v>[a-z])\s*\))?)\s*=\s*"
                   r"(?P<e>[-+*/^().\w |]+?)\s*(?=$|[,;?]|\band\b|\bthen\b|\bfrom\b|\bbetween\b|"
                   r"\bfor\b|\bplease\b|\balso\b|\bmetres\b|\bmeters\b|\.(?:\s|$)|\b(?:in|with|"
                   r"using|on|over|as|thanks|goes|passes|at|when|where|meets?|cross(?:es)?|intersects?|"
                   r"touch\w*|is|equals)\b)", re.I)
CROSS = re.compile(r"\b(?:cross|crosses|meet|meets|intersect\w*|touch\w*)\b|\bpoint\s+where\b",
                   re.I)
SPAN = re.compile(r"\b(?:from|between)\s+(?:x\s*=\s*)?(-?\d+(?:\.\d+)?)\s+(?:to|and)\s+"
                  r"(?:x\s*=\s*)?(-?\d+(?:\.\d+)?)", re.I)


def _functions(text: str) -> list[str]:
    """The functions of one variable the message names, as functions of x ("h = -5t^2 + 10t"
    → "-5x^2 + 10x"); an equation to solve ("x^2 + 3x = 10") is none."""
    out: list[str] = []
    for found in NAMED.finditer(text):
        name, variable = found.group("y").lower(), (found.group("v") or "").lower()
        expression = curve_only(found.group("e")).strip()
        letters = set(re.findall(r"(?<![a-z])([a-z])(?![a-z])", expression.lower()))
        if name == "x" or len(letters) != 1 or (variable and letters != {variable}) or \
                name in letters or not re.search(r"\d|[a-z]", expression):
            continue
        letter = letters.pop()
        if letter != "x":
            expression = re.sub(rf"(?<![a-z]){letter}(?![a-z])", "x", expression)
        expression = re.sub(r"\|([^|]+)\|", r"abs(\1)", expression)
        while expression.count(")") > expression.count("(") and expression.endswith(")"):
            expression = expression[:-1].rstrip()
        if expression not in out:
            out.append(expression)
    return out


BOTH = re.compile(r"\bboth\b|\b(?:one|same|single)\s+(?:plot|graph|chart|axes|set\s+of\s+axes)\b|"
                  r"\btogether\b", re.I)
BACK = re.compile(r"\b(?:it|f|this|that|them|both|the\s+(?:curve|line|lines|function|parabola|"
                  r"graph|growth|decay|equation|result))\b", re.I)
PLAIN = re.compile(r"(?:plot|graph|draw|sketch)\s+(?:y|f\s*\(\s*x\s*\))\s*=\s*[-+*/^().\dx ]+"
                   r"(?:\s+(?:from|between)\s+[-\d.]+\s+(?:to|and)\s+[-\d.]+)?$", re.I)
ASKS_PLOT = re.compile(r"\b(?:plot|graph|sketch|draw)\b(?!\s+(?:bar|pie|histogram))", re.I)


def _plot_parts(subtasks: list[Subtask]) -> list[Subtask]:
    return [t for t in subtasks if t.agent == "data" and PLOT_WORD.search(t.request) and (
        not t.depends_on or (BACK.search(t.request) and not _functions(t.request)))]


def _whole_message_plot(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"solve x^2 + 2x - 8 = 0 and include a graph of the parabola", "for which x is
    x^2 + 6x + 8 negative? the endpoints and a graph", read whole as a plot: the maths on
    its own and the plot of its function beside it."""
    from core.agents.mathtext import find_math, parse_math

    tools = [t for t in subtasks if t.agent != "chat"] or subtasks
    if len(tools) != 1 or tools[0].agent not in ("data", "chat") or tools[0].request.strip() != \
            text.strip() or not ASKS_PLOT.search(text):
        return subtasks
    call = find_math(text) or parse_math(text)
    if call is None or call.operation not in ("solve", "evaluate") or not re.fullmatch(
            r"[-+*/^().\dx =]+", call.expression or "") or "x" not in call.expression or (
            call.operation == "evaluate" and not re.search(
                r"\b(?:negative|positive|below|above|less|greater|under|over)\b", text, re.I)):
        return subtasks
    left, _, right = call.expression.partition("=")
    right = right.strip()
    curve = f"{left.strip()} - ({right})" if right not in ("", "0") else left.strip()
    cut = ASKS_PLOT.search(text)
    head = text[:cut.start()] if cut is not None and cut.start() > 10 else text
    head = re.sub(r"\b(?:and|also|then|plus)\s*(?:a|an|the|include|i\s+need)?\s*"
                  r"(?:\w+\s+)?$", "", head.strip(), flags=re.I).strip(" ,.;") or text
    return [Subtask(tools[0].id, "math", head), Subtask(f"{tools[0].id}p", "data",
                                                        f"plot y = {curve}", label="Plotting")]


def _y_intercept(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"... where it crosses the x axis and the y axis": the value at x = 0 is asked too."""
    functions = _functions(text)
    if len(functions) != 1 or not Y_AXIS.search(text):
        return subtasks
    value = f"what's y when x is 0 for y = {functions[0]}"
    own = [t for t in subtasks if t.agent == "math" and Y_AXIS.search(t.request) and not
           X_AXIS.search(t.request)]
    if own:  # "give me the y-intercept": the value at x = 0
        return [Subtask(t.id, "math", value, t.depends_on, "Where it crosses the y-axis")
                if t in own else t for t in subtasks]
    if any(t.agent == "math" and Y_AXIS.search(t.request) for t in subtasks):
        return subtasks
    return [*subtasks, Subtask(f"n{len(subtasks) + 1}y", "math", value,
                               label="Where it crosses the y-axis")]


def _plots_added(subtasks: list[Subtask], text: str, functions: list[str]) -> list[Subtask]:
    """"... and can you graph h against t?", "put y = 2x + 1 and y = -x + 4 on the same graph,
    where do they intersect?": the plots the maths parts left out."""
    if len(functions) > 2 or (len(functions) == 2 and not (BOTH.search(text) or CROSS.search(
            text))):
        return subtasks
    plots = [Subtask(f"n{len(subtasks) + n}", "data", f"plot y = {e}", label="Plotting")
             for n, e in enumerate(functions, start=1)]
    if len(functions) == 1:
        return [*subtasks, *plots]
    kept = [t for t in subtasks if t.agent != "math" or not (
        ASKS_PLOT.search(t.request) or CROSS.search(t.request))]
    meet = Subtask(f"n{len(subtasks) + 3}", "math",
                   f"where does y = {functions[0]} meet y = {functions[1]}?",
                   label="Where they cross")
    return [*kept, *plots, *([meet] if CROSS.search(text) else [])]


COMPARED = re.compile(r"^(?P<head>plot\s+y\s*=\s*)(?P<e>[^<>=|;]+?)\s*(?:<=?|>=?|=)\s*"
                      r"(?P<r>[^<>=|;]+)$", re.I)
WORKED_CURVE = re.compile(r"\bcurve:(?P<e>[^|]+)\|")
X_AXIS = re.compile(r"\bx[-\s]?(?:axis|intercepts?)\b|\broots?\b|\bzeros?\b", re.I)
Y_AXIS = re.compile(r"\by[-\s]?(?:axis|intercept)\b", re.I)


def _plain_plot(request: str) -> str:
    """"plot y = x^2 + 6x + 8 < 0" → "plot y = x^2 + 6x + 8"; a plot of a worked value that
    carries its line ("slope|…|curve:6x + 35|") → that line."""
    if (worked := WORKED_CURVE.search(request)) is not None:
        return f"plot y = {worked.group('e').strip()}"
    if (compared := COMPARED.match(request.strip())) is not None:
        right = compared.group("r").strip()
        left = compared.group("e").strip()
        return f"plot y = {left}" if right in ("0", "0.0") else f"plot y = {left} - ({right})"
    return request


def plots_name_their_function(subtasks: list[Subtask], text: str, images: int,
                              has_csv: bool) -> list[Subtask]:
    """The plan with each plot part drawing the function the message names."""
    if images or has_csv or len(text) > 1000:
        return subtasks
    subtasks = [Subtask(t.id, t.agent, _plain_plot(t.request), t.depends_on, t.label,
                        t.timeout_s, t.max_tokens) if t.agent == "data" and
                t.request.lower().startswith("plot y") else t for t in subtasks]
    subtasks = _y_intercept(subtasks, text)
    plots = _plot_parts(subtasks)
    functions = _functions(text)
    if not functions:
        return _whole_message_plot(subtasks, text)
    if not plots and ASKS_PLOT.search(text) and not any(t.agent == "data" for t in subtasks):
        return _plots_added(subtasks, text, functions)
    if len(plots) != 1 or not functions or len(functions) > 2:
        return subtasks
    plot = plots[0]
    own = _functions(plot.request)
    if plot.request.strip().lower() == "plot the result":  # of a value at a point: the curve
        source = next((t for t in subtasks if t.id in plot.depends_on), None)
        if source is None or not re.search(r"\bat\s+[a-z]\s*=", source.request, re.I):
            return subtasks
    drawn = functions if len(functions) == 2 and len(own) < 2 and (
        BOTH.search(text) or CROSS.search(text)) else (own or functions)
    if not own and not plot.depends_on and re.search(r"\d", plot.request) and not BACK.search(
            plot.request) and not plot.request.lower().startswith("plot y"):
        return subtasks  # a plot of numbers of its own
    if own == drawn and PLAIN.match(plot.request.strip()):
        return subtasks  # "graph y = 5x - 3": read as it is
    bounds = SPAN.search(plot.request) or SPAN.search(text)
    span = f" from {bounds.group(1)} to {bounds.group(2)}" if bounds else ""
    parts = [Subtask(plot.id if n == 0 else f"{plot.id}p{n}", "data", f"plot y = {e}{span}",
                     label="Plotting") for n, e in enumerate(drawn)]
    at = subtasks.index(plot)
    out = [*subtasks[:at], *parts, *subtasks[at + 1:]]
    if len(drawn) == 2 and CROSS.search(text):
        meet = f"where does y = {drawn[0]} meet y = {drawn[1]}?"
        maths = [t for t in out if t.agent == "math" and not t.depends_on]
        crossing = Subtask(f"{plot.id}m", "math", meet, label="Where they cross")
        if len(maths) == 1 and "=" in maths[0].request and CROSS.search(maths[0].request):
            out = [crossing if t is maths[0] else t for t in out]
        elif not maths:
            out.append(crossing)
    return out
