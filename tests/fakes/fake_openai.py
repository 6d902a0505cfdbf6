"""A scripted OpenAI-compatible server (chat completions, streaming and tool calls) for
error paths a real server will not produce on demand: 429 with Retry-After, 401, a stream
that stops mid-way, and a model that calls tools."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class FakeOpenAI:
    host: str = "127.0.0.1"
    port: int = 0
    reply: str = "Hello from the endpoint."
    fail_next: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    hang_after_chunks: int | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    request_times: list[float] = field(default_factory=list)
    _runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    async def start(self) -> FakeOpenAI:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        # A hung stream must not hold the shutdown for aiohttp's default 60 s.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeOpenAI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        self.requests.append(body)
        self.request_times.append(time.monotonic())
        if request.headers.get("Authorization") == "Bearer wrong":
            return web.json_response({"error": {"message": "bad key"}}, status=401)
        if self.fail_next:
            status, headers = self.fail_next.pop(0)
            return web.json_response({"error": {"message": "busy"}}, status=status,
                                     headers=headers)
        if not body.get("stream"):
            return web.json_response(self._completion(body))
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for n, word in enumerate(self.reply.split(" ")):
            if self.hang_after_chunks is not None and n >= self.hang_after_chunks:
                await asyncio.sleep(3600)
            piece = word if n == 0 else " " + word
            chunk = {"choices": [{"index": 0, "delta": {"content": piece}}]}
            await resp.write(f"data: {json.dumps(chunk)}\n\n".encode())
        await resp.write(b"data: [DONE]\n\n")
        return resp

    def _completion(self, body: dict[str, Any]) -> dict[str, Any]:
        answered = any(m.get("role") == "tool" for m in body["messages"])
        if self.tool_calls and not answered:
            message: dict[str, Any] = {"role": "assistant", "content": None,
                                       "tool_calls": self.tool_calls}
        else:
            results = [m["content"] for m in body["messages"] if m.get("role") == "tool"]
            message = {"role": "assistant",
                       "content": f"The result is {results[-1]}" if results else self.reply}
        return {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
