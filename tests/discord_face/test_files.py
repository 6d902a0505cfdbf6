"""Files within the server's upload limit read at run time; private answers by DM."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bots.delivery import Delivery
from core.messages import Address, Attachment, ChatKind, Final, PrivateReply, ReplyEvent
from tests.discord_face.harness import Muse, muse_on_fake

pytestmark = pytest.mark.timeout(40)
MB = 1024 * 1024


def channel_address(muse: Muse) -> Address:
    fake = muse.fake
    return Address(platform="discord", chat_kind=ChatKind.CHANNEL, chat_id=str(fake.general.id),
                   user_id=str(fake.alice.id), workspace=str(fake.guild.id),
                   bot_account=muse.face.bot_id)


def delivery(muse: Muse) -> Delivery:
    assert muse.face.dispatcher is not None
    return muse.face.dispatcher.delivery


async def reply(*events: ReplyEvent) -> AsyncIterator[ReplyEvent]:
    for event in events:
        yield event


async def test_files_within_the_limit_are_attached_bigger_ones_linked(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        small = Attachment("image", "chart.png", b"\x89PNG small", "image/png")
        big = Attachment("file", "site.zip", b"\0" * (10 * MB + 1), preview_url="http://p/1")
        await delivery(muse).deliver(channel_address(muse),
                                     reply(small, big, Final("Here you go.")))
        messages = fake.bot_messages(fake.general.id)
        assert [f.filename for m in messages for f in m.attachments] == ["chart.png"]
        assert messages[-1].content.startswith("Here you go.")
        assert "site.zip is too large" in messages[-1].content
        assert "http://p/1" in messages[-1].content
        assert all(c.status != 413 for c in fake.calls)


async def test_upload_limit_is_the_servers_at_run_time(data_dir: Path) -> None:
    async with muse_on_fake(data_dir, fake_options={"premium_tier": 2}) as muse:
        fake = muse.fake
        big = Attachment("file", "data.bin", b"\1" * (12 * MB))
        await delivery(muse).deliver(channel_address(muse), reply(big, Final("Sent.")))
        attached = [f for m in fake.bot_messages(fake.general.id) for f in m.attachments]
        assert [(f.filename, len(f.data)) for f in attached] == [("data.bin", 12 * MB)]


async def test_private_reply_from_a_channel_goes_to_a_dm(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        await delivery(muse).deliver(channel_address(muse), reply(
            PrivateReply("just for you"), Final("I've sent you my answer in a private message.")))
        dm = fake.dm_channel(fake.alice)
        assert [m.content for m in fake.bot_messages(dm.id)] == ["just for you"]
        assert [m.content for m in fake.bot_messages(fake.general.id)] == [
            "I've sent you my answer in a private message."]


async def test_upload_refused_as_too_large_is_linked_instead(data_dir: Path) -> None:
    async with muse_on_fake(data_dir) as muse:
        fake = muse.fake
        fake.fail_next(1, status=413, message="Request entity too large", code=40005,
                       route="create_message")
        chart = Attachment("image", "chart.png", b"\x89PNG", "image/png", preview_url="http://p/2")
        await delivery(muse).deliver(channel_address(muse), reply(chart, Final("Done.")))
        (message,) = fake.bot_messages(fake.general.id)
        assert message.attachments == []
        assert "chart.png is too large" in message.content and "http://p/2" in message.content
