"""The features that plug into the engine as skills and commands: memory, the builder
(and, when enabled, the agents). Each registers its tables before the database opens."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from config.settings import Settings
from core.agents.commands import register_commands as register_agent_commands
from core.agents.planner import IntentIndex, Planner
from core.agents.skill import AgentsSkill
from core.agents.trace import SqliteTraceStore
from core.agents.trace import migrate as migrate_agents
from core.builder.commands import register_commands as register_builder_commands
from core.builder.skill import BuilderSkill
from core.builder.store import ArtifactStore
from core.builder.store import migrate as migrate_builder
from core.commands import CommandRegistry
from core.embeddings import get_embedder
from core.memory import Memory, MemorySkill
from core.memory import migrate as migrate_memory
from core.memory import register_commands as register_memory_commands
from core.messages import PersonKey
from core.skills import Skill
from core.store import Database, register_migration
from core.tools.workers import WorkerPool

register_migration("memory", migrate_memory)
register_migration("builder", migrate_builder)
register_migration("agents", migrate_agents)


@dataclass(eq=False)
class Features:
    memory: Memory | None = None
    artifacts: ArtifactStore | None = None
    builder: BuilderSkill | None = None
    skills: list[Skill] = field(default_factory=list)
    pool: WorkerPool | None = None

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()

    async def warm_up(self) -> None:
        """Load the sentence-embedding model now, not on someone's first message."""
        if self.memory is not None or self.pool is not None:
            await asyncio.to_thread(get_embedder().embed_sync, ["warm up"])

    def set_preview_base(self, url: str) -> None:
        """The preview listener is up at ``url`` ("" when it stops)."""
        if self.builder is not None:
            self.builder.preview_base = url


def _forget_media(db: Database, media_dir: Path) -> Callable[[PersonKey], Awaitable[None]]:
    """``/forget all`` also removes the person's stored images and built artifacts."""
    async def forget(person: PersonKey) -> None:
        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM media WHERE person_id=?", (person.person_id,))
            conn.execute("DELETE FROM builder_artifacts WHERE person_id=?",
                         (person.person_id,))

        await db.run(op)
        folder = media_dir / str(person.person_id)
        await asyncio.to_thread(shutil.rmtree, folder, True)

    return forget


async def build_features(settings: Settings, db: Database, commands: CommandRegistry,
                         media_dir: Path) -> Features:
    features = Features()
    if settings.memory.enabled:
        memory = Memory(db, forget_hooks=[_forget_media(db, media_dir)])
        register_memory_commands(commands, memory)
        features.memory = memory
        features.skills.append(MemorySkill(memory))
    if settings.builder.enabled:
        artifacts = ArtifactStore(db)
        await artifacts.setup()
        features.artifacts = artifacts
        profile = None
        if features.memory is not None:
            memory_ = features.memory

            async def profile_of(person: PersonKey) -> Mapping[str, str]:
                found = await memory_.profile(person)
                return {k: str(v) for k, v in found.items() if isinstance(v, str) and v}

            profile = profile_of
        builder = BuilderSkill(artifacts, "", profile=profile)  # set once previews are up
        register_builder_commands(commands, artifacts, lambda: builder.preview_base)
        features.builder = builder
        features.skills.append(builder)
    if settings.agents.enabled:
        pool = WorkerPool(settings.agents.workers)
        await pool.start()
        features.pool = pool
        traces = SqliteTraceStore(db.run)
        register_agent_commands(commands, traces)
        recall = features.memory.recall if features.memory is not None else None
        features.skills.append(AgentsSkill(
            pool, planner=Planner(IntentIndex(get_embedder())), traces=traces, recall=recall,
            deadline_s=settings.agents.subtask_timeout_s))
    return features
