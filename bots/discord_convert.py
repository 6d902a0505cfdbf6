"""Discord messages → :class:`IncomingMessage`: pure conversion, no network.

:func:`seen_from` copies what Muse needs out of a ``discord.Message`` into a frozen
:class:`Seen`; everything else here works on ``Seen`` alone, so recorded payloads test it.

* The person is the author (workspace: the server, "" in DMs), never the channel.
* The conversation is the DM, the channel, or the thread (``thread_id``, with the parent
  channel as ``chat_id``).
* Muse is addressed in DMs, when mentioned, when replied to, and in threads it follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import discord

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

PLATFORM = "discord"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
USER_MENTION = re.compile(r"<@!?(\d+)>")
ANSWERED_TYPES = (discord.MessageType.default, discord.MessageType.reply)


@dataclass(frozen=True, slots=True)
class FileInfo:
    id: str
    url: str
    filename: str
    size: int
    content_type: str = ""

    @property
    def is_image(self) -> bool:
        kind = self.content_type.split(";")[0].strip().lower()
        return kind in IMAGE_TYPES or self.filename.lower().endswith(IMAGE_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Quoted:
    message_id: str
    text: str = ""
    author_id: str = ""


@dataclass(frozen=True, slots=True)
class Seen:
    """What Muse reads of one Discord message."""

    id: str
    channel_id: str
    guild_id: str
    author_id: str
    author_name: str
    author_bot: bool
    content: str
    kind_ok: bool = True
    is_dm: bool = False
    parent_id: str = ""  # set for threads: the channel the thread belongs to
    thread_owner_id: str = ""
    mentions: tuple[tuple[str, str], ...] = ()
    files: tuple[FileInfo, ...] = ()
    quoted: Quoted | None = None

    @property
    def is_thread(self) -> bool:
        return bool(self.parent_id)

    def mentions_user(self, user_id: str) -> bool:
        return any(uid == user_id for uid, _ in self.mentions)


def _quoted(message: discord.Message, cached: discord.Message | None) -> Quoted | None:
    reference = message.reference
    if reference is None or reference.message_id is None:
        return None
    resolved = reference.resolved if isinstance(reference.resolved, discord.Message) else cached
    if resolved is None:
        return Quoted(str(reference.message_id))
    return Quoted(str(reference.message_id), resolved.content, str(resolved.author.id))


def seen_from(message: discord.Message, cached_reference: discord.Message | None = None) -> Seen:
    channel = message.channel
    parent = getattr(channel, "parent_id", None) if isinstance(channel, discord.Thread) else None
    owner = getattr(channel, "owner_id", None) if isinstance(channel, discord.Thread) else None
    return Seen(
        id=str(message.id),
        channel_id=str(channel.id),
        guild_id=str(message.guild.id) if message.guild is not None else "",
        author_id=str(message.author.id),
        author_name=message.author.display_name,
        author_bot=message.author.bot or message.webhook_id is not None,
        content=message.content,
        kind_ok=message.type in ANSWERED_TYPES,
        is_dm=isinstance(channel, discord.DMChannel) or (
            message.guild is None and not isinstance(channel, discord.GroupChannel)),
        parent_id=str(parent) if parent else "",
        thread_owner_id=str(owner) if owner else "",
        mentions=tuple((str(u.id), u.display_name) for u in message.mentions),
        files=tuple(FileInfo(str(a.id), a.url, a.filename, a.size, a.content_type or "")
                    for a in message.attachments),
        quoted=_quoted(message, cached_reference),
    )


def should_ignore(seen: Seen, bot_id: str) -> bool:
    """Loops and noise: Muse's own messages, other bots, system messages."""
    return seen.author_id == bot_id or seen.author_bot or not seen.kind_ok


def is_addressed(seen: Seen, bot_id: str, following: bool) -> bool:
    if seen.is_dm or seen.mentions_user(bot_id):
        return True
    if seen.quoted is not None and seen.quoted.author_id == bot_id:
        return True
    if seen.is_thread and (following or seen.thread_owner_id == bot_id):
        # Without the message-content intent a follow-up arrives empty: nothing to answer.
        return bool(seen.content.strip() or seen.files)
    return False


def address_of(seen: Seen, bot_id: str) -> Address:
    if seen.is_dm:
        kind, chat, thread = ChatKind.DM, seen.channel_id, None
    elif seen.is_thread:
        kind, chat, thread = ChatKind.CHANNEL, seen.parent_id, seen.channel_id
    else:
        kind, chat, thread = ChatKind.CHANNEL, seen.channel_id, None
    return Address(platform=PLATFORM, chat_kind=kind, chat_id=chat, user_id=seen.author_id,
                   workspace=seen.guild_id, thread_id=thread, bot_account=bot_id)


def channel_of(address: Address) -> int:
    """Where to send in reply: the thread, else the channel (or DM)."""
    return int(address.thread_id or address.chat_id)


def clean_text(content: str, bot_id: str, mentions: tuple[tuple[str, str], ...]) -> str:
    """The text without Muse's own mention; other mentions read as ``@name``."""
    names = dict(mentions)

    def swap(match: re.Match[str]) -> str:
        uid = match.group(1)
        if uid == bot_id:
            return ""
        return f"@{names[uid]}" if uid in names else match.group(0)

    return re.sub(r"[ \t]{2,}", " ", USER_MENTION.sub(swap, content)).strip()


def to_incoming(seen: Seen, bot_id: str, addressed: bool,
                images: dict[str, bytes] | None = None) -> IncomingMessage:
    """``images`` maps an attachment id to its downloaded bytes (the gate checks them)."""
    images = images or {}
    parts: list[Part] = []
    text = clean_text(seen.content, bot_id, seen.mentions)
    if text:
        parts.append(TextPart(text))
    parts += [MentionPart(uid, name) for uid, name in seen.mentions if uid != bot_id]
    for f in seen.files:
        if f.is_image and f.id in images:
            parts.append(ImagePart(images[f.id], f.filename, f.id))
        else:
            parts.append(FilePart(f.filename, f.size, f.content_type, platform_file_id=f.id))
    if seen.quoted is not None:
        quoted = clean_text(seen.quoted.text, bot_id, ())
        parts.append(ReplyRef(seen.quoted.message_id, quoted, seen.quoted.author_id == bot_id))
    return IncomingMessage(
        event_id=seen.id,
        address=address_of(seen, bot_id),
        sender=Sender(seen.author_id, seen.author_name, seen.author_bot),
        parts=tuple(parts),
        addressed=addressed,
    )
