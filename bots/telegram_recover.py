"""Messages a crash or an outage left unanswered that need the adapter's help.

* The store keeps no raw image bytes, only each image's Telegram file id; a message
  persisted before its images passed the core's gate would come back without them, so
  they are fetched again by file id.
* A message older than ``max_backlog_age_s`` gets the away note, not a model answer.

The rest is recovered by the dispatcher as for every platform.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from telegram import Bot

from bots.telegram_client import fetch_media
from core.app import App
from core.messages import ImagePart, IncomingMessage
from core.store.codec import load_incoming


def _image_parts(payload: str) -> tuple[ImagePart, ...]:
    data: dict[str, Any] = json.loads(payload)
    return tuple(ImagePart(b"", filename=p.get("filename", ""), platform_file_id=p["file_id"])
                 for p in data.get("parts", ())
                 if p.get("type") == "image" and p.get("file_id"))


def _age_s(message: IncomingMessage) -> float:
    return (datetime.now(UTC) - message.timestamp).total_seconds()


async def needing_help(app: App, bot: Bot, platform: str, bot_account: str,
                       ) -> list[IncomingMessage]:
    """Unanswered messages that are too old, or whose images were never gated (with the
    images fetched again), oldest first."""
    found = []
    max_age = app.settings.telegram.max_backlog_age_s
    for item in await app.store.pending(platform, bot_account, app.engine.owner):
        if item.payload == "{}":
            continue
        images = _image_parts(item.payload)
        if images and await app.store.media_for(item.inbound_id):
            images = ()
        message = load_incoming(item.payload, images)
        if _age_s(message) > max_age:
            found.append(message)
        elif images:
            found.append(await fetch_media(bot, message))
    return found
