"""Groups and forum topics: answered only when addressed; the person is the sender."""

from __future__ import annotations

from pathlib import Path

from core.commands.registry import Command, CommandContext, CommandReply
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_telegram import FakeTelegram, TgChat, TgUser
from tests.telegram_face.harness import rig

ANA = TgUser(1001, "Ana", username="ana")
BEN = TgUser(1002, "Ben")
GROUP = TgChat.group(-2001)
FORUM = TgChat.supergroup(-1003001, is_forum=True)


async def _inbound_rows(r: object, event_ids: list[int]) -> dict[str, tuple[str, str]]:
    app = r.app  # type: ignore[attr-defined]
    marks = ",".join("?" for _ in event_ids)
    rows = await app.db.run(lambda c: c.execute(
        f"SELECT i.event_id, i.state, d.user_id FROM inbound i JOIN identities d "
        f"ON d.person_id=i.person_id WHERE i.event_id IN ({marks})",
        [str(e) for e in event_ids]).fetchall())
    return {row[0]: (row[1], row[2]) for row in rows}


async def test_group_without_mention_is_ignored_with_mention_answered(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        quiet = r.fake.inject_text(GROUP, ANA, "just chatting among ourselves")
        asked = r.fake.inject_text(GROUP, BEN, "what is up?", mention_bot=True)
        assert not quiet.delivered  # privacy mode: Telegram never hands it over
        (reply,) = await r.replies(GROUP.id)
        assert reply.text == "You said: what is up?"
        rows = await _inbound_rows(r, [asked.update_id])
        assert rows[str(asked.update_id)][1] == str(BEN.id)  # the sender, not the chat


async def test_with_privacy_off_unaddressed_messages_are_kept_not_answered(
        data_dir: Path) -> None:
    async with FakeTelegram(can_read_all_group_messages=True) as fake:
        async with rig(data_dir, fake=fake) as r:
            quiet = r.fake.inject_text(GROUP, ANA, "just chatting among ourselves")
            assert quiet.delivered
            r.fake.inject_text(GROUP, ANA, "/help")
            await r.replies(GROUP.id)
            assert len(r.fake.bot_messages(GROUP.id)) == 1
            rows = await _inbound_rows(r, [quiet.update_id])
            assert rows[str(quiet.update_id)][0] == "ignored"


async def test_reply_to_muse_is_answered_with_the_quote(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.inject_text(GROUP, ANA, "remember the number 42", mention_bot=True)
        (first,) = await r.replies(GROUP.id)
        r.fake.inject_text(GROUP, BEN, "why that?", reply_to=first.message_id)
        replies = await r.replies(GROUP.id, count=2)
        assert (replies[1].text or "").endswith("why that?")
        backend = r.app.backend
        assert isinstance(backend, ScriptedBackend)
        prompt = str(backend.requests[-1].messages)
        assert 'replying to this earlier message: "You said: remember the number 42"' in prompt


async def test_forum_topic_is_answered_in_the_same_topic(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        topic = r.fake.create_topic(FORUM, "Planning")
        r.fake.inject_text(FORUM, ANA, "in the topic", mention_bot=True, thread_id=topic)
        r.fake.inject_text(FORUM, ANA, "ignored in the topic", thread_id=topic)
        (reply,) = await r.replies(FORUM.id)
        assert reply.thread_id == topic
        assert reply.text == "You said: in the topic"
        sends = r.fake.calls_to("sendMessage")
        assert all(c.params.get("message_thread_id") == topic for c in sends)


async def test_private_only_command_in_a_group_answers_privately_or_points(
        data_dir: Path) -> None:
    async with rig(data_dir) as r:
        name = "whisper"
        r.app.commands.register(Command(name, "Tell a secret", _whisper, private_only=True))
        r.fake.inject_text(GROUP, ANA, f"/{name}@muse_test_bot")
        (pointer,) = await r.replies(GROUP.id)
        assert "private chat" in (pointer.text or "")  # Ana never opened one
        r.fake.inject_private(BEN, "hi")
        await r.replies(BEN.id)
        r.fake.inject_text(GROUP, BEN, f"/{name}")
        await r.replies(GROUP.id, count=2)
        assert r.fake.bot_messages(BEN.id)[-1].text == "psst"  # Ben's private chat
        assert "psst" not in [m.text for m in r.fake.bot_messages(GROUP.id)]


async def _whisper(ctx: CommandContext) -> CommandReply:
    return CommandReply("psst")
