"""In-memory state of the fake Discord server: world, messages, interactions, commands."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from tests.fakes.fake_discord_payloads import (
    DEFAULT_FILESIZE_LIMIT,
    JSON,
    FakeChannel,
    FakeFile,
    FakeGuild,
    FakeUser,
    SnowflakeFactory,
    StoredMessage,
    iso_now,
    message_json,
)
from tests.fakes.fake_discord_ratelimit import RateLimiter
from tests.fakes.fake_discord_records import (
    CallLog,
    ChangeSignal,
    FaultQueue,
    InteractionResponse,
    LatencyTracker,
)


@dataclass
class InteractionState:
    """An interaction injected by a test and what the bot did with it."""

    id: int
    token: str
    channel_id: int
    guild_id: int | None
    user: FakeUser
    acknowledged: bool = False
    original_message_id: int | None = None
    responses: list[InteractionResponse] = field(default_factory=list)


class DiscordState:
    """Everything the REST side, the gateway and the test API share."""

    def __init__(
        self,
        *,
        token: str,
        base_url: str = "",
        rate_limits: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        self.token = token
        self.rate_limiter = RateLimiter(rate_limits)
        self.base_url = base_url
        self.ids = SnowflakeFactory()
        self.users: dict[int, FakeUser] = {}
        self.guilds: dict[int, FakeGuild] = {}
        self.guild_members: dict[int, list[FakeUser]] = {}
        self.channels: dict[int, FakeChannel] = {}
        self.messages: dict[int, list[StoredMessage]] = {}
        self.message_index: dict[int, StoredMessage] = {}
        self.files: dict[int, FakeFile] = {}
        self.interactions: dict[int, InteractionState] = {}
        self.interactions_by_token: dict[str, InteractionState] = {}
        self.global_commands: list[JSON] = []
        self.guild_commands: dict[int, list[JSON]] = {}
        self.log = CallLog()
        self.faults = FaultQueue()
        self.latency = LatencyTracker()
        self.signal = ChangeSignal()
        self.bot = self.add_user("muse", bot=True)
        self.application_id = self.bot.id

    # world -----------------------------------------------------------------

    def add_user(self, username: str, *, bot: bool = False) -> FakeUser:
        user = FakeUser(id=self.ids.next(), username=username, bot=bot)
        self.users[user.id] = user
        return user

    def add_guild(self, name: str, *, premium_tier: int = 0) -> FakeGuild:
        guild = FakeGuild(
            id=self.ids.next(), name=name, owner_id=self.bot.id, premium_tier=premium_tier
        )
        self.guilds[guild.id] = guild
        self.guild_members[guild.id] = [self.bot]
        return guild

    def add_member(self, guild_id: int, user: FakeUser) -> None:
        if user not in self.guild_members[guild_id]:
            self.guild_members[guild_id].append(user)

    def add_channel(self, channel: FakeChannel) -> FakeChannel:
        self.channels[channel.id] = channel
        self.messages.setdefault(channel.id, [])
        return channel

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        for channel in self.channels.values():
            if channel.recipient_id == user.id and channel.is_dm:
                return channel
        channel = FakeChannel(id=self.ids.next(), name="", recipient_id=user.id)
        return self.add_channel(channel)

    def guild_channels(self, guild_id: int) -> list[FakeChannel]:
        return [c for c in self.channels.values() if c.guild_id == guild_id]

    def filesize_limit(self, channel_id: int) -> int:
        channel = self.channels.get(channel_id)
        if channel is None or channel.guild_id is None:
            return DEFAULT_FILESIZE_LIMIT
        return self.guilds[channel.guild_id].filesize_limit

    # messages ----------------------------------------------------------------

    def new_message(self, channel_id: int, author: FakeUser, content: str) -> StoredMessage:
        return StoredMessage(
            id=self.ids.next(),
            channel_id=channel_id,
            author=author,
            content=content,
            timestamp=iso_now(),
            created_at=time.monotonic(),
        )

    def store_message(self, message: StoredMessage) -> StoredMessage:
        self.messages.setdefault(message.channel_id, []).append(message)
        self.message_index[message.id] = message
        for file in message.attachments:
            self.files[file.id] = file
        self.signal.notify()
        return message

    def store_file(self, file: FakeFile) -> FakeFile:
        stored = FakeFile(file.filename, file.data, file.content_type, id=self.ids.next())
        self.files[stored.id] = stored
        return stored

    def message_payload(self, message: StoredMessage, *, hide_content: bool = False) -> JSON:
        channel = self.channels.get(message.channel_id)
        referenced = self.message_index.get(message.reference_id or 0)
        return message_json(
            message,
            base_url=self.base_url,
            guild_id=channel.guild_id if channel else None,
            referenced=referenced,
            hide_content=hide_content,
        )

    def live_messages(self, channel_id: int) -> list[StoredMessage]:
        return [m for m in self.messages.get(channel_id, []) if not m.deleted]

    # interactions --------------------------------------------------------------

    def add_interaction(self, channel_id: int, user: FakeUser) -> InteractionState:
        channel = self.channels[channel_id]
        interaction_id = self.ids.next()
        state = InteractionState(
            id=interaction_id,
            token=f"itoken-{interaction_id}",
            channel_id=channel_id,
            guild_id=channel.guild_id,
            user=user,
        )
        self.interactions[state.id] = state
        self.interactions_by_token[state.token] = state
        return state

    def command_id(self, name: str, guild_id: int | None) -> tuple[int, bool]:
        """The registered id of a command and whether it is a guild command."""
        for command in self.guild_commands.get(guild_id or 0, []):
            if command["name"] == name:
                return int(command["id"]), True
        for command in self.global_commands:
            if command["name"] == name:
                return int(command["id"]), False
        return self.ids.next(), False
