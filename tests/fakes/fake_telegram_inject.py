"""Helpers that inject inbound updates (users writing to the bot) into the fake Telegram."""

from __future__ import annotations

import itertools
from typing import Any

from tests.fakes.fake_telegram_faults import LatencyTracker
from tests.fakes.fake_telegram_state import (
    BotState,
    detect_entities,
    mention_entity,
    shift_entities,
)
from tests.fakes.fake_telegram_types import (
    JSON,
    Edit,
    InboundMessage,
    TgChat,
    TgUser,
    now,
    utf16_len,
)

_media_groups = itertools.count(13_000_000_000_000_001)


class InjectMixin:
    """Injection API of ``FakeTelegram``; every helper returns what it created."""

    state: BotState
    latency: LatencyTracker

    def _notify(self) -> None:
        raise NotImplementedError

    # -- chats ----------------------------------------------------------------

    def add_chat(self, chat: TgChat) -> TgChat:
        """Make a chat known (the bot can send to it) without any message."""
        return self.state.add_chat(chat)

    def create_topic(self, chat: TgChat, name: str = "Topic", creator: TgUser | None = None) -> int:
        """Create a forum topic in ``chat`` (a forum supergroup); returns its message_thread_id."""
        self.state.add_chat(chat)
        return self.state.create_topic(chat, name, creator or TgUser(1, "Creator"))

    def block_bot(self, chat_id: int, blocked: bool = True) -> None:
        """The user blocks the bot (or the group kicks it): its calls there answer 403."""
        (self.state.blocked.add if blocked else self.state.blocked.discard)(chat_id)

    # -- messages -------------------------------------------------------------

    def inject_text(
        self,
        chat: TgChat,
        sender: TgUser,
        text: str,
        *,
        entities: list[JSON] | None = None,
        mention_bot: bool = False,
        thread_id: int | None = None,
        reply_to: int | None = None,
    ) -> InboundMessage:
        """A text message; ``mention_bot`` prefixes ``@botname `` with a mention entity."""
        return self._inject(
            chat, sender, {"text": text}, entities, mention_bot, thread_id, reply_to
        )

    def inject_private(self, sender: TgUser, text: str, **kwargs: Any) -> InboundMessage:
        """A text message in the private chat with ``sender``."""
        return self.inject_text(TgChat.private(sender), sender, text, **kwargs)

    def inject_photo(
        self,
        chat: TgChat,
        sender: TgUser,
        data: bytes,
        *,
        caption: str | None = None,
        sizes: int = 3,
        width: int = 1280,
        height: int = 960,
        **kwargs: Any,
    ) -> InboundMessage:
        """A photo with ``sizes`` PhotoSize entries, largest last; every size serves ``data``."""
        photo = [
            self._photo_size(data, width >> shift, height >> shift)
            for shift in range(sizes - 1, -1, -1)
        ]
        return self._inject_media(chat, sender, {"photo": photo}, caption, **kwargs)

    def inject_document(
        self,
        chat: TgChat,
        sender: TgUser,
        data: bytes,
        *,
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
        **kwargs: Any,
    ) -> InboundMessage:
        """A file (an image sent "as file" is a document with an image mime type)."""
        suffix = "." + file_name.rsplit(".", 1)[-1] if "." in file_name else ""
        record = self.state.add_file(data, "documents", suffix)
        document = {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_name": file_name,
            "mime_type": mime_type,
            "file_size": len(data),
        }
        return self._inject_media(chat, sender, {"document": document}, caption, **kwargs)

    def inject_album(
        self,
        chat: TgChat,
        sender: TgUser,
        images: list[bytes],
        *,
        caption: str | None = None,
        **kwargs: Any,
    ) -> list[InboundMessage]:
        """Several photo updates sharing a media_group_id; the caption rides on the first."""
        group = str(next(_media_groups))
        return [
            self.inject_photo(
                chat,
                sender,
                data,
                caption=caption if i == 0 else None,
                media_group_id=group,
                _track=i == 0,
                **kwargs,
            )
            for i, data in enumerate(images)
        ]

    def inject_edit(self, chat_id: int, message_id: int, text: str) -> JSON:
        """The user edits an earlier text message of theirs: an ``edited_message`` update."""
        msg = self.state.message(chat_id, message_id)
        if msg is None or msg.from_bot or msg.text is None:
            raise ValueError(f"no user text message {message_id} in chat {chat_id}")
        msg.text, msg.entities = text, detect_entities(text)
        msg.edits.append(Edit(now(), text, tuple(msg.entities)))
        return self.inject_update({"edited_message": self.state.message_to_dict(msg)})

    def inject_update(self, body: JSON) -> JSON:
        """Queue a raw update body (e.g. ``{"edited_message": {...}}``); returns the update."""
        update = self.state.enqueue(body)
        self._notify()
        return update

    def redeliver(self, update_id: int) -> None:
        """Offer an already sent update again (duplicate delivery), even if confirmed."""
        self.state.redeliver(update_id)
        self._notify()

    def update(self, update_id: int) -> JSON:
        """The JSON of an update the fake created (e.g. to post it to a webhook)."""
        return self.state.sent_updates[update_id]

    # -- internals ------------------------------------------------------------

    def _photo_size(self, data: bytes, width: int, height: int) -> JSON:
        record = self.state.add_file(data, "photos", ".jpg")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": len(data),
            "width": max(width, 1),
            "height": max(height, 1),
        }

    def _inject_media(
        self,
        chat: TgChat,
        sender: TgUser,
        media: JSON,
        caption: str | None,
        *,
        caption_entities: list[JSON] | None = None,
        mention_bot: bool = False,
        thread_id: int | None = None,
        reply_to: int | None = None,
        media_group_id: str | None = None,
        _track: bool = True,
    ) -> InboundMessage:
        fields: JSON = {"extra": media, "media_group_id": media_group_id}
        if caption is not None or mention_bot:
            fields["caption"] = caption or ""
        return self._inject(
            chat, sender, fields, caption_entities, mention_bot, thread_id, reply_to, _track
        )

    def _inject(
        self,
        chat: TgChat,
        sender: TgUser,
        fields: JSON,
        entities: list[JSON] | None,
        mention_bot: bool,
        thread_id: int | None,
        reply_to: int | None,
        track: bool = True,
    ) -> InboundMessage:
        chat = self.state.add_chat(chat)
        key = "text" if "text" in fields else "caption"
        if mention_bot and self.state.bot.username:
            prefix, mention = mention_entity(self.state.bot.username)
            fields[key] = prefix + fields[key]
            if entities is not None:
                entities = [mention, *shift_entities(entities, utf16_len(prefix))]
        if entities is None:
            entities = detect_entities(fields.get(key) or "")
        if reply_to is not None and self.state.message(chat.id, reply_to) is None:
            raise ValueError(f"no message {reply_to} in chat {chat.id}")
        if thread_id is not None and thread_id not in self.state.messages[chat.id]:
            raise ValueError(f"no topic {thread_id} in chat {chat.id}; use create_topic()")
        msg = self.state.new_message(
            chat, sender, entities=entities, thread_id=thread_id, reply_to=reply_to, **fields
        )
        inbound = self.state.inject(msg)
        if inbound.delivered and track:
            self.latency.injected(chat.id, msg.message_id, now())
        self._notify()
        return inbound
