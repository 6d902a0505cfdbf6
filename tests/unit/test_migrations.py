"""Schema versioning: migrations run at start and upgrading keeps data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.store import MIGRATIONS, Database
from tests.helpers import final_text, make_app, message


async def test_upgrade_keeps_data(data_dir: Path) -> None:
    app = await make_app(data_dir)
    await final_text(app, message("keep me"))
    await app.close()

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE people ADD COLUMN locale TEXT NOT NULL DEFAULT ''")

    db = Database(data_dir / "muse.db")
    await db.open([*MIGRATIONS, v2])
    try:
        version = await db.run(lambda c: c.execute("PRAGMA user_version").fetchone()[0])
        assert version == len(MIGRATIONS) + 1
        rows = await db.run(lambda c: c.execute("SELECT text FROM messages").fetchall())
        assert [r[0] for r in rows] == ["keep me", "You said: keep me"]
        locale = await db.run(lambda c: c.execute("SELECT locale FROM people").fetchone())
        assert locale[0] == ""
    finally:
        await db.close()
    db = Database(data_dir / "muse.db")
    await db.open([*MIGRATIONS, v2])  # idempotent: nothing runs twice
    await db.close()
