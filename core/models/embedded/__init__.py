"""The embedded default model: SmolLM2-135M-Instruct in-process, batched across conversations.

``create(settings)`` builds the backend; ``await backend.start()`` converts the packaged GGUF
to a cached safetensors copy on first use, loads it, and starts the batching scheduler.
torch and transformers are imported only when the backend is built, so importing this
package (or :mod:`core.models.embedded.files`) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from config.settings import Settings
    from core.models.embedded.backend import EmbeddedBackend, EmbeddedOptions, prepare_weights

__all__ = ["EmbeddedBackend", "EmbeddedOptions", "create", "options_from", "prepare_weights"]

_LAZY = {"EmbeddedBackend", "EmbeddedOptions", "prepare_weights"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("core.models.embedded.backend"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def options_from(settings: Settings) -> EmbeddedOptions:
    from core.models.embedded.backend import EmbeddedOptions

    section = settings.model.transformers
    return EmbeddedOptions(
        cache_dir=settings.cache_dir,
        model_dir=section.model_dir.expanduser() if section.model_dir else None,
        dtype=section.dtype,
        max_batch=section.max_batch,
        max_new_tokens=min(section.max_new_tokens, settings.model.max_new_tokens),
        repetition_penalty=section.repetition_penalty,
        threads=section.threads,
        context_tokens=section.context_tokens,
        prefill_chunk=section.prefill_chunk,
    )


def create(settings: Settings) -> EmbeddedBackend:
    from core.models.embedded.backend import EmbeddedBackend

    return EmbeddedBackend(options_from(settings))
