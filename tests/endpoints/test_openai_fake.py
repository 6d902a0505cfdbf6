"""The OpenAI-compatible backend's error paths and tool calls, against a scripted server."""

from __future__ import annotations

import asyncio
import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from config.settings import OpenAISettings
from core.models.base import ChatMessage, GenerationRequest, ModelError, ToolSpec
from core.models.openai import AuthenticationFailed, OpenAIBackend
from tests.fakes.fake_openai import FakeOpenAI
from tests.helpers import final_text, make_app, message

REQUEST = GenerationRequest(messages=(ChatMessage("user", "hi"),), max_new_tokens=32)


def backend(fake: FakeOpenAI, **kw: Any) -> OpenAIBackend:
    return OpenAIBackend(OpenAISettings(base_url=fake.base_url, api_key=SecretStr("k"),
                                        max_retries=3, **kw))


async def text_of(b: OpenAIBackend, request: GenerationRequest = REQUEST) -> str:
    return "".join([d async for d in b.stream(request)])


async def test_streams_deltas() -> None:
    async with FakeOpenAI(reply="one two three") as fake:
        b = backend(fake)
        await b.start()
        pieces = [d async for d in b.stream(REQUEST)]
        await b.close()
    assert pieces == ["one", " two", " three"]
    assert fake.requests[0]["stream"] is True


async def test_429_retried_honouring_retry_after() -> None:
    async with FakeOpenAI(reply="ok") as fake:
        fake.fail_next = [(429, {"Retry-After": "0.4"}), (503, {"Retry-After": "0.2"})]
        b = backend(fake)
        assert await text_of(b) == "ok"
        await b.close()
    gaps = [b - a for a, b in pairwise(fake.request_times)]
    assert gaps[0] >= 0.4 and gaps[1] >= 0.2


async def test_auth_error_is_clear_and_not_retried() -> None:
    async with FakeOpenAI() as fake:
        b = OpenAIBackend(OpenAISettings(base_url=fake.base_url, api_key=SecretStr("wrong")))
        with pytest.raises(AuthenticationFailed):
            await text_of(b)
        await b.close()
    assert len(fake.requests) == 1


async def test_hung_stream_times_out() -> None:
    async with FakeOpenAI(reply="a b c d", hang_after_chunks=2) as fake:
        b = backend(fake, timeout_s=0.5)
        with pytest.raises(ModelError):
            await text_of(b)
        await b.close()


async def test_hung_endpoint_gives_try_again_through_the_engine(data_dir: Path) -> None:
    async with FakeOpenAI(reply="a b c", hang_after_chunks=1) as fake:
        b = backend(fake, timeout_s=30)
        app = await make_app(data_dir, b, model={"deadline_s": 1.0})  # type: ignore[arg-type]
        try:
            text = await final_text(app, message("hello"))
            assert text is not None and text.startswith("a") and "try again" in text
        finally:
            await app.close()


async def test_cancellation_closes_the_stream() -> None:
    async with FakeOpenAI(reply="a b c d e", hang_after_chunks=2) as fake:
        b = backend(fake)
        task = asyncio.create_task(text_of(b))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await b.close()


async def test_tool_call_round_trip_validated_and_executed() -> None:
    calls: list[tuple[str, dict[str, Any]]] = []

    async def execute(name: str, args: dict[str, Any]) -> str:
        calls.append((name, args))
        return str(args["a"] * args["b"])

    tool = ToolSpec("multiply", "Multiply two integers.", {
        "type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
        "required": ["a", "b"]})
    async with FakeOpenAI() as fake:
        fake.tool_calls = [{"id": "c1", "type": "function", "function": {
            "name": "multiply", "arguments": json.dumps({"a": 17, "b": 23})}}]
        b = backend(fake)
        answer = await b.run_tools(GenerationRequest(messages=REQUEST.messages,
                                                     tools=(tool,)), execute)
        await b.close()
    assert calls == [("multiply", {"a": 17, "b": 23})]
    assert answer == "The result is 391"
    assert fake.requests[0]["tools"][0]["function"]["name"] == "multiply"


async def test_images_sent_as_parts_only_with_vision() -> None:
    request = GenerationRequest(messages=(ChatMessage("user", "what is it", images=(b"png",)),))
    async with FakeOpenAI(reply="a cat") as fake:
        plain, seeing = backend(fake), backend(fake, vision=True)
        await text_of(plain, request)
        await text_of(seeing, request)
        await plain.close()
        await seeing.close()
    assert fake.requests[0]["messages"][0]["content"] == "what is it"
    parts = fake.requests[1]["messages"][0]["content"]
    assert parts[1]["image_url"]["url"].startswith("data:image/png;base64,")


async def test_compact_tools_round_trip_and_small_overhead() -> None:
    from bench.model_backends import prompt_overhead
    from core.tools.compact import endpoint_tools
    from core.tools.registry import call, specs
    from core.tools.workers import WorkerPool

    pool = WorkerPool(1)
    await pool.start()
    try:
        tools = endpoint_tools(pool)

        async def execute(name: str, args: dict[str, Any]) -> str:
            result = await call(tools, name, args)  # type: ignore[arg-type]
            return str(getattr(result, "exact", result))

        async with FakeOpenAI() as fake:
            fake.tool_calls = [{"id": "c1", "type": "function", "function": {
                "name": "math", "arguments": json.dumps({"task": "evaluate",
                                                         "expression": "17*23"})}}]
            b = backend(fake)
            answer = await b.run_tools(GenerationRequest(
                messages=REQUEST.messages, tools=specs(tools)), execute)  # type: ignore[arg-type]
            await b.close()
        assert "391" in answer
    finally:
        await pool.close()
    assert prompt_overhead()["total_tokens"] <= 600
