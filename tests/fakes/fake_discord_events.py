"""Gateway dispatches for message changes, filtered the way Discord filters by intents."""

from __future__ import annotations

from tests.fakes.fake_discord_gateway import (
    INTENT_DIRECT_MESSAGES,
    INTENT_GUILD_MESSAGES,
    INTENT_MESSAGE_CONTENT,
    Gateway,
)
from tests.fakes.fake_discord_payloads import JSON, StoredMessage, member_json


def _intent_for(gateway: Gateway, message: StoredMessage) -> int:
    channel = gateway.state.channels.get(message.channel_id)
    return INTENT_DIRECT_MESSAGES if channel is None or channel.is_dm else INTENT_GUILD_MESSAGES


def _content_visible(gateway: Gateway, message: StoredMessage, intents: int) -> bool:
    """Without MESSAGE_CONTENT, guild messages arrive empty unless they concern the bot."""
    bot = gateway.state.bot
    channel = gateway.state.channels.get(message.channel_id)
    return bool(
        intents & INTENT_MESSAGE_CONTENT
        or channel is None
        or channel.is_dm
        or message.author == bot
        or bot in message.mentions
    )


def _full_payload(gateway: Gateway, message: StoredMessage, hide: bool) -> JSON:
    data = gateway.state.message_payload(message, hide_content=hide)
    channel = gateway.state.channels.get(message.channel_id)
    if channel is not None and not channel.is_dm:
        data["member"] = member_json(message.author, with_user=False)
    return data


def _announce(gateway: Gateway, event: str, message: StoredMessage) -> int:
    intent = _intent_for(gateway, message)

    def build(intents: int) -> JSON | None:
        if not intents & intent:
            return None
        return _full_payload(gateway, message, not _content_visible(gateway, message, intents))

    return gateway.dispatch(event, build)


def announce_create(gateway: Gateway, message: StoredMessage) -> int:
    return _announce(gateway, "MESSAGE_CREATE", message)


def announce_update(gateway: Gateway, message: StoredMessage) -> int:
    return _announce(gateway, "MESSAGE_UPDATE", message)


def announce_delete(gateway: Gateway, message: StoredMessage) -> int:
    intent = _intent_for(gateway, message)
    channel = gateway.state.channels.get(message.channel_id)
    data: JSON = {"id": str(message.id), "channel_id": str(message.channel_id)}
    if channel is not None and channel.guild_id is not None:
        data["guild_id"] = str(channel.guild_id)
    return gateway.dispatch("MESSAGE_DELETE", lambda intents: data if intents & intent else None)


def announce_interaction(gateway: Gateway, payload: JSON) -> int:
    return gateway.dispatch("INTERACTION_CREATE", lambda _intents: payload)
