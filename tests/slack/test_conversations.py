"""DMs, mentions, threads and twins, end to end over the Events API."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from tests.fakes.fake_slack import FakeSlack
from tests.slack.conftest import Muse, SlowBackend, inbound_count, running_muse, settle


async def test_dm_is_answered_with_streamed_updates(fake: FakeSlack, data_dir: Path) -> None:
    words = [f"word{i} " for i in range(24)]
    backend = SlowBackend(words, 0.1)
    async with running_muse(fake, data_dir, backend) as muse:
        delivery = await fake.send_event(muse.url, fake.events.dm("U1", "tell me a story"))
        assert delivery.status == 200
        assert delivery.ack_seconds < 1.0
        await fake.wait_for(lambda: any(m.text == "".join(words).strip() and m.bot_id
                                        for m in fake.messages("D1")), timeout=10)
    [reply] = fake.bot_messages("D1")
    assert reply.thread_ts is None
    assert len(reply.edits) >= 1  # streamed: posted early, then updated
    posts = fake.calls_of("chat.postMessage") + fake.calls_of("chat.update")
    times = sorted(call.at for call in posts)
    assert all(b - a >= 0.95 for a, b in pairwise(times))
    assert backend.requests  # the model saw the message


async def test_mention_is_answered_in_its_thread_and_followups_too(fake: FakeSlack,
                                                                    muse: Muse) -> None:
    mention, twin = fake.events.mention("C1", "U1", "what is up?")
    await fake.send_event(muse.url, mention)
    await fake.send_event(muse.url, twin)
    [reply] = await fake.wait_for_bot_messages("C1", 1)
    assert reply.thread_ts == mention["ts"]
    assert reply.text == "You said: what is up?"
    followup = fake.events.thread_reply("C1", "U2", "and then?", mention["ts"])
    await fake.send_event(muse.url, followup)
    replies = await fake.wait_for_bot_messages("C1", 2)
    assert replies[1].thread_ts == mention["ts"]
    assert replies[1].text == "You said: and then?"
    # Chatter outside Muse's threads is not for Muse (and is not stored).
    await fake.send_event(muse.url, fake.events.channel_message("C1", "U2", "lunch?"))
    other = fake.events.channel_message("C1", "U2", "root")
    await fake.send_event(muse.url, fake.events.thread_reply("C1", "U1", "hi", other["ts"]))
    await settle()
    assert len(fake.bot_messages("C1")) == 2
    assert await inbound_count(muse.app) == 2
    people = await muse.app.db.run(lambda c: c.execute(
        "SELECT user_id FROM identities ORDER BY user_id").fetchall())
    assert [p[0] for p in people] == ["U1", "U2"]  # the people, never the channel


async def test_mention_twins_in_both_orders_get_one_reply_each(fake: FakeSlack,
                                                               muse: Muse) -> None:
    first, first_twin = fake.events.mention("C1", "U1", "one")
    second, second_twin = fake.events.mention("C1", "U1", "two")
    for event in (first, first_twin, second_twin, second):
        assert (await fake.send_event(muse.url, event)).status == 200
    await fake.wait_for_bot_messages("C1", 2)
    await settle(0.5)
    replies = fake.bot_messages("C1")
    assert sorted((r.thread_ts, r.text) for r in replies) == [
        (first["ts"], "You said: one"), (second["ts"], "You said: two")]


async def test_the_same_event_delivered_three_times_is_answered_once(fake: FakeSlack,
                                                                     muse: Muse) -> None:
    delivery = await fake.send_event(muse.url, fake.events.dm("U1", "once please"))
    for retry in (1, 2):
        again = await fake.send_event(muse.url, delivery.envelope, retry_num=retry)
        assert again.status == 200
    await fake.wait_for_bot_messages("D1", 1)
    await settle(0.5)
    assert [m.text for m in fake.bot_messages("D1")] == ["You said: once please"]
    assert await inbound_count(muse.app) == 1


async def test_bots_own_messages_and_edits_are_not_answered(fake: FakeSlack,
                                                            muse: Muse) -> None:
    await fake.send_event(muse.url, fake.events.bot_message("C1", "<@U0BOT> hello bot"))
    await fake.send_event(muse.url, fake.events.bot_message("D1", "hi", bot_id="B0BOT"))
    original = fake.events.dm("U1", "first")
    await fake.send_event(muse.url, original)
    [reply] = await fake.wait_for_bot_messages("D1", 1)
    await fake.send_event(muse.url, fake.events.echo_of(reply))
    await fake.send_event(muse.url, fake.events.message_changed("D1", original["ts"], "edited"))
    await settle()
    assert len(fake.bot_messages("D1")) == 1
    assert not fake.bot_messages("C1")


async def test_a_deleted_message_leaves_history(fake: FakeSlack, muse: Muse) -> None:
    original = fake.events.dm("U1", "my secret plan")
    await fake.send_event(muse.url, original)
    await fake.wait_for_bot_messages("D1", 1)
    await fake.send_event(muse.url, fake.events.message_deleted("D1", original["ts"]))

    async def history_size() -> int:
        return int(await muse.app.db.run(lambda c: c.execute(
            "SELECT count(*) FROM messages").fetchone()[0]))

    for _ in range(40):
        if await history_size() == 0:
            break
        await settle(0.05)
    assert await history_size() == 0


async def test_an_event_that_cannot_be_stored_is_refused_for_a_retry(
        fake: FakeSlack, muse: Muse, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(incoming: object) -> bool:
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(muse.app.engine, "receive", broken)
        first = await fake.send_event(muse.url, fake.events.dm("U1", "keep this"))
    assert first.status == 500  # not acknowledged: Slack will deliver it again
    await settle()
    assert fake.bot_messages("D1") == []
    retry = await fake.send_event(muse.url, first.envelope, retry_num=1)
    assert retry.status == 200
    [reply] = await fake.wait_for_bot_messages("D1", 1)
    assert reply.text == "You said: keep this"
