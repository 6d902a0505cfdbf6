"""Streaming, pacing and retry-after against the in-memory platform."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from itertools import pairwise
from pathlib import Path

from bots.delivery import Capabilities, Delivery
from core.messages import (
    Address,
    Attachment,
    ChatKind,
    Final,
    PrivateReply,
    Progress,
    ReplyEvent,
    TextDelta,
)
from tests.fakes.fake_memory_platform import MemoryPlatform
from tests.helpers import make_app

CAPS = Capabilities(max_text=200, dialect="discord", edit_interval_private_s=0.2,
                    edit_interval_group_s=0.5, typing_interval_s=0.1, max_file_bytes=1000)
DM = Address(platform="mem", chat_kind=ChatKind.DM, chat_id="c1", user_id="u1")
GROUP = Address(platform="mem", chat_kind=ChatKind.GROUP, chat_id="g1", user_id="u1")


async def deltas(pieces: list[str], gap: float, final: str | None = None,
                 extra: tuple[ReplyEvent, ...] = ()) -> AsyncIterator[ReplyEvent]:
    for ev in extra:
        yield ev
        await asyncio.sleep(0.05)
    for piece in pieces:
        yield TextDelta(piece)
        await asyncio.sleep(gap)
    yield Final("".join(pieces).strip() if final is None else final)


def edit_gaps(platform: MemoryPlatform, chat: str) -> list[float]:
    times = [c.at for c in platform.calls if c.chat == chat and c.method in ("send", "edit")]
    return [b - a for a, b in pairwise(times)]


async def test_streams_by_editing_at_the_private_cadence() -> None:
    platform = MemoryPlatform(CAPS)
    await Delivery(platform, None, "mem", "bot").deliver(
        DM, deltas([f"w{i} " for i in range(30)], 0.03))
    assert platform.chat_text("c1") == [" ".join(f"w{i}" for i in range(30))]
    gaps = edit_gaps(platform, "c1")
    assert len(gaps) >= 3  # streamed, not one message at the end
    assert min(gaps) >= 0.19
    assert platform.calls[0].method == "typing"


async def test_group_cadence_is_slower() -> None:
    platform = MemoryPlatform(CAPS)
    await Delivery(platform, None, "mem", "bot").deliver(
        GROUP, deltas([f"w{i} " for i in range(40)], 0.03))
    gaps = edit_gaps(platform, "g1")
    assert gaps and min(gaps) >= 0.49


async def test_long_stream_continues_in_new_messages_nothing_lost() -> None:
    platform = MemoryPlatform(CAPS)
    words = [f"word{i} " for i in range(200)]
    await Delivery(platform, None, "mem", "bot").deliver(DM, deltas(words, 0.002))
    sent = platform.chat_text("c1")
    assert len(sent) > 5 and all(len(s) <= 200 for s in sent)
    assert "".join(sent) == "".join(words).strip()


async def test_429_storm_recovered_without_early_retry() -> None:
    platform = MemoryPlatform(CAPS, rate_limit_next=4, retry_after=0.3)
    await Delivery(platform, None, "mem", "bot").deliver(
        DM, deltas([f"w{i} " for i in range(20)], 0.02))
    assert platform.early_retries == 0
    assert platform.chat_text("c1") == [" ".join(f"w{i}" for i in range(20))]


async def test_final_replaces_stream_and_progress_shows_first() -> None:
    platform = MemoryPlatform(CAPS)
    events = deltas(["draft"], 0.0, final="**final** answer",
                    extra=(Progress("Solving the equation …"),))
    await Delivery(platform, None, "mem", "bot").deliver(DM, events)
    assert platform.chat_text("c1") == ["**final** answer"]
    assert any("Solving" in c.text for c in platform.calls)


async def test_private_reply_and_pointer_when_dm_impossible() -> None:
    async def events() -> AsyncIterator[ReplyEvent]:
        yield PrivateReply("secret stuff")
        yield Final("I've sent you my answer in a private message.")

    platform = MemoryPlatform(CAPS)
    await Delivery(platform, None, "mem", "bot").deliver(GROUP, events())
    assert platform.private == ["secret stuff"]
    closed = MemoryPlatform(CAPS, allow_private=False)
    await Delivery(closed, None, "mem", "bot").deliver(GROUP, events())
    assert "open a private chat" in closed.chat_text("g1")[0]
    assert "secret" not in closed.chat_text("g1")[0]


async def test_attachment_too_large_becomes_a_link() -> None:
    async def events() -> AsyncIterator[ReplyEvent]:
        yield Attachment("html", "site.html", b"x" * 5000, "text/html",
                         preview_url="http://preview/a/1")
        yield Attachment("image", "chart.png", b"png", "image/png")
        yield Final("Here you go.")

    platform = MemoryPlatform(CAPS)
    await Delivery(platform, None, "mem", "bot").deliver(DM, events())
    assert [f.filename for f in platform.files] == ["chart.png"]
    assert "http://preview/a/1" in platform.chat_text("c1")[0]


async def test_outbox_survives_a_restart_and_is_not_sent_twice(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        await app.store.notice(DM, "you have a link request")
        platform = MemoryPlatform(CAPS, rate_limit_next=1, retry_after=0.2)
        delivery = Delivery(platform, app.store, "mem", "")
        assert await delivery.flush_outbox() == 1
        assert platform.chat_text("c1") == ["you have a link request"]
        assert await delivery.flush_outbox() == 0
        assert platform.early_retries == 0
    finally:
        await app.close()
