"""An in-memory platform for the delivery layer's tests: configurable limits, a call log
with timestamps, and 429 injection that records whether a retry came too early."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from bots.delivery import Capabilities, Chunk, DeliveryFailed, RateLimited, text_length
from core.messages import Address, Attachment


@dataclass
class Call:
    method: str
    chat: str
    at: float
    text: str = ""


@dataclass
class Sent:
    id: int
    chat: str
    display: str
    entities: tuple[Any, ...] = ()
    edits: int = 0


@dataclass
class MemoryPlatform:
    capabilities: Capabilities
    calls: list[Call] = field(default_factory=list)
    messages: dict[int, Sent] = field(default_factory=dict)
    files: list[Attachment] = field(default_factory=list)
    private: list[str] = field(default_factory=list)
    allow_private: bool = True
    rate_limit_next: int = 0
    retry_after: float = 0.5
    early_retries: int = 0
    _blocked_until: float = 0.0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _enter(self, method: str, chat: str, text: str = "") -> None:
        now = time.monotonic()
        self.calls.append(Call(method, chat, now, text))
        if now < self._blocked_until:
            self.early_retries += 1
        if self.rate_limit_next > 0:
            self.rate_limit_next -= 1
            self._blocked_until = now + self.retry_after
            raise RateLimited(self.retry_after)

    def _check(self, chunk: Chunk) -> None:
        size = text_length(chunk.display, self.capabilities.length_unit)
        if size > self.capabilities.max_text:
            raise DeliveryFailed(f"text too long: {size}", permanent=True)

    async def send_text(self, address: Address, chunk: Chunk) -> int:
        self._enter("send", address.chat_id, chunk.display)
        self._check(chunk)
        sent = Sent(next(self._ids), address.chat_id, chunk.display, chunk.entities)
        self.messages[sent.id] = sent
        return sent.id

    async def edit_text(self, address: Address, ref: int, chunk: Chunk) -> None:
        self._enter("edit", address.chat_id, chunk.display)
        self._check(chunk)
        sent = self.messages[ref]
        sent.display, sent.entities = chunk.display, chunk.entities
        sent.edits += 1

    async def delete(self, address: Address, ref: int) -> None:
        self._enter("delete", address.chat_id)
        self.messages.pop(ref, None)

    async def send_file(self, address: Address, attachment: Attachment) -> int | None:
        self._enter("file", address.chat_id)
        if len(attachment.data) > self.capabilities.max_file_bytes:
            return None
        self.files.append(attachment)
        return next(self._ids)

    async def typing(self, address: Address) -> None:
        self._enter("typing", address.chat_id)

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        self._enter("private", address.user_id)
        if not self.allow_private:
            return False
        self.private.extend(c.display for c in chunks)
        return True

    def chat_text(self, chat: str) -> list[str]:
        return [m.display for m in sorted(self.messages.values(), key=lambda m: m.id)
                if m.chat == chat]
