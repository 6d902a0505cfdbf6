"""The deterministic planner: parsers decide, MiniLM similarity to example requests helps.

``await planner.plan(request)`` returns a validated :class:`~core.agents.plan.Plan`. The
request is split into parts (:mod:`core.agents.clauses`); each part goes to the agent whose
parser finds something to do in it (:mod:`core.agents.intents`), or, when none does, to the
most similar example's agent if the similarity is high enough and that agent can use the
part. A part that builds on the previous one ("and what is it in euros?", "then add 5")
depends on it; a conversion of an attached image's amount ("the total in euros") depends on
a reading of that image.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, replace

import numpy as np

from core.agents import asks, bodydata, intents
from core.agents.ask_census import unit_asks
from core.agents.carry_asks import cut_follow_ons
from core.agents.carry_plan import carried_steps
from core.agents.clauses import Part, side_question, split
from core.agents.compose_solved import uses_solution
from core.agents.data_paste import keep_table, pasted_csv
from core.agents.intents import Context, Intent
from core.agents.intents_stats import no_summary
from core.agents.mathtext import parse_math
from core.agents.measures import find_conversion
from core.agents.plan import Plan, Subtask, validate_plan
from core.agents.quantities import parse_conversion, target_units
from core.agents.stated_currency import Rate, given_rate, rates, with_rate
from core.agents.stated_rate import without_stated_rate
from core.agents.vision import ASKS_ITEM, ASKS_TOTAL, asks_figure
from core.embeddings import Embedder
from core.tools.data import numbers_in

log = logging.getLogger("muse.agents.plan")
TOOL_AGENTS = ("math", "data", "units", "health", "vision", "memory")
MAX_CLAUSES = 6
MAX_REQUEST = 4000
LONG_TEXT = 2000  # a subtask's request (the plan schema's limit)
READ_TOTAL = "what is the total?"
RESULT_CURVES = ("derivative", "integral", "limit", "simplify", "factor", "expand")
ASKING = re.compile(r"\?|\b(what|what's|how|calculate|compute|work\s+out|tell\s+me|give\s+me|"
                    r"find|estimate|check)\b", re.I)

THAT_VALUE = re.compile(r"\b(?:that|this|the\s+(?:converted|new|same))\s+(?:weight|height|"
                        r"amount|value|number|figure|result)\b|\bat\s+(?:it|that)\b|"
                        r"\b(?:the|that)\s+result\b", re.I)


@dataclass(frozen=True, slots=True)
class Request:
    text: str
    images: int = 0
    has_csv: bool = False
    memory: bool = False


class IntentIndex:
    """Example requests embedded once; ``classify`` gives the nearest agent and its score."""

    def __init__(self, embedder: Embedder,
                 examples: dict[str, tuple[str, ...]] | None = None) -> None:
        self._embedder = embedder
        pairs = [(agent, text) for agent, texts in (examples or intents.EXAMPLES).items()
                 for text in texts]
        self._agents = [agent for agent, _ in pairs]
        self._texts = [text for _, text in pairs]
        self._vectors: np.ndarray | None = None
        self._lock = asyncio.Lock()

    async def classify(self, text: str) -> tuple[str, float]:
        async with self._lock:
            if self._vectors is None:
                self._vectors = await self._embedder.embed(self._texts)
        query = await self._embedder.embed([text])
        scores = self._vectors @ query[0]
        best = int(np.argmax(scores))
        return self._agents[best], float(scores[best])


class Planner:
    def __init__(self, index: IntentIndex | None = None, threshold: float = 0.55) -> None:
        self._index = index
        self._threshold = threshold

    async def plan(self, request: Request) -> Plan:
        """The plan by the rules; a reader that fails on odd input leaves the message to the
        chat agent rather than unanswered."""
        try:
            return await self._by_rules(request)
        except (ArithmeticError, ValueError, IndexError, KeyError, RecursionError) as exc:
            log.warning("planning rules failed on a message of %d chars: %s",
                        len(request.text), type(exc).__name__)
            text = request.text[:MAX_REQUEST].strip() or "…"
            return validate_plan(Plan((Subtask("t1", "chat", text),), "rules",
                                      ("chat: the rules could not read this message",)))

    async def _by_rules(self, request: Request) -> Plan:
        context = Context(request.images, request.has_csv, request.memory)
        parts: list[Part] = []
        asked = request.text if request.images else without_stated_rate(request.text)
        # "(1 EUR = 0.87 GBP)" is no amount (an image's reader uses the rate itself)
        if len(asked) > LONG_TEXT:  # reading a long text takes a while: off the loop
            parts = await asyncio.to_thread(split, asked, context)
        elif asked.strip():
            parts = split(asked, context)
        parts = parts[:MAX_CLAUSES]
        subtasks: list[Subtask] = []
        reasons: list[str] = []
        for part in parts:
            routed, why = await self._route(part, request)
            _add(routed, subtasks, request)
            reasons.append(f"{routed.intent.agent}: {why}")
        text = asked[:MAX_REQUEST].strip()
        whole = request.text[:MAX_REQUEST].strip()
        if request.images and not any(s.agent == "vision" for s in subtasks):
            subtasks.insert(0, Subtask(f"t{len(subtasks) + 1}", "vision",
                                       text or "what does the image show?"))
            reasons.append("vision: an image is attached")
        if request.has_csv and not any(s.agent == "data" for s in subtasks):
            subtasks.append(Subtask(f"t{len(subtasks) + 1}", "data", whole or "analyse the file"))
            reasons.append("data: a CSV file is attached")
        subtasks = keep_table(uses_solution(asks.complete(subtasks, text, request.images,
                                                            request.has_csv)), text)
        subtasks = cut_follow_ons(subtasks, context)  # "… mean, and what's that in °C?"
        if asked != request.text:  # the rate stated is given back to the conversions it is for
            subtasks = _rated(subtasks, rates(request.text))
        subtasks = carried_steps(subtasks, request.text)  # "… in kg, and the dose at 10 mg per kg?"
        tools = [s for s in subtasks if s.agent != "chat"]
        if tools:  # a question of its own beside the tool asks is answered too
            tools = [s if s.agent != "chat" else Subtask(s.id, "chat", s.request,
                                                         label="Answering the other question")
                     for s in subtasks if s.agent != "chat" or side_question(s.request)]
        chosen = tools or [Subtask("t1", "chat", whole or "…")]
        return validate_plan(Plan(tuple(chosen), "rules", tuple(reasons), unit_asks(request.text)))

    async def _route(self, part: Part, request: Request) -> tuple[Part, str]:
        intent = part.intent
        if intent.agent != "chat" and (intent.complete or (
                intent.agent == "health" and ASKING.search(part.text))):
            return part, "rule"  # a health question without its numbers gets asked for them
        if request.images:
            return _as(part, "vision"), "image attached"
        if request.has_csv:
            return _as(part, "data"), "file attached"
        if pasted_csv(request.text):  # a table pasted with its header, asked about as a file
            return _as(part, "data"), "table pasted"
        if len(part.text) <= 1000 and await find_conversion(part.text) is not None:
            return _as(part, "units"), "units named in pint's registry"
        if self._index is not None and len(part.text) <= 1000:
            nearest, score = await self._index.classify(part.text)
            if score >= self._threshold and _plausible(nearest, part.text, request):
                return _as(part, nearest), f"similar to examples ({score:.2f})"
        return _as(part, "chat"), "no tool needed"


def _as(part: Part, agent: str) -> Part:
    return Part(part.text, Intent(agent, agent != "chat"), part.request)


def _add(part: Part, subtasks: list[Subtask], request: Request) -> None:
    intent = part.intent
    part = Part(part.text[:MAX_REQUEST], intent, part.request[:MAX_REQUEST])
    if intent.agent == "units" and intent.backref and subtasks and subtasks[-1].agent == "units" \
            and not _summed(subtasks[-1].request):
        again = _same_amount(subtasks[-1].request, part.text)
        if again is not None:  # "… to euros and pounds": the same amount, converted afresh
            subtasks.append(Subtask(f"t{len(subtasks) + 1}", "units", again))
            return
    new_id = f"t{len(subtasks) + 1}"
    ask = parse_conversion(subtasks[-1].request) if (
        intent.agent == "health" and subtasks and subtasks[-1].agent == "units") else None
    if ask is not None:
        quantity = f"{ask.value:g} {ask.source_text}"
        if THAT_VALUE.search(part.text) or _fills_in(quantity, part.request):
            # "… at that weight", "… my BMI if I'm 175 cm": the converted quantity, exactly
            subtasks.append(Subtask(new_id, "health", f"{part.request} — {quantity}"))
            return
    if intent.agent == "units" and (intent.image_amount or (
            intent.backref and subtasks and subtasks[-1].agent == "vision")):
        reading = _reading(subtasks, part.text)
        subtasks.append(Subtask(f"t{len(subtasks) + 1}", "units", part.request,
                                depends_on=(reading,), label="Converting the amount"))
        return
    if intent.agent == "data" and intent.backref and subtasks and subtasks[-1].agent == "math":
        curve = _curve(subtasks[-1].request)
        if curve:  # "… and draw its graph": the previous part's expression, as written
            subtasks.append(Subtask(new_id, "data", f"plot y = {curve}", label="Plotting"))
            return
        drawn = _integrand(subtasks[-1].request, part.text)
        if drawn:  # "integrate … from 0 to 6 and plot the curve over that range"
            subtasks.append(Subtask(new_id, "data", drawn, label="Plotting"))
            return
        if parse_math(subtasks[-1].request).operation in RESULT_CURVES:
            subtasks.append(Subtask(new_id, "data", "plot the result", label="Plotting",
                                    depends_on=(subtasks[-1].id,)))  # the result, exactly
            return
    if (intent.agent == "math" and intent.backref and subtasks and subtasks[-1].agent == "vision"
            and not _asks_of_image(subtasks[-1].request)):
        # "prices on this are before tax. add 6% …": a remark about the image, whose total the
        # sum works on
        last = subtasks[-1]
        subtasks[-1] = Subtask(last.id, "vision", READ_TOTAL, label="Reading the total")
    if intent.backref and subtasks:
        subtasks.append(Subtask(new_id, intent.agent, part.request,  # type: ignore[arg-type]
                                depends_on=(subtasks[-1].id,)))
        return
    subtasks.append(Subtask(new_id, intent.agent, part.request))  # type: ignore[arg-type]


def _rated(subtasks: list[Subtask], stated: list[Rate]) -> list[Subtask]:
    out = []
    for task in subtasks:
        rate = given_rate(task.request, stated) if task.agent == "units" and stated else None
        out.append(task if rate is None else replace(task, request=with_rate(task.request, rate)))
    return out


def _fills_in(quantity: str, clause: str) -> bool:
    """A converted weight or height that the health clause does not give itself."""
    return (bodydata.weight_kg(quantity) is not None and bodydata.weight_kg(clause) is None) or (
        bodydata.height_cm(quantity) is not None and bodydata.height_cm(clause) is None)


def _curve(request: str) -> str:
    """The function of x a math request is about ("solve x^2-4=0" → "x^2-4"), or ""."""
    call = parse_math(request)
    if call.operation in ("derivative", "integral", "limit"):
        return ""  # its graph is of the result, not of what was written
    left, eq, right = call.expression.partition("=")
    if not call.expression or "ANS" in call.expression or not re.search(r"(?<![a-z])x(?![a-z])",
                                                                         call.expression):
        return ""
    right = right.strip()
    if eq and right not in ("0", ""):
        return f"{left.strip()} - ({right})"
    return left.strip()


def _integrand(request: str, clause: str) -> str:
    """The plot asked beside a definite integral: of the function integrated, over its bounds,
    when the clause names the curve or the range rather than the result."""
    call = parse_math(request)
    bounds = call.extra.split(",")
    if (call.operation != "integral" or len(bounds) != 2 or not re.search(
            r"\b(?:curve|function|integrand|range|interval|bounds|limits|region|area|"
            r"between|from)\b", clause, re.I)):
        return ""
    return f"plot y = {call.expression} from {bounds[0]} to {bounds[1]}"


def _asks_of_image(request: str) -> bool:
    """A question about the image (a figure, an item, the date), not a remark on it."""
    return "?" in request or bool(ASKS_TOTAL.search(request) or ASKS_ITEM.search(request)
                                  or re.match(r"\s*(?:what|which|how|when|where|who|read|"
                                              r"tell|give|show|list)\b", request, re.I))


SUMMED = re.compile(r"\b(?:total|in\s+all|altogether|combined|together|all\s+up|sum)\b", re.I)


def _summed(previous: str) -> bool:
    """"6 glasses of 250 ml and a 750 ml bottle, how many litres total": the part before
    works out a sum of several amounts, so "and in fl oz?" converts that sum."""
    from core.agents.quantities import mentions, prepare, quantities

    prepared = prepare(previous)
    return bool(SUMMED.search(previous)) and len(quantities(prepared, mentions(prepared))) >= 2


def _same_amount(previous: str, clause: str) -> str | None:
    """The previous conversion's amount with this clause's unit, as a request of its own."""
    ask = parse_conversion(previous)
    targets = target_units(clause, bare=True)
    if ask is None or not targets:
        return None
    more = "".join(f" {value:g} {unit.pint}" for value, unit in ask.more)
    return f"convert {ask.value:g} {ask.source_text}{more} to {targets[0].surface}"


def _reading(subtasks: list[Subtask], clause: str) -> str:
    """The id of a reading of the image that gives the amount the clause converts ("the whole
    bill in euros": the total; "… and how much is it in euros?": the figure read before),
    added when there is none."""
    own = asks_figure(clause)  # the clause names its own figure
    for task in reversed(subtasks):
        if task.agent == "vision" and asks_figure(task.request) and (not own or bool(
                ASKS_TOTAL.search(clause)) == bool(ASKS_TOTAL.search(task.request))):
            return task.id
    question = clause if own else READ_TOTAL
    task = Subtask(f"t{len(subtasks) + 1}", "vision", question, label="Reading the total")
    subtasks.append(task)
    return task.id


def _plausible(agent: str, clause: str, request: Request) -> bool:
    if agent == "math":
        call = parse_math(clause)
        written = any(op in call.expression for op in "+-*/^(")
        return bool(call.expression) and (call.operation != "evaluate" or written)
    if agent == "data":
        return len(numbers_in(clause)) >= 3 and not no_summary(clause)
    if agent == "health":  # without a named calculation, only BMI can be worked out
        return bodydata.weight_kg(clause) is not None and bodydata.height_cm(clause) is not None
    if agent == "vision":
        return request.images > 0
    if agent == "memory":
        return request.memory
    return False
