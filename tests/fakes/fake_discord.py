"""A fake Discord (REST v10 + Gateway v10) on 127.0.0.1 that the real discord.py talks to.

Start and point discord.py at it::

    async with FakeDiscord() as fake:
        with fake.point_discord():
            client = discord.Client(intents=intents, guild_ready_timeout=0.05)
            await client.login(fake.token)
            task = asyncio.create_task(client.connect(reconnect=True))
            await fake.wait_connected()  # on_ready follows after guild_ready_timeout

``point_discord()`` sets ``discord.http.Route.BASE`` and
``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY`` and restores them on exit.
``tests.fakes.fake_discord_client`` has ready-made ``running()``/``connect()`` helpers.
discord.py sleeps 5 s before every re-IDENTIFY (``Client.before_identify_hook``);
override that hook in tests that invalidate sessions.

World (created at construction): ``fake.bot`` (the bot user, also the application id),
``fake.guild`` with text channel ``fake.general`` and thread ``fake.thread``; users
``fake.alice``, ``fake.bob`` (humans) and ``fake.other_bot``. Add more with
``add_user(name, bot=False)``, ``add_text_channel(name)``, ``add_thread(name)``;
``dm_channel(user)`` returns (creating) the DM channel of a user.

Injection (plain methods, not coroutines; each event is dispatched on the gateway to
every live session, filtered by its IDENTIFY intents, and kept for RESUME replay):
``inject_dm(user, text, attachments=...)``, ``inject_guild_message(user, text,
mention_bot=..., reply_to=message_id, channel_id=...)``, ``inject_thread_message``,
``inject_message(channel_id, user, text, ...)``, ``inject_edit(message_id, text)``,
``inject_delete(message_id)`` and ``inject_slash_command(user, name, {"opt": value},
channel_id=...)`` (returns an ``InteractionState``). Attachments are ``FakeFile(filename,
data, content_type)``; the fake serves them over HTTP at the attachment ``url``.
Without the MESSAGE_CONTENT intent, guild messages that do not mention the bot arrive
with empty content, as on Discord. The bot's own messages come back as MESSAGE_CREATE.

Observation: ``calls`` (every REST call as ``ApiCall(name, method, path, query, body,
files, ts, status)``; names such as ``create_message``, ``edit_message``, ``typing``,
``interaction_callback``, ``followup_create``, ``followup_edit``), ``calls_named(name)``,
``counts()``, ``messages(channel_id)`` (live ``StoredMessage`` objects with ``content``,
``embeds``, ``attachments`` (bytes), ``allowed_mentions``, ``edits``),
``bot_messages(channel_id)``, ``interactions[id].responses``, ``logins`` (IDENTIFY and
RESUME records with intents and replay counts), ``retries`` (429s and when each was
retried), ``latency_report()`` (p50/p99 and samples, in seconds, from each injected
user message to the first bot call with reply text in that chat). Timestamps are
``time.monotonic()``. ``await wait_for(predicate, timeout=...)`` waits
without blind sleeps; ``wait_connected()`` waits for a live gateway session.

Faults: ``fail_next(count, status=429, retry_after=s, route=name, is_global=...)``
(429 bodies carry ``retry_after`` and a ``Via`` header as Discord's do) or
``fail_next(count, status=400, message=..., code=...)``. Gateway:
``drop_connection()`` (client RESUMEs and gets the missed events),
``invalidate_session()`` (client re-IDENTIFYs, nothing replayed);
``reject_message_content_intent=True`` closes IDENTIFY with 4014.
``rate_limits={"create_message": (5, 5.0)}`` (or ``CHANNEL_MESSAGE_LIMITS``) enforces
per-channel buckets with ``X-RateLimit-*`` headers, so discord.py paces itself and any
excess gets a real 429 (recorded in ``retries`` like injected ones).

Process mode: ``python -m tests.fakes.fake_discord --port P`` with a JSON control API
under ``/_fake/`` (see ``tests.fakes.fake_discord_control``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

from aiohttp import web

from tests.fakes.fake_discord_control import add_control_routes
from tests.fakes.fake_discord_events import (
    announce_create,
    announce_delete,
    announce_interaction,
    announce_update,
)
from tests.fakes.fake_discord_gateway import Gateway, GatewayLogin
from tests.fakes.fake_discord_http import STATE_KEY, recording_middleware
from tests.fakes.fake_discord_interactions import add_interaction_routes, slash_command_payload
from tests.fakes.fake_discord_messages import apply_edit, mentioned_users
from tests.fakes.fake_discord_payloads import FakeChannel, FakeFile, FakeUser, StoredMessage
from tests.fakes.fake_discord_ratelimit import parse_limit
from tests.fakes.fake_discord_records import ApiCall, Fault, LatencyReport, RetryRecord
from tests.fakes.fake_discord_rest import GATEWAY_KEY, add_rest_routes
from tests.fakes.fake_discord_state import DiscordState, InteractionState

DEFAULT_TOKEN = "fake-discord-token"
CHANNEL_MESSAGE_LIMITS = {"create_message": (5, 5.0), "edit_message": (5, 5.0)}
MAX_BODY = 256 * 1024 * 1024

__all__ = ["FakeDiscord", "FakeFile", "FakeUser", "StoredMessage"]


class FakeDiscord:
    """The fake server plus its test API (see the module docstring)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str = DEFAULT_TOKEN,
        premium_tier: int = 0,
        reject_message_content_intent: bool = False,
        heartbeat_interval_ms: int = 41_250,
        rate_limits: Mapping[str, tuple[int, float]] | None = None,
    ) -> None:
        self.host, self.port = host, port
        self.state = DiscordState(token=token, rate_limits=rate_limits)
        self.gateway = Gateway(
            self.state,
            heartbeat_interval_ms=heartbeat_interval_ms,
            reject_message_content=reject_message_content_intent,
        )
        self._runner: web.AppRunner | None = None
        self.guild = self.state.add_guild("Muse Test Guild", premium_tier=premium_tier)
        self.general = self.add_text_channel("general")
        self.thread = self.add_thread("muse-thread")
        self.alice = self.add_user("alice")
        self.bob = self.add_user("bob")
        self.other_bot = self.add_user("otherbot", bot=True)

    # lifecycle ---------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(middlewares=[recording_middleware], client_max_size=MAX_BODY)
        app[STATE_KEY] = self.state
        app[GATEWAY_KEY] = self.gateway
        add_rest_routes(app)
        add_interaction_routes(app)
        add_control_routes(app, self)
        app.router.add_get("/gateway", self.gateway.handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.state.base_url = self.base_url
        self.gateway.url = self.gateway_url
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self.gateway.close_all()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    @property
    def token(self) -> str:
        return self.state.token

    @property
    def bot(self) -> FakeUser:
        return self.state.bot

    @contextlib.contextmanager
    def point_discord(self) -> Iterator[None]:
        """Point discord.py's REST base and default gateway here; restore them afterwards."""
        import discord.gateway
        import discord.http
        import yarl

        old_base = discord.http.Route.BASE
        old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
        discord.http.Route.BASE = self.api_url
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(self.gateway_url)
        try:
            yield
        finally:
            discord.http.Route.BASE = old_base
            discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway

    # world -------------------------------------------------------------------

    def add_user(self, username: str, *, bot: bool = False) -> FakeUser:
        user = self.state.add_user(username, bot=bot)
        self.state.add_member(self.guild.id, user)
        return user

    def add_text_channel(self, name: str) -> FakeChannel:
        channel = FakeChannel(id=self.state.ids.next(), name=name, guild_id=self.guild.id)
        return self.state.add_channel(channel)

    def add_thread(self, name: str, *, parent_id: int | None = None) -> FakeChannel:
        parent = parent_id or self.general.id
        channel = FakeChannel(
            id=self.state.ids.next(), name=name, guild_id=self.guild.id, parent_id=parent
        )
        return self.state.add_channel(channel)

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        return self.state.dm_channel(user)

    def user(self, user_id: int) -> FakeUser:
        return self.state.users[user_id]

    # injection ---------------------------------------------------------------

    def inject_message(
        self,
        channel_id: int,
        author: FakeUser,
        content: str = "",
        *,
        mention_bot: bool = False,
        reply_to: int | None = None,
        attachments: Sequence[FakeFile] = (),
    ) -> StoredMessage:
        """A message from ``author`` in any channel, dispatched as MESSAGE_CREATE."""
        state = self.state
        text = f"{self.bot.mention} {content}" if mention_bot else content
        message = state.new_message(channel_id, author, text)
        message.attachments = [state.store_file(f) for f in attachments]
        message.mentions = mentioned_users(state, text)
        message.reference_id = reply_to
        state.store_message(message)
        if author != self.bot:
            state.latency.injected(channel_id)
        announce_create(self.gateway, message)
        return message

    def inject_dm(self, author: FakeUser, content: str = "", **kwargs: Any) -> StoredMessage:
        return self.inject_message(self.dm_channel(author).id, author, content, **kwargs)

    def inject_guild_message(
        self, author: FakeUser, content: str = "", *, channel_id: int | None = None, **kwargs: Any
    ) -> StoredMessage:
        return self.inject_message(channel_id or self.general.id, author, content, **kwargs)

    def inject_thread_message(
        self, author: FakeUser, content: str = "", *, thread_id: int | None = None, **kwargs: Any
    ) -> StoredMessage:
        return self.inject_message(thread_id or self.thread.id, author, content, **kwargs)

    def inject_edit(self, message_id: int, content: str) -> StoredMessage:
        """A user edits their message: MESSAGE_UPDATE."""
        message = self.state.message_index[message_id]
        apply_edit(self.state, message, {"content": content}, ())
        announce_update(self.gateway, message)
        return message

    def inject_delete(self, message_id: int) -> None:
        message = self.state.message_index[message_id]
        message.deleted = True
        self.state.signal.notify()
        announce_delete(self.gateway, message)

    def inject_slash_command(
        self,
        user: FakeUser,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        channel_id: int | None = None,
    ) -> InteractionState:
        """An application (slash) command used by ``user``: INTERACTION_CREATE."""
        interaction = self.state.add_interaction(channel_id or self.general.id, user)
        payload = slash_command_payload(self.state, interaction, name, options or {})
        self.state.latency.injected(interaction.channel_id)
        announce_interaction(self.gateway, payload)
        self.state.signal.notify()
        return interaction

    # gateway control ---------------------------------------------------------

    async def drop_connection(self, code: int = 4000) -> None:
        await self.gateway.drop_connections(code)

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        await self.gateway.invalidate_sessions(resumable=resumable)

    @property
    def logins(self) -> list[GatewayLogin]:
        return self.gateway.logins

    def logins_of(self, kind: str) -> list[GatewayLogin]:
        return [login for login in self.gateway.logins if login.kind == kind]

    async def wait_connected(self, timeout: float = 5.0) -> None:
        await self.wait_for(self.gateway.is_connected, timeout=timeout)

    # observation -------------------------------------------------------------

    @property
    def calls(self) -> list[ApiCall]:
        return self.state.log.calls

    def calls_named(self, name: str) -> list[ApiCall]:
        return [call for call in self.state.log.calls if call.name == name]

    def counts(self) -> dict[str, int]:
        return self.state.log.counts()

    @property
    def retries(self) -> list[RetryRecord]:
        return self.state.log.retries

    def messages(self, channel_id: int) -> list[StoredMessage]:
        return self.state.live_messages(channel_id)

    def bot_messages(self, channel_id: int) -> list[StoredMessage]:
        return [m for m in self.messages(channel_id) if m.author == self.bot]

    def message(self, message_id: int) -> StoredMessage:
        return self.state.message_index[message_id]

    @property
    def interactions(self) -> dict[int, InteractionState]:
        return self.state.interactions

    def latency_report(self) -> LatencyReport:
        return self.state.latency.report()

    def reset_observations(self) -> None:
        self.state.log.reset()
        self.state.latency.reset()

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,
    ) -> None:
        await self.state.signal.wait_for(predicate, timeout)

    # faults ------------------------------------------------------------------

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int = 429,
        retry_after: float = 1.0,
        route: str | None = None,
        message: str = "",
        code: int = 0,
        is_global: bool = False,
    ) -> None:
        """Answer the next ``count`` calls (of ``route`` only, if given) with an error."""
        fault = Fault(status, retry_after, message, code, is_global, route)
        self.state.faults.add(fault, count)


async def _serve(host: str, port: int, **options: Any) -> None:
    fake = FakeDiscord(host=host, port=port, **options)
    await fake.start()
    print(f"fake discord listening on {fake.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await fake.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the fake Discord server standalone.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--premium-tier", type=int, default=0)
    parser.add_argument(
        "--rate-limit",
        action="append",
        default=[],
        metavar="ROUTE=N/SECONDS",
        help="limit a route per channel, e.g. create_message=5/5 (repeatable)",
    )
    args = parser.parse_args(argv)
    limits = dict(parse_limit(text) for text in args.rate_limit)
    options = {"token": args.token, "premium_tier": args.premium_tier, "rate_limits": limits}
    asyncio.run(_serve(args.host, args.port, **options))


if __name__ == "__main__":
    main()
