"""Math tools: plain typed async functions backed by SymPy in the worker pool.

Input is checked by the whitelist parser here, in the caller, so hostile text is refused
before any worker (or SymPy) sees it; building and evaluating happen in a worker under
CPU and memory limits.
"""

from __future__ import annotations

import re
from typing import Literal

from core.tools import mathparse, mathtools
from core.tools.mathtools import MathResult
from core.tools.workers import ToolRefused, WorkerPool

Transform = Literal["simplify", "factor", "expand", "evaluate", "form", "primes"]
MatrixOp = Literal["determinant", "inverse", "eigenvalues", "matmul"]
Extreme = Literal["minimum", "maximum", "extremum"]
StatOp = Literal["mean", "median", "stdev", "variance", "sum"]


def _precheck(text: str, allow_lists: bool = False) -> None:
    if len(text) > mathparse.MAX_CHARS:
        raise ToolRefused(f"the expression is longer than {mathparse.MAX_CHARS} characters")
    for part in re.split(r"[=<>≤≥;]", text) if not allow_lists else [text]:
        if part.strip():
            mathparse.check(mathparse.normalise(part), allow_lists)


class MathTools:
    """The math tools bound to a worker pool."""

    def __init__(self, pool: WorkerPool, timeout: float = 5.0) -> None:
        self._pool = pool
        self._timeout = timeout

    async def _run(self, operation: str, source: str, variable: str = "",
                   extra: str = "") -> MathResult:
        return await self._pool.run(mathtools.compute, operation, source, variable, extra,
                                    time_limit=self._timeout)

    async def calculate(self, expression: str, operation: Transform = "evaluate") -> MathResult:
        """Evaluate, simplify, factor or expand an expression exactly.

        Args:
            expression: the expression, e.g. "17*23" or "(x+1)^2"
            operation: what to do with it
        """
        _precheck(expression)
        return await self._run(operation, expression)

    async def solve(self, equation: str, variable: str = "") -> MathResult:
        """Solve an equation (or equations separated by commas) exactly.

        Args:
            equation: e.g. "x^2-5x+6=0" or "x+y=3, x-y=1"
            variable: the unknown to solve for (optional)
        """
        for part in equation.replace(";", ",").split(","):
            _precheck(part)
        return await self._run("solve", equation, variable)

    async def derivative(self, expression: str, variable: str = "") -> MathResult:
        """Differentiate an expression.

        Args:
            expression: e.g. "x^3*sin(x)"
            variable: differentiate with respect to this (optional)
        """
        _precheck(expression)
        return await self._run("derivative", expression, variable)

    async def integral(self, expression: str, variable: str = "", lower: str = "",
                       upper: str = "") -> MathResult:
        """Integrate an expression, definitely when both bounds are given.

        Args:
            expression: e.g. "x^2"
            variable: integrate with respect to this (optional)
            lower: lower bound (optional)
            upper: upper bound (optional)
        """
        for part in (expression, lower, upper):
            if part:
                _precheck(part)
        bounds = f"{lower},{upper}" if lower and upper else ""
        return await self._run("integral", expression, variable, bounds)

    async def limit(self, expression: str, point: str, variable: str = "") -> MathResult:
        """The limit of an expression as the variable approaches a point.

        Args:
            expression: e.g. "sin(x)/x"
            point: e.g. "0" or "oo"
            variable: the variable (optional)
        """
        _precheck(expression)
        _precheck(point)
        return await self._run("limit", expression, variable, point)

    async def extremum(self, kind: Extreme, expression: str, variable: str = "") -> MathResult:
        """The least or greatest value of a function of one variable over the reals.

        Args:
            kind: minimum, maximum, or extremum (whichever is finite)
            expression: e.g. "x^2 - 10x + 5"
            variable: the variable (optional)
        """
        _precheck(expression)
        return await self._run(kind, expression, variable)

    async def matrix(self, operation: MatrixOp, matrix: str) -> MathResult:
        """Determinant, inverse or eigenvalues of a square matrix written as [[1, 2], [3, 4]],
        or the product of two matrices given as [A, B].

        Args:
            operation: determinant, inverse, eigenvalues or matmul
            matrix: the rows, e.g. "[[1, 2], [3, 4]]"
        """
        _precheck(matrix, allow_lists=True)
        return await self._run(operation, matrix)

    async def statistics(self, operation: StatOp, numbers: list[float]) -> MathResult:
        """Exact statistics of a list of numbers.

        Args:
            operation: mean, median, stdev (sample), variance (sample) or sum
            numbers: the values
        """
        if not numbers or len(numbers) > 10_000:
            raise ToolRefused("give between 1 and 10000 numbers")
        text = ", ".join(_plain(n) for n in numbers)
        return await self._pool.run(mathtools.compute, operation, text, "", "",
                                    time_limit=self._timeout)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else repr(float(number))
