"""From a Telegram update to the dispatcher: persist first, merge albums, keep order.

``accept(update)`` returns only once the update is in the store, so the caller may then
confirm it to Telegram (the next ``getUpdates`` offset, or the webhook's 200). What
happens after — downloading images, waiting for the rest of an album, handing over to the
dispatcher — runs in tasks chained per conversation, so a chat's messages reach the
engine in arrival order while other chats never wait. A chat's next turn starts once the
previous reply is delivered (so a retry-after cannot swap two replies); commands that act
at once, such as /stop, never wait. A batch of updates is persisted in one go.

Albums: the first update of a media group is persisted as the message (under its own
update id); later parts are recorded under theirs in the state ``merged``, which the
engine never answers. When no part has arrived for ``window_s`` the merged message (all
captions and images) is handed over under the first update's id. A crash in between
answers the first part on restart; a redelivered part is recognised and answered never.

Backlog: a message older than ``max_backlog_age_s`` is answered with a note that Muse was
away instead of a model answer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from telegram import Bot, Update

from bots.dispatch import Dispatcher
from bots.telegram_client import fetch_media
from bots.telegram_convert import BotInfo, to_inbound
from core.app import App
from core.messages import (
    ConversationKey,
    FilePart,
    Final,
    ImagePart,
    IncomingMessage,
    MentionPart,
    ReplyEvent,
    ReplyRef,
    TextPart,
)

log = logging.getLogger("muse.telegram")
MERGED = "merged"
SKIP, MESSAGE, FIRST, EXTRA = "skip", "message", "first", "extra"
AWAY_NOTE = ("I was away when you sent this ({age} ago), so I haven't answered it. "
             "If you still need me, please send it again.")


@dataclass(eq=False)
class Album:
    first: IncomingMessage
    extras: list[IncomingMessage] = field(default_factory=list)
    last_at: float = field(default_factory=time.monotonic)
    done: asyncio.Event = field(default_factory=asyncio.Event)

    def merged(self) -> IncomingMessage:
        messages = [self.first, *self.extras]
        texts = [p for m in messages for p in m.parts if isinstance(p, TextPart)]
        media = [p for m in messages for p in m.parts if isinstance(p, ImagePart | FilePart)]
        refs = [p for p in self.first.parts if isinstance(p, MentionPart | ReplyRef)]
        return replace(self.first, parts=(*texts, *media, *refs))


def _age(seconds: float) -> str:
    for size, one, many in ((86400, "a day", "days"), (3600, "an hour", "hours"),
                            (60, "a minute", "minutes")):
        if seconds >= size:
            return one if seconds < 2 * size else f"{int(seconds // size)} {many}"
    return "a moment"


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do with one update of a batch, decided before it is persisted."""

    kind: str
    msg: IncomingMessage | None = None
    key: str | None = None
    album: Album | None = None
    download: bool = False


class Intake:
    def __init__(self, app: App, dispatcher: Dispatcher, bot: Bot, info: BotInfo,
                 window_s: float = 0.6) -> None:
        self.app = app
        self.dispatcher = dispatcher
        self.bot = bot
        self.info = info
        self.window_s = window_s
        self.max_age_s = app.settings.telegram.max_backlog_age_s
        self._albums: dict[str, Album] = {}
        self._chains: dict[ConversationKey, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._opening: set[str] = set()

    # --- persist first ---------------------------------------------------------------------

    async def accept(self, update: Update) -> None:
        """Persist one update; returns when it may be confirmed to Telegram."""
        if await self.accept_batch([update]) < 1:
            raise RuntimeError("the update could not be persisted")

    async def accept_batch(self, updates: Sequence[Update]) -> int:
        """Persist a batch (in one go on the store's queue), then hand over in order.
        Returns how many leading updates are persisted and may be confirmed."""
        plans = [self._plan(u) for u in updates]
        results = await asyncio.gather(*(self._persist(p) for p in plans),
                                       return_exceptions=True)
        done = 0
        for plan, result in zip(plans, results, strict=True):
            if isinstance(result, BaseException):
                log.error("telegram.persist_failed error=%s", type(result).__name__)
                break
            self._apply(plan, result)
            done += 1
        for plan in plans[done:]:
            if plan.kind == FIRST and plan.key is not None:
                self._opening.discard(plan.key)
        return done

    def _plan(self, update: Update) -> Plan:
        inbound = to_inbound(update, self.info)
        if inbound is None:
            return Plan(SKIP)
        msg, key = inbound.message, inbound.album
        if key is not None and (album := self._albums.get(key)) is not None:
            album.last_at = time.monotonic()  # stays open while this part is persisted
            return Plan(EXTRA, msg, key, album)
        if key is not None and key in self._opening:
            return Plan(EXTRA, msg, key)
        if key is not None and msg.addressed:
            self._opening.add(key)
            return Plan(FIRST, msg, key)
        return Plan(MESSAGE, msg, download=inbound.needs_download)

    async def _persist(self, plan: Plan) -> bool:
        if plan.msg is None:
            return False
        if plan.kind == EXTRA:
            return (await self.app.store.receive(plan.msg, state=MERGED)).is_new
        return await self.app.engine.receive(plan.msg)

    def _apply(self, plan: Plan, is_new: bool) -> None:
        msg = plan.msg
        if msg is None or plan.kind == SKIP:
            return
        if plan.kind == FIRST and plan.key is not None:
            self._opening.discard(plan.key)
            if is_new:
                self._open_album(plan.key, msg)
            return
        if plan.kind == EXTRA:
            album = plan.album or self._albums.get(plan.key or "")
            if album is not None and is_new and not album.done.is_set():
                album.extras.append(msg)
                album.last_at = time.monotonic()
            return
        if not is_new or not msg.addressed:
            return  # a redelivery, or a group message not meant for Muse (kept as seen)
        if plan.download:
            self._chain(msg.address.conversation, self._fetched(msg))
        else:
            self._hand_over_in_order(msg)

    def _open_album(self, key: str, msg: IncomingMessage) -> None:
        album = self._albums[key] = Album(msg)
        self._spawn(self._close_album(key, album))
        self._chain(msg.address.conversation, self._merged(album))

    async def _close_album(self, key: str, album: Album) -> None:
        while (left := album.last_at + self.window_s - time.monotonic()) > 0:
            try:
                await asyncio.wait_for(album.done.wait(), timeout=left)
            except TimeoutError:
                continue
            break
        album.done.set()
        if self._albums.get(key) is album:
            del self._albums[key]

    # --- in order, per conversation ---------------------------------------------------------

    async def _fetched(self, msg: IncomingMessage) -> IncomingMessage:
        return await fetch_media(self.bot, msg)

    async def _merged(self, album: Album) -> IncomingMessage:
        await album.done.wait()
        return await fetch_media(self.bot, album.merged())

    def _hand_over_in_order(self, msg: IncomingMessage) -> None:
        key = msg.address.conversation
        if key in self._chains:
            self._chain(key, _ready(msg))
        else:
            self.hand_over(msg)

    def _chain(self, key: ConversationKey, prepared: Awaitable[IncomingMessage]) -> None:
        previous = self._chains.get(key)
        task = asyncio.create_task(self._after(previous, prepared))
        self._chains[key] = task
        task.add_done_callback(lambda t: self._unchain(key, t))

    def _unchain(self, key: ConversationKey, task: asyncio.Task[None]) -> None:
        if self._chains.get(key) is task:
            del self._chains[key]

    async def _after(self, previous: asyncio.Task[None] | None,
                     prepared: Awaitable[IncomingMessage]) -> None:
        try:
            msg = await prepared
            if previous is not None:
                await asyncio.wait([previous])
            self.hand_over(msg)
        except Exception:
            log.exception("telegram.intake_failed")

    def hand_over(self, msg: IncomingMessage) -> None:
        """A persisted message to the dispatcher (or, when it is too old, the away note)."""
        age = (datetime.now(UTC) - msg.timestamp).total_seconds()
        if age > self.max_age_s:
            self._spawn(self._answer_stale(msg, age))
            return
        # The dispatcher keeps each chat's replies in order (and lets /stop through).
        self.dispatcher.submit(msg)

    @property
    def busy(self) -> bool:
        return bool(self._chains or self._tasks or self.dispatcher.tasks)

    # --- the backlog ----------------------------------------------------------------------

    async def _answer_stale(self, msg: IncomingMessage, age: float) -> None:
        store = self.app.store
        received = await store.receive(msg, claim_for=self.app.engine.owner)
        if not received.claimed:
            return
        note = AWAY_NOTE.format(age=_age(age))
        outbox = await store.finish(received, msg.address, msg.text, note, record=False)
        await self.dispatcher.delivery.deliver(msg.address, _one(Final(note, outbox_id=outbox)))

    # --- lifecycle ------------------------------------------------------------------------

    def _spawn(self, work: Awaitable[None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self, grace_s: float = 10.0) -> None:
        """Hand over what is waiting (albums close now) and wait for it."""
        for album in list(self._albums.values()):
            album.done.set()
        pending = [*self._chains.values(), *self._tasks, *self.dispatcher.tasks]
        if pending:
            await asyncio.wait(pending, timeout=grace_s)


async def _ready(msg: IncomingMessage) -> IncomingMessage:
    return msg


async def _one(event: ReplyEvent) -> AsyncIterator[ReplyEvent]:
    yield event

