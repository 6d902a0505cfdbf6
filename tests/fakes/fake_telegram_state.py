"""Chats, messages, files and the update queue of the fake Telegram Bot API server."""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from typing import Any

from tests.fakes.fake_telegram_types import (
    JSON,
    ApiError,
    FileRecord,
    InboundMessage,
    StoredMessage,
    TgChat,
    TgUser,
    bad_request,
    utf16_len,
)


@dataclass
class QueuedUpdate:
    """An update waiting in the ``getUpdates`` queue."""

    update: JSON
    forced: bool = False
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def kind(self) -> str:
        return next(key for key in self.update if key != "update_id")


@dataclass
class WebhookState:
    url: str = ""
    secret_token: str | None = None
    allowed_updates: list[str] | None = None
    max_connections: int = 40


@dataclass
class BotState:
    """Everything the fake Bot API knows. Plain data; no I/O."""

    token: str
    bot: TgUser
    can_read_all_group_messages: bool = False
    chats: dict[int, TgChat] = field(default_factory=dict)
    messages: dict[int, dict[int, StoredMessage]] = field(default_factory=dict)
    files: dict[str, FileRecord] = field(default_factory=dict)
    files_by_path: dict[str, FileRecord] = field(default_factory=dict)
    queue: list[QueuedUpdate] = field(default_factory=list)
    sent_updates: dict[int, JSON] = field(default_factory=dict)
    allowed_updates: list[str] | None = None
    webhook: WebhookState = field(default_factory=WebhookState)
    commands: dict[str, list[JSON]] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    _update_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _file_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _message_ids: dict[int, int] = field(default_factory=dict)

    # -- chats and messages -------------------------------------------------

    def add_chat(self, chat: TgChat) -> TgChat:
        self.chats.setdefault(chat.id, chat)
        self.messages.setdefault(chat.id, {})
        return self.chats[chat.id]

    def chat(self, chat_id: Any) -> TgChat:
        """A chat the bot may act in: known, and not one where the bot is blocked or kicked."""
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise bad_request("chat not found")
        if chat_id in self.blocked:
            chat = self.chats[chat_id]
            reason = "bot was blocked by the user" if chat.type == "private" else "bot was kicked"
            raise ApiError(403, f"Forbidden: {reason}")
        return self.chats[chat_id]

    def new_message(self, chat: TgChat, sender: TgUser, **fields: Any) -> StoredMessage:
        self.add_chat(chat)
        message_id = self._message_ids.get(chat.id, 0) + 1
        self._message_ids[chat.id] = message_id
        msg = StoredMessage(
            message_id=message_id,
            chat=chat,
            sender=sender,
            date=int(time.time()),
            from_bot=sender.id == self.bot.id,
            **fields,
        )
        self.messages[chat.id][message_id] = msg
        return msg

    def message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        msg = self.messages.get(chat_id, {}).get(message_id)
        return None if msg is None or msg.deleted else msg

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        return [m for m in self.messages.get(chat_id, {}).values() if m.from_bot and not m.deleted]

    def create_topic(self, chat: TgChat, name: str, creator: TgUser) -> int:
        msg = self.new_message(chat, creator)
        msg.extra["forum_topic_created"] = {"name": name, "icon_color": 7322096}
        msg.thread_id = msg.message_id
        return msg.message_id

    def message_to_dict(self, msg: StoredMessage, nested: bool = False) -> JSON:
        data: JSON = {
            "message_id": msg.message_id,
            "from": msg.sender.to_dict(),
            "chat": msg.chat.to_dict(),
            "date": msg.date,
        }
        if msg.thread_id is not None:
            data["message_thread_id"] = msg.thread_id
            data["is_topic_message"] = True
        if msg.text is not None:
            data["text"] = msg.text
            if msg.entities:
                data["entities"] = msg.entities
        if msg.caption is not None:
            data["caption"] = msg.caption
            if msg.entities:
                data["caption_entities"] = msg.entities
        if msg.media_group_id is not None:
            data["media_group_id"] = msg.media_group_id
        if msg.edits:
            data["edit_date"] = int(time.time())
        if msg.reply_markup:
            data["reply_markup"] = msg.reply_markup
        data.update(msg.extra)
        if not nested:
            replied = self._replied(msg)
            if replied is not None:
                data["reply_to_message"] = self.message_to_dict(replied, nested=True)
        return data

    def _replied(self, msg: StoredMessage) -> StoredMessage | None:
        target = msg.reply_to
        if target is None and msg.thread_id is not None and msg.thread_id != msg.message_id:
            target = msg.thread_id  # Telegram quirk: topic messages "reply" to the topic start
        return None if target is None else self.messages[msg.chat.id].get(target)

    # -- files ----------------------------------------------------------------

    def add_file(self, data: bytes, folder: str, suffix: str) -> FileRecord:
        number = next(self._file_ids)
        record = FileRecord(
            file_id=f"FILE{number:06d}{'x' * 20}",
            file_unique_id=f"U{number:06d}",
            file_path=f"{folder}/file_{number}{suffix}",
            data=data,
        )
        self.files[record.file_id] = record
        self.files_by_path[record.file_path] = record
        return record

    # -- updates --------------------------------------------------------------

    def enqueue(self, body: JSON) -> JSON:
        update = {"update_id": next(self._update_ids), **body}
        self.sent_updates[update["update_id"]] = update
        self.queue.append(QueuedUpdate(update))
        return update

    def redeliver(self, update_id: int) -> None:
        """Offer an update again, even if a later offset already confirmed it."""
        self.queue.append(QueuedUpdate(self.sent_updates[update_id], forced=True))
        self.queue.sort(key=lambda q: q.update_id)

    def confirm(self, offset: int) -> None:
        if offset < 0:
            keep = max(len(self.queue) + offset, 0)
            self.queue = self.queue[keep:]
            return
        self.queue = [
            q for q in self.queue if q.update_id >= offset or (q.forced and not q.delivered)
        ]

    def take(self, limit: int, allowed: list[str] | None) -> list[JSON]:
        """The next updates for ``getUpdates``; updates of other kinds are dropped."""
        if allowed:
            self.queue = [q for q in self.queue if q.kind in allowed]
        batch = self.queue[:limit]
        for item in batch:
            item.delivered = True
        return [q.update for q in batch]

    def drop_pending(self) -> None:
        self.queue.clear()

    # -- inbound messages -----------------------------------------------------

    def visible_to_bot(self, msg: StoredMessage) -> bool:
        """Privacy mode: in groups a bot sees only mentions, commands and replies to itself."""
        if msg.chat.type == "private" or self.can_read_all_group_messages:
            return True
        content = msg.content
        mention = f"@{self.bot.username}".lower()
        if content.startswith("/") or mention in content.lower():
            return True
        replied = self.messages[msg.chat.id].get(msg.reply_to or 0)
        return replied is not None and replied.from_bot

    def inject(self, msg: StoredMessage) -> InboundMessage:
        delivered = self.visible_to_bot(msg)
        update: JSON = {}
        if delivered:
            update = self.enqueue({"message": self.message_to_dict(msg)})
        return InboundMessage(
            update_id=int(update.get("update_id", 0)),
            message_id=msg.message_id,
            chat_id=msg.chat.id,
            delivered=delivered,
            update=update,
        )


_AUTO_ENTITIES = re.compile(
    r"(?P<bot_command>(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z]\w{3,31})?)"
    r"|(?P<mention>(?<![\w@])@[A-Za-z]\w{3,31})"
    r"|(?P<url>https?://[^\s]+)"
)


def detect_entities(text: str) -> list[JSON]:
    """Entities Telegram adds to user text by itself: commands, @mentions and URLs."""
    return [
        {
            "type": match.lastgroup,
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for match in _AUTO_ENTITIES.finditer(text)
    ]


def mention_entity(username: str) -> tuple[str, JSON]:
    """A leading ``@username `` and its ``mention`` entity."""
    prefix = f"@{username}"
    return prefix + " ", {"type": "mention", "offset": 0, "length": utf16_len(prefix)}


def shift_entities(entities: list[JSON], by: int) -> list[JSON]:
    return [{**e, "offset": e["offset"] + by} for e in entities]
