"""Bot API method handlers of the fake Telegram server (everything except ``getUpdates``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import aiohttp
from aiohttp import web

from tests.fakes.fake_telegram_state import BotState
from tests.fakes.fake_telegram_types import (
    JSON,
    Edit,
    StoredMessage,
    TgChat,
    UploadedFile,
    bad_request,
    now,
    utf16_len,
)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
PHOTO_UPLOAD_LIMIT = 10 * 1024 * 1024
UPLOAD_LIMIT = 50 * 1024 * 1024
DOWNLOAD_LIMIT = 20 * 1024 * 1024
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice upload_document "
    "choose_sticker find_location record_video_note upload_video_note".split()
)
JSON_FIELDS = frozenset(
    "entities caption_entities reply_parameters reply_markup allowed_updates commands scope "
    "link_preview_options media".split()
)
INT_FIELDS = frozenset(
    "chat_id message_id offset limit timeout reply_to_message_id message_thread_id "
    "max_connections".split()
)
BOOL_FIELDS = frozenset(
    "drop_pending_updates disable_notification protect_content allow_sending_without_reply "
    "disable_web_page_preview show_caption_above_media".split()
)

Handler = Callable[[BotState, JSON, dict[str, UploadedFile]], Any]


def decode_param(name: str, value: Any) -> Any:
    """Turn a form/query string value into what the JSON body would have carried."""
    if not isinstance(value, str):
        return value
    if name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError as exc:
            raise bad_request(f"can't parse {name} JSON object") from exc
    if name in INT_FIELDS and value.lstrip("-").isdigit():
        return int(value)
    if name in BOOL_FIELDS:
        return value.lower() == "true"
    return value


async def read_params(request: web.Request) -> tuple[JSON, dict[str, UploadedFile]]:
    """Parameters from the query string plus a JSON, form or multipart body."""
    raw: dict[str, Any] = dict(request.query)
    parts: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as exc:
            raise bad_request("can't parse JSON object") from exc
        raw.update(body if isinstance(body, dict) else {})
    elif request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                continue
            data = await part.read()
            if part.filename is None:
                raw[part.name] = data.decode()
                continue
            content_type = part.headers.get("Content-Type")
            parts[part.name] = UploadedFile(part.name, part.filename, content_type, bytes(data), "")
    elif request.can_read_body:
        raw.update(await request.post())
    return {name: decode_param(name, value) for name, value in raw.items()}, parts


def check_text(text: Any, limit: int = TEXT_LIMIT) -> str:
    """Message text: not blank, at most ``limit`` characters (code points, not UTF-16 units)."""
    if not isinstance(text, str) or not text.strip():
        raise bad_request("message text is empty")
    if len(text) > limit:
        raise bad_request("message is too long")
    return text


def check_entities(text: str, entities: Any) -> list[JSON]:
    """Entities must be a list of objects inside the text (UTF-16 offsets)."""
    if entities is None:
        return []
    if not isinstance(entities, list):
        raise bad_request("can't parse entities: expected an Array")
    size = utf16_len(text)
    for entity in entities:
        offset, length = entity.get("offset"), entity.get("length")
        if not isinstance(offset, int) or not isinstance(length, int) or length <= 0:
            raise bad_request("can't parse entities: wrong offset or length")
        if offset < 0 or offset + length > size:
            raise bad_request("can't parse entities: entity beyond the end of text")
    return list(entities)


def reply_target(state: BotState, chat: TgChat, params: JSON) -> int | None:
    reply = params.get("reply_parameters") or {}
    target = reply.get("message_id", params.get("reply_to_message_id"))
    if target is None:
        return None
    if state.message(chat.id, int(target)) is None:
        if reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return int(target)


def thread_for(state: BotState, chat: TgChat, params: JSON, reply_to: int | None) -> int | None:
    thread = params.get("message_thread_id")
    if thread is None and reply_to is not None:
        return state.messages[chat.id][reply_to].thread_id
    if thread is None or not chat.is_forum:
        return None
    topic = state.messages[chat.id].get(int(thread))
    if topic is None or "forum_topic_created" not in topic.extra:
        raise bad_request("message thread not found")
    return int(thread)


def new_bot_message(state: BotState, params: JSON, **fields: Any) -> StoredMessage:
    chat = state.chat(params.get("chat_id"))
    reply_to = reply_target(state, chat, params)
    thread = thread_for(state, chat, params, reply_to)
    return state.new_message(
        chat,
        state.bot,
        reply_to=reply_to,
        thread_id=thread,
        reply_markup=params.get("reply_markup"),
        **fields,
    )


def send_message(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    text = check_text(params.get("text"))
    entities = check_entities(text, params.get("entities"))
    msg = new_bot_message(state, params, text=text, entities=entities)
    return public(state, msg)


def public(state: BotState, msg: StoredMessage) -> JSON:
    return state.message_to_dict(msg)


def editable(state: BotState, params: JSON, not_found: str) -> StoredMessage:
    if params.get("inline_message_id"):
        raise bad_request("inline messages are not supported by this server")
    chat = state.chat(params.get("chat_id"))
    msg = state.message(chat.id, int(params.get("message_id") or 0))
    if msg is None:
        raise bad_request(not_found)
    if not msg.from_bot:
        raise bad_request("message can't be edited")
    return msg


def apply_edit(msg: StoredMessage, text: str, entities: list[JSON], markup: Any) -> None:
    if text == msg.content and entities == msg.entities and markup == msg.reply_markup:
        raise bad_request(NOT_MODIFIED)
    if msg.text is not None:
        msg.text = text
    else:
        msg.caption = text
    msg.entities = entities
    msg.reply_markup = markup
    msg.edits.append(Edit(at=now(), text=text, entities=tuple(entities)))


def edit_message_text(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    msg = editable(state, params, "message to edit not found")
    if msg.text is None:
        raise bad_request("there is no text in the message to edit")
    text = check_text(params.get("text"))
    apply_edit(msg, text, check_entities(text, params.get("entities")), params.get("reply_markup"))
    return public(state, msg)


def edit_message_caption(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    msg = editable(state, params, "message to edit not found")
    if msg.text is not None:
        raise bad_request("there is no caption in the message to edit")
    text = str(params.get("caption") or "")
    entities = check_entities(text, params.get("caption_entities"))
    apply_edit(msg, text, entities, params.get("reply_markup"))
    return public(state, msg)


def delete_message(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    chat = state.chat(params.get("chat_id"))
    msg = state.message(chat.id, int(params.get("message_id") or 0))
    if msg is None:
        raise bad_request("message to delete not found")
    msg.deleted = True
    return True


def send_chat_action(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    state.chat(params.get("chat_id"))
    if params.get("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


def get_me(state: BotState, _params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    return {
        **state.bot.to_dict(),
        "can_join_groups": True,
        "can_read_all_group_messages": state.can_read_all_group_messages,
        "supports_inline_queries": False,
    }


def set_webhook(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    url = str(params.get("url") or "")
    if url and not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    state.webhook.url = url
    state.webhook.secret_token = params.get("secret_token")
    state.webhook.allowed_updates = params.get("allowed_updates")
    state.webhook.max_connections = int(params.get("max_connections") or 40)
    if params.get("drop_pending_updates"):
        state.drop_pending()
    return True


def delete_webhook(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    state.webhook.url = ""
    state.webhook.secret_token = None
    if params.get("drop_pending_updates"):
        state.drop_pending()
    return True


def get_webhook_info(state: BotState, _params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    info: JSON = {
        "url": state.webhook.url,
        "has_custom_certificate": False,
        "pending_update_count": len(state.queue),
    }
    if state.webhook.url:
        info["max_connections"] = state.webhook.max_connections
        if state.webhook.allowed_updates:
            info["allowed_updates"] = state.webhook.allowed_updates
    return info


def commands_key(params: JSON) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


def set_my_commands(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    commands = params.get("commands")
    if not isinstance(commands, list):
        raise bad_request('parameter "commands" is required')
    for command in commands:
        name = str(command.get("command", ""))
        if not 1 <= len(name) <= 32 or not name.replace("_", "").isalnum() or name.lower() != name:
            raise bad_request("BOT_COMMAND_INVALID")
    state.commands[commands_key(params)] = commands
    return True


def get_my_commands(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> list[JSON]:
    return state.commands.get(commands_key(params), [])


def delete_my_commands(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> bool:
    state.commands.pop(commands_key(params), None)
    return True


def answer_callback_query(_s: BotState, _p: JSON, _f: dict[str, UploadedFile]) -> bool:
    return True


HANDLERS: dict[str, Handler] = {
    "getme": get_me,
    "sendmessage": send_message,
    "editmessagetext": edit_message_text,
    "editmessagecaption": edit_message_caption,
    "deletemessage": delete_message,
    "sendchataction": send_chat_action,
    "setwebhook": set_webhook,
    "deletewebhook": delete_webhook,
    "getwebhookinfo": get_webhook_info,
    "setmycommands": set_my_commands,
    "getmycommands": get_my_commands,
    "deletemycommands": delete_my_commands,
    "answercallbackquery": answer_callback_query,
}
