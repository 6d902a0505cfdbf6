"""The OpenAI-compatible backend against a real server, and the in-process llama.cpp
backend, both on the embedded SmolLM2 GGUF."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from config.settings import LlamaCppSettings, OpenAISettings
from core.models.base import ChatMessage, GenerationRequest, ModelError
from core.models.llamacpp import LlamaCppBackend, repeating
from core.models.openai import OpenAIBackend
from tests.helpers import final_text, make_app, message

REQUEST = GenerationRequest(
    messages=(ChatMessage("system", "You are a helpful assistant."),
              ChatMessage("user", "Name three colours.")), max_new_tokens=24)
# A reply that runs to its token limit (a short answer could end before the cancel).
LONG = GenerationRequest(
    messages=(ChatMessage("system", "You are a helpful assistant."),
              ChatMessage("user", "Count from 1 to 500, one number per line.")),
    max_new_tokens=200)


async def test_real_server_streams_tokens(llama_server: str) -> None:
    backend = OpenAIBackend(OpenAISettings(base_url=llama_server, model="smollm2"))
    await backend.start()
    try:
        pieces = [d async for d in backend.stream(REQUEST)]
    finally:
        await backend.close()
    assert len(pieces) > 3 and "".join(pieces).strip()


async def test_real_server_cancellation_then_next_request_works(llama_server: str) -> None:
    backend = OpenAIBackend(OpenAISettings(base_url=llama_server, model="smollm2"))
    await backend.start()
    try:
        flowing = asyncio.Event()

        async def consume() -> None:
            async for _ in backend.stream(LONG):
                flowing.set()
                await asyncio.sleep(0.05)

        task = asyncio.create_task(consume())
        await asyncio.wait_for(flowing.wait(), timeout=30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        started = time.monotonic()
        assert "".join([d async for d in backend.stream(REQUEST)]).strip()
        assert time.monotonic() - started < 30
    finally:
        await backend.close()


async def test_real_server_answers_through_the_engine(llama_server: str,
                                                      data_dir: Path) -> None:
    backend = OpenAIBackend(OpenAISettings(base_url=llama_server, model="smollm2"))
    app = await make_app(data_dir, backend)  # type: ignore[arg-type]
    try:
        text = await final_text(app, message("Say hello."))
        assert text and "try again" not in text
    finally:
        await app.close()


async def test_server_stopped_mid_stream_gives_a_clear_error(llama_server: str) -> None:
    backend = OpenAIBackend(OpenAISettings(base_url="http://127.0.0.1:9/v1", max_retries=1,
                                           connect_timeout_s=1))
    with pytest.raises(ModelError):
        _ = [d async for d in backend.stream(REQUEST)]
    await backend.close()


@pytest.fixture
async def llama() -> AsyncIterator[LlamaCppBackend]:
    backend = LlamaCppBackend(LlamaCppSettings(n_threads=2, pool_size=1), max_new_tokens=64)
    await backend.start()  # the 135M GGUF loads in well under a second
    yield backend
    await backend.close()


async def test_llamacpp_streams_and_cancels(llama: LlamaCppBackend) -> None:
    pieces = [d async for d in llama.stream(REQUEST)]
    assert len(pieces) > 3
    task = asyncio.create_task(asyncio.wait_for(_drain(llama.stream(LONG)), timeout=0.3))
    with pytest.raises(TimeoutError):
        await task
    # The slot was freed: the next request is served.
    assert [d async for d in llama.stream(REQUEST)]


async def _drain(stream: object) -> None:
    async for _ in stream:  # type: ignore[attr-defined]
        await asyncio.sleep(0.02)


async def test_llamacpp_serves_two_conversations_fairly(llama: LlamaCppBackend) -> None:
    results = await asyncio.gather(*(_collect(llama) for _ in range(2)))
    assert all(r.strip() for r in results)


async def _collect(llama: LlamaCppBackend) -> str:
    return "".join([d async for d in llama.stream(REQUEST)])


def test_loop_detection() -> None:
    assert repeating("I think " + "la la la " * 4)
    assert not repeating("The quick brown fox jumps over the lazy dog.")
