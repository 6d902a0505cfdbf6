from __future__ import annotations

import json
from pathlib import Path

from core.memory import Memory, ThreadDatabase
from tests.memory.fakes import Harness, add_person

SECRET = "Quetzalcoatlville"


def _raw(db: ThreadDatabase) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(db.path) + suffix)
        if path.exists():
            found += path.read_bytes()
    return found.lower()


def _store_history(db: ThreadDatabase, person_id: int, text: str) -> None:
    db.call(lambda c: c.execute(
        "INSERT INTO messages(conversation_id, person_id, role, text) VALUES (1, ?, 'user', ?)",
        (person_id, text)))


async def test_forgotten_string_is_gone_from_every_file(harness: Harness, db: ThreadDatabase,
                                                        memory: Memory) -> None:
    ana = db.call(lambda c: add_person(c, "telegram", "1", "Ana"))
    other = db.call(lambda c: add_person(c, "telegram", "2", "Bo"))
    for who, text in ((ana, f"I live in {SECRET}."), (ana, "I moved to Porto."),
                      (other, "I live in Lisbon.")):
        _store_history(db, who.key.person_id, text)
        await harness.say(who, text)
    assert SECRET.lower().encode() in _raw(db)
    ask = await harness.say(ana, f"/forget {SECRET}")
    assert "/forget confirm" in ask
    assert "Forgotten" in await harness.say(ana, "/forget confirm")
    raw = _raw(db)
    assert SECRET.lower().encode() not in raw
    assert b"lisbon" in raw  # someone else's memory is untouched
    texts = db.call(lambda c: [r[0] for r in c.execute("SELECT text FROM messages")])
    assert "[forgotten]" in texts and f"I live in {SECRET}." not in texts
    assert [f.value for f in await memory.all_facts(ana.key)] == ["Porto"]


async def test_forget_all_and_export(harness: Harness, db: ThreadDatabase,
                                     memory: Memory) -> None:
    cy = db.call(lambda c: add_person(c, "slack", "U1", "Cy"))
    await harness.say(cy, "My name is Cyrus. I love sailing.")
    _store_history(db, cy.key.person_id, "My name is Cyrus.")
    await harness.say(cy, "/export")
    doc = json.loads(harness.last_attachments[0].data)
    assert {f["value"] for f in doc["facts"]} == {"Cyrus", "sailing"}
    assert doc["facts"][0]["platform"] == "slack" and doc["identities"][0]["user_id"] == "U1"
    assert "Forgotten" in await harness.say(cy, "/forget 1")
    assert "Done" in await harness.say(cy, "/forget all")
    assert await memory.all_facts(cy.key) == []
    assert b"cyrus" not in _raw(db) and b"sailing" not in _raw(db)
    assert "don't know anything" in await harness.say(cy, "/memory")


async def test_controls_refuse_in_groups(harness: Harness, db: ThreadDatabase) -> None:
    from core.messages import ChatKind

    di = db.call(lambda c: add_person(c, "discord", "d", "Di"))
    await harness.say(di, "I live in Tallinn.")
    for command in ("/memory", "/export", "/forget all", "/privacy off", "/unlink"):
        reply = await harness.say(di, command, ChatKind.GROUP, "g", conversation_id=3)
        assert "private chat" in reply and "Tallinn" not in reply
    assert "Tallinn" in await harness.say(di, "/memory")


async def test_forget_all_runs_hooks_for_media(db: ThreadDatabase, tmp_path: Path) -> None:
    from tests.memory.fakes import HashEmbedder

    media = tmp_path / "media" / "person-1"
    media.mkdir(parents=True)
    (media / "caption.txt").write_text(f"photo taken in {SECRET}")

    async def drop_media(person: object) -> None:
        for path in media.iterdir():
            path.unlink()

    memory = Memory(db, HashEmbedder(), forget_hooks=[drop_media])
    ana = db.call(lambda c: add_person(c, "telegram", "1", "Ana"))
    await memory.learn(ana.key, f"I live in {SECRET}.", platform="telegram",
                       source_event="e", context=0)
    assert await memory.forget_all(ana.key) == 1
    everything = _raw(db) + b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()
                                     and p.suffix != ".db" and "muse.db" not in p.name)
    assert SECRET.lower().encode() not in everything.lower()
