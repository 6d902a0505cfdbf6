"""The core's numbered migrations. Never edit a released one: append a new function."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Statement by statement (executescript would commit the migration's transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def v1_initial(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            created_at REAL NOT NULL,
            private_mode INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE identities (
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            user_id TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id),
            display_name TEXT NOT NULL DEFAULT '',
            private_address TEXT,
            created_at REAL NOT NULL,
            PRIMARY KEY (platform, workspace, user_id)
        );
        CREATE INDEX identities_person ON identities(person_id);
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            thread_id TEXT NOT NULL,
            bot_account TEXT NOT NULL,
            chat_kind TEXT NOT NULL,
            context_since INTEGER NOT NULL DEFAULT 0,
            UNIQUE (platform, workspace, chat_id, thread_id, bot_account)
        );
        CREATE TABLE inbound (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            workspace TEXT NOT NULL,
            bot_account TEXT NOT NULL,
            event_id TEXT NOT NULL,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            state TEXT NOT NULL,
            claimed_by TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL,
            text_len INTEGER NOT NULL,
            media_count INTEGER NOT NULL,
            received_at REAL NOT NULL,
            answered_at REAL,
            UNIQUE (platform, workspace, bot_account, event_id)
        );
        CREATE INDEX inbound_pending ON inbound(platform, bot_account, state);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id),
            person_id INTEGER REFERENCES people(id),
            inbound_id INTEGER REFERENCES inbound(id),
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE INDEX messages_conversation ON messages(conversation_id, id);
        CREATE INDEX messages_person ON messages(person_id);
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            bot_account TEXT NOT NULL,
            address TEXT NOT NULL,
            inbound_id INTEGER REFERENCES inbound(id),
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            parts_done INTEGER NOT NULL DEFAULT 0,
            refs TEXT NOT NULL DEFAULT '[]',
            created_at REAL NOT NULL
        );
        CREATE INDEX outbox_pending ON outbox(platform, bot_account, state);
        CREATE TABLE usage (
            person_id INTEGER NOT NULL REFERENCES people(id),
            day TEXT NOT NULL,
            tokens INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (person_id, day)
        );
        CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES people(id),
            inbound_id INTEGER REFERENCES inbound(id),
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            created_at REAL NOT NULL
        );
        CREATE INDEX media_inbound ON media(inbound_id);
        """
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [v1_initial]
