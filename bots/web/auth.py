"""Who the web person is: one-time login links, sessions and the local owner.

``/web`` (a private-only command, any face) creates a login token valid for ten minutes and
usable once. Opening the link shows a confirmation page (link unfurlers fetch with GET and
must not burn the token); confirming with POST consumes the token and starts a session bound
to the same person. Only SHA-256 digests of tokens and session ids are stored.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import sqlite3
import time
import weakref
from dataclasses import dataclass
from urllib.parse import urlsplit

from config.settings import Settings
from core.app import App
from core.commands.registry import Command, CommandContext, CommandReply
from core.messages import IdentityKey, PersonKey
from core.store import register_migration

PLATFORM = "web"
OWNER_USER = "owner"
LOGIN_TTL_S = 10 * 60
SESSION_TTL_S = 30 * 24 * 3600
COOKIE = "muse_session"

SCHEMA = """
CREATE TABLE IF NOT EXISTS web_logins (
    digest TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    expires_at REAL NOT NULL,
    used_at REAL
);
CREATE TABLE IF NOT EXISTS web_sessions (
    digest TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    user_id TEXT NOT NULL,
    expires_at REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class WebUser:
    """The identity a web request speaks as; ``user_id`` also names its conversation."""

    user_id: str
    person: PersonKey | None = None

    @property
    def identity(self) -> IdentityKey:
        return IdentityKey(platform=PLATFORM, workspace="", user_id=self.user_id)


OWNER = WebUser(OWNER_USER)


def migrate(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


register_migration("web", migrate)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serves_local_owner(settings: Settings) -> bool:
    """Bound to loopback and not published elsewhere: the machine's owner needs no login."""
    public = urlsplit(settings.public_url).hostname if settings.public_url else None
    return is_loopback(settings.web_host) and (public is None or is_loopback(public))


_BOUND: weakref.WeakKeyDictionary[App, str] = weakref.WeakKeyDictionary()


def set_bound_url(app: App, host: str, port: int) -> None:
    """Remember where the chat actually listens (the port may have been 0)."""
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    _BOUND[app] = f"http://{host}:{port}"


def base_url(app: App) -> str:
    """Where login links point: MUSE_PUBLIC_URL, else where the chat listens."""
    if app.settings.public_url:
        return app.settings.public_url.rstrip("/")
    bound = _BOUND.get(app)
    if bound:
        return bound
    host = app.settings.web_host
    host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return f"http://{host}:{app.settings.web_port}"


# --- login tokens ------------------------------------------------------------------------


async def create_login(app: App, person: PersonKey) -> str:
    """A fresh one-time token for ``person`` (valid ten minutes)."""
    token = secrets.token_urlsafe(24)

    def op(conn: sqlite3.Connection) -> None:
        now = time.time()
        conn.execute("DELETE FROM web_logins WHERE expires_at < ?", (now - 3600,))
        conn.execute("INSERT INTO web_logins (digest, person_id, expires_at) VALUES (?,?,?)",
                     (digest(token), person.person_id, now + LOGIN_TTL_S))

    await app.db.run(op)
    return token


async def peek_login(app: App, token: str) -> bool:
    """True while the token can still be used (the confirmation page)."""
    row = await app.db.run(lambda c: c.execute(
        "SELECT 1 FROM web_logins WHERE digest=? AND used_at IS NULL AND expires_at>=?",
        (digest(token), time.time())).fetchone())
    return row is not None


async def consume_login(app: App, token: str) -> tuple[str, WebUser] | None:
    """Use the token once: a new session id and its web user, or None."""
    session = secrets.token_urlsafe(32)

    def op(conn: sqlite3.Connection) -> WebUser | None:
        now = time.time()
        row = conn.execute(
            "UPDATE web_logins SET used_at=? WHERE digest=? AND used_at IS NULL AND "
            "expires_at>=? RETURNING person_id", (now, digest(token), now)).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM web_sessions WHERE expires_at < ?", (now,))
        user = WebUser(f"person-{row[0]}", PersonKey(int(row[0])))
        conn.execute("INSERT INTO web_sessions (digest, person_id, user_id, expires_at) "
                     "VALUES (?,?,?,?)", (digest(session), row[0], user.user_id,
                                          now + SESSION_TTL_S))
        return user

    user = await app.db.run(op)
    if user is None:
        return None
    assert user.person is not None
    await app.store.attach_identity(user.identity, user.person)
    return session, user


async def session_user(app: App, session: str) -> WebUser | None:
    if not session or len(session) > 128:
        return None
    row = await app.db.run(lambda c: c.execute(
        "SELECT user_id, person_id FROM web_sessions WHERE digest=? AND expires_at>=?",
        (digest(session), time.time())).fetchone())
    return WebUser(row[0], PersonKey(int(row[1]))) if row else None


async def end_session(app: App, session: str) -> None:
    await app.db.run(lambda c: c.execute(
        "DELETE FROM web_sessions WHERE digest=?", (digest(session),)))


# --- the /web command ----------------------------------------------------------------------


def register_commands(app: App) -> None:
    """Add ``/web`` to the registry (idempotent; call before faces publish commands)."""
    if app.commands.get("web") is not None:
        return

    async def web_link(ctx: CommandContext) -> CommandReply:
        token = await create_login(app, ctx.person)
        return CommandReply(
            f"Open the web chat: {base_url(app)}/login/{token}\n\n"
            "The link works once and expires in 10 minutes. Don't share it.")

    app.commands.register(Command("web", "get a one-time link to the web chat", web_link,
                                  private_only=True))


# --- the local owner -------------------------------------------------------------------------

OWNER_IDENTITIES = (OWNER.identity, IdentityKey(platform="terminal", workspace="",
                                                user_id=OWNER_USER))


async def ensure_owner(app: App) -> PersonKey:
    """The machine owner's person, shared by the web chat on loopback and the terminal."""
    for identity in OWNER_IDENTITIES:
        person = await app.store.person_of(identity)
        if person is not None:
            break
    else:
        created = await app.db.run(lambda c: c.execute(
            "INSERT INTO people (created_at) VALUES (?)", (time.time(),)).lastrowid)
        person = PersonKey(int(created or 0))
    for identity in OWNER_IDENTITIES:
        if await app.store.person_of(identity) != person:
            await app.store.attach_identity(identity, person, "owner")
    return person
