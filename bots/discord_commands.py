"""The command registry as Discord application (slash) commands, and their interactions.

Each registered command becomes a chat-input command; each of its ``Arg``s a string
option (required or not). An interaction is deferred at once (Discord wants an answer
within 3 s), then answered through the shared delivery layer by :class:`InteractionClient`:
the first part replaces the deferred "thinking" message, later parts and files are
follow-ups. Private-only commands outside a DM are answered ephemerally.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

import discord

from bots.delivery import Chunk, DeliveryFailed, MessageRef
from bots.discord_client import (
    CAPABILITIES,
    DEFAULT_UPLOAD_LIMIT,
    as_file,
    discord_call,
    no_pings,
    text_of,
)
from bots.discord_convert import PLATFORM
from core.commands.registry import Command
from core.messages import Address, Attachment, ChatKind, IncomingMessage, Sender, TextPart

CHAT_INPUT = 1
STRING_OPTION = 3
ORIGINAL = "@original"


def _description(text: str) -> str:
    text = text.strip() or "Muse"
    return text if len(text) <= 100 else text[:99] + "…"


def command_payload(commands: Sequence[Command]) -> list[dict[str, Any]]:
    """The bulk-overwrite body for ``commands`` (required options first, as Discord wants)."""
    payload = []
    for command in commands:
        args = sorted(command.args, key=lambda a: not a.required)
        payload.append({
            "type": CHAT_INPUT,
            "name": command.name,
            "description": _description(command.help),
            "options": [{"type": STRING_OPTION, "name": a.name, "required": a.required,
                         "description": _description(a.help)} for a in args],
        })
    return payload


def command_text(data: dict[str, Any], command: Command | None) -> str:
    """``/name value value`` in the order the command declares its arguments."""
    name = str(data.get("name", ""))
    values = {str(o.get("name")): str(o.get("value", "")) for o in data.get("options") or []}
    order = [a.name for a in command.args] if command is not None else list(values)
    args = [values[n] for n in order if values.get(n, "").strip()]
    return " ".join([f"/{name}", *args])


def interaction_incoming(interaction: discord.Interaction, bot_account: str,
                         command: Command | None) -> IncomingMessage:
    channel = interaction.channel
    guild_id = str(interaction.guild_id) if interaction.guild_id else ""
    parent = getattr(channel, "parent_id", None) if isinstance(channel, discord.Thread) else None
    channel_id = str(interaction.channel_id or 0)
    if not guild_id:
        kind, chat, thread = ChatKind.DM, channel_id, None
    elif parent:
        kind, chat, thread = ChatKind.CHANNEL, str(parent), channel_id
    else:
        kind, chat, thread = ChatKind.CHANNEL, channel_id, None
    user = interaction.user
    data: dict[str, Any] = dict(interaction.data or {})
    return IncomingMessage(
        event_id=str(interaction.id),
        address=Address(platform=PLATFORM, chat_kind=kind, chat_id=chat, user_id=str(user.id),
                        workspace=guild_id, thread_id=thread, bot_account=bot_account),
        sender=Sender(str(user.id), user.display_name, user.bot),
        parts=(TextPart(command_text(data, command)),),
    )


class InteractionClient:
    """``PlatformClient`` for answering one deferred interaction."""

    capabilities = CAPABILITIES

    def __init__(self, interaction: discord.Interaction, ephemeral: bool) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral
        self.used_original = False

    async def send_text(self, address: Address, chunk: Chunk) -> MessageRef:
        if not self.used_original:
            self.used_original = True
            await self.edit_text(address, ORIGINAL, chunk)
            return ORIGINAL
        return await self._followup_text(chunk, self.ephemeral)

    async def _followup_text(self, chunk: Chunk, ephemeral: bool) -> MessageRef:
        followup = self.interaction.followup
        message = await discord_call(lambda: followup.send(
            text_of(chunk), ephemeral=ephemeral, allowed_mentions=no_pings(), wait=True))
        return message.id

    async def edit_text(self, address: Address, ref: MessageRef, chunk: Chunk) -> None:
        if ref == ORIGINAL:
            await discord_call(lambda: self.interaction.edit_original_response(
                content=text_of(chunk), allowed_mentions=no_pings()))
            return
        await discord_call(lambda: self.interaction.followup.edit_message(
            int(ref), content=text_of(chunk), allowed_mentions=no_pings()))

    async def delete(self, address: Address, ref: MessageRef) -> None:
        if ref == ORIGINAL:
            await discord_call(self.interaction.delete_original_response)
            return
        await discord_call(lambda: self.interaction.followup.delete_message(int(ref)))

    async def send_file(self, address: Address, attachment: Attachment) -> MessageRef | None:
        limit = getattr(self.interaction, "filesize_limit", DEFAULT_UPLOAD_LIMIT)
        if len(attachment.data) > limit:
            return None
        return await self._followup_file(attachment, self.ephemeral)

    async def _followup_file(self, attachment: Attachment, ephemeral: bool) -> MessageRef:
        followup = self.interaction.followup
        message = await discord_call(lambda: followup.send(
            file=as_file(attachment), ephemeral=ephemeral, allowed_mentions=no_pings(),
            wait=True))
        return message.id

    async def typing(self, address: Address) -> None:
        """The deferred response already shows "Muse is thinking…"."""

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        for chunk in chunks:
            await self._followup_text(chunk, True)
        for attachment in attachments:
            await self._followup_file(attachment, True)
        return True

    async def finish(self) -> None:
        """Nothing was said (a silent refusal): remove the "thinking" message."""
        if not self.used_original:
            with contextlib.suppress(DeliveryFailed):
                await discord_call(self.interaction.delete_original_response)
