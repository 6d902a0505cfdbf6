"""Several asks on one statement: "69 guests at $117 a head. total, and the 20% deposit?",
"coffee costs me $1.34 a cup and I sell it for $4. margin as a %, and profit on 101 cups?".
One reader takes the whole message and answers one ask; the others are lost. Each ask is
planned with the statement before it; an ask that only puts a share on the result before it
("the 20% deposit", "a 15% tip on that") works on that result. The split is kept only when
every ask is understood and no two asks come to the same working.
"""

from __future__ import annotations

import re

from core.agents.compose_health import BARE_TARGET, HOW_MANY_UNIT
from core.agents.intents import Context, classify
from core.agents.mathtext import parse_math
from core.agents.plan import Subtask
from core.agents.quantities import target_units

STATEMENT = re.compile(r"^(?P<s>.*\d.*?[.!:;])\s+(?P<a>(?:[^.!:;]|(?<=\d)[.:](?=\d))*\?*)\s*$",
                       re.S)
ASK_CUT = re.compile(r"\s*(?:\?+\s*(?:and\s+|also\s+|then\s+|plus\s+)*|,\s*(?:and\s+|also\s+|"
                     r"then\s+|plus\s+)?|\s+and\s+(?:also\s+|then\s+)?(?=(?:what|how|the|its?|"
                     r"my|our|your|his|her|their|a|an|which|who|when|where|[a-z]+\s+if\b)))",
                     re.I)
SHARE = re.compile(r"^(?:(?:and|also|then|plus|so|what(?:'s|\s+is|\s+are|\s+would\s+be)?|how\s+"
                   r"much\s+(?:is|would\s+be)?)\s+)*(?:the|a|an|my|our)?\s*(?P<p>\d+(?:\.\d+)?)\s*"
                   r"(?:%|percent|per\s*cent)\s+(?P<w>[a-z]+(?:\s+[a-z]+)?)\s*\??$", re.I)
NOT_SHARE = re.compile(r"\b(?:of|off|discount|more|less|increase|decrease|rise|drop|up|down)\b",
                       re.I)
BACK = re.compile(r"\b(?:that|it|this|those|them|the\s+(?:result|answer|same))\b", re.I)
TOOLS = ("math", "health")
CONDITION = re.compile(r"^\s*(?:if|when|i|i'm|im|we|we're|split|suppose|assuming|at|with|"
                       r"for|so\s+(?!what|how))\b|^\s*\(", re.I)
LEANS_BACK = re.compile(r"\bat\s+[$€£]?\d|\d\s*/\s*[a-z]|\beach\b|\b\d+\s+more\b", re.I)
MAX_ASKS = 4


def _asks(rest: str) -> list[str]:
    return [a.strip(" ,") for a in ASK_CUT.split(rest.strip()) if a and a.strip(" ,?")]


def _working(request: str, agent: str) -> str:
    """What a part comes to, as far as planning can tell: its expression or worked figure."""
    if agent == "math":
        return parse_math(request).expression
    from core.agents.words_reckon import reckon

    worked = reckon(request)
    return worked.shown() if worked is not None else request


def _one_figure(text: str, agent: str, working: str) -> bool:
    """The reading of the whole message gives one figure: a plain sum, or one worked value."""
    if agent == "math":
        return parse_math(text).operation == "evaluate"
    values = {v for v in re.findall(r"\d+(?:[.,:]\d+)*", working)}
    return len({v.replace(",", "") for v in values}) <= 2 and ";" not in working


def asks_over_statement(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """One part holding a statement and several asks becomes one part per ask."""
    if len(subtasks) != 1 or subtasks[0].agent not in TOOLS or subtasks[0].depends_on or \
            len(text) > 400 or subtasks[0].request.strip() != text.strip():
        return subtasks
    found = STATEMENT.match(text.strip())
    if found is None:
        return subtasks
    statement, asks = found.group("s").strip(), _asks(found.group("a"))
    if not 2 <= len(asks) <= MAX_ASKS:
        return subtasks
    if any(CONDITION.match(ask) for ask in asks) or any(LEANS_BACK.search(ask) for ask in asks[1:]):
        return subtasks  # "If I read 20 pages a day, how many days?": one ask with its terms
    heads = {" ".join(ask.lower().split()[:2]) for ask in asks}
    if len(heads) == 1:
        return subtasks  # "how many adults and how many children?": one reading answers both
    whole = _working(text, subtasks[0].agent)
    if not _one_figure(text, subtasks[0].agent, whole):
        return subtasks  # the whole message's reading already gives several figures
    out: list[Subtask] = []
    seen: set[str] = set()
    answered = False
    for index, ask in enumerate(asks):
        share = SHARE.match(ask) if out else None
        if share is not None and not NOT_SHARE.search(share.group("w")):
            cents = " to 2 decimal places" if re.search(r"[$€£¥]", text) else ""
            out.append(Subtask(f"t{index + 1}", "math", f"{share.group('p')}% of that{cents}",
                               (out[-1].id,), label="Working out from the result"))
            continue
        if out and (HOW_MANY_UNIT.match(ask) or BARE_TARGET.match(ask)) and \
                target_units(ask, bare=True):
            out.append(Subtask(f"t{index + 1}", "units", f"{ask.rstrip(' ?')}?", (out[-1].id,),
                               label="Converting units"))  # "…, and how many litres?"
            continue
        if out and BACK.search(ask):
            return subtasks  # "…, and what's that at 0.30 per kWh?": on the result before
        request = f"{statement} {ask.rstrip(' ?')}?"
        intent = classify(request, Context())
        if not intent.complete or intent.agent not in TOOLS:
            return subtasks
        working = _working(request, intent.agent)
        if not working or working in seen:
            return subtasks
        seen.add(working)
        answered = answered or (index == 0 and bool(whole) and
                                whole == _working(request, subtasks[0].agent))
        out.append(Subtask(f"t{index + 1}", "math" if intent.agent == "math" else "health",
                           request))
    return out if answered else subtasks  # the whole message was read as one of its asks


def share_of_result(subtasks: list[Subtask], text: str) -> list[Subtask]:
    """"total? and a 10% deposit?": a calculation on the result before it that names only a
    percentage and what it is (a deposit, a tip, the tax) is that share of the result."""
    out: list[Subtask] = []
    for task in subtasks:
        share = SHARE.match(task.request.strip()) if task.agent == "math" and \
            len(task.depends_on) == 1 else None
        if share is None or NOT_SHARE.search(share.group("w")):
            out.append(task)
            continue
        cents = " to 2 decimal places" if re.search(r"[$€£¥]", text) else ""
        out.append(Subtask(task.id, "math", f"{share.group('p')}% of that{cents}",
                           task.depends_on, label="Working out from the result"))
    return out
