"""Application commands, interaction callbacks and follow-up webhooks of the fake Discord."""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web

from tests.fakes.fake_discord_events import announce_create, announce_update
from tests.fakes.fake_discord_http import (
    API_PREFIX,
    BODY_KEY,
    body_of,
    error_response,
    files_of,
    json_response,
    no_content,
    state_of,
)
from tests.fakes.fake_discord_messages import (
    LOADING_FLAG,
    apply_edit,
    build_bot_message,
    has_reply_text,
    validate,
)
from tests.fakes.fake_discord_payloads import JSON, StoredMessage, channel_json, member_json
from tests.fakes.fake_discord_records import InteractionResponse
from tests.fakes.fake_discord_rest import GATEWAY_KEY
from tests.fakes.fake_discord_state import DiscordState, InteractionState

EPHEMERAL_FLAG = 1 << 6
CALLBACK_MESSAGE, CALLBACK_DEFERRED = 4, 5
OPTION_TYPES = {str: 3, int: 4, bool: 5, float: 10}


def slash_command_payload(
    state: DiscordState, interaction: InteractionState, name: str, options: dict[str, Any]
) -> JSON:
    """The INTERACTION_CREATE payload of a chat-input command with simple options."""
    command_id, is_guild_command = state.command_id(name, interaction.guild_id)
    data: JSON = {
        "id": str(command_id),
        "name": name,
        "type": 1,
        "options": [
            {"name": k, "type": OPTION_TYPES[type(v)], "value": v} for k, v in options.items()
        ],
    }
    if is_guild_command:
        data["guild_id"] = str(interaction.guild_id)
    channel = state.channels[interaction.channel_id]
    payload: JSON = {
        "id": str(interaction.id),
        "application_id": str(state.application_id),
        "type": 2,
        "data": data,
        "channel_id": str(channel.id),
        "channel": channel_json(channel, users=state.users),
        "token": interaction.token,
        "version": 1,
        "locale": "en-US",
        "app_permissions": "2251799813685247",
        "entitlements": [],
        "attachment_size_limit": state.filesize_limit(channel.id),
    }
    if interaction.guild_id is None:
        payload.update(
            user=interaction.user.to_json(),
            context=1,
            authorizing_integration_owners={"1": str(interaction.user.id)},
        )
    else:
        member = {**member_json(interaction.user), "permissions": "2251799813685247"}
        payload.update(
            guild_id=str(interaction.guild_id),
            member=member,
            guild_locale="en-US",
            context=0,
            authorizing_integration_owners={"0": str(interaction.guild_id)},
        )
    return payload


def _record(interaction: InteractionState, kind: str, body: JSON, request: web.Request) -> None:
    callback_type = body.get("type") if kind == "callback" else None
    interaction.responses.append(
        InteractionResponse(
            interaction.id, kind, callback_type, body, files_of(request), time.monotonic()
        )
    )


def _store_reply(request: web.Request, interaction: InteractionState, data: JSON) -> StoredMessage:
    state = state_of(request)
    message = build_bot_message(state, interaction.channel_id, data, files_of(request))
    message.interaction_id = interaction.id
    state.store_message(message)
    if has_reply_text(data, files_of(request)):
        state.latency.replied(interaction.channel_id)
    if not message.flags & EPHEMERAL_FLAG:
        announce_create(request.app[GATEWAY_KEY], message)
    return message


async def interaction_callback(request: web.Request) -> web.Response:
    state = state_of(request)
    interaction = state.interactions.get(int(request.match_info["interaction_id"]))
    if interaction is None or interaction.token != request.match_info["token"]:
        return error_response(404, "Unknown interaction", 10062)
    if interaction.acknowledged:
        return error_response(400, "Interaction has already been acknowledged.", 40060)
    body = body_of(request)
    callback_type, data = int(body.get("type", 0)), dict(body.get("data") or {})
    if callback_type == CALLBACK_MESSAGE:
        problem = validate(state, interaction.channel_id, data, files_of(request))
        if problem is not None:
            return problem
    elif callback_type == CALLBACK_DEFERRED:
        data = {"flags": LOADING_FLAG | int(data.get("flags") or 0)}
    interaction.acknowledged = True
    _record(interaction, "callback", body, request)
    message = None
    if callback_type in (CALLBACK_MESSAGE, CALLBACK_DEFERRED):
        message = _store_reply(request, interaction, data)
        interaction.original_message_id = message.id
    if request.query.get("with_response") not in ("1", "true", "True"):
        return no_content()
    return json_response(_callback_response(state, interaction, callback_type, message))


def _callback_response(
    state: DiscordState,
    interaction: InteractionState,
    callback_type: int,
    message: StoredMessage | None,
) -> JSON:
    summary: JSON = {
        "id": str(interaction.id),
        "type": 2,
        "response_message_loading": callback_type == CALLBACK_DEFERRED,
    }
    resource: JSON = {"type": callback_type}
    if message is not None:
        summary["response_message_id"] = str(message.id)
        summary["response_message_ephemeral"] = bool(message.flags & EPHEMERAL_FLAG)
        resource["message"] = state.message_payload(message)
    return {"interaction": summary, "resource": resource}


def _interaction_for(request: web.Request) -> InteractionState | None:
    state = state_of(request)
    interaction = state.interactions_by_token.get(request.match_info["token"])
    if interaction is None or request.match_info["application_id"] != str(state.application_id):
        return None
    return interaction


def _target_message(request: web.Request, interaction: InteractionState) -> StoredMessage | None:
    raw = request.match_info["message_id"]
    message_id = interaction.original_message_id if raw == "@original" else int(raw)
    message = state_of(request).message_index.get(message_id or 0)
    if message is None or message.deleted or message.interaction_id != interaction.id:
        return None
    return message


async def followup_create(request: web.Request) -> web.Response:
    interaction = _interaction_for(request)
    if interaction is None or not interaction.acknowledged:
        return error_response(404, "Unknown Webhook", 10015)
    body = body_of(request)
    problem = validate(state_of(request), interaction.channel_id, body, files_of(request))
    if problem is not None:
        return problem
    _record(interaction, "followup", body, request)
    message = _store_reply(request, interaction, body)
    return json_response(state_of(request).message_payload(message))


async def followup_message(request: web.Request) -> web.Response:
    """GET, PATCH or DELETE webhooks/{app}/{token}/messages/{id or @original}."""
    interaction = _interaction_for(request)
    message = None if interaction is None else _target_message(request, interaction)
    if interaction is None or message is None:
        return error_response(404, "Unknown Message", 10008)
    state = state_of(request)
    if request.method == "DELETE":
        message.deleted = True
        state.signal.notify()
        return no_content()
    if request.method == "PATCH":
        body = body_of(request)
        problem = validate(state, message.channel_id, body, files_of(request), edit=True)
        if problem is not None:
            return problem
        _record(
            interaction,
            "edit_original" if message.id == interaction.original_message_id else "edit_followup",
            body,
            request,
        )
        apply_edit(state, message, body, files_of(request))
        if has_reply_text(body, files_of(request)):
            state.latency.replied(message.channel_id)
        announce_update(request.app[GATEWAY_KEY], message)
    return json_response(state.message_payload(message))


async def bulk_overwrite(request: web.Request) -> web.Response:
    state = state_of(request)
    guild_id = int(request.match_info.get("guild_id", "0"))
    commands = [_command_json(state, c, guild_id) for c in request.get(BODY_KEY) or []]
    if guild_id:
        state.guild_commands[guild_id] = commands
    else:
        state.global_commands = commands
    return json_response(commands)


async def list_commands(request: web.Request) -> web.Response:
    state = state_of(request)
    guild_id = int(request.match_info.get("guild_id", "0"))
    return json_response(
        state.guild_commands.get(guild_id, []) if guild_id else state.global_commands
    )


def _command_json(state: DiscordState, command: JSON, guild_id: int) -> JSON:
    data: JSON = {
        "type": 1,
        "description": "",
        "options": [],
        "default_member_permissions": None,
        "nsfw": False,
        "contexts": None,
        "integration_types": [0],
        **command,
        "id": str(state.ids.next()),
        "application_id": str(state.application_id),
        "version": str(state.ids.next()),
    }
    if guild_id:
        data["guild_id"] = str(guild_id)
    else:
        data.setdefault("dm_permission", True)
    return data


def add_interaction_routes(app: web.Application) -> None:
    api = API_PREFIX
    hook = "/webhooks/{application_id}/{token}"
    routes = [
        ("PUT", "/applications/{application_id}/commands", bulk_overwrite, "bulk_commands"),
        ("GET", "/applications/{application_id}/commands", list_commands, "get_commands"),
        (
            "PUT",
            "/applications/{application_id}/guilds/{guild_id}/commands",
            bulk_overwrite,
            "guild_bulk_commands",
        ),
        (
            "GET",
            "/applications/{application_id}/guilds/{guild_id}/commands",
            list_commands,
            "get_guild_commands",
        ),
        (
            "POST",
            "/interactions/{interaction_id}/{token}/callback",
            interaction_callback,
            "interaction_callback",
        ),
        ("POST", hook, followup_create, "followup_create"),
        ("GET", hook + "/messages/{message_id}", followup_message, "followup_get"),
        ("PATCH", hook + "/messages/{message_id}", followup_message, "followup_edit"),
        ("DELETE", hook + "/messages/{message_id}", followup_message, "followup_delete"),
    ]
    for method, path, handler, name in routes:
        app.router.add_route(method, api + path, handler, name=name)
