"""Muse on Discord (discord.py 2.x): DMs, server channels and threads, slash commands.

A face: ``NAME``, ``check(settings)``, ``async serve(app, stop)``, ``async diagnose``.
Conversion lives in :mod:`bots.discord_convert`, delivery calls in
:mod:`bots.discord_client`, slash commands in
:mod:`bots.discord_commands`, the channels Muse is active in in
:mod:`bots.discord_channels`; this module is the runner.

* Every message Muse will answer is persisted (``engine.receive``) before it is
  processed; a message id seen twice (a RESUME replay) is answered once.
* After a fresh IDENTIFY (``on_ready``: nothing is replayed) Muse back-fills from the
  history of the channels it is active in, since the last message it saw there.
* The message-content intent is requested; when the application lacks it (the gateway
  closes with 4014) Muse reconnects without it and still serves DMs, mentions and slash
  commands.
"""

from __future__ import annotations

import asyncio
import gc
import logging

import aiohttp
import discord
import discord.gateway
import discord.http
import yarl

from bots.delivery import Delivery
from bots.discord_channels import ChannelBook
from bots.discord_client import DiscordClient, download, no_pings, redact_library_logs
from bots.discord_commands import InteractionClient, command_payload, interaction_incoming
from bots.discord_convert import (
    PLATFORM,
    Seen,
    is_addressed,
    seen_from,
    should_ignore,
    to_incoming,
)
from bots.dispatch import Dispatcher
from config.settings import DiscordSettings, Settings
from core.app import App
from core.messages import IncomingMessage
from core.ordering import ConversationQueue, Ticket

NAME = "discord"
log = logging.getLogger("muse.discord")
NO_CONTENT_INTENT = ("discord: the message-content intent is not enabled for this "
                     "application; Muse answers DMs, mentions and slash commands, but "
                     "follow-ups in threads without a mention need the intent")
BACKFILL_LIMIT = 500
DOWNLOAD_TIMEOUT_S = 30.0
CLOSE_GRACE_S = 5.0


def check(settings: Settings) -> str | None:
    token = settings.discord.bot_token
    if token is None or not token.get_secret_value().strip():
        return "DISCORD_BOT_TOKEN is not set"
    return None


def apply_endpoints(cfg: DiscordSettings) -> None:
    """Point discord.py at ``DISCORD_API_BASE`` / ``DISCORD_GATEWAY_URL``."""
    discord.http.Route.BASE = cfg.api_base.rstrip("/")
    if cfg.gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(cfg.gateway_url)


def gateway_intents(message_content: bool) -> discord.Intents:
    intents = discord.Intents.default()  # guilds, guild and DM messages, no members
    intents.typing = False
    intents.message_content = message_content
    return intents


async def serve(app: App, stop: asyncio.Event) -> None:
    await DiscordFace(app, freeze_gc=True).run(stop)


async def diagnose(settings: Settings) -> list[str]:
    """For ``muse doctor``: can Muse sign in with this token?"""
    apply_endpoints(settings.discord)
    token = settings.discord.bot_token
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(token.get_secret_value() if token else "")
        user = client.user
        return [f"signed in as {user.name} (id {user.id})" if user else "signed in"]
    except discord.LoginFailure:
        return ["Discord refused the token (DISCORD_BOT_TOKEN)"]
    except (discord.HTTPException, aiohttp.ClientError, TimeoutError) as exc:
        return [f"cannot reach Discord ({type(exc).__name__})"]
    finally:
        await client.close()


class MuseClient(discord.Client):
    """discord.py's client, handing every event to the face."""

    def __init__(self, face: DiscordFace, intents: discord.Intents) -> None:
        super().__init__(intents=intents, allowed_mentions=no_pings(),
                         guild_ready_timeout=face.guild_ready_timeout,
                         chunk_guilds_at_startup=False)
        self.face = face

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        if not initial:
            await asyncio.sleep(self.face.identify_delay_s)

    async def on_message(self, message: discord.Message) -> None:
        await self.face.on_message(message)

    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        await self.face.on_delete(payload.guild_id, [payload.message_id])

    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent
                                         ) -> None:
        await self.face.on_delete(payload.guild_id, sorted(payload.message_ids))

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        await self.face.on_interaction(interaction)

    async def on_ready(self) -> None:
        self.face.on_ready()


class DiscordFace:
    """One bot's runner: login, command sync, the gateway, back-fill, clean shutdown."""

    def __init__(self, app: App, *, identify_delay_s: float = 5.0,
                 guild_ready_timeout: float = 2.0, freeze_gc: bool = False) -> None:
        self.app = app
        self.freeze_gc = freeze_gc
        self.cfg = app.settings.discord
        self.identify_delay_s = identify_delay_s
        self.guild_ready_timeout = guild_ready_timeout
        self.message_content = True
        self.order = ConversationQueue()
        self.client: MuseClient | None = None
        self.platform: DiscordClient | None = None
        self.dispatcher: Dispatcher | None = None
        self.book: ChannelBook | None = None
        self.session: aiohttp.ClientSession | None = None
        self.bot_id = ""
        self.closing = False
        self.ready = asyncio.Event()
        self.backfilled = 0
        self.readies = 0
        self.tasks: set[asyncio.Task[None]] = set()
        self.connect_task: asyncio.Task[None] | None = None

    # --- lifecycle -----------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        apply_endpoints(self.cfg)
        redact_library_logs()
        timeout = aiohttp.ClientTimeout(total=DOWNLOAD_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            self.session = session
            try:
                while not stop.is_set() and await self._one_client(stop):
                    pass
            finally:
                await self._shutdown()

    async def _one_client(self, stop: asyncio.Event) -> bool:
        """Run one discord.py client; True to start again without the content intent."""
        client = MuseClient(self, gateway_intents(self.message_content))
        self.client = client
        token = self.cfg.bot_token.get_secret_value() if self.cfg.bot_token else ""
        await client.login(token)
        await self._started(client)
        connect = asyncio.create_task(client.connect(reconnect=True))
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({connect, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not connect.done():
            self.connect_task = connect  # ends when the client closes at shutdown
            return False
        error = connect.exception()
        if isinstance(error, discord.PrivilegedIntentsRequired) and self.message_content:
            log.warning(NO_CONTENT_INTENT)
            self.message_content = False
            await client.close()
            return True
        if error is not None:
            raise error
        return False

    async def _started(self, client: MuseClient) -> None:
        assert client.user is not None
        self.app.engine.bot_usernames[PLATFORM] = client.user.name
        if self.platform is not None:
            self.platform.bot = client
            return
        self.bot_id = str(client.user.id)
        self.book = ChannelBook(self.app.db, self.bot_id)
        await self.book.load()
        self.platform = DiscordClient(client)
        delivery = Delivery(self.platform, self.app.store, PLATFORM, self.bot_id)
        self.dispatcher = Dispatcher(self.app, delivery)
        await self._sync_commands(client)
        await self.dispatcher.start(PLATFORM, self.bot_id)

    async def _sync_commands(self, client: MuseClient) -> None:
        payload = command_payload(self.app.commands.all())
        try:
            await client.http.bulk_upsert_global_commands(client.application_id or 0, payload)
        except (discord.HTTPException, aiohttp.ClientError) as exc:
            log.warning("discord.commands_sync_failed error=%s", type(exc).__name__)

    async def _shutdown(self) -> None:
        """Finish the answers under way (messages arriving now are only persisted: the
        next start answers them), then close the gateway and the HTTP session."""
        self.closing = True
        await asyncio.gather(self._finish_tasks(), self.dispatcher.close(CLOSE_GRACE_S)
                             if self.dispatcher is not None else asyncio.sleep(0))
        if self.book is not None:
            await self.book.close()
        if self.client is not None:
            await self.client.close()
        if self.connect_task is not None:
            await asyncio.wait({self.connect_task}, timeout=CLOSE_GRACE_S)
            if self.connect_task.done() and not self.connect_task.cancelled():
                self.connect_task.exception()  # retrieved: the client is gone either way
        for task in list(self.tasks):
            task.cancel()

    async def _finish_tasks(self) -> None:
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=CLOSE_GRACE_S)

    def _track(self, task: asyncio.Task[None]) -> None:
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    # --- inbound messages ----------------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if self.book is None or message.author.bot:
            return
        ticket = self.order.enter(message.channel.id)  # arrival order, before any await
        try:
            incoming = await self.persist(message)
            await ticket.wait()
            self._submit(incoming)
            if not self.closing:  # persisted but unanswered: the next start answers it
                self.book.saw(message.channel.id, message.id)
        finally:
            ticket.release()

    async def persist(self, message: discord.Message) -> IncomingMessage | None:
        """The message to answer, persisted; None when it is not for Muse or seen before."""
        assert self.book is not None
        seen = seen_from(message, self._cached(message))
        if should_ignore(seen, self.bot_id):
            return None
        channel_id = int(seen.channel_id)
        if not is_addressed(seen, self.bot_id, self.book.follows(channel_id)):
            return None
        self.book.activate(channel_id, follow=seen.is_thread and seen.mentions_user(self.bot_id))
        incoming = to_incoming(seen, self.bot_id, True, await self._images(seen))
        return incoming if await self.app.engine.receive(incoming) else None

    def _submit(self, incoming: IncomingMessage | None) -> None:
        if incoming is not None and self.dispatcher is not None and not self.closing:
            self.dispatcher.submit(incoming)

    def _cached(self, message: discord.Message) -> discord.Message | None:
        ref = message.reference
        if ref is None or ref.message_id is None or ref.resolved is not None:
            return None
        return discord.utils.get(self.client.cached_messages if self.client else [],
                                 id=ref.message_id)

    async def _images(self, seen: Seen) -> dict[str, bytes]:
        cap = self.app.settings.engine.max_image_bytes
        images: dict[str, bytes] = {}
        for f in seen.files:
            if f.is_image:
                assert self.session is not None
                data = await download(self.session, f.url, cap + 1)
                if data is not None:
                    images[f.id] = data
        return images

    async def on_delete(self, guild_id: int | None, message_ids: list[int]) -> None:
        workspace = str(guild_id) if guild_id else ""
        for message_id in message_ids:
            await self.app.engine.deleted(PLATFORM, workspace, self.bot_id, str(message_id))

    # --- slash commands ------------------------------------------------------------------

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if (self.closing or self.dispatcher is None
                or interaction.type is not discord.InteractionType.application_command):
            return
        ticket = self.order.enter(interaction.channel_id or 0)
        try:
            data: dict[str, object] = dict(interaction.data or {})
            command = self.app.commands.get(str(data.get("name", "")))
            ephemeral = bool(command and command.private_only and interaction.guild_id)
            try:
                await interaction.response.defer(thinking=True, ephemeral=ephemeral)
            except (discord.HTTPException, aiohttp.ClientError) as exc:
                log.warning("discord.defer_failed error=%s", type(exc).__name__)
                return
            incoming = interaction_incoming(interaction, self.bot_id, command)
            if not await self.app.engine.receive(incoming):
                return
            await ticket.wait()
            self._track(asyncio.create_task(
                self._answer(InteractionClient(interaction, ephemeral), incoming)))
        finally:
            ticket.release()

    async def _answer(self, client: InteractionClient, incoming: IncomingMessage) -> None:
        delivery = Delivery(client, self.app.store, PLATFORM, self.bot_id)
        if self.dispatcher is not None:
            delivery.in_flight = self.dispatcher.delivery.in_flight
        try:
            await delivery.deliver(incoming.address, self.app.engine.handle(incoming))
            await client.finish()
        except Exception:
            log.exception("discord.interaction_failed")

    # --- back-fill after a fresh IDENTIFY ------------------------------------------------

    def on_ready(self) -> None:
        if self.book is None or self.closing:
            return
        marks = [m for m in self.book.marks.values() if m.last_seen]
        tickets = [(m.channel_id, m.last_seen, self.order.enter(m.channel_id)) for m in marks]
        self._track(asyncio.create_task(self._backfill(tickets)))

    async def _backfill(self, tickets: list[tuple[int, int, Ticket]]) -> None:
        try:
            for channel_id, after, ticket in tickets:
                try:
                    await ticket.wait()
                    await self._backfill_channel(channel_id, after)
                except (discord.DiscordException, aiohttp.ClientError, TimeoutError) as exc:
                    log.warning("discord.backfill_failed error=%s", type(exc).__name__)
                finally:
                    ticket.release()
        finally:
            for _, _, ticket in tickets:
                ticket.release()
            if self.freeze_gc and not self.readies:
                # Start-up objects (libraries, caches, the guild cache) never die: keep
                # them out of the collector, whose full passes over them stall every
                # conversation for tens of milliseconds.
                gc.freeze()
            self.readies += 1
            self.ready.set()

    async def _backfill_channel(self, channel_id: int, after: int) -> None:
        assert self.client is not None and self.book is not None
        cached = self.client.get_channel(channel_id)
        if isinstance(cached, discord.TextChannel | discord.Thread):
            newest = cached.last_message_id  # kept up to date from the gateway
            if newest is not None and newest <= after:
                return
        channel = cached or await self.client.fetch_channel(channel_id)
        if not isinstance(channel, discord.abc.Messageable):
            return
        count = 0
        async for message in channel.history(after=discord.Object(after), oldest_first=True,
                                             limit=BACKFILL_LIMIT):
            if self.closing:
                return
            incoming = await self.persist(message)
            self._submit(incoming)
            count += incoming is not None
            self.book.saw(channel_id, message.id)
        if count:
            log.info("discord.backfilled count=%s", count)
            self.backfilled += count
