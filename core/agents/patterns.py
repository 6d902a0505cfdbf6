"""What every word reader shares: a case-blind pattern, a number without its thousands
commas, and the words that make a sentence a question to work out."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

ASKED = (r"\?|\b(?:how|what|which|when|find|work\s+out|calculate|tell\s+me|give\s+me|"
         r"figure\s+out|determine|compute)\b")


def ci(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to match regardless of case."""
    return re.compile(pattern, re.IGNORECASE)


def plain(text: str) -> str:
    """"1,250.50" → "1250.50"."""
    return text.replace(",", "")


def substitute(expression: str, name: str, value: str) -> str:
    """Each lone ``name`` in ``expression`` replaced by ``(value)``: "2*x + xy" → "2*(3) + xy"."""
    return re.sub(rf"(?<![a-z]){re.escape(name)}(?![a-z(])", f"({value})", expression)


T = TypeVar("T")


def first_found(readers: Iterable[Callable[[str], T | None]], text: str) -> T | None:
    """What the first of ``readers`` finds in ``text``, or None (and None for a text longer
    than 600 characters)."""
    if len(text) > 600:
        return None
    return next((found for reader in readers if (found := reader(text)) is not None), None)
