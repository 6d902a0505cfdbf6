"""Continuous batching: newcomers join a running batch; a cancelled stream frees its slot."""

from __future__ import annotations

import asyncio

from core.models.base import ChatMessage, GenerationRequest
from core.models.embedded import EmbeddedBackend
from tests.model.helpers import ask, collect, wait_until_idle

LONG = "Tell me a long story about a dragon who learns to bake bread."


async def test_newcomer_joins_a_running_batch(backend: EmbeddedBackend) -> None:
    await wait_until_idle(backend)
    long_deltas: list[str] = []
    long_done = asyncio.Event()

    async def long_answer() -> None:
        async for delta in backend.stream(ask(LONG, max_new_tokens=120)):
            long_deltas.append(delta)
        long_done.set()

    async with asyncio.timeout(60):
        task = asyncio.create_task(long_answer())
        while len(long_deltas) < 5:
            await asyncio.sleep(0.01)
        newcomer = backend.stream(ask("Say hello.", max_new_tokens=8))
        first = await anext(newcomer)
        # The newcomer got its first token while the long answer was still being written.
        assert first and not long_done.is_set()
        rest = [d async for d in newcomer]
        assert not long_done.is_set() or len(rest) == 0
        joint_peak = backend.stats().peak_batch
        await task
    assert joint_peak >= 2
    assert len(long_deltas) > 20


async def test_concurrent_streams_all_progress(backend: EmbeddedBackend) -> None:
    prompts = ["Say hello.", "Name a fruit.", "What colour is the sky?", LONG]
    async with asyncio.timeout(60):
        answers = await asyncio.gather(*(collect(backend, ask(p, 16)) for p in prompts))
    assert all(answer.strip() for answer in answers)


async def test_cancelling_the_consumer_frees_the_slot(backend: EmbeddedBackend) -> None:
    await wait_until_idle(backend)
    started = asyncio.Event()

    async def consume() -> None:
        async for _ in backend.stream(ask(LONG, max_new_tokens=250)):
            started.set()

    async with asyncio.timeout(60):
        task = asyncio.create_task(consume())
        await started.wait()
        assert backend.stats().running == 1
        steps_before = backend.stats().steps
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await wait_until_idle(backend, timeout_s=2)
        assert backend.stats().steps - steps_before < 100  # stopped well before its 250 tokens
        # The freed slot serves the next request.
        assert await collect(backend, ask("Say hello.", 8))


async def test_more_streams_than_slots_wait_their_turn(backend: EmbeddedBackend) -> None:
    slots = backend.options.max_batch
    request = GenerationRequest(messages=(ChatMessage("user", "Count to five."),), max_new_tokens=6)
    async with asyncio.timeout(60):
        answers = await asyncio.gather(*(collect(backend, request) for _ in range(slots + 2)))
    assert len(answers) == slots + 2 and all(answers)
    assert backend.stats().peak_batch <= slots
