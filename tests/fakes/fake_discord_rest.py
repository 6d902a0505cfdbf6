"""REST v10 routes of the fake Discord server: identity, channels, messages, guilds."""

from __future__ import annotations

from aiohttp import web

from tests.fakes.fake_discord_events import announce_create, announce_delete, announce_update
from tests.fakes.fake_discord_gateway import Gateway
from tests.fakes.fake_discord_http import (
    API_PREFIX,
    body_of,
    error_response,
    files_of,
    json_response,
    no_content,
    state_of,
)
from tests.fakes.fake_discord_messages import (
    apply_edit,
    build_bot_message,
    has_reply_text,
    validate,
)
from tests.fakes.fake_discord_payloads import StoredMessage, channel_json, guild_json
from tests.fakes.fake_discord_state import DiscordState

GATEWAY_KEY = web.AppKey("discord_gateway", Gateway)


def _unknown_channel() -> web.Response:
    return error_response(404, "Unknown Channel", 10003)


def _unknown_message() -> web.Response:
    return error_response(404, "Unknown Message", 10008)


def _snowflake(request: web.Request, key: str) -> int:
    value = request.match_info.get(key, "")
    return int(value) if value.isdigit() else 0


def _find_message(state: DiscordState, request: web.Request) -> StoredMessage | None:
    message = state.message_index.get(_snowflake(request, "message_id"))
    if (
        message is None
        or message.deleted
        or message.channel_id != _snowflake(request, "channel_id")
    ):
        return None
    return message


async def get_me(request: web.Request) -> web.Response:
    return json_response(
        {
            **state_of(request).bot.to_json(),
            "verified": True,
            "mfa_enabled": False,
            "flags": 0,
            "email": None,
            "locale": "en-US",
        }
    )


async def get_user(request: web.Request) -> web.Response:
    user = state_of(request).users.get(_snowflake(request, "user_id"))
    if user is None:
        return error_response(404, "Unknown User", 10013)
    return json_response(user.to_json())


async def application_info(request: web.Request) -> web.Response:
    state = state_of(request)
    return json_response(
        {
            "id": str(state.application_id),
            "name": state.bot.username,
            "description": "",
            "icon": None,
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "owner": state.bot.to_json(),
            "team": None,
            "flags": 0,
            "bot": state.bot.to_json(),
        }
    )


async def get_gateway(request: web.Request) -> web.Response:
    url = request.app[GATEWAY_KEY].url
    limit = {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}
    return json_response({"url": url, "shards": 1, "session_start_limit": limit})


async def create_message(request: web.Request) -> web.Response:
    state, channel_id = state_of(request), _snowflake(request, "channel_id")
    if channel_id not in state.channels:
        return _unknown_channel()
    body, files = body_of(request), files_of(request)
    if (problem := validate(state, channel_id, body, files)) is not None:
        return problem
    message = state.store_message(build_bot_message(state, channel_id, body, files))
    if has_reply_text(body, files):
        state.latency.replied(channel_id)
    announce_create(request.app[GATEWAY_KEY], message)
    return json_response(state.message_payload(message))


async def edit_message(request: web.Request) -> web.Response:
    state = state_of(request)
    message = _find_message(state, request)
    if message is None:
        return _unknown_message()
    if message.author != state.bot:
        return error_response(403, "Cannot edit a message authored by another user", 50005)
    body, files = body_of(request), files_of(request)
    if (problem := validate(state, message.channel_id, body, files, edit=True)) is not None:
        return problem
    apply_edit(state, message, body, files)
    if has_reply_text(body, files):
        state.latency.replied(message.channel_id)
    announce_update(request.app[GATEWAY_KEY], message)
    return json_response(state.message_payload(message))


async def delete_message(request: web.Request) -> web.Response:
    state = state_of(request)
    message = _find_message(state, request)
    if message is None:
        return _unknown_message()
    message.deleted = True
    state.signal.notify()
    announce_delete(request.app[GATEWAY_KEY], message)
    return no_content()


async def get_message(request: web.Request) -> web.Response:
    state = state_of(request)
    message = _find_message(state, request)
    return _unknown_message() if message is None else json_response(state.message_payload(message))


async def get_messages(request: web.Request) -> web.Response:
    state, channel_id = state_of(request), _snowflake(request, "channel_id")
    if channel_id not in state.channels:
        return _unknown_channel()
    limit = max(1, min(100, int(request.query.get("limit", "50"))))
    messages = state.live_messages(channel_id)
    if "before" in request.query:
        picked = [m for m in messages if m.id < int(request.query["before"])][-limit:]
    elif "after" in request.query:
        picked = [m for m in messages if m.id > int(request.query["after"])][:limit]
    elif "around" in request.query:
        picked = _around(messages, int(request.query["around"]), limit)
    else:
        picked = messages[-limit:]
    newest_first = sorted(picked, key=lambda m: m.id, reverse=True)
    return json_response([state.message_payload(m) for m in newest_first])


def _around(messages: list[StoredMessage], pivot: int, limit: int) -> list[StoredMessage]:
    older = [m for m in messages if m.id < pivot][-(limit // 2) :] if limit > 1 else []
    newer = [m for m in messages if m.id >= pivot][: limit - len(older)]
    return older + newer


async def typing(request: web.Request) -> web.Response:
    if _snowflake(request, "channel_id") not in state_of(request).channels:
        return _unknown_channel()
    return no_content()


async def get_channel(request: web.Request) -> web.Response:
    state = state_of(request)
    channel = state.channels.get(_snowflake(request, "channel_id"))
    if channel is None:
        return _unknown_channel()
    return json_response(channel_json(channel, users=state.users))


async def create_dm(request: web.Request) -> web.Response:
    state = state_of(request)
    user = state.users.get(int(body_of(request).get("recipient_id") or 0))
    if user is None:
        return error_response(400, "Invalid Recipient(s)", 50033)
    return json_response(channel_json(state.dm_channel(user), users=state.users))


async def get_guild(request: web.Request) -> web.Response:
    state = state_of(request)
    guild_id = _snowflake(request, "guild_id")
    if guild_id not in state.guilds:
        return error_response(404, "Unknown Guild", 10004)
    return json_response(
        guild_json(
            state.guilds[guild_id],
            channels=state.guild_channels(guild_id),
            members=state.guild_members[guild_id],
            users=state.users,
        )
    )


async def serve_attachment(request: web.Request) -> web.Response:
    file = state_of(request).files.get(_snowflake(request, "file_id"))
    if file is None or file.filename != request.match_info["filename"]:
        return web.Response(status=404, text="Not Found")
    return web.Response(
        body=file.data, content_type=file.content_type or "application/octet-stream"
    )


def add_rest_routes(app: web.Application) -> None:
    api = API_PREFIX
    routes = [
        ("GET", "/users/@me", get_me, "get_me"),
        ("GET", "/users/{user_id}", get_user, "get_user"),
        ("GET", "/oauth2/applications/@me", application_info, "application_info"),
        ("GET", "/applications/@me", application_info, "application_info_v2"),
        ("GET", "/gateway", get_gateway, "get_gateway"),
        ("GET", "/gateway/bot", get_gateway, "get_bot_gateway"),
        ("POST", "/channels/{channel_id}/messages", create_message, "create_message"),
        ("GET", "/channels/{channel_id}/messages", get_messages, "get_messages"),
        ("GET", "/channels/{channel_id}/messages/{message_id}", get_message, "get_message"),
        ("PATCH", "/channels/{channel_id}/messages/{message_id}", edit_message, "edit_message"),
        (
            "DELETE",
            "/channels/{channel_id}/messages/{message_id}",
            delete_message,
            "delete_message",
        ),
        ("POST", "/channels/{channel_id}/typing", typing, "typing"),
        ("GET", "/channels/{channel_id}", get_channel, "get_channel"),
        ("POST", "/users/@me/channels", create_dm, "create_dm"),
        ("GET", "/guilds/{guild_id}", get_guild, "get_guild"),
    ]
    for method, path, handler, name in routes:
        app.router.add_route(method, api + path, handler, name=name)
    app.router.add_get(
        "/attachments/{channel_id}/{file_id}/{filename}", serve_attachment, name="attachment"
    )
