"""Structured logs with ids and sizes only: never message text, memory content or tokens."""

from __future__ import annotations

import logging
import secrets
from typing import Any

logger = logging.getLogger("muse")


def new_turn_id() -> str:
    return secrets.token_hex(6)


def event(name: str, level: int = logging.INFO, **fields: Any) -> None:
    """One structured line: ``name key=value …`` (``fields`` land in the record too)."""
    if not logger.isEnabledFor(level):
        return
    text = " ".join(f"{k}={v}" for k, v in fields.items())
    logger.log(level, "%s %s", name, text, extra={"muse": {"event": name, **fields}})
