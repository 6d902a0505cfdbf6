"""The core's store: inbound log, people and identities, history, outbox, usage, media.

Every method is a coroutine that runs one transaction on the database thread. Every
history query is scoped to one conversation, every person query to one person, in the
SQL itself.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.messages import Address, IdentityKey, IncomingMessage, PersonKey
from core.store.codec import dump_address, dump_incoming, load_address
from core.store.db import Database, private_dir


@dataclass(frozen=True, slots=True)
class Received:
    inbound_id: int
    conversation_id: int
    person: PersonKey
    state: str
    is_new: bool
    claimed: bool = False


@dataclass(frozen=True, slots=True)
class TurnContext:
    history: list[tuple[str, str]]
    private_mode: bool
    tokens_today: int


@dataclass(frozen=True, slots=True)
class Pending:
    inbound_id: int
    payload: str


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    address: Address
    kind: str
    text: str
    parts_done: int
    refs: list[Any]
    created_at: float = 0.0


def _conversation_id(conn: sqlite3.Connection, address: Address) -> int:
    key = (address.platform, address.workspace, address.chat_id, address.thread_id or "",
           address.bot_account)
    row = conn.execute(
        "SELECT id FROM conversations WHERE platform=? AND workspace=? AND chat_id=? "
        "AND thread_id=? AND bot_account=?", key).fetchone()
    if row:
        return int(row[0])
    cur = conn.execute(
        "INSERT INTO conversations (platform, workspace, chat_id, thread_id, bot_account, "
        "chat_kind) VALUES (?,?,?,?,?,?)", (*key, address.chat_kind.value))
    return int(cur.lastrowid or 0)


def _person_id(conn: sqlite3.Connection, message: IncomingMessage) -> int:
    a = message.address
    row = conn.execute(
        "SELECT person_id FROM identities WHERE platform=? AND workspace=? AND user_id=?",
        (a.platform, a.workspace, a.user_id)).fetchone()
    private = dump_address(a) if a.is_private else None
    if row:
        conn.execute(
            "UPDATE identities SET display_name=?, private_address=COALESCE(?, private_address)"
            " WHERE platform=? AND workspace=? AND user_id=?",
            (message.sender.display_name, private, a.platform, a.workspace, a.user_id))
        return int(row[0])
    now = time.time()
    person = int(conn.execute("INSERT INTO people (created_at) VALUES (?)", (now,)).lastrowid
                 or 0)
    conn.execute(
        "INSERT INTO identities (platform, workspace, user_id, person_id, display_name, "
        "private_address, created_at) VALUES (?,?,?,?,?,?,?)",
        (a.platform, a.workspace, a.user_id, person, message.sender.display_name, private, now))
    return person


class Store:
    def __init__(self, db: Database, media_dir: Path) -> None:
        self.db = db
        self.media_dir = media_dir

    # --- inbound -----------------------------------------------------------------------

    async def receive(self, message: IncomingMessage, state: str = "received",
                      claim_for: str = "") -> Received:
        """Persist first: the record (text, ids, sizes) before any other work. With
        ``claim_for``, also claim it for processing by that owner, in the same transaction."""

        def op(conn: sqlite3.Connection) -> Received:
            got = _receive(conn, message, state)
            if claim_for and got.state in ("received", "processing"):
                claimed = _claim(conn, got.inbound_id, claim_for)
                return Received(got.inbound_id, got.conversation_id, got.person, got.state,
                                got.is_new, claimed)
            return got

        return await self.db.run(op)

    async def context(self, conversation_id: int, person: PersonKey, day: str,
                      limit: int = 40) -> TurnContext:
        """What a turn needs, in one transaction: history, privacy mode, today's tokens."""
        def op(conn: sqlite3.Connection) -> TurnContext:
            # Scoped to the person too: in a group, Muse's context for someone is what
            # that person said there and what Muse answered them, never other members'.
            history = _history(conn, conversation_id, person.person_id, limit)
            mode = conn.execute("SELECT private_mode FROM people WHERE id=?",
                                (person.person_id,)).fetchone()
            used = conn.execute("SELECT tokens FROM usage WHERE person_id=? AND day=?",
                                (person.person_id, day)).fetchone()
            return TurnContext(history, bool(mode and mode[0]), int(used[0]) if used else 0)

        return await self.db.run(op)

    async def release(self, inbound_id: int) -> None:
        await self.db.run(lambda c: c.execute(
            "UPDATE inbound SET state='received', claimed_by='' WHERE id=? AND "
            "state='processing'", (inbound_id,)))

    async def pending(self, platform: str, bot_account: str, owner: str) -> list[Pending]:
        """Messages received but never answered (by a process other than ``owner``)."""
        def op(conn: sqlite3.Connection) -> list[Pending]:
            rows = conn.execute(
                "SELECT id, payload FROM inbound WHERE platform=? AND bot_account=? AND "
                "(state='received' OR (state='processing' AND claimed_by!=?)) ORDER BY id",
                (platform, bot_account, owner)).fetchall()
            return [Pending(r[0], r[1]) for r in rows]

        return await self.db.run(op)

    async def set_state(self, inbound_id: int, state: str) -> None:
        await self.db.run(lambda c: c.execute(
            "UPDATE inbound SET state=? WHERE id=?", (state, inbound_id)))

    async def finish(self, received: Received, address: Address, user_text: str,
                     reply_text: str, record: bool = True,
                     usage: tuple[str, int] | None = None) -> int:
        """Answered: history, state, usage and the outbox entry in one transaction."""
        def op(conn: sqlite3.Connection) -> int:
            now = time.time()
            if usage is not None:
                _add_usage(conn, received.person, *usage)
            if record:
                conn.executemany(
                    "INSERT INTO messages (conversation_id, person_id, inbound_id, role, text,"
                    " created_at) VALUES (?,?,?,?,?,?)",
                    [(received.conversation_id, received.person.person_id,
                      received.inbound_id, "user", user_text, now),
                     (received.conversation_id, received.person.person_id,
                      received.inbound_id, "assistant", reply_text, now)])
            conn.execute("UPDATE inbound SET state='answered', answered_at=? WHERE id=?",
                         (now, received.inbound_id))
            return _add_outbox(conn, address, "reply", reply_text, received.inbound_id)

        return await self.db.run(op)

    async def redact_event(self, platform: str, workspace: str, bot_account: str,
                           event_id: str) -> bool:
        """The platform deleted a message: remove it (and Muse's answer) from history."""
        def op(conn: sqlite3.Connection) -> bool:
            row = conn.execute(
                "SELECT id FROM inbound WHERE platform=? AND workspace=? AND bot_account=? "
                "AND event_id=?", (platform, workspace, bot_account, event_id)).fetchone()
            if not row:
                return False
            conn.execute("DELETE FROM messages WHERE inbound_id=?", (row[0],))
            conn.execute("UPDATE inbound SET payload='{}', state=CASE state WHEN 'received' "
                         "THEN 'deleted' ELSE state END WHERE id=?", (row[0],))
            return True

        return await self.db.run(op)

    # --- history -----------------------------------------------------------------------

    async def history(self, conversation_id: int, limit: int = 40) -> list[tuple[str, str]]:
        """Recent (role, text) turns of one conversation since its last /new, oldest first."""
        return await self.db.run(lambda c: _history(c, conversation_id, None, limit))

    async def new_context(self, conversation_id: int) -> None:
        await self.db.run(lambda c: c.execute(
            "UPDATE conversations SET context_since=(SELECT COALESCE(MAX(id), 0) FROM messages)"
            " WHERE id=?", (conversation_id,)))

    # --- people ------------------------------------------------------------------------

    async def private_address(self, identity: IdentityKey) -> Address | None:
        row = await self.db.run(lambda c: c.execute(
            "SELECT private_address FROM identities WHERE platform=? AND workspace=? AND "
            "user_id=?", (identity.platform, identity.workspace, identity.user_id)).fetchone())
        return load_address(row[0]) if row and row[0] else None

    async def attach_identity(self, identity: IdentityKey, person: PersonKey,
                              display_name: str = "") -> None:
        """Make ``identity`` speak as ``person`` (a web login link, a confirmed link)."""
        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO identities (platform, workspace, user_id, person_id, display_name,"
                " created_at) VALUES (?,?,?,?,?,?) ON CONFLICT (platform, workspace, user_id) "
                "DO UPDATE SET person_id=excluded.person_id",
                (identity.platform, identity.workspace, identity.user_id, person.person_id,
                 display_name, time.time()))

        await self.db.run(op)

    async def person_of(self, identity: IdentityKey) -> PersonKey | None:
        row = await self.db.run(lambda c: c.execute(
            "SELECT person_id FROM identities WHERE platform=? AND workspace=? AND user_id=?",
            (identity.platform, identity.workspace, identity.user_id)).fetchone())
        return PersonKey(int(row[0])) if row else None

    async def private_mode(self, person: PersonKey) -> bool:
        row = await self.db.run(lambda c: c.execute(
            "SELECT private_mode FROM people WHERE id=?", (person.person_id,)).fetchone())
        return bool(row and row[0])

    # --- usage -------------------------------------------------------------------------

    # --- outbox ------------------------------------------------------------------------

    async def notice(self, address: Address, text: str) -> int:
        """Queue a message Muse sends on its own (a link confirmation, a recovery note)."""
        return await self.db.run(lambda c: _add_outbox(c, address, "notice", text, None))

    async def outbox_pending(self, platform: str, bot_account: str) -> list[OutboxItem]:
        rows = await self.db.run(lambda c: c.execute(
            "SELECT id, address, kind, text, parts_done, refs, created_at FROM outbox WHERE "
            "platform=? AND bot_account=? AND state='pending' ORDER BY id",
            (platform, bot_account)).fetchall())
        return [OutboxItem(r[0], load_address(r[1]), r[2], r[3], r[4], json.loads(r[5]), r[6])
                for r in rows]

    async def outbox_progress(self, outbox_id: int, parts_done: int, refs: list[Any],
                              done: bool = False) -> None:
        await self.db.run(lambda c: c.execute(
            "UPDATE outbox SET parts_done=?, refs=?, state=? WHERE id=?",
            (parts_done, json.dumps(refs), "delivered" if done else "pending", outbox_id)))

    # --- media -------------------------------------------------------------------------

    async def save_media(self, person: PersonKey, inbound_id: int, png: bytes) -> None:
        def op(conn: sqlite3.Connection) -> None:
            folder = private_dir(self.media_dir / str(person.person_id))
            path = folder / f"{secrets.token_hex(12)}.png"
            path.touch(mode=0o600)
            path.write_bytes(png)
            conn.execute("INSERT INTO media (person_id, inbound_id, path, size, created_at) "
                         "VALUES (?,?,?,?,?)", (person.person_id, inbound_id, str(path),
                                                len(png), time.time()))

        await self.db.run(op)

    async def media_for(self, inbound_id: int) -> list[bytes]:
        def op(conn: sqlite3.Connection) -> list[bytes]:
            rows = conn.execute("SELECT path FROM media WHERE inbound_id=? ORDER BY id",
                                (inbound_id,)).fetchall()
            return [Path(r[0]).read_bytes() for r in rows if Path(r[0]).exists()]

        return await self.db.run(op)


def _add_outbox(conn: sqlite3.Connection, address: Address, kind: str, text: str,
                inbound_id: int | None) -> int:
    cur = conn.execute(
        "INSERT INTO outbox (platform, bot_account, address, inbound_id, kind, text, "
        "created_at) VALUES (?,?,?,?,?,?,?)",
        (address.platform, address.bot_account, dump_address(address), inbound_id, kind, text,
         time.time()))
    return int(cur.lastrowid or 0)


def _receive(conn: sqlite3.Connection, message: IncomingMessage, state: str) -> Received:
    a = message.address
    row = conn.execute(
        "SELECT id, conversation_id, person_id, state FROM inbound WHERE platform=? "
        "AND workspace=? AND bot_account=? AND event_id=?",
        (a.platform, a.workspace, a.bot_account, message.event_id)).fetchone()
    if row and row[3] == "ignored" and state == "received":
        # A twin of an event seen as not addressed to Muse turns out to be (Slack
        # sends a mention as `message` and `app_mention`): answer it after all.
        conn.execute("UPDATE inbound SET state='received', payload=? WHERE id=?",
                     (dump_incoming(message), row[0]))
        return Received(row[0], row[1], PersonKey(row[2]), "received", False)
    if row:
        return Received(row[0], row[1], PersonKey(row[2]), row[3], False)
    conversation = _conversation_id(conn, a)
    person = _person_id(conn, message)
    cur = conn.execute(
        "INSERT INTO inbound (platform, workspace, bot_account, event_id, "
        "conversation_id, person_id, state, payload, text_len, media_count, "
        "received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (a.platform, a.workspace, a.bot_account, message.event_id, conversation,
         person, state, dump_incoming(message), len(message.text),
         len(message.images) + len(message.files), time.time()))
    return Received(int(cur.lastrowid or 0), conversation, PersonKey(person), state,
                    True)


def _claim(conn: sqlite3.Connection, inbound_id: int, owner: str) -> bool:
    cur = conn.execute(
        "UPDATE inbound SET state='processing', claimed_by=? WHERE id=? AND "
        "(state='received' OR (state='processing' AND claimed_by!=?))",
        (owner, inbound_id, owner))
    return cur.rowcount == 1


def _add_usage(conn: sqlite3.Connection, person: PersonKey, day: str, tokens: int) -> None:
    conn.execute(
        "INSERT INTO usage (person_id, day, tokens) VALUES (?,?,?) ON CONFLICT "
        "(person_id, day) DO UPDATE SET tokens=tokens+excluded.tokens",
        (person.person_id, day, tokens))


def _history(conn: sqlite3.Connection, conversation_id: int, person_id: int | None,
             limit: int) -> list[tuple[str, str]]:
    """(role, text) since the conversation's last /new, oldest first; with ``person_id``,
    only that person's turns (in a group: what they said there and Muse's answers)."""
    rows = conn.execute(
        "SELECT role, text FROM messages WHERE conversation_id=? AND (? IS NULL OR "
        "person_id=?) AND id > (SELECT context_since FROM conversations WHERE id=?) "
        "ORDER BY id DESC LIMIT ?",
        (conversation_id, person_id, person_id, conversation_id, limit)).fetchall()
    return [(r[0], r[1]) for r in reversed(rows)]
