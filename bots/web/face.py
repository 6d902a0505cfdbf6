"""The web face: serves /healthz and /readyz (and the web chat) on MUSE_WEB_HOST:PORT."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from config.settings import Settings
from core.app import App

NAME = "web"
log = logging.getLogger("muse.web")
READY: web.AppKey[asyncio.Event] = web.AppKey("ready", asyncio.Event)


def check(settings: Settings) -> str | None:
    return None


async def healthz(request: web.Request) -> web.Response:
    ready = request.app[READY].is_set()
    return web.json_response({"status": "ok" if ready else "starting"},
                             status=200 if ready else 503)


async def readyz(request: web.Request) -> web.Response:
    return await healthz(request)


def create_web_app(app: App) -> web.Application:
    web_app = web.Application()
    web_app[READY] = asyncio.Event()
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    return web_app


async def serve(app: App, stop: asyncio.Event) -> None:
    web_app = create_web_app(app)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, app.settings.web_host, app.settings.web_port)
    await site.start()
    port = runner.addresses[0][1] if runner.addresses else app.settings.web_port
    print(f"web: listening on http://{app.settings.web_host}:{port}", flush=True)
    web_app[READY].set()
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
