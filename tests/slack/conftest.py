"""Muse's Slack face against the fake Slack server (real slack-bolt and slack_sdk)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bots.slack import SlackRunner
from core.app import App
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_slack import FakeSlack
from tests.helpers import make_app

for _name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
    os.environ.pop(_name, None)


@dataclass
class Muse:
    app: App
    runner: SlackRunner
    backend: ScriptedBackend

    @property
    def url(self) -> str:
        return self.runner.events_url


def slack_settings(fake: FakeSlack, socket: bool = False) -> dict[str, Any]:
    return {"bot_token": fake.bot_token, "signing_secret": fake.signing_secret,
            "api_url": fake.api_url, "events_listen": "127.0.0.1:0",
            "app_token": fake.app_token if socket else None}


@asynccontextmanager
async def running_muse(fake: FakeSlack, data_dir: Path, backend: ScriptedBackend | None = None,
                       socket: bool = False, **overrides: Any) -> AsyncIterator[Muse]:
    backend = backend or ScriptedBackend()
    app = await make_app(data_dir, backend, slack=slack_settings(fake, socket), **overrides)
    runner = SlackRunner(app)
    try:
        await runner.start()
        yield Muse(app, runner, backend)
    finally:
        await runner.close(grace_s=3)
        await app.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack(redeliver_after=1.0) as server:
        server.add_user("U1", "ana")
        server.add_user("U2", "ben")
        yield server


@pytest.fixture
async def muse(fake: FakeSlack, data_dir: Path) -> AsyncIterator[Muse]:
    async with running_muse(fake, data_dir) as running:
        yield running


class SlowBackend(ScriptedBackend):
    """Streams ``words`` with a pause between them (an answer being written)."""

    def __init__(self, words: list[str], gap_s: float) -> None:
        super().__init__()
        self.words = words
        self.gap_s = gap_s

    async def stream(self, request: Any) -> AsyncIterator[str]:
        self.requests.append(request)
        for word in self.words:
            yield word
            await asyncio.sleep(self.gap_s)


async def inbound_count(app: App) -> int:
    return int(await app.db.run(
        lambda c: c.execute("SELECT count(*) FROM inbound").fetchone()[0]))


async def settle(seconds: float = 0.3) -> None:
    """Give a duplicate the time it would need to produce a (wrong) second reply."""
    await asyncio.sleep(seconds)
