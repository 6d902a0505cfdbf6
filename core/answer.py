"""Producing one answer: skills first, the model otherwise, under a deadline.

The producer runs as its own task feeding a queue, so ``/stop`` and deadlines cancel the
model work without touching the consumer (the adapter's delivery).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from core.logs import event
from core.messages import Final, ReplyEvent, TextDelta
from core.models.base import GenerationRequest
from core.prompt import build_messages
from core.skills import Skill, Turn

TRY_AGAIN = "Sorry, I couldn't finish that answer just now. Please try again in a moment."
STOPPED = "Stopped."


@dataclass
class Outcome:
    text: str = ""
    ok: bool = True
    prompt_tokens: int = 0
    reply_tokens: int = 0


class _Done:
    pass


async def _model_events(turn: Turn, system: str, max_new_tokens: int,
                        outcome: Outcome) -> AsyncIterator[ReplyEvent]:
    images = tuple(i.png for i in turn.images)
    messages = build_messages(system, turn.history, turn.text, turn.notes, images)
    outcome.prompt_tokens = sum(turn.backend.count_tokens(m.content) for m in messages)
    request = GenerationRequest(messages=messages, max_new_tokens=max_new_tokens,
                                turn_id=turn.turn_id)
    async for delta in turn.backend.stream(request):
        if delta:
            yield TextDelta(delta)


def choose(turn: Turn, skills: list[Skill], system: str, max_new_tokens: int,
           outcome: Outcome) -> AsyncIterator[ReplyEvent]:
    for skill in skills:
        events = skill.answer(turn)
        if events is not None:
            event("turn.skill", turn=turn.turn_id, skill=skill.name)
            return events
    return _model_events(turn, system, max_new_tokens, outcome)


class AnswerRun:
    """One running answer: a producer task, its queue, and its cancellation."""

    def __init__(self, events: AsyncIterator[ReplyEvent], deadline_s: float,
                 first_token_s: float) -> None:
        self._events = events
        self._queue: asyncio.Queue[ReplyEvent | BaseException | _Done] = asyncio.Queue()
        self._deadline = time.monotonic() + deadline_s
        self._first_token_s = first_token_s
        self.stopped = False
        self._task = asyncio.create_task(self._produce())

    async def _produce(self) -> None:
        try:
            async for ev in self._events:
                await self._queue.put(ev)
            await self._queue.put(_Done())
        except asyncio.CancelledError:
            await self._queue.put(_Done())
            raise
        except Exception as exc:  # reported to the person as "please try again"
            await self._queue.put(exc)
        finally:
            # Close the producer even when cancelled between two events, so the model
            # frees whatever it holds for this answer now, not at garbage collection.
            close = getattr(self._events, "aclose", None)
            if close is not None:
                with contextlib.suppress(Exception):
                    await close()

    def stop(self) -> None:
        self.stopped = True
        self._task.cancel()

    async def events(self, outcome: Outcome) -> AsyncIterator[ReplyEvent]:
        """Yield events until the answer ends; fills ``outcome``."""
        parts: list[str] = []
        first = True
        try:
            while True:
                budget = self._deadline - time.monotonic()
                if first:
                    budget = min(budget, self._first_token_s)
                try:
                    item = await asyncio.wait_for(self._queue.get(), timeout=max(0.0, budget))
                except TimeoutError:
                    event("turn.timeout", level=30)
                    outcome.ok = False
                    break
                if isinstance(item, _Done):
                    break
                if isinstance(item, BaseException):
                    event("turn.error", level=30, error=type(item).__name__)
                    outcome.ok = False
                    break
                first = False
                if isinstance(item, TextDelta):
                    parts.append(item.text)
                elif isinstance(item, Final):
                    parts = [item.text]
                    outcome.ok = item.ok
                    continue
                yield item
        finally:
            if not self._task.done():
                self._task.cancel()
        text = "".join(parts).strip()
        if self.stopped:
            outcome.text = f"{text}\n\n_{STOPPED}_" if text else STOPPED
        elif not outcome.ok:
            outcome.text = f"{text}\n\n{TRY_AGAIN}" if text else TRY_AGAIN
        else:
            outcome.text = text or "…"
