"""Replies: splitting, escaping, files, images, rate limits and commands."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from itertools import pairwise
from pathlib import Path

import pytest
from PIL import Image

from bots.delivery import render
from bots.slack_client import DownloadFailed, SlackClient
from bots.slack_convert import FileRef
from core.commands.registry import Command, CommandContext, CommandReply
from core.messages import Address, Attachment, ChatKind, Final, ReplyEvent, TextDelta
from core.models.scripted import Step
from tests.fakes.fake_slack import FakeSlack
from tests.fakes.fake_slack_extra import send_command
from tests.slack.conftest import Muse, running_muse, settle


def red_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (220, 20, 20)).save(out, "PNG")
    return out.getvalue()


async def test_a_solid_colour_image_is_answered_with_its_colour(fake: FakeSlack,
                                                                data_dir: Path) -> None:
    async with running_muse(fake, data_dir) as muse:
        file = fake.add_file(red_png(), "square.png", "U1")
        event = fake.events.file_share("D1", "U1", "what colour is this?", [file])
        await fake.send_event(muse.url, event)
        [reply] = await fake.wait_for_bot_messages("D1", 1, timeout=10)
    assert "red" in reply.text.lower()
    assert [(f, ok) for f, ok, _ in fake.downloads] == [(file.id, True)]  # Bearer token sent


async def test_a_login_page_is_a_failed_download(fake: FakeSlack) -> None:
    file = fake.add_file(red_png(), "square.png", "U1")
    info = file.to_json(fake.base_url, fake.identity.team_id)
    ref = FileRef(file.id, file.name, file.mimetype, len(file.data), info["url_private"])
    import aiohttp
    from slack_sdk.web.async_client import AsyncWebClient

    async with aiohttp.ClientSession() as session:
        wrong = SlackClient(AsyncWebClient(token="xoxb-wrong", base_url=fake.api_url,
                                           session=session), session, "xoxb-wrong")
        with pytest.raises(DownloadFailed, match="login page"):
            await wrong.download(ref, 10_000_000)
        right = SlackClient(AsyncWebClient(token=fake.bot_token, base_url=fake.api_url,
                                           session=session), session, fake.bot_token)
        assert await right.download(ref, 10_000_000) == file.data
        with pytest.raises(DownloadFailed, match="too large"):
            await right.download(ref, 10)
        elsewhere = FileRef(file.id, file.name, file.mimetype, 10, "https://evil.example/x.png")
        with pytest.raises(DownloadFailed, match="not a Slack file URL"):
            await right.download(elsewhere, 10_000_000)  # the token never leaves Slack
        assert right.may_send_token_to("https://files.slack.com/files-pri/T1-F1/a.png")


async def test_a_failed_download_is_said_not_dropped(fake: FakeSlack, muse: Muse) -> None:
    file = fake.add_file(red_png(), "square.png", "U1")
    fake.workspace.files.pop(file.id)  # gone by the time Muse fetches it
    await fake.send_event(muse.url, fake.events.file_share("D1", "U1", "look", [file]))
    [reply] = await fake.wait_for_bot_messages("D1", 1)
    assert "could not be downloaded" in reply.text


async def test_a_long_reply_is_split_within_the_block_limits(fake: FakeSlack,
                                                             muse: Muse) -> None:
    paragraphs = [f"Paragraph {i}: " + "lorem ipsum *dolor* sit amet " * 12 for i in range(45)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 15_000
    muse.backend.push(Step(text=text))
    mention, _ = fake.events.mention("C1", "U1", "write a lot")
    await fake.send_event(muse.url, mention)
    expected = render(text, "slack").text
    await fake.wait_for(lambda: "".join(m.text for m in fake.bot_messages("C1")) == expected,
                        timeout=15)
    replies = fake.bot_messages("C1")
    assert len(replies) >= 6
    for reply in replies:
        assert reply.thread_ts == mention["ts"]
        assert len(reply.text) <= 4000
        assert len(reply.blocks) <= 50
        assert all(len(b["text"]["text"]) <= 3000 for b in reply.blocks)
    assert not [c for c in fake.calls if c.error]


async def test_mass_mentions_in_model_output_are_escaped(fake: FakeSlack, muse: Muse) -> None:
    muse.backend.push(Step(text="Hey <!channel> <!here> <@U2> & <!everyone>, see <#C1>"))
    await fake.send_event(muse.url, fake.events.dm("U1", "ping everyone"))
    [reply] = await fake.wait_for_bot_messages("D1", 1)
    for raw in ("<!channel>", "<!here>", "<!everyone>", "<@U2>", "<#C1>"):
        assert raw not in reply.text
        assert raw not in str(reply.blocks)
    assert "&lt;!channel&gt;" in reply.text
    assert "&amp;" in reply.text


async def test_a_file_is_uploaded_into_the_thread(fake: FakeSlack, muse: Muse) -> None:
    address = Address(platform="slack", chat_kind=ChatKind.CHANNEL, chat_id="C1",
                      user_id="U1", workspace="T0FAKE", thread_id="1700000000.000100",
                      bot_account="U0BOT")
    data = b"name,score\nana,3\n" * 100

    async def events() -> AsyncIterator[ReplyEvent]:
        yield TextDelta("Here is your table.")
        yield Attachment(kind="file", filename="scores.csv", data=data, mime_type="text/csv")
        yield Final("Here is your table.")

    await muse.runner.dispatcher.delivery.deliver(address, events())
    [upload] = fake.uploads("C1")
    assert (upload.data, upload.name) == (data, "scores.csv")
    assert upload.thread_ts == "1700000000.000100"
    assert [m.text for m in fake.bot_messages("C1") if not m.file_ids] == ["Here is your table."]
    assert {c.method for c in fake.calls} >= {"files.getUploadURLExternal",
                                              "files.completeUploadExternal"}


async def test_a_429_storm_is_waited_out_exactly(fake: FakeSlack, muse: Muse) -> None:
    fake.rate_limit(times=3, retry_after=1, method="chat.postMessage")
    await fake.send_event(muse.url, fake.events.dm("U1", "are you there?"))
    await fake.wait_for_bot_messages("D1", 1, timeout=10)
    posts = [c.at for c in fake.calls_of("chat.postMessage")]
    assert len(fake.rate_limit_hits) == 3 and len(posts) == 4
    assert fake.early_retries() == []
    assert all(1.0 <= b - a < 1.5 for a, b in pairwise(posts))
    assert [m.text for m in fake.bot_messages("D1")] == ["You said: are you there?"]
    fake.rate_limit(times=1, retry_after=1, method="chat.postMessage")
    await fake.send_event(muse.url, fake.events.dm("U2", "me too"))
    await fake.wait_for_bot_messages("D2", 1, timeout=10)
    assert fake.early_retries() == []


async def test_forged_or_stale_requests_get_401_and_change_nothing(fake: FakeSlack,
                                                                   muse: Muse) -> None:
    before = dict(fake.counts())
    forged = await fake.send_event(muse.url, fake.events.dm("U1", "forged"), forge=True)
    stale = await fake.send_event(muse.url, fake.events.dm("U1", "stale"),
                                  timestamp=int(__import__("time").time()) - 301)
    assert (forged.status, stale.status) == (401, 401)
    await settle()
    assert fake.counts() == before
    rows = await muse.app.db.run(lambda c: c.execute("SELECT count(*) FROM inbound").fetchone())
    assert rows[0] == 0


async def test_slash_commands_answer_in_private_in_channels(fake: FakeSlack, muse: Muse) -> None:
    async def secret(ctx: CommandContext) -> CommandReply:
        return CommandReply("your secret is 42")

    muse.app.commands.register(Command("secret", "show my secret", secret, private_only=True))
    status, _ = await send_command(fake, muse.url, "U1", "C1",
                                   "help")
    assert status == 200
    await fake.wait_for(lambda: fake.messages("C1", include_ephemeral=True), timeout=5)
    [help_text] = fake.messages("C1", include_ephemeral=True)
    assert help_text.ephemeral_for == "U1"
    assert "/secret" in help_text.text or "secret" in help_text.text
    status, _ = await send_command(fake, muse.url, "U1", "C1", "secret")
    await fake.wait_for(lambda: len(fake.messages("C1", include_ephemeral=True)) >= 3)
    texts = [m.text for m in fake.messages("C1", include_ephemeral=True)]
    assert "your secret is 42" in texts
    assert fake.bot_messages("C1") == []  # nothing visible to the channel
    await send_command(fake, muse.url, "U1", "D1", "secret")
    [direct] = await fake.wait_for_bot_messages("D1", 1)
    assert direct.text == "your secret is 42"


async def test_private_answers_fall_back_to_the_app_dm(fake: FakeSlack, muse: Muse) -> None:
    async def secret(ctx: CommandContext) -> CommandReply:
        return CommandReply("only for you")

    muse.app.commands.register(Command("secret", "show my secret", secret, private_only=True))
    fake.fail(times=5, status=200, error="channel_not_found", method="chat.postEphemeral")
    mention, _ = fake.events.mention("C1", "U1", "/secret")
    await fake.send_event(muse.url, mention)
    [direct] = await fake.wait_for_bot_messages("D1", 1)
    assert direct.text == "only for you"
    [pointer] = await fake.wait_for_bot_messages("C1", 1)
    assert "private message" in pointer.text and "only for you" not in pointer.text
