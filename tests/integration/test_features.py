"""All features through the engine, as `muse run` wires them: exact tools, the builder,
memory, and privacy by context between them."""

from __future__ import annotations

from pathlib import Path

from core.messages import Attachment, ChatKind, Final
from tests.helpers import collect, make_app, message


async def test_features_answer_through_the_engine(data_dir: Path) -> None:
    app = await make_app(data_dir, features=True, quotas={"messages_per_minute": 1000})
    try:
        events = await collect(app.engine.handle(message("What is 17*23?")))
        final = [e for e in events if isinstance(e, Final)][-1]
        assert "391" in final.text

        events = await collect(app.engine.handle(message("make a snake game for my kid")))
        html = [e for e in events if isinstance(e, Attachment) and e.kind == "html"]
        assert html and b"<canvas" in html[0].data
        assert "/trace" in (await _text(app, "/help"))

        await _text(app, "I live in Lisbon and my name is Ana.")
        assert "Lisbon" in await _text(app, "Where do I live?")
        # In a group, nothing learned privately is revealed, even when asked directly.
        group = await _text(app, "Where do I live?", kind=ChatKind.GROUP, chat="g1")
        assert "Lisbon" not in group
    finally:
        await app.close()


async def _text(app: object, text: str, kind: ChatKind = ChatKind.DM,
                chat: str | None = None) -> str:
    events = await collect(app.engine.handle(  # type: ignore[attr-defined]
        message(text, kind=kind, chat=chat)))
    return " ".join(e.text for e in events if isinstance(e, Final))
