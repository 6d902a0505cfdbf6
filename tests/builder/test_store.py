"""Artifact storage: ownership, versions, one copy of Plotly."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.builder import render, store
from core.builder.spec import ArtifactSpec, Dataset, Series
from core.messages import PersonKey
from core.store.db import Database

ANNA, BEN = PersonKey(1), PersonKey(2)
SITE = ArtifactSpec(kind="website", template="landing", title="Anna's Bakery",
                    sections=("about", "contact"))
DASH = ArtifactSpec(kind="dashboard", template="dashboard", title="Sales",
                    dataset=Dataset(("a", "b"), (Series("v", (1.0, 2.0)),)))


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(tmp_path / "x.db")
    connection.execute("PRAGMA foreign_keys=ON")
    store.migrate(connection)
    store.migrate(connection)  # idempotent
    yield connection
    connection.close()


def test_ids_are_unguessable_and_scoped_to_the_owner(conn: sqlite3.Connection) -> None:
    first = store.create(conn, ANNA, SITE, "<p>1</p>")
    second = store.create(conn, ANNA, SITE, "<p>2</p>")
    assert first != second and len(first) >= 24
    assert store.get(conn, ANNA, first) is not None
    assert store.get(conn, BEN, first) is None
    assert store.get(conn, ANNA, "no-such-id") is None
    assert store.latest(conn, BEN) is None
    assert store.list_for(conn, BEN) == []
    assert store.add_version(conn, BEN, first, SITE, "<p>stolen</p>") is None
    assert store.get(conn, ANNA, first, 2) is None


def test_versions_are_kept(conn: sqlite3.Connection) -> None:
    artifact = store.create(conn, ANNA, SITE, "<p>v1</p>")
    blue = SITE.with_changes(background="#1c7ed6")
    assert store.add_version(conn, ANNA, artifact, blue, "<p>v2</p>") == 2
    latest = store.latest(conn, ANNA)
    assert latest is not None and latest.version == 2 and latest.spec == blue
    first = store.get(conn, ANNA, artifact, 1)
    assert first is not None and first.html == "<p>v1</p>" and first.spec == SITE
    [summary] = store.list_for(conn, ANNA)
    assert summary.versions == 2 and summary.title == SITE.title


def test_plotly_is_stored_once_and_inlined_on_delivery(conn: sqlite3.Connection) -> None:
    script = render.plotly_js()
    store.put_asset(conn, render.PLOTLY, script)
    store.put_asset(conn, render.PLOTLY, script)
    html = render.render(DASH)
    artifact = store.create(conn, ANNA, DASH, html)
    store.add_version(conn, ANNA, artifact, DASH.with_changes(title="Sales 2"), render.render(
        DASH.with_changes(title="Sales 2")))
    sizes = [r[0] for r in conn.execute("SELECT length(html) FROM builder_versions")]
    assert all(size < 100_000 for size in sizes)
    assert conn.execute("SELECT count(*) FROM builder_assets").fetchone() == (1,)
    served = store.preview_html(conn, artifact)
    assert served is not None and len(served) > len(script)
    assert render.asset_marker(render.PLOTLY) not in served
    assert store.preview_html(conn, "unknown") is None


def test_spec_round_trips_through_json() -> None:
    assert ArtifactSpec.from_json(DASH.to_json()) == DASH
    assert ArtifactSpec.from_json(SITE.with_changes(contact=(("email", "a@b.c"),)).to_json()) \
        == SITE.with_changes(contact=(("email", "a@b.c"),))


async def test_async_facade(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.db")
    await db.open([])
    try:
        artifacts = store.ArtifactStore(db)
        await artifacts.setup()
        artifact = await artifacts.create(ANNA, SITE, "<p>x</p>")
        assert (await artifacts.get(BEN, artifact)) is None
        got = await artifacts.get(ANNA, artifact)
        assert got is not None and got.html == "<p>x</p>"
        assert await artifacts.preview_html(artifact) == "<p>x</p>"
    finally:
        await db.close()
