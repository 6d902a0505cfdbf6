"""Creating and editing the bot's messages from REST bodies, with Discord's validation."""

from __future__ import annotations

import re
import time

from aiohttp import web

from tests.fakes.fake_discord_http import error_response
from tests.fakes.fake_discord_payloads import (
    JSON,
    Edit,
    FakeFile,
    FakeUser,
    StoredMessage,
    iso_now,
)
from tests.fakes.fake_discord_state import DiscordState

MAX_CONTENT = 2000
MENTION = re.compile(r"<@!?(\d+)>")
LOADING_FLAG = 1 << 7


def validate(
    state: DiscordState,
    channel_id: int,
    body: JSON,
    files: tuple[FakeFile, ...],
    *,
    edit: bool = False,
) -> web.Response | None:
    """The error Discord would answer for this body, or None when it is acceptable."""
    content = body.get("content") or ""
    if len(content) > MAX_CONTENT:
        errors = {
            "content": {
                "_errors": [
                    {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}
                ]
            }
        }
        return error_response(400, "Invalid Form Body", 50035, errors)
    limit = state.filesize_limit(channel_id)
    if any(len(f.data) > limit for f in files):
        return error_response(413, "Request entity too large", 40005)
    keys = ("content", "embeds", "sticker_ids", "components", "poll")
    if not edit and not files and not any(body.get(k) for k in keys):
        return error_response(400, "Cannot send an empty message", 50006)
    return None


def has_reply_text(body: JSON, files: tuple[FakeFile, ...]) -> bool:
    return bool(body.get("content") or body.get("embeds") or files)


def mentioned_users(state: DiscordState, content: str) -> list[FakeUser]:
    found = (state.users.get(int(uid)) for uid in MENTION.findall(content))
    return [u for u in found if u is not None]


def build_bot_message(
    state: DiscordState, channel_id: int, body: JSON, files: tuple[FakeFile, ...]
) -> StoredMessage:
    message = state.new_message(channel_id, state.bot, body.get("content") or "")
    message.embeds = list(body.get("embeds") or [])
    message.components = list(body.get("components") or [])
    message.attachments = [state.store_file(f) for f in files]
    message.allowed_mentions = body.get("allowed_mentions")
    message.mentions = mentioned_users(state, message.content)
    message.flags = int(body.get("flags") or 0)
    reference = body.get("message_reference") or {}
    if reference.get("message_id"):
        message.reference_id = int(reference["message_id"])
    return message


def apply_edit(
    state: DiscordState, message: StoredMessage, body: JSON, files: tuple[FakeFile, ...]
) -> None:
    if "content" in body:
        message.content = body["content"] or ""
        message.mentions = mentioned_users(state, message.content)
    if "embeds" in body:
        message.embeds = list(body["embeds"] or [])
    if "components" in body:
        message.components = list(body["components"] or [])
    if "allowed_mentions" in body:
        message.allowed_mentions = body["allowed_mentions"]
    if "attachments" in body:
        keep = {int(a["id"]) for a in body["attachments"] or [] if _is_existing(a, message)}
        message.attachments = [f for f in message.attachments if f.id in keep]
    message.attachments.extend(state.store_file(f) for f in files)
    message.flags &= ~LOADING_FLAG
    message.edited_timestamp = iso_now()
    message.edits.append(Edit(message.content, tuple(message.embeds), time.monotonic()))
    state.signal.notify()


def _is_existing(attachment: JSON, message: StoredMessage) -> bool:
    try:
        return any(f.id == int(attachment["id"]) for f in message.attachments)
    except (KeyError, TypeError, ValueError):
        return False
