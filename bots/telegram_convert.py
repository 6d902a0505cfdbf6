"""Pure conversions between Telegram (python-telegram-bot types) and the core's model.

``to_inbound(update, bot)`` turns one update into an :class:`Inbound`: the neutral
:class:`IncomingMessage` (images as placeholders carrying only their Telegram file id —
never a file URL, which contains the bot token), whether it is part of an album, and
whether Muse was addressed. ``telegram_entities(chunk)`` turns the delivery layer's
entities into ``MessageEntity`` values for sending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import Message, MessageEntity, Update, User

from bots.delivery import Capabilities, Chunk
from core.messages import (
    Address,
    ChatKind,
    FilePart,
    ImagePart,
    IncomingMessage,
    MentionPart,
    Part,
    ReplyRef,
    Sender,
    TextPart,
)

PLATFORM = "telegram"
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download
CAPTION_LIMIT = 1024
CAPABILITIES = Capabilities(
    max_text=4096,
    length_unit="utf16",
    dialect="telegram",
    can_edit=True,
    edit_interval_private_s=1.0,
    edit_interval_group_s=3.0,
    global_rate_per_s=30.0,
    max_file_bytes=50 * 1024 * 1024,
    threads=True,
)
CHAT_KINDS = {"private": ChatKind.DM, "group": ChatKind.GROUP,
              "supergroup": ChatKind.GROUP, "channel": ChatKind.CHANNEL}


@dataclass(frozen=True, slots=True)
class BotInfo:
    id: int
    username: str

    @property
    def account(self) -> str:
        return str(self.id)


@dataclass(frozen=True, slots=True)
class Inbound:
    """One converted update; ``album`` is the media group id when it is part of one."""

    message: IncomingMessage
    album: str | None = None

    @property
    def needs_download(self) -> bool:
        return any(not p.data for p in self.message.images)


def to_inbound(update: Update, bot: BotInfo) -> Inbound | None:
    """The update as an inbound message, or None when there is nothing to read."""
    message = update.message
    if message is None:
        return None
    parts = _parts(message, bot)
    if not any(isinstance(p, TextPart | ImagePart | FilePart) for p in parts):
        return None
    sender = _sender(message)
    address = _address(message, sender, bot)
    addressed = not sender.is_bot and (address.is_private or _addressed(message, bot))
    incoming = IncomingMessage(
        event_id=str(update.update_id), address=address, sender=sender,
        parts=tuple(parts), addressed=addressed, timestamp=message.date)
    return Inbound(incoming, message.media_group_id)


# --- who and where --------------------------------------------------------------------


def _sender(message: Message) -> Sender:
    user = message.from_user
    if message.sender_chat is not None:  # anonymous admin or a linked channel
        chat = message.sender_chat
        return Sender(str(chat.id), chat.title or chat.effective_name or "", False)
    if user is None:
        return Sender(str(message.chat.id))
    return Sender(str(user.id), user.full_name, user.is_bot)


def _address(message: Message, sender: Sender, bot: BotInfo) -> Address:
    thread = message.message_thread_id if message.is_topic_message else None
    return Address(
        platform=PLATFORM,
        chat_kind=CHAT_KINDS.get(message.chat.type, ChatKind.GROUP),
        chat_id=str(message.chat.id),
        user_id=sender.user_id,
        thread_id=str(thread) if thread is not None else None,
        bot_account=bot.account,
    )


def _addressed(message: Message, bot: BotInfo) -> bool:
    """In a group: a mention of Muse, a reply to one of its messages, or a command."""
    return (_mentions(message, bot) or _replies_to(message.reply_to_message, bot.id)
            or _command_for(message, bot))


def _entities(message: Message) -> dict[MessageEntity, str]:
    if message.text is not None:
        return message.parse_entities()
    return message.parse_caption_entities()


def _mentions(message: Message, bot: BotInfo) -> bool:
    handle = f"@{bot.username}".lower()
    for entity, text in _entities(message).items():
        if entity.type == MessageEntity.MENTION and text.lower() == handle:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and (
                entity.user.id == bot.id):
            return True
    return False


def _command_for(message: Message, bot: BotInfo) -> bool:
    for entity, text in _entities(message).items():
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            _, _, target = text.partition("@")
            return not target or target.lower() == bot.username.lower()
    return False


def _replies_to(reply: Message | None, bot_id: int) -> bool:
    if reply is None or reply.forum_topic_created is not None:
        return False
    return reply.from_user is not None and reply.from_user.id == bot_id


# --- what -------------------------------------------------------------------------------


def _parts(message: Message, bot: BotInfo) -> list[Part]:
    parts: list[Part] = []
    text = message.text if message.text is not None else message.caption
    if text:
        # A bare "@muse" keeps its text, so Muse still answers being called.
        parts.append(TextPart(_strip_mention(text, bot.username) or text.strip()))
        if _mentions(message, bot):
            parts.append(MentionPart(bot.account, bot.username))
    parts.extend(_media(message))
    reply = _reply_ref(message, bot.id)
    if reply is not None:
        parts.append(reply)
    return parts


def _strip_mention(text: str, username: str) -> str:
    if not username:
        return text.strip()
    pattern = re.compile(rf"(?<![\w@])@{re.escape(username)}\b", re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", pattern.sub("", text)).strip()


def _media(message: Message) -> list[Part]:
    if message.photo:
        size = message.photo[-1]  # largest last
        return [_image_or_file(size.file_id, f"photo_{size.file_unique_id}.jpg",
                               size.file_size or 0, "image/jpeg")]
    doc = message.document
    if doc is not None:
        name = doc.file_name or f"file_{doc.file_unique_id}"
        mime = doc.mime_type or ""
        if mime.startswith("image/") and mime != "image/svg+xml":
            return [_image_or_file(doc.file_id, name, doc.file_size or 0, mime)]
        return [FilePart(name, doc.file_size or 0, mime, platform_file_id=doc.file_id)]
    return _other_media(message)


def _image_or_file(file_id: str, name: str, size: int, mime: str) -> Part:
    if size > MAX_DOWNLOAD_BYTES:
        return FilePart(name, size, mime, platform_file_id=file_id)
    return ImagePart(b"", filename=name, platform_file_id=file_id)


def _other_media(message: Message) -> list[Part]:
    named = [
        (message.video, "video.mp4"), (message.audio, "audio"), (message.voice, "voice message"),
        (message.video_note, "video message"), (message.sticker, "sticker"),
        (message.animation, "animation.mp4"),
    ]
    for media, fallback in named:
        if media is not None:
            name = getattr(media, "file_name", None) or fallback
            mime = getattr(media, "mime_type", None) or ""
            return [FilePart(name, media.file_size or 0, mime, platform_file_id=media.file_id)]
    return []


def _reply_ref(message: Message, bot_id: int) -> ReplyRef | None:
    reply = message.reply_to_message
    if reply is None or reply.forum_topic_created is not None:
        return None
    quoted = message.quote.text if message.quote is not None else (
        reply.text or reply.caption or "")
    return ReplyRef(str(reply.message_id), quoted, _replies_to(reply, bot_id))


# --- outbound ---------------------------------------------------------------------------


def telegram_entities(chunk: Chunk) -> list[MessageEntity]:
    """The chunk's entities for the Bot API (offsets are already in UTF-16 units)."""
    shift = len(chunk.prefix.encode("utf-16-le")) // 2
    out = []
    for e in chunk.entities:
        if e.length <= 0:
            continue
        extra = dict(e.extra)
        user = extra.get("user")
        out.append(MessageEntity(
            type=e.type, offset=e.offset + shift, length=e.length, url=extra.get("url"),
            language=extra.get("language"), custom_emoji_id=extra.get("custom_emoji_id"),
            user=user if isinstance(user, User) else None))
    return out


def is_image(mime_type: str, filename: str) -> bool:
    return mime_type.startswith("image/") or filename.lower().endswith(
        (".png", ".jpg", ".jpeg", ".gif", ".webp"))
