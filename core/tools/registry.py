"""The tools offered to a backend that supports function calling, as data.

``tools_for(pool)`` lists plain typed async functions (bound to the worker pool where
they need it); ``specs(tools)`` gives their schemas and ``await call(tools, name, args)``
validates a model's arguments before running the named tool.
"""

from __future__ import annotations

from typing import Any

from core.models.base import ToolSpec
from core.tools import health
from core.tools.calculator import MathTools
from core.tools.data import DataTools
from core.tools.schema import Tool, ToolArgumentError, invoke, tool_spec
from core.tools.units import UnitTools
from core.tools.workers import WorkerPool


def tools_for(pool: WorkerPool) -> dict[str, Tool]:
    maths, units, data = MathTools(pool), UnitTools(pool), DataTools(pool)
    found: list[Tool] = [
        maths.calculate, maths.solve, maths.derivative, maths.integral, maths.limit,
        maths.matrix, maths.statistics, units.convert, data.plot, health.bmi, health.bmr,
        health.daily_water, health.heart_rate_zones, health.dose_times]
    return {fn.__name__: fn for fn in found}


def specs(tools: dict[str, Tool]) -> tuple[ToolSpec, ...]:
    return tuple(tool_spec(fn) for fn in tools.values())


async def call(tools: dict[str, Tool], name: str, arguments: dict[str, Any]) -> Any:
    fn = tools.get(name)
    if fn is None:
        raise ToolArgumentError(f"unknown tool {name[:40]!r}")
    return await invoke(fn, arguments)
