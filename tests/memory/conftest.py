from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.commands.registry import CommandRegistry
from core.embeddings import Embedder, get_embedder
from core.memory import Memory, MemorySkill, ThreadDatabase, migrate, register_commands
from tests.memory.fakes import Harness, spine_tables


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    shared = get_embedder()
    shared.embed_sync(["warm up"])
    return shared


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[ThreadDatabase]:
    database = ThreadDatabase(tmp_path / "muse.db")
    database.call(migrate)
    database.call(spine_tables)
    yield database
    database.close()


@pytest.fixture
def memory(db: ThreadDatabase, embedder: Embedder, clock: Clock) -> Memory:
    return Memory(db, embedder, clock=clock)


@pytest.fixture
def harness(memory: Memory) -> Harness:
    registry = CommandRegistry()
    register_commands(registry, memory)
    return Harness(MemorySkill(memory), registry)
