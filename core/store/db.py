"""SQLite behind one thread: every statement runs on the database's own worker thread.

``await db.run(fn)`` executes ``fn(conn)`` there and commits; the event loop never waits
on disk. Data files are private to their owner (directories 0700, files 0600). Schema
changes are numbered migrations; features add theirs with :func:`register_migration`.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
Migration = Callable[[sqlite3.Connection], None]

_FEATURE_MIGRATIONS: dict[str, Migration] = {}


def register_migration(feature: str, migrate: Migration) -> None:
    """A feature's idempotent ``migrate(conn)``; it runs at every start, after the core's."""
    _FEATURE_MIGRATIONS[feature] = migrate


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> None:
    if path.exists():
        os.chmod(path, 0o600)


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="muse-db")
        self._conn: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None
        self._checkpointer: _Checkpointer | None = None

    # --- lifecycle ---------------------------------------------------------------------

    async def open(self, migrations: list[Migration]) -> None:
        await self._call(self._open, migrations)

    def _open(self, migrations: list[Migration]) -> None:
        if str(self.path) != ":memory:":
            private_dir(self.path.parent)
        old_umask = os.umask(0o077)
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        finally:
            os.umask(old_umask)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA busy_timeout=30000")
        # Checkpoints run beside the writer (see _Checkpointer), never inside a commit.
        conn.execute("PRAGMA wal_autocheckpoint=0")
        self._conn = conn
        self._thread = threading.current_thread()
        self._migrate(conn, migrations)
        for suffix in ("", "-wal", "-shm"):
            private_file(Path(str(self.path) + suffix))
        if str(self.path) != ":memory:":
            self._checkpointer = _Checkpointer(self.path)

    @staticmethod
    def _migrate(conn: sqlite3.Connection, migrations: list[Migration]) -> None:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for number, migrate in enumerate(migrations, start=1):
            if number <= version:
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                migrate(conn)
                conn.execute(f"PRAGMA user_version={number}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        for migrate in _FEATURE_MIGRATIONS.values():
            migrate(conn)

    async def close(self) -> None:
        if self._conn is not None:
            await self._call(self._close)
        self._executor.shutdown(wait=True)

    def _close(self) -> None:
        assert self._conn is not None
        if self._checkpointer is not None:
            self._checkpointer.stop()
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()
        self._conn = None

    # --- work --------------------------------------------------------------------------

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one transaction on the database thread."""
        return await self._call(self._transaction, fn)

    def _transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        conn = self.connection
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(conn)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return result

    async def _call(self, fn: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args))

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection (only valid on the database thread)."""
        if self._conn is None:
            raise RuntimeError("the database is not open")
        return self._conn

    async def backup(self, target: Path) -> None:
        """A consistent copy of the database file (SQLite's online backup)."""
        def copy(conn: sqlite3.Connection) -> None:
            private_dir(target.parent)
            dest = sqlite3.connect(str(target))
            try:
                conn.backup(dest)
            finally:
                dest.close()
            private_file(target)

        await self._call(lambda: copy(self.connection))


class _Checkpointer:
    """Copies the WAL back into the database from its own connection, once a second, in
    PASSIVE mode: commits on the writer thread never pause for a checkpoint."""

    INTERVAL_S = 1.0

    def __init__(self, path: Path) -> None:
        self._path = path
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="muse-db-checkpoint",
                                        daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        conn = sqlite3.connect(str(self._path), timeout=1)
        try:
            while not self._stop.wait(self.INTERVAL_S):
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.OperationalError:
                    continue  # busy: the next tick will do it
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
