"""What an adapter implements so the shared delivery layer can drive its platform.

Refs are opaque JSON-serialisable values naming a sent message (kept in the outbox so a
restart edits instead of re-sending). Methods raise :mod:`bots.delivery.errors`.
"""

from __future__ import annotations

from typing import Any, Protocol

from bots.delivery.capabilities import Capabilities
from bots.delivery.split import Chunk
from core.messages import Address, Attachment

MessageRef = Any


class PlatformClient(Protocol):
    capabilities: Capabilities

    async def send_text(self, address: Address, chunk: Chunk) -> MessageRef: ...

    async def edit_text(self, address: Address, ref: MessageRef, chunk: Chunk) -> None: ...

    async def delete(self, address: Address, ref: MessageRef) -> None: ...

    async def send_file(self, address: Address, attachment: Attachment) -> MessageRef | None:
        """Upload; None when the file is over the platform's limit for this chat."""

    async def typing(self, address: Address) -> None: ...

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        """Deliver to the person of ``address`` privately (DM, ephemeral); False when the
        platform will not let Muse reach them privately."""
