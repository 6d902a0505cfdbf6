"""Socket Mode end to end: the envelope is acknowledged after the event is stored."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.fake_slack import FakeSlack
from tests.slack.conftest import inbound_count, running_muse, settle


async def test_socket_mode_end_to_end(fake: FakeSlack, data_dir: Path) -> None:
    async with running_muse(fake, data_dir, socket=True) as muse:
        assert muse.url == ""
        await fake.wait_for_socket()
        envelope = await fake.socket_push(fake.events.dm("U1", "over the socket"))
        [reply] = await fake.wait_for_bot_messages("D1", 1)
        assert reply.text == "You said: over the socket"
        await fake.wait_for(lambda: envelope in fake.socket.acks)
        mention, twin = fake.events.mention("C1", "U2", "socket mention")
        await fake.socket_push(twin)
        await fake.socket_push(mention)
        [threaded] = await fake.wait_for_bot_messages("C1", 1)
        assert threaded.thread_ts == mention["ts"]
        await fake.socket.disconnect()  # Slack rotates connections; Muse reconnects
        await fake.wait_for(lambda: fake.socket.connect_count >= 2, timeout=10)
        await fake.wait_for_socket()
        await fake.socket_push(fake.events.dm("U1", "after reconnect"))
        await fake.wait_for_bot_messages("D1", 2, timeout=10)
        redelivered = fake.events.dm("U2", "only once")
        await fake.socket_push(redelivered, event_id="EvSAME")
        await fake.socket_push(redelivered, event_id="EvSAME")
        await fake.wait_for_bot_messages("D2", 1)
        await settle()
        assert len(fake.bot_messages("D2")) == 1
        assert len(fake.bot_messages("C1")) == 1
        assert fake.socket.pending == {}
        assert await inbound_count(muse.app) == 4
