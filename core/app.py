"""Assembling the core from settings: store, model backend, commands, skills, engine.

Faces (adapters, web, terminal) share one :class:`App` per process.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from config.settings import Settings
from core.commands import CommandRegistry, register_builtin
from core.engine import Engine
from core.image_facts import ImageFactsSkill
from core.models.base import ModelBackend
from core.models.registry import create_backend
from core.skills import Skill
from core.store import MIGRATIONS, Database, Store
from core.store.db import private_dir

if TYPE_CHECKING:
    from core.features import Features


@dataclass(eq=False)
class App:
    settings: Settings
    db: Database
    store: Store
    backend: ModelBackend
    commands: CommandRegistry
    engine: Engine
    features: Features

    async def close(self) -> None:
        await self.engine.close()
        await self.features.close()
        await self.backend.close()
        await self.db.close()


async def build_app(settings: Settings, backend: ModelBackend | None = None,
                    skills: Sequence[Skill] | None = None) -> App:
    """The core; ``skills`` None means the features the settings enable."""
    from core.features import Features, build_features  # registers feature migrations

    data = private_dir(settings.data_dir)
    db = Database(data / "muse.db")
    await db.open(MIGRATIONS)
    store = Store(db, data / "media")
    backend = backend or create_backend(settings)
    await backend.start()
    commands = CommandRegistry()
    features = (Features(skills=list(skills)) if skills is not None
                else await build_features(settings, db, commands, data / "media"))
    engine = Engine(settings=settings, store=store, backend=backend, commands=commands,
                    skills=[ImageFactsSkill(), *features.skills])
    register_builtin(commands, engine)
    return App(settings=settings, db=db, store=store, backend=backend, commands=commands,
               engine=engine, features=features)
