"""Shared test doubles: functions run inside tool workers, a scripted backend, turns."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from core.agents.planner import Planner, Request
from core.agents.skill import AgentsSkill
from core.media import AcceptedImage, check_image
from core.messages import (
    Address,
    ChatKind,
    FilePart,
    Final,
    ImagePart,
    IncomingMessage,
    PersonKey,
    Sender,
    TextPart,
)
from core.models.base import GenerationRequest, estimate_tokens
from core.skills import Turn
from core.tools.workers import WorkerPool


def spin(seconds: float) -> tuple[float, float]:
    """Burn CPU for ``seconds`` (runs in a worker); returns wall-clock start and end."""
    started = time.time()
    end = time.process_time() + seconds
    count = 0
    while time.process_time() < end:
        count += 1
    return started, time.time()


class EchoBackend:
    name = "echo"

    def __init__(self) -> None:
        self.requests: list[GenerationRequest] = []

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        self.requests.append(request)
        yield "chat reply"


def accepted(data: bytes) -> AcceptedImage:
    return check_image(data, max_bytes=20_000_000, max_pixels=40_000_000)


def make_turn(text: str, *, images: tuple[bytes, ...] = (), files: tuple[FilePart, ...] = (),
              person: int = 1, private: bool = True, turn_id: str = "t-1") -> Turn:
    address = Address(platform="test", chat_kind=ChatKind.DM if private else ChatKind.GROUP,
                      chat_id="c1", user_id=f"u{person}")
    parts = (TextPart(text), *(ImagePart(data) for data in images), *files)
    incoming = IncomingMessage(event_id=turn_id, address=address,
                               sender=Sender(user_id=f"u{person}"), parts=parts)
    return Turn(incoming=incoming, person=PersonKey(person), conversation_id=7, text=text,
                backend=EchoBackend(), turn_id=turn_id,
                images=[accepted(d) for d in images], files=list(files))


async def planned(text: str, images: int = 0) -> list[tuple[str, str, tuple[str, ...]]]:
    """The plan for ``text``: (agent, request, depends_on) for each subtask."""
    plan = await Planner().plan(Request(text, images=images))
    return [(s.agent, s.request, s.depends_on) for s in plan.subtasks]


async def planned_pairs(text: str) -> list[tuple[str, str]]:
    """The plan for ``text``: (agent, request) for each subtask."""
    return [(agent, request) for agent, request, _ in await planned(text)]


async def final_reply(pool: WorkerPool, text: str, files: tuple[FilePart, ...] = ()) -> str:
    """The text of the final answer Muse's agents give ``text`` (with ``files`` attached)."""
    skill = AgentsSkill(pool)
    turn = make_turn(text, files=files)
    await skill.prepare(turn)
    stream = skill.answer(turn)
    assert stream is not None
    events = [event async for event in stream]
    last = events[-1]
    assert isinstance(last, Final)
    return last.text
