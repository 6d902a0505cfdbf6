"""One Chromium for the session; two web chats: bound to loopback (the local owner) and
bound beyond it (login links only)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser import BrowserThread
from tests.web.helpers import LoopThread, Server, start_server, stop_server


@pytest.fixture(scope="session")
def browser(browser_thread: BrowserThread) -> Browser:
    return browser_thread.browser


@pytest.fixture(scope="session")
def loop_thread() -> Iterator[LoopThread]:
    worker = LoopThread()
    yield worker
    worker.close()


def _server(loop_thread: LoopThread, data_dir: Path, host: str) -> Iterator[Server]:
    app, runner, url = loop_thread.call(start_server(data_dir, host))
    server = Server(app, runner, url, loop_thread)
    yield server
    loop_thread.call(stop_server(server))


@pytest.fixture(scope="session")
def local(loop_thread: LoopThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _server(loop_thread, tmp_path_factory.mktemp("local") / "data", "127.0.0.1")


@pytest.fixture(scope="session")
def remote(loop_thread: LoopThread,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _server(loop_thread, tmp_path_factory.mktemp("remote") / "data", "0.0.0.0")
