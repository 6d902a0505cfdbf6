"""One headless Chromium per session, plus three local listeners on 127.0.0.1.

* the preview listener under test (``bots.web.preview``) serving published documents;
* a control server serving the same documents raw, without any header;
* a probe listener that records every request reaching it (the sandbox proof).
"""

from __future__ import annotations

import asyncio
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from aiohttp import web
from playwright.sync_api import Dialog

from bots.web.preview import create_preview_app
from tests.browser import BrowserThread
from tests.builder.helpers import Opened

T = TypeVar("T")


@dataclass
class Servers:
    preview: str = ""
    control: str = ""
    probe: str = ""
    documents: dict[str, str] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    def publish(self, document: str) -> str:
        artifact_id = secrets.token_urlsafe(18)
        self.documents[artifact_id] = document
        return f"{self.preview}/a/{artifact_id}"

    def raw(self, document: str) -> str:
        artifact_id = secrets.token_urlsafe(18)
        self.documents[artifact_id] = document
        return f"{self.control}/raw/{artifact_id}"


async def _start(app: web.Application, runners: list[web.AppRunner]) -> str:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    runners.append(runner)
    host, port = runner.addresses[0][:2]
    return f"http://{host}:{port}"


async def _serve(servers: Servers, runners: list[web.AppRunner]) -> None:
    async def lookup(artifact_id: str) -> str | None:
        return servers.documents.get(artifact_id)

    async def raw(request: web.Request) -> web.Response:
        document = servers.documents.get(request.match_info["artifact_id"])
        if document is None:
            raise web.HTTPNotFound()
        return web.Response(text=document, content_type="text/html")

    async def probe(request: web.Request) -> web.Response:
        servers.hits.append(request.path_qs)
        return web.Response(text="probe")

    control = web.Application()
    control.router.add_get("/raw/{artifact_id}", raw)
    probe_app = web.Application()
    probe_app.router.add_route("*", "/{tail:.*}", probe)
    servers.preview = await _start(create_preview_app(lookup), runners)
    servers.control = await _start(control, runners)
    servers.probe = await _start(probe_app, runners)


@pytest.fixture(scope="session")
def servers() -> Iterator[Servers]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    state, runners = Servers(), list[web.AppRunner]()
    asyncio.run_coroutine_threadsafe(_serve(state, runners), loop).result(10)
    yield state

    async def stop() -> None:
        for runner in runners:
            await runner.cleanup()

    asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()


@pytest.fixture
def in_browser(browser_thread: BrowserThread) -> Callable[[Callable[[], None]], None]:
    """Run a test's browser steps on the browser's thread."""
    return browser_thread.call


def _dialog(dialog: Dialog, errors: list[str]) -> None:
    errors.append(f"dialog: {dialog.message}")
    dialog.dismiss()


@pytest.fixture
def open_page(browser_thread: BrowserThread) -> Iterator[Any]:
    """Open a URL in a fresh context (call it inside ``in_browser``)."""
    browser = browser_thread.browser
    opened: list[Opened] = []

    def _open(url: str, width: int = 1280, touch: bool = False) -> Opened:
        context = browser.new_context(
            viewport={"width": width, "height": 800}, has_touch=touch, is_mobile=False
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("dialog", lambda dialog: _dialog(dialog, errors))
        page.goto(url, wait_until="load", timeout=20_000)
        result = Opened(context, page, errors)
        opened.append(result)
        return result

    yield _open

    def close() -> None:
        for item in opened:
            item.context.close()

    browser_thread.call(close)
