"""JSON control API of the fake Telegram server, for benchmarks driving it from another process.

All under ``/_fake/``; bodies and answers are JSON:

- ``POST /_fake/inject`` ``{"user_id", "text", "chat_id"?, "chat_type"?: "private"|"group"|
  "supergroup", "first_name"?, "username"?, "mention_bot"?, "thread_id"?, "reply_to"?}``
  -> ``{"update_id", "message_id", "chat_id", "delivered"}`` (chat_id defaults to user_id).
- ``POST /_fake/redeliver`` ``{"update_id"}`` -> ``{"ok": true}``.
- ``GET /_fake/calls`` -> ``{"total", "by_method": {method: n}, "by_status": {status: n}}``.
- ``GET /_fake/latency`` -> ``{"count", "unanswered", "p50", "p99", "raw": [seconds, ...]}``:
  per injected message, injection to the first bot call with reply text in its chat.
- ``POST /_fake/latency/reset`` -> ``{"ok": true}``.
- ``POST /_fake/fail`` ``{"count"?, "method"?, "status"?, "retry_after"?, "description"?}``.
- ``POST /_fake/throttle`` ``{"seconds", "method"?, "chat_id"?}``.
- ``POST /_fake/rate_limits`` ``{"per_chat_per_s"?, "burst"?, "per_group_per_min"?,
  "global_per_s"?}``: pace sends and edits like Telegram (429 when outpaced).
- ``GET /_fake/throttle_log`` -> ``{"records": [...], "early": n}``.
- ``GET /_fake/messages?chat_id=N`` -> the bot's live messages in that chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections import Counter
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.fake_telegram_faults import RateLimits
from tests.fakes.fake_telegram_types import JSON, StoredMessage, TgChat, TgUser

if TYPE_CHECKING:
    from tests.fakes.fake_telegram import FakeTelegram

FAKE_KEY: web.AppKey[Any] = web.AppKey("fake_telegram", object)


def add_control_routes(app: web.Application, fake: FakeTelegram) -> None:
    app[FAKE_KEY] = fake
    app.router.add_post("/_fake/inject", _inject)
    app.router.add_post("/_fake/redeliver", _redeliver)
    app.router.add_get("/_fake/calls", _calls)
    app.router.add_get("/_fake/latency", _latency)
    app.router.add_post("/_fake/latency/reset", _latency_reset)
    app.router.add_post("/_fake/fail", _fail)
    app.router.add_post("/_fake/throttle", _throttle)
    app.router.add_post("/_fake/rate_limits", _rate_limits)
    app.router.add_get("/_fake/throttle_log", _throttle_log)
    app.router.add_get("/_fake/messages", _messages)


def _fake(request: web.Request) -> FakeTelegram:
    fake: FakeTelegram = request.app[FAKE_KEY]
    return fake


def _chat(body: JSON, user: TgUser) -> TgChat:
    kind = body.get("chat_type", "private")
    if kind == "private":
        return TgChat.private(user)
    chat_id = int(body["chat_id"])
    if kind == "group":
        return TgChat.group(chat_id)
    return TgChat.supergroup(chat_id, is_forum=bool(body.get("is_forum")))


async def _inject(request: web.Request) -> web.Response:
    body = await request.json()
    user = TgUser(int(body["user_id"]), body.get("first_name", "User"), body.get("username"))
    try:
        inbound = _fake(request).inject_text(
            _chat(body, user),
            user,
            str(body["text"]),
            mention_bot=bool(body.get("mention_bot")),
            thread_id=body.get("thread_id"),
            reply_to=body.get("reply_to"),
        )
    except (KeyError, ValueError) as exc:
        return web.json_response({"ok": False, "error": str(exc)}, status=400)
    answer = {k: v for k, v in asdict(inbound).items() if k != "update"}
    return web.json_response(answer)


async def _redeliver(request: web.Request) -> web.Response:
    body = await request.json()
    _fake(request).redeliver(int(body["update_id"]))
    return web.json_response({"ok": True})


async def _calls(request: web.Request) -> web.Response:
    calls = _fake(request).calls
    return web.json_response(
        {
            "total": len(calls),
            "by_method": dict(Counter(c.method for c in calls)),
            "by_status": {str(k): v for k, v in Counter(c.status for c in calls).items()},
        }
    )


async def _latency(request: web.Request) -> web.Response:
    return web.json_response(_fake(request).latency.summary())


async def _latency_reset(request: web.Request) -> web.Response:
    _fake(request).latency.records.clear()
    return web.json_response({"ok": True})


async def _fail(request: web.Request) -> web.Response:
    body = await request.json()
    _fake(request).fail_next(
        int(body.get("count", 1)),
        method=body.get("method"),
        status=int(body.get("status", 429)),
        retry_after=int(body.get("retry_after", 1)),
        description=body.get("description"),
    )
    return web.json_response({"ok": True})


async def _throttle(request: web.Request) -> web.Response:
    body = await request.json()
    _fake(request).throttle(
        float(body["seconds"]), method=body.get("method"), chat_id=body.get("chat_id")
    )
    return web.json_response({"ok": True})


async def _rate_limits(request: web.Request) -> web.Response:
    body = await request.json()
    _fake(request).enforce_rate_limits(RateLimits(**body))
    return web.json_response({"ok": True})


async def _throttle_log(request: web.Request) -> web.Response:
    fake = _fake(request)
    records = [asdict(r) for r in fake.throttle_log]
    return web.json_response({"records": records, "early": len(fake.early_retries())})


def _message_json(msg: StoredMessage) -> JSON:
    return {
        "message_id": msg.message_id,
        "text": msg.text,
        "caption": msg.caption,
        "entities": msg.entities,
        "edits": len(msg.edits),
        "reply_to": msg.reply_to,
        "thread_id": msg.thread_id,
        "files": [{"filename": f.filename, "size": len(f.data)} for f in msg.files],
    }


async def _messages(request: web.Request) -> web.Response:
    chat_id = int(request.query["chat_id"])
    messages = _fake(request).bot_messages(chat_id)
    return web.json_response([_message_json(m) for m in messages])


async def serve_forever(fake: FakeTelegram) -> None:
    """Start ``fake``, print ``READY <base_url>``, and run until SIGINT or SIGTERM."""
    await fake.start()
    print(f"READY {fake.base_url}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await fake.stop()
