"""The web face: the web chat, /healthz and /readyz on MUSE_WEB_HOST:PORT.

Bound to loopback (the default) it serves the machine's owner without a login; bound
anywhere else it serves only people holding a session from a ``/web`` login link.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from bots.web import auth
from bots.web.routes import add_chat
from config.settings import Settings
from core.app import App

NAME = "web"
READY: web.AppKey[asyncio.Event] = web.AppKey("ready", asyncio.Event)
UPLOAD_SLACK = 1024 * 1024

register_commands = auth.register_commands


def check(settings: Settings) -> str | None:
    return None


async def healthz(request: web.Request) -> web.Response:
    ready = request.app[READY].is_set()
    return web.json_response({"status": "ok" if ready else "starting"},
                             status=200 if ready else 503)


async def readyz(request: web.Request) -> web.Response:
    return await healthz(request)


def create_web_app(app: App) -> web.Application:
    limit = app.settings.engine.max_image_bytes * 4 + UPLOAD_SLACK
    web_app = web.Application(client_max_size=limit)
    web_app[READY] = asyncio.Event()
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    add_chat(web_app, app)
    return web_app


async def start(app: App, host: str, port: int) -> tuple[web.AppRunner, str]:
    """Start the web chat; returns its runner and base URL (for tests and benchmarks)."""
    register_commands(app)
    if auth.serves_local_owner(app.settings):
        await auth.ensure_owner(app)
    web_app = create_web_app(app)
    runner = web.AppRunner(web_app, access_log=None, shutdown_timeout=2)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0][1] if runner.addresses else port
    auth.set_bound_url(app, host, bound)
    web_app[READY].set()
    return runner, f"http://{host}:{bound}"


async def serve(app: App, stop: asyncio.Event) -> None:
    runner, url = await start(app, app.settings.web_host, app.settings.web_port)
    print(f"web: listening on {url}", flush=True)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
