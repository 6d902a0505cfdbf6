"""A minimal single-thread SQLite runner with the store's ``run(fn)`` contract.

The spine's store provides the same interface; this one serves tests, the benchmark and
any process that holds only the memory tables.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, TypeVar

T = TypeVar("T")


class Database(Protocol):
    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


class ThreadDatabase:
    """All statements on one worker thread; each ``run`` is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="memory-db")
        self._conn = self._pool.submit(self._open).result()

    def _open(self) -> sqlite3.Connection:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Blocking form of :meth:`run` (for set-up code outside the event loop)."""
        return self._pool.submit(self._transaction, fn).result()

    def _transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(self._conn)
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")
        return result

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._transaction, fn)

    def close(self) -> None:
        self._pool.submit(self._conn.close).result()
        self._pool.shutdown(wait=True)
