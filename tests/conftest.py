"""Shared fixtures: a core App on a temporary data directory with the scripted backend."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

for _name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
    os.environ.pop(_name, None)
os.environ.setdefault("MUSE_CONFIG", "/nonexistent/muse.toml")  # no user file in tests


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
