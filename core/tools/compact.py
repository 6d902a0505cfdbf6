"""A compact tool surface for endpoints that call functions: three tools instead of
fourteen, so the fixed prompt overhead (system prompt plus schemas) stays small."""

from __future__ import annotations

from typing import Literal

from core.tools import health as health_tools
from core.tools.calculator import MathTools
from core.tools.health import HealthResult
from core.tools.mathtools import MathResult
from core.tools.schema import ToolArgumentError
from core.tools.units import Conversion, UnitTools
from core.tools.workers import WorkerPool

Task = Literal["evaluate", "simplify", "factor", "expand", "solve", "derivative", "integral"]
Measure = Literal["bmi", "bmr", "water", "heart_zones"]


class EndpointTools:
    def __init__(self, pool: WorkerPool) -> None:
        self._maths = MathTools(pool)
        self._units = UnitTools(pool)

    async def math(self, task: Task, expression: str, variable: str = "") -> MathResult:
        """Exact maths; solve takes equations separated by commas."""
        if task == "solve":
            return await self._maths.solve(expression, variable)
        if task == "derivative":
            return await self._maths.derivative(expression, variable)
        if task == "integral":
            return await self._maths.integral(expression, variable)
        return await self._maths.calculate(expression, task)

    async def convert(self, value: float, source: str, target: str) -> Conversion:
        """Convert units or currencies."""
        return await self._units.convert(value, source, target)

    async def health(self, measure: Measure, weight_kg: float = 0, height_cm: float = 0,
                     age: int = 0, sex: health_tools.Sex = "female") -> HealthResult:
        """BMI, BMR, daily water or heart-rate zones."""
        if measure == "bmi":
            return await health_tools.bmi(weight_kg, height_cm)
        if measure == "bmr":
            return await health_tools.bmr(weight_kg, height_cm, age, sex)
        if measure == "water":
            return await health_tools.daily_water(weight_kg)
        if age <= 0:
            raise ToolArgumentError("heart_zones needs age")
        return await health_tools.heart_rate_zones(age)


def endpoint_tools(pool: WorkerPool) -> dict[str, object]:
    tools = EndpointTools(pool)
    return {"math": tools.math, "convert": tools.convert, "health": tools.health}
