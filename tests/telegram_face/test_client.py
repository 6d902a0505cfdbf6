"""The delivery client against the fake: errors mapped the way the delivery layer needs."""

from __future__ import annotations

import datetime as dtm

import pytest
from pydantic import SecretStr
from telegram.error import RetryAfter

from bots.delivery import Chunk, DeliveryFailed, RateLimited
from bots.telegram import make_bot
from bots.telegram_client import TelegramClient, retry_seconds
from config.settings import TelegramSettings
from core.messages import Address, Attachment, ChatKind
from tests.fakes.fake_telegram import FakeTelegram, TgChat, TgUser
from tests.telegram_face.test_media import solid

ANA = TgUser(1001, "Ana")
BEN = TgUser(1002, "Ben")


def address(user: TgUser, chat: int | None = None) -> Address:
    kind = ChatKind.DM if chat is None else ChatKind.GROUP
    return Address("telegram", kind, str(chat or user.id), str(user.id), bot_account="1")


async def test_client_maps_telegram_answers_to_delivery_errors() -> None:
    async with FakeTelegram() as fake:
        fake.add_chat(TgChat.private(ANA))
        settings = TelegramSettings(bot_token=SecretStr(fake.token), api_base=fake.base_url)
        async with make_bot(settings) as bot:
            client = TelegramClient(bot)
            ref = await client.send_text(address(ANA), Chunk("hello"))
            await client.edit_text(address(ANA), ref, Chunk("hello"))  # not modified: fine
            fake.fail_next(1, method="sendMessage", retry_after=3)
            with pytest.raises(RateLimited) as limited:
                await client.send_text(address(ANA), Chunk("again"))
            assert limited.value.retry_after == 3.0
            with pytest.raises(DeliveryFailed) as failed:
                await client.send_text(address(BEN, chat=-77), Chunk("nobody here"))
            assert failed.value.permanent
            photo = Attachment("image", "red.png", solid((200, 0, 0), "PNG"), "image/png",
                               caption="**red**")
            assert await client.send_file(address(ANA), photo) is not None
            doc = Attachment("file", "data.csv", b"a,b\n1,2\n", "text/csv")
            assert await client.send_file(address(ANA), doc) is not None
            assert len(fake.calls_to("sendPhoto")) == 1 and len(fake.calls_to("sendDocument")) == 1
            sent = fake.bot_messages(ANA.id)
            assert sent[-2].caption == "red" and sent[-2].entity_texts() == [("bold", "red")]
            # Ben never opened a private chat with Muse: the private answer is refused
            assert not await client.send_private(address(BEN, chat=-77), [Chunk("psst")], ())
            assert await client.send_private(address(ANA, chat=-77), [Chunk("psst")], ())
            assert fake.bot_messages(ANA.id)[-1].text == "psst"


def test_retry_after_in_seconds_or_as_a_timedelta() -> None:
    assert retry_seconds(RetryAfter(3)) == 3.0
    assert retry_seconds(RetryAfter(dtm.timedelta(seconds=2.5))) == 2.5
