"""Web API methods of the fake Slack server (``/api/<method>``, uploads, private files)."""

from __future__ import annotations

import json
import mimetypes
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from tests.fakes.fake_slack_record import Recorder, SlackIdentity, rate_limit_body
from tests.fakes.fake_slack_state import (
    ApiCall,
    Edit,
    JsonDict,
    SlackFile,
    SlackMessage,
    Workspace,
    is_reply_text,
)

Handler = Callable[[JsonDict, float], JsonDict]

MAX_TEXT = 40_000
MAX_SECTION_TEXT = 3_000
MAX_HEADER_TEXT = 150
MAX_BLOCKS = 50
JSON_FIELDS = ("blocks", "attachments", "files")
REPLY_METHODS = ("chat.postMessage", "chat.update", "chat.postEphemeral")
LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Slack</title></head><body>Sign in</body></html>"


def error(code: str, **extra: Any) -> JsonDict:
    return {"ok": False, "error": code, **extra}


async def read_params(request: web.Request) -> tuple[JsonDict, str | None]:
    """Merge query string and body (JSON, form or multipart); split off the token."""
    params: JsonDict = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            params.update(body if isinstance(body, dict) else {})
        else:
            form = await request.post()
            params.update({k: form_value(v) for k, v in form.items()})
    for name in JSON_FIELDS:
        if isinstance(params.get(name), str) and params[name].startswith(("[", "{")):
            params[name] = json.loads(params[name])
    token = params.pop("token", None)
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        token = header.removeprefix("Bearer ")
    return params, token


def form_value(value: str | bytes | bytearray | web.FileField) -> str | bytes:
    if isinstance(value, web.FileField):
        return bytes(value.file.read())
    return value if isinstance(value, str) else bytes(value)


def block_errors(blocks: Any) -> list[str]:
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    if len(blocks) > MAX_BLOCKS:
        return [f"no more than {MAX_BLOCKS} items allowed [json-pointer:/blocks]"]
    problems: list[str] = []
    for i, block in enumerate(blocks):
        kind = block.get("type") if isinstance(block, dict) else None
        text = (block.get("text") or {}).get("text", "") if isinstance(block, dict) else ""
        limit = {"section": MAX_SECTION_TEXT, "header": MAX_HEADER_TEXT}.get(str(kind))
        if kind is None:
            problems.append(f"missing required field: type [json-pointer:/blocks/{i}]")
        elif limit is not None and len(text) > limit:
            pointer = f"[json-pointer:/blocks/{i}/text]"
            problems.append(f"must be less than {limit + 1} characters {pointer}")
    return problems


class WebApi:
    """Implements the Web API methods over a :class:`Workspace`."""

    def __init__(
        self,
        identity: SlackIdentity,
        workspace: Workspace,
        recorder: Recorder,
        base_url: Callable[[], str],
    ) -> None:
        self.identity = identity
        self.workspace = workspace
        self.recorder = recorder
        self.base_url = base_url
        self.pending_uploads: dict[str, JsonDict] = {}
        self.downloads: list[tuple[str, bool, float]] = []
        self.handlers: dict[str, Handler] = {
            "auth.test": self.auth_test,
            "apps.connections.open": self.connections_open,
            "chat.postMessage": self.post_message,
            "chat.update": self.update,
            "chat.delete": self.delete,
            "chat.postEphemeral": self.post_ephemeral,
            "conversations.open": self.conversations_open,
            "conversations.info": self.conversations_info,
            "conversations.history": self.history,
            "conversations.replies": self.replies,
            "users.info": self.users_info,
            "reactions.add": self.ok,
            "reactions.remove": self.ok,
            "files.getUploadURLExternal": self.get_upload_url,
            "files.completeUploadExternal": self.complete_upload,
            "files.info": self.files_info,
        }

    def routes(self) -> list[web.RouteDef]:
        return [
            web.route("*", "/api/{method}", self.handle_api),
            web.post("/upload/v1/{file_id}", self.handle_upload),
            web.get("/files-pri/{key}/{name}", self.handle_download),
            web.get("/files-pri/{key}/download/{name}", self.handle_download),
        ]

    # --- HTTP layer -------------------------------------------------------------------

    async def handle_api(self, request: web.Request) -> web.Response:
        at = time.monotonic()
        method = request.match_info["method"]
        params, token = await read_params(request)
        fault = self.recorder.take_fault(method)
        if fault is not None:
            return await self._fault_response(method, params, at, fault.status, fault.body(),
                                              fault.retry_after)
        body = self._dispatch(method, params, token, at)
        self.recorder.record(ApiCall(method, params, at, 200, body.get("error")))
        if body.get("ok") and method in REPLY_METHODS and is_reply_text(params):
            self.recorder.latency.replied(str(body.get("channel", params.get("channel"))), at)
        await self.recorder.notify()
        return web.json_response(body)

    async def _fault_response(
        self, method: str, params: JsonDict, at: float, status: int, body: JsonDict,
        retry_after: int | None,
    ) -> web.Response:
        headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
        if retry_after is not None:
            body = rate_limit_body()
        self.recorder.record(ApiCall(method, params, at, status, body["error"]), retry_after)
        await self.recorder.notify()
        return web.json_response(body, status=status, headers=headers)

    def _dispatch(self, method: str, params: JsonDict, token: str | None, at: float) -> JsonDict:
        handler = self.handlers.get(method)
        if handler is None:
            return error("unknown_method")
        if not token:
            return error("not_authed")
        expected = (self.identity.app_token if method == "apps.connections.open"
                    else self.identity.bot_token)
        if token.split("-", 1)[0] != expected.split("-", 1)[0]:
            return error("not_allowed_token_type")
        if token != expected:
            return error("invalid_auth")
        return handler(params, at)

    async def handle_upload(self, request: web.Request) -> web.Response:
        file_id = request.match_info["file_id"]
        pending = self.pending_uploads.get(file_id)
        if pending is None:
            return web.Response(status=404, text="Not Found", content_type="text/plain")
        data = await request.read()
        pending["data"] = data
        await self.recorder.notify()
        return web.Response(text=f"OK - {len(data)}", content_type="text/plain")

    async def handle_download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["key"].rsplit("-", 1)[-1]
        authorized = request.headers.get("Authorization") == f"Bearer {self.identity.bot_token}"
        self.downloads.append((file_id, authorized, time.monotonic()))
        found = self.workspace.files.get(file_id)
        if found is None:
            return web.Response(status=404, text="file not found", content_type="text/plain")
        if not authorized:
            return web.Response(text=LOGIN_PAGE, content_type="text/html")
        return web.Response(body=found.data, content_type=found.mimetype)

    # --- methods ----------------------------------------------------------------------

    def ok(self, params: JsonDict, at: float) -> JsonDict:
        return {"ok": True}

    def auth_test(self, params: JsonDict, at: float) -> JsonDict:
        ident = self.identity
        return {
            "ok": True,
            "url": f"{self.base_url()}/",
            "team": ident.team_name,
            "user": ident.bot_name,
            "team_id": ident.team_id,
            "user_id": ident.bot_user_id,
            "bot_id": ident.bot_id,
            "is_enterprise_install": False,
        }

    def connections_open(self, params: JsonDict, at: float) -> JsonDict:
        ws_base = self.base_url().replace("http://", "ws://", 1)
        return {"ok": True, "url": f"{ws_base}/link/?ticket={self.workspace.new_id('t')}"}

    def _channel(self, params: JsonDict) -> str | None:
        channel = params.get("channel") or params.get("channel_id")
        if not channel:
            return None
        channel = str(channel)
        return self.workspace.dm_channel(channel) if channel.startswith(("U", "W")) else channel

    def _content(self, params: JsonDict) -> tuple[str, Any, JsonDict | None]:
        text = str(params.get("text") or "")[:MAX_TEXT]
        blocks = params.get("blocks")
        if not text and not blocks and not params.get("attachments"):
            return text, blocks, error("no_text")
        if blocks is not None and (problems := block_errors(blocks)):
            return text, blocks, error("invalid_blocks", errors=problems)
        return text, blocks, None

    def _bot_message(self, channel: str, text: str, blocks: Any, **extra: Any) -> SlackMessage:
        ident = self.identity
        return SlackMessage(channel=channel, ts=self.workspace.clock.next(), text=text,
                            user=ident.bot_user_id, blocks=blocks, bot_id=ident.bot_id, **extra)

    def post_message(self, params: JsonDict, at: float) -> JsonDict:
        channel = self._channel(params)
        if channel is None:
            return error("channel_not_found")
        text, blocks, problem = self._content(params)
        if problem:
            return problem
        thread_ts = params.get("thread_ts") or None
        message = self.workspace.put(self._bot_message(channel, text, blocks, thread_ts=thread_ts))
        body = message.to_json(self.identity.team_id)
        return {"ok": True, "channel": channel, "ts": message.ts, "message": body}

    def _own_message(self, params: JsonDict, verb: str) -> SlackMessage | JsonDict:
        channel, ts = self._channel(params), str(params.get("ts") or "")
        found = self.workspace.get(channel or "", ts)
        if found is None or found.deleted:
            return error("message_not_found")
        if found.bot_id != self.identity.bot_id:
            return error(f"cant_{verb}_message")
        return found

    def update(self, params: JsonDict, at: float) -> JsonDict:
        found = self._own_message(params, "update")
        if isinstance(found, dict):
            return found
        text, blocks, problem = self._content(params)
        if problem:
            return problem
        edits = (*found.edits, Edit(at, text, blocks))
        new = self.workspace.replace(found, text=text, blocks=blocks, edits=edits)
        return {"ok": True, "channel": new.channel, "ts": new.ts, "text": new.text,
                "message": new.to_json(self.identity.team_id)}

    def delete(self, params: JsonDict, at: float) -> JsonDict:
        found = self._own_message(params, "delete")
        if isinstance(found, dict):
            return found
        self.workspace.replace(found, deleted=True)
        return {"ok": True, "channel": found.channel, "ts": found.ts}

    def post_ephemeral(self, params: JsonDict, at: float) -> JsonDict:
        channel, user = self._channel(params), params.get("user")
        if channel is None:
            return error("channel_not_found")
        if not user:
            return error("user_not_found")
        text, blocks, problem = self._content(params)
        if problem:
            return problem
        message = self._bot_message(channel, text, blocks, ephemeral_for=str(user),
                                    thread_ts=params.get("thread_ts") or None)
        self.workspace.put(message)
        return {"ok": True, "message_ts": message.ts}

    def conversations_open(self, params: JsonDict, at: float) -> JsonDict:
        users = [u for u in str(params.get("users") or "").split(",") if u]
        if params.get("channel"):
            return {"ok": True, "channel": {"id": str(params["channel"])}}
        if not users:
            return error("users_list_not_supplied")
        if len(users) == 1:
            channel = self.workspace.dm_channel(users[0])
        else:
            channel = "G" + "".join(sorted(u.removeprefix("U") for u in users))[:10]
        return {"ok": True, "no_op": False, "already_open": False, "channel": {"id": channel}}

    def conversations_info(self, params: JsonDict, at: float) -> JsonDict:
        channel = str(params.get("channel") or "")
        if not channel:
            return error("channel_not_found")
        name = self.workspace.channel_names.get(channel, channel.lower())
        return {"ok": True, "channel": {
            "id": channel, "name": name, "is_im": channel.startswith("D"),
            "is_channel": channel.startswith("C"), "is_group": channel.startswith("G"),
            "is_private": not channel.startswith("C"), "is_member": True,
        }}

    def _visible(self, channel: str) -> list[SlackMessage]:
        return [m for m in self.workspace.in_channel(channel)
                if not m.deleted and m.ephemeral_for is None]

    def history(self, params: JsonDict, at: float) -> JsonDict:
        found = self._visible(str(params.get("channel") or ""))
        team = self.identity.team_id
        return {"ok": True, "has_more": False,
                "messages": [m.to_json(team) for m in reversed(found)]}

    def replies(self, params: JsonDict, at: float) -> JsonDict:
        root = str(params.get("ts") or "")
        found = [m for m in self._visible(str(params.get("channel") or ""))
                 if m.ts == root or m.thread_ts == root]
        if not found:
            return error("thread_not_found")
        team = self.identity.team_id
        return {"ok": True, "has_more": False, "messages": [m.to_json(team) for m in found]}

    def users_info(self, params: JsonDict, at: float) -> JsonDict:
        user = str(params.get("user") or "")
        is_bot = user == self.identity.bot_user_id
        name = self.identity.bot_name if is_bot else self.workspace.users.get(user)
        if name is None:
            return error("user_not_found")
        profile = {"display_name": name, "real_name": name}
        return {"ok": True, "user": {"id": user, "team_id": self.identity.team_id, "name": name,
                                     "real_name": name, "is_bot": is_bot, "profile": profile}}

    def get_upload_url(self, params: JsonDict, at: float) -> JsonDict:
        filename, length = params.get("filename"), str(params.get("length") or "")
        if not filename or not length.isdigit():
            return error("invalid_arguments")
        file_id = self.workspace.new_id("F")
        self.pending_uploads[file_id] = {"filename": str(filename), "length": int(length)}
        return {"ok": True, "upload_url": f"{self.base_url()}/upload/v1/{file_id}",
                "file_id": file_id}

    def complete_upload(self, params: JsonDict, at: float) -> JsonDict:
        entries = params.get("files")
        if not isinstance(entries, list) or not entries:
            return error("invalid_arguments")
        if any(self.pending_uploads.get(str(e.get("id")), {}).get("data") is None
               for e in entries):
            return error("file_not_found")
        channel = self._channel(params)
        thread_ts = params.get("thread_ts") or None
        comment = params.get("initial_comment") or None
        stored = [self._store_upload(e, channel, thread_ts, comment) for e in entries]
        if channel is not None:
            message = self._bot_message(channel, str(comment or ""), None, thread_ts=thread_ts,
                                        file_ids=tuple(f.id for f in stored))
            self.workspace.put(message)
            if comment and is_reply_text({"text": comment}):
                self.recorder.latency.replied(channel, at)
        base, team = self.base_url(), self.identity.team_id
        return {"ok": True, "files": [f.to_json(base, team) for f in stored]}

    def _store_upload(self, entry: JsonDict, channel: str | None, thread_ts: Any,
                      comment: Any) -> SlackFile:
        file_id = str(entry["id"])
        pending = self.pending_uploads.pop(file_id)
        name = pending["filename"]
        stored = SlackFile(
            id=file_id, name=name, title=str(entry.get("title") or name),
            mimetype=guess_mimetype(name), data=pending["data"], user=self.identity.bot_user_id,
            channel_id=channel, thread_ts=thread_ts, initial_comment=comment,
            created=int(time.time()),
        )
        self.workspace.files[file_id] = stored
        return stored

    def files_info(self, params: JsonDict, at: float) -> JsonDict:
        found = self.workspace.files.get(str(params.get("file") or ""))
        if found is None:
            return error("file_not_found")
        return {"ok": True, "file": found.to_json(self.base_url(), self.identity.team_id)}


def guess_mimetype(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
