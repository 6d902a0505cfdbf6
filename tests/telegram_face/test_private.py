"""Private chats: text answered, streamed by edits, duplicates answered once, backlog."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from telegram import Bot, Update

from bots.telegram_convert import BotInfo, to_inbound
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_telegram import FakeTelegram, TgUser
from tests.helpers import make_app
from tests.telegram_face.harness import SlowBackend, rig

ANA = TgUser(1001, "Ana", username="ana")
BEN = TgUser(1002, "Ben")


async def test_private_text_is_answered(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        sent = r.fake.inject_private(ANA, "hello there")
        (reply,) = await r.replies(ANA.id)
        assert reply.text == "You said: hello there"
        assert r.fake.calls_to("setMyCommands")
        assert r.app.engine.bot_usernames["telegram"] == "muse_test_bot"
        assert r.fake.pending_updates() == [] or all(
            u["update_id"] > sent.update_id for u in r.fake.pending_updates())


async def test_private_reply_streams_by_edits_at_the_private_cadence(data_dir: Path) -> None:
    text = " ".join(f"word{i}" for i in range(60))
    backend = SlowBackend(text, pieces=6, pause_s=0.5, first_s=0.8)
    async with rig(data_dir, backend=backend) as r:
        r.fake.inject_private(ANA, "tell me a story")
        await r.fake.wait_for(lambda: any(
            m.text == text for m in r.fake.bot_messages(ANA.id)), timeout=15)
        (reply,) = await r.replies(ANA.id)
        assert reply.text == text
        frames = [c for c in r.fake.calls if c.method in ("sendMessage", "editMessageText")]
        assert len(frames) >= 3, "the answer arrives in several frames"
        gaps = [b.at - a.at for a, b in itertools.pairwise(frames)]
        assert min(gaps) >= 0.95, gaps  # at least 1 s apart in a private chat
        (typing,) = r.fake.calls_to("sendChatAction")  # while Muse works on it
        assert typing.params["action"] == "typing" and typing.at < frames[0].at


async def test_a_quick_answer_spends_no_typing_call(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.inject_private(ANA, "quick")
        await r.replies(ANA.id)
        assert r.fake.calls_to("sendChatAction") == []


async def test_duplicate_update_is_answered_once(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        sent = r.fake.inject_private(ANA, "only once please")
        await r.replies(ANA.id)
        r.fake.redeliver(sent.update_id)
        r.fake.redeliver(sent.update_id)
        await r.fake.wait_for(lambda: not r.fake.pending_updates(), timeout=5)
        r.fake.inject_private(BEN, "marker")
        await r.replies(BEN.id)
        assert len(r.fake.bot_messages(ANA.id)) == 1
        assert len(r.fake.calls_to("sendMessage")) == 2


async def test_messages_of_one_chat_are_answered_in_order(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        for n in range(5):
            r.fake.inject_private(ANA, f"message {n}")
        replies = await r.replies(ANA.id, count=5)
        assert [m.text for m in replies] == [f"You said: message {n}" for n in range(5)]


async def test_old_backlog_gets_an_away_note_and_fresh_backlog_an_answer(
        data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        fake.inject_private(ANA, "are you there?")
        for queued in fake.state.queue:  # sent an hour ago, while Muse was down
            queued.update["message"]["date"] -= 3600
        fake.inject_private(BEN, "hello?")
        async with rig(data_dir, fake=fake, telegram={"max_backlog_age_s": 60}) as r:
            (old,) = await r.replies(ANA.id)
            (fresh,) = await r.replies(BEN.id)
            assert "away" in (old.text or "") and "an hour ago" in (old.text or "")
            assert fresh.text == "You said: hello?"
            backend = r.app.backend
            assert isinstance(backend, ScriptedBackend)
            assert all("are you there" not in str(req.messages)  # never reached the model
                       for req in backend.requests)


async def test_stop_acts_at_once_while_an_answer_streams(data_dir: Path) -> None:
    backend = SlowBackend("word " * 200, pieces=20, pause_s=0.5)  # ~10 s if left alone
    async with rig(data_dir, backend=backend) as r:
        r.fake.inject_private(ANA, "talk for a long time")
        await r.fake.wait_for(lambda: r.fake.bot_messages(ANA.id), timeout=5)
        started = time.monotonic()
        r.fake.inject_private(ANA, "/stop")
        replies = await r.replies(ANA.id, count=2, timeout=8)
        assert time.monotonic() - started < 5
        assert "Stopped." in [m.text for m in replies]
        assert len(replies[0].text or "") < len("word " * 200)


async def test_unanswered_message_too_old_after_a_crash_gets_the_away_note(
        data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        sent = fake.inject_private(ANA, "still there?")
        update = Update.de_json(fake.update(sent.update_id), Bot(fake.token))
        assert update is not None
        inbound = to_inbound(update, BotInfo(fake.bot_user.id, "muse_test_bot"))
        assert inbound is not None
        old = replace(inbound.message, timestamp=datetime.now(UTC) - timedelta(days=3))
        app = await make_app(data_dir)  # persisted by a process that died days ago
        assert await app.engine.receive(old)
        await app.close()
        async with rig(data_dir, fake=fake, telegram={"max_backlog_age_s": 3600}) as r:
            (reply,) = await r.replies(ANA.id)
            assert "away" in (reply.text or "") and "3 days ago" in (reply.text or "")
