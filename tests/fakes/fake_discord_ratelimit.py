"""Optional per-route, per-resource rate limits with Discord's ``X-RateLimit-*`` headers.

A limit is ``(requests, window_seconds)`` per route name and major parameter (channel,
guild or webhook). Within the limit every answer carries the bucket headers discord.py
uses to pace itself; beyond it the call gets a 429 whose ``retry_after`` is the time left
in the window.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass

MAJOR_PARAMETERS = ("channel_id", "guild_id", "token", "interaction_id")


@dataclass(frozen=True)
class Verdict:
    headers: dict[str, str]
    retry_after: float | None = None


@dataclass
class _Window:
    started: float
    used: int = 0


class RateLimiter:
    def __init__(self, limits: Mapping[str, tuple[int, float]] | None = None) -> None:
        self.limits = dict(limits or {})
        self._windows: dict[tuple[str, str], _Window] = {}

    def check(self, route: str, major: str) -> Verdict | None:
        """None when the route is unlimited, else the headers and maybe a retry_after."""
        if route not in self.limits:
            return None
        limit, window = self.limits[route]
        now = time.monotonic()
        state = self._windows.setdefault((route, major), _Window(now))
        if now - state.started >= window:
            state.started, state.used = now, 0
        reset_after = math.ceil(max(0.0, state.started + window - now) * 1000) / 1000
        if state.used >= limit:
            return Verdict(_headers(route, limit, 0, reset_after), retry_after=reset_after)
        state.used += 1
        return Verdict(_headers(route, limit, limit - state.used, reset_after))


def _headers(route: str, limit: int, remaining: int, reset_after: float) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
        "X-RateLimit-Reset-After": f"{reset_after:.3f}",
        "X-RateLimit-Bucket": hashlib.sha1(route.encode()).hexdigest()[:16],
    }


def major_parameter(match_info: Mapping[str, str]) -> str:
    return next((match_info[k] for k in MAJOR_PARAMETERS if k in match_info), "")


def parse_limit(text: str) -> tuple[str, tuple[int, float]]:
    """``create_message=5/5`` -> ("create_message", (5, 5.0))."""
    route, _, spec = text.partition("=")
    count, _, window = spec.partition("/")
    return route, (int(count), float(window))
