"""Fault injection and reply-latency bookkeeping for the fake Telegram server."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from tests.fakes.fake_telegram_types import (
    JSON,
    ApiCall,
    ApiError,
    Fault,
    ThrottleRecord,
    too_many_requests,
)

REPLY_METHODS = {
    "sendmessage": "text",
    "editmessagetext": "text",
    "sendphoto": "caption",
    "senddocument": "caption",
    "editmessagecaption": "caption",
}


@dataclass(frozen=True)
class Throttle:
    until: float
    method: str | None
    chat_id: int | str | None

    def matches(self, method: str, chat_id: int | str | None, at: float) -> bool:
        return (
            at < self.until
            and (self.method is None or self.method.lower() == method.lower())
            and (self.chat_id is None or self.chat_id == chat_id)
        )


RATED_METHODS = frozenset(REPLY_METHODS) | {"sendmediagroup"}


@dataclass(frozen=True)
class RateLimits:
    """Telegram-like pacing: per private chat, per group (per minute) and per bot."""

    per_chat_per_s: float = 1.0
    burst: int = 3
    per_group_per_min: float = 20.0
    global_per_s: float = 30.0


@dataclass
class Bucket:
    """A token bucket; ``wait`` refills it and answers 0 or the seconds until a token."""

    rate: float
    capacity: float
    tokens: float
    stamp: float

    def wait(self, at: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (at - self.stamp) * self.rate)
        self.stamp = at
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class Pacer:
    limits: RateLimits
    buckets: dict[object, Bucket] = field(default_factory=dict)

    def retry_after(self, method: str, chat_id: int | str | None, at: float) -> int:
        """0 when the call may pass (and is counted), else the whole seconds to wait."""
        if method.lower() not in RATED_METHODS or chat_id is None:
            return 0
        limits = self.limits
        group = isinstance(chat_id, int) and chat_id < 0
        rate = limits.per_group_per_min / 60 if group else limits.per_chat_per_s
        buckets = [self._bucket(chat_id, rate, limits.burst, at)]
        buckets.append(self._bucket("bot", limits.global_per_s, limits.global_per_s, at))
        wait = max(bucket.wait(at) for bucket in buckets)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.tokens -= 1
        return 0

    def _bucket(self, key: object, rate: float, capacity: float, at: float) -> Bucket:
        return self.buckets.setdefault(key, Bucket(rate, capacity, capacity, at))


@dataclass
class FaultPlan:
    """Queued errors (``fail_next``), 429 windows (``throttle``), pacing and the 429s answered."""

    faults: list[Fault] = field(default_factory=list)
    throttles: list[Throttle] = field(default_factory=list)
    log: list[ThrottleRecord] = field(default_factory=list)
    pacer: Pacer | None = None

    def error_for(self, method: str, chat_id: int | str | None, at: float) -> ApiError | None:
        for window in self.throttles:
            if window.matches(method, chat_id, at):
                return too_many_requests(max(1, math.ceil(window.until - at)))
        wait = self.pacer.retry_after(method, chat_id, at) if self.pacer else 0
        if wait:
            return too_many_requests(wait)
        for fault in self.faults:
            if fault.matches(method):
                fault.count -= 1
                return fault.error()
        return None

    def observe(self, method: str, chat_id: int | str | None, at: float) -> None:
        """Note the arrival of a call, closing 429 records of the same method and chat."""
        for record in self.log:
            same = record.method.lower() == method.lower() and record.chat_id == chat_id
            if same and record.next_call_at is None:
                record.next_call_at = at

    def answered(self, method: str, chat_id: int | str | None, at: float, error: ApiError) -> None:
        if error.status == 429 and error.retry_after is not None:
            self.log.append(ThrottleRecord(method, chat_id, at, error.retry_after))

    def early_retries(self) -> list[ThrottleRecord]:
        return [record for record in self.log if record.early]


def is_reply_text(text: object) -> bool:
    """Reply text has at least one letter or digit; "…" or "⏳" placeholders do not count."""
    return isinstance(text, str) and any(ch.isalnum() for ch in text)


@dataclass
class LatencyRecord:
    chat_id: int
    message_id: int
    injected_at: float
    replied_at: float | None = None

    @property
    def latency(self) -> float | None:
        return None if self.replied_at is None else self.replied_at - self.injected_at


@dataclass
class LatencyTracker:
    """Time from each injected user message to the first bot call with reply text in its chat.

    A reply that names the message (``reply_parameters``, or an edit of a bot message that
    replied to it) answers that message; otherwise it answers the oldest unanswered one.
    """

    records: list[LatencyRecord] = field(default_factory=list)

    def injected(self, chat_id: int, message_id: int, at: float) -> None:
        self.records.append(LatencyRecord(chat_id, message_id, at))

    def observe(self, call: ApiCall, reply_to: int | None) -> None:
        text_field = REPLY_METHODS.get(call.method.lower())
        if text_field is None or not is_reply_text(call.params.get(text_field)):
            return
        pending = [r for r in self.records if r.chat_id == call.chat_id and r.replied_at is None]
        named = [r for r in pending if r.message_id == reply_to]
        candidates = named or pending
        if candidates:
            candidates[0].replied_at = call.at

    def latencies(self) -> list[float]:
        return [r.latency for r in self.records if r.latency is not None]

    def summary(self) -> JSON:
        values = sorted(self.latencies())
        return {
            "count": len(values),
            "unanswered": sum(1 for r in self.records if r.replied_at is None),
            "p50": percentile(values, 50),
            "p99": percentile(values, 99),
            "raw": values,
        }


def percentile(sorted_values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile of an ascending list (None when empty)."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]
