"""Every ask in a message is found: after the parts are planned, the whole message is read
again for asks that a part's own wording hid, and the plan is completed with them.

- two operations named on one expression ("both the derivative and the integral");
- a plot and where the curve crosses the x-axis (its roots) of one function;
- a unit conversion named alongside a health ask ("my weight in kg and my BMR");
- arithmetic about an attached bill or receipt (a tip, tax, what is left of a budget, a
  split): the total is read first, then the operation uses it.

Each added subtask is built from the message's own figures, so nothing is guessed.
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_chain import read_once
from core.agents.calculuswords import antiderivative
from core.agents.compose_again import asks_apart, both_units, each_group, same_ask_again
from core.agents.compose_bill import bill_money, figure_in_currency
from core.agents.compose_chain import bare_steps
from core.agents.compose_data import (
    list_then_conversion,
    list_unit_named_before,
    listed_numbers_question,
    one_analysis_of_file,
    statistic_in_unit,
)
from core.agents.compose_each import each_converted, figure_then_converted
from core.agents.compose_health import (
    feet_and_inches,
    is_rate,
    quantity_for_target,
    result_then_conversion,
    several_health_asks,
    stone_and_pounds,
)
from core.agents.compose_money import worked_money_keeps_currency, worked_then_converted
from core.agents.compose_named import named_function_asks
from core.agents.compose_plot import (
    curve_only,
    maths_before_plot,
    plot_beside_maths,
    plot_questions,
    system_plots,
)
from core.agents.compose_plotted import plots_name_their_function
from core.agents.compose_points import values_at_points
from core.agents.compose_receipt import one_reading
from core.agents.compose_reuse import reuses_results, same_change_again
from core.agents.compose_shared import asks_over_statement, share_of_result
from core.agents.compose_solved import unit_of_unknown
from core.agents.compose_steps import steps_on_reading
from core.agents.compose_then import lost_asks, step_after
from core.agents.compose_units_pair import converted_then_compared, worked_in_two_units
from core.agents.compose_whatif import what_if_again
from core.agents.mathtext import find_math, parse_math
from core.agents.plan import Subtask
from core.agents.prices import LESS, MORE, WAYS
from core.agents.quantities import Mention, fit, mentions, prepare, quantities, target_units

OPERATIONS = {
    "derivative": (re.compile(r"\bderivative\b|\bdifferentiat\w*|\bderive\b|\bd\s*/\s*dx\b|"
                              r"\bdy\s*/\s*dx\b", re.I),
                   "differentiate"),
    "integral": (re.compile(r"\bintegra(?:l|te|tion)\b|\bantiderivative\b", re.I), "integrate"),
    "factor": (re.compile(r"\bfactori[sz]\w*|\bfactor\b", re.I), "factor"),
    "expand": (re.compile(r"\bexpand\w*", re.I), "expand"),
    "minimum": (re.compile(r"\bminim(?:um|ise|ize|a)\b|\b(?:min|lowest)\s+(?:value|point)\b",
                           re.I),
                "find the minimum of"),
    "maximum": (re.compile(r"\bmaxim(?:um|ise|ize|a)\b|\bmax\b|\bhighest\s+(?:value|point)\b",
                           re.I),
                "find the maximum of"),
}
ROOTS = re.compile(r"\bcross\w*\s+(?:the\s+)?x[-\s]?axis\b|\bx[-\s]?intercepts?\b|\broots?\b|"
                   r"\bzeros?\b|\bsolve\b|\bsolutions?\b|\bequals?\s+(?:zero|0)\b|\bhits?\s+"
                   r"(?:the\s+)?x[-\s]?axis\b|\bmeets?\s+(?:the\s+)?x[-\s]?axis\b", re.I)
PLOT_HEAD = re.compile(r"^(?P<head>.*?\b(?:plot|graph|draw|chart|sketch)\b.*?)(?:\s*(?:,|;|\.\s|"
                       r"\band\b|\bthen\b|\balso\b)\s+|$)", re.I)
CURVE = re.compile(r"\b(?:y|f\s*\(\s*x\s*\))\s*=\s*(?P<e>[^,;?]+?)\s*(?:$|[,;?]|\band\b|"
                   r"\bthen\b|\bfrom\b|\bbetween\b|\bfor\b)", re.I)
BILL = re.compile(r"\b(?:bill|receipt|shop|shopping|total|check|invoice|tab)\b", re.I)
ASKS = re.compile(r"\?|\b(?:what|what's|whats|how|which|who|when|where|tell\s+me|read|give\s+me|"
                  r"show\s+me|find|check)\b", re.I)
REFERS_BACK = re.compile(r"\b(?:that|it|this|those)\b", re.I)
LEFT = re.compile(r"\b(?:left|remain\w*|over|change|budget)\b", re.I)


def complete(subtasks: list[Subtask], text: str, images: int,
             has_csv: bool = False) -> list[Subtask]:
    """The plan's subtasks with the asks it missed; ids stay in order."""
    if len(text) > 2000 or not text.strip():
        return subtasks
    out = worked_then_converted(one_analysis_of_file(list(subtasks), has_csv))
    out = out if images or has_csv else what_if_again(asks_over_statement(out, text))
    out = _second_operation(out, text)
    out = plot_questions(out, text, _fresh(out))
    out = plot_beside_maths(maths_before_plot(out, text), text, _fresh(out))
    out = system_plots(plots_name_their_function(out, text, images, has_csv))
    out = out if images or has_csv else named_function_asks(out, text)
    if not images:
        out = list_then_conversion(statistic_in_unit(listed_numbers_question(out, text)))
    out = _plot_and_roots(out, text)
    out = out if images or has_csv else values_at_points(out, text)
    out = several_health_asks(result_then_conversion(out))
    out = quantity_for_target(out, text)
    out = _named_quantity(out, text)
    out = _conversion_with_health(out, text)
    if images:
        out = bill_money(out, text)
        out = figure_in_currency(_bill_arithmetic(_one_reading(out, text), text), text)
        out = one_reading(out, text)
    out = asks_apart(steps_on_reading(same_ask_again(each_group(out, text), text), text), text)
    out = both_units(worked_in_two_units(out, text), text)
    out = converted_then_compared(out, text)
    out = reuses_results(out, text)
    out = share_of_result(lost_asks(step_after(same_change_again(out, text), text), text), text)
    out = bare_steps(out)
    out = out if images or has_csv else figure_then_converted(each_converted(out, text), text)
    return _renumber(unit_of_unknown(worked_money_keeps_currency(list_unit_named_before(out))))


def _renumber(subtasks: list[Subtask]) -> list[Subtask]:
    names = {task.id: f"t{index}" for index, task in enumerate(subtasks, start=1)}
    if all(old == new for old, new in names.items()):
        return subtasks
    return [Subtask(names[t.id], t.agent, t.request, tuple(names.get(d, d) for d in t.depends_on),
                    t.label, t.timeout_s, t.max_tokens) for t in subtasks]


def _fresh(subtasks: list[Subtask]) -> str:
    return f"n{len(subtasks) + 1}"


def _second_operation(subtasks: list[Subtask], text: str) -> list[Subtask]:
    maths = [t for t in subtasks if t.agent == "math"]
    if any(t.depends_on for t in maths):
        return subtasks  # "… then factor the result" already uses the first result
    found = [(m.start(), op) for op, (pattern, _) in OPERATIONS.items()
             if (m := pattern.search(text)) is not None]
    named = [op for _, op in sorted(found)]
    if antiderivative(text) is not None:  # "what has derivative 2x?" asks one integral
        named = [op for op in named if op != "derivative"]
    if len(maths) != 1 or len(named) < 2:
        return subtasks
    later = text[max(found)[0]:]
    if re.search(r"\b(?:the\s+result|the\s+answer|that|it|this)\b", later, re.I) and not (
            re.search(r"\b(?:too|as\s+well|also|both)\b", text, re.I) and not re.search(
                r"\b(?:result|answer|then)\b", text, re.I)):
        return subtasks  # "… then factor the result": of the first result, not of the input
        # ("differentiate x^3 and integrate it too": both on the function)
    call = parse_math(maths[0].request)
    if call.operation not in named or not call.expression or "ANS" in call.expression:
        return subtasks
    own = OPERATIONS[call.operation][1]
    out = [Subtask(t.id, t.agent, f"{own} {call.expression}") if t is maths[0] else t
           for t in subtasks]
    at = subtasks.index(maths[0])
    for op in named:
        if op != call.operation:
            verb = OPERATIONS[op][1]
            out.insert(at + (named.index(op) > named.index(call.operation)),
                       Subtask(_fresh(out), "math", f"{verb} {call.expression}"))
    return out


def _plot_and_roots(subtasks: list[Subtask], text: str) -> list[Subtask]:
    plots = [t for t in subtasks if t.agent == "data" and not t.depends_on]
    if len(plots) != 1 or any(t.agent == "math" for t in subtasks):
        return subtasks
    curve = CURVE.search(plots[0].request)
    if curve is None or not ROOTS.search(text):
        return subtasks
    expression = curve_only(curve.group("e"))
    if find_math(f"solve {expression} = 0") is None:
        return subtasks
    head = PLOT_HEAD.match(plots[0].request)
    request = head.group("head") if head is not None else f"plot y = {expression}"
    out = [Subtask(t.id, t.agent, request, t.depends_on, t.label or "Plotting") if t is plots[0]
           else t for t in subtasks]
    out.insert(out.index(next(t for t in out if t.id == plots[0].id)),
               Subtask(_fresh(out), "math", f"solve {expression} = 0",
                       label="Finding where it crosses the x-axis"))
    return out


def _conversion_with_health(subtasks: list[Subtask], text: str) -> list[Subtask]:
    health = [t for t in subtasks if t.agent == "health"]
    if not health or any(t.agent == "units" for t in subtasks):
        return subtasks
    prepared = prepare(text)
    found = mentions(prepared)
    amounts = quantities(prepared, found)
    for at, target in _targets(prepared):
        for amount in amounts:
            if amount.mention.start >= at or fit(amount.mention.units,
                                                 target.units) is None:
                continue
            request = stone_and_pounds(feet_and_inches(
                f"convert {amount.value:g} {amount.mention.surface} to {target.surface}", text),
                text)
            at = subtasks.index(health[0])
            return [*subtasks[:at], Subtask(_fresh(subtasks), "units", request,
                                            label="Converting units"), *subtasks[at:]]
    return subtasks


NAMED = re.compile(r"\b(?:that|the|this|my)\s+(?:distance|length|weight|mass|height|"
                   r"temperature|volume|amount|speed|route|run|ride|walk|trip)\b", re.I)
HOW_FAR = re.compile(r"\bhow\s+(?:far|heavy|tall|high|deep|wide)\s+(?:is|was|are)\s+(?:it|that|"
                     r"the\s+\w+)\b", re.I)  # a distance, a weight: the one the message gives


def _named_quantity(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"cycled 30 km in 1.5 hours - my speed? and that distance in miles?": a conversion
    naming what it converts takes the one figure of the message that fits its unit, not the
    result before it (a speed is no distance)."""
    out = []
    for task in subtasks:
        targets = target_units(task.request, bare=True)
        sources = [t.agent for t in subtasks if t.id in task.depends_on]
        if task.agent != "units" or not task.depends_on or re.search(r"\d", task.request) or \
                not targets or not (NAMED.search(task.request) or HOW_FAR.search(task.request) or
                                    _names_a_thing(task.request, text)) or any(
                    a not in ("math", "health") for a in sources) or ("health" in sources and not (
                        _names_a_thing(task.request, text, own=True) or HOW_FAR.search(
                            task.request))):
            out.append(task)
            continue
        prepared = prepare(text)
        fitting = [a for a in quantities(prepared, mentions(prepared))
                   if fit(a.mention.units, targets[0].units) is not None and not re.search(
                       r"\b(?:a|an|per|each|every)\s*$", prepared[:a.mention.start], re.I)
                   and not is_rate(prepared, a)]
        if len(fitting) > 1:  # "waist 118 cm, height 167 cm … my waist in inches": the one named
            fitting = [a for a in fitting if any(re.search(
                rf"\b{re.escape(noun)}\b[^,.;?\d]{{0,20}}$", prepared[:a.start], re.I)
                for noun in _nouns(task.request))]
        if len(fitting) != 1:  # "1.81 a litre" is a price, not an amount of fuel
            out.append(task)
            continue
        amount = fitting[0]
        out.append(Subtask(task.id, "units", f"convert {amount.value:g} {amount.mention.surface} "
                           f"to {targets[0].surface}", label=task.label or "Converting units"))
    return out


GENERIC = frozenset("result answer amount value total number figure sum one same rest lot "
                    "price cost bill share portion half split part tip change saving savings "
                    "profit difference gap remainder balance average mean each yearly monthly "
                    "weekly daily annual final new discounted first second last".split())



def _nouns(clause: str, own: bool = False) -> list[str]:
    words = r"the|my|our|your|his|her|their" if own else r"the|my|that|this|our|your"
    return [noun for noun in re.findall(rf"\b(?:{words})\s+([a-z]{{3,}})\b", clause.lower())
            if noun not in GENERIC]


def _names_a_thing(clause: str, text: str, own: bool = False) -> bool:
    """"how big is the tank in US gallons?" after "my tank holds 78 litres": the clause names
    something the message gave a size to (``own``: with "my", "the", not "that")."""
    rest = text.replace(clause, " ")
    return any(re.search(rf"\b{re.escape(noun)}\b", rest, re.I) for noun in _nouns(clause, own))


def _targets(prepared: str) -> list[tuple[int, Mention]]:
    """Units asked for, with where they are: in the whole text, else piece by piece ("ran 5
    miles in 42 minutes. what's that in km, and my pace?" – a rate worked out in the whole
    text hides the destination)."""
    found = [(t.start, t) for t in target_units(prepared, alone=False)]
    if found:
        return found
    at = 0
    for piece in re.split(r"(?<=[.?!;,])\s+|\s+and\s+", prepared):
        start = prepared.find(piece, at)
        at = max(at, start)
        if REFERS_BACK.search(piece):
            found.extend((start + t.start, t) for t in target_units(piece, alone=False))
    return found


def _one_reading(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"I can't make out this notice, what does it say?", "cheapest thing I bought here and
    how much was the whole lot?" read the image once: a statement beside a question about the
    same image is no second ask, and parts that all read the image are read together."""
    readings = [t for t in subtasks if t.agent == "vision" and not t.depends_on]
    if len(readings) >= 2 and len(readings) == len(subtasks) and len(text) <= 1000:
        return [Subtask(readings[0].id, "vision", text.strip(), label="Reading the image")]
    questions = [t for t in readings if ASKS.search(t.request)]
    if len(readings) < 2 or not questions:
        return subtasks
    dropped = {t.id for t in readings if t not in questions}
    if any(d in dropped for t in subtasks for d in t.depends_on):
        return subtasks
    return [t for t in subtasks if t.id not in dropped]


def _bill_arithmetic(subtasks: list[Subtask], text: str) -> list[Subtask]:
    others = [t for t in subtasks if t.agent != "vision"]
    if read_once(text) and not others:
        return subtasks  # worked from one reading (core.agents.asks_receipt_chain)
    if not BILL.search(text) or len(others) > 1 or any(
            t.agent != "math" or t.depends_on or "ANS" in parse_math(t.request).expression
            for t in others):
        return subtasks  # only one calculation, and not one already using a result
    operation = MORE.search(text) or LESS.search(text) or WAYS.search(text) or (
        LEFT.search(text) and re.search(r"\d", text))
    if not operation:
        return subtasks
    call = parse_math(text, previous=True)
    if "ANS" not in call.expression:
        return subtasks
    read = Subtask("r1", "vision", "what is the total?", label="Reading the total")
    return [read, Subtask("r2", "math", text, depends_on=("r1",), label="Working it out")]
