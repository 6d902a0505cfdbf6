"""The real python-telegram-bot client against the fake Telegram Bot API server."""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    InputFile,
    InputMediaPhoto,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter, ApplicationBuilder, MessageHandler, filters

from tests.fakes.fake_telegram import DEFAULT_TOKEN, FakeTelegram, RateLimits, TgChat, TgUser

pytestmark = pytest.mark.timeout(20)

ADA = TgUser(1001, "Ada", username="ada")
BOB = TgUser(1002, "Bob")
GROUP = TgChat.group(-4001, "Friends")
FORUM = TgChat.supergroup(-1004002, "Team", is_forum=True)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx (under PTB) honours proxy variables; traffic here stays on 127.0.0.1."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.api_url, base_file_url=fake.file_url) as client:
        yield client


@asynccontextmanager
async def polling(fake: FakeTelegram, received: list[Message]) -> AsyncIterator[None]:
    """A PTB application polling the fake; every message lands in ``received``."""

    async def collect(update: Update, _context: object) -> None:
        assert update.effective_message is not None
        received.append(update.effective_message)

    builder = ApplicationBuilder().token(fake.token).base_url(fake.api_url)
    app = builder.base_file_url(fake.file_url).build()
    app.add_handler(MessageHandler(filters.ALL, collect))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield
        finally:
            await app.updater.stop()
            await app.stop()


# -- outbound calls -------------------------------------------------------------


async def test_get_me_and_privacy_flag(fake: FakeTelegram, bot: Bot) -> None:
    assert bot.username == "muse_test_bot"
    assert bot.id == fake.bot_user.id
    me = await bot.get_me()
    assert me.can_read_all_group_messages is False
    fake.can_read_all_group_messages = True
    assert (await bot.get_me()).can_read_all_group_messages is True


async def test_wrong_token_and_unknown_method(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("42:wrong", base_url=fake.api_url) as other:
            await other.get_me()
    with pytest.raises(BadRequest):
        await bot.do_api_request("noSuchMethod", api_kwargs={"x": 1})
    assert [c.status for c in fake.calls_to("noSuchMethod")] == [400]


async def test_send_message_with_entities_reply_and_thread(fake: FakeTelegram, bot: Bot) -> None:
    inbound = fake.inject_private(ADA, "hello")
    entity = MessageEntity(MessageEntity.BOLD, offset=3, length=2)
    sent = await bot.send_message(
        ADA.id, "hé 🙂 **", entities=[entity], reply_parameters=ReplyParameters(inbound.message_id)
    )
    assert sent.reply_to_message is not None and sent.reply_to_message.text == "hello"
    stored = fake.bot_messages(ADA.id)[0]
    assert stored.message_id == sent.message_id == inbound.message_id + 1
    assert stored.entity_texts() == [("bold", "🙂")]
    assert fake.calls_to("sendMessage")[0].params["chat_id"] == ADA.id
    topic = fake.create_topic(FORUM, "Ideas")
    in_topic = await bot.send_message(FORUM.id, "in topic", message_thread_id=topic)
    assert in_topic.message_thread_id == topic and in_topic.is_topic_message
    with pytest.raises(BadRequest, match=r"(?i)thread not found"):
        await bot.send_message(FORUM.id, "x", message_thread_id=999)
    with pytest.raises(BadRequest, match=r"(?i)replied not found"):
        await bot.send_message(ADA.id, "x", reply_parameters=ReplyParameters(999))
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(777, "x")


async def test_limits_and_entity_bounds(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(TgChat.private(ADA))
    await bot.send_message(ADA.id, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)too long"):
        await bot.send_message(ADA.id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)empty"):
        await bot.send_message(ADA.id, " ")
    with pytest.raises(BadRequest, match=r"(?i)entities"):
        await bot.send_message(ADA.id, "🙂", entities=[MessageEntity("bold", 1, 2)])


async def test_edit_delete_and_not_modified(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(TgChat.private(ADA))
    sent = await bot.send_message(ADA.id, "…")
    await bot.edit_message_text("first", chat_id=ADA.id, message_id=sent.message_id)
    bold = [MessageEntity("bold", 0, 5)]
    await bot.edit_message_text("first", ADA.id, sent.message_id, entities=bold)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("first", ADA.id, sent.message_id, entities=bold)
    stored = fake.bot_messages(ADA.id)[0]
    assert [e.text for e in stored.edits] == ["first", "first"]
    assert stored.text == "first" and stored.entity_texts() == [("bold", "first")]
    user_msg = fake.inject_private(ADA, "mine")
    with pytest.raises(BadRequest, match=r"(?i)can't be edited"):
        await bot.edit_message_text("x", ADA.id, user_msg.message_id)
    assert await bot.send_chat_action(ADA.id, "typing")
    assert await bot.delete_message(ADA.id, sent.message_id)
    assert fake.bot_messages(ADA.id) == []
    with pytest.raises(BadRequest, match=r"(?i)not found"):
        await bot.delete_message(ADA.id, sent.message_id)


async def test_uploads_are_stored_and_downloadable(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(TgChat.private(ADA))
    photo = await bot.send_photo(ADA.id, PNG, caption="a chart")
    doc = await bot.send_document(
        ADA.id, InputFile(b"col\n1\n", filename="data.csv"), caption="the data"
    )
    assert photo.caption == "a chart" and photo.photo
    assert doc.document is not None and doc.document.file_name == "data.csv"
    stored = fake.bot_messages(ADA.id)
    assert [m.files[0].data for m in stored] == [PNG, b"col\n1\n"]
    assert stored[1].files[0].filename == "data.csv"
    file = await bot.get_file(photo.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == PNG
    assert len(fake.downloads) == 1
    assert file.file_path == f"{fake.file_url}{fake.token}/{fake.downloads[0][0]}"
    again = await bot.send_photo(ADA.id, photo.photo[-1].file_id)
    assert fake.bot_messages(ADA.id)[-1].files[0].data == PNG and again.photo


async def test_blocked_bot_and_oversized_download(fake: FakeTelegram, bot: Bot) -> None:
    big = fake.inject_document(TgChat.private(ADA), ADA, bytes(20 * 1024 * 1024 + 1))
    document = big.update["message"]["document"]
    assert document["file_size"] == 20 * 1024 * 1024 + 1
    with pytest.raises(BadRequest, match=r"(?i)file is too big"):
        await bot.get_file(document["file_id"])
    fake.block_bot(ADA.id)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(ADA.id, "anyone there?")
    fake.block_bot(ADA.id, blocked=False)
    assert (await bot.send_message(ADA.id, "back")).text == "back"


async def test_albums_and_caption_limit(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(TgChat.private(ADA))
    album = await bot.send_media_group(
        ADA.id, [InputMediaPhoto(PNG, caption="one"), InputMediaPhoto(PNG + b"2")]
    )
    assert len({m.media_group_id for m in album}) == 1 and album[0].caption == "one"
    assert [m.files[0].data for m in fake.bot_messages(ADA.id)] == [PNG, PNG + b"2"]
    with pytest.raises(BadRequest, match=r"(?i)caption is too long"):
        await bot.send_photo(ADA.id, PNG, caption="x" * 1025)


async def test_commands_and_webhook_info(bot: Bot) -> None:
    assert await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert await bot.get_my_commands(language_code="de") == ()
    assert await bot.set_webhook("https://example.invalid/hook", secret_token="s")
    info = await bot.get_webhook_info()
    assert info.url == "https://example.invalid/hook"
    with pytest.raises(Conflict):
        await bot.get_updates(timeout=0)
    assert await bot.delete_webhook()
    assert (await bot.get_webhook_info()).url == ""


# -- getUpdates -----------------------------------------------------------------


def texts(update: Update) -> str | None:
    assert update.message is not None
    return update.message.text


async def test_get_updates_offset_limit_and_redelivery(fake: FakeTelegram, bot: Bot) -> None:
    first = fake.inject_private(ADA, "one")
    fake.inject_private(BOB, "two")
    assert [texts(u) for u in await bot.get_updates(limit=1, timeout=0)] == ["one"]
    # not confirmed yet: offered again
    batch = await bot.get_updates(timeout=0)
    assert [u.update_id for u in batch] == [first.update_id, first.update_id + 1]
    assert await bot.get_updates(offset=batch[-1].update_id + 1, timeout=0) == ()
    fake.redeliver(first.update_id)
    again = await bot.get_updates(offset=batch[-1].update_id + 1, timeout=0)
    assert [u.update_id for u in again] == [first.update_id]
    assert await bot.get_updates(offset=batch[-1].update_id + 1, timeout=0) == ()


async def test_long_poll_answers_as_soon_as_an_update_exists(fake: FakeTelegram, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await fake.wait_for(lambda: fake.waiting_polls == 1)
    started = time.monotonic()
    fake.inject_private(ADA, "ping")
    updates = await asyncio.wait_for(poll, 2)
    assert texts(updates[0]) == "ping" and time.monotonic() - started < 1


async def test_allowed_updates_and_concurrent_poll_conflict(fake: FakeTelegram, bot: Bot) -> None:
    original = fake.inject_private(ADA, "x")
    fake.inject_edit(ADA.id, original.message_id, "x, edited")
    updates = await bot.get_updates(timeout=0, allowed_updates=["edited_message"])
    assert [u.edited_message.text for u in updates if u.edited_message] == ["x, edited"]
    assert fake.pending_updates()[0]["update_id"] == original.update_id + 1
    offset = updates[-1].update_id + 1
    async with Bot(fake.token, base_url=fake.api_url) as second_instance:
        old = asyncio.create_task(second_instance.get_updates(offset=offset, timeout=3))
        await fake.wait_for(lambda: fake.waiting_polls == 1)
        assert await bot.get_updates(offset=offset, timeout=0) == ()
        with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
            await old


# -- inbound updates through PTB polling ---------------------------------------


async def test_polling_receives_every_kind_of_message(fake: FakeTelegram) -> None:
    received: list[Message] = []
    async with polling(fake, received):
        hello = fake.inject_private(ADA, "hello")
        fake.inject_text(GROUP, BOB, "hi bot", mention_bot=True, reply_to=None)
        assert not fake.inject_text(GROUP, BOB, "just chatting").delivered
        topic = fake.create_topic(FORUM, "Ideas")
        fake.inject_text(FORUM, BOB, "/ask@muse_test_bot in topic", thread_id=topic)
        fake.inject_photo(TgChat.private(ADA), ADA, PNG, caption="look")
        fake.inject_document(
            GROUP, ADA, PNG, file_name="x.png", mime_type="image/png", caption="@muse_test_bot file"
        )
        fake.inject_album(TgChat.private(ADA), ADA, [PNG, PNG + b"2"], caption="trip")
        fake.inject_text(TgChat.private(ADA), ADA, "answer me", reply_to=hello.message_id)
        await fake.wait_for(lambda: len(received) == 8, timeout=5)
        photo_file = await received[3].photo[-1].get_file()
        album_file = await received[6].photo[0].get_file()
        assert bytes(await photo_file.download_as_bytearray()) == PNG
        assert bytes(await album_file.download_as_bytearray()) == PNG + b"2"
    private, group, in_topic, photo, doc, album1, album2, reply = received
    assert private.text == "hello" and private.chat.type == "private"
    assert private.from_user is not None and private.from_user.username == "ada"
    assert group.parse_entities() == {group.entities[0]: "@muse_test_bot"}
    assert group.chat.id == GROUP.id and group.chat.type == "group"
    assert in_topic.is_topic_message and in_topic.message_thread_id == topic
    assert in_topic.parse_entities([MessageEntity.BOT_COMMAND]).popitem()[1] == "/ask@muse_test_bot"
    assert in_topic.reply_to_message is not None
    assert in_topic.reply_to_message.forum_topic_created is not None
    assert photo.caption == "look" and len(photo.photo) == 3
    assert photo.photo[-1].width > photo.photo[0].width
    assert doc.document is not None and doc.document.mime_type == "image/png"
    assert doc.parse_caption_entities() == {doc.caption_entities[0]: "@muse_test_bot"}
    assert album1.media_group_id == album2.media_group_id is not None
    assert album1.caption == "trip" and album2.caption is None
    assert reply.reply_to_message is not None and reply.reply_to_message.text == "hello"


async def test_duplicate_delivery_reaches_the_handler_twice(fake: FakeTelegram) -> None:
    received: list[Message] = []
    async with polling(fake, received):
        inbound = fake.inject_private(ADA, "once")
        await fake.wait_for(lambda: received and not fake.pending_updates())
        fake.redeliver(inbound.update_id)
        await fake.wait_for(lambda: len(received) == 2)
    assert [m.message_id for m in received] == [inbound.message_id] * 2


# -- faults ---------------------------------------------------------------------


async def test_429_is_raised_with_retry_after_and_early_retries_are_seen(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.add_chat(TgChat.private(ADA))
    fake.fail_next(1, method="sendMessage", retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ADA.id, "hi")
    assert caught.value.retry_after == 3
    await bot.send_message(ADA.id, "hi")
    assert [r.early for r in fake.throttle_log] == [True]
    assert len(fake.early_retries()) == 1


async def test_rate_limiter_waits_as_long_as_asked(fake: FakeTelegram) -> None:
    fake.add_chat(TgChat.private(ADA))
    fake.fail_next(1, method="sendMessage", retry_after=1)
    builder = ApplicationBuilder().token(fake.token).base_url(fake.api_url)
    app = builder.rate_limiter(AIORateLimiter(max_retries=3)).build()
    async with app:
        await app.bot.send_message(ADA.id, "patient")
    assert [c.status for c in fake.calls_to("sendMessage")] == [429, 200]
    assert fake.early_retries() == [] and len(fake.throttle_log) == 1
    record = fake.throttle_log[0]
    assert record.next_call_at is not None and record.next_call_at - record.at >= 1
    assert [m.text for m in fake.bot_messages(ADA.id)] == ["patient"]


async def test_throttle_window_and_generic_errors(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(TgChat.private(ADA))
    fake.throttle(2.0, chat_id=ADA.id)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ADA.id, "x")
    assert caught.value.retry_after == 2
    fake.add_chat(TgChat.private(BOB))
    await bot.send_message(BOB.id, "other chats are fine")
    fake.fail_next(1, status=500)
    with pytest.raises(NetworkError):
        await bot.send_message(BOB.id, "x")
    fake.fail_next(1, status=400, description="Bad Request: custom trouble")
    with pytest.raises(BadRequest, match=r"(?i)custom trouble"):
        await bot.send_message(BOB.id, "x")


async def test_enforced_rate_limits_pace_each_chat(fake: FakeTelegram, bot: Bot) -> None:
    for user in (ADA, BOB):
        fake.add_chat(TgChat.private(user))
    fake.enforce_rate_limits(RateLimits(per_chat_per_s=0.5, burst=2))
    await bot.send_message(ADA.id, "one")
    await bot.send_message(ADA.id, "two")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(ADA.id, "three")
    assert caught.value.retry_after == 2
    assert await bot.send_chat_action(ADA.id, "typing")
    assert (await bot.send_message(BOB.id, "other chat")).text == "other chat"
    assert [m.text for m in fake.bot_messages(ADA.id)] == ["one", "two"]


# -- webhooks -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@asynccontextmanager
async def webhook_app(fake: FakeTelegram, received: list[Message]) -> AsyncIterator[str]:
    """A PTB application in webhook mode (secret ``s3cret``); yields the webhook URL."""

    async def collect(update: Update, _context: object) -> None:
        assert update.effective_message is not None
        received.append(update.effective_message)

    port = free_port()
    url = f"http://127.0.0.1:{port}/tg"
    app = ApplicationBuilder().token(fake.token).base_url(fake.api_url).build()
    app.add_handler(MessageHandler(filters.ALL, collect))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="tg", webhook_url=url, secret_token="s3cret"
        )
        try:
            yield url
        finally:
            await app.updater.stop()
            await app.stop()


async def test_manual_webhook_posts_check_the_secret(fake: FakeTelegram) -> None:
    fake.deliver_webhooks = False
    received: list[Message] = []
    async with webhook_app(fake, received) as url:
        assert fake.webhook.url == url and fake.webhook.secret_token == "s3cret"
        inbound = fake.inject_private(ADA, "via hook")
        update = fake.update(inbound.update_id)
        assert await fake.post_webhook(url, update, secret="wrong") == 403
        assert await fake.post_webhook(url, update, secret="s3cret") == 200
        await fake.wait_for(lambda: received)
    assert [m.text for m in received] == ["via hook"]
    assert fake.webhook_deliveries == []


async def test_webhook_updates_are_pushed_and_retried(fake: FakeTelegram) -> None:
    received: list[Message] = []
    async with webhook_app(fake, received):
        fake.inject_private(ADA, "pushed")
        await fake.wait_for(lambda: received)
    statuses: list[int] = []

    async def flaky(request: web.Request) -> web.Response:
        statuses.append(500 if not statuses else 200)
        return web.Response(status=statuses[-1])

    app = web.Application()
    app.router.add_post("/hook", flaky)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        fake.webhooks.retry_delay = 0.05
        async with Bot(fake.token, base_url=fake.api_url) as bot:
            await bot.set_webhook(f"http://127.0.0.1:{port}/hook")
            inbound = fake.inject_private(BOB, "retry me")
            await fake.wait_for(lambda: statuses == [500, 200] and not fake.pending_updates())
    finally:
        await runner.cleanup()
    assert [m.text for m in received] == ["pushed"]
    assert [(d.update_id, d.status) for d in fake.webhook_deliveries[-2:]] == [
        (inbound.update_id, 500),
        (inbound.update_id, 200),
    ]


# -- latency and process mode -----------------------------------------------------


async def test_latency_ignores_typing_and_placeholders(fake: FakeTelegram, bot: Bot) -> None:
    inbound = fake.inject_private(ADA, "question")
    await bot.send_chat_action(ADA.id, "typing")
    placeholder = await bot.send_message(
        ADA.id, "…", reply_parameters=ReplyParameters(inbound.message_id)
    )
    assert fake.latency.summary()["count"] == 0
    await bot.edit_message_text("The answer", ADA.id, placeholder.message_id)
    summary = fake.latency.summary()
    assert summary["count"] == 1 and summary["unanswered"] == 0
    assert fake.latency.records[0].message_id == inbound.message_id
    assert summary["p50"] == summary["p99"] == summary["raw"][0] > 0


async def test_process_mode_control_api() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakes.fake_telegram",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 10)).decode().split()
        assert line[0] == "READY"
        base = line[1]
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/_fake/inject", json={"user_id": 5, "text": "hi"}) as r:
                inbound = await r.json()
            assert inbound["delivered"] and inbound["chat_id"] == 5
            async with Bot(DEFAULT_TOKEN, base_url=f"{base}/bot") as client:
                await client.send_message(5, "Hello there")
            async with http.get(f"{base}/_fake/latency") as r:
                latency = await r.json()
            async with http.get(f"{base}/_fake/calls") as r:
                calls = await r.json()
            async with http.get(f"{base}/_fake/messages", params={"chat_id": 5}) as r:
                messages = await r.json()
            async with http.post(f"{base}/_fake/rate_limits", json={"burst": 1}) as r:
                assert r.status == 200
            async with Bot(DEFAULT_TOKEN, base_url=f"{base}/bot") as client:
                await client.send_message(5, "paced")
                with pytest.raises(RetryAfter):
                    await client.send_message(5, "too fast")
        assert latency["count"] == 1 and latency["p99"] >= latency["p50"] > 0
        assert calls["by_method"]["sendMessage"] == 1
        assert json.dumps([m["text"] for m in messages]) == '["Hello there"]'
    finally:
        proc.terminate()
        assert await asyncio.wait_for(proc.wait(), 10) is not None
