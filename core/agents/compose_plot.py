"""A plot and the questions asked about the plotted function in the same message.

"plot y = x^3 - 2x, and what's its derivative?", "graph x^2 - 3x - 4 and tell me where it
cuts the x-axis", "sketch f(x) = x^2 - 9 then factor it": the function is read once from
the plot's own words, the plot draws it, and every operation named on it (its roots, its
derivative, its integral, factoring, expanding) is a math part of its own on that function,
in the order the message names them.
"""

from __future__ import annotations

import re

from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask

PLOT_VERB = re.compile(r"\b(?:plot|graph|draw|chart|sketch)\b", re.I)
PICTURE = re.compile(r"\b(?:a|the)\s+(?:picture|diagram|visual)\b|\b(?:visuali[sz]e|see\s+it\s+"
                     r"drawn)\b", re.I)  # "a picture would help": a plot, when no image is sent
FUNCTION = re.compile(r"\b(?:y|f\s*\(\s*x\s*\))\s*=\s*(?P<e>[^,;?]+?)\s*(?=$|[,;?]|\band\b|"
                      r"\bthen\b|\bfrom\b|\bbetween\b|\bfor\b|\bplease\b|\balso\b|\.\s|"
                      r"\b(?:in|with|using|on|over|as|thanks)\b)", re.I)
BARE = re.compile(r"\b(?:plot|graph|draw|chart|sketch)\s+(?:me\s+)?(?:the\s+)?(?:function\s+|"
                  r"graph\s+of\s+|curve\s+|line\s+|parabola\s+)?(?:of\s+(?:the\s+)?(?:function\s+|"
                  r"curve\s+)?)?(?P<e>[-+*/^().\w ]+?)\s*"
                  r"(?=$|[,;?]|\band\b|\bthen\b|\bfrom\b|\bbetween\b|\bfor\b|\bplease\b|"
                  r"\balso\b|\.\s|\b(?:in|with|using|on|over|as|thanks)\b)", re.I)
ASK = re.compile(r"\b(?:what|what's|where|where's|find|give|tell|calculate|compute|work\s+out|"
                 r"how|which|when|minimum|maximum|min|max|vertex|turning|value|slope|"
                 r"gradient|intercept|peak|lowest|highest)\b", re.I)
X = re.compile(r"(?<![a-z])x(?![a-z])", re.I)
ROOTS = re.compile(r"\b(?:cuts?|cross\w*|hits?|meets?|touch\w*|intersects?)\s+(?:through\s+)?"
                   r"(?:the\s+)?x[-\s]?axis\b|\bx[-\s]?intercepts?\b|\broots?\b|\bzeros?\b|"
                   r"\bsolve\b|\bsolutions?\b|\b(?:equals?|is|are|=)\s+(?:zero|0)\b", re.I)
OPERATIONS = (
    (re.compile(r"\bderivative\b|\bdifferentiat\w*|\bderive\b|\bslope\s+function\b|"
                r"\bgradient\s+function\b|\bdy\s*/\s*dx\b", re.I), "differentiate {e}"),
    (re.compile(r"\bintegra(?:l|te|tion)\b|\bantiderivative\b", re.I), "integrate {e}"),
    (re.compile(r"\bfactori[sz]\w*|\bfactor\b", re.I), "factor {e}"),
    (re.compile(r"\bexpand\w*", re.I), "expand {e}"),
)


def plotted_function(text: str) -> tuple[str, int] | None:
    """The function a plot request names and where its words end ("graph x^2 - 3x - 4 and
    …" → ("x^2 - 3x - 4", 18)), or None."""
    verb = PLOT_VERB.search(text)
    if verb is None:
        return None
    for pattern in (FUNCTION, BARE):
        found = pattern.search(text, verb.start())
        if found is not None and X.search(found.group("e")) and re.search(
                r"[\dx]", found.group("e")):
            expression = found.group("e").strip()
            if find_math(f"differentiate {expression}") is not None:
                return expression, found.end()
    return None


def plot_questions(subtasks: list[Subtask], text: str, fresh: str) -> list[Subtask]:
    """The plan with the plot drawn alone and each operation asked on its function added."""
    plots = [t for t in subtasks if t.agent == "data" and not t.depends_on
             and PLOT_VERB.search(t.request)]
    if len(plots) != 1 or any(t.agent == "math" for t in subtasks):
        return subtasks
    found = plotted_function(plots[0].request)
    if found is None:
        return subtasks
    expression, end = found
    rest = plots[0].request[end:]
    asked: list[tuple[int, str, str]] = []
    if (roots := ROOTS.search(rest)) and find_math(f"solve {expression} = 0") is not None:
        asked.append((roots.start(), f"solve {expression} = 0{_of_roots(rest)}",
                      "Finding where it crosses the x-axis"))
    for pattern, verb in OPERATIONS:
        if (named := pattern.search(rest)) is not None:
            asked.append((named.start(), verb.format(e=expression), ""))
    for clause in re.finditer(r"[^,;.?!]+", rest):
        words = re.sub(r"^\s*(?:(?:and|then|also|so|plus|now)\s+)*", "", clause.group(0)).strip()
        if not ASK.search(words) or ROOTS.search(words) or (roots and _of_roots(words)) or any(
                pattern.search(words) for pattern, _ in OPERATIONS):
            continue
        for joined in (f"{words} of y = {expression}", f"{words} for y = {expression}"):
            call = find_math(joined)
            if call is not None and call.expression and (call.operation != "evaluate" or
                                                         call.named):
                asked.append((clause.start(), joined, ""))
                break
    if not asked and not re.search(r"[a-z]{3}", rest.replace("from", "").replace("between", "")):
        return subtasks  # nothing but the plot (and its bounds): as written
    bounds = re.match(r"\s*(?:for\s+)?(?:x\s+)?(?:from|between)\s+\S+\s+(?:to|and)\s+"
                      r"[^\s,;?]+", rest)
    plot = f"plot y = {expression}" + (f" {bounds.group(0).strip()}" if bounds else "")
    out = []
    for task in subtasks:
        if task is not plots[0]:
            out.append(task)
            continue
        out.append(Subtask(task.id, "data", plot, label=task.label or "Plotting"))
        for number, (_, request, label) in enumerate(sorted(asked)):
            out.append(Subtask(f"{fresh}{number}", "math", request, label=label))
    return out


OF_ROOTS = (
    (re.compile(r"\b(?:add|sum|total)\b", re.I), " and add the roots"),
    (re.compile(r"\b(?:multiply|product)\b", re.I), " and multiply the roots"),
    (re.compile(r"\b(?:how\s+far\s+apart|distance\s+between|gap\s+between|difference\s+"
                r"between|(?:how\s+)?far\s+from\s+each\s+other)\b", re.I),
     " and how far apart are the roots"),
)
THE_ROOTS = re.compile(r"\b(?:them|they|those|these|both|the\s+(?:roots|zeros|solutions|"
                       r"x[-\s]?(?:values|intercepts)))\b", re.I)


def _of_roots(rest: str) -> str:
    """"…, find its zeros and add those x values": what is asked of the roots found."""
    if not THE_ROOTS.search(rest):
        return ""
    return next((words for pattern, words in OF_ROOTS if pattern.search(rest)), "")


RESULT_CURVE = re.compile(r"\b(?:derivative|integral|antiderivative|result|answer|gradient|"
                          r"slope)\b", re.I)
ORIGINAL = re.compile(r"\b(?:original|first|given|starting|initial|actual|the\s+function|"
                      r"(?:the\s+)?(?:curve|parabola|cubic|polynomial|quadratic|equation|"
                      r"expression)\s+itself)\b", re.I)
CHANGES_CURVE = ("derivative", "integral", "simplify", "factor", "expand")


BEFORE_PLOT = re.compile(r"\s*(?:,\s*)?(?:\band\s+(?:then\s+)?(?:also\s+)?|\bthen\s+|\balso\s+|"
                         r"[,;.]\s*)(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:also\s+)?"
                         r"(?=(?:plot|graph|draw|chart|sketch)\b)", re.I)


def maths_before_plot(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"find the derivative of x^3 - 7x^2 + 13 and plot the original function", "find where
    x^2 - 7x - 8 crosses zero and sketch it from -8 to 8": a calculation read together with
    the plot after it is the calculation alone (the plot is added beside it)."""
    tools = [t for t in subtasks if t.agent != "chat"] or [Subtask("t1", "chat", text)]
    if len(tools) != 1 or tools[0].agent not in ("math", "data", "chat") or tools[0].depends_on:
        return subtasks
    cut = BEFORE_PLOT.search(tools[0].request)
    if cut is None:
        return subtasks
    head = tools[0].request[:cut.start()].strip()
    call = find_math(head) or (parse_math(head) if ZERO.search(head) else None)
    if call is None or not call.expression or not X.search(call.expression) or (
            call.operation == "evaluate" and not ZERO.search(head)):
        return subtasks
    label = ""
    if call.operation == "evaluate":  # "where x^2 - 7x - 8 crosses zero": its roots
        head, label = f"solve {call.expression} = 0", "Finding where it crosses the x-axis"
    maths = Subtask(tools[0].id, "math", head, label=label)
    if tools[0].agent == "chat":  # nothing was recognised in the whole message
        return [maths]
    return [maths if t is tools[0] else t for t in subtasks]


ZERO = re.compile(rf"{ROOTS.pattern}|\b(?:cross\w*|hits?|reach\w*|equal\w*|gets?\s+to)\s+zero\b",
                  re.I)


def curve_only(expression: str) -> str:
    """The function without the words after it ("x^2 + 8x - 209 so I can see it")."""
    for word in re.finditer(r"\b[a-z]{2,}\b", expression, re.I):
        if word.group(0).lower() not in FUNCTIONS and not re.match(
                r"\s*\(", expression[word.end():]):
            return expression[:word.start()].rstrip(" ,.-").lstrip(" ,.") or expression.strip()
    return expression.strip()


FUNCTIONS = frozenset("sin cos tan asin acos atan sinh cosh tanh log ln exp sqrt abs pi".split())


def plot_beside_maths(subtasks: list[Subtask], text: str, fresh: str) -> list[Subtask]:
    """"find the roots of x^2 - 14x + 48 and draw me a graph of it", "what's the derivative
    of x^3 - 3x? also plot the original curve": a plot asked beside a calculation on a
    function of x draws that function (or the result, when the plot names it)."""
    verb = PLOT_VERB.search(text) or PICTURE.search(text)
    maths = [t for t in subtasks if t.agent == "math" and not t.depends_on]
    if verb is None or len(maths) != 1 or any(t.agent == "data" for t in subtasks):
        return subtasks
    call = parse_math(maths[0].request)
    if not call.expression or "ANS" in call.expression or not X.search(call.expression):
        return subtasks
    asked = text[verb.start():]
    at = subtasks.index(maths[0]) + 1
    if call.operation in CHANGES_CURVE and RESULT_CURVE.search(asked) and not ORIGINAL.search(
            asked):
        plot = Subtask(fresh, "data", "plot the result", depends_on=(maths[0].id,),
                       label="Plotting")
    else:
        left, equals, right = call.expression.partition("=")
        right = right.strip()
        curve = f"{left.strip()} - ({right})" if equals and right not in ("", "0") else \
            left.strip()
        bounds = re.search(r"\b(?:from|between)\s+(?:x\s*=\s*)?(-?\d+(?:\.\d+)?)\s+(?:to|and)\s+"
                           r"(?:x\s*=\s*)?(-?\d+(?:\.\d+)?)", asked, re.I)
        span = f" from {bounds.group(1)} to {bounds.group(2)}" if bounds else ""
        plot = Subtask(fresh, "data", f"plot y = {curve}{span}", label="Plotting")
    return [*subtasks[:at], plot, *subtasks[at:]]


LINEAR = re.compile(r"^\s*(?P<a>[-+]?\s*\d*(?:\.\d+)?)\s*\*?\s*x\s*(?P<s>[-+])\s*"
                    r"(?P<b>\d*(?:\.\d+)?)\s*\*?\s*y\s*=\s*(?P<c>[-+]?\s*\d+(?:\.\d+)?)\s*$", re.I)


def system_lines(expression: str) -> list[str]:
    """"x + y = 6, x - y = 14" → ["6 - x", "x - 14"]: each straight line of a system of two
    unknowns as y in terms of x; [] when an equation is not of that form."""
    from fractions import Fraction

    out = []
    for equation in re.split(r"[,;]|\band\b", expression):
        found = LINEAR.match(equation)
        if found is None:
            return []
        a = found.group("a").replace(" ", "")
        a_value = Fraction(-1 if a == "-" else 1 if a in ("", "+") else Fraction(a))
        b_value = Fraction(found.group("b") or 1) * (-1 if found.group("s") == "-" else 1)
        c_value = Fraction(found.group("c").replace(" ", ""))
        slope, intercept = -a_value / b_value, c_value / b_value
        term = "x" if slope == 1 else "-x" if slope == -1 else f"{slope}*x"
        out.append(term if intercept == 0 else f"{term} {'+' if intercept > 0 else '-'} "
                   f"{abs(intercept)}")
    return out if len(out) == 2 else []


def system_plots(subtasks: list[Subtask]) -> list[Subtask]:
    """A plot beside a system of two straight lines draws each line, not the system read as
    one expression ("plot y = x + y - (6, x - y - (14))")."""
    systems = [lines for t in subtasks if t.agent == "math" and not t.depends_on
               and (lines := system_lines(parse_math(t.request).expression))]
    if len(systems) != 1:
        return subtasks
    out: list[Subtask] = []
    for task in subtasks:
        if task.agent == "data" and re.match(r"plot\s+y\s*=.*,", task.request, re.I):
            out.extend(Subtask(task.id if n == 0 else f"{task.id}l{n}", "data",
                               f"plot y = {line}", label="Plotting")
                       for n, line in enumerate(systems[0]))
        else:
            out.append(task)
    return out
