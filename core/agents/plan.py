"""The typed plan: subtasks for agents, with dependencies and budgets.

The deterministic planner and a model that plans with tool calls produce the same shape;
:func:`validate_plan` checks either (a :class:`Plan` or its JSON form) before anything
runs and raises :class:`PlanInvalid` naming the first problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from core.models.base import ToolSpec

AgentName = Literal["math", "data", "units", "health", "vision", "memory", "chat"]
AGENTS: tuple[str, ...] = get_args(AgentName)
MAX_SUBTASKS = 8
MAX_TIMEOUT = 60.0
MAX_TOKENS = 4096
LABELS: dict[str, str] = {
    "math": "Solving the maths", "data": "Analysing the data", "units": "Converting units",
    "health": "Working out the numbers", "vision": "Reading the image",
    "memory": "Remembering", "chat": "Writing",
}


class PlanInvalid(ValueError):
    """A plan that must not run; the message names the problem."""


@dataclass(frozen=True, slots=True)
class Subtask:
    id: str
    agent: AgentName
    request: str
    depends_on: tuple[str, ...] = ()
    label: str = ""
    timeout_s: float = 10.0
    max_tokens: int = 256

    @property
    def title(self) -> str:
        return self.label or LABELS[self.agent]


@dataclass(frozen=True, slots=True)
class Plan:
    subtasks: tuple[Subtask, ...]
    source: Literal["rules", "model"] = "rules"
    reasons: tuple[str, ...] = field(default=())
    # the message's asks that name the unit of their answer, with how that unit is shown:
    # the reply says which of them no part answered
    unit_asks: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    @property
    def agents(self) -> tuple[str, ...]:
        return tuple(s.agent for s in self.subtasks)

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "reasons": list(self.reasons), "subtasks": [
            {"id": s.id, "agent": s.agent, "request": s.request,
             "depends_on": list(s.depends_on), "label": s.label, "timeout_s": s.timeout_s,
             "max_tokens": s.max_tokens} for s in self.subtasks]}


PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"subtasks": {"type": "array", "maxItems": MAX_SUBTASKS, "items": {
        "type": "object",
        "properties": {
            "id": {"type": "string"}, "agent": {"type": "string", "enum": list(AGENTS)},
            "request": {"type": "string"},
            "depends_on": {"type": "array", "items": {"type": "string"}},
            "label": {"type": "string"}, "timeout_s": {"type": "number"},
            "max_tokens": {"type": "integer"}},
        "required": ["id", "agent", "request"]}}},
    "required": ["subtasks"],
}


PLAN_TOOL = ToolSpec(
    name="make_plan",
    description="Split the request into subtasks, one agent each, with dependencies.",
    parameters=PLAN_SCHEMA,
)


def plan_from_json(data: Any, source: Literal["rules", "model"] = "model") -> Plan:
    """A model-made plan (parsed JSON) → a validated :class:`Plan`."""
    if not isinstance(data, dict) or not isinstance(data.get("subtasks"), list):
        raise PlanInvalid("a plan is an object with a list of subtasks")
    subtasks = tuple(_subtask(item) for item in data["subtasks"])
    return validate_plan(Plan(subtasks, source=source))


def _subtask(item: Any) -> Subtask:
    if not isinstance(item, dict):
        raise PlanInvalid("each subtask is an object")
    unknown = set(item) - set(PLAN_SCHEMA["properties"]["subtasks"]["items"]["properties"])
    if unknown:
        raise PlanInvalid(f"unknown subtask field {sorted(unknown)[0][:30]!r}")
    try:
        deps = item.get("depends_on", [])
        return Subtask(
            id=_typed(item["id"], str, "id"), agent=_typed(item["agent"], str, "agent"),
            request=_typed(item["request"], str, "request"),
            depends_on=tuple(_typed(d, str, "depends_on") for d in _typed(deps, list, "deps")),
            label=_typed(item.get("label", ""), str, "label"),
            timeout_s=float(_typed(item.get("timeout_s", 10.0), (int, float), "timeout_s")),
            max_tokens=_typed(item.get("max_tokens", 256), int, "max_tokens"))
    except KeyError as exc:
        raise PlanInvalid(f"a subtask is missing {exc.args[0]!r}") from None


def _typed(value: Any, kind: type | tuple[type, ...], name: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool):
        raise PlanInvalid(f"{name} has the wrong type")
    return value


def validate_plan(plan: Plan) -> Plan:
    if not plan.subtasks:
        raise PlanInvalid("a plan needs at least one subtask")
    if len(plan.subtasks) > MAX_SUBTASKS:
        raise PlanInvalid(f"a plan has at most {MAX_SUBTASKS} subtasks")
    ids = [s.id for s in plan.subtasks]
    if len(set(ids)) != len(ids):
        raise PlanInvalid("subtask ids must be unique")
    for task in plan.subtasks:
        _check_subtask(task, set(ids))
    _check_acyclic(plan)
    return plan


def _check_subtask(task: Subtask, ids: set[str]) -> None:
    if task.agent not in AGENTS:
        raise PlanInvalid(f"unknown agent {str(task.agent)[:30]!r}")
    if not task.request.strip() or len(task.request) > 4000:
        raise PlanInvalid("a subtask request must be 1–4000 characters")
    if not 0 < task.timeout_s <= MAX_TIMEOUT:
        raise PlanInvalid(f"timeouts must be within (0, {MAX_TIMEOUT:g}] seconds")
    if not 0 < task.max_tokens <= MAX_TOKENS:
        raise PlanInvalid(f"token budgets must be within (0, {MAX_TOKENS}]")
    for dep in task.depends_on:
        if dep not in ids or dep == task.id:
            raise PlanInvalid(f"subtask {task.id[:20]!r} depends on an unknown subtask")


def _check_acyclic(plan: Plan) -> None:
    deps = {s.id: set(s.depends_on) for s in plan.subtasks}
    done: set[str] = set()
    while len(done) < len(deps):
        ready = {i for i, d in deps.items() if i not in done and d <= done}
        if not ready:
            raise PlanInvalid("the subtasks' dependencies form a cycle")
        done |= ready


def waves(plan: Plan) -> list[list[Subtask]]:
    """Subtasks grouped so that each group depends only on earlier groups."""
    done: set[str] = set()
    out: list[list[Subtask]] = []
    while len(done) < len(plan.subtasks):
        ready = [s for s in plan.subtasks if s.id not in done and set(s.depends_on) <= done]
        out.append(ready)
        done |= {s.id for s in ready}
    return out
