"""Delivery errors adapters raise from their platform calls.

``RateLimited`` carries the platform's ``retry_after`` (seconds); the delivery layer waits
exactly that long (never less) before the next call in that scope. ``DeliveryFailed``
is anything else: ``permanent`` ones (a chat that no longer exists) are not retried.
"""

from __future__ import annotations

from typing import Literal


class DeliveryError(Exception):
    pass


class RateLimited(DeliveryError):
    def __init__(self, retry_after: float, scope: Literal["chat", "global"] = "chat") -> None:
        super().__init__(f"rate limited for {retry_after}s ({scope})")
        self.retry_after = retry_after
        self.scope = scope


class DeliveryFailed(DeliveryError):
    def __init__(self, reason: str, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent
