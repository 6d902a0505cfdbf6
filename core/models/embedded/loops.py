"""Loop detection: stop an answer whose tail keeps repeating the same tokens.

Small models fall into loops ("I am. I am. I am."). A tail of ``span`` tokens that repeats
with some period ``p`` (every token equals the one ``p`` before it) is a loop when the
pattern has come round at least ``min_repeats`` times and covers at least ``min_span`` tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoopPolicy:
    max_period: int = 48
    min_repeats: int = 3
    min_span: int = 24


def is_looping(tokens: Sequence[int], policy: LoopPolicy = LoopPolicy()) -> bool:
    """True if the end of ``tokens`` is a repeating pattern under ``policy``."""
    for period in range(1, policy.max_period + 1):
        span = max(period * policy.min_repeats, policy.min_span)
        if len(tokens) < span:
            return False
        tail = tokens[-span:]
        if tail[period:] == tail[:-period]:
            return True
    return False
