"""Delivering a reply: stream by editing one message, continue past the limit, finish
with the fully rendered text, and never lose a reply to a 429 or a restart."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import partial
from typing import Any, TypeVar

from bots.delivery.client import MessageRef, PlatformClient
from bots.delivery.errors import DeliveryFailed, RateLimited
from bots.delivery.pacing import Pacer
from bots.delivery.render import render
from bots.delivery.split import Chunk, split
from core.messages import (
    Address,
    Attachment,
    Final,
    PrivateReply,
    Progress,
    ReplyEvent,
    TextDelta,
)
from core.store import Store

log = logging.getLogger("muse.delivery")
T = TypeVar("T")
MAX_ATTEMPTS = 5
MAX_RATE_LIMITS = 100
RENDER_CACHE = 128
LIVE_REPLY_S = 120.0  # a reply this young is still being delivered by its own stream
NO_PRIVATE = ("_I couldn't message you privately: please open a private chat with me "
              "first, then send the command there._")


class Delivery:
    """One per adapter: shared pacing, the outbox, and the in-flight set."""

    def __init__(self, client: PlatformClient, store: Store | None, platform: str,
                 bot_account: str) -> None:
        self.client = client
        self.caps = client.capabilities
        self.store = store
        self.platform = platform
        self.bot_account = bot_account
        self.pacer = Pacer(self.caps)
        self.in_flight: set[int] = set()
        self._rendered: OrderedDict[str, tuple[Chunk, ...]] = OrderedDict()

    def chunks(self, markdown: str) -> list[Chunk]:
        """Rendered and split (cached: a reply's last frame, its final and its outbox copy
        are usually the same text)."""
        found = self._rendered.get(markdown)
        if found is None:
            rendered = render(markdown, self.caps.dialect)
            found = tuple(split(rendered, self.caps.max_text, self.caps.length_unit,
                                self.caps.dialect))
            self._rendered[markdown] = found
            if len(self._rendered) > RENDER_CACHE:
                self._rendered.popitem(last=False)
        else:
            self._rendered.move_to_end(markdown)
        return list(found)

    async def call(self, chat: object, fn: Callable[[], Awaitable[T]]) -> T:
        """Run one platform call, honouring retry-after exactly and retrying failures."""
        failures = limits = 0
        while True:
            await self.pacer.wait_clear(chat)
            try:
                return await fn()
            except RateLimited as exc:
                limits += 1
                self.pacer.block(chat, exc.retry_after, exc.scope)
                if limits > MAX_RATE_LIMITS:
                    raise DeliveryFailed("rate limited too many times") from exc
            except DeliveryFailed as exc:
                failures += 1
                if exc.permanent or failures >= MAX_ATTEMPTS:
                    raise
                await asyncio.sleep(min(8.0, 0.25 * 2 ** failures))

    async def deliver(self, address: Address, events: AsyncIterator[ReplyEvent]) -> None:
        await ReplyStream(self, address).run(events)

    async def deliver_text(self, address: Address, markdown: str, refs: list[Any],
                           outbox_id: int | None = None,
                           shown: list[str] | None = None) -> list[Any]:
        """Make the messages in ``refs`` (and new ones) show ``markdown``; record progress."""
        chat = address.conversation
        chunks = self.chunks(markdown)
        refs = list(refs)
        for i, chunk in enumerate(chunks):
            if shown is not None and i < len(shown) and shown[i] == chunk.display:
                pass
            elif i < len(refs):
                await self.call(chat, partial(self.client.edit_text, address, refs[i], chunk))
            else:
                refs.append(await self.call(chat, partial(self.client.send_text, address,
                                                          chunk)))
            if outbox_id is not None and self.store is not None:
                await self.store.outbox_progress(outbox_id, i + 1, refs)
        for extra in refs[len(chunks):]:
            with contextlib.suppress(DeliveryFailed):
                await self.call(chat, partial(self.client.delete, address, extra))
        if outbox_id is not None and self.store is not None:
            await self.store.outbox_progress(outbox_id, len(chunks), refs[: len(chunks)],
                                             done=True)
        return refs[: len(chunks)]

    async def flush_outbox(self, reply_age_s: float = 0.0) -> int:
        """Deliver what a crash or an outage left pending (replies and notices). Replies
        younger than ``reply_age_s`` are left to the live stream delivering them."""
        if self.store is None:
            return 0
        delivered = 0
        young = time.time() - reply_age_s
        for item in await self.store.outbox_pending(self.platform, self.bot_account):
            if item.id in self.in_flight or (item.kind == "reply" and item.created_at > young):
                continue
            self.in_flight.add(item.id)
            try:
                await self.deliver_text(item.address, item.text, item.refs, item.id)
                delivered += 1
            except DeliveryFailed as exc:
                log.warning("outbox.failed id=%s permanent=%s", item.id, exc.permanent)
                if exc.permanent:
                    await self.store.outbox_progress(item.id, item.parts_done, item.refs,
                                                     done=True)
            finally:
                self.in_flight.discard(item.id)
        return delivered

    async def pump(self, wake: asyncio.Event, interval_s: float = 5.0) -> None:
        """Forever: flush the outbox when woken (a notice) or every ``interval_s``."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), timeout=interval_s)
            wake.clear()
            try:
                await self.flush_outbox(reply_age_s=LIVE_REPLY_S)
            except Exception:  # keep pumping whatever one item did
                log.exception("outbox.pump_error")


class ReplyStream:
    """One reply: typing, streamed edits at the paced cadence, attachments, the final."""

    def __init__(self, delivery: Delivery, address: Address) -> None:
        self.d = delivery
        self.address = address
        self.chat = address.conversation
        self.group = not address.is_private
        self.text = ""
        self.status = ""
        self.refs: list[MessageRef] = []
        self.shown: list[str] = []
        self.dirty = asyncio.Event()
        self.visible = asyncio.Event()
        self.closing = False
        self.extra = ""

    async def run(self, events: AsyncIterator[ReplyEvent]) -> None:
        typing = asyncio.create_task(self._typing())
        frames = asyncio.create_task(self._frames()) if self.d.caps.can_edit else None
        self.d.pacer.active_streams += 1
        final: Final | None = None
        note = ""
        try:
            async for ev in events:
                if isinstance(ev, TextDelta):
                    self.text += ev.text
                    self.dirty.set()
                elif isinstance(ev, Progress):
                    self.status = ev.text
                    self.dirty.set()
                elif isinstance(ev, Attachment):
                    await self._attachment(ev)
                elif isinstance(ev, PrivateReply):
                    if not await self._private(ev):
                        note = NO_PRIVATE
                elif isinstance(ev, Final):
                    final = ev
                    if ev.outbox_id is not None:  # this stream delivers it, not the pump
                        self.d.in_flight.add(ev.outbox_id)
        finally:
            self.closing = True
            self.dirty.set()
            if frames is not None:
                await asyncio.gather(frames, return_exceptions=True)
            typing.cancel()
            self.d.pacer.active_streams -= 1
        if final is not None:
            if note:  # the pointer would claim a private message that never arrived
                final = Final(NO_PRIVATE.strip(), final.ok, final.outbox_id)
                note = ""
            await self._finish(final, self.extra + note)

    async def _finish(self, final: Final, note: str) -> None:
        if final.outbox_id is not None:
            self.d.in_flight.add(final.outbox_id)
        try:
            chunks = self.d.chunks(final.text + note)
            changed = any(i >= len(self.shown) or self.shown[i] != c.display
                          for i, c in enumerate(chunks)) or len(chunks) != len(self.refs)
            if changed and self.refs:
                await asyncio.sleep(max(0.0, self.d.pacer.next_edit_at(self.chat, self.group)
                                        - self.d.pacer.now()))
            await self.d.deliver_text(self.address, final.text + note, self.refs,
                                      final.outbox_id, shown=self.shown)
            self.d.pacer.edited(self.chat)
        finally:
            if final.outbox_id is not None:
                self.d.in_flight.discard(final.outbox_id)

    def _frame_text(self) -> str:
        if self.text:
            return self.text
        return f"_{self.status}_" if self.status else ""

    async def _frames(self) -> None:
        while True:
            await self.dirty.wait()
            if self.closing:
                return
            if self.refs:
                due = self.d.pacer.next_edit_at(self.chat, self.group)
                while not self.closing and (left := due - self.d.pacer.now()) > 0:
                    await asyncio.sleep(min(left, 0.05))
                if self.closing:
                    return
            self.dirty.clear()
            try:
                await self._show(self._frame_text())
            except RateLimited as exc:
                self.d.pacer.block(self.chat, exc.retry_after, exc.scope)
                self.dirty.set()
            except DeliveryFailed as exc:
                log.warning("stream.frame_failed permanent=%s", exc.permanent)

    async def _show(self, markdown: str) -> None:
        """One intermediate frame (skipped while a retry-after applies)."""
        if not markdown.strip() or self.d.pacer.blocked_until(self.chat) > self.d.pacer.now():
            if markdown.strip():
                self.dirty.set()
                await self.d.pacer.wait_clear(self.chat)
            return
        for i, chunk in enumerate(self.d.chunks(markdown)):
            if i < len(self.shown) and self.shown[i] == chunk.display:
                continue
            if i < len(self.refs):
                await self.d.client.edit_text(self.address, self.refs[i], chunk)
                self.shown[i] = chunk.display
            else:
                self.refs.append(await self.d.client.send_text(self.address, chunk))
                self.shown.append(chunk.display)
            self.visible.set()
        self.d.pacer.edited(self.chat)

    async def _typing(self) -> None:
        while not self.visible.is_set():
            if self.d.pacer.blocked_until(self.chat) <= self.d.pacer.now():
                try:
                    await self.d.client.typing(self.address)
                except RateLimited as exc:
                    self.d.pacer.block(self.chat, exc.retry_after, exc.scope)
                except DeliveryFailed:
                    pass
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.visible.wait(), self.d.caps.typing_interval_s)

    async def _attachment(self, attachment: Attachment) -> None:
        ref = await self.d.call(self.chat, lambda: self.d.client.send_file(self.address,
                                                                           attachment))
        if ref is None:
            link = (f" Preview: {attachment.preview_url}" if attachment.preview_url
                    else "")
            self.extra += f"\n\n_{attachment.filename} is too large to attach here._{link}"

    async def _private(self, reply: PrivateReply) -> bool:
        chunks = self.d.chunks(reply.text)
        try:
            return await self.d.call(self.chat, lambda: self.d.client.send_private(
                self.address, chunks, reply.attachments))
        except DeliveryFailed:
            return False
