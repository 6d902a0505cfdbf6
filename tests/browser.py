"""One headless Chromium per test session, shared by every browser test (the web chat and
the builder's artifacts). Debian's chromium via Playwright; never `playwright install`."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from playwright.sync_api import Browser, sync_playwright

T = TypeVar("T")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-proxy-server",
]


class BrowserThread:
    """Chromium driven from its own thread: Playwright's sync API marks its loop as running
    on the thread that uses it, which must not be the one async tests use."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[[], Any], Future[Any]] | None] = queue.Queue()
        self._ready: Future[Browser] = Future()
        self._thread = threading.Thread(target=self._main, daemon=True)
        self._thread.start()
        self.browser = self._ready.result(60)

    def _main(self) -> None:
        try:
            with sync_playwright() as playwright:
                # Each launch gets a fresh temporary profile (user-data) directory.
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, timeout=30_000)
                self._ready.set_result(browser)
                while (job := self._jobs.get()) is not None:
                    fn, result = job
                    try:
                        result.set_result(fn())
                    except BaseException as exc:
                        result.set_exception(exc)
                browser.close()
        except BaseException as exc:
            if not self._ready.done():
                self._ready.set_exception(exc)

    def call(self, fn: Callable[[], T], timeout: float = 60) -> T:
        result: Future[T] = Future()
        self._jobs.put((fn, result))
        return result.result(timeout)

    def stop(self) -> None:
        self._jobs.put(None)
        self._thread.join(15)
