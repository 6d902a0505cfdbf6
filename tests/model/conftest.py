"""The embedded model, loaded once per test session from the shared cache.

The cache is ``MUSE_CACHE_DIR`` when set, else ``~/.cache/muse``: the first session converts
the packaged GGUF there (tens of seconds); later sessions load the cached copy.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.models.embedded import EmbeddedBackend, EmbeddedOptions


def shared_cache_dir() -> Path:
    return Path(os.environ.get("MUSE_CACHE_DIR") or "~/.cache/muse").expanduser()


@pytest.fixture(scope="session")
def backend() -> Iterator[EmbeddedBackend]:
    embedded = EmbeddedBackend(
        EmbeddedOptions(cache_dir=shared_cache_dir(), max_batch=4, max_new_tokens=256, threads=2)
    )
    asyncio.run(embedded.start())
    yield embedded
    asyncio.run(embedded.close())
