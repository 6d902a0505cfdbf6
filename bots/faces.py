"""The faces Muse can show, registered as data: name → module.

A face module exposes ``NAME``, ``check(settings) -> str | None`` (None when it can run,
otherwise why it is off) and ``async serve(app, stop)`` (runs until ``stop`` is set).
"""

from __future__ import annotations

import asyncio
import importlib
from types import ModuleType
from typing import Protocol, cast

from config.settings import Settings
from core.app import App

FACES: dict[str, str] = {
    "web": "bots.web.face",
    "preview": "bots.web.preview_face",
    "telegram": "bots.telegram",
    "discord": "bots.discord",
    "slack": "bots.slack",
}


class FaceModule(Protocol):
    NAME: str

    def check(self, settings: Settings) -> str | None: ...

    async def serve(self, app: App, stop: asyncio.Event) -> None: ...


def load_face(name: str) -> FaceModule | str:
    """The face module, or why it cannot be loaded."""
    try:
        module: ModuleType = importlib.import_module(FACES[name])
    except ImportError as exc:
        return f"not installed ({exc.name})"
    return cast(FaceModule, module)
