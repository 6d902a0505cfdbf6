"""A fake Telegram Bot API server for tests and benchmarks (aiohttp on 127.0.0.1).

The real ``python-telegram-bot`` client works against it unchanged::

    async with FakeTelegram() as fake:          # or: await fake.start() ... await fake.stop()
        app = (ApplicationBuilder().token(fake.token)
               .base_url(fake.api_url).base_file_url(fake.file_url).build())

``base_url`` is ``http://127.0.0.1:<port>``, ``api_url`` ``<base>/bot``, ``file_url``
``<base>/file/bot``. Requests may be GET/POST with a query string, a form, multipart or JSON.
A wrong token answers 401, an unknown method 400.

Methods
    getMe, getUpdates (long poll honouring offset/timeout/limit/allowed_updates; an update is
    confirmed only by a later offset; a newer concurrent poll ends the older with 409; 409
    while a webhook is set), sendMessage, editMessageText, editMessageCaption, deleteMessage,
    sendChatAction, sendPhoto, sendDocument, sendMediaGroup, getFile (download at
    ``/file/bot<token>/<file_path>``), setWebhook, deleteWebhook, getWebhookInfo,
    setMyCommands, getMyCommands, deleteMyCommands, answerCallbackQuery.
    Errors have the Bot API shape: 400 "Bad Request: message is not modified: ..." (same text,
    entities and markup), "message to be replied not found", "message thread not found",
    "chat not found" (the bot may only write to chats the fake knows: injected or
    ``add_chat``), "message is too long" (> 4096 code points; captions > 1024), "file is too
    big" (getFile > 20 MB) and, stricter than Telegram, entities reaching past the text.
    ``parse_mode`` is recorded, not parsed. Privacy mode: unless
    ``can_read_all_group_messages`` is true, a group message is delivered only if it mentions
    the bot, starts with ``/`` or replies to the bot (``InboundMessage.delivered`` tells).

Injecting (sync; each returns ``InboundMessage(update_id, message_id, chat_id, delivered,
update)``). User text gets Telegram's automatic entities (bot_command, mention, url).
    ``inject_private(user, text)``; ``inject_text(chat, user, text, entities=None,
    mention_bot=False, thread_id=None, reply_to=None)``; ``inject_photo(chat, user, data,
    caption=None, sizes=3)`` (PhotoSizes, largest last, each serving ``data``);
    ``inject_document(chat, user, data, file_name=, mime_type=, caption=)``;
    ``inject_album(chat, user, [data, ...], caption=)`` -> list (one media_group_id);
    ``create_topic(chat, name) -> thread_id`` (topic messages carry message_thread_id,
    is_topic_message and, as in Telegram, a reply_to_message pointing at the topic start);
    ``inject_edit(chat_id, message_id, text)`` -> update; ``inject_update(body)`` -> update;
    ``redeliver(update_id)`` (offer it again even after it was confirmed);
    ``update(update_id)`` (its JSON); ``add_chat(chat)``; ``block_bot(chat_id)`` (then 403
    "Forbidden: bot was blocked by the user"). Values: ``TgUser(id, first_name, username)``,
    ``TgChat.private(user)``, ``TgChat.group(-id)``, ``TgChat.supergroup(-100..., is_forum=)``.

Observing
    ``calls`` (every ``ApiCall(method, params, at, status, files)``, appended when answered,
    ``at`` = arrival on ``time.monotonic()``); ``calls_to(method)``; ``downloads``
    (``(file_path, at)``); ``pending_updates()``; ``waiting_polls`` (polls held open);
    ``messages(chat_id)`` / ``bot_messages(chat_id)`` -> ``StoredMessage`` (``message_id,
    text, caption, entities, edits, files`` with bytes, ``deleted, reply_to, thread_id``,
    ``entity_texts()``); ``await wait_for(predicate, timeout=5)`` (first truthy value of
    ``predicate()``, re-checked on every change); ``latency.summary()`` (per injected
    message: injection to the first bot call with reply text, i.e. a letter or digit, in its
    chat; typing and "…" placeholders do not count).

Faults
    ``fail_next(count, method=None, status=429, retry_after=1, description=None)`` (without
    ``method`` it also hits getUpdates); ``throttle(seconds, method=None, chat_id=None)``
    (429 with the remaining wait, for a while); ``throttle_log`` / ``early_retries()``
    (each 429 answered and when the next call of that method to that chat came);
    ``enforce_rate_limits(RateLimits(per_chat_per_s=1, burst=3, per_group_per_min=20,
    global_per_s=30))`` (token buckets over sends and edits; 429 with the wait rounded up).

Webhooks
    While one is set (``setWebhook``, e.g. by PTB's ``start_webhook``) the fake POSTs queued
    updates to it in order with the secret header, retrying every ``webhooks.retry_delay`` s
    until a 2xx (``webhook_deliveries`` lists each attempt). With ``deliver_webhooks = False``
    post by hand: ``await post_webhook(url, update, secret=None)`` -> HTTP status.

Process mode: ``python -m tests.fakes.fake_telegram --port P`` prints ``READY <base_url>``;
its JSON control API is described in ``tests.fakes.fake_telegram_control``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

from aiohttp import web

from tests.fakes.fake_telegram_control import add_control_routes, serve_forever
from tests.fakes.fake_telegram_faults import (
    FaultPlan,
    LatencyTracker,
    Pacer,
    RateLimits,
    Throttle,
)
from tests.fakes.fake_telegram_inject import InjectMixin
from tests.fakes.fake_telegram_media import MEDIA_HANDLERS
from tests.fakes.fake_telegram_methods import HANDLERS, read_params
from tests.fakes.fake_telegram_state import BotState, WebhookState
from tests.fakes.fake_telegram_types import (
    JSON,
    ApiCall,
    ApiError,
    Fault,
    InboundMessage,
    StoredMessage,
    TgChat,
    TgUser,
    ThrottleRecord,
    UploadedFile,
    bad_request,
    now,
)
from tests.fakes.fake_telegram_webhook import Delivery, WebhookPump, post_once

__all__ = [
    "DEFAULT_TOKEN",
    "ApiCall",
    "FakeTelegram",
    "InboundMessage",
    "RateLimits",
    "StoredMessage",
    "TgChat",
    "TgUser",
]

T = TypeVar("T")
DEFAULT_TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class FakeTelegram(InjectMixin):
    """The fake Bot API server; see the module docstring for the whole test API."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = "muse_test_bot",
        can_read_all_group_messages: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        bot = TgUser(int(token.split(":")[0]), "Muse", username=username, is_bot=True)
        self.token = token
        self.state = BotState(token, bot, can_read_all_group_messages)
        self.calls: list[ApiCall] = []
        self.downloads: list[tuple[str, float]] = []
        self.faults = FaultPlan()
        self.latency = LatencyTracker()
        self._host, self._port = host, port
        self._runner: web.AppRunner | None = None
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self.waiting_polls = 0
        self.deliver_webhooks = True
        self.webhooks = WebhookPump(self.state, self._wait_change, self._notify)
        self._closing = False

    # -- lifecycle ------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        add_control_routes(app, self)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        self._port = int(self._runner.addresses[0][1])
        return self

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        await self.webhooks.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeTelegram:
        return await self.start()

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/bot"

    @property
    def file_url(self) -> str:
        return f"{self.base_url}/file/bot"

    @property
    def bot_user(self) -> TgUser:
        return self.state.bot

    @property
    def webhook(self) -> WebhookState:
        """The webhook the bot set (``url`` is "" when none)."""
        return self.state.webhook

    @property
    def can_read_all_group_messages(self) -> bool:
        return self.state.can_read_all_group_messages

    @can_read_all_group_messages.setter
    def can_read_all_group_messages(self, value: bool) -> None:
        self.state.can_read_all_group_messages = value

    # -- observing --------------------------------------------------------------

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method.lower() == method.lower()]

    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by a later ``getUpdates`` offset."""
        return [q.update for q in self.state.queue]

    def messages(self, chat_id: int) -> list[StoredMessage]:
        """Every message of a chat (users' and the bot's, deleted ones too), oldest first."""
        return list(self.state.messages.get(chat_id, {}).values())

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        """The bot's messages in a chat that are not deleted, oldest first."""
        return self.state.bot_messages(chat_id)

    async def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until ``predicate()`` is truthy (checked on every change) and return it."""
        deadline = now() + timeout
        while True:
            value = predicate()
            if value:
                return value
            remaining = deadline - now()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            await self._wait_change(remaining)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()
        self.webhooks.sync(self.deliver_webhooks and not self._closing)

    async def _wait_change(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._changed.wait()

    # -- faults -------------------------------------------------------------------

    def fail_next(
        self,
        count: int = 1,
        *,
        method: str | None = None,
        status: int = 429,
        retry_after: int = 1,
        description: str | None = None,
    ) -> None:
        """The next ``count`` calls (of ``method`` if given) answer ``status``."""
        if status == 429:
            text = description or f"Too Many Requests: retry after {retry_after}"
            self.faults.faults.append(Fault(count, 429, text, method, retry_after))
            return
        text = description or ("Internal Server Error" if status >= 500 else "Bad Request")
        self.faults.faults.append(Fault(count, status, text, method))

    def throttle(
        self, seconds: float, *, method: str | None = None, chat_id: int | None = None
    ) -> None:
        """For ``seconds``, matching calls answer 429 with the remaining wait as retry_after."""
        self.faults.throttles.append(Throttle(now() + seconds, method, chat_id))

    def enforce_rate_limits(self, limits: RateLimits | None = None) -> None:
        """Answer 429 like Telegram when sends/edits outpace ``limits`` (None: defaults)."""
        self.faults.pacer = Pacer(limits or RateLimits())

    @property
    def throttle_log(self) -> list[ThrottleRecord]:
        return self.faults.log

    def early_retries(self) -> list[ThrottleRecord]:
        return self.faults.early_retries()

    # -- webhooks -----------------------------------------------------------------

    async def post_webhook(self, url: str, update: JSON, secret: str | None = None) -> int:
        """POST ``update`` to a webhook the way Telegram does; returns the HTTP status."""
        return await post_once(url, update, secret)

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every automatic webhook POST (``update_id, status, at``)."""
        return self.webhooks.deliveries

    # -- HTTP -------------------------------------------------------------------

    async def _download(self, request: web.Request) -> web.StreamResponse:
        self.downloads.append((request.match_info["path"], now()))
        record = self.state.files_by_path.get(request.match_info["path"])
        if request.match_info["token"] != self.token or record is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        return web.Response(body=record.data, content_type="application/octet-stream")

    async def _api(self, request: web.Request) -> web.StreamResponse:
        at = now()
        method = request.match_info["method"]
        try:
            params, parts = await read_params(request)
        except ApiError as error:
            return self._finish(ApiCall(method, {}, at, error.status), error.payload())
        call = ApiCall(method, params, at, 200, tuple(parts.values()))
        if request.match_info["token"] != self.token:
            denied = ApiError(401, "Unauthorized")
            return self._finish(ApiCall(method, params, at, 401), denied.payload())
        try:
            result = await self._dispatch(call, parts)
        except ApiError as error:
            self.faults.answered(method, call.chat_id, at, error)
            failed = ApiCall(method, params, at, error.status, call.files)
            return self._finish(failed, error.payload())
        if isinstance(result, dict):
            replied = result.get("reply_to_message") or {}
            self.latency.observe(call, replied.get("message_id"))
        return self._finish(call, {"ok": True, "result": result})

    async def _dispatch(self, call: ApiCall, parts: dict[str, UploadedFile]) -> Any:
        self.faults.observe(call.method, call.chat_id, call.at)
        error = self.faults.error_for(call.method, call.chat_id, call.at)
        if error is not None:
            raise error
        name = call.method.lower()
        if name == "getupdates":
            return await self._get_updates(call.params)
        handler = HANDLERS.get(name) or MEDIA_HANDLERS.get(name)
        if handler is None:
            raise bad_request("method not found")
        return handler(self.state, call.params, parts)

    def _finish(self, call: ApiCall, body: JSON) -> web.Response:
        self.calls.append(call)
        self._notify()
        return web.json_response(body, status=call.status)

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self.state.webhook.url:
            raise ApiError(409, CONFLICT_WEBHOOK)
        self._poll_generation += 1
        if params.get("offset") is not None:
            self.state.confirm(int(params["offset"]))
        if params.get("allowed_updates") is not None:
            self.state.allowed_updates = list(params["allowed_updates"])
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        deadline = now() + max(int(params.get("timeout") or 0), 0)
        self.waiting_polls += 1
        self._notify()  # also ends an older concurrent poll
        try:
            return await self._poll(self._poll_generation, limit, deadline)
        finally:
            self.waiting_polls -= 1

    async def _poll(self, generation: int, limit: int, deadline: float) -> list[JSON]:
        while True:
            if generation != self._poll_generation:
                raise ApiError(409, CONFLICT_POLL)
            batch = self.state.take(limit, self.state.allowed_updates)
            if batch or now() >= deadline or self._closing:
                return batch
            await self._wait_change(deadline - now())


def main(argv: list[str] | None = None) -> None:
    """Run the fake standalone: ``python -m tests.fakes.fake_telegram --port P``."""
    parser = argparse.ArgumentParser(description="Fake Telegram Bot API server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--username", default="muse_test_bot")
    parser.add_argument("--read-all-group-messages", action="store_true")
    args = parser.parse_args(argv)
    fake = FakeTelegram(
        args.token,
        username=args.username,
        can_read_all_group_messages=args.read_all_group_messages,
        host=args.host,
        port=args.port,
    )
    asyncio.run(serve_forever(fake))


if __name__ == "__main__":
    main()
