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

STATEMENT = re.compile(r"^(?P<s>.*\d.*?[.!:;])\s+(?P<a>(?:[^.!:;]|(?<=\d)[.:](?=\d))*\?*)\s*$",
                       re.S)
ASK_CUT = re.compile(r"\s*(?:\?+\s*(?:and\s+|also\s+|then\s+|plus\s+)*|,\s*(?:and\s+|also\s+|"
                     r"then\s+|plus\s+)?|\s+and\s+(?:also\s+|then\s+)?(?=(?:what|how|the|its?|"
                     r"my|our|your|his|her|their|a|an|which|who|when|where|[a-z]+\s+if\b)))",
                     re.I)
SHARE = re.compile(r"^(?:(?:and|also|then|plus|so|what(?:'s|\s+is|\s+are|\s+would\s+be)?|how\s+"
                   r"much\s+(?:is|would\s+be)?)\s+)*(?:the|a|an|my|our)?\s*(?P<p>\d+(?:\.\d+)?)\s*"
                   r"(?:%|percent|per\s*cent)\s+(?P<w>[a-z]+(?:\s+[a-z]+)?)(?:\s+(?:on|of)\s+"
                   r"(?:it|that|this|the\s+total))?\s*\??$", re.I)
NOT_SHARE = re.compile(r"\b(?:off|discount|more|less|increase|decrease|rise|drop|up|down)\b",
                       re.I)
BACK = re.compile(r"\b(?:that|it|this|those|them|the\s+(?:result|answer|same))\b", re.I)
TOOLS = ("math", "health")
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
    out: list[Subtask] = []
    seen: set[str] = set()
    for index, ask in enumerate(asks):
        share = SHARE.match(ask) if out else None
        if share is not None and not NOT_SHARE.search(share.group("w")):
            cents = " to 2 decimal places" if re.search(r"[$€£¥]", text) else ""
            out.append(Subtask(f"t{index + 1}", "math", f"{share.group('p')}% of that{cents}",
                               (out[-1].id,), label="Working out from the result"))
            continue
        if out and (HOW_MANY_UNIT.match(ask) or BARE_TARGET.match(ask)):
            out.append(Subtask(f"t{index + 1}", "units", ask, (out[-1].id,),
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
        out.append(Subtask(f"t{index + 1}", "math" if intent.agent == "math" else "health",
                           request))
    return out


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
