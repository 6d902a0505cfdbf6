"""The delivery layer's :class:`PlatformClient` for Telegram, and media downloads.

Telegram errors become delivery errors: ``RetryAfter`` → ``RateLimited`` (exactly the
wait Telegram asked for), "message is not modified" → success, ``Forbidden`` and other
bad requests → permanent ``DeliveryFailed``, network trouble → a retryable one.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import time
import warnings
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import TypeVar

from telegram import Bot, InputFile, LinkPreviewOptions, Message
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bots.delivery import Capabilities, Chunk, DeliveryFailed, RateLimited, split
from bots.delivery.render import render
from bots.telegram_convert import CAPABILITIES, CAPTION_LIMIT, is_image, telegram_entities
from core.messages import Address, Attachment, FilePart, ImagePart, IncomingMessage, Part

log = logging.getLogger("muse.telegram")
T = TypeVar("T")
PHOTO_LIMIT = 10 * 1024 * 1024
NOT_MODIFIED = "message is not modified"
EMPTY = "…"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
TYPING_GRACE_S = 0.3
RECENT_CHATS = 10_000


def retry_seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` is seconds or a timedelta depending on the PTB setting."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)


@asynccontextmanager
async def mapped_errors() -> AsyncIterator[None]:
    try:
        yield
    except RetryAfter as exc:
        raise RateLimited(retry_seconds(exc), "chat") from exc
    except Forbidden as exc:
        raise DeliveryFailed("forbidden", permanent=True) from exc
    except BadRequest as exc:
        raise DeliveryFailed(f"bad request: {exc.message[:80]}", permanent=True) from exc
    except TelegramError as exc:
        raise DeliveryFailed(type(exc).__name__) from exc


class TelegramClient:
    """Sends, edits, deletes, uploads and shows typing in one Telegram chat or topic."""

    def __init__(self, bot: Bot, capabilities: Capabilities = CAPABILITIES,
                 typing_grace_s: float = TYPING_GRACE_S) -> None:
        self.bot = bot
        self.capabilities = capabilities
        self.typing_grace_s = typing_grace_s
        self._sent_at: OrderedDict[int, float] = OrderedDict()

    def _sent(self, chat: int) -> None:
        self._sent_at[chat] = time.monotonic()
        self._sent_at.move_to_end(chat)
        if len(self._sent_at) > RECENT_CHATS:
            self._sent_at.popitem(last=False)

    @staticmethod
    def _where(address: Address) -> tuple[int, int | None]:
        thread = int(address.thread_id) if address.thread_id else None
        return int(address.chat_id), thread

    async def _call(self, fn: Callable[[], Awaitable[T]]) -> T:
        async with mapped_errors():
            return await fn()

    async def send_text(self, address: Address, chunk: Chunk) -> int:
        chat, thread = self._where(address)
        return await self._send_to(chat, thread, chunk)

    async def _send_to(self, chat: int, thread: int | None, chunk: Chunk) -> int:
        text = chunk.display if chunk.display.strip() else EMPTY
        sent: Message = await self._call(lambda: self.bot.send_message(
            chat, text, entities=telegram_entities(chunk) if chunk.display.strip() else None,
            message_thread_id=thread, link_preview_options=NO_PREVIEW))
        self._sent(chat)
        return sent.message_id

    async def edit_text(self, address: Address, ref: int, chunk: Chunk) -> None:
        chat, _ = self._where(address)
        text = chunk.display if chunk.display.strip() else EMPTY
        try:
            await self._call(lambda: self.bot.edit_message_text(
                text, chat_id=chat, message_id=int(ref),
                entities=telegram_entities(chunk) if chunk.display.strip() else None,
                link_preview_options=NO_PREVIEW))
        except DeliveryFailed as exc:
            if NOT_MODIFIED not in str(exc).lower():
                raise

    async def delete(self, address: Address, ref: int) -> None:
        chat, _ = self._where(address)
        await self._call(lambda: self.bot.delete_message(chat, int(ref)))

    async def typing(self, address: Address) -> None:
        """Shown only when the answer takes a moment: a reply that is already on its way
        within ``typing_grace_s`` needs no indicator (and spends no call)."""
        chat, thread = self._where(address)
        asked = time.monotonic()
        await asyncio.sleep(self.typing_grace_s)
        if self._sent_at.get(chat, 0.0) >= asked:
            return
        await self._call(lambda: self.bot.send_chat_action(
            chat, ChatAction.TYPING, message_thread_id=thread))

    async def send_file(self, address: Address, attachment: Attachment) -> int | None:
        chat, thread = self._where(address)
        return await self._upload(chat, thread, attachment)

    async def _upload(self, chat: int, thread: int | None, attachment: Attachment) -> int | None:
        size = len(attachment.data)
        if size > self.capabilities.max_file_bytes:
            return None
        caption = self._caption(attachment.caption)
        entities = telegram_entities(caption) if caption else None
        upload = InputFile(attachment.data, filename=attachment.filename)
        photo = (attachment.kind == "image" and size <= PHOTO_LIMIT
                 and is_image(attachment.mime_type, attachment.filename))
        if photo:
            sent: Message = await self._call(lambda: self.bot.send_photo(
                chat, upload, caption=caption.display if caption else None,
                caption_entities=entities, message_thread_id=thread))
        else:
            sent = await self._call(lambda: self.bot.send_document(
                chat, upload, caption=caption.display if caption else None,
                caption_entities=entities, message_thread_id=thread))
        if attachment.caption and caption is None:
            for chunk in self._chunks(attachment.caption):
                await self._send_to(chat, thread, chunk)
        return sent.message_id

    def _chunks(self, markdown: str) -> list[Chunk]:
        caps = self.capabilities
        return split(render(markdown, caps.dialect), caps.max_text, caps.length_unit,
                     caps.dialect)

    def _caption(self, markdown: str) -> Chunk | None:
        """The caption as one chunk when it fits Telegram's caption limit."""
        if not markdown.strip():
            return None
        chunks = split(render(markdown, "telegram"), CAPTION_LIMIT * 4, "utf16", "telegram")
        chunk = chunks[0]
        if len(chunks) > 1 or len(chunk.display.encode("utf-16-le")) // 2 > CAPTION_LIMIT:
            return None
        return chunk

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        """In Telegram a person's private chat id is their user id."""
        chat = int(address.user_id)
        try:
            for attachment in attachments:
                await self._upload(chat, None, attachment)
            for chunk in chunks:
                await self._send_to(chat, None, chunk)
        except DeliveryFailed as exc:
            if exc.permanent:  # never opened a private chat, or blocked Muse
                return False
            raise
        return True


# --- inbound media ------------------------------------------------------------------------


async def download(bot: Bot, file_id: str) -> bytes:
    """A file's bytes by id (the URL, which carries the token, is never kept)."""
    async with mapped_errors():
        file = await bot.get_file(file_id)
        return bytes(await file.download_as_bytearray())


async def fetch_media(bot: Bot, message: IncomingMessage) -> IncomingMessage:
    """The message with its image placeholders filled; an image that cannot be fetched
    becomes a named file part, so the person gets a clear answer."""
    if not any(not p.data for p in message.images):
        return message
    parts: list[Part] = []
    for part in message.parts:
        if isinstance(part, ImagePart) and not part.data:
            parts.append(await _fetch_image(bot, part))
        else:
            parts.append(part)
    return replace(message, parts=tuple(parts))


async def _fetch_image(bot: Bot, part: ImagePart) -> Part:
    try:
        data = await download(bot, part.platform_file_id)
    except (DeliveryFailed, RateLimited) as exc:
        log.warning("telegram.download_failed reason=%s", type(exc).__name__)
        return FilePart(part.filename or "image", 0, platform_file_id=part.platform_file_id)
    return ImagePart(data, filename=part.filename, platform_file_id=part.platform_file_id)
