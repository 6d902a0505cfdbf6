"""Webhook mode: Telegram POSTs updates; each is persisted before it is answered 200.

A request without the exact secret (``X-Telegram-Bot-Api-Secret-Token``) or whose
Content-Type is not ``application/json`` gets 403 and changes nothing. A failure to
persist answers 500, so Telegram delivers the update again.
"""

from __future__ import annotations

import hmac
import json
import logging
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, Update

from bots.telegram_intake import Intake

log = logging.getLogger("muse.telegram")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024


def webhook_path(url: str) -> str:
    return urlsplit(url).path or "/"


def listen_address(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    return host or "127.0.0.1", int(port)


class WebhookServer:
    def __init__(self, bot: Bot, intake: Intake, secret: str, path: str) -> None:
        if not secret:
            raise ValueError("TELEGRAM_WEBHOOK_SECRET is required in webhook mode")
        self.bot = bot
        self.intake = intake
        self.secret = secret.encode()
        self.path = path
        self._runner: web.AppRunner | None = None
        self.port = 0

    def allowed(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode()
        return (hmac.compare_digest(given, self.secret)
                and request.content_type == "application/json")

    async def handle(self, request: web.Request) -> web.Response:
        if not self.allowed(request):
            return web.Response(status=403)
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400)
        if update is None:
            return web.Response(status=400)
        try:
            await self.intake.accept(update)
        except Exception:
            log.exception("telegram.persist_failed")
            return web.Response(status=500)
        return web.Response(status=200)

    async def start(self, host: str, port: int) -> None:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self.path, self.handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
