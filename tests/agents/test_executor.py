"""The executor: concurrency, budgets, partial answers and the progress line."""

from __future__ import annotations

import asyncio
import time

import pytest

from core.agents.base import Agent, AgentContext, AgentResult
from core.agents.executor import Executor, Outcome
from core.agents.plan import Plan, Subtask
from core.agents.synth import compose
from core.messages import PersonKey, Progress
from core.tools.workers import WorkerPool
from tests.agents.helpers import spin

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(person=PersonKey(1))


def sleeper(seconds: float, text: str) -> Agent:
    async def agent(task: Subtask, context: AgentContext,
                    inputs: dict[str, AgentResult]) -> AgentResult:
        await asyncio.sleep(seconds)
        return AgentResult(ok=True, text=text, basis="slept")
    return agent


def cpu(pool: WorkerPool, seconds: float, spans: list[tuple[float, float]]) -> Agent:
    async def agent(task: Subtask, context: AgentContext,
                    inputs: dict[str, AgentResult]) -> AgentResult:
        spans.append(await pool.run(spin, seconds, time_limit=10.0))
        return AgentResult(ok=True, text="done")
    return agent


async def collect(executor: Executor, plan: Plan) -> tuple[list[str], Outcome]:
    lines: list[str] = []
    outcome = None
    async for event in executor.run(plan, CONTEXT):
        if isinstance(event, Progress):
            lines.append(event.text)
        else:
            outcome = event
    assert outcome is not None
    return lines, outcome


async def test_two_cpu_bound_parts_overlap(pool: WorkerPool) -> None:
    """Both worker processes are busy at the same time. A run on a loaded machine can have
    one worker descheduled for a while, so up to three runs are made and the best counts; a
    serial executor never overlaps at all."""
    best, tried = -1.0, []
    for _ in range(3):
        spans: list[tuple[float, float]] = []
        executor = Executor({"math": cpu(pool, 0.5, spans), "vision": cpu(pool, 0.5, spans)})
        plan = Plan((Subtask("a", "math", "x"), Subtask("b", "vision", "y")))
        _, outcome = await collect(executor, plan)
        assert outcome.complete
        (start_a, end_a), (start_b, end_b) = spans
        best = max(best, min(end_a, end_b) - max(start_a, start_b))
        tried.append(spans)
        if best > 0.25:
            break
    assert best > 0.25, tried


async def test_timeout_gives_a_partial_answer_that_says_what_is_missing() -> None:
    executor = Executor({"math": sleeper(0.01, "**4**"), "vision": sleeper(5, "never")})
    plan = Plan((Subtask("a", "math", "2+2"), Subtask("b", "vision", "read", timeout_s=0.2)))
    started = time.monotonic()
    _, outcome = await collect(executor, plan)
    assert time.monotonic() - started < 1.0
    assert outcome.results["a"].ok and not outcome.results["b"].ok
    assert [t.status for t in outcome.timings] == ["ok", "timeout"]
    text = compose(outcome)
    assert "**4**" in text
    assert "couldn't finish" in text and "reading the image" in text
    assert "partial" in text


async def test_progress_line_updates_in_place() -> None:
    executor = Executor({"math": sleeper(0.05, "a"), "vision": sleeper(0.2, "b")})
    plan = Plan((Subtask("a", "math", "1", label="Solving the equation"),
                 Subtask("b", "vision", "2")))
    lines, _ = await collect(executor, plan)
    assert lines[0] == "Solving the equation … · Reading the image …"
    assert "Solving the equation ✓ · Reading the image …" in lines
    assert lines[-1] == "Solving the equation ✓ · Reading the image ✓"


async def test_failed_dependency_skips_dependents_and_agent_bugs_are_contained() -> None:
    async def broken(task: Subtask, context: AgentContext,
                     inputs: dict[str, AgentResult]) -> AgentResult:
        raise RuntimeError("bug")
    executor = Executor({"vision": broken, "units": sleeper(0, "never")})
    plan = Plan((Subtask("a", "vision", "total"),
                 Subtask("b", "units", "in euros", depends_on=("a",))))
    _, outcome = await collect(executor, plan)
    assert [t.status for t in outcome.timings] == ["failed", "skipped"]
    text = compose(outcome)
    assert "Traceback" not in text and "RuntimeError" not in text
    assert "needed a part that could not be finished" in text


async def test_dependent_runs_after_its_input() -> None:
    seen: list[dict[str, AgentResult]] = []

    async def convert(task: Subtask, context: AgentContext,
                      inputs: dict[str, AgentResult]) -> AgentResult:
        seen.append(inputs)
        return AgentResult(ok=True, text="converted")
    executor = Executor({"vision": sleeper(0.05, "read"), "units": convert})
    plan = Plan((Subtask("a", "vision", "t"), Subtask("b", "units", "e", depends_on=("a",))))
    await collect(executor, plan)
    assert seen[0]["a"].text == "read"


async def test_a_cost_worked_from_a_measure_is_in_the_prices_currency() -> None:
    from core.agents.compose_reuse import NEW_FIGURE

    seen: list[dict[str, AgentResult]] = []

    async def measured(task: Subtask, context: AgentContext,
                       inputs: dict[str, AgentResult]) -> AgentResult:
        return AgentResult(ok=True, text="**7.5 m**", amount=7.5, currency="m")

    async def priced(task: Subtask, context: AgentContext,
                     inputs: dict[str, AgentResult]) -> AgentResult:
        seen.append(inputs)
        return AgentResult(ok=True, text="ok")
    executor = Executor({"units": measured, "math": priced})
    plan = Plan((Subtask("a", "units", "u"),
                 Subtask("b", "math", "€12 times that to 2 decimal places", depends_on=("a",),
                         label=NEW_FIGURE),
                 Subtask("c", "math", "that / 2.5", depends_on=("a",), label=NEW_FIGURE)))
    await collect(executor, plan)
    currencies = sorted(result["a"].currency for result in seen)
    assert currencies == ["", "€"]


async def test_a_sum_worked_from_money_shows_its_currency() -> None:
    async def money(task: Subtask, context: AgentContext,
                    inputs: dict[str, AgentResult]) -> AgentResult:
        return AgentResult(ok=True, text="**812.40 USD**", amount=812.4, currency="USD")

    async def share(task: Subtask, context: AgentContext,
                    inputs: dict[str, AgentResult]) -> AgentResult:
        code = inputs["a"].currency
        return AgentResult(ok=True, text="812.40 / 6 = **135.40**", amount=135.4, currency=code)

    async def cost(task: Subtask, context: AgentContext,
                   inputs: dict[str, AgentResult]) -> AgentResult:
        return AgentResult(ok=True, text="3 * 2.5 = **7.50**", amount=7.5, currency="€")
    executor = Executor({"units": money, "math": share, "data": cost})
    plan = Plan((Subtask("a", "units", "u"), Subtask("b", "math", "m", depends_on=("a",))))
    _, outcome = await collect(executor, plan)
    assert "812.40 / 6 = **135.40 USD**" in compose(outcome)
    executor = Executor({"units": money, "math": cost})
    plan = Plan((Subtask("a", "units", "u"), Subtask("b", "math", "m", depends_on=("a",))))
    _, outcome = await collect(executor, plan)
    assert "3 * 2.5 = **€7.50**" in compose(outcome)
