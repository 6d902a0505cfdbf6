"""The preview face: the builder's artifacts on their own origin (MUSE_PREVIEW_URL).

While it runs, Muse's replies carry preview links; without it they say the preview is off.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from bots.web.preview import create_preview_app
from config.settings import Settings
from core.app import App

NAME = "preview"


def check(settings: Settings) -> str | None:
    return None if settings.builder.enabled else "the builder is off (MUSE_BUILDER__ENABLED)"


async def serve(app: App, stop: asyncio.Event) -> None:
    artifacts = app.features.artifacts
    if artifacts is None:
        raise RuntimeError("the builder is not enabled")
    runner = web.AppRunner(create_preview_app(artifacts.preview_html), access_log=None)
    await runner.setup()
    settings = app.settings
    site = web.TCPSite(runner, settings.preview_host, settings.preview_port)
    await site.start()
    port = runner.addresses[0][1] if runner.addresses else settings.preview_port
    base = settings.preview_url or f"http://{settings.preview_host}:{port}"
    app.features.set_preview_base(base)
    print(f"preview: serving artifacts at {base}", flush=True)
    try:
        await stop.wait()
    finally:
        app.features.set_preview_base("")
        await runner.cleanup()
