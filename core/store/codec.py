"""JSON for stored messages and addresses. Raw media bytes are never written here."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from core.messages import (
    Address,
    ChatKind,
    FilePart,
    ImagePart,
    IncomingMessage,
    MentionPart,
    Part,
    ReplyRef,
    Sender,
    TextPart,
)


def address_to_dict(address: Address) -> dict[str, Any]:
    return {
        "platform": address.platform, "workspace": address.workspace,
        "chat_kind": address.chat_kind.value, "chat_id": address.chat_id,
        "thread_id": address.thread_id, "user_id": address.user_id,
        "bot_account": address.bot_account,
    }


def address_from_dict(data: dict[str, Any]) -> Address:
    return Address(
        platform=data["platform"], workspace=data["workspace"],
        chat_kind=ChatKind(data["chat_kind"]), chat_id=data["chat_id"],
        thread_id=data["thread_id"], user_id=data["user_id"],
        bot_account=data["bot_account"],
    )


def dump_address(address: Address) -> str:
    return json.dumps(address_to_dict(address))


def load_address(text: str) -> Address:
    return address_from_dict(json.loads(text))


def _part_to_dict(part: Part) -> dict[str, Any]:
    if isinstance(part, TextPart):
        return {"type": "text", "text": part.text}
    if isinstance(part, ImagePart):
        return {"type": "image", "filename": part.filename, "size": len(part.data),
                "file_id": part.platform_file_id}
    if isinstance(part, FilePart):
        return {"type": "file", "filename": part.filename, "size": part.size,
                "mime_type": part.mime_type, "file_id": part.platform_file_id}
    if isinstance(part, MentionPart):
        return {"type": "mention", "user_id": part.user_id, "display_name": part.display_name}
    return {"type": "reply", "message_id": part.message_id, "quoted_text": part.quoted_text,
            "to_bot": part.to_bot}


def _part_from_dict(data: dict[str, Any]) -> Part | None:
    kind = data["type"]
    if kind == "text":
        return TextPart(data["text"])
    if kind == "file":
        return FilePart(filename=data["filename"], size=data["size"],
                        mime_type=data["mime_type"], platform_file_id=data["file_id"])
    if kind == "mention":
        return MentionPart(user_id=data["user_id"], display_name=data["display_name"])
    if kind == "reply":
        return ReplyRef(message_id=data["message_id"], quoted_text=data["quoted_text"],
                        to_bot=data["to_bot"])
    return None  # images come back from the media store, already normalised


def dump_incoming(message: IncomingMessage) -> str:
    return json.dumps({
        "event_id": message.event_id,
        "address": address_to_dict(message.address),
        "sender": {"user_id": message.sender.user_id,
                   "display_name": message.sender.display_name,
                   "is_bot": message.sender.is_bot},
        "parts": [_part_to_dict(p) for p in message.parts],
        "addressed": message.addressed,
        "timestamp": message.timestamp.isoformat(),
    })


def load_incoming(text: str, images: tuple[ImagePart, ...] = ()) -> IncomingMessage:
    data = json.loads(text)
    parts = [p for p in (_part_from_dict(d) for d in data["parts"]) if p is not None]
    return IncomingMessage(
        event_id=data["event_id"],
        address=address_from_dict(data["address"]),
        sender=Sender(**data["sender"]),
        parts=(*parts, *images),
        addressed=data["addressed"],
        timestamp=datetime.fromisoformat(data["timestamp"]),
    )
