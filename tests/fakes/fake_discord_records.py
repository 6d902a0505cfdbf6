"""Observation records, fault injection and latency bookkeeping of the fake Discord server."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.fake_discord_payloads import JSON, FakeFile


@dataclass(frozen=True)
class ApiCall:
    """One REST call the bot made (``name`` is the fake's short route name)."""

    name: str
    method: str
    path: str
    query: dict[str, str]
    body: Any
    files: tuple[FakeFile, ...]
    ts: float
    status: int


@dataclass(frozen=True)
class Fault:
    status: int
    retry_after: float = 0.0
    message: str = ""
    code: int = 0
    is_global: bool = False
    route: str | None = None


@dataclass
class RetryRecord:
    """A call answered 429, and when the same route was called again."""

    route: str
    path: str
    limited_at: float
    retry_after: float
    retried_at: float | None = None

    @property
    def waited(self) -> float | None:
        return None if self.retried_at is None else self.retried_at - self.limited_at


@dataclass(frozen=True)
class InteractionResponse:
    """A response the bot gave to an interaction (callback, follow-up or @original edit)."""

    interaction_id: int
    kind: str
    type: int | None
    body: JSON
    files: tuple[FakeFile, ...]
    ts: float


@dataclass(frozen=True)
class LatencyReport:
    samples: tuple[float, ...]
    pending: int

    @property
    def p50(self) -> float | None:
        return percentile(self.samples, 50)

    @property
    def p99(self) -> float | None:
        return percentile(self.samples, 99)

    def to_json(self) -> JSON:
        return {
            "count": len(self.samples),
            "pending": self.pending,
            "p50": self.p50,
            "p99": self.p99,
            "samples": list(self.samples),
        }


def percentile(samples: tuple[float, ...], pct: float) -> float | None:
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(0, math.ceil(pct / 100 * len(ordered)) - 1)
    return ordered[rank]


class FaultQueue:
    """Faults answered to the next calls, optionally only for one route name."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []

    def add(self, fault: Fault, count: int) -> None:
        self._faults.extend([fault] * count)

    def take(self, route: str) -> Fault | None:
        for index, fault in enumerate(self._faults):
            if fault.route in (None, route):
                return self._faults.pop(index)
        return None

    def clear(self) -> None:
        self._faults.clear()


class LatencyTracker:
    """Time from each injected user message to the first bot call carrying reply text there."""

    def __init__(self) -> None:
        self._pending: dict[int, list[float]] = {}
        self._samples: list[float] = []

    def injected(self, channel_id: int) -> None:
        self._pending.setdefault(channel_id, []).append(time.monotonic())

    def replied(self, channel_id: int) -> None:
        now = time.monotonic()
        for started in self._pending.pop(channel_id, []):
            self._samples.append(now - started)

    def report(self) -> LatencyReport:
        pending = sum(len(v) for v in self._pending.values())
        return LatencyReport(samples=tuple(self._samples), pending=pending)

    def reset(self) -> None:
        self._pending.clear()
        self._samples.clear()


class ChangeSignal:
    """Lets tests wait for a condition instead of sleeping."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            event = self._event
            try:
                await asyncio.wait_for(event.wait(), timeout=min(remaining, 0.05))
            except TimeoutError:
                continue


@dataclass
class CallLog:
    """Every REST call, the 429 retry records and per-name counts."""

    calls: list[ApiCall] = field(default_factory=list)
    retries: list[RetryRecord] = field(default_factory=list)

    def record(self, call: ApiCall) -> None:
        for retry in self.retries:
            if retry.retried_at is None and retry.path == call.path and retry.route == call.name:
                retry.retried_at = call.ts
        self.calls.append(call)

    def limited(self, call: ApiCall, retry_after: float) -> None:
        self.retries.append(RetryRecord(call.name, call.path, call.ts, retry_after))

    def counts(self) -> dict[str, int]:
        result: dict[str, int] = {}
        for call in self.calls:
            result[call.name] = result.get(call.name, 0) + 1
        return result

    def reset(self) -> None:
        self.calls.clear()
        self.retries.clear()
