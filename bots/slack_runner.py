"""The Slack runner: slack-bolt's ``AsyncApp`` over HTTP (Events API) or Socket Mode.

Nothing lost, nothing twice: a global bolt middleware persists every event meant for
Muse (``engine.receive``) before bolt acknowledges it — an error there answers 500 (HTTP)
or withholds the ack (Socket Mode), so Slack delivers again. After the ack, the listener
downloads files, resolves names and hands the message to the dispatcher. Retries and
twins are submitted again; the engine's claim answers each message once, and one whose
first attempt died unanswered is answered by the retry (or by recovery at start).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from dataclasses import replace
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bots.delivery import Delivery, DeliveryFailed
from bots.dispatch import Dispatcher
from bots.slack_client import DownloadFailed, EphemeralReplies, SlackClient
from bots.slack_convert import (
    PLATFORM,
    BotIdentity,
    FileRef,
    Inbound,
    classify,
    command_incoming,
    mentioned_users,
    plain_text,
)
from bots.slack_threads import ThreadBook
from config.settings import SlackSettings
from core.app import App
from core.logs import event
from core.messages import ConversationKey, FilePart, ImagePart, IncomingMessage, Part, TextPart

log = logging.getLogger("muse.slack")
COMMAND = "/muse"
MAX_FILE_BYTES = 20 * 1024 * 1024
NAME_CACHE = 10_000
CONTEXT_KEY = "muse_inbound"


class _SkipClientNotice(logging.Filter):
    """Bolt notes that a token in the environment is unused when a client is given."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


BOLT_LOG = logging.getLogger("slack_bolt.muse")
BOLT_LOG.addFilter(_SkipClientNotice())


class SlackRunner:
    """One bot in one workspace; ``start()`` then ``close()``."""

    def __init__(self, app: App, settings: SlackSettings | None = None) -> None:
        self.app = app
        self.cfg = settings or app.settings.slack
        self.events_url = ""
        self._names: OrderedDict[str, str] = OrderedDict()
        self._running: dict[str, asyncio.Task[Any]] = {}
        self._chains: dict[ConversationKey, asyncio.Task[None]] = {}
        self._session: aiohttp.ClientSession | None = None
        self._site: web.AppRunner | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._dispatchers: list[Dispatcher] = []

    @property
    def socket_mode(self) -> bool:
        return self.cfg.app_token is not None and bool(self.cfg.app_token.get_secret_value())

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        token = self.cfg.bot_token.get_secret_value() if self.cfg.bot_token else ""
        if not token:
            raise RuntimeError("SLACK_BOT_TOKEN is not set")
        if not self.socket_mode and not self.cfg.signing_secret.get_secret_value():
            raise RuntimeError("SLACK_SIGNING_SECRET is required in HTTP mode")
        self._session = aiohttp.ClientSession()
        try:
            await self._start(token)
        except BaseException:
            await self.close()
            raise

    async def _start(self, token: str) -> None:
        assert self._session is not None
        self.api = AsyncWebClient(token=token, base_url=self.cfg.api_url, session=self._session)
        self.aux = AsyncWebClient(
            token=token, base_url=self.cfg.api_url, session=self._session,
            retry_handlers=[AsyncConnectionErrorRetryHandler(),
                            AsyncRateLimitErrorRetryHandler(max_retry_count=3)])
        auth = await self.aux.auth_test()
        self.bot = BotIdentity(team_id=str(auth["team_id"]), user_id=str(auth["user_id"]),
                               bot_id=str(auth.get("bot_id") or ""),
                               name=str(auth.get("user") or ""))
        self.app.engine.bot_usernames[PLATFORM] = self.bot.name
        self.client = SlackClient(self.api, self._session, token)
        self.threads = ThreadBook(self.app.db, self.bot.team_id, self.bot.user_id)
        await self.threads.load()
        self.dispatcher = Dispatcher(self.app, Delivery(self.client, self.app.store, PLATFORM,
                                                        self.bot.user_id))
        self.replies = Dispatcher(self.app, Delivery(EphemeralReplies(self.client),
                                                     self.app.store, PLATFORM,
                                                     self.bot.user_id))
        self._dispatchers = [self.dispatcher, self.replies]
        await self.dispatcher.start(PLATFORM, self.bot.user_id)
        self.bolt = self._bolt()
        if self.socket_mode:
            await self._start_socket()
        else:
            await self._start_http()
        event("slack.started", mode="socket" if self.socket_mode else "http",
              team=self.bot.team_id, bot=self.bot.user_id)

    async def _start_http(self) -> None:
        host, _, port = self.cfg.events_listen.rpartition(":")
        self._site = web.AppRunner(self.bolt.web_app(path=self.cfg.events_path),
                                   access_log=None, shutdown_timeout=2.0)
        await self._site.setup()
        await web.TCPSite(self._site, host or "127.0.0.1", int(port)).start()
        bound = self._site.addresses[0]
        self.events_url = f"http://{host or '127.0.0.1'}:{bound[1]}{self.cfg.events_path}"
        event("slack.listening", port=bound[1], path=self.cfg.events_path)

    async def _start_socket(self) -> None:
        assert self.cfg.app_token is not None
        self._socket = AsyncSocketModeHandler(self.bolt, self.cfg.app_token.get_secret_value(),
                                              web_client=self.aux)
        await self._socket.connect_async()  # type: ignore[no-untyped-call]

    async def close(self, grace_s: float = 5.0) -> None:
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._site is not None:
            await self._site.cleanup()
            self._site = None
        pending = [t for t in self._chains.values() if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=grace_s)
        for dispatcher in self._dispatchers:
            await dispatcher.close(grace_s)
        if self._session is not None:
            await self._session.close()
            self._session = None

    # --- bolt --------------------------------------------------------------------------

    def _bolt(self) -> AsyncApp:
        bolt = AsyncApp(
            client=self.api, signing_secret=self.cfg.signing_secret.get_secret_value(),
            process_before_response=False, request_verification_enabled=not self.socket_mode,
            logger=BOLT_LOG)
        bolt.use(self._persist)
        bolt.event("message")(self._on_event)
        bolt.event("app_mention")(self._on_event)
        bolt.command(COMMAND)(self._on_command)
        bolt.event(re.compile(".*"))(self._on_other)
        return bolt

    async def _persist(self, body: dict[str, Any], context: AsyncBoltContext,
                       resp: BoltResponse, next: Any) -> BoltResponse:
        """In the ack path: write what is meant for Muse before Slack hears "200"."""
        if body.get("command") == COMMAND:
            incoming = command_incoming(body, self.bot)
            await self.app.engine.receive(incoming)
            context[CONTEXT_KEY] = Inbound("answer", incoming, key=incoming.event_id)
        else:
            inbound = classify(body, self.bot, self.threads.follows)
            if inbound.action == "answer" and inbound.incoming is not None:
                if inbound.thread is not None:
                    await self.threads.join(*inbound.thread)
                await self.app.engine.receive(inbound.incoming)
            context[CONTEXT_KEY] = inbound
        await next()
        return resp

    async def _on_event(self, body: dict[str, Any], context: AsyncBoltContext) -> None:
        inbound = context.get(CONTEXT_KEY)
        if not isinstance(inbound, Inbound):
            return
        if inbound.action == "deleted":
            await self.app.engine.deleted(PLATFORM, str(body.get("team_id") or self.bot.team_id),
                                          self.bot.user_id, inbound.key)
        elif inbound.action == "answer":
            self.admit(inbound, str(body["event"].get("text") or ""), self.dispatcher)

    async def _on_command(self, ack: Any, context: AsyncBoltContext) -> None:
        await ack()
        inbound = context.get(CONTEXT_KEY)
        if isinstance(inbound, Inbound) and inbound.incoming is not None:
            private = inbound.incoming.address.is_private
            self.admit(inbound, inbound.incoming.text,
                       self.dispatcher if private else self.replies)

    async def _on_other(self) -> None:
        """Other subscribed events are acknowledged and left alone."""

    # --- after the ack -----------------------------------------------------------------

    def admit(self, inbound: Inbound, raw_text: str, dispatcher: Dispatcher) -> None:
        """Submit in arrival order per conversation; a copy of a message still being
        handled here is skipped (the engine's claim covers every other case)."""
        assert inbound.incoming is not None
        running = self._running.get(inbound.key)
        if running is not None and not running.done():
            return
        conversation = inbound.incoming.address.conversation
        previous = self._chains.get(conversation)
        if not inbound.files and self._names_known(inbound.incoming, raw_text) and (
                previous is None or previous.done()):
            self._track(inbound.key, dispatcher.submit(self._complete(inbound, raw_text, ())))
            return
        prep = asyncio.create_task(self._prepare(inbound, raw_text, dispatcher, previous))
        self._chains[conversation] = prep
        self._track(inbound.key, prep)
        prep.add_done_callback(lambda t: self._forget_chain(conversation, t))

    def _track(self, key: str, task: asyncio.Task[Any]) -> None:
        self._running[key] = task
        task.add_done_callback(lambda t: self._running.pop(key, None)
                               if self._running.get(key) is t else None)

    def _forget_chain(self, conversation: ConversationKey, task: asyncio.Task[None]) -> None:
        if self._chains.get(conversation) is task:
            del self._chains[conversation]

    async def _prepare(self, inbound: Inbound, raw_text: str, dispatcher: Dispatcher,
                       previous: asyncio.Task[None] | None) -> None:
        assert inbound.incoming is not None
        try:
            await self._resolve_names(inbound.incoming, raw_text)
            parts = await self._fetch(inbound.files)
        except Exception:
            log.exception("slack.prepare_failed")
            parts = ()
        if previous is not None:
            await asyncio.wait([previous])
        self._track(inbound.key, dispatcher.submit(self._complete(inbound, raw_text, parts)))

    def _complete(self, inbound: Inbound, raw_text: str,
                  extra: tuple[Part, ...]) -> IncomingMessage:
        incoming = inbound.incoming
        assert incoming is not None
        text = plain_text(raw_text, self._names, self.bot.user_id)
        own: tuple[Part, ...] = (TextPart(text),) if text else ()
        sender = replace(incoming.sender,
                         display_name=self._names.get(incoming.sender.user_id, "")
                         or incoming.sender.display_name)
        return replace(incoming, parts=own + extra, sender=sender)

    def _names_known(self, incoming: IncomingMessage, raw_text: str) -> bool:
        wanted = (mentioned_users(raw_text) | {incoming.sender.user_id}) - {self.bot.user_id}
        return all(user in self._names for user in wanted if user)

    async def _resolve_names(self, incoming: IncomingMessage, raw_text: str) -> None:
        wanted = (mentioned_users(raw_text) | {incoming.sender.user_id}) - {self.bot.user_id}
        for user in sorted(u for u in wanted if u and u not in self._names):
            name = ""
            try:
                info = await asyncio.wait_for(self.aux.users_info(user=user), 5)
                profile = info["user"].get("profile") or {}
                name = str(profile.get("display_name") or info["user"].get("real_name")
                           or info["user"].get("name") or "")
            except Exception as exc:
                event("slack.users_info_failed", level=logging.DEBUG, error=type(exc).__name__)
            self._names[user] = name
            while len(self._names) > NAME_CACHE:
                self._names.popitem(last=False)

    async def _fetch(self, files: tuple[FileRef, ...]) -> tuple[Part, ...]:
        parts: list[Part] = []
        image_cap = self.app.settings.engine.max_image_bytes
        for ref in files:
            cap = image_cap if ref.is_image else MAX_FILE_BYTES
            try:
                data = await self.client.download(ref, cap)
            except DownloadFailed as exc:
                event("slack.download_failed", level=logging.WARNING, file=ref.id,
                      reason=str(exc))
                parts.append(TextPart(f"(The attachment {ref.name} could not be downloaded.)"))
                continue
            if ref.is_image:
                parts.append(ImagePart(data=data, filename=ref.name, platform_file_id=ref.id))
            else:
                parts.append(FilePart(filename=ref.name, size=len(data), mime_type=ref.mimetype,
                                      data=data, platform_file_id=ref.id))
        return tuple(parts)


async def identity(settings: SlackSettings) -> BotIdentity:
    """``auth.test`` with the configured token (for ``muse doctor``)."""
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    async with aiohttp.ClientSession() as session:
        api = AsyncWebClient(token=token, base_url=settings.api_url, session=session)
        try:
            auth = await api.auth_test()
        except Exception as exc:
            raise DeliveryFailed(type(exc).__name__) from exc
        return BotIdentity(team_id=str(auth["team_id"]), user_id=str(auth["user_id"]),
                           bot_id=str(auth.get("bot_id") or ""), name=str(auth.get("user") or ""))
