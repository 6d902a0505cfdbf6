"""Memory on the spine's own Database (its transaction handling and its tables)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.memory import Memory, migrate
from core.messages import PersonKey
from tests.memory.fakes import HashEmbedder

store_db = pytest.importorskip("core.store.db")


def _spine(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, created_at REAL NOT NULL, "
                 "private_mode INTEGER NOT NULL DEFAULT 0)")
    conn.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER, "
                 "person_id INTEGER REFERENCES people(id), role TEXT, text TEXT NOT NULL)")
    conn.execute("INSERT INTO people(id, created_at) VALUES (1, 0)")


async def test_learn_forget_and_privacy_on_the_spine_database(tmp_path: Path) -> None:
    db = store_db.Database(tmp_path / "spine.db")
    await db.open([_spine, migrate])
    try:
        memory = Memory(db, HashEmbedder())
        me = PersonKey(1)
        await memory.learn(me, "I live in Vladivostok.", platform="web", source_event="e",
                           context=0)
        assert [f.value for f in await memory.facts(me, None)] == ["Vladivostok"]
        ids = [f.id for f in await memory.all_facts(me)]
        assert len(await memory.forget(me, ids)) == 1
        await memory.set_privacy_off(me, True)
        flag = await db.run(lambda c: c.execute("SELECT private_mode FROM people").fetchone())
        assert flag[0] == 1 and await memory.privacy_off(me)
    finally:
        await db.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"vladivostok" not in raw.lower()
