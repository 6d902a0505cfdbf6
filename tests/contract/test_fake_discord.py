"""The real discord.py 2.7.1 against the fake Discord server: proof that the fake is faithful."""

from __future__ import annotations

import asyncio
import io
import sys
from collections.abc import AsyncIterator

import aiohttp
import discord
import pytest

from tests.fakes.fake_discord import FakeDiscord, FakeFile
from tests.fakes.fake_discord_client import (
    RecordingClient,
    connect,
    disconnect,
    full_intents,
    running,
)

pytestmark = pytest.mark.timeout(30)

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with running() as server:
        yield server
        assert [c for c in server.calls if c.status >= 500] == []


@pytest.fixture
async def client(fake: FakeDiscord) -> AsyncIterator[RecordingClient]:
    bot = await connect(fake, full_intents())
    yield bot
    await disconnect(bot)


def text_channel(client: RecordingClient, fake: FakeDiscord) -> discord.TextChannel:
    channel = client.get_channel(fake.general.id)
    assert isinstance(channel, discord.TextChannel)
    return channel


# identity, READY, guilds ------------------------------------------------------


async def test_login_ready_and_guild_create(fake: FakeDiscord, client: RecordingClient) -> None:
    assert client.user is not None and client.user.id == fake.bot.id
    assert client.application_id == fake.bot.id
    guild = client.get_guild(fake.guild.id)
    assert guild is not None and guild.filesize_limit == 10 * 1024 * 1024
    assert guild.me is not None and guild.me.id == fake.bot.id
    assert isinstance(client.get_channel(fake.thread.id), discord.Thread)
    (identify,) = fake.logins_of("identify")
    assert identify.intents == full_intents().value
    assert [c.name for c in fake.calls[:2]] == ["get_me", "application_info"]


async def test_wrong_token_is_a_login_failure(fake: FakeDiscord) -> None:
    bot = discord.Client(intents=discord.Intents.default())
    with pytest.raises(discord.LoginFailure):
        await bot.login("wrong-token")
    await bot.close()
    assert fake.calls[-1].status == 401


async def test_premium_tier_sets_filesize_limit() -> None:
    async with running(premium_tier=2) as server:
        bot = await connect(server, full_intents())
        guild = bot.get_guild(server.guild.id)
        assert guild is not None and guild.filesize_limit == 52_428_800
        fetched = await bot.fetch_guild(server.guild.id)
        assert fetched.premium_tier == 2
        await disconnect(bot)


async def test_members_intent_gets_a_member_chunk() -> None:
    async with running() as server:
        intents = full_intents()
        intents.members = True
        bot = await connect(server, intents)
        guild = bot.get_guild(server.guild.id)
        assert guild is not None and guild.chunked
        assert {m.name for m in guild.members} >= {"alice", "bob", "muse"}
        await disconnect(bot)


async def test_disallowed_message_content_intent_closes_with_4014() -> None:
    async with running(reject_message_content_intent=True) as server:
        bot = RecordingClient(full_intents())
        await bot.login(server.token)
        with pytest.raises(discord.PrivilegedIntentsRequired):
            await asyncio.wait_for(bot.connect(reconnect=True), timeout=5)
        await disconnect(bot)


# sending ----------------------------------------------------------------------


async def test_send_edit_delete_and_typing(fake: FakeDiscord, client: RecordingClient) -> None:
    channel = text_channel(client, fake)
    async with channel.typing():
        sent = await channel.send("hello", allowed_mentions=discord.AllowedMentions.none())
    await sent.edit(content="hello world")
    (stored,) = fake.bot_messages(fake.general.id)
    assert stored.id == sent.id and stored.content == "hello world"
    assert [e.content for e in stored.edits] == ["hello world"]
    assert stored.allowed_mentions == {"parse": []}
    assert fake.calls_named("typing") and fake.calls_named("typing")[0].path.endswith("/typing")
    await sent.delete()
    assert fake.bot_messages(fake.general.id) == []
    await fake.wait_for(lambda: sent.id in client.deleted_ids, timeout=2)


async def test_own_messages_come_back_on_the_gateway(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    sent = await text_channel(client, fake).send("echo")
    await fake.wait_for(lambda: any(m.id == sent.id for m in client.received), timeout=2)
    echoed = next(m for m in client.received if m.id == sent.id)
    assert client.user is not None and echoed.author.id == client.user.id
    await sent.edit(content="echo 2")
    await fake.wait_for(lambda: any(m.content == "echo 2" for m in client.edited), timeout=2)


async def test_upload_files_multipart(fake: FakeDiscord, client: RecordingClient) -> None:
    channel = text_channel(client, fake)
    files = [
        discord.File(io.BytesIO(b"first file"), filename="a.txt"),
        discord.File(io.BytesIO(PNG_BYTES), filename="chart.png"),
    ]
    sent = await channel.send("see attached", files=files)
    (stored,) = fake.bot_messages(fake.general.id)
    assert [(f.filename, f.data) for f in stored.attachments] == [
        ("a.txt", b"first file"),
        ("chart.png", PNG_BYTES),
    ]
    (call,) = fake.calls_named("create_message")
    assert call.body["content"] == "see attached" and len(call.files) == 2
    assert await sent.attachments[1].read() == PNG_BYTES


async def test_reply_reference_is_kept(fake: FakeDiscord, client: RecordingClient) -> None:
    incoming = fake.inject_guild_message(fake.alice, "question", mention_bot=True)
    await fake.wait_for(lambda: bool(client.from_user()), timeout=2)
    reply = await client.from_user()[0].reply("answer", mention_author=False)
    stored = fake.message(reply.id)
    assert stored.reference_id == incoming.id
    assert reply.reference is not None and reply.reference.message_id == incoming.id
    assert stored.allowed_mentions is not None
    assert stored.allowed_mentions["replied_user"] is False


async def test_validation_errors(fake: FakeDiscord, client: RecordingClient) -> None:
    channel = text_channel(client, fake)
    with pytest.raises(discord.HTTPException) as too_long:
        await channel.send("x" * 2001)
    assert too_long.value.status == 400 and too_long.value.code == 50035
    big = discord.File(io.BytesIO(b"\0" * (10 * 1024 * 1024 + 1)), filename="big.bin")
    with pytest.raises(discord.HTTPException) as too_big:
        await channel.send(file=big)
    assert too_big.value.status == 413 and too_big.value.code == 40005
    assert fake.bot_messages(fake.general.id) == []


async def test_history_before_and_after(fake: FakeDiscord, client: RecordingClient) -> None:
    sent = [fake.inject_guild_message(fake.alice, f"m{i}") for i in range(5)]
    channel = text_channel(client, fake)
    newest = [m.content async for m in channel.history(limit=3)]
    assert newest == ["m4", "m3", "m2"]
    after = [m.content async for m in channel.history(after=discord.Object(sent[1].id))]
    assert after == ["m2", "m3", "m4"]
    before = [m.content async for m in channel.history(before=discord.Object(sent[2].id))]
    assert before == ["m1", "m0"]
    pivot = discord.Object(sent[2].id)
    around = {m.content async for m in channel.history(limit=3, around=pivot)}
    assert around == {"m1", "m2", "m3"}


async def test_create_dm_and_send(fake: FakeDiscord, client: RecordingClient) -> None:
    user = await client.fetch_user(fake.bob.id)
    dm = await user.create_dm()
    assert dm.id == fake.dm_channel(fake.bob).id
    await dm.send("private hello")
    assert [m.content for m in fake.bot_messages(dm.id)] == ["private hello"]
    assert fake.calls_named("create_dm")[0].body == {"recipient_id": fake.bob.id}


# receiving --------------------------------------------------------------------


async def test_receive_dm_guild_thread_and_bot_messages(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    fake.inject_dm(fake.alice, "in private")
    fake.inject_guild_message(fake.bob, "to the bot", mention_bot=True)
    fake.inject_thread_message(fake.alice, "in a thread")
    fake.inject_guild_message(fake.other_bot, "beep")
    await fake.wait_for(lambda: len(client.from_user()) == 4, timeout=2)
    dm, mention, thread, other = client.from_user()
    assert isinstance(dm.channel, discord.DMChannel) and dm.content == "in private"
    assert isinstance(mention.channel, discord.TextChannel) and client.user in mention.mentions
    assert mention.content == f"<@{fake.bot.id}> to the bot"
    assert isinstance(mention.author, discord.Member)
    assert (
        isinstance(thread.channel, discord.Thread) and thread.channel.parent_id == fake.general.id
    )
    assert other.author.bot and not dm.author.bot


async def test_receive_attachments_served_over_http(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    fake.inject_dm(
        fake.alice,
        "look",
        attachments=[FakeFile("cat.png", PNG_BYTES, "image/png"), FakeFile("notes.txt", b"hi")],
    )
    await fake.wait_for(lambda: bool(client.from_user()), timeout=2)
    (message,) = client.from_user()
    image, text = message.attachments
    assert image.content_type == "image/png" and image.size == len(PNG_BYTES)
    assert await image.read() == PNG_BYTES
    assert await text.read() == b"hi"


async def test_reply_reference_and_edit_delete_events(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    first = fake.inject_guild_message(fake.alice, "first")
    fake.inject_guild_message(fake.bob, "re", reply_to=first.id)
    await fake.wait_for(lambda: len(client.from_user()) == 2, timeout=2)
    reply = client.from_user()[1]
    assert reply.type is discord.MessageType.reply
    assert reply.reference is not None and reply.reference.message_id == first.id
    assert isinstance(reply.reference.resolved, discord.Message)
    fake.inject_edit(first.id, "first, edited")
    fake.inject_delete(first.id)
    await fake.wait_for(lambda: first.id in client.deleted_ids, timeout=2)
    assert [m.content for m in client.edited] == ["first, edited"]


async def test_without_message_content_intent_guild_text_is_hidden(fake: FakeDiscord) -> None:
    bot = await connect(fake, discord.Intents.default())
    fake.inject_guild_message(fake.alice, "secret chatter")
    fake.inject_guild_message(fake.alice, "hey bot", mention_bot=True)
    fake.inject_dm(fake.alice, "dm text")
    await fake.wait_for(lambda: len(bot.from_user()) == 3, timeout=2)
    assert [m.content for m in bot.from_user()] == ["", f"<@{fake.bot.id}> hey bot", "dm text"]
    await disconnect(bot)


# interactions -----------------------------------------------------------------


def add_commands(client: RecordingClient) -> None:
    @client.tree.command(name="ask", description="Ask Muse")
    async def ask(interaction: discord.Interaction, question: str, count: int = 1) -> None:
        await interaction.response.send_message(f"{question} x{count}")

    @client.tree.command(name="slow", description="Deferred answer")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.edit_original_response(content="done")
        file = discord.File(io.BytesIO(b"data"), filename="r.txt")
        await interaction.followup.send("more", file=file)


async def test_slash_command_sync_and_reply(fake: FakeDiscord, client: RecordingClient) -> None:
    add_commands(client)
    synced = await client.tree.sync()
    assert sorted(c.name for c in synced) == ["ask", "slow"]
    assert fake.calls_named("bulk_commands")[0].path == f"/applications/{fake.bot.id}/commands"
    interaction = fake.inject_slash_command(fake.alice, "ask", {"question": "why", "count": 2})
    await fake.wait_for(lambda: bool(interaction.responses), timeout=2)
    (response,) = interaction.responses
    assert response.kind == "callback" and response.type == 4
    (message,) = fake.bot_messages(fake.general.id)
    assert message.content == "why x2" and message.interaction_id == interaction.id


async def test_deferred_interaction_edit_original_and_followup(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    add_commands(client)
    await client.tree.sync(guild=None)
    dm = fake.dm_channel(fake.bob)
    interaction = fake.inject_slash_command(fake.bob, "slow", channel_id=dm.id)
    await fake.wait_for(lambda: len(interaction.responses) == 3, timeout=3)
    assert [r.kind for r in interaction.responses] == ["callback", "edit_original", "followup"]
    original, followup = fake.bot_messages(dm.id)
    assert original.content == "done" and original.flags == 0
    assert followup.content == "more" and followup.attachments[0].data == b"data"
    report = fake.latency_report()
    assert report.pending == 0 and len(report.samples) == 1


async def test_guild_command_sync(fake: FakeDiscord, client: RecordingClient) -> None:
    add_commands(client)
    guild = discord.Object(fake.guild.id)
    client.tree.copy_global_to(guild=guild)
    synced = await client.tree.sync(guild=guild)
    assert {c.guild_id for c in synced} == {fake.guild.id}
    interaction = fake.inject_slash_command(fake.alice, "ask", {"question": "q"})
    await fake.wait_for(lambda: bool(interaction.responses), timeout=2)
    assert fake.bot_messages(fake.general.id)[0].content == "q x1"


async def test_fetch_commands_and_delete_original_in_a_thread(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    @client.tree.command(name="gone", description="Answer then remove it")
    async def gone(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("temporary")
        await interaction.delete_original_response()

    await client.tree.sync()
    assert [c.name for c in await client.tree.fetch_commands()] == ["gone"]
    interaction = fake.inject_slash_command(fake.alice, "gone", channel_id=fake.thread.id)
    await fake.wait_for(lambda: fake.counts().get("followup_delete") == 1, timeout=2)
    assert fake.bot_messages(fake.thread.id) == []
    assert interaction.original_message_id is not None
    assert fake.message(interaction.original_message_id).deleted


# faults -----------------------------------------------------------------------


async def test_429_is_retried_by_discord_py_no_earlier_than_asked(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    fake.fail_next(2, retry_after=0.2, route="create_message")
    await text_channel(client, fake).send("patient")
    statuses = [c.status for c in fake.calls_named("create_message")]
    assert statuses == [429, 429, 200]
    assert len(fake.retries) == 2
    for retry in fake.retries:
        assert retry.waited is not None and retry.waited >= retry.retry_after
    assert [m.content for m in fake.bot_messages(fake.general.id)] == ["patient"]


async def test_429_body_and_headers_look_like_discord(fake: FakeDiscord) -> None:
    fake.fail_next(1, retry_after=1.5, is_global=True)
    headers = {"Authorization": f"Bot {fake.token}"}
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{fake.api_url}/users/@me", headers=headers) as response,
    ):
        assert response.status == 429
        assert response.headers["Content-Type"] == "application/json"
        assert response.headers["Via"] and response.headers["X-RateLimit-Global"] == "true"
        body = await response.json()
    assert body["retry_after"] == 1.5 and body["global"] is True


async def test_injected_400_reaches_the_caller(fake: FakeDiscord, client: RecordingClient) -> None:
    fake.fail_next(1, status=400, message="Invalid Form Body", code=50035, route="edit_message")
    channel = text_channel(client, fake)
    sent = await channel.send("before")
    with pytest.raises(discord.HTTPException) as error:
        await sent.edit(content="after")
    assert error.value.status == 400 and error.value.code == 50035
    assert fake.message(sent.id).content == "before"
    await sent.edit(content="after")
    assert fake.message(sent.id).content == "after"


async def test_injected_500_has_discord_error_body() -> None:
    async with running() as server, aiohttp.ClientSession() as session:
        server.fail_next(1, status=500, message="Internal Server Error", route="get_me")
        url, headers = f"{server.api_url}/users/@me", {"Authorization": f"Bot {server.token}"}
        async with session.get(url, headers=headers) as response:
            assert response.status == 500
            assert await response.json() == {"message": "Internal Server Error", "code": 0}
        async with session.get(url, headers=headers) as response:
            assert response.status == 200


async def test_bucket_headers_make_discord_py_pace_itself() -> None:
    async with running(rate_limits={"create_message": (2, 0.3)}) as server:
        bot = await connect(server, full_intents())
        channel = text_channel(bot, server)
        for i in range(4):
            await channel.send(f"paced {i}")
        sends = server.calls_named("create_message")
        assert [c.status for c in sends] == [200] * 4
        assert sends[2].ts - sends[0].ts >= 0.29
        assert len(server.bot_messages(server.general.id)) == 4
        await disconnect(bot)


async def test_bucket_overflow_answers_429_until_the_window_ends() -> None:
    async with running(rate_limits={"typing": (1, 0.2)}) as server:
        url = f"{server.api_url}/channels/{server.general.id}/typing"
        headers = {"Authorization": f"Bot {server.token}"}
        async with aiohttp.ClientSession() as session:
            async with session.post(url, headers=headers) as first:
                assert first.status == 204 and first.headers["X-RateLimit-Remaining"] == "0"
            async with session.post(url, headers=headers) as second:
                assert second.status == 429 and second.headers["Via"]
                retry_after = (await second.json())["retry_after"]
            await asyncio.sleep(retry_after)
            async with session.post(url, headers=headers) as third:
                assert third.status == 204
        assert len(server.retries) == 1 and server.retries[0].waited is not None
        assert server.retries[0].waited >= retry_after


async def test_wait_for_times_out(fake: FakeDiscord) -> None:
    with pytest.raises(TimeoutError):
        await fake.wait_for(lambda: False, timeout=0.05)


# gateway sessions -------------------------------------------------------------


async def test_dropped_connection_resumes_and_replays_missed_events(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    await fake.drop_connection()
    missed = fake.inject_dm(fake.alice, "sent while away")
    await fake.wait_for(lambda: any(m.id == missed.id for m in client.received), timeout=5)
    (resume,) = fake.logins_of("resume")
    assert resume.replayed >= 1
    assert len(fake.logins_of("identify")) == 1
    await fake.wait_for(lambda: client.resumed_count == 1, timeout=2)
    assert [m.id for m in client.received].count(missed.id) == 1


async def test_invalidated_session_identifies_again_without_replay(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    await fake.invalidate_session()
    lost = fake.inject_dm(fake.alice, "lost")
    await fake.wait_for(lambda: len(fake.logins_of("identify")) == 2, timeout=5)
    await fake.wait_connected()
    fake.inject_dm(fake.alice, "after")
    await fake.wait_for(lambda: any(m.content == "after" for m in client.received), timeout=5)
    assert all(m.id != lost.id for m in client.received)
    assert fake.logins_of("resume") == []


# latency and process mode -----------------------------------------------------


async def test_latency_counts_reply_text_not_typing(
    fake: FakeDiscord, client: RecordingClient
) -> None:
    fake.inject_dm(fake.alice, "hi")
    await fake.wait_for(lambda: bool(client.from_user()), timeout=2)
    channel = client.from_user()[0].channel
    await channel.typing()
    assert fake.latency_report().pending == 1
    await channel.send("hello")
    report = fake.latency_report()
    assert report.pending == 0 and len(report.samples) == 1
    assert report.p50 is not None and report.p50 == report.p99 and report.p50 > 0


async def test_process_mode_control_api() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakes.fake_discord",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), timeout=15)
        base = line.decode().strip().rsplit(" ", 1)[-1]
        assert base.startswith("http://127.0.0.1:")
        await drive_control_api(base)
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), timeout=5) is not None


async def drive_control_api(base: str) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{base}/_fake/world") as response:
            world = await response.json()
        auth = {"Authorization": f"Bot {world['token']}"}
        alice = next(u for u in world["users"] if u["username"] == "alice")
        body = {"user_id": alice["id"], "content": "hi", "kind": "dm"}
        async with http.post(f"{base}/_fake/inject/message", json=body) as response:
            injected = await response.json()
        url = f"{world['api_url']}/channels/{injected['channel_id']}/messages"
        async with http.post(url, json={"content": "hello"}, headers=auth) as response:
            assert response.status == 200
        async with http.get(f"{base}/_fake/latency") as response:
            latency = await response.json()
        async with http.get(f"{base}/_fake/counts") as response:
            counts = await response.json()
        fault = {"count": 1, "status": 429, "retry_after": 0.5, "route": "create_message"}
        async with http.post(f"{base}/_fake/faults", json=fault) as response:
            assert response.status == 200
        async with http.post(url, json={"content": "again"}, headers=auth) as response:
            assert response.status == 429 and (await response.json())["retry_after"] == 0.5
        async with http.get(f"{base}/_fake/messages/{injected['channel_id']}") as response:
            messages = await response.json()
    assert latency["count"] == 1 and latency["pending"] == 0 and latency["p99"] >= 0
    assert counts == {"create_message": 1}
    assert [m["content"] for m in messages] == ["hi", "hello"]
