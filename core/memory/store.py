"""Synchronous storage functions for memory; each runs on the database thread.

Every statement names the person: ``WHERE person_id = ?`` for tables, the owner token in
every FTS MATCH. ``context`` None means "a private chat" (everything the person said
anywhere); an integer restricts to what was said in that group or channel.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass

import numpy as np
import numpy.typing as npt

from core.memory.facts import Candidate
from core.memory.schema import owner_token, scoped_body, scoped_terms

FIELDS = ("id, person_id, kind, slot, value, statement, platform, source_event, context, "
          "learned_at, valid_to, superseded_by, linked_from")
REDACTED = "[forgotten]"
WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)
STOP = frozenset(
    "the a an is are was were do does did what whats what's my me i you your to of in on at "
    "and or for with about when where who which how much many can could would should tell "
    "please remind it its it's be been have has had know now".split())


@dataclass(frozen=True, slots=True)
class Fact:
    id: int
    person_id: int
    kind: str
    slot: str
    value: str
    statement: str
    platform: str
    source_event: str
    context: int
    learned_at: float
    valid_to: float | None
    superseded_by: int | None
    linked_from: int | None

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True, slots=True)
class Provenance:
    platform: str
    source_event: str
    context: int
    learned_at: float


def _facts(rows: list[sqlite3.Row] | list[tuple[object, ...]]) -> list[Fact]:
    return [Fact(*row) for row in rows]


def quantize(vec: npt.NDArray[np.float32]) -> bytes:
    return bytes(np.clip(np.round(vec * 127.0), -127, 127).astype(np.int8).tobytes())


def insert_fact(conn: sqlite3.Connection, person_id: int, cand: Candidate,
                prov: Provenance, vec: bytes | None) -> int | None:
    """Store ``cand``; a current fact in the same slot is superseded. None if unchanged."""
    same = conn.execute(
        "SELECT id FROM memory_facts WHERE person_id=? AND slot=? AND valid_to IS NULL "
        "AND lower(value)=lower(?) AND context=?",
        (person_id, cand.slot, cand.value, prov.context)).fetchone()
    if same is not None:
        return None
    cur = conn.execute(
        "INSERT INTO memory_facts(person_id, kind, slot, value, statement, platform, "
        "source_event, context, learned_at, vec) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (person_id, cand.kind, cand.slot, cand.value, cand.statement, prov.platform,
         prov.source_event, prov.context, prov.learned_at, vec))
    new_id = int(cur.lastrowid or 0)
    old = [r[0] for r in conn.execute(
        "SELECT id FROM memory_facts WHERE person_id=? AND slot=? AND valid_to IS NULL "
        "AND id<>?", (person_id, cand.slot, new_id))]
    for old_id in old:
        conn.execute("UPDATE memory_facts SET valid_to=?, superseded_by=? WHERE id=?",
                     (prov.learned_at, new_id, old_id))
        conn.execute("DELETE FROM memory_fts WHERE rowid=?", (old_id,))
    conn.execute("INSERT INTO memory_fts(rowid, owner, body) VALUES (?,?,?)",
                 (new_id, owner_token(person_id),
                  scoped_body(person_id, f"{cand.kind} {cand.statement}")))
    return new_id


def current_facts(conn: sqlite3.Connection, person_id: int, context: int | None,
                  slot_prefix: str = "") -> list[Fact]:
    sql = (f"SELECT {FIELDS} FROM memory_facts WHERE person_id=? AND valid_to IS NULL "
           "AND slot LIKE ? ESCAPE '\\'")
    args: list[object] = [person_id, _like_prefix(slot_prefix)]
    if context is not None:
        sql += " AND context=?"
        args.append(context)
    return _facts(conn.execute(sql + " ORDER BY learned_at, id", args).fetchall())


def slot_ids(conn: sqlite3.Connection, person_id: int, slots: list[str],
             context: int | None) -> list[int]:
    """Current facts in ``slots`` (a slot ending in ":" is a prefix), newest first."""
    out: list[int] = []
    for slot in slots:
        found = current_facts(conn, person_id, context, slot)
        exact = slot.endswith(":")
        out += [f.id for f in reversed(found) if exact or f.slot == slot]
    return list(dict.fromkeys(out))


def family_names(conn: sqlite3.Connection, person_id: int,
                 context: int) -> list[tuple[str, str]]:
    """(relation, name) of the person's current family facts, oldest first, as visible
    where they are speaking (``context`` 0: a private chat sees all)."""
    facts = current_facts(conn, person_id, None if context == 0 else context, "family:")
    return [(f.slot.removeprefix("family:"), f.value) for f in facts]


def slot_history(conn: sqlite3.Connection, person_id: int, slot: str,
                 context: int | None) -> list[Fact]:
    sql = f"SELECT {FIELDS} FROM memory_facts WHERE person_id=? AND slot=?"
    args: list[object] = [person_id, slot]
    if context is not None:
        sql += " AND context=?"
        args.append(context)
    return _facts(conn.execute(sql + " ORDER BY learned_at, id", args).fetchall())


def all_facts(conn: sqlite3.Connection, person_id: int) -> list[Fact]:
    return _facts(conn.execute(
        f"SELECT {FIELDS} FROM memory_facts WHERE person_id=? ORDER BY learned_at, id",
        (person_id,)).fetchall())


def facts_by_ids(conn: sqlite3.Connection, person_id: int, ids: list[int]) -> list[Fact]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        # "+person_id": look rows up by primary key, then check the owner on each row.
        f"SELECT {FIELDS} FROM memory_facts WHERE id IN ({marks}) AND +person_id=?",
        [*ids, person_id]).fetchall()
    order = {fid: i for i, fid in enumerate(ids)}
    return sorted(_facts(rows), key=lambda f: order[f.id])


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fts_query(person_id: int, text: str) -> str | None:
    """A MATCH expression that requires the person's owner token."""
    words = [w.lower() for w in WORD.findall(text) if w.lower() not in STOP]
    if not words:
        return None
    return "body:(" + " OR ".join(scoped_terms(person_id, list(dict.fromkeys(words)))) + ")"


def fts_search(conn: sqlite3.Connection, person_id: int, text: str, context: int | None,
               limit: int) -> list[int]:
    """Current facts of one person matching ``text`` by keyword, best first."""
    match = fts_query(person_id, text)
    if match is None:
        return []
    if context is None:
        rows = conn.execute("SELECT rowid FROM memory_fts WHERE memory_fts MATCH ? "
                            "ORDER BY rank LIMIT ?", (match, limit))
    else:
        rows = conn.execute(
            "SELECT f.id FROM memory_fts JOIN memory_facts f ON f.id = memory_fts.rowid "
            "WHERE memory_fts MATCH ? AND f.person_id=? AND f.context=? "
            "ORDER BY memory_fts.rank LIMIT ?", (match, person_id, context, limit))
    return [int(r[0]) for r in rows]


@dataclass(frozen=True, slots=True)
class VectorSet:
    ids: npt.NDArray[np.int64]
    contexts: npt.NDArray[np.int64]
    matrix: npt.NDArray[np.float32]


def person_vectors(conn: sqlite3.Connection, person_id: int) -> VectorSet:
    rows = conn.execute(
        "SELECT id, context, vec FROM memory_facts WHERE person_id=? AND valid_to IS NULL "
        "AND vec IS NOT NULL", (person_id,)).fetchall()
    if not rows:
        return VectorSet(np.zeros(0, np.int64), np.zeros(0, np.int64),
                         np.zeros((0, 384), np.float32))
    ids = np.fromiter((r[0] for r in rows), np.int64, len(rows))
    ctx = np.fromiter((r[1] for r in rows), np.int64, len(rows))
    raw = np.frombuffer(b"".join(r[2] for r in rows), np.int8).reshape(len(rows), -1)
    return VectorSet(ids, ctx, raw.astype(np.float32) / np.float32(127.0))


def _redact(conn: sqlite3.Connection, person_id: int, values: list[str]) -> int:
    if not _has_table(conn, "messages"):
        return 0
    count = 0
    for value in {v for v in values if len(v) >= 2}:
        cur = conn.execute(
            "UPDATE messages SET text=? WHERE person_id=? AND text LIKE ? ESCAPE '\\'",
            (REDACTED, person_id, "%" + _like_prefix(value)))
        count += cur.rowcount
    return count


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                        (name,)).fetchone() is not None


def delete_facts(conn: sqlite3.Connection, person_id: int, ids: list[int]) -> list[Fact]:
    """Delete facts with their superseded (older) versions, and redact their source messages."""
    chosen = facts_by_ids(conn, person_id, ids)
    gone: dict[int, Fact] = {}
    for fact in chosen:
        for version in slot_history(conn, person_id, fact.slot, None):
            if version.id <= fact.id:
                gone[version.id] = version
    for fid in gone:
        conn.execute("DELETE FROM memory_fts WHERE rowid=?", (fid,))
        conn.execute("DELETE FROM memory_facts WHERE id=? AND person_id=?", (fid, person_id))
    _redact(conn, person_id, [f.value for f in gone.values()])
    scrub(conn)
    return list(gone.values())


def forget_all(conn: sqlite3.Connection, person_id: int) -> int:
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM memory_facts WHERE person_id=?", (person_id,))]
    for fid in ids:
        conn.execute("DELETE FROM memory_fts WHERE rowid=?", (fid,))
    conn.execute("DELETE FROM memory_facts WHERE person_id=?", (person_id,))
    for table in ("memory_interests", "memory_pending"):
        conn.execute(f"DELETE FROM {table} WHERE person_id=?", (person_id,))
    if _has_table(conn, "messages"):
        try:
            conn.execute("DELETE FROM messages WHERE person_id=?", (person_id,))
        except sqlite3.IntegrityError:  # rows other tables still point at: empty them
            conn.execute("UPDATE messages SET text=? WHERE person_id=?", (REDACTED, person_id))
    scrub(conn)
    return len(ids)


def scrub(conn: sqlite3.Connection) -> None:
    """After deletes: rewrite the FTS index so no old segment keeps deleted text."""
    conn.execute("INSERT INTO memory_fts(memory_fts) VALUES ('optimize')")


def checkpoint(conn: sqlite3.Connection) -> None:
    """Commit, fold the WAL into the database and truncate it to zero bytes.

    A checkpoint cannot run inside a transaction: the runner's transaction is committed
    first and an empty one reopened, so the runner's own COMMIT still succeeds.
    """
    reopen = conn.in_transaction
    if reopen:
        conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if reopen:
        conn.execute("BEGIN")


def fact_dict(fact: Fact) -> dict[str, object]:
    return asdict(fact)


def export_json(conn: sqlite3.Connection, person_id: int) -> str:
    facts = [fact_dict(f) for f in all_facts(conn, person_id)]
    interests = [dict(zip(("context", "topic", "weight", "updated_at"), r, strict=True))
                 for r in conn.execute(
                     "SELECT context, topic, weight, updated_at FROM memory_interests "
                     "WHERE person_id=? ORDER BY weight DESC", (person_id,))]
    settings = conn.execute("SELECT privacy_off FROM memory_settings WHERE person_id=?",
                            (person_id,)).fetchone()
    identities: list[dict[str, object]] = []
    if _has_table(conn, "identities"):
        identities = [dict(zip(("platform", "workspace", "user_id", "display_name"), r,
                               strict=True)) for r in conn.execute(
            "SELECT platform, workspace, user_id, display_name FROM identities "
            "WHERE person_id=?", (person_id,))]
    doc = {"person_id": person_id, "identities": identities, "facts": facts,
           "interests": interests, "privacy_off": bool(settings and settings[0])}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _people_private_mode(conn: sqlite3.Connection) -> bool:
    return any(r[1] == "private_mode" for r in conn.execute("PRAGMA table_info(people)"))


def privacy_off(conn: sqlite3.Connection, person_id: int) -> bool:
    row = conn.execute("SELECT privacy_off FROM memory_settings WHERE person_id=?",
                       (person_id,)).fetchone()
    if row is not None:
        return bool(row[0])
    if _people_private_mode(conn):
        spine = conn.execute("SELECT private_mode FROM people WHERE id=?",
                             (person_id,)).fetchone()
        return bool(spine and spine[0])
    return False


def set_privacy_off(conn: sqlite3.Connection, person_id: int, off: bool) -> None:
    conn.execute(
        "INSERT INTO memory_settings(person_id, privacy_off) VALUES (?,?) "
        "ON CONFLICT(person_id) DO UPDATE SET privacy_off=excluded.privacy_off",
        (person_id, int(off)))
    if _people_private_mode(conn):  # the spine's flag, which sets Turn.private_mode
        conn.execute("UPDATE people SET private_mode=? WHERE id=?", (int(off), person_id))


PENDING_TTL = 600.0


def set_pending(conn: sqlite3.Connection, person_id: int, ids: list[int], now: float) -> None:
    conn.execute(
        "INSERT INTO memory_pending(person_id, fact_ids, created_at) VALUES (?,?,?) "
        "ON CONFLICT(person_id) DO UPDATE SET fact_ids=excluded.fact_ids, "
        "created_at=excluded.created_at", (person_id, json.dumps(ids), now))


def take_pending(conn: sqlite3.Connection, person_id: int, now: float) -> list[int]:
    row = conn.execute("SELECT fact_ids, created_at FROM memory_pending WHERE person_id=?",
                       (person_id,)).fetchone()
    conn.execute("DELETE FROM memory_pending WHERE person_id=?", (person_id,))
    if row is None or now - float(row[1]) > PENDING_TTL:
        return []
    return [int(i) for i in json.loads(row[0])]
