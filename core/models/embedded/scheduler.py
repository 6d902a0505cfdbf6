"""Continuous batching over the model's forward pass, on one worker thread.

Each loop iteration runs one batched decode step for every running sequence (so everyone
advances one token per step: a long answer never starves a short one), then feeds at most
one prompt chunk of the oldest newcomer. A newcomer therefore joins the running batch as
soon as its prompt is in, without waiting for anyone to finish. Sequences hold a slot of
the :class:`SlotCache`; slots of running sequences stay contiguous, and the newcomer being
prefilled sits just after them. A cancelled sequence leaves at the next iteration and its
slot is reused.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from core.models.embedded.detok import IncrementalDecoder
from core.models.embedded.forward import SlotCache, decode, prefill
from core.models.embedded.loops import LoopPolicy, is_looping
from core.models.embedded.sampling import apply_repetition_penalty, choose

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Finished:
    """The last event of a sequence: why it stopped and how many tokens it produced."""

    reason: str  # eos | length | loop | context | cancelled | error
    tokens: int


Event = str | Finished
Sink = Callable[[Event], None]


@dataclass(frozen=True, slots=True)
class SchedulerConfig:
    stop_ids: frozenset[int]
    max_batch: int = 8
    context_tokens: int = 2048
    repetition_penalty: float = 1.1
    prefill_chunk: int = 1024
    threads: int = 2
    loop_policy: LoopPolicy = field(default_factory=LoopPolicy)
    seed: int = 0


@dataclass(frozen=True, slots=True)
class SchedulerStats:
    running: int
    waiting: int
    prefilling: int
    steps: int
    peak_batch: int


@dataclass(eq=False)
class _Sequence:
    prompt: list[int]
    max_new: int
    temperature: float
    sink: Sink
    decoder: IncrementalDecoder
    exact_length: bool = False
    cancelled: threading.Event = field(default_factory=threading.Event)
    generated: list[int] = field(default_factory=list)
    fed: int = 0
    slot: int = -1


class Ticket:
    """The caller's handle on a submitted sequence."""

    def __init__(self, sequence: _Sequence, wake: Callable[[], None]) -> None:
        self._sequence = sequence
        self._wake = wake

    def cancel(self) -> None:
        """Stop generating; the slot is freed at the scheduler's next iteration."""
        self._sequence.cancelled.set()
        self._wake()


class Scheduler:
    def __init__(
        self, model: Any, tokenizer: Any, config: SchedulerConfig, dtype: torch.dtype
    ) -> None:
        self._model = model
        self._tokenizer = tokenizer
        self._config = config
        self._cache = SlotCache(model.config, config.max_batch, config.context_tokens, dtype)
        self._seen = torch.zeros(config.max_batch, int(model.config.vocab_size), dtype=torch.bool)
        self._inbox: queue.SimpleQueue[_Sequence | None] = queue.SimpleQueue()
        self._waiting: deque[_Sequence] = deque()
        self._running: list[_Sequence] = []
        self._prefilling: _Sequence | None = None
        self._generator = torch.Generator().manual_seed(config.seed)
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="muse-model", daemon=True)
        self._steps = 0
        self._peak = 0

    # -- caller side (any thread) -------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stopping.set()
        self._inbox.put(None)
        self._thread.join(timeout_s)

    def submit(
        self,
        prompt: list[int],
        max_new: int,
        temperature: float,
        sink: Sink,
        *,
        exact_length: bool = False,
    ) -> Ticket:
        if not prompt:
            raise ValueError("an empty prompt")
        kept = list(prompt[-(self._config.context_tokens - 1) :])
        decoder = IncrementalDecoder(self._tokenizer)
        sequence = _Sequence(kept, max(1, max_new), temperature, sink, decoder, exact_length)
        self._inbox.put(sequence)
        return Ticket(sequence, lambda: self._inbox.put(None))

    def stats(self) -> SchedulerStats:
        prefilling = 1 if self._prefilling is not None else 0
        waiting = len(self._waiting) + self._inbox.qsize()
        return SchedulerStats(len(self._running), waiting, prefilling, self._steps, self._peak)

    # -- worker thread ------------------------------------------------------------------

    def _run(self) -> None:
        torch.set_num_threads(max(1, self._config.threads))  # per calling thread with OpenMP
        with torch.inference_mode():
            while not self._stopping.is_set():
                try:
                    self._iterate()
                except Exception:
                    log.exception("embedded model step failed; failing its sequences")
                    self._fail_all()
        self._fail_all("cancelled")

    def _iterate(self) -> None:
        self._intake(block=not (self._running or self._prefilling or self._waiting))
        self._drop_cancelled()
        if self._running:
            self._decode_step()
        self._admit()
        if self._prefilling is not None:
            self._prefill_chunk(self._prefilling)

    def _intake(self, block: bool) -> None:
        try:
            item = self._inbox.get(timeout=0.5) if block else self._inbox.get_nowait()
            while True:
                if item is not None:
                    self._waiting.append(item)
                item = self._inbox.get_nowait()
        except queue.Empty:
            return

    def _drop_cancelled(self) -> None:
        for sequence in [s for s in self._waiting if s.cancelled.is_set()]:
            self._waiting.remove(sequence)
            self._emit(sequence, Finished("cancelled", len(sequence.generated)))
        for sequence in [s for s in self._running if s.cancelled.is_set()]:
            self._finish(sequence, "cancelled")
        prefilling = self._prefilling
        if prefilling is not None and prefilling.cancelled.is_set():
            self._prefilling = None
            self._emit(prefilling, Finished("cancelled", 0))

    def _admit(self) -> None:
        if self._prefilling is not None or not self._waiting:
            return
        if len(self._running) >= self._config.max_batch:
            return
        sequence = self._waiting.popleft()
        sequence.slot = len(self._running)
        self._cache.reset(sequence.slot)
        seen = self._seen[sequence.slot]
        seen.zero_()
        seen[torch.tensor(sequence.prompt, dtype=torch.long)] = True
        self._prefilling = sequence

    def _prefill_chunk(self, sequence: _Sequence) -> None:
        chunk = sequence.prompt[sequence.fed : sequence.fed + self._config.prefill_chunk]
        logits = prefill(self._model, self._cache, sequence.slot, chunk)
        sequence.fed += len(chunk)
        if sequence.fed < len(sequence.prompt):
            return
        self._prefilling = None
        self._running.append(sequence)
        self._peak = max(self._peak, len(self._running))
        self._accept([sequence], logits.unsqueeze(0))

    def _decode_step(self) -> None:
        batch = list(self._running)
        logits = decode(self._model, self._cache, [s.generated[-1] for s in batch])
        self._steps += 1
        self._peak = max(self._peak, len(batch))
        self._accept(batch, logits)

    def _accept(self, batch: list[_Sequence], logits: torch.Tensor) -> None:
        slots = [s.slot for s in batch]
        seen = self._seen[slots]
        logits = apply_repetition_penalty(logits, seen, self._config.repetition_penalty)
        tokens = choose(logits, [s.temperature for s in batch], self._generator)
        for sequence, token in zip(batch, tokens, strict=True):
            self._seen[sequence.slot, token] = True
            self._advance(sequence, token)

    def _advance(self, sequence: _Sequence, token: int) -> None:
        if token in self._config.stop_ids and not sequence.exact_length:
            self._finish(sequence, "eos")
            return
        sequence.generated.append(token)
        delta = sequence.decoder.push(token)
        if delta:
            self._emit(sequence, delta)
        reason = self._stop_reason(sequence)
        if reason:
            self._finish(sequence, reason)

    def _stop_reason(self, sequence: _Sequence) -> str:
        if len(sequence.generated) >= sequence.max_new:
            return "length"
        if not sequence.exact_length and is_looping(sequence.generated, self._config.loop_policy):
            return "loop"
        if self._cache.lengths[sequence.slot] + 1 >= self._config.context_tokens:
            return "context"
        return ""

    def _finish(self, sequence: _Sequence, reason: str) -> None:
        self._release(sequence)
        self._emit(sequence, Finished(reason, len(sequence.generated)))

    def _release(self, sequence: _Sequence) -> None:
        """Free the sequence's slot, keeping running slots contiguous."""
        index = sequence.slot
        last = self._running.pop()
        if last is not sequence:
            self._running[index] = last
            self._move(last, index)
        sequence.slot = -1
        if self._prefilling is not None and self._prefilling.slot != len(self._running):
            self._move(self._prefilling, len(self._running))

    def _move(self, sequence: _Sequence, target: int) -> None:
        self._cache.move(sequence.slot, target)
        self._seen[target] = self._seen[sequence.slot]
        sequence.slot = target

    def _emit(self, sequence: _Sequence, event: Event) -> None:
        try:
            sequence.sink(event)
        except RuntimeError:  # the consumer's event loop is gone
            sequence.cancelled.set()

    def _fail_all(self, reason: str = "error") -> None:
        everyone = [*self._running, *self._waiting]
        if self._prefilling is not None:
            everyone.append(self._prefilling)
        self._running.clear()
        self._waiting.clear()
        self._prefilling = None
        for sequence in everyone:
            self._emit(sequence, Finished(reason, len(sequence.generated)))
