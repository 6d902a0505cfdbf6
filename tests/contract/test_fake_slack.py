"""The real slack_sdk / slack_bolt clients against the fake Slack server."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.fake_slack import FakeSlack

pytestmark = pytest.mark.timeout(20)

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")
CHANNEL = "C0GENERAL"


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    async with FakeSlack(redeliver_after=0.3) as server:
        yield server


@pytest.fixture
def client(fake: FakeSlack) -> AsyncWebClient:
    return AsyncWebClient(token=fake.bot_token, base_url=fake.api_url)


class EchoBot:
    """A minimal bolt app: echoes message text, records every event it sees."""

    def __init__(self, fake: FakeSlack) -> None:
        client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url)
        self.app = AsyncApp(client=client, signing_secret=fake.signing_secret)
        self.seen: list[dict[str, Any]] = []
        self.retry_nums: list[str | None] = []
        self.app.event("message")(self.on_message)
        self.app.event("app_mention")(self.on_mention)

    async def on_message(self, event: dict[str, Any], body: dict[str, Any], say: Any,
                         request: Any) -> None:
        self.seen.append({**event, "_event_id": body["event_id"]})
        self.retry_nums.append(request.headers.get("x-slack-retry-num", [None])[0])
        if "subtype" not in event:
            await say(text=f"echo: {event['text']}", thread_ts=event.get("thread_ts"))

    async def on_mention(self, event: dict[str, Any], body: dict[str, Any]) -> None:
        self.seen.append({**event, "_event_id": body["event_id"]})


@pytest.fixture
async def http_bot(fake: FakeSlack) -> AsyncIterator[tuple[EchoBot, str]]:
    bot = EchoBot(fake)
    runner = web.AppRunner(bot.app.web_app(), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    yield bot, f"http://127.0.0.1:{port}/slack/events"
    await runner.cleanup()


# --- Web API ------------------------------------------------------------------------


async def test_auth_test_identifies_the_bot(fake: FakeSlack, client: AsyncWebClient) -> None:
    result = await client.auth_test()
    assert (result["user_id"], result["bot_id"], result["team_id"]) == ("U0BOT", "B0BOT", "T0FAKE")
    assert [c.method for c in fake.calls] == ["auth.test"]


async def test_wrong_token_is_invalid_auth(fake: FakeSlack) -> None:
    client = AsyncWebClient(token="xoxb-wrong", base_url=fake.api_url)
    with pytest.raises(SlackApiError) as caught:
        await client.chat_postMessage(channel=CHANNEL, text="hi")
    assert caught.value.response["error"] == "invalid_auth"
    assert fake.messages(CHANNEL) == []


async def test_post_update_delete_keeps_message_state(
    fake: FakeSlack, client: AsyncWebClient
) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]
    posted = await client.chat_postMessage(channel=CHANNEL, text="hi", blocks=blocks,
                                           thread_ts="1700000000.000100")
    ts = posted["ts"]
    await client.chat_update(channel=CHANNEL, ts=ts, text="hi there")
    second = await client.chat_postMessage(channel=CHANNEL, text="two")
    assert float(second["ts"]) > float(ts)
    message = fake.message(CHANNEL, ts)
    assert message is not None
    assert message.text == "hi there"
    assert message.thread_ts == "1700000000.000100"
    assert [e.text for e in message.edits] == ["hi there"]
    assert fake.calls_of("chat.postMessage")[0].params["blocks"] == blocks
    await client.chat_delete(channel=CHANNEL, ts=ts)
    deleted = fake.message(CHANNEL, ts)
    assert deleted is not None and deleted.deleted
    with pytest.raises(SlackApiError) as caught:
        await client.chat_update(channel=CHANNEL, ts="1.000001", text="x")
    assert caught.value.response["error"] == "message_not_found"


async def test_slack_limits_are_enforced(fake: FakeSlack, client: AsyncWebClient) -> None:
    too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]
    with pytest.raises(SlackApiError) as caught:
        await client.chat_postMessage(channel=CHANNEL, text="x", blocks=too_long)
    assert caught.value.response["error"] == "invalid_blocks"
    with pytest.raises(SlackApiError) as empty:
        await client.api_call("chat.postMessage", json={"channel": CHANNEL, "text": ""})
    assert empty.value.response["error"] == "no_text"
    posted = await client.chat_postMessage(channel=CHANNEL, text="y" * 45_000)
    assert len(fake.message(CHANNEL, posted["ts"]).text) == 40_000  # type: ignore[union-attr]


async def test_dm_open_and_ephemeral(fake: FakeSlack, client: AsyncWebClient) -> None:
    opened = await client.conversations_open(users="U1ALICE")
    channel = opened["channel"]["id"]
    assert channel == fake.dm_channel("U1ALICE")
    await client.chat_postMessage(channel=channel, text="hello")
    result = await client.chat_postEphemeral(channel=CHANNEL, user="U1ALICE", text="psst")
    assert result["message_ts"]
    assert [m.text for m in fake.bot_messages(channel)] == ["hello"]
    ephemeral = fake.messages(CHANNEL, include_ephemeral=True)
    assert [(m.text, m.ephemeral_for) for m in ephemeral] == [("psst", "U1ALICE")]
    assert fake.messages(CHANNEL) == []


async def test_files_upload_v2_three_steps(fake: FakeSlack, client: AsyncWebClient) -> None:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    result = await client.files_upload_v2(channel=CHANNEL, content=data, filename="chart.png",
                                          title="Chart", thread_ts="1700000000.000200",
                                          initial_comment="here")
    assert [c.method for c in fake.calls] == [
        "files.getUploadURLExternal", "files.completeUploadExternal"]
    assert fake.calls[0].params["length"] == str(len(data))
    [upload] = fake.uploads(CHANNEL)
    assert (upload.data, upload.thread_ts, upload.title) == (data, "1700000000.000200", "Chart")
    assert result["file"]["id"] == upload.id
    [message] = fake.bot_messages(CHANNEL)
    assert message.file_ids == (upload.id,) and message.text == "here"
    info = await client.files_info(file=upload.id)
    assert info["file"]["size"] == len(data)


async def test_private_file_needs_bearer_token(fake: FakeSlack) -> None:
    file = fake.add_file(b"secret bytes", "notes.txt", user="U1ALICE")
    event = fake.events.file_share(CHANNEL, "U1ALICE", "see file", [file])
    url = event["files"][0]["url_private"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers={"Authorization": f"Bearer {fake.bot_token}"}) as r:
            assert (r.status, await r.read()) == (200, b"secret bytes")
        async with session.get(url) as r:
            assert r.status == 200 and r.content_type == "text/html"
            assert b"secret" not in await r.read()
    assert [authorized for _, authorized, _ in fake.downloads] == [True, False]


async def test_rate_limit_is_honoured_by_retry_handler(fake: FakeSlack) -> None:
    client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url,
                            retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)])
    fake.rate_limit(times=1, retry_after=1, method="chat.postMessage")
    await client.chat_postMessage(channel=CHANNEL, text="after the limit")
    first, second = fake.calls_of("chat.postMessage")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.0
    assert fake.early_retries() == []
    assert [m.text for m in fake.bot_messages(CHANNEL)] == ["after the limit"]


async def test_rate_limit_without_handler_raises_with_retry_after(
    fake: FakeSlack, client: AsyncWebClient
) -> None:
    fake.rate_limit(times=1, retry_after=7)
    with pytest.raises(SlackApiError) as caught:
        await client.chat_postMessage(channel=CHANNEL, text="x")
    response = caught.value.response
    assert response.status_code == 429 and response["error"] == "ratelimited"
    assert response.headers["Retry-After"] == "7"
    await client.chat_postMessage(channel=CHANNEL, text="too early")
    assert [e.method for e in fake.early_retries()] == ["chat.postMessage"]


async def test_injected_errors(fake: FakeSlack, client: AsyncWebClient) -> None:
    fake.fail(times=1, status=500, error="internal_error")
    fake.fail(times=1, status=400, error="invalid_arguments", method="chat.update",
              description="[ERROR] missing required field: ts")
    with pytest.raises(SlackApiError) as server_error:
        await client.chat_postMessage(channel=CHANNEL, text="x")
    assert server_error.value.response.status_code == 500
    with pytest.raises(SlackApiError) as bad:
        await client.chat_update(channel=CHANNEL, ts="1.1", text="x")
    assert bad.value.response["response_metadata"]["messages"] == [
        "[ERROR] missing required field: ts"]
    await client.chat_postMessage(channel=CHANNEL, text="fine now")
    assert [c.status for c in fake.calls] == [500, 400, 200]


# --- Events API over HTTP -----------------------------------------------------------


async def test_signed_event_reaches_bolt_and_reply_lands(
    fake: FakeSlack, http_bot: tuple[EchoBot, str]
) -> None:
    bot, url = http_bot
    delivery = await fake.send_event(url, fake.events.dm("U1ALICE", "hi"))
    assert delivery.status == 200 and delivery.ack_seconds < 3
    [reply] = await fake.wait_for_bot_messages(fake.dm_channel("U1ALICE"))
    assert reply.text == "echo: hi"
    assert bot.seen[0]["channel_type"] == "im" and bot.seen[0]["_event_id"] == delivery.event_id


async def test_url_verification_and_own_echo(
    fake: FakeSlack, http_bot: tuple[EchoBot, str], client: AsyncWebClient
) -> None:
    bot, url = http_bot
    handshake = await fake.send_url_verification(url, challenge="abc123")
    assert handshake.status == 200 and json.loads(handshake.body)["challenge"] == "abc123"
    posted = await client.chat_postMessage(channel=CHANNEL, text="mine")
    echo = fake.events.echo_of(fake.message(CHANNEL, posted["ts"]))  # type: ignore[arg-type]
    assert (echo["user"], echo["bot_id"]) == ("U0BOT", "B0BOT")
    assert (await fake.send_event(url, echo)).status == 200
    await asyncio.sleep(0.1)
    assert bot.seen == []


async def test_forged_and_stale_requests_are_rejected(
    fake: FakeSlack, http_bot: tuple[EchoBot, str]
) -> None:
    bot, url = http_bot
    forged = await fake.send_event(url, fake.events.dm("U1ALICE", "x"), forge=True)
    stale = await fake.send_event(url, fake.events.dm("U1ALICE", "y"),
                                  timestamp=int(time.time()) - 600)
    wrong = await fake.send_event(url, fake.events.dm("U1ALICE", "z"), signing_secret="nope")
    assert (forged.status, stale.status, wrong.status) == (401, 401, 401)
    await asyncio.sleep(0.1)
    assert bot.seen == [] and fake.calls == []


async def test_retry_carries_same_event_id_and_headers(
    fake: FakeSlack, http_bot: tuple[EchoBot, str]
) -> None:
    bot, url = http_bot
    first = await fake.send_event(url, fake.events.channel_message(CHANNEL, "U1ALICE", "hey"))
    again = await fake.send_event(url, first.envelope, retry_num=1)
    assert again.status == 200 and again.event_id == first.event_id
    await fake.wait_for(lambda: len(bot.seen) == 2)
    assert bot.retry_nums == [None, "1"]


async def test_mention_twins_and_thread_reply(
    fake: FakeSlack, http_bot: tuple[EchoBot, str]
) -> None:
    bot, url = http_bot
    mention, twin = fake.events.mention(CHANNEL, "U1ALICE", "help me")
    for event in (mention, twin):
        assert (await fake.send_event(url, event)).status == 200
    reply = fake.events.thread_reply(CHANNEL, "U2BOB", "me too", thread_ts=mention["ts"])
    assert (await fake.send_event(url, reply)).status == 200
    await fake.wait_for(lambda: len(bot.seen) == 3)
    kinds = sorted((e["type"], e["ts"]) for e in bot.seen[:2])
    assert kinds == [("app_mention", mention["ts"]), ("message", mention["ts"])]
    assert bot.seen[0]["_event_id"] != bot.seen[1]["_event_id"]
    assert mention["text"].startswith("<@U0BOT>")
    threaded = await fake.wait_for(
        lambda: [m for m in fake.bot_messages(CHANNEL) if m.thread_ts == mention["ts"]])
    assert any(m.text == "echo: me too" for m in threaded)
    assert bot.seen[2]["parent_user_id"] == "U1ALICE"


async def test_bot_messages_and_subtypes(fake: FakeSlack, http_bot: tuple[EchoBot, str]) -> None:
    bot, url = http_bot
    own = fake.events.bot_message(CHANNEL, "my own echo", bot_id="B0BOT")
    other = fake.events.bot_message(CHANNEL, "hello from another bot")
    original = fake.events.channel_message(CHANNEL, "U1ALICE", "tpyo")
    changed = fake.events.message_changed(CHANNEL, original["ts"], "typo")
    deleted = fake.events.message_deleted(CHANNEL, original["ts"])
    for event in (own, other, changed, deleted):
        assert (await fake.send_event(url, event)).status == 200
    await fake.wait_for(lambda: len(bot.seen) == 3)
    await asyncio.sleep(0.1)
    assert [e.get("subtype") for e in bot.seen] == [
        "bot_message", "message_changed", "message_deleted"]
    assert bot.seen[1]["message"]["text"] == "typo"
    assert bot.seen[2]["deleted_ts"] == original["ts"]
    assert fake.bot_messages(CHANNEL) == []


# --- Socket Mode --------------------------------------------------------------------


async def test_socket_mode_with_bolt(fake: FakeSlack) -> None:
    bot = EchoBot(fake)
    handler = AsyncSocketModeHandler(bot.app, fake.app_token)
    await handler.connect_async()  # type: ignore[no-untyped-call]
    try:
        await fake.wait_for_socket()
        envelope_id = await fake.socket_push(fake.events.dm("U1ALICE", "over socket"))
        await fake.wait_for(lambda: envelope_id in fake.socket.acks)
        [reply] = await fake.wait_for_bot_messages(fake.dm_channel("U1ALICE"))
        assert reply.text == "echo: over socket"
        await fake.socket.disconnect()
        await fake.wait_for(lambda: fake.socket.connect_count == 2 and fake.socket.connections)
        second = await fake.socket_push(fake.events.dm("U1ALICE", "after reconnect"))
        await fake.wait_for(lambda: second in fake.socket.acks)
        await fake.wait_for_bot_messages(fake.dm_channel("U1ALICE"), 2)
    finally:
        await handler.close_async()  # type: ignore[no-untyped-call]
    assert [c.method for c in fake.calls_of("apps.connections.open")] == [
        "apps.connections.open"] * 2


async def test_socket_mode_redelivers_unacked_envelopes(fake: FakeSlack) -> None:
    client = AsyncWebClient(token=fake.app_token, base_url=fake.api_url)
    url = (await client.apps_connections_open(app_token=fake.app_token))["url"]
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        assert (await ws.receive_json(timeout=2))["type"] == "hello"
        envelope_id = await fake.socket_push(fake.events.dm("U1ALICE", "ack me"))
        first = await ws.receive_json(timeout=2)
        retry = await ws.receive_json(timeout=2)
        assert first["envelope_id"] == retry["envelope_id"] == envelope_id
        assert (first["retry_attempt"], retry["retry_attempt"]) == (0, 1)
        assert retry["retry_reason"] == "timeout"
        assert first["payload"]["event"]["text"] == "ack me"
        await ws.send_str(json.dumps({"envelope_id": envelope_id}))
        await fake.wait_for(lambda: envelope_id in fake.socket.acks)
        await asyncio.sleep(0.5)
    assert [s.retry_attempt for s in fake.socket.sends] == [0, 1]


async def test_apps_connections_open_needs_app_token(client: AsyncWebClient) -> None:
    with pytest.raises(SlackApiError) as caught:
        await client.apps_connections_open(app_token="xapp-wrong")
    assert caught.value.response["error"] == "invalid_auth"


# --- latency and process mode -------------------------------------------------------


async def test_latency_ignores_placeholders(fake: FakeSlack, client: AsyncWebClient) -> None:
    result = await fake.inject("dm", "U1ALICE", "hi")
    channel = result["channel"]
    placeholder = await client.chat_postMessage(channel=channel, text="…")
    assert fake.latency()["count"] == 0
    await client.chat_update(channel=channel, ts=placeholder["ts"], text="answer")
    summary = fake.latency()
    assert summary["count"] == 1 and summary["pending"] == 0
    assert summary["p50"] == summary["p99"] == summary["latencies"][0] > 0


async def test_process_mode_control_api(tmp_path: Any) -> None:
    reply_client: dict[str, AsyncWebClient] = {}

    async def on_event(request: web.Request) -> web.Response:
        event = (await request.json())["event"]
        await reply_client["c"].chat_postMessage(channel=event["channel"], text="pong")
        return web.Response()

    app = web.Application()
    app.router.add_post("/events", on_event)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    events_url = f"http://127.0.0.1:{runner.addresses[0][1]}/events"
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fakes.fake_slack", "--port", "0", "--events-url", events_url,
        stdout=asyncio.subprocess.PIPE)
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 10)).decode().split()
        assert line[0] == "FAKE_SLACK_READY"
        base = line[1]
        reply_client["c"] = AsyncWebClient(token="xoxb-fake-bot-token", base_url=f"{base}/api/")
        async with aiohttp.ClientSession() as session:
            body = {"kind": "dm", "user": "U1ALICE", "text": "ping"}
            async with session.post(f"{base}/_fake/inject", json=body) as r:
                injected = await r.json()
            assert injected["ok"] and injected["deliveries"][0]["status"] == 200
            async with session.get(f"{base}/_fake/latency") as r:
                latency = await r.json()
            async with session.get(f"{base}/_fake/calls") as r:
                calls = await r.json()
        assert latency["count"] == 1 and latency["p99"] > 0
        assert calls["counts"] == {"chat.postMessage": 1}
    finally:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), 5)
        await runner.cleanup()
