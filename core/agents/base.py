"""What every agent receives and returns.

An agent is ``async (subtask, context, inputs) -> AgentResult`` where ``inputs`` holds the
results of the subtasks it depends on. Agents never raise for a bad request: a result
with ``ok=False`` says what is missing, in words a person can act on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from core.agents.plan import Subtask
from core.messages import Attachment, PersonKey
from core.models.base import ModelBackend
from core.tools.ocr import OcrText

Recall = Callable[[PersonKey, str], Awaitable[list[str]]]
# The memory feature's recall: ``scope`` None = the person's private memories; a
# conversation id = only what they said in that group.
ScopedRecall = Callable[[PersonKey, str, int | None], Awaitable[list[str]]]
ReadImage = Callable[[int], Awaitable[OcrText]]


@dataclass(frozen=True, slots=True)
class AgentResult:
    ok: bool
    text: str
    basis: str = ""
    missing: str = ""
    attachments: tuple[Attachment, ...] = ()
    amount: float | None = None
    currency: str = ""
    tokens: int = 0
    expression: str = ""  # a result that is a function (a derivative, an integral), exactly


def failed(missing: str) -> AgentResult:
    return AgentResult(ok=False, text="", missing=missing)


@dataclass(frozen=True, slots=True)
class AgentContext:
    person: PersonKey
    images: tuple[bytes, ...] = field(default=(), repr=False)
    image_facts: tuple[str, ...] = ()
    csv_files: tuple[bytes, ...] = field(default=(), repr=False)
    country: str | None = None
    backend: ModelBackend | None = None
    read_image: ReadImage | None = None
    recall: Recall | None = None
    notes: tuple[str, ...] = ()


Agent = Callable[[Subtask, AgentContext, dict[str, AgentResult]], Awaitable[AgentResult]]
