"""Memory tables (all prefixed ``memory_``), their migration and the person-merge step.

Every row carries its ``person_id``. In the FTS table every indexed word is fused with its
owner's token (``p<id>x<word>``), so a MATCH can only ever name one person's words: keyword
search is scoped to one person by the query itself, and a common word costs only that
person's postings. The FTS table indexes current facts only (superseded ones leave it).
``context`` is 0 for what was learned in a private chat, otherwise the conversation id of
the group or channel it was said in.
"""

from __future__ import annotations

import re
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS memory_facts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    slot TEXT NOT NULL,
    value TEXT NOT NULL,
    statement TEXT NOT NULL,
    platform TEXT NOT NULL,
    source_event TEXT NOT NULL,
    context INTEGER NOT NULL DEFAULT 0,
    learned_at REAL NOT NULL,
    valid_to REAL,
    superseded_by INTEGER,
    linked_from INTEGER,
    vec BLOB
);
CREATE INDEX IF NOT EXISTS memory_facts_person ON memory_facts(person_id, valid_to);
CREATE INDEX IF NOT EXISTS memory_facts_slot ON memory_facts(person_id, slot);
CREATE VIRTUAL TABLE IF NOT EXISTS memory_fts USING fts5(owner, body, tokenize='unicode61');
CREATE TABLE IF NOT EXISTS memory_interests (
    person_id INTEGER NOT NULL,
    context INTEGER NOT NULL,
    topic TEXT NOT NULL,
    weight REAL NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (person_id, context, topic)
);
CREATE TABLE IF NOT EXISTS memory_settings (
    person_id INTEGER PRIMARY KEY,
    privacy_off INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS memory_pending (
    person_id INTEGER PRIMARY KEY,
    fact_ids TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS memory_link_codes (
    code TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL,
    platform TEXT NOT NULL,
    workspace TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at REAL NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    other_platform TEXT,
    other_workspace TEXT,
    other_user_id TEXT,
    other_name TEXT,
    redeemed_at REAL
);
CREATE TABLE IF NOT EXISTS memory_link_attempts (
    platform TEXT NOT NULL,
    workspace TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS memory_link_attempts_who
    ON memory_link_attempts(platform, workspace, user_id, at);
"""

WORD = re.compile(r"[^\W_]+", re.UNICODE)


PERSON_TABLES = ("memory_interests", "memory_settings", "memory_pending")


def migrate(conn: sqlite3.Connection) -> None:
    """Create the memory tables (idempotent) and turn on secure deletion."""
    conn.execute("PRAGMA secure_delete=ON")
    for statement in SCHEMA.split(";"):  # not executescript: it would commit the caller's
        if statement.strip():
            conn.execute(statement)


def owner_token(person_id: int) -> str:
    return f"p{person_id}"


def scoped_body(person_id: int, text: str) -> str:
    """``text`` as indexed: each word fused with the owner's token (``p7xlisbon``)."""
    token = owner_token(person_id)
    return " ".join(f"{token}x{w}" for w in WORD.findall(text.lower()))


def scoped_terms(person_id: int, words: list[str]) -> list[str]:
    token = owner_token(person_id)
    return [f'"{token}x{w}"' for w in words]


def merge_memory(conn: sqlite3.Connection, source: int, target: int) -> int:
    """Move every memory row of person ``source`` to ``target``; returns facts moved.

    Facts keep their provenance (``linked_from`` records the person they came from).
    Interests add up; the target's settings win.
    """
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM memory_facts WHERE person_id=?", (source,))]
    conn.execute(
        "UPDATE memory_facts SET person_id=?, linked_from=COALESCE(linked_from, ?) "
        "WHERE person_id=?", (target, source, source))
    for fact_id in ids:
        conn.execute("DELETE FROM memory_fts WHERE rowid=?", (fact_id,))
    current = conn.execute(
        "SELECT id, kind, statement FROM memory_facts WHERE person_id=? AND linked_from=? "
        "AND valid_to IS NULL", (target, source)).fetchall()
    conn.executemany("INSERT INTO memory_fts(rowid, owner, body) VALUES (?,?,?)", [
        (fid, owner_token(target), scoped_body(target, f"{kind} {statement}"))
        for fid, kind, statement in current])
    conn.execute(
        "INSERT INTO memory_interests(person_id, context, topic, weight, updated_at) "
        "SELECT ?, context, topic, weight, updated_at FROM memory_interests WHERE person_id=? "
        "ON CONFLICT(person_id, context, topic) DO UPDATE SET "
        "weight = weight + excluded.weight, updated_at = MAX(updated_at, excluded.updated_at)",
        (target, source))
    for table in PERSON_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE person_id=?", (source,))
    return len(ids)
