"""The embedded backend: SmolLM2 in-process, shared by every conversation."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from pathlib import Path

from core.models.base import GenerationRequest, ModelError, estimate_tokens
from core.models.embedded.files import cache_target, convert_gguf, ensure_converted, find_gguf
from core.models.embedded.loading import (
    DtypeName,
    LoadedModel,
    load_directory,
    pick_dtype,
    torch_dtype,
)
from core.models.embedded.prompt import encode_chat
from core.models.embedded.scheduler import (
    Event,
    Finished,
    Scheduler,
    SchedulerConfig,
    SchedulerStats,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EmbeddedOptions:
    cache_dir: Path
    model_dir: Path | None = None
    dtype: str = "auto"
    max_batch: int = 8
    max_new_tokens: int = 256
    repetition_penalty: float = 1.1
    context_tokens: int = 2048
    prefill_chunk: int = 1024
    threads: int = 2


def prepare_weights(cache_dir: Path, dtype: DtypeName) -> Path:
    """The cached safetensors copy, converted from the packaged GGUF on first use."""
    source = find_gguf()
    target = cache_target(cache_dir, source, dtype)
    if ensure_converted(target, convert_gguf(source, dtype)):
        log.info("embedded model converted into %s", target)
    return target


class EmbeddedBackend:
    name = "transformers"

    def __init__(self, options: EmbeddedOptions) -> None:
        self.options = options
        self._loaded: LoadedModel | None = None
        self._scheduler: Scheduler | None = None
        self._start_lock = asyncio.Lock()

    async def start(self) -> None:
        async with self._start_lock:
            if self._scheduler is not None:
                return
            loaded = await asyncio.to_thread(self._load)
            scheduler = Scheduler(
                loaded.model, loaded.tokenizer, self._config(loaded), torch_dtype(loaded.dtype)
            )
            scheduler.start()
            self._loaded, self._scheduler = loaded, scheduler

    async def close(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            await asyncio.to_thread(scheduler.stop)
        self._loaded = None

    def count_tokens(self, text: str) -> int:
        if self._loaded is None:
            return estimate_tokens(text)
        return len(self._loaded.tokenizer.encode(text, add_special_tokens=False))

    def stats(self) -> SchedulerStats:
        return self._require()[1].stats()

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        loaded = self._require()[0]
        max_new = max(1, min(request.max_new_tokens, self.options.max_new_tokens))
        budget = self.options.context_tokens - max_new
        ids = await asyncio.to_thread(encode_chat, loaded.tokenizer, request.messages, budget)
        deltas = self.stream_ids(ids, max_new, request.temperature, turn_id=request.turn_id)
        async with aclosing(deltas):
            async for delta in deltas:
                yield delta

    async def stream_ids(
        self,
        ids: list[int],
        max_new_tokens: int,
        temperature: float = 0.0,
        *,
        exact_length: bool = False,
        turn_id: str = "",
    ) -> AsyncGenerator[str, None]:
        """Generate from prompt token ids; ``exact_length`` ignores end-of-turn and loops.

        ``exact_length`` makes every answer ``max_new_tokens`` long (for benchmarks).
        """
        scheduler = self._require()[1]
        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event] = asyncio.Queue()

        def sink(event: Event) -> None:
            loop.call_soon_threadsafe(events.put_nowait, event)

        ticket = scheduler.submit(ids, max_new_tokens, temperature, sink, exact_length=exact_length)
        try:
            while not isinstance(event := await events.get(), Finished):
                yield event
            log.debug("turn %s: %s after %d tokens", turn_id, event.reason, event.tokens)
            if event.reason == "error":
                raise ModelError("the embedded model failed")
        finally:
            ticket.cancel()

    def encode(self, request: GenerationRequest) -> list[int]:
        """The prompt ids ``stream`` would feed for ``request`` (blocking; call off the loop)."""
        max_new = max(1, min(request.max_new_tokens, self.options.max_new_tokens))
        budget = self.options.context_tokens - max_new
        return encode_chat(self._require()[0].tokenizer, request.messages, budget)

    def _require(self) -> tuple[LoadedModel, Scheduler]:
        if self._loaded is None or self._scheduler is None:
            raise ModelError("the embedded model is not started")
        return self._loaded, self._scheduler

    def _load(self) -> LoadedModel:
        import torch

        torch.set_num_threads(max(1, self.options.threads))
        dtype = pick_dtype(self.options.dtype)
        directory = self.options.model_dir or prepare_weights(self.options.cache_dir, dtype)
        return load_directory(directory, dtype)

    def _config(self, loaded: LoadedModel) -> SchedulerConfig:
        tokenizer = loaded.tokenizer
        stops = {tokenizer.eos_token_id, tokenizer.convert_tokens_to_ids("<|endoftext|>")}
        stop_ids = frozenset(int(s) for s in stops if isinstance(s, int) and s >= 0)
        return SchedulerConfig(
            stop_ids=stop_ids,
            max_batch=self.options.max_batch,
            context_tokens=self.options.context_tokens,
            repetition_penalty=self.options.repetition_penalty,
            prefill_chunk=self.options.prefill_chunk,
            threads=self.options.threads,
        )
