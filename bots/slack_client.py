"""Slack's side of the delivery layer: :class:`SlackClient` implements ``PlatformClient``.

Text goes out as one mrkdwn section block per part (the delivery layer splits at 3,000
characters, a section's limit, so a message has one block and ≤ 4,000 characters of
text). A 429 becomes :class:`RateLimited` with Slack's ``Retry-After`` (the delivery layer
waits exactly that long); every other failure becomes :class:`DeliveryFailed`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, TypeVar

import aiohttp
import yarl
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bots.delivery import (
    Capabilities,
    Chunk,
    DeliveryFailed,
    MessageRef,
    RateLimited,
)
from bots.slack_convert import FileRef
from core.messages import Address, Attachment

log = logging.getLogger("muse.slack")
T = TypeVar("T")

SECTION_LIMIT = 3000
CAPABILITIES = Capabilities(
    max_text=SECTION_LIMIT,
    dialect="slack",
    can_edit=True,
    edit_interval_private_s=1.0,
    edit_interval_group_s=1.0,
    global_rate_per_s=50 / 60,  # chat.update is Tier 3: about 50 a minute per workspace
    max_file_bytes=1024 * 1024 * 1024,
    threads=True,
)
TRANSIENT = frozenset({"internal_error", "fatal_error", "service_unavailable",
                       "request_timeout", "ratelimited", "team_added_to_org"})
HTML = ("text/html",)
EMPTY = "…"
SLACK_HOSTS = (".slack.com", ".slack-edge.com", ".slack-files.com")


class DownloadFailed(Exception):
    """A private file could not be fetched (an HTML login page counts as a failure)."""


def retry_after(headers: Any, default: float = 1.0) -> float:
    for name in ("Retry-After", "retry-after"):
        value = headers.get(name) if headers is not None else None
        if value is not None:
            try:
                return max(0.0, float(value))
            except ValueError:
                break
    return default


def as_delivery_error(exc: Exception) -> Exception:
    """SDK and network errors → the delivery layer's errors."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", 200)
        code = str(exc.response.get("error", "") if exc.response is not None else "")
        if status == 429 or code == "ratelimited":
            return RateLimited(retry_after(exc.response.headers), "global")
        return DeliveryFailed(code or f"http {status}",
                              permanent=status < 500 and code not in TRANSIENT)
    if isinstance(exc, SlackClientError | aiohttp.ClientError | TimeoutError):
        return DeliveryFailed(type(exc).__name__)
    return exc


async def slack_call(fn: Callable[[], Awaitable[T]]) -> T:
    try:
        return await fn()
    except (SlackClientError, aiohttp.ClientError, TimeoutError) as exc:
        raise as_delivery_error(exc) from exc


def blocks(text: str) -> list[dict[str, Any]]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]


def _content(chunk: Chunk) -> dict[str, Any]:
    text = chunk.display if chunk.display.strip() else EMPTY
    return {"text": text, "blocks": blocks(text)}


class SlackClient:
    """Web API calls for one bot; ``api`` has no rate-limit retries of its own."""

    capabilities = CAPABILITIES

    def __init__(self, api: AsyncWebClient, session: aiohttp.ClientSession, token: str) -> None:
        self.api = api
        self.session = session
        self._token = token
        self._api_host = (yarl.URL(str(api.base_url)).host or "").lower()
        self._dms: dict[str, str] = {}

    # --- PlatformClient ------------------------------------------------------------------

    async def send_text(self, address: Address, chunk: Chunk) -> MessageRef:
        response = await slack_call(lambda: self.api.chat_postMessage(
            channel=address.chat_id, thread_ts=address.thread_id, unfurl_links=False,
            unfurl_media=False, **_content(chunk)))
        return str(response["ts"])

    async def edit_text(self, address: Address, ref: MessageRef, chunk: Chunk) -> None:
        await slack_call(lambda: self.api.chat_update(channel=address.chat_id, ts=str(ref),
                                                      **_content(chunk)))

    async def delete(self, address: Address, ref: MessageRef) -> None:
        await slack_call(lambda: self.api.chat_delete(channel=address.chat_id, ts=str(ref)))

    async def send_file(self, address: Address, attachment: Attachment) -> MessageRef | None:
        return await self.upload(address.chat_id, address.thread_id, attachment)

    async def typing(self, address: Address) -> None:
        """Slack has no typing indicator for bots outside assistant threads."""

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        """An ephemeral message in the chat (only the person sees it); files and, when
        ephemeral messages are refused, everything go to the app DM instead."""
        if address.is_private:
            for chunk in chunks:
                await self.send_text(address, chunk)
            for attachment in attachments:
                await self.send_file(address, attachment)
            return True
        try:
            for chunk in chunks:
                await self.ephemeral(address, chunk)
        except DeliveryFailed as exc:
            if not exc.permanent:
                raise
            return await self._to_dm(address, chunks, attachments)
        return await self._to_dm(address, [], attachments) if attachments else True

    # --- beyond the protocol --------------------------------------------------------------

    async def ephemeral(self, address: Address, chunk: Chunk) -> MessageRef:
        response = await slack_call(lambda: self.api.chat_postEphemeral(
            channel=address.chat_id, user=address.user_id, thread_ts=address.thread_id,
            **_content(chunk)))
        return str(response.get("message_ts") or "")

    async def dm_channel(self, user: str) -> str:
        if user not in self._dms:
            response = await slack_call(lambda: self.api.conversations_open(users=user))
            self._dms[user] = str(response["channel"]["id"])
        return self._dms[user]

    async def _to_dm(self, address: Address, chunks: list[Chunk],
                     attachments: tuple[Attachment, ...]) -> bool:
        try:
            channel = await self.dm_channel(address.user_id)
        except DeliveryFailed as exc:
            if exc.permanent:
                return False
            raise
        for chunk in chunks:
            await slack_call(lambda c=chunk: self.api.chat_postMessage(  # type: ignore[misc]
                channel=channel, **_content(c)))
        for attachment in attachments:
            await self.upload(channel, None, attachment)
        return True

    async def upload(self, channel: str, thread: str | None,
                      attachment: Attachment) -> MessageRef | None:
        if len(attachment.data) > self.capabilities.max_file_bytes:
            return None
        response = await slack_call(lambda: self.api.files_upload_v2(
            channel=channel, thread_ts=thread, file=attachment.data,
            filename=attachment.filename, title=attachment.filename,
            initial_comment=attachment.caption or None))
        files = response.get("files") or [response.get("file") or {}]
        return {"file": str(files[0].get("id", ""))}

    def may_send_token_to(self, url: str) -> bool:
        """The bot token goes only to Slack itself (or the configured API host)."""
        host = (yarl.URL(url).host or "").lower()
        return host == self._api_host or host.endswith(SLACK_HOSTS)

    async def download(self, ref: FileRef, max_bytes: int, timeout_s: float = 30.0) -> bytes:
        """A private file's bytes, fetched with the bot token as Bearer."""
        if ref.size > max_bytes:
            raise DownloadFailed("too large")
        if not self.may_send_token_to(ref.url):
            raise DownloadFailed("not a Slack file URL")
        headers = {"Authorization": f"Bearer {self._token}"}
        timeout = aiohttp.ClientTimeout(total=timeout_s)
        try:
            async with self.session.get(ref.url, headers=headers, timeout=timeout,
                                        max_redirects=3) as response:
                kind = response.content_type or ""
                if response.status != 200:
                    raise DownloadFailed(f"http {response.status}")
                if kind.startswith(HTML) and not ref.mimetype.startswith(HTML):
                    raise DownloadFailed("login page")  # Slack's answer without the token
                data = await response.content.read(max_bytes + 1)
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise DownloadFailed(type(exc).__name__) from exc
        if len(data) > max_bytes:
            raise DownloadFailed("too large")
        return data


class EphemeralReplies:
    """Command answers in a channel: seen only by the person who typed ``/muse``."""

    capabilities = replace(CAPABILITIES, can_edit=False)

    def __init__(self, client: SlackClient) -> None:
        self.client = client

    async def send_text(self, address: Address, chunk: Chunk) -> MessageRef:
        return await self.client.ephemeral(address, chunk)

    async def edit_text(self, address: Address, ref: MessageRef, chunk: Chunk) -> None:
        raise DeliveryFailed("ephemeral messages cannot be edited", permanent=True)

    async def delete(self, address: Address, ref: MessageRef) -> None:
        """Ephemeral messages cannot be deleted through the API; they fade on their own."""

    async def send_file(self, address: Address, attachment: Attachment) -> MessageRef | None:
        channel = await self.client.dm_channel(address.user_id)
        return await self.client.upload(channel, None, attachment)

    async def typing(self, address: Address) -> None:
        """No typing indicator."""

    async def send_private(self, address: Address, chunks: list[Chunk],
                           attachments: tuple[Attachment, ...]) -> bool:
        return await self.client.send_private(address, chunks, attachments)
