"""The shared delivery layer, with one guard for Discord's many concurrent streams.

A reply's outbox entry is written (pending) before its stream has finished showing it;
the outbox pump must not deliver it a second time meanwhile. :class:`DiscordDelivery`
marks the entry in flight the moment the final event passes by, and keeps it marked until
the stream is done. Deliveries answering interactions share the channel delivery's
in-flight set, so the pump leaves their entries alone too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from bots.delivery import Delivery
from core.messages import Address, Final, ReplyEvent


class DiscordDelivery(Delivery):
    async def deliver(self, address: Address, events: AsyncIterator[ReplyEvent]) -> None:
        marked: list[int] = []

        async def marking() -> AsyncIterator[ReplyEvent]:
            async for event in events:
                if isinstance(event, Final) and event.outbox_id is not None:
                    self.in_flight.add(event.outbox_id)
                    marked.append(event.outbox_id)
                yield event

        try:
            await super().deliver(address, marking())
        finally:
            for outbox_id in marked:
                self.in_flight.discard(outbox_id)
