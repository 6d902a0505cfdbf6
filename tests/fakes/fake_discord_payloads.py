"""Value types of the fake Discord world and their Discord v10 JSON shapes.

Everything here is pure: ids, users, channels, guilds, stored messages and the
functions turning them into the payloads the REST API and the gateway send.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1_420_070_400_000
DEFAULT_FILESIZE_LIMIT = 10 * 1024 * 1024
FILESIZE_BY_PREMIUM_TIER = {
    0: DEFAULT_FILESIZE_LIMIT,
    1: DEFAULT_FILESIZE_LIMIT,
    2: 52_428_800,
    3: 104_857_600,
}
MESSAGE_TYPE_DEFAULT = 0
MESSAGE_TYPE_REPLY = 19
MESSAGE_TYPE_CHAT_INPUT_COMMAND = 20
CHANNEL_TYPE_TEXT = 0
CHANNEL_TYPE_DM = 1
CHANNEL_TYPE_PUBLIC_THREAD = 11
ALL_PERMISSIONS = str((1 << 53) - 1)


class SnowflakeFactory:
    """Strictly increasing snowflakes whose timestamps are the current time."""

    def __init__(self) -> None:
        self._last = 0
        self._increment = itertools.count()

    def next(self) -> int:
        stamp = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        candidate = stamp | (next(self._increment) & 0xFFF)
        self._last = max(candidate, self._last + 1)
        return self._last


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class FakeUser:
    id: int
    username: str
    bot: bool = False

    def to_json(self) -> JSON:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.username.title(),
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
        }

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass(frozen=True)
class FakeGuild:
    id: int
    name: str
    owner_id: int
    premium_tier: int = 0

    @property
    def filesize_limit(self) -> int:
        return FILESIZE_BY_PREMIUM_TIER[self.premium_tier]


@dataclass(frozen=True)
class FakeChannel:
    """A guild text channel, a public thread (parent_id set) or a DM (recipient_id set)."""

    id: int
    name: str
    guild_id: int | None = None
    parent_id: int | None = None
    recipient_id: int | None = None

    @property
    def is_dm(self) -> bool:
        return self.guild_id is None

    @property
    def is_thread(self) -> bool:
        return self.parent_id is not None


@dataclass(frozen=True)
class FakeFile:
    """A file attached to a message: injected by a test or uploaded by the bot."""

    filename: str
    data: bytes
    content_type: str | None = None
    id: int = 0


@dataclass(frozen=True)
class Edit:
    content: str
    embeds: tuple[JSON, ...]
    ts: float


@dataclass
class StoredMessage:
    """Current state of one message in a channel, with the history of its edits."""

    id: int
    channel_id: int
    author: FakeUser
    content: str
    timestamp: str
    created_at: float
    embeds: list[JSON] = field(default_factory=list)
    attachments: list[FakeFile] = field(default_factory=list)
    mentions: list[FakeUser] = field(default_factory=list)
    reference_id: int | None = None
    allowed_mentions: JSON | None = None
    flags: int = 0
    components: list[JSON] = field(default_factory=list)
    interaction_id: int | None = None
    edits: list[Edit] = field(default_factory=list)
    edited_timestamp: str | None = None
    deleted: bool = False

    @property
    def text(self) -> str:
        return self.content


def user_json(user: FakeUser) -> JSON:
    return user.to_json()


def member_json(user: FakeUser, *, with_user: bool = True) -> JSON:
    data: JSON = {
        "roles": [],
        "flags": 0,
        "joined_at": "2024-01-01T00:00:00+00:00",
        "deaf": False,
        "mute": False,
        "nick": None,
        "avatar": None,
        "pending": False,
        "premium_since": None,
        "communication_disabled_until": None,
    }
    if with_user:
        data["user"] = user.to_json()
    return data


def channel_json(channel: FakeChannel, *, users: dict[int, FakeUser]) -> JSON:
    if channel.is_dm:
        recipient = users[channel.recipient_id or 0]
        return {
            "id": str(channel.id),
            "type": CHANNEL_TYPE_DM,
            "last_message_id": None,
            "recipients": [recipient.to_json()],
        }
    if channel.is_thread:
        return thread_json(channel)
    return {
        "id": str(channel.id),
        "type": CHANNEL_TYPE_TEXT,
        "guild_id": str(channel.guild_id),
        "name": channel.name,
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
        "topic": None,
        "rate_limit_per_user": 0,
        "last_message_id": None,
    }


def thread_json(channel: FakeChannel) -> JSON:
    return {
        "id": str(channel.id),
        "type": CHANNEL_TYPE_PUBLIC_THREAD,
        "guild_id": str(channel.guild_id),
        "parent_id": str(channel.parent_id),
        "owner_id": str(channel.recipient_id or 0),
        "name": channel.name,
        "message_count": 0,
        "member_count": 1,
        "rate_limit_per_user": 0,
        "thread_metadata": {
            "archived": False,
            "auto_archive_duration": 1440,
            "archive_timestamp": "2024-01-01T00:00:00+00:00",
            "locked": False,
        },
    }


def guild_json(
    guild: FakeGuild,
    *,
    channels: list[FakeChannel],
    members: list[FakeUser],
    users: dict[int, FakeUser],
) -> JSON:
    """The GUILD_CREATE payload (a superset of GET /guilds/{id})."""
    return {
        "id": str(guild.id),
        "name": guild.name,
        "icon": None,
        "owner_id": str(guild.owner_id),
        "premium_tier": guild.premium_tier,
        "premium_subscription_count": 0,
        "features": [],
        "roles": [everyone_role_json(guild)],
        "emojis": [],
        "stickers": [],
        "channels": [channel_json(c, users=users) for c in channels if not c.is_thread],
        "threads": [thread_json(c) for c in channels if c.is_thread],
        "members": [member_json(u) for u in members],
        "member_count": len(members),
        "large": False,
        "unavailable": False,
        "joined_at": "2024-01-01T00:00:00+00:00",
        "voice_states": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
        "preferred_locale": "en-US",
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "system_channel_flags": 0,
    }


def everyone_role_json(guild: FakeGuild) -> JSON:
    return {
        "id": str(guild.id),
        "name": "@everyone",
        "color": 0,
        "hoist": False,
        "position": 0,
        "permissions": ALL_PERMISSIONS,
        "managed": False,
        "mentionable": False,
        "flags": 0,
    }


def attachment_json(file: FakeFile, *, base_url: str, channel_id: int) -> JSON:
    url = f"{base_url}/attachments/{channel_id}/{file.id}/{file.filename}"
    data: JSON = {
        "id": str(file.id),
        "filename": file.filename,
        "size": len(file.data),
        "url": url,
        "proxy_url": url,
    }
    if file.content_type:
        data["content_type"] = file.content_type
    return data


def message_json(
    message: StoredMessage,
    *,
    base_url: str,
    guild_id: int | None,
    referenced: StoredMessage | None = None,
    hide_content: bool = False,
) -> JSON:
    """A message object; ``hide_content`` mimics a missing MESSAGE_CONTENT intent."""
    data: JSON = {
        "id": str(message.id),
        "type": _message_type(message),
        "channel_id": str(message.channel_id),
        "author": message.author.to_json(),
        "content": "" if hide_content else message.content,
        "timestamp": message.timestamp,
        "edited_timestamp": message.edited_timestamp,
        "tts": False,
        "mention_everyone": False,
        "mentions": [u.to_json() for u in message.mentions],
        "mention_roles": [],
        "attachments": [] if hide_content else _attachments(message, base_url),
        "embeds": [] if hide_content else list(message.embeds),
        "components": [] if hide_content else list(message.components),
        "pinned": False,
        "flags": message.flags,
    }
    if guild_id is not None:
        data["guild_id"] = str(guild_id)
    if message.reference_id is not None:
        data["message_reference"] = _reference(message, guild_id)
        data["referenced_message"] = (
            message_json(referenced, base_url=base_url, guild_id=guild_id) if referenced else None
        )
    return data


def _message_type(message: StoredMessage) -> int:
    if message.interaction_id is not None:
        return MESSAGE_TYPE_CHAT_INPUT_COMMAND
    if message.reference_id is not None:
        return MESSAGE_TYPE_REPLY
    return MESSAGE_TYPE_DEFAULT


def _attachments(message: StoredMessage, base_url: str) -> list[JSON]:
    return [
        attachment_json(f, base_url=base_url, channel_id=message.channel_id)
        for f in message.attachments
    ]


def _reference(message: StoredMessage, guild_id: int | None) -> JSON:
    ref: JSON = {
        "type": 0,
        "message_id": str(message.reference_id),
        "channel_id": str(message.channel_id),
    }
    if guild_id is not None:
        ref["guild_id"] = str(guild_id)
    return ref
