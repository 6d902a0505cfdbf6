"""The scripted backend: deterministic answers for tests and benchmarks.

Modes: ``echo`` (answers "You said: …"), ``fixed`` (always ``reply``), ``repeat_prompt``
(answers with its whole prompt — used to prove that nothing private leaks into it).
A queue of scripted steps can be pushed from tests: text, a delay, a failure or a hang.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass

from config.settings import ScriptedSettings, Settings
from core.models.base import GenerationRequest, ModelError, estimate_tokens

# Tests read the last requests; a benchmark sends thousands. Every kept request holds its
# whole prompt, and a log that only grows makes each full garbage collection longer (at
# 6,000 requests a pass stalled the process for 150-200 ms).
REQUEST_LOG = 100


@dataclass(frozen=True, slots=True)
class Step:
    text: str = ""
    delay_s: float = 0.0
    fail: bool = False
    hang: bool = False


class ScriptedBackend:
    name = "scripted"

    def __init__(self, settings: ScriptedSettings | None = None) -> None:
        self.settings = settings or ScriptedSettings()
        self.script: deque[Step] = deque()
        self.requests: deque[GenerationRequest] = deque(maxlen=REQUEST_LOG)

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def push(self, *steps: Step | str) -> None:
        self.script.extend(Step(text=s) if isinstance(s, str) else s for s in steps)

    def _default(self, request: GenerationRequest) -> str:
        mode = self.settings.mode
        if mode == "fixed":
            return self.settings.reply
        if mode == "repeat_prompt":
            return "\n".join(f"[{m.role}] {m.content}" for m in request.messages)
        last = request.messages[-1].content if request.messages else ""
        if last.startswith("(Notes for Muse") and ")\n\n" in last:
            last = last.split(")\n\n", 1)[1]
        return f"You said: {last}"

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        self.requests.append(request)
        step = self.script.popleft() if self.script else Step(
            text=self._default(request), delay_s=self.settings.delay_s)
        if step.delay_s:
            await asyncio.sleep(step.delay_s)
        if step.hang:
            await asyncio.Event().wait()
        if step.fail:
            raise ModelError("scripted failure")
        size = self.settings.chunk_chars
        if size <= 0:
            yield step.text
            return
        for start in range(0, len(step.text), size):
            yield step.text[start : start + size]
            await asyncio.sleep(0)


def create(settings: Settings) -> ScriptedBackend:
    return ScriptedBackend(settings.model.scripted)
