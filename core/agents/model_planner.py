"""Plans made by a capable model, checked before anything runs.

With an endpoint that calls tools, the model is asked for one call of ``make_plan``
(:data:`~core.agents.plan.PLAN_TOOL`). Its arguments are validated against the same
schema as the rules' plans (:func:`~core.agents.plan.plan_from_json`) plus what the
request itself implies (an attached image needs a reading, a CSV an analysis). A plan
that fails any check, a model error or a slow answer falls back to the deterministic
planner, and the reason is kept in the plan for ``/trace``. An endpoint that never
calls the tool is not asked again.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from dataclasses import replace

from core.agents.plan import PLAN_TOOL, Plan, PlanInvalid, plan_from_json
from core.agents.planner import Planner, Request
from core.models.base import (
    ChatMessage,
    GenerationRequest,
    ModelError,
    ToolCaller,
    ToolNotCalled,
    capabilities,
)

log = logging.getLogger("muse.agents.plan")
PLAN_TIMEOUT_S = 20.0
MAX_REFUSALS = 2
SYSTEM = """You plan how Muse answers a request. Call make_plan with subtasks, one agent each:
math (exact arithmetic, algebra, calculus, statistics of a list: give the expression),
data (statistics, trend and a chart of numbers or an attached CSV),
units (unit and currency conversion), health (BMI, BMR, water, heart-rate zones),
vision (read an attached image; needed before anything uses its content),
memory (what the person told Muse before), chat (conversation, explanations, summaries).
Each request is a self-contained instruction for that agent. A subtask that uses another's
result lists it in depends_on. Independent subtasks run in parallel. Use the fewest
subtasks that answer everything; plain conversation is one chat subtask."""


class ModelPlanner:
    """Asks a tool-calling backend for the plan; the rules plan otherwise."""

    def __init__(self, rules: Planner) -> None:
        self._rules = rules
        # Per backend, how often it answered without calling the tool.
        self._refusals: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()

    async def plan(self, request: Request, backend: object | None) -> Plan:
        if not self._asks(backend):
            return await self._rules.plan(request)
        assert isinstance(backend, ToolCaller)
        try:
            arguments = await asyncio.wait_for(
                backend.call_tool(_prompt(request), PLAN_TOOL), PLAN_TIMEOUT_S)
            plan = _checked(plan_from_json(arguments), request)
        except (ModelError, PlanInvalid, TimeoutError) as exc:
            self._note_refusal(backend, exc)
            fallback = await self._rules.plan(request)
            reason = f"model plan not used: {_reason(exc)}"
            return replace(fallback, reasons=(reason, *fallback.reasons))
        self._refusals.pop(backend, None)
        if plan.agents == ("chat",):
            rules = await self._rules.plan(request)
            if rules.agents != ("chat",):  # exact tools beat a model's guess
                reason = "model plan not used: it skipped tools the request needs"
                return replace(rules, reasons=(reason, *rules.reasons))
        log.info("agents.model_plan subtasks=%d", len(plan.subtasks))
        return plan

    def _asks(self, backend: object | None) -> bool:
        return (backend is not None and "tools" in capabilities(backend)
                and isinstance(backend, ToolCaller)
                and self._refusals.get(backend, 0) < MAX_REFUSALS)

    def _note_refusal(self, backend: object, exc: Exception) -> None:
        log.info("agents.model_plan_rejected kind=%s", type(exc).__name__)
        if isinstance(exc, ToolNotCalled):
            self._refusals[backend] = self._refusals.get(backend, 0) + 1


def _prompt(request: Request) -> GenerationRequest:
    attached = []
    if request.images:
        attached.append(f"{request.images} image(s) attached")
    if request.has_csv:
        attached.append("a CSV file attached")
    if not request.memory:
        attached.append("memory is off")
    suffix = f"\n\n({'; '.join(attached)})" if attached else ""
    return GenerationRequest(messages=(ChatMessage("system", SYSTEM),
                                       ChatMessage("user", request.text + suffix)),
                             max_new_tokens=300)


def _checked(plan: Plan, request: Request) -> Plan:
    """What the schema cannot know: the request's attachments and settings."""
    agents = set(plan.agents)
    if request.images and "vision" not in agents and agents != {"chat"}:
        raise PlanInvalid("an image is attached but no subtask reads it")
    if "vision" in agents and not request.images:
        raise PlanInvalid("a subtask reads an image but none is attached")
    if request.has_csv and "data" not in agents:
        raise PlanInvalid("a CSV file is attached but no subtask analyses it")
    if "memory" in agents and not request.memory:
        raise PlanInvalid("memory is off for this person")
    return plan


def _reason(exc: Exception) -> str:
    if isinstance(exc, TimeoutError):
        return f"no plan within {PLAN_TIMEOUT_S:g} s"
    return str(exc)[:120] or type(exc).__name__
