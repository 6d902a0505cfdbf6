"""The Telegram face: Muse in private chats, groups and forum topics.

A thin adapter on python-telegram-bot's ``Bot``: pure converters
(:mod:`bots.telegram_convert`), the delivery client (:mod:`bots.telegram_client`), the
persist-first intake (:mod:`bots.telegram_intake`) fed by long polling
(:mod:`bots.telegram_poll`) or, when ``TELEGRAM_WEBHOOK_URL`` is set, by a webhook
(:mod:`bots.telegram_webhook`). Delivery policy lives in :mod:`bots.delivery`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from telegram import Bot, BotCommand
from telegram.error import InvalidToken, TelegramError

from bots.delivery import Capabilities, Delivery
from bots.dispatch import Dispatcher
from bots.telegram_client import TelegramClient
from bots.telegram_convert import CAPABILITIES, PLATFORM, BotInfo
from bots.telegram_http import AiohttpRequest
from bots.telegram_intake import Intake
from bots.telegram_poll import ALLOWED_UPDATES, Poller
from bots.telegram_recover import needing_help
from bots.telegram_webhook import WebhookServer, listen_address, webhook_path
from config.settings import Settings, TelegramSettings
from core.app import App
from core.commands.registry import Command

NAME = PLATFORM
log = logging.getLogger("muse.telegram")
CLOSE_GRACE_S = 3.0
PRIVACY_ON = ("privacy mode is on: in groups Muse sees only messages that mention it, "
              "reply to it or start with a command — all it needs to answer. "
              "(@BotFather /setprivacy turns it off; Muse would still answer only when "
              "addressed.)")
PRIVACY_OFF = ("privacy mode is off: Muse receives every group message and answers only "
               "those that mention it, reply to it or start with a command.")


def check(settings: Settings) -> str | None:
    cfg = settings.telegram
    if cfg.bot_token is None or not cfg.bot_token.get_secret_value():
        return "TELEGRAM_BOT_TOKEN is not set"
    if cfg.webhook_url and not cfg.webhook_secret.get_secret_value():
        return "TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set"
    return None


def make_bot(cfg: TelegramSettings) -> Bot:
    # PTB's debug lines carry the API URL (with the token) and call parameters (with
    # message text): never below INFO, whatever the process's log level.
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))
    token = cfg.bot_token.get_secret_value() if cfg.bot_token else ""
    base = cfg.api_base.rstrip("/")
    return Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot",
               request=AiohttpRequest(), get_updates_request=AiohttpRequest(pool_size=2))


def bot_commands(commands: list[Command]) -> list[BotCommand]:
    """The registry as Telegram's command menu (descriptions are 1–256 characters)."""
    return [BotCommand(c.name, (c.help or c.name)[:256]) for c in commands]


class TelegramRunner:
    """One bot: ``await start()``, then ``await close()``."""

    def __init__(self, app: App, settings: TelegramSettings | None = None, *,
                 capabilities: Capabilities = CAPABILITIES, poll_timeout_s: int = 10,
                 album_window_s: float = 0.6,
                 dispatcher: Callable[[App, Delivery], Dispatcher] = Dispatcher) -> None:
        self.app = app
        self.cfg = settings or app.settings.telegram
        self.caps = capabilities
        self.poll_timeout_s = poll_timeout_s
        self.album_window_s = album_window_s
        self._make_dispatcher = dispatcher
        self.bot = make_bot(self.cfg)
        self.info = BotInfo(0, "")
        self.dispatcher: Dispatcher | None = None
        self.intake: Intake | None = None
        self.webhook: WebhookServer | None = None
        self._poll: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.bot.initialize()  # getMe
        me = self.bot.bot
        self.info = BotInfo(me.id, me.username or "")
        self.app.engine.bot_usernames[PLATFORM] = self.info.username
        await self.bot.set_my_commands(bot_commands(self.app.commands.all()))
        delivery = Delivery(TelegramClient(self.bot, self.caps), self.app.store, PLATFORM,
                            self.info.account)
        self.dispatcher = self._make_dispatcher(self.app, delivery)
        self.intake = Intake(self.app, self.dispatcher, self.bot, self.info,
                             window_s=self.album_window_s)
        for incoming in await needing_help(self.app, self.bot, PLATFORM, self.info.account):
            self.intake.hand_over(incoming)  # claimed before the plain recovery sees it
        await self.dispatcher.start(PLATFORM, self.info.account)
        if self.cfg.webhook_url:
            await self._start_webhook(self.intake)
        else:
            await self.bot.delete_webhook()
            self._poll = asyncio.create_task(
                Poller(self.bot, self.intake, self.poll_timeout_s).run())
        log.info("telegram.started mode=%s", "webhook" if self.webhook else "polling")

    async def _start_webhook(self, intake: Intake) -> None:
        secret = self.cfg.webhook_secret.get_secret_value()
        self.webhook = WebhookServer(self.bot, intake, secret, webhook_path(self.cfg.webhook_url))
        await self.webhook.start(*listen_address(self.cfg.webhook_listen))
        await self.bot.set_webhook(self.cfg.webhook_url, secret_token=secret,
                                   allowed_updates=ALLOWED_UPDATES)

    @property
    def polling(self) -> asyncio.Task[None] | None:
        return self._poll

    async def close(self) -> None:
        if self._poll is not None:
            self._poll.cancel()
            await asyncio.gather(self._poll, return_exceptions=True)
        if self.webhook is not None:
            await self.webhook.stop()
        if self.intake is not None:
            await self.intake.close(CLOSE_GRACE_S)
        if self.dispatcher is not None:
            await self.dispatcher.close(CLOSE_GRACE_S)
        with contextlib.suppress(TelegramError):
            await self.bot.shutdown()


async def serve(app: App, stop: asyncio.Event) -> None:
    """Run until ``stop`` is set; a network failure at start is retried, a bad token not."""
    runner = TelegramRunner(app)
    delay = 1.0
    while not stop.is_set():
        try:
            await runner.start()
            break
        except InvalidToken:
            await runner.close()
            raise
        except TelegramError as exc:
            log.warning("telegram.start_failed error=%s", type(exc).__name__)
            await runner.close()
            runner = TelegramRunner(app)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=delay)
            delay = min(delay * 2, 30.0)
    try:
        await _until(stop, runner.polling)
    finally:
        await runner.close()


async def _until(stop: asyncio.Event, poll: asyncio.Task[None] | None) -> None:
    """Wait for ``stop``; a polling loop that dies (a revoked token) ends the face."""
    waiting = asyncio.create_task(stop.wait())
    watched = [waiting] if poll is None else [waiting, poll]
    try:
        await asyncio.wait(watched, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiting.cancel()
    error = poll.exception() if poll is not None and poll.done() and not poll.cancelled() else None
    if error is not None:
        raise error


async def diagnose(settings: Settings) -> list[str]:
    """For ``muse doctor``: who the bot is and what Telegram's privacy mode means here."""
    bot = make_bot(settings.telegram)
    try:
        async with bot:
            me = await bot.get_me()
    except InvalidToken:
        return ["Telegram refused TELEGRAM_BOT_TOKEN (revoked or mistyped)"]
    except TelegramError as exc:
        return [f"cannot reach Telegram: {type(exc).__name__}"]
    mode = "webhook" if settings.telegram.webhook_url else "long polling"
    return [f"bot @{me.username} (id {me.id}), {mode}",
            PRIVACY_OFF if me.can_read_all_group_messages else PRIVACY_ON]
