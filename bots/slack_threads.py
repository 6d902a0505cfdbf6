"""The channel threads Muse takes part in (follow-ups there are for Muse), persisted.

A small table of the Slack face's own, created by a feature migration; the set is held
in memory for the ack path and written through on every new thread.
"""

from __future__ import annotations

import sqlite3
import time

from core.store import Database, register_migration

FEATURE = "slack_threads"
KEEP_S = 90 * 24 * 3600


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS slack_threads (workspace TEXT NOT NULL, "
        "bot_account TEXT NOT NULL, channel TEXT NOT NULL, thread_ts TEXT NOT NULL, "
        "joined_at REAL NOT NULL, PRIMARY KEY (workspace, bot_account, channel, thread_ts))")


register_migration(FEATURE, migrate)


class ThreadBook:
    def __init__(self, db: Database, workspace: str, bot_account: str) -> None:
        self.db = db
        self.workspace = workspace
        self.bot_account = bot_account
        self._threads: set[tuple[str, str]] = set()

    async def load(self) -> None:
        def op(conn: sqlite3.Connection) -> list[tuple[str, str]]:
            migrate(conn)
            rows = conn.execute(
                "SELECT channel, thread_ts FROM slack_threads WHERE workspace=? AND "
                "bot_account=? AND joined_at>?",
                (self.workspace, self.bot_account, time.time() - KEEP_S)).fetchall()
            return [(str(r[0]), str(r[1])) for r in rows]

        self._threads = set(await self.db.run(op))

    def __contains__(self, thread: tuple[str, str]) -> bool:
        return thread in self._threads

    def follows(self, channel: str, thread_ts: str) -> bool:
        return (channel, thread_ts) in self._threads

    async def join(self, channel: str, thread_ts: str) -> None:
        if (channel, thread_ts) in self._threads:
            return
        self._threads.add((channel, thread_ts))
        await self.db.run(lambda c: c.execute(
            "INSERT OR IGNORE INTO slack_threads VALUES (?,?,?,?,?)",
            (self.workspace, self.bot_account, channel, thread_ts, time.time())))
