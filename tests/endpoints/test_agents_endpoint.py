"""Agents with a capable endpoint: model-made plans validated before they run, prose
synthesis that keeps the exact basis, and a vision-capable model that gets the image."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from PIL import Image
from pydantic import SecretStr

from config.settings import OpenAISettings
from core.agents.skill import AgentsSkill
from core.agents.trace import MemoryTraceStore
from core.messages import Final, PersonKey, ReplyEvent, TextDelta
from core.models.openai import OpenAIBackend
from core.skills import Turn
from core.tools.workers import WorkerLimits, WorkerPool
from tests.agents.helpers import make_turn
from tests.fakes.fake_openai import FakeOpenAI

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def pool() -> AsyncIterator[WorkerPool]:
    workers = WorkerPool(2, WorkerLimits(cpu_seconds=2, wall_seconds=3.0))
    await workers.start()
    try:
        yield workers
    finally:
        await workers.close()


def endpoint(base_url: str, **kw: Any) -> OpenAIBackend:
    return OpenAIBackend(OpenAISettings(base_url=base_url, api_key=SecretStr("k"), **kw))


def plan_call(subtasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": "p1", "type": "function", "function": {
        "name": "make_plan", "arguments": json.dumps({"subtasks": subtasks})}}]


async def run(skill: AgentsSkill, turn: Turn) -> list[ReplyEvent]:
    await skill.prepare(turn)
    stream = skill.answer(turn)
    assert stream is not None, "the agents skill should claim this turn"
    return [event async for event in stream]


def final(events: list[ReplyEvent]) -> str:
    last = events[-1]
    assert isinstance(last, Final)
    return last.text


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, "PNG")
    return out.getvalue()


async def test_model_plan_is_validated_and_run(pool: WorkerPool) -> None:
    traces = MemoryTraceStore()
    async with FakeOpenAI(reply="") as fake:
        fake.tool_calls = plan_call([
            {"id": "a", "agent": "math", "request": "17*23"},
            {"id": "b", "agent": "units", "request": "12 miles to km"}])
        turn = make_turn("two things: 17 times 23, and twelve miles in km")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        text = final(await run(AgentsSkill(pool, traces=traces), turn))
        await turn.backend.close()
    assert "391" in text and "19.31" in text
    planning = fake.requests[0]
    assert planning["tool_choice"]["function"]["name"] == "make_plan"
    assert planning["tools"][0]["function"]["name"] == "make_plan"
    record = await traces.last(PersonKey(1))
    assert record is not None and record.plan["source"] == "model"
    assert [t["agent"] for t in record.timings] == ["math", "units"]


@pytest.mark.parametrize("subtasks, problem", [
    ([{"id": "a", "agent": "shell", "request": "rm -rf /"}], "unknown agent"),
    ([{"id": "a", "agent": "math", "request": "1+1", "depends_on": ["b"]},
      {"id": "b", "agent": "math", "request": "2+2", "depends_on": ["a"]}], "cycle"),
    ([{"id": "a", "agent": "math", "request": "1+1", "timeout_s": 9999}], "timeouts"),
    ([{"id": "a", "agent": "vision", "request": "read it"}], "no image"),
])
async def test_invalid_model_plan_falls_back_to_rules(pool: WorkerPool,
                                                      subtasks: list[dict[str, Any]],
                                                      problem: str) -> None:
    traces = MemoryTraceStore()
    async with FakeOpenAI(reply="") as fake:
        fake.tool_calls = plan_call(subtasks)
        turn = make_turn("what is 17 * 23?")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        text = final(await run(AgentsSkill(pool, traces=traces), turn))
        await turn.backend.close()
    assert "391" in text
    record = await traces.last(PersonKey(1))
    assert record is not None and record.plan["source"] == "rules"
    assert "model plan not used" in record.plan["reasons"][0]
    assert problem in record.plan["reasons"][0] or problem == "no image"
    assert "Why: model plan not used" in record.render()


async def test_chat_only_model_plan_does_not_skip_exact_tools(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="") as fake:
        fake.tool_calls = plan_call([{"id": "a", "agent": "chat", "request": "17*23"}])
        turn = make_turn("what is 17 * 23?")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        text = final(await run(AgentsSkill(pool), turn))
        await turn.backend.close()
    assert "391" in text


async def test_endpoint_that_never_calls_tools_is_not_asked_again(pool: WorkerPool) -> None:
    skill = AgentsSkill(pool)
    async with FakeOpenAI(reply="sure") as fake:  # answers in text, never calls the tool
        backend = endpoint(fake.base_url, max_retries=0)
        for n in range(4):
            turn = make_turn(f"what is {n} + 40?", turn_id=f"t{n}")
            turn.backend = backend
            text = final(await run(skill, turn))
            assert str(n + 40) in text
        await backend.close()
    planning = [r for r in fake.requests if "tool_choice" in r]
    assert len(planning) == 2  # two refusals, then the rules plan without asking


async def test_prose_synthesis_streams_and_keeps_the_basis(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="Seventeen times twenty-three makes 391.") as fake:
        fake.tool_calls = plan_call([{"id": "a", "agent": "math", "request": "17*23"}])
        turn = make_turn("what is 17 * 23?")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        events = await run(AgentsSkill(pool), turn)
        await turn.backend.close()
    deltas = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert deltas == "Seventeen times twenty-three makes 391."
    text = final(events)
    assert text.startswith("Seventeen times twenty-three makes 391.")
    assert "_Basis:" in text and "17*23" in text.replace(" ", "")
    prose_request = fake.requests[-1]
    assert prose_request["stream"] is True
    assert "391" in prose_request["messages"][1]["content"]  # the tools' results, as data


async def test_prose_that_changes_a_figure_is_not_used(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="That comes to 381.") as fake:
        fake.tool_calls = plan_call([{"id": "a", "agent": "math", "request": "17*23"}])
        turn = make_turn("what is 17 * 23?")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        text = final(await run(AgentsSkill(pool), turn))
        await turn.backend.close()
    assert "391" in text and "381" not in text


async def test_failed_prose_leaves_the_template_answer(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="never seen") as fake:
        fake.tool_calls = plan_call([{"id": "a", "agent": "math", "request": "17*23"}])
        turn = make_turn("what is 17 * 23?")
        turn.backend = endpoint(fake.base_url, max_retries=0)
        skill = AgentsSkill(pool)
        await skill.prepare(turn)
        fake.fail_next.append((500, {}))  # the prose request fails
        stream = skill.answer(turn)
        assert stream is not None
        events = [e async for e in stream]
        await turn.backend.close()
    text = final(events)
    assert "391" in text and "never seen" not in text


async def test_vision_endpoint_gets_the_image(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="A plain red square.") as fake:
        turn = make_turn("what is in this photo?", images=(png((200, 0, 0)),))
        turn.backend = endpoint(fake.base_url, max_retries=0, vision=True, tools=False)
        text = final(await run(AgentsSkill(pool), turn))
        await turn.backend.close()
    assert "A plain red square." in text
    looked = [r for r in fake.requests if isinstance(r["messages"][-1]["content"], list)]
    assert looked, "the image should have been sent to the vision model"
    parts = looked[0]["messages"][-1]["content"]
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")


async def test_without_vision_the_photo_is_declared_unknown(pool: WorkerPool) -> None:
    async with FakeOpenAI(reply="") as fake:
        turn = make_turn("what is in this photo?", images=(png((200, 0, 0)),))
        turn.backend = endpoint(fake.base_url, max_retries=0, tools=False)
        skill = AgentsSkill(pool)
        await skill.prepare(turn)
        stream = skill.answer(turn)
        assert stream is not None
        events = [e async for e in stream]
        await turn.backend.close()
    assert "can't tell what this photo shows" in final(events)
    assert all(not isinstance(r["messages"][-1]["content"], list) for r in fake.requests)


async def test_real_server_plan_is_checked_and_the_answer_exact(pool: WorkerPool,
                                                                llama_server: str) -> None:
    """A real OpenAI-compatible server (llama.cpp's, constrained to the plan schema by
    tool_choice) plans; whatever the small model proposes is validated, and the exact
    tools still answer."""
    traces = MemoryTraceStore()
    backend = OpenAIBackend(OpenAISettings(base_url=llama_server, model="smollm2",
                                           max_retries=0, prose=False))
    turn = make_turn("what is 17 * 23?")
    turn.backend = backend
    skill = AgentsSkill(pool, traces=traces)
    try:
        await skill.prepare(turn)
        stream = skill.answer(turn)
        assert stream is not None
        text = final([e async for e in stream])
    finally:
        await backend.close()
    assert "391" in text
    record = await traces.last(PersonKey(1))
    assert record is not None
    if record.plan["source"] == "rules":
        assert record.plan["reasons"][0].startswith("model plan not used")


async def test_prose_can_be_turned_off() -> None:
    from core.models.base import capabilities
    assert "prose" in capabilities(endpoint("http://127.0.0.1:9/v1"))
    assert "prose" not in capabilities(endpoint("http://127.0.0.1:9/v1", prose=False))
    assert capabilities(object()) == frozenset()
