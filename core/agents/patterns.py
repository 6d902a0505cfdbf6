"""Two helpers every word reader shares: a case-blind pattern and a number without its
thousands commas."""

from __future__ import annotations

import re


def ci(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled to match regardless of case."""
    return re.compile(pattern, re.IGNORECASE)


def plain(text: str) -> str:
    """"1,250.50" → "1250.50"."""
    return text.replace(",", "")
