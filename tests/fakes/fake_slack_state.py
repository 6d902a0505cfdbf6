"""Value types and in-memory state of the fake Slack workspace (see ``fake_slack``)."""

from __future__ import annotations

import dataclasses
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]

PLACEHOLDER_TEXTS = frozenset({"", "...", "…", "_…_", "_..._"})


@dataclass(frozen=True)
class ApiCall:
    """One Web API call as the fake saw it (``at`` is ``time.monotonic()`` on arrival)."""

    method: str
    params: JsonDict
    at: float
    status: int = 200
    error: str | None = None


@dataclass(frozen=True)
class Edit:
    """One ``chat.update`` applied to a message."""

    at: float
    text: str
    blocks: Any = None


@dataclass(frozen=True)
class SlackFile:
    """A file known to the fake: uploaded by the bot or offered by a user."""

    id: str
    name: str
    title: str
    mimetype: str
    data: bytes
    user: str
    channel_id: str | None = None
    thread_ts: str | None = None
    initial_comment: str | None = None
    created: int = 0

    def to_json(self, base_url: str, team_id: str) -> JsonDict:
        private = f"{base_url}/files-pri/{team_id}-{self.id}/{self.name}"
        download = f"{base_url}/files-pri/{team_id}-{self.id}/download/{self.name}"
        return {
            "id": self.id,
            "created": self.created,
            "timestamp": self.created,
            "name": self.name,
            "title": self.title,
            "mimetype": self.mimetype,
            "filetype": self.name.rsplit(".", 1)[-1] if "." in self.name else "binary",
            "user": self.user,
            "size": len(self.data),
            "mode": "hosted",
            "is_external": False,
            "is_public": False,
            "url_private": private,
            "url_private_download": download,
            "permalink": f"{base_url}/files/{self.user}/{self.id}/{self.name}",
        }


@dataclass(frozen=True)
class SlackMessage:
    """Current state of one message in a channel (user-sent or bot-sent)."""

    channel: str
    ts: str
    text: str
    user: str
    blocks: Any = None
    bot_id: str | None = None
    thread_ts: str | None = None
    subtype: str | None = None
    edits: tuple[Edit, ...] = ()
    deleted: bool = False
    ephemeral_for: str | None = None
    file_ids: tuple[str, ...] = ()

    def to_json(self, team_id: str) -> JsonDict:
        out: JsonDict = {"type": "message", "text": self.text, "user": self.user, "ts": self.ts}
        out["team"] = team_id
        optional = {
            "blocks": self.blocks,
            "bot_id": self.bot_id,
            "thread_ts": self.thread_ts,
            "subtype": self.subtype,
        }
        out.update({k: v for k, v in optional.items() if v is not None})
        return out


@dataclass(frozen=True)
class RateLimitHit:
    """A 429 the fake answered: no call of ``method`` may arrive before ``at + retry_after``."""

    method: str
    at: float
    retry_after: int


@dataclass(frozen=True)
class EarlyRetry:
    """A call that arrived while its method was still rate limited."""

    method: str
    at: float
    allowed_at: float


@dataclass
class Fault:
    """A pending injected failure; ``remaining`` counts down per matching call."""

    remaining: int
    status: int
    error: str
    method: str | None = None
    retry_after: int | None = None
    description: str | None = None

    def matches(self, method: str) -> bool:
        return self.remaining > 0 and (self.method is None or self.method == method)

    def body(self) -> JsonDict:
        out: JsonDict = {"ok": False, "error": self.error}
        if self.description:
            out["response_metadata"] = {"messages": [self.description]}
        return out


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile; ``None`` for no samples."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


@dataclass
class LatencyTracker:
    """Time from each injected user message to the first reply text in the same chat."""

    pending: dict[str, deque[float]] = field(default_factory=dict)
    samples: list[float] = field(default_factory=list)
    per_channel: dict[str, list[float]] = field(default_factory=dict)

    def injected(self, channel: str, at: float) -> None:
        self.pending.setdefault(channel, deque()).append(at)

    def replied(self, channel: str, at: float) -> None:
        queue = self.pending.get(channel)
        if not queue:
            return
        latency = at - queue.popleft()
        self.samples.append(latency)
        self.per_channel.setdefault(channel, []).append(latency)

    def summary(self) -> JsonDict:
        return {
            "count": len(self.samples),
            "pending": sum(len(q) for q in self.pending.values()),
            "p50": percentile(self.samples, 50),
            "p99": percentile(self.samples, 99),
            "latencies": list(self.samples),
            "per_channel": {k: list(v) for k, v in self.per_channel.items()},
        }


def is_reply_text(params: JsonDict) -> bool:
    """True when a chat call carries real reply content (not a placeholder)."""
    text = str(params.get("text") or "").strip()
    if text not in PLACEHOLDER_TEXTS:
        return True
    return bool(params.get("blocks")) or bool(params.get("attachments"))


class TsClock:
    """Issues strictly increasing Slack timestamps ("seconds.micros")."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> str:
        self._last = max(self._last + 1, int(time.time() * 1_000_000))
        return f"{self._last // 1_000_000}.{self._last % 1_000_000:06d}"


@dataclass
class Workspace:
    """Channels, messages and files of the fake workspace."""

    messages: dict[str, dict[str, SlackMessage]] = field(default_factory=dict)
    files: dict[str, SlackFile] = field(default_factory=dict)
    users: dict[str, str] = field(default_factory=dict)
    channel_names: dict[str, str] = field(default_factory=dict)
    clock: TsClock = field(default_factory=TsClock)
    _counter: int = 0

    def new_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter:08X}"

    def dm_channel(self, user: str) -> str:
        return "D" + user.removeprefix("U").removeprefix("W")

    def put(self, message: SlackMessage) -> SlackMessage:
        self.messages.setdefault(message.channel, {})[message.ts] = message
        return message

    def get(self, channel: str, ts: str) -> SlackMessage | None:
        return self.messages.get(channel, {}).get(ts)

    def replace(self, old: SlackMessage, **changes: Any) -> SlackMessage:
        return self.put(dataclasses.replace(old, **changes))

    def in_channel(self, channel: str) -> list[SlackMessage]:
        return sorted(self.messages.get(channel, {}).values(), key=lambda m: m.ts)
