"""The deterministic planner: intent rules, then MiniLM similarity to example requests.

``await planner.plan(request)`` returns a validated :class:`~core.agents.plan.Plan`. A
request is split into clauses ("solve …" / "and plot …"); each clause goes to the agent
its rules name, or to the most similar example's agent when the similarity is high
enough. Attached images get a vision subtask; a currency asked of an image ("the total in
euros") becomes a conversion that depends on the reading.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

import numpy as np

from core.agents import intents
from core.agents.plan import Plan, Subtask, validate_plan
from core.embeddings import Embedder

TOOL_AGENTS = ("math", "data", "units", "health", "vision", "memory")
MAX_CLAUSES = 6
_CURRENCY_ASK = re.compile(r"\b(?:in|to|into)\s+(?:" + intents.CURRENCY + r"|pounds?)\b", re.I)


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
        clauses = intents.split_clauses(request.text)[:MAX_CLAUSES] if request.text else []
        routed = _merge([(clause, await self._route(clause, request)) for clause in clauses])
        subtasks: list[Subtask] = []
        reasons: list[str] = []
        for clause, (agent, why) in routed:
            subtasks.extend(self._subtasks(clause, agent, request, len(subtasks)))
            reasons.append(f"{agent}: {why}")
        if request.images and not any(s.agent == "vision" for s in subtasks):
            subtasks.insert(0, Subtask(f"t{len(subtasks) + 1}", "vision",
                                       request.text or "what does the image show?"))
            reasons.append("vision: an image is attached")
        if request.has_csv and not any(s.agent == "data" for s in subtasks):
            subtasks.append(Subtask(f"t{len(subtasks) + 1}", "data",
                                    request.text or "analyse the file"))
            reasons.append("data: a CSV file is attached")
        tools = [s for s in subtasks if s.agent != "chat"]
        chosen = tools or [Subtask("t1", "chat", request.text or "")]
        return validate_plan(Plan(tuple(chosen), "rules", tuple(reasons)))

    async def _route(self, clause: str, request: Request) -> tuple[str, str]:
        agent = intents.rule_intent(clause)
        if agent == "memory" and not request.memory:
            agent = "chat"
        if agent is not None:
            return agent, "rule"
        if request.images and not intents.EXPRESSION.search(clause):
            return "vision", "image attached"
        if request.has_csv:
            return "data", "file attached"
        if self._index is not None:
            nearest, score = await self._index.classify(clause)
            if score >= self._threshold and _plausible(nearest, clause, request):
                return nearest, f"similar to examples ({score:.2f})"
        return "chat", "no tool needed"

    def _subtasks(self, clause: str, agent: str, request: Request,
                  count: int) -> list[Subtask]:
        first = f"t{count + 1}"
        if agent in ("units", "vision") and request.images and _CURRENCY_ASK.search(clause):
            read = Subtask(first, "vision", clause)
            convert = Subtask(f"t{count + 2}", "units", clause, depends_on=(first,),
                              label="Converting the amount")
            return [read, convert]
        return [Subtask(first, agent, clause)]  # type: ignore[arg-type]


Routed = tuple[str, tuple[str, str]]
GATHERING = ("health", "data")


def _merge(routed: list[Routed]) -> list[Routed]:
    """Join sentences that belong together ("I'm 170 cm and 80 kg. What's my BMI?"): a
    health or data ask absorbs a neighbouring clause of the same agent, or a neighbouring
    clause with numbers that went to no tool."""
    out: list[Routed] = []
    for clause, (agent, why) in routed:
        if out:
            prev_clause, (prev_agent, prev_why) = out[-1]
            if _belongs(prev_agent, prev_clause, agent, clause):
                keep = agent if agent in GATHERING else prev_agent
                out[-1] = (f"{prev_clause}. {clause}", (keep, f"{prev_why} + {why}"))
                continue
        out.append((clause, (agent, why)))
    return out


def _belongs(prev_agent: str, prev_clause: str, agent: str, clause: str) -> bool:
    if prev_agent == agent and agent in GATHERING:
        return True
    digits = any(ch.isdigit() for ch in prev_clause + clause)
    if agent in GATHERING and prev_agent == "chat":
        return digits and any(ch.isdigit() for ch in prev_clause)
    return prev_agent in GATHERING and agent == "chat" and any(ch.isdigit() for ch in clause)


def _plausible(agent: str, clause: str, request: Request) -> bool:
    if agent in ("math", "data", "units", "health"):
        return any(ch.isdigit() for ch in clause)
    if agent == "vision":
        return request.images > 0
    if agent == "memory":
        return request.memory
    return agent != "chat"
