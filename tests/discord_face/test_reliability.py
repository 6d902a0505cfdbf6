"""Nothing lost, nothing twice: replays, fresh IDENTIFY back-fill, restarts, 429s, 4014."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from tests.discord_face.harness import muse_on_fake, start_muse
from tests.fakes.fake_discord_client import running
from tests.fakes.fake_discord_events import announce_create

pytestmark = pytest.mark.timeout(40)


async def test_replayed_message_create_is_answered_once(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        message = fake.inject_dm(fake.alice, "only once please")
        announce_create(fake.gateway, message)  # Discord sends the same message again
        await muse.wait_replies(dm.id)
        announce_create(fake.gateway, message)  # and again, after the answer
        await muse.settle(0.5)
        assert [m.content for m in muse.replies(dm.id)] == ["You said: only once please"]


async def test_resume_replays_missed_events_and_each_is_answered_once(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.bob)
        fake.inject_dm(fake.bob, "before the drop")
        await muse.wait_replies(dm.id)
        await fake.drop_connection()
        fake.inject_dm(fake.bob, "while away")
        await fake.wait_for(lambda: bool(fake.logins_of("resume")), timeout=10)
        await muse.wait_replies(dm.id, 2, timeout=10)
        await muse.settle(0.5)
        assert [m.content for m in muse.replies(dm.id)] == [
            "You said: before the drop", "You said: while away"]
        assert len(fake.logins_of("identify")) == 1


async def test_fresh_identify_after_a_gap_is_back_filled(data_dir: Path) -> None:
    async with muse_on_fake(data_dir, identify_delay_s=0.5) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.inject_dm(fake.alice, "hello")
        fake.inject_guild_message(fake.bob, "hi there", mention_bot=True)
        await muse.wait_replies(dm.id)
        await muse.wait_replies(fake.general.id)
        await muse.idle()
        readies = muse.face.readies
        await fake.invalidate_session()  # no RESUME: nothing will be replayed
        await asyncio.sleep(0.1)
        fake.inject_dm(fake.alice, "missed one")
        fake.inject_guild_message(fake.bob, "missed mention", mention_bot=True)
        fake.inject_guild_message(fake.bob, "chatter not for Muse")
        await fake.wait_for(lambda: len(fake.logins_of("identify")) == 2, timeout=10)
        await fake.wait_for(lambda: muse.face.readies > readies, timeout=10)
        await muse.wait_replies(dm.id, 2)
        await muse.wait_replies(fake.general.id, 2)
        await muse.settle(0.5)
        assert [m.content for m in muse.replies(dm.id)] == [
            "You said: hello", "You said: missed one"]
        assert [m.content for m in muse.replies(fake.general.id)] == [
            "You said: hi there", "You said: missed mention"]
        assert muse.face.backfilled == 2


async def test_restart_back_fills_what_came_while_muse_was_down(data_dir: Path) -> None:
    async with running() as fake:
        muse = await start_muse(fake, data_dir)
        dm = fake.dm_channel(fake.alice)
        try:
            fake.inject_dm(fake.alice, "first")
            await muse.wait_replies(dm.id)
            await muse.idle()
        finally:
            await muse.close()
            await muse.app.close()
        fake.inject_dm(fake.alice, "sent while Muse was down")
        muse = await start_muse(fake, data_dir)
        try:
            await muse.wait_replies(dm.id, 2)
            await muse.settle(0.5)
        finally:
            await muse.close()
            await muse.app.close()
        assert [m.content for m in fake.bot_messages(dm.id)] == [
            "You said: first", "You said: sent while Muse was down"]


async def test_429_is_recovered_without_losing_the_reply(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.alice)
        fake.fail_next(2, retry_after=0.3, route="create_message")
        fake.inject_dm(fake.alice, "through the limit")
        await muse.wait_replies(dm.id)
        await muse.settle(0.3)
        assert [m.content for m in muse.replies(dm.id)] == ["You said: through the limit"]
        assert len(fake.retries) == 2
        for retry in fake.retries:
            assert retry.waited is not None and retry.waited >= retry.retry_after


async def test_bucket_limits_pace_a_burst_with_nothing_lost(data_dir: Path) -> None:
    options = {"rate_limits": {"create_message": (3, 0.5)}}
    async with muse_on_fake(data_dir, fake_options=options) as muse:
        fake = muse.fake
        for i in range(6):
            fake.inject_guild_message(fake.alice, f"burst {i}", mention_bot=True)
        await muse.wait_replies(fake.general.id, 6, timeout=15)
        assert [m.content for m in muse.replies(fake.general.id)] == [
            f"You said: burst {i}" for i in range(6)]
        assert all(c.status == 200 for c in fake.calls_named("create_message"))


async def test_missing_message_content_intent_reconnects_without_it(
    data_dir: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="muse.discord")
    options = {"reject_message_content_intent": True}
    async with muse_on_fake(data_dir, fake_options=options) as muse:
        fake = muse.fake
        identify = fake.logins_of("identify")
        assert len(identify) == 1 and identify[0].intents is not None
        assert not identify[0].intents & (1 << 15)
        fake.inject_dm(fake.alice, "still here?")
        fake.inject_guild_message(fake.bob, "mentioned", mention_bot=True)
        await muse.wait_replies(fake.dm_channel(fake.alice).id)
        await muse.wait_replies(fake.general.id)
        notes = [r for r in caplog.records if "message-content intent" in r.getMessage()]
        assert len(notes) == 1


async def test_busy_outbox_pump_never_sends_a_reply_twice(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        users = [fake.add_user(f"user{i}") for i in range(10)]

        async def poke() -> None:
            while True:
                muse.app.engine.notices.set()  # wakes the outbox pump
                await asyncio.sleep(0.005)

        poker = asyncio.create_task(poke())
        try:
            for i in range(60):
                fake.inject_dm(users[i % 10], f"burst {i}")
            await fake.wait_for(lambda: fake.counts().get("create_message", 0) >= 60, 20)
            await muse.settle(0.5)
        finally:
            poker.cancel()
        for user in users:
            texts = [m.content for m in muse.replies(fake.dm_channel(user).id)]
            assert len(texts) == 6, texts
        assert fake.counts()["create_message"] == 60


async def test_429_escaping_discord_py_is_retried_by_the_delivery_layer(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        dm = fake.dm_channel(fake.bob)
        fake.fail_next(7, retry_after=0.05, route="create_message")  # discord.py tries 5
        fake.inject_dm(fake.bob, "persistent")
        await muse.wait_replies(dm.id, timeout=15)
        await muse.settle(0.3)
        assert [m.content for m in muse.replies(dm.id)] == ["You said: persistent"]
        statuses = [c.status for c in fake.calls_named("create_message")]
        assert statuses == [429] * 7 + [200]


async def test_persisted_but_unanswered_message_is_answered_once_after_restart(
    data_dir: Path,
) -> None:
    from core.messages import Address, ChatKind, IncomingMessage, Sender, TextPart
    from tests.helpers import make_app

    async with running() as fake:
        dm = fake.dm_channel(fake.alice)
        message = fake.inject_dm(fake.alice, "persisted before a crash")  # nobody connected
        app = await make_app(data_dir)
        address = Address(platform="discord", chat_kind=ChatKind.DM, chat_id=str(dm.id),
                          user_id=str(fake.alice.id), bot_account=str(fake.bot.id))
        incoming = IncomingMessage(str(message.id), address, Sender(str(fake.alice.id), "Alice"),
                                   (TextPart("persisted before a crash"),))
        assert await app.engine.receive(incoming)
        await app.close()
        muse = await start_muse(fake, data_dir)
        try:
            await muse.wait_replies(dm.id)
            await muse.settle(0.5)
        finally:
            await muse.close()
            await muse.app.close()
        assert [m.content for m in fake.bot_messages(dm.id)] == [
            "You said: persisted before a crash"]
