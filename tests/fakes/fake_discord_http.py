"""HTTP plumbing of the fake Discord REST API: bodies, responses, auth, faults, recording."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import BodyPartReader, web

from tests.fakes.fake_discord_payloads import JSON, FakeFile
from tests.fakes.fake_discord_ratelimit import major_parameter
from tests.fakes.fake_discord_records import ApiCall, Fault
from tests.fakes.fake_discord_state import DiscordState

API_PREFIX = "/api/v10"
STATE_KEY = web.AppKey("discord_state", DiscordState)
BODY_KEY: web.RequestKey[Any] = web.RequestKey("discord_body")
FILES_KEY: web.RequestKey[tuple[FakeFile, ...]] = web.RequestKey("discord_files")
NO_AUTH_ROUTES = frozenset(
    {"interaction_callback", "followup_create", "followup_get", "followup_edit", "followup_delete"}
)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON response whose Content-Type is exactly ``application/json``, as Discord sends."""
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def error_response(
    status: int, message: str, code: int = 0, errors: JSON | None = None
) -> web.Response:
    body: JSON = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return json_response(body, status=status)


def no_content() -> web.Response:
    return web.Response(status=204)


def fault_response(fault: Fault) -> web.Response:
    if fault.status != 429:
        return error_response(fault.status, fault.message or "Injected error", fault.code)
    body = {
        "message": "You are being rate limited.",
        "retry_after": fault.retry_after,
        "global": fault.is_global,
        "code": 0,
    }
    headers = {
        "Retry-After": f"{fault.retry_after:g}",
        "Via": "1.1 google",
        "X-RateLimit-Scope": "global" if fault.is_global else "user",
    }
    if fault.is_global:
        headers["X-RateLimit-Global"] = "true"
    return json_response(body, status=429, headers=headers)


async def parse_body(request: web.Request) -> tuple[Any, tuple[FakeFile, ...]]:
    """JSON body, or ``payload_json`` plus ``files[n]`` parts of a multipart body."""
    if not request.body_exists:
        return None, ()
    if request.content_type == "application/json":
        return await request.json(), ()
    if request.content_type != "multipart/form-data":
        return await request.text(), ()
    payload: Any = None
    files: list[FakeFile] = []
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader):
            continue
        data = await part.read()
        if part.name == "payload_json":
            payload = json.loads(data)
        elif part.name and part.name.startswith("files["):
            content_type = part.headers.get("Content-Type")
            files.append(FakeFile(part.filename or "file", bytes(data), content_type))
    return payload, tuple(files)


def body_of(request: web.Request) -> JSON:
    body = request.get(BODY_KEY)
    return body if isinstance(body, dict) else {}


def files_of(request: web.Request) -> tuple[FakeFile, ...]:
    files: tuple[FakeFile, ...] = request.get(FILES_KEY, ())
    return files


def state_of(request: web.Request) -> DiscordState:
    return request.app[STATE_KEY]


async def _answer(
    request: web.Request, handler: Handler, name: str
) -> tuple[web.StreamResponse, Fault | None]:
    """Auth failure, injected fault, rate limit, or the handler's own answer."""
    state = state_of(request)
    if name not in NO_AUTH_ROUTES and request.headers.get("Authorization") != f"Bot {state.token}":
        return error_response(401, "401: Unauthorized"), None
    if (fault := state.faults.take(name)) is not None:
        return fault_response(fault), fault
    verdict = state.rate_limiter.check(name, major_parameter(request.match_info))
    if verdict is not None and verdict.retry_after is not None:
        fault = Fault(429, verdict.retry_after, route=name)
        response = fault_response(fault)
        response.headers.update(verdict.headers)
        return response, fault
    answer = await handler(request)
    if verdict is not None:
        answer.headers.update(verdict.headers)
    return answer, None


@web.middleware
async def recording_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Authenticate, inject faults and limits, and record every API call (not /_fake)."""
    name = request.match_info.route.name
    if name is None or not request.path.startswith(API_PREFIX):
        return await handler(request)
    state = state_of(request)
    arrived = time.monotonic()
    body, files = await parse_body(request)
    request[BODY_KEY], request[FILES_KEY] = body, files
    response, fault = await _answer(request, handler, name)
    path = request.path[len(API_PREFIX) :]
    query = dict(request.query)
    call = ApiCall(name, request.method, path, query, body, files, arrived, response.status)
    state.log.record(call)
    if fault is not None and fault.status == 429:
        state.log.limited(call, fault.retry_after)
    state.signal.notify()
    return response
