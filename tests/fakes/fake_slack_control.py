"""JSON control API of the fake Slack server, under ``/_fake/`` (see ``fake_slack``)."""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.fake_slack_state import JsonDict

if TYPE_CHECKING:
    from tests.fakes.fake_slack import FakeSlack


def _default(value: Any) -> Any:
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return repr(value)


def reply(body: Any, status: int = 200) -> web.Response:
    text = json.dumps(body, default=_default)
    return web.Response(text=text, status=status, content_type="application/json")


async def _body(request: web.Request) -> JsonDict:
    if not request.can_read_body:
        return {}
    body = await request.json()
    return body if isinstance(body, dict) else {}


class ControlApi:
    """Routes that let a benchmark in another process drive and observe the fake."""

    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/_fake/health", self.health),
            web.post("/_fake/inject", self.inject),
            web.get("/_fake/calls", self.calls),
            web.get("/_fake/latency", self.latency),
            web.post("/_fake/faults", self.faults),
            web.get("/_fake/messages", self.messages),
            web.get("/_fake/early_retries", self.early_retries),
            web.post("/_fake/reset", self.reset),
        ]

    async def health(self, request: web.Request) -> web.Response:
        fake = self.fake
        return reply({"ok": True, "base_url": fake.base_url, "api_url": fake.api_url,
                      "socket_connections": len(fake.socket.connections)})

    async def inject(self, request: web.Request) -> web.Response:
        body = await _body(request)
        try:
            result = await self.fake.inject(
                kind=str(body.get("kind", "dm")), user=str(body["user"]), text=str(body["text"]),
                channel=body.get("channel"), thread_ts=body.get("thread_ts"),
                url=body.get("url"),
            )
        except (KeyError, ValueError) as exc:
            return reply({"ok": False, "error": f"bad request: {exc}"}, status=400)
        return reply({"ok": True, **result})

    async def calls(self, request: web.Request) -> web.Response:
        method = request.query.get("method")
        calls = self.fake.calls_of(method) if method else self.fake.calls
        body: JsonDict = {"total": len(calls), "counts": self.fake.counts()}
        if request.query.get("full"):
            body["calls"] = calls
        return reply(body)

    async def latency(self, request: web.Request) -> web.Response:
        return reply(self.fake.latency())

    async def faults(self, request: web.Request) -> web.Response:
        body = await _body(request)
        times, method = int(body.get("times", 1)), body.get("method")
        if body.get("kind") == "rate_limit":
            self.fake.rate_limit(times, int(body.get("retry_after", 1)), method=method)
        else:
            self.fake.fail(times, status=int(body.get("status", 500)),
                           error=str(body.get("error", "internal_error")), method=method,
                           description=body.get("description"))
        return reply({"ok": True})

    async def messages(self, request: web.Request) -> web.Response:
        channel = request.query.get("channel", "")
        return reply({"ok": True, "messages": self.fake.messages(channel)})

    async def early_retries(self, request: web.Request) -> web.Response:
        return reply({"ok": True, "early_retries": self.fake.early_retries()})

    async def reset(self, request: web.Request) -> web.Response:
        self.fake.reset()
        return reply({"ok": True})
