"""Shared fixtures: a core App on a temporary data directory with the scripted backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import BrowserThread

for _name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
    os.environ.pop(_name, None)
os.environ.setdefault("MUSE_CONFIG", "/nonexistent/muse.toml")  # no user file in tests


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def browser_thread() -> Iterator[BrowserThread]:
    """The session's one Chromium (started on first use)."""
    worker = BrowserThread()
    yield worker
    worker.stop()
