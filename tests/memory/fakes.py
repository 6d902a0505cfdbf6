"""Test doubles and a tiny engine stand-in for the memory tests."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import numpy as np

from core.commands.registry import CommandContext, CommandRegistry, CommandReply
from core.embeddings import Vectors
from core.memory.skill import MemorySkill
from core.messages import (
    Address,
    ChatKind,
    IdentityKey,
    IncomingMessage,
    PersonKey,
    Sender,
    TextPart,
)
from core.models.base import ChatMessage, GenerationRequest, estimate_tokens
from core.skills import Turn

SPINE = """
CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, created_at REAL);
CREATE TABLE IF NOT EXISTS identities (platform TEXT, workspace TEXT, user_id TEXT,
    person_id INTEGER, display_name TEXT, private_address TEXT,
    PRIMARY KEY (platform, workspace, user_id));
CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, conversation_id INTEGER,
    person_id INTEGER, role TEXT, text TEXT);
"""


def spine_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(SPINE)


class EchoBackend:
    """Repeats its whole prompt: anything in the context reaches the reply."""

    name = "echo"

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        for message in request.messages:
            yield f"[{message.role}] {message.content}\n"


_events = itertools.count(1)


@dataclass
class Person:
    key: PersonKey
    platform: str
    user_id: str
    name: str

    @property
    def identity(self) -> IdentityKey:
        return IdentityKey(self.platform, "", self.user_id)


def add_person(conn: sqlite3.Connection, platform: str, user_id: str, name: str) -> Person:
    cur = conn.execute("INSERT INTO people(created_at) VALUES (0)")
    pid = int(cur.lastrowid or 0)
    conn.execute("INSERT INTO identities VALUES (?,?,?,?,?,?)",
                 (platform, "", user_id, pid, name, "{}"))
    return Person(PersonKey(pid), platform, user_id, name)


def incoming(person: Person, text: str, kind: ChatKind = ChatKind.DM,
             chat_id: str = "") -> IncomingMessage:
    chat = chat_id or f"dm-{person.user_id}"
    address = Address(platform=person.platform, chat_kind=kind, chat_id=chat,
                      user_id=person.user_id)
    return IncomingMessage(event_id=f"e{next(_events)}", address=address,
                           sender=Sender(person.user_id, person.name),
                           parts=(TextPart(text),))


@dataclass
class Harness:
    """Runs turns the way the engine does: prepare → answer or model → learn."""

    skill: MemorySkill
    registry: CommandRegistry
    backend: EchoBackend = field(default_factory=EchoBackend)
    sent: list[tuple[IdentityKey, str]] = field(default_factory=list)
    known: set[IdentityKey] = field(default_factory=set)

    async def notify(self, who: IdentityKey, text: str) -> bool:
        self.sent.append((who, text))
        return who in self.known

    async def say(self, person: Person, text: str, kind: ChatKind = ChatKind.DM,
                  chat_id: str = "", conversation_id: int = 0) -> str:
        msg = incoming(person, text, kind, chat_id)
        conv = conversation_id or (1_000_000 + person.key.person_id)
        call = self.registry.parse(text)
        if call is not None:
            return await self._command(msg, person, conv, call.name, call.args)
        turn = Turn(incoming=msg, person=person.key, conversation_id=conv, text=msg.text,
                    backend=self.backend, turn_id=msg.event_id)
        await self.skill.prepare(turn)
        stream = self.skill.answer(turn)
        if stream is None:
            reply = await self._model(turn)
        else:
            reply = "".join([e.text async for e in stream if hasattr(e, "text")][-1:])
        await self.skill.learn(turn, reply)
        return reply

    async def _model(self, turn: Turn) -> str:
        notes = "\n".join(turn.notes)
        request = GenerationRequest(messages=(
            ChatMessage("system", "You are Muse.\n" + notes),
            ChatMessage("user", turn.text)))
        return "".join([d async for d in self.backend.stream(request)])

    async def _command(self, msg: IncomingMessage, person: Person, conv: int, name: str,
                       args: str) -> str:
        command = self.registry.get(name)
        assert command is not None
        ctx = CommandContext(incoming=msg, person=person.key, conversation_id=conv,
                             args=args, notify=self.notify)
        reply: CommandReply = await command.handler(ctx)
        self.last_attachments = reply.attachments
        return reply.text


class HashEmbedder:
    """A fast deterministic bag-of-words embedder (same shape as MiniLM's output)."""

    async def embed(self, texts: list[str]) -> Vectors:
        out = np.zeros((len(texts), 384), np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % 384] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
