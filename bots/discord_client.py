"""Discord's side of the delivery layer: :class:`DiscordClient` implements ``PlatformClient``.

discord.py paces every route bucket and retries 429s itself; a 429 that still escapes
becomes :class:`RateLimited`, every other failure :class:`DeliveryFailed` (permanent for
4xx). Nothing Muse sends can ping anyone: ``AllowedMentions`` allows no @everyone,
@here, role or user mention and no reply ping. Files obey the upload limit of the chat's
server, read at run time; a file over it is not uploaded (``send_file`` returns None).
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar

import aiohttp
import discord
from discord.http import MultipartParameters, handle_message_parameters

from bots.delivery import Capabilities, Chunk, DeliveryFailed, MessageRef, RateLimited
from bots.discord_convert import channel_of
from core.messages import Address, Attachment, ChatKind

log = logging.getLogger("muse.discord")
T = TypeVar("T")

MAX_TEXT = 2000
DEFAULT_UPLOAD_LIMIT = discord.utils.DEFAULT_FILE_SIZE_LIMIT_BYTES
CAPABILITIES = Capabilities(
    max_text=MAX_TEXT,
    dialect="discord",
    can_edit=True,
    # A channel's edits share a bucket of 5 per 5 s.
    edit_interval_private_s=1.0,
    edit_interval_group_s=1.2,
    global_rate_per_s=40.0,  # Discord allows 50 requests a second per bot
    max_file_bytes=DEFAULT_UPLOAD_LIMIT,
    threads=True,
    typing_interval_s=8.0,  # a typing indicator lasts about 10 s
)
EMPTY = "…"
TYPING_AFTER_S = 0.3


class RedactTokens(logging.Filter):
    """discord.py logs request URLs; interaction and webhook URLs carry a token."""

    SECRET = re.compile(r"(/(?:webhooks|interactions)/\d+/)[^/\s?]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = self.SECRET.sub(r"\1[token]", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


REDACT = RedactTokens()


def redact_library_logs() -> None:
    for name in ("discord.http", "discord.webhook.async_"):
        logger = logging.getLogger(name)
        if REDACT not in logger.filters:
            logger.addFilter(REDACT)


def no_pings() -> discord.AllowedMentions:
    return discord.AllowedMentions(everyone=False, users=False, roles=False,
                                   replied_user=False)


def _retry_after(exc: discord.HTTPException) -> float:
    headers = getattr(exc.response, "headers", None) or {}
    for name in ("Retry-After", "X-RateLimit-Reset-After"):
        try:
            return max(0.0, float(headers[name]))
        except (KeyError, TypeError, ValueError):
            continue
    return 1.0


def as_delivery_error(exc: Exception) -> Exception:
    """discord.py and network errors → the delivery layer's errors."""
    if isinstance(exc, discord.RateLimited):
        return RateLimited(exc.retry_after, "chat")
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:
            return RateLimited(_retry_after(exc), "chat")
        return DeliveryFailed(f"http {exc.status} code {exc.code}",
                              permanent=400 <= exc.status < 500)
    if isinstance(exc, aiohttp.ClientError | TimeoutError | discord.DiscordException):
        return DeliveryFailed(type(exc).__name__)
    return exc


async def discord_call(fn: Callable[[], Awaitable[T]]) -> T:
    try:
        return await fn()
    except (discord.DiscordException, aiohttp.ClientError, TimeoutError) as exc:
        raise as_delivery_error(exc) from exc


def text_of(chunk: Chunk) -> str:
    return chunk.display if chunk.display.strip() else EMPTY


def text_params(chunk: Chunk) -> MultipartParameters:
    """The body of a text message (discord.py's own builder, without a Message object)."""
    return handle_message_parameters(content=text_of(chunk), allowed_mentions=no_pings())


def as_file(attachment: Attachment) -> discord.File:
    return discord.File(io.BytesIO(attachment.data), filename=attachment.filename,
                        description=attachment.caption or None)


async def download(session: aiohttp.ClientSession, url: str, limit: int) -> bytes | None:
    """An attachment's first ``limit`` bytes (the core's gate refuses anything over its
    cap, so reading one byte more than the cap is enough); None when it cannot be had."""
    try:
        async with session.get(url, allow_redirects=True) as response:
            if response.status != 200:
                log.warning("discord.download_failed status=%s", response.status)
                return None
            data = bytearray()
            async for piece in response.content.iter_chunked(64 * 1024):
                data += piece
                if len(data) >= limit:
                    break
            return bytes(data[:limit])
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.warning("discord.download_failed error=%s", type(exc).__name__)
        return None


class ChannelLocks:
    """One FIFO lock per channel, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, channel: int) -> AsyncIterator[None]:
        lock, users = self._locks.get(channel, (asyncio.Lock(), 0))
        self._locks[channel] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[channel]
            if users <= 1:
                del self._locks[channel]
            else:
                self._locks[channel] = (lock, users - 1)


class DiscordClient:
    """Channel messages for one bot; ``bot`` is the connected ``discord.Client``.

    New messages in one channel go out one at a time, in the order they were asked for:
    discord.py's buckets do not keep the order of requests waiting out a rate limit.
    """

    capabilities = CAPABILITIES

    def __init__(self, bot: discord.Client) -> None:
        self.bot = bot
        self.locks = ChannelLocks()
        self._dms: dict[str, str] = {}

    def _channel(self, address: Address) -> discord.PartialMessageable:
        return self.bot.get_partial_messageable(channel_of(address))

    def upload_limit(self, address: Address) -> int:
        guild = self.bot.get_guild(int(address.workspace)) if address.workspace else None
        return guild.filesize_limit if guild is not None else DEFAULT_UPLOAD_LIMIT

    # --- PlatformClient ------------------------------------------------------------------

    async def send_text(self, address: Address, chunk: Chunk) -> MessageRef:
        channel_id = channel_of(address)
        async with self.locks.hold(channel_id):
            with text_params(chunk) as params:
                data = await discord_call(lambda: self.bot.http.send_message(channel_id,
                                                                             params=params))
        return int(data["id"])

    async def edit_text(self, address: Address, ref: MessageRef, chunk: Chunk) -> None:
        channel_id = channel_of(address)
        with text_params(chunk) as params:
            await discord_call(lambda: self.bot.http.edit_message(channel_id, int(ref),
                                                                  params=params))

    async def delete(self, address: Address, ref: MessageRef) -> None:
        message = self._channel(address).get_partial_message(int(ref))
        await discord_call(message.delete)

    async def send_file(self, address: Address, attachment: Attachment) -> MessageRef | None:
        if len(attachment.data) > self.upload_limit(address):
            return None
        channel = self._channel(address)
        try:
            async with self.locks.hold(channel.id):
                message = await channel.send(file=as_file(attachment),
                                             allowed_mentions=no_pings())
        except discord.HTTPException as exc:
            if exc.status == 413:  # the limit shrank meanwhile (a server lost its boosts)
                return None
            raise as_delivery_error(exc) from exc
        except (discord.DiscordException, aiohttp.ClientError, TimeoutError) as exc:
            raise as_delivery_error(exc) from exc
        return message.id

    async def typing(self, address: Address) -> None:
        """Shown once work takes longer than a blink: a reply that is on screen within
        ``TYPING_AFTER_S`` cancels this before any request (no flicker, half the calls)."""
        await asyncio.sleep(TYPING_AFTER_S)
        await discord_call(lambda: self.bot.http.send_typing(channel_of(address)))

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        if address.is_private:
            return await self._send_all(address, chunks, attachments)
        try:
            dm_id = await self.dm_channel(address.user_id)
        except DeliveryFailed as exc:
            if exc.permanent:
                return False
            raise
        private = Address(platform=address.platform, chat_kind=ChatKind.DM,
                          chat_id=dm_id, user_id=address.user_id,
                          bot_account=address.bot_account)
        return await self._send_all(private, chunks, attachments)

    async def dm_channel(self, user_id: str) -> str:
        if user_id not in self._dms:
            data = await discord_call(lambda: self.bot.http.start_private_message(int(user_id)))
            self._dms[user_id] = str(data["id"])
        return self._dms[user_id]

    async def _send_all(self, private: Address, chunks: list[Chunk],
                        attachments: tuple[Attachment, ...]) -> bool:
        try:
            for chunk in chunks:
                await self.send_text(private, chunk)
            for attachment in attachments:
                await self.send_file(private, attachment)
        except DeliveryFailed as exc:
            if exc.permanent:  # 50007: the person does not accept DMs from this server
                return False
            raise
        return True
