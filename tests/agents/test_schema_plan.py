"""Tool schemas from type hints, validated invocation, and the plan validator."""

from __future__ import annotations

from typing import Literal

import pytest

from core.agents.plan import Plan, PlanInvalid, Subtask, plan_from_json, validate_plan, waves
from core.tools import health
from core.tools.schema import ToolArgumentError, invoke, tool_spec


async def sample(text: str, count: int, mode: Literal["a", "b"] = "a",
                 values: list[float] | None = None) -> str:
    """Repeat some text.

    Args:
        text: what to repeat
        count: how many times
    """
    return text * count + mode + str(values or "")


def test_schema_from_type_hints_and_docstring() -> None:
    spec = tool_spec(sample)
    assert spec.name == "sample"
    assert spec.description == "Repeat some text."
    props = spec.parameters["properties"]
    assert props["text"] == {"type": "string", "description": "what to repeat"}
    assert props["count"]["type"] == "integer"
    assert props["mode"] == {"type": "string", "enum": ["a", "b"]}
    assert props["values"]["type"] == "array"
    assert spec.parameters["required"] == ["text", "count"]
    assert tool_spec(health.bmi).parameters["properties"]["weight_kg"]["type"] == "number"


async def test_invoke_validates_arguments() -> None:
    assert await invoke(sample, {"text": "ab", "count": 2}) == "ababa"
    for bad in ({"text": "a"}, {"text": "a", "count": "2"}, {"text": "a", "count": True},
                {"text": "a", "count": 1, "mode": "c"}, {"text": "a", "count": 1, "x": 1},
                {"text": "a", "count": 1, "values": ["x"]}):
        with pytest.raises(ToolArgumentError):
            await invoke(sample, bad)
    result = await invoke(health.bmi, {"weight_kg": 70, "height_cm": 175})
    assert result.value == "22.86"


def test_model_made_plans_are_validated() -> None:
    plan = plan_from_json({"subtasks": [
        {"id": "a", "agent": "vision", "request": "total"},
        {"id": "b", "agent": "units", "request": "in euros", "depends_on": ["a"]}]})
    assert [[s.id for s in wave] for wave in waves(plan)] == [["a"], ["b"]]
    bad_plans = [
        {"subtasks": []},
        {"subtasks": [{"id": "a", "agent": "shell", "request": "rm -rf /"}]},
        {"subtasks": [{"id": "a", "agent": "math", "request": "1", "depends_on": ["z"]}]},
        {"subtasks": [{"id": "a", "agent": "math", "request": "1", "depends_on": ["b"]},
                      {"id": "b", "agent": "math", "request": "1", "depends_on": ["a"]}]},
        {"subtasks": [{"id": "a", "agent": "math", "request": "1", "timeout_s": 1e9}]},
        {"subtasks": [{"id": "a", "agent": "math", "request": "1", "eval": "x"}]},
        {"subtasks": [{"id": "a", "agent": "math"}]},
        {"subtasks": [{"id": "a", "agent": "math", "request": "1"}] * 2},
        [],
    ]
    for data in bad_plans:
        with pytest.raises(PlanInvalid):
            plan_from_json(data)


def test_validate_plan_limits_size() -> None:
    many = tuple(Subtask(f"t{i}", "math", "1+1") for i in range(9))
    with pytest.raises(PlanInvalid):
        validate_plan(Plan(many))


async def test_registry_offers_every_tool_with_a_schema() -> None:
    from core.tools.registry import call, specs, tools_for
    from core.tools.workers import WorkerPool

    tools = tools_for(WorkerPool(1))  # never started: only schemas and validation are used
    names = {spec.name for spec in specs(tools)}
    assert {"solve", "convert", "bmi", "plot", "statistics"} <= names
    solve = next(s for s in specs(tools) if s.name == "solve")
    assert solve.parameters["required"] == ["equation"]
    with pytest.raises(ToolArgumentError):
        await call(tools, "shell", {})
    assert (await call(tools, "bmi", {"weight_kg": 70, "height_cm": 175})).value == "22.86"
