"""Small builders for tests."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from typing import Any

from config import load_settings
from config.settings import Settings
from core.app import App, build_app
from core.messages import (
    Address,
    ChatKind,
    Final,
    ImagePart,
    IncomingMessage,
    Part,
    ReplyEvent,
    Sender,
    TextPart,
)
from core.models.scripted import ScriptedBackend

_ids = itertools.count(1)


def settings(data_dir: Any, **overrides: Any) -> Settings:
    return load_settings(data_dir=data_dir, **overrides)


async def make_app(data_dir: Any, backend: ScriptedBackend | None = None,
                   features: bool = False, **overrides: Any) -> App:
    """An App on ``data_dir`` with the scripted backend; ``features`` adds memory and the
    builder (as in production)."""
    return await build_app(settings(data_dir, **overrides), backend or ScriptedBackend(),
                           skills=None if features else ())


def message(text: str = "hello", *, user: str = "u1", chat: str | None = None,
            kind: ChatKind = ChatKind.DM, platform: str = "test", event_id: str | None = None,
            addressed: bool = True, images: tuple[bytes, ...] = (), name: str = "Ana",
            workspace: str = "", thread: str | None = None,
            extra: tuple[Part, ...] = ()) -> IncomingMessage:
    parts: list[Part] = [TextPart(text)] if text else []
    parts += [ImagePart(data=i, filename=f"img{n}.png") for n, i in enumerate(images)]
    return IncomingMessage(
        event_id=event_id or f"e{next(_ids)}",
        address=Address(platform=platform, chat_kind=kind, chat_id=chat or f"chat-{user}",
                        user_id=user, workspace=workspace, thread_id=thread,
                        bot_account="bot"),
        sender=Sender(user_id=user, display_name=name),
        parts=(*parts, *extra),
        addressed=addressed,
    )


async def collect(events: AsyncIterator[ReplyEvent]) -> list[ReplyEvent]:
    return [ev async for ev in events]


async def final_text(app: App, msg: IncomingMessage) -> str | None:
    events = await collect(app.engine.handle(msg))
    finals = [e for e in events if isinstance(e, Final)]
    return finals[-1].text if finals else None
