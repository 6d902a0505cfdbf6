"""The web chat's API: send a message (answer streamed as server-sent events), history,
commands, stop.

The conversation of a web user is its own DM (``chat_id`` = the web user id), so history
survives reloads and is read back scoped to that one conversation in SQL.
"""

from __future__ import annotations

import base64
import json
import secrets
import sqlite3
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from bots.web.auth import PLATFORM, WebUser
from core.app import App
from core.messages import (
    Address,
    Attachment,
    ChatKind,
    Final,
    ImagePart,
    IncomingMessage,
    Part,
    PrivateReply,
    Progress,
    ReplyEvent,
    Sender,
    TextDelta,
    TextPart,
)
from core.store.codec import dump_address

MAX_IMAGES = 4
MAX_TEXT = 20_000
INLINE_ATTACHMENT_BYTES = 8 * 1024 * 1024
HISTORY_LIMIT = 200
TOO_LONG = f"That message is too long (at most {MAX_TEXT} characters)."


class BadRequest(Exception):
    """The browser sent something we cannot use; the message is safe to show."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One server-sent event."""

    name: str
    data: dict[str, Any]

    def encode(self) -> bytes:
        return f"event: {self.name}\ndata: {json.dumps(self.data)}\n\n".encode()


def address_of(user: WebUser) -> Address:
    return Address(platform=PLATFORM, chat_kind=ChatKind.DM, chat_id=user.user_id,
                   user_id=user.user_id)


def incoming(user: WebUser, text: str, images: list[ImagePart]) -> IncomingMessage:
    parts: list[Part] = [TextPart(text)] if text else []
    parts.extend(images)
    return IncomingMessage(event_id=secrets.token_hex(12), address=address_of(user),
                           sender=Sender(user.user_id, "you"), parts=tuple(parts))


# --- events → the browser ----------------------------------------------------------------


def _attachment(att: Attachment) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": att.kind, "filename": att.filename, "mime": att.mime_type,
                            "caption": att.caption, "preview_url": att.preview_url}
    if len(att.data) <= INLINE_ATTACHMENT_BYTES:
        # Generated HTML is only ever downloaded from here, never rendered on this origin.
        mime = "application/octet-stream" if att.kind == "html" else att.mime_type
        data["data_url"] = f"data:{mime};base64,{base64.b64encode(att.data).decode()}"
    return data


def outgoing(ev: ReplyEvent) -> list[Outgoing]:
    if isinstance(ev, TextDelta):
        return [Outgoing("delta", {"text": ev.text})]
    if isinstance(ev, Progress):
        return [Outgoing("progress", {"text": ev.text})]
    if isinstance(ev, Attachment):
        return [Outgoing("attachment", _attachment(ev))]
    if isinstance(ev, PrivateReply):
        return [Outgoing("private", {"text": ev.text}),
                *(Outgoing("attachment", _attachment(a)) for a in ev.attachments)]
    if isinstance(ev, Final):
        return [Outgoing("final", {"text": ev.text, "ok": ev.ok})]
    return []


class Sink:
    """Writes events to the response; once the browser has gone, keeps quiet (the answer
    still completes and lands in history)."""

    def __init__(self, response: web.StreamResponse) -> None:
        self.response = response
        self.gone = False

    async def send(self, item: Outgoing) -> None:
        if self.gone:
            return
        try:
            await self.response.write(item.encode())
        except (ConnectionError, RuntimeError):
            self.gone = True


async def stream_answer(app: App, message: IncomingMessage,
                        response: web.StreamResponse) -> None:
    sink = Sink(response)
    async for ev in app.engine.handle(message):
        for item in outgoing(ev):
            await sink.send(item)
        if isinstance(ev, Final) and ev.outbox_id is not None:
            await app.store.outbox_progress(ev.outbox_id, 1, [], done=True)
    await sink.send(Outgoing("done", {}))


# --- reading the request -------------------------------------------------------------------


async def _read_limited(part: BodyPartReader, limit: int, too_big: str) -> bytes:
    data = bytearray()
    while chunk := await part.read_chunk():
        data += chunk
        if len(data) > limit:
            raise BadRequest(too_big)
    return bytes(data)


async def _read_parts(request: web.Request,
                      max_image_bytes: int) -> tuple[str, list[ImagePart]]:
    if request.content_type == "application/json":
        body = await request.json()
        return str(body.get("text", "")) if isinstance(body, dict) else "", []
    if request.content_type == "application/x-www-form-urlencoded":
        form = await request.post()
        return str(form.get("text", "")), []
    if not request.content_type.startswith("multipart/"):
        raise BadRequest("Send the message as a form.")
    text = ""
    images: list[ImagePart] = []
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "text":
            raw = await _read_limited(part, MAX_TEXT * 4, TOO_LONG)
            text = raw.decode(part.get_charset(default="utf-8"), errors="replace")
        elif part.name == "image":
            if len(images) >= MAX_IMAGES:
                raise BadRequest(f"Send at most {MAX_IMAGES} images at a time.")
            mb = max_image_bytes // (1024 * 1024)
            data = await _read_limited(part, max_image_bytes,
                                       f"Each image can be at most {mb} MB.")
            if data:
                images.append(ImagePart(data=data, filename=part.filename or ""))
    return text, images


async def read_message(request: web.Request, user: WebUser,
                       max_image_bytes: int) -> IncomingMessage:
    text, images = await _read_parts(request, max_image_bytes)
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise BadRequest(TOO_LONG)
    if not text and not images:
        raise BadRequest("Type a message or add an image.")
    return incoming(user, text, images)


# --- history -------------------------------------------------------------------------------


async def history(app: App, user: WebUser) -> list[dict[str, Any]]:
    """The web user's own conversation since its last /new, oldest first."""
    def op(conn: sqlite3.Connection) -> list[dict[str, Any]]:
        rows = conn.execute(
            "SELECT m.role, m.text, m.created_at, "
            "(SELECT COUNT(*) FROM media d WHERE d.inbound_id = m.inbound_id) "
            "FROM messages m JOIN conversations c ON c.id = m.conversation_id "
            "WHERE c.platform=? AND c.workspace='' AND c.chat_id=? AND c.thread_id='' "
            "AND c.bot_account='' AND m.id > c.context_since ORDER BY m.id DESC LIMIT ?",
            (PLATFORM, user.user_id, HISTORY_LIMIT)).fetchall()
        return [{"role": r[0], "text": r[1], "at": r[2],
                 "images": int(r[3]) if r[0] == "user" else 0} for r in reversed(rows)]

    return await app.db.run(op)


async def notices(app: App, user: WebUser) -> list[str]:
    """Messages Muse queued for this web user on its own (taken once, oldest first)."""
    address = dump_address(address_of(user))

    def op(conn: sqlite3.Connection) -> list[str]:
        rows = conn.execute(
            "SELECT id, text FROM outbox WHERE platform=? AND bot_account='' AND "
            "kind='notice' AND state='pending' AND address=? ORDER BY id",
            (PLATFORM, address)).fetchall()
        conn.executemany("UPDATE outbox SET state='delivered' WHERE id=?",
                         [(r[0],) for r in rows])
        return [str(r[1]) for r in rows]

    return await app.db.run(op)


def commands(app: App) -> list[dict[str, Any]]:
    return [{"name": c.name, "help": c.help,
             "args": [{"name": a.name, "required": a.required} for a in c.args]}
            for c in app.commands.all()]


async def stop(app: App, user: WebUser) -> bool:
    person = user.person or await app.store.person_of(user.identity)
    return person is not None and app.engine.stop_answer(person)


async def artifacts(app: App, user: WebUser) -> list[dict[str, Any]]:
    """The person's own artifacts (when the builder keeps any), newest first."""
    person = user.person or await app.store.person_of(user.identity)
    if person is None:
        return []
    base = app.settings.preview_url.rstrip("/")

    def op(conn: sqlite3.Connection) -> list[dict[str, Any]]:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                            "name='builder_artifacts'").fetchone():
            return []
        rows = conn.execute(
            "SELECT id, kind, title, latest_version FROM builder_artifacts WHERE person_id=?"
            " ORDER BY updated_at DESC LIMIT 50", (person.person_id,)).fetchall()
        return [{"title": r[2], "kind": r[1], "version": r[3],
                 "url": f"{base}/a/{r[0]}" if base else ""} for r in rows]

    return await app.db.run(op)
