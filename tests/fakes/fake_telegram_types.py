"""Value types shared by the fake Telegram Bot API server (see ``fake_telegram``)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """An error answer of the Bot API: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(what: str) -> ApiError:
    return ApiError(400, f"Bad Request: {what}")


def too_many_requests(retry_after: int) -> ApiError:
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` an entity with this UTF-16 ``offset`` and ``length`` covers."""
    raw = text.encode("utf-16-le")
    return raw[2 * offset : 2 * (offset + length)].decode("utf-16-le", errors="replace")


def now() -> float:
    return time.monotonic()


@dataclass(frozen=True)
class TgUser:
    """A Telegram user (or bot) as it appears in ``from`` fields."""

    id: int
    first_name: str = "Ada"
    username: str | None = None
    is_bot: bool = False
    last_name: str | None = None
    language_code: str | None = None

    def to_dict(self) -> JSON:
        data: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("username", "last_name", "language_code"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class TgChat:
    """A chat: ``private``, ``group``, ``supergroup`` (optionally a forum) or ``channel``."""

    id: int
    type: str = "private"
    title: str | None = None
    first_name: str | None = None
    username: str | None = None
    is_forum: bool = False

    @classmethod
    def private(cls, user: TgUser) -> TgChat:
        return cls(id=user.id, type="private", first_name=user.first_name, username=user.username)

    @classmethod
    def group(cls, chat_id: int, title: str = "Group") -> TgChat:
        return cls(id=chat_id, type="group", title=title)

    @classmethod
    def supergroup(cls, chat_id: int, title: str = "Team", is_forum: bool = False) -> TgChat:
        return cls(id=chat_id, type="supergroup", title=title, is_forum=is_forum)

    def to_dict(self) -> JSON:
        data: JSON = {"id": self.id, "type": self.type}
        for key in ("title", "first_name", "username"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        if self.is_forum:
            data["is_forum"] = True
        return data


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded (multipart part) or referenced (file_id / URL)."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes
    file_id: str


@dataclass(frozen=True)
class FileRecord:
    """A file the fake serves at ``/file/bot<token>/<path>``."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes

    def to_dict(self) -> JSON:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


@dataclass(frozen=True)
class Edit:
    """One successful ``editMessageText``/``editMessageCaption``: the content it set."""

    at: float
    text: str
    entities: tuple[JSON, ...]


@dataclass(frozen=True)
class ApiCall:
    """One request to the Bot API, as received (parameters already decoded)."""

    method: str
    params: JSON
    at: float
    status: int = 200
    files: tuple[UploadedFile, ...] = ()

    @property
    def chat_id(self) -> int | str | None:
        value = self.params.get("chat_id")
        return value if isinstance(value, int | str) else None


@dataclass
class StoredMessage:
    """A message in a chat, from a user or the bot; mutable as the bot edits or deletes it."""

    message_id: int
    chat: TgChat
    sender: TgUser
    date: int
    from_bot: bool
    text: str | None = None
    entities: list[JSON] = field(default_factory=list)
    caption: str | None = None
    thread_id: int | None = None
    reply_to: int | None = None
    media_group_id: str | None = None
    files: list[UploadedFile] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    deleted: bool = False
    extra: JSON = field(default_factory=dict)
    reply_markup: JSON | None = None

    @property
    def content(self) -> str:
        """The text, or the caption of a media message ("" when neither)."""
        return self.text if self.text is not None else (self.caption or "")

    def entity_texts(self) -> list[tuple[str, str]]:
        """``(type, covered text)`` for every entity, sliced in UTF-16 units like Telegram."""
        return [
            (e["type"], utf16_slice(self.content, e["offset"], e["length"])) for e in self.entities
        ]


@dataclass(frozen=True)
class InboundMessage:
    """What an injection helper returns: ids of the update and message it created."""

    update_id: int
    message_id: int
    chat_id: int
    delivered: bool
    update: JSON


@dataclass
class ThrottleRecord:
    """A 429 the fake answered, and when the next call of that method to that chat came."""

    method: str
    chat_id: int | str | None
    at: float
    retry_after: int
    next_call_at: float | None = None

    @property
    def early(self) -> bool:
        """True when the client came back before ``retry_after`` seconds had passed."""
        return self.next_call_at is not None and self.next_call_at - self.at < self.retry_after


@dataclass
class Fault:
    """A queued fault: the next ``count`` matching calls answer this error."""

    count: int
    status: int
    description: str
    method: str | None = None
    retry_after: int | None = None

    def matches(self, method: str) -> bool:
        return self.count > 0 and (self.method is None or self.method.lower() == method.lower())

    def error(self) -> ApiError:
        return ApiError(self.status, self.description, self.retry_after)
