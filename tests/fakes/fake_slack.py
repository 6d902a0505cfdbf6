"""A fake Slack (Web API, Events API sender, Socket Mode) on 127.0.0.1 for tests and benchmarks.

Point the real libraries at it::

    async with FakeSlack() as fake:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url)  # ".../api/"
        app = AsyncApp(client=client, signing_secret=fake.signing_secret)
        handler = AsyncSocketModeHandler(app, fake.app_token)   # Socket Mode, or
        await fake.send_event(bolt_url, fake.events.dm("U1", "hi"))  # Events API over HTTP

Unset HTTP_PROXY/HTTPS_PROXY/http_proxy/https_proxy in tests: slack_sdk ignores NO_PROXY.
Default identity (:class:`SlackIdentity`): bot token ``xoxb-fake-bot-token``, app token
``xapp-1-fake-app-token``, signing secret ``fake-signing-secret``, team ``T0FAKE``, bot user
``U0BOT``, bot id ``B0BOT``, app ``A0FAKE``. The DM with user ``U1X`` is ``D1X``
(``fake.dm_channel(user)``); channel ids starting with C are public, G private.

Web API (``POST|GET /api/<method>``, form, query or JSON parameters, bearer or ``token``):
auth.test, chat.postMessage, chat.update, chat.delete, chat.postEphemeral,
conversations.open/info/history/replies, users.info, reactions.add/remove,
files.getUploadURLExternal + ``POST /upload/v1/<id>`` + files.completeUploadExternal
(``files_upload_v2``), files.info, apps.connections.open (needs the app token; returns the
``ws://.../link/`` Socket Mode URL). Private file URLs (``/files-pri/...``) return the bytes only
with ``Authorization: Bearer <bot token>``, otherwise an HTML login page with status 200.
Errors follow Slack: HTTP 200 with ``{"ok": false, "error": ...}`` (``invalid_auth``,
``channel_not_found``, ``no_text``, ``invalid_blocks`` for a section over 3000 chars,
``message_not_found``, ``cant_update_message``, ``unknown_method``); text is cut at 40,000.

Observe:
    ``fake.calls`` (:class:`ApiCall`: method, params, monotonic ``at``, status, error),
    ``fake.calls_of(method)``, ``fake.counts()``,
    ``fake.messages(channel)`` / ``fake.bot_messages(channel)`` / ``fake.message(channel, ts)``
    (:class:`SlackMessage`: ts, text, blocks, thread_ts, edits, deleted, file_ids),
    ``fake.uploads(channel)`` (:class:`SlackFile` with ``data`` bytes, channel_id, thread_ts),
    ``fake.downloads`` ((file_id, authorized, at)),
    ``await fake.wait_for(predicate, timeout=5)``, ``await fake.wait_for_calls(method, n)``,
    ``await fake.wait_for_bot_messages(channel, n)``.

Faults:
    ``fake.rate_limit(times, retry_after, method=None)`` answers 429 with ``Retry-After`` (whole
    seconds) and ``{"ok": false, "error": "ratelimited"}``; ``fake.rate_limit_hits`` and
    ``fake.early_retries()`` (calls of a limited method that arrived before the limit ended);
    ``fake.fail(times, status=500, error="internal_error", method=None, description=None)``
    (``status=200`` gives Slack's usual ``ok: false`` answer, e.g. ``channel_not_found``).
    Faults are consumed in the order they were added, one per matching call.

Inbound events:
    ``fake.events`` (:class:`EventFactory`): ``dm``, ``channel_message``, ``thread_reply``,
    ``mention`` (``app_mention`` + ``message`` twin, same ts), ``file_share`` (with files from
    ``fake.add_file``), ``message_changed``, ``message_deleted``, ``bot_message``.
    ``await fake.send_event(url, event, retry_num=None, signing_secret=None, timestamp=None,
    forge=False)`` -> :class:`EventDelivery` (status, ack_seconds, body, envelope); pass
    ``delivery.envelope`` again with ``retry_num=1`` for a retry with the same ``event_id``;
    ``fake.events.echo_of(message)`` is the event Slack sends back for the bot's own post;
    ``await fake.send_url_verification(url)`` sends the request-URL handshake.
    Socket Mode: ``await fake.socket_push(event)`` -> envelope id; ``fake.socket.acks``,
    ``fake.socket.sends`` (retry_attempt per send), ``await fake.wait_for_socket()``,
    ``await fake.socket.disconnect()`` (asks the app to reconnect), ``fake.socket.dropped``.
    ``await fake.inject(kind, user, text, channel=None, thread_ts=None, url=None)`` builds and
    delivers a user message (``url`` or ``events_url`` -> HTTP, else Socket Mode) and starts its
    latency clock, stopped by the first successful chat.postMessage / chat.update /
    chat.postEphemeral / upload comment in that channel whose text is not a placeholder
    ("", "...", "…"); ``fake.latency()`` -> count, pending, p50, p99, latencies (seconds).

Process mode: ``python -m tests.fakes.fake_slack --port P [--events-url URL] [--bot-token T]
[--app-token A] [--signing-secret S] [--redeliver-after SECONDS]`` prints
``FAKE_SLACK_READY <base_url>`` and serves the control API: ``GET /_fake/health``,
``POST /_fake/inject`` {kind, user, text, channel?, thread_ts?, url?}, ``GET /_fake/calls``
(?method=, ?full=1), ``GET /_fake/latency``, ``POST /_fake/faults`` {kind: rate_limit|error,
times, retry_after, status, error, method, description}, ``GET /_fake/messages?channel=``,
``GET /_fake/early_retries``, ``POST /_fake/reset``.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import time
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

import aiohttp
from aiohttp import web

from tests.fakes.fake_slack_control import ControlApi
from tests.fakes.fake_slack_events import EventDelivery, EventFactory, build_envelope, post_signed
from tests.fakes.fake_slack_record import Recorder, SlackIdentity
from tests.fakes.fake_slack_socket import SocketModeHub
from tests.fakes.fake_slack_state import (
    ApiCall,
    EarlyRetry,
    Fault,
    JsonDict,
    RateLimitHit,
    SlackFile,
    SlackMessage,
    Workspace,
)
from tests.fakes.fake_slack_web import WebApi

__all__ = ["ApiCall", "EventDelivery", "FakeSlack", "SlackFile", "SlackIdentity", "SlackMessage"]

T = TypeVar("T")
INJECT_KINDS = ("dm", "channel", "thread", "mention")


class FakeSlack:
    """The fake server; see the module docstring for the test API."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0,
                 identity: SlackIdentity | None = None, redeliver_after: float = 3.0,
                 max_socket_retries: int = 3, events_url: str | None = None) -> None:
        self.host, self.port = host, port
        self.identity = identity or SlackIdentity()
        self.events_url = events_url
        self.workspace = Workspace()
        self.recorder = Recorder()
        self.web_api = WebApi(self.identity, self.workspace, self.recorder, lambda: self.base_url)
        self.socket = SocketModeHub(self.identity, self.recorder, redeliver_after,
                                    max_socket_retries)
        self.events = EventFactory(self.identity, self.workspace, lambda: self.base_url)
        self._runner: web.AppRunner | None = None
        self._sender: aiohttp.ClientSession | None = None

    def sender(self) -> aiohttp.ClientSession:
        """One HTTP session for every event this fake sends."""
        if self._sender is None or self._sender.closed:
            self._sender = aiohttp.ClientSession()
        return self._sender

    # --- lifecycle --------------------------------------------------------------------

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.add_routes(self.web_api.routes())
        app.add_routes(ControlApi(self).routes())
        app.router.add_get("/link/", self.socket.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        self.port = int(self._runner.addresses[0][1])
        self.socket.start()
        return self

    async def stop(self) -> None:
        await self.socket.close()
        if self._sender is not None:
            await self._sender.close()
            self._sender = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeSlack:
        return await self.start()

    async def __aexit__(self, exc_type: type[BaseException] | None,
                        exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    @property
    def bot_token(self) -> str:
        return self.identity.bot_token

    @property
    def app_token(self) -> str:
        return self.identity.app_token

    @property
    def signing_secret(self) -> str:
        return self.identity.signing_secret

    @property
    def bot_user_id(self) -> str:
        return self.identity.bot_user_id

    # --- observation ------------------------------------------------------------------

    @property
    def calls(self) -> list[ApiCall]:
        return self.recorder.calls

    def calls_of(self, method: str) -> list[ApiCall]:
        return [call for call in self.recorder.calls if call.method == method]

    def counts(self) -> dict[str, int]:
        return self.recorder.counts()

    def messages(self, channel: str, include_ephemeral: bool = False) -> list[SlackMessage]:
        found = self.workspace.in_channel(channel)
        return [m for m in found if include_ephemeral or m.ephemeral_for is None]

    def bot_messages(self, channel: str) -> list[SlackMessage]:
        return [m for m in self.messages(channel) if m.bot_id == self.identity.bot_id]

    def message(self, channel: str, ts: str) -> SlackMessage | None:
        return self.workspace.get(channel, ts)

    def uploads(self, channel: str | None = None) -> list[SlackFile]:
        bot = self.identity.bot_user_id
        return [f for f in self.workspace.files.values()
                if f.user == bot and (channel is None or f.channel_id == channel)]

    @property
    def downloads(self) -> list[tuple[str, bool, float]]:
        return self.web_api.downloads

    def dm_channel(self, user: str) -> str:
        return self.workspace.dm_channel(user)

    async def wait_for(
        self, predicate: Callable[[], T], timeout: float = 5.0,
    ) -> T:
        return await self.recorder.wait_for(predicate, timeout)

    async def wait_for_calls(
        self, method: str, count: int = 1, timeout: float = 5.0,
    ) -> list[ApiCall]:
        await self.wait_for(lambda: len(self.calls_of(method)) >= count, timeout)
        return self.calls_of(method)

    async def wait_for_bot_messages(
        self, channel: str, count: int = 1, timeout: float = 5.0,
    ) -> list[SlackMessage]:
        await self.wait_for(lambda: len(self.bot_messages(channel)) >= count, timeout)
        return self.bot_messages(channel)

    async def wait_for_socket(
        self, connections: int = 1, timeout: float = 5.0,
    ) -> None:
        await self.wait_for(lambda: len(self.socket.connections) >= connections, timeout)

    # --- workspace and faults ---------------------------------------------------------

    def add_user(self, user_id: str, name: str) -> None:
        self.workspace.users[user_id] = name

    def add_channel(self, channel_id: str, name: str) -> None:
        self.workspace.channel_names[channel_id] = name

    def add_file(self, data: bytes, name: str, user: str, mimetype: str | None = None,
                 title: str | None = None) -> SlackFile:
        return self.events.add_file(data, name, user, mimetype, title)

    def rate_limit(self, times: int = 1, retry_after: int = 1, method: str | None = None) -> None:
        self.recorder.faults.append(Fault(times, 429, "ratelimited", method, retry_after))

    def fail(self, times: int = 1, status: int = 500, error: str = "internal_error",
             method: str | None = None, description: str | None = None) -> None:
        self.recorder.faults.append(Fault(times, status, error, method, None, description))

    @property
    def rate_limit_hits(self) -> list[RateLimitHit]:
        return self.recorder.rate_limit_hits

    def early_retries(self, tolerance: float = 0.0) -> list[EarlyRetry]:
        return self.recorder.early_retries(tolerance)

    def latency(self) -> JsonDict:
        return self.recorder.latency.summary()

    def reset(self) -> None:
        """Forget calls, faults and latency records (messages and files stay)."""
        self.recorder.reset()

    # --- inbound ----------------------------------------------------------------------

    async def send_event(self, url: str, event: JsonDict, retry_num: int | None = None,
                         signing_secret: str | None = None, timestamp: int | None = None,
                         forge: bool = False, retry_reason: str = "http_timeout",
                         event_id: str | None = None) -> EventDelivery:
        envelope = build_envelope(self.identity, event, event_id)
        secret = signing_secret or self.identity.signing_secret
        return await post_signed(url, envelope, secret=secret, retry_num=retry_num,
                                 retry_reason=retry_reason, timestamp=timestamp, forge=forge,
                                 session=self.sender())

    async def send_url_verification(self, url: str, challenge: str = "fake-challenge",
                                    forge: bool = False) -> EventDelivery:
        """The signed ``url_verification`` handshake Slack sends when a request URL is set."""
        body = {"token": self.identity.verification_token, "challenge": challenge,
                "type": "url_verification"}
        return await post_signed(url, body, secret=self.identity.signing_secret, forge=forge)

    async def socket_push(self, event: JsonDict, event_id: str | None = None) -> str:
        return await self.socket.push(build_envelope(self.identity, event, event_id))

    def _build_inject(self, kind: str, user: str, text: str, channel: str | None,
                      thread_ts: str | None) -> list[JsonDict]:
        if kind not in INJECT_KINDS:
            raise ValueError(f"kind must be one of {INJECT_KINDS}")
        if kind == "dm":
            return [self.events.dm(user, text, thread_ts)]
        if channel is None:
            raise ValueError("channel is required")
        if kind == "mention":
            return list(self.events.mention(channel, user, text, thread_ts))
        return [self.events.channel_message(channel, user, text, thread_ts)]

    async def inject(self, kind: str, user: str, text: str, channel: str | None = None,
                     thread_ts: str | None = None, url: str | None = None) -> JsonDict:
        """Deliver a user message (HTTP if ``url``/``events_url``, else Socket Mode)."""
        events = self._build_inject(kind, user, text, channel, thread_ts)
        first = events[0]
        self.recorder.latency.injected(first["channel"], time.monotonic())
        target = url or self.events_url
        result: JsonDict = {"channel": first["channel"], "ts": first["ts"], "deliveries": []}
        for event in events:
            result["deliveries"].append(await self._deliver(event, target))
        return result

    async def _deliver(self, event: JsonDict, url: str | None) -> JsonDict:
        envelope = build_envelope(self.identity, event)
        if url is None:
            return {"event_id": envelope["event_id"],
                    "envelope_id": await self.socket.push(envelope)}
        delivery = await post_signed(url, envelope, secret=self.identity.signing_secret,
                                     session=self.sender())
        return {"event_id": delivery.event_id, "status": delivery.status,
                "ack_seconds": delivery.ack_seconds}


async def _serve(args: argparse.Namespace) -> None:
    identity = SlackIdentity(bot_token=args.bot_token, app_token=args.app_token,
                             signing_secret=args.signing_secret)
    fake = FakeSlack(host=args.host, port=args.port, identity=identity,
                     events_url=args.events_url, redeliver_after=args.redeliver_after)
    await fake.start()
    print(f"FAKE_SLACK_READY {fake.base_url}", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopped.set)
    try:
        await stopped.wait()
    finally:
        await fake.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the fake Slack server standalone.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--events-url", default=None, help="deliver injected events over HTTP")
    parser.add_argument("--redeliver-after", type=float, default=3.0)
    defaults = SlackIdentity()
    parser.add_argument("--bot-token", default=defaults.bot_token)
    parser.add_argument("--app-token", default=defaults.app_token)
    parser.add_argument("--signing-secret", default=defaults.signing_secret)
    asyncio.run(_serve(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
