"""Artifacts per person, with every version kept.

Synchronous functions take a ``sqlite3.Connection`` and leave committing to the caller
(the store's ``Database.run`` wraps each call in one transaction); :class:`ArtifactStore`
is the async facade over anything with ``async run(fn)``. Ids are unguessable; every read
is scoped to the owner by the query itself, so an unknown or foreign id is simply "not
found". Shared scripts (Plotly) are stored once in ``builder_assets`` and inlined when a
version is delivered or served.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from core.builder import render
from core.builder.spec import ArtifactSpec
from core.messages import PersonKey

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS builder_artifacts (
    id TEXT PRIMARY KEY,
    person_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    latest_version INTEGER NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS builder_artifacts_person
    ON builder_artifacts (person_id, updated_at);
CREATE TABLE IF NOT EXISTS builder_versions (
    artifact_id TEXT NOT NULL REFERENCES builder_artifacts (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    spec TEXT NOT NULL,
    html TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (artifact_id, version)
);
CREATE TABLE IF NOT EXISTS builder_assets (
    name TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    body TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class StoredVersion:
    artifact_id: str
    version: int
    spec: ArtifactSpec
    html: str  # with asset markers; see materialise()


@dataclass(frozen=True, slots=True)
class ArtifactSummary:
    artifact_id: str
    kind: str
    title: str
    versions: int
    updated_at: float


def migrate(conn: sqlite3.Connection) -> None:
    """Idempotent; plain statements, so it also runs inside an open transaction."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def put_asset(conn: sqlite3.Connection, name: str, body: str) -> None:
    digest = hashlib.sha256(body.encode()).hexdigest()
    conn.execute(
        "INSERT INTO builder_assets (name, sha256, body) VALUES (?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, body = excluded.body "
        "WHERE builder_assets.sha256 != excluded.sha256",
        (name, digest, body),
    )


def create(conn: sqlite3.Connection, person: PersonKey, spec: ArtifactSpec, html: str) -> str:
    artifact_id = secrets.token_urlsafe(18)
    now = time.time()
    conn.execute(
        "INSERT INTO builder_artifacts VALUES (?, ?, ?, ?, 1, ?, ?)",
        (artifact_id, person.person_id, spec.kind, spec.title, now, now),
    )
    _insert_version(conn, artifact_id, 1, spec, html, now)
    return artifact_id


def add_version(
    conn: sqlite3.Connection, person: PersonKey, artifact_id: str, spec: ArtifactSpec, html: str
) -> int | None:
    """Store a new version of the person's artifact; None when it is not theirs."""
    row = conn.execute(
        "SELECT latest_version FROM builder_artifacts WHERE id = ? AND person_id = ?",
        (artifact_id, person.person_id),
    ).fetchone()
    if row is None:
        return None
    version, now = int(row[0]) + 1, time.time()
    _insert_version(conn, artifact_id, version, spec, html, now)
    conn.execute(
        "UPDATE builder_artifacts SET latest_version = ?, title = ?, updated_at = ? "
        "WHERE id = ? AND person_id = ?",
        (version, spec.title, now, artifact_id, person.person_id),
    )
    return version


def _insert_version(
    conn: sqlite3.Connection, artifact_id: str, version: int, spec: ArtifactSpec, html: str,
    now: float,
) -> None:
    conn.execute(
        "INSERT INTO builder_versions VALUES (?, ?, ?, ?, ?)",
        (artifact_id, version, spec.to_json(), html, now),
    )


def get(
    conn: sqlite3.Connection, person: PersonKey, artifact_id: str, version: int | None = None
) -> StoredVersion | None:
    """One version (the latest by default) of the person's own artifact."""
    row = conn.execute(
        "SELECT v.artifact_id, v.version, v.spec, v.html FROM builder_versions v "
        "JOIN builder_artifacts a ON a.id = v.artifact_id "
        "WHERE a.id = ? AND a.person_id = ? AND v.version = COALESCE(?, a.latest_version)",
        (artifact_id, person.person_id, version),
    ).fetchone()
    return _version(row)


def latest(conn: sqlite3.Connection, person: PersonKey) -> StoredVersion | None:
    """The latest version of the person's most recently changed artifact."""
    row = conn.execute(
        "SELECT v.artifact_id, v.version, v.spec, v.html FROM builder_artifacts a "
        "JOIN builder_versions v ON v.artifact_id = a.id AND v.version = a.latest_version "
        "WHERE a.person_id = ? ORDER BY a.updated_at DESC, a.rowid DESC LIMIT 1",
        (person.person_id,),
    ).fetchone()
    return _version(row)


def _version(row: tuple[str, int, str, str] | None) -> StoredVersion | None:
    if row is None:
        return None
    return StoredVersion(row[0], int(row[1]), ArtifactSpec.from_json(row[2]), row[3])


def list_for(conn: sqlite3.Connection, person: PersonKey, limit: int = 50) -> list[ArtifactSummary]:
    rows = conn.execute(
        "SELECT id, kind, title, latest_version, updated_at FROM builder_artifacts "
        "WHERE person_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT ?",
        (person.person_id, limit),
    ).fetchall()
    return [ArtifactSummary(r[0], r[1], r[2], int(r[3]), float(r[4])) for r in rows]


def materialise(conn: sqlite3.Connection, html: str) -> str:
    """The stand-alone document: every asset marker replaced by the stored script."""
    assets: dict[str, str] = {}
    for name in render.assets_in(html):
        row = conn.execute("SELECT body FROM builder_assets WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise LookupError(f"asset {name} is missing")
        assets[name] = row[0]
    return render.inline_assets(html, assets)


def preview_html(conn: sqlite3.Connection, artifact_id: str) -> str | None:
    """The latest version by id alone: the unguessable id is the preview's capability."""
    row = conn.execute(
        "SELECT v.html FROM builder_artifacts a JOIN builder_versions v "
        "ON v.artifact_id = a.id AND v.version = a.latest_version WHERE a.id = ?",
        (artifact_id,),
    ).fetchone()
    return None if row is None else materialise(conn, row[0])


class Database(Protocol):
    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


class ArtifactStore:
    """Async facade: every call runs on the database's own thread."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def setup(self) -> None:
        """Create the tables and store the shared scripts once."""
        await self._db.run(migrate)
        await self._db.run(lambda conn: put_asset(conn, render.PLOTLY, render.plotly_js()))

    async def create(self, person: PersonKey, spec: ArtifactSpec, html: str) -> str:
        return await self._db.run(lambda conn: create(conn, person, spec, html))

    async def add_version(
        self, person: PersonKey, artifact_id: str, spec: ArtifactSpec, html: str
    ) -> int | None:
        return await self._db.run(lambda conn: add_version(conn, person, artifact_id, spec, html))

    async def get(
        self, person: PersonKey, artifact_id: str, version: int | None = None
    ) -> StoredVersion | None:
        return await self._db.run(lambda conn: get(conn, person, artifact_id, version))

    async def latest(self, person: PersonKey) -> StoredVersion | None:
        return await self._db.run(lambda conn: latest(conn, person))

    async def list_for(self, person: PersonKey) -> list[ArtifactSummary]:
        return await self._db.run(lambda conn: list_for(conn, person))

    async def materialise(self, html: str) -> str:
        return await self._db.run(lambda conn: materialise(conn, html))

    async def preview_html(self, artifact_id: str) -> str | None:
        return await self._db.run(lambda conn: preview_html(conn, artifact_id))
