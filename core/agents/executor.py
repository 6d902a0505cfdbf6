"""Runs a plan: independent subtasks concurrently, each within its time budget, the whole
plan within a deadline and a token budget. Yields :class:`~core.messages.Progress` lines
while agents work, then one :class:`Outcome`. A subtask that fails, times out or is
skipped has a result that says what is missing — never a silent gap.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.carry_named import named_figure, with_unit_given
from core.agents.carry_plan import CARRIED, CUT_ONLY, FILLED
from core.agents.carry_result import carried_result, filled_task
from core.agents.compose_period import period_figure, statistic_figure
from core.agents.compose_reuse import NEW_FIGURE
from core.agents.compose_solved import with_solution
from core.agents.compose_steps import given_inputs, sized
from core.agents.plan import Plan, Subtask
from core.messages import Progress

HEADLINE = re.compile(r"\*\*(?P<v>-?\d+(?:\.\d+)?)\s*(?P<u>[a-zA-Z°][\w°/ .]{0,20}?)\*\*")
BARE = re.compile(r"^[\w ()'-]+:\s*\*\*(?P<v>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\*\*")


def headline_amount(result: AgentResult) -> AgentResult:
    """A result without an amount whose one bold figure has a unit ("daily water: **2.1
    litres**") gives that figure as the amount a later part converts."""
    if not result.ok or result.amount is not None:
        return result
    found = HEADLINE.findall(result.text)
    if len(re.findall(r"\*\*[^*]+\*\*", result.text)) != 1:
        return result
    if not found and (bare := BARE.match(result.text)) is not None:  # "overall mark: **65**"
        return replace(result, amount=float(bare.group("v").replace(",", "")))
    if len(found) != 1:
        return result
    value, unit = found[0]
    return replace(result, amount=float(value), currency=unit.strip())


Status = Literal["waiting", "running", "ok", "failed", "timeout", "skipped"]
MARKS = {"waiting": "…", "running": "…", "ok": "✓", "failed": "✗", "timeout": "✗",
         "skipped": "✗"}


@dataclass(frozen=True, slots=True)
class Timing:
    subtask_id: str
    agent: str
    status: Status
    seconds: float
    tokens: int


@dataclass(frozen=True, slots=True)
class Outcome:
    plan: Plan
    results: Mapping[str, AgentResult]
    timings: tuple[Timing, ...]

    @property
    def complete(self) -> bool:
        return all(r.ok for r in self.results.values())

    @property
    def tokens(self) -> int:
        return sum(t.tokens for t in self.timings)


class Executor:
    def __init__(self, agents: Mapping[str, Agent], deadline_s: float = 30.0,
                 token_budget: int = 4096) -> None:
        self._agents = agents
        self._deadline_s = deadline_s
        self._token_budget = token_budget

    async def run(self, plan: Plan, context: AgentContext) -> AsyncIterator[Progress | Outcome]:
        run = _Run(self, plan, context)
        async for event in run.events():
            yield event


class _Run:
    def __init__(self, executor: Executor, plan: Plan, context: AgentContext) -> None:
        self.executor = executor
        self.plan = plan
        self.context = context
        self.deadline = time.monotonic() + executor._deadline_s
        self.status: dict[str, Status] = {s.id: "waiting" for s in plan.subtasks}
        self.results: dict[str, AgentResult] = {}
        self.timings: dict[str, Timing] = {}
        self.done = {s.id: asyncio.Event() for s in plan.subtasks}
        self.changed: asyncio.Queue[None] = asyncio.Queue()
        self.tokens = 0

    def line(self) -> str:
        return " · ".join(f"{s.title} {MARKS[self.status[s.id]]}" for s in self.plan.subtasks)

    async def events(self) -> AsyncIterator[Progress | Outcome]:
        tasks = [asyncio.create_task(self._one(s)) for s in self.plan.subtasks]
        try:
            yield Progress(self.line())
            last = self.line()
            while not all(event.is_set() for event in self.done.values()):
                await self.changed.get()
                if (current := self.line()) != last:
                    last = current
                    yield Progress(current)
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.gather(*tasks, return_exceptions=True)
        timings = tuple(self.timings[s.id] for s in self.plan.subtasks)
        yield Outcome(self.plan, dict(self.results), timings)

    def _set(self, task: Subtask, status: Status) -> None:
        self.status[task.id] = status
        self.changed.put_nowait(None)

    async def _one(self, task: Subtask) -> None:
        started = time.monotonic()
        try:
            for dep in task.depends_on:
                await self.done[dep].wait()
            status, result = await self._attempt(task)
        except Exception:  # an agent bug becomes a partial answer, not a traceback
            status, result = "failed", failed("something went wrong in this part")
        self.results[task.id] = result
        self.tokens += result.tokens
        self.timings[task.id] = Timing(task.id, task.agent, status,
                                       round(time.monotonic() - started, 4), result.tokens)
        self.done[task.id].set()
        self._set(task, status)

    async def _attempt(self, task: Subtask) -> tuple[Status, AgentResult]:
        if task.label in (CARRIED, CUT_ONLY):  # "… and the dose at 10 mg per kg": worked here
            asked = {s.id: s.request for s in self.plan.subtasks}
            if (worked := carried_result(task, self.results, asked)) is not None:
                return "ok", worked
            if task.label == CUT_ONLY:
                return "failed", failed("I could not work it out from the result before")
            task = replace(task, depends_on=tuple(d for d in task.depends_on
                                                  if self.results[d].ok))  # its own reader
        if task.label == FILLED:  # "… the area of a circle with that radius": written out
            written = filled_task(task, self.results, {s.id: s.request for s in self.plan.subtasks})
            if written is None:
                return "failed", failed("I could not find the result it works on")
            task = written
        failed_deps = [d for d in task.depends_on if not self.results[d].ok]
        if failed_deps:
            return "skipped", failed("it needed a part that could not be finished")
        if self.tokens >= self.executor._token_budget:
            return "skipped", failed("the token budget for this request ran out")
        agent = self.executor._agents.get(task.agent)
        if agent is None:
            return "failed", failed(f"no {task.agent} agent is available")
        budget = min(task.timeout_s, self.deadline - time.monotonic())
        if budget <= 0:
            return "timeout", failed("there was no time left")
        self._set(task, "running")
        asked = {s.id: s.request for s in self.plan.subtasks}
        inputs = {d: with_unit_given(asked.get(d, ""), statistic_figure(task.request, period_figure(
            task.request, named_figure(task.request, headline_amount(self.results[d])))))
            for d in task.depends_on}  # "the pen price in GBP": the figure it names
        # "the yearly figure": the amount a year; "the heaviest": the maximum of a summary
        inputs = given_inputs(task, inputs)  # "… 112 kg in stone? how many kg until 86?"
        if task.label == NEW_FIGURE:  # a count of bags, a cost: not in the earlier unit
            task = sized(task, inputs)
            money = re.search(r"[$€£¥]", task.request)  # "at £20 a metre": in pounds
            inputs = {d: replace(r, currency=money.group(0) if money else "")
                      for d, r in inputs.items()}
        solved = with_solution(task, inputs)  # "… then x times y": the values solved for
        if solved is not task:
            task, inputs = solved, {}
        try:
            result = await asyncio.wait_for(agent(task, self.context, inputs), budget)
        except TimeoutError:
            return "timeout", failed(f"it took longer than {budget:.0f} s")
        return ("ok" if result.ok else "failed"), result
