"""The channels Muse is active in, the threads it follows, and the last message it saw in
each — what a back-fill after a fresh IDENTIFY (no replay) reads history from.

Kept in memory and written to the ``discord_channels`` table at most once a second (and
on close): a crash may forget the last second, which only means re-reading a little more
history; the core's dedupe answers nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from dataclasses import dataclass, replace

from core.store import Database, register_migration

FLUSH_EVERY_S = 1.0
log = logging.getLogger("muse.discord")
UPSERT = ("INSERT INTO discord_channels (bot_account, channel_id, last_seen, follow) "
          "VALUES (?,?,?,?) ON CONFLICT (bot_account, channel_id) DO UPDATE SET "
          "last_seen=MAX(last_seen, excluded.last_seen), follow=MAX(follow, excluded.follow)")


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS discord_channels (bot_account TEXT NOT NULL, "
        "channel_id TEXT NOT NULL, last_seen INTEGER NOT NULL DEFAULT 0, "
        "follow INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (bot_account, channel_id))")


register_migration("discord_channels", migrate)


@dataclass(frozen=True, slots=True)
class ChannelMark:
    channel_id: int
    last_seen: int = 0
    follow: bool = False


class ChannelBook:
    def __init__(self, db: Database, bot_account: str) -> None:
        self.db = db
        self.bot_account = bot_account
        self.marks: dict[int, ChannelMark] = {}
        self._dirty: set[int] = set()
        self._flusher: asyncio.Task[None] | None = None

    async def load(self) -> None:
        await self.db.run(migrate)
        rows = await self.db.run(lambda c: c.execute(
            "SELECT channel_id, last_seen, follow FROM discord_channels WHERE bot_account=?",
            (self.bot_account,)).fetchall())
        self.marks = {int(r[0]): ChannelMark(int(r[0]), int(r[1]), bool(r[2])) for r in rows}
        self._flusher = asyncio.create_task(self._flush_forever())

    def is_active(self, channel_id: int) -> bool:
        return channel_id in self.marks

    def follows(self, channel_id: int) -> bool:
        mark = self.marks.get(channel_id)
        return mark is not None and mark.follow

    def activate(self, channel_id: int, follow: bool = False) -> None:
        mark = self.marks.get(channel_id, ChannelMark(channel_id))
        if follow and not mark.follow:
            mark = replace(mark, follow=True)
        self._set(mark)

    def saw(self, channel_id: int, message_id: int) -> None:
        mark = self.marks.get(channel_id)
        if mark is not None and message_id > mark.last_seen:
            self._set(replace(mark, last_seen=message_id))

    def _set(self, mark: ChannelMark) -> None:
        if self.marks.get(mark.channel_id) != mark:
            self.marks[mark.channel_id] = mark
            self._dirty.add(mark.channel_id)

    async def flush(self) -> None:
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, set()
        rows = [(self.bot_account, str(m.channel_id), m.last_seen, int(m.follow))
                for m in (self.marks[c] for c in dirty)]
        try:
            await self.db.run(lambda c: c.executemany(UPSERT, rows))
        except BaseException:
            self._dirty |= dirty
            raise

    async def _flush_forever(self) -> None:
        while True:
            await asyncio.sleep(FLUSH_EVERY_S)
            try:
                await self.flush()
            except sqlite3.Error as exc:  # keep the marks; the next flush writes them
                log.warning("discord.channels_flush_failed error=%s", type(exc).__name__)

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        await self.flush()
