"""Skills: how memory, agents and the builder plug into a turn without touching the engine.

For every turn the engine builds a :class:`Turn`, then, in registration order:

1. ``await skill.prepare(turn)`` — add third-person notes (recalled memories, image facts)
   or facts other skills may use;
2. the first skill whose ``answer(turn)`` returns an iterator answers the turn (a planner
   with agents, the builder, a memory template); when none does, the model answers from
   history plus notes;
3. after the reply is final, ``await skill.learn(turn, reply_text)`` runs in the
   background; the same person's next turn waits for it before ``prepare``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Protocol

from core.media import AcceptedImage
from core.messages import FilePart, IncomingMessage, PersonKey, ReplyEvent
from core.models.base import ChatMessage, ModelBackend


@dataclass(eq=False)
class Turn:
    incoming: IncomingMessage
    person: PersonKey
    conversation_id: int
    text: str
    backend: ModelBackend
    turn_id: str
    images: list[AcceptedImage] = field(default_factory=list)
    files: list[FilePart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    history: list[ChatMessage] = field(default_factory=list)
    # Memory writes are off for this turn (the person chose /privacy off).
    private_mode: bool = False

    @property
    def is_private(self) -> bool:
        return self.incoming.address.is_private


class Skill(Protocol):
    name: str

    async def prepare(self, turn: Turn) -> None: ...

    def answer(self, turn: Turn) -> AsyncIterator[ReplyEvent] | None: ...

    async def learn(self, turn: Turn, reply: str) -> None: ...


class BaseSkill:
    """Convenience base: every hook does nothing."""

    name = "skill"

    async def prepare(self, turn: Turn) -> None:
        return None

    def answer(self, turn: Turn) -> AsyncIterator[ReplyEvent] | None:
        return None

    async def learn(self, turn: Turn, reply: str) -> None:
        return None
