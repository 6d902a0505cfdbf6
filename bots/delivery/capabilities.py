"""What a platform can do, declared once per adapter; the delivery layer obeys it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Dialect = Literal["telegram", "slack", "discord", "markdown", "plain"]
LengthUnit = Literal["chars", "utf16"]


@dataclass(frozen=True, slots=True)
class Capabilities:
    max_text: int
    length_unit: LengthUnit = "chars"
    dialect: Dialect = "markdown"
    can_edit: bool = True
    edit_interval_private_s: float = 1.0
    edit_interval_group_s: float = 3.0
    # Edits (and sends) per second the whole bot may make; more streams → slower cadence.
    global_rate_per_s: float = 30.0
    max_file_bytes: int = 50 * 1024 * 1024
    threads: bool = False
    typing_interval_s: float = 4.5


def text_length(text: str, unit: LengthUnit) -> int:
    if unit == "utf16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)
