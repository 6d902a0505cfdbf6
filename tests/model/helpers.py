"""Small helpers for driving the embedded backend in tests."""

from __future__ import annotations

import asyncio

from core.models.base import ChatMessage, GenerationRequest
from core.models.embedded import EmbeddedBackend


def ask(text: str, max_new_tokens: int = 32) -> GenerationRequest:
    return GenerationRequest(messages=(ChatMessage("user", text),), max_new_tokens=max_new_tokens)


async def collect(backend: EmbeddedBackend, request: GenerationRequest) -> str:
    return "".join([delta async for delta in backend.stream(request)])


async def wait_until_idle(backend: EmbeddedBackend, timeout_s: float = 5.0) -> None:
    async with asyncio.timeout(timeout_s):
        while (stats := backend.stats()).running or stats.prefilling or stats.waiting:
            await asyncio.sleep(0.01)
