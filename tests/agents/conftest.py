from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from core.tools.workers import WorkerLimits, WorkerPool


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def pool() -> AsyncIterator[WorkerPool]:
    workers = WorkerPool(2, WorkerLimits(cpu_seconds=2, wall_seconds=3.0))
    await workers.start()
    try:
        yield workers
    finally:
        await workers.close()
