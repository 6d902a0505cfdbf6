"""Identity of the fake workspace and the recorder of everything the bot did."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from tests.fakes.fake_slack_state import (
    ApiCall,
    EarlyRetry,
    Fault,
    JsonDict,
    LatencyTracker,
    RateLimitHit,
)

T = TypeVar("T")


@dataclass(frozen=True)
class SlackIdentity:
    """Tokens and ids of the fake workspace and its bot."""

    bot_token: str = "xoxb-fake-bot-token"
    app_token: str = "xapp-1-fake-app-token"
    signing_secret: str = "fake-signing-secret"
    verification_token: str = "fake-verification-token"
    team_id: str = "T0FAKE"
    team_name: str = "Fake Workspace"
    api_app_id: str = "A0FAKE"
    bot_user_id: str = "U0BOT"
    bot_id: str = "B0BOT"
    bot_name: str = "muse"


@dataclass
class Recorder:
    """Call log, fault queue, rate-limit bookkeeping and change notification."""

    calls: list[ApiCall] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    rate_limit_hits: list[RateLimitHit] = field(default_factory=list)
    latency: LatencyTracker = field(default_factory=LatencyTracker)
    _changed: asyncio.Condition | None = None

    def record(self, call: ApiCall, retry_after: int | None = None) -> None:
        self.calls.append(call)
        if retry_after is not None:
            self.rate_limit_hits.append(RateLimitHit(call.method, call.at, retry_after))

    def take_fault(self, method: str) -> Fault | None:
        for fault in self.faults:
            if fault.matches(method):
                fault.remaining -= 1
                return fault
        return None

    def counts(self) -> dict[str, int]:
        return dict(Counter(call.method for call in self.calls))

    def early_retries(self, tolerance: float = 0.0) -> list[EarlyRetry]:
        early: list[EarlyRetry] = []
        for hit in self.rate_limit_hits:
            allowed = hit.at + hit.retry_after - tolerance
            early.extend(
                EarlyRetry(call.method, call.at, allowed)
                for call in self.calls
                if call.method == hit.method and hit.at < call.at < allowed
            )
        return early

    def reset(self) -> None:
        self.calls.clear()
        self.faults.clear()
        self.rate_limit_hits.clear()
        self.latency = LatencyTracker()

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def notify(self) -> None:
        condition = self._condition()
        async with condition:
            condition.notify_all()

    async def wait_for(
        self, predicate: Callable[[], T], timeout: float = 5.0,
    ) -> T:
        """Wait until ``predicate()`` is truthy (checked on every change and every 50 ms)."""
        condition = self._condition()
        deadline = time.monotonic() + timeout
        async with condition:
            while not (result := predicate()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"condition not met within {timeout} s")
                try:
                    await asyncio.wait_for(condition.wait(), min(remaining, 0.05))
                except TimeoutError:
                    pass
        return result


def rate_limit_body() -> JsonDict:
    return {"ok": False, "error": "ratelimited"}
