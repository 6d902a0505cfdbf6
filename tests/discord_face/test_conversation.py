"""Talking to Muse on Discord: DMs, channels, threads, images, files, long replies."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from PIL import Image

from config.settings import ScriptedSettings
from core.models.scripted import ScriptedBackend
from tests.discord_face.harness import SlowBackend, muse_on_fake
from tests.fakes.fake_discord import FakeFile

pytestmark = pytest.mark.timeout(40)


def fixed(reply: str) -> ScriptedBackend:
    return ScriptedBackend(ScriptedSettings(mode="fixed", reply=reply))


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, format="PNG")
    return out.getvalue()


async def test_dm_is_answered_with_streamed_edits_of_one_message(data_dir: Path) -> None:
    backend = SlowBackend(["Once ", "upon ", "a ", "time."], gap_s=0.6)
    async with muse_on_fake(data_dir, backend) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, "tell me a story")
        await muse.wait_text(dm.id, lambda t: t == "Once upon a time.")
        (reply,) = muse.replies(dm.id)
        (first,) = fake.calls_named("create_message")
        assert first.body["content"].startswith("Once") and first.body["content"] != reply.content
        assert len(reply.edits) >= 1, "the answer was streamed by editing one message"
        assert reply.edits[-1].content == "Once upon a time."
        assert fake.calls_named("typing"), "typing while working"
        edits = [first.ts] + [c.ts for c in fake.calls_named("edit_message")]
        assert all(b - a >= 0.9 for a, b in itertools.pairwise(edits)), "paced edits"
        assert backend.requests[0].messages[-1].content.endswith("tell me a story")


async def test_channel_message_without_mention_is_ignored_with_mention_answered(
    data_dir: Path,
) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        fake.inject_guild_message(fake.alice, "people chatting among themselves")
        await muse.settle()
        assert muse.replies(fake.general.id) == []
        fake.inject_guild_message(fake.alice, "what's up?", mention_bot=True)
        (reply,) = await muse.wait_replies(fake.general.id)
        assert reply.content == "You said: what's up?"


async def test_replying_to_muse_addresses_it(data_dir: Path) -> None:
    backend = ScriptedBackend()
    async with muse_on_fake(data_dir, backend) as muse:
        fake = muse.fake
        fake.inject_guild_message(fake.alice, "first", mention_bot=True)
        (answer,) = await muse.wait_replies(fake.general.id)
        await muse.idle()
        fake.inject_guild_message(fake.bob, "and this?", reply_to=answer.id)
        replies = await muse.wait_replies(fake.general.id, 2)
        assert replies[1].content == "You said: and this?"
        prompt = backend.requests[-1].messages[-1].content
        assert '"You said: first"' in prompt, "the quoted message reaches the core"


async def test_thread_followed_after_a_mention(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        fake.inject_thread_message(fake.alice, "ignored before Muse joins")
        await muse.settle()
        assert muse.replies(fake.thread.id) == []
        fake.inject_thread_message(fake.alice, "hello", mention_bot=True)
        await muse.wait_replies(fake.thread.id)
        await muse.idle()
        fake.inject_thread_message(fake.bob, "a follow-up without a mention")
        replies = await muse.wait_replies(fake.thread.id, 2)
        assert replies[1].content == "You said: a follow-up without a mention"
        assert muse.replies(fake.general.id) == []


async def test_solid_colour_image_is_answered_with_its_colour(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.bob)
        picture = FakeFile("red.png", png((220, 20, 20)), "image/png")
        fake.inject_dm(fake.bob, "what colour is this?", attachments=[picture])
        (reply,) = await muse.wait_replies(dm.id)
        assert "red" in reply.content.lower()


async def test_unsupported_attachment_gets_a_clear_reply(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, attachments=[FakeFile("notes.docx", b"x" * 3000,
                                                         "application/msword")])
        (reply,) = await muse.wait_replies(dm.id)
        assert "notes.docx" in reply.content and "text and images" in reply.content


async def test_long_reply_split_at_2000_with_nothing_lost(data_dir: Path) -> None:
    paragraphs = [f"Paragraph {i}: " + "word " * 60 for i in range(30)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    assert len(text) > 8000
    async with muse_on_fake(data_dir, fixed(text)) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, "write a lot")
        await muse.wait_replies(dm.id, 5)
        await muse.idle()
        parts = [m.content for m in muse.replies(dm.id)]
        assert all(len(p) <= 2000 for p in parts)
        assert "".join(parts) == text


async def test_everyone_in_model_output_pings_nobody(data_dir: Path) -> None:
    text = "@everyone @here <@&123> <@{alice}> look at this"
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        muse.app.backend.settings = ScriptedSettings(  # type: ignore[attr-defined]
            mode="fixed", reply=text.format(alice=fake.alice.id))
        fake.inject_guild_message(fake.bob, "shout", mention_bot=True)
        (reply,) = await muse.wait_replies(fake.general.id)
        assert "@everyone" in reply.content
        for call in fake.calls_named("create_message") + fake.calls_named("edit_message"):
            assert call.body["allowed_mentions"] == {"parse": []}


async def test_bot_messages_are_never_answered(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        fake.inject_guild_message(fake.other_bot, "hey muse", mention_bot=True)
        fake.inject_dm(fake.other_bot, "bot to bot")
        fake.inject_guild_message(fake.alice, "ping", mention_bot=True)
        await muse.wait_replies(fake.general.id)
        await muse.settle()
        assert [m.content for m in muse.replies(fake.general.id)] == ["You said: ping"]
        assert muse.replies(fake.dm_channel(fake.other_bot).id) == []
        assert fake.counts().get("create_message") == 1


async def test_edits_are_not_answered_again_and_deletions_reach_the_core(
    data_dir: Path,
) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        sent = fake.inject_dm(fake.alice, "my secret plan")
        await muse.wait_replies(dm.id)
        await muse.idle()

        async def history() -> list[str]:
            return [t for _, t in await muse.app.store.history(1)]

        assert "my secret plan" in await history()
        edits_before = len(fake.calls_named("edit_message"))
        fake.inject_edit(sent.id, "my edited plan")
        await muse.settle(0.5)
        assert len(muse.replies(dm.id)) == 1
        assert len(fake.calls_named("edit_message")) == edits_before
        fake.inject_delete(sent.id)
        for _ in range(100):
            if not await history():
                break
            await muse.settle(0.05)
        assert await history() == []


def noise_png(size: int) -> bytes:
    import os

    out = io.BytesIO()
    Image.frombytes("RGB", (size, size), os.urandom(size * size * 3)).save(out, format="PNG")
    return out.getvalue()


async def test_large_image_is_downloaded_whole(data_dir: Path) -> None:
    picture = noise_png(400)
    assert len(picture) > 300_000
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, "how big is it?",
                       attachments=[FakeFile("noise.png", picture, "image/png")])
        (reply,) = await muse.wait_replies(dm.id)
        assert "400×400" in reply.content


async def test_image_over_the_gate_limit_gets_a_clear_reply(data_dir: Path) -> None:
    picture = noise_png(300)
    async with muse_on_fake(data_dir, engine={"max_image_bytes": 100_000}) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, attachments=[FakeFile("big.png", picture, "image/png")])
        (reply,) = await muse.wait_replies(dm.id)
        assert "too large" in reply.content


async def test_streaming_past_2000_continues_in_a_new_message(data_dir: Path) -> None:
    pieces = [f"Part {i}: " + "lorem ipsum " * 70 + "\n\n" for i in range(4)]
    backend = SlowBackend(pieces, gap_s=0.5)
    async with muse_on_fake(data_dir, backend) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, "stream a lot")
        await muse.wait_replies(dm.id, 2)
        await muse.idle()
        replies = muse.replies(dm.id)
        assert len(replies) == 2 and all(len(m.content) <= 2000 for m in replies)
        assert replies[0].edits, "the first message grew by edits before the second began"
        assert "".join(m.content for m in replies) == "".join(pieces).strip()
