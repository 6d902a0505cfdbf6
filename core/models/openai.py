"""Any OpenAI-compatible endpoint: hosted APIs, vLLM, Ollama, LM Studio, llama.cpp server.

Streams Server-Sent Events into text deltas; cancelling the consumer closes the stream.
429 and 5xx are retried with backoff that honours ``Retry-After``; an authentication error
is reported once, clearly. Tool calling: :meth:`OpenAIBackend.run_tools` offers tools,
validates and executes the calls through Muse, and feeds the results back.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from typing import Any

import aiohttp

from config.settings import OpenAISettings, Settings
from core.models.base import (
    Capability,
    ChatMessage,
    GenerationRequest,
    ModelError,
    ToolNotCalled,
    ToolSpec,
    estimate_tokens,
)

log = logging.getLogger("muse.models.openai")
ToolExecutor = Callable[[str, dict[str, Any]], Awaitable[str]]
RETRYABLE = {429, 500, 502, 503, 504}
MAX_TOOL_ROUNDS = 4


class AuthenticationFailed(ModelError):
    pass


def _message(m: ChatMessage, vision: bool) -> dict[str, Any]:
    if not (vision and m.images):
        return {"role": m.role, "content": m.content}
    parts: list[dict[str, Any]] = [{"type": "text", "text": m.content}]
    for png in m.images:
        url = "data:image/png;base64," + base64.b64encode(png).decode()
        parts.append({"type": "image_url", "image_url": {"url": url}})
    return {"role": m.role, "content": parts}


def _retry_after(resp: aiohttp.ClientResponse, attempt: int) -> float:
    header = resp.headers.get("Retry-After", "")
    try:
        return max(0.0, float(header))
    except ValueError:
        return float(min(30.0, 0.5 * 2 ** attempt))


class OpenAIBackend:
    name = "openai"

    def __init__(self, settings: OpenAISettings) -> None:
        self.settings = settings
        self._session: aiohttp.ClientSession | None = None
        self._auth_reported = False
        caps: set[Capability] = {"prose"} if settings.prose else set()
        if settings.tools is not False:
            caps.add("tools")
        if settings.vision:
            caps.add("vision")
        self.capabilities = frozenset(caps)

    async def start(self) -> None:
        timeout = aiohttp.ClientTimeout(total=None, connect=self.settings.connect_timeout_s,
                                        sock_read=self.settings.timeout_s)
        self._session = aiohttp.ClientSession(timeout=timeout)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    def _headers(self) -> dict[str, str]:
        key = self.settings.api_key.get_secret_value()
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _body(self, request: GenerationRequest, messages: list[dict[str, Any]],
              stream: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.settings.model, "messages": messages, "stream": stream,
            "max_tokens": request.max_new_tokens, "temperature": request.temperature,
        }
        if request.tools and self.settings.tools is not False:
            body["tools"] = [{"type": "function", "function": {
                "name": t.name, "description": t.description, "parameters": t.parameters}}
                for t in request.tools]
        return body

    async def _post(self, body: dict[str, Any]) -> aiohttp.ClientResponse:
        """POST with retries; the caller owns (and must release) the response."""
        if self._session is None:
            await self.start()
        assert self._session is not None
        url = self.settings.base_url.rstrip("/") + "/chat/completions"
        for attempt in range(self.settings.max_retries + 1):
            try:
                resp = await self._session.post(url, json=body, headers=self._headers())
            except (aiohttp.ClientError, TimeoutError) as exc:
                if attempt >= self.settings.max_retries:
                    raise ModelError(f"endpoint unreachable: {type(exc).__name__}") from None
                await asyncio.sleep(min(8.0, 0.5 * 2 ** attempt))
                continue
            if resp.status < 400:
                return resp
            resp.release()
            if resp.status in (401, 403):
                if not self._auth_reported:
                    self._auth_reported = True
                    log.error("openai.auth_failed status=%s", resp.status)
                raise AuthenticationFailed("the model endpoint rejected the API key")
            if resp.status in RETRYABLE and attempt < self.settings.max_retries:
                await asyncio.sleep(_retry_after(resp, attempt))
                continue
            raise ModelError(f"endpoint answered {resp.status}")
        raise ModelError("endpoint kept failing")

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        vision = self.settings.vision
        messages = [_message(m, vision) for m in request.messages]
        resp = await self._post(self._body(request, messages, stream=True))
        try:
            async for delta in _sse_deltas(resp):
                yield delta
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ModelError(f"stream interrupted: {type(exc).__name__}") from None
        finally:
            resp.close()

    async def run_tools(self, request: GenerationRequest, execute: ToolExecutor) -> str:
        """Let the model call tools (executed by Muse) until it answers in text."""
        messages: list[dict[str, Any]] = [_message(m, self.settings.vision)
                                          for m in request.messages]
        for _ in range(MAX_TOOL_ROUNDS):
            resp = await self._post(self._body(request, messages, stream=False))
            try:
                data = await resp.json(content_type=None)
            finally:
                resp.release()
            choice = (data.get("choices") or [{}])[0].get("message") or {}
            calls = choice.get("tool_calls") or []
            if not calls:
                return str(choice.get("content") or "")
            messages.append({"role": "assistant", "content": choice.get("content"),
                             "tool_calls": calls})
            for call in calls:
                messages.append({"role": "tool", "tool_call_id": call.get("id", ""),
                                 "content": await _execute(call, execute)})
        raise ModelError("the model kept calling tools without answering")


    async def call_tool(self, request: GenerationRequest, tool: ToolSpec) -> dict[str, Any]:
        """Force one call of ``tool`` and return its arguments (not executed here)."""
        if "tools" not in self.capabilities:
            raise ModelError("tool calls are turned off for this endpoint")
        messages = [_message(m, self.settings.vision) for m in request.messages]
        body = self._body(replace(request, tools=(tool,)), messages, stream=False)
        body["tool_choice"] = {"type": "function", "function": {"name": tool.name}}
        resp = await self._post(body)
        try:
            data = await resp.json(content_type=None)
        except (aiohttp.ClientError, ValueError):
            raise ModelError("the endpoint's answer was not JSON") from None
        finally:
            resp.release()
        message = (data.get("choices") or [{}])[0].get("message") or {}
        for call in message.get("tool_calls") or []:
            function = call.get("function") or {}
            if function.get("name") == tool.name:
                try:
                    arguments = json.loads(function.get("arguments") or "{}")
                except json.JSONDecodeError:
                    raise ModelError("the tool call's arguments were not JSON") from None
                if isinstance(arguments, dict):
                    return arguments
        raise ToolNotCalled(f"the model did not call {tool.name}")


async def _execute(call: dict[str, Any], execute: ToolExecutor) -> str:
    function = call.get("function") or {}
    try:
        arguments = json.loads(function.get("arguments") or "{}")
        if not isinstance(arguments, dict):
            raise ValueError("arguments must be an object")
        return await execute(str(function.get("name", "")), arguments)
    except (ValueError, TypeError, KeyError) as exc:
        return json.dumps({"error": f"invalid call: {exc}"})


async def _sse_deltas(resp: aiohttp.ClientResponse) -> AsyncIterator[str]:
    async for raw in resp.content:
        line = raw.decode("utf-8", "replace").strip()
        if not line.startswith("data:"):
            continue
        payload = line[5:].strip()
        if payload == "[DONE]":
            return
        try:
            data = json.loads(payload)
        except json.JSONDecodeError:
            continue
        for choice in data.get("choices") or []:
            content = (choice.get("delta") or {}).get("content")
            if content:
                yield str(content)


def create(settings: Settings) -> OpenAIBackend:
    return OpenAIBackend(settings.model.openai)
