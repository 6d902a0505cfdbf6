"""The one streaming interface every model backend implements.

A backend is an object with ``stream(request) -> AsyncIterator[str]`` yielding text deltas
in order. Cancelling the consuming task (``/stop``, a deadline) must free whatever the
backend holds for that request. Blocking inference never runs on the event loop.

Backends are registered as data in :mod:`core.models.registry`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant", "tool"]


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    content: str
    # Normalised PNG bytes of images attached to this turn (for vision-capable backends).
    images: tuple[bytes, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool offered to a backend that supports function calling."""

    name: str
    description: str
    parameters: dict[str, Any]


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    messages: tuple[ChatMessage, ...]
    max_new_tokens: int = 256
    temperature: float = 0.0
    tools: tuple[ToolSpec, ...] = ()
    # Correlation id of the turn (for logs only).
    turn_id: str = ""


class ModelError(Exception):
    """A backend failed to produce an answer (the engine apologises and carries on)."""


class ToolNotCalled(ModelError):
    """The model answered without calling the tool it was asked to call."""


@runtime_checkable
class ModelBackend(Protocol):
    name: str

    async def start(self) -> None:
        """Load weights / open connections. Called once before the first request."""

    async def close(self) -> None:
        """Release everything."""

    def count_tokens(self, text: str) -> int:
        """Tokens ``text`` costs in this backend's prompt (an estimate is fine)."""

    def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        """Yield the answer's text deltas in order."""


Capability = Literal["tools", "vision", "prose"]


@runtime_checkable
class ToolCaller(Protocol):
    """A backend that can be made to call one tool (a model-made plan)."""

    async def call_tool(self, request: GenerationRequest, tool: ToolSpec) -> dict[str, Any]:
        """The arguments of the model's call to ``tool``; raises :class:`ModelError`
        (:class:`ToolNotCalled` when the model answered without calling it)."""


def capabilities(backend: object) -> frozenset[Capability]:
    """What a backend can do beyond streaming text: ``tools`` (plans with tool calls),
    ``vision`` (sees images), ``prose`` (writes answers well enough to compose tool
    results). The small embedded models declare none of these."""
    declared: object = getattr(backend, "capabilities", frozenset())
    return frozenset(declared) if isinstance(declared, (set, frozenset)) else frozenset()


def estimate_tokens(text: str) -> int:
    """A cheap, backend-free estimate: about four characters per token."""
    return max(1, (len(text) + 3) // 4) if text else 0
