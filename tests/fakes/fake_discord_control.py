"""JSON control API of the fake Discord, for benchmarks driving it from another process.

Routes (all JSON):

- ``GET /_fake/world``: token, bot, application, guild, channel and user ids, URLs.
- ``POST /_fake/users`` ``{"username", "bot"?}``: a new guild member.
- ``POST /_fake/inject/message`` ``{"user_id", "content", "kind": "dm"|"guild"|"thread",
  "channel_id"?, "mention_bot"?, "reply_to"?, "attachments"?: [{"filename",
  "data_base64", "content_type"?}]}`` -> ``{"message_id", "channel_id"}``.
- ``POST /_fake/inject/slash`` ``{"user_id", "name", "options"?, "channel_id"?}``.
- ``GET /_fake/counts``: calls per route name; ``GET /_fake/calls?name=&since=``.
- ``GET /_fake/latency``: ``{"count", "pending", "p50", "p99", "samples"}`` in seconds,
  from each injected user message to the first bot call with reply text in that chat.
- ``GET /_fake/retries``; ``POST /_fake/faults`` ``{"count", "status", "retry_after",
  "route", "message", "code", "global"}``; ``POST /_fake/reset``.
- ``GET /_fake/messages/{channel_id}``; ``GET /_fake/gateway``;
  ``POST /_fake/gateway/drop`` ``{"code"?}``; ``POST /_fake/gateway/invalidate``.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.fake_discord_http import json_response
from tests.fakes.fake_discord_payloads import JSON, FakeFile, FakeUser, StoredMessage
from tests.fakes.fake_discord_records import ApiCall

if TYPE_CHECKING:
    from tests.fakes.fake_discord import FakeDiscord


def _user_json(user: FakeUser) -> JSON:
    return {"id": user.id, "username": user.username, "bot": user.bot}


def _call_json(call: ApiCall) -> JSON:
    return {
        "name": call.name,
        "method": call.method,
        "path": call.path,
        "status": call.status,
        "ts": call.ts,
        "query": call.query,
        "body": call.body,
        "files": [{"filename": f.filename, "size": len(f.data)} for f in call.files],
    }


def _message_json(message: StoredMessage) -> JSON:
    return {
        "id": message.id,
        "author_id": message.author.id,
        "content": message.content,
        "deleted": message.deleted,
        "created_at": message.created_at,
        "edits": [{"content": e.content, "ts": e.ts} for e in message.edits],
        "attachments": [{"filename": f.filename, "size": len(f.data)} for f in message.attachments],
        "allowed_mentions": message.allowed_mentions,
    }


def _attachments(items: list[JSON]) -> list[FakeFile]:
    return [
        FakeFile(i["filename"], base64.b64decode(i["data_base64"]), i.get("content_type"))
        for i in items
    ]


class ControlApi:
    """Handlers bound to one ``FakeDiscord``."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    async def world(self, _request: web.Request) -> web.Response:
        fake = self.fake
        return json_response(
            {
                "token": fake.token,
                "bot": _user_json(fake.bot),
                "application_id": fake.bot.id,
                "guild_id": fake.guild.id,
                "general_id": fake.general.id,
                "thread_id": fake.thread.id,
                "users": [_user_json(u) for u in fake.state.users.values()],
                "api_url": fake.api_url,
                "gateway_url": fake.gateway_url,
            }
        )

    async def add_user(self, request: web.Request) -> web.Response:
        body = await request.json()
        user = self.fake.add_user(body["username"], bot=bool(body.get("bot", False)))
        return json_response(_user_json(user))

    async def inject_message(self, request: web.Request) -> web.Response:
        body: dict[str, Any] = await request.json()
        fake = self.fake
        author = fake.state.users.get(int(body["user_id"]))
        if author is None:
            return json_response({"error": "unknown user_id"}, status=404)
        channel_id = self._channel_for(body, author)
        message = fake.inject_message(
            channel_id,
            author,
            body.get("content", ""),
            mention_bot=bool(body.get("mention_bot", False)),
            reply_to=int(body["reply_to"]) if body.get("reply_to") else None,
            attachments=_attachments(body.get("attachments", [])),
        )
        return json_response({"message_id": message.id, "channel_id": channel_id})

    def _channel_for(self, body: JSON, author: FakeUser) -> int:
        if body.get("channel_id"):
            return int(body["channel_id"])
        kind = body.get("kind", "dm")
        if kind == "guild":
            return self.fake.general.id
        if kind == "thread":
            return self.fake.thread.id
        return self.fake.dm_channel(author).id

    async def inject_slash(self, request: web.Request) -> web.Response:
        body = await request.json()
        user = self.fake.user(int(body["user_id"]))
        interaction = self.fake.inject_slash_command(
            user, body["name"], body.get("options") or {}, channel_id=body.get("channel_id")
        )
        return json_response(
            {
                "interaction_id": interaction.id,
                "token": interaction.token,
                "channel_id": interaction.channel_id,
            }
        )

    async def counts(self, _request: web.Request) -> web.Response:
        return json_response(self.fake.counts())

    async def calls(self, request: web.Request) -> web.Response:
        name = request.query.get("name")
        since = int(request.query.get("since", "0"))
        calls = self.fake.calls[since:]
        return json_response([_call_json(c) for c in calls if name in (None, c.name)])

    async def latency(self, _request: web.Request) -> web.Response:
        return json_response(self.fake.latency_report().to_json())

    async def retries(self, _request: web.Request) -> web.Response:
        return json_response(
            [
                {
                    "route": r.route,
                    "path": r.path,
                    "limited_at": r.limited_at,
                    "retry_after": r.retry_after,
                    "retried_at": r.retried_at,
                }
                for r in self.fake.retries
            ]
        )

    async def faults(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.fake.fail_next(
            int(body.get("count", 1)),
            status=int(body.get("status", 429)),
            retry_after=float(body.get("retry_after", 1.0)),
            route=body.get("route"),
            message=body.get("message", ""),
            code=int(body.get("code", 0)),
            is_global=bool(body.get("global", False)),
        )
        return json_response({"ok": True})

    async def reset(self, _request: web.Request) -> web.Response:
        self.fake.reset_observations()
        return json_response({"ok": True})

    async def messages(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel_id"])
        return json_response([_message_json(m) for m in self.fake.messages(channel_id)])

    async def gateway(self, _request: web.Request) -> web.Response:
        logins = [
            {
                "kind": x.kind,
                "session_id": x.session_id,
                "intents": x.intents,
                "sequence": x.sequence,
                "replayed": x.replayed,
                "ts": x.ts,
            }
            for x in self.fake.logins
        ]
        return json_response({"connected": self.fake.gateway.is_connected(), "logins": logins})

    async def drop(self, request: web.Request) -> web.Response:
        body = await request.json() if request.body_exists else {}
        await self.fake.drop_connection(int(body.get("code", 4000)))
        return json_response({"ok": True})

    async def invalidate(self, request: web.Request) -> web.Response:
        body = await request.json() if request.body_exists else {}
        await self.fake.invalidate_session(resumable=bool(body.get("resumable", False)))
        return json_response({"ok": True})


def add_control_routes(app: web.Application, fake: FakeDiscord) -> None:
    api = ControlApi(fake)
    app.router.add_get("/_fake/world", api.world)
    app.router.add_post("/_fake/users", api.add_user)
    app.router.add_post("/_fake/inject/message", api.inject_message)
    app.router.add_post("/_fake/inject/slash", api.inject_slash)
    app.router.add_get("/_fake/counts", api.counts)
    app.router.add_get("/_fake/calls", api.calls)
    app.router.add_get("/_fake/latency", api.latency)
    app.router.add_get("/_fake/retries", api.retries)
    app.router.add_post("/_fake/faults", api.faults)
    app.router.add_post("/_fake/reset", api.reset)
    app.router.add_get("/_fake/messages/{channel_id}", api.messages)
    app.router.add_get("/_fake/gateway", api.gateway)
    app.router.add_post("/_fake/gateway/drop", api.drop)
    app.router.add_post("/_fake/gateway/invalidate", api.invalidate)
