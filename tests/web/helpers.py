"""Helpers for the web and terminal tests: a streaming test backend, the browser on its own
thread, and Muse's web chat running on a background event loop."""

from __future__ import annotations

import asyncio
import io
import re
import threading
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web
from PIL import Image
from playwright.sync_api import Browser, BrowserContext, Page

from bots.web import face
from core.app import App, build_app
from core.messages import Final
from core.models.base import GenerationRequest
from core.models.scripted import ScriptedBackend
from tests.helpers import collect, message, settings

T = TypeVar("T")


class Streaming(ScriptedBackend):
    """Echoes like the scripted backend, one word at a time, so streaming is visible."""

    word_delay_s = 0.08

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        if self.script:
            async for piece in super().stream(request):
                yield piece
            return
        self.requests.append(request)
        for word in re.findall(r"\S+\s*", self._default(request)):
            await asyncio.sleep(self.word_delay_s)
            yield word


def solid_png(rgb: tuple[int, int, int], size: int = 64) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), rgb).save(out, format="PNG")
    return out.getvalue()


class LoopThread:
    """An asyncio loop on a daemon thread, for servers under test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 20) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@dataclass
class Server:
    """One Muse web chat (its own data directory) on the loop thread."""

    app: App
    runner: web.AppRunner
    url: str
    loop: LoopThread

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 20) -> T:
        return self.loop.call(coro, timeout)

    def login_link(self, user: str) -> str:
        """What ``/web`` answers a person writing privately from another platform."""
        async def ask() -> str:
            events = await collect(self.app.engine.handle(message("/web", user=user)))
            finals = [e.text for e in events if isinstance(e, Final)]
            return finals[-1]

        found = re.search(r"(http://\S+/login/\S+)", self.call(ask()))
        assert found, "no login link in the /web answer"
        return found.group(1)


async def start_server(data_dir: Path, host: str) -> tuple[App, web.AppRunner, str]:
    """The chat configured for ``host`` but listening on 127.0.0.1 only (tests never expose
    a port beyond this machine)."""
    # One person sends every test's messages within a minute: lift the per-minute quota.
    app = await build_app(settings(data_dir, web_host=host, web_port=0,
                                   quotas={"messages_per_minute": 10_000}), Streaming())
    runner, url = await face.start(app, "127.0.0.1", 0)
    return app, runner, url


async def stop_server(server: Server) -> None:
    await server.runner.cleanup()
    await server.app.close()


@dataclass
class Opened:
    context: BrowserContext
    page: Page
    errors: list[str]


def open_page(browser: Browser, url: str, width: int = 1280,
              scheme: str = "light") -> Opened:
    context = browser.new_context(viewport={"width": width, "height": 800},
                                  color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    return Opened(context, page, errors)


def send(page: Page, text: str) -> int:
    """Type ``text`` and press Enter; returns the index of the answer to wait for."""
    index = page.locator(".msg.assistant").count()
    page.get_by_label("Message Muse").fill(text)
    page.get_by_label("Message Muse").press("Enter")
    return index


def answer(page: Page, index: int) -> str:
    """The text of answer ``index`` once it is complete."""
    page.wait_for_function(
        f"() => document.querySelectorAll('.msg.assistant')[{index}]?.dataset.done === 'true'")
    return page.locator(".msg.assistant").nth(index).inner_text()
