"""Exact math through the whitelist parser and the worker pool; hostile input refused fast."""

from __future__ import annotations

import asyncio
import time

import pytest

from core.tools import mathparse
from core.tools.calculator import MathTools
from core.tools.workers import ToolRefused, ToolTimeout, WorkerPool
from tests.agents.helpers import spin

pytestmark = pytest.mark.asyncio(loop_scope="module")

HOSTILE = [
    "__import__('os').system('true')",
    "(1).__class__.__bases__",
    "x.__dict__",
    "lambda: 1",
    "[c for c in ()]",
    "'a' * 10",
    "9**9**9**9",
    "9^9^9^9",
    "factorial(10**7)",
    "factorial(factorial(20))",
    "2**(10**100)",
    "exec('1')",
    "open('/etc/passwd')",
    "sqrt(x, y=1)",
    "1" * 100_000,
    "(" * 50_000 + "1" + ")" * 50_000,
]


@pytest.mark.parametrize("source", HOSTILE, ids=lambda s: s[:24])
async def test_hostile_input_is_refused_quickly_while_others_work(
        pool: WorkerPool, source: str) -> None:
    tools = MathTools(pool, timeout=2.0)
    normal = asyncio.create_task(tools.calculate("17*23"))
    started = time.monotonic()
    with pytest.raises(ToolRefused):
        await tools.calculate(source)
    assert time.monotonic() - started < 1.0
    assert (await normal).exact == "391"


async def test_refusals_happen_before_sympy_is_involved() -> None:
    for source in ("__import__('os')", "a.b", "lambda: 0", "x[0]", "f'{x}'", "True"):
        with pytest.raises(ToolRefused):
            mathparse.check(source)


async def test_cpu_hog_times_out_and_the_pool_recovers(pool: WorkerPool) -> None:
    tools = MathTools(pool)
    before = pool.replaced
    started = time.monotonic()
    with pytest.raises(ToolTimeout):
        await pool.run(spin, 30.0, time_limit=1.0)
    assert time.monotonic() - started < 1.6
    assert (await tools.calculate("2+2")).exact == "4"
    for _ in range(100):
        if pool.replaced > before:
            break
        await asyncio.sleep(0.05)
    assert pool.replaced == before + 1


@pytest.mark.parametrize(("call", "expected"), [
    (("calculate", "17*23"), "391"),
    (("calculate", "2^100"), "1267650600228229401496703205376"),
    (("calculate", "1/3 + 1/6"), "1/2"),
    (("calculate", "(x+1)^2", "expand"), "x^2 + 2*x + 1"),
    (("calculate", "x^2-9", "factor"), "(x - 3)*(x + 3)"),
    (("solve", "x^2-5x+6=0"), "x = 2, x = 3"),
    (("solve", "x+y=3, x-y=1"), "x = 2, y = 1"),
    (("derivative", "x^3"), "3*x^2"),
    (("integral", "x^2", "x", "0", "3"), "9"),
    (("limit", "sin(x)/x", "0"), "1"),
])
async def test_exact_results(pool: WorkerPool, call: tuple[str, ...], expected: str) -> None:
    tools = MathTools(pool)
    result = await getattr(tools, call[0])(*call[1:])
    assert result.exact == expected


async def test_matrix_and_statistics(pool: WorkerPool) -> None:
    tools = MathTools(pool)
    assert (await tools.matrix("determinant", "[[1, 2], [3, 4]]")).exact == "-2"
    assert (await tools.matrix("inverse", "[[2, 0], [0, 4]]")).exact == "[[1/2, 0], [0, 1/4]]"
    stats = await tools.statistics("mean", [1, 2, 3, 4])
    assert (stats.exact, stats.decimal) == ("5/2", "2.5")
    with pytest.raises(ToolRefused):
        await tools.matrix("inverse", "[[1, 2], [2, 4]]")


async def test_decimal_beside_exact(pool: WorkerPool) -> None:
    result = await MathTools(pool).calculate("sqrt(2)")
    assert result.exact == "sqrt(2)"
    assert result.decimal.startswith("1.41421356")
