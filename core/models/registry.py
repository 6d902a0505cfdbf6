"""Model backends registered as data: name → "module:factory" (imported on demand).

A factory takes the settings and returns a :class:`core.models.base.ModelBackend`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from config.settings import Settings
from core.models.base import ModelBackend

BACKENDS: dict[str, str] = {
    "scripted": "core.models.scripted:create",
    "transformers": "core.models.embedded:create",
    "openai": "core.models.openai:create",
    "llamacpp": "core.models.llamacpp:create",
}


class UnknownBackend(Exception):
    pass


def create_backend(settings: Settings) -> ModelBackend:
    name = settings.model.backend
    target = BACKENDS.get(name)
    if target is None:
        raise UnknownBackend(f"unknown model backend {name!r} (known: {', '.join(BACKENDS)})")
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UnknownBackend(f"model backend {name!r} is not installed ({exc.name})") from None
    factory = cast(Callable[[Settings], ModelBackend], getattr(module, attr))
    return factory(settings)
